//! The Solar Hijri date type.

use core::fmt;
use core::marker::PhantomData;

use crate::arith::calc;
use crate::rule::{Official, Rule, RuleKind};
use crate::{
    Calendar, DateError, Field, GregorianDate, Month, ParseError, ParseErrorKind, Weekday,
};

/// A date in the Solar Hijri (Jalali, Persian) calendar.
///
/// The year has twelve months: six of 31 days (Farvardin, Ordibehesht,
/// Khordad, Tir, Mordad, Shahrivar), five of 30 (Mehr, Aban, Azar, Dey,
/// Bahman) and Esfand, of 29 days, or 30 in a leap year. The year begins at
/// Nowruz, the March equinox.
///
/// Which years are leap is decided by the rule `R`, by default [`Official`],
/// the calendar of Iran (the day of the equinox, computed as the 33-year
/// rule with the corrections of [`CORRECTED_YEARS`](crate::CORRECTED_YEARS),
/// day for day the same as ICU's `persian` calendar). Other rules, for
/// reproducing other libraries, are in [`rule`](crate::rule).
///
/// The calendar is proleptic: it is extended, with the same rule, to every
/// day from -9999-01-01 to 9999-12-31 in the Gregorian calendar, Solar Hijri
/// years -10621 to 9378 (with a year 0, as ICU numbers them), the first and
/// last of them partial. [`JalaliDate::MIN`] and [`JalaliDate::MAX`] are the
/// ends.
///
/// Dates are compared and hashed by (year, month, day), which is
/// chronological. The type is 4 bytes and `Copy`.
///
/// # Example
///
/// ```
/// use shamsi::{GregorianDate, JalaliDate, Month, Weekday};
///
/// let date = JalaliDate::new(1402, 11, 6)?;
/// assert_eq!(date.month(), Month::Bahman);
/// assert_eq!(date.weekday(), Weekday::Friday);
/// assert_eq!(date.to_gregorian(), GregorianDate::new(2024, 1, 26)?);
/// assert_eq!(date.to_string(), "1402-11-06");
/// assert_eq!("1402-11-06".parse::<JalaliDate>()?, date);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JalaliDate<R: Rule = Official> {
    year: i16,
    month: u8,
    day: u8,
    rule: PhantomData<R>,
}

/// What to do when month or year arithmetic lands on a day its month does
/// not have (31 Shahrivar + 1 month, 30 Esfand + 1 year).
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, MonthEnd};
///
/// let date = JalaliDate::new(1403, 12, 30)?;
/// assert_eq!(date.add_years(1, MonthEnd::Clamp)?.to_string(), "1404-12-29");
/// assert!(date.add_years(1, MonthEnd::Reject).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthEnd {
    /// Use the last day of the month instead.
    Clamp,
    /// Fail with [`DateError::InvalidDay`].
    Reject,
}

/// A difference between two dates in years, months and days, as
/// [`JalaliDate::until`] measures it and [`JalaliDate::add_period`] adds it
/// back, where all three parts have the same sign.
///
/// Displayed in ISO 8601 duration form, `P1Y2M3D` (`-P1Y2M3D` when negative),
/// and read back from it; a period built with parts of different signs is
/// written with each part's sign (`P1Y-1M`), which reads back to it.
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, Period};
///
/// let a = JalaliDate::new(1402, 11, 6)?;
/// let b = JalaliDate::new(1404, 1, 1)?;
/// assert_eq!(a.until(b), Period { years: 1, months: 1, days: 25 });
/// assert_eq!(a.until(b).to_string(), "P1Y1M25D");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Period {
    /// Whole years.
    pub years: i32,
    /// Whole months beyond the years (-11..=11).
    pub months: i32,
    /// Days beyond the months.
    pub days: i32,
}

impl fmt::Display for Period {
    /// `P1Y2M3D`, `-P1Y2M3D` when every part is zero or negative, and each
    /// part with its own sign when the signs differ (`P1Y-1M`, as
    /// `java.time.Period` writes it): never another duration.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = [(self.years, 'Y'), (self.months, 'M'), (self.days, 'D')];
        let all_negative = parts.iter().all(|&(v, _)| v <= 0);
        let mixed = !all_negative && parts.iter().any(|&(v, _)| v < 0);
        f.write_str(if all_negative && parts.iter().any(|&(v, _)| v < 0) { "-P" } else { "P" })?;
        let mut wrote = false;
        for (value, unit) in parts {
            if value != 0 || (unit == 'D' && !wrote) {
                if mixed {
                    write!(f, "{value}{unit}")?;
                } else {
                    write!(f, "{}{unit}", value.unsigned_abs())?;
                }
                wrote = true;
            }
        }
        Ok(())
    }
}

impl core::str::FromStr for Period {
    type Err = ParseError;

    /// Reads what [`Display`](fmt::Display) writes: `P1Y2M3D`, `-P1Y2M3D`,
    /// `P1Y-1M`, with the parts in that order and each at most once.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Period;
    ///
    /// let p = Period { years: 1, months: -1, days: 0 };
    /// assert_eq!(p.to_string(), "P1Y-1M");
    /// assert_eq!("P1Y-1M".parse::<Period>()?, p);
    /// assert_eq!("-P2M".parse::<Period>()?, Period { years: 0, months: -2, days: 0 });
    /// assert!("P1D2M".parse::<Period>().is_err());
    /// # Ok::<(), shamsi::ParseError>(())
    /// ```
    fn from_str(s: &str) -> Result<Period, ParseError> {
        ParseError::check_len(s)?;
        let err = |kind, at| ParseError::new(kind, at);
        let bytes = s.as_bytes();
        let (negative, mut at) = match bytes.first() {
            Some(b'-') => (true, 1),
            _ => (false, 0),
        };
        if bytes.get(at) != Some(&b'P') {
            let kind = if at >= bytes.len() {
                ParseErrorKind::UnexpectedEnd
            } else {
                ParseErrorKind::Expected("'P'")
            };
            return Err(err(kind, at));
        }
        at += 1;
        let mut parts = [0i32; 3];
        let mut next = 0;
        while at < bytes.len() {
            let start = at;
            let minus = bytes.get(at) == Some(&b'-');
            if minus {
                if negative {
                    return Err(err(
                        ParseErrorKind::Expected("a part without a sign after -P"),
                        at,
                    ));
                }
                at += 1;
            }
            let digits = bytes
                .get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if digits == 0 {
                return Err(err(ParseErrorKind::Expected("a number"), at));
            }
            let text = s.get(at..at + digits).unwrap_or("");
            let value: i64 = text.parse().map_err(|_| err(ParseErrorKind::TooManyDigits, at))?;
            at += digits;
            let slot = match bytes.get(at) {
                Some(b'Y') => 0,
                Some(b'M') => 1,
                Some(b'D') => 2,
                None => return Err(err(ParseErrorKind::UnexpectedEnd, at)),
                Some(_) => return Err(err(ParseErrorKind::Expected("Y, M or D"), at)),
            };
            if slot < next {
                return Err(err(ParseErrorKind::Expected("the parts in the order Y, M, D"), at));
            }
            let value = if minus || negative { -value } else { value };
            if let Some(part) = parts.get_mut(slot) {
                *part =
                    i32::try_from(value).map_err(|_| err(ParseErrorKind::TooManyDigits, start))?;
            }
            next = slot + 1;
            at += 1;
        }
        if next == 0 {
            return Err(err(ParseErrorKind::UnexpectedEnd, at));
        }
        Ok(Period { years: parts[0], months: parts[1], days: parts[2] })
    }
}

// --- The official calendar: constructors that need no rule value ----------

impl JalaliDate {
    /// Reads the Jalali text `YYYY-MM-DD` of any year, as
    /// [`Display`](fmt::Display) writes it, without the check of `FromStr`
    /// that refuses a bare year from 1700 on as Gregorian-looking: for text
    /// known to be Jalali.
    ///
    /// # Errors
    ///
    /// When the text is not of that form or names no date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, ParseErrorKind};
    ///
    /// let far = JalaliDate::parse_jalali("1800-01-01")?;
    /// assert_eq!(far.to_gregorian().to_string(), "2421-03-20");
    /// let err = "1800-01-01".parse::<JalaliDate>().unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::NoCalendar);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_jalali(s: &str) -> Result<JalaliDate, ParseError> {
        crate::date::jalali::parse_jalali_date(s, false)
    }

    /// The first supported date, 11 Dey -10621, which is -9999-01-01.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::MIN.to_string(), "-10621-10-11");
    /// assert_eq!(JalaliDate::MIN.to_gregorian().to_string(), "-9999-01-01");
    /// ```
    pub const MIN: JalaliDate =
        JalaliDate::from_day_number_unchecked(RuleKind::Official.day_range().0);

    /// The last supported date, 10 Dey 9378, which is 9999-12-31.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::MAX.to_string(), "9378-10-10");
    /// assert_eq!(JalaliDate::MAX.to_gregorian().to_string(), "9999-12-31");
    /// ```
    pub const MAX: JalaliDate =
        JalaliDate::from_day_number_unchecked(RuleKind::Official.day_range().1);

    /// A date in the official calendar.
    ///
    /// # Errors
    ///
    /// When the month is not in 1..=12, the day does not exist in that
    /// month (30 Esfand of a common year), or the date is outside
    /// [`MIN`](Self::MIN)..=[`MAX`](Self::MAX).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2025-03-20");
    /// assert!(JalaliDate::new(1404, 12, 30).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn new(year: i32, month: u8, day: u8) -> Result<JalaliDate, DateError> {
        JalaliDate::new_in(Official, year, month, day)
    }

    /// The official Solar Hijri date of a Gregorian date. Every Gregorian
    /// date has one.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{GregorianDate, JalaliDate};
    ///
    /// let date = JalaliDate::from_gregorian(GregorianDate::new(2025, 3, 21)?);
    /// assert_eq!(date.to_string(), "1404-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn from_gregorian(date: GregorianDate) -> JalaliDate {
        JalaliDate::from_day_number_unchecked(date.to_day_number())
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
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_day_number(0)?.to_string(), "1348-10-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn from_day_number(day: i32) -> Result<JalaliDate, DateError> {
        JalaliDate::from_day_number_in(Official, day)
    }

    /// The date of a Julian Day Number (the JDN of 1970-01-01 is 2440588).
    ///
    /// # Errors
    ///
    /// When the day is outside [`MIN`](Self::MIN)..=[`MAX`](Self::MAX).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_julian_day(2_460_336)?.to_string(), "1402-11-06");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_julian_day(jdn: i32) -> Result<JalaliDate, DateError> {
        JalaliDate::from_julian_day_in(Official, jdn)
    }

    /// The date of the `ordinal`-th day (1-based) of `year`.
    ///
    /// # Errors
    ///
    /// When `ordinal` is 0 or beyond the year's length, or the date is out of
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_ordinal(1403, 366)?.to_string(), "1403-12-30");
    /// assert!(JalaliDate::from_ordinal(1404, 366).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_ordinal(year: i32, ordinal: u16) -> Result<JalaliDate, DateError> {
        JalaliDate::from_ordinal_in(Official, year, ordinal)
    }

    /// The Gregorian date of 1 Farvardin (Nowruz) of `year`, as every
    /// `nowruz` of the crate gives it (the rules', the astronomy's).
    ///
    /// # Errors
    ///
    /// When it is outside [`MIN`](Self::MIN)..=[`MAX`](Self::MAX).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::nowruz(1404)?.to_string(), "2025-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn nowruz(year: i32) -> Result<GregorianDate, DateError> {
        match JalaliDate::new(year, 1, 1) {
            Ok(date) => Ok(date.to_gregorian()),
            Err(e) => Err(e),
        }
    }
}

// --- Every rule ------------------------------------------------------------

impl<R: Rule> JalaliDate<R> {
    const KIND: RuleKind = R::KIND;

    /// Builds a date without checks; the fields must make a valid date.
    #[inline]
    const fn from_parts(year: i32, month: u8, day: u8) -> Self {
        JalaliDate { year: year as i16, month, day, rule: PhantomData }
    }

    /// The date of a day number inside the rule's range.
    #[inline]
    pub(crate) const fn from_day_number_unchecked(day: i32) -> Self {
        let (year, ordinal) = Self::KIND.year_ordinal(day);
        let (month, day) = calc::month_day_from_ordinal0(ordinal);
        JalaliDate::from_parts(year, month, day)
    }

    /// A date under the rule `rule`.
    ///
    /// # Errors
    ///
    /// When the year is outside the rule's years, the month is not in
    /// 1..=12, the day does not exist in that month, or the date is outside
    /// the rule's range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::Birashk;
    /// use shamsi::JalaliDate;
    ///
    /// let date = JalaliDate::new_in(Birashk, 1404, 12, 30)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2026-03-20");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn new_in(rule: R, year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        let _ = rule;
        // Inside the first and last (partial) years, one table lookup for
        // the month and the day passes every valid date but 30 Esfand.
        let (first, last) = Self::KIND.years();
        if year > first && year < last && calc::jalali_common_day(month, day) {
            return Ok(JalaliDate::from_parts(year, month, day));
        }
        // The date is rebuilt from the arguments, not returned by the check:
        // the compiler then merges the two paths in registers.
        match Self::check(year, month, day) {
            Ok(()) => Ok(JalaliDate::from_parts(year, month, day)),
            Err(e) => Err(e),
        }
    }

    /// [`new_in`](Self::new_in)'s checks field by field: 30 Esfand, the
    /// partial years, and the errors.
    ///
    /// Out of line and cold, so that `new_in` stays a few instructions and
    /// is inlined wherever it is called. Inlined into `new_in` (as with one
    /// codegen unit or LTO), `check` made it too big to inline at its
    /// several call sites, and every date then paid a call and a 32-byte
    /// `Result` written to the stack and read back.
    #[cold]
    #[inline(never)]
    const fn check(year: i32, month: u8, day: u8) -> Result<(), DateError> {
        let kind = Self::KIND;
        if let Err(e) = kind.check_year(year) {
            return Err(e);
        }
        if let Err(e) = Month::new(month) {
            return Err(e);
        }
        // Every month has 29 days; past that the month, and for Esfand the
        // leap rule, decide.
        if day < 1 || (day > 29 && day > Self::last_day(year, month)) {
            let max = Self::last_day(year, month);
            return Err(DateError::InvalidDay {
                calendar: Calendar::Jalali,
                year,
                month,
                day,
                max,
            });
        }
        let date = Self::from_parts(year, month, day);
        // Only the first and last years are partial.
        let (first, last) = kind.years();
        if year == first || year == last {
            let n = date.to_day_number();
            let (lo, hi) = kind.day_range();
            if n < lo || n > hi {
                return Err(DateError::OutOfRange {
                    calendar: Calendar::Jalali,
                    year,
                    month,
                    day,
                    rule: kind,
                });
            }
        }
        Ok(())
    }

    /// The last day of a month (1..=12) of a year inside the rule's years;
    /// only Esfand needs the leap rule.
    #[inline]
    const fn last_day(year: i32, month: u8) -> u8 {
        if month < 12 {
            calc::month_length(month, false)
        } else {
            29 + Self::KIND.is_leap_unchecked(year) as u8
        }
    }

    /// The date of a Gregorian date under the rule `rule`.
    ///
    /// # Errors
    ///
    /// When the date is outside the rule's range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::Borkowski;
    /// use shamsi::{GregorianDate, JalaliDate};
    ///
    /// let g = GregorianDate::new(2024, 1, 26)?;
    /// assert_eq!(JalaliDate::from_gregorian_in(Borkowski, g)?.to_string(), "1402-11-06");
    /// assert!(JalaliDate::from_gregorian_in(Borkowski, GregorianDate::new(5000, 1, 1)?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn from_gregorian_in(rule: R, date: GregorianDate) -> Result<Self, DateError> {
        let _ = rule;
        let n = date.to_day_number();
        let (lo, hi) = Self::KIND.day_range();
        // The check first and the date built after it, not one result mapped
        // into another: the compiler keeps the date in registers.
        if n < lo || n > hi {
            return Err(DateError::OutOfRange {
                calendar: Calendar::Gregorian,
                year: date.year(),
                month: date.month(),
                day: date.day(),
                rule: Self::KIND,
            });
        }
        Ok(JalaliDate::from_day_number_unchecked(n))
    }

    /// The date of a day number (days since 1970-01-01) under the rule `rule`.
    ///
    /// # Errors
    ///
    /// When the day is outside the rule's range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::Rule33;
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_day_number_in(Rule33, 0)?.to_string(), "1348-10-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn from_day_number_in(rule: R, day: i32) -> Result<Self, DateError> {
        let _ = rule;
        let (lo, hi) = Self::KIND.day_range();
        if day < lo || day > hi {
            return Err(DateError::FieldOutOfRange {
                field: Field::DayNumber,
                value: day as i64,
                min: lo as i64,
                max: hi as i64,
            });
        }
        Ok(JalaliDate::from_day_number_unchecked(day))
    }

    /// The date of a Julian Day Number under the rule `rule`.
    ///
    /// # Errors
    ///
    /// When the day is outside the rule's range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::Official;
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_julian_day_in(Official, 2_440_588)?.to_string(), "1348-10-11");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_julian_day_in(rule: R, jdn: i32) -> Result<Self, DateError> {
        let _ = rule;
        let (lo, hi) = Self::KIND.day_range();
        let (lo, hi) =
            (lo as i64 + JULIAN_DAY_OF_EPOCH as i64, hi as i64 + JULIAN_DAY_OF_EPOCH as i64);
        let j = jdn as i64;
        if j < lo || j > hi {
            return Err(DateError::FieldOutOfRange {
                field: Field::JulianDay,
                value: j,
                min: lo,
                max: hi,
            });
        }
        Ok(JalaliDate::from_day_number_unchecked(jdn - JULIAN_DAY_OF_EPOCH))
    }

    /// The date of the `ordinal`-th day (1-based) of `year` under the rule
    /// `rule`.
    ///
    /// # Errors
    ///
    /// When `ordinal` is 0 or beyond the year's length, or the date is out
    /// of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::Birashk;
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::from_ordinal_in(Birashk, 1404, 366)?.to_string(), "1404-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_ordinal_in(rule: R, year: i32, ordinal: u16) -> Result<Self, DateError> {
        let len = match Self::KIND.days_in_year(year) {
            Ok(len) => len,
            Err(e) => return Err(e),
        };
        if ordinal < 1 || ordinal > len {
            return Err(DateError::FieldOutOfRange {
                field: Field::DayOfYear,
                value: ordinal as i64,
                min: 1,
                max: len as i64,
            });
        }
        let (month, day) = calc::month_day_from_ordinal0(ordinal - 1);
        JalaliDate::new_in(rule, year, month, day)
    }

    /// The year (astronomical numbering: 0 is the year before 1).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.year(), 1402);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn year(self) -> i32 {
        self.year as i32
    }

    /// The month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Month};
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.month(), Month::Bahman);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn month(self) -> Month {
        Month::from_number_wrapping(self.month)
    }

    /// The month's number, 1..=12.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.month_number(), 11);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn month_number(self) -> u8 {
        self.month
    }

    /// The day of the month, 1..=31.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.day(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The rule the date is reckoned by.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Official, RuleKind, Rule};
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.rule().kind(), RuleKind::Official);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rule(self) -> R {
        R::default()
    }

    /// The number of days since 1970-01-01 (negative before it).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1348, 10, 11)?.to_day_number(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn to_day_number(self) -> i32 {
        Self::KIND.nowruz_day(self.year as i32)
            + calc::days_before_month(self.month) as i32
            + self.day as i32
            - 1
    }

    /// The Julian Day Number (of the day starting at the noon that falls on
    /// this date).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.to_julian_day(), 2_460_336);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn to_julian_day(self) -> i32 {
        self.to_day_number() + JULIAN_DAY_OF_EPOCH
    }

    /// The Gregorian date of the same day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1309, 1, 1)?.to_gregorian().to_string(), "1930-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn to_gregorian(self) -> GregorianDate {
        // 1 Farvardin falls in March of year + 621 under every rule.
        let (year, month, day) =
            calc::day_to_gregorian_near(self.to_day_number(), self.year as i32 + 621);
        GregorianDate::from_parts(year, month, day)
    }

    /// The same day reckoned by another rule.
    ///
    /// # Errors
    ///
    /// When the day is outside the other rule's range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::Birashk;
    /// use shamsi::JalaliDate;
    ///
    /// let official = JalaliDate::new(1404, 1, 1)?;
    /// assert_eq!(official.to_rule(Birashk)?.to_string(), "1404-01-02");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_rule<S: Rule>(self, rule: S) -> Result<JalaliDate<S>, DateError> {
        JalaliDate::from_day_number_in(rule, self.to_day_number())
    }

    /// The day of the week.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Weekday};
    ///
    /// assert_eq!(JalaliDate::new(1404, 1, 1)?.weekday(), Weekday::Friday);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn weekday(self) -> Weekday {
        Weekday::from_day_number(self.to_day_number())
    }

    /// Whether the date's year has 366 days (30 Esfand exists).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert!(JalaliDate::new(1403, 1, 1)?.is_leap_year());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn is_leap_year(self) -> bool {
        Self::KIND.is_leap_unchecked(self.year as i32)
    }

    /// The number of days in the date's year: 365 or 366.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1404, 1, 1)?.days_in_year(), 365);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn days_in_year(self) -> u16 {
        365 + self.is_leap_year() as u16
    }

    /// The number of days in the date's month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1403, 12, 1)?.days_in_month(), 30);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn days_in_month(self) -> u8 {
        calc::month_length(self.month, self.is_leap_year())
    }

    /// The day of the year, 1..=366.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 7, 1)?.day_of_year(), 187);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn day_of_year(self) -> u16 {
        calc::days_before_month(self.month) + self.day as u16
    }

    /// The week of the year, 1..=54: weeks run Saturday to Friday, and week
    /// 1 is the one holding 1 Farvardin (it may start in the previous year).
    /// Only a leap year that starts on a Friday reaches week 54, with its
    /// last day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// // 1 Farvardin 1404 was a Friday, the last day of week 1.
    /// assert_eq!(JalaliDate::new(1404, 1, 1)?.week_of_year(), 1);
    /// assert_eq!(JalaliDate::new(1404, 1, 2)?.week_of_year(), 2);
    /// // 1399 was leap and started on a Friday too.
    /// assert_eq!(JalaliDate::new(1399, 12, 30)?.week_of_year(), 54);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn week_of_year(self) -> u8 {
        let nowruz = Self::KIND.nowruz_day(self.year as i32);
        let lead = Weekday::from_day_number(nowruz).to_saturday_zero_offset() as u16;
        ((self.day_of_year() - 1 + lead) / 7 + 1) as u8
    }

    /// Checks that a day number is in the rule's range.
    const fn in_range(day: i64) -> Option<i32> {
        let (lo, hi) = Self::KIND.day_range();
        if day < lo as i64 || day > hi as i64 { None } else { Some(day as i32) }
    }

    const fn overflow() -> DateError {
        DateError::Overflow { rule: Self::KIND }
    }

    /// The first day of the date's month.
    ///
    /// # Errors
    ///
    /// Only in the first, partial month of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.first_day_of_month()?.to_string(), "1402-11-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn first_day_of_month(self) -> Result<Self, DateError> {
        self.with_day(1)
    }

    /// The last day of the date's month.
    ///
    /// # Errors
    ///
    /// Only in the last, partial month of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1403, 12, 6)?.last_day_of_month()?.to_string(), "1403-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn last_day_of_month(self) -> Result<Self, DateError> {
        self.with_day(self.days_in_month())
    }

    /// 1 Farvardin of the date's year.
    ///
    /// # Errors
    ///
    /// Only in the first, partial year of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.first_day_of_year()?.to_string(), "1402-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn first_day_of_year(self) -> Result<Self, DateError> {
        JalaliDate::new_in(R::VALUE, self.year as i32, 1, 1)
    }

    /// The last day of Esfand of the date's year.
    ///
    /// # Errors
    ///
    /// Only in the last, partial year of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1404, 5, 5)?.last_day_of_year()?.to_string(), "1404-12-29");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn last_day_of_year(self) -> Result<Self, DateError> {
        JalaliDate::new_in(R::VALUE, self.year as i32, 12, 29 + self.is_leap_year() as u8)
    }

    /// The same date in another year.
    ///
    /// # Errors
    ///
    /// When the day does not exist then (30 Esfand) or the date is out of
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.with_year(1403)?.to_string(), "1403-11-06");
    /// assert!(JalaliDate::new(1403, 12, 30)?.with_year(1404).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_year(self, year: i32) -> Result<Self, DateError> {
        JalaliDate::new_in(R::VALUE, year, self.month, self.day)
    }

    /// The same date in another month.
    ///
    /// # Errors
    ///
    /// When the month is not in 1..=12, the day does not exist in it, or the
    /// date is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.with_month(1)?.to_string(), "1402-01-06");
    /// assert!(JalaliDate::new(1402, 6, 31)?.with_month(7).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_month(self, month: u8) -> Result<Self, DateError> {
        JalaliDate::new_in(R::VALUE, self.year as i32, month, self.day)
    }

    /// The same month with another day.
    ///
    /// # Errors
    ///
    /// When the day does not exist in the month or the date is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.with_day(30)?.to_string(), "1402-11-30");
    /// assert!(JalaliDate::new(1402, 11, 6)?.with_day(31).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_day(self, day: u8) -> Result<Self, DateError> {
        JalaliDate::new_in(R::VALUE, self.year as i32, self.month, day)
    }

    /// The date `days` days later (earlier when negative), or `None` if
    /// that is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(date.checked_add_days(1).map(|d| d.to_string()), Some("1404-01-01".into()));
    /// assert_eq!(JalaliDate::MAX.checked_add_days(1), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn checked_add_days(self, days: i32) -> Option<Self> {
        match Self::in_range(self.to_day_number() as i64 + days as i64) {
            Some(n) => Some(JalaliDate::from_day_number_unchecked(n)),
            None => None,
        }
    }

    /// The date `days` days earlier (later when negative), or `None` if that
    /// is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let date = JalaliDate::new(1404, 1, 1)?;
    /// assert_eq!(date.checked_sub_days(1).map(|d| d.to_string()), Some("1403-12-30".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn checked_sub_days(self, days: i32) -> Option<Self> {
        match Self::in_range(self.to_day_number() as i64 - days as i64) {
            Some(n) => Some(JalaliDate::from_day_number_unchecked(n)),
            None => None,
        }
    }

    /// The date `days` days later, stopping at the ends of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::MAX.saturating_add_days(5), JalaliDate::MAX);
    /// assert_eq!(JalaliDate::MIN.saturating_add_days(i32::MIN), JalaliDate::MIN);
    /// ```
    pub const fn saturating_add_days(self, days: i32) -> Self {
        let (lo, hi) = Self::KIND.day_range();
        let n = self.to_day_number() as i64 + days as i64;
        let n = if n < lo as i64 {
            lo
        } else if n > hi as i64 {
            hi
        } else {
            n as i32
        };
        JalaliDate::from_day_number_unchecked(n)
    }

    /// The date `days` days earlier, stopping at the ends of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::MIN.saturating_sub_days(1), JalaliDate::MIN);
    /// ```
    pub const fn saturating_sub_days(self, days: i32) -> Self {
        // -(i32::MIN) does not fit an i32; one day short of it saturates too.
        let days = if days == i32::MIN { i32::MAX } else { -days };
        self.saturating_add_days(days)
    }

    /// The next day, or `None` at [`MAX`](JalaliDate::MAX).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 6, 31)?.tomorrow().map(|d| d.to_string()), Some("1402-07-01".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn tomorrow(self) -> Option<Self> {
        self.checked_add_days(1)
    }

    /// The previous day, or `None` at [`MIN`](JalaliDate::MIN).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1402, 7, 1)?.yesterday().map(|d| d.to_string()), Some("1402-06-31".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn yesterday(self) -> Option<Self> {
        self.checked_sub_days(1)
    }

    /// The date `months` months later (earlier when negative), keeping the
    /// day of the month; `policy` says what to do when that month is too
    /// short.
    ///
    /// # Errors
    ///
    /// [`DateError::InvalidDay`] when the day does not exist and the policy
    /// is [`MonthEnd::Reject`]; [`DateError::Overflow`] when the result is
    /// out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, MonthEnd};
    ///
    /// let date = JalaliDate::new(1402, 6, 31)?;
    /// assert_eq!(date.add_months(1, MonthEnd::Clamp)?.to_string(), "1402-07-30");
    /// assert!(date.add_months(1, MonthEnd::Reject).is_err());
    /// assert_eq!(date.add_months(-7, MonthEnd::Clamp)?.to_string(), "1401-11-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn add_months(self, months: i32, policy: MonthEnd) -> Result<Self, DateError> {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + months as i64;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u8;
        let (lo, hi) = Self::KIND.years();
        if year < lo as i64 || year > hi as i64 {
            return Err(Self::overflow());
        }
        let year = year as i32;
        let max = calc::month_length(month, Self::KIND.is_leap_unchecked(year));
        let day = if self.day <= max {
            self.day
        } else {
            match policy {
                MonthEnd::Clamp => max,
                MonthEnd::Reject => {
                    return Err(DateError::InvalidDay {
                        calendar: Calendar::Jalali,
                        year,
                        month,
                        day: self.day,
                        max,
                    });
                }
            }
        };
        let date = JalaliDate::from_parts(year, month, day);
        match Self::in_range(date.to_day_number() as i64) {
            Some(_) => Ok(date),
            None => Err(Self::overflow()),
        }
    }

    /// The date `years` years later (earlier when negative), keeping the
    /// month and day; `policy` says what to do with 30 Esfand when the
    /// target year is not leap.
    ///
    /// # Errors
    ///
    /// As [`add_months`](Self::add_months).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, MonthEnd};
    ///
    /// let date = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(date.add_years(1, MonthEnd::Clamp)?.to_string(), "1404-12-29");
    /// assert_eq!(date.add_years(5, MonthEnd::Reject)?.to_string(), "1408-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn add_years(self, years: i32, policy: MonthEnd) -> Result<Self, DateError> {
        // Twelve times any i32 fits the i64 sum in `add_months`, but not an
        // i32: go through the year directly when the count is large.
        let months = (years as i64 * 12) as i32;
        if (months / 12) as i64 != years as i64 {
            return Err(Self::overflow());
        }
        self.add_months(months, policy)
    }

    /// The number of days from `self` to `other` (negative if `other` is
    /// earlier).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let a = JalaliDate::new(1403, 1, 1)?;
    /// let b = JalaliDate::new(1404, 1, 1)?;
    /// assert_eq!(a.days_until(b), 366);
    /// assert_eq!(b.days_until(a), -366);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn days_until(self, other: Self) -> i32 {
        other.to_day_number() - self.to_day_number()
    }

    /// The difference from `self` to `other` in years, months and days:
    /// the largest number of whole months that can be added to `self`
    /// (with [`MonthEnd::Clamp`]) without passing `other`, and the days
    /// left over. Adding the result back to `self`, months first, gives
    /// `other`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Period};
    ///
    /// let a = JalaliDate::new(1403, 12, 30)?;
    /// let b = JalaliDate::new(1404, 12, 29)?;
    /// assert_eq!(a.until(b), Period { years: 1, months: 0, days: 0 });
    /// // Backwards, a whole year would pass 30 Esfand 1403.
    /// assert_eq!(b.until(a), Period { years: 0, months: -11, days: -29 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn until(self, other: Self) -> Period {
        let forward = other.to_day_number() >= self.to_day_number();
        let mut months = (other.year as i32 * 12 + other.month as i32)
            - (self.year as i32 * 12 + self.month as i32);
        // One step back is always enough: adding `months` reaches `other`'s
        // month, and only the day can overshoot. A date past either end of
        // the range (which starts and ends inside a month) overshoots too.
        let mid = match self.add_months(months, MonthEnd::Clamp) {
            Ok(mid) if forward && mid.to_day_number() <= other.to_day_number() => mid,
            Ok(mid) if !forward && mid.to_day_number() >= other.to_day_number() => mid,
            _ => {
                months -= if forward { 1 } else { -1 };
                // The month stepped back to lies between the two dates (or
                // is `self`'s own), so it is inside the range.
                match self.add_months(months, MonthEnd::Clamp) {
                    Ok(mid) => mid,
                    Err(_) => self,
                }
            }
        };
        Period {
            years: months / 12,
            months: months % 12,
            days: other.to_day_number() - mid.to_day_number(),
        }
    }

    /// Adds a [`Period`]: its years and months first, with `policy` at the
    /// end of a month, then its days. With [`MonthEnd::Clamp`] this undoes
    /// [`until`](Self::until): `a.add_period(a.until(b), MonthEnd::Clamp)`
    /// is `b`.
    ///
    /// # Errors
    ///
    /// When the result, or the date after the years and months, is out of
    /// range; with [`MonthEnd::Reject`], when the day does not exist in the
    /// month reached.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, MonthEnd, Period};
    ///
    /// let a = JalaliDate::new(1402, 11, 6)?;
    /// let p = Period { years: 1, months: 1, days: 25 };
    /// assert_eq!(a.add_period(p, MonthEnd::Clamp)?.to_string(), "1404-01-01");
    /// let b = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(b.add_period(b.until(a), MonthEnd::Clamp)?, a);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn add_period(self, period: Period, policy: MonthEnd) -> Result<Self, DateError> {
        let months = period.years as i64 * 12 + period.months as i64;
        if months < i32::MIN as i64 || months > i32::MAX as i64 {
            return Err(Self::overflow());
        }
        let mid = match self.add_months(months as i32, policy) {
            Ok(mid) => mid,
            Err(e) => return Err(e),
        };
        match mid.checked_add_days(period.days) {
            Some(date) => Ok(date),
            None => Err(Self::overflow()),
        }
    }

    /// An iterator over every day from `self` to `end`, both included
    /// (empty when `end` is earlier). It runs both ways and knows its
    /// length.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let start = JalaliDate::new(1403, 12, 29)?;
    /// let end = JalaliDate::new(1404, 1, 2)?;
    /// let days: Vec<String> = start.iter_to(end).map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["1403-12-29", "1403-12-30", "1404-01-01", "1404-01-02"]);
    /// assert_eq!(end.iter_to(start).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn iter_to(self, end: Self) -> Days<R> {
        Days { next: self.to_day_number(), last: end.to_day_number(), rule: PhantomData }
    }
}

/// The Julian Day Number of 1970-01-01.
const JULIAN_DAY_OF_EPOCH: i32 = 2_440_588;

/// An iterator over consecutive days, made by [`JalaliDate::iter_to`].
///
/// # Example
///
/// ```
/// use shamsi::JalaliDate;
///
/// let start = JalaliDate::new(1402, 1, 1)?;
/// let year = start.iter_to(JalaliDate::new(1402, 12, 29)?);
/// assert_eq!(year.len(), 365);
/// // Skipping costs nothing: the days are numbered.
/// assert_eq!(year.clone().nth(99), Some(JalaliDate::new(1402, 4, 7)?));
/// assert_eq!(year.rev().nth(29), Some(JalaliDate::new(1402, 11, 30)?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Days<R: Rule = Official> {
    next: i32,
    last: i32,
    rule: PhantomData<R>,
}

impl<R: Rule> Iterator for Days<R> {
    type Item = JalaliDate<R>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.next > self.last {
            return None;
        }
        let date = JalaliDate::from_day_number_unchecked(self.next);
        self.next += 1;
        Some(date)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.remaining();
        (n, Some(n))
    }

    /// In constant time: the days are numbered.
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        if n >= self.remaining() {
            self.next = self.last.saturating_add(1);
            return None;
        }
        // n < remaining, which fits the i32 day numbers.
        self.next += n as i32;
        self.next()
    }

    fn count(self) -> usize {
        self.remaining()
    }

    fn last(mut self) -> Option<Self::Item> {
        self.next_back()
    }
}

impl<R: Rule> Days<R> {
    /// The number of days left.
    fn remaining(&self) -> usize {
        (self.last as i64 - self.next as i64 + 1).max(0) as usize
    }
}

impl<R: Rule> DoubleEndedIterator for Days<R> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.next > self.last {
            return None;
        }
        let date = JalaliDate::from_day_number_unchecked(self.last);
        self.last -= 1;
        Some(date)
    }

    /// In constant time, like [`Iterator::nth`].
    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        if n >= self.remaining() {
            self.last = self.next.saturating_sub(1);
            return None;
        }
        self.last -= n as i32;
        self.next_back()
    }
}

impl<R: Rule> ExactSizeIterator for Days<R> {}

impl<R: Rule> core::iter::FusedIterator for Days<R> {}

impl<R: Rule> fmt::Display for JalaliDate<R> {
    /// Writes `YYYY-MM-DD`, the year zero-padded to four digits and
    /// preceded by `-` when negative (`-0001-12-29`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::iso::write_ymd(f, self.year(), self.month, self.day)
    }
}

impl<R: Rule> fmt::Debug for JalaliDate<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if R::KIND == RuleKind::Official {
            write!(f, "JalaliDate({self})")
        } else {
            write!(f, "JalaliDate<{}>({self})", R::KIND)
        }
    }
}

impl<R: Rule> core::str::FromStr for JalaliDate<R> {
    type Err = crate::ParseError;

    /// Reads the form [`Display`](fmt::Display) writes, the Jalali fields
    /// `YYYY-MM-DD` (an optional leading `-`, four year digits, two each
    /// for month and day), for the years before 1700; and RFC 9557's
    /// `2024-01-26[u-ca=persian]`, whose fields are ISO (Gregorian). A bare
    /// year from 1700 on reads as Gregorian (`2024-01-26` from another
    /// system) and is refused, [`NoCalendar`](crate::ParseErrorKind::NoCalendar),
    /// never shifted 621 years: read later Jalali text with
    /// [`JalaliDate::parse_jalali`]. An impossible date is an error at its
    /// field (byte 8 for `1402-12-30`). See
    /// [Strings and interchange](crate#strings-and-interchange).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::date::jalali::parse_jalali_date(s, true)
    }
}

impl From<GregorianDate> for JalaliDate {
    fn from(date: GregorianDate) -> JalaliDate {
        JalaliDate::from_gregorian(date)
    }
}

impl<R: Rule> From<JalaliDate<R>> for GregorianDate {
    fn from(date: JalaliDate<R>) -> GregorianDate {
        date.to_gregorian()
    }
}

/// Reads a Jalali date: `[-]YYYY-MM-DD` with Jalali fields, or an RFC 9557
/// date with ISO fields; `checked`, a bare year that reads as Gregorian is
/// [`crate::ParseErrorKind::NoCalendar`].
pub(crate) fn parse_jalali_date<R: crate::rule::Rule>(
    s: &str,
    checked: bool,
) -> Result<crate::JalaliDate<R>, ParseError> {
    ParseError::check_len(s)?;
    if s.as_bytes().contains(&b'[') {
        return annotated_jalali_date(s);
    }
    let (year, month, day) = crate::iso::parse_ymd(s)?;
    if checked {
        crate::iso::check_bare_year(year)?;
    }
    crate::JalaliDate::new_in(R::VALUE, year, month, day)
        .map_err(|e| crate::iso::invalid_date(e, s.len()))
}

/// A Jalali date from RFC 9557 text, ISO fields with at least one
/// annotation.
pub(crate) fn annotated_jalali_date<R: crate::rule::Rule>(
    s: &str,
) -> Result<crate::JalaliDate<R>, ParseError> {
    let g = crate::date::gregorian::parse_annotated_date(s)?;
    crate::JalaliDate::from_gregorian_in(R::VALUE, g)
        .map_err(|e| ParseError::new(crate::ParseErrorKind::InvalidDate(e), 0))
}
