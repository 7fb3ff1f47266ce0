//! Date-times, against jiff, chrono and time, in one run, every input
//! through `black_box` on its own:
//!
//! - `instant/unix_to_tehran`: Unix seconds (1,024 instants of 1900–2100,
//!   shuffled) to the wall-clock date-time in Tehran: shamsi's Jalali one
//!   with Iran's whole offset history, jiff's Gregorian one with the IANA
//!   `Asia/Tehran` zone; chrono and time have no time zone database, so
//!   they (and shamsi, for the same work) use the fixed offset +03:30; the
//!   floor is the same arithmetic by hand (Neri–Schneider's day → civil).
//! - `format/%Y/%m/%d %H:%M`: writing a date-time into a reused `String`,
//!   with Persian digits for shamsi and the hand-written floor (the peers
//!   write Latin digits only, given for scale), and with Latin digits.
//!
//! Run: `cd benches/peers && cargo bench --bench datetime`.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use shamsi::format::{DateTimeFormat, Digits, Locale};
use shamsi::zone::TimeZone;
use shamsi::{Offset, Zoned};

/// 1,024 instants from 1900 to 2100, in a fixed shuffled order.
fn sample() -> Vec<i64> {
    let (lo, hi) = (-2_208_988_800i64, 4_102_444_800i64);
    let mut x = 0x2545_f491_4f6c_dd1du64;
    (0..1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            lo + (x % (hi - lo) as u64) as i64
        })
        .collect()
}

/// The floor's day → civil step: Neri–Schneider, as the other benches use.
fn civil(days: i64) -> (i32, u32, u32) {
    shamsi_bench::ns_civil_from_days(days as i32)
}

fn instant(c: &mut Criterion) {
    let sample = sample();
    let n = sample.len() as u64;
    // The floor computes what the others do.
    for &s in &sample {
        let g = Zoned::from_unix_seconds(s, Offset::IRAN_STANDARD).unwrap().to_gregorian();
        let (y, m, d) = civil((s + 12_600).div_euclid(86_400));
        assert_eq!((y, m, d), (g.date().year(), g.date().month().into(), g.date().day().into()));
    }
    let mut g = c.benchmark_group("instant/unix_to_tehran");
    g.throughput(criterion::Throughput::Elements(n));
    let wall = |t: Zoned| {
        let (d, time) = (t.date(), t.time());
        (d.year(), d.month_number(), d.day(), time.hour(), time.minute())
    };
    g.bench_function("shamsi_iran_history", |b| {
        b.iter(|| {
            for &s in &sample {
                let t = Zoned::from_unix_seconds_in_zone(black_box(s), TimeZone::Iran).unwrap();
                black_box(wall(t));
            }
        })
    });
    g.bench_function("shamsi_fixed_offset", |b| {
        b.iter(|| {
            for &s in &sample {
                let t = Zoned::from_unix_seconds(black_box(s), Offset::IRAN_STANDARD).unwrap();
                black_box(wall(t));
            }
        })
    });
    let tehran = jiff::tz::TimeZone::get("Asia/Tehran").unwrap();
    g.bench_function("jiff_asia_tehran", |b| {
        b.iter(|| {
            for &s in &sample {
                let ts = jiff::Timestamp::from_second(black_box(s)).unwrap();
                let dt = tehran.to_datetime(ts);
                black_box((dt.year(), dt.month(), dt.day(), dt.hour(), dt.minute()));
            }
        })
    });
    let fixed = chrono::FixedOffset::east_opt(12_600).unwrap();
    g.bench_function("chrono_fixed_offset", |b| {
        use chrono::{Datelike, Timelike};
        b.iter(|| {
            for &s in &sample {
                let dt = chrono::DateTime::from_timestamp(black_box(s), 0)
                    .unwrap()
                    .with_timezone(&fixed);
                black_box((dt.year(), dt.month(), dt.day(), dt.hour(), dt.minute()));
            }
        })
    });
    let offset = time::UtcOffset::from_whole_seconds(12_600).unwrap();
    g.bench_function("time_fixed_offset", |b| {
        b.iter(|| {
            for &s in &sample {
                let dt = time::OffsetDateTime::from_unix_timestamp(black_box(s))
                    .unwrap()
                    .to_offset(offset);
                black_box((dt.year(), dt.month() as u8, dt.day(), dt.hour(), dt.minute()));
            }
        })
    });
    g.bench_function("floor_by_hand", |b| {
        b.iter(|| {
            for &s in &sample {
                let local = black_box(s) + 12_600;
                let (days, secs) = (local.div_euclid(86_400), local.rem_euclid(86_400));
                let (y, m, d) = civil(days);
                black_box((y, m, d, secs / 3600, secs / 60 % 60));
            }
        })
    });
    g.finish();
}

fn put(out: &mut String, digits: [char; 10], n: u32, width: u32) {
    let mut scale = 10u32.pow(width - 1);
    while scale > 0 {
        out.push(digits[(n / scale % 10) as usize]);
        scale /= 10;
    }
}

/// Writes `%Y/%m/%d %H:%M` by hand, in the digits given (the floor).
fn by_hand(out: &mut String, digits: [char; 10], (y, m, d, h, mi): (u32, u32, u32, u32, u32)) {
    put(out, digits, y, 4);
    out.push('/');
    put(out, digits, m, 2);
    out.push('/');
    put(out, digits, d, 2);
    out.push(' ');
    put(out, digits, h, 2);
    out.push(':');
    put(out, digits, mi, 2);
}

fn format(c: &mut Criterion) {
    let sample: Vec<Zoned> = sample()
        .into_iter()
        .map(|s| Zoned::from_unix_seconds_in_zone(s, TimeZone::Iran).unwrap())
        .collect();
    let n = sample.len() as u64;
    let mut buf = String::with_capacity(64);
    let mut g = c.benchmark_group("format/%Y/%m/%d %H:%M");
    g.throughput(criterion::Throughput::Elements(n));
    let persian = DateTimeFormat::new("%Y/%m/%d %H:%M").unwrap().with_locale(Locale::Persian);
    g.bench_function("shamsi_persian_digits", |b| {
        b.iter(|| {
            for &t in &sample {
                buf.clear();
                persian.write(&mut buf, black_box(t.datetime())).unwrap();
                black_box(buf.len());
            }
        })
    });
    let latin = persian.with_digits(Digits::Latin);
    g.bench_function("shamsi_latin_digits", |b| {
        b.iter(|| {
            for &t in &sample {
                buf.clear();
                latin.write(&mut buf, black_box(t.datetime())).unwrap();
                black_box(buf.len());
            }
        })
    });
    let fields: Vec<(u32, u32, u32, u32, u32)> = sample
        .iter()
        .map(|t| {
            let (d, tm) = (t.date(), t.time());
            (
                d.year() as u32,
                d.month_number().into(),
                d.day().into(),
                tm.hour().into(),
                tm.minute().into(),
            )
        })
        .collect();
    const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
    const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    g.bench_function("floor_persian_digits_by_hand", |b| {
        b.iter(|| {
            for &f in &fields {
                buf.clear();
                by_hand(&mut buf, PERSIAN, black_box(f));
                black_box(buf.len());
            }
        })
    });
    g.bench_function("floor_latin_digits_by_hand", |b| {
        b.iter(|| {
            for &f in &fields {
                buf.clear();
                by_hand(&mut buf, LATIN, black_box(f));
                black_box(buf.len());
            }
        })
    });
    let jiffs: Vec<jiff::civil::DateTime> = sample
        .iter()
        .map(|t| {
            let g = t.to_gregorian();
            jiff::civil::date(g.date().year() as i16, g.date().month() as i8, g.date().day() as i8)
                .at(g.time().hour() as i8, g.time().minute() as i8, 0, 0)
        })
        .collect();
    g.bench_function("jiff_latin_digits", |b| {
        b.iter(|| {
            for &dt in &jiffs {
                buf.clear();
                write!(buf, "{}", black_box(dt).strftime("%Y/%m/%d %H:%M")).unwrap();
                black_box(buf.len());
            }
        })
    });
    let chronos: Vec<chrono::NaiveDateTime> =
        sample.iter().map(|t| t.to_gregorian_naive()).collect();
    g.bench_function("chrono_latin_digits", |b| {
        b.iter(|| {
            for &dt in &chronos {
                buf.clear();
                write!(buf, "{}", black_box(dt).format("%Y/%m/%d %H:%M")).unwrap();
                black_box(buf.len());
            }
        })
    });
    let description =
        time::format_description::parse_borrowed::<2>("[year]/[month]/[day] [hour]:[minute]")
            .unwrap();
    let times: Vec<time::PrimitiveDateTime> = chronos
        .iter()
        .map(|c| {
            use chrono::{Datelike, Timelike};
            let date = time::Date::from_calendar_date(
                c.year(),
                (c.month() as u8).try_into().unwrap(),
                c.day() as u8,
            )
            .unwrap();
            time::PrimitiveDateTime::new(
                date,
                time::Time::from_hms(c.hour() as u8, c.minute() as u8, 0).unwrap(),
            )
        })
        .collect();
    g.bench_function("time_latin_digits", |b| {
        b.iter(|| {
            for &dt in &times {
                buf.clear();
                let s = black_box(dt).format(&description).unwrap();
                buf.push_str(&s);
                black_box(buf.len());
            }
        })
    });
    g.finish();
}

trait Naive {
    fn to_gregorian_naive(&self) -> chrono::NaiveDateTime;
}

impl Naive for Zoned {
    fn to_gregorian_naive(&self) -> chrono::NaiveDateTime {
        let g = self.to_gregorian();
        chrono::NaiveDate::from_ymd_opt(
            g.date().year(),
            g.date().month().into(),
            g.date().day().into(),
        )
        .unwrap()
        .and_hms_opt(g.time().hour().into(), g.time().minute().into(), 0)
        .unwrap()
    }
}

criterion_group! {
    name = group;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = instant, format
}
criterion_main!(group);
