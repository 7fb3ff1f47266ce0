//! Conversions over columns: slices of day numbers (days since 1970-01-01,
//! Arrow's `Date32`) to Solar Hijri year, month and day columns and back, as
//! data frames hold dates.
//!
//! An entry that is not a date (a day number outside the range, a Jalali
//! date that does not exist) is never a silent zero: its index is given to
//! the `invalid` collector (a `Vec<usize>`, or anything that extends with
//! indices), the count is returned, and its output slots hold 0. Columns of
//! different lengths are an error before anything is written.
//!
//! # Example
//!
//! ```
//! use shamsi::columns;
//!
//! let days = [19_748, 0, i32::MAX];
//! let (mut y, mut m, mut d) = ([0; 3], [0; 3], [0; 3]);
//! let mut invalid = Vec::new();
//! let bad = columns::jalali_from_day_numbers(&days, &mut y, &mut m, &mut d, &mut invalid)?;
//! assert_eq!((y[0], m[0], d[0]), (1402, 11, 6));
//! assert_eq!((y[1], m[1], d[1]), (1348, 10, 11));
//! assert_eq!((bad, invalid), (1, vec![2]));
//!
//! let mut back = [0; 3];
//! let mut invalid = Vec::new();
//! columns::day_numbers_from_jalali(&y, &m, &d, &mut back, &mut invalid)?;
//! assert_eq!(back[..2], days[..2]);
//! assert_eq!(invalid, vec![2]);
//! # Ok::<(), shamsi::columns::ColumnError>(())
//! ```

use crate::JalaliDate;
use crate::rule::{Official, Rule};

/// Columns that cannot be converted together.
///
/// # Example
///
/// ```
/// use shamsi::columns::{self, ColumnError};
///
/// let (mut y, mut m, mut d) = ([0; 2], [0; 2], [0; 1]);
/// let e = columns::jalali_from_day_numbers(&[1, 2], &mut y, &mut m, &mut d, &mut Vec::new());
/// assert_eq!(e, Err(ColumnError::LengthMismatch { column: "day", expected: 2, found: 1 }));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum ColumnError {
    /// A column's length differs from the input's.
    #[error("the {column} column has {found} entries where {expected} are needed")]
    LengthMismatch {
        /// The column's name (`year`, `month`, `day`, `day number`).
        column: &'static str,
        /// The input's length.
        expected: usize,
        /// The column's length.
        found: usize,
    },
}

fn check(column: &'static str, expected: usize, found: usize) -> Result<(), ColumnError> {
    if expected == found {
        Ok(())
    } else {
        Err(ColumnError::LengthMismatch { column, expected, found })
    }
}

/// Solar Hijri year, month and day columns of day numbers, by the official
/// calendar; see [`jalali_from_day_numbers_in`].
///
/// # Errors
///
/// [`ColumnError::LengthMismatch`] when an output column is not as long as
/// `days`.
///
/// # Example
///
/// ```
/// use shamsi::columns;
///
/// let (mut y, mut m, mut d) = ([0; 1], [0; 1], [0; 1]);
/// columns::jalali_from_day_numbers(&[19_748], &mut y, &mut m, &mut d, &mut Vec::new())?;
/// assert_eq!((y, m, d), ([1402], [11], [6]));
/// # Ok::<(), shamsi::columns::ColumnError>(())
/// ```
pub fn jalali_from_day_numbers(
    days: &[i32],
    year: &mut [i32],
    month: &mut [u8],
    day: &mut [u8],
    invalid: &mut impl Extend<usize>,
) -> Result<usize, ColumnError> {
    jalali_from_day_numbers_in(Official, days, year, month, day, invalid)
}

/// Solar Hijri year, month and day columns of day numbers, by `rule`. The
/// index of each day number outside the rule's range goes to `invalid` (its
/// slots hold 0); the count of those is returned.
///
/// # Errors
///
/// [`ColumnError::LengthMismatch`] when an output column is not as long as
/// `days`; nothing is written then.
///
/// # Example
///
/// ```
/// use shamsi::columns;
/// use shamsi::rule::Rule33;
///
/// let (mut y, mut m, mut d) = ([0; 1], [0; 1], [0; 1]);
/// let mut invalid = Vec::new();
/// let n = columns::jalali_from_day_numbers_in(Rule33, &[19_748], &mut y, &mut m, &mut d, &mut invalid)?;
/// assert_eq!((n, y, m, d), (0, [1402], [11], [6]));
/// # Ok::<(), shamsi::columns::ColumnError>(())
/// ```
pub fn jalali_from_day_numbers_in<R: Rule>(
    rule: R,
    days: &[i32],
    year: &mut [i32],
    month: &mut [u8],
    day: &mut [u8],
    invalid: &mut impl Extend<usize>,
) -> Result<usize, ColumnError> {
    check("year", days.len(), year.len())?;
    check("month", days.len(), month.len())?;
    check("day", days.len(), day.len())?;
    let mut count = 0;
    let rows = days.iter().zip(year.iter_mut().zip(month.iter_mut().zip(day.iter_mut())));
    for (i, (&n, (y, (m, d)))) in rows.enumerate() {
        match JalaliDate::from_day_number_in(rule, n) {
            Ok(date) => {
                *y = date.year();
                *m = date.month_number();
                *d = date.day();
            }
            Err(_) => {
                (*y, *m, *d) = (0, 0, 0);
                invalid.extend(core::iter::once(i));
                count += 1;
            }
        }
    }
    Ok(count)
}

/// Day numbers of Solar Hijri year, month and day columns, by the official
/// calendar; see [`day_numbers_from_jalali_in`].
///
/// # Errors
///
/// [`ColumnError::LengthMismatch`] when a column is not as long as `year`.
///
/// # Example
///
/// ```
/// use shamsi::columns;
///
/// let mut out = [0; 2];
/// let mut invalid = Vec::new();
/// let n = columns::day_numbers_from_jalali(&[1402, 1402], &[11, 12], &[6, 30], &mut out, &mut invalid)?;
/// assert_eq!((n, out[0], invalid), (1, 19_748, vec![1]));
/// # Ok::<(), shamsi::columns::ColumnError>(())
/// ```
pub fn day_numbers_from_jalali(
    year: &[i32],
    month: &[u8],
    day: &[u8],
    out: &mut [i32],
    invalid: &mut impl Extend<usize>,
) -> Result<usize, ColumnError> {
    day_numbers_from_jalali_in(Official, year, month, day, out, invalid)
}

/// Day numbers of Solar Hijri year, month and day columns, by `rule`. The
/// index of each row that is no date of the rule (30 Esfand of a common
/// year, month 13, a year outside the range) goes to `invalid` (its slot
/// holds 0); the count of those is returned.
///
/// # Errors
///
/// [`ColumnError::LengthMismatch`] when a column is not as long as `year`;
/// nothing is written then.
///
/// # Example
///
/// ```
/// use shamsi::columns;
/// use shamsi::rule::Rule33;
///
/// // 1502 is leap in the 33-year rule, not in the official calendar.
/// let mut out = [0; 1];
/// let mut invalid = Vec::new();
/// columns::day_numbers_from_jalali_in(Rule33, &[1502], &[12], &[30], &mut out, &mut invalid)?;
/// assert!(invalid.is_empty());
/// columns::day_numbers_from_jalali(&[1502], &[12], &[30], &mut out, &mut invalid)?;
/// assert_eq!(invalid, vec![0]);
/// # Ok::<(), shamsi::columns::ColumnError>(())
/// ```
pub fn day_numbers_from_jalali_in<R: Rule>(
    rule: R,
    year: &[i32],
    month: &[u8],
    day: &[u8],
    out: &mut [i32],
    invalid: &mut impl Extend<usize>,
) -> Result<usize, ColumnError> {
    check("month", year.len(), month.len())?;
    check("day", year.len(), day.len())?;
    check("day number", year.len(), out.len())?;
    let mut count = 0;
    let rows = year.iter().zip(month.iter().zip(day.iter())).zip(out.iter_mut());
    for (i, ((&y, (&m, &d)), n)) in rows.enumerate() {
        match JalaliDate::new_in(rule, y, m, d) {
            Ok(date) => *n = date.to_day_number(),
            Err(_) => {
                *n = 0;
                invalid.extend(core::iter::once(i));
                count += 1;
            }
        }
    }
    Ok(count)
}
