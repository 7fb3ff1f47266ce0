//! The `shamsi` command's tests, one binary: each subcommand run in memory
//! (the very code of the command), and the binary itself run on lines.

#[path = "../common/mod.rs"]
mod common;

mod cal;
#[cfg(feature = "astro")]
mod conformance;
mod dim_date;
mod vectors;
