//! A month calendar for the Solar Hijri calendar, in the manner of `cal`.
//!
//! ```text
//! shamsi cal                          # this month (in Iran)
//! shamsi cal 1403 12                  # Esfand 1403
//! shamsi cal -3 1404 1                # Esfand 1403, Farvardin and Ordibehesht 1404
//! shamsi cal -y 1404                  # the whole year
//! shamsi cal -g 1404 1                # with the Gregorian day beside each day
//! shamsi cal -p 1404 1                # Persian names and digits
//! shamsi cal -p --bidi logical 1404 1 # for a terminal that reorders
//! ```
//!
//! Weeks run from Saturday to Friday, the weekend, whose column is marked
//! with `*` (and coloured, with colour on). Today is highlighted when
//! writing to a terminal; `--color auto|always|never` overrides that, and
//! the `NO_COLOR` environment variable turns colour off. With `-p` the grid
//! runs from right to left with Persian digits and names, in one of two
//! layouts (`--bidi`): `visual`, the default, already in the order the
//! characters must appear, for a terminal that shows them as they come
//! (xterm, most others); `logical`, in reading order with each line marked
//! right-to-left (U+200F), for a terminal that reorders right-to-left text
//! itself (VTE, Konsole) and for files.
//!
//! An argument with one `-` other than the options `-3`, `-y`, `-g`, `-p`
//! and `-h` is a number (`shamsi cal -5 1`: Farvardin of year -5); so is
//! every argument after `--`.
//!
//! Exit status: 0; 2 for a usage error, a month or year outside the
//! calendar's range (9378-10-10 is its last day), or a failed write (a
//! closed standard output ends the run quietly, with 0). In a view of three
//! months or a year, the months outside the range are shown as "(out of
//! range)".

use std::ffi::{OsStr, OsString};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use shamsi::format::Digits;
use shamsi::holidays::MonthGrid;
use shamsi::{JalaliDate, Month, names};

/// How to draw.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Persian names and digits, right to left.
    pub persian: bool,
    /// The Gregorian day of the month beside each day.
    pub gregorian: bool,
    /// Colour (highlight today, Fridays in red).
    pub color: bool,
    /// With `persian`: write in reading order, lines marked right-to-left,
    /// for a terminal that reorders itself (else pre-reversed).
    pub logical: bool,
}

impl Style {
    /// Whether the text is laid out reversed, for a terminal that does not
    /// reorder right-to-left text.
    fn reversed(self) -> bool {
        self.persian && !self.logical
    }
}

const LATIN_WEEKDAYS: [&str; 7] = ["Sa", "Su", "Mo", "Tu", "We", "Th", "Fr"];

fn digits(n: u32, persian: bool) -> String {
    let s = n.to_string();
    if persian {
        s.chars().map(|c| c.to_digit(10).map_or(c, |d| Digits::Persian.digit(d as u8))).collect()
    } else {
        s
    }
}

/// A right-to-left string in the order a terminal that does not reorder
/// must show it: characters reversed, except runs of digits (with a minus
/// sign before them), which read left to right within right-to-left text.
fn visual(s: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut run = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let sign = c == '-' && run.is_empty() && chars.peek().is_some_and(|d| d.is_numeric());
        if c.is_numeric() || sign {
            run.push(c);
        } else {
            if !run.is_empty() {
                out.push(std::mem::take(&mut run));
            }
            out.push(c.to_string());
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out.into_iter().rev().collect()
}

/// Display width of a cell's text (every character here is one column).
fn width(s: &str) -> usize {
    s.chars().count()
}

/// `s` padded to `w` columns, flush right as the grid is shown: spaces
/// before it, or in the logical right-to-left layout after it (the end of a
/// right-to-left line is on the left).
fn pad(s: &str, w: usize, style: Style) -> String {
    let fill = " ".repeat(w.saturating_sub(width(s)));
    if style.persian && style.logical { format!("{s}{fill}") } else { format!("{fill}{s}") }
}

fn center(s: &str, w: usize) -> String {
    let pad = w.saturating_sub(width(s));
    format!("{}{}{}", " ".repeat(pad / 2), s, " ".repeat(pad - pad / 2))
}

/// The lines of one month: a title, the weekday header, and six weeks.
pub fn month_lines(
    year: i32,
    month: Month,
    today: Option<JalaliDate>,
    style: Style,
) -> Vec<String> {
    let cell = if style.gregorian { 6 } else { 3 };
    let w = cell * 7 - 1;
    // The library's month grid: weeks from Saturday; in the first month of
    // the range (from 11 Dey -10621) the days before it are left blank.
    let Ok(grid) = MonthGrid::new(year, month) else {
        return vec![format!("{:w$}", "(out of range)")];
    };
    let title = if style.persian {
        let name =
            names::JALALI_MONTHS_FA.get(usize::from(month.number()) - 1).copied().unwrap_or("");
        let sign = if year < 0 { "-" } else { "" };
        let title = format!("{} {}{}", name, sign, digits(year.unsigned_abs(), true));
        if style.reversed() { visual(&title) } else { title }
    } else {
        format!("{} {}", month.name(), year)
    };
    let mut lines = vec![center(&title, w)];
    let mut header: Vec<String> = (0..7)
        .map(|i| {
            // One letter per weekday in Persian: they read the same either way.
            let name = if style.persian { names::WEEKDAYS_FA_NARROW[i] } else { LATIN_WEEKDAYS[i] };
            let mark = if i == 6 { "*" } else { "" };
            pad(&format!("{name}{mark}"), cell - 1, style)
        })
        .collect();
    if style.reversed() {
        header.reverse();
    }
    lines.push(header.join(" "));
    let mut weeks = grid.weeks();
    // Six lines of weeks, as `cal` prints them.
    for _ in 0..6 {
        let week = weeks.next().unwrap_or([None; 7]);
        let mut cells: Vec<String> = week
            .iter()
            .map(|cell_day| {
                let Some(day) = cell_day else { return " ".repeat(cell - 1) };
                let date = day.date;
                let mut text = pad(&digits(u32::from(date.day()), style.persian), 2, style);
                if style.gregorian {
                    let g = day.gregorian.day();
                    text = if style.reversed() {
                        format!("{:>2} {}", digits(u32::from(g), true), text)
                    } else {
                        format!("{text} {}", pad(&digits(u32::from(g), style.persian), 2, style))
                    };
                    text = pad(&text, 5, style);
                }
                if style.color {
                    if Some(date) == today {
                        text = format!("\x1b[7m{text}\x1b[0m");
                    } else if day.weekend {
                        text = format!("\x1b[31m{text}\x1b[0m");
                    }
                }
                text
            })
            .collect();
        if style.reversed() {
            cells.reverse();
        }
        lines.push(cells.join(" "));
    }
    lines
}

/// Months side by side, three to a row.
pub fn render(months: &[(i32, Month)], today: Option<JalaliDate>, style: Style) -> String {
    let mut out = String::new();
    let blocks: Vec<Vec<String>> =
        months.iter().map(|&(y, m)| month_lines(y, m, today, style)).collect();
    for (i, row) in blocks.chunks(3).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let height = row.iter().map(Vec::len).max().unwrap_or(0);
        for line in 0..height {
            let mut parts: Vec<String> = row
                .iter()
                .map(|b| {
                    let text = b.get(line).cloned().unwrap_or_default();
                    let visible = width(&strip_ansi(&text));
                    let w: usize = (if style.gregorian { 6 } else { 3 }) * 7 - 1;
                    format!("{text}{}", " ".repeat(w.saturating_sub(visible)))
                })
                .collect();
            if style.reversed() {
                parts.reverse();
            }
            if style.persian && style.logical {
                out.push('\u{200F}');
            }
            out.push_str(parts.join("   ").trim_end());
            out.push('\n');
        }
    }
    out
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut in_escape = false;
    for c in s.chars() {
        match (in_escape, c) {
            (false, '\x1b') => in_escape = true,
            (true, 'm') => in_escape = false,
            (false, c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a command-line argument is a number, not an option: one `-`
/// and anything but the options `-3`, `-y`, `-g`, `-p` and `-h` (a year
/// before 1, or a bad number that the error then quotes whole).
fn dash_number(arg: &OsStr) -> bool {
    let arg = arg.to_string_lossy();
    arg.starts_with('-')
        && !arg.starts_with("--")
        && !matches!(arg.as_ref(), "-3" | "-y" | "-g" | "-p" | "-h")
}

/// A year or month argument.
fn number(arg: &OsStr) -> Result<i32, String> {
    let text = arg.to_string_lossy();
    text.parse().map_err(|_| format!("not a number: {text}\n{USAGE}"))
}

/// Runs the command: `args` without the program name. Returns the text to
/// write (the calendar, or the help for `-h`), or the message of a usage
/// error.
pub fn run(
    args: &[String],
    today: JalaliDate,
    is_terminal: bool,
    no_color: bool,
) -> Result<String, String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut style =
        Style { persian: false, gregorian: false, color: is_terminal && !no_color, logical: false };
    let (mut three, mut whole_year) = (false, false);
    let mut numbers = Vec::new();
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        if let Some(arg) = parser.try_raw_args().and_then(|mut raw| raw.next_if(dash_number)) {
            numbers.push(number(&arg)?);
            continue;
        }
        let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? else { break };
        match arg {
            Short('3') => three = true,
            Short('y') => whole_year = true,
            Short('g') => style.gregorian = true,
            Short('p') => style.persian = true,
            Long("bidi") => {
                style.logical = match parser.value().ok().as_deref().and_then(OsStr::to_str) {
                    Some("visual") => false,
                    Some("logical") => true,
                    _ => return Err("--bidi takes visual or logical".into()),
                }
            }
            Long("color") => {
                style.color = match parser.value().ok().as_deref().and_then(OsStr::to_str) {
                    Some("always") => true,
                    Some("never") => false,
                    Some("auto") => is_terminal && !no_color,
                    _ => return Err("--color takes auto, always or never".into()),
                }
            }
            Short('h') | Long("help") => return Ok(format!("{USAGE}\n\n{HELP}")),
            Value(arg) => numbers.push(number(&arg)?),
            Long(name) => return Err(format!("unknown option --{name}\n{USAGE}")),
            Short(c) => return Err(format!("unknown option -{c}\n{USAGE}")),
        }
    }
    let (year, month) = match numbers.as_slice() {
        [] => (today.year(), today.month()),
        [y] if whole_year => (*y, Month::Farvardin),
        [y] => (*y, Month::Farvardin),
        [y, m] => {
            let month = u8::try_from(*m).ok().and_then(|m| Month::new(m).ok());
            (*y, month.ok_or_else(|| format!("month {m} is out of range 1..=12"))?)
        }
        _ => return Err(USAGE.into()),
    };
    shamsi::rule::RuleKind::Official.is_leap_year(year).map_err(|e| e.to_string())?;
    let whole_year = whole_year || numbers.len() == 1;
    let months: Vec<(i32, Month)> = if whole_year {
        Month::all().into_iter().map(|m| (year, m)).collect()
    } else if three {
        let prev = if month == Month::Farvardin {
            (year - 1, Month::Esfand)
        } else {
            (year, month.previous())
        };
        let next = if month == Month::Esfand {
            (year + 1, Month::Farvardin)
        } else {
            (year, month.next())
        };
        vec![prev, (year, month), next]
    } else {
        vec![(year, month)]
    };
    // The month asked for (the middle one of three) must be in the range.
    let in_range = |(y, m): (i32, Month)| {
        JalaliDate::new(y, m.number(), 1).is_ok()
            || (y, m) == (JalaliDate::MIN.year(), JalaliDate::MIN.month())
    };
    let asked =
        if whole_year { months.iter().any(|&m| in_range(m)) } else { in_range((year, month)) };
    if !asked {
        return Err(format!(
            "{} {year} is outside the calendar's range, {} to {}",
            if whole_year { "the year".to_string() } else { month.name().to_string() },
            JalaliDate::MIN,
            JalaliDate::MAX
        ));
    }
    let highlight = if style.color { Some(today) } else { None };
    Ok(render(&months, highlight, style))
}

const USAGE: &str = "usage: shamsi cal [-3] [-y] [-g] [-p [--bidi visual|logical]] \
[--color auto|always|never] [YEAR [MONTH]]";

const HELP: &str = "\
Prints a month, three months or a year of the Solar Hijri calendar, weeks
from Saturday to Friday (the weekend, marked *).

Without YEAR, this month (today in Iran); with YEAR alone, the whole year.
YEAR may be negative (shamsi cal -5 1); every argument after -- is a number.

Options:
  -3    the month before and the month after too
  -y    the whole year of the month
  -g    the Gregorian day of the month beside each day
  -p    Persian names and digits, right to left
  --bidi visual|logical
        with -p, the layout: visual (default), already in the order a
        terminal that does not reorder must show it; logical, in reading
        order with each line marked right-to-left (U+200F), for a terminal
        that reorders right-to-left text itself, and for files
  --color auto|always|never
        highlight today and colour Fridays (default auto: when writing to a
        terminal and NO_COLOR is not set)
  -h, --help
        print this help

Exit status: 0; 2 for a usage error or a month or year outside the
calendar's range (its last day is 9378-10-10).

Examples:
  shamsi cal                          # this month
  shamsi cal 1403 12                  # Esfand 1403
  shamsi cal -3 1404 1                # Esfand 1403 to Ordibehesht 1404
  shamsi cal -y 1404                  # the whole year
  shamsi cal -g 1404 1                # with the Gregorian days
  shamsi cal -p --bidi logical 1404 1 # Persian, for a terminal that reorders
";

pub fn main(args: Vec<OsString>) -> ExitCode {
    let args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let is_terminal = std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match run(&args, JalaliDate::today_in_iran(), is_terminal, no_color) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // A closed standard output (`| head -1`) ends the run quietly.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = writeln!(std::io::stderr(), "error: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{e}");
            ExitCode::from(2)
        }
    }
}
