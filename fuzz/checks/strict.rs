//! The strict pattern reader on any pattern and any text: no panic, errors
//! inside the input, a date it reads is written and read back unchanged, and
//! (when fuzzing, whose build has the hook) the shapes of a pattern's program
//! read and write exactly what its steps do.

use shamsi::format::{DateFormat, Locale};

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    let Some((&split, rest)) = data.split_first() else {
        return;
    };
    let cut = usize::from(split).min(rest.len());
    let (Ok(pattern), Ok(text)) =
        (std::str::from_utf8(&rest[..cut]), std::str::from_utf8(&rest[cut..]))
    else {
        return;
    };
    let Ok(format) = DateFormat::new(pattern) else {
        return;
    };
    for locale in Locale::ALL {
        for f in [format.with_locale(locale), format.with_locale(locale).with_pivot(1419)] {
            let general = steps_only(f);
            assert_eq!(f.parse(text), general.parse(text), "{pattern:?} {text:?}");
            assert_eq!(
                f.parse_gregorian(text),
                general.parse_gregorian(text),
                "{pattern:?} {text:?}"
            );
            match f.parse(text) {
                Ok(d) => {
                    let written = f.format(d);
                    assert_eq!(written, general.format(d), "{pattern:?}");
                    assert_eq!(f.parse(&written), Ok(d), "{pattern:?} {text:?} {written:?}");
                }
                Err(e) => {
                    assert!(e.offset() <= text.len(), "{e}");
                    assert!(text.is_char_boundary(e.offset()), "{e}");
                }
            }
            if let Ok(g) = f.parse_gregorian(text) {
                let written = f.format(g);
                assert_eq!(f.parse_gregorian(&written), Ok(g), "{pattern:?} {text:?} {written:?}");
            }
        }
    }
}

/// The format without the shapes of its program, where the build has the
/// hook (`cargo fuzz` builds with `--cfg fuzzing`); else the format itself,
/// as in the replay of findings among the tests.
fn steps_only(f: DateFormat<'_>) -> DateFormat<'_> {
    #[cfg(fuzzing)]
    return f.without_shapes();
    #[cfg(not(fuzzing))]
    f
}
