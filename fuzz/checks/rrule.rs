//! The `RRULE` reader on any text: no panic, errors inside the input; a rule
//! it reads yields occurrences in order, each one the rule `contains`, and
//! its written form reads back to the same occurrences.

use shamsi::JalaliDate;
use shamsi::holidays::{RecurrenceRule, RruleError};

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let rule: RecurrenceRule = match text.parse() {
        Ok(rule) => rule,
        Err(RruleError::Unsupported { at } | RruleError::Invalid { at }) => {
            assert!(at <= text.len() && text.is_char_boundary(at), "{text:?} {at}");
            return;
        }
        Err(_) => return,
    };
    // A start somewhere in 1399..=1405, near the year ends or the middle.
    let starts = [(1399, 12, 30), (1402, 6, 31), (1403, 1, 1), (1404, 11, 6)];
    let (y, m, d) = starts[usize::from(pick) % starts.len()];
    let start = JalaliDate::new(y, m, d).unwrap();
    let to = start.checked_add_days(800).unwrap();
    let r = rule.starting(start);
    let days: Vec<JalaliDate> = r.occurrences(start, to).take(1_000).collect();
    assert!(days.windows(2).all(|w| w[0] < w[1]), "{text:?}");
    for day in &days {
        assert!(*day >= start && *day <= to, "{text:?} {day}");
        assert!(r.contains(*day), "{text:?} {day}");
    }
    let written = r.to_string();
    let again: RecurrenceRule = written.parse().unwrap_or_else(|e| panic!("{written:?}: {e}"));
    let back: Vec<JalaliDate> = again.starting(start).occurrences(start, to).take(1_000).collect();
    assert_eq!(back, days, "{text:?} {written:?}");
    // The ends of the range: no panic.
    let _ = rule.starting(JalaliDate::MAX).occurrences(JalaliDate::MAX, JalaliDate::MAX).count();
    let _ = rule.starting(JalaliDate::MIN).occurrences(JalaliDate::MIN, JalaliDate::MIN).next();
}
