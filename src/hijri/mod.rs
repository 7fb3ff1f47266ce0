//! The lunar Hijri calendar (qamari): Iran's observed months, Umm al-Qura,
//! the tabular calendars, and month starts the caller supplies.
//!
//! A lunar Hijri month begins with the sighting of the crescent, so there is
//! no single lunar Hijri calendar: each country's months are what its
//! authorities announced. A [`HijriDate<C>`] carries its calendar `C`:
//!
//! | calendar | months | used by |
//! |---|---|---|
//! | [`Iran`] | Iran's observed month starts, 1265/1 to 1447/10 (November 1848 to April 2026), from the printed calendars and the sighting announcements; after them, by default ([`Iran::PREDICTED`]), the months [predicted](Source::Predicted) by the crate's astronomy to 1500 AH; [`Iran::OBSERVED`] is the table alone, an error naming the range outside it, and a named [`Fallback`] [estimates](Source::Estimated) instead | Iran's official holidays |
//! | [`UmmAlQura`] | the table of ICU4C and ICU4X for 1300..=1600 AH, the tabular civil calendar outside | Saudi Arabia; browsers' `Intl` `islamic-umalqura` |
//! | [`Tabular`] | 30-year cycles of 11 leap years, by [`LeapPattern`] (types I–IV) and [`Epoch`] (Thursday or Friday); [`Tabular::CIVIL`] and [`Tabular::TBLA`] are CLDR's `islamic-civil` and `islamic-tbla` | arithmetic approximations |
//! | [`WithMonthStarts`] | any of these, with month starts the caller supplies (Afghanistan's announcements, a late correction) | |
//!
//! A lunar year has 353 to 356 days and a month 29 or 30: nothing here
//! assumes 354/355 (Iran's years 1267 and 1401 AH had 353 days, and five
//! 30-day months in a row have occurred). Every date says where it comes
//! from ([`HijriDate::source`]).
//!
//! Dates cover the same days as [`GregorianDate`] (-9999-01-01..=9999-12-31),
//! where the calendar has months for them.
//!
//! # Example
//!
//! ```
//! use shamsi::hijri::{HijriDate, Iran, Source, Tabular, UmmAlQura};
//! use shamsi::{GregorianDate, JalaliDate};
//!
//! let day = GregorianDate::new(2024, 1, 26)?;
//! // Iran and Saudi Arabia began Rajab 1445 on different evenings.
//! let iran = HijriDate::from_gregorian_in(Iran::OBSERVED, day)?;
//! assert_eq!(iran.to_string(), "1445-07-14");
//! assert_eq!(iran.source(), Source::Observed);
//! assert_eq!(HijriDate::from_gregorian_in(UmmAlQura, day)?.to_string(), "1445-07-14");
//! assert_eq!(HijriDate::from_gregorian_in(Tabular::CIVIL, day)?.to_string(), "1445-07-15");
//!
//! // 10 Muharram 1446 (Ashura) in Iran, as a Solar Hijri date.
//! let ashura = HijriDate::new(1446, 1, 10)?;
//! assert_eq!(ashura.to_jalali(), JalaliDate::new(1403, 4, 26)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;
use core::hash::Hash;

use crate::{Calendar, DateError, Field, GregorianDate, JalaliDate, Weekday};

mod predicted;
mod tables;

const MIN_DAY: i32 = GregorianDate::MIN.to_day_number();
const MAX_DAY: i32 = GregorianDate::MAX.to_day_number();

/// The day number (days since 1970-01-01) of 1 Muharram 1 AH in the tabular
/// calendar with the Friday epoch (16 July 622, Julian).
const FRIDAY_EPOCH: i32 = -492_148;

mod sealed {
    pub trait Sealed {}
}

/// Where a lunar Hijri date comes from.
///
/// # Example
///
/// ```
/// use shamsi::hijri::{HijriDate, Iran, Source};
///
/// // Ramadan 1440 began in Iran a day away from the printed calendar.
/// assert_eq!(HijriDate::new(1440, 9, 1)?.source(), Source::MovedBySighting);
/// assert!(!Source::MovedBySighting.is_estimated());
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Source {
    /// A month start observed and published (Iran's table).
    Observed,
    /// A month start moved by the sighting announcement away from the
    /// printed calendar (Iran's table; 9 months, all Ramadan or Shawwal).
    MovedBySighting,
    /// A month start from a fixed official table (Umm al-Qura).
    Table,
    /// A month start computed by the arithmetic of a tabular calendar.
    Arithmetic,
    /// A month start supplied by the caller ([`WithMonthStarts`]).
    Announced,
    /// A month start estimated by a fallback outside the known months.
    Estimated,
    /// A month start predicted by the crate's astronomy outside the known
    /// months ([`Fallback::Predicted`]): computed, not observed.
    Predicted,
}

impl Source {
    /// Whether the date is an estimate ([`Source::Estimated`] or
    /// [`Source::Predicted`]) rather than a fact or the calendar's own
    /// definition.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::Source;
    ///
    /// assert!(Source::Estimated.is_estimated());
    /// assert!(Source::Predicted.is_estimated());
    /// assert!(!Source::Table.is_estimated());
    /// ```
    pub const fn is_estimated(self) -> bool {
        matches!(self, Source::Estimated | Source::Predicted)
    }
}

/// A lunar Hijri calendar: [`Iran`], [`UmmAlQura`], [`Tabular`],
/// [`WithMonthStarts`] or [`AnyCalendar`] (the trait is sealed).
///
/// # Example
///
/// ```
/// use shamsi::hijri::{LunarCalendar, Tabular};
///
/// assert_eq!(Tabular::CIVIL.days_in_month(1445, 12)?, 30);
/// assert_eq!(Tabular::CIVIL.days_in_year(1445)?, 355);
/// # Ok::<(), shamsi::DateError>(())
/// ```
pub trait LunarCalendar: sealed::Sealed + Copy + fmt::Debug + Eq + Hash {
    /// The day number of the first day of the month with index
    /// `year * 12 + month - 1`, and where it comes from.
    #[doc(hidden)]
    fn month_start(&self, index: i64) -> Result<(i32, Source), DateError>;

    /// What the calendar is, for messages: "Iran's observed months", ….
    fn describe(&self) -> &'static str;

    /// The number of days of month `month` of `year`: 29 or 30.
    ///
    /// # Errors
    ///
    /// [`DateError::FieldOutOfRange`], or when the calendar does not know the
    /// month's length (the last month of Iran's table, 1447/10, without a
    /// fallback), [`DateError::NotCovered`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{Iran, LunarCalendar};
    ///
    /// // Safar 1442 had 29 days in Iran.
    /// assert_eq!(Iran::OBSERVED.days_in_month(1442, 2)?, 29);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    fn days_in_month(&self, year: i32, month: u8) -> Result<u8, DateError> {
        let index = month_index(year, month)?;
        let start = self.month_start(index).map_err(|e| not_covered_at(e, year, month, 1))?.0;
        let next = self.month_start(index + 1).map_err(|e| not_covered_at(e, year, month, 30))?.0;
        Ok((next - start) as u8)
    }

    /// The number of days of `year`: 353..=356.
    ///
    /// # Errors
    ///
    /// [`DateError::NotCovered`] when the calendar does not know the whole
    /// year.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{Iran, LunarCalendar};
    ///
    /// assert_eq!(Iran::OBSERVED.days_in_year(1401)?, 353);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    fn days_in_year(&self, year: i32) -> Result<u16, DateError> {
        let index = month_index(year, 1)?;
        let start = self.month_start(index).map_err(|e| not_covered_at(e, year, 1, 1))?.0;
        let next = self.month_start(index + 12).map_err(|e| not_covered_at(e, year, 12, 29))?.0;
        Ok((next - start) as u16)
    }
}

fn month_index(year: i32, month: u8) -> Result<i64, DateError> {
    if !(1..=12).contains(&month) {
        return Err(DateError::FieldOutOfRange {
            field: Field::Month,
            value: month as i64,
            min: 1,
            max: 12,
        });
    }
    Ok(i64::from(year) * 12 + i64::from(month) - 1)
}

/// Fills in the date asked for in a [`DateError::NotCovered`].
fn not_covered_at(e: DateError, y: i32, m: u8, d: u8) -> DateError {
    match e {
        DateError::NotCovered { calendar, first, last, .. } => {
            DateError::NotCovered { calendar, year: y, month: m, day: d, first, last }
        }
        other => other,
    }
}

fn split_index(index: i64) -> (i32, u8) {
    // Indexes come from day numbers in the crate's range: years fit in i32.
    (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u8)
}

/// The month containing `day`, as (index, first day, day of month, source),
/// and the month's source.
fn locate<C: LunarCalendar>(cal: &C, day: i32) -> Result<(i64, i32, Source, u8), DateError> {
    if !(MIN_DAY..=MAX_DAY).contains(&day) {
        return Err(DateError::DayOutOfRange);
    }
    // The mean synodic month (29.530589 days) puts the guess within a month
    // or two of the answer; the loops below walk the rest.
    let mut index = (i64::from(day - FRIDAY_EPOCH) * 1_000_000).div_euclid(29_530_589) + 12;
    let not_covered = |e: DateError| match e {
        DateError::NotCovered { calendar, first, last, .. } => {
            let g = |(y, m, d): (i32, u8, u8)| {
                cal.month_start(i64::from(y) * 12 + i64::from(m) - 1)
                    .ok()
                    .and_then(|(s, _)| GregorianDate::from_day_number(s + i32::from(d) - 1).ok())
            };
            match (GregorianDate::from_day_number(day), g(first), g(last)) {
                (Ok(day), Some(first), Some(last)) => {
                    DateError::DayNotCovered { calendar, day, first, last }
                }
                _ => DateError::DayOutOfRange,
            }
        }
        other => other,
    };
    let (mut start, mut source) = cal.month_start(index).map_err(not_covered)?;
    while start > day {
        index -= 1;
        (start, source) = cal.month_start(index).map_err(not_covered)?;
    }
    loop {
        match cal.month_start(index + 1) {
            Ok((next, next_source)) if next <= day => {
                index += 1;
                (start, source) = (next, next_source);
            }
            Ok(_) => break,
            // The month's length is unknown: its first 29 days are certain.
            Err(_) if day - start < 29 => break,
            Err(e) => return Err(not_covered(e)),
        }
    }
    Ok((index, start, source, (day - start + 1) as u8))
}

/// The tabular calendars' 30-year leap patterns: which years of each cycle
/// have 355 days (a 30-day Dhu al-Hijjah).
///
/// | pattern | leap years of the cycle |
/// |---|---|
/// | I | 2, 5, 7, 10, 13, 15, 18, 21, 24, 26, 29 |
/// | II | 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 (the most common: CLDR, ICU) |
/// | III | 2, 5, 8, 10, 13, 16, 19, 21, 24, 27, 29 |
/// | IV | 2, 5, 8, 11, 13, 16, 19, 21, 24, 27, 30 |
///
/// # Example
///
/// ```
/// use shamsi::hijri::LeapPattern;
///
/// assert!(LeapPattern::II.is_leap_year(1445));
/// assert!(!LeapPattern::I.is_leap_year(1446));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeapPattern {
    /// Type I: leap years 2, 5, 7, 10, 13, 15, 18, 21, 24, 26, 29.
    I,
    /// Type II: leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29.
    II,
    /// Type III: leap years 2, 5, 8, 10, 13, 16, 19, 21, 24, 27, 29.
    III,
    /// Type IV: leap years 2, 5, 8, 11, 13, 16, 19, 21, 24, 27, 30.
    IV,
}

impl LeapPattern {
    /// The leap years of the cycle as a bit mask (bit `n` for year `n`, 1..=30).
    const fn mask(self) -> u32 {
        const fn bits(mut years: &[u32]) -> u32 {
            let mut m = 0;
            while let [first, rest @ ..] = years {
                m |= 1 << *first;
                years = rest;
            }
            m
        }
        match self {
            LeapPattern::I => bits(&[2, 5, 7, 10, 13, 15, 18, 21, 24, 26, 29]),
            LeapPattern::II => bits(&[2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]),
            LeapPattern::III => bits(&[2, 5, 8, 10, 13, 16, 19, 21, 24, 27, 29]),
            LeapPattern::IV => bits(&[2, 5, 8, 11, 13, 16, 19, 21, 24, 27, 30]),
        }
    }

    /// Whether `year` is a leap year (355 days) under the pattern.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::LeapPattern;
    ///
    /// assert!(LeapPattern::IV.is_leap_year(30));
    /// assert!(!LeapPattern::II.is_leap_year(30));
    /// ```
    pub const fn is_leap_year(self, year: i32) -> bool {
        let r = year.rem_euclid(30);
        let r = if r == 0 { 30 } else { r };
        self.mask() & (1 << r) != 0
    }

    /// The number of leap years among the years 1..=n of a cycle (n in 0..30).
    const fn leaps_in_first(self, n: u32) -> i64 {
        (self.mask() & ((1u32 << (n + 1)) - 1)).count_ones() as i64
    }
}

/// The epoch of a tabular calendar: the day 1 Muharram 1 AH is counted from.
///
/// # Example
///
/// ```
/// use shamsi::hijri::{Epoch, HijriDate, LeapPattern, Tabular};
///
/// let thursday = Tabular::new(LeapPattern::II, Epoch::Thursday);
/// let first = HijriDate::new_in(thursday, 1, 1, 1)?;
/// assert_eq!(first.to_julian_day(), 1_948_439); // 15 July 622 (Julian)
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Epoch {
    /// Thursday 15 July 622 (Julian): the astronomical epoch (`islamic-tbla`).
    Thursday,
    /// Friday 16 July 622 (Julian): the civil epoch (`islamic-civil`).
    Friday,
}

/// A tabular (arithmetic) lunar Hijri calendar: 30-year cycles of 11 leap
/// years by a [`LeapPattern`], from an [`Epoch`]; months alternate 30 and 29
/// days, and Dhu al-Hijjah has 30 in a leap year.
///
/// # Example
///
/// ```
/// use shamsi::hijri::{HijriDate, Tabular};
/// use shamsi::GregorianDate;
///
/// let day = GregorianDate::new(2024, 1, 26)?;
/// assert_eq!(HijriDate::from_gregorian_in(Tabular::CIVIL, day)?.to_string(), "1445-07-15");
/// assert_eq!(HijriDate::from_gregorian_in(Tabular::TBLA, day)?.to_string(), "1445-07-16");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tabular {
    pattern: LeapPattern,
    epoch: Epoch,
}

impl Tabular {
    /// CLDR's `islamic-civil`: pattern II, Friday epoch.
    pub const CIVIL: Tabular = Tabular { pattern: LeapPattern::II, epoch: Epoch::Friday };
    /// CLDR's `islamic-tbla`: pattern II, Thursday epoch.
    pub const TBLA: Tabular = Tabular { pattern: LeapPattern::II, epoch: Epoch::Thursday };

    /// The tabular calendar of a leap pattern and an epoch.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{Epoch, LeapPattern, Tabular};
    ///
    /// assert_eq!(Tabular::new(LeapPattern::II, Epoch::Friday), Tabular::CIVIL);
    /// ```
    pub const fn new(pattern: LeapPattern, epoch: Epoch) -> Tabular {
        Tabular { pattern, epoch }
    }

    /// The leap pattern.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{LeapPattern, Tabular};
    ///
    /// assert_eq!(Tabular::TBLA.pattern(), LeapPattern::II);
    /// ```
    pub const fn pattern(self) -> LeapPattern {
        self.pattern
    }

    /// The epoch.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{Epoch, Tabular};
    ///
    /// assert_eq!(Tabular::TBLA.epoch(), Epoch::Thursday);
    /// ```
    pub const fn epoch(self) -> Epoch {
        self.epoch
    }

    fn start(self, index: i64) -> i32 {
        let year = index.div_euclid(12);
        let month = index.rem_euclid(12);
        let before = year - 1;
        let (q, r) = (before.div_euclid(30), before.rem_euclid(30) as u32);
        let days = 354 * before + 11 * q + self.pattern.leaps_in_first(r) + (59 * month + 1) / 2;
        let epoch = match self.epoch {
            Epoch::Friday => FRIDAY_EPOCH,
            Epoch::Thursday => FRIDAY_EPOCH - 1,
        };
        // Callers pass indexes of months near the crate's day range.
        (i64::from(epoch) + days) as i32
    }
}

impl sealed::Sealed for Tabular {}

impl LunarCalendar for Tabular {
    fn month_start(&self, index: i64) -> Result<(i32, Source), DateError> {
        if !(-200_000..=200_000).contains(&index) {
            return Err(DateError::DayOutOfRange);
        }
        Ok((self.start(index), Source::Arithmetic))
    }

    fn describe(&self) -> &'static str {
        match (self.pattern, self.epoch) {
            (LeapPattern::II, Epoch::Friday) => "the tabular civil calendar",
            (LeapPattern::II, Epoch::Thursday) => "the tabular calendar (tbla)",
            _ => "a tabular calendar",
        }
    }
}

/// The Umm al-Qura calendar of Saudi Arabia as ICU4C and ICU4X compute it:
/// their table for 1300..=1600 AH (14 November 1882 to 2174), the tabular
/// civil calendar ([`Tabular::CIVIL`]) outside it. The results equal the
/// browsers' `Intl` `islamic-umalqura` day for day.
///
/// The calendar printed in Saudi Arabia since 1420 AH agrees with ICU's
/// table for 1420–1450 AH; before, the two differ in many months.
///
/// # Example
///
/// ```
/// use shamsi::hijri::{HijriDate, Source, UmmAlQura};
///
/// let date = HijriDate::new_in(UmmAlQura, 1445, 9, 1)?;
/// assert_eq!(date.to_gregorian().to_string(), "2024-03-11");
/// assert_eq!(date.source(), Source::Table);
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UmmAlQura;

impl UmmAlQura {
    fn start(index: i64) -> (i32, Source) {
        let (year, month) = split_index(index);
        let first = tables::UMM_AL_QURA_FIRST_YEAR;
        match usize::try_from(year - first) {
            Ok(i) if i < tables::UMM_AL_QURA_LENGTHS.len() => (
                table_start(
                    &tables::UMM_AL_QURA_YEAR_STARTS,
                    &tables::UMM_AL_QURA_LENGTHS,
                    i,
                    month,
                ),
                Source::Table,
            ),
            _ => (Tabular::CIVIL.start(index), Source::Arithmetic),
        }
    }
}

/// The first day of `month` in the table's year `i`.
fn table_start(starts: &[i32], lengths: &[u16], i: usize, month: u8) -> i32 {
    let before = (1u16 << (month - 1)) - 1;
    let start = starts.get(i).copied().unwrap_or(0);
    let mask = lengths.get(i).copied().unwrap_or(0);
    start + 29 * (i32::from(month) - 1) + (mask & before).count_ones() as i32
}

impl sealed::Sealed for UmmAlQura {}

impl LunarCalendar for UmmAlQura {
    fn month_start(&self, index: i64) -> Result<(i32, Source), DateError> {
        if !(-200_000..=200_000).contains(&index) {
            return Err(DateError::DayOutOfRange);
        }
        Ok(UmmAlQura::start(index))
    }

    fn describe(&self) -> &'static str {
        "the Umm al-Qura calendar"
    }
}

/// What [`Iran`] does outside its observed months.
///
/// [`Fallback::Predicted`] continues the table forward with the months the
/// crate's astronomy predicts. The other two continue it at both edges
/// without a jump: Iran's months start 0 or 1 day after Umm al-Qura's (0 in
/// about a third of the months of 1436–1447), and both take the later day.
///
/// # Example
///
/// ```
/// use shamsi::hijri::{Fallback, HijriDate, Iran, Source};
///
/// let iran = Iran::with_fallback(Fallback::UmmAlQuraPlusOneDay);
/// let ashura = HijriDate::new_in(iran, 1448, 1, 10)?;
/// assert_eq!(ashura.to_gregorian().to_string(), "2026-06-26");
/// assert_eq!(ashura.source(), Source::Estimated);
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Fallback {
    /// Umm al-Qura's month starts ([`UmmAlQura`]) one day later.
    UmmAlQuraPlusOneDay,
    /// The tabular civil calendar's months ([`Tabular::CIVIL`]), one day
    /// later, which is where the table's edges put them (1 Muharram 1265 was
    /// its 2nd, 1 Shawwal 1447 its 2nd too).
    CivilPlusOneDay,
    /// The months after the table as the crate's astronomy predicts them
    /// (the crescent over Iran by Odeh's criterion, zone B, on the evening
    /// of each 29th: `astro::iran_next_month`, feature `astro`), from
    /// Dhu al-Qadah 1447 to Dhu al-Hijjah 1500 (April 2026 to November 2077),
    /// each predicted from the one before, as [`Source::Predicted`]. The
    /// prediction matched 91% of Iran's observed months of 1350–1447 when
    /// made from the observed month before; errors can accumulate over a
    /// chain. Before the table and after 1500 it is an error
    /// ([`DateError::NotCovered`]). The table of predicted months is
    /// compiled in: this needs no feature.
    Predicted,
}

/// Iran's lunar Hijri calendar as observed: the first day of every month
/// from Muharram 1265 (28 November 1848) to Shawwal 1447 (21 March 2026), from
/// about fifty newspapers, almanacs and the University of Tehran Calendar
/// Center's printed calendars, consolidated by Roozbeh Pournader (public
/// domain), with the nine months that the sighting announcement moved.
///
/// The length of Shawwal 1447 is not in the table: its first 29 days are
/// known, the 30th is not. The default calendar ([`Iran::PREDICTED`], that
/// of [`HijriDate::new`]) continues the table with the months the crate's
/// astronomy predicts, each date marked [`Source::Predicted`], so that
/// today's date works; [`Iran::OBSERVED`] is the table alone, an error
/// outside it that names the covered range; [`Iran::with_fallback`] takes
/// another estimate ([`Source::Estimated`]).
///
/// # Example
///
/// ```
/// use shamsi::DateError;
/// use shamsi::hijri::{HijriDate, Iran, LunarCalendar, Source};
///
/// // 1401 AH had 353 days in Iran.
/// assert_eq!(Iran::OBSERVED.days_in_year(1401)?, 353);
/// assert!(matches!(HijriDate::new_in(Iran::OBSERVED, 1447, 10, 30), Err(DateError::NotCovered { .. })));
/// // By default, the months after the table are predicted, and say so.
/// let later = HijriDate::new(1448, 1, 10)?;
/// assert_eq!(later.source(), Source::Predicted);
/// assert_eq!(HijriDate::new(1445, 7, 14)?.source(), Source::Observed);
/// # Ok::<(), DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Iran {
    fallback: Option<Fallback>,
}

impl Default for Iran {
    /// [`Iran::PREDICTED`]: the observed months, then the predicted ones.
    fn default() -> Iran {
        Iran::PREDICTED
    }
}

impl Iran {
    /// The observed months only: anything outside them is an error.
    pub const OBSERVED: Iran = Iran { fallback: None };

    /// The observed months, and after them the months the crate's
    /// astronomy predicts ([`Fallback::Predicted`], marked
    /// [`Source::Predicted`]): the default.
    pub const PREDICTED: Iran = Iran { fallback: Some(Fallback::Predicted) };

    /// The observed months, and outside them the fallback's estimates.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{Fallback, Iran};
    ///
    /// let iran = Iran::with_fallback(Fallback::UmmAlQuraPlusOneDay);
    /// assert_eq!(iran.fallback(), Some(Fallback::UmmAlQuraPlusOneDay));
    /// ```
    pub const fn with_fallback(fallback: Fallback) -> Iran {
        Iran { fallback: Some(fallback) }
    }

    /// The fallback, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::Iran;
    ///
    /// assert_eq!(Iran::OBSERVED.fallback(), None);
    /// ```
    pub const fn fallback(self) -> Option<Fallback> {
        self.fallback
    }

    const FIRST_INDEX: i64 = tables::IRAN_FIRST_YEAR as i64 * 12;
    const END_INDEX: i64 = Iran::FIRST_INDEX + tables::IRAN_MONTHS as i64;

    /// The error for a month outside the months `calendar` knows, from the
    /// table's first month to the month `last` (an index).
    fn not_covered(calendar: &'static str, last: i64) -> DateError {
        let (year, month) = split_index(last);
        DateError::NotCovered {
            calendar,
            year: 0,
            month: 0,
            day: 0,
            first: (tables::IRAN_FIRST_YEAR, 1, 1),
            last: (year, month, 29),
        }
    }

    fn observed(index: i64) -> Option<(i32, Source)> {
        if !(Iran::FIRST_INDEX..Iran::END_INDEX).contains(&index) {
            return None;
        }
        let (year, month) = split_index(index);
        let i = usize::try_from(year - tables::IRAN_FIRST_YEAR).ok()?;
        let start = table_start(&tables::IRAN_YEAR_STARTS, &tables::IRAN_LENGTHS, i, month);
        let moved = tables::IRAN_MOVED.iter().any(|&(y, m)| i32::from(y) == year && m == month);
        Some((start, if moved { Source::MovedBySighting } else { Source::Observed }))
    }
}

impl sealed::Sealed for Iran {}

impl LunarCalendar for Iran {
    fn month_start(&self, index: i64) -> Result<(i32, Source), DateError> {
        if let Some(found) = Iran::observed(index) {
            return Ok(found);
        }
        if !(-200_000..=200_000).contains(&index) {
            return Err(DateError::DayOutOfRange);
        }
        let estimate = match self.fallback {
            Some(Fallback::UmmAlQuraPlusOneDay) => UmmAlQura::start(index).0 + 1,
            Some(Fallback::CivilPlusOneDay) => Tabular::CIVIL.start(index) + 1,
            Some(Fallback::Predicted) => {
                let (year, month) = predicted::FIRST;
                let first = i64::from(year) * 12 + i64::from(month) - 1;
                let found =
                    usize::try_from(index - first).ok().and_then(|i| predicted::STARTS.get(i));
                match found {
                    Some(&start) => return Ok((start, Source::Predicted)),
                    None => {
                        let last = first + predicted::STARTS.len() as i64 - 1;
                        return Err(Iran::not_covered(
                            "Iran's observed and predicted months",
                            last,
                        ));
                    }
                }
            }
            None => return Err(Iran::not_covered("Iran's observed months", Iran::END_INDEX - 1)),
        };
        Ok((estimate, Source::Estimated))
    }

    fn describe(&self) -> &'static str {
        match self.fallback {
            None => "Iran's observed months",
            Some(Fallback::UmmAlQuraPlusOneDay) => {
                "Iran's observed months (Umm al-Qura + 1 day outside them)"
            }
            Some(Fallback::CivilPlusOneDay) => {
                "Iran's observed months (tabular civil + 1 day outside them)"
            }
            Some(Fallback::Predicted) => "Iran's observed months (predicted after them)",
        }
    }
}

/// A month start supplied by the caller for [`WithMonthStarts`].
///
/// # Example
///
/// ```
/// use shamsi::hijri::MonthStart;
/// use shamsi::GregorianDate;
///
/// let shawwal = MonthStart { year: 1446, month: 10, first_day: GregorianDate::new(2025, 3, 31)? };
/// assert_eq!(shawwal.month, 10);
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MonthStart {
    /// The lunar Hijri year.
    pub year: i32,
    /// The month, 1..=12.
    pub month: u8,
    /// The Gregorian date of its first day.
    pub first_day: GregorianDate,
}

/// A calendar with month starts supplied by the caller over a base calendar:
/// the listed months begin on the days given (the month before each one ends
/// the day before), the others are the base's.
///
/// The list must be sorted by year and month with no repeats, each start
/// within two days of the base's, and every month 29 or 30 days long.
///
/// # Example
///
/// ```
/// use shamsi::hijri::{HijriDate, MonthStart, Source, UmmAlQura, WithMonthStarts};
/// use shamsi::GregorianDate;
///
/// // Suppose Shawwal 1446 was announced a day after Umm al-Qura's.
/// let starts = [MonthStart { year: 1446, month: 10, first_day: GregorianDate::new(2025, 3, 31)? }];
/// let cal = WithMonthStarts::new(UmmAlQura, &starts)?;
/// let eid = HijriDate::new_in(cal, 1446, 10, 1)?;
/// assert_eq!(eid.to_gregorian().to_string(), "2025-03-31");
/// assert_eq!(eid.source(), Source::Announced);
/// assert_eq!(HijriDate::new_in(cal, 1446, 9, 30)?.to_gregorian().to_string(), "2025-03-30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WithMonthStarts<'a, C> {
    base: C,
    starts: &'a [MonthStart],
}

impl<'a, C: LunarCalendar> WithMonthStarts<'a, C> {
    /// The base calendar with the listed month starts.
    ///
    /// # Errors
    ///
    /// [`DateError::InvalidMonthStart`] naming the first entry that is out
    /// of order, repeated, more than two days from the base's month start,
    /// or makes a month other than 29 or 30 days long; the base's errors for
    /// a month it does not know.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{MonthStart, Tabular, WithMonthStarts};
    /// use shamsi::GregorianDate;
    ///
    /// let far = [MonthStart { year: 1446, month: 10, first_day: GregorianDate::new(2025, 4, 9)? }];
    /// assert!(WithMonthStarts::new(Tabular::CIVIL, &far).is_err());
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn new(base: C, starts: &'a [MonthStart]) -> Result<Self, DateError> {
        let cal = WithMonthStarts { base, starts };
        let mut previous = None;
        for (i, s) in starts.iter().enumerate() {
            let bad = |reason| DateError::InvalidMonthStart {
                index: i,
                year: s.year,
                month: s.month,
                reason,
            };
            let index = month_index(s.year, s.month).map_err(|_| bad("the month is not 1..=12"))?;
            if previous.is_some_and(|p| p >= index) {
                return Err(bad("out of order or repeated"));
            }
            previous = Some(index);
            let base_start = base.month_start(index)?.0;
            if (s.first_day.to_day_number() - base_start).abs() > 2 {
                return Err(bad("more than two days from the base calendar's month start"));
            }
        }
        for (i, s) in starts.iter().enumerate() {
            let index = i64::from(s.year) * 12 + i64::from(s.month) - 1;
            let day = s.first_day.to_day_number();
            let before = cal.month_start(index - 1)?.0;
            let after = cal.month_start(index + 1)?.0;
            if !(29..=30).contains(&(day - before)) || !(29..=30).contains(&(after - day)) {
                return Err(DateError::InvalidMonthStart {
                    index: i,
                    year: s.year,
                    month: s.month,
                    reason: "a month next to it would not have 29 or 30 days",
                });
            }
        }
        Ok(cal)
    }

    /// The base calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{UmmAlQura, WithMonthStarts};
    ///
    /// assert_eq!(WithMonthStarts::new(UmmAlQura, &[])?.base(), UmmAlQura);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn base(self) -> C {
        self.base
    }

    /// The month starts given.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{UmmAlQura, WithMonthStarts};
    ///
    /// assert!(WithMonthStarts::new(UmmAlQura, &[])?.starts().is_empty());
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn starts(self) -> &'a [MonthStart] {
        self.starts
    }
}

impl<C> sealed::Sealed for WithMonthStarts<'_, C> {}

impl<C: LunarCalendar> LunarCalendar for WithMonthStarts<'_, C> {
    fn month_start(&self, index: i64) -> Result<(i32, Source), DateError> {
        let found = self
            .starts
            .binary_search_by_key(&index, |s| i64::from(s.year) * 12 + i64::from(s.month) - 1);
        match found.ok().and_then(|i| self.starts.get(i)) {
            Some(s) => Ok((s.first_day.to_day_number(), Source::Announced)),
            None => self.base.month_start(index),
        }
    }

    fn describe(&self) -> &'static str {
        "the calendar with the given month starts"
    }
}

/// The lunar Hijri calendar as Afghanistan observes it, as far as its
/// announcements can be sourced: the months in
/// [`AFGHANISTAN_MONTH_STARTS`] begin on the days announced
/// ([`Source::Announced`]), the others are [`UmmAlQura`]'s (estimates for
/// Afghanistan's holidays).
///
/// # Example
///
/// ```
/// use shamsi::hijri::{Afghanistan, HijriDate, Source, UmmAlQura};
///
/// // Eid al-Adha 1445 was announced for 17 June 2024, Umm al-Qura's 16 June.
/// let eid = HijriDate::new_in(Afghanistan, 1445, 12, 10)?;
/// assert_eq!(eid.to_gregorian().to_string(), "2024-06-17");
/// assert_eq!(eid.source(), Source::Announced);
/// assert_eq!(HijriDate::new_in(UmmAlQura, 1445, 12, 10)?.to_gregorian().to_string(), "2024-06-16");
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Afghanistan;

impl sealed::Sealed for Afghanistan {}

impl LunarCalendar for Afghanistan {
    fn month_start(&self, index: i64) -> Result<(i32, Source), DateError> {
        // The table holds what `WithMonthStarts::new` checks (a test checks it).
        WithMonthStarts { base: UmmAlQura, starts: &AFGHANISTAN_MONTH_STARTS }.month_start(index)
    }

    fn describe(&self) -> &'static str {
        "Afghanistan's announced months over Umm al-Qura"
    }
}

/// The first days of the lunar months Afghanistan announced for its
/// holidays, 1443–1447 AH (2022–2025): Rabi al-Awwal (the Prophet's
/// birthday), Ramadan, Shawwal (Eid al-Fitr) and Dhu al-Hijjah (Arafah and
/// Eid al-Adha), from the days announced as Python's `holidays` 0.109 keeps
/// them (its years confirmed for Afghanistan); and the two starts these
/// force where they are a day after Umm al-Qura's (a month has 29 or 30 days:
/// Safar 1446, Muharram 1447). Eid al-Adha 2024 was 17 June, a day after Umm
/// al-Qura's. Other months are Umm al-Qura's, and the holidays in them
/// estimates. A test derives this table from that data.
///
/// # Example
///
/// ```
/// use shamsi::hijri::AFGHANISTAN_MONTH_STARTS;
///
/// let eid_adha_2024 = AFGHANISTAN_MONTH_STARTS.iter().find(|s| (s.year, s.month) == (1445, 12));
/// assert_eq!(eid_adha_2024.map(|s| s.first_day.to_string()), Some("2024-06-08".into()));
/// ```
pub const AFGHANISTAN_MONTH_STARTS: [MonthStart; 18] = {
    #[allow(clippy::panic)] // compile time
    const fn start(year: i32, month: u8, (y, m, d): (i32, u8, u8)) -> MonthStart {
        match GregorianDate::new(y, m, d) {
            Ok(first_day) => MonthStart { year, month, first_day },
            Err(_) => panic!("not a date"),
        }
    }
    [
        start(1443, 9, (2022, 4, 2)),
        start(1443, 10, (2022, 5, 1)),
        start(1443, 12, (2022, 6, 30)),
        start(1444, 3, (2022, 9, 27)),
        start(1444, 9, (2023, 3, 23)),
        start(1444, 10, (2023, 4, 22)),
        start(1444, 12, (2023, 6, 19)),
        start(1445, 3, (2023, 9, 16)),
        start(1445, 9, (2024, 3, 11)),
        start(1445, 10, (2024, 4, 10)),
        start(1445, 12, (2024, 6, 8)),
        start(1446, 2, (2024, 8, 6)),
        start(1446, 3, (2024, 9, 5)),
        start(1446, 9, (2025, 3, 1)),
        start(1446, 10, (2025, 3, 30)),
        start(1446, 12, (2025, 5, 29)),
        start(1447, 1, (2025, 6, 27)),
        start(1447, 3, (2025, 8, 25)),
    ]
};

/// Any of the named calendars, chosen at run time, by the names `iran`,
/// `iran-estimated` (with [`Fallback::UmmAlQuraPlusOneDay`]),
/// `iran-predicted` (with [`Fallback::Predicted`]), `umm-al-qura`, `civil`
/// and `tbla` (or CLDR's `islamic-umalqura`, `islamic-civil`,
/// `islamic-tbla`).
///
/// # Example
///
/// ```
/// use shamsi::hijri::{AnyCalendar, HijriDate, Tabular};
/// use shamsi::GregorianDate;
///
/// let cal: AnyCalendar = "civil".parse()?;
/// assert_eq!(cal, AnyCalendar::Tabular(Tabular::CIVIL));
/// let date = HijriDate::from_gregorian_in(cal, GregorianDate::new(2024, 1, 26)?)?;
/// assert_eq!(date.to_string(), "1445-07-15");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnyCalendar {
    /// [`Iran`].
    Iran(Iran),
    /// [`UmmAlQura`].
    UmmAlQura,
    /// [`Tabular`].
    Tabular(Tabular),
    /// [`Afghanistan`].
    Afghanistan,
}

impl sealed::Sealed for AnyCalendar {}

impl LunarCalendar for AnyCalendar {
    fn month_start(&self, index: i64) -> Result<(i32, Source), DateError> {
        match self {
            AnyCalendar::Iran(c) => c.month_start(index),
            AnyCalendar::UmmAlQura => UmmAlQura.month_start(index),
            AnyCalendar::Tabular(c) => c.month_start(index),
            AnyCalendar::Afghanistan => Afghanistan.month_start(index),
        }
    }

    fn describe(&self) -> &'static str {
        match self {
            AnyCalendar::Iran(c) => c.describe(),
            AnyCalendar::UmmAlQura => UmmAlQura.describe(),
            AnyCalendar::Tabular(c) => c.describe(),
            AnyCalendar::Afghanistan => Afghanistan.describe(),
        }
    }
}

/// The error of reading an unknown calendar name into [`AnyCalendar`].
///
/// # Example
///
/// ```
/// use shamsi::hijri::AnyCalendar;
///
/// let err = "kuwaiti".parse::<AnyCalendar>().unwrap_err();
/// assert!(err.to_string().contains("iran, umm-al-qura, civil, tbla"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown lunar hijri calendar; expected one of iran, umm-al-qura, civil, tbla, afghanistan \
     (iran: Iran's observed months, then the crate's predicted ones; or iran-observed: \
     the observed months alone; iran-estimated: Umm al-Qura + 1 day outside them)"
)]
pub struct UnknownCalendar;

impl core::str::FromStr for AnyCalendar {
    type Err = UnknownCalendar;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "iran" => Ok(AnyCalendar::Iran(Iran::PREDICTED)),
            "iran-observed" => Ok(AnyCalendar::Iran(Iran::OBSERVED)),
            "iran-estimated" => {
                Ok(AnyCalendar::Iran(Iran::with_fallback(Fallback::UmmAlQuraPlusOneDay)))
            }
            "iran-predicted" => Ok(AnyCalendar::Iran(Iran::with_fallback(Fallback::Predicted))),
            "umm-al-qura" | "islamic-umalqura" => Ok(AnyCalendar::UmmAlQura),
            "civil" | "islamic-civil" => Ok(AnyCalendar::Tabular(Tabular::CIVIL)),
            "tbla" | "islamic-tbla" => Ok(AnyCalendar::Tabular(Tabular::TBLA)),
            "afghanistan" => Ok(AnyCalendar::Afghanistan),
            _ => Err(UnknownCalendar),
        }
    }
}

/// A lunar Hijri date in the calendar `C` ([`Iran`] by default).
///
/// Ordered by day within one calendar. `Display` writes `YYYY-MM-DD`.
///
/// # Example
///
/// ```
/// use shamsi::hijri::HijriDate;
/// use shamsi::Weekday;
///
/// let eid = HijriDate::new(1446, 10, 1)?;
/// assert_eq!(eid.to_gregorian().to_string(), "2025-03-31");
/// assert_eq!(eid.weekday(), Weekday::Monday);
/// // Ramadan 1446 had 29 days in Iran.
/// assert_eq!(eid.add_days(-1)?.to_string(), "1446-09-29");
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct HijriDate<C: LunarCalendar = Iran> {
    calendar: C,
    day_number: i32,
    year: i32,
    month: u8,
    day: u8,
    source: Source,
}

impl HijriDate {
    /// The date in Iran's calendar: the observed months, then the predicted
    /// ones ([`Iran::PREDICTED`], each date's [`source`](HijriDate::source)
    /// says which).
    ///
    /// # Errors
    ///
    /// As [`HijriDate::new_in`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// let date = HijriDate::new(1445, 7, 14)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2024-01-26");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Result<HijriDate, DateError> {
        HijriDate::new_in(Iran::PREDICTED, year, month, day)
    }
}

impl<C: LunarCalendar> HijriDate<C> {
    /// The date `year`-`month`-`day` of the calendar.
    ///
    /// # Errors
    ///
    /// [`DateError::FieldOutOfRange`], [`DateError::InvalidDay`] (day 0, a
    /// 30th of a 29-day month), [`DateError::NotCovered`] outside the
    /// calendar's months, [`DateError::DayOutOfRange`] outside the crate's
    /// range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{HijriDate, Iran};
    /// use shamsi::{Calendar, DateError};
    ///
    /// // Safar 1442 had 29 days in Iran.
    /// let err = HijriDate::new_in(Iran::OBSERVED, 1442, 2, 30).unwrap_err();
    /// assert_eq!(err, DateError::InvalidDay { calendar: Calendar::LunarHijri, year: 1442, month: 2, day: 30, max: 29 });
    /// ```
    pub fn new_in(calendar: C, year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        let index = month_index(year, month)?;
        let (start, source) =
            calendar.month_start(index).map_err(|e| not_covered_at(e, year, month, day))?;
        if day == 0 || day > 30 {
            return Err(DateError::InvalidDay {
                calendar: Calendar::LunarHijri,
                year,
                month,
                day,
                max: 30,
            });
        }
        let mut date_source = source;
        if day == 30 {
            let (next, next_source) =
                calendar.month_start(index + 1).map_err(|e| not_covered_at(e, year, month, day))?;
            if next - start < 30 {
                return Err(DateError::InvalidDay {
                    calendar: Calendar::LunarHijri,
                    year,
                    month,
                    day,
                    max: 29,
                });
            }
            if next_source.is_estimated() {
                date_source = next_source;
            }
        }
        let day_number = start + i32::from(day) - 1;
        if !(MIN_DAY..=MAX_DAY).contains(&day_number) {
            return Err(DateError::DayOutOfRange);
        }
        Ok(HijriDate { calendar, day_number, year, month, day, source: date_source })
    }

    /// The date of the day number `day` (days since 1970-01-01).
    ///
    /// # Errors
    ///
    /// [`DateError::DayOutOfRange`] outside -9999-01-01..=9999-12-31,
    /// [`DateError::DayNotCovered`] outside the calendar's months.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{HijriDate, UmmAlQura};
    ///
    /// assert_eq!(HijriDate::from_day_number_in(UmmAlQura, 0)?.to_string(), "1389-10-22");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn from_day_number_in(calendar: C, day: i32) -> Result<Self, DateError> {
        let (index, _, source, d) = locate(&calendar, day)?;
        let (year, month) = split_index(index);
        let mut source = source;
        if d == 30 {
            if let Ok((_, next)) = calendar.month_start(index + 1) {
                if next.is_estimated() {
                    source = next;
                }
            }
        }
        Ok(HijriDate { calendar, day_number: day, year, month, day: d, source })
    }

    /// The date of a Gregorian date.
    ///
    /// # Errors
    ///
    /// As [`HijriDate::from_day_number_in`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{HijriDate, Iran};
    /// use shamsi::GregorianDate;
    ///
    /// let date = HijriDate::from_gregorian_in(Iran::OBSERVED, GregorianDate::new(2025, 3, 31)?)?;
    /// assert_eq!(date.to_string(), "1446-10-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_gregorian_in(calendar: C, date: GregorianDate) -> Result<Self, DateError> {
        HijriDate::from_day_number_in(calendar, date.to_day_number())
    }

    /// The date of a Solar Hijri date.
    ///
    /// # Errors
    ///
    /// As [`HijriDate::from_day_number_in`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{HijriDate, Iran};
    /// use shamsi::JalaliDate;
    ///
    /// let date = HijriDate::from_jalali_in(Iran::OBSERVED, JalaliDate::new(1404, 1, 1)?)?;
    /// assert_eq!(date.to_string(), "1446-09-20");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_jalali_in<R: crate::rule::Rule>(
        calendar: C,
        date: JalaliDate<R>,
    ) -> Result<Self, DateError> {
        HijriDate::from_day_number_in(calendar, date.to_day_number())
    }

    /// The year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::hijri::HijriDate::new(1445, 7, 14)?.year(), 1445);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 (Muharram) to 12 (Dhu al-Hijjah).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::hijri::HijriDate::new(1445, 7, 14)?.month(), 7);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The month, 1..=12: the same as [`month`](Self::month), under the name
    /// that gives a `u8` on every date type ([`JalaliDate::month_number`](crate::JalaliDate::month_number),
    /// [`GregorianDate::month_number`](crate::GregorianDate::month_number)).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::hijri::HijriDate::new(1445, 7, 14)?.month_number(), 7);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn month_number(self) -> u8 {
        self.month
    }

    /// The day of the month, 1..=30.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::hijri::HijriDate::new(1445, 7, 14)?.day(), 14);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{HijriDate, Iran};
    ///
    /// assert_eq!(HijriDate::new(1445, 7, 14)?.calendar(), Iran::PREDICTED);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn calendar(self) -> C {
        self.calendar
    }

    /// Where the date comes from: observed, moved by sighting, a table,
    /// arithmetic, the caller's month starts, or an estimate. A 30th whose
    /// next month is estimated is estimated too.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{HijriDate, Source, Tabular};
    ///
    /// assert_eq!(HijriDate::new_in(Tabular::CIVIL, 1445, 1, 1)?.source(), Source::Arithmetic);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn source(self) -> Source {
        self.source
    }

    /// The day number: days since 1970-01-01.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriDate::new(1445, 7, 14)?.to_day_number(), 19_748);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn to_day_number(self) -> i32 {
        self.day_number
    }

    /// The Julian day number.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriDate::new(1445, 7, 14)?.to_julian_day(), 2_460_336);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn to_julian_day(self) -> i32 {
        self.day_number + 2_440_588
    }

    /// The Gregorian date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriDate::new(1445, 7, 14)?.to_gregorian().to_string(), "2024-01-26");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn to_gregorian(self) -> GregorianDate {
        // Every date is within the Gregorian range (checked when built).
        GregorianDate::from_day_number(self.day_number).unwrap_or(GregorianDate::MIN)
    }

    /// The Solar Hijri date (official calendar).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriDate::new(1445, 7, 14)?.to_jalali().to_string(), "1402-11-06");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn to_jalali(self) -> JalaliDate {
        JalaliDate::from_gregorian(self.to_gregorian())
    }

    /// The same day in another lunar calendar.
    ///
    /// # Errors
    ///
    /// As [`HijriDate::from_day_number_in`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{HijriDate, Tabular};
    ///
    /// let civil = HijriDate::new(1445, 7, 14)?.to_calendar(Tabular::CIVIL)?;
    /// assert_eq!(civil.to_string(), "1445-07-15");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn to_calendar<D: LunarCalendar>(self, calendar: D) -> Result<HijriDate<D>, DateError> {
        HijriDate::from_day_number_in(calendar, self.day_number)
    }

    /// The day of the week.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    /// use shamsi::Weekday;
    ///
    /// assert_eq!(HijriDate::new(1445, 7, 14)?.weekday(), Weekday::Friday);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn weekday(self) -> Weekday {
        self.to_gregorian().weekday()
    }

    /// The day of the year, 1..=355: days since 1 Muharram of the date's
    /// year, plus one.
    ///
    /// # Errors
    ///
    /// When the calendar does not know the first day of the year (a date
    /// in the first, partial year of the crate's range).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriDate::new(1445, 1, 1)?.day_of_year()?, 1);
    /// // 1 Muharram 1445 was 19 July 2023 in Iran; 14 Rajab, 26 January 2024.
    /// assert_eq!(HijriDate::new(1445, 1, 1)?.to_gregorian().to_string(), "2023-07-19");
    /// assert_eq!(HijriDate::new(1445, 7, 14)?.day_of_year()?, 192);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn day_of_year(self) -> Result<u16, DateError> {
        let (start, _) = self.calendar.month_start(month_index(self.year, 1)?)?;
        u16::try_from(self.day_number - start + 1).map_err(|_| DateError::DayOutOfRange)
    }

    /// The number of days in the date's month: 29 or 30.
    ///
    /// # Errors
    ///
    /// [`DateError::NotCovered`] when the calendar does not know the
    /// month's length (Shawwal 1447 in [`Iran::OBSERVED`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriDate::new(1442, 2, 1)?.days_in_month()?, 29);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn days_in_month(self) -> Result<u8, DateError> {
        self.calendar.days_in_month(self.year, self.month)
    }

    /// The number of days in the date's year: 353..=356.
    ///
    /// # Errors
    ///
    /// [`DateError::NotCovered`] when the calendar does not know the whole
    /// year.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// assert_eq!(HijriDate::new(1401, 1, 1)?.days_in_year()?, 353);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn days_in_year(self) -> Result<u16, DateError> {
        self.calendar.days_in_year(self.year)
    }

    /// The date `days` days later (earlier when negative), or the reason
    /// there is none.
    ///
    /// # Errors
    ///
    /// [`DateError::DayOutOfRange`] beyond the crate's range,
    /// [`DateError::DayNotCovered`] beyond the calendar's months.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// // Safar 1442 had 29 days: the day after its 29th is 1 Rabi' I.
    /// assert_eq!(HijriDate::new(1442, 2, 29)?.add_days(1)?.to_string(), "1442-03-01");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn add_days(self, days: i32) -> Result<Self, DateError> {
        let day = self.day_number.checked_add(days).ok_or(DateError::DayOutOfRange)?;
        HijriDate::from_day_number_in(self.calendar, day)
    }

    /// The date `days` days later (earlier when negative), or `None`
    /// outside the range or the calendar's months, as `checked_add_days` of
    /// the other date types; [`add_days`](HijriDate::add_days) says why.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// let eid = HijriDate::new(1446, 10, 1).unwrap();
    /// assert_eq!(eid.checked_add_days(-1).map(|d| d.to_string()).as_deref(), Some("1446-09-29"));
    /// assert_eq!(eid.checked_add_days(i32::MAX), None);
    /// ```
    pub fn checked_add_days(self, days: i32) -> Option<Self> {
        self.add_days(days).ok()
    }

    /// The number of days from `self` to `other` (negative when `other` is
    /// earlier).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// let a = HijriDate::new(1445, 9, 1)?;
    /// let b = HijriDate::new(1445, 10, 1)?;
    /// assert_eq!(a.days_until(b), 29);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn days_until(self, other: Self) -> i32 {
        other.day_number - self.day_number
    }

    /// The first day of the date's month.
    ///
    /// # Errors
    ///
    /// As [`HijriDate::new_in`] (never, for a date the calendar built).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// let d = HijriDate::new(1445, 9, 17)?;
    /// assert_eq!(d.first_day_of_month()?.to_string(), "1445-09-01");
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn first_day_of_month(self) -> Result<Self, DateError> {
        HijriDate::new_in(self.calendar, self.year, self.month, 1)
    }

    /// The days from `self` to `end`, both included (empty when `end` is
    /// earlier); each day is looked up as it is reached, so the iterator
    /// stops at the first day the calendar does not know.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::HijriDate;
    ///
    /// let start = HijriDate::new(1442, 2, 28)?;
    /// let end = HijriDate::new(1442, 3, 2)?;
    /// let days: Vec<String> = start.iter_to(end).map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["1442-02-28", "1442-02-29", "1442-03-01", "1442-03-02"]);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub fn iter_to(self, end: Self) -> HijriDays<C> {
        HijriDays { calendar: self.calendar, next: self.day_number, last: end.day_number }
    }
}

impl<C: LunarCalendar> PartialOrd for HijriDate<C> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<C: LunarCalendar> Ord for HijriDate<C> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.day_number.cmp(&other.day_number)
    }
}

impl<C: LunarCalendar> fmt::Display for HijriDate<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}-{:02}", crate::error::Year(self.year), self.month, self.day)
    }
}

impl<C: LunarCalendar> fmt::Debug for HijriDate<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HijriDate({self}, {:?}, {:?})", self.calendar, self.source)
    }
}

impl<C: LunarCalendar + Default> core::str::FromStr for HijriDate<C> {
    type Err = crate::ParseError;

    /// Reads `YYYY-MM-DD` (as `Display` writes it) in the calendar's default
    /// value ([`Iran::PREDICTED`] for `HijriDate`). A year from 1700 on is
    /// refused ([`NoCalendar`](crate::ParseErrorKind::NoCalendar)): it is
    /// what another system writes for a Gregorian date, not a lunar year of
    /// this era.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        use crate::{ParseError, ParseErrorKind};
        ParseError::check_len(s)?;
        let b = s.as_bytes();
        let digits = |r: core::ops::Range<usize>| -> Result<u32, ParseError> {
            let mut v = 0u32;
            for i in r.clone() {
                match b.get(i) {
                    Some(c) if c.is_ascii_digit() => v = v * 10 + u32::from(c - b'0'),
                    Some(_) => return Err(ParseError::new(ParseErrorKind::Expected("a digit"), i)),
                    None => return Err(ParseError::new(ParseErrorKind::UnexpectedEnd, i)),
                }
            }
            Ok(v)
        };
        let sep = |i: usize| match b.get(i) {
            Some(b'-') => Ok(()),
            Some(_) => Err(ParseError::new(ParseErrorKind::Expected("'-'"), i)),
            None => Err(ParseError::new(ParseErrorKind::UnexpectedEnd, i)),
        };
        let year = digits(0..4)?;
        sep(4)?;
        let month = digits(5..7)?;
        sep(7)?;
        let day = digits(8..10)?;
        if b.len() > 10 {
            return Err(ParseError::new(ParseErrorKind::TrailingInput, 10));
        }
        let (year, month, day) = (year as i32, month as u8, day as u8);
        crate::iso::check_bare_year(year)?;
        HijriDate::new_in(C::default(), year, month, day).map_err(|e| {
            let at = match e {
                DateError::FieldOutOfRange { field: Field::Month, .. } => 5,
                DateError::InvalidDay { .. } => 8,
                _ => 0,
            };
            ParseError::new(ParseErrorKind::InvalidDate(e), at)
        })
    }
}

/// The days of [`HijriDate::iter_to`].
///
/// # Example
///
/// ```
/// use shamsi::hijri::HijriDate;
///
/// let a = HijriDate::new(1445, 9, 1)?;
/// assert_eq!(a.iter_to(HijriDate::new(1445, 10, 1)?).count(), 30);
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Debug)]
pub struct HijriDays<C> {
    calendar: C,
    next: i32,
    last: i32,
}

impl<C: LunarCalendar> Iterator for HijriDays<C> {
    type Item = HijriDate<C>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.next > self.last {
            return None;
        }
        match HijriDate::from_day_number_in(self.calendar, self.next) {
            Ok(d) => {
                self.next += 1;
                Some(d)
            }
            Err(_) => {
                self.next = self.last.saturating_add(1);
                None
            }
        }
    }
}

impl<C: LunarCalendar> core::iter::FusedIterator for HijriDays<C> {}
