//! The strict pattern reader against the strptime of jdatetime and
//! persiantools: `tests/data/peer_strptime.jsonl`, made by
//! `tests/peers/generate_strptime.py` (run by hand). For each pattern, the
//! text a library printed and variants of it (letter case, numbers without
//! padding, fields out of range, text left over) went through the library's
//! own strptime; [`DateFormat::parse`], with the same pattern and the pivot
//! of the library's two-digit-year window, must read the same date where the
//! library reads one, and refuse what it refuses.
//!
//! One difference is by design: jdatetime reads month names in any letter
//! case but weekday names only as it writes them; shamsi, like
//! persiantools, reads both in any case.
#![cfg(feature = "std")]

use serde_json::Value;
use shamsi::JalaliDate;
use shamsi::format::DateFormat;

#[test]
fn peer_strptime() {
    let data = include_str!("../data/peer_strptime.jsonl");
    let (mut read, mut refused, mut by_design) = (0, 0, 0);
    let mut failures = Vec::new();
    for line in data.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let field = |name: &str| v[name].as_str().unwrap_or_default();
        let (library, pattern, text, variant) =
            (field("library"), field("pattern"), field("text"), field("variant"));
        let pivot = v["pivot"].as_i64().unwrap() as i32;
        let format = DateFormat::new(pattern).unwrap().with_pivot(pivot);
        let got = format.parse(text);
        match v["jalali"].as_str() {
            Some(want) => {
                let n = |r: std::ops::Range<usize>| want[r].parse::<i32>().unwrap();
                let want = JalaliDate::new(n(0..4), n(5..7) as u8, n(8..10) as u8).unwrap();
                if got == Ok(want) {
                    read += 1;
                } else {
                    failures.push(format!("{library} {pattern:?} {text:?}: {got:?}, want {want}"));
                }
            }
            None if got.is_err() => refused += 1,
            None if library == "jdatetime"
                && variant.ends_with("case")
                && (pattern.contains("%A") || pattern.contains("%a")) =>
            {
                by_design += 1;
            }
            None => {
                failures.push(format!("{library} {pattern:?} {text:?}: {got:?}, refused there"))
            }
        }
    }
    println!("read as the peer reads: {read}; refused as the peer refuses: {refused}");
    println!("weekday names in another letter case, which jdatetime refuses: {by_design}");
    assert!(
        failures.is_empty(),
        "{} differences, e.g.\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
    assert!(read > 5_000 && refused > 400, "{read} {refused}");
}
