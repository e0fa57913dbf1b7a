"""Figures read from the five seed documents, and what must never be read as a figure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.figures import extract_figures
from index.models import Figure

MET = "Metropolitan Police"
ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = (Path("/work/shared/seeds"), ROOT / "knowledge" / "sources" / "seeds")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A deliberately simple splitter for these tests: every line break ends a sentence, and so
    does ". ", "? " or "! " before a capital letter or an opening quote."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for gap in re.finditer(r"(?<=[.!?])\s+(?=[A-Z“\"‘])", line.group(0)):
            spans.append((start, line.start() + gap.start()))
            start = line.start() + gap.end()
        spans.append((start, line.end()))
    return spans


def seed_text(prefix: str) -> str:
    for folder in SEED_DIRS:
        found = sorted(folder.glob(f"{prefix}_*.txt")) if folder.is_dir() else []
        if found:
            return found[0].read_text(encoding="utf-8")
    pytest.skip(f"seed {prefix} not found")


def seed_figures(prefix: str, force: str | None = None) -> tuple[str, list[Figure]]:
    text = seed_text(prefix)
    return text, extract_figures(prefix, text, split_sentences(text), default_force=force)


def figure(figures: list[Figure], text: str, sentence: str = "") -> Figure:
    """The one figure written ``text`` in a sentence that contains ``sentence``."""
    found = [f for f in figures if f.text == text and sentence in f.sentence]
    assert len(found) == 1, f"{text!r} in {sentence!r}: {[f.sentence for f in found]}"
    return found[0]


def years(f: Figure) -> tuple[int | None, int | None] | None:
    return (f.period.start_year, f.period.end_year) if f.period else None


def assert_well_formed(text: str, figures: list[Figure]) -> None:
    spans = [(f.start, f.end) for f in figures]
    assert spans == sorted(spans) and len(set(spans)) == len(spans)
    for f in figures:
        assert text[f.start : f.end] == f.text
        assert text[f.sentence_start : f.sentence_end] == f.sentence
        assert f.sentence_start <= f.start and f.end <= f.sentence_end
        assert f.counts is None or f.counts in f.sentence or f.counts in text


def assert_not_figures(figures: list[Figure], texts: list[str]) -> None:
    written = {f.text for f in figures}
    for text in texts:
        assert text not in written, text


@pytest.fixture(scope="module")
def independent() -> tuple[str, list[Figure]]:
    return seed_figures("000", MET)


@pytest.fixture(scope="module")
def observer() -> tuple[str, list[Figure]]:
    return seed_figures("001", MET)


@pytest.fixture(scope="module")
def eye_of_media() -> tuple[str, list[Figure]]:
    return seed_figures("002", MET)


@pytest.fixture(scope="module")
def foi_log() -> tuple[str, list[Figure]]:
    return seed_figures("003", MET)


@pytest.fixture(scope="module")
def byline() -> tuple[str, list[Figure]]:
    return seed_figures("004")


# --- 000: The Independent --------------------------------------------------------------------


def test_independent_share_and_its_total(independent: tuple[str, list[Figure]]) -> None:
    text, figures = independent
    assert_well_formed(text, figures)
    share = figure(figures, "31 out of 562")
    assert (share.value, share.of_total, share.kind) == (31, 562, "share")
    assert share.qualifier == "only" and share.unit == "officers"
    assert share.counts == "officers who had been accused of sexual assault faced any proceedings"
    assert years(share) == (2012, 2018)
    assert share.period and share.period.text == "between 1 January 2012 and 2 June 2018"
    assert share.force == MET
    total = figure(figures, "562")
    assert (total.value, total.unit, total.kind, years(total)) == (
        562,
        "officers",
        "total",
        (2012, 2018),
    )


def test_independent_cases(independent: tuple[str, list[Figure]]) -> None:
    _, figures = independent
    public = figure(figures, "313")
    assert (public.value, public.unit) == (313, "cases")
    assert public.counts == "cases were made by members of the public"
    other = figure(figures, "249")  # "the other 249 were from ...": listed with 313
    assert (other.value, other.unit) == (249, "cases")
    retired = figure(figures, "33")
    assert retired.unit == "cases" and (retired.counts or "").startswith(
        "cases the accused officers retired"
    )
    one = figure(figures, "one", "In only one case")
    assert (one.value, one.unit, one.qualifier) == (1, "cases", "only")


def test_independent_ratio_and_jail_term(independent: tuple[str, list[Figure]]) -> None:
    _, figures = independent
    ratio = figure(figures, "three times more")
    assert (ratio.value, ratio.kind, ratio.unit) == (3, "ratio", "reports")
    assert years(ratio) == (2012, 2017)
    jailed = figure(figures, "nine", "In November 2018")
    assert (jailed.value, jailed.unit, years(jailed)) == (9, "years", (2018, 2018))
    charges = figure(figures, "two", "two charges of rape")
    assert (charges.unit, years(charges)) == ("charges", (2010, 2010))


def test_independent_non_figures(independent: tuple[str, list[Figure]]) -> None:
    text, figures = independent
    assert_not_figures(
        figures, ["2012", "2018", "1", "2", "30", "9", "2010", "16", "2017", "RZcoM1DFQU"]
    )
    # nothing inside the tweet's links, handles or dates
    for hidden in ("https://t.co/RZcoM1DFQU", "@metpoliceuk", "30 November 2018", "#MeToo"):
        at = text.index(hidden)
        assert not [f for f in figures if f.start < at + len(hidden) and at < f.end], hidden
    assert len(figures) == 10


# --- 001: The Observer -----------------------------------------------------------------------


def test_observer_figures(observer: tuple[str, list[Figure]]) -> None:
    text, figures = observer
    assert_well_formed(text, figures)
    headline = figure(figures, "119", "MET OFFICERS disciplined")
    assert (headline.unit, headline.qualifier) == ("allegations", None)  # "over" means about
    total = figure(figures, "594")
    assert (total.value, total.unit, years(total), total.force) == (
        594,
        "complaints",
        (2012, 2018),
        MET,
    )
    upheld = figure(figures, "119", "of which just 119 were upheld")
    assert (upheld.unit, upheld.qualifier, years(upheld)) == ("complaints", "just", (2012, 2018))
    removed = figure(figures, "63")
    assert removed.value == 63 and removed.unit == "cases"
    assert removed.counts == "led to the ultimate removal of the accused from the police force"
    assert_not_figures(figures, ["2012", "2018", "one"])


# --- 002: The Eye Of Media -------------------------------------------------------------------


def test_eye_of_media_totals(eye_of_media: tuple[str, list[Figure]]) -> None:
    text, figures = eye_of_media
    assert_well_formed(text, figures)
    accused = figure(figures, "1,492")
    assert (accused.value, accused.unit, years(accused), accused.force) == (
        1492,
        "officers",
        (2014, 2024),
        MET,
    )
    assert accused.counts == "officers accused of a sexual allegation"
    cases = figure(figures, "18,000")
    assert (cases.value, cases.unit) == (18000, "cases")
    by_year = {f.text: (f.value, f.unit, years(f)) for f in figures if f.text in ("1,571", "2,074")}
    assert by_year == {
        "1,571": (1571, "cases", (2022, 2022)),
        "2,074": (2074, "cases", (2023, 2023)),
    }


def test_eye_of_media_listed_figures_inherit(eye_of_media: tuple[str, list[Figure]]) -> None:
    _, figures = eye_of_media
    abused = figure(figures, "69")
    assert abused.counts == "officers abused their position for a sexual purpose"
    assert abused.period and abused.period.text == "over a 10 year period"
    harassment = figure(figures, "248")
    assert (harassment.unit, harassment.counts) == (
        "officers",
        "were reported for sexual harassment",
    )
    other = figure(figures, "544")
    assert (other.unit, other.counts) == ("cases", "cases of other sexual assaults")
    listed = [figure(figures, n, "544 cases") for n in ("81", "72", "4")]
    assert [(f.value, f.unit, years(f), f.counts) for f in listed] == [
        (81, "cases", (2022, 2022), "cases of other sexual assaults"),
        (72, "cases", (2023, 2023), "cases of other sexual assaults"),
        (4, "cases", (2024, 2024), "cases of other sexual assaults"),
    ]
    assert listed[2].qualifier == "just"


def test_eye_of_media_assaults_by_year(eye_of_media: tuple[str, list[Figure]]) -> None:
    _, figures = eye_of_media
    total = figure(figures, "944")
    assert (total.unit, total.counts) == ("assaults", "Sexual assaults")
    assert total.period and total.period.start_year is None  # "in the 10 year period"
    by_year = [(f.value, years(f)) for f in figures if f.text in ("116", "169", "157", "23")]
    assert by_year == [
        (116, (2021, 2021)),
        (169, (2022, 2022)),
        (157, (2023, 2023)),
        (23, (2024, 2024)),
    ]
    assert {f.unit for f in figures if f.text in ("116", "169", "157", "23")} == {"assaults"}


def test_eye_of_media_other_figures(eye_of_media: tuple[str, list[Figure]]) -> None:
    _, figures = eye_of_media
    suspensions = figure(figures, "931")
    assert suspensions.unit == "suspensions"
    assert (suspensions.counts or "").startswith("suspensions or restrictions against officers")
    further = figure(figures, "700")
    assert (further.unit, further.qualifier) == ("officers", "a further")
    distrust, women = figure(figures, "42%"), figure(figures, "47%")
    assert (distrust.value, distrust.unit, distrust.kind) == (42, "percent", "share")
    assert (women.value, women.unit) == (47, "percent")
    assert women.counts and women.counts.startswith("female respondents")
    records = figure(figures, "161")
    assert (records.unit, records.force) == ("officers", MET)
    rate = figure(figures, "one in 200")
    assert (rate.value, rate.of_total, rate.kind, rate.unit, rate.qualifier) == (
        1,
        200,
        "share",
        "officers",
        "around",
    )
    hundreds = figure(figures, "Hundreds")
    assert (hundreds.value, hundreds.unit) == (None, "officers")
    assert hundreds.period and hundreds.period.text == "in the past decade"


def test_eye_of_media_non_figures(eye_of_media: tuple[str, list[Figure]]) -> None:
    _, figures = eye_of_media
    assert_not_figures(figures, ["22", "10", "ten", "2014", "2024", "2022", "one", "single"])
    # "one officer who faced 11 claims": the claims are a figure, the determiner is not
    assert figure(figures, "11").unit == "allegations"
    assert not [f for f in figures if "one thing is abundantly clear" in f.sentence]


# --- 003: Met FOI disclosure log -------------------------------------------------------------


def test_foi_log_has_no_figures(foi_log: tuple[str, list[Figure]]) -> None:
    text, figures = foi_log
    assert "01.FOI.22.025664" in text and "\n1. The number" in text
    # the reference number, the request's list numbers and its dates are not figures
    assert figures == []


# --- 004: Byline Times -----------------------------------------------------------------------


def test_byline_shares(byline: tuple[str, list[Figure]]) -> None:
    text, figures = byline
    assert_well_formed(text, figures)
    quarters = [f for f in figures if f.text == "Three-Quarters"]
    assert len(quarters) == 2  # the headline appears twice in the capture
    assert {(f.value, f.kind, f.unit) for f in quarters} == {(0.75, "share", "officers")}
    nine = figure(figures, "Nine out of 12")
    assert (nine.value, nine.of_total, nine.kind, nine.unit) == (9, 12, "share", "officers")
    assert (years(nine), nine.force) == ((2017, 2020), "England and Wales")
    assert figure(figures, "12", "Nine out of 12").kind == "total"
    rape = figure(figures, "one in 60")
    assert (rape.value, rape.of_total, rape.unit, rape.qualifier) == (1, 60, "cases", "fewer than")


def test_byline_counts(byline: tuple[str, list[Figure]]) -> None:
    _, figures = byline
    forces = figure(figures, "18", "complaints outcomes in 18 police forces")
    assert (forces.value, forces.unit) == (18, "forces")
    disciplined = figure(figures, "three", "only three officers were disciplined")
    assert (disciplined.unit, disciplined.qualifier) == ("officers", "only")
    sacked = figure(figures, "three", "three were sacked")
    assert sacked.unit == "officers"
    northumbria = figure(figures, "three", "Northumbrian force")
    assert (northumbria.unit, northumbria.force) == ("officers", "Northumbria Police")
    complaint = figure(figures, "15")
    assert (complaint.unit, complaint.counts) == ("forces", "police forces")
    hearings = figure(figures, "18", "analysed 18 forces")
    assert (hearings.unit, years(hearings)) == ("forces", (2017, 2020))
    more = figure(figures, "one", "more than one officer")
    assert (more.qualifier, more.unit) == ("more than", "officers")


def test_byline_percentages_and_change(byline: tuple[str, list[Figure]]) -> None:
    _, figures = byline
    report = figure(figures, "20%")
    assert (report.value, report.unit, report.qualifier) == (20, "percent", "fewer than")
    charged = figure(figures, "1.6%")
    assert (charged.value, charged.qualifier) == (1.6, "only")
    rise = figure(figures, "173%")
    assert (rise.value, rise.unit, rise.kind, years(rise)) == (
        173,
        "percent",
        "ratio",
        (2014, 2018),
    )
    tripled = figure(figures, "tripled")
    assert (tripled.value, tripled.kind, tripled.qualifier, tripled.unit) == (
        3,
        "ratio",
        "nearly",
        "rapes",
    )


def test_byline_non_figures(byline: tuple[str, list[Figure]]) -> None:
    _, figures = byline
    assert_not_figures(figures, ["33", "15-year-old", "2020", "2017", "2014", "One"])
    ages = [f for f in figures if f.text in ("33", "15") and "year-old" in f.sentence]
    assert ages == []


# --- rules beyond the seeds ------------------------------------------------------------------


def _extract(text: str) -> list[Figure]:
    return extract_figures("t", text, split_sentences(text))


def test_table_rows_take_year_and_column() -> None:
    text = "Year | Allegations | Upheld\n--- | --- | ---\n2019 | 45 | 12\n2020 | 1,203 | 7\n"
    got = [(f.text, f.unit, f.counts, years(f)) for f in _extract(text)]
    assert got == [
        ("45", "allegations", "Allegations", (2019, 2019)),
        ("12", None, "Upheld", (2019, 2019)),
        ("1,203", "allegations", "Allegations", (2020, 2020)),
        ("7", None, "Upheld", (2020, 2020)),
    ]


def test_table_with_years_as_columns() -> None:
    text = "Allegation type\t2021\t2022\nRape\t5\t9\n"
    got = [(f.text, f.unit, years(f)) for f in _extract(text)]
    assert got == [("5", "rapes", (2021, 2021)), ("9", "rapes", (2022, 2022))]


@pytest.mark.parametrize(
    "text",
    [
        "See section 5(2) and page 3 of the Police Act 1996.",
        "Watch on the website and live on Freeview channel 276",
        "Call 0207 230 1212 at 10:30 on 12/03/2021.",
        "Published on 2 June 2018 and updated June 3, 2019.",
        "A 33-year-old man, aged 45, said covid-19 hit.",
        "Darren Bond, 46, is due to be sentenced. PC Joseph McCabe, 27, was convicted.",
        "1. The number of allegations\n2. The outcome",
        "Reference 01.FOI.22.025664 at https://t.co/AbC123 by @force99 #Me2",
        "One of the officers said one thing.",
    ],
)
def test_things_that_are_not_figures(text: str) -> None:
    assert _extract(text) == []


def test_vague_and_word_figures() -> None:
    figures = _extract("Dozens of officers, some 1,200 complaints and a dozen cases were seen.")
    got = [(f.text, f.value, f.unit, f.qualifier) for f in figures]
    assert got == [
        ("Dozens", None, "officers", None),
        ("1,200", 1200, "complaints", "some"),
        ("a dozen", 12, "cases", None),
    ]


def test_a_year_followed_by_a_noun_is_a_count() -> None:
    (f,) = _extract("In total 2000 officers were vetted.")
    assert (f.value, f.unit) == (2000, "officers")


def test_a_year_after_more_than_is_a_count_of_what_follows() -> None:
    (f,) = _extract("The officer exchanged more than 2000 messages with the woman.")
    assert (f.value, f.qualifier) == (2000, "more than")
    assert not _extract("Reports rose in 2021, back to about 2019 levels.")


def test_a_count_with_no_noun_counts_what_was_counted_before() -> None:
    figures = _extract(
        "Some 196 individuals are being referred. About 246 will see no further action."
    )
    assert [(f.value, f.unit) for f in figures] == [(196, "people"), (246, "people")]


def test_a_count_after_what_was_done_counts_officers() -> None:
    figures = _extract("Even fewer were sacked - just 36 (2.7%) over the same period.")
    assert [(f.value, f.unit) for f in figures] == [(36, "officers"), (2.7, "percent")]


def test_none_is_a_count_of_nought() -> None:
    figures = _extract(
        "Three officers were disciplined. None were arrested. None of this was new. "
        "No officer was charged. No data was held."
    )
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("Three", 3, "officers"),
        ("None", 0, "officers"),
        ("No", 0, "officers"),
    ]


def test_no_one_is_a_count_of_nought() -> None:
    """ "no one has been fired because of complaints made by the public" (real68 cm007)."""
    figures = _extract("It is unlikely, and no one has been fired because of complaints.")
    assert [(f.text, f.value, f.unit) for f in figures] == [("no one", 0, "officers")]


def test_no_before_what_was_counted_is_a_count_of_nought() -> None:
    """ "No sexual assault complaints were made ... in 2022" answers how many were made in 2022;
    "No further action was taken" counts nothing."""
    figures = _extract(
        "No sexual assault complaints were made against officers in 2022, but two were made in "
        "2023. No further action was taken."
    )
    assert [(f.text, f.value, f.unit, years(f)) for f in figures] == [
        ("No", 0, "complaints", (2022, 2022)),
        ("two", 2, "complaints", (2023, 2023)),
    ]


def test_a_rate_per_so_many_is_one_figure() -> None:
    """ "747 per 1,000 employees" is a rate, not 747 of something and 1,000 employees."""
    figures = _extract(
        "There were 747 per 1,000 employees, while the Met received 423 per 1,000. This "
        "represents 189 complaints per 1,000 employees."
    )
    assert [(f.text, f.kind, f.of_total) for f in figures] == [
        ("747 per 1,000", "share", 1000),
        ("423 per 1,000", "share", 1000),
        ("189 complaints per 1,000", "share", 1000),
    ]


def test_a_range_is_one_figure_of_what_follows_it() -> None:
    """ "“two to three” officers a week" counts officers, not "to"; "from 12 to 30" is two."""
    figures = _extract(
        "For months to come, “two to three” officers a week would face trial. "
        "The number rose from 12 to 30 officers."
    )
    assert [(f.text, f.unit) for f in figures] == [
        ("two to three", "officers"),
        ("12", None),
        ("30", "officers"),
    ]


def test_there_were_is_no_subject_before_a_figure() -> None:
    """ "Last year there were 70 IOPC probes": the figure counts probes, not years."""
    figures = _extract("Last year there were 70 IOPC probes of police officers, as opposed to 10.")
    assert [(f.value, f.unit) for f in figures] == [(70, "investigations"), (10, "investigations")]


def test_of_them_counts_what_was_counted_last() -> None:
    figures = _extract(
        "Thirty-one officers faced misconduct hearings. The summary covers hearings. "
        "Six of them were dismissed."
    )
    assert [(f.text, f.unit) for f in figures] == [("Thirty-one", "officers"), ("Six", "officers")]


def test_of_those_counts_no_span_of_time_written_after_the_count() -> None:
    """ "42 officers ... in the first two months. 15 of those were warned": officers, not months
    (real52 bw019)."""
    figures = _extract(
        "The force disciplined 42 officers in the first two months of this year. "
        "However, 15 of those brought before a hearing escaped with a written warning."
    )
    assert [(f.text, f.unit) for f in figures][-1] == ("15", "officers")


def test_a_figure_for_the_year_before_counts_the_year_before_the_sentences() -> None:
    """ "192 officers were sacked in 2021-22, up from 179 the year before": 179 were sacked in
    2020-21 (real43 bn018); a rise "on the year before" is this year's."""
    figures = _extract(
        "Across England and Wales 192 officers were sacked in 2021-22, up from 179 the year before."
        " In 2023 there were 40 dismissals, a rise of 35% on the year before."
    )
    assert [(f.text, f.period.years if f.period else None) for f in figures] == [
        ("192", {2021, 2022}),
        ("179", {2020, 2021}),
        ("40", {2023}),
        ("35%", {2023}),
    ]


def test_a_figure_that_was_something_counts_it() -> None:
    figures = _extract("In all 1,300 people were referred (972 were police officers).")
    assert [(f.text, f.unit) for f in figures] == [("1,300", "people"), ("972", "officers")]


def test_an_aside_in_the_subject_leaves_what_it_counts() -> None:
    (f,) = _extract("The number of regular officers (excluding specials) barred was 394.")
    assert (f.text, f.unit) == ("394", "officers")


def test_a_labelled_value_counts_what_its_label_says() -> None:
    figures = _extract("Complaints Received\n\nComplaints 1\nAllegations 10\nRetired/ Resigned 2\n")
    assert [(f.text, f.unit, f.counts) for f in figures] == [
        ("1", "complaints", "Complaints"),
        ("10", "allegations", "Allegations"),
        ("2", None, "Retired/ Resigned"),
    ]


def test_the_following_twelve_months_are_the_year_after_the_one_stated_before() -> None:
    figures = _extract(
        "From April 2016 to March 2017, forces made 100 referrals. "
        "This increased to 172 in the following 12 months."
    )
    assert [(f.text, f.period.years if f.period else None) for f in figures] == [
        ("100", {2016, 2017}),
        ("172", {2017, 2018}),
    ]


@pytest.mark.parametrize(
    ("sentence", "written", "kind"),
    [
        (
            "The overall figure represents an increase of almost 70% from the previous year.",
            "70%",
            "ratio",
        ),
        ("233% rise in police staff convicted of sexual offences", "233%", "ratio"),
        (
            "There were 1,947 allegations in the year to March 2023, up 22% on the year before.",
            "22%",
            "ratio",
        ),
        ("Up to 40% of officers were never vetted again.", "40%", "share"),
        ("Of those, 45% were dismissed.", "45%", "share"),
        ("Reports saw just 9pc of such allegations leading to charges.", "9pc", "share"),
        (
            "Annual figures for sexual offence allegations increased five-fold between 2019"
            " and 2022.",
            "five-fold",
            "ratio",
        ),
    ],
)
def test_a_change_is_told_from_a_share(sentence: str, written: str, kind: str) -> None:
    """A percentage or a multiple by which something rose or fell, written before or after
    its figure."""
    found = figure(extract_figures("s", sentence, split_sentences(sentence)), written)
    assert found.kind == kind


def test_a_sentence_period_with_years_comes_before_one_without() -> None:
    """ "Last year" is when the charity asked; the cases are those of the range it gives."""
    sentence = (
        "Last year, Refuge collected data through a Freedom of Information request, which "
        "showed that between 1st May 2022 and 1 May 2023, there were 1,124 cases of "
        "VAWG-related misconduct."
    )
    found = figure(extract_figures("s", sentence, split_sentences(sentence)), "1,124")
    assert years(found) == (2022, 2023)


def test_a_local_story_s_sentence_on_the_whole_country_is_not_about_its_force() -> None:
    text = (
        "TBIJ revealed that 1,319 police officers and staff across the UK were accused. "
        "There were 19 staff members included in these figures."
    )
    national, local = extract_figures("s", text, split_sentences(text), "South Wales Police")
    assert (national.text, national.force) == ("1,319", None)
    assert (local.text, local.force) == ("19", "South Wales Police")


def test_a_figure_with_words_of_its_own_counts_no_span_it_follows() -> None:
    """ "a ten-year review found 5,073 personnel ...": the 5,073 are people, not years; "jailed
    for 6 years and his colleague 4" lists a second span."""
    review = "The ten‑year vetting review found 5,073 personnel were not properly checked."
    assert [(f.value, f.unit) for f in _extract(review)] == [(10.0, "years"), (5073.0, None)]
    jailed = "He was jailed for 6 years and his colleague 4."
    assert [f.unit for f in _extract(jailed)] == ["years", "years"]


def test_a_figure_with_words_of_its_own_is_no_share_it_follows() -> None:
    """ "Just 36 officers and staff, 2.7% of the total reported, were dismissed, while 203
    either resigned or retired": the 203 are the officers and staff, not a share (real71); and
    "15 were upheld" after a share counts no share either."""
    dismissed = (
        "Just 36 officers and staff, 2.7% of the total reported, were dismissed, while 203 "
        "either resigned or retired or left for other reasons."
    )
    assert [f.unit for f in _extract(dismissed)] == ["officers", "percent", "officers"]
    upheld = "Complaints rose by 20%. Of them, 15 were upheld."
    assert [f.unit for f in _extract(upheld)] == ["percent", None]


def test_a_dash_from_a_total_to_its_parts_is_no_range() -> None:
    """ "14 – 2 staff and 12 officers": 14 in all, then its parts; "800-1,000" is a range."""
    parts = "14 – 2 staff and 12 officers, 6 dismissed."
    assert [f.value for f in _extract(parts)] == [14.0, 2.0, 12.0, 6.0]
    assert [f.value for f in _extract("Between 800-1,000 officers were accused.")] == [None]


def test_a_period_written_without_its_year_is_dated_by_its_source() -> None:
    """ "including eight in the year to March", in a story of August 2022, counts the year to
    March 2022 (real53 bx017); with no date of writing, the period has no years."""
    sentence = (
        "Home Office data shows 30 officers have been dismissed from the force since April "
        "2017 – including eight in the year to March."
    )
    spans = split_sentences(sentence)
    assert years(figure(extract_figures("s", sentence, spans, written=(2022, 8)), "eight")) == (
        2021,
        2022,
    )
    undated = figure(extract_figures("s", sentence, spans), "eight")
    assert undated.period is not None and undated.period.start_year is None


def test_a_span_counted_back_is_dated_from_where_it_is_written() -> None:
    """ "over the past five years. In the last decade, 13 officers ...", in a story of 2025:
    the years written into the first span do not move the second onto it (real64 ci006)."""
    text = (
        "A total of 57 officers have faced disciplinary action over the past five years. "
        "In the last decade, 13 officers have been dismissed."
    )
    found = extract_figures("s", text, split_sentences(text), written=(2025, 3))
    assert years(figure(found, "57")) == (2020, 2025)
    assert years(figure(found, "13")) == (2015, 2025)


def test_each_figure_of_a_run_of_years_takes_the_period_written_before_it() -> None:
    """ "In the year to June 2021 56 were charged, while the following year that figure was 58
    and in the year to June 2023 it was 52" counts each in its own year, and counts officers
    charged, not years (real56 ca027)."""
    sentence = (
        "In the year to June 2021 56 were charged, while the following year that figure was 58 "
        "and in the year to June 2023 it was 52."
    )
    found = _extract(sentence)
    assert [(f.text, f.unit, years(f)) for f in found] == [
        ("56", "officers", (2020, 2021)),
        ("58", "officers", (2021, 2022)),
        ("52", "officers", (2022, 2023)),
    ]


def test_a_range_written_with_a_dash_is_a_rough_count() -> None:
    """ "between 800-1,000 bobbies" counts officers, roughly (real64 ci012); a date, a span of
    years and a code written with dashes are no range."""
    bobbies = _extract("The conduct of between 800-1,000 bobbies is being looked into.")
    assert [(f.text, f.value, f.unit) for f in bobbies] == [("800-1,000", None, "officers")]
    assert _extract("On 01-02-2020, in 2012-18 and in 2019-04, the A-10 unit met.") == []


def test_a_broadcaster_s_channel_is_no_figure() -> None:
    """ "Channel Four's Dispatches" and "BBC Radio 4" name channels, not counts of four."""
    sentence = (
        "Channel Four's Dispatches reveals the service had 166 officers accused, and BBC Radio 4 "
        "was told five were dismissed."
    )
    assert [f.text for f in _extract(sentence)] == ["166", "five"]


def test_spans_of_time_shorter_than_a_month() -> None:
    """Days, weeks, hours and minutes are spans, as years and months are: "for up to 40
    minutes" counts nothing."""
    text = "He followed her for up to 40 minutes. The hearing sat for three days over two weeks."
    units = [(f.text, f.unit) for f in extract_figures("s", text, split_sentences(text))]
    assert units == [("40", "minutes"), ("three", "days"), ("two", "weeks")]


def test_a_sum_of_money_written_short() -> None:
    """ "£7.3m" and "£4.4m" are sums of money, not reference numbers (real128 eu015); a count
    with words of its own after one ("paid to 958 civilian staff") is no sum of money."""
    sentence = (
        "As well as £20.8m paid to officers, a further £7.3m was paid to 958 civilian staff, "
        "and one force paid £30k."
    )
    found = [(f.text, f.value, f.unit) for f in _extract(sentence)]
    assert found == [
        ("£20.8m", 20_800_000, "pounds"),
        ("£7.3m", 7_300_000, "pounds"),
        ("958", 958, None),
        ("£30k", 30_000, "pounds"),
    ]
    assert [f.text for f in _extract("The request, ref 01.FOI.22.025664, came in.")] == []
