"""The kinds of wrongdoing questions and passages speak of."""

from __future__ import annotations

import pytest

from index.offences import DISHONESTY, DOMESTIC, RACIST, SEXUAL, VAWG, kinds_fit, offence_kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("how many psni officers are being investigated for domestic abuse", {DOMESTIC}),
        ("39 PSNI officers for alleged sexual misconduct", {SEXUAL}),
        ("PSNI: Almost 40 officers investigated over sex complaints", {SEXUAL}),
        ("officers accused of rape", {SEXUAL}),
        ("1,151 officers under investigation for sexual or domestic abuse", {SEXUAL, DOMESTIC}),
        ("29 officers over racist and sexist behaviour", {RACIST, VAWG}),
        ("653 conduct cases relating to violence against women and girls", {VAWG}),
        ("what sex were the officers who were dismissed", set()),  # the sex of officers
        ("how many officers were dismissed in 2023", set()),
        # crimes of other kinds: no count of sexual offences (real54 by039)
        (
            "an inspector convicted of fraud and one PC of possession of a class B drug",
            {DISHONESTY},
        ),
    ],
)
def test_offence_kinds(text: str, kinds: set[str]) -> None:
    assert offence_kinds(text) == kinds


def test_a_passage_of_another_kind_does_not_fit() -> None:
    assert not kinds_fit(frozenset({DOMESTIC}), frozenset({SEXUAL}))
    assert kinds_fit(frozenset({DOMESTIC}), frozenset({SEXUAL, DOMESTIC}))
    assert kinds_fit(frozenset({DOMESTIC}), frozenset())  # says nothing of the kind
    assert kinds_fit(frozenset({SEXUAL}), frozenset({VAWG}))  # spans both
    assert kinds_fit(frozenset(), frozenset({SEXUAL}))
