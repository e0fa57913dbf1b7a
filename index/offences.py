"""The kinds of wrongdoing a question or a passage speaks of.

"How many PSNI officers are being investigated for domestic abuse" is not answered by "39 PSNI
officers for alleged sexual misconduct": the figure counts another kind of wrongdoing. Kinds are
broad families, since sources word them in many ways ("rape", "sexual harassment", "abuse of
position for a sexual purpose" are all sexual); violence against women and girls spans the
sexual and the domestic, and so fits either.
"""

from __future__ import annotations

import re

SEXUAL = "sexual"
DOMESTIC = "domestic"
RACIST = "racist"
VAWG = "violence against women and girls"
DISHONESTY = "dishonesty, drugs and drink"

_KINDS: dict[str, re.Pattern[str]] = {
    SEXUAL: re.compile(
        r"\b(?:sex(?!\s+(?:of|and\s+gender|breakdown))|sexual\w*|rap(?:e|es|ed|ist|ists)|"
        r"harass\w*|indecent\w*|obscen\w*|pornograph\w*|voyeur\w*|apsp|grooming|upskirt\w*)\b",
        re.IGNORECASE,
    ),
    DOMESTIC: re.compile(
        r"\b(?:domestic|coercive\s+control|intimate\s+partner|ppda)\b", re.IGNORECASE
    ),
    RACIST: re.compile(r"\b(?:racis[mt]\w*|racial\w*)\b", re.IGNORECASE),
    VAWG: re.compile(
        r"\b(?:vawg|violence\s+against\s+women|women\s+and\s+girls|misogyn\w*|sexis[mt]\w*)\b",
        re.IGNORECASE,
    ),
    # "an inspector convicted of fraud and one PC convicted of possession of a class B drug"
    DISHONESTY: re.compile(
        r"\b(?:fraud\w*|dishonest\w*|theft|thefts|stealing|stole|drugs?|drink[- ]driv\w*"
        r"|speeding)\b",
        re.IGNORECASE,
    ),
}
# "what sex were they", "by sex": the sex of officers, not a kind of wrongdoing
_SEX_OF = re.compile(r"\b(?:what|which|by|their|the)\s+sex\b", re.IGNORECASE)


def offence_kinds(text: str) -> frozenset[str]:
    """The families of wrongdoing ``text`` names."""
    text = _SEX_OF.sub(" ", text)
    return frozenset(kind for kind, pattern in _KINDS.items() if pattern.search(text))


def kinds_fit(asked: frozenset[str], spoken: frozenset[str]) -> bool:
    """Whether a passage speaking of ``spoken`` kinds can answer a question asking about
    ``asked``: either names none, they share one, or either speaks of violence against women
    and girls, which spans the sexual and the domestic."""
    if not asked or not spoken or VAWG in asked | spoken:
        return True
    return bool(asked & spoken)
