//! Finds the dates mentioned in a text.
//!
//! ```text
//! echo 'تا ٢۶ ژانویه ٢٠٢۴ (۶ بهمن ماه ١۴٠٢) بازگردند' | shamsi extract
//! shamsi extract --hijri iran < article.txt
//! ```
//!
//! Reads all of standard input as one text (not line by line: a mention
//! may run over a line break, and a blank line is just text) and prints one
//! JSON object per mention, in order, on a line of its own; a text without
//! dates prints nothing. Each object has `start` and `end` (byte offsets
//! from the start of the input), `text` (the mention as written; a control
//! character, such as a line break inside it, escaped `\u00XX`), `calendar`
//! (`jalali`, `gregorian` or `hijri_qamari`), `year`, `month`, `day`
//! (`null` where the text gives none), for a full Solar Hijri or Gregorian
//! date the date in the other calendar (`gregorian` or `jalali`,
//! `YYYY-MM-DD`) and its `weekday`, `written_weekday` (`{"name", "start",
//! "agrees"}`, `agrees` left out when the date is partial) when a weekday is
//! written with the date, and `pair` (`{"start", "end", "agrees"}`) when a
//! mention of the same day in the other calendar stands next to it. With
//! `--hijri iran|iran-observed|iran-estimated|iran-predicted|umm-al-qura|civil|tbla|afghanistan`,
//! a full lunar Hijri mention gets its `jalali` and `gregorian` dates and
//! `weekday` in that lunar calendar (where it has the date).
//!
//! The exit status is 0 when the text was read, 1 when it is not UTF-8
//! (nothing is printed: the offsets are bytes of the input, so it is not
//! repaired), 2 for a usage error (an unknown option or an argument, a bad
//! or missing `--hijri`). When the reader of standard output goes away
//! (`| head -1`) the command stops quietly.

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use serde::Serialize;
use shamsi::hijri::AnyCalendar;
use shamsi::parse::mentions;
use shamsi::{Calendar, GregorianDate, JalaliDate};

use crate::json::{weekday_name, write_line as write_json_line};

/// The JSON line of one mention.
#[derive(Serialize)]
struct MentionLine<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    calendar: &'static str,
    year: Option<i32>,
    month: u8,
    day: Option<u8>,
    /// The Solar Hijri date of a Gregorian or lunar Hijri mention.
    #[serde(skip_serializing_if = "Option::is_none")]
    jalali: Option<Shown<JalaliDate>>,
    /// The Gregorian date of a Solar Hijri or lunar Hijri mention.
    #[serde(skip_serializing_if = "Option::is_none")]
    gregorian: Option<Shown<GregorianDate>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    weekday: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    written_weekday: Option<WrittenWeekday>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pair: Option<Pair>,
}

/// A weekday written with the date, and whether it is the date's.
#[derive(Serialize)]
struct WrittenWeekday {
    name: &'static str,
    start: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    agrees: Option<bool>,
}

/// The mention of the same day in the other calendar next to this one.
#[derive(Serialize)]
struct Pair {
    start: usize,
    end: usize,
    agrees: bool,
}

/// A date written as its `Display` writes it (`YYYY-MM-DD`), without a
/// `String` of its own.
struct Shown<T>(T);

impl<T: std::fmt::Display> Serialize for Shown<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// The input was read, but is not UTF-8.
struct NotUtf8(usize);

fn run(hijri: Option<AnyCalendar>) -> io::Result<Result<(), NotUtf8>> {
    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes)?;
    // Offsets are bytes of the input, so it is not repaired.
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return Ok(Err(NotUtf8(e.utf8_error().valid_up_to()))),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for m in mentions(&text) {
        let calendar = match m.calendar() {
            Calendar::Jalali => "jalali",
            Calendar::Gregorian => "gregorian",
            Calendar::LunarHijri => "hijri_qamari",
            _ => "unknown",
        };
        let mut line = MentionLine {
            start: m.start(),
            end: m.end(),
            text: m.as_str(),
            calendar,
            year: m.year(),
            month: m.month(),
            day: m.day(),
            jalali: None,
            gregorian: None,
            weekday: None,
            written_weekday: None,
            pair: None,
        };
        match (m.calendar(), m.jalali(), m.gregorian()) {
            (Calendar::Jalali, Some(j), Some(g)) => {
                line.gregorian = Some(Shown(g));
                line.weekday = Some(weekday_name(j.weekday()));
            }
            (Calendar::Gregorian, Some(j), Some(_)) => {
                line.jalali = Some(Shown(j));
                line.weekday = Some(weekday_name(j.weekday()));
            }
            _ => {}
        }
        // Only a lunar Hijri mention has a date here, so this sets no field
        // the match above set.
        if let Some(h) = hijri.and_then(|c| m.hijri_in(c)) {
            let (j, g) = (h.to_jalali(), h.to_gregorian());
            line.jalali = Some(Shown(j));
            line.gregorian = Some(Shown(g));
            line.weekday = Some(weekday_name(g.weekday()));
        }
        if let (Some(w), Some(start)) = (m.weekday(), m.weekday_start()) {
            line.written_weekday =
                Some(WrittenWeekday { name: weekday_name(w), start, agrees: m.weekday_agrees() });
        }
        line.pair = m.pair().map(|p| Pair { start: p.start, end: p.end, agrees: p.agrees });
        write_json_line(&mut out, &line)?;
    }
    out.flush()?;
    Ok(Ok(()))
}

const USAGE: &str = "usage: shamsi extract \
[--hijri iran|iran-observed|iran-estimated|iran-predicted|umm-al-qura|civil|tbla|afghanistan] < TEXT";

const HELP: &str = "\
Finds the dates mentioned in a text: Solar Hijri, Gregorian and lunar Hijri,
full (۶ بهمن ماه ۱۴۰۲, 1402/11/06, 14 March 2022) or partial (۳ سنبله).

Options:
  --hijri iran|iran-observed|iran-estimated|iran-predicted|umm-al-qura|civil|tbla|afghanistan
        give a full lunar Hijri mention its Solar Hijri and Gregorian dates
        in that lunar calendar
  -h, --help
        print this help

Input: all of standard input, as one text (a mention may run over a line
break). It must be UTF-8.

Output: one JSON object per mention, in order, each on a line of its own
(nothing for a text without dates): start and end (byte offsets in the
input), text, calendar (jalali, gregorian or hijri_qamari), year, month, day
(null where the text gives none), the date in the other calendar (gregorian
or jalali) and its weekday for a full date, written_weekday ({name, start,
agrees}) when a weekday is written with it, and pair ({start, end, agrees})
when the same day in the other calendar stands next to it.

Exit status: 0 when the text was read, 1 when it is not UTF-8 (nothing is
printed), 2 for a usage error.

Examples:
  echo 'تا ٢۶ ژانویه ٢٠٢۴ (۶ بهمن ماه ١۴٠٢) بازگردند' | shamsi extract
  shamsi extract --hijri iran < article.txt
";

/// What the command line asks for: the lunar calendar, or help.
fn options(args: Vec<OsString>) -> Result<Option<Option<AnyCalendar>>, String> {
    use lexopt::Arg::{Long, Short};
    let mut hijri = None;
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("hijri") => {
                let name = parser.value().map_err(|e| e.to_string())?;
                let name = name.to_string_lossy();
                hijri = Some(
                    name.parse::<AnyCalendar>().map_err(|e| format!("--hijri {name:?}: {e}"))?,
                );
            }
            Short('h') | Long("help") => return Ok(None),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(Some(hijri))
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let hijri = match options(args) {
        Ok(Some(hijri)) => hijri,
        Ok(None) => {
            let _ = write!(io::stdout(), "{USAGE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let _ = writeln!(
                io::stderr(),
                "shamsi extract: {e}\n{USAGE}\n(shamsi extract --help tells more)"
            );
            return ExitCode::from(2);
        }
    };
    match run(hijri) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(NotUtf8(at))) => {
            let _ = writeln!(io::stderr(), "error: the input is not UTF-8 (byte {at})");
            ExitCode::from(1)
        }
        // The reader went away (`| head -1`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Option<AnyCalendar>>, String> {
        options(args.iter().map(OsString::from).collect())
    }

    #[test]
    fn options_and_usage_errors() {
        assert!(matches!(parse(&[]), Ok(Some(None))));
        assert!(matches!(parse(&["--hijri=civil"]), Ok(Some(Some(_)))));
        assert!(matches!(parse(&["--help"]), Ok(None)));
        for (args, what) in
            [(&["--hijri"][..], "--hijri"), (&["--hijri", "x"], "--hijri"), (&["text"], "text")]
        {
            match parse(args) {
                Err(e) => assert!(e.contains(what), "{args:?}: {e}"),
                Ok(_) => panic!("{args:?} is no usage error"),
            }
        }
    }
}
