//! The official rule's correction list (`shamsi::CORRECTED_YEARS`) from the
//! crate's own astronomy: the years 1178..=3000 whose astronomical Nowruz
//! (the equinox against apparent noon at 52.5° E) is one day before the
//! 33-year rule's.
//!
//! `cargo xtask corrections` prints the list as `src/arith/corrections.rs`
//! declares it; `cargo xtask check` compares it with the list the crate
//! uses. `tests/integration/astro.rs` runs the same function.

use shamsi::astro::Astronomical;
use shamsi::rule::{Rule, Rule33};

/// The years the list covers: from the first year of the University of
/// Tehran's table that the crate reproduces to where the core stops claiming
/// agreement with the astronomy.
pub const YEARS: (i32, i32) = (1178, 3000);

/// The years of `first..=last` whose Nowruz, by the equinox and apparent noon
/// at 52.5° E, is one day before the 33-year rule's; an error names a year
/// where the two differ otherwise (the correction list could not express it).
pub fn corrected_years(first: i32, last: i32) -> Result<Vec<i16>, String> {
    let mut years = Vec::new();
    for year in first..=last {
        let astro = Astronomical::APPARENT_525E.nowruz(year).map_err(|e| e.to_string())?;
        let cycle = Rule33.nowruz(year).map_err(|e| e.to_string())?;
        match astro.to_day_number() - cycle.to_day_number() {
            0 => {}
            -1 => years.push(i16::try_from(year).map_err(|e| e.to_string())?),
            shift => {
                return Err(format!(
                    "year {year}: the equinox gives {astro}, the 33-year rule {cycle} ({shift} days)"
                ));
            }
        }
    }
    Ok(years)
}

/// Writes the list as `src/arith/corrections.rs` declares it.
#[allow(dead_code)] // tests/integration/astro.rs includes this file for `corrected_years` only
pub fn write_table(out: &mut impl std::io::Write, years: &[i16]) -> std::io::Result<()> {
    writeln!(
        out,
        "// The years {}..={} whose Nowruz by the equinox (apparent noon at 52.5° E)",
        YEARS.0, YEARS.1
    )?;
    writeln!(out, "// is one day before the 33-year rule's, computed by shamsi::astro.")?;
    writeln!(out, "pub const CORRECTED_YEARS: [i16; {}] = [", years.len())?;
    for line in years.chunks(10) {
        let line: Vec<String> = line.iter().map(i16::to_string).collect();
        writeln!(out, "    {},", line.join(", "))?;
    }
    writeln!(out, "];")
}
