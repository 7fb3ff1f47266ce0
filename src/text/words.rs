//! Numbers and dates in Persian words, as cheques, contracts and legal
//! forms write them: cardinals and ordinals up to the trillions, in the
//! everyday style (`صد`, `هزار`) or the formal one of cheques (`یکصد`,
//! `یک هزار`), and a date with its day as an ordinal and its year in words
//! («ششم بهمن ماه یک هزار و چهارصد و دو»). Written through
//! [`Display`](core::fmt::Display), without allocating.
//!
//! The words are checked against num2words' `fa` (everyday, ordinals) and
//! persiantools' `digits.to_word` (formal) on every number to 2,100 and on
//! thousands of others of every size. One spelling differs on purpose: the
//! ordinal of a number ending in thirty is `سی‌ام`, as the Academy of
//! Persian Language and Literature writes it, where num2words writes
//! `سیم`.
//!
//! Dari ([`NumberWords::with_locale`] with [`Locale::Dari`]) writes its own
//! forms, CLDR's for `fa_AF` as ICU spells them (checked on 2,492 numbers
//! against ICU 72): `نزده` (19), `دوصد`, `سه‌صد`, `پنجصد` (200, 300, 500),
//! `یک هزار`, `بیلیون` (10¹²). Pashto has no number words here: CLDR has no
//! rules for it and no library to check them against, and a number in
//! words on a cheque must not be a guess.

use core::fmt;

use crate::JalaliDate;
use crate::format::Locale;
use crate::rule::Rule;

/// The style of number words.
///
/// # Example
///
/// ```
/// use shamsi::words::{NumberWords, WordStyle};
///
/// let n = NumberWords::cardinal(100)?;
/// assert_eq!(n.to_string(), "صد");
/// assert_eq!(n.with_style(WordStyle::Formal).to_string(), "یکصد");
/// # Ok::<(), shamsi::words::WordsRangeError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum WordStyle {
    /// As people say them: `صد`, `هزار و چهارصد و دو`.
    #[default]
    Everyday,
    /// As cheques and legal forms write them, with the one spelled out
    /// before a hundred and a thousand: `یکصد`, `یک هزار و چهارصد و دو`.
    Formal,
}

/// A number out of the range of [`NumberWords`].
///
/// # Example
///
/// ```
/// use shamsi::words::NumberWords;
///
/// let err = NumberWords::cardinal(1_000_000_000_000_000).unwrap_err();
/// assert_eq!(err.value(), 1_000_000_000_000_000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{value} has no number words here: they reach 999,999,999,999,999 either side of zero")]
pub struct WordsRangeError {
    value: i64,
}

impl WordsRangeError {
    /// The number refused.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::words::NumberWords;
    ///
    /// assert_eq!(NumberWords::ordinal(i64::MIN).unwrap_err().value(), i64::MIN);
    /// ```
    pub const fn value(self) -> i64 {
        self.value
    }
}

/// A locale this crate has no number words for (all but Persian and
/// Dari).
///
/// # Example
///
/// ```
/// use shamsi::format::Locale;
/// use shamsi::words::NumberWords;
///
/// let err = NumberWords::cardinal(5)?.with_locale(Locale::Pashto).unwrap_err();
/// assert_eq!(err.locale(), Locale::Pashto);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("no number words in {locale:?}: only Persian and Dari have them here")]
pub struct NoNumberWords {
    locale: Locale,
}

impl NoNumberWords {
    /// The locale refused.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::Locale;
    /// use shamsi::words::NumberWords;
    ///
    /// let err = NumberWords::cardinal(5)?.with_locale(Locale::Sorani).unwrap_err();
    /// assert_eq!(err.locale(), Locale::Sorani);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn locale(self) -> Locale {
        self.locale
    }
}

/// How the words are spelled: Persian in one of its styles, or Dari.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Wording {
    Persian(WordStyle),
    Dari,
}

/// A number in Persian (or Dari) words, cardinal or ordinal, written by
/// its [`Display`](fmt::Display).
///
/// # Example
///
/// ```
/// use shamsi::words::{NumberWords, WordStyle};
///
/// assert_eq!(NumberWords::cardinal(1402)?.to_string(), "هزار و چهارصد و دو");
/// let formal = NumberWords::cardinal(1402)?.with_style(WordStyle::Formal);
/// assert_eq!(formal.to_string(), "یک هزار و چهارصد و دو");
/// assert_eq!(NumberWords::ordinal(23)?.to_string(), "بیست و سوم");
/// assert_eq!(NumberWords::ordinal(30)?.to_string(), "سی\u{200c}ام");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NumberWords {
    value: i64,
    wording: Wording,
    ordinal: bool,
}

impl NumberWords {
    /// The largest number with words (the trillions end below it).
    pub const MAX: i64 = 999_999_999_999_999;

    /// The cardinal words of `value`, in the everyday style.
    ///
    /// # Errors
    ///
    /// When `value` is beyond [`NumberWords::MAX`] either side of zero.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::words::NumberWords;
    ///
    /// assert_eq!(NumberWords::cardinal(0)?.to_string(), "صفر");
    /// assert_eq!(NumberWords::cardinal(-5)?.to_string(), "منفی پنج");
    /// assert_eq!(NumberWords::cardinal(2_000_000)?.to_string(), "دو میلیون");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn cardinal(value: i64) -> Result<NumberWords, WordsRangeError> {
        if value > Self::MAX || value < -Self::MAX {
            return Err(WordsRangeError { value });
        }
        Ok(NumberWords { value, wording: Wording::Persian(WordStyle::Everyday), ordinal: false })
    }

    /// The ordinal words of `value` (`یکم`, `دوم`, `سوم`, `بیست و یکم`),
    /// in the everyday style.
    ///
    /// # Errors
    ///
    /// When `value` is beyond [`NumberWords::MAX`] either side of zero.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::words::NumberWords;
    ///
    /// assert_eq!(NumberWords::ordinal(6)?.to_string(), "ششم");
    /// assert_eq!(NumberWords::ordinal(1000)?.to_string(), "هزارم");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn ordinal(value: i64) -> Result<NumberWords, WordsRangeError> {
        match Self::cardinal(value) {
            Ok(words) => Ok(NumberWords { ordinal: true, ..words }),
            Err(e) => Err(e),
        }
    }

    /// The same number in `style`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::words::{NumberWords, WordStyle};
    ///
    /// let words = NumberWords::cardinal(100_100)?.with_style(WordStyle::Formal);
    /// assert_eq!(words.to_string(), "یکصد هزار و یکصد");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_style(self, style: WordStyle) -> NumberWords {
        match self.wording {
            Wording::Persian(_) => NumberWords { wording: Wording::Persian(style), ..self },
            Wording::Dari => self,
        }
    }

    /// The same number in the words of `locale`: Persian, or Dari, whose
    /// forms are CLDR's (`دوصد`, `سه‌صد`, `نزده`, `یک هزار`) and have one
    /// style ([`with_style`](Self::with_style) changes nothing there).
    /// Ordinals in Dari take the Persian endings (`نزدهم`, `سوم`).
    ///
    /// # Errors
    ///
    /// [`NoNumberWords`] for the other locales.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::Locale;
    /// use shamsi::words::NumberWords;
    ///
    /// let dari = NumberWords::cardinal(1319)?.with_locale(Locale::Dari)?;
    /// assert_eq!(dari.to_string(), "یک هزار و سه\u{200c}صد و نزده");
    /// let fa = NumberWords::cardinal(1319)?.with_locale(Locale::Persian)?;
    /// assert_eq!(fa.to_string(), "هزار و سیصد و نوزده");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_locale(self, locale: Locale) -> Result<NumberWords, NoNumberWords> {
        match (locale, self.wording) {
            (Locale::Persian, Wording::Persian(_)) => Ok(self),
            (Locale::Persian, Wording::Dari) => {
                Ok(NumberWords { wording: Wording::Persian(WordStyle::Everyday), ..self })
            }
            (Locale::Dari, _) => Ok(NumberWords { wording: Wording::Dari, ..self }),
            _ => Err(NoNumberWords { locale }),
        }
    }
}

/// The wording of number words in `locale`, in `style` for Persian: for
/// `%L`, which writes Dari years in Dari.
pub(crate) const fn wording_in(locale: Locale, style: WordStyle) -> Wording {
    match locale {
        Locale::Dari => Wording::Dari,
        _ => Wording::Persian(style),
    }
}

const ONES: [&str; 20] = [
    "",
    "یک",
    "دو",
    "سه",
    "چهار",
    "پنج",
    "شش",
    "هفت",
    "هشت",
    "نه",
    "ده",
    "یازده",
    "دوازده",
    "سیزده",
    "چهارده",
    "پانزده",
    "شانزده",
    "هفده",
    "هجده",
    "نوزده",
];
const TENS: [&str; 10] = ["", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"];
const HUNDREDS: [&str; 10] =
    ["", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"];
/// The hundreds in Dari, as CLDR's `fa_AF` builds them (the digit's word
/// and `صد`).
const HUNDREDS_DARI: [&str; 10] =
    ["", "صد", "دوصد", "سه\u{200c}صد", "چهارصد", "پنجصد", "ششصد", "هفتصد", "هشتصد", "نهصد"];
/// Nineteen in Dari.
const NINETEEN_DARI: &str = "نزده";
/// The scales, from the largest, with their powers of a thousand.
const SCALES: [(&str, i64); 5] = [
    ("تریلیون", 1_000_000_000_000),
    ("میلیارد", 1_000_000_000),
    ("میلیون", 1_000_000),
    ("هزار", 1_000),
    ("", 1),
];
/// A thousand billions in Dari.
const TRILLION_DARI: &str = "بیلیون";

/// The words of `n` in 1..=999 as they stand before or without a scale,
/// each word to `put` in order (the joining ` و ` included); `last` is set
/// to the last word written.
fn group(
    n: i64,
    wording: Wording,
    put: &mut impl FnMut(&'static str) -> fmt::Result,
) -> fmt::Result {
    let word = |table: &[&'static str], i: i64| table.get(i as usize).copied().unwrap_or("");
    let (hundreds, rest) = (n / 100, n % 100);
    let mut first = true;
    let mut part = |w: &'static str, put: &mut dyn FnMut(&'static str) -> fmt::Result| {
        if !first {
            put(" و ")?;
        }
        first = false;
        put(w)
    };
    if hundreds > 0 {
        match wording {
            Wording::Persian(WordStyle::Formal) if hundreds == 1 => part("یکصد", put)?,
            Wording::Persian(_) => part(word(&HUNDREDS, hundreds), put)?,
            Wording::Dari => part(word(&HUNDREDS_DARI, hundreds), put)?,
        }
    }
    if rest >= 20 {
        part(word(&TENS, rest / 10), put)?;
        if rest % 10 > 0 {
            part(word(&ONES, rest % 10), put)?;
        }
    } else if rest == 19 && wording == Wording::Dari {
        part(NINETEEN_DARI, put)?;
    } else if rest > 0 {
        part(word(&ONES, rest), put)?;
    }
    Ok(())
}

impl fmt::Display for NumberWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_words(f, self.value, self.wording, self.ordinal)
    }
}

/// Writes the words of `value` (in range), with the ordinal suffix on the
/// last word when `ordinal`.
pub(crate) fn write_words<W: fmt::Write + ?Sized>(
    w: &mut W,
    value: i64,
    wording: Wording,
    ordinal: bool,
) -> fmt::Result {
    // Each word is held back one step, so the last can take the suffix.
    let mut held: Option<&'static str> = None;
    let mut put = |word: &'static str| -> fmt::Result {
        if let Some(h) = held.replace(word) {
            w.write_str(h)?;
        }
        Ok(())
    };
    if value < 0 {
        put("منفی ")?;
    }
    let mut n = value.unsigned_abs() as i64;
    if n == 0 {
        put("صفر")?;
    }
    let mut first = true;
    for (scale, size) in SCALES {
        let count = n / size;
        n %= size;
        if count == 0 {
            continue;
        }
        if !first {
            put(" و ")?;
        }
        first = false;
        // A thousand alone is `هزار`, or `یک هزار` in the formal style
        // and in Dari.
        let everyday = wording == Wording::Persian(WordStyle::Everyday);
        if !(count == 1 && size == 1_000 && everyday) {
            group(count, wording, &mut put)?;
            if !scale.is_empty() {
                put(" ")?;
            }
        }
        if size == 1_000_000_000_000 && wording == Wording::Dari {
            put(TRILLION_DARI)?;
        } else if !scale.is_empty() {
            put(scale)?;
        }
    }
    let last = held.unwrap_or("");
    if !ordinal {
        return w.write_str(last);
    }
    match last {
        "سه" => w.write_str("سوم"),
        "سی" => w.write_str("سی\u{200c}ام"),
        _ => {
            w.write_str(last)?;
            w.write_str("م")
        }
    }
}

/// The longest run of Persian cardinal words at the start of `text`, in
/// either style (`صد`, `یکصد`, `هزار`, `یک هزار`): its value and its length
/// in bytes. Words are joined by ` و ` and a scale follows its count after a
/// space, as [`NumberWords`] writes them; `منفی ` makes the number negative.
/// `None` when no number begins `text`.
///
/// # Example
///
/// ```
/// use shamsi::words::read_cardinal;
///
/// assert_eq!(read_cardinal("یک هزار و چهارصد و دو"), Some((1402, 37)));
/// let text = "هزار و چهارصد و دو ماه";
/// assert_eq!(read_cardinal(text), Some((1402, text.len() - " ماه".len())));
/// assert_eq!(read_cardinal("سی و یک روز"), Some((31, "سی و یک".len())));
/// assert_eq!(read_cardinal("روز"), None);
/// ```
pub fn read_cardinal(text: &str) -> Option<(i64, usize)> {
    let (negative, start) = match text.strip_prefix("منفی ") {
        Some(_) => (true, "منفی ".len()),
        None => (false, 0),
    };
    if text.get(start..)?.starts_with("صفر") {
        let end = start + "صفر".len();
        return at_word_end(text, end).then_some((0, end));
    }
    let mut total: i64 = 0;
    // The value of the group being read (below a thousand), and the
    // smallest scale read so far (a larger one may not follow it).
    let mut group: i64 = 0;
    let mut last_scale = i64::MAX;
    let mut pos = start;
    let mut end = None;
    // The place the last word of a group stood in: 3 hundreds, 2 tens,
    // 1 units (a word of a smaller place only may follow).
    let mut place = 4;
    loop {
        let rest = text.get(pos..)?;
        let Some((value, len, kind)) = word_at(rest) else { break };
        let after = pos + len;
        if !at_word_end(text, after) {
            break;
        }
        match kind {
            Kind::Scale => {
                // `هزار` alone is a thousand; a scale follows its count.
                if value >= last_scale || (group == 0 && value != 1_000) {
                    break;
                }
                total += group.max(1) * value;
                group = 0;
                last_scale = value;
                place = 4;
            }
            Kind::Place(p) => {
                if p >= place {
                    break;
                }
                group += value;
                // Nothing of the units follows a teen.
                place = if (10..20).contains(&value) { 1 } else { p };
            }
        }
        end = Some(after);
        // ` و ` before the next word, or a space before a scale.
        let next = if text.get(after..)?.starts_with(" و ") {
            after + " و ".len()
        } else if text.get(after..)?.starts_with(' ')
            && text.get(after + 1..).and_then(word_at).is_some_and(|(_, _, k)| k == Kind::Scale)
        {
            after + 1
        } else {
            break;
        };
        pos = next;
    }
    let end = end?;
    let value = total + group;
    Some((if negative { -value } else { value }, end))
}

/// Whether a word ends at byte `at` of `text`: the end, or a character that
/// is no letter.
fn at_word_end(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphabetic() && c != '\u{200c}')
}

/// What a number word is: a scale, or a word of the hundreds (3), the tens
/// (2, with the teens) or the units (1).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Scale,
    Place(u8),
}

/// The number word `text` begins with (the longest), its value, length and
/// kind.
fn word_at(text: &str) -> Option<(i64, usize, Kind)> {
    let mut best: Option<(i64, usize, Kind)> = None;
    let mut consider = |word: &str, value: i64, kind: Kind| {
        if !word.is_empty() && text.starts_with(word) && best.is_none_or(|(_, l, _)| word.len() > l)
        {
            best = Some((value, word.len(), kind));
        }
    };
    for (i, w) in ONES.iter().enumerate() {
        // The teens stand where the tens do: nothing of the units follows.
        let kind = if i >= 10 { Kind::Place(2) } else { Kind::Place(1) };
        consider(w, i as i64, kind);
    }
    for (i, w) in TENS.iter().enumerate() {
        consider(w, 10 * i as i64, Kind::Place(2));
    }
    for (i, w) in HUNDREDS.iter().enumerate() {
        consider(w, 100 * i as i64, Kind::Place(3));
    }
    consider("یکصد", 100, Kind::Place(3));
    // Dari's own forms.
    for (i, w) in HUNDREDS_DARI.iter().enumerate() {
        consider(w, 100 * i as i64, Kind::Place(3));
    }
    consider(NINETEEN_DARI, 19, Kind::Place(2));
    for (w, size) in SCALES {
        consider(w, size, Kind::Scale);
    }
    consider(TRILLION_DARI, 1_000_000_000_000, Kind::Scale);
    best
}

/// A Solar Hijri date in Persian words, as Iranian legal and banking forms
/// write it: the day as an ordinal, the month, `ماه`, and the year in words
/// («ششم بهمن ماه یک هزار و چهارصد و دو»). Made by
/// [`JalaliDate::in_words`]. In a pattern, `%o %B ماه %L` writes and reads
/// the same text (`%L` is the year in formal words), but for `%o`'s compact
/// ordinals from the 21st (`بیست‌ویکم`).
///
/// # Example
///
/// ```
/// use shamsi::JalaliDate;
/// use shamsi::words::WordStyle;
///
/// let date = JalaliDate::new(1402, 11, 6)?;
/// assert_eq!(date.in_words(WordStyle::Formal).to_string(), "ششم بهمن ماه یک هزار و چهارصد و دو");
/// assert_eq!(date.in_words(WordStyle::Everyday).to_string(), "ششم بهمن ماه هزار و چهارصد و دو");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateWords {
    year: i32,
    month: u8,
    day: u8,
    style: WordStyle,
}

impl fmt::Display for DateWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let wording = Wording::Persian(self.style);
        write_words(f, self.day.into(), wording, true)?;
        f.write_str(" ")?;
        let month = crate::names::JALALI_MONTHS_FA.get(usize::from(self.month).wrapping_sub(1));
        f.write_str(month.copied().unwrap_or(""))?;
        f.write_str(" ماه ")?;
        // Every year of the range has words.
        write_words(f, self.year.into(), wording, false)
    }
}

impl<R: Rule> JalaliDate<R> {
    /// The date in Persian words ([`DateWords`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    /// use shamsi::words::WordStyle;
    ///
    /// let date = JalaliDate::new(1403, 1, 21)?;
    /// assert_eq!(date.in_words(WordStyle::Everyday).to_string(), "بیست و یکم فروردین ماه هزار و چهارصد و سه");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn in_words(self, style: WordStyle) -> DateWords {
        DateWords { year: self.year(), month: self.month_number(), day: self.day(), style }
    }
}
