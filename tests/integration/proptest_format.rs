//! Round trips through the formatter: `parse(format(d)) == d` for every
//! directive, locale and digit set, on dates drawn from the whole range
//! (day numbers mapped to dates), with the strict pattern reader; and for
//! the usual written forms, with the lenient reader.

use proptest::prelude::*;
use shamsi::format::{DateFormat, Digits, Locale};
use shamsi::parse::{Expect, Lenient, Parsed};
use shamsi::{GregorianDate, JalaliDate, ParseErrorKind};

/// Every directive, with the `-` flag where it applies.
const DIRECTIVES: [&str; 23] = [
    "%Y", "%-Y", "%y", "%-y", "%m", "%-m", "%d", "%-d", "%e", "%B", "%b", "%A", "%a", "%j", "%-j",
    "%u", "%w", "%U", "%-U", "%F", "%%", "%o", "%E",
];

/// Text between directives: never a digit or a letter, so that no two
/// fields run together.
const SEPARATORS: [&str; 7] = [" ", "/", "-", ", ", "، ", " | ", "."];

const DIGITS: [Digits; 3] = [Digits::Latin, Digits::Persian, Digits::ArabicIndic];

fn jalali() -> impl Strategy<Value = JalaliDate> {
    (JalaliDate::MIN.to_day_number()..=JalaliDate::MAX.to_day_number())
        .prop_map(|n| JalaliDate::from_day_number(n).unwrap())
}

fn gregorian() -> impl Strategy<Value = GregorianDate> {
    (GregorianDate::MIN.to_day_number()..=GregorianDate::MAX.to_day_number())
        .prop_map(|n| GregorianDate::from_day_number(n).unwrap())
}

fn locale() -> impl Strategy<Value = Locale> {
    proptest::sample::select(Locale::ALL.to_vec())
}

fn digits() -> impl Strategy<Value = Digits> {
    proptest::sample::select(DIGITS.to_vec())
}

/// A pattern of one to six directives with separators between them.
fn pattern() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            proptest::sample::select(DIRECTIVES.to_vec()),
            proptest::sample::select(SEPARATORS.to_vec()),
        ),
        1..=6,
    )
    .prop_map(|items| {
        let mut p = String::new();
        for (i, (directive, sep)) in items.into_iter().enumerate() {
            if i > 0 {
                p.push_str(sep);
            }
            p.push_str(directive);
        }
        p
    })
}

/// Whether the pattern gives a year, and a month and day or a day of year.
fn carries_date(p: &str) -> bool {
    let has = |d: &str| p.contains(d);
    let year = has("%Y") || has("%-Y") || has("%y") || has("%-y") || has("%F");
    let month = has("%m") || has("%-m") || has("%B") || has("%b") || has("%F");
    let day = has("%d") || has("%-d") || has("%e") || has("%o") || has("%F");
    let ordinal = has("%j") || has("%-j");
    year && ((month && day) || ordinal)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Each directive after a full date, in every locale and digit set.
    #[test]
    fn every_directive(d in jalali(), locale in locale(), digits in digits()) {
        for directive in DIRECTIVES {
            let p = format!("%Y/%m/%d {directive}");
            let f = DateFormat::new(&p).unwrap().with_locale(locale).with_digits(digits);
            let text = f.display(d).to_string();
            prop_assert_eq!(f.parse(&text), Ok(d), "{} {:?} {:?}", p, locale, text);
        }
    }

    /// Random patterns: a pattern that carries the date reads it back; one
    /// that does not says what is missing.
    #[test]
    fn random_patterns(d in jalali(), p in pattern(), locale in locale(), digits in digits()) {
        let f = DateFormat::new(&p).unwrap().with_locale(locale).with_digits(digits).with_pivot(d.year());
        let text = f.display(d).to_string();
        let parsed = f.parse(&text);
        if carries_date(&p) {
            prop_assert_eq!(parsed, Ok(d), "{:?} {:?} {:?}", p, locale, text);
        } else {
            let kind = parsed.map_err(|e| e.kind());
            prop_assert!(matches!(kind, Err(ParseErrorKind::MissingField(_))), "{:?} {:?}", p, kind);
        }
    }

    /// The same for Gregorian dates.
    #[test]
    fn random_patterns_gregorian(d in gregorian(), p in pattern(), locale in locale(), digits in digits()) {
        let f = DateFormat::new(&p).unwrap().with_locale(locale).with_digits(digits).with_pivot(d.year());
        let text = f.display(d).to_string();
        if carries_date(&p) {
            prop_assert_eq!(f.parse_gregorian(&text), Ok(d), "{:?} {:?} {:?}", p, locale, text);
        }
    }

    /// The usual written forms, in every locale and digit set, read back by
    /// the lenient reader.
    #[test]
    fn lenient_reads_what_is_written(
        n in 1000i32..=3000,
        day_of_year in 1u16..=366,
        locale in locale(),
        digits in digits(),
    ) {
        // Day 366 (30 Esfand) exists in leap years only.
        let Ok(d) = JalaliDate::from_ordinal(n, day_of_year) else {
            return Ok(());
        };
        for p in [
            "%-d %B %Y", "%d %B %Y", "%A %-d %B %Y", "%A، %-d %B %Y", "%A, %B %-d, %Y",
            "%-d %B %Y %E", "%o %B %Y", "%A %o %B %Y", "%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%d",
            "%d.%m.%Y", "%B %-d, %Y", "%Y %B %-d, %A", "%F",
        ] {
            let f = DateFormat::new(p).unwrap().with_locale(locale).with_digits(digits);
            let text = f.display(d).to_string();
            // Day first in Latin digits is ambiguous when the day is 12 or
            // less and not the month (issue 11): the caller gives the order.
            let day_first = p.starts_with("%d");
            let ambiguous = day_first && digits == Digits::Latin && d.day() <= 12 && d.day() != d.month_number();
            let lenient = if ambiguous {
                // Refused as ambiguous, or (`%d.%m.%Y`) read day first.
                match Lenient::new().expecting(Expect::Jalali).parse(&text) {
                    Err(e) => prop_assert!(matches!(e.kind(), ParseErrorKind::AmbiguousDayMonth { .. }), "{}", text),
                    Ok(got) => prop_assert_eq!(got, Parsed::Jalali(d), "{}", text),
                }
                Lenient::new().with_order(shamsi::parse::FieldOrder::DayMonthYear)
            } else {
                Lenient::new()
            };
            let got = lenient.expecting(Expect::Jalali).parse(&text);
            prop_assert_eq!(got, Ok(Parsed::Jalali(d)), "{} {:?} {:?}", p, locale, text);
            // Numbers alone are Gregorian from 1700 on.
            if n < Lenient::GREGORIAN_FROM || p.contains("%B") {
                let auto = lenient.parse(&text);
                prop_assert_eq!(auto, Ok(Parsed::Jalali(d)), "auto {} {:?} {:?}", p, locale, text);
            }
        }
    }

    /// Gregorian dates written with month names, read back leniently.
    #[test]
    fn lenient_reads_gregorian(
        n in 1000i32..=3000,
        day_of_year in 0i32..366,
        locale in locale(),
        digits in digits(),
    ) {
        let d = GregorianDate::new(n, 1, 1).unwrap().checked_add_days(day_of_year).unwrap();
        for p in ["%-d %B %Y", "%A %-d %B %Y", "%B %-d, %Y", "%-d %B %Y %E"] {
            let f = DateFormat::new(p).unwrap().with_locale(locale).with_digits(digits);
            let text = f.display(d).to_string();
            let got = Lenient::new().expecting(Expect::Gregorian).parse(&text);
            prop_assert_eq!(got, Ok(Parsed::Gregorian(d)), "{} {:?} {:?}", p, locale, text);
        }
    }
}

#[test]
fn fixed_examples() {
    let d = JalaliDate::new(1402, 11, 6).unwrap();
    let cases = [
        (Locale::Persian, "%A %-d %B %Y %E", "جمعه ۶ بهمن ۱۴۰۲ ه\u{200d}.ش."),
        (Locale::Dari, "%A %-d %B %Y", "جمعه ۶ دلو ۱۴۰۲"),
        (Locale::English, "%a %d %b %Y", "Fri 06 Bah 1402"),
        (Locale::PersianLatin, "%A %-d %B %Y", "Jomeh 6 Bahman 1402"),
        (Locale::Pashto, "%A %-d %B %Y", "جمعه ۶ سلواغه ۱۴۰۲"),
        (Locale::Sorani, "%A %-d %B %Y", "ھەینی ٦ ڕێبەندان ١٤٠٢"),
        (Locale::Persian, "%o %B %Y", "ششم بهمن ۱۴۰۲"),
        (Locale::Persian, "%Y %j %U %u %w", "۱۴۰۲ ۳۱۲ ۴۴ ۷ ۶"),
    ];
    for (locale, p, want) in cases {
        let f = DateFormat::new(p).unwrap().with_locale(locale);
        assert_eq!(f.display(d).to_string(), want, "{p} {locale}");
        assert_eq!(f.parse(want), Ok(d), "{p} {locale}");
    }
    let tuesday = JalaliDate::new(1402, 11, 3).unwrap();
    let f = DateFormat::new("%A").unwrap().with_locale(Locale::Persian);
    assert_eq!(f.display(tuesday).to_string(), "سه\u{200c}شنبه");
    let g = GregorianDate::new(2024, 1, 26).unwrap();
    let f = DateFormat::new("%-d %B %Y %E").unwrap();
    assert_eq!(f.with_locale(Locale::Persian).display(g).to_string(), "۲۶ ژانویه ۲۰۲۴ م.");
    assert_eq!(f.with_locale(Locale::Dari).display(g).to_string(), "۲۶ جنوری ۲۰۲۴ م.");
    assert_eq!(f.display(g).to_string(), "26 January 2024 AD");
}

/// `%Y%m%d`, with no text between the numbers, as `DateFormat::parse`
/// documents it: every date comes back but those of the five-digit years.
#[test]
fn year_month_day_without_separators() {
    let f = DateFormat::new("%Y%m%d").unwrap();
    let (lo, hi) = (JalaliDate::MIN.to_day_number(), JalaliDate::MAX.to_day_number());
    let mut checked = 0;
    for n in (lo..=hi).step_by(97).chain(lo..lo + 400).chain(hi - 400..=hi) {
        let date = JalaliDate::from_day_number(n).unwrap();
        let back = f.parse(&f.display(date).to_string());
        if date.year() > -10_000 {
            assert_eq!(back, Ok(date), "{date}");
            checked += 1;
        } else {
            assert!(back.is_err(), "{date}");
        }
    }
    assert!(checked > 70_000);
}
