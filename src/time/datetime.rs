//! Civil date-times: a date and a time of day on a wall clock, with no
//! offset or time zone.

use core::fmt;
use core::time::Duration;

use crate::iso::Cursor;
use crate::rule::{Official, Rule};
use crate::time::NANOS_PER_SECOND;
use crate::time::civil::Civil;
use crate::time::zoned::Zoned;
use crate::zone::{Disambiguation, TimeZone};
use crate::{DateError, GregorianDate, JalaliDate, Offset, ParseError, Time};

const NANOS: i128 = NANOS_PER_SECOND as i128;

const fn duration_nanos(d: Duration) -> i128 {
    d.as_secs() as i128 * NANOS + d.subsec_nanos() as i128
}

/// Writes `date` `T` `time`.
fn write_date_time<D: fmt::Display>(
    f: &mut fmt::Formatter<'_>,
    date: D,
    time: Time,
) -> fmt::Result {
    write!(f, "{date}T{time}")
}

/// Reads `YYYY-MM-DD[T ]HH:MM[:SS[.f]]`, refusing an offset after it.
/// A date's year, month and day.
type Ymd = (i32, u8, u8);

/// Reads an RFC 9557 date-time: ISO (Gregorian) fields, no offset, and at
/// least one annotation (`2024-01-26T14:30:00[u-ca=persian]`), else
/// [`NoCalendar`](crate::ParseErrorKind::NoCalendar).
pub(crate) fn parse_annotated_date_time(s: &str) -> Result<GregorianDateTime, ParseError> {
    ParseError::check_len(s)?;
    let mut c = Cursor::new(s);
    let (y, m, d) = c.iso_ymd()?;
    let date_end = c.pos();
    c.date_time_separator()?;
    let at = c.pos();
    let raw = c.time(false)?;
    let end = c.pos();
    if c.at_offset() && c.peek() != Some(b'[') {
        return Err(ParseError::new(crate::ParseErrorKind::UnexpectedOffset, end));
    }
    let found = c.annotations()?;
    c.end()?;
    if !found.any {
        return Err(ParseError::new(crate::ParseErrorKind::NoCalendar, end));
    }
    // A time zone makes an instant, whose offset is not to be dropped.
    if let Some((_, at)) = found.zone {
        return Err(ParseError::new(crate::ParseErrorKind::UnexpectedOffset, at));
    }
    let date = GregorianDate::new(y, m, d).map_err(|e| crate::iso::invalid_date(e, date_end))?;
    Ok(date.at(Time::from_raw(raw, at)?))
}

/// A Jalali date-time from RFC 9557 text, ISO fields with at least one
/// annotation.
pub(crate) fn annotated_jalali_date_time<R: Rule>(
    s: &str,
) -> Result<JalaliDateTime<R>, ParseError> {
    let dt = parse_annotated_date_time(s)?;
    let date = JalaliDate::from_gregorian_in(R::VALUE, dt.date())
        .map_err(|e| ParseError::new(crate::ParseErrorKind::InvalidDate(e), 0))?;
    Ok(date.at(dt.time()))
}

/// Reads a Jalali date-time: Jalali fields, or RFC 9557 with ISO fields;
/// `checked`, a bare year that reads as Gregorian is refused.
pub(crate) fn parse_jalali_date_time<R: Rule>(
    s: &str,
    checked: bool,
) -> Result<JalaliDateTime<R>, ParseError> {
    if s.as_bytes().contains(&b'[') {
        return annotated_jalali_date_time(s);
    }
    let ((y, m, d), end, time) = read_date_time(s, false)?;
    if checked {
        crate::iso::check_bare_year(y)?;
    }
    let date =
        JalaliDate::new_in(R::VALUE, y, m, d).map_err(|e| crate::iso::invalid_date(e, end))?;
    Ok(date.at(time))
}

impl JalaliDateTime {
    /// Reads the Jalali text `YYYY-MM-DDTHH:MM[:SS[.f]]` of any year, as
    /// [`Display`](fmt::Display) writes it, without the check of `FromStr`
    /// that refuses a bare year from 1700 on: for text known to be Jalali.
    ///
    /// # Errors
    ///
    /// As `FromStr`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let far = JalaliDateTime::parse_jalali("1800-01-01T12:00")?;
    /// assert_eq!(far.to_gregorian().to_string(), "2421-03-20T12:00:00");
    /// assert!("1800-01-01T12:00".parse::<JalaliDateTime>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_jalali(s: &str) -> Result<JalaliDateTime, ParseError> {
        parse_jalali_date_time(s, false)
    }
}

/// The date's fields, where the date ends, and the time.
/// `iso`, the date is read as ISO 8601 (a signed six-digit year), else as
/// this crate's Jalali text.
fn read_date_time(s: &str, iso: bool) -> Result<(Ymd, usize, Time), ParseError> {
    ParseError::check_len(s)?;
    let mut c = Cursor::new(s);
    let ymd = if iso { c.iso_ymd()? } else { c.ymd()? };
    let date_end = c.pos();
    c.date_time_separator()?;
    let at = c.pos();
    let raw = c.time(false)?;
    c.end_civil()?;
    Ok((ymd, date_end, Time::from_raw(raw, at)?))
}

/// A Solar Hijri date and a time of day, on a wall clock with no offset or
/// time zone (jiff's `civil::DateTime`, chrono's `NaiveDateTime`).
///
/// The range is every nanosecond of the dates of the rule `R`, from
/// 00:00 on the first to 23:59:59.999999999 on the last; days have 86,400
/// seconds. Date-times are ordered and hashed chronologically.
///
/// To name an instant, give the date-time an offset
/// ([`at_offset`](JalaliDateTime::at_offset)) or a time zone
/// ([`in_zone`](JalaliDateTime::in_zone)).
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, JalaliDateTime, Time};
///
/// let dt = JalaliDate::new(1402, 11, 6)?.at(Time::new(14, 30, 0)?);
/// assert_eq!(dt.to_string(), "1402-11-06T14:30:00");
/// assert_eq!(dt.to_gregorian().to_string(), "2024-01-26T14:30:00");
/// assert_eq!("1402-11-06T14:30:00".parse::<JalaliDateTime>()?, dt);
/// // The civil type has no offset, and does not drop one silently.
/// assert!("1402-11-06T14:30:00+03:30".parse::<JalaliDateTime>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JalaliDateTime<R: Rule = Official> {
    date: JalaliDate<R>,
    time: Time,
}

impl<R: Rule> JalaliDate<R> {
    /// This date at a time of day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Time};
    ///
    /// let dt = JalaliDate::new(1404, 1, 1)?.at(Time::NOON);
    /// assert_eq!(dt.to_string(), "1404-01-01T12:00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn at(self, time: Time) -> JalaliDateTime<R> {
        JalaliDateTime { date: self, time }
    }

    /// This date at midnight, 00:00.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1404, 1, 1)?.at_midnight().to_string(), "1404-01-01T00:00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn at_midnight(self) -> JalaliDateTime<R> {
        self.at(Time::MIDNIGHT)
    }
}

impl<R: Rule> JalaliDateTime<R> {
    /// The date-time of a date and a time.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, JalaliDateTime, Time};
    ///
    /// let dt = JalaliDateTime::new(JalaliDate::new(1402, 11, 6)?, Time::new(14, 30, 0)?);
    /// assert_eq!(dt.time().hour(), 14);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(date: JalaliDate<R>, time: Time) -> Self {
        JalaliDateTime { date, time }
    }

    /// The date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// assert_eq!(dt.date().to_string(), "1402-11-06");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn date(self) -> JalaliDate<R> {
        self.date
    }

    /// The time of day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// assert_eq!(dt.time().to_string(), "14:30:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn time(self) -> Time {
        self.time
    }

    /// The same date at another time.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDateTime, Time};
    ///
    /// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// assert_eq!(dt.with_time(Time::MIDNIGHT).to_string(), "1402-11-06T00:00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_time(self, time: Time) -> Self {
        JalaliDateTime { date: self.date, time }
    }

    pub(crate) const fn civil(self) -> Civil {
        Civil::new(self.date.to_day_number(), self.time)
    }

    /// The date-time of a civil value whose day is in the rule's range.
    pub(crate) const fn from_civil_unchecked(c: Civil) -> Self {
        JalaliDateTime {
            date: JalaliDate::from_day_number_unchecked(c.day() as i32),
            time: c.time(),
        }
    }

    pub(crate) const fn from_civil(c: Civil) -> Option<Self> {
        let (lo, hi) = R::KIND.day_range();
        if c.day() < lo as i64 || c.day() > hi as i64 {
            return None;
        }
        Some(JalaliDateTime::from_civil_unchecked(c))
    }

    /// The same wall-clock date-time in the Gregorian calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1403-12-30T23:59:59".parse()?;
    /// assert_eq!(dt.to_gregorian().to_string(), "2025-03-20T23:59:59");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_gregorian(self) -> GregorianDateTime {
        GregorianDateTime { date: self.date.to_gregorian(), time: self.time }
    }

    /// The Solar Hijri date-time of a Gregorian one, under the rule `rule`.
    ///
    /// # Errors
    ///
    /// When the date is outside the rule's range (only
    /// [`Borkowski`](crate::rule::Borkowski)'s is narrower than the
    /// Gregorian type's).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::Birashk;
    /// use shamsi::{GregorianDateTime, JalaliDateTime};
    ///
    /// let g: GregorianDateTime = "2025-03-20T10:00:00".parse()?;
    /// assert_eq!(JalaliDateTime::from_gregorian_in(Birashk, g)?.to_string(), "1404-01-01T10:00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn from_gregorian_in(rule: R, dt: GregorianDateTime) -> Result<Self, DateError> {
        match JalaliDate::from_gregorian_in(rule, dt.date) {
            Ok(date) => Ok(JalaliDateTime { date, time: dt.time }),
            Err(e) => Err(e),
        }
    }

    /// The date-time `seconds` seconds later (earlier when negative), or
    /// `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1403-12-30T23:30:00".parse()?;
    /// assert_eq!(dt.checked_add_seconds(1800).map(|d| d.to_string()), Some("1404-01-01T00:00:00".into()));
    /// assert_eq!(dt.checked_add_seconds(i64::MAX), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add_seconds(self, seconds: i64) -> Option<Self> {
        self.checked_add_nanos(seconds as i128 * NANOS)
    }

    /// The date-time `nanos` nanoseconds later (earlier when negative), or
    /// `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1402-11-06T00:00:00".parse()?;
    /// assert_eq!(dt.checked_add_nanos(-1).map(|d| d.to_string()), Some("1402-11-05T23:59:59.999999999".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add_nanos(self, nanos: i128) -> Option<Self> {
        match self.civil().add_nanos(nanos, R::KIND.day_range()) {
            Some(c) => Some(JalaliDateTime::from_civil_unchecked(c)),
            None => None,
        }
    }

    /// The date-time a [`Duration`] later, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// let later = dt.checked_add(Duration::from_secs(90 * 60)).map(|d| d.to_string());
    /// assert_eq!(later, Some("1402-11-06T16:00:00".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add(self, duration: Duration) -> Option<Self> {
        self.checked_add_nanos(duration_nanos(duration))
    }

    /// The date-time a [`Duration`] earlier, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::JalaliDateTime;
    ///
    /// let dt: JalaliDateTime = "1404-01-01T00:00:00".parse()?;
    /// let earlier = dt.checked_sub(Duration::from_millis(1)).map(|d| d.to_string());
    /// assert_eq!(earlier, Some("1403-12-30T23:59:59.999".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_sub(self, duration: Duration) -> Option<Self> {
        self.checked_add_nanos(-duration_nanos(duration))
    }

    /// The date-time `seconds` seconds later, stopping at the ends of the
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Time};
    ///
    /// let last = JalaliDate::MAX.at(Time::MAX);
    /// assert_eq!(last.saturating_add_seconds(60), last);
    /// assert_eq!(last.saturating_add_seconds(i64::MIN), JalaliDate::MIN.at_midnight());
    /// ```
    pub const fn saturating_add_seconds(self, seconds: i64) -> Self {
        self.saturating_add_nanos(seconds as i128 * NANOS)
    }

    /// The date-time `nanos` nanoseconds later, stopping at the ends of the
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Time};
    ///
    /// assert_eq!(JalaliDate::MIN.at_midnight().saturating_add_nanos(-1), JalaliDate::MIN.at_midnight());
    /// ```
    pub const fn saturating_add_nanos(self, nanos: i128) -> Self {
        JalaliDateTime::from_civil_unchecked(
            self.civil().saturating_add_nanos(nanos, R::KIND.day_range()),
        )
    }

    /// The date-time a [`Duration`] later, stopping at the end of the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::{JalaliDate, Time};
    ///
    /// let last = JalaliDate::MAX.at(Time::MAX);
    /// assert_eq!(last.saturating_add(Duration::MAX), last);
    /// ```
    pub const fn saturating_add(self, duration: Duration) -> Self {
        self.saturating_add_nanos(duration_nanos(duration))
    }

    /// The date-time a [`Duration`] earlier, stopping at the start of the
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::JalaliDate;
    ///
    /// let first = JalaliDate::MIN.at_midnight();
    /// assert_eq!(first.saturating_sub(Duration::from_secs(1)), first);
    /// ```
    pub const fn saturating_sub(self, duration: Duration) -> Self {
        self.saturating_add_nanos(-duration_nanos(duration))
    }

    /// Nanoseconds from this date-time to `other` (negative when `other`
    /// is earlier). Exact over the whole range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let a: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// let b: JalaliDateTime = "1402-11-06T14:30:00.5".parse()?;
    /// assert_eq!(a.nanos_until(b), 500_000_000);
    /// assert_eq!(b.nanos_until(a), -500_000_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn nanos_until(self, other: Self) -> i128 {
        other.civil().total_nanos() - self.civil().total_nanos()
    }

    /// Whole seconds from this date-time to `other`, the fraction dropped
    /// (rounded toward zero).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDateTime;
    ///
    /// let a: JalaliDateTime = "1403-12-30T12:00:00".parse()?;
    /// let b: JalaliDateTime = "1404-01-01T12:00:00.9".parse()?;
    /// assert_eq!(a.seconds_until(b), 86_400);
    /// assert_eq!(b.seconds_until(a), -86_400);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn seconds_until(self, other: Self) -> i64 {
        // Both are within ±2^39 s of the epoch: the quotient fits.
        (self.nanos_until(other) / NANOS) as i64
    }

    /// The [`Duration`] from this date-time to a later `other`, or `None`
    /// if `other` is earlier.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::JalaliDateTime;
    ///
    /// let a: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// let b: JalaliDateTime = "1402-11-06T16:00:00".parse()?;
    /// assert_eq!(a.duration_until(b), Some(Duration::from_secs(5400)));
    /// assert_eq!(b.duration_until(a), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn duration_until(self, other: Self) -> Option<Duration> {
        let n = self.nanos_until(other);
        if n < 0 {
            return None;
        }
        Some(Duration::new((n / NANOS) as u64, (n % NANOS) as u32))
    }

    /// This wall-clock time at a fixed offset from UTC: one instant.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDateTime, Offset};
    ///
    /// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// let instant = dt.at_offset(Offset::IRAN_STANDARD);
    /// assert_eq!(instant.unix_seconds(), 1_706_266_800);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn at_offset(self, offset: Offset) -> Zoned<R> {
        Zoned::from_parts(self, offset)
    }

    /// This wall-clock time in a time zone: the instant it names there,
    /// with a time the clocks skipped or went through twice resolved as
    /// `disambiguation` says.
    ///
    /// # Errors
    ///
    /// [`DateError::SkippedLocalTime`] or [`DateError::AmbiguousLocalTime`]
    /// with [`Disambiguation::Reject`]; and when a skipped time moved
    /// forward would leave the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::{Disambiguation, TimeZone};
    /// use shamsi::JalaliDateTime;
    ///
    /// // Clocks went from 00:00 to 01:00 on 2 Farvardin 1399.
    /// let dt: JalaliDateTime = "1399-01-02T00:30:00".parse()?;
    /// let resolved = dt.in_zone(TimeZone::Iran, Disambiguation::Compatible)?;
    /// assert_eq!(resolved.jalali().to_string(), "1399-01-02T01:30:00+04:30");
    /// assert!(dt.in_zone(TimeZone::Iran, Disambiguation::Reject).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_zone(
        self,
        zone: TimeZone,
        disambiguation: Disambiguation,
    ) -> Result<Zoned<R>, DateError> {
        let civil = self.civil();
        let unix = zone.resolve(civil.seconds, disambiguation)?;
        // A time moved out of a gap has another wall time than the one
        // asked for: take the offset at the instant, not before it.
        let instant = Civil { seconds: unix, nanos: civil.nanos };
        Zoned::from_instant(instant, zone.offset_at(unix), zone)
    }
}

impl<R: Rule> fmt::Display for JalaliDateTime<R> {
    /// Writes `YYYY-MM-DDTHH:MM:SS`, with the fraction of the second when
    /// it is not zero (`1402-11-06T14:30:00.25`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date_time(f, self.date, self.time)
    }
}

impl<R: Rule> fmt::Debug for JalaliDateTime<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JalaliDateTime({self})")
    }
}

impl<R: Rule> core::str::FromStr for JalaliDateTime<R> {
    type Err = ParseError;

    /// Reads `YYYY-MM-DDTHH:MM:SS` (`T`, `t` or a space between date and
    /// time; the seconds and a fraction of one to nine digits optional),
    /// with Jalali fields for the years before 1700, as
    /// [`JalaliDate`]'s `FromStr` (a later bare year reads as Gregorian and
    /// is refused; [`JalaliDateTime::parse_jalali`] reads it), or RFC 9557
    /// with ISO fields, `2024-01-26T14:30:00[u-ca=persian]`.
    /// An offset or `Z` after it is an error
    /// ([`ParseErrorKind::UnexpectedOffset`](crate::ParseErrorKind::UnexpectedOffset)): read it as an
    /// [`Zoned`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_jalali_date_time(s, true)
    }
}

/// A proleptic Gregorian date and a time of day on a wall clock with no
/// offset: the twin of [`JalaliDateTime`].
///
/// # Example
///
/// ```
/// use shamsi::{GregorianDateTime, JalaliDateTime};
///
/// let g: GregorianDateTime = "2024-01-26T14:30:00".parse()?;
/// assert_eq!(g.to_jalali().to_string(), "1402-11-06T14:30:00");
/// assert_eq!(JalaliDateTime::from(g).to_gregorian(), g);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GregorianDateTime {
    date: GregorianDate,
    time: Time,
}

impl GregorianDate {
    /// This date at a time of day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{GregorianDate, Time};
    ///
    /// let dt = GregorianDate::new(2024, 1, 26)?.at(Time::new(14, 30, 0)?);
    /// assert_eq!(dt.to_string(), "2024-01-26T14:30:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn at(self, time: Time) -> GregorianDateTime {
        GregorianDateTime { date: self, time }
    }
}

impl GregorianDateTime {
    /// The date-time of a date and a time.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{GregorianDate, GregorianDateTime, Time};
    ///
    /// let dt = GregorianDateTime::new(GregorianDate::new(2024, 1, 26)?, Time::NOON);
    /// assert_eq!(dt.to_string(), "2024-01-26T12:00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(date: GregorianDate, time: Time) -> Self {
        GregorianDateTime { date, time }
    }

    /// The date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDateTime;
    ///
    /// let dt: GregorianDateTime = "2024-01-26T14:30:00".parse()?;
    /// assert_eq!(dt.date().year(), 2024);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn date(self) -> GregorianDate {
        self.date
    }

    /// The time of day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDateTime;
    ///
    /// let dt: GregorianDateTime = "2024-01-26T14:30:00".parse()?;
    /// assert_eq!(dt.time().minute(), 30);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn time(self) -> Time {
        self.time
    }

    /// The same wall-clock date-time in the Solar Hijri calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDateTime;
    ///
    /// let dt: GregorianDateTime = "2025-03-21T00:00:00".parse()?;
    /// assert_eq!(dt.to_jalali().to_string(), "1404-01-01T00:00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn to_jalali(self) -> JalaliDateTime {
        JalaliDateTime { date: self.date.to_jalali(), time: self.time }
    }

    /// The date-time `seconds` seconds later, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDateTime;
    ///
    /// let dt: GregorianDateTime = "2024-12-31T23:59:59".parse()?;
    /// assert_eq!(dt.checked_add_seconds(1).map(|d| d.to_string()), Some("2025-01-01T00:00:00".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add_seconds(self, seconds: i64) -> Option<Self> {
        match self.to_jalali().checked_add_seconds(seconds) {
            Some(dt) => Some(dt.to_gregorian()),
            None => None,
        }
    }

    /// The date-time a [`Duration`] later, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::GregorianDateTime;
    ///
    /// let dt: GregorianDateTime = "2024-01-26T14:30:00".parse()?;
    /// assert_eq!(dt.checked_add(Duration::from_secs(60)).map(|d| d.to_string()), Some("2024-01-26T14:31:00".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_add(self, duration: Duration) -> Option<Self> {
        match self.to_jalali().checked_add(duration) {
            Some(dt) => Some(dt.to_gregorian()),
            None => None,
        }
    }

    /// The date-time a [`Duration`] earlier, or `None` outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use core::time::Duration;
    /// use shamsi::GregorianDateTime;
    ///
    /// let dt: GregorianDateTime = "2024-01-01T00:00:00".parse()?;
    /// assert_eq!(dt.checked_sub(Duration::from_secs(1)).map(|d| d.to_string()), Some("2023-12-31T23:59:59".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn checked_sub(self, duration: Duration) -> Option<Self> {
        match self.to_jalali().checked_sub(duration) {
            Some(dt) => Some(dt.to_gregorian()),
            None => None,
        }
    }

    /// Nanoseconds from this date-time to `other`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDateTime;
    ///
    /// let a: GregorianDateTime = "2024-01-26T14:30:00".parse()?;
    /// let b: GregorianDateTime = "2024-01-26T14:30:01".parse()?;
    /// assert_eq!(a.nanos_until(b), 1_000_000_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn nanos_until(self, other: Self) -> i128 {
        self.to_jalali().nanos_until(other.to_jalali())
    }

    /// Whole seconds from this date-time to `other`, rounded toward zero.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::GregorianDateTime;
    ///
    /// let a: GregorianDateTime = "2024-01-26T14:30:00".parse()?;
    /// let b: GregorianDateTime = "2024-01-27T14:30:00".parse()?;
    /// assert_eq!(a.seconds_until(b), 86_400);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn seconds_until(self, other: Self) -> i64 {
        self.to_jalali().seconds_until(other.to_jalali())
    }

    /// This wall-clock time at a fixed offset from UTC.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{GregorianDateTime, Offset};
    ///
    /// let dt: GregorianDateTime = "2024-01-26T11:00:00".parse()?;
    /// assert_eq!(dt.at_offset(Offset::UTC).unix_seconds(), 1_706_266_800);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn at_offset(self, offset: Offset) -> Zoned {
        self.to_jalali().at_offset(offset)
    }

    /// This wall-clock time in a time zone (see
    /// [`JalaliDateTime::in_zone`]).
    ///
    /// # Errors
    ///
    /// As [`JalaliDateTime::in_zone`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::{Disambiguation, TimeZone};
    /// use shamsi::GregorianDateTime;
    ///
    /// let dt: GregorianDateTime = "2022-06-21T12:00:00".parse()?;
    /// let there = dt.in_zone(TimeZone::Iran, Disambiguation::Reject)?;
    /// assert_eq!(there.offset().to_string(), "+04:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn in_zone(
        self,
        zone: TimeZone,
        disambiguation: Disambiguation,
    ) -> Result<Zoned, DateError> {
        self.to_jalali().in_zone(zone, disambiguation)
    }
}

impl fmt::Display for GregorianDateTime {
    /// Writes `YYYY-MM-DDTHH:MM:SS` (ISO 8601), with the fraction of the
    /// second when it is not zero.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date_time(f, self.date, self.time)
    }
}

impl fmt::Debug for GregorianDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GregorianDateTime({self})")
    }
}

impl core::str::FromStr for GregorianDateTime {
    type Err = ParseError;

    /// Reads `YYYY-MM-DDTHH:MM:SS` as [`JalaliDateTime`]'s reader does,
    /// refusing an offset after it.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.as_bytes().contains(&b'[') {
            return parse_annotated_date_time(s);
        }
        let ((y, m, d), end, time) = read_date_time(s, true)?;
        let date = GregorianDate::new(y, m, d).map_err(|e| crate::iso::invalid_date(e, end))?;
        Ok(date.at(time))
    }
}

impl From<GregorianDateTime> for JalaliDateTime {
    fn from(dt: GregorianDateTime) -> JalaliDateTime {
        dt.to_jalali()
    }
}

impl<R: Rule> From<JalaliDateTime<R>> for GregorianDateTime {
    fn from(dt: JalaliDateTime<R>) -> GregorianDateTime {
        dt.to_gregorian()
    }
}
