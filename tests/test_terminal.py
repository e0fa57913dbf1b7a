"""How a reply is laid out in a terminal: quotes indented, however many lines they run to."""

from __future__ import annotations

from bot.answer_types import Answer
from bot.terminal import render


def test_every_line_of_a_quote_is_indented_and_citations_are_not() -> None:
    reply = (
        "“First sentence.\nSecond sentence of the same quote.” [1]\n\n[1] The Observer, “Title”."
    )
    lines = render(Answer("q", True, reply), width=80).split("\n")
    assert lines[0].startswith("    “First")
    assert lines[1].startswith("    Second")
    assert lines[3].startswith("[1] The Observer")


def test_long_lines_wrap_within_the_width() -> None:
    reply = "“" + "word " * 60 + "” [1]"
    assert all(len(line) <= 60 for line in render(Answer("q", True, reply), width=60).split("\n"))
