#!/usr/bin/env python3
"""Write astronomy reference data from skyfield with the JPL DE421 ephemeris.

Run by hand (never in CI), from the repository root:

    pip install -r tests/peers/requirements.txt && python3 tests/peers/generate_astro.py

(A virtualenv or `pip install --target DIR` with `PYTHONPATH=DIR` works too.)
Nothing is downloaded at run time: the ephemeris `de421.bsp` comes from the
`skyfield-data` package, and the timescale is skyfield's built-in one
(`load.timescale(builtin=True)`). The script stops if the installed versions
are not the ones below, and the output is deterministic: the same versions give
the same bytes.

Versions: skyfield 1.55, skyfield-data 7.0.0 (de421.bsp), jplephem 2.24,
sgp4 2.27, numpy 2.4.6. DE421 covers 1899-07-29..2053-10-09.

Output, in tests/data/ (each file starts with one `#` comment line naming the
versions, then a CSV header line; readers skip lines that start with `#`).
Times are ISO `YYYY-MM-DDTHH:MM:SS.sss`, rounded to the millisecond, without a
zone letter; `tt` is Terrestrial Time, `ut1` is UT1, and `delta_t` is
skyfield's TT - UT1 in seconds at that instant (3 decimals).

- astro_equinoxes_de421.csv: `year,tt,ut1,delta_t`, every March equinox of
  1900..=2050, from `almanac.find_discrete(..., almanac.seasons(eph))` (the
  moments the Sun's apparent geocentric ecliptic longitude, true ecliptic and
  equinox of date, passes 0 degrees).
- astro_new_moons_de421.csv: `tt,ut1,delta_t`, every new moon from
  1900-01-01 to 2051-01-01 (TT), from `almanac.moon_phases(eph)` phase 0 (the
  moments the apparent geocentric ecliptic longitudes of Moon and Sun, same
  frame, are equal).
  Both searches use skyfield's `find_discrete` with its default tolerance of
  0.001 s. Inside them skyfield swaps in the shorter IAU 2000B nutation for
  speed, so the instants can differ by some tens of milliseconds from the same
  definition with full IAU 2000A nutation.
- astro_moon_positions_de421.csv: `tt,jd_tt,moon_lon,moon_lat,moon_dist_km,
  sun_lon` for 1,500 instants drawn uniformly (whole milliseconds of TT) from
  1900-01-01T00:00 TT to 2050-01-01T00:00 TT, sorted. `jd_tt` is the same
  instant as a TT Julian date (9 decimals; the `tt` text is exact). Longitudes
  and latitude are in degrees (7 decimals): the apparent geocentric position,
  `earth.at(t).observe(body).apparent().frame_latlon(ecliptic_frame)`, with
  full IAU 2000A nutation. skyfield's `framelib.ecliptic_frame` is the true
  ecliptic and equinox of date: its matrix is the precession-nutation matrix
  `t.M` (ICRS to true equator and equinox of date: frame bias, Capitaine et al.
  2003 precession, IAU 2000A nutation) followed by a rotation about x by the
  true obliquity (Capitaine et al. 2003 mean obliquity plus the nutation in
  obliquity). So longitudes include the nutation in longitude, and aberration
  and light deflection are applied. `moon_dist_km` is the light-time-corrected
  Earth-Moon centre distance (3 decimals).
- astro_delta_t.csv: `date,delta_t`: TT - UT1 in seconds from the built-in
  timescale at 0h TT on 1 January and 1 July of each year 1900..=2026.
- astro_tehran_sky.csv: `ut1,jd_ut1,sun_alt,sun_az,moon_alt,moon_az,
  elongation,moon_dist_km` for Tehran (geodetic WGS84 latitude 35.6892 N,
  longitude 51.3890 E, elevation 0 m) at 300 instants drawn in
  1990-01-01..=2039-12-31 with the time of day in [12:00, 18:00) UT1 (whole
  milliseconds), sorted. Altitudes and azimuths (north through east) are
  topocentric apparent ones, `(earth + tehran).at(t).observe(body).apparent()
  .altaz()`, without refraction and without polar motion, in degrees
  (4 decimals). `elongation` is the topocentric apparent Sun-Moon separation
  and `moon_dist_km` the topocentric Moon distance. `jd_ut1` is the UT1 Julian
  date (9 decimals) that skyfield was given; it is within 0.03 ms of `ut1`.
- astro_tehran_rise_set.csv: `date,sunset_ut1,moonset_ut1` for every civil
  date of 2024 and of 2030 in Iran Standard Time (UTC+3:30, no daylight saving
  in those years; the day runs from 20:30 UT1 of the day before to 20:30 UT1):
  the sunset and the moonset on that local day, in UT1 rounded to the second
  (`YYYY-MM-DDTHH:MM:SS`), empty when there is none. From
  `almanac.find_settings(earth + tehran, body, t0, t1)` with its default
  horizon (`horizon_degrees=None`), keeping the events it marks as real
  settings. The default horizon is the altitude that the body's centre reaches
  at the moment of setting, where the altitude is the topocentric apparent one
  (no refraction, no light deflection, IAU 2000B nutation) against the plane
  normal to the WGS84 ellipsoid:
    - Sun: -50 arcminutes, fixed (34' of refraction plus 16' for the Sun's
      radius, the USNO definition; it does not change with distance).
    - Moon: -34' minus R / d radians, where R = 1737.4 km is the Moon's radius
      and d the topocentric distance from the observer to the Moon's centre
      (a small-angle semidiameter). Parallax is included because the position
      is topocentric; there is no separate parallax term.
  The upper limb is then on the refracted horizon.

Where skyfield's built-in TT - UT1 comes from (skyfield 1.55, read from its
source, `Loader.timescale` and `timelib.build_delta_t`):

- 1973-01-02..=2027-01-23 (UTC): the daily table `skyfield/data/iers.npz`,
  built from the IERS file `finals2000A.all` (TT - UTC minus UT1 - UTC, linear
  interpolation between days). The file keeps no measured/predicted flags. Its
  last part is the IERS prediction, about one year long: the finals2000A.all
  inside skyfield-data 7.0.0 has 373 days of predictions after its last measured
  day, and the same span puts the last measured day of skyfield's table at about
  2026-01-15; compared with skyfield-data's older copy, its day-to-day values
  stop looking measured at about 2026-01-25.
- before 1973-01-02: the cubic splines of Table S15 ("Table-S15.2020.txt",
  `skyfield/data/delta_t.npz`) by Morrison, Stephenson, Hohenkerk and Zawilski
  (2021 addendum to Stephenson, Morrison and Hohenkerk 2016), cut where the
  daily table starts, with the linear term of the last spline adjusted so that
  the two meet.
- after 2027-01-23: a cubic that starts at the last table value with the slope
  of the table's last year and joins, in the year 2800, the long-term parabola
  of Stephenson, Morrison and Hohenkerk 2016, -320 + 32.5 ((year - 1825)/100)^2
  seconds; beyond that the parabola itself (and the parabola also before the
  splines, far in the past).
"""

import datetime
import importlib.metadata
import random
import sys
import warnings
from pathlib import Path

import numpy as np
from skyfield import almanac
from skyfield.api import Loader, wgs84
from skyfield.framelib import ecliptic_frame
from skyfield_data import get_skyfield_data_path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
COMMAND = "python3 tests/peers/generate_astro.py"

VERSIONS = {
    "skyfield": "1.55",
    "skyfield-data": "7.0.0",
    "jplephem": "2.24",
    "sgp4": "2.27",
    "numpy": "2.4.6",
}

SEED = 0x5A3E1403
TEHRAN_LAT = 35.6892
TEHRAN_LON = 51.3890
IRAN_OFFSET = datetime.timedelta(hours=3, minutes=30)
J2000 = 2451545.0
J2000_DT = datetime.datetime(2000, 1, 1, 12)
UNIX_JD = 2440587.5
MS_PER_DAY = 86_400_000


def check_versions():
    bad = []
    for name, want in VERSIONS.items():
        have = importlib.metadata.version(name)
        if have != want:
            bad.append(f"{name} {have} (want {want})")
    if bad:
        sys.exit("wrong versions: " + ", ".join(bad))


def iso_ms(whole, fraction):
    """ISO text of a Julian date given as whole + fraction, to the millisecond."""
    ms = int(round(((whole - J2000) + fraction) * MS_PER_DAY))
    dt = J2000_DT + datetime.timedelta(milliseconds=ms)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}"


def datetime_ms(whole, fraction):
    ms = int(round(((whole - J2000) + fraction) * MS_PER_DAY))
    return J2000_DT + datetime.timedelta(milliseconds=ms)


def tt_text(t):
    return iso_ms(t.whole, t.tt_fraction)


def ut1_text(t):
    return iso_ms(t.whole, t.ut1_fraction)


def header_line(extra=""):
    v = ", ".join(f"{k} {VERSIONS[k]}" for k in VERSIONS)
    return f"# generated by {COMMAND} with {v} (de421.bsp){extra}\n"


def write(name, header, rows, extra=""):
    path = DATA / name
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header_line(extra))
        f.write(header + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")
    print(f"wrote {path.relative_to(HERE.parent.parent)}: {len(rows)} rows")


def main():
    check_versions()
    # skyfield-data warns when its finals2000A.all is past its date; that file
    # is never read here (the built-in timescale is used), so hide the warning.
    warnings.filterwarnings(
        "ignore", message="The file finals2000A.all has expired")
    load = Loader(get_skyfield_data_path(), verbose=False)
    ts = load.timescale(builtin=True)
    eph = load("de421.bsp")
    earth, moon, sun = eph["earth"], eph["moon"], eph["sun"]
    tehran = wgs84.latlon(TEHRAN_LAT, TEHRAN_LON, elevation_m=0.0)
    observer = earth + tehran

    # 1. March equinoxes 1900..=2050.
    t0 = ts.tt(1900, 1, 1)
    t1 = ts.tt(2051, 1, 1)
    t, y = almanac.find_discrete(t0, t1, almanac.seasons(eph))
    eq = t[y == 0]
    rows = []
    for ti in eq:
        year = int(tt_text(ti)[:4])
        rows.append([str(year), tt_text(ti), ut1_text(ti), f"{ti.delta_t:.3f}"])
    years = [int(r[0]) for r in rows]
    assert years == list(range(1900, 2051)), years
    write("astro_equinoxes_de421.csv", "year,tt,ut1,delta_t", rows)
    equinox_rows = rows

    # Check: how far the IAU 2000B search result is from IAU 2000A longitude 0.
    e = earth.at(eq).observe(sun).apparent()
    _, slon, _ = e.frame_latlon(ecliptic_frame)
    lon = (slon.degrees + 180.0) % 360.0 - 180.0
    rate = 360.0 / 365.2422 / 86400.0  # degrees per second, roughly
    print(f"equinoxes: full-IAU2000A Sun longitude at the found instants is "
          f"{lon.min() * 3600e3:+.2f}..{lon.max() * 3600e3:+.2f} mas, "
          f"i.e. {-lon.max() / rate * 1e3:+.1f}..{-lon.min() / rate * 1e3:+.1f} ms")

    # 2. New moons 1900-01-01..2051-01-01.
    t, y = almanac.find_discrete(t0, t1, almanac.moon_phases(eph))
    nm = t[y == 0]
    rows = [[tt_text(ti), ut1_text(ti), f"{ti.delta_t:.3f}"] for ti in nm]
    gaps = np.diff(nm.tt)
    assert 29.2 < gaps.min() and gaps.max() < 29.9, (gaps.min(), gaps.max())
    write("astro_new_moons_de421.csv", "tt,ut1,delta_t", rows)

    # 3. Moon and Sun ecliptic positions at 1,500 random TT instants.
    rng = random.Random(SEED)
    start = ts.tt(1900, 1, 1)
    end = ts.tt(2050, 1, 1)
    start_whole = start.whole + start.tt_fraction  # 2415020.5 exactly
    span_ms = int(round((end.tt - start.tt) * MS_PER_DAY))
    picks = sorted(rng.randrange(span_ms) for _ in range(1500))
    assert len(set(picks)) == len(picks)
    whole = np.array([start_whole + p // MS_PER_DAY for p in picks], dtype=float)
    frac = np.array([(p % MS_PER_DAY) / MS_PER_DAY for p in picks])
    t = ts.tt_jd(whole, frac)
    e = earth.at(t)
    mlat, mlon, mdist = e.observe(moon).apparent().frame_latlon(ecliptic_frame)
    _, slon, _ = e.observe(sun).apparent().frame_latlon(ecliptic_frame)
    rows = []
    for i in range(len(picks)):
        rows.append([
            iso_ms(whole[i], frac[i]),
            f"{whole[i] + frac[i]:.9f}",
            f"{mlon.degrees[i]:.7f}",
            f"{mlat.degrees[i]:.7f}",
            f"{mdist.km[i]:.3f}",
            f"{slon.degrees[i]:.7f}",
        ])
    write("astro_moon_positions_de421.csv",
          "tt,jd_tt,moon_lon,moon_lat,moon_dist_km,sun_lon", rows,
          f"; seed {SEED:#x}")

    # 4. Delta T on 1 January and 1 July, 1900..=2026.
    rows = []
    for year in range(1900, 2027):
        for month in (1, 7):
            ti = ts.tt(year, month, 1)
            rows.append([f"{year:04d}-{month:02d}-01", f"{ti.delta_t:.3f}"])
    write("astro_delta_t.csv", "date,delta_t", rows)
    dts = [float(r[1]) for r in rows]
    print(f"delta_t: min {min(dts):.3f} s on "
          f"{rows[dts.index(min(dts))][0]}, max {max(dts):.3f} s on "
          f"{rows[dts.index(max(dts))][0]}")

    # 5. Tehran: topocentric Sun and Moon at 300 afternoon instants (UT1).
    rng = random.Random(SEED)
    first_day = datetime.date(1990, 1, 1)
    days = (datetime.date(2040, 1, 1) - first_day).days
    picks = set()
    while len(picks) < 300:
        day = rng.randrange(days)
        ms = 12 * 3_600_000 + rng.randrange(6 * 3_600_000)
        picks.add(day * MS_PER_DAY + ms)
    picks = sorted(picks)
    base = (first_day - datetime.date(1970, 1, 1)).days * MS_PER_DAY
    jd = np.array([UNIX_JD + (base + p) / MS_PER_DAY for p in picks])
    t = ts.ut1_jd(jd)
    o = observer.at(t)
    sa = o.observe(sun).apparent()
    ma = o.observe(moon).apparent()
    salt, saz, _ = sa.altaz()
    malt, maz, mdist = ma.altaz()
    elong = sa.separation_from(ma)
    rows = []
    for i, p in enumerate(picks):
        text = (datetime.datetime(1970, 1, 1)
                + datetime.timedelta(milliseconds=base + p))
        rows.append([
            text.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(base + p) % 1000:03d}",
            f"{jd[i]:.9f}",
            f"{salt.degrees[i]:.4f}",
            f"{saz.degrees[i]:.4f}",
            f"{malt.degrees[i]:.4f}",
            f"{maz.degrees[i]:.4f}",
            f"{elong.degrees[i]:.4f}",
            f"{mdist.km[i]:.3f}",
        ])
        assert abs(jd[i] - (UNIX_JD + (base + p) / MS_PER_DAY)) < 1e-9
        assert ut1_text(t[i]) == rows[-1][0], (ut1_text(t[i]), rows[-1][0])
    write("astro_tehran_sky.csv",
          "ut1,jd_ut1,sun_alt,sun_az,moon_alt,moon_az,elongation,moon_dist_km",
          rows, f"; seed {SEED:#x}")

    # 6. Tehran: sunset and moonset on each local (UTC+3:30) day of 2024, 2030.
    rows = []
    for year in (2024, 2030):
        # Search two days beyond each end, then keep the events of the year.
        t0 = ts.ut1(year - 1, 12, 29, 20, 30)
        t1 = ts.ut1(year + 1, 1, 2, 20, 30)
        events = {}
        for name, body in (("sun", sun), ("moon", moon)):
            t, real = almanac.find_settings(observer, body, t0, t1)
            per_day = {}
            for ti, ok in zip(t, real):
                if not ok:
                    continue
                when = datetime_ms(ti.whole, ti.ut1_fraction)
                local_day = (when + IRAN_OFFSET).date()
                second = (when + datetime.timedelta(milliseconds=500)).replace(
                    microsecond=0)
                assert local_day not in per_day, (name, local_day)
                per_day[local_day] = second.strftime("%Y-%m-%dT%H:%M:%S")
            events[name] = per_day
        day = datetime.date(year, 1, 1)
        while day.year == year:
            sunset = events["sun"].get(day, "")
            assert sunset, day
            rows.append([day.isoformat(), sunset, events["moon"].get(day, "")])
            day += datetime.timedelta(days=1)
    write("astro_tehran_rise_set.csv", "date,sunset_ut1,moonset_ut1", rows)
    no_moonset = [r[0] for r in rows if not r[2]]
    print(f"days without a moonset: {len(no_moonset)}")

    # Check: Tahvil (March equinox) in Iran time, UT1 + 3:30, 2019..=2026.
    for row in equinox_rows:
        year = int(row[0])
        if 2019 <= year <= 2026:
            ut1 = datetime.datetime.strptime(row[2], "%Y-%m-%dT%H:%M:%S.%f")
            local = ut1 + IRAN_OFFSET
            local = (local + datetime.timedelta(milliseconds=500)).replace(
                microsecond=0)
            print(f"Tahvil {year - 621} SH: {local:%Y-%m-%d %H:%M:%S} "
                  f"(UT1 {row[2]}, delta_t {row[3]} s)")


if __name__ == "__main__":
    main()
