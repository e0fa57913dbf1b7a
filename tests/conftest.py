"""Shared fixtures: a deterministic fake embedder for fast tests, and the real seed index.

The seed index is built once per test session with the packaged MiniLM model (offline), so
retrieval and answer tests exercise the real parts.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


class HashEmbedder:
    """Bag-of-words vectors from hashed tokens: deterministic, instant, good enough for tests of
    plumbing (never of ranking quality)."""

    name = "hash-test-embedder"
    dimensions = 64

    def __init__(self) -> None:
        self.calls = 0
        self.texts_encoded = 0

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        self.calls += 1
        self.texts_encoded += len(texts)
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in text.lower().split():
                digest = hashlib.blake2b(token.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dimensions] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the project's knowledge folder."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(scope="session")
def minilm():  # type: ignore[no-untyped-def]
    from index.embed import load_embedder

    return load_embedder()


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory, minilm) -> Path:  # type: ignore[no-untyped-def]
    """The five seed sources indexed with the real model, once per session."""
    from index.build import reindex

    index_dir = tmp_path_factory.mktemp("seed-index")
    reindex(KNOWLEDGE, index_dir, lambda: minilm, model_name=minilm.name)
    return index_dir


@pytest.fixture(scope="session")
def verbatim_service(seed_index: Path, minilm):  # type: ignore[no-untyped-def]
    """The real service (model, index, answerer) over the seed sources."""
    from bot.service import Verbatim

    return Verbatim.open(KNOWLEDGE, seed_index, embedder=minilm)
