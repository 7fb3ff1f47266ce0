//! Recurrence in Solar Hijri terms: "every month on the 31st, or the last
//! day when the month is shorter", "every year on 9 Khordad", "the last
//! Wednesday of the year", "every two weeks on Saturday", with the
//! month-end policy explicit; and the iCalendar form of such rules,
//! `RRULE` with `RSCALE=PERSIAN` (RFC 5545 and RFC 7529), which is how
//! calendar applications carry them.
//!
//! A rule is a frequency (daily, weekly, monthly, yearly), an interval, and
//! at most one of: a day of the month (from the start, or from the end when
//! negative), a weekday with its place in the month or year (the 2nd
//! Saturday, the last Wednesday), or a weekday of every week; a yearly rule
//! may name its month. A day the month does not have (the 31st of Mehr, 30
//! Esfand in a common year) is skipped, moved back to the month's last day,
//! or moved forward to the next month's first, as RFC 7529's `SKIP` says.

use core::fmt;
use core::str::FromStr;

use crate::{JalaliDate, Month, Weekday};

/// How often a rule repeats: its `FREQ`.
///
/// # Example
///
/// ```
/// use shamsi::holidays::{Frequency, Recurrence};
/// use shamsi::JalaliDate;
///
/// let start = JalaliDate::new(1404, 1, 1)?;
/// let daily = Recurrence::new(Frequency::Daily, start);
/// assert_eq!(daily.occurrences(start, JalaliDate::new(1404, 1, 10)?).count(), 10);
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frequency {
    /// Every day (`FREQ=DAILY`).
    Daily,
    /// Every week (`FREQ=WEEKLY`).
    Weekly,
    /// Every Solar Hijri month (`FREQ=MONTHLY`).
    Monthly,
    /// Every Solar Hijri year (`FREQ=YEARLY`).
    Yearly,
}

/// What a rule does with a day its month does not have (RFC 7529's
/// `SKIP`).
///
/// # Example
///
/// ```
/// use shamsi::holidays::{Frequency, Recurrence, Skip};
/// use shamsi::JalaliDate;
///
/// // The 31st of Mehr does not exist: moved to the 1st of Aban.
/// let start = JalaliDate::new(1404, 6, 31)?;
/// let rule = Recurrence::new(Frequency::Monthly, start).with_skip(Skip::Forward);
/// assert_eq!(rule.occurrences(start, JalaliDate::MAX).nth(1).map(|d| d.to_string()), Some("1404-08-01".into()));
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Skip {
    /// No occurrence that month (`SKIP=OMIT`, the default of RFC 7529).
    #[default]
    Omit,
    /// The month's last day instead (`SKIP=BACKWARD`).
    Backward,
    /// The next month's first day instead (`SKIP=FORWARD`).
    Forward,
}

/// Which day of a period a rule picks.
///
/// # Example
///
/// ```
/// use shamsi::holidays::{DayRule, Frequency, Recurrence};
/// use shamsi::JalaliDate;
///
/// // The last day of every month.
/// let start = JalaliDate::new(1404, 1, 1)?;
/// let rule = Recurrence::new(Frequency::Monthly, start).with_day(DayRule::MonthDay(-1));
/// let ends: Vec<u8> = rule.occurrences(start, JalaliDate::new(1404, 12, 29)?).map(|d| d.day()).collect();
/// assert_eq!(ends, [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29]);
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayRule {
    /// The day of the month of the rule's start.
    Start,
    /// The day of the month, 1 to 31, or from the end when negative (-1 is
    /// the last day): `BYMONTHDAY`.
    MonthDay(i8),
    /// The `n`th `weekday` of the month (or of the year, in a yearly rule
    /// without a month), from the end when negative: `BYDAY=2SA`,
    /// `BYDAY=-1WE`.
    NthWeekday(i8, Weekday),
    /// Every `weekday` (in a weekly rule): `BYDAY=SA`.
    Weekday(Weekday),
}

/// A recurrence rule from a start date: the occurrences are the dates of
/// the rule's periods, from the start's, that it picks, on or after the
/// start.
///
/// # Example
///
/// ```
/// use shamsi::holidays::{DayRule, Frequency, Recurrence, Skip};
/// use shamsi::{JalaliDate, Weekday};
///
/// // Rent on the 31st, or the last day of a shorter month.
/// let start = JalaliDate::new(1404, 1, 31)?;
/// let rent = Recurrence::new(Frequency::Monthly, start).with_skip(Skip::Backward);
/// let to = JalaliDate::new(1404, 8, 30)?;
/// let days: Vec<String> = rent.occurrences(start, to).map(|d| d.to_string()).collect();
/// assert_eq!(days[5..], ["1404-06-31", "1404-07-30", "1404-08-30"]);
/// assert_eq!(rent.to_string(), "RRULE:RSCALE=PERSIAN;FREQ=MONTHLY;BYMONTHDAY=31;SKIP=BACKWARD");
///
/// // The last Wednesday of the year (چهارشنبه‌سوری is its eve).
/// let last_wednesday = Recurrence::new(Frequency::Yearly, start)
///     .with_month(None)
///     .with_day(DayRule::NthWeekday(-1, Weekday::Wednesday));
/// let first = last_wednesday.occurrences(start, JalaliDate::MAX).next().unwrap();
/// assert_eq!(first.to_string(), "1404-12-27");
///
/// // The first business day of each month in Iran: the 1st, or the next
/// // business day after it.
/// use shamsi::holidays::{Country, WorkCalendar};
/// let work = WorkCalendar::new(Country::Iran);
/// let firsts = Recurrence::new(Frequency::Monthly, JalaliDate::new(1404, 1, 1)?);
/// let to = JalaliDate::new(1404, 3, 31)?;
/// let mut days = Vec::new();
/// for day in firsts.occurrences(firsts.start(), to) {
///     days.push(if work.is_business_day(day)? { day } else { work.next_business_day(day)? }.to_string());
/// }
/// assert_eq!(days, ["1404-01-05", "1404-02-01", "1404-03-01"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Recurrence {
    frequency: Frequency,
    interval: u16,
    month: Option<Month>,
    day: DayRule,
    skip: Skip,
    start: JalaliDate,
}

impl Recurrence {
    /// A rule of `frequency` from `start`, every period, on the start's day
    /// (its day of the month, or its weekday in a weekly rule), days a month
    /// lacks omitted.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Frequency, Recurrence};
    /// use shamsi::JalaliDate;
    ///
    /// // Every year on 9 Khordad.
    /// let start = JalaliDate::new(1404, 3, 9)?;
    /// let rule = Recurrence::new(Frequency::Yearly, start);
    /// let next: Vec<String> = rule.occurrences(start, JalaliDate::new(1406, 12, 29)?)
    ///     .map(|d| d.to_string()).collect();
    /// assert_eq!(next, ["1404-03-09", "1405-03-09", "1406-03-09"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(frequency: Frequency, start: JalaliDate) -> Recurrence {
        let month = match frequency {
            Frequency::Yearly => Some(start.month()),
            _ => None,
        };
        Recurrence { frequency, interval: 1, month, day: DayRule::Start, skip: Skip::Omit, start }
    }

    /// The same rule every `interval` periods (`INTERVAL`; 0 is taken as 1).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Frequency, Recurrence};
    /// use shamsi::JalaliDate;
    ///
    /// // Every two weeks from a Saturday.
    /// let start = JalaliDate::new(1404, 1, 2)?;
    /// let rule = Recurrence::new(Frequency::Weekly, start).with_interval(2);
    /// let days: Vec<u8> = rule.occurrences(start, JalaliDate::new(1404, 1, 31)?).map(|d| d.day()).collect();
    /// assert_eq!(days, [2, 16, 30]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_interval(self, interval: u16) -> Recurrence {
        let interval = if interval == 0 { 1 } else { interval };
        Recurrence { interval, ..self }
    }

    /// The same rule picking `day` in each period.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{DayRule, Frequency, Recurrence};
    /// use shamsi::{JalaliDate, Weekday};
    ///
    /// // The second Saturday of each month.
    /// let start = JalaliDate::new(1404, 1, 1)?;
    /// let rule = Recurrence::new(Frequency::Monthly, start)
    ///     .with_day(DayRule::NthWeekday(2, Weekday::Saturday));
    /// let days: Vec<String> = rule.occurrences(start, JalaliDate::new(1404, 3, 31)?)
    ///     .map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["1404-01-09", "1404-02-13", "1404-03-10"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_day(self, day: DayRule) -> Recurrence {
        Recurrence { day, ..self }
    }

    /// The same yearly rule in `month` (`BYMONTH`), or, with `None`, over the
    /// whole year (for the `n`th weekday of the year).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{DayRule, Frequency, Recurrence};
    /// use shamsi::{JalaliDate, Month, Weekday};
    ///
    /// let start = JalaliDate::new(1404, 1, 1)?;
    /// let rule = Recurrence::new(Frequency::Yearly, start)
    ///     .with_month(Some(Month::Mehr))
    ///     .with_day(DayRule::NthWeekday(1, Weekday::Saturday));
    /// assert_eq!(rule.occurrences(start, JalaliDate::MAX).next().map(|d| d.to_string()), Some("1404-07-05".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_month(self, month: Option<Month>) -> Recurrence {
        Recurrence { month, ..self }
    }

    /// The same rule with `skip` for days a month lacks.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Frequency, Recurrence, Skip};
    /// use shamsi::JalaliDate;
    ///
    /// // 30 Esfand, in a common year the next day (1 Farvardin).
    /// let start = JalaliDate::new(1403, 12, 30)?;
    /// let rule = Recurrence::new(Frequency::Yearly, start).with_skip(Skip::Forward);
    /// let days: Vec<String> = rule.occurrences(start, JalaliDate::new(1405, 6, 1)?).map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["1403-12-30", "1405-01-01"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_skip(self, skip: Skip) -> Recurrence {
        Recurrence { skip, ..self }
    }

    /// The rule's start (`DTSTART`).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Frequency, Recurrence};
    /// use shamsi::JalaliDate;
    ///
    /// let start = JalaliDate::new(1404, 1, 1)?;
    /// assert_eq!(Recurrence::new(Frequency::Daily, start).start(), start);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn start(&self) -> JalaliDate {
        self.start
    }

    /// The occurrences from `from` to `to`, both included, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Frequency, Recurrence};
    /// use shamsi::JalaliDate;
    ///
    /// let start = JalaliDate::new(1404, 1, 31)?;
    /// let rule = Recurrence::new(Frequency::Monthly, start);
    /// // Mehr to Esfand have no 31st: omitted.
    /// assert_eq!(rule.occurrences(start, JalaliDate::new(1405, 1, 31)?).count(), 7);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn occurrences(&self, from: JalaliDate, to: JalaliDate) -> Occurrences {
        // From the period before the one `from` is in (a day moved forward
        // from it may fall in `from`'s), and never before the start's.
        let period = self.period_of(from.max(self.start)).map_or(0, |p| (p - 1).max(0));
        Occurrences { rule: *self, period, from, to, done: false }
    }

    /// The date the rule picks in its `index`th period from the start's
    /// (it may be before the start), or `Some(None)` if none; `None` past
    /// the range.
    fn period(&self, index: i64) -> Option<Option<JalaliDate>> {
        let step = index.checked_mul(i64::from(self.interval))?;
        let start = self.start;
        match self.frequency {
            Frequency::Daily => Some(Some(start.checked_add_days(i32::try_from(step).ok()?)?)),
            Frequency::Weekly => {
                let week = start.start_of(crate::Unit::Week).ok()?;
                let first = week.checked_add_days(i32::try_from(step.checked_mul(7)?).ok()?)?;
                let weekday = match self.day {
                    DayRule::Weekday(w) | DayRule::NthWeekday(_, w) => w,
                    DayRule::Start | DayRule::MonthDay(_) => start.weekday(),
                };
                Some(first.checked_add_days(i32::from(weekday.to_saturday_zero_offset())))
            }
            Frequency::Monthly => {
                let months = i64::from(start.month_number()) - 1 + step;
                let year = i32::try_from(i64::from(start.year()) + months.div_euclid(12)).ok()?;
                let month = Month::new((months.rem_euclid(12) + 1) as u8).ok()?;
                self.in_month(year, month)
            }
            Frequency::Yearly => {
                let year = i32::try_from(i64::from(start.year()) + step).ok()?;
                match (self.month, self.day) {
                    (None, DayRule::NthWeekday(n, w)) => nth_weekday_of_year(year, n, w),
                    (month, _) => self.in_month(year, month.unwrap_or(start.month())),
                }
            }
        }
    }

    /// The index of the period `date` falls in (counted from the start's).
    fn period_of(&self, date: JalaliDate) -> Option<i64> {
        let index = match self.frequency {
            Frequency::Daily => i64::from(self.start.days_until(date)),
            Frequency::Weekly => {
                let a = self.start.start_of(crate::Unit::Week).ok()?;
                let b = date.start_of(crate::Unit::Week).ok()?;
                i64::from(a.days_until(b)).div_euclid(7)
            }
            Frequency::Monthly => {
                (i64::from(date.year()) - i64::from(self.start.year())) * 12
                    + i64::from(date.month_number())
                    - i64::from(self.start.month_number())
            }
            Frequency::Yearly => i64::from(date.year()) - i64::from(self.start.year()),
        };
        Some(index.div_euclid(i64::from(self.interval)))
    }

    /// The day the rule picks in one month (`Some(None)` when it has none);
    /// `None` when the month is out of the range.
    fn in_month(&self, year: i32, month: Month) -> Option<Option<JalaliDate>> {
        let first = JalaliDate::new(year, month.number(), 1).ok()?;
        let days = i32::from(first.days_in_month());
        let day = match self.day {
            DayRule::Start => i32::from(self.start.day()),
            DayRule::MonthDay(d) if d > 0 => i32::from(d),
            DayRule::MonthDay(d) => days + 1 + i32::from(d),
            DayRule::NthWeekday(n, w) => return Some(nth_weekday(first, days, n, w)),
            DayRule::Weekday(w) => return Some(nth_weekday(first, days, 1, w)),
        };
        if (1..=days).contains(&day) {
            return Some(first.checked_add_days(day - 1));
        }
        // A day the month lacks (or before its first, from the end).
        Some(match (self.skip, day > days) {
            (Skip::Omit, _) => None,
            (Skip::Backward, true) => first.checked_add_days(days - 1),
            (Skip::Forward, true) => first.checked_add_days(days),
            (Skip::Backward, false) => first.checked_sub_days(1),
            (Skip::Forward, false) => Some(first),
        })
    }

    /// Whether `date` is an occurrence.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Frequency, Recurrence};
    /// use shamsi::JalaliDate;
    ///
    /// let start = JalaliDate::new(1404, 3, 9)?;
    /// let rule = Recurrence::new(Frequency::Yearly, start);
    /// assert!(rule.contains(JalaliDate::new(1410, 3, 9)?));
    /// assert!(!rule.contains(JalaliDate::new(1410, 3, 10)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, date: JalaliDate) -> bool {
        if date < self.start {
            return false;
        }
        // The date's period, and those either side (a day moved forward
        // from the one before, or back from the one after).
        let Some(index) = self.period_of(date) else { return false };
        [index - 1, index, index + 1].iter().any(|&k| k >= 0 && self.period(k) == Some(Some(date)))
    }
}

/// The `n`th `weekday` of the month beginning `first` (of `days` days),
/// from the end when `n` is negative.
fn nth_weekday(first: JalaliDate, days: i32, n: i8, weekday: Weekday) -> Option<JalaliDate> {
    let lead = (i32::from(weekday.to_saturday_zero_offset())
        - i32::from(first.weekday().to_saturday_zero_offset()))
    .rem_euclid(7);
    let count = (days - lead + 6) / 7;
    let n = i32::from(n);
    let k = if n > 0 { n - 1 } else { count + n };
    if n == 0 || !(0..count).contains(&k) {
        return None;
    }
    first.checked_add_days(lead + 7 * k)
}

/// The `n`th `weekday` of the year, from the end when negative.
fn nth_weekday_of_year(year: i32, n: i8, weekday: Weekday) -> Option<Option<JalaliDate>> {
    let first = JalaliDate::new(year, 1, 1).ok()?;
    Some(nth_weekday(first, i32::from(first.days_in_year()), n, weekday))
}

/// The occurrences of a rule over a range, in order: made by
/// [`Recurrence::occurrences`].
///
/// # Example
///
/// ```
/// use shamsi::holidays::{Frequency, Recurrence};
/// use shamsi::JalaliDate;
///
/// let start = JalaliDate::new(1404, 1, 1)?;
/// let mut weeks = Recurrence::new(Frequency::Weekly, start).occurrences(start, JalaliDate::MAX);
/// assert_eq!(weeks.nth(1).map(|d| d.to_string()), Some("1404-01-08".into()));
/// # Ok::<(), shamsi::DateError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Occurrences {
    rule: Recurrence,
    period: i64,
    from: JalaliDate,
    to: JalaliDate,
    done: bool,
}

impl Iterator for Occurrences {
    type Item = JalaliDate;

    fn next(&mut self) -> Option<JalaliDate> {
        // A month without the day has no occurrence; twelve such in a row
        // at most, or 53 weeks for the 53rd weekday of a year: past that
        // many empty periods, none is left.
        let mut empty = 0;
        while !self.done {
            let Some(found) = self.rule.period(self.period) else { break };
            self.period += 1;
            match found {
                Some(date) if date > self.to => break,
                Some(date) if date >= self.from && date >= self.rule.start => return Some(date),
                Some(_) => empty = 0,
                None => {
                    empty += 1;
                    if empty > 400 {
                        break;
                    }
                }
            }
        }
        self.done = true;
        None
    }
}

impl core::iter::FusedIterator for Occurrences {}

/// The two-letter iCalendar names of the weekdays, Saturday first.
const ICAL_DAYS: [&str; 7] = ["SA", "SU", "MO", "TU", "WE", "TH", "FR"];

impl fmt::Display for Recurrence {
    /// The rule as an iCalendar `RRULE` line with `RSCALE=PERSIAN` (RFC
    /// 7529); the start is the event's `DTSTART`, not part of the line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let freq = match self.frequency {
            Frequency::Daily => "DAILY",
            Frequency::Weekly => "WEEKLY",
            Frequency::Monthly => "MONTHLY",
            Frequency::Yearly => "YEARLY",
        };
        write!(f, "RRULE:RSCALE=PERSIAN;FREQ={freq}")?;
        if self.interval > 1 {
            write!(f, ";INTERVAL={}", self.interval)?;
        }
        if self.frequency == Frequency::Yearly {
            if let Some(m) = self.month {
                write!(f, ";BYMONTH={}", m.number())?;
            }
        }
        let day_name = |w: Weekday| {
            ICAL_DAYS.get(usize::from(w.to_saturday_zero_offset())).copied().unwrap_or("")
        };
        match self.day {
            DayRule::Start => match self.frequency {
                Frequency::Monthly | Frequency::Yearly => {
                    write!(f, ";BYMONTHDAY={}", self.start.day())?
                }
                Frequency::Weekly => write!(f, ";BYDAY={}", day_name(self.start.weekday()))?,
                Frequency::Daily => {}
            },
            DayRule::MonthDay(d) => write!(f, ";BYMONTHDAY={d}")?,
            DayRule::NthWeekday(n, w) => write!(f, ";BYDAY={n}{}", day_name(w))?,
            DayRule::Weekday(w) => write!(f, ";BYDAY={}", day_name(w))?,
        }
        match self.skip {
            Skip::Omit => Ok(()),
            Skip::Backward => f.write_str(";SKIP=BACKWARD"),
            Skip::Forward => f.write_str(";SKIP=FORWARD"),
        }
    }
}

/// An `RRULE` this crate does not read: what and where.
///
/// # Example
///
/// ```
/// use shamsi::holidays::RruleError;
///
/// let err = "RRULE:FREQ=MONTHLY".parse::<shamsi::holidays::RecurrenceRule>().unwrap_err();
/// assert_eq!(err, RruleError::NotPersian);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum RruleError {
    /// The rule has no `RSCALE=PERSIAN`: its days would be Gregorian ones.
    #[error("the rule has no RSCALE=PERSIAN, so its days are not Solar Hijri days")]
    NotPersian,
    /// A part this crate does not read (`BYSETPOS`, `COUNT`, `UNTIL`, a
    /// second `BYDAY`, …), at its byte offset.
    #[error("the rule part at byte {at} is not one this crate reads")]
    Unsupported {
        /// The byte offset of the part.
        at: usize,
    },
    /// A part with a value out of its range, at its byte offset.
    #[error("the rule part at byte {at} has a value out of its range")]
    Invalid {
        /// The byte offset of the part.
        at: usize,
    },
    /// No `FREQ`.
    #[error("the rule has no FREQ")]
    NoFrequency,
}

/// An `RRULE` read without its start: [`RecurrenceRule::starting`] a start
/// makes it a [`Recurrence`].
///
/// # Example
///
/// ```
/// use shamsi::holidays::RecurrenceRule;
/// use shamsi::JalaliDate;
///
/// let rule: RecurrenceRule = "RRULE:RSCALE=PERSIAN;FREQ=YEARLY;BYMONTH=12;BYDAY=-1WE".parse()?;
/// let start = JalaliDate::new(1404, 1, 1)?;
/// let r = rule.starting(start);
/// assert_eq!(r.occurrences(start, JalaliDate::MAX).next().map(|d| d.to_string()), Some("1404-12-27".into()));
/// assert_eq!(r.to_string(), "RRULE:RSCALE=PERSIAN;FREQ=YEARLY;BYMONTH=12;BYDAY=-1WE");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RecurrenceRule {
    frequency: Frequency,
    interval: u16,
    month: Option<Option<Month>>,
    day: Option<DayRule>,
    skip: Skip,
}

impl RecurrenceRule {
    /// The rule from `start`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::RecurrenceRule;
    /// use shamsi::JalaliDate;
    ///
    /// let rule: RecurrenceRule = "RRULE:RSCALE=PERSIAN;FREQ=WEEKLY;INTERVAL=2;BYDAY=SA".parse()?;
    /// let start = JalaliDate::new(1404, 1, 2)?;
    /// assert_eq!(rule.starting(start).occurrences(start, JalaliDate::new(1404, 1, 20)?).count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn starting(self, start: JalaliDate) -> Recurrence {
        let mut r = Recurrence::new(self.frequency, start)
            .with_interval(self.interval)
            .with_skip(self.skip);
        if let Some(day) = self.day {
            r = r.with_day(day);
        }
        if let Some(month) = self.month {
            r = r.with_month(month);
        } else if matches!(
            (self.frequency, self.day),
            (Frequency::Yearly, Some(DayRule::NthWeekday(..)))
        ) {
            // `BYDAY=-1WE` without `BYMONTH` in a yearly rule: the year's.
            r = r.with_month(None);
        }
        r
    }
}

impl FromStr for RecurrenceRule {
    type Err = RruleError;

    /// Reads `RRULE:` (or the bare parts) with `RSCALE=PERSIAN`, `FREQ`,
    /// `INTERVAL`, `BYMONTH`, one `BYMONTHDAY` or one `BYDAY`, and `SKIP`.
    fn from_str(s: &str) -> Result<RecurrenceRule, RruleError> {
        let body = s.strip_prefix("RRULE:").unwrap_or(s);
        let base = s.len() - body.len();
        let mut rule = RecurrenceRule {
            frequency: Frequency::Daily,
            interval: 1,
            month: None,
            day: None,
            skip: Skip::Omit,
        };
        let (mut persian, mut freq) = (false, false);
        let mut at = base;
        for part in body.split(';') {
            let here = at;
            at += part.len() + 1;
            let invalid = RruleError::Invalid { at: here };
            let (name, value) = part.split_once('=').ok_or(RruleError::Unsupported { at: here })?;
            match name {
                "RSCALE" => {
                    if !value.eq_ignore_ascii_case("PERSIAN") {
                        return Err(RruleError::NotPersian);
                    }
                    persian = true;
                }
                "FREQ" => {
                    rule.frequency = match value {
                        "DAILY" => Frequency::Daily,
                        "WEEKLY" => Frequency::Weekly,
                        "MONTHLY" => Frequency::Monthly,
                        "YEARLY" => Frequency::Yearly,
                        _ => return Err(RruleError::Unsupported { at: here }),
                    };
                    freq = true;
                }
                "INTERVAL" => {
                    rule.interval = value.parse().ok().filter(|&n| n > 0).ok_or(invalid)?;
                }
                "BYMONTH" => {
                    let m: u8 = value.parse().map_err(|_| invalid)?;
                    rule.month = Some(Some(Month::new(m).map_err(|_| invalid)?));
                }
                "BYMONTHDAY" if rule.day.is_none() => {
                    let d: i8 = value.parse().map_err(|_| invalid)?;
                    if d == 0 || !(-31..=31).contains(&d) {
                        return Err(invalid);
                    }
                    rule.day = Some(DayRule::MonthDay(d));
                }
                "BYDAY" if rule.day.is_none() => {
                    let split = value.len().checked_sub(2).ok_or(invalid)?;
                    let (n, w) = value.split_at_checked(split).ok_or(invalid)?;
                    let weekday = ICAL_DAYS
                        .iter()
                        .position(|d| *d == w)
                        .and_then(|i| Weekday::from_saturday_zero_offset(i as u8).ok())
                        .ok_or(invalid)?;
                    rule.day = Some(if n.is_empty() {
                        DayRule::Weekday(weekday)
                    } else {
                        let n: i8 = n.parse().map_err(|_| invalid)?;
                        if n == 0 || !(-53..=53).contains(&n) {
                            return Err(invalid);
                        }
                        DayRule::NthWeekday(n, weekday)
                    });
                }
                "SKIP" => {
                    rule.skip = match value {
                        "OMIT" => Skip::Omit,
                        "BACKWARD" => Skip::Backward,
                        "FORWARD" => Skip::Forward,
                        _ => return Err(invalid),
                    };
                }
                _ => return Err(RruleError::Unsupported { at: here }),
            }
        }
        if !persian {
            return Err(RruleError::NotPersian);
        }
        if !freq {
            return Err(RruleError::NoFrequency);
        }
        Ok(rule)
    }
}
