//! Recurrence rules against a day-by-day walk that decides each day from
//! the rule's words alone (every interval, every day rule, every skip, over
//! years with and without 30 Esfand), occurrences in order, `contains`
//! agreeing, and the `RRULE` form read back to the same occurrences.

use shamsi::holidays::{DayRule, Frequency, Recurrence, RecurrenceRule, RruleError, Skip};
use shamsi::{JalaliDate, Month, Unit, Weekday};

/// The occurrences by walking every day: `start`'s rule of `frequency`,
/// `interval`, `month` (yearly), `day`, `skip`.
fn walk(
    (frequency, interval, month, day, skip): (Frequency, i64, Option<Month>, DayRule, Skip),
    start: JalaliDate,
    to: JalaliDate,
) -> Vec<JalaliDate> {
    let months_since = |d: JalaliDate| {
        (i64::from(d.year()) - i64::from(start.year())) * 12 + i64::from(d.month_number())
            - i64::from(start.month_number())
    };
    // Whether a month (by any of its days) is one of the rule's periods.
    // (Periods before the start's make none: the rule begins there.)
    let month_counts = |d: JalaliDate| match frequency {
        Frequency::Monthly => months_since(d) >= 0 && months_since(d) % interval == 0,
        _ => {
            let years = i64::from(d.year()) - i64::from(start.year());
            years >= 0 && years % interval == 0
        }
    };
    // The day the rule names in the month of `d`, as a day number of it
    // (possibly beyond its end, or before its start).
    let named = |d: JalaliDate| -> Option<i64> {
        let len = i64::from(d.days_in_month());
        match day {
            DayRule::Start => Some(i64::from(start.day())),
            DayRule::MonthDay(n) if n > 0 => Some(i64::from(n)),
            DayRule::MonthDay(n) => Some(len + 1 + i64::from(n)),
            DayRule::NthWeekday(_, w) | DayRule::Weekday(w) => {
                let n = if let DayRule::NthWeekday(n, _) = day { n } else { 1 };
                let all: Vec<i64> =
                    (1..=len).filter(|&k| d.with_day(k as u8).unwrap().weekday() == w).collect();
                let i = if n > 0 { n as i64 - 1 } else { all.len() as i64 + n as i64 };
                usize::try_from(i).ok().and_then(|i| all.get(i)).copied()
            }
        }
    };
    let mut out = Vec::new();
    for d in start.iter_to(to) {
        let hit = match frequency {
            Frequency::Daily => i64::from(start.days_until(d)) % interval == 0,
            Frequency::Weekly => {
                let weeks = i64::from(
                    start.start_of(Unit::Week).unwrap().days_until(d.start_of(Unit::Week).unwrap()),
                ) / 7;
                let w = match day {
                    DayRule::Weekday(w) | DayRule::NthWeekday(_, w) => w,
                    _ => start.weekday(),
                };
                weeks % interval == 0 && d.weekday() == w
            }
            Frequency::Yearly if month.is_none() => {
                // The n-th weekday of the year, by walking the year.
                let DayRule::NthWeekday(n, w) = day else { unreachable!() };
                let year: Vec<JalaliDate> = d
                    .first_day_of_year()
                    .unwrap()
                    .iter_to(d.last_day_of_year().unwrap())
                    .filter(|x| x.weekday() == w)
                    .collect();
                let i = if n > 0 { n as i64 - 1 } else { year.len() as i64 + n as i64 };
                (i64::from(d.year()) - i64::from(start.year())) % interval == 0
                    && usize::try_from(i).ok().and_then(|i| year.get(i)) == Some(&d)
            }
            Frequency::Monthly | Frequency::Yearly => {
                let in_month = |x: JalaliDate| match frequency {
                    Frequency::Yearly => Some(x.month()) == month,
                    _ => true,
                };
                let len = i64::from(d.days_in_month());
                // The day itself, named in a counted month.
                let here = in_month(d) && month_counts(d) && named(d) == Some(i64::from(d.day()));
                // Moved back to the day before, or forward to the day after:
                // a named day past the month's end, or (counted from the
                // end) before its first.
                let counted = |x: JalaliDate| in_month(x) && month_counts(x);
                let past_end =
                    |x: JalaliDate| named(x).is_some_and(|n| n > i64::from(x.days_in_month()));
                let before_first = |x: JalaliDate| named(x).is_some_and(|n| n < 1);
                let next = d.tomorrow();
                let prev = d.yesterday();
                let last_day = i64::from(d.day()) == len;
                let back = skip == Skip::Backward
                    && last_day
                    && ((counted(d) && past_end(d))
                        || next.is_some_and(|n| counted(n) && before_first(n)));
                let forward = skip == Skip::Forward
                    && d.day() == 1
                    && ((counted(d) && before_first(d))
                        || prev.is_some_and(|p| counted(p) && past_end(p)));
                let matches_day = !matches!(day, DayRule::NthWeekday(..) | DayRule::Weekday(_))
                    || named(d) == Some(i64::from(d.day()));
                (here && matches_day) || back || forward
            }
        };
        if hit {
            out.push(d);
        }
    }
    out
}

#[test]
fn occurrences_are_the_days_the_rule_names() {
    let starts = [
        JalaliDate::new(1399, 12, 30).unwrap(),
        JalaliDate::new(1402, 6, 31).unwrap(),
        JalaliDate::new(1403, 1, 1).unwrap(),
        JalaliDate::new(1403, 11, 6).unwrap(),
    ];
    let days = [
        DayRule::Start,
        DayRule::MonthDay(31),
        DayRule::MonthDay(30),
        DayRule::MonthDay(-1),
        DayRule::MonthDay(-30),
        DayRule::NthWeekday(1, Weekday::Saturday),
        DayRule::NthWeekday(5, Weekday::Friday),
        DayRule::NthWeekday(-1, Weekday::Wednesday),
    ];
    let mut checked = 0;
    for start in starts {
        let to = start.checked_add_days(3 * 365 + 40).unwrap();
        for frequency in
            [Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly]
        {
            for interval in [1u16, 2, 3] {
                for day in days {
                    for skip in [Skip::Omit, Skip::Backward, Skip::Forward] {
                        let months = match frequency {
                            Frequency::Yearly => {
                                vec![Some(start.month()), Some(Month::Esfand), None]
                            }
                            _ => vec![None],
                        };
                        for month in months {
                            if month.is_none()
                                && frequency == Frequency::Yearly
                                && !matches!(day, DayRule::NthWeekday(..))
                            {
                                continue;
                            }
                            let mut rule = Recurrence::new(frequency, start)
                                .with_interval(interval)
                                .with_day(day)
                                .with_skip(skip);
                            if frequency == Frequency::Yearly {
                                rule = rule.with_month(month);
                            }
                            let got: Vec<_> = rule.occurrences(start, to).collect();
                            let params = (frequency, i64::from(interval), month, day, skip);
                            let want = walk(params, start, to);
                            assert_eq!(got, want, "{rule:?}");
                            assert!(got.windows(2).all(|w| w[0] < w[1]));
                            for d in start.iter_to(to).step_by(5) {
                                assert_eq!(rule.contains(d), want.contains(&d), "{rule:?} {d}");
                            }
                            // A later window is the same days.
                            let mid = start.checked_add_days(400).unwrap();
                            let tail: Vec<_> = rule.occurrences(mid, to).collect();
                            let want_tail: Vec<_> =
                                want.iter().copied().filter(|d| *d >= mid).collect();
                            assert_eq!(tail, want_tail, "{rule:?} from {mid}");
                            // The RRULE form reads back to the same days.
                            let text = rule.to_string();
                            let back: RecurrenceRule = text.parse().unwrap();
                            let again: Vec<_> =
                                back.starting(start).occurrences(start, to).collect();
                            assert_eq!(again, want, "{text}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 1_000, "{checked}");
}

#[test]
fn rrules_outside_what_is_read_are_refused() {
    assert_eq!("RRULE:FREQ=MONTHLY".parse::<RecurrenceRule>(), Err(RruleError::NotPersian));
    assert_eq!(
        "RRULE:RSCALE=GREGORIAN;FREQ=MONTHLY".parse::<RecurrenceRule>(),
        Err(RruleError::NotPersian)
    );
    assert_eq!("RRULE:RSCALE=PERSIAN".parse::<RecurrenceRule>(), Err(RruleError::NoFrequency));
    assert_eq!(
        "RRULE:RSCALE=PERSIAN;FREQ=MONTHLY;COUNT=3".parse::<RecurrenceRule>(),
        Err(RruleError::Unsupported { at: 34 })
    );
    for bad in [
        "BYMONTHDAY=32",
        "BYMONTHDAY=0",
        "BYDAY=0SA",
        "BYDAY=XX",
        "BYMONTH=13",
        "INTERVAL=0",
        "SKIP=SIDEWAYS",
    ] {
        let text = format!("RRULE:RSCALE=PERSIAN;FREQ=MONTHLY;{bad}");
        assert!(
            matches!(text.parse::<RecurrenceRule>(), Err(RruleError::Invalid { at: 34 })),
            "{bad}"
        );
    }
}
