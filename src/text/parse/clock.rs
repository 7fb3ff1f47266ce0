//! The lenient reader's times of day: a clock (`۱۴:۳۰`, `0:03:05`), or an
//! hour with a word (`ساعت ۱۴`, `۹ شب`, `۲ بامداد`, `12 PM`), with the
//! words around it (`ساعت`, `at`, `در`, `په`, a comma), a half of the day or
//! a period of it, and an offset or zone after it (`+03:30`, `GMT+00:00`,
//! `UTC`, `(زمان هماهنگ جهانی)`, `به وقت تهران`).
//!
//! The time is found and cut out of the text, and what is left is read as a
//! date, so the time may stand before, after or inside the date (jdatetime's
//! `%c` writes `دوشنبه تیر 14 00:00:00 1310`).

use crate::zone::TimeZone;
use crate::{DateError, Field, ParseError, ParseErrorKind};

/// A time found in a text: where it is, and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// The byte range cut out of the text (with the words around the time).
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// 0..=23, or 24 for `24:00` (the end of the day).
    pub(crate) hour: u8,
    pub(crate) minute: u8,
    pub(crate) second: u8,
    pub(crate) nanos: u32,
    pub(crate) offset: Option<i32>,
    pub(crate) zone: Option<TimeZone>,
}

/// What a word after the hour says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Half {
    /// Before noon: AM, ق.ظ., صبح, بامداد.
    Am,
    /// After noon: PM, ب.ظ., بعدازظهر, عصر.
    Pm,
    /// ظهر: 12 is noon, 1–5 in the afternoon.
    Noon,
    /// شب: 5–11 in the evening, 12 midnight, 1–4 in the small hours.
    Night,
    /// نیمه‌شب: 12 is midnight, 1–3 after it.
    Midnight,
}

/// The words for the halves and periods of the day, longest first where
/// one begins another.
const HALVES: [(&str, Half); 37] = [
    ("قبل از ظهر", Half::Am),
    ("قبل‌ازظهر", Half::Am),
    ("قبلازظهر", Half::Am),
    ("بعد از ظهر", Half::Pm),
    ("بعد‌ازظهر", Half::Pm),
    ("بعدازظهر", Half::Pm),
    ("بعد از چاشت", Half::Pm),
    ("بعدازچاشت", Half::Pm),
    ("نیمه‌شب", Half::Midnight),
    ("نیمه شب", Half::Midnight),
    ("نیمهشب", Half::Midnight),
    ("ق.ظ.", Half::Am),
    ("ق.ظ", Half::Am),
    ("ب.ظ.", Half::Pm),
    ("ب.ظ", Half::Pm),
    ("غ.م.", Half::Am),
    ("غ.م", Half::Am),
    ("غ.و.", Half::Pm),
    ("غ.و", Half::Pm),
    ("ب.ن", Half::Am),
    ("د.ن", Half::Pm),
    ("a.m.", Half::Am),
    ("A.M.", Half::Am),
    ("p.m.", Half::Pm),
    ("P.M.", Half::Pm),
    ("AM", Half::Am),
    ("am", Half::Am),
    ("PM", Half::Pm),
    ("pm", Half::Pm),
    ("بامداد", Half::Am),
    ("صبح", Half::Am),
    ("ظهر", Half::Noon),
    ("عصر", Half::Pm),
    ("شام", Half::Pm),
    ("شب", Half::Night),
    ("قبل از ظهر", Half::Am),
    ("بعد از ظهر", Half::Pm),
];

/// Words before a time that belong to it.
const BEFORE: [&str; 6] = ["ساعت", "at", "در", "په", "،", ","];

/// Names of UTC, and other zone words, after a time.
/// Each may stand in parentheses (`(زمان هماهنگ جهانی)`, `(UTC)`).
/// `UTC` and `GMT` alone are read with the offsets that may follow them.
const ZONES: [(&str, Option<i32>, Option<TimeZone>); 8] = [
    ("زمان هماهنگ جهانی", Some(0), None),
    ("Coordinated Universal Time", Some(0), None),
    ("همغږى نړیوال وخت", Some(0), None),
    ("به وقت تهران", None, Some(TimeZone::Iran)),
    ("به وقت کابل", None, Some(TimeZone::Afghanistan)),
    ("IRST", Some(12_600), None),
    ("IRDT", Some(16_200), None),
    ("AFT", Some(16_200), None),
];

/// The value of a Latin, Persian or Arabic-Indic digit.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(u32::from(c) - 0x30),
        '\u{06F0}'..='\u{06F9}' => Some(u32::from(c) - 0x06F0),
        '\u{0660}'..='\u{0669}' => Some(u32::from(c) - 0x0660),
        _ => None,
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200c}' | '\u{200e}' | '\u{200f}' | '\u{202f}' | '\u{a0}')
}

/// Reads up to `max` digits at `pos`: the value, their count and the end.
fn digits(s: &str, pos: usize, max: usize) -> (u32, usize, usize) {
    let bytes = s.as_bytes();
    let mut value = 0u32;
    let mut n = 0;
    let mut end = pos;
    // Byte by byte: a Latin digit, or a lead byte and one of ten others.
    while n < max {
        let (d, len) = match (bytes.get(end), bytes.get(end + 1)) {
            (Some(&b @ b'0'..=b'9'), _) => (b - b'0', 1),
            (Some(0xDB), Some(&b @ 0xB0..=0xB9)) => (b - 0xB0, 2),
            (Some(0xD9), Some(&b @ 0xA0..=0xA9)) => (b - 0xA0, 2),
            _ => break,
        };
        value = value * 10 + u32::from(d);
        n += 1;
        end += len;
    }
    (value, n, end)
}

fn skip_spaces(s: &str, mut pos: usize) -> usize {
    for c in s.get(pos..).unwrap_or("").chars() {
        if !is_space(c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Whether `word` is at `pos` and ends there (no letter follows).
fn word_at(s: &str, pos: usize, word: &str) -> Option<usize> {
    let rest = s.get(pos..)?;
    if !rest.starts_with(word) {
        return None;
    }
    let end = pos + word.len();
    let next = s.get(end..).and_then(|r| r.chars().next());
    let ends_with_letter = word.chars().next_back().is_some_and(char::is_alphabetic);
    match next {
        Some(c) if ends_with_letter && (c.is_alphabetic() || digit(c).is_some()) => None,
        _ => Some(end),
    }
}

fn half_at(s: &str, pos: usize) -> Option<(Half, usize)> {
    // A word of `HALVES` begins with two bytes of `HALF_STARTS`; most text
    // does not, and is passed without comparing it with each word.
    let head = match s.as_bytes().get(pos..pos + 2) {
        Some(&[a, b]) => [a, b],
        _ => return None,
    };
    if HALF_STARTS.binary_search(&u16::from_be_bytes(head)).is_err() {
        return None;
    }
    // Only the words that begin so are compared whole.
    HALVES
        .iter()
        .filter(|(w, _)| w.as_bytes().starts_with(&head))
        .find_map(|&(w, h)| word_at(s, pos, w).map(|end| (h, end)))
}

/// The first two bytes of each word of [`HALVES`], sorted (built at compile
/// time; every word has two bytes at least).
const HALF_STARTS: [u16; HALVES.len()] = {
    let mut out = [0u16; HALVES.len()];
    let mut n = 0;
    while n < out.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            let bytes = HALVES[n].0.as_bytes();
            assert!(bytes.len() >= 2, "a word of one byte");
            let key = u16::from_be_bytes([bytes[0], bytes[1]]);
            let mut at = n;
            while at > 0 && out[at - 1] > key {
                out[at] = out[at - 1];
                at -= 1;
            }
            out[at] = key;
        }
        n += 1;
    }
    out
};

/// The start of a digit run at `pos` that is not the tail of a longer one.
#[cfg(test)]
fn starts_number(s: &str, pos: usize) -> bool {
    let before = s.get(..pos).and_then(|b| b.chars().next_back());
    !before.is_some_and(|c| digit(c).is_some() || c == ':' || c == '/' || c == '-' || c == '.')
}

/// The byte offsets in `s` where a number begins: a digit of any set after
/// anything but a digit, `:`, `/`, `-` or `.`. Found byte by byte, decoding nothing:
/// the two-byte digits are a lead byte and one of ten others.
fn number_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    let mut i = 0;
    // Whether the character before `i` keeps a number from beginning.
    let mut held = false;
    core::iter::from_fn(move || {
        while let Some(&b) = bytes.get(i) {
            let at = i;
            let (is_digit, len) = match b {
                b'0'..=b'9' => (true, 1),
                0x00..=0x7F => {
                    held = matches!(b, b':' | b'/' | b'-' | b'.');
                    i += 1;
                    continue;
                }
                0xDB => (matches!(bytes.get(i + 1), Some(0xB0..=0xB9)), 2),
                0xD9 => (matches!(bytes.get(i + 1), Some(0xA0..=0xA9)), 2),
                0xC0..=0xDF => (false, 2),
                0xE0..=0xEF => (false, 3),
                _ => (false, 4),
            };
            i += len;
            let starts = is_digit && !held;
            held = is_digit;
            if starts {
                return Some(at);
            }
        }
        None
    })
}

/// Finds a clock `H:MM[:SS[.f]]`: its start, hour, minute, second,
/// nanoseconds and end.
fn find_clock(s: &str) -> Option<(usize, u32, u32, u32, u32, usize)> {
    // A clock has a colon after its hour: text without one has no clock.
    if !s.as_bytes().contains(&b':') {
        return None;
    }
    for i in number_starts(s) {
        let (h, n, end) = digits(s, i, 2);
        if n == 0 || s.get(end..).and_then(|r| r.chars().next()) != Some(':') {
            continue;
        }
        let (m, mn, mut end) = digits(s, end + 1, 2);
        if mn != 2 || s.get(end..).and_then(|r| r.chars().next()).and_then(digit).is_some() {
            continue;
        }
        let mut sec = 0;
        let mut nanos = 0;
        if s.get(end..).and_then(|r| r.chars().next()) == Some(':') {
            let (v, sn, e) = digits(s, end + 1, 2);
            if sn == 2 {
                sec = v;
                end = e;
                let mark = s.get(end..).and_then(|r| r.chars().next());
                if let Some(m @ ('.' | ',' | '\u{066B}')) = mark {
                    let (f, fnum, e) = digits(s, end + m.len_utf8(), 9);
                    if fnum > 0 {
                        nanos = f * 10u32.pow(9 - fnum as u32);
                        end = e;
                    }
                }
            }
        }
        return Some((i, h, m, sec, nanos, end));
    }
    None
}

/// Finds an hour without minutes: `ساعت ۱۴` (and `ساعت ۱۴ و ۳۰ دقیقه`), or
/// an hour followed by a word for a half or period of the day (`۹ شب`).
fn find_hour(s: &str) -> Option<(usize, u32, u32, usize)> {
    // `ساعت` then an hour.
    let mut from = 0;
    while let Some(i) = find_bytes(s, from, "ساعت") {
        let at = skip_spaces(s, i + "ساعت".len());
        let (h, n, end) = digits(s, at, 2);
        if n > 0 && s.get(end..).and_then(|r| r.chars().next()).and_then(digit).is_none() {
            // `و ۳۰ دقیقه`
            let after = skip_spaces(s, end);
            if let Some(after) = word_at(s, after, "و") {
                let at = skip_spaces(s, after);
                let (m, mn, e) = digits(s, at, 2);
                let e2 = skip_spaces(s, e);
                if mn > 0 {
                    if let Some(e3) = word_at(s, e2, "دقیقه") {
                        return Some((i, h, m, e3));
                    }
                }
            }
            return Some((i, h, 0, end));
        }
        from = i + "ساعت".len();
    }
    // An hour and a half-of-day word.
    for i in number_starts(s) {
        let (h, n, end) = digits(s, i, 3);
        if n == 0 || n > 2 {
            continue;
        }
        let at = skip_spaces(s, end);
        if at > end && half_at(s, at).is_some() {
            return Some((i, h, 0, end));
        }
    }
    None
}

/// The first place from byte `from` where `word` stands in `s` (a short
/// text: a byte compare at each place, with no searcher to set up).
fn find_bytes(s: &str, from: usize, word: &str) -> Option<usize> {
    let word = word.as_bytes();
    let first = *word.first()?;
    let bytes = s.as_bytes();
    let mut at = from;
    while let Some(i) = bytes.get(at..)?.iter().position(|&b| b == first) {
        let start = at + i;
        if bytes.get(start..start + word.len()) == Some(word) {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

fn out_of_range(field: Field, value: u32, max: i64, at: usize) -> ParseError {
    let e = DateError::FieldOutOfRange { field, value: value.into(), min: 0, max };
    ParseError::new(ParseErrorKind::InvalidDate(e), at)
}

/// The hour of the day an hour and a word give.
fn apply(hour: u32, half: Half, at: usize) -> Result<u8, ParseError> {
    let inconsistent = ParseError::new(ParseErrorKind::Inconsistent(Field::Hour), at);
    let h = hour as u8;
    let twelve = h % 12;
    Ok(match half {
        // 12 AM is midnight; an hour over 12 with AM is wrong.
        Half::Am if h <= 12 => twelve,
        Half::Am => return Err(inconsistent),
        // ICU's 0–11 cycle writes `0:27 PM` for 12:27.
        Half::Pm if h <= 12 => twelve + 12,
        Half::Pm if h < 24 => h,
        Half::Noon if h == 12 => 12,
        Half::Noon if h <= 5 => h + 12,
        Half::Noon if (12..=17).contains(&h) => h,
        Half::Night if h == 12 || h == 0 => 0,
        Half::Night if h <= 4 => h,
        Half::Night if h <= 11 => h + 12,
        Half::Night if (17..=23).contains(&h) => h,
        Half::Midnight if h == 12 || h == 0 => 0,
        Half::Midnight if h <= 3 => h,
        _ => return Err(inconsistent),
    })
}

/// Reads an offset or zone word at `pos`.
fn zone_at(s: &str, pos: usize) -> Option<(Option<i32>, Option<TimeZone>, usize)> {
    if s.get(pos..).is_some_and(|r| r.starts_with('(')) {
        // A name in parentheses, spaces allowed inside them.
        let spaces = |at: usize| s.get(at..).map_or(0, |r| r.len() - r.trim_start().len());
        let inner = pos + 1 + spaces(pos + 1);
        let names = ZONES.iter().copied().chain([("UTC", Some(0), None), ("GMT", Some(0), None)]);
        for (w, offset, zone) in names {
            if let Some(end) = word_at(s, inner, w) {
                let close = end + spaces(end);
                if s.get(close..).is_some_and(|r| r.starts_with(')')) {
                    return Some((offset, zone, close + 1));
                }
            }
        }
        return None;
    }
    for &(w, offset, zone) in &ZONES {
        if let Some(end) = word_at(s, pos, w) {
            return Some((offset, zone, end));
        }
    }
    let rest = s.get(pos..)?;
    let (mut at, named) = if let Some(r) = ["GMT", "UTC"].iter().find(|p| rest.starts_with(**p)) {
        (pos + r.len(), true)
    } else {
        (pos, false)
    };
    let sign = match s.get(at..).and_then(|r| r.chars().next()) {
        Some('+') => Some(1),
        Some('-' | '\u{2212}') => Some(-1),
        Some('Z') if !named && at == pos => {
            return word_at(s, pos, "Z").map(|e| (Some(0), None, e));
        }
        _ => None,
    };
    let Some(sign) = sign else {
        return if named { Some((Some(0), None, at)) } else { None };
    };
    at += if s.get(at..).is_some_and(|r| r.starts_with('\u{2212}')) { 3 } else { 1 };
    let (h, hn, mut end) = digits(s, at, 2);
    if hn == 0 {
        return None;
    }
    let mut minutes = 0;
    let colon = s.get(end..).is_some_and(|r| r.starts_with(':'));
    let (m, mn, e) = digits(s, end + usize::from(colon), 2);
    if mn == 2 {
        minutes = m;
        end = e;
    } else if hn == 2 && !named && !colon {
        // `+03` alone is an offset only after GMT/UTC.
        return None;
    }
    if minutes > 59 || h > 25 {
        return None;
    }
    Some((Some(sign * (h as i32 * 3600 + minutes as i32 * 60)), None, end))
}

/// Finds the time in `s`, if there is one.
pub(crate) fn find_time(s: &str) -> Result<Option<Found>, ParseError> {
    let (start, hour, minute, second, nanos, mut end) = match find_clock(s) {
        Some(c) => c,
        None => match find_hour(s) {
            Some((start, h, m, end)) => (start, h, m, 0, 0, end),
            None => return Ok(None),
        },
    };
    if hour > 24 {
        return Err(out_of_range(Field::Hour, hour, 23, start));
    }
    if minute > 59 {
        return Err(out_of_range(Field::Minute, minute, 59, start));
    }
    if second > 59 {
        return Err(out_of_range(Field::Second, second, 59, start));
    }
    let mut hour = hour as u8;
    // A half or period of the day.
    let at = skip_spaces(s, end);
    if let Some((half, e)) = half_at(s, at) {
        // `شب جمعه` is the evening before Friday: which date is meant is
        // for the caller to say.
        if half == Half::Night {
            let next = skip_spaces(s, e);
            if next > e && super::lenient::weekday_word(super::text::Cursor::new(s, next)).is_some()
            {
                return Err(ParseError::new(ParseErrorKind::EveOfWeekday, at));
            }
        }
        if hour == 24 {
            return Err(out_of_range(Field::Hour, 24, 12, start));
        }
        hour = apply(hour.into(), half, at)?;
        end = e;
    } else if hour == 24 && (minute, second, nanos) != (0, 0, 0) {
        // ICU's 1–24 hour cycle (`en` with `hour12: false`) writes 00:03 as
        // 24:03; only 24:00 itself is the end of the day.
        hour = 0;
    }
    // An offset or a zone.
    let at = skip_spaces(s, end);
    let (offset, zone) = match zone_at(s, at) {
        Some((offset, zone, e)) => {
            end = e;
            (offset, zone)
        }
        None => (None, None),
    };
    // The words before the time that belong to it.
    let mut start = start;
    loop {
        let before = s.get(..start).unwrap_or("");
        let trimmed = before.trim_end_matches(is_space);
        let found = BEFORE.iter().chain(["T", "t"].iter()).find(|w| {
            trimmed.ends_with(**w) && {
                let head = &trimmed[..trimmed.len() - w.len()];
                let prev = head.chars().next_back();
                // A word must stand alone; `T` must follow a digit directly.
                match **w {
                    "T" | "t" => prev.and_then(digit).is_some() && trimmed.len() == before.len(),
                    "," | "،" => true,
                    _ => !prev.is_some_and(char::is_alphabetic),
                }
            }
        });
        match found {
            Some(w) => start = trimmed.len() - w.len(),
            None => break,
        }
    }
    Ok(Some(Found {
        start,
        end,
        hour,
        minute: minute as u8,
        second: second as u8,
        nanos,
        offset,
        zone,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(s: &str) -> Option<(u8, u8, u8, &str)> {
        find_time(s).unwrap().map(|f| (f.hour, f.minute, f.second, &s[f.start..f.end]))
    }

    #[test]
    fn forms() {
        assert_eq!(time("۶ بهمن ۱۴۰۲ ساعت ۱۴:۳۰"), Some((14, 30, 0, "ساعت ۱۴:۳۰")));
        assert_eq!(time("۶ بهمن ۱۴۰۲ ساعت ۱۴ و ۳۰ دقیقه"), Some((14, 30, 0, "ساعت ۱۴ و ۳۰ دقیقه")));
        assert_eq!(time("۶ بهمن ۱۴۰۲، ۹ شب"), Some((21, 0, 0, "، ۹ شب")));
        assert_eq!(time("۶ بهمن ۱۴۰۲ ۲ بامداد").map(|t| t.0), Some(2));
        assert_eq!(time("۶ بهمن ۱۴۰۲ ۱۲ ظهر").map(|t| t.0), Some(12));
        assert_eq!(time("۶ بهمن ۱۴۰۲ ۱۰:۵۲ ق.ظ.").map(|t| t.0), Some(10));
        assert_eq!(time("۶ بهمن ۱۴۰۲ ۱۲:۱۵ ق.ظ.").map(|t| t.0), Some(0));
        assert_eq!(time("1402/11/06 0:27 ب.ظ.").map(|t| t.0), Some(12));
        assert_eq!(time("Bahman 6, 1402 AP at 2:30 PM").map(|t| t.0), Some(14));
        assert_eq!(time("3/2/1302 AP, 24:03").map(|t| t.0), Some(0));
        assert_eq!(time("1402/11/06 24:00").map(|t| t.0), Some(24));
        assert_eq!(time("دوشنبه تیر 14 00:00:00 1310"), Some((0, 0, 0, "00:00:00")));
        assert_eq!(time("۶ بهمن ۱۴۰۲"), None);
        assert_eq!(time("شب جمعه"), None);
        assert_eq!(find_time("۹ شب جمعه").unwrap_err().kind(), ParseErrorKind::EveOfWeekday);
        assert!(find_time("1402/11/06 14:30 ق.ظ.").is_err());
        assert!(find_time("1402/11/06 25:30").is_err());
        let f = find_time("2 خرداد 1302 در 12:03:05 ق.ظ. GMT+00:00").unwrap().unwrap();
        assert_eq!((f.hour, f.offset), (0, Some(0)));
        let f = find_time("1402-11-06T14:30:00+03:30").unwrap().unwrap();
        assert_eq!((f.offset, f.start), (Some(12_600), 10));
        let f = find_time("۶ بهمن ۱۴۰۲ ساعت ۱۴:۳۰ به وقت تهران").unwrap().unwrap();
        assert_eq!(f.zone, Some(TimeZone::Iran));
    }

    /// The byte scan finds the numbers' starts that a walk over the
    /// characters finds, on every pair of characters of a mixed alphabet.
    #[test]
    fn number_starts_are_the_digits_that_start_numbers() {
        extern crate std;
        use std::string::String;
        use std::vec::Vec;
        let alphabet =
            ['1', '۱', '١', ':', '/', '-', '.', ' ', 'a', 'ب', '\u{200c}', '€', '😀', '٫'];
        let mut texts: Vec<String> = Vec::new();
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    texts.push([a, b, c, '2'].iter().collect());
                }
            }
        }
        texts.extend(["۶ بهمن ۱۴۰۲ ساعت ۱۴:۳۰", "1402/11/06 9 شب", "-12 و 1.5"].map(String::from));
        for text in &texts {
            let slow: Vec<usize> = text
                .char_indices()
                .filter(|&(i, c)| digit(c).is_some() && starts_number(text, i))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(number_starts(text).collect::<Vec<_>>(), slow, "{text}");
        }
    }

    /// The byte reader of digits reads what a walk over the characters
    /// reads.
    #[test]
    fn digits_read_as_characters_do() {
        extern crate std;
        use std::string::String;
        let alphabet = [
            '1', '۱', '١', '9', '۹', '٩', '0', '۰', '٠', ':', ' ', 'ب', '€', '\u{06FA}', '\u{066A}',
        ];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let text: String = [a, b, c].iter().collect();
                    for max in 0..4 {
                        let mut want = (0u32, 0usize, 0usize);
                        for ch in text.chars() {
                            match digit(ch) {
                                Some(d) if want.1 < max => {
                                    want = (want.0 * 10 + d, want.1 + 1, want.2 + ch.len_utf8());
                                }
                                _ => break,
                            }
                        }
                        assert_eq!(digits(&text, 0, max), want, "{text} {max}");
                    }
                }
            }
        }
    }
}
