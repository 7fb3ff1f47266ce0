//! Locales and digit sets: the names and digits a pattern writes.

use core::fmt;

use crate::{Calendar, names};

/// The language and region whose names a [`DateFormat`](super::DateFormat) writes.
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
            Calendar::LunarHijri if self.latin_script() => {
                (&names::LUNAR_HIJRI_MONTHS_EN, &names::LUNAR_HIJRI_MONTHS_EN)
            }
            Calendar::LunarHijri => (&names::LUNAR_HIJRI_MONTHS_FA, &names::LUNAR_HIJRI_MONTHS_FA),
            _ => (n.months, n.months_short),
        }
    }

    /// Whether the locale writes its names in Latin letters.
    pub(crate) const fn latin_script(self) -> bool {
        matches!(self, Locale::English | Locale::PersianLatin)
    }

    /// The weekday names and short names `%A` and `%a` write.
    pub(crate) const fn weekday_names(
        self,
    ) -> (&'static [&'static str; 7], &'static [&'static str; 7]) {
        let n = self.names();
        (n.weekdays, n.weekdays_short)
    }

    /// The names of the seasons (and so of the quarters), spring first.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::Locale;
    /// use shamsi::{JalaliDate, Season};
    ///
    /// let winter = JalaliDate::new(1402, 11, 6)?.season();
    /// let name = |l: Locale| l.season_names()[usize::from(winter.number() - 1)];
    /// assert_eq!(name(Locale::Persian), "زمستان");
    /// assert_eq!(name(Locale::English), "Winter");
    /// assert_eq!(Locale::Dari.season_names()[Season::Autumn as usize - 1], "خزان");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn season_names(self) -> &'static [&'static str; 4] {
        match self {
            Locale::Persian => &names::SEASONS_FA,
            Locale::Dari => &names::SEASONS_DARI,
            Locale::English => &names::SEASONS_EN,
            Locale::PersianLatin => &names::SEASONS_FA_LATN,
            Locale::Pashto => &names::SEASONS_PASHTO,
            Locale::Sorani => &names::SEASONS_SORANI,
        }
    }

    /// The era `%E` writes for `calendar`.
    pub(crate) const fn era(self, calendar: Calendar) -> &'static str {
        let n = self.names();
        match calendar {
            Calendar::Gregorian => n.gregorian_era,
            Calendar::LunarHijri if self.latin_script() => names::ERA_LUNAR_HIJRI_EN,
            Calendar::LunarHijri => names::ERA_LUNAR_HIJRI_FA,
            _ => n.era,
        }
    }

    /// The era `%E` writes and reads: [`Locale::era`], but for a Solar
    /// Hijri year in another count that count's label
    /// ([`YearCount::label_fa`](crate::YearCount::label_fa), in English
    /// in the locales of Latin letters).
    pub(crate) const fn era_in(self, calendar: Calendar, count: crate::YearCount) -> &'static str {
        match (calendar, count) {
            (Calendar::Jalali, crate::YearCount::Imperial | crate::YearCount::Kurdish) => {
                if self.latin_script() { count.label_en() } else { count.label_fa() }
            }
            _ => self.era(calendar),
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
#[non_exhaustive]
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

impl Locale {
    /// `%p`: before or after noon (`AM`/`PM`, `ق.ظ.`/`ب.ظ.`); with
    /// `lower`, `%P` (`am`/`pm` in English, the same elsewhere).
    pub(crate) const fn am_pm(self, pm: bool, lower: bool) -> &'static str {
        match self {
            Locale::Persian | Locale::Dari => pick(names::AM_PM_FA, pm),
            Locale::Pashto => pick(names::AM_PM_PASHTO, pm),
            Locale::Sorani => pick(names::AM_PM_SORANI, pm),
            Locale::English | Locale::PersianLatin => match (pm, lower) {
                (false, false) => "AM",
                (true, false) => "PM",
                (false, true) => "am",
                (true, true) => "pm",
            },
        }
    }

    /// `%q`: the period of the day an hour is in (the before/after-noon
    /// marker where the locale has no periods: Pashto, Sorani).
    #[allow(clippy::indexing_slicing)] // `i < table.len()`
    pub(crate) const fn day_period(self, hour: u8) -> &'static str {
        let table: &[(u8, &str)] = match self {
            Locale::Persian => &names::DAY_PERIODS_FA,
            Locale::Dari => &names::DAY_PERIODS_DARI,
            Locale::English | Locale::PersianLatin => &names::DAY_PERIODS_EN,
            Locale::Pashto | Locale::Sorani => return self.am_pm(hour >= 12, false),
        };
        let mut name = "";
        let mut i = 0;
        while i < table.len() {
            if table[i].0 <= hour {
                name = table[i].1;
            }
            i += 1;
        }
        name
    }
}

/// One of a before/after-noon pair.
const fn pick([am, pm]: [&'static str; 2], after_noon: bool) -> &'static str {
    if after_noon { pm } else { am }
}

impl Digits {
    /// The UTF-8 of this set's digits: the lead byte (0 for Latin, whose
    /// digits are one byte) and the byte of zero after it. Persian digits
    /// are U+06F0.. (`DB B0`..), Arabic-Indic ones U+0660.. (`D9 A0`..).
    pub(crate) const fn utf8(self) -> (u8, u8) {
        match self {
            Digits::Latin => (0, b'0'),
            Digits::Persian => (0xDB, 0xB0),
            Digits::ArabicIndic => (0xD9, 0xA0),
        }
    }

    /// The value of a two-byte Persian or Arabic-Indic digit, from its lead
    /// byte and the byte after it.
    #[inline]
    pub(crate) const fn wide_value(lead: u8, second: u8) -> Option<u8> {
        let d = match lead {
            0xDB => second.wrapping_sub(0xB0),
            0xD9 => second.wrapping_sub(0xA0),
            _ => return None,
        };
        if d < 10 { Some(d) } else { None }
    }

    /// The decimal mark written with these digits: `.` with Latin digits,
    /// the Arabic decimal separator `٫` (U+066B) with the others, as CLDR
    /// has it for `fa`, `ps` and `ckb`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::format::Digits;
    ///
    /// assert_eq!(Digits::Latin.decimal_mark(), '.');
    /// assert_eq!(Digits::Persian.decimal_mark(), '\u{066B}');
    /// ```
    pub const fn decimal_mark(self) -> char {
        match self {
            Digits::Latin => '.',
            Digits::Persian | Digits::ArabicIndic => '\u{066B}',
        }
    }
}
