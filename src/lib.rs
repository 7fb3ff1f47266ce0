//! The Solar Hijri calendar (Jalali, Shamsi, Persian): the official calendar
//! of Iran and Afghanistan, converted exactly to and from the Gregorian
//! calendar, with date arithmetic, and the rules other libraries use offered
//! by name so that their results can be reproduced.
//!
//! ```
//! use shamsi::{GregorianDate, JalaliDate, Weekday};
//!
//! // ۶ بهمن ۱۴۰۲ is 26 January 2024, a Friday.
//! let date = JalaliDate::new(1402, 11, 6)?;
//! let gregorian = date.to_gregorian();
//! assert_eq!(gregorian, GregorianDate::new(2024, 1, 26)?);
//! assert_eq!(date.weekday(), Weekday::Friday);
//! assert_eq!(JalaliDate::from_gregorian(gregorian), date);
//! assert_eq!(date.to_string(), "1402-11-06");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Tasks
//!
//! | to… | use | recipe (`examples/`) |
//! |---|---|---|
//! | show a Unix timestamp as Persian text on Tehran's clock | [`Zoned::from_unix_seconds_in_zone`], [`format::ZonedFormat`] | `timestamp_to_persian` |
//! | read what a user typed into a form, with clear errors | [`JalaliDate::parse_lenient`], [`parse::Lenient`] | `form_field` |
//! | put dates in an API's JSON | the `serde` feature, [`mod@serde`] | `serde_api` |
//! | list holidays, count and add business days | [`holidays::Country::holidays`], [`holidays::WorkCalendar`] | `business_days` |
//! | give a lunar Hijri date (as Iran observes it, Umm al-Qura, tabular) | [`hijri::HijriDate`], [`format::HijriFormat`] | `lunar_today` |
//! | draw a month calendar | [`JalaliDate::with_day`], [`JalaliDate::weekday`], [`format::DateFormat`] | `month_calendar` |
//! | convert columns of a million dates | [`columns`] | `columns` |
//! | find the dates in running text | [`parse::mentions`] | `shamsi extract` |
//! | test another implementation against this one | `strategies` (feature `proptest`), the vectors and the checker of the `shamsi` command (`shamsi vectors`, `shamsi conformance`) | |
//!
//! The `shamsi` command (package `shamsi-cli`) does these from the shell:
//! `shamsi convert`, `cal`, `holidays`, `workdays`, `tahvil`, `moon`,
//! `extract`, `vectors`, `conformance`.
//!
//! # Types
//!
//! - [`JalaliDate`]: a Solar Hijri date; [`Month`], [`Weekday`] (the week
//!   starts on Saturday).
//! - [`GregorianDate`]: a small proleptic Gregorian date, so that the core
//!   needs no other crate.
//! - [`rule`]: the leap rules ([`Official`](rule::Official) by default; the
//!   33-year rule, Borkowski's and Birashk's for compatibility).
//! - [`Time`], [`JalaliDateTime`], [`GregorianDateTime`]: times of day and
//!   wall-clock date-times; [`Offset`] and [`Zoned`], one instant
//!   (to and from Unix seconds, RFC 3339, RFC 9557); [`zone`]: Iran's clock
//!   with its whole daylight-saving history and Afghanistan's, from the
//!   IANA database, with gaps and folds resolved as jiff does.
//! - [`format`]: strftime-style patterns ([`DateFormat`](format::DateFormat),
//!   [`DateTimeFormat`](format::DateTimeFormat), [`ZonedFormat`](format::ZonedFormat))
//!   in Persian, Dari, English, Persian in Latin letters, Pashto and Sorani,
//!   with Latin, Persian or Arabic-Indic digits, written into any
//!   `core::fmt::Write`; [`names`]: the month, weekday, era and ordinal
//!   names.
//! - [`parse`]: the strict `YYYY-MM-DD` and pattern readers, a lenient reader
//!   for dates as people write them ([`Lenient`](parse::Lenient): mixed digit
//!   sets, lost zero-width non-joiners, Arabic letter variants, Dari and
//!   Gregorian month names, eras, weekdays checked against the date), and
//!   [`mentions`](parse::mentions), which finds the dates in running text.
//! - [`hijri`]: the lunar Hijri calendar as Iran observed it (every month
//!   1265–1447 AH), Umm al-Qura as ICU computes it, the tabular calendars,
//!   and month starts the caller announces; [`holidays`]: the official
//!   holidays of Iran and Afghanistan and business days.
//! - [`DateError`], [`ParseError`], [`PatternError`]: typed errors that say
//!   what was wrong (and where, with a byte offset).
//!
//! ```
//! use shamsi::format::{DateFormat, Locale};
//! use shamsi::parse::{parse_lenient, Parsed};
//! use shamsi::JalaliDate;
//!
//! let date = JalaliDate::new(1402, 11, 6)?;
//! let f = DateFormat::new("%A %-d %B %Y")?.with_locale(Locale::Persian);
//! assert_eq!(f.format(date), "جمعه ۶ بهمن ۱۴۰۲");
//! assert_eq!(parse_lenient("جمعه ۶ بهمن ماه ١۴٠٢")?, Parsed::Jalali(date));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The calendar
//!
//! The Solar Hijri year begins at Nowruz, 1 Farvardin, the day of the March
//! equinox: by Iran's 1925 law, the day on which the equinox falls if it
//! falls before noon, else the next day. Six months of 31 days are followed
//! by five of 30 and Esfand, of 29 days or 30 in a leap year.
//!
//! This crate computes that calendar as the 33-year rule (`year` is leap
//! when `year mod 33` is 1, 5, 9, 13, 17, 22, 26 or 30) corrected in the
//! 78 years of [`CORRECTED_YEARS`] (1503 to 2988), where the equinox and the
//! cycle part ways. The result is identical day for day with ICU4X's
//! `Persian` calendar and ICU4C 78 (the browsers' `Intl` "persian"; checked
//! for the years 1–3178, outside which all three are the 33-year rule), and
//! reproduces the University of Tehran Calendar Center's leap table for
//! 1206–1498. Other libraries use approximations that depart from it:
//!
//! | rule | where it differs from the official calendar after 1178 |
//! |---|---|
//! | [`Birashk`](rule::Birashk) (2820-year cycle: khayyam, jcal, `ptime`) | 1403/1404: 1 Farvardin 1404 becomes 20 March 2025 (and, in the past, 1209/1210 and 1242/1243; after 1404, ever more often) |
//! | [`Rule33`](rule::Rule33) (jdatetime, ICU4C < 78, parsidate) | 1502/1503, then around every one of the 78 corrected years (1601/1602, 1634/1635, …) |
//! | [`Borkowski`](rule::Borkowski) (jalaali-js) | 1502/1503, 1601/1602, then 22 more years from 2158/2159 on |
//!
//! # Range
//!
//! Every day from -9999-01-01 to 9999-12-31 in the proleptic Gregorian
//! calendar ([`GregorianDate::MIN`]..=[`GregorianDate::MAX`]), which is
//! Solar Hijri -10621-10-11..=9378-10-10 ([`JalaliDate::MIN`]..=[`JalaliDate::MAX`]).
//! Years are numbered astronomically in both calendars (there is a year 0).
//! Anything outside is an error, never a wrap or a panic.
//!
//! # Strings and interchange
//!
//! A string that leaves the program is read by systems that know nothing
//! of this crate, and `1402-11-06T14:30:00+03:30` is, to JavaScript's
//! `Date`, Python, PostgreSQL, java.time, jiff and chrono, an instant in
//! the year 1402 AD. So the text each type writes for machines, and what
//! it reads from them, follows the standards (RFC 3339, RFC 9557, TC39
//! Temporal): no string another system writes is read as another instant
//! or date, and no string this crate writes is read by another system as
//! another instant or date; either side may refuse, never misread.
//!
//! - **Instants** ([`Zoned`]): `Display`, `FromStr` and serde use
//!   RFC 9557 with Gregorian (ISO) fields, as Temporal's `ZonedDateTime`
//!   and jiff's `Zoned` write them:
//!   `2024-01-26T14:30:00+03:30[Asia/Tehran][u-ca=persian]`. `FromStr`
//!   reads RFC 3339 and RFC 9557 as any system writes them (`Z`,
//!   fractions, a space for the `T`, no seconds, `+00`, chrono's `… UTC`)
//!   and refuses what has no offset. The Jalali wall clock for people is
//!   [`Zoned::jalali`] (`1402-11-06T14:30:00+03:30`), read back by
//!   [`Zoned::parse_jalali`], or any pattern of [`format`].
//! - **Plain Jalali dates and date-times** ([`JalaliDate`],
//!   [`JalaliDateTime`]): `Display` writes the Jalali fields,
//!   `1402-11-06`, as every Jalali library prints them. `FromStr` reads
//!   that form back for the years before 1700 and refuses a later bare year
//!   ([`ParseErrorKind::NoCalendar`]), which is what other systems write
//!   for a Gregorian date (Jalali 1700 is 2321 AD); it also reads RFC 9557's
//!   `2024-01-26[u-ca=persian]`, whose fields are ISO.
//!   [`JalaliDate::parse_jalali`] reads Jalali text of any year. serde,
//!   where strings cross to other systems
//!   unseen, writes `2024-01-26[u-ca=persian]` (what Temporal's
//!   `PlainDate` writes for a Persian date) and refuses a bare
//!   `YYYY-MM-DD` ([`ParseErrorKind::NoCalendar`]); [`serde::jalali`] opts
//!   a field into the Jalali text.
//! - **Gregorian dates and date-times**: ISO 8601, both ways.
//!
//! A bare `YYYY-MM-DD` does not say its calendar, and every way of reading
//! one has a failure mode:
//!
//! | choice | what goes wrong |
//! |---|---|
//! | Jalali by convention | a Gregorian `2024-01-26` from another system becomes Jalali 2024, which is 2645 AD: a silent shift of 621 years |
//! | Gregorian, as ISO 8601 says | a Jalali `1402-11-06` from a Persian form becomes 1402 AD: the same shift the other way |
//! | a guess by the year (below 1700 is Jalali) | right for today's dates, silently wrong for historical and far-future ones |
//! | an annotation required (`[u-ca=persian]`) | a bare date is refused with an error that says why; nothing shifts |
//!
//! The crate takes the last where the string crosses a boundary unseen
//! (serde). `FromStr` of a Jalali type, called with the type in hand,
//! reads its own `Display` back and so takes the convention, checked by
//! the year: a bare date from 1700 on is refused as Gregorian-looking, and
//! what remains of the failure mode is a Gregorian date before 1700 written
//! bare (`1492-10-12`), read as Jalali. `parse_jalali` is the convention
//! unchecked, for text known to be Jalali. An annotated string always has
//! ISO fields, as RFC 9557 has it, so `2024-01-26[u-ca=persian]` is 6
//! Bahman 1402 whichever reader takes it.
//!
//! ```
//! use shamsi::{JalaliDate, Zoned};
//!
//! let t: Zoned = "2024-01-26T11:00:00Z".parse()?;
//! assert_eq!(t.date(), JalaliDate::new(1402, 11, 6)?);
//! assert_eq!(t.to_string(), "2024-01-26T11:00:00+00:00[+00:00][u-ca=persian]");
//! assert_eq!("2024-01-26[u-ca=persian]".parse::<JalaliDate>()?, t.date());
//! assert_eq!("1402-11-06".parse::<JalaliDate>()?, t.date());
//! assert!("2024-01-26".parse::<JalaliDate>().is_err());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Crate features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `std` | yes | "today" and "now" by the system clock: [`JalaliDate::today_in_iran`], [`JalaliDate::today_in_afghanistan`], [`JalaliDate::today_at_offset`], [`Zoned::now_in_iran`], [`Zoned::now_in_afghanistan`], [`Zoned::now_at_offset`]; `std::error::Error` for the errors. Without it the crate is `#![no_std]` and allocates nothing |
//! | `alloc` | yes (with `std`) | the `String`-returning [`DateFormat::format`](format::DateFormat::format); without it, formatting writes into any `core::fmt::Write` and parsing allocates nothing either |
//! | `serde` | no | `Serialize`/`Deserialize` for the dates, times, date-times, offsets and instants, [`Month`] and [`Weekday`], and `#[serde(with)]` helpers in `shamsi::serde` |
//! | `chrono_0_4` | no | `From`/`TryFrom` with `chrono::NaiveDate`, `NaiveTime`, `NaiveDateTime`, `DateTime<FixedOffset>` |
//! | `time_0_3` | no | `From`/`TryFrom` with `time::Date`, `Time`, `PrimitiveDateTime`, `Zoned` |
//! | `jiff_0_2`, `jiff_1` | no | `From`/`TryFrom` with jiff's `civil::Date`, `civil::Time`, `civil::DateTime`, `Timestamp` and zoned values (0.2 and 1.x from one source; `jiff_1` needs Rust 1.85); with `std`, any IANA time zone: `JalaliDate::today_in_time_zone`, `Zoned::to_iana_zone`, `JalaliDateTime::in_iana_zone`, from the time-zone database your jiff dependency chooses (jiff's default features read the system's and bundle one where there is none; this crate forces none) |
//! | `astro` | no | [`astro`]: the instant of the March equinox (the Tahvil) from VSOP87 with the measured Delta-T, and the astronomical calendar it defines (apparent noon at 52.5° E or 12:00 IRST), with its doubtful years; the Moon (ELP-2000/82), new moons, sunset and moonset, crescent visibility (Yallop, Odeh) and Iran's lunar months predicted; implies `std` |
//! | `proptest` | no | [`strategies`]: proptest strategies for dates of any rule (in a range, at month and year edges, in pairs), to test other implementations against this one; implies `std` |
//!
//! Instants need no feature: [`Zoned::from_unix_seconds_in_zone`], [`JalaliDate::from_unix_seconds`],
//! [`JalaliDate::from_unix_seconds_in_iran`] (with Iran's daylight saving
//! history, [`iran_utc_offset`]).
//!
//! # What this crate does not do
//!
//! - Leap seconds: every day has 86,400 seconds (`:60` is read only by the
//!   RFC 3339 reader, as `:59.999999999`).
//! - Time zones other than Iran's and Afghanistan's without jiff.
//! - Lunar Hijri months in Iran after Shawwal 1447 (March 2026) are not
//!   known: they are an error, or an estimate marked as one.
//! - Dates before the Solar Hijri calendar existed are computed
//!   proleptically, by the same rule, not as history recorded them.
//! - Operators: `date + 3` or `date - other` do not exist, although jiff and
//!   time have them, because an operator can only panic or wrap at the end
//!   of the range, and this crate never panics on input. Use
//!   [`JalaliDate::checked_add_days`], [`JalaliDate::days_until`] and the
//!   other `checked_*` methods, which say when the result is out of range.
#![no_std]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "alloc")]
extern crate alloc;

// The layers, from the bottom: errors and the interchange forms (ISO,
// RFC 3339, RFC 9557, without types); arithmetic on integers; calendar
// dates; times, offsets and zones; the lunar calendar; text; holidays and
// astronomy; the edges. DESIGN.md tells why.
mod error;
mod iso;

mod arith;
mod date;
mod time;

pub mod hijri;

mod text;

#[cfg(feature = "astro")]
#[cfg_attr(docsrs, doc(cfg(feature = "astro")))]
pub mod astro;
pub mod holidays;

mod edge;

// The public modules, at the paths they have always had.
pub use date::rule;
pub use edge::columns;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub use edge::serde;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub use edge::strategies;
pub use text::{format, names, parse, relative, words};
pub use time::zone;

pub use arith::corrections::CORRECTED_YEARS;

/// The design of the crate (`DESIGN.md`): its layers, the calendar's
/// definition and corrections, the text engine, what it refuses to guess,
/// and the decisions a contributor must keep.
#[doc = include_str!("../DESIGN.md")]
pub mod design {}

/// The README's examples, run as doctests.
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
pub use date::gregorian::GregorianDate;
pub use date::jalali::{Days, JalaliDate, MonthEnd, Period};
pub use date::month::Month;
pub use date::spans::{Season, Starts, Unit, YearCount, YearWeek};
pub use date::weekday::Weekday;
pub use error::{
    Calendar, DateError, Field, MAX_INPUT_LEN, ParseError, ParseErrorKind, PatternError,
    PatternErrorKind,
};
pub use time::datetime::{GregorianDateTime, JalaliDateTime};
pub use time::of_day::Time;
pub use time::offset::Offset;
pub use time::today::iran_utc_offset;
pub use time::zoned::{JalaliText, Rfc3339, Zoned};
