//! Weeks, seasons, quarters, fiscal years and the starts of spans, each
//! against a count by brute force over the days (every day of 1300–1500
//! and of the range's first and last years), and the properties the rules
//! state: a week runs Saturday to Friday, the quarters partition the year.

use shamsi::{JalaliDate, Month, Season, Unit, Weekday, YearWeek};

/// Every day of the years tested.
fn days() -> impl Iterator<Item = JalaliDate> {
    let years = [(JalaliDate::MIN.year(), JalaliDate::MIN.year() + 1), (1300, 1500)];
    let last = JalaliDate::MAX.year();
    years.into_iter().chain([(last - 1, last)]).flat_map(|(from, to)| {
        let start = JalaliDate::new(from, 1, 1).unwrap_or(JalaliDate::MIN);
        let end = JalaliDate::new(to, 12, 1)
            .and_then(|d| d.last_day_of_month())
            .unwrap_or(JalaliDate::MAX);
        start.iter_to(end)
    })
}

#[test]
fn a_week_runs_saturday_to_friday() {
    assert!(days().count() > 200 * 365, "{}", days().count());
    for date in days() {
        let (Ok(start), Ok(end)) = (date.start_of(Unit::Week), date.end_of(Unit::Week)) else {
            // Only a week cut by the range's ends.
            assert!(date.days_until(JalaliDate::MIN) > -7 || date.days_until(JalaliDate::MAX) < 7);
            continue;
        };
        assert_eq!(start.weekday(), Weekday::Saturday, "{date}");
        assert_eq!(end.weekday(), Weekday::Friday, "{date}");
        assert_eq!(start.days_until(end), 6, "{date}");
        assert!(start <= date && date <= end, "{date}");
    }
}

#[test]
fn seasons_and_quarters_partition_the_year() {
    let mut current: Option<(i32, u8, JalaliDate)> = None;
    for date in days() {
        let q = date.quarter();
        assert_eq!(q, (date.month_number() - 1) / 3 + 1, "{date}");
        assert_eq!(date.season(), Season::new(q).unwrap());
        assert!(date.season().months().contains(&date.month()), "{date}");
        let (Ok(start), Ok(end)) = (date.start_of(Unit::Quarter), date.end_of(Unit::Quarter))
        else {
            continue;
        };
        assert!(start <= date && date <= end, "{date}");
        match current {
            // Within a quarter the start stays; a new one starts the day
            // after the last ended.
            Some((y, cq, s)) if (y, cq) == (date.year(), q) => assert_eq!(s, start, "{date}"),
            Some(_) => assert_eq!(start, date, "{date}"),
            None => {}
        }
        current = Some((date.year(), q, start));
        assert_eq!(end.tomorrow().map(|d| d.quarter()), Some(q % 4 + 1), "{date}");
    }
}

#[test]
fn week_of_month_and_year_week_count_saturdays() {
    for date in days() {
        let Ok(first) = date.start_of(Unit::Month) else { continue };
        // Week 1 holds the first; each Saturday after it starts the next.
        let saturdays =
            first.iter_to(date).skip(1).filter(|d| d.weekday() == Weekday::Saturday).count();
        assert_eq!(usize::from(date.week_of_month()), saturdays + 1, "{date}");
        // The week-numbering year: the last 1 Farvardin whose week has
        // begun by the end of the date's week.
        let Ok(week_end) = date.end_of(Unit::Week) else { continue };
        let year = if JalaliDate::new(date.year() + 1, 1, 1).is_ok_and(|n| n <= week_end) {
            date.year() + 1
        } else {
            date.year()
        };
        let Ok(week1) = JalaliDate::new(year, 1, 1).and_then(|d| d.start_of(Unit::Week)) else {
            continue;
        };
        let week = week1.days_until(date) / 7 + 1;
        assert_eq!(date.year_week(), YearWeek { year, week: week as u8 }, "{date}");
        if year == date.year() {
            assert_eq!(date.year_week().week, date.week_of_year(), "{date}");
        }
    }
}

/// `%G` and `%V` write what `year_week` says, for Solar Hijri dates and
/// by the same rule for Gregorian ones (counted here from the Saturday
/// week of 1 January); `%G-%V-%u` reads back to the day, in the year
/// counts too; a week or a weekday that disagrees with the date is refused.
#[test]
#[cfg(feature = "alloc")]
fn week_years_are_written_and_read() {
    use shamsi::format::{DateFormat, Digits};
    use shamsi::{GregorianDate, ParseErrorKind, YearCount};
    let f = DateFormat::new("%G-%V-%u").unwrap();
    let both = DateFormat::new("%Y/%m/%d %G %V").unwrap();
    for (i, date) in days().enumerate() {
        let YearWeek { year, week } = date.year_week();
        let text = f.format(date);
        assert_eq!(
            text,
            format!("{year}-{week:02}-{}", date.weekday().to_saturday_zero_offset() + 1)
        );
        assert_eq!(both.parse(&both.format(date)), Ok(date));
        // The range's first year begins after its 1 Farvardin, from which
        // the weeks are counted: a week there is out of range.
        if date.year() == JalaliDate::MIN.year() {
            assert!(f.parse(&text).is_err());
            continue;
        }
        assert_eq!(f.parse(&text), Ok(date), "{text}");
        // A week off by one is refused, never read as another day.
        let off =
            format!("{year}-{:02}-{}", week % 52 + 1, date.weekday().to_saturday_zero_offset() + 1);
        if off != text {
            assert_ne!(f.parse(&off), Ok(date), "{off}");
        }
        let ymd = DateFormat::new("%Y/%m/%d").unwrap().format(date);
        let wrong = format!("{ymd} {year} {:02}", week % 52 + 1);
        assert!(
            matches!(
                both.parse(&wrong).map_err(|e| e.kind()),
                Err(ParseErrorKind::Inconsistent(_))
            ),
            "{wrong}"
        );
        // In another year count and digit set.
        let counted = f
            .with_year_count(YearCount::Kurdish)
            .with_digits([Digits::Persian, Digits::ArabicIndic][i % 2]);
        assert_eq!(counted.parse(&counted.format(date)), Ok(date));
        // The Gregorian week by the same rule, away from the range's ends.
        let g = date.to_gregorian();
        let sat = |d: GregorianDate| i32::from(d.weekday().to_saturday_zero_offset());
        let week_end = g.to_day_number() + 6 - sat(g);
        let Ok(jan1) = GregorianDate::new(g.year() + 1, 1, 1) else { continue };
        let gy = if jan1.to_day_number() <= week_end { g.year() + 1 } else { g.year() };
        let Ok(first) = GregorianDate::new(gy, 1, 1) else { continue };
        let gw = (g.to_day_number() - (first.to_day_number() - sat(first))) / 7 + 1;
        let text = f.format(g);
        assert_eq!(text, format!("{gy}-{gw:02}-{}", sat(g) + 1), "{g}");
        if first.checked_add_days(-sat(first)).is_none() {
            continue;
        }
        assert_eq!(f.parse_gregorian(&text), Ok(g), "{text}");
    }
}

#[test]
fn next_and_previous_weekdays_are_the_nearest_strictly_after_and_before() {
    for date in days().step_by(3) {
        for weekday in Weekday::all() {
            let want =
                (1..=7).filter_map(|n| date.checked_add_days(n)).find(|d| d.weekday() == weekday);
            assert_eq!(date.next_weekday(weekday).ok(), want, "{date} {weekday:?}");
            let want =
                (1..=7).filter_map(|n| date.checked_sub_days(n)).find(|d| d.weekday() == weekday);
            assert_eq!(date.previous_weekday(weekday).ok(), want, "{date} {weekday:?}");
        }
    }
}

#[test]
fn starts_are_the_distinct_span_starts_of_the_days() {
    let from = JalaliDate::new(1399, 11, 17).unwrap();
    for to in [from, JalaliDate::new(1400, 1, 1).unwrap(), JalaliDate::new(1404, 6, 9).unwrap()] {
        for unit in [Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year] {
            let mut want: Vec<JalaliDate> =
                from.iter_to(to).map(|d| d.start_of(unit).unwrap()).collect();
            want.dedup();
            let got: Vec<JalaliDate> = from.starts_to(to, unit).collect();
            assert_eq!(got, want, "{unit:?} to {to}");
        }
    }
    assert_eq!(from.starts_to(from.checked_sub_days(40).unwrap(), Unit::Month).count(), 0);
    // At the range's ends: no panic, and the last span is reached.
    let tail: Vec<_> = JalaliDate::MAX
        .checked_sub_days(400)
        .unwrap()
        .starts_to(JalaliDate::MAX, Unit::Year)
        .collect();
    assert_eq!(tail.last().map(|d| d.year()), Some(JalaliDate::MAX.year()));
    assert!(
        JalaliDate::MIN
            .starts_to(JalaliDate::MAX, Unit::Year)
            .all(|d| d.month_number() == 1 || d == JalaliDate::MIN)
    );
}

#[test]
fn fiscal_years_start_in_their_month() {
    for date in days().step_by(5) {
        assert_eq!(date.fiscal_year(Month::Farvardin), date.year());
        for first in Month::all() {
            let fy = date.fiscal_year(first);
            let start = JalaliDate::new(fy, first as u8, 1);
            let next = JalaliDate::new(fy + 1, first as u8, 1);
            if let (Ok(start), Ok(next)) = (start, next) {
                assert!(start <= date && date < next, "{date} {first:?}");
            }
        }
    }
}

/// `%Q` and `%K` through the writer and the reader: every day of four
/// years in every locale and digit set, Solar Hijri and Gregorian dates,
/// and a quarter or season that is not the date's refused.
#[test]
#[cfg(feature = "alloc")]
fn quarter_and_season_directives_read_back() {
    use shamsi::format::{DateFormat, Digits, Locale};
    use shamsi::{Field, GregorianDate, ParseErrorKind};
    let days = JalaliDate::new(1402, 1, 1).unwrap().iter_to(JalaliDate::new(1405, 12, 29).unwrap());
    for (i, date) in days.enumerate() {
        for locale in Locale::ALL {
            let digits = [Digits::Latin, Digits::Persian, Digits::ArabicIndic][i % 3];
            let f =
                DateFormat::new("%K %Q %Y/%m/%d").unwrap().with_locale(locale).with_digits(digits);
            let text = f.format(date);
            let season = locale.season_names()[usize::from(date.quarter() - 1)];
            assert!(text.starts_with(season), "{text}");
            assert_eq!(f.parse(&text), Ok(date), "{text}");
            // The Solar Hijri season of a Gregorian date, its own quarter.
            let g = date.to_gregorian();
            let text = f.format(g);
            assert!(text.starts_with(season), "{text}");
            assert!(text.contains(&format!(" {} ", digits.digit(g.month().div_ceil(3)))), "{text}");
            assert_eq!(f.parse_gregorian(&text), Ok(g), "{text}");
        }
    }
    let f = DateFormat::new("%K %Q %Y/%m/%d").unwrap().with_locale(Locale::English);
    let err = f.parse("Summer 4 1402/11/06").unwrap_err();
    assert_eq!(err.kind(), ParseErrorKind::Inconsistent(Field::Quarter));
    assert_eq!(err.offset(), 0);
    let err = f.parse("Winter 3 1402/11/06").unwrap_err();
    assert_eq!((err.kind(), err.offset()), (ParseErrorKind::Inconsistent(Field::Quarter), 7));
    let err = f.parse_gregorian("Spring 1 2024/01/26").unwrap_err();
    assert_eq!(err.kind(), ParseErrorKind::Inconsistent(Field::Quarter));
    assert_eq!(
        f.parse_gregorian("Winter 1 2024/01/26"),
        Ok(GregorianDate::new(2024, 1, 26).unwrap())
    );
    // The Persian names whatever the locale, as the other names.
    assert_eq!(f.parse("زمستان 4 1402/11/06"), Ok(JalaliDate::new(1402, 11, 6).unwrap()));
}

/// The Imperial and Kurdish years: the Solar Hijri year plus 1180 and 1321,
/// read back to the same day on every day of the range's ends and of
/// 1300–1500; a year beyond reach an error, never a wrap.
#[test]
fn year_counts_read_back() {
    use shamsi::YearCount;
    for date in days() {
        for count in [YearCount::SolarHijri, YearCount::Imperial, YearCount::Kurdish] {
            let y = date.year_in(count);
            assert_eq!(y - date.year(), count.offset());
            let back = JalaliDate::new_in_count(count, y, date.month_number(), date.day());
            assert_eq!(back, Ok(date), "{date} {count:?}");
        }
    }
    assert!(JalaliDate::new_in_count(YearCount::Kurdish, i32::MIN, 1, 1).is_err());
    assert!(JalaliDate::new_in_count(YearCount::Imperial, i32::MAX, 1, 1).is_err());
    assert_eq!(JalaliDate::new(1355, 1, 1).unwrap().year_in(YearCount::Imperial), 2535);
}

/// A format with another year count writes the count's year (and its
/// label for `%E`) and reads it back to the same day, in every digit set
/// and with names, words and a two-digit year; Gregorian dates are
/// unchanged.
#[test]
#[cfg(feature = "alloc")]
fn formats_write_and_read_year_counts() {
    use shamsi::YearCount;
    use shamsi::format::{DateFormat, Digits, Locale};
    let days = JalaliDate::new(1403, 12, 1).unwrap().iter_to(JalaliDate::new(1404, 1, 31).unwrap());
    for (i, date) in days.enumerate() {
        for count in [YearCount::Imperial, YearCount::Kurdish] {
            for pattern in ["%Y/%m/%d", "%A %-d %B %Y %E", "%o %B ماه %L", "%y-%m-%d", "%F"] {
                let digits = [Digits::Latin, Digits::Persian, Digits::ArabicIndic][i % 3];
                let pivot = date.year_in(count);
                let f = DateFormat::new(pattern)
                    .unwrap()
                    .with_locale(Locale::Persian)
                    .with_digits(digits)
                    .with_pivot(pivot)
                    .with_year_count(count);
                let text = f.format(date);
                let plain = DateFormat::new("%Y").unwrap().with_digits(digits);
                if pattern.contains("%Y") || pattern == "%F" {
                    let year =
                        plain.format(JalaliDate::new(date.year_in(count), 1, 1).unwrap_or(date));
                    assert!(text.contains(&year) || date.year_in(count) > 9377, "{text}");
                }
                assert_eq!(f.parse(&text), Ok(date), "{pattern} {text}");
                // `%E` names the count, and a text with the Solar Hijri
                // era is not read as one in the count.
                if pattern.ends_with("%E") {
                    assert!(text.ends_with(count.label_fa()), "{text}");
                    let solar = f.with_year_count(YearCount::SolarHijri).format(date);
                    assert!(f.parse(&solar).is_err(), "{solar}");
                }
                // A Gregorian date keeps its year.
                let g = date.to_gregorian();
                let plain = DateFormat::new(pattern)
                    .unwrap()
                    .with_locale(Locale::Persian)
                    .with_digits(digits)
                    .with_pivot(g.year());
                assert_eq!(f.with_pivot(g.year()).format(g), plain.format(g));
                assert_eq!(f.with_pivot(g.year()).parse_gregorian(&plain.format(g)), Ok(g));
            }
        }
    }
}
