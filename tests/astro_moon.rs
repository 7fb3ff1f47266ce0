//! The Moon, new moons, the sky at Tehran, sunsets and moonsets, and the
//! equinox, against JPL DE421 as skyfield computes it
//! (`tests/peers/generate_astro.py`, which wrote `tests/data/astro_*.csv`).

#![cfg(feature = "astro")]

use shamsi::astro::{self, Moment, Place};
use shamsi::GregorianDate;

/// The rows of a reference file (its `#` line and header skipped).
fn rows(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

/// `YYYY-MM-DDThh:mm:ss[.fff]` as seconds since 1970-01-01T00:00:00 of the
/// same scale.
fn seconds(s: &str) -> f64 {
    let (day, time) = s.split_once('T').unwrap();
    let day: GregorianDate = day.parse().unwrap();
    let hms: Vec<f64> = time.split(':').map(|x| x.parse().unwrap()).collect();
    f64::from(day.to_day_number()) * 86_400.0 + hms[0] * 3600.0 + hms[1] * 60.0 + hms[2]
}

/// Seconds since 1970 in TT as a Julian Ephemeris Day.
fn jde(tt_seconds: f64) -> f64 {
    2_440_587.5 + tt_seconds / 86_400.0
}

fn angle(a: f64, b: f64) -> f64 {
    (a - b + 540.0).rem_euclid(360.0) - 180.0
}

struct Stats {
    worst: f64,
    sum: f64,
    n: usize,
}

impl Stats {
    fn new() -> Stats {
        Stats { worst: 0.0, sum: 0.0, n: 0 }
    }
    fn add(&mut self, x: f64) {
        self.worst = self.worst.max(x.abs());
        self.sum += x.abs();
        self.n += 1;
    }
    fn mean(&self) -> f64 {
        self.sum / self.n as f64
    }
}

#[test]
fn moon_positions_match_de421() {
    let (mut lon, mut lat, mut dist, mut sun) = (Stats::new(), Stats::new(), Stats::new(), Stats::new());
    for row in rows("astro_moon_positions_de421.csv") {
        let moment = Moment::from_julian_ephemeris_day(row[1].parse().unwrap()).unwrap();
        let moon = astro::moon_position(moment);
        lon.add(angle(moon.longitude, row[2].parse().unwrap()) * 3600.0);
        lat.add((moon.latitude - row[3].parse::<f64>().unwrap()) * 3600.0);
        dist.add(moon.distance - row[4].parse::<f64>().unwrap());
        sun.add(angle(astro::sun_position(moment).longitude, row[5].parse().unwrap()) * 3600.0);
    }
    println!(
        "moon longitude: worst {:.1}\" mean {:.1}\"; latitude worst {:.1}\" mean {:.1}\"; distance worst {:.1} km mean {:.1} km; sun worst {:.2}\" mean {:.2}\" ({} instants)",
        lon.worst, lon.mean(), lat.worst, lat.mean(), dist.worst, dist.mean(), sun.worst, sun.mean(), lon.n
    );
    assert_eq!(lon.n, 1500);
    assert!(lon.worst < 30.0 && lat.worst < 15.0 && dist.worst < 30.0 && sun.worst < 2.0);
}

#[test]
fn new_moons_match_de421() {
    let first = astro::lunation(Moment::from_unix_seconds(-2_208_988_800).unwrap()) + 1;
    let (mut tt, mut ut) = (Stats::new(), Stats::new());
    let reference = rows("astro_new_moons_de421.csv");
    for (i, row) in reference.iter().enumerate() {
        let new_moon = astro::new_moon(first + i as i32).unwrap();
        let e_tt = (new_moon.julian_ephemeris_day() - jde(seconds(&row[0]))) * 86_400.0;
        let e_ut = new_moon.unix_seconds() - seconds(&row[1]);
        assert!(e_tt.abs() < 3600.0, "{row:?}: {}", new_moon);
        tt.add(e_tt);
        ut.add(e_ut);
    }
    println!(
        "new moons: {} ; TT worst {:.1} s mean {:.1} s; UT worst {:.1} s mean {:.1} s",
        tt.n, tt.worst, tt.mean(), ut.worst, ut.mean()
    );
    assert_eq!(tt.n, reference.len());
    assert!(tt.worst < 60.0);
}
