"""Bar charts of figures, each bar labelled with the figure exactly as its source wrote it.

No axis values and no trend lines: a reader takes every number from a label that is a quote,
never from a scale the chart made up. Bar heights only order the figures visually.
"""

from __future__ import annotations

import io
import logging
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure

log = logging.getLogger(__name__)

MAX_BARS = 20
CAPTION = "Each label is the figure as its source wrote it. Sources may count differently."


@dataclass(frozen=True)
class Bar:
    group: str  # what the bar is placed under: a period or a source, as written
    value: float  # the parsed value: sets the bar's height, never shown
    text: str  # the figure as written in the source: the bar's label
    source: str  # the source's name, shown with the bar


def _plain(text: str) -> str:
    # Matplotlib reads "$...$" as maths; an escaped dollar prints as itself.
    return text.replace("$", r"\$")


def _wrap(text: str, width: int = 18) -> str:
    return "\n".join(textwrap.wrap(text, width=width, max_lines=3, placeholder="…")) or text


def render_chart(bars: Sequence[Bar], title: str) -> bytes:
    """A PNG of the bars, in the order given (at most ``MAX_BARS``)."""
    if not bars:
        raise ValueError("a chart needs at least one figure")
    shown = list(bars[:MAX_BARS])
    figure = MplFigure(figsize=(max(6.0, 1.1 * len(shown) + 2), 5.0), dpi=110)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    positions = list(range(len(shown)))
    container = ax.bar(positions, [max(b.value, 0.0) for b in shown], color="#5865F2")
    ax.bar_label(container, labels=[_plain(b.text) for b in shown], padding=3, fontsize=10)
    ax.set_xticks(positions)
    ax.set_xticklabels([_plain(f"{_wrap(b.group)}\n{_wrap(b.source)}") for b in shown], fontsize=8)
    ax.set_yticks([])  # no scale: every value a reader sees is a quoted label
    ax.tick_params(axis="y", left=False, labelleft=False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.margins(y=0.15)
    ax.set_title(_plain(_wrap(title, 60)), fontsize=12)
    figure.text(0.01, 0.01, CAPTION, fontsize=7, color="#555555")
    figure.tight_layout(rect=(0, 0.04, 1, 1))
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
