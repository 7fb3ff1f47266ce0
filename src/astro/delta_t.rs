//! Delta-T (TT − UT): measured where it is known, the Espenak–Meeus
//! polynomials elsewhere, and the rough envelope of its error that decides
//! which years are doubtful.

use super::delta_t_table as table;

/// Delta-T = TT − UT1, in seconds, at a decimal year (`2024.25` is about
/// 1 April 2024): as measured from 1900 to mid-2026, the Espenak–Meeus
/// polynomials before, and after mid-2026 those polynomials brought down to
/// the last measured value, the shift fading over a century.
///
/// - 1900.0..=2026.5: the measured values every half year (the table in
///   `delta_t_table.rs`, written by `tools/gen_delta_t.py`: the IERS
///   Rapid Service's finals2000A from 1973, measured to January 2026 and
///   the IERS prediction to July 2026; Morrison, Stephenson, Hohenkerk &
///   Zawilski (2021) from lunar occultations before 1973), interpolated
///   linearly.
/// - before 1900: [`delta_t_espenak_meeus`]; from 1860 it is shifted by a
///   share growing linearly to the 0.73 s that separates it from the
///   measured value of 1900, so that the two join.
/// - after 2026.5: [`delta_t_espenak_meeus`] less its excess over the last
///   value (6.3 s), that correction shrinking linearly to nothing in 2126.
///   The polynomial's slope (0.6 s a year) is kept: the recent, flat course
///   of Delta-T is not assumed to last. [`delta_t_uncertainty`] says how
///   far the result may be off.
///
/// A NaN year gives NaN.
///
/// # Example
///
/// ```
/// use shamsi::astro::{delta_t, delta_t_espenak_meeus};
///
/// assert!((delta_t(1900.0) - -1.975).abs() < 1e-9);
/// assert!((delta_t(2024.2) - 69.2).abs() < 0.05);
/// // Before 1860 and after 2126 the polynomials alone.
/// assert_eq!(delta_t(1000.0), delta_t_espenak_meeus(1000.0));
/// assert_eq!(delta_t(2200.0), delta_t_espenak_meeus(2200.0));
/// ```
pub fn delta_t(year: f64) -> f64 {
    let first = table::FIRST_YEAR;
    let last = table::LAST_YEAR;
    if year < first - 40.0 {
        delta_t_espenak_meeus(year)
    } else if year < first {
        // The polynomial of 1860-1900 at its end (the next one starts
        // 0.09 s away).
        let join = measured(0) - delta_t_espenak_meeus(first - 1e-9);
        delta_t_espenak_meeus(year) + join * (year - (first - 40.0)) / 40.0
    } else if year <= last {
        let x = (year - first) * 2.0;
        // 0 <= x <= 2 (last - first): the casts are exact.
        let i = x.floor() as usize;
        let (a, b) = (measured(i), measured(i + 1));
        a + (b - a) * (x - i as f64)
    } else if year >= last + 100.0 {
        delta_t_espenak_meeus(year)
    } else {
        let excess = delta_t_espenak_meeus(last) - measured(table::MEASURED.len() - 1);
        delta_t_espenak_meeus(year) - excess * (1.0 - (year - last) / 100.0)
    }
}

/// The measured value `i` (the last one past the end, which happens only
/// at the table's last year itself).
fn measured(i: usize) -> f64 {
    let last = table::MEASURED.len() - 1;
    table::MEASURED.get(i.min(last)).copied().unwrap_or(f64::NAN)
}

/// Delta-T = TT − UT, in seconds, at a decimal year, by the polynomials of
/// F. Espenak and J. Meeus (2006) alone.
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
/// earlier in UT than the ephemeris would with the measured value
/// ([`delta_t`] uses the measured values).
///
/// # Example
///
/// ```
/// use shamsi::astro::delta_t_espenak_meeus as delta_t;
///
/// assert!((delta_t(1900.0) - (-2.79)).abs() < 1e-9);
/// assert!((delta_t(2024.2) - 74.0).abs() < 0.05);
/// assert!((delta_t(1000.0) - 1574.2).abs() < 1e-9);
/// ```
pub fn delta_t_espenak_meeus(year: f64) -> f64 {
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
/// year: how far the true Delta-T may plausibly lie from it.
///
/// - before 1900: `6 + 0.8 u²` s, `u` in centuries from 1820 (the quadratic
///   growth of Morrison & Stephenson's 2004 uncertainty estimate away from
///   the telescopic era), 2.0 min in 622 and 6.5 s in 1900;
/// - 1900 to 1955 (measured from lunar occultations): 1 s;
/// - 1955 to 2026.5 (atomic time; the last half year an IERS prediction):
///   0.2 s;
/// - after 2026.5: `0.2 + 1.5 t` s, `t` in years after 2026.5 (Delta-T has
///   changed by up to 1.5 s a year since 1900), until that exceeds the
///   polynomials' long-term envelope `30 + 0.0004 (year − 2025)²` s (4 s per
///   century squared), which holds from 2046: 3.5 min in 2700.
///
/// Not a statistical standard error: the envelope of the project's reference
/// table (column `dt_unc_min` of `years.csv`) outside 1900–2046, and below
/// it inside, where Delta-T is measured. A year whose equinox is closer than
/// this to the noon threshold is [doubtful](super::Astronomical::is_doubtful).
///
/// # Example
///
/// ```
/// use shamsi::astro::delta_t_uncertainty;
///
/// assert_eq!(delta_t_uncertainty(2000.2), 0.2);
/// assert!((delta_t_uncertainty(622.2) / 60.0 - 2.01).abs() < 0.005);
/// assert!((delta_t_uncertainty(2030.5) - 6.2).abs() < 1e-9);
/// assert!((delta_t_uncertainty(2700.2) / 60.0 - 3.54).abs() < 0.005);
/// ```
pub fn delta_t_uncertainty(year: f64) -> f64 {
    let last = table::LAST_YEAR;
    if year < table::FIRST_YEAR {
        let u = (year - 1820.0) / 100.0;
        6.0 + 0.8 * u * u
    } else if year < 1955.0 {
        1.0
    } else if year <= last {
        0.2
    } else {
        let t = year - 2025.0;
        (0.2 + 1.5 * (year - last)).min(30.0 + 0.0004 * t * t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The polynomials' constant terms, the value the long-term parabola
    /// gives at -500, and continuity (to a fraction of a second) at the joins.
    #[test]
    fn reference_values_and_continuity() {
        let em = delta_t_espenak_meeus;
        assert!((em(-500.0) - 17203.66).abs() < 0.01);
        assert!((em(0.0) - 10583.6).abs() < 1e-9);
        assert!((em(1600.0) - 120.0).abs() < 1.0);
        assert!((em(1950.0) - 29.07).abs() < 1e-9);
        assert!((em(2000.0) - 63.86).abs() < 1e-9);
        let joins = [-500.0, 500.0, 1600.0, 1700.0, 1800.0, 1860.0, 1900.0, 1920.0, 1941.0];
        for join in joins.into_iter().chain([1961.0, 1986.0, 2005.0, 2050.0, 2150.0]) {
            let jump = em(join) - em(join - 1e-9);
            assert!(jump.abs() < 0.3, "{join}: {jump}");
        }
        assert!(em(f64::NAN).is_nan());
    }

    /// The measured table joins the polynomials without a jump, and its
    /// values are where the table puts them.
    #[test]
    fn measured_values_and_joins() {
        let (first, last) = (table::FIRST_YEAR, table::LAST_YEAR);
        // (1860 is also a join of the polynomials themselves, 0.05 s apart.)
        for join in [first, last, last + 100.0] {
            let jump = delta_t(join + 1e-9) - delta_t(join - 1e-9);
            assert!(jump.abs() < 1e-6, "{join}: {jump}");
        }
        for (i, &value) in table::MEASURED.iter().enumerate() {
            assert!((delta_t(first + i as f64 / 2.0) - value).abs() < 1e-9, "{i}");
        }
        assert!(
            (delta_t(2000.25) - (table::MEASURED[200] + table::MEASURED[201]) / 2.0).abs() < 1e-9
        );
        assert!(delta_t(f64::NAN).is_nan());
        for join in [1900.0, 1955.0, last] {
            let jump = delta_t_uncertainty(join + 1e-9) - delta_t_uncertainty(join - 1e-9);
            assert!(jump <= 1e-6, "{join}: the envelope grows at {jump}");
        }
    }
}
