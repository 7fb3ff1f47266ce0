//! New moons, and Iran's lunar months as the crescent predicts them.
//!
//! ```text
//! cargo run --release --example moon -- --new-moons 2024-01-01 2025-01-01
//! 2024-01-11T11:57:27Z
//! ...
//! cargo run --release --example moon -- --iran-months 1446..=1447
//! cargo run --release --example moon -- --iran-months 1446 --json
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
//!   crescent to class).
//!
//! Exit status: 0; 1 when a month or a new moon could not be computed (its
//! error on standard error); 2 for a usage error or a failed write. A closed
//! standard output ends the run quietly.

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use shamsi::astro::{self, Criterion, IranEvening, Moment};
use shamsi::hijri::{HijriDate, Iran};
use shamsi::GregorianDate;

const USAGE: &str = "usage: moon --new-moons FROM TO\n       \
     moon --iran-months A[..=B] [--json] [--chain] [--criterion NAME]";

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

fn options(args: Vec<OsString>) -> Result<Options, String> {
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    let mut job = None;
    let (mut json, mut chain, mut criterion) = (false, false, Criterion::IRAN);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--new-moons" => {
                let mut date = || -> Result<GregorianDate, String> {
                    let text = args
                        .next()
                        .ok_or_else(|| format!("--new-moons needs FROM and TO\n{USAGE}"))?;
                    text.parse().map_err(|e| format!("not a Gregorian date {text:?}: {e}"))
                };
                let (from, to) = (date()?, date()?);
                job = Some(Job::NewMoons(from, to));
            }
            "--iran-months" => {
                let text =
                    args.next().ok_or_else(|| format!("--iran-months needs years\n{USAGE}"))?;
                let year =
                    |s: &str| s.parse::<i32>().map_err(|_| format!("not a year: {s:?}\n{USAGE}"));
                let (a, b) = match text.split_once("..=") {
                    Some((a, b)) => (year(a)?, year(b)?),
                    None => (year(&text)?, year(&text)?),
                };
                if a > b {
                    return Err(format!("empty range {text}"));
                }
                job = Some(Job::IranMonths(a, b));
            }
            "--json" => json = true,
            "--chain" => chain = true,
            "--criterion" => {
                let name =
                    args.next().ok_or_else(|| format!("--criterion needs a name\n{USAGE}"))?;
                criterion = name.parse().map_err(|e| format!("{e}"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => return Err(format!("unknown argument {arg}\n{USAGE}")),
        }
    }
    let job = job.ok_or_else(|| USAGE.to_owned())?;
    Ok(Options { job, json, chain, criterion })
}

/// Months as `year * 12 + month - 1`.
fn index(year: i32, month: u8) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

fn split(index: i64) -> (i32, u8) {
    // Years here come from i32 arguments; months are 1..=12.
    (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u8)
}

fn observed(index: i64) -> Option<GregorianDate> {
    let (year, month) = split(index);
    HijriDate::new_in(Iran::OBSERVED, year, month, 1).ok().map(|d| d.to_gregorian())
}

/// The last month of the observed table.
fn last_observed() -> i64 {
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

fn fixed(x: f64, digits: usize) -> String {
    if x.is_finite() {
        format!("{x:.digits$}")
    } else {
        "null".to_owned()
    }
}

fn month_line(
    year: i32,
    month: u8,
    predicted: GregorianDate,
    observed: Option<GregorianDate>,
    evening: &IranEvening,
    json: bool,
) -> String {
    let c = &evening.crescent;
    let yallop = c.yallop().map(|y| format!("{y:?}"));
    let odeh = c.odeh().map(|z| format!("{z:?}"));
    if json {
        let quoted = |s: Option<String>| s.map_or("null".to_owned(), |s| format!("\"{s}\""));
        return format!(
            "{{\"year\":{year},\"month\":{month},\"predicted_first_day\":\"{predicted}\",\
             \"observed_first_day\":{},\"evening\":\"{}\",\"place\":\"{}\",\"criterion\":\"{}\",\
             \"visible\":{},\"sunset_utc\":\"{}\",\"moonset_utc\":\"{}\",\"moon_age_hours\":{},\
             \"lag_minutes\":{},\"arcl\":{},\"arcv\":{},\"daz\":{},\"width\":{},\"q\":{},\
             \"yallop\":{},\"v\":{},\"odeh\":{}}}",
            quoted(observed.map(|d| d.to_string())),
            evening.date,
            evening.best_place.name,
            evening.criterion,
            evening.visible,
            c.sunset,
            c.moonset,
            fixed(c.moon_age_hours, 2),
            fixed(c.lag_minutes, 1),
            fixed(c.arcl, 3),
            fixed(c.arcv, 3),
            fixed(c.daz, 3),
            fixed(c.width, 3),
            fixed(c.q, 3),
            quoted(yallop),
            fixed(c.v, 2),
            quoted(odeh),
        );
    }
    let verdict = match observed {
        Some(o) if o == predicted => "  as observed".to_owned(),
        Some(o) => format!("  observed {o}"),
        None => String::new(),
    };
    let seen = if evening.visible { "seen" } else { "not seen" };
    format!(
        "{year}-{month:02}  predicted {predicted}{verdict}  (evening of {}, {}: age {} h, lag {} min, \
         q {} {}, V {} {}: {seen})",
        evening.date,
        evening.best_place.name,
        fixed(c.moon_age_hours, 1),
        fixed(c.lag_minutes, 0),
        fixed(c.q, 3),
        yallop.as_deref().unwrap_or("-"),
        fixed(c.v, 2),
        odeh.as_deref().unwrap_or("-"),
    )
}

/// Runs the job, writing lines to `out`; errors of single months go to
/// standard error and make the status 1.
fn run(o: &Options, out: &mut impl Write) -> io::Result<ExitCode> {
    let mut status = ExitCode::SUCCESS;
    let fail = |e: &str| {
        let _ = writeln!(io::stderr(), "error: {e}");
        ExitCode::FAILURE
    };
    match o.job {
        Job::NewMoons(from, to) => {
            let start = i64::from(from.to_day_number()) * 86_400;
            let end = i64::from(to.to_day_number()) * 86_400;
            let moment = match Moment::from_unix_seconds(start) {
                Ok(m) => m,
                Err(e) => return Ok(fail(&e.to_string())),
            };
            // The last new moon before `from`, then onwards.
            let mut k = astro::lunation(moment);
            loop {
                match astro::new_moon(k) {
                    Ok(m) if m.unix_seconds_f64() >= end as f64 => break,
                    Ok(m) if m.unix_seconds_f64() >= start as f64 => writeln!(out, "{m}")?,
                    Ok(_) => {}
                    Err(e) => {
                        status = fail(&e.to_string());
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
                        writeln!(
                            out,
                            "{}",
                            month_line(year, month, predicted, observed(i), &evening, o.json)
                        )?;
                    }
                    Err(e) => {
                        previous = None;
                        status = fail(&format!("{year}/{month:02}: {e}"));
                    }
                }
            }
        }
    }
    Ok(status)
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let o = match options(args) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(io::stderr(), "{e}");
            return ExitCode::from(2);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let result = run(&o, &mut out).and_then(|status| out.flush().map(|()| status));
    match result {
        Ok(status) => status,
        // A closed standard output (`| head -1`) ends the run quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: {e}");
            ExitCode::from(2)
        }
    }
}
