//! The date-time readers on any text: the lenient `parse_datetime`, the
//! strict ISO readers of every time type, RFC 3339 and RFC 9557, and the
//! pattern readers with time and offset directives. No panic, errors
//! inside the input and on character boundaries, one length limit for
//! every reader, and whatever is read is written and read back unchanged.

use shamsi::format::{DateTimeFormat, Locale, ZonedFormat};
use shamsi::parse::{Expect, Lenient, Parsed};
use shamsi::{GregorianDateTime, JalaliDateTime, Offset, Time, Zoned};

/// An error is inside the text, on a character boundary, and for a text
/// over the limit it is that limit, whatever the reader.
fn in_bounds(text: &str, e: &shamsi::ParseError) {
    assert!(e.offset() <= text.len(), "{e}");
    assert!(text.is_char_boundary(e.offset()), "{e}");
    if text.len() > shamsi::MAX_INPUT_LEN {
        assert_eq!(e.kind(), shamsi::ParseErrorKind::TooLong, "{e}");
    }
    let _ = e.to_string();
}

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let full = DateTimeFormat::new("%Y/%m/%d %H:%M:%S%.f").unwrap();
    // The date reader alone follows the same length policy.
    if let Err(e) = Lenient::new().parse(text) {
        in_bounds(text, &e);
    }
    match Lenient::new().parse_datetime(text) {
        Ok(p) => {
            if let (Parsed::Jalali(d), Some(t)) = (p.date, p.time) {
                for locale in Locale::ALL {
                    let f = full.with_locale(locale);
                    let written = f.format(d.at(t));
                    assert_eq!(f.parse(&written), Ok(d.at(t)), "{written:?}");
                    let again =
                        Lenient::new().expecting(Expect::Jalali).parse_datetime(&written).unwrap();
                    assert_eq!(
                        (again.date, again.time),
                        (Parsed::Jalali(d), Some(t)),
                        "{written:?}"
                    );
                }
            }
        }
        Err(e) => in_bounds(text, &e),
    }
    match text.parse::<JalaliDateTime>() {
        Ok(dt) => assert_eq!(JalaliDateTime::parse_jalali(&dt.to_string()), Ok(dt)),
        Err(e) => in_bounds(text, &e),
    }
    match text.parse::<GregorianDateTime>() {
        Ok(dt) => assert_eq!(dt.to_string().parse::<GregorianDateTime>(), Ok(dt)),
        Err(e) => in_bounds(text, &e),
    }
    match text.parse::<Zoned>() {
        Ok(t) => {
            let back: Zoned = t.to_string().parse().unwrap();
            assert_eq!((back.datetime(), back.offset()), (t.datetime(), t.offset()));
            if t.to_gregorian().date().year() >= 0 {
                let rfc = t.rfc3339().to_string();
                assert_eq!(Zoned::parse_rfc3339(&rfc), Ok(t));
            }
        }
        Err(e) => in_bounds(text, &e),
    }
    match Zoned::parse_rfc3339(text) {
        Ok(t) => assert_eq!(t.unix_seconds(), t.to_offset(Offset::UTC).unwrap().unix_seconds()),
        Err(e) => in_bounds(text, &e),
    }
    if let Err(e) = Zoned::parse_rfc9557(text) {
        in_bounds(text, &e);
    }
    match text.parse::<Time>() {
        Ok(t) => assert_eq!(t.to_string().parse::<Time>(), Ok(t)),
        Err(e) => in_bounds(text, &e),
    }
    match text.parse::<Offset>() {
        Ok(o) => assert_eq!(o.to_string().parse::<Offset>(), Ok(o)),
        Err(e) => in_bounds(text, &e),
    }
    // The pattern readers, with 12-hour clocks, periods and offsets.
    for pattern in ["%Y/%m/%d %I:%M %p", "%-d %B %Y، %l %q", "%F %T%.f %:z", "%s"] {
        let f = ZonedFormat::new(pattern).unwrap().with_locale(Locale::Persian);
        match f.parse(text) {
            Ok(t) => {
                let back = f.parse(&f.format(t));
                assert_eq!(back.map(|b| b.unix_seconds()), Ok(t.unix_seconds()), "{pattern}");
            }
            Err(e) => in_bounds(text, &e),
        }
    }
}
