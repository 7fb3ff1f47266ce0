//! The twelve Solar Hijri months.

use core::fmt;

use crate::{DateError, Field};

/// A Solar Hijri month.
///
/// The first six months have 31 days, the next five 30, and Esfand 29, or
/// 30 in a leap year. Variants are numbered from 1 (`Month::Farvardin as u8
/// == 1`).
///
/// # Example
///
/// ```
/// use shamsi::Month;
///
/// let m = Month::new(11)?;
/// assert_eq!(m, Month::Bahman);
/// assert_eq!(m.length(false), 30);
/// assert_eq!(Month::Esfand.next(), Month::Farvardin);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Month {
    /// Farvardin, فروردین (31 days).
    Farvardin = 1,
    /// Ordibehesht, اردیبهشت (31 days).
    Ordibehesht,
    /// Khordad, خرداد (31 days).
    Khordad,
    /// Tir, تیر (31 days).
    Tir,
    /// Mordad, مرداد (31 days).
    Mordad,
    /// Shahrivar, شهریور (31 days).
    Shahrivar,
    /// Mehr, مهر (30 days).
    Mehr,
    /// Aban, آبان (30 days).
    Aban,
    /// Azar, آذر (30 days).
    Azar,
    /// Dey, دی (30 days).
    Dey,
    /// Bahman, بهمن (30 days).
    Bahman,
    /// Esfand, اسفند (29 days, 30 in a leap year).
    Esfand,
}

const ALL: [Month; 12] = [
    Month::Farvardin,
    Month::Ordibehesht,
    Month::Khordad,
    Month::Tir,
    Month::Mordad,
    Month::Shahrivar,
    Month::Mehr,
    Month::Aban,
    Month::Azar,
    Month::Dey,
    Month::Bahman,
    Month::Esfand,
];

impl Month {
    /// The month numbered `number` (1 = Farvardin, …, 12 = Esfand).
    ///
    /// # Errors
    ///
    /// When `number` is not in 1..=12.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::new(1)?, Month::Farvardin);
    /// assert_eq!(Month::new(13).unwrap_err().to_string(), "month 13 is out of range 1..=12");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn new(number: u8) -> Result<Month, DateError> {
        if number < 1 || number > 12 {
            return Err(DateError::FieldOutOfRange {
                field: Field::Month,
                value: number as i64,
                min: 1,
                max: 12,
            });
        }
        Ok(Month::from_number_wrapping(number))
    }

    /// `number` is taken as 1..=12, anything else as Esfand.
    #[inline]
    pub(crate) const fn from_number_wrapping(number: u8) -> Month {
        match number {
            1 => Month::Farvardin,
            2 => Month::Ordibehesht,
            3 => Month::Khordad,
            4 => Month::Tir,
            5 => Month::Mordad,
            6 => Month::Shahrivar,
            7 => Month::Mehr,
            8 => Month::Aban,
            9 => Month::Azar,
            10 => Month::Dey,
            11 => Month::Bahman,
            _ => Month::Esfand,
        }
    }

    /// The month's number, 1..=12.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::Mehr.number(), 7);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The number of days in the month, given whether the year is leap.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::Shahrivar.length(false), 31);
    /// assert_eq!(Month::Mehr.length(false), 30);
    /// assert_eq!(Month::Esfand.length(true), 30);
    /// ```
    #[inline]
    pub const fn length(self, leap_year: bool) -> u8 {
        crate::arith::calc::month_length(self as u8, leap_year)
    }

    /// The month and day of the `day_of_year`-th day (1..=366) of a Solar
    /// Hijri year. The months do not depend on the leap rule: only day 366,
    /// 30 Esfand, needs a leap year, which the caller knows.
    ///
    /// # Errors
    ///
    /// When `day_of_year` is not in 1..=366.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::from_day_of_year(187)?, (Month::Mehr, 1));
    /// assert_eq!(Month::from_day_of_year(366)?, (Month::Esfand, 30));
    /// assert!(Month::from_day_of_year(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_day_of_year(day_of_year: u16) -> Result<(Month, u8), DateError> {
        if day_of_year < 1 || day_of_year > 366 {
            return Err(DateError::FieldOutOfRange {
                field: Field::DayOfYear,
                value: day_of_year as i64,
                min: 1,
                max: 366,
            });
        }
        let (month, day) = crate::arith::calc::month_day_from_ordinal0(day_of_year - 1);
        Ok((Month::from_number_wrapping(month), day))
    }

    /// The following month (Esfand is followed by Farvardin).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::Shahrivar.next(), Month::Mehr);
    /// ```
    pub const fn next(self) -> Month {
        Month::from_number_wrapping(self as u8 % 12 + 1)
    }

    /// The preceding month (Farvardin is preceded by Esfand).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::Farvardin.previous(), Month::Esfand);
    /// ```
    pub const fn previous(self) -> Month {
        Month::from_number_wrapping((self as u8 + 10) % 12 + 1)
    }

    /// The English transliteration used in Iran's official documents:
    /// `Farvardin`, …, `Esfand`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::Ordibehesht.name(), "Ordibehesht");
    /// ```
    #[allow(clippy::indexing_slicing)] // the number is 1..=12, the table has 12 names
    pub const fn name(self) -> &'static str {
        crate::names::JALALI_MONTHS_EN[self as usize - 1]
    }

    /// Every month, Farvardin first.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Month;
    ///
    /// assert_eq!(Month::all().len(), 12);
    /// ```
    pub const fn all() -> [Month; 12] {
        ALL
    }
}

impl fmt::Display for Month {
    /// Writes the English name, as [`Month::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl TryFrom<u8> for Month {
    type Error = DateError;

    fn try_from(number: u8) -> Result<Self, Self::Error> {
        Month::new(number)
    }
}

impl From<Month> for u8 {
    fn from(month: Month) -> u8 {
        month.number()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering() {
        for (i, m) in ALL.into_iter().enumerate() {
            assert_eq!(usize::from(m.number()), i + 1);
            assert_eq!(Month::new(m.number()), Ok(m));
            assert_eq!(m.next().previous(), m);
        }
        assert!(Month::new(0).is_err());
    }
}
