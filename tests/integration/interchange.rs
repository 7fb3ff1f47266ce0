//! Strings that other systems write, read into every type of the crate
//! through `FromStr` and through serde: none may be read as another instant
//! or date. The corpus: what JavaScript (`Date`, Temporal) and Python's
//! `datetime` wrote (`tests/peers/generate_interchange.{mjs,py}`, into
//! `tests/data/interchange_*.jsonl`), and what jiff, chrono and time write,
//! made here. Every reading is counted as right, refused, or wrong; wrong
//! must be zero. One reading is a documented convention, not a meaning of
//! the string: a bare `YYYY-MM-DD` before the year 1700 given to a Jalali
//! type's `FromStr` is read as Jalali fields (see the crate's "Strings and
//! interchange"); those are counted apart and checked to be exactly that.
#![cfg(all(feature = "serde", feature = "std"))]

use std::collections::BTreeMap;

use shamsi::{GregorianDate, GregorianDateTime, JalaliDate, JalaliDateTime, Zoned};

/// What a string means.
#[derive(Clone, Debug)]
enum Meaning {
    Instant(i128),
    /// A wall-clock date-time; `None` outside the crate's range.
    Civil(Option<GregorianDateTime>),
    /// A date; `None` outside the crate's range.
    Date(Option<GregorianDate>),
}

#[derive(Clone, Debug)]
struct Sample {
    system: String,
    method: String,
    text: String,
    meaning: Meaning,
}

/// `YYYY-MM-DDTHH:MM:SS.fffffffff` (with a sign and six year digits out
/// of 0..=9999), or `None` outside the crate's range.
fn civil(iso: &str) -> Option<GregorianDateTime> {
    iso.parse().ok()
}

fn load(file: &str) -> Vec<Sample> {
    let path = format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let Some(kind) = v["kind"].as_str() else { continue };
        let meaning = match kind {
            "instant" => Meaning::Instant(v["unix_ns"].as_str().unwrap().parse().unwrap()),
            "civil" => Meaning::Civil(civil(v["iso"].as_str().unwrap())),
            "date" => Meaning::Date(v["date"].as_str().unwrap().parse().ok()),
            other => panic!("kind {other}"),
        };
        out.push(Sample {
            system: v["system"].as_str().unwrap().into(),
            method: v["method"].as_str().unwrap().into(),
            text: v["text"].as_str().unwrap().into(),
            meaning,
        });
    }
    assert!(out.len() > 1000, "{file} holds {} strings", out.len());
    out
}

/// What jiff, chrono and time write for a spread of instants.
fn rust_peers() -> Vec<Sample> {
    let mut out = Vec::new();
    let mut push = |system: &str, method: &str, text: String, meaning: Meaning| {
        out.push(Sample { system: system.into(), method: method.into(), text, meaning });
    };
    let tehran = jiff::tz::TimeZone::get("Asia/Tehran").unwrap();
    let york = jiff::tz::TimeZone::get("America/New_York").unwrap();
    let mut seconds =
        vec![0i64, 1_706_266_800, 1_711_045_800, -1, 253_402_300_799, -11_676_096_000];
    let mut x = 0x1402_1106u64;
    for _ in 0..200 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        seconds.push((x % 12_000_000_000) as i64 - 5_000_000_000);
    }
    for (i, s) in seconds.into_iter().enumerate() {
        let nanos = if i % 3 == 0 { 0 } else { (i as i32 * 7_919_111) % 1_000_000_000 };
        let ns = i128::from(s) * 1_000_000_000 + i128::from(nanos);
        let Ok(ts) = jiff::Timestamp::new(s, nanos) else { continue };
        push("jiff", "Timestamp Display", ts.to_string(), Meaning::Instant(ns));
        for zone in [&tehran, &york, &jiff::tz::TimeZone::UTC] {
            let z = ts.to_zoned(zone.clone());
            push("jiff", "Zoned Display", z.to_string(), Meaning::Instant(ns));
            let dt = z.datetime();
            let g = GregorianDate::new(i32::from(dt.year()), dt.month() as u8, dt.day() as u8)
                .unwrap()
                .at(shamsi::Time::new_with_nanos(
                    dt.hour() as u8,
                    dt.minute() as u8,
                    dt.second() as u8,
                    dt.subsec_nanosecond() as u32,
                )
                .unwrap());
            push("jiff", "civil::DateTime Display", dt.to_string(), Meaning::Civil(Some(g)));
            push(
                "jiff",
                "civil::Date Display",
                dt.date().to_string(),
                Meaning::Date(Some(g.date())),
            );
        }
        let c = chrono::DateTime::from_timestamp(s, nanos as u32).unwrap();
        push("chrono", "DateTime<Utc> Display", c.to_string(), Meaning::Instant(ns));
        push("chrono", "DateTime<Utc>::to_rfc3339", c.to_rfc3339(), Meaning::Instant(ns));
        let fixed = c.with_timezone(&chrono::FixedOffset::east_opt(12_600).unwrap());
        push("chrono", "DateTime<FixedOffset> Display", fixed.to_string(), Meaning::Instant(ns));
        push(
            "chrono",
            "DateTime<FixedOffset>::to_rfc3339",
            fixed.to_rfc3339(),
            Meaning::Instant(ns),
        );
        let naive = fixed.naive_local();
        let g = civil(&naive.format("%Y-%m-%dT%H:%M:%S%.9f").to_string());
        push("chrono", "NaiveDateTime Display", naive.to_string(), Meaning::Civil(g));
        push(
            "chrono",
            "NaiveDate Display",
            naive.date().to_string(),
            Meaning::Date(g.map(|g| g.date())),
        );
        if let Ok(t) = time::OffsetDateTime::from_unix_timestamp_nanos(ns) {
            let t = t.to_offset(time::UtcOffset::from_hms(3, 30, 0).unwrap());
            use time::format_description::well_known::{Iso8601, Rfc3339};
            if let Ok(text) = t.format(&Rfc3339) {
                push("time", "Zoned Rfc3339", text, Meaning::Instant(ns));
            }
            push(
                "time",
                "Zoned Iso8601",
                t.format(&Iso8601::DEFAULT).unwrap(),
                Meaning::Instant(ns),
            );
            push("time", "Zoned Display", t.to_string(), Meaning::Instant(ns));
            let g = civil(&format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second(),
                t.nanosecond()
            ));
            push(
                "time",
                "PrimitiveDateTime Display",
                t.date().with_time(t.time()).to_string(),
                Meaning::Civil(g),
            );
            push("time", "Date Display", t.date().to_string(), Meaning::Date(g.map(|g| g.date())));
        }
    }
    out
}

/// How one reading went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Right,
    Refused,
    /// The documented convention of a Jalali type's `FromStr` on a bare
    /// date before 1700, checked to be that reading.
    Convention,
    Wrong,
}

/// Whether a value read from `sample` is right, and whether a reading is
/// the documented convention.
fn judge<T>(
    sample: &Sample,
    read: Result<T, String>,
    right: impl Fn(&T) -> bool,
    convention: impl Fn(&T) -> bool,
) -> Outcome {
    match read {
        Err(_) => Outcome::Refused,
        Ok(v) if right(&v) => Outcome::Right,
        Ok(v) if !sample.text.contains('[') && convention(&v) => Outcome::Convention,
        Ok(_) => Outcome::Wrong,
    }
}

/// The bare fields of a text read as Jalali, if it starts with `YYYY-MM-DD`
/// before 1700.
fn jalali_convention(text: &str) -> Option<JalaliDate> {
    let fields = text.get(..10)?;
    let year: i32 = fields.get(..4)?.parse().ok()?;
    if year >= 1700 {
        return None;
    }
    JalaliDate::parse_jalali(fields).ok()
}

fn json(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

#[test]
fn no_string_from_another_system_is_misread() {
    let mut samples = load("interchange_node.jsonl");
    samples.extend(load("interchange_python.jsonl"));
    samples.extend(rust_peers());
    let mut tally: BTreeMap<(String, &str, &str, Outcome), usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    for s in &samples {
        let text = s.text.as_str();
        let instant = |t: &Zoned| matches!(s.meaning, Meaning::Instant(n) if n == t.unix_nanos());
        let civil = |g: GregorianDateTime| matches!(s.meaning, Meaning::Civil(Some(c)) if c == g);
        let date = |g: GregorianDate| matches!(s.meaning, Meaning::Date(Some(d)) if d == g);
        let jalali_date = |d: JalaliDate| jalali_convention(text) == Some(d);
        let jalali_civil = |dt: &JalaliDateTime| {
            jalali_convention(text) == Some(dt.date()) && text.contains(&dt.time().to_string()[..5])
        };
        let readings: Vec<(&str, &str, Outcome)> = vec![
            (
                "Zoned",
                "FromStr",
                judge(s, text.parse::<Zoned>().map_err(|e| e.to_string()), instant, |_| false),
            ),
            (
                "Zoned",
                "serde",
                judge(
                    s,
                    serde_json::from_str::<Zoned>(&json(text)).map_err(|e| e.to_string()),
                    instant,
                    |_| false,
                ),
            ),
            (
                "GregorianDateTime",
                "FromStr",
                judge(
                    s,
                    text.parse::<GregorianDateTime>().map_err(|e| e.to_string()),
                    |g| civil(*g),
                    |_| false,
                ),
            ),
            (
                "GregorianDateTime",
                "serde",
                judge(
                    s,
                    serde_json::from_str::<GregorianDateTime>(&json(text))
                        .map_err(|e| e.to_string()),
                    |g| civil(*g),
                    |_| false,
                ),
            ),
            (
                "JalaliDateTime",
                "FromStr",
                judge(
                    s,
                    text.parse::<JalaliDateTime>().map_err(|e| e.to_string()),
                    |j| civil(j.to_gregorian()),
                    jalali_civil,
                ),
            ),
            (
                "JalaliDateTime",
                "serde",
                judge(
                    s,
                    serde_json::from_str::<JalaliDateTime>(&json(text)).map_err(|e| e.to_string()),
                    |j| civil(j.to_gregorian()),
                    |_| false,
                ),
            ),
            (
                "GregorianDate",
                "FromStr",
                judge(
                    s,
                    text.parse::<GregorianDate>().map_err(|e| e.to_string()),
                    |g| date(*g),
                    |_| false,
                ),
            ),
            (
                "GregorianDate",
                "serde",
                judge(
                    s,
                    serde_json::from_str::<GregorianDate>(&json(text)).map_err(|e| e.to_string()),
                    |g| date(*g),
                    |_| false,
                ),
            ),
            (
                "JalaliDate",
                "FromStr",
                judge(
                    s,
                    text.parse::<JalaliDate>().map_err(|e| e.to_string()),
                    |j| date(j.to_gregorian()),
                    |j| jalali_date(*j),
                ),
            ),
            (
                "JalaliDate",
                "serde",
                judge(
                    s,
                    serde_json::from_str::<JalaliDate>(&json(text)).map_err(|e| e.to_string()),
                    |j| date(j.to_gregorian()),
                    |_| false,
                ),
            ),
        ];
        for (ty, path, outcome) in readings {
            *tally.entry((s.system.clone(), ty, path, outcome)).or_default() += 1;
            if outcome == Outcome::Wrong {
                wrong.push(format!("{ty} {path} misread {:?} ({} {})", s.text, s.system, s.method));
            }
        }
    }
    // The counts, for the record (`cargo test --test interchange -- --nocapture`).
    for ((system, ty, path, outcome), n) in &tally {
        println!("{system:7} {ty:18} {path:8} {outcome:?}: {n}");
    }
    assert!(
        wrong.is_empty(),
        "{} misread:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(40)].join("\n")
    );
    // The instant type reads every instant that is in its range.
    let instants = samples.iter().filter(|s| matches!(s.meaning, Meaning::Instant(_))).count();
    let read: usize = tally
        .iter()
        .filter(|((_, ty, path, o), _)| {
            *ty == "Zoned" && *path == "FromStr" && *o == Outcome::Right
        })
        .map(|(_, n)| n)
        .sum();
    assert!(read * 100 >= instants * 97, "{read} of {instants} instants read");
}

/// What this crate writes for machines is read right by the other systems
/// that read it (jiff here; Node and Python refuse the annotations) and by
/// the crate itself.
#[test]
fn what_the_crate_writes_reads_right_elsewhere() {
    for s in [0i64, 1_706_266_800, -11_676_096_000, 253_402_200_000] {
        for zone in [
            shamsi::zone::TimeZone::Iran,
            shamsi::zone::TimeZone::Afghanistan,
            shamsi::zone::TimeZone::Fixed(shamsi::Offset::UTC),
        ] {
            // The last second of 9999 is beyond the range east of UTC.
            let Ok(t) = Zoned::from_unix_seconds_in_zone(s, zone) else { continue };
            let text = t.to_string();
            let z: jiff::Zoned = text.parse().unwrap();
            assert_eq!(z.timestamp().as_second(), s, "{text}");
            let ts: jiff::Timestamp = text.parse().unwrap();
            assert_eq!(ts.as_second(), s, "{text}");
            assert_eq!(text.parse::<Zoned>().unwrap(), t);
            let rfc = t.rfc3339().to_string();
            // chrono refuses an offset with seconds (mean time before 1935), as
            // RFC 3339 has no place for them; whatever it reads is right.
            if let Ok(c) = chrono::DateTime::parse_from_rfc3339(&rfc) {
                assert_eq!(c.timestamp(), s, "{rfc}");
            }
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            let date = t.date();
            let jd: jiff::civil::Date =
                serde_json::to_string(&date).unwrap().trim_matches('"').parse().unwrap();
            assert_eq!(jd.to_string(), date.to_gregorian().to_string());
        }
    }
}

/// RFC 9557 edge forms: `Z` before a zone is an exact instant shown on the
/// zone's clock; an error inside a `[±HH:MM]` zone points into the input.
#[test]
fn utc_with_a_zone_and_errors_in_an_offset_zone() {
    let t: Zoned = "2024-01-26T11:00:00Z[Asia/Tehran]".parse().unwrap();
    assert_eq!(t.jalali().to_string(), "1402-11-06T14:30:00+03:30");
    assert_eq!(t.zone(), shamsi::zone::TimeZone::Iran);
    let (t, _) = Zoned::parse_rfc9557("2024-01-26T11:00:00Z[Asia/Kabul]").unwrap();
    assert_eq!(t.offset(), shamsi::Offset::AFGHANISTAN);
    // Temporal's rounded mean-time offset is taken; another is refused.
    let t: Zoned = "1900-01-01T03:26:00+03:26[Asia/Tehran]".parse().unwrap();
    assert_eq!(t.offset(), shamsi::Offset::TEHRAN_MEAN_TIME);
    let e = "1900-01-01T03:26:00+03:27[Asia/Tehran]".parse::<Zoned>().unwrap_err();
    assert_eq!(e.kind(), shamsi::ParseErrorKind::OffsetMismatch);
    for text in ["2024-01-26T14:30:00+03:30[+3]", "2024-01-26T14:30:00+03:30[!+03:30x]"] {
        let e = text.parse::<Zoned>().unwrap_err();
        assert!(e.offset() > text.find('[').unwrap() + 1, "{text}: {e}");
        assert!(e.offset() <= text.len());
    }
}
