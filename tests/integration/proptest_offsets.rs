//! The guarantee of `ParseError::offset`: for every reader of the crate, on
//! any text, an error's offset is inside the text and on a character
//! boundary (so `&text[err.offset()..]` never panics), and every reader
//! follows one length policy: a text over `MAX_INPUT_LEN` bytes is
//! `TooLong`, at a boundary, whichever reader is asked.

use proptest::prelude::*;
use shamsi::format::{DateFormat, DateTimeFormat, Digits, Locale, ZonedFormat};
use shamsi::hijri::{AnyCalendar, HijriDate, Tabular};
use shamsi::parse::{Expect, Lenient};
use shamsi::{
    GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime, MAX_INPUT_LEN, Offset,
    ParseError, ParseErrorKind, Period, Time, Zoned,
};

/// Pieces of what the readers read, so that the text gets deep into them
/// before it fails: digits of three sets, names, separators, times,
/// offsets, annotations, invisible and multi-byte characters.
const PIECES: [&str; 48] = [
    "1402",
    "۱۴۰۲",
    "١٤٠٢",
    "11",
    "۱۱",
    "06",
    "۰۶",
    "2024",
    "26",
    "6",
    "-",
    "/",
    ".",
    ":",
    " ",
    "،",
    "T",
    "Z",
    "z",
    "+03:30",
    "-0330",
    "[Asia/Tehran]",
    "[u-ca=persian]",
    "[!x=y]",
    "بهمن",
    "فروردین",
    "جمعه",
    "January",
    "Jan",
    "ژانویه",
    "دلو",
    "ساعت",
    "۱۴:۳۰",
    "14:30:00.5",
    "ب.ظ.",
    "شب",
    "PM",
    "ه.ش.",
    "AP",
    "\u{200c}",
    "\u{200f}",
    "ي",
    "ك",
    "(",
    "»",
    "P1Y2M",
    "é",
    "😀",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES.to_vec()).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ];
    let body = proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat());
    // Sometimes padded to around the limit with letters of one, two, three
    // and four bytes, so that the limit falls inside a character.
    let pad = prop_oneof![
        3 => Just(String::new()),
        1 => (proptest::sample::select(vec!["a", "ب", "ئ", "€", "😀", " "]), 120..260usize)
            .prop_map(|(c, n)| c.repeat(n)),
    ];
    (pad, body, any::<bool>()).prop_map(
        |(pad, body, first)| {
            if first { pad + &body } else { body + &pad }
        },
    )
}

/// Every reader's answer on `text`: the errors.
fn errors(text: &str) -> Vec<(&'static str, ParseError)> {
    let mut out = Vec::new();
    let mut push = |name, r: Result<(), ParseError>| {
        if let Err(e) = r {
            out.push((name, e));
        }
    };
    push("JalaliDate", text.parse::<JalaliDate>().map(drop));
    push("GregorianDate", text.parse::<GregorianDate>().map(drop));
    push("JalaliDateTime", text.parse::<JalaliDateTime>().map(drop));
    push("GregorianDateTime", text.parse::<GregorianDateTime>().map(drop));
    push("Zoned", text.parse::<Zoned>().map(drop));
    push("Time", text.parse::<Time>().map(drop));
    push("Offset", text.parse::<Offset>().map(drop));
    push("Period", text.parse::<Period>().map(drop));
    push("HijriDate", text.parse::<HijriDate>().map(drop));
    push("rfc3339", Zoned::parse_rfc3339(text).map(drop));
    push("rfc9557", Zoned::parse_rfc9557(text).map(drop));
    for expect in [Expect::Auto, Expect::Jalali, Expect::Gregorian] {
        let lenient = Lenient::new().expecting(expect);
        push("Lenient::parse", lenient.parse(text).map(drop));
        push("Lenient::parse pivot", lenient.with_pivot(1403).parse(text).map(drop));
        push("Lenient::parse_datetime", lenient.parse_datetime(text).map(drop));
    }
    let hijri = Lenient::new().with_hijri(AnyCalendar::Tabular(Tabular::CIVIL));
    push("Lenient::with_hijri", hijri.parse(text).map(drop));
    for pattern in ["%Y/%m/%d", "%d/%m/%Y", "%-d %B %Y", "%A %-d %B %Y", "%y%m%d", "%j/%Y"] {
        for (locale, digits) in
            [(Locale::Persian, Digits::Persian), (Locale::English, Digits::Latin)]
        {
            let f = DateFormat::new(pattern).unwrap().with_locale(locale).with_digits(digits);
            push("DateFormat::parse", f.parse(text).map(drop));
            push("DateFormat::parse_gregorian", f.parse_gregorian(text).map(drop));
        }
    }
    for pattern in ["%Y/%m/%d %H:%M", "%-d %B %Y، %l %q", "%F %T%.f"] {
        let f = DateTimeFormat::new(pattern).unwrap().with_locale(Locale::Persian);
        push("DateTimeFormat::parse", f.parse(text).map(drop));
        push("DateTimeFormat::parse_gregorian", f.parse_gregorian(text).map(drop));
    }
    for pattern in ["%F %T%:z", "%Y/%m/%d %I:%M %p %z", "%s"] {
        let f = ZonedFormat::new(pattern).unwrap().with_locale(Locale::Persian);
        push("ZonedFormat::parse", f.parse(text).map(drop));
        push("ZonedFormat::parse_gregorian", f.parse_gregorian(text).map(drop));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn every_error_offset_is_a_boundary_inside_the_text(text in text()) {
        for (reader, e) in errors(&text) {
            prop_assert!(e.offset() <= text.len(), "{reader}: {e} in {text:?}");
            prop_assert!(text.is_char_boundary(e.offset()), "{reader}: {e} in {text:?}");
            // Showing the error in context, as a program would.
            let _ = &text[e.offset()..];
            if text.len() > MAX_INPUT_LEN {
                prop_assert_eq!(e.kind(), ParseErrorKind::TooLong, "{}: {:?}", reader, text);
                prop_assert!(e.offset() > MAX_INPUT_LEN - 4);
            }
        }
    }
}

/// Over the limit, every reader refuses, even a text that is a date padded
/// with spaces; at the limit, the same text is read.
#[test]
fn one_length_policy_for_every_reader() {
    let date = "1402-11-06";
    let at_limit = format!("{date}{}", " ".repeat(MAX_INPUT_LEN - date.len()));
    assert!(Lenient::new().parse(&at_limit).is_ok());
    assert!(Lenient::new().parse_datetime(&format!("{at_limit:.500} ۱۴:۳۰")).is_ok());
    let over = format!("{at_limit} ");
    let found = errors(&over);
    assert!(found.len() > 40, "every reader answers");
    for (reader, e) in found {
        assert_eq!(
            (reader, e.kind(), e.offset()),
            (reader, ParseErrorKind::TooLong, MAX_INPUT_LEN)
        );
    }
}
