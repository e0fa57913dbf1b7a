"""Figures in tables and lists, as FOI responses, official statistics and regional round-ups
give them: a row is found by what its header says, and quoted with that header; a line of a
list by force, by the force it is listed under."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Verbatim
from index.build import reindex

FRONT = """---
title: "Misconduct allegations of a sexual nature against officers, {years}"
publisher: Greater Manchester Police (FOI disclosure)
date: 2024-02-14
---

You asked for the number of allegations of sexual misconduct made against Greater Manchester
Police officers in each year, and how many were upheld.

| Year | Allegations | Upheld | Officers dismissed |
|------|-------------|--------|--------------------|
"""


def _row(year: int) -> str:
    return f"| {year} | {40 + year % 50} | {year % 20} | {year % 7 + 1} |"


def _service(knowledge: Path, tmp_path: Path, minilm, first: int, last: int) -> Verbatim:  # type: ignore[no-untyped-def]
    rows = "".join(f"{_row(year)}\n" for year in range(first, last + 1))
    table = FRONT.format(years=f"{first} to {last}") + rows
    return _indexed_with(knowledge, tmp_path, minilm, "gmp_foi.md", table)


def _front(title: str, publisher: str, date: str) -> str:
    return f"---\ntitle: {title}\npublisher: {publisher}\ndate: {date}\n---\n"


def _indexed_with(knowledge: Path, tmp_path: Path, minilm, name: str, text: str) -> Verbatim:  # type: ignore[no-untyped-def]
    """The seeds and one more source, ``name`` holding ``text``, indexed and opened."""
    (knowledge / "sources" / name).write_text(text, encoding="utf-8")
    reindex(knowledge, tmp_path / "index", lambda: minilm, model_name=minilm.name)
    return Verbatim.open(knowledge, tmp_path / "index", embedder=minilm)


def test_a_row_of_a_short_table_is_quoted_with_its_header(
    knowledge_copy: Path, tmp_path: Path, minilm
) -> None:  # type: ignore[no-untyped-def]
    service = _service(knowledge_copy, tmp_path, minilm, 2019, 2023)
    answer = service.answer("how many gmp officers were dismissed in 2022")
    assert answer.answered
    first = answer.quotes[0].text
    assert first.startswith("| Year | Allegations") and first.endswith(_row(2022))
    assert answer.quotes[0].source.id == "gmp_foi"
    # the quote's figures are every figure it shows, the rows above the one asked for too
    assert {f.text for f in answer.quotes[0].figures} >= {str(40 + y % 50) for y in (2019, 2022)}


@pytest.mark.parametrize("year", [2021, 2023])
def test_a_row_of_a_long_table_is_quoted_then_its_header(
    knowledge_copy: Path, tmp_path: Path, minilm, year: int
) -> None:  # type: ignore[no-untyped-def]
    service = _service(knowledge_copy, tmp_path, minilm, 1990, 2023)
    answer = service.answer(
        f"how many sexual misconduct allegations against gmp officers in {year}"
    )
    assert answer.answered
    row, header = answer.quotes[0].text, answer.quotes[1].text
    assert row == _row(year) and header.startswith("| Year | Allegations")


def test_a_row_under_the_question_it_answers_is_quoted_with_that_question(
    knowledge_copy: Path, tmp_path: Path, minilm
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_table_layouts import UNDER_QUESTIONS

    meta = _front("Officers removed from duty", "Metropolitan Police Service", "2023-07")
    service = _indexed_with(knowledge_copy, tmp_path, minilm, "met_foi.txt", meta + UNDER_QUESTIONS)
    answer = service.answer("how many met officers got suspended over sexual offences since 2021")
    assert answer.answered
    first = answer.quotes[0].text
    assert first.startswith("Since March 2021 how many officers") and first.endswith(
        "Suspended | 4 |"
    )


# "Number of complaints 3 1 0" speaks of nothing but complaints: its document's title says
# what they were about
TITLED = (
    "---\ntitle: Officers with sexual harassment complaints (1405A/21)\n"
    "publisher: West Midlands Police (FOI)\ndate: 2021-11\nforce: West Midlands Police\n"
    "---\n\nOfficers with sexual harassment complaints (1405A/21)\n\n"
    "Please could you break this information down by year?\n\n"
    "Case details 2015 2020 2021\nNumber of complaints 3 1 0\nNumber of allegations 6 1 0\n"
)
# "Conducts 10 6 8 1" under "Internal Investigations": no figure's own words count
# investigations, but the row's section heading says that is what it counts
SECTIONED = (
    "---\ntitle: Sexual misconduct 2017-2020 (FOI 337/21)\n"
    "publisher: Avon and Somerset Police (FOI)\ndate: 2021\n---\n\n"
    "Please find below the number of alleged sexual offences and alleged misconduct for the "
    "years 2017, 2018, 2019 and 2020.\n\n2017 2018 2019 2020\nComplaints Received\n"
    "Complaints 3 5 3 4\nAllegations 5 5 3 5\nInternal Investigations\nConducts 10 6 8 1\n"
)


@pytest.mark.parametrize(
    ("text", "question", "row"),
    [
        (
            TITLED,
            "how many sexual harassment complaints did wmp officers get in 2020",
            "Number of complaints 3 1 0",
        ),
        (
            SECTIONED,
            "how many internal investigations did avon and somerset have in 2019",
            "Conducts 10 6 8 1",
        ),
    ],
)
def test_a_row_is_about_its_title_and_its_section(
    knowledge_copy: Path, tmp_path: Path, minilm, text: str, question: str, row: str
) -> None:  # type: ignore[no-untyped-def]
    answer = _indexed_with(knowledge_copy, tmp_path, minilm, "foi.md", text).answer(question)
    assert answer.answered
    assert row in answer.quotes[0].text.splitlines()


def test_a_header_row_is_no_answer_of_its_own_the_record_under_it_is(
    knowledge_copy: Path, tmp_path: Path, minilm
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_table_layouts import CELL_PER_PARAGRAPH

    meta = _front(
        "Officer sexual misconduct and complaints",
        "West Yorkshire Police (FOI disclosure log)",
        "2023-09",
    )
    text = meta + CELL_PER_PARAGRAPH
    service = _indexed_with(knowledge_copy, tmp_path, minilm, "wyp_foi.txt", text)
    answer = service.answer("were any of the officers in the wyp table charged and convicted")
    assert answer.answered
    first = answer.quotes[0]
    assert first.source.id == "wyp_foi"
    # the short table is quoted from its header down to a record, never the header alone
    assert first.text.startswith("Case Type") and "\n\nConduct\n\n" in first.text


def test_a_numbered_answer_is_about_the_question_of_that_number(
    knowledge_copy: Path, tmp_path: Path, minilm
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_table_layouts import YEARS_BY_NUMBER

    meta = _front("FOI 624/21", "Northumbria Police (FOI disclosure log)", "2021-05")
    service = _indexed_with(knowledge_copy, tmp_path, minilm, "foi.txt", meta + YEARS_BY_NUMBER)
    # the rows say nothing of harassment or rape: the question numbered as they are does
    answer = service.answer(
        "northumbria police complaints of sexual harassment assault or rape against officers 2016"
    )
    assert answer.answered
    assert answer.quotes[0].text.endswith("1. 2016 x 14")


# Articles of the kinds real pages are, each with a question its first quote must answer.
LIST_BY_FORCE = (
    "---\ntitle: Sexual assault claims against officers in the region\n"
    "publisher: Regional News\ndate: 2021-10-10\n---\n"
    "Freedom of information requests have revealed sexual assault claims against serving "
    "police officers from forces across our region recorded between 2016 and 2020.\n"
    "Bedfordshire Police\n3 claims against male officers\n"
    "Cambridgeshire Constabulary\n10 claims, relating to 15 officers\n"
    "Male (9), female (4), unknown (2)\n"
    "Norfolk Constabulary\n9 claims\nMale (seven), unknown (2)\n"
)
NOT_PROVEN = (
    "---\ntitle: 26 claims of sexual assault made against Lancashire police officers\n"
    "publisher: Lancashire Post\ndate: 2021-10-12\n---\n"
    "26 claims of sexual assault made against Lancashire police officers in five years\n\n"
    "A Freedom of Information request has shown that 26 claims were made against officers "
    "between 2016 and 2020.\n\n"
    "Of those just two resulted in a dismissal or resignation, with 21 found not proven.\n"
)
OPENED_PARAGRAPH = (
    "---\ntitle: PEEL police legitimacy 2016\npublisher: HMICFRS\ndate: 2018-05\n---\n"
    "HMIC recommends that forces review allegations of abuse of authority for sexual gain.\n\n"
    "The Alliance operates a shared PSD function. A decision was made that it would review "
    "cases over a 5 year period. Cases held in PSD were reviewed for the period 01/04/2012 "
    "to 30/11/2016. A total of 73 cases was considered, consisting of complaints, conduct & "
    "ACU case files.\n"
)

SPEAKER = (
    "---\ntitle: PCC statement on officer behaviour\npublisher: West Mercia PCC\n"
    "date: 2023-03\n---\n"
    "In the past 12 months, three officers from West Mercia Police have been dismissed.\n\n"
    "Police and Crime Commissioner John Campion said:\n\n"
    "“One officer abusing their position is one too many. I expect change, I expect better.”\n"
)
JAILED = (
    "---\ntitle: PCC statement on officer behaviour\npublisher: West Mercia PCC\n"
    "date: 2023-03\n---\n"
    "In the past 12 months, three officers from West Mercia Police have been dismissed or would "
    "have been dismissed for sexual misconduct. This includes one officer whose behaviour "
    "amounted to criminal behaviour for which he was sent to prison.\n"
)


@pytest.mark.parametrize(
    ("text", "question", "quoted"),
    [
        # a list by force names each force once, over short lines that share few words with
        # the question and are far from it in meaning: the force asked about finds them
        (
            LIST_BY_FORCE,
            "were any of the cambs officers accused of sexual assault women",
            "Cambridgeshire Constabulary\n10 claims, relating to 15 officers\nMale (9), female (4)",
        ),
        # "proven" is an outcome the quote must speak of, not the headline's count of claims
        (NOT_PROVEN, "were most of the lancashire sexual assault allegations proven", "21 found"),
        # a figure later in a paragraph answers for the close sentence that opens it
        (OPENED_PARAGRAPH, "how many cases did the alliance psd look back over", "73 cases"),
        # "John Campion said:" is quoted with what he said, on the lines after it
        (SPEAKER, "what did the west mercia pcc john campion say", "said:\n\n“One officer"),
        # jail is what was done, as sacking is: the quote must speak of it
        (JAILED, "did any of the west mercia officers end up in jail", "sent to prison"),
    ],
    ids=["list-by-force", "not-proven", "opened-paragraph", "speaker", "jailed"],
)
def test_an_article_as_real_pages_are_answers_its_question(
    knowledge_copy: Path, tmp_path: Path, minilm, text: str, question: str, quoted: str
) -> None:  # type: ignore[no-untyped-def]
    service = _indexed_with(knowledge_copy, tmp_path, minilm, "article.txt", text)
    answer = service.answer(question)
    assert answer.answered
    assert answer.quotes[0].source.id == "article" and quoted in answer.quotes[0].text
