"""Compose answers: the one place a reply's text is made.

An answer is built only from verbatim quotes of the sources, each with its citation. The
bot's own words are fixed phrases that hold no figure, and every reply passes the number lock
(``bot.number_lock``) before it is returned; a reply that fails it is never sent.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from bot import number_lock
from bot.answer_types import Answer, Conflict, FigureRef, Quote, SourceRef
from bot.citation import format_citation
from index.lexicon import (
    BODIES,
    DAY_OF_MONTH,
    MONTH,
    SANCTION_VERBS,
    SEVERAL_FORCES,
    SPAN_UNITS,
    find_forces,
    parse_number,
    writes_number,
)
from index.models import Figure, Passage, Source, overlap
from index.offences import kinds_fit, offence_kinds
from index.question import DOCUMENT_WORDS, OUTCOMES, STOPWORDS, QuestionFeatures, read_question
from index.search import (
    MIN_PERIOD_OVERLAP,
    PLAIN_PUBLISHING,
    Hit,
    PassageWords,
    Searcher,
    Topic,
    published_year,
)

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
MAX_QUOTES = 3
# A part of a number a source states is told near it: a few passages on ("Of the total number
# logged by forces ..., at least 34 resulted in dismissals"), or in the lines over it
PART_AFTER = 10
PART_BEFORE = 2
MIN_SCORE = 0.42  # below this, the best passage is not an answer (tuned on tests/eval)
FULL_COVERAGE = 0.95  # ... unless the passage speaks of (nearly) every subject word asked
# ... or it is the best hit, scoring this much and speaking of this share of what was asked,
# though no passage of its source is close in meaning ("for how many days was the unit's office
# bugged": "in the 23 days the office was bugged")
TOP_SCORE = 0.65
TOP_COVERAGE = 0.5
CLOSE_SCORE = 0.85  # a sentence quoted as the best one's context scores at least this share
EXTRA_SCORE = 0.80  # extra quotes must score at least this share of the best one
# ... or this share, from the best one's source: its next closest sentence tells more of the
# same story, and is often the detail a question asks for when the best one is the lede
SOURCE_EXTRA_SCORE = 0.70
CONFLICT_SCORE = 0.60
UNLIKE_SCORE = 0.90  # ... as a quote of another source counting something else must
# A figure for the one year asked about must also be about the thing asked about.
MIN_COVERAGE_FOR_A_YEAR = 0.6
YEAR_FIGURE_COVERAGE = 0.5  # ... or this share by rarity, for a figure whose words fit this well
YEAR_FIGURE_MEASURE = 0.2
YEAR_TOP_SCORE = 1.1  # ... or for the best hit scoring this high
YEAR_TOP_COVERAGE = 0.6
SOURCE_TOP_LINES = 3  # lines of a source that say what it is (a headline, a standfirst)
FOLLOW_UP_TERMS = 4
MAX_ANCHOR_PASSAGES = 200
MAX_SPEECH_BACK = 4  # paragraphs of one statement looked back over for who makes it
MAX_SPEECH_QUOTE = 700  # ... and the most a quote taking them in may run to
MAX_TABLE_QUOTE = 700  # a table row is quoted with its header and the rows between up to this
MAX_JOINED_QUOTE = 700  # sentences one after another are quoted as one passage up to this
# Units that count accusations of one kind or another: sources that use different ones over
# overlapping periods are shown side by side rather than one picked.
ACCUSATION_UNITS = {"officers", "complaints", "allegations", "cases", "claims", "reports"}
NOTICE_EMPTY = (
    "Ask me about police sexual misconduct figures, for example how many Met officers were "
    "accused, how many complaints were upheld, or how many officers kept their jobs."
)
NOTICE_NO_SOURCE = "No source in my knowledge base gives that figure."
NOTICE_NO_ANSWER = "No source in my knowledge base answers that."
NOTICE_NO_FORCE = "No source in my knowledge base gives figures for the force you asked about."
NOTICE_NO_PERIOD = (
    "No source in my knowledge base gives that figure for the period you asked about."
)
NOTICE_LOCKED = "I could not put together an answer I can vouch for, so I am not answering this."
CLOSEST = "The closest sources I have:"
DIFFER = (
    "The sources differ: they give different figures for overlapping periods, and may not "
    "count the same thing ({units})."
)


_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")


def clean_question(raw: str) -> str:
    """Printable text only, without mentions ("@everyone", "<@123>"), white space folded, cut
    to a length a question can sensibly have."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw)
    text = _MENTION.sub(" ", text)
    text = " ".join(text.split())
    return text[:MAX_QUESTION_CHARS]


class Answerer:
    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        """The reply to ``question``, read as a follow-up to the last of ``history`` when it is
        one; a follow-up that finds nothing so is answered as it stands, if that finds a quote
        ("how many were sacked" after "did the met withhold any of the foi"). A question that
        asks two things ("how many ... in 2022, and how quickly were those cases concluded?")
        is answered part by part, the second read as a follow-up to the first, when both parts
        find quotes."""
        whole = self._answer_one(question, history)
        parts = _asks(clean_question(question))
        if len(parts) != 2 or whole.conflicts:
            return whole
        first = self._answer_one(parts[0], history)
        second = self._answer_one(parts[1], [*history, parts[0]])
        answers = [a for a in (whole, first, second) if a.answered and not a.conflicts]
        # what the whole question finds first, then the best quote for each part it misses
        quotes = list(whole.quotes[:1])
        for answer in answers:
            quotes = _with_quote(quotes, answer.quotes[0])
        if quotes == list(whole.quotes[:1]) or not (first.answered and second.answered):
            return whole
        # (a part's quote may only take in the whole's first with the sentence after it, which
        # tells the second thing: the whole's other quotes follow it then)
        for quote in whole.quotes[1:] if len(quotes) == 1 else ():
            quotes = _with_quote(quotes, quote)
        return self._reply(question, quotes[:MAX_QUOTES], conflict=False)

    def _answer_one(self, question: str, history: Sequence[str] = ()) -> Answer:
        text = clean_question(question)
        if not re.search(r"[A-Za-z]{2,}", text):
            return _unanswered(question, NOTICE_EMPTY)
        features = read_question(text)
        features = replace(features, forces=self.searcher.forces_asked(features))
        earlier = [h for h in map(clean_question, history) if h]
        named = bool(self.searcher.named_sources(features))
        if earlier and _is_follow_up(features, named) and self._adds_something(features):
            topic = self.searcher.topic(features)
            focus = tuple(t for t, w in zip(topic.terms, topic.weights, strict=True) if w > 0)
            merged = _merge(read_question(earlier[-1]), features, named)
            answer = self._answer(question, merged, focus)
            if answer.answered:
                return answer
            alone = self._answer(question, features)
            return alone if alone.answered else answer
        return self._answer(question, features)

    def _answer(
        self,
        question: str,
        features: QuestionFeatures,
        focus: tuple[tuple[str, ...], ...] = (),  # what a follow-up newly asks about
    ) -> Answer:
        if not features.terms:
            return _unanswered(question, NOTICE_EMPTY)
        missing = [f for f in features.forces if f not in self.searcher.corpus_forces]
        if missing:
            return self._refuse(question, NOTICE_NO_FORCE)
        if features.speaker and not any(map(self.searcher.knows, features.speaker)):
            # "what did sadiq khan say": no source names the speaker, so none says what he said
            return self._refuse(question, NOTICE_NO_ANSWER)
        titled = _TITLED_NAME.search(features.text)
        if titled and not any(self.searcher.knows(w.lower()) for w in titled.groups()):
            # "what sentence did pc abigail barlow get": no source names her, so another
            # officer's sentence is no answer
            return self._refuse(question, NOTICE_NO_ANSWER)
        person = _NAMED_SUBJECT.search(features.text)
        if person and not any(self.searcher.knows(w.lower()) for w in person.groups() if w):
            # "what sentence did david carrick get": no source names him either
            return self._refuse(question, NOTICE_NO_ANSWER)
        operation = _OPERATION.search(features.text)
        if operation and not self.searcher.knows(operation[1].lower()):
            # "how many failed vetting under operation assure": no source names the operation
            return self._refuse(question, NOTICE_NO_SOURCE)
        body = next((w for w in features.terms if w in BODIES), None)
        if body and not self.searcher.names_body(body):
            # "over what period did hmic find ...": no source names the inspectorate, so the
            # period another source gives is no answer
            return self._refuse(question, NOTICE_NO_ANSWER)
        topical = any(self.searcher.topic(features).weights)
        if features.wants_figure and not topical and not self.searcher.named_sources(features):
            # "how many officers does the met employ": nothing asked that a source speaks of
            # (unless a source named says it: "bright green blog says how many serving police
            # officers in england and wales")
            return self._refuse(question, NOTICE_NO_SOURCE)
        checks = [LISTS_AND_CHECKS[t] for t in features.terms if t in LISTS_AND_CHECKS]
        known = self.searcher.knows
        if features.wants_figure and not all(any(map(known, family)) for family in checks):
            # "how many cops were put on the barred list": no source speaks of the list at all
            return self._refuse(question, NOTICE_NO_SOURCE)
        # "were any of them women", "how many women officers were barred"
        sexed = features.asked in GENDER or bool(_COUNTS_A_SEX.search(features.text))
        # (and for an age, which few sentences give: "PC Gareth Hodges, 48, caused ...")
        rare = sexed or bool(_HOW_OLD.search(features.text))
        hits = self.searcher.search(features, k=RARE_K if rare else 12)
        # "how many were sacked in 2023": a figure that is not about sackings is no answer
        topic = _sexed(self.searcher.topic(features), features)
        outcomes = tuple(
            t for t in topic.terms if t[0] in OUTCOMES and not _describes(t[0], features)
        )
        # "how many of the suspended suffolk officers got a final written warning": the part is
        # told beside the whole ("... were suspended between 2009 and 2012." then "Six of the
        # nine officers resigned ..., while two were given a final written warning")
        of_whole = tuple(o for o in outcomes if _names_the_whole(o[0], features))
        outcomes = tuple(o for o in outcomes if o not in of_whole)
        hits = [h for h in hits if all(self._speaks_near(h, o) for o in of_whole)]
        if features.part_of_number and not any(map(self._stating, features.numbers)):
            # "of the 1,539 accused, how many were sacked": no source gives that number (here
            # two of a source's added together), so none counts a part of it
            return self._refuse(question, NOTICE_NO_SOURCE, hits)
        anchor = self._anchor(features, topic)
        pool = _quotable(
            hits,
            features,
            anchor,
            outcomes,
            any(topic.weights),
            self.searcher.title_words,
            self._said_next,
        )
        if features.forces and _ALONE.search(features.text):
            # "how many were from kent police alone": not a count of Kent's and three other
            # forces' officers together ("443 allegations made against 283 officers across the
            # four police forces")
            forces_of = self.searcher.store.passage_forces
            asked_forces = set(features.forces)
            pool = [
                h
                for h in pool
                if not forces_of.get(h.passage_id, frozenset()) - asked_forces
                and not SEVERAL_FORCES.search(h.passage.text)
            ]
        dating = next((line for asked, line in _DATED_LINES if asked.search(features.text)), None)
        if dating:
            # "when did the home office publish the misconduct bulletin": the line that dates
            # the source that answers best ("Published 12 January 2023", "Date of request: 25
            # August 2021"), though it names none of the years the question names it by
            order = list(dict.fromkeys(h.source.id for h in pool))
            dated = [h for h in hits if h.source.id in order and dating.match(h.passage.text)]
            pool = sorted(dated, key=lambda h: order.index(h.source.id)) or pool
        if not pool and _HOW_OLD.search(features.text) and not _AT_A_TIME.search(features.text):
            pool = self._age_given(hits, features)
        named = self._names(topic)
        if named:
            pool = self._naming(pool, named)
        about = _SAID_ABOUT.search(features.text) if features.wants_words else None
        if about:
            # "what did nazir afzal say about disciplinary hearings vs prosecutions": what he
            # said of that ("Disciplinary proceedings are no substitute ..."), over another
            # thing he said in a sentence that names him ("... said Nazir Afzal, a former
            # chief crown prosecutor")
            of = [
                a for w in re.findall(r"[a-z]+", about[1].lower()) if (a := _alternatives(topic, w))
            ]
            # (by the speaker's last name, which a later sentence calls him by: "added Afzal")
            who = _alternatives(topic, features.speaker[-1]) if features.speaker else ()
            # ... when more than one sentence names him: a statement headed by his name alone
            # is all his ("I am working with other Chief Constables ...")
            by = [h for h in pool if who and self._speaks_near(h, who)]
            if len(by) > 1:
                pool = [
                    h
                    for h in by
                    if any(PassageWords.of_text(_spoken(h.passage.text)).speak_of(a) for a in of)
                ] or pool
        if features.insisted:
            # "how many were sacked for sexual misconduct specifically": not the count of all
            # those sacked, in a story about sexual misconduct
            narrowed = [_alternatives(topic, word) for word in features.insisted]
            pool = [
                h
                for h in pool
                if h.words and all(alts and h.words.speak_of(alts) for alts in narrowed)
            ]
        if features.quoted:
            # "how many 'other sexual assaults' in 2021": a sentence that says it, not a count
            # of all sexual assaults
            pool = [h for h in pool if all(_says(h.context, p) for p in features.quoted)]
        # "how many of the met hotline reports were about sexual misconduct": a part of what
        # the quote's source speaks of, not of another source's reports
        # (a place says where: "the arrested north east police")
        whole = [w for w in features.whole if w not in PLACES]
        wholes = [alts for alts in map(partial(_alternatives, topic), whole) if alts]
        pool = [h for h in pool if all(self.searcher.source_speaks_of(h.source, a) for a in wholes)]
        # "the northumbria pc a ruthless predator": an "a" no source names anyone by, and not
        # written as a capital, is the article
        letters = tuple(
            d
            for d in features.designations
            if d != "A" or d in self.searcher.designated or _CAPITAL_A.search(features.text)
        )
        if letters:
            # "when did sergeant x quit": the source that names Sergeant X
            pool = [h for h in pool if self.searcher.designates(h.source.id, letters)]
        asked = _alternatives(topic, features.asked)
        if asked:
            # "what sentence did he get": a quote that says nothing of a sentence is no answer,
            # unless, asked for no figure, the next sentence tells it ("... conviction of former
            # Chief Insp Ben Hodder" then "He was given a six-month jail term"), and is quoted
            # with it
            # ("what offences did he admit": a plea names them, "admitted two counts of
            # misconduct in a public office", without the word)
            pleaded = not features.wants_figure and features.asked in _OFFENCES
            pool = [
                h
                for h in pool
                if h.words
                and (
                    h.words.speak_of(asked)
                    or _gives_one(h.passage.text, features.asked)
                    or (not features.wants_figure and self._tells(h, asked))
                    or (pleaded and bool(_PLEA.search(h.passage.text)))
                )
            ]
        spans = bool(_HOW_LONG.search(features.text)) and not _PAGES.search(features.text)
        if spans:
            # "how long do officers wait for a hearing": a span of time, not a count (but "how
            # long was the report, how many pages" asks a length); asked for no figure, the
            # next sentence may tell it ("... identified a police officer abusing his power for
            # sexual gain" then "... who is now spending 44 months in prison"), quoted with it,
            # when no sentence tells it itself
            pool = [h for h in pool if _tells_a_span(h)] or [
                h
                for h in pool
                if not features.wants_figure and _DURATION.search(self._said_next(h))
            ]
        elif _WHAT_SENTENCE.search(features.text):
            # "what sentence did she get": a term of so long, where a sentence gives one, over
            # "resigned ... three days after being sentenced", or in the next sentence, quoted
            # with it; "is due to be sentenced ... later this month" gives none
            pool = [h for h in pool if _TERM.search(h.context)] or [
                h for h in pool if _TERM.search(self._said_next(h))
            ]
        if _WHICH_PLACE.search(features.text):
            # "which prison is carrick locked up in": a sentence that names one ("In an
            # interview from Full Sutton prison"), over one that only says he is in prison
            pool = [h for h in pool if _NAMED_PLACE.search(h.passage.text)] or pool
        if features.wants_period and _WHEN_DID.match(features.text):
            # "when did abigail barlow join gmp": the time of what was done, where a sentence
            # tells of it ("Barlow, who joined the force in May 2018"), over one that gives
            # another time of the same person ("resigned ... in January")
            # (or the sentence after, of the same story, that says "he" for the one named: "He
            # was also found guilty ... and is due to be sentenced on 24 May", which shares
            # too few words with the question to be close)
            told_after = [
                h
                for h in hits
                if pool
                and h not in pool
                and h.source.id == pool[0].source.id
                and _HE_OR_SHE.match(h.passage.text)
            ]
            # (failing which, of what was done to them, however the question names them: "He
            # was interviewed ... and charged following an investigation on November 21, 2022"
            # for "when was the met trainee dc charged over the bar assault")
            tellers = pool + told_after
            pool = (
                self._telling_of(tellers, features.terms, topic)
                or self._telling_of(tellers, [t for t in features.terms if t in OUTCOMES], topic)
                or pool
            )
        if sexed:
            # "were any of the officers women": the sex of officers, not of their victims
            pool = [h for h in pool if _OFFICERS_SEXED.search(h.context)]
        sexes = _sexes(features)
        if sexes:
            own, other = sexes
            pool = [h for h in pool if own.search(h.context) or not other.search(h.context)]
        if features.counted and features.counted not in self.searcher.corpus_units:
            # "how many misconduct hearings": no figure counts hearings, unless a table's row
            # counts what its heading names ("Internal Investigations" over "Conducts 10 6 8 1")
            counted = (features.counted,)
            pool = [h for h in pool if h.in_table and h.words and h.words.speak_of(counted)]
        if checks and not features.wants_figure and _YES_OR_NO.match(features.text):
            # "was kent pc thomas hill put on the barred list": a sentence that speaks of the
            # list, or from a source that does ("was any chief officer caught out by the
            # vetting data wash"), not one that only tells of his case
            speaks = self.searcher.source_speaks_of
            pool = [h for h in pool if all(speaks(h.source, family) for family in checks)]
        if focus:
            # "what about the ones that were upheld": every quote speaks of what is new
            pool = [h for h in pool if h.words and any(h.words.speak_of(t) for t in focus)]
        if not pool:
            if not features.wants_figure:
                notice = NOTICE_NO_ANSWER
            elif features.years and not any(h.matched_years for h in hits):
                # (when a source does count for the years asked, something else is missing:
                # "how many female met officers were accused since 2010")
                notice = NOTICE_NO_PERIOD
            else:
                notice = NOTICE_NO_SOURCE
            return self._refuse(question, notice, hits)
        chosen, conflict = _choose(pool, features)
        # "what happened to the officer who...": a statement's outcome is often the next sentence
        told = not (features.wants_figure or features.wants_period or features.years)
        told = told and not chosen[0].figures  # "sexual assaults in 2022" asks for a figure
        # ... and a quote whose next sentence tells what was asked is quoted with it
        told = told or bool(asked and chosen[0].words and not chosen[0].words.speak_of(asked))
        told = told or (spans and not _tells_a_span(chosen[0]))
        return self._compose(question, chosen, conflict, told, who=features.wants_name)

    def _age_given(self, hits: Sequence[Hit], features: QuestionFeatures) -> list[Hit]:
        """Asked how old the one a story tells of is, when no sentence close to the question
        gives an age: the sentence of the best source that first gives one, where it names
        them ("PC Kieran Ball, 30, who served in Coventry, ..." below "A British Transport
        Police (BTP) officer who secretly filmed a woman undressing has been sacked"). Not
        for a victim's age, which a story does not give first."""
        if _VICTIM.search(features.text):
            return []
        best = next(
            (
                h
                for h in hits
                if h.score >= MIN_SCORE
                and h.source_close
                and (h.matched_force or not features.forces)
            ),
            None,
        )
        if best is None:
            return []
        store = self.searcher.store
        giving = (
            pid
            for pid in store.passage_ids_by_source.get(best.source.id, [])
            if _gives_age(store.passages[pid].text, victim=False)
        )
        first = next(giving, None)
        if first is None:
            return []
        weighed = self.searcher.search(features, k=RARE_K, including=(first,))
        return [h for h in weighed if h.passage_id == first]

    def _telling_of(self, pool: list[Hit], terms: Sequence[str], topic: Topic) -> list[Hit]:
        """The hits that speak of every word of ``terms`` besides the names (as the best hit's
        source writes them, only with a capital): what was done, not who did it."""
        if not pool:
            return []
        text = pool[0].source.text
        capitals = set(re.findall(r"\b[A-Z][a-z]+\b", text))
        lower = set(re.findall(r"\b[a-z]+\b", text))
        names = {w.lower() for w in capitals} - lower
        done = [alts for term in terms if term not in names if (alts := _alternatives(topic, term))]
        if not done:
            return []
        return [h for h in pool if h.words and all(h.words.speak_of(alts) for alts in done)]

    def _anchor(self, features: QuestionFeatures, topic: Topic) -> Anchor | None:
        """What quoting a source's number ties the answer to ("of the 594 complaints, ...")."""
        searcher = self.searcher
        pids: set[int] = set()
        for number in features.numbers:
            stating = self._stating(number)
            if len(stating) > MAX_ANCHOR_PASSAGES:
                return None  # a number this common ties the question to no one source
            pids.update(stating)
        if not pids:
            return None
        sources = frozenset(searcher.store.passages[pid].source_id for pid in pids)
        if not features.part_of_number:
            return Anchor(sources, ())
        # the sentences stating it themselves, not those quoted with one ("Of the 12 instances
        # found, ..." before "None were arrested and three were sacked")
        passages = searcher.store.passages
        values = {parse_number(n) for n in features.numbers} - {None}
        own = [
            pid
            for pid in pids
            if any(writes_number(passages[pid].text, n) for n in features.numbers)
            or any(f.value in values for f in searcher.store.figures_by_passage.get(pid, ()))
        ]
        spoken = [searcher.passage_words(pid) for pid in own]
        # the part the question names ("how many of the 12 offending officers were women"), or
        # else every subject word it asks about
        asked = _alternatives(topic, features.asked)
        weighed = zip(topic.terms, topic.weights, strict=True)
        subject = [asked] if asked else [alts for alts, weight in weighed if weight > 0]
        # what the question says before the number may name the document, as its title or top
        # lines do ("super complaint report: of the 122 cases sampled, how many were referred"),
        # rather than the part asked ("ethnicity breakdown of the 562")
        first = min((features.text.find(n) for n in features.numbers), default=-1)
        said_before = features.text[: max(first, 0)].lower()
        before = set(re.findall(r"[a-z]+", said_before))
        # ... and, with the question asked after the number, say what the whole is ("the times
        # looked at 750 sex misconduct claims, how many officers got the boot")
        asked_after = _ASKING.search(features.text[first:]) and not _ASKING.search(said_before)
        told = before if asked_after else set()
        naming = [searcher.passage_words(pid) for pid in self._top_lines(sources)] + [
            searcher.title_words(source)
            for sid in sources
            if (source := searcher.store.source(sid))
        ]
        # ... and words for the document or who published it ("in the met data", "the
        # observer said") name no part, even a publisher the numbers are not from
        beyond = tuple(
            alts
            for alts in subject
            if alts[0] not in DOCUMENT_WORDS
            and alts[0] not in searcher.publisher_words
            and not any(words.speak_of(alts) for words in spoken)
            and not (alts[0] in before and any(words.speak_of(alts) for words in naming))
            and alts[0] not in told
        )
        near = frozenset(
            pid + step for pid in own or pids for step in range(-PART_BEFORE, PART_AFTER + 1)
        )
        return Anchor(sources, beyond, near)

    def _stating(self, number: str) -> set[int]:
        """The passages that give ``number``, as written or as a figure of that value in words
        ("3 officers": "three police officers found to have kept their jobs"), a few more than
        an anchor may name."""
        store = self.searcher.store
        return {
            *store.passages_stating(number, limit=MAX_ANCHOR_PASSAGES + 1),
            *store.passage_ids_by_value.get(parse_number(number) or -1.0, ()),
        }

    def _naming(self, hits: list[Hit], named: list[tuple[str, ...]]) -> list[Hit]:
        """The hits from sources that write every name the question does ("how many officers
        were sacked as a result of the angiolini review": not another's count of sackings),
        else from those that spell each out ("iopc": "Independent Office for Police ...")."""
        mentions = self.searcher.mentions
        for spelt_out in (False, True):
            naming = [h for h in hits if all(mentions(h.source.id, n, spelt_out) for n in named)]
            if naming:
                return naming
        return []

    def _names(self, topic: Topic) -> list[tuple[str, ...]]:
        """The names a question's subject words include (of a person, a body, an operation,
        not of a place or a publisher, which say where and who reported, nor a post)."""
        searcher = self.searcher
        return [
            alts
            for alts, weight in zip(topic.terms, topic.weights, strict=True)
            if weight > 0
            and alts[0] in searcher.proper_words
            and alts[0] not in searcher.publisher_words
            and alts[0] not in PLAIN_PUBLISHING  # "the bolton news article"
            and alts[0] not in PLACES
            and alts[0] not in TITLES
            and not re.fullmatch(MONTH, alts[0], re.IGNORECASE)
            and not find_forces(alts[0], question=True)
        ]

    def _top_lines(self, sources: frozenset[str]) -> list[int]:
        """The passages at the top of each source, which say what it is (headline, standfirst)."""
        by_source = self.searcher.store.passage_ids_by_source
        return [pid for sid in sources for pid in by_source.get(sid, [])[:SOURCE_TOP_LINES]]

    def _adds_something(self, follow_up: QuestionFeatures) -> bool:
        """A follow-up names a period, force or unit, or a word the sources use ("upheld");
        "lol" or "@everyone" alone is no follow-up to the last question."""
        if follow_up.periods or follow_up.forces or follow_up.unit:
            return True
        vocabulary = self.searcher.vocabulary
        return any(t in vocabulary.get(t[:1], ()) for t in follow_up.terms)

    # -- composing ---------------------------------------------------------------------------

    def _compose(
        self, question: str, hits: list[Hit], conflict: bool, told: bool = False, who: bool = False
    ) -> Answer:
        quotes: list[Quote] = []
        for i, hit in enumerate(hits):
            quote = self._quote(hit, continued=told and i == 0, speaker=who and i == 0)
            quotes = _joined(quotes, quote, hit.source.text)
            heading = self._table_heading(hit, quote)
            if heading is not None and heading not in quotes:
                quotes.append(heading)
        return self._reply(question, quotes, conflict)

    def _reply(self, question: str, quotes: list[Quote], conflict: bool) -> Answer:
        """The reply that lays out ``quotes`` with their citations, said to differ when they
        do: the one place a reply is made, and checked by the number lock."""
        refs: list[SourceRef] = []
        for q in quotes:
            if q.source not in refs:
                refs.append(q.source)
        lines: list[str] = []
        conflicts: tuple[Conflict, ...] = ()
        for q in quotes:
            lines.append(f"“{q.text}” [{refs.index(q.source) + 1}]")
        if conflict:
            units = sorted(
                {
                    unit_label(f.unit)
                    for q in quotes
                    for f in q.figures
                    if f.unit and f.unit not in SPAN_UNITS
                }
            )
            measure = ", ".join(units) or "figures"
            conflicts = (Conflict(measure=measure, quotes=tuple(quotes)),)
            lines.append(DIFFER.format(units=measure))
        lines.append("")
        lines.extend(f"[{i}] {format_citation(ref)}" for i, ref in enumerate(refs, 1))
        reply = "\n".join(lines)
        figures = tuple(f for q in quotes for f in q.figures)
        answer = Answer(
            question=question,
            answered=True,
            reply=reply,
            quotes=tuple(quotes),
            figures=figures,
            conflicts=conflicts,
        )
        return _locked(answer)

    def _quote(self, hit: Hit, continued: bool = False, speaker: bool = False) -> Quote:
        """The passage verbatim, with the sentence it leans on; ``continued``, with the next
        sentence of its paragraph too; ``speaker``, from the line that says who speaks, when the
        passage is a later paragraph of a statement ("who said the officer let down a vulnerable
        woman": 'Detective Chief Inspector Sarah Gillies said: “...' a paragraph up)."""
        store = self.searcher.store
        start, end = hit.passage.quote_start, hit.passage.end
        first = hit.passage_id - 1  # the passage the quote may lean on
        header = self.searcher.table_headers.get(hit.passage_id)
        if header is not None and end - store.passages[header].start <= MAX_TABLE_QUOTE:
            start, first = store.passages[header].start, header  # a short table, header first
        if start == hit.passage.start and _HE_OR_SHE.match(hit.passage.text):
            # "He pleaded guilty ... and was jailed for nine months": quoted with the sentence
            # before, of the same story, which says who he is
            before = store.passages.get(first)
            if (
                before is not None
                and before.source_id == hit.source.id
                and before.ordinal == hit.passage.ordinal - 1
                and before.text.rstrip()[-1:] in ".!?”\"'’"
            ):
                start = before.start
        opening = self._speech_opening(hit) if speaker and start == hit.passage.start else None
        if opening is not None:
            start, first = store.passages[opening].start, opening
        following = self._following(hit) if continued else None
        if following is not None and not _SAYS_WHO.search(hit.passage.text):
            end = following.end  # (not after "..., told The Independent.", which ends it)
        text = hit.source.text[start:end]
        figures = tuple(
            _figure_ref(f)
            for pid in range(first, hit.passage_id + 2)
            for f in store.figures_by_passage.get(pid, [])
            if f.source_id == hit.source.id and start <= f.start and f.end <= end
        )
        return Quote(text, start, end, round(hit.score, 4), source_ref(hit.source), figures)

    def _speech_opening(self, hit: Hit) -> int | None:
        """The passage that opens the statement the hit's paragraph goes on with ("X said: “"),
        over at most ``MAX_SPEECH_BACK`` paragraphs each opening with a quotation mark, and
        within ``MAX_SPEECH_QUOTE`` characters of the hit's end; or none."""
        if not hit.passage.text.startswith(("“", '"')):
            return None
        store = self.searcher.store
        for back in range(1, MAX_SPEECH_BACK + 1):
            before = store.passages.get(hit.passage_id - back)
            if (
                before is None
                or before.source_id != hit.source.id
                or before.ordinal != hit.passage.ordinal - back
                or hit.passage.end - before.start > MAX_SPEECH_QUOTE
            ):
                return None
            if _OPENS_STATEMENT.search(before.text):
                return hit.passage_id - back
            if not before.text.startswith(("“", '"')):
                return None
        return None

    def _speaks_near(self, hit: Hit, alts: tuple[str, ...]) -> bool:
        """Whether the hit, or the sentence of its source before it, speaks of ``alts``."""
        if hit.words is not None and hit.words.speak_of(alts):
            return True
        before = self.searcher.store.passages.get(hit.passage_id - 1)
        return (
            before is not None
            and before.source_id == hit.source.id
            and self.searcher.passage_words(hit.passage_id - 1).speak_of(alts)
        )

    def _said_next(self, hit: Hit) -> str:
        """The text of the sentence that follows the hit (``_following``), or none."""
        following = self._following(hit)
        return following.text if following else ""

    def _tells(self, hit: Hit, asked: tuple[str, ...]) -> bool:
        """Whether the sentence that follows the hit (``_following``) speaks of what was asked."""
        return self._following(hit) is not None and self.searcher.passage_words(
            hit.passage_id + 1
        ).speak_of(asked)

    def _following(self, hit: Hit) -> Passage | None:
        """The next sentence of the hit's paragraph, or of the story when it opens with a
        pronoun that points back ("He was given a six-month jail term"): web pages often set
        each sentence apart."""
        following = self.searcher.store.passages.get(hit.passage_id + 1)
        if (
            following is not None
            and following.source_id == hit.source.id
            and following.ordinal == hit.passage.ordinal + 1
            and (
                "\n\n" not in hit.source.text[hit.passage.end : following.start]
                or _POINTS_BACK.match(following.text)
            )
        ):
            return following
        return None

    def _table_heading(self, hit: Hit, quote: Quote) -> Quote | None:
        """The header of a table whose row was quoted without it (a long table), quoted after
        the row: "| 2021 | 61 | 14 | 6 |" means nothing without "| Year | Allegations | ..."."""
        header = self.searcher.table_headers.get(hit.passage_id)
        if header is None:
            return None
        passage = self.searcher.store.passages[header]
        if quote.start <= passage.start:
            return None
        text = hit.source.text[passage.start : passage.end]
        return Quote(text, passage.start, passage.end, quote.score, quote.source, ())

    def _refuse(self, question: str, notice: str, hits: Sequence[Hit] = ()) -> Answer:
        suggestions: list[SourceRef] = []
        for hit in hits:
            ref = source_ref(hit.source)
            if ref not in suggestions and hit.score >= MIN_SCORE / 2:
                suggestions.append(ref)
            if len(suggestions) == 2:
                break
        return _unanswered(question, notice, tuple(suggestions))


# How a unit is named in the bot's own words: never a number word ("percent" is one).
_UNIT_LABELS = {"percent": "shares"}


def unit_label(unit: str) -> str:
    return _UNIT_LABELS.get(unit, unit)


def source_ref(source: Source) -> SourceRef:
    m = source.meta
    return SourceRef(source.id, m.title, m.publisher, m.date, m.url, m.date_approximate)


def _figure_ref(f: Figure) -> FigureRef:
    return FigureRef(
        text=f.text,
        value=f.value,
        unit=f.unit,
        period=f.period.text if f.period else None,
        force=f.force,
        source_id=f.source_id,
        quote=f.sentence,
    )


def _unanswered(question: str, notice: str, suggestions: tuple[SourceRef, ...] = ()) -> Answer:
    lines = [notice]
    if suggestions:
        lines.append(CLOSEST)
        lines.extend(f"- {format_citation(ref)}" for ref in suggestions)
    answer = Answer(
        question=question,
        answered=False,
        reply="\n".join(lines),
        notice=notice,
        suggestions=suggestions,
    )
    return _locked(answer)


def _locked(answer: Answer) -> Answer:
    """Let the answer out only if the number lock passes; otherwise, say nothing numeric."""
    metadata = [
        str(v)
        for ref in (*(q.source for q in answer.quotes), *answer.suggestions)
        for v in (ref.title, ref.publisher, ref.date, ref.url, ref.id)
        if v
    ]
    try:
        number_lock.check(answer.reply, (q.text for q in answer.quotes), metadata)
    except number_lock.NumberLockError:
        log.exception("number lock refused a reply to %r", answer.question)
        return Answer(answer.question, False, NOTICE_LOCKED, notice=NOTICE_LOCKED)
    return answer


# -- choosing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """A number the question quotes from a source: only the sources stating it can answer.
    Asked for a part of it ("of the 594 complaints, how many led to charges"), the answer must
    also speak of what the question asks beyond the sentences stating it ("charges")."""

    sources: frozenset[str]
    beyond: tuple[tuple[str, ...], ...]  # subject words, each with its alternatives
    # the passages a part may stand in: those stating the number, and a few around each (empty
    # when no part is asked)
    near: frozenset[int] = frozenset()

    def admits(self, hit: Hit) -> bool:
        if hit.source.id not in self.sources:
            return False
        if self.near and hit.passage_id not in self.near:
            return False  # "of the 161 met officers with criminal records": told beside them
        if not self.beyond or hit.words is None:
            return True
        if not any(hit.words.speak_of(alts) for alts in self.beyond):
            return False
        # the part is what one of its figures counts ("three were sacked"), not a word beside
        # them ("a probationary constable ... the six stages"); a table's row counts what its
        # label says ("Have been dismissed from the Force | 89 |" under "Number of officers")
        if hit.in_table:
            return True
        counted = [PassageWords.of_text(f.counts) for f in hit.figures if f.counts]
        return not counted or any(c.speak_of(alts) for c in counted for alts in self.beyond)


def _only_names(text: str, asked: set[str]) -> bool:
    """Whether a passage is only a caption naming someone the question names ("whats the
    minimum term david carrick got": "David Carrick", or "Police and Crime Commissioner Matthew
    Scott." for "who did kents pcc matthew scott want to act", tells nothing), not a label the
    line below completes ("FOI reference")."""
    caption = _CAPTION.fullmatch(text.strip())
    if caption is None or find_forces(text):
        return False  # ("Kent Police" heads the lines below it)
    return {w.lower() for w in caption.group(1).split()} <= asked


# a line that only files something under its reference: "Reference: 592/21", "FOI ref 1234/23"
_REFERENCE_LINE = re.compile(
    r"[^.?!\n]{0,60}\b(?:reference|ref)\b(?:\s+(?:no|number))?\.?\s*[:#]?\s*[\w./-]*\d[\w./-]*\W*",
    re.IGNORECASE,
)
_REFERENCE = {"reference", "ref"}  # "whats the ref number of that met foi"
# a name, with the title before it: "Police and Crime Commissioner Matthew Scott."
_CAPTION = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:(?:and|of|the)\s+)?)*([A-Z][\w'’-]*\s+[A-Z][\w'’-]*)\.?"
)


def _says(text: str, phrase: str) -> bool:
    """Whether ``text`` has ``phrase`` in it, whatever the case, hyphens, spacing and number
    ("'other sexual assault' cases" is "other sexual assaults")."""
    words = [
        re.sub(r"(?<=\w\w\w)(?<!s)s$", "", w) for w in re.findall(r"[a-z0-9]+", phrase.lower())
    ]
    pattern = r"\b" + r"[\s\-‐–]+".join(rf"{re.escape(w)}(?:e?s)?" for w in words) + r"\b"
    return bool(re.search(pattern, text, re.IGNORECASE))


def _only_compares(hit: Hit, unit: str) -> bool:
    """Whether every figure of a unit a passage states compares it ("25 times higher")."""
    kinds = {f.kind for f in hit.figures if f.unit == unit}
    return kinds == {"ratio"}


def _alternatives(topic: Topic, word: str | None) -> tuple[str, ...] | None:
    """The alternatives of a word of the question, when some passage uses one of them."""
    weighed = zip(topic.terms, topic.weights, strict=True)
    # ("were men": a sex asked about is spoken of as any sex, once the topic is ``_sexed``)
    sexed = word in GENDER
    return next(
        (
            alts
            for alts, weight in weighed
            if (alts[0] == word or (sexed and alts == GENDER)) and weight > 0
        ),
        None,
    )


# Places are written with a capital, as months are, but a question naming one says where, not
# what a source must speak of
PLACES = frozenset(
    "uk britain british england english wales welsh scotland scottish ireland irish northern "
    "london europe european north south east west southern eastern western midlands".split()
)
# ... and so are the posts people hold ("the commissioner"), which a source may not write
TITLES = frozenset(
    "commissioner constable chief inspector superintendent sergeant commander detective dame sir "
    "baroness lord lady mayor minister secretary president director".split()
)
# "how many of them were women" is answered by "all 12 ... involved male police officers": a
# part asked for by sex is answered by what a source says of any sex
GENDER = ("women", "woman", "female", "females", "men", "man", "male", "males", "blokes")


# A sentence opening with a pronoun carries on the story of the one before it
# ("He was given ...", and a statement going on: "“We then went on to prosecute him ...")
_HE_OR_SHE = re.compile(r"(?:He|She)\b")  # a sentence about the one its story tells of
# "kent police alone", "the met on its own": one force, not it with others (not "only", which
# more often says what was done: "how many met officers only got a warning")
_ALONE = re.compile(r"\b(?:alone|on\s+its\s+own|by\s+itself)\b", re.IGNORECASE)
# 'Detective Chief Inspector Sarah Gillies said: “': a line that says who makes a statement
_OPENS_STATEMENT = re.compile(r"\b(?:said|says|added|stated|told\s+[\w ]{1,30}?)\s*[:,]?\s*[“\"]")
# "who spoke about", "which mp said", "who ran professional standards": asks who said or did
# something other than what was done to an officer
_SPOKE = re.compile(
    r"\b(?:said|says|say|spoke|speak|commented|told|warned|welcomed|ran|run|led|lead|headed"
    r"|chaired|oversaw|investigated|reported|complained|asked)\b"
)
# "was pc x sacked", "what did he get, did he get the boot": asks whether one thing was done
_ASKS_IF = re.compile(
    r"(?:^|[,;]\s*|\bor\s+)(?:was|were|did|has|had)\s+(?:he|she|they|(?:pc|dc|sgt|the)\s+\w+)\b"
    # "did any of the cops get the boot", "did herts police sack any officers"
    r"|\bdid\s+(?:any(?:one|body)?|(?:\w+\s+){1,2}(?:police|constabulary)\s+\w+\s+any)\b",
    re.IGNORECASE,
)
# what else may have been done to an officer instead
_SANCTION_GIVEN = re.compile(
    r"\b(?:final\s+)?written\s+warning|\bmanagement\s+action|\bno\s+further\s+action"
    r"|\breflective\s+practice|\bcleared\b|\bacquitted\b|\bdemoted\b|\breduction\s+in\s+rank"
    # (or that none was: "all kept their jobs", "put on desk duty")
    r"|\bkept\s+(?:their|his|her)\s+jobs?\b|\bdesk\s+duty|\brestricted\s+duties",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"[“\"‘']?(?:He|She|They|His|Her|Their|We)\b")
_SAMPLE_ASKED = re.compile(
    r"\bhow\s+many\b.*\b(?:surveyed|questioned|polled|interviewed|sampled|took\s+part"
    r"|responded)\b|\bhow\s+many\b.*\bdid\b.*\b(?:survey|poll|interview|question|sample)\b",
    re.IGNORECASE,
)
# "how old is the officer who got sacked", "the officer who wasnt sacked - how long is their
# final warning": the outcome says which officer, not what is asked; so does the hearing or
# court that did it ("who chaired the hearing that sacked mccabe")
_WHO_GOT = re.compile(
    r"\b(?:who|that)\s+(?:got|(?:was|were|is|are)(?:n['’]?t|\s+not)?|did\s*n['’]?t\s+get"
    r"|never\s+got|(?:had|has|have)(?:n['’]?t|\s+not)?\s+been)\s+(\w+)"
    r"|\b(?:hearing|panel|court|tribunal|judge)\s+(?:that|which|who)\s+(\w+ed)\b",
    re.IGNORECASE,
)
_OFFENCES = ("offences", "offence", "charges", "charge", "crimes", "crime")
# "admitted two counts of", "pleaded guilty to", "was convicted of": what one pleaded or was
# found guilty of, by name
_PLEA = re.compile(
    r"\b(?:admit(?:ted|s)?|pleaded\s+guilty|pled\s+guilty|convicted\s+of|found\s+guilty\s+of"
    r"|charged\s+with)\b",
    re.IGNORECASE,
)
# "when is officer x's hearing", "when n where was his trial": the date of the hearing itself
_WHEN_EVENT = re.compile(
    r"\bwhen(?:\s+(?:and|n|&)\s+where)?\s+(?:is|was|will\s+be|are|were)\s+(?:[\w'’]+\s+){0,6}?"
    r"(hearing|trial|sentencing|inquest|tribunal)s?\b",
    re.IGNORECASE,
)
_WHAT_DATE = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.IGNORECASE)
# "23 May 2016", "November 21", "in June 2019"
_A_DATE = re.compile(rf"{DAY_OF_MONTH}|\b{MONTH}\s+(?:19|20)\d\d\b")
_A_DAY = re.compile(DAY_OF_MONTH)  # "on 15 January": a day, not only a month
_WHO_WROTE = re.compile(
    r"\bwho\s+(?:wrote|authored|penned)\b|\bwho\s+(?:was|is)\s+the\s+(?:author|writer)\b"
    r"|\bwritten\s+by\s+who",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"\s*(?:By|Written\s+by|Words\s+by|Author:?)\s+[A-Z]")
# "who chaired the committee", "who called it the tip of the iceberg": asks who did a deed
# (a "who" that opens a clause: not the one of "the rotherham pc who sent thousands of texts")
_WHO_DID = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|so|piece|article|story|report|page)\s+)"
    r"who\s+(?!(?:was|were|is|are|got|gets|did|does|do|had|has|have|will|would|from|at|in"
    r"|of|actually|else|said|says|say|told|tells|tell)\b)([a-z]+)\b",
    re.IGNORECASE,
)
_WHAT_SENTENCE = re.compile(
    r"\bwhat\s+(?:sentence|(?:jail|prison)\s+(?:term|time|sentence))\b", re.IGNORECASE
)
# "a 26-week prison sentence", "jailed for nine months", "a two-year community order"
_TERM = re.compile(
    r"\b[\w-]+[\s-]+(?:days?|weeks?|months?|years?)(?:['’]|\s+(?:in|of|prison|jail|custody"
    r"|suspended|imprisonment|community|sentence|order|behind))|\blife\s+sentences?\b"
    # "jailed for nine years for raping ..."
    r"|\b(?:jailed|imprisoned|sentenced)\s+(?:for|to)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# "which court", "which prison": asks for one by name
# What answers "what age", "which town", "which station" without the word: an age ("a child
# aged 13 to 15", "posed as a 14-year-old"), a place ("had been based in Braintree"), a station
# ("based at Charing Cross Police Station"). (Not a rank: any officer's is no answer for the
# one asked about.)
_PLACE_NAMED = r"\b(?:in|at|from)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\b"
_STATION_NAMED = r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:Police\s+)?Station\b"
_ONE_GIVEN = {
    "age": re.compile(r"\b\d{1,2}-year-old|\baged\s+(?:between\s+|under\s+)?\d|,\s+\d{2},"),
    "town": re.compile(_PLACE_NAMED),
    "city": re.compile(_PLACE_NAMED),
    "station": re.compile(_STATION_NAMED),
    "nick": re.compile(_STATION_NAMED),
}


def _gives_one(text: str, asked: str | None) -> bool:
    """Whether ``text`` gives one of what "what age", "which town" and the like ask for."""
    given = _ONE_GIVEN.get(asked or "")
    return bool(given and given.search(text))


_WHICH_PLACE = re.compile(r"\bwhich\s+(?:court|prison|jail)\b", re.IGNORECASE)
_NAMED_PLACE = re.compile(
    r"\bHMP\s+[A-Z]|\b[A-Z][a-z]+\s+(?:(?:Crown|Magistrates['’]?|Youth|Sheriff|High)\s+)?"
    r"(?:[Cc]ourt|[Pp]rison|[Jj]ail)\b"
)
_WHEN_DID = re.compile(
    r"\s*(?:when|(?:on\s+)?(?:what|which)\s+(?:dates?|days?))\s+(?:did|was|were|had|has|is|are|will)\b",
    re.IGNORECASE,
)
# "when was the cji report published": "Published: 27 Mar 2025"; "when was the foi sent in":
# "Date of request: 25 August 2021"; each the question, then the line that dates the source
_DATED_LINES = (
    (
        re.compile(r"^\W*when\b.*\b(?:publish(?:ed)?|released?|out)\b(?!\s+of\b)", re.IGNORECASE),
        re.compile(r"\s*(?:Published|Released|First published)\b:?\s+\S*\d", re.IGNORECASE),
    ),
    (
        re.compile(
            r"^\W*when\b.*\b(?:foi|request)\b.*\b(?:sent|submitted|requested|made|lodged|filed)\b"
            r"|^\W*when\b.*\b(?:sent|submitted|requested|made|lodged|filed)\b.*\b(?:foi|request)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\s*(?:Date\s+(?:of\s+)?(?:request|asked)|Request\s+date|Date\s+received)\b"
            r":?\s+\S*\d",
            re.IGNORECASE,
        ),
    ),
)
# "what did the met say about the figures": what was said of a thing
_SAID_ABOUT = re.compile(r"\b(?:say|said|tell|told|think)\s+(?:about|of|on)\s+(.+)", re.IGNORECASE)
# the words within quotation marks, or before the one that closes them
_QUOTED_WORDS = re.compile(r"“([^”]*)”|\"([^\"]*)\"|^([^“\"]*)[”\"]")


def _spoken(text: str) -> str:
    """The words a sentence quotes someone as saying, or all of it when it quotes none."""
    spoken = [next(g for g in m.groups() if g is not None) for m in _QUOTED_WORDS.finditer(text)]
    return " ".join(spoken) if spoken else text


# "was he put on the barred list": asks whether, not what, when or who
_YES_OR_NO = re.compile(r"\s*(?:was|were|is|are|did|does|do|has|have|had)\b", re.IGNORECASE)
_RANK = r"(?:pc|pcso|dc|ds|sgt|sergeant|constable|inspector|detective)"
# "the gwent cop sacked for harassing his ex": one person, named by what was done to them
_THE_ONE_GOT = re.compile(
    rf"\bthe\s+(?:[a-z]+\s+){{0,3}}?(?:officer|cop|copper|policeman|policewoman|man|woman"
    rf"|{_RANK})\s+(\w+ed)\b"
    # ... or before: "the wrongly convicted notts cop", "the sacked met officer"
    rf"|\bthe\s+(?:[a-z]+ly\s+)?(\w+ed)\s+(?:[a-z]+\s+){{0,2}}?(?:officer|cop|copper|policeman"
    rf"|policewoman|{_RANK})\b",
    re.IGNORECASE,
)

# "how many would have been sacked if they hadn't quit": what did not happen is the condition
_UNLESS = re.compile(
    r"\b(?:if|had)\s+(?:the\s+)?\w+\s+"
    r"(?:had\s*n[o'’]?t|had\s+not|did\s*n[o'’]?t|did\s+not|not)\s+(?:been\s+)?(\w+)",
    re.IGNORECASE,
)

# "sacked for sexual misconduct": a sanction and what it was for
_SANCTIONED_FOR = re.compile(
    rf"\b{SANCTION_VERBS}\s+(?:\w+\s+){{0,2}}?(?:for|over)\b"
    # "how many of those who retired were accused of sexual misconduct"
    r"|\bhow\s+many\s+of\b.*\baccused\s+of\b",
    re.IGNORECASE,
)
_WOULD_HAVE = re.compile(r"\bwould\s+(?:have|of)\b|\bwould['’]ve\b", re.IGNORECASE)


def _describes(outcome: str, features: QuestionFeatures) -> bool:
    """Whether a question names an outcome only to say whom it means (asking for no figure),
    as what did not happen ("would have been sacked if they hadn't quit"), or in another sense
    ("how many kept their anonymity")."""
    if any(m.group(1).lower() == outcome for m in _UNLESS.finditer(features.text)):
        return True
    if any(
        (m.group(1) or m.group(2)).lower() == outcome for m in _KEPT_ELSE.finditer(features.text)
    ):
        return True
    if any(m.group(1).lower() == outcome for m in _STORY_OF.finditer(features.text)):
        return True  # "per the edp article on five officers sacked": which story
    if any(m.group(1).lower() == outcome for m in _WHEN_GOT.finditer(features.text)):
        return True  # "how old was ian bell when he got fired": when, not what is asked
    # "how old is the merseyside officer convicted of having sex on duty": which officer
    if not _HOW_MANY.search(features.text) and any(
        (m.group(1) or m.group(2)).lower() == outcome for m in _THE_ONE_GOT.finditer(features.text)
    ):
        return True
    if features.wants_figure:
        return False  # "how many who were suspended were later sacked": part of the count
    return any(
        (m.group(1) or m.group(2)).lower() == outcome for m in _WHO_GOT.finditer(features.text)
    )


# "how old was he when he got fired": the outcome says when what is asked was so
_WHEN_GOT = re.compile(
    r"\bwhen\s+(?:he|she|they)\s+(?:got|was|were|had\s+been)\s+(\w+)\b", re.IGNORECASE
)
# "the edp article on five officers sacked", "the story about the cop who quit": what a
# story tells, naming the story the question means
_STORY_OF = re.compile(
    r"\b(?:article|story|piece|report|headline)\s+(?:on|about|of)\s+(?:[\w']+\s+){0,5}?"
    r"(\w+)\b(?=\s*(?:$|[,;?]))",
    re.IGNORECASE,
)
# "kept their anonymity", "kept his pension", "kept the barred and advisory lists": something
# kept other than the job; "kept off public-facing roles", "kept away from the public": held
# back from something, not kept on
_KEPT_ELSE = re.compile(
    r"\b(kept|stayed)\s+(?:their|his|her|its|the)\s+"
    r"(?!(?:jobs?|posts?|places?|roles?|positions?|warrant\s+cards?|badges?)\b)\w+"
    r"|\b(kept|stayed)\s+(?:off|out\s+of|away\s+from)\b",
    re.IGNORECASE,
)


def _names_the_whole(outcome: str, features: QuestionFeatures) -> bool:
    """Whether an outcome says which people a question asks a part of ("how many of the
    suspended officers ..."), and is not itself the part asked."""
    return any(m.group(1).lower() == outcome for m in _OF_THE.finditer(features.text))


# "of the suspended suffolk officers", "of those sacked": the whole a part is asked of
_OF_THE = re.compile(r"\bof\s+(?:the|those|these)\s+(\w+)\b", re.IGNORECASE)
# What police keep track of officers by, each counted apart: a figure for one is no figure for
# another, so a corpus that never speaks of it has no answer
_BARRED = ("barred", "barring", "banned")
_VETTED = ("vetting", "vetted", "revetting")
LISTS_AND_CHECKS = {
    **dict.fromkeys(_BARRED, _BARRED),
    **dict.fromkeys(_VETTED, _VETTED),
    "hotline": ("hotline", "hotlines"),
    "tribunal": ("tribunal", "tribunals"),
}
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
_COMMON = "(?:" + "|".join(map(re.escape, sorted(STOPWORDS, key=len, reverse=True))) + r")\b"
# "pc abigail barlow", "sergeant john smith": a person, by rank, first name and surname (two
# words after a rank, neither a common one: not "the sergeant who groped a woman")
_TITLED_NAME = re.compile(
    rf"\b{_RANK}\s+(?!{_COMMON})([a-z]{{3,}})\s+(?!{_COMMON})([a-z]{{3,}})\b",
    re.IGNORECASE,
)
# "what sentence did david carrick get", "which prison is david carrick locked up in", "what
# happened to wayne couzens": a person, by first name and surname, as the one a question is about
_NAMED_SUBJECT = re.compile(
    rf"\b(?:(?:did|does|is|was|has|had|will)\s+(?!{_COMMON})([a-z]{{3,}})\s+(?!{_COMMON})([a-z]{{3,}})"
    r"\s+(?:get|got|receive|serve|be|been|go|sentenced|jailed|locked|imprisoned|held|still|now)\b"
    rf"|\bhappened\s+to\s+(?!{_COMMON})([a-z]{{3,}})\s+(?!{_COMMON})([a-z]{{3,}})\b)",
    re.IGNORECASE,
)
# "operation onyx", "op hotton": the name of a police operation
_OPERATION = re.compile(r"\b(?:operation|op)\s+([a-z]{3,})\b", re.IGNORECASE)
# "up to 126% more likely than white officers to be dismissed", "three times less likely"
_LIKELIER = re.compile(r"(?:%|\bper\s*cent|\btimes)\s+(?:more|less)\s+likely\b", re.IGNORECASE)
# "how long ...": asks for a span of time ("nine years", "a few months")
_HOW_LONG = re.compile(r"\bhow\s+long\b", re.IGNORECASE)
_PAGES = re.compile(r"\bpages?\b", re.IGNORECASE)
# "how old was he when he joined", "at the time": an age then, not the one a story gives
_AT_A_TIME = re.compile(r"\bwhen\b|\bat\s+the\s+time\b", re.IGNORECASE)
_HOW_OLD = re.compile(r"\bhow\s+(?:old|young)\b|\bwhat\s+ages?\b", re.IGNORECASE)
_AGE = re.compile(
    r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]olds?\b|\baged\s+(?:\d|between|under|over)"
    r"|\bage\s+of\s+\d|\bunder\s+\d+\b|\bteenage"
    r"|\bin\s+(?:their|his|her)\s+(?:early\s+|mid\s+|late\s+)?(?:\d0s|[a-z]+ties|teens)\b"
    # "in June 2019 when he was 27", "after turning 18"
    r"|\b(?:he|she)\s+was\s+\d{1,2}\b(?![\d,.%]|\s*(?:per|times|[a-z]+s\b))"
    r"|\bturn(?:ed|ing|s)?\s+\d{1,2}\b",
    re.IGNORECASE,
)
# "PC James Evans, 26, swapped ...", "A Met police firearms officer, 46, who ...": the age of
# the one named (a name may have a capital within: "PC Joseph McCabe, 27, was convicted")
_NAMED_AGE = re.compile(
    r"\b(?:(?-i:[A-Z][a-z]*[A-Z]?[a-z]+)|officer|constable|sergeant|inspector|detective|man|woman)"
    r",\s+\d{2},",
    re.IGNORECASE,
)
# "jailed for raping a 16-year-old girl": the age of a victim, which answers only a question
# about one ("how old was the girl")
_VICTIMS = (
    r"(?:girls?|boys?|lads?|child(?:ren)?|kids?|daughters?|sons?|victims?|schoolgirls?|schoolboys?"
    r"|teen(?:ager)?s?|youngsters?|minors?|pupils?)"
)
# ... or "a child under the age of 13", "girls aged between 13 and 15"
_VICTIM_AGE = re.compile(
    rf"\b[\w-]+[- ]years?[- ]old[- ]{_VICTIMS}\b"
    rf"|\b{_VICTIMS}\s+(?:aged\s+(?:under\s+|between\s+)?|under\s+(?:the\s+age\s+of\s+)?)\d+",
    re.IGNORECASE,
)
_VICTIM = re.compile(rf"\b{_VICTIMS}\b", re.IGNORECASE)
# "sent the girl, 15, 'inappropriate' messages": a victim's age set off by commas
_VICTIM_NAMED_AGE = re.compile(rf"\b{_VICTIMS},\s+\d{{1,2}},", re.IGNORECASE)
_SPAN_ASKED = re.compile(
    r"\bhow\s+(?:long|often)\b|\bhow\s+much\s+(?:longer|later|sooner|earlier)\b", re.IGNORECASE
)
# the spans a service or a sentence is counted in, not a hearing's days or a stalker's minutes
_LONG_SPANS = frozenset({"years", "months"})
_DURATION = re.compile(
    r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|several|few)(?:\s+and\s+a\s+half)?[\s-]+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
    # (not the span figures are counted over: "over a ten year period was 931", nor an age:
    # "a 14-year-old boy")
    r"(?![\s-]+(?:period|olds?)\b)"
    # "went on to have an improper relationship ... until December 2005", "in a series of
    # reports since 2013"
    rf"|\b(?:until|till|since)\s+(?:{MONTH}\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# "during a three-year period", "over an 18-month period"
_A_PERIOD = re.compile(
    r"\b(?:during|over|across|within|in|from)\s+(?:a|an|one|the)\s+[\w.]+[\s-]+"
    r"(?:days?|weeks?|months?|years?)[\s-]+period\b",
    re.IGNORECASE,
)
# "how many women officers ...": a count asked for by sex, of the people of a force
_PEOPLE = r"officers?|cops?|constables?|staff|colleagues?|employees?"
_COUNTS_A_SEX = re.compile(
    # ("how many female met officers", "how many women serving officers")
    rf"\bhow\s+many\s+(?:{'|'.join(GENDER)})\s+(?:[a-z]+\s+){{0,2}}?(?:{_PEOPLE})\b"
    # "what percentage of officers were women", "were the accused officers mostly men"
    rf"|\b(?:{_PEOPLE})\s+(?:were|are|was|is)\s+(?:mostly\s+|mainly\s+|all\s+)?"
    rf"(?:{'|'.join(GENDER)})\b"
    # "what % of the officers flagged by operation onyx were women" (not "of victims")
    rf"|(?:%|\b(?:percentage|proportion|share|fraction))\s+of\b"
    r"(?!.*\b(?:victims?|complainants?|survivors?)\b).*\b(?:were|are)\s+"
    rf"(?:{'|'.join(GENDER)})\W*$",
    re.IGNORECASE,
)
# A number of people, in digits or words ("nine were male", "14 were men")
_HEADCOUNT = (
    r"\d+|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty"
)
# "male police officers", "female staff", "officers are women", or a sex counted as a label
# ("Male (9), female (4)", a table's "Female | 31 |")
_ASKING = re.compile(
    r"\b(?:how|what|which|who|when|where|why|did|does|do|is|are|was|were)\b", re.IGNORECASE
)
_OFFICERS_SEXED = re.compile(
    # ("four female firearms officers")
    rf"\b(?:{'|'.join(GENDER)})(?:\s+(?:[a-z]+\s+)?(?:{_PEOPLE})\b"
    r"|\s*[(|:]|\s+\d)"
    # "20% of the BTP's 3,000 officers are women", "87 per cent of those accused are men"
    # ("The vast majority of those accused, some 87%, were male")
    rf"|\b(?:{_PEOPLE}|accused)(?:\s*,[^,.]{{1,30}},)?\s+(?:are|were)\s+(?:{'|'.join(GENDER)})\b"
    # "Of the fifteen officers involved, ... nine were male, four were female", "99 officers
    # and staff members, 85 of whom were male", "in six the officer was female"
    # ("18 officers - of which 14 were men, one was a woman"; "15 officers (nine men, four
    # women and two unknown)")
    # ("around 87 per cent are male")
    rf"|\b(?:{_HEADCOUNT}|most|all|none|whom)(?:%|\s*per\s*cent)?\s+(?:were|was|are|is)\s+(?:a\s+)?"
    r"(?:male|female|men|women|man|woman)\b"
    # ("complaints were made against seven males and two unknown")
    # (not "offences against 12 women", its victims)
    rf"|(?:\(\s*|\bmade\s+against\s+)(?:{_HEADCOUNT})\s+(?:men|women|males|females)\b"
    r"|\bthe\s+(?:officer|accused)\s+was\s+(?:male|female)\b",
    re.IGNORECASE,
)
RARE_K = 30  # passages weighed for what few sentences state: the sex of officers, an age


# "what % of male police scotland officers": the people asked about are of one sex ...
# (and those of a survey: "33.8 per cent of female respondents")
_SEX_OF_PEOPLE = rf"\s+(?:[a-z]+\s+){{0,2}}?(?:{_PEOPLE}|respondents?)\b"
_PEOPLE_SEXED = re.compile(rf"\b({'|'.join(GENDER)}){_SEX_OF_PEOPLE}", re.IGNORECASE)
_MALE = r"\b(?:men|man|male|males|blokes)"
_FEMALE = r"\b(?:women|woman|female|females)"


def _sexes(features: QuestionFeatures) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """... so a sentence that names only people of the other sex ("one in three current and
    former female employees") speaks of others: a pattern of the sex asked, and one of people
    of the other, when the question names a sex for its people and asks no part by sex ("how
    many of them were women" may be answered by the men)."""
    named = _PEOPLE_SEXED.search(features.text)
    if not named or features.asked in GENDER:
        return None
    own, other = (_MALE, _FEMALE) if re.fullmatch(_MALE, named.group(1)) else (_FEMALE, _MALE)
    return re.compile(own + r"\b", re.I), re.compile(other + _SEX_OF_PEOPLE, re.I)


def _sexed(topic: Topic, features: QuestionFeatures) -> Topic:
    """The topic, with a sex asked about ("how many of them were women") spoken of by what a
    source says of any sex."""
    if features.asked not in GENDER:
        return topic
    terms = tuple(GENDER if alts[0] in GENDER else alts for alts in topic.terms)
    return replace(topic, terms=terms)


_ASKS_INTENT = re.compile(
    r"\b(?:vow|plan|pledg|promis|intend|aim|going to|will|wants? to|target"
    # "how many could get the sack", "the ones facing the sack": what may yet be done
    r"|could|might|may\s+(?:be|get|face|lose)|fac(?:e|es|ing))",
    re.IGNORECASE,
)

# "which force had the most ...", "the highest number being 19", "behind the Metropolitan
# Police (13)", "a huge nationwide disparity ..., with Wiltshire Police suspending 83 per cent":
# a force ranked among others
_RANKED = re.compile(
    r"\b(?:most|highest|worst|largest|biggest|lowest|fewest|least|best|top|topped|behind"
    r"|followed\s+by|more\s+than\s+any|ahead\s+of|disparity|ranging\s+from)\b",
    re.IGNORECASE,
)
# "police staff (not officers)": the staff alone, whom a count of officers does not count
_NOT_OFFICERS = re.compile(
    r"\bstaff\W{1,3}(?:not|excluding|rather\s+than|other\s+than)\s+(?:police\s+)?officers\b",
    re.IGNORECASE,
)
_STAFF = re.compile(r"\b(?:staff|civilians?|employees)\b", re.IGNORECASE)

# "the hmic report in 2016": the year a document was written, which may not be the years it
# counts (a year before its name, "the 2016 report", is read as no period at all)
_DOCUMENT_YEAR = re.compile(
    r"\b(?:report|document|article|story|paper|research|study|survey|poll|review|inspection)\s+"
    r"(?:(?:published|released|out)\s+)?(?:in|from)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _quotable(
    hits: Sequence[Hit],
    features: QuestionFeatures,
    anchor: Anchor | None,
    outcomes: tuple[tuple[str, ...], ...],
    topical: bool,
    title_words: Callable[[Source], PassageWords],
    said_next: Callable[[Hit], str],
) -> list[Hit]:
    """The hits that can answer: scored high enough, with a figure when one is asked for,
    for the years asked about when the question names years, from a source that states
    the number the question quotes, when one does, and speaking of the outcomes asked about
    (each as its alternatives: "sacked", "dismissed", "removal"). A passage that speaks of
    every subject word of a ``topical`` question is about the same thing, however far the
    embedding puts it; so is the best hit, when it scores high and speaks of much of it."""
    asked = set(re.findall(r"[a-z0-9]+", features.text.lower()))
    pool = [
        h
        for h in hits
        if h.score >= MIN_SCORE
        and (
            h.source_close
            or h.named_source
            or (topical and h.coverage >= FULL_COVERAGE)
            or (topical and h is hits[0] and h.score >= TOP_SCORE and h.coverage >= TOP_COVERAGE)
        )
        and not _only_names(h.passage.text, asked)
        # ("Freedom of information request reference no: 01.FOI.22.025664" files a request; it
        # tells what was asked or decided only to a question about its reference)
        and not (_REFERENCE_LINE.fullmatch(h.passage.text.strip()) and not asked & _REFERENCE)
    ]
    if features.wants_figure:
        # "how many survivors have contacted cwj": "nearly five years on" tells how long,
        # not how many, unless a span is what is asked ("how many years did he get", "how
        # often are officers re-vetted")
        # ... and "how many years had he served" is answered by years or months, not by "a two
        # day hearing" or "for about 40 minutes"; "sick days" are counted like anything else
        # (and "then to 65,998 in 2019-20" names no unit)
        if features.unit in _LONG_SPANS:
            pool = [h for h in pool if any(f.unit in _LONG_SPANS for f in h.figures)]
        else:
            spans = bool(_SPAN_ASKED.search(features.text))
            pool = [
                h
                for h in pool
                if any(
                    spans or f.unit not in SPAN_UNITS or f.unit == features.unit for f in h.figures
                )
            ]
    # "did they refuse the 2017-2022 allegations foi": the years say which request, and what was
    # decided on it need not repeat them
    years = features.years if features.wants_figure or not features.wants_decision else set()
    # "guardian 2016 number who left before hearing", "the hmic report in 2016", "over what
    # period did hmic count them in 2016": the year names the source, written then; so does
    # the year of what a story tells, asked for no figure ("which firearms officer won her
    # sexism tribunal in 2021": she "won ... this month")
    names_document = (
        features.wants_period
        or not features.wants_figure
        or bool(_DOCUMENT_YEAR.search(features.text))
    )
    dated = [
        h
        for h in pool
        if (h.named_source or names_document) and years == {published_year(h.source)}
    ]
    if years:
        pool = [h for h in pool if h.matched_years or _states_claimed(h, features) or h in dated]
    if len(years) == 1:
        pool = [
            h
            for h in pool
            if h.plain_coverage >= MIN_COVERAGE_FOR_A_YEAR
            # with its source's title, or, for a figure of what is asked, its lede ("... found
            # it had 19 active cases as of July 2024" after "The number of investigations into
            # police officers alleged to have abused their position for sexual purposes is at a
            # record high")
            or (h.matched_years and h.coverage >= FULL_COVERAGE)
            # (asked for no figure, the year names what was done, not what is counted: "what
            # was the staff member suspended in 2014 cautioned for")
            or (h.matched_years and not features.wants_figure and topical)
            or (h.matched_years and h.unit_fit == 1.0 and h.opened_coverage >= FULL_COVERAGE)
            # (or a figure of the unit asked whose own words fit the question, speaking of half
            # of it: "275 officers were already awaiting gross misconduct tribunals" for "how
            # many were stuck waiting for gross misconduct hearings in sept 2023")
            or (
                h.matched_years
                and h.unit_fit == 1.0
                and h.coverage >= YEAR_FIGURE_COVERAGE
                and h.measure >= YEAR_FIGURE_MEASURE
            )
            # (or the best hit, of that year, when it scores as high as a near restatement
            # does and speaks of most of what is asked: "118 did so nationally in 2021" for
            # "how many officers across the country chose to resign or retire ... in 2021")
            or (
                h is hits[0]
                and h.matched_years
                and h.score >= YEAR_TOP_SCORE
                and h.opened_coverage >= YEAR_TOP_COVERAGE
            )
            or _states_claimed(h, features)
            or h in dated
        ]
    if anchor:
        pool = [h for h in pool if anchor.admits(h)]
    if features.forces:
        # a question about one force is not answered with another force's figure
        pool = [h for h in pool if h.matched_force]
    named = any(h.named_source for h in pool)  # the source the question names is close
    # ("which chief super spoke about the special sacked for ...", "who ran professional
    # standards when that sergeant got sacked": who spoke or served then, which the outcome
    # only picks out)
    spoke = features.wants_name and bool(_SPOKE.search(features.text))
    if outcomes and not features.wants_reason and not spoke:
        # (a reason need not name what it explains: "why won't they give the numbers sacked")
        # ("did he get the boot or quit first": either answers it)
        each = any if not features.wants_figure and re.search(r"\bor\b", features.text) else all
        # ("how many forces gave figures to the press association on convicted cops": the
        # forces that answered are counted under a title on convictions)
        forces = features.unit == "forces"
        # ("did he get the boot": "No, he was handed a final written warning" answers too)
        asks_if = not features.wants_figure and bool(_ASKS_IF.search(features.text))

        def done(h: Hit) -> bool:
            words = h.words
            return words is not None and (
                each(
                    words.speak_of(o) or (forces and title_words(h.source).speak_of(o))
                    for o in outcomes
                )
                or (asks_if and bool(_SANCTION_GIVEN.search(h.passage.text)))
            )

        story = pool[0].source.id if pool else None
        pool = [h for h in pool if done(h)] or [
            # (none saying it, a sentence of the story that names him best may say "he" for
            # him, and share too few words with the question to score: "how long was lee
            # wilcox jailed for", "He pleaded guilty ... and was jailed for nine months")
            h
            for h in hits
            if not features.wants_figure
            and h.source.id == story
            and _HE_OR_SHE.match(h.passage.text)
            and done(h)
        ]
        # "how many were sacked": what was done, not what someone vowed to do, unless the
        # question asks about the vow; asked what would have been done, a sentence saying so
        # answers though it tells what will be done too ("He would have been dismissed without
        # notice had he not already resigned and will be placed on the police barred list")
        unless = bool(_UNLESS.search(features.text))
        pool = [
            h
            for h in pool
            if not h.planned
            or _ASKS_INTENT.search(features.text)
            or (unless and _WOULD_HAVE.search(h.passage.text))
        ]
    if _UNLESS.search(features.text):
        # "how many would have been sacked if they hadn't quit": those a source says would have
        # been, not those who were ("three were sacked")
        pool = [h for h in pool if _WOULD_HAVE.search(h.context)]
    # "the independent's figures": the source named, if it can answer; "how many were
    # dismissed, according to the home office" is not answered from another source when the
    # one named speaks of the subject but not of what was done; "what did the iopc say" names
    # whose words are asked, which a news story may quote (though "what does the observer say
    # about how many were suspended" asks what the source named says of what was done)
    if outcomes or not features.wants_words:
        pool = [h for h in pool if h.named_source] or ([] if named and outcomes else pool)
    if features.wants_period:
        # "what dates does it cover": a sentence that gives years, if any can answer
        pool = [h for h in pool if h.states_period] or pool
        event = _WHEN_EVENT.search(features.text)
        if event:
            # "when is officer x's misconduct hearing": the date of the hearing ("Date of
            # hearing: 17 - 21 February 2025"), not of what it will hear of
            event_word = re.compile(rf"\b{event[1]}", re.IGNORECASE)
            of_event = [h for h in pool if event_word.search(h.passage.text)]
            pool = of_event + [h for h in pool if h not in of_event]
    if features.wants_span:
        # "over what period did darbyshire commit the rapes": a span with two ends ("between
        # November 2018 and August 2019") over the month of an arrest; failing one, a sentence
        # of the story that answers best gives it, though it shares no word with the question
        story = pool[0].source.id if pool else None
        pool = (
            [h for h in pool if h.spans_dates]
            or [h for h in hits if h.source.id == story and h.spans_dates]
            or pool
        )
    if _HOW_OLD.search(features.text):
        # "how old is the pcso who got jailed": a sentence that gives an age ("The 49-year-old
        # had become ..."); none other can answer
        victim = bool(_VICTIM.search(features.text))
        pool = [h for h in pool if _gives_age(h.passage.text, victim)]
        # ... in years, where one does: "sent the girl, 15," over "sex texts to teenager"
        pool = [h for h in pool if re.search(r"\d", h.passage.text)] or pool
    if _WHAT_DATE.search(features.text):
        # "what date was thompson sentenced": a sentence that gives a day or a month ("sentenced
        # him on 23 May 2016"), where one does, over one that tells of the sentence alone
        # ... and a day over a month ("joined the Met ... on 30 March 2020" over "after joining
        # in March 2020")
        pool = [h for h in pool if _A_DATE.search(h.passage.text)] or pool
        pool = [h for h in pool if _A_DAY.search(h.passage.text)] or pool
    if _WHO_WROTE.search(features.text):
        # "who wrote refuge's remove the rot piece": its byline ("By Amy Bowdrey, Policy and
        # Public Affairs Officer"), where one is close, over its headline
        pool = [h for h in pool if _BYLINE.match(h.passage.text)] or pool
    doer = _WHO_DID.search(features.text)
    if doer and len(stem := _stem(doer[1])) >= 4:
        # "who chaired the assembly police and crime committee": a sentence that tells of the
        # deed ("Joanne McCartney, the Labour Assembly Member who chairs the committee"), where
        # one does, over one that only names the committee
        deed = re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)
        pool = [h for h in pool if deed.search(h.passage.text)] or pool
    if features.wants_forces:
        # "which forces did not reply": a sentence that names forces; one naming none does
        # not say which
        pool = [h for h in pool if h.names_forces]
        if _RANKED.search(features.text):
            # "which force had the most": a sentence that ranks them by a figure, not one
            # force's count, nor "the highest standards of integrity"
            pool = [h for h in pool if h.figures and _RANKED.search(h.context)]
    if features.wants_words:
        # "what did the chief constable say": what she said, not the heading over it
        # ("Statement from Chief Constable Serena Kennedy following ...")
        said = [h for h in pool if not _is_heading(h.passage.text)]
        pool = said + [h for h in pool if h not in said]
    if _SAMPLE_ASKED.search(features.text):
        # "how many people did the bbc poll survey": the size of the sample, which a share of
        # it ("42% said they ...") does not tell
        pool = [h for h in pool if any(f.kind in ("count", "total") for f in h.figures)]
    if features.unit not in (None, "percent") and _HOW_MANY.search(features.text):
        # "how many black officers were dismissed": how much likelier some are to be
        # dismissed than others ("up to 126% more likely") counts no one
        pool = [
            h
            for h in pool
            if not (
                _LIKELIER.search(h.passage.text) and all(f.unit == "percent" for f in h.figures)
            )
        ]
    if _NOT_OFFICERS.search(features.text):
        # "how many police staff (not officers) were barred": a sentence that speaks of staff
        pool = [h for h in pool if _STAFF.search(h.context)]
    if _AVERAGE.search(features.text):
        # "the average prison sentence": a statistic, which one officer's sentence is not
        pool = [h for h in pool if _AVERAGE.search(h.context)]
    ordinals = _ordinals(features.text)
    if ordinals:
        # "the disapproved register in its second year": not a figure for its first
        pool = [h for h in pool if not _other_ordinal(ordinals, _ordinals(h.context))]
    asked_kinds = offence_kinds(features.text)
    if asked_kinds:
        # "officers investigated for domestic abuse": not a figure for sexual misconduct (what
        # the passage speaks of, else what its source's title does)
        # ... and "sacked for sexual misconduct" is not answered by a count of all those sacked
        # ("- Gwent Police dismissed 4 officers", under a title on all dismissals; a table's row
        # is what its heading says: "Suspended | 4 |" under "how many officers have been removed
        # from duty due to sexual offences?")
        for_kind = bool(_SANCTIONED_FOR.search(features.text))
        pool = [
            h
            for h in pool
            # (or the next sentence, saying what those counted did: "two officers ... have been
            # dismissed from duty" then "The duo ... had engaged in consensual sexual activity
            # within the confines of the police premises")
            if (
                (
                    spoken := offence_kinds(h.context)
                    or offence_kinds(h.source.meta.title or "")
                    or offence_kinds(said_next(h))
                )
                and kinds_fit(asked_kinds, spoken)
            )
            or (not spoken and not (for_kind and not h.in_table))
        ]
    if features.unit == "percent":
        # "what percentage of the victims were ...": a count alone is no share, but a part
        # with its whole ("594 complaints ..., of which just 119 were upheld") or a rate ("189
        # complaints per 1,000 employees") tells one
        pool = [
            h
            for h in pool
            if h.unit_fit or any(f.of_total for f in h.figures) or _PART_OR_RATE.search(h.context)
        ]
    if features.counted:
        # "how many domestic abuse reports were made against sussex police staff": "reports ...
        # were 25 times higher than the previous five-year average" counts none
        pool = [h for h in pool if not _only_compares(h, features.counted)]
    if features.unit == "pounds":
        # "how much has the psni spent on suspended officers": a sum of money, never a count;
        # from another source than the best hit's, it speaks of something asked ("how much
        # compensation has the met paid carricks victims": not "may cost up to £7m a year")
        best = pool[0].source.id if pool else None
        pool = [h for h in pool if h.unit_fit and (h.coverage > 0 or h.source.id == best)]
    # "how many forces gave the press association their numbers": a count of the forces that
    # answered, never of the officers they counted
    forces = features.wants_figure and features.unit == "forces"
    if pool and (features.unit == "percent" or forces):
        # "what share of btp officers are women": a share (or a count of forces) the best
        # source gives, if it gives one, before its counts
        best = pool[0].source.id
        shares = [h for h in pool if h.unit_fit >= 1 and h.source.id == best]
        pool = shares + [h for h in pool if h not in shares]
    # "Trevor Gray was jailed for eight years in 2012 (Nottinghamshire Police/PA)": a photo's
    # caption that repeats the figures of a sentence of its story is quoted after it
    for caption in [h for h in pool if _PHOTO_CREDIT.search(h.passage.text)]:
        told = _telling_again(caption, pool[pool.index(caption) + 1 :])
        if told is not None:
            pool.remove(caption)
            pool.insert(pool.index(told) + 1, caption)
    return pool


def _telling_again(caption: Hit, hits: Sequence[Hit]) -> Hit | None:
    """The first of ``hits`` from the caption's story that gives every figure it does."""
    figures = [f.text for f in caption.figures]
    return next(
        (
            h
            for h in hits
            if figures
            and h.source.id == caption.source.id
            and not _PHOTO_CREDIT.search(h.passage.text)
            and all(f in h.passage.text for f in figures)
        ),
        None,
    )


# a photo's credit, closing its caption: "(PA)", "(Nottinghamshire Police/PA)", "(Getty Images)"
# ... or "(Picture: Getty)", "(Photo by DANIEL LEAL-OLIVAS / AFP)"
_PHOTO_CREDIT = re.compile(
    r"\((?:(?:Picture|Image|Photo|Credit|Stock|File|Library)\b[^()]*"
    r"|(?:[^()]*/\s*)?(?:PA|PA\s+Wire|PA\s+Media|Getty(?:\s+Images)?|Alamy|Reuters|AP|AFP"
    r"|Shutterstock|Handout))\)\s*$"
)
_CAPITAL_A = re.compile(r"\S\s+A\b")  # "when did Officer A quit", not "A met officer ..."

# "how many cases, and how many forces", "how many ...? and were any sacked?": a second ask
_SECOND_ASK = re.compile(
    r"(?:\s*[,;]|\?)?\s+and\s+(?=(?:how|what|which|who|when|where|why|did|does|do|were|was"
    r"|is|are|has|have|had)\b)",
    re.IGNORECASE,
)
MIN_ASK_WORDS = 3  # a part shorter than this asks nothing of its own ("and how many")


def _joined(quotes: list[Quote], quote: Quote, text: str) -> list[Quote]:
    """``quotes`` with ``quote``, as one passage with a quote of its source that it runs on
    from or into ("However, 1,958 allegations ... were finalised ... in 2020/21." then "Of
    these, 156 were dealt with informally. Of those dealt with as part of formally recorded
    complaints, ... 82 were finalised after an investigation."): quoted apart, the two would
    repeat a sentence or stand as two quotes of one paragraph. ``text`` is the source's."""
    for i, shown in enumerate(quotes):
        if shown.source != quote.source:
            continue
        start, end = min(shown.start, quote.start), max(shown.end, quote.end)
        between = text[min(shown.end, quote.end) : max(shown.start, quote.start)]
        if between.strip():
            continue  # apart in the source
        if end - start > MAX_JOINED_QUOTE:
            overlapping = shown.start < quote.end and quote.start < shown.end
            return quotes if overlapping else [*quotes, quote]
        figures = tuple(dict.fromkeys((*shown.figures, *quote.figures)))
        joined = replace(shown, text=text[start:end], start=start, end=end, figures=figures)
        return [*quotes[:i], joined, *quotes[i + 1 :]]
    return [*quotes, quote]


def _with_quote(quotes: list[Quote], quote: Quote) -> list[Quote]:
    """``quotes`` with ``quote`` too, unless it says no more than one of them: a quote that
    takes in one already there, with the sentence that leans on it, stands in its place."""
    for i, shown in enumerate(quotes):
        if shown.source == quote.source and shown.start < quote.end and quote.start < shown.end:
            if quote.start <= shown.start and shown.end <= quote.end:
                return [*quotes[:i], quote, *quotes[i + 1 :]]
            return quotes
    return [*quotes, quote]


def _asks(text: str) -> list[str]:
    """The things a question asks, when it asks two, in order."""
    parts = [p.strip(" ,;") for p in _SECOND_ASK.split(text, maxsplit=1)]
    return parts if all(len(p.split()) >= MIN_ASK_WORDS for p in parts) else [text]


_AVERAGE = re.compile(r"\b(?:average|avg|median)\b", re.IGNORECASE)
# "in its second year", "the first quarter": which of a run of periods
_ONES_TO_SIX = "first second third fourth fifth sixth".split()
_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\s+"
    r"(year|month|quarter|week|six\s+months|half)\b",
    re.IGNORECASE,
)


def _ordinals(text: str) -> dict[str, str]:
    """Which of a run of periods a text names, by the kind of period ("year": "second")."""
    return {
        " ".join(m[2].lower().split()): _ORDINAL_WORDS.get(m[1].lower(), m[1].lower())
        for m in _ORDINAL.finditer(text)
    }


_ORDINAL_WORDS = dict(zip("1st 2nd 3rd 4th 5th 6th".split(), _ONES_TO_SIX, strict=True))


def _other_ordinal(asked: dict[str, str], said: dict[str, str]) -> bool:
    """Whether a text names another of a run of periods than the one asked ("its first year",
    asked about its second)."""
    return any(kind in said and said[kind] != which for kind, which in asked.items())


_PART_OR_RATE = re.compile(
    r"\b(?:of which|of whom|of (?:those|these|them)|out of|per (?:[\d,]+|thousand|hundred))\b"
    r"|\bOf the [\d,]+",
    re.IGNORECASE,
)


def _states_claimed(hit: Hit, features: QuestionFeatures) -> bool:
    """Whether a hit states the figure a claim to check names ("is it right the met had
    1,571 cases in 2021"): quoted with its own period, it shows the claim's year is wrong."""
    return features.checks_claim and any(
        writes_number(hit.passage.text, n) for n in features.numbers
    )


HEADING_CHARS = 150  # a line this short with no sentence's end is a heading


def _gives_age(text: str, victim: bool) -> bool:
    """Whether a sentence gives the age asked: a victim's ("a 16-year-old girl", "aged between
    10 and 16"), which "Darren Bond, 46, is due to be sentenced" does not; anyone else's, the
    victims' aside."""
    if victim:
        return bool(_AGE.search(text) or _VICTIM_NAMED_AGE.search(text))
    return bool(_AGE.search(_VICTIM_AGE.sub("", text)) or _NAMED_AGE.search(text))


def _stem(verb: str) -> str:
    """What the forms of a verb share: "chair" of "chaired" or "chairs"."""
    return re.sub(r"(?:ed|es|s|ing)$", "", verb.lower())


def _tells_a_span(hit: Hit) -> bool:
    """Whether a hit tells how long something went on: "44 months in prison", or "during a
    three-year period, Edwards forced his victims ..." where it counts nothing over the period
    ("over a ten year period was 931" gives the span a count covers)."""
    if _DURATION.search(hit.context):
        return True
    periods = [m.span() for m in _A_PERIOD.finditer(hit.passage.text)]
    # (the span's own figure counts nothing: "three" of "over a three-week period")
    within = hit.passage.start
    counts = any(
        f.unit not in SPAN_UNITS and not any(a <= f.start - within < b for a, b in periods)
        for f in hit.figures
    )
    return bool(periods) and not counts


def _is_heading(text: str) -> bool:
    """A line that heads what follows: short, with no sentence's end (a capture cut short
    ends a long sentence with none)."""
    return len(text) <= HEADING_CHARS and text.rstrip()[-1:] not in ".!?\"”’'):"


def _choose(pool: list[Hit], features: QuestionFeatures) -> tuple[list[Hit], bool]:
    pool = _carried(_fuller(pool))
    best = pool[0]
    chosen = [best]
    conflict = False
    for hit in pool[1:]:
        if len(chosen) == MAX_QUOTES:
            break
        # a source that disagrees with any quote already chosen (with the sentence it leans
        # on: "Hertfordshire ... recorded 312 allegations" over "Only one in five of those
        # allegations was upheld") is shown, and said to differ
        shown = [h for h in pool if any(_overlapping(c, h) for c in chosen)]
        if (
            any(_disagrees(c, hit, features) for c in shown)
            and hit.score >= CONFLICT_SCORE * best.score
        ):
            chosen.append(hit)
            conflict = True
        elif hit.score >= _extra_share(best, hit) * best.score and _adds_to(chosen, hit, features):
            chosen.append(hit)
    return chosen, conflict


def _extra_share(best: Hit, hit: Hit) -> float:
    """The share of the best quote's score a further quote needs."""
    return SOURCE_EXTRA_SCORE if hit.source.id == best.source.id else EXTRA_SCORE


MIN_RESTATED_CHARS = 40  # a shorter sentence than this is too common to be a restatement


def _fuller(pool: list[Hit]) -> list[Hit]:
    """The best hit, or a sentence of its source that says all it says and more: a capture
    repeats a line as a caption ("The ACU said it had received 22 referrals ... in the year to
    31 March.") that the body goes on with (", up from 17 the previous year.")."""
    best = pool[0]
    said = _said(best)
    if len(said) < MIN_RESTATED_CHARS:
        return pool
    for hit in pool[1:]:
        fuller = len(hit.passage.text) > len(said) + 1 and said in hit.passage.text
        if hit.source.id == best.source.id and fuller:
            return [hit] + [h for h in pool if h is not hit]
    return pool


def _said(hit: Hit) -> str:
    """A passage's words, without the stop or quote mark a caption may drop."""
    return hit.passage.text.strip().rstrip(".!?\"”’' ")


def _restates(a: Hit, b: Hit) -> bool:
    """Whether one passage says all that the other does: a headline or caption repeated by
    the body ("Fifteen serving Cambridgeshire police officers have had ... claims made
    against." over the same sentence that goes on "... in the past five years")."""
    shorter, longer = sorted((_said(a), _said(b)), key=len)
    return len(shorter) >= MIN_RESTATED_CHARS and shorter in longer


def _carried(pool: list[Hit]) -> list[Hit]:
    """The best hit, or a close one that is quoted with it as its context ("A recent poll by
    the BBC revealed ..." then "Of all those questioned, 42% said ..."): that quote says what
    the best one says, and what follows from it."""
    best = pool[0]
    # "John Campion said:" says nothing until what he said is quoted with it
    introduces = best.passage.text.rstrip().endswith(":")
    for hit in pool[1:]:
        if (
            hit.source.id == best.source.id
            and hit.passage.context_start == best.passage.start
            and (introduces or hit.score >= CLOSE_SCORE * best.score)
        ):
            return [hit] + [h for h in pool if h is not hit]
    return pool


def _adds_to(chosen: list[Hit], hit: Hit, features: QuestionFeatures) -> bool:
    """A further quote must be a different sentence, not one saying no more than a quote
    chosen, count in the unit asked for or a kindred one (unless it comes from the best
    quote's source, whose close sentences tell more of the same story: "Officers have also
    been convicted of ... possession of indecent images" then "Some 13 officers were convicted
    of possession ...", or scores nearly as well: "allegations in 313 cases were made by
    members of the public" for allegations), and be for the years asked about."""
    if any(_repeats(h, hit) or _restates(h, hit) for h in chosen):
        return False
    other_source = hit.source.id != chosen[0].source.id
    close = hit.score >= UNLIKE_SCORE * chosen[0].score
    if features.wants_figure and features.unit and not hit.unit_fit and other_source and not close:
        return False
    return not (features.years and not hit.matched_years)


def _repeats(shown: Hit, hit: Hit) -> bool:
    """Whether a hit's own sentence is quoted with a shown one (as it, or as the sentence it
    leans on); a sentence that leans on a shown one goes on from it, and is joined to it."""
    return (
        shown.source.id == hit.source.id
        and shown.passage.quote_start < hit.passage.end
        and hit.passage.start < shown.passage.end
    )


def _overlapping(a: Hit, b: Hit) -> bool:
    return a.source.id == b.source.id and (
        a.passage.quote_start < b.passage.end and b.passage.quote_start < a.passage.end
    )


def _disagrees(a: Hit, b: Hit, features: QuestionFeatures) -> bool:
    """Two sources giving different figures for overlapping periods of a like measure."""
    if a.source.id == b.source.id:
        return False
    for fa in a.figures:
        for fb in b.figures:
            if fa.value is None or fb.value is None or fa.value == fb.value:
                continue
            if not _same_period(fa, fb):
                continue
            same = fa.unit == fb.unit
            alike = {fa.unit, fb.unit} <= ACCUSATION_UNITS
            if (same or alike) and (features.unit is None or features.unit in {fa.unit, fb.unit}):
                return True
    return False


def _same_period(a: Figure, b: Figure) -> bool:
    if not a.period or not b.period:
        return False
    return overlap(a.period.years, b.period.years) >= MIN_PERIOD_OVERLAP


# -- follow-ups ----------------------------------------------------------------------------

_QUESTION_WORD = re.compile(
    r"^(how|what|whats|what's|who|why|when|which|where|did|do|does|is|are|was|were|has|have|"
    r"had|can|could)\b",
    re.I,
)
# A sentence that ends by saying who spoke: what they said is told, the next sentence is another
_SAYS_WHO = re.compile(r"\b(?:told|said|says|added|wrote)\b[^.!?\"“”‘’]{0,60}[.!]?$")
_PRONOUN = re.compile(r"\b(?:he|she|they|it|them|him|her|those|these|that)\b", re.I)
_ASKS = re.compile(r"\b(?:how\s+(?:many|much)|what|which|who|why|when)\b", re.I)
_FOLLOW_UP_OPENERS = re.compile(
    r"^(and|what about|how about|and what about|same for|what of|in|for|ok and|so)\b", re.I
)


def _is_follow_up(features: QuestionFeatures, names_source: bool) -> bool:
    """A short question or one that opens like "and in 2023?" or "what about ..."; but a
    question that asks in its own words about a force or a source it names ("what did the met
    say", "what dates does the independent data cover"), or what someone it names said, stands
    on its own."""
    text = features.text.strip()
    opener = _FOLLOW_UP_OPENERS.match(text)
    # "in 2017 compared with 2012, how much did reports grow" asks its own question
    if opener and not (opener.group(1).lower() in ("in", "for") and _ASKS.search(text)):
        return True
    if (features.forces or names_source) and _QUESTION_WORD.match(text):
        return False
    if features.wants_words and _QUESTION_WORD.match(text) and not _PRONOUN.search(text):
        return False  # "what did rachel krys say" names who it asks about
    return len(features.terms) <= FOLLOW_UP_TERMS


def _merge(
    earlier: QuestionFeatures, follow_up: QuestionFeatures, names_source: bool
) -> QuestionFeatures:
    """Read a short follow-up with the question before it: what it names replaces the old. A
    follow-up that names a source ("and how many kept their jobs in the byline piece") asks
    about that source's force and years, not those of the question before; one that asks
    about another outcome ("how many were sacked" after "how many kept their jobs") asks about
    it instead."""
    base = earlier.text
    if follow_up.periods or names_source:
        for period in earlier.periods:
            base = base.replace(period.text, " ")
    if any(t in OUTCOMES for t in follow_up.terms):
        for term in {t for t in earlier.terms if t in OUTCOMES}:
            base = re.sub(rf"\b{term}\b(?:\s+(?:their|his|her|the)\s+\w+)?", " ", base)
    merged = read_question(f"{base} {follow_up.text}")
    return replace(
        merged,
        periods=follow_up.periods or (() if names_source else earlier.periods),
        forces=follow_up.forces or (() if names_source else earlier.forces),
        unit=follow_up.unit or earlier.unit,
        wants_figure=earlier.wants_figure or follow_up.wants_figure,
    )
