//! Folding Persian, Arabic, Kurdish, Pashto and Latin text for matching, on
//! the fly and without allocating.
//!
//! A [`Cursor`] walks the input one *folded* character at a time:
//!
//! - invisible characters are skipped: bidi marks and isolates (U+200E,
//!   U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), the zero-width
//!   non-joiner, joiner and space (U+200B–U+200D), word joiner, BOM,
//!   soft hyphen, tatweel (U+0640), variation selectors and the Arabic
//!   diacritics (U+064B–U+065F, U+0670, Quranic marks), so `بهمـــن` is
//!   `بهمن` and `ژانویهٔ` is `ژانویه`;
//! - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are decomposed as
//!   NFKC does ([`super::presentation`]);
//! - letter variants fold to one letter: `ي ى ې ۍ ئ ێ ے` to `ی`, `ك ڪ` to
//!   `ک`, `ة ۀ ە ھ ہ` to `ه`, `أ إ آ ٱ` to `ا`, `ؤ ۆ ۇ` to `و`, `ڕ` to `ر`,
//!   `ڵ` to `ل`, `ګ` to `گ`, ASCII capitals to small letters;
//! - Persian and Arabic-Indic digits fold to ASCII digits; other digits are
//!   kept, for the parser to refuse;
//! - every space character (NBSP, narrow NBSP, thin space …) folds to
//!   `' '`; Arabic punctuation to its ASCII counterpart (`،` to `,`, `؍` to
//!   `/`, `٫` to `.`), and dashes and fraction slashes to `-` and `/`.
//!
//! Names are compared folded on both sides, so a table entry written in
//! standard orthography matches its variants.

use super::presentation;
use crate::text::runs::{Runs, run_slot, runs_of};

/// What one character of input folds to: up to two characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Folded {
    chars: [char; 2],
    len: u8,
}

impl Folded {
    const NONE: Folded = Folded { chars: ['\0'; 2], len: 0 };

    const fn one(c: char) -> Folded {
        Folded { chars: [c, '\0'], len: 1 }
    }

    pub(crate) fn get(&self, i: u8) -> Option<char> {
        if i < self.len { self.chars.get(usize::from(i)).copied() } else { None }
    }

    /// How many characters: 0 (skipped), 1 or 2.
    pub(crate) const fn len(&self) -> u8 {
        self.len
    }
}

/// [`fold_one`] of an ASCII byte.
#[inline(always)]
const fn fold_ascii(b: u8) -> char {
    match b {
        b'A'..=b'Z' => (b + 32) as char,
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => ' ',
        _ => b as char,
    }
}

/// Folds one character that is not a presentation form.
#[inline]
#[allow(clippy::indexing_slicing)] // the index is masked to the table's 256 entries
const fn fold_one(c: char) -> Option<char> {
    let code = c as u32;
    if code < 0x80 {
        // ASCII: only controls and capitals change.
        return if c.is_ascii_uppercase() {
            Some(c.to_ascii_lowercase())
        } else if matches!(c, '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r') {
            Some(' ')
        } else {
            Some(c)
        };
    }
    // The Arabic block, where Persian text lives, by table.
    if code >= 0x0600 && code < 0x0700 {
        return match ARABIC_BLOCK[(code - 0x0600) as usize & 0xff] {
            0 => None,
            folded => char::from_u32(folded),
        };
    }
    fold_one_by_rule(c)
}

/// `fold_one_by_rule` for U+0600..=U+06FF, 0 where the character is
/// skipped.
const ARABIC_BLOCK: [u32; 256] = arabic_block();

#[allow(clippy::indexing_slicing)] // compile-time, indices < 256
const fn arabic_block() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            if let Some(folded) = fold_one_by_rule(c) {
                table[i] = folded as u32;
            }
        }
        i += 1;
    }
    table
}

/// The folding rules, one character at a time.
const fn fold_one_by_rule(c: char) -> Option<char> {
    Some(match c {
        '\u{06F0}'..='\u{06F9}' => (c as u8).wrapping_sub(0xF0).wrapping_add(b'0') as char,
        '\u{0660}'..='\u{0669}' => (c as u8).wrapping_sub(0x60).wrapping_add(b'0') as char,
        // Invisible: skipped.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'
        | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{FE00}'..='\u{FE0F}' => return None,
        '\t'
        | '\n'
        | '\u{0B}'
        | '\u{0C}'
        | '\r'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => ' ',
        '\u{064A}' | '\u{0649}' | '\u{06D0}' | '\u{06CD}' | '\u{0626}' | '\u{06CE}'
        | '\u{06D2}' => '\u{06CC}',
        '\u{0643}' | '\u{06AA}' => '\u{06A9}',
        '\u{0629}' | '\u{06C0}' | '\u{06D5}' | '\u{06BE}' | '\u{06C1}' | '\u{06C2}' => '\u{0647}',
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => '\u{0627}',
        '\u{0624}' | '\u{06C6}' | '\u{06C7}' => '\u{0648}',
        '\u{0695}' => '\u{0631}',
        '\u{06B5}' => '\u{0644}',
        '\u{06AB}' => '\u{06AF}',
        '\u{060C}' | '\u{066C}' => ',',
        '\u{061B}' => ';',
        '\u{066B}' | '\u{06D4}' => '.',
        '\u{060D}' | '\u{2044}' | '\u{2215}' | '\u{FF0F}' => '/',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    })
}

/// Folds one character of input.
#[inline]
pub(crate) fn fold(c: char) -> Folded {
    // Outside the presentation forms a character folds to one or none.
    if !presentation::may_decompose(c) {
        return match fold_one(c) {
            Some(f) => Folded::one(f),
            None => Folded::NONE,
        };
    }
    match presentation::decompose(c) {
        Some((a, b)) => {
            let mut out = Folded::NONE;
            for part in [a, b] {
                if part == '\0' {
                    continue;
                }
                if let Some(f) = fold_one(part) {
                    if let Some(slot) = out.chars.get_mut(usize::from(out.len)) {
                        *slot = f;
                        out.len += 1;
                    }
                }
            }
            out
        }
        None => match fold_one(c) {
            Some(f) => Folded::one(f),
            None => Folded::NONE,
        },
    }
}

/// The one character an ASCII byte or a character of the Arabic block at
/// byte `pos` (a boundary) folds to, and its length, without decoding it;
/// `None` for any other character and for one that folding skips.
#[inline(always)]
pub(crate) fn fold_fast(bytes: &[u8], pos: usize) -> Option<(char, usize)> {
    match *bytes.get(pos)? {
        b if b < 0x80 => Some((fold_ascii(b), 1)),
        lead @ 0xD8..=0xDB => {
            let second = *bytes.get(pos + 1)?;
            let code = (u32::from(lead & 0x1F) << 6) | u32::from(second & 0x3F);
            match ARABIC_BLOCK.get((code - 0x0600) as usize).copied() {
                Some(0) | None => None,
                Some(f) => Some((char::from_u32(f)?, 2)),
            }
        }
        _ => None,
    }
}

/// What the character at byte `pos` of `s` (a boundary) folds to, and its
/// length in bytes; ASCII and the Arabic block without decoding it.
#[inline(always)]
pub(crate) fn fold_at(s: &str, pos: usize) -> Option<(Folded, usize)> {
    if let Some((c, len)) = fold_fast(s.as_bytes(), pos) {
        return Some((Folded::one(c), len));
    }
    let raw = s.get(pos..)?.chars().next()?;
    Some((fold(raw), raw.len_utf8()))
}

/// Whether a folded character is a letter (ends or continues a word).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    let code = c as u32;
    if code < 0x80 {
        return c.is_ascii_alphabetic();
    }
    // The Arabic block, where Persian text lives, by table (a test checks
    // it against `char::is_alphabetic`).
    if (0x0600..0x0700).contains(&code) {
        return arabic_letter(code);
    }
    c.is_alphabetic()
}

/// Whether `code`, of the Arabic block, is a letter ([`ARABIC_LETTERS`]).
#[inline(always)]
fn arabic_letter(code: u32) -> bool {
    let i = code.wrapping_sub(0x0600);
    ARABIC_LETTERS.get((i / 64) as usize).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

/// The end of the rest of a word from byte `pos` (a boundary, just after
/// a letter): the first byte of the first character that neither is a
/// letter once folded nor is skipped by folding. Only ASCII, the Arabic
/// block and the invisible U+200B..=U+200F are stepped over here, without
/// decoding; anything else ends the run, for the caller to fold.
#[inline]
pub(crate) fn word_end(bytes: &[u8], mut pos: usize) -> usize {
    loop {
        match bytes.get(pos..) {
            Some(&[b, ..]) if b.is_ascii_alphabetic() => pos += 1,
            Some(&[lead @ 0xD8..=0xDB, second, ..]) => {
                let code = (u32::from(lead & 0x1F) << 6) | u32::from(second & 0x3F);
                let folded = ARABIC_BLOCK.get((code - 0x0600) as usize).copied().unwrap_or(1);
                // Skipped (0), or a letter of the block.
                let letter = folded == 0 || arabic_letter(folded);
                if !letter {
                    return pos;
                }
                pos += 2;
            }
            Some(&[0xE2, 0x80, 0x8B..=0x8F, ..]) => pos += 3,
            _ => return pos,
        }
    }
}

/// The alphabetic characters of U+0600..=U+06FF, a bit each.
const ARABIC_LETTERS: [u64; 4] =
    [0xffff_ffff_07ff_0000, 0xffff_c000_feff_ffff, 0xffff_ffff_ffff_ffff, 0x9c00_e1fe_1fef_ffff];

/// A position in the input, between two folded characters.
///
/// `sub` is the index of the next folded character within the expansion of
/// the input character at `pos` (nonzero only inside a ligature).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cursor<'a> {
    s: &'a str,
    pos: usize,
    sub: u8,
}

impl<'a> Cursor<'a> {
    /// A cursor at byte `pos` of `s` (a character boundary).
    pub(crate) const fn new(s: &'a str, pos: usize) -> Self {
        Cursor { s, pos, sub: 0 }
    }

    /// The raw character at byte `at` of the text.
    pub(crate) fn raw_char_at(self, at: usize) -> Option<char> {
        self.s.get(at..)?.chars().next()
    }

    /// The next visible folded character and the cursor after it.
    #[inline(always)]
    pub(crate) fn next(self) -> Option<(char, Cursor<'a>)> {
        // ASCII and the Arabic block fold without decoding ([`fold_fast`]);
        // anything else, and a character folding skips, take the full way.
        if self.sub == 0 {
            if let Some((c, len)) = fold_fast(self.s.as_bytes(), self.pos) {
                return Some((c, Cursor { pos: self.pos + len, ..self }));
            }
            // The end, met at every word's end that ends the text.
            if self.pos >= self.s.len() {
                return None;
            }
        }
        self.next_slowly()
    }

    /// [`Cursor::next`] by decoding and folding each character.
    #[cold]
    #[inline(never)]
    fn next_slowly(self) -> Option<(char, Cursor<'a>)> {
        let mut cur = self;
        loop {
            let raw = cur.s.get(cur.pos..)?.chars().next()?;
            let folded = fold(raw);
            if let Some(c) = folded.get(cur.sub) {
                let after = if cur.sub + 1 < folded.len {
                    Cursor { sub: cur.sub + 1, ..cur }
                } else {
                    Cursor { pos: cur.pos + raw.len_utf8(), sub: 0, ..cur }
                };
                return Some((c, after));
            }
            cur = Cursor { pos: cur.pos + raw.len_utf8(), sub: 0, ..cur };
        }
    }

    /// The next visible folded character.
    #[inline]
    pub(crate) fn peek(self) -> Option<char> {
        self.next().map(|(c, _)| c)
    }

    /// The next two folded characters.
    #[inline]
    pub(crate) fn head(self) -> Head {
        let Some((a, cur)) = self.next() else { return (None, None, None) };
        let Some((b, cur)) = cur.next() else { return (Some(a), None, None) };
        (Some(a), Some(b), cur.peek())
    }

    /// Whether only invisible characters are left.
    #[inline]
    pub(crate) fn at_end(self) -> bool {
        self.next().is_none()
    }

    /// The byte offset of the next visible character (the input's length at
    /// the end): where an error is reported.
    #[inline]
    pub(crate) fn offset(self) -> usize {
        // ASCII and the Arabic block's letters and digits are visible:
        // known without decoding.
        if self.sub == 0 && fold_fast(self.s.as_bytes(), self.pos).is_some() {
            return self.pos;
        }
        self.offset_slowly()
    }

    /// [`Cursor::offset`] by decoding and folding each character.
    #[cold]
    #[inline(never)]
    fn offset_slowly(self) -> usize {
        let mut cur = self;
        loop {
            if cur.sub > 0 {
                return cur.pos;
            }
            let Some(raw) = cur.s.get(cur.pos..).and_then(|r| r.chars().next()) else {
                return cur.pos.min(cur.s.len());
            };
            if fold(raw).len > 0 {
                return cur.pos;
            }
            cur.pos += raw.len_utf8();
        }
    }

    /// The byte offset just after what was read: where a span ends.
    pub(crate) fn end(self) -> usize {
        if self.sub > 0 {
            let len =
                self.s.get(self.pos..).and_then(|r| r.chars().next()).map_or(0, char::len_utf8);
            self.pos + len
        } else {
            self.pos
        }
    }

    /// Orders cursors on the same input.
    pub(crate) const fn key(self) -> (usize, u8) {
        (self.pos, self.sub)
    }

    /// Skips spaces, at most `max` of them; returns the cursor after them
    /// and how many were skipped.
    #[inline]
    pub(crate) fn skip_spaces(self, max: usize) -> (Cursor<'a>, usize) {
        let mut cur = self;
        let mut n = 0;
        while n < max {
            match cur.next() {
                Some((' ', after)) => {
                    cur = after;
                    n += 1;
                }
                _ => break,
            }
        }
        (cur, n)
    }

    /// Reads `c` if it is next.
    #[inline]
    pub(crate) fn eat(self, c: char) -> Option<Cursor<'a>> {
        match self.next() {
            Some((d, after)) if d == c => Some(after),
            _ => None,
        }
    }

    /// Whether the next character does not continue a word.
    #[inline]
    pub(crate) fn at_word_end(self) -> bool {
        !self.peek().is_some_and(is_letter)
    }

    /// Matches `pattern`, whose spaces and zero-width non-joiners stand for
    /// any run of spaces (or none) and whose `.` is optional; every other
    /// character must match folded. Returns the cursor after the match.
    /// Whether `pattern` can match here, judged by its first character
    /// alone (a cheap test before [`match_pattern`](Self::match_pattern);
    /// `first` is the folded character at the cursor).
    pub(crate) fn may_match(first: Option<char>, pattern: &str) -> bool {
        match pattern.chars().next() {
            None | Some(' ' | '\u{200C}' | '.') => true,
            Some(p) => {
                let folded = fold(p);
                folded.len == 0 || folded.get(0) == first
            }
        }
    }

    pub(crate) fn match_pattern(self, pattern: &str) -> Option<Cursor<'a>> {
        let mut cur = self;
        let mut at = 0;
        while let Some((folded, len)) = fold_at(pattern, at) {
            // A space, a non-joiner (U+200C, three bytes) or a dot.
            match pattern.as_bytes().get(at..at + len) {
                Some(b" " | b"\xE2\x80\x8C") => cur = cur.skip_spaces(usize::MAX).0,
                Some(b".") => {
                    if let Some(after) = cur.eat('.') {
                        cur = after;
                    }
                }
                _ => {
                    for i in 0..folded.len {
                        let want = folded.get(i)?;
                        let (got, after) = cur.next()?;
                        if got != want {
                            return None;
                        }
                        cur = after;
                    }
                }
            }
            at += len;
        }
        Some(cur)
    }

    /// Matches a keyed name as [`match_pattern`](Self::match_pattern)
    /// matches its text, from the codes folded at compile time.
    #[inline]
    pub(crate) fn match_keyed<T>(self, name: &Keyed<T>) -> Option<Cursor<'a>> {
        let Some(codes) = name.folded.codes() else {
            return self.match_pattern(name.name);
        };
        let mut cur = self;
        for &code in codes {
            match code {
                Folding::SPACE => cur = cur.skip_spaces(usize::MAX).0,
                Folding::DOT => {
                    if let Some(after) = cur.eat('.') {
                        cur = after;
                    }
                }
                _ => {
                    let (got, after) = cur.next()?;
                    if got as u32 != u32::from(code) {
                        return None;
                    }
                    cur = after;
                }
            }
        }
        Some(cur)
    }

    /// Where a name `pattern` matched up to here ends as a name: here at a
    /// word's end, or after the ezafe of a name that ends in `ه`
    /// ([`match_name`](Self::match_name)).
    #[inline]
    fn name_end(self, pattern: &str) -> Option<Cursor<'a>> {
        if self.at_word_end() {
            return Some(self);
        }
        ends_in_heh(pattern).then(|| self.eat('ی')).flatten().filter(|c| c.at_word_end())
    }

    /// Matches `pattern` as a whole word: it must not be followed by a letter.
    pub(crate) fn match_word(self, pattern: &str) -> Option<Cursor<'a>> {
        self.match_pattern(pattern).filter(|c| c.at_word_end())
    }

    /// Matches the name `pattern` as a whole word, with the Persian ezafe
    /// after a name that ends in `ه`: `ی` written after a zero-width
    /// non-joiner (`ژانویه‌ی ۲۰۲۴`, `جمعه‌ی ۶ بهمن`), or glued on.
    #[cfg(any(test, fuzzing))]
    pub(crate) fn match_name(self, pattern: &str) -> Option<Cursor<'a>> {
        self.match_pattern(pattern)?.name_end(pattern)
    }
}

/// Whether a name ends in `ه` (or a letter that folds to it), and so takes
/// the ezafe as `‌ی`.
pub(crate) fn ends_in_heh(name: &str) -> bool {
    name.chars().next_back().is_some_and(|c| fold(c).get(0) == Some('ه'))
}

/// The longest of `candidates` that matches at `cur` as a whole word, with
/// its value and the cursor after it.
pub(crate) fn longest_word<'a, 'n, T: Copy>(
    cur: Cursor<'a>,
    candidates: impl IntoIterator<Item = (&'n str, T)>,
) -> Option<(T, Cursor<'a>)> {
    longest(cur, candidates, Cursor::match_word)
}

/// A name folded at compile time as [`Cursor::match_pattern`] folds it,
/// one code a character: the folded character, [`Folding::SPACE`] for a
/// space or a non-joiner (any run of spaces, or none), [`Folding::DOT`]
/// for an optional dot. A name longer than the codes hold is matched
/// by its text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Folding {
    codes: [u16; Folding::CAP],
    /// `u8::MAX` where the name does not fit.
    len: u8,
}

impl Folding {
    const CAP: usize = 24;
    const SPACE: u16 = 0xFFFF;
    const DOT: u16 = 0xFFFE;
    const NONE: Folding = Folding { codes: [0; Folding::CAP], len: u8::MAX };

    /// `pattern` folded, at compile time.
    #[allow(clippy::indexing_slicing)] // compile time
    const fn new(pattern: &str) -> Folding {
        let bytes = pattern.as_bytes();
        let mut out = Folding { codes: [0; Folding::CAP], len: 0 };
        let mut at = 0;
        while let Some((c, next)) = decode_at(bytes, at) {
            let code = match c {
                ' ' | '\u{200C}' => Folding::SPACE,
                '.' => Folding::DOT,
                _ => {
                    assert!(!presentation::may_decompose(c), "a name with a presentation form");
                    match fold_one(c) {
                        Some(f) if (f as u32) < 0xFFFE => f as u16,
                        Some(_) => return Folding::NONE,
                        None => {
                            at = next;
                            continue;
                        }
                    }
                }
            };
            if out.len as usize == Folding::CAP {
                return Folding::NONE;
            }
            out.codes[out.len as usize] = code;
            out.len += 1;
            at = next;
        }
        out
    }

    /// The codes, or `None` for a name that did not fit.
    #[inline]
    fn codes(&self) -> Option<&[u16]> {
        self.codes.get(..usize::from(self.len))
    }
}

/// The first three folded characters at a cursor ([`Cursor::head`]).
pub(crate) type Head = (Option<char>, Option<char>, Option<char>);

/// A name of a const table with the folded character it begins with
/// ([`first_key`]), so that a lookup compares one character before it tries
/// the whole name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Keyed<T> {
    pub(crate) name: &'static str,
    /// `None` where the name may match anywhere (it begins with a space, a
    /// dot or a character folding makes vanish).
    pub(crate) first: Option<char>,
    /// The second folded character the name matches, where it is one
    /// letter for sure (`None`: any).
    pub(crate) second: Option<char>,
    /// The third, likewise: most words that begin as a name part from it
    /// there (`به` and `بهمن`), which spares trying the whole name.
    pub(crate) third: Option<char>,
    /// The name folded, for [`Cursor::match_keyed`].
    pub(crate) folded: Folding,
    pub(crate) value: T,
}

impl<T: Copy> Keyed<T> {
    /// A name and its value, keyed at compile time.
    pub(crate) const fn new(name: &'static str, value: T) -> Keyed<T> {
        let first = first_key(name);
        let (second, third) = match first {
            Some(_) => (nth_key(name, 2), nth_key(name, 3)),
            None => (None, None),
        };
        Keyed { name, first, second, third, folded: Folding::new(name), value }
    }

    /// A name with no keys, to fill a table before it is built.
    pub(crate) const fn blank(value: T) -> Keyed<T> {
        Keyed { name: "", first: None, second: None, third: None, folded: Folding::NONE, value }
    }

    /// Whether the name may match where the folded characters of `head`
    /// ([`Cursor::head`]) stand.
    #[inline]
    pub(crate) fn may_match(&self, (first, second, third): Head) -> bool {
        (self.first.is_none() || self.first == first)
            && (self.second.is_none() || self.second == second)
            && (self.third.is_none() || self.third == third)
    }
}

/// One character of `bytes` at `at` (a boundary), and the offset after it;
/// for the tables built at compile time.
#[allow(clippy::indexing_slicing)] // every index is checked against the length first
const fn decode_at(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    if at >= bytes.len() {
        return None;
    }
    let a = bytes[at];
    let (code, len) = if a < 0x80 {
        (a as u32, 1)
    } else if a < 0xE0 && at + 1 < bytes.len() {
        (((a as u32 & 0x1F) << 6) | (bytes[at + 1] as u32 & 0x3F), 2)
    } else if a < 0xF0 && at + 2 < bytes.len() {
        let code = ((a as u32 & 0x0F) << 12)
            | ((bytes[at + 1] as u32 & 0x3F) << 6)
            | (bytes[at + 2] as u32 & 0x3F);
        (code, 3)
    } else if at + 3 < bytes.len() {
        let code = ((a as u32 & 0x07) << 18)
            | ((bytes[at + 1] as u32 & 0x3F) << 12)
            | ((bytes[at + 2] as u32 & 0x3F) << 6)
            | (bytes[at + 3] as u32 & 0x3F);
        (code, 4)
    } else {
        return None;
    };
    match char::from_u32(code) {
        Some(c) => Some((c, at + len)),
        None => None,
    }
}

/// The second folded character `pattern` matches, as
/// [`Cursor::match_pattern`] reads it, when its first character folds to
/// one and no space, non-joiner or dot stands before the second: `None`
/// where another could be second.
#[allow(clippy::indexing_slicing)] // compile time
const fn nth_key(pattern: &str, n: usize) -> Option<char> {
    let bytes = pattern.as_bytes();
    let mut at = 0;
    let mut seen = 0;
    while let Some((c, next)) = decode_at(bytes, at) {
        if matches!(c, ' ' | '\u{200C}' | '.') {
            return None;
        }
        assert!(!presentation::may_decompose(c), "a name with a presentation form");
        if let Some(f) = fold_one(c) {
            seen += 1;
            if seen == n {
                return Some(f);
            }
        }
        at = next;
    }
    None
}

/// The last folded character of `pattern`, computed at compile time
/// (`None` for a pattern that folds to nothing).
#[allow(clippy::indexing_slicing)] // compile time
pub(crate) const fn last_key(pattern: &str) -> Option<char> {
    let bytes = pattern.as_bytes();
    let mut at = 0;
    let mut last = None;
    while let Some((c, next)) = decode_at(bytes, at) {
        assert!(!presentation::may_decompose(c), "a name with a presentation form");
        if let Some(f) = fold_one(c) {
            last = Some(f);
        }
        at = next;
    }
    last
}

/// A set of folded characters of ASCII and the Arabic block, a bit each,
/// built at compile time.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CharSet {
    ascii: u128,
    arabic: [u64; 4],
}

impl CharSet {
    pub(crate) const EMPTY: CharSet = CharSet { ascii: 0, arabic: [0; 4] };

    /// The set with `c`, which must be ASCII or of the Arabic block.
    #[allow(clippy::indexing_slicing)] // compile time
    pub(crate) const fn with(mut self, c: char) -> CharSet {
        let code = c as u32;
        if code < 0x80 {
            self.ascii |= 1 << code;
        } else {
            assert!(code >= 0x0600 && code < 0x0700, "a character outside the set's range");
            let i = code - 0x0600;
            self.arabic[(i / 64) as usize] |= 1 << (i % 64);
        }
        self
    }

    /// Whether `c` is in the set.
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let code = c as u32;
        if code < 0x80 {
            return self.ascii >> code & 1 == 1;
        }
        let i = code.wrapping_sub(0x0600);
        i < 0x100 && self.arabic.get((i / 64) as usize).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }
}

/// The folded first character of `pattern` as [`Cursor::may_match`] tests
/// it, computed at compile time: `None` where any character may be first.
pub(crate) const fn first_key(pattern: &str) -> Option<char> {
    let code = match *pattern.as_bytes() {
        [] => return None,
        [a, ..] if a < 0x80 => a as u32,
        [a, b, ..] if a < 0xE0 => ((a as u32 & 0x1F) << 6) | (b as u32 & 0x3F),
        [a, b, c, ..] if a < 0xF0 => {
            ((a as u32 & 0x0F) << 12) | ((b as u32 & 0x3F) << 6) | (c as u32 & 0x3F)
        }
        [a, b, c, d, ..] => {
            ((a as u32 & 0x07) << 18)
                | ((b as u32 & 0x3F) << 12)
                | ((c as u32 & 0x3F) << 6)
                | (d as u32 & 0x3F)
        }
        _ => return None,
    };
    let Some(c) = char::from_u32(code) else { return None };
    if matches!(c, ' ' | '\u{200C}' | '.') {
        return None;
    }
    // A presentation form folds to two characters, which this key does not
    // hold: no name of the tables begins with one.
    assert!(!presentation::may_decompose(c), "a name begins with a presentation form");
    fold_one(c)
}

/// The indices of a keyed table sorted by the first keys, within one key
/// in the table's order, and where the run of each first character begins
/// in them and how long it is: the names that may begin at a character are
/// found without a search, and tried in the table's order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Index<const N: usize> {
    order: [u16; N],
    runs: Runs,
}

impl<const N: usize> Index<N> {
    /// The indices of the names whose first folded character is `first`.
    #[inline]
    fn run(&self, first: char) -> &[u16] {
        let Some(&(start, len)) = run_slot(first as u32).and_then(|slot| self.runs.get(slot))
        else {
            return &[];
        };
        let start = usize::from(start);
        self.order.get(start..start + usize::from(len)).unwrap_or(&[])
    }
}

/// The [`Index`] of a table by its first keys (`firsts`). Every key must be
/// a character of ASCII or the Arabic block (no name that may begin
/// anywhere): [`runs_of`].
#[allow(clippy::indexing_slicing)] // compile time
pub(crate) const fn by_first<const N: usize>(firsts: [Option<char>; N]) -> Index<N> {
    let mut order = [0u16; N];
    let mut n = 0;
    while n < N {
        assert!(firsts[n].is_some(), "a name that may begin anywhere");
        let key = match firsts[n] {
            Some(c) => c as u32,
            None => 0,
        };
        // Insertion, stable: after every entry of a smaller or equal key.
        let mut at = n;
        while at > 0 {
            let before = match firsts[order[at - 1] as usize] {
                Some(c) => c as u32,
                None => 0,
            };
            if before <= key {
                break;
            }
            order[at] = order[at - 1];
            at -= 1;
        }
        order[at] = n as u16;
        n += 1;
    }
    let mut in_order = [0u32; N];
    let mut n = 0;
    while n < N {
        in_order[n] = match firsts[order[n] as usize] {
            Some(c) => c as u32,
            None => 0,
        };
        n += 1;
    }
    let runs = runs_of(&in_order);
    Index { order, runs }
}

/// The first keys of the first `N` names of a table, for [`by_first`].
#[allow(clippy::indexing_slicing)] // compile time
pub(crate) const fn first_keys<T, const N: usize>(names: &[Keyed<T>]) -> [Option<char>; N] {
    let mut firsts = [None; N];
    let mut n = 0;
    while n < N {
        firsts[n] = names[n].first;
        n += 1;
    }
    firsts
}

/// The names of `names` that may begin at `cur`, in the table's order, by
/// its [`Index`]: the first folded character finds their run, and the next
/// two, folded only when the run is not empty, sift it.
#[inline]
pub(crate) fn candidates<'t, T: Copy, const N: usize>(
    names: &'t [Keyed<T>],
    index: &'t Index<N>,
    cur: Cursor<'_>,
) -> impl Iterator<Item = &'t Keyed<T>> + 't {
    let (run, head) = match cur.next() {
        Some((first, after)) => {
            let run = index.run(first);
            let head = match after.next() {
                Some((second, rest)) if !run.is_empty() => (Some(first), Some(second), rest.peek()),
                _ => (Some(first), None, None),
            };
            (run, head)
        }
        None => (&[][..], (None, None, None)),
    };
    run.iter().filter_map(|&i| names.get(usize::from(i))).filter(move |k| k.may_match(head))
}

/// The longest of the indexed names that matches at `cur` as a whole word.
pub(crate) fn longest_indexed_word<'a, T: Copy, const N: usize>(
    cur: Cursor<'a>,
    names: &[Keyed<T>],
    index: &Index<N>,
) -> Option<(T, Cursor<'a>)> {
    longest_indexed(cur, names, index, |c, k| c.match_keyed(k).filter(|a| a.at_word_end()))
}

/// The longest of the indexed names that matches at `cur` as a name, with
/// the ezafe after `ه` ([`Cursor::match_name`]).
pub(crate) fn longest_indexed_name<'a, T: Copy, const N: usize>(
    cur: Cursor<'a>,
    names: &[Keyed<T>],
    index: &Index<N>,
) -> Option<(T, Cursor<'a>)> {
    longest_indexed(cur, names, index, |c, k| c.match_keyed(k)?.name_end(k.name))
}

fn longest_indexed<'a, T: Copy, const N: usize>(
    cur: Cursor<'a>,
    names: &[Keyed<T>],
    index: &Index<N>,
    matches: impl Fn(Cursor<'a>, &Keyed<T>) -> Option<Cursor<'a>>,
) -> Option<(T, Cursor<'a>)> {
    let mut best: Option<(T, Cursor<'a>)> = None;
    for entry in candidates(names, index, cur) {
        if let Some(after) = matches(cur, entry) {
            if best.is_none_or(|(_, b)| after.key() > b.key()) {
                best = Some((entry.value, after));
            }
        }
    }
    best
}

/// The longest of `candidates` that matches at `cur` as a name, with the
/// ezafe after `ه` ([`Cursor::match_name`]).
#[cfg(any(test, fuzzing))]
pub(crate) fn longest_name<'a, 'n, T: Copy>(
    cur: Cursor<'a>,
    candidates: impl IntoIterator<Item = (&'n str, T)>,
) -> Option<(T, Cursor<'a>)> {
    longest(cur, candidates, Cursor::match_name)
}

fn longest<'a, 'n, T: Copy>(
    cur: Cursor<'a>,
    candidates: impl IntoIterator<Item = (&'n str, T)>,
    matches: impl Fn(Cursor<'a>, &str) -> Option<Cursor<'a>>,
) -> Option<(T, Cursor<'a>)> {
    let mut best: Option<(T, Cursor<'a>)> = None;
    let first = cur.peek();
    for (pattern, value) in candidates {
        if !Cursor::may_match(first, pattern) {
            continue;
        }
        if let Some(after) = matches(cur, pattern) {
            if best.is_none_or(|(_, b)| after.key() > b.key()) {
                best = Some((value, after));
            }
        }
    }
    best
}

/// The last visible folded character before byte `pos` of `s`, and the one
/// before it.
pub(crate) fn previous_two(s: &str, pos: usize) -> (Option<char>, Option<char>) {
    let mut found = (None, None);
    let Some(head) = s.get(..pos) else {
        return found;
    };
    for raw in head.chars().rev() {
        let folded = fold(raw);
        for i in (0..folded.len).rev() {
            let c = folded.get(i);
            if found.0.is_none() {
                found.0 = c;
            } else {
                found.1 = c;
                return found;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cursor gives the characters `fold` gives, one after another, on
    /// every character of U+0000..U+0800 and the presentation forms.
    #[test]
    fn the_cursor_walks_what_fold_gives() {
        extern crate std;
        use std::string::String;
        use std::vec::Vec;
        let text: String = (1..0x0800).chain(0xFB50..0xFF00).filter_map(char::from_u32).collect();
        let want: Vec<char> = text
            .chars()
            .flat_map(|c| {
                let f = fold(c);
                (0..2).filter_map(move |i| f.get(i))
            })
            .collect();
        let mut got = Vec::new();
        let mut cur = Cursor::new(&text, 0);
        while let Some((c, after)) = cur.next() {
            got.push(c);
            cur = after;
        }
        assert_eq!(got, want);
    }

    #[test]
    fn letters_are_the_alphabetic_characters() {
        for code in (0..0x0800).chain(0xFB50..0xFF00) {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "{code:#x}");
            }
        }
    }

    /// Whether `s` folds to exactly `want`.
    fn folds_to(s: &str, want: &str) -> bool {
        let mut cur = Cursor::new(s, 0);
        let mut want = want.chars();
        while let Some((c, after)) = cur.next() {
            if want.next() != Some(c) {
                return false;
            }
            cur = after;
        }
        want.next().is_none()
    }

    #[test]
    fn folding() {
        assert!(folds_to("١۴٠٢", "1402"));
        assert!(folds_to("بهمـــن", "بهمن"));
        assert!(folds_to("ژانویهٔ", "ژانویه"));
        assert!(folds_to("تير", "تیر"));
        assert!(folds_to("دى", "دی"));
        assert!(folds_to("\u{200f}۱۴۰۲\u{200f}", "1402"));
        assert!(folds_to("ﻳﻜﺸﻨﺒﻪ", "یکشنبه"));
        assert!(folds_to("ﻻ", "لا"));
        assert!(folds_to("A\u{a0}B", "a b"));
        assert!(folds_to("۱۴۰۲؍۱۱", "1402/11"));
    }

    #[test]
    fn offsets() {
        let s = "\u{200f}ﻻ۱";
        let cur = Cursor::new(s, 0);
        assert_eq!(cur.offset(), 3);
        let (c, after) = cur.next().unwrap();
        assert_eq!(c, 'ل');
        assert_eq!(after.offset(), 3);
        assert_eq!(after.end(), 6);
        let (c, after) = after.next().unwrap();
        assert_eq!(c, 'ا');
        assert_eq!(after.end(), 6);
        assert_eq!(after.peek(), Some('1'));
        assert_eq!(previous_two(s, 6), (Some('ا'), Some('ل')));
    }

    #[test]
    fn patterns() {
        let m = |s: &str, p: &str| Cursor::new(s, 0).match_word(p).map(|c| c.end());
        assert_eq!(m("سه شنبه", "سه\u{200c}شنبه"), Some(13));
        assert_eq!(m("سهشنبه", "سه\u{200c}شنبه"), Some(12));
        assert_eq!(m("هـ.ش.", "ه. ش."), Some(8));
        assert_eq!(m("ه ش", "ه. ش."), Some(5));
        assert_eq!(m("مهر", "مه"), None);
        assert_eq!(m("Bahman", "bahman"), Some(6));
    }

    #[test]
    fn fast_folding_agrees_with_the_rules() {
        for code in 0..0x3_0000u32 {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(fold_one(c), fold_one_by_rule(c), "U+{code:04X}");
            }
        }
    }
}
