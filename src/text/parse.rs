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

mod clock;
mod extract;
mod lenient;

mod presentation;
mod text;

pub use extract::{Mention, Mentions, Pair, mentions};
pub use lenient::{
    DateTimeParsed, Expect, FieldOrder, Lenient, Parsed, PartialDate, parse_lenient,
};

/// For the tests and fuzzing: the first character boundary of `text` (or its
/// end) where the lenient reader's indexed word lookups find other than
/// trying every spelling in order, if any.
#[cfg(any(test, fuzzing))]
#[doc(hidden)]
pub fn index_disagreement(text: &str) -> Option<usize> {
    lenient::index_disagreement(text)
}
