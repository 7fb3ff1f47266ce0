//! The moment of the new year (Tahvil, لحظه تحویل سال): the March equinox that
//! begins a Solar Hijri year, in Iran time and UTC, and the day it makes
//! 1 Farvardin.
//!
//! ```text
//! cargo run --release --features astro --example tahvil -- 1403
//! 1403  2024-03-20 06:36:25 +03:30 (03:06:25 UTC) ±0.2 s  1 Farvardin 1403 = 2024-03-20
//! cargo run --release --features astro --example tahvil -- 1400 1401 1402
//! cargo run --release --features astro --example tahvil -- --json 1400..=1410
//! ```
//!
//! Years are Solar Hijri; `A..=B` is an inclusive range. Without one, the
//! coming Tahvil (of next year, by today's date in Iran). Options: `--json`
//! (one object per line: `year`, `equinox_utc`, `equinox_iran`,
//! `uncertainty_seconds`, `nowruz_gregorian`, `margin_minutes`,
//! `doubtful`), `--irst` (noon is
//! 12:00 Iran Standard Time instead of apparent noon at 52.5° E, the official
//! definition). `margin_minutes` is the time from that noon to the equinox
//! (negative: before noon, so the equinox's own day is 1 Farvardin). A year
//! whose answer could change with the uncertainty of Delta-T is marked
//! `doubtful`.
//!
//! Each instant carries its uncertainty (`±0.2 s`): how far Delta-T, and
//! so the instant in UT, may be from the truth (`delta_t_uncertainty`: 0.2 s
//! where Delta-T is measured, growing by 1.5 s a year after mid-2026, and
//! minutes far in the past or future). The ephemeris adds under 2 s.
//!
//! Exit status: 0, or 1 when a year could not be computed (its error on
//! standard error, the other years still printed), 2 for a usage error or a
//! failed write. A closed standard output ends the run quietly.

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use shamsi::astro::{self, Astronomical, DateTime, Noon};
use shamsi::JalaliDate;

const USAGE: &str = "usage: tahvil [--json] [--irst] [YEAR | FIRST..=LAST]...";

struct Options {
    json: bool,
    rule: Astronomical,
    years: Vec<i32>,
}

fn options(args: Vec<OsString>) -> Result<Options, String> {
    let mut o = Options { json: false, rule: Astronomical::APPARENT_525E, years: Vec::new() };
    for arg in args.into_iter().map(|a| a.to_string_lossy().into_owned()) {
        match arg.as_str() {
            "--json" => o.json = true,
            "--irst" => o.rule = Astronomical::IRST,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => {
                if let Some((first, last)) = arg.split_once("..=") {
                    let (first, last) = (year(first)?, year(last)?);
                    if first > last {
                        return Err(format!("empty range {arg}"));
                    }
                    o.years.extend(first..=last);
                } else {
                    o.years.push(year(&arg)?);
                }
            }
        }
    }
    if o.years.is_empty() {
        o.years.push(JalaliDate::today_in_iran().year() + 1);
    }
    Ok(o)
}

/// A year of the astronomical calendar's range, checked before any list of
/// years is built.
fn year(s: &str) -> Result<i32, String> {
    let year: i32 = s.parse().map_err(|_| format!("not a year: {s:?}\n{USAGE}"))?;
    let (first, last) = Astronomical::YEARS;
    if !(first..=last).contains(&year) {
        return Err(format!("year {year} is out of range {first}..={last}"));
    }
    Ok(year)
}

/// `YYYY-MM-DD hh:mm:ss`.
fn wall(t: DateTime) -> String {
    format!("{} {:02}:{:02}:{:02}", t.date(), t.hour(), t.minute(), t.second())
}

fn line(year: i32, rule: Astronomical, json: bool) -> Result<String, astro::AstroError> {
    let equinox = astro::tahvil(year)?;
    let nowruz = rule.nowruz(year)?;
    let margin = equinox.margin_minutes(rule.noon);
    let doubtful = rule.is_doubtful(year)?;
    let (utc, iran) = (equinox.utc(), equinox.iran());
    let uncertainty = equinox.delta_t_uncertainty();
    if json {
        return Ok(format!(
            "{{\"year\":{year},\"equinox_utc\":\"{utc}\",\"equinox_iran\":\"{iran}\",\
             \"uncertainty_seconds\":{uncertainty:.1},\"nowruz_gregorian\":\"{nowruz}\",\
             \"margin_minutes\":{margin:.2},\"doubtful\":{doubtful}}}"
        ));
    }
    let uncertainty = if uncertainty < 60.0 {
        format!("±{uncertainty:.1} s")
    } else {
        format!("±{:.1} min", uncertainty / 60.0)
    };
    let utc_text = if utc.date() == iran.date() {
        format!("{:02}:{:02}:{:02} UTC", utc.hour(), utc.minute(), utc.second())
    } else {
        format!("{} UTC", wall(utc))
    };
    let noon = match rule.noon {
        Noon::Irst => "12:00 IRST",
        _ => "apparent noon",
    };
    let mut text = format!(
        "{year}  {} +03:30 ({utc_text}) {uncertainty}  1 Farvardin {year} = {nowruz}",
        wall(iran)
    );
    if doubtful {
        let envelope = equinox.delta_t_uncertainty() / 60.0;
        if margin.abs() <= envelope {
            let side = if margin < 0.0 { "before" } else { "after" };
            let minutes = margin.abs();
            text.push_str(&format!(
                "  (doubtful: {minutes:.1} min {side} {noon}, Delta-T ±{envelope:.1} min)"
            ));
        } else {
            let next = year + 1;
            text.push_str(&format!("  (doubtful: its length depends on the Tahvil of {next})"));
        }
    }
    Ok(text)
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let o = match options(args) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{e}");
            return ExitCode::from(2);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    for &year in &o.years {
        let text = match line(year, o.rule, o.json) {
            Ok(text) => text,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "error: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        if let Err(e) = writeln!(out, "{text}") {
            return write_failed(&e, status);
        }
    }
    if let Err(e) = out.flush() {
        return write_failed(&e, status);
    }
    status
}

/// A closed standard output (`| head -1`) ends the run quietly with the
/// status so far, as in the other examples: 1 only for a year that failed.
/// Any other write error is reported, with status 2.
fn write_failed(e: &io::Error, status: ExitCode) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return status;
    }
    let _ = writeln!(std::io::stderr(), "error: {e}");
    ExitCode::from(2)
}
