//! Reading dates from text: strictly, as a pattern says; leniently, as
//! people write them; and finding them in running text.
//!
//! - [`FromStr`](core::str::FromStr) for [`JalaliDate`](crate::JalaliDate)
//!   and [`GregorianDate`](crate::GregorianDate) reads the `YYYY-MM-DD` form
//!   their `Display` writes.
//! - [`DateFormat::parse`](crate::format::DateFormat::parse) reads what a
//!   pattern writes, so that `parse(format(d)) == d`.
//! - [`Lenient`] (and [`parse_lenient`]) reads one date as people write it,
//!   in any of the forms below.
//! - [`mentions`] finds the dates in a text.
//!
//! None of them allocates: the input is folded character by character as
//! it is read.
//!
//! # The `YYYY-MM-DD` form
//!
//! ```text
//! date  = ["-"] year "-" month "-" day
//! year  = 4DIGIT / 5DIGIT      ; ASCII digits, zero-padded
//! month = 2DIGIT
//! day   = 2DIGIT
//! ```
//!
//! Nothing may precede or follow the date. Whether the fields make a valid
//! date is checked by the date type.
//!
//! # The lenient grammar
//!
//! Before matching, the input is folded (see below); the grammar is then:
//!
//! ```text
//! input    = [weekday-1] date [era] [weekday-2] ["."]
//! weekday-1 = ["روز"] weekday [","]
//! weekday-2 = [","] weekday                   ; when there is no weekday-1
//! date     = numeric / day-month / year-month / month-first
//! numeric  = number sep number sep number     ; the same sep twice: "/" "-" "."
//! day-month  = ["روز"] day month ["ماه"] [[","] ["سال"] year]
//! year-month = year month day                 ; ICU's "۱۴۰۲ بهمن ۶"
//! month-first = month ["ماه"] ["سال"] year          ; month and year only
//!             / month day [[","] year]              ; "Bahman 6, 1402"
//! day      = 1*2DIGIT ["st" / "nd" / "rd" / "th" / "م" / "ام" / "ەم" / "ی"] / ordinal / cardinal
//! ordinal  = "یکم" / "اول" / "دوم" … "بیستم" / ("بیست" / "سی") "و" unit / "سی‌ام"
//! cardinal = "یک" … "بیست" / ("بیست" / "سی") "و" unit / "سی"
//! month    = a month name of any table (below), `ماه` may be glued to it
//! era      = "ه.ش" / "هجری شمسی" / "شمسی" / "خورشیدی" / "ش" / "خ" / "AP" / "SH"
//!          / "میلادی" / "م" / "AD" / "CE"           ; Gregorian
//!          / "ه.ق" / "هجری قمری" / "قمری" / "ق" / "AH" ; lunar Hijri
//! number   = 1*9DIGIT                          ; DIGIT: Latin, Persian, Arabic-Indic, mixed
//! ```
//!
//! Words may be separated by spaces or glued together (`۶بهمن۱۴۰۲`,
//! `۱۴۰۰هجری شمسی`), but a name must end where a word ends: `مه` is not
//! read in `مهر`, as the longest name that fits is taken. Dots in eras are
//! optional (`ه.ش.`, `هـ.ش`, `ه ش`).
//!
//! In a numeric date the year is the field of three or more digits, first
//! (`1402/11/06`) or last (`06/11/1402`, day first: Persian and Dari dates
//! are never month first). Three short numbers need a pivot year
//! ([`Lenient::with_pivot`]), and one above 31 to tell the year.
//!
//! Month names: Persian (`فروردین` …, also `امرداد`, `اردی بهشت`), Dari
//! (`حمل` …), Pashto (`وری` …), Sorani (`خاکەلێوە` …), English (`Farvardin`
//! …, `Far` …, `Amordad`, `Day`, `Dei`); Gregorian months as written in Iran
//! (`ژانویه`, `ژانویهٔ`, `مه`, `می`, `جولای`, `آگوست` …), Afghanistan
//! (`جنوری` …), in Pashto, Sorani and English (`March`, `Mar`); lunar Hijri
//! months (`رجب`, `ربیع‌الاول` …), which are recognized only to refuse them.
//! Weekdays: Persian (`سه‌شنبه`, `سه شنبه`, `سهشنبه`), Pashto, Sorani,
//! English (`Friday`, `Fri`) and Persian in Latin letters (`Jomeh`).
//!
//! # Folding
//!
//! Persian text online mixes Persian (U+06F0–U+06F9) and Arabic-Indic
//! (U+0660–U+0669) digits within one number, loses zero-width non-joiners,
//! uses Arabic letters for Persian ones and, when it comes out of a PDF,
//! presentation forms. So, as it is read:
//!
//! - bidi marks, zero-width characters, tatweel, diacritics and hamza above
//!   are skipped; every kind of space (NBSP, narrow NBSP …) is a space;
//! - `ي ى` read as `ی`, `ك` as `ک`, `ة ۀ` as `ه`, `أ إ آ` as `ا` (so `ابان`
//!   is `آبان`), Kurdish and Pashto letter variants likewise;
//! - Arabic presentation forms read as the letters they show (NFKC);
//! - digits of other scripts (Devanagari `१४०२` …) are an error, not a
//!   date; so are runs of more than nine digits.
//!
//! # Example
//!
//! ```
//! use shamsi::parse::{parse_lenient, Parsed};
//! use shamsi::{GregorianDate, JalaliDate, ParseErrorKind};
//!
//! let date = Parsed::Jalali(JalaliDate::new(1402, 11, 6)?);
//! for text in ["١۴٠٢/١١/٠۶", "جمعه، ۶ بهمن‌ماه ۱۴۰۲ ه.ش.", "ششم بهمنماه ۱۴۰۲", "06 Bahman 1402"] {
//!     assert_eq!(parse_lenient(text)?, date);
//! }
//! let jan26 = Parsed::Gregorian(GregorianDate::new(2024, 1, 26)?);
//! assert_eq!(parse_lenient("۲۶ ژانویهٔ ۲۰۲۴")?, jan26);
//! assert_eq!(parse_lenient("1402/12/30").unwrap_err().offset(), 8);
//! assert_eq!(parse_lenient("१४०२/११/०६").unwrap_err().kind(), ParseErrorKind::UnsupportedDigit);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;

use crate::{ParseError, ParseErrorKind};

mod extract;
mod lenient;
mod pattern;
mod presentation;
mod text;

pub use extract::{mentions, Mention, Mentions, Pair};
pub use lenient::{parse_lenient, Expect, Lenient, Parsed, PartialDate};

/// Writes `YYYY-MM-DD`, or `-YYYY-MM-DD` for a negative year.
pub(crate) fn write_ymd(f: &mut fmt::Formatter<'_>, year: i32, month: u8, day: u8) -> fmt::Result {
    if year < 0 {
        f.write_str("-")?;
    }
    write!(f, "{:04}-{month:02}-{day:02}", year.unsigned_abs())
}

/// Reads exactly `min..=max` ASCII digits at `pos`.
fn digits(
    bytes: &[u8],
    pos: usize,
    min: usize,
    max: usize,
    what: &'static str,
) -> Result<(u32, usize), ParseError> {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        match bytes.get(pos + n) {
            Some(b) if b.is_ascii_digit() => {
                value = value * 10 + u32::from(b - b'0');
                n += 1;
            }
            _ => break,
        }
    }
    if n < min {
        let kind = if pos + n >= bytes.len() {
            ParseErrorKind::UnexpectedEnd
        } else {
            ParseErrorKind::Expected(what)
        };
        return Err(ParseError::new(kind, pos + n));
    }
    Ok((value, pos + n))
}

fn expect(bytes: &[u8], pos: usize, byte: u8, what: &'static str) -> Result<usize, ParseError> {
    match bytes.get(pos) {
        Some(&b) if b == byte => Ok(pos + 1),
        Some(_) => Err(ParseError::new(ParseErrorKind::Expected(what), pos)),
        None => Err(ParseError::new(ParseErrorKind::UnexpectedEnd, pos)),
    }
}

/// Reads `[-]YYYY-MM-DD` into (year, month, day), unchecked beyond its
/// shape.
pub(crate) fn parse_ymd(s: &str) -> Result<(i32, u8, u8), ParseError> {
    let bytes = s.as_bytes();
    let negative = bytes.first() == Some(&b'-');
    let pos = usize::from(negative);
    let (year, pos) = digits(bytes, pos, 4, 5, "a four-digit year")?;
    let pos = expect(bytes, pos, b'-', "'-'")?;
    let (month, pos) = digits(bytes, pos, 2, 2, "two digits")?;
    let pos = expect(bytes, pos, b'-', "'-'")?;
    let (day, pos) = digits(bytes, pos, 2, 2, "two digits")?;
    if pos != bytes.len() {
        return Err(ParseError::new(ParseErrorKind::TrailingInput, pos));
    }
    // At most five digits: the year fits an i32, month and day a u8.
    let year = if negative { -(year as i32) } else { year as i32 };
    Ok((year, month as u8, day as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(parse_ymd("1402-11-06"), Ok((1402, 11, 6)));
        assert_eq!(parse_ymd("-0001-12-29"), Ok((-1, 12, 29)));
        assert_eq!(parse_ymd("-10621-10-11"), Ok((-10621, 10, 11)));
        let err = |s: &str| parse_ymd(s).unwrap_err();
        assert_eq!(err("").kind(), ParseErrorKind::UnexpectedEnd);
        assert_eq!(err("140-11-06").offset(), 3);
        assert_eq!(err("1402-11-06 ").kind(), ParseErrorKind::TrailingInput);
        assert_eq!(err("1402-11-06 ").offset(), 10);
        assert_eq!(err("1402-11").kind(), ParseErrorKind::UnexpectedEnd);
        assert_eq!(err("1402/11/06").kind(), ParseErrorKind::Expected("'-'"));
        assert_eq!(err("۱۴۰۲-11-06").offset(), 0);
        assert_eq!(err("140211-11-06").offset(), 5);
    }
}
