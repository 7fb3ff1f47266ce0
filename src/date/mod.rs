//! Calendar dates: the Solar Hijri rules, [`JalaliDate`](crate::JalaliDate),
//! [`GregorianDate`](crate::GregorianDate), [`Month`](crate::Month),
//! [`Weekday`](crate::Weekday), and the spans of the year: weeks, seasons
//! and quarters, fiscal years ([`Season`](crate::Season), [`Unit`](crate::Unit)).

pub(crate) mod gregorian;
pub(crate) mod jalali;
pub(crate) mod month;
pub mod rule;
pub(crate) mod spans;
pub(crate) mod weekday;
