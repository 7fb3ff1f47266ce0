//! The form of lunar Hijri dates: `۱۴ رجب ۱۴۴۵ ه‍.ق.`, `14 Rajab 1445 AH`,
//! a preset of the one pattern engine.

use core::fmt;

use super::{DateFormat, Digits, Locale};
use crate::ParseError;
use crate::hijri::{HijriDate, LunarCalendar};

/// The pattern of the form with the era.
const WITH_ERA: &str = "%-d %B %-Y %E";
/// The pattern of the form without it.
const WITHOUT_ERA: &str = "%-d %B %-Y";

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

    /// The [`DateFormat`] this form is: `%-d %B %-Y %E` (or without `%E`)
    /// in its locale and digits. Any other pattern writes and reads lunar
    /// dates the same way ([`DateFormat::display`],
    /// [`DateFormat::parse_hijri`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    ///
    /// let f = HijriFormat::new(Locale::Persian).date_format();
    /// assert_eq!(f.pattern(), "%-d %B %-Y %E");
    /// assert_eq!(f.locale(), Locale::Persian);
    /// ```
    pub fn date_format(self) -> DateFormat<'static> {
        let pattern = if self.era { WITH_ERA } else { WITHOUT_ERA };
        // Both patterns are valid (the examples show it); were one not,
        // the steps would still write it as it stands.
        DateFormat::new(pattern)
            .unwrap_or_else(|_| DateFormat::checked(pattern))
            .with_locale(self.locale)
            .with_digits(self.digits)
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
        self.date_format().write(out, date)
    }

    /// The date written in this form, as a `String`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriFormat::new(Locale::English).format(HijriDate::new(1446, 1, 10)?), "10 Muharram 1446 AH");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "alloc")]
    pub fn format<C: LunarCalendar>(self, date: HijriDate<C>) -> alloc::string::String {
        self.date_format().format(date)
    }

    /// Reads a date written in this form, in Iran's calendar (as
    /// [`DateFormat::parse_hijri`]).
    ///
    /// # Errors
    ///
    /// As [`DateFormat::parse_hijri`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    /// use shamsi::hijri::HijriDate;
    ///
    /// let f = HijriFormat::new(Locale::Persian);
    /// assert_eq!(f.parse("۱۴ رجب ۱۴۴۵ ه\u{200d}.ق.")?, HijriDate::new(1445, 7, 14)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(self, input: &str) -> Result<HijriDate, ParseError> {
        self.date_format().parse_hijri(input)
    }

    /// Reads a date of `calendar` written in this form.
    ///
    /// # Errors
    ///
    /// As [`DateFormat::parse_hijri`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{HijriFormat, Locale};
    /// use shamsi::hijri::UmmAlQura;
    ///
    /// let date = HijriFormat::new(Locale::English).parse_in(UmmAlQura, "14 Rajab 1445 AH")?;
    /// assert_eq!(date.to_gregorian().to_string(), "2024-01-26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_in<C: LunarCalendar>(
        self,
        calendar: C,
        input: &str,
    ) -> Result<HijriDate<C>, ParseError> {
        self.date_format().parse_hijri_in(calendar, input)
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
