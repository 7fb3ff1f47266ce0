//! Delta-T (TT − UT), by the Espenak–Meeus polynomials, and the rough
//! envelope of its error that decides which years are doubtful.

/// Delta-T = TT − UT, in seconds, at a decimal year (`2024.25` is about
/// 1 April 2024), by the polynomials of F. Espenak and J. Meeus (2006).
///
/// The polynomials fit the historical record (Morrison & Stephenson 2004)
/// before 1600, telescopic and atomic-clock measurements from 1600 to 2005,
/// and extrapolate after 2005; before -500 and after 2150 they use the
/// long-term parabola `-20 + 32 u²`, `u` in centuries from 1820. The source
/// is NASA's *Five Millennium Canon of Solar Eclipses* (Espenak & Meeus,
/// NASA/TP-2006-214141), section 2.6, also published at
/// <https://eclipse.gsfc.nasa.gov/SEhelp/deltatpoly2004.html>; no
/// lunar-acceleration correction is applied. A NaN year gives NaN.
///
/// The extrapolation overestimates today's value (74.0 s for March 2024;
/// the IERS measured about 69.2 s), which moves a modern equinox about 5 s
/// earlier in UT than the ephemeris would with the measured value.
///
/// # Example
///
/// ```
/// use shamsi::astro::delta_t;
///
/// assert!((delta_t(1900.0) - (-2.79)).abs() < 1e-9);
/// assert!((delta_t(2024.2) - 74.0).abs() < 0.05);
/// assert!((delta_t(1000.0) - 1574.2).abs() < 1e-9);
/// ```
pub fn delta_t(year: f64) -> f64 {
    let y = year;
    if y < -500.0 {
        long_term(y)
    } else if y < 500.0 {
        let u = y / 100.0;
        poly(u, &[10583.6, -1014.41, 33.78311, -5.952053, -0.1798452, 0.022174192, 0.0090316521])
    } else if y < 1600.0 {
        let u = (y - 1000.0) / 100.0;
        poly(u, &[1574.2, -556.01, 71.23472, 0.319781, -0.8503463, -0.005050998, 0.0083572073])
    } else if y < 1700.0 {
        let t = y - 1600.0;
        poly(t, &[120.0, -0.9808, -0.01532, 1.0 / 7129.0])
    } else if y < 1800.0 {
        let t = y - 1700.0;
        poly(t, &[8.83, 0.1603, -0.0059285, 0.00013336, -1.0 / 1174000.0])
    } else if y < 1860.0 {
        let t = y - 1800.0;
        poly(
            t,
            &[
                13.72,
                -0.332447,
                0.0068612,
                0.0041116,
                -0.00037436,
                0.0000121272,
                -0.0000001699,
                0.000000000875,
            ],
        )
    } else if y < 1900.0 {
        let t = y - 1860.0;
        poly(t, &[7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0 / 233174.0])
    } else if y < 1920.0 {
        let t = y - 1900.0;
        poly(t, &[-2.79, 1.494119, -0.0598939, 0.0061966, -0.000197])
    } else if y < 1941.0 {
        let t = y - 1920.0;
        poly(t, &[21.20, 0.84493, -0.076100, 0.0020936])
    } else if y < 1961.0 {
        let t = y - 1950.0;
        poly(t, &[29.07, 0.407, -1.0 / 233.0, 1.0 / 2547.0])
    } else if y < 1986.0 {
        let t = y - 1975.0;
        poly(t, &[45.45, 1.067, -1.0 / 260.0, -1.0 / 718.0])
    } else if y < 2005.0 {
        let t = y - 2000.0;
        poly(t, &[63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599])
    } else if y < 2050.0 {
        let t = y - 2000.0;
        poly(t, &[62.92, 0.32217, 0.005589])
    } else if y < 2150.0 {
        long_term(y) - 0.5628 * (2150.0 - y)
    } else {
        long_term(y)
    }
}

/// The long-term parabola, `-20 + 32 u²`, `u` in centuries from 1820.
fn long_term(year: f64) -> f64 {
    let u = (year - 1820.0) / 100.0;
    -20.0 + 32.0 * u * u
}

/// `c[0] + c[1] x + c[2] x² + ...` (Horner).
fn poly(x: f64, c: &[f64]) -> f64 {
    c.iter().rev().fold(0.0, |acc, &k| acc * x + k)
}

/// A rough envelope of the error of [`delta_t`], in seconds, at a decimal
/// year: how far the true Delta-T may plausibly lie from the polynomials.
///
/// - before 1955: `6 + 0.8 u²` s, `u` in centuries from 1820 (the quadratic
///   growth of Morrison & Stephenson's 2004 uncertainty estimate away from
///   the telescopic era), 2.0 min in 622 and 7 s in 1900;
/// - 1955 to 2025 (atomic time): 6 s, an allowance for the polynomials' fit;
/// - from 2025: `30 + 0.0004 (year − 2025)²` s, the extrapolation's growing
///   error (4 s per century squared), 3.5 min in 2700.
///
/// It is the envelope of the project's reference table (column `dt_unc_min`
/// of `years.csv`, which the tests compare), not a statistical standard
/// error. A year whose equinox is closer than this to the noon threshold is
/// [doubtful](super::Astronomical::is_doubtful).
///
/// # Example
///
/// ```
/// use shamsi::astro::delta_t_uncertainty;
///
/// assert_eq!(delta_t_uncertainty(2000.2), 6.0);
/// assert!((delta_t_uncertainty(622.2) / 60.0 - 2.01).abs() < 0.005);
/// assert!((delta_t_uncertainty(2700.2) / 60.0 - 3.54).abs() < 0.005);
/// ```
pub fn delta_t_uncertainty(year: f64) -> f64 {
    if year < 1955.0 {
        let u = (year - 1820.0) / 100.0;
        6.0 + 0.8 * u * u
    } else if year < 2025.0 {
        6.0
    } else {
        let t = year - 2025.0;
        30.0 + 0.0004 * t * t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The polynomials' constant terms, the value the long-term parabola
    /// gives at -500, and continuity (to a fraction of a second) at the joins.
    #[test]
    fn reference_values_and_continuity() {
        assert!((delta_t(-500.0) - 17203.66).abs() < 0.01);
        assert!((delta_t(0.0) - 10583.6).abs() < 1e-9);
        assert!((delta_t(1600.0) - 120.0).abs() < 1.0);
        assert!((delta_t(1950.0) - 29.07).abs() < 1e-9);
        assert!((delta_t(2000.0) - 63.86).abs() < 1e-9);
        let joins = [-500.0, 500.0, 1600.0, 1700.0, 1800.0, 1860.0, 1900.0, 1920.0, 1941.0];
        for join in joins.into_iter().chain([1961.0, 1986.0, 2005.0, 2050.0, 2150.0]) {
            let jump = delta_t(join) - delta_t(join - 1e-9);
            assert!(jump.abs() < 0.3, "{join}: {jump}");
        }
        assert!(delta_t(f64::NAN).is_nan());
    }
}
