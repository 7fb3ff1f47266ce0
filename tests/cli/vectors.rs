//! The published vectors, `shamsi vectors`, against the reference
//! table: for the official rule over 1206–1498 they must be the University of
//! Tehran's leap table and ICU4X's Nowruz dates, and for the other rules
//! their columns.
//!
//! The command's source is compiled into this test and run in memory.

use crate::common;

use std::ffi::OsString;

use shamsi::rule::{Birashk, Rule, RuleKind};
use shamsi::{GregorianDate, Weekday};

use shamsi_cli::vectors;

fn run_vectors(args: &[&str]) -> (u8, String, String) {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = vectors::run(&args, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

/// The yearly rows `vectors` writes: (year, nowruz, leap).
fn yearly(rule: &str, from: i32, to: i32) -> Vec<(i32, String, String)> {
    let (code, out, err) =
        run_vectors(&["--rule", rule, "--from", &from.to_string(), "--to", &to.to_string()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("year,nowruz_gregorian,leap"));
    let rows: Vec<_> = lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), 3, "{l}");
            (f[0].parse().unwrap(), f[1].to_string(), f[2].to_string())
        })
        .collect();
    assert_eq!(rows.len(), (to - from + 1) as usize);
    rows
}

#[test]
fn official_1206_to_1498_is_the_university_of_tehran_table() {
    let table = common::years();
    let rows = yearly("official", 1206, 1498);
    let mut checked = 0;
    for (year, nowruz, leap) in &rows {
        let row = table.rows.iter().find(|r| table.year(r) == *year).unwrap();
        assert_eq!(leap, table.get(row, "official_leap"), "year {year}: {row:?}");
        assert_eq!(nowruz, table.get(row, "icu4x_nowruz"), "year {year}: {row:?}");
        checked += 1;
    }
    assert_eq!(checked, 293);
    // And the table has no official row outside those years.
    let official = table.rows.iter().filter(|r| !table.get(r, "official_leap").is_empty());
    assert_eq!(official.count(), 293);
    assert_eq!(rows.iter().filter(|(_, _, leap)| leap == "1").count(), 71);
}

#[test]
fn every_rule_is_its_column_of_the_reference_table() {
    let table = common::years();
    for (rule, prefix) in [
        ("official", "icu4x"),
        ("rule33", "rule33"),
        ("borkowski", "borkowski"),
        ("birashk", "birashk2820"),
    ] {
        let rows = yearly(rule, 1, 3177);
        for ((year, nowruz, leap), row) in rows.iter().zip(&table.rows) {
            assert_eq!(*year, table.year(row));
            let want_nowruz = table.get(row, &format!("{prefix}_nowruz"));
            let want_leap = table.get(row, &format!("{prefix}_leap"));
            if !want_nowruz.is_empty() {
                assert_eq!(nowruz, want_nowruz, "{rule} {year}");
            }
            if !want_leap.is_empty() {
                assert_eq!(leap, want_leap, "{rule} {year}");
            }
        }
    }
}

#[test]
fn days_are_consecutive_and_convert_back() {
    let (code, out, err) =
        run_vectors(&["--rule", "birashk", "--from", "1403", "--to", "1404", "--days"]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("gregorian,jalali,weekday"));
    let rows: Vec<&str> = lines.collect();
    // Birashk's rule makes 1403 common and 1404 leap.
    assert_eq!(rows.len(), 365 + 366);
    assert_eq!(rows[0], "2024-03-20,1403-01-01,wednesday");
    assert_eq!(rows[364], "2025-03-19,1403-12-29,wednesday");
    assert_eq!(rows[365], "2025-03-20,1404-01-01,thursday");
    assert_eq!(rows[730], "2026-03-20,1404-12-30,friday");
    let mut previous: Option<GregorianDate> = None;
    for row in rows {
        let f: Vec<&str> = row.split(',').collect();
        let g: GregorianDate = f[0].parse().unwrap();
        assert_eq!(Birashk.from_gregorian(g).unwrap().to_string(), f[1], "{row}");
        let weekday = Weekday::all().into_iter().find(|w| w.name().to_lowercase() == f[2]);
        assert_eq!(weekday, Some(g.weekday()), "{row}");
        if let Some(p) = previous {
            assert_eq!(p.checked_add_days(1), Some(g), "{row}");
        }
        previous = Some(g);
    }
}

#[test]
fn the_whole_range_of_each_rule_can_be_written() {
    for rule in RuleKind::ALL {
        let (lo, hi) = rule.years();
        // The first year of the full-range rules is partial: its 1 Farvardin
        // is before -9999-01-01.
        let first = if rule.nowruz(lo).is_ok() { lo } else { lo + 1 };
        let rows = yearly(rule.name(), first, hi);
        assert_eq!(rows.last().unwrap().0, hi);
    }
}

#[test]
fn bad_arguments_and_years_out_of_range_exit_with_2() {
    // A bad command line: the message and the usage.
    let usage: &[(&[&str], &str)] = &[
        (&["--rule", "julian", "--from", "1", "--to", "2"], "unknown rule name"),
        (&["--from", "1400"], "--to is required"),
        (&["--to", "1400"], "--from is required"),
        (&["--from", "1400", "--to", "1399"], "--from 1400 is after --to 1399"),
        (&["--from", "x", "--to", "1399"], "not a year"),
        (&["--from", "1400", "--to"], "--to needs a value"),
        (&["--from", "1400", "--to", "1401", "--bogus"], "unexpected argument \"--bogus\""),
        (&["--from", "1400", "--to", "1401", "-x"], "unexpected argument \"-x\""),
        (&["--from", "1400", "--to", "1401", "stray"], "unexpected argument \"stray\""),
        (&["--from", "1400", "--to", "1401", "--days=yes"], "--days"),
        (&["--rule"], "--rule needs a value"),
    ];
    // Years outside the rule's range: the message alone.
    let range: &[(&[&str], &str)] = &[
        (
            &["--rule", "borkowski", "--from", "1400", "--to", "3178"],
            "year 3178 is out of range -61..=3177",
        ),
        (&["--rule", "borkowski", "--from", "-62", "--to", "1"], "--from -62"),
        (&["--from", "-10621", "--to", "-10620"], "--from -10621"),
        (&["--from", "9378", "--to", "9379"], "--to 9379"),
        // The last year ends after 9999-12-31: its rows cannot all be written.
        (&["--from", "9378", "--to", "9378", "--days"], "the year ends out of range"),
    ];
    for (cases, with_usage) in [(usage, true), (range, false)] {
        for (args, message) in cases {
            let (code, out, err) = run_vectors(args);
            assert_eq!(code, 2, "{args:?}");
            assert_eq!(out, "", "{args:?}");
            assert!(err.starts_with("error: ") && err.contains(message), "{args:?}: {err}");
            assert_eq!(err.contains("\nusage: shamsi vectors "), with_usage, "{args:?}: {err}");
        }
    }
}

#[test]
fn help_and_option_forms() {
    for help in ["-h", "--help"] {
        let (code, out, err) = run_vectors(&["--from", "1400", help, "--bogus"]);
        assert_eq!((code, err.as_str()), (0, ""));
        assert!(out.starts_with("usage: shamsi vectors "), "{out}");
        for option in ["--rule", "--from YEAR", "--to YEAR", "--days", "-h, --help"] {
            assert!(out.contains(&format!("\n  {option}")), "{option}: {out}");
        }
        assert!(out.contains("\n  shamsi vectors --rule birashk "), "{out}");
    }
    // `--option=value` is `--option value`; a value may start with `-`.
    let spaced = run_vectors(&["--rule", "rule33", "--from", "-3", "--to", "2"]);
    assert_eq!(spaced.0, 0, "{}", spaced.2);
    assert_eq!(run_vectors(&["--rule=rule33", "--from=-3", "--to=2"]), spaced);
}

#[cfg(feature = "astro")]
#[test]
fn astronomical_vectors_match_their_columns_and_the_astro_api() {
    let table = common::years();
    for (rule, prefix) in [("astronomical", "app525"), ("astronomical-irst", "astro")] {
        let rows = yearly(rule, 1300, 1600);
        for (year, nowruz, leap) in &rows {
            let row = table.rows.iter().find(|r| table.year(r) == *year).unwrap();
            if table.get(row, "doubtful") == "1" {
                continue;
            }
            assert_eq!(nowruz, table.get(row, &format!("{prefix}_nowruz")), "{rule} {year}");
            assert_eq!(leap, table.get(row, &format!("{prefix}_leap")), "{rule} {year}");
        }
        // Daily rows: every day of 1502 and 1503, as the astro API reads it.
        let api: shamsi::astro::Astronomical = rule.parse().unwrap();
        let (code, out, err) =
            run_vectors(&["--rule", rule, "--from", "1502", "--to", "1503", "--days"]);
        assert_eq!((code, err.as_str()), (0, ""));
        let mut days = 0;
        for line in out.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            let g: GregorianDate = f[0].parse().unwrap();
            assert_eq!(api.from_gregorian(g).unwrap().to_string(), f[1], "{rule} {line}");
            days += 1;
        }
        let len = |y| api.days_in_year(y).unwrap() as usize;
        assert_eq!(days, len(1502) + len(1503));
    }
    let (code, out, err) =
        run_vectors(&["--rule", "astronomical", "--from", "9000", "--to", "9001"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("out of range"), "{err}");
}

#[cfg(feature = "astro")]
#[test]
fn the_astronomical_rules_last_year_is_written() {
    // 3378 is the last year the astronomical rules cover: its length comes
    // from the library, not from a Nowruz of 3379, which they do not have.
    use shamsi::astro::Astronomical;
    for rule in [Astronomical::APPARENT_525E, Astronomical::IRST] {
        let rows = yearly(rule.name(), 3376, 3378);
        for (year, nowruz, leap) in &rows {
            assert_eq!(nowruz, &rule.nowruz(*year).unwrap().to_string(), "{year}");
            assert_eq!(leap == "1", rule.is_leap_year(*year).unwrap(), "{year}");
        }
        let (code, out, err) =
            run_vectors(&["--rule", rule.name(), "--from", "3378", "--to", "3379"]);
        assert_eq!(code, 2, "{out}");
        assert!(err.contains("3379"), "{err}");
    }
}
