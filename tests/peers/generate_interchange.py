#!/usr/bin/env python3
"""Writes ../data/interchange_python.jsonl: the strings that Python's
datetime writes for instants, wall-clock date-times and dates (isoformat in
its forms, str()), and what each means, for tests/integration/interchange.rs. Run by
hand, never in CI: python3 generate_interchange.py (the standard library
only; zoneinfo needs the system's tz database).

Every line: {"system", "method", "kind", "text", and the meaning: "unix_ns"
(a string) for an instant, "iso" (YYYY-MM-DDTHH:MM:SS.fffffffff) for a
wall-clock date-time, "date" (YYYY-MM-DD) for a date}.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "interchange_python.jsonl")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def unix_ns(t):
    d = t - EPOCH
    return str((d.days * 86400 + d.seconds) * 10**9 + d.microseconds * 1000)


def iso(t):
    return "%04d-%02d-%02dT%02d:%02d:%02d.%09d" % (
        t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond * 1000)


def main():
    rng = random.Random(0x14021106)
    samples = [
        datetime(1970, 1, 1, tzinfo=timezone.utc),
        datetime(2024, 1, 26, 11, 0, tzinfo=timezone.utc),
        datetime(2024, 1, 26, 11, 0, 0, 123456, tzinfo=timezone.utc),
        datetime(1, 1, 1, tzinfo=timezone.utc),
        datetime(1599, 12, 31, 23, 59, 59, tzinfo=timezone.utc),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc),
    ]
    lo = datetime(1600, 1, 1, tzinfo=timezone.utc)
    for _ in range(40):
        samples.append(lo + timedelta(seconds=rng.randrange(600 * 365 * 86400), microseconds=rng.choice([0, 0, rng.randrange(10**6)])))
    zones = [timezone.utc, timezone(timedelta(hours=3, minutes=30)), timezone(timedelta(hours=-5)),
             ZoneInfo("Asia/Tehran"), ZoneInfo("Asia/Kabul"), ZoneInfo("America/New_York")]
    lines = []
    for utc in samples:
        for z in zones:
            try:
                t = utc.astimezone(z)
            except (OverflowError, ValueError):
                continue
            name = getattr(z, "key", None) or str(z)
            for method, text in [
                ("datetime.isoformat", t.isoformat()),
                ("datetime.isoformat(sep=' ')", t.isoformat(sep=" ")),
                ("datetime.isoformat(timespec='minutes')", t.isoformat(timespec="minutes")),
                ("datetime.isoformat(timespec='milliseconds')", t.isoformat(timespec="milliseconds")),
                ("str(datetime)", str(t)),
            ]:
                # What the string means is what Python reads back from it: a
                # `timespec` cuts the fraction or the seconds.
                back = unix_ns(datetime.fromisoformat(text))
                lines.append({"system": "python", "method": f"{method} ({name})", "kind": "instant", "text": text, "unix_ns": back})
            naive = t.replace(tzinfo=None)
            for method, text in [
                ("datetime.isoformat (naive)", naive.isoformat()),
                ("str(datetime) (naive)", str(naive)),
                ("datetime.isoformat(timespec='minutes') (naive)", naive.isoformat(timespec="minutes")),
            ]:
                back = iso(datetime.fromisoformat(text))
                lines.append({"system": "python", "method": f"{method} ({name})", "kind": "civil", "text": text, "iso": back})
            lines.append({"system": "python", "method": f"date.isoformat ({name})", "kind": "date", "text": t.date().isoformat(), "date": t.date().isoformat()})
    seen = set()
    out = [json.dumps({"system": "python", "version": "CPython " + sys.version.split()[0]})]
    for line in lines:
        key = (line["method"], line["text"])
        if key not in seen:
            seen.add(key)
            out.append(json.dumps(line, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out) - 1, "strings")


if __name__ == "__main__":
    main()
