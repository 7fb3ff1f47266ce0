#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpus, fuzz/seeds/<target>/, from the
test data: a few inputs of each kind each target reads (dates as people
write them, prose, what other libraries print, patterns with text, raw
integers), so that a fuzzing run starts from real inputs and `cargo test`
(tests/integration/fuzz_replay.rs) runs every target's checks on them.

Run by hand from the project's root: python3 tools/gen_fuzz_seeds.py
The file names are the SHA-1 of the contents, as libFuzzer names its own.
"""
import hashlib
import json
import os
import shutil
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")
OUT = os.path.join(ROOT, "fuzz", "seeds")


def jsonl(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def every(rows, n):
    """n rows spread evenly over the list."""
    if len(rows) <= n:
        return rows
    step = len(rows) / n
    return [rows[int(i * step)] for i in range(n)]


def write(target, blobs):
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    for blob in blobs:
        name = hashlib.sha1(blob).hexdigest()
        with open(os.path.join(folder, name), "wb") as f:
            f.write(blob)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    people = [r["input"] for r in jsonl("parse_examples.jsonl")]
    peers = [r["text"] for r in jsonl("peer_datetimes.jsonl")]
    strptime = jsonl("peer_strptime.jsonl")
    prose = [r["text"] for r in jsonl("extract_examples.jsonl")]

    text = every(people, 24) + every(peers, 12)
    write("lenient", [s.encode() for s in text])
    write("hijri", [s.encode() for s in every(people, 12)])
    write("datetime", [s.encode() for s in every(peers, 24) + every(people, 8)])
    write("extract", [s.encode() for s in prose[:8]])
    # strict: the first byte is the pattern's length in bytes.
    blobs = []
    for r in every(strptime, 24):
        pattern = r["pattern"].encode()
        if len(pattern) < 256:
            blobs.append(bytes([len(pattern)]) + pattern + r["text"].encode())
    write("strict", blobs)
    # format_roundtrip: a day number, a locale, a digit set, then pairs that
    # pick separators and directives.
    blobs = []
    for i, day in enumerate([0, 1, -1, 500_000, -226_895, 2_000_000, 7_000_000, 123_456]):
        blobs.append(struct.pack("<iBB", day, i, i * 7) + bytes(range(i, i + 2 * (i + 2))))
    write("format_roundtrip", blobs)
    # arith: year, month, day, days, months, other year, other month/day, flags.
    blobs = []
    for year, month, day, flags in [
        (1402, 11, 6, 0),
        (1403, 12, 30, 0),
        (1404, 12, 30, 0),
        (-5000, 1, 1, 1),
        (3178, 12, 29, 1 << 5),
        (1502, 12, 30, 2 << 5),
        (1, 1, 1, 3 << 5),
        (0x7FFF_FFFF, 255, 255, 0x1F),
    ]:
        raw = struct.pack("<iBBiiiBB", year, month, day, 400, 13, 1400, month, flags)
        blobs.append(raw)
    write("arith", blobs)
    # hijri also reads integers after its text: a few raw ones.
    write("hijri", [struct.pack("<iBBiiBB", 1445, 7, 14, 100, 19_000, 1, 0)])


if __name__ == "__main__":
    main()
