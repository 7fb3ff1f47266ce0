//! The date at an instant in a given place, and "today".
//!
//! A date has no time zone, but "today" does: at 22:00 UTC on 2025-03-20 it
//! is still 20 March in London but already 1 Farvardin 1404 in Tehran.
//!
//! Iran's civil time is UTC+3:30 (local mean time, +3:25:44, until 1935).
//! From 1977 to 2022 it kept daylight saving time (UTC+4:30) in most
//! summers; 1977–1978 briefly ran on UTC+4:00, with UTC+5:00 in the summer
//! of 1978. Since 2022-09-22 it keeps none.
//! [`iran_utc_offset`] follows that history, from the IANA time zone
//! database (zone `Asia/Tehran`; see [`crate::zone`]). Afghanistan keeps
//! UTC+4:30 all year (since 1945; UTC+4:00 before).

use crate::{DateError, Field, JalaliDate};

/// Iran Standard Time, UTC+3:30, in seconds east of UTC.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::IRAN_STANDARD_OFFSET, 3 * 3600 + 30 * 60);
/// ```
pub const IRAN_STANDARD_OFFSET: i32 = 12_600;

/// Afghanistan Time, UTC+4:30, in seconds east of UTC.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::AFGHANISTAN_OFFSET, 4 * 3600 + 30 * 60);
/// ```
pub const AFGHANISTAN_OFFSET: i32 = 16_200;

/// The UTC offset, in seconds east of UTC, of Iran's civil time at an
/// instant (seconds since 1970-01-01T00:00:00Z).
///
/// Before 1935 this is Tehran's mean solar time (+3:25:44). The same as
/// [`TimeZone::Iran.offset_at`](crate::zone::TimeZone::offset_at).
///
/// # Example
///
/// ```
/// use shamsi::iran_utc_offset;
///
/// // 2022-06-01T00:00:00Z: daylight saving time, +4:30.
/// assert_eq!(iran_utc_offset(1_654_041_600), 16_200);
/// // 2024-06-01T00:00:00Z: none any more, +3:30.
/// assert_eq!(iran_utc_offset(1_717_200_000), 12_600);
/// ```
pub fn iran_utc_offset(unix_seconds: i64) -> i32 {
    crate::zone::TimeZone::Iran.offset_at(unix_seconds).seconds()
}

impl JalaliDate {
    /// The date at an instant (seconds since 1970-01-01T00:00:00Z) where
    /// clocks are `utc_offset` seconds ahead of UTC.
    ///
    /// # Errors
    ///
    /// When the offset is beyond ±25:59:59 or the date is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, IRAN_STANDARD_OFFSET};
    ///
    /// // 2025-03-20T22:00:00Z
    /// let instant = 1_742_508_000;
    /// assert_eq!(JalaliDate::from_unix_seconds(instant, 0)?.to_string(), "1403-12-30");
    /// assert_eq!(JalaliDate::from_unix_seconds(instant, IRAN_STANDARD_OFFSET)?.to_string(), "1404-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_unix_seconds(unix_seconds: i64, utc_offset: i32) -> Result<JalaliDate, DateError> {
        // The same range check, and error, as the offset type's.
        crate::Offset::from_seconds(utc_offset)?;
        let local = i128::from(unix_seconds) + i128::from(utc_offset);
        let day = local.div_euclid(86_400);
        match i32::try_from(day) {
            Ok(day) => JalaliDate::from_day_number(day),
            Err(_) => Err(DateError::FieldOutOfRange {
                field: Field::DayNumber,
                // |day| < 2^63 / 86400: it fits.
                value: i64::try_from(day).unwrap_or(if day < 0 { i64::MIN } else { i64::MAX }),
                min: i64::from(JalaliDate::MIN.to_day_number()),
                max: i64::from(JalaliDate::MAX.to_day_number()),
            }),
        }
    }

    /// The date in Iran at an instant, with Iran's offset at that instant
    /// (see [`iran_utc_offset`]).
    ///
    /// # Errors
    ///
    /// When the date is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// // 2025-03-20T22:00:00Z is already 01:30 on 1 Farvardin 1404 in Tehran.
    /// assert_eq!(JalaliDate::from_unix_seconds_in_iran(1_742_508_000)?.to_string(), "1404-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_unix_seconds_in_iran(unix_seconds: i64) -> Result<JalaliDate, DateError> {
        JalaliDate::from_unix_seconds(unix_seconds, iran_utc_offset(unix_seconds))
    }

    /// The date in Afghanistan (UTC+4:30) at an instant.
    ///
    /// # Errors
    ///
    /// When the date is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// // 2025-03-20T19:30:00Z is midnight in Kabul.
    /// assert_eq!(JalaliDate::from_unix_seconds_in_afghanistan(1_742_499_000)?.to_string(), "1404-01-01");
    /// assert_eq!(JalaliDate::from_unix_seconds_in_afghanistan(1_742_498_999)?.to_string(), "1403-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_unix_seconds_in_afghanistan(unix_seconds: i64) -> Result<JalaliDate, DateError> {
        let offset = crate::zone::TimeZone::Afghanistan.offset_at(unix_seconds);
        JalaliDate::from_unix_seconds(unix_seconds, offset.seconds())
    }
}

#[cfg(feature = "std")]
mod now {
    use super::*;

    /// Seconds since the Unix epoch now (negative if the clock is set
    /// before it).
    fn unix_now() -> i64 {
        let now = std::time::SystemTime::now();
        match now.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
        }
    }

    /// Keeps a clock set beyond the range from failing "today".
    fn clamp(date: Result<JalaliDate, DateError>, unix: i64) -> JalaliDate {
        date.unwrap_or(if unix < 0 { JalaliDate::MIN } else { JalaliDate::MAX })
    }

    impl JalaliDate {
        /// Today's date in Iran, by the system clock.
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::JalaliDate;
        ///
        /// let today = JalaliDate::today_in_iran();
        /// assert!(today.year() >= 1404);
        /// ```
        pub fn today_in_iran() -> JalaliDate {
            let now = unix_now();
            clamp(JalaliDate::from_unix_seconds_in_iran(now), now)
        }

        /// Today's date in Afghanistan, by the system clock.
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::JalaliDate;
        ///
        /// let today = JalaliDate::today_in_afghanistan();
        /// assert!(today.year() >= 1404);
        /// ```
        pub fn today_in_afghanistan() -> JalaliDate {
            let now = unix_now();
            clamp(JalaliDate::from_unix_seconds_in_afghanistan(now), now)
        }

        /// Today's date where clocks are `utc_offset` seconds ahead of UTC.
        ///
        /// # Errors
        ///
        /// When the offset is beyond ±25:59:59.
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::JalaliDate;
        ///
        /// let utc = JalaliDate::today_at_offset(0)?;
        /// let kabul = JalaliDate::today_at_offset(shamsi::AFGHANISTAN_OFFSET)?;
        /// assert!(kabul.days_until(utc).abs() <= 1);
        /// assert!(JalaliDate::today_at_offset(100_000).is_err());
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn today_at_offset(utc_offset: i32) -> Result<JalaliDate, DateError> {
            let now = unix_now();
            match JalaliDate::from_unix_seconds(now, utc_offset) {
                Err(DateError::FieldOutOfRange { field: Field::UtcOffset, .. }) => {
                    JalaliDate::from_unix_seconds(now, utc_offset)
                }
                other => Ok(clamp(other, now)),
            }
        }
    }
}
