//! The official holidays of Iran and Afghanistan, and business days.
//!
//! [`Country::holidays`] lists a Solar Hijri year's holidays, each with a
//! stable key, its names, whether it follows the solar or the lunar calendar,
//! and whether its date is estimated. A lunar holiday can fall twice in one
//! solar year, and two holidays can fall on one day: both are listed.
//!
//! - Iran: the solar holidays by the law (with the years each holds), and the
//!   lunar ones on Iran's observed months ([`crate::hijri::Iran`]);
//!   after the observed table (Shawwal 1447, April 2026) they are estimated
//!   and marked so: on the months the crate's astronomy predicts
//!   ([`Fallback::Predicted`], to 1500 AH; chained over a decade of the
//!   observed table it was right in 88–95% of the months, where Umm
//!   al-Qura plus one day was in 62–72%), and as Umm al-Qura plus one day
//!   beyond.
//! - Afghanistan: the current government's list, from 1401; the lunar days
//!   by Umm al-Qura, always marked estimated, since the month starts
//!   announced in Afghanistan are not in the crate (give them to
//!   [`Country::holidays_with`] through
//!   [`WithMonthStarts`](crate::hijri::WithMonthStarts)).
//!
//! [`WorkCalendar`] counts business days with a weekend, the holidays and
//! the caller's closures, as numpy's `busday_count` and `busday_offset` do.
//!
//! # Example
//!
//! ```
//! use shamsi::holidays::Country;
//!
//! let year = Country::Iran.holidays(1404)?;
//! let ali: Vec<String> = year
//!     .iter()
//!     .filter(|h| h.key == "ali_martyrdom")
//!     .map(|h| h.date.to_string())
//!     .collect();
//! // 21 Ramadan fell twice in 1404.
//! assert_eq!(ali, ["1404-01-02", "1404-12-20"]);
//! # Ok::<(), shamsi::holidays::HolidayError>(())
//! ```

use core::fmt;

use crate::hijri::{Afghanistan, AnyCalendar, Fallback, HijriDate, Iran, LunarCalendar, Source};
use crate::{DateError, GregorianDate, JalaliDate};

mod grid;
mod recur;
mod work;

pub use grid::{GridDay, MonthGrid};
pub use recur::{DayRule, Frequency, Occurrences, Recurrence, RecurrenceRule, RruleError, Skip};
pub use work::{Weekend, WorkCalendar};

/// A country whose official holidays the crate knows.
///
/// # Example
///
/// ```
/// use shamsi::holidays::Country;
///
/// assert_eq!("afghanistan".parse::<Country>(), Ok(Country::Afghanistan));
/// assert_eq!(Country::Iran.first_year(), 1359);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Country {
    /// Iran.
    Iran,
    /// Afghanistan.
    Afghanistan,
}

/// The error of reading an unknown country name into [`Country`].
///
/// # Example
///
/// ```
/// use shamsi::holidays::Country;
///
/// assert!("france".parse::<Country>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown country; expected iran or afghanistan")]
pub struct UnknownCountry;

impl core::str::FromStr for Country {
    type Err = UnknownCountry;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "iran" | "ir" | "IR" => Ok(Country::Iran),
            "afghanistan" | "af" | "AF" => Ok(Country::Afghanistan),
            _ => Err(UnknownCountry),
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Country::Iran => "iran",
            Country::Afghanistan => "afghanistan",
        })
    }
}

/// The calendar a holiday follows.
///
/// # Example
///
/// ```
/// use shamsi::holidays::{Country, HolidayCalendar};
///
/// let year = Country::Iran.holidays(1404)?;
/// assert_eq!(year.iter().next().map(|h| h.calendar), Some(HolidayCalendar::Solar));
/// # Ok::<(), shamsi::holidays::HolidayError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HolidayCalendar {
    /// A fixed Solar Hijri day (or, for two of Afghanistan's, a fixed
    /// Gregorian day: 1 May, 31 August).
    Solar,
    /// A lunar Hijri day.
    Lunar,
}

impl fmt::Display for HolidayCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HolidayCalendar::Solar => "solar",
            HolidayCalendar::Lunar => "lunar",
        })
    }
}

/// One official holiday on one day.
///
/// # Example
///
/// ```
/// use shamsi::holidays::Country;
///
/// let year = Country::Iran.holidays(1404)?;
/// let nowruz = year.iter().find(|h| h.key == "nowruz_1").unwrap();
/// assert_eq!(nowruz.date.to_gregorian().to_string(), "2025-03-21");
/// assert_eq!(nowruz.name_en, "Nowruz");
/// assert!(!nowruz.estimated);
/// # Ok::<(), shamsi::holidays::HolidayError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Holiday {
    /// A stable key: `nowruz_1`, `ashura`, ….
    pub key: &'static str,
    /// The day.
    pub date: JalaliDate,
    /// Whether it follows the solar or the lunar calendar.
    pub calendar: HolidayCalendar,
    /// For a lunar holiday, its lunar Hijri year, month and day.
    pub lunar: Option<(i32, u8, u8)>,
    /// Whether the date is an estimate (a lunar day outside the months the
    /// crate knows to have been observed or announced).
    pub estimated: bool,
    /// The name in Persian (Iran) or Dari (Afghanistan).
    pub name_fa: &'static str,
    /// The name in Pashto (Afghanistan only).
    pub name_ps: Option<&'static str>,
    /// The name in English.
    pub name_en: &'static str,
}

/// An error listing holidays or counting business days.
///
/// # Example
///
/// ```
/// use shamsi::holidays::{Country, HolidayError};
///
/// let err = Country::Afghanistan.holidays(1399).unwrap_err();
/// assert_eq!(err.to_string(), "the holidays of afghanistan are known for the years 1401..=9377, not 1399");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HolidayError {
    /// The year is outside the years whose holidays the crate knows.
    #[error("the holidays of {country} are known for the years {first}..={last}, not {year}")]
    YearNotCovered {
        /// The country.
        country: Country,
        /// The year asked for.
        year: i32,
        /// The first year known.
        first: i32,
        /// The last year known.
        last: i32,
    },
    /// The lunar calendar has no date for a lunar holiday
    /// ([`DateError::NotCovered`], [`DateError::DayNotCovered`]), or date
    /// arithmetic left the crate's range.
    #[error(transparent)]
    Date(#[from] DateError),
}

/// How many holidays a year can hold (every lunar one twice, with room).
const CAPACITY: usize = 56;

/// The holidays of one Solar Hijri year, in date order (and in the order of
/// the law's list on one day). Allocation-free.
///
/// # Example
///
/// ```
/// use shamsi::holidays::Country;
/// use shamsi::JalaliDate;
///
/// let year = Country::Iran.holidays(1404)?;
/// // 12 Farvardin 1404 (1 April 2025) was Republic Day and Eid al-Fitr's second day.
/// let day = JalaliDate::new(1404, 1, 12)?;
/// let keys: Vec<&str> = year.on(day).map(|h| h.key).collect();
/// assert_eq!(keys, ["republic_day", "eid_fitr_2"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Holidays {
    items: [Option<Holiday>; CAPACITY],
    len: usize,
}

impl Holidays {
    fn push(&mut self, h: Holiday) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = Some(h);
            self.len += 1;
        }
    }

    /// The holidays, in date order.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    ///
    /// assert!(Country::Iran.holidays(1404)?.iter().count() >= 26);
    /// # Ok::<(), shamsi::holidays::HolidayError>(())
    /// ```
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Holiday> + '_ {
        self.items.iter().take(self.len).flatten()
    }

    /// The number of holidays listed (a day with two counts twice).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    ///
    /// let year = Country::Iran.holidays(1404)?;
    /// assert_eq!(year.len(), year.iter().count());
    /// # Ok::<(), shamsi::holidays::HolidayError>(())
    /// ```
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether no holiday is listed.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    ///
    /// assert!(!Country::Iran.holidays(1404)?.is_empty());
    /// # Ok::<(), shamsi::holidays::HolidayError>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The holidays on one day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    /// use shamsi::JalaliDate;
    ///
    /// let year = Country::Iran.holidays(1404)?;
    /// assert_eq!(year.on(JalaliDate::new(1404, 1, 5)?).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn on(&self, date: JalaliDate) -> impl Iterator<Item = &Holiday> + '_ {
        self.iter().filter(move |h| h.date == date)
    }

    /// Whether a day is a holiday.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    /// use shamsi::JalaliDate;
    ///
    /// let year = Country::Iran.holidays(1404)?;
    /// assert!(year.contains(JalaliDate::new(1404, 1, 13)?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, date: JalaliDate) -> bool {
        self.iter().any(|h| h.date == date)
    }

    fn sort(&mut self) {
        // Insertion sort by date, stable (the list's order on one day).
        let Some(items) = self.items.get_mut(..self.len) else { return };
        let date = |h: Option<&Option<Holiday>>| h.copied().flatten().map(|h| h.date);
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && date(items.get(j - 1)) > date(items.get(j)) {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
    }
}

/// A solar holiday of the law: key, month, day, years it holds, names.
struct Solar {
    key: &'static str,
    month: u8,
    day: u8,
    since: i32,
    until: i32,
    gregorian: bool,
    fa: &'static str,
    ps: Option<&'static str>,
    en: &'static str,
}

/// A lunar holiday: key, month, day (0: the last day of the month), years
/// (Solar Hijri) it holds, names.
struct Lunar {
    key: &'static str,
    month: u8,
    day: u8,
    since: i32,
    fa: &'static str,
    ps: Option<&'static str>,
    en: &'static str,
}

const NOW: i32 = 9377;

const fn solar(
    key: &'static str,
    month: u8,
    day: u8,
    since: i32,
    fa: &'static str,
    en: &'static str,
) -> Solar {
    Solar { key, month, day, since, until: NOW, gregorian: false, fa, ps: None, en }
}

const fn lunar(
    key: &'static str,
    month: u8,
    day: u8,
    since: i32,
    fa: &'static str,
    en: &'static str,
) -> Lunar {
    Lunar { key, month, day, since, fa, ps: None, en }
}

/// Iran's solar holidays (the 1359 law and its amendments). 30 Esfand is
/// handled apart: it exists in leap years only.
static IRAN_SOLAR: [Solar; 9] = [
    solar("nowruz_1", 1, 1, 1359, "عید نوروز", "Nowruz"),
    solar("nowruz_2", 1, 2, 1359, "عید نوروز", "Nowruz (second day)"),
    solar("nowruz_3", 1, 3, 1359, "عید نوروز", "Nowruz (third day)"),
    solar("nowruz_4", 1, 4, 1359, "عید نوروز", "Nowruz (fourth day)"),
    solar("republic_day", 1, 12, 1359, "روز جمهوری اسلامی", "Islamic Republic Day"),
    solar("nature_day", 1, 13, 1359, "روز طبیعت", "Nature Day"),
    solar("khomeini_death", 3, 14, 1368, "رحلت امام خمینی", "Death of Imam Khomeini"),
    solar("khordad_15", 3, 15, 1359, "قیام ۱۵ خرداد", "15 Khordad Uprising"),
    solar("revolution_day", 11, 22, 1359, "پیروزی انقلاب اسلامی", "Islamic Revolution Day"),
];

static IRAN_OIL_DAY: Solar =
    solar("oil_day", 12, 29, 1359, "روز ملی شدن صنعت نفت", "Oil Nationalization Day");

static IRAN_ESFAND_30: Solar = solar(
    "esfand_30",
    12,
    30,
    1359,
    "آخرین روز سال (۳۰ اسفند)",
    "Last day of the year (30 Esfand)",
);

static IRAN_LUNAR: [Lunar; 17] = [
    lunar("tasua", 1, 9, 1359, "تاسوعای حسینی", "Tasua"),
    lunar("ashura", 1, 10, 1359, "عاشورای حسینی", "Ashura"),
    lunar("arbaeen", 2, 20, 1359, "اربعین حسینی", "Arbaeen"),
    lunar(
        "prophet_death",
        2,
        28,
        1359,
        "رحلت رسول اکرم و شهادت امام حسن مجتبی",
        "Death of the Prophet and martyrdom of Imam Hasan",
    ),
    lunar("reza_martyrdom", 2, 0, 1359, "شهادت امام رضا", "Martyrdom of Imam Reza"),
    lunar(
        "askari_martyrdom",
        3,
        8,
        1396,
        "شهادت امام حسن عسکری",
        "Martyrdom of Imam Hasan al-Askari",
    ),
    lunar(
        "mawlid",
        3,
        17,
        1359,
        "میلاد رسول اکرم و امام جعفر صادق",
        "Birthday of the Prophet and Imam Sadiq",
    ),
    lunar("fatima_martyrdom", 6, 3, 1359, "شهادت حضرت فاطمه زهرا", "Martyrdom of Fatima"),
    lunar("ali_birth", 7, 13, 1359, "ولادت امام علی", "Birthday of Imam Ali"),
    lunar("mabath", 7, 27, 1359, "مبعث رسول اکرم", "Mab'ath"),
    lunar("mahdi_birth", 8, 15, 1359, "ولادت حضرت قائم", "Birthday of Imam Mahdi"),
    lunar("ali_martyrdom", 9, 21, 1359, "شهادت امام علی", "Martyrdom of Imam Ali"),
    lunar("eid_fitr", 10, 1, 1359, "عید سعید فطر", "Eid al-Fitr"),
    lunar("eid_fitr_2", 10, 2, 1359, "تعطیل به مناسبت عید سعید فطر", "Eid al-Fitr (second day)"),
    lunar("sadiq_martyrdom", 10, 25, 1359, "شهادت امام جعفر صادق", "Martyrdom of Imam Sadiq"),
    lunar("eid_adha", 12, 10, 1359, "عید سعید قربان", "Eid al-Adha"),
    lunar("eid_ghadir", 12, 18, 1359, "عید سعید غدیر خم", "Eid al-Ghadir"),
];

const fn af_solar(
    key: &'static str,
    (month, day): (u8, u8),
    since: i32,
    gregorian: bool,
    (fa, ps, en): (&'static str, &'static str, &'static str),
) -> Solar {
    Solar { key, month, day, since, until: NOW, gregorian, fa, ps: Some(ps), en }
}

const fn af_lunar(
    key: &'static str,
    month: u8,
    day: u8,
    fa: &'static str,
    ps: &'static str,
    en: &'static str,
) -> Lunar {
    Lunar { key, month, day, since: 1401, fa, ps: Some(ps), en }
}

/// Afghanistan's holidays under the current government. `since` is the
/// first year of the holiday (the list itself is given from 1401).
static AFGHANISTAN_SOLAR: [Solar; 5] = [
    af_solar(
        "liberation_day",
        (11, 26),
        1368,
        false,
        ("روز آزادی", "د آزادۍ ورځ", "Liberation Day"),
    ),
    af_solar(
        "mujahideen_victory",
        (2, 8),
        1371,
        false,
        ("روز پیروزی جهاد اسلامی", "د اسلامي جهاد د بري ورځ", "Victory of the Mujahideen"),
    ),
    af_solar(
        "victory_day",
        (5, 24),
        1401,
        false,
        (
            "سالروز پیروزی امارت اسلامی",
            "د اسلامي امارت د بري کلیزه",
            "Victory Day of the Islamic Emirate",
        ),
    ),
    af_solar(
        "independence_day",
        (5, 28),
        1298,
        false,
        ("روز استقلال", "د خپلواکۍ ورځ", "Independence Day"),
    ),
    af_solar(
        "withdrawal_day",
        (8, 31),
        1401,
        true,
        (
            "سالروز خروج نیروهای خارجی",
            "د بهرنيو ځواکونو د وتلو کلیزه",
            "Withdrawal of foreign forces",
        ),
    ),
];

static AFGHANISTAN_LUNAR: [Lunar; 9] = [
    af_lunar("mawlid", 3, 12, "میلاد النبی", "میلاد النبي", "Birthday of the Prophet"),
    af_lunar("ramadan_start", 9, 1, "اول ماه رمضان", "د روژې لومړۍ ورځ", "First day of Ramadan"),
    af_lunar("eid_fitr_1", 10, 1, "عید فطر", "کوچنی اختر", "Eid al-Fitr"),
    af_lunar("eid_fitr_2", 10, 2, "عید فطر", "کوچنی اختر", "Eid al-Fitr (second day)"),
    af_lunar("eid_fitr_3", 10, 3, "عید فطر", "کوچنی اختر", "Eid al-Fitr (third day)"),
    af_lunar("arafah", 12, 9, "روز عرفه", "د عرفې ورځ", "Day of Arafah"),
    af_lunar("eid_adha_1", 12, 10, "عید قربان", "لوی اختر", "Eid al-Adha"),
    af_lunar("eid_adha_2", 12, 11, "عید قربان", "لوی اختر", "Eid al-Adha (second day)"),
    af_lunar("eid_adha_3", 12, 12, "عید قربان", "لوی اختر", "Eid al-Adha (third day)"),
];

impl Country {
    /// The first Solar Hijri year whose holidays the crate lists: 1359 for
    /// Iran (the holiday law of that year), 1401 for Afghanistan (the
    /// current government's list).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    ///
    /// assert_eq!(Country::Afghanistan.first_year(), 1401);
    /// ```
    pub const fn first_year(self) -> i32 {
        match self {
            Country::Iran => 1359,
            Country::Afghanistan => 1401,
        }
    }

    /// The last Solar Hijri year whose holidays the crate lists (the last
    /// whole year of the crate's range; lunar holidays that far out are
    /// estimates).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    ///
    /// assert_eq!(Country::Iran.last_year(), 9377);
    /// ```
    pub const fn last_year(self) -> i32 {
        NOW
    }

    /// The lunar calendars the country's lunar days are taken from, the
    /// first that knows a day: for Iran its observed and predicted months,
    /// then Umm al-Qura + 1 day (estimates); for Afghanistan its announced
    /// months over Umm al-Qura.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{AnyCalendar, HijriDate};
    /// use shamsi::holidays::Country;
    /// use shamsi::JalaliDate;
    ///
    /// let day = JalaliDate::new(1403, 3, 28)?;
    /// let lunar = Country::Afghanistan
    ///     .lunar_calendars()
    ///     .iter()
    ///     .find_map(|c| HijriDate::from_jalali_in(*c, day).ok());
    /// assert_eq!(lunar.map(|l| l.to_string()), Some("1445-12-10".into()));
    /// assert_eq!(Country::Afghanistan.lunar_calendars()[0], AnyCalendar::Afghanistan);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn lunar_calendars(self) -> [AnyCalendar; 2] {
        match self {
            Country::Iran => [
                AnyCalendar::Iran(Iran::with_fallback(Fallback::Predicted)),
                AnyCalendar::Iran(Iran::with_fallback(Fallback::UmmAlQuraPlusOneDay)),
            ],
            Country::Afghanistan => [AnyCalendar::Afghanistan; 2],
        }
    }

    /// The holidays of Solar Hijri year `year`, the lunar ones on the
    /// country's own lunar calendar: Iran's observed months, after them the
    /// months the crate's astronomy predicts
    /// ([`Fallback::Predicted`], to 1500 AH: Solar Hijri years to 1455) and
    /// Umm al-Qura + 1 day beyond (both estimated); for Afghanistan the
    /// months it announced ([`Afghanistan`]),
    /// Umm al-Qura (estimated) for the others.
    ///
    /// # Errors
    ///
    /// [`HolidayError::YearNotCovered`] outside
    /// [`first_year`](Country::first_year)..=[`last_year`](Country::last_year).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::holidays::Country;
    ///
    /// // Eid al-Adha 2024 on the day Afghanistan announced, a day after
    /// // Umm al-Qura's.
    /// let year = Country::Afghanistan.holidays(1403)?;
    /// let eid = year.iter().find(|h| h.key == "eid_adha_1").unwrap();
    /// assert_eq!(eid.date.to_gregorian().to_string(), "2024-06-17");
    /// assert!(!eid.estimated);
    /// assert_eq!(eid.name_ps, Some("لوی اختر"));
    /// // Past the announced months, Umm al-Qura's estimate.
    /// let year = Country::Afghanistan.holidays(1405)?;
    /// let eid = year.iter().find(|h| h.key == "eid_adha_1").unwrap();
    /// assert!(eid.estimated);
    /// # Ok::<(), shamsi::holidays::HolidayError>(())
    /// ```
    pub fn holidays(self, year: i32) -> Result<Holidays, HolidayError> {
        match self {
            // The predicted months where the crate has them (to 1500 AH),
            // Umm al-Qura + 1 day beyond.
            Country::Iran => match self
                .holidays_with(year, Iran::with_fallback(Fallback::Predicted))
            {
                Err(HolidayError::Date(
                    DateError::NotCovered { .. } | DateError::DayNotCovered { .. },
                )) => self.holidays_with(year, Iran::with_fallback(Fallback::UmmAlQuraPlusOneDay)),
                found => found,
            },
            // The month starts announced in Afghanistan, Umm al-Qura for the
            // others (estimates).
            Country::Afghanistan => self.holidays_with(year, Afghanistan),
        }
    }

    /// The holidays of `year` with the lunar ones on the calendar `lunar`
    /// (for example Afghanistan's announced month starts through
    /// [`WithMonthStarts`](crate::hijri::WithMonthStarts)). A lunar date is
    /// estimated when its source is; for Afghanistan, unless it comes from
    /// the caller's month starts.
    ///
    /// # Errors
    ///
    /// [`HolidayError::YearNotCovered`]; [`HolidayError::Date`] when the
    /// calendar does not know a lunar holiday's month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::hijri::{MonthStart, UmmAlQura, WithMonthStarts};
    /// use shamsi::holidays::Country;
    /// use shamsi::GregorianDate;
    ///
    /// let shawwal = [MonthStart { year: 1446, month: 10, first_day: GregorianDate::new(2025, 3, 30)? }];
    /// let cal = WithMonthStarts::new(UmmAlQura, &shawwal)?;
    /// let year = Country::Afghanistan.holidays_with(1404, cal)?;
    /// let eid = year.iter().find(|h| h.key == "eid_fitr_1").unwrap();
    /// assert!(!eid.estimated);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holidays_with<C: LunarCalendar>(
        self,
        year: i32,
        lunar: C,
    ) -> Result<Holidays, HolidayError> {
        if !(self.first_year()..=self.last_year()).contains(&year) {
            return Err(HolidayError::YearNotCovered {
                country: self,
                year,
                first: self.first_year(),
                last: self.last_year(),
            });
        }
        let mut out = Holidays { items: [None; CAPACITY], len: 0 };
        let (solar_list, lunar_list): (&[Solar], &[Lunar]) = match self {
            Country::Iran => (&IRAN_SOLAR, &IRAN_LUNAR),
            Country::Afghanistan => (&AFGHANISTAN_SOLAR, &AFGHANISTAN_LUNAR),
        };
        let solar_holiday = |s: &Solar, date: JalaliDate| Holiday {
            key: s.key,
            date,
            calendar: HolidayCalendar::Solar,
            lunar: None,
            estimated: false,
            name_fa: s.fa,
            name_ps: s.ps,
            name_en: s.en,
        };
        let nowruz = JalaliDate::nowruz(year)?;
        let next = JalaliDate::nowruz(year + 1)?;
        for s in solar_list.iter().filter(|s| (s.since..=s.until).contains(&year)) {
            let date = if s.gregorian {
                // The Gregorian day inside this Solar Hijri year.
                let g = nowruz;
                let mut d = GregorianDate::new(g.year(), s.month, s.day)?;
                if d < g {
                    d = GregorianDate::new(g.year() + 1, s.month, s.day)?;
                }
                JalaliDate::from_gregorian(d)
            } else {
                JalaliDate::new(year, s.month, s.day)?
            };
            out.push(solar_holiday(s, date));
        }
        if self == Country::Iran {
            out.push(solar_holiday(&IRAN_OIL_DAY, JalaliDate::new(year, 12, 29)?));
            if JalaliDate::new(year, 1, 1)?.is_leap_year() {
                out.push(solar_holiday(&IRAN_ESFAND_30, JalaliDate::new(year, 12, 30)?));
            }
        }
        // The lunar years that overlap the solar one.
        let (from, to) = (nowruz.to_day_number(), next.to_day_number());
        // A solar year can touch three lunar years: the end of one, a whole
        // one, the first days of the next.
        let first_lunar = HijriDate::from_day_number_in(lunar, from)?.year();
        let last_lunar = HijriDate::from_day_number_in(lunar, to - 1)?.year();
        for lunar_year in first_lunar..=last_lunar {
            for l in lunar_list.iter().filter(|l| l.since <= year) {
                let day = match l.day {
                    0 => lunar.days_in_month(lunar_year, l.month)?,
                    d => d,
                };
                let date = HijriDate::new_in(lunar, lunar_year, l.month, day)?;
                let n = date.to_day_number();
                if !(from..to).contains(&n) {
                    continue;
                }
                let estimated = date.source().is_estimated()
                    || (self == Country::Afghanistan && date.source() != Source::Announced);
                out.push(Holiday {
                    key: l.key,
                    date: JalaliDate::from_day_number(n)?,
                    calendar: HolidayCalendar::Lunar,
                    lunar: Some((lunar_year, l.month, day)),
                    estimated,
                    name_fa: l.fa,
                    name_ps: l.ps,
                    name_en: l.en,
                });
            }
        }
        out.sort();
        Ok(out)
    }
}
