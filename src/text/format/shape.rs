//! The shapes of a program that the writer and the reader take a shorter
//! way with, found when the pattern is compiled: [`Ymd`], a year, a month and
//! a day with at most one ASCII separator between two of them (`%d/%m/%Y`,
//! `%Y%m%d`, `%-d/%-m/%Y`), [`Template`], numbers of fixed width among
//! text (`%Y/%m/%d %H:%M`) (and, in [`plain`](super::plain), dates of such
//! numbers, text and names). Each is a property of the steps, and whatever
//! it cannot do (a year outside 0..=9999, a date that does not exist, any
//! error) it leaves to the steps, which write, read or name the error.

use core::fmt;

use super::program::{Field, Op, Pad, Step, text_of};
use super::sealed::Fields;
use super::write::{PAIRS_LATIN, digit_tables, write_pair};
use super::{Digits, swar};

/// What a shape read: a year (two digits resolved by the pivot) and a month
/// and day, or a day of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReadDate {
    Ymd(i32, u8, u8),
    Ordinal(i32, u16),
}

/// The most bytes of a template in Latin digits, and digits in one.
const TEMPLATE: usize = 32;
const SLOTS: usize = 16;

/// Where each field's digits go in [`Template`]'s digit table.
const fn digit_index(field: Field) -> u8 {
    match field {
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
pub(crate) struct Template {
    /// The text with `0` (or the lead byte and `0x80`) at the digits.
    latin: [u8; TEMPLATE],
    wide: [u8; 2 * TEMPLATE],
    latin_len: u8,
    wide_len: u8,
    /// Each digit: its byte in `latin`, in `wide`, and its index in the
    /// digit table (`digit_index` of its field plus its place).
    slots: [(u8, u8, u8); SLOTS],
    count: u8,
    /// For each byte of `latin` and `wide`: the field (as [`Field`]) of the
    /// digit there, or `TEXT`.
    latin_kinds: [u8; TEMPLATE],
    wide_kinds: [u8; 2 * TEMPLATE],
    /// Which of the digit table's fields the pattern writes.
    fields: u16,
    /// Where each field's first number begins, in Latin and in two-byte
    /// digits.
    starts: [(u8, u8); KINDS],
    /// How many of the program's first steps the template covers.
    covers: u8,
    /// Whether the reader may take this way: the pattern has one year, a
    /// month and a day or a day of the year, each once, and no time.
    reads_date: bool,
    /// Whether the reader may read the template's run before the steps read
    /// the rest: the template covers some steps, not all, each field once.
    reads_prefix: bool,
}

/// The fields of a template's numbers, by [`Field`].
pub(crate) const KINDS: usize = 8;

/// A byte of text in a template's kinds.
const TEXT: u8 = 0xFF;

impl Template {
    /// The template of the longest run of a program's first steps that are
    /// text and numbers of fixed width (of one part, from the start of
    /// `pattern`), if it has a number; `reads_date` says whether reading may
    /// take it alone, `reads_prefix` whether it may read the run before the
    /// steps read the rest.
    pub(crate) fn new(steps: &[Step], pattern: &str) -> Option<Template> {
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
            starts: [(0, 0); KINDS],
            covers: 0,
            reads_date: false,
            reads_prefix: false,
        };
        let mut repeated = false;
        for step in steps {
            // Each step on a copy, kept only if the whole step fits.
            let mut next = t;
            let Some(again) = next.add(step, pattern) else { break };
            repeated |= again;
            next.covers += 1;
            t = next;
        }
        if t.fields == 0 {
            return None;
        }
        let all = usize::from(t.covers) == steps.len();
        let has = |f: Field| t.fields & (1 << f as u8) != 0;
        let dated = has(Field::Month) && has(Field::Day);
        t.reads_date = all
            && !repeated
            && has(Field::Year) != has(Field::YearShort)
            && dated != has(Field::DayOfYear)
            // A day or month beside the day of the year is checked by the
            // steps.
            && !(has(Field::DayOfYear) && (has(Field::Month) || has(Field::Day)))
            && !has(Field::Hour)
            && !has(Field::Minute)
            && !has(Field::Second);
        t.reads_prefix = !all && !repeated;
        Some(t)
    }

    /// Adds a step at the end: `None` if it is no text or number of fixed
    /// width, or does not fit; else whether its field was there before.
    fn add(&mut self, step: &Step, pattern: &str) -> Option<bool> {
        let (mut l, mut w) = (usize::from(self.latin_len), usize::from(self.wide_len));
        let text: &[u8] = match &step.op {
            Op::Text { start, len } => text_of(pattern, 0, *start, *len).as_bytes(),
            Op::Byte(b) | Op::Mark(b) => core::slice::from_ref(b),
            Op::Number { field, width, pad: Pad::Zero | Pad::Fixed } => {
                let bit = 1 << *field as u8;
                let again = self.fields & bit != 0;
                self.fields |= bit;
                let kind = *field as u8;
                if !again {
                    *self.starts.get_mut(usize::from(kind))? =
                        (u8::try_from(l).ok()?, u8::try_from(w).ok()?);
                }
                for place in 0..*width {
                    *self.latin_kinds.get_mut(l)? = kind;
                    *self.wide_kinds.get_mut(w)? = kind;
                    *self.slots.get_mut(usize::from(self.count))? =
                        (u8::try_from(l).ok()?, u8::try_from(w).ok()?, digit_index(*field) + place);
                    self.count += 1;
                    *self.latin.get_mut(l)? = b'0';
                    *self.wide.get_mut(w)? = 0;
                    *self.wide.get_mut(w + 1)? = 0x80;
                    l += 1;
                    w += 2;
                }
                self.latin_len = u8::try_from(l).ok()?;
                self.wide_len = u8::try_from(w).ok()?;
                return Some(again);
            }
            _ => return None,
        };
        // Text with a digit in it would read differently: not here.
        if core::str::from_utf8(text).ok()?.chars().any(char::is_numeric) {
            return None;
        }
        self.latin.get_mut(l..l + text.len())?.copy_from_slice(text);
        self.wide.get_mut(w..w + text.len())?.copy_from_slice(text);
        l += text.len();
        w += text.len();
        self.latin_len = u8::try_from(l).ok()?;
        self.wide_len = u8::try_from(w).ok()?;
        Some(false)
    }

    /// How many of the program's first steps the template covers.
    #[inline]
    pub(crate) const fn covers(&self) -> usize {
        self.covers as usize
    }

    /// The numbers of a text that begins with the template's run of steps
    /// (by field: year, two-digit year, month, day, day of the year, hour,
    /// minute, second), where each begins in the text, and the length of
    /// the run; `None` when the text does not begin so, or when the reader
    /// may not take this way.
    #[inline]
    pub(crate) fn read_prefix(&self, input: &[u8]) -> Option<([u32; KINDS], [u8; KINDS], usize)> {
        if !self.reads_prefix {
            return None;
        }
        let latin = usize::from(self.latin_len);
        if let Some(values) = input.get(..latin).and_then(|head| self.read(head)) {
            return Some((values, self.starts.map(|(l, _)| l), latin));
        }
        let wide = usize::from(self.wide_len);
        let values = self.read(input.get(..wide)?)?;
        Some((values, self.starts.map(|(_, w)| w), wide))
    }

    /// Which fields the template's numbers are, as bits by [`Field`].
    #[inline]
    pub(crate) const fn fields(&self) -> u16 {
        self.fields
    }

    /// The date of a text of the template's form, the two-digit year
    /// resolved by `short_year`; `None` for the steps to read (or when the
    /// reader may not take this way).
    #[inline]
    pub(crate) fn read_date(
        &self,
        input: &[u8],
        short_year: impl Fn(i32) -> Option<i32>,
    ) -> Option<ReadDate> {
        if !self.reads_date {
            return None;
        }
        let [y, short, m, d, j, ..] = self.read(input)?;
        let has = |f: Field| self.fields & (1 << f as u8) != 0;
        // Four digits, two, three: the casts are exact.
        let year = if has(Field::Year) { y as i32 } else { short_year(short as i32)? };
        Some(if has(Field::Month) {
            ReadDate::Ymd(year, m as u8, d as u8)
        } else {
            ReadDate::Ordinal(year, j as u16)
        })
    }

    fn slots(&self) -> &[(u8, u8, u8)] {
        self.slots.get(..usize::from(self.count)).unwrap_or(&[])
    }

    /// Writes the digits of `v` (a year in 0..=9999) into the template.
    #[inline]
    pub(crate) fn write<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        digits: Digits,
        v: &Fields,
    ) -> fmt::Result {
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
            two(&mut table, 13, v.time.hour());
        }
        if has(Field::Minute) {
            two(&mut table, 15, v.time.minute());
        }
        if has(Field::Second) {
            two(&mut table, 17, v.time.second());
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
    fn read(&self, input: &[u8]) -> Option<[u32; KINDS]> {
        let mut values = [0u32; KINDS];
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
/// two of them: read by [`Ymd::read`] from the places its fields take in
/// each of its few shapes (the widths its unpadded month and day can have),
/// in Latin digits or in one of the two-byte sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Ymd {
    /// Whether the year is `%y`.
    short_year: bool,
    /// With `%y` and a pivot, the century the pivot puts a two-digit year
    /// in (see [`Ymd::century`]).
    century: Option<(i32, u32)>,
    /// The separators after the first and the second number, 0 for none.
    separators: [u8; 2],
    /// The shapes, Latin then two-byte, of which the first `shapes` hold.
    latin: [Places; 4],
    wide: [Places; 4],
    shapes: u8,
    /// A common order read at fixed offsets first.
    order: Order,
    /// The fields in order, as the writer puts them out.
    parts: [Part; 3],
    /// Whether the writer takes this way (not with an unpadded year).
    writable: bool,
    /// `%Y?%m?%d` with a separator in each place (or `%F`): the shape the
    /// reader takes as ten (or eighteen) bytes at once.
    numeric: bool,
}

/// A field of a [`Ymd`] as it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Part {
    /// `%Y`.
    Year,
    /// `%y`.
    YearShort,
    /// `%m`.
    Month,
    /// `%d`.
    Day,
    /// `%-m`.
    MonthUnpadded,
    /// `%-d`.
    DayUnpadded,
}

/// The orders of [`Ymd`] with a reader of their own, at fixed offsets:
/// `%d?%m?%Y` and `%m?%d?%Y` (two separators; also with one-digit numbers
/// in Latin digits where the pattern allows them), `%Y%m%d` and `%y?%m?%d`,
/// in Latin or two-byte digits. (`%Y?%m?%d` has the format's own fast
/// path.) The shapes of [`Ymd`] read everything else.
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

/// Where the fields stand in one shape of a [`Ymd`] pattern.
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

impl Ymd {
    /// `%F`: what [`Ymd::new`] makes of it (a test checks), written out
    /// for the constant [`DateFormat::ISO`](super::DateFormat::ISO).
    pub(crate) const ISO: Ymd = Ymd {
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
        parts: [Part::Year, Part::Month, Part::Day],
        writable: true,
        numeric: true,
    };

    /// From the numbers in order (kind: 0 `%Y`, 1 `%y`, 2 month, 3 day;
    /// the fewest and the most digits) and the separators.
    fn with(slots: [(u8, u8, u8); 3], separators: [u8; 2]) -> Ymd {
        let mut q = Ymd {
            short_year: slots.iter().any(|s| s.0 == 1),
            century: None,
            separators,
            latin: [NO_PLACES; 4],
            wide: [NO_PLACES; 4],
            shapes: 0,
            order: Order::Other,
            parts: [Part::Year, Part::Month, Part::Day],
            writable: false,
            numeric: false,
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
                *latin = Ymd::places(&slots, separators, shape, 1);
                *wide = Ymd::places(&slots, separators, shape, 2);
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

    /// The shape of a program's steps, if they are a year, a month and a
    /// day with at most one ASCII separator between two of them.
    pub(crate) fn new(steps: &[Step]) -> Option<Ymd> {
        // An unpadded year glued to a number may take a fifth digit in the
        // steps' reader (`%-Y%m%d` reads `14020105` as 14020, 10, 5): left
        // to it.
        let year_unpadded =
            |op: Op| matches!(op, Op::Number { field: Field::Year, pad: Pad::None, .. });
        let glued_unpadded_year = steps.windows(2).any(|w| match w {
            [a, b] => {
                matches!((a.op, b.op), (Op::Number { .. }, Op::Number { .. }))
                    && (year_unpadded(a.op) || year_unpadded(b.op))
            }
            _ => false,
        });
        if glued_unpadded_year {
            return None;
        }
        let mut slots = [(0u8, 0u8, 0u8); 3];
        let mut parts = [Part::Year; 3];
        let mut separators = [0u8; 2];
        let mut writable = true;
        let (mut n, mut seen) = (0usize, 0u8);
        for step in steps {
            match step.op {
                Op::Number { field, width, pad: pad @ (Pad::Zero | Pad::None | Pad::Fixed) } => {
                    let (kind, bit, part) = match (field, pad) {
                        (Field::Year, _) => (0, 1, Part::Year),
                        (Field::YearShort, _) => (1, 1, Part::YearShort),
                        (Field::Month, Pad::None) => (2, 2, Part::MonthUnpadded),
                        (Field::Month, _) => (2, 2, Part::Month),
                        (Field::Day, Pad::None) => (3, 4, Part::DayUnpadded),
                        (Field::Day, _) => (3, 4, Part::Day),
                        _ => return None,
                    };
                    if seen & bit != 0 {
                        return None;
                    }
                    seen |= bit;
                    // The year is written only with its padding.
                    writable &= kind >= 2 || pad != Pad::None;
                    // The fewest digits the steps' reader takes.
                    let min = match pad {
                        Pad::None => 1,
                        _ if pad == Pad::Fixed || step.glued(false) => width,
                        _ => 1,
                    };
                    // Only the full-width year is read here (a year of
                    // fewer digits, or of five, goes to the steps).
                    *slots.get_mut(n)? = (kind, if kind < 2 { width } else { min }, width);
                    *parts.get_mut(n)? = part;
                    n += 1;
                }
                // One separator, between two numbers.
                Op::Byte(b) | Op::Mark(b)
                    if b.is_ascii() && !b.is_ascii_digit() && (1..3).contains(&n) =>
                {
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
        if n != 3 || seen != 7 || !glued_ok {
            return None;
        }
        let mut ymd = Ymd::with(slots, separators);
        ymd.parts = parts;
        ymd.writable = writable;
        ymd.numeric = matches!(parts, [Part::Year, Part::Month, Part::Day])
            && separators.iter().all(|&b| b != 0);
        Some(ymd)
    }

    /// The same reader with a pivot for `%y`.
    pub(crate) const fn with_pivot(self, pivot: i32) -> Ymd {
        Ymd { century: Ymd::century(pivot), ..self }
    }

    /// For `pivot`, the two-digit-year rule
    /// ([`two_digit_century`](crate::arith::calc::two_digit_century)) in
    /// `i32`: the year ending in `last` is `base + last`, plus 100 when
    /// `last < cut`; `None` near the ends of `i32`, which the steps
    /// read.
    pub(crate) const fn century(pivot: i32) -> Option<(i32, u32)> {
        let (base, cut) = crate::arith::calc::two_digit_century(pivot);
        // The largest year it gives must fit.
        if base < i32::MIN as i64 || base + 199 > i32::MAX as i64 {
            return None;
        }
        Some((base as i32, cut as u32))
    }

    /// Whether the shape is `%Y?%m?%d` with both separators.
    #[cfg(test)]
    pub(crate) const fn numeric(&self) -> bool {
        self.numeric
    }

    /// Whether the writer takes this shape's way.
    #[cfg(test)]
    pub(crate) const fn writable(&self) -> bool {
        self.writable
    }

    /// Writes the date, or returns `None` for the steps to write it (a year
    /// outside 0..=9999, or an unpadded year). Latin digits are put
    /// together in a buffer, two at a time from a table, and written at
    /// once; the two-byte digits are written from a table of valid UTF-8 a
    /// pair at a time, which spares their validation.
    #[inline(always)]
    pub(crate) fn write<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        digits: Digits,
        (y, m, d): (i32, u8, u8),
    ) -> Option<fmt::Result> {
        if !self.writable || !(0..=9999).contains(&y) {
            return None;
        }
        let y = y as u32;
        let (m, d) = (u32::from(m), u32::from(d));
        let [s0, s1] = self.separators;
        if digits == Digits::Latin {
            if self.numeric {
                let bytes = crate::iso::ymd_bytes(y, m, d, [s0, s1]);
                return Some(match core::str::from_utf8(&bytes) {
                    Ok(text) => w.write_str(text),
                    Err(_) => Err(fmt::Error),
                });
            }
            let [f0, f1, f2] = self.parts;
            let mut buf = LatinBuf { bytes: [0; 16], len: 0 };
            buf.field(f0, s0, y, m, d);
            buf.field(f1, s1, y, m, d);
            buf.field(f2, 0, y, m, d);
            return Some(match buf.bytes.get(..buf.len).map(core::str::from_utf8) {
                Some(Ok(text)) => w.write_str(text),
                _ => Err(fmt::Error),
            });
        }
        let [f0, f1, f2] = self.parts;
        let tables = digit_tables(digits);
        let written = wide_field(w, tables, f0, s0, y, m, d)
            .and_then(|()| wide_field(w, tables, f1, s1, y, m, d))
            .and_then(|()| wide_field(w, tables, f2, 0, y, m, d));
        Some(written)
    }

    /// The year, month and day of `input`, or `None` for the steps to read
    /// it or name its error (and for `%y` without a pivot). The digits are
    /// all Latin, or all of one two-byte set.
    #[inline]
    pub(crate) fn read(&self, input: &[u8]) -> Option<(i32, u8, u8)> {
        if self.numeric {
            let [a, b] = self.separators;
            if input.len() == 18 {
                return wide_numeric_fields(input, a, b);
            }
            let [y0, y1, y2, y3, sa, m0, m1, sb, d0, d1] = *input else { return None };
            let all_digits = [y0, y1, y2, y3, m0, m1, d0, d1].iter().all(u8::is_ascii_digit);
            if !all_digits || sa != a || sb != b {
                return None;
            }
            let n = |hi: u8, lo: u8| (hi - b'0') * 10 + (lo - b'0');
            let year = i32::from(n(y0, y1)) * 100 + i32::from(n(y2, y3));
            return Some((year, n(m0, m1), n(d0, d1)));
        }
        // A Latin text of these patterns has at most ten bytes, a two-byte
        // one more; but for one shape, ten two-byte bytes of an unpadded day
        // and month before `%y`, which the Latin readers refuse and the
        // steps take.
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

/// One field of a [`Ymd`] in two-byte digits from
/// the tables of their pairs and of the digits alone, and the separator
/// after it (0 for none).
#[inline(always)]
fn wide_field<W: fmt::Write + ?Sized>(
    w: &mut W,
    (pairs, singles): (&'static [&'static str; 100], &'static [&'static str; 10]),
    field: Part,
    separator: u8,
    y: u32,
    m: u32,
    d: u32,
) -> fmt::Result {
    // Two-byte digits: each pair has four bytes.
    let put = |w: &mut W, n: u32| write_pair::<W, 4>(w, pairs, n);
    match field {
        Part::Year => {
            put(w, y / 100)?;
            put(w, y)?;
        }
        Part::YearShort => put(w, y)?,
        Part::Month => put(w, m)?,
        Part::Day => put(w, d)?,
        Part::MonthUnpadded | Part::DayUnpadded => {
            let v = if field == Part::MonthUnpadded { m } else { d };
            if v < 10 {
                w.write_str(singles.get(v as usize).copied().unwrap_or(""))?;
            } else {
                put(w, v)?;
            }
        }
    }
    if separator != 0 {
        w.write_char(char::from(separator))?;
    }
    Ok(())
}

/// The Latin digits of a [`Ymd`] as they are put together: the longest
/// text has ten bytes, and a group of four is written whole at `len`, of
/// which only the bytes asked for are kept.
struct LatinBuf {
    bytes: [u8; 16],
    len: usize,
}

impl LatinBuf {
    #[inline(always)]
    fn put(&mut self, bytes: u32, n: usize) {
        if let Some(slot) = self.bytes.get_mut(self.len..self.len + 4) {
            slot.copy_from_slice(&bytes.to_le_bytes());
            self.len += n;
        }
    }

    /// One field of a [`Ymd`] and the separator
    /// after it (0 for none).
    #[inline(always)]
    fn field(&mut self, field: Part, separator: u8, y: u32, m: u32, d: u32) {
        match field {
            Part::Year => self.put(latin_pair(y / 100) | latin_pair(y) << 16, 4),
            Part::YearShort => self.put(latin_pair(y), 2),
            Part::Month => self.put(latin_pair(m), 2),
            Part::Day => self.put(latin_pair(d), 2),
            // Unpadded: one digit below 10.
            Part::MonthUnpadded | Part::DayUnpadded => {
                match if field == Part::MonthUnpadded { m } else { d } {
                    v @ 0..=9 => self.put(u32::from(b'0') + v, 1),
                    v => self.put(latin_pair(v), 2),
                }
            }
        }
        if separator != 0 {
            self.put(u32::from(separator), 1);
        }
    }
}

/// `n % 100` as two Latin digits, the first in the low byte.
#[inline(always)]
fn latin_pair(n: u32) -> u32 {
    match PAIRS_LATIN.get((n % 100) as usize).map(|pair| pair.as_bytes()) {
        Some(&[a, b]) => u32::from(a) | u32::from(b) << 8,
        _ => 0,
    }
}

/// The year-month-day shape of `%Y?%m?%d` in Persian or Arabic-Indic digits (two
/// bytes each: a lead byte and the digit's).
#[inline]
fn wide_numeric_fields(bytes: &[u8], a: u8, b: u8) -> Option<(i32, u8, u8)> {
    use crate::format::swar::{wide_zero, wide2, wide4};
    let [l0, y0, l1, y1, l2, y2, l3, y3, sa, l4, m0, l5, m1, sb, l6, d0, l7, d1] = *bytes else {
        return None;
    };
    if sa != a || sb != b {
        return None;
    }
    // One digit set for the whole text (a mixed one goes to the steps
    // reader), told by the first lead byte.
    let zero = wide_zero(l0);
    let year = wide4([l0, y0, l1, y1, l2, y2, l3, y3], zero)?;
    let month = wide2([l4, m0, l5, m1], zero)?;
    let day = wide2([l6, d0, l7, d1], zero)?;
    // Four digits and two: the casts are exact.
    Some((year as i32, month as u8, day as u8))
}
