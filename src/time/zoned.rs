//! The instant: [`Zoned`], one instant with the wall-clock date and time it
//! has at an offset, and the zone the offset came from.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::time::Duration;

use crate::iso::Cursor;
use crate::rule::{Official, Rule};
use crate::time::NANOS_PER_SECOND;
use crate::time::civil::Civil;
use crate::time::offset::offset_at;
use crate::zone::TimeZone;
use crate::{
    DateError, Field, GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime, Offset,
    ParseError, ParseErrorKind, Time,
};

const NANOS: i128 = NANOS_PER_SECOND as i128;

/// One instant, with the wall-clock date and time it has at a UTC offset:
/// a civil [`JalaliDateTime`] and an [`Offset`], and the time zone the
/// offset came from ([`TimeZone::Fixed`] when none).
///
/// Values are equal, ordered and hashed by the instant alone:
/// `14:30+03:30` and `11:00Z` are the same instant, and equal.
///
/// Its text for machines (`Display`, `FromStr`, serde) is the standard
/// one, RFC 9557 as Temporal and jiff write it, whose date is Gregorian:
/// `2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]`; every other
/// system reads it as the same instant or refuses it, and `FromStr` reads
/// theirs. [`rfc3339`](Zoned::rfc3339) writes plain RFC 3339;
/// [`jalali`](Zoned::jalali) and
/// [`parse_jalali`](Zoned::parse_jalali) the Jalali text for
/// people, `1402-11-06T14:30:00+03:30`, and the patterns of
/// [`format`](crate::format) any other.
///
/// # Example
///
/// ```
/// use shamsi::zone::TimeZone;
/// use shamsi::{Offset, Zoned};
///
/// let t = Zoned::from_unix_seconds_in_zone(1_706_266_800, TimeZone::Iran)?;
/// assert_eq!(t.to_string(), "2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]");
/// assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00+03:30");
/// assert_eq!(t.rfc3339().to_string(), "2024-01-26T14:30:00+03:30");
/// let utc = t.to_offset(Offset::UTC)?;
/// assert_eq!(utc.to_string(), "2024-01-26T11:00:00+00:00[+00:00][u-ca=persian]");
/// assert_eq!(utc, t);
/// assert_eq!("2024-01-26T11:00:00Z".parse::<Zoned>()?, t);
/// assert_eq!(Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?, t);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct Zoned<R: Rule = Official> {
    datetime: JalaliDateTime<R>,
    offset: Offset,
    zone: TimeZone,
}

/// The Unix seconds of a civil value at an offset.
const fn unix_of(civil: Civil, offset: Offset) -> Civil {
    Civil { seconds: civil.seconds - offset.seconds() as i64, nanos: civil.nanos }
}

impl<R: Rule> Zoned<R> {
    pub(crate) const fn from_parts(datetime: JalaliDateTime<R>, offset: Offset) -> Self {
        Zoned { datetime, offset, zone: TimeZone::Fixed(offset) }
    }

    /// The UTC instant (Unix seconds and nanoseconds).
    pub(crate) const fn instant(self) -> Civil {
        unix_of(self.datetime.civil(), self.offset)
    }

    /// The date-time at `offset` of a UTC instant.
    pub(crate) const fn from_instant(
        instant: Civil,
        offset: Offset,
        zone: TimeZone,
    ) -> Result<Self, DateError> {
        let civil =
            Civil { seconds: instant.seconds + offset.seconds() as i64, nanos: instant.nanos };
        match JalaliDateTime::from_civil(civil) {
            Some(datetime) => Ok(Zoned { datetime, offset, zone }),
            None => {
                let (lo, hi) = R::KIND.day_range();
                Err(DateError::FieldOutOfRange {
                    field: Field::UnixSeconds,
                    value: instant.seconds,
                    min: lo as i64 * 86_400 - offset.seconds() as i64,
                    max: hi as i64 * 86_400 + 86_399 - offset.seconds() as i64,
                })
            }
        }
    }

    /// The civil date-time: the wall-clock date and time at the offset.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.datetime().to_string(), "1402-11-06T14:30:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn datetime(self) -> JalaliDateTime<R> {
        self.datetime
    }

    /// The wall-clock date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.date().day(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn date(self) -> JalaliDate<R> {
        self.datetime.date()
    }

    /// The wall-clock time of day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.time().hour(), 14);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn time(self) -> Time {
        self.datetime.time()
    }

    /// The offset.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Offset, Zoned};
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.offset(), Offset::IRAN_STANDARD);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn offset(self) -> Offset {
        self.offset
    }

    /// The time zone the offset is of: [`TimeZone::Fixed`] for a value
    /// made from an offset alone.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::{Offset, Zoned};
    ///
    /// let t = Zoned::from_unix_seconds_in_zone(0, TimeZone::Iran)?;
    /// assert_eq!(t.zone(), TimeZone::Iran);
    /// assert_eq!(Zoned::from_unix_seconds(0, Offset::UTC)?.zone(), TimeZone::Fixed(Offset::UTC));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn zone(self) -> TimeZone {
        self.zone
    }

    /// Seconds since 1970-01-01T00:00:00Z (rounded down: an instant half a
    /// second before the epoch is -1).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.unix_seconds(), 1_706_266_800);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn unix_seconds(self) -> i64 {
        self.instant().seconds
    }

    /// Milliseconds since 1970-01-01T00:00:00Z (rounded down).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00.25+03:30")?;
    /// assert_eq!(t.unix_millis(), 1_706_266_800_250);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn unix_millis(self) -> i64 {
        let i = self.instant();
        // |seconds| < 2^39: the product fits an i64.
        i.seconds * 1_000 + (i.nanos / 1_000_000) as i64
    }

    /// Nanoseconds since 1970-01-01T00:00:00Z (an `i128`: the range spans
    /// more than an `i64` of nanoseconds).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1348-10-11T00:00:00.000000001+00:00")?;
    /// assert_eq!(t.unix_nanos(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn unix_nanos(self) -> i128 {
        self.instant().total_nanos()
    }

    /// The fraction of the second, in nanoseconds.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00.5+03:30")?;
    /// assert_eq!(t.subsec_nanos(), 500_000_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn subsec_nanos(self) -> u32 {
        self.datetime.time().subsec_nanos()
    }

    /// The same instant at another offset.
    ///
    /// # Errors
    ///
    /// When the wall-clock date there is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Offset, Zoned};
    ///
    /// let t = Zoned::parse_jalali("1403-12-30T22:00:00+00:00")?;
    /// assert_eq!(t.to_offset(Offset::IRAN_STANDARD)?.jalali().to_string(), "1404-01-01T01:30:00+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_offset(self, offset: Offset) -> Result<Self, DateError> {
        Zoned::from_instant(self.instant(), offset, TimeZone::Fixed(offset))
    }

    /// The same instant in a time zone, at the zone's offset then.
    ///
    /// # Errors
    ///
    /// When the wall-clock date there is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1401-04-02T16:00:00+00:00")?;
    /// assert_eq!(t.to_zone(TimeZone::Iran)?.jalali().to_string(), "1401-04-02T20:30:00+04:30");
    /// assert_eq!(t.to_zone(TimeZone::Afghanistan)?.jalali().to_string(), "1401-04-02T20:30:00+04:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_zone(self, zone: TimeZone) -> Result<Self, DateError> {
        let instant = self.instant();
        Zoned::from_instant(instant, zone.offset_at(instant.seconds), zone)
    }

    /// The wall-clock date-time in the Gregorian calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.to_gregorian().to_string(), "2024-01-26T14:30:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_gregorian(self) -> GregorianDateTime {
        self.datetime.to_gregorian()
    }

    /// The instant `nanos` nanoseconds later (earlier when negative), at
    /// the same offset, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.checked_add_nanos(1).map(|t| t.subsec_nanos()), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add_nanos(self, nanos: i128) -> Option<Self> {
        match self.datetime.checked_add_nanos(nanos) {
            Some(datetime) => Some(Zoned { datetime, ..self }),
            None => None,
        }
    }

    /// The instant `seconds` seconds later, at the same offset, or `None`
    /// outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.checked_add_seconds(3600).map(|t| t.jalali().to_string()), Some("1402-11-06T15:30:00+03:30".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add_seconds(self, seconds: i64) -> Option<Self> {
        self.checked_add_nanos(seconds as i128 * NANOS)
    }

    /// The instant a [`Duration`] later, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.checked_add(Duration::from_secs(1)).map(|t| t.unix_seconds()), Some(1_706_266_801));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add(self, duration: Duration) -> Option<Self> {
        match self.datetime.checked_add(duration) {
            Some(datetime) => Some(Zoned { datetime, ..self }),
            None => None,
        }
    }

    /// The instant a [`Duration`] earlier, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.checked_sub(Duration::from_secs(1)).map(|t| t.unix_seconds()), Some(1_706_266_799));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_sub(self, duration: Duration) -> Option<Self> {
        match self.datetime.checked_sub(duration) {
            Some(datetime) => Some(Zoned { datetime, ..self }),
            None => None,
        }
    }

    /// The instant a [`Duration`] later, stopping at the end of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::{JalaliDate, Offset, Time};
    ///
    /// let last = JalaliDate::MAX.at(Time::MAX).at_offset(Offset::UTC);
    /// assert_eq!(last.saturating_add(Duration::MAX), last);
    /// ```
    pub const fn saturating_add(self, duration: Duration) -> Self {
        Zoned { datetime: self.datetime.saturating_add(duration), ..self }
    }

    /// The instant a [`Duration`] earlier, stopping at the start of the
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::{JalaliDate, Offset};
    ///
    /// let first = JalaliDate::MIN.at_midnight().at_offset(Offset::UTC);
    /// assert_eq!(first.saturating_sub(Duration::MAX), first);
    /// ```
    pub const fn saturating_sub(self, duration: Duration) -> Self {
        Zoned { datetime: self.datetime.saturating_sub(duration), ..self }
    }

    /// Nanoseconds from this instant to `other` (negative when earlier),
    /// whatever their offsets.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let a = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// let b = Zoned::parse_jalali("1402-11-06T11:00:01+00:00")?;
    /// assert_eq!(a.nanos_until(b), 1_000_000_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn nanos_until(self, other: Self) -> i128 {
        other.instant().total_nanos() - self.instant().total_nanos()
    }

    /// Whole seconds from this instant to `other`, rounded toward zero.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let a = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// let b = Zoned::parse_jalali("1402-11-06T14:30:00+04:30")?;
    /// assert_eq!(a.seconds_until(b), -3600);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn seconds_until(self, other: Self) -> i64 {
        (self.nanos_until(other) / NANOS) as i64
    }

    /// The RFC 3339 form of this instant: the Gregorian wall-clock
    /// date-time and the offset, `2024-01-26T14:30:00+03:30`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00.5+03:30")?;
    /// assert_eq!(t.rfc3339().to_string(), "2024-01-26T14:30:00.5+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn rfc3339(self) -> Rfc3339<R> {
        Rfc3339 { value: self, extended: false }
    }

    /// The RFC 9557 form, which `Display` writes: RFC 3339, then the time
    /// zone (its IANA name for Iran's and Afghanistan's, else the fixed
    /// offset, as Temporal and jiff write it), and the calendar:
    /// `2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.rfc9557().to_string(), "2024-01-26T14:30:00+03:30[+03:30][u-ca=persian]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn rfc9557(self) -> Rfc3339<R> {
        Rfc3339 { value: self, extended: true }
    }
}

impl Zoned {
    /// The instant `seconds` after 1970-01-01T00:00:00Z, at `offset`.
    ///
    /// # Errors
    ///
    /// When the wall-clock date at that offset is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Offset, Zoned};
    ///
    /// let t = Zoned::from_unix_seconds(1_706_266_800, Offset::IRAN_STANDARD)?;
    /// assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00+03:30");
    /// assert!(Zoned::from_unix_seconds(i64::MAX, Offset::UTC).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_unix_seconds(seconds: i64, offset: Offset) -> Result<Self, DateError> {
        Zoned::from_unix(Civil { seconds, nanos: 0 }, offset, TimeZone::Fixed(offset))
    }

    /// The instant `millis` milliseconds after the epoch, at `offset`.
    ///
    /// # Errors
    ///
    /// When the wall-clock date is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Offset, Zoned};
    ///
    /// let t = Zoned::from_unix_millis(-1, Offset::UTC)?;
    /// assert_eq!(t.jalali().to_string(), "1348-10-10T23:59:59.999+00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_unix_millis(millis: i64, offset: Offset) -> Result<Self, DateError> {
        Zoned::from_unix_nanos(millis as i128 * 1_000_000, offset)
    }

    /// The instant `nanos` nanoseconds after the epoch, at `offset`.
    ///
    /// # Errors
    ///
    /// When the wall-clock date is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Offset, Zoned};
    ///
    /// let t = Zoned::from_unix_nanos(1_706_266_800_000_000_001, Offset::UTC)?;
    /// assert_eq!(t.jalali().to_string(), "1402-11-06T11:00:00.000000001+00:00");
    /// assert!(Zoned::from_unix_nanos(i128::MIN, Offset::UTC).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_unix_nanos(nanos: i128, offset: Offset) -> Result<Self, DateError> {
        match Civil::from_total_nanos(nanos) {
            Some(instant) => Zoned::from_unix(instant, offset, TimeZone::Fixed(offset)),
            None => Err(DateError::FieldOutOfRange {
                field: Field::UnixSeconds,
                value: if nanos < 0 { i64::MIN } else { i64::MAX },
                min: GregorianDate::MIN.to_day_number() as i64 * 86_400,
                max: GregorianDate::MAX.to_day_number() as i64 * 86_400 + 86_399,
            }),
        }
    }

    /// The instant `seconds` after the epoch, in a time zone (at its
    /// offset then).
    ///
    /// # Errors
    ///
    /// When the wall-clock date there is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::from_unix_seconds_in_zone(1_656_000_000, TimeZone::Iran)?;
    /// assert_eq!(t.jalali().to_string(), "1401-04-02T20:30:00+04:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_unix_seconds_in_zone(
        seconds: i64,
        zone: TimeZone,
    ) -> Result<Self, DateError> {
        Zoned::from_unix(Civil { seconds, nanos: 0 }, zone.offset_at(seconds), zone)
    }

    /// The instant `nanos` nanoseconds after the epoch, in a time zone.
    ///
    /// # Errors
    ///
    /// When the wall-clock date there is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::from_unix_nanos_in_zone(-1, TimeZone::Iran)?;
    /// assert_eq!(t.jalali().to_string(), "1348-10-11T03:29:59.999999999+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_unix_nanos_in_zone(nanos: i128, zone: TimeZone) -> Result<Self, DateError> {
        match Zoned::from_unix_nanos(nanos, Offset::UTC) {
            Ok(t) => t.to_zone(zone),
            Err(e) => Err(e),
        }
    }

    const fn from_unix(instant: Civil, offset: Offset, zone: TimeZone) -> Result<Self, DateError> {
        // Far outside the range, adding the offset could overflow.
        let limit = 1i64 << 40;
        if instant.seconds < -limit || instant.seconds > limit {
            return Err(DateError::FieldOutOfRange {
                field: Field::UnixSeconds,
                value: instant.seconds,
                min: GregorianDate::MIN.to_day_number() as i64 * 86_400 - offset.seconds() as i64,
                max: GregorianDate::MAX.to_day_number() as i64 * 86_400 + 86_399
                    - offset.seconds() as i64,
            });
        }
        Zoned::from_instant(instant, offset, zone)
    }

    /// Reads RFC 3339 (`2024-01-26T14:30:00+03:30`, `2024-01-26T11:00:00Z`):
    /// a Gregorian date-time with seconds and an offset. A leap second,
    /// `:60`, is kept as `:59.999999999` (this crate's days have no leap
    /// seconds).
    ///
    /// # Errors
    ///
    /// When the text is not RFC 3339, or its fields are out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_rfc3339("2024-01-26T11:00:00Z")?;
    /// assert_eq!(t.unix_seconds(), 1_706_266_800);
    /// let leap = Zoned::parse_rfc3339("2016-12-31T23:59:60Z")?;
    /// assert_eq!(leap.time().to_string(), "23:59:59.999999999");
    /// assert!(Zoned::parse_rfc3339("2024-01-26T11:00:00").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_rfc3339(s: &str) -> Result<Self, ParseError> {
        ParseError::check_len(s)?;
        let mut c = Cursor::new(s);
        let t = read_gregorian_instant(&mut c)?;
        c.end()?;
        Ok(t)
    }

    /// Reads RFC 9557: RFC 3339 followed by annotations, a time zone name
    /// (`[Asia/Tehran]`) and keys (`[u-ca=persian]`). Returns the instant and
    /// the zone name, if any.
    ///
    /// The date is Gregorian, as RFC 9557 has it; the calendar key only says
    /// how to show it: `persian` and `gregory` (or `iso8601`) are honoured,
    /// another calendar is ignored unless marked critical (`[!u-ca=hebrew]`),
    /// which is an error, as is any other critical key. When the zone is
    /// `Asia/Tehran` or `Asia/Kabul`, the offset must be that zone's at the
    /// instant, and the result is in that zone.
    ///
    /// # Errors
    ///
    /// [`ParseErrorKind::CriticalAnnotation`], [`ParseErrorKind::OffsetMismatch`],
    /// or any error of [`parse_rfc3339`](Zoned::parse_rfc3339).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::{Zoned, ParseErrorKind};
    ///
    /// let (t, zone) = Zoned::parse_rfc9557("2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]")?;
    /// assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00+03:30");
    /// assert_eq!((t.zone(), zone), (TimeZone::Iran, Some("Asia/Tehran")));
    /// let err = Zoned::parse_rfc9557("2024-01-26T14:30:00+03:30[!u-ca=hebrew]").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::CriticalAnnotation);
    /// let err = Zoned::parse_rfc9557("2024-01-26T14:30:00+04:30[Asia/Tehran]").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::OffsetMismatch);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_rfc9557(s: &str) -> Result<(Self, Option<&str>), ParseError> {
        ParseError::check_len(s)?;
        let mut c = Cursor::new(s);
        let t = read_gregorian_instant(&mut c)?;
        // An offset ends in a digit; `Z` says the instant is exact in UTC.
        let utc = matches!(s.as_bytes().get(c.pos().wrapping_sub(1)), Some(b'Z' | b'z'));
        let found = c.annotations()?;
        c.end()?;
        let t = in_annotated_zone(s, t, utc, found.zone)?;
        Ok((t, found.zone.map(|(name, _)| name)))
    }
}

/// The instant that a wall clock, its written offset and the zone its RFC
/// 9557 annotation names make together, as Temporal reads them: the zone's
/// offset at that wall time must be the one written, or, when the written
/// one has no seconds, round to it (Temporal writes `+03:26` for Tehran's
/// mean time, +03:25:44); the instant then takes the zone's exact offset.
/// Iran's and Afghanistan's clocks, UTC and fixed offsets (`[+03:30]`) are
/// known here, any other IANA name through jiff when a jiff feature is on;
/// without it, another name leaves the instant at its written offset.
/// `utc`, the offset was written `Z`: the instant is exact, and the zone
/// only says which clock to show it on (RFC 9557 §4.3).
fn in_annotated_zone(
    input: &str,
    t: Zoned,
    utc: bool,
    zone: Option<(&str, usize)>,
) -> Result<Zoned, ParseError> {
    let Some((name, at)) = zone else {
        return Ok(t);
    };
    let invalid = |e| ParseError::new(ParseErrorKind::InvalidDate(e), at);
    let known = match TimeZone::from_iana_name(name) {
        Some(zone) => Some((zone, zone.offset_at(t.unix_seconds()))),
        None if name.starts_with(['+', '-']) => {
            // Errors in the name at their place in the input: the name is a
            // part of it.
            let start = (name.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
            let in_input = |e: ParseError| ParseError::new(e.kind(), start + e.offset());
            let mut c = Cursor::new(name);
            let seconds = c.offset().map_err(in_input)?;
            c.end().map_err(in_input)?;
            let fixed = offset_at(seconds, at)?;
            Some((TimeZone::Fixed(fixed), fixed))
        }
        None => iana_offset(name, t.unix_seconds()).map(|o| (TimeZone::Fixed(o), o)),
    };
    let Some((zone, exact)) = known else {
        return Ok(t);
    };
    if utc {
        return t.to_zone(zone).map_err(invalid);
    }
    let written = t.offset.seconds();
    let rounded = exact.seconds().signum() * ((exact.seconds().abs() + 30) / 60 * 60);
    if exact.seconds() != written && (written % 60 != 0 || rounded != written) {
        return Err(ParseError::new(ParseErrorKind::OffsetMismatch, at));
    }
    // The same wall clock at the zone's exact offset.
    let t = t.datetime.at_offset(exact);
    let there = t.to_zone(zone).map_err(invalid)?;
    if there.offset != exact {
        return Err(ParseError::new(ParseErrorKind::OffsetMismatch, at));
    }
    Ok(there)
}

/// The offset of an IANA zone that this crate does not carry, at an
/// instant, through jiff's database.
#[cfg(all(feature = "std", any(feature = "jiff_0_2", feature = "jiff_1")))]
fn iana_offset(name: &str, unix_seconds: i64) -> Option<Offset> {
    crate::edge::interop::iana::offset_in(name, unix_seconds)
}

/// Without jiff, no other zone is known.
#[cfg(not(all(feature = "std", any(feature = "jiff_0_2", feature = "jiff_1"))))]
fn iana_offset(_name: &str, _unix_seconds: i64) -> Option<Offset> {
    None
}

/// Reads an RFC 3339 date-time: Gregorian, seconds required, an offset.
fn read_gregorian_instant(c: &mut Cursor<'_>) -> Result<Zoned, ParseError> {
    let (y, m, d) = c.iso_ymd()?;
    let date = GregorianDate::new(y, m, d).map_err(|e| crate::iso::invalid_date(e, c.pos()))?;
    c.date_time_separator()?;
    let at = c.pos();
    let mut raw = c.time(true)?;
    if raw.second == 60 {
        raw.second = 59;
        raw.nanos = NANOS_PER_SECOND - 1;
    }
    let time = Time::from_raw(raw, at)?;
    let at = c.pos();
    let offset = offset_at(c.offset()?, at)?;
    Ok(date.at(time).at_offset(offset))
}

impl<R: Rule> PartialEq for Zoned<R> {
    fn eq(&self, other: &Self) -> bool {
        self.instant() == other.instant()
    }
}

impl<R: Rule> Eq for Zoned<R> {}

impl<R: Rule> PartialOrd for Zoned<R> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<R: Rule> Ord for Zoned<R> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.instant().cmp(&other.instant())
    }
}

impl<R: Rule> Hash for Zoned<R> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.instant().hash(state);
    }
}

impl<R: Rule> fmt::Display for Zoned<R> {
    /// Writes RFC 9557, as Temporal's `ZonedDateTime` and jiff's `Zoned`
    /// do: the Gregorian (ISO) date and time, the offset, the zone, and the
    /// calendar, `2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]`.
    /// The same as [`rfc9557`](Zoned::rfc9557).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.rfc9557().fmt(f)
    }
}

impl<R: Rule> fmt::Debug for Zoned<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.zone.iana_name() {
            Some(name) => write!(f, "Zoned({self}[{name}])"),
            None => write!(f, "Zoned({self})"),
        }
    }
}

impl<R: Rule> core::str::FromStr for Zoned<R> {
    type Err = ParseError;

    /// Reads an instant as other systems write one: RFC 3339 and RFC 9557
    /// (Temporal, jiff, `Date.toISOString`, Python's `isoformat`), whose
    /// dates are Gregorian: `2024-01-26T11:00:00Z`, `…14:30:00.5+03:30`, a
    /// space or `t` for the `T`, the seconds left out (java.time), an hour
    /// offset (`+00`, PostgreSQL), chrono's `… +03:30` and `… UTC`, and the
    /// annotations `[Asia/Tehran]`, `[+03:30]` and `[u-ca=persian]`. A zone
    /// that this crate knows puts the value in that zone, and its offset
    /// must agree. Jalali text is read by
    /// [`parse_jalali`](Zoned::parse_jalali).
    ///
    /// # Errors
    ///
    /// No offset ([`UnexpectedEnd`](crate::ParseErrorKind::UnexpectedEnd)),
    /// an offset that disagrees with the zone
    /// ([`OffsetMismatch`](crate::ParseErrorKind::OffsetMismatch)), a
    /// critical annotation not understood
    /// ([`CriticalAnnotation`](crate::ParseErrorKind::CriticalAnnotation)),
    /// or any other shape.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ParseError::check_len(s)?;
        let mut c = Cursor::new(s);
        let (y, m, d) = c.iso_ymd()?;
        let date = GregorianDate::new(y, m, d).map_err(|e| crate::iso::invalid_date(e, c.pos()))?;
        c.date_time_separator()?;
        let at = c.pos();
        let mut raw = c.time(false)?;
        if raw.second == 60 {
            raw.second = 59;
            raw.nanos = NANOS_PER_SECOND - 1;
        }
        let time = Time::from_raw(raw, at)?;
        // chrono's `Display`: a space before the offset, and `UTC`.
        let spaced = c.eat(b' ');
        let at = c.pos();
        let utc = matches!(c.peek(), Some(b'Z' | b'z'));
        let seconds = if spaced && c.eat_str("UTC") { 0 } else { c.offset()? };
        let offset = offset_at(seconds, at)?;
        let found = c.annotations()?;
        c.end()?;
        let t = in_annotated_zone(s, date.at(time).at_offset(offset), utc, found.zone)?;
        // Within the Gregorian range, a Jalali one of any rule holds it.
        Zoned::from_instant(t.instant(), t.offset, t.zone)
            .map_err(|e| ParseError::new(ParseErrorKind::InvalidDate(e), 0))
    }
}

impl Zoned {
    /// Reads the Jalali text of an instant, as
    /// [`jalali`](Zoned::jalali) writes it: the wall-clock Jalali
    /// date-time and its offset, `1402-11-06T14:30:00+03:30`. This is text
    /// for people and for this crate alone (other systems would read its
    /// date as Gregorian); `FromStr` reads the standard forms.
    ///
    /// # Errors
    ///
    /// As [`JalaliDateTime`]'s `FromStr`, and a missing offset.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// assert_eq!(t.unix_seconds(), 1_706_266_800);
    /// assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_jalali(s: &str) -> Result<Self, ParseError> {
        Zoned::read_jalali(s)
    }
}

impl<R: Rule> Zoned<R> {
    /// Reads the Jalali text of an instant by the rule `R`.
    pub(crate) fn read_jalali(s: &str) -> Result<Self, ParseError> {
        ParseError::check_len(s)?;
        let mut c = Cursor::new(s);
        let (y, m, d) = c.ymd()?;
        let date = JalaliDate::new_in(R::VALUE, y, m, d)
            .map_err(|e| crate::iso::invalid_date(e, c.pos()))?;
        c.date_time_separator()?;
        let at = c.pos();
        let time = Time::from_raw(c.time(false)?, at)?;
        let at = c.pos();
        let offset = offset_at(c.offset()?, at)?;
        c.end()?;
        Ok(date.at(time).at_offset(offset))
    }

    /// The Jalali text of the instant, for people: the wall-clock Jalali
    /// date-time and the offset, `1402-11-06T14:30:00+03:30`, read back by
    /// [`parse_jalali`](Zoned::parse_jalali). Not for other
    /// systems, which would read its date as Gregorian: `Display` writes
    /// RFC 9557 for them.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::Zoned;
    ///
    /// let t = Zoned::from_unix_seconds_in_zone(1_706_266_800, TimeZone::Iran)?;
    /// assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn jalali(self) -> JalaliText<R> {
        JalaliText(self)
    }
}

/// The Jalali text of an [`Zoned`], `1402-11-06T14:30:00+03:30`,
/// written by its `Display`; made by [`Zoned::jalali`].
#[derive(Clone, Copy, Debug)]
pub struct JalaliText<R: Rule = Official>(Zoned<R>);

impl<R: Rule> fmt::Display for JalaliText<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0.datetime, self.0.offset)
    }
}

/// The RFC 3339 (or RFC 9557) text of an [`Zoned`], written by
/// its `Display`; made by [`Zoned::rfc3339`].
#[derive(Clone, Copy, Debug)]
pub struct Rfc3339<R: Rule = Official> {
    value: Zoned<R>,
    extended: bool,
}

impl<R: Rule> fmt::Display for Rfc3339<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.value.to_gregorian(), self.value.offset)?;
        if self.extended {
            // The zone as Temporal and jiff write it: its IANA name, or the
            // fixed offset itself.
            match self.value.zone {
                TimeZone::Fixed(offset) => write!(f, "[{offset}]")?,
                zone => write!(f, "[{}]", zone.iana_name().unwrap_or("UTC"))?,
            }
            f.write_str("[u-ca=persian]")?;
        }
        Ok(())
    }
}

#[cfg(feature = "std")]
mod now {
    use super::*;

    /// Nanoseconds since the Unix epoch now.
    fn unix_nanos_now() -> i128 {
        let now = std::time::SystemTime::now();
        match now.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => d.as_nanos() as i128,
            Err(e) => -(e.duration().as_nanos() as i128),
        }
    }

    /// Keeps a clock set beyond the range from failing.
    fn now_in(zone: TimeZone) -> Zoned {
        let nanos = unix_nanos_now();
        match Zoned::from_unix_nanos_in_zone(nanos, zone) {
            Ok(t) => t,
            Err(_) if nanos < 0 => JalaliDate::MIN.at_midnight().at_offset(Offset::MAX),
            Err(_) => JalaliDate::MAX.at(Time::MAX).at_offset(Offset::MIN),
        }
    }

    impl Zoned {
        /// Now, by the system clock, on Iran's clock.
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::Zoned;
        ///
        /// let now = Zoned::now_in_iran();
        /// assert!(now.date().year() >= 1405);
        /// assert_eq!(now.offset().to_string(), "+03:30");
        /// ```
        pub fn now_in_iran() -> Zoned {
            now_in(TimeZone::Iran)
        }

        /// Now, by the system clock, on Afghanistan's clock.
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::Zoned;
        ///
        /// assert_eq!(Zoned::now_in_afghanistan().offset().to_string(), "+04:30");
        /// ```
        pub fn now_in_afghanistan() -> Zoned {
            now_in(TimeZone::Afghanistan)
        }

        /// Now, by the system clock, at a fixed offset.
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::{Offset, Zoned};
        ///
        /// let utc = Zoned::now_at_offset(Offset::UTC);
        /// let tehran = Zoned::now_in_iran();
        /// assert!(utc.seconds_until(tehran).abs() < 60);
        /// ```
        pub fn now_at_offset(offset: Offset) -> Zoned {
            now_in(TimeZone::Fixed(offset))
        }
    }
}
