//! What the popular Jalali libraries print for date-times, read back by the
//! lenient reader: `tests/data/peer_datetimes.jsonl`, made by the generators
//! in `tests/peers/` (run by hand) from Intl, date-fns-jalali,
//! moment-jalaali, jalali-moment, jalaliday, jdatetime and persiantools.
//!
//! A string read must give the date and time it was printed from (the
//! fields the text shows); a string not read is counted, per library and
//! format, and the counts may only go down.
#![cfg(feature = "std")]

use std::collections::BTreeMap;

use shamsi::parse::{Lenient, Parsed};

use crate::peers;
use peers::Row;

fn rows() -> Vec<Row> {
    peers::rows(include_str!("../data/peer_datetimes.jsonl"))
}

fn digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
        || ('\u{0660}'..='\u{0669}').contains(&c)
}

/// Whether the text writes seconds: `H:MM:SS`.
fn shows_seconds(text: &str) -> bool {
    let c: Vec<char> = text.chars().collect();
    c.windows(6).any(|w| {
        digit(w[0]) && w[1] == ':' && digit(w[2]) && digit(w[3]) && w[4] == ':' && digit(w[5])
    })
}

#[test]
fn peer_date_times_read_back() {
    let rows = rows();
    assert!(rows.len() > 10_000, "{} rows", rows.len());
    let mut read = BTreeMap::<&str, (usize, usize)>::new();
    let mut unread = BTreeMap::<(String, String, String), (usize, String)>::new();
    let mut wrong = Vec::new();
    let mut ambiguous = 0;
    let mut two_digit = 0;
    for row in &rows {
        let want = row.date();
        let (hh, mm, ss) = row.hms();
        let entry = read.entry(row.library.as_str()).or_default();
        entry.1 += 1;
        match Lenient::new().parse_datetime(&row.text) {
            Ok(p) => {
                let date = match p.date {
                    Parsed::Jalali(j) => Some(j),
                    Parsed::Gregorian(g) => Some(g.to_jalali()),
                    _ => None,
                };
                let time = p.time.map(|t| (t.hour(), t.minute(), t.second()));
                let seconds_ok = |s: u8| s == ss || (s == 0 && !shows_seconds(&row.text));
                let right = date == Some(want)
                    && matches!(time, Some((h, mi, s)) if h == hh && mi == mm && seconds_ok(s));
                if right {
                    entry.0 += 1;
                } else {
                    wrong.push(format!(
                        "{} {} {:?} -> {date:?} {time:?}, want {}",
                        row.library, row.locale, row.text, row.jalali
                    ));
                }
            }
            Err(e) if matches!(e.kind(), shamsi::ParseErrorKind::AmbiguousDayMonth { .. }) => {
                // Month first (Intl `en` short, date-fns `en-US`): refused
                // without an order, right with the order the library uses.
                let mdy = Lenient::new().with_order(shamsi::parse::FieldOrder::MonthDayYear);
                let p = mdy.parse_datetime(&row.text).unwrap();
                assert_eq!(p.date, Parsed::Jalali(want), "{}", row.text);
                ambiguous += 1;
            }
            Err(e) if e.kind() == shamsi::ParseErrorKind::TwoDigitYear => {
                // `%x %X`: refused without a pivot; with one and the order
                // the library writes (jdatetime `%m/%d/%y`, persiantools
                // `%y/%m/%d`), right.
                let order = match row.library.as_str() {
                    "jdatetime" => shamsi::parse::FieldOrder::MonthDayYear,
                    _ => shamsi::parse::FieldOrder::YearMonthDay,
                };
                let pivoted = Lenient::new().with_pivot(want.year()).with_order(order);
                let p = pivoted.parse_datetime(&row.text).unwrap();
                assert_eq!(p.date, Parsed::Jalali(want), "{} {}", row.library, row.text);
                let time = p.time.map(|t| (t.hour(), t.minute(), t.second()));
                assert_eq!(time, Some((hh, mm, ss)), "{}", row.text);
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
    assert!(ambiguous > 100, "{ambiguous}");
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
