//! The core's own text form: the writer and reader behind the `Display` and
//! `FromStr` of the dates, times, date-times and offsets, and the RFC 3339
//! and RFC 9557 forms of an instant. No locale, no allocation; `format` and
//! `parse` build on it.
//!
//! The grammar read here (ABNF after RFC 3339 §5.6; a Jalali date has the
//! same shape as a Gregorian one, but these Jalali strings are not RFC 3339):
//!
//! ```text
//! date        = ["-"] 4*5DIGIT "-" 2DIGIT "-" 2DIGIT
//! time        = 2DIGIT ":" 2DIGIT [":" 2DIGIT [("." / ",") 1*9DIGIT]]
//! date-time   = date ("T" / "t" / " ") time
//! offset      = "Z" / "z" / ("+" / "-") 2DIGIT [":"] 2DIGIT [":" 2DIGIT]
//! annotation  = "[" ["!"] (zone-name / key "=" value) "]"     ; RFC 9557 only
//! ```

use core::fmt;

use crate::{ParseError, ParseErrorKind};

/// `YYYY?MM?DD` in Latin digits (a year in 0..=9999, a month and a day
/// below 100) with the two separators: the ten bytes of the ISO form (`-`)
/// and of the format engine's `%Y?%m?%d`.
#[inline(always)]
pub(crate) const fn ymd_bytes(y: u32, m: u32, d: u32, [a, b]: [u8; 2]) -> [u8; 10] {
    const fn digit(n: u32) -> u8 {
        b'0' + (n % 10) as u8
    }
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        a,
        digit(m / 10),
        digit(m),
        b,
        digit(d / 10),
        digit(d),
    ]
}

/// Writes `YYYY-MM-DD`, or `-YYYY-MM-DD` for a negative year.
pub(crate) fn write_ymd<W: fmt::Write + ?Sized>(
    w: &mut W,
    year: i32,
    month: u8,
    day: u8,
) -> fmt::Result {
    if let (Ok(y @ 0..=9999), 0..=99, 0..=99) = (u32::try_from(year), month, day) {
        // Ten bytes at once: the common case, without the machinery of
        // `write!`.
        let bytes = ymd_bytes(y, month.into(), day.into(), [b'-', b'-']);
        return match core::str::from_utf8(&bytes) {
            Ok(text) => w.write_str(text),
            Err(_) => Err(fmt::Error),
        };
    }
    if year < 0 {
        w.write_char('-')?;
    }
    write!(w, "{:04}-{month:02}-{day:02}", year.unsigned_abs())
}

/// Writes `HH:MM:SS`, and the fraction of the second with its trailing
/// zeros trimmed (`14:30:00.5`), as jiff writes it.
pub(crate) fn write_hms<W: fmt::Write + ?Sized>(
    w: &mut W,
    hour: u8,
    minute: u8,
    second: u8,
    nanos: u32,
) -> fmt::Result {
    if hour < 100 && minute < 100 && second < 100 {
        let digit = |n: u8| b'0' + n % 10;
        let bytes = [
            digit(hour / 10),
            digit(hour),
            b':',
            digit(minute / 10),
            digit(minute),
            b':',
            digit(second / 10),
            digit(second),
        ];
        match core::str::from_utf8(&bytes) {
            Ok(text) => w.write_str(text)?,
            Err(_) => return Err(fmt::Error),
        }
    } else {
        write!(w, "{hour:02}:{minute:02}:{second:02}")?;
    }
    if nanos != 0 {
        let mut digits = 9;
        let mut fraction = nanos;
        while fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        write!(w, ".{fraction:0digits$}")?;
    }
    Ok(())
}

/// Writes an offset as `+HH:MM`, or `+HH:MM:SS` when it has seconds.
pub(crate) fn write_offset<W: fmt::Write + ?Sized>(w: &mut W, seconds: i32) -> fmt::Result {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    write!(w, "{sign}{:02}:{:02}", s / 3600, s / 60 % 60)?;
    if s % 60 != 0 {
        write!(w, ":{:02}", s % 60)?;
    }
    Ok(())
}

/// A time read from text, unchecked beyond its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawTime {
    pub(crate) hour: u8,
    pub(crate) minute: u8,
    pub(crate) second: u8,
    pub(crate) nanos: u32,
}

/// A reader over the bytes of a string, which knows its position for the
/// errors it returns.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) const fn new(s: &'a str) -> Self {
        Cursor { bytes: s.as_bytes(), pos: 0 }
    }

    pub(crate) const fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn error(&self, kind: ParseErrorKind) -> ParseError {
        ParseError::new(kind, self.pos)
    }

    fn expected(&self, what: &'static str) -> ParseError {
        match self.peek() {
            None => self.error(ParseErrorKind::UnexpectedEnd),
            Some(_) => self.error(ParseErrorKind::Expected(what)),
        }
    }

    /// Reads `min..=max` ASCII digits.
    fn digits(&mut self, min: usize, max: usize, what: &'static str) -> Result<u32, ParseError> {
        let mut value = 0u32;
        let mut n = 0;
        while n < max {
            match self.peek() {
                Some(b) if b.is_ascii_digit() => {
                    value = value * 10 + u32::from(b - b'0');
                    self.pos += 1;
                    n += 1;
                }
                _ => break,
            }
        }
        if n < min {
            return Err(self.expected(what));
        }
        Ok(value)
    }

    /// Consumes `byte` if it is next.
    pub(crate) fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes `lit` if it is next.
    pub(crate) fn eat_str(&mut self, lit: &str) -> bool {
        let found = self.bytes.get(self.pos..).is_some_and(|b| b.starts_with(lit.as_bytes()));
        if found {
            self.pos += lit.len();
        }
        found
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Result<(), ParseError> {
        if self.eat(byte) { Ok(()) } else { Err(self.expected(what)) }
    }

    /// Reads `[-]YYYY-MM-DD` (four or five year digits).
    pub(crate) fn ymd(&mut self) -> Result<(i32, u8, u8), ParseError> {
        let start = self.pos;
        let negative = self.eat(b'-');
        let digits_at = self.pos;
        let year = self.digits(4, 5, "a four-digit year")?;
        // Only the forms `Display` writes: five digits from 10000 on, and
        // no `-0000`.
        if self.pos - digits_at == 5 && year < 10_000 {
            let kind = ParseErrorKind::Expected("four digits for a year under 10000");
            return Err(ParseError::new(kind, digits_at));
        }
        if negative && year == 0 {
            return Err(ParseError::new(ParseErrorKind::Expected("0000, not -0000"), start));
        }
        self.expect(b'-', "'-'")?;
        let month = self.digits(2, 2, "two digits")?;
        self.expect(b'-', "'-'")?;
        let day = self.digits(2, 2, "two digits")?;
        // At most five digits: the year fits an i32, month and day a u8.
        let year = if negative { -(year as i32) } else { year as i32 };
        Ok((year, month as u8, day as u8))
    }

    /// Reads an ISO 8601 date as RFC 3339, RFC 9557 and Temporal write it:
    /// `YYYY-MM-DD`, or a year with a sign and six digits (`-000001`,
    /// `+002024`; not `-000000`); and `-YYYY`, as this crate's `Display`
    /// writes a negative Gregorian year.
    pub(crate) fn iso_ymd(&mut self) -> Result<(i32, u8, u8), ParseError> {
        let start = self.pos;
        let negative = match self.peek() {
            Some(b'+') => Some(false),
            Some(b'-') => Some(true),
            _ => None,
        };
        let year = match negative {
            None => self.digits(4, 4, "a four-digit year")? as i32,
            Some(negative) => {
                self.pos += 1;
                let digits_at = self.pos;
                let year = self.digits(4, 6, "six digits after the year's sign")?;
                let n = self.pos - digits_at;
                if n == 5 || (n == 4 && !negative) {
                    let kind = ParseErrorKind::Expected("six digits after the year's sign");
                    return Err(ParseError::new(kind, digits_at));
                }
                if negative && year == 0 {
                    let kind = ParseErrorKind::Expected("a year other than -0, which has no sign");
                    return Err(ParseError::new(kind, start));
                }
                // At most six digits: the year fits an i32.
                if negative { -(year as i32) } else { year as i32 }
            }
        };
        self.expect(b'-', "'-'")?;
        let month = self.digits(2, 2, "two digits")?;
        self.expect(b'-', "'-'")?;
        let day = self.digits(2, 2, "two digits")?;
        Ok((year, month as u8, day as u8))
    }

    /// Reads the RFC 9557 annotations after a date or a date-time: at most
    /// one time zone, first, and keys, of which the crate knows `u-ca` (the
    /// calendar). A key marked critical (`[!…]`) that is not a calendar the
    /// crate shows, `persian`, `gregory` or `iso8601`, is an error, as
    /// RFC 9557 asks.
    pub(crate) fn annotations(&mut self) -> Result<Annotations<'a>, ParseError> {
        let mut found = Annotations { zone: None, calendar: None, any: false };
        loop {
            let at = self.pos;
            match self.annotation()? {
                None => return Ok(found),
                Some(Annotation::Zone { name, .. }) if !found.any => {
                    found.zone = Some((name, at));
                }
                Some(Annotation::Zone { .. }) => {
                    return Err(ParseError::new(
                        ParseErrorKind::Expected("one time zone, first"),
                        at,
                    ));
                }
                Some(Annotation::Key { key, value, critical, at }) => {
                    let known = key == "u-ca" && matches!(value, "persian" | "gregory" | "iso8601");
                    if critical && !known {
                        return Err(ParseError::new(ParseErrorKind::CriticalAnnotation, at));
                    }
                    if key == "u-ca" && found.calendar.is_none() {
                        found.calendar = Some((value, at));
                    }
                }
            }
            found.any = true;
        }
    }

    /// Reads the separator between a date and a time: `T`, `t` or a space.
    pub(crate) fn date_time_separator(&mut self) -> Result<(), ParseError> {
        match self.peek() {
            Some(b'T' | b't' | b' ') => {
                self.pos += 1;
                Ok(())
            }
            _ => Err(self.expected("'T' between the date and the time")),
        }
    }

    /// Reads `HH:MM[:SS[.fraction]]`; with `seconds_required`, the seconds
    /// must be there (as RFC 3339 wants).
    pub(crate) fn time(&mut self, seconds_required: bool) -> Result<RawTime, ParseError> {
        let hour = self.digits(2, 2, "a two-digit hour")? as u8;
        self.expect(b':', "':'")?;
        let minute = self.digits(2, 2, "two-digit minutes")? as u8;
        let mut second = 0;
        let mut nanos = 0;
        if seconds_required || self.peek() == Some(b':') {
            self.expect(b':', "':' and seconds")?;
            second = self.digits(2, 2, "two-digit seconds")? as u8;
            if matches!(self.peek(), Some(b'.' | b',')) {
                self.pos += 1;
                let start = self.pos;
                let value = self.digits(1, 9, "digits of a fraction of a second")?;
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.error(ParseErrorKind::TooManyDigits));
                }
                let read = self.pos - start;
                nanos = value * 10u32.pow(9 - read as u32);
            }
        }
        Ok(RawTime { hour, minute, second, nanos })
    }

    /// Whether an offset (or `Z`) or an annotation comes next.
    pub(crate) fn at_offset(&self) -> bool {
        matches!(self.peek(), Some(b'+' | b'-' | b'Z' | b'z' | b'['))
    }

    /// Reads `Z` (as 0) or `±HH[:]MM[:SS]`, in seconds east of UTC,
    /// unchecked beyond its shape (at most ±99:59:59).
    pub(crate) fn offset(&mut self) -> Result<i32, ParseError> {
        if self.eat(b'Z') || self.eat(b'z') {
            return Ok(0);
        }
        let negative = match self.peek() {
            Some(b'+') => false,
            Some(b'-') => true,
            _ => return Err(self.expected("an offset: 'Z', '+' or '-'")),
        };
        self.pos += 1;
        let hours = self.digits(2, 2, "a two-digit hour of the offset")?;
        let colon = self.eat(b':');
        // ISO 8601's hour alone, `+00`, as PostgreSQL writes it.
        if !colon && !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            let total = (hours * 3600) as i32;
            return Ok(if negative { -total } else { total });
        }
        let minutes = self.digits(2, 2, "two-digit minutes of the offset")?;
        let mut seconds = 0;
        if colon && self.eat(b':') {
            seconds = self.digits(2, 2, "two-digit seconds of the offset")?;
        }
        if minutes > 59 || seconds > 59 {
            return Err(ParseError::new(
                ParseErrorKind::Expected("minutes and seconds below 60"),
                self.pos,
            ));
        }
        let total = (hours * 3600 + minutes * 60 + seconds) as i32;
        Ok(if negative { -total } else { total })
    }

    /// Reads one RFC 9557 annotation, `[zone]` or `[key=value]`, with its
    /// critical flag; the text between the brackets is returned as is.
    pub(crate) fn annotation(&mut self) -> Result<Option<Annotation<'a>>, ParseError> {
        if !self.eat(b'[') {
            return Ok(None);
        }
        let critical = self.eat(b'!');
        let start = self.pos;
        while let Some(b) = self.peek() {
            if b == b']' {
                break;
            }
            self.pos += 1;
        }
        let inner = self.bytes.get(start..self.pos).unwrap_or_default();
        if inner.is_empty() {
            return Err(self.expected("an annotation"));
        }
        self.expect(b']', "']'")?;
        // Only ASCII bytes were compared, so the slice is on char boundaries.
        let inner = core::str::from_utf8(inner).unwrap_or_default();
        let annotation = match inner.split_once('=') {
            Some((key, value)) => Annotation::Key { key, value, critical, at: start },
            None => Annotation::Zone { name: inner, critical },
        };
        Ok(Some(annotation))
    }

    /// Fails unless the whole input has been read.
    pub(crate) fn end(&self) -> Result<(), ParseError> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(self.error(ParseErrorKind::TrailingInput))
        }
    }

    /// Fails unless the whole input has been read, saying that an offset
    /// was found where a civil value ends.
    pub(crate) fn end_civil(&self) -> Result<(), ParseError> {
        if self.at_offset() {
            Err(self.error(ParseErrorKind::UnexpectedOffset))
        } else {
            self.end()
        }
    }
}

/// The RFC 9557 annotations after a value: the time zone's name and the
/// calendar's, each with its byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Annotations<'a> {
    pub(crate) zone: Option<(&'a str, usize)>,
    pub(crate) calendar: Option<(&'a str, usize)>,
    /// Whether there was any annotation at all.
    pub(crate) any: bool,
}

/// An RFC 9557 suffix: a time zone name, or a key and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Annotation<'a> {
    Zone { name: &'a str, critical: bool },
    Key { key: &'a str, value: &'a str, critical: bool, at: usize },
}

/// Reads `[-]YYYY-MM-DD` into (year, month, day), unchecked beyond its
/// shape.
pub(crate) fn parse_ymd(s: &str) -> Result<(i32, u8, u8), ParseError> {
    let mut c = Cursor::new(s);
    let ymd = c.ymd()?;
    c.end()?;
    Ok(ymd)
}

/// The first year that a bare `YYYY-MM-DD` given to a Jalali or lunar Hijri
/// type's `FromStr` reads as Gregorian, and so is refused: Jalali 1700 is
/// 2321 AD and lunar 1700 about 2270 AD, while the Gregorian years from 1700
/// are those other systems write.
pub(crate) const GREGORIAN_LOOKING_YEAR: i32 = 1700;

/// Refuses a bare Solar or lunar Hijri year that reads as Gregorian, at
/// byte 0.
pub(crate) fn check_bare_year(year: i32) -> Result<(), ParseError> {
    if year >= GREGORIAN_LOOKING_YEAR {
        return Err(ParseError::new(ParseErrorKind::NoCalendar, 0));
    }
    Ok(())
}

/// The error for an impossible date written as `[-]YYYY-MM-DD` ending at
/// byte `end`, at its field: the month (`1402-13-01`, byte 5), the day
/// (`1402-12-30`, byte 8), else the start of the date.
pub(crate) fn invalid_date(e: crate::DateError, end: usize) -> ParseError {
    // The form is fixed from the end: `-MM-DD`.
    let at = match e {
        crate::DateError::FieldOutOfRange { field: crate::Field::Month, .. } => end - 5,
        crate::DateError::FieldOutOfRange { field: crate::Field::Day, .. }
        | crate::DateError::InvalidDay { .. } => end - 2,
        _ => 0,
    };
    ParseError::new(ParseErrorKind::InvalidDate(e), at)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Buf([u8; 64], usize);

    impl fmt::Write for Buf {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let end = self.1 + s.len();
            self.0.get_mut(self.1..end).ok_or(fmt::Error)?.copy_from_slice(s.as_bytes());
            self.1 = end;
            Ok(())
        }
    }

    fn written(f: impl FnOnce(&mut Buf) -> fmt::Result) -> Buf {
        let mut b = Buf([0; 64], 0);
        f(&mut b).unwrap();
        b
    }

    fn text(b: &Buf) -> &str {
        core::str::from_utf8(&b.0[..b.1]).unwrap()
    }

    #[test]
    fn shapes() {
        assert_eq!(parse_ymd("1402-11-06"), Ok((1402, 11, 6)));
        assert_eq!(parse_ymd("-0001-12-29"), Ok((-1, 12, 29)));
        assert_eq!(parse_ymd("-10621-10-11"), Ok((-10621, 10, 11)));
        let err = |s: &str| parse_ymd(s).unwrap_err();
        assert_eq!(err("").kind(), ParseErrorKind::UnexpectedEnd);
        assert_eq!(err("140-11-06").offset(), 3);
        assert_eq!(err("1402-11-06 ").kind(), ParseErrorKind::TrailingInput);
        assert_eq!(err("1402-11-06 ").offset(), 10);
        assert_eq!(err("1402-11").kind(), ParseErrorKind::UnexpectedEnd);
        assert_eq!(err("1402/11/06").kind(), ParseErrorKind::Expected("'-'"));
        assert_eq!(err("۱۴۰۲-11-06").offset(), 0);
        assert_eq!(err("140211-11-06").offset(), 5);
        // Forms `Display` never writes.
        assert_eq!(err("01402-11-06").offset(), 0);
        assert_eq!(err("-01402-11-06").offset(), 1);
        assert_eq!(err("-0000-01-01").offset(), 0);
        assert_eq!(parse_ymd("10000-01-01"), Ok((10000, 1, 1)));
    }

    #[test]
    fn writers() {
        assert_eq!(text(&written(|b| write_hms(b, 14, 30, 0, 0))), "14:30:00");
        assert_eq!(text(&written(|b| write_hms(b, 0, 0, 5, 500_000_000))), "00:00:05.5");
        assert_eq!(text(&written(|b| write_hms(b, 23, 59, 59, 999_999_999))), "23:59:59.999999999");
        assert_eq!(text(&written(|b| write_hms(b, 1, 2, 3, 1_000))), "01:02:03.000001");
        assert_eq!(text(&written(|b| write_offset(b, 12_600))), "+03:30");
        assert_eq!(text(&written(|b| write_offset(b, 12_344))), "+03:25:44");
        assert_eq!(text(&written(|b| write_offset(b, 0))), "+00:00");
        assert_eq!(text(&written(|b| write_offset(b, -34_200))), "-09:30");
    }

    #[test]
    fn times_and_offsets() {
        let time = |s: &str| Cursor::new(s).time(false);
        assert_eq!(time("14:30"), Ok(RawTime { hour: 14, minute: 30, second: 0, nanos: 0 }));
        assert_eq!(time("14:30:05,25").unwrap().nanos, 250_000_000);
        assert_eq!(time("14:30:05.123456789").unwrap().nanos, 123_456_789);
        assert_eq!(time("14:30:05.1234567891").unwrap_err().kind(), ParseErrorKind::TooManyDigits);
        assert_eq!(time("14:30:05.").unwrap_err().kind(), ParseErrorKind::UnexpectedEnd);
        assert!(Cursor::new("14:30").time(true).is_err());
        let offset = |s: &str| Cursor::new(s).offset();
        assert_eq!(offset("Z"), Ok(0));
        assert_eq!(offset("+03:30"), Ok(12_600));
        assert_eq!(offset("+0330"), Ok(12_600));
        assert_eq!(offset("+03:25:44"), Ok(12_344));
        assert_eq!(offset("-00:30"), Ok(-1_800));
        assert!(offset("+03:60").is_err());
        assert!(offset("03:30").is_err());
    }

    #[test]
    fn annotations() {
        let mut c = Cursor::new("[Asia/Tehran][!u-ca=persian][]");
        assert_eq!(
            c.annotation(),
            Ok(Some(Annotation::Zone { name: "Asia/Tehran", critical: false }))
        );
        assert_eq!(
            c.annotation(),
            Ok(Some(Annotation::Key { key: "u-ca", value: "persian", critical: true, at: 15 }))
        );
        assert!(c.annotation().is_err());
        assert_eq!(Cursor::new("x").annotation(), Ok(None));
        assert!(Cursor::new("[abc").annotation().is_err());
    }
}
