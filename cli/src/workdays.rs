//! Counts business days, or finds the date some business days away.
//!
//! ```text
//! echo '2025-03-15 2025-03-29' | cargo run --release --example workdays -- --country iran
//! echo '1404-01-01' | cargo run --release --example workdays -- --add 10
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
//! A blank line is skipped. A line that cannot be answered prints
//! `error: <reason>` (also on standard error, unless it is closed) and makes
//! the exit status 1; a bad command line exits 2.

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use shamsi::holidays::{Country, Weekend, WorkCalendar};
use shamsi::parse::{Lenient, Parsed};
use shamsi::{Calendar, JalaliDate};

const USAGE: &str = "usage: workdays [--country iran|afghanistan] [--weekend fri|thu-fri|fri-sat] \
[--closed DATE,...] [--add N] < lines";

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

fn options(args: Vec<OsString>) -> Result<Options, String> {
    let mut o =
        Options { country: Country::Iran, weekend: Weekend::Friday, closed: Vec::new(), add: None };
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--country" => {
                let name = args.next().unwrap_or_default();
                o.country = name.parse().map_err(|e| format!("--country {name:?}: {e}"))?;
            }
            "--weekend" => {
                let name = args.next().unwrap_or_default();
                o.weekend = name.parse().map_err(|e| format!("--weekend {name:?}: {e}"))?;
            }
            "--closed" => {
                for d in args.next().unwrap_or_default().split(',').filter(|d| !d.is_empty()) {
                    o.closed.push(date(d.trim()).map_err(|e| format!("--closed: {e}"))?.0);
                }
            }
            "--add" => {
                let n = args.next().unwrap_or_default();
                o.add = Some(n.parse().map_err(|_| format!("--add takes a number, not {n:?}"))?);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => return Err(format!("unknown argument {arg}\n{USAGE}")),
        }
    }
    Ok(o)
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
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(io::stderr(), "{e}");
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
            if !text.is_empty() {
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
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: {e}");
            return ExitCode::from(2);
        }
        Ok(()) => {}
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
