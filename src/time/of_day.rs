//! The time of day.

use core::fmt;

use crate::iso::{self, Cursor};
use crate::{DateError, Field, ParseError, ParseErrorKind};

/// Seconds in a day: every day of this crate has 86,400 (there are no leap
/// seconds, as in jiff, chrono's arithmetic and Unix time).
pub(crate) const SECONDS_PER_DAY: i64 = 86_400;
pub(crate) const NANOS_PER_SECOND: u32 = 1_000_000_000;

/// A time of day on a civil clock, from 00:00 to 23:59:59.999999999, to
/// the nanosecond.
///
/// There are no leap seconds: `:60` is read only by the RFC 3339 reader,
/// as `:59.999999999`. Times are ordered and hashed chronologically. The
/// fraction of the second is [`subsec_nanos`](Time::subsec_nanos), the
/// whole fraction in nanoseconds (0..=999,999,999), named as
/// [`core::time::Duration`] names it.
///
/// # Example
///
/// ```
/// use shamsi::Time;
///
/// let t = Time::new(14, 30, 0)?;
/// assert_eq!(t.to_string(), "14:30:00");
/// assert_eq!("14:30".parse::<Time>()?, t);
/// let t = Time::new_with_nanos(9, 5, 7, 250_000_000)?;
/// assert_eq!(t.to_string(), "09:05:07.25");
/// assert_eq!(t.subsec_millis(), 250);
/// assert!(Time::new(24, 0, 0).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    hour: u8,
    minute: u8,
    second: u8,
    nanos: u32,
}

const fn out_of_range(field: Field, value: i64, max: i64) -> DateError {
    DateError::FieldOutOfRange { field, value, min: 0, max }
}

impl Time {
    /// Midnight, 00:00:00, the first instant of the day.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::MIDNIGHT.to_string(), "00:00:00");
    /// ```
    pub const MIDNIGHT: Time = Time { hour: 0, minute: 0, second: 0, nanos: 0 };

    /// Noon, 12:00:00.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::NOON.hour(), 12);
    /// ```
    pub const NOON: Time = Time { hour: 12, minute: 0, second: 0, nanos: 0 };

    /// The last nanosecond of the day, 23:59:59.999999999.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::MAX.to_string(), "23:59:59.999999999");
    /// ```
    pub const MAX: Time = Time { hour: 23, minute: 59, second: 59, nanos: NANOS_PER_SECOND - 1 };

    /// The time `hour:minute:second`.
    ///
    /// # Errors
    ///
    /// [`DateError::FieldOutOfRange`] when the hour is over 23, or the
    /// minute or second over 59.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{DateError, Field, Time};
    ///
    /// assert_eq!(Time::new(23, 59, 59)?.to_string(), "23:59:59");
    /// assert!(matches!(Time::new(12, 60, 0), Err(DateError::FieldOutOfRange { field: Field::Minute, .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(hour: u8, minute: u8, second: u8) -> Result<Time, DateError> {
        Time::new_with_nanos(hour, minute, second, 0)
    }

    /// The time `hour:minute:second` and `nanos` nanoseconds.
    ///
    /// # Errors
    ///
    /// [`DateError::FieldOutOfRange`] when a field is out of range (the
    /// nanoseconds must be below 1,000,000,000).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Time;
    ///
    /// let t = Time::new_with_nanos(14, 30, 0, 1_000)?;
    /// assert_eq!(t.subsec_micros(), 1);
    /// assert!(Time::new_with_nanos(14, 30, 0, 1_000_000_000).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new_with_nanos(
        hour: u8,
        minute: u8,
        second: u8,
        nanos: u32,
    ) -> Result<Time, DateError> {
        if hour > 23 {
            return Err(out_of_range(Field::Hour, hour as i64, 23));
        }
        if minute > 59 {
            return Err(out_of_range(Field::Minute, minute as i64, 59));
        }
        if second > 59 {
            return Err(out_of_range(Field::Second, second as i64, 59));
        }
        if nanos >= NANOS_PER_SECOND {
            return Err(out_of_range(Field::Nanosecond, nanos as i64, NANOS_PER_SECOND as i64 - 1));
        }
        Ok(Time { hour, minute, second, nanos })
    }

    /// The time `seconds` seconds after midnight.
    ///
    /// # Errors
    ///
    /// [`DateError::FieldOutOfRange`] when `seconds` is 86,400 or more.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Time;
    ///
    /// assert_eq!(Time::from_seconds_of_day(52_200)?.to_string(), "14:30:00");
    /// assert!(Time::from_seconds_of_day(86_400).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_seconds_of_day(seconds: u32) -> Result<Time, DateError> {
        if seconds as i64 >= SECONDS_PER_DAY {
            return Err(out_of_range(Field::TimeOfDay, seconds as i64, SECONDS_PER_DAY - 1));
        }
        Ok(Time::from_seconds_unchecked(seconds, 0))
    }

    /// The time `nanos` nanoseconds after midnight.
    ///
    /// # Errors
    ///
    /// [`DateError::FieldOutOfRange`] when `nanos` is a day or more.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Time;
    ///
    /// assert_eq!(Time::from_nanos_of_day(1_500_000_000)?.to_string(), "00:00:01.5");
    /// assert_eq!(Time::from_nanos_of_day(Time::MAX.nanos_of_day())?, Time::MAX);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_nanos_of_day(nanos: u64) -> Result<Time, DateError> {
        let day = SECONDS_PER_DAY as u64 * NANOS_PER_SECOND as u64;
        if nanos >= day {
            let value = if nanos > i64::MAX as u64 { i64::MAX } else { nanos as i64 };
            return Err(out_of_range(Field::TimeOfDay, value, day as i64 - 1));
        }
        let seconds = (nanos / NANOS_PER_SECOND as u64) as u32;
        Ok(Time::from_seconds_unchecked(seconds, (nanos % NANOS_PER_SECOND as u64) as u32))
    }

    /// `seconds` below 86,400 and `nanos` below 10⁹.
    pub(crate) const fn from_seconds_unchecked(seconds: u32, nanos: u32) -> Time {
        Time {
            hour: (seconds / 3600) as u8,
            minute: (seconds / 60 % 60) as u8,
            second: (seconds % 60) as u8,
            nanos,
        }
    }

    /// The hour, 0..=23.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::new(14, 30, 0)?.hour(), 14);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0..=59.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::new(14, 30, 0)?.minute(), 30);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn minute(self) -> u8 {
        self.minute
    }

    /// The second, 0..=59.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::new(14, 30, 5)?.second(), 5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn second(self) -> u8 {
        self.second
    }

    /// The fraction of the second, as a whole number of nanoseconds
    /// (0..=999,999,999), as [`Duration::subsec_nanos`](core::time::Duration::subsec_nanos).
    ///
    /// # Example
    ///
    /// ```
    /// let t = shamsi::Time::new_with_nanos(14, 30, 5, 123_456_789)?;
    /// assert_eq!(t.subsec_nanos(), 123_456_789);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn subsec_nanos(self) -> u32 {
        self.nanos
    }

    /// The fraction of the second in whole microseconds (0..=999,999).
    ///
    /// # Example
    ///
    /// ```
    /// let t = shamsi::Time::new_with_nanos(14, 30, 5, 123_456_789)?;
    /// assert_eq!(t.subsec_micros(), 123_456);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn subsec_micros(self) -> u32 {
        self.nanos / 1_000
    }

    /// The fraction of the second in whole milliseconds (0..=999).
    ///
    /// # Example
    ///
    /// ```
    /// let t = shamsi::Time::new_with_nanos(14, 30, 5, 123_456_789)?;
    /// assert_eq!(t.subsec_millis(), 123);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn subsec_millis(self) -> u32 {
        self.nanos / 1_000_000
    }

    /// Whole seconds since midnight, 0..=86,399.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::new(14, 30, 0)?.seconds_of_day(), 52_200);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn seconds_of_day(self) -> u32 {
        self.hour as u32 * 3600 + self.minute as u32 * 60 + self.second as u32
    }

    /// Nanoseconds since midnight.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::Time::new(0, 0, 2)?.nanos_of_day(), 2_000_000_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn nanos_of_day(self) -> u64 {
        self.seconds_of_day() as u64 * NANOS_PER_SECOND as u64 + self.nanos as u64
    }

    /// The same time with the fraction of the second dropped.
    ///
    /// # Example
    ///
    /// ```
    /// let t = shamsi::Time::new_with_nanos(14, 30, 5, 9)?;
    /// assert_eq!(t.truncate_to_second().to_string(), "14:30:05");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn truncate_to_second(self) -> Time {
        Time { nanos: 0, ..self }
    }

    /// The hour on a 12-hour clock, 1..=12 (12 for hours 0 and 12), and
    /// whether it is after noon.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Time;
    ///
    /// assert_eq!(Time::MIDNIGHT.hour12(), (12, false));
    /// assert_eq!(Time::NOON.hour12(), (12, true));
    /// assert_eq!(Time::new(21, 0, 0)?.hour12(), (9, true));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn hour12(self) -> (u8, bool) {
        let h = self.hour % 12;
        (if h == 0 { 12 } else { h }, self.hour >= 12)
    }

    /// Reads `HH:MM:SS` with a fraction cut to nanoseconds, checking the
    /// fields.
    pub(crate) fn from_raw(raw: iso::RawTime, at: usize) -> Result<Time, ParseError> {
        Time::new_with_nanos(raw.hour, raw.minute, raw.second, raw.nanos)
            .map_err(|e| ParseError::new(ParseErrorKind::InvalidDate(e), at))
    }
}

impl fmt::Display for Time {
    /// Writes `HH:MM:SS`, with the fraction of the second when it is not
    /// zero, its trailing zeros trimmed (`14:30:00.25`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        iso::write_hms(f, self.hour, self.minute, self.second, self.nanos)
    }
}

impl fmt::Debug for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Time({self})")
    }
}

impl core::str::FromStr for Time {
    type Err = ParseError;

    /// Reads `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fffffffff` (one to nine
    /// digits after `.` or `,`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ParseError::check_len(s)?;
        let mut c = Cursor::new(s);
        let raw = c.time(false)?;
        c.end()?;
        Time::from_raw(raw, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_second_of_the_day() {
        let mut previous = None;
        for s in 0..86_400u32 {
            let t = Time::from_seconds_of_day(s).unwrap();
            assert_eq!(t.seconds_of_day(), s);
            assert_eq!(Time::new(t.hour(), t.minute(), t.second()), Ok(t));
            assert!(previous < Some(t));
            previous = Some(t);
        }
    }
}
