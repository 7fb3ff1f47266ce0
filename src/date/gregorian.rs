//! A small proleptic Gregorian date type, so the core needs no other crate.

use core::fmt;

use crate::arith::calc;
use crate::{Calendar, DateError, Field, JalaliDate, Month, Weekday};

/// A date in the proleptic Gregorian calendar, from -9999-01-01 to
/// 9999-12-31 (astronomical year numbering: year 0 is 1 BC).
///
/// It exists to give the Solar Hijri dates something to convert to and
/// from without a dependency; with the optional features it converts to
/// the date types of other crates.
///
/// # Example
///
/// ```
/// use shamsi::GregorianDate;
///
/// let date = GregorianDate::new(2024, 1, 26)?;
/// assert_eq!(date.to_jalali().to_string(), "1402-11-06");
/// assert_eq!("2024-01-26".parse::<GregorianDate>()?, date);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GregorianDate {
    year: i16,
    month: u8,
    day: u8,
}

impl GregorianDate {
    /// The first supported date, -9999-01-01.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::MIN.year(), -9999);
    /// ```
    pub const MIN: GregorianDate = GregorianDate { year: -9999, month: 1, day: 1 };

    /// The last supported date, 9999-12-31.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::MAX.to_string(), "9999-12-31");
    /// ```
    pub const MAX: GregorianDate = GregorianDate { year: 9999, month: 12, day: 31 };

    /// A Gregorian date.
    ///
    /// # Errors
    ///
    /// When the year is not in -9999..=9999, the month not in 1..=12, or the
    /// day does not exist in that month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert!(GregorianDate::new(2024, 2, 29).is_ok());
    /// let err = GregorianDate::new(2023, 2, 29).unwrap_err();
    /// assert_eq!(err.to_string(), "day 29 is out of range 1..=28 for gregorian month 2 of year 2023");
    /// ```
    #[inline]
    pub const fn new(year: i32, month: u8, day: u8) -> Result<GregorianDate, DateError> {
        // One comparison for the year and one table lookup for the month
        // and the day pass every valid date but 29 February.
        if year < -9999 || year > 9999 || !calc::gregorian_common_day(month, day) {
            // The date is rebuilt from the arguments, not returned by the
            // check: the compiler then merges the two paths in registers.
            if let Err(e) = GregorianDate::check(year, month, day) {
                return Err(e);
            }
        }
        Ok(GregorianDate::from_parts(year, month, day))
    }

    /// [`new`](Self::new)'s checks field by field: 29 February, and the
    /// errors.
    const fn check(year: i32, month: u8, day: u8) -> Result<(), DateError> {
        if year < -9999 || year > 9999 {
            return Err(DateError::FieldOutOfRange {
                field: Field::Year,
                value: year as i64,
                min: -9999,
                max: 9999,
            });
        }
        if let Err(e) = Month::new(month) {
            return Err(e);
        }
        // Every month has 28 days; past that the month and the year decide.
        if day < 1 || (day > 28 && day > calc::gregorian_month_length(year, month)) {
            let max = calc::gregorian_month_length(year, month);
            return Err(DateError::InvalidDay {
                calendar: Calendar::Gregorian,
                year,
                month,
                day,
                max,
            });
        }
        Ok(())
    }

    /// A date from fields already known to be valid.
    #[inline]
    pub(crate) const fn from_parts(year: i32, month: u8, day: u8) -> GregorianDate {
        GregorianDate { year: year as i16, month, day }
    }

    /// The date of a day number inside the range.
    #[inline]
    pub(crate) const fn from_day_number_unchecked(day: i32) -> GregorianDate {
        let (year, month, day) = calc::day_to_gregorian(day);
        GregorianDate::from_parts(year, month, day)
    }

    /// The date of a day number (days since 1970-01-01).
    ///
    /// # Errors
    ///
    /// When the day is outside [`MIN`](Self::MIN)..=[`MAX`](Self::MAX).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::from_day_number(19_748)?.to_string(), "2024-01-26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn from_day_number(day: i32) -> Result<GregorianDate, DateError> {
        let (lo, hi) = (GregorianDate::MIN.to_day_number(), GregorianDate::MAX.to_day_number());
        if day < lo || day > hi {
            return Err(DateError::FieldOutOfRange {
                field: Field::DayNumber,
                value: day as i64,
                min: lo as i64,
                max: hi as i64,
            });
        }
        Ok(GregorianDate::from_day_number_unchecked(day))
    }

    /// The date of a Julian Day Number.
    ///
    /// # Errors
    ///
    /// When the day is outside [`MIN`](Self::MIN)..=[`MAX`](Self::MAX).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::from_julian_day(2_451_545)?.to_string(), "2000-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_julian_day(jdn: i32) -> Result<GregorianDate, DateError> {
        match JalaliDate::from_julian_day(jdn) {
            Ok(d) => Ok(d.to_gregorian()),
            Err(e) => Err(e),
        }
    }

    /// The year.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2024, 1, 26)?.year(), 2024);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn year(self) -> i32 {
        self.year as i32
    }

    /// The month, 1..=12.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2024, 1, 26)?.month(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The month, 1..=12: the same as [`month`](Self::month), under the name
    /// that gives a `u8` on every date type ([`JalaliDate::month_number`](crate::JalaliDate::month_number),
    /// [`HijriDate::month_number`](crate::hijri::HijriDate::month_number)).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2024, 1, 26)?.month_number(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn month_number(self) -> u8 {
        self.month
    }

    /// The day of the month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2024, 1, 26)?.day(), 26);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The number of days since 1970-01-01.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(1970, 1, 1)?.to_day_number(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn to_day_number(self) -> i32 {
        calc::gregorian_to_day(self.year as i32, self.month, self.day)
    }

    /// The Julian Day Number.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2000, 1, 1)?.to_julian_day(), 2_451_545);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_julian_day(self) -> i32 {
        self.to_day_number() + 2_440_588
    }

    /// The official Solar Hijri date of the same day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2025, 3, 20)?.to_jalali().to_string(), "1403-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn to_jalali(self) -> JalaliDate {
        JalaliDate::from_gregorian(self)
    }

    /// The day of the week.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{GregorianDate, Weekday};
    ///
    /// assert_eq!(GregorianDate::new(2024, 1, 26)?.weekday(), Weekday::Friday);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn weekday(self) -> Weekday {
        Weekday::from_day_number(self.to_day_number())
    }

    /// Whether the year is leap (29 February exists).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert!(GregorianDate::new(2000, 1, 1)?.is_leap_year());
    /// assert!(!GregorianDate::new(1900, 1, 1)?.is_leap_year());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn is_leap_year(self) -> bool {
        calc::gregorian_is_leap(self.year as i32)
    }

    /// The number of days in the month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2024, 2, 1)?.days_in_month(), 29);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn days_in_month(self) -> u8 {
        calc::gregorian_month_length(self.year as i32, self.month)
    }

    /// The day of the year, 1..=366.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(GregorianDate::new(2024, 3, 1)?.day_of_year(), 61);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn day_of_year(self) -> u16 {
        (self.to_day_number() - calc::gregorian_to_day(self.year as i32, 1, 1) + 1) as u16
    }

    /// The date `days` days later (earlier when negative), or `None` if
    /// that is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDate;
    ///
    /// let date = GregorianDate::new(2024, 2, 28)?;
    /// assert_eq!(date.checked_add_days(1).map(|d| d.to_string()), Some("2024-02-29".into()));
    /// assert_eq!(GregorianDate::MAX.checked_add_days(1), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add_days(self, days: i32) -> Option<GregorianDate> {
        let n = self.to_day_number() as i64 + days as i64;
        if n < i32::MIN as i64 || n > i32::MAX as i64 {
            return None;
        }
        match GregorianDate::from_day_number(n as i32) {
            Ok(d) => Some(d),
            Err(_) => None,
        }
    }
}

impl fmt::Display for GregorianDate {
    /// Writes `YYYY-MM-DD` (ISO 8601), the year zero-padded to four digits
    /// and preceded by `-` when negative.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::iso::write_ymd(f, self.year(), self.month, self.day)
    }
}

impl fmt::Debug for GregorianDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GregorianDate({self})")
    }
}

impl core::str::FromStr for GregorianDate {
    type Err = crate::ParseError;

    /// Reads ISO 8601's `YYYY-MM-DD`, a year with a sign and six digits as
    /// RFC 9557 and Temporal write it (`-000001`, `+002024`; not `-000000`),
    /// and `-YYYY` as [`Display`](fmt::Display) writes a negative year;
    /// RFC 9557 annotations after it (`[u-ca=persian]`) are read and change
    /// nothing, the fields being ISO. An impossible date is an error at its
    /// field.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::date::gregorian::parse_gregorian_date(s)
    }
}

/// Reads an ISO 8601 date, `YYYY-MM-DD` (or a signed year, `-000001`,
/// `+002024`, `-0001`), with RFC 9557 annotations or none.
pub(crate) fn parse_gregorian_date(s: &str) -> Result<crate::GregorianDate, crate::ParseError> {
    crate::ParseError::check_len(s)?;
    if s.as_bytes().contains(&b'[') {
        return parse_annotated_date(s);
    }
    let mut c = crate::iso::Cursor::new(s);
    let (year, month, day) = c.iso_ymd()?;
    c.end()?;
    crate::GregorianDate::new(year, month, day).map_err(|e| crate::iso::invalid_date(e, s.len()))
}

/// Reads an RFC 9557 date, ISO fields and at least one annotation
/// (`2024-01-26[u-ca=persian]`); without one, the calendar is not known:
/// [`crate::ParseErrorKind::NoCalendar`].
pub(crate) fn parse_annotated_date(s: &str) -> Result<crate::GregorianDate, crate::ParseError> {
    crate::ParseError::check_len(s)?;
    let mut c = crate::iso::Cursor::new(s);
    let (year, month, day) = c.iso_ymd()?;
    let end = c.pos();
    let found = c.annotations()?;
    c.end()?;
    if !found.any {
        return Err(crate::ParseError::new(crate::ParseErrorKind::NoCalendar, end));
    }
    if let Some((_, at)) = found.zone {
        return Err(crate::ParseError::new(crate::ParseErrorKind::UnexpectedOffset, at));
    }
    crate::GregorianDate::new(year, month, day).map_err(|e| crate::iso::invalid_date(e, end))
}
