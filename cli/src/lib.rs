//! The subcommands of the `shamsi` command, one module each, as a library so
//! that the tests run them in memory. This is no API: use the command.
#![doc(hidden)]

pub mod cal;
mod choice;
pub mod conformance;
pub mod convert;
pub mod dim_date;
pub mod extract;
pub mod holidays;
mod json;
#[cfg(feature = "astro")]
pub mod moon;
#[cfg(feature = "astro")]
pub mod tahvil;
pub mod vectors;
pub mod workdays;

/// The exit status of a run that wrote its output: `status` when the writes
/// went through, or when the reader went away (`| head -1`, nothing more to
/// say); 2 for any other failed write, named on standard error.
pub(crate) fn exit_status(
    written: std::io::Result<()>,
    status: std::process::ExitCode,
) -> std::process::ExitCode {
    use std::io::Write;
    match written {
        Ok(()) => status,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => status,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
