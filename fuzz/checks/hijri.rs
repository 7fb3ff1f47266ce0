//! Any bytes into the lunar Hijri calendars, their readers and the holidays:
//! nothing panics, and whatever is returned is consistent (a date built from
//! fields has those fields and reads back from its day number; text written
//! reads back; business-day counts agree with their sign rule).

use shamsi::format::{HijriFormat, Locale};
use shamsi::hijri::{
    AnyCalendar, Fallback, HijriDate, Iran, LunarCalendar, MonthStart, Tabular, UmmAlQura,
    WithMonthStarts,
};
use shamsi::holidays::{Country, Weekend, WorkCalendar};
use shamsi::parse::{Lenient, Parsed};
use shamsi::{GregorianDate, JalaliDate};

fn calendars() -> [AnyCalendar; 5] {
    [
        AnyCalendar::Iran(Iran::OBSERVED),
        AnyCalendar::Iran(Iran::with_fallback(Fallback::CivilPlusOneDay)),
        AnyCalendar::UmmAlQura,
        AnyCalendar::Tabular(Tabular::CIVIL),
        AnyCalendar::Tabular(Tabular::TBLA),
    ]
}

fn check<C: LunarCalendar>(cal: C, year: i32, month: u8, day: u8, days: i32) {
    if let Ok(d) = HijriDate::new_in(cal, year, month, day) {
        assert_eq!((d.year(), d.month(), d.day()), (year, month, day));
        let back = HijriDate::from_day_number_in(cal, d.to_day_number()).unwrap();
        assert_eq!(back, d);
        let len = cal.days_in_month(year, month);
        assert!(len.map_or(true, |l| l == 29 || l == 30));
        assert_eq!(d.checked_add_days(days), d.add_days(days).ok());
        if let Ok(e) = d.add_days(days) {
            assert_eq!(d.days_until(e), days);
        }
        let text = HijriFormat::new(Locale::Persian).display(d).to_string();
        if year >= 100 {
            let lenient = Lenient::new().with_hijri(AnyCalendar::UmmAlQura);
            if let Ok(Parsed::Hijri(h)) = lenient.parse(&text) {
                assert_eq!((h.year(), h.month(), h.day()), (year, month, day), "{text}");
            }
        }
    }
    let _ = HijriDate::from_day_number_in(cal, days);
}

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let in_bounds = |e: shamsi::ParseError| {
            assert!(e.offset() <= text.len() && text.is_char_boundary(e.offset()), "{e}");
        };
        for cal in calendars() {
            if let Err(e) = Lenient::new().with_hijri(cal).parse(text) {
                in_bounds(e);
            }
        }
        if let Err(e) = text.parse::<HijriDate>() {
            in_bounds(e);
        }
        let _ = text.parse::<AnyCalendar>();
    }
    if data.len() < 14 {
        return;
    }
    let int = |i: usize| i32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    let (raw_year, month, day, days) = (int(0), data[4], data[5], int(6));
    let year = if data[13] & 1 == 0 { raw_year } else { raw_year.rem_euclid(3000) - 500 };
    for cal in calendars() {
        check(cal, year, month, day, days);
    }
    // Caller-supplied month starts: accepted only when consistent.
    if let Ok(first_day) = GregorianDate::from_day_number(int(10).rem_euclid(60_000) - 20_000) {
        let starts = [MonthStart { year: year.rem_euclid(400) + 1200, month, first_day }];
        if let Ok(cal) = WithMonthStarts::new(UmmAlQura, &starts) {
            check(cal, starts[0].year, month, 1, days);
            check(cal, starts[0].year, month, day, days);
        }
    }
    // Holidays and business days over a bounded span.
    let country = if data[12] & 1 == 0 { Country::Iran } else { Country::Afghanistan };
    let _ = country.holidays(year);
    let weekend = match data[12] % 3 {
        0 => Weekend::Friday,
        1 => Weekend::ThursdayFriday,
        _ => Weekend::FridaySaturday,
    };
    let work = WorkCalendar::new(country).with_weekend(weekend);
    if let (Ok(a), Ok(b)) = (
        JalaliDate::from_day_number(int(6).rem_euclid(40_000) - 5_000),
        JalaliDate::from_day_number(int(8).rem_euclid(40_000) - 5_000),
    ) {
        if let (Ok(x), Ok(y)) = (work.count(a, b), work.count(b, a)) {
            assert!((x >= 0) == (a <= b) || x == 0, "{a} {b} {x}");
            assert!(x.abs() <= a.days_until(b).abs() && y.abs() <= a.days_until(b).abs());
        }
        let _ = work.add(a, i32::from(data[13]) - 128);
        let _ = work.next_business_day(a);
    }
}
