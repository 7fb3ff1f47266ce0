//! The `strict` fuzz target: the checks of `fuzz/checks/strict.rs`, which
//! `cargo test` also runs on the stored inputs (`tests/integration/fuzz_replay.rs`).
#![no_main]

#[path = "../checks/strict.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::run(data));
