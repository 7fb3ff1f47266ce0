//! The strict reader: exactly what a [`DateFormat`] writes, beside the
//! writer in the same engine.

use super::directive::Directive;
use super::plain::PlainRead;
use super::program::{Field as NumberField, Name, Op, Pad, Program, Step, locale_part, text_of};
use super::sealed::Fields;
use super::shape::{KINDS, ReadDate};
use super::write::week_of_year;
use crate::format::{DateFormat, FormatDate, Locale};
use crate::hijri::{HijriDate, Iran, LunarCalendar};
use crate::rule::{Official, Rule};
use crate::text::name_set;
use crate::{
    Calendar, DateError, Field, GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime,
    Offset, ParseError, ParseErrorKind, Time, Weekday, YearCount, Zoned, names,
};

/// The fields read from an input, each with the byte offset it was read at.
#[derive(Default)]
struct Read {
    year: Option<(i32, usize)>,
    short_year: Option<(i32, usize)>,
    century: Option<(i32, usize)>,
    month: Option<(u8, usize)>,
    day: Option<(u8, usize)>,
    day_of_year: Option<(u16, usize)>,
    weekday: Option<(Weekday, usize)>,
    week: Option<(u8, usize)>,
    week_year: Option<(i32, usize)>,
    year_week: Option<(u8, usize)>,
    quarter: Option<(u8, usize)>,
    season: Option<(u8, usize)>,
    hour: Option<(u8, usize)>,
    hour12: Option<(u8, usize)>,
    pm: Option<(bool, usize)>,
    period: Option<(&'static str, usize)>,
    minute: Option<(u8, usize)>,
    second: Option<(u8, usize)>,
    nanos: Option<(u32, usize)>,
    offset: Option<(i32, usize)>,
    unix: Option<(i64, usize)>,
}

/// Stores a field, or checks it against the value read before.
fn set<T: PartialEq + Copy>(
    slot: &mut Option<(T, usize)>,
    value: T,
    at: usize,
    field: Field,
) -> Result<(), ParseError> {
    match slot {
        Some((v, _)) if *v != value => {
            Err(ParseError::new(ParseErrorKind::Inconsistent(field), at))
        }
        _ => {
            *slot = Some((value, at));
            Ok(())
        }
    }
}

/// The value of a Latin, Persian or Arabic-Indic digit.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(u32::from(c) - 0x30),
        '\u{06F0}'..='\u{06F9}' => Some(u32::from(c) - 0x06F0),
        '\u{0660}'..='\u{0669}' => Some(u32::from(c) - 0x0660),
        _ => None,
    }
}

/// How many digits, of any set, stand at `pos` (counted to 10), less
/// those an unpadded number leaves to the padded ones glued after it
/// (`leave`: all of them, or those before a number padded with a space
/// when the digits end at a space).
fn digits_left(input: &str, pos: usize, (leave, to_space): (u8, u8)) -> u8 {
    let rest = input.get(pos..).unwrap_or("");
    let mut run = 0u8;
    let mut after = None;
    for c in rest.chars().take(11) {
        if run == 10 || digit_value(c).is_none() {
            after = Some(c);
            break;
        }
        run += 1;
    }
    run.saturating_sub(if after == Some(' ') { to_space } else { leave })
}

/// Reads `min..=max` digits at `pos`: the value and the offset after them.
#[inline]
fn digits(input: &str, pos: usize, min: u8, max: u8) -> Result<(u32, usize), ParseError> {
    let rest = input.as_bytes().get(pos..).unwrap_or(&[]);
    let mut value = 0u32;
    let mut n = 0u8;
    // Latin digits byte by byte (at most nine: no overflow); at the first
    // byte of another character, the two-byte digits below.
    for &b in rest.iter().take(usize::from(max)) {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            if !b.is_ascii() {
                return wide_digits(input, (min, max), value, n, pos + usize::from(n));
            }
            break;
        }
        value = value.wrapping_mul(10).wrapping_add(u32::from(d));
        n += 1;
    }
    let end = pos + usize::from(n);
    if n < min {
        return Err(no_digit(input, end));
    }
    Ok((value, end))
}

/// The rest of [`digits`] from the first non-ASCII byte at `end`, with `n`
/// digits of `value` read.
fn wide_digits(
    input: &str,
    (min, max): (u8, u8),
    mut value: u32,
    mut n: u8,
    mut end: usize,
) -> Result<(u32, usize), ParseError> {
    let bytes = input.as_bytes();
    // Persian and Arabic-Indic digits: a lead byte and the digit's (at most
    // nine digits: no overflow).
    while n < max {
        let (Some(&lead), Some(&second)) = (bytes.get(end), bytes.get(end + 1)) else { break };
        let Some(d) = super::Digits::wide_value(lead, second) else { break };
        value = value.wrapping_mul(10).wrapping_add(u32::from(d));
        n += 1;
        end += 2;
    }
    // A number ends at ASCII, or at the end: no character to decode.
    if n == max || bytes.get(end).is_none_or(|b| b.is_ascii() && !b.is_ascii_digit()) {
        if n < min {
            return Err(no_digit(input, end));
        }
        return Ok((value, end));
    }
    let rest = input.get(end..).unwrap_or("");
    for c in rest.chars() {
        if n == max {
            break;
        }
        match digit_value(c) {
            Some(d) => {
                value = value.saturating_mul(10).saturating_add(d);
                n += 1;
                end += c.len_utf8();
            }
            None if c.is_numeric() => {
                return Err(ParseError::new(ParseErrorKind::UnsupportedDigit, end));
            }
            None => break,
        }
    }
    if n < min {
        return Err(no_digit(input, end));
    }
    Ok((value, end))
}

/// The error of a number with too few digits, at `end`.
#[cold]
fn no_digit(input: &str, end: usize) -> ParseError {
    let kind = if end >= input.len() {
        ParseErrorKind::UnexpectedEnd
    } else {
        ParseErrorKind::Expected("a digit")
    };
    ParseError::new(kind, end)
}

/// The index of the longest entry of the `tables` (aligned: an index means
/// the same in each) that `input` continues with at `pos`, Latin letters in
/// any case, and the offset after it.
fn longest_name(
    tables: &[&[&str]],
    input: &str,
    pos: usize,
    what: &'static str,
) -> Result<(usize, usize), ParseError> {
    let rest = input.get(pos..).unwrap_or("").as_bytes();
    // The longest match, the last of equally long ones. A name is compared
    // whole only when its first two bytes could match (one for a one-byte
    // name): equal, or apart by the bit of an ASCII letter's case (in
    // Arabic script the first byte alone is one of a few lead bytes).
    let near = |a: u8, b: Option<&u8>| b.is_some_and(|&b| matches!(a ^ b, 0 | 0x20));
    let mut best: Option<(usize, &str)> = None;
    for table in tables {
        for (i, name) in table.iter().enumerate() {
            let bytes = name.as_bytes();
            let Some((&a, tail)) = bytes.split_first() else { continue };
            if !near(a, rest.first()) || tail.first().is_some_and(|&b| !near(b, rest.get(1))) {
                continue;
            }
            if best.is_some_and(|(_, b)| b.len() > name.len()) {
                continue;
            }
            if rest.get(..bytes.len()).is_some_and(|b| b.eq_ignore_ascii_case(bytes)) {
                best = Some((i, name));
            }
        }
    }
    match best {
        Some((i, name)) => Ok((i, pos + name.len())),
        None if rest.is_empty() => Err(ParseError::new(ParseErrorKind::UnexpectedEnd, pos)),
        None => Err(ParseError::new(ParseErrorKind::Expected(what), pos)),
    }
}

/// Reads a name of `set` at `pos`: its index and the offset after it.
fn read_name(
    set: &name_set::Set,
    input: &str,
    pos: usize,
    what: &'static str,
) -> Result<(u8, usize), ParseError> {
    let rest = input.as_bytes().get(pos..).unwrap_or(&[]);
    match name_set::find(set, rest) {
        Some((i, len)) => Ok((i, pos + len)),
        None if rest.is_empty() => Err(ParseError::new(ParseErrorKind::UnexpectedEnd, pos)),
        None => Err(ParseError::new(ParseErrorKind::Expected(what), pos)),
    }
}

/// Reads `text` exactly.
fn literal(input: &str, pos: usize, text: &str, what: &'static str) -> Result<usize, ParseError> {
    let rest = input.get(pos..).unwrap_or("");
    if rest.starts_with(text) {
        Ok(pos + text.len())
    } else if rest.is_empty() {
        Err(ParseError::new(ParseErrorKind::UnexpectedEnd, pos))
    } else {
        Err(ParseError::new(ParseErrorKind::Expected(what), pos))
    }
}

impl DateFormat<'_> {
    /// Reads a Solar Hijri date written with this format (by the official
    /// rule).
    ///
    /// The reader is strict: the input must be what the format writes, with
    /// the pattern's text, except that it reads as the strptime of
    /// jdatetime and persiantools do: any of the three digit sets, whatever
    /// the format writes; numbers without their zero padding where no number
    /// follows at once (`1402/1/6` with `%Y/%m/%d`); and names in any letter
    /// case, the locale's and the English and Persian ones (`%B`: `Bahman`,
    /// `بهمن`; `%b`: `Bah`, `بهم`; `%A`: `Friday`, `Jomeh`, `جمعه`; `%a`:
    /// `Fri`, `Jom`, `ج`). Unlike jdatetime, it checks a weekday read
    /// against the date, and reads `%j`. So
    /// `parse(format(d)) == d` for every pattern that gives a year (`%Y`, or
    /// `%y` with a pivot), and a month and day (`%m`/`%B`/`%b` with
    /// `%d`/`%e`/`%o`, or `%F`) or the day of the year (`%j`).
    ///
    /// The grammar, item by item of the pattern:
    ///
    /// ```text
    /// %Y  = ["-"] 4DIGIT [DIGIT]  ; four only when a number follows at once
    /// %y  = 2DIGIT                ; %-y = 1*2DIGIT
    /// %m %d %U = 1*2DIGIT         ; 2DIGIT when a number follows at once
    /// %Q  = DIGIT                 ; checked against the date
    /// %K  = a season name         ; checked against the date
    /// %L  = a year in Persian words, either style
    /// %e  = " " DIGIT / 1*2DIGIT
    /// %j  = 1*3DIGIT              ; 3DIGIT when a number follows at once
    /// %u %w = DIGIT
    /// %F  = %Y "-" %m "-" %d
    /// %B %b %A %a = a name, as above (the longest that fits)
    /// %E  = the locale's era
    /// %o  = an ordinal word (fa, fa-AF), or 1*2DIGIT and the suffix
    /// %%  = "%"
    /// text = itself
    /// DIGIT = Latin, Persian or Arabic-Indic digit
    /// ```
    ///
    /// A number of variable width followed at once by another number
    /// (`%-d%m`, `%-Y%m`) cannot always be split, so the round trip above
    /// needs text between them. `%Y` is the one exception: followed at once
    /// by a number it reads four digits, so `%Y%m%d` comes back for every
    /// date but those of the five-digit years (-10621 to -10000).
    ///
    /// # Errors
    ///
    /// A [`ParseError`] at the byte where the input departs from the pattern
    /// ([`Expected`](ParseErrorKind::Expected),
    /// [`UnexpectedEnd`](ParseErrorKind::UnexpectedEnd),
    /// [`TrailingInput`](ParseErrorKind::TrailingInput),
    /// [`UnsupportedDigit`](ParseErrorKind::UnsupportedDigit)); when the
    /// pattern gives no year, month or day
    /// ([`MissingField`](ParseErrorKind::MissingField)); when `%y` is read
    /// without a pivot ([`TwoDigitYear`](ParseErrorKind::TwoDigitYear)); when
    /// the date does not exist ([`InvalidDate`](ParseErrorKind::InvalidDate));
    /// when the weekday is another ([`WeekdayMismatch`](ParseErrorKind::WeekdayMismatch));
    /// when fields disagree ([`Inconsistent`](ParseErrorKind::Inconsistent)).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::{JalaliDate, ParseErrorKind};
    ///
    /// let f = DateFormat::new("%A %-d %B %Y")?.with_locale(Locale::Persian);
    /// let date = JalaliDate::new(1402, 11, 6)?;
    /// assert_eq!(f.parse("جمعه ۶ بهمن ۱۴۰۲")?, date);
    /// assert_eq!(f.parse(&f.format(date))?, date);
    /// let err = f.parse("شنبه ۶ بهمن ۱۴۰۲").unwrap_err();
    /// assert!(matches!(err.kind(), ParseErrorKind::WeekdayMismatch { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn parse(&self, input: &str) -> Result<JalaliDate, ParseError> {
        self.parse_in(Official, input)
    }

    /// Reads a Solar Hijri date written with this format, by `rule`.
    ///
    /// # Errors
    ///
    /// As [`DateFormat::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    /// use shamsi::rule::Rule33;
    /// use shamsi::JalaliDate;
    ///
    /// let f = DateFormat::new("%Y/%m/%d")?;
    /// assert_eq!(f.parse_in(Rule33, "1502/12/30")?, JalaliDate::new_in(Rule33, 1502, 12, 30)?);
    /// assert!(f.parse("1502/12/30").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn parse_in<R: Rule>(&self, rule: R, input: &str) -> Result<JalaliDate<R>, ParseError> {
        ParseError::check_len(input)?;
        if let Some((y, m, d)) = self.shape_ymd(input) {
            if let Ok(date) = JalaliDate::new_in(rule, y, m, d) {
                return Ok(date);
            }
        }
        if let Some(read) = self.shape_template(input) {
            let date = match read {
                ReadDate::Ymd(y, m, d) => JalaliDate::new_in(rule, y, m, d),
                ReadDate::Ordinal(y, n) => JalaliDate::from_ordinal_in(rule, y, n),
            };
            if let Ok(date) = date {
                return Ok(date);
            }
        }
        if let Some(plain) = self.shape_plain(input, Calendar::Jalali) {
            let date = match plain.date {
                ReadDate::Ymd(y, m, d) => JalaliDate::new_in(rule, y, m, d),
                ReadDate::Ordinal(y, n) => JalaliDate::from_ordinal_in(rule, y, n),
            };
            if let Ok(date) = date {
                if plain.weekday.is_none_or(|w| w == date.weekday().to_saturday_zero_offset()) {
                    return Ok(date);
                }
            }
        }
        self.build(
            input,
            Calendar::Jalali,
            |y, m, d| JalaliDate::new_in(rule, self.solar_year(y)?, m, d),
            |y, n| JalaliDate::from_ordinal_in(rule, self.solar_year(y)?, n),
        )
    }

    /// Reads a Gregorian date written with this format.
    ///
    /// # Errors
    ///
    /// As [`DateFormat::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::GregorianDate;
    ///
    /// let f = DateFormat::new("%-d %B %Y")?.with_locale(Locale::Dari);
    /// assert_eq!(f.parse_gregorian("۲۶ جنوری ۲۰۲۴")?, GregorianDate::new(2024, 1, 26)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_gregorian(&self, input: &str) -> Result<GregorianDate, ParseError> {
        ParseError::check_len(input)?;
        if let Some((y, m, d)) = self.shape_ymd(input) {
            if let Ok(date) = GregorianDate::new(y, m, d) {
                return Ok(date);
            }
        }
        if let Some(read) = self.shape_template(input) {
            let date = match read {
                ReadDate::Ymd(y, m, d) => GregorianDate::new(y, m, d),
                ReadDate::Ordinal(y, n) => gregorian_from_ordinal(y, n),
            };
            if let Ok(date) = date {
                return Ok(date);
            }
        }
        if let Some(plain) = self.shape_plain(input, Calendar::Gregorian) {
            let date = match plain.date {
                ReadDate::Ymd(y, m, d) => GregorianDate::new(y, m, d),
                ReadDate::Ordinal(y, n) => gregorian_from_ordinal(y, n),
            };
            if let Ok(date) = date {
                if plain.weekday.is_none_or(|w| w == date.weekday().to_saturday_zero_offset()) {
                    return Ok(date);
                }
            }
        }
        self.build(input, Calendar::Gregorian, GregorianDate::new, gregorian_from_ordinal)
    }

    /// Reads a lunar Hijri date written with this format, in Iran's
    /// calendar ([`Iran::PREDICTED`](crate::hijri::Iran::PREDICTED), the
    /// default); [`parse_hijri_in`](Self::parse_hijri_in) takes another.
    /// `%B` and `%b` read the lunar months in Persian, English and Arabic,
    /// `%E` the lunar era.
    ///
    /// # Errors
    ///
    /// As [`DateFormat::parse`], and [`DateError::NotCovered`] (in
    /// [`ParseErrorKind::InvalidDate`]) for a month the calendar does not
    /// know.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::hijri::HijriDate;
    ///
    /// let f = DateFormat::new("%-d %B %Y %E")?.with_locale(Locale::Persian);
    /// let date = HijriDate::new(1445, 7, 14)?;
    /// assert_eq!(f.display(date).to_string(), "۱۴ رجب ۱۴۴۵ ه\u{200d}.ق.");
    /// assert_eq!(f.parse_hijri("۱۴ رجب ۱۴۴۵ ه\u{200d}.ق.")?, date);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_hijri(&self, input: &str) -> Result<HijriDate, ParseError> {
        self.parse_hijri_in(Iran::PREDICTED, input)
    }

    /// Reads a lunar Hijri date of `calendar` written with this format.
    ///
    /// # Errors
    ///
    /// As [`DateFormat::parse_hijri`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    /// use shamsi::hijri::{HijriDate, Tabular};
    ///
    /// let f = DateFormat::new("%d/%m/%Y")?;
    /// let date = f.parse_hijri_in(Tabular::CIVIL, "15/07/1445")?;
    /// assert_eq!(date.to_gregorian().to_string(), "2024-01-26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_hijri_in<C: LunarCalendar>(
        &self,
        calendar: C,
        input: &str,
    ) -> Result<HijriDate<C>, ParseError> {
        ParseError::check_len(input)?;
        let from_ordinal = |y: i32, n: u16| {
            let first = HijriDate::new_in(calendar, y, 1, 1)?;
            let date = first.add_days(i32::from(n) - 1)?;
            if date.year() == y {
                Ok(date)
            } else {
                let max = i64::from(calendar.days_in_year(y)?);
                Err(DateError::FieldOutOfRange {
                    field: Field::DayOfYear,
                    value: n.into(),
                    min: 1,
                    max,
                })
            }
        };
        self.build(
            input,
            Calendar::LunarHijri,
            |y, m, d| HijriDate::new_in(calendar, y, m, d),
            from_ordinal,
        )
    }

    /// The year, month and day by the program's [`Ymd`] shape, if it has
    /// one and `input` fits it.
    #[inline]
    fn shape_ymd(&self, input: &str) -> Option<(i32, u8, u8)> {
        // With another year count, the steps read (and subtract it).
        if self.count != crate::YearCount::SolarHijri {
            return None;
        }
        self.program.ymd.as_ref()?.read(input.as_bytes())
    }

    /// The date by the program's [`Template`] shape, if it has one and
    /// `input` fits it.
    #[inline]
    fn shape_template(&self, input: &str) -> Option<ReadDate> {
        if self.count != crate::YearCount::SolarHijri {
            return None;
        }
        let pivot = self.pivot;
        let short_year = |s| pivot.map(|p| crate::arith::calc::nearest_with_last_digits(s, p));
        self.program.template.as_ref()?.read_date(input.as_bytes(), short_year)
    }

    /// The fields by the program's [`Plain`](super::plain::Plain) shape,
    /// if it has one and `input` fits it.
    #[inline]
    fn shape_plain(&self, input: &str, calendar: Calendar) -> Option<PlainRead> {
        if self.count != crate::YearCount::SolarHijri {
            return None;
        }
        let plain = self.program.plain.as_ref()?;
        let pivot = self.pivot;
        let short_year = |s| pivot.map(|p| crate::arith::calc::nearest_with_last_digits(s, p));
        let cx = (self.locale, calendar);
        plain.read(self.pattern, input.as_bytes(), cx, short_year)
    }

    /// The Solar Hijri year of a year read in the format's count.
    fn solar_year(&self, year: i32) -> Result<i32, DateError> {
        year.checked_sub(self.count.offset())
            .ok_or(DateError::Overflow { rule: crate::rule::RuleKind::Official })
    }

    fn build<D: FormatDate>(
        &self,
        input: &str,
        calendar: Calendar,
        new: impl Fn(i32, u8, u8) -> Result<D, DateError>,
        from_ordinal: impl Fn(i32, u16) -> Result<D, DateError>,
    ) -> Result<D, ParseError> {
        let mut read = Read::default();
        self.read(input, calendar, &mut read)?;
        self.build_date(&read, new, from_ordinal)
    }

    fn build_date<D: FormatDate>(
        &self,
        read: &Read,
        new: impl Fn(i32, u8, u8) -> Result<D, DateError>,
        from_ordinal: impl Fn(i32, u16) -> Result<D, DateError>,
    ) -> Result<D, ParseError> {
        let invalid = |e: DateError, at: usize| ParseError::new(ParseErrorKind::InvalidDate(e), at);
        let missing = |field| ParseError::new(ParseErrorKind::MissingField(field), 0);
        let inconsistent = |at| ParseError::new(ParseErrorKind::Inconsistent(Field::Year), at);
        if let (Some((y, _)), Some((c, at))) = (read.year, read.century) {
            if y.div_euclid(100) != c {
                return Err(inconsistent(at));
            }
        }
        // `%G %V %A` without the year, or without the month and day: the
        // day of that week (the other fields checked against it).
        let has_year = read.year.is_some() || read.short_year.is_some();
        let has_day = (read.month.is_some() && read.day.is_some()) || read.day_of_year.is_some();
        if let (Some(g), Some(v), Some(w)) = (read.week_year, read.year_week, read.weekday) {
            if !has_year || !has_day {
                return self.date_by_week(read, (g, v, w), from_ordinal);
            }
        }
        let year = match (read.year, read.short_year) {
            (Some((y, _)), Some((s, at))) => {
                if y.rem_euclid(100) != s {
                    return Err(inconsistent(at));
                }
                y
            }
            (Some((y, _)), None) => y,
            // `%C%y`: the century says which.
            (None, Some((s, at))) => match (read.century, self.pivot) {
                (Some((c, _)), _) => c * 100 + s,
                (None, Some(pivot)) => crate::arith::calc::nearest_with_last_digits(s, pivot),
                (None, None) => return Err(ParseError::new(ParseErrorKind::TwoDigitYear, at)),
            },
            (None, None) => return Err(missing(Field::Year)),
        };
        let date = match (read.month, read.day, read.day_of_year) {
            (Some((m, m_at)), Some((d, d_at)), _) => new(year, m, d).map_err(|e| {
                let at = match e {
                    DateError::FieldOutOfRange { field: Field::Month, .. } => m_at,
                    _ => d_at,
                };
                invalid(e, at)
            })?,
            (_, _, Some((n, at))) => from_ordinal(year, n).map_err(|e| invalid(e, at))?,
            (None, _, None) => return Err(missing(Field::Month)),
            (Some(_), None, None) => return Err(missing(Field::Day)),
        };
        let checks_more = read.quarter.is_some()
            || read.season.is_some()
            || read.week_year.is_some()
            || read.year_week.is_some();
        if read.day_of_year.is_none() && read.week.is_none() && !checks_more {
            // The weekday alone, if given.
            if let Some((stated, at)) = read.weekday {
                let actual = date.weekday_alone();
                if stated != actual {
                    let kind = ParseErrorKind::WeekdayMismatch { stated, actual };
                    return Err(ParseError::new(kind, at));
                }
            }
            return Ok(date);
        }
        let mut fields = date.fields();
        if read.week_year.is_some() || read.year_week.is_some() {
            fields.year_days = date.year_days();
        }
        self.check_fields(read, &fields)?;
        Ok(date)
    }

    /// Checks the fields read that the date was not built from against
    /// its own: the month and day (when built from the week), the day of
    /// the year, the weekday, the weeks, the quarter and the season.
    fn check_fields(&self, read: &Read, fields: &Fields) -> Result<(), ParseError> {
        let inconsistent =
            |field, at| Err(ParseError::new(ParseErrorKind::Inconsistent(field), at));
        if let Some((m, at)) = read.month {
            if m != fields.month {
                return inconsistent(Field::Month, at);
            }
        }
        if let Some((d, at)) = read.day {
            if d != fields.day {
                return inconsistent(Field::Day, at);
            }
        }
        if let Some((n, at)) = read.day_of_year {
            if n != fields.day_of_year {
                return inconsistent(Field::DayOfYear, at);
            }
        }
        if let Some((stated, at)) = read.weekday {
            if stated != fields.weekday {
                let kind = ParseErrorKind::WeekdayMismatch { stated, actual: fields.weekday };
                return Err(ParseError::new(kind, at));
            }
        }
        if let Some((week, at)) = read.week {
            if week != week_of_year(fields.day_of_year, fields.weekday) {
                return inconsistent(Field::WeekOfYear, at);
            }
        }
        self.check_year_week(read, fields)?;
        if let Some((quarter, at)) = read.quarter {
            if quarter != fields.month.div_ceil(3) {
                return inconsistent(Field::Quarter, at);
            }
        }
        if let Some((season, at)) = read.season {
            if fields.solar_quarter() != Some(season) {
                return inconsistent(Field::Quarter, at);
            }
        }
        Ok(())
    }

    /// The day of week `v` of week-numbering year `g` that is weekday `w`
    /// (`%G`, `%V` and a weekday, without the month and day): week 1
    /// begins on the Saturday on or before the year's first day. A week
    /// past the year's last is refused as inconsistent, never moved into
    /// the next year; so is any other field read that disagrees (a year,
    /// a month, a day).
    fn date_by_week<D: FormatDate>(
        &self,
        read: &Read,
        ((g, g_at), (v, v_at), (w, _)): ((i32, usize), (u8, usize), (Weekday, usize)),
        from_ordinal: impl Fn(i32, u16) -> Result<D, DateError>,
    ) -> Result<D, ParseError> {
        let invalid = |e: DateError| ParseError::new(ParseErrorKind::InvalidDate(e), g_at);
        let inconsistent = ParseError::new(ParseErrorKind::Inconsistent(Field::WeekOfYear), v_at);
        let first = from_ordinal(g, 1).map_err(invalid)?;
        let lead = i32::from(first.fields().weekday.to_saturday_zero_offset());
        let n = 1 - lead + 7 * (i32::from(v) - 1) + i32::from(w.to_saturday_zero_offset());
        let days = i32::from(first.year_days());
        let (year, n) = if n < 1 {
            let before = from_ordinal(g - 1, 1).map_err(invalid)?.year_days();
            (g - 1, n + i32::from(before))
        } else if n > days {
            (g + 1, n - days)
        } else {
            (g, n)
        };
        let n = u16::try_from(n).map_err(|_| inconsistent)?;
        let date = from_ordinal(year, n).map_err(|_| inconsistent)?;
        let fields = Fields { year_days: date.year_days(), ..date.fields() };
        // A week past the year's last lands in another year's weeks.
        if self.counted_year_week(&fields) != Some((g, v)) {
            return Err(inconsistent);
        }
        // The other fields read, if any, must agree.
        let year = fields.year + self.count_offset(&fields);
        let year_read = [
            read.year.filter(|&(y, _)| y != year),
            read.short_year.filter(|&(s, _)| s != year.rem_euclid(100)),
            read.century.filter(|&(c, _)| c != year.div_euclid(100)),
        ];
        if let Some((_, at)) = year_read.into_iter().flatten().next() {
            return Err(ParseError::new(ParseErrorKind::Inconsistent(Field::Year), at));
        }
        self.check_fields(read, &fields)?;
        Ok(date)
    }

    /// What the format's year count adds to the year of `fields` (only a
    /// Solar Hijri year is counted otherwise).
    fn count_offset(&self, fields: &Fields) -> i32 {
        if fields.calendar == Calendar::Jalali { self.count.offset() } else { 0 }
    }

    /// The week-numbering year and week of `fields`, the year in the
    /// format's count.
    fn counted_year_week(&self, fields: &Fields) -> Option<(i32, u8)> {
        let offset = self.count_offset(fields);
        fields.year_week().map(|(y, w)| (y + offset, w))
    }

    /// Checks the `%G` and `%V` read against the date's fields.
    fn check_year_week(&self, read: &Read, fields: &Fields) -> Result<(), ParseError> {
        if read.week_year.is_none() && read.year_week.is_none() {
            return Ok(());
        }
        let actual = self.counted_year_week(fields);
        if let Some((g, at)) = read.week_year {
            if actual.map(|(y, _)| y) != Some(g) {
                return Err(ParseError::new(ParseErrorKind::Inconsistent(Field::Year), at));
            }
        }
        if let Some((v, at)) = read.year_week {
            if actual.map(|(_, w)| w) != Some(v) {
                return Err(ParseError::new(ParseErrorKind::Inconsistent(Field::WeekOfYear), at));
            }
        }
        Ok(())
    }

    /// Reads a Jalali date-time (the strict reader of
    /// [`DateTimeFormat`](crate::format::DateTimeFormat)).
    pub(crate) fn parse_datetime_in<R: Rule>(
        &self,
        rule: R,
        input: &str,
    ) -> Result<JalaliDateTime<R>, ParseError> {
        let mut read = Read::default();
        self.read(input, Calendar::Jalali, &mut read)?;
        let date = self.build_date(
            &read,
            |y, m, d| JalaliDate::new_in(rule, self.solar_year(y)?, m, d),
            |y, n| JalaliDate::from_ordinal_in(rule, self.solar_year(y)?, n),
        )?;
        Ok(date.at(read.time(self.locale)?))
    }

    /// Reads a Gregorian date-time.
    pub(crate) fn parse_gregorian_datetime(
        &self,
        input: &str,
    ) -> Result<GregorianDateTime, ParseError> {
        let mut read = Read::default();
        self.read(input, Calendar::Gregorian, &mut read)?;
        let date = self.build_date(&read, GregorianDate::new, gregorian_from_ordinal)?;
        Ok(date.at(read.time(self.locale)?))
    }

    /// Reads an instant: a Jalali or Gregorian wall-clock date-time and an
    /// offset, or Unix seconds (`%s`, at the offset if one is read, else
    /// UTC), checked against each other when both are there.
    pub(crate) fn parse_offset_datetime(
        &self,
        input: &str,
        calendar: Calendar,
    ) -> Result<Zoned, ParseError> {
        let mut read = Read::default();
        self.read(input, calendar, &mut read)?;
        let invalid = |e: DateError, at: usize| ParseError::new(ParseErrorKind::InvalidDate(e), at);
        let offset = match read.offset {
            Some((seconds, at)) => Some(Offset::from_seconds(seconds).map_err(|e| invalid(e, at))?),
            None => None,
        };
        let has_date = read.year.is_some() || read.short_year.is_some();
        if let (Some((unix, at)), false) = (read.unix, has_date) {
            let instant = Zoned::from_unix_seconds(unix, offset.unwrap_or(Offset::UTC))
                .map_err(|e| invalid(e, at))?;
            return Ok(instant);
        }
        let Some(offset) = offset else {
            return Err(ParseError::new(ParseErrorKind::MissingField(Field::UtcOffset), 0));
        };
        let datetime = match calendar {
            Calendar::Gregorian => {
                let date = self.build_date(&read, GregorianDate::new, gregorian_from_ordinal)?;
                date.at(read.time(self.locale)?).to_jalali()
            }
            _ => {
                let date = self.build_date(&read, JalaliDate::new, JalaliDate::from_ordinal)?;
                date.at(read.time(self.locale)?)
            }
        };
        let instant = datetime.at_offset(offset);
        if let Some((unix, at)) = read.unix {
            if unix != instant.unix_seconds() {
                return Err(ParseError::new(ParseErrorKind::Inconsistent(Field::UnixSeconds), at));
            }
        }
        Ok(instant)
    }

    /// Reads `input` with the program, in `calendar`, into `read`.
    fn read(&self, input: &str, calendar: Calendar, read: &mut Read) -> Result<(), ParseError> {
        ParseError::check_len(input)?;
        if self.program.glues_varying {
            return Err(ParseError::new(ParseErrorKind::AmbiguousPattern, 0));
        }
        self.program.read(self.pattern, (self.locale, calendar, self.count), input, read)
    }
}

impl Program {
    /// Reads `input` with the steps of the program of `pattern` (and its
    /// parts after this one).
    fn read(
        &self,
        pattern: &str,
        cx: (Locale, Calendar, YearCount),
        input: &str,
        read: &mut Read,
    ) -> Result<(), ParseError> {
        if let Some(template) = &self.template {
            if let Some((values, starts, len)) = template.read_prefix(input.as_bytes()) {
                // The template's run, then the steps after it; on any
                // error, the steps from the start, which name it.
                let rest = (template.covers(), len);
                let read_rest = fill(read, template.fields(), values, starts)
                    .and_then(|()| self.read_from(pattern, cx, input, rest, read));
                if read_rest.is_ok() {
                    return Ok(());
                }
                *read = Read::default();
            }
        }
        self.read_from(pattern, cx, input, (0, 0), read)
    }

    /// Runs the steps from step `from` at byte `pos`, and those of the parts
    /// after this one, to the end of the input.
    fn read_from(
        &self,
        pattern: &str,
        cx: (Locale, Calendar, YearCount),
        input: &str,
        (from, pos): (usize, usize),
        read: &mut Read,
    ) -> Result<(), ParseError> {
        let mut pos = self.read_part(pattern, cx, input, (from, pos), read)?;
        let mut next = self.next(pattern);
        while let Some(part) = next {
            pos = part.read_part(pattern, cx, input, (0, pos), read)?;
            next = part.next(pattern);
        }
        if pos < input.len() {
            return Err(ParseError::new(ParseErrorKind::TrailingInput, pos));
        }
        Ok(())
    }

    /// Runs this part's steps from step `from` at byte `pos`: the offset
    /// after them.
    fn read_part(
        &self,
        pattern: &str,
        (locale, calendar, count): (Locale, Calendar, YearCount),
        input: &str,
        (from, mut pos): (usize, usize),
        read: &mut Read,
    ) -> Result<usize, ParseError> {
        let numeric_ordinals = locale.ordinal_suffix(1).is_some();
        for &step in self.steps().get(from..).unwrap_or(&[]) {
            pos = match step.op {
                Op::Text { start, len } => {
                    let text = text_of(pattern, self.base(), start, len);
                    literal(input, pos, text, "the pattern's text")?
                }
                Op::Byte(b) => byte(input, pos, b, "the pattern's text")?,
                Op::Mark(b) => byte(input, pos, b, if b == b':' { "':'" } else { "'-'" })?,
                Op::Name(which) => {
                    let long = matches!(which, Name::Month | Name::Weekday);
                    if let Name::Month | Name::MonthShort = which {
                        let names = name_set::months(locale, calendar, long);
                        let (i, end) = read_name(names, input, pos, "a month name")?;
                        set(&mut read.month, i + 1, pos, Field::Month)?;
                        end
                    } else {
                        let names = name_set::weekdays(locale, long);
                        let (i, end) = read_name(names, input, pos, "a weekday name")?;
                        let weekday = Weekday::from_saturday_zero_offset(i)
                            .map_err(|e| ParseError::new(ParseErrorKind::InvalidDate(e), pos))?;
                        set(&mut read.weekday, weekday, pos, Field::Weekday)?;
                        end
                    }
                }
                Op::Locale(directive) => {
                    let expansion = directive.expansion(locale).unwrap_or("");
                    let part = locale_part(expansion, step);
                    part.read_part(expansion, (locale, calendar, count), input, (0, pos), read)?
                }
                Op::Number { field, width, pad } => {
                    read_number(input, pos, (field, width, pad), step, numeric_ordinals, read)?
                }
                Op::Directive { directive, unpadded } => {
                    let context = Context {
                        unpadded,
                        leave: (step.leave, step.leave_to_space),
                        glued: step.glued(numeric_ordinals),
                    };
                    read_directive(input, pos, directive, context, (locale, calendar, count), read)?
                }
            };
        }
        Ok(pos)
    }
}

/// Stores the numbers a template read, each at the offset where it begins.
fn fill(
    read: &mut Read,
    fields: u16,
    values: [u32; KINDS],
    starts: [u8; KINDS],
) -> Result<(), ParseError> {
    let [year, short, month, day, ordinal, hour, minute, second] = values;
    let at = |field: NumberField| usize::from(starts.get(field as usize).copied().unwrap_or(0));
    let has = |field: NumberField| fields & (1 << field as u8) != 0;
    // Four digits, two, three: the casts are exact.
    if has(NumberField::Year) {
        set(&mut read.year, year as i32, at(NumberField::Year), Field::Year)?;
    }
    if has(NumberField::YearShort) {
        set(&mut read.short_year, short as i32, at(NumberField::YearShort), Field::Year)?;
    }
    if has(NumberField::Month) {
        set(&mut read.month, month as u8, at(NumberField::Month), Field::Month)?;
    }
    if has(NumberField::Day) {
        set(&mut read.day, day as u8, at(NumberField::Day), Field::Day)?;
    }
    if has(NumberField::DayOfYear) {
        set(&mut read.day_of_year, ordinal as u16, at(NumberField::DayOfYear), Field::DayOfYear)?;
    }
    // The steps check these ranges as they read them.
    let range = |v: u32, max: u32, field: Field, at: usize| {
        if v > max {
            let e = DateError::FieldOutOfRange { field, value: v.into(), min: 0, max: max.into() };
            return Err(ParseError::new(ParseErrorKind::InvalidDate(e), at));
        }
        Ok(v as u8)
    };
    if has(NumberField::Hour) {
        let at = at(NumberField::Hour);
        set(&mut read.hour, range(hour, 23, Field::Hour, at)?, at, Field::Hour)?;
    }
    if has(NumberField::Minute) {
        let at = at(NumberField::Minute);
        set(&mut read.minute, range(minute, 59, Field::Minute, at)?, at, Field::Minute)?;
    }
    if has(NumberField::Second) {
        let at = at(NumberField::Second);
        set(&mut read.second, range(second, 59, Field::Second, at)?, at, Field::Second)?;
    }
    Ok(())
}

/// What the reader of a directive knows of the steps around it.
#[derive(Clone, Copy)]
struct Context {
    /// The `-` flag.
    unpadded: bool,
    /// The digits to leave to the padded numbers glued after an unpadded
    /// one, and those before a number padded with a space.
    leave: (u8, u8),
    /// Whether a number stands at once before or after it: in a run of
    /// numbers glued together (`%Y%m%d`), every field keeps its width, or
    /// `1402116` could be 1/16 or 11/6.
    glued: bool,
}

/// Reads the byte `b`.
#[inline]
fn byte(input: &str, pos: usize, b: u8, what: &'static str) -> Result<usize, ParseError> {
    match input.as_bytes().get(pos) {
        Some(&found) if found == b => Ok(pos + 1),
        Some(_) => Err(ParseError::new(ParseErrorKind::Expected(what), pos)),
        None => Err(ParseError::new(ParseErrorKind::UnexpectedEnd, pos)),
    }
}

/// Reads a number step at `pos`: the offset after it.
#[inline]
fn read_number(
    input: &str,
    pos: usize,
    (field, width, pad): (NumberField, u8, Pad),
    step: Step,
    numeric_ordinals: bool,
    read: &mut Read,
) -> Result<usize, ParseError> {
    let unpadded = pad == Pad::None;
    // The padding is optional where no number stands at once before or
    // after, as strptime reads (`1402/1/6` with `%Y/%m/%d`); `%y` keeps its
    // two, and the numbers of `%F` and `%T` their width.
    let optional = match pad {
        Pad::None => true,
        Pad::Fixed => false,
        _ => !step.glued(numeric_ordinals) && field != NumberField::YearShort,
    };
    let (min, max) = if optional { (1, width) } else { (width, width) };
    // An unpadded number leaves the digits of the padded numbers glued
    // after it.
    let max = if unpadded && step.leave > 0 {
        max.min(digits_left(input, pos, (step.leave, step.leave_to_space))).max(min)
    } else {
        max
    };
    // `%e` and `%k` take a space for their padding, else one or two digits.
    let space = pad == Pad::Space;
    let range = if space { (1, max) } else { (min, max) };
    Ok(match field {
        NumberField::Year => {
            let max = if unpadded || !step.number_follows(numeric_ordinals) { 5 } else { 4 };
            read_year(input, pos, min, max, &mut read.year)?
        }
        NumberField::YearShort => {
            let (v, end) = digits(input, pos, min, max)?;
            set(&mut read.short_year, v as i32, pos, Field::Year)?;
            end
        }
        NumberField::Month => {
            let (v, end) = digits(input, pos, min, max)?;
            set(&mut read.month, v as u8, pos, Field::Month)?;
            end
        }
        NumberField::Day => {
            let (v, end) = spaced(input, pos, space, range)?;
            set(&mut read.day, v as u8, pos, Field::Day)?;
            end
        }
        NumberField::DayOfYear => {
            let (v, end) = digits(input, pos, min, max)?;
            set(&mut read.day_of_year, v as u16, pos, Field::DayOfYear)?;
            end
        }
        NumberField::Hour => {
            let (v, end) = spaced(input, pos, space, range)?;
            if v > 23 {
                let e = DateError::FieldOutOfRange {
                    field: Field::Hour,
                    value: v.into(),
                    min: 0,
                    max: 23,
                };
                return Err(ParseError::new(ParseErrorKind::InvalidDate(e), pos));
            }
            set(&mut read.hour, v as u8, pos, Field::Hour)?;
            end
        }
        NumberField::Minute => read_sixty(input, pos, min, max, Field::Minute, &mut read.minute)?,
        NumberField::Second => read_sixty(input, pos, min, max, Field::Second, &mut read.second)?,
    })
}

/// The digits of a number padded with a space (`space`: a space and one
/// digit, or `range` digits), else `range` digits.
#[inline]
fn spaced(
    input: &str,
    pos: usize,
    space: bool,
    (min, max): (u8, u8),
) -> Result<(u32, usize), ParseError> {
    if space && input.as_bytes().get(pos) == Some(&b' ') {
        digits(input, pos + 1, 1, 1)
    } else {
        digits(input, pos, min, max)
    }
}

/// Reads a directive (or the number a step stands for) at `pos`: the offset
/// after it.
fn read_directive(
    input: &str,
    pos: usize,
    directive: Directive,
    Context { unpadded, leave, glued }: Context,
    (locale, calendar, count): (Locale, Calendar, YearCount),
    read: &mut Read,
) -> Result<usize, ParseError> {
    let width = directive.width().unwrap_or(1);
    // The padding is optional where no number stands at once before or
    // after, as strptime reads (`1402/1/6` with `%Y/%m/%d`); `%y` keeps
    // its two.
    let optional = unpadded || (!glued && directive != Directive::YearShort);
    let (min, max) = if optional { (1, width) } else { (width, width) };
    let max = if unpadded && leave.0 > 0 {
        max.min(digits_left(input, pos, leave)).max(min)
    } else {
        max
    };
    let number = |min, max| digits(input, pos, min, max);
    Ok(match directive {
        Directive::Century => {
            // A negative century has three digits, as `%C` writes it.
            let negative = input.get(pos..).is_some_and(|r| r.starts_with('-'));
            let (min, max) = match (negative, optional) {
                (true, true) => (1, 3),
                (true, false) => (3, 3),
                (false, _) => (min, max),
            };
            let (v, end) = digits(input, pos + usize::from(negative), min, max)?;
            let century = if negative { -(v as i32) } else { v as i32 };
            set(&mut read.century, century, pos, Field::Year)?;
            end
        }
        // Steps of their own: numbers (`read_number`), names, and the
        // steps these stand for.
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
        | Directive::Iso
        | Directive::HourMinute
        | Directive::HourMinuteSecond
        | Directive::MonthName
        | Directive::MonthShort
        | Directive::Weekday
        | Directive::WeekdayShort
        | Directive::LocaleDate
        | Directive::LocaleTime
        | Directive::LocaleDateTime
        | Directive::SlashDate
        | Directive::Time12
        | Directive::Newline
        | Directive::Tab => {
            return Err(ParseError::new(ParseErrorKind::Expected("a pattern"), pos));
        }
        Directive::Week => {
            let (v, end) = number(min, max)?;
            set(&mut read.week, v as u8, pos, Field::WeekOfYear)?;
            end
        }
        // As `%Y`: a sign, and a fifth digit where no number follows.
        Directive::WeekYear => {
            read_year(input, pos, min, if glued { max } else { 5 }, &mut read.week_year)?
        }
        Directive::YearWeek => {
            let (v, end) = number(min, max)?;
            set(&mut read.year_week, v as u8, pos, Field::WeekOfYear)?;
            end
        }
        Directive::YearWords => {
            let rest = input.get(pos..).unwrap_or("");
            let Some((year, len)) = crate::text::words::read_cardinal(rest) else {
                let kind = if rest.is_empty() {
                    ParseErrorKind::UnexpectedEnd
                } else {
                    ParseErrorKind::Expected("a year in words")
                };
                return Err(ParseError::new(kind, pos));
            };
            let year = i32::try_from(year)
                .map_err(|_| ParseError::new(ParseErrorKind::Expected("a year in words"), pos))?;
            set(&mut read.year, year, pos, Field::Year)?;
            pos + len
        }
        Directive::Quarter => {
            let (v, end) = number(1, 1)?;
            set(&mut read.quarter, v as u8, pos, Field::Quarter)?;
            end
        }
        Directive::Season => {
            let (i, end) = read_name(name_set::seasons_of(locale), input, pos, "a season name")?;
            set(&mut read.season, i + 1, pos, Field::Quarter)?;
            end
        }
        Directive::WeekdayFromOne | Directive::WeekdayFromZero => {
            let (v, end) = number(1, 1)?;
            let weekday = if directive == Directive::WeekdayFromOne {
                Weekday::from_saturday_one_offset(v as u8)
            } else {
                Weekday::from_saturday_zero_offset(v as u8)
            }
            .map_err(|e| ParseError::new(ParseErrorKind::InvalidDate(e), pos))?;
            set(&mut read.weekday, weekday, pos, Field::Weekday)?;
            end
        }
        Directive::Ordinal => {
            let (day, end) = if locale.ordinal_suffix(1).is_none() {
                let (i, end) = longest_name(&[&names::ORDINALS_FA], input, pos, "an ordinal")?;
                (i as u8 + 1, end)
            } else {
                let (v, end) = number(1, 2)?;
                let suffix = locale.ordinal_suffix(v as u8).unwrap_or("");
                (v as u8, literal(input, end, suffix, "an ordinal suffix")?)
            };
            set(&mut read.day, day, pos, Field::Day)?;
            end
        }
        Directive::Era => literal(input, pos, locale.era_in(calendar, count), "the era")?,
        Directive::Percent => literal(input, pos, "%", "'%'")?,
        Directive::Hour12 | Directive::Hour12Space => {
            let space = directive == Directive::Hour12Space && !unpadded;
            let (v, end) = spaced(input, pos, space, if space { (1, max) } else { (min, max) })?;
            if !(1..=12).contains(&v) {
                let e = DateError::FieldOutOfRange {
                    field: Field::Hour,
                    value: v.into(),
                    min: 1,
                    max: 12,
                };
                return Err(ParseError::new(ParseErrorKind::InvalidDate(e), pos));
            }
            set(&mut read.hour12, v as u8, pos, Field::Hour)?;
            end
        }
        Directive::Fraction(precision) => read_fraction(input, pos, precision, read)?,
        Directive::DotFraction(precision) => {
            let rest = input.get(pos..).unwrap_or("");
            match rest.chars().next() {
                Some(c @ ('.' | ',' | '\u{066B}')) => {
                    read_fraction(input, pos + c.len_utf8(), precision, read)?
                }
                _ if precision == 0 => {
                    set(&mut read.nanos, 0, pos, Field::Nanosecond)?;
                    pos
                }
                _ => literal(input, pos, ".", "a decimal mark")?,
            }
        }
        Directive::AmPm | Directive::AmPmLower => {
            let lower = directive == Directive::AmPmLower;
            let table = [locale.am_pm(false, lower), locale.am_pm(true, lower)];
            let (i, end) = longest_name(&[&table], input, pos, "a before- or after-noon marker")?;
            set(&mut read.pm, i == 1, pos, Field::Hour)?;
            end
        }
        Directive::DayPeriod => {
            let table: [&'static str; 24] = core::array::from_fn(|h| locale.day_period(h as u8));
            let (i, end) = longest_name(&[&table], input, pos, "a period of the day")?;
            let name = table.get(i).copied().unwrap_or("");
            read.period = Some((name, pos));
            end
        }
        Directive::Offset(colons) => {
            let (seconds, end) = read_offset(input, pos, colons)?;
            set(&mut read.offset, seconds, pos, Field::UtcOffset)?;
            end
        }
        Directive::ZoneName => {
            let rest = input.get(pos..).unwrap_or("");
            let (seconds, end) =
                if rest.starts_with("UTC") { (0, pos + 3) } else { read_offset(input, pos, 3)? };
            set(&mut read.offset, seconds, pos, Field::UtcOffset)?;
            end
        }
        Directive::UnixSeconds => {
            let negative = input.get(pos..).is_some_and(|r| r.starts_with('-'));
            let start = pos + usize::from(negative);
            let (hi, mid) = digits(input, start, 1, 6)?;
            let (value, end) = match digits(input, mid, 1, 7) {
                Ok((lo, end)) => {
                    // Digits, not bytes: Persian digits take two.
                    let n = input.get(mid..end).map_or(0, |t| t.chars().count()) as u32;
                    (i64::from(hi) * 10i64.pow(n) + i64::from(lo), end)
                }
                Err(_) => (i64::from(hi), mid),
            };
            set(&mut read.unix, if negative { -value } else { value }, pos, Field::UnixSeconds)?;
            end
        }
    })
}

/// Reads a minute or a second, 0..=59.
fn read_sixty(
    input: &str,
    pos: usize,
    min: u8,
    max: u8,
    field: Field,
    slot: &mut Option<(u8, usize)>,
) -> Result<usize, ParseError> {
    let (v, end) = digits(input, pos, min, max)?;
    if v > 59 {
        let e = DateError::FieldOutOfRange { field, value: v.into(), min: 0, max: 59 };
        return Err(ParseError::new(ParseErrorKind::InvalidDate(e), pos));
    }
    set(slot, v as u8, pos, field)?;
    Ok(end)
}

/// Reads the digits of a fraction of a second: exactly `precision`, or
/// one to nine when it is 0.
fn read_fraction(
    input: &str,
    pos: usize,
    precision: u8,
    read: &mut Read,
) -> Result<usize, ParseError> {
    let (min, max) = if precision == 0 { (1, 9) } else { (precision, precision) };
    let (v, end) = digits(input, pos, min, max)?;
    // Count the digits read (each one to two bytes).
    let n = input.get(pos..end).map_or(0, |t| t.chars().count()) as u32;
    let nanos = v * 10u32.pow(9u32.saturating_sub(n));
    set(&mut read.nanos, nanos, pos, Field::Nanosecond)?;
    Ok(end)
}

/// Reads an offset as `%z` (`colons` 0: `+HHMM[SS]`), `%:z` (1:
/// `+HH:MM[:SS]`), `%::z` (2: `+HH:MM:SS`), or any of them (3), after an
/// optional left-to-right mark; the sign may be `-` or `−` (U+2212).
fn read_offset(input: &str, pos: usize, colons: u8) -> Result<(i32, usize), ParseError> {
    let mut at = pos;
    let rest = |at: usize| input.get(at..).unwrap_or("");
    if rest(at).starts_with('\u{200E}') {
        at += '\u{200E}'.len_utf8();
    }
    let negative = match rest(at).chars().next() {
        Some('+') => false,
        Some(c @ ('-' | '\u{2212}')) => {
            at += c.len_utf8() - 1;
            true
        }
        Some(_) => return Err(ParseError::new(ParseErrorKind::Expected("an offset sign"), at)),
        None => return Err(ParseError::new(ParseErrorKind::UnexpectedEnd, at)),
    };
    let (hours, mut end) = digits(input, at + 1, 2, 2)?;
    let colon = rest(end).starts_with(':');
    let wants_colon = match colons {
        0 => Some(false),
        1 | 2 => Some(true),
        _ => None,
    };
    let mut minutes = 0;
    let mut seconds = 0;
    if wants_colon.unwrap_or(colon) == colon
        && (colon || rest(end).starts_with(|c: char| digit_value(c).is_some()))
    {
        end += usize::from(colon);
        let (m, e) = digits(input, end, 2, 2)?;
        minutes = m;
        end = e;
        let more = if colon {
            rest(end).starts_with(':')
        } else {
            rest(end).starts_with(|c: char| digit_value(c).is_some())
        };
        if more || colons == 2 {
            end = if colon { literal(input, end, ":", "':' and seconds")? } else { end };
            let (sec, e) = digits(input, end, 2, 2)?;
            seconds = sec;
            end = e;
        }
    } else if wants_colon == Some(true) || colons == 0 {
        return Err(ParseError::new(ParseErrorKind::Expected("the minutes of the offset"), end));
    }
    if minutes > 59 || seconds > 59 {
        return Err(ParseError::new(ParseErrorKind::Expected("minutes and seconds below 60"), pos));
    }
    let total = (hours * 3600 + minutes * 60 + seconds) as i32;
    let total = if negative { -total } else { total };
    if crate::Offset::from_seconds(total).is_err() {
        let e = DateError::FieldOutOfRange {
            field: Field::UtcOffset,
            value: total.into(),
            min: -93_599,
            max: 93_599,
        };
        return Err(ParseError::new(ParseErrorKind::InvalidDate(e), pos));
    }
    Ok((total, end))
}

/// The Gregorian date of a day of the year.
fn gregorian_from_ordinal(y: i32, n: u16) -> Result<GregorianDate, DateError> {
    let first = GregorianDate::new(y, 1, 1)?;
    let out_of_range = DateError::FieldOutOfRange {
        field: Field::DayOfYear,
        value: n.into(),
        min: 1,
        max: if first.is_leap_year() { 366 } else { 365 },
    };
    match first.checked_add_days(i32::from(n) - 1) {
        Some(d) if n >= 1 && d.year() == y => Ok(d),
        _ => Err(out_of_range),
    }
}

impl Read {
    /// The time of day the fields give: an hour (`%H`, or `%I` with `%p`
    /// or a period of the day `%q`), and minutes, seconds and a fraction
    /// where the pattern has them (else 0).
    fn time(&self, locale: Locale) -> Result<Time, ParseError> {
        let missing = ParseError::new(ParseErrorKind::MissingField(Field::Hour), 0);
        let inconsistent = |at| ParseError::new(ParseErrorKind::Inconsistent(Field::Hour), at);
        let from12 = |h12: u8, pm: bool| h12 % 12 + if pm { 12 } else { 0 };
        let hour = match (self.hour, self.hour12, self.pm, self.period) {
            (Some((h, _)), twelve, pm, _) => {
                if let Some((h12, at)) = twelve {
                    if from12(h12, h >= 12) != h {
                        return Err(inconsistent(at));
                    }
                }
                if let Some((pm, at)) = pm {
                    if pm != (h >= 12) {
                        return Err(inconsistent(at));
                    }
                }
                h
            }
            (None, Some((h12, _)), Some((pm, _)), _) => from12(h12, pm),
            (None, Some((h12, at)), None, Some((name, _))) => {
                // The hour of the twelve-hour clock in that period.
                let fits = |h: u8| locale.day_period(h) == name;
                match (fits(from12(h12, false)), fits(from12(h12, true))) {
                    (true, false) => from12(h12, false),
                    (false, true) => from12(h12, true),
                    _ => return Err(inconsistent(at)),
                }
            }
            _ => return Err(missing),
        };
        if let Some((name, at)) = self.period {
            if locale.day_period(hour) != name {
                return Err(inconsistent(at));
            }
        }
        let minute = self.minute.map_or(0, |m| m.0);
        let second = self.second.map_or(0, |s| s.0);
        let nanos = self.nanos.map_or(0, |n| n.0);
        Time::new_with_nanos(hour, minute, second, nanos)
            .map_err(|e| ParseError::new(ParseErrorKind::InvalidDate(e), 0))
    }
}

/// Reads `["-"] min..=max digits` as the year.
fn read_year(
    input: &str,
    pos: usize,
    min: u8,
    max: u8,
    slot: &mut Option<(i32, usize)>,
) -> Result<usize, ParseError> {
    let negative = input.as_bytes().get(pos) == Some(&b'-');
    let (v, end) = digits(input, pos + usize::from(negative), min, max)?;
    // At most five digits: fits an i32.
    let year = if negative { -(v as i32) } else { v as i32 };
    set(slot, year, pos, Field::Year)?;
    Ok(end)
}
