//! Random dates and patterns: `parse(format(d)) == d` whenever the pattern
//! carries the year, month and day (or the day of the year); any pattern
//! text at all is either refused or written and read without a panic.

use shamsi::format::{DateFormat, Digits, Locale};
use shamsi::{GregorianDate, JalaliDate, ParseErrorKind};

const DIRECTIVES: [&str; 33] = [
    "%Y", "%-Y", "%y", "%-y", "%m", "%-m", "%d", "%-d", "%e", "%B", "%b", "%A", "%a", "%j", "%-j",
    "%u", "%w", "%U", "%-U", "%F", "%%", "%o", "%E", "%x", "%D", "%h", "%C", "%Q", "%K", "%L",
    "%G", "%V", "%-V",
];
const SEPARATORS: [&str; 7] = [" ", "/", "-", ", ", "، ", " | ", "."];
const DIGITS: [Digits; 3] = [Digits::Latin, Digits::Persian, Digits::ArabicIndic];

fn carries_date(p: &str) -> bool {
    let has = |d: &str| p.contains(d);
    let composite = has("%x") || has("%D");
    let year =
        has("%Y") || has("%-Y") || has("%y") || has("%-y") || has("%F") || has("%L") || composite;
    let month =
        has("%m") || has("%-m") || has("%B") || has("%b") || has("%h") || has("%F") || composite;
    let day = has("%d") || has("%-d") || has("%e") || has("%o") || has("%F") || composite;
    let weekday = has("%u") || has("%w") || has("%A") || has("%a");
    let by_week = has("%G") && (has("%V") || has("%-V")) && weekday;
    (year && ((month && day) || has("%j") || has("%-j"))) || by_week
}

/// Whether the pattern gives the day by its week (`%G %V %u`), lacking the
/// year or the month and day: a week may begin or end outside the range at
/// its ends.
fn by_week_only(p: &str) -> bool {
    let has = |d: &str| p.contains(d);
    let composite = has("%x") || has("%D") || has("%F");
    let year = has("%Y") || has("%-Y") || has("%y") || has("%-y") || has("%L") || composite;
    let month = has("%m") || has("%-m") || has("%B") || has("%b") || has("%h") || composite;
    let day = has("%d") || has("%-d") || has("%e") || has("%o") || composite;
    carries_date(p) && !(year && ((month && day) || has("%j") || has("%-j")))
}

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    let Some((head, rest)) = data.split_first_chunk::<6>() else {
        return;
    };
    let n = i32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let locale = Locale::ALL[usize::from(head[4]) % Locale::ALL.len()];
    let digits = DIGITS[usize::from(head[5]) % DIGITS.len()];

    let (lo, hi) = (JalaliDate::MIN.to_day_number(), JalaliDate::MAX.to_day_number());
    let day = lo + n.rem_euclid(hi - lo + 1);
    let date = JalaliDate::from_day_number(day).unwrap();
    let gregorian = date.to_gregorian();

    // A pattern of directives and separators chosen by the input.
    let mut pattern = String::new();
    for (i, pair) in rest.chunks(2).take(8).enumerate() {
        if i > 0 {
            pattern.push_str(SEPARATORS[usize::from(pair[0]) % SEPARATORS.len()]);
        }
        let pick = pair.get(1).copied().unwrap_or(pair[0]);
        pattern.push_str(DIRECTIVES[usize::from(pick) % DIRECTIVES.len()]);
    }
    if !pattern.is_empty() {
        let f = DateFormat::new(&pattern).unwrap().with_locale(locale).with_digits(digits);
        let jf = f.with_pivot(date.year());
        let written = jf.format(date);
        let read = jf.parse(&written);
        let gf = f.with_pivot(gregorian.year());
        let g_written = gf.format(gregorian);
        let g_read = gf.parse_gregorian(&g_written);
        // A text past the readers' limit (eight years in words) is refused
        // as too long.
        let long = written.len() > shamsi::MAX_INPUT_LEN;
        let g_long = g_written.len() > shamsi::MAX_INPUT_LEN;
        if long {
            assert_eq!(read.map_err(|e| e.kind()), Err(ParseErrorKind::TooLong));
        }
        if g_long {
            assert_eq!(g_read.map_err(|e| e.kind()), Err(ParseErrorKind::TooLong));
        }
        // At the range's ends a week may begin or end outside it.
        let (jy, gy) = (date.year(), gregorian.year());
        let at_end = by_week_only(&pattern)
            && (jy <= JalaliDate::MIN.year() + 1
                || jy >= JalaliDate::MAX.year() - 1
                || gy <= GregorianDate::MIN.year() + 1
                || gy >= GregorianDate::MAX.year() - 1);
        if carries_date(&pattern) && at_end {
            // Refused or read right; never another day.
            assert!(read.is_err() || read == Ok(date), "{pattern:?} {written:?}");
            assert!(g_read.is_err() || g_read == Ok(gregorian), "{pattern:?} {g_written:?}");
        } else if carries_date(&pattern) {
            if !long {
                assert_eq!(read, Ok(date), "{pattern:?} {written:?}");
            }
            if !g_long {
                assert_eq!(g_read, Ok(gregorian), "{pattern:?} {g_written:?}");
            }
        } else if !long {
            assert!(matches!(read.map_err(|e| e.kind()), Err(ParseErrorKind::MissingField(_))));
        }
    }

    // The rest as a raw pattern: refused, or used without a panic.
    if let Ok(raw) = std::str::from_utf8(rest) {
        if let Ok(f) = DateFormat::new(raw) {
            let f = f.with_locale(locale).with_digits(digits);
            let written = f.format(date);
            let _ = f.parse(&written);
            if let Err(e) = f.parse(raw) {
                assert!(e.offset() <= raw.len() && raw.is_char_boundary(e.offset()), "{e}");
            }
            let _ = f.parse_gregorian(&f.format(GregorianDate::MAX));
        }
    }
}
