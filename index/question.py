"""What a question names: years and periods, forces, the unit it asks for, the terms to match.

People type in a chat: lower case, typos, slang ("cops", "sacked"), no question mark. This
module reads such text; it never decides an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from index import lexicon
from index.models import Period

_WORD = re.compile(r"[a-z0-9][a-z0-9'’%-]*")
STOPWORDS = frozenset(
    (
        "a about above after again all also am an and any are as at be been being both but by can "
        "could did do does doing don dont for from had has have having he her here hers him his "
        "how i if in into is it its just me more most my no nor not of off on once only or "
        "our out over own same she should so some such than that the their them then there these "
        "they this those through to too under until up very was we were what when where which "
        "while who whom why will with would you your yours lol lmao tbh pls please hey hi ok okay "
        "u ur im like really actually know tell give show say said get getting got many much "
        "number numbers figure figures stat stats total whats what's wat ya yeah exactly roughly "
        "approximately according during involved actually actualy ever any anything happened "
        "against led lead leads leading resulted ended end thing things stuff true basically "
        "literally apparently heard reckon guess seems seem even tho though still already far "
        "exact since looks appears ngl idk tiny huge massive massively hugely dramatically "
        "sharply drastically writing piece plus specifically call"
    ).split()
)
# Chat words mapped to the words sources use. Applied to lexical terms only.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "cop": ("officer", "police"),
    "cops": ("officers", "police"),
    "copper": ("officer",),
    "coppers": ("officers",),
    # ranks as FOI tables abbreviate them ("SGT | 29 |")
    "sergeant": ("sgt",),
    "sergeants": ("sgt", "sgts"),
    "constable": ("pc", "con"),
    "constables": ("pcs", "con"),
    "inspector": ("insp",),
    # "the chief exec": the chief executive, as sources write it
    "exec": ("executive",),
    "ceo": ("executive",),
    # "when did inspectors go into the force": "its inspection in April 2023"
    "inspectors": ("insp", "inspection", "inspected"),
    "crime": ("criminal",),
    "crimes": ("criminal",),
    # "lost their jobs"; "52 officers were terminated as a result of misconduct"
    "sacked": ("dismissed", "removed", "removal", "fired", "lost", "terminated"),
    "door": ("dismissed", "removed", "removal", "terminated"),  # "shown the door"
    "sack": ("dismissed", "removal", "lost", "terminated"),
    "fired": ("dismissed", "sacked", "removal", "lost", "terminated"),
    "dismissed": ("dismissed", "sacked", "fired", "removal", "terminated"),
    "kicked": ("removed", "removal", "dismissed", "terminated"),
    "axed": ("dismissed", "removal", "sacked", "terminated"),
    "binned": ("dismissed", "removal", "sacked", "terminated"),
    # "how many are suspended now": "currently", as sources say
    "now": ("now", "currently"),
    "currently": ("currently", "now"),
    # "sacked on the spot": dismissed "without notice", as a misconduct hearing words it
    "spot": ("spot", "notice"),
    "sackings": ("dismissals", "dismissed", "sacked", "removal"),
    "sacking": ("dismissal", "dismissed", "sacked", "removal"),
    "benched": ("suspensions", "suspended", "restrictions"),
    "nicked": ("arrested",),
    # "which politician slammed the figures": "... condemned the figures"
    "slammed": ("slammed", "condemned", "criticised", "criticized", "blasted", "attacked"),
    "criticised": ("criticised", "criticized", "condemned", "slammed", "criticism"),
    "condemned": ("condemned", "criticised", "criticized", "slammed"),
    "bobby": ("officer",),
    "bobbies": ("officers",),
    "jailed": ("jailed", "sentenced", "prison", "imprisoned"),
    "jail": ("jail", "jailed", "prison", "imprisoned", "sentenced"),
    "prison": ("prison", "jail", "jailed", "imprisoned", "sentenced"),
    "booted": ("removed", "removal", "dismissed", "lost", "terminated"),
    "boot": ("dismissed", "removed", "removal", "sacked", "lost", "terminated"),
    "quit": ("resigned", "retired", "left", "leave", "leaving", "voluntarily"),
    # "did he resign before his hearing": "quit ... two days before a misconduct panel"
    "resign": ("resigned", "resigning", "resignation", "quit", "left", "leave", "leaving"),
    "retire": ("retired", "retiring", "retirement", "quit", "left", "leave", "leaving"),
    "left": ("resigned", "retired", "leave", "leaving"),  # "chosen to leave the force"
    # "still kept on as an armed cop": "he continued as an authorised firearms officer"
    "kept": ("remained", "post", "jobs", "retained", "continued"),
    "stayed": ("remained", "post", "kept", "jobs", "retained", "continued"),
    "working": ("serving", "serve", "active"),  # "still working as cops": still serving
    "fellow": ("colleagues", "colleague"),  # "fellow officers"
    "colleagues": ("colleagues", "fellow"),
    "vawg": ("violence", "women", "girls"),  # violence against women and girls
    "apsp": ("apsp", "position"),  # abuse of position for a sexual purpose
    # police community support officers, as a figure's words spell them out
    "pcso": ("pcso", "community"),
    "pcsos": ("pcsos", "community"),
    "npcc": ("chiefs",),  # the National Police Chiefs' Council
    "inspectorate": ("inspectorate", "hmicfrs", "hmic"),  # of Constabulary (and Fire ...)
    "hmicfrs": ("hmicfrs", "hmic", "inspectorate"),
    "avg": ("average",),  # "avg time to close these cases"
    "ppl": ("people",),
    "yr": ("year",),
    "yrs": ("years",),
    "make": ("make", "made"),
    "send": ("send", "sent"),
    # "how many is the psni looking into": what a force investigates
    "looking": ("looking", "investigated", "investigating", "investigation"),
    # "when did the uplift programme start": "a national programme that began in July 2019"
    "start": ("start", "started", "began", "begun", "launched"),
    # "what was the foi asking for": what the requester writes to request, or seeks
    "asking": ("asking", "request", "seek"),
    "ask": ("ask", "request", "seek"),
    "started": ("started", "began", "begun", "launched"),
    "begin": ("begin", "began", "begun", "started", "launched"),
    # "the flashing at the drive through": indecent exposure, as sources say
    "flashing": ("flashing", "exposure", "exposed", "exposing"),
    "flashed": ("flashed", "exposure", "exposed"),
    # "when did the rule come in": it "came into effect", was "introduced"
    "come": ("come", "came", "effect", "introduced"),
    # "how much a year is it costing": "This annual bill adds up to ..."
    "costing": ("costing", "cost", "costs", "bill"),
    # "when did the iopc wrap up its investigation": "Our investigation concluded in ..."
    "wrap": ("wrap", "concluded", "completed", "finished", "ended"),
    "wrapped": ("wrapped", "concluded", "completed", "finished", "ended"),
    # "what grade did the force get for vetting": the inspection "assessed" it as "Adequate"
    "grade": ("grade", "graded", "rated", "rating", "assessed", "assessment"),
    "graded": ("graded", "rated", "rating", "assessed", "assessment"),
    "rating": ("rating", "rated", "graded", "assessed", "assessment"),
    # "had he been dealt with before": "placed on management action", "disciplined"
    "dealt": ("dealt", "action", "disciplined", "sanctioned", "sanction"),
    "probe": ("probe", "investigated", "investigation"),
    "probes": ("probes", "investigated", "investigations"),
    "probed": ("probed", "investigated", "investigation"),
    "jobs": ("post", "remained", "employed", "working"),
    # "still in the job": still employed, still working; "used their job to get sex": their
    # position
    "job": ("job", "position", "post", "employed", "working"),
    "accused": ("allegation", "allegations", "accused"),
    "allegations": ("accused", "claims", "complaints"),
    "claims": ("claims", "allegations", "complaints"),
    "respond": ("respond", "response", "responded", "responding"),
    "responded": ("responded", "response", "respond", "responding"),
    "answered": ("answered", "responded", "replied"),
    "replied": ("replied", "responded", "answered"),
    "react": ("react", "reaction", "response", "responded"),
    "reacted": ("reacted", "reaction", "response", "responded"),
    "reaction": ("reaction", "response", "responded"),
    "complaints": ("complaints", "claims", "allegations"),
    "rapes": ("rape",),
    "attacks": ("attacks", "assaults"),  # "sex attacks": sexual assaults
    "attack": ("attack", "assault"),
    "met": ("metropolitan",),
    "mps": ("metropolitan",),
    # ("a 75 per cent rise")
    "percentage": ("%", "cent"),
    "percent": ("%", "cent"),
    "proportion": ("%",),
    "suspended": ("suspensions", "restrictions"),
    "harassment": ("harassment",),
    "sex": ("sexual",),
    "sexually": ("sexual",),
    "women": ("female", "women"),
    "men": ("male", "men"),
    "male": ("male", "men", "man"),
    "female": ("female", "women", "woman"),
    "woman": ("female", "woman"),
    "man": ("male", "man"),
    "bloke": ("male", "man"),
    "blokes": ("male", "men"),
    "guys": ("male", "men"),
    "upheld": ("upheld", "proven", "proved", "substantiated"),
    "proven": ("proven", "proved", "upheld", "substantiated"),
    "proved": ("proved", "proven", "upheld", "substantiated"),
    "disciplined": ("disciplinary", "proceedings", "disciplined"),
    "trust": ("trust", "distrusted"),
    "distrust": ("distrusted", "trust"),
    "convictions": ("criminal", "records", "conviction"),
    "convicted": ("convicted", "guilty", "jailed", "acquitted"),  # "was he convicted": no
    "sentence": ("sentenced", "jailed", "prison", "jail"),
    # "what punishment did he get": whatever was done to him
    "punishment": (
        "punished",
        "sanction",
        "sanctioned",
        "warning",
        "dismissed",
        "sacked",
        "sentenced",
        "demoted",
    ),
    "punished": (
        "punishment",
        "sanction",
        "sanctioned",
        "warning",
        "dismissed",
        "sacked",
        "demoted",
    ),
    "sexism": ("sexism", "sexist", "discrimination"),
    "grow": ("grew", "increase", "rise", "times"),
    "grown": ("grew", "increase", "rise", "times"),
    "grew": ("grew", "increase", "rise", "times"),
    "growth": ("grew", "increase", "rise", "times"),
    "foi": ("foi", "freedom", "information"),
    "refuse": ("refused", "exemption", "withheld", "declined"),
    "refused": ("refused", "exemption", "withheld", "declined"),
    "withhold": ("withheld", "exemption", "refused"),
    "knock": ("refused", "rejected", "declined", "exemption"),  # "knock back a request"
    "knocked": ("refused", "rejected", "declined", "exemption"),
    "hold": ("hold", "withheld", "exemption"),
    # "did they hand over everything": what an FOI answer "disclose[s] ... in full"
    "hand": ("hand", "disclose", "disclosed", "released"),
    "handed": ("handed", "disclose", "disclosed", "released"),
    "everything": ("everything", "full"),
    "messages": ("messages", "communications", "texts"),
    "calls": ("calls", "communications"),
    "texting": ("texts", "messages", "communications"),
    "texts": ("texts", "messages", "communications"),
    "part": ("part", "section"),
    "data": ("data", "figures", "statistics"),
    "criminal": ("criminal", "records"),
    "called": ("called", "named", "dubbed"),  # "what was the investigation called"
    "expedited": ("expedited", "accelerated"),
    "accelerated": ("accelerated", "expedited"),
}
# What happened to an officer: a question that names one is answered only by a passage that
# speaks of it (in the words of SYNONYMS), whatever else the passage shares with the question.
OUTCOMES = frozenset(
    "sacked sack fired kicked axed binned booted boot dismissed removed suspended benched retired "
    "resigned resign retire quit charged convicted jailed jail prison arrested kept stayed door "
    "proven proved substantiated charge".split()
)
# "the reference number of the FOI" asks for an identifier, not a count; "its number one
# priority" for an aim
_FIGURE_CUES = re.compile(
    r"\b(how many|how much|(?<!reference )(?<!case )(?<!crime )numbers?\b(?!\s+one\b)"
    r"|(?<!reference )no\.? of|"
    r"what (?:was|is|were) the (?:total|number|count)|"
    r"count|total|percent|percentage|%|proportion|share|fraction|rate|how often|figure|"
    r"stats?|statistics|one in|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+out of|"
    r"how common|most|least|rise|fall|increase|decrease|"
    r"quarter|third|half)\b",
    re.IGNORECASE,
)

# Cues that ask for a count or share whatever else the question says
_COUNT_CUES = re.compile(
    r"\b(how many|how much|(?<!reference )(?<!case )(?<!crime )number of|percent|percentage"
    r"|proportion|what share|what fraction|how (?:big|large) (?:is|was|are|were))\b"
    r"|%",
    re.IGNORECASE,
)
# Whom a "which ..." question may ask for: one person, by what they do
_ROLES = (
    r"officer|inspector|sergeant|commissioner|super(?:intendent)?|minister|mp|politician|judge"
    r"|lawyer|campaigner|spokes(?:wo)?man|spokesperson|person|boss|head|director|chair|official"
    r"|councillor|mayor"
)
# Questions that ask for a person or a part of something, not a figure (a reason: below)
_OTHER_ASK = re.compile(
    r"\bwho\b|\b(?:what|which)\s+(?:part|section|exemption|reason|law|act|rule|type|kind|sort)\b"
    r"|\bwhat\s+(?:did|does|has|had)\s+(?:he|she)\s+(?:get|got)\b"  # what he was given
    r"|\bwhat\s+(?:ever\s+)?happen(?:ed|s)?\b|\bwhatever\s+happened\b"
    # "which home office minister called it a shocking figure", "which officer was convicted"
    rf"|\bwhich\s+(?:[a-z]+\s+){{0,3}}?(?:{_ROLES}|constable|detective|chief|man|woman"
    r"|barrister)\b",
    re.IGNORECASE,
)

# "did the request ask for ...", "in that foi, did they want ...": whether, not how many
_ASKS_WHETHER = re.compile(
    r"(?:^|[,;:?]\s*)(?:so\s+|and\s+|but\s+)?(?:did|does|do|has|have|had)\s+"
    r"(?:the|they|he|she|it|that|this|any)\b",
    re.IGNORECASE,
)

# "is it true that ...", "fact check: ...", "... 2021, right?": a claim to check against the
# sources, which a quote stating the figure it names answers, whatever year that quote gives
_CHECKS_CLAIM = re.compile(
    r"\b(?:is|was)\s+(?:it|that|this)\s+(?:actually\s+|really\s+)?(?:true|right|correct|accurate)\b"
    r"|\btrue\s+that\b|\bfact[\s-]?check|\b(?:right|real|true)\W*$",
    re.IGNORECASE,
)

# "what years did the analysis cover", "when was the request made": the answer is a period
_WHEN_FIRST = re.compile(r"\W*when\b", re.IGNORECASE)
_PERIOD_CUES = re.compile(
    r"\b(?:what|which)\s+(?:exact\s+)?(?:years?|dates?|months?|period|time\s*(?:period|frame))\b"
    r"|^\W*when\b|\bwhen\s+(?:did|does|do|was|were|is|are|has|have|had)\b",
    re.IGNORECASE,
)
# "over what period did he commit the offences", "what dates does the foi cover": a span with
# two ends ("between November 2018 and August 2019"), not the one month something was done in
_SPAN_CUES = re.compile(
    r"\b(?:over|during|in)\s+what\s+(?:time\s*)?(?:period|years|time\s*frame)\b"
    r"|\bwhat\s+(?:time\s*)?(?:period|time\s*frame)\b"
    r"|\b(?:what|which)\s+(?:exact\s+)?(?:years|dates)\b[^?]{0,60}?\b(?:cover|span|run)"
    r"|\bfrom\s+when\s+to\s+when\b|\bbetween\s+(?:what|which)\s+(?:dates|years)\b",
    re.IGNORECASE,
)


# "when officers were investigated by their own force, how many cases led to ...": "when"
# opens a clause that says which cases, and the question asks how many
_WHEN_CLAUSE = re.compile(
    r"^\W*when\s+(?!(?:did|does|do|was|were|is|are|has|have|had)\b)\w+.*\bhow\s+(?:many|much)\b",
    re.IGNORECASE,
)


# "what did sadiq khan say about ...": who is asked to have spoken
_SPEAKER = re.compile(
    r"\bwhat\s+(?:did|does|has|have)\s+(.{1,60}?)\s+"
    r"(?:say|said|respond|reply|claim|admit|tell|told|think|argue|warn)\b",
    re.IGNORECASE,
)
# ... unless what "spoke" is a document ("what do the stats say")
DOCUMENT_WORDS = frozenset(
    "stats statistics figures numbers data report reports document article story foi response "
    "answer source sources paper research study survey poll piece findings review".split()
)

# "what sentence did he get": the thing asked for, which the answer must name
_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:exact\s+|kind\s+of\s+|sort\s+of\s+)?([a-z]+)\s+"
    r"(?:did|does|do|was|were|is|are|has|have|had|would|will)\b",
    re.IGNORECASE,
)
# "how many of them were women", "how many were sergeants or above": what a part is, last
_WERE_WHAT = re.compile(
    r"\bhow\s+many\b.*\b(?:were|are)\s+(?:actually\s+|all\s+)?"
    r"(?:(?:for|from|against|about|by|in|on|over)\s+)?(?:the\s+|a\s+|an\s+)?([a-z]+)"
    r"(?:\s+[a-z]+)?(?:\s+(?:specifically|exactly|at\s+all|or\s+above|in\s+court))?\W*$",
    re.IGNORECASE,
)
# "were any of the officers women", "were they men or women": the sex of those counted
_WHICH_SEX = re.compile(
    r"\b(?:were|was|are)\s+(?:any|all|they|most|none|the)\b.*?\b(women|men|female|male|blokes)"
    r"(?:\s+or\s+(?:women|men|female|male))?\W*$",
    re.IGNORECASE,
)
# What "what X did" may name that is the kind of answer, not a thing the passage must name
_ANSWER_KINDS = frozenset(
    "percentage percent proportion share number numbers amount figure figures stat stats "
    "statistics data period periods year years date dates time month months kind sort type part "
    "point reason rate ratio happened happens".split()
)
_REASON_CUES = re.compile(
    r"\bwhy\b|\bwhat\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:the\s+)?reasons?\b"
    r"|\b(?:common|main|usual|biggest|top)\s+reasons?\b",  # "the most common reason"
    re.I,
)
_FORCES_CUES = re.compile(
    r"\bwhich\s+(?:\w+\s+)?(?:police\s+)?(?:forces?|constabular(?:y|ies))\b", re.I
)
# "whos the npcc lead for vetting", "..., and who dug up the numbers": a name is asked for
# (not "officers who were sacked", where "who" says which officers)
# ("which politician slammed the figures": one person or body, asked for by what they are)
_NAME_CUES = re.compile(
    r"(?:^\W*|[,;:?–—-]\s*|\band\s+)(?:who|whos|who['’]s|whom)\b"
    rf"|\bwhich\s+(?:[a-z]+\s+)?(?:{_ROLES}|charity|organisation|organization)\b(?!s)",
    re.I,
)
# "what's the name of the investigation", "what was the op called": a name given to a thing
_TITLE_CUES = re.compile(
    r"\bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the\s+)?name\b|\bwhat\s+(?:is|was|are|were)\s+[^?.]*?\bcalled\b",
    re.I,
)
_TOTAL_CUES = re.compile(r"\b(?:total|overall|altogether|all together|in all)\b", re.I)
# "did the met refuse that foi or hand the info over": what was decided on a request
_DECISION_CUES = re.compile(
    r"\b(?:refus(?:e|ed|al)|withh(?:e|o)ld|(?:hold|held)\s+(?:\w+\s+){0,3}back|"
    r"hand(?:ed)?\s+(?:\w+\s+){0,3}over|release[ds]?\s+(?:\w+\s+){0,3}in\s+full)\b",
    re.I,
)
# "what was the most common reason", "which force had the most": the top of a ranking
_MOST_CUES = re.compile(
    r"\b(?:most\s+(?:common|frequent|usual)|the\s+most|highest|largest|biggest|top|worst|"
    r"lowest|fewest|least|main)\b",
    re.I,
)
# "what did the met say", "how did the force respond": the answer is what someone said
_SAID_CUES = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have)\b.{0,90}?"
    r"\b(?:say|said|respond|reply|claim|admit|tell|told|think|argue|warn)\b"
    r"|\bhow\s+did\b.{0,60}?\b(?:respond|react|reply)\b|\bresponse\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuestionFeatures:
    text: str
    terms: tuple[str, ...]  # content words, lower case
    periods: tuple[Period, ...] = ()
    forces: tuple[str, ...] = ()
    unit: str | None = None
    wants_figure: bool = False
    numbers: tuple[str, ...] = field(default=())  # figures the question itself quotes
    wants_period: bool = False  # the answer is a span of time, not a figure
    wants_span: bool = False  # the answer is a span with two ends ("over what period")
    wants_words: bool = False  # the answer is what someone said
    wants_total: bool = False  # "in total", "overall": a figure that sums up
    wants_most: bool = False  # "the most common reason", "which force had the most"
    wants_decision: bool = False  # "did they refuse the foi or hand it over"
    wants_reason: bool = False  # "why did the met refuse": the answer gives a reason
    wants_name: bool = False  # "who led the inspection": the answer names a person or body
    wants_title: bool = False  # "what was the investigation called": a name given to it
    wants_forces: bool = False  # "which forces didn't reply": the answer names forces
    checks_claim: bool = False  # "is it true that 31 out of 562 ...": a figure to check
    speaker: tuple[str, ...] = ()  # the words naming who "what did X say" asks about
    designations: tuple[str, ...] = ()  # letters naming someone kept anonymous ("officer a")
    part_of_number: bool = False  # asks for a part of a number it quotes ("of the 594, how many")
    counted: str | None = None  # the unit named after "how many" ("how many hearings")
    # the thing "what X did ..." asks for ("what sentence did he get"), or what the part a
    # "how many ... were X" asks for is ("how many of them were women")
    asked: str | None = None
    # what "specifically" or "in particular" narrows the question to ("sacked for sexual
    # misconduct specifically"): an answer speaks of it itself, not only its source's title
    insisted: tuple[str, ...] = ()
    # "how many of the met hotline reports were ...": the words of the whole a part is asked of
    whole: tuple[str, ...] = ()
    # words the asker puts in quote marks ("how many 'other sexual assaults' in 2021"): the
    # source's own words, which an answer says too
    quoted: tuple[str, ...] = ()

    @property
    def years(self) -> set[int]:
        """Every year asked about; "since 2012" runs to this year."""
        years = {year for p in self.periods for year in p.years}
        if self.since is not None:
            years.update(range(self.since, max(self.since, date.today().year) + 1))
        return years

    @property
    def since(self) -> int | None:
        """The first year of a period asked about with no end ("since 2012")."""
        return min(
            (p.start_year for p in self.periods if p.start_year and p.end_year is None),
            default=None,
        )


# Slang whose words mean nothing apart: "how long did he get sent down for" asks how long he was
# jailed, "the hearing where they got rid of him" when he was sacked ("get rid of 700 more" is
# most often a vow, whose words are the source's: "vowed to remove a further 700"), and "went up
# by how much" how much they grew; "how many were suspended at that point" asks how many then;
# "how many lost their jobs" how many were sacked, not how many kept them
_SLANG_PHRASES = {
    **{
        f"{verb} {whose} {job}": "sacked"
        for verb in ("lost", "lose")
        for whose in ("their", "his", "her")
        for job in ("job", "jobs")
    },
    "sent down": "jailed",
    "banged up": "jailed",
    "locked up": "jailed",
    "got rid of": "sacked",
    # "complaints that got thrown out": dismissed, as officers thrown out are
    "thrown out": "dismissed",
    "chucked out": "dismissed",
    "let go": "dismissed",  # "how many cops were let go"
    # "cases being fast tracked": dealt with at an expedited or accelerated hearing
    "fast tracked": "expedited",
    "fast-tracked": "expedited",
    "went up": "grew",
    "gone up": "grew",
    # "up on the year before": on "the previous year", as sources say
    "the year before": "the previous year",
    "at that point": "then",
    "right now": "now",
    "rn": "now",
    "atm": "now",
    "at the moment": "now",
    # "when did the inquiry come out": when it was published, which a date says (a source may
    # write "publication", whose stem is that of "public")
    "come out": "",
    "came out": "",
    "comes out": "",
    # "sacked the 2nd time": as a source writes it, "a second time"
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    # "how many still work at the met": those who remain employed, as sources write it
    "still work at": "remain employed at",
    "still work for": "remain employed by",
    "still working at": "remain employed at",
    "still working for": "remain employed by",
    # "who's in charge of professional standards": who heads it, not a charge brought
    "in charge of": "head of",
    # "which chief super spoke": a chief superintendent, as sources write the rank
    "chief super": "chief superintendent",
    "det supt": "detective superintendent",
    "supt": "superintendent",
}
_SLANG = re.compile("|".join(rf"\b{phrase}\b" for phrase in _SLANG_PHRASES))
# "the officer who kept contacting sex workers" went on doing it; "kept working" is kept a job
_KEPT_DOING = re.compile(r"\bkept\s+(?:on\s+)?(?!(?:working|serving|policing)\b)(?=[a-z]+ing\b)")
# "sacked back in 2020", "back then": when, which the period or "then" says, not a subject word
# "who led the hmic report": leading it is what the answer says of someone ("HM Inspector Mike
# Cunningham, who led the report"), not what a case led to
_WHO_LED = re.compile(r"\bwho\b.*\b(led|leads|lead)\b(?!\s+to\b)")
_BACK_THEN = re.compile(rf"\bback\s+(?=then\b|in\s+(?:\d|{lexicon.MONTH}))", re.IGNORECASE)
# "how long did he get", "how big was the rise": the kind of answer asked for (a span, a size),
# which the question's other words say of what
_HOW_MEASURED = re.compile(r"\bhow\s+(?:long|often|soon|big|large)\b")


_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_DECADES = {"seventy": 70, "eighty": 80, "ninety": 90}
# "between twenty twelve and 2017", "in twenty twenty-two", "back in nineteen ninety three"
_SPOKEN_YEAR = re.compile(
    rf"\btwenty\s+(?P<teen>{'|'.join(_TEENS)})\b"
    rf"|\btwenty\s+twenty(?:[\s-]+(?P<twenties>{'|'.join(_ONES)}))?\b"
    rf"|\bnineteen\s+(?P<decade>{'|'.join(_DECADES)})(?:[\s-]+(?P<year>{'|'.join(_ONES)}))?\b",
    re.IGNORECASE,
)


def _year_in_digits(m: re.Match[str]) -> str:
    def ones(word: str | None) -> int:
        return _ONES.index(word.lower()) + 1 if word else 0

    if m.group("teen"):
        return str(2010 + _TEENS.index(m.group("teen").lower()))
    if m.group("decade"):
        return str(1900 + _DECADES[m.group("decade").lower()] + ones(m.group("year")))
    return str(2020 + ones(m.group("twenties")))


def spoken_years(text: str) -> str:
    """A question with its years written as digits, as said ("twenty twelve" is 2012)."""
    return _SPOKEN_YEAR.sub(_year_in_digits, text)


def read_question(text: str) -> QuestionFeatures:
    text = spoken_years(text)
    spans = [
        s for s in lexicon.find_period_spans(text, question=True) if not _names_document(text, s)
    ]
    lowered = text.lower()
    # the words of a period ("between 2012 and 2018") are read as the period; its years stay
    # terms, since a source that states the very years asked is likelier to answer
    framing = {w for s, e, _ in spans for w in re.findall(r"[a-z]+", lowered[s:e])}
    plain = _SLANG.sub(lambda m: _SLANG_PHRASES[m.group()], lowered)
    plain = _HOW_MEASURED.sub("how", _BACK_THEN.sub("", _KEPT_DOING.sub("", plain)))
    words = (re.sub(r"['’]s$", "", w).strip("'’-") for w in _WORD.findall(plain))
    led = _WHO_LED.search(plain)
    terms = tuple(
        w for w in words if (w not in STOPWORDS or (led and w == led.group(1))) and w not in framing
    )
    numbers = tuple(
        m.group()
        for m in re.finditer(
            r"(?<![\w.])(?<!per )\d[\d,]*(?:\.\d+)?%?"  # not a rate's base ("per 1000")
            r"(?![\w-]*\s*-?(?:years?|yrs?|yo|months?|weeks?|days?)\b)"
            r"(?!\s+in\s+(?:what|how)\b)"  # the part of a rate asked for ("1 in what")
            r"(?!\.?[A-Za-z\d])",
            text,
        )
        if not _is_year(m.group()) and not any(s <= m.start() < e for s, e, _ in spans)
    )
    return QuestionFeatures(
        text=text,
        terms=tuple(t for t in terms if t),
        periods=tuple(period for _, _, period in spans),
        forces=tuple(lexicon.find_forces(text, question=True)),
        unit=lexicon.question_unit(text),
        # a number quoted asks for figures, unless the question asks who, when or what was said
        # of the thing it counts ("when were the 410 figures first reported")
        wants_figure=_asks_for_figure(text, spans) or (bool(numbers) and not _asks_other(text)),
        numbers=numbers,
        wants_period=bool(_PERIOD_CUES.search(text)) and not _WHEN_CLAUSE.search(text),
        wants_span=bool(_SPAN_CUES.search(text)),
        wants_words=bool(_SAID_CUES.search(text)),
        wants_total=bool(_TOTAL_CUES.search(text)),
        wants_most=bool(_MOST_CUES.search(text)),
        wants_decision=bool(_DECISION_CUES.search(text)),
        wants_reason=bool(_REASON_CUES.search(text)),
        wants_name=bool(_NAME_CUES.search(text)),
        wants_title=bool(_TITLE_CUES.search(text)),
        wants_forces=bool(_FORCES_CUES.search(text)),
        counted=lexicon.counted_unit(text),
        asked=_asked_thing(text),
        part_of_number=any(_asks_part_of(text, n) for n in numbers),
        checks_claim=bool(numbers) and bool(_CHECKS_CLAIM.search(text)),
        speaker=_speaker(text),
        designations=designations(text),
        insisted=_insisted(plain),
        whole=_whole(plain),
        quoted=tuple(m[1] for m in _QUOTED.finditer(text)),
    )


# a phrase of two to six words in quote marks, opened after a space and closed before one
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(]))['‘\"“]([a-z0-9]+(?:[\s-]+[a-z0-9]+){1,5})['’\"”](?=[\s,.;:!?)]|$)",
    re.IGNORECASE,
)


# "for sexual misconduct specifically", "specifically for sexual assault", "women in particular"
_INSISTED_AFTER = re.compile(
    r"\b(?:specifically|particularly|in\s+particular)\s+(?:for|about|over|with|on|as)\s+"
    r"((?:[a-z]+\b\s*){1,3})"
)
_INSISTED_BEFORE = re.compile(r"((?:\b[a-z]+\s+){1,3})(?:specifically|in\s+particular)\b")


# "how many of the met hotline reports were about sexual misconduct": a part of a whole the
# question names in words
_PART_OF_WHOLE = re.compile(
    r"\bhow\s+many\s+of\s+(?:the|those|these)\s+((?:[a-z&'’-]+\s+){1,5}?)"
    r"(?:were|was|are|is|had|have|got|did|ended|went|came|led|resulted"
    # ("how many of those hearings couldnt forces say were held in public")
    r"|could|can|would|will|do|does|(?:could|ca|would|wo|did|do|does|were|was)n['’]?t)\b"
)


def _whole(text: str) -> tuple[str, ...]:
    """The words, less small words, of the whole a question asks a part of."""
    named = _PART_OF_WHOLE.search(text)
    words = (re.sub(r"['’]s$", "", w) for w in named.group(1).split()) if named else ()
    return tuple(w for w in words if w not in STOPWORDS)


def _insisted(text: str) -> tuple[str, ...]:
    """The words a question narrows itself to with "specifically" or "in particular": those
    after the last small word before it ("how many were rape allegations specifically" ->
    "rape"), or after it ("dismissed specifically for sexual misconduct"), less the words for
    what is counted."""
    after = _INSISTED_AFTER.search(text)
    before = _INSISTED_BEFORE.search(text)
    if after:
        words = after.group(1).split()
        small = [i for i, w in enumerate(words) if w in STOPWORDS]
        words = words[: small[0]] if small else words
    elif before:
        words = before.group(1).split()
        small = [i for i, w in enumerate(words) if w in STOPWORDS]
        words = words[small[-1] + 1 :] if small else words
    else:
        return ()
    return tuple(w for w in words if w not in STOPWORDS and not lexicon.is_bare_count(w))


# "the 2022 met foi", "hmicfrs 2019 abuse of position report": a bare year before a document's
# name says which document, not the period its figures count
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:report|foi|review|study|inspection|article|piece|request|"
    r"document|bulletin|paper|survey|investigation|update|release|statement)\b"
    r"(?!\s+(?:in|for|of)\s+\d)",
    re.IGNORECASE,
)


def _names_document(text: str, span: tuple[int, int, Period]) -> bool:
    """Whether a period found in a question is a bare year (or a month of one) naming the
    document after it ("the met's april 2023 update")."""
    start, end, _ = span
    dated = re.fullmatch(rf"(?:{lexicon.MONTH}\s+)?\d{{4}}", text[start:end], re.IGNORECASE)
    return bool(dated and _DOCUMENT_AFTER.match(text, end))


# How hearings and courts name the people they keep anonymous: "Officer A", "PC X", "Miss B"
ANONYMOUS_TITLES = (
    r"officer|pc|sergeant|sgt|constable|inspector|detective|miss|mrs|ms|mr|witness|woman|victim"
)
# ... ending at the letter: "Officer A’s" and "‘Officer A’" name one, "Miss A’Court" does not
AFTER_LETTER = r"(?![\w-])(?!['’](?!s\b)\w)"
_DESIGNATION = re.compile(rf"\b(?:{ANONYMOUS_TITLES})\s+([a-z]){AFTER_LETTER}", re.IGNORECASE)
# ... though in "an officer a month" or "is that officer a victim" the "a" is an article
_ARTICLE_A = re.compile(
    r"\s+(?:month|year|week|day|time|lot|few|bit|couple|number|total|chance|warning|job|case"
    r"|victim|suspect|risk|danger|good|bad|real|serial|sexual|woman|man|sergeant|cop)\b",
    re.IGNORECASE,
)


def designations(text: str) -> tuple[str, ...]:
    """The letters naming someone kept anonymous that a question asks about ("when did sergeant
    x quit", "how old is officer a"), upper case, as sources write them ("I" is no name)."""
    return tuple(
        dict.fromkeys(
            m.group(1).upper()
            for m in _DESIGNATION.finditer(text)
            if m.group(1).lower() != "i"
            and not (m.group(1).lower() == "a" and _ARTICLE_A.match(text, m.end()))
        )
    )


def _speaker(text: str) -> tuple[str, ...]:
    """The words naming who a "what did X say" question asks about, none for a document."""
    m = _SPEAKER.search(text)
    if not m:
        return ()
    words = tuple(w for w in re.findall(r"[a-z]+", m.group(1).lower()) if w not in STOPWORDS)
    return () if not words or set(words) & DOCUMENT_WORDS else words


def _asked_thing(text: str) -> str | None:
    """The thing a "what X did/was ..." question asks for, when it names one that an answer
    must speak of ("what sentence did couzens get", "which exemption did the met use"); not
    the kind of answer ("what percentage", "what years") nor a bare "what did"."""
    m = _ASKED.search(text) or _WERE_WHAT.search(text) or _WHICH_SEX.search(text)
    if not m:
        return None
    word = m.group(1).lower()
    # "how many were from the met": which force, not a part of those counted
    named = (
        word in STOPWORDS or word in _ANSWER_KINDS or bool(lexicon.find_forces(word, question=True))
    )
    return None if named else word


# "apart from the 9 suspended": others besides a number, not a part of it
_ASIDE_FROM = (
    r"(?:apart\s+from|aside\s+from|besides|as\s+well\s+as|other\s+than|on\s+top\s+of"
    r"|except(?:\s+for)?|excluding|not\s+counting)"
)


def _asks_part_of(text: str, number: str) -> bool:
    """Whether a question asks for a part of a number it quotes: "of the 594, how many",
    "in the observer's 594 complaints, how many were rape", "700 cops - how many of them"."""
    n = re.escape(number)
    if re.search(rf"\b{_ASIDE_FROM}\s+(?:the\s+|those\s+|these\s+)?{n}(?!\d)", text):
        return False  # "apart from the 9 suspended, how many were pulled off the front line"
    # "of the 594", "of 594", "in the observer's 594" (not "1 in 200", "in 2019", the ratio
    # "31 out of 526", which states a figure rather than asking for a part of one, nor "get rid
    # of 700 more cops", which quotes it whole)
    within = (
        r"(?:(?<!\d\sout\s)(?<!\brid\s)of\s+(?:the\s+|those\s+|these\s+|all\s+)?"
        r"|(?:in|among)\s+(?:the|those|these)\s+)"
    )
    if re.search(rf"\b{within}(?:\S+\s+)?{n}(?!\d)", text):
        return True
    asked = re.search(r"\bhow\s+many\b", text)
    quoted = re.search(rf"(?<![\d,.]){n}(?!\d)", text)
    return bool(asked and quoted and quoted.start() < asked.start())


_REASON_OR_FORECAST = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?why\b|\bwill\s+happen\b"
    r"|\b(?:reckon|expect|predict|forecast)s?\b.*\bwill\b",
    re.IGNORECASE,
)


# "did the psni say how many officers were charged": a yes or no on whether a figure was given
# "which mp said he was very surprised how many officers resigned": a person, who spoke of a number
_WHO_SAID_HOW_MANY = re.compile(
    r"^\W*(?:who|which\s+(?:[a-z]+\s+)?(?:politician|mp|minister|officer|person|campaigner"
    r"|judge|spokesperson|spokesman|spokeswoman))\s+(?:[a-z]+\s+){0,2}?(?:said|says|told|warned"
    r"|claimed|admitted|complained)\b[^?]{0,80}?\bhow\s+(?:many|much)\b",
    re.IGNORECASE,
)
_SAID_WHETHER = re.compile(
    r"^\W*(?:did|does|do|has|have|had|could|can|would)\b[^?]{0,60}?\b(?:say|reveal|give|provide|publish"
    r"|release|disclose|record|keep|know|find\s+out|found\s+out)\s+(?:figures\s+on\s+"
    r"|data\s+on\s+)?how\s+(?:many|much)\b",
    re.IGNORECASE,
)


def _asks_for_figure(text: str, periods: list[tuple[int, int, Period]]) -> bool:
    """Whether a question asks for a figure: "how many", "what share", "met stats 2022", or
    tersely a thing counted and a year ("kent allegations in 2019"); not "why did the met
    withhold the stats", "what part of the act" or "what years do the stats cover", which name
    the figures as their subject and ask something else of them."""
    said = _SAID_CUES.search(text)
    if said and not re.search(r"\bhow\s+(?:many|much)\b", text[: said.start()], re.I):
        return False  # "what did she tell the paper about the number of complaints": her words
    if _REASON_OR_FORECAST.search(text) and not re.search(r"\bhow\s+(?:many|much)\b", text, re.I):
        # "why did the number of suspended officers go up": the reason; "what do chief
        # constables reckon will happen to the number dismissed": the forecast
        return False
    if _SAID_WHETHER.search(text):
        return False  # "did the psni say how many were charged": whether it did, and what it said
    if _WHO_SAID_HOW_MANY.search(text):
        return False  # "which mp said he was surprised how many resigned": who said it
    if lexicon.RATED_BY.search(text):
        return False  # "how did hmic rate essex police": a grade
    if _WHEN_FIRST.match(text) and not re.search(r"\bhow\s+(?:many|much)\b", text, re.I):
        # "when did rowley say the number of officers getting sacked was under-engineered": a
        # time, whatever it says of a number
        return False
    if _COUNT_CUES.search(text):
        return True
    if _asks_other(text):
        return False
    if _ASKS_WHETHER.search(text):
        return False  # "did the requester want it split by gender": yes or no, not a count
    if _FIGURE_CUES.search(text):
        return True
    if _WHAT_WAS_DONE.match(text):
        return False  # "what did the panel find he did to officer a in 2017": a deed
    counted = lexicon.question_unit(text) not in (None, "percent")
    return counted and any(p.start_year for _, _, p in periods)


# "what did the panel find ...", "what happened to the officer ...": asks what was done
_WHAT_WAS_DONE = re.compile(r"\s*what\s+(?:did|has|had|happened)\b", re.IGNORECASE)


def _asks_other(text: str) -> bool:
    """Whether a question asks for a person, a part, a time or what was said."""
    return any(cue.search(text) for cue in (_OTHER_ASK, _PERIOD_CUES, _SAID_CUES))


def _is_year(token: str) -> bool:
    return token.isdigit() and len(token) == 4 and 1990 <= int(token) <= 2039
