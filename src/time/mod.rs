//! Times, offsets and zones: [`Time`](crate::Time), the wall-clock
//! date-times, [`Offset`](crate::Offset), the instant
//! [`Zoned`](crate::Zoned), and the clocks of Iran and Afghanistan
//! ([`zone`](crate::zone)), and today by the system clock.

pub(crate) mod civil;
pub(crate) mod datetime;
pub(crate) mod of_day;
pub(crate) mod offset;
pub(crate) mod today;
pub mod zone;
pub(crate) mod zoned;

pub(crate) use of_day::{NANOS_PER_SECOND, SECONDS_PER_DAY};
