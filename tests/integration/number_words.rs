//! Persian number words against num2words (`fa`: everyday cardinals and
//! ordinals) and persiantools (`digits.to_word`: the formal style), as
//! `tools/gen_number_words.py` wrote them into `tests/data/number_words.csv`.

use shamsi::JalaliDate;
use shamsi::words::{NumberWords, WordStyle};

#[test]
fn number_words_are_what_num2words_and_persiantools_write() {
    let data = include_str!("../data/number_words.csv");
    let mut rows = 0;
    for line in data.lines().skip(1) {
        let [n, everyday, formal, ordinal] = line.split(',').collect::<Vec<_>>()[..] else {
            panic!("{line}");
        };
        let n: i64 = n.parse().unwrap();
        let words = NumberWords::cardinal(n).unwrap();
        assert_eq!(words.to_string(), everyday, "{n}");
        assert_eq!(words.with_style(WordStyle::Formal).to_string(), formal, "{n}");
        // The Academy's `سی‌ام` where num2words writes `سیم`.
        let ordinal = match ordinal.strip_suffix("سیم") {
            Some(head) => format!("{head}سی\u{200c}ام"),
            None => ordinal.to_string(),
        };
        assert_eq!(NumberWords::ordinal(n).unwrap().to_string(), ordinal, "{n}");
        rows += 1;
    }
    assert!(rows > 4_000, "{rows}");
}

#[test]
fn the_range_ends_at_the_trillions() {
    assert!(NumberWords::cardinal(NumberWords::MAX).is_ok());
    assert!(NumberWords::cardinal(-NumberWords::MAX).is_ok());
    for n in [NumberWords::MAX + 1, -NumberWords::MAX - 1, i64::MIN, i64::MAX] {
        assert_eq!(NumberWords::cardinal(n).unwrap_err().value(), n);
        assert_eq!(NumberWords::ordinal(n).unwrap_err().value(), n);
    }
}

/// A date in words is its day's ordinal, its month, `ماه` and its year's
/// cardinal, on every day of a leap year and at the range's ends.
#[test]
fn dates_in_words_are_their_parts_in_words() {
    let days = JalaliDate::new(1403, 1, 1).unwrap().iter_to(JalaliDate::new(1403, 12, 30).unwrap());
    for date in days.chain([JalaliDate::MIN, JalaliDate::MAX]) {
        for style in [WordStyle::Everyday, WordStyle::Formal] {
            let day = NumberWords::ordinal(date.day().into()).unwrap().with_style(style);
            let year = NumberWords::cardinal(date.year().into()).unwrap().with_style(style);
            let month = shamsi::names::JALALI_MONTHS_FA[usize::from(date.month_number() - 1)];
            assert_eq!(date.in_words(style).to_string(), format!("{day} {month} ماه {year}"));
        }
    }
}
