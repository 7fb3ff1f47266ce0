//! Any integers into the constructors and the arithmetic, for every rule:
//! nothing panics, and whatever is returned is consistent (round trips
//! through day numbers and the Gregorian calendar, days and months added
//! as asked, periods that add back).

use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33};
use shamsi::{GregorianDate, JalaliDate, MonthEnd};

/// The fields of one run, read from the input.
struct Input {
    year: i32,
    month: u8,
    day: u8,
    days: i32,
    months: i32,
    other: (i32, u8, u8),
}

/// A year: either any i32 or, more often, one near the supported range so
/// that valid dates come up.
fn year(raw: i32, wide: bool) -> i32 {
    if wide { raw } else { raw.rem_euclid(21_000) - 10_800 }
}

fn check<R: Rule>(rule: R, x: &Input) {
    let (lo, hi) = R::KIND.years();
    // Raw integers into the other constructors: an error or a date that
    // reads back.
    if let Ok(d) = JalaliDate::from_day_number_in(rule, x.days) {
        assert_eq!(d.to_day_number(), x.days);
    }
    if let Ok(d) = JalaliDate::from_julian_day_in(rule, x.months) {
        assert_eq!(d.to_julian_day(), x.months);
    }
    let ordinal = u16::from_le_bytes([x.month, x.day]);
    if let Ok(d) = JalaliDate::from_ordinal_in(rule, x.year, ordinal) {
        assert_eq!((d.year(), d.day_of_year()), (x.year, ordinal));
    }
    let Ok(date) = JalaliDate::new_in(rule, x.year, x.month, x.day) else {
        // Refused: the date must not be reachable by day number either.
        if (lo..=hi).contains(&x.year) && (1..=12).contains(&x.month) && x.day >= 1 {
            if let Ok(first) = JalaliDate::new_in(rule, x.year, x.month, 1) {
                let n = first.to_day_number() + i32::from(x.day) - 1;
                if let Ok(d) = JalaliDate::from_day_number_in(rule, n) {
                    let asked = (x.year, x.month, x.day);
                    assert!(d.month_number() != x.month, "{asked:?} refused but {d:?} exists");
                }
            }
        }
        return;
    };
    let n = date.to_day_number();
    assert_eq!(JalaliDate::from_day_number_in(rule, n), Ok(date));
    assert_eq!(JalaliDate::from_julian_day_in(rule, date.to_julian_day()), Ok(date));
    assert_eq!(JalaliDate::from_ordinal_in(rule, date.year(), date.day_of_year()), Ok(date));
    let g = date.to_gregorian();
    assert_eq!(g.to_day_number(), n);
    assert_eq!(GregorianDate::new(g.year(), g.month(), g.day()), Ok(g));
    assert_eq!(GregorianDate::from_day_number(n), Ok(g));
    assert_eq!(JalaliDate::from_gregorian_in(rule, g), Ok(date));
    assert_eq!(date.weekday(), g.weekday());
    // Its text reads back, but for a year that reads as Gregorian.
    match date.to_string().parse::<JalaliDate<R>>() {
        Ok(back) => assert_eq!(back, date),
        Err(e) => assert!(date.year() >= 1700 && e.kind() == shamsi::ParseErrorKind::NoCalendar),
    }
    // Week 54 only for the last day of a leap year that starts on a Friday.
    let week = date.week_of_year();
    assert!((1..=54).contains(&week));
    if week == 54 {
        assert_eq!(date.day_of_year(), 366);
    }

    // Days.
    // The day number `n + by`, if it is inside the rule's range.
    let day_at = |by: i64| {
        i32::try_from(i64::from(n) + by)
            .ok()
            .and_then(|t| JalaliDate::from_day_number_in(rule, t).ok())
    };
    assert_eq!(date.checked_add_days(x.days), day_at(i64::from(x.days)));
    assert_eq!(date.checked_sub_days(x.days), day_at(-i64::from(x.days)));
    let saturated = date.saturating_add_days(x.days);
    match day_at(i64::from(x.days)) {
        Some(d) => assert_eq!(saturated, d),
        None => assert!(saturated.yesterday().is_none() || saturated.tomorrow().is_none()),
    }
    if let Some(t) = date.tomorrow() {
        assert_eq!(t.yesterday(), Some(date));
    }

    // Any period: an error, or the date its parts reach.
    let period = shamsi::Period { years: x.months, months: x.other.0, days: x.days };
    for policy in [MonthEnd::Clamp, MonthEnd::Reject] {
        if let Ok(d) = date.add_period(period, policy) {
            let months = i32::try_from(i64::from(x.months) * 12 + i64::from(x.other.0)).unwrap();
            let mid = date.add_months(months, policy).unwrap();
            assert_eq!(mid.checked_add_days(x.days), Some(d));
        }
    }

    // Months and years.
    for policy in [MonthEnd::Clamp, MonthEnd::Reject] {
        if let Ok(d) = date.add_months(x.months, policy) {
            assert_eq!(JalaliDate::new_in(rule, d.year(), d.month_number(), d.day()), Ok(d));
            let moved = i64::from(d.year()) * 12 + i64::from(d.month_number())
                - (i64::from(date.year()) * 12 + i64::from(date.month_number()));
            assert_eq!(moved, i64::from(x.months));
            match policy {
                MonthEnd::Reject => assert_eq!(d.day(), date.day()),
                MonthEnd::Clamp => assert!(d.day() <= date.day()),
            }
        }
        if let Ok(d) = date.add_years(x.months, policy) {
            assert_eq!(i64::from(d.year()) - i64::from(date.year()), i64::from(x.months));
            assert_eq!(d.month(), date.month());
        }
    }
    let changed = [date.with_year(x.other.0), date.with_month(x.other.1), date.with_day(x.other.2)];
    for d in changed.into_iter().flatten() {
        assert_eq!(JalaliDate::new_in(rule, d.year(), d.month_number(), d.day()), Ok(d));
    }
    for d in [date.first_day_of_month(), date.last_day_of_month()].into_iter().flatten() {
        assert_eq!((d.year(), d.month()), (date.year(), date.month()));
    }
    for d in [date.first_day_of_year(), date.last_day_of_year()].into_iter().flatten() {
        assert_eq!(d.year(), date.year());
    }

    // A period to another date adds back.
    let (y, m, d) = x.other;
    if let Ok(other) = JalaliDate::new_in(rule, year(y, false).clamp(lo, hi), m, d) {
        assert_eq!(date.days_until(other), other.to_day_number() - n);
        let p = date.until(other);
        let mid = date.add_months(p.years * 12 + p.months, MonthEnd::Clamp).unwrap();
        assert_eq!(mid.checked_add_days(p.days), Some(other));
        assert_eq!(date.add_period(p, MonthEnd::Clamp), Ok(other));
        let walked: Vec<_> = date.iter_to(other).take(3).collect();
        for (i, w) in walked.iter().enumerate() {
            assert_eq!(w.to_day_number(), n + i as i32);
        }
    }
}

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    let Some((head, _)) = data.split_first_chunk::<20>() else {
        return;
    };
    let int = |i: usize| i32::from_le_bytes([head[i], head[i + 1], head[i + 2], head[i + 3]]);
    let flags = head[19];
    let x = Input {
        year: year(int(0), flags & 1 != 0),
        month: if flags & 2 != 0 { head[4] } else { head[4] % 13 },
        day: if flags & 4 != 0 { head[5] } else { head[5] % 32 },
        days: if flags & 8 != 0 { int(6) } else { int(6) % 800 },
        months: if flags & 16 != 0 { int(10) } else { int(10) % 40 },
        other: (int(14), head[18] % 13, head[18] / 13 % 32),
    };
    match flags >> 5 & 3 {
        0 => check(Official, &x),
        1 => check(Rule33, &x),
        2 => check(Borkowski, &x),
        _ => check(Birashk, &x),
    }
    // The Gregorian constructor on the same integers.
    if let Ok(g) = GregorianDate::new(x.year, x.month, x.day) {
        assert_eq!(GregorianDate::from_day_number(g.to_day_number()), Ok(g));
        if let Some(h) = g.checked_add_days(x.days) {
            assert_eq!(
                i64::from(h.to_day_number()),
                i64::from(g.to_day_number()) + i64::from(x.days)
            );
        }
    }
}
