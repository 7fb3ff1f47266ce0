//! Sets of names as the strict reader looks them up: every spelling a
//! directive accepts (the locale's own and those of the peers), folded and
//! sorted once, at compile time, so that reading a name compares the input
//! with the few spellings that begin as it does.

use crate::Calendar;
use crate::format::{Locale, swar};
use crate::names;
use crate::text::runs::{RUN_SLOTS, run_slot, runs_of};

/// A spelling and the index it stands for (the month from 0, the weekday
/// from Saturday = 0).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    /// The first two bytes, with ASCII letters in lower case: the sort key.
    key: u16,
    name: &'static str,
    index: u8,
}

const BLANK: Entry = Entry { key: u16::MAX, name: "", index: 0 };

/// The key of a text: its first two bytes (0 for a byte it lacks), ASCII
/// letters in lower case.
#[inline(always)]
const fn key(bytes: &[u8]) -> u16 {
    match bytes {
        [a, b, ..] => (a.to_ascii_lowercase() as u16) << 8 | b.to_ascii_lowercase() as u16,
        [a] => (a.to_ascii_lowercase() as u16) << 8,
        [] => 0,
    }
}

// The two functions below run at compile time only, where an index out of
// range stops the build.
#[allow(clippy::indexing_slicing)]
const fn same_folded(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// The spellings of `tables` (aligned: an index means the same in each),
/// sorted by key and, within a key, longest first; a spelling given twice
/// (ASCII case aside) stands for the index of its last table, as the longest
/// match has always been the last of equals. The unused entries, at the end,
/// are cut off by [`cut`].
#[allow(clippy::indexing_slicing)]
const fn build<const N: usize>(tables: &[&[&'static str]]) -> ([Entry; N], usize) {
    let mut entries = [BLANK; N];
    let mut len = 0;
    let mut t = 0;
    while t < tables.len() {
        let table = tables[t];
        let mut i = 0;
        while i < table.len() {
            let name = table[i];
            let bytes = name.as_bytes();
            // A name of one byte would have a key no input of two shares.
            assert!(bytes.is_empty() || bytes.len() >= 2, "a name of one byte");
            if !bytes.is_empty() {
                let entry = Entry { key: key(bytes), name, index: i as u8 };
                let mut j = 0;
                let mut found = false;
                while j < len {
                    if same_folded(entries[j].name.as_bytes(), bytes) {
                        entries[j].index = entry.index;
                        found = true;
                    }
                    j += 1;
                }
                if !found {
                    // Insertion: after every entry of a smaller key, or of
                    // the same key and a longer (or as long) name.
                    let mut at = len;
                    while at > 0 {
                        let before = entries[at - 1];
                        let after = before.key > entry.key
                            || (before.key == entry.key && before.name.len() < bytes.len());
                        if !after {
                            break;
                        }
                        entries[at] = before;
                        at -= 1;
                    }
                    entries[at] = entry;
                    len += 1;
                }
            }
            i += 1;
        }
        t += 1;
    }
    (entries, len)
}

/// The entries [`build`] filled.
const fn cut<const N: usize>(built: &'static ([Entry; N], usize)) -> &'static [Entry] {
    built.0.split_at(built.1).0
}

/// A set of spellings, sorted by key, and where the run of each first
/// character begins in them and how long it is
/// ([`runs_of`](crate::text::runs::runs_of), narrowed to bytes: a set has
/// fewer than 256 spellings): a lookup finds the spellings that may match
/// without a search.
#[derive(Debug)]
pub(crate) struct Set {
    entries: &'static [Entry],
    runs: [(u8, u8); RUN_SLOTS],
}

/// The slot of a text's first character from its first two bytes (an
/// ASCII letter in lower case, as the keys hold it).
#[inline(always)]
const fn slot(a: u8, b: u8) -> Option<usize> {
    match a {
        0..0x80 => run_slot(a.to_ascii_lowercase() as u32),
        // The two-byte characters of the Arabic block, U+0600..=U+06FF.
        0xD8..=0xDB if b & 0xC0 == 0x80 => {
            run_slot(0x0600 + (((a & 0x03) as u32) << 6 | (b & 0x3F) as u32))
        }
        _ => None,
    }
}

/// The [`Set`] of `entries`, at compile time; every spelling must begin
/// in ASCII or the Arabic block.
#[allow(clippy::indexing_slicing)] // compile time
const fn set(entries: &'static [Entry]) -> Set {
    assert!(entries.len() < 256, "a set too large for its runs");
    let mut firsts = [0u32; 256];
    let mut n = 0;
    while n < entries.len() {
        let key = entries[n].key;
        let (a, b) = ((key >> 8) as u8, key as u8);
        firsts[n] = match a {
            0..0x80 => a as u32,
            _ => ((a & 0x1F) as u32) << 6 | (b & 0x3F) as u32,
        };
        n += 1;
    }
    let wide = runs_of(firsts.split_at(entries.len()).0);
    let mut runs = [(0u8, 0u8); RUN_SLOTS];
    let mut s = 0;
    while s < RUN_SLOTS {
        runs[s] = (wide[s].0 as u8, wide[s].1 as u8);
        s += 1;
    }
    Set { entries, runs }
}

/// The index of the longest spelling in `set` that `input` begins with
/// (ASCII letters in any case), and its length in bytes.
#[inline]
pub(crate) fn find(set: &Set, input: &[u8]) -> Option<(u8, usize)> {
    let (&a, &b) = (input.first()?, input.get(1).unwrap_or(&0));
    let &(start, len) = set.runs.get(slot(a, b)?)?;
    let start = usize::from(start);
    // Bytes past ASCII are kept as they are.
    let key = if a < 0x80 { key(input) } else { u16::from_be_bytes([a, b]) };
    for e in set.entries.get(start..start + usize::from(len))? {
        if e.key != key {
            continue;
        }
        let name = e.name.as_bytes();
        // As written first (the common case, and a compare of whole
        // words), else with ASCII letters in any case.
        if input
            .get(..name.len())
            .is_some_and(|head| swar::same(head, name) || head.eq_ignore_ascii_case(name))
        {
            return Some((e.index, name.len()));
        }
    }
    None
}

/// The weekday names `%A` (long) and `%a` read: the locale's, English,
/// Persian in Latin letters (persiantools' `Jomeh`, `Jom`), for `%a` the
/// one-letter Persian abbreviations (`ج`), and the full Persian names as
/// jdatetime (`یک‌شنبه`) and persiantools (`پنجشنبه`) write them, which
/// jdatetime's `fa_IR` writes for `%a` too.
const fn weekday_tables(locale: Locale, long: bool) -> [&'static [&'static str]; 6] {
    let (own_long, own_short) = locale.weekday_names();
    if long {
        [own_long, &names::WEEKDAYS_EN, &names::WEEKDAYS_FA_LATN, &[], &JDATETIME, &PERSIANTOOLS]
    } else {
        [
            own_short,
            &names::WEEKDAYS_EN_ABBR,
            &names::WEEKDAYS_FA_LATN_ABBR,
            &names::WEEKDAYS_FA_NARROW,
            &JDATETIME,
            &PERSIANTOOLS,
        ]
    }
}

const JDATETIME: [&str; 7] =
    ["شنبه", "یک\u{200c}شنبه", "دوشنبه", "سه\u{200c}شنبه", "چهارشنبه", "پنج\u{200c}شنبه", "جمعه"];
const PERSIANTOOLS: [&str; 7] =
    ["شنبه", "یکشنبه", "دوشنبه", "سه\u{200c}شنبه", "چهارشنبه", "پنجشنبه", "جمعه"];

/// The month names `%B` (long) and `%b` read in `calendar`: the locale's,
/// and the English and Persian ones the peers' strptime read (jdatetime's
/// and persiantools' abbreviations `Kho`, `خرد`).
const fn month_tables(
    locale: Locale,
    calendar: Calendar,
    long: bool,
) -> [&'static [&'static str]; 3] {
    let (own_long, own_short) = locale.month_names(calendar);
    match (calendar, long) {
        (Calendar::Gregorian, true) => {
            [own_long, &names::GREGORIAN_MONTHS_EN, &names::GREGORIAN_MONTHS_FA]
        }
        (Calendar::Gregorian, false) => {
            [own_short, &names::GREGORIAN_MONTHS_EN_ABBR, &names::GREGORIAN_MONTHS_FA]
        }
        (Calendar::LunarHijri, _) => [
            &names::LUNAR_HIJRI_MONTHS_FA,
            &names::LUNAR_HIJRI_MONTHS_EN,
            &names::LUNAR_HIJRI_MONTHS_AR,
        ],
        (_, true) => [own_long, &names::JALALI_MONTHS_EN, &names::JALALI_MONTHS_FA],
        (_, false) => [own_short, &names::JALALI_MONTHS_EN_ABBR, &names::JALALI_MONTHS_FA_ABBR],
    }
}

const fn w(locale: Locale, long: bool) -> [&'static [&'static str]; 6] {
    weekday_tables(locale, long)
}

const fn m(locale: Locale, calendar: Calendar, long: bool) -> [&'static [&'static str]; 3] {
    month_tables(locale, calendar, long)
}

macro_rules! spread {
    ($tables:expr; $n:literal) => {{
        const T: &[&[&str]] = &$tables;
        const B: ([Entry; $n], usize) = build::<$n>(T);
        const S: Set = set(cut(&B));
        &S
    }};
}

use Calendar::{Gregorian, Jalali, LunarHijri};
use Locale::{Dari, English, Pashto, Persian, PersianLatin, Sorani};

/// The locales in the order of [`locale_index`].
const fn locale_index(locale: Locale) -> usize {
    match locale {
        Persian => 0,
        Dari => 1,
        English => 2,
        PersianLatin => 3,
        Pashto => 4,
        Sorani => 5,
    }
}

/// Weekdays by locale, long then short.
const WEEKDAYS: [[&Set; 2]; 6] = [
    [spread!(w(Persian, true); 42), spread!(w(Persian, false); 42)],
    [spread!(w(Dari, true); 42), spread!(w(Dari, false); 42)],
    [spread!(w(English, true); 42), spread!(w(English, false); 42)],
    [spread!(w(PersianLatin, true); 42), spread!(w(PersianLatin, false); 42)],
    [spread!(w(Pashto, true); 42), spread!(w(Pashto, false); 42)],
    [spread!(w(Sorani, true); 42), spread!(w(Sorani, false); 42)],
];

macro_rules! months_of {
    ($locale:ident) => {
        [
            spread!(m($locale, Jalali, true); 36),
            spread!(m($locale, Jalali, false); 36),
            spread!(m($locale, Gregorian, true); 36),
            spread!(m($locale, Gregorian, false); 36),
        ]
    };
}

/// Months of the Solar Hijri and the Gregorian calendar by locale: Jalali
/// long, short, Gregorian long, short.
const MONTHS: [[&Set; 4]; 6] = [
    months_of!(Persian),
    months_of!(Dari),
    months_of!(English),
    months_of!(PersianLatin),
    months_of!(Pashto),
    months_of!(Sorani),
];

const fn seasons(locale: Locale) -> [&'static [&'static str]; 3] {
    [locale.season_names(), &names::SEASONS_EN, &names::SEASONS_FA]
}

/// The season names `%K` reads, by locale: the locale's, English and
/// Persian.
const SEASONS: [&Set; 6] = [
    spread!(seasons(Persian); 12),
    spread!(seasons(Dari); 12),
    spread!(seasons(English); 12),
    spread!(seasons(PersianLatin); 12),
    spread!(seasons(Pashto); 12),
    spread!(seasons(Sorani); 12),
];

/// The set `%K` reads in `locale`.
#[inline]
pub(crate) fn seasons_of(locale: Locale) -> &'static Set {
    SEASONS.get(locale_index(locale)).copied().unwrap_or(&EMPTY)
}

/// The lunar months, the same in every locale.
const LUNAR_MONTHS: &Set = spread!(m(Persian, LunarHijri, true); 36);

/// No spelling.
const EMPTY: Set = Set { entries: &[], runs: [(0, 0); RUN_SLOTS] };

/// The set `%A` (`long`) or `%a` reads in `locale`.
#[inline]
pub(crate) fn weekdays(locale: Locale, long: bool) -> &'static Set {
    let sets = WEEKDAYS.get(locale_index(locale)).copied().unwrap_or([&EMPTY; 2]);
    let [long_set, short_set] = sets;
    if long { long_set } else { short_set }
}

/// The set `%B` (`long`) or `%b` reads in `locale` and `calendar`.
#[inline]
pub(crate) fn months(locale: Locale, calendar: Calendar, long: bool) -> &'static Set {
    let [jalali, jalali_short, gregorian, gregorian_short] =
        MONTHS.get(locale_index(locale)).copied().unwrap_or([&EMPTY; 4]);
    match (calendar, long) {
        (LunarHijri, _) => LUNAR_MONTHS,
        (Gregorian, true) => gregorian,
        (Gregorian, false) => gregorian_short,
        (Jalali, true) => jalali,
        (Jalali, false) => jalali_short,
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;
    use std::vec::Vec;
    use std::{format, vec};

    /// The reference: the longest spelling of the tables that the input
    /// begins with, the last of equals, by scanning them all.
    fn scan(tables: &[&[&str]], input: &[u8]) -> Option<(u8, usize)> {
        let mut best: Option<(u8, usize)> = None;
        for table in tables {
            for (i, name) in table.iter().enumerate() {
                let n = name.as_bytes();
                if n.is_empty() || best.is_some_and(|(_, len)| len > n.len()) {
                    continue;
                }
                if input.get(..n.len()).is_some_and(|h| h.eq_ignore_ascii_case(n)) {
                    best = Some((i as u8, n.len()));
                }
            }
        }
        best
    }

    const LOCALES: [Locale; 6] = [Persian, Dari, English, PersianLatin, Pashto, Sorani];

    /// Every spelling of every table, and each with a tail, upper-cased, cut
    /// short, is found as the scan finds it.
    #[test]
    fn sets_find_what_a_scan_of_the_tables_finds() {
        let mut checked = 0;
        for locale in LOCALES {
            let mut cases: Vec<(Vec<&[&str]>, &Set)> = Vec::new();
            for long in [true, false] {
                cases.push((weekday_tables(locale, long).to_vec(), weekdays(locale, long)));
                for calendar in [Jalali, Gregorian, LunarHijri] {
                    let tables = month_tables(locale, calendar, long).to_vec();
                    cases.push((tables, months(locale, calendar, long)));
                }
            }
            for (tables, set) in &cases {
                for table in tables {
                    for name in table.iter() {
                        let mut inputs = vec![
                            name.to_string(),
                            format!("{name} ۱۴۰۲"),
                            name.to_uppercase(),
                            format!("{name}x"),
                        ];
                        if let Some((cut, _)) = name.char_indices().last() {
                            inputs.push(name[..cut].to_string());
                        }
                        for input in inputs {
                            assert_eq!(
                                find(set, input.as_bytes()),
                                scan(tables, input.as_bytes()),
                                "{locale:?} {input:?}"
                            );
                            checked += 1;
                        }
                    }
                }
                assert_eq!(find(set, b""), None);
                assert_eq!(find(set, "۱۴۰۲".as_bytes()), None);
            }
        }
        assert!(checked > 2000, "{checked}");
    }
}
