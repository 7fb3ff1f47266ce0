//! Times, date-times and offset date-times: round trips through Unix time
//! and text over the whole range, arithmetic that adds back, the ends of
//! the range, and the errors.

use core::time::Duration;

use proptest::prelude::*;
use shamsi::{
    DateError, Field, GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime, Offset,
    ParseErrorKind, Time, Zoned,
};

const MIN_UNIX: i64 = -377_705_116_800; // -9999-01-01T00:00:00Z
const MAX_UNIX: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z

fn time() -> impl Strategy<Value = Time> {
    (0u64..86_400_000_000_000).prop_map(|n| Time::from_nanos_of_day(n).unwrap())
}

fn datetime() -> impl Strategy<Value = JalaliDateTime> {
    let days = JalaliDate::MIN.to_day_number()..=JalaliDate::MAX.to_day_number();
    (days, time()).prop_map(|(d, t)| JalaliDate::from_day_number(d).unwrap().at(t))
}

fn offset() -> impl Strategy<Value = Offset> {
    (-93_599i32..=93_599).prop_map(|s| Offset::from_seconds(s).unwrap())
}

proptest! {
    #[test]
    fn unix_seconds_round_trip(s in MIN_UNIX..=MAX_UNIX) {
        let t = Zoned::from_unix_seconds(s, Offset::UTC).unwrap();
        prop_assert_eq!(t.unix_seconds(), s);
        prop_assert_eq!(t.unix_millis(), s * 1000);
        // The date is the one the date API gives for the day.
        prop_assert_eq!(t.date(), JalaliDate::from_unix_seconds(s, Offset::UTC).unwrap());
    }

    #[test]
    fn unix_nanos_round_trip(n in (MIN_UNIX as i128 * 1_000_000_000)..=(MAX_UNIX as i128 * 1_000_000_000), o in offset()) {
        match Zoned::from_unix_nanos(n, o) {
            Ok(t) => {
                prop_assert_eq!(t.unix_nanos(), n);
                prop_assert_eq!(t.offset(), o);
                let utc = t.to_offset(Offset::UTC).unwrap();
                prop_assert_eq!(utc, t);
                prop_assert_eq!(utc.datetime().nanos_until(t.datetime()), i128::from(o.seconds()) * 1_000_000_000);
            }
            // Only near the ends, where the offset moves the wall clock out.
            Err(DateError::FieldOutOfRange { field: Field::UnixSeconds, .. }) => {
                let s = n.div_euclid(1_000_000_000) as i64;
                prop_assert!(s - MIN_UNIX < 93_600 || MAX_UNIX - s < 93_600, "{}", n);
            }
            Err(e) => prop_assert!(false, "{}", e),
        }
    }

    #[test]
    fn text_round_trips(dt in datetime(), o in offset()) {
        let s = dt.to_string();
        prop_assert_eq!(JalaliDateTime::parse_jalali(&s).unwrap(), dt);
        // FromStr reads it back unless the year reads as Gregorian.
        match s.parse::<JalaliDateTime>() {
            Ok(back) => prop_assert_eq!(back, dt),
            Err(e) => prop_assert!(dt.date().year() >= 1700 && e.kind() == ParseErrorKind::NoCalendar),
        }
        let g = dt.to_gregorian();
        prop_assert_eq!(g.to_string().parse::<GregorianDateTime>().unwrap(), g);
        prop_assert_eq!(g.to_jalali(), dt);
        let t = dt.at_offset(o);
        let text = t.to_string();
        let back: Zoned = text.parse().unwrap();
        prop_assert_eq!(back.datetime(), dt);
        prop_assert_eq!(back.offset(), o);
        let back = Zoned::parse_jalali(&t.jalali().to_string()).unwrap();
        prop_assert_eq!((back.datetime(), back.offset()), (dt, o));
        let rfc = t.rfc3339().to_string();
        if dt.date().to_gregorian().year() >= 0 {
            let back = Zoned::parse_rfc3339(&rfc).unwrap();
            prop_assert_eq!(back.datetime(), dt);
            let extended = t.rfc9557().to_string();
            let (back, zone) = Zoned::parse_rfc9557(&extended).unwrap();
            let name = o.to_string();
            prop_assert_eq!((back.datetime(), zone), (dt, Some(name.as_str())));
        }
        prop_assert_eq!(dt.time().to_string().parse::<Time>().unwrap(), dt.time());
    }

    #[test]
    fn arithmetic_adds_back(dt in datetime(), n in any::<i64>()) {
        let n = i128::from(n) * 1000;
        match dt.checked_add_nanos(n) {
            Some(later) => {
                prop_assert_eq!(dt.nanos_until(later), n);
                prop_assert_eq!(later.checked_add_nanos(-n), Some(dt));
                prop_assert_eq!(dt.saturating_add_nanos(n), later);
                prop_assert_eq!(later > dt, n > 0);
            }
            None => {
                let end = dt.saturating_add_nanos(n);
                prop_assert!(end == JalaliDate::MIN.at_midnight() || end == JalaliDate::MAX.at(Time::MAX));
            }
        }
    }

    #[test]
    fn duration_arithmetic(dt in datetime(), secs in 0u64..1 << 40, nanos in 0u32..1_000_000_000) {
        let d = Duration::new(secs, nanos);
        if let Some(later) = dt.checked_add(d) {
            prop_assert_eq!(dt.duration_until(later), Some(d));
            prop_assert_eq!(later.checked_sub(d), Some(dt));
        }
    }

    #[test]
    fn equal_by_instant(dt in datetime(), a in offset(), b in offset()) {
        let x = dt.at_offset(a);
        if let Ok(y) = x.to_offset(b) {
            prop_assert_eq!(x, y);
            prop_assert_eq!(x.cmp(&y), core::cmp::Ordering::Equal);
            prop_assert_eq!(x.unix_nanos(), y.unix_nanos());
        }
    }
}

#[test]
fn every_second_of_a_day_through_text() {
    let date = JalaliDate::new(1402, 11, 6).unwrap();
    for s in 0..86_400 {
        let t = Time::from_seconds_of_day(s).unwrap();
        let text = date.at(t).to_string();
        assert_eq!(text.parse::<JalaliDateTime>().unwrap().time(), t, "{text}");
        let instant = date.at(t).at_offset(Offset::IRAN_STANDARD);
        assert_eq!(instant.unix_seconds(), 1_706_214_600 + i64::from(s));
    }
}

#[test]
fn ends_of_the_range() {
    let first = JalaliDate::MIN.at_midnight();
    let last = JalaliDate::MAX.at(Time::MAX);
    assert_eq!(first.to_gregorian().to_string(), "-9999-01-01T00:00:00");
    assert_eq!(last.to_gregorian().to_string(), "9999-12-31T23:59:59.999999999");
    assert_eq!(first.checked_add_nanos(-1), None);
    assert_eq!(last.checked_add_nanos(1), None);
    assert_eq!(last.checked_add(Duration::MAX), None);
    assert_eq!(first.checked_sub(Duration::MAX), None);
    assert_eq!(first.checked_add_seconds(i64::MAX), None);
    assert_eq!(first.seconds_until(last), MAX_UNIX - MIN_UNIX);
    assert_eq!(first.at_offset(Offset::UTC).unix_seconds(), MIN_UNIX);
    assert_eq!(last.at_offset(Offset::UTC).unix_seconds(), MAX_UNIX);
    assert_eq!(
        last.at_offset(Offset::UTC).unix_nanos(),
        i128::from(MAX_UNIX) * 1_000_000_000 + 999_999_999
    );
    // The wall clock of an instant at the ends, at a far offset, is outside.
    assert!(last.at_offset(Offset::UTC).to_offset(Offset::MAX).is_err());
    assert!(first.at_offset(Offset::UTC).to_offset(Offset::MIN).is_err());
    for s in [i64::MIN, i64::MAX, MIN_UNIX - 1, MAX_UNIX + 1] {
        let err = Zoned::from_unix_seconds(s, Offset::UTC).unwrap_err();
        assert!(matches!(err, DateError::FieldOutOfRange { field: Field::UnixSeconds, .. }), "{s}");
    }
    for n in [i128::MIN, i128::MAX] {
        assert!(Zoned::from_unix_nanos(n, Offset::UTC).is_err());
    }
    assert!(Zoned::from_unix_millis(i64::MIN, Offset::UTC).is_err());
    assert_eq!(
        Zoned::from_unix_millis(MAX_UNIX * 1000 + 999, Offset::UTC).unwrap().unix_millis(),
        MAX_UNIX * 1000 + 999
    );
}

#[test]
fn text_errors() {
    let kind = |s: &str| s.parse::<JalaliDateTime>().unwrap_err().kind();
    assert_eq!(kind("1402-11-06T14:30:00+03:30"), ParseErrorKind::UnexpectedOffset);
    assert_eq!(kind("1402-11-06T14:30:00Z"), ParseErrorKind::UnexpectedOffset);
    assert_eq!(kind("1402-11-06T14:30:00[Asia/Tehran]"), ParseErrorKind::UnexpectedOffset);
    assert_eq!(kind("1402-11-06T14:30:00 "), ParseErrorKind::TrailingInput);
    assert_eq!(kind("1402-11-06"), ParseErrorKind::UnexpectedEnd);
    assert_eq!(
        kind("1402-11-06X14:30"),
        ParseErrorKind::Expected("'T' between the date and the time")
    );
    assert!(matches!(
        kind("1402-11-06T24:00:00"),
        ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { field: Field::Hour, .. })
    ));
    assert!(matches!(
        kind("1402-11-06T23:59:60"),
        ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { field: Field::Second, .. })
    ));
    assert!(matches!(
        kind("1404-12-30T00:00"),
        ParseErrorKind::InvalidDate(DateError::InvalidDay { .. })
    ));
    let err = "1402-11-06T14:30:00+03:30".parse::<JalaliDateTime>().unwrap_err();
    assert_eq!(err.offset(), 19);
    assert_eq!(
        err.to_string(),
        "a utc offset after a civil date-time (read it as an offset date-time) at byte 19"
    );
    // The offset type needs its offset, and checks its range.
    let kind = |s: &str| s.parse::<Zoned>().unwrap_err().kind();
    assert_eq!(kind("1402-11-06T14:30:00"), ParseErrorKind::UnexpectedEnd);
    assert!(matches!(
        kind("1402-11-06T14:30:00+26:00"),
        ParseErrorKind::InvalidDate(DateError::FieldOutOfRange { field: Field::UtcOffset, .. })
    ));
    assert_eq!(
        Zoned::parse_jalali("1402-11-06T14:30:00+03:25:44").unwrap().offset(),
        Offset::TEHRAN_MEAN_TIME
    );
    assert_eq!(Zoned::parse_jalali("1402-11-06 14:30+0330").unwrap().unix_seconds(), 1_706_266_800);
    // RFC 3339 needs seconds and an offset, and a Gregorian date.
    assert!(Zoned::parse_rfc3339("2024-01-26T14:30+03:30").is_err());
    assert!(Zoned::parse_rfc3339("2023-02-29T14:30:00Z").is_err());
    assert!(Zoned::parse_rfc3339("2024-01-26T14:30:00Z[Asia/Tehran]").is_err());
    let (t, _) = Zoned::parse_rfc9557("2024-01-26T11:00:00Z[u-ca=hebrew]").unwrap();
    assert_eq!(t.unix_seconds(), 1_706_266_800);
    let critical = Zoned::parse_rfc9557("2024-01-26T11:00:00Z[!x-foo=bar]").unwrap_err();
    assert_eq!(critical.kind(), ParseErrorKind::CriticalAnnotation);
    assert!(Zoned::parse_rfc9557("2024-01-26T11:00:00Z[!u-ca=persian]").is_ok());
    let (t, zone) = Zoned::parse_rfc9557("2024-01-26T15:30:00+04:30[Asia/Kabul]").unwrap();
    assert_eq!(
        (t.jalali().to_string().as_str(), zone),
        ("1402-11-06T15:30:00+04:30", Some("Asia/Kabul"))
    );
    let (t, zone) = Zoned::parse_rfc9557("2024-01-26T12:00:00+01:00[Europe/Berlin]").unwrap();
    assert_eq!((t.unix_seconds(), zone), (1_706_266_800, Some("Europe/Berlin")));
}

#[test]
fn gregorian_twins() {
    let g = GregorianDate::new(2024, 1, 26).unwrap().at(Time::new(14, 30, 0).unwrap());
    assert_eq!(JalaliDateTime::from(g).to_string(), "1402-11-06T14:30:00");
    assert_eq!(GregorianDateTime::from(g.to_jalali()), g);
    assert_eq!(g.checked_add_seconds(86_400).unwrap().to_string(), "2024-01-27T14:30:00");
    assert_eq!(g.seconds_until(g.checked_add(Duration::from_secs(5)).unwrap()), 5);
    assert_eq!(g.at_offset(Offset::IRAN_STANDARD).unix_seconds(), 1_706_266_800);
}
