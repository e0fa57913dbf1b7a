"""The index as it is in service: one generation folder of SQLite and FAISS, opened read-only.

Layout of an index folder::

    CURRENT            name of the generation in service (replaced atomically by a reindex)
    gen-*/index.db     SQLite: meta, sources, passages (+ full-text), figures, embeddings
    gen-*/passages.faiss   inner-product index of normalised passage vectors; id = passage id
    .lock              held by a reindex while it builds
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

import faiss
import numpy as np
import sqlite_utils

from index.errors import IndexUnavailable
from index.models import Figure, Passage, Period, Source, SourceMeta

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4
DB_NAME = "index.db"
FAISS_NAME = "passages.faiss"
CURRENT = "CURRENT"
HNSW_EF_SEARCH = 512  # breadth of an HNSW search: recall against cost (scripts/bench.py)


def current_generation(index_dir: Path) -> Path | None:
    pointer = index_dir / CURRENT
    if not pointer.exists():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    return index_dir / name if name else None


MAX_REMEMBERED_PREFIXES = 50_000


class IndexStore:
    """Read access to one generation of the index. Safe to share between threads."""

    def __init__(self, generation: Path) -> None:
        self.generation = generation
        self._lock = threading.Lock()
        self._frequencies: dict[str, int] = {}  # document_frequency's answers, per prefix
        try:
            uri = f"file:{generation / DB_NAME}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            meta = dict(conn.execute("select key, value from meta").fetchall())
        except sqlite3.Error as exc:
            raise IndexUnavailable(
                f"the index at {generation} cannot be read ({exc}); run `verbatim reindex`"
            ) from exc
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            raise IndexUnavailable(
                f"the index at {generation} has schema version {meta.get('schema_version')}, "
                f"this version of Verbatim reads {SCHEMA_VERSION}; run `verbatim reindex`"
            )
        self.meta = meta
        try:
            self.vectors = faiss.read_index(str(generation / FAISS_NAME))
        except RuntimeError as exc:
            raise IndexUnavailable(
                f"the vector file in {generation} is missing or corrupt; run `verbatim reindex`"
            ) from exc
        graph = faiss.downcast_index(getattr(self.vectors, "index", self.vectors))
        if isinstance(graph, faiss.IndexHNSWFlat):
            graph.hnsw.efSearch = HNSW_EF_SEARCH
        count = self.query("select count(*) from passages")[0][0]
        if self.vectors.ntotal != count:
            raise IndexUnavailable(
                f"the index at {generation} is inconsistent ({self.vectors.ntotal} vectors, "
                f"{count} passages); run `verbatim reindex`"
            )

    @classmethod
    def open(cls, index_dir: Path) -> IndexStore:
        generation = current_generation(index_dir)
        if generation is None or not generation.is_dir():
            raise IndexUnavailable(f"no index in {index_dir}: run `verbatim reindex` first")
        return cls(generation)

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self.db.execute(sql, list(params)).fetchall()

    def close(self) -> None:
        self.db.conn.close()

    # -- sources ----------------------------------------------------------------------------

    @cached_property
    def _sources(self) -> dict[str, Source]:
        rows = self.db["sources"].rows_where(order_by="id")
        return {row["id"]: _source_from_row(row) for row in rows}

    def sources(self) -> list[Source]:
        return list(self._sources.values())

    def source(self, source_id: str) -> Source | None:
        return self._sources.get(source_id)

    # -- passages ---------------------------------------------------------------------------

    @cached_property
    def passages(self) -> dict[int, Passage]:
        rows = self.query(
            "select id, source_id, ordinal, start, end, text, context_start from passages"
        )
        return {r[0]: Passage(r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows}

    @cached_property
    def passage_forces(self) -> dict[int, frozenset[str]]:
        """The forces each passage names (found at reindex), for passages that name any."""
        rows = self.query("select id, forces from passages where forces != ''")
        return {pid: frozenset(forces.split("\n")) for pid, forces in rows}

    def document_frequency(self, prefix: str) -> int:
        """How many passages hold a word starting with ``prefix`` (FTS5's porter terms)."""
        known = self._frequencies.get(prefix)
        if known is None:
            rows = self.query(
                "select max(doc) from passages_vocab where term >= ? and term < ?",
                (prefix, prefix + "\uffff"),
            )
            if len(self._frequencies) >= MAX_REMEMBERED_PREFIXES:
                self._frequencies.clear()
            known = self._frequencies[prefix] = int(rows[0][0] or 0)
        return known

    def passages_stating(self, number: str, limit: int = 1000) -> list[int]:
        """The passages that write ``number`` ("594", "1,492", "42%"), at most ``limit``."""
        phrase = " ".join(re.findall(r"\d+", number))
        if not phrase:
            return []
        rows = self.query(
            "select rowid from passages_fts where passages_fts match ? limit ?",
            (f'"{phrase}"', limit),
        )
        return [int(r[0]) for r in rows]

    def search_text(self, passage: Passage) -> str:
        """What is embedded and searched for a passage: with the sentence it leans on."""
        source = self._sources[passage.source_id]
        return source.text[passage.quote_start : passage.end]

    @cached_property
    def passage_ids_by_source(self) -> dict[str, list[int]]:
        by_source: dict[str, list[int]] = defaultdict(list)
        for pid, passage in sorted(self.passages.items()):
            by_source[passage.source_id].append(pid)
        return dict(by_source)

    def sentence_around(self, source_id: str, start: int, end: int) -> tuple[int, int, str]:
        """The passage (sentence) that holds the span, or the span itself."""
        for pid in self.passage_ids_by_source.get(source_id, []):
            p = self.passages[pid]
            if p.start <= start and end <= p.end:
                return p.start, p.end, p.text
        source = self.source(source_id)
        text = source.text[start:end] if source else ""
        return start, end, text

    def find_text(self, text: str) -> list[tuple[Source, int, int]]:
        """Every occurrence of ``text``, exactly as written, in any source's cleaned text."""
        needle = text.strip()
        found: list[tuple[Source, int, int]] = []
        if not needle:
            return found
        for source in self._sources.values():
            at = source.text.find(needle)
            while at != -1:
                if _standalone(source.text, at, at + len(needle)):
                    found.append((source, at, at + len(needle)))
                at = source.text.find(needle, at + 1)
        return found

    # -- figures ----------------------------------------------------------------------------

    @cached_property
    def _figures(self) -> list[tuple[int, Figure]]:
        rows = self.db["figures"].rows_where(order_by="source_id, start")
        return [(row["passage_id"], _figure_from_row(row)) for row in rows]

    @cached_property
    def figures_by_passage(self) -> dict[int, list[Figure]]:
        by_passage: dict[int, list[Figure]] = defaultdict(list)
        for pid, figure in self._figures:
            by_passage[pid].append(figure)
        return dict(by_passage)

    @cached_property
    def passage_ids_by_value(self) -> dict[float, list[int]]:
        """The passages whose figures take each value, however written ("three", "3")."""
        by_value: dict[float, list[int]] = defaultdict(list)
        for pid, figure in self._figures:
            if figure.value is not None and pid not in by_value[figure.value][-1:]:
                by_value[figure.value].append(pid)
        return dict(by_value)

    def figures(
        self,
        *,
        source_id: str | None = None,
        search: str | None = None,
        unit: str | None = None,
        year: int | None = None,
        force: str | None = None,
        limit: int | None = None,
    ) -> list[Figure]:
        """Figures matching every filter given; ``search`` looks in figure, counts and sentence."""
        needle = search.lower().strip() if search else None
        out: list[Figure] = []
        for _, f in self._figures:
            if source_id and f.source_id != source_id:
                continue
            if unit and (f.unit or "").lower() != unit.lower():
                continue
            if force and (f.force or "").lower() != force.lower():
                continue
            if year is not None and not _covers(f.period, year):
                continue
            if needle and not any(
                needle in (s or "").lower() for s in (f.text, f.counts, f.sentence)
            ):
                continue
            out.append(f)
            if limit and len(out) >= limit:
                break
        return out

    def facets(self) -> dict[str, list[str]]:
        """Distinct units, periods, forces and source ids: the choices autocomplete offers."""
        values: dict[str, set[str]] = {"unit": set(), "period": set(), "force": set()}
        for _, f in self._figures:
            if f.unit:
                values["unit"].add(f.unit)
            if f.period:
                values["period"].add(f.period.text)
            if f.force:
                values["force"].add(f.force)
        facets = {key: sorted(v) for key, v in values.items()}
        facets["source"] = sorted(self._sources)
        return facets

    # -- vectors ----------------------------------------------------------------------------

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        k = min(k, self.vectors.ntotal)
        if k <= 0:
            return []
        # one query on one thread: waking faiss's second thread, just after the model has run
        # on its own, cost more than it saved (seeds: warm p95 27-30 ms to 19-21 ms)
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            scores, ids = self.vectors.search(vector.reshape(1, -1).astype(np.float32), k)
        finally:
            faiss.omp_set_num_threads(threads)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i != -1]

    def similarity(self, vector: np.ndarray, pids: Iterable[int]) -> dict[int, float]:
        """Cosine similarity of ``vector`` to the given passages (found by other means than
        the nearest-neighbour search, such as full-text search)."""
        with self._lock:
            stored = {pid: self.vectors.reconstruct(pid) for pid in pids}
        return {pid: float(np.dot(v, vector)) for pid, v in stored.items()}


def _standalone(text: str, start: int, end: int) -> bool:
    """True when the match is not part of a longer number ("49" inside "1,492")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    digitish = str.isdigit
    if digitish(text[start]) and (
        digitish(before) or (before in ",." and start > 1 and digitish(text[start - 2]))
    ):
        return False
    return not (
        digitish(text[end - 1])
        and (digitish(after) or (after in ",." and end + 1 < len(text) and digitish(text[end + 1])))
    )


def _covers(period: Period | None, year: int) -> bool:
    return period is not None and year in period.years


def _source_from_row(row: dict[str, Any]) -> Source:
    meta = SourceMeta(
        title=row["title"],
        publisher=row["publisher"],
        date=row["date"],
        date_approximate=bool(row["date_approximate"]),
        url=row["url"],
        kind=row["kind"],
        force=row["force"],
        notes=row["notes"],
    )
    return Source(row["id"], row["path"], meta, row["text"], row["content_hash"])


def _figure_from_row(row: dict[str, Any]) -> Figure:
    period = (
        Period(row["period"], row["period_start"], row["period_end"]) if row["period"] else None
    )
    return Figure(
        source_id=row["source_id"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        value=row["value"],
        unit=row["unit"],
        counts=row["counts"],
        kind=row["kind"],
        of_total=row["of_total"],
        qualifier=row["qualifier"],
        period=period,
        force=row["force"],
        sentence_start=row["sentence_start"],
        sentence_end=row["sentence_end"],
        sentence=row["sentence"],
    )
