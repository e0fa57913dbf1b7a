"""Reindex: turn the knowledge folder into a new generation of the index, then swap it in.

- Incremental: a passage whose text (and the model) is unchanged reuses its stored vector, so an
  unchanged source is never embedded again; when no source and no part of the pipeline has
  changed, nothing is rebuilt at all and the model is not even loaded.
- Atomic: the generation is built in a temporary folder, validated, and only then named in
  ``CURRENT`` (an ``os.replace``). On any failure the generation in service stays as it was.
- Serialised: an exclusive lock on ``.lock`` makes a second reindex wait for the first.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np
import sqlite_utils

from index import cleaning, figures, lexicon, passages, sources, tables
from index.embed import Embedder
from index.errors import IndexUnavailable, ReindexBusy
from index.models import Figure, Passage, Source
from index.store import CURRENT, DB_NAME, FAISS_NAME, SCHEMA_VERSION, IndexStore

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
KEEP_GENERATIONS = 2
APPROXIMATE_FROM = 20_000  # passages from which vectors are searched through an HNSW graph
HNSW_LINKS = 32
HNSW_EF_CONSTRUCTION = 80


@dataclass
class ReindexReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    sources: int = 0
    passages: int = 0
    figures: int = 0
    embedded: int = 0  # passages whose vectors had to be computed
    rebuilt: bool = False
    seconds: float = 0.0
    generation: str = ""

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.rebuilt)


def pipeline_fingerprint(model_name: str) -> str:
    """Changes whenever the code that turns sources into rows changes, or the model does."""
    digest = hashlib.sha256(f"{SCHEMA_VERSION}:{model_name}".encode())
    for module in (cleaning, sources, passages, tables, figures, lexicon):
        if module.__file__:
            digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())  # how the index itself is laid out
    return digest.hexdigest()[:32]


@contextlib.contextmanager
def reindex_lock(index_dir: Path, timeout: float = 600.0) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".lock").open("a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as exc:
                if time.monotonic() > deadline:
                    raise ReindexBusy(
                        f"another reindex of {index_dir} is still running; try again later"
                    ) from exc
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def reindex(
    knowledge_dir: Path,
    index_dir: Path,
    embedder: Callable[[], Embedder],
    *,
    model_name: str,
    progress: Progress | None = None,
    lock_timeout: float = 600.0,
) -> ReindexReport:
    """Bring the index in ``index_dir`` up to date with ``knowledge_dir``.

    ``embedder`` is called only when some passage needs a vector. Raises ``SourceError`` for a
    file that cannot be ingested; the index in service is then left untouched.
    """
    started = time.perf_counter()
    with reindex_lock(index_dir, lock_timeout):
        loaded = list(sources.load_all(knowledge_dir))
        fingerprint = pipeline_fingerprint(model_name)
        previous = _open_previous(index_dir)
        report = _compare(loaded, previous)
        same_pipeline = previous is not None and previous.meta.get("pipeline") == fingerprint
        if previous is not None and same_pipeline and not report.changed_anything:
            report.passages = len(previous.passages)
            report.figures = previous.query("select count(*) from figures")[0][0]
            report.generation = previous.generation.name
            previous.close()
            report.seconds = time.perf_counter() - started
            return report
        report.rebuilt = True
        generation = _build(loaded, index_dir, previous, embedder, fingerprint, report, progress)
        if previous is not None:
            previous.close()
        _swap(index_dir, generation)
        _prune(index_dir, keep=generation.name)
        report.generation = generation.name
        report.seconds = time.perf_counter() - started
        return report


def _open_previous(index_dir: Path) -> IndexStore | None:
    try:
        return IndexStore.open(index_dir)
    except IndexUnavailable as exc:
        if (index_dir / CURRENT).exists():
            log.warning("rebuilding from scratch: %s", exc)
        return None


def _compare(loaded: Sequence[Source], previous: IndexStore | None) -> ReindexReport:
    report = ReindexReport(sources=len(loaded))
    old = {s.id: s.content_hash for s in previous.sources()} if previous else {}
    for source in loaded:
        if source.id not in old:
            report.added.append(source.id)
        elif old[source.id] != source.content_hash:
            report.changed.append(source.id)
        else:
            report.unchanged += 1
    report.removed = sorted(set(old) - {s.id for s in loaded})
    return report


def _build(
    loaded: Sequence[Source],
    index_dir: Path,
    previous: IndexStore | None,
    embedder: Callable[[], Embedder],
    fingerprint: str,
    report: ReindexReport,
    progress: Progress | None,
) -> Path:
    name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
    staging = index_dir / f".{name}.building"
    staging.mkdir(parents=True)
    try:
        db = sqlite_utils.Database(staging / DB_NAME)
        _create_schema(db, fingerprint)
        rows = _passage_rows(loaded)
        found = [f for s in loaded for f in _figures_of(s, rows[s.id])]
        db.table("sources").insert_all(_source_row(s) for s in loaded)
        all_passages = [p for s in loaded for p in rows[s.id]]
        loaded_by_id = {s.id: s for s in loaded}
        texts = [_search_text(loaded_by_id[p.source_id], p) for p in all_passages]
        # "In Durham, three officers ...": a city's name is its force where the source names it
        named = {s.id: lexicon.find_forces(s.text) for s in loaded}

        def forces(pid: int, passage: Passage) -> list[str]:
            # a sentence that names a force speaks of it, not of those the sentence it leans on
            # names ("They show ... 91 claims, against 99 ... at Thames Valley Police" after
            # "... at Thames Valley Police, Hertfordshire Constabulary and Bedfordshire Police");
            # one that names only an area may be saying how far something reaches ("All of them
            # ... barred list, which prevents them from rejoining any force in England and
            # Wales" after "23 Hertfordshire officers have been dismissed")
            known = named[passage.source_id]
            own = lexicon.find_forces(passage.text, known=known)
            if set(own) - {lexicon.AREA_ENGLAND_WALES, lexicon.AREA_WALES}:
                return own
            return lexicon.find_forces(texts[pid], known=known)

        db.table("passages").insert_all(
            {
                "id": pid,
                "source_id": p.source_id,
                "ordinal": p.ordinal,
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "context_start": p.context_start,
                "search_text": texts[pid],
                "forces": "\n".join(forces(pid, p)),
                "hash": _text_hash(texts[pid]),
            }
            for pid, p in enumerate(all_passages)
        )
        db.table("passages").enable_fts(["search_text"], tokenize="porter", create_triggers=False)
        # per-term document counts, for weighing a question's words by how rare they are
        db.execute("create virtual table passages_vocab using fts5vocab(passages_fts, 'row')")
        db.table("figures").insert_all(_figure_rows(found, all_passages))
        vectors = _vectors(db, texts, previous, embedder, report, progress)
        index = vector_index(vectors.shape[1], len(all_passages))
        if len(all_passages):
            index.add_with_ids(vectors, np.arange(len(all_passages), dtype=np.int64))
        faiss.write_index(index, str(staging / FAISS_NAME))
        db.conn.commit()
        db.conn.execute("vacuum")
        db.close()
        report.passages = len(all_passages)
        report.figures = len(found)
        _validate(staging)
        final = index_dir / name
        staging.rename(final)
        return final
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def vector_index(width: int, count: int, approximate_from: int = APPROXIMATE_FROM) -> faiss.Index:
    """Exact inner-product search for a corpus of ordinary size; an HNSW graph beyond it,
    where exact search would cost more per question than the whole rest of an answer."""
    if count < approximate_from:
        return faiss.IndexIDMap2(faiss.IndexFlatIP(width))
    graph = faiss.IndexHNSWFlat(width, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    return faiss.IndexIDMap2(graph)


def _create_schema(db: sqlite_utils.Database, fingerprint: str) -> None:
    db.table("meta").insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "pipeline", "value": fingerprint},
            {"key": "built_at", "value": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
        ],
        pk="key",
    )
    db.table("sources").create(
        {
            "id": str, "path": str, "title": str, "publisher": str, "date": str,
            "date_approximate": int, "url": str, "kind": str, "force": str, "notes": str,
            "content_hash": str, "text": str,
        },
        pk="id",
    )  # fmt: skip
    db.table("passages").create(
        {"id": int, "source_id": str, "ordinal": int, "start": int, "end": int, "text": str,
         "context_start": int, "search_text": str, "forces": str, "hash": str},
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )  # fmt: skip
    db.table("figures").create(
        {
            "id": int, "source_id": str, "passage_id": int, "text": str, "start": int,
            "end": int, "value": float, "unit": str, "counts": str, "kind": str,
            "of_total": float, "qualifier": str, "period": str, "period_start": int,
            "period_end": int, "force": str, "sentence_start": int, "sentence_end": int,
            "sentence": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id"), ("passage_id", "passages", "id")],
    )  # fmt: skip
    db.table("figures").create_index(["source_id"])
    db.table("embeddings").create({"hash": str, "vector": bytes}, pk="hash")


def _passage_rows(loaded: Sequence[Source]) -> dict[str, list[Passage]]:
    return {s.id: passages.passages(s.id, s.text) for s in loaded}


def _figures_of(source: Source, spans: Sequence[Passage]) -> list[Figure]:
    return figures.extract_figures(
        source.id,
        source.text,
        [(p.start, p.end) for p in spans],
        source.meta.force,
        (source.meta.year, source.meta.month),
    )


def _source_row(source: Source) -> dict[str, object]:
    m = source.meta
    return {
        "id": source.id, "path": source.path, "title": m.title, "publisher": m.publisher,
        "date": m.date, "date_approximate": int(m.date_approximate), "url": m.url,
        "kind": m.kind, "force": m.force, "notes": m.notes,
        "content_hash": source.content_hash, "text": source.text,
    }  # fmt: skip


def _figure_rows(found: Sequence[Figure], all_passages: Sequence[Passage]) -> Iterator[dict]:
    by_span = {(p.source_id, p.start): pid for pid, p in enumerate(all_passages)}
    spans_by_source: dict[str, list[tuple[int, int, int]]] = {}
    for index, p in enumerate(all_passages):
        spans_by_source.setdefault(p.source_id, []).append((p.start, p.end, index))
    for fid, f in enumerate(found):
        pid = by_span.get((f.source_id, f.sentence_start))
        if pid is None:
            pid = next(
                (i for s, e, i in spans_by_source.get(f.source_id, []) if s <= f.start < e), None
            )
        row = f.to_dict()
        row.update(id=fid, passage_id=pid)
        yield row


def _search_text(source: Source, passage: Passage) -> str:
    return source.text[passage.quote_start : passage.end]


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _vectors(
    db: sqlite_utils.Database,
    texts: Sequence[str],
    previous: IndexStore | None,
    embedder: Callable[[], Embedder],
    report: ReindexReport,
    progress: Progress | None,
) -> np.ndarray:
    hashes = [_text_hash(t) for t in texts]
    cached = _cached_vectors(previous, set(hashes))
    missing = sorted({h: t for h, t in zip(hashes, texts, strict=True) if h not in cached}.items())
    if missing:
        model = embedder()
        batch = 256
        for at in range(0, len(missing), batch):
            chunk = missing[at : at + batch]
            for (h, _), vector in zip(chunk, model.encode([t for _, t in chunk]), strict=True):
                cached[h] = vector
            if progress:
                progress("embedding", min(at + batch, len(missing)), len(missing))
    report.embedded = len(missing)
    width = next(iter(cached.values())).shape[0] if cached else 384
    vectors = np.zeros((len(texts), width), dtype=np.float32)
    for i, h in enumerate(hashes):
        vectors[i] = cached[h]
    db.table("embeddings").insert_all(
        ({"hash": h, "vector": cached[h].tobytes()} for h in sorted(set(hashes))), batch_size=2000
    )
    return vectors


def _cached_vectors(previous: IndexStore | None, wanted: set[str]) -> dict[str, np.ndarray]:
    if previous is None:
        return {}
    out: dict[str, np.ndarray] = {}
    try:
        for h, blob in previous.query("select hash, vector from embeddings"):
            if h in wanted:
                out[h] = np.frombuffer(blob, dtype=np.float32).copy()
    except sqlite3.Error as exc:
        log.warning("not reusing stored vectors: %s", exc)
        return {}
    return out


def _validate(generation: Path) -> None:
    """Open the new generation as a reader would and check that every offset holds."""
    store = IndexStore(generation)
    try:
        texts = {s.id: s.text for s in store.sources()}
        for p in store.passages.values():
            if texts[p.source_id][p.start : p.end] != p.text:
                raise IndexUnavailable(f"passage offsets do not match in {p.source_id}")
        for f in store.figures():
            if texts[f.source_id][f.start : f.end] != f.text:
                raise IndexUnavailable(f"figure {f.text!r} offsets do not match in {f.source_id}")
    finally:
        store.close()


def _swap(index_dir: Path, generation: Path) -> None:
    pointer = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:6]}"
    pointer.write_text(generation.name + "\n", encoding="utf-8")
    with pointer.open("rb") as handle:
        os.fsync(handle.fileno())
    pointer.replace(index_dir / CURRENT)


def _prune(index_dir: Path, keep: str) -> None:
    """Keep the new generation and the one before it (a reader may still have it open)."""
    generations = sorted(
        (p for p in index_dir.glob("gen-*") if p.is_dir() and p.name != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in generations[KEEP_GENERATIONS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
    for stale in index_dir.glob(".gen-*.building"):
        if time.time() - stale.stat().st_mtime > 3600:
            shutil.rmtree(stale, ignore_errors=True)
