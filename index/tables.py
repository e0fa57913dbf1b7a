"""Tables, as the captures of FOI responses and statistics give them, read row by row.

Six layouts come out of the documents a maintainer adds:

- *pipe rows*, one row a line: a Markdown table ("| 2021 | 61 | 14 |", rules such as
  "|---|---|" skipped) or tab-separated cells;
- *one cell a line*, which is what a web page's table becomes in a text capture: a line holding
  only "|" opens a row, and each cell follows on a line of its own that ends in "|"
  ("|", "Female |", "31 |");
- *columns aligned by spaces* under a line of years, as text taken from a PDF or a plain-text
  bulletin lays them out: "2017 2018 2019 2020", then "Dismissed 2 1 0 1". Lines of words only
  ("Internal Investigations") head sections inside such a table;
- *columns set apart by runs of spaces*, under a header of words, as a PDF's or a bulletin's
  table comes out: "Year ending March   Allegations   Proven", then "2020   1,214   287";
- *labelled values*, a label and one figure a line, under the line that says what they count
  ("Internal Investigations", then "Conducts 7", "Allegations 10"), or a year and its count
  ("2016 x 14", "2017: 7");
- *one cell a paragraph*, which is what a web page's table with no rules becomes: each cell on
  a line of its own between blank lines, the header's cells first, then each record's
  ("Case Type", "Case Recorded", ..., then "Conduct", "Jul-17", ...). A record is as many cells
  as the header, and is told from running text by its columns: a column keeps its kind (a date,
  a count, words) down the records, and some column repeats its values ("Conduct").

A table is a run of rows, and its first row is its header, unless that row holds figures
already ("Suspended | 4 |", as FOI answers list them under the question they answer): then the
line before the table is what heads it. Each row is one passage, quoted whole, and each figure
in it means what its header cell and its row's first cell say.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

Span = tuple[int, int]

_SEPARATORS = ("|", "\t")
_LABELLED = re.compile(r"[A-Za-z][A-Za-z /&'’()-]{0,60}?\s+(\d[\d,]*%?)")
_GAP = re.compile(r"[ \u00a0]{2,}")
_RULE = re.compile(r"[\s|:+-]*")  # "|---|:--|"
_CELL_LINE = re.compile(r"[^\n|]*\S[^\n|]*\|[^\S\n]*")  # "Female |": one cell, closed by "|"
_YEAR = r"(?:19|20)\d\d(?:[/-]\d{2,4})?"
# "2016 x 14", "1. 2017: 7": a year and its count, as an FOI answer lists them
_YEAR_LABELLED = re.compile(rf"(?:\d{{1,2}}\.\s+)?({_YEAR})\s*(?:x|×|:|=|-|–)\s*(\d[\d,]*%?)")
_YEARS_LINE = re.compile(
    rf"(?P<label>[A-Za-z][^\d\n]*?)?[^\S\n]*(?P<years>{_YEAR}(?:[^\S\n]+{_YEAR})+)"
)
_VALUE = r"(?:\d[\d,]*(?:\.\d+)?%?|-|\*)"
_ALIGNED_ROW = re.compile(
    rf"(?P<label>[^\d\n][^\n]*?)?[^\S\n]*(?P<values>{_VALUE}(?:[^\S\n]+{_VALUE})*)"
)
_SECTION = re.compile(r"[A-Za-z][A-Za-z/&()' -]{0,60}")  # a line of words heading a section
_PARAGRAPH_CELL = re.compile(r"[^|\n]{1,80}(?<![.:;?!,])")  # a short line, no sentence's end
_WIDEST_RECORD = 10  # cells


@dataclass(frozen=True)
class Row:
    """One row of a table: its span in the text, the spans of its cells, and where the header
    of its table starts: its header row (its own start, for the header row itself), or the
    line before a table whose rows all hold figures."""

    start: int
    end: int
    cells: tuple[Span, ...]
    header: int


def table_rows(text: str) -> list[Row]:
    """Every table row in ``text``, in order."""
    return list(_rows(text))


@lru_cache(maxsize=64)
def _rows(text: str) -> tuple[Row, ...]:
    lines = _lines(text)
    rows: list[Row] = []
    i = 0
    while i < len(lines):
        for reader in (_cell_per_line, _aligned, _spaced, _piped, _labelled, _paragraphed):
            found, i_next = reader(text, lines, i)
            if found:
                rows.extend(found)
                i = i_next
                break
        else:
            i += 1
    return tuple(rows)


def row_at(text: str, pos: int) -> Row | None:
    """The row of ``text`` that holds the character at ``pos``, if any."""
    rows = _rows(text)
    at = bisect_right(_starts(text), pos) - 1
    if at >= 0 and rows[at].start <= pos < rows[at].end:
        return rows[at]
    return None


def header_of(text: str, row: Row) -> Row | None:
    """The header row of ``row``'s table; None when a line of text heads it instead."""
    rows = _rows(text)
    at = bisect_right(_starts(text), row.header) - 1
    return rows[at] if at >= 0 and rows[at].start == row.header else None


@lru_cache(maxsize=64)
def _starts(text: str) -> list[int]:
    return [row.start for row in _rows(text)]


def cell_texts(text: str, row: Row) -> list[str]:
    return [text[s:e].strip() for s, e in row.cells]


def _lines(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _stripped(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _cell_per_line(text: str, lines: list[Span], i: int) -> tuple[list[Row], int]:
    """Rows of one cell a line: "|", then "Gender |", "Count |", then "|" again."""
    rows: list[Row] = []
    header: int | None = None
    first = i
    while i < len(lines) and text[slice(*lines[i])].strip() == "|":
        cells: list[Span] = []
        j = i + 1
        while j < len(lines) and _CELL_LINE.fullmatch(text, *lines[j]):
            s, e = _stripped(text, lines[j])
            cells.append(_stripped(text, (s, e - 1)))
            j += 1
        if not cells:
            break
        start = _stripped(text, lines[i])[0]
        if header is None or (
            _holds_figures(text, rows[-1].cells) and not _holds_figures(text, cells)
        ):
            header = start  # "Ethnicity | Count" after "Total | 157": the next table's header
        rows.append(Row(start, _stripped(text, lines[j - 1])[1], tuple(cells), header))
        i = j
    return (_captioned(text, lines, first, rows), i) if len(rows) >= 2 else ([], i)


def _captioned(text: str, lines: list[Span], first: int, rows: list[Row]) -> list[Row]:
    """``rows``, read from ``lines[first]`` on, with a first table that has no header row (its
    first row holds figures) headed by the line of text before it, if there is one."""
    if not _holds_figures(text, rows[0].cells[1:]):
        return rows
    above = [ln for ln in lines[max(0, first - 3) : first] if text[slice(*ln)].strip()]
    if not above:
        return rows
    caption = _stripped(text, above[-1])[0]
    return [replace(r, header=caption) if r.header == rows[0].header else r for r in rows]


def _holds_figures(text: str, cells: Sequence[Span]) -> bool:
    """Whether any of ``cells`` holds a figure (a year heads a column, it is no figure)."""
    return any(
        any(ch.isdigit() for ch in text[s:e]) and not re.fullmatch(_YEAR, text[s:e])
        for s, e in cells
    )


def _aligned(text: str, lines: list[Span], i: int) -> tuple[list[Row], int]:
    """Columns aligned by spaces under a line of years."""
    head = _YEARS_LINE.fullmatch(text, *_stripped(text, lines[i]))
    if head is None:
        return [], i
    at = head.start("years")
    years = [(at + m.start(), at + m.end()) for m in re.finditer(_YEAR, head["years"])]
    start = _stripped(text, lines[i])[0]
    rows = [Row(start, head.end(), tuple(years), start)]
    j = i + 1
    while j < len(lines):
        span = _stripped(text, lines[j])
        row = _ALIGNED_ROW.fullmatch(text, *span)
        if row and len(row["values"].split()) == len(years):
            values = [(row.start("values") + m.start(), row.start("values") + m.end())
                      for m in re.finditer(r"\S+", row["values"])]  # fmt: skip
            label = [_stripped(text, row.span("label"))] if row["label"] else []
            rows.append(Row(span[0], span[1], tuple(label + values), start))
        elif not _SECTION.fullmatch(text, *span) or span[0] == span[1]:
            break
        j += 1
    return (rows, j) if len(rows) >= 2 else ([], i)


def _spaced(text: str, lines: list[Span], i: int) -> tuple[list[Row], int]:
    """Columns set apart by two spaces or more, as many in every row as in the header, and
    figures in every row below it."""
    head = _gapped(text, lines[i])
    if len(head) < 2:
        return [], i
    rows = [Row(head[0][0], head[-1][1], tuple(head), head[0][0])]
    j = i + 1
    while j < len(lines):
        cells = _gapped(text, lines[j])
        if len(cells) != len(head) or not _holds_figures(text, cells):
            break
        rows.append(Row(cells[0][0], cells[-1][1], tuple(cells), rows[0].start))
        j += 1
    if len(rows) < 3:
        return [], i
    return _captioned(text, lines, i, rows), j


def _gapped(text: str, line: Span) -> list[Span]:
    """The cells of a line split at runs of two spaces or more (none for a line without)."""
    start, end = _stripped(text, line)
    if not _GAP.search(text, start, end):
        return []
    cells, at = [], start
    for gap in _GAP.finditer(text, start, end):
        cells.append((at, gap.start()))
        at = gap.end()
    cells.append((at, end))
    return cells


def _labelled(text: str, lines: list[Span], i: int) -> tuple[list[Row], int]:
    """Two lines or more, each a label and one figure, headed by the line before them."""
    rows: list[Row] = []
    j = i
    while j < len(lines):
        span = _stripped(text, lines[j])
        year = _YEAR_LABELLED.fullmatch(text, *span)
        value = year or _LABELLED.fullmatch(text, *span)
        if value is None:
            break
        label = year.span(1) if year else _stripped(text, (span[0], value.start(1)))
        value_span = value.span(value.lastindex or 1)
        rows.append(Row(span[0], span[1], (label, value_span), rows[0].start if rows else span[0]))
        j += 1
    if len(rows) < 2:
        return [], i
    return _captioned(text, lines, i, rows), j


def _piped(text: str, lines: list[Span], i: int) -> tuple[list[Row], int]:
    """Pipe or tab rows, one a line, with as many separators as their header."""
    line = text[slice(*lines[i])]
    sep = next((s for s in _SEPARATORS if s in line), None)
    if sep is None or line.strip() == "|" or _RULE.fullmatch(line):
        return [], i
    rows: list[Row] = []
    j = i
    while j < len(lines):
        row_text = text[slice(*lines[j])]
        if sep not in row_text:
            break
        if not _RULE.fullmatch(row_text):
            if rows and row_text.count(sep) != text[rows[0].start : rows[0].end].count(sep):
                break
            start, end = _stripped(text, lines[j])
            cells = _split(text, start, end, sep)
            if len(cells) < 2:
                break  # "Female |" is a cell of its own line, not a row
            rows.append(Row(start, end, cells, rows[0].start if rows else start))
        j += 1
    return (_captioned(text, lines, i, rows), j) if len(rows) >= 2 else ([], i + 1)


def _paragraphed(text: str, lines: list[Span], i: int) -> tuple[list[Row], int]:
    """Records of one cell a paragraph under a header of as many cells, each of words."""
    cells: list[Span] = []
    j = i
    while j < len(lines) and _PARAGRAPH_CELL.fullmatch(text, *_stripped(text, lines[j])):
        if j + 1 < len(lines) and text[slice(*lines[j + 1])].strip():
            break  # a cell stands between blank lines
        cells.append(_stripped(text, lines[j]))
        j += 2
    shapes = [(shape, skip) for skip in range(3) if (shape := _record_shape(text, cells[skip:]))]
    if not shapes:
        return [], i
    (_, width), skip = max(shapes, key=lambda found: (found[0][0], -found[1]))
    body = cells[skip:]
    rows = [
        Row(part[0][0], part[-1][1], tuple(part), body[0][0])
        for part in (body[at : at + width] for at in range(0, len(body), width))
    ]
    return rows, min(j, len(lines))


def _record_shape(text: str, cells: list[Span]) -> tuple[float, int] | None:
    """How alike the records of ``cells`` are (the share of cells that repeat the one a record
    above) and how many cells a record has, if they make a table (see the module's docstring),
    or None. A caption over the header is a cell too, so ``_paragraphed`` tries a cell or two
    later as well and keeps the start whose records repeat the most."""
    values = [text[s:e] for s, e in cells]
    for width in range(2, _WIDEST_RECORD + 1):
        header, body = values[:width], values[width:]
        if len(body) < 2 * width or _holds_figures(text, cells[:width]) or set(header) & set(body):
            continue
        pairs = list(zip(body[width:], body, strict=False))
        repeats = sum(a == b for a, b in pairs)
        alike = sum(_kind(a) == _kind(b) for a, b in pairs)
        if repeats * width >= len(pairs) and alike >= 0.9 * len(pairs):
            has_figures = any(ch.isdigit() for ch in "".join(body))
            return (repeats / len(pairs), width) if has_figures else None
    return None


def _kind(cell: str) -> str:
    """What a cell holds, as a column keeps it: a count, something dated, or words."""
    if re.fullmatch(_VALUE, cell):
        return "count"
    return "dated" if any(ch.isdigit() for ch in cell) else "words"


def _split(text: str, start: int, end: int, sep: str) -> tuple[Span, ...]:
    """The cells of a pipe row; the empty edges of "| a | b |" are no cells."""
    cells, at = [], start
    for piece in text[start:end].split(sep):
        cells.append(_stripped(text, (at, at + len(piece))))
        at += len(piece) + 1
    if text[start:end].startswith(sep):
        cells = cells[1:]
    if text[start:end].endswith(sep):
        cells = cells[:-1]
    return tuple(cells)
