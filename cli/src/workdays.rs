//! Counts business days, or finds the date some business days away.
//!
//! ```text
//! echo '2025-03-15 2025-03-29' | shamsi workdays --country iran     # 7
//! echo '1404-01-01' | shamsi workdays --add 10
//! ```
//!
//! Each line of standard input `A B` prints the number of business days in
//! `[A, B)` (negative when `B` is before `A`, as numpy's `busday_count`);
//! with `--add N`, each line `A` prints the date `N` business days after `A`
//! (`A` rolled forward to a business day first, as numpy's
//! `busday_offset(roll='forward')`), in `A`'s calendar. Dates are Solar
//! Hijri or Gregorian (`1404-01-01`, `2025-03-21`, anything the lenient
//! reader takes; a year below 1700 in numbers is Solar Hijri).
//!
//! Options: `--country iran|afghanistan` (default iran), `--weekend
//! fri|thu-fri|fri-sat` (default fri), `--closed DATE[,DATE…]` (more days
//! off), `--add N`.
//!
//! Each input line gives one output line, in order. A blank line (nothing
//! but spaces, a `\r` or a BOM) gives an empty line and is no error. A line
//! that cannot be answered prints `error: <reason>` (also on standard
//! error, unless it is closed) and makes the exit status 1; a bad command
//! line (an unknown option, an argument, a bad or missing option value; the
//! message names it) exits 2. When the reader of standard output goes away
//! (`| head -1`) the command stops quietly.

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use shamsi::holidays::{Country, Weekend, WorkCalendar};
use shamsi::parse::{Lenient, Parsed};
use shamsi::{Calendar, JalaliDate};

const USAGE: &str = "usage: shamsi workdays [--country iran|afghanistan] \
[--weekend fri|thu-fri|fri-sat] [--closed DATE,...] [--add N] < LINES";

const HELP: &str = "\
Counts the business days between two dates, or finds the date some
business days away, for each line of standard input.

Options:
  --country iran|afghanistan
        whose public holidays are days off (default iran)
  --weekend fri|thu-fri|fri-sat
        the weekly days off (default fri)
  --closed DATE[,DATE...]
        more days off, Solar Hijri or Gregorian
  --add N
        each line is one date A: print the date N business days after A
        (A rolled forward to a business day first), in A's calendar
  -h, --help
        print this help

Input: each line `A B` (or `A` with --add); a date is Solar Hijri or
Gregorian (1404-01-01, 2025-03-21, anything the lenient reader takes; a
year below 1700 in numbers is Solar Hijri).

Output: one line per input line: the number of business days in [A, B)
(negative when B is before A), or with --add the date. A blank line gives an
empty line and is no error; a line that cannot be answered gives
`error: <reason>`, also on standard error.

Exit status: 0 when every line was answered, 1 when some was not, 2 for a
usage error.

Examples:
  echo '2025-03-15 2025-03-29' | shamsi workdays --country iran     # 7
  echo '1404-01-01' | shamsi workdays --add 10
  printf '1404-01-01 1404-02-01\\n' | shamsi workdays --weekend thu-fri
";

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
}

struct Options {
    country: Country,
    weekend: Weekend,
    closed: Vec<JalaliDate>,
    add: Option<i32>,
}

/// A date in either calendar, and which.
fn date(text: &str) -> Result<(JalaliDate, Calendar), String> {
    match Lenient::new().parse(text) {
        Ok(Parsed::Jalali(j)) => Ok((j, Calendar::Jalali)),
        Ok(Parsed::Gregorian(g)) => Ok((JalaliDate::from_gregorian(g), Calendar::Gregorian)),
        Ok(_) => Err(format!("\"{text}\" is not a whole date")),
        Err(e) => Err(format!("cannot read \"{text}\": {e}")),
    }
}

/// The value of the option just read, as text.
fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
    parser.value().map(|v| v.to_string_lossy().into_owned()).map_err(|e| e.to_string())
}

fn options(args: Vec<OsString>) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short};
    let mut o =
        Options { country: Country::Iran, weekend: Weekend::Friday, closed: Vec::new(), add: None };
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("country") => {
                let name = value(&mut parser)?;
                o.country = name.parse().map_err(|e| format!("--country {name:?}: {e}"))?;
            }
            Long("weekend") => {
                let name = value(&mut parser)?;
                o.weekend = name.parse().map_err(|e| format!("--weekend {name:?}: {e}"))?;
            }
            Long("closed") => {
                for d in value(&mut parser)?.split(',').filter(|d| !d.is_empty()) {
                    o.closed.push(date(d.trim()).map_err(|e| format!("--closed: {e}"))?.0);
                }
            }
            Long("add") => {
                let n = value(&mut parser)?;
                o.add = Some(n.parse().map_err(|_| format!("--add takes a number, not {n:?}"))?);
            }
            Short('h') | Long("help") => return Ok(Command::Help),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(Command::Run(o))
}

fn answer(work: &WorkCalendar<'_>, add: Option<i32>, line: &str) -> Result<String, String> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    match (add, fields.as_slice()) {
        (None, [a, b]) => {
            let (a, b) = (date(a)?.0, date(b)?.0);
            work.count(a, b).map(|n| n.to_string()).map_err(|e| e.to_string())
        }
        (Some(n), [a]) => {
            let (a, calendar) = date(a)?;
            let d = work.add(a, n).map_err(|e| e.to_string())?;
            Ok(match calendar {
                Calendar::Gregorian => d.to_gregorian().to_string(),
                _ => d.to_string(),
            })
        }
        (None, _) => Err(format!("\"{line}\": expected two dates, A B")),
        (Some(_), _) => Err(format!("\"{line}\": expected one date with --add")),
    }
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let o = match options(args) {
        Ok(Command::Run(o)) => o,
        Ok(Command::Help) => {
            let _ = write!(io::stdout(), "{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let _ = writeln!(
                io::stderr(),
                "shamsi workdays: {e}\n{USAGE}\n(shamsi workdays --help tells more)"
            );
            return ExitCode::from(2);
        }
    };
    let work = WorkCalendar::new(o.country).with_weekend(o.weekend).with_closures(&o.closed);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    let result = (|| -> io::Result<()> {
        let mut stdin = io::stdin().lock();
        let mut line = Vec::new();
        while stdin.read_until(b'\n', &mut line)? > 0 {
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_start_matches('\u{feff}').trim();
            if text.is_empty() {
                // A blank line is no input and no error, but still a line of
                // output, so that output lines match input lines.
                writeln!(out)?;
            } else {
                match answer(&work, o.add, text) {
                    Ok(a) => writeln!(out, "{a}")?,
                    Err(e) => {
                        all_ok = false;
                        writeln!(out, "error: {e}")?;
                        let _ = writeln!(io::stderr(), "error: {e}");
                    }
                }
            }
            line.clear();
        }
        out.flush()
    })();
    crate::exit_status(result, if all_ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        options(args.iter().map(OsString::from).collect())
    }

    #[test]
    fn options_and_usage_errors() {
        match parse(&["--add=-3", "--closed", "1404-01-15,2025-04-10", "--weekend", "thu-fri"]) {
            Ok(Command::Run(o)) => assert_eq!((o.add, o.closed.len()), (Some(-3), 2)),
            _ => panic!("not read"),
        }
        assert!(matches!(parse(&["-h"]), Ok(Command::Help)));
        for (args, what) in [
            (&["1402-11-06"][..], "1402-11-06"),
            (&["--add"], "--add"),
            (&["--add", "x"], "--add"),
            (&["--country", "mars"], "--country"),
            (&["--closed", "x"], "--closed"),
            (&["-x"], "-x"),
        ] {
            match parse(args) {
                Err(e) => assert!(e.contains(what), "{args:?}: {e}"),
                Ok(_) => panic!("{args:?} is no usage error"),
            }
        }
    }
}
