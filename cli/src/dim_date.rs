//! A date dimension for SQL and BI tools: one CSV row per day of a range.
//!
//! ```text
//! shamsi dim-date 1403-01-01..=1405-12-29 > dim_date.csv
//! shamsi dim-date --country af --fiscal-start 10 --locale fa-AF 2024-01-01..=2024-12-31
//! ```
//!
//! The range is two dates joined by `..=`, Solar Hijri or Gregorian as the
//! converter reads them (a year from 1700 is Gregorian). A header row
//! names the columns:
//!
//! | column | what |
//! |---|---|
//! | `date` | the Gregorian date, `YYYY-MM-DD`: the key to join on |
//! | `jalali` | the Solar Hijri date, `YYYY-MM-DD` |
//! | `year`, `month`, `day` | its fields |
//! | `month_name` | the month's name in `--locale` |
//! | `quarter` | 1 to 4 (Farvardin to Khordad is 1) |
//! | `season` | the quarter's season in `--locale` |
//! | `week`, `week_year` | the Saturday week and its week-numbering year (CLDR's for IR and AF) |
//! | `week_of_month` | the Saturday week of the month |
//! | `weekday` | 1 (Saturday) to 7 (Friday) |
//! | `weekday_name` | in `--locale` |
//! | `day_of_year` | 1 to 366 |
//! | `lunar` | the lunar Hijri date (Iran's calendar, or Afghanistan's announced months over Umm al-Qura), empty where unknown |
//! | `lunar_source` | `observed`, `moved_by_sighting`, `table`, `predicted`, `estimated`, … |
//! | `holidays` | the keys of the day's holidays in `--country`, joined by `\|`; empty when none |
//! | `holiday_estimated` | whether one of them is on an estimated date |
//! | `business_day_ir`, `business_day_af` | `true` or `false` (Friday weekend, public holidays); empty for a year whose holidays the crate does not know |
//! | `fiscal_year` | the fiscal year starting in `--fiscal-start` (a month number; 1 by default, Iran's government year) |
//!
//! Exit status: 0; 2 for a usage error (a range that is empty, or longer
//! than 100,000 days) or a failed write.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use shamsi::format::{DateFormat, Locale};
use shamsi::hijri::{HijriDate, Source};
use shamsi::holidays::{Country, HolidayError, Holidays, WorkCalendar};
use shamsi::parse::{Parsed, parse_lenient};
use shamsi::{JalaliDate, Month};

const USAGE: &str = "usage: shamsi dim-date [--country iran|afghanistan] [--fiscal-start MONTH] \
[--locale TAG] FROM..=TO";

const HELP: &str = "\
Writes a date dimension: one CSV row per day from FROM to TO, with a header
row, for joining in SQL and BI tools on the Gregorian `date` column.

Columns: date, jalali, year, month, day, month_name, quarter, season, week,
week_year, week_of_month, weekday (1 = Saturday), weekday_name, day_of_year,
lunar, lunar_source, holidays (keys joined by |), holiday_estimated,
business_day_ir, business_day_af, fiscal_year.

FROM and TO are dates as the converter reads them: 1403-01-01 (Solar Hijri)
or 2024-03-20 (Gregorian, a year from 1700).

Options:
  --country iran|afghanistan
        whose holidays and lunar calendar the holidays and lunar columns
        follow (default iran)
  --fiscal-start MONTH
        the month (1 to 12) fiscal years start in (default 1)
  --locale TAG
        the language of the names: fa (default), fa-AF, ps, ckb, en, fa-Latn
  -h, --help
        print this help

Exit status: 0; 2 for a usage error or a range of more than 100,000 days.

Example:
  shamsi dim-date 1403-01-01..=1405-12-29 > dim_date.csv
";

/// The longest range written, in days (about 270 years).
const MAX_DAYS: i32 = 100_000;

struct Options {
    country: Country,
    fiscal_start: Month,
    locale: Locale,
    from: JalaliDate,
    to: JalaliDate,
}

enum Command {
    Run(Options),
    Help,
}

fn date(text: &str) -> Result<JalaliDate, String> {
    match parse_lenient(text.trim()) {
        Ok(Parsed::Jalali(d)) => Ok(d),
        Ok(Parsed::Gregorian(g)) => Ok(JalaliDate::from_gregorian(g)),
        Ok(_) => Err(format!("{text:?} is not a date of the Solar Hijri or Gregorian calendar")),
        Err(e) => Err(format!("cannot read {text:?}: {e}")),
    }
}

fn options(args: Vec<OsString>) -> Result<Command, String> {
    use lexopt::Arg::{Long, Short, Value};
    let mut country = Country::Iran;
    let mut fiscal_start = Month::Farvardin;
    let mut locale = Locale::Persian;
    let mut range = None;
    let mut parser = lexopt::Parser::from_args(args);
    let value = |parser: &mut lexopt::Parser| {
        parser.value().map(|v| v.to_string_lossy().into_owned()).map_err(|e| e.to_string())
    };
    while let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? {
        match arg {
            Long("country") => {
                let name = value(&mut parser)?;
                country = name.parse().map_err(|e| format!("--country {name:?}: {e}"))?;
            }
            Long("fiscal-start") => {
                let text = value(&mut parser)?;
                let month = text.parse::<u8>().ok().and_then(|m| Month::new(m).ok());
                fiscal_start =
                    month.ok_or_else(|| format!("--fiscal-start {text:?}: a month is 1 to 12"))?;
            }
            Long("locale") => {
                let tag = value(&mut parser)?;
                locale = tag.parse().map_err(|e| format!("--locale {tag:?}: {e}"))?;
            }
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(v) => {
                let text = v.to_string_lossy().into_owned();
                let (a, b) = text
                    .split_once("..=")
                    .ok_or_else(|| format!("the range is FROM..=TO, not {text:?}\n{USAGE}"))?;
                range = Some((date(a)?, date(b)?));
            }
            Long(name) => return Err(format!("unknown option --{name}\n{USAGE}")),
            Short(c) => return Err(format!("unknown option -{c}\n{USAGE}")),
        }
    }
    let (from, to) = range.ok_or(USAGE)?;
    let days = from.days_until(to);
    if days < 0 {
        return Err(format!("empty range {from}..={to}"));
    }
    if days >= MAX_DAYS {
        return Err(format!("the range {from}..={to} has more than {MAX_DAYS} days"));
    }
    Ok(Command::Run(Options { country, fiscal_start, locale, from, to }))
}

const HEADER: &str = "date,jalali,year,month,day,month_name,quarter,season,week,week_year,\
week_of_month,weekday,weekday_name,day_of_year,lunar,lunar_source,holidays,holiday_estimated,\
business_day_ir,business_day_af,fiscal_year";

/// A source's word in the `lunar_source` column.
fn source_word(source: Source) -> &'static str {
    match source {
        Source::Observed => "observed",
        Source::MovedBySighting => "moved_by_sighting",
        Source::Table => "table",
        Source::Arithmetic => "arithmetic",
        Source::Announced => "announced",
        Source::Estimated => "estimated",
        Source::Predicted => "predicted",
        _ => "other",
    }
}

/// A CSV field: quoted when it holds a comma, a quote or a line end.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes the rows of `o`.
fn write_rows(out: &mut impl Write, o: &Options) -> io::Result<()> {
    writeln!(out, "{HEADER}")?;
    let month_name = DateFormat::new("%B").map(|f| f.with_locale(o.locale)).ok();
    let weekday_name = DateFormat::new("%A").map(|f| f.with_locale(o.locale)).ok();
    let work = [WorkCalendar::new(Country::Iran), WorkCalendar::new(Country::Afghanistan)];
    let mut row = String::new();
    // The holidays of the year of the row (an error for a year the crate
    // does not know).
    let mut year: Option<(i32, Result<Holidays, HolidayError>)> = None;
    let lunar_calendars = o.country.lunar_calendars();
    for date in o.from.iter_to(o.to) {
        if year.as_ref().is_none_or(|(y, _)| *y != date.year()) {
            year = Some((date.year(), o.country.holidays(date.year())));
        }
        let holidays = year.as_ref().and_then(|(_, h)| h.as_ref().ok());
        let lunar = lunar_calendars.iter().find_map(|c| HijriDate::from_jalali_in(*c, date).ok());
        let week = date.year_week();
        row.clear();
        let _ = write!(
            row,
            "{},{},{},{},{},",
            date.to_gregorian(),
            date,
            date.year(),
            date.month_number(),
            date.day()
        );
        row.push_str(&field(&month_name.map(|f| f.format(date)).unwrap_or_default()));
        let season = o.locale.season_names().get(usize::from(date.quarter() - 1)).copied();
        let _ = write!(
            row,
            ",{},{},{},{},{},",
            date.quarter(),
            field(season.unwrap_or("")),
            week.week,
            week.year,
            date.week_of_month()
        );
        let _ = write!(row, "{},", date.weekday().to_saturday_one_offset());
        row.push_str(&field(&weekday_name.map(|f| f.format(date)).unwrap_or_default()));
        let _ = write!(row, ",{},", date.day_of_year());
        if let Some(lunar) = lunar {
            let _ = write!(row, "{lunar},{}", source_word(lunar.source()));
        } else {
            row.push(',');
        }
        row.push(',');
        // Holidays: both cells empty for a year the crate does not know.
        if let Some(h) = holidays {
            let keys: Vec<&str> = h.on(date).map(|h| h.key).collect();
            let estimated = h.on(date).any(|h| h.estimated);
            let _ = write!(row, "{},{estimated}", field(&keys.join("|")));
        } else {
            row.push(',');
        }
        for w in &work {
            row.push(',');
            if let Ok(business) = w.is_business_day(date) {
                let _ = write!(row, "{business}");
            }
        }
        let _ = write!(row, ",{}", date.fiscal_year(o.fiscal_start));
        writeln!(out, "{row}")?;
    }
    Ok(())
}

/// Runs the command with `args` (without its name), writing to `out` and
/// `err`: the exit status.
pub fn run(args: Vec<OsString>, out: &mut impl Write, err: &mut impl Write) -> u8 {
    match options(args) {
        Ok(Command::Help) => {
            let _ = write!(out, "{USAGE}\n\n{HELP}");
            0
        }
        Ok(Command::Run(o)) => match write_rows(out, &o).and_then(|()| out.flush()) {
            Ok(()) => 0,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                2
            }
        },
        Err(e) => {
            let _ = writeln!(err, "{e}");
            2
        }
    }
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    let code = run(args, &mut out, &mut io::stderr());
    ExitCode::from(code)
}
