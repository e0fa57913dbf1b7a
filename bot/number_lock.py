"""The number lock: no figure may leave the bot in its own words.

Every digit or number word in a reply must stand inside a verbatim quote or inside a
citation's metadata (title, date, link); citation markers such as [1] are allowed. The check
removes those parts and looks for anything numeric in what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion dozen dozens "
    "half halves quarter quarters third thirds twice double doubled triple tripled treble "
    "percent per cent majority minority most fewer several"
).split()
_NUMERIC = re.compile(r"\d|\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_MARKER = re.compile(r"\[\d{1,2}\]")
_LINK = re.compile(r"https?://\S+")


class NumberLockError(ValueError):
    """A reply would state something numeric outside a quote or a citation."""


def residue(reply: str, quotes: Iterable[str], metadata: Iterable[str]) -> str:
    """What remains of ``reply`` once quotes, metadata, markers and links are taken out."""
    rest = reply
    # Longest first across both kinds: a quote may also stand inside a title, and removing
    # it first would break the title apart and leave half of it looking like own words.
    for text in sorted({t for t in (*quotes, *metadata) if t}, key=len, reverse=True):
        rest = rest.replace(text, " ")
    rest = _MARKER.sub(" ", rest)
    return _LINK.sub(" ", rest)


def violations(reply: str, quotes: Iterable[str], metadata: Iterable[str]) -> list[str]:
    return [m.group() for m in _NUMERIC.finditer(residue(reply, quotes, metadata))]


def check(reply: str, quotes: Iterable[str], metadata: Iterable[str]) -> None:
    found = violations(reply, list(quotes), list(metadata))
    if found:
        raise NumberLockError(f"reply states {found[:5]} outside any quote or citation")
