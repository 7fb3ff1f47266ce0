// This file is included twice by `interop/mod.rs`: as `jiff_0_2`, where
// `jiff_crate` is jiff 0.2, and as `jiff_1`, where it is jiff 1.x.

use super::*;
use crate::{GregorianDateTime, JalaliDateTime, Offset, Zoned, Time};
use jiff_crate::{civil, tz, Timestamp};

weekday_both_ways!(civil::Weekday: civil::Weekday::Saturday, civil::Weekday::Sunday,
    civil::Weekday::Monday, civil::Weekday::Tuesday, civil::Weekday::Wednesday,
    civil::Weekday::Thursday, civil::Weekday::Friday);

impl From<GregorianDate> for civil::Date {
    fn from(date: GregorianDate) -> civil::Date {
        // The same range as this crate's.
        civil::Date::new(date.year() as i16, date.month() as i8, date.day() as i8)
            .unwrap_or_else(|_| {
                debug_assert!(false, "{date} should fit jiff's range");
                civil::Date::MIN
            })
    }
}

impl From<civil::Date> for GregorianDate {
    fn from(date: civil::Date) -> GregorianDate {
        GregorianDate::new(i32::from(date.year()), date.month() as u8, date.day() as u8)
            .unwrap_or_else(|_| {
                debug_assert!(false, "{date} should fit this crate's range");
                GregorianDate::MIN
            })
    }
}

impl<R: Rule> From<JalaliDate<R>> for civil::Date {
    fn from(date: JalaliDate<R>) -> civil::Date {
        civil::Date::from(date.to_gregorian())
    }
}

/// `From` for the rules that cover jiff's whole range. (One generic
/// `TryFrom` for every rule would collide with the standard library's
/// `TryFrom` for every `From`.)
macro_rules! from_civil {
    ($($rule:ident),*) => {$(
        impl From<civil::Date> for JalaliDate<crate::rule::$rule> {
            fn from(date: civil::Date) -> Self {
                let g = GregorianDate::from(date);
                // The rule covers every Gregorian date of the range.
                JalaliDate::from_gregorian_in(crate::rule::$rule, g).unwrap_or_else(|_| {
                    debug_assert!(false, "{g} should be in the {} rule's range", stringify!($rule));
                    JalaliDate::from_day_number_unchecked(g.to_day_number())
                })
            }
        }
    )*};
}

from_civil!(Official, Rule33, Birashk);

/// Borkowski's rule covers only the years -61..=3177.
impl TryFrom<civil::Date> for JalaliDate<crate::rule::Borkowski> {
    type Error = DateError;

    fn try_from(date: civil::Date) -> Result<Self, DateError> {
        JalaliDate::from_gregorian_in(crate::rule::Borkowski, GregorianDate::from(date))
    }
}

impl From<Time> for civil::Time {
    fn from(t: Time) -> civil::Time {
        // The same range: 00:00..=23:59:59.999999999.
        civil::Time::new(t.hour() as i8, t.minute() as i8, t.second() as i8, t.subsec_nanos() as i32)
            .unwrap_or_else(|_| {
                debug_assert!(false, "{t} should fit jiff's range");
                civil::Time::MIN
            })
    }
}

impl From<civil::Time> for Time {
    fn from(t: civil::Time) -> Time {
        Time::new_with_nanos(t.hour() as u8, t.minute() as u8, t.second() as u8, t.subsec_nanosecond() as u32)
            .unwrap_or_else(|_| {
                debug_assert!(false, "{t} should fit this crate's range");
                Time::MIDNIGHT
            })
    }
}

impl From<GregorianDateTime> for civil::DateTime {
    fn from(dt: GregorianDateTime) -> civil::DateTime {
        civil::DateTime::from_parts(dt.date().into(), dt.time().into())
    }
}

impl From<civil::DateTime> for GregorianDateTime {
    fn from(dt: civil::DateTime) -> GregorianDateTime {
        GregorianDate::from(dt.date()).at(dt.time().into())
    }
}

impl<R: Rule> From<JalaliDateTime<R>> for civil::DateTime {
    fn from(dt: JalaliDateTime<R>) -> civil::DateTime {
        dt.to_gregorian().into()
    }
}

impl From<civil::DateTime> for JalaliDateTime {
    fn from(dt: civil::DateTime) -> JalaliDateTime {
        GregorianDateTime::from(dt).to_jalali()
    }
}

fn offset_of(offset: tz::Offset) -> Offset {
    // jiff's offsets are within ±25:59:59, as this crate's.
    Offset::from_seconds(offset.seconds()).unwrap_or_else(|_| {
        debug_assert!(false, "{offset} should fit this crate's range");
        Offset::UTC
    })
}

/// A timestamp is an instant: at UTC here. jiff's range of timestamps is
/// inside this crate's.
impl From<Timestamp> for Zoned {
    fn from(t: Timestamp) -> Zoned {
        let nanos = i128::from(t.as_second()) * 1_000_000_000 + i128::from(t.subsec_nanosecond());
        Zoned::from_unix_nanos(nanos, Offset::UTC).unwrap_or_else(|_| {
            debug_assert!(false, "{t} should fit this crate's range");
            JalaliDate::MIN.at_midnight().at_offset(Offset::UTC)
        })
    }
}

/// This crate's instants reach a day further than jiff's timestamps at
/// either end: `TryFrom`.
impl<R: Rule> TryFrom<Zoned<R>> for Timestamp {
    type Error = DateError;

    fn try_from(t: Zoned<R>) -> Result<Timestamp, DateError> {
        let out_of_range = DateError::FieldOutOfRange {
            field: crate::Field::UnixSeconds,
            value: t.unix_seconds(),
            min: Timestamp::MIN.as_second(),
            max: Timestamp::MAX.as_second(),
        };
        Timestamp::new(t.unix_seconds(), t.subsec_nanos() as i32).map_err(|_| out_of_range)
    }
}

#[cfg(feature = "alloc")]
/// A zoned value as an offset date-time: the same instant and offset, in
/// [`TimeZone::Iran`](crate::zone::TimeZone::Iran) or
/// [`Afghanistan`](crate::zone::TimeZone::Afghanistan) when the zone is
/// `Asia/Tehran` or `Asia/Kabul`, else at a fixed offset.
impl From<ForeignZoned> for Zoned {
    fn from(z: ForeignZoned) -> Zoned {
        let utc = Zoned::from(z.timestamp());
        let zone = z.time_zone().iana_name().and_then(crate::zone::TimeZone::from_iana_name);
        let there = match zone {
            Some(zone) if zone.offset_at(utc.unix_seconds()) == offset_of(z.offset()) => utc.to_zone(zone),
            _ => utc.to_offset(offset_of(z.offset())),
        };
        there.unwrap_or_else(|_| {
            debug_assert!(false, "{z} should fit this crate's range");
            utc
        })
    }
}

#[cfg(feature = "alloc")]
/// An offset date-time as a zoned value at its fixed offset.
impl<R: Rule> TryFrom<Zoned<R>> for ForeignZoned {
    type Error = DateError;

    fn try_from(t: Zoned<R>) -> Result<ForeignZoned, DateError> {
        let ts = Timestamp::try_from(t)?;
        let offset = tz::Offset::from_seconds(t.offset().seconds()).map_err(|_| DateError::FieldOutOfRange {
            field: crate::Field::UtcOffset,
            value: t.offset().seconds().into(),
            min: -93_599,
            max: 93_599,
        })?;
        Ok(to_zoned(ts, tz::TimeZone::fixed(offset)))
    }
}
