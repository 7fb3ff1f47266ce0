//! The cost of one March equinox (VSOP87 longitude, nutation, aberration,
//! solved for 0°, Delta-T), and of a date under the astronomical rule: one
//! equinox for a date on or after Nowruz (that of its Gregorian year), two
//! for a date before it (the year before's too). No peer crate computes
//! these; the numbers are absolute, for scale.
//!
//! Also the Moon: one new moon solved from the series, one crescent verdict
//! at one place (an evening's positions, sunset, moonset, Yallop's and
//! Odeh's figures), and one evening over Iran (43 places, one set of
//! positions).
//!
//! Run: `cd benches/peers && cargo bench --bench astro`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use shamsi::astro::{self, march_equinox, Astronomical, Place};
use shamsi::GregorianDate;

fn astro(c: &mut Criterion) {
    let mut g = c.benchmark_group("astro");
    g.bench_function("march_equinox/2024", |b| b.iter(|| march_equinox(black_box(2024)).unwrap()));
    g.bench_function("march_equinox/622..3000_step_97", |b| {
        b.iter(|| {
            (622..3000)
                .step_by(97)
                .map(|y| march_equinox(black_box(y)).unwrap().unix_seconds())
                .sum::<f64>()
        })
    });
    let rule = Astronomical::APPARENT_525E;
    // After Nowruz: one equinox.
    let day = GregorianDate::new(2024, 6, 1).unwrap();
    g.bench_function("astronomical_from_gregorian/2024-06-01", |b| {
        b.iter(|| rule.from_gregorian(black_box(day)).unwrap())
    });
    // Before Nowruz: two equinoxes.
    let day = GregorianDate::new(2024, 1, 26).unwrap();
    g.bench_function("astronomical_from_gregorian/2024-01-26", |b| {
        b.iter(|| rule.from_gregorian(black_box(day)).unwrap())
    });
    g.bench_function("new_moon/lunation_300", |b| {
        b.iter(|| astro::new_moon(black_box(300)).unwrap())
    });
    let evening = GregorianDate::new(2024, 3, 11).unwrap();
    g.bench_function("crescent/tehran_2024-03-11", |b| {
        b.iter(|| astro::crescent(black_box(Place::TEHRAN), black_box(evening)).unwrap())
    });
    g.bench_function("iran_evening/2024-03-11", |b| {
        b.iter(|| {
            astro::iran_evening(black_box(evening), black_box(astro::Criterion::IRAN)).unwrap()
        })
    });
    g.finish();
}

criterion_group! {
    name = group;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = astro
}
criterion_main!(group);
