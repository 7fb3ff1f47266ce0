#!/usr/bin/env python3
"""Record what jdatetime's and persiantools' strptime read, for shamsi's
strict pattern reader to match (tests/integration/peer_strptime.rs).

Run by hand (never in CI), after generate.mjs (it reads sample.json):

    cd tests/peers && pip install -r requirements.txt && python3 generate_strptime.py

For every sample date, pattern and locale, the library formats the date, and
the text and some variants of it (other letter cases, numbers without their
padding, a month or day out of range, a wrong name, text left over) go through
the same library's strptime with the same pattern. Each line of
tests/data/peer_strptime.jsonl holds `library`, `version`, `pattern`, `pivot`
(the pivot year, in shamsi's sense, of the library's fixed two-digit-year
window), `variant`, `text` and `jalali`: the date read (`YYYY-MM-DD`), or null
where the library refused the text.

jdatetime reads `%j` but ignores it (`1402/037` is 1 Farvardin), so `%j` is
recorded for persiantools only.
"""

import os

os.environ["LC_ALL"] = "C.UTF-8"

import datetime  # noqa: E402
import importlib.metadata  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

import jdatetime  # noqa: E402
from persiantools.jdatetime import JalaliDate  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "peer_strptime.jsonl"

COMMON = [
    "%Y/%m/%d",
    "%Y-%m-%d",
    "%Y%m%d",
    "%d-%m-%Y",
    "%d %B %Y",
    "%A %d %B %Y",
    "%a %d %b %Y",
    "%Y-%b-%d",
    "%b %d, %Y",
    "%B %d %Y",
    "%y/%m/%d",
    "%m/%d/%y",
    "تاریخ %Y/%m/%d",
]
PERSIANTOOLS_ONLY = ["%Y/%j", "%j-%Y"]

# The two-digit-year windows as pivots (pivot - 50 ..= pivot + 49):
# jdatetime reads 00..=68 as 14yy, else 13yy (1369..=1468); persiantools
# reads 71..=99 as 13yy, else 14yy (1371..=1470).
PIVOTS = {"jdatetime": 1419, "persiantools": 1421}

LATIN = "0123456789"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


def to_latin(s):
    return s.translate(str.maketrans(PERSIAN, LATIN))


def unpadded(s):
    # A zero before one digit, where no digit stands before it.
    return re.sub(r"(?<![0-9۰-۹])[0۰](?=[0-9۰-۹](?![0-9۰-۹]))", "", s)


def variants(text, first):
    out = [("as printed", text), ("lower case", text.lower()), ("upper case", text.upper())]
    u = unpadded(text)
    if u != text:
        out.append(("unpadded", u))
    if first:
        out.append(("text after", text + " x"))
        out.append(("text before", "x " + text))
    return out


def written(pattern, month="11", day="06", long="Bahman", short="Bah"):
    """The pattern with fixed fields, or None where it has a weekday."""
    if "%A" in pattern or "%a" in pattern:
        return None
    for d, v in (("%Y", "1402"), ("%y", "02"), ("%m", month), ("%d", day), ("%j", "312"),
                 ("%B", long), ("%b", short)):
        pattern = pattern.replace(d, v)
    return pattern


def invalid_fields(pattern):
    """Texts with a field out of range or a name no calendar has."""
    out = []
    if "%m" in pattern:
        out += [("month 13", written(pattern, month="13")), ("month 0", written(pattern, month="00"))]
    if "%d" in pattern:
        out += [("day 32", written(pattern, day="32")), ("day 0", written(pattern, day="00")),
                ("day 31 of Bahman", written(pattern, day="31"))]
    if "%B" in pattern or "%b" in pattern:
        out.append(("unknown month", written(pattern, long="Brumaire", short="Bru")))
    if "%j" in pattern:
        out.append(("day 367 of the year", written(pattern).replace("312", "367")))
    return [(name, text) for name, text in out if text is not None]


def read(lib, text, pattern, locale):
    try:
        if lib == "jdatetime":
            d = jdatetime.datetime.strptime(text, pattern)
        else:
            d = JalaliDate.strptime(text, pattern, locale=locale)
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def main():
    sample = json.loads((HERE / "sample.json").read_text())
    lines = []
    seen = set()
    for lib in ("jdatetime", "persiantools"):
        version = importlib.metadata.version(lib)
        patterns = COMMON + (PERSIANTOOLS_ONLY if lib == "persiantools" else [])
        for locale in ("en", "fa"):
            for pattern in patterns:
                for i, row in enumerate(sample):
                    g = datetime.date.fromisoformat(row["gregorian"])
                    if lib == "jdatetime":
                        loc = "fa_IR" if locale == "fa" else None
                        text = jdatetime.date.fromgregorian(date=g, locale=loc).strftime(pattern)
                    else:
                        text = JalaliDate(g).strftime(pattern, locale=locale)
                    cases = variants(text, i < 3) + invalid_fields(pattern)
                    for variant, t in cases:
                        key = (lib, pattern, t)
                        if key in seen:
                            continue
                        seen.add(key)
                        lines.append(
                            {
                                "library": lib,
                                "version": version,
                                "pattern": pattern,
                                "pivot": PIVOTS[lib],
                                "variant": variant,
                                "text": t,
                                "jalali": read(lib, t, pattern, locale),
                            }
                        )
    with OUT.open("w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(lines)} lines to {OUT.name}")


if __name__ == "__main__":
    main()
