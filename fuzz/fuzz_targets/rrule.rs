//! The `rrule` fuzz target: the checks of `fuzz/checks/rrule.rs`, which
//! `cargo test` also runs on the stored inputs (`tests/integration/fuzz_replay.rs`).
#![no_main]

#[path = "../checks/rrule.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::run(data));
