"""The rules retrieval weighs figures by: periods, units, a question's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import reindex
from index.models import Figure, Period
from index.question import read_question
from index.search import (
    _INTENT,
    _TREND,
    DENSE_K,
    Hit,
    PassageWords,
    Searcher,
    Topic,
    _is_headline,
    _period_matches,
    _unit_fit,
    coverage,
    lexical_terms,
    measure_fit,
    topic_terms,
)
from index.store import IndexStore
from tests.conftest import HashEmbedder


def _searcher(tmp_path: Path, embedder: HashEmbedder, files: dict[str, str]) -> Searcher:
    """A searcher over ``files`` (name -> text) alone, indexed with the hash embedder."""
    sources = tmp_path / "knowledge" / "sources"
    sources.mkdir(parents=True)
    for name, text in files.items():
        (sources / name).write_text(text, encoding="utf-8")
    reindex(tmp_path / "knowledge", tmp_path / "index", lambda: embedder, model_name="hash")
    return Searcher(IndexStore.open(tmp_path / "index"), embedder)


def _scope(searcher: Searcher, sentence: str) -> frozenset[int]:
    """The years the passage that is ``sentence`` counts, as far as it says none itself."""
    return searcher.scope_of(
        next(i for i, p in searcher.store.passages.items() if p.text == sentence)
    )


def _header(title: str, date: str) -> str:
    """The front matter of a source with a title and a date of writing."""
    return f'---\ntitle: {title}\ndate: "{date}"\n---\n\n'


def figure(period: Period | None = None, unit: str | None = "officers", kind: str = "count"):  # type: ignore[no-untyped-def]
    return Figure("s", "12", 0, 2, 12.0, unit, None, kind=kind, period=period)


@pytest.mark.parametrize(
    ("period", "asked", "scope", "fits"),
    [
        (Period("in 2022", 2022, 2022), {2022}, set(), True),
        (Period("in 2023", 2023, 2023), {2022}, set(), False),
        # a decade's total is not the figure for one year within it
        (Period("between 2014 and 2024", 2014, 2024), {2019}, set(), False),
        (Period("between 2012 and 2018", 2012, 2018), set(range(2012, 2019)), set(), True),
        # ... nor for a range that only partly overlaps it
        (Period("between 2014 and 2024", 2014, 2024), set(range(2012, 2019)), set(), False),
        # no period of its own: the source's scope serves a range, never a single year
        (None, set(range(2012, 2019)), set(range(2012, 2019)), True),
        (None, {2015}, set(range(2012, 2019)), False),
    ],
)
def test_period_fit(period: Period | None, asked: set[int], scope: set[int], fits: bool) -> None:
    assert _period_matches(figure(period), asked, scope) is fits


def test_since_a_year_is_answered_by_a_count_from_then() -> None:
    asked = read_question("how many accused since 2012")
    assert asked.since == 2012 and {2012, 2018, 2024} <= asked.years
    fits = [
        _period_matches(figure(period), asked.years, set(), since=asked.since)
        for period in (
            Period("between 2012 and 2018", 2012, 2018),
            Period("between 2014 and 2024", 2014, 2024),
            Period("between 2008 and 2018", 2008, 2018),  # counted from before
            Period("in 2012", 2012, 2012),  # one year is not the count since
        )
    ]
    assert fits == [True, True, False, False]
    counted_since = figure(Period("Since 2020", 2020, None))
    assert _period_matches(counted_since, set(range(2020, 2027)), set(), since=2020)
    assert not _period_matches(counted_since, {2020}, set())  # not the figure for 2020 alone


def test_a_count_since_a_year_runs_to_when_it_was_written() -> None:
    """ "sacked ... one officer for sexual assault since 2006, despite receiving 459
    complaints", in a story of 2015, answers "between 2006 and 2015" (real52 bw001)."""
    since = figure(Period("since 2006", 2006, None))
    assert _period_matches(since, set(range(2006, 2016)), set(), written=2015)
    assert not _period_matches(since, set(range(2006, 2016)), set())  # written when, unknown
    assert not _period_matches(since, set(range(2010, 2021)), set(), written=2015)
    assert not _period_matches(since, {2015}, set(), written=2015)  # not one year's figure


def test_years_within_a_range_answer_a_question_about_change() -> None:
    one_year, asked = figure(Period("in 2022", 2022, 2022)), {2022, 2023}
    assert not _period_matches(one_year, asked, set())  # not the total for both years
    assert _period_matches(one_year, asked, set(), trend=True)  # "did it go up from 2022"
    decade = figure(Period("between 2014 and 2024", 2014, 2024))
    assert not _period_matches(decade, set(range(2017, 2023)), set(), trend=True)


def test_unit_fit() -> None:
    how_many_officers = read_question("how many officers were sacked")
    assert _unit_fit(how_many_officers, figure(unit="officers")) == 1.0
    assert _unit_fit(how_many_officers, figure(unit="cases")) == 0.5  # kindred
    assert _unit_fit(how_many_officers, figure(unit="percent")) == 0.0
    # "99 misconduct cases have been investigated" answers how many investigations
    investigations = read_question("how many misconduct investigations has gwent police had")
    assert _unit_fit(investigations, figure(unit="cases")) == 0.5
    share = read_question("what fraction of rape cases lead to a charge")
    assert _unit_fit(share, figure(unit="cases", kind="share")) == 1.0
    growth = read_question("how much did reports increase")
    assert _unit_fit(growth, figure(unit="reports", kind="ratio")) == 1.0


def test_coverage_weighs_rare_words_and_reads_compounds() -> None:
    topic = Topic((("pension",), ("accused",)), (4.0, 1.0))
    weighted, plain = coverage(topic, PassageWords.of(["stripped", "of", "their", "pension"]))
    assert (weighted, plain) == (pytest.approx(0.8), 0.5)
    # a sentence of an article is about its headline's subject too, by rarity only
    title = PassageWords.of(["officers", "accused", "of", "sexual", "assault"])
    assert coverage(topic, PassageWords.of(["pension"]), title) == (1.0, 0.5)
    misconduct = Topic((("misconduct",),), (1.0,))
    assert coverage(misconduct, PassageWords.of(["sexual", "conduct"])) == (1.0, 1.0)


def test_a_word_is_spoken_of_whatever_consonant_its_inflection_doubles() -> None:
    """ "378 individuals being sack or quitting" speaks of quitting (real35 be006)."""
    assert PassageWords.of(["being", "sack", "or", "quitting"]).speak_of(("quit",))
    assert PassageWords.of(["barred", "for", "life"]).speak_of(("bar",))
    assert not PassageWords.of(["dressed"]).speak_of(("dres",))
    # "only 34 officers were let go": dismissed
    assert PassageWords.of_text("only 34 officers were let go").speak_of(("sacked", "dismissed"))
    assert not PassageWords.of_text("they were let down").speak_of(("sacked", "dismissed"))
    assert PassageWords.of_text("70% of cases were thrown out").speak_of(("dismissed",))


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("how many of the 594 complaints led to charges", ("594",)),
        ("officers texting a 15 year old", ()),
        ("herts cop texting a 15 yr old", ()),  # an age, however typed, is no figure
        ("a 15yo victim", ()),
        ("in a 10 year period", ()),
        ("sexism in the last 6 months", ()),  # a span of time is no figure either
        ("a 33-year-old woman", ()),
        ("is 42% right, or 1.6%", ("42%", "1.6%")),
        ("sacked in 2023", ()),
        ("accused 2012-18 how many", ()),  # the end of a range is no figure
        ("in FOI 01.FOI.22.025664, what was asked", ()),  # a reference is no figure
        ("562 or 594.", ("562", "594")),
        ("sex offenders out of how many officers? 1 in what", ()),  # the part of a rate asked
    ],
)
def test_numbers_a_question_quotes(question: str, numbers: tuple[str, ...]) -> None:
    assert read_question(question).numbers == numbers


def test_a_period_is_read_as_a_period_not_as_words() -> None:
    asked = read_question("did any officer lose their pension between 2012 and 2018")
    assert asked.terms == ("officer", "lose", "pension", "2012", "2018")
    assert read_question("accused in the ten years up to 2024").terms == ("accused", "2024")


def test_an_ordinal_in_figures_is_read_as_a_source_writes_it() -> None:
    """ "sacked the 2nd time": "dismissed from the police a second time" (real94 dm016)."""
    assert read_question("when was he sacked the 2nd time").terms == ("sacked", "second", "time")


def test_who_led_something_asks_of_leading_it_and_what_led_to_something_does_not() -> None:
    """ "who led the hmic inspection": "HMI Mike Cunningham, who led this inspection" (real29
    aw004); "how many cases led to dismissal" asks nothing of leading."""
    assert "led" in read_question("who led the hmic inspection").terms
    assert "led" not in read_question("how many cases led to dismissal").terms
    assert "led" not in read_question("who was sacked after the case led to charges").terms


def test_the_verb_for_what_a_source_calls_something_is_no_subject() -> None:
    """ "did investigators call unsubstantiated": no sentence need say "call" (real52 bw003)."""
    terms = read_question("what percent of the 459 did investigators call unsubstantiated").terms
    assert "call" not in terms
    assert "unsubstantiated" in terms


def test_what_a_question_asks_for() -> None:
    assert read_question("what years did byline's analysis cover").wants_period
    assert read_question("when was the foi request made").wants_period
    # "when" that opens a clause sets a scene; it does not ask for a date
    assert not read_question("what did the met say when the observer published it").wants_period
    assert not read_question("how long was provan jailed for").wants_period
    # ... as it does at the start of a question that asks how many (real71 cp026)
    cases = "when officers were investigated by their own force how many cases led to charges"
    assert not read_question(cases).wants_period
    assert read_question("when was the report published and how many cases were there").wants_period
    # a span with two ends ("between November 2018 and August 2019"), not the month of an arrest
    assert read_question("over what period did darbyshire commit the offences").wants_span
    assert read_question("what dates does the herald's arrest data cover").wants_span
    assert not read_question("when was darbyshire arrested").wants_span
    assert not read_question("which years did most of the sussex allegations come in").wants_span
    assert read_question("what did the met say about the figures").wants_words
    assert read_question("how did the force respond to the foi").wants_words
    assert not read_question("what did the figures show").wants_words
    assert not read_question("whats the reference number of the met foi").wants_figure
    assert not read_question("whats the reference no of the met foi").wants_figure  # fresh10 p026
    # a person asked for, though the question says "figure" or names what was counted (real43
    # bn003, real51 bv023)
    assert not read_question("which home office minister called it a shocking figure").wants_figure
    assert not read_question("which officer was convicted for sexual advances").wants_figure
    which = "which police scotland firearms officer won her sexism tribunal in 2021"
    assert not read_question(which).wants_figure  # real55 bz023
    assert not read_question("how did hmic rate essex police overall").wants_figure  # a grade
    # a time, though the question names a number (real56 ca030); "when ... how many" counts
    when = "when did rowley say the number of officers getting sacked was under engineered"
    assert not read_question(when).wants_figure
    assert read_question(
        "when the met went back over them how many officers did it flag up"
    ).wants_figure
    assert read_question("the number of officers sacked").wants_figure
    assert read_question("the other sexual assaults number for 2024").wants_figure
    assert read_question("met sex offence stats 2022").wants_figure
    assert read_question("kent police sexual misconduct allegations in 2019??").wants_figure
    # what someone told a paper about a number: their words, not a count
    told = read_question("what did the campaigner tell the gazette about the number of complaints")
    assert told.wants_words and not told.wants_figure
    assert read_question("how many were sacked, and what did the met say").wants_figure
    assert read_question("why did kent withhold the stations").wants_reason
    # why a number went up asks the reason, not the number
    why = read_question("why does scotland yard say the number of suspended officers went up")
    assert why.wants_reason and not why.wants_figure
    assert read_question("why did so many, how many were there").wants_figure
    # ... as what someone expects to happen to it asks the forecast
    assert not read_question("what do chiefs reckon will happen to the number sacked").wants_figure
    assert read_question("how many do they expect will be sacked").wants_figure
    # what one person was given is no count, though a year is named
    assert not read_question(
        "the special constable in the sting, what did he get in 2017"
    ).wants_figure
    assert read_question("what was the reason for the change").wants_reason
    # whether a force said how many is a yes or no, which "it did not provide figures" answers
    assert not read_question("did the psni say how many officers were charged").wants_figure
    assert read_question("how many officers did the psni say were charged").wants_figure
    assert not read_question("did the observer find out how many were investigated").wants_figure
    assert read_question("how big is the met's backlog of misconduct cases").wants_figure
    # "who" opening a question or a clause asks for a name; after a noun it says which ones
    assert read_question("whos the npcc lead for vetting").wants_name
    assert read_question("the bbc piece, who dug up the numbers").wants_name
    assert not read_question("how many officers who were accused kept their jobs").wants_name
    assert not read_question("what did the met say").wants_reason
    # "the most common reason officers were dismissed": a reason, and the top of a ranking
    ranked = read_question("most common reason for officers being dismissed in 2024")
    assert ranked.wants_reason and ranked.wants_most
    assert read_question("which force got the most complaints").wants_most
    assert not read_question("how many complaints were upheld").wants_most
    assert read_question("did the met refuse the foi or hand it over").wants_decision
    assert read_question("did they hold some of it back").wants_decision
    assert not read_question("how many officers were released on bail").wants_decision
    # whether a request asked for something, what someone says: no count is asked for
    assert not read_question("in the 2022 foi on allegations, did they ask for gender").wants_figure
    assert not read_question("in the 2017-2022 allegations foi what do they say").wants_figure
    assert not read_question("what happened to pc provan in 2018").wants_figure
    assert not read_question("did any officer lose their pension over it 2012-2018").wants_figure
    assert not read_question("what years does the national stats bulletin cover").wants_figure
    # the figures as the subject of another question: a reason, a part of a law
    assert not read_question("why did the met refuse to give sky the stats").wants_figure
    assert not read_question("what part of the foi act held back the stats").wants_figure
    assert read_question("why do so many, how many were sacked").wants_figure
    assert read_question("how many of the 594 complaints led to charges").part_of_number
    assert read_question("out of the 12 cops, how many were disciplined").part_of_number
    assert not read_question("one says 562, another 594: which is right").part_of_number
    assert read_question("in the independent's 562 officers, how many were women").part_of_number
    assert read_question("the met looked again at 700 cops - how many of them went").part_of_number
    assert not read_question("someone said 1 in 200 met cops have a record, real?").part_of_number
    assert not read_question("is it true only 31 out of 526 cops faced proceedings").part_of_number
    # the whole a part is asked of ends at a verb, "couldnt" too
    whole = read_question("how many of those hearings couldnt forces say were held in private")
    assert whole.whole == ("hearings",)
    # others besides a number, not a part of it
    assert not read_question("apart from the 9 suspended how many were moved").part_of_number


def test_the_whole_a_part_is_asked_of_is_read() -> None:
    """ "how many of the met hotline reports were ...": a part of the hotline's reports."""
    hotline = "how many of the met hotline reports were about sexual misconduct specifically"
    assert read_question(hotline).whole == ("met", "hotline", "reports")
    assert read_question("how many of the observer's cases went to trial").whole == (
        "observer",
        "cases",
    )
    assert not read_question("how many were sacked").whole


def test_slang_is_read_as_what_it_means() -> None:
    assert "grew" in read_question("sex allegations went up by how much").terms
    assert "jailed" in read_question("how long was he sent down for").terms
    assert "sacked" in read_question("the hearing that got rid of officer a").terms
    lost = read_question("how many cops lost their jobs over it").terms
    assert "sacked" in lost
    assert "jobs" not in lost  # "jobs" alone asks who kept them
    assert "back" not in read_question("how many were sacked back in 2020").terms
    assert "back" in read_question("did they get their jobs back").terms
    thrown = read_question("how many police scotland harassment complaints got thrown out").terms
    assert "dismissed" in thrown and "thrown" not in thrown  # real40 bk030
    assert "expedited" in read_question("how many met cases are bein fast tracked").terms


def test_officers_who_left_are_those_who_chose_to_leave(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "how many ... left the force" is asked of "97 officers have chosen to leave the force"
    (real43 bn022), which "left" did not speak of."""
    body = "A further 97 officers have chosen to leave the force.\n\nIt dismissed 33 officers.\n"
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"---\ntitle: Inquiry\n---\n\n{body}"})
    topic = searcher.topic(read_question("how many met officers under investigation left"))
    left = next(alts for alts in topic.terms if alts[0] == "left")
    spoken = {
        searcher.store.passages[pid].text[:9]: searcher.passage_words(pid).speak_of(left)
        for pid in searcher.store.passages
    }
    assert spoken == {"A further": True, "It dismis": False}


def test_out_of_is_a_share_only_after_a_number() -> None:
    assert read_question("nine out of ten kept their jobs?").wants_figure
    assert not read_question("what station was he working out of").wants_figure


def test_a_number_quoted_names_what_a_when_or_how_question_asks_about() -> None:
    assert read_question("of the 594 complaints how many were upheld").wants_figure
    assert read_question("594 complaints met").wants_figure
    assert not read_question("when were the 410 figures first reported").wants_figure
    assert not read_question("how did the met respond to the 594 complaints").wants_figure


def test_keeping_on_doing_something_is_no_job_kept() -> None:
    assert (
        "kept" not in read_question("when was the officer who kept contacting them arrested").terms
    )
    assert "kept" in read_question("how many officers kept working after it").terms


@pytest.mark.parametrize(
    ("question", "letters"),
    [
        ("when did sergeant x quit the force", ("X",)),
        ("what did officer a say at the hearing", ("A",)),
        ("what was officer a's rank", ("A",)),
        ("how long did pc b and miss a know each other", ("B", "A")),
        ("one officer a month is sacked", ()),  # an article, no name
        ("is that officer a victim too", ()),
        ("a police officer i know says so", ()),
    ],
)
def test_people_kept_anonymous_are_read_by_their_letters(
    question: str, letters: tuple[str, ...]
) -> None:
    assert read_question(question).designations == letters


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("how much did reports go up between twenty twelve and 2017", set(range(2012, 2018))),
        ("met cops sacked in twenty twenty-two", {2022}),
        ("complaints in twenty twenty", {2020}),
        ("the survey of nineteen ninety three", {1993}),
        ("twenty two officers were sacked", set()),  # a count, not a year
    ],
)
def test_years_said_in_words_are_years(question: str, years: set[int]) -> None:
    assert read_question(question).years == years


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("Rowley also vowed to remove a further 700 officers.", True),
        ("The Met was riddled with hundreds of corrupt officers who needed to be removed.", True),
        ("The ruling could in theory lead to 96 officers who failed vetting being sacked.", True),
        # a forecast (real65 cj031)
        ("About 60 officers could face the sack each month over the next two years.", True),
        ("A further 28 allegations would have resulted in dismissal.", False),
        ("Six of the officers were dismissed.", False),
    ],
)
def test_what_someone_means_or_needs_to_do_is_not_what_was_done(
    sentence: str, planned: bool
) -> None:
    assert bool(_INTENT.search(sentence)) is planned


@pytest.mark.parametrize(
    ("question", "narrowed"),
    [
        (
            "how many were sacked specifically for sexual misconduct in 2023",
            ("sexual", "misconduct"),
        ),
        (
            "how many cheshire officers were barred for sexual misconduct specifically",
            ("sexual", "misconduct"),
        ),
        ("of the 1,633 cases, how many were rape allegations specifically", ("rape",)),
        ("what % distrusted the met, and what about women in particular", ("women",)),
        ("how many complaints were upheld in 2017 specifically", ()),  # a year, no words
        ("how many officers were sacked", ()),
    ],
)
def test_what_a_question_narrows_itself_to(question: str, narrowed: tuple[str, ...]) -> None:
    asked = read_question(question)
    assert asked.insisted == narrowed
    assert "specifically" not in asked.terms  # a word no source needs to write


@pytest.mark.parametrize(
    ("question", "years"),
    [
        # a bare year before a document's name says which document
        ("what was the 2022 met foi asking for", set()),
        ("hmicfrs 2019 abuse of position report - what share", set()),
        ("met april 2023 update - how many dismissed in the last 6 months", set()),
        # ... but a year of figures is still one
        ("sexual misconduct reports 2019", {2019}),
        ("met sacked 2019 how many", {2019}),
    ],
)
def test_a_year_naming_a_document_is_no_period_asked(question: str, years: set[int]) -> None:
    assert read_question(question).years == years


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did sadiq khan say about the stats", ("sadiq", "khan")),
        (
            "what has the former chief crown prosecutor said",
            ("former", "chief", "crown", "prosecutor"),
        ),
        ("what do the stats say about 2022", ()),  # a document, not a speaker
        ("how many officers were sacked", ()),
    ],
)
def test_who_a_question_asks_to_have_spoken(question: str, speaker: tuple[str, ...]) -> None:
    assert read_question(question).speaker == speaker


@pytest.mark.parametrize(
    ("question", "checks"),
    [
        ("is it right that the met had 1,571 cases in 2021?", True),
        ("fact check: 594 complaints between 2010 and 2020", True),
        ("the met sacked 31 cops in 2019, real?", True),
        ("how many of the 594 complaints were upheld", False),  # asks, claims nothing
        ("is it true the met sacked cops", False),  # no figure to check
    ],
)
def test_a_claim_to_check_names_a_figure(question: str, checks: bool) -> None:
    assert read_question(question).checks_claim is checks
    assert read_question("what sentence did couzens get").asked == "sentence"
    assert read_question("what percentage were upheld").asked is None
    assert read_question("what did the met say").asked is None
    # "2021 vs 2024" compares the figures of two years
    assert _TREND.search("sexual assaults 2021 vs 2024?")
    assert read_question("how many in total ended up on the barred list").wants_total
    assert read_question("overall complaints against met officers 2012-18").wants_total
    assert not read_question("how many complaints were upheld in 2019").wants_total


def test_a_word_the_full_text_index_stems_harder_still_weighs(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """Porter drops a doubled last letter ("barred" is "bar") and makes a last y i ("casei"):
    the word is not taken for one that no passage uses, which would weigh nothing."""
    text = "Officers were barred from policing. Baroness Casey wrote of them. Some were planned."
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    topic = searcher.topic(read_question("how many officers were barred, casey wrote"))
    assert topic.weights and all(w > 0 for w in topic.weights)


def test_a_figure_that_counts_something_narrower_fits_less() -> None:
    asked = Topic((("sexual",), ("assaults",)), (1.0, 1.0))
    assert measure_fit(asked, "sexual assaults") == 1.0
    assert measure_fit(asked, "cases of other sexual assaults") < 1.0
    other = Topic((("other",), ("sexual",), ("assaults",)), (1.0, 1.0, 1.0))
    assert measure_fit(other, "cases of other sexual assaults") > measure_fit(
        other, "sexual assaults"
    )


def test_pcsos_are_the_community_support_officers_a_figure_spells_out(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "309 officers and police community support officers (PCSOs)" counts what "how many
    police officers n pcsos" asks (real54 by005)."""
    text = "# Convictions\n\n309 officers and police community support officers were convicted.\n"
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    topic = searcher.topic(read_question("how many police officers n pcsos were convicted"))
    assert measure_fit(topic, "officers and police community support officers") > 0


def test_generic_words_a_figure_counts_add_nothing_narrower() -> None:
    """ "307,452 officers, staff and volunteers" adds "officers" to nothing asked: every figure
    of officers says it, so it narrows nothing."""
    asked = Topic((("staff",), ("volunteers",)), (1.0, 1.0))
    assert measure_fit(asked, "officers, staff and volunteers") == 1.0
    assert measure_fit(asked, "different police forces") < 0.0


def test_full_text_search_ranks_by_the_rarest_words_within_a_budget() -> None:
    frequency = {"pension": 3, "upheld": 40, "sexual": 900, "officers": 9_000}
    # a small corpus: every word but the near-universal ones
    assert lexical_terms(frequency, common=5_000, budget=100_000) == ["pension", "upheld", "sexual"]
    # a large one: the rarest words while their rows fit, and always at least one
    assert lexical_terms(frequency, common=5_000, budget=500) == ["pension", "upheld"]
    assert lexical_terms({"sexual": 900}, common=5_000, budget=10) == ["sexual"]


@pytest.mark.parametrize(("articles", "read_whole"), [(2, True), (6, False)])
def test_a_named_source_is_read_whole_but_not_a_whole_archive(
    tmp_path: Path, hash_embedder: HashEmbedder, articles: int, read_whole: bool
) -> None:
    files = {}
    for n in range(articles):
        sentences = " ".join(f"Sentence {w} of article {n} is here." for w in range(30))
        files[f"a{n}.md"] = f"---\ntitle: Article {n}\npublisher: Northshire Gazette\n---\n\n"
        files[f"a{n}.md"] += sentences
    searcher = _searcher(tmp_path, hash_embedder, files)
    store = searcher.store
    weighed: set[int] = set()
    measured = store.similarity

    def recording(vector, pids):  # type: ignore[no-untyped-def]
        pids = list(pids)
        weighed.update(pids)
        return measured(vector, pids)

    store.similarity = recording  # type: ignore[method-assign]
    searcher.search("what did the gazette say")
    everything = articles * 30
    # the nearest passages are weighed in any case; the rest only when the source is read whole
    assert (len(weighed) + DENSE_K >= everything) is read_whole


def test_a_headline_weighs_less_than_the_body_that_states_it_in_full(
    tmp_path: Path, hash_embedder: HashEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    front = "---\ntitle: More than 100 officers sacked\npublisher: Northshire Gazette\n---\n\n"
    body = "More than 100 officers sacked\n\nIn all, 137 officers were sacked in 2021.\n"
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": front + body})

    def scores() -> dict[str, float]:
        return {h.passage.text[:8]: h.score for h in searcher.search("officers sacked")}

    weighed = scores()
    monkeypatch.setattr("index.search.W_HEADLINE", 0.0)
    unweighed = scores()
    assert unweighed["More tha"] - weighed["More tha"] == pytest.approx(0.10)
    assert unweighed["In all, "] == pytest.approx(weighed["In all, "])


def test_a_publisher_is_named_by_its_own_words_not_by_the_subject(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    named = [
        ("a", "Independent Office for Police Conduct"),
        ("b", "Dorset Police"),
        ("c", "Northshire Gazette"),
    ]
    body = "Officers of the force faced 12 conduct cases in all, the report says.\n"
    files = {
        f"{name}.md": f"---\ntitle: Report {name}\npublisher: {publisher}\n---\n\n{body}"
        for name, publisher in named
    }
    searcher = _searcher(tmp_path, hash_embedder, files)
    # "conduct cases" is the subject; "dorset" names the force, which is weighed as a force
    assert not searcher.named_sources(read_question("how many dorset conduct cases were there"))
    assert searcher.named_sources(read_question("what did the independent office say")) == {"a"}
    # a possessive typed without its apostrophe
    assert searcher.named_sources(read_question("what do the gazettes figures say")) == {"c"}
    # by its initials, as people shorten it
    assert searcher.named_sources(read_question("what did the iopc find")) == {"a"}


def test_a_reference_number_names_the_document_that_bears_it(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "what was foi 01.FOI.22.025664 asking for" names the response with that reference; a
    span of years ("2019-20") or a figure is no reference."""
    files = {
        "a.md": "---\ntitle: FOI response\npublisher: Met\n---\n\n"
        "Freedom of information request reference no: 01.FOI.22.025664\n\n"
        "I write to request the number of allegations made against serving officers.\n",
        "b.md": "---\ntitle: Story\npublisher: Gazette\n---\n\n"
        "In 2019-20 there were 12 misconduct cases against officers of the force.\n",
    }
    searcher = _searcher(tmp_path, hash_embedder, files)
    asked = read_question("what was foi 01.foi.22.025664 asking for")
    assert searcher.named_sources(asked) == {"a"}
    assert not searcher.named_sources(read_question("how many cases in 2019-20"))


def test_a_word_of_a_longer_publishers_name_that_others_use_names_it_only_with_another(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = "Complaints about the treatment of women rose to 524 in six months.\n"
    files = {
        f"{name}.md": f"---\ntitle: Report {name}\npublisher: {publisher}\n---\n\n{body}"
        for name, publisher in [
            ("cwj", "Centre for Women's Justice"),
            ("a", "Northshire Gazette"),
            ("b", "Southshire Echo"),
            ("c", "Eastshire Ledger"),
            ("d", "Rose (copy on a site)"),  # a note on the copy is no part of its name
        ]
    }
    searcher = _searcher(tmp_path, hash_embedder, files)
    # three other sources speak of women: the word alone is the subject
    assert not searcher.named_sources(read_question("complaints about treatment of women"))
    assert searcher.named_sources(read_question("what did centre for womens justice say")) == {
        "cwj"
    }
    assert searcher.named_sources(read_question("what did the centre say")) == {"cwj"}
    # every source says "rose", but it is the whole name of one
    assert searcher.named_sources(read_question("what did rose say")) == {"d"}


def test_a_place_in_a_publishers_name_is_no_force_asked_about(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    files = {
        "argus.md": "---\ntitle: Gwent misconduct\npublisher: South Wales Argus\n---\n\n"
        "Gwent Police have investigated 99 misconduct cases since June 2019, the force said.\n",
        "swp.md": "---\ntitle: Vetting\npublisher: South Wales Police\n---\n\n"
        "South Wales Police said it had vetted 40 of its officers again this year.\n",
    }
    searcher = _searcher(tmp_path, hash_embedder, files)
    asked = read_question("south wales argus gwent - how many misconduct cases")
    assert asked.forces == ("South Wales Police", "Gwent Police")
    assert searcher.forces_asked(asked) == ("Gwent Police",)
    # a force's own name as publisher still names the force
    own = read_question("south wales police vetting figures")
    assert searcher.forces_asked(own) == ("South Wales Police",)


def test_a_force_named_in_a_question_names_no_publisher_that_shares_its_words(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "suspensions of scottish cops" asks about Police Scotland, not what the Scottish Sun
    wrote (real49 bt002, refused); a force's own disclosure log is still named by its name, and
    "scottish", used by other sources for their subject, alone names no publisher."""
    files = {
        "sun.md": "---\ntitle: Charges\npublisher: The Scottish Sun\n---\n\n"
        "More than 40 Police Scotland officers face Scottish criminal charges.\n",
        "foi.md": "---\ntitle: FOI\npublisher: Avon and Somerset Police (FOI disclosure log)\n"
        "---\n\nI am not obliged to supply the information for the years 2017-2020.\n",
        **{
            f"s{i}.md": f"---\ntitle: Scottish story {i}\npublisher: Paper {i}\n---\n\n"
            f"The Scottish force suspended {i + 4} officers accused of misconduct this year.\n"
            for i in range(3)
        },
    }
    searcher = _searcher(tmp_path, hash_embedder, files)
    assert not searcher.named_sources(read_question("by what percent did scottish cops go up"))
    assert not searcher.named_sources(read_question("how many scottish officers were charged"))
    assert searcher.named_sources(read_question("what did the scottish sun say")) == {"sun"}
    avon = read_question("why wouldnt avon & somerset hand over the numbers for 2017 to 2020")
    assert searcher.named_sources(avon) == {"foi"}


def test_a_title_naming_one_year_is_the_year_of_figures_no_sentence_dates(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "39 police incidents referred to the IOPC in 2021", a story of 2023: "six for abuse of
    position for sexual purpose" counts 2021 (real61 cf028), not the year it was written."""
    referred = "The FOI revealed that six officers were referred for abuse of position."
    body = f"Cumbria Constabulary referred 39 incidents to the watchdog in 2021.\n\n{referred}\n"
    title = "39 police incidents referred to the IOPC in 2021"
    header = _header(title, "2023-01")
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": header + body})
    assert _scope(searcher, referred) == {2021}


def test_a_change_measured_against_a_year_answers_the_change_since_then(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "a rise of 206 per cent on 2010" is the rise asked "compared with 2010" (real60 ce029)."""
    rise = (
        "They include 190 claims by colleagues, a rise of 104 per cent on 2020 and 206 per cent "
        "on 2010."
    )
    header = _header("Sexual misconduct claims", "2022-02")
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{header}{rise}\n"})
    question = "how big was the rise in claims by colleagues compared with 2010"
    hit = next(h for h in searcher.search(question) if h.passage.text == rise)
    assert hit.matched_years


def test_a_span_counted_back_from_now_is_counted_back_from_when_a_source_was_written(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "in the past decade", asked of a story of 2025, is its "last decade", not its "past
    five years" (real64 ci006)."""
    decade = "In the last decade, 13 officers have been dismissed."
    five = "A total of 57 officers have faced disciplinary action over the past five years."
    header = _header("Nuclear police misconduct", "2025-03")
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{header}{five}\n\n{decade}\n"})
    hits = searcher.search("how many officers were dismissed in the past decade")
    assert {h.passage.text: h.matched_years for h in hits} == {decade: True, five: False}


def test_a_headline_may_begin_a_title_with_a_standfirst(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "57 Nuclear Police Officers Disciplined, 7 Dismissed in Safety Scandal" heads a story
    titled with it and its standfirst: the body states its figures in full (real64 ci005)."""
    headline = "57 Nuclear Police Officers Disciplined, 7 Dismissed in Safety Scandal"
    body = (
        "A total of 57 officers from the Civil Nuclear Constabulary have faced disciplinary action."
    )
    title = f"{headline} (Nuclear police misconduct hits 10-year high)"
    header = _header(title, "2025")
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{header}{headline}\n\n{body}\n"})
    hits = {
        h.passage.text: h
        for h in searcher.search("how many nuclear police officers were disciplined")
    }
    assert _is_headline(hits[headline]) and not _is_headline(hits[body])


def test_the_body_stating_a_headline_s_figure_in_full_ranks_above_it(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "Nine relate to allegations of rape or sexual assault, five for harassment" says in
    full what the headline sums up (real61 cf024)."""
    headline = "Nine officers suspended over sexual assault allegations"
    body = "Nine relate to allegations of sexual assault, five for harassment."
    header = _header(headline, "2024-03")
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{header}{headline}\n\n{body}\n"})
    hits = searcher.search("how many officers are suspended over sexual assault allegations")
    assert hits[0].passage.text == body


NOT_FOUNDED = "hampshire police sex assault claims, in how many was the allegation not founded"


@pytest.mark.parametrize(
    ("question", "scores", "first"),
    [
        # the part asked of is told by the body, however many more of the question's words the
        # lede shares (real70 co009)
        (NOT_FOUNDED, (1.2, 1.1, 1.0), 2),
        # ... or the sentence after it, which opens the story with it
        (NOT_FOUNDED, (1.1, 1.2, 1.0), 2),
        # ... and the whole by the lede, which a later sentence adds nothing to
        ("how many sex assault claims were made against hampshire officers", (1.2, 1.1, 1.0), 0),
    ],
)
def test_a_sentence_telling_the_part_asked_ranks_above_the_opening_sentences(
    tmp_path: Path,
    hash_embedder: HashEmbedder,
    question: str,
    scores: tuple[float, ...],
    first: int,
) -> None:
    sentences = [
        "Figures obtained under the Freedom of Information Act show 38 sexual assault claims "
        "were made against male Hampshire Constabulary officers between 2016 and 2021.",
        "The force said it took every one of the claims seriously, in 2021.",
        "The allegations were not founded in 28 cases.",
    ]
    header = _header("Sexual assault claims against Hampshire officers", "2022-05")
    text = header + "\n\n".join(sentences) + "\n"
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    features = read_question(question)
    hits = {h.passage_id: h for h in searcher.search(features, k=10)}
    # scored as a larger corpus scores them: the opening, sharing most words, well ahead
    ordered = sorted(hits.values(), key=lambda h: h.passage_id)
    for hit, score in zip(ordered, scores, strict=True):
        hit.score = score
    searcher._prefer_detail(hits, searcher.topic(features), features)
    best = max(hits.values(), key=lambda h: h.score)
    assert best.passage.text == sentences[first]


def test_a_figure_that_states_the_period_asked_ranks_above_one_that_takes_its_source_s(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """In a story on five years of data, "Between 2019 and 2023, 40 officers were dismissed"
    answers "2019-2023" on its own word; "Forty officers were dismissed" there only by the
    story's."""
    stated = "Between 2019 and 2023, 40 officers were dismissed."
    inherited = "Forty officers were dismissed, the force said."
    header = _header("Five years of misconduct data from 2019 to 2023", "2024-02")
    text = f"{header}{inherited}\n\nPolice chiefs met.\n\n{stated}\n"
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    hits = searcher.search("how many officers were dismissed 2019-2023", k=5)
    scores = {h.passage.text: h.score for h in hits}
    assert scores[stated] > scores[inherited]


def test_a_share_asked_for_is_looked_for_in_the_sources_closest_to_the_question(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "This amounts to around 1% of officers in the second largest force" shares almost no
    words with "what percentage of greater manchester officers are under investigation", but
    its source is the closest to it (real69 cn022)."""
    share = "This amounts to around 1% of officers in the second largest force in England."
    story = (
        _header("Almost 100 Greater Manchester Police officers under investigation", "2023-01")
        + "Almost 100 officers in Greater Manchester Police are under investigation.\n\n"
        + share
        + "\n"
    )
    others = "\n\n".join(
        f"Police officers of force number {n} are under review." for n in range(150)
    )
    files = {"a.md": story, "b.md": _header("Community events", "2023-01") + others + "\n"}
    searcher = _searcher(tmp_path, hash_embedder, files)
    hits = searcher.search(
        "what percentage of greater manchester police officers are under investigation", k=10
    )
    assert share in [h.passage.text for h in hits]


def test_a_source_on_the_whole_country_is_not_about_the_one_force_a_case_names(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "80% of UK police accused of domestic abuse kept jobs", telling of one case in the Met,
    gives no figure for the Met (real71 cp031)."""
    title = "80% of UK police accused of domestic abuse kept jobs"
    text = (
        _header(title, "2022-03")
        + f"{title}\n\nEight out of 10 kept their jobs after the allegations were made.\n\n"
        "In one case, a male officer with the Metropolitan Police was alleged to have abused "
        "his partner.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    hits = searcher.search("how many met officers kept their jobs", k=5)
    assert not next(h for h in hits if h.passage.text.startswith("Eight")).matched_force


def test_a_span_the_next_sentence_dates_is_counted_in_its_years(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "170 allegations of misconduct over a one-year period" then "Between April 2014 and
    March this year, there were claims of ...", in a story of 2015, counts 2014 to 2015 (real59
    cd028); a sentence with no span of its own does not look ahead."""
    lede = "Kent Police staff faced a total of 170 allegations over a one-year period."
    body = (
        f"{lede}\n"
        "Between April 2014 and March this year, there were claims of discreditable conduct.\n\n"
        "Officers faced 30 allegations over honesty.\n"
        "Between 2010 and 2012, there were claims of neglect.\n"
    )
    header = _header("Misconduct", "2015-09")
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": header + body})
    assert _scope(searcher, lede) == {2014, 2015}
    assert _scope(searcher, "Officers faced 30 allegations over honesty.") != {2010, 2011, 2012}


def test_a_figure_with_no_period_counts_the_range_stated_before_it(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    text = (
        "---\ntitle: Barred list\npublisher: College\ndate: 2023-06\n---\n\n"
        "We published figures for officers barred between 1 April 2022 and 31 March 2023. "
        "The number placed on the list was 394.\n\n"
        "Since March 2021 how many officers were suspended?\nSuspended | 4 |\nRestricted | 1 |\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    assert _scope(searcher, "The number placed on the list was 394.") == {2022, 2023}
    # an open period runs to the source's date
    assert _scope(searcher, "Suspended | 4 |") == {2021, 2022, 2023}


def test_a_figure_after_one_counted_since_a_year_counts_from_then_to_publication(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    text = (
        "---\ntitle: No officers sacked\npublisher: Courier\ndate: 2021-10\n---\n\n"
        "Other data showed that since 2016 there were 64 claims of sexual assault.\n\n"
        "Two of these allegations were upheld while 39 were dismissed.\n\n"
        "There have been 388 complaints since 2010, and 398 officers were accused of "
        "domestic abuse between 2018-21.\n\n"
        "Of these, eight ended in a conviction.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    upheld = "Two of these allegations were upheld while 39 were dismissed."
    assert _scope(searcher, upheld) == set(range(2016, 2022))
    # a closed period stated with an open one is what "of these" most likely counts
    assert _scope(searcher, "Of these, eight ended in a conviction.") == {2018, 2019, 2020, 2021}


def test_a_sentence_naming_no_force_counts_where_the_one_before_it_counts(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    text = (
        "---\ntitle: Cheshire barred list\npublisher: Chester Standard\ndate: 2024-12\n"
        "force: Cheshire Constabulary\n---\n\n"
        "Cheshire Constabulary added ten officers to the barred list in 2023/24.\n\n"
        "National data released today records 1,177 cases of violence against women.\n\n"
        "Across the country, 593 police officers were kicked out in the year to March 2024.\n\n"
        "Dishonesty was the most common reason recorded, in 125 cases, while sexual offences "
        "or misconduct was recorded in 74.\n\n"
        "The scandal prompted scrutiny of vetting by police forces across the UK.\n\n"
        "The new Scottish figures showed that 132 officers were facing allegations.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})

    def matched(question: str, needle: str) -> bool:
        hits = searcher.search(question, k=10)
        return next(h for h in hits if needle in h.passage.text).matched_force

    assert matched("england and wales officers barred for sexual misconduct", "Dishonesty")
    assert not matched("cheshire officers barred for sexual misconduct", "Dishonesty")
    assert matched("cheshire officers barred for sexual misconduct", "added ten")
    # a sentence naming a country is about it, whatever the one before it counted
    assert not matched("england and wales officers facing allegations", "Scottish")
    # "national data" counts across the country, in whatever force's story
    assert matched("how many cases of violence against women nationally", "National data")
    assert not matched("cheshire cases of violence against women", "National data")


def test_a_year_the_sentence_before_opens_with_goes_on(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    text = (
        "---\ntitle: Officers sacked\npublisher: Gryphon\ndate: 2025\n---\n\n"
        "Accusations rose from 210 in 2022 to 274 in 2023.\n\n"
        "In 2023, four got final warnings, and two had ranks lowered. Seven officers were "
        "dismissed, and sixteen would have been fired.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    dismissed = "Seven officers were dismissed, and sixteen would have been fired."
    assert _scope(searcher, dismissed) == {2023}


def test_a_year_on_a_line_of_its_own_heads_the_line_below(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """An FOI answer's "2024" over "14 – 2 staff and 12 officers, ... 2 Final written
    warnings" (real69 cn030)."""
    text = (
        "---\ntitle: Gross misconduct\npublisher: Cleveland Police\ndate: 2025-06\n---\n\n"
        "Case proven for Gross Misconduct:-\n"
        "2024\n"
        "14 – 2 staff and 12 officers, 6 dismissed, 2 Final written warnings.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    assert _scope(
        searcher, "14 – 2 staff and 12 officers, 6 dismissed, 2 Final written warnings."
    ) == {2024}


def test_a_figure_with_no_period_counts_what_the_source_says_its_data_covers(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    text = (
        "---\ntitle: Allegations in three years\npublisher: Bureau\ndate: 2021-06\n---\n\n"
        "There were 57 allegations of officers abusing their position for sexual gain.\n\n"
        "The data was gathered via freedom of information requests and covered the years "
        "2018-2020.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    first = min(searcher.store.passages)
    assert searcher.scope_of(first) == {2018, 2019, 2020}


def test_a_source_that_states_no_period_counts_in_the_year_it_was_written(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    text = (
        "---\ntitle: 41 police facing sex inquiries\npublisher: Mail\ndate: 2017-11\n---\n\n"
        "Dozens of police officers are being investigated over sexual misconduct allegations.\n\n"
        "Of 41 current investigations, 25 were alleged against members of the public.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": text})
    hits = searcher.search("police 2017 how many officers were being investigated", k=5)
    assert next(h for h in hits if "41" in h.passage.text).matched_years
    later = searcher.search("police 2019 how many officers were being investigated", k=5)
    assert not next(h for h in later if "41" in h.passage.text).matched_years


def test_values_listed_under_a_year_are_that_years(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    from tests.test_table_layouts import LABELLED

    searcher = _searcher(tmp_path, hash_embedder, {"a.md": "---\ntitle: FOI\n---\n\n" + LABELLED})
    by_text = {p.text: pid for pid, p in searcher.store.passages.items()}
    assert searcher.lead_year_of(by_text["Conducts 7"]) == {2016}
    hits = searcher.search("how many conducts were there in 2016")
    assert next(h for h in hits if h.passage.text == "Conducts 7").matched_years


def test_a_span_of_time_answers_over_what_period(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = (
        "The force said 40 current or former staff were disciplined over a 47-month period.\n\n"
        "The number of its officers disciplined rose sharply, the force said.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"tvp.md": f"---\ntitle: Staff\n---\n\n{body}"})
    hits = searcher.search("over what period were the 40 staff disciplined", k=5)
    spans = {h.passage.text[:10]: h.states_period for h in hits}
    assert spans == {"The force ": True, "The number": False}


def test_a_span_with_two_ends_is_brought_from_a_close_source(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "Over what period": a sentence of the story that gives both ends is weighed, though it
    shares no word with the question; the month of an arrest is no span."""
    body = (
        "A West Mercia officer, Michael Darbyshire, was jailed for rape and sexual assault.\n\n"
        "Darbyshire was arrested in November 2019 and suspended.\n\n"
        "The judge praised the courage of the victim.\n\n"
        "The offences, which took place from January 1 2018 to April 27 this year, were reported"
        " late.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"wm.md": f"---\ntitle: Jailed\n---\n\n{body}"})
    question = "over what period did darbyshire commit the rape and sexual assaults"
    hits = searcher.search(question, k=1)
    spans = {h.passage.text[:14]: h.spans_dates for h in hits}
    assert spans["The offences, "]
    assert not searcher.spans_dates(
        next(h.passage_id for h in searcher.search(question, k=9) if "arrested" in h.passage.text)
    )


def test_a_length_back_from_when_it_was_written_is_a_span(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = (
        "The watchdog found more than 400 claims over just two years.\n\n"
        "The data covers the two years to September 30.\n\n"
        "He was arrested in November 2019.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"w.md": f"---\ntitle: Claims\n---\n\n{body}"})
    spans = {p.text[:12]: searcher.spans_dates(pid) for pid, p in searcher.store.passages.items()}
    assert spans == {
        "The watchdog": True,
        "The data cov": True,
        "He was arres": False,
    }


def test_chat_about_a_figure_is_no_subject_of_the_question() -> None:
    terms = read_question("ngl the other sexual assaults number for 2024 looks tiny").terms
    assert not {"ngl", "looks", "tiny"} & set(terms)


def test_a_range_asked_is_answered_by_a_figure_for_each_year_of_it(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = "Sexual assaults reported were 944, with 116 in 2021 and 169 in 2022, the force said.\n"
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"---\ntitle: Assaults\n---\n\n{body}"})

    def matched(question: str) -> bool:
        return next(h for h in searcher.search(question) if "944" in h.passage.text).matched_years

    assert matched("sexual assaults, the 2021 and 2022 numbers")
    # a financial year is no two calendar years
    assert not matched("sexual assaults in 2021/22")


def test_a_change_asked_of_named_years_is_told_by_the_figures_not_the_verb() -> None:
    asked = read_question("the other sexual assaults category - how many in 2024? it dropped")
    words = {t for alts in topic_terms(asked, lambda t: [t]).terms for t in alts}
    assert "dropped" not in words and "assaults" in words
    # with no year named, the verb is what is asked about
    unnamed = read_question("which category of sexual assaults dropped")
    assert "dropped" in {t for alts in topic_terms(unnamed, lambda t: [t]).terms for t in alts}


def test_a_hyphenated_word_asked_is_read_as_passages_read_it() -> None:
    """Passages' words are runs of letters ("re-vetted": "re", "vetted"), so "re-vetted" asked
    is "vetted" to coverage, not dropped as no word at all."""
    asked = read_question("how many long serving hampshire staff hadnt been re-vetted")
    words = {t for alts in topic_terms(asked, lambda t: [t]).terms for t in alts}
    assert "vetted" in words and "re" not in words


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        # "how long": a span is asked for, which no source calls "long" (real60 ce012)
        ("how long did dc paul allgood get sent down for", ("dc", "paul", "allgood", "jailed")),
        # "come out": when it was published (real61 cf027)
        ("when did the angiolini inquiry come out", ("angiolini", "inquiry")),
        # "how old": an age, which sources write "13-year-old"
        ("how old was the girl", ("old", "girl")),
    ],
)
def test_words_that_say_what_kind_of_answer_is_asked_are_no_subject(
    question: str, terms: tuple[str, ...]
) -> None:
    assert read_question(question).terms == terms


def test_the_year_before_is_the_previous_year_as_sources_write_it() -> None:
    """ "how many the year before" is "compared with 819 the previous year" (real36 bf012)."""
    asked = read_question(
        "how many cops were barred in the latest year, and how many the year before"
    )
    assert "previous" in asked.terms


def test_now_typed_as_chat_types_it_is_currently(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "how many officers suspended in total rn" is what "Currently, the Force has 16 officers
    and two staff members suspended" tells (real61 cf025)."""
    now = "Currently, the Force has 16 officers and two staff members suspended."
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{now}\n"})
    for asked in ("how many officers suspended rn", "how many officers suspended atm"):
        hit = next(h for h in searcher.search(asked) if h.passage.text == now)
        assert hit.plain_coverage == 1.0


def test_a_small_number_asked_in_digits_is_found_in_words(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "involved in 2 or more misconduct cases" is "involved in two or more cases" (real60
    ce007), not "2." heading a list nor the "2" of "2022"."""
    two = "The Casey review shows 1,263 officers had been involved in two or more cases."
    year = "There were 1,571 cases in 2022."
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{two}\n\n{year}\n"})
    hits = searcher.search("how many officers were involved in 2 or more cases")
    assert hits[0].passage.text == two
    assert {h.passage.text: h.lexical > 0 for h in hits}[two]


def test_a_share_and_sackings_are_spoken_of_as_sources_write_them(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "by what percent did sackings go up" is what "a 75 per cent rise in the number of
    officers to have been dismissed" tells (real61 cf017)."""
    rise = "The number shows a 75 per cent rise in the number of officers dismissed."
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{rise}\n"})
    hits = searcher.search("by what percent did sackings go up")
    hit = next(h for h in hits if h.passage.text == rise)
    assert hit.plain_coverage == 1.0


def test_sex_attacks_are_sexual_assaults(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    """ "were sex attacks by london coppers falling or rising" asks what "Sexual assaults in the
    10 year period were 944, with ... 169 in 2022, 157 in 2023" tells (questions q037)."""
    assaults = "Sexual assaults in the 10 year period were 944, with 169 in 2022, 157 in 2023."
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{assaults}\n"})
    hits = searcher.search("how many sex attacks were there in 2022")
    assert next(h for h in hits if h.passage.text == assaults).plain_coverage == 1.0


def test_a_chief_exec_is_a_chief_executive(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    """ "who was the college of policing chief exec" is who "College of Policing chief
    executive, Chief Constable Alex Marshall" is (real65 cj023)."""
    said = "College of Policing chief executive, Chief Constable Alex Marshall, said it was open."
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{said}\n"})
    hits = searcher.search("who was the college of policing chief exec")
    assert next(h for h in hits if h.passage.text == said).plain_coverage == 1.0


def test_dismissed_on_the_spot_is_dismissed_without_notice(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "Three officers were dismissed without notice" is who was "booted on the spot" (real61
    cf003), as a source may also say it ("would have been sacked on the spot")."""
    notice = "Three officers were dismissed without notice."
    spot = "Two officers would have been sacked on the spot."
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{notice}\n\n{spot}\n"})
    hits = searcher.search("how many got sacked on the spot")
    assert {h.passage.text: h.plain_coverage for h in hits} == {notice: 1.0, spot: 1.0}


def test_what_a_part_asked_for_is() -> None:
    asked = {
        "how many of the met officers accused between 2012 and 2018 were women": "women",
        "breakdown by rank - how many were sergeants or above": "sergeants",
        "in the observers 594 complaints, how many were rape allegations specifically": "rape",
        "how many officers were accused of sexual misconduct": None,
        "how many were from the met?": None,
        # a part named after a word such as "against" or "about"
        "how many of the derbyshire claims were against male officers": "male",
        "of the complaints handled informally, how many were about sexual assault": "sexual",
        # "still working" is what became of them all, not a part of them
        "how many dorset staff accused of domestic abuse are still working there": None,
        "were any of the officers in the byline investigation women": "women",
        "were the officers in the byline investigation men or women": "men",
    }
    assert {q: read_question(q).asked for q in asked} == asked


def test_which_forces_is_answered_by_a_sentence_that_names_them(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = (
        "The Bureau asked every force for allegations of sexual misconduct by officers.\n\n"
        "Some of the largest forces, Greater Manchester and West Midlands police, did not "
        "respond to the Bureau.\n\n"
        "Police forces in England, Scotland and Wales received nearly 800 allegations.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"b.md": f"---\ntitle: FOI\n---\n\n{body}"})
    hits = searcher.search("which forces didnt reply to the bureau", k=5)
    named = {h.passage.text[:10] for h in hits if h.names_forces}
    assert named == {"Some of th"}  # not the nations of "England, Scotland and Wales"


def test_a_sentence_that_names_another_force_is_not_about_its_sources_force(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    text = (
        "---\ntitle: South Wales Police sexual misconduct\nforce: South Wales Police\n---\n\n"
        "Seven South Wales Police officers were dismissed for sexual misconduct.\n\n"
        "North Wales Police also ranked highly, with five dismissals for sexual misconduct.\n\n"
        "Seven of its 5,200 employees were dismissed over the same years.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"swp.md": text})
    hits = searcher.search("how many south wales police officers were dismissed", k=5)
    matched = {h.passage.text[:10] for h in hits if h.matched_force}
    assert matched == {"Seven Sout", "Seven of i"}


def test_a_point_of_the_compass_or_the_capital_names_no_publisher(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = "Officers of the force faced 12 conduct cases in all, the report says.\n"
    files = {
        f"{name}.md": f"---\ntitle: Report\npublisher: {publisher}\n---\n\n{body}"
        for name, publisher in (("eadt", "East Anglian Daily Times"), ("ld", "London Daily"))
    }
    searcher = _searcher(tmp_path, hash_embedder, files)
    assert not searcher.named_sources(read_question("how many north east officers were arrested"))
    assert not searcher.named_sources(read_question("who was the london assembly member"))
    assert searcher.named_sources(read_question("what did the east anglian paper say")) == {"eadt"}


def test_someone_kept_anonymous_is_named_in_quotation_marks(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = "The hearing heard ‘Officer A’, previously of the Roads Command, harassed a colleague.\n"
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"---\ntitle: Hearing\n---\n\n{body}"})
    assert searcher.designates("a", ("A",))
    assert not searcher.designates("a", ("B",))


def test_a_day_of_the_week_and_month_answers_when(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = (
        "The five-day hearing began on Monday, 15 January, the force said.\n\n"
        "The hearing was told of a letter dated 5th September about the officer.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"---\ntitle: Hearing\n---\n\n{body}"})
    hits = searcher.search("when did the hearing start", k=5)
    assert {h.passage.text[:10]: h.states_period for h in hits} == {
        "The five-d": True,
        "The hearin": False,  # a day with neither its year nor its day of the week
    }


def test_the_month_something_was_said_answers_when(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "said last October that ..." tells when it was said (real56 ca030), and "quit two days
    before a misconduct panel" when he quit (real33 bc010); a sentence with neither does not."""
    body = (
        "The Commissioner said last October that the number being sacked was too low.\n\n"
        "The sergeant quit two days before a misconduct panel on the number being sacked.\n\n"
        "The Commissioner says the number being sacked should be hundreds more.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"---\ntitle: Sackings\n---\n\n{body}"})
    hits = searcher.search("when did the commissioner say the number sacked was too low", k=5)
    assert {h.passage.text[:20]: h.states_period for h in hits} == {
        "The Commissioner sai": True,
        "The sergeant quit tw": True,
        "The Commissioner say": False,
    }


def test_a_sentence_naming_a_force_is_about_it_not_those_of_the_sentence_it_leans_on(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "Of these, 91 claims ... at Thames Valley Police" leans on a sentence naming three
    forces, but counts Thames Valley's alone (real42 bm003); a sentence naming only
    how far a list reaches ("any force in England and Wales") speaks of the force before it."""
    body = (
        "New figures show complaints made against officers at Thames Valley Police, "
        "Hertfordshire Constabulary and Bedfordshire Police.\n"
        "Of these, 91 claims were made over four years at Thames Valley Police.\n\n"
        "Since 2020, 23 Hertfordshire officers have been dismissed for sexual misconduct.\n"
        "All of them are on the barred list, which bars them from any force in England and Wales.\n"
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"---\ntitle: Claims\n---\n\n{body}"})
    forces = {
        searcher.store.passages[pid].text[:10]: named
        for pid, named in searcher.store.passage_forces.items()
    }
    assert forces["Of these, "] == {"Thames Valley Police"}
    assert "Hertfordshire Constabulary" in forces["All of the"]


def test_a_figure_said_to_stand_now_is_for_the_year_of_its_source(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    body = (
        "There are 144 officers currently suspended, up from 69 at the end of September 2022.\n\n"
        "Between 2022 and 2023, 51 officers were dismissed.\n"
    )
    header = _header("Suspensions", "2023-04")
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": header + body})

    def suspended(year: int) -> Hit:
        hits = searcher.search(f"how many officers were suspended in {year}")
        return next(h for h in hits if "144" in h.passage.text)

    # the source's range (2022 to 2023) is not the year of a figure that stands now
    assert suspended(2023).matched_years
    assert not suspended(2021).matched_years


def test_at_that_point_says_when_not_what() -> None:
    assert "point" not in read_question("how many were suspended at that point in 2023").terms


def test_the_force_a_sentence_begins_with_is_its_source_s_whatever_place_it_names(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    """ "The force's Chief Constable ... accused of sexual offences in Northern Ireland", in a
    story on Devon and Cornwall Police, is about Devon and Cornwall (real67 cl030)."""
    said = (
        "The force's Chief Constable Will Kerr remains suspended after being accused of sexual "
        "offences in Northern Ireland."
    )
    other = "Officers in Northern Ireland were accused of sexual offences."
    front = (
        '---\ntitle: Misconduct cases\nforce: Devon and Cornwall Police\ndate: "2024-06"\n---\n\n'
    )
    searcher = _searcher(tmp_path, hash_embedder, {"a.md": f"{front}{said}\n\n{other}\n"})
    hits = searcher.search("which devon and cornwall chief constable is suspended", k=5)
    matched = {h.passage.text: h.matched_force for h in hits}
    assert matched[said] and not matched[other]


def test_a_body_is_named_by_its_initials_or_its_name_spelt_out(
    tmp_path: Path, hash_embedder: HashEmbedder
) -> None:
    searcher = _searcher(
        tmp_path,
        hash_embedder,
        {
            "a.txt": _header("Officers charged", "2023")
            + "The Crown Prosecution Service authorised charges in 2023.\n",
            "b.txt": _header("An inspection", "2022")
            + "HMICFRS found that 131 officers had not been vetted again.\n",
        },
    )
    assert searcher.names_body("cps")  # spelt out
    assert searcher.names_body("hmic")  # by the inspectorate's later initials
    assert not searcher.names_body("iopc") and not searcher.names_body("npcc")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("kent allegations in 2019", True),  # tersely, a thing counted and a year
        ("what did the panel find fletcher did to officer a at that 2017 team building do", False),
        ("what happened to the officers accused in 2019", False),
    ],
)
def test_what_was_done_in_a_year_asks_no_figure(question: str, figure: bool) -> None:
    assert read_question(question).wants_figure is figure
