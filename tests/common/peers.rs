//! The generated outputs of the peer libraries (`tests/data/peer_*.jsonl`,
//! made by `tests/peers/`), as the peer tests read them.

#![allow(dead_code)] // the peer tests that use it need features

use serde_json::Value;
use shamsi::JalaliDate;

/// One line of the data, the fields the tests need.
pub struct Row {
    pub library: String,
    pub locale: String,
    pub format: String,
    pub text: String,
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` for a date-time.
    pub jalali: String,
}

impl Row {
    /// The date printed.
    pub fn date(&self) -> JalaliDate {
        let n = |r: std::ops::Range<usize>| self.jalali[r].parse::<i32>().unwrap();
        JalaliDate::new(n(0..4), n(5..7) as u8, n(8..10) as u8).unwrap()
    }

    /// The hour, minute and second printed, for a date-time.
    #[allow(dead_code)] // by the date-time test only
    pub fn hms(&self) -> (u8, u8, u8) {
        let n = |r: std::ops::Range<usize>| self.jalali[r].parse::<u8>().unwrap();
        (n(11..13), n(14..16), n(17..19))
    }
}

/// Every line of a data file.
pub fn rows(data: &str) -> Vec<Row> {
    data.lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            let field = |name: &str| v[name].as_str().unwrap().to_owned();
            Row {
                library: field("library"),
                locale: field("locale"),
                format: field("format"),
                text: field("text"),
                jalali: field("jalali"),
            }
        })
        .collect()
}
