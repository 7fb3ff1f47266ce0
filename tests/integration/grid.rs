//! The month grid: every day of the month once, in order, under its
//! weekday's column, with its Gregorian and lunar dates and the country's
//! holidays as the calendar and holiday lists give them; four to six weeks;
//! the range's first and last months cut at its ends.

use shamsi::hijri::{Afghanistan, Fallback, HijriDate, Iran};
use shamsi::holidays::{Country, MonthGrid};
use shamsi::{JalaliDate, Month, Weekday};

fn check(grid: &MonthGrid, year: i32, month: Month) -> i32 {
    let mut expected = JalaliDate::new(year, month.number(), 1).unwrap_or(JalaliDate::MIN);
    let mut seen = 0;
    let weeks: Vec<_> = grid.weeks().collect();
    let cut =
        [JalaliDate::MIN, JalaliDate::MAX].iter().any(|d| (d.year(), d.month()) == (year, month));
    let fewest = if cut { 1 } else { 4 };
    assert!((fewest..=6).contains(&weeks.len()), "{year} {month:?}");
    for week in &weeks {
        assert!(week.iter().any(Option::is_some), "an empty week");
        for (col, cell) in week.iter().enumerate() {
            let Some(day) = cell else { continue };
            assert_eq!(day.date, expected, "{year} {month:?}");
            let want = (grid.first_weekday().to_saturday_zero_offset() + col as u8) % 7;
            assert_eq!(day.date.weekday().to_saturday_zero_offset(), want);
            assert_eq!(day.gregorian, day.date.to_gregorian());
            assert_eq!(day.weekend, day.date.weekday() == Weekday::Friday);
            seen += 1;
            expected = match expected.tomorrow() {
                Some(next) => next,
                None => break,
            };
        }
    }
    let first = JalaliDate::new(year, month.number(), 1).unwrap_or(JalaliDate::MIN);
    let last = first.last_day_of_month().unwrap_or(JalaliDate::MAX);
    assert_eq!(seen, first.days_until(last) + 1, "{year} {month:?}");
    seen
}

#[test]
fn every_day_once_under_its_weekday() {
    let mut days = 0;
    for year in (1300..=1500).chain([JalaliDate::MIN.year(), JalaliDate::MAX.year()]) {
        for month in Month::all() {
            let Ok(grid) = MonthGrid::new(year, month) else {
                // Only outside the range.
                assert!(JalaliDate::new(year, month.number(), 1).is_err());
                continue;
            };
            for first in [Weekday::Saturday, Weekday::Monday, Weekday::Friday] {
                days += check(&grid.with_first_weekday(first), year, month);
            }
        }
    }
    assert!(days > 201 * 365 * 3, "{days}");
}

#[test]
fn lunar_days_and_holidays_are_the_country_lists() {
    for country in [Country::Iran, Country::Afghanistan] {
        for year in [country.first_year(), 1403, 1404, 1420] {
            let holidays = country.holidays(year).unwrap();
            for month in Month::all() {
                let grid = MonthGrid::for_country(country, year, month).unwrap();
                for day in grid.weeks().flatten().flatten() {
                    let keys: Vec<_> = day.holidays().map(|h| (h.key, h.estimated)).collect();
                    let want: Vec<_> =
                        holidays.on(day.date).map(|h| (h.key, h.estimated)).collect();
                    assert_eq!(keys, want, "{country:?} {}", day.date);
                    assert_eq!(day.is_holiday(), Some(!want.is_empty()));
                    let lunar = day.lunar.map(|l| (l.year(), l.month(), l.day()));
                    let want = match country {
                        Country::Iran => HijriDate::from_jalali_in(
                            Iran::with_fallback(Fallback::Predicted),
                            day.date,
                        )
                        .map(|l| (l.year(), l.month(), l.day()))
                        .ok(),
                        _ => HijriDate::from_jalali_in(Afghanistan, day.date)
                            .map(|l| (l.year(), l.month(), l.day()))
                            .ok(),
                    };
                    assert_eq!(lunar, want, "{country:?} {}", day.date);
                }
            }
        }
        assert!(MonthGrid::for_country(country, country.first_year() - 1, Month::Dey).is_err());
    }
}
