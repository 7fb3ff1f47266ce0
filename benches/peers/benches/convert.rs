//! shamsi against the other Solar Hijri crates, on the same shuffled inputs,
//! in one run: Gregorian → Jalali, Jalali → Gregorian and the leap test, over
//! Gregorian 1900–2100 and 622–3000, and the round trip through each of
//! shamsi's rules. The floor is a Gregorian civil date →
//! day number → civil date round by Neri–Schneider.
//!
//! Run: `cd benches/peers && cargo bench`. Results are times per batch of
//! 4,096 dates; compare ratios within one run, not absolute times.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, Throughput,
};
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

/// Times `f` over every input in the two harness styles, summing what it
/// returns so that nothing is optimized away: `batch`, where the compiler
/// sees the whole slice (and may vectorize), and `each`, where every input
/// passes through `black_box` on its own and every result too, as a caller
/// converting values from a database or a request meets them.
fn each<T: Copy>(
    g: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    input: &[T],
    f: impl Fn(T) -> u32,
) {
    g.bench_function(BenchmarkId::new(id, "batch"), |b| {
        b.iter(|| black_box(input).iter().fold(0u32, |acc, &x| acc.wrapping_add(f(x))))
    });
    g.bench_function(BenchmarkId::new(id, "each"), |b| {
        b.iter(|| input.iter().fold(0u32, |acc, &x| acc.wrapping_add(black_box(f(black_box(x))))))
    });
}

/// The Neri–Schneider round (in the `batch` style the compiler runs it four
/// dates at a time with SSE2, which no calendar conversion with a table
/// lookup gets; `each` keeps it scalar).
fn floors(g: &mut BenchmarkGroup<'_, WallTime>, input: &[(i32, u32, u32)]) {
    let round = |(y, m, d)| {
        let (y2, m2, d2) = ns_civil_from_days(ns_days_from_civil(y, m, d));
        y2 as u32 ^ m2 ^ d2
    };
    each(g, "neri_schneider_round", input, round);
}

fn to_jalali(c: &mut Criterion, s: &Inputs) {
    let mut g = c.benchmark_group(format!("gregorian_to_jalali/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    let input = &s.gregorian;
    floors(&mut g, input);
    each(&mut g, "shamsi", input, |(y, m, d)| {
        let j = GregorianDate::new(y, m as u8, d as u8).unwrap().to_jalali();
        j.year() as u32 ^ u32::from(j.month_number()) ^ u32::from(j.day())
    });
    each(&mut g, "shamsi_via_ns_day", input, |(y, m, d)| {
        let j = JalaliDate::from_day_number(ns_days_from_civil(y, m, d)).unwrap();
        j.year() as u32 ^ u32::from(j.month_number()) ^ u32::from(j.day())
    });
    each(&mut g, "icu_calendar", input, |(y, m, d)| {
        let p = Date::try_new_iso(y, m as u8, d as u8).unwrap().to_calendar(Persian);
        p.era_year().year as u32 ^ u32::from(p.month().ordinal) ^ u32::from(p.day_of_month().0)
    });
    each(&mut g, "jalali_calendar", input, |(y, m, d)| {
        let j = jalali_calendar::JalaliDate::from_gregorian(y, m, d).unwrap();
        j.year() as u32 ^ j.month() ^ j.day()
    });
    each(&mut g, "jelal", input, |(y, m, d)| {
        let (jy, jm, jd) = jelal_from_days(ns_days_from_civil(y, m, d));
        jy as u32 ^ u32::from(jm) ^ u32::from(jd)
    });
    each(&mut g, "parsidate", input, |(y, m, d)| {
        // It starts at 1 Farvardin 1: earlier days are errors.
        let g = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        parsidate::ParsiDate::from_gregorian(g).map_or(0, |p| p.year() as u32 ^ p.month() ^ p.day())
    });
    g.finish();
    // shamsi's answers are the official rule's.
    for (&(y, m, d), &want) in input.iter().zip(&s.jalali) {
        let j = GregorianDate::new(y, m as u8, d as u8).unwrap().to_jalali();
        assert_eq!((j.year(), u32::from(j.month_number()), u32::from(j.day())), want);
    }
}

fn to_gregorian(c: &mut Criterion, s: &Inputs) {
    let mut g = c.benchmark_group(format!("jalali_to_gregorian/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    let input = &s.jalali;
    floors(&mut g, &s.gregorian);
    each(&mut g, "shamsi", input, |(y, m, d)| {
        let g = JalaliDate::new(y, m as u8, d as u8).unwrap().to_gregorian();
        g.year() as u32 ^ u32::from(g.month()) ^ u32::from(g.day())
    });
    each(&mut g, "icu_calendar", input, |(y, m, d)| {
        let p = Date::try_new_persian(y, m as u8, d as u8).unwrap().to_calendar(Iso);
        p.era_year().year as u32 ^ u32::from(p.month().ordinal) ^ u32::from(p.day_of_month().0)
    });
    each(&mut g, "jalali_calendar", input, |(y, m, d)| {
        // Its rule is the 33-year one: a few corrected days do not exist for
        // it, and count as errors here.
        jalali_calendar::JalaliDate::new(y, m, d).map_or(0, |j| {
            let (gy, gm, gd) = j.to_gregorian();
            gy as u32 ^ gm ^ gd
        })
    });
    each(&mut g, "jelal", input, |(y, m, d)| {
        let n = jelal::Date::from((y, m as u8, d as u8)).diff_epoch();
        let (gy, gm, gd) = ns_civil_from_days(n);
        gy as u32 ^ gm ^ gd
    });
    each(&mut g, "parsidate", input, |(y, m, d)| {
        use chrono::Datelike;
        match parsidate::ParsiDate::new(y, m, d).map(|p| p.to_gregorian()) {
            Ok(Ok(g)) => g.year() as u32 ^ g.month() ^ g.day(),
            _ => 0,
        }
    });
    g.finish();
}

fn leap(c: &mut Criterion, s: &Inputs) {
    let mut g = c.benchmark_group(format!("is_leap_year/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    let years = &s.years;
    each(&mut g, "shamsi", years, |y| u32::from(Official.is_leap_year(y).unwrap_or(false)));
    each(&mut g, "icu_calendar", years, |y| {
        u32::from(Date::try_new_persian(y, 1, 1).map(|d| d.is_in_leap_year()).unwrap_or(false))
    });
    each(&mut g, "jalali_calendar", years, |y| u32::from(jalali_calendar::is_leap_year(y)));
    each(&mut g, "jelal", years, |y| u32::from(jelal::Year::new(y).is_leap()));
    each(&mut g, "parsidate", years, |y| u32::from(parsidate::ParsiDate::is_persian_leap_year(y)));
    g.finish();
}

/// shamsi's other rules on the same Gregorian dates: to a date of the rule
/// and back.
fn rules(c: &mut Criterion, s: &Inputs) {
    #[inline(always)]
    fn round<R: Rule>(rule: R, (y, m, d): (i32, u32, u32)) -> u32 {
        let g = GregorianDate::new(y, m as u8, d as u8).unwrap();
        rule.from_gregorian(g).map_or(0, |j| {
            let back = j.to_gregorian();
            back.year() as u32 ^ u32::from(back.month()) ^ u32::from(back.day())
        })
    }
    let mut g = c.benchmark_group(format!("rule_round/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    let input = &s.gregorian;
    each(&mut g, "official", input, |x| round(Official, x));
    each(&mut g, "official_infallible", input, |(y, m, d)| {
        let back = GregorianDate::new(y, m as u8, d as u8).unwrap().to_jalali().to_gregorian();
        back.year() as u32 ^ u32::from(back.month()) ^ u32::from(back.day())
    });
    each(&mut g, "rule33", input, |x| round(shamsi::rule::Rule33, x));
    each(&mut g, "borkowski", input, |x| round(shamsi::rule::Borkowski, x));
    each(&mut g, "birashk", input, |x| round(shamsi::rule::Birashk, x));
    g.finish();
}

/// The column path (`shamsi::columns`) against the Neri–Schneider
/// conversion over the same slices, which the compiler vectorizes: day
/// numbers to year, month and day columns, and back.
fn columns(c: &mut Criterion, s: &Inputs) {
    let days: Vec<i32> = s.gregorian.iter().map(|&(y, m, d)| ns_days_from_civil(y, m, d)).collect();
    let (mut ys, mut ms, mut ds) = (vec![0i32; N], vec![0u8; N], vec![0u8; N]);
    let mut out = vec![0i32; N];
    let mut invalid: Vec<usize> = Vec::new();
    let mut g = c.benchmark_group(format!("columns/{}", s.name));
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("to_ymd/neri_schneider_floor", |b| {
        b.iter(|| {
            for (i, &n) in black_box(&days).iter().enumerate() {
                let (y, m, d) = ns_civil_from_days(n);
                ys[i] = y;
                ms[i] = m as u8;
                ds[i] = d as u8;
            }
            black_box((&ys, &ms, &ds));
        })
    });
    g.bench_function("to_ymd/shamsi", |b| {
        b.iter(|| {
            invalid.clear();
            let bad = shamsi::columns::jalali_from_day_numbers(
                black_box(&days),
                &mut ys,
                &mut ms,
                &mut ds,
                &mut invalid,
            );
            let _ = black_box((bad, &ys, &ms, &ds));
        })
    });
    shamsi::columns::jalali_from_day_numbers(&days, &mut ys, &mut ms, &mut ds, &mut invalid)
        .unwrap();
    g.bench_function("to_days/neri_schneider_floor", |b| {
        b.iter(|| {
            let (ys, ms, ds) = black_box((&ys, &ms, &ds));
            for (i, o) in out.iter_mut().enumerate() {
                *o = ns_days_from_civil(ys[i], u32::from(ms[i]), u32::from(ds[i]));
            }
            black_box(&out);
        })
    });
    g.bench_function("to_days/shamsi", |b| {
        b.iter(|| {
            invalid.clear();
            let bad = shamsi::columns::day_numbers_from_jalali(
                black_box(&ys),
                &ms,
                &ds,
                &mut out,
                &mut invalid,
            );
            let _ = black_box((bad, &out));
        })
    });
    g.finish();
    shamsi::columns::day_numbers_from_jalali(&ys, &ms, &ds, &mut out, &mut invalid).unwrap();
    assert_eq!(out, days);
}

fn benches(c: &mut Criterion) {
    for s in [inputs("1900-2100", 1900, 2100), inputs("622-3000", 622, 3000)] {
        columns(c, &s);
        to_jalali(c, &s);
        to_gregorian(c, &s);
        leap(c, &s);
        rules(c, &s);
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
