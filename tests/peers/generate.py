#!/usr/bin/env python3
"""Add what the Python Jalali libraries print to shamsi's peer data.

Run by hand (never in CI), after generate.mjs:

    cd tests/peers && pip install -r requirements.txt && python3 generate.py

Reads tests/peers/sample.json (written by generate.mjs) and the two files
generate.mjs wrote, tests/data/peer_dates.jsonl and peer_datetimes.jsonl.
Dates on which jdatetime or persiantools disagree with the JavaScript
libraries' agreed Jalali date are dropped from both files, earlier lines of
these two libraries are replaced (so a rerun is idempotent), and the new lines
are appended. Date-times are naive wall-clock datetimes: no zone anywhere.
"""

import os

# jdatetime falls back to the process locale when no locale is given; make the
# default locale deterministic (not fa_IR) whatever the caller's environment is.
os.environ["LC_ALL"] = "C.UTF-8"

import datetime  # noqa: E402
import importlib.metadata  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import jdatetime  # noqa: E402
from persiantools.jdatetime import JalaliDate, JalaliDateTime  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
SAMPLE = HERE / "sample.json"
FILES = {"date": DATA / "peer_dates.jsonl", "datetime": DATA / "peer_datetimes.jsonl"}
PY_LIBRARIES = ("jdatetime", "persiantools")


def version(dist):
    return importlib.metadata.version(dist)


def ymd(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"


def jdatetime_records(g, dt):
    """g: datetime.date, dt: naive datetime.datetime on that date."""
    lib, ver = "jdatetime", version("jdatetime")
    date_formats = ["%Y/%m/%d", "%d %B %Y", "%A %d %B %Y", "%a %d %b %Y", "%x", "%c"]
    dt_formats = ["%c", "%x %X", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %I:%M %p"]
    conv = None
    out = []
    # None = jdatetime's default (English) locale; 'fa_IR' its Persian one.
    for loc, label in ((None, "en"), ("fa_IR", "fa_IR")):
        jd = jdatetime.date.fromgregorian(date=g, locale=loc)
        jdt = jdatetime.datetime.fromgregorian(datetime=dt, locale=loc)
        conv = ymd(jd.year, jd.month, jd.day)
        for f in date_formats:
            out.append(("date", lib, ver, label, f, lambda f=f, jd=jd: jd.strftime(f)))
        out.append(("date", lib, ver, label, "str()", lambda jd=jd: str(jd)))
        for f in dt_formats:
            out.append(("datetime", lib, ver, label, f, lambda f=f, jdt=jdt: jdt.strftime(f)))
        out.append(("datetime", lib, ver, label, "str()", lambda jdt=jdt: str(jdt)))
    return conv, out


def persiantools_records(g, dt):
    lib, ver = "persiantools", version("persiantools")
    date_formats = ["%Y/%m/%d", "%d %B %Y", "%A %d %B %Y", "%a %d %b %Y", "%c", "%x"]
    dt_formats = ["%c", "%x %X", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %I:%M %p"]
    conv = None
    out = []
    for loc in ("en", "fa"):
        jd = JalaliDate(g, locale=loc)
        jdt = JalaliDateTime(dt, locale=loc)
        conv = ymd(jd.year, jd.month, jd.day)
        for f in date_formats:
            out.append(("date", lib, ver, loc, f, lambda f=f, jd=jd: jd.strftime(f)))
        out.append(("date", lib, ver, loc, "str()", lambda jd=jd: str(jd)))
        for f in dt_formats:
            out.append(("datetime", lib, ver, loc, f, lambda f=f, jdt=jdt: jdt.strftime(f)))
        out.append(("datetime", lib, ver, loc, "str()", lambda jdt=jdt: str(jdt)))
    return conv, out


def main():
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    lines = {}
    for kind, path in FILES.items():
        if not path.exists():
            sys.exit(f"{path} is missing: run `node generate.mjs` first")
        rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        lines[kind] = [r for r in rows if r["library"] not in PY_LIBRARIES]

    # The JavaScript libraries' agreed Jalali date for each date they kept.
    agreed = {}
    for r in lines["date"]:
        agreed[r["gregorian"]] = r["jalali"]

    new = {"date": [], "datetime": []}
    dropped, skipped = [], {}
    for s in sample:
        gs = s["gregorian"]
        if gs not in agreed:
            continue  # already dropped by generate.mjs
        g = datetime.date.fromisoformat(gs)
        hh, mi, ss = map(int, s["time"].split(":"))
        dt = datetime.datetime(g.year, g.month, g.day, hh, mi, ss)
        recs, convs = [], {}
        for name, fn in (("jdatetime", jdatetime_records), ("persiantools", persiantools_records)):
            try:
                convs[name], r = fn(g, dt)
                recs += r
            except Exception as e:  # a library that cannot take this date at all
                skipped.setdefault((name, "*", "*"), repr(e))
        if any(v != agreed[gs] for v in convs.values()):
            dropped.append(f"{gs}: js={agreed[gs]}, " + ", ".join(f"{k}={v}" for k, v in convs.items()))
            continue
        for kind, lib, ver, loc, fmt, call in recs:
            try:
                text = call()
            except Exception as e:
                skipped.setdefault((lib, loc, fmt), repr(e))
                continue
            t = f"T{s['time']}" if kind == "datetime" else ""
            new[kind].append({
                "library": lib, "version": ver, "locale": loc, "format": fmt, "text": text,
                "jalali": agreed[gs] + t, "gregorian": gs + t,
            })

    # A format that raised on some date is dropped whole, as generate.mjs does.
    bad = {(lib, loc, fmt) for (lib, loc, fmt) in skipped}
    drop_dates = {d.split(":")[0] for d in dropped}
    for kind, path in FILES.items():
        keep = [r for r in lines[kind] if r["gregorian"][:10] not in drop_dates]
        keep += [r for r in new[kind] if (r["library"], r["locale"], r["format"]) not in bad]
        # JS lines first, as generate.mjs wrote them; then by library, locale, format, date
        first = {}
        for r in keep:
            first.setdefault(("l", r["library"], r["locale"]), len(first))
            first.setdefault(("f", r["library"], r["format"]), len(first))
        py = sorted((r for r in keep if r["library"] in PY_LIBRARIES),
                    key=lambda r: (PY_LIBRARIES.index(r["library"]), first[("l", r["library"], r["locale"])],
                                   first[("f", r["library"], r["format"])], r["gregorian"]))
        js = [r for r in keep if r["library"] not in PY_LIBRARIES]
        with path.open("w", encoding="utf-8", newline="\n") as f:
            for r in js + py:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print(f"wrote {len(js) + len(py)} lines to {path.name} ({len(py)} from Python libraries)")

    for d in dropped:
        print(f"  dropped {d}")
    for (lib, loc, fmt), why in sorted(skipped.items()):
        print(f"  skipped {lib} [{loc}] {fmt}: {why}")


if __name__ == "__main__":
    main()
