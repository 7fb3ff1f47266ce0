//! time 0.3: `Date`, `Time`, `PrimitiveDateTime`, `OffsetDateTime`.

use super::*;

/// The Julian Day Number of 1970-01-01.
const JDN_OF_UNIX: i32 = 2_440_588;

impl From<GregorianDate> for time::Date {
    fn from(date: GregorianDate) -> time::Date {
        // time's range is at least -9999..=9999.
        time::Date::from_julian_day(date.to_julian_day()).unwrap_or_else(|_| {
            debug_assert!(false, "{date} should fit time's range");
            time::Date::MIN
        })
    }
}

impl TryFrom<time::Date> for GregorianDate {
    type Error = DateError;

    fn try_from(date: time::Date) -> Result<Self, DateError> {
        gregorian_of_day(i64::from(date.to_julian_day()) - i64::from(JDN_OF_UNIX))
    }
}

via_gregorian!(time::Date);
weekday_both_ways!(time::Weekday: time::Weekday::Saturday, time::Weekday::Sunday,
    time::Weekday::Monday, time::Weekday::Tuesday, time::Weekday::Wednesday,
    time::Weekday::Thursday, time::Weekday::Friday);

use crate::{GregorianDateTime, JalaliDateTime, Offset, Time, Zoned};

impl From<Time> for time::Time {
    fn from(t: Time) -> time::Time {
        time::Time::from_hms_nano(t.hour(), t.minute(), t.second(), t.subsec_nanos())
            .unwrap_or_else(|_| {
                debug_assert!(false, "{t} fits time's range");
                time::Time::MIDNIGHT
            })
    }
}

impl From<time::Time> for Time {
    fn from(t: time::Time) -> Time {
        Time::new_with_nanos(t.hour(), t.minute(), t.second(), t.nanosecond()).unwrap_or_else(
            |_| {
                debug_assert!(false, "{t} fits this crate's range");
                Time::MIDNIGHT
            },
        )
    }
}

impl From<GregorianDateTime> for time::PrimitiveDateTime {
    fn from(dt: GregorianDateTime) -> time::PrimitiveDateTime {
        time::PrimitiveDateTime::new(dt.date().into(), dt.time().into())
    }
}

impl TryFrom<time::PrimitiveDateTime> for GregorianDateTime {
    type Error = DateError;

    fn try_from(dt: time::PrimitiveDateTime) -> Result<Self, DateError> {
        Ok(GregorianDate::try_from(dt.date())?.at(dt.time().into()))
    }
}

impl<R: Rule> From<JalaliDateTime<R>> for time::PrimitiveDateTime {
    fn from(dt: JalaliDateTime<R>) -> time::PrimitiveDateTime {
        dt.to_gregorian().into()
    }
}

impl TryFrom<time::PrimitiveDateTime> for JalaliDateTime {
    type Error = DateError;

    fn try_from(dt: time::PrimitiveDateTime) -> Result<Self, DateError> {
        Ok(GregorianDateTime::try_from(dt)?.to_jalali())
    }
}

/// time's offsets are within ±25:59:59, as this crate's; the wall clock
/// is kept as it is.
impl<R: Rule> From<Zoned<R>> for time::OffsetDateTime {
    fn from(t: Zoned<R>) -> time::OffsetDateTime {
        let s = t.offset().seconds();
        let offset = time::UtcOffset::from_whole_seconds(s).unwrap_or_else(|_| {
            debug_assert!(false, "{s} fits time's offsets");
            time::UtcOffset::UTC
        });
        time::PrimitiveDateTime::from(t.to_gregorian()).assume_offset(offset)
    }
}

impl TryFrom<time::OffsetDateTime> for Zoned {
    type Error = DateError;

    fn try_from(t: time::OffsetDateTime) -> Result<Self, DateError> {
        let offset = Offset::from_seconds(t.offset().whole_seconds())?;
        let wall = time::PrimitiveDateTime::new(t.date(), t.time());
        Ok(JalaliDateTime::try_from(wall)?.at_offset(offset))
    }
}
