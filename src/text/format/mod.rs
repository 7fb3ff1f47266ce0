//! Writing dates, date-times and instants as text: strftime-style patterns,
//! in six locales and three digit sets, into any [`core::fmt::Write`]
//! without allocating.
//!
//! ```
//! use shamsi::format::{DateFormat, Digits, Locale};
//! use shamsi::JalaliDate;
//!
//! let date = JalaliDate::new(1402, 11, 6)?;
//! let long = DateFormat::new("%A %-d %B %Y")?.with_locale(Locale::Persian);
//! assert_eq!(long.display(date).to_string(), "جمعه ۶ بهمن ۱۴۰۲");
//! let dari = long.with_locale(Locale::Dari).with_digits(Digits::Latin);
//! assert_eq!(dari.display(date).to_string(), "جمعه 6 دلو 1402");
//! let en = DateFormat::new("%a %d %b %Y %E")?;
//! assert_eq!(en.display(date).to_string(), "Fri 06 Bah 1402 AP");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Directives
//!
//! The meanings are those of C's `strftime` and Python's jdatetime, in the
//! Solar Hijri calendar (or the Gregorian one, for a [`GregorianDate`]). The
//! week starts on Saturday, as in Iran and Afghanistan: `%u`, `%w` and `%U`
//! count from Saturday in both calendars. Examples are for Friday
//! ۶ بهمن ۱۴۰۲ (26 January 2024), in `en` and `fa`.
//!
//! | directive | writes | `en` | `fa` |
//! |---|---|---|---|
//! | `%Y` | the year, at least four digits, `-` before a negative year | `1402` | `۱۴۰۲` |
//! | `%y` | the year modulo 100, two digits | `02` | `۰۲` |
//! | `%m` | the month number, two digits | `11` | `۱۱` |
//! | `%d` | the day of the month, two digits | `06` | `۰۶` |
//! | `%e` | the day, padded with a space to two characters | ` 6` | ` ۶` |
//! | `%B` | the month's name | `Bahman` | `بهمن` |
//! | `%b` | the month's short name (the full name where the locale has none) | `Bah` | `بهمن` |
//! | `%A` | the weekday's name | `Friday` | `جمعه` |
//! | `%a` | the weekday's short name | `Fri` | `ج` |
//! | `%j` | the day of the year, three digits | `312` | `۳۱۲` |
//! | `%u` | the weekday, Saturday = 1 … Friday = 7 | `7` | `۷` |
//! | `%w` | the weekday, Saturday = 0 … Friday = 6 (as jdatetime) | `6` | `۶` |
//! | `%U` | the week of the year, two digits: weeks start on Saturday, and the days before the year's first Saturday are in week 00 | `44` | `۴۴` |
//! | `%G` | the week-numbering year ([`YearWeek`](crate::YearWeek), the rule CLDR gives Iran and Afghanistan, in the date's calendar): the year, but for the last days of a year that share a Saturday week with the next one's first day | `1402` | `۱۴۰۲` |
//! | `%V` | the week of `%G`, two digits, from 01: week 01 holds the year's first day (`%G-%V-%u` reads back to the day). Not ISO 8601's week, which C's `%G %V` give: weeks here start on Saturday and the first holds a single day of the year | `45` | `۴۵` |
//! | `%Q` | the quarter of the date's calendar, 1 to 4 (a Solar Hijri quarter is a season) | `4` | `۴` |
//! | `%K` | the Solar Hijri season of the day, in every calendar ([`Locale::season_names`]) | `Winter` | `زمستان` |
//! | `%L` | the year in Persian words, in the formal style of legal forms, Dari's words in `fa-AF` ([`words`](crate::words)) | `یک هزار و چهارصد و دو` | `یک هزار و چهارصد و دو` |
//! | `%F` | `%Y-%m-%d` | `1402-11-06` | `۱۴۰۲-۱۱-۰۶` |
//! | `%o` | the day as an ordinal: a Persian word (`fa`, `fa-AF`), `6th` (`en`, `fa-Latn`), the number and `م` (`ps`) or `ەم` (`ckb`) | `6th` | `ششم` |
//! | `%E` | the era: `AP` (`en`, `fa-Latn`), else `ه‍.ش.`; for a Gregorian date `AD` or `م.`; with a year count ([`DateFormat::with_year_count`]) the count's label | `AP` | `ه‍.ش.` |
//! | `%%` | a `%` | `%` | `%` |
//! | `%C` | the year divided by 100, two digits (`%C%y` reads a year without a pivot) | `14` | `۱۴` |
//! | `%h` | `%b` | `Bah` | `بهمن` |
//! | `%D` | `%m/%d/%y` | `11/06/02` | `۱۱/۰۶/۰۲` |
//! | `%x` | the locale's date: `%m/%d/%y` in `en` and `fa-Latn`, as C and jdatetime write it; `%y/%m/%d` in the Persian-script locales, as persiantools writes it | `11/06/02` | `۰۲/۱۱/۰۶` |
//! | `%n` `%t` | a newline, a tab | | |
//!
//! A [`DateTimeFormat`] also writes the time of day (examples for 14:30:05.25):
//!
//! | directive | writes | `en` | `fa` |
//! |---|---|---|---|
//! | `%H` | the hour, 00–23 | `14` | `۱۴` |
//! | `%k` | the hour, padded with a space | `14` | `۱۴` |
//! | `%I` | the hour on a 12-hour clock, 01–12 (12 for hours 0 and 12) | `02` | `۰۲` |
//! | `%l` | the same, padded with a space | ` 2` | ` ۲` |
//! | `%M` | the minute | `30` | `۳۰` |
//! | `%S` | the second | `05` | `۰۵` |
//! | `%f` | the fraction of the second, trailing zeros trimmed (`0` for none) | `25` | `۲۵` |
//! | `%3f` `%6f` `%9f` | the fraction in that many digits, truncated | `250` | `۲۵۰` |
//! | `%.f` | the decimal mark and the fraction, nothing when it is zero; `%.3f` `%.6f` `%.9f` always | `.25` | `٫۲۵` |
//! | `%p` | before or after noon | `PM` | `ب.ظ.` |
//! | `%P` | the same in lower case (`en`) | `pm` | `ب.ظ.` |
//! | `%q` | the period of the day: CLDR's نیمه‌شب، بامداد، صبح، ظهر، عصر، شب (`fa`), شب، صبح، بعدازچاشت، شام (`fa-AF`), `in the morning` … (`en`, `fa-Latn`); `%p` in `ps` and `ckb` | `in the afternoon` | `عصر` |
//! | `%R` | `%H:%M` | `14:30` | `۱۴:۳۰` |
//! | `%T` | `%H:%M:%S` | `14:30:05` | `۱۴:۳۰:۰۵` |
//! | `%r` | `%I:%M:%S %p` | `02:30:05 PM` | `۰۲:۳۰:۰۵ ب.ظ.` |
//! | `%X` | the locale's time, `%H:%M:%S` | `14:30:05` | `۱۴:۳۰:۰۵` |
//! | `%c` | the locale's date and time: `%a %b %d %H:%M:%S %Y` in `en` and `fa-Latn` (jdatetime; C pads the day with a space), `%A %d %B %Y %H:%M:%S` in the Persian-script locales (persiantools) | `Fri Bah 06 14:30:05 1402` | `جمعه ۰۶ بهمن ۱۴۰۲ ۱۴:۳۰:۰۵` |
//!
//! And an [`ZonedFormat`], the offset and the instant (for +03:30):
//!
//! | directive | writes | `en` | `fa` |
//! |---|---|---|---|
//! | `%z` | the offset, `+HHMM` (`+HHMMSS` when it has seconds) | `+0330` | `‎+۰۳۳۰` |
//! | `%:z` | `+HH:MM` (`+HH:MM:SS` when it has seconds) | `+03:30` | `‎+۰۳:۳۰` |
//! | `%::z` | `+HH:MM:SS` | `+03:30:00` | `‎+۰۳:۳۰:۰۰` |
//! | `%Z` | the zone's abbreviation in the IANA database (`+0330`, `LMT`, `UTC`), else the offset as `%:z` | `+0330` | `+0330` |
//! | `%s` | seconds since 1970-01-01T00:00:00Z | `1706266800` | `۱۷۰۶۲۶۶۸۰۰` |
//!
//! With Persian or Arabic-Indic digits, the decimal mark is `٫` (U+066B) and
//! an offset begins with a left-to-right mark (U+200E) so that its sign stays
//! before its digits in right-to-left text, as ICU writes them. A time
//! directive in a [`DateFormat`], or an offset directive in a
//! [`DateTimeFormat`], is an error when the format is made.
//!
//! The flag `-` drops the padding of a number: `%-Y`, `%-y`, `%-m`, `%-d`,
//! `%-j`, `%-U`, `%-H`, `%-I`, `%-M`, `%-S` (`%-d` writes `6`). `%o` and `%E` are this crate's letters
//! for what `strftime` lacks; C's `E` and `O` modifiers are not supported.
//! Any other character after `%` is an error ([`PatternError`]) when the
//! pattern is made, so that writing can never meet a bad pattern. Text
//! between directives is copied as it is.
//!
//! # Locales and digits
//!
//! | [`Locale`] | tag | months | weekdays | default digits |
//! |---|---|---|---|---|
//! | [`Persian`](Locale::Persian) | `fa` | فروردین … اسفند | شنبه … جمعه | Persian `۰۱۲` |
//! | [`Dari`](Locale::Dari) | `fa-AF` | حمل … حوت | شنبه … جمعه | Persian `۰۱۲` |
//! | [`English`](Locale::English) | `en` | Farvardin … Esfand | Saturday … Friday | Latin `012` |
//! | [`PersianLatin`](Locale::PersianLatin) | `fa-Latn` | Farvardin … Esfand | Shanbeh … Jomeh | Latin `012` |
//! | [`Pashto`](Locale::Pashto) | `ps` | وری … کب | اونۍ … جمعه | Persian `۰۱۲` |
//! | [`Sorani`](Locale::Sorani) | `ckb` | خاکەلێوە … ڕەشەمە | شەممە … ھەینی | Arabic-Indic `٠١٢` |
//!
//! The names are those of [`crate::names`]. [`Digits`] are chosen
//! apart from the locale with [`DateFormat::with_digits`].

use core::fmt;

use crate::hijri::{HijriDate, LunarCalendar};
use crate::rule::Rule;
use crate::{
    Calendar, GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime, PatternError, Time,
    Weekday, YearCount, Zoned,
};

mod directive;
mod hijri;
mod locale;
mod plain;
mod program;
mod read;
mod shape;
pub(crate) mod swar;
mod write;

use directive::Needs;
pub use hijri::{HijriDisplay, HijriFormat};
pub use locale::{Digits, Locale, UnknownLocale};
use program::Program;

pub(crate) mod sealed {
    use crate::zone::TimeZone;
    use crate::{Calendar, Offset, Time, Weekday};

    /// What the printer needs of a value.
    #[derive(Clone, Copy, Debug)]
    pub struct Fields {
        pub calendar: Calendar,
        pub year: i32,
        pub month: u8,
        pub day: u8,
        pub weekday: Weekday,
        pub day_of_year: u16,
        /// The days of the year: 0 but for a program with `%G` or `%V`
        /// (and where the calendar does not know them).
        pub year_days: u16,
        /// Days since 1970-01-01 (for the Solar Hijri season, `%K`, of a
        /// date of another calendar).
        pub day_number: i32,
        /// Midnight for a date, which no time directive may write.
        pub time: Time,
        /// The offset, zone and Unix seconds of an instant.
        pub instant: Option<(Offset, TimeZone, i64)>,
        /// The count the Solar Hijri year is written in (`%E` names it).
        pub count: crate::YearCount,
    }

    impl Fields {
        /// The week-numbering year and week ([`YearWeek`](crate::YearWeek)'s
        /// rule in the value's own calendar: week 1 is the Saturday week of
        /// the year's first day, and the last days of a year that share a
        /// week with the next one's first are in its week 1); `None` where
        /// the calendar does not know the year's days.
        pub fn year_week(&self) -> Option<(i32, u8)> {
            let (n, days) = (self.day_of_year, self.year_days);
            if n == 0 || days == 0 {
                return None;
            }
            let weekday = u16::from(self.weekday.to_saturday_zero_offset());
            if n + (6 - weekday) > days {
                return Some((self.year + 1, 1));
            }
            // The weekday of the year's first day, from Saturday.
            let lead = (weekday + 7 - (n - 1) % 7) % 7;
            Some((self.year, ((n - 1 + lead) / 7 + 1) as u8))
        }

        /// The Solar Hijri quarter (season) of the day, whatever its
        /// calendar (`%K`); `None` outside the Solar Hijri range.
        pub fn solar_quarter(&self) -> Option<u8> {
            match self.calendar {
                Calendar::Jalali => Some(self.month.div_ceil(3)),
                _ => crate::JalaliDate::from_day_number(self.day_number).ok().map(|d| d.quarter()),
            }
        }
    }

    pub trait Sealed {
        fn fields(&self) -> Fields;
        /// The weekday alone (a name that no value's own method has, so
        /// that none of them calls this one by mistake).
        fn weekday_alone(&self) -> Weekday {
            self.fields().weekday
        }
        /// Year, month and day alone, for the year-month-day shape.
        fn ymd(&self) -> (i32, u8, u8);
        /// The days of the date's year (0 where the calendar does not
        /// know them), for `%G` and `%V` alone: [`fields`](Self::fields)
        /// leaves [`Fields::year_days`] 0.
        fn year_days(&self) -> u16 {
            0
        }
        /// The time of day alone (midnight for a date), for the compiled
        /// path.
        fn time_of_day(&self) -> Time {
            Time::MIDNIGHT
        }
    }
}

use sealed::Fields;

/// The fields of a date; its weekday from its day number, computed once.
const fn date_fields(
    calendar: Calendar,
    date: (i32, u8, u8),
    (day_of_year, day_number): (u16, i32),
) -> Fields {
    Fields {
        calendar,
        year: date.0,
        month: date.1,
        day: date.2,
        weekday: Weekday::from_day_number(day_number),
        day_of_year,
        year_days: 0,
        day_number,
        time: Time::MIDNIGHT,
        instant: None,
        count: YearCount::SolarHijri,
    }
}

/// A Solar Hijri value written with its year in another count.
struct Counted<'a, D>(&'a D, YearCount);

impl<D: sealed::Sealed> sealed::Sealed for Counted<'_, D> {
    fn fields(&self) -> Fields {
        let f = self.0.fields();
        Fields { year: f.year + self.1.offset(), count: self.1, ..f }
    }

    fn weekday_alone(&self) -> Weekday {
        self.0.weekday_alone()
    }

    fn ymd(&self) -> (i32, u8, u8) {
        let (y, m, d) = self.0.ymd();
        (y + self.1.offset(), m, d)
    }

    fn year_days(&self) -> u16 {
        self.0.year_days()
    }

    fn time_of_day(&self) -> Time {
        self.0.time_of_day()
    }
}

/// A date that a [`DateFormat`] can write: [`JalaliDate`] (of any rule),
/// [`GregorianDate`], or a lunar [`HijriDate`] (of any calendar; `%B`,
/// `%b` and `%E` write its month and era). Sealed.
///
/// # Example
///
/// ```
/// use shamsi::format::DateFormat;
/// use shamsi::{GregorianDate, JalaliDate};
///
/// let f = DateFormat::new("%-d %B %Y")?;
/// assert_eq!(f.display(JalaliDate::new(1402, 11, 6)?).to_string(), "6 Bahman 1402");
/// assert_eq!(f.display(GregorianDate::new(2024, 1, 26)?).to_string(), "26 January 2024");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait FormatDate: sealed::Sealed + Copy {}

/// A value with a date and a time of day that a [`DateTimeFormat`] can
/// write: [`JalaliDateTime`], [`GregorianDateTime`], and the wall clock of
/// an [`Zoned`] (in the Jalali calendar; in the Gregorian one
/// through [`InGregorian`]). Sealed.
///
/// # Example
///
/// ```
/// use shamsi::format::DateTimeFormat;
/// use shamsi::{GregorianDateTime, JalaliDateTime};
///
/// let f = DateTimeFormat::new("%Y/%m/%d %H:%M")?;
/// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
/// assert_eq!(f.display(dt).to_string(), "1402/11/06 14:30");
/// assert_eq!(f.display(dt.to_gregorian()).to_string(), "2024/01/26 14:30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait FormatDateTime: sealed::Sealed + Copy {}

/// An instant that an [`ZonedFormat`] can write: an
/// [`Zoned`], its wall clock in the Jalali calendar, or in the
/// Gregorian one through [`InGregorian`]. Sealed.
///
/// # Example
///
/// ```
/// use shamsi::format::{InGregorian, ZonedFormat};
/// use shamsi::Zoned;
///
/// let f = ZonedFormat::new("%F %T %:z")?;
/// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
/// assert_eq!(f.display(t).to_string(), "1402-11-06 14:30:00 +03:30");
/// assert_eq!(f.display(InGregorian(t)).to_string(), "2024-01-26 14:30:00 +03:30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait FormatZoned: sealed::Sealed + Copy {}

impl<R: Rule> sealed::Sealed for JalaliDate<R> {
    fn ymd(&self) -> (i32, u8, u8) {
        (self.year(), self.month_number(), self.day())
    }

    fn weekday_alone(&self) -> Weekday {
        JalaliDate::weekday(*self)
    }

    fn fields(&self) -> Fields {
        date_fields(Calendar::Jalali, self.ymd(), (self.day_of_year(), self.to_day_number()))
    }

    fn year_days(&self) -> u16 {
        self.days_in_year()
    }
}

impl<R: Rule> FormatDate for JalaliDate<R> {}

impl sealed::Sealed for GregorianDate {
    fn ymd(&self) -> (i32, u8, u8) {
        (self.year(), self.month(), self.day())
    }

    fn weekday_alone(&self) -> Weekday {
        GregorianDate::weekday(*self)
    }

    fn fields(&self) -> Fields {
        date_fields(Calendar::Gregorian, self.ymd(), (self.day_of_year(), self.to_day_number()))
    }

    fn year_days(&self) -> u16 {
        if self.is_leap_year() { 366 } else { 365 }
    }
}

impl FormatDate for GregorianDate {}

impl<C: LunarCalendar> sealed::Sealed for HijriDate<C> {
    fn ymd(&self) -> (i32, u8, u8) {
        (self.year(), self.month(), self.day())
    }

    fn fields(&self) -> Fields {
        // 0 only where the calendar does not know the year's first day, in
        // the first, partial year of the range; a pattern with `%j` or `%U`
        // is read back as inconsistent there, never as another date.
        let day_of_year = self.day_of_year().unwrap_or(0);
        date_fields(Calendar::LunarHijri, self.ymd(), (day_of_year, self.to_day_number()))
    }

    fn year_days(&self) -> u16 {
        self.days_in_year().unwrap_or(0)
    }
}

impl<C: LunarCalendar> FormatDate for HijriDate<C> {}

impl<R: Rule> sealed::Sealed for JalaliDateTime<R> {
    fn ymd(&self) -> (i32, u8, u8) {
        self.date().ymd()
    }

    fn time_of_day(&self) -> Time {
        self.time()
    }

    fn fields(&self) -> Fields {
        Fields { time: self.time(), ..self.date().fields() }
    }

    fn year_days(&self) -> u16 {
        self.date().year_days()
    }
}

impl<R: Rule> FormatDateTime for JalaliDateTime<R> {}

impl sealed::Sealed for GregorianDateTime {
    fn ymd(&self) -> (i32, u8, u8) {
        self.date().ymd()
    }

    fn time_of_day(&self) -> Time {
        self.time()
    }

    fn fields(&self) -> Fields {
        Fields { time: self.time(), ..self.date().fields() }
    }

    fn year_days(&self) -> u16 {
        self.date().year_days()
    }
}

impl FormatDateTime for GregorianDateTime {}

impl<R: Rule> sealed::Sealed for Zoned<R> {
    fn ymd(&self) -> (i32, u8, u8) {
        self.date().ymd()
    }

    fn time_of_day(&self) -> Time {
        self.time()
    }

    fn fields(&self) -> Fields {
        Fields {
            instant: Some((self.offset(), self.zone(), self.unix_seconds())),
            ..self.datetime().fields()
        }
    }

    fn year_days(&self) -> u16 {
        self.date().year_days()
    }
}

impl<R: Rule> FormatDateTime for Zoned<R> {}
impl<R: Rule> FormatZoned for Zoned<R> {}

/// An [`Zoned`] to be written with its wall-clock date in the
/// Gregorian calendar.
///
/// # Example
///
/// ```
/// use shamsi::format::{InGregorian, ZonedFormat};
/// use shamsi::Zoned;
///
/// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
/// let f = ZonedFormat::new("%d %B %Y, %H:%M %Z")?;
/// assert_eq!(f.display(InGregorian(t)).to_string(), "26 January 2024, 14:30 +03:30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InGregorian<T>(pub T);

impl<R: Rule> sealed::Sealed for InGregorian<Zoned<R>> {
    fn ymd(&self) -> (i32, u8, u8) {
        self.0.to_gregorian().date().ymd()
    }

    fn time_of_day(&self) -> Time {
        self.0.time()
    }

    fn fields(&self) -> Fields {
        Fields { instant: self.0.fields().instant, ..self.0.to_gregorian().fields() }
    }

    fn year_days(&self) -> u16 {
        self.0.to_gregorian().date().year_days()
    }
}

impl<R: Rule> FormatDateTime for InGregorian<Zoned<R>> {}
impl<R: Rule> FormatZoned for InGregorian<Zoned<R>> {}

/// A checked pattern with its locale and digits: writes dates, and reads
/// them back ([`DateFormat::parse`]).
///
/// Made by [`DateFormat::new`], which checks the pattern, so that writing
/// can fail only if the writer does. The default locale is
/// [`English`](Locale::English); the digits are the locale's
/// ([`Locale::default_digits`]) until [`DateFormat::with_digits`] picks others.
/// See the [module documentation](self) for the directives.
///
/// # Example
///
/// ```
/// use shamsi::format::{DateFormat, Locale};
/// use shamsi::JalaliDate;
///
/// let date = JalaliDate::new(1403, 1, 1)?;
/// let f = DateFormat::new("%o %B %Y %E")?.with_locale(Locale::Persian);
/// assert_eq!(f.display(date).to_string(), "یکم فروردین ۱۴۰۳ ه\u{200d}.ش.");
/// assert_eq!(f.parse("یکم فروردین ۱۴۰۳ ه\u{200d}.ش.")?, date);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateFormat<'p> {
    pub(crate) pattern: &'p str,
    pub(crate) locale: Locale,
    digits: Option<Digits>,
    pub(crate) pivot: Option<i32>,
    /// The count a Solar Hijri year is written and read in.
    pub(crate) count: YearCount,
    /// The pattern compiled.
    pub(crate) program: Program,
}

impl DateFormat<'static> {
    /// `%F`: `1402-11-06`, the form [`JalaliDate`]'s `Display` writes.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    /// use shamsi::JalaliDate;
    ///
    /// let date = JalaliDate::new(1402, 11, 6)?;
    /// assert_eq!(DateFormat::ISO.display(date).to_string(), date.to_string());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const ISO: DateFormat<'static> = DateFormat {
        pattern: "%F",
        locale: Locale::English,
        digits: None,
        pivot: None,
        count: YearCount::SolarHijri,
        program: Program::ISO,
    };
}

impl<'p> DateFormat<'p> {
    /// Checks `pattern` and makes a format of it, in English with Latin
    /// digits.
    ///
    /// # Errors
    ///
    /// A [`PatternError`] at the first bad directive: an unknown letter
    /// after `%`, a `%` at the end, or `-` on a directive that writes no
    /// number.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    /// use shamsi::PatternErrorKind;
    ///
    /// assert!(DateFormat::new("%Y/%m/%d").is_ok());
    /// let err = DateFormat::new("%Y/%m/%J").unwrap_err();
    /// assert_eq!(err.kind(), PatternErrorKind::UnknownDirective('J'));
    /// assert_eq!(err.offset(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(pattern: &'p str) -> Result<Self, PatternError> {
        directive::check(pattern, Needs::Date)?;
        Ok(DateFormat::checked(pattern))
    }

    /// The format of a pattern the caller has checked, in English with the
    /// locale's digits, compiled.
    pub(crate) fn checked(pattern: &'p str) -> Self {
        DateFormat {
            pattern,
            locale: Locale::English,
            digits: None,
            pivot: None,
            count: YearCount::SolarHijri,
            program: Program::new(pattern),
        }
    }

    /// The same format in another locale.
    ///
    /// The digits follow the new locale, unless [`DateFormat::with_digits`]
    /// chose them.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::JalaliDate;
    ///
    /// let f = DateFormat::new("%-d %B")?.with_locale(Locale::Pashto);
    /// assert_eq!(f.display(JalaliDate::new(1402, 1, 6)?).to_string(), "۶ وری");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_locale(self, locale: Locale) -> Self {
        DateFormat { locale, ..self }
    }

    /// The same format with other digits.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Digits, Locale};
    /// use shamsi::JalaliDate;
    ///
    /// let f = DateFormat::new("%Y/%m/%d")?.with_locale(Locale::Persian).with_digits(Digits::ArabicIndic);
    /// assert_eq!(f.display(JalaliDate::new(1402, 11, 6)?).to_string(), "١٤٠٢/١١/٠٦");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_digits(self, digits: Digits) -> Self {
        DateFormat { digits: Some(digits), ..self }
    }

    /// The same format without the shapes its program takes shorter ways
    /// with: every write and read runs the steps. For the tests and fuzzing
    /// that check the shapes against the steps; not part of the API.
    #[cfg(any(test, fuzzing))]
    #[doc(hidden)]
    #[must_use]
    pub const fn without_shapes(self) -> Self {
        DateFormat { program: self.program.without_shapes(), ..self }
    }

    /// The same format with a pivot year for reading `%y`: a two-digit year
    /// is read as the year ending in those digits nearest the pivot (from
    /// `pivot - 50` to `pivot + 49`).
    ///
    /// Without a pivot, [`DateFormat::parse`] refuses `%y`
    /// ([`TwoDigitYear`](crate::ParseErrorKind::TwoDigitYear)). The pivot is
    /// in the calendar being read.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    /// use shamsi::JalaliDate;
    ///
    /// let f = DateFormat::new("%y/%m/%d")?.with_pivot(1400);
    /// assert_eq!(f.parse("96/09/05")?, JalaliDate::new(1396, 9, 5)?);
    /// assert_eq!(f.parse("05/01/01")?, JalaliDate::new(1405, 1, 1)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_pivot(self, pivot: i32) -> Self {
        DateFormat { pivot: Some(pivot), program: self.program.with_pivot(pivot), ..self }
    }

    /// The same format, with a Solar Hijri date's year written and read in
    /// `count` (the Imperial or the Kurdish year): `%Y`, `%y`, `%C` and `%L`
    /// stand for that year, and `%E` for the count's label
    /// ([`YearCount::label_fa`], [`YearCount::label_en`] in the locales of
    /// Latin letters), which a year in another count should be written
    /// with, so that it is never taken for a Solar Hijri one; a date of
    /// another calendar is unchanged.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::{JalaliDate, YearCount};
    ///
    /// let f = DateFormat::new("%-d %B %Y %E")?
    ///     .with_locale(Locale::Persian)
    ///     .with_year_count(YearCount::Imperial);
    /// let date = JalaliDate::new(1355, 1, 1)?;
    /// assert_eq!(f.format(date), "۱ فروردین ۲۵۳۵ شاهنشاهی");
    /// assert_eq!(f.parse("۱ فروردین ۲۵۳۵ شاهنشاهی")?, date);
    /// let en = f.with_locale(Locale::English).with_year_count(YearCount::Kurdish);
    /// assert_eq!(en.format(date), "1 Farvardin 2676 Kurdish");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn with_year_count(self, count: YearCount) -> Self {
        DateFormat { count, ..self }
    }

    /// The pattern.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateFormat;
    ///
    /// assert_eq!(DateFormat::new("%F")?.pattern(), "%F");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn pattern(&self) -> &'p str {
        self.pattern
    }

    /// The locale whose names are written.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    ///
    /// assert_eq!(DateFormat::new("%F")?.locale(), Locale::English);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn locale(&self) -> Locale {
        self.locale
    }

    /// The digits numbers are written in: those chosen with
    /// [`DateFormat::with_digits`], else the locale's.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Digits, Locale};
    ///
    /// let f = DateFormat::new("%F")?.with_locale(Locale::Sorani);
    /// assert_eq!(f.digits(), Digits::ArabicIndic);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn digits(&self) -> Digits {
        match self.digits {
            Some(d) => d,
            None => self.locale.default_digits(),
        }
    }

    /// Writes `date` into `w`.
    ///
    /// Nothing is allocated: numbers are written digit by digit and names
    /// come from static tables.
    ///
    /// # Errors
    ///
    /// Only when `w` fails.
    ///
    /// # Example
    ///
    /// ```
    /// use core::fmt::Write;
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::JalaliDate;
    ///
    /// let mut out = String::new();
    /// let f = DateFormat::new("%A، %-d %B %Y")?.with_locale(Locale::Persian);
    /// f.write(&mut out, JalaliDate::new(1402, 11, 3)?)?;
    /// assert_eq!(out, "سه\u{200c}شنبه، ۳ بهمن ۱۴۰۲");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write<W: fmt::Write + ?Sized, D: FormatDate>(&self, w: &mut W, date: D) -> fmt::Result {
        self.write_value(w, date)
    }

    /// Writes any value the constructor allowed for this pattern.
    #[inline]
    pub(crate) fn write_value<W: fmt::Write + ?Sized, D: sealed::Sealed>(
        &self,
        w: &mut W,
        date: D,
    ) -> fmt::Result {
        let cx = (self.locale, self.digits());
        if self.count != YearCount::SolarHijri && date.fields().calendar == Calendar::Jalali {
            return self.program.write(w, self.pattern, cx, &Counted(&date, self.count));
        }
        self.program.write(w, self.pattern, cx, &date)
    }

    /// `date` written with this format, as a value that implements
    /// [`Display`](fmt::Display).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::JalaliDate;
    ///
    /// let f = DateFormat::new("%-d %B %Y")?.with_locale(Locale::Sorani);
    /// let date = JalaliDate::new(1402, 11, 6)?;
    /// assert_eq!(format!("{}", f.display(date)), "٦ ڕێبەندان ١٤٠٢");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn display<D: FormatDate>(&self, date: D) -> Formatted<'p, D> {
        Formatted { format: *self, date }
    }

    /// `date` written with this format, as a `String`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateFormat, Locale};
    /// use shamsi::JalaliDate;
    ///
    /// let f = DateFormat::new("%o %B")?.with_locale(Locale::Dari);
    /// assert_eq!(f.format(JalaliDate::new(1403, 1, 1)?), "یکم حمل");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "alloc")]
    #[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
    pub fn format<D: FormatDate>(&self, date: D) -> alloc::string::String {
        let mut out = alloc::string::String::with_capacity(self.pattern.len() + 16);
        // Writing into a `String` cannot fail.
        let _ = self.write(&mut out, date);
        out
    }
}

/// A date and the format to write it with, made by
/// [`DateFormat::display`].
///
/// # Example
///
/// ```
/// use shamsi::format::DateFormat;
/// use shamsi::JalaliDate;
///
/// let shown = DateFormat::ISO.display(JalaliDate::new(1402, 11, 6)?);
/// assert_eq!(shown.to_string(), "1402-11-06");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Formatted<'p, D> {
    format: DateFormat<'p>,
    date: D,
}

impl<D: sealed::Sealed + Copy> fmt::Display for Formatted<'_, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.format.write_value(f, self.date)
    }
}

/// Writes the builder methods shared by [`DateTimeFormat`] and
/// [`ZonedFormat`], which wrap a [`DateFormat`].
macro_rules! builder {
    ($name:ident, $bound:ident, $example:literal, $value:literal) => {
        impl<'p> $name<'p> {
            /// The same format in another locale (the digits follow it,
            /// unless chosen with `with_digits`).
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use shamsi::format::{", stringify!($name), ", Locale};")]
            #[doc = concat!("let f = ", stringify!($name), "::new(\"%H:%M\")?.with_locale(Locale::Persian);")]
            /// assert_eq!(f.locale(), Locale::Persian);
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[must_use]
            pub const fn with_locale(self, locale: Locale) -> Self {
                $name { inner: self.inner.with_locale(locale) }
            }

            /// The same format with other digits.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use shamsi::format::{", stringify!($name), ", Digits, Locale};")]
            #[doc = concat!("let f = ", stringify!($name), "::new(\"%H:%M\")?.with_locale(Locale::Persian).with_digits(Digits::Latin);")]
            /// assert_eq!(f.digits(), Digits::Latin);
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[must_use]
            pub const fn with_digits(self, digits: Digits) -> Self {
                $name { inner: self.inner.with_digits(digits) }
            }

            /// The same format with a pivot year for reading `%y` (see
            /// [`DateFormat::with_pivot`]).
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use shamsi::format::", stringify!($name), ";")]
            #[doc = concat!("let f = ", stringify!($name), "::new(\"%y/%m/%d %H:%M\")?.with_pivot(1400);")]
            /// assert_eq!(f.pattern(), "%y/%m/%d %H:%M");
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[must_use]
            pub const fn with_pivot(self, pivot: i32) -> Self {
                $name { inner: self.inner.with_pivot(pivot) }
            }

            /// The pattern.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use shamsi::format::", stringify!($name), ";")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::new(\"%T\")?.pattern(), \"%T\");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub const fn pattern(&self) -> &'p str {
                self.inner.pattern()
            }

            /// The locale whose names are written.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use shamsi::format::{", stringify!($name), ", Locale};")]
            #[doc = concat!("assert_eq!(", stringify!($name), "::new(\"%T\")?.locale(), Locale::English);")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub const fn locale(&self) -> Locale {
                self.inner.locale()
            }

            /// The digits numbers are written in.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use shamsi::format::{", stringify!($name), ", Digits, Locale};")]
            #[doc = concat!("let f = ", stringify!($name), "::new(\"%T\")?.with_locale(Locale::Dari);")]
            /// assert_eq!(f.digits(), Digits::Persian);
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub const fn digits(&self) -> Digits {
                self.inner.digits()
            }

            /// Writes a value into `w`, allocating nothing.
            ///
            /// # Errors
            ///
            /// Only when `w` fails.
            ///
            /// # Example
            ///
            /// ```
            #[doc = $example]
            /// let mut out = String::new();
            /// f.write(&mut out, value)?;
            #[doc = concat!("assert_eq!(out, \"", $value, "\");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn write<W: fmt::Write + ?Sized, D: $bound>(&self, w: &mut W, value: D) -> fmt::Result {
                self.inner.write_value(w, value)
            }

            /// A value written with this format, as a value that implements
            /// [`Display`](fmt::Display).
            ///
            /// # Example
            ///
            /// ```
            #[doc = $example]
            #[doc = concat!("assert_eq!(f.display(value).to_string(), \"", $value, "\");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub const fn display<D: $bound>(&self, value: D) -> Formatted<'p, D> {
                Formatted { format: self.inner, date: value }
            }

            /// A value written with this format, as a `String`.
            ///
            /// # Example
            ///
            /// ```
            #[doc = $example]
            #[doc = concat!("assert_eq!(f.format(value), \"", $value, "\");")]
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[cfg(feature = "alloc")]
            #[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
            pub fn format<D: $bound>(&self, value: D) -> alloc::string::String {
                let mut out = alloc::string::String::with_capacity(self.inner.pattern.len() + 24);
                // Writing into a `String` cannot fail.
                let _ = self.write(&mut out, value);
                out
            }
        }
    };
}

/// A checked pattern for date-times, with the date directives of
/// [`DateFormat`] and the time directives: writes [`JalaliDateTime`],
/// [`GregorianDateTime`] and the wall clock of an [`Zoned`], and
/// reads them back.
///
/// An offset directive (`%z`, `%Z`, `%s`) is an error when the format is
/// made, since a civil date-time has no offset: use an
/// [`ZonedFormat`].
///
/// # Example
///
/// ```
/// use shamsi::format::{DateTimeFormat, Locale};
/// use shamsi::{JalaliDateTime, PatternErrorKind};
///
/// let dt: JalaliDateTime = "1402-11-06T14:30:00".parse()?;
/// let f = DateTimeFormat::new("%Y/%m/%d ساعت %H:%M")?.with_locale(Locale::Persian);
/// assert_eq!(f.format(dt), "۱۴۰۲/۱۱/۰۶ ساعت ۱۴:۳۰");
/// assert_eq!(f.parse("۱۴۰۲/۱۱/۰۶ ساعت ۱۴:۳۰")?, dt);
/// let twelve = DateTimeFormat::new("%-I:%M %p")?.with_locale(Locale::Persian);
/// assert_eq!(twelve.format(dt), "۲:۳۰ ب.ظ.");
/// let err = DateTimeFormat::new("%F %H:%M %z").unwrap_err();
/// assert_eq!(err.kind(), PatternErrorKind::NeedsOffset('z'));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateTimeFormat<'p> {
    inner: DateFormat<'p>,
}

impl<'p> DateTimeFormat<'p> {
    /// Checks `pattern` and makes a format of it, in English with Latin
    /// digits.
    ///
    /// # Errors
    ///
    /// A [`PatternError`] at the first bad directive, as
    /// [`DateFormat::new`], and [`NeedsOffset`](crate::PatternErrorKind::NeedsOffset)
    /// for `%z`, `%Z` or `%s`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateTimeFormat;
    ///
    /// assert!(DateTimeFormat::new("%F %T").is_ok());
    /// assert!(DateTimeFormat::new("%s").is_err());
    /// ```
    pub fn new(pattern: &'p str) -> Result<Self, PatternError> {
        directive::check(pattern, Needs::Time)?;
        Ok(DateTimeFormat { inner: DateFormat::checked(pattern) })
    }

    /// Reads a Jalali date-time written with this format (by the official
    /// rule): the date as [`DateFormat::parse`] reads it, and the time from
    /// `%H`/`%k` or `%I`/`%l` with `%p` or `%q` (which must agree when
    /// both are there), with `%M`, `%S` and `%f` where the pattern has them
    /// (0 where not).
    ///
    /// # Errors
    ///
    /// As [`DateFormat::parse`], and [`MissingField`](crate::ParseErrorKind::MissingField)
    /// when the pattern gives no hour (or a 12-hour one without its half of
    /// the day).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{DateTimeFormat, Locale};
    ///
    /// let f = DateTimeFormat::new("%-d %B %Y، %I:%M %p")?.with_locale(Locale::Persian);
    /// let dt = f.parse("۶ بهمن ۱۴۰۲، ۱۲:۱۵ ق.ظ.")?;
    /// assert_eq!(dt.to_string(), "1402-11-06T00:15:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(&self, input: &str) -> Result<JalaliDateTime, crate::ParseError> {
        self.inner.parse_datetime_in(crate::rule::Official, input)
    }

    /// Reads a Jalali date-time by `rule`.
    ///
    /// # Errors
    ///
    /// As [`DateTimeFormat::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateTimeFormat;
    /// use shamsi::rule::Rule33;
    ///
    /// let f = DateTimeFormat::new("%F %T")?;
    /// assert_eq!(f.parse_in(Rule33, "1502-12-30 10:00:00")?.to_string(), "1502-12-30T10:00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_in<R: Rule>(
        &self,
        rule: R,
        input: &str,
    ) -> Result<JalaliDateTime<R>, crate::ParseError> {
        self.inner.parse_datetime_in(rule, input)
    }

    /// Reads a Gregorian date-time written with this format.
    ///
    /// # Errors
    ///
    /// As [`DateTimeFormat::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::DateTimeFormat;
    ///
    /// let f = DateTimeFormat::new("%d %b %Y %-I:%M %p")?;
    /// assert_eq!(f.parse_gregorian("26 Jan 2024 2:30 PM")?.to_string(), "2024-01-26T14:30:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_gregorian(&self, input: &str) -> Result<GregorianDateTime, crate::ParseError> {
        self.inner.parse_gregorian_datetime(input)
    }
}

builder!(
    DateTimeFormat,
    FormatDateTime,
    "use shamsi::format::DateTimeFormat;\nlet f = DateTimeFormat::new(\"%F %R\")?;\nlet value: shamsi::JalaliDateTime = \"1402-11-06T14:30:00\".parse()?;",
    "1402-11-06 14:30"
);

/// A checked pattern for instants: every directive of [`DateTimeFormat`]
/// and the offset ones (`%z`, `%:z`, `%::z`, `%Z`, `%s`). Writes an
/// [`Zoned`] (its wall clock in the Jalali calendar, or in the
/// Gregorian one through [`InGregorian`]), and reads it back.
///
/// # Example
///
/// ```
/// use shamsi::format::{Locale, ZonedFormat};
/// use shamsi::Zoned;
///
/// let t = Zoned::parse_jalali("1402-11-06T14:30:00+03:30")?;
/// let f = ZonedFormat::new("%Y/%m/%d %H:%M:%S%.f %:z")?;
/// assert_eq!(f.format(t), "1402/11/06 14:30:00 +03:30");
/// assert_eq!(f.parse("1402/11/06 14:30:00 +03:30")?, t);
/// let fa = f.with_locale(Locale::Persian);
/// let later = t.checked_add_nanos(250_000_000).unwrap();
/// assert_eq!(fa.format(later), "۱۴۰۲/۱۱/۰۶ ۱۴:۳۰:۰۰٫۲۵ \u{200e}+۰۳:۳۰");
/// assert_eq!(fa.parse(&fa.format(later))?, later);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ZonedFormat<'p> {
    inner: DateFormat<'p>,
}

impl<'p> ZonedFormat<'p> {
    /// Checks `pattern` and makes a format of it, in English with Latin
    /// digits.
    ///
    /// # Errors
    ///
    /// A [`PatternError`] at the first bad directive, as [`DateFormat::new`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::ZonedFormat;
    ///
    /// assert!(ZonedFormat::new("%F %T %::z %Z %s").is_ok());
    /// assert!(ZonedFormat::new("%:::z").is_err());
    /// ```
    pub fn new(pattern: &'p str) -> Result<Self, PatternError> {
        directive::check(pattern, Needs::Offset)?;
        Ok(ZonedFormat { inner: DateFormat::checked(pattern) })
    }

    /// Reads an instant written with this format, its wall-clock date in
    /// the Jalali calendar: the date-time as [`DateTimeFormat::parse`]
    /// reads it and an offset (`%z`, `%:z`, `%::z`, or `%Z` as `UTC` or an
    /// offset), or Unix seconds (`%s`; at the offset if one is read, else
    /// UTC), which must agree with the date-time when both are there.
    ///
    /// # Errors
    ///
    /// As [`DateTimeFormat::parse`], and [`MissingField`](crate::ParseErrorKind::MissingField)
    /// without an offset or Unix seconds.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::ZonedFormat;
    ///
    /// let f = ZonedFormat::new("%s")?;
    /// assert_eq!(f.parse("1706266800")?.jalali().to_string(), "1402-11-06T11:00:00+00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(&self, input: &str) -> Result<Zoned, crate::ParseError> {
        self.inner.parse_offset_datetime(input, Calendar::Jalali)
    }

    /// Reads an instant whose wall-clock date is written in the Gregorian
    /// calendar.
    ///
    /// # Errors
    ///
    /// As [`ZonedFormat::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::ZonedFormat;
    ///
    /// let f = ZonedFormat::new("%F %T%z")?;
    /// assert_eq!(f.parse_gregorian("2024-01-26 14:30:00+0330")?.unix_seconds(), 1_706_266_800);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_gregorian(&self, input: &str) -> Result<Zoned, crate::ParseError> {
        self.inner.parse_offset_datetime(input, Calendar::Gregorian)
    }
}

builder!(
    ZonedFormat,
    FormatZoned,
    "use shamsi::format::ZonedFormat;\nlet f = ZonedFormat::new(\"%F %R %z\")?;\nlet value = shamsi::Zoned::parse_jalali(\"1402-11-06T14:30:00+03:30\")?;",
    "1402-11-06 14:30 +0330"
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PatternErrorKind;
    use write::week_of_year;

    struct Buf {
        bytes: [u8; 64],
        len: usize,
    }

    impl fmt::Write for Buf {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let end = self.len + s.len();
            self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?.copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }

    fn show(pattern: &str, locale: Locale, date: JalaliDate) -> Buf {
        let mut buf = Buf { bytes: [0; 64], len: 0 };
        DateFormat::new(pattern).unwrap().with_locale(locale).write(&mut buf, date).unwrap();
        buf
    }

    fn text(buf: &Buf) -> &str {
        core::str::from_utf8(&buf.bytes[..buf.len]).unwrap()
    }

    #[test]
    fn every_directive() {
        let d = JalaliDate::new(1402, 11, 6).unwrap();
        let cases = [
            ("%Y", "1402"),
            ("%y", "02"),
            ("%-y", "2"),
            ("%m", "11"),
            ("%-m", "11"),
            ("%d", "06"),
            ("%-d", "6"),
            ("%e", " 6"),
            ("%B", "Bahman"),
            ("%b", "Bah"),
            ("%A", "Friday"),
            ("%a", "Fri"),
            ("%j", "312"),
            ("%-j", "312"),
            ("%u", "7"),
            ("%w", "6"),
            ("%U", "44"),
            ("%G", "1402"),
            ("%V", "45"),
            ("%Q", "4"),
            ("%K", "Winter"),
            ("%F", "1402-11-06"),
            ("%%", "%"),
            ("%o", "6th"),
            ("%E", "AP"),
            ("x%%y", "x%y"),
        ];
        for (pattern, want) in cases {
            assert_eq!(text(&show(pattern, Locale::English, d)), want, "{pattern}");
        }
        let d = JalaliDate::new(5, 1, 2).unwrap();
        assert_eq!(text(&show("%Y %-Y %j %-j", Locale::English, d)), "0005 5 002 2");
        let d = JalaliDate::new(-5, 1, 2).unwrap();
        assert_eq!(text(&show("%Y %y", Locale::English, d)), "-0005 95");
    }

    #[test]
    fn ordinals() {
        for (day, want) in [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th")] {
            let d = JalaliDate::new(1402, 1, day).unwrap();
            assert_eq!(text(&show("%o", Locale::English, d)), want);
        }
        for (day, want) in [(21, "21st"), (22, "22nd"), (23, "23rd"), (12, "12th"), (13, "13th")] {
            let d = JalaliDate::new(1402, 1, day).unwrap();
            assert_eq!(text(&show("%o", Locale::PersianLatin, d)), want);
        }
        let d = JalaliDate::new(1402, 1, 6).unwrap();
        assert_eq!(text(&show("%o", Locale::Pashto, d)), "۶م");
        assert_eq!(text(&show("%o", Locale::Sorani, d)), "٦ەم");
        assert_eq!(text(&show("%o", Locale::Persian, d)), "ششم");
    }

    #[test]
    fn week_numbers() {
        // 1 Farvardin 1404 was a Friday: week 0; Saturday 2 Farvardin starts week 1.
        let d = JalaliDate::new(1404, 1, 1).unwrap();
        assert_eq!(week_of_year(d.day_of_year(), d.weekday()), 0);
        let d = JalaliDate::new(1404, 1, 2).unwrap();
        assert_eq!(week_of_year(d.day_of_year(), d.weekday()), 1);
    }

    #[test]
    fn pattern_errors() {
        let err = |p: &str| DateFormat::new(p).unwrap_err();
        assert_eq!(err("%").kind(), PatternErrorKind::IncompleteDirective);
        assert_eq!(err("ab%-").kind(), PatternErrorKind::IncompleteDirective);
        assert_eq!(err("ab%-").offset(), 2);
        assert_eq!(err("%ý").kind(), PatternErrorKind::UnknownDirective('ý'));
        assert_eq!(err("%-A").kind(), PatternErrorKind::UnsupportedFlag('A'));
        assert!(DateFormat::new("%-e").is_ok());
    }

    #[test]
    fn locale_tags() {
        for l in Locale::ALL {
            assert_eq!(l.tag().parse::<Locale>(), Ok(l));
        }
        assert_eq!("FA_af".parse::<Locale>(), Ok(Locale::Dari));
        assert_eq!("xx".parse::<Locale>(), Err(UnknownLocale));
    }

    #[test]
    fn template_writes_as_the_steps_do() {
        extern crate std;
        use std::string::String;
        let patterns = [
            "%Y/%m/%d ساعت %H:%M",
            "%F %T",
            "%d.%m.%Y %R",
            "%Y%m%d%H%M%S",
            "ساعت %H:%M:%S، %Y/%m/%d",
            "%Y-%m-%dT%H:%M:%S",
            "%-d/%-m/%Y %-H:%M",
            "%e %k|%y|%j|%-j|%-y",
            "%A %-d %B %Y ساعت %H:%M",
            "%a %d %b %y %T",
            "%B %H",
        ];
        let locales = [
            Locale::Persian,
            Locale::Dari,
            Locale::English,
            Locale::PersianLatin,
            Locale::Pashto,
            Locale::Sorani,
        ];
        for pattern in patterns {
            let fast = DateTimeFormat::new(pattern).unwrap();
            let slow = DateTimeFormat { inner: fast.inner.without_shapes() };
            let sets = [Digits::Latin, Digits::Persian, Digits::ArabicIndic];
            for (locale, digits) in locales.into_iter().flat_map(|l| sets.map(|d| (l, d))) {
                let fast = fast.with_locale(locale).with_digits(digits);
                let slow = slow.with_locale(locale).with_digits(digits);
                let mut n = crate::JalaliDate::MIN.to_day_number();
                let mut s = 0u32;
                while n <= crate::JalaliDate::MAX.to_day_number() {
                    let time = crate::Time::from_seconds_of_day(s % 86_400).unwrap();
                    let dt = crate::JalaliDate::from_day_number(n).unwrap().at(time);
                    let (mut a, mut b) = (String::new(), String::new());
                    fast.write(&mut a, dt).unwrap();
                    slow.write(&mut b, dt).unwrap();
                    assert_eq!(a, b, "{pattern} {dt}");
                    let (mut a, mut b) = (String::new(), String::new());
                    fast.write(&mut a, dt.to_gregorian()).unwrap();
                    slow.write(&mut b, dt.to_gregorian()).unwrap();
                    assert_eq!(a, b, "{pattern} {dt}");
                    n += 9_973;
                    s += 7_919;
                }
            }
        }
        for other in ["%F %T%.f", "%F %I:%M %p", "%Y%%", "%o %B %Y"] {
            let program = DateTimeFormat::new(other).unwrap().inner.program;
            let covers = program.template.map_or(0, |t| t.covers());
            assert!(covers < program.steps().len(), "{other}");
        }
    }

    #[test]
    fn ymd_shape_agrees_with_the_steps() {
        extern crate std;
        use std::string::String;
        let patterns = [
            "%d/%m/%Y",
            "%Y%m%d",
            "%y/%m/%d",
            "%m-%d-%Y",
            "%d.%m.%y",
            "%d%m%Y",
            "%Y/%d/%m",
            "%y%m%d",
            "%m/%d %Y",
            "%-d/%-m/%Y",
            "%Y/%-m/%-d",
            "%-d.%m.%y",
            "%-m%-d%Y",
        ];
        for pattern in patterns {
            for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
                let fast = DateFormat::new(pattern).unwrap().with_digits(digits);
                assert!(!fast.program.ymd.is_some_and(|y| y.numeric()), "{pattern}");
                let slow = fast.without_shapes();
                let mut n = crate::JalaliDate::MIN.to_day_number();
                while n <= crate::JalaliDate::MAX.to_day_number() {
                    let date = crate::JalaliDate::from_day_number(n).unwrap();
                    let (mut a, mut b) = (String::new(), String::new());
                    fast.write(&mut a, date).unwrap();
                    slow.write(&mut b, date).unwrap();
                    assert_eq!(a, b, "{pattern} {date}");
                    // Read back, and a few texts that are not dates.
                    let mut texts = std::vec![a.clone()];
                    let chars: std::vec::Vec<char> = a.chars().collect();
                    for k in [0, chars.len() / 2, chars.len().saturating_sub(1)] {
                        for c in ['9', '۳', '٣', '/', 'x'] {
                            let mut t = chars.clone();
                            if let Some(slot) = t.get_mut(k) {
                                *slot = c;
                            }
                            texts.push(t.into_iter().collect());
                        }
                    }
                    texts.push(std::format!("{a}1"));
                    texts.push(a.chars().skip(1).collect());
                    for t in &texts {
                        assert_eq!(fast.parse(t), slow.parse(t), "{pattern} {t:?}");
                        let (fp, sp) = (fast.with_pivot(1400), slow.with_pivot(1400));
                        assert_eq!(fp.parse(t), sp.parse(t), "{pattern} {t:?}");
                        assert_eq!(fp.parse_gregorian(t), sp.parse_gregorian(t), "{pattern} {t:?}");
                    }
                    let g = date.to_gregorian();
                    let (mut a, mut b) = (String::new(), String::new());
                    fast.write(&mut a, g).unwrap();
                    slow.write(&mut b, g).unwrap();
                    assert_eq!(a, b, "{pattern} {g}");
                    n += 997;
                }
            }
        }
        for other in
            ["%d/%m", "%Y/%m/%d/%d", "%d//%m/%Y", "%d/%m/%Y ", "%-d/%d/%Y", "%Y/%y/%d", "%-Y/%m/%d"]
        {
            let ymd = DateFormat::new(other).unwrap().program.ymd;
            assert!(ymd.is_none_or(|y| !y.writable()), "{other}");
        }
    }

    #[test]
    fn numeric_ymd_takes_every_separator() {
        extern crate std;
        use std::string::String;
        let separators: std::vec::Vec<char> = (b' '..=b'~')
            .filter(|&c| c.is_ascii_punctuation() || c == b' ')
            .filter(|&c| c != b'%')
            .map(char::from)
            .collect();
        assert_eq!(separators.len(), 32);
        for (i, &a) in separators.iter().enumerate() {
            let b = separators[(i * 7 + 3) % separators.len()];
            let pattern = std::format!("%Y{a}%m{b}%d");
            for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
                let fast = DateFormat::new(&pattern).unwrap().with_digits(digits);
                assert!(fast.program.ymd.is_some_and(|y| y.numeric()), "{pattern}");
                let slow = fast.without_shapes();
                let mut n = crate::JalaliDate::MIN.to_day_number();
                while n <= crate::JalaliDate::MAX.to_day_number() {
                    let date = crate::JalaliDate::from_day_number(n).unwrap();
                    let (mut x, mut y) = (String::new(), String::new());
                    fast.write(&mut x, date).unwrap();
                    slow.write(&mut y, date).unwrap();
                    assert_eq!(x, y, "{pattern}");
                    n += 9_973;
                }
            }
        }
    }

    /// The plain shape writes and reads what the steps do: patterns of
    /// names and numbers in every locale and digit set, on what they write, on what
    /// other locales write, and on texts changed where the shape gives up
    /// (a wrong weekday, an unpadded or five-digit number, mixed digit
    /// sets, letter case, text after).
    #[test]
    #[cfg(feature = "alloc")]
    fn plain_programs_read_as_the_steps_do() {
        extern crate std;
        use std::string::{String, ToString};
        use std::vec::Vec;
        let patterns = [
            "%Y/%m/%d %A",
            "%A %d %B %Y",
            "%d %B %Y",
            "%a %d %b %y",
            "%B %d, %Y",
            "%j %Y %A",
            "%A، %d %B %Y",
        ];
        let mut compared = 0;
        for pattern in patterns {
            let base = DateFormat::new(pattern).unwrap().with_pivot(1419);
            assert!(base.program.plain.is_some(), "{pattern}");
            for locale in Locale::ALL {
                for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
                    let fast = base.with_locale(locale).with_digits(digits);
                    let slow = fast.without_shapes();
                    let mut n = crate::JalaliDate::MIN.to_day_number();
                    while n <= crate::JalaliDate::MAX.to_day_number() {
                        let date = crate::JalaliDate::from_day_number(n).unwrap();
                        let text = fast.format(date);
                        // The plain shape writes what the steps write.
                        assert_eq!(text, slow.format(date), "{pattern}");
                        let g = date.to_gregorian();
                        assert_eq!(fast.format(g), slow.format(g), "{pattern}");
                        let other = base.with_locale(Locale::English).format(date);
                        let mut texts: Vec<String> = std::vec![
                            text.clone(),
                            other,
                            text.to_uppercase(),
                            text.replacen('0', "", 1),
                            text.replacen('۰', "٠", 1),
                            std::format!("{text} "),
                            std::format!("1{text}"),
                        ];
                        let wrong = date.checked_add_days(1).map(|d| fast.format(d));
                        texts.extend(
                            wrong.map(|w| {
                                w.replace(&d_name(&fast, date, 1), &d_name(&fast, date, 0))
                            }),
                        );
                        for t in &texts {
                            assert_eq!(fast.parse(t), slow.parse(t), "{pattern} {t}");
                            let g = fast.parse_gregorian(t).map(|g| g.to_string());
                            assert_eq!(
                                g,
                                slow.parse_gregorian(t).map(|g| g.to_string()),
                                "{pattern} {t}"
                            );
                            compared += 1;
                        }
                        n += 7_919;
                    }
                }
            }
        }
        assert!(compared > 10_000, "{compared}");
    }

    /// The day of `date` plus `ahead` days as `f` writes it (`%d`).
    #[cfg(feature = "alloc")]
    fn d_name(f: &DateFormat<'_>, date: crate::JalaliDate, ahead: i32) -> std::string::String {
        let day = date.checked_add_days(ahead).unwrap_or(date);
        DateFormat::new("%d").unwrap().with_digits(f.digits()).format(day)
    }

    /// The year-month-day shape reads what the steps read on random texts made
    /// of digits of the three sets, separators and stray letters.
    #[test]
    fn ymd_reader_agrees_with_the_steps_on_random_texts() {
        extern crate std;
        use std::string::String;
        let alphabet =
            ['1', '4', '0', '2', '6', '9', '۱', '۴', '۰', '٢', '٦', '/', '-', '.', ' ', 'x'];
        let patterns =
            ["%d/%m/%Y", "%-d/%-m/%Y", "%Y%m%d", "%y/%m/%d", "%m-%-d-%Y", "%Y.%-m.%d", "%F"];
        let mut state = 0x5a3e_1403_u64;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        let mut hits = 0;
        for pattern in patterns {
            for pivot in [None, Some(1400)] {
                let mut fast = DateFormat::new(pattern).unwrap();
                if let Some(p) = pivot {
                    fast = fast.with_pivot(p);
                }
                assert!(fast.program.ymd.is_some(), "{pattern}");
                let slow = fast.without_shapes();
                let date = crate::JalaliDate::new(1402, 11, 6).unwrap();
                let written = std::string::ToString::to_string(&slow.display(date));
                for _ in 0..20_000 {
                    // A written date with a few characters changed, or noise.
                    let mut chars: std::vec::Vec<char> = written.chars().collect();
                    for _ in 0..next() % 3 {
                        let at = next() % (chars.len() + 1);
                        let c = alphabet[next() % alphabet.len()];
                        match next() % 3 {
                            0 if at < chars.len() => chars[at] = c,
                            1 if at < chars.len() => {
                                chars.remove(at);
                            }
                            _ => chars.insert(at, c),
                        }
                    }
                    let text: String = chars.into_iter().collect();
                    let got = fast.parse(&text);
                    hits += usize::from(got.is_ok());
                    assert_eq!(got, slow.parse(&text), "{pattern} {text:?}");
                    assert_eq!(
                        fast.parse_gregorian(&text),
                        slow.parse_gregorian(&text),
                        "{pattern} {text:?}"
                    );
                }
            }
        }
        assert!(hits > 10_000, "{hits}");
    }

    /// A pattern of more steps than a program holds is compiled in parts:
    /// it writes what its pieces write one after another and reads back,
    /// and a number at the end of a part reads as it does inside one.
    #[test]
    #[cfg(feature = "alloc")]
    fn long_patterns_run_in_parts() {
        extern crate std;
        let date = crate::JalaliDate::new(1402, 11, 6).unwrap();
        let piece = "%Y/%m/%d %A|";
        let one = DateFormat::new(piece).unwrap().with_locale(Locale::Persian);
        for n in [1, 2, 3, 4, 12, 41] {
            let pattern = piece.repeat(n);
            let f = DateFormat::new(&pattern).unwrap().with_locale(Locale::Persian);
            let text = f.format(date);
            assert_eq!(text, one.format(date).repeat(n), "{n}");
            if text.len() > 512 {
                // Longer than any input the reader takes.
                assert_eq!(f.parse(&text).unwrap_err().kind(), crate::ParseErrorKind::TooLong);
                continue;
            }
            assert_eq!(f.parse(&text), Ok(date), "{n}");
            // A wrong weekday in the last piece is found there.
            let at = text.rfind("جمعه").unwrap();
            let mut bad = text.clone();
            bad.replace_range(at..at + "جمعه".len(), "شنبه");
            let err = f.parse(&bad).unwrap_err();
            assert_eq!(err.offset(), at, "{n}");
            // Alone it is not the date's; after others, not theirs.
            let kind = err.kind();
            match n {
                1 => assert!(matches!(kind, crate::ParseErrorKind::WeekdayMismatch { .. })),
                _ => assert_eq!(kind, crate::ParseErrorKind::Inconsistent(crate::Field::Weekday)),
            }
        }
        // `%%` is a step of its own: 23 of them put `%-d` or `%Y` last in
        // the first part, and the numbers glued after it in the next.
        let percents = "%%".repeat(23);
        for (tail, text) in
            [("%-d%m%Y", "6111402"), ("%Y%m%d", "14021106"), ("%-m%d%Y", "11061402")]
        {
            let pattern = percents.clone() + tail;
            let f = DateFormat::new(&pattern).unwrap();
            let input = "%".repeat(23) + text;
            assert_eq!(f.parse(&input), Ok(date), "{tail}");
            assert_eq!(DateFormat::new(tail).unwrap().parse(text), Ok(date), "{tail}");
        }
        // Text longer than a step counts (65,535 bytes) is split.
        let long = "ا".repeat(40_000);
        let pattern = std::format!("%Y{long}%m{long}%d");
        let f = DateFormat::new(&pattern).unwrap();
        let text = f.format(date);
        assert_eq!(text, std::format!("1402{long}11{long}06"));
        assert_eq!(f.parse(&text).unwrap_err().kind(), crate::ParseErrorKind::TooLong);
    }

    /// A pattern that glues two numbers of varying width writes, but its
    /// texts may stand for two dates, so none is read (a fuzz finding:
    /// `%-y%-d%m` read `003003` as 1400-03-30 and wrote `03003`, which
    /// reads as day 0 of 1403); one varying number among padded ones, or
    /// a separator, is read.
    #[test]
    #[cfg(feature = "alloc")]
    fn glued_numbers_of_varying_width_are_not_read() {
        let date = crate::JalaliDate::new(1402, 11, 1).unwrap();
        let other = crate::JalaliDate::new(1402, 1, 11).unwrap();
        for pattern in ["%-d%-m%Y", "%-y%-d%m", "%-d%m%-y", "%-d1%-m%Y", "%-m%-d"] {
            let f = DateFormat::new(pattern).unwrap().with_pivot(1419);
            assert!(f.program.glues_varying, "{pattern}");
            let text = f.format(date);
            let err = f.parse(&text).unwrap_err();
            assert_eq!(err.kind(), crate::ParseErrorKind::AmbiguousPattern, "{pattern}");
            assert_eq!(err.offset(), 0);
            assert!(f.parse_gregorian("1111402").is_err());
        }
        // `1111402` is both dates.
        let f = DateFormat::new("%-d%-m%Y").unwrap();
        assert_eq!(f.format(date), f.format(other));
        for pattern in ["%-d%m%Y", "%d%-m%Y", "%-d/%-m/%Y", "%-y%e", "%-d %-m%Y", "%-d%B%-m"] {
            let f = DateFormat::new(pattern).unwrap().with_pivot(1419);
            assert!(!f.program.glues_varying, "{pattern}");
        }
        assert_eq!(DateFormat::new("%-d%m%Y").unwrap().parse("1111402"), Ok(date));
    }

    #[test]
    fn iso_is_what_the_pattern_compiles_to() {
        assert_eq!(Program::new("%F"), Program::ISO);
        assert_eq!(DateFormat::ISO, DateFormat::new("%F").unwrap());
        // Glued numbers of two widths are left to the steps.
        assert!(DateFormat::new("%-d%-m%Y").unwrap().program.ymd.is_none());
        // An unpadded year glued to a number is the steps'.
        for pattern in ["%-Y%m%d", "%d%-Y%m", "%-Y%m/%d"] {
            let f = DateFormat::new(pattern).unwrap();
            assert!(f.program.ymd.is_none(), "{pattern}");
            for text in ["14020105", "05140211", "140201/05"] {
                assert_eq!(f.parse(text), f.without_shapes().parse(text), "{pattern} {text}");
            }
        }
        assert!(DateFormat::new("%d%m%Y").unwrap().program.ymd.is_some());
        assert!(DateFormat::new("%Y/%m").unwrap().program.ymd.is_none());
    }

    #[test]
    fn numeric_ymd_agrees_with_the_steps() {
        extern crate std;
        use std::string::String;
        let patterns = ["%Y/%m/%d", "%Y-%m-%d", "%F", "%Y.%m.%d", "%Y %m %d"];
        let digit_sets = [Digits::Latin, Digits::Persian, Digits::ArabicIndic];
        for (pattern, digits) in patterns.iter().flat_map(|p| digit_sets.map(|d| (*p, d))) {
            let fast = DateFormat::new(pattern).unwrap().with_digits(digits);
            assert!(fast.program.ymd.is_some_and(|y| y.numeric()), "{pattern}");
            let slow = fast.without_shapes();
            let mut n = crate::JalaliDate::MIN.to_day_number();
            while n <= crate::JalaliDate::MAX.to_day_number() {
                let date = crate::JalaliDate::from_day_number(n).unwrap();
                let (mut a, mut b) = (String::new(), String::new());
                fast.write(&mut a, date).unwrap();
                slow.write(&mut b, date).unwrap();
                assert_eq!(a, b, "{pattern} {date}");
                assert_eq!(fast.parse(&a), slow.parse(&b), "{pattern} {a}");
                let g = date.to_gregorian();
                let (mut a, mut b) = (String::new(), String::new());
                fast.write(&mut a, g).unwrap();
                slow.write(&mut b, g).unwrap();
                assert_eq!(a, b);
                assert_eq!(fast.parse_gregorian(&a), slow.parse_gregorian(&b));
                n += 997;
            }
            for bad in
                ["1402/13/01", "1402/12/30", "0000/00/00", "1402/1/06", "140a/11/06", "1402/11/06 "]
            {
                let bad = bad.replace('/', &pattern.get(2..3).unwrap_or("-").replace('F', "-"));
                assert_eq!(fast.parse(&bad), slow.parse(&bad), "{pattern} {bad}");
                let persian: String = bad
                    .chars()
                    .map(|c| c.to_digit(10).map_or(c, |d| digits.digit(d as u8)))
                    .collect();
                assert_eq!(fast.parse(&persian), slow.parse(&persian), "{pattern} {persian}");
            }
        }
        for other in ["%Y%%%m%%%d", "%Y/%m/%-d"] {
            assert!(!DateFormat::new(other).unwrap().program.ymd.is_some_and(|y| y.numeric()));
        }
    }

    /// The shapes read what the steps read, on what the
    /// formats write and on texts near it: other digits, no padding, a
    /// digit too many or too few, a wrong separator, a field out of range.
    #[test]
    fn shapes_read_as_the_steps_do() {
        extern crate std;
        use std::string::{String, ToString};
        use std::vec::Vec;
        let patterns = [
            "%d/%m/%Y",
            "%Y%m%d",
            "%-d/%-m/%Y",
            "%y/%m/%d",
            "%m/%d/%y",
            "%e.%m.%Y",
            "%Y/%j",
            "%j-%Y",
            "%Y-%-j",
            "تاریخ %Y/%m/%d",
            "%d%m%Y",
            "%Y/%m/%d",
            "%F",
            "%y%m%d",
            "%-y/%m/%d",
            "%-d/%-m/%y",
            "%m.%d.%Y",
            "%Y %-m %-d",
            "%-m/%-d/%Y",
            "%d-%m-%y",
            // A run of fixed numbers, then names: the template reads the run.
            "%Y/%m/%d %A",
            "%d.%m.%Y %a",
            "%y/%m/%d %A",
            "%Y%m%d%A",
            "%m/%d/%Y %E",
            "%Y/%m/%d %B %-d",
            "%j/%Y %A",
        ];
        for pattern in patterns {
            for pivot in [None, Some(1400)] {
                let mut fast = DateFormat::new(pattern).unwrap();
                if let Some(p) = pivot {
                    fast = fast.with_pivot(p);
                }
                let slow = fast.without_shapes();
                let mut n = crate::JalaliDate::MIN.to_day_number();
                let mut k = 0usize;
                while n <= crate::JalaliDate::MAX.to_day_number() {
                    let date = crate::JalaliDate::from_day_number(n).unwrap();
                    let digits = [Digits::Latin, Digits::Persian, Digits::ArabicIndic][k % 3];
                    let text = slow.with_digits(digits).display(date).to_string();
                    let chars: Vec<char> = text.chars().collect();
                    let mut texts =
                        std::vec![text.clone(), text.replace('0', ""), text.replace('/', "-")];
                    texts.push(std::format!("{text}1"));
                    texts.push(std::format!("1{text}"));
                    texts.push(chars.iter().skip(1).collect::<String>());
                    texts
                        .push(chars.iter().take(chars.len().saturating_sub(1)).collect::<String>());
                    texts.push(text.replacen('1', "3", 2));
                    texts.push(text.replace("12", "13").replace("06", "٠٧"));
                    texts.push(text.replace('1', "١").replace('2', "۲"));
                    texts.push(text.replacen(' ', "  ", 1));
                    // Unpadded fields, and a separator where a digit was.
                    texts.push(text.replace("/0", "/").replace("-0", "-").replace(".0", "."));
                    texts.push(text.replace("/۰", "/").replace("/٠", "/"));
                    texts.push(text.replacen('1', "/", 1));
                    for t in &texts {
                        assert_eq!(fast.parse(t), slow.parse(t), "{pattern} {t:?}");
                        assert_eq!(
                            fast.parse_gregorian(t),
                            slow.parse_gregorian(t),
                            "{pattern} {t:?}"
                        );
                    }
                    n += 7_919;
                    k += 1;
                }
            }
        }
    }
}
