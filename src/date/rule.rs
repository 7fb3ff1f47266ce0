//! The leap rules: the official calendar, and the approximations other
//! libraries use, by name.
//!
//! Each rule is a zero-sized type implementing [`Rule`]; a date carries its
//! rule in its type, [`JalaliDate<R>`](crate::JalaliDate), so that dates of
//! different rules cannot be mixed up, and each rule's arithmetic is compiled
//! into its own fast path. [`RuleKind`] names the same rules as a value, for
//! choosing one at run time.
//!
//! | rule | leap years | used by |
//! |---|---|---|
//! | [`Official`] | the day of the March equinox (before or after apparent noon at 52.5° E): the 33-year rule corrected in [`CORRECTED_YEARS`](crate::CORRECTED_YEARS) | Iran's calendar authority, ICU4X `Persian`, ICU4C 78 (`Intl` "persian") |
//! | [`Rule33`] | y mod 33 ∈ {1, 5, 9, 13, 17, 22, 26, 30} | Python jdatetime, ICU4C before 78, @internationalized/date, date-fns-jalali, parsidate |
//! | [`Borkowski`] | Borkowski's 33-year cycles between break years; years -61..=3177 only | jalaali-js and its ports, morilog/jalali |
//! | [`Birashk`] | Birashk's 2820-year cycle | Python khayyam, libjalali/jcal, the `ptime` crate |
//!
//! All four agree on every year from 1244 to 1402. Birashk's cycle departs
//! first: it makes 1403 common and 1404 leap, so every day from 20 March
//! 2025 to 20 March 2026 has another date under it (it also started 1210
//! and 1243 a day late, and departs ever more often after 1404). The
//! 33-year rule departs in 1503 and then around every corrected year;
//! Borkowski's in 1503, 1602 and 22 more years from 2159 on.
//!
//! # Example
//!
//! ```
//! use shamsi::rule::{Birashk, Official, Rule};
//!
//! assert!(!Official.is_leap_year(1404)?);
//! assert!(Birashk.is_leap_year(1404)?);
//! let esfand30 = Birashk.date(1404, 12, 30)?;
//! assert_eq!(esfand30.to_gregorian().to_string(), "2026-03-20");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;
use core::hash::Hash;

use crate::arith::calc;
use crate::{DateError, Field, GregorianDate, JalaliDate, Month};

mod sealed {
    pub trait Sealed {}
}

/// A Solar Hijri leap rule.
///
/// Implemented by [`Official`], [`Rule33`], [`Borkowski`] and [`Birashk`]
/// only (the trait is sealed). The methods are conveniences over
/// [`RuleKind`]'s and [`JalaliDate`]'s.
///
/// # Example
///
/// ```
/// use shamsi::rule::{Rule, Rule33};
///
/// let nowruz = Rule33.nowruz(1503)?;
/// assert_eq!(nowruz.to_string(), "2124-03-21");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Rule:
    sealed::Sealed + Copy + Default + fmt::Debug + Eq + Ord + Hash + Send + Sync + 'static
{
    /// The rule as a value.
    const KIND: RuleKind;

    /// The rule's only value (usable in `const` contexts, unlike
    /// `Default::default`).
    const VALUE: Self;

    /// The rule as a value.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Birashk, Rule, RuleKind};
    ///
    /// assert_eq!(Birashk.kind(), RuleKind::Birashk);
    /// ```
    fn kind(self) -> RuleKind {
        Self::KIND
    }

    /// Whether `year` has 366 days (30 Esfand exists) under this rule.
    ///
    /// # Errors
    ///
    /// When `year` is outside [`RuleKind::years`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Official, Rule};
    ///
    /// assert!(Official.is_leap_year(1403)?);
    /// assert!(Official.is_leap_year(99_999).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn is_leap_year(self, year: i32) -> Result<bool, DateError> {
        Self::KIND.is_leap_year(year)
    }

    /// A date under this rule.
    ///
    /// # Errors
    ///
    /// As [`JalaliDate::new_in`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Borkowski, Rule};
    ///
    /// let date = Borkowski.date(1402, 11, 6)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2024-01-26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn date(self, year: i32, month: u8, day: u8) -> Result<JalaliDate<Self>, DateError> {
        JalaliDate::new_in(self, year, month, day)
    }

    /// The date of a Gregorian day under this rule.
    ///
    /// # Errors
    ///
    /// When the day is outside the rule's range (only [`Borkowski`] has a
    /// range narrower than the Gregorian type's).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Birashk, Rule};
    /// use shamsi::GregorianDate;
    ///
    /// let date = Birashk.from_gregorian(GregorianDate::new(2025, 3, 20)?)?;
    /// assert_eq!(date.to_string(), "1404-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[allow(clippy::wrong_self_convention)] // the rule is a unit value: "by Birashk, from Gregorian"
    fn from_gregorian(self, date: GregorianDate) -> Result<JalaliDate<Self>, DateError> {
        JalaliDate::from_gregorian_in(self, date)
    }

    /// The Gregorian date of 1 Farvardin `year` under this rule.
    ///
    /// # Errors
    ///
    /// When `year` is outside [`RuleKind::years`], or 1 Farvardin of it is
    /// outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Official, Rule};
    ///
    /// assert_eq!(Official.nowruz(1404)?.to_string(), "2025-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn nowruz(self, year: i32) -> Result<GregorianDate, DateError> {
        Self::KIND.nowruz(year)
    }
}

macro_rules! rules {
    ($($(#[$doc:meta])* $name:ident => $kind:ident,)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name;

        impl sealed::Sealed for $name {}

        impl Rule for $name {
            const KIND: RuleKind = RuleKind::$kind;
            const VALUE: Self = $name;
        }
    )*};
}

rules! {
    /// The official calendar of Iran: 1 Farvardin is the day of the March
    /// equinox if it comes before apparent noon at 52.5° E, else the next day.
    ///
    /// Computed as the 33-year rule with the one-day corrections of
    /// [`CORRECTED_YEARS`](crate::CORRECTED_YEARS), this agrees day for day
    /// with ICU4X's `Persian` calendar and ICU4C 78 (checked for the years
    /// 1–3178; outside them all three are the plain 33-year rule), and with
    /// the University of Tehran's published leap table for 1206–1498.
    /// It is the rule of [`JalaliDate`] by default.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Official, Rule};
    ///
    /// assert_eq!(Official.nowruz(1503)?.to_string(), "2124-03-20");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Official => Official,
    /// The pure 33-year rule: `year` is leap when `year mod 33` is one of 1,
    /// 5, 9, 13, 17, 22, 26 or 30. Agrees with [`Official`] up to 1502.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Rule, Rule33};
    ///
    /// assert!(Rule33.is_leap_year(1502)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Rule33 => Rule33,
    /// Borkowski's break-year algorithm, as jalaali-js runs it. Defined for
    /// years -61..=3177 only; outside them every operation is an error.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Borkowski, Rule};
    ///
    /// assert!(Borkowski.is_leap_year(1403)?);
    /// assert!(Borkowski.is_leap_year(3178).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Borkowski => Borkowski,
    /// Birashk's 2820-year cycle (Reingold & Dershowitz's "arithmetic
    /// Persian"), with years before 1 numbered astronomically. It departs from
    /// the official calendar in 1403/1404.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::{Birashk, Rule};
    ///
    /// assert!(!Birashk.is_leap_year(1403)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Birashk => Birashk,
}

/// A Solar Hijri leap rule as a value, for choosing one at run time.
///
/// # Example
///
/// ```
/// use shamsi::rule::RuleKind;
///
/// let rule: RuleKind = "birashk".parse()?;
/// assert_eq!(rule, RuleKind::Birashk);
/// assert_eq!(rule.nowruz(1404)?.to_string(), "2025-03-20");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum RuleKind {
    /// See [`Official`].
    #[default]
    Official,
    /// See [`Rule33`].
    Rule33,
    /// See [`Borkowski`].
    Borkowski,
    /// See [`Birashk`].
    Birashk,
}

/// The day numbers of -9999-01-01 and 9999-12-31.
const GREGORIAN_DAYS: (i32, i32) =
    (calc::gregorian_to_day(-9999, 1, 1), calc::gregorian_to_day(9999, 12, 31));
/// The day numbers of 1 Farvardin -61 and 29 Esfand 3177 under Borkowski's rule.
const BORKOWSKI_DAYS: (i32, i32) = (
    calc::borkowski_nowruz(calc::BORKOWSKI_YEARS.0),
    calc::borkowski_nowruz(calc::BORKOWSKI_YEARS.1 + 1) - 1,
);
/// `RuleKind::years` of each rule, in the order of `RuleKind::ALL`.
const YEARS: [(i32, i32); 4] = [
    RuleKind::Official.compute_years(),
    RuleKind::Rule33.compute_years(),
    RuleKind::Borkowski.compute_years(),
    RuleKind::Birashk.compute_years(),
];

impl RuleKind {
    /// Every rule, in a fixed order.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::RuleKind;
    ///
    /// assert_eq!(RuleKind::ALL.len(), 4);
    /// ```
    pub const ALL: [RuleKind; 4] =
        [RuleKind::Official, RuleKind::Rule33, RuleKind::Borkowski, RuleKind::Birashk];

    /// The rule's short name, as the converter's `--rule` takes it:
    /// `official`, `rule33`, `borkowski` or `birashk`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::RuleKind;
    ///
    /// assert_eq!(RuleKind::Rule33.name(), "rule33");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            RuleKind::Official => "official",
            RuleKind::Rule33 => "rule33",
            RuleKind::Borkowski => "borkowski",
            RuleKind::Birashk => "birashk",
        }
    }

    /// The first and last day numbers (days since 1970-01-01) the rule covers.
    #[inline]
    pub(crate) const fn day_range(self) -> (i32, i32) {
        match self {
            RuleKind::Borkowski => BORKOWSKI_DAYS,
            _ => GREGORIAN_DAYS,
        }
    }

    /// The first and last years the rule covers, in part or whole.
    ///
    /// For every rule but [`Borkowski`] these are the Solar Hijri years that
    /// overlap -9999-01-01..=9999-12-31, -10621..=9378; the first and the
    /// last are partial.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::RuleKind;
    ///
    /// assert_eq!(RuleKind::Official.years(), (-10621, 9378));
    /// assert_eq!(RuleKind::Borkowski.years(), (-61, 3177));
    /// ```
    #[inline]
    pub const fn years(self) -> (i32, i32) {
        match self {
            RuleKind::Official => YEARS[0],
            RuleKind::Rule33 => YEARS[1],
            RuleKind::Borkowski => YEARS[2],
            RuleKind::Birashk => YEARS[3],
        }
    }

    const fn compute_years(self) -> (i32, i32) {
        let (lo, hi) = self.day_range();
        (self.year_ordinal(lo).0, self.year_ordinal(hi).0)
    }

    pub(crate) const fn range_description(self) -> &'static str {
        match self {
            RuleKind::Borkowski => "years -61..=3177",
            _ => "-9999-01-01..=9999-12-31 in the gregorian calendar",
        }
    }

    /// Day number of 1 Farvardin `year`; `year` must be inside `years()`
    /// (or one past it).
    #[inline]
    pub(crate) const fn nowruz_day(self, year: i32) -> i32 {
        match self {
            RuleKind::Official => calc::official_nowruz(year),
            RuleKind::Rule33 => calc::rule33_nowruz(year),
            RuleKind::Borkowski => calc::borkowski_nowruz(year),
            RuleKind::Birashk => calc::birashk_nowruz(year),
        }
    }

    /// Whether `year` (inside `years()`) is leap.
    #[inline]
    pub(crate) const fn is_leap_unchecked(self, year: i32) -> bool {
        match self {
            RuleKind::Official => calc::official_is_leap(year),
            RuleKind::Rule33 => calc::rule33_is_leap(year),
            _ => self.nowruz_day(year + 1) - self.nowruz_day(year) == 366,
        }
    }

    /// The year holding a day number inside `day_range()`, and the
    /// zero-based day of that year.
    #[inline]
    pub(crate) const fn year_ordinal(self, day: i32) -> (i32, u16) {
        match self {
            RuleKind::Official => calc::official_year_ordinal(day),
            RuleKind::Rule33 => calc::rule33_year_ordinal(day),
            _ => {
                // The other rules stay within a few days of the 33-year rule
                // across the range; step from its year to theirs.
                let mut year = calc::rule33_year(day);
                let mut steps = 0;
                while steps < 16 {
                    let start = self.nowruz_day(year);
                    if start > day {
                        year -= 1;
                    } else if self.nowruz_day(year + 1) <= day {
                        year += 1;
                    } else {
                        return (year, (day - start) as u16);
                    }
                    steps += 1;
                }
                debug_assert!(false, "year_ordinal did not converge");
                (year, 0)
            }
        }
    }

    /// Checks that `year` is inside `years()`.
    #[inline]
    pub(crate) const fn check_year(self, year: i32) -> Result<(), DateError> {
        let (lo, hi) = self.years();
        if year < lo || year > hi {
            return Err(DateError::FieldOutOfRange {
                field: Field::Year,
                value: year as i64,
                min: lo as i64,
                max: hi as i64,
            });
        }
        Ok(())
    }

    /// Whether `year` has 366 days (30 Esfand exists) under this rule.
    ///
    /// # Errors
    ///
    /// When `year` is outside [`RuleKind::years`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::RuleKind;
    ///
    /// assert!(RuleKind::Official.is_leap_year(1469)?);
    /// assert!(!RuleKind::Official.is_leap_year(1404)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn is_leap_year(self, year: i32) -> Result<bool, DateError> {
        match self.check_year(year) {
            Ok(()) => Ok(self.is_leap_unchecked(year)),
            Err(e) => Err(e),
        }
    }

    /// The number of days in `year`: 365, or 366 in a leap year.
    ///
    /// # Errors
    ///
    /// When `year` is outside [`RuleKind::years`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::RuleKind;
    ///
    /// assert_eq!(RuleKind::Official.days_in_year(1403)?, 366);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn days_in_year(self, year: i32) -> Result<u16, DateError> {
        match self.is_leap_year(year) {
            Ok(leap) => Ok(365 + leap as u16),
            Err(e) => Err(e),
        }
    }

    /// The number of days in a month of `year`.
    ///
    /// # Errors
    ///
    /// When `year` is outside [`RuleKind::years`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::RuleKind;
    /// use shamsi::Month;
    ///
    /// assert_eq!(RuleKind::Official.days_in_month(1404, Month::Esfand)?, 29);
    /// assert_eq!(RuleKind::Birashk.days_in_month(1404, Month::Esfand)?, 30);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn days_in_month(self, year: i32, month: Month) -> Result<u8, DateError> {
        match self.is_leap_year(year) {
            Ok(leap) => Ok(month.length(leap)),
            Err(e) => Err(e),
        }
    }

    /// The Gregorian date of 1 Farvardin `year`.
    ///
    /// # Errors
    ///
    /// When `year` is outside [`RuleKind::years`] or its 1 Farvardin falls
    /// before the start of the range (the first year is partial).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::rule::RuleKind;
    ///
    /// assert_eq!(RuleKind::Official.nowruz(1309)?.to_string(), "1930-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn nowruz(self, year: i32) -> Result<GregorianDate, DateError> {
        if let Err(e) = self.check_year(year) {
            return Err(e);
        }
        let day = self.nowruz_day(year);
        if day < self.day_range().0 {
            return Err(DateError::OutOfRange {
                calendar: crate::Calendar::Jalali,
                year,
                month: 1,
                day: 1,
                rule: self,
            });
        }
        Ok(GregorianDate::from_day_number_unchecked(day))
    }
}

impl fmt::Display for RuleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for an unknown rule name.
///
/// # Example
///
/// ```
/// use shamsi::rule::RuleKind;
///
/// let err = "julian".parse::<RuleKind>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown rule name (expected official, rule33, borkowski or birashk)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule name (expected official, rule33, borkowski or birashk)")]
pub struct UnknownRule;

impl core::str::FromStr for RuleKind {
    type Err = UnknownRule;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RuleKind::ALL.into_iter().find(|r| r.name() == s).ok_or(UnknownRule)
    }
}
