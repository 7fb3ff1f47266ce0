//! Conversions to and from the types of other crates (features
//! `chrono_0_4`, `time_0_3`, `jiff_0_2`, `jiff_1`).
//!
//! | crate and type | range | into it | from it |
//! |---|---|---|---|
//! | `chrono` 0.4 `NaiveDate` | about ±262,000 years | `From` | `TryFrom` (fails outside -9999..=9999) |
//! | `time` 0.3 `Date` | ±9999 years (±999,999 with its `large-dates`) | `From` | `TryFrom` (fails only with `large-dates`) |
//! | `jiff` 0.2 `civil::Date` | -9999..=9999, as this crate | `From` | `From` |
//!
//! Times and date-times (`From` where the whole range fits, which
//! `tests/integration/interop_datetime.rs` proves at the ends, `TryFrom` otherwise):
//!
//! | this crate | chrono 0.4 | time 0.3 | jiff 0.2 and 1.x |
//! |---|---|---|---|
//! | [`Time`](crate::Time) | `NaiveTime` both ways (a leap second, nanoseconds ≥ 10⁹, clamped to `:59.999999999`) | `Time` both ways | `civil::Time` both ways |
//! | [`GregorianDateTime`](crate::GregorianDateTime), [`JalaliDateTime`](crate::JalaliDateTime) | `NaiveDateTime`: `From` into it, `TryFrom` from it | `PrimitiveDateTime`: the same | `civil::DateTime` both ways |
//! | [`Zoned`](crate::Zoned) | `DateTime<FixedOffset>` `TryFrom` both ways (chrono's offsets stop at ±23:59:59), any `DateTime<Tz>` `TryFrom` | `OffsetDateTime`: `From` into it, `TryFrom` from it | `Timestamp`: `From` it, `TryFrom` into it; `Zoned` (jiff 1: `ZonedDateTime`, with `alloc`) the same, in [`TimeZone::Iran`](crate::zone::TimeZone::Iran) or `Afghanistan` for their zones |
//!
//! With `std` and a jiff feature, any IANA zone: `Zoned::to_iana_zone`,
//! `JalaliDateTime::in_iana_zone`, `Zoned::now_in_time_zone`,
//! `JalaliDate::today_in_time_zone` (errors are [`ZoneError`](crate::zone::ZoneError),
//! not jiff's).
//!
//! Each works for [`GregorianDate`] and for [`JalaliDate`] of any rule. For
//! [`Borkowski`](crate::rule::Borkowski), whose range is narrower,
//! converting into it is `TryFrom` from every type, jiff's included.

use crate::rule::Rule;
use crate::{DateError, GregorianDate, JalaliDate};

#[allow(dead_code)] // by chrono and time only
/// The Gregorian date for a day number that another crate produced; the
/// error names the day number when it is out of range.
fn gregorian_of_day(day: i64) -> Result<GregorianDate, DateError> {
    let (lo, hi) = (GregorianDate::MIN.to_day_number(), GregorianDate::MAX.to_day_number());
    match i32::try_from(day) {
        Ok(n) if (lo..=hi).contains(&n) => GregorianDate::from_day_number(n),
        _ => Err(DateError::FieldOutOfRange {
            field: crate::Field::DayNumber,
            value: day,
            min: i64::from(lo),
            max: i64::from(hi),
        }),
    }
}

#[allow(unused_macros)] // by chrono and time only
macro_rules! via_gregorian {
    ($foreign:ty) => {
        impl<R: Rule> From<JalaliDate<R>> for $foreign {
            fn from(date: JalaliDate<R>) -> $foreign {
                <$foreign>::from(date.to_gregorian())
            }
        }

        // For the official calendar only, so that `JalaliDate::try_from(d)`
        // needs no annotation; another rule goes through `GregorianDate`
        // and `JalaliDate::from_gregorian_in`.
        impl TryFrom<$foreign> for JalaliDate {
            type Error = DateError;

            fn try_from(date: $foreign) -> Result<Self, DateError> {
                let g = GregorianDate::try_from(date)?;
                JalaliDate::from_gregorian_in(crate::rule::Official, g)
            }
        }
    };
}

/// `From` both ways between [`Weekday`](crate::Weekday) and another
/// crate's, named Saturday first.
#[allow(unused_macros)] // by chrono, time and jiff only
macro_rules! weekday_both_ways {
    ($foreign:ty: $sat:path, $sun:path, $mon:path, $tue:path, $wed:path, $thu:path, $fri:path) => {
        impl From<crate::Weekday> for $foreign {
            fn from(w: crate::Weekday) -> $foreign {
                match w {
                    crate::Weekday::Saturday => $sat,
                    crate::Weekday::Sunday => $sun,
                    crate::Weekday::Monday => $mon,
                    crate::Weekday::Tuesday => $tue,
                    crate::Weekday::Wednesday => $wed,
                    crate::Weekday::Thursday => $thu,
                    crate::Weekday::Friday => $fri,
                }
            }
        }

        impl From<$foreign> for crate::Weekday {
            fn from(w: $foreign) -> crate::Weekday {
                match w {
                    $sat => crate::Weekday::Saturday,
                    $sun => crate::Weekday::Sunday,
                    $mon => crate::Weekday::Monday,
                    $tue => crate::Weekday::Tuesday,
                    $wed => crate::Weekday::Wednesday,
                    $thu => crate::Weekday::Thursday,
                    $fri => crate::Weekday::Friday,
                }
            }
        }
    };
}

#[cfg(feature = "chrono_0_4")]
mod chrono_0_4;
#[cfg(feature = "time_0_3")]
mod time_0_3;

/// jiff 0.2 and 1.x, from one source (`jiff.rs`), each under its own name
/// for the crate.
#[cfg(feature = "jiff_0_2")]
mod jiff_0_2 {
    use jiff as jiff_crate;
    #[cfg(feature = "alloc")]
    use jiff::Zoned as ForeignZoned;

    #[cfg(feature = "alloc")]
    fn to_zoned(ts: jiff::Timestamp, tz: jiff::tz::TimeZone) -> ForeignZoned {
        ts.to_zoned(tz)
    }

    include!("jiff.rs");
}

#[cfg(feature = "jiff_1")]
mod jiff_1 {
    use jiff1 as jiff_crate;
    // jiff 1 names it `ZonedDateTime`.
    #[cfg(feature = "alloc")]
    use jiff1::ZonedDateTime as ForeignZoned;

    #[cfg(feature = "alloc")]
    fn to_zoned(ts: jiff1::Timestamp, tz: jiff1::tz::TimeZone) -> ForeignZoned {
        ts.to_zoned_datetime(tz)
    }

    include!("jiff.rs");
}

#[cfg(all(feature = "std", any(feature = "jiff_0_2", feature = "jiff_1")))]
pub(crate) mod iana;
