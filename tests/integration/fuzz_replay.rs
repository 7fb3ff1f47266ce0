//! Every fuzz target's checks, run on the inputs kept in the repository:
//! `fuzz/regressions/<target>/` (what fuzzing found, so that it never comes
//! back) and `fuzz/seeds/<target>/` (a small seed corpus, written by
//! `tools/gen_fuzz_seeds.py`). The checks are the targets' own code
//! (`fuzz/checks/`), so no fuzzing toolchain is needed.
#![cfg(feature = "std")]

use std::path::Path;

#[path = "../../fuzz/checks/arith.rs"]
mod arith;
#[path = "../../fuzz/checks/datetime.rs"]
mod datetime;
#[path = "../../fuzz/checks/extract.rs"]
mod extract;
#[path = "../../fuzz/checks/format_roundtrip.rs"]
mod format_roundtrip;
#[path = "../../fuzz/checks/hijri.rs"]
mod hijri;
#[path = "../../fuzz/checks/lenient.rs"]
mod lenient;
#[path = "../../fuzz/checks/rrule.rs"]
mod rrule;
#[path = "../../fuzz/checks/strict.rs"]
mod strict;

/// A target's checks on one input.
type Check = fn(&[u8]);

/// Each target by the name `cargo fuzz run` knows it.
const TARGETS: [(&str, Check); 8] = [
    ("arith", arith::run),
    ("datetime", datetime::run),
    ("extract", extract::run),
    ("format_roundtrip", format_roundtrip::run),
    ("hijri", hijri::run),
    ("lenient", lenient::run),
    ("rrule", rrule::run),
    ("strict", strict::run),
];

/// The files of `fuzz/<kind>/<target>/`, sorted; none when the folder is
/// absent.
fn stored(kind: &str, target: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("fuzz").join(kind).join(target);
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries.map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

#[test]
fn every_target_passes_on_every_stored_input() {
    let mut failed = Vec::new();
    let mut seeds = 0;
    for (name, run) in TARGETS {
        for kind in ["regressions", "seeds"] {
            for file in stored(kind, name) {
                let data = std::fs::read(&file).unwrap();
                seeds += usize::from(kind == "seeds");
                if std::panic::catch_unwind(|| run(&data)).is_err() {
                    failed.push(format!("{name}: {}", file.display()));
                }
            }
        }
        // Every target has a seed corpus to start from.
        assert!(!stored("seeds", name).is_empty(), "no seeds for {name}");
    }
    assert!(seeds > 0);
    assert!(failed.is_empty(), "fuzz checks failed on stored inputs:\n{}", failed.join("\n"));
}

/// The finding of issue 29: a text over the length limit with a time, whose
/// byte 512 is inside a Persian letter. Its error must be on a boundary, and
/// the date reader must give the same answer as the date-time reader.
#[test]
fn the_stored_finding_still_fails_the_old_way() {
    let files = stored("regressions", "datetime");
    assert!(!files.is_empty());
    let data = std::fs::read(&files[0]).unwrap();
    let text = std::str::from_utf8(&data).unwrap();
    assert!(text.len() > shamsi::MAX_INPUT_LEN && !text.is_char_boundary(shamsi::MAX_INPUT_LEN));
    let lenient = shamsi::parse::Lenient::new();
    let a = lenient.parse_datetime(text).unwrap_err();
    let b = lenient.parse(text).unwrap_err();
    assert_eq!(a, b);
    assert!(text.is_char_boundary(a.offset()));
    assert_eq!(a.kind(), shamsi::ParseErrorKind::TooLong);
}
