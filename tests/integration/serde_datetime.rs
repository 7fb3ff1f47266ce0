//! serde for times, date-times, offsets and instants: JSON and CBOR (a real
//! compact format) round trips, inside `#[serde(flatten)]` and `untagged`
//! too, the `with` helpers, and the errors.
#![cfg(feature = "serde")]

use serde::{Deserialize, Serialize};
use shamsi::{GregorianDateTime, JalaliDate, JalaliDateTime, Offset, Time, Weekday, Zoned};

fn cbor<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).unwrap();
    out
}

fn from_cbor<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, String> {
    ciborium::from_reader(bytes).map_err(|e| e.to_string())
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Row {
    date: JalaliDate,
    weekday: Weekday,
    time: Time,
    at: JalaliDateTime,
    gregorian: GregorianDateTime,
    offset: Offset,
    instant: Zoned,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Outer {
    id: u32,
    #[serde(flatten)]
    row: Row,
}

#[derive(Serialize, Deserialize, PartialEq, Debug)]
#[serde(untagged)]
enum Either {
    Row(Row),
    Other(u32),
}

fn row() -> Row {
    let instant = Zoned::parse_jalali("1402-11-06T14:30:00.25+03:30").unwrap();
    Row {
        date: instant.date(),
        weekday: instant.date().weekday(),
        time: instant.time(),
        at: instant.datetime(),
        gregorian: instant.to_gregorian(),
        offset: Offset::TEHRAN_MEAN_TIME,
        instant,
    }
}

#[test]
fn json() {
    let r = row();
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(
        json,
        r#"{"date":"2024-01-26[u-ca=persian]","weekday":"friday","time":"14:30:00.25","at":"2024-01-26T14:30:00.25[u-ca=persian]","gregorian":"2024-01-26T14:30:00.25","offset":"+03:25:44","instant":"2024-01-26T14:30:00.25+03:30[+03:30][u-ca=persian]"}"#
    );
    assert_eq!(serde_json::from_str::<Row>(&json).unwrap(), r);
    let outer = Outer { id: 7, row: row() };
    let json = serde_json::to_string(&outer).unwrap();
    assert_eq!(serde_json::from_str::<Outer>(&json).unwrap(), outer);
    let json = serde_json::to_string(&Either::Row(row())).unwrap();
    assert_eq!(serde_json::from_str::<Either>(&json).unwrap(), Either::Row(row()));
}

#[test]
fn cbor_round_trips_plain_flattened_and_untagged() {
    let r = row();
    let bytes = cbor(&r);
    assert_eq!(from_cbor::<Row>(&bytes).unwrap(), r);
    // The compact form is not the text: a CBOR date is its day number.
    assert_eq!(cbor(&r.date), cbor(&r.date.to_day_number()));
    assert_eq!(cbor(&r.time), cbor(&r.time.nanos_of_day()));
    let outer = Outer { id: 7, row: row() };
    assert_eq!(from_cbor::<Outer>(&cbor(&outer)).unwrap(), outer);
    let either = Either::Row(row());
    assert_eq!(from_cbor::<Either>(&cbor(&either)).unwrap(), either);
    // The instant keeps its offset and its nanoseconds.
    let back: Zoned = from_cbor(&cbor(&r.instant)).unwrap();
    assert_eq!((back.datetime(), back.offset()), (r.instant.datetime(), r.instant.offset()));
}

#[test]
fn errors_say_what_was_wrong() {
    let e = serde_json::from_str::<Time>(r#""24:00""#).unwrap_err().to_string();
    assert!(e.contains("hour 24 is out of range 0..=23"), "{e}");
    let e = serde_json::from_str::<Zoned>(r#""1402-11-06T14:30:00""#).unwrap_err().to_string();
    assert!(e.contains("invalid value"), "{e}");
    let e = serde_json::from_str::<JalaliDateTime>(r#""1402-11-06T14:30:00Z""#)
        .unwrap_err()
        .to_string();
    assert!(e.contains("offset after a civil date-time"), "{e}");
    let e = serde_json::from_str::<Time>("true").unwrap_err().to_string();
    assert!(e.contains("a time: an HH:MM:SS string"), "{e}");
    let e = from_cbor::<Time>(&cbor(&86_400_000_000_000u64)).unwrap_err();
    assert!(e.contains("time of day"), "{e}");
    let e = from_cbor::<Zoned>(&cbor(&(0i64, 1_000_000_000u32, 0i32))).unwrap_err();
    assert!(e.contains("nanosecond"), "{e}");
    let e = from_cbor::<Offset>(&cbor(&100_000i32)).unwrap_err();
    assert!(e.contains("utc offset 100000 is out of range"), "{e}");
    // A date in a JSON number is a day number, and says so when wrong.
    assert_eq!(serde_json::from_str::<JalaliDate>("19748").unwrap().to_string(), "1402-11-06");
    let e = serde_json::from_str::<JalaliDate>("true").unwrap_err().to_string();
    assert!(e.contains("a YYYY-MM-DD string, or a day number in a compact format"), "{e}");
}

#[test]
fn with_helpers() {
    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Event {
        #[serde(with = "shamsi::serde::rfc3339")]
        at: Zoned,
        #[serde(with = "shamsi::serde::unix_seconds")]
        created: Zoned,
        #[serde(with = "shamsi::serde::rfc3339::option")]
        seen: Option<Zoned>,
        #[serde(with = "shamsi::serde::unix_seconds::option")]
        deleted: Option<Zoned>,
    }
    let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30").unwrap();
    let e = Event { at: t, created: t, seen: Some(t), deleted: None };
    let json = serde_json::to_string(&e).unwrap();
    assert_eq!(
        json,
        r#"{"at":"2024-01-26T14:30:00+03:30","created":1706266800,"seen":"2024-01-26T14:30:00+03:30","deleted":null}"#
    );
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), e);
    assert!(serde_json::from_str::<Event>(&json.replace("2024-01-26T14", "2024-01-26 x")).is_err());
}
