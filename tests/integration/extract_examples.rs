//! Date extraction against `tests/data/extract_examples.jsonl`: every
//! expected mention must be found with its calendar, fields and exact byte
//! span, and nothing else may be reported.

use serde_json::Value;
use shamsi::Calendar;
use shamsi::parse::{Mention, mentions};

const PARAGRAPHS: &str = include_str!("../data/extract_examples.jsonl");

fn calendar_name(c: Calendar) -> &'static str {
    match c {
        Calendar::Jalali => "jalali",
        Calendar::Gregorian => "gregorian",
        Calendar::LunarHijri => "hijri_qamari",
        _ => "other",
    }
}

fn same(found: &Mention<'_>, want: &Value) -> bool {
    let num = |k: &str| want.get(k).and_then(Value::as_i64);
    found.start() as i64 == want["start_byte"].as_i64().unwrap_or(-1)
        && found.end() as i64 == want["end_byte"].as_i64().unwrap_or(-1)
        && calendar_name(found.calendar()) == want["calendar"].as_str().unwrap_or("")
        && found.year().map(i64::from) == num("year")
        && Some(i64::from(found.month())) == num("month")
        && found.day().map(i64::from) == num("day")
}

#[test]
fn extract_examples() {
    let mut problems = Vec::new();
    let (mut paragraphs, mut weekdays) = (0, 0);
    let (mut right, mut missed, mut extra) = (0u32, 0u32, 0u32);
    for line in PARAGRAPHS.lines().filter(|l| !l.trim().is_empty()) {
        paragraphs += 1;
        let p: Value = serde_json::from_str(line).expect("a JSON line");
        let text = p["text"].as_str().expect("text");
        let id = &p["id"];
        let found: Vec<Mention<'_>> = mentions(text).collect();
        let mut want: Vec<&Value> = p["mentions"].as_array().expect("mentions").iter().collect();
        want.extend(p["partial_mentions"].as_array().into_iter().flatten());
        for w in &want {
            if found.iter().any(|f| same(f, w)) {
                right += 1;
            } else {
                missed += 1;
                problems.push(format!("paragraph {id}: missed {w}"));
            }
        }
        for f in &found {
            if !want.iter().any(|w| same(f, w)) {
                extra += 1;
                problems.push(format!("paragraph {id}: reported {f:?} {:?}", f.as_str()));
            }
            if let (Some(g), Some(w)) = (f.gregorian(), want.iter().find(|w| same(f, w))) {
                if let Some(iso) = w.get("gregorian").and_then(Value::as_str) {
                    if g.to_string() != iso {
                        problems.push(format!("paragraph {id}: {f:?} converts to {g}, want {iso}"));
                    }
                }
            }
            if let (Some(j), Some(w)) = (f.jalali(), want.iter().find(|w| same(f, w))) {
                if let Some(iso) = w.get("jalali").and_then(Value::as_str) {
                    if j.to_string() != iso {
                        problems.push(format!("paragraph {id}: {f:?} converts to {j}, want {iso}"));
                    }
                }
                // The weekday the data gives for the date.
                if let Some(name) = w.get("weekday").and_then(Value::as_str) {
                    weekdays += 1;
                    if !j.weekday().name().eq_ignore_ascii_case(name) {
                        problems.push(format!(
                            "paragraph {id}: {f:?} is a {}, want {name}",
                            j.weekday()
                        ));
                    }
                }
            }
        }
    }
    for p in &problems {
        println!("{p}");
    }
    let f1 = f64::from(2 * right) / f64::from(2 * right + missed + extra);
    println!("{right} mentions found, {missed} missed, {extra} extra: F1 {f1:.3}");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert_eq!(paragraphs, 16);
    assert!(weekdays > 0);
}

#[test]
fn pairs() {
    let text = "کارمندان سفارت باید تا ٢۶ ژانویه ٢٠٢۴ (۶ بهمن ماه ١۴٠٢) به محل کار خویش بازگردند";
    let found: Vec<_> = mentions(text).collect();
    assert_eq!(found.len(), 2);
    let (a, b) = (found[0].pair().unwrap(), found[1].pair().unwrap());
    assert!(a.agrees && b.agrees);
    assert_eq!(a.start..a.end, found[1].span());
    assert_eq!(b.start..b.end, found[0].span());

    // Side by side but a day apart: paired, flagged.
    let found: Vec<_> = mentions("۲۳ اسفند ۱۴۰۰ مطابق با 15 March 2022").collect();
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].pair().map(|p| p.agrees), Some(false));

    // Two Solar Hijri dates side by side are not a pair.
    let found: Vec<_> = mentions("16 اسد 1397 - ۱۵ اسد ۱۳۹۷").collect();
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|m| m.pair().is_none()));

    // Too far apart: not a pair.
    let text = "۲۳ اسفند ۱۴۰۰ جلسه برگزار شد و گزارش آن در 14 March 2022 منتشر شد";
    assert!(mentions(text).all(|m| m.pair().is_none()));
}

#[test]
fn look_alikes() {
    for text in [
        "ساعت ۱۰:۳۰ تا ۱۴:۲۸",
        "نسخه 1.4.2 و 2.10.3",
        "نسبت ۳/۴ و ۱۲/۵",
        "کد خبر: ۳۹۸۰۵۰ و شماره پرونده ۱۴۰۲/۱۲۳۴۵",
        "شماره ۱۴۰۲/۱۱/۰۶/۷۸",
        "تلفن ۰۲۱-۸۸۷۷-۶۶۵۵",
        "در سال ۱۴۰۰ و ماه آینده",
        "۳دقیقه و ۲۶ثانیه",
        "میزان تورم ۴۰ درصد",
        "192.168.1.1",
    ] {
        let found: Vec<_> = mentions(text).map(|m| m.as_str().to_owned()).collect();
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn spans_are_char_boundaries() {
    let text = "ﻳﻜﺸﻨﺒﻪ 7ﺧﺮﺩﺍﺩ 1396 و ﻻ ۲۸ﻣﻰ 2017";
    for m in mentions(text) {
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
        assert_eq!(&text[m.span()], m.as_str());
    }
    let found: Vec<_> = mentions(text).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].jalali().map(|d| d.to_string()), Some("1396-03-07".into()));
}

/// A weekday written before a mention is read whole (`سه شنبه`, not
/// `شنبه`) and checked against the date; one further away is not taken.
#[test]
fn written_weekdays() {
    use shamsi::Weekday::*;
    // (text, the weekday read, whether it agrees)
    let cases = [
        ("جمعه ۶ بهمن ۱۴۰۲", Some(Friday), Some(true)),
        ("روز جمعه، ۶ بهمن ماه ١۴٠٢", Some(Friday), Some(true)),
        ("پنجشنبه ۶ بهمن ۱۴۰۲", Some(Thursday), Some(false)),
        ("پنج شنبه ۵ بهمن ۱۴۰۲", Some(Thursday), Some(true)),
        ("سه‌شنبه ۱۰ بهمن ۱۴۰۲", Some(Tuesday), Some(true)),
        ("سه شنبه ۱۰ بهمن ۱۴۰۲", Some(Tuesday), Some(true)),
        ("سه شنبه ۱۰ بهمن ۱۴۰۲", Some(Tuesday), Some(true)),
        ("يكشنبه ۸ بهمن ۱۴۰۲", Some(Sunday), Some(true)),
        ("شنبه ۷ بهمن ۱۴۰۲", Some(Saturday), Some(true)),
        ("Friday, 26 January 2024", Some(Friday), Some(true)),
        ("Monday 26 January 2024", Some(Monday), Some(false)),
        ("جمعه ۶ بهمن", Some(Friday), None),
        ("در ۶ بهمن ۱۴۰۲", None, None),
        ("جمعه گذشته، در ۶ بهمن ۱۴۰۲", None, None),
        ("آدینه‌جمعه ۶ بهمن ۱۴۰۲", None, None),
    ];
    for (text, weekday, agrees) in cases {
        let m = mentions(text).next().unwrap_or_else(|| panic!("{text}: no mention"));
        assert_eq!((m.weekday(), m.weekday_agrees()), (weekday, agrees), "{text}");
        if let Some(start) = m.weekday_start() {
            assert!(start < m.start() && text.is_char_boundary(start), "{text}");
        }
    }
}

/// A date that does not exist is not reported, and neither is a date read
/// from inside it.
#[test]
fn nothing_inside_a_date_that_does_not_exist() {
    for text in [
        "سی و یکم مهر ۱۴۰۲",
        "سی و دوم بهمن ۱۴۰۲",
        "۳۱ بهمن ماه ۱۴۰۲",
        "۳۱ بهمن ۱۴۰۲",
        "۳۰ اسفند ۱۴۰۴",
        "31 April 2024",
        "1402/12/30",
    ] {
        let found: Vec<_> = mentions(text).map(|m| m.as_str().to_owned()).collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // The next date after one that does not exist is still found.
    let found: Vec<_> = mentions("۳۱ بهمن ۱۴۰۲ یا ۳۰ بهمن ۱۴۰۲").map(|m| m.as_str()).collect();
    assert_eq!(found, ["۳۰ بهمن ۱۴۰۲"]);
}
