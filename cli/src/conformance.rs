//! Checks dates produced by another Solar Hijri implementation against every
//! rule this crate knows (the four arithmetic rules, and with the `astro`
//! feature, on by default, the astronomical calendar with apparent noon at
//! 52.5° E and with 12:00 IRST), and says which rules it follows.
//!
//! ```text
//! shamsi conformance pairs.csv
//! their-tool --dump | shamsi conformance --json
//! ```
//!
//! Usage: `shamsi conformance [--json] [FILE]`. The input (FILE, or standard
//! input when FILE is absent or `-`; an argument with one `-` but `-h` is a
//! FILE) has one pair per line, `GREGORIAN,JALALI`,
//! both in the `YYYY-MM-DD` form (`-0001-12-31` for a negative year), as the
//! other implementation converts them:
//!
//! ```text
//! # date picker export
//! 2024-01-26,1402-11-06
//! 2025-03-21,1404-01-01
//! ```
//!
//! Blank lines, lines starting with `#`, a header line before the first
//! pair (one without digits, such as `gregorian,jalali`) and a byte order
//! mark are skipped; a malformed line is
//! reported on standard error with its line number, counted, and skipped.
//! The input is streamed, so millions of pairs take seconds and little memory.
//!
//! For each rule the report gives how many pairs agree, how many disagree and
//! the first few that disagree (with what the rule says instead; a Gregorian
//! date outside a rule's range counts as a disagreement), then the verdict:
//! the rules consistent with every pair, or `none` with the closest rule and
//! the earliest date where the input departs from it. When several rules fit,
//! it names the dates the input would need to tell them apart.
//!
//! For the three lines above the report ends:
//!
//! ```text
//! birashk                    1 agree          1 disagree
//!   line 3: 2025-03-21,1404-01-01: birashk says 1404-01-02
//! astronomical               2 agree          0 disagree
//! astronomical-irst          2 agree          0 disagree
//! consistent with: official, rule33, borkowski, astronomical, astronomical-irst
//! rules official, rule33, borkowski, astronomical, astronomical-irst agree on every day from 2024-01-26 to 2025-03-21
//! they first differ on 2124-03-20 (official 1503-01-01, rule33 1502-12-30, borkowski 1502-12-30, astronomical 1503-01-01, astronomical-irst 1502-12-30)
//! before 2024-01-26, they last differ on 1799-03-20 (official 1177-12-30, rule33 1177-12-30, borkowski 1177-12-29, astronomical 1177-12-29, astronomical-irst 1177-12-29)
//! include dates from 2124-03-20 on or up to 1799-03-20 to tell them apart
//! ```
//!
//! With no rule consistent, the verdict is `consistent with: none` followed by
//! `closest rule: NAME (N of M pairs agree); the input departs from it on
//! DATE (line …)`.
//!
//! `--json` prints the report as one JSON object:
//!
//! ```text
//! {"pairs":2,"malformed":0,"first":"2024-01-26","last":"2025-03-21",
//!  "rules":{"official":{"agree":2,"disagree":0,"first_disagreements":[]},
//!           "birashk":{"agree":1,"disagree":1,"first_disagreements":
//!             [{"line":3,"gregorian":"2025-03-21","jalali":"1404-01-01","expected":"1404-01-02"}]},…},
//!  "consistent_with":["official","rule33","borkowski","astronomical","astronomical-irst"],
//!  "closest":null,"tell_apart":{"from":"2124-03-20","until":"1799-03-20"}}
//! ```
//!
//! (on one line). `expected` is `null` when the date is outside the rule's
//! range. `closest` is set when no rule fits: `{"rule":…,"agree":…,
//! "earliest_disagreement":{…}}`. `tell_apart` is set when several rules fit:
//! the first day from the input's first date on, and the last day before it, on
//! which those rules differ (`null` when there is none).
//!
//! The exit status is 0 when the check ran, whatever the verdict, and 2 on a
//! usage or I/O error. A closed standard output ends the run quietly.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use shamsi::GregorianDate;
#[cfg(feature = "astro")]
use shamsi::astro::Astronomical;
use shamsi::rule::{Birashk, Borkowski, Official, Rule, Rule33, RuleKind};

const USAGE: &str =
    "usage: shamsi conformance [--json] [FILE]  (FILE absent or - reads standard input)";

const HELP: &str = "\
Checks dates produced by another Solar Hijri implementation against every
rule this crate knows (official, rule33, borkowski, birashk, astronomical,
astronomical-irst), and says which rules it follows.

The input, FILE or standard input, has one pair per line, GREGORIAN,JALALI,
both YYYY-MM-DD (-0001-12-31 for a negative year):

  2024-01-26,1402-11-06

Blank lines, lines starting with #, a header line before the first pair
and a byte order mark are skipped; a malformed line is reported on standard
error with its number, counted and skipped.

The report gives, for each rule, how many pairs agree and disagree and the
first few that disagree; then the rules consistent with every pair, or the
closest rule and where the input departs from it; and when several rules
fit, the dates that would tell them apart.

Options:
  --json
        the report as one JSON object: pairs, malformed, first, last, rules
        (agree, disagree, first_disagreements of each), consistent_with,
        closest, tell_apart
  -h, --help
        print this help

Exit status: 0 when the check ran, whatever the verdict; 2 for a usage or
I/O error.

Examples:
  shamsi conformance pairs.csv
  their-tool --dump | shamsi conformance --json
";

/// How many disagreements are kept (and shown) per rule.
const SHOWN: usize = 3;

/// A Solar Hijri date as three numbers, whichever rule made it.
type Ymd = (i32, u8, u8);

/// Writes a date in the crate's `YYYY-MM-DD` form.
struct Date(Ymd);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.0;
        let sign = if y < 0 { "-" } else { "" };
        write!(f, "{sign}{:04}-{m:02}-{d:02}", y.unsigned_abs())
    }
}

/// A rule the checker knows: one of the arithmetic rules, or (with the
/// `astro` feature, on by default) the astronomical calendar with either
/// noon.
#[derive(Clone, Copy, PartialEq)]
enum AnyRule {
    Arithmetic(RuleKind),
    #[cfg(feature = "astro")]
    Astronomical(Astronomical),
}

/// Every rule, in the order of the report.
fn all_rules() -> Vec<AnyRule> {
    let arithmetic = RuleKind::ALL.into_iter().map(AnyRule::Arithmetic);
    #[cfg(feature = "astro")]
    let arithmetic = arithmetic
        .chain([Astronomical::APPARENT_525E, Astronomical::IRST].map(AnyRule::Astronomical));
    arithmetic.collect()
}

impl AnyRule {
    fn name(self) -> &'static str {
        match self {
            AnyRule::Arithmetic(r) => r.name(),
            #[cfg(feature = "astro")]
            AnyRule::Astronomical(r) => r.name(),
        }
    }

    /// The first and last years the rule covers.
    fn years(self) -> (i32, i32) {
        match self {
            AnyRule::Arithmetic(r) => r.years(),
            #[cfg(feature = "astro")]
            AnyRule::Astronomical(_) => ASTRONOMICAL_YEARS,
        }
    }

    /// The day number of 1 Farvardin `year`.
    fn nowruz_day(self, year: i32) -> Option<i32> {
        match self {
            AnyRule::Arithmetic(r) => r.nowruz(year).ok().map(GregorianDate::to_day_number),
            #[cfg(feature = "astro")]
            AnyRule::Astronomical(r) => astronomical_year(r, year).map(|(start, _)| start),
        }
    }

    /// The length of `year`, from the library (not from the next year's
    /// Nowruz, which the last year of a range does not have).
    fn days_in_year(self, year: i32) -> Option<u16> {
        match self {
            AnyRule::Arithmetic(r) => r.days_in_year(year).ok(),
            #[cfg(feature = "astro")]
            AnyRule::Astronomical(r) => astronomical_year(r, year).map(|(_, length)| length),
        }
    }
}

/// What an arithmetic rule says `date` is, or `None` outside its range.
fn answer_in<R: Rule>(rule: R, date: GregorianDate) -> Option<Ymd> {
    let d = rule.from_gregorian(date).ok()?;
    Some((d.year(), d.month_number(), d.day()))
}

fn answer(rule: AnyRule, date: GregorianDate) -> Option<Ymd> {
    match rule {
        AnyRule::Arithmetic(RuleKind::Official) => answer_in(Official, date),
        AnyRule::Arithmetic(RuleKind::Rule33) => answer_in(Rule33, date),
        AnyRule::Arithmetic(RuleKind::Borkowski) => answer_in(Borkowski, date),
        AnyRule::Arithmetic(RuleKind::Birashk) => answer_in(Birashk, date),
        // A rule added to the crate after this command was written: it
        // cannot be checked here, so it agrees with nothing.
        AnyRule::Arithmetic(_) => None,
        #[cfg(feature = "astro")]
        AnyRule::Astronomical(r) => astronomical_answer(r, date),
    }
}

/// The years the astronomical rules cover (their equinoxes are computed for
/// Gregorian years -2000..=4000).
#[cfg(feature = "astro")]
const ASTRONOMICAL_YEARS: (i32, i32) = Astronomical::YEARS;

#[cfg(feature = "astro")]
thread_local! {
    /// The day number of 1 Farvardin and the length of each year already
    /// computed, per noon: an equinox takes microseconds, and millions of
    /// pairs fall in a few thousand years.
    static YEARS: YearCache = std::cell::RefCell::new(std::collections::HashMap::new());
}

#[cfg(feature = "astro")]
type YearCache = std::cell::RefCell<std::collections::HashMap<(bool, i32), Option<(i32, u16)>>>;

#[cfg(feature = "astro")]
fn astronomical_year(rule: Astronomical, year: i32) -> Option<(i32, u16)> {
    if year < ASTRONOMICAL_YEARS.0 || year > ASTRONOMICAL_YEARS.1 {
        return None;
    }
    let key = (rule == Astronomical::IRST, year);
    YEARS.with(|cache| {
        *cache.borrow_mut().entry(key).or_insert_with(|| {
            let start = rule.nowruz(year).ok()?.to_day_number();
            Some((start, rule.days_in_year(year).ok()?))
        })
    })
}

/// The astronomical date of `date`, from the cached Nowruz of its year.
#[cfg(feature = "astro")]
fn astronomical_answer(rule: Astronomical, date: GregorianDate) -> Option<Ymd> {
    let n = date.to_day_number();
    // The official year is the astronomical one or a neighbour.
    let guess = shamsi::JalaliDate::from_gregorian(date).year();
    for year in [guess, guess - 1, guess + 1] {
        let Some((start, length)) = astronomical_year(rule, year) else {
            continue;
        };
        if (start..start + i32::from(length)).contains(&n) {
            let ordinal = u16::try_from(n - start).ok()?;
            let (month, day) = shamsi::Month::from_day_of_year(ordinal + 1).ok()?;
            return Some((year, month.number(), day));
        }
    }
    None
}

/// One pair that a rule disagrees with.
#[derive(Clone, Copy)]
struct Disagreement {
    line: u64,
    gregorian: GregorianDate,
    jalali: Ymd,
    expected: Option<Ymd>,
}

/// The counts for one rule.
#[derive(Default)]
struct Tally {
    agree: u64,
    disagree: u64,
    /// The first `SHOWN` disagreements, in input order.
    first: Vec<Disagreement>,
    /// The disagreement with the earliest Gregorian date (the first in
    /// input order among equal dates).
    earliest: Option<Disagreement>,
}

/// Everything the report needs: a few counters per rule, independent of
/// the size of the input.
struct Checker {
    tallies: Vec<(AnyRule, Tally)>,
    pairs: u64,
    malformed: u64,
    /// The earliest and latest Gregorian dates of the input.
    range: Option<(GregorianDate, GregorianDate)>,
}

impl Checker {
    fn new() -> Checker {
        let tallies = all_rules().into_iter().map(|r| (r, Tally::default())).collect();
        Checker { tallies, pairs: 0, malformed: 0, range: None }
    }

    fn check(&mut self, line: u64, gregorian: GregorianDate, jalali: Ymd) {
        self.pairs += 1;
        self.range = Some(match self.range {
            None => (gregorian, gregorian),
            Some((lo, hi)) => (lo.min(gregorian), hi.max(gregorian)),
        });
        for (rule, tally) in &mut self.tallies {
            let expected = answer(*rule, gregorian);
            if expected == Some(jalali) {
                tally.agree += 1;
                continue;
            }
            tally.disagree += 1;
            let d = Disagreement { line, gregorian, jalali, expected };
            if tally.first.len() < SHOWN {
                tally.first.push(d);
            }
            if tally.earliest.is_none_or(|e| gregorian < e.gregorian) {
                tally.earliest = Some(d);
            }
        }
    }

    /// The rules that agree with every pair.
    fn consistent(&self) -> Vec<AnyRule> {
        self.tallies.iter().filter(|(_, t)| t.disagree == 0).map(|(r, _)| *r).collect()
    }

    /// The rule with the most agreements (the first in `all_rules()` on a
    /// tie), and its tally.
    fn closest(&self) -> Option<&(AnyRule, Tally)> {
        self.tallies.iter().rev().max_by_key(|(_, t)| t.agree)
    }
}

// --- Reading the input -------------------------------------------------------

/// Reads `[-]YYYY-MM-DD` (four or five year digits) as a Solar Hijri date
/// of any rule: the shape, a month in 1..=12 and a day that some month of
/// that kind has (1..=31 in the first six months, 1..=30 after). Whether the
/// day exists in that year is the rules' business.
fn parse_jalali(s: &str) -> Result<Ymd, &'static str> {
    const SHAPE: &str = "is not YYYY-MM-DD";
    let (negative, rest) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let mut parts = rest.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(SHAPE);
    };
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(year, 4..=5) || !digits(month, 2..=2) || !digits(day, 2..=2) {
        return Err(SHAPE);
    }
    let (Ok(year), Ok(month), Ok(day)) =
        (year.parse::<i32>(), month.parse::<u8>(), day.parse::<u8>())
    else {
        return Err(SHAPE);
    };
    if !(1..=12).contains(&month) {
        return Err("has a month outside 1..=12");
    }
    let longest = if month <= 6 { 31 } else { 30 };
    if day < 1 || day > longest {
        return Err("has a day no month of its kind has");
    }
    Ok((if negative { -year } else { year }, month, day))
}

/// Reads one `GREGORIAN,JALALI` line.
fn parse_pair(line: &str) -> Result<(GregorianDate, Ymd), String> {
    let Some((g, j)) = line.split_once(',') else {
        return Err("expected GREGORIAN,JALALI".into());
    };
    let (g, j) = (g.trim(), j.trim());
    if j.contains(',') {
        return Err("expected two fields, GREGORIAN,JALALI".into());
    }
    let gregorian = g.parse().map_err(|e| format!("gregorian date {g:?}: {e}"))?;
    let jalali = parse_jalali(j).map_err(|e| format!("jalali date {j:?} {e}"))?;
    Ok((gregorian, jalali))
}

/// Quotes at most the first 60 characters of a line, for error messages.
fn excerpt(line: &str) -> String {
    match line.char_indices().nth(60) {
        Some((i, _)) => format!("{:?}…", &line[..i]),
        None => format!("{line:?}"),
    }
}

/// Reads every line of `input` into `checker`, reporting malformed lines on
/// `err`.
fn read(input: &mut dyn BufRead, checker: &mut Checker, err: &mut dyn Write) -> io::Result<()> {
    let mut buf = Vec::with_capacity(64);
    let mut number = 0u64;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        number += 1;
        let bytes = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let result = match std::str::from_utf8(bytes) {
            Ok(line) => {
                let line = line.trim_start_matches('\u{feff}').trim();
                // A header (`gregorian,jalali,weekday`, as `vectors` writes)
                // before the first pair: no digits.
                let header = checker.pairs == 0
                    && checker.malformed == 0
                    && !line.bytes().any(|b| b.is_ascii_digit());
                if line.is_empty() || line.starts_with('#') || header {
                    continue;
                }
                parse_pair(line).map_err(|e| format!("{e}: {}", excerpt(line)))
            }
            Err(_) => Err("not UTF-8".to_string()),
        };
        match result {
            Ok((gregorian, jalali)) => checker.check(number, gregorian, jalali),
            Err(e) => {
                checker.malformed += 1;
                writeln!(err, "line {number}: malformed: {e}")?;
            }
        }
    }
}

// --- Where rules that fit differ ------------------------------------------

fn day(n: i32) -> Option<GregorianDate> {
    GregorianDate::from_day_number(n).ok()
}

fn nowruz_day(rule: AnyRule, year: i32) -> Option<i32> {
    rule.nowruz_day(year)
}

/// The first and last day numbers a rule covers.
fn day_range(rule: AnyRule) -> (i32, i32) {
    let (min, max) = (GregorianDate::MIN.to_day_number(), GregorianDate::MAX.to_day_number());
    let (lo, hi) = rule.years();
    // The first and last years are partial unless the rule ends inside the
    // Gregorian range.
    let first = nowruz_day(rule, lo).map_or(min, |n| n.max(min));
    let last = match (nowruz_day(rule, hi), rule.days_in_year(hi)) {
        (Some(n), Some(len)) => (n + i32::from(len) - 1).min(max),
        _ => max,
    };
    (first, last)
}

/// Whether the rules give day `n` different dates (or some cover it and
/// others do not).
fn differ(rules: &[AnyRule], n: i32) -> bool {
    let Some(date) = day(n) else { return false };
    let mut answers = rules.iter().map(|&r| answer(r, date));
    let first = answers.next().flatten();
    answers.any(|a| a != first)
}

/// The first day from `start` on on which the rules differ.
///
/// Two rules can only start to differ on a day that is 1 Farvardin under one
/// of them (before it, each day is the next day of the same year under all of
/// them), or the day after one of them ends; so it is enough to look at those
/// days, year by year.
fn first_difference(rules: &[AnyRule], start: i32) -> Option<i32> {
    if differ(rules, start) {
        return Some(start);
    }
    // They agree on `start`: all give it the same date (or none covers it).
    let end = rules.iter().map(|&r| day_range(r).1).min()?;
    let far = rules.iter().map(|&r| day_range(r).1).max()?;
    let (mut year, _, _) = answer(*rules.first()?, day(start)?)?;
    loop {
        year += 1;
        let mut days: Vec<i32> =
            rules.iter().filter_map(|&r| nowruz_day(r, year)).filter(|&n| n <= end).collect();
        if days.is_empty() {
            break;
        }
        days.sort_unstable();
        if let Some(n) = days.into_iter().find(|&n| differ(rules, n)) {
            return Some(n);
        }
    }
    // They agree up to the end of the shortest range; past it one of them
    // has no date and another has.
    (far > end).then_some(end + 1)
}

/// The last day up to `stop` on which the rules differ. The mirror of [`first_difference`]: looking back, they can
/// only start to differ on the eve of a 1 Farvardin, or before the start of
/// one of them.
fn last_difference(rules: &[AnyRule], stop: i32) -> Option<i32> {
    if differ(rules, stop) {
        return Some(stop);
    }
    let begin = rules.iter().map(|&r| day_range(r).0).max()?;
    let near = rules.iter().map(|&r| day_range(r).0).min()?;
    let (mut year, _, _) = answer(*rules.first()?, day(stop)?)?;
    loop {
        let mut days: Vec<i32> = rules
            .iter()
            .filter_map(|&r| nowruz_day(r, year))
            .map(|n| n - 1)
            .filter(|&n| n >= begin && n <= stop)
            .collect();
        if days.is_empty() {
            break;
        }
        days.sort_unstable_by(|a, b| b.cmp(a));
        if let Some(n) = days.into_iter().find(|&n| differ(rules, n)) {
            return Some(n);
        }
        year -= 1;
    }
    (near < begin).then_some(begin - 1)
}

/// Where several rules that fit the input part: the first day from the
/// input's first date on, and the last day before it, on which they differ.
struct TellApart {
    from: Option<i32>,
    until: Option<i32>,
}

fn tell_apart(rules: &[AnyRule], range: (GregorianDate, GregorianDate)) -> TellApart {
    let first = range.0.to_day_number();
    TellApart { from: first_difference(rules, first), until: last_difference(rules, first - 1) }
}

// --- The report --------------------------------------------------------------

fn names(rules: &[AnyRule]) -> String {
    rules.iter().map(|r| r.name()).collect::<Vec<_>>().join(", ")
}

/// `official 1503-01-01, rule33 1502-12-30`: what each rule says day `n` is.
fn answers(rules: &[AnyRule], n: i32) -> String {
    let Some(date) = day(n) else { return String::new() };
    let said = |r: AnyRule| match answer(r, date) {
        Some(ymd) => format!("{} {}", r.name(), Date(ymd)),
        None => format!("{} out of range", r.name()),
    };
    rules.iter().map(|&r| said(r)).collect::<Vec<_>>().join(", ")
}

fn show_day(n: i32) -> String {
    day(n).map_or_else(|| format!("day {n}"), |d| d.to_string())
}

fn expected_text(rule: AnyRule, d: &Disagreement) -> String {
    match d.expected {
        Some(e) => format!("{} says {}", rule.name(), Date(e)),
        None => format!("{} has no date for it (out of its range)", rule.name()),
    }
}

fn text_report(c: &Checker, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "pairs: {}", c.pairs)?;
    writeln!(out, "malformed lines: {}", c.malformed)?;
    if let Some((lo, hi)) = c.range {
        writeln!(out, "gregorian dates: {lo} to {hi}")?;
    }
    for (rule, t) in &c.tallies {
        writeln!(out, "{:<17} {:>10} agree {:>10} disagree", rule.name(), t.agree, t.disagree)?;
        for d in &t.first {
            writeln!(
                out,
                "  line {}: {},{}: {}",
                d.line,
                d.gregorian,
                Date(d.jalali),
                expected_text(*rule, d)
            )?;
        }
    }
    let fit = c.consistent();
    let Some(range) = c.range else {
        writeln!(out, "consistent with: {} (there were no pairs to check)", names(&fit))?;
        return Ok(());
    };
    if fit.is_empty() {
        writeln!(out, "consistent with: none")?;
        if let Some((rule, t)) = c.closest() {
            write!(out, "closest rule: {} ({} of {} pairs agree)", rule.name(), t.agree, c.pairs)?;
            if let Some(d) = &t.earliest {
                write!(
                    out,
                    "; the input departs from it on {} (line {}: {},{}; {})",
                    d.gregorian,
                    d.line,
                    d.gregorian,
                    Date(d.jalali),
                    expected_text(*rule, d)
                )?;
            }
            writeln!(out)?;
        }
        return Ok(());
    }
    writeln!(out, "consistent with: {}", names(&fit))?;
    if fit.len() < 2 {
        return Ok(());
    }
    let (lo, hi) = range;
    let apart = tell_apart(&fit, range);
    let hi_day = hi.to_day_number();
    match apart.from {
        Some(n) if n <= hi_day => {
            writeln!(
                out,
                "rules {} agree on every pair, but the input skips days on which they differ, \
                 the first on {} ({}): include that date to tell them apart",
                names(&fit),
                show_day(n),
                answers(&fit, n)
            )?;
        }
        from => {
            writeln!(out, "rules {} agree on every day from {lo} to {hi}", names(&fit))?;
            let mut hints = Vec::new();
            if let Some(n) = from {
                writeln!(out, "they first differ on {} ({})", show_day(n), answers(&fit, n))?;
                hints.push(format!("from {} on", show_day(n)));
            }
            if let Some(n) = apart.until {
                writeln!(
                    out,
                    "before {lo}, they last differ on {} ({})",
                    show_day(n),
                    answers(&fit, n)
                )?;
                hints.push(format!("up to {}", show_day(n)));
            }
            if hints.is_empty() {
                writeln!(out, "they agree on every day they cover: no input can tell them apart")?;
            } else {
                writeln!(out, "include dates {} to tell them apart", hints.join(" or "))?;
            }
        }
    }
    Ok(())
}

/// The `--json` report.
#[derive(Serialize)]
struct JsonReport<'a> {
    pairs: u64,
    malformed: u64,
    /// The earliest and latest Gregorian dates of the input.
    first: Option<String>,
    last: Option<String>,
    rules: JsonRules<'a>,
    consistent_with: Vec<&'static str>,
    /// When no rule fits.
    closest: Option<JsonClosest>,
    /// When several rules fit.
    tell_apart: Option<JsonApart>,
}

/// Each rule's tally, as an object keyed by the rules' names in the order
/// of the report.
struct JsonRules<'a>(&'a [(AnyRule, Tally)]);

impl Serialize for JsonRules<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(rule, t)| {
            let tally = JsonTally {
                agree: t.agree,
                disagree: t.disagree,
                first_disagreements: t.first.iter().map(JsonDisagreement::from).collect(),
            };
            (rule.name(), tally)
        }))
    }
}

#[derive(Serialize)]
struct JsonTally {
    agree: u64,
    disagree: u64,
    first_disagreements: Vec<JsonDisagreement>,
}

#[derive(Serialize)]
struct JsonDisagreement {
    line: u64,
    gregorian: String,
    jalali: String,
    /// Null when the date is outside the rule's range.
    expected: Option<String>,
}

impl From<&Disagreement> for JsonDisagreement {
    fn from(d: &Disagreement) -> JsonDisagreement {
        JsonDisagreement {
            line: d.line,
            gregorian: d.gregorian.to_string(),
            jalali: Date(d.jalali).to_string(),
            expected: d.expected.map(|e| Date(e).to_string()),
        }
    }
}

#[derive(Serialize)]
struct JsonClosest {
    rule: &'static str,
    agree: u64,
    earliest_disagreement: Option<JsonDisagreement>,
}

#[derive(Serialize)]
struct JsonApart {
    from: Option<String>,
    until: Option<String>,
}

fn json_day(n: Option<i32>) -> Option<String> {
    n.and_then(day).map(|d| d.to_string())
}

fn json_report(c: &Checker, out: &mut dyn Write) -> io::Result<()> {
    let fit = c.consistent();
    let closest = match c.closest() {
        Some((rule, t)) if fit.is_empty() && c.pairs > 0 => Some(JsonClosest {
            rule: rule.name(),
            agree: t.agree,
            earliest_disagreement: t.earliest.as_ref().map(JsonDisagreement::from),
        }),
        _ => None,
    };
    let tell_apart = match c.range {
        Some(range) if fit.len() > 1 => {
            let apart = tell_apart(&fit, range);
            Some(JsonApart { from: json_day(apart.from), until: json_day(apart.until) })
        }
        _ => None,
    };
    let report = JsonReport {
        pairs: c.pairs,
        malformed: c.malformed,
        first: c.range.map(|(lo, _)| lo.to_string()),
        last: c.range.map(|(_, hi)| hi.to_string()),
        rules: JsonRules(&c.tallies),
        consistent_with: fit.iter().map(|r| r.name()).collect(),
        closest,
        tell_apart,
    };
    serde_json::to_writer(&mut *out, &report)?;
    writeln!(out)
}

// --- Running -----------------------------------------------------------------

/// Runs the checker as the command line says, reading standard input from
/// `stdin`; returns the exit status.
pub fn run(
    args: &[OsString],
    stdin: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    use lexopt::Arg::{Long, Short, Value};
    let mut json = false;
    let mut path: Option<OsString> = None;
    let mut parser = lexopt::Parser::from_args(args);
    loop {
        let arg = match parser.try_raw_args().and_then(|mut raw| raw.next_if(dash_file)) {
            Some(file) => Value(file),
            None => match parser.next() {
                Ok(Some(arg)) => arg,
                Ok(None) => break,
                Err(e) => {
                    let _ = writeln!(err, "{e}\n{USAGE}");
                    return 2;
                }
            },
        };
        match arg {
            Long("json") => json = true,
            Short('h') | Long("help") => {
                let _ = write!(out, "{USAGE}\n\n{HELP}");
                return match out.flush() {
                    Ok(()) => 0,
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
                    Err(e) => {
                        let _ = writeln!(err, "error: {e}");
                        2
                    }
                };
            }
            Value(file) if path.is_none() => path = Some(file),
            Value(arg) => return usage_error(err, &arg),
            Long(name) => return usage_error(err, &OsString::from(format!("--{name}"))),
            Short(c) => return usage_error(err, &OsString::from(format!("-{c}"))),
        }
    }
    let mut checker = Checker::new();
    let result = match path.filter(|p| p != "-") {
        None => read(stdin, &mut checker, err),
        Some(p) => match File::open(&p) {
            Ok(file) => read(&mut BufReader::with_capacity(1 << 16, file), &mut checker, err),
            Err(e) => {
                let _ = writeln!(err, "error: cannot open {}: {e}", p.to_string_lossy());
                return 2;
            }
        },
    };
    let result = result.and_then(|()| {
        if json {
            json_report(&checker, out)?;
        } else {
            text_report(&checker, out)?;
        }
        out.flush()?;
        err.flush()
    });
    match result {
        Ok(()) => 0,
        // A closed standard output (`| head -1`) ends the run quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            let _ = err.flush();
            0
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            let _ = err.flush();
            2
        }
    }
}

/// Whether a command-line argument is a FILE, not an option: one `-` and
/// anything but `-h` (`-` is standard input).
fn dash_file(arg: &OsStr) -> bool {
    let arg = arg.to_string_lossy();
    arg.starts_with('-') && !arg.starts_with("--") && arg != "-h"
}

/// Reports an argument that has no place on the command line; returns the
/// exit status of a usage error.
fn usage_error(err: &mut dyn Write, arg: &OsString) -> u8 {
    let _ = writeln!(err, "unexpected argument {arg:?}\n{USAGE}");
    2
}

pub fn main(args: Vec<OsString>) -> ExitCode {
    let stdin = io::stdin();
    let mut input = BufReader::with_capacity(1 << 16, stdin.lock());
    let mut out = BufWriter::new(io::stdout().lock());
    let mut err = BufWriter::new(io::stderr().lock());
    ExitCode::from(run(&args, &mut input, &mut out, &mut err))
}
