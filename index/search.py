"""Hybrid retrieval: dense (FAISS over MiniLM vectors) + lexical (SQLite FTS5 BM25), fused and
then weighed by what a figures question names (years, force, unit).

Returns ranked passages with their figures; choosing what to quote is ``bot.answer``'s job.
"""

from __future__ import annotations

import difflib
import itertools
import logging
import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from index.embed import Embedder
from index.lexicon import (
    AREA_ENGLAND_WALES,
    AREA_WALES,
    BODIES,
    DAY_OF_MONTH,
    MONTH,
    NATIONWIDE,
    SANCTION_VERBS,
    SEVERAL_FORCES,
    bare_years,
    find_forces,
    find_periods,
    force_words,
    number_word,
    with_years,
    writes_number,
)
from index.models import Figure, Passage, Period, Source, overlap
from index.question import (
    AFTER_LETTER,
    ANONYMOUS_TITLES,
    STOPWORDS,
    SYNONYMS,
    QuestionFeatures,
    read_question,
)
from index.rounding import exact_statements
from index.store import IndexStore
from index.tables import row_at, table_rows

log = logging.getLogger(__name__)

DENSE_K = 40
MAX_TABLE_ROWS = 60  # rows of one table brought in when its header is found
MAX_NAMED_PASSAGES = 150  # passages of a source the question names that are all weighed
MAX_NAMED_SOURCES = 3  # ... when the name picks out no more sources than this
# a story names the force it is about at least this often, to be about it though it names
# another in passing
LEADING_MENTIONS = 3
MAX_FORCE_PASSAGES = 30  # passages that name a force asked about that are all weighed,
FORCE_SHARE = 0.05  # ... when they are no more than this share of all passages either
MAX_CAPTION_PASSAGES = 3  # sentences of the paragraph before a table that say what it holds
LEXICAL_K = 80
MAX_REMEMBERED = 10_000  # questions' words whose reading is kept
MAX_ACRONYM = 8  # letters of the longest name written by its initials ("hmicfrs")
SCOPE_WALK = 40  # passages read back from a figure for the period it counts
FORCE_WALK = 3  # ... and from a sentence naming no force for the one it carries on about
COMMON_SHARE = 0.25  # words in more passages than this are left out of the full-text query
# Rows BM25 may score for one question: the rarest words rank best and cost least; a large
# corpus needs no more than these to find candidates (all words fit it in a small one).
MAX_POSTINGS = 6_000
# Fusion weights: cosine similarity is already on [0, 1]; BM25 is scaled by the best hit.
W_DENSE = 0.55
W_LEXICAL = 0.30
W_FIGURE = 0.06
W_UNIT = 0.08
# ... and more for a unit few figures are counted in ("how many forces did the telegraph get
# data from"), where the fit picks out the answer, than for the units most are counted in
W_RARE_UNIT = 0.06
EVERYDAY_UNITS = frozenset({"officers", "percent", "allegations", "complaints"})
_NO_SEARCH_BY_UNIT = EVERYDAY_UNITS - {"percent"}
UNIT_SOURCES = 5  # the closest passages (by meaning, by words) whose sources' figures of a
# rare unit are all weighed
W_YEAR = 0.12
W_YEAR_MISS = 0.10
W_OWN_PERIOD = 0.04  # a figure that states the period asked for itself, not by its source's
W_FORCE = 0.04
LED_PASSAGES = 3  # sentences of a paragraph a close sentence before them speaks for
LEADS = 4  # the closest sentences with no figure that speak for those after them
PARAGRAPH_LEAD = 0.9  # ... at this share of its closeness
CLOSE_DENSE = 0.38  # a passage this close to the question shows its source is about the same thing
W_SOURCE = 0.15  # a source the question names by its publisher
W_NUMBER = 0.25
W_KIND = 0.10  # the kind of answer asked for: a span of time, what someone said
W_COVERAGE = 0.35
W_MEASURE = 0.12
W_HEADLINE = 0.10  # a headline, weighed against the body that states its figures in full
W_PART_OF_MANY = 0.12  # one force's figure in a source on many, asked about none
DETAIL_CLOSE = 0.80  # the share of its opening's score a later sentence adding to it needs
EXACT_EDGE = 0.01  # an exact figure over the rounded one that led to it
HEADLINE_WITHIN = 12  # passages from the top of a source where its headline may stand
HEADLINE_WORDS = 6  # a line this long that begins the title is its headline
LEDE_WORDS = 12  # the first sentence this long after the headline is the lede
OPENING_SENTENCES = 2  # ... and the first this many such sentences open the body
# A range asked for and a figure's period must mostly coincide (shared years over all years):
# "2014-2024" is not an answer for "2012-2018".
MIN_PERIOD_OVERLAP = 0.6
# "since 2012" is answered by a figure whose count starts then, or within this many years after.
SINCE_SLACK = 2
# Words nearly every question and passage here share: they say nothing of the subject.
GENERIC = frozenset(
    "met metropolitan police officer officers cop cops copper coppers force forces london uk "
    "england wales serving year years decade period time did does many number total mps cases "
    "people instances".split()
)

# Words in many publishers' names that name none of them ("Byline Times", "Sky News"), or
# that a question uses for its subject ("Independent Office for Police Conduct", "College of
# Policing", "Home Office official statistics"): "conduct cases" names no publisher; nor does
# a point of the compass ("the north east forces" is not the East Anglian Daily Times), nor
# the capital the Met polices ("the labour london assembly guy" is not the London Daily)
NAME_SPREAD = 3  # other sources using a word of a publisher's name for it to be a subject
PLAIN_PUBLISHING = frozenset(
    "news times media press service police metropolitan disclosure foi post daily "
    "online group conduct policing office official statistics standards freedom "
    "information log unit review department professional north south east west london".split()
)
# Words that name a span of time as the kind of answer asked for ("what exact dates")
PERIOD_WORDS = frozenset("date dates month months period periods timeframe timescale span".split())


@dataclass
class Hit:
    passage_id: int
    passage: Passage
    source: Source
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    figures: list[Figure] = field(default_factory=list)
    context: str = ""  # the passage with the sentence it leans on: what was searched
    matched_years: bool = False
    unit_fit: float = 0.0  # 1 for the unit asked for, a half for a kindred one
    matched_force: bool = False
    named_source: bool = False  # from a source the question names ("the independent's figures")
    coverage: float = 0.0  # share of the question's subject words the passage speaks of, by rarity
    plain_coverage: float = 0.0  # the same share, every word counting alike
    opened_coverage: float = 0.0  # the share by rarity, counting its source's lede's words too
    measure: float = 0.0  # how well the best-fitting figure's own words match the question
    words: PassageWords | None = None  # what the passage speaks of, as coverage reads it
    planned: bool = False  # tells what someone means to do ("vowed to remove a further 700")
    source_close: bool = False  # some passage of its source is close to the question
    in_table: bool = False  # a table's row, which counts what its heading names
    states_period: bool = False  # gives years or a span of time, asked "what years/period"
    spans_dates: bool = False  # gives a span with two ends, asked "over what period"
    names_forces: bool = False  # names a force, read only when the question asks "which forces"


class Searcher:
    """Searches one open index. Build a new one when the index is swapped."""

    def __init__(self, store: IndexStore, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder

    def warm(self) -> None:
        """Read what every question needs from the whole corpus, so that no one question
        waits for it (the first after an index is swapped in, above all)."""
        _ = self.vocabulary, self._known, self.corpus_forces, self.corpus_units, self.proper_words
        _ = (
            self.source_force,
            self.table_rows,
            self.table_sections,
            self.header_rows,
            self.numbered_questions,
            self.publisher_words,
            self.subject_name_words,
            self.place_publishers,
            self.passages_naming,
            self.exact_statements,
            self.designated,
        )
        _ = self.store.figures_by_passage

    @cached_property
    def vocabulary(self) -> dict[str, list[str]]:
        """Words of the corpus, grouped by first letter, for correcting typed misspellings."""
        words: set[str] = set()
        for passage in self.store.passages.values():
            words.update(w for w in re.findall(r"[a-z]{4,}", passage.text.lower()))
        grouped: dict[str, list[str]] = defaultdict(list)
        for word in sorted(words):
            grouped[word[0]].append(word)
        return dict(grouped)

    @cached_property
    def proper_words(self) -> frozenset[str]:
        """The words the sources write with a capital within a sentence, never without one,
        and more than once ("Angiolini", "Unison", "Onyx"): names of people, bodies and
        operations, which a question names to say what it is about."""
        within: set[str] = set()  # written with a capital within a sentence
        plain: set[str] = set()
        capitals: dict[str, int] = defaultdict(int)  # anywhere: "UNISON assistant ..."
        for passage in self.store.passages.values():
            for word in _MID_SENTENCE.findall(passage.text):
                (within if word[0].isupper() else plain).add(word.lower())
            for word in re.findall(r"\b[A-Z][A-Za-z]+\b", passage.text):
                capitals[word.lower()] += 1
        # and so more than once: one capital may be a heading's or a stray one
        return frozenset(w for w in within - plain if capitals[w] > 1)

    def mentions(
        self, source_id: str, alternatives: tuple[str, ...], spelt_out: bool = False
    ) -> bool:
        """Whether a source's text (or title, or publisher) writes any of a word's
        alternatives, or, ``spelt_out``, the name whose initials it is ("iopc": "the
        Independent Office for Police Complaints")."""
        words = self._source_words.get(source_id)
        if words is None:
            if len(self._source_words) >= MAX_REMEMBERED:
                self._source_words.clear()
            source = self.store.source(source_id)
            meta = f"{source.meta.title or ''} {source.meta.publisher or ''}" if source else ""
            text = f"{meta} {source.text}" if source else ""
            written = frozenset(re.findall(r"[a-z]+", text.lower()))
            words = self._source_words[source_id] = (written, _names_by_initials(text))
        written, initials = words
        return any(alt in written or (spelt_out and alt in initials) for alt in alternatives)

    @cached_property
    def _source_words(self) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        return {}

    def designates(self, source_id: str, letters: tuple[str, ...]) -> bool:
        """Whether a source names someone kept anonymous by each of these letters ("Sergeant
        X", "Miss A")."""
        source = self.store.source(source_id)
        return source is not None and all(
            re.search(rf"\b(?i:{ANONYMOUS_TITLES})\s+{letter}{AFTER_LETTER}", source.text)
            for letter in letters
        )

    @cached_property
    def designated(self) -> frozenset[str]:
        """Every letter some source names someone kept anonymous by ("Sergeant X", "Miss A")."""
        named = re.compile(rf"\b(?i:{ANONYMOUS_TITLES})\s+([A-Z]){AFTER_LETTER}")
        return frozenset(
            m[1] for source in self.store.sources() for m in named.finditer(source.text)
        )

    @cached_property
    def corpus_forces(self) -> set[str]:
        """Every force a source is about or names: asked about another, no source answers."""
        forces = set(self.source_force.values())  # a force's own FOI log is about it
        forces.update(self.store.facets()["force"])
        for named in self.store.passage_forces.values():
            forces.update(named)
        return forces

    @cached_property
    def publisher_words(self) -> dict[str, set[str]]:
        """The sources each word of a publisher's own name ("independent", "observer",
        "byline") stands for: what a question says when it names a source, not its subject."""
        sources: dict[str, set[str]] = defaultdict(set)
        for sid, words in self.name_words.items():
            for word in words:
                sources[word].add(sid)
        return dict(sources)

    @cached_property
    def name_words(self) -> dict[str, frozenset[str]]:
        """The words of each source's publisher that can name it: not plain words of
        publishing ("news", "office"), nor a force ("kent" asks about the force)."""
        names: dict[str, frozenset[str]] = {}
        for source in self.store.sources():
            # a note in brackets is no part of the name ("severuss.online (syndicated copy of a
            # Northern Ireland news report)", "Kent Police (FOI disclosure log)"), but a web
            # address there may be ("i (inews.co.uk)")
            publisher = re.sub(r"\((?![\w-]+\.\w+\S*\))[^)]*\)", " ", source.meta.publisher or "")
            # a short name counts when it is written in capitals or spelt by initials ("BBC",
            # "cwj" for the Centre for Women's Justice), not a short word ("Sky", "Sun")
            initials = _acronyms(publisher)
            short = {w.lower() for w in re.findall(r"\b[A-Z]{3}\b", publisher)} | set(initials)
            names[source.id] = frozenset(
                word
                for word in re.findall(r"[a-z]+", publisher.lower()) + initials
                if (len(word) > 3 or word in short)
                and word not in STOPWORDS
                and word not in PLAIN_PUBLISHING
                and not find_forces(word, question=True)
            )
        return names

    @cached_property
    def full_name_words(self) -> dict[str, frozenset[str]]:
        """The words of each source's publisher's name itself, short ones too ("scottish" and
        "sun" of the Scottish Sun), not a note on the copy ("The Independent (copy on inkl)")."""
        return {
            source.id: frozenset(
                re.findall(
                    r"[a-z]+", re.sub(r"\([^)]*\)", " ", source.meta.publisher or "").lower()
                )
            )
            - STOPWORDS
            for source in self.store.sources()
        }

    @cached_property
    def subject_name_words(self) -> dict[str, frozenset[str]]:
        """For each source with a longer publisher's name, the words of it that other sources
        use for their subject ("women" of the Centre for Women's Justice, "rape" of Rape Crisis
        England & Wales, "scottish" of the Scottish Sun): alone in a question, they name no
        source."""
        longer: dict[str, frozenset[str]] = {}
        for source in self.store.sources():
            full = self.full_name_words[source.id]
            words = self.name_words[source.id] & full
            if words and len(full) > 1:
                longer[source.id] = words
        if not longer:
            return {}  # no name of more than one word: nothing to read the sources for
        candidates = frozenset().union(*longer.values())
        using: dict[str, int] = defaultdict(int)
        for source in self.store.sources():
            own = self.name_words.get(source.id, frozenset())
            for word in (set(re.findall(r"[a-z]+", source.text.lower())) & candidates) - own:
                using[word] += 1
        return {
            sid: frozenset(w for w in words if using[w] >= NAME_SPREAD)
            for sid, words in longer.items()
        }

    @cached_property
    def passages_naming(self) -> dict[str, list[int]]:
        """The passages that name each force."""
        naming: dict[str, list[int]] = defaultdict(list)
        for pid, forces in self.store.passage_forces.items():
            for force in forces:
                naming[force].append(pid)
        return dict(naming)

    @cached_property
    def place_publishers(self) -> tuple[str, ...]:
        """Publishers named after a place whose force their sources are not about ("South
        Wales Argus", writing of Gwent), lowercase, longest first."""
        names = {
            publisher.lower()
            for source in self.store.sources()
            if (publisher := source.meta.publisher)
            and set(find_forces(publisher)) - {self.source_force.get(source.id)}
        }
        return tuple(sorted(names, key=len, reverse=True))

    def forces_asked(self, features: QuestionFeatures) -> tuple[str, ...]:
        """The forces a question asks about: not the place in a publisher's name ("south wales
        argus gwent" asks about Gwent)."""
        text = features.text.lower()
        blanked = text
        for name in self.place_publishers:
            blanked = blanked.replace(name, " " * len(name))
        if blanked == text:
            return features.forces
        left = find_forces(blanked, question=True)
        return tuple(f for f in features.forces if f in left)

    @cached_property
    def force_publishers(self) -> frozenset[str]:
        """The sources a force publishes ("Avon and Somerset Police (FOI disclosure log)"), not
        a body named for the area it works in ("Rape Crisis England & Wales")."""
        areas = {AREA_ENGLAND_WALES, AREA_WALES}
        return frozenset(
            source.id
            for source in self.store.sources()
            if set(find_forces(source.meta.publisher or "")) - areas
        )

    def named_sources(self, features: QuestionFeatures) -> set[str]:
        terms = set(features.terms)
        mentioned = force_words(features.text)
        if _INDEPENDENT_BODY.search(features.text):
            terms.discard("independent")  # "the independent review of the met's culture"
        named: set[str] = set()
        for term in terms:
            # "the observers figures": a possessive typed without its apostrophe
            word = term if term in self.publisher_words or not term.endswith("s") else term[:-1]
            for sid in self.publisher_words.get(word, ()):
                if word in mentioned and sid not in self.force_publishers:
                    continue  # "suspensions of scottish cops" names Police Scotland, not the Sun
                # "women" names the Centre for Women's Justice beside "centre" or "justice"
                subject = self.subject_name_words.get(sid, frozenset())
                if word not in subject or len(self.full_name_words[sid] & terms) > 1:
                    named.add(sid)
        # "what was foi 01.FOI.22.025664 asking for": the document that bears the reference
        for reference in _REFERENCE_NO.findall(features.text):
            named.update(self._bearing(reference.lower()))
        # a source that reports what the named body found speaks for it too ("The Centre for
        # Women's Justice said ...", then "Freedom of Information requests by the centre
        # found there were 19 convictions")
        return named.union(*(self.reporting(sid) for sid in named))

    def _bearing(self, reference: str) -> frozenset[str]:
        """The sources whose text writes a reference number (in lower case), read once."""
        found = self._references.get(reference)
        if found is None:
            found = self._references[reference] = frozenset(
                s.id for s in self.store.sources() if reference in s.text.lower()
            )
        return found

    @cached_property
    def _references(self) -> dict[str, frozenset[str]]:
        return {}

    def reporting(self, sid: str) -> frozenset[str]:
        """The other sources whose text names a source's publisher in full, when that takes
        more than one word ("The Independent" is also the start of "Independent Office for
        Police Conduct")."""
        source = self.store.source(sid)
        name = _full_name(source.meta.publisher if source else None)
        found = self._reporting.get(name)
        if found is None:
            found = self._reporting[name] = frozenset(
                other.id
                for other in self.store.sources()
                if " " in name and name in _full_name(other.text)
            )
        return found - {sid}

    @cached_property
    def _reporting(self) -> dict[str, frozenset[str]]:
        return {}

    def passage_words(self, pid: int) -> PassageWords:
        """The words a passage speaks of: its searched text and its source's publisher, since a
        question may name the publisher instead of the subject ("the byline investigation")."""
        words = self._words.get(pid)
        if words is None:
            passage = self.store.passages[pid]
            source = self.store.source(passage.source_id)
            publisher = source.meta.publisher if source and source.meta.publisher else ""
            # what its figures count ("Officers dismissed"): a table row says it in the header
            counts = " ".join(f.counts or "" for f in self.store.figures_by_passage.get(pid, []))
            heading = self._heading(pid)
            text = f"{self.store.search_text(passage)} {publisher} {counts} {heading}"
            text = _FIRE_SERVICE.sub(" ", text)
            words = self._words[pid] = PassageWords.of_text(text)
        return words

    def source_speaks_of(self, source: Source, alts: tuple[str, ...]) -> bool:
        """Whether a source speaks anywhere, or in its title, of a word (as its alternatives)."""
        key = (source.id, alts)
        spoken = self._source_speaks.get(key)
        if spoken is None:
            if len(self._source_speaks) >= MAX_REMEMBERED:
                self._source_speaks.clear()  # a bot that runs for weeks hears many words
            spoken = self._source_speaks[key] = self.title_words(source).speak_of(alts) or any(
                self.passage_words(pid).speak_of(alts)
                for pid in self.store.passage_ids_by_source.get(source.id, [])
            )
        return spoken

    @cached_property
    def _source_speaks(self) -> dict[tuple[str, tuple[str, ...]], bool]:
        return {}

    def title_words(self, source: Source) -> PassageWords:
        """The words of a source's title: what every sentence of it is about."""
        words = self._title_words.get(source.id)
        if words is None:
            title = _FIRE_SERVICE.sub(" ", source.meta.title or "").lower()
            words = self._title_words[source.id] = PassageWords.of_text(title)
        return words

    @cached_property
    def _title_words(self) -> dict[str, PassageWords]:
        return {}

    def lede_of(self, source: Source) -> int | None:
        """The passage that opens a source's body: its first full sentence after the headline,
        which says what the rest of the body goes into."""
        if source.id not in self._ledes:
            self._ledes[source.id] = next(
                (
                    pid
                    for pid in self.store.passage_ids_by_source.get(source.id, [])[:HEADLINE_WITHIN]
                    if len(_words_of(self.store.passages[pid].text)) >= LEDE_WORDS
                    and not _is_title(self.store.passages[pid].text, source)
                ),
                None,
            )
        return self._ledes[source.id]

    @cached_property
    def _ledes(self) -> dict[str, int | None]:
        return {}

    def opening_end(self, source: Source) -> int:
        """The last passage of a source's opening: up to its OPENING_SENTENCES-th sentence of
        LEDE_WORDS or more (a headline repeated at that length counts, as the lede does not)."""
        end = self._opening_ends.get(source.id)
        if end is None:
            pids = self.store.passage_ids_by_source.get(source.id, [])[:HEADLINE_WITHIN]
            long = [p for p in pids if len(_words_of(self.store.passages[p].text)) >= LEDE_WORDS]
            end = self._opening_ends[source.id] = (
                long[:OPENING_SENTENCES][-1] if long else (pids[-1] if pids else -1)
            )
        return end

    @cached_property
    def _opening_ends(self) -> dict[str, int]:
        return {}

    def subject_words(self, source: Source, pid: int | None = None) -> PassageWords:
        """What a sentence of a source is about besides its own words: its title's, and its
        lede's (a later sentence tells a part of what the lede says)."""
        lede = self.lede_of(source)
        if lede is None or lede == pid:
            return self.title_words(source)
        words = self._subject_words.get(source.id)
        if words is None:
            title, said = self.title_words(source), self.passage_words(lede)
            words = self._subject_words[source.id] = PassageWords(
                title.stems | said.stems, title.long_words | said.long_words
            )
        return words

    @cached_property
    def _subject_words(self) -> dict[str, PassageWords]:
        return {}

    def topic(self, features: QuestionFeatures) -> Topic:
        """The question's subject words, weighed (worked out once per wording)."""
        topic = self._topics.get(features.terms)
        if topic is None:
            if len(self._topics) >= MAX_REMEMBERED:
                self._topics.clear()
            topic = self._topics[features.terms] = topic_terms(
                features,
                self._alternatives,
                self.store.document_frequency,
                len(self.store.passages),
            )
        return topic

    @cached_property
    def _topics(self) -> dict[tuple[str, ...], Topic]:
        return {}

    @cached_property
    def _words(self) -> dict[int, PassageWords]:
        return {}

    @cached_property
    def table_headers(self) -> dict[int, int]:
        """Each table row's header: the first row of its table, or the line above a table whose
        rows all hold figures. A row such as "| 2021 | 61 | 14 | 6 |" or "Suspended | 4 |"
        tells what it counts only through its header."""
        headers: dict[int, int] = {}
        for source in self.store.sources():
            rows = table_rows(source.text)
            if not rows:
                continue
            at = {
                self.store.passages[p].start: p for p in self.store.passage_ids_by_source[source.id]
            }
            for row in rows:
                if row.start != row.header and row.start in at and row.header in at:
                    headers[at[row.start]] = at[row.header]
        return headers

    def _heading(self, pid: int) -> str:
        """What a table row is about: its header, the sentence that introduces the table, and
        the heading of its section."""
        header = self.table_headers.get(pid)
        if header is None:
            return ""
        parts = [self.store.passages[header]]
        source = self.store.source(parts[0].source_id)
        for before in range(header - 1, header - 1 - MAX_CAPTION_PASSAGES, -1):
            caption = self.store.passages.get(before)
            if caption is None or source is None or caption.source_id != source.id:
                break
            if len(parts) > 1 and "\n\n" in source.text[caption.end : parts[-1].start]:
                break  # the paragraph before the table starts after this sentence
            if before in self.table_headers:
                break  # the row of a table above
            parts.append(caption)
        section = self.table_sections.get(pid)
        if section is not None:
            parts.append(self.store.passages[section])
        asked = self.numbered_questions.get(self.table_rows[header][0])
        if asked is not None:
            parts.append(self.store.passages[asked])
        return " ".join(p.text for p in parts)

    @cached_property
    def numbered_questions(self) -> dict[int, int]:
        """The first row of each table numbered as an answer ("1. 2016 x 14"), and the question
        of the request that bears that number ("1. How many complaints ... ?"): an FOI response
        answers the questions it restates by their numbers."""
        asked: dict[int, int] = {}
        for first in {rows[0] for rows in self.table_rows.values()}:
            number = _NUMBERED.match(self.store.passages[first].text)
            if number is None:
                continue
            source_id = self.store.passages[first].source_id
            for pid in self.store.passage_ids_by_source[source_id]:
                if pid >= first:
                    break
                text = self.store.passages[pid].text
                if text.startswith(number.group()) and text.rstrip().endswith("?"):
                    asked[first] = pid
        return asked

    @cached_property
    def table_sections(self) -> dict[int, int]:
        """Each table row's section heading: the last line of words between its header and it
        ("Internal Investigations" over "Conducts 10 6 8 1")."""
        sections: dict[int, int] = {}
        for header, rows in self.table_rows.items():
            current: int | None = None
            for pid in range(header + 1, rows[-1] + 1):
                if self.table_headers.get(pid) == header:
                    if current is not None:
                        sections[pid] = current
                elif pid in self.store.passages:
                    current = pid
        return sections

    @cached_property
    def header_rows(self) -> set[int]:
        """The header rows of tables ("Case Type | Case Recorded | ..."): no answer of their own,
        they are searched and quoted with the rows they head."""
        return {
            header
            for header in self.table_rows
            if (source := self.store.source(self.store.passages[header].source_id))
            and (row := row_at(source.text, self.store.passages[header].start))
            and row.start == row.header
        }

    @cached_property
    def table_rows(self) -> dict[int, list[int]]:
        rows: dict[int, list[int]] = defaultdict(list)
        for row, header in self.table_headers.items():
            rows[header].append(row)
        return dict(rows)

    @cached_property
    def exact_statements(self) -> dict[int, list[tuple[Figure, list[int]]]]:
        """Passages with a rounded or vague figure ("More than 1,100 officers", "DOZENS of
        employees"), each figure with the passages of its source that state the exact value
        ("1,151 officers", "36 in Dorset Police")."""
        found: dict[int, list[tuple[Figure, list[int]]]] = {}
        for pids in self.store.passage_ids_by_source.values():
            found.update(exact_statements(pids, self.store.figures_by_passage))
        return found

    @cached_property
    def corpus_units(self) -> set[str]:
        """Every unit some figure counts in: asked to count in another, no source answers."""
        return {f.unit for f in self.store.figures() if f.unit}

    def scope_of(self, pid: int) -> frozenset[int]:
        """``_scope_of``, read once per passage: it depends on the source alone."""
        scope = self._scopes.get(pid)
        if scope is None:
            scope = self._scopes[pid] = self._scope_of(pid)
        return scope

    @cached_property
    def _scopes(self) -> dict[int, frozenset[int]]:
        return {}

    def dates_a_period(self, hit: Hit) -> bool:
        """Whether the passage (with the sentence it leans on) states a period that starts in
        a known year ("between April 2012 and April 2018", "September last year" in a story
        of 2023), read once per passage: its text and its source's date never change."""
        dated = self._dated.get(hit.passage_id)
        if dated is None:
            source = hit.source
            periods = find_periods(with_years(hit.context, published_year(source), _month(source)))
            dated = self._dated[hit.passage_id] = any(p.start_year for p in periods)
        return dated

    @cached_property
    def _dated(self) -> dict[int, bool]:
        return {}

    def spans_dates(self, pid: int) -> bool:
        """Whether the passage itself gives a span of time with two ends ("between November
        2018 and August 2019", "01/03/2021 – 28/02/2025") or a length ("over a ten-year
        period"), not only when something happened ("arrested in November 2019")."""
        spans = self._spans.get(pid)
        if spans is None:
            text = self.store.passages[pid].text
            periods = find_periods(text)
            spans = self._spans[pid] = any(
                _TWO_ENDS.match(p.text) or (p.start_year or 0) < (p.end_year or 0) for p in periods
            ) or bool(
                _SPAN_OF_TIME.search(text) or _DATE_RANGE.search(text) or _SPAN_OVER.search(text)
            )
        return spans

    @cached_property
    def _spans(self) -> dict[int, bool]:
        return {}

    def _scope_of(self, pid: int) -> frozenset[int]:
        """The years a figure with no period of its own most likely counts: the range stated
        last before it in its source ("allegations in 313 cases" after "between 2012 and
        2018", "placed on the list was 394" after "between 1 April 2022 and 31 March 2023",
        "Suspended | 4 |" under "Since March 2021 ..."), else the range in the source's title
        ("Allegations against officers, 2019 to 2023"), else every range its figures state.
        A sentence naming one year and no period for its figures counts for that year ("a
        report from 2021 showed 2,300 officers and staff had not been properly vetted"),
        unless it points back to a period stated before ("During this 12-month period six
        officers were dismissed ..., but these ... could relate to incidents reported before
        October 2022"). A period the source's date completes comes before all of these ("in
        the past 12 months", "between April 2020 and the end of June")."""
        text = self.store.passages[pid].text
        # "dismissed 100 officers ... in the past 12 months", in a story of September 2023;
        # "321 allegations ... between April 2020 and the end of June", in one of August 2025
        source = self.store.source(self.store.passages[pid].source_id)
        dated = with_years(text, published_year(source), _month(source))
        spans = [p.years for p in find_periods(dated) if p.years] if dated != text else []
        if spans:
            return spans[0]
        years = set() if _BACK_TO_PERIOD.search(text) else bare_years(text)
        if len(years) == 1 and not any(
            f.period for f in self.store.figures_by_passage.get(pid, ())
        ):
            return frozenset(years)
        # "In 2023, four got final warnings, and two had ranks lowered." then "Seven officers
        # were dismissed": a year the sentence before opens with goes on
        source_id = self.store.passages[pid].source_id
        before = self.store.passages.get(pid - 1)
        opened = _OPENS_WITH_YEAR.match(before.text) if before else None
        same = before is not None and before.source_id == source_id
        figures = self.store.figures_by_passage.get(pid, ())
        if opened and same and not years and not any(f.period for f in figures):
            return frozenset({int(opened.group(1) or opened.group(2))})
        # "170 allegations of misconduct over a one-year period" then "Between April 2014 and
        # March this year, there were claims of ...": a span the next sentence dates
        after = self.store.passages.get(pid + 1)
        if (
            after is not None
            and after.source_id == source_id
            and _SPAN_OF_TIME.search(text)
            and not self.store.figures_by_passage.get(pid + 1)
        ):
            dating = find_periods(with_years(after.text, published_year(source), _month(source)))
            spans = [p.years for p in dating if p.years]
            if spans:
                return spans[0]
        for stated in self._stated_before(pid):
            ranges = [years for years in stated if len(years) > 1]
            if ranges:
                return ranges[0]
        return self._source_range(source_id)

    def forces_before(self, pid: int) -> frozenset[str]:
        """The forces the nearest sentence before a passage that names any names, within
        FORCE_WALK passages of its source; the whole of England and Wales for one counting
        "across the country"."""
        source_id = self.store.passages[pid].source_id
        for before in range(pid - 1, pid - 1 - FORCE_WALK, -1):
            passage = self.store.passages.get(before)
            if passage is None or passage.source_id != source_id:
                break
            named = self.store.passage_forces.get(before)
            if named:
                return named
            if NATIONWIDE.search(passage.text):
                return frozenset({AREA_ENGLAND_WALES})
        return frozenset()

    def lead_year_of(self, pid: int) -> frozenset[int]:
        """The one year a list of values is given for: the year the last sentence before it
        that states a period states, when that is a single year ("Please find below the
        number of complaints ... for the year 2016." over "Complaints 1", "Conducts 7")."""
        for stated in self._stated_before(pid):
            if stated:
                return stated[0] if len(stated) == 1 and len(stated[0]) == 1 else frozenset()
        return frozenset()

    def _stated_before(self, pid: int) -> Iterator[list[frozenset[int]]]:
        """The periods the passage and those before it in its source state, nearest first, at
        most SCOPE_WALK passages back: those its figures count for, or for a sentence whose
        figures count for none, or that has none ("We've published figures for ... between 1
        April 2022 and 31 March 2023"), the periods it names, read when a question first needs
        them."""
        source_id = self.store.passages[pid].source_id
        source = self.store.source(source_id)
        published = published_year(source)
        for before in range(pid, pid - SCOPE_WALK, -1):
            passage = self.store.passages.get(before)
            if passage is None or passage.source_id != source_id:
                return
            figures = self.store.figures_by_passage.get(before, [])
            # what its figures count for, as read at reindex; an open period ("since 2016
            # there were 64 claims") runs to publication, as "Two of these allegations were
            # upheld" after it does, but comes after a closed one ("388 complaints ... since
            # 2010, and 398 ... accused of domestic abuse between 2018-21")
            periods = [f.period for f in figures if f.period and f.period.years]
            counted = [p.years for p in periods if p.end_year is not None or not p.start_year]
            counted += [_through(p, published) for p in periods if p.years not in counted]
            if counted:
                yield counted
                continue
            # a sentence whose figures have no period of their own, or that has none: read it
            # now, with its source's date ("between January 2018 and last August")
            stated = self._stated.get(before)
            if stated is None:
                if len(self._stated) >= MAX_REMEMBERED:
                    self._stated.clear()
                periods = find_periods(with_years(passage.text, published, _month(source)))
                stated = self._stated[before] = [_through(p, published) for p in periods]
            yield stated

    @cached_property
    def _stated(self) -> dict[int, list[frozenset[int]]]:
        return {}

    def _source_range(self, source_id: str) -> frozenset[int]:
        """The range a source's title states, else the range a sentence of it says its data
        covers ("The data ... covered the years 2018-2020", after the figures), else every
        range its figures state, else the one year its title states, else the year it was
        published."""
        known = self._ranges.get(source_id)
        if known is None:
            source = self.store.source(source_id)
            title = source.meta.title if source else None
            published = published_year(source)
            pids = self.store.passage_ids_by_source.get(source_id, [])
            covered = (
                self.store.passages[pid].text
                for pid in pids
                if _COVERS.search(self.store.passages[pid].text)
            )
            stated = [
                p.years
                for text in itertools.chain([title or ""], covered)
                for p in find_periods(with_years(text, published))
                if len(p.years) > 1
            ]
            figures = (
                f.period.years
                for pid in pids
                for f in self.store.figures_by_passage.get(pid, [])
                if f.period and len(f.period.years) > 1
            )
            known = stated[0] if stated else frozenset().union(*figures)
            # ... else the one year the title says it counts ("39 police incidents referred to
            # the IOPC in 2021", in a story of 2023)
            titled = [p.years for p in find_periods(with_years(title or "", published))]
            if not known and len(titled) == 1 and len(titled[0]) == 1:
                known = titled[0]
            if not known and published is not None:
                # a source that states no period counts what was so when it was written
                # ("41 officers are being investigated")
                known = frozenset({published})
            self._ranges[source_id] = known
        return known

    @cached_property
    def _ranges(self) -> dict[str, frozenset[int]]:
        return {}

    @cached_property
    def source_force(self) -> dict[str, str]:
        """The one force each source is about: the one its metadata gives, or else the force
        that published it (not a paper named after its place), or else the only force it
        names at all (a force's FOI table names it once, above the rows) unless its title is
        about the whole country, or else the one force its title names, or else the place a
        paper is named after."""
        named: dict[str, set[str]] = defaultdict(set)
        for pid, forces in self.store.passage_forces.items():
            named[self.store.passages[pid].source_id].update(forces)
        out = {sid: next(iter(forces)) for sid, forces in named.items() if len(forces) == 1}
        out.update(
            (sid, force)
            for sid, force in self._leading_force.items()
            if sid not in out and len(named[sid]) > 1
        )
        for source in self.store.sources():
            title = source.meta.title or ""
            if NATIONWIDE.search(title) or _NATIONAL_TITLE.search(title):
                # "80% of UK police accused of domestic abuse kept jobs": about every force,
                # whichever one a case it tells of served in
                out.pop(source.id, None)
            # "Norfolk police sexual misconduct complaints", though the story names the Met too
            titled = find_forces(title)
            if len(titled) == 1 and source.id not in out and not NATIONWIDE.search(title):
                out[source.id] = next(iter(titled))
            # a force's own FOI log or press release, whatever place it names ("The offences
            # occurred in South Gloucestershire", from Avon and Somerset Police); a paper named
            # after a place ("Wiltshire 999" on the Met) only when nothing else says
            publisher = find_forces(source.meta.publisher or "")
            own = _A_FORCE.search(source.meta.publisher or "")
            if source.meta.force or (len(publisher) == 1 and (own or source.id not in out)):
                out[source.id] = source.meta.force or next(iter(publisher))
        return out

    @cached_property
    def _leading_force(self) -> dict[str, str]:
        """The force a story about one case leads with and comes back to, where it names at
        most one other force, once, in passing (and any area): "A Dyfed-Powys Police officer
        faces a new misconduct hearing ..." though he "had previously been on public duty in
        Llanelli, South Wales"."""
        mentions: dict[str, Counter[str]] = defaultdict(Counter)
        first: dict[str, frozenset[str]] = {}
        for pid in sorted(self.store.passage_forces):
            forces = self.store.passage_forces[pid]
            sid = self.store.passages[pid].source_id
            mentions[sid].update(forces)
            first.setdefault(sid, forces)
        out = {}
        for sid, counts in mentions.items():
            (lead, times), *others = counts.most_common()
            aside = [n for force, n in others if force not in (AREA_WALES, AREA_ENGLAND_WALES)]
            if times >= LEADING_MENTIONS and lead in first[sid] and aside in ([], [1]):
                out[sid] = lead
        return out

    def search(
        self, question: str | QuestionFeatures, k: int = 10, including: Iterable[int] = ()
    ) -> list[Hit]:
        """The ``k`` best passages for a question, weighed; and the passages ``including``
        names, weighed alike, wherever they rank."""
        features = question if isinstance(question, QuestionFeatures) else read_question(question)
        vector = self.embedder.encode([features.text])[0]
        dense = dict(self.store.nearest(vector, DENSE_K))
        lexical = self._lexical(features)
        included = set(including) & set(self.store.passages)
        candidates = set(dense) | set(lexical) | included
        # "the independent's figures": the source named is read whole (up to a long article),
        # when the name picks out a few sources rather than a publisher's whole archive
        sources_named = self.named_sources(features)
        if len(sources_named) <= MAX_NAMED_SOURCES:
            for sid in sources_named:
                pids = self.store.passage_ids_by_source.get(sid, [])
                candidates.update(pids[:MAX_NAMED_PASSAGES])
        # "cambs officers": the passages that name a force few passages name are all weighed (a
        # list by force names it once, over short lines the question shares few words with)
        few = min(MAX_FORCE_PASSAGES, FORCE_SHARE * len(self.store.passages))
        for force in features.forces:
            naming = self.passages_naming.get(force, ())
            if len(naming) <= few:
                candidates.update(naming)
        # "how many forces gave the press association their numbers": a source close to the
        # question brings its figures of what is asked, when few figures count it ("only 25 out
        # of 45 forces provided figures" shares few words with the question)
        if features.wants_figure and features.unit and features.unit not in _NO_SEARCH_BY_UNIT:
            nearest = sorted(dense, key=lambda pid: -dense[pid])[:UNIT_SOURCES]
            sharing = sorted(lexical, key=lambda pid: -lexical[pid])[:UNIT_SOURCES]
            close = {self.store.passages[pid].source_id for pid in nearest + sharing}
            for sid in close:
                for pid in self.store.passage_ids_by_source.get(sid, []):
                    units = {f.unit for f in self.store.figures_by_passage.get(pid, ())}
                    if features.unit in units:
                        candidates.add(pid)
        # "The Alliance operates a shared PSD function. ... A total of 73 cases was considered":
        # a sentence close to a figures question brings the figures later in its paragraph
        led = self._led_by(dense, candidates) if features.wants_figure else {}
        candidates.update(led)
        # "over what period did darbyshire commit the offences": a source close to the question
        # brings its sentences that give a span, which may share no word with it ("The
        # offences, which took place between November 2018 and August 2019, ...")
        if features.wants_span:
            nearest = sorted(dense, key=lambda pid: -dense[pid])[:UNIT_SOURCES]
            sharing = sorted(lexical, key=lambda pid: -lexical[pid])[:UNIT_SOURCES]
            for sid in {self.store.passages[pid].source_id for pid in nearest + sharing}:
                spanning = filter(self.spans_dates, self.store.passage_ids_by_source.get(sid, []))
                included.update(spanning)
        candidates |= included
        # "More than 1,100 officers" brings the sentence stating "1,151 officers"
        exact = features.wants_figure and not features.numbers
        if exact:
            for pid in list(candidates):
                for _, twins in self.exact_statements.get(pid, ()):
                    candidates.update(twins)
        # a table found by its header brings its rows, which hold the figures
        for pid in list(candidates):
            candidates.update(self.table_rows.get(pid, ())[:MAX_TABLE_ROWS])
        headers = {self.table_headers[pid] for pid in candidates if pid in self.table_headers}
        # a passage found by other means than the nearest neighbours still has a similarity
        # to the question: it is measured rather than taken as none
        dense.update(self.store.similarity(vector, (candidates | headers) - set(dense)))
        topic = self.topic(features)
        trend = bool(_TREND.search(features.text))  # a question about change over a range
        hits: dict[int, Hit] = {}
        top_lexical = max(lexical.values(), default=0.0) or 1.0
        for pid in candidates - self.header_rows:
            passage = self.store.passages.get(pid)
            source = self.store.source(passage.source_id) if passage else None
            if passage is None or source is None:
                continue
            hit = Hit(
                passage_id=pid,
                passage=passage,
                source=source,
                score=0.0,
                # "| 2021 | 61 | 14 | 6 |" means what its header says
                dense=max(
                    dense.get(pid, 0.0),
                    dense.get(self.table_headers.get(pid, -1), 0.0),
                    PARAGRAPH_LEAD * led.get(pid, 0.0),
                ),
                lexical=lexical.get(pid, 0.0) / top_lexical,
                figures=self.store.figures_by_passage.get(pid, []),
                context=self.store.search_text(passage),
            )
            hit.score = (
                W_DENSE * hit.dense
                + W_LEXICAL * hit.lexical
                + self._weigh(hit, features, topic, trend, sources_named)
            )
            hits[pid] = hit
        if exact:
            self._prefer_exact(hits, topic, features)
            _prefer_body(hits)
        self._prefer_detail(hits, topic, features)
        ranked = sorted(hits.values(), key=lambda h: (-h.score, h.passage_id))
        # a short sentence is often far in meaning from a question its source is close to: a
        # source close among the best hits, or anywhere for a passage of the force asked about
        # ("Cambridgeshire Constabulary" / "Male (9), female (4)" in a list of forces)
        near = {h.source.id for h in ranked[:k] if h.dense >= CLOSE_DENSE}
        anywhere = {h.source.id for h in ranked if h.dense >= CLOSE_DENSE}
        for hit in ranked:
            hit.source_close = hit.source.id in (anywhere if hit.matched_force else near)
        if features.forces:  # a question about one force is answered by its figures: first
            ranked.sort(key=lambda h: not h.matched_force)
        return ranked[:k] + [h for h in ranked[k:] if h.passage_id in included]

    def _prefer_exact(self, hits: dict[int, Hit], topic: Topic, features: QuestionFeatures) -> None:
        """A sentence stating exactly the figure a better hit rounds ranks just above it: asked
        how many, "Of the 1,151 officers under investigation" is the answer that "More than
        1,100 police officers ... are under investigation" gives roughly. Only the figure the
        rounded hit is found for counts (its best fit to the question's words), and, for a
        question about a force, only a rounded sentence naming that force: a national figure
        in a local story ("more than 1,300 police officers" in the Hampshire Chronicle) is no
        answer to "how many hampshire officers", and neither is its exact value. The place the
        rounded sentence names is the exact one's, when that names none. Asked for a share, a
        fraction ("Three-Quarters") answers as well as the count out of a total it stands for."""
        named = self.store.passage_forces
        forces = set(features.forces)
        for hit in sorted(hits.values(), key=lambda h: h.score):
            if forces and not named.get(hit.passage_id, frozenset()) & forces:
                continue
            for rounded, twins in self.exact_statements.get(hit.passage_id, ()):
                if rounded.kind == "share" and features.unit == "percent":
                    continue
                stating = [hits[t] for t in twins if t in hits]
                if not stating or measure_fit(topic, rounded.counts) < hit.measure:
                    continue
                best = max(stating, key=lambda h: (h.score, -h.passage_id))
                best.score = max(best.score, hit.score + EXACT_EDGE)
                if not named.get(best.passage_id):
                    best.matched_force = best.matched_force or hit.matched_force

    def _prefer_detail(
        self, hits: dict[int, Hit], topic: Topic, features: QuestionFeatures
    ) -> None:
        """A sentence of the body nearly as close as its source's opening that speaks of
        something asked that neither the opening, its lede nor the title does ranks just above
        the opening: asked "in how many was the allegation not founded", "The allegations were
        not founded in 28 cases." answers what "38 sexual assault claims were made against male
        Hampshire Constabulary officers" only opens."""
        tops: dict[str, Hit] = {}
        for hit in hits.values():
            top = tops.get(hit.source.id)
            if top is None or (hit.score, -hit.passage_id) > (top.score, -top.passage_id):
                tops[hit.source.id] = hit
        for top in tops.values():
            # (asked for no figure, the lede alone opens it: "The officer ... quit Avon and
            # Somerset Police two days before a misconduct panel heard ..." answers whether
            # Sergeant X resigned before his hearing, and "The hearing at the force HQ in
            # Portishead this week heard that ..." adds only the word "hearing")
            opening = (
                self.opening_end(top.source) if features.wants_figure else self.lede_of(top.source)
            )
            if top.words is None or opening is None or top.passage_id > opening:
                continue
            opened = self.subject_words(top.source)
            said = PassageWords(
                opened.stems | top.words.stems, opened.long_words | top.words.long_words
            )
            body = [
                h
                for h in hits.values()
                if h.source.id == top.source.id
                and h.passage_id > top.passage_id
                and h.score >= DETAIL_CLOSE * top.score
                and h.matched_force >= top.matched_force
                and h.matched_years >= top.matched_years
                and (h.figures or not features.wants_figure)
                and h.words is not None
                and _adds(topic, h.words, said)
            ]
            if body:
                best = max(body, key=lambda h: (h.score, -h.passage_id))
                best.score = max(best.score, top.score + EXACT_EDGE)

    def _led_by(self, dense: dict[int, float], candidates: set[int]) -> dict[int, float]:
        """The passages after the closest sentences with no figure in their paragraphs, at most
        LED_PASSAGES on, with that sentence's closeness to the question."""
        led: dict[int, float] = {}
        leads = sorted(
            (p for p in candidates if dense.get(p, 0.0) >= CLOSE_DENSE),
            key=lambda p: -dense[p],
        )
        for pid in [p for p in leads if not self.store.figures_by_passage.get(p)][:LEADS]:
            closeness = dense[pid]
            passage = self.store.passages[pid]
            source = self.store.source(passage.source_id)
            for after in range(pid + 1, pid + 1 + LED_PASSAGES):
                following = self.store.passages.get(after)
                if following is None or source is None or following.source_id != source.id:
                    break
                if "\n\n" in source.text[passage.end : following.start]:
                    break
                led[after] = max(led.get(after, 0.0), closeness)
                passage = following
        return led

    def _weigh(
        self,
        hit: Hit,
        features: QuestionFeatures,
        topic: Topic,
        trend: bool,
        sources_named: set[str],
    ) -> float:
        """What a figures question names, weighed against the passage's own figures."""
        bonus = 0.0
        figures = hit.figures
        asked = features.periods
        years = features.years or _relative_years(asked, hit.source)
        if features.wants_figure:
            bonus += W_FIGURE if figures else -W_FIGURE
        undated = years and any(not (f.period and f.period.years) for f in figures)
        scope = self.scope_of(hit.passage_id) if undated else frozenset()
        # a value listed under "for the year 2016" is that year's, when one year is asked
        listed = undated and len(years) == 1 and bool(_LISTED.fullmatch(hit.passage.text))
        lead = self.lead_year_of(hit.passage_id) if listed else frozenset()
        # "with 144 officers currently suspended, up from 69 at the end of September 2022": a
        # figure said to stand now is for the year its source was written
        written = published_year(hit.source)
        now = {written} if len(years) == 1 and written else set()
        # "it sacked nine officers last year", in a story of 2023: in 2022
        last = written is not None and len(years) == 1 and years == {written - 1}
        last = last and bool(_LAST_YEAR.search(hit.passage.text))
        timely = [
            f
            for f in figures
            if not years
            or _period_matches(f, years, scope, trend, features.since, published_year(hit.source))
            or (lead == years and not (f.period and f.period.years))
            or (now == years and not f.period and bool(_NOW.search(f.counts or "")))
            or (last and not (f.period and f.period.years))
            or (trend and _measured_against(f, years))
            or (trend and _changed_over(f, hit.passage.text, years))
        ]
        if len(years) > 1 and not timely and not any(_SPLIT_YEAR.search(p.text) for p in asked):
            # "the 2021 and 2022 numbers": a figure for each year asked, listed together (a
            # financial year, "2023/24", is no two calendar years)
            # ("two investigations in 2019, one in 2020": a number word may be no figure)
            yearly = [(f, f.period.years) for f in figures if f.period and len(f.period.years) == 1]
            stated = bare_years(hit.passage.text).union(*(span for _, span in yearly))
            if yearly and stated >= years:
                timely = [f for f, span in yearly if span <= years]
        if years and figures:
            hit.matched_years = bool(timely)
            bonus += W_YEAR if timely else -W_YEAR_MISS
            if any(f.period and f.period.years for f in timely):
                bonus += W_OWN_PERIOD
        elif years and (
            _mentions_years(hit, years)
            # "the largest number of court charges ... in the period were for sexual offences",
            # after "the year ending March 31, 2025"
            or (_BACK_TO_PERIOD.search(hit.passage.text) and self.scope_of(hit.passage_id) == years)
        ):
            hit.matched_years = True
            bonus += W_YEAR / 2
        fit = max((_unit_fit(features, f) for f in timely), default=0.0)
        hit.unit_fit = fit
        bonus += W_UNIT * fit if features.wants_figure else 0.0
        if fit == 1.0 and features.wants_figure and features.unit not in EVERYDAY_UNITS:
            bonus += W_RARE_UNIT
        if features.forces:
            # the forces a passage names, else its source's ("North Wales Police also ranked
            # highly" in an article on South Wales is about North Wales)
            named_here = self.store.passage_forces.get(hit.passage_id, frozenset())
            said = named_here - {AREA_ENGLAND_WALES}
            nationwide = bool(NATIONWIDE.search(hit.passage.text))
            # ... and a sentence naming none that carries on from one counting across England
            # and Wales counts there too ("Across the country, 593 police officers were kicked
            # out ..." then "Dishonesty was the most common reason ..., in 125 cases"), however
            # local its source
            # ("The new Scottish figures showed ..." after "... police forces across the UK"
            # is about where it says)
            unnamed = not (named_here or nationwide or _PLACE.search(hit.passage.text))
            before = self.forces_before(hit.passage_id) if unnamed else frozenset()
            across = before == {AREA_ENGLAND_WALES}
            # (its figures' force, with no force named, is only its source's)
            counted = set() if across else {f.force for f in figures}
            # ("The force's Chief Constable Will Kerr remains suspended after being accused
            # of sexual offences in Northern Ireland" is about its source's force too)
            # (but "The Civic Ledger asked all three forces how many ..." is about them all)
            several = bool(SEVERAL_FORCES.search(hit.passage.text))
            own = counted | (
                {self.source_force.get(hit.source.id)}
                if not (said or nationwide or across or several)
                or _THE_FORCE.search(hit.passage.text)
                else set()
            )
            named = named_here | {force for force in own if force}
            if not any(own):
                # ... and so does one naming none in a source on several forces, of the force
                # the sentence before it names ("the 14 claims related to 18 officers - of which
                # 14 were men" after "claims recorded against serving Suffolk police officers")
                named |= before
            if counted - {None, AREA_WALES} and AREA_WALES not in counted:
                # "South Wales Police dismissed fourteen officers ... the highest in Wales":
                # one Welsh force's figure, not Wales's
                named -= {AREA_WALES}
            # asked about England and Wales, a sentence naming no force in a source about no
            # one force speaks of them all ("593 police officers were sacked over the period")
            national = AREA_ENGLAND_WALES in features.forces and not said
            national = national and not counted - {None, AREA_ENGLAND_WALES}
            national = national and (
                across or nationwide or self.source_force.get(hit.source.id) is None
            )
            hit.matched_force = bool(named & set(features.forces)) or national
            bonus += W_FORCE if hit.matched_force else 0.0
        elif features.wants_figure and self.source_force.get(hit.source.id) in (
            None,
            AREA_ENGLAND_WALES,
        ):
            # asked about no force, a source on many gives its whole before a force's part:
            # "Nine out of 12 police officers across England and Wales ... remained in post",
            # not "three police officers found to have kept their jobs ... were in the
            # Northumbrian force"
            said = self.store.passage_forces.get(hit.passage_id, frozenset())
            bonus -= W_PART_OF_MANY if said and AREA_ENGLAND_WALES not in said else 0.0
        if hit.source.id in sources_named:
            hit.named_source = True
            bonus += W_SOURCE
        if features.wants_period:
            # "when was it sent", "what date": a day answers it too; "what period": a span
            when = bool(_WHEN.search(features.text)) and bool(
                _DAY.search(hit.context) or _MONTH_SAID.search(hit.context)
            )
            hit.states_period = (
                when or bool(_SPAN_OF_TIME.search(hit.context)) or self.dates_a_period(hit)
            )
            if _WHICH_YEAR.search(features.text):
                # "which year was the worst": a year named ("The year 2009 was a particularly
                # bad one"), not a span ("every three months")
                hit.states_period = bool(_A_YEAR.search(hit.context))
            bonus += W_KIND if hit.states_period else 0.0
        if features.wants_span:
            hit.spans_dates = self.spans_dates(hit.passage_id)
        hit.planned = bool(_INTENT.search(hit.passage.text))
        hit.in_table = hit.passage_id in self.table_headers
        if _is_headline(hit):
            bonus -= W_HEADLINE  # the body says it in full: "1,539" where the headline has 1,500
        if (
            features.wants_figure
            and hit.figures
            and all(_ADDED.match(hit.source.text, f.end) for f in hit.figures)
            and not _ADDED_ASKED.search(features.text)
        ):
            # "how many trainees did he make advances on": "two other trainees" counts those
            # besides the ones told of before, not all of them ("three young female trainees")
            bonus -= W_KIND
        if features.wants_words:
            if _REPORTED.search(hit.passage.text):
                bonus += W_KIND
            elif _QUOTED.search(hit.passage.text):
                bonus += W_KIND / 2
        if features.wants_name and _NAMED.search(hit.passage.text):
            bonus += 2 * W_KIND  # "who led the inspection": a sentence naming someone
            role = _ROLE_ASKED.search(features.text)
            if role and _names_as(role[1], hit.passage.text):
                bonus += W_KIND  # "which judge": a sentence naming one as such
        if features.wants_title and _GIVEN_NAME.search(hit.passage.text):
            bonus += 2 * W_KIND  # "what was the investigation called": "named Operation Gosport"
        if features.wants_reason and _REASON.search(hit.passage.text):
            bonus += 2 * W_KIND  # "why": the sentence that gives the grounds
        if features.wants_forces:  # "which forces": the sentence that names them (a list of
            # two or more for "forces", not "England, Scotland and Wales")
            named = self.store.passage_forces.get(hit.passage_id, frozenset())
            plural = bool(SEVERAL_FORCES.search(features.text))
            hit.names_forces = len(named - {AREA_ENGLAND_WALES, AREA_WALES}) >= (
                2 if plural else 1
            ) or bool(_EVERY_FORCE.search(hit.passage.text))
            bonus += W_KIND if hit.names_forces else 0.0
        if features.wants_total and (
            any(f.kind == "total" for f in timely) or _TOTAL.search(hit.passage.text)
        ):
            bonus += W_KIND / 2  # "in total": the sentence that sums up, not one of its parts
        if _WHERE_ASKED.search(features.text) and _PLACE_SAID.search(hit.passage.text):
            bonus += W_KIND  # "where was his hearing held": "at Houghton-le-Spring police station"
        if _FATE_ASKED.search(features.text) and _FATE.search(hit.passage.text):
            bonus += 2 * W_KIND  # "what happened to pc doyle": "Doyle was dismissed without notice"
        rate = _RATE_ASKED.search(features.text) if features.wants_figure else None
        if rate and _RATES[_rate_unit(rate)].search(hit.passage.text):
            bonus += W_KIND  # "how much a month does it cost": "£2.6 million per month"
        if features.wants_decision and _DECIDES.search(hit.passage.text):
            bonus += 2 * W_KIND  # "did they refuse the foi": the sentence saying what was decided
        if features.wants_most and _RANKS.search(hit.passage.text):
            bonus += 2 * W_KIND  # "the most common reason": the sentence saying which ranks first
        if any(writes_number(hit.context, n) for n in features.numbers):
            bonus += W_NUMBER
        hit.words = self.passage_words(hit.passage_id)
        # a sentence of an article is about what its headline says, too
        title = self.title_words(hit.source)
        hit.coverage, hit.plain_coverage = coverage(topic, hit.words, title)
        # ... and what its opening sentence says, which the rest of its body goes into (not a
        # table's row, which its own heading speaks for)
        opened = title if hit.in_table else self.subject_words(hit.source, hit.passage_id)
        hit.opened_coverage = coverage(topic, hit.words, opened)[0]
        if hit.passage_id in self.table_headers:
            # a row says nothing of its own: "Number of complaints 3 1 0" is about what the
            # document's title says ("Officers with sexual harassment complaints")
            hit.plain_coverage = coverage(topic, hit.words, title, plain_titled=True)[1]
        # what the figure of the kind asked for counts ("a 233% rise in police staff convicted of
        # sexual offences"), not another figure of the sentence
        fitting = [f for f in timely if _unit_fit(features, f)] if fit else timely
        hit.measure = max((measure_fit(topic, f.counts) for f in fitting), default=0.0)
        # what a figure counts matters to a question that asks for a figure, not to "did any
        # officer lose their pension"
        measured = W_MEASURE * hit.measure if features.wants_figure else 0.0
        return bonus + W_COVERAGE * hit.opened_coverage + measured

    def _lexical(self, features: QuestionFeatures) -> dict[int, float]:
        # Words nearly every passage has ("met", "officers") make FTS5 score the whole corpus
        # while adding almost nothing to BM25: they are left out when anything else is asked.
        specific = tuple(t for t in features.terms if t not in GENERIC)
        terms = self._expand(specific or features.terms)
        # The cost of a BM25 query follows the posting lists of its words: a word in a large
        # share of all passages adds little to the ranking and most of the cost at scale.
        common = max(1, int(COMMON_SHARE * len(self.store.passages)))
        frequency = {t: self.store.document_frequency(_stem(t)) for t in terms}
        terms = lexical_terms(frequency, common) or terms
        if not terms:
            return {}
        match = " OR ".join(f'"{t}"' for t in terms)
        try:
            rows = self.store.query(
                "select rowid, -bm25(passages_fts) from passages_fts "
                "where passages_fts match ? order by bm25(passages_fts) limit ?",
                (match, LEXICAL_K),
            )
        except sqlite3.OperationalError as exc:  # a query FTS5 cannot parse: no lexical part
            log.warning("lexical search skipped for %r: %s", match, exc)
            return {}
        return {int(pid): max(float(score), 0.0) for pid, score in rows}

    def _expand(self, terms: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for term in terms:
            for word in self._alternatives(term):
                if word not in out:
                    out.append(word)
        return out

    def _alternatives(self, term: str) -> list[str]:
        """The term, the words sources use for it, and its spelling corrected to the corpus."""
        word = term.replace('"', "").replace("%", "")
        if not word:
            return []
        words = [word, *SYNONYMS.get(word, ())]
        spelt = number_word(word)  # "2 or more cases": "two or more"
        words.extend([spelt] if spelt else [])
        if word.isalpha() and len(word) >= 5 and word not in SYNONYMS:  # a word we know is no typo
            words.extend(self._correct(word))
        return [w.replace("%", "") for w in words if w.replace("%", "")]

    def knows(self, word: str) -> bool:
        """Whether a source uses ``word``, or a publisher's name, as typed or misspelt."""
        return (
            len(word) < 4  # too short for the vocabulary to tell
            or word in self._known
            or word in self.publisher_words
            or bool(len(word) >= 5 and self._correct(word))
        )

    def names_body(self, initials: str) -> bool:
        """Whether a source names the body a question calls by ``initials`` ("hmic"), by any
        of its names, in its title or text, or spelt out ("Independent Office for Police
        Conduct")."""
        return any(name in self._bodies_named for name in BODIES.get(initials, (initials,)))

    @cached_property
    def _bodies_named(self) -> frozenset[str]:
        """The names of the BODIES the sources write, as a word or by the words of their
        initials."""
        names = {name for alternatives in BODIES.values() for name in alternatives}
        found: set[str] = set()
        for source in self.store.sources():
            text = f"{source.meta.title or ''}\n{source.meta.publisher or ''}\n{source.text}"
            found.update(names & set(re.findall(r"[a-z]+", text.lower())))
            found.update(names & _names_by_initials(text))
        return frozenset(found)

    def _correct(self, word: str) -> list[str]:
        corrected = self._corrections.get(word)
        if corrected is None:
            if len(self._corrections) >= MAX_REMEMBERED:
                self._corrections.clear()
            # (into no word that joins clauses: "weather" is no misspelt "whether")
            pool = [w for w in self.vocabulary.get(word[0], []) if w not in _CONJUNCTIONS]
            corrected = self._corrections[word] = (
                []
                if word in self._known
                else difflib.get_close_matches(word, pool, n=1, cutoff=0.82)
            )
        return corrected

    @cached_property
    def _corrections(self) -> dict[str, list[str]]:
        return {}

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(w for words in self.vocabulary.values() for w in words)


def lexical_terms(frequency: dict[str, int], common: int, budget: int = MAX_POSTINGS) -> list[str]:
    """The words to rank by: none in more than ``common`` passages, the rarest first, while
    the rows they make BM25 score fit the ``budget``."""
    chosen: list[str] = []
    rows = 0
    for term in sorted((t for t in frequency if frequency[t] <= common), key=frequency.__getitem__):
        if chosen and rows + frequency[term] > budget:
            break
        chosen.append(term)
        rows += frequency[term]
    return chosen


@dataclass(frozen=True)
class Topic:
    """The question's own subject words, each as its alternatives (stems of synonyms and
    spelling corrections) with a weight: rare words in the corpus say more than common ones."""

    terms: tuple[tuple[str, ...], ...] = ()
    weights: tuple[float, ...] = ()


# A name of capitalised words, with the small words between them ("Centre for Women's Justice")
_PROPER_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’-]*)+")


def _names_by_initials(text: str) -> frozenset[str]:
    """The initials of every name a text writes in capitalised words, and of each part of it
    ("the Independent Office for Police Complaints" gives "iopc", "opc" ...), lower case."""
    found: set[str] = set()
    for name in _PROPER_NAME.finditer(text):
        initials = _initials(name.group())
        found.update(
            initials[i:j]
            for i in range(len(initials))
            for j in range(i + 3, min(len(initials), i + MAX_ACRONYM) + 1)
        )
    return frozenset(found)


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words, lower case."""
    return "".join(re.findall(r"(?<![\w'’-])[A-Z]", name)).lower()


def topic_terms(
    features: QuestionFeatures,
    expand: Callable[[str], list[str]],
    document_frequency: Callable[[str], int] | None = None,
    passages: int = 1,
) -> Topic:
    terms: list[tuple[str, ...]] = []
    weights: list[float] = []
    for term in _hyphens_apart(features.terms):
        if term in GENERIC or not term.isalpha() or len(term) < 3:
            continue
        if features.wants_period and term in PERIOD_WORDS:
            continue  # "what dates": the answer states dates, it need not say "dates"
        if features.forces and find_forces(term, question=True):
            continue  # "gmp", "manchester": the force is matched as a force, not as a word
        if features.periods and _TREND.fullmatch(term):
            continue  # "how many in 2024? heard it dropped": the figures tell, not the verb
        alts = tuple(dict.fromkeys(w for w in expand(term) if w.isalpha()))
        if not alts:
            continue
        weight = 1.0
        if document_frequency is not None:
            df = max(document_frequency(p) for a in alts for p in _porter_prefixes(a))
            # a word no passage uses cannot tell passages apart: it weighs nothing
            weight = math.log(1 + passages / df) if df else 0.0
        terms.append(alts)
        weights.append(weight)
    return Topic(tuple(terms), tuple(weights))


def _hyphens_apart(terms: Iterable[str]) -> list[str]:
    """The terms, each hyphenated one as its words of four letters or more, as passages' words
    are read ("re-vetted": "vetted", "ex-partner": "partner"; "2021-22" is a period)."""
    parts: list[str] = []
    for term in terms:
        if "-" in term:
            parts.extend(w for w in term.split("-") if len(w) >= 4 and w.isalpha())
        else:
            parts.append(term)
    return list(dict.fromkeys(parts))


# A country or city a sentence is about, which names no force
_PLACE = re.compile(
    r"\b(?:Scotland|Scottish|Wales|Welsh|Ireland|Irish|England|English|Britain|British|London"
    r"|UK|across\s+the\s+region)\b"
)
# The inspectorate's name ("... Constabulary and Fire and Rescue Services") speaks of no one
# being fired
_NATIONAL_TITLE = re.compile(
    r"\b(?:UK|British|Britain's|England and Wales)\s+(?:police|officers|cops|forces)\b", re.I
)
_CONJUNCTIONS = frozenset("whether however although whereas therefore because unless".split())
# "officers let go", "cases thrown out": dismissed
_DISMISSED_AS = re.compile(r"\b(?:let\s+go|thrown\s+out)\b")
_THE_FORCE = re.compile(r"\bThe force\b")  # a sentence's own subject, its source's force
_A_FORCE = re.compile(r"\b(?:police|constabulary)\b", re.IGNORECASE)  # "Kent Police (FOI log)"
_FIRE_SERVICE = re.compile(r"\bfire\s+and\s+rescue\b", re.IGNORECASE)


@dataclass(frozen=True)
class PassageWords:
    """A passage's words as coverage reads them, worked out once per passage."""

    stems: frozenset[str]
    long_words: frozenset[str]  # for compounds: "misconduct" speaks of "conduct"

    @classmethod
    def of(cls, words: Iterable[str]) -> PassageWords:
        words = set(words)
        return cls(frozenset(_stem(w) for w in words), frozenset(w for w in words if len(w) >= 6))

    @classmethod
    def of_text(cls, text: str) -> PassageWords:
        """The words of a text, with those its phrases stand for: officers "let go" and cases
        "thrown out" were dismissed."""
        said = _DISMISSED_AS.sub(r"\g<0> dismissed", text.lower())
        return cls.of(re.findall(r"[a-z]+", said))

    def speak_of(self, alts: tuple[str, ...]) -> bool:
        stems, endings = _spoken_as(alts)
        return not self.stems.isdisjoint(stems) or not self.long_words.isdisjoint(endings)


@lru_cache(maxsize=10_000)
def _spoken_as(alts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """What a passage may write for a subject word's alternatives: their stems, and the endings
    long enough to be words of their own ("conduct" for "misconduct")."""
    stems = frozenset(_stem(a) for a in alts)
    return stems, frozenset(a[i:] for a in alts for i in range(1, len(a) - 5))


def coverage(
    topic: Topic, words: PassageWords, title: PassageWords | None = None, plain_titled: bool = False
) -> tuple[float, float]:
    """Share of the question's subject words a passage speaks of: by rarity, counting what the
    title of its source speaks of too, and plain, counting the passage's own words alone (or,
    ``plain_titled``, with its title's too)."""
    if not topic.terms:
        return 1.0, 1.0
    spoken = [words.speak_of(alts) for alts in topic.terms]
    titled = [
        said or (title is not None and title.speak_of(alts))
        for said, alts in zip(spoken, topic.terms, strict=True)
    ]
    total = sum(topic.weights)
    weighted = (
        sum(w for w, hit in zip(topic.weights, titled, strict=True) if hit) / total
        if total > 0
        else 1.0
    )
    return weighted, sum(titled if plain_titled else spoken) / len(spoken)


def measure_fit(topic: Topic, counts: str | None) -> float:
    """How well a figure's own words ("cases of other sexual assaults") match the subject
    asked about: words asked for and found count for, words the figure adds count against."""
    if not topic.terms or not counts:
        return 0.0
    # generic words are dropped as written: stemmed, "officers" and "forces" are no longer
    # known as generic, and would count against every figure of officers or forces
    words = {
        _stem(w)
        for w in re.findall(r"[a-z]+", counts.lower())
        if w not in STOPWORDS and w not in GENERIC and len(w) > 2
    }
    asked = {_stem(alt) for alts in topic.terms for alt in alts}
    found = sum(any(_stem(alt) in words for alt in alts) for alts in topic.terms)
    extra = len(words - asked)
    return max(-0.5, (found - 0.5 * extra) / len(topic.terms))


# Units that, in these sources, often count the same people ("33 cases" of officers retiring).
_KINDRED_UNITS = (
    {"officers", "cases", "instances", "people", "investigations"},
    {"complaints", "allegations", "claims", "reports", "records"},
)
_GROWTH = re.compile(
    r"\b(grow|grew|grown|rise|rose|risen|increase|increased|double|doubled|triple|tripled|"
    r"times (more|as)|went up|go up|how much more)\b",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"\b(?:percentage|per\s?cent|proportion|share|%)\s+of\b", re.IGNORECASE)
# A sentence that reports what someone said: "The Met said: ‘...’", "a spokesperson told us";
# quotation marks alone may quote a document or a phrase, and count for less
_REPORTED = re.compile(
    r"\b(?:said|says|told|stated|responded|replied|added|admitted|spokes(?:wo)?man|spokesperson)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“‘\"]")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")  # "1. ", "2) ": an item of a numbered list
# A value an FOI answer lists under its label: "Complaints 1", "Retired/ Resigned 2"
_LISTED = re.compile(r"[A-Za-z][A-Za-z /&'’-]{1,60}?\s+\d[\d,]*%?")
# "which forces": "covers all four police forces operating in Wales", "all 43 forces" (not
# "asked every force", which says whom a request went to)
_EVERY_FORCE = re.compile(
    r"\ball\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:\w+\s+)?(?:police\s+)?forces\b",
    re.IGNORECASE,
)
# "independent" naming no newspaper, but a kind of body, inquiry or member ("independent
# legally qualified chairs"); an "independent office" may be the Independent Office for Police
# Conduct, a publisher
_INDEPENDENT_BODY = re.compile(
    r"\bindependent\s+(?:and\s+\w+\s+)?(?:review|inquiry|panel|body|bodies|watchdog"
    r"|regulator|scrutiny|investigat|oversight|commission|chair|members?\b|lay\b"
    r"|legally|qualified|experts?\b|advis|assessor)",
    re.IGNORECASE,
)
# A sentence that names a person or a body: by title ("Chief Constable Debbie Tedds", "HMI
# Mike Cunningham"), with a role after the name ("Jackie Alexander, College of Policing
# lead"), as the one who did something ("an investigation by VICE World News and The Detail")
# or as a speaker ("Rachel Krys said")
_NAMED = re.compile(
    r"\b(?:Chief Constable|Commissioner|Superintendent|Inspector|Sergeant|Constable|HMI|Sir|Dame"
    r"|Dr|Professor|Baroness|Lord|Lady|Mr|Mrs|Ms|Miss|PC|DC|DS|DI|Supt|Insp|Det|Sgt"
    r"|Director(?: General)?|Chair(?:man|woman)?)\.?"
    r" [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?"
    # (a member by party, as a written question names its asker: "Ed Davey (Liberal Democrat)")
    r"|\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+ \((?:Conservative|Labour|Liberal Democrat|SNP|Green"
    r"|Plaid Cymru|Independent|DUP|Sinn Féin)"
    r"|\b[A-Z][a-z]+ [A-Z][a-z'’-]+(?:,| is| was) (?:the |a |an |who\b|[A-Z]|(?:[a-z]+[ -])?(?:lead"
    r"|head|chief|director|chair|officer|commissioner|minister|secretary|spokes|founder))"
    r"|\bby (?:the )?[A-Z][\w'’]+(?: (?:of |and |for |the )*[A-Z][\w'’]+)+"
    r"|\b[A-Z][a-z]+ [A-Z][a-z'’-]+ (?:said|says|told|added|wrote)\b"
)
_GIVEN_NAME = re.compile(r"\b(?:named|called|dubbed|codenamed) [A-Z]")  # "named Operation Gosport"
_REASON = re.compile(
    r"\b(?:because|grounds|due to|owing to|reasons?|as a result|in order to|so that|since it"
    r"|rationale|as (?:this|that|it|these|those|they|such)(?! \w+ as))\b",
    re.IGNORECASE,
)
# "which year was the worst": a year named answers it
_WHICH_YEAR = re.compile(r"\b(?:what|which)\s+years?\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "over a 47-month period", "a period of 10 years": how long, which answers "over what period"
# "when was it sent", "what date did he join": a day answers it
_WHEN = re.compile(r"\bwhen\b|\b(?:what|which)\s+(?:date|day)\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast\s+year\b(?!['’]s)", re.IGNORECASE)
_NOW = re.compile(r"\b(?:currently|now|presently|at present)\b", re.IGNORECASE)
# "a rise of 206 per cent on 2010": a change measured against a year, which answers "how big was
# the rise compared with 2010"
_AGAINST_YEAR = re.compile(r"(?:on|over|from|compared (?:with|to)|against)\s+((?:19|20)\d\d)")
# "Sent on: 30 December 2022", "October 1, 2021", "began on Monday, 15 January": a day,
# which answers "when was it sent" (without its year, when the day of the week says which)
_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+(?:19|20)\d\d\b"
    rf"|\b{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d\b"
    rf"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?{DAY_OF_MONTH}"
)
# "said last October that ...", "decided in November", "quit two days before a misconduct
# panel": the month something was said or done, or the time from another event, which answer
# "when did he say it" too
_MONTH_SAID = re.compile(
    rf"\b(?:last|this|in|on|since|by|until|between|from)\s+{MONTH}\b"
    r"|\b\w+\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|later|earlier)\b"
)
# "two other trainees", "12 more officers": a count of those added to others
_ADDED = re.compile(r"\s+(?:other|further|more|additional|extra)\b", re.IGNORECASE)
_ADDED_ASKED = re.compile(
    r"\b(?:other|others|further|more|additional|extra|another|besides|apart|aside|longer)\b",
    re.IGNORECASE,
)
# "over just two years", "in the last 24 months", "the two years to September 30": a length
_SPAN_OVER = re.compile(
    r"\b(?:over|in|within|during)\s+(?:just\s+|only\s+)?(?:the\s+(?:last|past)\s+)?"
    r"(?:\w+[\s-])?(?:years|months|weeks|decade)\b"
    # "the two years to September 30"
    r"|\b\w+[\s-](?:years|months|weeks)\s+(?:to|up\s+to|until|ending)\b",
    re.IGNORECASE,
)
# "between 2012 and 2018", "from June 2016": a period read with both its ends
_TWO_ENDS = re.compile(r"(?:between|from)\b", re.IGNORECASE)
# "from January 1 2019 to April 27 this year", which no period reads whole
_DATE_RANGE = re.compile(
    rf"\b(?:from|between)\s+(?:\w+\s+){{0,3}}?{MONTH}\b[^.;]{{0,30}}?\s(?:to|and|until|till)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:{MONTH}|(?:19|20)\d\d)\b"
)
_SPAN_OF_TIME = re.compile(
    r"\b\w+[- ](?:month|year|week)(?:-long)? period\b|\bperiod of \w+ (?:months|years|weeks)\b",
    re.IGNORECASE,
)
# "The data was gathered via freedom of information requests and covered the years 2018-2020"
_COVERS = re.compile(
    r"\b(?:data|figures|statistics|information|requests?|responses?)\b[^.]{0,80}?"
    r"\b(?:cover(?:s|ed|ing)?|spann?(?:s|ed|ing)?|relat(?:es?|ed|ing) to)\b",
    re.IGNORECASE,
)
_SPLIT_YEAR = re.compile(r"\d/\d|year ending|financial|fiscal|y/e", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:total|overall|in all|altogether)\b", re.IGNORECASE)
# A sentence that ranks: "Dishonesty was the most common reason", "The highest was 31 in the
# Metropolitan force", "the majority related to sexual harassment"
_RANKS = re.compile(
    r"\b(?:most\s+(?:common|frequent|usual|cases|complaints|allegations)|the\s+most|highest|"
    r"largest|biggest|lowest|fewest|least|majority|top|followed\s+by)\b",
    re.IGNORECASE,
)
# What was decided on a request: "I have today decided to disclose the located information to
# you in full", "the information is exempt", "we can neither confirm nor deny"
_DECIDES = re.compile(
    r"\b(?:decided|decision|(?:is|are|was|were|be|being)\s+(?:\w+\s+)?(?:exempt(?!\s+if)|withheld)|"
    r"neither\s+confirm\s+nor\s+deny|refused?\s+(?:your|the|this)\s+request)\b",
    re.IGNORECASE,
)
# A sentence about what someone means to do, not what was done
_INTENT = re.compile(
    r"\b(?:vow(?:s|ed)?|plan(?:s|ned)?|pledg(?:es|ed)|promis(?:es|ed)|intend(?:s|ed)?|aim(?:s|ed)?"
    r"|want(?:s|ed)?|seek(?:s)?|hop(?:es|ed)|need(?:s|ed)?)\s+to\b|\bwill\s+(?:be\s+)?\w+ed\b"
    # "officers who needed to be removed", "the ruling could in theory lead to 96 ... sacked"
    r"|\bcould\s+(?:\w+\s+){0,2}?lead\s+to\b"
    # "closed without a formal investigation, meaning they could not face the prospect of
    # being sacked"
    r"|\bprospect\s+of\b"
    # "About 60 officers could face the sack each month": a forecast of what may be done
    r"|\b(?:could|may|might|would)\s+(?:\w+\s+)?face\s+(?:the\s+sack|dismissal|being)\b",
    re.IGNORECASE,
)
# A question about change over a range is answered by the figures for the years within it.
_TREND = re.compile(
    _GROWTH.pattern + r"|\b(fall|fell|fallen|drop|dropped|decrease|decreased|went down|go down|"
    r"change|changed|compare|compared|vs|versus|trend|rising|falling)\b",
    re.IGNORECASE,
)


# "how much a month", "how many a year", "each week": a figure for each such span
_RATE_ASKED = re.compile(
    r"\b(?:a|per|each|every)\s+(week|month|year)\b(?!\s+(?:before|ago|earlier|later|on|after))"
    r"|\b(week|month|year)ly\b|\b(annual)(?:ly)?\b",
    re.IGNORECASE,
)
_RATES = {
    span: re.compile(
        rf"\b(?:a|per|each|every)\s+{span}\b|\b{span}ly\b"
        + (r"|\bannual(?:ly)?\b|\bper\s+annum\b" if span == "year" else ""),
        re.IGNORECASE,
    )
    for span in ("week", "month", "year")
}


def _rate_unit(rate: re.Match[str]) -> str:
    """The span a rate asked is for: "annual" is per year."""
    span = next(g for g in rate.groups() if g).lower()
    return "year" if span == "annual" else span


# "where was his hearing held", "where did he meet her": a place, as a sentence names one
_WHERE_ASKED = re.compile(
    r"\bwhere\s+(?:was|is|were|are|did|does|do|has|had|will)\b", re.IGNORECASE
)
_PLACE_SAID = re.compile(
    rf"\b(?:in|at|near)\s+(?!{MONTH}\b)(?:the\s+)?[A-Z][\w'’-]+"
    r"|(?i:\b(?:police\s+)?station\b|\bheadquarters\b|\bcourt\b)",
)
# "what happened to pc doyle", "what became of him": what was done to someone in the end
_FATE_ASKED = re.compile(
    r"\bwhat\s+(?:ever\s+)?happen(?:ed|s)\s+(?:to|with)\b|\bwhat\s+became\s+of\b"
    r"|\bwhatever\s+happened\b",
    re.IGNORECASE,
)
_FATE = re.compile(
    rf"\b{SANCTION_VERBS}\b|\b(?:dismissing|dismissal|sacking|sentenced|imprisoned|cleared"
    r"|acquitted|demoted)\b|\bwritten\s+warning|\bbarred\s+list",
    re.IGNORECASE,
)
# a reference number: letters and digits in three or more parts ("01.FOI.22.025664")
_REFERENCE_NO = re.compile(r"\b(?=[\w./-]*\d)(?=[\w./-]*[a-z])\w+(?:[./-]\w+){2,}", re.IGNORECASE)

# "which judge sentenced him", "which detective spoke": the role of the one asked for
_ROLE_ASKED = re.compile(
    r"\bwhich\s+(judge|mp|minister|detective|inspector|sergeant|superintendent|barrister|lawyer)\b",
    re.IGNORECASE,
)
_JUDGE = re.compile(r"\bjudge|\bjustice\b|\bhhj\b|\brecorder\b", re.IGNORECASE)


def _names_as(role: str, text: str) -> bool:
    """Whether a sentence writes the role asked for: a judge as "Mrs Justice Cheema-Grubb"."""
    if role.lower() == "judge":
        return bool(_JUDGE.search(text))
    return re.search(rf"\b{role}\b", text, re.IGNORECASE) is not None


_COUNTED_THING = re.compile(r"\bhow\s+many\s+(?:[a-z]+\s+)??([a-z]{3,}s)\b", re.IGNORECASE)


def _unit_fit(features: QuestionFeatures, figure: Figure) -> float:
    """1 when a figure is of the kind asked for, a half when it is a kindred one, else 0. A
    change is the kind "how much did they go up" asks for, with or without a unit; a share of
    something ("what percentage of pcsos were disciplined, heard its double") is not a change."""
    growth = bool(_GROWTH.search(features.text)) and not _SHARE_OF.search(features.text)
    if growth and figure.kind == "ratio":
        return 1.0
    if features.unit is None:
        # "how many links to hidden misconduct came up": "more than 400 links to ..." counts
        # what is asked, in no unit of its own
        asked = _COUNTED_THING.search(features.text)
        counts = (figure.counts or "").split()
        return 1.0 if asked and counts and _stem(counts[0].lower()) == _stem(asked[1]) else 0.0
    if growth and features.unit == "percent":
        # "by what % did allegations go up": "up 22%" answers it, "58% of allegations" less so
        return 0.5 if figure.unit == "percent" or figure.kind == "share" else 0.0
    if features.unit == "percent":
        return 1.0 if figure.unit == "percent" or figure.kind == "share" else 0.0
    if figure.unit == features.unit:
        return 1.0
    kindred = any({figure.unit, features.unit} <= group for group in _KINDRED_UNITS)
    return 0.5 if kindred else 0.0


_SUFFIXES = ("ings", "ing", "ed", "es", "s")


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """A crude stem that sees "sack", "sacked" and "sacks", or "abuse" and "abused", or "quit"
    and "quitting", as one word: a plain inflection off (and a consonant it doubled), a final
    e off, then at most five letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            doubled = word[-1] == word[-2] and word[-1] not in "aeiouls"
            if doubled and suffix in ("ing", "ings", "ed"):
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word[:5]


def _porter_prefixes(word: str) -> tuple[str, ...]:
    """What the full-text index's (porter) terms for ``word`` start with: its stem, and without
    a doubled last letter, which porter drops ("barred" is "bar", "planned" is "plan"), or
    with a last y made i."""
    stem = _stem(word)
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem, stem[:-1]
    if len(stem) > 3 and stem.endswith("y"):
        return stem, stem[:-1] + "i"  # "casey" is "casei", "policy" is "polici"
    return (stem,)


# "In 2023, four got final warnings": a sentence framed by the one year it opens with
# "In 2023, four got final warnings", or a year on a line of its own, heading the lines below
_OPENS_WITH_YEAR = re.compile(r"In ((?:19|20)\d\d),\s|((?:19|20)\d\d)\s*:?\s*$")
# "during this 12-month period", "over the same period": the period stated before
_BACK_TO_PERIOD = re.compile(
    r"\b(?:this|that|the same|in the)\s+(?:[\w-]+\s+){0,2}?period\b", re.IGNORECASE
)


def _period_matches(
    figure: Figure,
    years: set[int],
    scope: frozenset[int] | set[int],
    trend: bool = False,
    since: int | None = None,
    written: int | None = None,
) -> bool:
    """A figure fits the years asked when its period is that year, or covers most of a range
    asked for. A decade's total is not the figure for one year within it, nor for a range that
    only partly overlaps it; a question about change over a range ("did it go up from 2022 to
    2023") is answered by the figures for years within it. A figure with no period of its own
    takes its source's scope, but only for a range asked for. A figure counted "since 2020"
    answers only a question asked since about then, or for the years from then to when it was
    ``written``."""
    period = figure.period
    span: set[int] | frozenset[int] = period.years if period else frozenset()
    open_ended = period is not None and period.start_year is not None and period.end_year is None
    if since is not None and span:  # "since 2012": a figure counted from then (to publication)
        return (len(span) > 1 or open_ended) and since <= min(span) <= since + SINCE_SLACK
    if not span:
        if len(years) == 1:
            return scope == years  # a source that states no period, in the year it was written
        span = scope
    if open_ended:
        # "since 2006", in a story of 2015: from 2006 to 2015
        start = period.start_year if period else None
        if start is None or written is None or written <= start or len(years) == 1:
            return False
        span = set(range(start, written + 1))
    if len(years) == 1:
        return span == years
    if trend and period and span <= years:
        return True
    if since is not None:
        return len(span) > 1 and since <= min(span) <= since + SINCE_SLACK
    return overlap(years, span) >= MIN_PERIOD_OVERLAP


def _relative_years(asked: tuple[Period, ...], source: Source) -> set[int]:
    """The years a span counted back from now ("in the past decade", "over the last 5 years")
    covers in a source's own time: a source can only count back from when it was written."""
    written = published_year(source), _month(source)
    spans = (_span_back(period.text, *written) for period in asked if not period.years)
    return set(next((span for span in spans if span), ()))


@lru_cache(maxsize=10_000)
def _span_back(text: str, published: int | None, month: int | None) -> frozenset[int]:
    """The years a span counted back from now covers, written in a given year and month (read
    once for each, not for each passage weighed)."""
    spans = (p.years for p in find_periods(with_years(text, published, month)))
    return next((span for span in spans if len(span) > 1), frozenset())


def _measured_against(figure: Figure, years: set[int]) -> bool:
    """A change (a share) measured against the one year asked about."""
    against = _AGAINST_YEAR.fullmatch(figure.counts or "")
    return figure.unit == "percent" and against is not None and years == {int(against[1])}


def _changed_over(figure: Figure, text: str, years: set[int]) -> bool:
    """A change with no period of its own, in a sentence that names each year asked ("rose
    to 819 in 2024, up 67 per cent from the 491 recorded in 2023")."""
    own = figure.period.years if figure.period else frozenset()
    return figure.kind == "ratio" and not own and len(years) > 1 and bare_years(text) >= years


def published_year(source: Source | None) -> int | None:
    """The year a source was published, when its date gives one."""
    return source.meta.year if source else None


def _month(source: Source | None) -> int | None:
    """The month a source was published, when its date gives one."""
    return source.meta.month if source else None


def _through(period: Period, published: int | None) -> frozenset[int]:
    """The years of a period, an open one ("since March 2021") running to publication."""
    if period.start_year is not None and period.end_year is None and published:
        return frozenset(range(period.start_year, max(period.start_year, published) + 1))
    return period.years


# a word within a sentence, after a lower-case word or a comma: its capital is its own
_MID_SENTENCE = re.compile(r"(?<=[a-z,] )([A-Za-z][a-z]*[A-Za-z]|[A-Z]{2,})\b")


def _full_name(text: str | None) -> str:
    """A publisher's name as another text would write it: lower case, one kind of
    apostrophe, without "The" or a note in brackets ("Kent Police (FOI disclosure log)")."""
    name = re.sub(r"\(.*?\)", " ", text or "").replace("’", "'").lower()
    return " ".join(re.sub(r"^\s*the\s+", "", name).split())


def _acronyms(publisher: str) -> list[str]:
    """What a publisher's initials spell, as people shorten its name: "tbij" and "bij" for The
    Bureau of Investigative Journalism, "iopc" for the Independent Office for Police Conduct."""
    name = re.sub(r"\(.*?\)", " ", publisher)  # "(FOI disclosure log)" is no part of the name
    initials = _initials(name)
    spelt = [initials, initials[1:]] if name.lstrip().startswith("The ") else [initials]
    return [a for a in spelt if len(a) >= 3]


def _prefer_body(hits: dict[int, Hit]) -> None:
    """A sentence of the body stating a figure its headline gives ranks just above the
    headline: "Nine relate to allegations of rape or sexual assault, five for harassment ..."
    says in full what "Nine Northamptonshire Police officers suspended in relation to
    allegations of serious sexual assault" sums up."""
    for headline in [h for h in hits.values() if _is_headline(h) and h.figures]:
        values = {f.value for f in headline.figures if f.value is not None}
        body = [
            h
            for h in hits.values()
            if h.source.id == headline.source.id
            and h is not headline
            and h.matched_force == headline.matched_force
            and h.matched_years == headline.matched_years
            and any(f.value in values and not f.qualifier for f in h.figures)
        ]
        if body:
            best = max(body, key=lambda h: (h.score, -h.passage_id))
            best.score = max(best.score, headline.score + EXACT_EDGE)


def _is_headline(hit: Hit) -> bool:
    """The source's headline, as the top of its text repeats it (or, with figures, the first
    part of a title that gives a standfirst after it: "57 Nuclear Police Officers Disciplined, 7
    Dismissed in Safety Scandal (Nuclear police misconduct hits 10-year high)", not the
    "Freedom of information request reference no: ..." that begins an FOI answer's title)."""
    title = hit.source.meta.title
    if not title or hit.passage.ordinal >= HEADLINE_WITHIN:
        return False
    said, titled = _words_of(hit.passage.text), _words_of(title)
    begins = len(said) >= HEADLINE_WORDS and titled[: len(said)] == said
    return said == titled or (begins and bool(hit.figures))


def _adds(topic: Topic, words: PassageWords, said: PassageWords) -> bool:
    """Whether ``words`` speak of a subject word of the question (of any weight) that ``said``
    does not."""
    return any(
        weight > 0 and words.speak_of(alts) and not said.speak_of(alts)
        for alts, weight in zip(topic.terms, topic.weights, strict=True)
    )


def _is_title(text: str, source: Source) -> bool:
    """Whether a line is its source's title, or ends with it ("Home world <title>")."""
    said, titled = _words_of(text), _words_of(source.meta.title or "")
    return bool(said) and (said == titled or said[-len(titled) :] == titled)


@lru_cache(maxsize=10_000)
def _words_of(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", text.lower()))


def _mentions_years(hit: Hit, years: set[int]) -> bool:
    return any(str(y) in hit.context for y in years)
