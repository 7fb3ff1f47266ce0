//! The integration tests, one binary with a module per area (one link, and
//! one process for the test harness to spread over the cores).

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/peers.rs"]
mod peers;

mod astro;
mod astro_crescent;
mod astro_moon;
mod columns;
mod corrections;
mod datetime;
mod directives_c;
mod extract_examples;
mod fuzz_replay;
mod grid;
mod hijri;
mod hijri_text;
mod holidays;
mod interchange;
mod interop;
mod interop_datetime;
mod known_dates;
mod lenient_forms;
mod names;
mod no_alloc;
mod number_words;
mod parse_errors;
mod parse_examples;
mod peer_dates;
mod peer_datetimes;
mod peer_strptime;
mod proptest_arith;
mod proptest_datetime_format;
mod proptest_format;
mod proptest_offsets;
mod proptest_spans;
mod recur;
mod relative;
mod roundtrip;
mod serde_datetime;
mod serde_types;
mod spans;
mod strategies;
mod today;
mod validation;
mod zones;
