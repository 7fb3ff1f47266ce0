//! Every error the formatter and the parsers can give, with its offset and
//! message.

use shamsi::format::{DateFormat, Locale, UnknownLocale};
use shamsi::parse::{Expect, Lenient};
use shamsi::{Calendar, DateError, Field, ParseErrorKind, PatternErrorKind, Weekday};

fn lenient(s: &str) -> (ParseErrorKind, usize) {
    let e = Lenient::new().parse(s).unwrap_err();
    (e.kind(), e.offset())
}

#[test]
fn lenient_errors() {
    assert_eq!(lenient(""), (ParseErrorKind::Empty, 0));
    assert_eq!(lenient("\u{200c}\u{200f} "), (ParseErrorKind::Empty, 7));
    assert_eq!(lenient("१४०२/११/०६"), (ParseErrorKind::UnsupportedDigit, 0));
    assert_eq!(lenient("۱۴۰۲/۱۱/०६"), (ParseErrorKind::UnsupportedDigit, 14));
    assert_eq!(lenient("99999999999999999999/01/01"), (ParseErrorKind::TooManyDigits, 0));
    assert_eq!(lenient("96/9/5"), (ParseErrorKind::TwoDigitYear, 0));
    assert_eq!(lenient("۲۲ بهمن ۵۷"), (ParseErrorKind::TwoDigitYear, 14));
    let e = Lenient::new().with_pivot(1400).parse("12/10/05").unwrap_err();
    assert_eq!((e.kind(), e.offset()), (ParseErrorKind::AmbiguousOrder, 0));
    assert_eq!(lenient("فروردین"), (ParseErrorKind::NoDate, 0));
    assert_eq!(lenient("2024"), (ParseErrorKind::NoDate, 0));
    assert_eq!(lenient("سال ۱۴۰۲"), (ParseErrorKind::NoDate, 0));
    assert_eq!(
        lenient("جمعه ۷ بهمن ۱۴۰۲"),
        (ParseErrorKind::WeekdayMismatch { stated: Weekday::Friday, actual: Weekday::Saturday }, 0)
    );
    assert_eq!(
        lenient("۶ بهمن ۱۴۰۲، شنبه").0,
        ParseErrorKind::WeekdayMismatch { stated: Weekday::Saturday, actual: Weekday::Friday }
    );
    assert_eq!(lenient("رجب ۱۴۴۵"), (ParseErrorKind::LunarHijri, 0));
    assert_eq!(lenient("1445/07/10 ه.ق").0, ParseErrorKind::LunarHijri);
    assert_eq!(lenient("۱۷شعبان ۱۴۴۳هجری قمری").0, ParseErrorKind::LunarHijri);
    assert_eq!(lenient("26 شهريور ماه سال 1367 ميلادي"), (ParseErrorKind::CalendarConflict, 35));
    let e = Lenient::new().expecting(Expect::Gregorian).parse("۶ بهمن ۱۴۰۲").unwrap_err();
    assert_eq!(
        e.kind(),
        ParseErrorKind::CalendarMismatch { expected: Calendar::Gregorian, found: Calendar::Jalali }
    );
    assert_eq!(lenient("1402/11/06 abc"), (ParseErrorKind::TrailingInput, 11));
    assert_eq!(lenient("1402//11/06"), (ParseErrorKind::Expected("a number"), 5));
    assert_eq!(lenient("1402/11-06"), (ParseErrorKind::Expected("the same separator"), 7));
    assert_eq!(lenient("1402/11"), (ParseErrorKind::Expected("a third number"), 7));
    assert_eq!(lenient("۴رآذر ۱۳۴۴"), (ParseErrorKind::Expected("a month name"), 2));
    assert_eq!(lenient("سلام"), (ParseErrorKind::Expected("a date"), 0));
    assert!(matches!(
        lenient("1402/13/01"),
        (ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { field: Field::Month, .. }), 5)
    ));
    assert!(matches!(
        lenient("۳۰ اسفند ۱۴۰۲"),
        (ParseErrorKind::InvalidDate(DateError::InvalidDay { .. }), 0)
    ));
    assert!(matches!(
        lenient("۳۱ بهمن"),
        (ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { field: Field::Day, .. }), 0)
    ));
}

fn strict(pattern: &str, s: &str) -> (ParseErrorKind, usize) {
    let e = DateFormat::new(pattern).unwrap().parse(s).unwrap_err();
    (e.kind(), e.offset())
}

#[test]
fn strict_errors() {
    assert_eq!(strict("%Y/%m/%d", "1402/11/"), (ParseErrorKind::UnexpectedEnd, 8));
    assert_eq!(
        strict("%Y/%m/%d", "1402/1x/06"),
        (ParseErrorKind::Expected("the pattern's text"), 6)
    );
    // Where a number follows at once, the padding is needed to split them.
    assert_eq!(strict("%Y%m%d", "1402116"), (ParseErrorKind::UnexpectedEnd, 7));
    assert_eq!(
        strict("%Y/%m/%d", "1402-11-06"),
        (ParseErrorKind::Expected("the pattern's text"), 4)
    );
    assert_eq!(strict("%Y/%m/%d", "1402/11/06 "), (ParseErrorKind::TrailingInput, 10));
    assert_eq!(strict("%Y/%m/%d", "1402/11/०६"), (ParseErrorKind::UnsupportedDigit, 8));
    assert_eq!(strict("%d %B %Y", "06 Bahmn 1402"), (ParseErrorKind::Expected("a month name"), 3));
    assert_eq!(strict("%A %F", "Fri 1402-11-06"), (ParseErrorKind::Expected("a weekday name"), 0));
    assert_eq!(strict("%F %E", "1402-11-06 AD"), (ParseErrorKind::Expected("the era"), 11));
    assert_eq!(
        strict("%o %B %Y", "6st Bahman 1402"),
        (ParseErrorKind::Expected("an ordinal suffix"), 1)
    );
    assert_eq!(strict("%m/%d", "11/06"), (ParseErrorKind::MissingField(Field::Year), 0));
    assert_eq!(strict("%Y/%d", "1402/06"), (ParseErrorKind::MissingField(Field::Month), 0));
    assert_eq!(strict("%Y/%m", "1402/06"), (ParseErrorKind::MissingField(Field::Day), 0));
    assert_eq!(strict("%y/%m/%d", "02/11/06"), (ParseErrorKind::TwoDigitYear, 0));
    assert_eq!(strict("%F %d", "1402-11-06 07"), (ParseErrorKind::Inconsistent(Field::Day), 11));
    assert_eq!(
        strict("%F %j", "1402-11-06 300"),
        (ParseErrorKind::Inconsistent(Field::DayOfYear), 11)
    );
    assert_eq!(
        strict("%F %U", "1402-11-06 40"),
        (ParseErrorKind::Inconsistent(Field::WeekOfYear), 11)
    );
    // A month beside the day of the year the date is built from.
    assert_eq!(strict("%Y %m %j", "1402 05 312"), (ParseErrorKind::Inconsistent(Field::Month), 5));
    assert_eq!(
        strict("%F %V", "1402-11-06 44"),
        (ParseErrorKind::Inconsistent(Field::WeekOfYear), 11)
    );
    assert_eq!(strict("%F %G", "1402-12-29 1402"), (ParseErrorKind::Inconsistent(Field::Year), 11));
    assert_eq!(
        strict("%G-%V-%u %Y", "1402-45-7 1403"),
        (ParseErrorKind::Inconsistent(Field::Year), 10)
    );
    assert_eq!(
        strict("%G-%V-%u", "1402-54-7"),
        (ParseErrorKind::Inconsistent(Field::WeekOfYear), 5)
    );
    assert_eq!(
        strict("%Y %y %m %d", "1402 03 11 06"),
        (ParseErrorKind::Inconsistent(Field::Year), 5)
    );
    assert_eq!(
        strict("%a %F", "Sat 1402-11-06"),
        (ParseErrorKind::WeekdayMismatch { stated: Weekday::Saturday, actual: Weekday::Friday }, 0)
    );
    assert!(matches!(
        strict("%F %u", "1402-11-06 8"),
        (ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { field: Field::Weekday, .. }), 11)
    ));
    assert!(matches!(
        strict("%Y/%m/%d", "1402/12/30"),
        (ParseErrorKind::InvalidDate(DateError::InvalidDay { .. }), 8)
    ));
    assert!(matches!(
        strict("%Y %j", "1402 366"),
        (
            ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { field: Field::DayOfYear, .. }),
            5
        )
    ));
    let e = DateFormat::new("%Y %j").unwrap().parse_gregorian("2023 366").unwrap_err();
    assert!(matches!(e.kind(), ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { .. })));
}

#[test]
fn pattern_errors() {
    let err = |p: &str| {
        let e = DateFormat::new(p).unwrap_err();
        (e.kind(), e.offset())
    };
    assert_eq!(err("%Y-%m-%"), (PatternErrorKind::IncompleteDirective, 6));
    assert_eq!(err("%-"), (PatternErrorKind::IncompleteDirective, 0));
    assert_eq!(err("%d %J"), (PatternErrorKind::UnknownDirective('J'), 3));
    // A date has no time and no offset: refused when the format is made.
    assert_eq!(err("%d %H:%M"), (PatternErrorKind::NeedsTime('H'), 3));
    assert_eq!(err("%F %3f"), (PatternErrorKind::NeedsTime('f'), 3));
    assert_eq!(err("%d %Z"), (PatternErrorKind::NeedsOffset('Z'), 3));
    assert_eq!(err("%F%::z"), (PatternErrorKind::NeedsOffset('z'), 2));
    assert_eq!(err("%4f"), (PatternErrorKind::UnknownDirective('4'), 0));
    assert_eq!(err("%.z"), (PatternErrorKind::UnknownDirective('z'), 0));
    assert_eq!(err("%-p"), (PatternErrorKind::UnsupportedFlag('p'), 0));
    assert_eq!(err("۱%ش"), (PatternErrorKind::UnknownDirective('ش'), 2));
    assert_eq!(err("%-B"), (PatternErrorKind::UnsupportedFlag('B'), 0));
    assert_eq!(DateFormat::new("%d %J").unwrap_err().to_string(), "unknown directive %J at byte 3");
    assert_eq!(
        DateFormat::new("%d %H").unwrap_err().to_string(),
        "%H writes a time of day, which a date does not have at byte 3"
    );
    let e = shamsi::format::DateTimeFormat::new("%F %T %s").unwrap_err();
    assert_eq!((e.kind(), e.offset()), (PatternErrorKind::NeedsOffset('s'), 6));
    assert!(shamsi::format::ZonedFormat::new("%F %T %s %Z %::z").is_ok());
    assert_eq!(
        shamsi::format::ZonedFormat::new("%-z").unwrap_err().kind(),
        PatternErrorKind::UnsupportedFlag('z')
    );
    assert_eq!(
        DateFormat::new("%-a").unwrap_err().to_string(),
        "the '-' flag does not apply to %a, which has no padding of its own to drop at byte 0"
    );
    assert_eq!("de".parse::<Locale>(), Err(UnknownLocale));
    // GNU's `%-e`, `%-k`, `%-l`: no padding at all; on `%u`, `%w` the flag
    // changes nothing.
    let d = shamsi::JalaliDate::new(1402, 11, 6).unwrap();
    let f = DateFormat::new("%-e|%e|%-u|%-w").unwrap();
    assert_eq!(f.display(d).to_string(), "6| 6|7|6");
    assert_eq!(DateFormat::new("%Y/%m/%-e").unwrap().parse("1402/11/6"), Ok(d));
    let t = shamsi::format::DateTimeFormat::new("%-k:%M %-l").unwrap();
    assert_eq!(t.display(d.at(shamsi::Time::new(9, 5, 0).unwrap())).to_string(), "9:05 9");
}

#[test]
fn messages() {
    let msg = |s: &str| Lenient::new().parse(s).unwrap_err().to_string();
    assert_eq!(msg(""), "no date in an empty input at byte 0");
    assert_eq!(
        msg("१४०२/११/०६"),
        "digit of an unsupported script (only Latin, Persian and Arabic-Indic digits are read) at byte 0"
    );
    assert_eq!(msg("1234567890/1/1"), "too many digits for a date field at byte 0");
    assert_eq!(msg("96/9/5"), "two-digit year is ambiguous without a pivot year at byte 0");
    assert_eq!(msg("فروردین"), "no date: a day and a month are needed at byte 0");
    assert_eq!(
        msg("جمعه ۷ بهمن ۱۴۰۲"),
        "weekday Friday does not match the date, a Saturday at byte 0"
    );
    assert_eq!(
        msg("رجب ۱۴۴۵"),
        "a lunar hijri date, where a solar hijri or gregorian one was asked for at byte 0"
    );
    assert_eq!(
        msg("26 شهريور 1367 ميلادي"),
        "the month name and the era are of different calendars at byte 21"
    );
    assert_eq!(
        Lenient::new().expecting(Expect::Jalali).parse("14 March 2022").unwrap_err().to_string(),
        "expected a jalali date, found a gregorian one at byte 0"
    );
    assert_eq!(
        Lenient::new().with_pivot(1400).parse("12/10/05").unwrap_err().to_string(),
        "cannot tell the day from the year in three short numbers at byte 0"
    );
    let strict = |p: &str, s: &str| DateFormat::new(p).unwrap().parse(s).unwrap_err().to_string();
    assert_eq!(strict("%m/%d", "11/06"), "the date has no year at byte 0");
    assert_eq!(
        strict("%F %d", "1402-11-06 07"),
        "the day disagrees with the rest of the date at byte 11"
    );
}

#[test]
fn from_str_points_at_the_field() {
    use shamsi::{GregorianDate, JalaliDate, JalaliDateTime, ParseError};
    let at = |r: Result<JalaliDate, ParseError>| r.map_err(|e| e.offset());
    assert_eq!(at("1402-12-30".parse()), Err(8));
    assert_eq!(at("1402-13-01".parse()), Err(5));
    assert_eq!(at("1402-11-00".parse()), Err(8));
    assert_eq!(at("-0001-13-01".parse()), Err(6));
    assert_eq!(at("9379-01-01".parse()), Err(0));
    let g: Result<GregorianDate, _> = "2023-02-29".parse();
    assert_eq!(g.map_err(|e| e.offset()), Err(8));
    let t: Result<JalaliDateTime, _> = "1402-12-30T10:00".parse();
    assert_eq!(t.map_err(|e| e.offset()), Err(8));
    let o: Result<shamsi::Zoned, _> = "1402-02-32T10:00Z".parse();
    assert_eq!(o.map_err(|e| e.offset()), Err(8));
    // Forms `Display` never writes are refused.
    for s in ["-0000-01-01", "01402-11-06", "-01402-11-06"] {
        assert!(s.parse::<JalaliDate>().is_err(), "{s}");
        assert!(s.parse::<GregorianDate>().is_err(), "{s}");
    }
    assert_eq!("-0001-01-01".parse::<JalaliDate>().map(|d| d.year()), Ok(-1));
}
