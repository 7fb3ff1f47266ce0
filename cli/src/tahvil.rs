//! The moment of the new year (Tahvil, لحظه تحویل سال): the March equinox that
//! begins a Solar Hijri year, in Iran time and UTC, and the day it makes
//! 1 Farvardin.
//!
//! ```text
//! shamsi tahvil 1403
//! 1403  2024-03-20 06:36:25 +03:30 (03:06:25 UTC) ±0.2 s  1 Farvardin 1403 = 2024-03-20
//! shamsi tahvil 1400 1401 1402
//! shamsi tahvil --json 1400..=1410
//! ```
//!
//! Years are Solar Hijri; `A..=B` is an inclusive range (an argument with
//! one `-` but `-h` is a year or range too: `-5`). Without one, the
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

use std::ffi::{OsStr, OsString};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use shamsi::JalaliDate;
use shamsi::astro::{self, Astronomical, DateTime, Noon};

use crate::json::{Fixed, write_line as write_json_line};

const USAGE: &str = "usage: shamsi tahvil [--json] [--irst] [YEAR | FIRST..=LAST]...";

const HELP: &str = "\
The instant of the March equinox that begins each Solar Hijri year (the
Tahvil), in Iran time and UTC with its uncertainty, and the day it makes
1 Farvardin:

  1403  2024-03-20 06:36:25 +03:30 (03:06:25 UTC) ±0.2 s  1 Farvardin 1403 = 2024-03-20

Without a year, the coming Tahvil (of next year, by today's date in Iran).
A year whose 1 Farvardin could change with the uncertainty of Delta-T is
marked doubtful.

Options:
  --json
        one JSON object per line: year, equinox_utc, equinox_iran,
        uncertainty_seconds, nowruz_gregorian, margin_minutes (from noon to
        the equinox; negative: before noon), doubtful
  --irst
        noon is 12:00 Iran Standard Time, not apparent noon at 52.5° E (the
        official definition)
  -h, --help
        print this help

Exit status: 0; 1 when a year could not be computed (the other years are
still printed); 2 for a usage error or a year outside the astronomical
calendar's range.

Examples:
  shamsi tahvil 1403
  shamsi tahvil 1400 1401 1402
  shamsi tahvil --json --irst 1400..=1410
";

struct Options {
    json: bool,
    rule: Astronomical,
    years: Vec<i32>,
}

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
}

/// Whether a command-line argument is a year, not an option: one `-` and
/// anything but `-h` (a year before 1, or a range from one).
fn dash_year(arg: &OsStr) -> bool {
    let arg = arg.to_string_lossy();
    arg.starts_with('-') && !arg.starts_with("--") && arg != "-h"
}

/// Adds `YEAR` or `FIRST..=LAST` to `years`.
fn add_years(arg: &OsStr, years: &mut Vec<i32>) -> Result<(), String> {
    let arg = arg.to_string_lossy();
    if let Some((first, last)) = arg.split_once("..=") {
        let (first, last) = (year(first)?, year(last)?);
        if first > last {
            return Err(format!("empty range {arg}"));
        }
        years.extend(first..=last);
    } else {
        years.push(year(&arg)?);
    }
    Ok(())
}

fn options(args: Vec<OsString>) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut o = Options { json: false, rule: Astronomical::APPARENT_525E, years: Vec::new() };
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        if let Some(arg) = parser.try_raw_args().and_then(|mut raw| raw.next_if(dash_year)) {
            add_years(&arg, &mut o.years)?;
            continue;
        }
        let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? else { break };
        match arg {
            Long("json") => o.json = true,
            Long("irst") => o.rule = Astronomical::IRST,
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(arg) => add_years(&arg, &mut o.years)?,
            Long(name) => return Err(format!("unknown option --{name}\n{USAGE}")),
            Short(c) => return Err(format!("unknown option -{c}\n{USAGE}")),
        }
    }
    if o.years.is_empty() {
        o.years.push(JalaliDate::today_in_iran().year() + 1);
    }
    Ok(Command::Run(o))
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

/// The `--json` line of a year.
#[derive(Serialize)]
struct TahvilLine {
    year: i32,
    equinox_utc: String,
    equinox_iran: String,
    uncertainty_seconds: Fixed,
    nowruz_gregorian: String,
    margin_minutes: Fixed,
    doubtful: bool,
}

/// `YYYY-MM-DD hh:mm:ss`.
fn wall(t: DateTime) -> String {
    format!("{} {:02}:{:02}:{:02}", t.date(), t.hour(), t.minute(), t.second())
}

/// The line of a year: a JSON object, or text.
enum Line {
    Json(TahvilLine),
    Text(String),
}

impl Line {
    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        match self {
            Line::Json(line) => write_json_line(out, line),
            Line::Text(text) => writeln!(out, "{text}"),
        }
    }
}

fn line(year: i32, rule: Astronomical, json: bool) -> Result<Line, astro::AstroError> {
    let equinox = astro::tahvil(year)?;
    let nowruz = rule.nowruz(year)?;
    let margin = equinox.margin_minutes(rule.noon);
    let doubtful = rule.is_doubtful(year)?;
    let (utc, iran) = (equinox.utc(), equinox.iran());
    let uncertainty = equinox.delta_t_uncertainty();
    if json {
        let line = TahvilLine {
            year,
            equinox_utc: utc.to_string(),
            equinox_iran: iran.to_string(),
            uncertainty_seconds: Fixed::new(uncertainty, 1),
            nowruz_gregorian: nowruz.to_string(),
            margin_minutes: Fixed::new(margin, 2),
            doubtful,
        };
        return Ok(Line::Json(line));
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
    Ok(Line::Text(text))
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let o = match options(args) {
        Ok(Command::Run(o)) => o,
        Ok(Command::Help) => {
            let _ = write!(io::stdout(), "{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{e}");
            return ExitCode::from(2);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    for &year in &o.years {
        let line = match line(year, o.rule, o.json) {
            Ok(line) => line,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "error: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        if let Err(e) = line.write(&mut out) {
            return write_failed(&e, status);
        }
    }
    if let Err(e) = out.flush() {
        return write_failed(&e, status);
    }
    status
}

/// A closed standard output (`| head -1`) ends the run quietly with the
/// status so far, as in the other subcommands: 1 only for a year that failed.
/// Any other write error is reported, with status 2.
fn write_failed(e: &io::Error, status: ExitCode) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return status;
    }
    let _ = writeln!(std::io::stderr(), "error: {e}");
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        options(args.iter().map(OsString::from).collect())
    }

    #[test]
    fn years_ranges_and_negative_years() {
        let Ok(Command::Run(o)) = parse(&["1403", "-5", "--irst", "-2..=0", "--", "7"]) else {
            panic!()
        };
        assert_eq!(o.years, [1403, -5, -2, -1, 0, 7]);
        assert!(o.rule == Astronomical::IRST && !o.json);
        let cases: &[(&[&str], &str)] = &[
            (&["--bogus"], "unknown option --bogus\nusage: shamsi tahvil "),
            (&["-x"], "not a year: \"-x\"\nusage: shamsi tahvil "),
            (&["--json=yes"], "unexpected argument for option '--json'"),
            (&["1405..=1403"], "empty range 1405..=1403"),
            (&["99999"], "year 99999 is out of range "),
        ];
        for (args, message) in cases {
            match parse(args) {
                Err(e) => assert!(e.starts_with(message), "{args:?}: {e}"),
                Ok(_) => panic!("{args:?}"),
            }
        }
        assert!(matches!(parse(&["1403", "--help", "x"]), Ok(Command::Help)));
        assert!(HELP.contains("\n  shamsi tahvil 1403\n"));
    }

    fn json(year: i32) -> String {
        let mut out = Vec::new();
        line(year, Astronomical::APPARENT_525E, true).unwrap().write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The bytes the command has always written, fixed decimals included.
    #[test]
    fn json_lines_keep_their_fields_order_and_decimals() {
        assert_eq!(
            json(1403),
            "{\"year\":1403,\"equinox_utc\":\"2024-03-20T03:06:25Z\",\
             \"equinox_iran\":\"2024-03-20T06:36:25+03:30\",\"uncertainty_seconds\":0.2,\
             \"nowruz_gregorian\":\"2024-03-20\",\"margin_minutes\":-330.91,\"doubtful\":false}\n"
        );
        let doubtful = json(785);
        assert!(doubtful.contains(",\"margin_minutes\":0.10,\"doubtful\":true}"), "{doubtful}");
    }
}
