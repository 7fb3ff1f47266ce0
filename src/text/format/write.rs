//! The writer: runs a program's steps (or takes its shape's shorter way)
//! to write a value's fields.

use core::fmt;

use super::directive::Directive;
use super::plain::Plain;
use super::program::{Field, Name, Op, Pad, Program, locale_part, text_of};
use super::sealed::{Fields, Sealed};
use super::{Digits, Locale};
use crate::{Calendar, Weekday, names};

impl Program {
    /// Writes `value` with the program of `pattern`, in `locale` and
    /// `digits`.
    #[inline]
    pub(crate) fn write<W: fmt::Write + ?Sized, D: Sealed>(
        &self,
        w: &mut W,
        pattern: &str,
        (locale, digits): (Locale, Digits),
        value: &D,
    ) -> fmt::Result {
        if let Some(ymd) = &self.ymd {
            if let Some(written) = ymd.write(w, digits, value.ymd()) {
                return written;
            }
        }
        if let Some(plain) = &self.plain {
            if let Some(written) = write_plain(plain, w, pattern, (locale, digits), value) {
                return written;
            }
        }
        let mut fields = if self.needs_fields {
            value.fields()
        } else {
            // Only the year, month, day and time are written.
            let (year, month, day) = value.ymd();
            Fields {
                calendar: Calendar::Jalali,
                year,
                month,
                day,
                weekday: Weekday::Saturday,
                day_of_year: 0,
                year_days: 0,
                day_number: 0,
                time: value.time_of_day(),
                instant: None,
                count: crate::YearCount::SolarHijri,
            }
        };
        if self.needs_year_days {
            fields.year_days = value.year_days();
        }
        let mut from = 0;
        if let Some(template) = &self.template {
            // A run of steps before others only in Latin digits, whose text
            // needs no check of its encoding.
            let whole = template.covers() == self.steps().len();
            if (0..=9999).contains(&fields.year) && (whole || digits == Digits::Latin) {
                template.write(w, digits, &fields)?;
                from = template.covers();
            }
        }
        self.write_steps(w, pattern, (locale, digits), &fields, from)
    }

    /// Runs the steps from step `from`, and those of the parts after this
    /// one.
    fn write_steps<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        pattern: &str,
        (locale, digits): (Locale, Digits),
        f: &Fields,
        from: usize,
    ) -> fmt::Result {
        self.write_part(w, pattern, (locale, digits), f, from)?;
        let mut next = self.next(pattern);
        while let Some(part) = next {
            part.write_part(w, pattern, (locale, digits), f, 0)?;
            next = part.next(pattern);
        }
        Ok(())
    }

    /// Runs this part's steps from step `from`.
    fn write_part<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        pattern: &str,
        (locale, digits): (Locale, Digits),
        f: &Fields,
        from: usize,
    ) -> fmt::Result {
        for step in self.steps().get(from..).unwrap_or(&[]) {
            match step.op {
                Op::Text { start, len } => {
                    w.write_str(text_of(pattern, self.base(), start, len))?
                }
                Op::Byte(b) | Op::Mark(b) => w.write_char(char::from(b))?,
                Op::Number { field, width, pad } => {
                    let value = match field {
                        Field::Year => {
                            if f.year < 0 {
                                w.write_char('-')?;
                            }
                            f.year.unsigned_abs()
                        }
                        Field::YearShort => f.year.rem_euclid(100).unsigned_abs(),
                        Field::Month => u32::from(f.month),
                        Field::Day => u32::from(f.day),
                        Field::DayOfYear => u32::from(f.day_of_year),
                        Field::Hour => u32::from(f.time.hour()),
                        Field::Minute => u32::from(f.time.minute()),
                        Field::Second => u32::from(f.time.second()),
                    };
                    // Every number of a date but a year past 9999 is small.
                    if value <= 9999 {
                        write_short(w, digits, value, width, pad)?;
                    } else {
                        let (width, fill) = match pad {
                            Pad::Zero | Pad::Fixed => (width, Fill::Zero),
                            Pad::Space => (width, Fill::Space),
                            Pad::None => (1, Fill::Zero),
                        };
                        write_number(w, digits, value.into(), width, fill)?;
                    }
                }
                Op::Name(which) => w.write_str(name_of(which, locale, f))?,
                Op::Locale(directive) => {
                    let expansion = directive.expansion(locale).unwrap_or("");
                    let part = locale_part(expansion, *step);
                    part.write_part(w, expansion, (locale, digits), f, 0)?;
                }
                Op::Directive { directive, unpadded } => {
                    write_directive(w, (locale, digits), f, directive, unpadded)?;
                }
            }
        }
        Ok(())
    }
}

/// Writes `value` by a program's [`Plain`] shape, or `None` for the steps
/// to write a year past four digits.
#[inline(never)]
fn write_plain<W: fmt::Write + ?Sized, D: Sealed>(
    plain: &Plain,
    w: &mut W,
    pattern: &str,
    (locale, digits): (Locale, Digits),
    value: &D,
) -> Option<fmt::Result> {
    let f = value.fields();
    if !(0..=9999).contains(&f.year) {
        return None;
    }
    // Each pair of a digit set has one width, which the copies are built
    // for: two bytes in Latin, four in the two-byte sets.
    Some(match digits {
        Digits::Latin => plain.write::<W, 2>(w, pattern, (locale, digits), &f),
        _ => plain.write::<W, 4>(w, pattern, (locale, digits), &f),
    })
}

/// The text of a name step.
#[inline]
pub(crate) fn name_of(which: Name, locale: Locale, f: &Fields) -> &'static str {
    match which {
        Name::Weekday | Name::WeekdayShort => {
            let (long, short) = locale.weekday_names();
            let table = if which == Name::Weekday { long } else { short };
            name(table, f.weekday.to_saturday_zero_offset().into())
        }
        Name::Month | Name::MonthShort => {
            let (long, short) = locale.month_names(f.calendar);
            let table = if which == Name::Month { long } else { short };
            name(table, usize::from(f.month).wrapping_sub(1))
        }
    }
}

/// Writes a directive that no step of its own writes.
fn write_directive<W: fmt::Write + ?Sized>(
    w: &mut W,
    (locale, digits): (Locale, Digits),
    f: &Fields,
    directive: Directive,
    unpadded: bool,
) -> fmt::Result {
    let width = if unpadded { 1 } else { directive.width().unwrap_or(1) };
    let number = |w: &mut W, value: u32| write_number(w, digits, value.into(), width, Fill::Zero);
    let weekday = f.weekday.to_saturday_zero_offset();
    let (hour12, pm) = f.time.hour12();
    match directive {
        Directive::Hour12 => number(w, hour12.into()),
        Directive::Hour12Space if unpadded => number(w, hour12.into()),
        Directive::Hour12Space => write_number(w, digits, hour12.into(), 2, Fill::Space),
        Directive::Fraction(precision) => {
            write_fraction(w, digits, f.time.subsec_nanos(), precision)
        }
        Directive::DotFraction(precision) => {
            if precision == 0 && f.time.subsec_nanos() == 0 {
                return Ok(());
            }
            w.write_char(digits.decimal_mark())?;
            write_fraction(w, digits, f.time.subsec_nanos(), precision)
        }
        Directive::AmPm | Directive::AmPmLower => {
            w.write_str(locale.am_pm(pm, directive == Directive::AmPmLower))
        }
        Directive::DayPeriod => w.write_str(locale.day_period(f.time.hour())),
        Directive::Offset(colons) => match f.instant {
            Some((offset, _, _)) => write_offset(w, digits, offset.seconds(), colons),
            None => Err(fmt::Error),
        },
        Directive::ZoneName => match f.instant {
            Some((offset, zone, unix)) => match zone.abbreviation_at(unix) {
                Some(abbreviation) => w.write_str(abbreviation),
                None => write_offset(w, digits, offset.seconds(), 1),
            },
            None => Err(fmt::Error),
        },
        Directive::UnixSeconds => match f.instant {
            Some((_, _, unix)) => {
                if unix < 0 {
                    w.write_char('-')?;
                }
                write_number(w, digits, unix.unsigned_abs(), 1, Fill::Zero)
            }
            None => Err(fmt::Error),
        },
        Directive::WeekdayFromOne => number(w, u32::from(weekday) + 1),
        Directive::WeekdayFromZero => number(w, weekday.into()),
        Directive::Week => number(w, week_of_year(f.day_of_year, f.weekday).into()),
        Directive::WeekYear | Directive::YearWeek => match f.year_week() {
            Some((year, _)) if directive == Directive::WeekYear => {
                if year < 0 {
                    w.write_char('-')?;
                }
                write_number(w, digits, year.unsigned_abs().into(), width, Fill::Zero)
            }
            Some((_, week)) => number(w, week.into()),
            None => Err(fmt::Error),
        },
        Directive::Quarter => number(w, u32::from(f.month).div_ceil(3)),
        Directive::YearWords => crate::text::words::write_words(
            w,
            f.year.into(),
            crate::text::words::wording_in(locale, crate::text::words::WordStyle::Formal),
            false,
        ),
        Directive::Season => match f.solar_quarter() {
            Some(q) => w.write_str(name(locale.season_names(), usize::from(q).wrapping_sub(1))),
            None => Err(fmt::Error),
        },
        Directive::Percent => w.write_char('%'),
        Directive::Ordinal => match locale.ordinal_suffix(f.day) {
            None => w.write_str(name(&names::ORDINALS_FA, usize::from(f.day).wrapping_sub(1))),
            Some(suffix) => {
                write_number(w, digits, f.day.into(), 1, Fill::Zero)?;
                w.write_str(suffix)
            }
        },
        Directive::Era => w.write_str(locale.era_in(f.calendar, f.count)),
        Directive::Century => {
            // A negative century in three digits (`-001`, `-107`), so
            // that `%C%y` reads back.
            let century = f.year.div_euclid(100);
            if century < 0 {
                w.write_char('-')?;
                let width = if unpadded { 1 } else { 3 };
                return write_number(w, digits, century.unsigned_abs().into(), width, Fill::Zero);
            }
            number(w, century.unsigned_abs())
        }
        // Steps of their own: numbers, names, and the steps these stand for.
        Directive::Year
        | Directive::YearShort
        | Directive::Month
        | Directive::Day
        | Directive::DaySpace
        | Directive::DayOfYear
        | Directive::Hour
        | Directive::HourSpace
        | Directive::Minute
        | Directive::Second
        | Directive::MonthName
        | Directive::MonthShort
        | Directive::Weekday
        | Directive::WeekdayShort
        | Directive::Iso
        | Directive::HourMinute
        | Directive::HourMinuteSecond
        | Directive::LocaleDate
        | Directive::LocaleTime
        | Directive::LocaleDateTime
        | Directive::SlashDate
        | Directive::Time12
        | Directive::Newline
        | Directive::Tab => Err(fmt::Error),
    }
}

/// The entry of a name table; dates always have an in-range month, day and
/// weekday, so the fallback is never written.
fn name(table: &[&'static str], index: usize) -> &'static str {
    table.get(index).copied().unwrap_or("")
}

/// The week of the year with weeks from Saturday, the days before the first
/// Saturday in week 0 (C's `%U` with Saturday for Sunday).
pub(crate) fn week_of_year(day_of_year: u16, weekday: Weekday) -> u8 {
    let yday = day_of_year.saturating_sub(1);
    ((yday + 7 - u16::from(weekday.to_saturday_zero_offset())) / 7) as u8
}

/// The tables of a digit set: `00` to `99`, and `0` to `9`.
#[inline]
pub(crate) fn digit_tables(
    digits: Digits,
) -> (&'static [&'static str; 100], &'static [&'static str; 10]) {
    match digits {
        Digits::Latin => (&PAIRS_LATIN, &DIGITS_LATIN),
        Digits::Persian => (&PAIRS_PERSIAN, &DIGITS_PERSIAN),
        Digits::ArabicIndic => (&PAIRS_ARABIC_INDIC, &DIGITS_ARABIC_INDIC),
    }
}

/// The Persian digits.
const DIGITS_PERSIAN: [&str; 10] = ["۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"];

/// The Arabic-Indic digits.
const DIGITS_ARABIC_INDIC: [&str; 10] = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"];

/// Writes `n % 100` as two digits from a table of [`digit_tables`] whose
/// pairs have `N` bytes, as a copy of that fixed length (which the
/// compiler makes a few moves, not a call to `memcpy`).
#[inline(always)]
pub(crate) fn write_pair<W: fmt::Write + ?Sized, const N: usize>(
    w: &mut W,
    pairs: &'static [&'static str; 100],
    n: u32,
) -> fmt::Result {
    let text = pair(pairs, n);
    match text.get(..N) {
        Some(head) if head.len() == text.len() => w.write_str(head),
        _ => w.write_str(text),
    }
}

/// `n % 100` as two digits from a table of [`digit_tables`].
#[inline]
pub(crate) fn pair(pairs: &'static [&'static str; 100], n: u32) -> &'static str {
    pairs.get((n % 100) as usize).copied().unwrap_or("")
}

/// `00` to `99` in Latin digits.
pub(crate) const PAIRS_LATIN: [&str; 100] = [
    "00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15",
    "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
    "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47",
    "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63",
    "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
    "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95",
    "96", "97", "98", "99",
];

/// The Latin digits.
const DIGITS_LATIN: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// `00` to `99` in Persian digits.
const PAIRS_PERSIAN: [&str; 100] = [
    "۰۰", "۰۱", "۰۲", "۰۳", "۰۴", "۰۵", "۰۶", "۰۷", "۰۸", "۰۹", "۱۰", "۱۱", "۱۲", "۱۳", "۱۴", "۱۵",
    "۱۶", "۱۷", "۱۸", "۱۹", "۲۰", "۲۱", "۲۲", "۲۳", "۲۴", "۲۵", "۲۶", "۲۷", "۲۸", "۲۹", "۳۰", "۳۱",
    "۳۲", "۳۳", "۳۴", "۳۵", "۳۶", "۳۷", "۳۸", "۳۹", "۴۰", "۴۱", "۴۲", "۴۳", "۴۴", "۴۵", "۴۶", "۴۷",
    "۴۸", "۴۹", "۵۰", "۵۱", "۵۲", "۵۳", "۵۴", "۵۵", "۵۶", "۵۷", "۵۸", "۵۹", "۶۰", "۶۱", "۶۲", "۶۳",
    "۶۴", "۶۵", "۶۶", "۶۷", "۶۸", "۶۹", "۷۰", "۷۱", "۷۲", "۷۳", "۷۴", "۷۵", "۷۶", "۷۷", "۷۸", "۷۹",
    "۸۰", "۸۱", "۸۲", "۸۳", "۸۴", "۸۵", "۸۶", "۸۷", "۸۸", "۸۹", "۹۰", "۹۱", "۹۲", "۹۳", "۹۴", "۹۵",
    "۹۶", "۹۷", "۹۸", "۹۹",
];

/// `00` to `99` in Arabic-Indic digits.
const PAIRS_ARABIC_INDIC: [&str; 100] = [
    "٠٠", "٠١", "٠٢", "٠٣", "٠٤", "٠٥", "٠٦", "٠٧", "٠٨", "٠٩", "١٠", "١١", "١٢", "١٣", "١٤", "١٥",
    "١٦", "١٧", "١٨", "١٩", "٢٠", "٢١", "٢٢", "٢٣", "٢٤", "٢٥", "٢٦", "٢٧", "٢٨", "٢٩", "٣٠", "٣١",
    "٣٢", "٣٣", "٣٤", "٣٥", "٣٦", "٣٧", "٣٨", "٣٩", "٤٠", "٤١", "٤٢", "٤٣", "٤٤", "٤٥", "٤٦", "٤٧",
    "٤٨", "٤٩", "٥٠", "٥١", "٥٢", "٥٣", "٥٤", "٥٥", "٥٦", "٥٧", "٥٨", "٥٩", "٦٠", "٦١", "٦٢", "٦٣",
    "٦٤", "٦٥", "٦٦", "٦٧", "٦٨", "٦٩", "٧٠", "٧١", "٧٢", "٧٣", "٧٤", "٧٥", "٧٦", "٧٧", "٧٨", "٧٩",
    "٨٠", "٨١", "٨٢", "٨٣", "٨٤", "٨٥", "٨٦", "٨٧", "٨٨", "٨٩", "٩٠", "٩١", "٩٢", "٩٣", "٩٤", "٩٥",
    "٩٦", "٩٧", "٩٨", "٩٩",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fill {
    Zero,
    Space,
}

/// Writes `value` in `digits`, padded to `width` characters, with one
/// `write_str`: the digits are encoded into a buffer on the stack first.
#[inline]
fn write_number<W: fmt::Write + ?Sized>(
    w: &mut W,
    digits: Digits,
    value: u64,
    width: u8,
    pad: Fill,
) -> fmt::Result {
    if let Ok(small @ 0..=9999) = u32::try_from(value) {
        if width <= 4 {
            let pad = if pad == Fill::Zero { Pad::Zero } else { Pad::Space };
            return write_short(w, digits, small, width, pad);
        }
    }
    // Twenty digits of a u64 and up to ten characters of padding, each at
    // most two bytes in UTF-8 (Persian and Arabic-Indic digits).
    let mut buf = [0u8; 60];
    let mut len = 0;
    let mut count = 1u8;
    let mut scale = 1u64;
    while value / scale >= 10 {
        scale *= 10;
        count += 1;
    }
    let mut put = |c: char, len: &mut usize| {
        if let Some(slot) = buf.get_mut(*len..) {
            *len += c.encode_utf8(slot).len();
        }
    };
    for _ in count..width.min(10) {
        put(if pad == Fill::Zero { digits.digit(0) } else { ' ' }, &mut len);
    }
    while scale > 0 {
        put(digits.digit((value / scale % 10) as u8), &mut len);
        scale /= 10;
    }
    match buf.get(..len).map(core::str::from_utf8) {
        Some(Ok(text)) => w.write_str(text),
        _ => Err(fmt::Error),
    }
}

/// A number below 10,000 in at most `width` (up to four) places, from the
/// tables of digit pairs and single digits, which are valid UTF-8 already: a
/// write of each pair. `Pad::Zero` and `Pad::Fixed` widen it with zeros
/// (`6` at width 2 is the pair `06`), `Pad::Space` puts spaces before it.
#[inline(always)]
fn write_short<W: fmt::Write + ?Sized>(
    w: &mut W,
    digits: Digits,
    value: u32,
    width: u8,
    pad: Pad,
) -> fmt::Result {
    let (pairs, singles) = digit_tables(digits);
    let single = |n: u32| singles.get(n as usize % 10).copied().unwrap_or("");
    let shown = digits_in(value);
    let n = match pad {
        Pad::Zero | Pad::Fixed => width.max(shown),
        Pad::Space => {
            for _ in shown..width {
                w.write_char(' ')?;
            }
            shown
        }
        Pad::None => shown,
    };
    match n {
        1 => w.write_str(single(value)),
        2 => w.write_str(pair(pairs, value)),
        3 => {
            w.write_str(single(value / 100))?;
            w.write_str(pair(pairs, value))
        }
        _ => {
            w.write_str(pair(pairs, value / 100))?;
            w.write_str(pair(pairs, value))
        }
    }
}

/// How many digits `value` (at most 9999) is written with.
#[inline(always)]
const fn digits_in(value: u32) -> u8 {
    match value {
        0..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        _ => 4,
    }
}

/// Writes the fraction of a second: with `precision` 0 its digits with
/// the trailing zeros trimmed (`0` for none), else that many digits,
/// truncated.
fn write_fraction<W: fmt::Write + ?Sized>(
    w: &mut W,
    digits: Digits,
    nanos: u32,
    precision: u8,
) -> fmt::Result {
    let (value, width) = match precision {
        0 if nanos == 0 => (0, 1),
        0 => {
            let (mut value, mut width) = (nanos, 9);
            while value % 10 == 0 {
                value /= 10;
                width -= 1;
            }
            (value, width)
        }
        p => (nanos / 10u32.pow(9 - u32::from(p.min(9))), p.min(9)),
    };
    write_number(w, digits, value.into(), width, Fill::Zero)
}

/// Writes an offset: `+HHMM` (`colons` 0), `+HH:MM` (1) or `+HH:MM:SS` (2),
/// with the seconds in the first two forms only when there are some. With
/// Persian or Arabic-Indic digits a left-to-right mark (U+200E) comes first,
/// so that the sign stays before the digits in right-to-left text, as ICU
/// writes it.
fn write_offset<W: fmt::Write + ?Sized>(
    w: &mut W,
    digits: Digits,
    seconds: i32,
    colons: u8,
) -> fmt::Result {
    if digits != Digits::Latin {
        w.write_char('\u{200E}')?;
    }
    w.write_char(if seconds < 0 { '-' } else { '+' })?;
    let s = seconds.unsigned_abs();
    let two = |w: &mut W, v: u32| write_number(w, digits, v.into(), 2, Fill::Zero);
    two(w, s / 3600)?;
    if colons > 0 {
        w.write_char(':')?;
    }
    two(w, s / 60 % 60)?;
    if colons == 2 || s % 60 != 0 {
        if colons > 0 {
            w.write_char(':')?;
        }
        two(w, s % 60)?;
    }
    Ok(())
}
