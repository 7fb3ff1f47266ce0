//! The lenient parser on any text: no panic, errors inside the input, a
//! date it reads is written and read back unchanged, in every locale, and
//! (when fuzzing, whose build has the hooks) its numeric shortcut reads what
//! its grammar reads, and its indexed word lookups find what trying every
//! spelling finds.

use shamsi::format::{DateFormat, Locale};
use shamsi::parse::{Expect, Lenient, Parsed};

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    #[cfg(fuzzing)]
    assert_eq!(shamsi::parse::index_disagreement(text), None, "{text:?}");
    let long = DateFormat::new("%A %-d %B %Y").unwrap();
    for expect in [Expect::Auto, Expect::Jalali, Expect::Gregorian] {
        for lenient in [Lenient::new(), Lenient::new().with_pivot(1403)] {
            #[cfg(fuzzing)]
            {
                let l = lenient.expecting(expect);
                let by_grammar = l.parse_by_grammar_in(shamsi::rule::Official, text);
                assert_eq!(l.parse(text), by_grammar, "{text:?}");
            }
            match lenient.expecting(expect).parse(text) {
                Ok(Parsed::Jalali(d)) => {
                    for locale in Locale::ALL {
                        let f = long.with_locale(locale);
                        let written = f.format(d);
                        assert_eq!(f.parse(&written), Ok(d), "{written:?}");
                        let again = Lenient::new().expecting(Expect::Jalali).parse(&written);
                        assert_eq!(again, Ok(Parsed::Jalali(d)), "{written:?}");
                    }
                }
                Ok(Parsed::Gregorian(g)) => {
                    for locale in Locale::ALL {
                        let f = long.with_locale(locale);
                        let written = f.format(g);
                        assert_eq!(f.parse_gregorian(&written), Ok(g), "{written:?}");
                        let again = Lenient::new().expecting(Expect::Gregorian).parse(&written);
                        assert_eq!(again, Ok(Parsed::Gregorian(g)), "{written:?}");
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    assert!(e.offset() <= text.len(), "{e}");
                    assert!(text.is_char_boundary(e.offset()), "{e}");
                    if text.len() > shamsi::MAX_INPUT_LEN {
                        assert_eq!(e.kind(), shamsi::ParseErrorKind::TooLong, "{e}");
                    }
                    let _ = e.to_string();
                }
            }
        }
    }
}
