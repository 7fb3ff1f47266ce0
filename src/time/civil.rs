//! The one primitive every date-time computation goes through: seconds on
//! a wall clock since 1970-01-01T00:00:00, and nanoseconds.

use crate::Time;
use crate::time::{NANOS_PER_SECOND, SECONDS_PER_DAY};

const NANOS: i128 = NANOS_PER_SECOND as i128;

/// Seconds since 1970-01-01T00:00:00 on the same wall clock (no offset) and
/// the nanoseconds within the second, the one number every date-time
/// computation goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Civil {
    pub(crate) seconds: i64,
    pub(crate) nanos: u32,
}

impl Civil {
    pub(crate) const fn new(day: i32, time: Time) -> Civil {
        Civil {
            seconds: day as i64 * SECONDS_PER_DAY + time.seconds_of_day() as i64,
            nanos: time.subsec_nanos(),
        }
    }

    pub(crate) const fn day(self) -> i64 {
        self.seconds.div_euclid(SECONDS_PER_DAY)
    }

    pub(crate) const fn time(self) -> Time {
        Time::from_seconds_unchecked(self.seconds.rem_euclid(SECONDS_PER_DAY) as u32, self.nanos)
    }

    pub(crate) const fn total_nanos(self) -> i128 {
        self.seconds as i128 * NANOS + self.nanos as i128
    }

    pub(crate) const fn from_total_nanos(n: i128) -> Option<Civil> {
        let seconds = n.div_euclid(NANOS);
        if seconds < i64::MIN as i128 || seconds > i64::MAX as i128 {
            return None;
        }
        Some(Civil { seconds: seconds as i64, nanos: n.rem_euclid(NANOS) as u32 })
    }

    /// The civil value `nanos` nanoseconds later, if the day stays in
    /// `lo..=hi`.
    pub(crate) const fn add_nanos(self, nanos: i128, (lo, hi): (i32, i32)) -> Option<Civil> {
        let Some(total) = self.total_nanos().checked_add(nanos) else {
            return None;
        };
        match Civil::from_total_nanos(total) {
            Some(c) if c.day() >= lo as i64 && c.day() <= hi as i64 => Some(c),
            _ => None,
        }
    }

    /// The same, stopping at the first or last nanosecond of the range.
    pub(crate) const fn saturating_add_nanos(self, nanos: i128, (lo, hi): (i32, i32)) -> Civil {
        match self.add_nanos(nanos, (lo, hi)) {
            Some(c) => c,
            None if nanos < 0 => Civil::new(lo, Time::MIDNIGHT),
            None => Civil::new(hi, Time::MAX),
        }
    }
}
