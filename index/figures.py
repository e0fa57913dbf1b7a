"""Every figure a source states, as written, with what it counts, when, and which force.

The extractor works sentence by sentence. It first blanks out what only looks like a figure
(dates, ages, reference numbers, law sections, list numbers, links, periods such as "a ten year
period"), then finds the written forms a figure takes, most specific first ("31 out of 562",
"one in 200", "three times more", "Three-Quarters of", "42%", "Hundreds of", "None were",
"1,492", "Nine"), and finally reads what each one counts from the words around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from index.lexicon import (
    MONTH,
    NATIONWIDE,
    NUMBER_WORDS,
    SANCTION_VERBS,
    SPAN_UNITS,
    find_forces,
    find_period_spans,
    find_periods,
    parse_number,
    unit_of,
    with_years,
)
from index.models import Figure, Period
from index.tables import Row, cell_texts, header_of, row_at

Span = tuple[int, int]

# --- How figures are written -----------------------------------------------------------------

_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_WORD_NUM = rf"(?:a\s+(?=(?:dozen|hundred|thousand|million)\b))?\b{_WORD}(?:[-\s]+{_WORD})*\b"
_DIGIT_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion)\b)?"
_NUM = rf"(?:{_DIGIT_NUM}|{_WORD_NUM})"
_RATIO_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_FRACTION = (
    r"\b(?:three[-\s]quarters|two[-\s]thirds|(?:a|one)[-\s](?:half|third|quarter|fifth|tenth)"
    r"|half)(?=\s+of\b)"
)
_I = re.IGNORECASE

# (kind, pattern), most specific first; a later match may not overlap an earlier one.
_FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("share_of", re.compile(rf"(?P<a>{_NUM})\s+out\s+of\s+(?:every\s+)?(?P<b>{_NUM})", _I)),
    ("share_in", re.compile(rf"(?P<a>{_NUM})\s+in\s+(?:every\s+)?(?P<b>{_NUM})", _I)),
    # a rate: "747 per 1,000 employees", "189 complaints per 1,000 employees"
    (
        "share_in",
        re.compile(rf"(?P<a>{_NUM})(?:\s+[a-z]+){{0,2}}?\s+per\s+(?:every\s+)?(?P<b>{_NUM})", _I),
    ),
    ("share_of", re.compile(rf"(?P<a>{_DIGIT_NUM})\s+of\s+(?P<b>{_DIGIT_NUM})", _I)),
    (
        "times",
        re.compile(
            rf"(?P<a>{_NUM})(?:\s+times\s+(?:more|higher|greater|larger|less|fewer|lower"
            r"|as\s+(?:many|much|likely|high))|[-\s]?fold)\b",  # "increased five-fold"
            _I,
        ),
    ),
    ("ratio_verb", re.compile(r"\b(?:" + "|".join(_RATIO_VERBS) + r")\b", _I)),
    ("fraction", re.compile(_FRACTION, _I)),
    # "42%", "42 per cent", and "42pc" as some papers write it
    ("percent", re.compile(rf"(?P<a>{_NUM})(?:\s*(?:%|per\s*cent\b|percent\b)|pc\b)", _I)),
    (
        "vague",
        re.compile(
            r"\b(?:tens\s+of\s+thousands|hundreds|thousands|dozens|scores)(?=\s+of\b)"
            r"|\bdozens\b",
            _I,
        ),
    ),
    # "None were arrested", "No officer was charged": a count of nought, the answer to "how
    # many were arrested"
    (
        "none",
        re.compile(
            r"\b[Nn]one(?=\s+(?:were|was|had|have|has)\b|\s+of\s+(?:the|them)\b)"
            # "no one has been fired because of complaints made by the public"
            r"|\b[Nn]o\s+one(?=\s+(?:was|were|had|has|have)\b)"
            r"|\bNo(?=\s+(?P<noun>(?:[a-z]+[-\s]+){0,3}?[a-z]+)\s+(?:was|were|had|has|have)\b)"
        ),
    ),
    # a range: "“two to three” officers a week", "10 to 15 officers" (not "from 12 to 30"),
    # "between 800-1,000 bobbies" (not a date, "01-02-2020", nor years, "2012-18")
    (
        "vague",
        re.compile(
            rf"(?<!from\s)\b(?:{_WORD_NUM}|\d{{1,3}})\s+to\s+(?:{_WORD_NUM}|\d{{1,3}})\b(?![.,]\d)"
            r"|(?<![\w/.,-])\d{1,3}(?:,\d{3})*\s*[-–]\s*\d{1,3}(?:,\d{3})*(?![\w/.-]|,\d)",
            _I,
        ),
    ),
    ("plain", re.compile(_NUM, _I)),
]

# --- What only looks like a figure -----------------------------------------------------------

_NOT_FIGURES = [
    re.compile(r"https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|uk|gov|ly|co)/\S*", _I),  # links
    re.compile(r"[@#]\w+"),  # handles and hashtags
    # reference numbers: letters and digits joined by dots, slashes or hyphens (01.FOI.22.025664),
    # not a sum of money ("£7.3m")
    re.compile(r"\b(?<![£$])(?=[\w./-]*\d)(?=[\w./-]*[A-Za-z])\w+(?:[./-]\w+)+"),
    re.compile(r"\b\w+(?:-|\s)years?(?:-|\s)old\b|\baged?\s+(?:of\s+)?\d+", _I),  # ages
    # ... and after a name: "Darren Bond, 46, is due to be sentenced"
    re.compile(r"\b[A-Z][\w'’-]*[a-z],\s+\d{2}(?=,\s+[a-z])"),
    # dates: "2 June 2018", "June 2, 2018", "June 2018", "01/02/2020", "2020-02-01"
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b(?:,?\s+\d{{4}})?"),
    re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|\b{MONTH}\s+\d{{4}}"),
    re.compile(r"\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b"),
    re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b", _I),  # times
    # law sections and document parts: "section 22", "s.22", "Question 4", "page 3", and
    # where to watch: "live on Freeview channel 276"
    re.compile(
        r"\b(?:sections?|s\.|articles?|paragraphs?|para|part|schedule|clause|regulations?|"
        r"rule|chapter|annex|appendix|page|question|q|item|no\.|ref(?:erence)?|channel)\s*\d+"
        r"[A-Za-z]?(?:\(\d+\))?",
        _I,
    ),
    # broadcasters' channels by name: "Channel Four's Dispatches", "BBC Radio 4", "BBC Two"
    re.compile(r"\b(?:channel|radio|bbc)\s+(?:one|two|three|four|five)\b|\bradio\s*\d\b", _I),
    re.compile(r"(?m)^[^\S\n]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(\d{1,2}\))(?=\s)"),  # list numbers
    re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b"),  # phone numbers
]

_QUALIFIER = re.compile(
    r"\b(just|only|nearly|almost|around|about|approximately|roughly|some|fewer\s+than|"
    r"less\s+than|more\s+than|over|under|at\s+least|up\s+to|a\s+further|another|"
    r"as\s+many\s+as|a\s+total\s+of)\s+$",
    _I,
)
# A change written before its figure: "up by 173%", "an increase of almost 70%", "up 22%"
_CHANGE = re.compile(
    r"(?:\b(?:up|down|rose|risen|increased|decreased|declined|fell|fallen|dropped|grew|jumped|"
    r"climbed|soared|reduced|cut)\s+by"
    r"|\b(?:a\s+|an\s+)?(?:rise|increase|fall|drop|decrease)\s+of"
    r"|\b(?:up|down))"
    r"\s+(?:(?:almost|nearly|about|around|over|more\s+than|just\s+(?:over|under))\s+)?$",
    _I,
)
# ... and after it: "a 233% rise in", "a 31% increase on the year before"
_CHANGE_AFTER = re.compile(r"\s*(?:rise|increase|jump|fall|drop|decrease|reduction)\b", _I)
_BOUNDARY = re.compile(
    r"[,;:.!?()\[\]“”\"|\n]|\s[–—-]\s|[–—]"
    r"|\b(?:while|whereas|but|although|though|because|after|before|when|unless|until|if|than)\b",
    _I,
)
_TRAILING = re.compile(
    r"(?:\s+(?:and|or|the|a|an|of|to|in|for|with|by|from|at|on|who|which|that|were|was))+\s*$", _I
)
_LINK_VERB = re.compile(
    r"\b(?:was|were|is|are|totalled|totaled|numbered|stood\s+at|reached|rose\s+to|fell\s+to"
    r"|came\s+to)\s*$",
    _I,
)
_AUXILIARY = re.compile(r"\b(?:have|has|had|were|was|is|are|been)\s*$", _I)
_SUBJECT_LEAD = re.compile(
    r"^(?:(?:while|whereas|and|but|that|as|which|so)\s+)?(?:there\s+(?:were|was)\s+)?"
    r"(?:the\s+)?(?:(?:grand\s+)?total\s+(?:number\s+)?of\s+|(?:number|tally|count)\s+of\s+)?",
    _I,
)
_SUBJECT_PERIOD = re.compile(
    r"\s+\b(?:in|over|during|between|from|since)\s+(?:the\s+|a\s+)?(?:\d|ten|past|last|total)", _I
)
_SANCTIONED = re.compile(r"^(?:were|was|ha(?:ve|s|d)\s+been|got)\s+" + SANCTION_VERBS, _I)
_SANCTIONED_BEFORE = re.compile(
    r"\b(?:were|was|have\s+been|had\s+been|got)\s+"
    + SANCTION_VERBS
    + r"\s*[-–—:,]\s*(?:just|only|some|around|about|nearly|almost)?\s*$",
    _I,
)
_ABOUT_SO_MANY = re.compile(
    r"\b(?:nearly|almost|around|about|approximately|roughly|fewer\s+than|less\s+than|more\s+than"
    r"|over|at\s+least|up\s+to|as\s+many\s+as)\s+$",
    _I,
)
# what "more than 2000" counts: a plural, but not one a year qualifies ("about 2019 levels")
_SO_MANY_OF = re.compile(r"(?!(?:levels|figures|numbers|rates|results|totals)\b)[a-z]+s\b")
_NEXT_WORDS = re.compile(r"[^\S\n]+([A-Za-z][\w’'-]*(?:[^\S\n]+[A-Za-z][\w’'-]*)?)")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_LABEL = re.compile(r"[^\S\n]*([A-Za-z][A-Za-z /&'’-]{1,60}?)[^\S\n]+")
_ASIDE = re.compile(r"\([^()]*\)")
# units a bare figure with words of its own does not take from a figure before it
_NOT_LISTED_ON = SPAN_UNITS | {"percent"}
_NAMED_AS = re.compile(r"(?:were|was|are|is)\s+(?!\w+ed\b)(.+)", _I)
_FOLLOWING = re.compile(
    r"\b(?:(?:in|over|during|for)\s+)?the\s+(?:following|next|subsequent)\s+"
    r"(?:(?:12|twelve)\s+months|year)\b",
    _I,
)
_HOW_MANY = re.compile(r"\bhow many\s+([^?.]+)", _I)  # "how many officers have been removed"
_YEAR_ENDING = re.compile(r"\byear\s+(?:ending|to)\s+\w+$", _I)
_NUMBER_CELL = re.compile(r"[\d,.%*-]*")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d(?:[/-]\d{2,4})?")
# "Six of them were dismissed", "About 246 will see no further action": no noun of its own
_NO_NOUN = re.compile(
    r"(?:of\s+)?(?:them|those|these)\b"
    r"|(?:will|would|were|was|are|is|have|has|had|could|may|might|remain|still)\b",
    _I,
)
_MAX_COUNT_WORDS = 12
_CONJUNCTION = re.compile(r"and|but|while|whereas|or|then", _I)


@dataclass
class _Candidate:
    """A figure found in a sentence, before its unit, counts and period are read."""

    start: int
    end: int
    value: float | None
    kind: str = "count"
    of_total: float | None = None
    unit: str | None = None
    tail: int = 0  # where the words it counts may begin
    qualifier: str | None = None
    claim: int = 0  # start of the figure including its qualifier
    extra: dict[str, Any] = field(default_factory=dict)


def extract_figures(
    source_id: str,
    text: str,
    sentences: Sequence[tuple[int, int]],
    default_force: str | None = None,
    written: tuple[int | None, int | None] = (None, None),
) -> list[Figure]:
    """Every figure ``text`` states, in order of position, one per span.

    ``sentences`` are the (start, end) spans of the sentences of ``text``; a figure's force,
    period and the figures it is listed with are read within its sentence. ``written`` is the
    year and month the source was written, which date a period written without its year.
    """
    periods = [(s, e, _dated(text, s, e, p, written)) for s, e, p in find_period_spans(text)]
    periods = sorted(periods + _following(text, periods), key=lambda p: p[:2])
    blocked = sorted(_blocked_spans(text) + [(s, e) for s, e, _ in periods])
    figures: dict[Span, Figure] = {}
    last_unit: str | None = None  # what "Six of them were dismissed" counts: what was counted last
    for sent_start, sent_end in sentences:
        sentence_periods = [p for p in periods if sent_start <= p[0] and p[1] <= sent_end]
        local = _spans_within(blocked, sent_start, sent_end)
        found = _figures_in_sentence(text, sent_start, sent_end, local, sentence_periods)
        sentence = text[sent_start:sent_end]
        # a local story's sentence on figures across the country is not about its force
        local_force = None if NATIONWIDE.search(sentence) else default_force
        force = next(iter(find_forces(sentence)), local_force)
        for figure in found:
            unit = figure.unit
            if unit is None and figure.counts and _NO_NOUN.match(figure.counts):
                unit = last_unit
            # ("in the first two months ... disciplined 42 officers. 15 of those brought
            # before a hearing": those are officers, whatever span or share was written last)
            last_unit = unit if unit and unit not in _NOT_LISTED_ON else last_unit
            figures.setdefault(
                (figure.start, figure.end),
                replace(figure, source_id=source_id, force=force, unit=unit),
            )
    return [figures[span] for span in sorted(figures)]


DATED_WITHIN = 40  # characters either side of a period that may say how long it is or when it
# ends ("the two years to the end of March")


def _dated(
    text: str, start: int, end: int, period: Period, written: tuple[int | None, int | None]
) -> Period:
    """A period written without its year, dated by when its source was written: "eight in
    the year to March", in a story of August 2022, is the year to March 2022, and "in the two
    years to the end of March", in one of December 2016, runs from 2014 (as written)."""
    year, month = written
    if period.start_year is not None or year is None:
        return period
    # (a year written in moves what comes after it: the period starts as far on as the years
    # written into the text before it, "over the past five years to 2025. In the last decade")
    window = max(0, start - DATED_WITHIN)
    near = with_years(text[window : end + DATED_WITHIN], year, month)
    at = len(with_years(text[window:start], year, month))
    years = next(
        (p for s, e, p in find_period_spans(near) if s <= at < e and p.start_year is not None),
        None,
    )
    return (
        replace(period, start_year=years.start_year, end_year=years.end_year) if years else period
    )


def _following(text: str, periods: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    """ "In the following 12 months": the year after the period stated last before it, when
    that is a year long ("From April 2016 to March 2017, forces made 100 referrals. This
    increased to 172 in the following 12 months" counts April 2017 to March 2018)."""
    out = []
    for m in _FOLLOWING.finditer(text):
        before = [p for start, _, p in periods if start < m.start() and p.start_year]
        if not before or before[-1].start_year is None:
            continue
        first = before[-1].start_year
        last = before[-1].end_year or first
        if last - first <= 1:
            out.append((m.start(), m.end(), Period(m.group(0), first + 1, last + 1)))
    return out


# --- Finding the figures ---------------------------------------------------------------------


def _blocked_spans(text: str) -> list[Span]:
    return [m.span() for pattern in _NOT_FIGURES for m in pattern.finditer(text)]


def _spans_within(spans: list[Span], start: int, end: int) -> list[Span]:
    """The sorted ``spans`` that overlap [start, end), found without scanning them all."""
    longest = max((e - s for s, e in spans), default=0)
    low = bisect_left(spans, (start - longest, 0))
    high = bisect_left(spans, (end, 0))
    return [span for span in spans[low:high] if span[1] > start]


def _overlaps(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _find_candidates(text: str, start: int, end: int, blocked: list[Span]) -> list[_Candidate]:
    taken: list[Span] = []
    found: list[_Candidate] = []
    for kind, pattern in _FORMS:
        for m in pattern.finditer(text, start, end):
            if _overlaps(*m.span(), blocked) or _overlaps(*m.span(), taken):
                continue
            read = _read_form(kind, m, text)
            if read:
                taken.append(m.span())
            for cand in read:
                _add_qualifier(cand, text, start)
                found.append(cand)
    return sorted(found, key=lambda c: (c.start, c.end))


def _read_form(kind: str, m: re.Match[str], text: str) -> list[_Candidate]:
    """The candidates one written form stands for (none when it is not a figure after all)."""
    if kind in ("share_of", "share_in"):
        return _read_share(kind, m)
    if kind == "times":
        return [_Candidate(m.start(), m.end(), parse_number(m["a"]), "ratio", tail=m.end())]
    if kind == "ratio_verb":
        value = _RATIO_VERBS[m.group(0).lower()]
        return [_Candidate(m.start(), m.end(), value, "ratio", tail=m.end())]
    if kind == "fraction":
        return [_Candidate(m.start(), m.end(), parse_number(m.group(0)), "share", tail=m.end())]
    if kind == "percent":
        return [_read_percent(m, text)]
    if kind == "none":
        if m["noun"] is not None and not unit_of(m["noun"]):
            return []  # "No further action was taken" counts nothing
        return [_Candidate(m.start(), m.end(), 0.0, "count", tail=m.end())]
    if kind == "vague":
        if _falling_range(m.group(0)):
            return []  # "14 – 2 staff and 12 officers": a total, a dash, and its parts
        return [_Candidate(m.start(), m.end(), None, "count", tail=m.end())]
    return _read_plain(m, text)


def _falling_range(written: str) -> bool:
    """Whether a dashed range runs downwards, as no range is written ("14 – 2")."""
    ends = re.split(r"\s*[-–]\s*", written)
    if len(ends) != 2:
        return False  # "two to three"
    low, high = (parse_number(end) for end in ends)
    return low is not None and high is not None and low > high


def _read_share(kind: str, m: re.Match[str]) -> list[_Candidate]:
    """ "31 out of 562": a share, and 562 on its own as a total; "one in 200": a share."""
    part, whole = parse_number(m["a"]), parse_number(m["b"])
    if part is None or whole is None or _is_year(m["b"]) or _is_year(m["a"]) or part > whole:
        return []
    share = _Candidate(m.start(), m.end(), part, "share", of_total=whole, tail=m.end())
    if kind == "share_in":
        return [share]
    total = _Candidate(m.start("b"), m.end("b"), whole, "total", tail=m.end())
    return [share, total]


def _read_percent(m: re.Match[str], text: str) -> _Candidate:
    cand = _Candidate(m.start(), m.end(), parse_number(m["a"]), "share", unit="percent")
    cand.tail = m.end()
    if _CHANGE.search(text, max(0, m.start() - 40), m.start()) or _CHANGE_AFTER.match(
        text, m.end()
    ):
        cand.kind, cand.extra["change"] = "ratio", True  # "up by 173%" is a change, not a share
    return cand


_MONEY_SHORT = re.compile(r"(?:k|m|million|billion)\b")  # "£4.4m", "£30k", "£2million"


def _read_plain(m: re.Match[str], text: str) -> list[_Candidate]:
    written = m.group(0)
    if not _plain_is_figure(m, text):
        return []
    cand = _Candidate(m.start(), m.end(), parse_number(written), tail=m.end())
    if m.start() > 0 and text[m.start() - 1] in "£$":
        cand.start, cand.unit = m.start() - 1, "pounds"
        short = _MONEY_SHORT.match(text, m.end())  # "£4.4m", "£30k"
        if short:
            cand.end = cand.tail = short.end()
            cand.value = parse_number(text[m.start() : short.end()])
    return [cand]


def _plain_is_figure(m: re.Match[str], text: str) -> bool:
    """Drop numbers glued to other text, years, and "one" used as a pronoun."""
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end() : m.end() + 2]
    money = before in "£$" and _MONEY_SHORT.match(text, m.end()) is not None
    if before.isalnum() or before in "._/#@:" or re.match(r"[A-Za-z\d]|[./:-]\d", after):
        return money
    if before == "-" and m.start() > 1 and text[m.start() - 2].isalnum():
        return False  # the tail of "2019-04" or "A-10"
    written = m.group(0)
    if _is_year(written):
        # a year, unless a noun follows it at once ("2000 officers"), or a plural after "more
        # than" ("more than 2000 messages")
        noun = _NEXT_WORDS.match(text, m.end())
        if noun is None:
            return False
        unit = unit_of(noun.group(1))
        if unit is None and _ABOUT_SO_MANY.search(text, max(0, m.start() - 20), m.start()):
            return bool(_SO_MANY_OF.match(noun.group(1)))
        return unit not in (None, "years", "months")
    if written.lower() == "one":
        # "one officer who ..." is a determiner; "only one case" quantifies
        return bool(_QUALIFIER.search(text, max(0, m.start() - 20), m.start()))
    return True


def _is_year(written: str) -> bool:
    return bool(_YEAR_LIKE.fullmatch(written.strip()))


def _add_qualifier(cand: _Candidate, text: str, sent_start: int) -> None:
    cand.claim = cand.start
    q = _QUALIFIER.search(text, max(sent_start, cand.start - 25), cand.start)
    if not q:
        return
    word = " ".join(q.group(1).lower().split())
    if word in ("over", "under", "about") and re.search(
        r"ed\s+$", text[max(0, q.start() - 4) : q.start()]
    ):
        return  # "disciplined over 119 claims": "over" means "about", not "more than"
    cand.claim = q.start()
    if word == "a total of":
        cand.kind = "total"
    else:
        cand.qualifier = word


# --- Reading what a figure counts ------------------------------------------------------------


def _figures_in_sentence(
    text: str,
    start: int,
    end: int,
    blocked: list[Span],
    periods: list[tuple[int, int, Period]],
) -> list[Figure]:
    cands = _find_candidates(text, start, end, blocked)
    stops = sorted({c.claim for c in cands} | {s for s, _, _ in periods} | {end})
    built: list[tuple[_Candidate, str | None, str | None, int]] = []
    for cand in cands:
        counts, anchor = _counts_after(text, cand, stops, end)
        if counts and _CONJUNCTION.fullmatch(counts):
            # "that figure was 58 and in the year to June 2023 it was 52": the period after
            # "and" opens the next clause, and is not 58's
            counts, anchor = None, cand.tail
        unit, counts = _unit_and_counts(text, start, cand, counts, built, periods)
        built.append((cand, unit, counts, anchor))
    attached = [_attached_period(text, anchor, periods) for _, _, _, anchor in built]
    figures = []
    for (cand, unit, counts, _), own in zip(built, attached, strict=True):
        period = (
            own or _period_before(cand, periods, attached) or _sentence_period(periods, attached)
        )
        if not own and period is not None and _YEAR_BEFORE.match(text, cand.end, end):
            period = _year_before(period)
        table = _table_context(text, cand.start)
        if table:
            period, unit, counts = table[0] or period, table[1] or unit, table[2] or counts
        figures.append(_to_figure(text, cand, unit, counts, period, start, end))
    return figures


def _counts_after(
    text: str, cand: _Candidate, stops: list[int], end: int
) -> tuple[str | None, int]:
    """The verbatim words after a figure that say what it counts, and where they stop.

    They stop at a clause boundary, at the next figure or period, or after a dozen words.
    """
    limit = min([s for s in stops if s >= cand.tail] + [end])
    words = text[cand.tail : limit]
    # "Three-Quarters of Police ...", "“two to three” officers"
    lead = re.match(r"[”\"’']?\s*(?:of\s+(?:the\s+)?)?", words, _I)
    offset = lead.end() if lead else 0
    boundary = _BOUNDARY.search(words, offset)
    cut = boundary.start() if boundary else len(words)
    phrase = " ".join(words[offset:cut].split()[:_MAX_COUNT_WORDS])
    return _verbatim_prefix(words[offset:cut], phrase), cand.tail + cut


def _verbatim_prefix(raw: str, normalised: str) -> str | None:
    """The part of ``raw`` that holds the (space-normalised) words, trimmed of loose ends."""
    words = normalised.split()
    if not words:
        return None
    match = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in words), raw)
    text = _TRAILING.sub("", match.group(0) if match else raw).strip()
    return text or None


def _unit_and_counts(
    text: str,
    sent_start: int,
    cand: _Candidate,
    counts: str | None,
    earlier: list[tuple[_Candidate, str | None, str | None, int]],
    periods: list[tuple[int, int, Period]],
) -> tuple[str | None, str | None]:
    """Unit and counts: its own noun, else the subject before it ("The number of officers ...
    was 1,492"), else the figure it is listed with ("544 cases ..., 81 in 2022")."""
    if cand.unit:
        return cand.unit, counts
    own = unit_of(counts) if counts else None
    if own:
        return own, counts
    label = _line_label(text, cand)  # "Complaints 1", "Retired/ Resigned 2": a labelled value
    if label and not counts:
        return unit_of(label), label
    named = _NAMED_AS.match(counts or "")  # "972 were police officers": what they were
    if named and unit_of(named.group(1)):
        return unit_of(named.group(1)), counts
    subject = _subject_before(text, sent_start, cand, periods)
    if subject and unit_of(subject):
        return unit_of(subject), subject
    for _, unit, prev_counts, _ in reversed(earlier):
        # ("a ten-year review found 5,073 personnel were not properly checked": a figure with
        # words of its own counts no span of time it is listed after, nor a share: "36 officers,
        # 2.7% of the total, were dismissed, while 203 either resigned or retired"), nor a sum
        # of money ("a further £7.3m was paid to 958 civilian staff")
        if unit and not ((unit in _NOT_LISTED_ON or unit == "pounds") and counts):
            return unit, counts or prev_counts
    if counts and _SANCTIONED.match(counts):
        return "officers", counts  # "three were sacked": sanctions are of officers
    if not counts and _SANCTIONED_BEFORE.search(text, sent_start, cand.start):
        return "officers", None  # "Even fewer were sacked - just 36"
    return None, counts


def _line_label(text: str, cand: _Candidate) -> str | None:
    """The words before a figure that ends its line, when words alone open the line: the label
    of a value an FOI answer lists ("Conducts 7")."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    if text[cand.end : line_end if line_end >= 0 else len(text)].strip():
        return None
    label = _LABEL.fullmatch(text, line_start, cand.start)
    return label.group(1) if label else None


def _subject_before(
    text: str, sent_start: int, cand: _Candidate, periods: list[tuple[int, int, Period]]
) -> str | None:
    """The clause before "was N" / "have nearly tripled": what the figure is a number of."""
    before = text[sent_start : cand.claim]
    # "The number of officers (excluding specials) placed on the list was 394": an aside is
    # no boundary of the subject
    before = _ASIDE.sub(lambda m: " " * len(m.group()), before)
    # ... and a period is no part of it ("while the following year that figure was 58")
    for start, end, _ in periods:
        if sent_start <= start < cand.claim:
            at, to = start - sent_start, min(end, cand.claim) - sent_start
            before = before[:at] + " " * (to - at) + before[to:]
    verb = _AUXILIARY.search(before) if cand.kind == "ratio" else _LINK_VERB.search(before)
    if not verb:
        return None
    clause_start = max((m.end() for m in _BOUNDARY.finditer(before, 0, verb.start())), default=0)
    clause = before[clause_start : verb.start()]
    clause = clause[len(clause) - len(clause.lstrip()) :]
    if re.search(r"\bthere\s*$", clause, _I):
        return None  # "Last year there were 70 IOPC probes": what follows says what was counted
    lead = _SUBJECT_LEAD.match(clause)
    clause = clause[lead.end() :] if lead else clause
    clause = _SUBJECT_PERIOD.split(clause, maxsplit=1)[0]  # "... in the ten years between"
    phrase = " ".join(clause.split()[:_MAX_COUNT_WORDS])
    return _verbatim_prefix(clause, phrase)


def _attached_period(
    text: str, anchor: int, periods: list[tuple[int, int, Period]]
) -> Period | None:
    """A period written straight after a figure or its noun: "81 in 2022", "cases in 2023"."""
    for start, _, period in periods:
        if start >= anchor and not text[anchor:start].strip():
            return period
    return None


# "192 officers were sacked in 2021-22, up from 179 the year before", "the 394 dismissed the
# previous year": a figure for the year before the sentence's ("a rise of 35% on the year
# before" is this year's change, and no figure of the year before)
_YEAR_BEFORE = re.compile(
    r"(?:\s+(?!(?:from|on|than|compared|with|of|increase|rise|fall|decrease|up|down)\b)[a-z]+)?"
    r"\s+(?:the\s+(?:year|12\s+months|twelve\s+months)\s+(?:before|earlier)"
    r"|the\s+previous\s+(?:year|12\s+months|twelve\s+months)|a\s+year\s+(?:earlier|before))\b",
    re.IGNORECASE,
)


def _year_before(period: Period) -> Period:
    """The period a year before ``period``, as its own years say."""
    if period.start_year is None:
        return period
    end = period.end_year if period.end_year is not None else period.start_year
    return Period(period.text, period.start_year - 1, end - 1)


def _period_before(
    cand: _Candidate, periods: list[tuple[int, int, Period]], attached: list[Period | None]
) -> Period | None:
    """The period written last before a figure that no figure claims, with its years: "In the
    year to June 2021 56 were charged, while the following year that figure was 58 and in the
    year to June 2023 it was 52" counts each in its own year."""
    claimed = [p for p in attached if p is not None]
    before = [
        period
        for start, _, period in periods
        if start < cand.start and period.start_year and all(period is not c for c in claimed)
    ]
    return before[-1] if before else None


def _sentence_period(
    periods: list[tuple[int, int, Period]], attached: list[Period | None]
) -> Period | None:
    """The sentence's own period: one no figure claims, with years before one without ("Last
    year, Refuge ... showed that between 1st May 2022 and 1 May 2023, there were 1,124 cases"),
    else a range another figure claims ("594 complaints were made between 2012 and 2018, of
    which just 119 were upheld")."""
    claimed = [p for p in attached if p is not None]
    free = [period for _, _, period in periods if all(period is not c for c in claimed)]
    if free:
        return next((period for period in free if period.start_year), free[0])
    for period in claimed:
        if period.start_year and period.end_year and period.start_year != period.end_year:
            return period
    return None


def _to_figure(
    text: str,
    cand: _Candidate,
    unit: str | None,
    counts: str | None,
    period: Period | None,
    sent_start: int,
    sent_end: int,
) -> Figure:
    return Figure(
        source_id="",
        text=text[cand.start : cand.end],
        start=cand.start,
        end=cand.end,
        value=cand.value,
        unit=unit,
        counts=counts,
        kind=cand.kind,
        of_total=cand.of_total,
        qualifier=cand.qualifier,
        period=period,
        sentence_start=sent_start,
        sentence_end=sent_end,
        sentence=text[sent_start:sent_end],
        extra=dict(cand.extra),
    )


# --- Tables ----------------------------------------------------------------------------------


def _caption_unit(text: str, row: Row, year_rows: bool = False) -> str | None:
    """The unit the line over a table with no header row counts in: what it asks "how many"
    of, or, over rows of years alone ("2016 x 14"), the noun it names first ("Results include
    allegations made against ...")."""
    line_end = text.find("\n", row.header)
    caption = text[row.header : line_end if line_end >= 0 else len(text)]
    asked = _HOW_MANY.search(caption)
    if asked:
        return unit_of(asked.group(1))
    return unit_of(caption) if year_rows else None


def _table_context(text: str, pos: int) -> tuple[Period | None, str | None, str | None] | None:
    """For a figure in a table row ("2019 | 45 | 12"): the year of its row or column, and
    the unit and words of its column header (or its row label)."""
    row = row_at(text, pos)
    if row is None or row.start == row.header:
        return None
    cell = next((i for i, (s, e) in enumerate(row.cells) if s <= pos < e), None)
    if cell is None:
        return None
    header = header_of(text, row)
    head_cells = cell_texts(text, header) if header else []
    column = cell - (len(row.cells) - len(head_cells))  # a header may leave the label's out
    head = head_cells[column] if 0 <= column < len(head_cells) else ""
    label = cell_texts(text, row)[0]
    if _NUMBER_CELL.fullmatch(label) and not _YEAR_CELL.fullmatch(label):
        label = ""  # a row of values alone: "6 6 6 2"
    if _YEAR_CELL.fullmatch(head):
        return _cell_period(head), unit_of(label), label or None
    if _YEAR_CELL.fullmatch(label):
        # "Year ending March" over "2020": the year the label column's head says it ends
        lead = head_cells[0] if head_cells else ""
        unit = unit_of(head) if header else _caption_unit(text, row, year_rows=True)
        return _cell_period(label, lead), unit, head or None
    if not head:  # no header row: the row's label says what it counts, the line above of what
        unit = unit_of(label) or (_caption_unit(text, row) if header is None else None)
        return None, unit, label or None
    return None, unit_of(head), head or None


def _cell_period(cell: str, column: str = "") -> Period | None:
    """The year a cell heads: "2021", the financial year "2021/22", or the year to March its
    column says it ends ("Year ending March", "2020")."""
    if _is_year(cell) and _YEAR_ENDING.search(column):
        fiscal = next(iter(find_periods(f"{column} {cell}")), None)
        return replace(fiscal, text=cell) if fiscal else None  # as written: "2020"
    if _is_year(cell):
        return Period(cell, int(cell), int(cell))
    return next(iter(find_periods(cell)), None)
