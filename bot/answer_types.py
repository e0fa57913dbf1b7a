"""The structured answer: what ``bot.answer`` returns and every renderer lays out.

Renderers (terminal, Discord) only arrange these fields; they never add a figure of their own.
The JSON shape is the one ``verbatim ask --json`` prints.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class SourceRef:
    """A citation's metadata: the only place outside a quote where digits may appear."""

    id: str
    title: str | None
    publisher: str | None
    date: str | None
    url: str | None
    date_approximate: bool = False


@dataclass(frozen=True)
class FigureRef:
    text: str  # as written in the source
    value: float | None
    unit: str | None
    period: str | None
    force: str | None
    source_id: str
    quote: str  # the verbatim sentence it stands in


@dataclass(frozen=True)
class Quote:
    text: str  # verbatim: == source text[start:end]
    start: int
    end: int
    score: float
    source: SourceRef
    figures: tuple[FigureRef, ...] = ()

    @property
    def fragment_url(self) -> str | None:
        """The source's address opened at this quote (a URL text fragment), when it has one."""
        from bot.citation import fragment_url

        return fragment_url(self.source.url, self.text)


@dataclass(frozen=True)
class Conflict:
    """Sources that give different figures for what looks like the same measure."""

    measure: str  # what is measured, in the bot's words: never contains a digit
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    reply: str  # exactly what the bot posts; passes the number lock
    quotes: tuple[Quote, ...] = ()
    figures: tuple[FigureRef, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    notice: str | None = None  # why nothing was answered (no source, empty question, ...)
    suggestions: tuple[SourceRef, ...] = field(default=())  # closest sources when unanswered

    def to_json(self) -> dict[str, Any]:
        def quote(q: Quote) -> dict[str, Any]:
            return {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "score": round(q.score, 4),
                "source": asdict(q.source),
                "figures": [asdict(f) for f in q.figures],
            }

        return {
            "question": self.question,
            "answered": self.answered,
            "reply": self.reply,
            "quotes": [quote(q) for q in self.quotes],
            "figures": [asdict(f) for f in self.figures],
            "conflicts": [
                {"measure": c.measure, "quotes": [quote(q) for q in c.quotes]}
                for c in self.conflicts
            ],
            "notice": self.notice,
            "suggestions": [asdict(s) for s in self.suggestions],
        }
