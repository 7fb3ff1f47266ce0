//! Converts a column of a million day numbers (days since 1970-01-01, as
//! Arrow's `Date32` holds dates) to Solar Hijri year, month and day columns
//! and back, and reports the entries that are not dates.
//!
//! ```text
//! cargo run --release --example columns            # a million days from 1900 on
//! cargo run --release --example columns -- 5000000 # another count
//! ```
//!
//! One in every 100,000 inputs is made a day number outside the calendar's
//! range, to show the report: their indices, never a silent zero.

use std::process::ExitCode;
use std::time::Instant;

use shamsi::GregorianDate;
use shamsi::columns;

fn main() -> ExitCode {
    let count: usize = match std::env::args().nth(1).map(|a| a.parse()) {
        None => 1_000_000,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("usage: columns [COUNT]");
            return ExitCode::from(2);
        }
    };
    let start = GregorianDate::new(1900, 1, 1).map(|d| d.to_day_number()).unwrap_or(0);
    let days: Vec<i32> = (0..count)
        .map(|i| if i % 100_000 == 99_999 { i32::MAX } else { start + (i % 73_000) as i32 })
        .collect();
    let (mut year, mut month, mut day) = (vec![0; count], vec![0u8; count], vec![0u8; count]);
    let mut invalid = Vec::new();
    let t = Instant::now();
    let bad =
        columns::jalali_from_day_numbers(&days, &mut year, &mut month, &mut day, &mut invalid);
    let to_jalali = t.elapsed();
    let Ok(bad) = bad else {
        eprintln!("the columns differ in length");
        return ExitCode::FAILURE;
    };
    let mut back = vec![0; count];
    let mut invalid_back = Vec::new();
    let t = Instant::now();
    let result =
        columns::day_numbers_from_jalali(&year, &month, &day, &mut back, &mut invalid_back);
    let to_days = t.elapsed();
    if result.is_err() {
        eprintln!("the columns differ in length");
        return ExitCode::FAILURE;
    }
    let agree =
        days.iter().zip(&back).enumerate().all(|(i, (a, b))| a == b || invalid.contains(&i));
    println!(
        "{count} day numbers -> Jalali columns in {to_jalali:?}; {bad} not dates, at {:?}",
        &invalid[..invalid.len().min(5)]
    );
    println!("Jalali columns -> day numbers in {to_days:?}; {} not dates", invalid_back.len());
    if count > 0 {
        println!("first row: day {} = {}-{:02}-{:02}", days[0], year[0], month[0], day[0]);
    }
    println!(
        "round trip: {}",
        if agree { "every date back to its day number" } else { "MISMATCH" }
    );
    if agree { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
