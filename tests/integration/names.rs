//! The name tables of `shamsi::names` against the reference spellings in
//! `tests/data/names.json`.

use serde_json::Value;
use shamsi::names;

const NAMES: &str = include_str!("../data/names.json");

fn list(data: &Value, key: &str) -> Vec<String> {
    data[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is a list"))
        .iter()
        .map(|v| v.as_str().expect("a string").to_owned())
        .collect()
}

#[test]
fn tables_match_the_reference() {
    let data: Value = serde_json::from_str(NAMES).expect("JSON");
    let cases: [(&str, &[&str]); 13] = [
        ("jalali_months_fa", &names::JALALI_MONTHS_FA),
        ("jalali_months_dari", &names::JALALI_MONTHS_DARI),
        ("jalali_months_pashto", &names::JALALI_MONTHS_PASHTO),
        ("jalali_months_kurdish_sorani", &names::JALALI_MONTHS_SORANI),
        ("jalali_months_en", &names::JALALI_MONTHS_EN),
        ("jalali_months_en_abbr_jdatetime", &names::JALALI_MONTHS_EN_ABBR),
        ("weekdays_fa_saturday_first", &names::WEEKDAYS_FA),
        ("weekdays_icu_fa_narrow", &names::WEEKDAYS_FA_NARROW),
        ("weekdays_icu_ckb_IR", &names::WEEKDAYS_SORANI),
        ("weekdays_en_jdatetime", &names::WEEKDAYS_EN),
        ("weekdays_en_persiantools", &names::WEEKDAYS_FA_LATN),
        ("gregorian_months_fa_IR", &names::GREGORIAN_MONTHS_FA),
        ("gregorian_months_fa_AF", &names::GREGORIAN_MONTHS_AF),
    ];
    for (key, table) in cases {
        assert_eq!(list(&data, key), table, "{key}");
    }
    assert_eq!(list(&data, "qamari_months_fa_icu"), names::LUNAR_HIJRI_MONTHS_FA);
    assert_eq!(data["era_strings_icu"]["fa-IR short"].as_str(), Some("۱۴۰۲ ه\u{200d}.ش."));
    assert!(
        data["era_strings_icu"]["fa-IR short"]
            .as_str()
            .unwrap()
            .ends_with(names::ERA_SOLAR_HIJRI_FA)
    );
    assert!(
        data["era_strings_icu"]["en-u-ca-persian short"]
            .as_str()
            .unwrap()
            .ends_with(names::ERA_SOLAR_HIJRI_EN)
    );
    assert!(
        data["era_strings_icu"]["fa-IR-u-ca-gregory short"]
            .as_str()
            .unwrap()
            .ends_with(names::ERA_GREGORIAN_FA)
    );
}

#[test]
fn ordinals_follow_the_reference() {
    let data: Value = serde_json::from_str(NAMES).expect("JSON");
    let listed = list(&data, "ordinal_days");
    // The reference gives 1..=20 (with variants after a slash), then the
    // compounds by example.
    for (i, entry) in listed.iter().take(20).enumerate() {
        let first = entry.split('/').next().unwrap();
        assert_eq!(first, names::ORDINALS_FA[i], "day {}", i + 1);
    }
    assert!(listed[20].starts_with(names::ORDINALS_FA[20]));
    assert!(listed[21].starts_with(names::ORDINALS_FA[29]));
    assert!(listed[22].starts_with(names::ORDINALS_FA[30]));
}

#[test]
fn weekday_names_carry_the_zwnj() {
    assert!(names::WEEKDAYS_FA[3].contains('\u{200c}'));
    assert!(names::WEEKDAYS_FA[5].contains('\u{200c}'));
    assert!(names::WEEKDAYS_FA.iter().filter(|n| n.contains('\u{200c}')).count() == 2);
}

/// A word that merely begins like a month or weekday name (`بهمنی`,
/// `مهران`, `دیروز`, `Fridays`) is not that name, in the lenient reader and
/// in extraction, for every name of the tables.
#[test]
fn words_beginning_like_a_name_are_not_one() {
    use shamsi::parse::{mentions, parse_lenient};
    let arabic_script = ["ی", "ان", "ها", "روز", "ای", "گان"];
    let latin = ["s", "i", "an", "er"];
    let suffixes = |name: &str| {
        if name.is_ascii() { &latin[..] } else { &arabic_script[..] }
    };
    let months: [&[&str; 12]; 9] = [
        &names::JALALI_MONTHS_FA,
        &names::JALALI_MONTHS_DARI,
        &names::JALALI_MONTHS_PASHTO,
        &names::JALALI_MONTHS_EN,
        &names::JALALI_MONTHS_EN_ABBR,
        &names::JALALI_MONTHS_FA_ABBR,
        &names::GREGORIAN_MONTHS_FA,
        &names::GREGORIAN_MONTHS_AF,
        &names::GREGORIAN_MONTHS_EN,
    ];
    let mut checked = 0;
    for name in months.iter().flat_map(|t| t.iter()) {
        for suffix in suffixes(name) {
            // After `ه`, `ی` is the ezafe (`ژانویه‌ی`, its non-joiner often
            // left out): the name itself, read (tests/lenient_forms.rs).
            if *suffix == "ی" && name.ends_with(['ه', 'ە', 'ة', 'ۀ', 'ھ', 'ہ']) {
                continue;
            }
            let word = format!("{name}{suffix}");
            for text in
                [format!("۶ {word} ۱۴۰۲"), format!("{word} ۶, ۱۴۰۲"), format!("{word} ۱۴۰۲")]
            {
                assert!(parse_lenient(&text).is_err(), "{text:?}: {:?}", parse_lenient(&text));
                let found: Vec<_> = mentions(&text).collect();
                assert!(found.is_empty(), "{text:?}: {found:?}");
            }
            checked += 1;
        }
    }
    // Sorani takes the ezafe `ی` glued on (`ڕێبەندانی`), and nothing else.
    for name in names::JALALI_MONTHS_SORANI.iter().chain(&names::GREGORIAN_MONTHS_SORANI) {
        assert!(parse_lenient(&format!("٦ی {name}ی ١٤٠٢")).is_ok(), "{name}");
        for suffix in ["ان", "ها", "روز"] {
            let text = format!("٦ {name}{suffix} ١٤٠٢");
            assert!(parse_lenient(&text).is_err(), "{text:?}");
            assert_eq!(mentions(&text).count(), 0, "{text:?}");
            checked += 1;
        }
    }
    let weekdays: [&[&str; 7]; 6] = [
        &names::WEEKDAYS_FA,
        &names::WEEKDAYS_PASHTO,
        &names::WEEKDAYS_SORANI,
        &names::WEEKDAYS_EN,
        &names::WEEKDAYS_FA_LATN,
        &names::WEEKDAYS_EN_ABBR,
    ];
    for name in weekdays.iter().flat_map(|t| t.iter()) {
        // `Tue` + `s` is a spelling of its own.
        // After `ه`, `ی` is the ezafe: the weekday itself.
        let ezafe = |s: &str| s == "ی" && name.ends_with(['ه', 'ە', 'ة', 'ۀ', 'ھ', 'ہ']);
        for suffix in
            suffixes(name).iter().filter(|&&s| format!("{name}{s}") != "Tues" && !ezafe(s))
        {
            let text = format!("{name}{suffix} ۶ بهمن ۱۴۰۲");
            assert!(parse_lenient(&text).is_err(), "{text:?}");
            let found: Vec<_> = mentions(&text).collect();
            assert_eq!(found.len(), 1, "{text:?}");
            assert_eq!(found[0].weekday(), None, "{text:?}");
            checked += 1;
        }
    }
    assert!(checked > 700, "{checked}");
}
