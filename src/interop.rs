//! Conversions to and from the date types of other crates (features
//! `chrono_0_4`, `time_0_3`, `jiff_0_2`).
//!
//! | crate and type | range | into it | from it |
//! |---|---|---|---|
//! | `chrono` 0.4 `NaiveDate` | about ±262,000 years | `From` | `TryFrom` (fails outside -9999..=9999) |
//! | `time` 0.3 `Date` | ±9999 years (±999,999 with its `large-dates`) | `From` | `TryFrom` (fails only with `large-dates`) |
//! | `jiff` 0.2 `civil::Date` | -9999..=9999, as this crate | `From` | `From` |
//!
//! Each works for [`GregorianDate`] and for [`JalaliDate`] of any rule. For
//! [`Borkowski`](crate::rule::Borkowski), whose range is narrower,
//! converting into it is `TryFrom` from every type, jiff's included.

use crate::rule::Rule;
use crate::{DateError, GregorianDate, JalaliDate};

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

macro_rules! via_gregorian {
    ($foreign:ty) => {
        impl<R: Rule> From<JalaliDate<R>> for $foreign {
            fn from(date: JalaliDate<R>) -> $foreign {
                <$foreign>::from(date.to_gregorian())
            }
        }

        impl<R: Rule> TryFrom<$foreign> for JalaliDate<R> {
            type Error = DateError;

            fn try_from(date: $foreign) -> Result<Self, DateError> {
                let g = GregorianDate::try_from(date)?;
                JalaliDate::from_gregorian_in(R::VALUE, g)
            }
        }
    };
}

#[cfg(feature = "chrono_0_4")]
mod chrono_0_4 {
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
}

#[cfg(feature = "time_0_3")]
mod time_0_3 {
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
}

#[cfg(feature = "jiff_0_2")]
mod jiff_0_2 {
    use super::*;
    use jiff::civil;

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
}
