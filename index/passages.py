"""Split a source's cleaned text into sentences and passages, with character offsets.

A line break ends a sentence (captures put headings, list items and tweet attributions on
lines of their own), except a hard wrap: a line that stops mid-clause, before a line that starts
in lower case, or any line of a hard-wrapped paragraph (three or more lines filled to much the
same width, as text copied from a PDF or an email is), whatever the next line starts with,
or an indented line that carries on a list item, or a line that holds a number alone (the
value of the label on the line before it). Within a line, a sentence ends at ``.``,
``!`` or ``?`` (and any closing quote or bracket) followed by white space and a capital, digit
or opening quote, unless the full stop belongs to an abbreviation ("Sgt.", "Dr.", "e.g."), an
initial, or a number that opens a line ("1. Main points").

A passage is one sentence: the unit that is embedded, searched and quoted. A sentence longer
than ``MAX_PASSAGE_CHARS`` is cut at clause boundaries so that every passage fits a quote.
A sentence that leans on the one before it ("Of those, there were 1,571 cases in 2022"; "188
cases reported during this period were reviewed"; what follows "John Campion said:"), or only
says who spoke the quotation before it ("Rachel Krys ... told The Independent."), carries
that sentence as its context: it is embedded, searched and quoted together with it. So does a
count that names nothing it counts ("There were 210 in 2022, rising to 274 in 2023").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

from index.lexicon import NUMBER_WORDS, find_forces
from index.models import Passage
from index.tables import table_rows

MAX_PASSAGE_CHARS = 600
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sgt", "insp", "supt", "det", "pc", "dc", "ds", "st",
    "no", "nos", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gov", "co", "inc", "ltd", "cf", "approx", "fig",
}  # fmt: skip
# (and, in a page captured with its spaces lost, "the force's failings.Among those convicted",
# though not in a web address, "The Eye Of Media.Com")
_END = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
    r"|(?<=[a-z0-9]{2})[.!?](?=[A-Z][a-z]{2})(?!Com\b|Org\b|Net\b|Gov\b)"
)
# A line break inside a sentence (after a word, a number or a comma, perhaps a space, and
# before a word in lower case: "it was monitoring 13 " then "serious organised crime groups")
_LINE = re.compile(r"(?:[^\n]|(?:(?<=[a-z0-9,;(])|(?<=[a-z0-9,;(] ))\n(?=[a-z(]))+")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_LEANS_BACK = re.compile(
    r"^(Of (those|these|them|all those|the total|the \d[\d,]*)|In the same (month|year|period)"
    r"|Among (them|those|these)|Of which|(This|That) is because|Because"
    r"|According to (the|this|that) (document|report|figures|data)"
    r"|(The|That is the|This is the) equivalent of"
    r"|(This|That) (represents|equates|is equivalent|amounts)"
    # "This is up 48 per cent from 97 a year ago."
    r"|(This|That|It) (is|was) (up|down) "
    # "This is an increase of nearly 400% compared to just two years ago."
    r"|(This|That|It) (is|was|marks|represents) (an?|the) (\w+ )?(increase|rise|fall|drop|decrease"
    r"|jump|reduction)"
    # "The officer was suspended for 299 days": the one the sentence before speaks of
    r"|(The|This|That) (officer|constable|Pc|PC|sergeant|inspector|man|woman) (was|had|has|is))\b"
)
# A sentence that counts over the period the one before it names ("188 cases reported during
# this period were reviewed")
_THIS_PERIOD = re.compile(
    r"\b(?:during|in|over|for|within|throughout) (?:this|that|the same) (?:period|time ?frame)\b",
    re.IGNORECASE,
)
FORCE_HEADED_LINES = 3  # the lines a force's name on a line of its own heads
BREAKDOWN_LINES = 6  # the short lines of figures a sentence stating their whole can head
BREAKDOWN_CHARS = 80  # ... each no longer than this
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
HEADED_LINE_CHARS = 120  # a line of a list, not a paragraph
# A sentence that counts a part of the figure before it ("While only around 17 per cent (44) of
# those were the subject ...", "Six of them were dismissed"), or the kind it names ("There were
# 20 such allegations"), near its start
_PART_OF_THOSE = re.compile(r"\b(?:of|among) (?:those|these|them)\b", re.IGNORECASE)
_SUCH = re.compile(
    r"\bsuch (?:allegations|complaints|cases|claims|incidents|reports|offences|officers)\b",
    re.IGNORECASE,
)
PART_OF_WITHIN = 60  # characters
# "No officers were dismissed as a result.": of what the sentence before it says
_AS_A_RESULT = re.compile(r"\bas a result[.!]?\s*$", re.IGNORECASE)
# "There were 210 in 2022, rising to 274 in 2023": a count that names nothing it counts counts
# what the sentence before it names ("Misconduct accusations are up each year.")
_UNNAMED_COUNT = re.compile(
    r"There (?:were|was|have been|had been) (?:[a-z]+ )?\d[\d,]*"
    r"(?= (?:in|during|between|for|over|by|last|this|that)\b|[,.;])"
)
# "There were 125 instances of dishonesty out of ...": instances of what the sentence before it
# speaks of ("the most common reason for an officer's dismissal ... – dishonesty.")
_INSTANCES_OF = re.compile(
    r"There (?:were|was|have been|had been) (?:[a-z]+ )?\d[\d,]* "
    r"(?:instances|cases|incidents|counts|examples) of (\w+)"
)
# "Last year, they made up around 73% of staff involved in allegations": a count whose subject
# is who or what the sentence before it names ("Male Metropolitan Police staff still make up the
# overwhelming majority ...")
_THEY = re.compile(r"(?:(?:In|By|Last|This|Over|During|Since|For)\b[^,.\n]{0,25}, )?[Tt]hey\b")
# "The force is made up of 43,000 people": the force the sentence before names
_THE_FORCE = re.compile(r"(?:The|This|That) (?:force|constabulary)\b")
# A sentence whose subject is a bare count, of what the sentence before it counts ("Just 36
# had been dismissed", "Even fewer were sacked")
_BARE_COUNT = re.compile(
    r"(?:(?:just|only|some|around|about|another|a further|nearly|almost|over)\s+)?"
    r"(?:\d[\d,]*|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|twenty|thirty|forty|fifty|(?:even |far |still )?(?:fewer|more))"
    r"(?:\s*\([^)]*\))?\s+(?:were|had|have|was|has|relate|related|concern|concerned)\b",
    re.IGNORECASE,
)
# A line that introduces what someone said, on the lines after it
_SPEAKER = re.compile(r"\b(?:said|says|told\b[^:\n]{0,60}|added|commented|stated)\s*:\s*$")
# A label on a line of its own, whose value is the line after it ("Sent on:", "From:")
_LABEL = re.compile(r"[A-Z][\w ]{0,30}:")
# A sentence that only says who spoke the quoted one before it
_ATTRIBUTION = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,[^.!?\"“”]{0,140},)?\s+"
    r"(?:told|said|says|added|wrote)\b[^.!?\"“”]{0,40}[.!]?"
)
_CLOSING = "\"”’'"
_CLAUSE = re.compile(r"[;:]\s|,\s")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_COLUMN_GAP = re.compile(r"\S[ \u00a0]{3,}\S")
_BARE_NUMBER = re.compile(r"\s*\d[\d,]*(?:\.\d+)?%?\s*")
# "date 2022-04-07 The Metropolitan Police has agreed ...": a stored copy of a page may open
# with the date it was stored under, before the page's own first sentence
_STAMP = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\s+")
_LINE_MARK = re.compile(r"^\s*(?:[-*+•|#>]|\d{1,3}[.)]\s)")  # list items, table rows, headings
# A paragraph is hard-wrapped when its lines, but the last, fill to within this share of the
# longest, which is the width of a text wrapped by hand or by a tool (not a web page's lines).
WRAP_FILL = 0.75
WRAP_WIDTHS = (40, 130)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, stripped of surrounding white space; a table row is one
    sentence, whatever its layout (see ``index.tables``)."""
    rows = [(row.start, row.end) for row in table_rows(text)]
    return sorted(rows + [s for s in _prose_spans(text) if not _within(s, rows)])


def _within(span: tuple[int, int], rows: list[tuple[int, int]]) -> bool:
    at = bisect_right(rows, span) - 1
    return any(s <= span[0] and span[1] <= e for s, e in rows[max(0, at) : at + 2])


def _prose_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(unwrapped(text)):
        start = line.start()
        stamp = _STAMP.match(line.group())
        if stamp:
            start += stamp.end()  # the capture's date, which the page does not write
        for end_mark in _END.finditer(line.group()):
            cut = line.start() + end_mark.end()
            if _is_abbreviation(text, line.start() + end_mark.start()):
                continue
            _append(spans, text, start, cut)
            start = cut
        _append(spans, text, start, line.end())
    return spans


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs, and those before an indented
    continuation line, made spaces: the same length, so that every offset still points into
    the source as written."""
    chars = list(text)
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    starts = [0] + [end for _, end in breaks]
    ends = [start for start, _ in breaks] + [len(text)]
    for start, end in zip(starts, ends, strict=True):
        lines = text[start:end].split("\n")
        wrapped = _hard_wrapped(lines)
        at = start
        for line, following in itertools.pairwise(lines):
            at += len(line)
            if wrapped or _continues(following) or _is_value_of(line, following):
                chars[at] = " "
            at += 1
    return "".join(chars)


def _continues(line: str) -> bool:
    """An indented line that is no list item of its own carries on the one before it (as a
    list item's second line does)."""
    return (line[:2] == "  " or line[:1] == "\t") and not _LINE_MARK.match(line)


def _is_value_of(label: str, line: str) -> bool:
    """A line holding a number alone is the value of the label on the line before it, as
    an FOI answer lays its figures out ("The total number of officers accused" then "157")."""
    return bool(_BARE_NUMBER.fullmatch(line)) and bool(re.search(r"[A-Za-z):]$", label.rstrip()))


def _hard_wrapped(lines: list[str]) -> bool:
    widths = [len(line.rstrip()) for line in lines[:-1]]
    if len(widths) < 2 or any(_LINE_MARK.match(line) or _COLUMN_GAP.search(line) for line in lines):
        return False  # a list, or a table whose columns runs of spaces set apart
    widest = max(widths)
    return WRAP_WIDTHS[0] <= widest <= WRAP_WIDTHS[1] and min(widths) >= WRAP_FILL * widest


def _is_abbreviation(text: str, dot: int) -> bool:
    """A full stop that ends no sentence: after "Sgt", an initial, or a number that opens a
    line ("1. Main points")."""
    if text[dot] != ".":
        return False
    opening = text[text.rfind("\n", 0, dot) + 1 : dot].strip()
    if opening.isdigit() and len(opening) <= 2:
        return True
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
        if i and _leans_back(text, (s, e), spans[i - 1]):
            context = spans[i - 1][0]
        elif i and _ATTRIBUTION.fullmatch(text[s:e]) and text[spans[i - 1][1] - 1] in _CLOSING:
            context = spans[i - 1][0]  # "Rachel Krys ... told The Independent." says who said it
        else:
            context = _force_heading(text, spans, i)
        if context is None:
            context = _whole_broken_down(text, spans, i)
        if context is None:
            context = _counted_before(text, spans, i)
        out.append(Passage(source_id, i, s, e, text[s:e], context))
    return out


def _force_heading(text: str, spans: list[tuple[int, int]], i: int) -> int | None:
    """Where a force's name stands on a line of its own, a few short lines above passage ``i``
    in the same paragraph, when that passage names no force itself: a list of figures by force
    ("Norfolk Constabulary" / "9 claims" / "Male (seven), unknown (2)") says whose they are
    only there."""
    s, e = spans[i]
    if e - s > HEADED_LINE_CHARS or find_forces(text[s:e]) or text[s - 1 : s] not in ("", "\n"):
        return None
    for back in range(i - 1, max(-1, i - 1 - FORCE_HEADED_LINES), -1):
        start, end = spans[back]
        if "\n\n" in text[end : spans[back + 1][0]] or end - start > HEADED_LINE_CHARS:
            return None
        line = text[start:end]
        if len(line.split()) <= 5 and not re.search(r"[\d.:;!?,]", line) and find_forces(line):
            return start
    return None


def _counted_before(text: str, spans: list[tuple[int, int]], i: int) -> int | None:
    """Where the sentence starts that says what passage ``i`` counts, when its subject is a
    bare count ("Just 36 (3 per cent) had been dismissed", "None were arrested"): the last
    sentence before it, over a line that is none ("SEE ALSO: ..."), if it states a figure."""
    if not _BARE_COUNT.match(text, spans[i][0]):
        return None
    for back in range(i - 1, max(-1, i - 3), -1):
        start, end = spans[back]
        if _is_sentence(text, start, end):
            return start if re.search(r"\d", text[start:end]) else None
    return None


def _whole_broken_down(text: str, spans: list[tuple[int, int]], i: int) -> int | None:
    """Where the sentence starts whose figure the short lines from it to passage ``i`` break
    down ("There has been a total of 26 officers dismissed for sexual misconduct ..." /
    "2015 to 2020 – Total 3 officers" / "2021 to 2025 – Total 23 officers"): what the lines
    count is said only there."""
    if not _is_breakdown_line(text, *spans[i]):
        return None
    for back in range(i - 1, max(-1, i - 1 - BREAKDOWN_LINES), -1):
        start, end = spans[back]
        if _is_breakdown_line(text, start, end):
            continue
        stated = _is_sentence(text, start, end) and re.search(r"\d", text[start:end])
        return start if stated else None
    return None


def _is_breakdown_line(text: str, start: int, end: int) -> bool:
    """A line of its own, short, with a figure (not only years, as a table's header of years
    has) and no sentence's end: not a table's row (its header says what it counts) nor a
    sentence."""
    line = text[start:end]
    return (
        text[start - 1 : start] in ("", "\n")
        and text[end : end + 1] in ("", "\n")
        and len(line) <= BREAKDOWN_CHARS
        and line[-1] not in ".!?:"
        and bool(re.search(r"\d", _YEARS.sub("", line)))
        and not _COLUMN_GAP.search(line)
        and "|" not in line
    )


def _leans_back(text: str, span: tuple[int, int], before: tuple[int, int]) -> bool:
    if _SPEAKER.search(text, *before):
        return True  # "Commissioner John Campion said:" over what he said
    if _LABEL.fullmatch(text, *before) and text[before[1] : span[0]].count("\n") == 1:
        return True  # "Sent on:" over "30 December 2022"
    if not _is_sentence(text, *before):
        return False
    lean = _LEANS_BACK.match(text[span[0] : span[1]])
    if lean:
        return _states_whole(lean, text, before)
    if _PART_OF_THOSE.search(text, span[0], min(span[1], span[0] + PART_OF_WITHIN)):
        return _states_a_count(text[before[0] : before[1]])  # the whole it is a part of
    if _SUCH.search(text, span[0], min(span[1], span[0] + PART_OF_WITHIN)):
        return True  # what "such allegations" are
    if _UNNAMED_COUNT.match(text, span[0]) or _AS_A_RESULT.search(text[span[0] : span[1]]):
        return True
    instances = _INSTANCES_OF.match(text, span[0])
    if instances:
        word = re.escape(instances.group(1))
        return bool(re.search(rf"\b{word}\b", text[before[0] : before[1]], re.IGNORECASE))
    if _THEY.match(text, span[0]) and re.search(r"\d", text[span[0] : span[1]]):
        return True
    if _THE_FORCE.match(text, span[0]):
        return bool(find_forces(text[before[0] : before[1]]))  # which force "the force" is
    return bool(_THIS_PERIOD.search(text, *span))


def _states_whole(lean: re.Match[str], text: str, before: tuple[int, int]) -> bool:
    """ "Of the 119 cases" leans on the sentence before only when that one states 119, and
    "Of the total" only when it states a figure: an article may take up a number from far back."""
    number = re.search(r"\d[\d,]*", lean.group(0))
    previous = text[before[0] : before[1]]
    if number:
        return number.group(0) in previous
    if "total" in lean.group(0).lower():
        return bool(re.search(r"\d", previous))
    return True


def _states_a_count(sentence: str) -> bool:
    """Whether a sentence gives a number, in digits or in words ("Just four allegations were
    found to be substantiated" before "Two of these cases saw formal action taken"); "one" is
    as often a pronoun."""
    words = set(re.findall(r"[a-z]+", sentence.lower())) - {"one"}
    return bool(re.search(r"\d", sentence)) or bool(words & NUMBER_WORDS)


def _is_sentence(text: str, start: int, end: int) -> bool:
    """A full sentence to lean on: not a heading, a tweet attribution ("— Name (@name)") or a
    fragment; a list item ("- Police Scotland reviewed ...") is one."""
    sentence = text[start:end]
    return sentence[-1] in '.!?"”’' and not re.match(r"—|-(?!\s+[A-Z])", sentence)
