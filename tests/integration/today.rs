//! The date at an instant in Iran and Afghanistan, checked against jiff's
//! bundled copy of the IANA time zone database.

use shamsi::{DateError, Field, JalaliDate, Offset, iran_utc_offset};

/// An offset of whole seconds east of UTC, within the range.
fn at(seconds: i32) -> Offset {
    Offset::from_seconds(seconds).unwrap()
}

/// 2025-03-20T22:00:00Z.
const NOWRUZ_1404_EVE: i64 = 1_742_508_000;

#[test]
fn twenty_two_utc_on_20_march_2025_is_already_1404_in_tehran() {
    assert_eq!(
        JalaliDate::from_unix_seconds_in_iran(NOWRUZ_1404_EVE).unwrap(),
        JalaliDate::new(1404, 1, 1).unwrap()
    );
    assert_eq!(
        JalaliDate::from_unix_seconds(NOWRUZ_1404_EVE, Offset::UTC).unwrap(),
        JalaliDate::new(1403, 12, 30).unwrap()
    );
    // Tehran's midnight is 20:30 UTC.
    assert_eq!(
        JalaliDate::from_unix_seconds_in_iran(1_742_502_600 - 1).unwrap().to_string(),
        "1403-12-30"
    );
    assert_eq!(
        JalaliDate::from_unix_seconds_in_iran(1_742_502_600).unwrap().to_string(),
        "1404-01-01"
    );
    // Kabul's, 19:30 UTC.
    assert_eq!(
        JalaliDate::from_unix_seconds(1_742_499_000, Offset::AFGHANISTAN).unwrap().to_string(),
        "1404-01-01"
    );
    assert_eq!(
        JalaliDate::from_unix_seconds_in_afghanistan(1_742_499_000).unwrap().to_string(),
        "1404-01-01"
    );
}

#[test]
fn daylight_saving_history() {
    // 2022-06-01: +4:30; 2023-06-01: +3:30 (abolished after 2022-09-21).
    assert_eq!(iran_utc_offset(1_654_041_600), Offset::IRAN_DAYLIGHT);
    assert_eq!(iran_utc_offset(1_685_577_600), Offset::IRAN_STANDARD);
    assert_eq!(iran_utc_offset(i64::MAX), Offset::IRAN_STANDARD);
    assert_eq!(iran_utc_offset(i64::MIN), Offset::TEHRAN_MEAN_TIME);
    // 23:45 local daylight time on 31 Khordad 1401 is 19:15 UTC; at standard
    // time the date would be the same, but at 20:00 UTC it differs.
    let t = 1_655_496_000; // 2022-06-17T20:00:00Z = 00:30 (+4:30) on 28 Khordad
    assert_eq!(JalaliDate::from_unix_seconds_in_iran(t).unwrap().to_string(), "1401-03-28");
    assert_eq!(
        JalaliDate::from_unix_seconds(t, Offset::IRAN_STANDARD).unwrap().to_string(),
        "1401-03-27"
    );
}

#[test]
fn errors() {
    // An offset out of range cannot be made.
    assert_eq!(
        Offset::from_seconds(100_000).unwrap_err().to_string(),
        "utc offset 100000 is out of range -93599..=93599"
    );
    assert!(JalaliDate::from_unix_seconds(i64::MAX, Offset::MAX).is_err());
    // The error gives the day number the instant falls on.
    for (seconds, offset) in [(i64::MAX, 0), (i64::MIN, 0), (i64::MAX, 93_599), (1 << 50, -3600)] {
        let day = (i128::from(seconds) + i128::from(offset)).div_euclid(86_400);
        match JalaliDate::from_unix_seconds(seconds, at(offset)) {
            Err(DateError::FieldOutOfRange { field: Field::DayNumber, value, .. }) => {
                assert_eq!(i128::from(value), day);
            }
            other => panic!("{seconds} {offset}: {other:?}"),
        }
    }
    assert!(JalaliDate::from_unix_seconds(i64::MIN, Offset::MIN).is_err());
    assert!(JalaliDate::from_unix_seconds_in_iran(i64::MAX).is_err());
    assert!(JalaliDate::from_unix_seconds_in_afghanistan(i64::MIN).is_err());
}

#[cfg(feature = "std")]
#[test]
fn today_is_consistent() {
    let iran = JalaliDate::today_in_iran();
    let kabul = JalaliDate::today_in_afghanistan();
    let utc = JalaliDate::today_at_offset(Offset::UTC);
    for d in [iran, kabul] {
        assert!((0..=1).contains(&utc.days_until(d)), "{utc} {d}");
    }
    assert_eq!(JalaliDate::today_at_offset(Offset::AFGHANISTAN).days_until(kabul).abs(), 0);
}

#[cfg(all(feature = "std", feature = "jiff_0_2"))]
#[test]
fn iran_offsets_match_jiff() {
    let tz = jiff::tz::TimeZone::get("Asia/Tehran").unwrap();
    let offset = |t: i64| tz.to_offset(jiff::Timestamp::from_second(t).unwrap()).seconds();
    // Every three hours from 1900 to 2040 (the crate's table and jiff's
    // bundled database are both IANA 2026f; tests/zones.rs checks every
    // transition to the second).
    let mut t = -2_208_988_800;
    let mut checked = 0;
    while t < 2_208_988_800 {
        assert_eq!(iran_utc_offset(t).seconds(), offset(t), "at {t}");
        t += 3 * 3600;
        checked += 1;
    }
    assert!(checked > 400_000);
    let kabul = jiff::tz::TimeZone::get("Asia/Kabul").unwrap();
    assert_eq!(
        kabul.to_offset(jiff::Timestamp::from_second(NOWRUZ_1404_EVE).unwrap()).seconds(),
        Offset::AFGHANISTAN.seconds()
    );
    assert!(
        JalaliDate::today_in_time_zone("Asia/Tehran")
            .unwrap()
            .days_until(JalaliDate::today_in_iran())
            .abs()
            <= 1
    );
}
