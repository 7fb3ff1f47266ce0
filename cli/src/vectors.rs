//! Writes reference data for a rule and a range of Solar Hijri years, as
//! CSV, for other implementations to test against.
//!
//! ```text
//! shamsi vectors --rule official --from 1206 --to 1498
//! shamsi vectors --rule birashk --from 1400 --to 1410 --days
//! ```
//!
//! Usage: `shamsi vectors [--rule official|rule33|borkowski|birashk|astronomical|astronomical-irst]
//! --from YEAR --to YEAR [--days]` (the rule defaults to `official`; the
//! years are Solar Hijri and both included; the astronomical rules need the
//! `astro` feature, on by default).
//!
//! Without `--days`, one row per year: 1 Farvardin as a Gregorian date, and
//! whether the year is leap (`1`) or not (`0`):
//!
//! ```text
//! year,nowruz_gregorian,leap
//! 1403,2024-03-20,1
//! 1404,2025-03-21,0
//! ```
//!
//! With `--days`, one row per day of those years, with the English weekday
//! in lower case:
//!
//! ```text
//! gregorian,jalali,weekday
//! 2024-03-20,1403-01-01,wednesday
//! ```
//!
//! A bad argument, or a year outside the rule's range (with `--days`, every
//! day of the years must be in it), is reported on standard error with exit
//! status 2, before anything is written.

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

#[cfg(feature = "astro")]
use shamsi::GregorianDate;
use shamsi::JalaliDate;
use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33, RuleKind};

const USAGE: &str = "usage: shamsi vectors \
[--rule official|rule33|borkowski|birashk|astronomical|astronomical-irst] \
--from YEAR --to YEAR [--days]";

const HELP: &str = "\
Writes reference data for a Solar Hijri rule and a range of years, as CSV,
for other implementations to test against.

Without --days, one row per year: 1 Farvardin as a Gregorian date, and
whether the year is leap (1) or not (0):

  year,nowruz_gregorian,leap
  1403,2024-03-20,1

With --days, one row per day of those years, with the weekday:

  gregorian,jalali,weekday
  2024-03-20,1403-01-01,wednesday

Options:
  --rule official|rule33|borkowski|birashk|astronomical|astronomical-irst
        the leap rule (default official)
  --from YEAR
        the first Solar Hijri year (required)
  --to YEAR
        the last Solar Hijri year, included (required)
  --days
        one row per day instead of one per year
  -h, --help
        print this help

Exit status: 0; 2 for a usage error or a year outside the rule's range
(reported before anything is written).

Examples:
  shamsi vectors --rule official --from 1206 --to 1498
  shamsi vectors --rule birashk --from 1400 --to 1410 --days
";

use crate::choice::Choice;
use crate::json::weekday_name;

struct Options {
    rule: Choice,
    from: i32,
    to: i32,
    days: bool,
}

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
}

/// The value of option `flag`, as text.
fn value(parser: &mut lexopt::Parser, flag: &str) -> Result<String, String> {
    let value = parser.value().ok().and_then(|v| v.into_string().ok());
    value.ok_or_else(|| format!("{flag} needs a value"))
}

fn options(args: &[OsString]) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut rule = Choice::Arithmetic(RuleKind::Official);
    let (mut from, mut to, mut days) = (None, None, false);
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let year = |flag: &str, v: String| {
            v.parse::<i32>().map_err(|_| format!("{flag} {v:?}: not a year"))
        };
        match arg {
            Long("rule") => {
                rule = value(&mut parser, "--rule")?.parse().map_err(|e| format!("--rule: {e}"))?;
            }
            Long("from") => from = Some(year("--from", value(&mut parser, "--from")?)?),
            Long("to") => to = Some(year("--to", value(&mut parser, "--to")?)?),
            Long("days") => days = true,
            Short('h') | Long("help") => return Ok(Command::Help),
            Long(name) => return Err(format!("unexpected argument {:?}", format!("--{name}"))),
            Short(c) => return Err(format!("unexpected argument {:?}", format!("-{c}"))),
            Value(arg) => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let from = from.ok_or("--from is required")?;
    let to = to.ok_or("--to is required")?;
    if from > to {
        return Err(format!("--from {from} is after --to {to}"));
    }
    Ok(Command::Run(Options { rule, from, to, days }))
}

/// What to write: checked before anything is written, so that an error
/// leaves no partial output.
enum Plan<R: Rule> {
    Years(i32, i32),
    Days(JalaliDate<R>, JalaliDate<R>),
}

fn plan<R: Rule>(rule: R, o: &Options) -> Result<Plan<R>, String> {
    let name = R::KIND.name();
    for (flag, year) in [("--from", o.from), ("--to", o.to)] {
        rule.nowruz(year).map_err(|e| format!("{flag} {year} under {name}: {e}"))?;
    }
    if !o.days {
        return Ok(Plan::Years(o.from, o.to));
    }
    let last = R::KIND
        .days_in_year(o.to)
        .and_then(|len| JalaliDate::from_ordinal_in(rule, o.to, len))
        .map_err(|e| format!("--to {} under {name}: the year ends out of range: {e}", o.to))?;
    let first = rule.date(o.from, 1, 1).map_err(|e| format!("--from {}: {e}", o.from))?;
    Ok(Plan::Days(first, last))
}

fn write<R: Rule>(rule: R, plan: Plan<R>, out: &mut dyn Write) -> io::Result<()> {
    match plan {
        Plan::Years(from, to) => {
            writeln!(out, "year,nowruz_gregorian,leap")?;
            for year in from..=to {
                // Checked by `plan`: the years between two valid ones are valid.
                let (Ok(nowruz), Ok(leap)) = (rule.nowruz(year), rule.is_leap_year(year)) else {
                    return Err(io::Error::other(format!("year {year} is out of range")));
                };
                writeln!(out, "{year},{nowruz},{}", u8::from(leap))?;
            }
        }
        Plan::Days(first, last) => {
            writeln!(out, "gregorian,jalali,weekday")?;
            for date in first.iter_to(last) {
                writeln!(out, "{},{date},{}", date.to_gregorian(), weekday_name(date.weekday()))?;
            }
        }
    }
    out.flush()
}

fn run_in<R: Rule>(rule: R, o: &Options, out: &mut dyn Write) -> Result<(), String> {
    let plan = plan(rule, o)?;
    match write(rule, plan, out) {
        // The reader stopped early (`vectors ... | head`): not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(|e| e.to_string()),
    }
}

/// The same rows under the astronomical calendar: each year's Nowruz is
/// computed once, and its days counted from it.
#[cfg(feature = "astro")]
fn run_astronomical(
    rule: shamsi::astro::Astronomical,
    o: &Options,
    out: &mut dyn Write,
) -> Result<(), String> {
    let name = rule.name();
    // Every Nowruz and year length first, so that an error leaves no
    // partial output; the length comes from the library, which knows the
    // last year's without the next year's Nowruz.
    let years: Vec<(GregorianDate, i32)> = (o.from..=o.to)
        .map(|year| {
            let e = |e: shamsi::astro::AstroError| format!("year {year} under {name}: {e}");
            Ok((rule.nowruz(year).map_err(e)?, i32::from(rule.days_in_year(year).map_err(e)?)))
        })
        .collect::<Result<_, String>>()?;
    let mut write = || -> io::Result<()> {
        if o.days {
            writeln!(out, "gregorian,jalali,weekday")?;
        } else {
            writeln!(out, "year,nowruz_gregorian,leap")?;
        }
        for (year, &(start, length)) in (o.from..).zip(&years) {
            if !o.days {
                writeln!(out, "{year},{start},{}", u8::from(length == 366))?;
                continue;
            }
            for ordinal in 0..length {
                let Some(g) = start.checked_add_days(ordinal) else { break };
                let Ok((month, day)) = shamsi::Month::from_day_of_year(ordinal as u16 + 1) else {
                    break;
                };
                let month = month.number();
                let sign = if year < 0 { "-" } else { "" };
                writeln!(
                    out,
                    "{g},{sign}{:04}-{month:02}-{day:02},{}",
                    year.unsigned_abs(),
                    weekday_name(g.weekday())
                )?;
            }
        }
        out.flush()
    };
    match write() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(|e| e.to_string()),
    }
}

/// Runs the command as the arguments say; returns the exit status.
pub fn run(args: &[OsString], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let o = match options(args) {
        Ok(Command::Run(o)) => o,
        Ok(Command::Help) => {
            let _ = write!(out, "{USAGE}\n\n{HELP}");
            let _ = out.flush();
            return 0;
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}\n{USAGE}");
            return 2;
        }
    };
    let result = match o.rule {
        Choice::Arithmetic(RuleKind::Rule33) => run_in(Rule33, &o, out),
        Choice::Arithmetic(RuleKind::Borkowski) => run_in(Borkowski, &o, out),
        Choice::Arithmetic(RuleKind::Birashk) => run_in(Birashk, &o, out),
        Choice::Arithmetic(RuleKind::Official) => run_in(Official, &o, out),
        Choice::Arithmetic(rule) => Err(format!("rule {rule} is not supported by this command")),
        #[cfg(feature = "astro")]
        Choice::Astronomical(rule) => run_astronomical(rule, &o, out),
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            2
        }
    }
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    ExitCode::from(run(&args, &mut out, &mut io::stderr()))
}
