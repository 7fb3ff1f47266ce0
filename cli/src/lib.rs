//! The subcommands of the `shamsi` command, one module each, as a library so
//! that the tests run them in memory. This is no API: use the command.
#![doc(hidden)]

pub mod cal;
mod choice;
pub mod conformance;
pub mod convert;
pub mod extract;
pub mod holidays;
mod json;
#[cfg(feature = "astro")]
pub mod moon;
#[cfg(feature = "astro")]
pub mod tahvil;
pub mod vectors;
pub mod workdays;
