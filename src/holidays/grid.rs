//! A month as the weeks of a calendar page: what every calendar view and
//! `shamsi cal` draw. Each day has its Solar Hijri, Gregorian and lunar
//! Hijri dates, whether it falls on the weekend, and, for a country, its
//! holidays (with their keys and whether their dates are estimated).

use crate::hijri::{AnyCalendar, Fallback, HijriDate, Iran};
use crate::holidays::{Country, Holiday, HolidayError, Holidays, Weekend, WorkCalendar};
use crate::{DateError, GregorianDate, JalaliDate, Month, Weekday};

/// A month laid out in weeks of seven days (from Saturday unless set
/// otherwise), the days before the first and after the last left empty.
///
/// # Example
///
/// ```
/// use shamsi::holidays::{Country, MonthGrid};
/// use shamsi::Month;
///
/// let grid = MonthGrid::for_country(Country::Iran, 1404, Month::Farvardin)?;
/// let first_week = grid.weeks().next().unwrap();
/// // 1 Farvardin 1404 was a Friday: the last cell of the first week.
/// assert!(first_week[..6].iter().all(Option::is_none));
/// let nowruz = first_week[6].unwrap();
/// assert_eq!(nowruz.gregorian.to_string(), "2025-03-21");
/// assert!(nowruz.weekend);
/// assert_eq!(nowruz.holidays().map(|h| h.key).collect::<Vec<_>>(), ["nowruz_1"]);
/// assert_eq!(grid.weeks().count(), 6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct MonthGrid {
    first: JalaliDate,
    days: u8,
    first_weekday: Weekday,
    weekend: Weekend,
    /// The lunar calendars, the first that knows a day.
    lunar: [AnyCalendar; 2],
    holidays: Option<Holidays>,
}

/// One day of a [`MonthGrid`].
///
/// # Example
///
/// ```
/// use shamsi::holidays::MonthGrid;
/// use shamsi::Month;
///
/// let grid = MonthGrid::new(1402, Month::Bahman)?;
/// let day = grid.day(6).unwrap();
/// assert_eq!(day.gregorian.to_string(), "2024-01-26");
/// assert!(day.weekend); // a Friday
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct GridDay<'a> {
    /// The Solar Hijri date.
    pub date: JalaliDate,
    /// The same day in the Gregorian calendar.
    pub gregorian: GregorianDate,
    /// The same day in the lunar Hijri calendar of the grid's country
    /// (Iran's, or Afghanistan's announced months over Umm al-Qura), with its
    /// [`source`](HijriDate::source) saying whether it is observed or
    /// estimated; `None` where that calendar has no date.
    pub lunar: Option<HijriDate<AnyCalendar>>,
    /// Whether the day is on the weekend.
    pub weekend: bool,
    grid: &'a MonthGrid,
}

impl GridDay<'_> {
    /// The day's holidays, in the order of the law's list; none for a grid
    /// made without a country.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, MonthGrid};
    /// use shamsi::Month;
    ///
    /// let grid = MonthGrid::for_country(Country::Iran, 1404, Month::Farvardin)?;
    /// let day = grid.day(12).unwrap();
    /// let keys: Vec<&str> = day.holidays().map(|h| h.key).collect();
    /// assert_eq!(keys, ["republic_day", "eid_fitr_2"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holidays(&self) -> impl Iterator<Item = &Holiday> + '_ {
        let date = self.date;
        self.grid.holidays.iter().flat_map(move |h| h.on(date))
    }

    /// Whether the day is a holiday: `None` for a grid made without a
    /// country, which knows no holidays.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, MonthGrid};
    /// use shamsi::Month;
    ///
    /// let grid = MonthGrid::for_country(Country::Iran, 1404, Month::Farvardin)?;
    /// assert_eq!(grid.day(13).unwrap().is_holiday(), Some(true));
    /// assert_eq!(grid.day(20).unwrap().is_holiday(), Some(false));
    /// let plain = MonthGrid::new(1404, Month::Farvardin)?;
    /// assert_eq!(plain.day(13).unwrap().is_holiday(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_holiday(&self) -> Option<bool> {
        self.grid.holidays.as_ref().map(|h| h.contains(self.date))
    }
}

impl MonthGrid {
    /// The month `month` of `year`, without holidays: Iran's lunar calendar
    /// (as observed, predicted beyond), and Friday the weekend.
    ///
    /// # Errors
    ///
    /// When the month is outside the calendar's range. The first month of
    /// the range begins at its first day ([`JalaliDate::MIN`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::MonthGrid;
    /// use shamsi::{Month, Weekday};
    ///
    /// let grid = MonthGrid::new(1402, Month::Bahman)?.with_first_weekday(Weekday::Monday);
    /// let week = grid.weeks().next().unwrap();
    /// // 1 Bahman 1402 was a Sunday: the last cell of a week from Monday.
    /// assert_eq!(week[6].map(|d| d.date.day()), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(year: i32, month: Month) -> Result<MonthGrid, DateError> {
        let first = match JalaliDate::new(year, month.number(), 1) {
            Ok(first) => first,
            Err(_) if (year, month) == (JalaliDate::MIN.year(), JalaliDate::MIN.month()) => {
                JalaliDate::MIN
            }
            Err(e) => return Err(e),
        };
        let last = first.last_day_of_month().unwrap_or(JalaliDate::MAX);
        Ok(MonthGrid {
            first,
            days: last.day() - first.day() + 1,
            first_weekday: Weekday::Saturday,
            weekend: Weekend::Friday,
            lunar: [AnyCalendar::Iran(Iran::with_fallback(Fallback::Predicted)); 2],
            holidays: None,
        })
    }

    /// The month with `country`'s holidays, weekend and lunar calendar (as
    /// [`Country::holidays`] has them).
    ///
    /// # Errors
    ///
    /// [`HolidayError::YearNotCovered`] for a year whose holidays the crate
    /// does not know; [`HolidayError::Date`] for a month outside the range.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{Country, MonthGrid};
    /// use shamsi::Month;
    ///
    /// let grid = MonthGrid::for_country(Country::Afghanistan, 1403, Month::Khordad)?;
    /// let day = grid.day(28).unwrap();
    /// let eid = day.holidays().find(|h| h.key == "eid_adha_1").unwrap();
    /// assert!(!eid.estimated);
    /// // 10 Dhu al-Hijjah 1445 as Afghanistan announced it.
    /// assert_eq!(day.lunar.map(|l| (l.month(), l.day())), Some((12, 10)));
    /// assert_eq!(day.gregorian.to_string(), "2024-06-17");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn for_country(
        country: Country,
        year: i32,
        month: Month,
    ) -> Result<MonthGrid, HolidayError> {
        let holidays = country.holidays(year)?;
        let grid = MonthGrid::new(year, month)?;
        let lunar = country.lunar_calendars();
        let weekend = WorkCalendar::new(country).weekend();
        Ok(MonthGrid { holidays: Some(holidays), lunar, weekend, ..grid })
    }

    /// The same grid with weeks from `weekday`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::MonthGrid;
    /// use shamsi::{Month, Weekday};
    ///
    /// let grid = MonthGrid::new(1404, Month::Mehr)?.with_first_weekday(Weekday::Sunday);
    /// assert_eq!(grid.first_weekday(), Weekday::Sunday);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_first_weekday(self, weekday: Weekday) -> MonthGrid {
        MonthGrid { first_weekday: weekday, ..self }
    }

    /// The same grid with `weekend` as the weekend.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::{MonthGrid, Weekend};
    /// use shamsi::Month;
    ///
    /// let grid = MonthGrid::new(1404, Month::Mehr)?.with_weekend(Weekend::ThursdayFriday);
    /// assert!(grid.day(3).unwrap().weekend); // a Thursday
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_weekend(self, weekend: Weekend) -> MonthGrid {
        MonthGrid { weekend, ..self }
    }

    /// The weekday the weeks start on.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::MonthGrid;
    /// use shamsi::{Month, Weekday};
    ///
    /// assert_eq!(MonthGrid::new(1404, Month::Mehr)?.first_weekday(), Weekday::Saturday);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn first_weekday(&self) -> Weekday {
        self.first_weekday
    }

    /// The day `day` of the month, if it has one (and, in the range's
    /// first month, if it is in the range).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::MonthGrid;
    /// use shamsi::Month;
    ///
    /// let grid = MonthGrid::new(1403, Month::Esfand)?;
    /// assert_eq!(grid.day(30).map(|d| d.gregorian.to_string()), Some("2025-03-20".into()));
    /// assert!(grid.day(31).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn day(&self, day: u8) -> Option<GridDay<'_>> {
        let date = self.first.with_day(day).ok().filter(|d| *d >= self.first)?;
        let lunar = self.lunar.iter().find_map(|c| HijriDate::from_jalali_in(*c, date).ok());
        Some(GridDay {
            date,
            gregorian: date.to_gregorian(),
            lunar,
            weekend: self.weekend.contains(date.weekday()),
            grid: self,
        })
    }

    /// The weeks, each of seven cells from the first weekday, `None` where
    /// the day is in another month: four to six weeks.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::MonthGrid;
    /// use shamsi::Month;
    ///
    /// let grid = MonthGrid::new(1404, Month::Esfand)?;
    /// let days: usize = grid.weeks().map(|w| w.iter().flatten().count()).sum();
    /// assert_eq!(days, 29);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn weeks(&self) -> impl Iterator<Item = [Option<GridDay<'_>>; 7]> + '_ {
        // The cells before the first day of the month in its week.
        let lead = (7 + i32::from(self.first.weekday().to_saturday_zero_offset())
            - i32::from(self.first_weekday.to_saturday_zero_offset()))
            % 7;
        let first_day = i32::from(self.first.day());
        let last_day = first_day + i32::from(self.days) - 1;
        let rows = (lead + i32::from(self.days) + 6) / 7;
        (0..rows).map(move |week| {
            core::array::from_fn(|col| {
                let day = first_day + week * 7 + col as i32 - lead;
                if day < first_day || day > last_day {
                    return None;
                }
                u8::try_from(day).ok().and_then(|d| self.day(d))
            })
        })
    }
}
