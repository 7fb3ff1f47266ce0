//! Converts dates between the Solar Hijri and Gregorian calendars.
//!
//! ```text
//! cargo run --release --example convert -- 1402-11-06          # 2024-01-26
//! cargo run --release --example convert -- 2024-01-26          # 1402-11-06
//! cargo run --release --example convert -- --to jalali --rule birashk 2025-03-20
//! printf '1402-11-06\n2024-01-26\n' | cargo run --release --example convert -- --json
//! ```
//!
//! Options: `--to gregorian|jalali` (default: guessed from the year, below
//! 1700 is Solar Hijri), `--rule official|rule33|borkowski|birashk`
//! (default official), `--json`. Dates come from the arguments, or one per
//! line from standard input when there are none. Each input gives one output
//! line; one that cannot be converted gives `error: <reason>` (also written
//! to standard error) and makes the exit status 1.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33, RuleKind};
use shamsi::{GregorianDate, JalaliDate, Weekday};

#[derive(Clone, Copy, PartialEq)]
enum To {
    Guess,
    Jalali,
    Gregorian,
}

struct Options {
    to: To,
    rule: RuleKind,
    json: bool,
    dates: Vec<String>,
}

const USAGE: &str = "usage: convert [--to gregorian|jalali] [--rule official|rule33|borkowski|birashk] [--json] [DATE...]";

fn options() -> Result<Options, String> {
    let mut o = Options { to: To::Guess, rule: RuleKind::Official, json: false, dates: Vec::new() };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--to" => {
                o.to = match args.next().as_deref() {
                    Some("gregorian") => To::Gregorian,
                    Some("jalali") => To::Jalali,
                    _ => return Err("--to takes gregorian or jalali".into()),
                }
            }
            "--rule" => {
                let name = args.next().unwrap_or_default();
                o.rule = name.parse().map_err(|e| format!("--rule {name}: {e}"))?;
            }
            "--json" => o.json = true,
            "-h" | "--help" => return Err(USAGE.into()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => o.dates.push(arg),
        }
    }
    Ok(o)
}

/// One converted date: both forms and the weekday.
struct Converted {
    jalali: String,
    gregorian: String,
    weekday: Weekday,
}

/// The year at the start of `[-]YYYY-MM-DD`, to guess the calendar from.
fn leading_year(input: &str) -> Option<i64> {
    let (sign, rest) = match input.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, input),
    };
    let digits = rest.split('-').next()?;
    digits.parse::<i64>().ok().map(|y| sign * y)
}

fn convert<R: Rule>(rule: R, input: &str, to: To) -> Result<Converted, String> {
    let to = match to {
        To::Guess => match leading_year(input) {
            Some(y) if y < 1700 => To::Gregorian,
            Some(_) => To::Jalali,
            None => return Err(format!("cannot read {input:?} as YYYY-MM-DD")),
        },
        to => to,
    };
    let date = if to == To::Gregorian {
        input.parse::<JalaliDate<R>>().map_err(|e| format!("{input:?} as a jalali date: {e}"))?
    } else {
        let g: GregorianDate =
            input.parse().map_err(|e| format!("{input:?} as a gregorian date: {e}"))?;
        rule.from_gregorian(g).map_err(|e| e.to_string())?
    };
    Ok(Converted {
        jalali: date.to_string(),
        gregorian: date.to_gregorian().to_string(),
        weekday: date.weekday(),
    })
}

fn convert_any(rule: RuleKind, input: &str, to: To) -> Result<Converted, String> {
    match rule {
        RuleKind::Rule33 => convert(Rule33, input, to),
        RuleKind::Borkowski => convert(Borkowski, input, to),
        RuleKind::Birashk => convert(Birashk, input, to),
        _ => convert(Official, input, to),
    }
}

/// Writes `s` as a JSON string.
fn json_string(out: &mut impl Write, s: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    for c in s.chars() {
        match c {
            '"' => out.write_all(b"\\\"")?,
            '\\' => out.write_all(b"\\\\")?,
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32)?,
            c => write!(out, "{c}")?,
        }
    }
    out.write_all(b"\"")
}

/// Converts one input and writes its line; returns whether it converted.
fn run_one(out: &mut impl Write, o: &Options, input: &str) -> io::Result<bool> {
    let input = input.trim();
    let result = convert_any(o.rule, input, o.to);
    match (&result, o.json) {
        (Ok(c), false) => {
            let answer = match o.to {
                To::Jalali => &c.jalali,
                To::Gregorian => &c.gregorian,
                // The guess converts to the other calendar.
                To::Guess if input == c.jalali => &c.gregorian,
                To::Guess => &c.jalali,
            };
            writeln!(out, "{answer}")?;
        }
        (Ok(c), true) => {
            out.write_all(b"{\"input\":")?;
            json_string(out, input)?;
            let weekday = c.weekday.name().to_ascii_lowercase();
            writeln!(
                out,
                ",\"jalali\":\"{}\",\"gregorian\":\"{}\",\"weekday\":\"{weekday}\"}}",
                c.jalali, c.gregorian
            )?;
        }
        (Err(e), false) => writeln!(out, "error: {e}")?,
        (Err(e), true) => {
            out.write_all(b"{\"input\":")?;
            json_string(out, input)?;
            out.write_all(b",\"error\":")?;
            json_string(out, e)?;
            writeln!(out, "}}")?;
        }
    }
    if let Err(e) = &result {
        eprintln!("error: {e}");
    }
    Ok(result.is_ok())
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let result = (|| -> io::Result<()> {
        if o.dates.is_empty() {
            for line in io::stdin().lock().lines() {
                all_ok &= run_one(&mut out, &o, &line?)?;
            }
        } else {
            for date in &o.dates {
                all_ok &= run_one(&mut out, &o, date)?;
            }
        }
        out.flush()
    })();
    if let Err(e) = result {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
