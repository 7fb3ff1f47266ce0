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

use crate::{DateError, Field, JalaliDate, Offset};

/// The UTC offset of Iran's civil time at an instant (seconds since
/// 1970-01-01T00:00:00Z).
///
/// Before 1935 this is Tehran's mean solar time (+3:25:44). The same as
/// [`TimeZone::Iran.offset_at`](crate::zone::TimeZone::offset_at).
///
/// # Example
///
/// ```
/// use shamsi::{iran_utc_offset, Offset};
///
/// // 2022-06-01T00:00:00Z: daylight saving time, +4:30.
/// assert_eq!(iran_utc_offset(1_654_041_600), Offset::IRAN_DAYLIGHT);
/// // 2024-06-01T00:00:00Z: none any more, +3:30.
/// assert_eq!(iran_utc_offset(1_717_200_000), Offset::IRAN_STANDARD);
/// ```
pub fn iran_utc_offset(unix_seconds: i64) -> Offset {
    crate::zone::TimeZone::Iran.offset_at(unix_seconds)
}

impl JalaliDate {
    /// The date at an instant (seconds since 1970-01-01T00:00:00Z) where
    /// clocks are at `offset`.
    ///
    /// # Errors
    ///
    /// When the date is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Offset};
    ///
    /// // 2025-03-20T22:00:00Z
    /// let instant = 1_742_508_000;
    /// assert_eq!(JalaliDate::from_unix_seconds(instant, Offset::UTC)?.to_string(), "1403-12-30");
    /// assert_eq!(JalaliDate::from_unix_seconds(instant, Offset::IRAN_STANDARD)?.to_string(), "1404-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_unix_seconds(unix_seconds: i64, offset: Offset) -> Result<JalaliDate, DateError> {
        let local = i128::from(unix_seconds) + i128::from(offset.seconds());
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
        JalaliDate::from_unix_seconds(unix_seconds, offset)
    }
}

#[cfg(feature = "std")]
mod now {
    use super::*;
    use crate::Zoned;

    // "Today" is the date of "now": the system clock is read in one place,
    // `Zoned::now_*`.
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
            Zoned::now_in_iran().date()
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
            Zoned::now_in_afghanistan().date()
        }

        /// Today's date where clocks are at `offset`.
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::{JalaliDate, Offset};
        ///
        /// let utc = JalaliDate::today_at_offset(Offset::UTC);
        /// let kabul = JalaliDate::today_at_offset(Offset::AFGHANISTAN);
        /// assert!(kabul.days_until(utc).abs() <= 1);
        /// ```
        pub fn today_at_offset(offset: Offset) -> JalaliDate {
            Zoned::now_at_offset(offset).date()
        }
    }
}
