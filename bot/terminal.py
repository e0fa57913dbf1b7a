"""Lay out an answer for a terminal: the reply as posted, wrapped to the screen."""

from __future__ import annotations

import re
import shutil
import textwrap

from bot.answer_types import Answer

_QUOTE_END = re.compile(r"” \[\d+\]$")


def render(answer: Answer, width: int | None = None) -> str:
    width = width or min(shutil.get_terminal_size((100, 20)).columns, 100)
    out: list[str] = []
    quoting = False  # a quote may run over several lines of its source: all are indented
    for line in answer.reply.split("\n"):
        quoting = quoting or line.startswith("“")
        if not line.strip():
            out.append("")
            continue
        indent = "    " if quoting else ""
        if _QUOTE_END.search(line):
            quoting = False
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
