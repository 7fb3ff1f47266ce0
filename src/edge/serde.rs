//! `serde` support (feature `serde`).
//!
//! What the types write for machines follows RFC 9557 and TC39 Temporal,
//! so that no other system reads a Jalali value as a Gregorian one: a
//! value with Jalali fields in a `YYYY-MM-DD` shape is never written, and a
//! bare `YYYY-MM-DD` is never read as a Jalali date (it says no calendar).
//! See [Strings and interchange](crate#strings-and-interchange).
//!
//! | type | human-readable formats (JSON, TOML, …) | compact formats (bincode, postcard, …) |
//! |---|---|---|
//! | [`JalaliDate<R>`](crate::JalaliDate) | `"2024-01-26[u-ca=persian]"` (ISO fields, as Temporal's `PlainDate`) | the day number (`i32`, days since 1970-01-01) |
//! | [`GregorianDate`] | `"2024-01-26"` | the day number |
//! | [`Month`] | its number, `11` | its number |
//! | [`Weekday`] | `"friday"` | Saturday = 0 … Friday = 6 |
//! | [`Time`] | `"14:30:00"` | nanoseconds of the day (`u64`) |
//! | [`JalaliDateTime<R>`](crate::JalaliDateTime) | `"2024-01-26T14:30:00[u-ca=persian]"` | (day number, nanoseconds of the day) |
//! | [`GregorianDateTime`] | `"2024-01-26T14:30:00"` | (day number, nanoseconds of the day) |
//! | [`Offset`] | `"+03:30"` | seconds east of UTC (`i32`) |
//! | [`Zoned<R>`](crate::Zoned) | `"2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]"` (its `Display`); reads RFC 3339 and RFC 9557 from any system | (Unix seconds, nanoseconds, offset seconds) |
//!
//! (The compact form of an offset date-time keeps its offset, not its time
//! zone.) Deserializing reads whichever form the data holds, so values
//! written by a compact format read back inside `#[serde(flatten)]` and
//! `untagged` too, where serde buffers them. A Jalali date or date-time
//! without a calendar annotation (`"1402-11-06"`) is refused with
//! [`ParseErrorKind::NoCalendar`](crate::ParseErrorKind::NoCalendar): it
//! may be either calendar, and guessing would shift the date by 621 years
//! when the guess is wrong.
//!
//! A value that is not of that shape, names an impossible day, or is out of
//! range is a deserialization error that says which.
//!
//! For other shapes, the modules here go with `#[serde(with = "...")]`:
//! [`jalali`] stores Jalali values as their Jalali text (`"1402-11-06"`),
//! where both sides agree on it; [`gregorian_iso`] stores a Jalali date as
//! its Gregorian ISO 8601 date, [`day_number`] as its day number, each with
//! an `option` submodule for `Option<JalaliDate>`; [`rfc3339`] stores an
//! offset date-time as its Gregorian RFC 3339 string (what `Date`, Python
//! and PostgreSQL read) and [`unix_seconds`] as whole Unix seconds, with
//! `option` submodules too.
//!
//! # Example
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! use shamsi::JalaliDate;
//!
//! #[derive(Serialize, Deserialize, PartialEq, Debug)]
//! struct Invoice {
//!     issued: JalaliDate,
//!     #[serde(with = "shamsi::serde::jalali")]
//!     printed: JalaliDate,
//!     #[serde(with = "shamsi::serde::gregorian_iso")]
//!     due: JalaliDate,
//!     #[serde(with = "shamsi::serde::day_number::option")]
//!     paid: Option<JalaliDate>,
//! }
//!
//! let invoice = Invoice {
//!     issued: JalaliDate::new(1402, 11, 6)?,
//!     printed: JalaliDate::new(1402, 11, 6)?,
//!     due: JalaliDate::new(1403, 1, 1)?,
//!     paid: None,
//! };
//! let json = serde_json::to_string(&invoice)?;
//! assert_eq!(
//!     json,
//!     r#"{"issued":"2024-01-26[u-ca=persian]","printed":"1402-11-06","due":"2024-03-20","paid":null}"#
//! );
//! assert_eq!(serde_json::from_str::<Invoice>(&json)?, invoice);
//! // A bare date says no calendar: refused, never guessed.
//! let sent = r#"{"issued":"2024-01-26","printed":"1402-11-06","due":"2024-03-20","paid":null}"#;
//! assert!(serde_json::from_str::<Invoice>(sent).is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;

use ::serde::de::{self, Unexpected, Visitor};
use ::serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::rule::Rule;
use crate::{
    GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime, Month, Offset, Time, Weekday,
    Zoned,
};

/// Reads a date from a string or a day number, whichever the format holds.
struct DateVisitor<T>(
    fn(&str) -> Result<T, crate::ParseError>,
    fn(i32) -> Result<T, crate::DateError>,
);

impl<T> Visitor<'_> for DateVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date: a YYYY-MM-DD string, or a day number in a compact format")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        (self.0)(s).map_err(|e| E::custom(format_args!("invalid date {s:?}: {e}")))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
        let n = i32::try_from(n).map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))?;
        (self.1)(n).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
        let n = i64::try_from(n).map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &self))?;
        self.visit_i64(n)
    }
}

fn deserialize_date<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    visitor: DateVisitor<T>,
) -> Result<T, D::Error> {
    // A human-readable format holds a string, but serde's buffered content
    // (under `#[serde(flatten)]` or `untagged`) says it is human-readable
    // whatever it holds: read what is there.
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        deserializer.deserialize_i32(visitor)
    }
}

/// A Jalali value's RFC 9557 text: its ISO fields and `[u-ca=persian]`.
struct Annotated<T>(T);

impl<T: fmt::Display> fmt::Display for Annotated<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[u-ca=persian]", self.0)
    }
}

impl<R: Rule> Serialize for JalaliDate<R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(&Annotated(self.to_gregorian()))
        } else {
            serializer.serialize_i32(self.to_day_number())
        }
    }
}

impl<'de, R: Rule> Deserialize<'de> for JalaliDate<R> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_date(
            deserializer,
            DateVisitor(crate::date::jalali::annotated_jalali_date, |n| {
                JalaliDate::from_day_number_in(R::VALUE, n)
            }),
        )
    }
}

impl Serialize for GregorianDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            serializer.serialize_i32(self.to_day_number())
        }
    }
}

impl<'de> Deserialize<'de> for GregorianDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_date(deserializer, DateVisitor(|s| s.parse(), GregorianDate::from_day_number))
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(deserializer)?;
        Month::new(n).map_err(de::Error::custom)
    }
}

impl Serialize for Weekday {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.serialize_str(
                LOWER_NAMES.get(self.to_saturday_zero_offset() as usize).copied().unwrap_or(""),
            )
        } else {
            serializer.serialize_u8(self.to_saturday_zero_offset())
        }
    }
}

const LOWER_NAMES: [&str; 7] =
    ["saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"];

struct WeekdayVisitor;

impl Visitor<'_> for WeekdayVisitor {
    type Value = Weekday;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an English weekday name or a number from 0 (Saturday) to 6 (Friday)")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Weekday, E> {
        LOWER_NAMES
            .iter()
            .position(|name| name.eq_ignore_ascii_case(s))
            .and_then(|i| Weekday::from_saturday_zero_offset(i as u8).ok())
            .ok_or_else(|| E::invalid_value(Unexpected::Str(s), &self))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Weekday, E> {
        u8::try_from(n)
            .ok()
            .and_then(|n| Weekday::from_saturday_zero_offset(n).ok())
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(n), &self))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Weekday, E> {
        u64::try_from(n)
            .map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))
            .and_then(|n| self.visit_u64(n))
    }
}

impl<'de> Deserialize<'de> for Weekday {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(WeekdayVisitor)
        } else {
            deserializer.deserialize_u8(WeekdayVisitor)
        }
    }
}

/// Stores an official [`JalaliDate`] as the ISO 8601 string of its
/// Gregorian date, `"2024-01-26"`, for systems that expect Gregorian dates.
///
/// # Example
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use shamsi::JalaliDate;
///
/// #[derive(Serialize, Deserialize)]
/// struct Row {
///     #[serde(with = "shamsi::serde::gregorian_iso")]
///     date: JalaliDate,
/// }
///
/// let row: Row = serde_json::from_str(r#"{"date":"2025-03-21"}"#)?;
/// assert_eq!(row.date, JalaliDate::new(1404, 1, 1)?);
/// assert!(serde_json::from_str::<Row>(r#"{"date":"2025-02-30"}"#).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub mod gregorian_iso {
    use super::*;

    /// Serializes the date as its Gregorian ISO 8601 string.
    ///
    /// # Errors
    ///
    /// Those of the serializer.
    ///
    /// # Example
    ///
    /// ```
    /// let date = shamsi::JalaliDate::new(1402, 11, 6)?;
    /// let mut out = Vec::new();
    /// shamsi::serde::gregorian_iso::serialize(&date, &mut serde_json::Serializer::new(&mut out))?;
    /// assert_eq!(out, br#""2024-01-26""#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serialize<S: Serializer>(date: &JalaliDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&date.to_gregorian())
    }

    /// Deserializes a Gregorian ISO 8601 string into a Jalali date.
    ///
    /// # Errors
    ///
    /// When the value is not a string of the form `YYYY-MM-DD` naming a real
    /// day in range.
    ///
    /// # Example
    ///
    /// ```
    /// let mut de = serde_json::Deserializer::from_str(r#""2024-01-26""#);
    /// let date = shamsi::serde::gregorian_iso::deserialize(&mut de)?;
    /// assert_eq!(date.to_string(), "1402-11-06");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<JalaliDate, D::Error> {
        deserializer.deserialize_str(DateVisitor(
            |s| s.parse::<GregorianDate>().map(JalaliDate::from),
            JalaliDate::from_day_number,
        ))
    }

    /// The same for `Option<JalaliDate>`, with `None` as null.
    ///
    /// # Example
    ///
    /// ```
    /// use serde::{Deserialize, Serialize};
    /// use shamsi::JalaliDate;
    ///
    /// #[derive(Serialize, Deserialize)]
    /// struct Row {
    ///     #[serde(with = "shamsi::serde::gregorian_iso::option")]
    ///     date: Option<JalaliDate>,
    /// }
    ///
    /// let row: Row = serde_json::from_str(r#"{"date":null}"#)?;
    /// assert_eq!(row.date, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub mod option {
        use super::*;

        /// Serializes `Some(date)` as its Gregorian ISO 8601 string, `None`
        /// as none.
        ///
        /// # Errors
        ///
        /// Those of the serializer.
        ///
        /// # Example
        ///
        /// ```
        /// let mut out = Vec::new();
        /// shamsi::serde::gregorian_iso::option::serialize(&None, &mut serde_json::Serializer::new(&mut out))?;
        /// assert_eq!(out, b"null");
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn serialize<S: Serializer>(
            date: &Option<JalaliDate>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match date {
                Some(d) => serializer.serialize_some(&Wrap(*d)),
                None => serializer.serialize_none(),
            }
        }

        /// Deserializes an optional Gregorian ISO 8601 string.
        ///
        /// # Errors
        ///
        /// As [`gregorian_iso::deserialize`](super::deserialize).
        ///
        /// # Example
        ///
        /// ```
        /// let mut de = serde_json::Deserializer::from_str(r#""2024-01-26""#);
        /// let date = shamsi::serde::gregorian_iso::option::deserialize(&mut de)?;
        /// assert_eq!(date.map(|d| d.to_string()), Some("1402-11-06".into()));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<JalaliDate>, D::Error> {
            Ok(Option::<Wrap>::deserialize(deserializer)?.map(|w| w.0))
        }

        struct Wrap(JalaliDate);

        impl Serialize for Wrap {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                super::serialize(&self.0, serializer)
            }
        }

        impl<'de> Deserialize<'de> for Wrap {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                super::deserialize(deserializer).map(Wrap)
            }
        }
    }
}

/// Stores a [`JalaliDate`] of any rule as its day number (days since
/// 1970-01-01), in every format.
///
/// # Example
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use shamsi::JalaliDate;
///
/// #[derive(Serialize, Deserialize)]
/// struct Row {
///     #[serde(with = "shamsi::serde::day_number")]
///     date: JalaliDate,
/// }
///
/// let json = serde_json::to_string(&Row { date: JalaliDate::new(1348, 10, 11)? })?;
/// assert_eq!(json, r#"{"date":0}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub mod day_number {
    use super::*;

    /// Serializes the date as its day number.
    ///
    /// # Errors
    ///
    /// Those of the serializer.
    ///
    /// # Example
    ///
    /// ```
    /// let date = shamsi::JalaliDate::new(1402, 11, 6)?;
    /// let mut out = Vec::new();
    /// shamsi::serde::day_number::serialize(&date, &mut serde_json::Serializer::new(&mut out))?;
    /// assert_eq!(out, b"19748");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serialize<S: Serializer, R: Rule>(
        date: &JalaliDate<R>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(date.to_day_number())
    }

    /// Deserializes a day number into a date.
    ///
    /// # Errors
    ///
    /// When the value is not an integer, or is outside the rule's range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let mut de = serde_json::Deserializer::from_str("19748");
    /// let date: JalaliDate = shamsi::serde::day_number::deserialize(&mut de)?;
    /// assert_eq!(date.to_string(), "1402-11-06");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>, R: Rule>(
        deserializer: D,
    ) -> Result<JalaliDate<R>, D::Error> {
        let n = i32::deserialize(deserializer)?;
        JalaliDate::from_day_number_in(R::VALUE, n).map_err(de::Error::custom)
    }

    /// The same for `Option<JalaliDate>`, with `None` as null.
    ///
    /// # Example
    ///
    /// ```
    /// use serde::{Deserialize, Serialize};
    /// use shamsi::JalaliDate;
    ///
    /// #[derive(Serialize, Deserialize)]
    /// struct Row {
    ///     #[serde(with = "shamsi::serde::day_number::option")]
    ///     date: Option<JalaliDate>,
    /// }
    ///
    /// let row: Row = serde_json::from_str(r#"{"date":19748}"#)?;
    /// assert_eq!(row.date, Some(JalaliDate::new(1402, 11, 6)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub mod option {
        use super::*;

        /// Serializes `Some(date)` as its day number, `None` as none.
        ///
        /// # Errors
        ///
        /// Those of the serializer.
        ///
        /// # Example
        ///
        /// ```
        /// let date = shamsi::JalaliDate::new(1402, 11, 6)?;
        /// let mut out = Vec::new();
        /// shamsi::serde::day_number::option::serialize(&Some(date), &mut serde_json::Serializer::new(&mut out))?;
        /// assert_eq!(out, b"19748");
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn serialize<S: Serializer, R: Rule>(
            date: &Option<JalaliDate<R>>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match date {
                Some(d) => serializer.serialize_some(&d.to_day_number()),
                None => serializer.serialize_none(),
            }
        }

        /// Deserializes an optional day number.
        ///
        /// # Errors
        ///
        /// As [`day_number::deserialize`](super::deserialize).
        ///
        /// # Example
        ///
        /// ```
        /// use shamsi::JalaliDate;
        ///
        /// let mut de = serde_json::Deserializer::from_str("null");
        /// let date: Option<JalaliDate> = shamsi::serde::day_number::option::deserialize(&mut de)?;
        /// assert_eq!(date, None);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn deserialize<'de, D: Deserializer<'de>, R: Rule>(
            deserializer: D,
        ) -> Result<Option<JalaliDate<R>>, D::Error> {
            match Option::<i32>::deserialize(deserializer)? {
                Some(n) => {
                    JalaliDate::from_day_number_in(R::VALUE, n).map(Some).map_err(de::Error::custom)
                }
                None => Ok(None),
            }
        }
    }
}

/// A type with a text form (human-readable formats) and a compact one.
trait TwoForms: Sized {
    type Compact: Serialize + for<'de> Deserialize<'de>;
    const EXPECTING: &'static str;
    fn compact(&self) -> Self::Compact;
    fn from_compact(c: Self::Compact) -> Result<Self, crate::DateError>;
    fn write_text(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    fn from_text(s: &str) -> Result<Self, crate::ParseError>;
}

/// The text form of a [`TwoForms`] value, for `collect_str`.
struct Text<'a, T>(&'a T);

impl<T: TwoForms> fmt::Display for Text<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_text(f)
    }
}

fn serialize_two<S: Serializer, T: TwoForms>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.collect_str(&Text(value))
    } else {
        value.compact().serialize(serializer)
    }
}

struct TwoFormsVisitor<T>(core::marker::PhantomData<T>);

impl<T: TwoForms> TwoFormsVisitor<T> {
    fn compact<E: de::Error>(c: Result<T::Compact, E>) -> Result<T, E> {
        T::from_compact(c?).map_err(E::custom)
    }
}

impl<'de, T: TwoForms> Visitor<'de> for TwoFormsVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
        T::from_text(s).map_err(|e| E::custom(format_args!("invalid value {s:?}: {e}")))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<T, E> {
        use de::IntoDeserializer;
        Self::compact(T::Compact::deserialize(n.into_deserializer()))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<T, E> {
        use de::IntoDeserializer;
        Self::compact(T::Compact::deserialize(n.into_deserializer()))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        Self::compact(T::Compact::deserialize(de::value::SeqAccessDeserializer::new(seq)))
    }
}

fn deserialize_two<'de, D: Deserializer<'de>, T: TwoForms>(deserializer: D) -> Result<T, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(TwoFormsVisitor(core::marker::PhantomData))
    } else {
        T::from_compact(T::Compact::deserialize(deserializer)?).map_err(de::Error::custom)
    }
}

macro_rules! two_forms {
    ($ty:ty $(, $r:ident)?) => {
        impl<$($r: Rule)?> Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serialize_two(self, serializer)
            }
        }

        impl<'de, $($r: Rule)?> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_two(deserializer)
            }
        }
    };
}

impl TwoForms for Time {
    type Compact = u64;
    const EXPECTING: &'static str =
        "a time: an HH:MM:SS string, or nanoseconds of the day in a compact format";
    fn compact(&self) -> u64 {
        self.nanos_of_day()
    }
    fn from_compact(c: u64) -> Result<Self, crate::DateError> {
        Time::from_nanos_of_day(c)
    }
    fn write_text(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
    fn from_text(s: &str) -> Result<Self, crate::ParseError> {
        s.parse()
    }
}
two_forms!(Time);

impl TwoForms for Offset {
    type Compact = i32;
    const EXPECTING: &'static str = "a UTC offset: a +HH:MM string, or seconds in a compact format";
    fn compact(&self) -> i32 {
        self.seconds()
    }
    fn from_compact(c: i32) -> Result<Self, crate::DateError> {
        Offset::from_seconds(c)
    }
    fn write_text(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
    fn from_text(s: &str) -> Result<Self, crate::ParseError> {
        s.parse()
    }
}
two_forms!(Offset);

impl<R: Rule> TwoForms for JalaliDateTime<R> {
    type Compact = (i32, u64);
    const EXPECTING: &'static str = "a date-time: a YYYY-MM-DDTHH:MM:SS[u-ca=persian] string (ISO fields), or (day number, nanoseconds of the day) in a compact format";
    fn compact(&self) -> (i32, u64) {
        (self.date().to_day_number(), self.time().nanos_of_day())
    }
    fn from_compact((day, nanos): (i32, u64)) -> Result<Self, crate::DateError> {
        Ok(JalaliDate::from_day_number_in(R::VALUE, day)?.at(Time::from_nanos_of_day(nanos)?))
    }
    fn write_text(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&Annotated(self.to_gregorian()), f)
    }
    fn from_text(s: &str) -> Result<Self, crate::ParseError> {
        crate::time::datetime::annotated_jalali_date_time(s)
    }
}
two_forms!(JalaliDateTime<R>, R);

impl TwoForms for GregorianDateTime {
    type Compact = (i32, u64);
    const EXPECTING: &'static str = "a date-time: a YYYY-MM-DDTHH:MM:SS string, or (day number, nanoseconds of the day) in a compact format";
    fn compact(&self) -> (i32, u64) {
        (self.date().to_day_number(), self.time().nanos_of_day())
    }
    fn from_compact((day, nanos): (i32, u64)) -> Result<Self, crate::DateError> {
        Ok(GregorianDate::from_day_number(day)?.at(Time::from_nanos_of_day(nanos)?))
    }
    fn write_text(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
    fn from_text(s: &str) -> Result<Self, crate::ParseError> {
        s.parse()
    }
}
two_forms!(GregorianDateTime);

impl<R: Rule> TwoForms for Zoned<R> {
    type Compact = (i64, u32, i32);
    const EXPECTING: &'static str = "an offset date-time: a YYYY-MM-DDTHH:MM:SS+HH:MM string, or (Unix seconds, nanoseconds, offset seconds) in a compact format";
    fn compact(&self) -> (i64, u32, i32) {
        (self.unix_seconds(), self.subsec_nanos(), self.offset().seconds())
    }
    fn from_compact((seconds, nanos, offset): (i64, u32, i32)) -> Result<Self, crate::DateError> {
        if nanos >= 1_000_000_000 {
            return Err(crate::DateError::FieldOutOfRange {
                field: crate::Field::Nanosecond,
                value: nanos.into(),
                min: 0,
                max: 999_999_999,
            });
        }
        let offset = Offset::from_seconds(offset)?;
        let utc = Zoned::from_unix_nanos(
            i128::from(seconds) * 1_000_000_000 + i128::from(nanos),
            Offset::UTC,
        )?;
        let there = utc.to_offset(offset)?;
        let date = JalaliDate::from_gregorian_in(R::VALUE, there.to_gregorian().date())?;
        Ok(date.at(there.time()).at_offset(offset))
    }
    fn write_text(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
    fn from_text(s: &str) -> Result<Self, crate::ParseError> {
        s.parse()
    }
}
two_forms!(Zoned<R>, R);

/// Stores a Jalali value as its Jalali text, for people and for systems
/// that agree on it beforehand: `"1402-11-06"`, `"1402-11-06T14:30:00"`,
/// `"1402-11-06T14:30:00+03:30"` (the form of the plain types' `Display`
/// and of [`Zoned::jalali`]). Other systems read those as
/// Gregorian dates, so this is a choice to make per field, where the other
/// side is known to mean Jalali; the types' own serde writes RFC 9557.
///
/// # Example
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use shamsi::{JalaliDate, Zoned};
///
/// #[derive(Serialize, Deserialize)]
/// struct Form {
///     #[serde(with = "shamsi::serde::jalali")]
///     birthday: JalaliDate,
///     #[serde(with = "shamsi::serde::jalali")]
///     sent: Zoned,
/// }
///
/// let json = r#"{"birthday":"1370-06-31","sent":"1402-11-06T14:30:00+03:30"}"#;
/// let form: Form = serde_json::from_str(json)?;
/// assert_eq!(form.birthday, JalaliDate::new(1370, 6, 31)?);
/// assert_eq!(form.sent.unix_seconds(), 1_706_266_800);
/// assert_eq!(serde_json::to_string(&form)?, json);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub mod jalali {
    use super::*;

    /// The values with a Jalali text: [`JalaliDate`], [`JalaliDateTime`]
    /// and [`Zoned`]. Sealed.
    pub trait JalaliForm: Sized + sealed::Sealed {
        #[doc(hidden)]
        fn write_jalali(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
        #[doc(hidden)]
        fn read_jalali(s: &str) -> Result<Self, crate::ParseError>;
    }

    mod sealed {
        pub trait Sealed {}
        impl<R: crate::rule::Rule> Sealed for crate::JalaliDate<R> {}
        impl<R: crate::rule::Rule> Sealed for crate::JalaliDateTime<R> {}
        impl<R: crate::rule::Rule> Sealed for crate::Zoned<R> {}
    }

    impl<R: Rule> JalaliForm for JalaliDate<R> {
        fn write_jalali(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Display::fmt(self, f)
        }
        fn read_jalali(s: &str) -> Result<Self, crate::ParseError> {
            crate::date::jalali::parse_jalali_date(s, false)
        }
    }

    impl<R: Rule> JalaliForm for JalaliDateTime<R> {
        fn write_jalali(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Display::fmt(self, f)
        }
        fn read_jalali(s: &str) -> Result<Self, crate::ParseError> {
            crate::time::datetime::parse_jalali_date_time(s, false)
        }
    }

    impl<R: Rule> JalaliForm for Zoned<R> {
        fn write_jalali(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Display::fmt(&self.jalali(), f)
        }
        fn read_jalali(s: &str) -> Result<Self, crate::ParseError> {
            Zoned::read_jalali(s)
        }
    }

    /// The Jalali text of a value, for `collect_str`.
    struct Jalali<'a, T>(&'a T);

    impl<T: JalaliForm> fmt::Display for Jalali<'_, T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.write_jalali(f)
        }
    }

    struct JalaliVisitor<T>(core::marker::PhantomData<T>);

    impl<T: JalaliForm> Visitor<'_> for JalaliVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a Jalali date or date-time string, such as 1402-11-06")
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
            T::read_jalali(s).map_err(|e| E::custom(format_args!("invalid value {s:?}: {e}")))
        }
    }

    /// Serializes the value as its Jalali text.
    ///
    /// # Errors
    ///
    /// Those of the serializer.
    ///
    /// # Example
    ///
    /// ```
    /// let date = shamsi::JalaliDate::new(1402, 11, 6)?;
    /// let mut out = Vec::new();
    /// shamsi::serde::jalali::serialize(&date, &mut serde_json::Serializer::new(&mut out))?;
    /// assert_eq!(out, br#""1402-11-06""#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serialize<S: Serializer, T: JalaliForm>(
        value: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&Jalali(value))
    }

    /// Deserializes a value from its Jalali text.
    ///
    /// # Errors
    ///
    /// When the value is not a string of that form naming a real day (and
    /// time) in range.
    ///
    /// # Example
    ///
    /// ```
    /// let mut de = serde_json::Deserializer::from_str(r#""1402-11-06""#);
    /// let date: shamsi::JalaliDate = shamsi::serde::jalali::deserialize(&mut de)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2024-01-26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>, T: JalaliForm>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        deserializer.deserialize_str(JalaliVisitor(core::marker::PhantomData))
    }
}

/// Stores an [`Zoned`] as its RFC 3339 string, the Gregorian
/// wall clock and the offset: `"2024-01-26T14:30:00+03:30"`, for systems
/// that expect RFC 3339.
///
/// # Example
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use shamsi::Zoned;
///
/// #[derive(Serialize, Deserialize)]
/// struct Event {
///     #[serde(with = "shamsi::serde::rfc3339")]
///     at: Zoned,
/// }
///
/// let e: Event = serde_json::from_str(r#"{"at":"2024-01-26T11:00:00Z"}"#)?;
/// assert_eq!(e.at.unix_seconds(), 1_706_266_800);
/// assert_eq!(serde_json::to_string(&e)?, r#"{"at":"2024-01-26T11:00:00+00:00"}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub mod rfc3339 {
    use super::*;

    /// Writes the RFC 3339 string.
    ///
    /// # Errors
    ///
    /// Only those of the serializer.
    ///
    /// # Example
    ///
    /// ```
    /// let t = shamsi::Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// let json = shamsi::serde::rfc3339::serialize(&t, serde_json::value::Serializer)?;
    /// assert_eq!(json, "2024-01-26T14:30:00+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serialize<S: Serializer>(t: &Zoned, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&t.rfc3339())
    }

    /// Reads an RFC 3339 string.
    ///
    /// # Errors
    ///
    /// When the value is not an RFC 3339 string.
    ///
    /// # Example
    ///
    /// ```
    /// let json = serde_json::json!("2024-01-26T14:30:00+03:30");
    /// let t = shamsi::serde::rfc3339::deserialize(json)?;
    /// assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Zoned, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Zoned;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 date-time string")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Zoned, E> {
                Zoned::parse_rfc3339(s)
                    .map_err(|e| E::custom(format_args!("invalid RFC 3339 date-time {s:?}: {e}")))
            }
        }
        deserializer.deserialize_str(V)
    }

    /// The same for `Option<Zoned>`, `null` for `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use serde::{Deserialize, Serialize};
    /// use shamsi::Zoned;
    ///
    /// #[derive(Serialize, Deserialize)]
    /// struct Row {
    ///     #[serde(with = "shamsi::serde::rfc3339::option")]
    ///     seen: Option<Zoned>,
    /// }
    ///
    /// let row: Row = serde_json::from_str(r#"{"seen":null}"#)?;
    /// assert!(row.seen.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub mod option {
        use super::*;

        /// Writes the RFC 3339 string, or `None`.
        ///
        /// # Errors
        ///
        /// Only those of the serializer.
        ///
        /// # Example
        ///
        /// ```
        /// let json = shamsi::serde::rfc3339::option::serialize(&None, serde_json::value::Serializer)?;
        /// assert!(json.is_null());
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn serialize<S: Serializer>(
            t: &Option<Zoned>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => serializer.serialize_some(&Wrap(*t)),
                None => serializer.serialize_none(),
            }
        }

        /// Reads an RFC 3339 string, or `None`.
        ///
        /// # Errors
        ///
        /// When the value is neither.
        ///
        /// # Example
        ///
        /// ```
        /// let t = shamsi::serde::rfc3339::option::deserialize(serde_json::json!("2024-01-26T11:00:00Z"))?;
        /// assert_eq!(t.map(|t| t.unix_seconds()), Some(1_706_266_800));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<Zoned>, D::Error> {
            Ok(Option::<Wrap>::deserialize(deserializer)?.map(|w| w.0))
        }

        struct Wrap(Zoned);

        impl Serialize for Wrap {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                super::serialize(&self.0, serializer)
            }
        }

        impl<'de> Deserialize<'de> for Wrap {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                super::deserialize(deserializer).map(Wrap)
            }
        }
    }
}

/// Stores an [`Zoned`] as whole Unix seconds (an `i64`; the
/// fraction of the second is dropped, rounding toward the past), read back
/// at UTC.
///
/// # Example
///
/// ```
/// use serde::{Deserialize, Serialize};
/// use shamsi::Zoned;
///
/// #[derive(Serialize, Deserialize)]
/// struct Row {
///     #[serde(with = "shamsi::serde::unix_seconds")]
///     created: Zoned,
/// }
///
/// let row: Row = serde_json::from_str(r#"{"created":1706266800}"#)?;
/// assert_eq!(row.created.jalali().to_string(), "1402-11-06T11:00:00+00:00");
/// assert_eq!(serde_json::to_string(&row)?, r#"{"created":1706266800}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub mod unix_seconds {
    use super::*;

    /// Writes the Unix seconds.
    ///
    /// # Errors
    ///
    /// Only those of the serializer.
    ///
    /// # Example
    ///
    /// ```
    /// let t = shamsi::Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
    /// let json = shamsi::serde::unix_seconds::serialize(&t, serde_json::value::Serializer)?;
    /// assert_eq!(json, 1_706_266_800);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn serialize<S: Serializer>(t: &Zoned, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(t.unix_seconds())
    }

    /// Reads Unix seconds as an instant at UTC.
    ///
    /// # Errors
    ///
    /// When the value is not an integer, or is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// let t = shamsi::serde::unix_seconds::deserialize(serde_json::json!(0))?;
    /// assert_eq!(t.jalali().to_string(), "1348-10-11T00:00:00+00:00");
    /// assert!(shamsi::serde::unix_seconds::deserialize(serde_json::json!(i64::MAX)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Zoned, D::Error> {
        let seconds = i64::deserialize(deserializer)?;
        Zoned::from_unix_seconds(seconds, Offset::UTC).map_err(de::Error::custom)
    }

    /// The same for `Option<Zoned>`, `null` for `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use serde::{Deserialize, Serialize};
    /// use shamsi::Zoned;
    ///
    /// #[derive(Serialize, Deserialize)]
    /// struct Row {
    ///     #[serde(with = "shamsi::serde::unix_seconds::option")]
    ///     deleted: Option<Zoned>,
    /// }
    ///
    /// let row: Row = serde_json::from_str(r#"{"deleted":0}"#)?;
    /// assert_eq!(row.deleted.map(|t| t.unix_seconds()), Some(0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub mod option {
        use super::*;

        /// Writes the Unix seconds, or `None`.
        ///
        /// # Errors
        ///
        /// Only those of the serializer.
        ///
        /// # Example
        ///
        /// ```
        /// let json = shamsi::serde::unix_seconds::option::serialize(&None, serde_json::value::Serializer)?;
        /// assert!(json.is_null());
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn serialize<S: Serializer>(
            t: &Option<Zoned>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => serializer.serialize_some(&t.unix_seconds()),
                None => serializer.serialize_none(),
            }
        }

        /// Reads Unix seconds, or `None`.
        ///
        /// # Errors
        ///
        /// When the value is neither an integer in range nor null.
        ///
        /// # Example
        ///
        /// ```
        /// let t = shamsi::serde::unix_seconds::option::deserialize(serde_json::json!(null))?;
        /// assert!(t.is_none());
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        pub fn deserialize<'de, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<Zoned>, D::Error> {
            match Option::<i64>::deserialize(deserializer)? {
                Some(s) => {
                    Zoned::from_unix_seconds(s, Offset::UTC).map(Some).map_err(de::Error::custom)
                }
                None => Ok(None),
            }
        }
    }
}
