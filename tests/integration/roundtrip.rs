//! Exhaustive: every day of every rule's range goes to a date and back, to
//! the Gregorian calendar and back, and dates strictly increase with the
//! day number, one valid day at a time.

use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33};
use shamsi::{GregorianDate, JalaliDate};

fn walk<R: Rule>(rule: R) -> usize {
    let first = JalaliDate::from_gregorian_in(rule, GregorianDate::MIN)
        .unwrap_or_else(|_| rule.date(R::KIND.years().0, 1, 1).unwrap());
    let mut prev = first;
    let mut n = first.to_day_number();
    assert!(JalaliDate::from_day_number_in(rule, n - 1).is_err());
    let mut count = 1;
    while let Ok(date) = JalaliDate::from_day_number_in(rule, n + 1) {
        n += 1;
        count += 1;
        assert_eq!(date.to_day_number(), n, "{date:?}");
        // The next day: same month, day + 1; or day 1 of the next month,
        // after the last day of the previous one.
        let same_month = date.year() == prev.year()
            && date.month() == prev.month()
            && date.day() == prev.day() + 1;
        let next_month = date.day() == 1
            && prev.day() == prev.days_in_month()
            && if date.month_number() == 1 {
                date.year() == prev.year() + 1 && prev.month_number() == 12
            } else {
                date.year() == prev.year() && date.month_number() == prev.month_number() + 1
            };
        assert!(same_month || next_month, "{prev:?} then {date:?}");
        assert!(date > prev, "{prev:?} then {date:?}");
        assert_eq!(rule.date(date.year(), date.month_number(), date.day()), Ok(date));
        let g = date.to_gregorian();
        assert_eq!(g.to_day_number(), n);
        assert_eq!(JalaliDate::from_gregorian_in(rule, g), Ok(date));
        prev = date;
    }
    assert_eq!(prev.tomorrow(), None);
    count
}

#[test]
fn official_every_day() {
    let days = walk(Official);
    assert_eq!(days, 7_304_484);
}

#[test]
fn rule33_every_day() {
    assert_eq!(walk(Rule33), 7_304_484);
}

#[test]
fn birashk_every_day() {
    assert_eq!(walk(Birashk), 7_304_484);
}

#[test]
fn borkowski_every_day() {
    let days = walk(Borkowski);
    assert_eq!(
        i64::try_from(days).unwrap(),
        Borkowski.nowruz(3177).unwrap().to_day_number() as i64 + 365
            - Borkowski.nowruz(-61).unwrap().to_day_number() as i64
    );
}

#[test]
fn gregorian_every_day() {
    let mut prev = GregorianDate::MIN;
    for n in GregorianDate::MIN.to_day_number() + 1..=GregorianDate::MAX.to_day_number() {
        let g = GregorianDate::from_day_number(n).unwrap();
        assert!(g > prev);
        assert_eq!(GregorianDate::new(g.year(), g.month(), g.day()), Ok(g));
        assert_eq!(g.to_jalali().to_gregorian(), g);
        prev = g;
    }
    assert_eq!(prev, GregorianDate::MAX);
}
