//! Properties of the spans of the year and of recurrence rules, on dates
//! drawn from the whole range (`shamsi::strategies`): a week runs Saturday
//! to Friday, a quarter's days partition its year, the week-numbering year
//! holds its date, and a rule yields only dates it contains, in order.
#![cfg(feature = "proptest")]

use proptest::prelude::*;
use shamsi::holidays::{DayRule, Frequency, Recurrence, Skip};
use shamsi::strategies::any_date;
use shamsi::{JalaliDate, Month, Unit, Weekday};

fn weekday() -> impl Strategy<Value = Weekday> {
    (0u8..7).prop_map(|i| Weekday::from_saturday_zero_offset(i).unwrap())
}

fn day_rule() -> impl Strategy<Value = DayRule> {
    prop_oneof![
        Just(DayRule::Start),
        (1i8..=31).prop_map(DayRule::MonthDay),
        (-31i8..=-1).prop_map(DayRule::MonthDay),
        ((1i8..=5).prop_union(-5i8..=-1), weekday()).prop_map(|(n, w)| DayRule::NthWeekday(n, w)),
        weekday().prop_map(DayRule::Weekday),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn a_week_is_saturday_to_friday(d in any_date::<shamsi::rule::Official>()) {
        if let (Ok(a), Ok(b)) = (d.start_of(Unit::Week), d.end_of(Unit::Week)) {
            prop_assert_eq!(a.weekday(), Weekday::Saturday);
            prop_assert_eq!(b.weekday(), Weekday::Friday);
            prop_assert!(a <= d && d <= b && a.days_until(b) == 6);
        }
    }

    #[test]
    fn quarters_partition_the_year(d in any_date::<shamsi::rule::Official>()) {
        let (Ok(a), Ok(b)) = (d.start_of(Unit::Quarter), d.end_of(Unit::Quarter)) else {
            return Ok(());
        };
        prop_assert!(a <= d && d <= b);
        prop_assert_eq!((a.year(), b.year()), (d.year(), d.year()));
        prop_assert_eq!(a.quarter(), d.quarter());
        prop_assert_eq!(b.quarter(), d.quarter());
        // The day before the first and after the last are other quarters.
        if let Some(x) = a.yesterday() {
            prop_assert!(x.quarter() != d.quarter() || x.year() != d.year());
        }
        if let Some(x) = b.tomorrow() {
            prop_assert!(x.quarter() != d.quarter() || x.year() != d.year());
        }
        prop_assert!(d.season().months().contains(&d.month()));
    }

    #[test]
    fn the_week_year_holds_its_date(d in any_date::<shamsi::rule::Official>()) {
        let w = d.year_week();
        prop_assert!(w.year == d.year() || w.year == d.year() + 1);
        // Week 1 of the week-year is the week of its 1 Farvardin.
        if let Ok(first) = JalaliDate::new(w.year, 1, 1).and_then(|f| f.start_of(Unit::Week)) {
            let week = first.days_until(d).div_euclid(7) + 1;
            prop_assert_eq!(week, i32::from(w.week));
        }
    }

    #[test]
    fn a_rule_yields_what_it_contains_in_order(
        start in any_date::<shamsi::rule::Official>(),
        frequency in prop_oneof![
            Just(Frequency::Daily), Just(Frequency::Weekly), Just(Frequency::Monthly), Just(Frequency::Yearly)
        ],
        interval in 1u16..=5,
        day in day_rule(),
        skip in prop_oneof![Just(Skip::Omit), Just(Skip::Backward), Just(Skip::Forward)],
        month in proptest::option::of((1u8..=12).prop_map(|m| Month::new(m).unwrap())),
        span in 0i32..2_000,
    ) {
        let rule = Recurrence::new(frequency, start)
            .with_interval(interval)
            .with_day(day)
            .with_skip(skip)
            .with_month(if frequency == Frequency::Yearly { month } else { None });
        let to = start.saturating_add_days(span);
        let days: Vec<JalaliDate> = rule.occurrences(start, to).take(3_000).collect();
        prop_assert!(days.windows(2).all(|w| w[0] < w[1]));
        for d in &days {
            prop_assert!(*d >= start && *d <= to);
            prop_assert!(rule.contains(*d), "{:?} {}", rule, d);
        }
        // And nothing it contains is left out (a sample of the range).
        for d in start.iter_to(to).step_by(37) {
            prop_assert_eq!(rule.contains(d), days.contains(&d), "{:?} {}", rule, d);
        }
    }
}
