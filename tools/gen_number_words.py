#!/usr/bin/env python3
"""Writes tests/data/number_words.csv: Persian number words as two Python libraries write
them, for tests/integration/number_words.rs.

Run by hand (never in CI), from the repository root, with the libraries installed in a
scratch virtual environment:
    python3 -m venv /tmp/nw && /tmp/nw/bin/pip install num2words persiantools
    /tmp/nw/bin/python tools/gen_number_words.py

Columns: n; `everyday`, num2words' `fa` cardinal (صد, هزار); `formal`, persiantools'
`digits.to_word`, the style of cheques (یکصد, یک هزار); `ordinal`, num2words' `fa` ordinal.
The numbers: 0 to 2,100, every power of ten and its neighbours up to 10^15 - 1, negatives,
and 3,000 pseudo-random numbers of every size below 10^15 (a fixed seed).
"""
import csv
import os
import random

from num2words import num2words
from persiantools import digits

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
numbers = set(range(0, 2101))
for k in range(1, 16):
    p = 10**k
    numbers.update(x for x in (p - 1, p, p + 1, 2 * p, 3 * p + 3) if x < 10**15)
numbers.update(-x for x in (1, 5, 30, 1402, 10**6))
rng = random.Random(1402)
for _ in range(3000):
    numbers.add(rng.randrange(10 ** rng.randint(1, 15)))
out = os.path.join(ROOT, "tests", "data", "number_words.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["n", "everyday", "formal", "ordinal"])
    for n in sorted(numbers):
        w.writerow([n, num2words(n, lang="fa"), digits.to_word(n), num2words(n, lang="fa", to="ordinal")])
print(out, len(numbers))
