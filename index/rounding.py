"""Rounded figures and the exact figures they round.

A news story leads with "More than 1,100 police officers ... are under investigation" and
states "Of the 1,151 officers under investigation" further down. Asked how many, the exact
figure is the answer; the rounded one says the same thing less precisely.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from index.models import Figure

# The range of exact values, as shares of the rounded one, each qualifier admits: "more than
# 1,100" is 1,151 but not 2,000; "nearly 90" is 86 but not 74; "around 800" is 789.
ROUNDED_RANGES: dict[str, tuple[float, float]] = {
    "more than": (1.0, 1.25),
    "over": (1.0, 1.25),
    "at least": (1.0, 1.25),
    "almost": (0.85, 1.0),
    "nearly": (0.85, 1.0),
    "around": (0.9, 1.1),
    "about": (0.9, 1.1),
    "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1),
    "some": (0.9, 1.1),
}
# An exact figure is written bare or with a word that does not blur it ("just 36").
EXACT_QUALIFIERS = (None, "just", "only")
# Qualifiers that only say a number is about right: "Some 397 misconduct cases" is exact
# nonetheless, being no round number
_ROUGHLY = ("some", "around", "about", "approximately", "roughly")


def _exact_anyway(figure: Figure) -> bool:
    return figure.qualifier in _ROUGHLY and (figure.value or 0) % 10 != 0


# Words that give no number but a range of them: "DOZENS of employees are still working at
# Dorset Police ..." leads a story that goes on "They included 36 in Dorset Police - with 31 of
# them still in a job". The exact sentence follows within a few of the story's sentences.
VAGUE_RANGES: dict[str, tuple[float, float]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
}
VAGUE_REACH = 4  # sentences after a vague figure where its exact value may stand
# A fraction ("Three-Quarters of Police Officers ... Kept their Jobs") is exactly a count out
# of a total ("Nine out of 12 police officers") when the two shares agree this closely.
SAME_SHARE = 0.005


def exact_statements(
    passages: Sequence[int], figures: Mapping[int, list[Figure]]
) -> dict[int, list[tuple[Figure, list[int]]]]:
    """For each passage of one source with a rounded figure, that figure and the other
    passages of the source stating the nearest exact value it rounds; for a fraction, those
    stating the same share as a count out of a total; for a vague one, the first passage
    after it with a count the word spans."""
    exact: dict[str, list[tuple[float, int]]] = defaultdict(list)  # (value, passage) by unit
    counts: list[tuple[int, float]] = []  # (passage, value) of every count, in order
    rounded: list[tuple[int, Figure]] = []
    vague: list[tuple[int, Figure]] = []
    fractions: list[tuple[int, Figure]] = []
    parts: list[tuple[int, float]] = []  # (passage, share) of every count out of a total
    for pid in passages:
        for f in figures.get(pid, ()):
            if f.kind == "share" and f.of_total and f.value is not None:
                parts.append((pid, f.value / f.of_total))
            elif f.kind == "share" and f.value and f.value < 1 and f.unit != "percent":
                fractions.append((pid, f))
            if f.value and f.kind == "count":
                # any number tells more than a word does: "Hundreds of ... allegations" then
                # "At least 750 accusations were made"
                counts.append((pid, f.value))
            if f.value and (f.qualifier in EXACT_QUALIFIERS or _exact_anyway(f)):
                if f.unit:
                    exact[f.unit].append((f.value, pid))
            elif f.unit and f.value and f.qualifier in ROUNDED_RANGES:
                rounded.append((pid, f))
            elif f.value is None and f.text.lower() in VAGUE_RANGES:
                vague.append((pid, f))
    for values in exact.values():
        values.sort()
    # a round number written bare that a rounded figure of the source qualifies ("170 Met
    # officers are under investigation" over "More than 170 serving Met Police officers") is
    # as rounded, and the exact figure ("Currently 173") states it in full
    qualified = {(f.unit, f.value): f.qualifier for _, f in rounded}
    for pid in passages:
        for f in figures.get(pid, ()):
            echoed = qualified.get((f.unit, f.value))
            if echoed and f.qualifier is None and f.kind == "count" and (f.value or 0) % 10 == 0:
                rounded.append((pid, replace(f, qualifier=echoed)))
    found: dict[int, list[tuple[Figure, list[int]]]] = {}
    for pid, figure in rounded:
        value, (low, high) = figure.value or 0.0, ROUNDED_RANGES[figure.qualifier or ""]
        values = exact.get(figure.unit or "", [])
        admitted = [
            (abs(v - value), other)
            for v, other in values[bisect_left(values, (low * value,)) :]
            if v <= high * value and v != value and other != pid
        ]
        if admitted:
            nearest = min(gap for gap, _ in admitted)
            twins = sorted({other for gap, other in admitted if gap == nearest})
            found.setdefault(pid, []).append((figure, twins))
    for pid, figure in fractions:
        same = sorted(
            {o for o, share in parts if o != pid and abs(share - (figure.value or 0)) <= SAME_SHARE}
        )
        if same:
            found.setdefault(pid, []).append((figure, same))
    for pid, figure in vague:
        low, high = VAGUE_RANGES[figure.text.lower()]
        after = [o for o, v in counts if pid < o <= pid + VAGUE_REACH and low <= v <= high]
        if after:
            found.setdefault(pid, []).append((figure, [min(after)]))
    return found
