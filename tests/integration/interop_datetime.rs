//! Times, date-times and instants through chrono, time, jiff 0.2 and jiff
//! 1: round trips over the whole range, and the ends of each range.
#![cfg(all(
    feature = "chrono_0_4",
    feature = "time_0_3",
    feature = "jiff_0_2",
    feature = "jiff_1"
))]

use proptest::prelude::*;
use shamsi::{GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime, Offset, Time, Zoned};

fn datetime() -> impl Strategy<Value = GregorianDateTime> {
    let days = GregorianDate::MIN.to_day_number()..=GregorianDate::MAX.to_day_number();
    (days, 0u64..86_400_000_000_000).prop_map(|(d, n)| {
        GregorianDate::from_day_number(d).unwrap().at(Time::from_nanos_of_day(n).unwrap())
    })
}

proptest! {
    #[test]
    fn round_trips(g in datetime(), offset in -86_399i32..=86_399) {
        let j = g.to_jalali();
        // Civil values.
        prop_assert_eq!(GregorianDateTime::try_from(chrono::NaiveDateTime::from(g)), Ok(g));
        prop_assert_eq!(JalaliDateTime::try_from(chrono::NaiveDateTime::from(j)), Ok(j));
        prop_assert_eq!(GregorianDateTime::try_from(time::PrimitiveDateTime::from(g)), Ok(g));
        prop_assert_eq!(JalaliDateTime::from(jiff::civil::DateTime::from(j)), j);
        prop_assert_eq!(JalaliDateTime::from(jiff1::civil::DateTime::from(j)), j);
        prop_assert_eq!(Time::from(jiff1::civil::Time::from(g.time())), g.time());
        // Instants.
        let t = j.at_offset(Offset::from_seconds(offset).unwrap());
        let c = chrono::DateTime::<chrono::FixedOffset>::try_from(t);
        if let Ok(c) = c {
            prop_assert_eq!(c.timestamp(), t.unix_seconds());
            let back = Zoned::try_from(c).unwrap();
            prop_assert_eq!((back.datetime(), back.offset()), (t.datetime(), t.offset()));
        }
        let tt = time::OffsetDateTime::from(t);
        prop_assert_eq!(tt.unix_timestamp(), t.unix_seconds());
        let back = Zoned::try_from(tt).unwrap();
        prop_assert_eq!((back.datetime(), back.offset()), (t.datetime(), t.offset()));
        if let Ok(ts) = jiff::Timestamp::try_from(t) {
            prop_assert_eq!(Zoned::from(ts), t);
            let z = jiff::Zoned::try_from(t).unwrap();
            prop_assert_eq!(Zoned::from(z).offset(), t.offset());
        }
        if let Ok(ts) = jiff1::Timestamp::try_from(t) {
            prop_assert_eq!(Zoned::from(ts), t);
        }
    }
}

#[test]
fn ends_and_edges() {
    // jiff's timestamps fit inside this crate's instants: From, at both ends.
    for ts in [jiff::Timestamp::MIN, jiff::Timestamp::MAX] {
        assert_eq!(Zoned::from(ts).unix_seconds(), ts.as_second());
    }
    for ts in [jiff1::Timestamp::MIN, jiff1::Timestamp::MAX] {
        assert_eq!(Zoned::from(ts).unix_seconds(), ts.as_second());
    }
    // This crate's first instant is before jiff's.
    let first = JalaliDate::MIN.at_midnight().at_offset(Offset::UTC);
    assert!(jiff::Timestamp::try_from(first).is_err());
    assert!(jiff1::Timestamp::try_from(first).is_err());
    // chrono's leap second is clamped, not carried into the next second.
    let leap = chrono::NaiveTime::from_hms_nano_opt(23, 59, 59, 1_500_000_000).unwrap();
    assert_eq!(Time::from(leap), Time::MAX);
    // Offsets beyond chrono's ±23:59:59 are an error, not a shift.
    let far = first.checked_add_seconds(86_400 * 10).unwrap().to_offset(Offset::MAX).unwrap();
    assert!(chrono::DateTime::<chrono::FixedOffset>::try_from(far).is_err());
    // A zoned value in Tehran comes back in Iran's zone.
    let tehran = jiff::tz::TimeZone::get("Asia/Tehran").unwrap();
    let z = jiff::Timestamp::from_second(1_706_266_800).unwrap().to_zoned(tehran);
    let t = Zoned::from(z.clone());
    assert_eq!(t.zone(), shamsi::zone::TimeZone::Iran);
    assert_eq!(t.to_string(), "2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]");
    assert_eq!(t.to_string(), z.to_string() + "[u-ca=persian]");
    // Any IANA zone, and the errors.
    assert_eq!(
        t.to_iana_zone("America/New_York").unwrap().jalali().to_string(),
        "1402-11-06T06:00:00-05:00"
    );
    assert_eq!(t.to_iana_zone("Nowhere/Land"), Err(shamsi::zone::ZoneError::UnknownZone));
    let twice: JalaliDateTime = "1402-08-14T01:30:00".parse().unwrap(); // 2023-11-05, 01:30 twice in New York
    let e =
        twice.in_iana_zone("America/New_York", shamsi::zone::Disambiguation::Reject).unwrap_err();
    assert!(matches!(
        e,
        shamsi::zone::ZoneError::Date(shamsi::DateError::AmbiguousLocalTime { .. })
    ));
    let later =
        twice.in_iana_zone("America/New_York", shamsi::zone::Disambiguation::Later).unwrap();
    assert_eq!(later.offset().to_string(), "-05:00");
}

/// Any chrono `DateTime<Tz>` converts, keeping its offset.
#[test]
fn chrono_date_times_of_any_zone() {
    let utc = chrono::DateTime::from_timestamp(1_706_266_800, 5).unwrap();
    let t = Zoned::try_from(utc).unwrap();
    assert_eq!((t.unix_seconds(), t.subsec_nanos(), t.offset()), (1_706_266_800, 5, Offset::UTC));
    let tehran = utc.with_timezone(&chrono::FixedOffset::east_opt(12_600).unwrap());
    let t = Zoned::try_from(tehran).unwrap();
    assert_eq!((t.unix_seconds(), t.offset()), (1_706_266_800, Offset::IRAN_STANDARD));
    assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00.000000005+03:30");
}
