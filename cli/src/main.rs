//! The `shamsi` command: the Solar Hijri (Jalali) calendar from the shell.
//!
//! Each tool is a subcommand with its own flags, input and output
//! (`shamsi convert --help`, …). Other programs script them, so their forms
//! are contracts: one output line for each input line, exit status 0 when
//! every input was good, 1 when some was not, 2 for a usage error.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use shamsi_cli::{cal, conformance, convert, dim_date, extract, holidays, vectors, workdays};
#[cfg(feature = "astro")]
use shamsi_cli::{moon, tahvil};

/// The subcommands, with a line of help each.
const COMMANDS: &[(&str, &str)] = &[
    ("convert", "convert dates, date-times and instants between the calendars"),
    ("cal", "print a month or a year of the Solar Hijri calendar"),
    ("holidays", "list the public holidays of Iran or Afghanistan in a year"),
    ("workdays", "count the business days between pairs of dates"),
    ("dim-date", "write a date dimension (a CSV row per day) for SQL and BI"),
    ("tahvil", "the instant of the March equinox and the Nowruz it makes"),
    ("moon", "new moons, crescent visibility and Iran's predicted lunar months"),
    ("extract", "find the dates mentioned in text"),
    ("vectors", "write test vectors for other implementations"),
    ("conformance", "check another implementation's conversions against this crate"),
];

fn usage() -> String {
    let mut s = String::from(
        "shamsi: the Solar Hijri (Jalali) calendar\n\n\
         usage: shamsi COMMAND [OPTIONS] [INPUT...]\n\n\
         commands:\n",
    );
    for (name, what) in COMMANDS {
        s.push_str(&format!("  {name:<12} {what}\n"));
    }
    s.push_str(
        "\n`shamsi COMMAND --help` tells more about each.\n\n\
         example:\n  shamsi convert 1402-11-06        # 2024-01-26\n",
    );
    s
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(command) = args.next() else {
        let _ = write!(std::io::stderr(), "{}", usage());
        return ExitCode::from(2);
    };
    let rest: Vec<OsString> = args.collect();
    match command.to_str() {
        Some("convert") => convert::main(rest),
        Some("cal") => cal::main(rest),
        Some("holidays") => holidays::main(rest),
        Some("workdays") => workdays::main(rest),
        Some("dim-date") => dim_date::main(rest),
        #[cfg(feature = "astro")]
        Some("tahvil") => tahvil::main(rest),
        #[cfg(feature = "astro")]
        Some("moon") => moon::main(rest),
        Some("extract") => extract::main(rest),
        Some("vectors") => vectors::main(rest),
        Some("conformance") => conformance::main(rest),
        Some("-h" | "--help" | "help") => {
            let _ = write!(std::io::stdout(), "{}", usage());
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            let _ = writeln!(std::io::stdout(), "shamsi {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        _ => {
            let _ = write!(
                std::io::stderr(),
                "unknown command {:?}\n\n{}",
                command.to_string_lossy(),
                usage()
            );
            ExitCode::from(2)
        }
    }
}
