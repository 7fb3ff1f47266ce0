//! Writing dates as text: strftime-style patterns, in six locales and three
//! digit sets, into any [`core::fmt::Write`] without allocating.
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
//! | `%F` | `%Y-%m-%d` | `1402-11-06` | `۱۴۰۲-۱۱-۰۶` |
//! | `%o` | the day as an ordinal: a Persian word (`fa`, `fa-AF`), `6th` (`en`, `fa-Latn`), the number and `م` (`ps`) or `ەم` (`ckb`) | `6th` | `ششم` |
//! | `%E` | the era: `AP` (`en`, `fa-Latn`), else `ه‍.ش.`; for a Gregorian date `AD` or `م.` | `AP` | `ه‍.ش.` |
//! | `%%` | a `%` | `%` | `%` |
//!
//! The flag `-` drops the padding of a number: `%-Y`, `%-y`, `%-m`, `%-d`,
//! `%-j`, `%-U` (`%-d` writes `6`). `%o` and `%E` are this crate's letters
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

use crate::rule::Rule;
use crate::{names, Calendar, GregorianDate, JalaliDate, PatternError, PatternErrorKind, Weekday};

/// The language and region whose names a [`DateFormat`] writes.
///
/// # Example
///
/// ```
/// use shamsi::format::{Digits, Locale};
///
/// let locale: Locale = "fa-AF".parse()?;
/// assert_eq!(locale, Locale::Dari);
/// assert_eq!(locale.tag(), "fa-AF");
/// assert_eq!(locale.default_digits(), Digits::Persian);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    /// Persian as written in Iran (`fa`): فروردین, Persian digits.
    Persian,
    /// Dari, Persian as written in Afghanistan (`fa-AF`): حمل, ثور, جوزا …
    Dari,
    /// English (`en`): the months transliterated (Farvardin …), the weekdays
    /// in English (Saturday …).
    English,
    /// Persian in Latin letters (`fa-Latn`): Farvardin … and the weekdays as
    /// Persian words, Shanbeh … Jomeh.
    PersianLatin,
    /// Pashto (`ps`): وری, غویی …
    Pashto,
    /// Kurdish, Sorani (`ckb`): خاکەلێوە, گوڵان …, Arabic-Indic digits.
    Sorani,
}

/// The written forms of one locale.
struct LocaleNames {
    months: &'static [&'static str; 12],
    months_short: &'static [&'static str; 12],
    gregorian_months: &'static [&'static str; 12],
    gregorian_months_short: &'static [&'static str; 12],
    weekdays: &'static [&'static str; 7],
    weekdays_short: &'static [&'static str; 7],
    era: &'static str,
    gregorian_era: &'static str,
    ordinal: Ordinal,
}

/// How `%o` writes a day.
#[derive(Clone, Copy)]
enum Ordinal {
    /// [`names::ORDINALS_FA`].
    PersianWords,
    /// `1st`, `2nd`, `3rd`, `4th` …
    English,
    /// The number followed by a suffix.
    Suffix(&'static str),
}

const PERSIAN: LocaleNames = LocaleNames {
    months: &names::JALALI_MONTHS_FA,
    months_short: &names::JALALI_MONTHS_FA,
    gregorian_months: &names::GREGORIAN_MONTHS_FA,
    gregorian_months_short: &names::GREGORIAN_MONTHS_FA,
    weekdays: &names::WEEKDAYS_FA,
    weekdays_short: &names::WEEKDAYS_FA_NARROW,
    era: names::ERA_SOLAR_HIJRI_FA,
    gregorian_era: names::ERA_GREGORIAN_FA,
    ordinal: Ordinal::PersianWords,
};

const DARI: LocaleNames = LocaleNames {
    months: &names::JALALI_MONTHS_DARI,
    months_short: &names::JALALI_MONTHS_DARI,
    gregorian_months: &names::GREGORIAN_MONTHS_AF,
    gregorian_months_short: &names::GREGORIAN_MONTHS_AF,
    ..PERSIAN
};

const ENGLISH: LocaleNames = LocaleNames {
    months: &names::JALALI_MONTHS_EN,
    months_short: &names::JALALI_MONTHS_EN_ABBR,
    gregorian_months: &names::GREGORIAN_MONTHS_EN,
    gregorian_months_short: &names::GREGORIAN_MONTHS_EN_ABBR,
    weekdays: &names::WEEKDAYS_EN,
    weekdays_short: &names::WEEKDAYS_EN_ABBR,
    era: names::ERA_SOLAR_HIJRI_EN,
    gregorian_era: names::ERA_GREGORIAN_EN,
    ordinal: Ordinal::English,
};

const PERSIAN_LATIN: LocaleNames = LocaleNames {
    weekdays: &names::WEEKDAYS_FA_LATN,
    weekdays_short: &names::WEEKDAYS_FA_LATN_ABBR,
    ..ENGLISH
};

const PASHTO: LocaleNames = LocaleNames {
    months: &names::JALALI_MONTHS_PASHTO,
    months_short: &names::JALALI_MONTHS_PASHTO,
    gregorian_months: &names::GREGORIAN_MONTHS_PASHTO,
    gregorian_months_short: &names::GREGORIAN_MONTHS_PASHTO,
    weekdays: &names::WEEKDAYS_PASHTO,
    weekdays_short: &names::WEEKDAYS_PASHTO,
    ordinal: Ordinal::Suffix("م"),
    ..PERSIAN
};

const SORANI: LocaleNames = LocaleNames {
    months: &names::JALALI_MONTHS_SORANI,
    months_short: &names::JALALI_MONTHS_SORANI,
    gregorian_months: &names::GREGORIAN_MONTHS_SORANI,
    gregorian_months_short: &names::GREGORIAN_MONTHS_SORANI,
    weekdays: &names::WEEKDAYS_SORANI,
    weekdays_short: &names::WEEKDAYS_SORANI,
    ordinal: Ordinal::Suffix("ەم"),
    ..PERSIAN
};

impl Locale {
    /// Every locale, in the order of the table above.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::Locale;
    ///
    /// assert_eq!(Locale::ALL.len(), 6);
    /// ```
    pub const ALL: [Locale; 6] = [
        Locale::Persian,
        Locale::Dari,
        Locale::English,
        Locale::PersianLatin,
        Locale::Pashto,
        Locale::Sorani,
    ];

    /// The BCP 47 tag: `fa`, `fa-AF`, `en`, `fa-Latn`, `ps` or `ckb`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::Locale;
    ///
    /// assert_eq!(Locale::Sorani.tag(), "ckb");
    /// ```
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::Persian => "fa",
            Locale::Dari => "fa-AF",
            Locale::English => "en",
            Locale::PersianLatin => "fa-Latn",
            Locale::Pashto => "ps",
            Locale::Sorani => "ckb",
        }
    }

    /// The digits the locale writes unless told otherwise: Persian for
    /// `fa`, `fa-AF` and `ps`, Arabic-Indic for `ckb`, Latin for `en` and
    /// `fa-Latn` (CLDR's default numbering systems).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::{Digits, Locale};
    ///
    /// assert_eq!(Locale::Persian.default_digits(), Digits::Persian);
    /// assert_eq!(Locale::Sorani.default_digits(), Digits::ArabicIndic);
    /// assert_eq!(Locale::English.default_digits(), Digits::Latin);
    /// ```
    pub const fn default_digits(self) -> Digits {
        match self {
            Locale::Persian | Locale::Dari | Locale::Pashto => Digits::Persian,
            Locale::Sorani => Digits::ArabicIndic,
            Locale::English | Locale::PersianLatin => Digits::Latin,
        }
    }

    const fn names(self) -> &'static LocaleNames {
        match self {
            Locale::Persian => &PERSIAN,
            Locale::Dari => &DARI,
            Locale::English => &ENGLISH,
            Locale::PersianLatin => &PERSIAN_LATIN,
            Locale::Pashto => &PASHTO,
            Locale::Sorani => &SORANI,
        }
    }

    /// The month names and short names `%B` and `%b` write for `calendar`.
    pub(crate) const fn month_names(
        self,
        calendar: Calendar,
    ) -> (&'static [&'static str; 12], &'static [&'static str; 12]) {
        let n = self.names();
        match calendar {
            Calendar::Gregorian => (n.gregorian_months, n.gregorian_months_short),
            _ => (n.months, n.months_short),
        }
    }

    /// The weekday names and short names `%A` and `%a` write.
    pub(crate) const fn weekday_names(
        self,
    ) -> (&'static [&'static str; 7], &'static [&'static str; 7]) {
        let n = self.names();
        (n.weekdays, n.weekdays_short)
    }

    /// The era `%E` writes for `calendar`.
    pub(crate) const fn era(self, calendar: Calendar) -> &'static str {
        let n = self.names();
        match calendar {
            Calendar::Gregorian => n.gregorian_era,
            _ => n.era,
        }
    }

    /// The suffix `%o` writes after the day's number, or `None` for words.
    pub(crate) const fn ordinal_suffix(self, day: u8) -> Option<&'static str> {
        match self.names().ordinal {
            Ordinal::PersianWords => None,
            Ordinal::English => Some(english_ordinal_suffix(day)),
            Ordinal::Suffix(s) => Some(s),
        }
    }
}

/// `st`, `nd`, `rd` or `th`.
pub(crate) const fn english_ordinal_suffix(day: u8) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

impl fmt::Display for Locale {
    /// Writes the tag, as [`Locale::tag`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.tag())
    }
}

/// The error for a locale tag that is not one of [`Locale::ALL`].
///
/// # Example
///
/// ```
/// use shamsi::format::Locale;
///
/// let err = "de".parse::<Locale>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown locale (expected fa, fa-AF, en, fa-Latn, ps or ckb)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("unknown locale (expected fa, fa-AF, en, fa-Latn, ps or ckb)")]
pub struct UnknownLocale;

impl core::str::FromStr for Locale {
    type Err = UnknownLocale;

    /// Reads a tag, ignoring ASCII case: `fa` (or `fa-IR`), `fa-AF` (or
    /// `prs`), `en`, `fa-Latn`, `ps` (or `ps-AF`), `ckb` (or `ckb-IR`,
    /// `ckb-IQ`). `_` may stand for `-`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const TAGS: [(&str, Locale); 12] = [
            ("fa", Locale::Persian),
            ("fa-ir", Locale::Persian),
            ("fa-af", Locale::Dari),
            ("prs", Locale::Dari),
            ("en", Locale::English),
            ("fa-latn", Locale::PersianLatin),
            ("ps", Locale::Pashto),
            ("ps-af", Locale::Pashto),
            ("ckb", Locale::Sorani),
            ("ckb-ir", Locale::Sorani),
            ("ckb-iq", Locale::Sorani),
            ("ckb-arab", Locale::Sorani),
        ];
        TAGS.into_iter()
            .find(|(tag, _)| {
                tag.len() == s.len()
                    && tag.bytes().zip(s.bytes()).all(|(t, c)| {
                        let c = if c == b'_' { b'-' } else { c.to_ascii_lowercase() };
                        t == c
                    })
            })
            .map(|(_, locale)| locale)
            .ok_or(UnknownLocale)
    }
}

/// The digits numbers are written in.
///
/// # Example
///
/// ```
/// use shamsi::format::Digits;
///
/// assert_eq!(Digits::Persian.digit(4), '۴');
/// assert_eq!(Digits::ArabicIndic.digit(4), '٤');
/// assert_eq!(Digits::Latin.digit(4), '4');
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Digits {
    /// ASCII `0123456789`.
    Latin,
    /// Persian (Extended Arabic-Indic) `۰۱۲۳۴۵۶۷۸۹`, U+06F0–U+06F9.
    Persian,
    /// Arabic-Indic `٠١٢٣٤٥٦٧٨٩`, U+0660–U+0669, as in Arabic and Sorani.
    ArabicIndic,
}

impl Digits {
    /// The digit `value` (taken modulo 10) in this set.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::Digits;
    ///
    /// assert_eq!(Digits::Persian.digit(0), '۰');
    /// ```
    pub const fn digit(self, value: u8) -> char {
        let base = match self {
            Digits::Latin => 0x30,
            Digits::Persian => 0x06F0,
            Digits::ArabicIndic => 0x0660,
        };
        // The three blocks are contiguous runs of ten; `value % 10` keeps
        // the code point inside one.
        match char::from_u32(base + (value % 10) as u32) {
            Some(c) => c,
            None => '0',
        }
    }
}

/// A directive of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    Iso,
    Percent,
    Ordinal,
    Era,
}

impl Directive {
    const fn from_letter(c: char) -> Option<Directive> {
        Some(match c {
            'Y' => Directive::Year,
            'y' => Directive::YearShort,
            'm' => Directive::Month,
            'B' => Directive::MonthName,
            'b' => Directive::MonthShort,
            'd' => Directive::Day,
            'e' => Directive::DaySpace,
            'A' => Directive::Weekday,
            'a' => Directive::WeekdayShort,
            'j' => Directive::DayOfYear,
            'u' => Directive::WeekdayFromOne,
            'w' => Directive::WeekdayFromZero,
            'U' => Directive::Week,
            'F' => Directive::Iso,
            '%' => Directive::Percent,
            'o' => Directive::Ordinal,
            'E' => Directive::Era,
            _ => return None,
        })
    }

    /// Whether the directive writes a padded number (and so takes `-`).
    const fn takes_flag(self) -> bool {
        matches!(
            self,
            Directive::Year
                | Directive::YearShort
                | Directive::Month
                | Directive::Day
                | Directive::DayOfYear
                | Directive::Week
        )
    }

    /// The width of the padded number the directive writes, if it writes
    /// one.
    pub(crate) const fn width(self) -> Option<u8> {
        match self {
            Directive::Year => Some(4),
            Directive::YearShort
            | Directive::Month
            | Directive::Day
            | Directive::DaySpace
            | Directive::Week => Some(2),
            Directive::DayOfYear => Some(3),
            Directive::WeekdayFromOne | Directive::WeekdayFromZero => Some(1),
            _ => None,
        }
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
}

impl<'p> Iterator for Items<'p> {
    type Item = Result<Item<'p>, PatternError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let start = self.offset;
        let Some(after) = self.rest.strip_prefix('%') else {
            let len = self.rest.find('%').unwrap_or(self.rest.len());
            let (literal, rest) = self.rest.split_at(len);
            self.rest = rest;
            self.offset += len;
            return Some(Ok(Item::Literal(literal)));
        };
        let (unpadded, after) = match after.strip_prefix('-') {
            Some(after) => (true, after),
            None => (false, after),
        };
        let mut chars = after.chars();
        let Some(letter) = chars.next() else {
            self.rest = "";
            return Some(Err(PatternError::new(PatternErrorKind::IncompleteDirective, start)));
        };
        let consumed = self.rest.len() - chars.as_str().len();
        self.rest = chars.as_str();
        self.offset += consumed;
        let Some(directive) = Directive::from_letter(letter) else {
            return Some(Err(PatternError::new(PatternErrorKind::UnknownDirective(letter), start)));
        };
        if unpadded && !directive.takes_flag() {
            return Some(Err(PatternError::new(PatternErrorKind::UnsupportedFlag(letter), start)));
        }
        Some(Ok(Item::Directive { directive, unpadded }))
    }
}

pub(crate) mod sealed {
    use crate::{Calendar, Weekday};

    /// What the printer needs of a date.
    #[derive(Clone, Copy, Debug)]
    pub struct Fields {
        pub calendar: Calendar,
        pub year: i32,
        pub month: u8,
        pub day: u8,
        pub weekday: Weekday,
        pub day_of_year: u16,
    }

    pub trait Sealed {
        fn fields(&self) -> Fields;
        /// Year, month and day alone, for the numeric fast path.
        fn ymd(&self) -> (i32, u8, u8);
    }
}

use sealed::Fields;

/// A date that a [`DateFormat`] can write: [`JalaliDate`] (of any rule) or
/// [`GregorianDate`]. Sealed.
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

impl<R: Rule> sealed::Sealed for JalaliDate<R> {
    fn ymd(&self) -> (i32, u8, u8) {
        (self.year(), self.month_number(), self.day())
    }

    fn fields(&self) -> Fields {
        Fields {
            calendar: Calendar::Jalali,
            year: self.year(),
            month: self.month_number(),
            day: self.day(),
            weekday: self.weekday(),
            day_of_year: self.day_of_year(),
        }
    }
}

impl<R: Rule> FormatDate for JalaliDate<R> {}

impl sealed::Sealed for GregorianDate {
    fn ymd(&self) -> (i32, u8, u8) {
        (self.year(), self.month(), self.day())
    }

    fn fields(&self) -> Fields {
        Fields {
            calendar: Calendar::Gregorian,
            year: self.year(),
            month: self.month(),
            day: self.day(),
            weekday: self.weekday(),
            day_of_year: self.day_of_year(),
        }
    }
}

impl FormatDate for GregorianDate {}

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
    /// The two separators when the pattern is `%Y?%m?%d` (or `%F`), which
    /// takes a fast path.
    pub(crate) numeric: Option<[u8; 2]>,
}

/// The separators of a pattern of the form `%Y?%m?%d` with one ASCII
/// punctuation or space character for each `?`, or of `%F`.
const fn numeric_layout(pattern: &str) -> Option<[u8; 2]> {
    match pattern.as_bytes() {
        [b'%', b'F'] => Some([b'-', b'-']),
        [b'%', b'Y', a, b'%', b'm', b, b'%', b'd']
            if plain_separator(*a) && plain_separator(*b) =>
        {
            Some([*a, *b])
        }
        _ => None,
    }
}

const fn plain_separator(b: u8) -> bool {
    (b.is_ascii_punctuation() || b == b' ') && b != b'%'
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
        numeric: numeric_layout("%F"),
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
    /// let err = DateFormat::new("%Y/%m/%Q").unwrap_err();
    /// assert_eq!(err.kind(), PatternErrorKind::UnknownDirective('Q'));
    /// assert_eq!(err.offset(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(pattern: &'p str) -> Result<Self, PatternError> {
        for item in Items::new(pattern) {
            item?;
        }
        Ok(DateFormat {
            pattern,
            locale: Locale::English,
            digits: None,
            pivot: None,
            numeric: numeric_layout(pattern),
        })
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
        DateFormat { pivot: Some(pivot), ..self }
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
        if let Some([a, b]) = self.numeric {
            let (y, m, d) = date.ymd();
            if self.digits() == Digits::Latin && (0..=9999).contains(&y) {
                let y = y as u32;
                let digit = |n: u32| b'0' + (n % 10) as u8;
                let bytes = [
                    digit(y / 1000),
                    digit(y / 100),
                    digit(y / 10),
                    digit(y),
                    a,
                    digit(u32::from(m) / 10),
                    digit(u32::from(m)),
                    b,
                    digit(u32::from(d) / 10),
                    digit(u32::from(d)),
                ];
                return match core::str::from_utf8(&bytes) {
                    Ok(text) => w.write_str(text),
                    Err(_) => Err(fmt::Error),
                };
            }
        }
        let fields = date.fields();
        for item in Items::new(self.pattern) {
            match item {
                Ok(Item::Literal(text)) => w.write_str(text)?,
                Ok(Item::Directive { directive, unpadded }) => {
                    self.write_directive(w, &fields, directive, unpadded)?;
                }
                // `new` checked the pattern.
                Err(_) => {
                    debug_assert!(false, "pattern checked by DateFormat::new");
                    return Err(fmt::Error);
                }
            }
        }
        Ok(())
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

    fn write_directive<W: fmt::Write + ?Sized>(
        &self,
        w: &mut W,
        f: &Fields,
        directive: Directive,
        unpadded: bool,
    ) -> fmt::Result {
        let digits = self.digits();
        let width = if unpadded { 1 } else { directive.width().unwrap_or(1) };
        let number = |w: &mut W, value: u32| write_number(w, digits, value, width, Pad::Zero);
        let weekday = f.weekday.to_saturday_zero_offset();
        match directive {
            Directive::Year => write_year(w, digits, f.year, width),
            Directive::YearShort => number(w, f.year.rem_euclid(100) as u32),
            Directive::Month => number(w, f.month.into()),
            Directive::Day => number(w, f.day.into()),
            Directive::DaySpace => write_number(w, digits, f.day.into(), 2, Pad::Space),
            Directive::DayOfYear => number(w, f.day_of_year.into()),
            Directive::WeekdayFromOne => number(w, u32::from(weekday) + 1),
            Directive::WeekdayFromZero => number(w, weekday.into()),
            Directive::Week => number(w, week_of_year(f.day_of_year, f.weekday).into()),
            Directive::MonthName | Directive::MonthShort => {
                let (long, short) = self.locale.month_names(f.calendar);
                let table = if directive == Directive::MonthName { long } else { short };
                w.write_str(name(table, usize::from(f.month).wrapping_sub(1)))
            }
            Directive::Weekday | Directive::WeekdayShort => {
                let (long, short) = self.locale.weekday_names();
                let table = if directive == Directive::Weekday { long } else { short };
                w.write_str(name(table, weekday.into()))
            }
            Directive::Iso => {
                write_year(w, digits, f.year, 4)?;
                w.write_char('-')?;
                write_number(w, digits, f.month.into(), 2, Pad::Zero)?;
                w.write_char('-')?;
                write_number(w, digits, f.day.into(), 2, Pad::Zero)
            }
            Directive::Percent => w.write_char('%'),
            Directive::Ordinal => match self.locale.ordinal_suffix(f.day) {
                None => w.write_str(name(&names::ORDINALS_FA, usize::from(f.day).wrapping_sub(1))),
                Some(suffix) => {
                    write_number(w, digits, f.day.into(), 1, Pad::Zero)?;
                    w.write_str(suffix)
                }
            },
            Directive::Era => w.write_str(self.locale.era(f.calendar)),
        }
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pad {
    Zero,
    Space,
}

/// Writes `value` in `digits`, padded to `width` characters, with one
/// `write_str`: the digits are encoded into a buffer on the stack first.
fn write_number<W: fmt::Write + ?Sized>(
    w: &mut W,
    digits: Digits,
    value: u32,
    width: u8,
    pad: Pad,
) -> fmt::Result {
    // Ten digits of a u32 and up to ten characters of padding, each at most
    // two bytes in UTF-8 (Persian and Arabic-Indic digits).
    let mut buf = [0u8; 40];
    let mut len = 0;
    let mut count = 1u8;
    let mut scale = 1u32;
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
        put(if pad == Pad::Zero { digits.digit(0) } else { ' ' }, &mut len);
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

fn write_year<W: fmt::Write + ?Sized>(
    w: &mut W,
    digits: Digits,
    year: i32,
    width: u8,
) -> fmt::Result {
    if year < 0 {
        w.write_char('-')?;
    }
    write_number(w, digits, year.unsigned_abs(), width, Pad::Zero)
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

impl<D: FormatDate> fmt::Display for Formatted<'_, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.format.write(f, self.date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(err("%-e").kind(), PatternErrorKind::UnsupportedFlag('e'));
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
    fn numeric_fast_path_agrees_with_the_general_one() {
        extern crate std;
        use std::string::String;
        for pattern in ["%Y/%m/%d", "%Y-%m-%d", "%F", "%Y.%m.%d", "%Y %m %d"] {
            let fast = DateFormat::new(pattern).unwrap();
            assert!(fast.numeric.is_some(), "{pattern}");
            let slow = DateFormat { numeric: None, ..fast };
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
            }
        }
        assert!(DateFormat::new("%Y%%%m%%%d").unwrap().numeric.is_none());
        assert!(DateFormat::new("%Y/%m/%-d").unwrap().numeric.is_none());
    }
}
