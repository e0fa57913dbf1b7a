"""The records the index is made of: sources, passages and figures.

Offsets (``start``/``end``) are character offsets into a source's *cleaned* text, so that
``source.text[start:end]`` is always the exact string shown to a user.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class SourceMeta:
    """What is known about a document, from front matter, a side file or the document itself."""

    title: str | None = None
    publisher: str | None = None
    date: str | None = None  # as precise as known: "2021-03-21", "2019-04", "2024"
    date_approximate: bool = False
    url: str | None = None
    kind: str | None = None  # news | foi | official statistics | ...
    force: str | None = None  # the force the document is about, when it is about one
    notes: str | None = None

    @property
    def year(self) -> int | None:
        """The year the document was written, when its date gives one."""
        year = re.match(r"\d{4}", self.date or "")
        return int(year.group()) if year else None

    @property
    def month(self) -> int | None:
        """The month the document was written, when its date gives one."""
        month = re.match(r"\d{4}-(\d\d)", self.date or "")
        return int(month.group(1)) if month else None


@dataclass(frozen=True)
class Source:
    id: str
    path: str  # relative to the knowledge folder
    meta: SourceMeta
    text: str  # cleaned text: every quote is a substring of this
    content_hash: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, **asdict(self.meta), "chars": len(self.text)}


@dataclass(frozen=True)
class Passage:
    """A sentence-aware chunk of a source: the unit that is embedded, searched and quoted."""

    source_id: str
    ordinal: int  # position within its source
    start: int
    end: int
    text: str  # == source.text[start:end]
    context_start: int | None = None  # start of the sentence this one leans on, if any

    @property
    def quote_start(self) -> int:
        """Where a quote of this passage starts: with the sentence it leans on, if any."""
        return self.start if self.context_start is None else self.context_start


@dataclass(frozen=True)
class Period:
    """A span of time as a source or a question states it."""

    text: str  # as written: "between 2014 and 2024", "in 2022", "2012-18"
    start_year: int | None = None
    end_year: int | None = None

    @property
    def years(self) -> frozenset[int]:
        """Every year the period touches (none when it names no year: "last year")."""
        if self.start_year is None:
            return frozenset()
        end = self.end_year if self.end_year is not None else self.start_year
        return frozenset(range(self.start_year, end + 1))


def overlap(a: frozenset[int] | set[int], b: frozenset[int] | set[int]) -> float:
    """How far two sets of years coincide: shared years over all years (0 when either is empty)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


@dataclass(frozen=True)
class Figure:
    """One figure a source states, as written, with what it counts and when and where."""

    source_id: str
    text: str  # as written: "1,492", "Nine out of 12", "42%", "three times more"
    start: int  # offsets of ``text`` in the source's cleaned text
    end: int
    value: float | None  # parsed value where there is one (9 for "Nine out of 12")
    unit: str | None  # canonical thing counted: officers, complaints, cases, percent, ...
    counts: str | None  # the words after the figure that say what it counts, verbatim
    kind: str = "count"  # count | share | ratio | total
    of_total: float | None = None  # 12 for "Nine out of 12"
    qualifier: str | None = None  # just, only, nearly, around, fewer than, over, ...
    period: Period | None = None
    force: str | None = None
    sentence_start: int = 0  # the sentence around the figure
    sentence_end: int = 0
    sentence: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        period = self.period
        data["period"] = period.text if period else None
        data["period_start"] = period.start_year if period else None
        data["period_end"] = period.end_year if period else None
        return data
