//! Lunar Hijri dates in text: written by `HijriFormat` in every locale and
//! digit set and read back by the lenient reader, partial and invalid
//! lunar dates, and mentions in prose converted under a chosen calendar.

use shamsi::ParseErrorKind;
use shamsi::format::{Digits, HijriFormat, Locale};
use shamsi::hijri::{AnyCalendar, HijriDate, Iran, Tabular, UmmAlQura};
use shamsi::parse::{Lenient, Parsed, mentions};
use shamsi::{Calendar, DateError};

#[test]
fn written_dates_read_back_in_every_locale_and_digit_set() {
    let iran = AnyCalendar::Iran(Iran::OBSERVED);
    let lenient = Lenient::new().with_hijri(iran);
    let mut checked = 0;
    // Every 11th day of Iran's table: every month and day number occurs.
    let first = HijriDate::new_in(iran, 1265, 1, 1).unwrap();
    let last = HijriDate::new_in(iran, 1447, 10, 29).unwrap();
    for date in first.iter_to(last).step_by(11) {
        for locale in Locale::ALL {
            for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
                let f = HijriFormat::new(locale).with_digits(digits);
                for f in [f, f.without_era()] {
                    let text = f.display(date).to_string();
                    match lenient.parse(&text) {
                        Ok(Parsed::Hijri(back)) => assert_eq!(back, date, "{text}"),
                        other => panic!("{text:?}: {other:?}"),
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 200_000, "{checked}");
}

#[test]
fn forms_people_write() {
    let lenient = Lenient::new().with_hijri(AnyCalendar::Iran(Iran::OBSERVED));
    let read = |s: &str| match lenient.parse(s) {
        Ok(Parsed::Hijri(d)) => d.to_gregorian().to_string(),
        other => panic!("{s:?}: {other:?}"),
    };
    for s in [
        "۱۴ رجب ۱۴۴۵",
        "۱۴ رجب ۱۴۴۵ ه.ق",
        "14 Rajab 1445 AH",
        "۱۴ رجب ۱۴۴۵ هجری قمری",
        "١٤ رجب ١٤٤٥",
    ] {
        assert_eq!(read(s), "2024-01-26", "{s}");
    }
    assert_eq!(read("۱۰ ذوالحجه ۱۴۴۵"), "2024-06-17");
    assert_eq!(read("۱۰ ذو الحجة ۱۴۴۵"), "2024-06-17");
    assert_eq!(read("جمعه ۱۴ رجب ۱۴۴۵"), "2024-01-26");
    // A weekday that is not the date's.
    let err = lenient.parse("شنبه ۱۴ رجب ۱۴۴۵").unwrap_err();
    assert!(matches!(err.kind(), ParseErrorKind::WeekdayMismatch { .. }), "{err}");
    // A lunar date without a year: partial.
    let Ok(Parsed::Partial(p)) = lenient.parse("۱۰ ذوالحجه") else { panic!() };
    assert_eq!(
        (p.calendar(), p.year(), p.month(), p.day()),
        (Calendar::LunarHijri, None, 12, Some(10))
    );
    // Safar 1442 had 29 days in Iran: the 30th is pointed at.
    let text = "۳۰ صفر ۱۴۴۲";
    let err = lenient.parse(text).unwrap_err();
    assert_eq!(
        err.kind(),
        ParseErrorKind::InvalidDate(DateError::InvalidDay {
            calendar: Calendar::LunarHijri,
            year: 1442,
            month: 2,
            day: 30,
            max: 29
        })
    );
    assert_eq!(err.offset(), 0);
    // Outside Iran's table: an error naming it, pointing at the year.
    let err = lenient.parse("۱ محرم ۱۴۵۰").unwrap_err();
    assert!(matches!(err.kind(), ParseErrorKind::InvalidDate(DateError::NotCovered { .. })));
    assert_eq!(err.offset(), "۱ محرم ".len());
    // A two-digit lunar year is not guessed.
    let err = lenient.with_pivot(1403).parse("۱۴ رجب ۴۵").unwrap_err();
    assert_eq!(err.kind(), ParseErrorKind::TwoDigitYear);
    // Without with_hijri a lunar date is refused, not misread.
    let err = Lenient::new().parse("۱۴ رجب ۱۴۴۵").unwrap_err();
    assert_eq!(err.kind(), ParseErrorKind::LunarHijri);
    // The calendar chosen decides the day.
    let civil = Lenient::new().with_hijri(AnyCalendar::Tabular(Tabular::CIVIL));
    assert_eq!(civil.parse("۱۴ رجب ۱۴۴۵").unwrap().gregorian().unwrap().to_string(), "2024-01-25");
    let uq = Lenient::new().with_hijri(AnyCalendar::UmmAlQura);
    assert_eq!(uq.parse("۱۴ رجب ۱۴۴۵").unwrap().jalali().unwrap().to_string(), "1402-11-06");
}

#[test]
fn mentions_in_prose() {
    let text = "۲۹اسفند ۱۴۰۰هجری شمسی، مطابق ۱۷شعبان ۱۴۴۳هجری قمری";
    let found: Vec<_> = mentions(text).collect();
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].calendar(), Calendar::LunarHijri);
    // The text pairs them: Iran's calendar agrees, Umm al-Qura's too here.
    let iran = found[1].hijri_in(Iran::OBSERVED).unwrap();
    assert_eq!(Some(iran.to_gregorian()), found[0].gregorian());
    assert_eq!(found[1].hijri_in(UmmAlQura).unwrap().to_gregorian(), iran.to_gregorian());
    assert_eq!(found[0].hijri_in(Iran::OBSERVED), None);
}

/// Lunar dates through the one pattern engine: every pattern writes them in
/// every locale and digit set, reads them back to the same date (in the
/// calendar given), and the general path writes what the fast paths write.
#[cfg(any(feature = "std", feature = "alloc"))]
#[test]
fn patterns_write_and_read_lunar_dates() {
    use shamsi::format::{DateFormat, Digits, Locale};

    let patterns = [
        "%-d %B %-Y %E",
        "%d %b %Y",
        "%Y/%m/%d",
        "%F",
        "%d-%m-%Y",
        "%Y%m%d",
        "%A %-d %B %Y",
        "%Y/%j",
        "%a %d/%m/%Y",
    ];
    let locales = [
        Locale::Persian,
        Locale::Dari,
        Locale::English,
        Locale::PersianLatin,
        Locale::Pashto,
        Locale::Sorani,
    ];
    let mut checked = 0;
    for start in [(1265, 1, 1), (1400, 9, 29), (1445, 7, 14), (1447, 10, 1), (1460, 12, 1)] {
        let first = HijriDate::new(start.0, start.1, start.2).unwrap();
        for step in 0..40 {
            let iran = first.add_days(step * 11).unwrap();
            let civil = HijriDate::from_gregorian_in(Tabular::CIVIL, iran.to_gregorian()).unwrap();
            for pattern in patterns {
                for locale in locales {
                    for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
                        let f = DateFormat::new(pattern)
                            .unwrap()
                            .with_locale(locale)
                            .with_digits(digits);
                        let text = f.format(iran);
                        assert_eq!(f.parse_hijri(&text), Ok(iran), "{pattern} {locale:?} {text}");
                        let text = f.format(civil);
                        assert_eq!(f.parse_hijri_in(Tabular::CIVIL, &text), Ok(civil), "{text}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 5 * 40 * 9 * 6 * 3);
    // The month names are the lunar ones, and a Solar Hijri name is none.
    let f = DateFormat::new("%-d %B %Y").unwrap().with_locale(Locale::Persian);
    assert!(f.parse_hijri("۱۴ بهمن ۱۴۴۵").is_err());
    assert_eq!(f.parse_hijri("۱۴ رجب ۱۴۴۵"), Ok(HijriDate::new(1445, 7, 14).unwrap()));
    // A day of the year that the year does not have is an error.
    let f = DateFormat::new("%Y/%j").unwrap();
    assert!(f.parse_hijri("1445/356").is_err());
    assert!(f.parse_hijri("1445/000").is_err());
}
