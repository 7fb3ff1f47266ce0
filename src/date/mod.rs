//! Calendar dates: the Solar Hijri rules, [`JalaliDate`](crate::JalaliDate),
//! [`GregorianDate`](crate::GregorianDate), [`Month`](crate::Month),
//! [`Weekday`](crate::Weekday).

pub(crate) mod gregorian;
pub(crate) mod jalali;
pub(crate) mod month;
pub mod rule;
pub(crate) mod weekday;
