//! Business days: a weekend, a country's holidays and the caller's closures.

use core::fmt;

use super::{CAPACITY, Country, HolidayError};
use crate::{GregorianDate, JalaliDate, Weekday};

/// The days of the week that are not worked.
///
/// Iran's official weekend is Friday; many offices close on Thursday too,
/// and since 1403 some on Saturday, so both are offered.
///
/// # Example
///
/// ```
/// use shamsi::holidays::Weekend;
/// use shamsi::Weekday;
///
/// assert!(Weekend::ThursdayFriday.contains(Weekday::Thursday));
/// assert_eq!("fri-sat".parse::<Weekend>(), Ok(Weekend::FridaySaturday));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Weekend {
    /// Friday only.
    #[default]
    Friday,
    /// Thursday and Friday.
    ThursdayFriday,
    /// Friday and Saturday.
    FridaySaturday,
}

impl Weekend {
    /// Whether the weekday is a weekend day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Weekend;
    /// use shamsi::Weekday;
    ///
    /// assert!(!Weekend::Friday.contains(Weekday::Saturday));
    /// ```
    pub const fn contains(self, day: Weekday) -> bool {
        matches!(
            (self, day),
            (_, Weekday::Friday)
                | (Weekend::ThursdayFriday, Weekday::Thursday)
                | (Weekend::FridaySaturday, Weekday::Saturday)
        )
    }
}

/// The error of reading an unknown weekend name into [`Weekend`].
///
/// # Example
///
/// ```
/// use shamsi::holidays::Weekend;
///
/// assert!("sun".parse::<Weekend>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown weekend; expected fri, thu-fri or fri-sat")]
pub struct UnknownWeekend;

impl core::str::FromStr for Weekend {
    type Err = UnknownWeekend;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "fri" | "friday" => Ok(Weekend::Friday),
            "thu-fri" | "thursday-friday" => Ok(Weekend::ThursdayFriday),
            "fri-sat" | "friday-saturday" => Ok(Weekend::FridaySaturday),
            _ => Err(UnknownWeekend),
        }
    }
}

impl fmt::Display for Weekend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Weekend::Friday => "fri",
            Weekend::ThursdayFriday => "thu-fri",
            Weekend::FridaySaturday => "fri-sat",
        })
    }
}

/// A work calendar: a country's holidays, a weekend, and closures the caller
/// adds (a day off by decree, a company's own).
///
/// The counting follows numpy: [`count`](WorkCalendar::count) is
/// `busday_count`, [`add`](WorkCalendar::add) is `busday_offset` with
/// `roll='forward'`.
///
/// # Example
///
/// ```
/// use shamsi::holidays::{Country, WorkCalendar};
/// use shamsi::JalaliDate;
///
/// let work = WorkCalendar::new(Country::Iran);
/// let a = JalaliDate::new(1403, 12, 25)?; // 15 March 2025
/// let b = JalaliDate::new(1404, 1, 9)?; // 29 March 2025
/// // Two Fridays and the holidays of 29 Esfand to 4 Farvardin are off.
/// assert_eq!(work.count(a, b)?, 7);
/// assert_eq!(work.next_business_day(a)?, JalaliDate::new(1403, 12, 26)?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WorkCalendar<'a> {
    country: Option<Country>,
    weekend: Weekend,
    closures: &'a [JalaliDate],
}

/// The holidays of one Solar Hijri year as day numbers, for the walks.
struct YearDays {
    from: i32,
    to: i32,
    days: [i32; CAPACITY],
    len: usize,
}

impl YearDays {
    fn of(country: Country, day: i32) -> Result<YearDays, HolidayError> {
        let year = JalaliDate::from_day_number(day)?.year();
        let list = country.holidays(year)?;
        let mut days = [0; CAPACITY];
        let mut len = 0;
        for (slot, h) in days.iter_mut().zip(list.iter()) {
            *slot = h.date.to_day_number();
            len += 1;
        }
        Ok(YearDays {
            from: JalaliDate::nowruz(year)?.to_day_number(),
            to: JalaliDate::nowruz(year + 1)?.to_day_number(),
            days,
            len,
        })
    }

    fn contains(&self, day: i32) -> bool {
        self.days.iter().take(self.len).any(|&d| d == day)
    }
}

impl<'a> WorkCalendar<'a> {
    /// The country's holidays with a Friday weekend and no closures.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, Weekend, WorkCalendar};
    ///
    /// assert_eq!(WorkCalendar::new(Country::Iran).weekend(), Weekend::Friday);
    /// ```
    pub const fn new(country: Country) -> WorkCalendar<'static> {
        WorkCalendar { country: Some(country), weekend: Weekend::Friday, closures: &[] }
    }

    /// A calendar of a weekend alone, without any country's holidays: add
    /// the days off with [`with_closures`](WorkCalendar::with_closures).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Weekend, WorkCalendar};
    /// use shamsi::JalaliDate;
    ///
    /// let work = WorkCalendar::weekend_only(Weekend::Friday);
    /// assert!(work.is_business_day(JalaliDate::new(1404, 1, 2)?)?); // Nowruz, but no holidays here
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn weekend_only(weekend: Weekend) -> WorkCalendar<'static> {
        WorkCalendar { country: None, weekend, closures: &[] }
    }

    /// The same calendar with another weekend.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, Weekend, WorkCalendar};
    /// use shamsi::JalaliDate;
    ///
    /// let work = WorkCalendar::new(Country::Iran).with_weekend(Weekend::ThursdayFriday);
    /// assert!(!work.is_business_day(JalaliDate::new(1404, 2, 11)?)?); // a Thursday
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_weekend(self, weekend: Weekend) -> Self {
        WorkCalendar { weekend, ..self }
    }

    /// The same calendar with these days closed too.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, WorkCalendar};
    /// use shamsi::JalaliDate;
    ///
    /// let closed = [JalaliDate::new(1404, 2, 1)?];
    /// let work = WorkCalendar::new(Country::Iran).with_closures(&closed);
    /// assert!(!work.is_business_day(closed[0])?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_closures<'b>(self, closures: &'b [JalaliDate]) -> WorkCalendar<'b> {
        WorkCalendar { country: self.country, weekend: self.weekend, closures }
    }

    /// The country whose holidays are off, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, WorkCalendar};
    ///
    /// assert_eq!(WorkCalendar::new(Country::Iran).country(), Some(Country::Iran));
    /// ```
    pub const fn country(self) -> Option<Country> {
        self.country
    }

    /// The weekend.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, Weekend, WorkCalendar};
    ///
    /// assert_eq!(WorkCalendar::new(Country::Afghanistan).weekend(), Weekend::Friday);
    /// ```
    pub const fn weekend(self) -> Weekend {
        self.weekend
    }

    fn weekday(day: i32) -> Result<Weekday, HolidayError> {
        Ok(GregorianDate::from_day_number(day)?.weekday())
    }

    /// Whether `day` is worked, with the year's holidays at hand.
    fn works(&self, day: i32, year: &mut Option<YearDays>) -> Result<bool, HolidayError> {
        let weekend = self.weekend.contains(WorkCalendar::weekday(day)?);
        let closed = self.closures.iter().any(|c| c.to_day_number() == day);
        let Some(country) = self.country else { return Ok(!weekend && !closed) };
        let current = match year.take() {
            Some(y) if (y.from..y.to).contains(&day) => y,
            _ => YearDays::of(country, day)?,
        };
        let holiday = current.contains(day);
        *year = Some(current);
        Ok(!weekend && !closed && !holiday)
    }

    /// Whether a day is a business day: not a weekend day, a holiday or a
    /// closure.
    ///
    /// # Errors
    ///
    /// [`HolidayError::YearNotCovered`] for a year whose holidays the crate
    /// does not list.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, WorkCalendar};
    /// use shamsi::JalaliDate;
    ///
    /// let work = WorkCalendar::new(Country::Iran);
    /// assert!(!work.is_business_day(JalaliDate::new(1404, 1, 13)?)?); // Nature Day
    /// assert!(work.is_business_day(JalaliDate::new(1404, 1, 16)?)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_business_day(&self, date: JalaliDate) -> Result<bool, HolidayError> {
        self.works(date.to_day_number(), &mut None)
    }

    /// The number of business days in `[a, b)`; when `b` is before `a`, minus
    /// the number in `[b + 1, a + 1)`, as numpy's `busday_count`.
    ///
    /// # Errors
    ///
    /// As [`is_business_day`](WorkCalendar::is_business_day), for any day
    /// counted.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, WorkCalendar};
    /// use shamsi::JalaliDate;
    ///
    /// let work = WorkCalendar::new(Country::Iran);
    /// let (a, b) = (JalaliDate::new(1404, 2, 15)?, JalaliDate::new(1404, 2, 22)?);
    /// assert_eq!(work.count(a, b)?, 6);
    /// assert_eq!(work.count(b, a)?, -6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn count(&self, a: JalaliDate, b: JalaliDate) -> Result<i32, HolidayError> {
        let (a, b) = (a.to_day_number(), b.to_day_number());
        let (from, to, sign) = if a <= b { (a, b, 1) } else { (b + 1, a + 1, -1) };
        let mut year = None;
        let mut n = 0;
        for day in from..to {
            if self.works(day, &mut year)? {
                n += 1;
            }
        }
        Ok(sign * n)
    }

    /// The date `n` business days after `date` (before, when `n` is
    /// negative), counting from `date` rolled forward to a business day
    /// first, as numpy's `busday_offset(roll='forward')`.
    ///
    /// # Errors
    ///
    /// As [`is_business_day`](WorkCalendar::is_business_day).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, WorkCalendar};
    /// use shamsi::JalaliDate;
    ///
    /// let work = WorkCalendar::new(Country::Iran);
    /// // From Nowruz: rolled forward to 5 Farvardin, then one more day.
    /// assert_eq!(work.add(JalaliDate::new(1404, 1, 1)?, 1)?, JalaliDate::new(1404, 1, 6)?);
    /// assert_eq!(work.add(JalaliDate::new(1404, 1, 1)?, 0)?, JalaliDate::new(1404, 1, 5)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add(&self, date: JalaliDate, n: i32) -> Result<JalaliDate, HolidayError> {
        let mut year = None;
        let mut day = date.to_day_number();
        while !self.works(day, &mut year)? {
            day += 1;
        }
        let step = if n < 0 { -1 } else { 1 };
        for _ in 0..n.unsigned_abs() {
            day += step;
            while !self.works(day, &mut year)? {
                day += step;
            }
        }
        Ok(JalaliDate::from_day_number(day)?)
    }

    /// The first business day after `date`.
    ///
    /// # Errors
    ///
    /// As [`is_business_day`](WorkCalendar::is_business_day).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, WorkCalendar};
    /// use shamsi::JalaliDate;
    ///
    /// let work = WorkCalendar::new(Country::Iran);
    /// let next = work.next_business_day(JalaliDate::new(1403, 12, 28)?)?;
    /// assert_eq!(next, JalaliDate::new(1404, 1, 5)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn next_business_day(&self, date: JalaliDate) -> Result<JalaliDate, HolidayError> {
        let mut year = None;
        let mut day = date.to_day_number() + 1;
        while !self.works(day, &mut year)? {
            day += 1;
        }
        Ok(JalaliDate::from_day_number(day)?)
    }
}
