//! The spans of the Solar Hijri year a date falls in: its Saturday week,
//! its season (which is its quarter: the calendar's months follow the
//! seasons), a fiscal year that starts in any month, and the starts of
//! days, weeks, months, quarters and years over a range.
//!
//! The week is the week of Iran and Afghanistan, Saturday to Friday, and the
//! first week of a year or a month is the one its first day falls in
//! (CLDR's week data for IR and AF: first day Saturday, minimal days 1).

use core::fmt;
use core::marker::PhantomData;

use crate::rule::{Official, Rule};
use crate::{DateError, JalaliDate, Month, Weekday};

/// A season of the Solar Hijri year, and so a quarter: spring is Farvardin
/// to Khordad (بهار), summer Tir to Shahrivar (تابستان), autumn Mehr to
/// Azar (پاییز), winter Dey to Esfand (زمستان). Variants are numbered from
/// 1 (`Season::Spring as u8 == 1`).
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, Month, Season};
///
/// let date = JalaliDate::new(1402, 11, 6)?;
/// assert_eq!(date.season(), Season::Winter);
/// assert_eq!(date.quarter(), 4);
/// assert_eq!(Season::Winter.months(), [Month::Dey, Month::Bahman, Month::Esfand]);
/// assert_eq!(Season::Winter.next(), Season::Spring);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Season {
    /// Spring, بهار: Farvardin, Ordibehesht, Khordad.
    Spring = 1,
    /// Summer, تابستان: Tir, Mordad, Shahrivar.
    Summer,
    /// Autumn, پاییز: Mehr, Aban, Azar.
    Autumn,
    /// Winter, زمستان: Dey, Bahman, Esfand.
    Winter,
}

const SEASONS: [Season; 4] = [Season::Spring, Season::Summer, Season::Autumn, Season::Winter];

impl Season {
    /// The season numbered `number` (1 = spring, …, 4 = winter), the
    /// quarter of the same number.
    ///
    /// # Errors
    ///
    /// When `number` is not in 1..=4.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Season;
    ///
    /// assert_eq!(Season::new(2)?, Season::Summer);
    /// assert!(Season::new(5).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(number: u8) -> Result<Season, DateError> {
        match number {
            1 => Ok(Season::Spring),
            2 => Ok(Season::Summer),
            3 => Ok(Season::Autumn),
            4 => Ok(Season::Winter),
            _ => Err(DateError::FieldOutOfRange {
                field: crate::Field::Quarter,
                value: number as i64,
                min: 1,
                max: 4,
            }),
        }
    }

    /// The season of a month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Month, Season};
    ///
    /// assert_eq!(Season::of(Month::Mehr), Season::Autumn);
    /// assert_eq!(Season::of(Month::Esfand), Season::Winter);
    /// ```
    pub const fn of(month: Month) -> Season {
        match month as u8 {
            1..=3 => Season::Spring,
            4..=6 => Season::Summer,
            7..=9 => Season::Autumn,
            _ => Season::Winter,
        }
    }

    /// The season's number, 1 to 4: its quarter.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Season;
    ///
    /// assert_eq!(Season::Autumn.number(), 3);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The season's three months, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{Month, Season};
    ///
    /// assert_eq!(Season::Spring.months(), [Month::Farvardin, Month::Ordibehesht, Month::Khordad]);
    /// ```
    pub const fn months(self) -> [Month; 3] {
        let first = match self {
            Season::Spring => Month::Farvardin,
            Season::Summer => Month::Tir,
            Season::Autumn => Month::Mehr,
            Season::Winter => Month::Dey,
        };
        [first, first.next(), first.next().next()]
    }

    /// The season after this one (spring after winter).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Season;
    ///
    /// assert_eq!(Season::Autumn.next(), Season::Winter);
    /// ```
    pub const fn next(self) -> Season {
        match self {
            Season::Spring => Season::Summer,
            Season::Summer => Season::Autumn,
            Season::Autumn => Season::Winter,
            Season::Winter => Season::Spring,
        }
    }

    /// The season before this one (winter before spring).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Season;
    ///
    /// assert_eq!(Season::Spring.previous(), Season::Winter);
    /// ```
    pub const fn previous(self) -> Season {
        match self {
            Season::Spring => Season::Winter,
            Season::Summer => Season::Spring,
            Season::Autumn => Season::Summer,
            Season::Winter => Season::Autumn,
        }
    }

    /// The season's English name (`"Spring"`); the names in each locale are
    /// [`Locale::season_names`](crate::format::Locale::season_names).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Season;
    ///
    /// assert_eq!(Season::Winter.name(), "Winter");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Season::Spring => "Spring",
            Season::Summer => "Summer",
            Season::Autumn => "Autumn",
            Season::Winter => "Winter",
        }
    }

    /// The four seasons, from spring.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Season;
    ///
    /// assert_eq!(Season::all().len(), 4);
    /// ```
    pub const fn all() -> [Season; 4] {
        SEASONS
    }
}

impl fmt::Display for Season {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A span of the calendar that ranges are counted in: a day, a Saturday
/// week, a month, a quarter (a season) or a year.
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, Unit};
///
/// let date = JalaliDate::new(1402, 11, 6)?;
/// assert_eq!(date.start_of(Unit::Quarter)?.to_string(), "1402-10-01");
/// assert_eq!(date.end_of(Unit::Week)?.to_string(), "1402-11-06");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// A day.
    Day,
    /// A week, Saturday to Friday.
    Week,
    /// A month.
    Month,
    /// A quarter, which is a season: three months from Farvardin, Tir,
    /// Mehr or Dey.
    Quarter,
    /// A year, 1 Farvardin to the last of Esfand.
    Year,
}

/// A year's week as CLDR numbers it for Iran and Afghanistan: the year
/// whose 1 Farvardin falls in the week, and the week's number in it.
///
/// Week 1 is the Saturday week of 1 Farvardin, as for
/// [`JalaliDate::week_of_year`]; the two agree on every day but the last
/// few of a year that fall in the week of the next 1 Farvardin, which are in
/// week 1 of the next year here (like `Y` and `w` in CLDR's patterns, and
/// unlike `%U`, which counts the days before the first Saturday as week 0).
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, YearWeek};
///
/// // 1403-12-30 is a Thursday; 1404-01-01, the next day, a Friday.
/// let date = JalaliDate::new(1403, 12, 30)?;
/// assert_eq!(date.week_of_year(), 53);
/// assert_eq!(date.year_week(), YearWeek { year: 1404, week: 1 });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearWeek {
    /// The week-numbering year.
    pub year: i32,
    /// The week, from 1.
    pub week: u8,
}

impl<R: Rule> JalaliDate<R> {
    /// The date's season (its quarter as a [`Season`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Season};
    ///
    /// assert_eq!(JalaliDate::new(1403, 4, 1)?.season(), Season::Summer);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn season(self) -> Season {
        Season::of(self.month())
    }

    /// The date's quarter, 1 to 4 (Farvardin to Khordad is 1).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// assert_eq!(JalaliDate::new(1403, 7, 1)?.quarter(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn quarter(self) -> u8 {
        self.season().number()
    }

    /// The week of the month, from 1: the Saturday week of the month's first
    /// day is week 1.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::JalaliDate;
    ///
    /// // 1 Bahman 1402 was a Sunday: the 6th, a Friday, ends week 1.
    /// assert_eq!(JalaliDate::new(1402, 11, 6)?.week_of_month(), 1);
    /// assert_eq!(JalaliDate::new(1402, 11, 7)?.week_of_month(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn week_of_month(self) -> u8 {
        // The weekday of the month's first day, from Saturday.
        let lead = Weekday::from_day_number(self.to_day_number() - (self.day() as i32 - 1))
            .to_saturday_zero_offset();
        (self.day() - 1 + lead) / 7 + 1
    }

    /// The week-numbering year and week of the date ([`YearWeek`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, YearWeek};
    ///
    /// let date = JalaliDate::new(1402, 11, 6)?;
    /// assert_eq!(date.year_week(), YearWeek { year: 1402, week: date.week_of_year() });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn year_week(self) -> YearWeek {
        let year = self.year();
        // The last days of the year are in the next year's week 1 when
        // they share a week with its 1 Farvardin.
        let to_friday = 6 - self.weekday().to_saturday_zero_offset() as u16;
        if self.day_of_year() + to_friday > self.days_in_year() {
            return YearWeek { year: year + 1, week: 1 };
        }
        YearWeek { year, week: self.week_of_year() }
    }

    /// The first day of the date's span `unit`: the Saturday of its week,
    /// the first of its month, of its quarter's first month, 1 Farvardin of
    /// its year (the date itself for [`Unit::Day`]).
    ///
    /// # Errors
    ///
    /// Only at the start of the range, when that day is before
    /// [`JalaliDate::MIN`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Unit};
    ///
    /// let date = JalaliDate::new(1402, 11, 6)?;
    /// assert_eq!(date.start_of(Unit::Week)?.to_string(), "1402-10-30");
    /// assert_eq!(date.start_of(Unit::Month)?.to_string(), "1402-11-01");
    /// assert_eq!(date.start_of(Unit::Year)?.to_string(), "1402-01-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn start_of(self, unit: Unit) -> Result<Self, DateError> {
        match unit {
            Unit::Day => Ok(self),
            Unit::Week => {
                let back = self.weekday().to_saturday_zero_offset() as i32;
                in_range(self.checked_sub_days(back))
            }
            Unit::Month => self.with_day(1),
            Unit::Quarter => match self.with_day(1) {
                Ok(first) => first.with_month((self.quarter() - 1) * 3 + 1),
                Err(e) => Err(e),
            },
            Unit::Year => self.first_day_of_year(),
        }
    }

    /// The last day of the date's span `unit`: the Friday of its week, the
    /// last of its month, of its quarter's last month, of its year.
    ///
    /// # Errors
    ///
    /// Only at the end of the range, when that day is after
    /// [`JalaliDate::MAX`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Unit};
    ///
    /// let date = JalaliDate::new(1403, 11, 6)?;
    /// assert_eq!(date.end_of(Unit::Week)?.to_string(), "1403-11-12");
    /// assert_eq!(date.end_of(Unit::Quarter)?.to_string(), "1403-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn end_of(self, unit: Unit) -> Result<Self, DateError> {
        match unit {
            Unit::Day => Ok(self),
            Unit::Week => {
                let ahead = 6 - self.weekday().to_saturday_zero_offset() as i32;
                in_range(self.checked_add_days(ahead))
            }
            Unit::Month => self.last_day_of_month(),
            Unit::Quarter => match self.with_day(1) {
                Ok(first) => match first.with_month(self.quarter() * 3) {
                    Ok(last_month) => last_month.last_day_of_month(),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            },
            Unit::Year => self.last_day_of_year(),
        }
    }

    /// The first `weekday` after the date (a week later when the date is
    /// one): «جمعه‌ی بعد».
    ///
    /// # Errors
    ///
    /// When that day is after [`JalaliDate::MAX`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Weekday};
    ///
    /// let friday = JalaliDate::new(1402, 11, 6)?;
    /// assert_eq!(friday.next_weekday(Weekday::Friday)?.to_string(), "1402-11-13");
    /// assert_eq!(friday.next_weekday(Weekday::Saturday)?.to_string(), "1402-11-07");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn next_weekday(self, weekday: Weekday) -> Result<Self, DateError> {
        let from = self.weekday().to_saturday_zero_offset() as i32;
        let to = weekday.to_saturday_zero_offset() as i32;
        let ahead = (to - from + 6).rem_euclid(7) + 1;
        in_range(self.checked_add_days(ahead))
    }

    /// The last `weekday` before the date (a week earlier when the date is
    /// one): «شنبه‌ی قبل».
    ///
    /// # Errors
    ///
    /// When that day is before [`JalaliDate::MIN`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Weekday};
    ///
    /// let friday = JalaliDate::new(1402, 11, 6)?;
    /// assert_eq!(friday.previous_weekday(Weekday::Saturday)?.to_string(), "1402-10-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn previous_weekday(self, weekday: Weekday) -> Result<Self, DateError> {
        let from = self.weekday().to_saturday_zero_offset() as i32;
        let to = weekday.to_saturday_zero_offset() as i32;
        let back = (from - to + 6).rem_euclid(7) + 1;
        in_range(self.checked_sub_days(back))
    }

    /// The fiscal year of the date when fiscal years start on the first of
    /// `first`, named after the Solar Hijri year they start in. Iran's
    /// government year is the solar year (`first` = Farvardin: the date's
    /// year).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Month};
    ///
    /// let date = JalaliDate::new(1403, 2, 10)?;
    /// assert_eq!(date.fiscal_year(Month::Farvardin), 1403);
    /// // A fiscal year from 1 Tir: 1402-04-01 to 1403-03-31.
    /// assert_eq!(date.fiscal_year(Month::Tir), 1402);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn fiscal_year(self, first: Month) -> i32 {
        if self.month_number() >= first as u8 { self.year() } else { self.year() - 1 }
    }

    /// The first day of each span `unit` from the one `self` is in to the
    /// one `end` is in, both included, in order: the first may be before
    /// `self` (date-fns' `eachWeekOfInterval`, `eachMonthOfInterval`, …;
    /// for [`Unit::Day`], every day). Empty when `end` is earlier than
    /// `self`'s span.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, Unit};
    ///
    /// let from = JalaliDate::new(1402, 11, 6)?;
    /// let to = JalaliDate::new(1403, 2, 1)?;
    /// let months: Vec<String> = from.starts_to(to, Unit::Month).map(|d| d.to_string()).collect();
    /// assert_eq!(months, ["1402-11-01", "1402-12-01", "1403-01-01", "1403-02-01"]);
    /// assert_eq!(from.starts_to(to, Unit::Quarter).count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn starts_to(self, end: Self, unit: Unit) -> Starts<R> {
        // At the start of the range, the first span's start is the range's
        // first day.
        let next = match self.start_of(unit) {
            Ok(start) => Some(start),
            Err(_) => Some(JalaliDate::from_day_number_unchecked(R::KIND.day_range().0)),
        };
        Starts { next, end, unit, rule: PhantomData }
    }
}

/// A date of the arithmetic, or the error of one past the rule's range.
const fn in_range<R: Rule>(date: Option<JalaliDate<R>>) -> Result<JalaliDate<R>, DateError> {
    match date {
        Some(date) => Ok(date),
        None => Err(DateError::Overflow { rule: R::KIND }),
    }
}

/// The first day of each span over a range, made by
/// [`JalaliDate::starts_to`].
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, Unit};
///
/// let from = JalaliDate::new(1402, 11, 6)?;
/// let weeks = from.starts_to(from.checked_add_days(20).unwrap(), Unit::Week);
/// assert_eq!(weeks.map(|d| d.day()).collect::<Vec<_>>(), [30, 7, 14, 21]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Starts<R: Rule = Official> {
    next: Option<JalaliDate<R>>,
    end: JalaliDate<R>,
    unit: Unit,
    rule: PhantomData<R>,
}

impl<R: Rule> Iterator for Starts<R> {
    type Item = JalaliDate<R>;

    fn next(&mut self) -> Option<JalaliDate<R>> {
        let date = self.next.filter(|d| *d <= self.end)?;
        self.next = match self.unit {
            Unit::Day => date.checked_add_days(1),
            Unit::Week => date.end_of(Unit::Week).ok().and_then(|d| d.checked_add_days(1)),
            Unit::Month => date.end_of(Unit::Month).ok().and_then(|d| d.checked_add_days(1)),
            Unit::Quarter => date.end_of(Unit::Quarter).ok().and_then(|d| d.checked_add_days(1)),
            Unit::Year => date.end_of(Unit::Year).ok().and_then(|d| d.checked_add_days(1)),
        };
        Some(date)
    }
}

impl<R: Rule> core::iter::FusedIterator for Starts<R> {}

/// A count of years on the Solar Hijri calendar: the official one from the
/// Hijra, and two others that users ask for on the same months and days,
/// for display and for reading back: the Imperial count (شاهنشاهی, from
/// Cyrus's accession, the Solar Hijri year + 1180, official in Iran in
/// 1355–1357) and the Kurdish count (the year + 1321). Only the year's
/// number differs; the leap years are the Solar Hijri ones.
///
/// # Example
///
/// ```
/// use shamsi::{JalaliDate, YearCount};
///
/// let date = JalaliDate::new(1402, 11, 6)?;
/// assert_eq!(date.year_in(YearCount::Imperial), 2582);
/// assert_eq!(date.year_in(YearCount::Kurdish), 2723);
/// assert_eq!(JalaliDate::new_in_count(YearCount::Imperial, 2582, 11, 6)?, date);
/// assert_eq!(YearCount::Imperial.label_fa(), "شاهنشاهی");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum YearCount {
    /// The Solar Hijri year (هجری شمسی), the official count.
    #[default]
    SolarHijri,
    /// The Imperial year (شاهنشاهی): the Solar Hijri year + 1180.
    Imperial,
    /// The Kurdish year (کوردی): the Solar Hijri year + 1321.
    Kurdish,
}

impl YearCount {
    /// What the count adds to the Solar Hijri year.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::YearCount;
    ///
    /// assert_eq!(YearCount::Kurdish.offset(), 1321);
    /// ```
    pub const fn offset(self) -> i32 {
        match self {
            YearCount::SolarHijri => 0,
            YearCount::Imperial => 1180,
            YearCount::Kurdish => 1321,
        }
    }

    /// The count's label in Persian (Sorani for the Kurdish count), to
    /// write beside a year so that it is never taken for a Solar Hijri one.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::YearCount;
    ///
    /// assert_eq!(YearCount::SolarHijri.label_fa(), "هجری شمسی");
    /// assert_eq!(YearCount::Kurdish.label_fa(), "کوردی");
    /// ```
    pub const fn label_fa(self) -> &'static str {
        match self {
            YearCount::SolarHijri => "هجری شمسی",
            YearCount::Imperial => "شاهنشاهی",
            YearCount::Kurdish => "کوردی",
        }
    }

    /// The count's label in English.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::YearCount;
    ///
    /// assert_eq!(YearCount::Imperial.label_en(), "Imperial");
    /// ```
    pub const fn label_en(self) -> &'static str {
        match self {
            YearCount::SolarHijri => "Solar Hijri",
            YearCount::Imperial => "Imperial",
            YearCount::Kurdish => "Kurdish",
        }
    }
}

impl JalaliDate {
    /// The date from its year in `count`, its month and its day.
    ///
    /// # Errors
    ///
    /// As [`JalaliDate::new`], for the Solar Hijri year the count's year
    /// stands for.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, YearCount};
    ///
    /// let date = JalaliDate::new_in_count(YearCount::Kurdish, 2725, 1, 1)?;
    /// assert_eq!(date.to_string(), "1404-01-01");
    /// assert!(JalaliDate::new_in_count(YearCount::Kurdish, 2724, 12, 30).is_ok()); // 1403 was leap
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn new_in_count(
        count: YearCount,
        year: i32,
        month: u8,
        day: u8,
    ) -> Result<JalaliDate, DateError> {
        match year.checked_sub(count.offset()) {
            Some(y) => JalaliDate::new(y, month, day),
            None => Err(DateError::Overflow { rule: crate::rule::RuleKind::Official }),
        }
    }
}

impl<R: Rule> JalaliDate<R> {
    /// The date's year in `count`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::{JalaliDate, YearCount};
    ///
    /// assert_eq!(JalaliDate::new(1355, 1, 1)?.year_in(YearCount::Imperial), 2535);
    /// # Ok::<(), shamsi::DateError>(())
    /// ```
    pub const fn year_in(self, count: YearCount) -> i32 {
        self.year() + count.offset()
    }
}
