"""The domain vocabulary: police forces, periods, units and numbers as people write them.

Every function here works on source sentences *and* on users' questions ("how many met cops
were sacked in 2023"), so matching is forgiving about case and spelling but careful with words
that are also ordinary English (the verb "met", the surname "Kent", the "Yorkshire Post").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable

from index.models import Period

# ---------------------------------------------------------------------------------------------
# Forces
# ---------------------------------------------------------------------------------------------

_MET = "Metropolitan Police"
AREA_ENGLAND_WALES = "England and Wales"
AREA_WALES = "Wales"

# The 43 territorial forces of England and Wales: canonical name -> the place names it goes by,
# with the county abbreviations people type ("herts", "notts").
# A place name alone ("an officer in Hertfordshire") counts as the force, except the ambiguous
# ones below, which need a police word after them ("Kent Police", "Durham officers").
_TERRITORIAL: dict[str, tuple[str, ...]] = {
    "Avon and Somerset Constabulary": ("Avon and Somerset", "Avon & Somerset", "Avon n Somerset"),
    "Bedfordshire Police": ("Bedfordshire", "Beds"),
    "Cambridgeshire Constabulary": ("Cambridgeshire", "Cambs"),
    "Cheshire Constabulary": ("Cheshire",),
    "City of London Police": ("City of London",),
    "Cleveland Police": ("Cleveland",),
    "Cumbria Constabulary": ("Cumbria",),
    "Derbyshire Constabulary": ("Derbyshire", "Derbys"),
    "Devon and Cornwall Police": ("Devon and Cornwall", "Devon & Cornwall", "Devon", "Cornwall"),
    "Dorset Police": ("Dorset",),
    "Durham Constabulary": ("Durham",),
    "Dyfed-Powys Police": ("Dyfed-Powys", "Dyfed Powys"),
    "Essex Police": ("Essex",),
    "Gloucestershire Constabulary": ("Gloucestershire", "Glos"),
    "Greater Manchester Police": ("Greater Manchester", "Manchester"),
    "Gwent Police": ("Gwent",),
    "Hampshire and Isle of Wight Constabulary": (
        "Hampshire and Isle of Wight",
        "Hampshire",
        "Hants",
    ),
    "Hertfordshire Constabulary": ("Hertfordshire", "Herts"),
    "Humberside Police": ("Humberside",),
    "Kent Police": ("Kent",),
    "Lancashire Constabulary": ("Lancashire", "Lancs"),
    "Leicestershire Police": ("Leicestershire", "Leics"),
    "Lincolnshire Police": ("Lincolnshire", "Lincs"),
    "Merseyside Police": ("Merseyside",),
    _MET: ("Metropolitan", "Met", "Mets"),
    "Norfolk Constabulary": ("Norfolk",),
    "North Wales Police": ("North Wales",),
    "North Yorkshire Police": ("North Yorkshire", "North Yorks"),
    "Northamptonshire Police": ("Northamptonshire", "Northants"),
    "Northumbria Police": ("Northumbria", "Northumbrian"),
    "Nottinghamshire Police": ("Nottinghamshire", "Notts"),
    "South Wales Police": ("South Wales",),
    "South Yorkshire Police": ("South Yorkshire", "South Yorks"),
    "Staffordshire Police": ("Staffordshire", "Staffs"),
    "Suffolk Constabulary": ("Suffolk",),
    "Surrey Police": ("Surrey",),
    "Sussex Police": ("East Sussex", "West Sussex", "Sussex"),
    "Thames Valley Police": ("Thames Valley",),
    "Warwickshire Police": ("Warwickshire", "Warks"),
    "West Mercia Police": ("West Mercia",),
    "West Midlands Police": ("West Midlands", "West Mids"),
    "West Yorkshire Police": ("West Yorkshire", "West Yorks"),
    "Wiltshire Police": ("Wiltshire", "Wilts"),
}

# Places that are also a city, a surname or a region: only a force when a police word follows
# (or in a document about many forces).
_AMBIGUOUS_PLACES = frozenset(
    {"Beds", "Cleveland", "City of London", "Durham", "Kent", "Manchester", "Metropolitan", "Met"}
)

# forces in the plural: a count across several of them ("in four forces", "constabularies")
SEVERAL_FORCES = re.compile(r"\b(?:forces|constabularies)\b", re.IGNORECASE)
MANY_FORCES = 3  # a document naming this many forces names them by their places alone too
# a title before a place makes it someone's name ("Ms Kent", "Dr Durham"), as "of" may ("the
# Duke of Kent")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|PC|DC|DS|Sgt|Insp|Supt|of)\.?\s+$")

# Other forces and areas, matched only by these exact phrases (case-insensitive).
_OTHER_ALIASES: dict[str, tuple[str, ...]] = {
    _MET: (
        "Metropolitan Police Service",
        "Metropolitan Police",
        "Met Police",
        "Scotland Yard",
        "London force",
        "London police",
        # "more than 1,000 officers in Britain’s largest police force"
        *(
            f"{place}{mark}s {size} {kind}"
            for place in ("Britain", "UK", "country")
            for mark in ("'", "’")
            for size in ("largest", "biggest")
            for kind in ("force", "police force")
        ),
    ),
    # the nations' names stand for their forces ("rape cases in scotland"); "Scotland Yard",
    # the longer match, stays the Met
    "Police Scotland": (
        "Police Scotland",
        "Police Service of Scotland",
        "Scotland",
        "Scottish police",
        "Scottish officers",
        "Scottish cops",
        "Scottish force",
    ),
    "Police Service of Northern Ireland": (
        "Police Service of Northern Ireland",
        "Northern Ireland police",
        "Northern Ireland",
    ),
    "British Transport Police": ("British Transport Police",),
    # the national forces that guard nuclear sites and defence estates
    "Civil Nuclear Constabulary": (
        "Civil Nuclear Constabulary",
        "Civil Nuclear Police",
        "nuclear police",
        "nuclear cops",
    ),
    "Ministry of Defence Police": (
        "Ministry of Defence Police",
        "MoD Police",
        "MoD cops",
        "MoD officers",
        "Defence Police",
    ),
    # Wales's four forces together ("welsh cops"): no one force, nor England and Wales
    AREA_WALES: ("Wales", "Welsh police", "Welsh officers", "Welsh cops", "Welsh forces"),
    AREA_ENGLAND_WALES: (
        "England and Wales",
        "England & Wales",
        "England n Wales",
        "England Wales",
        "England, Wales",  # "1,151 officers under investigation ... in England, Wales"
        "nationally",
        "nationwide",
        "across the country",
        "all police forces",  # "Among all police forces, dishonesty was the most common reason"
        "all forces",
    ),
}

# Aliases that must match with their exact case: acronyms that are also words.
_CASED_ALIASES: dict[str, tuple[str, ...]] = {
    _MET: ("MPS",),
    "Police Service of Northern Ireland": ("PSNI",),
    "British Transport Police": ("BTP",),
    "Civil Nuclear Constabulary": ("CNC",),
    "Ministry of Defence Police": ("MDP",),
    "Greater Manchester Police": ("GMP",),
    "West Midlands Police": ("WMP",),
    "Thames Valley Police": ("TVP",),
    "South Wales Police": ("SWP",),
    "Devon and Cornwall Police": ("D&C",),
    "West Yorkshire Police": ("WYP",),
    "South Yorkshire Police": ("SYP",),
    "North Yorkshire Police": ("NYP",),
}

_POLICE_WORD = (
    r"(?:police(?:\s+(?:force|service))?|constabulary|force|officers?|cops?|pcs?|"
    r"commissioner|constables?|detectives?|sergeants?)\b"
)
_POLICE_AFTER = re.compile(r"\s*(?:['’]s\s+)?" + _POLICE_WORD, re.IGNORECASE)
# After "met" in a question: words that show it is the verb ("met a", "met with").
_VERB_AFTER = re.compile(
    r"\s+(?:a|an|the|with|her|him|them|his|their|my|up|by|on|at)\b", re.IGNORECASE
)
_MET_OFFICE = re.compile(r"\s+Office\b", re.IGNORECASE)  # the Met Office is the weather service


def _phrase(words: str) -> str:
    """A regex for a phrase with flexible inner spacing and word boundaries."""
    return r"\b" + r"\s+".join(re.escape(w) for w in words.split()) + r"\b"


def _alternation(aliases: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern for many phrases, longest first so the longest wins at a position."""
    ordered = sorted(set(aliases), key=len, reverse=True)
    return re.compile("|".join(_phrase(a) for a in ordered), flags)


def _key(found: str) -> str:
    return " ".join(found.lower().split())


# Each group of names is matched in a single pass over the text: scanning once per alias made
# force detection the slowest step of a reindex.
_OTHER_BY_ALIAS = {_key(a): n for n, aliases in _OTHER_ALIASES.items() for a in aliases}
_OTHER_RE = _alternation((a for aliases in _OTHER_ALIASES.values() for a in aliases), re.IGNORECASE)
_CASED_BY_ALIAS = {" ".join(a.split()): n for n, aliases in _CASED_ALIASES.items() for a in aliases}
_CASED_RE = _alternation(a for aliases in _CASED_ALIASES.values() for a in aliases)
_LOWER_ALIAS_RE = _alternation(
    a.lower() for aliases in _CASED_ALIASES.values() for a in aliases if a != "MPS"
)
_PLACE_BY_KEY = {_key(p): (p, n) for n, places in _TERRITORIAL.items() for p in places}
_PLACE_RE = _alternation((p for places in _TERRITORIAL.values() for p in places), re.IGNORECASE)
# Names that hold a force's or an area's and are neither: "New South Wales" is no Welsh police,
# and "South Gloucestershire" lies in Avon and Somerset's area, not Gloucestershire's
# (a mention of no one, which wins over the names inside it and is then dropped)
_NO_FORCE_RE = _alternation(("New South Wales", "South Gloucestershire"), re.IGNORECASE)


def _force_spans(text: str, question: bool, known: Collection[str]) -> list[tuple[int, int, str]]:
    """Every (start, end, force) mention, before overlaps are resolved."""
    spans = [
        (m.start(), m.end(), _OTHER_BY_ALIAS[_key(m.group())]) for m in _OTHER_RE.finditer(text)
    ]
    spans += [
        (m.start(), m.end(), _CASED_BY_ALIAS[" ".join(m.group().split())])
        for m in _CASED_RE.finditer(text)
    ]
    if question:  # people type "gmp" and "psni"; a lowercase "mps" is more often MPs
        spans += [
            (m.start(), m.end(), _CASED_BY_ALIAS[m.group().upper()])
            for m in _LOWER_ALIAS_RE.finditer(text)
        ]
    spans += [(m.start(), m.end(), "") for m in _NO_FORCE_RE.finditer(text)]
    for m in _PLACE_RE.finditer(text):
        place, name = _PLACE_BY_KEY[_key(m.group())]
        spans.extend(_place_span(text, m, place, name, question, known))
    return spans


def _place_span(
    text: str, m: re.Match[str], place: str, name: str, question: bool, known: Collection[str]
) -> Iterable[tuple[int, int, str]]:
    if _MET_OFFICE.match(text, m.end()):
        return
    police = _POLICE_AFTER.match(text, m.end())
    if police:
        yield m.start(), police.end(), name
    elif _bare_place_ok(text, m, place, name, question, known):
        yield m.start(), m.end(), name


def _bare_place_ok(
    text: str, m: re.Match[str], place: str, name: str, question: bool, known: Collection[str]
) -> bool:
    """Whether a place name with no police word after it still names the force: a city's
    only in a document that names its force in full (``known``)."""
    found = m.group(0)
    if place == "Met":
        # "the Met", "Met" and "MET" name the force; a lowercase "met" is the verb, except in
        # a question, where users type "met" for the force ("how many met officers").
        if found[0].isupper():
            return True
        return question and not _VERB_AFTER.match(text, m.end())
    if place in _AMBIGUOUS_PLACES:
        # "In Durham, three officers ...", where the document names Durham Constabulary; or,
        # in one that names many forces, "Kent was assessed as 'adequate'", unless a title
        # makes it a name ("Ms Kent")
        many = len(set(known) - {AREA_ENGLAND_WALES, AREA_WALES}) >= MANY_FORCES
        return found[0].isupper() and (
            name in known or (many and not _TITLED.search(text, 0, m.start()))
        )
    # In prose a place is a proper noun: "Essex" is the force, "essex" is probably not.
    return question or found[0].isupper()


def find_forces(text: str, question: bool = False, known: Collection[str] = ()) -> list[str]:
    """Canonical names of the forces (and the area "England and Wales") that ``text`` names.

    In order of first mention, without repeats. ``question=True`` accepts lowercase place
    names and a lowercase "met", as users type them. A place that is also a city ("In Durham,
    three officers ...") names a force in ``known``: the forces its document names in full.
    """
    names: list[str] = []
    for start, _, name in _mentions(text, question, known):
        if not question and _YARDSTICK.search(text, max(0, start - YARDSTICK_REACH), start):
            continue  # "860 were on restricted duties, equivalent to the size of Wiltshire"
        if name and name not in names:
            names.append(name)
    return names


YARDSTICK_REACH = 60  # characters before a force's name that may say it is only a yardstick
# a force named to give a sense of size, not as the one a text counts in
_YARDSTICK = re.compile(
    r"\b(?:the\s+size\s+of|equivalent\s+to|as\s+(?:big|large)\s+as)"
    r"\s+(?:the\s+)?(?:[A-Z][\w’'&-]*(?:\s+(?:and|or)|,)?\s+)*$"
)


def force_words(text: str) -> set[str]:
    """The words, lowercase, of a question's mentions of forces ("scottish" and "cops" of
    "suspensions of scottish cops")."""
    return {
        word
        for start, end, _ in _mentions(text, True, ())
        for word in re.findall(r"[a-z]+", text[start:end].lower())
    }


def _mentions(text: str, question: bool, known: Collection[str]) -> list[tuple[int, int, str]]:
    """The (start, end, force) mentions of ``text``, the longest first at each position, so
    "Metropolitan Police Service" is one mention."""
    chosen: list[tuple[int, int, str]] = []
    spans = _force_spans(text, question, known)
    for start, end, name in sorted(spans, key=lambda s: (s[0], -s[1])):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, name))
    return chosen


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "two thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1,
}  # fmt: skip
NUMBER_WORDS = frozenset(_SMALL) | frozenset(_SCALES)
SMALL_NUMBER = 20  # a number this small is as often written in words as in digits

_DIGITS = re.compile(r"[£$]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|k|m|million|billion|thousand)?")
_SHARE_IN = re.compile(r"(.+?)\s+(?:in|out\s+of)\s+(?:every\s+)?(.+)", re.IGNORECASE)


def writes_number(text: str, number: str) -> bool:
    """Whether ``text`` writes ``number``: its digits, however grouped ("1,492" as "1 492"),
    and not as a part of a longer number ("2" in "2022"), or, for a small whole number, its
    word ("two or more")."""
    digits = re.findall(r"\d+", number)
    written = r"\W+".join(digits)
    if digits and re.search(rf"(?<![\d.,]){written}(?![\d]|[.,]\d)", text):
        return True
    word = number_word(number)
    return word is not None and bool(re.search(rf"(?<![\w-]){word}(?![\w-])", text, re.I))


def number_word(number: str) -> str | None:
    """The word for a small whole number written in digits ("2": "two")."""
    value = parse_number(number) if number.isdigit() else None
    return next((w for w, v in _SMALL.items() if v == value and v <= SMALL_NUMBER), None)


def parse_number(token: str) -> float | None:
    """The value of a number as written: "1,492", "1.6", "42%", "Nine", "a hundred", "twelve",
    "two hundred and fifty", "1.2 million", "three-quarters" (0.75), "one in 200" (0.005).

    None when ``token`` is not a number.
    """
    words = " ".join(token.strip().lower().replace("-", " ").split())
    if not words:
        return None
    share = _SHARE_IN.fullmatch(words)
    if share:
        part, whole = parse_number(share.group(1)), parse_number(share.group(2))
        return part / whole if part is not None and whole else None
    if words in _FRACTIONS:
        return _FRACTIONS[words]
    digits = _DIGITS.fullmatch(words)
    if digits:
        value = float(digits.group(1).replace(",", "") + (digits.group(2) or ""))
        suffix = digits.group(3) or ""
        scale = {"k": 1_000, "m": 1_000_000, "thousand": 1_000, "million": 1_000_000}
        return value * {**scale, "billion": 1_000_000_000}.get(suffix, 1)
    return _parse_words(words)


def _parse_words(words: str) -> float | None:
    """ "two hundred and fifty" -> 250; "a dozen" -> 12; None if any word is not a number."""
    total, current = 0.0, 0.0
    parts = [w for w in words.split() if w != "and"]
    if parts and parts[0] == "a" and len(parts) > 1:
        parts[0] = "one"
    if not parts:
        return None
    for word in parts:
        if word in _SMALL:
            current += _SMALL[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1_000:
                total, current = total + current, 0.0
        else:
            return None
    return total + current


# A sentence of a local story that counts across the country ("1,319 police officers and
# staff across the UK", "requests received from 41 UK police forces"): not the local force's
NATIONWIDE = re.compile(
    r"\bacross (?:the UK|the country|Britain|England and Wales)\b"
    r"|\b\d+ (?:UK )?(?:police )?forces\b"
    # "National data released today by the NPCC records 1,177 cases"
    r"|\bnational\s+(?:data|figures|statistics)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# Units
# ---------------------------------------------------------------------------------------------

_UNIT_WORDS: dict[str, str] = {}
for _unit, _words in {
    "officers": "officer officers cop cops constable constables pc pcs policeman policemen "
    "policewoman policewomen sergeant sergeants detective detectives bobby bobbies copper "
    "coppers",
    "complaints": "complaint complaints",
    "allegations": "allegation allegations claim claims accusation accusations",
    "cases": "case cases",
    "reports": "report reports",
    "records": "record records",
    "forces": "force forces constabularies",
    "suspensions": "suspension suspensions restriction restrictions",
    "instances": "instance instances incident incidents occasion occasions",
    "victims": "victim victims survivor survivors",
    "people": "people ppl person persons respondent respondents individuals men women",
    "rapes": "rape rapes",
    "charges": "charge charges",
    "assaults": "assault assaults",
    "offences": "offence offences offense offenses",
    "hearings": "hearing hearings",
    "dismissals": "dismissal dismissals",
    "convictions": "conviction convictions",
    "arrests": "arrest arrests",
    "investigations": "investigation investigations probe probes inquiry inquiries",
    "recommendations": "recommendation recommendations recomendation recomendations",
    "years": "year years yr yrs",
    "months": "month months",
    "weeks": "week weeks",
    "days": "day days",
    "hours": "hour hours",
    "minutes": "minute minutes",
    "percent": "% percent per_cent percentage",
    "pounds": "pound pounds money compensation payout payouts damages",
}.items():
    _UNIT_WORDS.update(dict.fromkeys(_words.split(), _unit))
UNITS = frozenset(_UNIT_WORDS.values())
# What is counted, whatever it is about: "rape allegations" narrows "allegations" by "rape"
_BARE_COUNTS = frozenset("officers complaints allegations cases reports instances forces".split())


def is_bare_count(word: str) -> bool:
    """Whether a word names only what is counted ("allegations", "cases", "cops")."""
    return _UNIT_WORDS.get(word) in _BARE_COUNTS


# Words that end the noun phrase before any unit is found: prepositions, pronouns, verbs of
# being. "were reported for sexual harassment" has no unit of its own.
_PHRASE_STOP = frozenset(
    (
        "of in on at for to from by with who whom that which were was have has had are is be been "
        "being the a an this these those they he she it we you i said say says led did do does "
        "will would could should can may might than as if when while after before"
    ).split()
)
# Units of time: "in four years" tells how long, never what the sources count
SPAN_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})
_MULTIWORD_UNITS = (("bad apples", "officers"), ("per cent", "percent"))
_MAX_PHRASE_WORDS = 6


def unit_of(words: str) -> str | None:
    """The canonical unit of the noun phrase that starts ``words``.

    "officers abused their position" -> "officers"; "sexual abuse claims" -> "allegations";
    "rape cases leading to a charge" -> "cases" (the head noun: the last of a noun compound);
    "were reported for sexual harassment" -> None.
    """
    text = words.lower()
    for phrase, canonical in _MULTIWORD_UNITS:
        text = re.sub(_phrase(phrase), canonical if canonical != "percent" else "per_cent", text)
    tokens = re.findall(r"%|[a-z_]+", text.replace("’", "'"))
    found: str | None = None
    for token in tokens[:_MAX_PHRASE_WORDS]:
        unit = _UNIT_WORDS.get(token)
        if unit:
            found = unit  # keep going: in "rape cases" the head is "cases"
        elif found:
            return found
        elif token in _PHRASE_STOP:
            return None
    return found


# Verbs of sanction: "how many were sacked" asks about officers.
SANCTION_VERBS = (
    r"(?:sacked|dismissed|fired|removed|barred|disciplined|suspended|restricted|arrested|"
    r"charged|convicted|jailed|kept\s+their\s+jobs|remained\s+in\s+post|retired|resigned)"
)
# Bodies that inspect, investigate, prosecute or speak for the police, by the initials people
# type, each with the other words sources may name it by ("HMICFRS", "the inspectorate"). A
# question that names one no source names asks what no source says ("over what period did hmic
# find ...": not a period another source gives).
BODIES: dict[str, tuple[str, ...]] = {
    "hmic": ("hmic", "hmicfrs", "inspectorate"),
    "hmicfrs": ("hmicfrs", "hmic", "inspectorate"),
    "iopc": ("iopc",),
    "ipcc": ("ipcc",),
    "npcc": ("npcc",),
    "acpo": ("acpo",),
    "cps": ("cps",),
    "mopac": ("mopac",),
    "pirc": ("pirc",),
}
# "how did hmic rate essex police": a grade an inspectorate gave, not a rate
RATED_BY = re.compile(
    r"\b(?:did|does|do|would|has|have)\s+(?:hmic\w*|the\s+(?:inspectorate|watchdog|inspectors?)"
    r"|inspectors|they|it)\s+rate\b",
    re.IGNORECASE,
)
_SHARE_QUESTION = re.compile(
    r"%|\b(?:percentage|percent|per\s+cent|proportion|share|fraction|ratio)\b"
    r"|(?<!this\s)(?<!that\s)(?<!current\s)(?<!same\s)\brate\b"  # not "at this rate"
    r"|\bhow\s+many\s+(?:in|out\s+of)\s+(?:every\s+)?\d{1,3}(?:,\d{3})*(?!\d)"  # not "in 2024"
    r"|\bper\s+(?:\d{1,3}(?:,?\d{3})*(?!\d)|every|head|capita)\b",  # "per 1000 employees"
    re.IGNORECASE,
)
_HOW_MANY = re.compile(
    r"\b(?:how\s+many|how\s+much|number\s+of|total\s+(?:number\s+of\s+)?|count\s+of)\s+(.*)",
    re.IGNORECASE,
)
_SANCTIONED = re.compile(
    r"\bhow\s+many\s+(?:\w+\s+){0,2}(?:were|was|have\s+been|got|been)\s+" + SANCTION_VERBS,
    re.IGNORECASE,
)


# "how much has the psni spent on paying suspended officers": money, whatever else it names
_MONEY = re.compile(
    r"\bhow\s+much\b(?:(?!\bhow\b).)*?\b(?:spen[dt]|spending|cost(?:s|ing)?|pa(?:y|id|ying)|"
    r"fees?|bills?|budget|salar(?:y|ies)|wages?|(?:fork|shell|splash)(?:ed|ing)?\s+out|"
    r"cough(?:ed|ing)?\s+up)\b"
    r"|\bwhat\s+(?:did|does|do|will)\s+(?:it|this|that|they|these|those)\s+cost\b"
    r"|\bwhat\s+(?:was|is|were|are|has\s+been)\s+the\s+(?:total\s+)?cost\b",
    re.IGNORECASE,
)


def counted_unit(question: str) -> str | None:
    """The unit a question counts in so many words: "how many misconduct hearings" -> hearings;
    money for "how much ... spent / paid / cost"."""
    if _MONEY.search(question):
        return "pounds"
    how_many = _HOW_MANY.search(_YEAR_ON_YEAR.sub(" ", question))
    return unit_of(how_many.group(1)) if how_many else None


# "up by how much year on year": a change from one year to the next, counted in no years
_YEAR_ON_YEAR = re.compile(r"\byear[\s-]+on[\s-]+year\b", re.IGNORECASE)


def question_unit(question: str) -> str | None:
    """What a question asks for: a canonical unit, or "percent" for a share or a rate."""
    if _SHARE_QUESTION.search(question) and not RATED_BY.search(question):
        return "percent"
    unit = counted_unit(question)
    if unit:
        return unit
    if _SANCTIONED.search(question):
        return "officers"
    how_many = _HOW_MANY.search(question)
    if how_many and any(
        w.endswith("s")
        for w in itertools.takewhile(
            lambda w: w not in _PHRASE_STOP, re.findall(r"[a-z]+", how_many.group(1).lower())[:3]
        )
    ):
        # "how many recommendations did the report make", "how many sexual assults by met
        # cops": they count a thing of their own, not the officers named after it
        return None
    # No "how many": the first unit word anywhere ("2012-18 complaints upheld"), but not
    # "years", which in a question is nearly always part of a period; of unit words written
    # together, the last, which names the thing ("sex assault allegations" are allegations)
    tokens = re.findall(r"[a-z]+", question.lower())
    for i, token in enumerate(tokens):
        unit = _UNIT_WORDS.get(token)
        if unit and unit not in ("years", "months"):
            for after in tokens[i + 1 :]:
                # (not "assault complaints officers ...": the people they are made against)
                if _UNIT_WORDS.get(after) in (None, "years", "months", "officers", "people"):
                    break
                unit = _UNIT_WORDS[after]
            return unit
    return None


# ---------------------------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH = _MONTH
# a day of a month, with no year: "15 January", "3rd Oct", "June 2"
DAY_OF_MONTH = (
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
)
_YEAR = r"(?:199\d|20[0-3]\d)"
_SP = r"[^\S\n]+"  # spaces, never a line break: a period does not run across lines
_WRAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # ... except where a paragraph is wrapped
# "2 June 2018", "the 13 June 2023", "June 2018", "2018", and as American dates are written,
# "October 1, 2021"
_PART_OF_YEAR = r"(?:(?:mid|early|late)(?:-|[^\S\n]+))"  # "mid 2018", "early-2019"
_DATE = (
    rf"{_PART_OF_YEAR}?(?:(?:the{_SP})?\d{{1,2}}(?:st|nd|rd|th)?{_SP})?"
    rf"(?:{_MONTH}{_SP}(?:\d{{1,2}}(?:st|nd|rd|th)?,?{_SP})?)?({_YEAR})"
)
_VERSUS = rf"(?:than|compared?{_SP}(?:with|to)|vs\.?|versus)"  # "2017 compared with 2012"
_COMPARED = r"(?:higher|lower|more|less|fewer|greater|bigger|smaller|worse|better)"  # "higher than"
_COUNT_WORD = r"(?:\d+|" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r")"
_SPAN_OF_YEARS = (
    rf"(?:in|over|during|for|across|within){_SP}(?:the|a|this|that){_SP}"
    rf"(?:(?:past|last|previous|total{_SP}of){_SP})?{_COUNT_WORD}(?:-|{_SP})years?(?:{_SP}period)?"
)
_YEAR_END = r"(?<![\d./])"  # a year is not the tail of a longer number or a reference
_NOT_AFTER = r"(?![\d/.]\d|-year|\w)"

# "in the two years to the end of March", "the year to March", "the two years to September
# 30 —", in a story of December 2016: the last March (September) before it ("in the two years to
# the end of March, 42 officers": 42 is no day)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEARLESS_BACK = re.compile(
    rf"\b((?:years?|yrs?|months?){_SP}(?:up{_SP})?(?:to|until|till|ending|ended){_SP}"
    rf"(?:the{_SP}end{_SP}of{_SP})?(?:{_DAY}{_SP})?)({_MONTH})\b"
    rf"((?:{_SP}{_DAY}(?=[^\S\n]*(?:[,.;:)—–]|$)))?+)"
    rf"(?![^\S\n]*,?[^\S\n]*\d{{4}}\b)",
    re.IGNORECASE,
)

_PERIOD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "2016-17 to 2020-21", "between 2016/17 and 2020/21": financial years, the first to the last
    (
        "range",
        re.compile(
            rf"{_YEAR_END}\b(?:(?:between|from){_SP})?({_YEAR})[-–/]\d\d{_SP}?"
            rf"(?:to|until|and|-|–){_SP}?({_YEAR})[-–/](\d\d){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "01/03/2021 – 28/02/2025", "from 1/4/2019 to 31/3/2023": dates as FOI answers write them
    (
        "range",
        re.compile(
            rf"\b\d{{1,2}}/\d{{1,2}}/({_YEAR}){_SP}?(?:to|until|and|-|–){_SP}?"
            rf"\d{{1,2}}/\d{{1,2}}/({_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    # "in the ten years between 2014 and 2024", "between 1 January 2012 and 2 June 2018",
    # "during the period October 1, 2021, and March 31, 2022", "the time period beginning
    # October 1, 2021 and ending March 31, 2022"
    (
        "range",
        re.compile(
            rf"(?:{_SPAN_OF_YEARS}{_SP})?(?:between|from|the{_SP}period|beginning|starting)"
            rf"{_SP}{_DATE},?{_SP}(?:and{_SP}ending|and|(?:up{_SP})?to|until|till|through|-|–)"
            rf"{_SP}{_DATE}"
            rf"{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "between its introduction on 15 December 2017 and the end of this reporting period on
    # 31 March 2023": a few words may name each end before its date
    (
        "range",
        re.compile(
            rf"\bbetween{_SP}[^\d\n,.;]{{0,40}}?{_DATE}{_SP}(?:and|to){_SP}"
            rf"[^\d\n,.;]{{0,40}}?{_DATE}{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # ... and so may the end of a span from a date ("from February 2020 until the end of June
    # 2024")
    (
        "range",
        re.compile(
            rf"\bfrom{_SP}{_DATE}{_SP}(?:(?:up{_SP})?to|until|till){_SP}[^\d\n,.;]{{0,40}}?{_DATE}"
            rf"{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "jan to may 2021", "between January and May 2021": months of one year
    (
        "year",
        re.compile(
            rf"\b(?:(?:between|from){_SP})?{_MONTH}{_SP}?(?:to|and|until|till|through|-|–){_SP}?"
            rf"{_MONTH},?{_SP}({_YEAR}){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "jan 2017 to june 2022": months make a range of two dates without "between"
    (
        "range",
        re.compile(
            rf"\b{_MONTH}{_SP}({_YEAR}){_SP}?(?:to|until|till|through|-|–){_SP}?{_DATE}{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "in 2017 than in 2012", "in 2017 compared with 2012", "2017 vs 2012", "in 2017 higher
    # than in 2012": a comparison spans both years
    (
        "range",
        re.compile(
            rf"\b(?:in{_SP})?({_YEAR}){_SP}(?:{_COMPARED}{_SP})?{_VERSUS}{_SP}"
            rf"(?:(?:in|with){_SP})?({_YEAR}){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "in 2017 compared with five years earlier": back from the year to the one it names
    (
        "earlier",
        re.compile(
            rf"\b(?:in{_SP})?({_YEAR}){_SP}{_VERSUS}{_SP}"
            rf"(?P<count>{_COUNT_WORD}){_SP}years?{_SP}(?:earlier|before|previously|ago)\b",
            re.IGNORECASE,
        ),
    ),
    # "2018 to March 2021": a year to a date
    (
        "range",
        re.compile(
            rf"{_YEAR_END}\b({_YEAR}){_SP}(?:to|until|till|through|-|–){_SP}"
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?{_SP})?{_MONTH}{_SP}({_YEAR}){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "2012-18", "2012-2018", "2017 to 2020", "2019/20", "2012 to mid 2018"
    (
        "range",
        re.compile(
            rf"{_YEAR_END}\b{_PART_OF_YEAR}?({_YEAR})"
            rf"(?:[^\S\n]*[-–/][^\S\n]*|{_SP}(?:to|until|and){_SP}{_PART_OF_YEAR}?)"
            rf"((?:19|20)?\d\d){_NOT_AFTER}(?!{_SP}{_MONTH}\b)",  # not "2019 to 27 April"
            re.IGNORECASE,
        ),
    ),
    # "in the ten years up to 2024", "over the past decade to 2023", "in the six months to
    # February 2023": counted back from a date
    (
        "back",
        re.compile(
            rf"\b(?:(?:in|over|during|for|across|within){_SP})?(?:(?:the|a){_SP})?"
            rf"(?:(?:past|last|previous){_SP})?"
            rf"(?:(?P<count>{_COUNT_WORD})(?:-|{_SP})(?P<unit>years?|yrs?|months?|mths?)|decade)"
            rf"{_SP}(?:up{_SP})?(?:to|until|till|ending|before){_SP}(?:the{_SP}end{_SP}of{_SP})?"
            rf"{_DATE}{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "the year ending March 2023", "the financial year (up) to March 2023", "the year to March
    # 31 2025", "the year leading up to March 2024": April 2022 to March 2023, so both years (as
    # "2022/23" is); a wrapped line may fall inside it
    (
        "fiscal",
        re.compile(
            rf"\b(?:(?:financial{_WRAP})?year{_WRAP}(?:ending|ended"
            rf"|(?:(?:leading{_WRAP}|running{_WRAP})?up{_WRAP})?to"
            rf"(?:{_WRAP}the{_WRAP}end{_WRAP}of)?)|y/?e){_WRAP}"
            rf"(?:\d{{1,2}}(?:st|th)?{_WRAP})?{_MONTH}{_WRAP}(?:\d{{1,2}}(?:st|th)?,?{_WRAP})?"
            rf"({_YEAR}){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "since 2017", "since it started in 2017", "since the list was introduced in December 2017"
    (
        "since",
        re.compile(
            rf"\bsince{_SP}(?:(?:it|the{_SP}[a-z]+(?:{_SP}[a-z]+)?){_SP}(?:was{_SP})?"
            rf"(?:started|began|begun|launched|introduced|created|set{_SP}up|came{_SP}in)"
            rf"{_SP}(?:in|on){_SP})?{_DATE}{_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "as of December 31, 2022", "at the end of March 2023": a count at a date, that year's
    (
        "year",
        re.compile(
            rf"\b(?:as{_SP}(?:of|at)|at{_SP}the{_SP}end{_SP}of|by{_SP}the{_SP}end{_SP}of)"
            rf"{_SP}(?:\d{{1,2}}(?:st|nd|rd|th)?{_SP})?(?:{_MONTH}{_SP})?"
            rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?{_SP})?({_YEAR}){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # "in 2022", "in November 2018", "during 2019", "in mid 2018"
    (
        "year",
        re.compile(
            rf"\b(?:in|during|for|throughout|of){_SP}(?:the{_SP}(?:calendar{_SP})?year{_SP})?"
            rf"{_PART_OF_YEAR}?(?:{_MONTH}{_SP})?({_YEAR}){_NOT_AFTER}",
            re.IGNORECASE,
        ),
    ),
    # Spans with no years: "over a 10 year period", "in the past decade", "last year", "in the
    # year to March"
    ("vague", re.compile(rf"\b{_SPAN_OF_YEARS}\b", re.IGNORECASE)),
    ("vague", _YEARLESS_BACK),
    (
        "vague",
        re.compile(
            rf"\b(?:in|over|during|across|within){_SP}(?:the{_SP})?(?:past|last|previous)"
            rf"{_SP}(?:decade|few{_SP}years|year)\b",
            re.IGNORECASE,
        ),
    ),
    ("vague", re.compile(rf"\b(?:earlier{_SP})?(?:last|this|next){_SP}year\b", re.IGNORECASE)),
]
# Years as people type them short in a question: "23/24" (a financial year), "oct 22 to oct 23"
_SHORT_YEARS = (
    re.compile(r"(?<![\d/.])([1-3]\d)/([1-3]\d)(?![\d/])"),
    re.compile(
        rf"\b{_MONTH}{_SP}'?([1-3]\d){_SP}(?:to|until|-|–){_SP}{_MONTH}{_SP}'?([1-3]\d)\b",
        re.IGNORECASE,
    ),
)
_BARE_YEAR = re.compile(rf"{_YEAR_END}\b({_YEAR}){_NOT_AFTER}")


def _to_period(kind: str, m: re.Match[str]) -> Period | None:
    if kind == "short":
        first, last = (2000 + int(g) for g in m.groups())
        # "23/24" is a year and the next; months make any short run of years ("may 21 to may 23")
        longest = 3 if re.search(r"[a-z]", m.group(0), re.IGNORECASE) else 1
        return Period(m.group(0), first, last) if first < last <= first + longest else None
    years = [int(g) for g in m.groups() if g and re.fullmatch(r"\d{4}", g)]
    if kind == "vague":
        return Period(m.group(0))
    if kind == "back":
        count = m.group("count")
        span = 10 if count is None else parse_number(count)
        if span is None or span < 1:
            return None
        if (m.group("unit") or "").lower().startswith("m"):  # months, or "mths"
            # "the six months to February 2023": September 2022 to February 2023
            named = re.findall(_MONTH, m.group(0)[m.start("count") - m.start() :], re.IGNORECASE)
            end_month = _month_number(named[-1]) if named else 12
            return Period(m.group(0), years[0] + (end_month - int(span)) // 12, years[0])
        return Period(m.group(0), years[0] - int(span), years[0])
    if kind == "earlier":
        back = parse_number(m.group("count"))
        return Period(m.group(0), years[0] - int(back), years[0]) if back else None
    if kind == "since":
        return Period(m.group(0), years[0], None)
    if kind == "fiscal":
        return Period(m.group(0), years[0] - 1, years[0])
    if kind == "year":
        return Period(m.group(0), years[0], years[0])
    # A range: two full years (in either order: "in 2017 than in 2012"), or "2012-18".
    start, end = years[0], _expand_year(years[0], m.groups()[-1])
    if end is None:
        return None
    return Period(m.group(0), min(start, end), max(start, end))


def _expand_year(start: int, text: str | None) -> int | None:
    """The end year of a range: "18" after 2012 is 2018, "2018" is 2018."""
    if not text:
        return None
    if len(text) == 2:  # "2018-12" is a month, not a range back in time
        end = start // 100 * 100 + int(text)
        return end if end >= start else None
    return int(text)


def _month_number(name: str) -> int:
    months = "jan feb mar apr may jun jul aug sep oct nov dec".split()
    return months.index(name[:3].lower()) + 1


def find_period_spans(text: str, question: bool = False) -> list[tuple[int, int, Period]]:
    """Every period in ``text`` as (start, end, Period), in order, without overlaps.

    ``question=True`` also reads a bare year ("sacked 2023") as that year.
    """
    found: list[tuple[int, int, Period]] = []
    taken: list[tuple[int, int]] = []
    patterns = list(_PERIOD_PATTERNS)
    if question:
        patterns = [("short", p) for p in _SHORT_YEARS] + patterns + [("year", _BARE_YEAR)]
    for kind, pattern in patterns:  # earlier patterns are the more specific ones
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            period = _to_period(kind, m)
            if period is not None:
                found.append((m.start(), m.end(), period))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f[0])


_LAST_MONTH = re.compile(rf"\blast{_SP}({_MONTH})\b(?!{_SP}\d)", re.IGNORECASE)  # "last August"
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
    )
}
_RELATIVE_YEAR = re.compile(  # "September last year", "April 27 this year"
    rf"\b({_MONTH}{_SP}(?:\d{{1,2}}(?:st|nd|rd|th)?,?{_SP})?)(last|this){_SP}year\b", re.IGNORECASE
)
# "over the last five years", "in the past decade": back from when it was written, unless a
# date ends it ("the last five years up to 2022")
_RELATIVE_SPAN = re.compile(
    rf"\b(the{_SP}(?:last|past){_SP}(?:{_COUNT_WORD}(?:-|{_SP})years|decade))\b"
    rf"(?!{_SP}(?:up{_SP})?(?:to|until|till|ending|before)\b)",
    re.IGNORECASE,
)


_RELATIVE_MONTHS = re.compile(
    rf"\b(the{_SP}(?:last|past){_SP}{_COUNT_WORD}(?:-|{_SP})months)\b"
    rf"(?!{_SP}(?:up{_SP})?(?:to|until|till|ending|before)\b)",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
# "between April 2020 and the end of June", in a story of August 2025: the last June before
# ("from September 2022 to February 268 allegations were made": 268 is no day nor year)
_YEARLESS_END = re.compile(
    rf"\b((?:between|from){_SP}(?:\w+{_SP}){{0,3}}{_MONTH}{_SP}(?:19|20)\d\d{_SP}(?:and|to|until)"
    rf"{_SP}(?:the{_SP}end{_SP}of{_SP})?)({_MONTH})\b(?![^\S\n]*,?[^\S\n]*(?:\d{{1,2}}|\d{{4}})\b)",
    re.IGNORECASE,
)


# "in the first five months of this year": a part of the year it was written in
_PART_OF_THIS_YEAR = re.compile(
    rf"\b((?:months?|weeks?|half|quarter|part|start|beginning|end){_SP}of{_SP})this{_SP}year\b",
    re.IGNORECASE,
)


def with_years(text: str, published: int | None, month: int | None = None) -> str:
    """``text`` with a month of last or this year written with its year, for a source
    published in ``published`` (in ``month``, when known): "between January 2018 and September
    last year" in a story of 2022 covers 2018 to 2021, and "between January 2018 and last
    August" in one of March 2021 covers 2018 to 2020. A bare "last year" may mean the past
    twelve months, and stays. "Over the last five years" in a story of 2022 covers 2017 to
    2022, "in the past 12 months" in one of September 2023 runs to that month, and "between
    April 2020 and the end of June" in one of August 2025 runs to June 2025; "the first five
    months of this year" in one of 2021 are in 2021."""
    if published is None:
        return text
    text = _RELATIVE_SPAN.sub(lambda m: f"{m[1]} to {published}", text)
    # "in the past 12 months" in a story of September 2023: to that month
    if month:
        to = f"{_MONTH_NAMES[month - 1]} {published}"
        text = _RELATIVE_MONTHS.sub(lambda m: f"{m[1]} to {to}", text)
    text = _RELATIVE_YEAR.sub(
        lambda m: f"{m[1]}{published - 1 if m[2].lower() == 'last' else published}", text
    )
    text = _PART_OF_THIS_YEAR.sub(lambda m: f"{m[1]}{published}", text)

    def last(m: re.Match[str]) -> str:
        named = _MONTH_NUMBERS[m[1][:3].lower()]
        return f"{m[1]} {published if month and named < month else published - 1}"

    def ending(m: re.Match[str]) -> str:
        named = _MONTH_NUMBERS[m[2][:3].lower()]
        day = f"{m[3]}," if len(m.groups()) > 2 and m[3] else ""
        return f"{m[1]}{m[2]}{day} {published if not month or named <= month else published - 1}"

    text = _LAST_MONTH.sub(last, text)
    text = _YEARLESS_BACK.sub(ending, text)
    return _YEARLESS_END.sub(ending, text)


def bare_years(text: str) -> set[int]:
    """Every year ``text`` writes, however it uses it ("a report from 2021")."""
    return {int(m.group(1)) for m in _BARE_YEAR.finditer(text)}


def find_periods(text: str, question: bool = False) -> list[Period]:
    """The periods ``text`` states, as written, with their years where it gives them."""
    return [period for _, _, period in find_period_spans(text, question)]
