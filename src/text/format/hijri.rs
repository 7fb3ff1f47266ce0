//! Writing lunar Hijri dates: `۱۴ رجب ۱۴۴۵ ه‍.ق.`, `14 Rajab 1445 AH`.

use core::fmt;

use super::{Digits, Locale};
use crate::hijri::{HijriDate, LunarCalendar};
use crate::names;

/// How a lunar Hijri date is written: day, month name, year and era, in a
/// locale's month names and digits.
///
/// Persian, Dari, Pashto and Sorani write the months as in Iran and
/// Afghanistan (`رجب`, `ذیحجه`) and the era `ه‍.ق.`; English and Persian in
/// Latin letters transliterate them (`Rajab`, `Dhu al-Hijjah`) with `AH`.
/// The lenient reader reads every form back
/// ([`Lenient::with_hijri`](crate::parse::Lenient::with_hijri)).
///
/// # Example
///
/// ```
/// use shamsi::format::{HijriFormat, Locale};
/// use shamsi::hijri::HijriDate;
///
/// let date = HijriDate::new(1445, 7, 14)?;
/// assert_eq!(HijriFormat::new(Locale::Persian).display(date).to_string(), "۱۴ رجب ۱۴۴۵ ه\u{200d}.ق.");
/// assert_eq!(HijriFormat::new(Locale::English).display(date).to_string(), "14 Rajab 1445 AH");
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HijriFormat {
    locale: Locale,
    digits: Digits,
    era: bool,
}

impl HijriFormat {
    /// The locale's names and digits, with the era.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    ///
    /// assert_eq!(HijriFormat::new(Locale::Dari).locale(), Locale::Dari);
    /// ```
    pub const fn new(locale: Locale) -> HijriFormat {
        HijriFormat { locale, digits: locale.default_digits(), era: true }
    }

    /// The same with other digits.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{Digits, HijriFormat, Locale};
    /// use shamsi::hijri::HijriDate;
    ///
    /// let f = HijriFormat::new(Locale::Persian).with_digits(Digits::Latin);
    /// assert_eq!(f.display(HijriDate::new(1445, 7, 14)?).to_string(), "14 رجب 1445 ه\u{200d}.ق.");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    #[must_use]
    pub const fn with_digits(self, digits: Digits) -> HijriFormat {
        HijriFormat { digits, ..self }
    }

    /// The same without the era.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    /// use shamsi::hijri::HijriDate;
    ///
    /// let f = HijriFormat::new(Locale::English).without_era();
    /// assert_eq!(f.display(HijriDate::new(1445, 12, 10)?).to_string(), "10 Dhu al-Hijjah 1445");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    #[must_use]
    pub const fn without_era(self) -> HijriFormat {
        HijriFormat { era: false, ..self }
    }

    /// The locale.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    ///
    /// assert_eq!(HijriFormat::new(Locale::English).locale(), Locale::English);
    /// ```
    pub const fn locale(self) -> Locale {
        self.locale
    }

    fn latin_names(self) -> bool {
        matches!(self.locale, Locale::English | Locale::PersianLatin)
    }

    /// Writes the date into `out`, allocating nothing.
    ///
    /// # Errors
    ///
    /// Only `out`'s.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    /// use shamsi::hijri::HijriDate;
    ///
    /// let mut s = String::new();
    /// HijriFormat::new(Locale::Pashto).write(HijriDate::new(1446, 10, 1)?, &mut s)?;
    /// assert_eq!(s, "۱ شوال ۱۴۴۶ ه\u{200d}.ق.");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write<C: LunarCalendar, W: fmt::Write + ?Sized>(
        self,
        date: HijriDate<C>,
        out: &mut W,
    ) -> fmt::Result {
        let number = |out: &mut W, n: i32| -> fmt::Result {
            if n < 0 {
                out.write_char('-')?;
            }
            let n = n.unsigned_abs();
            let mut digits = [0u8; 10];
            let mut len = 0;
            let mut v = n;
            loop {
                if let Some(slot) = digits.get_mut(len) {
                    *slot = (v % 10) as u8;
                }
                len += 1;
                v /= 10;
                if v == 0 || len == digits.len() {
                    break;
                }
            }
            for d in digits.iter().take(len).rev() {
                out.write_char(self.digits.digit(*d))?;
            }
            Ok(())
        };
        let month = usize::from(date.month() - 1);
        let names = if self.latin_names() {
            &names::LUNAR_HIJRI_MONTHS_EN
        } else {
            &names::LUNAR_HIJRI_MONTHS_FA
        };
        number(out, i32::from(date.day()))?;
        out.write_char(' ')?;
        out.write_str(names.get(month).copied().unwrap_or(""))?;
        out.write_char(' ')?;
        number(out, date.year())?;
        if self.era {
            out.write_char(' ')?;
            out.write_str(if self.latin_names() {
                names::ERA_LUNAR_HIJRI_EN
            } else {
                names::ERA_LUNAR_HIJRI_FA
            })?;
        }
        Ok(())
    }

    /// The date as a value that `Display`s in this form.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    /// use shamsi::hijri::HijriDate;
    ///
    /// let date = HijriDate::new(1445, 9, 21)?;
    /// assert_eq!(format!("{}", HijriFormat::new(Locale::Dari).display(date)), "۲۱ رمضان ۱۴۴۵ ه\u{200d}.ق.");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn display<C: LunarCalendar>(self, date: HijriDate<C>) -> HijriDisplay<C> {
        HijriDisplay { format: self, date }
    }
}

/// A lunar Hijri date with its [`HijriFormat`], for `Display`.
///
/// # Example
///
/// ```
/// use shamsi::format::{HijriFormat, Locale};
/// use shamsi::hijri::HijriDate;
///
/// let shown = HijriFormat::new(Locale::English).display(HijriDate::new(1446, 1, 10)?);
/// assert_eq!(shown.to_string(), "10 Muharram 1446 AH");
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct HijriDisplay<C: LunarCalendar> {
    format: HijriFormat,
    date: HijriDate<C>,
}

impl<C: LunarCalendar> fmt::Display for HijriDisplay<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.format.write(self.date, f)
    }
}
