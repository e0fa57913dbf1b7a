from __future__ import annotations

import pytest

from index.passages import MAX_PASSAGE_CHARS, passages, sentence_spans


def test_offsets_are_exact_and_abbreviations_do_not_split() -> None:
    text = "Sgt. Blood was fired. Dr. Smith said 1.6% of cases\ncharged. A new line starts here."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Sgt. Blood was fired.",
        "Dr. Smith said 1.6% of cases\ncharged.",
        "A new line starts here.",
    ]


def test_a_line_broken_after_a_number_carries_on_when_the_next_starts_in_lower_case() -> None:
    # a capture's stray break: "monitoring 13 " then "serious organised crime groups"
    text = (
        "It was monitoring 13 \nserious organised crime groups (SOCGs).\n2019\nTotal 13\nOfficers"
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "It was monitoring 13 \nserious organised crime groups (SOCGs).",
        "2019",
        "Total 13",
        "Officers",
    ]


def test_a_line_break_ends_a_heading() -> None:
    text = "Data\nThe number was 1,492.\nWatershed Moment"
    texts = [p.text for p in passages("s", text)]
    assert texts == ["Data", "The number was 1,492.", "Watershed Moment"]


def test_a_sentence_leaning_on_the_last_carries_it_as_context() -> None:
    text = "There were 18,000 cases in ten years.\n\nOf those, there were 1,571 cases in 2022."
    second = passages("s", text)[1]
    assert second.text.startswith("Of those")
    assert text[second.quote_start : second.end] == text


def test_short_lines_breaking_down_a_total_lean_on_the_sentence_stating_it() -> None:
    text = (
        "In all, 40 officers were dismissed for sexual misconduct.\n\n"
        "2016 to 2019 – Total 9 officers\n\n2020 to 2024 – Total 31 officers\n\nMore follows."
    )
    first, second, third, fourth = passages("s", text)
    assert second.quote_start == third.quote_start == 0  # what they count is said only there
    assert first.context_start is None and fourth.context_start is None
    # a header of years is no breakdown, and a sentence with no figure heads none
    text = "Please find the figures below.\n\n2017 2018 2019\n\nComplaints received 3 5 3"
    assert all(p.context_start is None for p in passages("s", text))


@pytest.mark.parametrize(
    ("text", "ordinal", "leans_on"),
    [
        # a part of the total before it
        ("Since 2014 there were 320 referrals. Of the total referrals, 57 needed it.", 1, 0),
        # a count with no subject of its own: what the sentence before counts, over a line that
        # is no sentence, but not when that sentence states no figure
        ("Of the 12 cases found, three led to discipline. None were arrested.", 1, 0),
        (
            "In all, 1,319 were reported.\n\nSEE ALSO: Another story\n\nJust 36 were sacked.",
            2,
            0,
        ),
        ("The force would not comment. Just 36 had been dismissed.", 1, None),
        # a value on the line under its label
        ("Sent on:\n30 December 2022\n\nDear Iain,", 1, 0),
        ("Sent on:\n30 December 2022\n\nDear Iain,", 2, None),
        # a rate of the figure before it
        ("Kent logged 1,719 complaints. The equivalent of 430 per 1000 employees.", 1, 0),
        ("Kent logged 2,161 complaints. This represents 189 per 1,000 employees.", 1, 0),
        # what the nine are, who "relate to" a kind of allegation (real61 cf024)
        (
            "The Force has 16 officers suspended. Nine relate to allegations of rape.",
            1,
            0,
        ),
        # who "the officer" is (real65 cj027)
        (
            "The longest suspension came in 2012. The officer was suspended for 299 days.",
            1,
            0,
        ),
        # what rose (real64 ci029)
        (
            "170 MoD Police officers are under investigation. This is an increase of nearly 400%.",
            1,
            0,
        ),
        # what rose, and what it amounts to (real71 cp028, real69 cn022)
        (
            "141 officers are on restricted duties. This is up 48 per cent from 97 a year ago.",
            1,
            0,
        ),
        (
            "Almost 100 GMP officers are investigated. This amounts to around 1% of the force.",
            1,
            0,
        ),
        # what "such allegations" are, and which force "the force" is
        (
            "Kent had the most complaints of sexual misconduct. There were 20 such allegations.",
            1,
            0,
        ),
        (
            "For Kent Police, 269 officers were accused. The force is made up of 4,000 people.",
            1,
            0,
        ),
        ("Most officers were cleared. The force is made up of 4,000 people.", 1, None),
        # a count that names nothing it counts, and one that names what it counts
        ("Misconduct accusations are up. There were 210 in 2022, rising to 274 in 2023.", 1, 0),
        ("Misconduct accusations are up. There were 210 allegations in 2022.", 1, None),
    ],
)
def test_a_sentence_leans_on_the_one_before_when_it_needs_it(
    text: str, ordinal: int, leans_on: int | None
) -> None:
    found = passages("s", text)
    assert found[ordinal].context_start == (None if leans_on is None else found[leans_on].start)


def test_an_attribution_line_is_not_leaned_on() -> None:
    text = "— Someone (@someone) 9 November 2018\nIn the same month a sergeant was fired."
    assert passages("s", text)[1].context_start is None


def test_a_sentence_that_only_names_the_speaker_carries_the_quotation_before_it() -> None:
    text = '"Why are sackings so rare?" Jane Doe, a campaigner, told the Gazette. She said more.'
    named = passages("s", text)[1]
    assert text[named.quote_start : named.end] == text[: text.index(" She")]
    # a sentence that says more than who spoke stands alone
    text = '"Why?" She said several women had waited more than a year to be told the outcome.'
    assert passages("s", text)[1].context_start is None


def test_long_sentences_are_cut_at_clauses() -> None:
    text = ", ".join(f"clause number {i} about officers" for i in range(60)) + "."
    pieces = passages("s", text)
    assert len(pieces) > 1
    assert all(len(p.text) <= MAX_PASSAGE_CHARS and text[p.start : p.end] == p.text for p in pieces)


def test_a_hard_wrapped_paragraph_is_read_as_prose() -> None:
    # as text copied from a PDF or an email: a wrap before a capital does not end a sentence
    text = (
        "Allegations by year\n\n"
        "Between 2019 and 2023, 212 allegations of sexual misconduct against Greater Manchester\n"
        "Police officers were recorded, and 31 of them were upheld. Nine officers were\n"
        "Dismissed, the force said in a statement issued on the day the figures came out.\n"
        "It takes every allegation seriously.\n\n"
        "- a list item that is long enough to look like a wrapped line of prose\n"
        "- another list item that is long enough to look like a wrapped line\n"
        "- a third one, which keeps its own line as a list item should do\n\n"
        "- 162 officers were dismissed following sexual misconduct proceedings in the\n"
        "  year ending March 2023, the highest number since the collection began.\n"
        "- a last item\n"
    )
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got[0] == "Allegations by year"
    assert got[1].startswith("Between 2019") and got[1].endswith("31 of them were upheld.")
    assert got[2].startswith("Nine officers were\nDismissed,") and got[2].endswith("came out.")
    assert got[4:7] == text.splitlines()[7:10]
    # an indented line carries on the list item above it
    assert got[7].startswith("- 162 officers") and got[7].endswith("collection began.")
    assert got[8] == "- a last item"


def test_a_number_that_opens_a_line_ends_no_sentence() -> None:
    text = "1. Main points\n\nIt rose to 12. Then it fell.\n2. The sex of each officer."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "1. Main points",
        "It rose to 12.",
        "Then it fell.",
        "2. The sex of each officer.",
    ]


def test_of_the_number_leans_back_only_on_the_sentence_that_states_it() -> None:
    text = (
        "Of all, 119 were upheld. “We expect more,” he said. Of the 119 cases, 63 led to removal."
    )
    assert passages("s", text)[-1].context_start is None


def test_a_sentence_opening_with_because_is_quoted_with_what_it_explains() -> None:
    text = "We have not given their stations. Because the numbers are small, it may identify."
    assert passages("s", text)[1].quote_start == 0


def test_a_count_over_this_period_leans_on_the_sentence_that_names_the_period() -> None:
    text = (
        "- Police Scotland reviewed domestic abuse cases between 1st January 2020 and 31st "
        "January 2023. 188 cases reported during this period were reviewed.\n"
        "The review made 14 recommendations over time."
    )
    second, third = passages("s", text)[1:]
    assert second.text.startswith("188") and second.quote_start == 0
    assert third.quote_start == third.start


def test_a_part_of_those_counted_before_leans_on_the_sentence_that_counts_them() -> None:
    text = (
        "We investigated the conduct of 262 officers or staff. "
        "While only around 17 per cent (44) of those were in an APSP case, they mattered."
    )
    second = passages("s", text)[1]
    assert second.text.startswith("While") and second.quote_start == 0


def test_a_part_of_those_leans_on_a_count_written_in_words() -> None:
    """ "he provided TVP officers with three mobile devices. One of these devices was his TVP
    work phone ..." (real41 bl023)."""
    text = "He provided officers with three mobile devices. One of these devices was a work phone."
    second = passages("s", text)[1]
    assert second.text.startswith("One of these") and second.quote_start == 0
    # "one" is as often a pronoun, and states no whole
    text = "One officer left the force. He provided two of those to investigators."
    assert passages("s", text)[1].quote_start > 0


def test_what_happened_as_a_result_leans_on_what_it_resulted_from() -> None:
    """ "No officers were dismissed as a result." says nothing of what without the sentence
    before it (real54 by020)."""
    text = (
        "The service had 166 officers accused of 245 counts of sexual misconduct. "
        "No officers were dismissed as a result."
    )
    second = passages("s", text)[1]
    assert second.text.startswith("No officers") and second.quote_start == 0


def test_instances_of_what_the_sentence_before_names_lean_on_it() -> None:
    """ "There were 125 instances of dishonesty" counts the reasons for dismissal the sentence
    before names (real42 bm024); instances of something it does not name stand alone."""
    text = (
        "It highlights the most common reason for an officer's dismissal among all forces "
        "- dishonesty. There were 125 instances of dishonesty out of a total of 912 instances. "
        "There were 40 cases of neglect."
    )
    found = passages("s", text)
    assert found[1].text.startswith("There were 125") and found[1].quote_start == 0
    assert found[2].quote_start == found[2].start


def test_what_they_made_up_leans_on_the_sentence_that_names_them() -> None:
    """ "Last year, they made up around 73% of staff involved in allegations" counts whom the
    sentence before names (real56 ca004); "They" with no figure stands alone."""
    text = (
        "Male Metropolitan Police staff still make up the overwhelming majority of staff "
        "being faced with allegations. Last year, they made up around 73% of staff involved "
        "in allegations, while female staff made up around 13%. They said more was needed."
    )
    found = passages("s", text)
    assert found[1].text.startswith("Last year, they") and found[1].quote_start == 0
    assert found[2].quote_start == found[2].start


def test_a_line_under_a_force_named_alone_is_quoted_with_that_name() -> None:
    text = (
        "Claims against officers recorded between 2016 and 2020.\n"
        "Norfolk Constabulary\n9 claims\nMale (seven), unknown (2)\n"
        "Suffolk Constabulary\n14 claims, relating to 18 officers\n\n"
        "31 forces responded to the request.\n"
    )
    quoted = [text[p.quote_start : p.end] for p in passages("s", text)]
    assert "Norfolk Constabulary\n9 claims\nMale (seven), unknown (2)" in quoted
    assert "Suffolk Constabulary\n14 claims, relating to 18 officers" in quoted
    # a new paragraph is no longer under it
    assert "31 forces responded to the request." in quoted


def test_a_sentence_ends_where_a_capture_lost_the_space_after_it() -> None:
    """ "the force's failings.Among those convicted were 11 sex offenders" (real71 cp010); a
    web address or a decimal is no sentence's end."""
    text = (
        "Critics slammed the force's failings.Among those convicted were 11 sex offenders. "
        "See sputniknews.com, Media.Com and Gov.UK for 3.5 per cent."
    )
    found = [text[s:e] for s, e in sentence_spans(text)]
    assert found == [
        "Critics slammed the force's failings.",
        "Among those convicted were 11 sex offenders.",
        "See sputniknews.com, Media.Com and Gov.UK for 3.5 per cent.",
    ]


def test_a_stored_copys_date_stamp_is_no_part_of_the_first_sentence() -> None:
    text = (
        " date 2022-04-07 The Metropolitan Police has agreed to a “zero-tolerance” policy.\n\n"
        "A report by the IOPC exposed the messages.\n"
    )
    first, second = passages("s", text)
    assert first.text == "The Metropolitan Police has agreed to a “zero-tolerance” policy."
    assert text[first.start : first.end] == first.text
    assert second.text == "A report by the IOPC exposed the messages."
