//! What the popular Jalali libraries print for dates, read back by the
//! lenient reader: `tests/data/peer_dates.jsonl`, made by the generators
//! in `tests/peers/` (run by hand) from Intl, date-fns-jalali,
//! moment-jalaali, jalali-moment, jalaliday, jdatetime and persiantools.
//!
//! A string read must give the date it was printed from; a string not read
//! is counted, per library and format, and the counts may only go down.
#![cfg(feature = "std")]

use std::collections::BTreeMap;

use shamsi::parse::{Lenient, Parsed};

use crate::peers;
use peers::Row;

fn rows() -> Vec<Row> {
    peers::rows(include_str!("../data/peer_dates.jsonl"))
}

#[test]
fn peer_dates_read_back() {
    let rows = rows();
    assert!(rows.len() > 5_000, "{} rows", rows.len());
    let mut read = BTreeMap::<&str, (usize, usize)>::new();
    let mut unread = BTreeMap::<(String, String, String), (usize, String)>::new();
    let mut wrong = Vec::new();
    let mut ambiguous = 0;
    let mut two_digit = 0;
    for row in &rows {
        let want = row.date();
        let entry = read.entry(row.library.as_str()).or_default();
        entry.1 += 1;
        // jdatetime's `%c` writes a time (midnight) inside the date.
        let midnight = |t: Option<shamsi::Time>| t.is_none_or(|t| t == shamsi::Time::MIDNIGHT);
        match Lenient::new().parse_datetime(&row.text) {
            Ok(p) if !midnight(p.time) => wrong.push(format!("{:?}: {:?}", row.text, p.time)),
            Ok(p) => {
                let date = match p.date {
                    Parsed::Jalali(j) => Some(j),
                    Parsed::Gregorian(g) => Some(g.to_jalali()),
                    _ => None,
                };
                if date == Some(want) {
                    entry.0 += 1;
                } else {
                    wrong.push(format!(
                        "{} {} {:?} -> {date:?}, want {}",
                        row.library, row.locale, row.text, row.jalali
                    ));
                }
            }
            Err(e) if matches!(e.kind(), shamsi::ParseErrorKind::AmbiguousDayMonth { .. }) => {
                // Month first (Intl `en` short, date-fns `en-US`): refused
                // without an order, right with the order the library uses.
                let mdy = Lenient::new().with_order(shamsi::parse::FieldOrder::MonthDayYear);
                assert_eq!(mdy.parse(&row.text), Ok(Parsed::Jalali(want)), "{}", row.text);
                ambiguous += 1;
            }
            Err(e) if e.kind() == shamsi::ParseErrorKind::TwoDigitYear => {
                // `%x`: refused without a pivot; with one and the order the
                // library writes (jdatetime `%m/%d/%y`, persiantools
                // `%y/%m/%d`), right.
                let order = match row.library.as_str() {
                    "jdatetime" => shamsi::parse::FieldOrder::MonthDayYear,
                    _ => shamsi::parse::FieldOrder::YearMonthDay,
                };
                let pivoted = Lenient::new().with_pivot(want.year()).with_order(order);
                let p = pivoted.parse_datetime(&row.text).map(|p| p.date);
                assert_eq!(p, Ok(Parsed::Jalali(want)), "{} {}", row.library, row.text);
                two_digit += 1;
            }
            Err(e) => {
                let key = (row.library.clone(), row.locale.clone(), row.format.clone());
                let slot = unread.entry(key).or_insert((0, format!("{:?}: {e}", row.text)));
                slot.0 += 1;
            }
        }
    }
    for (library, (ok, all)) in &read {
        println!("{library}: {ok} of {all} read");
    }
    for ((library, locale, format), (n, example)) in &unread {
        println!("unread {n}: {library} {locale} {format}: {example}");
    }
    println!("ambiguous day and month, right with the month-first order: {ambiguous}");
    assert!(ambiguous > 20, "{ambiguous}");
    println!("two-digit years, right with a pivot and the library's order: {two_digit}");
    assert!(two_digit >= 4 * 57, "{two_digit}");
    assert!(
        wrong.is_empty(),
        "{} wrong readings, e.g.\n{}",
        wrong.len(),
        wrong[..wrong.len().min(20)].join("\n")
    );
    // Every string is read right, or refused as ambiguous or as a two-digit
    // year and read right with the order or pivot the library implies.
    assert!(unread.is_empty(), "{} kinds of string not read", unread.len());
}
