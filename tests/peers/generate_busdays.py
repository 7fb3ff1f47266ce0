#!/usr/bin/env python3
"""Record what numpy's business-day functions give, for three Iranian/Afghan weekends.

Run by hand (never in CI), from the repository root:

    pip install -r tests/peers/requirements.txt && python3 tests/peers/generate_busdays.py

Writes two files:

- tests/data/busday_holidays.txt: the fixed holiday list. These are the dates
  of every holiday that the `holidays` package lists for Iran (IR, Gregorian
  years 2019..=2031), deduplicated and sorted, one ISO date a line after one
  `#` comment line.
- tests/data/busdays_numpy.csv: a `#` comment line with the numpy version,
  then the header `weekend,kind,a,b_or_n,result` and one row per case.
  `weekend` is `fri` (weekmask 1111011, Monday first), `thu-fri` (1110011) or
  `fri-sat` (1111001). `kind` is `count`: `a` and `b_or_n` are ISO dates and
  `result` is `numpy.busday_count(a, b, weekmask, holidays)`; or `offset`:
  `b_or_n` is an integer n and `result` is the ISO date
  `numpy.busday_offset(a, n, roll='forward', weekmask, holidays)`.

Each weekend gets 400 count cases and 400 offset cases, drawn with a fixed
seed (Python's `random.Random(0x5A3E1403)`), with `a` (and `b`) in
2020-01-01..=2030-12-31 and n in -400..=400. The draw makes sure that there are
cases with b < a, with a == b, with a or b on a holiday or a weekend day, with
n == 0, with n == +-400 and with `a` on a day off. An offset may end before
2019-01-01 or after 2031-12-31, where the list has no holidays; there only the
weekend counts.

What numpy does (checked below against a plain Python version of the rule, so
the script stops if a numpy version behaves differently):

- count, a <= b: the business days in [a, b), so a == b gives 0.
- count, a > b: minus the business days in (b, a]. (numpy before 1.25 counted
  [b, a) instead; see numpy issue 23197.)
- offset, roll='forward': if `a` is not a business day, first move forward to
  the next business day, then move n business days (backwards when n < 0).
  So n == 0 gives the first business day on or after `a`, and n == -1 from a
  day off gives the business day before the one it rolled to.

Readers skip lines that start with `#`.
"""

import datetime
import importlib.metadata
import random
from pathlib import Path

import holidays
import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
OUT = DATA / "busdays_numpy.csv"
HOLIDAYS_OUT = DATA / "busday_holidays.txt"
COMMAND = "python3 tests/peers/generate_busdays.py"

SEED = 0x5A3E1403
HOLIDAY_YEARS = range(2019, 2032)
FIRST = datetime.date(2020, 1, 1)
LAST = datetime.date(2030, 12, 31)
CASES = 400
MAX_N = 400

# numpy weekmasks run Monday..Sunday; 1 is a business day.
WEEKENDS = (
    ("fri", "1111011"),
    ("thu-fri", "1110011"),
    ("fri-sat", "1111001"),
)


def holiday_dates():
    hol = holidays.country_holidays("IR", years=HOLIDAY_YEARS, language="en_US")
    return sorted({d for d in hol if d.year in HOLIDAY_YEARS})


def is_busday(day, mask, hol):
    return mask[day.weekday()] == "1" and day not in hol


def ref_count(a, b, mask, hol):
    one = datetime.timedelta(days=1)
    if a <= b:
        n, d = 0, a
        while d < b:
            n += is_busday(d, mask, hol)
            d += one
        return n
    n, d = 0, b + one
    while d <= a:
        n += is_busday(d, mask, hol)
        d += one
    return -n


def ref_offset(a, n, mask, hol):
    one = datetime.timedelta(days=1)
    d = a
    while not is_busday(d, mask, hol):
        d += one
    step = one if n > 0 else -one
    for _ in range(abs(n)):
        d += step
        while not is_busday(d, mask, hol):
            d += step
    return d


def random_day(rng):
    return FIRST + datetime.timedelta(days=rng.randrange((LAST - FIRST).days + 1))


def clamp(day):
    return min(max(day, FIRST), LAST)


def pick_a(rng, i, mask, hol_in_range):
    """The start date: on a holiday, on a weekend day, or anywhere."""
    kind = i % 5
    if kind == 0:
        return rng.choice(hol_in_range)
    if kind == 1:
        while True:
            d = random_day(rng)
            if mask[d.weekday()] == "0":
                return d
    return random_day(rng)


def count_cases(rng, mask, hol_in_range):
    cases = []
    seen = set()
    i = 0
    while len(cases) < CASES:
        a = pick_a(rng, i, mask, hol_in_range)
        kind = i % 8
        if kind == 0:
            b = a
        elif kind == 1:
            b = rng.choice(hol_in_range)
        elif kind in (2, 3, 4):
            # Short spans, both directions: the fine detail at each end.
            b = clamp(a + datetime.timedelta(days=rng.randint(-30, 30)))
        else:
            b = random_day(rng)
        i += 1
        if (a, b) in seen:
            continue
        seen.add((a, b))
        cases.append((a, b))
    # Every situation asked for must be there.
    assert any(a == b for a, b in cases)
    assert sum(b < a for a, b in cases) >= CASES // 4
    return cases


def offset_cases(rng, mask, hol_in_range):
    cases = []
    seen = set()
    i = 0
    while len(cases) < CASES:
        a = pick_a(rng, i, mask, hol_in_range)
        kind = i % 10
        if kind in (0, 3):
            n = 0
        elif kind == 1:
            n = rng.choice((-MAX_N, MAX_N, -1, 1))
        elif kind in (2, 4, 6):
            n = rng.randint(-10, 10)
        else:
            n = rng.randint(-MAX_N, MAX_N)
        i += 1
        if (a, n) in seen:
            continue
        seen.add((a, n))
        cases.append((a, n))
    assert any(n == 0 for _, n in cases)
    assert any(n == MAX_N for _, n in cases) and any(n == -MAX_N for _, n in cases)
    return cases


def main():
    np_version = np.__version__
    hol_version = importlib.metadata.version("holidays")
    hol = holiday_dates()
    hol_set = set(hol)
    hol_np = np.array([d.isoformat() for d in hol], dtype="datetime64[D]")
    hol_in_range = [d for d in hol if FIRST <= d <= LAST]

    HOLIDAYS_OUT.write_text(
        f"# Iran (IR) holidays {HOLIDAY_YEARS[0]}..={HOLIDAY_YEARS[-1]} as listed by holidays "
        f"{hol_version}: dates only, deduplicated, sorted; written by {COMMAND}\n"
        + "".join(f"{d.isoformat()}\n" for d in hol),
        encoding="utf-8",
        newline="\n",
    )

    rng = random.Random(SEED)
    rows = []
    for weekend, mask in WEEKENDS:
        cal = np.busdaycalendar(weekmask=mask, holidays=hol_np)
        for a, b in count_cases(rng, mask, hol_in_range):
            got = int(np.busday_count(np.datetime64(a.isoformat()), np.datetime64(b.isoformat()),
                                      busdaycal=cal))
            assert got == int(np.busday_count(a.isoformat(), b.isoformat(), weekmask=mask,
                                              holidays=hol_np))
            assert got == ref_count(a, b, mask, hol_set), (weekend, a, b, got)
            rows.append((weekend, "count", a.isoformat(), str(b.isoformat()), str(got)))
        for a, n in offset_cases(rng, mask, hol_in_range):
            got = np.busday_offset(np.datetime64(a.isoformat()), n, roll="forward", busdaycal=cal)
            got = datetime.date.fromisoformat(str(got))
            assert got == ref_offset(a, n, mask, hol_set), (weekend, a, n, got)
            rows.append((weekend, "offset", a.isoformat(), str(n), got.isoformat()))

    lines = [f"# generated by {COMMAND} with numpy {np_version} (holidays from "
             f"busday_holidays.txt, holidays {hol_version}; seed {SEED:#x})",
             "weekend,kind,a,b_or_n,result"]
    lines += [",".join(r) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")

    print(f"wrote {len(hol)} dates to tests/data/busday_holidays.txt "
          f"({len(hol_in_range)} in {FIRST}..={LAST})")
    for weekend, mask in WEEKENDS:
        sub = [r for r in rows if r[0] == weekend]
        counts = [r for r in sub if r[1] == "count"]
        offsets = [r for r in sub if r[1] == "offset"]
        back = sum(r[3] < r[2] for r in counts)
        same = sum(r[3] == r[2] for r in counts)
        off_a = sum(not is_busday(datetime.date.fromisoformat(r[2]), mask, hol_set) for r in offsets)
        zero = sum(r[3] == "0" for r in offsets)
        print(f"  {weekend} ({mask}): {len(counts)} count (b < a: {back}, a == b: {same}), "
              f"{len(offsets)} offset (n == 0: {zero}, a on a day off: {off_a})")
    print(f"wrote {len(rows)} rows to tests/data/busdays_numpy.csv (numpy {np_version})")


if __name__ == "__main__":
    main()
