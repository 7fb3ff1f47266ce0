//! Golden output of the month calendar, `shamsi cal`, as piped (no
//! colour), plus its options and errors. The command's source is compiled
//! into this test.

use shamsi::{JalaliDate, Weekday};

use shamsi_cli::cal;

fn today() -> JalaliDate {
    JalaliDate::new(1404, 1, 1).unwrap()
}

fn run(args: &[&str]) -> Result<String, String> {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    cal::run(&args, today(), false, false)
}

#[test]
fn esfand_1403_has_30_days_and_starts_on_wednesday() {
    assert_eq!(JalaliDate::new(1403, 12, 1).unwrap().weekday(), Weekday::Wednesday);
    let want = concat!(
        "    Esfand 1403\n",
        "Sa Su Mo Tu We Th Fr*\n",
        "             1  2  3\n",
        " 4  5  6  7  8  9 10\n",
        "11 12 13 14 15 16 17\n",
        "18 19 20 21 22 23 24\n",
        "25 26 27 28 29 30\n",
        "\n",
    );
    assert_eq!(run(&["1403", "12"]).unwrap(), want);
}

#[test]
fn farvardin_1404_with_gregorian_days() {
    // 1 Farvardin 1404 is Friday 21 March 2025; 12 Farvardin is 1 April.
    let want = concat!(
        "             Farvardin 1404\n",
        "   Sa    Su    Mo    Tu    We    Th   Fr*\n",
        "                                     1 21\n",
        " 2 22  3 23  4 24  5 25  6 26  7 27  8 28\n",
        " 9 29 10 30 11 31 12  1 13  2 14  3 15  4\n",
        "16  5 17  6 18  7 19  8 20  9 21 10 22 11\n",
        "23 12 24 13 25 14 26 15 27 16 28 17 29 18\n",
        "30 19 31 20\n",
    );
    assert_eq!(run(&["-g", "1404", "1"]).unwrap(), want);
}

#[test]
fn persian_right_to_left() {
    let want = concat!(
        "    ۱۴۰۴ نیدرورف\n",
        "ج*  پ  چ  س  د  ی  ش\n",
        " ۱\n",
        " ۸  ۷  ۶  ۵  ۴  ۳  ۲\n",
        "۱۵ ۱۴ ۱۳ ۱۲ ۱۱ ۱۰  ۹\n",
        "۲۲ ۲۱ ۲۰ ۱۹ ۱۸ ۱۷ ۱۶\n",
        "۲۹ ۲۸ ۲۷ ۲۶ ۲۵ ۲۴ ۲۳\n",
        "               ۳۱ ۳۰\n",
    );
    assert_eq!(run(&["-p", "1404", "1"]).unwrap(), want);
}

#[test]
fn three_months_and_a_year() {
    let three = run(&["-3", "1404", "1"]).unwrap();
    assert!(
        three.starts_with("    Esfand 1403           Farvardin 1404        Ordibehesht 1404\n"),
        "{three}"
    );
    let year = run(&["-y", "1403"]).unwrap();
    for m in shamsi::Month::all() {
        assert!(year.contains(&format!("{} 1403", m.name())), "{m}");
    }
    // 30 Esfand 1403 stands in Esfand's column, in its week's row, under
    // its weekday (a Thursday).
    let lines: Vec<&str> = year.lines().collect();
    let header = lines.iter().position(|l| l.contains("Esfand 1403")).unwrap();
    let column = 23 * (lines[header].find("Esfand").unwrap() / 23);
    let first = JalaliDate::new(1403, 12, 1).unwrap().weekday().to_saturday_zero_offset();
    let last = JalaliDate::new(1403, 12, 30).unwrap().weekday().to_saturday_zero_offset();
    let row = lines[header + 2 + (usize::from(first) + 29) / 7];
    let at = column + 3 * usize::from(last);
    assert_eq!(row.get(at..at + 2), Some("30"), "{row:?}");
    // A year alone shows the whole year.
    assert_eq!(run(&["1403"]).unwrap(), year);
}

#[test]
fn colour_only_on_request() {
    let plain = run(&["1404", "1"]).unwrap();
    assert!(!plain.contains('\x1b'));
    let args: Vec<String> =
        ["--color", "always", "1404", "1"].iter().map(|s| s.to_string()).collect();
    let coloured = cal::run(&args, today(), false, false).unwrap();
    // Today reversed, Fridays red.
    assert!(coloured.contains("\x1b[7m 1\x1b[0m"), "{coloured}");
    assert!(coloured.contains("\x1b[31m 8\x1b[0m"), "{coloured}");
    // A terminal gets colour, unless NO_COLOR or --color never.
    let auto: Vec<String> = ["1404", "1"].iter().map(|s| s.to_string()).collect();
    assert!(cal::run(&auto, today(), true, false).unwrap().contains('\x1b'));
    assert!(!cal::run(&auto, today(), true, true).unwrap().contains('\x1b'));
    let never: Vec<String> =
        ["--color", "never", "1404", "1"].iter().map(|s| s.to_string()).collect();
    assert!(!cal::run(&never, today(), true, false).unwrap().contains('\x1b'));
}

#[test]
fn errors() {
    assert!(run(&["1404", "13"]).unwrap_err().contains("month 13 is out of range 1..=12"));
    assert!(run(&["99999", "1"]).unwrap_err().contains("year 99999 is out of range"));
    assert!(run(&["x"]).unwrap_err().contains("not a number"));
    assert!(run(&["--color", "sometimes"]).is_err());
    assert!(run(&["1", "2", "3"]).is_err());
}

/// The first month of the range is partial (it starts on 11 Dey -10621),
/// a negative year keeps its sign in Persian, and a month number out of
/// range is named.
#[test]
fn edges_of_the_range_and_bad_months() {
    let dey = run(&["-10621", "10"]).unwrap();
    let first = JalaliDate::MIN;
    assert_eq!((first.month_number(), first.day()), (10, 11));
    // The 11th sits in its weekday's column; days before it are blank.
    let column = usize::from(first.weekday().to_saturday_zero_offset());
    let row = dey.lines().skip(2).find(|l| l.contains(char::is_numeric)).unwrap();
    assert_eq!(row.get(column * 3..column * 3 + 2), Some("11"), "{dey}");
    assert!(!row[..column * 3].contains(char::is_numeric), "{dey}");
    assert!(run(&["-p", "-5", "1"]).unwrap().lines().next().unwrap().contains("-۵"));
    assert_eq!(run(&["1403", "256"]), Err("month 256 is out of range 1..=12".into()));
    assert_eq!(run(&["1403", "-1"]), Err("month -1 is out of range 1..=12".into()));
}

#[test]
fn persian_in_both_bidi_layouts() {
    // 1 Farvardin 1404 was a Friday: the last cell of the first week in
    // reading order, the first one in the pre-reversed layout.
    let logical = run(&["-p", "--bidi", "logical", "1404", "1"]).unwrap();
    let visual = run(&["-p", "1404", "1"]).unwrap();
    assert_eq!(visual, run(&["-p", "--bidi", "visual", "1404", "1"]).unwrap());
    assert!(logical.lines().all(|l| l.starts_with('\u{200F}')), "{logical}");
    assert!(!visual.contains('\u{200F}'));
    let cells = |line: &str| -> Vec<String> {
        let chars: Vec<char> = line.trim_start_matches('\u{200F}').chars().collect();
        chars.chunks(3).map(|c| c.iter().collect::<String>().trim().to_string()).collect()
    };
    let first_week = |text: &str| cells(text.lines().nth(2).unwrap());
    let week = first_week(&logical);
    assert_eq!(week.last().map(String::as_str), Some("۱"), "{week:?}");
    assert!(week[..week.len() - 1].iter().all(String::is_empty), "{week:?}");
    assert_eq!(first_week(&visual).first().map(String::as_str), Some("۱"));
    // The title in reading order, and pre-reversed.
    assert!(logical.lines().next().unwrap().contains("فروردین ۱۴۰۴"));
    assert!(visual.lines().next().unwrap().contains("۱۴۰۴ نیدرورف"));
    // The weekday header: Saturday first in reading order.
    assert_eq!(cells(logical.lines().nth(1).unwrap()).first().map(String::as_str), Some("ش"));
    assert!(run(&["-p", "--bidi", "sideways", "1404", "1"]).is_err());
}

#[test]
fn a_month_outside_the_range_is_an_error() {
    assert!(run(&["9378", "11"]).is_err());
    assert!(run(&["9378", "10"]).unwrap().contains("Dey 9378"));
    // In a wider view the months outside are marked.
    assert!(run(&["-3", "9378", "10"]).unwrap().contains("(out of range)"));
    assert!(run(&["-3", "9378", "11"]).is_err());
    assert!(run(&["-y", "9378"]).unwrap().contains("(out of range)"));
}

#[test]
fn help_lists_the_usage_every_option_and_examples() {
    for help in [&["-h"][..], &["--help"], &["1404", "--help"]] {
        let text = run(help).unwrap();
        assert!(text.starts_with("usage: shamsi cal "), "{text}");
        for option in ["-3", "-y", "-g", "-p", "--bidi visual|logical", "--color auto|always|never"]
        {
            assert!(text.contains(&format!("\n  {option}")), "{option}: {text}");
        }
        assert!(text.contains("\n  shamsi cal -3 1404 1"), "{text}");
    }
}

#[test]
fn option_values_negative_numbers_and_usage_errors() {
    // `--option=value` is `--option value`.
    assert_eq!(run(&["--color=always", "1404", "1"]), run(&["--color", "always", "1404", "1"]));
    let logical = run(&["-p", "--bidi", "logical", "1404", "1"]);
    assert_eq!(run(&["-p", "--bidi=logical", "1404", "1"]), logical);
    // A number with a minus sign is a year (or a month), not an option;
    // `-3` alone is the option.
    assert!(run(&["-5", "1"]).unwrap().starts_with("    Farvardin -5\n"));
    let three = run(&["-3", "-5", "1"]).unwrap();
    assert!(three.starts_with("     Esfand -6             Farvardin -5"), "{three}");
    // After `--` every argument is a number, `-3` too.
    assert!(run(&["--", "-3", "1"]).unwrap().starts_with("    Farvardin -3\n"));
    // Usage errors name the option or the argument.
    let cases: &[(&[&str], &str)] = &[
        (&["--bogus"], "unknown option --bogus\nusage: shamsi cal "),
        (&["-x"], "not a number: -x\nusage: shamsi cal "),
        (&["-3y", "1404"], "not a number: -3y"),
        (&["--bidi"], "--bidi takes visual or logical"),
        (&["--color"], "--color takes auto, always or never"),
        (&["--color=", "1404"], "--color takes auto, always or never"),
        (&["-p=1", "1404"], "not a number: -p=1"),
        (&["-99999999999"], "not a number: -99999999999"),
    ];
    for (args, message) in cases {
        let err = run(args).unwrap_err();
        assert!(err.starts_with(message), "{args:?}: {err}");
    }
}
