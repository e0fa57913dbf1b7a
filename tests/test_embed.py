"""The packaged MiniLM model, as questions and passages are embedded with it."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.mark.parametrize(
    "question",
    ["how many met cops got sacked 2012-18", "", "lol @everyone " * 60],  # short, empty, long
)
def test_one_question_embeds_as_sentence_transformers_would(minilm, question: str) -> None:  # type: ignore[no-untyped-def]
    """A question is embedded on its own by a shorter path than ``SentenceTransformer.encode``
    takes; the vector must be the very one that gives."""
    alone = minilm.encode([question])
    expected = minilm._model.encode([question], normalize_embeddings=True, convert_to_numpy=True)
    assert alone.shape == (1, 384) and alone.dtype == np.float32
    assert np.array_equal(alone, expected)
