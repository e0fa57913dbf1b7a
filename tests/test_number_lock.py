from __future__ import annotations

import pytest

from bot.number_lock import NumberLockError, check, violations


def test_figures_inside_quotes_and_citations_pass() -> None:
    quote = "The number was 1,492."
    reply = f"“{quote}” [1]\n\n[1] The Paper, “Title with 31 of 562”, 2024. https://x.org/2024/a"
    check(reply, [quote], ["The Paper", "Title with 31 of 562", "2024", "https://x.org/2024/a"])


@pytest.mark.parametrize(
    "own_words",
    ["In total 3 sources agree.", "That is about twenty officers.", "Roughly half were upheld.",
     "The figure doubled.", "Most sources say so."],
)  # fmt: skip
def test_any_number_in_the_bots_own_words_is_caught(own_words: str) -> None:
    quote = "The number was 1,492."
    reply = f"“{quote}” [1]\n{own_words}"
    assert violations(reply, [quote], [])
    with pytest.raises(NumberLockError):
        check(reply, [quote], [])
