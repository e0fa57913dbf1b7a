"""Score answers against a question set (``tests/eval/questions.yaml``).

For an answerable question, a hit is a quote that contains one of the expected strings exactly
as the source writes it. An unanswerable question is handled when the bot declines. Every
reply is checked again, independently of the answerer, for figures outside quotes and for
quotes that are not character-for-character in their source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot import number_lock
from bot.answer_types import Answer
from bot.service import Verbatim


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    answerable: bool
    expect: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass
class EvalResult:
    answerable: int = 0
    unanswerable: int = 0
    hit1: int = 0
    hit3: int = 0
    abstained: int = 0  # unanswerable questions declined
    false_abstentions: int = 0  # answerable questions declined
    violations: int = 0
    misses: list[str] = field(default_factory=list)

    def rate(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def metrics(self) -> dict[str, float]:
        return {
            "hit@1": self.rate(self.hit1, self.answerable),
            "hit@3": self.rate(self.hit3, self.answerable),
            "abstention": self.rate(self.abstained, self.unanswerable),
            "false abstention": self.rate(self.false_abstentions, self.answerable),
            "rule violations": float(self.violations),
        }

    def table(self) -> str:
        counts = {
            "hit@1": f"{self.hit1}/{self.answerable}",
            "hit@3": f"{self.hit3}/{self.answerable}",
            "abstention": f"{self.abstained}/{self.unanswerable}",
            "false abstention": f"{self.false_abstentions}/{self.answerable}",
            "rule violations": str(self.violations),
        }
        rows = [f"{'metric':18} {'value':>7}  count"]
        for name, value in self.metrics().items():
            shown = f"{value:7.3f}" if name != "rule violations" else f"{int(value):7d}"
            rows.append(f"{name:18} {shown}  {counts[name]}")
        return "\n".join(rows)


def load_questions(path: Path) -> list[EvalQuestion]:
    data: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for row in data:
        source = row.get("source") or ()
        out.append(
            EvalQuestion(
                id=str(row["id"]),
                question=str(row["question"]),
                answerable=bool(row["answerable"]),
                expect=tuple(str(e) for e in row.get("expect") or ()),
                sources=tuple([source] if isinstance(source, str) else source),
            )
        )
    return out


def rule_violations(service: Verbatim, answer: Answer) -> list[str]:
    """Figures outside quotes, and quotes that are not exactly in their source."""
    problems: list[str] = []
    metadata = [
        str(v)
        for ref in (*(q.source for q in answer.quotes), *answer.suggestions)
        for v in (ref.title, ref.publisher, ref.date, ref.url, ref.id)
        if v
    ]
    found = number_lock.violations(answer.reply, [q.text for q in answer.quotes], metadata)
    if found:
        problems.append(f"figures outside quotes: {found}")
    for q in answer.quotes:
        source = service.store.source(q.source.id)
        if source is None or source.text[q.start : q.end] != q.text:
            problems.append(f"quote not verbatim in {q.source.id}: {q.text[:60]!r}")
    return problems


def contains_expected(text: str, expected: Sequence[str]) -> bool:
    return any(re.search(rf"(?<![\d,.]){re.escape(e)}(?![\d])", text) for e in expected)


def score(service: Verbatim, questions: Sequence[EvalQuestion]) -> EvalResult:
    result = EvalResult()
    for q in questions:
        answer = service.answer(q.question)
        problems = rule_violations(service, answer)
        if problems:
            result.violations += 1
            result.misses.append(f"{q.id} RULE {problems}")
        if not q.answerable:
            result.unanswerable += 1
            if answer.answered:
                first = answer.quotes[0].text[:90] if answer.quotes else ""
                result.misses.append(f"{q.id} ANSWERED-UNANSWERABLE {q.question!r} -> {first!r}")
            else:
                result.abstained += 1
            continue
        result.answerable += 1
        quotes = [quote.text for quote in answer.quotes]
        if not answer.answered:
            result.false_abstentions += 1
            result.misses.append(f"{q.id} REFUSED {q.question!r} ({answer.notice})")
            continue
        if quotes and contains_expected(quotes[0], q.expect):
            result.hit1 += 1
        else:
            result.misses.append(
                f"{q.id} MISS@1 {q.question!r} want {list(q.expect)} got {quotes[0][:90]!r}"
            )
        if any(contains_expected(t, q.expect) for t in quotes[:3]):
            result.hit3 += 1
    return result
