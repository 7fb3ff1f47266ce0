//! [proptest](mod@proptest) strategies for Solar Hijri dates under any rule, to test other
//! code against this crate.
//!
//! Each strategy draws day numbers and maps them to dates, so every value is
//! a valid date of the rule and nothing is filtered out; shrinking moves
//! toward the first date of the range (and a pair toward two equal dates). The strategies take the rule as a type
//! parameter, `R` of [`JalaliDate<R>`].
//!
//! - [`any_date`], [`dates_in`]: any date of the rule's range, or of a range.
//! - [`edge_dates`], [`edge_dates_in`]: the days where implementations go
//!   wrong: the 1st, 29th, 30th and 31st of a month (or its last day when it
//!   is shorter), and 29 and 30 Esfand and 1 and 2 Farvardin, half of the
//!   time around a leap year.
//! - [`date_pairs`], [`date_pairs_in`]: two dates, independent, close, or
//!   around an edge, for differences and arithmetic.
//!
//! Take a Gregorian date with `.prop_map(|d| d.to_gregorian())`.
//!
//! # Example: testing a foreign conversion against the crate
//!
//! Someone else's function converts days since 1970-01-01 to a Solar Hijri
//! date, and was written for 1400 to 1409. Checked against the official
//! calendar over those years it passes; checked against Birashk's rule, which
//! makes 1403 common and 1404 leap, it fails, and proptest reports a date of
//! 1404.
//!
//! ```
//! use proptest::prelude::*;
//! use proptest::test_runner::{Config, TestRunner};
//! use shamsi::rule::{Birashk, Official, Rule};
//! use shamsi::strategies::dates_in;
//!
//! /// The code under test: (year, month, day) of a day number, for
//! /// 1400..=1409, in which it takes 1403 and 1408 to be leap.
//! fn their_to_jalali(unix_days: i64) -> (i32, u32, u32) {
//!     // 1 Farvardin 1400 is 2021-03-21, day 18,707.
//!     let mut n = unix_days - 18_707;
//!     let mut year = 1400;
//!     loop {
//!         let len = if year == 1403 || year == 1408 { 366 } else { 365 };
//!         if n < len {
//!             break;
//!         }
//!         n -= len;
//!         year += 1;
//!     }
//!     let mut month = 1;
//!     while month < 12 {
//!         let len = if month <= 6 { 31 } else { 30 };
//!         if n < len {
//!             break;
//!         }
//!         n -= len;
//!         month += 1;
//!     }
//!     (year, month, n as u32 + 1)
//! }
//!
//! let official = dates_in(Official.date(1400, 1, 1)?, Official.date(1409, 12, 29)?);
//! TestRunner::default().run(&official, |date| {
//!     let theirs = their_to_jalali(date.to_day_number().into());
//!     prop_assert_eq!(theirs, (date.year(), date.month_number().into(), date.day().into()));
//!     Ok(())
//! })?;
//!
//! // Under Birashk's rule a tenth of these dates differ: proptest finds one.
//! let birashk = dates_in(Birashk.date(1400, 1, 1)?, Birashk.date(1409, 12, 29)?);
//! let mut runner = TestRunner::new(Config { failure_persistence: None, ..Config::default() });
//! let failure = runner.run(&birashk, |date| {
//!     let theirs = their_to_jalali(date.to_day_number().into());
//!     prop_assert_eq!(theirs, (date.year(), date.month_number().into(), date.day().into()));
//!     Ok(())
//! });
//! assert!(failure.is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! In a test file, the same check with the `proptest!` macro (whose
//! functions are marked `#[test]` there) reads:
//!
//! ```
//! # fn their_to_jalali(n: i64) -> (i32, u32, u32) {
//! #     let d = shamsi::JalaliDate::from_day_number(n as i32).unwrap();
//! #     (d.year(), d.month_number().into(), d.day().into())
//! # }
//! use proptest::prelude::*;
//! use shamsi::rule::Official;
//! use shamsi::strategies::edge_dates;
//!
//! proptest! {
//!     // #[test]
//!     fn agrees_with_shamsi(date in edge_dates::<Official>()) {
//!         let theirs = their_to_jalali(date.to_day_number().into());
//!         prop_assert_eq!(theirs, (date.year(), date.month_number().into(), date.day().into()));
//!     }
//! }
//! # agrees_with_shamsi();
//! ```

use proptest::prelude::*;

use crate::JalaliDate;
use crate::arith::calc;
use crate::rule::Rule;

/// The day numbers of two dates, in order.
fn ordered<R: Rule>(a: JalaliDate<R>, b: JalaliDate<R>) -> (i32, i32) {
    let (a, b) = (a.to_day_number(), b.to_day_number());
    (a.min(b), a.max(b))
}

/// The date of day `n` clamped to `lo..=hi`, a range inside the rule's.
fn clamped<R: Rule>(n: i32, (lo, hi): (i32, i32)) -> JalaliDate<R> {
    JalaliDate::from_day_number_unchecked(n.clamp(lo, hi))
}

/// Offsets from the start, not the day numbers themselves: proptest shrinks
/// an integer toward zero, and so the dates toward the first of the range.
fn days<R: Rule>(range: (i32, i32)) -> impl Strategy<Value = JalaliDate<R>> {
    (0..=range.1 - range.0).prop_map(move |k| JalaliDate::from_day_number_unchecked(range.0 + k))
}

fn edges<R: Rule>(range: (i32, i32)) -> impl Strategy<Value = JalaliDate<R>> {
    let kind = R::KIND;
    let first = JalaliDate::<R>::from_day_number_unchecked(range.0).year();
    let last = JalaliDate::<R>::from_day_number_unchecked(range.1).year();
    // The 1st, 29th, 30th or 31st of a month, or its last day when it is
    // shorter. The first and last years may be partial: clamp to the range.
    // Years as offsets from the first, so that they shrink toward it.
    let month_edges = (0..=last - first, 1u8..=12, 0u8..4).prop_map(move |(k, month, which)| {
        let year = first + k;
        let day = match which {
            0 => 1,
            1 => 29,
            2 => 30,
            _ => 31,
        };
        let day = day.min(calc::month_length(month, kind.is_leap_unchecked(year)));
        let n =
            kind.nowruz_day(year) + i32::from(calc::days_before_month(month)) + i32::from(day) - 1;
        clamped(n, range)
    });
    // Two days either side of the end of a year: 28/29 or 29/30 Esfand, 1
    // and 2 Farvardin; half of the time the year is the first leap year from
    // the one drawn.
    let year_edges =
        (0..=last - first, any::<bool>(), -2i32..=1).prop_map(move |(k, leap, offset)| {
            let mut year = first + k;
            // Leap years are at most 5 years apart under every rule; the bound
            // only keeps the loop finite.
            let mut steps = 0;
            while leap && steps < 8 && year < last && !kind.is_leap_unchecked(year) {
                year += 1;
                steps += 1;
            }
            clamped(kind.nowruz_day(year + 1) + offset, range)
        });
    prop_oneof![3 => month_edges, 2 => year_edges]
}

fn pairs<R: Rule>(range: (i32, i32)) -> impl Strategy<Value = (JalaliDate<R>, JalaliDate<R>)> {
    let near = move |(date, offset): (JalaliDate<R>, i32)| {
        (date, clamped(date.to_day_number() + offset, range))
    };
    prop_oneof![
        2 => (days(range), days(range)),
        2 => (days(range), -400i32..=400).prop_map(near),
        1 => (edges(range), -40i32..=40).prop_map(near),
    ]
}

/// Any date of the rule `R`, uniformly over its whole range
/// ([`JalaliDate::MIN`]..=[`JalaliDate::MAX`] for every rule but
/// [`Borkowski`](crate::rule::Borkowski), whose years are -61..=3177).
///
/// # Example
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::TestRunner;
/// use shamsi::rule::Official;
/// use shamsi::strategies::any_date;
/// use shamsi::GregorianDate;
///
/// TestRunner::default().run(&any_date::<Official>(), |date| {
///     prop_assert_eq!(GregorianDate::from(date).to_jalali(), date);
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn any_date<R: Rule>() -> impl Strategy<Value = JalaliDate<R>> {
    days(R::KIND.day_range())
}

/// Any date from `first` to `last`, both included, uniformly (the order of
/// the two does not matter).
///
/// # Example
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::TestRunner;
/// use shamsi::rule::{Birashk, Rule};
/// use shamsi::strategies::dates_in;
///
/// let first = Birashk.date(1403, 1, 1)?;
/// let last = Birashk.date(1404, 12, 30)?;
/// TestRunner::default().run(&dates_in(first, last), |date| {
///     prop_assert!(first <= date && date <= last);
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dates_in<R: Rule>(
    first: JalaliDate<R>,
    last: JalaliDate<R>,
) -> impl Strategy<Value = JalaliDate<R>> {
    days(ordered(first, last))
}

/// Dates at the edges of months and years, anywhere in the rule's range:
/// see [`edge_dates_in`].
///
/// # Example
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::TestRunner;
/// use shamsi::rule::{Rule, Rule33};
/// use shamsi::strategies::edge_dates;
///
/// TestRunner::default().run(&edge_dates::<Rule33>(), |date| {
///     let (year, month, day) = (date.year(), date.month_number(), date.day());
///     prop_assert_eq!(Rule33.date(year, month, day), Ok(date));
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn edge_dates<R: Rule>() -> impl Strategy<Value = JalaliDate<R>> {
    edges(R::KIND.day_range())
}

/// Dates from `first` to `last` (in either order) where conversions and
/// arithmetic tend to go wrong: the 1st, 29th, 30th and 31st of a month (its
/// last day when it is shorter), and the two days either side of 1
/// Farvardin: 29 and 30 Esfand, or 28 and 29 in a common year, and 1 and 2
/// Farvardin, with half of them at the end of a leap year.
///
/// A date that would fall outside the range is replaced by the nearer end of
/// it, so the ends themselves come up too.
///
/// # Example
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::TestRunner;
/// use shamsi::rule::{Official, Rule};
/// use shamsi::strategies::edge_dates_in;
///
/// let range = edge_dates_in(Official.date(1390, 1, 1)?, Official.date(1420, 12, 29)?);
/// TestRunner::default().run(&range, |date| {
///     prop_assert!(matches!(date.day(), 1 | 2 | 28..=31), "{date}");
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn edge_dates_in<R: Rule>(
    first: JalaliDate<R>,
    last: JalaliDate<R>,
) -> impl Strategy<Value = JalaliDate<R>> {
    edges(ordered(first, last))
}

/// Pairs of dates anywhere in the rule's range: see [`date_pairs_in`].
///
/// # Example
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::TestRunner;
/// use shamsi::rule::Borkowski;
/// use shamsi::strategies::date_pairs;
///
/// TestRunner::default().run(&date_pairs::<Borkowski>(), |(a, b)| {
///     prop_assert_eq!(a.checked_add_days(a.days_until(b)), Some(b));
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn date_pairs<R: Rule>() -> impl Strategy<Value = (JalaliDate<R>, JalaliDate<R>)> {
    pairs(R::KIND.day_range())
}

/// Pairs of dates from `first` to `last` (in either order), for
/// differences and arithmetic: two independent dates, a date and another
/// within 400 days of it, or an edge date (as [`edge_dates_in`]) and another
/// within 40 days of it. The second date is in either order with the first,
/// and sometimes equal to it.
///
/// # Example
///
/// ```
/// use proptest::prelude::*;
/// use proptest::test_runner::TestRunner;
/// use shamsi::rule::{Official, Rule};
/// use shamsi::strategies::date_pairs_in;
///
/// let pairs = date_pairs_in(Official.date(1300, 1, 1)?, Official.date(1500, 12, 29)?);
/// TestRunner::default().run(&pairs, |(a, b)| {
///     let period = a.until(b);
///     prop_assert_eq!(a.days_until(b) >= 0, period.years >= 0 && period.months >= 0 && period.days >= 0);
///     Ok(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn date_pairs_in<R: Rule>(
    first: JalaliDate<R>,
    last: JalaliDate<R>,
) -> impl Strategy<Value = (JalaliDate<R>, JalaliDate<R>)> {
    pairs(ordered(first, last))
}
