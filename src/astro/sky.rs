//! Instants, places, and where the Sun and the Moon stand in the sky: new
//! moons, altitudes and azimuths, sunset and moonset.
//!
//! Positions are apparent and geocentric (the Sun by VSOP87D as for the
//! equinox, the Moon by ELP-2000/82 as truncated in Meeus ch. 47), turned
//! equatorial with the true obliquity (Meeus eq. 22.2 and the four largest
//! terms of the nutation in obliquity), and topocentric by the observer's
//! place on the IAU 1976 ellipsoid at sea level (Meeus ch. 11 and 40).
//! Sidereal time is Greenwich apparent sidereal time (Meeus eq. 12.4 plus
//! the equation of the equinoxes) from UT1 = TT − Delta-T.
//!
//! Altitudes are airless (no refraction) unless a horizon says otherwise:
//! sunset is the Sun's centre at −50′ of topocentric altitude (34′ of refraction
//! and 16′ of semi-diameter), moonset the Moon's upper limb at −34′ of
//! topocentric altitude.

use core::f64::consts::{PI, TAU};
use core::fmt;

use super::sun::{nutation_in_longitude as nutation_in_longitude_at, wrap};
use super::{AstroError, DateTime, delta_t, delta_t_uncertainty, moon, sun};
use super::{DAY, EQUINOX_YEARS, J2000_UNIX};
use crate::{GregorianDate, Offset};

/// One arcsecond, in radians.
const ARCSEC: f64 = PI / 648_000.0;
/// The Earth's equatorial radius, km (IAU 1976, as in Meeus ch. 11).
const EARTH_RADIUS: f64 = 6_378.14;
/// The Moon's mean radius, km.
const MOON_RADIUS: f64 = 1_737.4;
/// One astronomical unit, km.
const AU: f64 = 149_597_870.7;
/// Refraction at the horizon, 34′ (the almanacs' standard value).
const REFRACTION: f64 = 34.0 / 60.0;
/// The Sun's centre at sunset, topocentric altitude in degrees: 34′ of
/// refraction and 16′ of semi-diameter below the horizon.
const SUNSET_ALTITUDE: f64 = -50.0 / 60.0;
/// Days per Gregorian year, for decimal years.
const YEAR: f64 = 365.2425;

/// An instant, kept in Terrestrial Time with the Delta-T that brings it to
/// Universal Time.
///
/// What the new-moon, sunset and moonset computations return. The instants
/// they take and give lie in the Gregorian years [`EQUINOX_YEARS`].
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Moment};
///
/// let moment = Moment::from_unix_seconds(1_704_974_220)?;
/// assert_eq!(moment.to_string(), "2024-01-11T11:57:00Z");
/// assert_eq!(moment.iran().to_string(), "2024-01-11T15:27:00+03:30");
/// let new_moon = astro::new_moon_after(Moment::from_unix_seconds(1_704_067_200)?)?;
/// assert_eq!(new_moon.utc().to_string(), "2024-01-11T11:57:27Z");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Moment {
    /// Days of TT from J2000.0.
    tt: f64,
    /// TT − UT, seconds.
    delta_t: f64,
}

impl Moment {
    /// The instant at a Unix time in UT (seconds since
    /// 1970-01-01T00:00:00, leap seconds not counted).
    ///
    /// # Errors
    ///
    /// [`AstroError::InstantOutOfRange`] outside the Gregorian years
    /// [`EQUINOX_YEARS`].
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Moment;
    ///
    /// let moment = Moment::from_unix_seconds(0)?;
    /// assert_eq!(moment.to_string(), "1970-01-01T00:00:00Z");
    /// assert!(Moment::from_unix_seconds(i64::MAX).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_unix_seconds(unix_seconds: i64) -> Result<Moment, AstroError> {
        // Exact for the supported range (under 2^53 s).
        let ut = (unix_seconds as f64 - J2000_UNIX) / DAY;
        let year = 2000.0 + ut / YEAR;
        if !(f64::from(EQUINOX_YEARS.0)..f64::from(EQUINOX_YEARS.1 + 1)).contains(&year) {
            return Err(AstroError::InstantOutOfRange { unix_seconds });
        }
        Ok(Moment::from_ut_days(ut))
    }

    /// The instant at a Julian Ephemeris Day (Terrestrial Time).
    ///
    /// # Errors
    ///
    /// [`AstroError::InstantOutOfRange`] outside the Gregorian years
    /// [`EQUINOX_YEARS`]; [`AstroError::NotFinite`] for a day that is not a
    /// finite number.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{AstroError, Moment};
    ///
    /// let moment = Moment::from_julian_ephemeris_day(2_451_545.0)?;
    /// // J2000.0 is 12:00 TT, 63.8 s earlier in UT.
    /// assert_eq!(moment.to_string(), "2000-01-01T11:58:56Z");
    /// assert_eq!(Moment::from_julian_ephemeris_day(f64::NAN), Err(AstroError::NotFinite));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_julian_ephemeris_day(jde: f64) -> Result<Moment, AstroError> {
        if !jde.is_finite() {
            return Err(AstroError::NotFinite);
        }
        in_range(jde - 2_451_545.0)
    }

    /// The instant at `ut` days of UT from J2000.0 (2000-01-01T12:00 UT).
    fn from_ut_days(ut: f64) -> Moment {
        let delta_t = delta_t(2000.0 + ut / YEAR);
        Moment { tt: ut + delta_t / DAY, delta_t }
    }

    /// The instant at `tt` days of TT from J2000.0.
    pub(super) fn from_tt_days(tt: f64) -> Moment {
        Moment { tt, delta_t: delta_t(2000.0 + tt / YEAR) }
    }

    /// Days of TT from J2000.0.
    pub(super) const fn tt(self) -> f64 {
        self.tt
    }

    /// Days of UT from J2000.0.
    fn ut(self) -> f64 {
        self.tt - self.delta_t / DAY
    }

    /// The instant `seconds` later (of UT and TT alike: Delta-T is kept).
    fn plus_seconds(self, seconds: f64) -> Moment {
        Moment { tt: self.tt + seconds / DAY, delta_t: self.delta_t }
    }

    /// The instant in UT, in seconds since 1970-01-01T00:00:00Z, with its
    /// fraction.
    ///
    /// # Example
    ///
    /// ```
    /// let moment = shamsi::astro::Moment::from_unix_seconds(1_700_000_000)?;
    /// assert!((moment.unix_seconds_f64() - 1_700_000_000.0).abs() < 1e-5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unix_seconds_f64(self) -> f64 {
        J2000_UNIX + self.tt * DAY - self.delta_t
    }

    /// The instant in UT to the nearest second.
    ///
    /// # Example
    ///
    /// ```
    /// let moment = shamsi::astro::Moment::from_unix_seconds(-86_400)?;
    /// assert_eq!(moment.unix_seconds(), -86_400);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unix_seconds(self) -> i64 {
        // Within ±1.3e11 s over the supported years: the cast is exact.
        self.unix_seconds_f64().round() as i64
    }

    /// The instant in Terrestrial Time, as a Julian Ephemeris Day.
    ///
    /// # Example
    ///
    /// ```
    /// let moment = shamsi::astro::Moment::from_unix_seconds(946_728_000)?;
    /// // 2000-01-01T12:00 UT is JDE 2451545 plus Delta-T (63.8 s).
    /// assert!((moment.julian_ephemeris_day() - 2_451_545.000_739).abs() < 1e-5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn julian_ephemeris_day(self) -> f64 {
        2_451_545.0 + self.tt
    }

    /// Delta-T (TT − UT) at the instant, in seconds ([`delta_t`]).
    ///
    /// # Example
    ///
    /// ```
    /// let moment = shamsi::astro::Moment::from_unix_seconds(946_728_000)?;
    /// assert!((moment.delta_t() - 63.83).abs() < 0.05);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn delta_t(self) -> f64 {
        self.delta_t
    }

    /// How far the instant in UT may lie from the truth because of Delta-T,
    /// in seconds ([`delta_t_uncertainty`]).
    ///
    /// # Example
    ///
    /// ```
    /// let moment = shamsi::astro::Moment::from_unix_seconds(946_728_000)?;
    /// assert!(moment.delta_t_uncertainty() <= 1.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn delta_t_uncertainty(self) -> f64 {
        delta_t_uncertainty(2000.0 + self.tt / YEAR)
    }

    /// The instant as a UTC date and time, to the nearest second.
    ///
    /// # Example
    ///
    /// ```
    /// let moment = shamsi::astro::Moment::from_unix_seconds(1_710_903_986)?;
    /// assert_eq!(moment.utc().to_string(), "2024-03-20T03:06:26Z");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn utc(self) -> DateTime {
        DateTime::at(self.unix_seconds(), Offset::UTC)
    }

    /// The instant at a fixed offset from UTC, to the nearest second.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::Offset;
    ///
    /// let moment = shamsi::astro::Moment::from_unix_seconds(1_710_903_986)?;
    /// assert_eq!(moment.at_offset(Offset::IRAN_DAYLIGHT).to_string(), "2024-03-20T07:36:26+04:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn at_offset(self, offset: Offset) -> DateTime {
        DateTime::at(self.unix_seconds(), offset)
    }

    /// The instant in Iran Standard Time (UTC+3:30), to the nearest second.
    ///
    /// # Example
    ///
    /// ```
    /// let moment = shamsi::astro::Moment::from_unix_seconds(1_710_903_986)?;
    /// assert_eq!(moment.iran().to_string(), "2024-03-20T06:36:26+03:30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iran(self) -> DateTime {
        self.at_offset(Offset::IRAN_STANDARD)
    }
}

impl fmt::Display for Moment {
    /// The UTC date and time, `YYYY-MM-DDTHH:MM:SSZ`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.utc(), f)
    }
}

/// Checks that a TT day count lies in the supported years.
fn in_range(tt: f64) -> Result<Moment, AstroError> {
    let year = 2000.0 + tt / YEAR;
    if (f64::from(EQUINOX_YEARS.0)..f64::from(EQUINOX_YEARS.1 + 1)).contains(&year) {
        Ok(Moment::from_tt_days(tt))
    } else {
        // Outside the range the day count is still far from i64's limits.
        let unix_seconds = (J2000_UNIX + tt * DAY).round() as i64;
        Err(AstroError::InstantOutOfRange { unix_seconds })
    }
}

/// The new moon of lunation `k`, counted from the new moon of 6 January
/// 2000 (lunation 0; Meeus's numbering; Brown's lunation number is `k +
/// 953`): the instant the Moon's apparent geocentric ecliptic longitude
/// equals the Sun's.
///
/// Solved from the series, not from mean phases. Against JPL DE421 every
/// new moon 1900–2050 is within the error stated in the module
/// documentation.
///
/// # Errors
///
/// [`AstroError::InstantOutOfRange`] when the new moon falls outside the
/// Gregorian years [`EQUINOX_YEARS`].
///
/// # Example
///
/// ```
/// use shamsi::astro;
///
/// assert_eq!(astro::new_moon(0)?.to_string(), "2000-01-06T18:13:29Z");
/// assert_eq!(astro::new_moon(300)?.to_string(), "2024-04-08T18:20:55Z");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn new_moon(lunation: i32) -> Result<Moment, AstroError> {
    let k = f64::from(lunation);
    let mean = moon::mean_new_moon(k);
    // Check the range on the mean phase first: outside it the series are
    // not summed at all.
    in_range(mean)?;
    in_range(moon::new_moon(k))
}

/// The lunation (as numbered by [`new_moon`]) of the last new moon at or
/// before `moment`.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Moment};
///
/// let moment = Moment::from_unix_seconds(1_704_974_300)?; // 2024-01-11T11:58:20Z
/// assert_eq!(astro::lunation(moment), 297);
/// assert_eq!(astro::new_moon(297)?.to_string(), "2024-01-11T11:57:27Z");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn lunation(moment: Moment) -> i32 {
    last_new_moon(moment.tt).0
}

/// The lunation and the instant (days of TT) of the last new moon at or
/// before `tt`. Synodic months are 29.27 to 29.83 days long, and the true
/// new moon is within a day of the mean one: one or two solutions settle it.
pub(super) fn last_new_moon(tt: f64) -> (i32, f64) {
    // Within the supported years |k| < 50,000.
    let mut k = ((tt - moon::mean_new_moon(0.0)) / moon::SYNODIC_MONTH).floor() as i32;
    let mut at = moon::new_moon(f64::from(k));
    if at > tt {
        k -= 1;
        at = moon::new_moon(f64::from(k));
    } else if tt - at >= 29.2 {
        let next = moon::new_moon(f64::from(k + 1));
        if next <= tt {
            k += 1;
            at = next;
        }
    }
    (k, at)
}

/// The first new moon after `moment`.
///
/// # Errors
///
/// [`AstroError::InstantOutOfRange`] when that new moon falls outside the
/// supported years.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Moment};
///
/// let start = Moment::from_unix_seconds(1_735_689_600)?; // 2025-01-01
/// assert_eq!(astro::new_moon_after(start)?.to_string(), "2025-01-29T12:35:59Z");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn new_moon_after(moment: Moment) -> Result<Moment, AstroError> {
    let k = lunation(moment).saturating_add(1);
    new_moon(k)
}

/// A place on the Earth: geodetic latitude and longitude, in degrees, at sea
/// level.
///
/// # Example
///
/// ```
/// use shamsi::astro::Place;
///
/// let tehran = Place::new(35.6892, 51.3890)?;
/// assert_eq!(tehran.latitude(), 35.6892);
/// assert!(Place::new(91.0, 0.0).is_err());
/// assert!(Place::new(0.0, f64::NAN).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    latitude: f64,
    longitude: f64,
}

impl Place {
    /// Tehran (35.6892° N, 51.3890° E).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::Place::TEHRAN.longitude(), 51.389);
    /// ```
    pub const TEHRAN: Place = Place { latitude: 35.6892, longitude: 51.3890 };

    /// A place at `latitude` degrees north (−90..=90) and `longitude`
    /// degrees east (−180..=180).
    ///
    /// # Errors
    ///
    /// [`AstroError::InvalidPlace`] for a coordinate out of range or not a
    /// number.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{AstroError, Place};
    ///
    /// assert!(Place::new(-33.9, 151.2).is_ok());
    /// assert_eq!(Place::new(0.0, 200.0), Err(AstroError::InvalidPlace { coordinate: "longitude" }));
    /// ```
    pub fn new(latitude: f64, longitude: f64) -> Result<Place, AstroError> {
        if !(-90.0..=90.0).contains(&latitude) {
            return Err(AstroError::InvalidPlace { coordinate: "latitude" });
        }
        if !(-180.0..=180.0).contains(&longitude) {
            return Err(AstroError::InvalidPlace { coordinate: "longitude" });
        }
        Ok(Place { latitude, longitude })
    }

    /// A place the crate names, whose coordinates are known to be valid.
    pub(super) const fn at(latitude: f64, longitude: f64) -> Place {
        Place { latitude, longitude }
    }

    /// Degrees north.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::Place::TEHRAN.latitude(), 35.6892);
    /// ```
    pub const fn latitude(self) -> f64 {
        self.latitude
    }

    /// Degrees east.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::Place::TEHRAN.longitude(), 51.389);
    /// ```
    pub const fn longitude(self) -> f64 {
        self.longitude
    }

    /// The observer's geocentric position in Earth radii, as
    /// `(ρ cos φ′, ρ sin φ′)` (Meeus ch. 11, at sea level).
    fn geocentric(self) -> (f64, f64) {
        let b_over_a = 0.996_647_19;
        let phi = self.latitude.to_radians();
        let u = (b_over_a * phi.tan()).atan();
        // At the poles tan is huge but atan still returns ±π/2.
        (u.cos(), b_over_a * u.sin())
    }
}

/// A vector in the true equatorial frame of date, km.
type Vector = [f64; 3];

fn sub(a: Vector, b: Vector) -> Vector {
    let [ax, ay, az] = a;
    let [bx, by, bz] = b;
    [ax - bx, ay - by, az - bz]
}

fn norm(a: Vector) -> f64 {
    let [x, y, z] = a;
    (x * x + y * y + z * z).sqrt()
}

fn angle_between(a: Vector, b: Vector) -> f64 {
    let [ax, ay, az] = a;
    let [bx, by, bz] = b;
    let cross = [ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx];
    norm(cross).atan2(ax * bx + ay * by + az * bz)
}

/// The geocentric apparent positions of the Sun and the Moon and the
/// sidereal time at one instant.
#[derive(Clone, Copy, Debug)]
struct Geocentric {
    sun: Vector,
    moon: Vector,
    /// Greenwich apparent sidereal time, radians.
    gast: f64,
}

/// Ecliptic longitude, latitude (radians) and distance to a vector in the
/// equatorial frame of obliquity `epsilon`.
fn equatorial(longitude: f64, latitude: f64, distance: f64, epsilon: f64) -> Vector {
    let (sl, cl) = longitude.sin_cos();
    let (sb, cb) = latitude.sin_cos();
    let (se, ce) = epsilon.sin_cos();
    let (x, y, z) = (cb * cl, cb * sl, sb);
    [distance * x, distance * (y * ce - z * se), distance * (y * se + z * ce)]
}

fn geocentric(moment: Moment) -> Geocentric {
    let tt = moment.tt;
    let t = tt / 36_525.0;
    let (psi, _) = nutation_in_longitude_at(t);
    // Meeus eq. 22.2 and the four largest terms of the nutation in
    // obliquity (ch. 22, accurate to 0.1").
    let omega = (125.04452 - 1934.136261 * t).to_radians();
    let l_sun = (280.4665 + 36000.7698 * t).to_radians();
    let l_moon = (218.3165 + 481267.8813 * t).to_radians();
    let d_epsilon = 9.20 * omega.cos() + 0.57 * (2.0 * l_sun).cos() + 0.10 * (2.0 * l_moon).cos()
        - 0.09 * (2.0 * omega).cos();
    let epsilon0 = 84_381.448 + t * (-46.8150 + t * (-0.00059 + t * 0.001813));
    let epsilon = (epsilon0 + d_epsilon) * ARCSEC;

    let (sun_longitude, _, r) = sun::aberrated_longitude(tt);
    let sun = equatorial(sun_longitude + psi, 0.0, r * AU, epsilon);
    let m = moon::geometric(tt);
    let moon = equatorial(m.longitude + psi, m.latitude, m.distance, epsilon);

    // Meeus eq. 12.4 (UT1), plus the equation of the equinoxes.
    let ut = moment.ut();
    let tu = ut / 36_525.0;
    let gmst = 280.46061837 + 360.98564736629 * ut + tu * tu * (0.000387933 - tu / 38_710_000.0);
    let gast = gmst.rem_euclid(360.0).to_radians() + psi * epsilon.cos();
    Geocentric { sun, moon, gast }
}

/// An apparent geocentric position in ecliptic coordinates, referred to
/// the true ecliptic and equinox of date.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Moment};
///
/// let moment = Moment::from_julian_ephemeris_day(2_448_724.5)?; // 1992-04-12, 0h TT
/// let moon = astro::moon_position(moment);
/// // Meeus's example 47.a: 133.167265°, -3.229126°, 368 409.7 km.
/// assert!((moon.longitude - 133.167265).abs() < 1e-5);
/// assert!((moon.latitude - -3.229126).abs() < 1e-5);
/// assert!((moon.distance - 368_409.7).abs() < 0.1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Ecliptic {
    /// Longitude, degrees, 0..360.
    pub longitude: f64,
    /// Latitude, degrees.
    pub latitude: f64,
    /// Distance from the Earth's centre, km.
    pub distance: f64,
}

/// The Moon's apparent geocentric position at `moment` (Meeus ch. 47 and
/// the nutation in longitude).
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Moment};
///
/// let new_moon = astro::new_moon(300)?;
/// let (moon, sun) = (astro::moon_position(new_moon), astro::sun_position(new_moon));
/// assert!((moon.longitude - sun.longitude).abs() < 1e-6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn moon_position(moment: Moment) -> Ecliptic {
    let (psi, _) = nutation_in_longitude_at(moment.tt / 36_525.0);
    let m = moon::geometric(moment.tt);
    Ecliptic {
        longitude: (m.longitude + psi).rem_euclid(TAU).to_degrees(),
        latitude: m.latitude.to_degrees(),
        distance: m.distance,
    }
}

/// The Sun's apparent geocentric position at `moment` (VSOP87D, FK5,
/// nutation and aberration; the latitude, under 1.2", is taken as zero).
///
/// # Example
///
/// ```
/// let equinox = shamsi::astro::march_equinox(2024)?;
/// let moment = shamsi::astro::Moment::from_julian_ephemeris_day(equinox.julian_ephemeris_day())?;
/// let sun = shamsi::astro::sun_position(moment);
/// assert!(sun.longitude < 1e-6 || sun.longitude > 360.0 - 1e-6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sun_position(moment: Moment) -> Ecliptic {
    let (psi, _) = nutation_in_longitude_at(moment.tt / 36_525.0);
    let (longitude, _, r) = sun::aberrated_longitude(moment.tt);
    Ecliptic {
        longitude: (longitude + psi).rem_euclid(TAU).to_degrees(),
        latitude: 0.0,
        distance: r * AU,
    }
}

/// Where the Sun and the Moon stand for an observer at one instant:
/// topocentric, apparent, airless (no refraction), in degrees.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Moment, Place};
///
/// let sky = astro::sky(Moment::from_unix_seconds(1_710_939_600)?, Place::TEHRAN);
/// // 2024-03-20T13:00Z, 16:30 in Tehran: the Sun in the west-south-west.
/// assert!((sky.sun_altitude - 20.5).abs() < 0.1);
/// assert!((sky.sun_azimuth - 254.6).abs() < 0.1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Sky {
    /// The Sun's altitude above the horizon.
    pub sun_altitude: f64,
    /// The Sun's azimuth, from north through east, 0..360.
    pub sun_azimuth: f64,
    /// The Moon's altitude (of its centre).
    pub moon_altitude: f64,
    /// The Moon's azimuth.
    pub moon_azimuth: f64,
    /// The angle between the Sun and the Moon seen from the place.
    pub elongation: f64,
    /// The Moon's distance from the place, km.
    pub moon_distance: f64,
    /// The Moon's semi-diameter seen from the place.
    pub moon_semi_diameter: f64,
}

/// Altitude and azimuth (radians; azimuth from north through east) of a
/// vector seen from latitude `phi` with local sidereal time `lst`.
fn horizon(v: Vector, phi: f64, lst: f64) -> (f64, f64) {
    let [x, y, z] = v;
    let alpha = y.atan2(x);
    let delta = z.atan2((x * x + y * y).sqrt());
    let h = lst - alpha;
    let (sp, cp) = phi.sin_cos();
    let (sd, cd) = delta.sin_cos();
    let (sh, ch) = h.sin_cos();
    let altitude = (sp * sd + cp * cd * ch).clamp(-1.0, 1.0).asin();
    let azimuth = (-cd * sh).atan2(sd * cp - cd * sp * ch).rem_euclid(TAU);
    (altitude, azimuth)
}

/// The observer's position in the equatorial frame of date, km.
fn observer(place: Place, lst: f64) -> Vector {
    let (rho_cos, rho_sin) = place.geocentric();
    let (s, c) = lst.sin_cos();
    [EARTH_RADIUS * rho_cos * c, EARTH_RADIUS * rho_cos * s, EARTH_RADIUS * rho_sin]
}

/// The sky at `moment` from `place`, topocentric and airless.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Moment, Place};
///
/// // At the new moon the Moon stands close to the Sun.
/// let new_moon = astro::new_moon(300)?;
/// let sky = astro::sky(new_moon, Place::TEHRAN);
/// assert!(sky.elongation < 10.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sky(moment: Moment, place: Place) -> Sky {
    sky_from(&geocentric(moment), place)
}

fn sky_from(g: &Geocentric, place: Place) -> Sky {
    let lst = g.gast + place.longitude.to_radians();
    let phi = place.latitude.to_radians();
    let here = observer(place, lst);
    let sun = sub(g.sun, here);
    let moon = sub(g.moon, here);
    let (sun_altitude, sun_azimuth) = horizon(sun, phi, lst);
    let (moon_altitude, moon_azimuth) = horizon(moon, phi, lst);
    let moon_distance = norm(moon);
    Sky {
        sun_altitude: sun_altitude.to_degrees(),
        sun_azimuth: sun_azimuth.to_degrees(),
        moon_altitude: moon_altitude.to_degrees(),
        moon_azimuth: moon_azimuth.to_degrees(),
        elongation: angle_between(sun, moon).to_degrees(),
        moon_distance,
        moon_semi_diameter: (MOON_RADIUS / moon_distance).asin().to_degrees(),
    }
}

/// A source of geocentric positions over a few hours: computed at four
/// instants and interpolated (cubic Lagrange) in between, so that many
/// places and many iterations cost one summation of the series each.
#[derive(Clone, Copy, Debug)]
pub(super) struct Window {
    start: Moment,
    /// The node spacing, days.
    step: f64,
    nodes: [Geocentric; 4],
}

/// The interpolation's nodes are this far apart (days): the Moon's
/// position is then interpolated to about 0.1".
const NODE_STEP: f64 = 4.0 / 24.0;

impl Window {
    /// Positions from `start` over the next 12 hours.
    pub(super) fn new(start: Moment) -> Window {
        let node = |i: f64| geocentric(start.plus_seconds(i * NODE_STEP * DAY));
        Window { start, step: NODE_STEP, nodes: [node(0.0), node(1.0), node(2.0), node(3.0)] }
    }

    fn at(&self, moment: Moment) -> Geocentric {
        let x = (moment.tt - self.start.tt) / self.step;
        let w = [
            -(x - 1.0) * (x - 2.0) * (x - 3.0) / 6.0,
            x * (x - 2.0) * (x - 3.0) / 2.0,
            -x * (x - 1.0) * (x - 3.0) / 2.0,
            x * (x - 1.0) * (x - 2.0) / 6.0,
        ];
        let mix =
            |f: &dyn Fn(&Geocentric) -> f64| self.nodes.iter().zip(w).map(|(n, w)| w * f(n)).sum();
        let [n0, ..] = &self.nodes;
        // The sidereal time grows by a turn a sidereal day: unwrap each
        // node's against that growth from the first before mixing.
        let sidereal = TAU * 1.002_737_909_35 * self.step;
        let unwrapped = |k: usize, n: &Geocentric| {
            let expected = n0.gast + k as f64 * sidereal;
            expected + wrap(n.gast - expected)
        };
        let gast =
            self.nodes.iter().enumerate().zip(w).map(|((k, n), w)| w * unwrapped(k, n)).sum();
        Geocentric {
            sun: [mix(&|n| n.sun[0]), mix(&|n| n.sun[1]), mix(&|n| n.sun[2])],
            moon: [mix(&|n| n.moon[0]), mix(&|n| n.moon[1]), mix(&|n| n.moon[2])],
            gast,
        }
    }
}

/// Which body sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Body {
    Sun,
    Moon,
}

/// How far (radians of hour angle) the body is from setting at `g`: the
/// hour angle of setting less the present hour angle, or `None` when the
/// body does not set that day (it stays above or below the horizon).
fn to_set(g: &Geocentric, place: Place, body: Body) -> Option<f64> {
    let lst = g.gast + place.longitude.to_radians();
    let phi = place.latitude.to_radians();
    let (v, target) = match body {
        Body::Sun => (sub(g.sun, observer(place, lst)), SUNSET_ALTITUDE.to_radians()),
        Body::Moon => {
            let v = sub(g.moon, observer(place, lst));
            let semi_diameter = (MOON_RADIUS / norm(v)).asin();
            (v, -REFRACTION.to_radians() - semi_diameter)
        }
    };
    let [x, y, z] = v;
    let alpha = y.atan2(x);
    let delta = z.atan2((x * x + y * y).sqrt());
    let cos_h0 = (target.sin() - phi.sin() * delta.sin()) / (phi.cos() * delta.cos());
    if !(-1.0..=1.0).contains(&cos_h0) {
        return None;
    }
    Some(cos_h0.acos() - (lst - alpha))
}

/// The instant, near `guess`, when `body` sets at `place`, by iterating on
/// the hour angle. `first` chooses the first set at or after `guess`
/// (`true`) or the one nearest to it (`false`).
fn setting(
    positions: &dyn Fn(Moment) -> Geocentric,
    place: Place,
    body: Body,
    guess: Moment,
    first: bool,
) -> Option<Moment> {
    // Radians of hour angle per second: the Earth's turn less the body's
    // own motion in right ascension.
    let rate = match body {
        Body::Sun => TAU / DAY,
        Body::Moon => TAU / DAY * 0.9661,
    };
    let mut moment = guess;
    for i in 0..12 {
        let delta = to_set(&positions(moment), place, body)?;
        let delta = if i == 0 && first { delta.rem_euclid(TAU) } else { wrap(delta) };
        let seconds = delta / rate;
        moment = moment.plus_seconds(seconds);
        if seconds.abs() < 0.05 {
            return Some(moment);
        }
    }
    None
}

/// The UT instant, as a [`Moment`], of 00:00 local time on `date` at
/// `offset`.
fn local_midnight(date: GregorianDate, offset: Offset) -> Moment {
    let unix = f64::from(date.to_day_number()) * DAY - f64::from(offset.seconds());
    Moment::from_ut_days((unix - J2000_UNIX) / DAY)
}

fn check_date(date: GregorianDate) -> Result<(), AstroError> {
    let year = date.year();
    if year <= EQUINOX_YEARS.0 || year >= EQUINOX_YEARS.1 {
        let unix_seconds = i64::from(date.to_day_number()) * 86_400;
        return Err(AstroError::InstantOutOfRange { unix_seconds });
    }
    Ok(())
}

/// Sunset at `place` on the local day `date` (local time at `offset`):
/// the Sun's centre 50′ below the horizon
/// (refraction and semi-diameter), seen from sea level. `None` when the
/// Sun does not set that day (polar day or night).
///
/// # Errors
///
/// [`AstroError::InstantOutOfRange`] for a date outside the years
/// [`EQUINOX_YEARS`] (less their first and last).
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Place};
/// use shamsi::{GregorianDate, Offset};
///
/// let sunset = astro::sunset(Place::TEHRAN, GregorianDate::new(2024, 3, 20)?, Offset::IRAN_STANDARD)?;
/// assert_eq!(sunset.map(|s| s.iran().to_string()).as_deref(), Some("2024-03-20T18:16:22+03:30"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sunset(
    place: Place,
    date: GregorianDate,
    offset: Offset,
) -> Result<Option<Moment>, AstroError> {
    setting_on_day(place, date, offset, Body::Sun)
}

/// Moonset at `place` on the local day `date`: the Moon's upper limb 34′
/// below the topocentric horizon (refraction), seen from sea level; `None`
/// when the Moon does not set that day.
///
/// # Errors
///
/// As [`sunset`].
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Place};
/// use shamsi::{GregorianDate, Offset};
///
/// let moonset = astro::moonset(Place::TEHRAN, GregorianDate::new(2024, 3, 11)?, Offset::IRAN_STANDARD)?;
/// assert_eq!(moonset.map(|s| s.iran().to_string()).as_deref(), Some("2024-03-11T19:31:30+03:30"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn moonset(
    place: Place,
    date: GregorianDate,
    offset: Offset,
) -> Result<Option<Moment>, AstroError> {
    setting_on_day(place, date, offset, Body::Moon)
}

/// The first setting of `body` after the local day `date` begins (wherever
/// the clock stands against the Sun), if it is on that day.
fn setting_on_day(
    place: Place,
    date: GregorianDate,
    offset: Offset,
    body: Body,
) -> Result<Option<Moment>, AstroError> {
    check_date(date)?;
    let midnight = local_midnight(date, offset);
    let found = setting(&geocentric, place, body, midnight, true);
    Ok(found.filter(|s| on_local_day(*s, date, offset)))
}

/// 12:00 local mean time at the place's meridian on `date`, as a UT moment.
fn local_noon(place: Place, date: GregorianDate) -> Moment {
    let unix = f64::from(date.to_day_number()) * DAY + DAY / 2.0 - place.longitude / 360.0 * DAY;
    Moment::from_ut_days((unix - J2000_UNIX) / DAY)
}

fn on_local_day(moment: Moment, date: GregorianDate, offset: Offset) -> bool {
    let local = moment.unix_seconds_f64() + f64::from(offset.seconds());
    (local / DAY).floor() == f64::from(date.to_day_number())
}

/// Positions for the evening of `date`: from two hours after local noon
/// at the given meridian (degrees east), for 12 hours.
pub(super) fn evening_window(date: GregorianDate, meridian: f64) -> Result<Window, AstroError> {
    check_date(date)?;
    let noon = local_noon(Place { latitude: 0.0, longitude: meridian }, date);
    Ok(Window::new(noon.plus_seconds(2.0 * 3600.0)))
}

/// What an evening's sky gives for the young crescent at one place:
/// sunset, moonset, and at the best time the quantities the visibility
/// criteria take (see [`crescent`]).
pub(super) fn evening(window: &Window, place: Place, date: GregorianDate) -> Option<Evening> {
    let positions = |m: Moment| window.at(m);
    let noon = local_noon(place, date);
    let sunset = setting(&positions, place, Body::Sun, noon, true)?;
    let moonset = setting(&positions, place, Body::Moon, sunset, false)?;
    let lag = (moonset.tt - sunset.tt) * DAY;
    let best = sunset.plus_seconds(lag.max(0.0) * 4.0 / 9.0);
    let g = window.at(best);
    let lst = g.gast + place.longitude.to_radians();
    let phi = place.latitude.to_radians();
    let here = observer(place, lst);
    let (sun_topo, moon_topo) = (sub(g.sun, here), sub(g.moon, here));
    let (moon_alt_geo, moon_az_geo) = horizon(g.moon, phi, lst);
    let (sun_alt_geo, sun_az_geo) = horizon(g.sun, phi, lst);
    let (moon_alt, _) = horizon(moon_topo, phi, lst);
    let (sun_alt, _) = horizon(sun_topo, phi, lst);
    let topo_distance = norm(moon_topo);
    let semi_diameter = (MOON_RADIUS / topo_distance).asin().to_degrees() * 60.0;
    let arcl_geo = angle_between(g.sun, g.moon).to_degrees();
    let arcl_topo = angle_between(sun_topo, moon_topo).to_degrees();
    Some(Evening {
        sunset,
        moonset,
        best,
        lag_minutes: lag / 60.0,
        arcl: arcl_geo,
        arcv: (moon_alt_geo - sun_alt_geo).to_degrees(),
        daz: wrap(sun_az_geo - moon_az_geo).to_degrees(),
        width: semi_diameter * (1.0 - arcl_geo.to_radians().cos()),
        arcl_topocentric: arcl_topo,
        arcv_topocentric: (moon_alt - sun_alt).to_degrees(),
        width_topocentric: semi_diameter * (1.0 - arcl_topo.to_radians().cos()),
        moon_altitude: moon_alt.to_degrees(),
    })
}

/// The figures of one evening at one place (see [`crescent`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Evening {
    pub(super) sunset: Moment,
    pub(super) moonset: Moment,
    pub(super) best: Moment,
    pub(super) lag_minutes: f64,
    pub(super) arcl: f64,
    pub(super) arcv: f64,
    pub(super) daz: f64,
    pub(super) width: f64,
    pub(super) arcl_topocentric: f64,
    pub(super) arcv_topocentric: f64,
    pub(super) width_topocentric: f64,
    pub(super) moon_altitude: f64,
}
