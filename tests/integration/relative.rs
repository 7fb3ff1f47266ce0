//! Relative time against what Node's `Intl.RelativeTimeFormat` (ICU 78,
//! CLDR 48) writes, as `tools/gen_relative_time.js` stored it in
//! `tests/data/relative_time_node.tsv`: every locale the crate words, digit
//! set, style, `numeric` choice and unit, for 25 values from -1,234,567 to
//! 1,234,567; and the distance between two dates against a count by hand.

use shamsi::JalaliDate;
use shamsi::format::{Digits, Locale};
use shamsi::relative::{Numeric, RelativeFormat, RelativeStyle, RelativeUnit};

#[test]
fn phrases_are_what_icu_writes() {
    let data = include_str!("../data/relative_time_node.tsv");
    let mut rows = 0;
    for line in data.lines() {
        let [locale, digits, style, numeric, unit, value, text] =
            line.split('\t').collect::<Vec<_>>()[..]
        else {
            panic!("{line}");
        };
        let locale = match locale {
            "Persian" => Locale::Persian,
            "Dari" => Locale::Dari,
            "Pashto" => Locale::Pashto,
            _ => Locale::English,
        };
        let digits = match digits {
            "Latin" => Digits::Latin,
            "Persian" => Digits::Persian,
            _ => Digits::ArabicIndic,
        };
        let style = match style {
            "long" => RelativeStyle::Long,
            "short" => RelativeStyle::Short,
            _ => RelativeStyle::Narrow,
        };
        let numeric = if numeric == "auto" { Numeric::Auto } else { Numeric::Always };
        let unit = match unit {
            "second" => RelativeUnit::Second,
            "minute" => RelativeUnit::Minute,
            "hour" => RelativeUnit::Hour,
            "day" => RelativeUnit::Day,
            "week" => RelativeUnit::Week,
            "month" => RelativeUnit::Month,
            "quarter" => RelativeUnit::Quarter,
            _ => RelativeUnit::Year,
        };
        let f = RelativeFormat::new(locale)
            .unwrap()
            .with_digits(digits)
            .with_style(style)
            .with_numeric(numeric);
        assert_eq!(f.format(value.parse().unwrap(), unit).to_string(), text, "{line}");
        rows += 1;
    }
    assert_eq!(rows, 4 * 3 * 3 * 2 * 8 * 25);
}

#[test]
fn the_locales_without_words_are_refused() {
    for locale in Locale::ALL {
        let refused = matches!(locale, Locale::Sorani | Locale::PersianLatin);
        assert_eq!(RelativeFormat::new(locale).is_err(), refused, "{locale:?}");
    }
    let f = RelativeFormat::new(Locale::English).unwrap();
    assert_eq!(
        f.format(i64::MIN, RelativeUnit::Year).to_string(),
        "9,223,372,036,854,775,808 years ago"
    );
}

/// The distance between two dates: whole Jalali years when a year has
/// passed, else whole months, else weeks, else days, each towards zero.
#[test]
fn distances_are_counted_in_jalali_units() {
    let f = RelativeFormat::new(Locale::English).unwrap().with_numeric(Numeric::Always);
    let from = JalaliDate::new(1402, 11, 30).unwrap();
    let mut to = JalaliDate::new(1399, 1, 1).unwrap();
    while to <= JalaliDate::new(1406, 1, 1).unwrap() {
        let t = f.between(from, to);
        let p = from.until(to);
        let months = p.years * 12 + p.months;
        let days = from.days_until(to);
        let want = if months.abs() >= 12 {
            (i64::from(p.years), RelativeUnit::Year)
        } else if months != 0 {
            (i64::from(months), RelativeUnit::Month)
        } else if days.abs() >= 7 {
            (i64::from(days / 7), RelativeUnit::Week)
        } else {
            (i64::from(days), RelativeUnit::Day)
        };
        assert_eq!((t.value(), t.unit()), want, "{to}");
        // Adding the count back never passes the other date.
        if t.unit() == RelativeUnit::Month {
            let back = from.add_months(t.value() as i32, shamsi::MonthEnd::Clamp).unwrap();
            assert!(if days > 0 { back <= to } else { back >= to }, "{to}");
        }
        to = to.tomorrow().unwrap();
    }
    // A year in Jalali months, never Gregorian ones (jalali-moment #49).
    let t = f.between(JalaliDate::new(1402, 1, 1).unwrap(), JalaliDate::new(1403, 1, 1).unwrap());
    assert_eq!(t.to_string(), "in 1 year");
    let t = f.between(from, JalaliDate::new(1403, 11, 29).unwrap());
    assert_eq!(t.to_string(), "in 11 months");
}

/// The distance between two instants: elapsed seconds, minutes or hours
/// below a day, each towards zero; from a day on, the distance between
/// the calendar dates in the first instant's zone, whatever the offset the
/// second is written at.
#[test]
fn distances_between_instants() {
    use shamsi::zone::TimeZone;
    use shamsi::{Offset, Zoned};
    let f = RelativeFormat::new(Locale::English).unwrap().with_numeric(Numeric::Always);
    let tehran = TimeZone::Iran;
    let from = Zoned::parse_jalali("1402-11-06T10:00:00+03:30").unwrap().to_zone(tehran).unwrap();
    let utc = Offset::from_seconds(0).unwrap();
    let mut checked = 0;
    // Steps of 7 minutes 13 seconds over three days either side.
    let mut s = -3 * 86_400i64;
    while s <= 3 * 86_400 {
        let to = from.checked_add_seconds(s).unwrap();
        let t = f.between_zoned(from, to).unwrap();
        let want = match s.unsigned_abs() {
            0..60 => (s, RelativeUnit::Second),
            60..3600 => (s / 60, RelativeUnit::Minute),
            3600..86_400 => (s / 3600, RelativeUnit::Hour),
            _ => (i64::from(from.date().days_until(to.date())), RelativeUnit::Day),
        };
        assert_eq!((t.value(), t.unit()), want, "{s}");
        // The same instant at another offset reads the same.
        let elsewhere = to.to_offset(utc).unwrap();
        assert_eq!(f.between_zoned(from, elsewhere).unwrap(), t, "{s}");
        checked += 1;
        s += 433;
    }
    assert!(checked > 1000);
    // From a day on, the calendar's days: 10:00 to 09:00 two days later is
    // two days, 23:00 to 01:00 the next day two hours.
    let at = |s: &str| Zoned::parse_jalali(s).unwrap();
    let t = f.between_zoned(at("1402-11-06T10:00:00+03:30"), at("1402-11-08T09:00:00+03:30"));
    assert_eq!(t.unwrap().to_string(), "in 2 days");
    let t = f.between_zoned(at("1402-11-06T23:00:00+03:30"), at("1402-11-07T01:00:00+03:30"));
    assert_eq!(t.unwrap().to_string(), "in 2 hours");
    // Months and years as between dates counts them.
    let t = f.between_zoned(at("1402-11-06T10:00:00+03:30"), at("1403-11-06T09:00:00+03:30"));
    assert_eq!(t.unwrap().to_string(), "in 1 year");
    let auto = RelativeFormat::new(Locale::Persian).unwrap();
    let now = at("1402-11-06T10:00:00+03:30");
    assert_eq!(auto.between_zoned(now, now).unwrap().to_string(), "اکنون");
}

/// Periods in words against Node's unit words and lists (`Intl.NumberFormat`
/// and `Intl.ListFormat`, in `tests/data/period_words_node.tsv`), and
/// Persian's `و` between every part.
#[test]
fn periods_are_cldr_unit_words_joined() {
    let data = include_str!("../data/period_words_node.tsv");
    let mut rows = 0;
    for line in data.lines() {
        let [locale, y, m, d, text] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("{line}");
        };
        let locale = match locale {
            "English" => Locale::English,
            "Pashto" => Locale::Pashto,
            _ => Locale::Persian,
        };
        let period = shamsi::Period {
            years: y.parse().unwrap(),
            months: m.parse().unwrap(),
            days: d.parse().unwrap(),
        };
        let f = RelativeFormat::new(locale).unwrap().with_digits(Digits::Latin);
        assert_eq!(f.period(period).unwrap().to_string(), text, "{line}");
        // The length of the negated period is the same.
        let back =
            shamsi::Period { years: -period.years, months: -period.months, days: -period.days };
        assert_eq!(f.period(back).unwrap().to_string(), text, "{line}");
        rows += 1;
    }
    assert!(rows > 100, "{rows}");
    let fa = RelativeFormat::new(Locale::Persian).unwrap();
    let p = shamsi::Period { years: 2, months: 3, days: 5 };
    assert_eq!(fa.period(p).unwrap().to_string(), "۲ سال و ۳ ماه و ۵ روز");
    let dari = RelativeFormat::new(Locale::Dari).unwrap();
    assert_eq!(dari.period(p).unwrap().to_string(), "۲ سال و ۳ ماه و ۵ روز");
    let mixed = shamsi::Period { years: 1, months: -1, days: 0 };
    assert!(fa.period(mixed).is_err());
}
