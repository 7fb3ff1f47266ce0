//! The lenient reader: dates as people write them.

use core::fmt;

use super::text::{CharSet, Cursor, Keyed, is_letter};
use crate::arith::calc::nearest_with_last_digits;
use crate::hijri::{AnyCalendar, HijriDate};
use crate::rule::{Official, Rule};
use crate::{
    Calendar, DateError, Field, GregorianDate, JalaliDate, ParseError, ParseErrorKind, Weekday,
    names,
};

/// The calendar a caller expects a date in.
///
/// # Example
///
/// ```
/// use shamsi::parse::{Expect, Lenient, Parsed};
/// use shamsi::{GregorianDate, JalaliDate};
///
/// let auto = Lenient::new();
/// assert_eq!(auto.parse("1402/11/06")?, Parsed::Jalali(JalaliDate::new(1402, 11, 6)?));
/// assert_eq!(auto.parse("2024/01/26")?, Parsed::Gregorian(GregorianDate::new(2024, 1, 26)?));
/// let gregorian = Lenient::new().expecting(Expect::Gregorian);
/// assert_eq!(gregorian.parse("1402/11/06")?, Parsed::Gregorian(GregorianDate::new(1402, 11, 6)?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expect {
    /// Whatever the text says: a month name or an era decides, and a date
    /// of numbers only is Solar Hijri when its year is below
    /// [`GREGORIAN_FROM`](Lenient::GREGORIAN_FROM) (1700), else Gregorian.
    #[default]
    Auto,
    /// A Solar Hijri date: numbers are read as one, and a date the text
    /// marks as of another calendar is an error.
    Jalali,
    /// A Gregorian date: numbers are read as one, and a date the text marks
    /// as of another calendar is an error.
    Gregorian,
}

/// The lenient reader's settings: the calendar expected and a pivot year
/// for two-digit years. See [the module documentation](super) for the
/// grammar.
///
/// # Example
///
/// ```
/// use shamsi::parse::{Lenient, Parsed};
/// use shamsi::{JalaliDate, ParseErrorKind};
///
/// let date = JalaliDate::new(1402, 11, 6)?;
/// assert_eq!(Lenient::new().parse("جمعه ۶ بهمن ماه ١۴٠٢")?, Parsed::Jalali(date));
/// assert_eq!(Lenient::new().parse("96/9/5").unwrap_err().kind(), ParseErrorKind::TwoDigitYear);
/// let pivoted = Lenient::new().with_pivot(1400);
/// assert_eq!(pivoted.parse("96/9/5")?, Parsed::Jalali(JalaliDate::new(1396, 9, 5)?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Lenient {
    expect: Expect,
    pivot: Option<i32>,
    order: Option<FieldOrder>,
    hijri: Option<AnyCalendar>,
}

/// The order of the fields of a date written in numbers only, chosen by the
/// caller ([`Lenient::with_order`]).
///
/// Without one, the lenient reader reads a four-digit year first as
/// year-month-day (`1402/11/06`: Iranian usage, and what every library and
/// form writes; none writes year-day-month). A year last in Persian or
/// Arabic-Indic digits is day-month-year (`۰۶/۱۱/۱۴۰۲`): Persian and Dari
/// usage is never month-first, and no library writes month first in those
/// digits. A year last in Latin digits is day-month-year or month-day-year
/// only when the values show which: `29/6/1306` (a day over 12 first) or
/// `6/29/1306`; where both readings make a date (`3/2/1377`: 3 Ordibehesht
/// or 2 Khordad, and Intl's `en` and date-fns's `en-US` write month first),
/// it is an
/// [`AmbiguousDayMonth`](crate::ParseErrorKind::AmbiguousDayMonth) error, not
/// a guess: Intl's `en` short style writes month first, Iranian forms day
/// first.
///
/// # Example
///
/// ```
/// use shamsi::parse::{FieldOrder, Lenient, Parsed};
/// use shamsi::{JalaliDate, ParseErrorKind};
///
/// assert_eq!(Lenient::new().parse("۰۶/۱۱/۱۴۰۲")?, Parsed::Jalali(JalaliDate::new(1402, 11, 6)?));
/// let err = Lenient::new().parse("3/2/1377").unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::AmbiguousDayMonth { first: 3, second: 2 });
/// let mdy = Lenient::new().with_order(FieldOrder::MonthDayYear);
/// assert_eq!(mdy.parse("3/2/1377 AP")?, Parsed::Jalali(JalaliDate::new(1377, 3, 2)?));
/// let dmy = Lenient::new().with_order(FieldOrder::DayMonthYear);
/// assert_eq!(dmy.parse("3/2/1377")?, Parsed::Jalali(JalaliDate::new(1377, 2, 3)?));
/// assert_eq!(Lenient::new().parse("29/6/1306")?, Parsed::Jalali(JalaliDate::new(1306, 6, 29)?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldOrder {
    /// `1402/11/06`.
    YearMonthDay,
    /// `06/11/1402`.
    DayMonthYear,
    /// `11/06/1402`, as Intl's `en` short style and date-fns's `en-US` write.
    MonthDayYear,
}

/// What the lenient reader found: a date, or a partial date.
///
/// # Example
///
/// ```
/// use shamsi::parse::{parse_lenient, Parsed};
/// use shamsi::{Calendar, GregorianDate};
///
/// let parsed = parse_lenient("۲۶ ژانویه ۲۰۲۴")?;
/// assert_eq!(parsed, Parsed::Gregorian(GregorianDate::new(2024, 1, 26)?));
/// assert_eq!(parsed.jalali().map(|d| d.to_string()), Some("1402-11-06".into()));
/// let Parsed::Partial(p) = parse_lenient("۱۹ مهر")? else { panic!() };
/// assert_eq!((p.calendar(), p.year(), p.month(), p.day()), (Calendar::Jalali, None, 7, Some(19)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Parsed<R: Rule = Official> {
    /// A full Solar Hijri date.
    Jalali(JalaliDate<R>),
    /// A full Gregorian date.
    Gregorian(GregorianDate),
    /// A month with a day but no year (`۱۹ مهر`), or with a year but no day
    /// (`آذرماه سال ۱۴۰۲`): not a date, nothing to convert.
    Partial(PartialDate),
    /// A full lunar Hijri date, in the calendar given to
    /// [`Lenient::with_hijri`] (without it a lunar date is an error).
    Hijri(HijriDate<AnyCalendar>),
}

impl<R: Rule> Parsed<R> {
    /// The date in the Solar Hijri calendar (converted from a Gregorian
    /// one), or `None` for a partial date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::parse_lenient;
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(parse_lenient("14 March 2022")?.jalali(), Some(JalaliDate::new(1400, 12, 23)?));
    /// assert_eq!(parse_lenient("۲۳ اسفند")?.jalali(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn jalali(self) -> Option<JalaliDate<R>> {
        match self {
            Parsed::Jalali(d) => Some(d),
            Parsed::Gregorian(g) => R::VALUE.from_gregorian(g).ok(),
            Parsed::Hijri(h) => R::VALUE.from_gregorian(h.to_gregorian()).ok(),
            Parsed::Partial(_) => None,
        }
    }

    /// The date in the Gregorian calendar (converted from a Solar Hijri
    /// one), or `None` for a partial date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::parse_lenient;
    /// use shamsi::GregorianDate;
    ///
    /// assert_eq!(parse_lenient("۶ بهمن ۱۴۰۲")?.gregorian(), Some(GregorianDate::new(2024, 1, 26)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn gregorian(self) -> Option<GregorianDate> {
        match self {
            Parsed::Jalali(d) => Some(d.to_gregorian()),
            Parsed::Gregorian(g) => Some(g),
            Parsed::Hijri(h) => Some(h.to_gregorian()),
            Parsed::Partial(_) => None,
        }
    }

    /// The calendar the text is in.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::parse_lenient;
    /// use shamsi::Calendar;
    ///
    /// assert_eq!(parse_lenient("۱۵ اگست ۲۰۲۱")?.calendar(), Calendar::Gregorian);
    /// assert_eq!(parse_lenient("۳ سنبله")?.calendar(), Calendar::Jalali);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn calendar(self) -> Calendar {
        match self {
            Parsed::Jalali(_) => Calendar::Jalali,
            Parsed::Gregorian(_) => Calendar::Gregorian,
            Parsed::Hijri(_) => Calendar::LunarHijri,
            Parsed::Partial(p) => p.calendar(),
        }
    }
}

/// A date missing its year or its day, as read from text: `۱۹ مهر`,
/// `آذرماه سال ۱۴۰۲`.
///
/// The month is always there; exactly one of the year and the day is
/// missing.
///
/// # Example
///
/// ```
/// use shamsi::parse::{parse_lenient, Parsed};
/// use shamsi::Calendar;
///
/// let Parsed::Partial(p) = parse_lenient("آذرماه سال ۱۴۰۲")? else { panic!() };
/// assert_eq!((p.year(), p.month(), p.day()), (Some(1402), 9, None));
/// assert_eq!(p.to_string(), "jalali 1402-09");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    calendar: Calendar,
    year: Option<i32>,
    month: u8,
    day: Option<u8>,
}

impl PartialDate {
    pub(crate) const fn new(
        calendar: Calendar,
        year: Option<i32>,
        month: u8,
        day: Option<u8>,
    ) -> Self {
        PartialDate { calendar, year, month, day }
    }

    /// The calendar the month belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::parse_lenient;
    /// use shamsi::Calendar;
    ///
    /// assert_eq!(parse_lenient("۱۵ آگوست")?.calendar(), Calendar::Gregorian);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn calendar(self) -> Calendar {
        self.calendar
    }

    /// The year, if the text gave one.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{parse_lenient, Parsed};
    ///
    /// let Parsed::Partial(p) = parse_lenient("۳ سنبله")? else { panic!() };
    /// assert_eq!(p.year(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn year(self) -> Option<i32> {
        self.year
    }

    /// The month, 1..=12.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{parse_lenient, Parsed};
    ///
    /// let Parsed::Partial(p) = parse_lenient("۳ سنبله")? else { panic!() };
    /// assert_eq!(p.month(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, if the text gave one.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{parse_lenient, Parsed};
    ///
    /// let Parsed::Partial(p) = parse_lenient("۳ سنبله")? else { panic!() };
    /// assert_eq!(p.day(), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn day(self) -> Option<u8> {
        self.day
    }
}

impl fmt::Display for PartialDate {
    /// Writes the calendar and the fields there are: `jalali 1402-09`,
    /// `jalali --07-19` (ISO 8601's form for a month and day).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.calendar)?;
        match (self.year, self.day) {
            (Some(y), _) => write!(f, "{y:04}-{:02}", self.month),
            (None, Some(d)) => write!(f, "--{:02}-{d:02}", self.month),
            (None, None) => write!(f, "--{:02}", self.month),
        }
    }
}

/// Reads a date as people write it, in whatever calendar the text says
/// ([`Expect::Auto`]) and without a pivot year: `Lenient::new().parse(input)`.
///
/// # Errors
///
/// As [`Lenient::parse`].
///
/// # Example
///
/// ```
/// use shamsi::parse::{parse_lenient, Parsed};
/// use shamsi::JalaliDate;
///
/// let want = Parsed::Jalali(JalaliDate::new(1402, 11, 22)?);
/// assert_eq!(parse_lenient("بیستودوم بهمن ۱۴۰۲")?, want);
/// assert_eq!(parse_lenient("١۴٠٢/١١/٢٢")?, want);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_lenient(input: &str) -> Result<Parsed, ParseError> {
    Lenient::new().parse(input)
}

impl Lenient {
    /// Numeric dates read with [`Expect::Auto`] are Gregorian from this year
    /// on, Solar Hijri below it.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::Lenient;
    ///
    /// assert_eq!(Lenient::GREGORIAN_FROM, 1700);
    /// ```
    pub const GREGORIAN_FROM: i32 = 1700;

    /// Settings for any calendar and no pivot year.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{Expect, Lenient};
    ///
    /// assert_eq!(Lenient::new().expected(), Expect::Auto);
    /// ```
    pub const fn new() -> Self {
        Lenient { expect: Expect::Auto, pivot: None, order: None, hijri: None }
    }

    /// The same settings, expecting `calendar`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{Expect, Lenient};
    /// use shamsi::{Calendar, ParseErrorKind};
    ///
    /// let err = Lenient::new().expecting(Expect::Jalali).parse("۲۶ ژانویه ۲۰۲۴").unwrap_err();
    /// assert_eq!(
    ///     err.kind(),
    ///     ParseErrorKind::CalendarMismatch { expected: Calendar::Jalali, found: Calendar::Gregorian }
    /// );
    /// ```
    #[must_use]
    pub const fn expecting(self, calendar: Expect) -> Self {
        Lenient { expect: calendar, ..self }
    }

    /// The same settings, reading lunar Hijri dates (`۱۰ ذوالحجه ۱۴۴۵`,
    /// `۱۷ شعبان ۱۴۴۳ ه.ق`) in `calendar` as [`Parsed::Hijri`], instead of
    /// refusing them with [`LunarHijri`](ParseErrorKind::LunarHijri). A
    /// lunar date without its year is a [`Parsed::Partial`]; a two-digit
    /// lunar year is an error.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::AnyCalendar;
    /// use shamsi::parse::{Lenient, Parsed};
    ///
    /// let lenient = Lenient::new().with_hijri("iran".parse::<AnyCalendar>()?);
    /// let Parsed::Hijri(date) = lenient.parse("۱۴ رجب ۱۴۴۵ ه‍.ق.")? else { panic!() };
    /// assert_eq!(date.to_gregorian().to_string(), "2024-01-26");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_hijri(self, calendar: AnyCalendar) -> Self {
        Lenient { hijri: Some(calendar), ..self }
    }

    /// The same settings with a pivot year, a Solar Hijri year such as the
    /// current one: a two-digit year is read as the year ending in those
    /// digits nearest the pivot (`pivot - 50 ..= pivot + 49`), or, for a
    /// Gregorian date, nearest `pivot + 621`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{Lenient, Parsed};
    /// use shamsi::GregorianDate;
    ///
    /// let parsed = Lenient::new().with_pivot(1380).parse("3 فوریه 82")?;
    /// assert_eq!(parsed, Parsed::Gregorian(GregorianDate::new(1982, 2, 3)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_pivot(self, pivot: i32) -> Self {
        Lenient { pivot: Some(pivot), ..self }
    }

    /// The same settings with the field order of dates written in numbers
    /// only (see [`FieldOrder`]); a date in another order is an error.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{FieldOrder, Lenient, Parsed};
    /// use shamsi::JalaliDate;
    ///
    /// let dmy = Lenient::new().with_order(FieldOrder::DayMonthYear);
    /// assert_eq!(dmy.parse("۰۶/۱۱/۱۴۰۲")?, Parsed::Jalali(JalaliDate::new(1402, 11, 6)?));
    /// assert!(dmy.parse("1402/11/06").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_order(self, order: FieldOrder) -> Self {
        Lenient { order: Some(order), ..self }
    }

    /// The calendar expected.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{Expect, Lenient};
    ///
    /// assert_eq!(Lenient::new().expecting(Expect::Gregorian).expected(), Expect::Gregorian);
    /// ```
    pub const fn expected(&self) -> Expect {
        self.expect
    }

    /// Reads `input` as a date (Solar Hijri dates by the official rule).
    ///
    /// The whole input must be one date, with at most a weekday, an era
    /// and spaces around it; see [the module documentation](super) for the
    /// grammar. Nothing is allocated.
    ///
    /// # Errors
    ///
    /// A [`ParseError`] with the byte offset of the problem:
    /// [`Empty`](ParseErrorKind::Empty),
    /// [`NoDate`](ParseErrorKind::NoDate) (a month or a number alone),
    /// [`Expected`](ParseErrorKind::Expected) (an unknown word where a month
    /// name should be, an empty field),
    /// [`TrailingInput`](ParseErrorKind::TrailingInput),
    /// [`UnsupportedDigit`](ParseErrorKind::UnsupportedDigit),
    /// [`TooManyDigits`](ParseErrorKind::TooManyDigits),
    /// [`TwoDigitYear`](ParseErrorKind::TwoDigitYear) without a pivot,
    /// [`AmbiguousOrder`](ParseErrorKind::AmbiguousOrder),
    /// [`InvalidDate`](ParseErrorKind::InvalidDate) (`1402/12/30`,
    /// `۳۱ بهمن ۱۴۰۲`), [`WeekdayMismatch`](ParseErrorKind::WeekdayMismatch),
    /// [`LunarHijri`](ParseErrorKind::LunarHijri),
    /// [`CalendarConflict`](ParseErrorKind::CalendarConflict) (a Solar Hijri
    /// month with `میلادی`) and
    /// [`CalendarMismatch`](ParseErrorKind::CalendarMismatch).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::Lenient;
    /// use shamsi::{ParseErrorKind, Weekday};
    ///
    /// let err = Lenient::new().parse("جمعه ۷ بهمن ۱۴۰۲").unwrap_err();
    /// assert_eq!(
    ///     err.kind(),
    ///     ParseErrorKind::WeekdayMismatch { stated: Weekday::Friday, actual: Weekday::Saturday }
    /// );
    /// assert_eq!(err.offset(), 0);
    /// let err = Lenient::new().parse("رجب ۱۴۴۵").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::LunarHijri);
    /// ```
    pub fn parse(&self, input: &str) -> Result<Parsed, ParseError> {
        self.parse_in(Official, input)
    }

    /// Reads `input` as a date, Solar Hijri dates by `rule`.
    ///
    /// # Errors
    ///
    /// As [`Lenient::parse`]; whether a day exists (30 Esfand) follows
    /// `rule`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::{Lenient, Parsed};
    /// use shamsi::rule::Rule33;
    /// use shamsi::JalaliDate;
    ///
    /// // 1502 is leap in the 33-year rule, not in the official calendar.
    /// assert!(Lenient::new().parse("30 اسفند 1502").is_err());
    /// let parsed = Lenient::new().parse_in(Rule33, "30 اسفند 1502")?;
    /// assert_eq!(parsed, Parsed::Jalali(JalaliDate::new_in(Rule33, 1502, 12, 30)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_in<R: Rule>(&self, rule: R, input: &str) -> Result<Parsed<R>, ParseError> {
        ParseError::check_len(input)?;
        if let Some(parsed) = self.numeric_ymd(rule, input) {
            return Ok(parsed);
        }
        self.parse_grammar(rule, input)
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD` (a four-digit year, one or two digits
    /// for the month and the day, the same separator twice, digits of any of
    /// the three sets), the form most lines of data are in, read at once as
    /// the grammar reads it: `None` for anything else, and for a date that
    /// does not exist, whose error the grammar names.
    #[inline]
    fn numeric_ymd<R: Rule>(&self, rule: R, input: &str) -> Option<Parsed<R>> {
        // A lunar calendar to read, or an order other than the year's first,
        // is the grammar's.
        if self.hijri.is_some() || !matches!(self.order, None | Some(FieldOrder::YearMonthDay)) {
            return None;
        }
        let bytes = input.as_bytes();
        let mut at = 0usize;
        // One digit of any set: its value, and the offset after it.
        let digit = |at: usize| -> Option<(u32, usize)> {
            match *bytes.get(at)? {
                b @ b'0'..=b'9' => Some((u32::from(b - b'0'), at + 1)),
                lead @ (0xDB | 0xD9) => {
                    let d = crate::format::Digits::wide_value(lead, *bytes.get(at + 1)?)?;
                    Some((u32::from(d), at + 2))
                }
                _ => None,
            }
        };
        let mut year = 0;
        for _ in 0..4 {
            let (d, next) = digit(at)?;
            year = year * 10 + d;
            at = next;
        }
        // A year of four digits from 1000: the grammar reads `0999` alike,
        // but this path need not.
        let separator = *bytes.get(at)?;
        if year < 1000 || !matches!(separator, b'-' | b'/') {
            return None;
        }
        let number = |mut at: usize| -> Option<(u8, usize)> {
            let (first, next) = digit(at)?;
            at = next;
            match digit(at) {
                Some((second, next)) => Some(((first * 10 + second) as u8, next)),
                None => Some((first as u8, at)),
            }
        };
        let (month, after) = number(at + 1)?;
        if bytes.get(after) != Some(&separator) {
            return None;
        }
        let (day, end) = number(after + 1)?;
        if end != bytes.len() {
            return None;
        }
        // Four digits: the cast is exact.
        let year = year as i32;
        let gregorian = match self.expect {
            Expect::Jalali => false,
            Expect::Gregorian => true,
            Expect::Auto => year >= Self::GREGORIAN_FROM,
        };
        if gregorian {
            GregorianDate::new(year, month, day).ok().map(Parsed::Gregorian)
        } else {
            JalaliDate::new_in(rule, year, month, day).ok().map(Parsed::Jalali)
        }
    }

    /// [`Lenient::parse_in`] by the grammar alone, without the numeric
    /// shortcut: for the tests and fuzzing that compare the two.
    #[cfg(any(test, fuzzing))]
    #[doc(hidden)]
    pub fn parse_by_grammar_in<R: Rule>(
        &self,
        rule: R,
        input: &str,
    ) -> Result<Parsed<R>, ParseError> {
        ParseError::check_len(input)?;
        self.parse_grammar(rule, input)
    }

    /// The grammar.
    fn parse_grammar<R: Rule>(&self, rule: R, input: &str) -> Result<Parsed<R>, ParseError> {
        let ctx = Ctx { order: self.order, ..Ctx::WHOLE };
        let cur = Cursor::new(input, 0).skip_spaces(usize::MAX).0;
        if cur.at_end() {
            return Err(ParseError::new(ParseErrorKind::Empty, input.len()));
        }
        // The date may stand in brackets or quotes: `(۶ بهمن ماه ١۴٠٢)`.
        let brackets = [('(', ')'), ('[', ']'), ('«', '»'), ('"', '"')];
        let (close, cur) = match brackets.iter().find_map(|&(o, c)| Some((c, cur.eat(o)?))) {
            Some((c, after)) => (Some(c), after.skip_spaces(usize::MAX).0),
            None => (None, cur),
        };
        // An era first, as Intl's `ps-AF` writes it (`AP ۱۳۱۰ چنگاښ ۱۴`).
        let (leading_era, cur) = match era_word(cur) {
            Some((calendar, after)) if after.skip_spaces(usize::MAX).1 > 0 => {
                (Some((calendar, cur.offset())), after.skip_spaces(usize::MAX).0)
            }
            _ => (None, cur),
        };
        let (mut weekday, after_weekday) = leading_weekday(cur, ctx);
        let pivot = self.pivot.is_some();
        // A dateline with the year first and the weekday between.
        let dateline = if weekday.is_none() { year_weekday_first(cur, ctx) } else { None };
        let core = if let Some((core, w)) = dateline {
            weekday = Some(w);
            core
        } else {
            match read_core(after_weekday, ctx, pivot) {
                Ok(core) => core,
                // A word that is both a weekday and a month (`Sha`: Saturday
                // in persiantools, Shahrivar in date-fns-jalali) is the month
                // where no date follows it as a weekday: its position decides.
                Err(e) if weekday.is_some() => match read_core(cur, ctx, pivot) {
                    Ok(core) => {
                        weekday = None;
                        core
                    }
                    Err(_) => return Err(e),
                },
                Err(e) => return Err(e),
            }
        };
        let mut end = core.end;
        let era = era_after(&core, ctx);
        let era = match (era, leading_era) {
            (Some((a, _, _)), Some((b, at))) if a != b => {
                return Err(ParseError::new(ParseErrorKind::CalendarConflict, at));
            }
            (Some(e), _) => Some(e),
            (None, Some((calendar, at))) => Some((calendar, at, end)),
            (None, None) => None,
        };
        if let Some((_, _, after)) = era {
            end = after;
        }
        if weekday.is_none() {
            let (c, _) = end.skip_spaces(usize::MAX);
            let c = c.eat(',').map_or(c, |a| a.skip_spaces(usize::MAX).0);
            if let Some((w, after)) = weekday_word(c) {
                weekday = Some((w, c.offset()));
                end = after;
            }
        }
        let (c, _) = end.skip_spaces(usize::MAX);
        let mut c = c.eat('.').map_or(c, |a| a.skip_spaces(usize::MAX).0);
        if let Some(close) = close {
            let Some(after) = c.eat(close) else {
                let kind = ParseErrorKind::Expected("the closing bracket or quote");
                return Err(ParseError::new(kind, c.offset()));
            };
            let (after, _) = after.skip_spaces(usize::MAX);
            c = after.eat('.').map_or(after, |a| a.skip_spaces(usize::MAX).0);
        }
        if !c.at_end() {
            return Err(ParseError::new(ParseErrorKind::TrailingInput, c.offset()));
        }
        self.resolve(rule, &core, era.map(|(cal, at, _)| (cal, at)), weekday)
    }

    /// Reads a date with a time of day as people and programs write them:
    /// the date as [`Lenient::parse`] reads it, and a time before, after
    /// or inside it (`۱۴۰۲/۱۱/۰۶ ساعت ۱۴:۳۰`, `ساعت ۱۴ و ۳۰ دقیقه`,
    /// `۹ شب`, `۲ بامداد`, `۱۲ ظهر`, `۱۰:۵۲ ق.ظ.`, `بعدازظهر`, `2:30 PM`,
    /// `at`, `در`, `،`, seconds and a fraction), with an offset or zone
    /// after it (`+03:30`, `GMT+00:00`, `UTC`, `(زمان هماهنگ جهانی)`,
    /// `به وقت تهران`). Without a time, [`time`](DateTimeParsed::time) is
    /// `None`.
    ///
    /// A word for a period of the day with no hour is not a time. `12 ق.ظ.`
    /// is 00:xx; ICU's `0:27 ب.ظ.` is 12:27, and its `24:03` is 00:03;
    /// `ساعت ۲۴` and `24:00` are the end of the day, midnight of the next.
    ///
    /// # Errors
    ///
    /// As [`Lenient::parse`] for the date; [`InvalidDate`](ParseErrorKind::InvalidDate)
    /// for an hour, minute or second out of range; [`Inconsistent`](ParseErrorKind::Inconsistent)
    /// for an hour that contradicts its word (`۱۴ صبح`);
    /// [`EveOfWeekday`](ParseErrorKind::EveOfWeekday) for `شب` before a
    /// weekday (`۹ شب جمعه`, Thursday evening), which is not guessed.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::Lenient;
    /// use shamsi::{JalaliDate, Offset, Time};
    ///
    /// let p = Lenient::new().parse_datetime("۶ بهمن ۱۴۰۲ ساعت ۹ شب")?;
    /// assert_eq!(p.date.jalali(), Some(JalaliDate::new(1402, 11, 6)?));
    /// assert_eq!(p.time, Some(Time::new(21, 0, 0)?));
    /// let p = Lenient::new().parse_datetime("2024-01-26 11:00:00 GMT+00:00")?;
    /// assert_eq!(p.offset, Some(Offset::UTC));
    /// assert!(Lenient::new().parse_datetime("۹ شب جمعه").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_datetime(&self, input: &str) -> Result<DateTimeParsed, ParseError> {
        self.parse_datetime_in(Official, input)
    }

    /// Reads a date with a time of day, Solar Hijri dates by `rule`.
    ///
    /// # Errors
    ///
    /// As [`Lenient::parse_datetime`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::parse::Lenient;
    /// use shamsi::rule::Rule33;
    ///
    /// let p = Lenient::new().parse_datetime_in(Rule33, "30 اسفند 1502، 10:00")?;
    /// assert_eq!(p.time.map(|t| t.hour()), Some(10));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_datetime_in<R: Rule>(
        &self,
        rule: R,
        input: &str,
    ) -> Result<DateTimeParsed<R>, ParseError> {
        ParseError::check_len(input)?;
        // A date alone in numbers has no time.
        if let Some(date) = self.numeric_ymd(rule, input) {
            return Ok(DateTimeParsed { date, time: None, offset: None, zone: None });
        }
        let Some(found) = super::clock::find_time(input)? else {
            // The length is checked and the shortcut tried: the grammar.
            let date = self.parse_grammar(rule, input)?;
            return Ok(DateTimeParsed { date, time: None, offset: None, zone: None });
        };
        let head = input.get(..found.start).unwrap_or("");
        let tail = input.get(found.end..).unwrap_or("");
        // The date is what is left, joined on the stack: nothing allocates.
        // The time took at least one byte, so the joined text is no longer
        // than the input, which is within the limit.
        let mut buf = [0u8; crate::MAX_INPUT_LEN];
        let len = head.len() + 1 + tail.len();
        let Some(slot) = buf.get_mut(..len) else {
            return Err(ParseError::new(ParseErrorKind::TooLong, 0));
        };
        let (a, rest) = slot.split_at_mut(head.len());
        a.copy_from_slice(head.as_bytes());
        let (space, b) = rest.split_at_mut(1);
        space.copy_from_slice(b" ");
        b.copy_from_slice(tail.as_bytes());
        let text = core::str::from_utf8(slot)
            .map_err(|_| ParseError::new(ParseErrorKind::Expected("text"), 0))?;
        let removed = found.end - found.start;
        let date = self.parse_in(rule, text).map_err(|e| {
            // Offsets in the joined text past the cut move back to the input.
            let at = if e.offset() > head.len() { e.offset() - 1 + removed } else { e.offset() };
            ParseError::new(e.kind(), at)
        })?;
        let invalid = |e: DateError| ParseError::new(ParseErrorKind::InvalidDate(e), found.start);
        let (date, hour) = if found.hour == 24 {
            // The end of the day is midnight of the next.
            let next = match date {
                Parsed::Jalali(d) => d.tomorrow().map(Parsed::Jalali),
                Parsed::Gregorian(d) => d.checked_add_days(1).map(Parsed::Gregorian),
                _ => None,
            };
            let Some(next) = next else {
                return Err(ParseError::new(ParseErrorKind::NoDate, found.start));
            };
            (next, 0)
        } else {
            (date, found.hour)
        };
        let time = crate::Time::new_with_nanos(hour, found.minute, found.second, found.nanos)
            .map_err(invalid)?;
        let offset = match found.offset {
            Some(s) => Some(crate::Offset::from_seconds(s).map_err(invalid)?),
            None => None,
        };
        Ok(DateTimeParsed { date, time: Some(time), offset, zone: found.zone })
    }

    /// A lunar Hijri date (or a partial one) in `calendar`.
    fn resolve_hijri(
        calendar: AnyCalendar,
        core: &Core<'_>,
        weekday: Option<(Weekday, usize)>,
    ) -> Result<Result<HijriDate<AnyCalendar>, PartialDate>, ParseError> {
        let err = ParseError::new;
        let (month, month_at) = core.month;
        let year = match core.year {
            Some(n) if n.digits <= 2 => return Err(err(ParseErrorKind::TwoDigitYear, n.offset)),
            Some(n) => Some((n.value as i32, n.offset)),
            None => None,
        };
        let (Some((year, year_at)), Some((day, day_at))) = (year, core.day) else {
            if let Some((d, at)) = core.day {
                if d == 0 || d > 30 {
                    let e = DateError::InvalidDay {
                        calendar: Calendar::LunarHijri,
                        year: 0,
                        month,
                        day: d,
                        max: 30,
                    };
                    return Err(err(ParseErrorKind::InvalidDate(e), at));
                }
            }
            let year = year.map(|(y, _)| y);
            let day = core.day.map(|(d, _)| d);
            return Ok(Err(PartialDate::new(Calendar::LunarHijri, year, month, day)));
        };
        let date = HijriDate::new_in(calendar, year, month, day).map_err(|e| {
            let at = match e {
                DateError::InvalidDay { .. } => day_at,
                DateError::FieldOutOfRange { field: Field::Month, .. } => month_at,
                DateError::NotCovered { .. } => year_at,
                _ => core.start,
            };
            err(ParseErrorKind::InvalidDate(e), at)
        })?;
        if let Some((stated, at)) = weekday {
            let actual = date.weekday();
            if stated != actual {
                return Err(err(ParseErrorKind::WeekdayMismatch { stated, actual }, at));
            }
        }
        Ok(Ok(date))
    }

    fn resolve<R: Rule>(
        &self,
        rule: R,
        core: &Core<'_>,
        era: Option<(Calendar, usize)>,
        weekday: Option<(Weekday, usize)>,
    ) -> Result<Parsed<R>, ParseError> {
        let err = ParseError::new;
        let named = match (core.calendar, era) {
            (Some(a), Some((b, at))) if a != b => {
                return Err(err(ParseErrorKind::CalendarConflict, at));
            }
            (Some(a), _) => Some(a),
            (None, Some((b, _))) => Some(b),
            (None, None) => None,
        };
        if named == Some(Calendar::LunarHijri) {
            return match self.hijri {
                Some(calendar) => Self::resolve_hijri(calendar, core, weekday).map(|h| match h {
                    Ok(date) => Parsed::Hijri(date),
                    Err(partial) => Parsed::Partial(partial),
                }),
                None => Err(err(ParseErrorKind::LunarHijri, core.start)),
            };
        }
        // A short year is resolved in the calendar the text names, else the
        // expected one, else the pivot's (Solar Hijri).
        let pivot_calendar = named.unwrap_or(match self.expect {
            Expect::Gregorian => Calendar::Gregorian,
            _ => Calendar::Jalali,
        });
        let year = match core.year {
            Some(n) if n.digits <= 2 => {
                let Some(pivot) = self.pivot else {
                    return Err(err(ParseErrorKind::TwoDigitYear, n.offset));
                };
                let pivot = if pivot_calendar == Calendar::Gregorian {
                    pivot.saturating_add(621)
                } else {
                    pivot
                };
                Some(nearest_with_last_digits(n.value as i32, pivot))
            }
            // At most nine digits: fits an i32.
            Some(n) => Some(n.value as i32),
            None => None,
        };
        let calendar = named.unwrap_or(match self.expect {
            Expect::Jalali => Calendar::Jalali,
            Expect::Gregorian => Calendar::Gregorian,
            Expect::Auto => match year {
                Some(y) if y >= Self::GREGORIAN_FROM => Calendar::Gregorian,
                _ => Calendar::Jalali,
            },
        });
        let mismatch = |found: Calendar| match (self.expect, found) {
            (Expect::Jalali, Calendar::Jalali)
            | (Expect::Gregorian, Calendar::Gregorian)
            | (Expect::Auto, _) => Ok(()),
            (expected, found) => {
                let expected =
                    if expected == Expect::Jalali { Calendar::Jalali } else { Calendar::Gregorian };
                Err(err(ParseErrorKind::CalendarMismatch { expected, found }, core.start))
            }
        };
        let (month, _) = core.month;
        let (Some(year), Some((day, _))) = (year, core.day) else {
            mismatch(calendar)?;
            let day = core.day.map(|(d, _)| d);
            if let Some(d) = day {
                if d == 0 || d > max_day_any_year(calendar, month) {
                    let at = core.day.map_or(core.start, |(_, at)| at);
                    let e = DateError::FieldOutOfRange {
                        field: Field::Day,
                        value: d.into(),
                        min: 1,
                        max: max_day_any_year(calendar, month).into(),
                    };
                    return Err(err(ParseErrorKind::InvalidDate(e), at));
                }
            }
            return Ok(Parsed::Partial(PartialDate::new(calendar, year, month, day)));
        };
        let (parsed, actual) = if calendar == Calendar::Gregorian {
            let g = GregorianDate::new(year, month, day).map_err(|e| date_error(e, core))?;
            (Parsed::Gregorian(g), g.weekday())
        } else {
            let j = JalaliDate::new_in(rule, year, month, day).map_err(|e| date_error(e, core))?;
            (Parsed::Jalali(j), j.weekday())
        };
        mismatch(calendar)?;
        if let Some((stated, at)) = weekday {
            if stated != actual {
                return Err(err(ParseErrorKind::WeekdayMismatch { stated, actual }, at));
            }
        }
        Ok(parsed)
    }
}

/// A date read with [`Lenient::parse_datetime`], and the time of day, offset
/// and zone written with it.
///
/// # Example
///
/// ```
/// use shamsi::parse::{Lenient, Parsed};
/// use shamsi::zone::TimeZone;
///
/// let p = Lenient::new().parse_datetime("۱۴۰۲/۱۱/۰۶ ساعت ۱۴:۳۰ به وقت تهران")?;
/// assert!(matches!(p.date, Parsed::Jalali(_)));
/// assert_eq!(p.time.map(|t| t.to_string()), Some("14:30:00".into()));
/// assert_eq!(p.zone, Some(TimeZone::Iran));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTimeParsed<R: Rule = Official> {
    /// The date (or a partial one).
    pub date: Parsed<R>,
    /// The time of day, if the text has one.
    pub time: Option<crate::Time>,
    /// The UTC offset written after the time (`+03:30`, `UTC`, `GMT+00:00`).
    pub offset: Option<crate::Offset>,
    /// A zone named after the time (`به وقت تهران`).
    pub zone: Option<crate::zone::TimeZone>,
}

/// The longest a day can be in `month` of `calendar`, in any year.
pub(crate) fn max_day_any_year(calendar: Calendar, month: u8) -> u8 {
    match calendar {
        Calendar::Gregorian => match month {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        },
        Calendar::Jalali if month <= 6 => 31,
        _ => 30,
    }
}

/// A [`DateError`] placed at the field it is about.
fn date_error(e: DateError, core: &Core<'_>) -> ParseError {
    let at = match e {
        DateError::FieldOutOfRange { field: Field::Year, .. } => core.year.map(|n| n.offset),
        DateError::FieldOutOfRange { field: Field::Month, .. } => Some(core.month.1),
        DateError::FieldOutOfRange { field: Field::Day, .. } | DateError::InvalidDay { .. } => {
            core.day.map(|(_, at)| at)
        }
        _ => None,
    };
    ParseError::new(ParseErrorKind::InvalidDate(e), at.unwrap_or(core.start))
}

/// How the grammar is applied: to a whole input, or to find dates in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ctx {
    /// Finding dates in running text: stricter about what counts.
    pub(crate) extract: bool,
    /// The field order of numeric dates, if the caller chose one.
    pub(crate) order: Option<FieldOrder>,
    /// The most spaces between two words of a date.
    gap: usize,
    /// The most spaces around a separator of a numeric date.
    sep_gap: usize,
}

impl Ctx {
    pub(crate) const WHOLE: Ctx =
        Ctx { extract: false, order: None, gap: usize::MAX, sep_gap: usize::MAX };
    pub(crate) const EXTRACT: Ctx = Ctx { extract: true, order: None, gap: 3, sep_gap: 0 };
}

/// A run of digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Num {
    pub(crate) value: u32,
    pub(crate) digits: u8,
    pub(crate) offset: usize,
}

/// The most digits a number may have; more is
/// [`TooManyDigits`](ParseErrorKind::TooManyDigits). Nine keeps any value in
/// an `i32`.
const MAX_DIGITS: u8 = 9;

/// Reads a run of digits (Latin, Persian and Arabic-Indic, mixed).
pub(crate) fn number(cur: Cursor<'_>) -> Result<Option<(Num, Cursor<'_>)>, ParseError> {
    let offset = cur.offset();
    let mut c = cur;
    let mut value = 0u32;
    let mut digits = 0u8;
    loop {
        match c.next() {
            Some((d @ '0'..='9', after)) => {
                digits = digits.saturating_add(1);
                value = value.saturating_mul(10).saturating_add(u32::from(d) - u32::from('0'));
                c = after;
            }
            Some((d, _)) if d.is_numeric() => {
                return Err(ParseError::new(ParseErrorKind::UnsupportedDigit, c.offset()));
            }
            _ => break,
        }
    }
    if digits == 0 {
        return Ok(None);
    }
    if digits > MAX_DIGITS {
        return Err(ParseError::new(ParseErrorKind::TooManyDigits, offset));
    }
    Ok(Some((Num { value, digits, offset }, c)))
}

/// The core of a date: day, month and year, without weekday or era.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Core<'a> {
    /// Where the date starts.
    pub(crate) start: usize,
    /// After the last field (or `ماه`).
    pub(crate) end: Cursor<'a>,
    pub(crate) year: Option<Num>,
    /// The month and where it was written.
    pub(crate) month: (u8, usize),
    pub(crate) day: Option<(u8, usize)>,
    /// The calendar of the month's name.
    pub(crate) calendar: Option<Calendar>,
    /// Whether the date is all numbers.
    pub(crate) numeric: bool,
}

/// The month tables, but for Sorani (in [`sorani_entries`]).
const MONTH_TABLES: [(&[&str; 12], Calendar); 13] = [
    (&names::JALALI_MONTHS_FA, Calendar::Jalali),
    (&names::JALALI_MONTHS_DARI, Calendar::Jalali),
    (&names::JALALI_MONTHS_PASHTO, Calendar::Jalali),
    (&names::JALALI_MONTHS_EN, Calendar::Jalali),
    (&names::JALALI_MONTHS_EN_ABBR, Calendar::Jalali),
    (&names::GREGORIAN_MONTHS_FA, Calendar::Gregorian),
    (&names::GREGORIAN_MONTHS_AF, Calendar::Gregorian),
    (&names::GREGORIAN_MONTHS_PASHTO, Calendar::Gregorian),
    (&names::GREGORIAN_MONTHS_EN, Calendar::Gregorian),
    (&names::GREGORIAN_MONTHS_EN_ABBR, Calendar::Gregorian),
    (&names::LUNAR_HIJRI_MONTHS_FA, Calendar::LunarHijri),
    (&names::LUNAR_HIJRI_MONTHS_AR, Calendar::LunarHijri),
    (&names::LUNAR_HIJRI_MONTHS_EN, Calendar::LunarHijri),
];

/// Spellings met in running text besides those of [`MONTH_TABLES`]. A space
/// or zero-width non-joiner in an entry matches any run of spaces or none;
/// letter variants (`ي`, `ك`, `آ`/`ا`, hamza above) are folded away.
const MONTH_VARIANTS: [(&str, Calendar, u8); 41] = [
    ("اردی\u{200c}بهشت", Calendar::Jalali, 2),
    ("امرداد", Calendar::Jalali, 5),
    ("amordad", Calendar::Jalali, 5),
    // moment-jalaali's, jalali-moment's and jalaliday's English spellings,
    // and date-fns-jalali's `Sharivar`.
    ("khordaad", Calendar::Jalali, 3),
    ("mordaad", Calendar::Jalali, 5),
    ("amordaad", Calendar::Jalali, 5),
    ("sharivar", Calendar::Jalali, 6),
    ("aabaan", Calendar::Jalali, 8),
    ("aazar", Calendar::Jalali, 9),
    ("aaz", Calendar::Jalali, 9),
    ("day", Calendar::Jalali, 10),
    ("dei", Calendar::Jalali, 10),
    ("esfand", Calendar::Jalali, 12),
    ("جوزاء", Calendar::Jalali, 3),
    ("غبرګولی", Calendar::Jalali, 3),
    ("چنګاښ", Calendar::Jalali, 4),
    // Gregorian months as Iranians and Afghans also write them.
    ("فبریه", Calendar::Gregorian, 2),
    ("فوریهٔ", Calendar::Gregorian, 2),
    ("مارچ", Calendar::Gregorian, 3),
    ("آپریل", Calendar::Gregorian, 4),
    ("می", Calendar::Gregorian, 5),
    ("جون", Calendar::Gregorian, 6),
    ("ژوین", Calendar::Gregorian, 6),
    ("جولای", Calendar::Gregorian, 7),
    ("ژوییه", Calendar::Gregorian, 7),
    ("آگوست", Calendar::Gregorian, 8),
    ("آگست", Calendar::Gregorian, 8),
    ("sept", Calendar::Gregorian, 9),
    ("سپتامبر", Calendar::Gregorian, 9),
    // Lunar Hijri months in their Arabic and other Persian spellings.
    ("ربیع\u{200c}الآخر", Calendar::LunarHijri, 4),
    ("ربیع\u{200c}الثانیه", Calendar::LunarHijri, 4),
    ("جمادی\u{200c}الاولی", Calendar::LunarHijri, 5),
    ("جمادی\u{200c}الاخر", Calendar::LunarHijri, 6),
    ("جمادی\u{200c}الاخری", Calendar::LunarHijri, 6),
    ("جمادی\u{200c}الثانیه", Calendar::LunarHijri, 6),
    ("ذی\u{200c}القعده", Calendar::LunarHijri, 11),
    ("ذی\u{200c}قعده", Calendar::LunarHijri, 11),
    ("ذوالقعده", Calendar::LunarHijri, 11),
    ("ذی\u{200c}الحجه", Calendar::LunarHijri, 12),
    ("ذی\u{200c}حجه", Calendar::LunarHijri, 12),
    ("ذوالحجه", Calendar::LunarHijri, 12),
];

/// Sorani spellings besides the Sorani tables (Wikipedia's alternates).
const SORANI_VARIANTS: [(&str, Calendar, u8); 7] = [
    ("زەردان", Calendar::Jalali, 3),
    ("بەران", Calendar::Jalali, 7),
    ("گێزان", Calendar::Jalali, 8),
    ("ساران", Calendar::Jalali, 9),
    ("کانونی دووەم", Calendar::Gregorian, 1),
    ("کانونی یەکەم", Calendar::Gregorian, 12),
    ("تەممووز", Calendar::Gregorian, 7),
];

/// A month spelling's meaning: its calendar and number, whether it is
/// Sorani (which takes the ezafe `ی` glued on), and whether it is a
/// three-letter Persian abbreviation (not read in extraction).
#[derive(Clone, Copy, Debug)]
struct MonthValue {
    calendar: Calendar,
    month: u8,
    sorani: bool,
    abbreviation: bool,
}

/// Every month spelling, keyed at compile time, in the order of
/// [`month_entries`] and then [`sorani_entries`].
// A const, not a static: the other tables are built from it at compile
// time; the code reads it by reference only, one copy.
#[allow(clippy::large_const_arrays)]
const MONTH_KEYED: [Keyed<MonthValue>; 13 * 12 + 41 + 12 + 2 * 12 + 7] = month_keyed();

#[allow(clippy::indexing_slicing)] // compile time: an index out of range stops the build
const fn month_keyed() -> [Keyed<MonthValue>; 13 * 12 + 41 + 12 + 2 * 12 + 7] {
    const fn value(calendar: Calendar, month: u8, sorani: bool, abbreviation: bool) -> MonthValue {
        MonthValue { calendar, month, sorani, abbreviation }
    }
    let blank = Keyed::blank(value(Calendar::Jalali, 0, false, false));
    let mut out = [blank; 13 * 12 + 41 + 12 + 2 * 12 + 7];
    let mut n = 0;
    let mut t = 0;
    while t < MONTH_TABLES.len() {
        let (table, calendar) = MONTH_TABLES[t];
        let mut i = 0;
        while i < 12 {
            out[n] = Keyed::new(table[i], value(calendar, i as u8 + 1, false, false));
            n += 1;
            i += 1;
        }
        t += 1;
    }
    let mut i = 0;
    while i < MONTH_VARIANTS.len() {
        let (name, calendar, month) = MONTH_VARIANTS[i];
        out[n] = Keyed::new(name, value(calendar, month, false, false));
        n += 1;
        i += 1;
    }
    let mut i = 0;
    while i < 12 {
        let name = names::JALALI_MONTHS_FA_ABBR[i];
        out[n] = Keyed::new(name, value(Calendar::Jalali, i as u8 + 1, false, true));
        n += 1;
        i += 1;
    }
    let sorani = [
        (&names::JALALI_MONTHS_SORANI, Calendar::Jalali),
        (&names::GREGORIAN_MONTHS_SORANI, Calendar::Gregorian),
    ];
    let mut t = 0;
    while t < sorani.len() {
        let (table, calendar) = sorani[t];
        let mut i = 0;
        while i < 12 {
            out[n] = Keyed::new(table[i], value(calendar, i as u8 + 1, true, false));
            n += 1;
            i += 1;
        }
        t += 1;
    }
    let mut i = 0;
    while i < SORANI_VARIANTS.len() {
        let (name, calendar, month) = SORANI_VARIANTS[i];
        out[n] = Keyed::new(name, value(calendar, month, true, false));
        n += 1;
        i += 1;
    }
    assert!(n == out.len());
    out
}

/// [`MONTH_KEYED`] by their first letters ([`super::text::by_first`]): the
/// spellings a character may begin are a run found by bisection, tried in
/// the table's order (the first of equally long matches wins).
const MONTH_INDEX: super::text::Index<{ MONTH_KEYED.len() }> =
    super::text::by_first(super::text::first_keys::<_, { MONTH_KEYED.len() }>(&MONTH_KEYED));

/// A key's character as a number, for sorting at compile time.
const fn char_key(c: Option<char>) -> u32 {
    match c {
        Some(c) => c as u32,
        None => 0,
    }
}

/// The first three folded characters a day word or a month name may begin
/// with (0 where any may stand: past a space, or after a shorter name),
/// sorted: at a word that begins otherwise, neither reader can match, and
/// extraction need not try (`به` is no `بهمن`).
const WORD_STARTS: [(u32, u32, u32); MONTH_KEYED.len() + DAY_WORDS.len()] = {
    let mut out = [(0u32, 0u32, 0u32); MONTH_KEYED.len() + DAY_WORDS.len()];
    let mut n = 0;
    while n < out.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            let (first, second, third) = if n < MONTH_KEYED.len() {
                (MONTH_KEYED[n].first, MONTH_KEYED[n].second, MONTH_KEYED[n].third)
            } else {
                let k = &DAY_WORDS[n - MONTH_KEYED.len()];
                (k.first, k.second, k.third)
            };
            // Every day word and month begins with a letter folding keeps.
            assert!(first.is_some(), "a word with no first letter");
            let key = (char_key(first), char_key(second), char_key(third));
            let mut at = n;
            while at > 0 && out[at - 1].0 > key.0 {
                out[at] = out[at - 1];
                at -= 1;
            }
            out[at] = key;
        }
        n += 1;
    }
    out
};

/// Where the entries of [`WORD_STARTS`] with each first character begin
/// and how many there are ([`runs_of`](crate::text::runs::runs_of)): the
/// run is found without a search.
const WORD_RUNS: crate::text::runs::Runs = {
    let mut firsts = [0u32; WORD_STARTS.len()];
    let mut n = 0;
    while n < firsts.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            firsts[n] = WORD_STARTS[n].0;
        }
        n += 1;
    }
    crate::text::runs::runs_of(&firsts)
};

/// Whether a day word or a month name may begin with the folded characters
/// at `cur` ([`WORD_STARTS`]): the first alone turns most words away, and
/// the next two are folded only when it does not.
pub(crate) fn may_start_day_or_month(cur: Cursor<'_>) -> bool {
    let Some((first, after)) = cur.next() else { return false };
    let Some(&(start, len)) =
        crate::text::runs::run_slot(first as u32).and_then(|slot| WORD_RUNS.get(slot))
    else {
        return false;
    };
    let start = usize::from(start);
    let Some(run) = WORD_STARTS.get(start..start + usize::from(len)) else { return false };
    if run.is_empty() {
        return false;
    }
    let (second, third) = match after.next() {
        Some((b, rest)) => (Some(b), rest.peek()),
        None => (None, None),
    };
    let (second, third) = (char_key(second), char_key(third));
    run.iter().any(|&(_, b, c)| (b == 0 || b == second) && (c == 0 || c == third))
}

/// A month name at `cur`, the longest that matches: its calendar, number,
/// the cursor after it, and whether `ماه` was glued to it (`بهمنماه`). A
/// Sorani ezafe `ی` glued to a Sorani name is taken too (`ڕێبەندانی`).
pub(crate) fn month_name(cur: Cursor<'_>, ctx: Ctx) -> Option<(Calendar, u8, Cursor<'_>, bool)> {
    // The spellings that may begin with the folded characters at the
    // cursor, in their order.
    month_name_among(cur, ctx, super::text::candidates(&MONTH_KEYED, &MONTH_INDEX, cur))
}

/// [`month_name`] among `entries`, in their order.
fn month_name_among<'t>(
    cur: Cursor<'_>,
    ctx: Ctx,
    entries: impl Iterator<Item = &'t Keyed<MonthValue>>,
) -> Option<(Calendar, u8, Cursor<'_>, bool)> {
    let mut best: Option<(Calendar, u8, Cursor<'_>, bool)> = None;
    for entry in entries {
        let MonthValue { calendar, month, sorani, abbreviation } = entry.value;
        // The three-letter Persian months are also words (`مرد` "man",
        // `شهر` "city", `بهم` "together"): read in a whole text that is a
        // date, never when finding dates in running text.
        if abbreviation && ctx.extract {
            continue;
        }
        let pattern = entry.name;
        let Some(after) = cur.match_keyed(entry) else {
            continue;
        };
        let end = if after.at_word_end() {
            Some((after, false))
        } else if let Some(a) = after.match_word("ماه") {
            Some((a, true))
        } else if sorani || super::text::ends_in_heh(pattern) {
            // The Sorani ezafe, or the Persian one after `ه` (`ژانویه‌ی`).
            after.eat('ی').filter(|a| a.at_word_end()).map(|a| (a, false))
        } else {
            None
        };
        if let Some((end, glued)) = end {
            if best.is_none_or(|(_, _, b, _)| end.key() > b.key()) {
                best = Some((calendar, month, end, glued));
            }
        }
    }
    best
}

const WEEKDAY_TABLES: [&[&str; 7]; 7] = [
    &names::WEEKDAYS_FA,
    &names::WEEKDAYS_PASHTO,
    &names::WEEKDAYS_SORANI,
    &names::WEEKDAYS_EN,
    &names::WEEKDAYS_EN_ABBR,
    &names::WEEKDAYS_FA_LATN,
    &names::WEEKDAYS_FA_LATN_ABBR,
];

/// Weekday spellings besides [`WEEKDAY_TABLES`] (Saturday = 0).
const WEEKDAY_VARIANTS: [(&str, u8); 11] = [
    // Friday in moment-jalaali's and jalali-moment's Persian.
    ("آدینه", 6),
    ("یک\u{200c}شنبه", 1),
    ("دو\u{200c}شنبه", 2),
    ("چهار\u{200c}شنبه", 4),
    ("tues", 3),
    ("thur", 5),
    ("thurs", 5),
    ("jome", 6),
    ("jomeh", 6),
    ("yekshanbe", 1),
    ("پنجشنبه", 5),
];

/// Every weekday spelling, keyed at compile time: the tables, then the
/// variants.
const WEEKDAY_KEYED: [Keyed<u8>; 7 * 7 + 11] = {
    let mut out = [Keyed::blank(0); 7 * 7 + 11];
    let mut n = 0;
    while n < 7 * 7 {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            out[n] = Keyed::new(WEEKDAY_TABLES[n / 7][n % 7], (n % 7) as u8);
        }
        n += 1;
    }
    while n < out.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            let (name, index) = WEEKDAY_VARIANTS[n - 7 * 7];
            out[n] = Keyed::new(name, index);
        }
        n += 1;
    }
    out
};

/// The folded characters a weekday name may end with as
/// [`weekday_word`] reads it: the last of each spelling, and the `ی` of
/// the ezafe.
const WEEKDAY_ENDS: CharSet = {
    let mut set = CharSet::EMPTY.with('ی');
    let mut n = 0;
    while n < WEEKDAY_KEYED.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        match super::text::last_key(WEEKDAY_KEYED[n].name) {
            Some(c) => set = set.with(c),
            None => panic!("a weekday name that folds to nothing"),
        }
        n += 1;
    }
    set
};

/// Whether a weekday name may end with the folded character `c`
/// ([`WEEKDAY_ENDS`]).
pub(crate) fn may_end_weekday(c: char) -> bool {
    WEEKDAY_ENDS.contains(c)
}

/// [`WEEKDAY_KEYED`] by their first letters.
const WEEKDAY_INDEX: super::text::Index<{ WEEKDAY_KEYED.len() }> =
    super::text::by_first(super::text::first_keys::<_, { WEEKDAY_KEYED.len() }>(&WEEKDAY_KEYED));

/// A weekday name at `cur`.
pub(crate) fn weekday_word(cur: Cursor<'_>) -> Option<(Weekday, Cursor<'_>)> {
    let (index, after) = super::text::longest_indexed_name(cur, &WEEKDAY_KEYED, &WEEKDAY_INDEX)?;
    Some((Weekday::from_saturday_zero_offset(index).ok()?, after))
}

/// A weekday before the date, with `روز` ("day") before it and a comma
/// after it allowed; or `روز` alone before the day (in digits or words).
fn leading_weekday(cur: Cursor<'_>, ctx: Ctx) -> (Option<(Weekday, usize)>, Cursor<'_>) {
    let after_rooz = cur.match_pattern("روز").map(|a| a.skip_spaces(ctx.gap).0);
    let start = after_rooz.unwrap_or(cur);
    if let Some((w, after)) = weekday_word(start) {
        let (c, _) = after.skip_spaces(ctx.gap);
        let c = c.eat(',').map_or(c, |a| a.skip_spaces(ctx.gap).0);
        return (Some((w, start.offset())), c);
    }
    if !ctx.extract && after_rooz.is_none() {
        // persiantools' one-letter weekdays (`پ ۰۲ خرد ۱۳۰۲`), only at the
        // start of a whole text and before a day in digits.
        let head = cur.head();
        let mut narrow = NARROW_WEEKDAYS.iter().filter(|k| k.may_match(head));
        let letter = narrow.find_map(|k| {
            let (i, after) = (k.value, cur.match_keyed(k)?);
            let (c, spaces) = after.skip_spaces(ctx.gap);
            (spaces > 0 && c.peek().is_some_and(char::is_numeric)).then_some((i, c))
        });
        if let Some((i, c)) = letter {
            if let Ok(w) = Weekday::from_saturday_zero_offset(i) {
                return (Some((w, cur.offset())), c);
            }
        }
    }
    match after_rooz {
        // `روز ۲۶`, `روز۲۶` (the day may be glued to it), `روز ششم`.
        Some(a) if a.peek().is_some_and(|c| c.is_ascii_digit()) || ordinal_word(a).is_some() => {
            (None, a)
        }
        _ => (None, cur),
    }
}

/// The ordinal words for days 1 to 20 and 30, with their variants.
const ORDINAL_WORDS: [(&str, u8); 24] = [
    (names::ORDINALS_FA[0], 1),
    ("اول", 1),
    (names::ORDINALS_FA[1], 2),
    (names::ORDINALS_FA[2], 3),
    (names::ORDINALS_FA[3], 4),
    (names::ORDINALS_FA[4], 5),
    (names::ORDINALS_FA[5], 6),
    (names::ORDINALS_FA[6], 7),
    (names::ORDINALS_FA[7], 8),
    (names::ORDINALS_FA[8], 9),
    (names::ORDINALS_FA[9], 10),
    (names::ORDINALS_FA[10], 11),
    (names::ORDINALS_FA[11], 12),
    (names::ORDINALS_FA[12], 13),
    (names::ORDINALS_FA[13], 14),
    (names::ORDINALS_FA[14], 15),
    (names::ORDINALS_FA[15], 16),
    (names::ORDINALS_FA[16], 17),
    (names::ORDINALS_FA[17], 18),
    ("هیجدهم", 18),
    (names::ORDINALS_FA[18], 19),
    (names::ORDINALS_FA[19], 20),
    (names::ORDINALS_FA[29], 30),
    ("سی\u{200c}ام", 30),
];

/// Cardinal numbers 1 to 20 and 30, as days are also written
/// (`سیزده فروردین`, `پانزده خرداد`).
const CARDINAL_WORDS: [(&str, u8); 23] = [
    ("یک", 1),
    ("دو", 2),
    ("سه", 3),
    ("چهار", 4),
    ("پنج", 5),
    ("شش", 6),
    ("هفت", 7),
    ("هشت", 8),
    ("نه", 9),
    ("ده", 10),
    ("یازده", 11),
    ("دوازده", 12),
    ("سیزده", 13),
    ("چهارده", 14),
    ("پانزده", 15),
    ("شانزده", 16),
    ("هفده", 17),
    ("هجده", 18),
    ("هیجده", 18),
    ("نوزده", 19),
    ("بیست", 20),
    ("سی", 30),
    ("پونزده", 15),
];

/// [`ORDINAL_WORDS`] then [`CARDINAL_WORDS`], keyed at compile time.
const DAY_WORDS: [Keyed<u8>; 24 + 23] = {
    let mut out = [Keyed::blank(0); 24 + 23];
    let mut n = 0;
    while n < out.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            let (name, value) = if n < 24 { ORDINAL_WORDS[n] } else { CARDINAL_WORDS[n - 24] };
            out[n] = Keyed::new(name, value);
        }
        n += 1;
    }
    out
};

/// [`DAY_WORDS`] by their first letters ([`super::text::by_first`]).
const DAY_INDEX: super::text::Index<{ DAY_WORDS.len() }> =
    super::text::by_first(super::text::first_keys::<_, { DAY_WORDS.len() }>(&DAY_WORDS));

/// The ordinal words, the first of [`DAY_WORDS`], by their first letters.
const ORDINAL_INDEX: super::text::Index<{ ORDINAL_WORDS.len() }> =
    super::text::by_first(super::text::first_keys::<_, { ORDINAL_WORDS.len() }>(&DAY_WORDS));

/// [`UNIT_WORDS`] by their first letters.
const UNIT_INDEX: super::text::Index<{ UNITS }> =
    super::text::by_first(super::text::first_keys::<_, { UNITS }>(&UNIT_WORDS));

/// How many of [`DAY_WORDS`] stand for 1 to 9.
const UNITS: usize = {
    let (mut n, mut i) = (0, 0);
    while i < DAY_WORDS.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        if DAY_WORDS[i].value >= 1 && DAY_WORDS[i].value <= 9 {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The words of [`DAY_WORDS`] for 1 to 9, after `بیست و` and `سی و`, in
/// their order.
const UNIT_WORDS: [Keyed<u8>; UNITS] = {
    let mut out = [Keyed::blank(0); UNITS];
    let (mut n, mut i) = (0, 0);
    while i < DAY_WORDS.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            let v = DAY_WORDS[i].value;
            if v >= 1 && v <= 9 {
                out[n] = DAY_WORDS[i];
                n += 1;
            }
        }
        i += 1;
    }
    assert!(n == out.len());
    out
};

/// [`names::WEEKDAYS_FA_NARROW`], keyed at compile time.
const NARROW_WEEKDAYS: [Keyed<u8>; 7] = {
    let mut out = [Keyed::blank(0); 7];
    let mut n = 0;
    while n < 7 {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            out[n] = Keyed::new(names::WEEKDAYS_FA_NARROW[n], n as u8);
        }
        n += 1;
    }
    out
};

/// A day written as a Persian word at `cur`: an ordinal (`ششم`, `اول`,
/// `بیست و یکم`, `بیستویکم`, `سی‌ویکم`) or a cardinal (`سیزده`,
/// `بیست و دو`).
pub(crate) fn ordinal_word(cur: Cursor<'_>) -> Option<(u8, Cursor<'_>)> {
    let mut best = super::text::longest_indexed_word(cur, &DAY_WORDS, &DAY_INDEX);
    const TENS: [Keyed<u8>; 2] = [Keyed::new("بیست", 20), Keyed::new("سی", 30)];
    let first = cur.peek();
    for Keyed { name, value, first: key, .. } in TENS {
        // Most words begin as neither.
        if first != key {
            continue;
        }
        let Some(after) = cur.match_pattern(name) else {
            continue;
        };
        let Some(after) = after.skip_spaces(usize::MAX).0.eat('و') else {
            continue;
        };
        let after = after.skip_spaces(usize::MAX).0;
        if let Some((unit, end)) =
            super::text::longest_indexed_word(after, &UNIT_WORDS, &UNIT_INDEX)
        {
            // Up to 39: a day past the month's end (`سی و دوم`) is read
            // whole, and refused as a day, not taken apart.
            let day = value + unit;
            if best.is_none_or(|(_, b)| end.key() > b.key()) {
                best = Some((day, end));
            }
        }
    }
    best
}

/// An ordinal word with a month name glued to it after a lost space
/// (`پانزدهمآگست`): the day and the cursor before the month.
fn glued_ordinal(cur: Cursor<'_>, ctx: Ctx) -> Option<(u8, Cursor<'_>)> {
    glued_ordinal_among(cur, ctx, super::text::candidates(ordinals(), &ORDINAL_INDEX, cur))
}

/// The ordinal words: the first of the day words.
fn ordinals() -> &'static [Keyed<u8>] {
    DAY_WORDS.get(..ORDINAL_WORDS.len()).unwrap_or(&[])
}

/// [`glued_ordinal`] among `entries`.
fn glued_ordinal_among<'t>(
    cur: Cursor<'_>,
    ctx: Ctx,
    entries: impl Iterator<Item = &'t Keyed<u8>>,
) -> Option<(u8, Cursor<'_>)> {
    entries
        .filter_map(|k| Some((k.value, cur.match_keyed(k)?)))
        .filter(|&(_, after)| !after.at_word_end() && month_name(after, ctx).is_some())
        .max_by_key(|&(_, after)| after.key())
}

/// Era names, with their calendars. A `.` is optional, a space any run of
/// spaces or none.
const ERAS: [(&str, Calendar); 19] = [
    ("ه. ش.", Calendar::Jalali),
    ("هجری شمسی", Calendar::Jalali),
    ("هجری خورشیدی", Calendar::Jalali),
    ("شمسی", Calendar::Jalali),
    ("خورشیدی", Calendar::Jalali),
    ("ش.", Calendar::Jalali),
    ("خ.", Calendar::Jalali),
    ("a. p.", Calendar::Jalali),
    ("s. h.", Calendar::Jalali),
    ("ه. ق.", Calendar::LunarHijri),
    ("هجری قمری", Calendar::LunarHijri),
    ("قمری", Calendar::LunarHijri),
    ("ق.", Calendar::LunarHijri),
    ("a. h.", Calendar::LunarHijri),
    ("میلادی", Calendar::Gregorian),
    ("م.", Calendar::Gregorian),
    ("a. d.", Calendar::Gregorian),
    ("c. e.", Calendar::Gregorian),
    ("ad", Calendar::Gregorian),
];

/// [`ERAS`], keyed at compile time.
const ERAS_KEYED: [Keyed<Calendar>; 19] = {
    let mut out = [Keyed::blank(Calendar::Jalali); 19];
    let mut n = 0;
    while n < out.len() {
        #[allow(clippy::indexing_slicing)] // compile time
        {
            out[n] = Keyed::new(ERAS[n].0, ERAS[n].1);
        }
        n += 1;
    }
    out
};

/// [`ERAS_KEYED`] by their first letters.
const ERAS_INDEX: super::text::Index<{ ERAS_KEYED.len() }> =
    super::text::by_first(super::text::first_keys::<_, { ERAS_KEYED.len() }>(&ERAS_KEYED));

/// An era name at `cur`: its calendar and the cursor after it.
pub(crate) fn era_word(cur: Cursor<'_>) -> Option<(Calendar, Cursor<'_>)> {
    super::text::longest_indexed_word(cur, &ERAS_KEYED, &ERAS_INDEX)
}

/// The era after a date with a year: calendar, offset and the cursor after.
pub(crate) fn era_after<'a>(core: &Core<'a>, ctx: Ctx) -> Option<(Calendar, usize, Cursor<'a>)> {
    core.year?;
    let (c, _) = core.end.skip_spaces(ctx.gap);
    let (calendar, after) = era_word(c)?;
    Some((calendar, c.offset(), after))
}

/// Reads the core of a date at `cur`.
pub(crate) fn read_core(cur: Cursor<'_>, ctx: Ctx, pivot: bool) -> Result<Core<'_>, ParseError> {
    let start = cur.offset();
    let err = ParseError::new;
    let Some(first) = cur.peek() else {
        return Err(err(ParseErrorKind::UnexpectedEnd, start));
    };
    if first.is_ascii_digit() {
        let Some((n1, after)) = number(cur)? else {
            return Err(err(ParseErrorKind::Expected("a date"), start));
        };
        if let Some(core) = numeric(n1, after, ctx, pivot, start)? {
            return Ok(core);
        }
        return after_number(n1, after, ctx, start);
    }
    if first.is_numeric() {
        return Err(err(ParseErrorKind::UnsupportedDigit, start));
    }
    if let Some((day, after)) = ordinal_word(cur).or_else(|| glued_ordinal(cur, ctx)) {
        let (c, _) = after.skip_spaces(ctx.gap);
        let Some((calendar, month, after, glued)) = month_name(c, ctx) else {
            return Err(err(ParseErrorKind::Expected("a month name"), c.offset()));
        };
        let (end, _) = after_month(after, glued, ctx);
        let core = Core {
            start,
            end,
            year: None,
            month: (month, c.offset()),
            day: Some((day, start)),
            calendar: Some(calendar),
            numeric: false,
        };
        return year_part(core, ctx);
    }
    if let Some((calendar, month, after, glued)) = month_name(cur, ctx) {
        let (end, marked) = after_month(after, glued, ctx);
        return month_first(calendar, (month, start), end, ctx, marked);
    }
    // A year alone: `سال ۱۴۰۲`.
    if let Some(after) = cur.match_word("سال") {
        if let Some((_, after)) = number(after.skip_spaces(ctx.gap).0)? {
            if after.skip_spaces(ctx.gap).0.peek().is_none_or(|c| !is_letter(c)) {
                return Err(err(ParseErrorKind::NoDate, start));
            }
        }
    }
    Err(err(ParseErrorKind::Expected("a date"), start))
}

/// A dateline with the year first and the weekday between
/// (`۱۴۰۱ سه شنبه ۱۱ بهمن`): the date, from the year to the month, and the
/// weekday with where it starts.
pub(crate) fn year_weekday_first(
    cur: Cursor<'_>,
    ctx: Ctx,
) -> Option<(Core<'_>, (Weekday, usize))> {
    let (year, after) = number(cur).ok()??;
    if year.digits != 4 {
        return None;
    }
    let (c, spaces) = after.skip_spaces(ctx.gap);
    if spaces == 0 {
        return None;
    }
    let (weekday, after) = weekday_word(c)?;
    let (d, _) = after.skip_spaces(ctx.gap);
    let d = d.eat(',').or_else(|| d.eat('،')).map_or(d, |a| a.skip_spaces(ctx.gap).0);
    let core = read_core(d, ctx, false).ok()?;
    // A day and a named month, and no year of their own.
    if core.year.is_some() || core.day.is_none() || core.calendar.is_none() {
        return None;
    }
    Some((Core { start: cur.offset(), year: Some(year), ..core }, (weekday, c.offset())))
}

/// The cursor after a month name and the `ماه` that may follow it, and
/// whether there was one.
fn after_month(after: Cursor<'_>, glued: bool, ctx: Ctx) -> (Cursor<'_>, bool) {
    if glued {
        return (after, true);
    }
    let (c, _) = after.skip_spaces(ctx.gap);
    match c.match_word("ماه") {
        Some(a) => (a, true),
        None => (after, false),
    }
}

/// A numeric date `n1 sep n2 sep n3`, if `n1` starts one.
fn numeric<'a>(
    n1: Num,
    after: Cursor<'a>,
    ctx: Ctx,
    pivot: bool,
    start: usize,
) -> Result<Option<Core<'a>>, ParseError> {
    let err = ParseError::new;
    let (c, _) = after.skip_spaces(ctx.sep_gap);
    let Some((sep, after_sep)) = c.next() else {
        return Ok(None);
    };
    if !matches!(sep, '/' | '-' | '.') {
        return Ok(None);
    }
    let (c2, _) = after_sep.skip_spaces(ctx.sep_gap);
    match c2.peek() {
        Some(d) if d.is_ascii_digit() => {}
        Some(d) if d == sep => return Err(err(ParseErrorKind::Expected("a number"), c2.offset())),
        Some(d) if d.is_numeric() => {
            return Err(err(ParseErrorKind::UnsupportedDigit, c2.offset()));
        }
        _ => return Ok(None),
    }
    let Some((n2, after2)) = number(c2)? else {
        return Err(err(ParseErrorKind::Expected("a number"), c2.offset()));
    };
    let (c3, _) = after2.skip_spaces(ctx.sep_gap);
    let after_sep2 = match c3.next() {
        Some((s, a)) if s == sep => a,
        Some(('/' | '-' | '.', _)) => {
            return Err(err(ParseErrorKind::Expected("the same separator"), c3.offset()));
        }
        _ => return Err(err(ParseErrorKind::Expected("a third number"), c3.offset())),
    };
    let (c4, _) = after_sep2.skip_spaces(ctx.sep_gap);
    let Some((n3, after3)) = number(c4)? else {
        return Err(err(ParseErrorKind::Expected("a number"), c4.offset()));
    };
    let (year, month, day) = if n1.digits >= 3 {
        // Year first: year-month-day, the one order written that way.
        if matches!(ctx.order, Some(FieldOrder::DayMonthYear | FieldOrder::MonthDayYear)) {
            return Err(err(
                ParseErrorKind::Expected("the year last, as the field order says"),
                n1.offset,
            ));
        }
        (n1, n2, n3)
    } else if n3.digits >= 3 {
        // Year last: day-month-year or month-day-year, by the caller's
        // choice or by the values; never guessed.
        let (dm, md) = ((n3, n2, n1), (n3, n1, n2));
        match ctx.order {
            Some(FieldOrder::DayMonthYear) => dm,
            Some(FieldOrder::MonthDayYear) => md,
            Some(FieldOrder::YearMonthDay) => {
                return Err(err(
                    ParseErrorKind::Expected("the year first, as the field order says"),
                    start,
                ));
            }
            // In Persian or Arabic-Indic digits, day first: Persian and Dari
            // usage, and no library writes month first in those digits.
            None if !after.raw_char_at(n1.offset).is_some_and(|c| c.is_ascii_digit()) => dm,
            None if n1.value == n2.value || (n1.value > 12 && n2.value <= 12) => dm,
            None if n2.value > 12 && n1.value <= 12 => md,
            None if n1.value > 12 && n2.value > 12 => dm,
            None => {
                let kind = ParseErrorKind::AmbiguousDayMonth {
                    first: n1.value as u8,
                    second: n2.value as u8,
                };
                return Err(err(kind, start));
            }
        }
    } else if n2.digits >= 3 {
        return Err(err(ParseErrorKind::Expected("a one- or two-digit month"), n2.offset));
    } else if !pivot {
        // A two-digit year is refused without a pivot, before any order.
        let at = if n1.value > 31 {
            n1.offset
        } else if n3.value > 31 {
            n3.offset
        } else {
            start
        };
        return Err(err(ParseErrorKind::TwoDigitYear, at));
    } else {
        // Every field has one or two digits, the year too: the order is
        // the caller's, or shown by a value over 31, never guessed.
        let ambiguous = || {
            let kind =
                ParseErrorKind::AmbiguousDayMonth { first: n1.value as u8, second: n2.value as u8 };
            err(kind, start)
        };
        let year_first =
            err(ParseErrorKind::Expected("the year first, as the field order says"), start);
        let year_last =
            err(ParseErrorKind::Expected("the year last, as the field order says"), n1.offset);
        match ctx.order {
            Some(FieldOrder::YearMonthDay) if n3.value > 31 => return Err(year_first),
            Some(FieldOrder::YearMonthDay) => (n1, n2, n3),
            Some(_) if n1.value > 31 => return Err(year_last),
            Some(FieldOrder::DayMonthYear) => (n3, n2, n1),
            Some(FieldOrder::MonthDayYear) => (n3, n1, n2),
            None if n1.value > 31 => (n1, n2, n3),
            None if n3.value <= 31 => return Err(err(ParseErrorKind::AmbiguousOrder, start)),
            None if n1.value > 12 || n1.value == n2.value => (n3, n2, n1),
            None if n2.value > 12 => (n3, n1, n2),
            None => return Err(ambiguous()),
        }
    };
    if month.digits > 2 {
        return Err(err(ParseErrorKind::Expected("a one- or two-digit month"), month.offset));
    }
    if day.digits > 2 {
        return Err(err(ParseErrorKind::Expected("a one- or two-digit day"), day.offset));
    }
    if ctx.extract && year.digits != 4 {
        return Err(err(ParseErrorKind::Expected("a four-digit year"), year.offset));
    }
    // Two digits at most: the values fit a u8.
    Ok(Some(Core {
        start,
        end: after3,
        year: Some(year),
        month: (month.value as u8, month.offset),
        day: Some((day.value as u8, day.offset)),
        calendar: None,
        numeric: true,
    }))
}

/// A date that starts with a number and goes on with a month name: day
/// first (`۶ بهمن ۱۴۰۲`) or year first (`۱۴۰۲ بهمن ۶`).
fn after_number(
    n1: Num,
    after: Cursor<'_>,
    ctx: Ctx,
    start: usize,
) -> Result<Core<'_>, ParseError> {
    let err = ParseError::new;
    let (c_month, _) = after.skip_spaces(ctx.gap);
    // A day may carry an ordinal suffix (`6th`, `۶م`, `٦ەم`, `۶ام`, date-fns's `6-ام`) or a
    // Sorani ezafe (`٦ی ڕێبەندان`) glued to it.
    let found = month_name(c_month, ctx).map(|m| (m, c_month.offset())).or_else(|| {
        if n1.digits > 2 {
            return None;
        }
        // `ماه` between the day and a lunar month (`۱ ماه ذوالحجه`, "the
        // 1st of the month Dhu al-Hijjah"); before a solar month it would
        // be a count of months.
        if let Some(a) = c_month.match_word("ماه") {
            let (a, _) = a.skip_spaces(ctx.gap);
            if let Some(m @ (Calendar::LunarHijri, ..)) = month_name(a, ctx) {
                return Some((m, a.offset()));
            }
        }
        let ezafe = after.eat('ی');
        let (a, _) = day_suffix(after, n1).or(ezafe)?.skip_spaces(ctx.gap);
        month_name(a, ctx).map(|m| (m, a.offset()))
    });
    let Some(((calendar, month, after_name, glued), month_at)) = found else {
        let at = c_month.offset();
        return Err(match c_month.peek() {
            Some(ch) if is_letter(ch) => err(ParseErrorKind::Expected("a month name"), at),
            _ => err(ParseErrorKind::NoDate, start),
        });
    };
    let (end, _) = after_month(after_name, glued, ctx);
    if n1.digits >= 3 {
        let (c, _) = end.skip_spaces(ctx.gap);
        return match number(c)? {
            Some((d, after_day)) if d.digits <= 2 => Ok(Core {
                start,
                end: after_day,
                year: Some(n1),
                month: (month, month_at),
                day: Some((d.value as u8, d.offset)),
                calendar: Some(calendar),
                numeric: false,
            }),
            _ => Err(err(ParseErrorKind::Expected("a day after the month"), c.offset())),
        };
    }
    let core = Core {
        start,
        end,
        year: None,
        month: (month, month_at),
        day: Some((n1.value as u8, n1.offset)),
        calendar: Some(calendar),
        numeric: false,
    };
    year_part(core, ctx)
}

/// The cursor after an ordinal suffix glued to the day `n` (`2nd`, `14th`,
/// `۶م`, `٦ەم`, `۶ام`, date-fns-jalali's `6-ام`), if there is one. An
/// English suffix must agree with the number: `2th` is not read.
fn day_suffix(after: Cursor<'_>, n: Num) -> Option<Cursor<'_>> {
    let english = match (n.value % 100, n.value % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    [english, "-ام", "ام", "هم", "م"].into_iter().find_map(|suffix| after.match_word(suffix))
}

/// The year that may follow a day and month: `[,] [سال] year`.
fn year_part(core: Core<'_>, ctx: Ctx) -> Result<Core<'_>, ParseError> {
    let (c, _) = core.end.skip_spaces(ctx.gap);
    let c = c.eat(',').map_or(c, |a| a.skip_spaces(ctx.gap).0);
    let (c, marked) = match c.match_word("سال") {
        Some(a) => (a.skip_spaces(ctx.gap).0, true),
        None => (c, false),
    };
    match number(c) {
        Ok(Some((year, after))) => {
            // In running text a year has four digits, or three after `سال`,
            // or one to three before an era (`۱۶۸ خورشیدی`, `173 ه.ق`).
            let era = || era_word(after.skip_spaces(ctx.gap).0).is_some();
            if ctx.extract && !(year.digits == 4 || (year.digits == 3 && marked) || era()) {
                return Ok(core);
            }
            Ok(Core { end: after, year: Some(year), ..core })
        }
        Ok(None) if marked && !ctx.extract => {
            Err(ParseError::new(ParseErrorKind::Expected("a year"), c.offset()))
        }
        Ok(None) => Ok(core),
        Err(e) if !ctx.extract => Err(e),
        Err(_) => Ok(core),
    }
}

/// A date that starts with the month: `Bahman 6, 1402`, `March 14 2022`,
/// `آذرماه سال ۱۴۰۲`, `بهمن ۱۴۰۲`.
fn month_first(
    calendar: Calendar,
    month: (u8, usize),
    end: Cursor<'_>,
    ctx: Ctx,
    marked_month: bool,
) -> Result<Core<'_>, ParseError> {
    let err = ParseError::new;
    let start = month.1;
    let (c, _) = end.skip_spaces(ctx.gap);
    let (c, marked_year) = match c.match_word("سال") {
        Some(a) => (a.skip_spaces(ctx.gap).0, true),
        None => (c, false),
    };
    let base =
        Core { start, end, year: None, month, day: None, calendar: Some(calendar), numeric: false };
    match number(c)? {
        Some((n, after)) if n.digits <= 2 && !marked_year => {
            let after = day_suffix(after, n).unwrap_or(after);
            let core = Core { end: after, day: Some((n.value as u8, n.offset)), ..base };
            let core = year_part(core, ctx)?;
            if ctx.extract && core.year.is_none() {
                return Err(err(ParseErrorKind::Expected("a year"), core.end.offset()));
            }
            Ok(core)
        }
        Some((n, after)) => {
            if ctx.extract && !(marked_month || marked_year) {
                return Err(err(ParseErrorKind::NoDate, start));
            }
            if ctx.extract && n.digits < 3 {
                return Err(err(ParseErrorKind::NoDate, start));
            }
            Ok(Core { end: after, year: Some(n), ..base })
        }
        None if marked_year => Err(err(ParseErrorKind::Expected("a year"), c.offset())),
        None => Err(err(ParseErrorKind::NoDate, start)),
    }
}

/// The lenient reader in one call on the date type, for a form field. It
/// lives with the reader, not with the date: dates know nothing of text.
impl JalaliDate {
    /// Reads a date as a person types it into a form, in one call: any
    /// digit set, any separator, month names of every locale, a weekday
    /// (checked), a Gregorian date (converted: `26 January 2024` is this
    /// date too), as the [lenient reader](crate::parse::Lenient) reads them.
    ///
    /// # Errors
    ///
    /// As [`Lenient::parse`](crate::parse::Lenient::parse), and
    /// [`MissingField`](crate::ParseErrorKind::MissingField) for a date
    /// without its year or day (`۱۹ مهر`), [`LunarHijri`](crate::ParseErrorKind::LunarHijri)
    /// for a lunar date.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// let date = JalaliDate::new(1402, 11, 6)?;
    /// for typed in ["۱۴۰۲-۱۱-۰۶", "١٤٠٢/١١/٠٦", "۶ بهمن ۱۴۰۲", "جمعه ۶ بهمن ماه ۱۴۰۲", "1402/11/6", "2024-01-26"] {
    ///     assert_eq!(JalaliDate::parse_lenient(typed)?, date);
    /// }
    /// assert!(JalaliDate::parse_lenient("۱۹ مهر").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_lenient(s: &str) -> Result<JalaliDate, ParseError> {
        let missing = |field| ParseError::new(crate::ParseErrorKind::MissingField(field), 0);
        match Lenient::new().parse(s)? {
            Parsed::Jalali(d) => Ok(d),
            Parsed::Gregorian(g) => Ok(JalaliDate::from_gregorian(g)),
            Parsed::Partial(p) if p.year().is_none() => Err(missing(crate::Field::Year)),
            Parsed::Partial(_) => Err(missing(crate::Field::Day)),
            Parsed::Hijri(_) => Err(ParseError::new(crate::ParseErrorKind::LunarHijri, 0)),
        }
    }
}

/// For the tests and fuzzing: the first character boundary of `text` (or
/// its end) where a lookup through a word table's index finds other than
/// trying every spelling of the table in order, as the reader did before
/// the index.
#[cfg(any(test, fuzzing))]
pub(crate) fn index_disagreement(text: &str) -> Option<usize> {
    use super::text::{longest_indexed_name, longest_indexed_word, longest_name, longest_word};
    let every = |names: &'static [Keyed<u8>]| names.iter().map(|k| (k.name, k.value));
    let key = |r: Option<(u8, Cursor<'_>)>| r.map(|(v, c)| (v, c.key()));
    let era = |r: Option<(Calendar, Cursor<'_>)>| r.map(|(v, c)| (v, c.key()));
    let boundaries = text.char_indices().map(|(at, _)| at).chain([text.len()]);
    boundaries.into_iter().find(|&at| {
        let cur = Cursor::new(text, at);
        let day = key(longest_indexed_word(cur, &DAY_WORDS, &DAY_INDEX))
            == key(longest_word(cur, every(&DAY_WORDS)));
        let unit = key(longest_indexed_word(cur, &UNIT_WORDS, &UNIT_INDEX))
            == key(longest_word(cur, every(&UNIT_WORDS)));
        let weekday = key(longest_indexed_name(cur, &WEEKDAY_KEYED, &WEEKDAY_INDEX))
            == key(longest_name(cur, every(&WEEKDAY_KEYED)));
        let eras = era(longest_indexed_word(cur, &ERAS_KEYED, &ERAS_INDEX))
            == era(longest_word(cur, ERAS_KEYED.iter().map(|k| (k.name, k.value))));
        let months = [Ctx::WHOLE, Ctx::EXTRACT].into_iter().all(|ctx| {
            month_name(cur, ctx) == month_name_among(cur, ctx, MONTH_KEYED.iter())
                && glued_ordinal(cur, ctx) == glued_ordinal_among(cur, ctx, ordinals().iter())
        });
        !(day && unit && weekday && eras && months)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // The month and weekday spellings as they were listed before they were
    // keyed at compile time: the reference for the keyed tables.
    /// The Sorani month spellings: the ones that take the ezafe `ی` glued on
    /// (`ڕێبەندانی`). In Persian a `ی` glued on makes another word (`بهمنی`,
    /// "of Bahman"), which is no month.
    fn sorani_entries() -> impl Iterator<Item = (&'static str, Calendar, u8)> {
        const SORANI: [(&[&str; 12], Calendar); 2] = [
            (&names::JALALI_MONTHS_SORANI, Calendar::Jalali),
            (&names::GREGORIAN_MONTHS_SORANI, Calendar::Gregorian),
        ];
        table_entries(&SORANI).chain(SORANI_VARIANTS.iter().copied())
    }

    /// The entries of month tables, each name with its calendar and number.
    fn table_entries(
        tables: &'static [(&'static [&'static str; 12], Calendar)],
    ) -> impl Iterator<Item = (&'static str, Calendar, u8)> {
        tables.iter().flat_map(|&(table, calendar)| {
            table.iter().zip(1u8..).map(move |(&n, m)| (n, calendar, m))
        })
    }

    /// Every month spelling with its calendar and number; the three-letter
    /// Persian ones too, outside extraction.
    fn month_entries(ctx: Ctx) -> impl Iterator<Item = (&'static str, Calendar, u8)> {
        // The three-letter Persian months are also words (`مرد` "man", `شهر`
        // "city", `بهم` "together"): read in a whole text that is a date,
        // never when finding dates in running text.
        let abbreviations = if ctx.extract { &[][..] } else { &names::JALALI_MONTHS_FA_ABBR[..] };
        table_entries(&MONTH_TABLES)
            .chain(MONTH_VARIANTS.iter().copied())
            .chain(abbreviations.iter().zip(1u8..).map(|(&n, m)| (n, Calendar::Jalali, m)))
    }

    /// The keyed tables hold the same spellings in the same order, and a
    /// key passes exactly the characters the old test let through.
    #[test]
    fn keyed_tables_are_the_spellings_in_order() {
        extern crate std;
        use std::vec::Vec;
        let old: Vec<_> = month_entries(Ctx { extract: false, ..Ctx::WHOLE })
            .map(|e| (e, false))
            .chain(sorani_entries().map(|e| (e, true)))
            .collect();
        assert_eq!(old.len(), MONTH_KEYED.len());
        let abbreviations = month_entries(Ctx { extract: false, ..Ctx::WHOLE }).count()
            - month_entries(Ctx { extract: true, ..Ctx::WHOLE }).count();
        assert_eq!(abbreviations, 12);
        let mut firsts: Vec<char> = Vec::new();
        // The abbreviations follow the tables and the variants.
        let from = MONTH_TABLES.len() * 12 + MONTH_VARIANTS.len();
        for (i, (((name, calendar, month), sorani), keyed)) in
            old.iter().zip(&MONTH_KEYED).enumerate()
        {
            assert_eq!(keyed.name, *name);
            let v = keyed.value;
            assert_eq!((v.calendar, v.month, v.sorani), (*calendar, *month, *sorani), "{name}");
            assert_eq!(v.abbreviation, (from..from + 12).contains(&i), "{name}");
            firsts.extend(name.chars().next());
        }
        let weekdays: Vec<(&str, u8)> = WEEKDAY_TABLES
            .iter()
            .flat_map(|table| table.iter().zip(0u8..).map(|(&n, i)| (n, i)))
            .chain(WEEKDAY_VARIANTS.iter().copied())
            .collect();
        assert_eq!(weekdays.len(), WEEKDAY_KEYED.len());
        for ((name, index), keyed) in weekdays.iter().zip(&WEEKDAY_KEYED) {
            assert_eq!((keyed.name, keyed.value), (*name, *index));
            firsts.extend(name.chars().next());
        }
        for (keyed, (name, calendar)) in ERAS_KEYED.iter().zip(ERAS) {
            assert_eq!((keyed.name, keyed.value), (name, calendar));
        }
        let days: Vec<(&str, u8)> =
            ORDINAL_WORDS.iter().chain(CARDINAL_WORDS.iter()).copied().collect();
        assert_eq!(days, DAY_WORDS.iter().map(|k| (k.name, k.value)).collect::<Vec<_>>());
        let units: Vec<(&str, u8)> =
            days.iter().copied().filter(|&(_, v)| (1..=9).contains(&v)).collect();
        assert_eq!(units, UNIT_WORDS.iter().map(|k| (k.name, k.value)).collect::<Vec<_>>());
        for (keyed, (&name, index)) in
            NARROW_WEEKDAYS.iter().zip(names::WEEKDAYS_FA_NARROW.iter().zip(0u8..))
        {
            assert_eq!((keyed.name, keyed.value), (name, index));
        }
        firsts.extend(days.iter().filter_map(|(n, _)| n.chars().next()));
        // Every first character of a name, folded and not, and others.
        let mut chars: Vec<char> =
            firsts.iter().map(|&c| super::super::text::fold(c).get(0).unwrap_or(c)).collect();
        chars.extend(firsts);
        chars.extend(['a', 'A', 'ي', 'ك', 'آ', 'ا', '۱', '1', ' ', '.']);
        let names = MONTH_KEYED
            .iter()
            .map(|k| (k.name, k.first))
            .chain(WEEKDAY_KEYED.iter().map(|k| (k.name, k.first)))
            .chain(ERAS_KEYED.iter().map(|k| (k.name, k.first)))
            .chain(DAY_WORDS.iter().map(|k| (k.name, k.first)))
            .chain(NARROW_WEEKDAYS.iter().map(|k| (k.name, k.first)));
        // A name the two keys turn away never matches: every name against
        // every name and its first two characters, folded or not.
        let keyed = MONTH_KEYED
            .iter()
            .map(|k| (k.name, k.first, k.second, k.third))
            .chain(WEEKDAY_KEYED.iter().map(|k| (k.name, k.first, k.second, k.third)))
            .chain(ERAS_KEYED.iter().map(|k| (k.name, k.first, k.second, k.third)))
            .chain(DAY_WORDS.iter().map(|k| (k.name, k.first, k.second, k.third)))
            .chain(NARROW_WEEKDAYS.iter().map(|k| (k.name, k.first, k.second, k.third)));
        let probes: Vec<std::string::String> = keyed
            .clone()
            .flat_map(|(n, _, _, _)| {
                [
                    n.into(),
                    n.chars().take(2).collect(),
                    n.chars().take(3).collect(),
                    std::format!("{} ", n.chars().take(2).collect::<std::string::String>()),
                    n.replace('ی', "ي").replace('ک', "ك"),
                ]
            })
            .collect();
        let mut turned = 0;
        for (name, first, second, third) in keyed {
            let k = Keyed::new(name, ());
            assert_eq!((k.first, k.second, k.third), (first, second, third));
            for probe in &probes {
                let cur = Cursor::new(probe, 0);
                // The name folded at compile time matches as its text does.
                assert_eq!(cur.match_keyed(&k), cur.match_pattern(name), "{name} {probe}");
                if !k.may_match(cur.head()) {
                    assert!(cur.match_pattern(name).is_none(), "{name} {probe}");
                    turned += 1;
                }
            }
        }
        assert!(turned > 100_000, "{turned}");
        // Where no day word or month name may begin, none is read.
        let words = [
            "بهمن",
            "بهار",
            "مهر",
            "مهربان",
            "دیروز",
            "سال",
            "ششم",
            "شش",
            "شهر",
            "March",
            "mar",
            "Day",
            "در",
            "و",
        ];
        let mut skipped = 0;
        for probe in probes.iter().map(std::string::String::as_str).chain(words) {
            let cur = Cursor::new(probe, 0);
            if cur.head().0.is_none() || may_start_day_or_month(cur) {
                continue;
            }
            skipped += 1;
            for ctx in [Ctx::WHOLE, Ctx::EXTRACT] {
                assert!(ordinal_word(cur).is_none(), "{probe}");
                assert!(glued_ordinal(cur, ctx).is_none(), "{probe}");
                assert!(month_name(cur, ctx).is_none(), "{probe}");
            }
        }
        assert!(skipped > 50, "{skipped}");
        // The indexed lookups find what trying every spelling finds.
        for probe in probes.iter().map(std::string::String::as_str).chain(words) {
            assert_eq!(index_disagreement(probe), None, "{probe}");
        }
        // Extraction looks for a weekday before a date only at letters,
        // and only after a letter a weekday name may end with.
        for k in &WEEKDAY_KEYED {
            assert!(k.first.is_some_and(is_letter), "{}", k.name);
            let last = Cursor::new(k.name, 0);
            let folded: Vec<char> =
                std::iter::successors(last.next(), |(_, c)| c.next()).map(|(c, _)| c).collect();
            assert!(may_end_weekday(*folded.last().unwrap()), "{}", k.name);
        }
        for k in MONTH_KEYED.iter().map(|k| k.name).chain(DAY_WORDS.iter().map(|k| k.name)) {
            assert!(may_start_day_or_month(Cursor::new(k, 0)), "{k}");
        }
        for (name, first) in names {
            for &c in &chars {
                let keyed = first.is_none() || first == Some(c);
                assert_eq!(Cursor::may_match(Some(c), name), keyed, "{name} {c:?}");
            }
            assert_eq!(Cursor::may_match(None, name), first.is_none(), "{name}");
        }
    }

    /// The numeric shortcut reads what the grammar reads, errors included:
    /// years from 999 to 10000 (and three-digit ones), every month and day
    /// from 0 to 32 with and without padding, three separators, Latin,
    /// Persian, Arabic-Indic and mixed digits, text around, each expected
    /// calendar, two rules.
    #[test]
    fn numeric_shortcut_reads_as_the_grammar_does() {
        extern crate std;
        use std::string::String;
        let sets: [fn(u32) -> char; 4] = [
            |d| char::from(b'0' + d as u8),
            |d| char::from_u32(0x06F0 + d).unwrap(),
            |d| char::from_u32(0x0660 + d).unwrap(),
            |d| {
                if d % 2 == 0 {
                    char::from_u32(0x06F0 + d).unwrap()
                } else {
                    char::from(b'0' + d as u8)
                }
            },
        ];
        let years = [999, 1000, 1206, 1402, 1403, 1699, 1700, 1999, 2024, 2025, 9999, 10000];
        let (mut compared, mut shortcut) = (0, 0);
        for (i, year) in years.into_iter().enumerate() {
            for month in 0..=13u32 {
                for day in [0, 1, 6, 9, 10, 29, 30, 31, 32] {
                    let set = sets[(i + month as usize + day as usize) % 4];
                    let n = |v: u32, width: usize| -> String {
                        let s = std::format!("{v:0width$}");
                        s.chars().map(|c| set(c.to_digit(10).unwrap())).collect()
                    };
                    let sep = ['-', '/', '.'][(month as usize + day as usize) % 3];
                    for width in [1, 2] {
                        let text = std::format!(
                            "{}{sep}{}{sep}{}",
                            n(year, 4),
                            n(month, width),
                            n(day, width)
                        );
                        for input in
                            [text.clone(), std::format!(" {text}"), std::format!("{text}ش")]
                        {
                            let orders = [
                                None,
                                Some(FieldOrder::YearMonthDay),
                                Some(FieldOrder::DayMonthYear),
                                Some(FieldOrder::MonthDayYear),
                            ];
                            for (expect, order) in [Expect::Auto, Expect::Jalali, Expect::Gregorian]
                                .into_iter()
                                .flat_map(|e| orders.map(|o| (e, o)))
                            {
                                let mut l = Lenient::new().expecting(expect);
                                if let Some(order) = order {
                                    l = l.with_order(order);
                                }
                                // A pivot changes nothing for a year of four digits.
                                if order == Some(FieldOrder::YearMonthDay) {
                                    l = l.with_pivot(1400);
                                }
                                assert_eq!(
                                    l.parse(&input),
                                    l.parse_by_grammar_in(Official, &input),
                                    "{input} {expect:?}"
                                );
                                let r = crate::rule::Rule33;
                                assert_eq!(
                                    l.parse_in(r, &input),
                                    l.parse_by_grammar_in(r, &input),
                                    "{input}"
                                );
                                shortcut += usize::from(l.numeric_ymd(Official, &input).is_some());
                                compared += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(compared > 10_000 && shortcut > 1_000, "{compared} {shortcut}");
    }

    /// The same on the texts of the reference data (what people write, what
    /// other libraries print): every string of those JSON lines, read both
    /// ways.
    #[test]
    #[cfg(feature = "std")]
    fn numeric_shortcut_reads_the_reference_data_as_the_grammar_does() {
        extern crate std;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut compared = 0;
        for name in ["parse_examples.jsonl", "peer_dates.jsonl", "peer_strptime.jsonl"] {
            let data = std::fs::read_to_string(dir.join(name)).unwrap();
            // The strings between quotes (an escaped quote only splits one).
            for text in data.split('"').skip(1).step_by(2) {
                for l in [Lenient::new(), Lenient::new().expecting(Expect::Jalali)] {
                    let both = (l.parse(text), l.parse_by_grammar_in(Official, text));
                    assert_eq!(both.0, both.1, "{text:?}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 50_000, "{compared}");
    }

    /// The indexed word lookups find what trying every spelling finds, at
    /// every character of the reference data's texts (what people write,
    /// what other libraries print, date mentions in prose) and of the
    /// spellings.
    #[test]
    #[cfg(feature = "std")]
    fn indexed_lookups_read_the_reference_data_as_every_spelling_does() {
        extern crate std;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut compared = 0;
        for name in [
            "parse_examples.jsonl",
            "peer_dates.jsonl",
            "peer_strptime.jsonl",
            "extract_examples.jsonl",
            "names.json",
        ] {
            let data = std::fs::read_to_string(dir.join(name)).unwrap();
            let texts: std::collections::BTreeSet<&str> =
                data.split('"').skip(1).step_by(2).collect();
            for text in texts {
                assert_eq!(index_disagreement(text), None, "{text:?}");
                compared += 1;
            }
        }
        assert!(compared > 5_000, "{compared}");
    }

    fn ok(s: &str) -> Parsed {
        parse_lenient(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn jalali(y: i32, m: u8, d: u8) -> Parsed {
        Parsed::Jalali(JalaliDate::new(y, m, d).unwrap())
    }

    #[test]
    fn forms() {
        let want = jalali(1402, 11, 6);
        for s in [
            "1402/11/06",
            "١۴٠٢/١١/٠۶",
            "1402 / 11 / 06",
            "۶ بهمن ۱۴۰۲",
            "۶ بهمن‌ماه ۱۴۰۲",
            "۶ بهمنماه ۱۴۰۲",
            "ششم بهمن ماه سال ۱۴۰۲",
            "جمعه، ۶ بهمن ۱۴۰۲ ه.ش.",
            "۱۴۰۲ بهمن ۶, جمعه",
            "Friday, Bahman 6, 1402 AP",
            "6th Bahman 1402",
            "٦ی ڕێبەندانی ١٤٠٢",
        ] {
            assert_eq!(ok(s), want, "{s}");
        }
        assert_eq!(ok("بیست و دوم بهمن ۱۴۰۲"), jalali(1402, 11, 22));
        assert_eq!(ok("سی‌ویکم شهریور ۱۴۰۲"), jalali(1402, 6, 31));
        assert_eq!(ok("سیام آذر ۱۴۰۲"), jalali(1402, 9, 30));
    }

    #[test]
    fn pivots() {
        assert_eq!(nearest_with_last_digits(96, 1400), 1396);
        assert_eq!(nearest_with_last_digits(5, 1400), 1405);
        assert_eq!(nearest_with_last_digits(49, 1400), 1449);
        assert_eq!(nearest_with_last_digits(50, 1400), 1350);
        assert_eq!(nearest_with_last_digits(95, -5), -5);
        assert_eq!(nearest_with_last_digits(99, i32::MAX).rem_euclid(100), 99);
        assert_eq!(nearest_with_last_digits(0, i32::MIN).rem_euclid(100), 0);
    }
}
