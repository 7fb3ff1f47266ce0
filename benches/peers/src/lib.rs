//! Inputs and the Neri–Schneider floor shared by the benchmarks.

/// Days since 1970-01-01 of a proleptic Gregorian date, by Neri & Schneider,
/// "Euclidean affine functions and their application to calendar
/// algorithms" (2022), §5: the year starts in March so that the leap day
/// comes last, and years are shifted by whole 400-year cycles so that every
/// division is of a non-negative number.
#[inline]
pub fn ns_days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    const CYCLES: u32 = 30;
    let early = (month <= 2) as u32;
    let y = (year + 400 * CYCLES as i32) as u32 - early;
    let m = month + 12 * early;
    let c = y / 100;
    let days = 1461 * y / 4 - c + c / 4 + (979 * m - 2919) / 32 + day - 1;
    days as i32 - (719_468 + 146_097 * CYCLES as i32)
}

/// The inverse of [`ns_days_from_civil`], after the same paper, §5.
#[inline]
pub fn ns_civil_from_days(n: i32) -> (i32, u32, u32) {
    const CYCLES: u32 = 30;
    let n = (n + 719_468 + 146_097 * CYCLES as i32) as u32;
    let n1 = 4 * n + 3;
    let c = n1 / 146_097;
    let nc = n1 % 146_097 / 4;
    let n2 = 4 * nc + 3;
    let p2 = 2_939_745u64 * u64::from(n2);
    let z = (p2 >> 32) as u32;
    let ny = (p2 as u32) / 2_939_745 / 4;
    let n3 = 2141 * ny + 197_913;
    let (m, d) = (n3 >> 16, (n3 & 0xffff) / 2141 + 1);
    let j = (ny >= 306) as u32;
    ((100 * c + z + j) as i32 - 400 * CYCLES as i32, m - 12 * j, d)
}

/// `count` day numbers drawn evenly from the Gregorian years `first..=last`,
/// shuffled with a fixed seed so that every run times the same inputs.
pub fn sample(first: i32, last: i32, count: usize) -> Vec<i32> {
    let lo = ns_days_from_civil(first, 1, 1);
    let hi = ns_days_from_civil(last, 12, 31);
    let span = (hi - lo) as u64;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    (0..count)
        .map(|_| {
            // SplitMix64.
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            lo + (z % (span + 1)) as i32
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_matches_shamsi_gregorian() {
        for n in -800_000..800_000 {
            let g = shamsi::GregorianDate::from_day_number(n).unwrap();
            let (y, m, d) = ns_civil_from_days(n);
            assert_eq!((y, m as u8, d as u8), (g.year(), g.month(), g.day()));
            assert_eq!(ns_days_from_civil(y, m, d), n);
        }
    }
}
