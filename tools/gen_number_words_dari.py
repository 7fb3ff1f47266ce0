#!/usr/bin/env python3
"""Writes tests/data/number_words_dari.tsv: Dari (fa_AF) number words as ICU's rule-based
number format spells them (CLDR's spellout rules), with Persian (fa) beside them to compare.

Run by hand (never in CI), from anywhere, with PyICU built against the system ICU in a
scratch virtual environment outside the repository:
    python3 -m venv /tmp/icu-venv && /tmp/icu-venv/bin/pip install PyICU
    /tmp/icu-venv/bin/python tools/gen_number_words_dari.py

The file in the repository was written with ICU 72.1 (CLDR 42) and PyICU 2.17; another ICU
may spell some numbers differently. Tab-separated, UTF-8, a header line, one row a number:
`number`; `fa_AF`, RuleBasedNumberFormat(SPELLOUT, Locale("fa_AF")) with %spellout-cardinal
(the default ruleset, %spellout-numbering, gives the same, which the script checks); `fa`,
the same for Locale("fa"). A column `fa_AF_ordinal` (%spellout-ordinal) is added only if
that ICU's fa_AF spellout has such a ruleset; ICU 72 has none, for fa_AF or fa.
The numbers: 0 to 1,000 each; from 1,001 to 1,000,000 every 997th number (1,997, 2,994, ...)
and the round hundreds to 10,000, thousands to 100,000 and ten-thousands to 1,000,000; the
years 1,300 to 1,500 each; and chosen large numbers up to 999,999,999,999,999.
"""
import os
import sys

import icu

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "number_words_dari.tsv")

numbers = set(range(0, 1001))
numbers.update(range(1000 + 997, 10**6 + 1, 997))
numbers.update(range(1000, 10**4 + 1, 100))
numbers.update(range(10**4, 10**5 + 1, 1000))
numbers.update(range(10**5, 10**6 + 1, 10**4))
numbers.update(range(1300, 1501))
numbers.update([
    10**6 + 1, 2 * 10**6, 1_000_100, 1_001_000, 999_999_999,
    10**9, 10**9 + 1, 1_234_567_890, 2 * 10**9 + 300,
    10**12, 10**12 + 1, 999_999_999_999, 300_000_000_000, 1_000_001_000_000,
    10**14, 10**15 - 1, 123_456_789_012_345, 500_400_300_200_100, 101_010_101_010_101,
    300_000_000_000_000, 999_999_999_999_999,
])
numbers.add(10**15)  # beyond the brief's range, but the scale word is one of the differences


def formatter(locale):
    f = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(locale))
    names = [f.getRuleSetName(i) for i in range(f.getNumberOfRuleSetNames())]
    return f, names


def spell(f, ruleset, n):
    s = f.format(n, ruleset, icu.FieldPosition())
    if "\t" in s or "\n" in s:
        sys.exit(f"{n}: ICU's words contain a tab or a newline: {s!r}")
    return s


fa_af, fa_af_names = formatter("fa_AF")
fa, fa_names = formatter("fa")
print("ICU", icu.ICU_VERSION, "PyICU", icu.VERSION)
print("fa_AF rulesets:", fa_af_names, "default", fa_af.getDefaultRuleSetName())
print("fa rulesets:", fa_names, "default", fa.getDefaultRuleSetName())
ordinal = "%spellout-ordinal" in fa_af_names
if not ordinal:
    print("fa_AF has no %spellout-ordinal: no ordinal column")

header = ["number", "fa_AF", "fa"] + (["fa_AF_ordinal"] if ordinal else [])
with open(OUT, "w", encoding="utf-8", newline="\n") as out:
    out.write("\t".join(header) + "\n")
    for n in sorted(numbers):
        row = [str(n), spell(fa_af, "%spellout-cardinal", n), spell(fa, "%spellout-cardinal", n)]
        if fa_af.format(n) != row[1] or fa.format(n) != row[2]:
            sys.exit(f"{n}: the default ruleset and %spellout-cardinal differ")
        if ordinal:
            row.append(spell(fa_af, "%spellout-ordinal", n))
        out.write("\t".join(row) + "\n")
print(os.path.relpath(OUT, ROOT), len(numbers), "rows,", os.path.getsize(OUT), "bytes")
