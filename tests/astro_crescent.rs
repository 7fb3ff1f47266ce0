//! The crescent criteria over Iran against Iran's observed lunar months
//! (`tests/data/iran_lunar_months.csv`), 1350-1447 AH.

#![cfg(feature = "astro")]

use shamsi::astro::{self, Criterion};
use shamsi::GregorianDate;

/// `(year, month, first day)` of every observed month.
fn observed() -> Vec<(i32, u8, GregorianDate)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/iran_lunar_months.csv");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[1].parse().unwrap(), f[2].parse().unwrap())
        })
        .collect()
}

#[test]
fn agreement_with_the_observed_months() {
    let months = observed();
    let start = std::time::Instant::now();
    for criterion in Criterion::ALL {
        let (mut agree, mut total, mut early, mut late) = (0, 0, 0, 0);
        for pair in months.windows(2) {
            let ((year, ..), (_, _, next)) = (pair[0], pair[1]);
            if !(1350..=1447).contains(&year) {
                continue;
            }
            let (predicted, _) = astro::iran_next_month(pair[0].2, criterion).unwrap();
            total += 1;
            match predicted.cmp(&next) {
                std::cmp::Ordering::Equal => agree += 1,
                std::cmp::Ordering::Less => early += 1,
                std::cmp::Ordering::Greater => late += 1,
            }
        }
        println!("{criterion}: {agree} of {total} ({:.1}%), {early} early, {late} late", 100.0 * agree as f64 / total as f64);
    }
    println!("{:?}", start.elapsed());
}
