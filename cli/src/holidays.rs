//! Lists the official holidays of Iran or Afghanistan.
//!
//! ```text
//! cargo run --release --example holidays -- 1404
//! cargo run --release --example holidays -- --country afghanistan --json 1403..=1404
//! ```
//!
//! The argument is a Solar Hijri year or a range `A..=B`. One line per
//! holiday, in date order (a day with two holidays gives two lines):
//! `1404-01-12 2025-04-01 eid_fitr_2 lunar Eid al-Fitr (second day)`, with
//! `(estimated)` after an estimated date. With `--json`, one object per
//! line: `jalali`, `gregorian`, `key`, `calendar` (`solar` or `lunar`),
//! `estimated`, `name_fa`, `name_en`, and `name_ps` (Afghanistan) and
//! `hijri` (the lunar date of a lunar holiday).
//!
//! Exit status: 0, 1 when a year is outside the years the crate lists (the
//! error on standard error), 2 for a bad command line.

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use shamsi::holidays::{Country, Holiday};

use crate::json::write_string;

const USAGE: &str = "usage: holidays [--country iran|afghanistan] [--json] YEAR|A..=B";

struct Options {
    country: Country,
    json: bool,
    years: (i32, i32),
}

fn options(args: Vec<OsString>) -> Result<Options, String> {
    let mut country = Country::Iran;
    let mut json = false;
    let mut years = None;
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--country" => {
                let name = args.next().unwrap_or_default();
                country = name.parse().map_err(|e| format!("--country {name:?}: {e}"))?;
            }
            "--json" => json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => {
                let year =
                    |s: &str| s.trim().parse::<i32>().map_err(|_| format!("not a year: {s:?}"));
                years = Some(match arg.split_once("..=") {
                    Some((a, b)) => (year(a)?, year(b)?),
                    None => (year(&arg)?, year(&arg)?),
                });
            }
        }
    }
    let years = years.ok_or(USAGE)?;
    if years.0 > years.1 {
        return Err(format!("empty range {}..={}", years.0, years.1));
    }
    Ok(Options { country, json, years })
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
    write!(
        out,
        "{{\"jalali\":\"{jalali}\",\"gregorian\":\"{gregorian}\",\"key\":\"{}\",\"calendar\":\"{}\",\"estimated\":{}",
        h.key, h.calendar, h.estimated
    )?;
    if let Some((y, m, d)) = h.lunar {
        write!(out, ",\"hijri\":\"{y:04}-{m:02}-{d:02}\"")?;
    }
    out.write_all(b",\"name_fa\":")?;
    write_string(out, h.name_fa)?;
    if let Some(ps) = h.name_ps {
        out.write_all(b",\"name_ps\":")?;
        write_string(out, ps)?;
    }
    out.write_all(b",\"name_en\":")?;
    write_string(out, h.name_en)?;
    writeln!(out, "}}")
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
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => status,
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: {e}");
            ExitCode::from(2)
        }
        Ok(()) => status,
    }
}
