//! Pure integer arithmetic: day numbers, leap rules, month lengths.
//!
//! Everything here is a `const fn` on plain integers and knows nothing of the
//! crate's types or of text. A *day number* is the number of days since
//! 1970-01-01 (the Unix epoch day), proleptic Gregorian. Every function assumes
//! its arguments are inside the supported range; the typed layer checks that
//! before calling in.

use crate::arith::corrections::CORRECTED_YEARS;

/// `slice[i]`, or `fallback` past the end (`<[T]>::get` is not `const`).
#[inline]
#[allow(clippy::indexing_slicing)] // checked on the same line
const fn get_or<T: Copy>(slice: &[T], i: usize, fallback: T) -> T {
    if i < slice.len() { slice[i] } else { fallback }
}

// ---------------------------------------------------------------------------
// Gregorian <-> day number
// ---------------------------------------------------------------------------
//
// Neri & Schneider, "Euclidean affine functions and their application to
// calendar algorithms", Software: Practice and Experience 53(4), 2023
// (arXiv:2102.06959). The computational calendar starts on 1 March, so that
// the leap day is the last day of its year, and every step is a Euclidean
// affine function (a multiplication, an addition and a shift or a division
// by a constant). The year is shifted by whole 400-year cycles so that all
// the arithmetic runs on non-negative numbers.

/// Whole 400-year Gregorian cycles added before dividing (covers year -9999).
const GREGORIAN_SHIFT_CYCLES: u32 = 26;
/// Years added before dividing.
const GREGORIAN_SHIFT_YEARS: i32 = 400 * GREGORIAN_SHIFT_CYCLES as i32;
/// Days from (shifted) 0000-03-01 to 1970-01-01.
const GREGORIAN_SHIFT_DAYS: i32 = 719_468 + 146_097 * GREGORIAN_SHIFT_CYCLES as i32;

/// The day number of a proleptic Gregorian date.
#[inline]
pub(crate) const fn gregorian_to_day(year: i32, month: u8, day: u8) -> i32 {
    let jan_feb = (month < 3) as u32;
    let y = (year + GREGORIAN_SHIFT_YEARS) as u32 - jan_feb;
    let m = month as u32 + 12 * jan_feb;
    // y / 100 and y / 400 from one product: 1374389535 / 2^37 rounds 1 / 100
    // up closely enough to be exact for every 32-bit y. Written out because
    // the compiler, knowing y < 2^16 here, would divide twice.
    let p = y as u64 * 1_374_389_535;
    let (century, quad_century) = ((p >> 37) as u32, (p >> 39) as u32);
    let year_days = 1461 * y / 4 - century + quad_century;
    let month_days = (979 * m - 2919) / 32;
    (year_days + month_days + day as u32 - 1) as i32 - GREGORIAN_SHIFT_DAYS
}

/// The proleptic Gregorian date of a day number.
#[inline]
pub(crate) const fn day_to_gregorian(day: i32) -> (i32, u8, u8) {
    let n = (day + GREGORIAN_SHIFT_DAYS) as u32;
    // Century, and day within the century.
    let n1 = 4 * n + 3;
    let century = n1 / 146_097;
    let day_of_century = n1 % 146_097 / 4;
    // Year within the century, and day within the (March-based) year:
    // 2_939_745 / 2^32 approximates 4 / 1461 closely enough over a century.
    let n2 = 4 * day_of_century + 3;
    let p2 = 2_939_745u64 * n2 as u64;
    let year_of_century = (p2 >> 32) as u32;
    let day_of_year = (p2 as u32) / 2_939_745 / 4;
    // Month and day: 2141 / 2^16 approximates 5 / 153, the mean month length.
    let n3 = 2141 * day_of_year + 197_913;
    let month = n3 >> 16;
    let day_of_month = (n3 & 0xffff) / 2141;
    let past_december = (day_of_year >= 306) as u32;
    let year = (100 * century + year_of_century + past_december) as i32 - GREGORIAN_SHIFT_YEARS;
    (year, (month - 12 * past_december) as u8, day_of_month as u8 + 1)
}

/// The proleptic Gregorian date of a day number known to fall between
/// 1 March of `year` and the end of March of `year + 1`: the case of every
/// Solar Hijri date, whose year starts in March of its year + 621.
///
/// Knowing the year, it skips the two divisions of [`day_to_gregorian`]
/// that find the century and the year within it: one leap test decides
/// between `year` and `year + 1`.
#[inline]
pub(crate) const fn day_to_gregorian_near(day: i32, year: i32) -> (i32, u8, u8) {
    let y = (year + GREGORIAN_SHIFT_YEARS) as u32;
    // 1 March of y, as gregorian_to_day counts it, with the same product
    // for y / 100 and y / 400.
    let p = y as u64 * 1_374_389_535;
    let march1 = 365 * y + y / 4 - (p >> 37) as u32 + (p >> 39) as u32;
    let day_of_year = (day + GREGORIAN_SHIFT_DAYS) as u32 - march1;
    // The year from 1 March ends with February of y + 1; past it, the day
    // is in March of y + 1.
    let next = y + 1;
    let leap = next & if next % 25 == 0 { 15 } else { 3 } == 0;
    let length = 365 + leap as u32;
    let (y, day_of_year) =
        if day_of_year >= length { (next, day_of_year - length) } else { (y, day_of_year) };
    // Month and day as in day_to_gregorian.
    let n3 = 2141 * day_of_year + 197_913;
    let month = n3 >> 16;
    let day_of_month = (n3 & 0xffff) / 2141;
    let past_december = (day_of_year >= 306) as u32;
    let year = (y + past_december) as i32 - GREGORIAN_SHIFT_YEARS;
    (year, (month - 12 * past_december) as u8, day_of_month as u8 + 1)
}

/// Whether a proleptic Gregorian year (astronomical numbering) is leap.
#[inline]
pub(crate) const fn gregorian_is_leap(year: i32) -> bool {
    // A year divisible by 100 is leap only if divisible by 400, i.e. by 16
    // once it is known to be divisible by 25.
    let mask = if year % 25 == 0 { 15 } else { 3 };
    year & mask == 0
}

/// Days in a Gregorian month (1..=12).
#[inline]
pub(crate) const fn gregorian_month_length(year: i32, month: u8) -> u8 {
    if month == 2 {
        28 + gregorian_is_leap(year) as u8
    } else {
        // 30 or 31: the parity flips after July.
        30 | ((month ^ (month >> 3)) & 1)
    }
}

/// Days in a month of a common (non-leap) year, indexed by any byte: zero
/// for a byte that is not a month (0, 13..=255). `day - 1 < table[month]`
/// checks the month and the day in one comparison; only the leap day is then
/// left to check against the leap rule.
#[allow(clippy::indexing_slicing)] // compile-time, indices < 13
const fn max_day_table(lengths: [u8; 12]) -> [u8; 256] {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 12 {
        table[i + 1] = get_or(&lengths, i, 0);
        i += 1;
    }
    table
}

const GREGORIAN_COMMON_MONTH: [u8; 256] =
    max_day_table([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/// Whether `day` is 1..=`table[month]`: one comparison for both fields.
#[inline]
const fn within_month(table: &[u8; 256], month: u8, day: u8) -> bool {
    (day.wrapping_sub(1) as usize) < get_or(table, month as usize, 0) as usize
}

/// Whether `month` is 1..=12 and `day` is at most its length in a common
/// Gregorian year. Every valid date passes but 29 February.
#[inline]
pub(crate) const fn gregorian_common_day(month: u8, day: u8) -> bool {
    within_month(&GREGORIAN_COMMON_MONTH, month, day)
}

// ---------------------------------------------------------------------------
// Solar Hijri months
// ---------------------------------------------------------------------------

/// Days in the Solar Hijri year before the first of `month` (1..=12):
/// six months of 31 days, then five of 30, then Esfand.
#[inline]
pub(crate) const fn days_before_month(month: u8) -> u16 {
    // A load costs less than the arithmetic (a multiplication and a
    // select).
    get_or(&DAYS_BEFORE_MONTH, month as usize, 0)
}

/// Indexed by any byte, so that no mask or bounds check is needed.
const DAYS_BEFORE_MONTH: [u16; 256] = days_before_month_table();

#[allow(clippy::indexing_slicing)] // compile-time, indices < 13
const fn days_before_month_table() -> [u16; 256] {
    let mut table = [0; 256];
    let mut month = 1;
    while month <= 12 {
        let m = month as u16 - 1;
        table[month] = 30 * m + if m < 6 { m } else { 6 };
        month += 1;
    }
    table
}

/// The month (1..=12) and day (1..=31) of a zero-based day of the year
/// (0..=365), by table: one load instead of two divisions and a select.
#[inline]
pub(crate) const fn month_day_from_ordinal0(ordinal0: u16) -> (u8, u8) {
    // The table has 512 entries so that the mask, not a bounds check, keeps
    // the index inside it.
    get_or(&MONTH_DAY, ordinal0 as usize & 511, (12, 30))
}

const MONTH_DAY: [(u8, u8); 512] = month_day_table();

#[allow(clippy::indexing_slicing)] // compile-time, indices < 366
const fn month_day_table() -> [(u8, u8); 512] {
    let mut table = [(12, 30); 512];
    let mut month = 1;
    let mut ordinal = 0;
    while month <= 12 {
        let mut day = 1;
        while day <= month_length(month, true) {
            table[ordinal] = (month, day);
            ordinal += 1;
            day += 1;
        }
        month += 1;
    }
    table
}

const JALALI_COMMON_MONTH: [u8; 256] =
    max_day_table([31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29]);

/// Whether `month` is 1..=12 and `day` is at most its length in a common
/// Solar Hijri year. Every valid date passes but 30 Esfand.
#[inline]
pub(crate) const fn jalali_common_day(month: u8, day: u8) -> bool {
    within_month(&JALALI_COMMON_MONTH, month, day)
}

/// Days in a Solar Hijri month, given whether the year is leap.
#[inline]
pub(crate) const fn month_length(month: u8, leap: bool) -> u8 {
    31 - (month > 6) as u8 - ((month == 12) & !leap) as u8
}

// ---------------------------------------------------------------------------
// The 33-year rule
// ---------------------------------------------------------------------------
//
// Leap years are those with y mod 33 in {1, 5, 9, 13, 17, 22, 26, 30}: eight
// leap years spread as evenly as possible over 33. Spread that evenly, the
// number of leap years before year y is floor((8y + 21) / 33), and the year
// holding the d-th day (d = 0 on 1 Farvardin of year 1) is
// floor((33d + 3) / 12053) + 1, 12053 being the days in 33 years. Both
// closed forms were checked against the rule for every residue.

/// The day number of 1 Farvardin 1 under the 33-year rule: 0622-03-21.
const RULE33_EPOCH: i32 = -492_268;
/// Whole 33-year cycles added before dividing (covers year -10621).
const RULE33_SHIFT_CYCLES: i32 = 330;
const RULE33_SHIFT_YEARS: i32 = 33 * RULE33_SHIFT_CYCLES;
const RULE33_SHIFT_DAYS: i32 = 12_053 * RULE33_SHIFT_CYCLES;

/// Day number of 1 Farvardin `year` under the 33-year rule.
#[inline]
pub(crate) const fn rule33_nowruz(year: i32) -> i32 {
    let y = (year + RULE33_SHIFT_YEARS) as u32;
    // The 365 y stays outside the division: a conversion to a Gregorian
    // date subtracts 365 times the Gregorian year, and the two cancel.
    (365 * (y - 1) + (8 * y + 21) / 33) as i32 - RULE33_SHIFT_DAYS + RULE33_EPOCH
}

/// The year holding day number `day` under the 33-year rule, and the
/// zero-based day of that year.
///
/// The remainder of the division that gives the year, divided by 33, is the
/// day of the year (checked for every residue in the tests), so one
/// division serves both.
#[inline]
pub(crate) const fn rule33_year_ordinal(day: i32) -> (i32, u16) {
    let d = (day - RULE33_EPOCH + RULE33_SHIFT_DAYS) as u32;
    let n = 33 * d + 3;
    // n / 12053 as a multiplication and a shift: with M = ceil(2^43 / 12053),
    // M * 12053 - 2^43 = 2253, and n * 2253 < 2^43 for every n below 2^28
    // (the range needs n < 2.5e8), which makes the quotient exact. The
    // compiler's own sequence for a 32-bit division by 12053 is longer.
    let q = ((n as u64 * 729_784_537) >> 43) as u32;
    ((q as i32) + 1 - RULE33_SHIFT_YEARS, ((n - q * 12_053) / 33) as u16)
}

/// The year holding day number `day` under the 33-year rule.
#[inline]
pub(crate) const fn rule33_year(day: i32) -> i32 {
    rule33_year_ordinal(day).0
}

/// Whether `year` is leap under the 33-year rule.
#[inline]
pub(crate) const fn rule33_is_leap(year: i32) -> bool {
    // (25y + 11) mod 33 < 8 is the same set of residues as {1, 5, ..., 30}.
    let y = (year + RULE33_SHIFT_YEARS) as u32;
    (25 * y + 11) % 33 < 8
}

// ---------------------------------------------------------------------------
// The official calendar: the 33-year rule with corrections
// ---------------------------------------------------------------------------
//
// Over 1178..3000 the astronomical calendar (1 Farvardin is the day of the
// March equinox if it falls before apparent noon at 52.5° E, else the next
// day) starts each year on the 33-year rule's day, except in the years of
// `CORRECTED_YEARS`, which it starts one day earlier. ICU4X and ICU4C 78 use
// the same correction and the plain 33-year rule elsewhere. The list is kept
// as a bitmap so that a lookup is a load and a shift.

/// The year before the first corrected one: entry 0 of the table.
const CORRECTION_BASE: i32 = 1502;
/// Entries of the table, from `CORRECTION_BASE` to the year after the last
/// corrected one, which reads zero and stands for every year outside.
const CORRECTION_LEN: usize = (2989 - CORRECTION_BASE + 1) as usize;
/// 1 for a corrected year, else 0, and a zero past the end so that the year
/// after every entry can be read. A byte per year costs less to read than a
/// bit per year (no shift to find the bit) and, with only the span of the
/// list stored, takes less room than a bitmap that covers every year.
const CORRECTIONS: [u8; CORRECTION_LEN + 1] = corrections_table();

#[allow(clippy::indexing_slicing)] // compile-time, and every index is in the table
const fn corrections_table() -> [u8; CORRECTION_LEN + 1] {
    let mut table = [0u8; CORRECTION_LEN + 1];
    let mut i = 0;
    while i < CORRECTED_YEARS.len() {
        table[(CORRECTED_YEARS[i] as i32 - CORRECTION_BASE) as usize] = 1;
        i += 1;
    }
    table
}

/// The index of `year` in the table. Branch-free: years before the table
/// wrap to huge indices, and every index past it is clamped to its last
/// entry, which reads zero.
#[inline]
const fn correction_index(year: i32) -> usize {
    let k = year.wrapping_sub(CORRECTION_BASE) as u32 as usize;
    if k < CORRECTION_LEN { k } else { CORRECTION_LEN - 1 }
}

/// 1 if `year` is corrected, else 0.
#[inline]
const fn corrected(year: i32) -> u32 {
    get_or(&CORRECTIONS, correction_index(year), 0) as u32
}

/// Bit 0: `year` is corrected; bit 8: `year + 1` is corrected. (The two
/// bytes side by side, which the compiler reads as one.)
#[inline]
const fn corrections_at(year: i32) -> u32 {
    let k = correction_index(year);
    get_or(&CORRECTIONS, k, 0) as u32 | (get_or(&CORRECTIONS, k + 1, 0) as u32) << 8
}

/// Day number of 1 Farvardin `year` in the official calendar.
#[inline]
pub(crate) const fn official_nowruz(year: i32) -> i32 {
    rule33_nowruz(year) - corrected(year) as i32
}

/// Whether `year` is leap in the official calendar.
#[inline]
pub(crate) const fn official_is_leap(year: i32) -> bool {
    let c = corrections_at(year);
    // Length = 365 + leap33(y) + corrected(y) - corrected(y + 1).
    rule33_is_leap(year) as u32 + (c & 1) - (c >> 8) == 1
}

/// The official year holding day number `day`, and the zero-based day of
/// that year.
#[inline]
pub(crate) const fn official_year_ordinal(day: i32) -> (i32, u16) {
    let (year, ordinal) = rule33_year_ordinal(day);
    let c = corrections_at(year);
    if c == 0 {
        return (year, ordinal);
    }
    // A corrected year starts a day before the 33-year rule's, and the year
    // before it ends a day early; the last day of the 33-year rule's year
    // can so belong to the next official year.
    let ordinal = ordinal + (c & 1) as u16;
    let length = 365 + rule33_is_leap(year) as u16 + (c & 1) as u16 - (c >> 8) as u16;
    if ordinal >= length { (year + 1, ordinal - length) } else { (year, ordinal) }
}

// ---------------------------------------------------------------------------
// Birashk's 2820-year cycle
// ---------------------------------------------------------------------------
//
// Birashk, "A comparative calendar of the Iranian, Muslim lunar, and
// Christian eras for three thousand years" (1993), as restated by Reingold &
// Dershowitz, "Calendrical Calculations" (3rd ed., 2008), §15.3 ("arithmetic
// Persian"): 683 leap years in 2820, spread as evenly as possible, the cycle
// counted from year 475. Unlike Reingold & Dershowitz, years before 1 are
// numbered astronomically (year 0 exists), like ICU's.

/// The day number of 1 Farvardin 1 under Birashk's rule: 0622-03-22.
const BIRASHK_EPOCH: i32 = -492_267;
const BIRASHK_CYCLE_DAYS: i32 = 1_029_983;
/// Whole 2820-year cycles added before dividing.
const BIRASHK_SHIFT_CYCLES: i32 = 5;

/// Days from 1 Farvardin 1 to 1 Farvardin `year` within the (shifted) cycle.
#[inline]
const fn birashk_days_before(year: i32) -> i32 {
    let shifted = (year - 474 + 2820 * BIRASHK_SHIFT_CYCLES) as u32;
    let cycle = (shifted / 2820) as i32 - BIRASHK_SHIFT_CYCLES;
    let y = (shifted % 2820) as i32 + 474;
    BIRASHK_CYCLE_DAYS * cycle + 365 * (y - 1) + (682 * y - 110) / 2816
}

/// Day number of 1 Farvardin `year` under Birashk's rule.
#[inline]
pub(crate) const fn birashk_nowruz(year: i32) -> i32 {
    BIRASHK_EPOCH + birashk_days_before(year) - birashk_days_before(1)
}

// ---------------------------------------------------------------------------
// Borkowski's break years
// ---------------------------------------------------------------------------
//
// K. M. Borkowski, "The Persian calendar for 3000 years", Earth, Moon and
// Planets 74 (1996) 223-230. Between consecutive "break" years the leap years
// follow a 33-year pattern (a leap year every fourth year, counted from the
// break, with the 33rd year closing the cycle); the breaks re-align the
// pattern with the equinox. The rule is defined for -61..=3177 only; the
// length of 3177 (365 days, as jalaali-js has it) comes from counting the
// leap days up to the final break, 3178.

const BORKOWSKI_BREAKS: [i32; 20] = [
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
];
/// The first and last years the rule defines.
pub(crate) const BORKOWSKI_YEARS: (i32, i32) = (-61, 3177);
/// Day number of 1 Farvardin `BORKOWSKI_BREAKS[0]`, less the leap days the
/// count below gives that year.
const BORKOWSKI_BASE: i32 = -492_634 - 14 - 365 * 61;

/// Leap days accumulated from the first break year to the start of each
/// segment.
const BORKOWSKI_LEAPS_AT_BREAK: [i32; 20] = borkowski_leaps_at_break();

#[allow(clippy::indexing_slicing)] // compile-time, indices bounded by the array length
const fn borkowski_leaps_at_break() -> [i32; 20] {
    let mut out = [0; 20];
    let mut i = 1;
    while i < 20 {
        let span = BORKOWSKI_BREAKS[i] - BORKOWSKI_BREAKS[i - 1];
        out[i] = out[i - 1] + 8 * (span / 33) + span % 33 / 4;
        i += 1;
    }
    out
}

/// Leap days from the first break year to 1 Farvardin `year`
/// (`BORKOWSKI_YEARS.0 ..= BORKOWSKI_YEARS.1 + 1`).
const fn borkowski_leaps_before(year: i32) -> i32 {
    // The segment [start, end) holding `year`; 3178, the final break,
    // starts an empty one of its own.
    let mut i = 0;
    while i + 1 < BORKOWSKI_BREAKS.len() && year >= borkowski_break(i + 1) {
        i += 1;
    }
    let start = borkowski_break(i);
    let span = borkowski_break(i + 1) - start;
    let n = year - start;
    let mut leaps = borkowski_leaps_at(i) + 8 * (n / 33) + (n % 33 + 3) / 4;
    // A segment of 33k + 4 years ends with a short four-year cycle whose
    // leap year comes one year early.
    if span % 33 == 4 && span - n == 4 {
        leaps += 1;
    }
    leaps
}

const fn borkowski_break(i: usize) -> i32 {
    get_or(&BORKOWSKI_BREAKS, i, BORKOWSKI_YEARS.1 + 1)
}

const fn borkowski_leaps_at(i: usize) -> i32 {
    get_or(&BORKOWSKI_LEAPS_AT_BREAK, i, 0)
}

/// Day number of 1 Farvardin `year` under Borkowski's rule
/// (`BORKOWSKI_YEARS.0 ..= BORKOWSKI_YEARS.1 + 1`).
#[inline]
pub(crate) const fn borkowski_nowruz(year: i32) -> i32 {
    BORKOWSKI_BASE + 365 * (year - BORKOWSKI_YEARS.0) + borkowski_leaps_before(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The textbook Gregorian rule, day by day, to check Neri–Schneider against.
    #[test]
    fn gregorian_against_a_day_by_day_count() {
        let (mut y, mut m, mut d) = (-9999, 1u8, 1u8);
        for day in -4_371_587..=2_932_896 {
            assert_eq!(day_to_gregorian(day), (y, m, d), "day {day}");
            assert_eq!(gregorian_to_day(y, m, d), day);
            d += 1;
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let len = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
            if d > len[m as usize - 1] {
                d = 1;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
        assert_eq!((y, m, d), (10_000, 1, 1));
        assert_eq!(gregorian_to_day(1970, 1, 1), 0);
    }

    /// The conversion that knows the year to within one, against the full
    /// one, for every day and each year it may be given.
    #[test]
    fn gregorian_near_a_known_year() {
        let mut checked = 0;
        for day in -4_371_587..=2_932_896 {
            let exact = day_to_gregorian(day);
            for year in [exact.0 - 1, exact.0] {
                let after_march1 = day >= gregorian_to_day(year, 3, 1);
                let by_march_end = day <= gregorian_to_day(year + 1, 3, 31);
                if after_march1 && by_march_end && year >= -10_000 {
                    assert_eq!(day_to_gregorian_near(day, year), exact, "day {day}, year {year}");
                    checked += 1;
                }
            }
        }
        // Every day once, and the days of March a second time (19,999
        // years of 31 days).
        assert_eq!(checked, 7_304_484 + 19_999 * 31);
    }

    #[test]
    fn gregorian_month_lengths() {
        for y in [-400, -100, -1, 0, 1, 1900, 2000, 2023, 2024] {
            for m in 1..=12u8 {
                let next = if m == 12 {
                    gregorian_to_day(y + 1, 1, 1)
                } else {
                    gregorian_to_day(y, m + 1, 1)
                };
                assert_eq!(
                    i32::from(gregorian_month_length(y, m)),
                    next - gregorian_to_day(y, m, 1)
                );
            }
        }
    }

    #[test]
    fn rule33_closed_forms_match_the_residue_set() {
        for y in -10_700i32..9_500 {
            let leap = matches!(y.rem_euclid(33), 1 | 5 | 9 | 13 | 17 | 22 | 26 | 30);
            assert_eq!(rule33_is_leap(y), leap, "year {y}");
            assert_eq!(rule33_nowruz(y + 1) - rule33_nowruz(y), 365 + leap as i32);
            let n = rule33_nowruz(y);
            assert_eq!(rule33_year_ordinal(n), (y, 0));
            assert_eq!(rule33_year_ordinal(n - 1), (y - 1, 364 + rule33_is_leap(y - 1) as u16));
            assert_eq!(rule33_year_ordinal(n + 100), (y, 100));
        }
    }

    #[test]
    fn months_from_ordinals() {
        let mut ordinal = 0;
        for m in 1..=12u8 {
            assert_eq!(days_before_month(m), ordinal);
            for d in 1..=month_length(m, true) {
                assert_eq!(month_day_from_ordinal0(ordinal), (m, d));
                ordinal += 1;
            }
        }
        assert_eq!(ordinal, 366);
    }

    #[test]
    fn correction_bits_match_the_list() {
        for y in (-20_000..20_000).step_by(97).chain(1400..3100) {
            let listed = |y: i32| CORRECTED_YEARS.iter().any(|&c| i32::from(c) == y) as u32;
            assert_eq!(corrections_at(y), listed(y) | listed(y + 1) << 8, "year {y}");
        }
    }
}

/// The two-digit-year rule, once for every reader: the two digits `last`
/// (0..=99) are the year ending in them nearest `pivot`, in
/// `pivot - 50 ..= pivot + 49`. Gives the century `base` and the `cut`: the
/// year is `base + last`, plus 100 when `last < cut`. In `i64`, so that no
/// pivot overflows.
#[inline]
pub(crate) const fn two_digit_century(pivot: i32) -> (i64, i64) {
    let low = pivot as i64 - 50;
    let cut = low.rem_euclid(100);
    (low - cut, cut)
}

/// The year ending in `last` (0..=99) nearest `pivot`, by
/// [`two_digit_century`]; saturated at the ends of `i32` (no date is there).
#[inline]
pub(crate) const fn nearest_with_last_digits(last: i32, pivot: i32) -> i32 {
    let (base, cut) = two_digit_century(pivot);
    let last = last as i64;
    let year = base + last + if last < cut { 100 } else { 0 };
    if year < i32::MIN as i64 {
        i32::MIN
    } else if year > i32::MAX as i64 {
        i32::MAX
    } else {
        year as i32
    }
}

#[cfg(test)]
mod two_digit_tests {
    use super::{nearest_with_last_digits, two_digit_century};

    /// The rule as its definition says: the one year of
    /// `pivot - 50 ..= pivot + 49` that ends in `last`.
    #[test]
    fn the_year_in_the_window_ending_in_the_digits() {
        let pivots = [-10_001, -51, -50, -1, 0, 1, 49, 50, 99, 100, 1400, 1419, 1421, 9999];
        for pivot in pivots {
            for last in 0..100 {
                let year = nearest_with_last_digits(last, pivot);
                assert!((pivot - 50..=pivot + 49).contains(&year), "{last} {pivot}: {year}");
                assert_eq!(year.rem_euclid(100), last, "{last} {pivot}: {year}");
                let (base, cut) = two_digit_century(pivot);
                let by_century =
                    base + i64::from(last) + if i64::from(last) < cut { 100 } else { 0 };
                assert_eq!(by_century, i64::from(year));
            }
        }
        assert_eq!(nearest_with_last_digits(99, i32::MAX).rem_euclid(100), 99);
        assert_eq!(nearest_with_last_digits(0, i32::MIN).rem_euclid(100), 0);
    }
}
