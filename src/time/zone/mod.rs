//! Time zones: Iran's clock, with its whole history of daylight saving
//! time, Afghanistan's, and fixed offsets; and how a wall-clock time is
//! turned into an instant where clocks skipped or repeated it.
//!
//! Iran's civil time was Tehran's mean solar time (+03:25:44) until 1935,
//! then +03:30. It kept daylight saving time (+04:30) in 1977, 1978–1980
//! and 1991–2005 and 2008–2022, and in 1977–1978 briefly ran on +04:00,
//! with +05:00 in the summer of 1978. Since 2022-09-22 it keeps none.
//! Afghanistan's was +04:00 from 1890 to 1945, and +04:30 since. Both come
//! from the IANA time zone database ([`TZDATA_VERSION`]; zones
//! `Asia/Tehran` and `Asia/Kabul`), generated into the crate by
//! `tools/gen_time_zones.py`. Other IANA zones are reached through jiff
//! (the `jiff_0_2` and `jiff_1` features).
//!
//! # Example
//!
//! ```
//! use shamsi::zone::{Disambiguation, LocalOffsets, TimeZone};
//! use shamsi::{JalaliDateTime, Offset};
//!
//! // On 2 Farvardin 1399 clocks went from 00:00 straight to 01:00.
//! let midnight: JalaliDateTime = "1399-01-02T00:00:00".parse()?;
//! assert_eq!(
//!     TimeZone::Iran.local_offsets(midnight),
//!     LocalOffsets::Gap { before: Offset::IRAN_STANDARD, after: Offset::IRAN_DAYLIGHT },
//! );
//! let start = TimeZone::Iran.start_of_day(midnight.date())?;
//! assert_eq!(start.jalali().to_string(), "1399-01-02T01:00:00+04:30");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::rule::Rule;
use crate::time::civil::Civil;
use crate::{DateError, JalaliDate, JalaliDateTime, Offset, Zoned};

mod tables;

/// The version of the IANA time zone database that Iran's and
/// Afghanistan's tables come from.
///
/// # Example
///
/// ```
/// assert_eq!(shamsi::zone::TZDATA_VERSION, "2026f");
/// ```
pub const TZDATA_VERSION: &str = tables::TZDATA_VERSION;

/// A time zone whose rules this crate knows without a database.
///
/// # Example
///
/// ```
/// use shamsi::zone::TimeZone;
/// use shamsi::Offset;
///
/// // 2022-06-21T12:00:00Z: Iran on daylight saving time.
/// assert_eq!(TimeZone::Iran.offset_at(1_655_812_800), Offset::IRAN_DAYLIGHT);
/// assert_eq!(TimeZone::Afghanistan.offset_at(1_655_812_800), Offset::AFGHANISTAN);
/// assert_eq!(TimeZone::Fixed(Offset::UTC).offset_at(0), Offset::UTC);
/// assert_eq!(TimeZone::Iran.iana_name(), Some("Asia/Tehran"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeZone {
    /// One offset at every instant.
    Fixed(Offset),
    /// Iran's civil time, IANA `Asia/Tehran`.
    Iran,
    /// Afghanistan's civil time, IANA `Asia/Kabul`.
    Afghanistan,
}

/// An error finding a time zone by its IANA name, or converting in it.
///
/// # Example
///
/// ```
/// # #[cfg(all(feature = "std", any(feature = "jiff_0_2", feature = "jiff_1")))] {
/// use shamsi::zone::ZoneError;
/// use shamsi::Zoned;
///
/// let err = Zoned::now_in_time_zone("Mars/Olympus_Mons").unwrap_err();
/// assert_eq!(err, ZoneError::UnknownZone);
/// assert_eq!(err.to_string(), "unknown time zone (not in the IANA database bundled with jiff)");
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ZoneError {
    /// The name is not in the database.
    #[error("unknown time zone (not in the IANA database bundled with jiff)")]
    UnknownZone,
    /// The zone is known, but the value is out of range there, or its
    /// wall-clock time was skipped or repeated (with
    /// [`Disambiguation::Reject`]).
    #[error(transparent)]
    Date(#[from] DateError),
}

/// How to turn a wall-clock time into an instant where the clocks skipped
/// it (a gap) or showed it twice (a fold), as jiff's `Disambiguation`.
///
/// # Example
///
/// ```
/// use shamsi::zone::{Disambiguation, TimeZone};
/// use shamsi::JalaliDateTime;
///
/// // On 30 Shahrivar 1401 clocks went back from 24:00 to 23:00.
/// let twice: JalaliDateTime = "1401-06-30T23:30:00".parse()?;
/// let earlier = twice.in_zone(TimeZone::Iran, Disambiguation::Earlier)?;
/// let later = twice.in_zone(TimeZone::Iran, Disambiguation::Later)?;
/// assert_eq!(earlier.jalali().to_string(), "1401-06-30T23:30:00+04:30");
/// assert_eq!(later.jalali().to_string(), "1401-06-30T23:30:00+03:30");
/// assert_eq!(earlier.seconds_until(later), 3600);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Disambiguation {
    /// In a fold, the earlier instant; in a gap, the later one (the wall
    /// time moved forward by the gap), as RFC 5545 and Temporal do.
    #[default]
    Compatible,
    /// The earlier instant in a fold; in a gap, the instant at the offset
    /// after it (a wall time moved back by the gap).
    Earlier,
    /// The later instant in a fold; in a gap, the instant at the offset
    /// before it (moved forward).
    Later,
    /// An error for a time in a gap or a fold.
    Reject,
}

/// The offsets a wall-clock time has in a time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LocalOffsets {
    /// The time happened once, at this offset.
    Unique(Offset),
    /// The clocks skipped the time, moving forward from `before` to
    /// `after`.
    Gap {
        /// The offset before the gap.
        before: Offset,
        /// The offset after it.
        after: Offset,
    },
    /// The clocks showed the time twice, first at `earlier`, then at
    /// `later`.
    Fold {
        /// The offset of the first occurrence.
        earlier: Offset,
        /// The offset of the second.
        later: Offset,
    },
}

type Table = [(i64, i32, &'static str)];

const fn table(zone: TimeZone) -> Option<&'static Table> {
    match zone {
        TimeZone::Fixed(_) => None,
        TimeZone::Iran => Some(&tables::IRAN),
        TimeZone::Afghanistan => Some(&tables::AFGHANISTAN),
    }
}

/// The index of the period holding the Unix second `t`.
#[allow(clippy::indexing_slicing)] // the tables are not empty, and `mid < hi <= table.len()`
const fn period(table: &Table, t: i64) -> usize {
    // Most instants asked about are recent: Iran's and Afghanistan's
    // clocks have not changed since 2022 and 1945.
    let last = table.len() - 1;
    if t >= table[last].0 {
        return last;
    }
    // Binary search for the last start <= t; the first starts at i64::MIN.
    let (mut lo, mut hi) = (0, table.len());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if table[mid].0 <= t {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

const fn offset_of(seconds: i32) -> Offset {
    match Offset::from_seconds(seconds) {
        Ok(o) => o,
        // The generated tables hold offsets within ±26 h.
        Err(_) => Offset::UTC,
    }
}

impl TimeZone {
    /// The zone of an IANA name this crate knows (`Asia/Tehran`,
    /// `Iran`, `Asia/Kabul`, `UTC`, `Etc/UTC`).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    ///
    /// assert_eq!(TimeZone::from_iana_name("Asia/Tehran"), Some(TimeZone::Iran));
    /// assert_eq!(TimeZone::from_iana_name("Europe/Berlin"), None);
    /// ```
    pub fn from_iana_name(name: &str) -> Option<TimeZone> {
        match name {
            "Asia/Tehran" | "Iran" => Some(TimeZone::Iran),
            "Asia/Kabul" => Some(TimeZone::Afghanistan),
            "UTC" | "Etc/UTC" | "Etc/UCT" | "UCT" | "Etc/Zulu" | "Zulu" => {
                Some(TimeZone::Fixed(Offset::UTC))
            }
            _ => None,
        }
    }

    /// The zone's IANA name, for Iran's and Afghanistan's.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    ///
    /// assert_eq!(TimeZone::Afghanistan.iana_name(), Some("Asia/Kabul"));
    /// assert_eq!(TimeZone::Fixed(shamsi::Offset::UTC).iana_name(), None);
    /// ```
    pub const fn iana_name(self) -> Option<&'static str> {
        match self {
            TimeZone::Fixed(_) => None,
            TimeZone::Iran => Some("Asia/Tehran"),
            TimeZone::Afghanistan => Some("Asia/Kabul"),
        }
    }

    /// The offset of the zone's clocks at an instant (Unix seconds).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::Offset;
    ///
    /// // 1930: Tehran's mean time.
    /// assert_eq!(TimeZone::Iran.offset_at(-1_262_304_000), Offset::TEHRAN_MEAN_TIME);
    /// // 1940 in Kabul: +04:00.
    /// assert_eq!(TimeZone::Afghanistan.offset_at(-946_771_200).seconds(), 14_400);
    /// ```
    #[allow(clippy::indexing_slicing)] // `period` is an index of the non-empty table
    pub const fn offset_at(self, unix_seconds: i64) -> Offset {
        match (self, table(self)) {
            (TimeZone::Fixed(offset), _) => offset,
            (_, Some(t)) => offset_of(t[period(t, unix_seconds)].1),
            (_, None) => Offset::UTC,
        }
    }

    /// The abbreviation the IANA database gives the zone's time at an
    /// instant (`+0330`, `+0430`, `LMT`, `TMT`), `UTC` for a zero fixed
    /// offset, and `None` for other fixed offsets, which have none.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::Offset;
    ///
    /// assert_eq!(TimeZone::Iran.abbreviation_at(1_706_266_800), Some("+0330"));
    /// assert_eq!(TimeZone::Iran.abbreviation_at(-1_262_304_000), Some("TMT"));
    /// assert_eq!(TimeZone::Fixed(Offset::UTC).abbreviation_at(0), Some("UTC"));
    /// assert_eq!(TimeZone::Fixed(Offset::IRAN_STANDARD).abbreviation_at(0), None);
    /// ```
    #[allow(clippy::indexing_slicing)] // `period` is an index of the non-empty table
    pub const fn abbreviation_at(self, unix_seconds: i64) -> Option<&'static str> {
        match (self, table(self)) {
            (TimeZone::Fixed(offset), _) if offset.seconds() == 0 => Some("UTC"),
            (TimeZone::Fixed(_), _) => None,
            (_, Some(t)) => Some(t[period(t, unix_seconds)].2),
            (_, None) => None,
        }
    }

    /// The offsets at which a wall-clock time happened in this zone: one,
    /// none (the clocks skipped it) or two (they went through it twice).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::{LocalOffsets, TimeZone};
    /// use shamsi::{JalaliDateTime, Offset};
    ///
    /// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
    /// assert_eq!(TimeZone::Iran.local_offsets(dt), LocalOffsets::Unique(Offset::IRAN_STANDARD));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn local_offsets<R: Rule>(self, datetime: JalaliDateTime<R>) -> LocalOffsets {
        self.offsets_at_local(datetime.civil().seconds)
    }

    /// The offsets of the wall-clock second `local` (seconds since
    /// 1970-01-01T00:00:00 on the zone's clock).
    fn offsets_at_local(self, local: i64) -> LocalOffsets {
        let Some(t) = table(self) else {
            return LocalOffsets::Unique(self.offset_at(local));
        };
        // The periods that can hold `local - offset` for an offset within
        // ±26 h: those overlapping [local - 26 h, local + 26 h].
        let window = 26 * 3600;
        let first = period(t, local.saturating_sub(window));
        let last = period(t, local.saturating_add(window));
        let mut found: [Option<Offset>; 2] = [None, None];
        let mut i = first;
        while i <= last {
            let (start, seconds, _) = t.get(i).copied().unwrap_or((i64::MIN, 0, ""));
            let end = t.get(i + 1).map_or(i64::MAX, |p| p.0);
            let instant = local.saturating_sub(i64::from(seconds));
            if start <= instant && instant < end {
                match found {
                    [None, _] => found[0] = Some(offset_of(seconds)),
                    [Some(_), _] => found[1] = Some(offset_of(seconds)),
                }
            }
            i += 1;
        }
        match found {
            [Some(earlier), Some(later)] => LocalOffsets::Fold { earlier, later },
            [Some(offset), None] => LocalOffsets::Unique(offset),
            _ => {
                // A gap: the transition at `next` from `o` to `o2` skipped
                // the wall times in [next + o, next + o2).
                let mut i = first;
                while i < last {
                    if let (Some(&(_, o, _)), Some(&(next, o2, _))) = (t.get(i), t.get(i + 1)) {
                        let from = next.saturating_add(i64::from(o));
                        let to = next.saturating_add(i64::from(o2));
                        if from <= local && local < to {
                            return LocalOffsets::Gap {
                                before: offset_of(o),
                                after: offset_of(o2),
                            };
                        }
                    }
                    i += 1;
                }
                // Unreachable with a well-formed table.
                debug_assert!(false, "no period for a local time");
                LocalOffsets::Unique(self.offset_at(local))
            }
        }
    }

    /// The Unix second of the wall-clock second `local`, resolved as
    /// `disambiguation` says.
    pub(crate) fn resolve(
        self,
        local: i64,
        disambiguation: Disambiguation,
    ) -> Result<i64, DateError> {
        let at = |o: Offset| local - i64::from(o.seconds());
        match (self.offsets_at_local(local), disambiguation) {
            (LocalOffsets::Unique(o), _) => Ok(at(o)),
            (LocalOffsets::Fold { earlier, later }, Disambiguation::Reject) => {
                Err(DateError::AmbiguousLocalTime { earlier, later })
            }
            (LocalOffsets::Fold { later, .. }, Disambiguation::Later) => Ok(at(later)),
            (LocalOffsets::Fold { earlier, .. }, _) => Ok(at(earlier)),
            (LocalOffsets::Gap { before, after }, Disambiguation::Reject) => {
                Err(DateError::SkippedLocalTime { before, after })
            }
            (LocalOffsets::Gap { after, .. }, Disambiguation::Earlier) => Ok(at(after)),
            (LocalOffsets::Gap { before, .. }, _) => Ok(at(before)),
        }
    }

    /// The first instant of a date in this zone: midnight, or, where the
    /// clocks skipped midnight (2 Farvardin in Iran in 1992–2005 and
    /// 2008–2022), the first wall time after the gap.
    ///
    /// # Errors
    ///
    /// When that instant is outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::zone::TimeZone;
    /// use shamsi::JalaliDate;
    ///
    /// let start = TimeZone::Iran.start_of_day(JalaliDate::new(1401, 1, 2)?)?;
    /// assert_eq!(start.jalali().to_string(), "1401-01-02T01:00:00+04:30");
    /// let start = TimeZone::Iran.start_of_day(JalaliDate::new(1403, 1, 2)?)?;
    /// assert_eq!(start.jalali().to_string(), "1403-01-02T00:00:00+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn start_of_day<R: Rule>(self, date: JalaliDate<R>) -> Result<Zoned<R>, DateError> {
        let local = Civil::new(date.to_day_number(), crate::Time::MIDNIGHT).seconds;
        let unix = match self.offsets_at_local(local) {
            LocalOffsets::Unique(o) => local - i64::from(o.seconds()),
            LocalOffsets::Fold { earlier, .. } => local - i64::from(earlier.seconds()),
            // The gap's end: the instant of the transition.
            LocalOffsets::Gap { before, .. } => {
                let t = local - i64::from(before.seconds());
                let Some(table) = table(self) else {
                    return Err(DateError::Overflow { rule: R::KIND });
                };
                table.get(period(table, t)).map_or(t, |p| p.0)
            }
        };
        Zoned::from_instant(Civil { seconds: unix, nanos: 0 }, self.offset_at(unix), self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        for t in [&tables::IRAN[..], &tables::AFGHANISTAN[..]] {
            assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }
}
