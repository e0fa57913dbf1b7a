"""Lay out an answer for a terminal: the reply as posted, wrapped to the screen."""

from __future__ import annotations

import shutil
import textwrap

from bot.answer_types import Answer


def render(answer: Answer, width: int | None = None) -> str:
    width = width or min(shutil.get_terminal_size((100, 20)).columns, 100)
    out: list[str] = []
    for line in answer.reply.split("\n"):
        if not line.strip():
            out.append("")
            continue
        indent = "    " if line.startswith("“") else ""
        out.extend(
            textwrap.wrap(
                line,
                width,
                initial_indent=indent,
                subsequent_indent=indent or "    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out)
