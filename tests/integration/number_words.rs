//! Persian number words against num2words (`fa`: everyday cardinals and
//! ordinals) and persiantools (`digits.to_word`: the formal style), as
//! `tools/gen_number_words.py` wrote them into `tests/data/number_words.csv`;
//! Dari's against ICU's `fa_AF` spellout rules (CLDR), as
//! `tools/gen_number_words_dari.py` wrote them into
//! `tests/data/number_words_dari.tsv`.

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

/// Dari's words are ICU's for `fa_AF` on every number of the file up to
/// the range's end, and read back; its ordinals take the Persian endings.
#[test]
fn dari_number_words_are_what_icu_writes() {
    use shamsi::format::Locale;
    use shamsi::words::read_cardinal;
    let data = include_str!("../data/number_words_dari.tsv");
    let mut rows = 0;
    let mut differ = 0;
    for line in data.lines().skip(1) {
        let [n, dari, persian] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("{line}");
        };
        let n: i64 = n.parse().unwrap();
        let Ok(words) = NumberWords::cardinal(n) else {
            assert!(n > NumberWords::MAX, "{n}");
            continue;
        };
        let words = words.with_locale(Locale::Dari).unwrap();
        assert_eq!(words.to_string(), dari, "{n}");
        // One style in Dari.
        assert_eq!(words.with_style(WordStyle::Formal).to_string(), dari, "{n}");
        assert_eq!(read_cardinal(dari), Some((n, dari.len())), "{dari}");
        differ += usize::from(dari != persian);
        rows += 1;
    }
    assert!(rows > 2_400 && differ > 900, "{rows} {differ}");
    let ordinal =
        |n| NumberWords::ordinal(n).unwrap().with_locale(Locale::Dari).unwrap().to_string();
    assert_eq!(ordinal(19), "نزدهم");
    assert_eq!(ordinal(3), "سوم");
    assert_eq!(ordinal(200), "دوصدم");
    // Back to Persian, and the locales without words.
    let back = NumberWords::cardinal(19).unwrap().with_locale(Locale::Dari).unwrap();
    assert_eq!(back.with_locale(Locale::Persian).unwrap().to_string(), "نوزده");
    for locale in [Locale::Pashto, Locale::Sorani, Locale::English, Locale::PersianLatin] {
        assert_eq!(
            NumberWords::cardinal(1).unwrap().with_locale(locale).unwrap_err().locale(),
            locale
        );
    }
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

/// Number words read back: every number of the reference data in both
/// styles, whole and followed by other words; what is no number refused.
#[test]
fn number_words_read_back() {
    use shamsi::words::read_cardinal;
    let data = include_str!("../data/number_words.csv");
    let mut rows = 0;
    for line in data.lines().skip(1) {
        let [n, everyday, formal, _] = line.split(',').collect::<Vec<_>>()[..] else {
            panic!("{line}");
        };
        let n: i64 = n.parse().unwrap();
        for text in [everyday, formal] {
            assert_eq!(read_cardinal(text), Some((n, text.len())), "{text}");
            let longer = format!("{text} ماه");
            assert_eq!(read_cardinal(&longer), Some((n, text.len())), "{longer}");
        }
        rows += 1;
    }
    assert!(rows > 4_000);
    for bad in ["", "ماه", "و یک", "هزاران", "یکم", "میلیون"] {
        assert_eq!(read_cardinal(bad), None, "{bad}");
    }
    // A word of a larger place after a smaller one ends the number.
    assert_eq!(read_cardinal("بیست و یازده"), Some((20, "بیست".len())));
    assert_eq!(read_cardinal("یازده و یک"), Some((11, "یازده".len())));
    assert_eq!(read_cardinal("هزار هزار"), Some((1000, "هزار".len())));
}

/// `%L`, the year in words, through the writer and the reader: with `%o`
/// and `%B` it writes a date as legal forms do and reads it back, on every
/// day of a leap year and at the range's ends.
#[test]
#[cfg(feature = "alloc")]
fn the_year_in_words_in_a_pattern() {
    use shamsi::format::{DateFormat, Locale};
    let f = DateFormat::new("%o %B ماه %L").unwrap().with_locale(Locale::Persian);
    let days = JalaliDate::new(1403, 1, 1).unwrap().iter_to(JalaliDate::new(1403, 12, 30).unwrap());
    for date in days.chain([JalaliDate::MIN, JalaliDate::MAX]) {
        let text = f.format(date);
        if date.day() < 21 {
            assert_eq!(text, date.in_words(WordStyle::Formal).to_string());
        }
        assert_eq!(f.parse(&text), Ok(date), "{text}");
    }
    // In Dari, Dari's words.
    let f = DateFormat::new("%o %B %L").unwrap().with_locale(Locale::Dari);
    let date = JalaliDate::new(1319, 2, 18).unwrap();
    assert_eq!(f.format(date), "هجدهم ثور یک هزار و سه\u{200c}صد و نزده");
    assert_eq!(f.parse(&f.format(date)), Ok(date));
    // The everyday style reads too; a year that is not the text's is refused.
    let f = DateFormat::new("%d/%m/%L").unwrap();
    assert_eq!(f.parse("06/11/هزار و چهارصد و دو"), Ok(JalaliDate::new(1402, 11, 6).unwrap()));
    assert!(f.parse("06/11/ماه").is_err());
    assert!(f.parse("06/11/").is_err());
}
