//! Instruction profile of the pattern parser and formatter under callgrind.
use std::hint::black_box;
fn main() {
    let f = shamsi::format::DateFormat::new("%Y/%m/%d").unwrap();
    let d = shamsi::JalaliDate::new(1402, 11, 6).unwrap();
    let mode = std::env::args().nth(1).unwrap_or_default();
    let mut buf = String::new();
    let mut n = 0usize;
    for _ in 0..if mode == "lenient" { 2_000 } else { 100_000 } {
        if mode == "lenient" {
            n += shamsi::parse::parse_lenient(black_box("جمعه ۶ بهمن ماه ١۴٠٢")).is_ok() as usize;
        } else if mode == "parse" {
            n += f.parse(black_box("1402/11/06")).unwrap().day() as usize;
        } else {
            buf.clear();
            f.write(&mut buf, black_box(d)).unwrap();
            n += buf.len();
        }
    }
    println!("{n}");
}
