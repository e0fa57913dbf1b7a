"""What happened to officers, and over which years: a source a maintainer might add, with a
count of nought, a figure whose period is stated sentences before it, and an outcome that
another figure for the same year does not speak of."""

from __future__ import annotations

import shutil

import pytest

from bot.service import Verbatim
from index.build import reindex
from tests.conftest import KNOWLEDGE

ARTICLE = """---
title: Essex officers accused of sexual misconduct
publisher: Test Gazette
date: 2021-05-01
force: Essex Police
---

Rapes reported to Essex Police rose by 40% between 2010 and 2015, the force said.

Between 2018 and 2020, 41 Essex Police officers were accused of sexual misconduct.

Of those, 17 were suspended while they were investigated. None were arrested.

The Test Gazette obtained the numbers on suspended officers through a freedom of information
request.

In 2021, 9 Essex Police officers were accused of sexual misconduct.

Six of the officers accused between 2018 and 2020 were dismissed.

The chief constable has vowed to dismiss a further 30 Essex officers facing sexual misconduct
investigations.
"""


@pytest.fixture(scope="module")
def essex(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("essex")
    knowledge = root / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    (knowledge / "sources" / "essex.md").write_text(ARTICLE, encoding="utf-8")
    reindex(knowledge, root / "index", lambda: minilm, model_name=minilm.name)
    return Verbatim.open(knowledge, root / "index", embedder=minilm)


def test_none_is_the_answer_to_how_many(essex: Verbatim) -> None:
    # "None were arrested" gives no period of its own: it counts the range stated last before
    # it (2018 to 2020), not every year the article mentions (2010 to 2020)
    answer = essex.answer("how many essex cops were arrested between 2018 and 2020")
    assert answer.answered
    assert "None were arrested" in answer.quotes[0].text
    assert answer.quotes[0].source.id == "essex"


def test_an_outcome_asked_about_is_what_the_answer_speaks_of(essex: Verbatim) -> None:
    # the 2021 figure counts accusations, not sackings: no source here says how many were sacked
    sacked = essex.answer(
        "how many essex officers accused of sexual misconduct were sacked in 2021"
    )
    assert not sacked.answered
    accused = essex.answer("how many essex officers were accused of sexual misconduct in 2021")
    assert accused.answered and "9 Essex Police officers" in accused.quotes[0].text


def test_since_a_year_asks_for_a_count_from_then(essex: Verbatim) -> None:
    answer = essex.answer(
        "how many essex officers have been accused of sexual misconduct since 2018"
    )
    assert answer.answered and "41 Essex Police officers" in answer.quotes[0].text


def test_what_dates_is_answered_by_a_sentence_that_gives_them(essex: Verbatim) -> None:
    answer = essex.answer("what dates do the test gazette numbers on suspended essex cops cover")
    assert answer.answered and "Between 2018 and 2020" in answer.quotes[0].text


def test_a_plan_is_not_what_happened(essex: Verbatim) -> None:
    answer = essex.answer("how many essex officers were dismissed")
    assert answer.answered and "Six of the officers" in answer.quotes[0].text
