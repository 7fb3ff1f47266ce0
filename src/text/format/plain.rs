//! The plain shape of a program: dates written as zero-padded numbers,
//! names and text (`%Y/%m/%d %A`, `%A %d %B %Y`), each field once. When the
//! pattern is compiled, its steps are put together as pieces, each a
//! number or a name with the text after it, which the writer and the reader
//! run without the general steps' bookkeeping. Whatever the shape cannot
//! do (a year outside `0..=9999`, a text in another form, any error) it
//! leaves to the steps, which write, read or name the error.

use core::fmt;

use super::program::{Field, Name, Op, Pad, Step, text_of};
use super::sealed::Fields;
use super::shape::ReadDate;
use super::write::{digit_tables, name_of, write_pair};
use super::{Digits, Locale, swar};
use crate::Calendar;
use crate::text::name_set;

/// What a piece writes or reads. The numbers come first, in the order of
/// the writer's table of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum What {
    /// `%Y`, four digits.
    Year = 0,
    /// `%y`, two digits.
    YearShort = 1,
    /// `%m`, two digits.
    Month = 2,
    /// `%d`, two digits.
    Day = 3,
    /// `%j`, three digits.
    DayOfYear = 4,
    /// `%B`.
    MonthName,
    /// `%b`.
    MonthShort,
    /// `%A`.
    Weekday,
    /// `%a`.
    WeekdayShort,
}

/// Text of the pattern between pieces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Between {
    Nothing,
    /// One ASCII byte.
    Byte(u8),
    /// `len` bytes of the pattern from `start`.
    Text {
        start: u16,
        len: u16,
    },
}

impl Between {
    /// The text of a step, if it is one.
    fn of(op: Op) -> Option<Between> {
        match op {
            Op::Byte(b) | Op::Mark(b) => Some(Between::Byte(b)),
            Op::Text { start, len } => Some(Between::Text { start, len }),
            _ => None,
        }
    }

    #[inline(always)]
    fn write<W: fmt::Write + ?Sized>(self, w: &mut W, pattern: &str) -> fmt::Result {
        match self {
            Between::Nothing => Ok(()),
            Between::Byte(b) => w.write_char(char::from(b)),
            Between::Text { start, len } => w.write_str(text_of(pattern, 0, start, len)),
        }
    }

    /// `input` after this text, if it begins with it.
    #[inline(always)]
    fn pass<'a>(self, input: &'a [u8], pattern: &str) -> Option<&'a [u8]> {
        match self {
            Between::Nothing => Some(input),
            Between::Byte(b) => match input {
                [first, rest @ ..] if *first == b => Some(rest),
                _ => None,
            },
            Between::Text { start, len } => {
                let text = text_of(pattern, 0, start, len).as_bytes();
                match input.split_at_checked(text.len()) {
                    Some((head, rest)) if swar::same(head, text) => Some(rest),
                    _ => None,
                }
            }
        }
    }
}

/// A number or a name, and the text after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Piece {
    what: What,
    after: Between,
}

/// A plain program as pieces: the text before the first, then at most four
/// (a year, a month and a day or a day of the year, and a weekday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Plain {
    before: Between,
    pieces: [Piece; 4],
    len: u8,
    /// `%y` in place of `%Y`.
    short_year: bool,
    /// `%j` in place of a month and a day.
    ordinal: bool,
}

/// What the plain shape read: the date's fields and the weekday named, if
/// one was.
pub(crate) struct PlainRead {
    pub(crate) date: ReadDate,
    pub(crate) weekday: Option<u8>,
}

impl Plain {
    /// The pieces of `steps`, if they are a plain program: text, zero-padded
    /// numbers of a date (`%Y %y %m %d %j`) and names (`%A %a %B %b`), with
    /// a year, a month and a day or a day of the year, each once, and no
    /// two texts side by side.
    pub(crate) fn new(steps: &[Step]) -> Option<Plain> {
        let blank = Piece { what: What::Year, after: Between::Nothing };
        let mut plain = Plain {
            before: Between::Nothing,
            pieces: [blank; 4],
            len: 0,
            short_year: false,
            ordinal: false,
        };
        // The fields seen, a bit each; a month's name is its month.
        const YEAR: u8 = 1;
        const YEAR_SHORT: u8 = 2;
        const MONTH: u8 = 4;
        const DAY: u8 = 8;
        const DAY_OF_YEAR: u8 = 16;
        const WEEKDAY: u8 = 32;
        let mut seen = 0u8;
        let mut text_last = false;
        for step in steps {
            if let Some(text) = Between::of(step.op) {
                if text_last {
                    return None;
                }
                text_last = true;
                let len = usize::from(plain.len);
                match len.checked_sub(1).and_then(|last| plain.pieces.get_mut(last)) {
                    Some(piece) => piece.after = text,
                    None => plain.before = text,
                }
                continue;
            }
            text_last = false;
            let (what, bit) = match step.op {
                Op::Number { field, width, pad: Pad::Zero | Pad::Fixed } => match (field, width) {
                    (Field::Year, 4) => (What::Year, YEAR),
                    (Field::YearShort, 2) => (What::YearShort, YEAR_SHORT),
                    (Field::Month, 2) => (What::Month, MONTH),
                    (Field::Day, 2) => (What::Day, DAY),
                    (Field::DayOfYear, 3) => (What::DayOfYear, DAY_OF_YEAR),
                    _ => return None,
                },
                Op::Name(Name::Month) => (What::MonthName, MONTH),
                Op::Name(Name::MonthShort) => (What::MonthShort, MONTH),
                Op::Name(Name::Weekday) => (What::Weekday, WEEKDAY),
                Op::Name(Name::WeekdayShort) => (What::WeekdayShort, WEEKDAY),
                _ => return None,
            };
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
            *plain.pieces.get_mut(usize::from(plain.len))? =
                Piece { what, after: Between::Nothing };
            plain.len += 1;
        }
        let has = |bit: u8| seen & bit != 0;
        plain.short_year = has(YEAR_SHORT);
        plain.ordinal = has(DAY_OF_YEAR);
        // One year, and a day of the year alone or else a month and a day.
        let day = if has(DAY_OF_YEAR) { !has(MONTH) && !has(DAY) } else { has(MONTH) && has(DAY) };
        let fits = has(YEAR) != has(YEAR_SHORT) && day;
        fits.then_some(plain)
    }

    fn pieces(&self) -> &[Piece] {
        self.pieces.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// Writes `f`, whose year is one of `0..=9999`, in `locale` and `digits`,
    /// whose pairs have `N` bytes.
    #[inline(always)]
    pub(crate) fn write<W: fmt::Write + ?Sized, const N: usize>(
        &self,
        w: &mut W,
        pattern: &str,
        (locale, digits): (Locale, Digits),
        f: &Fields,
    ) -> fmt::Result {
        let (pairs, singles) = digit_tables(digits);
        let put = |w: &mut W, n: u32| write_pair::<W, N>(w, pairs, n);
        // The numbers in `What`'s order, each looked up by its piece: the
        // compiler then works out the digits of those the pattern has, in
        // the loop, rather than of all of them before it.
        let year = f.year.unsigned_abs();
        let numbers = [year, year, f.month.into(), f.day.into(), f.day_of_year.into()];
        self.before.write(w, pattern)?;
        for piece in self.pieces() {
            match piece.what {
                number @ (What::Year
                | What::YearShort
                | What::Month
                | What::Day
                | What::DayOfYear) => {
                    let n = numbers.get(number as usize).copied().unwrap_or(0);
                    if number == What::Year {
                        put(w, n / 100)?;
                    } else if number == What::DayOfYear {
                        let hundreds = singles.get((n / 100 % 10) as usize).copied();
                        w.write_str(hundreds.unwrap_or(""))?;
                    }
                    put(w, n)?;
                }
                What::MonthName => w.write_str(name_of(Name::Month, locale, f))?,
                What::MonthShort => w.write_str(name_of(Name::MonthShort, locale, f))?,
                What::Weekday => w.write_str(name_of(Name::Weekday, locale, f))?,
                What::WeekdayShort => w.write_str(name_of(Name::WeekdayShort, locale, f))?,
            }
            piece.after.write(w, pattern)?;
        }
        Ok(())
    }

    /// Reads `input`: each number at its full width in Latin digits or in
    /// one two-byte set, each text whole, each name from the set `%B %b %A
    /// %a` read in `locale` and `calendar`. `None` for the steps to read
    /// any other text, and any the steps read otherwise (a five-digit
    /// year, an unpadded number).
    #[inline]
    pub(crate) fn read(
        &self,
        pattern: &str,
        input: &[u8],
        (locale, calendar): (Locale, Calendar),
        short_year: impl Fn(i32) -> Option<i32>,
    ) -> Option<PlainRead> {
        let (mut year, mut month, mut day, mut year_day) = (0, 0, 0, 0);
        let mut weekday = None;
        let mut rest = self.before.pass(input, pattern)?;
        for piece in self.pieces() {
            let len;
            match piece.what {
                What::Year => (year, len) = number::<4>(rest)?,
                What::YearShort => (year, len) = number::<2>(rest)?,
                What::Month => (month, len) = number::<2>(rest)?,
                What::Day => (day, len) = number::<2>(rest)?,
                What::DayOfYear => (year_day, len) = number::<3>(rest)?,
                What::MonthName | What::MonthShort => {
                    let long = piece.what == What::MonthName;
                    let set = name_set::months(locale, calendar, long);
                    let index;
                    (index, len) = name_set::find(set, rest)?;
                    month = u32::from(index) + 1;
                }
                What::Weekday | What::WeekdayShort => {
                    let set = name_set::weekdays(locale, piece.what == What::Weekday);
                    let index;
                    (index, len) = name_set::find(set, rest)?;
                    weekday = Some(index);
                }
            }
            rest = piece.after.pass(rest.get(len..)?, pattern)?;
        }
        if !rest.is_empty() {
            return None;
        }
        // Four digits, two, three: the casts are exact.
        let year = if self.short_year { short_year(year as i32)? } else { year as i32 };
        let date = if self.ordinal {
            ReadDate::Ordinal(year, year_day as u16)
        } else {
            ReadDate::Ymd(year, month as u8, day as u8)
        };
        Some(PlainRead { date, weekday })
    }
}

/// A number of `WIDTH` digits at the start of `input`, all Latin or all of
/// one two-byte set, and its length in bytes. (The year-month-day shape
/// reads its groups with `shape::number`; one reader for both, tried, cost
/// these reads 5 to 9 instructions more.)
#[inline(always)]
fn number<const WIDTH: usize>(input: &[u8]) -> Option<(u32, usize)> {
    let &first = input.first()?;
    // Each group of bytes is taken whole (one load), not byte by byte.
    if first.is_ascii_digit() {
        let value = match WIDTH {
            2 => swar::latin2(*input.first_chunk()?)?,
            4 => swar::latin4(*input.first_chunk()?)?,
            3 => {
                let &[a, b, c] = input.first_chunk()?;
                swar::latin1(a)? * 100 + swar::latin2([b, c])?
            }
            _ => return None,
        };
        return Some((value, WIDTH));
    }
    let zero = swar::wide_zero(first);
    let value = match WIDTH {
        2 => swar::wide2(*input.first_chunk()?, zero)?,
        4 => swar::wide4(*input.first_chunk()?, zero)?,
        3 => {
            let (head, rest) = input.split_first_chunk::<2>()?;
            swar::wide1(*head, zero)? * 100 + swar::wide2(*rest.first_chunk()?, zero)?
        }
        _ => return None,
    };
    Some((value, 2 * WIDTH))
}

#[cfg(test)]
mod tests {
    use super::super::program::Program;
    use super::Plain;

    /// Which patterns are put together as pieces, and which are left to
    /// the steps.
    #[test]
    fn plain_programs_are_dates_of_padded_numbers_and_names() {
        let plain = |pattern: &str| Plain::new(Program::new(pattern).steps()).is_some();
        let plain_ones =
            ["%Y/%m/%d %A", "%A، %d %B %Y", "%j %Y %a", "روز %d %b %y", "%F %A", "%d %B %Y%n"];
        for pattern in plain_ones {
            assert!(plain(pattern), "{pattern}");
        }
        for pattern in [
            // A time, an unpadded or space-padded number, a field twice,
            // a year or a day missing, a day beside a day of the year, a
            // directive of another kind, two texts side by side (` ` and
            // `%n`).
            "%Y/%m/%d %H",
            "%-d %B %Y",
            "%e %B %Y",
            "%d %B %m %Y",
            "%d %B",
            "%B %Y",
            "%j %d %Y",
            "%Y %y %j",
            "%d %B %Y%%",
            "%d %B %Y %n",
        ] {
            assert!(!plain(pattern), "{pattern}");
        }
    }
}
