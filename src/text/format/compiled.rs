//! The fast path of numeric patterns: numbers (`%Y %y %m %d %e %j %H %k %M
//! %S`, with or without the `-` flag, and `%F`, `%R`, `%T`) and literal
//! text, compiled once when the format is made, written into one stack
//! buffer and read back without walking the pattern again, in any of the
//! three digit sets.
//!
//! The general path stays the reference: whatever this one cannot do (a year
//! outside 0..=9999, a date that does not exist, any error) it hands back,
//! and the general path writes, reads or names the error.

use core::fmt;

use super::directive::{Directive, Item, Items};
use super::{Digits, Locale, swar};
use crate::{Calendar, Weekday};

/// The most pieces a compiled pattern holds.
const MAX: usize = 16;

/// The fields a number piece writes or reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Field {
    Year,
    YearShort,
    Month,
    Day,
    DayOfYear,
    Hour,
    Minute,
    Second,
    /// Only of a name: the weekday, which the number pieces never have.
    Weekday,
}

/// How a number is padded to its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Pad {
    Zero,
    /// Zero-padded, and read only at its full width: the numbers of `%F`,
    /// `%R` and `%T`.
    Fixed,
    Space,
    None,
}

/// One piece of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Piece {
    /// `pattern[start..end]`, or one ASCII byte of an expansion (`-`, `:`).
    Text {
        start: u16,
        end: u16,
    },
    Byte(u8),
    /// A name of the locale: the weekday's or the month's, long or short.
    Name(Name),
    /// A number: its field, width and padding, and the fewest digits the
    /// strict reader takes for it (its width where a number is glued on).
    Number {
        field: Field,
        width: u8,
        pad: Pad,
        min: u8,
        longer: bool,
    },
}

/// The names a piece writes: `%A`, `%a`, `%B`, `%b` (and `%h`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Name {
    Weekday,
    WeekdayShort,
    Month,
    MonthShort,
}

/// The most bytes of a template in Latin digits, and digits in one.
const TEMPLATE: usize = 32;
const SLOTS: usize = 16;

/// Where each field's digits go in [`Template`]'s digit table.
const fn digit_index(field: Field) -> u8 {
    match field {
        // Never a number.
        Field::Weekday => 19,
        Field::Year => 0,
        Field::YearShort => 4,
        Field::Month => 6,
        Field::Day => 8,
        Field::DayOfYear => 10,
        Field::Hour => 13,
        Field::Minute => 15,
        Field::Second => 17,
    }
}

/// A pattern whose numbers all have fixed widths (zero-padded), as bytes:
/// the text in place and the digits' positions, in Latin digits (one byte
/// each) and in the two-byte ones (Persian, Arabic-Indic). Writing fills the
/// positions; reading a text of the template's length takes the digits out
/// of them and compares the rest whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Template {
    /// The text with `0` (or the lead byte and `0x80`) at the digits.
    latin: [u8; TEMPLATE],
    wide: [u8; 2 * TEMPLATE],
    latin_len: u8,
    wide_len: u8,
    /// Each digit: its byte in `latin`, in `wide`, and its index in the
    /// digit table (`digit_index` of its field plus its place).
    slots: [(u8, u8, u8); SLOTS],
    count: u8,
    /// For each byte of `latin` and `wide`: the number (0 year, 1 two-digit
    /// year, 2 month, 3 day, 4 day of the year) whose digit starts there,
    /// or `TEXT`.
    latin_kinds: [u8; TEMPLATE],
    wide_kinds: [u8; 2 * TEMPLATE],
    /// Which of the digit table's fields the pattern writes.
    fields: u16,
}

/// A byte of text in a template's kinds.
const TEXT: u8 = 0xFF;

impl Template {
    fn new(pieces: &[Piece], pattern: &str) -> Option<Template> {
        let mut t = Template {
            latin: [0; TEMPLATE],
            wide: [0; 2 * TEMPLATE],
            latin_len: 0,
            wide_len: 0,
            slots: [(0, 0, 0); SLOTS],
            count: 0,
            latin_kinds: [TEXT; TEMPLATE],
            wide_kinds: [TEXT; 2 * TEMPLATE],
            fields: 0,
        };
        let (mut l, mut w) = (0usize, 0usize);
        for piece in pieces {
            let text: &[u8] = match piece {
                Piece::Text { start, end } => {
                    pattern.get(usize::from(*start)..usize::from(*end))?.as_bytes()
                }
                Piece::Byte(b) => core::slice::from_ref(b),
                Piece::Number { field, width, pad: Pad::Zero | Pad::Fixed, .. } => {
                    t.fields |= 1 << *field as u8;
                    let kind = match field {
                        Field::Year => 0,
                        Field::YearShort => 1,
                        Field::Month => 2,
                        Field::Day => 3,
                        Field::DayOfYear => 4,
                        _ => 5,
                    };
                    for place in 0..*width {
                        *t.latin_kinds.get_mut(l)? = kind;
                        *t.wide_kinds.get_mut(w)? = kind;
                        *t.slots.get_mut(usize::from(t.count))? = (
                            u8::try_from(l).ok()?,
                            u8::try_from(w).ok()?,
                            digit_index(*field) + place,
                        );
                        t.count += 1;
                        *t.latin.get_mut(l)? = b'0';
                        *t.wide.get_mut(w)? = 0;
                        *t.wide.get_mut(w + 1)? = 0x80;
                        l += 1;
                        w += 2;
                    }
                    continue;
                }
                Piece::Number { .. } | Piece::Name(_) => return None,
            };
            // Text with a digit in it would read differently: not here.
            if core::str::from_utf8(text).ok()?.chars().any(char::is_numeric) {
                return None;
            }
            t.latin.get_mut(l..l + text.len())?.copy_from_slice(text);
            t.wide.get_mut(w..w + text.len())?.copy_from_slice(text);
            l += text.len();
            w += text.len();
        }
        t.latin_len = u8::try_from(l).ok()?;
        t.wide_len = u8::try_from(w).ok()?;
        Some(t)
    }

    fn slots(&self) -> &[(u8, u8, u8)] {
        self.slots.get(..usize::from(self.count)).unwrap_or(&[])
    }

    /// Writes the digits of `v` (a year in 0..=9999) into the template.
    #[inline]
    fn write<W: fmt::Write + ?Sized>(&self, w: &mut W, digits: Digits, v: &Values) -> fmt::Result {
        let mut table = [0u8; 20];
        let year = v.year as u32;
        let has = |f: Field| self.fields & (1 << f as u8) != 0;
        let two = |table: &mut [u8; 20], at: usize, value: u8| {
            if let Some([a, b]) = table.get_mut(at..at + 2) {
                *a = value / 10 % 10;
                *b = value % 10;
            }
        };
        if has(Field::Year) {
            two(&mut table, 0, (year / 100) as u8);
            two(&mut table, 2, (year % 100) as u8);
        }
        if has(Field::YearShort) {
            two(&mut table, 4, (year % 100) as u8);
        }
        if has(Field::Month) {
            two(&mut table, 6, v.month);
        }
        if has(Field::Day) {
            two(&mut table, 8, v.day);
        }
        if has(Field::DayOfYear) {
            if let Some(h) = table.get_mut(10) {
                *h = (v.day_of_year / 100) as u8;
            }
            two(&mut table, 11, (v.day_of_year % 100) as u8);
        }
        if has(Field::Hour) {
            two(&mut table, 13, v.hour);
        }
        if has(Field::Minute) {
            two(&mut table, 15, v.minute);
        }
        if has(Field::Second) {
            two(&mut table, 17, v.second);
        }
        let digit = |i: u8| table.get(usize::from(i)).copied().unwrap_or(0);
        let (lead, zero) = digits.utf8();
        if lead == 0 {
            let mut buf = self.latin;
            for &(at, _, i) in self.slots() {
                if let Some(b) = buf.get_mut(usize::from(at)) {
                    *b = zero + digit(i);
                }
            }
            let bytes = buf.get(..usize::from(self.latin_len)).unwrap_or(&[]);
            return w.write_str(core::str::from_utf8(bytes).map_err(|_| fmt::Error)?);
        }
        let mut buf = self.wide;
        for &(_, at, i) in self.slots() {
            let at = usize::from(at);
            if let Some([a, b]) = buf.get_mut(at..at + 2) {
                *a = lead;
                *b = zero + digit(i);
            }
        }
        let bytes = buf.get(..usize::from(self.wide_len)).unwrap_or(&[]);
        w.write_str(core::str::from_utf8(bytes).map_err(|_| fmt::Error)?)
    }

    /// The numbers of a text of the template's form (year, two-digit year,
    /// month, day, day of the year), in Latin digits or in Persian or
    /// Arabic-Indic ones; `None` for any other text.
    #[inline]
    fn read(&self, input: &[u8]) -> Option<[u32; 6]> {
        let mut values = [0u32; 6];
        if input.len() == usize::from(self.latin_len) {
            for ((&b, &kind), &want) in input.iter().zip(&self.latin_kinds).zip(&self.latin) {
                if kind == TEXT {
                    if b != want {
                        return None;
                    }
                    continue;
                }
                let d = b.wrapping_sub(b'0');
                let v = values.get_mut(usize::from(kind))?;
                if d >= 10 {
                    return None;
                }
                *v = *v * 10 + u32::from(d);
            }
            return Some(values);
        }
        if input.len() != usize::from(self.wide_len) {
            return None;
        }
        let mut i = 0;
        while let Some(&b) = input.get(i) {
            let kind = *self.wide_kinds.get(i)?;
            if kind == TEXT {
                if b != *self.wide.get(i)? {
                    return None;
                }
                i += 1;
                continue;
            }
            let d = Digits::wide_value(b, *input.get(i + 1)?)?;
            let v = values.get_mut(usize::from(kind))?;
            *v = *v * 10 + u32::from(d);
            i += 2;
        }
        Some(values)
    }
}

/// A pattern of a year (`%Y` or `%y`), a month and a day, once each in any
/// order, zero-padded or not, with at most one ASCII separator byte between
/// two of them: read by [`Quick::read`] from the places its fields take in
/// each of its few shapes (the widths its unpadded month and day can have),
/// in Latin digits or in one of the two-byte sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Quick {
    /// Whether the year is `%y`.
    short_year: bool,
    /// With `%y` and a pivot, the century the pivot puts a two-digit year
    /// in (see [`Quick::century`]).
    century: Option<(i32, u32)>,
    /// The separators after the first and the second number, 0 for none.
    separators: [u8; 2],
    /// The shapes, Latin then two-byte, of which the first `shapes` hold.
    latin: [Places; 4],
    wide: [Places; 4],
    shapes: u8,
    /// A common order read at fixed offsets first.
    order: Order,
}

/// The orders of [`Quick`] with a reader of their own, at fixed offsets:
/// `%d?%m?%Y` and `%m?%d?%Y` (two separators; also with one-digit numbers
/// in Latin digits where the pattern allows them), `%Y%m%d` and `%y?%m?%d`,
/// in Latin or two-byte digits. (`%Y?%m?%d` has the format's own fast
/// path.) The shapes of [`Quick`] read everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Order {
    Other,
    DayMonthYear,
    MonthDayYear,
    /// The same, where the day and the month may have one digit.
    ShortDayMonthYear,
    ShortMonthDayYear,
    Glued,
    /// `%y?%m?%d`, zero-padded.
    ShortYearMonthDay,
}

/// Where the fields stand in one shape of a [`Quick`] pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Places {
    /// The input's length in this shape.
    len: u8,
    /// Where the year, month and day start.
    year: u8,
    month: u8,
    day: u8,
    /// The month's and the day's digits, 1 or 2.
    month_width: u8,
    day_width: u8,
    /// The separators' offsets (0 where there is none: byte 0 is always a
    /// digit, so no separator is checked there).
    separators: [u8; 2],
}

const NO_PLACES: Places =
    Places { len: 0, year: 0, month: 0, day: 0, month_width: 0, day_width: 0, separators: [0, 0] };

impl Quick {
    /// `%F`: what [`Quick::new`] makes of it (a test checks), written out
    /// for the constant [`DateFormat::ISO`](super::DateFormat::ISO).
    pub(crate) const ISO: Quick = Quick {
        short_year: false,
        century: None,
        separators: [b'-', b'-'],
        latin: [
            Places {
                len: 10,
                year: 0,
                month: 5,
                day: 8,
                month_width: 2,
                day_width: 2,
                separators: [4, 7],
            },
            NO_PLACES,
            NO_PLACES,
            NO_PLACES,
        ],
        wide: [
            Places {
                len: 18,
                year: 0,
                month: 9,
                day: 14,
                month_width: 2,
                day_width: 2,
                separators: [8, 13],
            },
            NO_PLACES,
            NO_PLACES,
            NO_PLACES,
        ],
        shapes: 1,
        order: Order::Other,
    };

    /// From the numbers in order (kind: 0 `%Y`, 1 `%y`, 2 month, 3 day;
    /// the fewest and the most digits) and the separators.
    fn with(slots: [(u8, u8, u8); 3], separators: [u8; 2]) -> Quick {
        let mut q = Quick {
            short_year: slots.iter().any(|s| s.0 == 1),
            century: None,
            separators,
            latin: [NO_PLACES; 4],
            wide: [NO_PLACES; 4],
            shapes: 0,
            order: Order::Other,
        };
        let kinds = slots.map(|(kind, _, max)| (kind, max));
        let separated = separators.iter().all(|&b| b != 0);
        // One digit for both numbers before the year, or neither.
        let [(_, min0, _), (_, min1, _), _] = slots;
        let short = min0 == 1 && min1 == 1;
        q.order = match kinds {
            [(3, 2), (2, 2), (0, 4)] if separated && short => Order::ShortDayMonthYear,
            [(3, 2), (2, 2), (0, 4)] if separated && min0 == min1 => Order::DayMonthYear,
            [(2, 2), (3, 2), (0, 4)] if separated && short => Order::ShortMonthDayYear,
            [(2, 2), (3, 2), (0, 4)] if separated && min0 == min1 => Order::MonthDayYear,
            [(0, 4), (2, 2), (3, 2)] if separators == [0, 0] => Order::Glued,
            [(1, 2), (2, 2), (3, 2)] if separated => Order::ShortYearMonthDay,
            _ => Order::Other,
        };
        // Shape `s`: bit 0 shortens a one-or-two-digit month to one digit,
        // bit 1 such a day.
        for shape in 0..4u8 {
            let possible = slots.iter().all(|&(kind, min, max)| {
                let bit = match kind {
                    2 => 1,
                    3 => 2,
                    _ => 0,
                };
                shape & bit == 0 || (min == 1 && max == 2)
            });
            if !possible {
                continue;
            }
            let n = usize::from(q.shapes);
            if let (Some(latin), Some(wide)) = (q.latin.get_mut(n), q.wide.get_mut(n)) {
                *latin = Quick::places(&slots, separators, shape, 1);
                *wide = Quick::places(&slots, separators, shape, 2);
                q.shapes += 1;
            }
        }
        q
    }

    fn places(slots: &[(u8, u8, u8); 3], separators: [u8; 2], shape: u8, size: u8) -> Places {
        let mut p = NO_PLACES;
        let [first, second] = separators;
        for (i, (&(kind, _, max), sep)) in slots.iter().zip([first, second, 0]).enumerate() {
            let width = match kind {
                2 if shape & 1 != 0 => 1,
                3 if shape & 2 != 0 => 1,
                _ => max,
            };
            match kind {
                0 | 1 => p.year = p.len,
                2 => {
                    p.month = p.len;
                    p.month_width = width;
                }
                _ => {
                    p.day = p.len;
                    p.day_width = width;
                }
            }
            p.len += width * size;
            if sep != 0 {
                if let Some(slot) = p.separators.get_mut(i) {
                    *slot = p.len;
                }
                p.len += 1;
            }
        }
        p
    }

    fn new(pieces: &[Piece]) -> Option<Quick> {
        // An unpadded year glued to a number may take a fifth digit in the
        // general reader (`%-Y%m%d` reads `14020105` as 14020, 10, 5):
        // left to it.
        let glued_unpadded_year = pieces.windows(2).any(|w| {
            matches!(
                w,
                [Piece::Number { field: Field::Year, pad: Pad::None, .. }, Piece::Number { .. }]
                    | [
                        Piece::Number { .. },
                        Piece::Number { field: Field::Year, pad: Pad::None, .. }
                    ]
            )
        });
        if glued_unpadded_year {
            return None;
        }
        let mut slots = [(0u8, 0u8, 0u8); 3];
        let mut separators = [0u8; 2];
        let (mut n, mut seen) = (0usize, 0u8);
        for piece in pieces {
            match *piece {
                Piece::Number {
                    field,
                    width,
                    pad: Pad::Zero | Pad::None | Pad::Fixed,
                    min,
                    ..
                } => {
                    let (kind, bit) = match field {
                        Field::Year => (0, 1),
                        Field::YearShort => (1, 1),
                        Field::Month => (2, 2),
                        Field::Day => (3, 4),
                        _ => return None,
                    };
                    if seen & bit != 0 {
                        return None;
                    }
                    seen |= bit;
                    // Only the full-width year is read here (a year of
                    // fewer digits, or of five, goes to the general reader).
                    *slots.get_mut(n)? = (kind, if kind < 2 { width } else { min.max(1) }, width);
                    n += 1;
                }
                // One separator, between two numbers.
                Piece::Byte(b) if b.is_ascii() && !b.is_ascii_digit() && (1..3).contains(&n) => {
                    let sep = separators.get_mut(n - 1)?;
                    if *sep != 0 {
                        return None;
                    }
                    *sep = b;
                }
                _ => return None,
            }
        }
        // Two numbers glued together must both have a fixed width, else the
        // shapes would not tell them apart.
        let fixed = |i: usize| slots.get(i).is_some_and(|&(_, min, max)| min == max);
        let glued_ok = (0..2).all(|i| separators.get(i) != Some(&0) || (fixed(i) && fixed(i + 1)));
        (n == 3 && seen == 7 && glued_ok).then(|| Quick::with(slots, separators))
    }

    /// The same reader with a pivot for `%y`.
    pub(crate) const fn with_pivot(self, pivot: i32) -> Quick {
        Quick { century: Quick::century(pivot), ..self }
    }

    /// For `pivot`, the two-digit-year rule
    /// ([`two_digit_century`](crate::arith::calc::two_digit_century)) in
    /// `i32`: the year ending in `last` is `base + last`, plus 100 when
    /// `last < cut`; `None` near the ends of `i32`, which the general reader
    /// takes.
    pub(crate) const fn century(pivot: i32) -> Option<(i32, u32)> {
        let (base, cut) = crate::arith::calc::two_digit_century(pivot);
        // The largest year it gives must fit.
        if base < i32::MIN as i64 || base + 199 > i32::MAX as i64 {
            return None;
        }
        Some((base as i32, cut as u32))
    }

    /// The year, month and day of `input`, or `None` for the general reader
    /// to read it or name its error (and for `%y` without a pivot). The
    /// digits are all Latin, or all of one two-byte set.
    #[inline]
    pub(crate) fn read(&self, input: &[u8]) -> Option<(i32, u8, u8)> {
        // A Latin text of these patterns has at most ten bytes, a two-byte
        // one more; but for one shape, ten two-byte bytes of an unpadded day
        // and month before `%y`, which the Latin readers refuse and the
        // general reader takes.
        let wide = input.len() > 10;
        let fixed = if wide { self.fixed::<true>(input) } else { self.fixed::<false>(input) };
        let (year, month, day) = match fixed {
            Some(found) => found,
            None => self.by_shape(input, wide)?,
        };
        // Month and day have at most two digits: the casts are exact.
        Some((year, month as u8, day as u8))
    }

    /// The year of a text's year field: with `%y`, its last two digits in
    /// the pivot's century.
    #[inline(always)]
    fn full_year(&self, year: u32) -> Option<i32> {
        if self.short_year {
            let (base, cut) = self.century?;
            // Within `base..=base + 199`, which fits (see `century`).
            Some(base + (year + if year < cut { 100 } else { 0 }) as i32)
        } else {
            // Four digits: the cast is exact.
            Some(year as i32)
        }
    }

    /// The fields read at the places of the first of the pattern's shapes
    /// that fits `input`.
    fn by_shape(&self, input: &[u8], wide: bool) -> Option<(i32, u32, u32)> {
        let shapes = usize::from(self.shapes);
        let fits = |at: &&Places| input.len() == usize::from(at.len);
        let (year, month, day) = if wide {
            let mut places = self.wide.iter().take(shapes).filter(fits);
            places.find_map(|at| self.read_at::<true>(input, at))
        } else {
            let mut places = self.latin.iter().take(shapes).filter(fits);
            places.find_map(|at| self.read_at::<false>(input, at))
        }?;
        Some((self.full_year(year)?, month, day))
    }

    /// The year, month and day of a text of the pattern's [`Order`], read
    /// at fixed offsets.
    #[inline(always)]
    fn fixed<const WIDE: bool>(&self, input: &[u8]) -> Option<(i32, u32, u32)> {
        let seps = self.separators;
        // A four-digit year: the casts are exact.
        let (year, month, day) = match self.order {
            Order::DayMonthYear => {
                two_two_four::<WIDE, false>(input, seps).map(|(y, d, m)| (y as i32, m, d))
            }
            Order::ShortDayMonthYear => {
                two_two_four::<WIDE, true>(input, seps).map(|(y, d, m)| (y as i32, m, d))
            }
            Order::MonthDayYear => {
                two_two_four::<WIDE, false>(input, seps).map(|(y, m, d)| (y as i32, m, d))
            }
            Order::ShortMonthDayYear => {
                two_two_four::<WIDE, true>(input, seps).map(|(y, m, d)| (y as i32, m, d))
            }
            Order::Glued => glued::<WIDE>(input).map(|(y, m, d)| (y as i32, m, d)),
            Order::ShortYearMonthDay => {
                let (y, m, d) = two_two_two::<WIDE>(input, seps)?;
                Some((self.full_year(y)?, m, d))
            }
            Order::Other => None,
        }?;
        Some((year, month, day))
    }

    /// The fields of an input of one shape's length, read where that shape
    /// puts them.
    #[inline(always)]
    fn read_at<const WIDE: bool>(&self, input: &[u8], at: &Places) -> Option<(u32, u32, u32)> {
        let [o0, o1] = at.separators;
        let [b0, b1] = self.separators;
        if (o0 != 0 && input.get(usize::from(o0)) != Some(&b0))
            || (o1 != 0 && input.get(usize::from(o1)) != Some(&b1))
        {
            return None;
        }
        // Byte 0 is a digit's: its lead tells the set.
        let zero = zero_of::<WIDE>(input)?;
        let year_width = if self.short_year { 2 } else { 4 };
        let year = number::<WIDE>(input, usize::from(at.year), year_width, zero)?;
        let month = number::<WIDE>(input, usize::from(at.month), at.month_width, zero)?;
        let day = number::<WIDE>(input, usize::from(at.day), at.day_width, zero)?;
        Some((year, month, day))
    }
}

/// The zero of the digit set of a two-byte text, from its first byte (0
/// for Latin digits, where it is not used).
#[inline(always)]
fn zero_of<const WIDE: bool>(input: &[u8]) -> Option<u16> {
    if WIDE { Some(swar::wide_zero(*input.first()?)) } else { Some(0) }
}

/// The number of `width` digits (1, 2 or 4) at byte `pos`, in Latin digits
/// or in the two-byte set of `zero`.
#[inline(always)]
fn number<const WIDE: bool>(input: &[u8], pos: usize, width: u8, zero: u16) -> Option<u32> {
    let rest = input.get(pos..)?;
    match (WIDE, width) {
        (false, 1) => swar::latin1(*rest.first()?),
        (false, 2) => swar::latin2(*rest.first_chunk()?),
        (false, _) => swar::latin4(*rest.first_chunk()?),
        (true, 1) => swar::wide1(*rest.first_chunk()?, zero),
        (true, 2) => swar::wide2(*rest.first_chunk()?, zero),
        (true, _) => swar::wide4(*rest.first_chunk()?, zero),
    }
}

/// `N?N?YYYY` with the two separators: two numbers of two digits (or, when
/// `SHORT`, of one or two), then a four-digit year, in Latin digits or in
/// two-byte ones. The year and the two first numbers.
#[inline(always)]
fn two_two_four<const WIDE: bool, const SHORT: bool>(
    input: &[u8],
    [a, b]: [u8; 2],
) -> Option<(u32, u32, u32)> {
    let size = if WIDE { 2 } else { 1 };
    // The widths of the two first numbers, from the count of digits (and,
    // for seven, from where the first separator stands: a digit's byte is
    // never the ASCII separator); each shape is read with its widths known
    // when compiled.
    match input.len() {
        n if n == 8 * size + 2 => widths::<WIDE, 2, 2>(input, [a, b]),
        n if SHORT && n == 7 * size + 2 && input.get(size) == Some(&a) => {
            widths::<WIDE, 1, 2>(input, [a, b])
        }
        n if SHORT && n == 7 * size + 2 => widths::<WIDE, 2, 1>(input, [a, b]),
        n if SHORT && n == 6 * size + 2 => widths::<WIDE, 1, 1>(input, [a, b]),
        _ => None,
    }
}

/// [`two_two_four`] of a text whose first numbers have `W0` and `W1` digits.
#[inline(always)]
fn widths<const WIDE: bool, const W0: u8, const W1: u8>(
    input: &[u8],
    [a, b]: [u8; 2],
) -> Option<(u32, u32, u32)> {
    let size = if WIDE { 2 } else { 1 };
    let s0 = usize::from(W0) * size;
    let s1 = s0 + 1 + usize::from(W1) * size;
    if input.get(s0) != Some(&a) || input.get(s1) != Some(&b) {
        return None;
    }
    let zero = zero_of::<WIDE>(input)?;
    let first = number::<WIDE>(input, 0, W0, zero)?;
    let second = number::<WIDE>(input, s0 + 1, W1, zero)?;
    let year = number::<WIDE>(input, s1 + 1, 4, zero)?;
    Some((year, first, second))
}

/// `NN?NN?NN` with the two separators, in Latin digits or two-byte ones.
#[inline(always)]
fn two_two_two<const WIDE: bool>(input: &[u8], [a, b]: [u8; 2]) -> Option<(u32, u32, u32)> {
    let size = if WIDE { 2 } else { 1 };
    if input.len() != 6 * size + 2
        || input.get(2 * size) != Some(&a)
        || input.get(4 * size + 1) != Some(&b)
    {
        return None;
    }
    let zero = zero_of::<WIDE>(input)?;
    Some((
        number::<WIDE>(input, 0, 2, zero)?,
        number::<WIDE>(input, 2 * size + 1, 2, zero)?,
        number::<WIDE>(input, 4 * size + 2, 2, zero)?,
    ))
}

/// `YYYYMMDD` in Latin digits or two-byte ones.
#[inline(always)]
fn glued<const WIDE: bool>(input: &[u8]) -> Option<(u32, u32, u32)> {
    let size = if WIDE { 2 } else { 1 };
    if input.len() != 8 * size {
        return None;
    }
    let zero = zero_of::<WIDE>(input)?;
    Some((
        number::<WIDE>(input, 0, 4, zero)?,
        number::<WIDE>(input, 4 * size, 2, zero)?,
        number::<WIDE>(input, 6 * size, 2, zero)?,
    ))
}

/// A pattern of numbers and text, compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Compiled {
    pieces: [Piece; MAX],
    len: u8,
    /// The pattern as a template, when every number has a fixed width.
    template: Option<Template>,
    /// Which fields the pattern has, one bit each (`1 << Field as u8`), and
    /// whether one is there twice (then only the general path reads it).
    fields: u16,
    repeated: bool,
    /// Whether the pattern has a name.
    names: bool,
}

/// The fields of a value the compiled path needs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Values {
    pub(crate) year: i32,
    pub(crate) month: u8,
    pub(crate) day: u8,
    pub(crate) day_of_year: u16,
    pub(crate) hour: u8,
    pub(crate) minute: u8,
    pub(crate) second: u8,
    /// The weekday and the calendar, for the names (else any).
    pub(crate) weekday: Weekday,
    pub(crate) calendar: Calendar,
}

impl Values {
    /// The value a number piece writes (0 for the weekday, which no number
    /// piece has).
    #[inline]
    fn number(&self, field: Field) -> u32 {
        match field {
            Field::Year => self.year as u32,
            Field::YearShort => self.year.rem_euclid(100) as u32,
            Field::Month => u32::from(self.month),
            Field::Day => u32::from(self.day),
            Field::DayOfYear => u32::from(self.day_of_year),
            Field::Hour => u32::from(self.hour),
            Field::Minute => u32::from(self.minute),
            Field::Second => u32::from(self.second),
            Field::Weekday => 0,
        }
    }
}

/// How many digits a number of `width` and `pad` shows for `value` (every
/// value fits its width: years 0..=9999, the rest at most 366), and whether
/// a space goes before it.
#[inline]
fn shape(value: u32, width: u8, pad: Pad) -> (u8, bool) {
    let shown = match value {
        0..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        _ => 4,
    };
    let n = if matches!(pad, Pad::Zero | Pad::Fixed) { width.max(shown) } else { shown };
    (n, pad == Pad::Space && shown < width)
}

/// What the compiled reader read: a year (two digits resolved by the
/// caller's pivot) and a month and day, or a day of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReadDate {
    Ymd(i32, u8, u8),
    Ordinal(i32, u16),
}

impl Compiled {
    /// Compiles `pattern`, or `None` when it has anything else (names,
    /// fractions, offsets, twelve-hour clocks) or too many pieces.
    pub(crate) fn new(pattern: &str) -> Option<Compiled> {
        let blank = Piece::Byte(0);
        let mut c = Compiled {
            pieces: [blank; MAX],
            len: 0,
            template: None,
            fields: 0,
            repeated: false,
            names: false,
        };
        let mut offset = 0usize;
        for item in Items::new(pattern) {
            match item.ok()? {
                Item::Literal(text) => {
                    let start = u16::try_from(offset).ok()?;
                    offset += text.len();
                    match *text.as_bytes() {
                        [b] => c.push(Piece::Byte(b))?,
                        _ => c.push(Piece::Text { start, end: u16::try_from(offset).ok()? })?,
                    }
                }
                Item::Directive { directive, unpadded } => {
                    offset += if unpadded { 3 } else { 2 };
                    let number = |field, width, pad| {
                        let pad = if unpadded { Pad::None } else { pad };
                        Piece::Number { field, width, pad, min: 0, longer: false }
                    };
                    let n = |field, width| number(field, width, Pad::Zero);
                    let f = |field, width| Piece::Number {
                        field,
                        width,
                        pad: Pad::Fixed,
                        min: 0,
                        longer: false,
                    };
                    let pieces: &[Piece] = match directive {
                        Directive::Year => &[n(Field::Year, 4)],
                        Directive::YearShort => &[n(Field::YearShort, 2)],
                        Directive::Month => &[n(Field::Month, 2)],
                        Directive::Day => &[n(Field::Day, 2)],
                        Directive::DaySpace => &[number(Field::Day, 2, Pad::Space)],
                        Directive::DayOfYear => &[n(Field::DayOfYear, 3)],
                        Directive::Hour => &[n(Field::Hour, 2)],
                        Directive::HourSpace => &[number(Field::Hour, 2, Pad::Space)],
                        Directive::Minute => &[n(Field::Minute, 2)],
                        Directive::Second => &[n(Field::Second, 2)],
                        Directive::Iso => &[
                            f(Field::Year, 4),
                            Piece::Byte(b'-'),
                            f(Field::Month, 2),
                            Piece::Byte(b'-'),
                            f(Field::Day, 2),
                        ],
                        Directive::Weekday => &[Piece::Name(Name::Weekday)],
                        Directive::WeekdayShort => &[Piece::Name(Name::WeekdayShort)],
                        Directive::MonthName => &[Piece::Name(Name::Month)],
                        Directive::MonthShort => &[Piece::Name(Name::MonthShort)],
                        Directive::HourMinute => {
                            &[f(Field::Hour, 2), Piece::Byte(b':'), f(Field::Minute, 2)]
                        }
                        Directive::HourMinuteSecond => &[
                            f(Field::Hour, 2),
                            Piece::Byte(b':'),
                            f(Field::Minute, 2),
                            Piece::Byte(b':'),
                            f(Field::Second, 2),
                        ],
                        _ => return None,
                    };
                    for &piece in pieces {
                        c.names |= matches!(piece, Piece::Name(_));
                        // A month name is the month; two weekdays are one
                        // field twice. Either way only the general path
                        // reads a field given twice.
                        let field = match piece {
                            Piece::Number { field, .. } => Some(field),
                            Piece::Name(Name::Month | Name::MonthShort) => Some(Field::Month),
                            Piece::Name(Name::Weekday | Name::WeekdayShort) => Some(Field::Weekday),
                            _ => None,
                        };
                        if let Some(field) = field {
                            let bit = 1u16 << field as u8;
                            c.repeated |= c.fields & bit != 0;
                            c.fields |= bit;
                        }
                        c.push(piece)?;
                    }
                }
            }
        }
        c.set_minimums(pattern);
        c.template = Template::new(c.pieces(), pattern);
        Some(c)
    }

    /// The one-pass reader of a year, month and day pattern, if this is one.
    pub(crate) fn quick(&self) -> Option<Quick> {
        Quick::new(self.pieces())
    }

    fn push(&mut self, piece: Piece) -> Option<()> {
        let slot = self.pieces.get_mut(usize::from(self.len))?;
        *slot = piece;
        self.len += 1;
        Some(())
    }

    fn pieces(&self) -> &[Piece] {
        self.pieces.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The fewest digits the strict reader takes for each number: its
    /// width where a number stands at once before or after it, else one,
    /// but two for `%y` (as `DateFormat::parse` reads).
    fn set_minimums(&mut self, pattern: &str) {
        let len = usize::from(self.len);
        for i in 0..len {
            let number_at = |j: Option<usize>, last: bool| match j.and_then(|j| self.pieces.get(j))
            {
                Some(Piece::Number { .. }) => true,
                Some(&Piece::Text { start, end }) => {
                    let text = pattern.get(usize::from(start)..usize::from(end)).unwrap_or("");
                    let c = if last { text.chars().next_back() } else { text.chars().next() };
                    c.is_some_and(char::is_numeric)
                }
                Some(Piece::Byte(_) | Piece::Name(_)) | None => false,
            };
            let before = number_at(i.checked_sub(1), true);
            let after = number_at(Some(i + 1).filter(|&j| j < len), false);
            if let Some(Piece::Number { field, width, pad, min, longer }) = self.pieces.get_mut(i) {
                // The strict reader takes a fifth digit of a year, unless a
                // number follows at once: this path leaves those to it.
                *longer = *field == Field::Year && (*pad == Pad::None || !after);
                *min = match (*pad, *field) {
                    // `%e` reads one or two digits wherever it stands.
                    (Pad::None | Pad::Space, _) => 1,
                    (Pad::Fixed, _) | (_, Field::YearShort) => *width,
                    _ if before || after => *width,
                    _ => 1,
                };
            }
        }
    }

    /// Whether writing needs the day of the year, the weekday or the
    /// calendar (the other fields are cheaper to get).
    pub(crate) fn needs_fields(&self) -> bool {
        self.names || self.fields & (1 << Field::DayOfYear as u8) != 0
    }

    /// Writes the fields, or returns `None` for the general path (a year
    /// outside 0..=9999, or text too long for the buffer).
    #[inline]
    pub(crate) fn write<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        pattern: &str,
        locale: Locale,
        digits: Digits,
        v: &Values,
    ) -> Option<fmt::Result> {
        if !(0..=9999).contains(&v.year) {
            return None;
        }
        if let Some(t) = &self.template {
            return Some(t.write(w, digits, v));
        }
        if self.names {
            return Some(self.write_pieces(w, pattern, locale, digits, v));
        }
        let mut buf = [0u8; 96];
        let mut len = 0usize;
        let (lead, zero) = digits.utf8();
        for piece in self.pieces() {
            match *piece {
                Piece::Text { start, end } => {
                    let text = pattern.get(usize::from(start)..usize::from(end))?;
                    buf.get_mut(len..len + text.len())?.copy_from_slice(text.as_bytes());
                    len += text.len();
                }
                Piece::Byte(b) => {
                    *buf.get_mut(len)? = b;
                    len += 1;
                }
                // Patterns with names took `write_pieces` above.
                Piece::Name(_) => return None,
                Piece::Number { field, width, pad, .. } => {
                    let value = v.number(field);
                    let (n, space) = shape(value, width, pad);
                    if space {
                        *buf.get_mut(len)? = b' ';
                        len += 1;
                    }
                    let mut put = |d: u32| -> Option<()> {
                        let d = d as u8;
                        if lead == 0 {
                            *buf.get_mut(len)? = zero + d;
                            len += 1;
                        } else {
                            *buf.get_mut(len)? = lead;
                            *buf.get_mut(len + 1)? = zero + d;
                            len += 2;
                        }
                        Some(())
                    };
                    if n >= 4 {
                        put(value / 1000 % 10)?;
                    }
                    if n >= 3 {
                        put(value / 100 % 10)?;
                    }
                    if n >= 2 {
                        put(value / 10 % 10)?;
                    }
                    put(value % 10)?;
                }
            }
        }
        // Text comes whole from the pattern and digits are encoded whole, so
        // the bytes are UTF-8.
        let text = core::str::from_utf8(buf.get(..len)?).ok()?;
        Some(w.write_str(text))
    }

    /// Writes the pieces one by one into `w`, each from valid UTF-8 (the
    /// pattern's text, the names, the tables of digit pairs), so that no
    /// buffer is checked again; for a pattern with names, whose text is
    /// mostly two-byte letters. Every value fits its width (a year in
    /// 0..=9999, the rest at most 366), so there is nothing to give back.
    fn write_pieces<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        pattern: &str,
        locale: Locale,
        digits: Digits,
        v: &Values,
    ) -> fmt::Result {
        let (pairs, singles) = super::digit_tables(digits);
        let single = |n: u32| singles.get(n as usize % 10).copied().unwrap_or("");
        for piece in self.pieces() {
            match *piece {
                Piece::Text { start, end } => {
                    w.write_str(pattern.get(usize::from(start)..usize::from(end)).unwrap_or(""))?;
                }
                Piece::Byte(b) => w.write_char(char::from(b))?,
                Piece::Name(name) => w.write_str(self.name(name, locale, v))?,
                Piece::Number { field, width, pad, .. } => {
                    let value = v.number(field);
                    let (n, space) = shape(value, width, pad);
                    if space {
                        w.write_char(' ')?;
                    }
                    match n {
                        1 => w.write_str(single(value))?,
                        2 => w.write_str(super::pair(pairs, value))?,
                        3 => {
                            w.write_str(single(value / 100))?;
                            w.write_str(super::pair(pairs, value))?;
                        }
                        _ => {
                            w.write_str(super::pair(pairs, value / 100))?;
                            w.write_str(super::pair(pairs, value))?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// The text of a name piece: the general writer's tables and lookup.
    fn name(&self, name: Name, locale: Locale, v: &Values) -> &'static str {
        let weekday = usize::from(v.weekday.to_saturday_zero_offset());
        match name {
            Name::Weekday => super::name(locale.weekday_names().0, weekday),
            Name::WeekdayShort => super::name(locale.weekday_names().1, weekday),
            Name::Month | Name::MonthShort => {
                let (long, short) = locale.month_names(v.calendar);
                let table = if name == Name::Month { long } else { short };
                super::name(table, usize::from(v.month).wrapping_sub(1))
            }
        }
    }

    /// Reads a date written with the pattern: `None` for the general path
    /// to read it or name its error (anything but a plain date of years
    /// 0..=9999 in any digit set, or a pattern that has a field twice or
    /// lacks one).
    #[inline]
    pub(crate) fn read_date(
        &self,
        input: &str,
        pattern: &str,
        // The general reader's function for a name in the format's locale
        // and calendar: the index in the table and the offset after it.
        read_name: impl Fn(Name, &str, usize) -> Option<(usize, usize)>,
        short_year: impl Fn(i32) -> Option<i32>,
    ) -> Option<(ReadDate, Option<Weekday>)> {
        let has = |f: Field| self.fields & (1 << f as u8) != 0;
        let dated = has(Field::Month) && has(Field::Day);
        if self.repeated
            || has(Field::Year) == has(Field::YearShort)
            || dated == has(Field::DayOfYear)
            || has(Field::Hour)
            || has(Field::Minute)
            || has(Field::Second)
        {
            return None;
        }
        let bytes = input.as_bytes();
        if let Some([y, short, m, d, j, _]) = self.template.as_ref().and_then(|t| t.read(bytes)) {
            let year = if has(Field::Year) { y as i32 } else { short_year(short as i32)? };
            let date = if dated {
                ReadDate::Ymd(year, m as u8, d as u8)
            } else {
                ReadDate::Ordinal(year, j as u16)
            };
            return Some((date, None));
        }
        let mut pos = 0usize;
        let (mut year, mut month, mut day, mut ordinal) = (0i32, 0u8, 0u8, 0u16);
        let mut weekday = None;
        for piece in self.pieces() {
            match *piece {
                Piece::Text { start, end } => {
                    let text = pattern.get(usize::from(start)..usize::from(end))?.as_bytes();
                    if bytes.get(pos..pos + text.len())? != text {
                        return None;
                    }
                    pos += text.len();
                }
                Piece::Byte(b) => {
                    if *bytes.get(pos)? != b {
                        return None;
                    }
                    pos += 1;
                }
                Piece::Name(name) => {
                    // The general reader's own function and tables, so that
                    // both read the same names; any error is its to name.
                    let (i, end) = read_name(name, input, pos)?;
                    pos = end;
                    match name {
                        Name::Month | Name::MonthShort => month = u8::try_from(i + 1).ok()?,
                        Name::Weekday | Name::WeekdayShort => {
                            weekday =
                                Weekday::from_saturday_zero_offset(u8::try_from(i).ok()?).ok();
                        }
                    }
                }
                Piece::Number { field, width, pad, min, longer } => {
                    let mut take = (min, width);
                    if pad == Pad::Space && bytes.get(pos) == Some(&b' ') {
                        pos += 1;
                        take = (1, 1);
                    }
                    let (value, end) = digits(input, pos, take.0, take.1, longer)?;
                    pos = end;
                    match field {
                        Field::Year => year = value as i32,
                        Field::YearShort => year = short_year(value as i32)?,
                        Field::Month => month = value as u8,
                        Field::Day => day = value as u8,
                        Field::DayOfYear => ordinal = value as u16,
                        _ => return None,
                    }
                }
            }
        }
        if pos != bytes.len() {
            return None;
        }
        let date =
            if dated { ReadDate::Ymd(year, month, day) } else { ReadDate::Ordinal(year, ordinal) };
        Some((date, weekday))
    }
}

/// Reads `min..=max` digits of any of the three sets at `pos`, and the
/// offset after them; `None` when there are fewer, when a digit of another
/// script follows, or a digit past `max` where the strict reader would take
/// it (`longer`): the general path reads and judges those.
#[inline]
fn digits(input: &str, mut pos: usize, min: u8, max: u8, longer: bool) -> Option<(u32, usize)> {
    let bytes = input.as_bytes();
    let mut value = 0u32;
    let mut n = 0u8;
    while let Some(&b) = bytes.get(pos) {
        // Latin digits are one byte; Persian (U+06F0..) and Arabic-Indic
        // (U+0660..) ones a lead byte and the digit's.
        let (d, size) = match b {
            b'0'..=b'9' => (b - b'0', 1),
            0xDB | 0xD9 => match Digits::wide_value(b, bytes.get(pos + 1).copied().unwrap_or(0)) {
                Some(d) => (d, 2),
                None => return numeric_at(input, pos, n, min, value),
            },
            0x80.. => return numeric_at(input, pos, n, min, value),
            _ => break,
        };
        if n == max {
            // A digit past the width: the next field's, or where the strict
            // reader would take it (`longer`), not for this path.
            if longer {
                return None;
            }
            break;
        }
        value = value * 10 + u32::from(d);
        n += 1;
        pos += size;
    }
    (n >= min).then_some((value, pos))
}

/// The end of a number at a non-ASCII character: `None` when it is numeric
/// (a digit of another script, for the general path to refuse), else the
/// number read so far.
#[cold]
fn numeric_at(input: &str, pos: usize, n: u8, min: u8, value: u32) -> Option<(u32, usize)> {
    if input.get(pos..)?.chars().next().is_some_and(char::is_numeric) {
        return None;
    }
    (n >= min).then_some((value, pos))
}
