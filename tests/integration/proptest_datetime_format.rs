//! Round trips of the time and offset directives through the formatter and
//! the strict reader, in every locale and digit set: `parse(format(t)) == t`.

#![cfg(feature = "alloc")]

use proptest::prelude::*;
use shamsi::format::{DateTimeFormat, Digits, InGregorian, Locale, ZonedFormat};
use shamsi::{JalaliDate, JalaliDateTime, Offset, Time, Zoned};

/// Every time and offset directive, with the `-` flag where it applies.
const DIRECTIVES: [&str; 29] = [
    "%H", "%-H", "%k", "%I", "%-I", "%l", "%M", "%-M", "%S", "%-S", "%f", "%3f", "%6f", "%9f",
    "%.f", "%.3f", "%.6f", "%.9f", "%p", "%P", "%q", "%R", "%T", "%z", "%:z", "%::z", "%Z", "%s",
    "%%",
];

const DIGITS: [Digits; 3] = [Digits::Latin, Digits::Persian, Digits::ArabicIndic];

/// Date-times of the whole range, with a fraction of whole milliseconds
/// (so that `%3f` writes all of it).
fn datetime() -> impl Strategy<Value = JalaliDateTime> {
    let days = JalaliDate::MIN.to_day_number()..=JalaliDate::MAX.to_day_number();
    (days, 0u32..86_400, 0u32..1000).prop_map(|(d, s, ms)| {
        let time =
            Time::from_nanos_of_day(u64::from(s) * 1_000_000_000 + u64::from(ms) * 1_000_000);
        JalaliDate::from_day_number(d).unwrap().at(time.unwrap())
    })
}

fn offset() -> impl Strategy<Value = Offset> {
    prop_oneof![
        Just(Offset::UTC),
        Just(Offset::IRAN_STANDARD),
        Just(Offset::TEHRAN_MEAN_TIME),
        (-93_599i32..=93_599).prop_map(|s| Offset::from_seconds(s).unwrap()),
    ]
}

fn locale() -> impl Strategy<Value = Locale> {
    proptest::sample::select(Locale::ALL.to_vec())
}

fn digits() -> impl Strategy<Value = Digits> {
    proptest::sample::select(DIGITS.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Each directive after a full instant, in every locale and digit set.
    #[test]
    fn every_directive(dt in datetime(), o in offset(), locale in locale(), digits in digits()) {
        let t = dt.at_offset(o);
        for directive in DIRECTIVES {
            let p = format!("%F %T%.f %:z {directive}");
            let f = ZonedFormat::new(&p).unwrap().with_locale(locale).with_digits(digits);
            let text = f.format(t);
            let back = f.parse(&text);
            prop_assert_eq!(back.map(|b| (b.datetime(), b.offset())), Ok((dt, o)), "{} {:?} {:?}: {}", p, locale, digits, text);
            // The same with the wall-clock date in the Gregorian calendar.
            let text = f.format(InGregorian(t));
            prop_assert_eq!(f.parse_gregorian(&text).map(|b| b.datetime()), Ok(dt), "{} {}", p, text);
        }
    }

    /// The time alone, from the directives that carry it, on both clocks.
    #[test]
    fn time_directives_alone(dt in datetime(), locale in locale(), digits in digits()) {
        let minute = dt.time().truncate_to_second();
        let minute = Time::new(minute.hour(), minute.minute(), 0).unwrap();
        let cases = [
            ("%F %H:%M:%S%.f", dt.time()),
            ("%F %k:%-M:%-S.%9f", dt.time()),
            ("%F %I:%M:%S.%3f %p", dt.time()),
            ("%F %-I:%M %P", minute),
            ("%F %l:%M %q", minute),
            ("%F %R", minute),
            ("%F %T", dt.time().truncate_to_second()),
        ];
        for (p, time) in cases {
            let f = DateTimeFormat::new(p).unwrap().with_locale(locale).with_digits(digits);
            let value = dt.date().at(time);
            let text = f.format(value);
            prop_assert_eq!(f.parse(&text), Ok(value), "{} {:?}: {}", p, locale, text);
            prop_assert_eq!(f.parse_gregorian(&f.format(value.to_gregorian())), Ok(value.to_gregorian()));
        }
    }

    /// Unix seconds alone give the instant.
    #[test]
    fn unix_seconds(s in -377_705_116_800i64..=253_402_300_799, digits in digits()) {
        let f = ZonedFormat::new("%s").unwrap().with_digits(digits);
        let t = Zoned::from_unix_seconds(s, Offset::UTC).unwrap();
        prop_assert_eq!(f.parse(&f.format(t)).map(|t| t.unix_seconds()), Ok(s));
    }
}

#[test]
fn twelve_hour_clock_and_periods() {
    let at = |h, m| JalaliDate::new(1402, 11, 6).unwrap().at(Time::new(h, m, 0).unwrap());
    let fa = |p| DateTimeFormat::new(p).unwrap().with_locale(Locale::Persian);
    assert_eq!(fa("%I:%M %p").format(at(0, 5)), "۱۲:۰۵ ق.ظ.");
    assert_eq!(fa("%I:%M %p").format(at(12, 5)), "۱۲:۰۵ ب.ظ.");
    assert_eq!(fa("%F %I:%M %p").parse("1402-11-06 12:05 ق.ظ.").unwrap(), at(0, 5));
    assert_eq!(fa("%F %I:%M %p").parse("1402-11-06 12:05 ب.ظ.").unwrap(), at(12, 5));
    let periods: Vec<String> =
        [0, 2, 9, 12, 15, 21].iter().map(|&h| fa("%q").format(at(h, 0))).collect();
    assert_eq!(periods, ["نیمه\u{200c}شب", "بامداد", "صبح", "ظهر", "عصر", "شب"]);
    // «۹ شب» is 21:00, «۲ بامداد» 02:00.
    assert_eq!(fa("%F %-I %q").parse("1402-11-06 ۹ شب").unwrap(), at(21, 0));
    assert_eq!(fa("%F %-I %q").parse("1402-11-06 ۲ بامداد").unwrap(), at(2, 0));
    // A period that disagrees with the hour is an error, not a guess.
    assert!(fa("%F %H %q").parse("1402-11-06 ۰۹ شب").is_err());
    let dari = |p| DateTimeFormat::new(p).unwrap().with_locale(Locale::Dari);
    assert_eq!(dari("%q").format(at(15, 0)), "بعدازچاشت");
    assert_eq!(dari("%F %-I %q").parse("1402-11-06 ۳ بعدازچاشت").unwrap(), at(15, 0));
    let en = |p| DateTimeFormat::new(p).unwrap();
    assert_eq!(en("%l:%M %p|%P|%q").format(at(21, 30)), " 9:30 PM|pm|at night");
    assert_eq!(en("%k|%-H|%H").format(at(7, 0)), " 7|7|07");
    // Without an hour, or a 12-hour hour alone, there is no time.
    assert!(en("%F %M").parse("1402-11-06 30").is_err());
    assert!(en("%F %I:%M").parse("1402-11-06 09:30").is_err());
}

#[test]
fn offsets_with_persian_digits_keep_their_sign_readable() {
    let t = JalaliDate::new(1402, 11, 6).unwrap().at(Time::NOON);
    let f = ZonedFormat::new("%z|%:z|%::z|%Z").unwrap().with_locale(Locale::Persian);
    let west = t.at_offset(Offset::from_seconds(-12_600).unwrap());
    assert_eq!(f.format(west), "\u{200e}-۰۳۳۰|\u{200e}-۰۳:۳۰|\u{200e}-۰۳:۳۰:۰۰|\u{200e}-۰۳:۳۰");
    let mean = t.at_offset(Offset::TEHRAN_MEAN_TIME);
    let en = ZonedFormat::new("%z|%:z|%::z|%Z").unwrap();
    assert_eq!(en.format(mean), "+032544|+03:25:44|+03:25:44|+03:25:44");
    let iran =
        Zoned::from_unix_seconds_in_zone(1_706_266_800, shamsi::zone::TimeZone::Iran).unwrap();
    assert_eq!(en.format(iran), "+0330|+03:30|+03:30:00|+0330");
    let utc = iran.to_offset(Offset::UTC).unwrap();
    assert_eq!(ZonedFormat::new("%Z %s").unwrap().format(utc), "UTC 1706266800");
}
