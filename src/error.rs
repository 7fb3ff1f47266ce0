//! Error types.

use core::fmt;

use crate::rule::RuleKind;
use crate::{GregorianDate, Offset, Weekday};

/// A part of a date that can be out of range.
///
/// # Example
///
/// ```
/// use shamsi::{DateError, Field, JalaliDate};
///
/// let err = JalaliDate::new(1402, 13, 1).unwrap_err();
/// assert!(matches!(err, DateError::FieldOutOfRange { field: Field::Month, .. }));
/// assert_eq!(Field::Month.to_string(), "month");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// The year.
    Year,
    /// The month number (1..=12).
    Month,
    /// The day of the month.
    Day,
    /// The day of the year (1..=365 or 366).
    DayOfYear,
    /// A day number (days since 1970-01-01).
    DayNumber,
    /// A Julian Day Number.
    JulianDay,
    /// A weekday number.
    Weekday,
    /// A UTC offset, in seconds.
    UtcOffset,
    /// The week of the year (`%U` in a pattern).
    WeekOfYear,
    /// The quarter (1..=4), which is the season.
    Quarter,
    /// The hour (0..=23).
    Hour,
    /// The minute (0..=59).
    Minute,
    /// The second (0..=59).
    Second,
    /// The fraction of the second, in nanoseconds (0..=999,999,999).
    Nanosecond,
    /// Seconds since 1970-01-01T00:00:00Z.
    UnixSeconds,
    /// The second of the day (0..=86,399), or the nanosecond of the day.
    TimeOfDay,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Field::Year => "year",
            Field::Month => "month",
            Field::Day => "day",
            Field::DayOfYear => "day of year",
            Field::DayNumber => "day number",
            Field::JulianDay => "julian day",
            Field::Weekday => "weekday",
            Field::UtcOffset => "utc offset",
            Field::WeekOfYear => "week of year",
            Field::Quarter => "quarter",
            Field::Hour => "hour",
            Field::Minute => "minute",
            Field::Second => "second",
            Field::Nanosecond => "nanosecond",
            Field::UnixSeconds => "unix seconds",
            Field::TimeOfDay => "time of day",
        })
    }
}

/// Which calendar a date or an error is about.
///
/// # Example
///
/// ```
/// use shamsi::Calendar;
///
/// assert_eq!(Calendar::Jalali.to_string(), "jalali");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Calendar {
    /// The Solar Hijri (Jalali) calendar.
    Jalali,
    /// The proleptic Gregorian calendar.
    Gregorian,
    /// The lunar Hijri (Islamic, qamari) calendar ([`crate::hijri`]).
    LunarHijri,
}

impl fmt::Display for Calendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Calendar::Jalali => "jalali",
            Calendar::Gregorian => "gregorian",
            Calendar::LunarHijri => "lunar hijri",
        })
    }
}

/// An error building a date or doing arithmetic on one.
///
/// Every message for a value given names the field, the value and the
/// range it had to be in; [`Overflow`](DateError::Overflow), for arithmetic
/// whose result leaves the range, names the rule and its range.
///
/// # Example
///
/// ```
/// use shamsi::JalaliDate;
///
/// let err = JalaliDate::new(1404, 12, 30).unwrap_err();
/// assert_eq!(err.to_string(), "day 30 is out of range 1..=29 for jalali month 12 of year 1404");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// A field is outside the range that is valid for it.
    #[error("{field} {value} is out of range {min}..={max}")]
    FieldOutOfRange {
        /// The field.
        field: Field,
        /// The value given.
        value: i64,
        /// The smallest valid value.
        min: i64,
        /// The largest valid value.
        max: i64,
    },
    /// The day does not exist in that month (for example 30 Esfand of a
    /// common year, or 29 February of a common year).
    #[error("day {day} is out of range 1..={max} for {calendar} month {month} of year {year}")]
    InvalidDay {
        /// The calendar.
        calendar: Calendar,
        /// The year.
        year: i32,
        /// The month (1..=12).
        month: u8,
        /// The day given.
        day: u8,
        /// The last day of that month.
        max: u8,
    },
    /// The date is well-formed but outside the range the rule supports.
    #[error(
        "{calendar} date {year}-{month:02}-{day:02} is outside the range of the {rule} rule ({})",
        .rule.range_description()
    )]
    OutOfRange {
        /// The calendar the date is written in.
        calendar: Calendar,
        /// The year.
        year: i32,
        /// The month (1..=12).
        month: u8,
        /// The day.
        day: u8,
        /// The Solar Hijri rule whose range was exceeded.
        rule: RuleKind,
    },
    /// The result of an arithmetic operation is outside the supported range.
    #[error("the result is outside the range of the {rule} rule ({})", .rule.range_description())]
    Overflow {
        /// The Solar Hijri rule whose range was exceeded.
        rule: RuleKind,
    },
    /// A day outside the crate's range (-9999-01-01..=9999-12-31), or the
    /// result of arithmetic beyond it (the lunar calendars' range; a Solar
    /// Hijri rule's is [`OutOfRange`](DateError::OutOfRange) and
    /// [`Overflow`](DateError::Overflow)).
    #[error("the day is outside the range -9999-01-01..=9999-12-31")]
    DayOutOfRange,
    /// A lunar Hijri date outside the months its calendar knows (Iran's
    /// observed table without a fallback). `year`/`month`/`day` are 0 when
    /// the date was asked for by a day number.
    #[error(
        "lunar hijri {}-{month:02}-{day:02} is outside {calendar} ({}-{:02}-{:02}..={}-{:02}-{:02}); \
         choose a fallback to estimate it",
        Year(*year), first.0, first.1, first.2, last.0, last.1, last.2
    )]
    NotCovered {
        /// The calendar's description.
        calendar: &'static str,
        /// The year asked for.
        year: i32,
        /// The month asked for.
        month: u8,
        /// The day asked for.
        day: u8,
        /// The first date the calendar knows.
        first: (i32, u8, u8),
        /// The last date the calendar knows.
        last: (i32, u8, u8),
    },
    /// A day that a lunar calendar does not cover (Iran's observed table
    /// without a fallback).
    #[error("{day} is outside {calendar} ({first}..={last}); choose a fallback to estimate it")]
    DayNotCovered {
        /// The calendar's description.
        calendar: &'static str,
        /// The Gregorian date asked for.
        day: GregorianDate,
        /// The first day the calendar knows.
        first: GregorianDate,
        /// The last day the calendar knows.
        last: GregorianDate,
    },
    /// Lunar month starts given by the caller that cannot be a calendar
    /// ([`WithMonthStarts`](crate::hijri::WithMonthStarts)).
    #[error("month start {index} ({year}-{month:02}): {reason}")]
    InvalidMonthStart {
        /// The index of the entry in the slice.
        index: usize,
        /// Its year.
        year: i32,
        /// Its month.
        month: u8,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A wall-clock time that the time zone skipped: the clocks moved
    /// forward over it (asked for with [`Disambiguation::Reject`](crate::zone::Disambiguation::Reject)).
    #[error("the local time does not exist: clocks moved forward from {before} to {after}")]
    SkippedLocalTime {
        /// The offset before the gap.
        before: Offset,
        /// The offset after it.
        after: Offset,
    },
    /// A wall-clock time that happened twice: the clocks moved back over it
    /// (asked for with [`Disambiguation::Reject`](crate::zone::Disambiguation::Reject)).
    #[error("the local time is ambiguous: it happened at {earlier} and again at {later}")]
    AmbiguousLocalTime {
        /// The offset of its first occurrence.
        earlier: Offset,
        /// The offset of its second occurrence.
        later: Offset,
    },
}

/// What went wrong reading a date from text.
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, ParseErrorKind};
///
/// let err = "1402-11-6".parse::<JalaliDate>().unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::UnexpectedEnd);
/// assert_eq!(err.offset(), 9);
/// let err = "1402-11-x6".parse::<JalaliDate>().unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::Expected("two digits"));
/// assert_eq!(err.offset(), 8);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input ended where more was expected.
    UnexpectedEnd,
    /// Something else was found where this was expected.
    Expected(&'static str),
    /// Text was left over after a complete date.
    TrailingInput,
    /// The fields were read but do not make a valid date.
    InvalidDate(DateError),
    /// The input is empty, or holds only spaces and invisible characters.
    Empty,
    /// A digit of a script other than Latin, Persian (U+06F0–U+06F9) or
    /// Arabic-Indic (U+0660–U+0669), such as Devanagari `१`.
    UnsupportedDigit,
    /// A run of more digits than any field can have.
    TooManyDigits,
    /// A two-digit year, which needs a pivot year to be read.
    TwoDigitYear,
    /// Three short numbers, and nothing tells which is the day and which
    /// the year.
    AmbiguousOrder,
    /// A date of numbers with the year last whose first two numbers are a
    /// day and a month in either order (`3/2/1377`: day-month-year and
    /// month-day-year both make a date); choose the order with
    /// [`Lenient::with_order`](crate::parse::Lenient::with_order).
    AmbiguousDayMonth {
        /// The first number.
        first: u8,
        /// The second number.
        second: u8,
    },
    /// The text holds no date: a month name alone, a lone number or year.
    NoDate,
    /// The weekday written does not fall on the date written.
    WeekdayMismatch {
        /// The weekday the text names.
        stated: Weekday,
        /// The weekday of the date.
        actual: Weekday,
    },
    /// A lunar Hijri date (`۱۷ شعبان ۱۴۴۳`, `ه.ق`) where a Solar Hijri or
    /// Gregorian one was asked for (read it with [`crate::hijri`]).
    LunarHijri,
    /// The text names two calendars: a month of one and the era of another.
    CalendarConflict,
    /// The date is in another calendar than the one the caller expected.
    CalendarMismatch {
        /// The calendar the caller expected.
        expected: Calendar,
        /// The calendar the text is in.
        found: Calendar,
    },
    /// The pattern lacks a field needed to make a date (a year, a month or
    /// a day).
    MissingField(Field),
    /// Two parts of the text disagree about a field (`%d` read twice with
    /// different values, or a `%j` that is not the day of `%m`/`%d`).
    Inconsistent(Field),
    /// A UTC offset (or `Z`), or a time zone annotation, after a civil date
    /// or date-time, which has none: read it as an offset date-time instead
    /// of dropping the offset.
    UnexpectedOffset,
    /// An RFC 9557 annotation marked critical (`[!…]`) that cannot be
    /// honoured, such as `[!u-ca=hebrew]`: another calendar than the
    /// Solar Hijri or the Gregorian one.
    CriticalAnnotation,
    /// `شب` before a weekday (`ساعت ۹ شب جمعه`) names the evening before
    /// that day, Thursday evening for «شب جمعه»: which date is meant is for
    /// the caller to say, so it is not guessed.
    EveOfWeekday,
    /// The offset disagrees with the time zone the text names
    /// (`+04:30[Asia/Tehran]` in 2024, when Tehran was at +03:30).
    OffsetMismatch,
    /// The input is longer than [`MAX_INPUT_LEN`](crate::MAX_INPUT_LEN)
    /// bytes, which no reader reads; the error is at the last character
    /// boundary at or before that byte.
    TooLong,
    /// A date without a calendar where the reader cannot tell: `YYYY-MM-DD`
    /// alone may be a Solar Hijri or a Gregorian date. serde for Jalali
    /// values wants RFC 9557's `2024-01-26[u-ca=persian]`, whose fields are
    /// ISO (Gregorian); `FromStr` of the Jalali types reads Jalali fields
    /// only for the years before 1700, since a later year is what other
    /// systems write for a Gregorian date. See
    /// [Strings and interchange](crate#strings-and-interchange).
    NoCalendar,
    /// The pattern glues two numbers of varying width with no text between
    /// them (`%-d%-m%Y`, `%-y%-d%m`): a text it writes may stand for two
    /// dates (`1111402` is 11 January or 1 November), so the strict reader
    /// reads none. The pattern still writes; read with one of the numbers
    /// padded (`%d%-m%Y`) or with a separator (`%-d/%-m/%Y`).
    AmbiguousPattern,
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseErrorKind::UnexpectedEnd => f.write_str("unexpected end of input"),
            ParseErrorKind::Expected(what) => write!(f, "expected {what}"),
            ParseErrorKind::TrailingInput => f.write_str("unexpected text after the date"),
            ParseErrorKind::InvalidDate(e) => write!(f, "{e}"),
            ParseErrorKind::Empty => f.write_str("no date in an empty input"),
            ParseErrorKind::UnsupportedDigit => f.write_str(
                "digit of an unsupported script (only Latin, Persian and Arabic-Indic digits are read)",
            ),
            ParseErrorKind::TooManyDigits => f.write_str("too many digits for a date field"),
            ParseErrorKind::TwoDigitYear => {
                f.write_str("two-digit year is ambiguous without a pivot year")
            }
            ParseErrorKind::AmbiguousOrder => {
                f.write_str("cannot tell the day from the year in three short numbers")
            }
            ParseErrorKind::AmbiguousDayMonth { first, second } => write!(
                f,
                "{first}/{second} may be day {first} of month {second} or month {first}, day {second}: the field order is needed"
            ),
            ParseErrorKind::NoDate => f.write_str("no date: a day and a month are needed"),
            ParseErrorKind::WeekdayMismatch { stated, actual } => {
                write!(f, "weekday {stated} does not match the date, a {actual}")
            }
            ParseErrorKind::LunarHijri => {
                f.write_str("a lunar hijri date, where a solar hijri or gregorian one was asked for")
            }
            ParseErrorKind::CalendarConflict => {
                f.write_str("the month name and the era are of different calendars")
            }
            ParseErrorKind::CalendarMismatch { expected, found } => {
                write!(f, "expected a {expected} date, found a {found} one")
            }
            ParseErrorKind::MissingField(field) => write!(f, "the date has no {field}"),
            ParseErrorKind::Inconsistent(field) => {
                write!(f, "the {field} disagrees with the rest of the date")
            }
            ParseErrorKind::UnexpectedOffset => {
                f.write_str("a utc offset after a civil date-time (read it as an offset date-time)")
            }
            ParseErrorKind::CriticalAnnotation => {
                f.write_str("a critical annotation that cannot be honoured")
            }
            ParseErrorKind::EveOfWeekday => f.write_str(
                "«شب» before a weekday names the evening before that day; the date is not guessed",
            ),
            ParseErrorKind::OffsetMismatch => {
                f.write_str("the offset is not the time zone's offset at that instant")
            }
            ParseErrorKind::AmbiguousPattern => f.write_str(
                "the pattern glues two numbers of varying width (such as %-d%-m), so a text it writes may stand for two dates",
            ),
            ParseErrorKind::NoCalendar => f.write_str(
                "a date without a calendar annotation, which may be solar hijri or gregorian (write 2024-01-26[u-ca=persian], whose fields are gregorian, or read jalali text with parse_jalali)",
            ),
            ParseErrorKind::TooLong => {
                write!(f, "input longer than {MAX_INPUT_LEN} bytes, the most any reader reads")
            }
        }
    }
}

/// An error reading a date from text: what was wrong, and the byte offset
/// in the input where it was found.
///
/// # Example
///
/// ```
/// use shamsi::JalaliDate;
///
/// let err = "1402/11/06".parse::<JalaliDate>().unwrap_err();
/// assert_eq!(err.to_string(), "expected '-' at byte 4");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind} at byte {offset}")]
pub struct ParseError {
    kind: ParseErrorKind,
    offset: usize,
}

impl ParseError {
    pub(crate) const fn new(kind: ParseErrorKind, offset: usize) -> Self {
        ParseError { kind, offset }
    }

    /// What went wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, ParseErrorKind};
    ///
    /// let err = "1402-11-06x".parse::<JalaliDate>().unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::TrailingInput);
    /// ```
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The byte offset in the input where the problem was found.
    ///
    /// Every reader of the crate guarantees that the offset is at most the
    /// input's length and on a character boundary, so that
    /// `&input[err.offset()..]` shows the text from there and never panics.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::Lenient;
    /// use shamsi::JalaliDate;
    ///
    /// let err = "1402-1x-06".parse::<JalaliDate>().unwrap_err();
    /// assert_eq!(err.offset(), 6);
    /// let text = "۶ بهمن ۱۴۰۲ ساعت ۲۵";
    /// let err = Lenient::new().parse_datetime(text).unwrap_err();
    /// assert_eq!(&text[err.offset()..], "ساعت ۲۵");
    /// ```
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// `Ok` when `input` is within [`MAX_INPUT_LEN`], else
    /// [`ParseErrorKind::TooLong`] at the last character boundary at or
    /// before that length.
    pub(crate) fn check_len(input: &str) -> Result<(), ParseError> {
        if input.len() <= MAX_INPUT_LEN {
            return Ok(());
        }
        let mut at = MAX_INPUT_LEN;
        while !input.is_char_boundary(at) {
            at -= 1;
        }
        Err(ParseError::new(ParseErrorKind::TooLong, at))
    }
}

/// The longest text, in bytes, that any reader of one value takes: the
/// `FromStr` of every type, the RFC 3339 and RFC 9557 readers, the pattern
/// readers of [`format`](crate::format) and the lenient reader of
/// [`parse`](crate::parse). A longer input is refused, before any of it is
/// read, with [`ParseErrorKind::TooLong`]: one policy for every reader, so
/// that a text is never read by one and refused by another for its length,
/// and so that the lenient reader can work on the stack. Finding dates in
/// running text ([`mentions`](crate::parse::mentions)) reads any length.
///
/// # Example
///
/// ```
/// use shamsi::parse::Lenient;
/// use shamsi::{JalaliDate, ParseErrorKind, MAX_INPUT_LEN};
///
/// let padded = format!("{}۶ بهمن ۱۴۰۲", " ".repeat(MAX_INPUT_LEN - 10));
/// let err = Lenient::new().parse(&padded).unwrap_err();
/// assert_eq!((err.kind(), err.offset()), (ParseErrorKind::TooLong, MAX_INPUT_LEN - 1));
/// assert!(padded.is_char_boundary(err.offset()));
/// let err = format!("1402-11-06{}", " ".repeat(MAX_INPUT_LEN)).parse::<JalaliDate>().unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::TooLong);
/// ```
pub const MAX_INPUT_LEN: usize = 512;

/// What is wrong with a format pattern.
///
/// # Example
///
/// ```
/// use shamsi::format::DateFormat;
/// use shamsi::PatternErrorKind;
///
/// let err = DateFormat::new("%Y/%J").unwrap_err();
/// assert_eq!(err.kind(), PatternErrorKind::UnknownDirective('J'));
/// assert_eq!(err.offset(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PatternErrorKind {
    /// `%` followed by a letter that is not a directive.
    UnknownDirective(char),
    /// The pattern ends with `%` (or `%-`).
    IncompleteDirective,
    /// The `-` flag (no padding) on a directive with no padding of its own
    /// to drop: a name (`%A`), a fixed form (`%F`, `%z`) or `%s`.
    UnsupportedFlag(char),
    /// A time directive (`%H`, `%M`, …) in a pattern for dates, which have
    /// no time of day: use a [`DateTimeFormat`](crate::format::DateTimeFormat).
    NeedsTime(char),
    /// An offset directive (`%z`, `%Z`, `%s`) in a pattern for civil
    /// date-times, which have no offset: use an
    /// [`ZonedFormat`](crate::format::ZonedFormat).
    NeedsOffset(char),
}

impl fmt::Display for PatternErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PatternErrorKind::UnknownDirective(c) => write!(f, "unknown directive %{c}"),
            PatternErrorKind::IncompleteDirective => f.write_str("incomplete directive at the end"),
            PatternErrorKind::UnsupportedFlag(c) => {
                write!(
                    f,
                    "the '-' flag does not apply to %{c}, which has no padding of its own to drop"
                )
            }
            PatternErrorKind::NeedsTime(c) => {
                write!(f, "%{c} writes a time of day, which a date does not have")
            }
            PatternErrorKind::NeedsOffset(c) => {
                write!(
                    f,
                    "%{c} writes an offset or an instant, which a civil date-time does not have"
                )
            }
        }
    }
}

/// A format pattern that cannot be used: what is wrong, and the byte offset
/// of the `%` that starts the bad directive.
///
/// # Example
///
/// ```
/// use shamsi::format::DateFormat;
///
/// let err = DateFormat::new("%d %B %").unwrap_err();
/// assert_eq!(err.to_string(), "incomplete directive at the end at byte 6");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind} at byte {offset}")]
pub struct PatternError {
    kind: PatternErrorKind,
    offset: usize,
}

impl PatternError {
    pub(crate) const fn new(kind: PatternErrorKind, offset: usize) -> Self {
        PatternError { kind, offset }
    }

    /// What is wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    /// use shamsi::PatternErrorKind;
    ///
    /// let err = DateFormat::new("%-B").unwrap_err();
    /// assert_eq!(err.kind(), PatternErrorKind::UnsupportedFlag('B'));
    /// ```
    pub const fn kind(&self) -> PatternErrorKind {
        self.kind
    }

    /// The byte offset of the `%` that starts the bad directive.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    ///
    /// assert_eq!(DateFormat::new("%Y-%m-%v").unwrap_err().offset(), 6);
    /// ```
    pub const fn offset(&self) -> usize {
        self.offset
    }
}

/// A year written as the dates are (four digits, a minus sign for years
/// before 1).
pub(crate) struct Year(pub(crate) i32);

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 < 0 {
            write!(f, "-{:04}", self.0.unsigned_abs())
        } else {
            write!(f, "{:04}", self.0)
        }
    }
}
