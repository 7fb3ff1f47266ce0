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
//! `hijri` (the lunar date of a lunar holiday). With `--ics`, an iCalendar
//! file (RFC 5545) that calendar applications import: one all-day event per
//! holiday, an estimated date marked `STATUS:TENTATIVE` and `(estimated)`
//! in its summary.
//!
//! Exit status: 0, 1 when a year is outside the years the crate lists (the
//! error on standard error), 2 for a bad command line. A closed standard
//! output ends the run quietly.

use std::ffi::{OsStr, OsString};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use shamsi::holidays::{Country, Holiday};

const USAGE: &str = "usage: shamsi holidays [--country iran|afghanistan] [--json|--ics] YEAR|A..=B";

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
  --ics
        an iCalendar file (RFC 5545) to import into a calendar application:
        an all-day event per holiday, summary in English, description in
        Persian (or Dari and Pashto) with the Solar Hijri date; an estimated
        date is marked STATUS:TENTATIVE and (estimated)
  -h, --help
        print this help

Exit status: 0; 1 when a year is outside the years the crate lists; 2 for
a usage error.

Examples:
  shamsi holidays 1404
  shamsi holidays --country afghanistan --json 1403..=1404
  shamsi holidays --ics 1404..=1405 > iran-holidays.ics
";

/// The form of the output.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Form {
    Lines,
    Json,
    Ics,
}

struct Options {
    country: Country,
    form: Form,
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
    let mut form = Form::Lines;
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
            Long("json") if form != Form::Ics => form = Form::Json,
            Long("ics") if form != Form::Json => form = Form::Ics,
            Long("json" | "ics") => {
                return Err(format!("--json and --ics do not go together\n{USAGE}"));
            }
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
    Ok(Command::Run(Options { country, form, years }))
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
        if o.form == Form::Ics {
            ics_line(&mut out, "BEGIN:VCALENDAR")?;
            ics_line(&mut out, "VERSION:2.0")?;
            ics_line(&mut out, "PRODID:-//shamsi//holidays//EN")?;
            ics_line(&mut out, "CALSCALE:GREGORIAN")?;
            let name = match o.country {
                Country::Iran => "Iran",
                _ => "Afghanistan",
            };
            ics_line(&mut out, &format!("X-WR-CALNAME:Public holidays of {name}"))?;
        }
        for year in o.years.0..=o.years.1 {
            match o.country.holidays(year) {
                Ok(list) => {
                    for h in list.iter() {
                        match o.form {
                            Form::Ics => ics_event(&mut out, h, o.country)?,
                            form => line(&mut out, h, form == Form::Json)?,
                        }
                    }
                }
                Err(e) => {
                    let _ = writeln!(io::stderr(), "error: {e}");
                    status = ExitCode::from(1);
                }
            }
        }
        if o.form == Form::Ics {
            ics_line(&mut out, "END:VCALENDAR")?;
        }
        out.flush()
    })();
    crate::exit_status(result, status)
}

/// Writes one content line of iCalendar: folded at 75 octets (a CRLF and a
/// space before each continuation, never inside a character), ended by
/// CRLF.
fn ics_line(out: &mut impl Write, line: &str) -> io::Result<()> {
    let mut room = 75;
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if i + c.len_utf8() - start > room {
            out.write_all(line.as_bytes().get(start..i).unwrap_or_default())?;
            out.write_all(b"\r\n ")?;
            start = i;
            room = 74;
        }
    }
    out.write_all(line.as_bytes().get(start..).unwrap_or_default())?;
    out.write_all(b"\r\n")
}

/// A TEXT value of iCalendar, with `\\`, `;`, `,` and line ends escaped.
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// One holiday as an all-day event. Its stamp is its own day (the file says
/// the same whenever it is written).
fn ics_event(out: &mut impl Write, h: &Holiday, country: Country) -> io::Result<()> {
    let day = h.date.to_gregorian();
    let next = day.checked_add_days(1).unwrap_or(day);
    let compact =
        |d: shamsi::GregorianDate| format!("{:04}{:02}{:02}", d.year(), d.month(), d.day());
    let code = match country {
        Country::Iran => "ir",
        _ => "af",
    };
    let estimated = if h.estimated { " (estimated)" } else { "" };
    let mut description = format!("{} ({})", h.name_fa, h.date);
    if let Some(ps) = h.name_ps {
        description = format!("{description}\n{ps}");
    }
    ics_line(out, "BEGIN:VEVENT")?;
    ics_line(out, &format!("UID:{}-{}-{}@shamsi", code, h.date, h.key))?;
    ics_line(out, &format!("DTSTAMP:{}T000000Z", compact(day)))?;
    ics_line(out, &format!("DTSTART;VALUE=DATE:{}", compact(day)))?;
    ics_line(out, &format!("DTEND;VALUE=DATE:{}", compact(next)))?;
    ics_line(out, &format!("SUMMARY:{}", ics_text(&format!("{}{estimated}", h.name_en))))?;
    ics_line(out, &format!("DESCRIPTION:{}", ics_text(&description)))?;
    ics_line(out, if h.estimated { "STATUS:TENTATIVE" } else { "STATUS:CONFIRMED" })?;
    ics_line(out, "TRANSP:TRANSPARENT")?;
    ics_line(out, "CATEGORIES:Holidays")?;
    ics_line(out, "END:VEVENT")
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
        assert!(o.form == Form::Json && o.country == Country::Afghanistan);
        let Ok(Command::Run(o)) = parse(&["--ics", "1404"]) else { panic!() };
        assert!(o.form == Form::Ics);
        assert!(parse(&["--ics", "--json", "1404"]).is_err());
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
             \"calendar\":\"lunar\",\"estimated\":false,\"hijri\":\"1446-10-01\",\
             \"name_fa\":\"عید فطر\",\"name_ps\":\"کوچنی اختر\",\"name_en\":\"Eid al-Fitr\"}\n"
        );
    }

    /// The events of iCalendar: lines of at most 75 octets ended by CRLF
    /// (folded with a space, never inside a character), one event per
    /// holiday with its day and the next, tentative when estimated.
    #[test]
    fn ics_events_are_folded_and_marked() {
        let mut out = Vec::new();
        let mut count = (0, 0);
        for year in 1401..=1405 {
            for h in Country::Afghanistan.holidays(year).unwrap().iter() {
                ics_event(&mut out, h, Country::Afghanistan).unwrap();
                count.0 += 1;
                count.1 += usize::from(h.estimated);
            }
        }
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with("\r\n"));
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert!(lines.iter().all(|l| l.len() <= 75 && !l.contains('\n')));
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), count.0);
        assert_eq!(lines.iter().filter(|l| **l == "STATUS:TENTATIVE").count(), count.1);
        // Unfolded, each Persian description is whole.
        let unfolded = text.replace("\r\n ", "");
        assert!(
            unfolded.contains("DESCRIPTION:روز عرفه (1401-04-17)\\nد عرفې ورځ\r\n"),
            "{unfolded}"
        );
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20220708\r\nDTEND;VALUE=DATE:20220709\r\n"));
        let mut folded = Vec::new();
        ics_line(&mut folded, &"ب".repeat(100)).unwrap();
        let folded = String::from_utf8(folded).unwrap();
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), "ب".repeat(100) + "\r\n");
        assert_eq!(ics_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
