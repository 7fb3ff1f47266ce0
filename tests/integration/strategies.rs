//! The proptest strategies of the `proptest` feature: every value is a valid
//! date inside the range asked for, and the edges they promise come up.

#![cfg(feature = "proptest")]

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use shamsi::JalaliDate;
use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33};
use shamsi::strategies::{
    any_date, date_pairs, date_pairs_in, dates_in, edge_dates, edge_dates_in,
};

/// `n` values drawn from a strategy, with a fixed seed.
fn sample<S: Strategy>(strategy: &S, n: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..n).map(|_| strategy.new_tree(&mut runner).unwrap().current()).collect()
}

fn valid<R: Rule>(date: JalaliDate<R>) -> bool {
    R::VALUE.date(date.year(), date.month_number(), date.day()) == Ok(date)
}

fn check_rule<R: Rule>() {
    let rule = R::VALUE;
    let first = rule.date(1390, 1, 1).unwrap();
    let last = rule.date(1420, 12, 29).unwrap();

    // Either order of the bounds; every value inside them and valid.
    for strategy in [dates_in(first, last).boxed(), dates_in(last, first).boxed()] {
        let dates = sample(&strategy, 2_000);
        assert!(dates.iter().all(|&d| first <= d && d <= last && valid(d)));
        // Uniform over ~11,300 days: both halves come up.
        let middle = rule.date(1405, 6, 1).unwrap();
        assert!(dates.iter().any(|&d| d < middle) && dates.iter().any(|&d| d > middle));
    }

    let edges = sample(&edge_dates_in(first, last), 4_000);
    assert!(edges.iter().all(|&d| first <= d && d <= last && valid(d)));
    assert!(edges.iter().all(|d| matches!(d.day(), 1 | 2 | 28..=31)), "{edges:?}");
    let has = |m: u8, d: u8| edges.iter().any(|e| e.month_number() == m && e.day() == d);
    for (month, day) in [(1, 1), (1, 2), (6, 31), (7, 1), (7, 30), (11, 30), (12, 29), (12, 30)] {
        assert!(has(month, day), "{:?}: no {month}-{day}", R::KIND);
    }
    // 29 Esfand of common years and 30 Esfand of leap years, both.
    assert!(edges.iter().any(|e| e.month_number() == 12 && e.day() == 29 && !e.is_leap_year()));
    assert!(edges.iter().any(|e| e.month_number() == 12 && e.day() == 28));

    let pairs = sample(&date_pairs_in(first, last), 2_000);
    assert!(pairs.iter().all(|&(a, b)| [a, b].iter().all(|&d| first <= d && d <= last)));
    assert!(pairs.iter().any(|(a, b)| a.days_until(*b).abs() <= 40));
    assert!(pairs.iter().any(|(a, b)| a.days_until(*b).abs() > 400));
    assert!(pairs.iter().any(|(a, b)| a > b) && pairs.iter().any(|(a, b)| a < b));

    // The whole range.
    assert!(sample(&any_date::<R>(), 1_000).into_iter().all(valid));
    assert!(sample(&edge_dates::<R>(), 1_000).into_iter().all(valid));
    assert!(sample(&date_pairs::<R>(), 1_000).into_iter().all(|(a, b)| valid(a) && valid(b)));
}

#[test]
fn official() {
    check_rule::<Official>();
}

#[test]
fn rule33() {
    check_rule::<Rule33>();
}

#[test]
fn borkowski() {
    check_rule::<Borkowski>();
}

#[test]
fn birashk() {
    check_rule::<Birashk>();
}

#[test]
fn a_range_of_one_day() {
    let day = JalaliDate::new(1403, 12, 30).unwrap();
    assert!(sample(&dates_in(day, day), 10).iter().all(|&d| d == day));
    assert!(sample(&edge_dates_in(day, day), 10).iter().all(|&d| d == day));
    assert!(sample(&date_pairs_in(day, day), 10).iter().all(|&p| p == (day, day)));
}

#[test]
fn the_ends_of_the_range() {
    // Edges in the partial first and last years are moved to the ends: near
    // them, the ends themselves come up, and everything else is an edge.
    let (min, max) = (JalaliDate::MIN, JalaliDate::MAX);
    let ranges =
        [(min, min.checked_add_days(60).unwrap()), (max.checked_sub_days(60).unwrap(), max)];
    for (first, last) in ranges {
        let edges = sample(&edge_dates_in(first, last), 2_000);
        let end = if first == min { min } else { max };
        assert!(edges.contains(&end), "{end} never drawn");
        for d in &edges {
            assert!(first <= *d && *d <= last, "{d}");
            let bound = *d == first || *d == last;
            assert!(bound || matches!(d.day(), 1 | 2 | 28..=31), "{d}");
        }
    }
    // Over the whole range, every value is an edge or an end.
    let edges = sample(&edge_dates::<Official>(), 20_000);
    assert!(edges.iter().all(|&d| d == min || d == max || matches!(d.day(), 1 | 2 | 28..=31)));
}

/// The value a property that always fails shrinks to.
fn shrunk<S: Strategy>(strategy: S) -> S::Value
where
    S::Value: Clone + core::fmt::Debug,
{
    use proptest::test_runner::{TestCaseError, TestError};
    let mut runner = TestRunner::deterministic();
    match runner.run(&strategy, |_| Err(TestCaseError::fail("always"))) {
        Err(TestError::Fail(_, value)) => value,
        other => panic!("{other:?}"),
    }
}

/// As the module says: shrinking moves toward the first date of the range,
/// and a pair toward two equal dates.
#[test]
fn shrinking_goes_to_the_first_date() {
    let (a, b) = (JalaliDate::new(1300, 1, 1).unwrap(), JalaliDate::new(1340, 1, 1).unwrap());
    assert_eq!(shrunk(any_date::<Official>()), JalaliDate::MIN);
    assert_eq!(shrunk(dates_in(a, b)), a);
    assert_eq!(shrunk(dates_in(b, a)), a);
    let edge = shrunk(edge_dates_in(a, b));
    assert_eq!(edge.year(), 1300, "{edge}");
    let (x, y) = shrunk(date_pairs_in(a, b));
    assert_eq!(x, y);
}
