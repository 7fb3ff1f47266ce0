//! Lists the official holidays of Iran or Afghanistan.
//!
//! ```text
//! shamsi holidays 1404
//! shamsi holidays --country afghanistan --json 1403..=1404
//! ```
//!
//! The argument is a Solar Hijri year or a range `A..=B` (an argument with
//! one `-` but `-h` is one too: `-5`, `-5..=-3`; with several, the last
//! counts). One line per holiday, in date order (a day with two holidays
//! gives two lines):
//! `1404-01-12 2025-04-01 eid_fitr_2 lunar Eid al-Fitr (second day)`, with
//! `(estimated)` after an estimated date. With `--json`, one object per
//! line: `jalali`, `gregorian`, `key`, `calendar` (`solar` or `lunar`),
//! `estimated`, `name_fa`, `name_en`, and `name_ps` (Afghanistan) and
//! `hijri` (the lunar date of a lunar holiday).
//!
//! Exit status: 0, 1 when a year is outside the years the crate lists (the
//! error on standard error), 2 for a bad command line. A closed standard
//! output ends the run quietly.

use std::ffi::{OsStr, OsString};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use shamsi::holidays::{Country, Holiday};

const USAGE: &str = "usage: shamsi holidays [--country iran|afghanistan] [--json] YEAR|A..=B";

const HELP: &str = "\
Lists the public holidays of Iran or Afghanistan in a Solar Hijri year or
range of years, one line per holiday in date order:

  1404-01-12 2025-04-01 eid_fitr_2 lunar Eid al-Fitr (second day)

with (estimated) after a lunar date the crate estimates.

Options:
  --country iran|afghanistan
        the country (default iran; ir and af also work)
  --json
        one JSON object per line: jalali, gregorian, key, calendar (solar or
        lunar), estimated, hijri (a lunar holiday's lunar date), name_fa,
        name_ps (Afghanistan), name_en
  -h, --help
        print this help

Exit status: 0; 1 when a year is outside the years the crate lists; 2 for
a usage error.

Examples:
  shamsi holidays 1404
  shamsi holidays --country afghanistan --json 1403..=1404
";

struct Options {
    country: Country,
    json: bool,
    years: (i32, i32),
}

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
}

/// Whether a command-line argument is a year, not an option: one `-` and
/// anything but `-h` (a year before 1, or a range of them).
fn dash_year(arg: &OsStr) -> bool {
    let arg = arg.to_string_lossy();
    arg.starts_with('-') && !arg.starts_with("--") && arg != "-h"
}

/// `YEAR` or `A..=B`.
fn years(arg: &OsStr) -> Result<(i32, i32), String> {
    let arg = arg.to_string_lossy();
    let year = |s: &str| s.trim().parse::<i32>().map_err(|_| format!("not a year: {s:?}"));
    Ok(match arg.split_once("..=") {
        Some((a, b)) => (year(a)?, year(b)?),
        None => (year(&arg)?, year(&arg)?),
    })
}

fn options(args: Vec<OsString>) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut country = Country::Iran;
    let mut json = false;
    let mut range = None;
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        if let Some(arg) = parser.try_raw_args().and_then(|mut raw| raw.next_if(dash_year)) {
            range = Some(years(&arg)?);
            continue;
        }
        let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? else { break };
        match arg {
            Long("country") => {
                let name = parser.value().map(|v| v.to_string_lossy().into_owned());
                let name = name.unwrap_or_default();
                country = name.parse().map_err(|e| format!("--country {name:?}: {e}"))?;
            }
            Long("json") => json = true,
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(arg) => range = Some(years(&arg)?),
            Long(name) => return Err(format!("unknown option --{name}\n{USAGE}")),
            Short(c) => return Err(format!("unknown option -{c}\n{USAGE}")),
        }
    }
    let years = range.ok_or(USAGE)?;
    if years.0 > years.1 {
        return Err(format!("empty range {}..={}", years.0, years.1));
    }
    Ok(Command::Run(Options { country, json, years }))
}

/// The `--json` line of a holiday.
#[derive(Serialize)]
struct HolidayLine<'a> {
    jalali: String,
    gregorian: String,
    key: &'a str,
    calendar: String,
    estimated: bool,
    /// The lunar date of a lunar holiday.
    #[serde(skip_serializing_if = "Option::is_none")]
    hijri: Option<String>,
    name_fa: &'a str,
    /// Afghanistan only.
    #[serde(skip_serializing_if = "Option::is_none")]
    name_ps: Option<&'a str>,
    name_en: &'a str,
}

fn line(out: &mut impl Write, h: &Holiday, json: bool) -> io::Result<()> {
    let (jalali, gregorian) = (h.date, h.date.to_gregorian());
    if !json {
        let estimated = if h.estimated { " (estimated)" } else { "" };
        return writeln!(
            out,
            "{jalali} {gregorian} {} {} {}{estimated}",
            h.key, h.calendar, h.name_en
        );
    }
    let line = HolidayLine {
        jalali: jalali.to_string(),
        gregorian: gregorian.to_string(),
        key: h.key,
        calendar: h.calendar.to_string(),
        estimated: h.estimated,
        hijri: h.lunar.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        name_fa: h.name_fa,
        name_ps: h.name_ps,
        name_en: h.name_en,
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let o = match options(args) {
        Ok(Command::Run(o)) => o,
        Ok(Command::Help) => {
            let _ = write!(io::stdout(), "{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let _ = writeln!(io::stderr(), "{e}");
            return ExitCode::from(2);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    let result = (|| -> io::Result<()> {
        for year in o.years.0..=o.years.1 {
            match o.country.holidays(year) {
                Ok(list) => {
                    for h in list.iter() {
                        line(&mut out, h, o.json)?;
                    }
                }
                Err(e) => {
                    let _ = writeln!(io::stderr(), "error: {e}");
                    status = ExitCode::from(1);
                }
            }
        }
        out.flush()
    })();
    crate::exit_status(result, status)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        options(args.iter().map(OsString::from).collect())
    }

    fn years(args: &[&str]) -> (i32, i32) {
        match parse(args) {
            Ok(Command::Run(o)) => o.years,
            Ok(Command::Help) => panic!("{args:?}: help"),
            Err(e) => panic!("{args:?}: {e}"),
        }
    }

    #[test]
    fn years_ranges_and_negative_years() {
        assert_eq!(years(&["1404"]), (1404, 1404));
        assert_eq!(years(&["1403..=1405", "--json"]), (1403, 1405));
        assert_eq!(years(&["-5..=-3"]), (-5, -3));
        assert_eq!(years(&["--", "-5"]), (-5, -5));
        // The last year given counts, as it always has.
        assert_eq!(years(&["1403", "1404"]), (1404, 1404));
        let Ok(Command::Run(o)) = parse(&["--country=af", "--json", "1404"]) else { panic!() };
        assert!(o.json && o.country == Country::Afghanistan);
    }

    #[test]
    fn usage_errors_name_the_argument() {
        let cases: &[(&[&str], &str)] = &[
            (&[], "usage: shamsi holidays "),
            (&["--bogus", "1404"], "unknown option --bogus\nusage: shamsi holidays "),
            (&["-x"], "not a year: \"-x\""),
            (&["1404", "--country"], "--country \"\": "),
            (&["--country", "mars", "1404"], "--country \"mars\": "),
            (&["--json=yes", "1404"], "unexpected argument for option '--json'"),
            (&["1405..=1403"], "empty range 1405..=1403"),
        ];
        for (args, message) in cases {
            match parse(args) {
                Err(e) => assert!(e.starts_with(message), "{args:?}: {e}"),
                Ok(_) => panic!("{args:?}"),
            }
        }
        assert!(matches!(parse(&["1404", "-h", "--bogus"]), Ok(Command::Help)));
        assert!(HELP.contains("\n  shamsi holidays 1404\n"));
    }

    fn json_line(country: Country, year: i32, key: &str) -> String {
        let list = country.holidays(year).unwrap();
        let h = list.iter().find(|h| h.key == key).unwrap();
        let mut out = Vec::new();
        line(&mut out, h, true).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The bytes the command has always written.
    #[test]
    fn json_lines_keep_their_fields_and_order() {
        assert_eq!(
            json_line(Country::Iran, 1404, "nowruz_1"),
            "{\"jalali\":\"1404-01-01\",\"gregorian\":\"2025-03-21\",\"key\":\"nowruz_1\",\
             \"calendar\":\"solar\",\"estimated\":false,\"name_fa\":\"عید نوروز\",\
             \"name_en\":\"Nowruz\"}\n"
        );
        assert_eq!(
            json_line(Country::Afghanistan, 1404, "eid_fitr_1"),
            "{\"jalali\":\"1404-01-10\",\"gregorian\":\"2025-03-30\",\"key\":\"eid_fitr_1\",\
             \"calendar\":\"lunar\",\"estimated\":true,\"hijri\":\"1446-10-01\",\
             \"name_fa\":\"عید فطر\",\"name_ps\":\"کوچنی اختر\",\"name_en\":\"Eid al-Fitr\"}\n"
        );
    }
}
