//! The Moon, new moons, the sky at Tehran, sunsets and moonsets, and the
//! equinox, against JPL DE421 as skyfield computes it
//! (`tests/peers/generate_astro.py`, which wrote `tests/data/astro_*.csv`).

#![cfg(feature = "astro")]

use shamsi::astro::{self, AstroError, Moment, Place};
use shamsi::{GregorianDate, Offset};

/// The rows of a reference file (its `#` line and header skipped).
fn rows(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"));
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
    let (mut lon, mut lat, mut dist, mut sun) =
        (Stats::new(), Stats::new(), Stats::new(), Stats::new());
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
        lon.worst,
        lon.mean(),
        lat.worst,
        lat.mean(),
        dist.worst,
        dist.mean(),
        sun.worst,
        sun.mean(),
        lon.n
    );
    assert_eq!(lon.n, 1500);
    assert!(lon.worst < 30.0 && lat.worst < 15.0 && dist.worst < 60.0 && sun.worst < 2.0);
}

#[test]
fn new_moons_match_de421() {
    let first = astro::lunation(Moment::from_unix_seconds(-2_208_988_800).unwrap()) + 1;
    let (mut tt, mut ut, mut ut_measured) = (Stats::new(), Stats::new(), Stats::new());
    let reference = rows("astro_new_moons_de421.csv");
    for (i, row) in reference.iter().enumerate() {
        let new_moon = astro::new_moon(first + i as i32).unwrap();
        let e_tt = (new_moon.julian_ephemeris_day() - jde(seconds(&row[0]))) * 86_400.0;
        let e_ut = new_moon.unix_seconds_f64() - seconds(&row[1]);
        assert!(e_tt.abs() < 3600.0, "{row:?}: {}", new_moon);
        tt.add(e_tt);
        ut.add(e_ut);
        if row[1].as_str() < "2026" {
            ut_measured.add(e_ut);
        }
    }
    println!(
        "new moons 1900-2050: {}; TT worst {:.1} s mean {:.1} s; UT1 1900-2025 worst {:.1} s mean {:.1} s; \
         UT1 1900-2050 worst {:.1} s (Delta-T extrapolated)",
        tt.n,
        tt.worst,
        tt.mean(),
        ut_measured.worst,
        ut_measured.mean(),
        ut.worst
    );
    assert_eq!(tt.n, reference.len());
    // The goal of issue 14 is 60 s, the aim 30 s.
    assert!(tt.worst < 30.0 && ut_measured.worst < 30.0);
}

#[test]
fn equinoxes_match_de421() {
    let (mut observed, mut later) = (Stats::new(), Stats::new());
    for row in rows("astro_equinoxes_de421.csv") {
        let year: i32 = row[0].parse().unwrap();
        let equinox = astro::march_equinox(year).unwrap();
        let e_ut = equinox.unix_seconds_f64() - seconds(&row[2]);
        let e_tt = (equinox.julian_ephemeris_day() - jde(seconds(&row[1]))) * 86_400.0;
        if year <= 2025 {
            // The goal of issue 14: within 2 s in UT1 where Delta-T is measured.
            assert!(e_ut.abs() < 2.0, "{year}: {e_ut:.2} s");
            observed.add(e_ut);
        } else {
            assert!(e_tt.abs() < 2.5, "{year}: {e_tt:.2} s in TT");
            later.add(e_ut);
        }
    }
    println!(
        "equinoxes vs DE421 in UT1: 1900-2025 worst {:.2} s mean {:.2} s; 2026-2050 worst {:.1} s (Delta-T extrapolated)",
        observed.worst,
        observed.mean(),
        later.worst
    );
    assert_eq!(observed.n, 126);
}

/// The Tahvil as announced by Iran's calendar authority (Iran time, to the
/// second) for recent years, where DE421 with the measured Delta-T agrees
/// with the announcement within 2 s.
#[test]
fn announced_tahvil_times() {
    let announced = [
        (1398, "2019-03-21T01:28:27"),
        (1399, "2020-03-20T07:19:37"),
        (1400, "2021-03-20T13:07:28"),
        (1401, "2022-03-20T19:03:26"),
        (1402, "2023-03-21T00:54:28"),
        (1403, "2024-03-20T06:36:26"),
        (1404, "2025-03-20T12:31:30"),
    ];
    let de421 = rows("astro_equinoxes_de421.csv");
    let mut worst: f64 = 0.0;
    for (year, text) in announced {
        let tahvil = astro::tahvil(year).unwrap();
        let announced = seconds(text) - 12_600.0;
        let reference = de421.iter().find(|r| r[0] == (year + 621).to_string()).unwrap();
        let reference = seconds(&reference[2]);
        assert!((announced - reference).abs() <= 2.5, "{year}: the announcement and DE421 differ");
        let error = tahvil.unix_seconds_f64() - announced;
        assert!(error.abs() < 3.0, "{year}: {} against {text}", tahvil.iran());
        worst = worst.max(error.abs());
    }
    println!("announced Tahvil 1398-1404: worst {worst:.2} s");
}

#[test]
fn tehran_sky_matches_de421() {
    let (mut sun, mut moon, mut elongation, mut distance) =
        (Stats::new(), Stats::new(), Stats::new(), Stats::new());
    for row in rows("astro_tehran_sky.csv") {
        let moment = Moment::from_unix_seconds(seconds(&row[0]).round() as i64).unwrap();
        // The reference instant carries milliseconds; move by the remainder.
        let dt = seconds(&row[0]) - seconds(&row[0]).round();
        let sky = astro::sky(moment, Place::TEHRAN);
        let f = |i: usize| row[i].parse::<f64>().unwrap();
        // Angles in arcseconds; the Sun moves 15"/s in hour angle.
        sun.add((sky.sun_altitude - f(2)) * 3600.0 - dt * 15.0 * 0.0);
        sun.add(angle(sky.sun_azimuth, f(3)) * 3600.0 * (f(2).to_radians().cos()));
        moon.add((sky.moon_altitude - f(4)) * 3600.0);
        moon.add(angle(sky.moon_azimuth, f(5)) * 3600.0 * (f(4).to_radians().cos()));
        elongation.add((sky.elongation - f(6)) * 3600.0);
        distance.add(sky.moon_distance - f(7));
    }
    println!(
        "Tehran sky: sun worst {:.1}\" mean {:.1}\"; moon worst {:.1}\" mean {:.1}\"; elongation worst {:.1}\"; distance worst {:.0} km",
        sun.worst,
        sun.mean(),
        moon.worst,
        moon.mean(),
        elongation.worst,
        distance.worst
    );
    assert!(sun.worst < 20.0 && moon.worst < 40.0 && elongation.worst < 30.0);
}

#[test]
fn tehran_sunsets_and_moonsets_match_de421() {
    let (mut sunsets, mut moonsets, mut none) = (Stats::new(), Stats::new(), 0);
    for row in rows("astro_tehran_rise_set.csv") {
        let date: GregorianDate = row[0].parse().unwrap();
        let sunset = astro::sunset(Place::TEHRAN, date, Offset::IRAN_STANDARD).unwrap().unwrap();
        sunsets.add(sunset.unix_seconds_f64() - seconds(&row[1]));
        let moonset = astro::moonset(Place::TEHRAN, date, Offset::IRAN_STANDARD).unwrap();
        match (moonset, row.get(2).filter(|s| !s.is_empty())) {
            (Some(ours), Some(theirs)) => moonsets.add(ours.unix_seconds_f64() - seconds(theirs)),
            (None, None) => none += 1,
            (ours, theirs) => panic!("{date}: {ours:?} against {theirs:?}"),
        }
    }
    println!(
        "Tehran 2024 and 2030: sunsets worst {:.1} s mean {:.1} s; moonsets worst {:.1} s mean {:.1} s; {} days without moonset",
        sunsets.worst,
        sunsets.mean(),
        moonsets.worst,
        moonsets.mean(),
        none
    );
    assert_eq!(sunsets.n, 731);
    assert_eq!(none, 25);
    assert!(sunsets.worst < 3.0 && moonsets.worst < 10.0);
}

/// Nothing panics at the ends of the range, at the poles or on the date
/// line: out of range is an error, a Sun or Moon that does not set is `None`.
#[test]
fn extremes_are_errors_or_none() {
    for seconds in [i64::MIN, i64::MAX, -200_000_000_000, 100_000_000_000] {
        assert!(Moment::from_unix_seconds(seconds).is_err(), "{seconds}");
    }
    for jde in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        assert_eq!(Moment::from_julian_ephemeris_day(jde), Err(AstroError::NotFinite), "{jde}");
    }
    for jde in [1e300, -1e300] {
        assert!(
            matches!(
                Moment::from_julian_ephemeris_day(jde),
                Err(AstroError::InstantOutOfRange { .. })
            ),
            "{jde}"
        );
    }
    for k in [i32::MIN, i32::MAX, -100_000, 100_000] {
        assert!(astro::new_moon(k).is_err(), "{k}");
    }
    let first = Moment::from_unix_seconds(-125_000_000_000).unwrap();
    assert!(first.utc().date().year() < -1990);
    assert!(astro::new_moon_after(first).is_ok());
    let dates = ["-1999-01-02", "-1000-06-21", "2024-06-21", "2024-12-21", "3999-12-30"];
    let mut none = 0;
    for date in dates {
        let date: GregorianDate = date.parse().unwrap();
        for lat in (-90..=90).step_by(15) {
            for lon in (-180..=180).step_by(45) {
                let place = Place::new(f64::from(lat), f64::from(lon)).unwrap();
                let sunset = astro::sunset(place, date, Offset::UTC).unwrap();
                let moonset = astro::moonset(place, date, Offset::UTC).unwrap();
                let crescent = astro::crescent(place, date).unwrap();
                none += usize::from(sunset.is_none()) + usize::from(moonset.is_none());
                none += usize::from(crescent.is_none());
                if let Some(m) = sunset {
                    let sky = astro::sky(m, place);
                    assert!(sky.sun_altitude.is_finite() && sky.moon_azimuth.is_finite());
                }
            }
        }
    }
    assert!(none > 0, "the poles have days without sunset");
    for date in ["-2000-01-01", "4000-12-31", "9999-12-31", "-9999-01-01"] {
        let date: GregorianDate = date.parse().unwrap();
        assert!(astro::sunset(Place::TEHRAN, date, Offset::IRAN_STANDARD).is_err(), "{date}");
        assert!(astro::iran_next_month(date, astro::Criterion::IRAN).is_err(), "{date}");
    }
    // The ends of `Offset` are taken.
    let day = GregorianDate::new(2024, 6, 21).unwrap();
    for offset in [Offset::MIN, Offset::MAX] {
        assert!(astro::sunset(Place::TEHRAN, day, offset).is_ok());
        assert!(astro::moonset(Place::TEHRAN, day, offset).is_ok());
    }
}
