//! The lunar Hijri calendars against independent references: Iran's observed
//! month starts (tests/data/iran_lunar_months.csv), the month starts of
//! Node's Intl (ICU 78) for `islamic-umalqura`, `islamic-civil` and
//! `islamic-tbla` (tests/data/hijri_month_starts.csv, by
//! tests/peers/generate_hijri.mjs), Python convertdate's civil calendar and
//! hijridate's Umm al-Qura table (tests/data/hijri_python.csv).

use shamsi::GregorianDate;
use shamsi::hijri::{
    AnyCalendar, Epoch, Fallback, HijriDate, Iran, LeapPattern, LunarCalendar, MonthStart, Source,
    Tabular, UmmAlQura, WithMonthStarts,
};
use shamsi::{Calendar, DateError};

fn day(text: &str) -> i32 {
    text.parse::<GregorianDate>().unwrap().to_day_number()
}

/// Rows of a CSV file without its `#` comment lines and header.
fn rows(text: &'static str) -> Vec<Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect()
}

/// (year, month, first day) of Iran's observed months, and whether moved.
fn iran_rows() -> Vec<(i32, u8, i32, bool)> {
    rows(include_str!("../data/iran_lunar_months.csv"))
        .iter()
        .map(|r| (r[0].parse().unwrap(), r[1].parse().unwrap(), day(r[2]), r[3] == "1"))
        .collect()
}

fn node_rows(calendar: &str) -> Vec<(i32, u8, i32)> {
    rows(include_str!("../data/hijri_month_starts.csv"))
        .iter()
        .filter(|r| r[0] == calendar)
        .map(|r| (r[1].parse().unwrap(), r[2].parse().unwrap(), day(r[3])))
        .collect()
}

/// Checks that `cal` has exactly the month starts `months` (consecutive), by
/// building each first day and by reading every day between them.
fn check_months<C: LunarCalendar>(cal: C, months: &[(i32, u8, i32)], name: &str) {
    assert!(months.len() > 100, "{name}: too few rows");
    for w in months.windows(2) {
        let ((y, m, start), (_, _, next)) = (w[0], w[1]);
        let first = HijriDate::new_in(cal, y, m, 1).unwrap();
        assert_eq!(first.to_day_number(), start, "{name} {y}/{m}");
        let len = next - start;
        assert!(len == 29 || len == 30, "{name} {y}/{m}: reference month of {len} days");
        assert_eq!(cal.days_in_month(y, m).unwrap(), len as u8, "{name} {y}/{m}");
        for d in start..next {
            let date = HijriDate::from_day_number_in(cal, d).unwrap();
            let want = (y, m, (d - start + 1) as u8);
            assert_eq!((date.year(), date.month(), date.day()), want, "{name} day {d}");
        }
        if len == 29 {
            let err = HijriDate::new_in(cal, y, m, 30).unwrap_err();
            assert_eq!(
                err,
                DateError::InvalidDay {
                    calendar: Calendar::LunarHijri,
                    year: y,
                    month: m,
                    day: 30,
                    max: 29
                }
            );
        }
    }
}

#[test]
fn iran_is_the_observed_table() {
    let iran = iran_rows();
    assert_eq!(iran.len(), 2194);
    let months: Vec<_> = iran.iter().map(|&(y, m, d, _)| (y, m, d)).collect();
    check_months(Iran::OBSERVED, &months, "iran");
    for &(y, m, d, moved) in &iran {
        let date = HijriDate::new(y, m, 1).unwrap();
        let want = if moved { Source::MovedBySighting } else { Source::Observed };
        assert_eq!(date.source(), want, "{y}/{m}");
        assert_eq!(date.to_gregorian().to_day_number(), d);
    }
    assert_eq!(iran.iter().filter(|r| r.3).count(), 9);
}

#[test]
fn iran_years_are_not_all_354_or_355() {
    let short: Vec<i32> =
        (1265..1447).filter(|&y| Iran::OBSERVED.days_in_year(y).unwrap() == 353).collect();
    assert_eq!(short, [1267, 1401]);
    for y in 1265..1447 {
        assert!((353..=356).contains(&Iran::OBSERVED.days_in_year(y).unwrap()));
    }
    // Five 30-day months in a row somewhere in the table.
    let lengths: Vec<u8> = (1265..1447)
        .flat_map(|y| (1..=12).map(move |m| Iran::OBSERVED.days_in_month(y, m).unwrap()))
        .collect();
    assert!(lengths.windows(5).any(|w| w.iter().all(|&l| l == 30)));
    // A 29-day Safar (1442), and a 30-day one (1445).
    assert_eq!(HijriDate::new(1442, 2, 1).unwrap().days_in_month().unwrap(), 29);
    assert_eq!(HijriDate::new(1445, 2, 1).unwrap().days_in_month().unwrap(), 30);
}

#[test]
fn iran_edges_name_the_covered_range() {
    let iran = iran_rows();
    let (first, last) = (iran[0], iran[iran.len() - 1]);
    // The day before the table.
    let err = HijriDate::from_day_number_in(Iran::OBSERVED, first.2 - 1).unwrap_err();
    assert!(matches!(err, DateError::DayNotCovered { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "1848-11-27 is outside Iran's observed months (1848-11-28..=2026-04-18); choose a \
         fallback to estimate it"
    );
    let observed = |y, m, d| HijriDate::new_in(Iran::OBSERVED, y, m, d);
    assert!(matches!(observed(1264, 12, 29), Err(DateError::NotCovered { .. })));
    // The default calendar continues after the table, not before it.
    assert!(matches!(HijriDate::new(1264, 12, 29), Err(DateError::NotCovered { .. })));
    // The last month: 29 days known, the 30th not.
    for d in 1..=29 {
        let date = observed(last.0, last.1, d).unwrap();
        assert_eq!(date.to_day_number(), last.2 + i32::from(d) - 1);
        assert_eq!(HijriDate::from_day_number_in(Iran::OBSERVED, date.to_day_number()), Ok(date));
    }
    let err = observed(1447, 10, 30).unwrap_err();
    assert_eq!(
        err.to_string(),
        "lunar hijri 1447-10-30 is outside Iran's observed months (1265-01-01..=1447-10-29); \
         choose a fallback to estimate it"
    );
    assert!(HijriDate::from_day_number_in(Iran::OBSERVED, last.2 + 29).is_err());
    assert!(Iran::OBSERVED.days_in_month(1447, 10).is_err());
    assert!(observed(1447, 11, 1).is_err());
    // By default the months after the table are predicted, and say so.
    let next = HijriDate::new(1447, 11, 1).unwrap();
    assert_eq!(next.source(), shamsi::hijri::Source::Predicted);
    assert!(next.to_day_number() >= last.2 + 29);
}

#[test]
fn iran_fallbacks_continue_the_table_without_a_jump() {
    let uq = node_rows("umm-al-qura");
    for fallback in [Fallback::UmmAlQuraPlusOneDay, Fallback::CivilPlusOneDay] {
        let cal = Iran::with_fallback(fallback);
        // Inside the table, the fallback changes nothing.
        for &(y, m, d, _) in iran_rows().iter().step_by(7) {
            assert_eq!(HijriDate::new_in(cal, y, m, 1).unwrap().to_day_number(), d);
        }
        // Every month from 1000 to 2000 AH has 29 or 30 days, the junctions too.
        for y in 1000..2000 {
            for m in 1..=12 {
                let len = cal.days_in_month(y, m).unwrap();
                assert!(len == 29 || len == 30, "{fallback:?} {y}/{m}: {len}");
            }
        }
        let after = HijriDate::new_in(cal, 1447, 11, 1).unwrap();
        assert_eq!(after.source(), Source::Estimated);
        assert_eq!(HijriDate::new_in(cal, 1447, 10, 29).unwrap().source(), Source::Observed);
        let before = HijriDate::new_in(cal, 1264, 12, 1).unwrap();
        assert!(before.source().is_estimated());
    }
    // Umm al-Qura + 1 day, outside the table: checked against Node's months.
    let cal = Iran::with_fallback(Fallback::UmmAlQuraPlusOneDay);
    for &(y, m, d) in uq.iter().filter(|r| (r.0, r.1) >= (1447, 11)) {
        assert_eq!(HijriDate::new_in(cal, y, m, 1).unwrap().to_day_number(), d + 1, "{y}/{m}");
    }
}

#[test]
fn umm_al_qura_is_node_intl_islamic_umalqura() {
    check_months(UmmAlQura, &node_rows("umm-al-qura"), "umm-al-qura");
    // The table's own years: only 354 or 355 days.
    for y in 1300..=1600 {
        assert!(matches!(UmmAlQura.days_in_year(y).unwrap(), 354 | 355));
        assert_eq!(HijriDate::new_in(UmmAlQura, y, 1, 1).unwrap().source(), Source::Table);
    }
    assert_eq!(HijriDate::new_in(UmmAlQura, 1299, 12, 1).unwrap().source(), Source::Arithmetic);
    assert_eq!(HijriDate::new_in(UmmAlQura, 1601, 1, 1).unwrap().source(), Source::Arithmetic);
    // Outside the table it is the civil calendar, day for day.
    for d in [-200_000, -100_000, -32_000, 76_500, 100_000, 2_900_000] {
        let a = HijriDate::from_day_number_in(UmmAlQura, d).unwrap();
        let b = HijriDate::from_day_number_in(Tabular::CIVIL, d).unwrap();
        assert_eq!(a.to_string(), b.to_string(), "day {d}");
    }
}

#[test]
fn tabular_calendars_are_node_intl_civil_and_tbla() {
    check_months(Tabular::CIVIL, &node_rows("civil"), "civil");
    check_months(Tabular::TBLA, &node_rows("tbla"), "tbla");
}

#[test]
fn civil_is_convertdate() {
    let rows: Vec<(i32, u8, i32)> = rows(include_str!("../data/hijri_python.csv"))
        .iter()
        .filter(|r| r[0] == "convertdate-civil")
        .map(|r| (r[1].parse().unwrap(), r[2].parse().unwrap(), day(r[3])))
        .collect();
    assert_eq!(rows.len(), 3612);
    check_months(Tabular::CIVIL, &rows, "convertdate");
}

#[test]
fn umm_al_qura_agrees_with_the_printed_table_of_1420_to_1450() {
    let rows: Vec<(i32, u8, i32)> = rows(include_str!("../data/hijri_python.csv"))
        .iter()
        .filter(|r| r[0] == "hijridate-umm-al-qura")
        .map(|r| (r[1].parse().unwrap(), r[2].parse().unwrap(), day(r[3])))
        .collect();
    let mut differ = 0;
    for &(y, m, d) in &rows {
        let ours = HijriDate::new_in(UmmAlQura, y, m, 1).unwrap().to_day_number();
        if (1420..=1450).contains(&y) {
            assert_eq!(ours, d, "{y}/{m}");
        } else if ours != d {
            differ += 1;
        }
    }
    // ICU's table is not the Saudi printed one before 1420 (documented).
    assert_eq!(differ, 740);
}

#[test]
fn leap_patterns_and_epochs() {
    for pattern in [LeapPattern::I, LeapPattern::II, LeapPattern::III, LeapPattern::IV] {
        let fri = Tabular::new(pattern, Epoch::Friday);
        let thu = Tabular::new(pattern, Epoch::Thursday);
        let mut leaps = 0;
        for y in -60..=3000 {
            let len = fri.days_in_year(y).unwrap();
            assert_eq!(len == 355, pattern.is_leap_year(y), "{pattern:?} {y}");
            assert!(len == 354 || len == 355);
            if (1..=30).contains(&y) && len == 355 {
                leaps += 1;
            }
            let a = HijriDate::new_in(fri, y, 1, 1).unwrap().to_day_number();
            let b = HijriDate::new_in(thu, y, 1, 1).unwrap().to_day_number();
            assert_eq!(a - b, 1);
        }
        assert_eq!(leaps, 11);
        assert_eq!(HijriDate::new_in(fri, 1, 1, 1).unwrap().to_julian_day(), 1_948_440);
    }
    // Patterns differ where their leap years do: year 15 is leap in I only.
    assert!(LeapPattern::I.is_leap_year(15) && !LeapPattern::II.is_leap_year(15));
}

#[test]
fn every_day_of_the_range_round_trips() {
    let step = 13;
    let (min, max) = (GregorianDate::MIN.to_day_number(), GregorianDate::MAX.to_day_number());
    for cal in [AnyCalendar::UmmAlQura, AnyCalendar::Tabular(Tabular::TBLA)] {
        let mut d = min;
        while d <= max {
            let date = HijriDate::from_day_number_in(cal, d).unwrap();
            let back = HijriDate::new_in(cal, date.year(), date.month(), date.day()).unwrap();
            assert_eq!(back.to_day_number(), d, "{cal:?} {date}");
            d += step;
        }
        assert!(HijriDate::from_day_number_in(cal, min - 1).is_err());
        assert!(HijriDate::from_day_number_in(cal, max + 1).is_err());
        let last = HijriDate::from_day_number_in(cal, max).unwrap();
        assert_eq!(last.add_days(1), Err(DateError::DayOutOfRange));
        assert_eq!(last.add_days(i32::MAX), Err(DateError::DayOutOfRange));
        assert_eq!(last.checked_add_days(1), None);
    }
}

#[test]
fn caller_supplied_month_starts() {
    let g = |s: &str| s.parse::<GregorianDate>().unwrap();
    // Umm al-Qura began Shawwal 1446 on 30 March 2025; suppose a country on 31 March.
    let starts = [MonthStart { year: 1446, month: 10, first_day: g("2025-03-31") }];
    let cal = WithMonthStarts::new(UmmAlQura, &starts).unwrap();
    assert_eq!(HijriDate::new_in(UmmAlQura, 1446, 10, 1).unwrap().to_gregorian(), g("2025-03-30"));
    assert_eq!(HijriDate::new_in(cal, 1446, 9, 30).unwrap().to_gregorian(), g("2025-03-30"));
    let eid = HijriDate::from_gregorian_in(cal, g("2025-03-31")).unwrap();
    assert_eq!((eid.month(), eid.day(), eid.source()), (10, 1, Source::Announced));
    assert_eq!(cal.days_in_month(1446, 9).unwrap(), 30);
    assert_eq!(cal.days_in_month(1446, 10).unwrap(), 28 + 1, "{starts:?}");

    let bad = |starts: &[MonthStart]| match WithMonthStarts::new(UmmAlQura, starts) {
        Err(DateError::InvalidMonthStart { index, reason, .. }) => (index, reason),
        other => panic!("{other:?}"),
    };
    let two = [starts[0], starts[0]];
    assert_eq!(bad(&two).0, 1);
    let far = [MonthStart { year: 1446, month: 10, first_day: g("2025-04-03") }];
    assert!(bad(&far).1.contains("two days"));
    // Shawwal a day early makes Ramadan 1446 (29 days in Umm al-Qura) 28 days long.
    let early = [MonthStart { year: 1446, month: 10, first_day: g("2025-03-29") }];
    assert!(bad(&early).1.contains("29 or 30"));
    let month13 = [MonthStart { year: 1446, month: 13, first_day: g("2025-03-29") }];
    assert!(bad(&month13).1.contains("1..=12"));
}

#[test]
fn names_parse_and_display() {
    let d: HijriDate = "1445-07-14".parse().unwrap();
    assert_eq!(d.to_gregorian().to_string(), "2024-01-26");
    assert_eq!(d.to_string(), "1445-07-14");
    let err = "1442-02-30".parse::<HijriDate>().unwrap_err();
    assert_eq!(err.offset(), 8);
    assert!("1445-13-01".parse::<HijriDate>().is_err());
    assert!("1445-07-14x".parse::<HijriDate>().is_err());
    // A Gregorian date from another system is refused, not read as a lunar
    // year 2024, in every calendar.
    let err = "2024-01-26".parse::<HijriDate<shamsi::hijri::UmmAlQura>>().unwrap_err();
    assert_eq!(err.kind(), shamsi::ParseErrorKind::NoCalendar);
    assert!("1599-01-01".parse::<HijriDate<shamsi::hijri::UmmAlQura>>().is_ok());
    assert_eq!("civil".parse::<AnyCalendar>(), Ok(AnyCalendar::Tabular(Tabular::CIVIL)));
    assert!("kuwaiti".parse::<AnyCalendar>().is_err());
}
