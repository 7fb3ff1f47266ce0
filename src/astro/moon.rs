//! The Moon's apparent geocentric position and the instants of new moon.
//!
//! Following J. Meeus, *Astronomical Algorithms*, 2nd ed. (Willmann-Bell,
//! 1998), ch. 47: the mean arguments of ELP-2000/82 (eqs. 47.1–47.6, from
//! Chapront-Touzé & Chapront 1991), the 60 + 60 periodic terms of tables
//! 47.A and 47.B (`moon_terms.rs`), the additive terms for Venus, Jupiter and
//! the Earth's flattening (A1, A2, A3), and the nutation in longitude for
//! the apparent position. Meeus gives the accuracy as about 10" in longitude
//! and 4" in latitude; against JPL DE421 the tests measure it
//! (`tests/integration/astro_moon.rs`).
//!
//! A new moon is the instant the Moon's apparent longitude equals the Sun's,
//! solved by Newton's method from Meeus's mean phase (eq. 49.1) with the
//! series' own rates. The nutation shifts both longitudes alike and is left
//! out of that difference.
//!
//! Times are in days of TT from J2000.0, as in `sun.rs`.

use core::f64::consts::TAU;

use super::moon_terms::{LATITUDE, LONGITUDE_DISTANCE};
use super::sun::{self, wrap};

const CENTURY: f64 = 36525.0;

/// `c[0] + c[1] T + ... + c[4] T⁴` degrees at `T` Julian centuries, reduced
/// to one turn, and its rate, both in radians (the rate per day).
fn argument(t: f64, c: [f64; 5]) -> (f64, f64) {
    let [c0, c1, c2, c3, c4] = c;
    let value = c0 + t * (c1 + t * (c2 + t * (c3 + t * c4)));
    let rate = c1 + t * (2.0 * c2 + t * (3.0 * c3 + t * 4.0 * c4));
    (value.rem_euclid(360.0).to_radians(), rate.to_radians() / CENTURY)
}

/// The Moon's geocentric position referred to the mean ecliptic and equinox
/// of date, before nutation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Geometric {
    /// Ecliptic longitude, radians, in [0, 2π).
    pub(super) longitude: f64,
    /// The longitude's rate, radians per day (the periodic terms' rates
    /// included; the eccentricity factor's left out).
    pub(super) rate: f64,
    /// Ecliptic latitude, radians.
    pub(super) latitude: f64,
    /// Distance from the Earth's centre, km.
    pub(super) distance: f64,
}

/// The Moon's position at `days` of TT from J2000.0 (Meeus ch. 47).
pub(super) fn geometric(days: f64) -> Geometric {
    let t = days / CENTURY;
    // Eqs. 47.1–47.5: mean longitude, mean elongation, the Sun's and the
    // Moon's mean anomalies, the argument of latitude.
    let (l1, l1_rate) =
        argument(t, [218.3164477, 481267.88123421, -0.0015786, 1.0 / 538841.0, -1.0 / 65194000.0]);
    let d =
        argument(t, [297.8501921, 445267.1114034, -0.0018819, 1.0 / 545868.0, -1.0 / 113065000.0]);
    let m = argument(t, [357.5291092, 35999.0502909, -0.0001536, 1.0 / 24490000.0, 0.0]);
    let m1 =
        argument(t, [134.9633964, 477198.8675055, 0.0087414, 1.0 / 69699.0, -1.0 / 14712000.0]);
    let f =
        argument(t, [93.2720950, 483202.0175233, -0.0036539, -1.0 / 3526000.0, 1.0 / 863310000.0]);
    let args = [d, m, m1, f];
    // Venus, Jupiter, and the flattening of the Earth.
    let a1 = (119.75 + 131.849 * t).to_radians();
    let a2 = (53.09 + 479264.290 * t).to_radians();
    let a3 = (313.45 + 481266.484 * t).to_radians();
    // Eq. 47.6: the decrease of the Earth's orbital eccentricity.
    let e = 1.0 + t * (-0.002516 - t * 0.0000074);
    let eccentricity = |k: i8| match k.unsigned_abs() {
        0 => 1.0,
        1 => e,
        _ => e * e,
    };
    let combine = |k: &[i8; 4]| {
        k.iter().zip(args.iter()).fold((0.0, 0.0), |(value, rate), (&k, &(x, x_rate))| {
            let k = f64::from(k);
            (value + k * x, rate + k * x_rate)
        })
    };

    let (mut sigma_l, mut sigma_l_rate, mut sigma_r) = (0.0, 0.0, 0.0);
    for (k, l, r) in LONGITUDE_DISTANCE.iter() {
        let (arg, arg_rate) = combine(k);
        let (sin, cos) = arg.sin_cos();
        let factor = eccentricity(k[1]);
        sigma_l += factor * l * sin;
        sigma_l_rate += factor * l * cos * arg_rate;
        sigma_r += factor * r * cos;
    }
    sigma_l += 3958.0 * a1.sin() + 1962.0 * (l1 - f.0).sin() + 318.0 * a2.sin();
    let mut sigma_b = 0.0;
    for (k, b) in LATITUDE.iter() {
        sigma_b += eccentricity(k[1]) * b * combine(k).0.sin();
    }
    sigma_b += -2235.0 * l1.sin()
        + 382.0 * a3.sin()
        + 175.0 * (a1 - f.0).sin()
        + 175.0 * (a1 + f.0).sin()
        + 127.0 * (l1 - m1.0).sin()
        - 115.0 * (l1 + m1.0).sin();

    // The sums are in 1e-6 degree and in metres.
    let micro = (1e-6_f64).to_radians();
    Geometric {
        longitude: (l1 + sigma_l * micro + sun::PRECESSION_CORRECTION * t).rem_euclid(TAU),
        rate: l1_rate + sigma_l_rate * micro,
        latitude: sigma_b * micro,
        distance: 385_000.56 + sigma_r / 1000.0,
    }
}

/// Newton's method stops once a step is below this many days (0.004 s).
const CONVERGED: f64 = 5e-8;
/// A bound on the iterations, reached only if the series were broken.
const MAX_ITERATIONS: u32 = 10;
/// The mean synodic month, days (Meeus eq. 49.1).
pub(super) const SYNODIC_MONTH: f64 = 29.530588861;

/// The mean new moon of lunation `k` (0: the new moon of 6 January 2000),
/// days of TT from J2000.0 (Meeus eq. 49.1).
pub(super) fn mean_new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    // JDE 2451550.09766, less J2000.0.
    5.09766 + SYNODIC_MONTH * k + t * t * (0.00015437 + t * (-0.000000150 + t * 0.00000000073))
}

/// The new moon of lunation `k`, days of TT from J2000.0: the instant the
/// Moon's apparent longitude minus the Sun's is zero.
pub(super) fn new_moon(k: f64) -> f64 {
    let mut days = mean_new_moon(k);
    for _ in 0..MAX_ITERATIONS {
        let moon = geometric(days);
        let (sun, sun_rate, _) = sun::aberrated_longitude(days);
        let step = -wrap(moon.longitude - sun) / (moon.rate - sun_rate);
        if !step.is_finite() {
            debug_assert!(false, "new moon iteration broke down for lunation {k}");
            break;
        }
        days += step;
        if step.abs() < CONVERGED {
            break;
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Meeus's example 47.a: 1992 April 12, 0h TD.
    #[test]
    fn meeus_example_47a() {
        let days = 2_448_724.5 - 2_451_545.0;
        let moon = geometric(days);
        // Less the IAU 2000 precession correction, which Meeus lacks.
        let precession = sun::PRECESSION_CORRECTION * days / CENTURY;
        assert!(((moon.longitude - precession).to_degrees() - 133.162655).abs() < 1e-6, "{moon:?}");
        assert!((moon.latitude.to_degrees() - -3.229126).abs() < 1e-6, "{moon:?}");
        assert!((moon.distance - 368_409.7).abs() < 0.1, "{moon:?}");
    }

    /// The rate agrees with a central difference of the longitude.
    #[test]
    fn rate_is_the_derivative() {
        for days in [-30_000.0, 0.0, 8_000.5, 17_777.25] {
            let h = 1e-3;
            let numeric =
                wrap(geometric(days + h).longitude - geometric(days - h).longitude) / (2.0 * h);
            let rate = geometric(days).rate;
            assert!((numeric - rate).abs() < 1e-5 * rate, "{days}: {numeric} vs {rate}");
        }
    }

    /// Meeus's example 49.a: the new moon of February 1977 (k = -283) at
    /// JDE 2443192.65118 by the mean-phase method; solving agrees within a
    /// minute (that method's own error is a few seconds to a minute).
    #[test]
    fn meeus_example_49a() {
        let days = new_moon(-283.0);
        assert!((days - (2_443_192.651_18 - 2_451_545.0)).abs() * 86_400.0 < 60.0, "{days}");
    }

    /// Every multiplier of the tables is within what `eccentricity` handles.
    #[test]
    fn multipliers_are_small() {
        assert!(LONGITUDE_DISTANCE.iter().all(|(k, ..)| k.iter().all(|k| k.abs() <= 4)));
        assert!(LATITUDE.iter().all(|(k, _)| k[1].abs() <= 2));
    }
}
