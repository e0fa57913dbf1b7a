"""One Verbatim per process: the model, the index in service, and the answerer over it.

The CLI and the Discord client both go through this object. A reindex builds aside (see
``index.build``) and then swaps the new index in under a lock, so answers keep coming from the
old index until the new one is complete.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answerer, source_ref
from bot.answer_types import Answer, SourceRef
from index.build import Progress, ReindexReport, reindex
from index.embed import MODEL_NAME, Embedder, load_embedder
from index.models import Source
from index.search import Searcher
from index.store import IndexStore

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE = PROJECT_ROOT / "knowledge"
DEFAULT_INDEX = PROJECT_ROOT / "var" / "index"


@dataclass(frozen=True)
class _Live:
    store: IndexStore
    answerer: Answerer


class Verbatim:
    def __init__(self, knowledge_dir: Path, index_dir: Path, embedder: Embedder | None = None):
        self.knowledge_dir = knowledge_dir
        self.index_dir = index_dir
        self._embedder = embedder
        self._swap_lock = threading.Lock()
        self._live: _Live | None = None

    @classmethod
    def open(
        cls, knowledge_dir: Path, index_dir: Path, embedder: Embedder | None = None
    ) -> Verbatim:
        """Open the index in service (raises ``IndexUnavailable`` when there is none)."""
        service = cls(knowledge_dir, index_dir, embedder)
        service._load()
        return service

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder()
        return self._embedder

    @property
    def store(self) -> IndexStore:
        return self._current().store

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        return self._current().answerer.answer(question, history)

    def source_ref(self, source: Source) -> SourceRef:
        return source_ref(source)

    def reindex(self, progress: Progress | None = None) -> ReindexReport:
        """Rebuild from the knowledge folder; swap the new index in only when it is complete."""
        report = reindex(
            self.knowledge_dir,
            self.index_dir,
            lambda: self.embedder,
            model_name=getattr(self._embedder, "name", MODEL_NAME),
            progress=progress,
        )
        # Swap only in a process already serving answers; a bare reindex needs no model.
        if self._live is not None and report.generation != self._live.store.generation.name:
            self._load()
        return report

    def _current(self) -> _Live:
        live = self._live
        if live is None:
            self._load()
            live = self._live
        assert live is not None
        return live

    def _load(self) -> None:
        store = IndexStore.open(self.index_dir)
        searcher = Searcher(store, self.embedder)
        searcher.warm()  # before going live: no question waits for the corpus to be read
        live = _Live(store, Answerer(searcher))
        with self._swap_lock:
            old, self._live = self._live, live
        if old is not None:
            log.info("index swapped: %s -> %s", old.store.generation.name, store.generation.name)
