//! Every rule against its column of the reference table, the official leap
//! table, and named facts.

use crate::common;

use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33, RuleKind};
use shamsi::{DateError, GregorianDate, JalaliDate, Month, MonthEnd, Weekday};

fn ymd(s: &str) -> GregorianDate {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// Checks one rule against the `<prefix>_nowruz` and `<prefix>_leap` columns.
fn check_rule<R: Rule>(rule: R, prefix: &str) -> usize {
    let table = common::years();
    let mut checked = 0;
    for row in &table.rows {
        let year = table.year(row);
        let nowruz = table.get(row, &format!("{prefix}_nowruz"));
        if nowruz.is_empty() {
            continue;
        }
        let nowruz = ymd(nowruz);
        let what = format!("{:?} year {year}: {row:?}", R::KIND);
        // Nowruz both ways.
        assert_eq!(rule.nowruz(year).unwrap(), nowruz, "{what}");
        let first = rule.date(year, 1, 1).unwrap();
        assert_eq!(first.to_gregorian(), nowruz, "{what}");
        assert_eq!(rule.from_gregorian(nowruz).unwrap(), first, "{what}");
        // The day before is the last of the previous year.
        if let Some(eve) = nowruz.checked_add_days(-1) {
            if let Ok(eve) = rule.from_gregorian(eve) {
                assert_eq!(eve.year(), year - 1, "{what}");
                assert_eq!(eve.month(), Month::Esfand, "{what}");
                assert_eq!(eve.day(), eve.last_day_of_month().unwrap().day(), "{what}");
            }
        }
        // Leap status, three ways.
        let leap = table.get(row, &format!("{prefix}_leap"));
        if !leap.is_empty() {
            let leap = leap == "1";
            assert_eq!(rule.is_leap_year(year).unwrap(), leap, "{what}");
            assert_eq!(rule.date(year, 12, 30).is_ok(), leap, "{what}");
            assert_eq!(R::KIND.days_in_year(year).unwrap(), 365 + u16::from(leap), "{what}");
            assert_eq!(first.days_in_year(), 365 + u16::from(leap), "{what}");
            if let Ok(next) = rule.nowruz(year + 1) {
                assert_eq!(
                    nowruz.to_day_number() + 365 + i32::from(leap),
                    next.to_day_number(),
                    "{what}"
                );
            }
        }
        checked += 1;
    }
    checked
}

#[test]
fn official_matches_icu4x_and_icu4c() {
    assert_eq!(check_rule(Official, "icu4x"), 3178);
    assert_eq!(check_rule(Official, "icu4c"), 3178);
}

#[test]
fn official_matches_the_astronomical_calendar_over_1178_to_3000() {
    let table = common::years();
    let mut n = 0;
    for row in &table.rows {
        let year = table.year(row);
        if (1178..=3000).contains(&year) {
            let want = ymd(table.get(row, "app525_nowruz"));
            assert_eq!(Official.nowruz(year).unwrap(), want, "year {year}");
            n += 1;
        }
    }
    assert_eq!(n, 1823);
}

#[test]
fn rule33_matches_its_column() {
    assert_eq!(check_rule(Rule33, "rule33"), 3178);
}

#[test]
fn borkowski_matches_its_column() {
    assert_eq!(check_rule(Borkowski, "borkowski"), 3177);
}

#[test]
fn birashk_matches_its_column() {
    assert_eq!(check_rule(Birashk, "birashk2820"), 3178);
}

#[test]
fn the_university_of_tehran_leap_table() {
    let table = common::years();
    let mut rows = 0;
    for row in &table.rows {
        let official = table.get(row, "official_leap");
        if official.is_empty() {
            continue;
        }
        let year = table.year(row);
        assert_eq!(
            JalaliDate::new(year, 1, 1).unwrap().is_leap_year(),
            official == "1",
            "year {year}"
        );
        rows += 1;
    }
    assert_eq!(rows, 293);
}

#[test]
fn named_facts() {
    let d = JalaliDate::new(1402, 11, 6).unwrap();
    assert_eq!(d.to_gregorian(), ymd("2024-01-26"));
    assert_eq!(d.weekday(), Weekday::Friday);
    assert_eq!(JalaliDate::new(1403, 12, 30).unwrap().to_gregorian(), ymd("2025-03-20"));
    assert_eq!(JalaliDate::new(1404, 1, 1).unwrap().to_gregorian(), ymd("2025-03-21"));
    assert!(!Official.is_leap_year(1404).unwrap());
    assert!(Birashk.is_leap_year(1404).unwrap());
    assert_eq!(JalaliDate::new(1309, 1, 1).unwrap().to_gregorian(), ymd("1930-03-21"));
    assert!(Official.is_leap_year(1469).unwrap());
    assert_eq!(JalaliDate::new(1503, 1, 1).unwrap().to_gregorian(), ymd("2124-03-20"));
    assert_eq!(Rule33.date(1503, 1, 1).unwrap().to_gregorian(), ymd("2124-03-21"));
    assert_eq!(JalaliDate::from_gregorian(ymd("1970-01-01")).to_day_number(), 0);
    assert_eq!(JalaliDate::new(1402, 11, 6).unwrap().to_julian_day(), 2_460_336);
}

#[test]
fn range_ends() {
    assert_eq!(JalaliDate::MIN.to_gregorian(), GregorianDate::MIN);
    assert_eq!(JalaliDate::MAX.to_gregorian(), GregorianDate::MAX);
    assert_eq!(JalaliDate::MIN.year(), -10621);
    assert_eq!(JalaliDate::MAX.year(), 9378);
    assert_eq!(RuleKind::Official.years(), (-10621, 9378));
    assert_eq!(JalaliDate::MIN.yesterday(), None);
    assert_eq!(JalaliDate::MAX.tomorrow(), None);
    assert_eq!(JalaliDate::MIN.checked_sub_days(i32::MAX), None);
    assert_eq!(JalaliDate::MAX.checked_add_days(i32::MAX), None);
    assert_eq!(JalaliDate::MIN.checked_add_days(i32::MIN), None);
    assert_eq!(JalaliDate::MAX.saturating_add_days(i32::MAX), JalaliDate::MAX);
    assert_eq!(JalaliDate::MIN.saturating_sub_days(i32::MIN), JalaliDate::MAX);
    assert_eq!(JalaliDate::MIN.saturating_sub_days(i32::MAX), JalaliDate::MIN);
    // The partial first and last years.
    assert!(matches!(JalaliDate::new(-10621, 1, 1), Err(DateError::OutOfRange { .. })));
    assert!(JalaliDate::MIN.first_day_of_year().is_err());
    assert!(JalaliDate::MIN.first_day_of_month().is_err());
    assert!(JalaliDate::MAX.last_day_of_year().is_err());
    assert!(JalaliDate::MAX.last_day_of_month().is_err());
    assert!(matches!(JalaliDate::new(9379, 1, 1), Err(DateError::FieldOutOfRange { .. })));
    assert!(matches!(JalaliDate::new(i32::MAX, 1, 1), Err(DateError::FieldOutOfRange { .. })));
    assert!(matches!(JalaliDate::new(i32::MIN, 1, 1), Err(DateError::FieldOutOfRange { .. })));
    assert!(JalaliDate::from_day_number(i32::MAX).is_err());
    assert!(JalaliDate::from_day_number(i32::MIN).is_err());
    assert!(JalaliDate::from_julian_day(i32::MIN).is_err());
    assert!(JalaliDate::from_julian_day(i32::MAX).is_err());
    assert!(GregorianDate::from_day_number(i32::MIN).is_err());
    assert!(GregorianDate::new(10_000, 1, 1).is_err());
    assert!(GregorianDate::new(-10_000, 12, 31).is_err());
    // Month and year arithmetic at the ends.
    assert!(matches!(
        JalaliDate::MAX.add_months(1, shamsi::MonthEnd::Clamp),
        Err(DateError::Overflow { .. })
    ));
    assert!(JalaliDate::MAX.add_months(i32::MAX, shamsi::MonthEnd::Clamp).is_err());
    assert!(JalaliDate::MIN.add_months(i32::MIN, shamsi::MonthEnd::Clamp).is_err());
    assert!(JalaliDate::MIN.add_years(i32::MIN, shamsi::MonthEnd::Clamp).is_err());
    assert!(JalaliDate::MAX.add_years(i32::MAX, shamsi::MonthEnd::Clamp).is_err());
    assert!(JalaliDate::MAX.add_years(-1, shamsi::MonthEnd::Clamp).is_ok());
    // A period that leaves the range, or cannot be counted in months.
    let p = |years, months, days| shamsi::Period { years, months, days };
    let clamp = shamsi::MonthEnd::Clamp;
    assert!(matches!(
        JalaliDate::MAX.add_period(p(0, 0, 1), clamp),
        Err(DateError::Overflow { .. })
    ));
    assert!(matches!(
        JalaliDate::MIN.add_period(p(0, -1, 0), clamp),
        Err(DateError::Overflow { .. })
    ));
    assert!(JalaliDate::MIN.add_period(p(i32::MAX, i32::MAX, i32::MAX), clamp).is_err());
    assert!(JalaliDate::MAX.add_period(p(i32::MIN, i32::MIN, i32::MIN), clamp).is_err());
    assert!(matches!(
        JalaliDate::new(1403, 12, 30).unwrap().add_period(p(1, 0, 0), shamsi::MonthEnd::Reject),
        Err(DateError::InvalidDay { .. })
    ));
    // Difference across the whole range.
    // 11 Dey -10621 to 10 Dey 9378: a day short of 19,999 years.
    let p = JalaliDate::MIN.until(JalaliDate::MAX);
    assert_eq!(p, shamsi::Period { years: 19_998, months: 11, days: 29 });
    assert_eq!(
        JalaliDate::MAX.until(JalaliDate::MIN),
        shamsi::Period { years: -19_998, months: -11, days: -29 }
    );
    // The range is the Gregorian years -9999..=9999, counted here by the
    // Gregorian leap rule alone.
    let leap = |y: i32| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days: i32 = (-9999..=9999).map(|y| if leap(y) { 366 } else { 365 }).sum();
    assert_eq!(JalaliDate::MIN.days_until(JalaliDate::MAX), days - 1);
    // Borkowski stops at -61 and 3177.
    assert_eq!(RuleKind::Borkowski.years(), (-61, 3177));
    assert!(Borkowski.date(3177, 12, 29).is_ok());
    assert!(Borkowski.date(3177, 12, 29).unwrap().tomorrow().is_none());
    assert!(Borkowski.date(-61, 1, 1).unwrap().yesterday().is_none());
    assert!(Borkowski.date(3178, 1, 1).is_err());
    assert!(Borkowski.date(-62, 12, 29).is_err());
    assert!(Borkowski.nowruz(3178).is_err());
    assert!(Borkowski.from_gregorian(ymd("0500-01-01")).is_err());
}

/// `until` near the ends of the range, where adding whole months can fall
/// outside it: every pair among the first and among the last 80 days (the
/// range starts on 11 Dey and ends on 10 Dey, inside a month).
#[test]
fn until_adds_back_at_the_range_ends() {
    let first: Vec<_> = JalaliDate::MIN.iter_to(JalaliDate::MIN.saturating_add_days(79)).collect();
    let last: Vec<_> = JalaliDate::MAX.saturating_sub_days(79).iter_to(JalaliDate::MAX).collect();
    for dates in [first, last] {
        for &a in &dates {
            for &b in &dates {
                let p = a.until(b);
                let mid = a.add_months(p.years * 12 + p.months, MonthEnd::Clamp);
                assert_eq!(mid.map(|m| m.checked_add_days(p.days)), Ok(Some(b)), "{a} to {b}: {p}");
                assert_eq!(a.add_period(p, MonthEnd::Clamp), Ok(b), "{a} to {b}: {p}");
                assert!(p.months.abs() < 12 && p.days.abs() < 31, "{a} to {b}: {p}");
            }
        }
    }
}

/// `nth`, `nth_back`, `count` and `last` of the day iterator, which jump
/// instead of stepping, against the days collected one by one, from both
/// ends and at the ends of the range.
#[test]
fn day_iterator_jumps() {
    let ranges = [
        (JalaliDate::new(1402, 12, 25).unwrap(), JalaliDate::new(1403, 1, 5).unwrap()),
        (JalaliDate::MIN, JalaliDate::MIN.saturating_add_days(6)),
        (JalaliDate::MAX.saturating_sub_days(6), JalaliDate::MAX),
        (JalaliDate::MAX, JalaliDate::MAX),
        (JalaliDate::MAX, JalaliDate::MIN),
    ];
    for (a, b) in ranges {
        let all: Vec<_> = a.iter_to(b).collect();
        assert_eq!(a.iter_to(b).count(), all.len());
        assert_eq!(a.iter_to(b).last(), all.last().copied());
        for n in 0..all.len() + 3 {
            let mut it = a.iter_to(b);
            assert_eq!(it.nth(n), all.get(n).copied(), "{a}..={b} nth {n}");
            assert_eq!(it.next(), all.get(n + 1).copied());
            assert_eq!(it.len(), all.len().saturating_sub(n + 2));
            let mut it = a.iter_to(b);
            let back = all.len().checked_sub(n + 1).and_then(|i| all.get(i)).copied();
            assert_eq!(it.nth_back(n), back, "{a}..={b} nth_back {n}");
            assert_eq!(it.len(), all.len().saturating_sub(n + 1));
            // Both ends meet.
            let mut it = a.iter_to(b);
            let _ = it.nth(n / 2);
            let _ = it.nth_back(n / 2);
            let rest: Vec<_> = it.collect();
            let lo = (n / 2 + 1).min(all.len());
            let hi = all.len().saturating_sub(n / 2 + 1).max(lo);
            assert_eq!(rest, all[lo..hi], "{a}..={b} both ends {n}");
        }
        assert_eq!(a.iter_to(b).nth(usize::MAX), None);
        assert_eq!(a.iter_to(b).nth_back(usize::MAX), None);
    }
}

/// The years whose Nowruz each rule puts elsewhere than the official
/// calendar, 1178..=3177, as the crate and README docs count them.
#[test]
fn where_the_rules_depart() {
    fn departures<R: Rule>(rule: R) -> Vec<i32> {
        (1178..=3177).filter(|&y| rule.nowruz(y) != Official.nowruz(y)).collect()
    }
    let rule33 = departures(Rule33);
    assert_eq!(rule33.len(), 78);
    assert_eq!(rule33[..3], [1503, 1602, 1635]);
    let borkowski = departures(Borkowski);
    assert_eq!(borkowski.len(), 2 + 22);
    assert_eq!(borkowski[..3], [1503, 1602, 2159]);
    let birashk = departures(Birashk);
    assert_eq!(birashk[..5], [1210, 1243, 1404, 1437, 1470]);
    assert_eq!(birashk.len() + usize::from(Birashk.nowruz(3178) != Official.nowruz(3178)), 331);
    // 20 March 2025 to 20 March 2026, and no day either side.
    let start = GregorianDate::new(2025, 3, 20).unwrap().to_day_number();
    let end = GregorianDate::new(2026, 3, 20).unwrap().to_day_number();
    for n in start - 400..=end + 400 {
        let official = JalaliDate::from_day_number(n).unwrap();
        let birashk = JalaliDate::from_day_number_in(Birashk, n).unwrap();
        let same = (official.year(), official.month(), official.day())
            == (birashk.year(), birashk.month(), birashk.day());
        assert_eq!(same, !(start..=end).contains(&n), "{official}");
    }
}

#[test]
fn boundaries_inside_the_year() {
    let d = JalaliDate::new(1402, 6, 31).unwrap();
    assert_eq!(d.tomorrow().unwrap(), JalaliDate::new(1402, 7, 1).unwrap());
    let esfand29 = JalaliDate::new(1404, 12, 29).unwrap();
    assert_eq!(esfand29.tomorrow().unwrap(), JalaliDate::new(1405, 1, 1).unwrap());
    assert_eq!(
        JalaliDate::new(1403, 12, 29).unwrap().tomorrow().unwrap(),
        JalaliDate::new(1403, 12, 30).unwrap()
    );
    assert_eq!(JalaliDate::new(1403, 12, 30).unwrap().day_of_year(), 366);
    assert_eq!(JalaliDate::from_ordinal(1403, 187).unwrap(), JalaliDate::new(1403, 7, 1).unwrap());
    assert!(JalaliDate::from_ordinal(1403, 0).is_err());
    assert!(JalaliDate::from_ordinal(1403, 367).is_err());
}

#[test]
fn week_of_year_starts_on_saturday() {
    // Week numbers only go up on Saturdays, and week 1 holds 1 Farvardin.
    let mut weeks_54 = 0;
    for year in 1300..=1500 {
        let first = JalaliDate::new(year, 1, 1).unwrap();
        let last = first.last_day_of_year().unwrap();
        let mut prev = first;
        assert_eq!(first.week_of_year(), 1);
        for d in first.iter_to(last).skip(1) {
            let step = d.week_of_year() - prev.week_of_year();
            assert_eq!(step, u8::from(d.weekday() == Weekday::Saturday), "{d}");
            prev = d;
        }
        // A 54th week holds only the last day of a leap year that starts on
        // a Friday (1309, 1337, 1354, 1399, 1416, 1461, 1478 here).
        let friday_leap = first.weekday() == Weekday::Friday && first.is_leap_year();
        assert_eq!(last.week_of_year(), if friday_leap { 54 } else { 53 }, "{year}");
        weeks_54 += u32::from(friday_leap);
    }
    assert_eq!(weeks_54, 7);
}

#[test]
fn errors_name_field_value_and_range() {
    let e = JalaliDate::new(1402, 13, 1).unwrap_err();
    assert_eq!(e.to_string(), "month 13 is out of range 1..=12");
    let e = JalaliDate::new(1402, 7, 31).unwrap_err();
    assert_eq!(e.to_string(), "day 31 is out of range 1..=30 for jalali month 7 of year 1402");
    let e = JalaliDate::new(1402, 7, 0).unwrap_err();
    assert!(matches!(e, DateError::InvalidDay { day: 0, max: 30, .. }));
    let e = JalaliDate::new(20_000, 1, 1).unwrap_err();
    assert_eq!(e.to_string(), "year 20000 is out of range -10621..=9378");
    let e = JalaliDate::new(-10621, 1, 1).unwrap_err();
    assert_eq!(
        e.to_string(),
        "jalali date -10621-01-01 is outside the range of the official rule (-9999-01-01..=9999-12-31 in the gregorian calendar)"
    );
    let e = JalaliDate::MAX.add_months(1, shamsi::MonthEnd::Clamp).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the result is outside the range of the official rule (-9999-01-01..=9999-12-31 in the gregorian calendar)"
    );
    let e = JalaliDate::from_day_number(5_000_000).unwrap_err();
    assert_eq!(e.to_string(), "day number 5000000 is out of range -4371587..=2932896");
    let e = Borkowski.from_gregorian(ymd("4000-01-01")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "gregorian date 4000-01-01 is outside the range of the borkowski rule (years -61..=3177)"
    );
    let e = "1402-12-30".parse::<JalaliDate>().unwrap_err();
    assert_eq!(
        e.to_string(),
        "day 30 is out of range 1..=29 for jalali month 12 of year 1402 at byte 8"
    );
}
