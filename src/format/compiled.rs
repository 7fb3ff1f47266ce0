//! The fast path of the commonest patterns: zero-padded numbers (`%Y %m %d
//! %H %M %S`, `%F`, `%R`, `%T`) and literal text, compiled once when the
//! format is made and written into one stack buffer, in any digits.

use core::fmt;

use super::directive::{Directive, Item, Items};
use super::sealed::Fields;
use super::Digits;

/// The most pieces a compiled pattern holds.
const MAX: usize = 16;

/// One piece: a number (`kind` 1–6: year, month, day, hour, minute,
/// second) or literal text (`kind` 0: `pattern[start..end]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Piece {
    kind: u8,
    start: u16,
    end: u16,
}

/// A pattern of numbers and text, compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Compiled {
    pieces: [Piece; MAX],
    len: u8,
}

impl Compiled {
    /// Compiles `pattern`, or `None` when it has anything else (names,
    /// flags, fractions, offsets) or too many pieces.
    pub(crate) fn new(pattern: &str) -> Option<Compiled> {
        let mut c = Compiled { pieces: [Piece { kind: 0, start: 0, end: 0 }; MAX], len: 0 };
        let mut offset = 0usize;
        for item in Items::new(pattern) {
            let kinds: &[u8] = match item.ok()? {
                Item::Literal(text) => {
                    let start = u16::try_from(offset).ok()?;
                    offset += text.len();
                    c.push(Piece { kind: 0, start, end: u16::try_from(offset).ok()? })?;
                    continue;
                }
                Item::Directive { unpadded: true, .. } => return None,
                Item::Directive { directive, .. } => match directive {
                    Directive::Year => &[1],
                    Directive::Month => &[2],
                    Directive::Day => &[3],
                    Directive::Hour => &[4],
                    Directive::Minute => &[5],
                    Directive::Second => &[6],
                    Directive::Iso => &[1, 7, 2, 7, 3],
                    Directive::HourMinute => &[4, 8, 5],
                    Directive::HourMinuteSecond => &[4, 8, 5, 8, 6],
                    _ => return None,
                },
            };
            // Without flags or precision, every directive is two bytes.
            offset += 2;
            for &kind in kinds {
                c.push(Piece { kind, start: 0, end: 0 })?;
            }
        }
        Some(c)
    }

    fn push(&mut self, piece: Piece) -> Option<()> {
        let slot = self.pieces.get_mut(usize::from(self.len))?;
        *slot = piece;
        self.len += 1;
        Some(())
    }

    /// Writes the fields, or returns `None` for the general path (a year
    /// outside 0..=9999, or text too long for the buffer).
    pub(crate) fn write<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        pattern: &str,
        digits: Digits,
        f: &Fields,
    ) -> Option<fmt::Result> {
        if !(0..=9999).contains(&f.year) {
            return None;
        }
        let mut buf = [0u8; 256];
        let mut len = 0usize;
        // The UTF-8 of each digit: one byte for Latin, two for the others.
        let base: u32 = match digits {
            Digits::Latin => 0x30,
            Digits::Persian => 0x06F0,
            Digits::ArabicIndic => 0x0660,
        };
        let put_digit = |d: u32, buf: &mut [u8; 256], len: &mut usize| -> Option<()> {
            let c = base + d;
            if c < 0x80 {
                *buf.get_mut(*len)? = c as u8;
                *len += 1;
            } else {
                // Two bytes: 110xxxxx 10xxxxxx.
                *buf.get_mut(*len)? = 0xC0 | (c >> 6) as u8;
                *buf.get_mut(*len + 1)? = 0x80 | (c & 0x3F) as u8;
                *len += 2;
            }
            Some(())
        };
        for piece in self.pieces.get(..usize::from(self.len))? {
            let (value, width) = match piece.kind {
                0 => {
                    let text = pattern.get(usize::from(piece.start)..usize::from(piece.end))?;
                    buf.get_mut(len..len + text.len())?.copy_from_slice(text.as_bytes());
                    len += text.len();
                    continue;
                }
                1 => (f.year as u32, 4),
                2 => (u32::from(f.month), 2),
                3 => (u32::from(f.day), 2),
                4 => (u32::from(f.time.hour()), 2),
                5 => (u32::from(f.time.minute()), 2),
                6 => (u32::from(f.time.second()), 2),
                7 => {
                    *buf.get_mut(len)? = b'-';
                    len += 1;
                    continue;
                }
                _ => {
                    *buf.get_mut(len)? = b':';
                    len += 1;
                    continue;
                }
            };
            if width == 4 {
                put_digit(value / 1000, &mut buf, &mut len)?;
                put_digit(value / 100 % 10, &mut buf, &mut len)?;
            }
            put_digit(value / 10 % 10, &mut buf, &mut len)?;
            put_digit(value % 10, &mut buf, &mut len)?;
        }
        // Literal text comes whole from the pattern and digits are encoded
        // whole, so the bytes are UTF-8.
        let text = core::str::from_utf8(buf.get(..len)?).ok()?;
        Some(w.write_str(text))
    }
}
