//! Finds the dates mentioned in a text.
//!
//! ```text
//! echo 'تا ٢۶ ژانویه ٢٠٢۴ (۶ بهمن ماه ١۴٠٢) بازگردند' | cargo run --example extract
//! ```
//!
//! Reads standard input and prints one JSON object per mention, in order:
//! `start` and `end` (byte offsets), `text`, `calendar` (`jalali`,
//! `gregorian` or `hijri_qamari`), `year`, `month`, `day` (`null` where the
//! text gives none), for a full Solar Hijri or Gregorian date the date in
//! the other calendar (`gregorian` or `jalali`, `YYYY-MM-DD`) and its
//! `weekday`, `written_weekday` (`{"name", "start", "agrees"}`) when a
//! weekday is written before the date, and `pair` (`{"start", "end",
//! "agrees"}`) when a mention of the same day in the other calendar stands
//! next to it. With `--hijri iran|iran-estimated|iran-predicted|umm-al-qura|civil|tbla`, a
//! full lunar Hijri mention gets its `jalali` and `gregorian` dates in that
//! lunar calendar (where it has the date).

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use shamsi::hijri::AnyCalendar;
use shamsi::parse::mentions;
use shamsi::Calendar;

use crate::json::write_string as json_string;

fn number(value: Option<impl std::fmt::Display>) -> String {
    value.map_or_else(|| "null".to_owned(), |v| v.to_string())
}

fn run(hijri: Option<AnyCalendar>) -> io::Result<()> {
    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes)?;
    // Offsets are bytes of the input, so it is not repaired.
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        io::Error::new(io::ErrorKind::InvalidData, format!("the input is not UTF-8 (byte {at})"))
    })?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for m in mentions(&text) {
        let calendar = match m.calendar() {
            Calendar::Jalali => "jalali",
            Calendar::Gregorian => "gregorian",
            Calendar::LunarHijri => "hijri_qamari",
            _ => "unknown",
        };
        write!(out, "{{\"start\":{},\"end\":{},\"text\":", m.start(), m.end())?;
        json_string(&mut out, m.as_str())?;
        write!(
            out,
            ",\"calendar\":\"{calendar}\",\"year\":{},\"month\":{},\"day\":{}",
            number(m.year()),
            m.month(),
            number(m.day())
        )?;
        match (m.calendar(), m.jalali(), m.gregorian()) {
            (Calendar::Jalali, Some(j), Some(g)) => {
                let weekday = j.weekday().name().to_ascii_lowercase();
                write!(out, ",\"gregorian\":\"{g}\",\"weekday\":\"{weekday}\"")?;
            }
            (Calendar::Gregorian, Some(j), Some(_)) => {
                let weekday = j.weekday().name().to_ascii_lowercase();
                write!(out, ",\"jalali\":\"{j}\",\"weekday\":\"{weekday}\"")?;
            }
            _ => {}
        }
        if let Some(h) = hijri.and_then(|c| m.hijri_in(c)) {
            let (j, g) = (h.to_jalali(), h.to_gregorian());
            let weekday = g.weekday().name().to_ascii_lowercase();
            write!(out, ",\"jalali\":\"{j}\",\"gregorian\":\"{g}\",\"weekday\":\"{weekday}\"")?;
        }
        if let (Some(w), Some(start)) = (m.weekday(), m.weekday_start()) {
            let name = w.name().to_ascii_lowercase();
            write!(out, ",\"written_weekday\":{{\"name\":\"{name}\",\"start\":{start}")?;
            match m.weekday_agrees() {
                Some(agrees) => write!(out, ",\"agrees\":{agrees}}}")?,
                None => write!(out, "}}")?,
            }
        }
        if let Some(p) = m.pair() {
            write!(
                out,
                ",\"pair\":{{\"start\":{},\"end\":{},\"agrees\":{}}}",
                p.start, p.end, p.agrees
            )?;
        }
        writeln!(out, "}}")?;
    }
    out.flush()
}

const USAGE: &str =
    "usage: extract [--hijri iran|iran-estimated|iran-predicted|umm-al-qura|civil|tbla] < TEXT \
(reads standard input; prints one JSON line per date)";

pub fn main(args: Vec<OsString>) -> ExitCode {
    let args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let hijri = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => None,
        ["-h" | "--help"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        ["--hijri", name] => match name.parse::<AnyCalendar>() {
            Ok(c) => Some(c),
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "--hijri {name:?}: {e}");
                return ExitCode::from(2);
            }
        },
        _ => {
            let _ = writeln!(std::io::stderr(), "unexpected arguments {args:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(hijri) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`| head -1`): nothing more to say.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {e}");
            ExitCode::from(2)
        }
    }
}
