//! `shamsi dim-date`: a header and one row per day, every column what the
//! library says of that day, and usage errors with status 2.

use std::ffi::OsString;

use shamsi::holidays::{Country, WorkCalendar};
use shamsi::{JalaliDate, Month};
use shamsi_cli::dim_date;

fn run(args: &[&str]) -> (u8, String, String) {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = dim_date::run(args, &mut out, &mut err);
    (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
}

#[test]
fn a_row_per_day_with_what_the_library_says() {
    for (country, tag) in [(Country::Iran, "ir"), (Country::Afghanistan, "af")] {
        let (code, out, err) = run(&[
            "--country",
            tag,
            "--fiscal-start",
            "4",
            "--locale",
            "en",
            "1399-11-01..=1405-01-10",
        ]);
        assert_eq!((code, err.as_str()), (0, ""));
        let mut lines = out.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(header.len(), 21);
        let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let from = JalaliDate::new(1399, 11, 1).unwrap();
        let to = JalaliDate::new(1405, 1, 10).unwrap();
        let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
        assert_eq!(rows.len() as i32, from.days_until(to) + 1);
        for (date, row) in from.iter_to(to).zip(&rows) {
            assert_eq!(row.len(), 21, "{row:?}");
            assert_eq!(row[col("date")], date.to_gregorian().to_string());
            assert_eq!(row[col("jalali")], date.to_string());
            assert_eq!(row[col("month_name")], date.month().name());
            assert_eq!(row[col("quarter")], date.quarter().to_string());
            assert_eq!(row[col("season")], date.season().name());
            let week = date.year_week();
            assert_eq!(
                (row[col("week")], row[col("week_year")]),
                (&*week.week.to_string(), &*week.year.to_string())
            );
            assert_eq!(row[col("weekday")], date.weekday().to_saturday_one_offset().to_string());
            assert_eq!(row[col("fiscal_year")], date.fiscal_year(Month::Tir).to_string());
            let known = country.holidays(date.year());
            let keys: Vec<&str> = known.iter().flat_map(|h| h.on(date).map(|h| h.key)).collect();
            assert_eq!(row[col("holidays")], keys.join("|"), "{date}");
            if known.is_err() {
                assert_eq!(row[col("holiday_estimated")], "", "{date}");
            }
            for (c, name) in
                [(Country::Iran, "business_day_ir"), (Country::Afghanistan, "business_day_af")]
            {
                let want = WorkCalendar::new(c)
                    .is_business_day(date)
                    .map(|b| b.to_string())
                    .unwrap_or_default();
                assert_eq!(row[col(name)], want, "{date}");
            }
            assert!(
                !row[col("lunar")].is_empty() && !row[col("lunar_source")].is_empty(),
                "{date}"
            );
        }
    }
}

#[test]
fn bad_ranges_are_usage_errors() {
    for args in [
        &["1404-01-10..=1404-01-01"][..],
        &["1404-01-01"],
        &["1404-01-01..=9000-01-01"],
        &["1404-13-01..=1404-01-01"],
        &["--fiscal-start", "13", "1404-01-01..=1404-01-02"],
        &["--country", "mars", "1404-01-01..=1404-01-02"],
        &[],
    ] {
        let (code, out, err) = run(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert!(!err.is_empty(), "{args:?}");
    }
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("business_day_ir"));
}
