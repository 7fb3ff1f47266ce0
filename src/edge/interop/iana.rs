//! Any IANA time zone, through jiff's time-zone database (jiff 0.2 when its
//! feature is on, else jiff 1.x): the one the application's jiff features
//! choose, as jiff advises libraries to leave it. jiff's error type does not leak: an
//! unknown name is [`ZoneError::UnknownZone`].

#[cfg(feature = "jiff_0_2")]
use jiff as j;
#[cfg(all(feature = "jiff_1", not(feature = "jiff_0_2")))]
use jiff1 as j;

use crate::zone::{Disambiguation, ZoneError};
use crate::{DateError, JalaliDate, JalaliDateTime, Offset, Zoned};

fn zone(name: &str) -> Result<j::tz::TimeZone, ZoneError> {
    j::tz::TimeZone::get(name).map_err(|_| ZoneError::UnknownZone)
}

fn offset(o: j::tz::Offset) -> Result<Offset, ZoneError> {
    Ok(Offset::from_seconds(o.seconds())?)
}

fn timestamp(t: Zoned) -> Result<j::Timestamp, ZoneError> {
    j::Timestamp::new(t.unix_seconds(), t.subsec_nanos() as i32).map_err(|_| {
        ZoneError::Date(DateError::FieldOutOfRange {
            field: crate::Field::UnixSeconds,
            value: t.unix_seconds(),
            min: j::Timestamp::MIN.as_second(),
            max: j::Timestamp::MAX.as_second(),
        })
    })
}

/// The offset of the IANA zone `name` at an instant, if jiff knows the
/// zone and the instant.
pub(crate) fn offset_in(name: &str, unix_seconds: i64) -> Option<Offset> {
    let ts = j::Timestamp::from_second(unix_seconds).ok()?;
    offset(zone(name).ok()?.to_offset(ts)).ok()
}

impl JalaliDate {
    /// Today's date in an IANA time zone (`"Asia/Tehran"`, `"Asia/Kabul"`,
    /// `"Europe/Berlin"`…), by the system clock and jiff's database.
    ///
    /// # Errors
    ///
    /// [`ZoneError::UnknownZone`] when jiff does not know the zone.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let today = JalaliDate::today_in_time_zone("Asia/Tehran")?;
    /// assert!(today.year() >= 1404);
    /// assert!(JalaliDate::today_in_time_zone("Mars/Olympus_Mons").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn today_in_time_zone(name: &str) -> Result<JalaliDate, ZoneError> {
        Ok(Zoned::now_at_offset(Offset::UTC).to_iana_zone(name)?.date())
    }
}

impl Zoned {
    /// The same instant on the clock of an IANA time zone, by jiff's
    /// database.
    ///
    /// # Errors
    ///
    /// [`ZoneError::UnknownZone`], or [`ZoneError::Date`] when the instant
    /// or its wall-clock date there is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.to_iana_zone("Europe/Berlin")?.jalali().to_string(), "1402-11-06T12:00:00+01:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_iana_zone(self, name: &str) -> Result<Zoned, ZoneError> {
        if let Some(known) = crate::zone::TimeZone::from_iana_name(name) {
            return Ok(self.to_zone(known)?);
        }
        let tz = zone(name)?;
        Ok(self.to_offset(offset(tz.to_offset(timestamp(self)?))?)?)
    }

    /// Now, by the system clock, in an IANA time zone.
    ///
    /// # Errors
    ///
    /// [`ZoneError::UnknownZone`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let there = Zoned::now_in_time_zone("Asia/Kabul")?;
    /// assert_eq!(there.offset().to_string(), "+04:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn now_in_time_zone(name: &str) -> Result<Zoned, ZoneError> {
        Zoned::now_at_offset(Offset::UTC).to_iana_zone(name)
    }
}

impl JalaliDateTime {
    /// This wall-clock time in an IANA time zone, by jiff's database, with
    /// gaps and folds resolved as `disambiguation` says (as jiff does).
    ///
    /// # Errors
    ///
    /// [`ZoneError::UnknownZone`]; [`ZoneError::Date`] with
    /// [`DateError::SkippedLocalTime`] or [`DateError::AmbiguousLocalTime`]
    /// under [`Disambiguation::Reject`], or out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::Disambiguation;
    /// use shamsi::JalaliDateTime;
    ///
    /// // 31 March 2024, 02:30 in Berlin: skipped by the clocks.
    /// let dt: JalaliDateTime = "1403-01-12T02:30:00".parse()?;
    /// let t = dt.in_iana_zone("Europe/Berlin", Disambiguation::Compatible)?;
    /// assert_eq!(t.jalali().to_string(), "1403-01-12T03:30:00+02:00");
    /// assert!(dt.in_iana_zone("Europe/Berlin", Disambiguation::Reject).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_iana_zone(
        self,
        name: &str,
        disambiguation: Disambiguation,
    ) -> Result<Zoned, ZoneError> {
        if let Some(known) = crate::zone::TimeZone::from_iana_name(name) {
            return Ok(self.in_zone(known, disambiguation)?);
        }
        let tz = zone(name)?;
        let g = self.to_gregorian();
        let (d, t) = (g.date(), g.time());
        let civil = j::civil::DateTime::new(
            d.year() as i16,
            d.month() as i8,
            d.day() as i8,
            t.hour() as i8,
            t.minute() as i8,
            t.second() as i8,
            t.subsec_nanos() as i32,
        )
        .map_err(|_| {
            ZoneError::Date(DateError::Overflow { rule: crate::rule::RuleKind::Official })
        })?;
        let ambiguous = tz.to_ambiguous_timestamp(civil);
        let (before, after) = match ambiguous.offset() {
            j::tz::AmbiguousOffset::Unambiguous { offset } => (offset, offset),
            j::tz::AmbiguousOffset::Gap { before, after }
            | j::tz::AmbiguousOffset::Fold { before, after } => (before, after),
        };
        let mode = match disambiguation {
            Disambiguation::Compatible => j::tz::Disambiguation::Compatible,
            Disambiguation::Earlier => j::tz::Disambiguation::Earlier,
            Disambiguation::Later => j::tz::Disambiguation::Later,
            _ => j::tz::Disambiguation::Reject,
        };
        let ts = ambiguous.disambiguate(mode).map_err(|_| {
            let (before, after) = (offset(before), offset(after));
            match (before, after, ambiguous.offset()) {
                (Ok(before), Ok(after), j::tz::AmbiguousOffset::Gap { .. }) => {
                    ZoneError::Date(DateError::SkippedLocalTime { before, after })
                }
                (Ok(earlier), Ok(later), _) => {
                    ZoneError::Date(DateError::AmbiguousLocalTime { earlier, later })
                }
                (Err(e), _, _) | (_, Err(e), _) => e,
            }
        })?;
        let nanos = i128::from(ts.as_second()) * 1_000_000_000 + i128::from(ts.subsec_nanosecond());
        let utc = Zoned::from_unix_nanos(nanos, Offset::UTC)?;
        Ok(utc.to_offset(offset(tz.to_offset(ts))?)?)
    }
}
