//! chrono 0.4: `NaiveDate`, `NaiveTime`, `NaiveDateTime`, `DateTime<FixedOffset>`, and
//! from any `DateTime<Tz>`.

use super::*;
use chrono::{Datelike, NaiveDate};

/// Days from 0001-01-01 (day 1 of chrono's count) to 1970-01-01.
const CE_TO_UNIX: i32 = 719_163;

impl From<GregorianDate> for NaiveDate {
    fn from(date: GregorianDate) -> NaiveDate {
        // Every date of the range is one of chrono's.
        NaiveDate::from_num_days_from_ce_opt(date.to_day_number() + CE_TO_UNIX).unwrap_or_else(
            || {
                debug_assert!(false, "{date} should fit chrono's range");
                NaiveDate::MIN
            },
        )
    }
}

impl TryFrom<NaiveDate> for GregorianDate {
    type Error = DateError;

    fn try_from(date: NaiveDate) -> Result<Self, DateError> {
        gregorian_of_day(i64::from(date.num_days_from_ce()) - i64::from(CE_TO_UNIX))
    }
}

via_gregorian!(NaiveDate);
weekday_both_ways!(chrono::Weekday: chrono::Weekday::Sat, chrono::Weekday::Sun, chrono::Weekday::Mon,
    chrono::Weekday::Tue, chrono::Weekday::Wed, chrono::Weekday::Thu, chrono::Weekday::Fri);

use crate::{GregorianDateTime, JalaliDateTime, Offset, Time, Zoned};
use chrono::{FixedOffset, NaiveDateTime, NaiveTime, Timelike};

/// chrono writes a leap second as a nanosecond count of 1,000,000,000 or
/// more; this crate's days have none, so it is clamped to the last
/// nanosecond of the second before.
impl From<NaiveTime> for Time {
    fn from(t: NaiveTime) -> Time {
        let nanos = t.nanosecond().min(999_999_999);
        Time::new_with_nanos(t.hour() as u8, t.minute() as u8, t.second() as u8, nanos)
            .unwrap_or_else(|_| {
                debug_assert!(false, "{t} has chrono's fields");
                Time::MIDNIGHT
            })
    }
}

impl From<Time> for NaiveTime {
    fn from(t: Time) -> NaiveTime {
        NaiveTime::from_hms_nano_opt(
            t.hour().into(),
            t.minute().into(),
            t.second().into(),
            t.subsec_nanos(),
        )
        .unwrap_or_else(|| {
            debug_assert!(false, "{t} fits chrono");
            NaiveTime::MIN
        })
    }
}

impl From<GregorianDateTime> for NaiveDateTime {
    fn from(dt: GregorianDateTime) -> NaiveDateTime {
        NaiveDateTime::new(dt.date().into(), dt.time().into())
    }
}

impl TryFrom<NaiveDateTime> for GregorianDateTime {
    type Error = DateError;

    fn try_from(dt: NaiveDateTime) -> Result<Self, DateError> {
        Ok(GregorianDate::try_from(dt.date())?.at(dt.time().into()))
    }
}

impl<R: Rule> From<JalaliDateTime<R>> for NaiveDateTime {
    fn from(dt: JalaliDateTime<R>) -> NaiveDateTime {
        dt.to_gregorian().into()
    }
}

impl TryFrom<NaiveDateTime> for JalaliDateTime {
    type Error = DateError;

    fn try_from(dt: NaiveDateTime) -> Result<Self, DateError> {
        Ok(GregorianDateTime::try_from(dt)?.to_jalali())
    }
}

/// chrono's offsets are within ±23:59:59, this crate's ±25:59:59.
impl<R: Rule> TryFrom<Zoned<R>> for chrono::DateTime<FixedOffset> {
    type Error = DateError;

    fn try_from(t: Zoned<R>) -> Result<Self, DateError> {
        let seconds = t.offset().seconds();
        let offset = FixedOffset::east_opt(seconds).ok_or(DateError::FieldOutOfRange {
            field: crate::Field::UtcOffset,
            value: seconds.into(),
            min: -86_399,
            max: 86_399,
        })?;
        NaiveDateTime::from(t.to_gregorian()).and_local_timezone(offset).single().ok_or(
            DateError::FieldOutOfRange {
                field: crate::Field::UnixSeconds,
                value: t.unix_seconds(),
                min: i64::MIN,
                max: i64::MAX,
            },
        )
    }
}

/// Any chrono `DateTime<Tz>`: `Utc`, `FixedOffset`, `Local`, chrono-tz's
/// zones; the instant keeps the offset it has there.
impl<Tz: chrono::TimeZone> TryFrom<chrono::DateTime<Tz>> for Zoned {
    type Error = DateError;

    fn try_from(t: chrono::DateTime<Tz>) -> Result<Self, DateError> {
        use chrono::Offset as _;
        let offset = Offset::from_seconds(t.offset().fix().local_minus_utc())?;
        Ok(JalaliDateTime::try_from(t.naive_local())?.at_offset(offset))
    }
}
