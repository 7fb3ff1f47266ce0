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

use core::fmt;

use crate::JalaliDate;
use crate::rule::Rule;

/// The style of number words.
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

/// A number in Persian words, cardinal or ordinal, written by its
/// [`Display`](fmt::Display).
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
    style: WordStyle,
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
        Ok(NumberWords { value, style: WordStyle::Everyday, ordinal: false })
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
        NumberWords { style, ..self }
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
/// The scales, from the largest, with their powers of a thousand.
const SCALES: [(&str, i64); 5] = [
    ("تریلیون", 1_000_000_000_000),
    ("میلیارد", 1_000_000_000),
    ("میلیون", 1_000_000),
    ("هزار", 1_000),
    ("", 1),
];

/// The words of `n` in 1..=999 as they stand before or without a scale,
/// each word to `put` in order (the joining ` و ` included); `last` is set
/// to the last word written.
fn group(
    n: i64,
    style: WordStyle,
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
        if hundreds == 1 && style == WordStyle::Formal {
            part("یکصد", put)?;
        } else {
            part(word(&HUNDREDS, hundreds), put)?;
        }
    }
    if rest >= 20 {
        part(word(&TENS, rest / 10), put)?;
        if rest % 10 > 0 {
            part(word(&ONES, rest % 10), put)?;
        }
    } else if rest > 0 {
        part(word(&ONES, rest), put)?;
    }
    Ok(())
}

impl fmt::Display for NumberWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_words(f, self.value, self.style, self.ordinal)
    }
}

/// Writes the words of `value` (in range), with the ordinal suffix on the
/// last word when `ordinal`.
fn write_words<W: fmt::Write + ?Sized>(
    w: &mut W,
    value: i64,
    style: WordStyle,
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
        // A thousand alone is `هزار`, or `یک هزار` in the formal style.
        if !(count == 1 && size == 1_000 && style == WordStyle::Everyday) {
            group(count, style, &mut put)?;
            if !scale.is_empty() {
                put(" ")?;
            }
        }
        if !scale.is_empty() {
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

/// A Solar Hijri date in Persian words, as Iranian legal and banking forms
/// write it: the day as an ordinal, the month, `ماه`, and the year in words
/// («ششم بهمن ماه یک هزار و چهارصد و دو»). Made by
/// [`JalaliDate::in_words`].
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
        write_words(f, self.day.into(), self.style, true)?;
        f.write_str(" ")?;
        let month = crate::names::JALALI_MONTHS_FA.get(usize::from(self.month).wrapping_sub(1));
        f.write_str(month.copied().unwrap_or(""))?;
        f.write_str(" ماه ")?;
        // Every year of the range has words.
        write_words(f, self.year.into(), self.style, false)
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
