//! Converts dates between the Solar Hijri and Gregorian calendars.
//!
//! ```text
//! shamsi convert 1402-11-06                   # 2024-01-26
//! shamsi convert 2024-01-26                   # 1402-11-06
//! shamsi convert 'جمعه ۶ بهمن ماه ١۴٠٢'       # 2024-01-26
//! shamsi convert '۲۶ ژانویه ۲۰۲۴'             # 1402-11-06
//! shamsi convert --to jalali --rule birashk 2025-03-20
//! shamsi convert --to jalali --format '%A %-d %B %Y' --locale fa 2024-01-26
//! printf '1402-11-06\n2024-01-26\n' | shamsi convert --json
//! shamsi convert 1402-11-06T14:30:00          # 2024-01-26T14:30:00
//! shamsi convert --zone iran @1706266800      # 1402-11-06T14:30:00+03:30
//! shamsi convert --zone iran --json 2024-01-26T11:00:00Z
//! ```
//!
//! A date-time is a numeric date, `T` or a space, and `HH:MM[:SS[.f]]`
//! (`1402-11-06T14:30:00`, `1402-11-06 14:30`); with an offset or `Z` after
//! it (`2024-01-26T14:30:00+03:30`, `2024-01-26T11:00:00Z`), or as `@N`
//! (Unix seconds), it is an instant. A date-time converts to a date-time,
//! an instant to the wall-clock date-time and offset it has.
//!
//! A date with a time as people write it (`۶ بهمن ۱۴۰۲ ساعت ۹ شب`,
//! `1402/11/06 10:52 ق.ظ.`, `… به وقت تهران`) converts too
//! (`Lenient::parse_datetime`).
//!
//! A date is anything the lenient parser reads (`shamsi::parse::Lenient`):
//! `1402/11/06`, `١۴٠٢/١١/٠۶`, `۶ بهمن ماه ۱۴۰۲`, `Friday, Bahman 6, 1402 AP`,
//! `۲۶ ژانویه ۲۰۲۴`, … (and `[-]YYYY-MM-DD`).
//!
//! Options:
//!
//! - `--from jalali|gregorian|auto`: the calendar of the input (`auto`, the
//!   default: what the text says, or for numbers only, Solar Hijri below
//!   year 1700).
//! - `--to gregorian|jalali|hijri`: the calendar of the output (default: the
//!   other one); without `--from`, `--to jalali` reads Gregorian input and
//!   `--to gregorian` Solar Hijri input. `--to hijri` writes the lunar Hijri
//!   date (`1445-07-14`) of a Solar Hijri or Gregorian date.
//! - `--from hijri`: the input is a lunar Hijri `YYYY-MM-DD`; the output is
//!   Gregorian (or Solar Hijri with `--to jalali`).
//! - `--hijri iran|iran-observed|iran-estimated|iran-predicted|umm-al-qura|civil|tbla|afghanistan`: the lunar Hijri
//!   calendar (default iran: Iran's observed months, 1265/1..=1447/10, then
//!   the crate's predicted months to 1500, marked `"hijri_estimated":true`
//!   in JSON; iran-observed: the observed months alone, an error outside;
//!   iran-estimated: Umm al-Qura + 1 day outside them; iran-predicted: as
//!   iran; afghanistan: Afghanistan's announced months of 2022–2025 over
//!   Umm al-Qura; `shamsi::hijri`).
//! - `--rule official|rule33|borkowski|birashk` (default official), and
//!   `astronomical` (apparent noon at 52.5° E) or `astronomical-irst` (12:00
//!   Iran Standard Time), the calendar computed from the equinox itself
//!   (feature `astro`, on by default; `YYYY-MM-DD` input only, and no
//!   `--format`).
//! - `--format PATTERN` (strftime-style, see `shamsi::format`), `--locale
//!   fa|fa-AF|en|fa-Latn|ps|ckb` (default en), `--digits
//!   latin|persian|arabic` (default: the locale's): write the output with
//!   the pattern (default `%F`) in that locale and digits.
//! - `--order ymd|dmy|mdy`: the order of a date in numbers only. Without
//!   it a four-digit year first is year-month-day, a year last in Persian or
//!   Arabic-Indic digits day-month-year, and a year last in Latin digits is
//!   read only where the values show the order (`29/6/1306`, `6/29/1306`):
//!   `3/2/1377` is an error that names both readings, never a guess.
//! - `--in-format PATTERN`: read each input strictly with the pattern, as
//!   `DateFormat::parse` (or `parse_gregorian` with `--from gregorian`)
//!   reads it: the patterns of jdatetime's and persiantools' `strptime`
//!   (`%d %B %Y`, `%Y%m%d`, `%y/%m/%d`, `%Y/%j`) read what they read; with
//!   `--locale`, in that locale's names and its `%x` (`%y/%m/%d` in `fa`).
//! - `--pivot YEAR`: the Solar Hijri year a two-digit year (`%y`, or `96/9/5`
//!   in the lenient reader) is read nearest to, in `YEAR-50..=YEAR+49`
//!   (jdatetime's window is `--pivot 1419`, persiantools' `--pivot 1421`).
//! - `--zone iran|afghanistan|utc|±HH:MM|<IANA name>`: an instant is shown
//!   on that zone's clock; a date-time without an offset is read as that
//!   zone's wall time (a time the clocks skipped or repeated resolved as
//!   jiff's `compatible`: moved forward, or the first). Without it an input
//!   keeps its own offset, `@N` is UTC, and a date-time stays civil.
//! - `--json`: one JSON object per input: `input`, `calendar` (of the input),
//!   `jalali`, `gregorian` (`YYYY-MM-DDTHH:MM:SS`, with a fraction only when
//!   there is one, for a date-time), `hijri` (for a date, where the lunar
//!   calendar has it) and `hijri_estimated: true` when it is predicted or
//!   estimated, `weekday`, `formatted` with `--format`,
//!   `offset` (`+03:30`, `+03:25:44`) and `unix` (integer seconds) for an
//!   instant; or `input` and `error`. `--format` takes the time directives
//!   for date-times, and the offset ones for instants.
//!
//! Dates come from the arguments, or one per line from standard input when
//! there are none (an argument that starts with one `-`, such as
//! `-0001-01-01`, is a date, never an option; so is every argument after
//! `--`). Each input gives one output line, in order:
//!
//! - a date that converts gives its answer (or its JSON object);
//! - a blank line of standard input (nothing but spaces, a `\r` or a BOM)
//!   gives an empty line, or `{"input":""}` with `--json`, and is no error;
//! - an input that cannot be converted (including a date without a year or
//!   day, such as `۱۹ مهر`: nothing to convert, a line that is not UTF-8, or
//!   a blank argument) gives `error: <reason>`, or `{"input":…,"error":…}`
//!   with `--json` (the reason is also written to standard error, unless it
//!   is closed).
//!
//! The exit status is 0 when every input converted, 1 when some did not, 2
//! for a usage error (an unknown option, or a bad or missing option value;
//! the message names the option). `--help` prints the options. When the
//! reader of standard output goes away (`| head -1`) the command stops
//! quietly.

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;

use shamsi::format::{DateFormat, DateTimeFormat, Digits, InGregorian, Locale, ZonedFormat};
use shamsi::hijri::{AnyCalendar, HijriDate, Iran};
use shamsi::parse::{Expect, FieldOrder, Lenient, Parsed};
use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33, RuleKind};
use shamsi::zone::{Disambiguation, TimeZone};
use shamsi::{
    Calendar, GregorianDate, GregorianDateTime, JalaliDate, Offset, Time, Weekday, Zoned,
};

#[derive(Clone, Copy, PartialEq)]
enum To {
    Guess,
    Jalali,
    Gregorian,
    Hijri,
}

use crate::choice::Choice;
use crate::json::write_line as write_json_line;

struct Options {
    to: To,
    from: Option<Expect>,
    rule: Choice,
    json: bool,
    format: Option<String>,
    locale: Option<Locale>,
    digits: Option<Digits>,
    zone: Option<Zone>,
    order: Option<FieldOrder>,
    in_format: Option<String>,
    pivot: Option<i32>,
    from_hijri: bool,
    hijri: AnyCalendar,
    dates: Vec<String>,
}

/// The clock `--zone` names.
enum Zone {
    Known(TimeZone),
    /// Any other IANA zone, from jiff's database.
    Iana(jiff::tz::TimeZone),
}

impl Zone {
    fn parse(name: &str) -> Result<Zone, String> {
        match name.to_ascii_lowercase().as_str() {
            "iran" => return Ok(Zone::Known(TimeZone::Iran)),
            "afghanistan" => return Ok(Zone::Known(TimeZone::Afghanistan)),
            "utc" | "z" => return Ok(Zone::Known(TimeZone::Fixed(Offset::UTC))),
            _ => {}
        }
        if name.starts_with(['+', '-']) {
            let offset: Offset = name.parse().map_err(|e| format!("--zone {name}: {e}"))?;
            return Ok(Zone::Known(TimeZone::Fixed(offset)));
        }
        if let Some(zone) = TimeZone::from_iana_name(name) {
            return Ok(Zone::Known(zone));
        }
        jiff::tz::TimeZone::get(name).map(Zone::Iana).map_err(|_| {
            format!(
                "--zone {name}: not iran, afghanistan, utc, an offset or a known IANA time zone"
            )
        })
    }

    /// The same instant on this zone's clock.
    fn show(&self, t: Zoned) -> Result<Zoned, String> {
        match self {
            Zone::Known(zone) => t.to_zone(*zone).map_err(|e| e.to_string()),
            Zone::Iana(tz) => {
                let ts =
                    jiff::Timestamp::from_second(t.unix_seconds()).map_err(|e| e.to_string())?;
                let offset =
                    Offset::from_seconds(tz.to_offset(ts).seconds()).map_err(|e| e.to_string())?;
                t.to_offset(offset).map_err(|e| e.to_string())
            }
        }
    }

    /// The instant a wall-clock time names on this zone's clock (a time
    /// skipped or repeated resolved as jiff's `compatible` does).
    fn resolve(&self, wall: GregorianDateTime) -> Result<Zoned, String> {
        match self {
            Zone::Known(zone) => {
                wall.in_zone(*zone, Disambiguation::Compatible).map_err(|e| e.to_string())
            }
            Zone::Iana(tz) => {
                let (d, t) = (wall.date(), wall.time());
                let year = i16::try_from(d.year()).map_err(|e| e.to_string())?;
                let civil = jiff::civil::DateTime::new(
                    year,
                    d.month() as i8,
                    d.day() as i8,
                    t.hour() as i8,
                    t.minute() as i8,
                    t.second() as i8,
                    t.subsec_nanos() as i32,
                )
                .map_err(|e| e.to_string())?;
                let ts =
                    tz.to_ambiguous_timestamp(civil).compatible().map_err(|e| e.to_string())?;
                let offset =
                    Offset::from_seconds(tz.to_offset(ts).seconds()).map_err(|e| e.to_string())?;
                let utc = Zoned::from_unix_seconds(ts.as_second(), Offset::UTC)
                    .map_err(|e| e.to_string())?
                    .checked_add_nanos(i128::from(t.subsec_nanos()))
                    .ok_or("out of range")?;
                utc.to_offset(offset).map_err(|e| e.to_string())
            }
        }
    }
}

const USAGE: &str = "usage: shamsi convert [--from jalali|gregorian|hijri|auto] [--to gregorian|jalali|hijri] \
[--hijri iran|iran-observed|iran-estimated|iran-predicted|umm-al-qura|civil|tbla|afghanistan] \
[--rule official|rule33|borkowski|birashk|astronomical|astronomical-irst] [--format PATTERN] \
[--locale fa|fa-AF|en|fa-Latn|ps|ckb] [--digits latin|persian|arabic] \
[--zone iran|afghanistan|utc|±HH:MM|IANA] [--order ymd|dmy|mdy] [--in-format PATTERN] \
[--pivot YEAR] [--json] [DATE...]";

const HELP: &str = "\
Converts dates, date-times and instants between the Solar Hijri (Jalali),
Gregorian and lunar Hijri calendars.

Options:
  --from jalali|gregorian|hijri|auto
        the calendar of the input (default auto: what the text says, or for
        numbers only, Solar Hijri below year 1700); hijri: a lunar Hijri
        YYYY-MM-DD, converted to Gregorian (or Solar Hijri with --to jalali)
  --to gregorian|jalali|hijri
        the calendar of the output (default: the other one); hijri writes the
        lunar Hijri date of a Solar Hijri or Gregorian date
  --hijri iran|iran-observed|iran-estimated|iran-predicted|umm-al-qura|civil|tbla|afghanistan
        the lunar Hijri calendar (default iran: Iran's observed months, then
        predicted ones to 1500, marked \"hijri_estimated\":true in JSON)
  --rule official|rule33|borkowski|birashk|astronomical|astronomical-irst
        the Solar Hijri leap rule (default official); the astronomical ones
        read YYYY-MM-DD only and take no --format, --locale or --digits
  --format PATTERN
        write the output with a strftime-style pattern (default %F)
  --locale fa|fa-AF|en|fa-Latn|ps|ckb
        the language of --format's names, and of --in-format's (default en)
  --digits latin|persian|arabic
        the digits of the output (default: the locale's)
  --zone iran|afghanistan|utc|±HH:MM|IANA
        show an instant on that zone's clock; read a date-time without an
        offset as that zone's wall time
  --order ymd|dmy|mdy
        the order of a date in numbers only (default: what the values show;
        3/2/1377 is an error that names both readings)
  --in-format PATTERN
        read each input strictly with a strftime-style pattern (%d %B %Y,
        %Y%m%d, %y/%m/%d, %Y/%j, ...)
  --pivot YEAR
        a two-digit year is read nearest to this Solar Hijri year, in
        YEAR-50..=YEAR+49
  --json
        one JSON object per input: input, calendar, jalali, gregorian,
        weekday, and where they apply hijri, hijri_estimated, formatted,
        offset, unix; or input and error
  -h, --help
        print this help

Input: the DATE arguments, or one per line from standard input when there
are none. A date is anything the lenient reader takes (1402/11/06,
۶ بهمن ماه ۱۴۰۲, 26 January 2024, -0001-01-01, ...), a date-time
(1402-11-06T14:30:00) or an instant (2024-01-26T11:00:00Z, @1706266800).

Output: one line per input. A blank input line (spaces, a \\r, a BOM) gives
an empty line ({\"input\":\"\"} with --json) and is no error. An input that
cannot be converted gives `error: <reason>` (with --json an object with
input and error), also on standard error.

Exit status: 0 when every input converted, 1 when some did not, 2 for a
usage error.

Examples:
  shamsi convert 1402-11-06                  # 2024-01-26
  shamsi convert 2024-01-26                  # 1402-11-06
  shamsi convert --to hijri 2024-01-26       # 1445-07-14
  shamsi convert --to jalali --format '%A %-d %B %Y' --locale fa 2024-01-26
  shamsi convert --zone iran @1706266800     # 1402-11-06T14:30:00+03:30
  printf '1402-11-06\\n2024-01-26\\n' | shamsi convert --json
";

/// What the command line asks for.
enum Command {
    Run(Options),
    Help,
}

/// Whether a command-line argument is a date that starts with `-` (a year
/// before 1, `-0001-01-01`): every argument with one `-` but `-h` is a date,
/// and never an option.
fn dash_date(arg: &std::ffi::OsStr) -> bool {
    let arg = arg.to_string_lossy();
    arg.starts_with('-') && !arg.starts_with("--") && arg != "-h"
}

/// The value of the option just read, as text.
fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
    parser.value().map(|v| v.to_string_lossy().into_owned()).map_err(|e| e.to_string())
}

fn options(args: Vec<OsString>) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut o = Options {
        to: To::Guess,
        from: None,
        rule: Choice::Arithmetic(RuleKind::Official),
        json: false,
        format: None,
        locale: None,
        digits: None,
        zone: None,
        order: None,
        in_format: None,
        pivot: None,
        from_hijri: false,
        hijri: AnyCalendar::Iran(Iran::PREDICTED),
        dates: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        if let Some(date) = parser.try_raw_args().and_then(|mut raw| raw.next_if(dash_date)) {
            o.dates.push(date.to_string_lossy().into_owned());
            continue;
        }
        let Some(arg) = parser.next().map_err(|e| e.to_string())? else { break };
        match arg {
            Long("to") => {
                o.to = match value(&mut parser)?.as_str() {
                    "gregorian" => To::Gregorian,
                    "jalali" => To::Jalali,
                    "hijri" => To::Hijri,
                    other => {
                        return Err(format!(
                            "--to takes gregorian, jalali or hijri, not {other:?}"
                        ));
                    }
                }
            }
            Long("from") => {
                o.from = match value(&mut parser)?.as_str() {
                    "gregorian" => Some(Expect::Gregorian),
                    "jalali" => Some(Expect::Jalali),
                    "auto" => Some(Expect::Auto),
                    "hijri" => {
                        o.from_hijri = true;
                        None
                    }
                    other => {
                        return Err(format!(
                            "--from takes jalali, gregorian, hijri or auto, not {other:?}"
                        ));
                    }
                }
            }
            Long("hijri") => {
                let name = value(&mut parser)?;
                o.hijri = name.parse().map_err(|e| format!("--hijri {name:?}: {e}"))?;
            }
            Long("rule") => {
                let name = value(&mut parser)?;
                o.rule = name.parse().map_err(|e| format!("--rule: {e}"))?;
            }
            Long("format") => {
                let pattern = value(&mut parser)?;
                ZonedFormat::new(&pattern).map_err(|e| format!("--format {pattern:?}: {e}"))?;
                o.format = Some(pattern);
            }
            Long("locale") => {
                let tag = value(&mut parser)?;
                o.locale = Some(tag.parse().map_err(|e| format!("--locale {tag}: {e}"))?);
            }
            Long("digits") => {
                o.digits = Some(match value(&mut parser)?.as_str() {
                    "latin" => Digits::Latin,
                    "persian" => Digits::Persian,
                    "arabic" => Digits::ArabicIndic,
                    other => {
                        return Err(format!(
                            "--digits takes latin, persian or arabic, not {other:?}"
                        ));
                    }
                })
            }
            Long("json") => o.json = true,
            Long("order") => {
                o.order = Some(match value(&mut parser)?.as_str() {
                    "ymd" => FieldOrder::YearMonthDay,
                    "dmy" => FieldOrder::DayMonthYear,
                    "mdy" => FieldOrder::MonthDayYear,
                    other => return Err(format!("--order takes ymd, dmy or mdy, not {other:?}")),
                })
            }
            Long("in-format") => {
                let pattern = value(&mut parser)?;
                DateFormat::new(&pattern).map_err(|e| format!("--in-format {pattern:?}: {e}"))?;
                o.in_format = Some(pattern);
            }
            Long("pivot") => {
                let year = value(&mut parser)?;
                o.pivot =
                    Some(year.parse().map_err(|_| format!("--pivot takes a year, not {year:?}"))?);
            }
            Long("zone") => {
                let name = value(&mut parser)?;
                o.zone = Some(Zone::parse(&name)?);
            }
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(date) => o.dates.push(date.to_string_lossy().into_owned()),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    #[cfg(feature = "astro")]
    if matches!(o.rule, Choice::Astronomical(_))
        && (o.format.is_some() || o.locale.is_some() || o.digits.is_some())
    {
        return Err("--format, --locale and --digits work with the arithmetic rules only".into());
    }
    if (o.to == To::Hijri || o.from_hijri) && o.format.is_some() {
        return Err("--format writes Solar Hijri and Gregorian dates, not lunar ones".into());
    }
    if o.to == To::Hijri && o.from_hijri {
        return Err("--from hijri converts to gregorian or jalali".into());
    }
    Ok(Command::Run(o))
}

impl Options {
    /// The calendar the input is read in.
    fn expect(&self) -> Expect {
        match (self.from, self.to) {
            (Some(from), _) => from,
            (None, To::Jalali) => Expect::Gregorian,
            (None, To::Gregorian) => Expect::Jalali,
            (None, To::Guess | To::Hijri) => Expect::Auto,
        }
    }

    /// The pattern, locale and digits asked for, if any.
    fn output_pattern(&self) -> Option<(&str, Locale, Option<Digits>)> {
        if self.format.is_none() && self.locale.is_none() && self.digits.is_none() {
            return None;
        }
        let pattern = self.format.as_deref().unwrap_or("%F %T");
        Some((pattern, self.locale.unwrap_or(Locale::English), self.digits))
    }

    /// The format the output is written with, if one was asked for.
    fn date_format(&self) -> Result<Option<DateFormat<'_>>, String> {
        if self.format.is_none() && self.locale.is_none() && self.digits.is_none() {
            return Ok(None);
        }
        let pattern = self.format.as_deref().unwrap_or("%F");
        let mut f = DateFormat::new(pattern)
            .map_err(|e| format!("--format {pattern:?} for a date, which has no time: {e}"))?;
        if let Some(locale) = self.locale {
            f = f.with_locale(locale);
        }
        if let Some(digits) = self.digits {
            f = f.with_digits(digits);
        }
        Ok(Some(f))
    }
}

/// The answer to print: a date in ISO form kept on the stack (the common
/// line, which allocates nothing), or any other text.
enum Answer {
    Short(Short),
    Long(String),
}

impl Answer {
    /// The text, as the bytes written out (UTF-8 either way: the short one
    /// holds only what was written into it as `str`).
    fn as_bytes(&self) -> &[u8] {
        match self {
            Answer::Short(short) => short.bytes.get(..short.len).unwrap_or(&[]),
            Answer::Long(text) => text.as_bytes(),
        }
    }

    /// `value` written, on the stack when it fits.
    fn of(value: impl std::fmt::Display) -> Answer {
        use std::fmt::Write as _;
        let mut short = Short { bytes: [0; 32], len: 0 };
        match write!(short, "{value}") {
            Ok(()) => Answer::Short(short),
            Err(_) => Answer::Long(value.to_string()),
        }
    }
}

impl From<String> for Answer {
    fn from(text: String) -> Answer {
        Answer::Long(text)
    }
}

/// Up to 32 bytes of text on the stack.
struct Short {
    bytes: [u8; 32],
    len: usize,
}

impl std::fmt::Write for Short {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let slot = self.bytes.get_mut(self.len..self.len + s.len()).ok_or(std::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len += s.len();
        Ok(())
    }
}

/// One converted date: both forms, the weekday, and the answer to print.
struct Converted {
    calendar: Calendar,
    jalali: String,
    gregorian: String,
    weekday: Weekday,
    answer: Answer,
    formatted: Option<String>,
    /// The offset of an instant, or of a wall time in a known zone.
    offset: Option<Offset>,
    /// The Unix seconds of an instant.
    unix: Option<i64>,
    /// The lunar Hijri date, for a date the lunar calendar has.
    hijri: Option<String>,
    /// Whether that date is predicted or estimated, not observed.
    hijri_estimated: bool,
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

/// A date-time or an instant read from the input: `@N`, or a numeric date,
/// `T` or a space, `HH:MM[:SS[.f]]`, and an optional offset or `Z`.
enum Moment {
    Civil(Calendar, GregorianDateTime),
    Instant(Calendar, Zoned),
}

/// Reads `YYYY-MM-DD` or `YYYY/MM/DD` (an optional `-` first).
fn numeric_date(s: &str) -> Option<(i32, u8, u8)> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let sep = if body.contains('/') { '/' } else { '-' };
    let mut parts = body.split(sep);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !(4..=5).contains(&y.len()) || m.len() > 2 || d.len() > 2 {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    Some((if negative { -year } else { year }, m.parse().ok()?, d.parse().ok()?))
}

/// Reads a date-time or an instant, or `None` when the input is neither
/// (a date alone, or text for the lenient reader).
fn moment<R: Rule>(rule: R, input: &str, o: &Options) -> Option<Result<Moment, String>> {
    if let Some(n) = input.strip_prefix('@') {
        let seconds: i64 = match n.parse() {
            Ok(s) => s,
            Err(_) => return Some(Err(format!("\"{input}\": @ takes whole Unix seconds"))),
        };
        let t = Zoned::from_unix_seconds(seconds, Offset::UTC).map_err(|e| e.to_string());
        return Some(t.map(|t| Moment::Instant(Calendar::Gregorian, t)));
    }
    // Byte by byte: `T`, `t` and a space are ASCII, never inside another
    // character.
    let bytes = input.as_bytes();
    let split = bytes.iter().enumerate().find(|&(i, &b)| {
        matches!(b, b'T' | b't' | b' ')
            && matches!(bytes.get(i + 1..), Some([h, k, b':', _, _, ..])
                if h.is_ascii_digit() && k.is_ascii_digit())
    });
    let (i, _) = split?;
    let (y, m, d) = numeric_date(input.get(..i)?)?;
    let rest = input.get(i + 1..)?;
    let cut = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (time_text, offset_text) = rest.split_at(cut);
    Some((|| {
        let time: Time = time_text.parse().map_err(|e| format!("the time of \"{input}\": {e}"))?;
        let jalali = match o.expect() {
            Expect::Jalali => true,
            Expect::Gregorian => false,
            _ => y < Lenient::GREGORIAN_FROM,
        };
        let (calendar, date) = if jalali {
            let j = JalaliDate::new_in(rule, y, m, d).map_err(|e| format!("\"{input}\": {e}"))?;
            (Calendar::Jalali, j.to_gregorian())
        } else {
            let g = GregorianDate::new(y, m, d).map_err(|e| format!("\"{input}\": {e}"))?;
            (Calendar::Gregorian, g)
        };
        let wall = date.at(time);
        if offset_text.is_empty() {
            return Ok(Moment::Civil(calendar, wall));
        }
        let offset: Offset =
            offset_text.parse().map_err(|e| format!("the offset of \"{input}\": {e}"))?;
        Ok(Moment::Instant(calendar, wall.at_offset(offset)))
    })())
}

/// Converts a date-time or an instant.
fn convert_moment<R: Rule>(
    rule: R,
    input: &str,
    moment: Moment,
    o: &Options,
) -> Result<Converted, String> {
    let (calendar, wall, instant) = match (moment, &o.zone) {
        (Moment::Civil(c, wall), None) => (c, wall, None),
        (Moment::Civil(c, wall), Some(zone)) => {
            let t = zone.resolve(wall)?;
            (c, t.to_gregorian(), Some(t))
        }
        (Moment::Instant(c, t), zone) => {
            let t = match zone {
                Some(zone) => zone.show(t)?,
                None => t,
            };
            (c, t.to_gregorian(), Some(t))
        }
    };
    let jalali_date =
        JalaliDate::from_gregorian_in(rule, wall.date()).map_err(|e| e.to_string())?;
    let jalali = jalali_date.at(wall.time());
    let to_gregorian = match o.to {
        To::Jalali => false,
        To::Gregorian => true,
        To::Guess => calendar == Calendar::Jalali,
        To::Hijri => return Err(format!("\"{input}\": --to hijri converts dates, not times")),
    };
    let formatted = match (o.output_pattern(), instant) {
        (None, _) => None,
        (Some((pattern, locale, digits)), Some(t)) => {
            let f = ZonedFormat::new(pattern).map_err(|e| e.to_string())?;
            let f = f.with_locale(locale);
            let f = digits.map_or(f, |d| f.with_digits(d));
            let t = jalali.at_offset(t.offset());
            Some(if to_gregorian { f.format(InGregorian(t)) } else { f.format(t) })
        }
        (Some((pattern, locale, digits)), None) => {
            let f = DateTimeFormat::new(pattern).map_err(|e| {
                format!("--format {pattern:?} for \"{input}\", which has no offset: {e}")
            })?;
            let f = f.with_locale(locale);
            let f = digits.map_or(f, |d| f.with_digits(d));
            Some(if to_gregorian { f.format(wall) } else { f.format(jalali) })
        }
    };
    let text = |dt: String| match instant {
        Some(t) => format!("{dt}{}", t.offset()),
        None => dt,
    };
    let answer = if to_gregorian { text(wall.to_string()) } else { text(jalali.to_string()) };
    Ok(Converted {
        calendar,
        jalali: jalali.to_string(),
        gregorian: wall.to_string(),
        weekday: wall.date().weekday(),
        answer: formatted.clone().unwrap_or(answer).into(),
        formatted,
        offset: instant.map(|t| t.offset()),
        unix: instant.map(|t| t.unix_seconds()),
        hijri: None,
        hijri_estimated: false,
    })
}

/// Converts a lunar Hijri `YYYY-MM-DD` (`--from hijri`).
fn convert_hijri<R: Rule>(rule: R, input: &str, o: &Options) -> Result<Converted, String> {
    let (y, m, d) =
        numeric_date(input).ok_or_else(|| format!("cannot read \"{input}\" as YYYY-MM-DD"))?;
    let lunar = HijriDate::new_in(o.hijri, y, m, d).map_err(|e| e.to_string())?;
    let gregorian = lunar.to_gregorian();
    let date = rule.from_gregorian(gregorian).map_err(|e| e.to_string())?;
    let answer = if o.to == To::Jalali { date.to_string() } else { gregorian.to_string() };
    Ok(Converted {
        calendar: Calendar::LunarHijri,
        jalali: date.to_string(),
        gregorian: gregorian.to_string(),
        weekday: date.weekday(),
        answer: answer.into(),
        formatted: None,
        offset: None,
        unix: None,
        hijri: Some(lunar.to_string()),
        hijri_estimated: lunar.source().is_estimated(),
    })
}

fn convert<R: Rule>(rule: R, input: &str, o: &Options) -> Result<Converted, String> {
    if o.from_hijri {
        return convert_hijri(rule, input, o);
    }
    if let Some(moment) = moment(rule, input, o) {
        return convert_moment(rule, input, moment?, o);
    }
    let expect = o.expect();
    let parsed = if let Some(pattern) = &o.in_format {
        let mut f = DateFormat::new(pattern).map_err(|e| e.to_string())?;
        if let Some(pivot) = o.pivot {
            f = f.with_pivot(pivot);
        }
        // The locale's names and its `%x`.
        if let Some(locale) = o.locale {
            f = f.with_locale(locale);
        }
        let read = if expect == Expect::Gregorian {
            f.parse_gregorian(input).map(Parsed::Gregorian)
        } else {
            f.parse_in(rule, input).map(Parsed::Jalali)
        };
        read.map_err(|e| format!("cannot read \"{input}\" with {pattern:?}: {e}"))?
    } else if input.starts_with('-') {
        strict(input, expect)?
    } else {
        let mut lenient = Lenient::new();
        if let Some(order) = o.order {
            lenient = lenient.with_order(order);
        }
        if let Some(pivot) = o.pivot {
            lenient = lenient.with_pivot(pivot);
        }
        let read = lenient
            .expecting(expect)
            .parse_datetime_in(rule, input)
            .map_err(|e| format!("cannot read \"{input}\": {e}"))?;
        if let Some(time) = read.time {
            // A date with a time of day, as people write it.
            let (calendar, date) = match read.date {
                Parsed::Jalali(j) => (Calendar::Jalali, j.to_gregorian()),
                Parsed::Gregorian(g) => (Calendar::Gregorian, g),
                Parsed::Partial(p) => {
                    return Err(format!("\"{input}\" is a partial date ({p}): nothing to convert"));
                }
                _ => return Err(format!("cannot read \"{input}\"")),
            };
            let wall = date.at(time);
            let moment = match (read.offset, read.zone) {
                (Some(offset), _) => Moment::Instant(calendar, wall.at_offset(offset)),
                (None, Some(zone)) => Moment::Instant(
                    calendar,
                    wall.in_zone(zone, Disambiguation::Compatible).map_err(|e| e.to_string())?,
                ),
                (None, None) => Moment::Civil(calendar, wall),
            };
            return convert_moment(rule, input, moment, o);
        }
        read.date
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
    // The lunar date and both forms are written only in JSON lines (and
    // the lunar date for `--to hijri`): a plain line is the answer alone.
    let lunar = if o.json || o.to == To::Hijri {
        Some(HijriDate::from_gregorian_in(o.hijri, gregorian))
    } else {
        None
    };
    let to_gregorian = match o.to {
        To::Jalali | To::Hijri => false,
        To::Gregorian => true,
        To::Guess => calendar == Calendar::Jalali,
    };
    let formatted =
        o.date_format()?.map(|f| if to_gregorian { f.format(gregorian) } else { f.format(date) });
    let iso = match (o.to, lunar) {
        (To::Hijri, Some(Ok(lunar))) => Answer::of(lunar),
        (To::Hijri, Some(Err(e))) => return Err(e.to_string()),
        _ if to_gregorian => Answer::of(gregorian),
        _ => Answer::of(date),
    };
    let lunar = lunar.and_then(Result::ok);
    let (jalali, gregorian) =
        if o.json { (date.to_string(), gregorian.to_string()) } else { Default::default() };
    Ok(Converted {
        calendar,
        jalali,
        gregorian,
        weekday: date.weekday(),
        answer: formatted.clone().map_or(iso, Answer::Long),
        formatted,
        offset: None,
        unix: None,
        hijri_estimated: lunar.is_some_and(|d| d.source().is_estimated()),
        hijri: lunar.map(|d| d.to_string()),
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
    let lunar = HijriDate::from_gregorian_in(o.hijri, gregorian);
    let to_gregorian = match o.to {
        To::Jalali | To::Hijri => false,
        To::Gregorian => true,
        To::Guess => calendar == Calendar::Jalali,
    };
    let answer = match (o.to, lunar) {
        (To::Hijri, Ok(lunar)) => lunar.to_string(),
        (To::Hijri, Err(e)) => return Err(e.to_string()),
        _ if to_gregorian => gregorian.to_string(),
        _ => date.to_string(),
    };
    Ok(Converted {
        calendar,
        jalali: date.to_string(),
        gregorian: gregorian.to_string(),
        weekday: gregorian.weekday(),
        answer: answer.into(),
        formatted: None,
        offset: None,
        unix: None,
        hijri_estimated: lunar.as_ref().is_ok_and(|d| d.source().is_estimated()),
        hijri: lunar.ok().map(|d| d.to_string()),
    })
}

/// The `--json` line of a converted input.
#[derive(Serialize)]
struct ConvertedLine<'a> {
    input: &'a str,
    calendar: String,
    jalali: &'a str,
    gregorian: &'a str,
    weekday: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    hijri: Option<&'a str>,
    /// `true` when the lunar date is predicted or estimated; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    hijri_estimated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    formatted: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unix: Option<i64>,
}

/// The `--json` line of an input that did not convert.
#[derive(Serialize)]
struct ErrorLine<'a> {
    input: &'a str,
    error: &'a str,
}

/// The `--json` line of a blank input line.
#[derive(Serialize)]
struct BlankLine<'a> {
    input: &'a str,
}

/// An input line with the BOM and the spaces around it taken off.
fn trimmed(input: &str) -> &str {
    input.trim_start_matches('\u{feff}').trim()
}

/// Converts one input and writes its line; returns whether it converted.
fn run_one(out: &mut impl Write, o: &Options, input: &str) -> io::Result<bool> {
    run_trimmed(out, o, trimmed(input))
}

/// [`run_one`] of an input already trimmed.
fn run_trimmed(out: &mut impl Write, o: &Options, input: &str) -> io::Result<bool> {
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
        (Ok(c), false) => {
            out.write_all(c.answer.as_bytes())?;
            out.write_all(b"\n")?;
        }
        (Ok(c), true) => write_json_line(
            out,
            &ConvertedLine {
                input,
                calendar: c.calendar.to_string(),
                jalali: &c.jalali,
                gregorian: &c.gregorian,
                weekday: c.weekday.name().to_ascii_lowercase(),
                hijri: c.hijri.as_deref(),
                hijri_estimated: (c.hijri.is_some() && c.hijri_estimated).then_some(true),
                formatted: c.formatted.as_deref(),
                offset: c.offset.map(|offset| offset.to_string()),
                unix: c.unix,
            },
        )?,
        (Err(e), false) => writeln!(out, "error: {e}")?,
        (Err(e), true) => write_json_line(out, &ErrorLine { input, error: e })?,
    }
    if let Err(e) = &result {
        let _ = writeln!(io::stderr(), "error: {e}");
    }
    Ok(result.is_ok())
}

/// Writes the line for a blank input line: an empty line, or
/// `{"input":""}`.
fn blank(out: &mut impl Write, o: &Options, input: &str) -> io::Result<()> {
    if o.json { write_json_line(out, &BlankLine { input }) } else { writeln!(out) }
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
                "shamsi convert: {e}\n{USAGE}\n(shamsi convert --help tells more)"
            );
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let result = (|| -> io::Result<()> {
        if o.dates.is_empty() {
            // The lines buffered at once, checked as UTF-8 in one go; where
            // that fails, line by line as bytes, so that a line that is not
            // UTF-8 is one error and not the end of the input.
            let mut stdin = io::stdin().lock();
            let mut line = Vec::new();
            loop {
                let chunk = stdin.fill_buf()?;
                if chunk.is_empty() {
                    break;
                }
                let Some(last) = chunk.iter().rposition(|&b| b == b'\n') else {
                    // A line longer than the buffer, or the last without an
                    // end of line.
                    stdin.read_until(b'\n', &mut line)?;
                    all_ok &= run_line(&mut out, &o, &line)?;
                    line.clear();
                    continue;
                };
                let lines = chunk.get(..=last).unwrap_or_default();
                match std::str::from_utf8(lines) {
                    Ok(text) => {
                        for one in text.split_inclusive('\n') {
                            all_ok &= run_text(&mut out, &o, trimmed(one))?;
                        }
                    }
                    Err(_) => {
                        for one in lines.split_inclusive(|&b| b == b'\n') {
                            all_ok &= run_line(&mut out, &o, one)?;
                        }
                    }
                }
                stdin.consume(last + 1);
            }
        } else {
            for date in &o.dates {
                all_ok &= run_one(&mut out, &o, date)?;
            }
        }
        out.flush()
    })();
    crate::exit_status(result, if all_ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Converts one line of input given as bytes: a line that is not UTF-8 is
/// an error of its own.
fn run_line(out: &mut impl Write, o: &Options, line: &[u8]) -> io::Result<bool> {
    match std::str::from_utf8(line) {
        Ok(text) => run_text(out, o, trimmed(text)),
        Err(e) => {
            let text = String::from_utf8_lossy(line);
            let error = format!("not UTF-8 (byte {} of the line)", e.valid_up_to());
            report(out, o, text.trim(), Err(error))
        }
    }
}

/// Converts one trimmed line: a blank line is no input and no error, but
/// still a line of output, so that output lines match input lines.
fn run_text(out: &mut impl Write, o: &Options, text: &str) -> io::Result<bool> {
    if text.is_empty() {
        blank(out, o, "")?;
        return Ok(true);
    }
    run_trimmed(out, o, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        options(args.iter().map(OsString::from).collect())
    }

    fn run(args: &[&str]) -> Options {
        match parse(args) {
            Ok(Command::Run(o)) => o,
            Ok(Command::Help) => panic!("{args:?}: help"),
            Err(e) => panic!("{args:?}: {e}"),
        }
    }

    #[test]
    fn a_date_may_start_with_a_dash() {
        let o = run(&["-0001-01-01", "--json", "--to=jalali", "-x", "--", "-h", "--json"]);
        assert_eq!(o.dates, ["-0001-01-01", "-x", "-h", "--json"]);
        assert!(o.json && o.to == To::Jalali);
        // An option's value may start with a dash too.
        let o = run(&["--pivot", "-5", "--zone", "-03:30", "96/9/5"]);
        assert_eq!((o.pivot, o.dates.len()), (Some(-5), 1));
    }

    #[test]
    fn help_and_usage_errors() {
        assert!(matches!(parse(&["1402-11-06", "-h"]), Ok(Command::Help)));
        assert!(matches!(parse(&["--help"]), Ok(Command::Help)));
        for (args, flag) in [
            (&["--bogus"][..], "--bogus"),
            (&["--to"], "--to"),
            (&["--to", "mars"], "--to"),
            (&["--json=yes"], "--json"),
            (&["--pivot", "x"], "--pivot"),
            (&["--zone", "Mars/Olympus"], "--zone"),
            (&["--rule", "nope"], "--rule"),
        ] {
            match parse(args) {
                Err(e) => assert!(e.contains(flag), "{args:?}: {e}"),
                Ok(_) => panic!("{args:?} is no usage error"),
            }
        }
    }

    #[test]
    fn json_lines() {
        let mut out = Vec::new();
        write_json_line(&mut out, &ErrorLine { input: "a\tb\"\\/é", error: "x\n\u{1}" }).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"input\":\"a\\u0009b\\\"\\\\/é\",\"error\":\"x\\u000a\\u0001\"}\n"
        );
        let mut out = Vec::new();
        blank(&mut out, &run(&["--json"]), "").unwrap();
        blank(&mut out, &run(&[]), "").unwrap();
        assert_eq!(out, b"{\"input\":\"\"}\n\n");
    }

    #[test]
    fn a_converted_line() {
        let o = run(&["--json", "--to", "hijri"]);
        let mut out = Vec::new();
        let input = "1402-11-06";
        assert!(report(&mut out, &o, input, convert_any(input, &o)).unwrap());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"input\":\"1402-11-06\",\"calendar\":\"jalali\",\"jalali\":\"1402-11-06\",\
             \"gregorian\":\"2024-01-26\",\"weekday\":\"friday\",\"hijri\":\"1445-07-14\"}\n"
        );
        let o = run(&["--json", "--zone", "iran"]);
        let mut out = Vec::new();
        let input = "@1706266800";
        assert!(report(&mut out, &o, input, convert_any(input, &o)).unwrap());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"input\":\"@1706266800\",\"calendar\":\"gregorian\",\
             \"jalali\":\"1402-11-06T14:30:00\",\"gregorian\":\"2024-01-26T14:30:00\",\
             \"weekday\":\"friday\",\"offset\":\"+03:30\",\"unix\":1706266800}\n"
        );
    }
}
