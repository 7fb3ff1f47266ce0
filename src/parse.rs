//! Reading and writing the `YYYY-MM-DD` form.
//!
//! The strict grammar, shared by [`JalaliDate`](crate::JalaliDate) and
//! [`GregorianDate`](crate::GregorianDate):
//!
//! ```text
//! date  = ["-"] year "-" month "-" day
//! year  = 4DIGIT / 5DIGIT      ; ASCII digits, zero-padded
//! month = 2DIGIT
//! day   = 2DIGIT
//! ```
//!
//! Nothing may precede or follow the date. Whether the fields make a valid
//! date is checked by the date type.

use core::fmt;

use crate::{ParseError, ParseErrorKind};

/// Writes `YYYY-MM-DD`, or `-YYYY-MM-DD` for a negative year.
pub(crate) fn write_ymd(f: &mut fmt::Formatter<'_>, year: i32, month: u8, day: u8) -> fmt::Result {
    if year < 0 {
        f.write_str("-")?;
    }
    write!(f, "{:04}-{month:02}-{day:02}", year.unsigned_abs())
}

/// Reads exactly `min..=max` ASCII digits at `pos`.
fn digits(
    bytes: &[u8],
    pos: usize,
    min: usize,
    max: usize,
    what: &'static str,
) -> Result<(u32, usize), ParseError> {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        match bytes.get(pos + n) {
            Some(b) if b.is_ascii_digit() => {
                value = value * 10 + u32::from(b - b'0');
                n += 1;
            }
            _ => break,
        }
    }
    if n < min {
        let kind = if pos + n >= bytes.len() {
            ParseErrorKind::UnexpectedEnd
        } else {
            ParseErrorKind::Expected(what)
        };
        return Err(ParseError::new(kind, pos + n));
    }
    Ok((value, pos + n))
}

fn expect(bytes: &[u8], pos: usize, byte: u8, what: &'static str) -> Result<usize, ParseError> {
    match bytes.get(pos) {
        Some(&b) if b == byte => Ok(pos + 1),
        Some(_) => Err(ParseError::new(ParseErrorKind::Expected(what), pos)),
        None => Err(ParseError::new(ParseErrorKind::UnexpectedEnd, pos)),
    }
}

/// Reads `[-]YYYY-MM-DD` into (year, month, day), unchecked beyond its
/// shape.
pub(crate) fn parse_ymd(s: &str) -> Result<(i32, u8, u8), ParseError> {
    let bytes = s.as_bytes();
    let negative = bytes.first() == Some(&b'-');
    let pos = usize::from(negative);
    let (year, pos) = digits(bytes, pos, 4, 5, "a four-digit year")?;
    let pos = expect(bytes, pos, b'-', "'-'")?;
    let (month, pos) = digits(bytes, pos, 2, 2, "two digits")?;
    let pos = expect(bytes, pos, b'-', "'-'")?;
    let (day, pos) = digits(bytes, pos, 2, 2, "two digits")?;
    if pos != bytes.len() {
        return Err(ParseError::new(ParseErrorKind::TrailingInput, pos));
    }
    // At most five digits: the year fits an i32, month and day a u8.
    let year = if negative { -(year as i32) } else { year as i32 };
    Ok((year, month as u8, day as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
