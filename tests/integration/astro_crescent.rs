//! The crescent criteria over Iran against Iran's observed lunar months
//! (`tests/data/iran_lunar_months.csv`), 1350-1447 AH, and the spacing of
//! the places the crate looks from.

#![cfg(feature = "astro")]

use shamsi::GregorianDate;
use shamsi::astro::{self, Criterion, IRAN_PLACES, OdehZone, YallopClass};

/// `(year, month, first day, moved by the sighting announcement)` of every
/// observed month.
fn observed() -> Vec<(i32, u8, GregorianDate, bool)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/iran_lunar_months.csv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[1].parse().unwrap(), f[2].parse().unwrap(), f[3] == "1")
        })
        .collect()
}

/// For each month of 1350-1447 after the first, the first day predicted
/// from the observed first day of the month before, against the observed.
struct Agreement {
    agree: usize,
    total: usize,
    /// Months predicted a day early (the criterion counted the crescent as
    /// seen, Iran did not see it) and late.
    early: usize,
    late: usize,
    /// Differing months whose evening had Odeh's V within 1.5 of the
    /// zone B threshold (2.0): marginal evenings.
    marginal: usize,
    differ: Vec<String>,
}

fn agreement(criterion: Criterion) -> Agreement {
    let months = observed();
    let mut a =
        Agreement { agree: 0, total: 0, early: 0, late: 0, marginal: 0, differ: Vec::new() };
    for pair in months.windows(2) {
        let (previous, (year, month, next, moved)) = (pair[0], pair[1]);
        if !(1350..=1447).contains(&year) || (year, month) == (1350, 1) {
            continue;
        }
        let (predicted, evening) = astro::iran_next_month(previous.2, criterion).unwrap();
        a.total += 1;
        if predicted == next {
            a.agree += 1;
        } else {
            let c = evening.crescent;
            a.early += usize::from(predicted < next);
            a.late += usize::from(predicted > next);
            a.marginal += usize::from((c.v - 2.0).abs() < 1.5);
            a.differ.push(format!(
                "{year}/{month:02} observed {next} predicted {predicted}{}: evening {} at {}, age {:.1} h, lag {:.0} min, q {:.3}, V {:.2}",
                if moved { " (moved by sighting)" } else { "" },
                evening.date,
                evening.best_place.name,
                c.moon_age_hours,
                c.lag_minutes,
                c.q,
                c.v
            ));
        }
    }
    a
}

#[test]
fn iran_criterion_agrees_with_nine_months_in_ten() {
    let a = agreement(Criterion::IRAN);
    println!(
        "{}: {} of {} months ({:.1}%); {} a day early, {} late; {} of the {} on marginal evenings",
        Criterion::IRAN,
        a.agree,
        a.total,
        100.0 * a.agree as f64 / a.total as f64,
        a.early,
        a.late,
        a.marginal,
        a.differ.len()
    );
    for d in &a.differ {
        println!("  {d}");
    }
    // 1350/02..=1447/10.
    assert_eq!(a.total, 97 * 12 + 10 - 1);
    assert!(a.agree * 10 >= a.total * 9, "{} of {}", a.agree, a.total);
    assert_eq!(a.early + a.late, a.total - a.agree);
}

#[test]
fn other_criteria() {
    // The neighbours of the chosen criterion, each less close to Iran's
    // practice: naked eye only (Yallop B), optical aid only (Odeh C).
    let mut rates = Vec::new();
    for criterion in [
        Criterion::Yallop(YallopClass::B),
        Criterion::Yallop(YallopClass::C),
        Criterion::Odeh(OdehZone::C),
    ] {
        let a = agreement(criterion);
        println!(
            "{criterion}: {} of {} ({:.1}%)",
            a.agree,
            a.total,
            100.0 * a.agree as f64 / a.total as f64
        );
        rates.push(a.agree);
    }
    let iran = agreement(Criterion::IRAN).agree;
    assert!(rates.iter().all(|&r| r <= iran), "{rates:?} against {iran}");
}

/// Great-circle distance, km.
fn distance(a: astro::Place, b: astro::Place) -> f64 {
    let (p1, p2) = (a.latitude().to_radians(), b.latitude().to_radians());
    let dl = (a.longitude() - b.longitude()).to_radians();
    let h = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Each place's nearest neighbour is at most 315 km away, and between
/// neighbours Yallop's q changes by much less than one class on the evenings
/// that decide a month.
#[test]
fn spacing_of_the_places() {
    let mut nearest = Vec::new();
    for (i, a) in IRAN_PLACES.iter().enumerate() {
        let d = IRAN_PLACES
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(j, b)| (distance(a.place, b.place), j))
            .min_by(|x, y| x.0.total_cmp(&y.0))
            .unwrap();
        nearest.push(d);
    }
    let widest = nearest.iter().map(|d| d.0).fold(0.0, f64::max);
    let months = observed();
    let (mut worst, mut sum, mut n) = (0.0_f64, 0.0, 0);
    for m in months.iter().filter(|m| (1440..=1447).contains(&m.0)) {
        let evening = GregorianDate::from_day_number(m.2.to_day_number() + 28).unwrap();
        let q: Vec<f64> = IRAN_PLACES
            .iter()
            .map(|p| astro::crescent(p.place, evening).unwrap().unwrap().q)
            .collect();
        for (i, &(_, j)) in nearest.iter().enumerate() {
            let dq = (q[i] - q[j]).abs();
            worst = worst.max(dq);
            sum += dq;
            n += 1;
        }
    }
    println!(
        "nearest neighbours at most {widest:.0} km apart; q between them: worst {worst:.3}, mean {:.3} ({n} pairs)",
        sum / n as f64
    );
    assert!(widest < 320.0);
    assert!(worst < 0.146, "one class (C) is 0.146 wide");
}

/// `Fallback::Predicted`'s compiled table is what the prediction gives
/// today, chained from the last observed month (the generator is
/// `cargo xtask predicted-table`).
#[test]
fn predicted_table_is_current() {
    use shamsi::DateError;
    use shamsi::hijri::{Fallback, HijriDate, Iran, Source};
    let iran = Iran::with_fallback(Fallback::Predicted);
    let last = observed().into_iter().last().unwrap();
    assert_eq!((last.0, last.1), (1447, 10));
    let mut day = last.2;
    let mut months = 0;
    for year in 1447..=1500 {
        for month in 1..=12u8 {
            if (year, month) <= (1447, 10) {
                continue;
            }
            day = astro::iran_next_month(day, Criterion::IRAN).unwrap().0;
            let date = HijriDate::new_in(iran, year, month, 1).unwrap();
            assert_eq!(
                date.to_gregorian(),
                day,
                "{year}/{month}: regenerate src/hijri/predicted.rs"
            );
            assert_eq!(date.source(), Source::Predicted);
            assert_eq!(HijriDate::from_gregorian_in(iran, day).unwrap(), date);
            months += 1;
        }
    }
    assert_eq!(months, 638);
    // Shawwal 1447 now has a length; the months after the table are errors.
    assert!(
        HijriDate::new_in(iran, 1447, 10, 30).is_ok()
            || HijriDate::new_in(iran, 1447, 10, 29).is_ok()
    );
    assert!(matches!(HijriDate::new_in(iran, 1501, 1, 1), Err(DateError::NotCovered { .. })));
    // And before the table, no prediction either.
    assert!(matches!(HijriDate::new_in(iran, 1264, 12, 1), Err(DateError::NotCovered { .. })));
}
