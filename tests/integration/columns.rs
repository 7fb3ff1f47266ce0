//! The column conversions against the per-date API over every day of the
//! range and past its ends, and the report of invalid entries.

use shamsi::JalaliDate;
use shamsi::columns::{self, ColumnError};
use shamsi::rule::{Birashk, Rule};

fn check_rule<R: Rule>(rule: R) {
    let (min, max) = (JalaliDate::MIN.to_day_number(), JalaliDate::MAX.to_day_number());
    // Every day of the range, with some past each end, in chunks.
    let days: Vec<i32> = (min - 3..=max + 3).collect();
    for chunk in days.chunks(1 << 20) {
        let n = chunk.len();
        let (mut y, mut m, mut d) = (vec![7; n], vec![7; n], vec![7; n]);
        let mut invalid = Vec::new();
        let bad =
            columns::jalali_from_day_numbers_in(rule, chunk, &mut y, &mut m, &mut d, &mut invalid)
                .unwrap();
        assert_eq!(bad, invalid.len());
        let mut want_invalid = Vec::new();
        for (i, &day) in chunk.iter().enumerate() {
            match JalaliDate::from_day_number_in(rule, day) {
                Ok(date) => {
                    assert_eq!((y[i], m[i], d[i]), (date.year(), date.month_number(), date.day()))
                }
                Err(_) => {
                    assert_eq!((y[i], m[i], d[i]), (0, 0, 0));
                    want_invalid.push(i);
                }
            }
        }
        assert_eq!(invalid, want_invalid);
        // And back: the valid rows give their day numbers, the invalid ones
        // (all zeros) are reported again.
        let mut back = vec![7; n];
        let mut again = Vec::new();
        columns::day_numbers_from_jalali_in(rule, &y, &m, &d, &mut back, &mut again).unwrap();
        assert_eq!(again, want_invalid);
        for (i, &day) in chunk.iter().enumerate() {
            let want = if want_invalid.binary_search(&i).is_ok() { 0 } else { day };
            assert_eq!(back[i], want, "{day}");
        }
    }
}

#[test]
fn every_day_of_the_range_official() {
    check_rule(shamsi::rule::Official);
}

#[test]
fn every_day_of_the_range_birashk() {
    check_rule(Birashk);
}

#[test]
fn impossible_dates_are_reported_by_index() {
    let year = [1402, 1403, 1402, 1402, 9379, 1402];
    let month = [12, 12, 13, 0, 1, 7];
    let day = [30, 30, 1, 1, 1, 31];
    let mut out = [9; 6];
    let mut invalid = Vec::new();
    let n = columns::day_numbers_from_jalali(&year, &month, &day, &mut out, &mut invalid).unwrap();
    assert_eq!((n, invalid), (5, vec![0, 2, 3, 4, 5]));
    assert_eq!(out[1], JalaliDate::new(1403, 12, 30).unwrap().to_day_number());
    assert_eq!([out[0], out[2], out[3], out[4], out[5]], [0; 5]);
}

#[test]
fn columns_of_other_lengths_are_an_error_and_nothing_is_written() {
    let (mut y, mut m, mut d) = ([5; 3], [5; 3], [5; 2]);
    let e = columns::jalali_from_day_numbers(&[1, 2, 3], &mut y, &mut m, &mut d, &mut Vec::new());
    assert_eq!(e, Err(ColumnError::LengthMismatch { column: "day", expected: 3, found: 2 }));
    assert_eq!((y, m), ([5; 3], [5; 3]));
    let mut out = [5; 2];
    let e =
        columns::day_numbers_from_jalali(&[1402; 3], &[1; 3], &[1; 3], &mut out, &mut Vec::new());
    assert_eq!(e, Err(ColumnError::LengthMismatch { column: "day number", expected: 3, found: 2 }));
    assert_eq!(out, [5; 2]);
    assert_eq!(
        e.unwrap_err().to_string(),
        "the day number column has 2 entries where 3 are needed"
    );
    // Empty columns are fine.
    assert_eq!(columns::day_numbers_from_jalali(&[], &[], &[], &mut [], &mut Vec::new()), Ok(0));
}
