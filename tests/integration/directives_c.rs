//! The strftime directives users bring from C, Python and chrono: `%x %X %c
//! %D %r %h %C %n %t`, written as jdatetime 6.1.1 (`en`, C's forms) and
//! persiantools 6.2.0 (`fa`) print them for 1402-11-06 14:30:05 (their
//! output, copied from `strftime` by hand), and read back.
#![cfg(feature = "alloc")]

use shamsi::format::{DateFormat, DateTimeFormat, Digits, Locale};
use shamsi::{JalaliDate, Time};

#[test]
fn written_as_the_peers_write_them_and_read_back() {
    let date = JalaliDate::new(1402, 11, 6).unwrap();
    let dt = date.at(Time::new(14, 30, 5).unwrap());
    let cases = [
        // jdatetime: `%x` 11/06/02, `%X` 14:30:05, `%c` Fri Bah 06 14:30:05 1402.
        (Locale::English, "%x", "11/06/02"),
        (Locale::English, "%X", "14:30:05"),
        (Locale::English, "%c", "Fri Bah 06 14:30:05 1402"),
        // persiantools, `fa`: ۰۲/۱۱/۰۶, ۱۴:۳۰:۰۵, جمعه ۰۶ بهمن ۱۴۰۲ ۱۴:۳۰:۰۵.
        (Locale::Persian, "%x", "۰۲/۱۱/۰۶"),
        (Locale::Persian, "%X", "۱۴:۳۰:۰۵"),
        (Locale::Persian, "%c", "جمعه ۰۶ بهمن ۱۴۰۲ ۱۴:۳۰:۰۵"),
        // C's: the same in every locale.
        (Locale::English, "%D", "11/06/02"),
        (Locale::English, "%r", "02:30:05 PM"),
        (Locale::English, "%h", "Bah"),
        (Locale::English, "%C", "14"),
        (Locale::English, "%d%n%m%t%Y", "06\n11\t1402"),
    ];
    for (locale, pattern, want) in cases {
        let f = DateTimeFormat::new(pattern).unwrap().with_locale(locale);
        assert_eq!(f.format(dt), want, "{pattern} {locale:?}");
    }
    // What carries a whole date reads back; `%y` takes a pivot, `%C%y` none.
    for (locale, pattern) in [
        (Locale::English, "%x"),
        (Locale::Persian, "%x"),
        (Locale::English, "%D"),
        (Locale::English, "%C%y/%m/%d"),
        (Locale::Persian, "%h %d, %C%y"),
    ] {
        let f = DateFormat::new(pattern).unwrap().with_locale(locale).with_pivot(1419);
        assert_eq!(f.parse(&f.format(date)), Ok(date), "{pattern} {locale:?}");
    }
    let f = DateFormat::new("%C%y-%m-%d").unwrap();
    assert_eq!(f.parse("1402-11-06"), Ok(date));
    assert!(f.parse("1502-11-06").is_ok_and(|d| d.year() == 1502));
    for (locale, pattern) in
        [(Locale::English, "%c"), (Locale::Persian, "%c"), (Locale::Persian, "%x %r")]
    {
        let f = DateTimeFormat::new(pattern).unwrap().with_locale(locale).with_pivot(1419);
        assert_eq!(f.parse(&f.format(dt)), Ok(dt), "{pattern} {locale:?}");
    }
    // A time directive in a date pattern is refused when the format is made.
    assert!(DateFormat::new("%X").is_err());
    assert!(DateFormat::new("%c").is_err());
    assert!(DateFormat::new("%r").is_err());
}

/// `%C` reads back what it writes over the whole range, negative years
/// included (`-001` for −50), glued to `%y` or not.
#[test]
fn century_reads_back_everywhere() {
    let f = DateFormat::new("%C%y/%m/%d").unwrap();
    let g = DateFormat::new("%C %y %m %d").unwrap();
    let (lo, hi) = (JalaliDate::MIN.to_day_number(), JalaliDate::MAX.to_day_number());
    let mut n = lo;
    while n <= hi {
        let d = JalaliDate::from_day_number(n).unwrap();
        assert_eq!(f.parse(&f.format(d)), Ok(d), "{}", f.format(d));
        assert_eq!(g.parse(&g.format(d)), Ok(d), "{}", g.format(d));
        n += 997;
    }
    let d = JalaliDate::new(-50, 1, 1).unwrap();
    assert_eq!(f.format(d), "-00150/01/01");
}

/// An unpadded number glued to padded ones leaves them their digits, as
/// strptime's backtracking does: what `%-m%y` and `%-d%m%Y` write reads
/// back (fuzz findings: `۰۹-۱۰۴` with `%d-%-m%y`, `۰۹-۵۹۰۰۵` with `%m-%-e%Y`;
/// `اسد ۱۵ ۶` with `%B %-y%e`, where the day's padding space ends the
/// year's digits).
#[test]
fn unpadded_glued_numbers_read_back() {
    // The last two glue an unpadded number to text that begins with
    // digits, which it leaves to the text (a fuzz finding).
    let patterns = [
        "%d-%-m%y",
        "%-d%m%Y",
        "%-m%d%y",
        "%m-%-e%Y",
        "%-y%j22",
        "%-d7%m%Y",
        "%B %-y%e",
        "%-d%e%m%Y",
        "%-m%e/%Y",
        "%-d%m%e%Y",
    ];
    for pattern in patterns {
        for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
            let f = DateFormat::new(pattern).unwrap().with_pivot(1419).with_digits(digits);
            let dates = [(1404, 1, 9), (1402, 11, 6), (1403, 12, 30), (1404, 10, 1), (1415, 5, 6)];
            for (y, m, d) in dates {
                let date = JalaliDate::new(y, m, d).unwrap();
                let written = f.format(date);
                assert_eq!(f.parse(&written), Ok(date), "{pattern} {written}");
            }
        }
    }
}
