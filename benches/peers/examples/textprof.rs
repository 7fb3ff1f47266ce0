//! Instruction counts of writing and reading one date with one pattern, for
//! comparing patterns and digit sets without timing noise:
//! `valgrind --tool=callgrind target/release/examples/textprof MODE PATTERN
//! DIGITS N` with MODE `read`, `write` or `lenient`, DIGITS `latin`,
//! `persian` or `arabic`; run with two values of N and divide the difference
//! by theirs for the count of one call (`icount_text.sh` does it for every
//! pattern of the `text` bench).
use std::fmt::Write;
use std::hint::black_box;

use shamsi::format::{DateFormat, Digits, Locale};
use shamsi::JalaliDate;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize| args.get(i).map_or("", String::as_str);
    let digits = match arg(3) {
        "latin" => Digits::Latin,
        "persian" => Digits::Persian,
        _ => Digits::ArabicIndic,
    };
    let n: usize = arg(4).parse().unwrap_or(10_000);
    let pattern = if arg(2).is_empty() { "%Y/%m/%d" } else { arg(2) };
    let f = DateFormat::new(pattern)
        .unwrap()
        .with_locale(Locale::Persian)
        .with_digits(digits)
        .with_pivot(1400);
    let date = JalaliDate::new(1402, 11, 6).unwrap();
    let text = f.format(date);
    let mut buf = String::with_capacity(64);
    let ok = match arg(1) {
        "read" => read(&f, &text, date, n),
        "lenient" => lenient(n),
        _ => write(&f, &mut buf, date, n),
    };
    // Keeps the loop; the count says every call did its work.
    let _ = writeln!(buf, "{ok}");
    print!("{buf}");
}

// Each mode loops in a function of its own, as a caller's code would hold
// one or the other: the compiler's choices for one do not move the other's
// count.

#[inline(never)]
fn read(f: &DateFormat<'_>, text: &str, date: JalaliDate, n: usize) -> usize {
    let mut ok = 0;
    for _ in 0..n {
        ok += usize::from(f.parse(black_box(text)) == Ok(date));
    }
    ok
}

#[inline(never)]
fn lenient(n: usize) -> usize {
    let mut ok = 0;
    for _ in 0..n {
        ok += usize::from(shamsi::parse::parse_lenient(black_box("جمعه ۶ بهمن ماه ١۴٠٢")).is_ok());
    }
    ok
}

#[inline(never)]
fn write(f: &DateFormat<'_>, buf: &mut String, date: JalaliDate, n: usize) -> usize {
    let mut ok = 0;
    for _ in 0..n {
        buf.clear();
        f.write(buf, black_box(date)).unwrap();
        ok += buf.len();
    }
    ok
}
