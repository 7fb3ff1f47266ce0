//! The directives of a pattern, and the iterator that splits a pattern
//! into literal text and directives.

use super::Locale;
use crate::{PatternError, PatternErrorKind};

/// A directive of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Directive {
    Year,
    YearShort,
    Month,
    MonthName,
    MonthShort,
    Day,
    DaySpace,
    Weekday,
    WeekdayShort,
    DayOfYear,
    WeekdayFromOne,
    WeekdayFromZero,
    Week,
    /// `%G`: the week-numbering year ([`YearWeek`](crate::YearWeek)).
    WeekYear,
    /// `%V`: the week of the week-numbering year, from 1.
    YearWeek,
    /// `%Q`: the quarter, 1 to 4.
    Quarter,
    /// `%K`: the season's name (a Solar Hijri date's).
    Season,
    /// `%L`: the year in Persian words, as legal forms write it.
    YearWords,
    Iso,
    Percent,
    Ordinal,
    Era,
    // Times.
    Hour,
    HourSpace,
    Hour12,
    Hour12Space,
    Minute,
    Second,
    /// `%f` (0: the digits of the fraction, trailing zeros trimmed, `0` when
    /// none) or `%3f`, `%6f`, `%9f` (that many digits, truncated).
    Fraction(u8),
    /// `%.f`, `%.3f`, …: the decimal mark and the fraction; `%.f` writes
    /// nothing when the fraction is zero.
    DotFraction(u8),
    AmPm,
    AmPmLower,
    DayPeriod,
    HourMinute,
    HourMinuteSecond,
    // Offsets and instants.
    /// `%z` (0), `%:z` (1), `%::z` (2).
    Offset(u8),
    ZoneName,
    UnixSeconds,
    // The directives C, Python and chrono bring, written as other
    // directives ([`Directive::expansion`]), but the century.
    /// `%C`: the year divided by 100, two digits.
    Century,
    /// `%x`: the locale's date.
    LocaleDate,
    /// `%X`: the locale's time.
    LocaleTime,
    /// `%c`: the locale's date and time.
    LocaleDateTime,
    /// `%D`: `%m/%d/%y`.
    SlashDate,
    /// `%r`: `%I:%M:%S %p`.
    Time12,
    /// `%n`: a newline.
    Newline,
    /// `%t`: a tab.
    Tab,
}

/// What a directive needs of the value it writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Needs {
    Date,
    Time,
    Offset,
}

impl Directive {
    const fn from_letter(c: char) -> Option<Directive> {
        Some(match c {
            'Y' => Directive::Year,
            'y' => Directive::YearShort,
            'm' => Directive::Month,
            'B' => Directive::MonthName,
            'b' | 'h' => Directive::MonthShort,
            'd' => Directive::Day,
            'e' => Directive::DaySpace,
            'A' => Directive::Weekday,
            'a' => Directive::WeekdayShort,
            'j' => Directive::DayOfYear,
            'u' => Directive::WeekdayFromOne,
            'w' => Directive::WeekdayFromZero,
            'U' => Directive::Week,
            'G' => Directive::WeekYear,
            'V' => Directive::YearWeek,
            'Q' => Directive::Quarter,
            'K' => Directive::Season,
            'L' => Directive::YearWords,
            'F' => Directive::Iso,
            '%' => Directive::Percent,
            'o' => Directive::Ordinal,
            'E' => Directive::Era,
            'H' => Directive::Hour,
            'k' => Directive::HourSpace,
            'I' => Directive::Hour12,
            'l' => Directive::Hour12Space,
            'M' => Directive::Minute,
            'S' => Directive::Second,
            'f' => Directive::Fraction(0),
            'p' => Directive::AmPm,
            'P' => Directive::AmPmLower,
            'q' => Directive::DayPeriod,
            'R' => Directive::HourMinute,
            'T' => Directive::HourMinuteSecond,
            'z' => Directive::Offset(0),
            'Z' => Directive::ZoneName,
            's' => Directive::UnixSeconds,
            'C' => Directive::Century,
            'x' => Directive::LocaleDate,
            'X' => Directive::LocaleTime,
            'c' => Directive::LocaleDateTime,
            'D' => Directive::SlashDate,
            'r' => Directive::Time12,
            'n' => Directive::Newline,
            't' => Directive::Tab,
            _ => return None,
        })
    }

    /// Whether the directive writes a padded number (and so takes `-`).
    /// Whether the directive writes digits at both its ends (a number, or
    /// a form of numbers such as `%F`, `%T`, `%s`), whatever the locale.
    pub(crate) const fn writes_number(self) -> bool {
        self.width().is_some()
            || matches!(
                self,
                Directive::Iso
                    | Directive::Fraction(_)
                    | Directive::HourMinute
                    | Directive::HourMinuteSecond
                    | Directive::UnixSeconds
            )
    }

    const fn takes_flag(self) -> bool {
        matches!(
            self,
            Directive::Year
                | Directive::YearShort
                | Directive::Month
                | Directive::Day
                | Directive::DayOfYear
                | Directive::Week
                | Directive::WeekYear
                | Directive::YearWeek
                | Directive::Hour
                | Directive::Hour12
                | Directive::Minute
                | Directive::Second
                | Directive::Century
                // No padding at all, as GNU date writes `%-e`, `%-k`, `%-l`;
                // on the one-digit `%u` and `%w` the flag changes nothing.
                | Directive::DaySpace
                | Directive::HourSpace
                | Directive::Hour12Space
                | Directive::WeekdayFromOne
                | Directive::WeekdayFromZero
        )
    }

    /// The width of the padded number the directive writes, if it writes
    /// one.
    pub(crate) const fn width(self) -> Option<u8> {
        match self {
            Directive::Year | Directive::WeekYear => Some(4),
            Directive::YearShort
            | Directive::YearWeek
            | Directive::Month
            | Directive::Day
            | Directive::DaySpace
            | Directive::Week
            | Directive::Hour
            | Directive::HourSpace
            | Directive::Hour12
            | Directive::Hour12Space
            | Directive::Minute
            | Directive::Second
            | Directive::Century => Some(2),
            Directive::DayOfYear => Some(3),
            Directive::WeekdayFromOne | Directive::WeekdayFromZero | Directive::Quarter => Some(1),
            _ => None,
        }
    }

    /// What the directive needs: a date, a time of day, or an offset.
    pub(crate) const fn needs(self) -> Needs {
        match self {
            Directive::Hour
            | Directive::HourSpace
            | Directive::Hour12
            | Directive::Hour12Space
            | Directive::Minute
            | Directive::Second
            | Directive::Fraction(_)
            | Directive::DotFraction(_)
            | Directive::AmPm
            | Directive::AmPmLower
            | Directive::DayPeriod
            | Directive::HourMinute
            | Directive::HourMinuteSecond
            | Directive::LocaleTime
            | Directive::LocaleDateTime
            | Directive::Time12 => Needs::Time,
            Directive::Offset(_) | Directive::ZoneName | Directive::UnixSeconds => Needs::Offset,
            _ => Needs::Date,
        }
    }
}

impl Directive {
    /// Whether the directive stands for others ([`Directive::expansion`]).
    pub(crate) const fn is_composite(self) -> bool {
        matches!(
            self,
            Directive::LocaleDate
                | Directive::LocaleTime
                | Directive::LocaleDateTime
                | Directive::SlashDate
                | Directive::Time12
                | Directive::Newline
                | Directive::Tab
        )
    }

    /// The pattern a directive of C, Python and chrono stands for, in
    /// `locale`: `%x`, `%X` and `%c` as persiantools writes them in the
    /// Persian-script locales (the date year first, `۰۲/۱۱/۰۶`), as
    /// jdatetime writes them in English and Persian in Latin letters
    /// (`11/06/02`, `Fri Bah 06 14:30:05 1402`; C's `%c` pads the day with a
    /// space instead); `None` for a directive of its own.
    pub(crate) const fn expansion(self, locale: Locale) -> Option<&'static str> {
        let latin = matches!(locale, Locale::English | Locale::PersianLatin);
        Some(match self {
            Directive::LocaleDate if latin => "%m/%d/%y",
            Directive::LocaleDate => "%y/%m/%d",
            Directive::LocaleTime => "%H:%M:%S",
            Directive::LocaleDateTime if latin => "%a %b %d %H:%M:%S %Y",
            Directive::LocaleDateTime => "%A %d %B %Y %H:%M:%S",
            Directive::SlashDate => "%m/%d/%y",
            Directive::Time12 => "%I:%M:%S %p",
            Directive::Newline => "\n",
            Directive::Tab => "\t",
            _ => return None,
        })
    }
}

/// A piece of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Item<'p> {
    /// Text copied as it is.
    Literal(&'p str),
    /// A directive, with `unpadded` for the `-` flag.
    Directive { directive: Directive, unpadded: bool },
}

/// The pieces of a pattern, in order.
#[derive(Clone, Debug)]
pub(crate) struct Items<'p> {
    rest: &'p str,
    offset: usize,
}

impl<'p> Items<'p> {
    pub(crate) const fn new(pattern: &'p str) -> Self {
        Items { rest: pattern, offset: 0 }
    }

    /// The pattern not yet read.
    pub(crate) const fn remaining(&self) -> &'p str {
        self.rest
    }
}

/// Checks every directive of `pattern` and returns the most any of them
/// needs; `allowed` is what the values written will have.
pub(crate) fn check(pattern: &str, allowed: Needs) -> Result<Needs, PatternError> {
    let mut most = Needs::Date;
    let mut items = Items::new(pattern);
    loop {
        let start = items.offset;
        let rest = items.rest;
        let Some(item) = items.next() else { return Ok(most) };
        if let Item::Directive { directive, .. } = item? {
            let needs = directive.needs();
            if needs > allowed {
                // The letter is the last character of the directive.
                let used = rest.get(..items.offset - start).unwrap_or("");
                let letter = used.chars().next_back().unwrap_or('%');
                let kind = match needs {
                    Needs::Offset => PatternErrorKind::NeedsOffset(letter),
                    _ => PatternErrorKind::NeedsTime(letter),
                };
                return Err(PatternError::new(kind, start));
            }
            most = most.max(needs);
        }
    }
}

impl<'p> Iterator for Items<'p> {
    type Item = Result<Item<'p>, PatternError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let start = self.offset;
        let bytes = self.rest.as_bytes();
        if bytes.first() != Some(&b'%') {
            // Up to the next `%`, an ASCII byte, so a character boundary.
            let len = bytes.iter().position(|&b| b == b'%').unwrap_or(bytes.len());
            let (literal, rest) = self.rest.split_at(len);
            self.rest = rest;
            self.offset += len;
            return Some(Ok(Item::Literal(literal)));
        }
        // The flags and their like are ASCII: read as bytes after the `%`.
        let mut at = 1;
        let unpadded = bytes.get(at) == Some(&b'-');
        at += usize::from(unpadded);
        // `%.f`, `%3f`, `%.3f`: the fraction; `%:z`, `%::z`: the offset.
        let dot = bytes.get(at) == Some(&b'.');
        at += usize::from(dot);
        let precision = match bytes.get(at) {
            Some(&d @ (b'3' | b'6' | b'9')) => {
                at += 1;
                d - b'0'
            }
            _ => 0,
        };
        let mut colons = 0;
        while colons < 2 && bytes.get(at) == Some(&b':') {
            colons += 1;
            at += 1;
        }
        let letter = match bytes.get(at) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.rest.get(at..).and_then(|r| r.chars().next()),
        };
        let Some(letter) = letter else {
            self.rest = "";
            return Some(Err(PatternError::new(PatternErrorKind::IncompleteDirective, start)));
        };
        let consumed = at + letter.len_utf8();
        self.rest = self.rest.get(consumed..).unwrap_or("");
        self.offset += consumed;
        let directive = match (Directive::from_letter(letter), dot, precision, colons) {
            (Some(Directive::Fraction(_)), false, p, 0) => Directive::Fraction(p),
            (Some(Directive::Fraction(_)), true, p, 0) => Directive::DotFraction(p),
            (Some(Directive::Offset(_)), false, 0, c) => Directive::Offset(c as u8),
            (Some(d), false, 0, 0) => d,
            _ => {
                let kind = PatternErrorKind::UnknownDirective(letter);
                return Some(Err(PatternError::new(kind, start)));
            }
        };
        if unpadded && !directive.takes_flag() {
            return Some(Err(PatternError::new(PatternErrorKind::UnsupportedFlag(letter), start)));
        }
        Some(Ok(Item::Directive { directive, unpadded }))
    }
}
