from __future__ import annotations

import pytest

from bot.number_lock import NumberLockError, check, violations
from index.lexicon import UNITS


def test_figures_inside_quotes_and_citations_pass() -> None:
    quote = "The number was 1,492."
    reply = f"“{quote}” [1]\n\n[1] The Paper, “Title with 31 of 562”, 2024. https://x.org/2024/a"
    check(reply, [quote], ["The Paper", "Title with 31 of 562", "2024", "https://x.org/2024/a"])


def test_a_quote_that_also_stands_in_the_title_does_not_break_the_title() -> None:
    quote = "Request reference no: 01.FOI.22.025664"
    title = f"{quote} - allegations, January 2017 - June 2022"
    reply = f"“{quote}” [1]\n\n[1] The Force, “{title}”, 2022-08."
    check(reply, [quote], ["The Force", title, "2022-08"])


def test_the_bots_fixed_phrases_hold_no_number() -> None:
    from bot import answer

    phrases = [v for k, v in vars(answer).items() if k.startswith("NOTICE_") or k == "CLOSEST"]
    phrases.extend(answer.DIFFER.format(units=answer.unit_label(u)) for u in UNITS)
    assert len(phrases) >= 6 + len(UNITS)
    for phrase in phrases:
        assert not violations(phrase, [], []), phrase


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
