"""Hybrid retrieval: dense (FAISS over MiniLM vectors) + lexical (SQLite FTS5 BM25), fused and
then weighed by what a figures question names (years, force, unit).

Returns ranked passages with their figures; choosing what to quote is ``bot.answer``'s job.
"""

from __future__ import annotations

import difflib
import logging
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from index import lexicon
from index.embed import Embedder
from index.models import Figure, Passage, Source
from index.question import SYNONYMS, QuestionFeatures, read_question
from index.store import IndexStore

log = logging.getLogger(__name__)

DENSE_K = 40
LEXICAL_K = 40
# Fusion weights: cosine similarity is already on [0, 1]; BM25 is scaled by the best hit.
W_DENSE = 0.55
W_LEXICAL = 0.30
W_FIGURE = 0.06
W_UNIT = 0.08
W_YEAR = 0.12
W_YEAR_MISS = 0.10
W_FORCE = 0.04
W_NUMBER = 0.25


@dataclass
class Hit:
    passage_id: int
    passage: Passage
    source: Source
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    figures: list[Figure] = field(default_factory=list)
    matched_years: bool = False
    matched_unit: bool = False


class Searcher:
    """Searches one open index. Build a new one when the index is swapped."""

    def __init__(self, store: IndexStore, embedder: Embedder) -> None:
        self.store = store
        self.embedder = embedder

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
    def corpus_forces(self) -> set[str]:
        forces = {s.meta.force for s in self.store.sources() if s.meta.force}
        forces.update(f for f in self.store.facets()["force"])
        for passage in self.store.passages.values():
            forces.update(lexicon.find_forces(passage.text))
        return forces

    def search(self, question: str | QuestionFeatures, k: int = 10) -> list[Hit]:
        features = question if isinstance(question, QuestionFeatures) else read_question(question)
        dense = self._dense(features.text)
        lexical = self._lexical(features)
        hits: dict[int, Hit] = {}
        top_lexical = max(lexical.values(), default=0.0) or 1.0
        for pid in set(dense) | set(lexical):
            passage = self.store.passages.get(pid)
            source = self.store.source(passage.source_id) if passage else None
            if passage is None or source is None:
                continue
            hit = Hit(
                passage_id=pid,
                passage=passage,
                source=source,
                score=0.0,
                dense=dense.get(pid, 0.0),
                lexical=lexical.get(pid, 0.0) / top_lexical,
                figures=self.store.figures_by_passage.get(pid, []),
            )
            hit.score = W_DENSE * hit.dense + W_LEXICAL * hit.lexical + _weigh(hit, features)
            hits[pid] = hit
        return sorted(hits.values(), key=lambda h: (-h.score, h.passage_id))[:k]

    def _dense(self, text: str) -> dict[int, float]:
        vector = self.embedder.encode([text])[0]
        return dict(self.store.nearest(vector, DENSE_K))

    def _lexical(self, features: QuestionFeatures) -> dict[int, float]:
        terms = self._expand(features.terms)
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
            word = term.replace('"', "").replace("%", "")
            if not word:
                continue
            candidates = [word, *SYNONYMS.get(word, ())]
            if word.isalpha() and len(word) >= 5:
                candidates.extend(self._correct(word))
            for c in candidates:
                c = c.replace("%", "")
                if c and c not in out:
                    out.append(c)
        return out

    def _correct(self, word: str) -> list[str]:
        pool = self.vocabulary.get(word[0], [])
        if word in pool:
            return []
        return difflib.get_close_matches(word, pool, n=1, cutoff=0.82)


def _weigh(hit: Hit, features: QuestionFeatures) -> float:
    """What a figures question names, weighed against the passage's own figures."""
    bonus = 0.0
    figures = hit.figures
    if features.wants_figure:
        bonus += W_FIGURE if figures else -W_FIGURE
    if features.unit and any(f.unit == features.unit for f in figures):
        hit.matched_unit = True
        bonus += W_UNIT
    years = features.years
    if years and figures:
        if any(_period_matches(f, years) for f in figures) or _mentions_years(hit, years):
            hit.matched_years = True
            bonus += W_YEAR
        else:
            bonus -= W_YEAR_MISS
    elif years and _mentions_years(hit, years):
        hit.matched_years = True
        bonus += W_YEAR / 2
    if features.forces:
        named = set(lexicon.find_forces(hit.passage.text)) | {hit.source.meta.force}
        named |= {f.force for f in figures}
        if named & set(features.forces):
            bonus += W_FORCE
    if features.numbers and any(n in hit.passage.text for n in features.numbers):
        bonus += W_NUMBER
    return bonus


def _period_matches(figure: Figure, years: set[int]) -> bool:
    period = figure.period
    if period is None or period.start_year is None:
        return False
    end = period.end_year if period.end_year is not None else period.start_year
    span = set(range(period.start_year, end + 1))
    if len(years) == 1:
        return bool(years & span)
    # a range asked for: the figure's period should cover most of it
    return len(years & span) >= max(1, int(0.6 * len(years)))


def _mentions_years(hit: Hit, years: set[int]) -> bool:
    return any(str(y) in hit.passage.text for y in years)
