"""Split a source's cleaned text into sentences and passages, with character offsets.

A line break ends a sentence (captures put headings, list items and tweet attributions on
lines of their own), except a hard wrap: a line that stops mid-clause, before a line that starts
in lower case. Within a line, a sentence ends at ``.``, ``!`` or ``?`` (and any closing
quote or bracket) followed by white space and a capital, digit or opening quote, unless the
full stop belongs to an abbreviation ("Sgt.", "Dr.", "e.g.") or an initial.

A passage is one sentence: the unit that is embedded, searched and quoted. A sentence longer
than ``MAX_PASSAGE_CHARS`` is cut at clause boundaries so that every passage fits a quote.
A sentence that leans on the one before it ("Of those, there were 1,571 cases in 2022") carries
that sentence as its context: it is embedded, searched and quoted together with it.
"""

from __future__ import annotations

import re

from index.models import Passage

MAX_PASSAGE_CHARS = 600
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sgt", "insp", "supt", "det", "pc", "dc", "ds", "st",
    "no", "nos", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gov", "co", "inc", "ltd", "cf", "approx", "fig",
}  # fmt: skip
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_LINE = re.compile(r"(?:[^\n]|(?<=[a-z,;(])\n(?=[a-z(]))+")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_LEANS_BACK = re.compile(
    r"^(Of (those|these|them|all those)|In the same (month|year|period)|Among (them|those|these)"
    r"|Of which|According to (the|this|that) (document|report|figures|data))\b"
)
_CLAUSE = re.compile(r"[;:]\s|,\s")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for end_mark in _END.finditer(line.group()):
            cut = line.start() + end_mark.end()
            if _is_abbreviation(text, line.start() + end_mark.start()):
                continue
            _append(spans, text, start, cut)
            start = cut
        _append(spans, text, start, line.end())
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE.search(text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))


def split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_PASSAGE_CHARS at clause boundaries (never mid-word)."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_PASSAGE_CHARS:
        window = text[start : start + MAX_PASSAGE_CHARS]
        cuts = [m.end() for m in _CLAUSE.finditer(window)]
        cut = cuts[-1] if cuts else window.rfind(" ") + 1 or MAX_PASSAGE_CHARS
        _append(pieces, text, start, start + cut)
        start += cut
    _append(pieces, text, start, end)
    return pieces


def passages(source_id: str, text: str) -> list[Passage]:
    spans = [piece for s, e in sentence_spans(text) for piece in split_long(text, s, e)]
    out: list[Passage] = []
    for i, (s, e) in enumerate(spans):
        context = None
        if i and _LEANS_BACK.match(text[s:e]) and _is_sentence(text, *spans[i - 1]):
            context = spans[i - 1][0]
        out.append(Passage(source_id, i, s, e, text[s:e], context))
    return out


def _is_sentence(text: str, start: int, end: int) -> bool:
    """A full sentence to lean on: not a heading, a tweet attribution or a fragment."""
    sentence = text[start:end]
    return sentence[-1] in '.!?"”’' and not sentence.startswith(("—", "-"))
