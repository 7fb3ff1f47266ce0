//! Instruction counts, for comparing conversions without timing noise:
//! `valgrind --tool=callgrind target/release/examples/icount MODE` with MODE
//! one of `floor`, `g2j`, `j2g`, `day2j`, `none`; subtract `none`.

use std::hint::black_box;

use shamsi::{GregorianDate, JalaliDate};
use shamsi_bench::{ns_civil_from_days, ns_days_from_civil, sample};

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let days = sample(622, 3000, 4096);
    let greg: Vec<(i32, u32, u32)> = days.iter().map(|&n| ns_civil_from_days(n)).collect();
    let jal: Vec<(i32, u8, u8)> = days
        .iter()
        .map(|&n| {
            let j = JalaliDate::from_day_number(n).unwrap();
            (j.year(), j.month_number(), j.day())
        })
        .collect();
    let mut acc = 0u32;
    for _ in 0..100 {
        match mode.as_str() {
            "floor" => {
                for &(y, m, d) in black_box(&greg) {
                    let (a, b, c) = ns_civil_from_days(ns_days_from_civil(y, m, d));
                    acc = acc.wrapping_add(a as u32 ^ b ^ c);
                }
            }
            "floor_scalar" => {
                for &(y, m, d) in black_box(&greg) {
                    let (a, b, c) = ns_civil_from_days(ns_days_from_civil(y, m, d));
                    acc = black_box(acc.wrapping_add(a as u32 ^ b ^ c));
                }
            }
            "g2j" => {
                for &(y, m, d) in black_box(&greg) {
                    let j = GregorianDate::new(y, m as u8, d as u8).unwrap().to_jalali();
                    acc = acc.wrapping_add(
                        j.year() as u32 ^ u32::from(j.month_number()) ^ u32::from(j.day()),
                    );
                }
            }
            "day2j" => {
                for &n in black_box(&days) {
                    let j = JalaliDate::from_day_number(n).unwrap();
                    acc = acc.wrapping_add(
                        j.year() as u32 ^ u32::from(j.month_number()) ^ u32::from(j.day()),
                    );
                }
            }
            "j2g" => {
                for &(y, m, d) in black_box(&jal) {
                    let g = JalaliDate::new(y, m, d).unwrap().to_gregorian();
                    acc = acc
                        .wrapping_add(g.year() as u32 ^ u32::from(g.month()) ^ u32::from(g.day()));
                }
            }
            _ => {}
        }
    }
    println!("{acc}");
}
