//! The crate's own astronomy (feature `astro`): the moment of the new year
//! (Tahvil) and the astronomical calendar, and the Moon: new moons, the
//! young crescent, and Iran's lunar months foreseen.
//!
//! The Solar Hijri year begins at the March equinox: by Iran's 1925 law,
//! 1 Farvardin is the day of the equinox if it comes before noon, else the
//! next day. This module computes the equinox and applies that rule, so that
//! the calendar can be checked against the sky (and extended where the core's
//! correction list ends), and so that a year close to the edge can be named.
//! A lunar month in Iran begins when the crescent is judged seen on the
//! evening of the 29th; the module computes that evening's sky.
//!
//! ```
//! use shamsi::astro::{self, Astronomical, Noon};
//!
//! // لحظه تحویل سال ۱۴۰۳ was announced for 20 March 2024, 06:36:26 Iran
//! // time; JPL's DE421 with the measured Delta-T gives 06:36:24.1, this
//! // computation 06:36:25.5.
//! let tahvil = astro::tahvil(1403)?;
//! assert_eq!(tahvil.iran().to_string(), "2024-03-20T06:36:25+03:30");
//! assert_eq!(tahvil.utc().to_string(), "2024-03-20T03:06:25Z");
//! // Five and a half hours before noon, so that day is 1 Farvardin.
//! assert!(tahvil.margin_minutes(Noon::Apparent525E) < -300.0);
//! assert_eq!(tahvil.jalali_date().to_string(), "1403-01-01");
//!
//! let rule = Astronomical::APPARENT_525E;
//! assert_eq!(rule.nowruz(1404)?.to_string(), "2025-03-21");
//! assert!(rule.is_leap_year(1403)?);
//! assert_eq!(rule.to_gregorian(1402, 11, 6)?.to_string(), "2024-01-26");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The computation
//!
//! - The equinox is the instant the Sun's apparent geocentric longitude is
//!   0°: the Earth's VSOP87D series (Bretagnon & Francou 1988), with the FK5
//!   correction, the IAU 1980 nutation and the annual aberration, as in
//!   Meeus, *Astronomical Algorithms*, 2nd ed., ch. 22, 25, 27 and 32. It is
//!   solved in Terrestrial Time by Newton's method and brought to Universal
//!   Time with Delta-T as measured from 1900 to 2026, and the Espenak–Meeus
//!   (2006) polynomials outside ([`delta_t`]).
//!   The series are truncated (381 of the 1,080 longitude terms: amplitude
//!   times 4 to the power of time ≥ 2e-8 rad; 12 radius terms for the
//!   aberration; all 63 nutation terms): against the full VSOP87
//!   (`equinox_ut` of the reference table, compared in TT, rounded to the
//!   second) the instant is within 2 s over 622–3800 and 1.2 s over
//!   1900–2050; against JPL DE421 (skyfield, in UT1 with its measured
//!   Delta-T) it is within the error `tests/integration/astro_moon.rs` states. Far from the present the error is Delta-T's, which no
//!   theory removes ([`delta_t_uncertainty`]). One computation sums the
//!   series once (rarely twice) and takes about 10 µs.
//! - Noon is either apparent (true) noon at 52.5° E, the meridian of Iran
//!   Standard Time, by the equation of time ([`Noon::Apparent525E`]: the
//!   official calendar's; it reproduces [`Official`](crate::rule::Official)
//!   in every year 1178–3000), or 12:00 Iran Standard Time, UTC+3:30
//!   ([`Noon::Irst`]). After 1178 they first disagree in 1503.
//!
//! - Longitudes are referred to the true equinox of date with the IAU 2000
//!   correction to the precession (−0.29965″ a century, which VSOP87D's and
//!   ELP-2000/82's equinox of date lack): without it an equinox of 1900 is
//!   7 s late against JPL's ephemeris, with it every equinox 1900–2025 is
//!   within 1.9 s of DE421 in UT1 (mean 0.6 s), and the announced Tahvil of
//!   1398–1404 within 1.4 s.
//! - Delta-T is measured from 1900 to mid-2026 (IERS), and each instant
//!   states how uncertain it is ([`delta_t_uncertainty`]).
//!
//! # The Moon
//!
//! - The Moon's apparent position by ELP-2000/82 as truncated in Meeus,
//!   *Astronomical Algorithms*, ch. 47 (tables 47.A and 47.B, written by
//!   `tools/gen_moon.py`): against DE421 at 1,500 instants of 1900–2050 the
//!   longitude is within 10″ (mean 2″), the latitude within 5″.
//! - New moons ([`new_moon`], [`new_moon_after`], [`lunation`]) solved from
//!   the series, not from mean phases: every new moon 1900–2050 within 19 s
//!   of DE421 (mean 4.5 s), about 18 µs each.
//! - The sky at a place ([`sky`], [`Place`]: topocentric altitudes,
//!   azimuths, elongation), [`sunset`] and [`moonset`]: at Tehran, every day
//!   of 2024 and 2030 within 1 s of DE421.
//! - The young crescent on an evening at a place ([`crescent`],
//!   [`Crescent`]) by Yallop's `q` (1997, [`YallopClass`]) and Odeh's `V`
//!   (2006, [`OdehZone`]), and over Iran ([`iran_evening`], from the
//!   [`IRAN_PLACES`]): a verdict takes about 50 µs at one place, 115 µs over
//!   Iran.
//! - Iran's months foreseen ([`iran_next_month`] with a [`Criterion`]):
//!   predicted from the observed first day of the month before, 91% of
//!   Iran's observed months of 1350–1447 AH come out on the observed day
//!   with [`Criterion::IRAN`]. The same prediction, chained, continues the
//!   observed table in [`hijri::Fallback::Predicted`](crate::hijri::Fallback::Predicted).
//!
//! # Range
//!
//! Equinoxes of the Gregorian years [`EQUINOX_YEARS`] (-2000..=4000); the
//! astronomical rule covers the Solar Hijri years [`Astronomical::YEARS`]
//! (-2621..=3378); instants ([`Moment`]) lie in the same Gregorian years.
//! Anything outside is an [`AstroError`], never a panic.
//!
//! # Types
//!
//! - [`march_equinox`], [`tahvil`] → [`Equinox`]: the instant, in UT and in
//!   Iran time ([`DateTime`]), its day, and its margin to noon.
//! - [`Astronomical`] (with a [`Noon`]): the calendar as a rule:
//!   [`nowruz`](Astronomical::nowruz), leap years, conversions both ways
//!   ([`AstroDate`]), and the [doubtful](Astronomical::is_doubtful) years.
//! - [`Moment`]: an instant (TT with its Delta-T); [`Ecliptic`]
//!   ([`moon_position`], [`sun_position`]), [`Sky`], [`Crescent`],
//!   [`IranEvening`].

mod crescent;
mod delta_t;
#[allow(clippy::excessive_precision)]
mod delta_t_table;
mod moon;
mod moon_terms;
mod nutation;
mod sky;
mod sun;
// The series' phases are published to 11 digits, pi (3.14159265359) among them.
#[allow(clippy::approx_constant)]
mod vsop87;

use core::fmt;

use crate::{Calendar, DateError, Field, GregorianDate, JalaliDate, Offset};

pub use crescent::{
    Crescent, Criterion, IRAN_PLACES, IranEvening, IranPlace, OdehZone, UnknownCriterion,
    YallopClass, crescent, iran_evening, iran_next_month,
};
pub use delta_t::{delta_t, delta_t_espenak_meeus, delta_t_uncertainty};
pub use sky::{
    Ecliptic, Moment, Place, Sky, lunation, moon_position, moonset, new_moon, new_moon_after, sky,
    sun_position, sunset,
};

/// The Gregorian years whose March equinox [`march_equinox`] computes,
/// -2000..=4000.
///
/// # Example
///
/// ```
/// use shamsi::astro::{march_equinox, EQUINOX_YEARS};
///
/// assert_eq!(EQUINOX_YEARS, (-2000, 4000));
/// assert!(march_equinox(EQUINOX_YEARS.1).is_ok());
/// assert!(march_equinox(EQUINOX_YEARS.1 + 1).is_err());
/// ```
pub const EQUINOX_YEARS: (i32, i32) = (-2000, 4000);

/// The Gregorian year in which Solar Hijri year `y` begins is `y + 621`.
const YEAR_OFFSET: i32 = 621;
/// Seconds in a day.
const DAY: f64 = 86_400.0;
/// J2000.0 (2000-01-01T12:00 TT) as seconds since 1970-01-01T00:00 of the
/// same scale: how a TT day count becomes a UT Unix time (less Delta-T).
const J2000_UNIX: f64 = 946_728_000.0;
/// 12:00 Iran Standard Time (mean noon at 52.5° E) is 08:30 UT.
const MEAN_NOON_UT: i64 = 12 * 3600 - Offset::IRAN_STANDARD.seconds() as i64;

/// An error of the astronomical computations.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, AstroError, Astronomical};
///
/// let err = astro::march_equinox(5000).unwrap_err();
/// assert_eq!(err.to_string(), "gregorian year 5000 is out of range -2000..=4000 of the astronomical calendar");
/// let err = Astronomical::IRST.to_gregorian(1404, 12, 30).unwrap_err();
/// assert_eq!(err.to_string(), "day 30 is out of range 1..=29 for jalali month 12 of year 1404");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum AstroError {
    /// A year outside the range the computation supports: Gregorian years
    /// [`EQUINOX_YEARS`] for an equinox, Solar Hijri years
    /// [`Astronomical::YEARS`] for the calendar.
    #[error("{calendar} year {year} is out of range {min}..={max} of the astronomical calendar")]
    YearOutOfRange {
        /// The calendar the year is numbered in.
        calendar: Calendar,
        /// The year given.
        year: i32,
        /// The first supported year.
        min: i32,
        /// The last supported year.
        max: i32,
    },
    /// A Gregorian date outside the days the astronomical calendar covers.
    #[error("gregorian date {date} is out of range {first}..={last} of the astronomical calendar")]
    DateOutOfRange {
        /// The date given.
        date: GregorianDate,
        /// The first day covered: 1 Farvardin of the first year.
        first: GregorianDate,
        /// The last day covered: the last day of the last year.
        last: GregorianDate,
    },
    /// An instant outside the Gregorian years [`EQUINOX_YEARS`], given or
    /// reached (a new moon, a sunset).
    #[error(
        "instant {unix_seconds} (unix seconds) is out of range of the astronomical computations (gregorian years -2000..=4000)"
    )]
    InstantOutOfRange {
        /// The instant, in seconds since 1970-01-01T00:00:00 UT.
        unix_seconds: i64,
    },
    /// An instant given as a number that is not finite (NaN or infinite).
    #[error("the instant is not a finite number")]
    NotFinite,
    /// A latitude outside −90..=90 or a longitude outside −180..=180 (or
    /// not a number).
    #[error("{coordinate} out of range (latitude -90..=90, longitude -180..=180, degrees)")]
    InvalidPlace {
        /// `"latitude"` or `"longitude"`.
        coordinate: &'static str,
    },
    /// A month or day that does not exist (for example 30 Esfand of a common
    /// year).
    #[error(transparent)]
    Date(#[from] DateError),
}

/// The noon that decides whether the day of the equinox is 1 Farvardin.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Noon};
///
/// // In 1503 (2124) the equinox comes between the two noons.
/// let tahvil = astro::tahvil(1503)?;
/// assert!(tahvil.margin_minutes(Noon::Apparent525E) < 0.0);
/// assert!(tahvil.margin_minutes(Noon::Irst) > 0.0);
/// assert_eq!(tahvil.nowruz(Noon::Apparent525E).to_string(), "2124-03-20");
/// assert_eq!(tahvil.nowruz(Noon::Irst).to_string(), "2124-03-21");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Noon {
    /// Apparent (true) noon at 52.5° E, the meridian of Iran Standard Time:
    /// 12:00 IRST less the equation of time, near 12:07:30 IRST in March.
    /// The official calendar's noon.
    #[default]
    Apparent525E,
    /// 12:00 Iran Standard Time (UTC+3:30), mean noon at 52.5° E.
    Irst,
}

/// The March equinox of a Gregorian year.
///
/// # Errors
///
/// [`AstroError::YearOutOfRange`] when `year` is outside [`EQUINOX_YEARS`].
///
/// # Example
///
/// ```
/// use shamsi::astro;
///
/// let equinox = astro::march_equinox(2025)?;
/// assert_eq!(equinox.utc().to_string(), "2025-03-20T09:01:30Z");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn march_equinox(year: i32) -> Result<Equinox, AstroError> {
    let (min, max) = EQUINOX_YEARS;
    if year < min || year > max {
        return Err(AstroError::YearOutOfRange { calendar: Calendar::Gregorian, year, min, max });
    }
    let (tt, _) = sun::march_equinox(year);
    // Delta-T at the decimal year that counts Gregorian years of 365.2425
    // days from J2000.0 in TT; with it, the Espenak-Meeus Delta-T agrees
    // with the reference table's to 0.07 s.
    Ok(Equinox { year, moment: Moment::from_tt_days(tt) })
}

/// The March equinox that begins Solar Hijri year `year` (the Tahvil, لحظه
/// تحویل سال): the equinox of Gregorian year `year + 621`.
///
/// # Errors
///
/// [`AstroError::YearOutOfRange`] when `year + 621` is outside
/// [`EQUINOX_YEARS`], that is `year` outside -2621..=3379.
///
/// # Example
///
/// ```
/// use shamsi::astro;
///
/// let tahvil = astro::tahvil(1404)?;
/// assert_eq!(tahvil.year(), 2025);
/// assert_eq!(tahvil.iran().to_string(), "2025-03-20T12:31:30+03:30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn tahvil(year: i32) -> Result<Equinox, AstroError> {
    let (min, max) = (EQUINOX_YEARS.0 - YEAR_OFFSET, EQUINOX_YEARS.1 - YEAR_OFFSET);
    if year < min || year > max {
        return Err(AstroError::YearOutOfRange { calendar: Calendar::Jalali, year, min, max });
    }
    march_equinox(year + YEAR_OFFSET)
}

/// The instant of a March equinox.
///
/// Made by [`march_equinox`] or [`tahvil`]. It keeps the instant in
/// Terrestrial Time and the Delta-T that brings it to Universal Time.
///
/// # Example
///
/// ```
/// use shamsi::astro::{self, Noon};
///
/// let equinox = astro::march_equinox(1930)?;
/// // Nineteen seconds before 12:00 IRST: 1 Farvardin 1309 is that day.
/// assert_eq!(equinox.iran().to_string(), "1930-03-21T11:59:41+03:30");
/// assert!(equinox.margin_minutes(Noon::Irst) > -0.34);
/// assert_eq!(equinox.nowruz(Noon::Irst).to_string(), "1930-03-21");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Equinox {
    /// The Gregorian year.
    year: i32,
    /// The instant.
    moment: Moment,
}

impl Equinox {
    /// The Gregorian year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::tahvil(1403)?.year(), 2024);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The Solar Hijri year this equinox begins (`year() - 621`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::march_equinox(2024)?.solar_hijri_year(), 1403);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn solar_hijri_year(self) -> i32 {
        self.year - YEAR_OFFSET
    }

    /// The instant in Universal Time, in seconds since
    /// 1970-01-01T00:00:00Z (negative before), with its fraction.
    ///
    /// # Example
    ///
    /// ```
    /// let equinox = shamsi::astro::march_equinox(2024)?;
    /// // 2024-03-20T03:06:25Z
    /// assert!((equinox.unix_seconds_f64() - 1_710_903_985.0).abs() < 1.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unix_seconds_f64(self) -> f64 {
        self.moment.unix_seconds_f64()
    }

    /// The instant in Universal Time to the nearest second, in seconds since
    /// 1970-01-01T00:00:00Z.
    ///
    /// # Example
    ///
    /// ```
    /// let equinox = shamsi::astro::march_equinox(2024)?;
    /// assert_eq!(equinox.unix_seconds(), 1_710_903_985);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unix_seconds(self) -> i64 {
        self.moment.unix_seconds()
    }

    /// The instant in Terrestrial Time, as a Julian Ephemeris Day.
    ///
    /// # Example
    ///
    /// ```
    /// let equinox = shamsi::astro::march_equinox(2024)?;
    /// assert!((equinox.julian_ephemeris_day() - 2_460_389.6303).abs() < 1e-4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn julian_ephemeris_day(self) -> f64 {
        self.moment.julian_ephemeris_day()
    }

    /// Delta-T (TT − UT) at the equinox, in seconds ([`delta_t`]).
    ///
    /// # Example
    ///
    /// ```
    /// let equinox = shamsi::astro::march_equinox(2024)?;
    /// assert!((equinox.delta_t() - 69.2).abs() < 0.05);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn delta_t(self) -> f64 {
        self.moment.delta_t()
    }

    /// The rough envelope of Delta-T's error at the equinox, in seconds
    /// ([`delta_t_uncertainty`]).
    ///
    /// # Example
    ///
    /// ```
    /// let equinox = shamsi::astro::march_equinox(2024)?;
    /// assert_eq!(equinox.delta_t_uncertainty(), 0.2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn delta_t_uncertainty(self) -> f64 {
        self.moment.delta_t_uncertainty()
    }

    /// The instant as a [`Moment`], for the sky at the new year.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{self, Place};
    ///
    /// let equinox = astro::tahvil(1403)?;
    /// assert_eq!(equinox.moment().to_string(), equinox.utc().to_string());
    /// // At the equinox the Sun stands on the equator: over Tehran at 06:36
    /// // it is in the east, low.
    /// let sky = astro::sky(equinox.moment(), Place::TEHRAN);
    /// assert!(sky.sun_altitude > 0.0 && sky.sun_altitude < 10.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn moment(self) -> Moment {
        self.moment
    }

    /// The instant as a UTC date and time, to the nearest second.
    ///
    /// # Example
    ///
    /// ```
    /// let utc = shamsi::astro::tahvil(1403)?.utc();
    /// assert_eq!((utc.hour(), utc.minute(), utc.second()), (3, 6, 25));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn utc(self) -> DateTime {
        self.moment.utc()
    }

    /// The instant in Iran Standard Time (UTC+3:30), to the nearest second:
    /// the time announced as the Tahvil, and the clock of the calendar rule
    /// (daylight saving time, kept in some years before 2022, is not
    /// applied).
    ///
    /// # Example
    ///
    /// ```
    /// let iran = shamsi::astro::tahvil(1403)?.iran();
    /// assert_eq!(iran.date().to_string(), "2024-03-20");
    /// assert_eq!((iran.hour(), iran.minute()), (6, 36));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iran(self) -> DateTime {
        self.moment.iran()
    }

    /// The day number (days since 1970-01-01) of the day, in Iran Standard
    /// Time, on which the equinox falls.
    fn iran_day(self) -> i64 {
        let local = self.unix_seconds_f64() + f64::from(Offset::IRAN_STANDARD.seconds());
        (local / DAY).floor() as i64
    }

    /// The Gregorian date, in Iran Standard Time, of the day on which the
    /// equinox falls (not rounded to the second: the exact instant decides).
    ///
    /// # Example
    ///
    /// ```
    /// let equinox = shamsi::astro::tahvil(1404)?;
    /// assert_eq!(equinox.iran_date().to_string(), "2025-03-20");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iran_date(self) -> GregorianDate {
        gregorian(self.iran_day())
    }

    /// The Solar Hijri date, in the official calendar, of the day on which
    /// the equinox falls in Iran ([`iran_date`](Self::iran_date)). In the
    /// years where the official calendar follows the equinox (1178–3000),
    /// that is 1 Farvardin when the equinox came before noon, else the last
    /// day of the year before; outside them the official calendar is an
    /// arithmetic rule and can be a day away from the equinox's. For the
    /// equinox's own calendar, use [`Astronomical`].
    ///
    /// # Example
    ///
    /// ```
    /// // 12:31 on 20 March 2025, after noon: the last day of 1403.
    /// let equinox = shamsi::astro::tahvil(1404)?;
    /// assert_eq!(equinox.jalali_date().to_string(), "1403-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn jalali_date(self) -> JalaliDate {
        JalaliDate::from_gregorian(self.iran_date())
    }

    /// The noon threshold of the equinox's day (see [`iran_date`](Self::iran_date)), in
    /// seconds of UT since 1970-01-01T00:00:00Z.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{self, Noon};
    ///
    /// let equinox = astro::tahvil(1403)?;
    /// let irst = equinox.noon(Noon::Irst);
    /// assert_eq!(irst, 1_710_923_400.0); // 2024-03-20T08:30:00Z
    /// // Apparent noon came 7.5 minutes later.
    /// assert!((equinox.noon(Noon::Apparent525E) - irst - 440.0).abs() < 10.0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn noon(self, noon: Noon) -> f64 {
        let mean = (self.iran_day() * 86_400 + MEAN_NOON_UT) as f64;
        match noon {
            Noon::Irst => mean,
            Noon::Apparent525E => {
                // The equation of time at mean noon (in TT); it changes by
                // under 20 s a day, so evaluating it at mean rather than
                // apparent noon moves the threshold by under 0.1 s.
                let tt = (mean + self.delta_t() - J2000_UNIX) / DAY;
                mean - sun::equation_of_time(tt) * DAY
            }
        }
    }

    /// Minutes from the noon threshold to the equinox, on the equinox's day
    /// in Iran: negative when the equinox came before noon (that day is then
    /// 1 Farvardin), positive after (the next day is).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{self, Noon};
    ///
    /// let equinox = astro::tahvil(1403)?;
    /// assert!((equinox.margin_minutes(Noon::Irst) - -323.6).abs() < 0.05);
    /// assert!((equinox.margin_minutes(Noon::Apparent525E) - -330.94).abs() < 0.05);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn margin_minutes(self, noon: Noon) -> f64 {
        (self.unix_seconds_f64() - self.noon(noon)) / 60.0
    }

    /// 1 Farvardin of the year this equinox begins, by the rule "the day of
    /// the equinox if it falls before noon, else the next day".
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{self, Noon};
    ///
    /// let equinox = astro::tahvil(1404)?;
    /// assert_eq!(equinox.nowruz(Noon::Apparent525E).to_string(), "2025-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn nowruz(self, noon: Noon) -> GregorianDate {
        gregorian(self.nowruz_day(noon))
    }

    fn nowruz_day(self, noon: Noon) -> i64 {
        self.iran_day() + i64::from(self.unix_seconds_f64() >= self.noon(noon))
    }
}

/// The date of a day number that the supported years keep in range.
fn gregorian(day: i64) -> GregorianDate {
    let date = i32::try_from(day).ok().and_then(|d| GregorianDate::from_day_number(d).ok());
    debug_assert!(date.is_some(), "day {day} out of range");
    date.unwrap_or(GregorianDate::MIN)
}

/// A date and a time of day to the second, at a UTC offset: the equinox as a
/// clock on the wall shows it.
///
/// Its `Display` is ISO 8601 / RFC 3339: `2024-03-20T06:36:25+03:30`, with
/// `Z` for UTC.
///
/// # Example
///
/// ```
/// let iran = shamsi::astro::tahvil(1403)?.iran();
/// assert_eq!(iran.offset(), shamsi::Offset::IRAN_STANDARD);
/// assert_eq!(iran.to_string(), "2024-03-20T06:36:25+03:30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateTime {
    date: GregorianDate,
    hour: u8,
    minute: u8,
    second: u8,
    offset: Offset,
}

impl DateTime {
    /// The wall-clock time at a whole-second Unix instant and an offset.
    pub(crate) fn at(unix_seconds: i64, offset: Offset) -> DateTime {
        let local = unix_seconds + i64::from(offset.seconds());
        let (day, second) = (local.div_euclid(86_400), local.rem_euclid(86_400));
        // `second` is in 0..86_400, so the casts are exact.
        DateTime {
            date: gregorian(day),
            hour: (second / 3600) as u8,
            minute: (second / 60 % 60) as u8,
            second: (second % 60) as u8,
            offset,
        }
    }

    /// The date.
    ///
    /// # Example
    ///
    /// ```
    /// let utc = shamsi::astro::march_equinox(2024)?.utc();
    /// assert_eq!(utc.date().to_string(), "2024-03-20");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn date(self) -> GregorianDate {
        self.date
    }

    /// The hour, 0..=23.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::march_equinox(2024)?.utc().hour(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0..=59.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::march_equinox(2024)?.utc().minute(), 6);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn minute(self) -> u8 {
        self.minute
    }

    /// The second, 0..=59 (the leap seconds of UTC are not counted: the
    /// instant is in UT).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::march_equinox(2024)?.utc().second(), 25);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn second(self) -> u8 {
        self.second
    }

    /// The offset from UTC.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(shamsi::astro::march_equinox(2024)?.utc().offset(), shamsi::Offset::UTC);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn offset(self) -> Offset {
        self.offset
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{:02}:{:02}:{:02}", self.date, self.hour, self.minute, self.second)?;
        if self.offset.seconds() == 0 {
            return f.write_str("Z");
        }
        let sign = if self.offset.seconds() < 0 { '-' } else { '+' };
        let offset = self.offset.seconds().unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", offset / 3600, offset / 60 % 60)
    }
}

/// The astronomical Solar Hijri calendar: 1 Farvardin is the day, in Iran
/// Standard Time, whose noon follows the March equinox.
///
/// With [`Noon::Apparent525E`] this is the official calendar's definition;
/// it reproduces [`Official`](crate::rule::Official) in every year 1178–3000
/// (where the core's correction list comes from). With [`Noon::Irst`] noon
/// is 12:00 IRST. Unlike the core's rules, every operation computes an
/// equinox (microseconds), and the range is [`YEARS`](Self::YEARS).
///
/// The converter example takes them as `--rule astronomical` and
/// `--rule astronomical-irst` ([`name`](Self::name), `FromStr`).
///
/// # Example
///
/// ```
/// use shamsi::astro::Astronomical;
/// use shamsi::GregorianDate;
///
/// let rule: Astronomical = "astronomical".parse()?;
/// let date = rule.from_gregorian(GregorianDate::new(2025, 3, 21)?)?;
/// assert_eq!(date.to_string(), "1404-01-01");
/// assert_eq!(rule.to_gregorian(1403, 12, 30)?.to_string(), "2025-03-20");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Astronomical {
    /// The noon the equinox is compared with.
    pub noon: Noon,
}

impl Astronomical {
    /// Apparent noon at 52.5° E: the official calendar's definition.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{Astronomical, Noon};
    ///
    /// assert_eq!(Astronomical::APPARENT_525E.noon, Noon::Apparent525E);
    /// assert_eq!(Astronomical::default(), Astronomical::APPARENT_525E);
    /// ```
    pub const APPARENT_525E: Astronomical = Astronomical { noon: Noon::Apparent525E };

    /// 12:00 Iran Standard Time.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{Astronomical, Noon};
    ///
    /// assert_eq!(Astronomical::IRST.noon, Noon::Irst);
    /// ```
    pub const IRST: Astronomical = Astronomical { noon: Noon::Irst };

    /// The Solar Hijri years covered, -2621..=3378 (their equinoxes, and the
    /// next year's, are in [`EQUINOX_YEARS`]).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::YEARS, (-2621, 3378));
    /// assert!(Astronomical::IRST.is_leap_year(3379).is_err());
    /// ```
    pub const YEARS: (i32, i32) =
        (EQUINOX_YEARS.0 - YEAR_OFFSET, EQUINOX_YEARS.1 - YEAR_OFFSET - 1);

    /// The rule with a given noon.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::{Astronomical, Noon};
    ///
    /// assert_eq!(Astronomical::new(Noon::Irst), Astronomical::IRST);
    /// ```
    pub const fn new(noon: Noon) -> Astronomical {
        Astronomical { noon }
    }

    /// The rule's name, as the converter's `--rule` takes it:
    /// `astronomical` (apparent noon at 52.5° E) or `astronomical-irst`.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::IRST.name(), "astronomical-irst");
    /// assert_eq!(Astronomical::APPARENT_525E.to_string(), "astronomical");
    /// ```
    pub const fn name(self) -> &'static str {
        match self.noon {
            Noon::Apparent525E => "astronomical",
            Noon::Irst => "astronomical-irst",
        }
    }

    fn check_year(year: i32) -> Result<(), AstroError> {
        let (min, max) = Astronomical::YEARS;
        if year < min || year > max {
            return Err(AstroError::YearOutOfRange { calendar: Calendar::Jalali, year, min, max });
        }
        Ok(())
    }

    /// The day number of 1 Farvardin `year`, for `year` up to one past
    /// [`YEARS`](Self::YEARS).
    fn nowruz_day(self, year: i32) -> Result<i64, AstroError> {
        Ok(tahvil(year)?.nowruz_day(self.noon))
    }

    /// The Gregorian date of 1 Farvardin `year`.
    ///
    /// # Errors
    ///
    /// [`AstroError::YearOutOfRange`] when `year` is outside
    /// [`YEARS`](Self::YEARS).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::APPARENT_525E.nowruz(1503)?.to_string(), "2124-03-20");
    /// assert_eq!(Astronomical::IRST.nowruz(1503)?.to_string(), "2124-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn nowruz(self, year: i32) -> Result<GregorianDate, AstroError> {
        Astronomical::check_year(year)?;
        Ok(gregorian(self.nowruz_day(year)?))
    }

    /// The number of days in `year`: 365, or 366 in a leap year.
    ///
    /// # Errors
    ///
    /// [`AstroError::YearOutOfRange`] when `year` is outside
    /// [`YEARS`](Self::YEARS).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::APPARENT_525E.days_in_year(1403)?, 366);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn days_in_year(self, year: i32) -> Result<u16, AstroError> {
        Astronomical::check_year(year)?;
        let length = self.nowruz_day(year + 1)? - self.nowruz_day(year)?;
        debug_assert!(length == 365 || length == 366, "{year}: {length} days");
        Ok(if length == 366 { 366 } else { 365 })
    }

    /// Whether `year` has 366 days (30 Esfand exists).
    ///
    /// # Errors
    ///
    /// [`AstroError::YearOutOfRange`] when `year` is outside
    /// [`YEARS`](Self::YEARS).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert!(Astronomical::APPARENT_525E.is_leap_year(1469)?);
    /// assert!(!Astronomical::APPARENT_525E.is_leap_year(1470)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_leap_year(self, year: i32) -> Result<bool, AstroError> {
        Ok(self.days_in_year(year)? == 366)
    }

    /// A validated date of this calendar.
    ///
    /// # Errors
    ///
    /// [`AstroError::YearOutOfRange`] when `year` is outside
    /// [`YEARS`](Self::YEARS); [`AstroError::Date`] when the month is not in
    /// 1..=12 or the day does not exist in it (30 Esfand of a common year).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// let date = Astronomical::APPARENT_525E.date(1403, 12, 30)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2025-03-20");
    /// assert!(Astronomical::APPARENT_525E.date(1404, 12, 30).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(self, year: i32, month: u8, day: u8) -> Result<AstroDate, AstroError> {
        Astronomical::check_year(year)?;
        if !(1..=12).contains(&month) {
            let (value, min, max) = (i64::from(month), 1, 12);
            return Err(DateError::FieldOutOfRange { field: Field::Month, value, min, max }.into());
        }
        let start = self.nowruz_day(year)?;
        // Only Esfand needs the year's length.
        let leap = month == 12 && self.nowruz_day(year + 1)? - start == 366;
        let max = crate::arith::calc::month_length(month, leap);
        if day < 1 || day > max {
            let calendar = Calendar::Jalali;
            return Err(DateError::InvalidDay { calendar, year, month, day, max }.into());
        }
        let before = i64::from(crate::arith::calc::days_before_month(month));
        let day_number = start + before + i64::from(day) - 1;
        Ok(AstroDate { year, month, day, rule: self, day_number })
    }

    /// The Gregorian date of a Solar Hijri date of this calendar.
    ///
    /// # Errors
    ///
    /// As [`date`](Self::date).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::IRST.to_gregorian(1309, 1, 1)?.to_string(), "1930-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_gregorian(self, year: i32, month: u8, day: u8) -> Result<GregorianDate, AstroError> {
        Ok(self.date(year, month, day)?.to_gregorian())
    }

    /// The Solar Hijri date of this calendar on a Gregorian day.
    ///
    /// # Errors
    ///
    /// [`AstroError::DateOutOfRange`] when the day is before 1 Farvardin of
    /// the first year of [`YEARS`](Self::YEARS) or after the last day of the
    /// last.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    /// use shamsi::GregorianDate;
    ///
    /// let rule = Astronomical::APPARENT_525E;
    /// // The first day the two noons disagree on: 1 Farvardin 1503.
    /// let day = GregorianDate::new(2124, 3, 20)?;
    /// assert_eq!(rule.from_gregorian(day)?.to_string(), "1503-01-01");
    /// assert_eq!(Astronomical::IRST.from_gregorian(day)?.to_string(), "1502-12-30");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[allow(clippy::wrong_self_convention)] // the rule is a value: "by this rule, from Gregorian"
    pub fn from_gregorian(self, date: GregorianDate) -> Result<AstroDate, AstroError> {
        let day_number = i64::from(date.to_day_number());
        let out_of_range = || {
            let (first, last) = self.range();
            AstroError::DateOutOfRange { date, first, last }
        };
        // 1 Farvardin always falls in March of Gregorian year + 621.
        let mut year = date.year() - YEAR_OFFSET;
        let mut start = match self.nowruz_day(year) {
            Ok(start) => start,
            Err(_) if year > 0 => return Err(out_of_range()),
            // Before the first equinox: the year before, if any.
            Err(_) => i64::MAX,
        };
        if day_number < start {
            year -= 1;
            start = self.nowruz_day(year).map_err(|_| out_of_range())?;
        }
        if Astronomical::check_year(year).is_err() {
            return Err(out_of_range());
        }
        let ordinal = day_number - start;
        debug_assert!((0..366).contains(&ordinal), "{date}: day {ordinal} of {year}");
        // `ordinal` is in 0..366, so the cast is exact.
        let (month, day) = crate::arith::calc::month_day_from_ordinal0(ordinal as u16);
        Ok(AstroDate { year, month, day, rule: self, day_number })
    }

    /// The first and last days covered: 1 Farvardin -2621 and the last day
    /// of 3378.
    fn range(self) -> (GregorianDate, GregorianDate) {
        let (min, max) = Astronomical::YEARS;
        let first = self.nowruz_day(min).unwrap_or(i64::MIN);
        let last = self.nowruz_day(max + 1).map_or(i64::MAX, |d| d - 1);
        (gregorian(first), gregorian(last))
    }

    /// Whether the start or the length of `year` could change with the
    /// error of Delta-T: when the equinox of `year` or of `year + 1` is
    /// within [`Equinox::delta_t_uncertainty`] of this rule's noon.
    ///
    /// The answer this crate gives for a doubtful year is the one its
    /// Delta-T model gives; the true sky may differ. The years 1..=3178 the
    /// two rules together name doubtful are the reference table's `doubtful`
    /// column but for 524/525 (the table's own flag; the equinox of 525 is
    /// 3.2 and 4.5 minutes from the two noons, outside the 0.7-minute
    /// envelope).
    ///
    /// # Errors
    ///
    /// [`AstroError::YearOutOfRange`] when `year` is outside
    /// [`YEARS`](Self::YEARS).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// // The equinox of 2027 (in 2648) comes 55 s after apparent noon, give
    /// // or take 3 minutes of Delta-T; 2026 is doubtful because its length is.
    /// let rule = Astronomical::APPARENT_525E;
    /// assert!(rule.is_doubtful(2027)?);
    /// assert!(rule.is_doubtful(2026)?);
    /// assert!(!rule.is_doubtful(1403)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_doubtful(self, year: i32) -> Result<bool, AstroError> {
        Astronomical::check_year(year)?;
        let near = |year| -> Result<bool, AstroError> {
            let equinox = tahvil(year)?;
            Ok(equinox.margin_minutes(self.noon).abs() * 60.0 <= equinox.delta_t_uncertainty())
        };
        Ok(near(year)? || near(year + 1)?)
    }
}

impl fmt::Display for Astronomical {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for a name that is not an astronomical rule's.
///
/// # Example
///
/// ```
/// use shamsi::astro::Astronomical;
///
/// let err = "astro".parse::<Astronomical>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown rule name (expected astronomical or astronomical-irst)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule name (expected astronomical or astronomical-irst)")]
pub struct UnknownAstronomicalRule;

impl core::str::FromStr for Astronomical {
    type Err = UnknownAstronomicalRule;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Astronomical::APPARENT_525E, Astronomical::IRST]
            .into_iter()
            .find(|r| r.name() == s)
            .ok_or(UnknownAstronomicalRule)
    }
}

/// A date of the astronomical calendar, made by [`Astronomical::date`] or
/// [`Astronomical::from_gregorian`].
///
/// Its `Display` is `YYYY-MM-DD`, as [`JalaliDate`]'s.
///
/// # Example
///
/// ```
/// use shamsi::astro::Astronomical;
///
/// let date = Astronomical::APPARENT_525E.date(1402, 11, 6)?;
/// assert_eq!((date.year(), date.month(), date.day()), (1402, 11, 6));
/// assert_eq!(date.to_string(), "1402-11-06");
/// assert_eq!(date.to_gregorian().to_string(), "2024-01-26");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AstroDate {
    year: i32,
    month: u8,
    day: u8,
    rule: Astronomical,
    /// Days since 1970-01-01.
    day_number: i64,
}

impl AstroDate {
    /// The Solar Hijri year.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::IRST.date(1403, 1, 1)?.year(), 1403);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 (Farvardin) to 12 (Esfand).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::IRST.date(1403, 7, 1)?.month(), 7);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::IRST.date(1403, 12, 30)?.day(), 30);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The rule the date was made with.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::IRST.date(1403, 1, 1)?.rule(), Astronomical::IRST);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn rule(self) -> Astronomical {
        self.rule
    }

    /// The Gregorian date of the same day.
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// let date = Astronomical::APPARENT_525E.date(1404, 1, 1)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2025-03-21");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_gregorian(self) -> GregorianDate {
        gregorian(self.day_number)
    }

    /// The day number (days since 1970-01-01).
    ///
    /// # Example
    ///
    /// ```
    /// use shamsi::astro::Astronomical;
    ///
    /// assert_eq!(Astronomical::APPARENT_525E.date(1348, 10, 11)?.to_day_number(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_day_number(self) -> i32 {
        // Within ±1.5 million over the supported years.
        i32::try_from(self.day_number).unwrap_or(i32::MIN)
    }
}

impl fmt::Display for AstroDate {
    /// Writes `YYYY-MM-DD`, the year zero-padded to four digits and preceded
    /// by `-` when negative.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            f.write_str("-")?;
        }
        write!(f, "{:04}-{:02}-{:02}", self.year.unsigned_abs(), self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_noon_is_0830_ut() {
        assert_eq!(MEAN_NOON_UT, 30_600);
    }

    #[test]
    fn date_time_display_negative_offset() {
        let t = DateTime::at(0, Offset::from_seconds(-12_600).unwrap());
        assert_eq!(std::format!("{t}"), "1969-12-31T20:30:00-03:30");
    }
}
