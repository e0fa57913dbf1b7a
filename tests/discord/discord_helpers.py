"""Shared builders for the Discord tests: answers, a small fake service, rendered-text checks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.answer_types import Answer, Conflict, FigureRef, Quote, SourceRef
from index.models import Figure, Period, Source, SourceMeta

HOME_OFFICE = SourceRef(
    id="home-office-2024",
    title="Police misconduct statistics",
    publisher="Home Office",
    date="2024-03-01",
    url="https://example.org/stats",
)
NEWS = SourceRef(
    id="news-2022",
    title="Officers accused of sexual misconduct",
    publisher="Example News",
    date="2022-10",
    url="https://news.example.org/story",
    date_approximate=True,
)

SENTENCE_A = "In 2023, 1,492 officers were accused of sexual misconduct."
SENTENCE_B = "Just 42% of complaints were upheld between 2014 and 2024."
SENTENCE_C = "Figures obtained by the paper show 1,500 officers faced allegations in 2023."


def figure_ref(text: str, sentence: str, source: SourceRef, unit: str = "officers") -> FigureRef:
    return FigureRef(
        text=text,
        value=None,
        unit=unit,
        period=None,
        force=None,
        source_id=source.id,
        quote=sentence,
    )


def quote(text: str, source: SourceRef, *figures: str, start: int = 0) -> Quote:
    return Quote(
        text=text,
        start=start,
        end=start + len(text),
        score=0.9,
        source=source,
        figures=tuple(figure_ref(f, text, source) for f in figures),
    )


def make_answer(question: str = "How many officers were accused in 2023?", **kw: Any) -> Answer:
    quotes = kw.pop("quotes", None) or (
        quote(SENTENCE_A, HOME_OFFICE, "1,492"),
        quote(SENTENCE_B, HOME_OFFICE, "42%", start=100),
    )
    return Answer(
        question=question,
        answered=kw.pop("answered", True),
        reply=kw.pop("reply", "\n".join(f"> {q.text}" for q in quotes)),
        quotes=tuple(quotes),
        figures=tuple(f for q in quotes for f in q.figures),
        **kw,
    )


def conflicting_answer() -> Answer:
    a = quote(SENTENCE_A, HOME_OFFICE, "1,492")
    c = quote(SENTENCE_C, NEWS, "1,500")
    return make_answer(
        quotes=(a, c),
        conflicts=(Conflict(measure="officers accused of sexual misconduct", quotes=(a, c)),),
    )


def unanswered(question: str = "What colour is the sky?") -> Answer:
    return Answer(
        question=question,
        answered=False,
        reply="No source answers that.",
        notice="No source in the library answers that question.",
        suggestions=(HOME_OFFICE, NEWS),
    )


# -- a service with the same surface as bot.service.Verbatim --------------------------------


def _source(ref: SourceRef, text: str) -> Source:
    return Source(
        id=ref.id,
        path=f"{ref.id}.md",
        meta=SourceMeta(
            title=ref.title,
            publisher=ref.publisher,
            date=ref.date,
            url=ref.url,
            date_approximate=ref.date_approximate,
        ),
        text=text,
        content_hash="x",
    )


def _figure(source: Source, text: str, unit: str, year: int | None, force: str | None) -> Figure:
    start = source.text.index(text)
    s_start = source.text.rfind(". ", 0, start)
    s_start = 0 if s_start == -1 else s_start + 2
    s_end = source.text.find(".", start + len(text))
    s_end = len(source.text) if s_end == -1 else s_end + 1
    while (
        s_end < len(source.text)
        and source.text[s_end - 2].isdigit()
        and (source.text[s_end].isdigit())
    ):
        s_end = source.text.find(".", s_end) + 1
    return Figure(
        source_id=source.id,
        text=text,
        start=start,
        end=start + len(text),
        value=None,
        unit=unit,
        counts=None,
        period=Period(text=f"in {year}", start_year=year, end_year=year) if year else None,
        force=force,
        sentence_start=s_start,
        sentence_end=s_end,
        sentence=source.text[s_start:s_end],
    )


@dataclass
class FakeReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=lambda: ["home-office-2024"])
    removed: list[str] = field(default_factory=list)
    unchanged: int = 1
    passages: int = 12
    figures: int = 5
    seconds: float = 0.5


class FakeStore:
    def __init__(self) -> None:
        home = _source(HOME_OFFICE, f"Intro text. {SENTENCE_A} {SENTENCE_B} Met Police said more.")
        news = _source(NEWS, f"Headline here. {SENTENCE_C}")
        self._sources = {home.id: home, news.id: news}
        self._figures = [
            _figure(home, "1,492", "officers", 2023, None),
            _figure(home, "42%", "percent", None, None),
            _figure(news, "1,500", "officers", 2023, "Metropolitan Police"),
        ]

    def sources(self) -> list[Source]:
        return list(self._sources.values())

    def source(self, source_id: str) -> Source | None:
        return self._sources.get(source_id)

    def figures(
        self,
        *,
        source_id: str | None = None,
        search: str | None = None,
        unit: str | None = None,
        year: int | None = None,
        force: str | None = None,
        limit: int | None = None,
    ) -> list[Figure]:
        out = []
        for f in self._figures:
            if source_id and f.source_id != source_id:
                continue
            if unit and f.unit != unit:
                continue
            if force and f.force != force:
                continue
            if year is not None and (f.period is None or f.period.start_year != year):
                continue
            if search and search.lower() not in f.sentence.lower():
                continue
            out.append(f)
        return out[:limit] if limit else out

    def facets(self) -> dict[str, list[str]]:
        return {
            "unit": sorted({f.unit for f in self._figures if f.unit}),
            "period": sorted({f.period.text for f in self._figures if f.period}),
            "force": sorted({f.force for f in self._figures if f.force}),
            "source": sorted(self._sources),
        }

    def find_text(self, text: str) -> list[tuple[Source, int, int]]:
        found = []
        for s in self._sources.values():
            at = s.text.find(text)
            while at != -1:
                found.append((s, at, at + len(text)))
                at = s.text.find(text, at + 1)
        return found

    def sentence_around(self, source_id: str, start: int, end: int) -> tuple[int, int, str]:
        for f in self._figures:
            if f.source_id == source_id and f.sentence_start <= start and end <= f.sentence_end:
                return f.sentence_start, f.sentence_end, f.sentence
        text = self._sources[source_id].text
        return start, end, text[start:end]


class FakeService:
    """Records questions and returns canned answers; same methods as ``bot.service.Verbatim``."""

    def __init__(self, answer: Answer | None = None) -> None:
        self.store = FakeStore()
        self.next_answer = answer
        self.questions: list[tuple[str, tuple[str, ...]]] = []
        self.report: FakeReport | Exception = FakeReport()

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        self.questions.append((question, tuple(history)))
        return self.next_answer or make_answer(question)

    def reindex(self) -> FakeReport:
        if isinstance(self.report, Exception):
            raise self.report
        return self.report

    def source_ref(self, source: Source) -> SourceRef:
        m = source.meta
        return SourceRef(
            id=source.id,
            title=m.title,
            publisher=m.publisher,
            date=m.date,
            url=m.url,
            date_approximate=m.date_approximate,
        )


# -- what a reader sees -----------------------------------------------------------------------

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def as_seen(markdown: str) -> str:
    """Roughly what Discord shows for a piece of our markdown: escapes, bold, quote bars gone."""
    text = re.sub(r"^> ?", "", markdown, flags=re.MULTILINE)
    text = text.replace("**", "")
    text = _ESCAPE.sub(r"\1", text)
    return text.replace("\u200d", "").replace("\u200b", "")


def no_own_digits(markdown: str, allowed: Sequence[str]) -> bool:
    """True when every digit in ``markdown`` lies inside one of the ``allowed`` strings."""
    seen = as_seen(markdown)
    for piece in sorted(allowed, key=len, reverse=True):
        if piece:
            seen = seen.replace(piece, "")
    seen = re.sub(r"\[\d+\]", "", seen)  # citation markers
    seen = re.sub(r"\(https?://[^)]*\)", "", seen)  # link targets
    return not re.search(r"\d", seen)


def pings_nobody(allowed: Any) -> bool:
    """True for an ``AllowedMentions`` (or its payload dict) that lets no mention ping."""
    data = allowed.to_dict() if hasattr(allowed, "to_dict") else allowed
    return (
        data.get("parse") == []
        and not data.get("users")
        and not data.get("roles")
        and (not data.get("replied_user"))
    )


# -- strict mocks of discord.py objects (tier 1) ----------------------------------------------


class AsyncContext:
    """An async context manager that records being entered (``channel.typing()``)."""

    def __init__(self) -> None:
        self.entered = 0

    async def __aenter__(self) -> AsyncContext:
        self.entered += 1
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


def http_error(status: int = 500, cls: type[Exception] | None = None) -> Exception:
    from unittest.mock import MagicMock

    import discord

    response = MagicMock(status=status, reason="error")
    return (cls or discord.HTTPException)(response, "failed")
