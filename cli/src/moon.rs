//! New moons, and Iran's lunar months as the crescent predicts them.
//!
//! ```text
//! shamsi moon --new-moons 2024-01-01 2025-01-01
//! 2024-01-11T11:57:27Z
//! ...
//! shamsi moon --iran-months 1446..=1447
//! shamsi moon --iran-months 1446 --json
//! ```
//!
//! - `--new-moons FROM TO`: every new moon from the start of Gregorian date
//!   `FROM` (00:00 UT) to the start of `TO`, one a line, as
//!   `YYYY-MM-DDTHH:MM:SSZ` (UT, to the nearest second).
//! - `--iran-months A..=B` (or one year `A`): for each month of the lunar
//!   Hijri years `A` to `B`, its first day as predicted (the day after the
//!   29th of the month before when the crescent counts as seen somewhere in
//!   Iran on the evening of the 29th, else the day after the 30th), the
//!   figures of that evening at the place of Iran where the crescent was
//!   best, and the first day Iran observed where the observed table has the
//!   month. Each month is predicted from the observed first day of the month
//!   before where that is known, else from the predicted one; `--chain`
//!   predicts every month from the predicted one before it. `--criterion
//!   NAME` (`yallop-a`..`yallop-f`, `odeh-a`..`odeh-d`; default `odeh-b`)
//!   says when a crescent counts as seen. `--json` writes one object a line:
//!   `year`, `month`, `predicted_first_day`, `observed_first_day` (null
//!   outside the table), `evening` (the date of the 29th), `place`,
//!   `criterion`, `visible`, `sunset_utc`, `moonset_utc`, `moon_age_hours`,
//!   `lag_minutes`, `arcl`, `arcv`, `daz`, `width` (arcmin), `q`, `yallop`,
//!   `v` and `odeh` (the two classes are null when there is no young
//!   crescent to class). The figures keep a fixed number of decimals
//!   (`"arcl":10.250`), and are null when not finite.
//!
//! Exit status: 0; 1 when a month or a new moon could not be computed (its
//! error on standard error); 2 for a usage error or a failed write. A closed
//! standard output ends the run quietly.

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use crate::json::{Fixed, write_line as write_json_line};
use serde::Serialize;
use shamsi::GregorianDate;
use shamsi::astro::{self, Criterion, IranEvening, Moment};
use shamsi::hijri::{HijriDate, Iran};

const USAGE: &str = "usage: shamsi moon --new-moons FROM TO\n       \
     shamsi moon --iran-months A[..=B] [--json] [--chain] [--criterion NAME]";

const HELP: &str = "\
New moons, and Iran's lunar Hijri months as the crescent predicts them.

Options:
  --new-moons FROM TO
        every new moon from the start of Gregorian date FROM (00:00 UT) to
        the start of TO, one a line, as YYYY-MM-DDTHH:MM:SSZ (UT)
  --iran-months A[..=B]
        for each month of the lunar Hijri years A to B: its first day as
        predicted (the day after the 29th of the month before when the
        crescent counts as seen somewhere in Iran that evening, else the day
        after the 30th), the figures of that evening at the place where the
        crescent was best, and the first day Iran observed where known
  --chain
        with --iran-months, predict every month from the predicted one
        before it (default: from the observed one where known)
  --criterion NAME
        when a crescent counts as seen: yallop-a..yallop-f, odeh-a..odeh-d
        (default odeh-b)
  --json
        with --iran-months, one JSON object per month: year, month,
        predicted_first_day, observed_first_day, evening, place, criterion,
        visible, sunset_utc, moonset_utc, moon_age_hours, lag_minutes, arcl,
        arcv, daz, width, q, yallop, v, odeh
  -h, --help
        print this help

Exit status: 0; 1 when a month or a new moon could not be computed; 2 for
a usage error.

Examples:
  shamsi moon --new-moons 2024-01-01 2025-01-01
  shamsi moon --iran-months 1446..=1447
  shamsi moon --iran-months 1446 --json --criterion yallop-c
";

enum Job {
    NewMoons(GregorianDate, GregorianDate),
    IranMonths(i32, i32),
}

struct Options {
    job: Job,
    json: bool,
    chain: bool,
    criterion: Criterion,
}

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
}

fn options(args: Vec<OsString>) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut parser = lexopt::Parser::from_args(args);
    let mut job = None;
    let (mut json, mut chain, mut criterion) = (false, false, Criterion::IRAN);
    let value =
        |parser: &mut lexopt::Parser| parser.value().ok().map(|v| v.to_string_lossy().into_owned());
    while let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? {
        match arg {
            Long("new-moons") => {
                let mut date = || -> Result<GregorianDate, String> {
                    let text = value(&mut parser)
                        .ok_or_else(|| format!("--new-moons needs FROM and TO\n{USAGE}"))?;
                    text.parse()
                        .map_err(|e| format!("--new-moons: not a Gregorian date {text:?}: {e}"))
                };
                let (from, to) = (date()?, date()?);
                job = Some(Job::NewMoons(from, to));
            }
            Long("iran-months") => {
                let text = value(&mut parser)
                    .ok_or_else(|| format!("--iran-months needs years\n{USAGE}"))?;
                let year = |s: &str| {
                    s.parse::<i32>()
                        .map_err(|_| format!("--iran-months: not a year: {s:?}\n{USAGE}"))
                };
                let (a, b) = match text.split_once("..=") {
                    Some((a, b)) => (year(a)?, year(b)?),
                    None => (year(&text)?, year(&text)?),
                };
                if a > b {
                    return Err(format!("--iran-months: empty range {text}"));
                }
                job = Some(Job::IranMonths(a, b));
            }
            Long("json") => json = true,
            Long("chain") => chain = true,
            Long("criterion") => {
                let name = value(&mut parser)
                    .ok_or_else(|| format!("--criterion needs a name\n{USAGE}"))?;
                criterion = name.parse().map_err(|e| format!("--criterion {name:?}: {e}"))?;
            }
            Short('h') | Long("help") => return Ok(Command::Help),
            Long(name) => return Err(format!("unknown argument --{name}\n{USAGE}")),
            Short(c) => return Err(format!("unknown argument -{c}\n{USAGE}")),
            Value(arg) => {
                return Err(format!("unknown argument {}\n{USAGE}", arg.to_string_lossy()));
            }
        }
    }
    let job = job.ok_or_else(|| USAGE.to_owned())?;
    Ok(Command::Run(Options { job, json, chain, criterion }))
}

/// Months as `year * 12 + month - 1`.
pub fn index(year: i32, month: u8) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

/// The year and month of a month index.
pub fn split(index: i64) -> (i32, u8) {
    // Years here come from i32 arguments; months are 1..=12.
    (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u8)
}

/// The first day of a month of Iran's observed table, if it has it.
pub fn observed(index: i64) -> Option<GregorianDate> {
    let (year, month) = split(index);
    HijriDate::new_in(Iran::OBSERVED, year, month, 1).ok().map(|d| d.to_gregorian())
}

/// The last month of the observed table.
pub fn last_observed() -> i64 {
    // 1447/10 today; look a few years on in case the table grows.
    (index(1447, 10)..index(1460, 1))
        .take_while(|&i| observed(i).is_some())
        .last()
        .unwrap_or(index(1447, 10))
}

fn error(e: impl std::fmt::Display) -> String {
    format!("{e}")
}

/// The first day of month `target`, observed or else predicted in a chain
/// from the last observed month.
fn first_day(target: i64, criterion: Criterion) -> Result<GregorianDate, String> {
    if let Some(day) = observed(target) {
        return Ok(day);
    }
    let last = last_observed();
    if target < last {
        let (year, month) = split(target);
        return Err(format!("{year}/{month:02} is before Iran's observed months (from 1265/01)"));
    }
    let mut day = observed(last).ok_or("the observed table is empty")?;
    for _ in last..target {
        day = astro::iran_next_month(day, criterion).map_err(error)?.0;
    }
    Ok(day)
}

/// The `--json` line of a month of `--iran-months`.
#[derive(Serialize)]
struct MonthLine {
    year: i32,
    month: u8,
    predicted_first_day: String,
    /// Null outside the observed table.
    observed_first_day: Option<String>,
    /// The date of the 29th.
    evening: String,
    place: &'static str,
    criterion: String,
    visible: bool,
    sunset_utc: String,
    moonset_utc: String,
    moon_age_hours: Fixed,
    lag_minutes: Fixed,
    arcl: Fixed,
    arcv: Fixed,
    daz: Fixed,
    width: Fixed,
    q: Fixed,
    /// Null when there is no young crescent to class.
    yallop: Option<String>,
    v: Fixed,
    odeh: Option<String>,
}

/// Writes the line of a month of `--iran-months`.
fn month_line(
    out: &mut impl Write,
    (year, month): (i32, u8),
    predicted: GregorianDate,
    observed: Option<GregorianDate>,
    evening: &IranEvening,
    json: bool,
) -> io::Result<()> {
    let c = &evening.crescent;
    let yallop = c.yallop().map(|y| format!("{y:?}"));
    let odeh = c.odeh().map(|z| format!("{z:?}"));
    if json {
        let line = MonthLine {
            year,
            month,
            predicted_first_day: predicted.to_string(),
            observed_first_day: observed.map(|d| d.to_string()),
            evening: evening.date.to_string(),
            place: evening.best_place.name,
            criterion: evening.criterion.to_string(),
            visible: evening.visible,
            sunset_utc: c.sunset.to_string(),
            moonset_utc: c.moonset.to_string(),
            moon_age_hours: Fixed::new(c.moon_age_hours, 2),
            lag_minutes: Fixed::new(c.lag_minutes, 1),
            arcl: Fixed::new(c.arcl, 3),
            arcv: Fixed::new(c.arcv, 3),
            daz: Fixed::new(c.daz, 3),
            width: Fixed::new(c.width, 3),
            q: Fixed::new(c.q, 3),
            yallop,
            v: Fixed::new(c.v, 2),
            odeh,
        };
        return write_json_line(out, &line);
    }
    let verdict = match observed {
        Some(o) if o == predicted => "  as observed".to_owned(),
        Some(o) => format!("  observed {o}"),
        None => String::new(),
    };
    let seen = if evening.visible { "seen" } else { "not seen" };
    writeln!(
        out,
        "{year}-{month:02}  predicted {predicted}{verdict}  (evening of {}, {}: age {} h, lag {} min, \
         q {} {}, V {} {}: {seen})",
        evening.date,
        evening.best_place.name,
        Fixed::new(c.moon_age_hours, 1),
        Fixed::new(c.lag_minutes, 0),
        Fixed::new(c.q, 3),
        yallop.as_deref().unwrap_or("-"),
        Fixed::new(c.v, 2),
        odeh.as_deref().unwrap_or("-"),
    )
}

/// Runs the job, writing lines to `out`; errors of single months go to
/// standard error and make `status` 1.
fn run(o: &Options, out: &mut impl Write, status: &mut ExitCode) -> io::Result<()> {
    let mut fail = |e: &str| {
        let _ = writeln!(io::stderr(), "error: {e}");
        *status = ExitCode::FAILURE;
    };
    match o.job {
        Job::NewMoons(from, to) => {
            let start = i64::from(from.to_day_number()) * 86_400;
            let end = i64::from(to.to_day_number()) * 86_400;
            let moment = match Moment::from_unix_seconds(start) {
                Ok(m) => m,
                Err(e) => {
                    fail(&e.to_string());
                    return Ok(());
                }
            };
            // The last new moon before `from`, then onwards.
            let mut k = astro::lunation(moment);
            loop {
                match astro::new_moon(k) {
                    Ok(m) if m.unix_seconds_f64() >= end as f64 => break,
                    Ok(m) if m.unix_seconds_f64() >= start as f64 => writeln!(out, "{m}")?,
                    Ok(_) => {}
                    Err(e) => {
                        fail(&e.to_string());
                        break;
                    }
                }
                k += 1;
            }
        }
        Job::IranMonths(a, b) => {
            let mut previous: Option<GregorianDate> = None;
            for i in index(a, 1)..=index(b, 12) {
                let (year, month) = split(i);
                let base = match (o.chain, observed(i - 1), previous) {
                    (false, Some(day), _) => Ok(day),
                    (_, _, Some(day)) => Ok(day),
                    _ => first_day(i - 1, o.criterion),
                };
                let result =
                    base.and_then(|base| astro::iran_next_month(base, o.criterion).map_err(error));
                match result {
                    Ok((predicted, evening)) => {
                        previous = Some(predicted);
                        let observed = observed(i);
                        month_line(out, (year, month), predicted, observed, &evening, o.json)?;
                    }
                    Err(e) => {
                        previous = None;
                        fail(&format!("{year}/{month:02}: {e}"));
                    }
                }
            }
        }
    }
    Ok(())
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
    // A closed standard output (`| head -1`) ends the run quietly, with the
    // status so far.
    let written = run(&o, &mut out, &mut status).and_then(|()| out.flush());
    crate::exit_status(written, status)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        options(args.iter().map(OsString::from).collect())
    }

    #[test]
    fn options_and_their_values() {
        let Ok(Command::Run(o)) = parse(&["--new-moons=-0001-01-01", "0001-01-01"]) else {
            panic!()
        };
        assert!(matches!(o.job, Job::NewMoons(from, _) if from.year() == -1));
        let Ok(Command::Run(o)) =
            parse(&["--iran-months", "-5..=-3", "--json", "--chain", "--criterion=yallop-c"])
        else {
            panic!()
        };
        assert!(matches!(o.job, Job::IranMonths(-5, -3)) && o.json && o.chain);
        assert_eq!(o.criterion.to_string(), "yallop-c");
        let cases: &[(&[&str], &str)] = &[
            (&[], "usage: shamsi moon "),
            (&["--json"], "usage: shamsi moon "),
            (&["--bogus"], "unknown argument --bogus\nusage: shamsi moon "),
            (&["stray"], "unknown argument stray\n"),
            (&["--new-moons", "2024-01-01"], "--new-moons needs FROM and TO\n"),
            (&["--new-moons", "x", "2024-01-01"], "--new-moons: not a Gregorian date \"x\""),
            (&["--iran-months"], "--iran-months needs years\n"),
            (&["--iran-months", "x"], "--iran-months: not a year: \"x\""),
            (&["--iran-months", "1447..=1446"], "--iran-months: empty range 1447..=1446"),
            (&["--criterion"], "--criterion needs a name\n"),
            (&["--criterion", "bogus"], "--criterion \"bogus\": "),
            (&["--chain=yes"], "unexpected argument for option '--chain'"),
        ];
        for (args, message) in cases {
            match parse(args) {
                Err(e) => assert!(e.starts_with(message), "{args:?}: {e}"),
                Ok(_) => panic!("{args:?}"),
            }
        }
        assert!(matches!(parse(&["--iran-months", "1446", "-h", "--bogus"]), Ok(Command::Help)));
        assert!(HELP.contains("\n  shamsi moon --new-moons 2024-01-01 2025-01-01\n"));
    }

    #[derive(Serialize)]
    struct Figures {
        name: &'static str,
        a: Fixed,
        b: Fixed,
        c: Fixed,
        d: Fixed,
    }

    /// Fixed decimals and `null` for what is not finite: valid JSON, with
    /// the decimals serde_json would drop.
    #[test]
    fn fixed_numbers_keep_their_decimals() {
        let figures = Figures {
            name: "a \"b\"",
            a: Fixed::new(0.1, 2),
            b: Fixed::new(-12.0, 3),
            c: Fixed::new(f64::NAN, 1),
            d: Fixed::new(f64::INFINITY, 1),
        };
        let mut out = Vec::new();
        write_json_line(&mut out, &figures).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "{\"name\":\"a \\\"b\\\"\",\"a\":0.10,\"b\":-12.000,\"c\":null,\"d\":null}\n"
        );
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["b"], serde_json::json!(-12.0));
    }

    /// The bytes the command has always written for Muharram 1446.
    #[test]
    fn a_month_as_json() {
        let o = Options {
            job: Job::IranMonths(1446, 1446),
            json: true,
            chain: false,
            criterion: Criterion::IRAN,
        };
        let (mut out, mut status) = (Vec::new(), ExitCode::SUCCESS);
        run(&o, &mut out, &mut status).unwrap();
        assert_eq!(status, ExitCode::SUCCESS);
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 12);
        assert_eq!(
            text.lines().next(),
            Some(
                "{\"year\":1446,\"month\":1,\"predicted_first_day\":\"2024-07-07\",\
                 \"observed_first_day\":\"2024-07-07\",\"evening\":\"2024-07-06\",\
                 \"place\":\"Abadan\",\"criterion\":\"odeh-b\",\"visible\":true,\
                 \"sunset_utc\":\"2024-07-06T15:52:23Z\",\"moonset_utc\":\"2024-07-06T16:39:26Z\",\
                 \"moon_age_hours\":16.92,\"lag_minutes\":47.1,\"arcl\":9.934,\"arcv\":9.694,\
                 \"daz\":2.171,\"width\":0.230,\"q\":-0.073,\"yallop\":\"C\",\"v\":2.77,\
                 \"odeh\":\"B\"}"
            )
        );
    }
}
