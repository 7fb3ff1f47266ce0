//! The Sun's apparent geocentric longitude, the instant it is zero (the
//! March equinox), and the equation of time.
//!
//! Following J. Meeus, *Astronomical Algorithms*, 2nd ed. (Willmann-Bell,
//! 1998): the Earth's heliocentric longitude `L` and radius vector `R` from
//! VSOP87D (ch. 32; the series are in `vsop87.rs`), turned geocentric
//! (`L + 180°`) and into the FK5 system (ch. 25, eq. 25.9: -0.09033"), plus
//! the nutation in longitude (ch. 22, IAU 1980, `nutation.rs`) and the
//! annual aberration (-20.4898" / R, ch. 25). The equinox is solved for in
//! Terrestrial Time by Newton's method (ch. 27 takes the same approach with a
//! fixed slope) from Meeus's mean-equinox polynomial (table 27.A/B).
//!
//! Times are in days of TT from J2000.0 (JDE 2451545.0) throughout, which
//! keeps the full precision of `f64` near the present.

use core::f64::consts::{PI, TAU};

use super::nutation::DELTA_PSI;
use super::vsop87;

/// Days per Julian millennium and century.
const MILLENNIUM: f64 = 365250.0;
const CENTURY: f64 = 36525.0;
/// One arcsecond, in radians.
const ARCSEC: f64 = PI / 648000.0;
/// Conversion from VSOP87 to FK5 in longitude (Meeus eq. 25.9).
const FK5: f64 = -0.09033 * ARCSEC;
/// The IAU 2000 correction to the precession in longitude, radians per
/// Julian century: VSOP87D's and ELP-2000/82's "equinox of date" follow
/// the IAU 1976 precession (5029.0966"/cy), which the IAU 2000 and 2006
/// models (and JPL's ephemerides, through the frame in which they are read)
/// reduce by 0.29965"/cy (Mathews, Herring & Buffett 2002; IERS
/// Conventions 2003, ch. 5). Without it an equinox of 1900 is 7 s late.
pub(super) const PRECESSION_CORRECTION: f64 = -0.29965 * ARCSEC;
/// The constant of annual aberration for the Sun, divided by R (Meeus
/// ch. 25: -20.4898" / R).
const ABERRATION: f64 = 20.4898 * ARCSEC;

/// Newton's method stops once a step is below this many days: the error left
/// after a step of `d` days is about 3e-4 d² (the change of the Sun's speed)
/// plus 2e-6 d (the aberration's rate, left out of the slope), under 0.005 s
/// here (a unit test checks 0.01 s against iterating to the last bit).
const CONVERGED: f64 = 0.01;
/// A bound on the iterations, reached only if the series were broken.
const MAX_ITERATIONS: u32 = 8;

/// A series `sum_i tau^i sum_k A cos(B + C tau)` and its derivative with
/// respect to `tau`.
fn series_and_rate(powers: &[&[[f64; 3]]], tau: f64) -> (f64, f64) {
    let (mut value, mut rate) = (0.0, 0.0);
    // tau^i and i tau^(i-1).
    let (mut power, mut power_rate) = (1.0, 0.0);
    for terms in powers {
        let (mut sum, mut sum_rate) = (0.0, 0.0);
        for &[a, b, c] in terms.iter() {
            let (sin, cos) = (b + c * tau).sin_cos();
            sum += a * cos;
            sum_rate -= a * c * sin;
        }
        value += sum * power;
        rate += sum_rate * power + sum * power_rate;
        power_rate = power_rate * tau + power;
        power *= tau;
    }
    (value, rate)
}

/// A series `sum_i tau^i sum_k A cos(B + C tau)`.
fn series(powers: &[&[[f64; 3]]], tau: f64) -> f64 {
    powers.iter().rev().fold(0.0, |acc, terms| {
        acc * tau + terms.iter().map(|&[a, b, c]| a * (b + c * tau).cos()).sum::<f64>()
    })
}

/// `c[0] + c[1] t + c[2] t² + c[3] t³` in degrees, and its derivative, both
/// in radians (per unit of `t`).
fn angle(t: f64, c: [f64; 4]) -> (f64, f64) {
    let [c0, c1, c2, c3] = c;
    let value = c0 + t * (c1 + t * (c2 + t * c3));
    let rate = c1 + t * (2.0 * c2 + t * 3.0 * c3);
    (value.to_radians(), rate.to_radians())
}

/// The nutation in longitude, in radians, and its rate in radians per
/// Julian century, at `t` Julian centuries of TT from J2000.0 (Meeus ch. 22,
/// IAU 1980 theory, with the fundamental arguments of eq. 22.1 in the order
/// D, M, M', F, Omega).
pub(super) fn nutation_in_longitude(t: f64) -> (f64, f64) {
    let args = [
        angle(t, [297.85036, 445267.111480, -0.0019142, 1.0 / 189474.0]),
        angle(t, [357.52772, 35999.050340, -0.0001603, -1.0 / 300000.0]),
        angle(t, [134.96298, 477198.867398, 0.0086972, 1.0 / 56250.0]),
        angle(t, [93.27191, 483202.017538, -0.0036825, 1.0 / 327270.0]),
        angle(t, [125.04452, -1934.136261, 0.0020708, 1.0 / 450000.0]),
    ];
    let (mut psi, mut rate) = (0.0, 0.0);
    for (multipliers, s0, s1) in DELTA_PSI.iter() {
        let (mut arg, mut arg_rate) = (0.0, 0.0);
        for (&k, &(value, value_rate)) in multipliers.iter().zip(args.iter()) {
            let k = f64::from(k);
            arg += k * value;
            arg_rate += k * value_rate;
        }
        let (sin, cos) = arg.sin_cos();
        let coefficient = s0 + s1 * t;
        psi += coefficient * sin;
        rate += coefficient * cos * arg_rate;
    }
    // The table is in units of 0.0001".
    (psi * 1e-4 * ARCSEC, rate * 1e-4 * ARCSEC)
}

/// `x` reduced to (-pi, pi].
pub(super) fn wrap(x: f64) -> f64 {
    let r = x.rem_euclid(TAU);
    if r > PI { r - TAU } else { r }
}

/// The Sun's apparent geocentric longitude, reduced to (-pi, pi], and its
/// rate in radians per day, at `days` of TT from J2000.0.
///
/// The rate leaves out the aberration's (about 1e-6 of the whole), which
/// only slows Newton's method down by as much.
pub(super) fn apparent_longitude(days: f64) -> (f64, f64) {
    let (longitude, rate, _) = aberrated_longitude(days);
    let (psi, psi_rate) = nutation_in_longitude(days / CENTURY);
    (wrap(longitude + psi), rate + psi_rate / CENTURY)
}

/// The Sun's geocentric longitude in FK5 with the aberration but not the
/// nutation (referred to the mean equinox of date), reduced to (-pi, pi],
/// its rate in radians per day (without the aberration's), and the
/// distance in AU, at `days` of TT from J2000.0.
pub(super) fn aberrated_longitude(days: f64) -> (f64, f64, f64) {
    let tau = days / MILLENNIUM;
    let (l, l_rate) = series_and_rate(&vsop87::L, tau);
    let r = series(&vsop87::R, tau);
    let precession = PRECESSION_CORRECTION * days / CENTURY;
    (wrap(l + PI + FK5 + precession - ABERRATION / r), l_rate / MILLENNIUM, r)
}

/// The mean March equinox of `year`, in days of TT from J2000.0: Meeus
/// table 27.A (years -1000..1000) and 27.B (1000..3000), extrapolated
/// outside them. Within a few minutes of the true equinox over those
/// years, and only a starting point.
fn mean_march_equinox(year: i32) -> f64 {
    if year < 1000 {
        let y = f64::from(year) / 1000.0;
        // JDE 1721139.29189, less J2000.0.
        -730405.70811 + y * (365242.13740 + y * (0.06134 + y * (0.00111 - y * 0.00071)))
    } else {
        let y = f64::from(year - 2000) / 1000.0;
        // JDE 2451623.80984, less J2000.0.
        78.80984 + y * (365242.37404 + y * (0.05169 + y * (-0.00411 - y * 0.00057)))
    }
}

/// The instant of the March equinox of a Gregorian year, in days of TT
/// from J2000.0, and the number of times the series were summed.
pub(super) fn march_equinox(year: i32) -> (f64, u32) {
    let mut days = mean_march_equinox(year);
    let mut evaluations = 0;
    while evaluations < MAX_ITERATIONS {
        let (longitude, rate) = apparent_longitude(days);
        evaluations += 1;
        let step = -longitude / rate;
        if !step.is_finite() {
            debug_assert!(false, "equinox iteration broke down for {year}");
            break;
        }
        days += step;
        if step.abs() < CONVERGED {
            break;
        }
    }
    (days, evaluations)
}

/// The equation of time (apparent minus mean solar time), as a fraction of
/// a day, at `days` of TT from J2000.0, by Smart's formula (Meeus eq. 28.3,
/// with the Sun's mean longitude, mean anomaly and the eccentricity of
/// eqs. 25.2–25.4 and the mean obliquity of eq. 22.2).
///
/// It needs no series, and is the formula the reference table's apparent
/// noon was computed with: its margins agree with the table's to the
/// table's 0.01 min. It differs from the rigorous eq. 28.1 by a few seconds
/// at most.
pub(super) fn equation_of_time(days: f64) -> f64 {
    let t = days / CENTURY;
    let l0 = (280.46646 + t * (36000.76983 + t * 0.0003032)).to_radians();
    let m = (357.52911 + t * (35999.05029 - t * 0.0001537)).to_radians();
    let e = 0.016708634 - t * (0.000042037 + t * 0.0000001267);
    let obliquity = (23.0_f64 + 26.0 / 60.0 + 21.448 / 3600.0).to_radians()
        + (t * (-46.8150 + t * (-0.00059 + t * 0.001813))) * ARCSEC;
    let y = (obliquity / 2.0).tan().powi(2);
    let (sin_m, sin_2l0, cos_2l0) = (m.sin(), (2.0 * l0).sin(), (2.0 * l0).cos());
    let radians = y * sin_2l0 - 2.0 * e * sin_m + 4.0 * e * y * sin_m * cos_2l0
        - 0.5 * y * y * (4.0 * l0).sin()
        - 1.25 * e * e * (2.0 * m).sin();
    radians / TAU
}

#[cfg(test)]
mod tests {
    use super::*;

    const J2000: f64 = 2451545.0;

    /// Meeus example 22.a: 1987 April 10, 0h TD.
    #[test]
    fn nutation_example_22a() {
        let (psi, _) = nutation_in_longitude((2446895.5 - J2000) / CENTURY);
        assert!((psi / ARCSEC - -3.788).abs() < 0.001, "{}", psi / ARCSEC);
    }

    /// Meeus example 25.b: 1992 October 13.0 TD, apparent longitude
    /// 199°54'21.818" with his abridged series (the fuller series here give
    /// 21.55"), R = 0.99760775 AU (the 12 terms kept here give R to 1e-5 AU,
    /// all the aberration needs).
    #[test]
    fn apparent_longitude_example_25b() {
        let days = 2448908.5 - J2000;
        let (longitude, rate) = apparent_longitude(days);
        let degrees = longitude.to_degrees().rem_euclid(360.0);
        let expected = 199.0 + 54.0 / 60.0 + 21.818 / 3600.0;
        assert!(((degrees - expected) * 3600.0).abs() < 0.5, "{degrees}");
        assert!((series(&vsop87::R, days / MILLENNIUM) - 0.99760775).abs() < 2e-5);
        // About 59' a day.
        assert!((rate.to_degrees() - 0.9856).abs() < 0.05, "{}", rate.to_degrees());
    }

    /// The derivative the solver uses matches a finite difference.
    #[test]
    fn rate_matches_finite_difference() {
        for days in [-1000000.0, -300000.0, 0.0, 8841.0, 400000.0, 730000.0] {
            let h = 0.01;
            let (a, _) = apparent_longitude(days - h);
            let (b, _) = apparent_longitude(days + h);
            let (_, rate) = apparent_longitude(days);
            let numeric = wrap(b - a) / (2.0 * h);
            assert!((rate / numeric - 1.0).abs() < 1e-4, "{days}: {rate} {numeric}");
        }
    }

    /// Stopping at a step under 0.01 day costs under 0.01 s against
    /// iterating to the last bit, for every supported year; and from
    /// Meeus's starting point one or two sums of the series suffice.
    #[test]
    fn newton_converges_in_one_or_two_evaluations() {
        let mut worst = 0.0_f64;
        let mut most = 0;
        for year in (-2000..=4000).step_by(7) {
            let (days, evaluations) = march_equinox(year);
            let mut exact = days;
            for _ in 0..4 {
                let (longitude, rate) = apparent_longitude(exact);
                exact -= longitude / rate;
            }
            worst = worst.max((days - exact).abs() * 86400.0);
            most = most.max(evaluations);
            assert!(apparent_longitude(days).0.abs() < 1e-8, "{year}");
        }
        assert!(worst < 0.01, "{worst} s");
        assert!(most <= 2, "{most} evaluations");
    }

    #[test]
    fn wrap_is_symmetric() {
        assert_eq!(wrap(0.0), 0.0);
        assert!((wrap(TAU + 0.1) - 0.1).abs() < 1e-12);
        assert!((wrap(-0.1) + 0.1).abs() < 1e-12);
        assert!((wrap(3.0 * PI) - PI).abs() < 1e-12);
    }

    /// Meeus example 28.b: 1992 October 13.0 TD, E = 13m42.7s by eq. 28.3.
    #[test]
    fn equation_of_time_example_28b() {
        let minutes = equation_of_time(2448908.5 - J2000) * 1440.0;
        assert!((minutes - (13.0 + 42.7 / 60.0)).abs() < 0.01, "{minutes}");
    }

    #[test]
    fn generated_tables_are_complete_where_kept() {
        assert_eq!(DELTA_PSI.len(), 63);
        assert_eq!(vsop87::L.iter().map(|s| s.len()).sum::<usize>(), 381);
        assert_eq!(vsop87::R.iter().map(|s| s.len()).sum::<usize>(), 12);
        // Meeus table 32.A's first terms, at his precision.
        assert_eq!(vsop87::L0.first(), Some(&[1.75347045673, 0.0, 0.0]));
        let [a, b, c] = vsop87::L0.get(1).copied().unwrap_or_default();
        assert!((a - 0.03341656).abs() < 1e-8 && (b - 4.6692568).abs() < 1e-7);
        assert!((c - 6283.07585).abs() < 1e-5);
    }
}
