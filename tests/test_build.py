"""Reindex: incremental, atomic, serialised, and honest about bad files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from index.build import reindex
from index.errors import IndexUnavailable, SourceError
from index.store import CURRENT, IndexStore
from tests.conftest import HashEmbedder


def build(knowledge: Path, index_dir: Path, embedder: HashEmbedder):  # type: ignore[no-untyped-def]
    return reindex(knowledge, index_dir, lambda: embedder, model_name=embedder.name)


def test_from_scratch_then_nothing_to_do(
    knowledge_copy: Path, tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    index_dir = tmp_path / "index"
    first = build(knowledge_copy, index_dir, hash_embedder)
    assert len(first.added) == 5 and first.passages > 100 and first.figures > 40
    assert first.embedded == first.passages
    second = build(knowledge_copy, index_dir, hash_embedder)
    assert not second.changed_anything and second.embedded == 0
    assert second.generation == first.generation
    assert hash_embedder.calls == 1  # the model was not touched the second time
    store = IndexStore.open(index_dir)
    assert len(store.passages) == first.passages
    assert {f.text for f in store.figures(source_id="002_9eb077137e4b42bd")} >= {"1,492", "42%"}


def test_only_changed_text_is_embedded_again(
    knowledge_copy: Path, tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    index_dir = tmp_path / "index"
    build(knowledge_copy, index_dir, hash_embedder)
    extra = knowledge_copy / "sources" / "new.md"
    extra.write_text(
        "---\ntitle: New FOI\npublisher: A Force\n---\n"
        "In 2023 there were 57 allegations of sexual misconduct against officers.\n",
        encoding="utf-8",
    )
    before = hash_embedder.texts_encoded
    report = build(knowledge_copy, index_dir, hash_embedder)
    assert report.added == ["new"] and report.unchanged == 5
    assert hash_embedder.texts_encoded - before == report.embedded == 1
    figures = IndexStore.open(index_dir).figures(source_id="new")
    assert [(f.text, f.unit, f.period.text if f.period else None) for f in figures] == [
        ("57", "allegations", "In 2023")
    ]
    extra.unlink()
    assert build(knowledge_copy, index_dir, hash_embedder).removed == ["new"]


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\x02binary junk" * 50, b"---\ntitle: [oops\n---\ntext text text\n"]
)
def test_bad_file_leaves_the_index_in_service(
    knowledge_copy: Path, tmp_path: Path, hash_embedder: HashEmbedder, content: bytes
) -> None:
    index_dir = tmp_path / "index"
    good = build(knowledge_copy, index_dir, hash_embedder)
    bad = knowledge_copy / "sources" / "broken.md"
    bad.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        build(knowledge_copy, index_dir, hash_embedder)
    assert caught.value.path.endswith("broken.md")
    assert (index_dir / CURRENT).read_text().strip() == good.generation
    assert not list(index_dir.glob(".gen-*"))  # nothing half-built is left behind
    assert len(IndexStore.open(index_dir).sources()) == 5


def test_corrupt_index_is_reported_and_rebuilt(
    knowledge_copy: Path, tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    index_dir = tmp_path / "index"
    report = build(knowledge_copy, index_dir, hash_embedder)
    (index_dir / report.generation / "passages.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexUnavailable, match="reindex"):
        IndexStore.open(index_dir)
    rebuilt = build(knowledge_copy, index_dir, hash_embedder)
    assert rebuilt.rebuilt and rebuilt.generation != report.generation
    assert len(IndexStore.open(index_dir).passages) == report.passages


def test_two_reindexes_at_once_do_not_corrupt(
    knowledge_copy: Path, tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    index_dir = tmp_path / "index"
    errors: list[BaseException] = []

    def run() -> None:
        try:
            build(knowledge_copy, index_dir, hash_embedder)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    store = IndexStore.open(index_dir)
    assert len(store.sources()) == 5 and store.vectors.ntotal == len(store.passages)
    assert len(list(index_dir.glob("gen-*"))) == 1


def test_summary_names_a_few_sources_and_counts_the_rest() -> None:
    from bot.cli import summary
    from index.build import ReindexReport

    report = ReindexReport(added=[f"s{i:03}" for i in range(25)], sources=25, rebuilt=True)
    text = summary(report)
    assert "s009" in text and "s010" not in text and "and 15 more" in text


def test_approximate_vector_search_keeps_recall() -> None:
    """Large corpora are searched through an HNSW graph: its top hits must match exact search."""
    import faiss
    import numpy as np

    from index.build import vector_index
    from index.store import HNSW_EF_SEARCH

    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3000, 64)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.arange(len(vectors), dtype=np.int64)
    graph = vector_index(64, len(vectors), approximate_from=1000)
    assert isinstance(faiss.downcast_index(graph.index), faiss.IndexHNSWFlat)
    graph.add_with_ids(vectors, ids)
    faiss.downcast_index(graph.index).hnsw.efSearch = HNSW_EF_SEARCH
    queries = vectors[:50] + rng.normal(scale=0.3, size=(50, 64)).astype(np.float32)
    _, found = graph.search(queries, 10)
    exact = np.argsort(-(queries @ vectors.T), axis=1)[:, :10]
    recall = np.mean([len(set(f) & set(e)) / 10 for f, e in zip(found, exact, strict=True)])
    assert recall >= 0.95
