//! Formatting and parsing, against the peers that have them, in one run:
//! writing `1402/11/06` into a reused buffer, the strict parse of it, and the
//! lenient parse of `جمعه ۶ بهمن ماه ١۴٠٢` (no peer reads that; its time is
//! given for scale, and it allocates nothing).
//!
//! The lenient reader on the forms a converter meets (an ISO line, a
//! slashed line, dates as people write them) and extraction from prose
//! (the reference data's news sentences, repeated), beside them.
//!
//! Run: `cd benches/peers && cargo bench --bench text`.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use shamsi::format::DateFormat;
use shamsi::parse::{parse_lenient, Parsed};
use shamsi::JalaliDate;

fn format(c: &mut Criterion) {
    let mut g = c.benchmark_group("format/1402-11-06");
    let date = JalaliDate::new(1402, 11, 6).unwrap();
    let f = DateFormat::new("%Y/%m/%d").unwrap();
    let mut buf = String::with_capacity(32);
    g.bench_function("shamsi", |b| {
        b.iter(|| {
            buf.clear();
            f.write(&mut buf, black_box(date)).unwrap();
            assert_eq!(buf.len(), 10);
        })
    });
    let jc = jalali_calendar::JalaliDate::new(1402, 11, 6).unwrap();
    g.bench_function("jalali_calendar", |b| {
        b.iter(|| {
            buf.clear();
            write!(buf, "{}", black_box(&jc)).unwrap();
            assert_eq!(buf.len(), 10);
        })
    });
    let pd = parsidate::ParsiDate::new(1402, 11, 6).unwrap();
    g.bench_function("parsidate", |b| {
        b.iter(|| {
            let s = black_box(&pd).format("%Y/%m/%d");
            assert_eq!(s.len(), 10);
        })
    });
    g.finish();
}

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse/1402-11-06");
    let f = DateFormat::new("%Y/%m/%d").unwrap();
    let want = JalaliDate::new(1402, 11, 6).unwrap();
    g.bench_function("shamsi", |b| {
        b.iter(|| assert_eq!(f.parse(black_box("1402/11/06")).unwrap(), want))
    });
    g.bench_function("jalali_calendar", |b| {
        b.iter(|| {
            let d: jalali_calendar::JalaliDate = black_box("1402/11/06").parse().unwrap();
            assert_eq!(d.day(), 6);
        })
    });
    g.bench_function("parsidate", |b| {
        b.iter(|| {
            let d = parsidate::ParsiDate::parse(black_box("1402/11/06"), "%Y/%m/%d").unwrap();
            assert_eq!(d.day(), 6);
        })
    });
    g.bench_function("shamsi_lenient_persian_prose", |b| {
        b.iter(|| {
            assert_eq!(
                parse_lenient(black_box("جمعه ۶ بهمن ماه ١۴٠٢")).unwrap(),
                Parsed::Jalali(want)
            )
        })
    });
    g.finish();
}

/// The patterns a user meets, in each digit set: the general path against
/// the commonest one (`%Y/%m/%d` in Latin digits), formatting and parsing.
const PATTERNS: [&str; 7] =
    ["%Y/%m/%d", "%d/%m/%Y", "%F", "%Y%m%d", "%-d/%-m/%Y", "%y/%m/%d", "%Y/%m/%d %A"];

fn patterns(c: &mut Criterion) {
    use shamsi::format::{Digits, Locale};
    let date = JalaliDate::new(1402, 11, 6).unwrap();
    let mut buf = String::with_capacity(64);
    let digit_sets =
        [("latin", Digits::Latin), ("persian", Digits::Persian), ("arabic", Digits::ArabicIndic)];
    let format_of = |pattern, digits| {
        DateFormat::new(pattern)
            .unwrap()
            .with_locale(Locale::Persian)
            .with_digits(digits)
            .with_pivot(1400)
    };
    let mut g = c.benchmark_group("format_patterns");
    for pattern in PATTERNS {
        for (name, digits) in digit_sets {
            let f = format_of(pattern, digits);
            g.bench_function(format!("{pattern}/{name}"), |b| {
                b.iter(|| {
                    buf.clear();
                    f.write(&mut buf, black_box(date)).unwrap();
                })
            });
        }
    }
    g.finish();
    let mut g = c.benchmark_group("parse_patterns");
    for pattern in PATTERNS {
        for (name, digits) in digit_sets {
            let f = format_of(pattern, digits);
            let text = f.format(date);
            g.bench_function(format!("{pattern}/{name}"), |b| {
                b.iter(|| assert_eq!(f.parse(black_box(&text)), Ok(date)))
            });
        }
    }
    g.finish();
}

/// Patterns other than `%Y/%m/%d` beside the one peer that takes a pattern
/// (parsidate: Latin digits, no `%y` or `%-d`; its `format` returns a new
/// `String`), writing and reading the same text.
fn peer_patterns(c: &mut Criterion) {
    use shamsi::format::Locale;
    let date = JalaliDate::new(1402, 11, 6).unwrap();
    let pd = parsidate::ParsiDate::new(1402, 11, 6).unwrap();
    let mut buf = String::with_capacity(64);
    let mut g = c.benchmark_group("peer_patterns");
    for pattern in ["%d/%m/%Y", "%Y%m%d", "%Y/%m/%d %A"] {
        let f = DateFormat::new(pattern)
            .unwrap()
            .with_locale(Locale::Persian)
            .with_digits(shamsi::format::Digits::Latin);
        let text = f.format(date);
        assert_eq!(pd.format(pattern), text, "{pattern}");
        g.bench_function(format!("format {pattern}/shamsi"), |b| {
            b.iter(|| {
                buf.clear();
                f.write(&mut buf, black_box(date)).unwrap();
            })
        });
        g.bench_function(format!("format {pattern}/parsidate"), |b| {
            b.iter(|| black_box(&pd).format(black_box(pattern)))
        });
        g.bench_function(format!("parse {pattern}/shamsi"), |b| {
            b.iter(|| assert_eq!(f.parse(black_box(&text)), Ok(date)))
        });
        // It refuses to read `%A`.
        if parsidate::ParsiDate::parse(&text, pattern).is_err() {
            continue;
        }
        g.bench_function(format!("parse {pattern}/parsidate"), |b| {
            b.iter(|| {
                let d = parsidate::ParsiDate::parse(black_box(&text), black_box(pattern)).unwrap();
                assert_eq!(d.day(), 6);
            })
        });
    }
    g.finish();
}

/// The lenient reader, one input at a time through `black_box`: the
/// numeric lines take its shortcut, the rest its grammar.
fn lenient(c: &mut Criterion) {
    let mut g = c.benchmark_group("lenient");
    let inputs = [
        ("iso", "1402-11-06"),
        ("slashed_persian_digits", "۱۴۰۲/۱۱/۰۶"),
        ("day_month_year", "۶ بهمن ۱۴۰۲"),
        ("weekday_and_mah", "جمعه ۶ بهمن ماه ١۴٠٢"),
        ("english", "6 Bahman 1402"),
        ("ordinal_word", "ششم بهمن ۱۴۰۲"),
    ];
    for (name, text) in inputs {
        let want = parse_lenient(text).unwrap();
        g.bench_function(name, |b| b.iter(|| assert_eq!(parse_lenient(black_box(text)), Ok(want))));
    }
    g.finish();
}

/// Extraction from Persian prose: the sentences of the reference data
/// (`tests/data/extract_examples.jsonl`), joined and repeated to about
/// 400 KB, in bytes per second.
fn extract(c: &mut Criterion) {
    let data = include_str!("../../../tests/data/extract_examples.jsonl");
    let mut one = String::new();
    for line in data.lines() {
        // The `"text"` of each line (no escaped quote in these sentences).
        if let Some(rest) = line.split("\"text\": \"").nth(1) {
            one.push_str(rest.split('"').next().unwrap_or(""));
            one.push('\n');
        }
    }
    let text = one.repeat(400_000 / one.len().max(1) + 1);
    let mentions = shamsi::parse::mentions(&text).count();
    let mut g = c.benchmark_group("extract");
    g.throughput(criterion::Throughput::Bytes(text.len() as u64));
    g.bench_function("persian_news_400k", |b| {
        b.iter(|| assert_eq!(shamsi::parse::mentions(black_box(&text)).count(), mentions))
    });
    g.finish();
}

criterion_group! {
    name = group;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = format, parse, patterns, peer_patterns, lenient, extract
}
criterion_main!(group);
