//! Properties of the arithmetic, for every rule, on dates drawn from the
//! whole range (day numbers mapped to dates, not filtered y/m/d).

use proptest::prelude::*;
use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33};
use shamsi::{GregorianDate, JalaliDate, MonthEnd};

fn range<R: Rule>() -> (i32, i32) {
    let (lo, hi) = R::KIND.years();
    let first = JalaliDate::from_gregorian_in(R::VALUE, GregorianDate::MIN)
        .unwrap_or_else(|_| JalaliDate::new_in(R::VALUE, lo, 1, 1).unwrap());
    let last = JalaliDate::from_gregorian_in(R::VALUE, GregorianDate::MAX)
        .unwrap_or_else(|_| JalaliDate::new_in(R::VALUE, hi, 12, 29).unwrap());
    (first.to_day_number(), last.to_day_number())
}

fn date<R: Rule>() -> impl Strategy<Value = JalaliDate<R>> {
    let (lo, hi) = range::<R>();
    (lo..=hi).prop_map(|n| JalaliDate::from_day_number_in(R::VALUE, n).unwrap())
}

macro_rules! properties {
    ($module:ident, $rule:ty) => {
        mod $module {
            use super::*;

            proptest! {
                #![proptest_config(ProptestConfig::with_cases(10_000))]

                #[test]
                fn add_then_subtract_days(d in date::<$rule>(), n in -3_000_000i32..=3_000_000) {
                    if let Some(e) = d.checked_add_days(n) {
                        prop_assert_eq!(e.checked_sub_days(n), Some(d));
                        prop_assert_eq!(d.days_until(e), n);
                        prop_assert_eq!(d.saturating_add_days(n), e);
                    } else {
                        let s = d.saturating_add_days(n);
                        prop_assert!(s.tomorrow().is_none() || s.yesterday().is_none());
                    }
                }

                #[test]
                fn order_follows_day_numbers(a in date::<$rule>(), b in date::<$rule>()) {
                    prop_assert_eq!(a.cmp(&b), a.to_day_number().cmp(&b.to_day_number()));
                    prop_assert_eq!(a.to_gregorian().cmp(&b.to_gregorian()), a.cmp(&b));
                }

                #[test]
                fn conversions_invert(d in date::<$rule>()) {
                    let g = d.to_gregorian();
                    prop_assert_eq!(JalaliDate::from_gregorian_in(<$rule>::default(), g), Ok(d));
                    prop_assert_eq!(JalaliDate::from_day_number_in(<$rule>::default(), d.to_day_number()), Ok(d));
                    prop_assert_eq!(JalaliDate::from_julian_day_in(<$rule>::default(), d.to_julian_day()), Ok(d));
                    match d.to_string().parse::<JalaliDate<$rule>>() {
                        Ok(back) => prop_assert_eq!(back, d),
                        // A bare year from 1700 on reads as Gregorian.
                        Err(e) => prop_assert!(d.year() >= 1700 && e.kind() == shamsi::ParseErrorKind::NoCalendar),
                    }
                    prop_assert_eq!(g.to_string().parse::<shamsi::GregorianDate>(), Ok(g));
                    prop_assert_eq!(
                        JalaliDate::from_ordinal_in(<$rule>::default(), d.year(), d.day_of_year()),
                        Ok(d)
                    );
                }

                #[test]
                fn month_arithmetic_lands_on_a_valid_day(d in date::<$rule>(), n in -2_400i32..=2_400) {
                    let Ok(e) = d.add_months(n, MonthEnd::Clamp) else { return Ok(()) };
                    prop_assert_eq!(<$rule>::default().date(e.year(), e.month_number(), e.day()), Ok(e));
                    prop_assert_eq!(e.day(), d.day().min(e.days_in_month()));
                    let months = (e.year() - d.year()) * 12 + i32::from(e.month_number()) - i32::from(d.month_number());
                    prop_assert_eq!(months, n);
                    match d.add_months(n, MonthEnd::Reject) {
                        Ok(r) => prop_assert_eq!(r, e),
                        Err(_) => prop_assert!(e.day() < d.day()),
                    }
                    if d.day() <= e.days_in_month() {
                        prop_assert_eq!(e.add_months(-n, MonthEnd::Reject), Ok(d));
                    }
                }

                /// Years as twelve months; the fields one by one; the ends
                /// of the month and of the year.
                #[test]
                fn years_fields_and_ends(d in date::<$rule>(), n in -400i32..=400, m in 1u8..=12, day in 1u8..=31) {
                    let rule = <$rule>::default();
                    // Against the calendar's definition, not the calls these
                    // are made of: months 1–6 have 31 days, 7–11 30, and
                    // Esfand 30 in a leap year (by the rule) or 29.
                    let length = |y: i32, m: u8| match m {
                        1..=6 => 31,
                        7..=11 => 30,
                        _ if rule.is_leap_year(y).unwrap_or(false) => 30,
                        _ => 29,
                    };
                    let ordinal = |m: u8, day: u8| -> u16 {
                        let m = u16::from(m);
                        (if m <= 7 { (m - 1) * 31 } else { 186 + (m - 7) * 30 }) + u16::from(day)
                    };
                    // The rule's range may end in the middle of its first and
                    // last years (11 Dey -10621 and 10 Dey 9378): there alone
                    // the constructor says what is in it.
                    let (first, last) = rule.kind().years();
                    let in_range = |y: i32, m: u8, day: u8| {
                        (first < y && y < last)
                            || ((y == first || y == last) && rule.date(y, m, day).is_ok())
                    };
                    let y = d.year() + n;
                    let (m0, d0) = (d.month_number(), d.day());
                    for policy in [MonthEnd::Clamp, MonthEnd::Reject] {
                        let want = match (d0 <= length(y, m0), policy) {
                            (true, _) => Some((y, m0, d0)),
                            (false, MonthEnd::Clamp) => Some((y, m0, length(y, m0))),
                            (false, MonthEnd::Reject) => None,
                        }
                        .filter(|&(y, m, day)| in_range(y, m, day));
                        let got = d.add_years(n, policy).ok();
                        prop_assert_eq!(got.map(|e| (e.year(), e.month_number(), e.day())), want);
                        if let Some(e) = got {
                            prop_assert_eq!(e.day_of_year(), ordinal(e.month_number(), e.day()));
                        }
                    }
                    let with = [
                        (d.with_year(y), (y, m0, d0), d0 <= length(y, m0) && in_range(y, m0, d0)),
                        (d.with_month(m), (d.year(), m, d0), d0 <= length(d.year(), m) && in_range(d.year(), m, d0)),
                        (d.with_day(day), (d.year(), m0, day), day <= length(d.year(), m0) && in_range(d.year(), m0, day)),
                    ];
                    for (got, (y, m, day), exists) in with {
                        prop_assert_eq!(got.is_ok(), exists, "{:?}", (y, m, day));
                        if let Ok(e) = got {
                            prop_assert_eq!((e.year(), e.month_number(), e.day()), (y, m, day));
                            prop_assert_eq!(e.day_of_year(), ordinal(m, day));
                        }
                    }
                    let length = d.days_in_month();
                    if let (Ok(first), Ok(last)) = (d.first_day_of_month(), d.last_day_of_month()) {
                        prop_assert_eq!((first.year(), first.month(), first.day()), (d.year(), d.month(), 1));
                        prop_assert_eq!((last.year(), last.month(), last.day()), (d.year(), d.month(), length));
                        prop_assert!(first <= d && d <= last);
                    }
                    if let (Ok(first), Ok(last)) = (d.first_day_of_year(), d.last_day_of_year()) {
                        prop_assert_eq!(first.day_of_year(), 1);
                        prop_assert_eq!(last.day_of_year(), d.days_in_year());
                        prop_assert_eq!(last.tomorrow().map(|t| t.year()).unwrap_or(d.year() + 1), d.year() + 1);
                        prop_assert!(first.year() == d.year() && last.year() == d.year());
                    }
                }

                #[test]
                fn until_adds_back(a in date::<$rule>(), b in date::<$rule>()) {
                    let p = a.until(b);
                    let forward = b >= a;
                    for part in [p.years, p.months, p.days] {
                        let same_sign = if forward { part >= 0 } else { part <= 0 };
                        prop_assert!(same_sign, "{:?}", p);
                    }
                    prop_assert!(p.months.abs() < 12);
                    let mid = a.add_months(p.years * 12 + p.months, MonthEnd::Clamp).unwrap();
                    prop_assert_eq!(mid.checked_add_days(p.days), Some(b));
                    prop_assert_eq!(a.add_period(p, MonthEnd::Clamp), Ok(b));
                }

                /// On dates within about two years of each other, where the
                /// months matter: `until` takes the most whole months that do
                /// not pass `b` (one more would, or would leave the range),
                /// and fewer days than a month.
                #[test]
                fn until_takes_the_most_whole_months(
                    a in date::<$rule>(),
                    offset in -800i32..=800,
                ) {
                    let Some(b) = a.checked_add_days(offset) else {
                        return Ok(());
                    };
                    let p = a.until(b);
                    let months = p.years * 12 + p.months;
                    prop_assert!(p.days.abs() <= 30, "{} to {}: {}", a, b, p);
                    let step = if b >= a { 1 } else { -1 };
                    if let Ok(further) = a.add_months(months + step, MonthEnd::Clamp) {
                        let passes = if step > 0 { further > b } else { further < b };
                        prop_assert!(passes, "{} to {}: {}, yet {} does not pass", a, b, p, further);
                    }
                }
            }
        }
    };
}

properties!(official, Official);
properties!(rule33, Rule33);
properties!(borkowski, Borkowski);
properties!(birashk, Birashk);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Every period, whatever the signs of its parts, is written in a form
    /// that reads back to it: never another duration.
    #[test]
    fn period_text_reads_back(years in any::<i32>(), months in any::<i32>(), days in any::<i32>()) {
        let p = shamsi::Period { years, months, days };
        let text = p.to_string();
        prop_assert_eq!(text.parse::<shamsi::Period>(), Ok(p), "{}", text);
    }
}

#[test]
fn period_display() {
    use shamsi::Period;
    let p = |years, months, days| Period { years, months, days }.to_string();
    assert_eq!(p(1, -1, 0), "P1Y-1M");
    assert_eq!(p(-1, 1, 0), "P-1Y1M");
    assert_eq!(p(0, 2, -3), "P2M-3D");
    assert_eq!(p(-1, -2, -3), "-P1Y2M3D");
    assert_eq!(p(0, 0, 0), "P0D");
    assert_eq!(p(0, 0, -5), "-P5D");
    assert!("P1Y1Y".parse::<Period>().is_err());
    assert!("-P-1Y".parse::<Period>().is_err());
    assert!("P".parse::<Period>().is_err());
    assert!("P1".parse::<Period>().is_err());
    assert!("P99999999999D".parse::<Period>().is_err());
}
