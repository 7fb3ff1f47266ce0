//! The constructors accept exactly the dates that exist, and say why they
//! refuse the others.
//!
//! The reference is independent of the constructors: every day of the range,
//! reached by day number, collected year by year; and for every year, every
//! month 0..=14 with every day 0..=33 and 255 is put to the constructor.

use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33};
use shamsi::{DateError, Field, GregorianDate, JalaliDate};

const MONTHS: core::ops::RangeInclusive<u8> = 0..=14;
const DAYS: [core::ops::RangeInclusive<u8>; 2] = [0..=33, 255..=255];

/// The (month, day) pairs seen in one year, as a grid.
type Grid = [[bool; 256]; 15];

/// Checks one year's constructor answers against the grid of days that
/// exist. `new` is the constructor; `partial` says whether the year is the
/// first or the last of the range, whose missing days may be out of range
/// rather than invalid.
fn check_year(
    year: i32,
    grid: &Grid,
    partial: bool,
    new: impl Fn(u8, u8) -> Result<(), DateError>,
) {
    for month in MONTHS {
        for day in DAYS.iter().cloned().flatten() {
            let exists = grid[usize::from(month)][usize::from(day)];
            let got = new(month, day);
            match (exists, got) {
                (true, Ok(())) => {}
                (false, Err(DateError::FieldOutOfRange { field: Field::Month, value, .. })) => {
                    assert!(!(1..=12).contains(&month), "{year}-{month}-{day}");
                    assert_eq!(value, i64::from(month));
                }
                (false, Err(DateError::InvalidDay { day: d, max, .. })) => {
                    assert!((1..=12).contains(&month), "{year}-{month}-{day}");
                    assert_eq!(d, day);
                    // The named maximum is the last day that exists.
                    let last = (1..=31).rev().find(|&d| grid[usize::from(month)][d]);
                    if !partial {
                        assert_eq!(Some(usize::from(max)), last, "{year}-{month}-{day}");
                        assert!(day == 0 || day > max, "{year}-{month}-{day}");
                    }
                }
                (false, Err(DateError::OutOfRange { .. })) => {
                    assert!(partial, "{year}-{month}-{day}: out of range inside the range");
                }
                (exists, got) => panic!("{year}-{month:02}-{day:02}: exists {exists}, got {got:?}"),
            }
        }
    }
}

fn jalali<R: Rule>(rule: R) -> usize {
    let (first, last) = R::KIND.years();
    let lo = JalaliDate::from_gregorian_in(rule, GregorianDate::MIN)
        .unwrap_or_else(|_| rule.date(first, 1, 1).unwrap())
        .to_day_number();
    let mut grid: Grid = [[false; 256]; 15];
    let mut year = first;
    let mut years = 0;
    let mut n = lo;
    loop {
        let date = JalaliDate::from_day_number_in(rule, n).ok();
        if date.is_none_or(|d| d.year() != year) {
            check_year(year, &grid, year == first || year == last, |m, d| {
                rule.date(year, m, d).map(|_| ())
            });
            years += 1;
            grid = [[false; 256]; 15];
            match date {
                Some(d) => year = d.year(),
                None => break,
            }
        }
        let d = date.unwrap();
        grid[usize::from(d.month_number())][usize::from(d.day())] = true;
        n += 1;
    }
    assert_eq!(year, last);
    // Years beyond the range are refused as years.
    for y in [first - 1, last + 1, i32::MIN, i32::MAX] {
        assert!(
            matches!(
                rule.date(y, 1, 1),
                Err(DateError::FieldOutOfRange { field: Field::Year, .. })
            ),
            "{y}"
        );
    }
    years
}

#[test]
fn official_dates() {
    assert_eq!(jalali(Official), 20_000);
}

#[test]
fn rule33_dates() {
    assert_eq!(jalali(Rule33), 20_000);
}

#[test]
fn birashk_dates() {
    assert_eq!(jalali(Birashk), 20_000);
}

#[test]
fn borkowski_dates() {
    assert_eq!(jalali(Borkowski), 3_239);
}

#[test]
fn gregorian_dates() {
    let mut grid: Grid = [[false; 256]; 15];
    let mut year = -9999;
    let mut years = 0;
    let mut n = GregorianDate::MIN.to_day_number();
    loop {
        let date = GregorianDate::from_day_number(n).ok();
        if date.is_none_or(|d| d.year() != year) {
            check_year(year, &grid, false, |m, d| GregorianDate::new(year, m, d).map(|_| ()));
            years += 1;
            grid = [[false; 256]; 15];
            match date {
                Some(d) => year = d.year(),
                None => break,
            }
        }
        let d = date.unwrap();
        grid[usize::from(d.month())][usize::from(d.day())] = true;
        n += 1;
    }
    assert_eq!(years, 19_999);
    for y in [-10_000, 10_000, i32::MIN, i32::MAX] {
        assert!(
            matches!(
                GregorianDate::new(y, 1, 1),
                Err(DateError::FieldOutOfRange { field: Field::Year, .. })
            ),
            "{y}"
        );
    }
}
