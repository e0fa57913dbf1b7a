"""Rounded figures ("More than 1,100 officers") and the sentences stating their exact values."""

from __future__ import annotations

from index.figures import extract_figures
from index.models import Figure
from index.rounding import exact_statements


def stated(*sentences: str) -> dict[int, list[Figure]]:
    """The figures of each sentence, by its position (a passage id)."""
    return {pid: extract_figures("s", text, [(0, len(text))]) for pid, text in enumerate(sentences)}


def twins_of(*sentences: str) -> dict[int, list[tuple[str, list[int]]]]:
    figures = stated(*sentences)
    found = exact_statements(range(len(sentences)), figures)
    return {pid: [(f.text, twins) for f, twins in pairs] for pid, pairs in found.items()}


def test_a_rounded_count_finds_the_nearest_exact_value_of_the_same_unit() -> None:
    found = twins_of(
        "More than 1,100 police officers are under investigation for sexual or domestic abuse.",
        "Of the 1,151 officers under investigation, 428 have been placed on restricted duties.",
        "In total 1,190 complaints were made.",  # another unit
        "Some 1,600 officers were vetted again.",  # out of what "more than 1,100" admits
    )
    assert found == {0: [("1,100", [1])]}


def test_a_round_number_a_rounded_one_qualifies_is_rounded_too() -> None:
    """A headline's bare "170" echoes the standfirst's "More than 170"; "173" states both."""
    found = twins_of(
        "170 Met officers are under investigation for alleged domestic abuse",
        "More than 170 serving Met Police officers under investigation for alleged domestic abuse",
        "Currently 173 serving Met officers have outstanding accusations against them.",
    )
    assert found == {1: [("170", [2])], 0: [("170", [2])]}


def test_nearly_admits_a_value_just_under_but_not_far_under() -> None:
    found = twins_of(
        "Nearly 90 officers were investigated over sexual offences.",
        "Eleven officers faced allegations made by colleagues while 74 officers had allegations "
        "made by the public.",
        "The figures revealed 86 officers were investigated.",
    )
    assert found == {0: [("90", [2])]}


def test_the_same_number_written_again_is_not_its_exact_value() -> None:
    assert (
        twins_of(
            "More than 100 officers face probes.", "The 100 officers face probes, the force said."
        )
        == {}
    )


def test_an_exact_figure_has_no_exact_value_of_its_own() -> None:
    assert twins_of("There were 443 allegations.", "It had 440 allegations.") == {}


def test_a_vague_word_finds_the_first_count_after_it_within_its_range() -> None:
    found = twins_of(
        "DOZENS of employees are still working at Dorset Police despite being accused.",
        "The statistics covered 2018 to 2021.",
        "They included 36 in Dorset Police - with 31 of them still in a job with the force.",
        "Nationally, 1,080 kept their jobs.",  # out of what "dozens" spans
    )
    assert found == {0: [("DOZENS", [2])]}


def test_a_vague_word_finds_a_bound_as_well() -> None:
    found = twins_of(
        "Hundreds of sexual misconduct allegations have been made against serving police "
        "officers across Britain between 2016 and 2020.",
        "At least 750 accusations were made against officers during that time.",
    )
    assert found == {0: [("Hundreds", [1])]}


def test_a_fraction_finds_the_count_out_of_a_total_it_stands_for() -> None:
    found = twins_of(
        "Three-Quarters of Police Officers Guilty of Gross Negligence Kept their Jobs",
        "Nine out of 12 police officers remained in post.",
        "Of the 12 instances found, only three officers were disciplined.",
    )
    assert found == {0: [("Three-Quarters", [1])]}


def test_some_before_a_number_that_is_not_round_leaves_it_exact() -> None:
    """ "Some 397 misconduct cases" states what "nearly 400 ... cases" rounds; "Some 390" is
    still a rounded figure, which 397 states too."""
    found = twins_of(
        "There are nearly 400 Met Police misconduct cases waiting to be heard",
        "Some 397 misconduct cases are yet to be heard.",
        "Some 390 cases were closed.",
    )
    assert found == {0: [("400", [1])], 2: [("390", [1])]}
