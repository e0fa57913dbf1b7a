"""The table layouts captures give (one cell a line, columns aligned by spaces, label and value
rows under the question they answer), read into rows, passages and figures."""

from __future__ import annotations

from index.cleaning import clean_text
from index.figures import extract_figures
from index.passages import passages, sentence_spans
from index.tables import cell_texts, table_rows

# A web page's table as a text capture gives it: "|" opens a row, each cell on a line of its own.
CELL_PER_LINE = """The following data is from 01/03/2021 – 28/02/2025.
-The total number of police officers accused of misconduct
157
-A breakdown of the accused officers
|
Gender |
Count |
|
Female |
31 |
|
Male |
125 |
|
Rank |
Count |
|
SGT |
29 |
"""

# Columns aligned by spaces under a line of years, as text taken from a PDF lays them out.
ALIGNED = """Please find below the number of allegations for the years 2017 to 2020.

2017 2018 2019 2020
Complaints Received
Complaints 3 5 3 4
Allegations 5 5 3 5

Outcomes
2017 2018 2019 2020
No Action 10 6 7 6
Dismissed 2 1 0 1
"""

# An FOI answer: each question of the request restated, then "label | value |" rows.
UNDER_QUESTIONS = """I note you seek access to the following information:
Since March 2021 how many officers have been removed from duty due to sexual offences?
And how many have been removed due to criminal allegations?
Decision
I have today decided to disclose the located information to you in full.
Please find below information pursuant to your request above.
This data was retrieved on 01/06/2023 from the case management system.
Since March 2021 how many officers have been removed from duty due to sexual offences?
Restricted Duties | 1 |
Suspended | 4 |
And how many have been removed due to criminal allegations?
Restricted Duties | 9 |
Dismissed | 2 |
"""

# A web page's table with no rules: each cell a paragraph of its own, header first.
CELL_PER_PARAGRAPH = """Please see the below table for the requested information:

Officer Sexual Misconduct and Complaints

Case Type

Case Recorded

Outcome

Charged/ Convicted

Summary

Conduct

Jul-17

Finalised - officer dismissed

No

Abuse of position for a sexual purpose

Conduct

Jan-20

Finalised - officer dismissed

Yes/ Yes

Allegation of rape

Conduct

Mar-20

Ongoing

No

Allegation of sexual assault

Requests for information may be refused in part.
"""

# An FOI answer that numbers its answers as the request numbered its questions.
YEARS_BY_NUMBER = """You asked:
1. How many complaints of sexual harassment, sexual assault and rape were made against
officers, community support officers and special constables between 2016 and 2018?
2. What was the outcome of each complaint?

In Response:
Searches were conducted with the Professional Standards Department.

Results include allegations made against serving officers, PCSOs and Special Constables.
1. 2016 x 14
2017 x 7
2018 x 10
"""


def _rows(text: str) -> list[list[str]]:
    return [cell_texts(text, row) for row in table_rows(text)]


def _figures(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each figure's (period, unit, counts), by the row it sits in and its text."""
    out = {}
    for f in extract_figures("s", text, sentence_spans(text)):
        line = text[text.rfind("\n", 0, f.start) + 1 : f.end]
        out[f"{line}"] = (f.period.text if f.period else None, f.unit, f.counts)
    return out


def test_one_cell_a_line_rows_are_one_passage_each_and_a_table_of_words_heads_the_next() -> None:
    assert _rows(CELL_PER_LINE) == [
        ["Gender", "Count"], ["Female", "31"], ["Male", "125"], ["Rank", "Count"], ["SGT", "29"]
    ]  # fmt: skip
    texts = [p.text for p in passages("s", CELL_PER_LINE)]
    assert "|\nFemale |\n31 |" in texts and "|\nSGT |\n29 |" in texts
    rows = table_rows(CELL_PER_LINE)
    assert rows[4].header == rows[3].start != rows[0].start  # "Rank | Count" heads its own table


def test_a_number_alone_on_its_line_is_the_value_of_the_label_above() -> None:
    texts = [p.text for p in passages("s", CELL_PER_LINE)]
    assert "-The total number of police officers accused of misconduct\n157" in texts


def test_columns_aligned_under_years_give_each_figure_its_year() -> None:
    text = clean_text(ALIGNED)  # the second "2017 2018 2019 2020" is kept: a table's header
    assert text.count("2017 2018 2019 2020") == 2
    assert ["Dismissed", "2", "1", "0", "1"] in _rows(text)
    figures = _figures(text)
    assert figures["Complaints 3 5 3"] == ("2019", "complaints", "Complaints")
    assert figures["Dismissed 2 1 0"] == ("2019", None, "Dismissed")


def test_rows_under_a_restated_question_are_headed_by_it() -> None:
    text = clean_text(UNDER_QUESTIONS)
    # the question restated above the figures is no template repeat: it is kept
    assert text.count("Since March 2021 how many officers") == 2
    rows = table_rows(text)
    suspended = next(r for r in rows if text[r.start : r.end] == "Suspended | 4 |")
    assert text[suspended.header :].startswith("Since March 2021 how many officers")
    dismissed = next(r for r in rows if text[r.start : r.end] == "Dismissed | 2 |")
    assert text[dismissed.header :].startswith("And how many have been removed")
    # "how many officers" above the rows says what they count
    assert _figures(text)["Suspended | 4"] == (None, "officers", "Suspended")


# A bulletin's table, its columns set apart by runs of spaces under a header of words.
SPACED = """Table 1: Allegations and dismissals, England and Wales

Year ending March   Allegations   Proven   Officers dismissed
2020                      1,214      287                   96
2021                      1,388      334                  108
2022                      1,602      398                  131

Source: force returns
"""


def test_columns_set_apart_by_spaces_are_a_table_and_a_year_ending_march_is_a_financial_year() -> (
    None
):
    assert _rows(SPACED)[2] == ["2021", "1,388", "334", "108"]
    texts = [p.text for p in passages("s", SPACED)]
    # the rows are not taken for a hard-wrapped paragraph
    assert "2022                      1,602      398                  131" in texts
    figures = {f.text: f for f in extract_figures("s", SPACED, sentence_spans(SPACED))}
    dismissed = figures["131"]
    assert (dismissed.unit, dismissed.counts) == ("officers", "Officers dismissed")
    assert dismissed.period is not None
    assert (dismissed.period.text, dismissed.period.start_year, dismissed.period.end_year) == (
        "2022",
        2021,
        2022,
    )


# Values an FOI answer lists, a label and one figure a line, under what they count.
LABELLED = """Please find below the number of complaints, for the year 2016.

Complaints Received

Complaints 1
Allegations 1

Internal Investigations

Conducts 7
Allegations 10
"""


def test_labelled_values_are_rows_headed_by_the_line_above_them() -> None:
    assert _rows(LABELLED) == [
        ["Complaints", "1"],
        ["Allegations", "1"],
        ["Conducts", "7"],
        ["Allegations", "10"],
    ]
    rows = table_rows(LABELLED)
    assert LABELLED[rows[3].header :].startswith("Internal Investigations")
    assert LABELLED[rows[1].header :].startswith("Complaints Received")


def test_cells_a_paragraph_each_are_rows_as_wide_as_their_header_and_no_caption_is_a_cell() -> None:
    assert _rows(CELL_PER_PARAGRAPH) == [
        ["Case Type", "Case Recorded", "Outcome", "Charged/ Convicted", "Summary"],
        [
            "Conduct",
            "Jul-17",
            "Finalised - officer dismissed",
            "No",
            "Abuse of position for a sexual purpose",
        ],
        ["Conduct", "Jan-20", "Finalised - officer dismissed", "Yes/ Yes", "Allegation of rape"],
        ["Conduct", "Mar-20", "Ongoing", "No", "Allegation of sexual assault"],
    ]
    spans = sentence_spans(CELL_PER_PARAGRAPH)
    record = CELL_PER_PARAGRAPH.index("Conduct\n\nJan-20")
    assert (record, CELL_PER_PARAGRAPH.index("rape") + len("rape")) in spans


def test_short_paragraphs_of_running_text_are_no_table() -> None:
    text = "Home\n\nNews\n\nUK\n\nPolice officers sacked\n\nPublished 3 May\n\nBy A Reporter\n"
    assert _rows(text) == []


def test_a_year_and_its_count_are_a_row_counting_what_the_line_above_names() -> None:
    assert _rows(YEARS_BY_NUMBER) == [["2016", "14"], ["2017", "7"], ["2018", "10"]]
    figures = _figures(YEARS_BY_NUMBER)
    assert figures["1. 2016 x 14"][:2] == ("2016", "allegations")
    assert figures["2017 x 7"][:2] == ("2017", "allegations")
