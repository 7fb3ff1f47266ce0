//! serde: round trips through JSON (human-readable) and through a compact
//! form, and every error path.
#![cfg(feature = "serde")]

use serde::{Deserialize, Serialize};
use shamsi::rule::Birashk;
use shamsi::{GregorianDate, JalaliDate, Month, Weekday};

#[test]
fn json_round_trips() {
    let d = JalaliDate::new(1402, 11, 6).unwrap();
    // RFC 9557 as Temporal writes a Persian date: ISO fields and the calendar.
    assert_eq!(serde_json::to_string(&d).unwrap(), r#""2024-01-26[u-ca=persian]""#);
    assert_eq!(serde_json::from_str::<JalaliDate>(r#""2024-01-26[u-ca=persian]""#).unwrap(), d);
    assert_eq!(serde_json::from_str::<JalaliDate>(r#""2024-01-26[u-ca=gregory]""#).unwrap(), d);
    // A date that does not say its calendar is refused, not guessed.
    let e = serde_json::from_str::<JalaliDate>(r#""1402-11-06""#).unwrap_err().to_string();
    assert!(e.contains("without a calendar annotation"), "{e}");
    let e = serde_json::from_str::<JalaliDate>(r#""2024-01-26""#).unwrap_err().to_string();
    assert!(e.contains("without a calendar annotation"), "{e}");
    let neg = JalaliDate::new(-1, 12, 29).unwrap();
    let json = serde_json::to_string(&neg).unwrap();
    assert_eq!(json, format!("\"{}[u-ca=persian]\"", neg.to_gregorian()));
    assert_eq!(serde_json::from_str::<JalaliDate>(&json).unwrap(), neg);
    let b: JalaliDate<Birashk> = serde_json::from_str(r#""2026-03-20[u-ca=persian]""#).unwrap();
    assert_eq!(b.to_string(), "1404-12-30");
    let g = GregorianDate::new(2024, 1, 26).unwrap();
    assert_eq!(serde_json::to_string(&g).unwrap(), r#""2024-01-26""#);
    assert_eq!(serde_json::from_str::<GregorianDate>(r#""2024-01-26""#).unwrap(), g);
    assert_eq!(serde_json::to_string(&Month::Bahman).unwrap(), "11");
    assert_eq!(serde_json::from_str::<Month>("11").unwrap(), Month::Bahman);
    assert_eq!(serde_json::to_string(&Weekday::Friday).unwrap(), r#""friday""#);
    for w in Weekday::all() {
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(serde_json::from_str::<Weekday>(&json).unwrap(), w);
    }
    assert_eq!(serde_json::from_str::<Weekday>(r#""Friday""#).unwrap(), Weekday::Friday);
}

#[test]
fn the_range_ends_round_trip() {
    for d in [JalaliDate::MIN, JalaliDate::MAX] {
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<JalaliDate>(&json).unwrap(), d);
    }
}

#[test]
fn every_error_path() {
    let err = |json: &str| serde_json::from_str::<JalaliDate>(json).unwrap_err().to_string();
    let leap = err(r#""2023-02-29[u-ca=persian]""#);
    assert!(leap.contains("day 29 is out of range 1..=28"), "{leap}");
    assert!(err(r#""1402/11/06""#).contains("expected '-' at byte 4"));
    assert!(err(r#""+010000-01-01[u-ca=persian]""#).contains("year 10000 is out of range"));
    assert!(err(r#""2024-01-26[Asia/Tehran]""#).contains("offset"));
    assert!(err(r#""2024-01-26[!u-ca=hebrew]""#).contains("critical annotation"));
    assert!(err(r#"true"#).contains("a date: a YYYY-MM-DD string"));
    assert!(err(r#"{}"#).contains("a date: a YYYY-MM-DD string"));
    let gerr = |json: &str| serde_json::from_str::<GregorianDate>(json).unwrap_err().to_string();
    assert!(gerr(r#""2023-02-29""#).contains("day 29 is out of range 1..=28"));
    assert!(gerr(r#""+010000-01-01""#).contains("year 10000 is out of range"));
    assert!(
        serde_json::from_str::<Month>("13")
            .unwrap_err()
            .to_string()
            .contains("month 13 is out of range 1..=12")
    );
    assert!(serde_json::from_str::<Month>("-1").is_err());
    assert!(
        serde_json::from_str::<Weekday>(r#""funday""#)
            .unwrap_err()
            .to_string()
            .contains("English weekday name")
    );
    assert!(serde_json::from_str::<Weekday>("7").is_err());
    assert!(serde_json::from_str::<Weekday>("-1").is_err());
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Row {
    #[serde(with = "shamsi::serde::gregorian_iso")]
    iso: JalaliDate,
    #[serde(with = "shamsi::serde::gregorian_iso::option")]
    iso_opt: Option<JalaliDate>,
    #[serde(with = "shamsi::serde::day_number")]
    day: JalaliDate,
    #[serde(with = "shamsi::serde::day_number::option")]
    day_opt: Option<JalaliDate>,
}

#[test]
fn with_modules() {
    let d = JalaliDate::new(1402, 11, 6).unwrap();
    let row = Row { iso: d, iso_opt: Some(d), day: d, day_opt: None };
    let json = serde_json::to_string(&row).unwrap();
    assert_eq!(json, r#"{"iso":"2024-01-26","iso_opt":"2024-01-26","day":19748,"day_opt":null}"#);
    assert_eq!(serde_json::from_str::<Row>(&json).unwrap(), row);
    let bad = [
        r#"{"iso":"2024-02-30","iso_opt":null,"day":0,"day_opt":null}"#,
        r#"{"iso":"1402-11-06x","iso_opt":null,"day":0,"day_opt":null}"#,
        r#"{"iso":"2024-01-26","iso_opt":"x","day":0,"day_opt":null}"#,
        r#"{"iso":"2024-01-26","iso_opt":null,"day":9999999,"day_opt":null}"#,
        r#"{"iso":"2024-01-26","iso_opt":null,"day":"0","day_opt":null}"#,
        r#"{"iso":"2024-01-26","iso_opt":null,"day":0,"day_opt":-9999999}"#,
        r#"{"iso":"2024-01-26","iso_opt":null,"day":99999999999,"day_opt":null}"#,
    ];
    for json in bad {
        assert!(serde_json::from_str::<Row>(json).is_err(), "{json}");
    }
    let e = serde_json::from_str::<Row>(bad[3]).unwrap_err().to_string();
    assert!(e.contains("day number 9999999 is out of range"), "{e}");
}

/// Through CBOR, a compact format: a date is its day number (an integer in
/// the data, days since 1970-01-01), a weekday and a month their numbers,
/// and each reads back, at the ends of the range too.
#[test]
fn compact_round_trips_through_cbor() {
    fn cbor<T: Serialize>(value: &T) -> Vec<u8> {
        let mut out = Vec::new();
        ciborium::into_writer(value, &mut out).unwrap();
        out
    }
    fn back<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> T {
        ciborium::from_reader(bytes).unwrap()
    }
    fn integer(bytes: &[u8]) -> i128 {
        match ciborium::from_reader::<ciborium::Value, _>(bytes).unwrap() {
            ciborium::Value::Integer(n) => n.into(),
            other => panic!("{other:?} is not an integer"),
        }
    }
    let dates = [JalaliDate::MIN, JalaliDate::new(1402, 11, 6).unwrap(), JalaliDate::MAX];
    for d in dates {
        let bytes = cbor(&d);
        assert_eq!(integer(&bytes), i128::from(d.to_day_number()), "{d}");
        assert_eq!(back::<JalaliDate>(&bytes), d);
        let g = d.to_gregorian();
        let bytes = cbor(&g);
        assert_eq!(integer(&bytes), i128::from(g.to_day_number()), "{g}");
        assert_eq!(back::<GregorianDate>(&bytes), g);
        let b = JalaliDate::from_day_number_in(Birashk, d.to_day_number());
        if let Ok(b) = b {
            assert_eq!(back::<JalaliDate<Birashk>>(&cbor(&b)), b);
        }
    }
    assert_eq!(integer(&cbor(&JalaliDate::new(1402, 11, 6).unwrap())), 19_748);
    for w in Weekday::all() {
        let bytes = cbor(&w);
        assert_eq!(integer(&bytes), i128::from(w.to_saturday_zero_offset()), "{w}");
        assert_eq!(back::<Weekday>(&bytes), w);
    }
    for m in Month::all() {
        let bytes = cbor(&m);
        assert_eq!(integer(&bytes), i128::from(m.number()), "{m}");
        assert_eq!(back::<Month>(&bytes), m);
    }
    // A day number outside the range is an error, not a date.
    let bytes = cbor(&(i64::from(JalaliDate::MAX.to_day_number()) + 1));
    assert!(ciborium::from_reader::<JalaliDate, _>(&bytes[..]).is_err());
}
