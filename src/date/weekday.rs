//! Days of the week, numbered from Saturday as in Iran.

use core::fmt;

use crate::{DateError, Field};

/// A day of the week.
///
/// The Iranian week starts on Saturday (شنبه) and ends on Friday (جمعه), the
/// weekend; the variants are in that order, so `Ord` compares within an
/// Iranian week. Conversions to and from numbers name their base and their
/// first day, as in `to_saturday_zero_offset`.
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, Weekday};
///
/// let date = JalaliDate::new(1402, 11, 6)?;
/// assert_eq!(date.weekday(), Weekday::Friday);
/// assert_eq!(Weekday::Friday.to_saturday_one_offset(), 7);
/// assert_eq!(Weekday::Friday.to_monday_one_offset(), 5);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Saturday, شنبه, the first day of the Iranian week.
    Saturday,
    /// Sunday, یکشنبه.
    Sunday,
    /// Monday, دوشنبه.
    Monday,
    /// Tuesday, سه‌شنبه.
    Tuesday,
    /// Wednesday, چهارشنبه.
    Wednesday,
    /// Thursday, پنج‌شنبه.
    Thursday,
    /// Friday, جمعه, the weekend.
    Friday,
}

const ALL: [Weekday; 7] = [
    Weekday::Saturday,
    Weekday::Sunday,
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
];

impl Weekday {
    /// The weekday of a day number (days since 1970-01-01, a Thursday).
    #[inline]
    pub(crate) const fn from_day_number(day: i32) -> Weekday {
        // Moved by a multiple of 7 past every negative day number, so that
        // an unsigned remainder (a multiplication) gives it; below 7, so
        // the cast is exact.
        let shifted = (day as i64 + 5 + 7 * (1 << 31)) as u64;
        Weekday::from_index((shifted % 7) as u8)
    }

    /// `index` is taken modulo 7.
    #[inline]
    const fn from_index(index: u8) -> Weekday {
        match index % 7 {
            0 => Weekday::Saturday,
            1 => Weekday::Sunday,
            2 => Weekday::Monday,
            3 => Weekday::Tuesday,
            4 => Weekday::Wednesday,
            5 => Weekday::Thursday,
            _ => Weekday::Friday,
        }
    }

    const fn from_offset(value: u8, first: u8, base: u8) -> Result<Weekday, DateError> {
        if value < base || value > base + 6 {
            return Err(DateError::FieldOutOfRange {
                field: Field::Weekday,
                value: value as i64,
                min: base as i64,
                max: base as i64 + 6,
            });
        }
        Ok(Weekday::from_index(value - base + first))
    }

    /// Saturday = 0, …, Friday = 6.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Saturday.to_saturday_zero_offset(), 0);
    /// ```
    pub const fn to_saturday_zero_offset(self) -> u8 {
        self as u8
    }

    /// Saturday = 1, …, Friday = 7 (the Iranian day-of-week number).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Sunday.to_saturday_one_offset(), 2);
    /// ```
    pub const fn to_saturday_one_offset(self) -> u8 {
        self as u8 + 1
    }

    /// Monday = 0, …, Sunday = 6.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Sunday.to_monday_zero_offset(), 6);
    /// ```
    pub const fn to_monday_zero_offset(self) -> u8 {
        (self as u8 + 5) % 7
    }

    /// Monday = 1, …, Sunday = 7 (ISO 8601, strftime's `%u`).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Saturday.to_monday_one_offset(), 6);
    /// ```
    pub const fn to_monday_one_offset(self) -> u8 {
        self.to_monday_zero_offset() + 1
    }

    /// Sunday = 0, …, Saturday = 6 (C's `tm_wday`, strftime's `%w`).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Saturday.to_sunday_zero_offset(), 6);
    /// ```
    pub const fn to_sunday_zero_offset(self) -> u8 {
        (self as u8 + 6) % 7
    }

    /// Sunday = 1, …, Saturday = 7 (Excel's `WEEKDAY`, SQL's `DAYOFWEEK`).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Saturday.to_sunday_one_offset(), 7);
    /// ```
    pub const fn to_sunday_one_offset(self) -> u8 {
        self.to_sunday_zero_offset() + 1
    }

    /// The weekday from Saturday = 0, …, Friday = 6.
    ///
    /// # Errors
    ///
    /// When `n` is above 6.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::from_saturday_zero_offset(6)?, Weekday::Friday);
    /// assert!(Weekday::from_saturday_zero_offset(7).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_saturday_zero_offset(n: u8) -> Result<Weekday, DateError> {
        Weekday::from_offset(n, 0, 0)
    }

    /// The weekday from Saturday = 1, …, Friday = 7.
    ///
    /// # Errors
    ///
    /// When `n` is not in 1..=7.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::from_saturday_one_offset(1)?, Weekday::Saturday);
    /// assert!(Weekday::from_saturday_one_offset(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_saturday_one_offset(n: u8) -> Result<Weekday, DateError> {
        Weekday::from_offset(n, 0, 1)
    }

    /// The weekday from Monday = 1, …, Sunday = 7 (ISO 8601).
    ///
    /// # Errors
    ///
    /// When `n` is not in 1..=7.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::from_monday_one_offset(5)?, Weekday::Friday);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_monday_one_offset(n: u8) -> Result<Weekday, DateError> {
        Weekday::from_offset(n, 2, 1)
    }

    /// The weekday from Monday = 0, …, Sunday = 6.
    ///
    /// # Errors
    ///
    /// When `n` is above 6.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::from_monday_zero_offset(4)?, Weekday::Friday);
    /// assert!(Weekday::from_monday_zero_offset(7).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_monday_zero_offset(n: u8) -> Result<Weekday, DateError> {
        Weekday::from_offset(n, 2, 0)
    }

    /// The weekday from Sunday = 0, …, Saturday = 6 (C's `tm_wday`).
    ///
    /// # Errors
    ///
    /// When `n` is above 6.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::from_sunday_zero_offset(0)?, Weekday::Sunday);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_sunday_zero_offset(n: u8) -> Result<Weekday, DateError> {
        Weekday::from_offset(n, 1, 0)
    }

    /// The weekday from Sunday = 1, …, Saturday = 7.
    ///
    /// # Errors
    ///
    /// When `n` is not in 1..=7.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::from_sunday_one_offset(7)?, Weekday::Saturday);
    /// assert!(Weekday::from_sunday_one_offset(0).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_sunday_one_offset(n: u8) -> Result<Weekday, DateError> {
        Weekday::from_offset(n, 1, 1)
    }

    /// The next day of the week (Friday is followed by Saturday).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Friday.next(), Weekday::Saturday);
    /// ```
    pub const fn next(self) -> Weekday {
        Weekday::from_index(self as u8 + 1)
    }

    /// The previous day of the week.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Saturday.previous(), Weekday::Friday);
    /// ```
    pub const fn previous(self) -> Weekday {
        Weekday::from_index(self as u8 + 6)
    }

    /// The English name, capitalized: `Saturday`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::Thursday.name(), "Thursday");
    /// ```
    #[allow(clippy::indexing_slicing)] // the offset is 0..=6, the table has 7 names
    pub const fn name(self) -> &'static str {
        crate::names::WEEKDAYS_EN[self as usize]
    }

    /// Every weekday, Saturday first.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(Weekday::all()[6], Weekday::Friday);
    /// ```
    pub const fn all() -> [Weekday; 7] {
        ALL
    }
}

impl fmt::Display for Weekday {
    /// Writes the English name, as [`Weekday::name`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_invert() {
        for w in ALL {
            assert_eq!(Weekday::from_saturday_zero_offset(w.to_saturday_zero_offset()), Ok(w));
            assert_eq!(Weekday::from_saturday_one_offset(w.to_saturday_one_offset()), Ok(w));
            assert_eq!(Weekday::from_monday_one_offset(w.to_monday_one_offset()), Ok(w));
            assert_eq!(Weekday::from_sunday_zero_offset(w.to_sunday_zero_offset()), Ok(w));
            assert_eq!(w.next().previous(), w);
        }
        assert_eq!(Weekday::from_day_number(0), Weekday::Thursday);
        assert_eq!(Weekday::from_day_number(-1), Weekday::Wednesday);
        assert!(Weekday::from_monday_one_offset(8).is_err());
        assert!(Weekday::from_sunday_zero_offset(7).is_err());
    }
}
