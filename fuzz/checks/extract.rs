//! Extraction on any text: no panic, spans in order, in bounds and on
//! character boundaries, pairs pointing at mentions, weekdays before them.

use shamsi::parse::mentions;

/// The target's checks on one input: panics on a finding.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let found: Vec<_> = mentions(text).collect();
    let mut last_end = 0;
    for m in &found {
        assert!(m.start() < m.end() && m.end() <= text.len());
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
        assert!(m.start() >= last_end, "mentions overlap");
        last_end = m.end();
        assert_eq!(&text[m.span()], m.as_str());
        assert!((1..=12).contains(&m.month()));
        if m.is_full() && m.jalali().is_some() {
            assert_eq!(m.jalali().map(|d| d.to_gregorian()), m.gregorian());
        }
        if let Some(start) = m.weekday_start() {
            // The weekday is on a boundary, before the mention or, in a
            // dateline with the year first, inside it after its start; it is
            // checked exactly when the mention is a full solar date.
            assert!(text.is_char_boundary(start));
            assert!(start < m.start() || (m.start() < start && start < m.end()), "{start}");
            assert_eq!(m.weekday_agrees().is_some(), m.jalali().is_some());
        }
        if let Some(p) = m.pair() {
            assert!(found.iter().any(|o| o.span() == (p.start..p.end)), "pair points nowhere");
        }
    }
}
