//! Converts dates between the Solar Hijri and Gregorian calendars.
//!
//! ```text
//! cargo run --release --example convert -- 1402-11-06          # 2024-01-26
//! cargo run --release --example convert -- 2024-01-26          # 1402-11-06
//! cargo run --release --example convert -- 'جمعه ۶ بهمن ماه ١۴٠٢'  # 2024-01-26
//! cargo run --release --example convert -- '۲۶ ژانویه ۲۰۲۴'    # 1402-11-06
//! cargo run --release --example convert -- --to jalali --rule birashk 2025-03-20
//! cargo run --release --example convert -- --to jalali --format '%A %-d %B %Y' --locale fa 2024-01-26
//! printf '1402-11-06\n2024-01-26\n' | cargo run --release --example convert -- --json
//! ```
//!
//! A date is anything the lenient parser reads (`shamsi::parse::Lenient`):
//! `1402/11/06`, `١۴٠٢/١١/٠۶`, `۶ بهمن ماه ۱۴۰۲`, `Friday, Bahman 6, 1402 AP`,
//! `۲۶ ژانویه ۲۰۲۴`, … (and `[-]YYYY-MM-DD`).
//!
//! Options:
//!
//! - `--from jalali|gregorian`: the calendar of the input (default: what the
//!   text says, or for numbers only, Solar Hijri below year 1700).
//! - `--to gregorian|jalali`: the calendar of the output (default: the other
//!   one); without `--from`, `--to jalali` reads Gregorian input and `--to
//!   gregorian` Solar Hijri input.
//! - `--rule official|rule33|borkowski|birashk` (default official), and
//!   `astronomical` (apparent noon at 52.5° E) or `astronomical-irst` (12:00
//!   Iran Standard Time), the calendar computed from the equinox itself
//!   (feature `astro`, on by default; `YYYY-MM-DD` input only, and no
//!   `--format`).
//! - `--format PATTERN` (strftime-style, see `shamsi::format`), `--locale
//!   fa|fa-AF|en|fa-Latn|ps|ckb` (default en), `--digits
//!   latin|persian|arabic` (default: the locale's): write the output with
//!   the pattern (default `%F`) in that locale and digits.
//! - `--json`: one JSON object per input: `input`, `calendar` (of the input),
//!   `jalali`, `gregorian`, `weekday`, and `formatted` with `--format`; or
//!   `input` and `error`.
//!
//! Dates come from the arguments, or one per line from standard input when
//! there are none. Each input gives one output line; one that cannot be
//! converted (including a date without a year or day, such as `۱۹ مهر`:
//! nothing to convert) gives `error: <reason>` (also written to standard
//! error) and makes the exit status 1.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use shamsi::format::{DateFormat, Digits, Locale};
use shamsi::parse::{Expect, Lenient, Parsed};
use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33, RuleKind};
use shamsi::{Calendar, GregorianDate, JalaliDate, Weekday};

#[derive(Clone, Copy, PartialEq)]
enum To {
    Guess,
    Jalali,
    Gregorian,
}

#[path = "common/choice.rs"]
mod choice;
use choice::Choice;

struct Options {
    to: To,
    from: Option<Expect>,
    rule: Choice,
    json: bool,
    format: Option<String>,
    locale: Option<Locale>,
    digits: Option<Digits>,
    dates: Vec<String>,
}

const USAGE: &str = "usage: convert [--from jalali|gregorian] [--to gregorian|jalali] \
[--rule official|rule33|borkowski|birashk|astronomical|astronomical-irst] [--format PATTERN] [--locale fa|fa-AF|en|fa-Latn|ps|ckb] \
[--digits latin|persian|arabic] [--json] [DATE...]";

fn options() -> Result<Options, String> {
    let mut o = Options {
        to: To::Guess,
        from: None,
        rule: Choice::Arithmetic(RuleKind::Official),
        json: false,
        format: None,
        locale: None,
        digits: None,
        dates: Vec::new(),
    };
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
            "--from" => {
                o.from = match args.next().as_deref() {
                    Some("gregorian") => Some(Expect::Gregorian),
                    Some("jalali") => Some(Expect::Jalali),
                    Some("auto") => Some(Expect::Auto),
                    _ => return Err("--from takes jalali, gregorian or auto".into()),
                }
            }
            "--rule" => {
                let name = args.next().unwrap_or_default();
                o.rule = name.parse().map_err(|e| format!("--rule: {e}"))?;
            }
            "--format" => {
                let pattern = args.next().ok_or("--format takes a pattern")?;
                DateFormat::new(&pattern).map_err(|e| format!("--format {pattern:?}: {e}"))?;
                o.format = Some(pattern);
            }
            "--locale" => {
                let tag = args.next().unwrap_or_default();
                o.locale = Some(tag.parse().map_err(|e| format!("--locale {tag}: {e}"))?);
            }
            "--digits" => {
                o.digits = Some(match args.next().as_deref() {
                    Some("latin") => Digits::Latin,
                    Some("persian") => Digits::Persian,
                    Some("arabic") => Digits::ArabicIndic,
                    _ => return Err("--digits takes latin, persian or arabic".into()),
                })
            }
            "--json" => o.json = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => o.dates.push(arg),
        }
    }
    #[cfg(feature = "astro")]
    if matches!(o.rule, Choice::Astronomical(_))
        && (o.format.is_some() || o.locale.is_some() || o.digits.is_some())
    {
        return Err("--format, --locale and --digits work with the arithmetic rules only".into());
    }
    Ok(o)
}

impl Options {
    /// The calendar the input is read in.
    fn expect(&self) -> Expect {
        match (self.from, self.to) {
            (Some(from), _) => from,
            (None, To::Jalali) => Expect::Gregorian,
            (None, To::Gregorian) => Expect::Jalali,
            (None, To::Guess) => Expect::Auto,
        }
    }

    /// The format the output is written with, if one was asked for.
    fn date_format(&self) -> Option<DateFormat<'_>> {
        if self.format.is_none() && self.locale.is_none() && self.digits.is_none() {
            return None;
        }
        let mut f = DateFormat::new(self.format.as_deref().unwrap_or("%F")).ok()?;
        if let Some(locale) = self.locale {
            f = f.with_locale(locale);
        }
        if let Some(digits) = self.digits {
            f = f.with_digits(digits);
        }
        Some(f)
    }
}

/// One converted date: both forms, the weekday, and the answer to print.
struct Converted {
    calendar: Calendar,
    jalali: String,
    gregorian: String,
    weekday: Weekday,
    answer: String,
    formatted: Option<String>,
}

/// Reads `[-]YYYY-MM-DD` strictly, for the negative years the lenient
/// parser does not take.
fn strict<R: Rule>(input: &str, expect: Expect) -> Result<Parsed<R>, String> {
    let gregorian = match expect {
        Expect::Gregorian => true,
        Expect::Jalali => false,
        _ => {
            let digits = input.get(1..).and_then(|rest| rest.split('-').next());
            let year: i64 = digits.and_then(|y| y.parse().ok()).unwrap_or(0);
            -year >= i64::from(Lenient::GREGORIAN_FROM)
        }
    };
    if gregorian {
        let g: GregorianDate =
            input.parse().map_err(|e| format!("\"{input}\" as a gregorian date: {e}"))?;
        Ok(Parsed::Gregorian(g))
    } else {
        let j: JalaliDate<R> =
            input.parse().map_err(|e| format!("\"{input}\" as a jalali date: {e}"))?;
        Ok(Parsed::Jalali(j))
    }
}

fn convert<R: Rule>(rule: R, input: &str, o: &Options) -> Result<Converted, String> {
    let expect = o.expect();
    let parsed = if input.starts_with('-') {
        strict(input, expect)?
    } else {
        Lenient::new()
            .expecting(expect)
            .parse_in(rule, input)
            .map_err(|e| format!("cannot read \"{input}\": {e}"))?
    };
    let (calendar, date) = match parsed {
        Parsed::Jalali(j) => (Calendar::Jalali, j),
        Parsed::Gregorian(g) => {
            (Calendar::Gregorian, rule.from_gregorian(g).map_err(|e| e.to_string())?)
        }
        Parsed::Partial(p) => {
            return Err(format!("\"{input}\" is a partial date ({p}): nothing to convert"));
        }
        _ => return Err(format!("cannot read \"{input}\"")),
    };
    let gregorian = date.to_gregorian();
    let to_gregorian = match o.to {
        To::Jalali => false,
        To::Gregorian => true,
        To::Guess => calendar == Calendar::Jalali,
    };
    let formatted =
        o.date_format().map(|f| if to_gregorian { f.format(gregorian) } else { f.format(date) });
    let iso = if to_gregorian { gregorian.to_string() } else { date.to_string() };
    Ok(Converted {
        calendar,
        jalali: date.to_string(),
        gregorian: gregorian.to_string(),
        weekday: date.weekday(),
        answer: formatted.clone().unwrap_or(iso),
        formatted,
    })
}

fn convert_any(input: &str, o: &Options) -> Result<Converted, String> {
    match o.rule {
        Choice::Arithmetic(RuleKind::Rule33) => convert(Rule33, input, o),
        Choice::Arithmetic(RuleKind::Borkowski) => convert(Borkowski, input, o),
        Choice::Arithmetic(RuleKind::Birashk) => convert(Birashk, input, o),
        Choice::Arithmetic(_) => convert(Official, input, o),
        #[cfg(feature = "astro")]
        Choice::Astronomical(rule) => convert_astronomical(rule, input, o),
    }
}

/// Converts `[-]YYYY-MM-DD` under the astronomical calendar, whose leap
/// years come from the equinox computed for each year (the lenient reader
/// and `--format` serve the arithmetic rules).
#[cfg(feature = "astro")]
fn convert_astronomical(
    rule: shamsi::astro::Astronomical,
    input: &str,
    o: &Options,
) -> Result<Converted, String> {
    let (negative, body) = match input.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let fields: Vec<&str> = body.split('-').collect();
    let [y, m, d] = fields.as_slice() else {
        return Err(format!("cannot read \"{input}\" as YYYY-MM-DD"));
    };
    let year: i32 = y.parse().map_err(|_| format!("cannot read the year of \"{input}\""))?;
    let year = if negative { -year } else { year };
    let (month, day): (u8, u8) = match (m.parse(), d.parse()) {
        (Ok(m), Ok(d)) => (m, d),
        _ => return Err(format!("cannot read \"{input}\" as YYYY-MM-DD")),
    };
    let jalali_input = match o.expect() {
        Expect::Jalali => true,
        Expect::Gregorian => false,
        _ => year < Lenient::GREGORIAN_FROM,
    };
    let (calendar, gregorian) = if jalali_input {
        (Calendar::Jalali, rule.to_gregorian(year, month, day).map_err(|e| e.to_string())?)
    } else {
        let g: GregorianDate =
            input.parse().map_err(|e| format!("\"{input}\" as a gregorian date: {e}"))?;
        (Calendar::Gregorian, g)
    };
    let date = rule.from_gregorian(gregorian).map_err(|e| e.to_string())?;
    let to_gregorian = match o.to {
        To::Jalali => false,
        To::Gregorian => true,
        To::Guess => calendar == Calendar::Jalali,
    };
    let answer = if to_gregorian { gregorian.to_string() } else { date.to_string() };
    Ok(Converted {
        calendar,
        jalali: date.to_string(),
        gregorian: gregorian.to_string(),
        weekday: gregorian.weekday(),
        answer,
        formatted: None,
    })
}

#[path = "common/json.rs"]
mod json;
use json::write_string as json_string;

/// Converts one input and writes its line; returns whether it converted.
fn run_one(out: &mut impl Write, o: &Options, input: &str) -> io::Result<bool> {
    let input = input.trim_start_matches('\u{feff}').trim();
    report(out, o, input, convert_any(input, o))
}

/// Writes the line for one input; returns whether it converted.
fn report(
    out: &mut impl Write,
    o: &Options,
    input: &str,
    result: Result<Converted, String>,
) -> io::Result<bool> {
    match (&result, o.json) {
        (Ok(c), false) => writeln!(out, "{}", c.answer)?,
        (Ok(c), true) => {
            out.write_all(b"{\"input\":")?;
            json_string(out, input)?;
            let weekday = c.weekday.name().to_ascii_lowercase();
            write!(
                out,
                ",\"calendar\":\"{}\",\"jalali\":\"{}\",\"gregorian\":\"{}\",\"weekday\":\"{weekday}\"",
                c.calendar, c.jalali, c.gregorian
            )?;
            if let Some(f) = &c.formatted {
                out.write_all(b",\"formatted\":")?;
                json_string(out, f)?;
            }
            writeln!(out, "}}")?;
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
            // Line by line as bytes, so that a line that is not UTF-8 is one
            // error and not the end of the input.
            let mut stdin = io::stdin().lock();
            let mut line = Vec::new();
            while stdin.read_until(b'\n', &mut line)? > 0 {
                all_ok &= match std::str::from_utf8(&line) {
                    Ok(text) => run_one(&mut out, &o, text)?,
                    Err(e) => {
                        let text = String::from_utf8_lossy(&line);
                        let error = format!("not UTF-8 (byte {} of the line)", e.valid_up_to());
                        report(&mut out, &o, text.trim(), Err(error))?
                    }
                };
                line.clear();
            }
        } else {
            for date in &o.dates {
                all_ok &= run_one(&mut out, &o, date)?;
            }
        }
        out.flush()
    })();
    match result {
        // The reader went away (`| head -1`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("error: {e}");
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
