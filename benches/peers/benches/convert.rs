//! shamsi against the other Solar Hijri crates, on the same shuffled inputs,
//! in one run: Gregorian → Jalali, Jalali → Gregorian and the leap test, over
//! Gregorian 1900–2100 and 622–3000. The floor is a Gregorian civil date →
//! day number → civil date round by Neri–Schneider.
//!
//! Run: `cd benches/peers && cargo bench`. Results are times per batch of
//! 4,096 dates; compare ratios within one run, not absolute times.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use icu_calendar::cal::Persian;
use icu_calendar::{Date, Iso};
use shamsi::rule::{Official, Rule};
use shamsi::{GregorianDate, JalaliDate};
use shamsi_bench::{ns_civil_from_days, ns_days_from_civil, sample};

const N: usize = 4096;

struct Inputs {
    name: &'static str,
    gregorian: Vec<(i32, u32, u32)>,
    jalali: Vec<(i32, u32, u32)>,
    years: Vec<i32>,
}

fn inputs(name: &'static str, first: i32, last: i32) -> Inputs {
    let days = sample(first, last, N);
    let gregorian = days.iter().map(|&n| ns_civil_from_days(n)).collect();
    let jalali: Vec<(i32, u32, u32)> = days
        .iter()
        .map(|&n| {
            let j = JalaliDate::from_day_number(n).unwrap();
            (j.year(), u32::from(j.month_number()), u32::from(j.day()))
        })
        .collect();
    let years = jalali.iter().map(|j| j.0).collect();
    Inputs { name, gregorian, jalali, years }
}

/// Days since 1970-01-01 for jelal, which counts from its epoch.
fn jelal_from_days(n: i32) -> (i32, u8, u8) {
    jelal::Date::EPOCH.add_days(n).into()
}

fn to_jalali(c: &mut Criterion, s: &Inputs) {
    let mut g = c.benchmark_group(format!("gregorian_to_jalali/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    let input = &s.gregorian;
    let check = &s.jalali;
    g.bench_function(BenchmarkId::new("neri_schneider_round", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let (y2, m2, d2) = ns_civil_from_days(ns_days_from_civil(y, m, d));
                acc = acc.wrapping_add(y2 as u32 ^ m2 ^ d2);
            }
            acc
        })
    });
    // The same round kept from being vectorized: the compiler runs the loop
    // above four dates at a time with SSE2, which no calendar conversion with
    // a table lookup gets.
    g.bench_function(BenchmarkId::new("neri_schneider_round_scalar", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let (y2, m2, d2) = black_box(ns_civil_from_days(ns_days_from_civil(y, m, d)));
                acc = acc.wrapping_add(y2 as u32 ^ m2 ^ d2);
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("shamsi", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let j = GregorianDate::new(y, m as u8, d as u8).unwrap().to_jalali();
                acc = acc.wrapping_add(
                    j.year() as u32 ^ u32::from(j.month_number()) ^ u32::from(j.day()),
                );
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("shamsi_via_ns_day", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let j = JalaliDate::from_day_number(ns_days_from_civil(y, m, d)).unwrap();
                acc = acc.wrapping_add(
                    j.year() as u32 ^ u32::from(j.month_number()) ^ u32::from(j.day()),
                );
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("icu_calendar", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let p = Date::try_new_iso(y, m as u8, d as u8).unwrap().to_calendar(Persian);
                acc = acc.wrapping_add(
                    p.era_year().year as u32
                        ^ u32::from(p.month().ordinal)
                        ^ u32::from(p.day_of_month().0),
                );
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("jalali_calendar", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let j = jalali_calendar::JalaliDate::from_gregorian(y, m, d).unwrap();
                acc = acc.wrapping_add(j.year() as u32 ^ j.month() ^ j.day());
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("jelal", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let (jy, jm, jd) = jelal_from_days(ns_days_from_civil(y, m, d));
                acc = acc.wrapping_add(jy as u32 ^ u32::from(jm) ^ u32::from(jd));
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("parsidate", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                // It starts at 1 Farvardin 1: earlier days are errors.
                let g = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
                if let Ok(p) = parsidate::ParsiDate::from_gregorian(g) {
                    acc = acc.wrapping_add(p.year() as u32 ^ p.month() ^ p.day());
                }
            }
            acc
        })
    });
    g.finish();
    // The answers agree where the rules do (the official rule everywhere
    // for shamsi; the peers checked on the first sample only).
    for (&(y, m, d), &want) in input.iter().zip(check) {
        let j = GregorianDate::new(y, m as u8, d as u8).unwrap().to_jalali();
        assert_eq!((j.year(), u32::from(j.month_number()), u32::from(j.day())), want);
    }
}

fn to_gregorian(c: &mut Criterion, s: &Inputs) {
    let mut g = c.benchmark_group(format!("jalali_to_gregorian/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    let input = &s.jalali;
    g.bench_function(BenchmarkId::new("neri_schneider_round", ""), |b| {
        let greg = &s.gregorian;
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(greg) {
                let (y2, m2, d2) = ns_civil_from_days(ns_days_from_civil(y, m, d));
                acc = acc.wrapping_add(y2 as u32 ^ m2 ^ d2);
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("neri_schneider_round_scalar", ""), |b| {
        let greg = &s.gregorian;
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(greg) {
                let (y2, m2, d2) = black_box(ns_civil_from_days(ns_days_from_civil(y, m, d)));
                acc = acc.wrapping_add(y2 as u32 ^ m2 ^ d2);
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("shamsi", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let g = JalaliDate::new(y, m as u8, d as u8).unwrap().to_gregorian();
                acc = acc.wrapping_add(g.year() as u32 ^ u32::from(g.month()) ^ u32::from(g.day()));
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("icu_calendar", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let p = Date::try_new_persian(y, m as u8, d as u8).unwrap().to_calendar(Iso);
                acc = acc.wrapping_add(
                    p.era_year().year as u32
                        ^ u32::from(p.month().ordinal)
                        ^ u32::from(p.day_of_month().0),
                );
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("jalali_calendar", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                // Its rule is the 33-year one: a few corrected days do not
                // exist for it, and count as errors here.
                if let Ok(j) = jalali_calendar::JalaliDate::new(y, m, d) {
                    let (gy, gm, gd) = j.to_gregorian();
                    acc = acc.wrapping_add(gy as u32 ^ gm ^ gd);
                }
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("jelal", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                let n = jelal::Date::from((y, m as u8, d as u8)).diff_epoch();
                let (gy, gm, gd) = ns_civil_from_days(n);
                acc = acc.wrapping_add(gy as u32 ^ gm ^ gd);
            }
            acc
        })
    });
    g.bench_function(BenchmarkId::new("parsidate", ""), |b| {
        b.iter(|| {
            let mut acc = 0u32;
            for &(y, m, d) in black_box(input) {
                if let Ok(Ok(g)) = parsidate::ParsiDate::new(y, m, d).map(|p| p.to_gregorian()) {
                    use chrono::Datelike;
                    acc = acc.wrapping_add(g.year() as u32 ^ g.month() ^ g.day());
                }
            }
            acc
        })
    });
    g.finish();
}

fn leap(c: &mut Criterion, s: &Inputs) {
    let mut g = c.benchmark_group(format!("is_leap_year/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    let years = &s.years;
    g.bench_function(BenchmarkId::new("shamsi", ""), |b| {
        b.iter(|| {
            black_box(years).iter().filter(|&&y| Official.is_leap_year(y).unwrap_or(false)).count()
        })
    });
    g.bench_function(BenchmarkId::new("icu_calendar", ""), |b| {
        b.iter(|| {
            black_box(years)
                .iter()
                .filter(|&&y| {
                    Date::try_new_persian(y, 1, 1).map(|d| d.is_in_leap_year()).unwrap_or(false)
                })
                .count()
        })
    });
    g.bench_function(BenchmarkId::new("jalali_calendar", ""), |b| {
        b.iter(|| black_box(years).iter().filter(|&&y| jalali_calendar::is_leap_year(y)).count())
    });
    g.bench_function(BenchmarkId::new("jelal", ""), |b| {
        b.iter(|| black_box(years).iter().filter(|&&y| jelal::Year::new(y).is_leap()).count())
    });
    g.bench_function(BenchmarkId::new("parsidate", ""), |b| {
        b.iter(|| {
            black_box(years)
                .iter()
                .filter(|&&y| parsidate::ParsiDate::is_persian_leap_year(y))
                .count()
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    for s in [inputs("1900-2100", 1900, 2100), inputs("622-3000", 622, 3000)] {
        to_jalali(c, &s);
        to_gregorian(c, &s);
        leap(c, &s);
    }
}

criterion_group! {
    name = group;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}
criterion_main!(group);
