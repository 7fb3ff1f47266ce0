//! More written forms than the reference data holds, of the same kinds:
//! each is read as the date given, or refused.

use shamsi::parse::{Parsed, mentions, parse_lenient};
use shamsi::{GregorianDate, JalaliDate};

fn jalali(y: i32, m: u8, d: u8) -> Parsed {
    Parsed::Jalali(JalaliDate::new(y, m, d).unwrap())
}

fn gregorian(y: i32, m: u8, d: u8) -> Parsed {
    Parsed::Gregorian(GregorianDate::new(y, m, d).unwrap())
}

#[test]
fn read() {
    let cases = [
        ("۱۴۰۲\u{200f}/۱۱\u{200f}/۰۶", jalali(1402, 11, 6)),
        ("1402/1/1", jalali(1402, 1, 1)),
        ("۱۴۰۲.۱۱.۰۶", jalali(1402, 11, 6)),
        ("۱۴۰۲؍۱۱؍۰۶", jalali(1402, 11, 6)),
        ("\u{a0}۶\u{a0}بهمن\u{a0}۱۴۰۲\u{a0}", jalali(1402, 11, 6)),
        ("روز سه‌شنبه، ۳ بهمن ۱۴۰۲", jalali(1402, 11, 3)),
        ("سه شنبه ۳ بهمن ۱۴۰۲ ه.ش", jalali(1402, 11, 3)),
        ("سهشنبه ۳ بهمن‌ماه ۱۴۰۲", jalali(1402, 11, 3)),
        ("۳ بهمن ۱۴۰۲ هـ.ش", jalali(1402, 11, 3)),
        ("۳ بهمن ۱۴۰۲ه.ش", jalali(1402, 11, 3)),
        ("۳ بهمن ۱۴۰۲ شمسی", jalali(1402, 11, 3)),
        ("۳ بهمن سال ۱۴۰۲ هجری خورشیدی", jalali(1402, 11, 3)),
        ("۱۸دی‌ماه۱۴۰۲", jalali(1402, 10, 18)),
        ("۱۰ دي ماه ۱۴۰۲", jalali(1402, 10, 10)),
        ("۲۵ ارديبهشت ۱۴۰۴", jalali(1404, 2, 25)),
        ("۲۵ اردی بهشت ۱۴۰۴", jalali(1404, 2, 25)),
        ("۵ امرداد ۱۴۰۲", jalali(1402, 5, 5)),
        ("اول فروردین ۱۴۰۳ ه.ش", jalali(1403, 1, 1)),
        ("بیست‌وپنجم اسفند ۱۳۲۳", jalali(1323, 12, 25)),
        ("سی ام شهریور ۱۴۰۲", jalali(1402, 6, 30)),
        ("هجدهم دی ۱۴۰۲", jalali(1402, 10, 18)),
        ("هیجدهم دی ۱۴۰۲", jalali(1402, 10, 18)),
        ("سیزده فروردین ۱۴۰۳", jalali(1403, 1, 13)),
        ("روز ششم بهمن ۱۴۰۲", jalali(1402, 11, 6)),
        ("روز سیزده فروردین ۱۴۰۳", jalali(1403, 1, 13)),
        ("روز بیست و دوم بهمن ۱۳۵۷", jalali(1357, 11, 22)),
        ("بیست و دو بهمن ۱۳۵۷", jalali(1357, 11, 22)),
        ("دو شنبه ۹ بهمن ۱۴۰۲", jalali(1402, 11, 9)),
        ("۲۸ اسد ۱۳۹۸", jalali(1398, 5, 28)),
        ("۱۰ میزان ۱۴۰۲", jalali(1402, 7, 10)),
        ("۲۰ جدی ۱۴۰۲", jalali(1402, 10, 20)),
        ("۲۹ حوت ۱۴۰۲", jalali(1402, 12, 29)),
        ("۱ وری ۱۴۰۳", jalali(1403, 1, 1)),
        ("۱۵ سلواغه ۱۴۰۲", jalali(1402, 11, 15)),
        ("۶م سلواغه ۱۴۰۲", jalali(1402, 11, 6)),
        ("١٠ گەلاوێژ ١٤٠٢", jalali(1402, 5, 10)),
        ("Esfand 29, 1402", jalali(1402, 12, 29)),
        ("Amordad 10, 1400", jalali(1400, 5, 10)),
        ("10 Day 1402", jalali(1402, 10, 10)),
        ("1st Farvardin 1403", jalali(1403, 1, 1)),
        ("Wednesday, 1 Farvardin 1403", jalali(1403, 1, 1)),
        ("Wed 1 Far 1403", jalali(1403, 1, 1)),
        ("Chaharshanbeh 1 Farvardin 1403", jalali(1403, 1, 1)),
        ("۱۴۰۲/۱۱/۰۶ ه.ش", jalali(1402, 11, 6)),
        ("۳ فوریه ۲۰۲۴", gregorian(2024, 2, 3)),
        ("۲۲ ژوئن ۲۰۲۱", gregorian(2021, 6, 22)),
        ("۱۴ ژوئیه ۲۰۱۵", gregorian(2015, 7, 14)),
        ("۱۱ سپتامبر ۲۰۰۱", gregorian(2001, 9, 11)),
        ("۴ جولای ۲۰۲۰", gregorian(2020, 7, 4)),
        ("۸ مارچ ۲۰۲۲", gregorian(2022, 3, 8)),
        ("۱ آوریل ۲۰۲۴", gregorian(2024, 4, 1)),
        ("۱ اپریل ۲۰۲۴", gregorian(2024, 4, 1)),
        ("۲۵ دسمبر ۲۰۲۳", gregorian(2023, 12, 25)),
        ("۲۵ دسامبر ۲۰۲۳ م", gregorian(2023, 12, 25)),
        ("۱ جنوری ۲۰۲۴ میلادی", gregorian(2024, 1, 1)),
        ("March 21, 2024", gregorian(2024, 3, 21)),
        ("21 Mar 2024", gregorian(2024, 3, 21)),
        ("2024/01/26 م", gregorian(2024, 1, 26)),
        ("26/01/2024", gregorian(2024, 1, 26)),
        // A day over 12 shows the order: month first here.
        ("01/26/2024", gregorian(2024, 1, 26)),
        ("6/29/1306 AP", jalali(1306, 6, 29)),
        ("۲۰۲۴-۰۱-۲۶", gregorian(2024, 1, 26)),
    ];
    for (text, want) in cases {
        assert_eq!(parse_lenient(text), Ok(want), "{text:?}");
    }
}

/// Issue 11: the year last and both numbers a possible day and month is
/// ambiguous, never guessed; the caller's field order settles it.
#[test]
fn ambiguous_day_and_month() {
    use shamsi::ParseErrorKind;
    use shamsi::parse::{FieldOrder, Lenient};
    for (text, first, second) in [
        ("06.11.1402", 6, 11),
        ("6-11-1402", 6, 11),
        ("3/2/1377 AP", 3, 2),
        ("03/02/1302", 3, 2),
        ("11/06/2024", 11, 6),
    ] {
        let err = parse_lenient(text).unwrap_err();
        assert_eq!(err.kind(), ParseErrorKind::AmbiguousDayMonth { first, second }, "{text:?}");
        assert!(err.to_string().contains("the field order is needed"));
        let dmy = Lenient::new().with_order(FieldOrder::DayMonthYear).parse(text).unwrap();
        let mdy = Lenient::new().with_order(FieldOrder::MonthDayYear).parse(text).unwrap();
        assert_ne!(dmy, mdy, "{text:?}");
        assert!(Lenient::new().with_order(FieldOrder::YearMonthDay).parse(text).is_err());
    }
    // In Persian or Arabic-Indic digits, day first (Persian usage).
    assert_eq!(parse_lenient("۰۶.۱۱.۱۴۰۲"), Ok(jalali(1402, 11, 6)));
    assert_eq!(parse_lenient("٠٦-١١-١٤٠٢"), Ok(jalali(1402, 11, 6)));
    // The same number twice needs no order.
    assert_eq!(parse_lenient("5/5/1402"), Ok(jalali(1402, 5, 5)));
    // Year first is year-month-day whatever the values.
    assert_eq!(parse_lenient("1402/11/06"), Ok(jalali(1402, 11, 6)));
    assert!(Lenient::new().with_order(FieldOrder::DayMonthYear).parse("1402/11/06").is_err());
    // With a pivot, a two-digit year last is the same question.
    let pivoted = Lenient::new().with_pivot(1400);
    assert!(matches!(
        pivoted.parse("3/2/77").map_err(|e| e.kind()),
        Err(ParseErrorKind::AmbiguousDayMonth { .. })
    ));
    assert_eq!(
        pivoted.with_order(FieldOrder::MonthDayYear).parse("3/2/77"),
        Ok(jalali(1377, 3, 2))
    );
}

#[test]
fn refused() {
    for text in [
        "۱۴۰۲/۰۰/۱۰",
        "۱۴۰۲/۱۱/۰۰",
        "۳۱ مهر ۱۴۰۲",
        "سی و یکم مهر ۱۴۰۲",
        "سی و دوم بهمن ۱۴۰۲",
        "روز سی و دوم بهمن ۱۴۰۲",
        "۳۰ اسفند ۱۴۰۴",
        "১৪০২/১১/০৬",
        "１４０２/１１/０６",
        "۱۰ محرم ۱۴۴۵",
        "رمضان ۱۴۴۴",
        "1445/09/01 ه.ق",
        "۶ بهمن ۱۴۰۲ ساعت ۱۰",
        "۱۴۰۲ ۱۱ ۰۶",
        "۶ بهمن ۱۴۰۲ ه.ق",
        "سال ۱۴۰۲",
        "بهمن",
        "۶",
        "۶ ",
        "ششم",
        "۶ بهمن ۱۲۳۴۵۶۷۸۹۰",
    ] {
        assert!(parse_lenient(text).is_err(), "{text:?}: {:?}", parse_lenient(text));
    }
}

#[test]
fn partial() {
    for (text, year, month, day) in [
        ("۲۲ بهمن", None, 11, Some(22)),
        ("ششم بهمن", None, 11, Some(6)),
        ("بهمن ماه ۱۳۵۷", Some(1357), 11, None),
        ("Bahman 1402", Some(1402), 11, None),
        ("۱۵ آگوست", None, 8, Some(15)),
    ] {
        match parse_lenient(text) {
            Ok(Parsed::Partial(p)) => {
                assert_eq!((p.year(), p.month(), p.day()), (year, month, day))
            }
            other => panic!("{text:?}: {other:?}"),
        }
    }
}

#[test]
fn found_in_text() {
    let cases: [(&str, &[&str]); 8] = [
        ("امروز شنبه ۷ بهمن ۱۴۰۲ است.", &["۷ بهمن ۱۴۰۲"]),
        ("جلسه در تاریخ ۱۴۰۲/۱۱/۰۷ ساعت ۱۰:۰۰ برگزار می‌شود.", &["۱۴۰۲/۱۱/۰۷"]),
        ("مهلت ثبت‌نام تا ۱۵ اسفند ماه است.", &["۱۵ اسفند ماه"]),
        ("قیمت ۱۲۰۰۰ تومان در ۱۰ مهر", &["۱۰ مهر"]),
        ("نسخه ۲.۳.۱ و شماره: ۱۲۳/۴۵۶/۷۸۹ و تلفن: ۰۹۱۲-۱۲۳-۴۵۶۷", &[]),
        (
            "On 14 March 2022 (23 Esfand 1400) it closed; 2024-01-26T10:00:00Z",
            &["14 March 2022", "23 Esfand 1400", "2024-01-26"],
        ),
        ("در سال ۱۳۵۷ و در بهمن ماه ۱۳۵۷ و آذرماه سال ۱۴۰۲", &["بهمن ماه ۱۳۵۷", "آذرماه سال ۱۴۰۲"]),
        ("میزان ۵۰ درصد، حمل و نقل ۲ حمل ۱۴۰۳", &["۲ حمل ۱۴۰۳"]),
    ];
    for (text, want) in cases {
        let found: Vec<&str> = mentions(text).map(|m| m.as_str()).collect();
        assert_eq!(found, want, "{text:?}");
    }
}

/// Issue 11: the forms the popular libraries print that the reader learned
/// (the whole sets are in tests/peer_dates.rs).
#[test]
fn peer_forms() {
    for (text, want) in [
        ("AP ۱۳۱۰ چنگاښ ۱۴", jalali(1310, 4, 14)),
        ("AP ۱۳۰۲/۳/۲", jalali(1302, 3, 2)),
        ("آدینه ۲ امرداد ۱۳۰۴", jalali(1304, 5, 2)),
        ("16 Amordaad 1332", jalali(1332, 5, 16)),
        ("2 Khordaad 1302", jalali(1302, 3, 2)),
        ("29 Sharivar 1306", jalali(1306, 6, 29)),
        ("10 Aabaan 1402", jalali(1402, 8, 10)),
        ("10 Aazar 1402", jalali(1402, 9, 10)),
        ("14-ام تیر 1310", jalali(1310, 4, 14)),
        ("2nd Khordaad 1302", jalali(1302, 3, 2)),
        // date-fns-jalali: an ordinal after a month written first.
        ("Khordad 2nd, 1302", jalali(1302, 3, 2)),
        ("Thursday, Khordad 2nd, 1302", jalali(1302, 3, 2)),
        ("Bahman 6th, 1402", jalali(1402, 11, 6)),
        ("Dey 21st, 1402", jalali(1402, 10, 21)),
        ("Mehr 13th, 1402", jalali(1402, 7, 13)),
        ("خرد 2-ام, 1302", jalali(1302, 3, 2)),
        // Three-letter Persian months (date-fns-jalali, jdatetime `%b`).
        ("2 خرد 1302", jalali(1302, 3, 2)),
        ("پنج\u{200c}شنبه 02 خرد 1302", jalali(1302, 3, 2)),
        ("29 شهر 1306", jalali(1306, 6, 29)),
        ("5 مرد 1304", jalali(1304, 5, 5)),
        ("6 بهم 1402", jalali(1402, 11, 6)),
        // `Sha`: Shahrivar before a day, Saturday before a date.
        ("Sha 29, 1306", jalali(1306, 6, 29)),
        ("Sha 07 Bah 1402", jalali(1402, 11, 7)),
        // persiantools' one-letter weekdays.
        ("پ ۰۲ خرد ۱۳۰۲", jalali(1302, 3, 2)),
        ("ش ۰۷ بهم ۱۴۰۲", jalali(1402, 11, 7)),
    ] {
        assert_eq!(parse_lenient(text), Ok(want), "{text:?}");
    }
    // An era first that contradicts the month is an error.
    assert!(parse_lenient("AD ۱۳۱۰ تیر ۱۴").is_err());
    // An English suffix that does not agree with its number is not read.
    for text in ["Khordad 2th, 1302", "Bahman 1nd, 1402", "12nd Bahman 1402", "Dey 11st, 1402"] {
        assert!(parse_lenient(text).is_err(), "{text:?}");
    }
    // A one-letter weekday that disagrees with the date is an error, not
    // another reading; one not before a day is no weekday.
    assert!(parse_lenient("ج ۰۲ خرد ۱۳۰۲").is_err());
    assert!(parse_lenient("پ خرد ۱۳۰۲").is_err());
    // The three-letter months are words too: never found in running text.
    for text in ["۲ مرد ۱۳۰۲ آمدند", "در ۶ شهر ۱۴۰۲ نفر", "۶ بهم ۱۴۰۲"]
    {
        assert!(mentions(text).next().is_none(), "{text:?}");
    }
}

#[test]
fn two_digit_years_with_a_pivot_and_an_order() {
    use shamsi::parse::{FieldOrder, Lenient};
    let pivoted = Lenient::new().with_pivot(1350);
    // persiantools' `%x` is `%y/%m/%d`, jdatetime's `%m/%d/%y`.
    let ymd = pivoted.with_order(FieldOrder::YearMonthDay);
    let mdy = pivoted.with_order(FieldOrder::MonthDayYear);
    let dmy = pivoted.with_order(FieldOrder::DayMonthYear);
    assert_eq!(ymd.parse("06/06/29"), Ok(jalali(1306, 6, 29)));
    assert_eq!(mdy.parse("06/29/06"), Ok(jalali(1306, 6, 29)));
    assert_eq!(dmy.parse("29/06/06"), Ok(jalali(1306, 6, 29)));
    // Without an order, three two-digit fields are ambiguous.
    assert_eq!(
        pivoted.parse("06/06/29").map_err(|e| e.kind()),
        Err(shamsi::ParseErrorKind::AmbiguousOrder)
    );
    // An order the values contradict is an error, not another date.
    assert!(ymd.parse("06/29/56").is_err());
    assert!(mdy.parse("56/06/29").is_err());
    // Without a pivot, refused whatever the order.
    for order in [FieldOrder::YearMonthDay, FieldOrder::MonthDayYear, FieldOrder::DayMonthYear] {
        let e = Lenient::new().with_order(order).parse("06/06/29").unwrap_err();
        assert_eq!(e.kind(), shamsi::ParseErrorKind::TwoDigitYear);
    }
}

/// The Persian ezafe after a name that ends in `ه`: `‌ی` after a zero-width
/// non-joiner (`۲۶ ژانویه‌ی ۲۰۲۴`, `جمعه‌ی ۶ بهمن ۱۴۰۲`), for every such
/// month and weekday name of the Persian and Dari tables.
#[test]
fn ezafe_after_heh() {
    use shamsi::names::{
        GREGORIAN_MONTHS_AF, GREGORIAN_MONTHS_FA, JALALI_MONTHS_DARI, JALALI_MONTHS_FA, WEEKDAYS_FA,
    };
    let mut seen = 0;
    for (table, gregorian_calendar) in [
        (GREGORIAN_MONTHS_FA, true),
        (GREGORIAN_MONTHS_AF, true),
        (JALALI_MONTHS_FA, false),
        (JALALI_MONTHS_DARI, false),
    ] {
        for (name, month) in table.iter().zip(1u8..) {
            if !name.ends_with('ه') {
                continue;
            }
            seen += 1;
            let (text, want) = if gregorian_calendar {
                (format!("۱ {name}\u{200c}ی ۲۰۲۴"), gregorian(2024, month, 1))
            } else {
                (format!("۱ {name}\u{200c}ی ۱۴۰۲"), jalali(1402, month, 1))
            };
            assert_eq!(parse_lenient(&text), Ok(want), "{text}");
            let found: Vec<_> =
                mentions(&format!("تا {text} بازگردند")).map(|m| m.month()).collect();
            assert_eq!(found, [month], "{text}");
        }
    }
    assert!(seen >= 4, "{seen} names end in ه");
    // Weekdays: جمعه and the ones that end in شنبه.
    let friday = jalali(1402, 11, 6);
    assert_eq!(parse_lenient("جمعه\u{200c}ی ۶ بهمن ۱۴۰۲"), Ok(friday));
    let saturday = jalali(1402, 11, 7);
    assert!(WEEKDAYS_FA[0].ends_with('ه'));
    assert_eq!(parse_lenient(&format!("{}\u{200c}ی ۷ بهمن ۱۴۰۲", WEEKDAYS_FA[0])), Ok(saturday));
    // Not after a name that does not end in ه.
    assert!(parse_lenient("۶ بهمن\u{200c}ی ۱۴۰۲").is_err());
}

/// The ezafe is for names only: a word that is another word with `ی`
/// (`ماهی`, fish; `نهی`, prohibition) is not the connector or the number.
#[test]
fn ezafe_is_not_taken_by_other_words() {
    assert!(parse_lenient("۶ بهمن ماهی ۱۴۰۲").is_err());
    assert!(parse_lenient("نهی بهمن ۱۴۰۲").is_err());
    assert_eq!(parse_lenient("نه بهمن ۱۴۰۲"), Ok(jalali(1402, 11, 9)));
}
