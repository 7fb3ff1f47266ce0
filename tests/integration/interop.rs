//! Conversions with chrono, time and jiff: exact on every day of the range
//! (which proves the infallible directions), errors just outside it.
#![cfg(all(feature = "chrono_0_4", feature = "time_0_3", feature = "jiff_0_2"))]

use shamsi::rule::{Birashk, Borkowski};
use shamsi::{GregorianDate, JalaliDate};

#[test]
fn every_day_of_the_range_converts_both_ways() {
    for n in GregorianDate::MIN.to_day_number()..=GregorianDate::MAX.to_day_number() {
        let g = GregorianDate::from_day_number(n).unwrap();
        let j = JalaliDate::from_gregorian(g);
        let c = chrono::NaiveDate::from(g);
        assert_eq!(GregorianDate::try_from(c), Ok(g));
        let t = time::Date::from(g);
        assert_eq!(GregorianDate::try_from(t), Ok(g));
        let z = jiff::civil::Date::from(g);
        assert_eq!(GregorianDate::from(z), g);
        assert_eq!(JalaliDate::from(z), j);
        assert_eq!(jiff::civil::Date::from(j), z);
        assert_eq!(chrono::NaiveDate::from(j), c);
        assert_eq!(time::Date::from(j), t);
        assert_eq!(JalaliDate::try_from(c), Ok(j));
        assert_eq!(JalaliDate::try_from(t), Ok(j));
    }
}

#[test]
fn fields_agree() {
    use chrono::Datelike;
    let g = GregorianDate::new(2024, 1, 26).unwrap();
    let c = chrono::NaiveDate::from(g);
    assert_eq!((c.year(), c.month(), c.day()), (2024, 1, 26));
    let t = time::Date::from(g);
    assert_eq!((t.year(), t.month() as u8, t.day()), (2024, 1, 26));
    let z = jiff::civil::Date::from(g);
    assert_eq!((z.year(), z.month(), z.day()), (2024, 1, 26));
    // The official calendar needs no annotation; another rule goes through
    // the Gregorian date.
    assert_eq!(JalaliDate::try_from(c).unwrap().to_string(), "1402-11-06");
    let j = JalaliDate::from_gregorian_in(Birashk, GregorianDate::try_from(c).unwrap()).unwrap();
    assert_eq!(j.to_string(), "1402-11-06");
}

#[test]
fn outside_the_range_is_an_error() {
    let before = chrono::NaiveDate::from_ymd_opt(-10_000, 12, 31).unwrap();
    let after = chrono::NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
    for c in [before, after, chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
        assert!(GregorianDate::try_from(c).is_err(), "{c}");
        assert!(JalaliDate::<shamsi::rule::Official>::try_from(c).is_err(), "{c}");
    }
    let e = GregorianDate::try_from(after).unwrap_err();
    assert_eq!(e.to_string(), "day number 2932897 is out of range -4371587..=2932896");
    // Borkowski's rule is narrower than every crate's range.
    let c = chrono::NaiveDate::from_ymd_opt(4000, 1, 1).unwrap();
    let borkowski = |g: GregorianDate| JalaliDate::from_gregorian_in(Borkowski, g);
    assert!(borkowski(GregorianDate::try_from(c).unwrap()).is_err());
    assert!(GregorianDate::try_from(time::Date::MIN).map_or(true, |g| borkowski(g).is_err()));
    assert!(JalaliDate::<Borkowski>::try_from(jiff::civil::Date::MIN).is_err());
}

/// jiff's dates convert to and from the dates of every rule, as the other
/// crates' do.
#[test]
fn jiff_and_every_rule() {
    use shamsi::rule::{Rule, Rule33};
    let z = jiff::civil::date(2025, 3, 20);
    let official: JalaliDate = z.into();
    let rule33: JalaliDate<Rule33> = z.into();
    let birashk: JalaliDate<Birashk> = z.into();
    let borkowski = JalaliDate::<Borkowski>::try_from(z).unwrap();
    assert_eq!(official.to_string(), "1403-12-30");
    assert_eq!(rule33.to_string(), "1403-12-30");
    assert_eq!(birashk.to_string(), "1404-01-01");
    assert_eq!(borkowski.to_string(), "1403-12-30");
    for d in [jiff::civil::Date::from(rule33), birashk.into(), borkowski.into()] {
        assert_eq!(d, z);
    }
    // Every rule but Borkowski's covers jiff's whole range.
    for z in [jiff::civil::Date::MIN, jiff::civil::Date::MAX] {
        let g = GregorianDate::from(z);
        assert_eq!(JalaliDate::<Rule33>::from(z), Rule33.from_gregorian(g).unwrap());
        assert_eq!(JalaliDate::<Birashk>::from(z), Birashk.from_gregorian(g).unwrap());
    }
}

/// Every numbering of `Weekday` goes both ways, and the weekday of a date
/// is the other crates' weekday of the same day, through `From`.
#[test]
fn weekdays_convert_both_ways() {
    use shamsi::Weekday;
    for w in Weekday::all() {
        assert_eq!(Weekday::from_saturday_zero_offset(w.to_saturday_zero_offset()), Ok(w));
        assert_eq!(Weekday::from_saturday_one_offset(w.to_saturday_one_offset()), Ok(w));
        assert_eq!(Weekday::from_monday_zero_offset(w.to_monday_zero_offset()), Ok(w));
        assert_eq!(Weekday::from_monday_one_offset(w.to_monday_one_offset()), Ok(w));
        assert_eq!(Weekday::from_sunday_zero_offset(w.to_sunday_zero_offset()), Ok(w));
        assert_eq!(Weekday::from_sunday_one_offset(w.to_sunday_one_offset()), Ok(w));
        assert_eq!(Weekday::from(chrono::Weekday::from(w)), w);
        assert_eq!(Weekday::from(time::Weekday::from(w)), w);
        assert_eq!(Weekday::from(jiff::civil::Weekday::from(w)), w);
    }
    let mut day = GregorianDate::new(2024, 1, 20).unwrap();
    for _ in 0..14 {
        use chrono::Datelike;
        let w = day.weekday();
        assert_eq!(chrono::Weekday::from(w), chrono::NaiveDate::from(day).weekday());
        assert_eq!(time::Weekday::from(w), time::Date::from(day).weekday());
        assert_eq!(jiff::civil::Weekday::from(w), jiff::civil::Date::from(day).weekday());
        assert_eq!(
            u32::from(w.to_monday_zero_offset()),
            chrono::NaiveDate::from(day).weekday().num_days_from_monday()
        );
        day = day.checked_add_days(1).unwrap();
    }
}
