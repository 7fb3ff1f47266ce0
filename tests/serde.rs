//! serde: round trips through JSON (human-readable) and through a compact
//! form, and every error path.
#![cfg(feature = "serde")]

use serde::{Deserialize, Serialize};
use shamsi::rule::Birashk;
use shamsi::{GregorianDate, JalaliDate, Month, Weekday};

#[test]
fn json_round_trips() {
    let d = JalaliDate::new(1402, 11, 6).unwrap();
    assert_eq!(serde_json::to_string(&d).unwrap(), r#""1402-11-06""#);
    assert_eq!(serde_json::from_str::<JalaliDate>(r#""1402-11-06""#).unwrap(), d);
    let neg = JalaliDate::new(-1, 12, 29).unwrap();
    assert_eq!(serde_json::to_string(&neg).unwrap(), r#""-0001-12-29""#);
    assert_eq!(serde_json::from_str::<JalaliDate>(r#""-0001-12-29""#).unwrap(), neg);
    let b: JalaliDate<Birashk> = serde_json::from_str(r#""1404-12-30""#).unwrap();
    assert_eq!(b.to_gregorian().to_string(), "2026-03-20");
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
    assert!(
        err(r#""1402-12-30""#).contains("day 30 is out of range 1..=29"),
        "{}",
        err(r#""1402-12-30""#)
    );
    assert!(err(r#""1402/11/06""#).contains("expected '-' at byte 4"));
    assert!(err(r#""9999-01-01""#).contains("year 9999 is out of range"));
    assert!(err(r#"true"#).contains("a date: a YYYY-MM-DD string"));
    assert!(err(r#"{}"#).contains("a date: a YYYY-MM-DD string"));
    let gerr = |json: &str| serde_json::from_str::<GregorianDate>(json).unwrap_err().to_string();
    assert!(gerr(r#""2023-02-29""#).contains("day 29 is out of range 1..=28"));
    assert!(gerr(r#""10000-01-01""#).contains("year 10000 is out of range"));
    assert!(serde_json::from_str::<Month>("13")
        .unwrap_err()
        .to_string()
        .contains("month 13 is out of range 1..=12"));
    assert!(serde_json::from_str::<Month>("-1").is_err());
    assert!(serde_json::from_str::<Weekday>(r#""funday""#)
        .unwrap_err()
        .to_string()
        .contains("English weekday name"));
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

/// A minimal non-human-readable serializer check: serde's own test
/// `Readable`/`Compact` switch through `serde_json` is not available, so use
/// a value that records what it was given.
#[test]
fn compact_form_is_the_day_number() {
    use serde::ser::{Impossible, Serializer};

    struct Compact;
    #[derive(Debug)]
    struct Error;
    impl std::fmt::Display for Error {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("unsupported")
        }
    }
    impl std::error::Error for Error {}
    impl serde::ser::Error for Error {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Error
        }
    }
    macro_rules! unsupported {
        ($($name:ident($($t:ty),*)),*) => {$(
            fn $name(self, $(_: $t),*) -> Result<i64, Error> { Err(Error) }
        )*};
    }
    impl Serializer for Compact {
        type Ok = i64;
        type Error = Error;
        type SerializeSeq = Impossible<i64, Error>;
        type SerializeTuple = Impossible<i64, Error>;
        type SerializeTupleStruct = Impossible<i64, Error>;
        type SerializeTupleVariant = Impossible<i64, Error>;
        type SerializeMap = Impossible<i64, Error>;
        type SerializeStruct = Impossible<i64, Error>;
        type SerializeStructVariant = Impossible<i64, Error>;
        fn is_human_readable(&self) -> bool {
            false
        }
        fn serialize_i32(self, v: i32) -> Result<i64, Error> {
            Ok(i64::from(v))
        }
        fn serialize_u8(self, v: u8) -> Result<i64, Error> {
            Ok(i64::from(v))
        }
        unsupported!(
            serialize_bool(bool),
            serialize_i8(i8),
            serialize_i16(i16),
            serialize_i64(i64),
            serialize_u16(u16),
            serialize_u32(u32),
            serialize_u64(u64),
            serialize_f32(f32),
            serialize_f64(f64),
            serialize_char(char),
            serialize_str(&str),
            serialize_bytes(&[u8]),
            serialize_none(),
            serialize_unit(),
            serialize_unit_struct(&'static str),
            serialize_unit_variant(&'static str, u32, &'static str)
        );
        fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<i64, Error> {
            Err(Error)
        }
        fn serialize_newtype_struct<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: &T,
        ) -> Result<i64, Error> {
            Err(Error)
        }
        fn serialize_newtype_variant<T: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<i64, Error> {
            Err(Error)
        }
        fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
            Err(Error)
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
            Err(Error)
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Error> {
            Err(Error)
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Error> {
            Err(Error)
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
            Err(Error)
        }
        fn serialize_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStruct, Error> {
            Err(Error)
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Error> {
            Err(Error)
        }
    }
    let d = JalaliDate::new(1402, 11, 6).unwrap();
    assert_eq!(d.serialize(Compact).unwrap(), 19_748);
    assert_eq!(d.to_gregorian().serialize(Compact).unwrap(), 19_748);
    assert_eq!(Weekday::Friday.serialize(Compact).unwrap(), 6);
    assert_eq!(Month::Esfand.serialize(Compact).unwrap(), 12);
}
