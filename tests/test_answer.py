"""Answers over the real seed index and the packaged MiniLM model."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.answer import (
    NOTICE_NO_ANSWER,
    NOTICE_NO_PERIOD,
    NOTICE_NO_SOURCE,
    _only_names,
    clean_question,
)
from bot.answer_types import Answer
from bot.cli import main
from bot.evaluation import load_questions, rule_violations, score
from bot.service import Verbatim
from index.build import reindex

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "eval" / "questions.yaml"


def first_quote(service: Verbatim, question: str) -> str:
    answer = service.answer(question)
    assert answer.answered, answer.reply
    return answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many met officers were accused of a sexual allegation 2014 to 2024", "1,492"),
        ("how many sexual conduct cases did the met have in 2022", "1,571"),
        ("what share of people distrust the met", "42%"),
        ("how many serving met cops have criminal records", "161"),
        ("how many forces did byline times look at", "18"),
        # claims to check: the quote stating the figure shows the claim's year or total is wrong
        ("is it right that the met had 1,571 sexual conduct cases in 2021?", "1,571"),
        ("is it true only 31 out of 526 met officers accused of sexual assault faced it", "31"),
    ],
)
def test_the_right_figure_comes_first(
    verbatim_service: Verbatim, question: str, figure: str
) -> None:
    assert figure in first_quote(verbatim_service, question)


def test_quotes_are_verbatim_and_cited(verbatim_service: Verbatim) -> None:
    answer = verbatim_service.answer("how many officers were accused 2014-2024 met")
    for quote in answer.quotes:
        source = verbatim_service.store.source(quote.source.id)
        assert source is not None and source.text[quote.start : quote.end] == quote.text
        assert f"“{quote.text}”" in answer.reply
        assert quote.source.publisher in answer.reply


def assert_sides_shown(answer: Answer, *figures: str) -> None:
    """Every side's figure is quoted and the reply says that the sources differ."""
    texts = " ".join(q.text for q in answer.quotes)
    assert all(figure in texts for figure in figures)
    assert answer.conflicts and "sources differ" in answer.reply


def test_sources_that_count_differently_are_shown_side_by_side(
    verbatim_service: Verbatim,
) -> None:
    question = "how many met officers were accused of sexual misconduct between 2012 and 2018"
    assert_sides_shown(verbatim_service.answer(question), "562", "594")


def test_what_happened_is_quoted_with_the_sentence_that_tells_it(
    verbatim_service: Verbatim,
) -> None:
    answer = verbatim_service.answer("what happened to the hertfordshire officer texting a victim")
    first = answer.quotes[0]
    assert "Hertfordshire" in first.text and "final written warning" in first.text
    source = verbatim_service.store.source(first.source.id)
    assert source is not None and source.text[first.start : first.end] == first.text
    # a figures question gets the passages with the figures, not their neighbours too
    store = verbatim_service.store
    passages = {store.search_text(p) for p in store.passages.values()}
    accused = verbatim_service.answer(
        "how many met officers were accused of sexual assault 2012-18"
    )
    assert accused.quotes and all(q.text in passages for q in accused.quotes)
    # ... and two passages chosen one after the other are quoted as one, each with a figure
    # (or leaned on by one that has: "A document released to the Observer ..." before
    # "According to the document, a total of 594 complaints ...")
    figure = verbatim_service.answer("sexual assaults by met officers in 2022")  # no "how many"
    assert figure.quotes
    for quote in figure.quotes:
        quoted = [
            pid
            for pid, p in store.passages.items()
            if p.source_id == quote.source.id and quote.start <= p.start and p.end <= quote.end
        ]
        leaned_on = {store.passages[pid].context_start for pid in quoted}
        told = [pid for pid in quoted if store.passages[pid].start not in leaned_on]
        assert told and all(store.figures_by_passage.get(pid) for pid in told)


def test_a_number_the_question_quotes_ties_the_answer_to_its_source(
    verbatim_service: Verbatim,
) -> None:
    store = verbatim_service.store

    def sources_stating(number: str) -> set[str]:
        return {store.passages[pid].source_id for pid in store.passages_stating(number)}

    assert sources_stating("594") == {"001_22b8a23762c7f0ec"}
    assert sources_stating("1,492") == {"002_9eb077137e4b42bd"}
    answer = verbatim_service.answer("of the 12 cases byline found how many were disciplined")
    assert answer.answered
    assert {q.source.id for q in answer.quotes} <= sources_stating("12")
    # numbers quoted to be checked are answered by the sentences stating them, side by side
    checked = verbatim_service.answer(
        "one article says 562 met officers accused, another says 594 complaints. which is right"
    )
    assert {"562", "594"} <= {n for q in checked.quotes for n in ("562", "594") if n in q.text}
    assert checked.conflicts
    # no source says what came of the 594 complaints in court: no other source's figure either
    assert not verbatim_service.answer(
        "how many of the 594 complaints led to criminal charges against the officers"
    ).answered


def test_a_sentence_that_speaks_of_everything_asked_answers_though_far_in_meaning(
    verbatim_service: Verbatim,
) -> None:
    # the embedding puts the sentence about section 22 far from this wording; its words do not
    answer = verbatim_service.answer(
        "what part of the foi act did the met use to hold back the sexual offence stats at first"
    )
    assert answer.answered and "section 22" in answer.quotes[0].text


def test_what_a_question_asks_for_by_name_must_be_what_the_quote_speaks_of(
    verbatim_service: Verbatim,
) -> None:
    """No source gives Couzens's sentence: a sentence about the murder is no answer to it."""
    refused = verbatim_service.answer("what sentence was couzens given for the murder of sarah")
    assert not refused.answered
    answered = verbatim_service.answer("what exemption did the met use against sky news")
    assert "exemption" in answered.quotes[0].text


def test_a_source_named_that_does_not_tell_what_was_done_is_not_replaced_by_another(
    verbatim_service: Verbatim,
) -> None:
    """The Observer counts complaints, not suspensions: the Eye of Media's count of
    suspensions is no answer to what the Observer says of them."""
    answer = verbatim_service.answer("what does the observer say about how many were suspended")
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # Rowley vowed to re-examine 700 cases: no source says how many of them were sacked
        ("how many of the 700 cops being reinvestigated have been sacked", None),
        ("how many cases did the met commissioner vow to look at again", "vowed"),
        # handing over everything is what an FOI answer calls disclosing in full
        (
            "did the met hand over everything for the foi on allegations against serving officers",
            "to you in full",
        ),
        # no source says how many of the Met's accused officers were women; Byline Times says
        # all 12 of its officers were men, which answers how many of them were women
        (
            "how many of the met officers accused of sexual assault in 2012-2018 were women",
            None,
        ),
        ("how many of the 12 officers byline found were women", "male police officers"),
        # the size of a sample is a count, which no share of it tells
        ("how many people were surveyed in the bbc poll on trust in the met", None),
        # a share of officers who were women is no share of anything else
        ("what % of the met officers accused of sexual assault in 2012-2018 were women", None),
        ("what share of the officers accused in the observer's complaints were women", None),
        ("were any of the 12 offending officers women", "male police officers"),
        # the sex of the officers, not of the women who reported them, and though few
        # sentences state it
        ("were any of the cops in the byline times investigation female", "male police officers"),
        # a part is what a figure counts: a constable's meme and its "six stages" are not how
        # many of the 594 complaints were against sergeants
        ("of the 594 complaints how many were against sergeants rather than constables", None),
        # "None were arrested and three were sacked" is quoted with the sentence stating the 12
        # it counts among, and is still what the part asked for is said of
        (
            "of the 12 cops byline found guilty how many were actually sacked? anyone arrested?",
            "None were arrested and three were sacked",
        ),
        # a quoted number ties the question to the sources stating it, written in words too
        # ("3 officers": "three police officers found to have kept their jobs")
        (
            "which force had 3 officers keep their jobs after mishandling sex crime cases",
            "Northumbrian force",
        ),
        # ... and words for the document ("in the met data") or a publisher, even the wrong
        # one, name no part of it that the answer must speak of
        (
            "of the 544 'other sexual assaults' in the met data, how many were in 2023",
            "72 in 2023",
        ),
        (
            "the observer said only 31 of 562 accused met cops faced any proceedings.. what"
            " dates does that actually cover",
            "between 1 January 2012 and 2 June 2018",
        ),
        # how someone responded is what they said in response
        (
            "how did the met react when the observer listed the complaints",
            "In response to the document",
        ),
    ],
)
def test_the_first_quote_speaks_of_what_was_asked_or_none_is_given(
    verbatim_service: Verbatim, question: str, quoted: str | None
) -> None:
    answer = verbatim_service.answer(question)
    if quoted is None:
        assert not answer.answered
    else:
        assert answer.answered and quoted in answer.quotes[0].text


def test_was_he_convicted_is_answered_by_an_acquittal(verbatim_service: Verbatim) -> None:
    answer = verbatim_service.answer(
        "did the sergeant who assaulted the sleeping woman get convicted"
    )
    assert "acquitted" in answer.quotes[0].text


def test_a_question_asking_no_figure_takes_close_quotes_whatever_they_count(
    verbatim_service: Verbatim,
) -> None:
    """ "has the met put more people on ...": "more people" asks no count, so a close sentence
    of another source is quoted though it counts no people (fresh2 g030)."""
    answer = verbatim_service.answer(
        "has the met put more people on investigating its own officers"
    )
    assert any("boosted the number of investigators" in q.text for q in answer.quotes)


def test_a_close_quote_of_another_source_is_kept_though_it_counts_cases(
    verbatim_service: Verbatim,
) -> None:
    """ "allegations in 313 cases were made by members of the public" counts cases, and
    answers a question about allegations nearly as well as the best quote (questions q003)."""
    answer = verbatim_service.answer(
        "of the sex assault allegations against met officers 2012 to 2018 how many were made by"
        " ordinary members of the public"
    )
    assert any("313" in q.text for q in answer.quotes)


def test_an_outcome_someone_could_not_face_is_no_outcome(
    with_eighteenth_real_sources: Verbatim,
) -> None:
    """ "closed without a formal investigation last year, meaning they could not face the
    prospect of being sacked" counts no one dismissed (real18 ak032)."""
    answer = with_eighteenth_real_sources.answer(
        "wmp officers dismissed for sexual misconduct 2022"
    )
    assert not answer.answered


def test_a_close_sentence_that_carries_the_best_one_is_quoted_instead(
    verbatim_service: Verbatim,
) -> None:
    """ "A recent poll by the BBC revealed ..." says what was polled; the sentence after it,
    quoted with it, says what the poll found."""
    answer = verbatim_service.answer("the bbc poll about the met, what were the results")
    assert answer.quotes[0].text.startswith("A recent poll by the BBC")
    assert "42%" in answer.quotes[0].text


@pytest.mark.parametrize(
    ("question", "source", "dates"),
    [
        ("what years do the observer's figures cover", "001_", "between 2012 and 2018"),
        ("what dates does the independent's data cover", "000_", "1 January 2012 and 2 June"),
        ("what years did byline look at", "004_", "between 2017 and 2020"),
        # the dates are in a sentence that shares no word with the question: the source is
        # read whole
        (
            "What period do The Independent's Freedom of Information figures on the Metropolitan"
            " Police cover",
            "000_",
            "2012",
        ),
    ],
)
def test_a_source_named_by_its_publisher_answers(
    verbatim_service: Verbatim, question: str, source: str, dates: str
) -> None:
    # a short question is close to no sentence in meaning; naming the source is enough
    answer = verbatim_service.answer(question)
    assert answer.answered, answer.reply
    assert answer.quotes[0].source.id.startswith(source) and dates in answer.quotes[0].text


@pytest.mark.parametrize(
    "question",
    [
        "how many police scotland officers were sacked in 2023",
        "how many met officers were accused of sexual assault in 2008",
        "sexual assaults by met officers in 2025?",
        "how many officers are there in the met in total",  # nothing a source speaks of
        "how many misconduct hearings did byline times analyse",  # no source counts hearings
        "what did boris johnson say about the met figures",  # no source names him
        "how many women cops at the met were accused of sexual misconduct",  # no sex is given
        "how long do met officers wait for a misconduct hearing",  # no span of time is given
        # one officer's nine years is no average
        "whats the average prison sentence for coppers convicted of rape",
    ],
)
def test_no_source_means_no_answer(verbatim_service: Verbatim, question: str) -> None:
    answer = verbatim_service.answer(question)
    assert not answer.answered and not answer.quotes
    assert answer.notice and "No source" in answer.reply


@pytest.mark.parametrize(
    ("question", "notice"),
    [
        # no source counts for 2008
        ("how many met officers were accused of sexual assault in 2008", NOTICE_NO_PERIOD),
        # sources count for 2012 to 2018, but not by sex: the period is not what is missing
        (
            "how many female met officers were accused of sexual assault between 2012 and 2018",
            NOTICE_NO_SOURCE,
        ),
    ],
)
def test_a_refusal_says_what_is_missing(
    verbatim_service: Verbatim, question: str, notice: str
) -> None:
    answer = verbatim_service.answer(question)
    assert not answer.answered and answer.notice == notice


@pytest.mark.parametrize(
    "question",
    ["", "   ", "?!?", "\x00\x01\x02", "x" * 5000, "@everyone how many officers lol " * 200,
     "<@123456> **bold** `code` @here how many cops were sacked"],
)  # fmt: skip
def test_bad_input_gets_a_sensible_reply(verbatim_service: Verbatim, question: str) -> None:
    answer = verbatim_service.answer(question)
    assert answer.reply.strip()
    assert not rule_violations(verbatim_service, answer)


def _variants() -> list[str]:
    subjects = [
        "met officers accused",
        "complaints upheld",
        "cops sacked",
        "sexual assaults",
        "suspensions",
        "officers with criminal records",
        "rape victims who report",
    ]
    times = ["", " in 2022", " in 2023", " between 2012 and 2018", " 2014-2024", " last year"]
    forms = ["how many {}{}", "{}{} number??", "what % of {}{}"]
    return [f.format(s, t) for f, s, t in itertools.product(forms, subjects, times)]


def test_no_figure_outside_quotes_over_many_questions(verbatim_service: Verbatim) -> None:
    """The rule the project stands on, as a property over every dev question and variants."""
    questions = [
        q.question
        for name in ("questions.yaml", "heldout.yaml")
        for q in load_questions(QUESTIONS.parent / name)
    ] + _variants()
    assert len(questions) > 200
    for question in questions:
        answer = verbatim_service.answer(question)
        assert not rule_violations(verbatim_service, answer), (question, answer.reply)


def test_follow_up_is_read_with_the_question_before(verbatim_service: Verbatim) -> None:
    alone = verbatim_service.answer("and in 2023?")
    assert not alone.answered
    follow = verbatim_service.answer(
        "and in 2023?", history=["how many sexual conduct cases did the met have in 2022"]
    )
    assert follow.answered and "2,074" in follow.quotes[0].text


def test_a_follow_up_naming_a_source_asks_about_its_force_and_years(
    verbatim_service: Verbatim,
) -> None:
    """After a question on the Met in 2014-2024, "and ... in the byline piece" asks about Byline
    Times's forces and years: found in the terminal, it had been answered from another source."""
    earlier = "how many met officers were accused of a sexual allegation 2014 to 2024"
    answer = verbatim_service.answer("and how many kept their jobs in the byline piece", [earlier])
    assert answer.answered and answer.quotes[0].source.id.startswith("004_")


def test_a_follow_up_on_another_outcome_asks_about_it_instead(
    verbatim_service: Verbatim,
) -> None:
    """Found in a fresh clone's terminal: "how many were sacked" after "how many kept their
    jobs in the byline piece" asked for sentences speaking of both, and quoted one with no
    figure ("The Yorkshire Post reported ...", whose "Post" read as kept in post)."""
    earlier = "and how many kept their jobs in the byline piece"
    answer = verbatim_service.answer("how many were sacked lol", [earlier])
    assert answer.answered and "three were sacked" in answer.quotes[0].text


def test_the_sex_of_respondents_is_not_the_sex_of_officers(verbatim_service: Verbatim) -> None:
    """Found in a fresh clone's terminal: asked what share of officers were women, the bot
    quoted the BBC poll's "47% of female respondents". No seed gives officers' sex."""
    answer = verbatim_service.answer("what percentage of officers were women lol")
    assert not answer.answered, answer.reply


def test_a_follow_up_that_finds_nothing_is_answered_as_it_stands(
    verbatim_service: Verbatim,
) -> None:
    """Found in a fresh clone's terminal: "how many were sacked" after "did the met withhold
    any of the foi" was read with the request, and refused."""
    answer = verbatim_service.answer(
        "how many were sacked", ["did the met withhold any of the foi"]
    )
    assert answer.answered and "three were sacked" in answer.quotes[0].text


def test_a_question_opening_with_a_year_that_asks_its_own_question_stands_alone(
    verbatim_service: Verbatim,
) -> None:
    """Found in a fresh clone's terminal: "in 2017 compared with ..." had been read as a
    follow-up to a question on sackings, and answered with the Observer's removals."""
    question = (
        "in 2017 compared with five years earlier how much did sexual misconduct reports grow"
    )
    answer = verbatim_service.answer(question, ["how many met cops were sacked lol"])
    assert answer.answered and "three times more reports" in answer.quotes[0].text


def test_a_follow_up_is_answered_by_what_it_newly_asks(verbatim_service: Verbatim) -> None:
    history = ["how many met officers were accused of sexual assault between 2012 and 2018"]
    answer = verbatim_service.answer("what about the ones that were upheld", history=history)
    assert answer.answered and all("upheld" in q.text for q in answer.quotes)


def test_a_question_that_names_its_speaker_stands_alone(verbatim_service: Verbatim) -> None:
    history = ["how many met cops were sacked in 2023"]
    answer = verbatim_service.answer("what did the met say", history=history)
    assert answer.answered and "The Met said" in answer.quotes[0].text
    # no source counts money, whatever was asked before
    money = verbatim_service.answer("how much compensation has the met paid out", history=history)
    assert not money.answered
    dates = verbatim_service.answer("what dates does the independent data cover", history=history)
    assert dates.answered and "1 January 2012" in dates.quotes[0].text
    # a person named as the speaker, after a question that named years
    krys = verbatim_service.answer("what did rachel krys say", history=["met cops 2012-2018"])
    assert krys.answered and "Rachel Krys" in krys.quotes[0].text
    # her words end where she is named as their speaker: the next sentence is another story
    assert krys.quotes[0].text.endswith("told The Independent.")


def test_mentions_are_no_part_of_a_question() -> None:
    assert clean_question("@everyone <@123> <@!45> <@&6> <#7> @here how many") == "how many"


def test_chatter_is_not_a_follow_up(verbatim_service: Verbatim) -> None:
    history = ["how many police scotland officers were sacked in 2023"]
    answer = verbatim_service.answer("@everyone lol", history=history)
    assert not answer.answered and "force" not in answer.reply


@pytest.mark.parametrize(
    ("questions", "hit1", "abstention", "false_abstention"),
    [
        ("questions.yaml", 0.9, 0.92, 0.027),
        ("heldout.yaml", 1.0, 0.85, 0.0),
        ("blind.yaml", 0.95, 1.0, 0.0),
        ("fresh.yaml", 0.94, 1.0, 0.0),
        ("fresh2.yaml", 0.97, 0.91, 0.0),
        ("fresh3.yaml", 0.9, 0.83, 0.0),
        ("fresh4.yaml", 0.9, 0.83, 0.0),
        ("fresh5.yaml", 0.97, 1.0, 0.0),
        ("fresh6.yaml", 1.0, 1.0, 0.0),
        ("fresh7.yaml", 0.92, 1.0, 0.0),
        ("fresh8.yaml", 0.97, 1.0, 0.0),
        ("fresh9.yaml", 0.97, 0.91, 0.0),
        ("fresh10.yaml", 0.97, 1.0, 0.0),
        ("fresh11.yaml", 0.92, 1.0, 0.05),
        ("fresh12.yaml", 1.0, 1.0, 0.0),
        ("fresh13.yaml", 0.97, 1.0, 0.0),
        ("fresh14.yaml", 0.97, 1.0, 0.0),
        ("fresh15.yaml", 0.97, 1.0, 0.0),
        ("fresh16.yaml", 0.95, 0.91, 0.025),
        ("fresh17.yaml", 0.95, 1.0, 0.0),
    ],
)
def test_eval_floor(
    verbatim_service: Verbatim,
    questions: str,
    hit1: float,
    abstention: float,
    false_abstention: float,
) -> None:
    """The floor each question set must not fall below (the bar in the issue is higher)."""
    metrics = score(verbatim_service, load_questions(QUESTIONS.parent / questions)).metrics()
    assert metrics["rule violations"] == 0
    assert metrics["hit@1"] >= hit1
    assert metrics["abstention"] >= abstention
    assert metrics["false abstention"] <= false_abstention


def _with_sources(tmp_path_factory: pytest.TempPathFactory, minilm, folder: str) -> Verbatim:  # type: ignore[no-untyped-def]
    """The seeds and the documents of ``tests/eval/FOLDER/sources``, indexed together."""
    root = tmp_path_factory.mktemp(folder)
    knowledge = root / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    shutil.copytree(QUESTIONS.parent / folder / "sources", knowledge / "sources" / folder)
    reindex(knowledge, root / "index", lambda: minilm, model_name=minilm.name)
    return Verbatim.open(knowledge, root / "index", embedder=minilm)


@pytest.fixture(scope="module")
def with_added_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Synthetic documents of the kinds maintainers add (an FOI table, an HTML article, a
    hard-wrapped bulletin, sources that disagree)."""
    return _with_sources(tmp_path_factory, minilm, "added")


@pytest.fixture(scope="module")
def with_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Real pages a maintainer would add: FOI answers of the Met and Dorset, news, official
    statistics, as a stored copy holds them."""
    return _with_sources(tmp_path_factory, minilm, "real")


@pytest.fixture(scope="module")
def with_more_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """More real pages: FOI answers of West Midlands and Avon and Somerset, news on the PSNI,
    Thames Valley and GMP, the IPCC, the Scottish Police Authority and the Home Office."""
    return _with_sources(tmp_path_factory, minilm, "real2")


@pytest.fixture(scope="module")
def with_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """A third set of real pages: FOI answers of West Yorkshire and Avon and Somerset, Home
    Office statistics, news on Scotland, the PSNI and Hampshire, an HMIC report's coverage."""
    return _with_sources(tmp_path_factory, minilm, "real3")


@pytest.fixture(scope="module")
def with_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """News pages on forces across England, Wales and Scotland: ITV, the BBC, regional papers,
    City A.M. and the Bureau of Investigative Journalism."""
    return _with_sources(tmp_path_factory, minilm, "real4")


@pytest.fixture(scope="module")
def with_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Primary documents: IOPC and HMICFRS releases, a Northumbria FOI answer, force
    statements, a Met page and a Scottish Police Authority paper."""
    return _with_sources(tmp_path_factory, minilm, "real5")


@pytest.fixture(scope="module")
def with_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Regional news with lists by force, a Cleveland FOI answer, HMICFRS and IOPC pages."""
    return _with_sources(tmp_path_factory, minilm, "real6")


@pytest.fixture(scope="module")
def with_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Regional news on Nottinghamshire, Derbyshire, South Wales and Leicestershire, Police
    Scotland and the PSNI, an Avon and Somerset release and EVAW's summary of the NPCC data."""
    return _with_sources(tmp_path_factory, minilm, "real7")


@pytest.fixture(scope="module")
def with_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """News on Thames Valley, Durham, Surrey and the Met's review of past cases, the Casey
    review's method, statements of Bedfordshire Police and West Mercia's PCC."""
    return _with_sources(tmp_path_factory, minilm, "real8")


@pytest.fixture(scope="module")
def with_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """News on Northumbria, the PSNI, Police Scotland, Norfolk, Suffolk, Hampshire, GMP and
    the Met's suspensions."""
    return _with_sources(tmp_path_factory, minilm, "real9")


@pytest.fixture(scope="module")
def with_tenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """A PSNI FOI answer, and local news on Sussex, Cumbria, Cambridgeshire, Bedfordshire,
    Wiltshire, Hampshire and Police Scotland."""
    return _with_sources(tmp_path_factory, minilm, "real10")


@pytest.fixture(scope="module")
def with_eleventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National figures: the barred list, the NPCC's, HMICFRS's vetting inspection, the
    Centre for Women's Justice's super-complaint, Casey's interim report, convictions."""
    return _with_sources(tmp_path_factory, minilm, "real11")


@pytest.fixture(scope="module")
def with_twelfth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """News and statements on Lincolnshire, BTP, Lancashire, Staffordshire, Merseyside and
    Surrey, the NI Police Ombudsman and an NPCC letter."""
    return _with_sources(tmp_path_factory, minilm, "real12")


@pytest.fixture(scope="module")
def with_thirteenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Pages comparing forces and years: officers under investigation, domestic abuse
    outcomes, complaints per force, convictions, vetting."""
    return _with_sources(tmp_path_factory, minilm, "real13")


@pytest.mark.parametrize(
    "question",
    [
        # the whole, not "three police officers ... were in the Northumbrian force"
        "how many cops found guilty of mishandling sex crime cases kept their jobs",
        # the count the headline's fraction stands for
        "byline times says three quarters kept their jobs, what is the number behind it",
    ],
)
def test_a_national_source_gives_its_whole_before_one_force_s_part(
    verbatim_service: Verbatim, question: str
) -> None:
    assert "Nine out of 12 police officers" in first_quote(verbatim_service, question)


def test_a_reference_line_is_quoted_only_for_its_reference(verbatim_service: Verbatim) -> None:
    """The line filing a request under its number tells what was asked only when asked."""
    asked = "in the met foi, did the requester ask whether accused officers are still serving"
    assert "reference no" not in first_quote(verbatim_service, asked)
    ref = "what was the foi ref for the met request on domestic abuse and sexual misconduct"
    assert "01.FOI.22.025664" in first_quote(verbatim_service, ref)


@pytest.mark.parametrize(
    "question",
    [
        "did the met refuse that foi about allegations or hand the information over",
        # the years say which request; the decision need not repeat them
        "for the 2017-2022 allegations request, did the met withhold any or release it in full",
    ],
)
def test_what_was_decided_on_a_request_is_quoted(verbatim_service: Verbatim, question: str) -> None:
    assert "decided to disclose the located information" in first_quote(verbatim_service, question)


def test_whether_a_figure_was_found_is_answered_by_saying_it_was_not(
    verbatim_service: Verbatim,
) -> None:
    """The Observer: "It has not been revealed, however, home many of the cases were subject
    to a criminal investigation" answers whether it found out, though it holds no figure."""
    question = "did the observer find out how many of those met cases were criminally investigated"
    assert "It has not been revealed" in first_quote(verbatim_service, question)


def test_an_independent_review_names_no_newspaper(verbatim_service: Verbatim) -> None:
    """ "the independent review of the met's culture" is the Casey review, not The Independent's
    article, whose quotes would otherwise be the only ones allowed."""
    question = "who did the commissioner ask to lead the independent review of met culture"
    assert "Baroness Louise Casey" in first_quote(verbatim_service, question)


def test_an_exact_figure_comes_before_the_rounded_one(
    with_thirteenth_real_sources: Verbatim,
) -> None:
    """The story leads with "More than 1,100 police officers ..." and states 1,151 further
    down: asked how many, the exact figure is quoted first."""
    question = "how many officers in england and wales are under investigation for sexual abuse"
    assert "1,151" in first_quote(with_thirteenth_real_sources, question)


def test_a_vague_lede_yields_to_the_count_that_follows(
    with_fifteenth_real_sources: Verbatim,
) -> None:
    """ "DOZENS of employees are still working at Dorset Police ..." leads; "They included 36
    in Dorset Police - with 31 of them still in a job" says how many."""
    question = "how many dorset police staff accused of domestic abuse are still working there"
    assert "31 of them still in a job" in first_quote(with_fifteenth_real_sources, question)


def test_a_national_figure_in_a_local_story_is_not_made_exact_for_the_force(
    with_tenth_real_sources: Verbatim,
) -> None:
    """The Hampshire Chronicle's "more than 1,300 police officers" is national, and so is the
    exact 1,319: neither answers how many Hampshire officers were reported."""
    question = "how many hampshire police officers and staff were reported for domestic abuse"
    assert "56 in Hampshire Constabulary" in first_quote(with_tenth_real_sources, question)


def test_a_share_is_not_answered_with_a_count_alone(with_added_sources: Verbatim) -> None:
    """The national bulletin's "58% of allegations were made by police colleagues" is the
    share asked for; a sentence that only counts no longer leads the answer to another
    source's share ("31 out of 562 officers")."""
    question = "what percentage of allegations come from other police rather than the public"
    assert "58% of allegations" in first_quote(with_added_sources, question)


def test_a_figure_for_another_kind_of_wrongdoing_is_no_answer(
    with_tenth_real_sources: Verbatim,
) -> None:
    """The News and Star counts Cumbria officers accused of sexual assault and of sexual
    harassment, and nobody accused of domestic abuse."""
    answer = with_tenth_real_sources.answer("cumbria officers accused of domestic abuse 2019-2021")
    assert not answer.answered, answer.reply


def test_a_sum_of_money_is_not_answered_with_a_count(with_third_real_sources: Verbatim) -> None:
    """The BBC counts PSNI officers suspended on full pay; no source says what that cost."""
    answer = with_third_real_sources.answer(
        "how much money has the psni paid officers suspended over sexual offence claims"
    )
    assert not answer.answered, answer.reply


@pytest.fixture(scope="module")
def with_fourteenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National figures from Channel 4's FOI requests, and pages on Gloucestershire, Avon and
    Somerset, Police Scotland, South Yorkshire, Hertfordshire, Wiltshire, Devon and Cornwall."""
    return _with_sources(tmp_path_factory, minilm, "real14")


@pytest.fixture(scope="module")
def with_fifteenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """News and campaign pages: Refuge, vetting, officers accused of domestic abuse who kept
    their jobs, Welsh dismissals, Police Scotland, Dorset, Norfolk."""
    return _with_sources(tmp_path_factory, minilm, "real15")


@pytest.fixture(scope="module")
def with_sixteenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Thames Valley (two pages, 2021 and 2025), the PSNI (two), Police Scotland,
    Leicestershire, Humberside and Suffolk."""
    return _with_sources(tmp_path_factory, minilm, "real16")


@pytest.fixture(scope="module")
def with_seventeenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Outcomes over time: the Met's sexual misconduct claims and arrests, officers' sexual
    contact with victims, Hertfordshire, Thames Valley, West Yorkshire, complaints nationally."""
    return _with_sources(tmp_path_factory, minilm, "real17")


@pytest.fixture(scope="module")
def with_eighteenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Local FOI stories: West Midlands, Police Scotland, Merseyside, Staffordshire, West
    Mercia, Thames Valley, Avon and Somerset, and the PSNI's answer to its Policing Board."""
    return _with_sources(tmp_path_factory, minilm, "real18")


@pytest.fixture(scope="module")
def with_nineteenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National bodies and the Met: integrity screening, domestic abuse investigations, the
    Onyx review, vetting, officers under investigation without restrictions, super-complaints."""
    return _with_sources(tmp_path_factory, minilm, "real19")


@pytest.fixture(scope="module")
def with_twentieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Women's complaints and police-perpetrated abuse: Norfolk, the Centre for Women's
    Justice, the NPCC's VAWG figures, the Angiolini inquiry, officers convicted, a Unison
    survey."""
    return _with_sources(tmp_path_factory, minilm, "real20")


@pytest.fixture(scope="module")
def with_twenty_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures side by side: complaints not investigated nationally, the Met's restricted
    officers, West Yorkshire, Police Scotland, a Times inquiry, GMP against its neighbours,
    Dorset, the PSNI."""
    return _with_sources(tmp_path_factory, minilm, "real21")


@pytest.fixture(scope="module")
def with_twenty_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers who kept their jobs or left before hearings: Norfolk and Suffolk, the barred
    list, suspensions, the disapproved register, reflective practice, online misconduct, the
    PSNI."""
    return _with_sources(tmp_path_factory, minilm, "real22")


@pytest.fixture(scope="module")
def with_twenty_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Scotland, Wales, Northern Ireland and county forces: Police Scotland's staff accused of
    domestic abuse, Gwent, Cumbria, Hampshire, Avon and Somerset, North Yorkshire, the PSNI."""
    return _with_sources(tmp_path_factory, minilm, "real23")


@pytest.fixture(scope="module")
def with_twenty_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met after Couzens and Carrick: its standards update, Operation Onyx, the national
    data wash, the Parliamentary and Diplomatic Protection Command, officers on trial."""
    return _with_sources(tmp_path_factory, minilm, "real24")


@pytest.fixture(scope="module")
def with_twenty_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Complaints against officers: the NPCC's VAWG figures, Hampshire, Thames Valley, South
    Yorkshire, Police Scotland, the IOPC's abuse of position figures, Leicestershire and
    Lincolnshire, Nottinghamshire."""
    return _with_sources(tmp_path_factory, minilm, "real25")


@pytest.fixture(scope="module")
def with_twenty_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Staff, PCSOs, specials and officers convicted of sexual offences: the BBC's count of
    child abusers, the inspectorate on officers preying on victims, Kent, Humberside,
    Lancashire and Hertfordshire cases, the Met's officers in court."""
    return _with_sources(tmp_path_factory, minilm, "real26")


@pytest.fixture(scope="module")
def with_twenty_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Unusual wording: the barred list's reasons for 2023/24, an opinion piece, Dispatches,
    HMIC on Essex, two forum threads, North Yorkshire's VAWG figures."""
    return _with_sources(tmp_path_factory, minilm, "real27")


@pytest.fixture(scope="module")
def with_twenty_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Regional forces: Police Scotland, the PSNI, South Wales, Cumbria, Northumbria,
    Northamptonshire and Derbyshire, on officers accused of sexual misconduct or domestic abuse."""
    return _with_sources(tmp_path_factory, minilm, "real28")


@pytest.fixture(scope="module")
def with_thirtieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met after Everard and Carrick: the re-vetting, Operation Onyx, dismissals under the
    new rules, the misconduct backlog, hearings and a borough's allegations."""
    return _with_sources(tmp_path_factory, minilm, "real30")


@pytest.fixture(scope="module")
def with_thirty_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Unusual wording: a PressReader copy, a forum post quoting an agency story, an opinion
    column, a law firm's blog, a union survey, the old watchdog's referrals."""
    return _with_sources(tmp_path_factory, minilm, "real31")


@pytest.fixture(scope="module")
def with_thirty_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Forces other than the Met: Greater Manchester, Thames Valley, the PSNI, Cambridgeshire,
    Police Scotland, Wiltshire, Merseyside and Cleveland."""
    return _with_sources(tmp_path_factory, minilm, "real32")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "between April 2020 and the end of June", in a story of August 2025
        ("thames valley police sexual misconduct allegations since april 2020", "321 allegations"),
        # "two investigations in 2019, one in 2020": "one" is no figure, but the year is there
        ("poni investigations opened in 2019 and 2020", "PONI launched two investigations"),
        # "kept contacting" is no job kept
        ("when was the cop who kept contacting sex workers arrested", "arrested by Merseyside"),
        # the Hunts Post spells out the "Independent Office for Police Complaints"
        (
            "hunts post: what share of iopc investigations are about abuse of position",
            "60 per cent",
        ),
        # "what was it called": the name given to it ("named Operation Gosport")
        (
            "what was the cleveland investigation into the senior officer called",
            "Operation Gosport",
        ),
    ],
)
def test_other_forces_in_the_words_people_use(
    with_thirty_second_real_sources: Verbatim, question: str, answer: str
) -> None:
    assert answer in first_quote(with_thirty_second_real_sources, question)


@pytest.fixture(scope="module")
def with_thirty_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Statistics: HMIC's and HMICFRS's inspections of abuse of position, a union survey, an
    FOI log, the first national VAWG data, Operation Onyx, Police Scotland's recording."""
    return _with_sources(tmp_path_factory, minilm, "real34")


@pytest.fixture(scope="module")
def with_thirty_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Pages of 2021 to 2026 stating periods unusually: charges against officers, Baroness
    Casey's interim review, the barred list, Suffolk, Thames Valley and the PSNI."""
    return _with_sources(tmp_path_factory, minilm, "real35")


@pytest.fixture(scope="module")
def with_thirty_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Pages of 2024 to 2026: the Home Office's yearly figures, vetting, the barred list, a
    sentencing, and Police Scotland's misconduct outcomes."""
    return _with_sources(tmp_path_factory, minilm, "real36")


def test_a_sentence_pointing_back_to_the_period_counts_for_it(
    with_thirty_sixth_real_sources: Verbatim,
) -> None:
    """ "The largest number of court charges ... in the period were for sexual offences", after
    "the year ending March 31, 2025": a kind of offence, for the year asked."""
    question = "what kind of offence were officers most often charged with in court in 2024/25"
    assert "were for sexual offences" in first_quote(with_thirty_sixth_real_sources, question)


def test_a_question_narrowed_specifically_is_answered_only_by_what_speaks_of_it(
    with_thirty_fifth_real_sources: Verbatim, with_fourth_real_sources: Verbatim
) -> None:
    """The count of every officer barred is no count of those barred for sexual misconduct, in
    a story about sexual misconduct; a sentence that names the narrower thing still answers."""
    answer = with_thirty_fifth_real_sources.answer(
        "how many of the 735 barred officers were sacked for sexual offences or misconduct "
        "specifically"
    )
    assert not answer.answered
    question = (
        "of the met cops still on normal duty how many are being investigated for sexual abuse "
        "specifically"
    )
    assert "Sexual abuse investigations are ongoing into 111" in first_quote(
        with_fourth_real_sources, question
    )


@pytest.fixture(scope="module")
def with_thirty_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Stories built on FOI answers and force reports: the Met, North Wales, Merseyside,
    Humberside, with HMIC's and the Guardian's national counts."""
    return _with_sources(tmp_path_factory, minilm, "real37")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "In 2019, 87 per cent of those accused were men, rising to 89 per cent in 2020": the
        # year is there, and the source's title says what the accusations were
        ("what % of met cops accused of sexual misconduct in 2020 were male", "89 per cent"),
        # "in the first five months of this year", in a story of 2021
        ("met sexual misconduct accusations jan to may 2021", "a further 33 officers"),
    ],
)
def test_a_year_asked_is_found_where_the_source_states_it(
    with_thirty_seventh_real_sources: Verbatim, question: str, answer: str
) -> None:
    assert answer in first_quote(with_thirty_seventh_real_sources, question)


@pytest.fixture(scope="module")
def with_thirty_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Regional forces and inspectorates: Cheshire's barred list, Hampshire and Surrey,
    Cumbria, Police Scotland, Gloucestershire, Sussex, Northern Ireland's ombudsman, BTP."""
    return _with_sources(tmp_path_factory, minilm, "real38")


@pytest.fixture(scope="module")
def with_thirty_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met after Carrick and Casey, with national counts: NPCC violence against women
    data, convictions since Everard, IOPC abuse of position, a 1993 survey of policewomen."""
    return _with_sources(tmp_path_factory, minilm, "real39")


@pytest.fixture(scope="module")
def with_fortieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Northern Ireland, Scotland and Wales, university research and Refuge's campaign."""
    return _with_sources(tmp_path_factory, minilm, "real40")


@pytest.fixture(scope="module")
def with_forty_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Local news on named forces, an IOPC case, the barred list and the IPCC in 2012."""
    return _with_sources(tmp_path_factory, minilm, "real41")


@pytest.fixture(scope="module")
def with_forty_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """County forces: Thames Valley, Avon and Somerset, West Midlands, Devon and Cornwall,
    West Yorkshire, Staffordshire and Essex."""
    return _with_sources(tmp_path_factory, minilm, "real42")


@pytest.fixture(scope="module")
def with_forty_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures by force and year: the Times and LBC FOI counts, HMIC, Hampshire, Nottinghamshire
    and the PSNI, vetting and the barred list."""
    return _with_sources(tmp_path_factory, minilm, "real43")


@pytest.fixture(scope="module")
def with_forty_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: accused officers still serving, vetting, dismissals and suspensions after
    Carrick, a gross misconduct hearing, and misconduct outcomes from 2013."""
    return _with_sources(tmp_path_factory, minilm, "real44")


@pytest.fixture(scope="module")
def with_forty_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National figures: the barred list, NPCC violence against women data, HMICFRS vetting,
    convictions since Sarah Everard's murder and dismissals for domestic abuse."""
    return _with_sources(tmp_path_factory, minilm, "real45")


@pytest.fixture(scope="module")
def with_forty_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """County forces in local papers: domestic abuse by staff, officers who quit before their
    hearings, open investigations and officers arrested in the North East."""
    return _with_sources(tmp_path_factory, minilm, "real46")


@pytest.fixture(scope="module")
def with_forty_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Court reports, an Assembly answer from Northern Ireland's ombudsman, and news of FOI
    figures from Sussex, Durham, Police Scotland's authority and the Met."""
    return _with_sources(tmp_path_factory, minilm, "real47")


@pytest.fixture(scope="module")
def with_forty_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met after 2021: officers suspended or on restricted duties, its vetting review,
    dismissals by year, the Casey review and its anti-corruption hotline."""
    return _with_sources(tmp_path_factory, minilm, "real48")


@pytest.fixture(scope="module")
def with_forty_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Forces outside England: Police Scotland, the PSNI, Gwent and South Wales."""
    return _with_sources(tmp_path_factory, minilm, "real49")


@pytest.fixture(scope="module")
def with_fiftieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National pages: the IPCC and HMIC on abuse of position, Unison's survey, HMICFRS on
    vetting, the NPCC's VAWG data, the barred list, integrity screening and the Domestic Abuse
    Commissioner on police-perpetrated abuse."""
    return _with_sources(tmp_path_factory, minilm, "real50")


@pytest.fixture(scope="module")
def with_fifty_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Midlands and the North: Northumbria, Greater Manchester, West Midlands, South
    Yorkshire, Cheshire and Merseyside."""
    return _with_sources(tmp_path_factory, minilm, "real51")


@pytest.fixture(scope="module")
def with_fifty_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met before 2021: stories of the 2010s on complaints, dismissals and abuse of
    position."""
    return _with_sources(tmp_path_factory, minilm, "real52")


@pytest.fixture(scope="module")
def with_fifty_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Forces of the South and East: Thames Valley, Hampshire, Avon and Somerset, Sussex,
    Essex, Wiltshire, Dorset, and Suffolk, Norfolk and Cambridgeshire."""
    return _with_sources(tmp_path_factory, minilm, "real53")


@pytest.fixture(scope="module")
def with_fifty_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The IOPC and HMIC on national figures, the Met, Police Scotland, Northamptonshire, and
    officers convicted in court."""
    return _with_sources(tmp_path_factory, minilm, "real54")


@pytest.fixture(scope="module")
def with_fifty_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Vetting, the barred list, and the harassment of police staff by colleagues."""
    return _with_sources(tmp_path_factory, minilm, "real55")


@pytest.fixture(scope="module")
def with_fifty_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: complaints of sexual offences and domestic abuse, its reviews and hotline."""
    return _with_sources(tmp_path_factory, minilm, "real56")


@pytest.fixture(scope="module")
def with_fifty_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Campaigners, charities and parliament: Refuge, UNISON, the NCDV and the London Assembly."""
    return _with_sources(tmp_path_factory, minilm, "real57")


@pytest.fixture(scope="module")
def with_fifty_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Forces other than the Met: Scotland, Northern Ireland, Wales, Thames Valley, Dorset,
    Greater Manchester and Nottinghamshire."""
    return _with_sources(tmp_path_factory, minilm, "real58")


@pytest.fixture(scope="module")
def with_fifty_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Misconduct outcomes force by force: Norfolk and Suffolk, Thames Valley, Lancashire,
    Nottinghamshire, West Yorkshire, South Wales, Wiltshire and Hampshire, and Kent."""
    return _with_sources(tmp_path_factory, minilm, "real59")


@pytest.fixture(scope="module")
def with_sixtieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: suspensions, misconduct cases, the vetting review, officers' convictions,
    Operation Onyx and sexual misconduct claims."""
    return _with_sources(tmp_path_factory, minilm, "real60")


@pytest.fixture(scope="module")
def with_sixty_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """One force each outside London: Humberside, Cambridgeshire, Avon and Somerset, the PSNI,
    Lancashire, Hampshire, Northamptonshire and Cumbria."""
    return _with_sources(tmp_path_factory, minilm, "real61")


@pytest.fixture(scope="module")
def with_sixty_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National data and reports: the IOPC, the NPCC, HMIC and HMICFRS on vetting, UNISON's
    survey and the Press Association's count of officers with convictions."""
    return _with_sources(tmp_path_factory, minilm, "real62")


@pytest.fixture(scope="module")
def with_sixty_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Pages with figures close together: Lancashire, Suffolk, Hampshire and Norfolk, HMIC's
    report on abuse of authority for sexual gain, the NPCC's figures and a blog."""
    return _with_sources(tmp_path_factory, minilm, "real63")


@pytest.fixture(scope="module")
def with_sixty_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Scotland, Northern Ireland, Wales and the national forces: the Civil Nuclear
    Constabulary, the Ministry of Defence Police and the City of London Police."""
    return _with_sources(tmp_path_factory, minilm, "real64")


@pytest.fixture(scope="module")
def with_sixty_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Misconduct hearings and their outcomes, suspensions, and officers who quit before them."""
    return _with_sources(tmp_path_factory, minilm, "real65")


@pytest.fixture(scope="module")
def with_sixty_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: allegations since 2010, suspensions and restricted duties, the IOPC's report on
    Charing Cross, domestic abuse cases, convictions, Carrick and Onyx's reinvestigations."""
    return _with_sources(tmp_path_factory, minilm, "real66")


@pytest.fixture(scope="module")
def with_sixty_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """One force each outside London: Northumbria, Greater Manchester, South Yorkshire,
    Hampshire, Essex, Cleveland, North Wales and Devon and Cornwall."""
    return _with_sources(tmp_path_factory, minilm, "real67")


@pytest.fixture(scope="module")
def with_sixty_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National data and reports: the NPCC's figures on violence against women and girls,
    dismissals, HMIC on sexual exploitation, UNISON's survey and IPCC referrals."""
    return _with_sources(tmp_path_factory, minilm, "real68")


@pytest.fixture(scope="module")
def with_sixty_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Breakdowns by year and category: Norfolk, Cumbria, West Yorkshire, North Yorkshire,
    Greater Manchester, and FOI answers from Avon and Somerset and Cleveland."""
    return _with_sources(tmp_path_factory, minilm, "real69")


@pytest.fixture(scope="module")
def with_seventieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers and staff accused by colleagues and the public: Thames Valley, Hampshire and
    Dorset, the NPCC's figures, surveys in Police Scotland and Channel 4's Cops on Trial."""
    return _with_sources(tmp_path_factory, minilm, "real70")


@pytest.fixture(scope="module")
def with_seventy_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Convictions of serving officers and domestic abuse by officers: the Bureau's figures,
    the Press Association's count by force, the super-complaint, Northumbria and Police Scotland."""
    return _with_sources(tmp_path_factory, minilm, "real71")


@pytest.fixture(scope="module")
def with_seventy_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: domestic violence accusations, misconduct hearings, public complaints, the
    clear-out of officers, those found guilty of sexual misconduct who kept their jobs, and
    suspensions."""
    return _with_sources(tmp_path_factory, minilm, "real72")


@pytest.fixture(scope="module")
def with_seventy_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """One force each outside London (South Yorkshire, Surrey, West Mercia, Essex, Sussex,
    Hampshire, Bedfordshire, Hertfordshire), mostly hearings and what came of them."""
    return _with_sources(tmp_path_factory, minilm, "real73")


@pytest.fixture(scope="module")
def with_seventy_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National data and reports: the NPCC's count of violence against women and girls,
    Angiolini, the Home Office's officers found guilty, HMICFRS on vetting, Unison's survey,
    Police Scotland and David Carrick."""
    return _with_sources(tmp_path_factory, minilm, "real74")


@pytest.fixture(scope="module")
def with_seventy_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures close together: staff investigated for predatory behaviour, IPCC referrals,
    harassment of policewomen, Police Scotland's suspensions, Gloucestershire, Humberside,
    Greater Manchester and the Met's vetting."""
    return _with_sources(tmp_path_factory, minilm, "real75")


@pytest.fixture(scope="module")
def with_seventy_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers convicted or kept on: the Met after Carrick, abuse of position referrals,
    officers and PCSOs convicted, Merseyside, the super-complaint, a volunteer constable,
    Thames Valley and Derbyshire."""
    return _with_sources(tmp_path_factory, minilm, "real76")


@pytest.fixture(scope="module")
def with_seventy_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures beyond the headline: allegations against serving officers, the NPCC's
    figures, Unison's survey, the Met's review of old cases, Operation Hotton, North Wales,
    Cleveland's arrests and IOPC referrals."""
    return _with_sources(tmp_path_factory, minilm, "real77")


@pytest.fixture(scope="module")
def with_seventy_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """News reports of forces' FOI answers: the Met's sex accusations proven since 2000, Met
    officers investigated over obscene images, Greater Manchester and Hampshire staff accused
    of domestic abuse, the watchdogs' report on the super-complaint, and officers with
    convictions in the PA's figures."""
    return _with_sources(tmp_path_factory, minilm, "real78")


@pytest.fixture(scope="module")
def with_seventy_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: officers suspended or on restricted duties, vetting failures, the review of
    1,633 old cases after Carrick, staff let resign, Carrick's sentences, the Op Assure ruling
    and the Casey report."""
    return _with_sources(tmp_path_factory, minilm, "real79")


@pytest.fixture(scope="module")
def with_eightieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """One force each outside London: Surrey, West Midlands, Norfolk, the RUC's harassment
    survey (a newspaper and Hansard), Police Scotland's survey, Sussex, the PSNI and Durham."""
    return _with_sources(tmp_path_factory, minilm, "real80")


@pytest.fixture(scope="module")
def with_eighty_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National figures: the NPCC's check of police workers against the national database, its
    first VAWG benchmark, harassment complaints across forces, Refuge's polling, domestic abuse
    accusations and kept jobs, HMIC on abuse of authority and the IOPC on abuse of position."""
    return _with_sources(tmp_path_factory, minilm, "real81")


@pytest.fixture(scope="module")
def with_eighty_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers' cases: jailed, barred or banned, with their sentences, ages, victims and
    service (the Met, Hertfordshire, Northumbria, Norfolk, Sussex, Greater Manchester, South
    Yorkshire and West Midlands)."""
    return _with_sources(tmp_path_factory, minilm, "real82")


@pytest.fixture(scope="module")
def with_eighty_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures close together: the national database check, VAWG complaints in six months,
    HMIC's abuse of authority figures, a chief superintendent's appeal, record dismissals,
    misuse of social media, Carrick's life sentences and Couzens' sentence."""
    return _with_sources(tmp_path_factory, minilm, "real83")


@pytest.fixture(scope="module")
def with_eighty_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Police-perpetrated domestic abuse and abuse of position: the Observer's misconduct claims,
    Met officers arrested for domestic abuse, two officers convicted of coercive control, Sussex
    referrals to the IOPC, a Hampshire officer sacked, Northern Ireland's inspectorate, Carrick."""
    return _with_sources(tmp_path_factory, minilm, "real84")


@pytest.fixture(scope="module")
def with_eighty_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: vetting relaxed for recruitment, a thousand officers suspended or restricted,
    Carrick's life sentences, Operation Hotton at Charing Cross, Provan's sentence, two
    misconduct hearings and the Times on impunity."""
    return _with_sources(tmp_path_factory, minilm, "real85")


@pytest.fixture(scope="module")
def with_eighty_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """One force each outside London: Merseyside, West Mercia, Wiltshire, South Yorkshire,
    Gwent, Kent, Northumbria, Police Scotland and the PSNI."""
    return _with_sources(tmp_path_factory, minilm, "real86")


@pytest.fixture(scope="module")
def with_eighty_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Harassment and misogyny inside policing: tribunals in the West Midlands, Sussex, the
    PSNI and Greater Manchester, a force survey, Hampshire's Basingstoke unit and a
    Hertfordshire panel."""
    return _with_sources(tmp_path_factory, minilm, "real87")


@pytest.fixture(scope="module")
def with_eighty_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers' cases: jailed, sacked or barred (West Mercia, the Met, Greater Manchester,
    Humberside, West Midlands, Gwent, Yorkshire), with sentences, ages and dates."""
    return _with_sources(tmp_path_factory, minilm, "real88")


@pytest.fixture(scope="module")
def with_eighty_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures close together: domestic abuse accusations, dismissals and the barred list,
    sexual misconduct claims over five years, convictions since Everard's murder, officers
    punished for sexual contact, Cambridgeshire's claims and the Met's record year."""
    return _with_sources(tmp_path_factory, minilm, "real89")


@pytest.fixture(scope="module")
def with_ninetieth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """London: the Onyx review of officers accused of sexual or domestic abuse, Met convictions
    since 2002, rape complaints against staff, Sapphire, the gross misconduct backlog, a
    trainee detective and a special constable sacked, and the review of 300 cases."""
    return _with_sources(tmp_path_factory, minilm, "real90")


@pytest.fixture(scope="module")
def with_ninety_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """One force each outside London: Cheshire, Norfolk, Nottinghamshire, Humberside,
    Cleveland, Gwent, Cumbria, the PSNI and Police Scotland."""
    return _with_sources(tmp_path_factory, minilm, "real91")


@pytest.fixture(scope="module")
def with_ninety_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers' cases: Lewis Edwards, Carrick's added life term, Darren Bond, a Met officer
    and a missing child, Norfolk PCs, BTP's Kieran Ball, Joseph McCabe and PCSO Steven Evans,
    with sentences, ages and dates."""
    return _with_sources(tmp_path_factory, minilm, "real92")


@pytest.fixture(scope="module")
def with_ninety_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures close together: Met suspensions and restrictions, Thames Valley's sackings
    and barrings, the 1,539 accused, two retired Met officers, a Thames Valley PC jailed,
    Sussex's PC Y, a Met outcome summary and vetting cases of concern."""
    return _with_sources(tmp_path_factory, minilm, "real93")


@pytest.fixture(scope="module")
def with_ninety_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """How cases were handled: private hearings, anonymity for officers, the Casey review's
    cases, Trevor Gray's appeals, the advisory list, a High Court judgment on a panel, and
    a Devon and Cornwall sergeant."""
    return _with_sources(tmp_path_factory, minilm, "real94")


@pytest.fixture(scope="module")
def with_ninety_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Women as victims: the Femicide Census, Dorset staff accused of domestic abuse, PC
    Andrew Gouge, abuse of authority for sexual gain, a PSNI constable, Carrick's sentence,
    Refuge on misconduct guidance and forces failing women exploited by officers."""
    return _with_sources(tmp_path_factory, minilm, "real95")


@pytest.fixture(scope="module")
def with_ninety_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """London: Met hearings doubling, an FOI on misconduct outcomes 2022-2025, the surge in
    probes after Casey, officers sharing obscene images, a Safer Schools PC, Couzens'
    WhatsApp group, Operation Assure in the High Court and nine Charing Cross officers."""
    return _with_sources(tmp_path_factory, minilm, "real96")


@pytest.fixture(scope="module")
def with_ninety_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """One force each outside London (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real97")


@pytest.fixture(scope="module")
def with_ninety_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers' cases: a Thames Valley PC convicted of rape, a Met PC who had sex with a
    victim, a Norfolk officer's indecent images, Lancashire's Jayson Lobo, Greater
    Manchester's Aidan Thompson, a Met PC jailed for abuse in the 1990s, PC Christopher
    Billinge and an Avon and Somerset special sergeant."""
    return _with_sources(tmp_path_factory, minilm, "real98")


@pytest.fixture(scope="module")
def with_ninety_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures close together (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real99")


@pytest.fixture(scope="module")
def with_hundredth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """How cases were handled: an Avon and Somerset DC barred, Gwent chiefs sacked in
    private, a Dyfed-Powys PC's final warning overturned, two judicial reviews of Met panels,
    the NPCC's violence against women figures and officers who resign before hearings."""
    return _with_sources(tmp_path_factory, minilm, "real100")


@pytest.fixture(scope="module")
def with_hundred_first_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Women as victims (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real101")


@pytest.fixture(scope="module")
def with_hundred_second_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """The Met: suspensions and the clean-up after Carrick, Cliff Mitchell's rapes, PC Hussain
    Chehab's guilty plea, Former Officer A's hearing, the historical vetting review, the
    complaints data and an IOPC report on an indecent exposure left uninvestigated."""
    return _with_sources(tmp_path_factory, minilm, "real102")


@pytest.fixture(scope="module")
def with_hundred_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Forces outside London (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real103")


@pytest.fixture(scope="module")
def with_hundred_fourth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Officers' cases: how Carrick was unmasked, Kent's PC Thomas Hill, a Kidderminster PCSO,
    Critchley's pension, Sussex's Officer X, GMP's Lee Ashcroft, a Dorset sergeant and
    trainees, and a Sussex PCSO sacked."""
    return _with_sources(tmp_path_factory, minilm, "real104")


@pytest.fixture(scope="module")
def with_hundred_fifth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Figures close together (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real105")


@pytest.fixture(scope="module")
def with_hundred_sixth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """How cases were handled: convicted Sussex officers kept on, the Met's register of those
    who quit, officers who abused their power for sexual gain, the Casey review, a BTP
    officer kept on, and officers suspended on full pay."""
    return _with_sources(tmp_path_factory, minilm, "real106")


@pytest.fixture(scope="module")
def with_hundred_seventh_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Women as victims (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real107")


@pytest.fixture(scope="module")
def with_hundred_eighth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Pages of kinds not used before: Police Scotland's figures in Parliament, a Court of
    Appeal judgment, a Hampshire unit sacked, sex discrimination awards, the Met's apology for
    undercover officers' relationships, and a blog on Carrick's sentence."""
    return _with_sources(tmp_path_factory, minilm, "real108")


@pytest.fixture(scope="module")
def with_hundred_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Pages of kinds not used before (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real109")


@pytest.fixture(scope="module")
def with_hundred_tenth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Scotland, Wales, Northern Ireland and national forces: Police Scotland's vetting and
    firearms unit, PSNI dismissals, Welsh officers who broke the law, a South Wales
    relationship, a BTP sergeant and the Civil Nuclear Constabulary."""
    return _with_sources(tmp_path_factory, minilm, "real110")


@pytest.fixture(scope="module")
def with_hundred_eleventh_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Scotland, Wales, Northern Ireland and national forces (held back: its questions are not
    read)."""
    return _with_sources(tmp_path_factory, minilm, "real111")


@pytest.fixture(scope="module")
def with_hundred_twelfth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Met cases: Gilmore, the Casey review on dismissal, a SOIT officer, Carrick sentenced,
    Charing Cross, Fletcher's judicial review, Couzens's indecent exposure reports and a PC
    kept on with a final written warning."""
    return _with_sources(tmp_path_factory, minilm, "real112")


@pytest.fixture(scope="module")
def with_hundred_thirteenth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """County forces outside London (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real113")


@pytest.fixture(scope="module")
def with_hundred_fourteenth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """National figures and reports: the NPCC's accusations data, HMICFRS on abuse of position
    and vetting, the Angiolini inquiry, the barred list and the Home Office's count of
    officers found guilty."""
    return _with_sources(tmp_path_factory, minilm, "real114")


@pytest.fixture(scope="module")
def with_hundred_fifteenth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Courts and tribunals (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real115")


@pytest.fixture(scope="module")
def with_hundred_sixteenth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """FOI answers and data journalism: national complaints, Refuge's FOI, officers who quit
    before an inquiry, Avon and Somerset, Norfolk, Essex, the Welsh forces and the PSNI."""
    return _with_sources(tmp_path_factory, minilm, "real116")


@pytest.fixture(scope="module")
def with_hundred_seventeenth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Abuse of position, vetting and criminal records (held back: its questions are not
    read)."""
    return _with_sources(tmp_path_factory, minilm, "real117")


@pytest.fixture(scope="module")
def with_hundred_twentieth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """National statistics and inquiries: Angiolini, the Home Affairs Committee, the barred
    list, the IOPC's 2018/19 report, Casey, HMICFRS on the Met, a written question, the Home
    Office workforce bulletin."""
    return _with_sources(tmp_path_factory, minilm, "real120")


@pytest.fixture(scope="module")
def with_hundred_twenty_first_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Scotland, Wales, Northern Ireland and the south and west of England (held back: its
    questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real121")


@pytest.fixture(scope="module")
def with_hundred_eighteenth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """The Met: its discipline figures of 2012-13, the disapproved register, vetting, and
    officers and specials dismissed."""
    return _with_sources(tmp_path_factory, minilm, "real118")


@pytest.fixture(scope="module")
def with_hundred_nineteenth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Forces of the Midlands, the North and the East (held back: its questions are not
    read)."""
    return _with_sources(tmp_path_factory, minilm, "real119")


@pytest.fixture(scope="module")
def with_hundred_twenty_second_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """PCSOs, special constables, police staff and the British Transport Police."""
    return _with_sources(tmp_path_factory, minilm, "real122")


@pytest.fixture(scope="module")
def with_hundred_twenty_third_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Officers who kept their jobs or came back: appeal tribunals, judicial reviews, written
    warnings (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real123")


@pytest.fixture(scope="module")
def with_hundred_twenty_fourth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Forces of the South East and South West: Surrey's vetting, Hampshire's dismissals,
    Devon and Cornwall, Dorset, Gloucestershire, a Sussex hearing and Kent since 2005."""
    return _with_sources(tmp_path_factory, minilm, "real124")


@pytest.fixture(scope="module")
def with_hundred_twenty_fifth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Scotland, Wales and Northern Ireland: resignations before misconduct proceedings, a
    PSNI review of old complaints, hearings in Dyfed-Powys, Gwent, North and South Wales (held
    back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real125")


@pytest.fixture(scope="module")
def with_hundred_twenty_sixth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Vetting and the inquiries after Couzens and Carrick: HMIC's vetting files, the Casey
    review, both Angiolini reports, the trawl of police records and the Met's own review."""
    return _with_sources(tmp_path_factory, minilm, "real126")


@pytest.fixture(scope="module")
def with_hundred_twenty_eighth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """National figures: sexual misconduct allegations by year, officers suspended on full pay
    and what they cost, dismissal and vetting reforms, a Commons statement."""
    return _with_sources(tmp_path_factory, minilm, "real128")


@pytest.fixture(scope="module")
def with_hundred_twenty_seventh_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Officers accused of domestic abuse: the super-complaint, Sussex, Devon and Cornwall,
    Bedfordshire and West Yorkshire (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real127")


@pytest.fixture(scope="module")
def with_hundred_twenty_ninth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """The North West: Greater Manchester, Lancashire, Cheshire, Cumbria and Merseyside (held
    back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real129")


@pytest.fixture(scope="module")
def with_hundred_thirtieth_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """The Met from 2024: the vetting appeal, the Charing Cross hearings, officers on paid leave
    and automatic dismissal for failing vetting."""
    return _with_sources(tmp_path_factory, minilm, "real130")


@pytest.fixture(scope="module")
def with_hundred_thirty_first_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Criminal cases against officers: misconduct in public office, sexual relationships with
    victims, a Police Complaints Authority report (held back: its questions are not read)."""
    return _with_sources(tmp_path_factory, minilm, "real131")


@pytest.fixture(scope="module")
def with_hundred_thirty_second_real_sources(  # type: ignore[no-untyped-def]
    tmp_path_factory: pytest.TempPathFactory, minilm
) -> Verbatim:
    """Yorkshire and the North East: West and South Yorkshire, Cleveland, Northumbria, Durham
    and the inspectorate's 2017 follow-up."""
    return _with_sources(tmp_path_factory, minilm, "real132")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "‘Officer A’" in quotes names Officer A
        ("when did officer A quit the met", "resigned from the Met in January 2024"),
        # "began on Monday, 15 January" is a day, with no year written
        (
            "when did the hearing for officer A from roads and transport start",
            "began on Monday, 15 January",
        ),
        # "currently suspended" in a story of 2023 is the count for 2023; "at that point" says when
        (
            "how many met cops were suspended at that point in 2023",
            "144 officers currently suspended",
        ),
    ],
)
def test_a_met_hearing_and_suspensions(
    with_forty_fourth_real_sources: Verbatim, question: str, expected: str
) -> None:
    assert expected in first_quote(with_forty_fourth_real_sources, question)


def test_an_operation_no_source_names_is_not_answered(verbatim_service: Verbatim) -> None:
    """No seed names Operation Bluebell: its sackings are not the 63 removals of 2012-18."""
    answer = verbatim_service.answer("how many met officers were sacked under operation bluebell")
    assert not answer.answered


def test_a_list_or_check_no_source_speaks_of_is_not_answered(
    verbatim_service: Verbatim, with_forty_fifth_real_sources: Verbatim
) -> None:
    """No seed speaks of the barred list: its figures are not the sexual assaults counted in
    2023 and 2024, which the question's years matched once "barred" weighed as much as "bar"
    (a prefix of "baroness"). A source that speaks of it answers."""
    question = "how many cops were put on the barred list in the year to march {}"
    assert not verbatim_service.answer(question.format(2024)).answered
    assert "735 officers were placed on the barred list" in first_quote(
        with_forty_fifth_real_sources, question.format(2025)
    )


def test_the_span_figures_are_counted_over_is_no_length_of_time(
    verbatim_service: Verbatim,
) -> None:
    """ "The grand total of suspensions ... over a ten year period was 931" counts
    suspensions; it does not say how long one lasted (found running make run as a user)."""
    assert not verbatim_service.answer("how long did the longest suspension last").answered


def test_a_part_of_a_number_may_be_a_table_row(with_real_sources: Verbatim) -> None:
    """ "Have been dismissed from the Force | 89 |" counts what its label says, under a header
    counting officers: the part asked of the "over 500" officers in the FOI request's own
    words (real r013), which no source writes as "1,500" ("More than 1,500 police officers")."""
    question = (
        "the 500 odd met officers casey flagged with loads of misconduct cases - how many have "
        "actually been sacked"
    )
    assert "Have been dismissed from the Force | 89 |" in first_quote(with_real_sources, question)


def test_a_part_of_a_number_no_source_gives_is_not_counted(
    with_forty_fifth_real_sources: Verbatim,
) -> None:
    """The NPCC's six months count 672 accused in conduct cases and 867 in complaints, never
    1,539 (their sum): no source counts those sacked out of that many."""
    question = (
        "of the 1,539 cops accused of violence against women in the npcc data how many got sacked"
    )
    answer = with_forty_fifth_real_sources.answer(question)
    assert not answer.answered
    assert answer.suggestions  # the closest sources are named


def test_who_lost_their_jobs_is_who_was_sacked(
    with_forty_seventh_real_sources: Verbatim,
) -> None:
    """Police Scotland's authority counts 410 allegations, and no source says how many
    officers were sacked over them: the count of allegations is no answer."""
    question = "how many police scotland officers lost their jobs over the 410 allegations"
    assert not with_forty_seventh_real_sources.answer(question).answered


def test_a_response_to_a_number_is_what_was_said(verbatim_service: Verbatim) -> None:
    """The 594 says which complaints; the Met's words are the answer, with no figure."""
    question = "how did the met respond when the observer published the 594 complaints"
    assert "has no place within the organisation" in first_quote(verbatim_service, question)


def test_a_headline_repeated_by_the_body_is_quoted_once(
    with_forty_sixth_real_sources: Verbatim,
) -> None:
    """The Cambridgeshire story's caption repeats its first sentence, cut short; quoting both
    would leave no room for the sentence that counts claims and officers apart."""
    question = "how many sexual assault claims were made against cambridgeshire police officers"
    quotes = [q.text.rstrip(". ") for q in with_forty_sixth_real_sources.answer(question).quotes]
    assert not [a for a in quotes for b in quotes if a != b and a in b]
    assert any("10 claims were made against 15 officers" in q for q in quotes)


def test_the_best_sources_next_sentence_is_quoted_after_its_lede(
    with_forty_sixth_real_sources: Verbatim,
) -> None:
    """The lede ("more than a dozen ... accused of domestic abuse") comes first; the sentence
    counting those still serving is quoted after it."""
    answer = with_forty_sixth_real_sources.answer(
        "suffolk police accused of DA - how many are still serving"
    )
    assert any("13 of the officers and staff accused" in q.text for q in answer.quotes[:3])


def test_a_sentence_that_goes_on_from_a_quote_is_joined_to_it(
    with_forty_sixth_real_sources: Verbatim,
) -> None:
    """ "Of those dealt with ..., 82 were finalised after an investigation" goes on from "Of
    these, 156 were dealt with informally", itself quoted with the 1,958 finalised: one
    passage of the source, quoted once, and no two quotes share a sentence."""
    question = "humberside allegations - how many were finalised after an actual investigation"
    quotes = with_forty_sixth_real_sources.answer(question).quotes
    assert "1,958 allegations" in quotes[0].text
    assert "82 were finalised after an investigation" in quotes[0].text
    spans = sorted((q.source.id, q.start, q.end) for q in quotes)
    assert all(a[0] != b[0] or a[2] < b[1] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "back in 2020" says when, and officers "terminated" were sacked
        ("how many met officers were sacked back in 2020", "when only 52 officers were terminated"),
        # "from the 1 January 2018 to the 13 June 2023" is a period from 2018
        (
            "how many met officers were convicted of domestic abuse since 2018",
            "18 police officers were convicted",
        ),
    ],
)
def test_met_figures_for_a_period(
    with_forty_eighth_real_sources: Verbatim, question: str, expected: str
) -> None:
    assert expected in first_quote(with_forty_eighth_real_sources, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "out of" is a share only after a number ("nine out of ten")
        (
            "what station was mitchell working out of when he preyed on women",
            "Pilgrim Street police station",
        ),
        # no source names anyone "PC A": "a ruthless sexual predator" is what he was called
        (
            "which judge called the northumbria pc a ruthless sexual predator",
            "Trial judge Mr Justice Wilkie",
        ),
    ],
)
def test_what_is_said_of_an_officer(
    with_fiftieth_real_sources: Verbatim, question: str, expected: str
) -> None:
    assert expected in first_quote(with_fiftieth_real_sources, question)


def test_a_survey_of_women_says_nothing_of_men(with_fifty_fifth_real_sources: Verbatim) -> None:
    """Asked what share of male officers were harassed, a survey of 'female employees' is about
    other people; the women asked about are still answered by it (real55 bz033)."""
    service = with_fifty_fifth_real_sources
    men = "hmics 2021 survey what % of male police scotland officers said they were harassed"
    assert not service.answer(men).answered
    women = "hmics 2021 survey what % of female police scotland officers said they were harassed"
    assert "female" in first_quote(service, women)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("cambridgeshire - how many female officers were accused of sexual assault", "four women"),
        (
            "of the suffolk officers accused of sexual assault how many were women",
            "one was a woman",
        ),
    ],
)
def test_officers_counted_by_sex_in_words(
    with_fifty_third_real_sources: Verbatim, question: str, expected: str
) -> None:
    """ "15 officers ... (nine men, four women and two unknown)", "18 officers - of which 14
    were men, one was a woman" state the officers' sex (real53 bx030, refused)."""
    assert expected in first_quote(with_fifty_third_real_sources, question)


def test_complaints_made_against_so_many_males_state_the_officers_sex(
    with_sixty_ninth_real_sources: Verbatim,
) -> None:
    """ "those complaints were made against seven males and two unknown" (real69 cn002,
    refused); "offences against 12 women" names the victims' sex, not the officers'."""
    question = "norfolk police sex complaints - how many of them were against male officers"
    assert "seven males" in first_quote(with_sixty_ninth_real_sources, question)


def test_what_is_said_before_a_number_the_question_then_asks_of_is_the_whole(
    with_sixty_eighth_real_sources: Verbatim,
) -> None:
    """ "the times looked at 750 sex misconduct claims 2016-2020, how many officers actually got
    the boot": "looked" says what the Times did, and is no part the answer must speak of; the
    answer's officers were "let go" (real68 cm004, refused)."""
    question = (
        "the times looked at 750 sex misconduct claims 2016-2020, how many officers actually "
        "got the boot"
    )
    assert "only 34 officers were let go" in first_quote(with_sixty_eighth_real_sources, question)


def test_a_count_asked_for_is_not_answered_by_a_comparison(
    with_seventy_first_real_sources: Verbatim,
) -> None:
    """ "reports of domestic abuse relating to staff were 25 times higher than the previous
    five-year average" gives no count of Sussex's reports (real71 cp032)."""
    question = "how many domestic abuse reports were made against sussex police staff in 2020/21"
    assert not with_seventy_first_real_sources.answer(question).answered


def test_a_name_the_question_says_is_no_answer(
    with_seventy_first_real_sources: Verbatim,
) -> None:
    """A caption, "David Carrick", tells nothing of his minimum term (real71 cp017), nor
    "Police and Crime Commissioner Matthew Scott." what he called for (real69 cn012)."""
    question = "whats the minimum term david carrick got"
    assert "a minimum of 30 years" in first_quote(with_seventy_first_real_sources, question)
    assert _only_names("Police and Crime Commissioner Matthew Scott.", {"matthew", "scott"})
    assert not _only_names("FOI reference", {"foi", "reference"})  # a label the line completes
    assert not _only_names("Kent Police", {"kent", "police"})  # a force heading lines below


def test_forces_that_answered_are_counted_under_a_title_on_what_they_were_asked(
    with_seventy_first_real_sources: Verbatim,
) -> None:
    """ "Out of 45 forces, 25 gave figures", under "Police convictions: How did your force
    respond?", need not say "convicted" itself (real71 cp014)."""
    question = "how many forces actualy gave figures to the press association on convicted cops"
    assert "25 gave figures" in first_quote(with_seventy_first_real_sources, question)


def test_a_word_no_source_uses_is_not_read_as_a_conjunction_it_looks_like(
    verbatim_service: Verbatim,
) -> None:
    """ "what is the weather" quoted sentences with "whether" in them, "weather" taken for a
    misspelling of it (found running make run as a user); officers "let go" were dismissed."""
    assert not verbatim_service.answer("@everyone what is the weather").answered
    assert "three officers were disciplined" in first_quote(
        verbatim_service, "how many cops were let go"
    )


def test_the_year_of_what_a_story_tells_is_the_year_it_was_written(
    with_fifty_fifth_real_sources: Verbatim,
) -> None:
    """ "which ... officer won her sexism tribunal in 2021": she "won ... this month", in a story
    of 2021 (real55 bz023, refused for want of the year)."""
    question = "which police scotland firearms officer won her sexism tribunal in 2021"
    assert "Rhona Malone won" in first_quote(with_fifty_fifth_real_sources, question)


def test_a_part_is_told_by_a_source_that_speaks_of_the_whole(
    with_fifty_sixth_real_sources: Verbatim,
) -> None:
    """ "how many of the met hotline reports were about sexual misconduct": no source says, and
    a seed's "reports of sexual misconduct", which speaks of no hotline, is no answer (real56
    ca032, real48 bs035)."""
    hotline = "how many of the met hotline reports were about sexual misconduct specifically"
    assert not with_fifty_sixth_real_sources.answer(hotline).answered
    calls = "how many calls has the met hotline had"  # the hotline's source answers of itself
    assert "1,988 calls" in first_quote(with_fifty_sixth_real_sources, calls)


def test_sacked_for_an_offence_is_not_answered_by_all_those_sacked(
    with_fortieth_real_sources: Verbatim,
) -> None:
    """ "how many gwent police officers were sacked for sexual misconduct": "- Gwent Police
    dismissed 4 officers", under a title on all dismissals, counts them all (real40 bk033); a
    count of all dismissals still answers for all dismissals."""
    sexual = (
        "how many gwent police officers were sacked for sexual misconduct in the year to march 2025"
    )
    assert not with_fortieth_real_sources.answer(sexual).answered
    everyone = "how many gwent police officers were sacked in the year to march 2025"
    assert "Gwent Police dismissed 4 officers" in first_quote(with_fortieth_real_sources, everyone)


def test_the_sex_of_those_accused_may_be_told_around_an_aside(
    with_fifty_sixth_real_sources: Verbatim,
) -> None:
    """ "The vast majority of those accused, some 87%, were male." states the sex of those
    accused (real56 ca007, refused)."""
    question = "in the telegraph decade high story what share of the accused were blokes"
    assert "some 87%, were male" in first_quote(with_fifty_sixth_real_sources, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "around 87 per cent are male": a share of those accused, by sex (real60 ce030)
        ("wat proportion of the accused met staff were men", "around 87 per cent are male"),
        # "how long": a span, which "jailed for 22 months" gives (real60 ce012, refused)
        ("how long did DC paul allgood get sent down for", "jailed for 22 months"),
        # an operation a source names ("op onyx") is asked about as any subject is
        ("how many met officers were looked at under op onyx", "a total of 1,636 officers"),
    ],
)
def test_met_claims_and_convictions(
    with_sixtieth_real_sources: Verbatim, question: str, expected: str
) -> None:
    answer = with_sixtieth_real_sources.answer(question)
    assert answer.answered, answer.reply
    assert expected in answer.quotes[0].text


def test_a_part_of_those_an_outcome_names_is_told_beside_them(
    with_sixty_fifth_real_sources: Verbatim,
) -> None:
    """ "the suspended suffolk officers" names whom the part is of: "Six of the nine officers
    resigned ..., while two were given a final written warning" follows "the nine ... were
    suspended" and need not say it again (real65 cj025)."""
    question = "how many of the suspended suffolk officers got a final written warning"
    assert "two were given a final written warning" in first_quote(
        with_sixty_fifth_real_sources, question
    )


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        # "could face the sack each month" is a forecast, not how many were sacked (cj031) ...
        ("how many met officers were actually sacked for gross misconduct in 2023", False),
        # ... which is what is asked here (cj002)
        ("how many met officers could get the sack every month according to cundy", True),
    ],
)
def test_what_may_be_done_answers_only_what_asks_it(
    with_sixty_fifth_real_sources: Verbatim, question: str, answered: bool
) -> None:
    answer = with_sixty_fifth_real_sources.answer(question)
    forecast = "About 60 officers could face the sack each month"
    assert (answer.answered and forecast in answer.quotes[0].text) is answered


def test_barred_for_an_offence_is_not_answered_by_all_those_barred(
    with_sixty_first_real_sources: Verbatim,
) -> None:
    """Lancashire's story counts all 14 barred in 2024, and none barred for sexual misconduct
    (real61 cf035), as "sacked for" an offence asks only for those sacked for it."""
    question = (
        "how many of the lancashire officers barred in 2024 were barred for sexual misconduct"
    )
    assert not with_sixty_first_real_sources.answer(question).answered


def test_those_of_a_whole_accused_of_an_offence_are_not_the_whole(
    with_sixty_fifth_real_sources: Verbatim,
) -> None:
    """ "More than 30 West Midlands Police officers have avoided potential disciplinary action
    ... by retiring" says nothing of how many were accused of sexual misconduct (cj036)."""
    question = (
        "how many of the west midlands officers who retired before hearings were accused of "
        "sexual misconduct"
    )
    assert not with_sixty_fifth_real_sources.answer(question).answered


def test_a_figure_for_one_of_a_run_of_years_is_not_another_s(
    with_sixty_fifth_real_sources: Verbatim,
) -> None:
    """ "In its first year of operation, 444 officers were placed on ... the Disapproved
    Register" says nothing of its second (real65 cj037), nor of its 2nd."""
    for asked in ("second year", "2nd year"):
        question = f"how many officers went on the disapproved register in its {asked}"
        assert not with_sixty_fifth_real_sources.answer(question).answered
    first = "how many officers went on the disapproved register in its 1st year"
    assert "444 officers" in first_quote(with_sixty_fifth_real_sources, first)


def test_a_count_across_the_region_is_no_one_forces(
    with_forty_sixth_real_sources: Verbatim,
) -> None:
    """A sentence naming no force speaks of the force the one before it named, but not when it
    counts 'across the region' (real46 bq040)."""
    question = "how many durham police officers were dismissed after being arrested"
    assert not with_forty_sixth_real_sources.answer(question).answered


def test_staff_not_officers_are_counted_apart(
    with_twenty_fourth_real_sources: Verbatim, with_fifty_fifth_real_sources: Verbatim
) -> None:
    """ "police staff (not officers)": a count of officers does not answer (real55 bz035), a
    sentence on staff does (real24 aq013)."""
    barred = "how many police staff (not officers) were put on the barred list in 2023/24"
    assert not with_fifty_fifth_real_sources.answer(barred).answered
    wash = (
        "in the data wash did any police STAFF (not officers) end up under criminal "
        "investigation for sex offences"
    )
    quote = first_quote(with_twenty_fourth_real_sources, wash)
    assert "with two involving alleged sexual offences" in quote


def test_recommendations_are_counted_in_recommendations(
    with_eleventh_real_sources: Verbatim, with_fifty_fifth_real_sources: Verbatim
) -> None:
    """ "how many recommendations did hmicfrs make": a count of vetting decisions is none
    (real55 bz038); a source that counts them answers (real11 ac014)."""
    question = "how many recommendations did hmicfrs make in its 2022 vetting and misogyny report"
    assert not with_fifty_fifth_real_sources.answer(question).answered
    question = "how many recommendations did the inspectorate make in its vetting n misogyny report"
    assert "made 43 recommendations" in first_quote(with_eleventh_real_sources, question)


def test_a_part_of_a_number_is_told_near_it(
    verbatim_service: Verbatim, with_seventeenth_real_sources: Verbatim
) -> None:
    """ "of the 161 met officers with criminal records, how many were for sex offences": the
    seeds' opening line on officers accused of sexual offences, far from the 161, tells no part
    of them (fresh7 f052); "at least 34 resulted in dismissals", nine lines after the 750, does
    (real17 aj015)."""
    question = "of the 161 met officers with criminal records, how many were for sex offences"
    assert not verbatim_service.answer(question).answered
    question = "out of the 750 how many ended in the officer getting the boot"
    assert "at least 34 resulted in dismissals" in first_quote(
        with_seventeenth_real_sources, question
    )


def test_which_force_had_the_most_is_answered_by_a_ranking(
    verbatim_service: Verbatim,
    with_twenty_second_real_sources: Verbatim,
    with_fifty_fifth_real_sources: Verbatim,
) -> None:
    """ "which force had the worst vetting decisions": a sentence that only names a force is
    no ranking (real55 bz040), nor is "Hertfordshire Constabulary expects the highest standards"
    in the seeds; "a huge nationwide disparity ..., with Wiltshire Police suspending 83 per
    cent" is one (real22 ao014)."""
    question = "which force had the worst vetting decisions in the hmicfrs 2022 inspection"
    assert not with_fifty_fifth_real_sources.answer(question).answered
    assert not verbatim_service.answer(question).answered
    question = (
        "which forces had the highest and lowest suspension rates for officers under investigation"
    )
    quote = first_quote(with_twenty_second_real_sources, question)
    assert "Wiltshire Police suspending 83 per cent" in quote


def test_one_welsh_forces_figure_is_not_wales(with_fortieth_real_sources: Verbatim) -> None:
    """ "South Wales Police dismissed fourteen officers last year - the highest in Wales" counts
    one force's officers, not the Welsh officers asked about (real40 bk040)."""
    question = "how many welsh cops were put on the barred list for sexual offences in 2023/24"
    assert not with_fortieth_real_sources.answer(question).answered


def test_which_force_is_answered_by_a_sentence_naming_one(
    with_fifteenth_real_sources: Verbatim,
) -> None:
    """Refuge's FOI gives no force's share of officers suspended; a sentence naming no force
    does not say which force (real15 ag032)."""
    question = "in the refuge foi which force suspended the highest share of accused officers"
    assert not with_fifteenth_real_sources.answer(question).answered


def test_instances_of_a_reason_for_dismissal(with_forty_second_real_sources: Verbatim) -> None:
    """ "There were 125 instances of dishonesty" counts reasons for dismissal, which the sentence
    before names (real42 bm024)."""
    question = "how often was dishonesty the reason cops got dismissed nationally"
    assert "125 instances of dishonesty" in first_quote(with_forty_second_real_sources, question)


def test_who_would_have_been_sacked_is_not_who_was(verbatim_service: Verbatim) -> None:
    """The seeds count officers sacked ("three were sacked"), never those who would have been."""
    question = "how many officers would have been sacked if they had not quit"
    assert not verbatim_service.answer(question).answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "if they hadn't quit" says what did not happen: the quote need not speak of quitting
        (
            "northants 2018 cases, how many would of been sacked on the spot if they hadnt quit",
            "two of which where the officer would have been sacked",
        ),
        # "In Durham" is Durham Constabulary in a story that names it in full
        ("how many durham constabulary people got arrested", "In Durham, three officers"),
        # "north east" names no publisher (not the East Anglian Daily Times)
        (
            "how many of the arrested north east police were let resign instead of facing "
            "misconduct hearings",
            "allowed to resign from their role",
        ),
    ],
)
def test_county_forces_in_local_papers(
    with_forty_sixth_real_sources: Verbatim, question: str, expected: str
) -> None:
    assert expected in first_quote(with_forty_sixth_real_sources, question)


def test_a_count_of_women_officers_is_no_count_of_all(
    with_thirty_ninth_real_sources: Verbatim,
) -> None:
    """How many female Met officers were accused is not answered by how many officers were."""
    answer = with_thirty_ninth_real_sources.answer(
        "how many female met officers were accused of sexual misconduct since 2010"
    )
    assert not answer.answered


def test_how_much_likelier_some_are_to_be_sacked_counts_no_one(
    with_thirty_ninth_real_sources: Verbatim,
) -> None:
    """ "Black and Asian officers being up to 126% more likely than white officers to be
    dismissed" says nothing of how many were."""
    answer = with_thirty_ninth_real_sources.answer(
        "how many black met officers were actually dismissed according to casey"
    )
    assert not answer.answered


def test_a_count_since_a_year_goes_on_in_the_sentence_after_it(
    with_thirty_eighth_real_sources: Verbatim,
) -> None:
    """ "Two of these allegations were upheld" after "since 2016 there were 64 claims"."""
    question = "scotland sexual assault claims vs cops since 2016 - how many were upheld"
    assert "Two of these allegations were upheld" in first_quote(
        with_thirty_eighth_real_sources, question
    )


@pytest.fixture(scope="module")
def with_thirty_third_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """Single cases and what became of the officers: hearings, sentences, resignations, with
    two pages of counts (Northern Ireland's ombudsman, Police Scotland)."""
    return _with_sources(tmp_path_factory, minilm, "real33")


@pytest.fixture(scope="module")
def with_twenty_ninth_real_sources(tmp_path_factory: pytest.TempPathFactory, minilm) -> Verbatim:  # type: ignore[no-untyped-def]
    """National bodies and campaigners: HMIC's legitimacy inspection, the first barred list
    figures, Refuge, the Centre for Women's Justice, vetting inspections and reviews."""
    return _with_sources(tmp_path_factory, minilm, "real29")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "sent down" is jailed: "was sentenced to two years and eight months"
        ("how long was rhett wilson sent down for", "two years and eight months"),
        # "who got sacked" says which officer; what is asked is his age
        ("how old was officer j, the northumbria cop who got sacked", "The 53-year-old"),
        # "until December 2005" tells how long it went on
        ("how long did officer j's relationship with miss a last", "until December 2005"),
        # "yrs" counts years, as "years" does
        ("how many yrs had the dorset sergeant served", "had 20 years experience"),
        # "got rid of" him: sacked him, at a hearing on a day
        ("when was the hearing that got rid of officer a", "on 15 December"),
        # "Sergeant X" is named in one source only: another's sergeant who quit is no answer
        ("did sergeant x resign before his misconduct hearing", "two days before"),
    ],
)
def test_what_became_of_one_officer(
    with_thirty_third_real_sources: Verbatim, question: str, answer: str
) -> None:
    assert answer in first_quote(with_thirty_third_real_sources, question)


def test_getting_rid_of_a_number_quotes_it_whole(verbatim_service: Verbatim) -> None:
    """ "get rid of 700 more cops" asks about the 700, not a part of them to be found beyond
    the sentence stating it."""
    question = "who said they would get rid of 700 more cops being looked at again over old claims"
    assert "vowed to remove a further" in first_quote(verbatim_service, question)


def test_what_a_person_got_may_be_told_by_the_next_sentence(
    with_twenty_seventh_real_sources: Verbatim,
) -> None:
    """ "... conviction of former Chief Insp Ben Hodder ..." then, set apart as its own
    paragraph, "He was given a six-month jail term": the sentence is quoted with its name."""
    quote = first_quote(
        with_twenty_seventh_real_sources, "ben hodder ex chief insp, what sentence did he get"
    )
    assert "Ben Hodder" in quote and "six-month jail term" in quote


def test_a_national_story_speaks_of_england_and_wales_in_every_sentence(
    with_twenty_seventh_real_sources: Verbatim,
) -> None:
    """ "593 police officers were sacked over the period" names no force, in a story on the
    forces of England and Wales that names no one force: it answers for England and Wales."""
    answer = with_twenty_seventh_real_sources.answer(
        "record number of police dismissed in england and wales 2023/24, whats the actual total"
    )
    assert answer.answered and "593 police officers were sacked" in answer.reply


@pytest.mark.parametrize(
    ("corpus", "question", "quoted"),
    [
        # how much something rose is answered by a change, asked with no unit or a share's
        (
            "with_eighth_real_sources",
            "how much did recordable sexual conduct matters go up last year",
            "increased by 84 percent",
        ),
        (
            "with_added_sources",
            "how much did allegations go up nationally last year, in %",
            "up 22%",  # not "47% of allegations", a share
        ),
        # the top of a ranking is the sentence that says which ranks first
        (
            "with_eleventh_real_sources",
            "most common reason for officers being dismissed in the year to march 2024?",
            "Dishonesty was the most common reason recorded",
        ),
        (
            "with_seventh_real_sources",
            "what are the most common complaints the public make about derbyshire officers",
            "The most common complaints made by members of the public",
        ),
        # most figures count officers; of the Telegraph's, one counts forces, as asked
        (
            "with_twenty_second_real_sources",
            "how many forces did the telegraph get data from",
            "29 police forces",
        ),
        # "the hmic report in 2016": the year names the report, which was written then, and
        # not the two years to March it counts
        (
            "with_third_real_sources",
            "the hmic report in 2016, how many allegations of police abusing their authority for"
            " sexual gain did it find",
            "436 reported allegations",
        ),
        # "in the three years to March", in a story of 2019: to March 2019
        (
            "with_forty_fifth_real_sources",
            "how many abuse of position for sexual purpose referrals did the iopc complete in the"
            " 3 years to march 2019",
            "More than 400 referrals for cases relating",
        ),
        # "nine were male, four were female": the sex of the officers counted
        (
            "with_forty_first_real_sources",
            "of the cambs cops accused of sexual assault how many were women",
            "nine were male, four were female and two were unknown",
        ),
        # "of the 99 ... were men": the part of the whole that is male, whatever else the
        # question says of the whole ("named in the claims")
        (
            "with_sixteenth_real_sources",
            "how many of the 99 tvp officers and staff named in the claims were men",
            "85 of whom were male",
        ),
        # "last year", in a story of 2023, is 2022
        (
            "with_forty_ninth_real_sources",
            "how many psni officers got the boot in 2022 for sexual or domestic abuse misconduct",
            "it sacked nine officers last year",
        ),
        # "how old is": a sentence that gives an age, the PCSO's or the women's
        (
            "with_forty_seventh_real_sources",
            "how old is the pcso who got jailed over the elderly women, itv says",
            "The 49-year-old had become the butt of jokes",
        ),
        (
            "with_forty_seventh_real_sources",
            "how old were the women the pcso carter had relationships with",
            "three women in their 60s and 70s",
        ),
        # ... named by what was done to him ("the cop convicted of"), which the sentence giving
        # his age need not say, or as "when he was 27"
        (
            "with_eighty_sixth_real_sources",
            "how old is the merseyside cop convicted of sex with abuse victims while on duty",
            "the 39-year-old officer",
        ),
        (
            "with_eighty_eighth_real_sources",
            "how old was craig jackson when he began messaging her",
            "in June 2019 when he was 27",
        ),
        # ... or only by what he did, which the sentence giving his age, below, need not say;
        # a name may have a capital within
        (
            "with_ninety_second_real_sources",
            "how old is the btp officer who filmed a woman in the shower",
            "PC Kieran Ball, 30",
        ),
        (
            "with_ninety_second_real_sources",
            "how old was the harrogate cop convicted of sexual assault",
            "PC Joseph McCabe, 27",
        ),
        # "over how long": the period something went on for, where nothing is counted over it,
        # and not "a 14-year-old boy"
        (
            "with_ninety_second_real_sources",
            "over how long did lewis edwards force the girls to make videos",
            "during a three-year period, Edwards forced his victims",
        ),
        # "when is he getting sentenced": a sentence saying "he" for the one named, after one
        # that names him, tells it
        (
            "with_ninety_second_real_sources",
            "when is kieran ball getting sentenced",
            "is due to be sentenced on 24 May",
        ),
        (
            "with_ninetieth_real_sources",
            "when was the met trainee dc charged over the bar assault",
            "charged following an investigation on November 21, 2022",
        ),
        # "which prison": one named, over "sentenced to an additional life term"
        (
            "with_ninety_second_real_sources",
            "which prison is david carrick locked up in",
            "In an interview from Full Sutton prison",
        ),
        # "Darren Bond, 46, is due to be sentenced" gives his age, not a count of anything
        (
            "with_ninety_second_real_sources",
            "how many indecent pics were on darren bonds phones",
            "found 579 images and six movies",
        ),
        # "kept their anonymity" is not kept on; "the wrongly convicted notts cop" says who
        (
            "with_ninety_fourth_real_sources",
            "how many kept their anonymity after sharing offensive messages",
            "Another 29 retained their anonymity",
        ),
        (
            "with_ninety_fourth_real_sources",
            "since what year has the college of policing kept the barred and advisory lists",
            "Since 2017, the College of Policing has maintained two lists",
        ),
        (
            "with_ninety_fourth_real_sources",
            "the daily mail article on the wrongly convicted notts cop - when was he sacked the "
            "2nd time?",
            "he was dismissed from the police a second time",
        ),
        # "what sentence": the term she was given, not that she quit after being sentenced
        (
            "with_eighty_fourth_real_sources",
            "what sentence was gmp officer abigail barlow given",
            "a 26-week prison sentence",
        ),
        # "when did she join": the time of what was done, not another time in her story
        # ("resigned ... in January")
        (
            "with_eighty_fourth_real_sources",
            "when did pc abigail barlow join the police",
            "who joined the force in May 2018",
        ),
        # officers counted by sex with a word between ("four female firearms officers")
        (
            "with_eighty_sixth_real_sources",
            "how many female firearms cops did edinburgh have",
            "one of only four female firearms officers in Edinburgh",
        ),
        # a force's own press release is about that force, whatever place its story names
        # ("The offences occurred in South Gloucestershire")
        (
            "with_eighty_fourth_real_sources",
            "how long did the avon and somerset probe into the pc found guilty of coercive"
            " control take",
            "our seven-month investigation",
        ),
        # "how many forces replied": a count of forces, not the officers they counted
        (
            "with_fourteenth_real_sources",
            "how many police forces replied to the dispatches foi requests",
            "to which 39 forces replied",
        ),
        # the most cases one officer had, a figure of cases in a source close to the question,
        # shares few of its words
        (
            "with_forty_eighth_real_sources",
            "whats the most misconduct cases a single met officer racked up according to casey",
            "the highest number being 19",
        ),
        # "guardian 2016": the year names the source, which was written then
        (
            "with_twenty_second_real_sources",
            "guardian 2016 number who left before hearing over sexual misconduct towards"
            " colleagues",
            "11 who faced allegations of sexual misconduct",
        ),
        # "how many ... were against male officers": the part, not the whole the lede states
        (
            "with_twenty_eighth_real_sources",
            "how many of the derbyshire sexual assault claims were against male officers",
            "Most were against male officers (13)",
        ),
        # a local story's sentence on the whole UK is not the local force's figure
        (
            "with_twenty_eighth_real_sources",
            "how many swp staff were reported for domestic abuse between jan 2018 and sept 2021",
            "There were 19 staff members for South Wales Police",
        ),
        # "in the past 12 months", in a story of September 2023, is the 12 months to then
        (
            "with_thirtieth_real_sources",
            "how many met officers got the boot for gross misconduct in the 12 months to sept 2023",
            "dismissed 100 officers for gross misconduct",
        ),
        # "how big is" asks a figure; "Some 397" is the exact value of "nearly 400"
        (
            "with_thirtieth_real_sources",
            "how big is the met's backlog of misconduct cases waiting to be heard",
            "Some 397 misconduct cases are yet to be heard",
        ),
        # a caption repeating the body's sentence yields to the body, which says more
        (
            "with_twenty_eighth_real_sources",
            "how many sexual misconduct referrals did the scottish ACU have the year before",
            "up from 17 the previous year",
        ),
        # whether the force said how many: the sentence saying it did not
        (
            "with_twenty_eighth_real_sources",
            "did the psni say how many officers got criminally charged after domestic abuse"
            " complaints were upheld?",
            "the PSNI did not provide figures on how many",
        ),
        # "who is the lead": the sentence naming someone, not one saying what was done
        ("with_twenty_ninth_real_sources", "whos the npcc lead for vetting", "Debbie Tedds"),
        (
            "with_sixth_real_sources",
            "who were the sussex referral figures shared with",
            "Police & Crime Commissioner Katy Bourne",
        ),
        # a punishment is whatever was done: a warning, a dismissal, a sentence
        (
            "with_twenty_second_real_sources",
            "suffolk copper caught having sex while on duty, what punishment did he get",
            "handed a final written warning",
        ),
        # "from January 1 2019 to April 27 this year", in a story of 2021, states a period
        (
            "with_twenty_third_real_sources",
            "what dates does the herald's police domestic abuse arrest data cover",
            "January 1 2019 to April 27 this year",
        ),
        # "still in the job" is "still working"
        (
            "with_twenty_third_real_sources",
            "of the scottish staff accused of domestic abuse, how many are still in the job",
            "Forty eight of the staff accused are still working",
        ),
        # "over the last five years", in a story of January 2022, is "the 5 yrs up to jan 2022"
        (
            "with_twenty_fourth_real_sources",
            "couzens old unit - how many padp officers were restricted or suspended after"
            " criminal allegations in the 5 yrs up to jan 2022",
            "there have been 16 officers of the Parliamentary",
        ),
        # "Last year there were 70 IOPC probes ..., as opposed to 10 in 2016" counts probes
        (
            "with_twenty_fifth_real_sources",
            "how many iopc investigations into officers abusing position for sex last year"
            " compared to 2016",
            "70 IOPC probes",
        ),
        # "per 1000 employees" asks for a rate, and its 1000 is no number quoted from a source
        (
            "with_twenty_fifth_real_sources",
            "thames valley allegations per 1000 employees compared with the met",
            "747 per 1,000 employees",
        ),
        # "The remaining cases, 524 (45%), were complaints from the public." says what its
        # figures count in no words beside them, and is still the part asked of the 1,177
        (
            "with_twenty_fifth_real_sources",
            "of the 1,177 cases how many were complaints from the public",
            "524 (45%)",
        ),
        # "did he get the boot or did he quit first": either outcome answers it
        (
            "with_twenty_sixth_real_sources",
            "did simon smith get the boot from humberside or did he quit first",
            "Smith resigned from the force",
        ),
        # "over a three-week period" tells how long, though "three" reads as a figure
        (
            "with_hundredth_real_sources",
            "how long did the avon and somerset detective keep messaging the girl",
            "over a three-week period",
        ),
        # minutes are a span too: a jail term is no answer
        (
            "with_ninety_eighth_real_sources",
            "how long did the gmp officer follow the teenager around tk maxx",
            "for up to 40 minutes",
        ),
        # a victim's age set off by commas, over "sex texts to teenager"
        (
            "with_hundredth_real_sources",
            "how old was the girl scott burton sent messages to",
            "sent the girl, 15,",
        ),
        # a demotion is a punishment
        (
            "with_hundredth_real_sources",
            "what punishment did the misconduct panel give sgt daniel fletcher",
            "demoted him in rank from Sergeant to Constable",
        ),
        # "what date": a day or a month, over the sentence alone
        (
            "with_ninety_eighth_real_sources",
            "what date was aidan thompson sentenced",
            "sentenced him on 23 May 2016",
        ),
        # "who chaired": the sentence telling of the deed, over one naming the committee
        (
            "with_ninety_sixth_real_sources",
            "who chaired the london assembly police and crime committee in the huffpost story",
            "who chairs the committee",
        ),
        # the force a story leads with, though it names South Wales in passing
        (
            "with_hundredth_real_sources",
            "how many times did the dyfed-powys cop touch the policewoman",
            "on three occasions",
        ),
        # besides the nine, not a part of them
        (
            "with_ninety_sixth_real_sources",
            "besides the 9 suspended how many charing cross cops were taken off frontline duties",
            "another two officers have been removed from frontline duties",
        ),
        # a plea names the offences without the word
        (
            "with_ninety_eighth_real_sources",
            "which offences did aidan thompson admit to",
            "admitted two counts of misconduct in a public office",
        ),
        # "He ... was jailed": the story's own sentence, with the one before that says who
        (
            "with_eighty_sixth_real_sources",
            "how long did lee wilcox get jailed for",
            "Wilcox, who has since resigned",
        ),
        (
            "with_eighty_sixth_real_sources",
            "how long did lee wilcox get jailed for",
            "was jailed for nine months at Leeds Crown Court",
        ),
        # "over what period": a span with two ends, from the story, though it shares no word
        # with the question, over the month of the arrest
        (
            "with_eighty_eighth_real_sources",
            "over what period did darbyshire commit the rape and sexual assaults",
            "took place between November 2018 and August 2019",
        ),
        # "what date did he join": the sentence that tells of the joining, with its day, over
        # a caption giving the month ("(stock image)" credits a photo)
        (
            "with_hundred_second_real_sources",
            "what date did pc hussain chehab join the met",
            "He joined the Met several months later on 30 March 2020",
        ),
        # a lad's age, in years, over "a teenage boy"
        (
            "with_hundred_fourth_real_sources",
            "how old was the lad the sussex pcso was messaging on grindr",
            "with a 16-year-old boy",
        ),
        # an investigation "wrapped up" concluded
        (
            "with_hundred_fourth_real_sources",
            "when did the iopc wrap up its investigation into the sussex pcso",
            "Our investigation concluded in October 2021",
        ),
        # a programme that "began", a rule that "came into effect"
        (
            "with_hundred_second_real_sources",
            "when did the police uplift programme start",
            "a national programme that began in July 2019",
        ),
        (
            "with_hundred_sixth_real_sources",
            "when did the rule stopping cops resigning mid gross misconduct probe come in",
            "came into effect in January 2015",
        ),
        # "two other trainees" counts those besides the first; the lede counts them all
        (
            "with_hundred_fourth_real_sources",
            "how many trainees did the dorset sgt make advances on",
            "inappropriate advances to three young female trainees",
        ),
        # "when was it published": the line that dates the source, though it names no year
        # the question names the bulletin by
        (
            "with_third_real_sources",
            "when did the home office publish the police misconduct bulletin for year ending march"
            " 2022",
            "Published 12 January 2023",
        ),
        (
            "with_thirty_eighth_real_sources",
            "when was the cji report on the ombudsman and abuse of position published",
            "Published: 27 Mar 2025",
        ),
        (
            "with_sixty_ninth_real_sources",
            "when was the foi about avon and somerset special constables misconduct sent in",
            "Date of request: 25 August 2021",
        ),
        # officers who "retained their positions" kept them
        (
            "with_ninety_sixth_real_sources",
            "of the met officers who kept their jobs in 2022-2025 how many got final warnings",
            "133 received final warnings",
        ),
        # "independent legally qualified chairs" names no newspaper
        (
            "with_hundred_twelfth_real_sources",
            "since what year do police misconduct hearings have independent legally qualified"
            " chairs deciding on dismissal",
            "since 2016, misconduct hearings have had independent legally qualified chairs",
        ),
        # asked whether he was sacked: the sanction he got instead
        (
            "with_hundred_twelfth_real_sources",
            "what did pc andrew turner get for hitting on a woman he'd arrested, did he get the"
            " boot",
            'handed a "final written warning"',
        ),
        # dealt with: "placed on management action"
        (
            "with_hundred_twelfth_real_sources",
            "had that soit officer already been dealt with for anything back in 2019",
            "in May 2019, the officer was placed on management action",
        ),
        # what he was found to have done in 2017 is a deed, not a figure
        (
            "with_hundred_twelfth_real_sources",
            "what did the panel find fletcher did to officer a at that 2017 team building do",
            "put his finger inside the clothing of Officer A",
        ),
        # a grade is what an inspection "assessed" the force as
        (
            "with_hundred_fourteenth_real_sources",
            "what grade did warwickshire police get for vetting and counter corruption",
            "assessment of the force’s arrangements in this regard as ‘Adequate’",
        ),
        # kept on: "he continued as an authorised firearms officer"
        (
            "with_hundred_fourteenth_real_sources",
            "what year was couzens reported for flashing but still kept on as an armed cop",
            "Despite a report of indecent exposure in 2015",
        ),
        # inspectors going in: the inspection
        (
            "with_hundred_fourteenth_real_sources",
            "when did inspectors actually go into warwickshire police to check vetting",
            "its inspection in April 2023",
        ),
        # "in england and wales" does not name Rape Crisis England & Wales as the source asked
        (
            "with_hundred_fourteenth_real_sources",
            "exact headcount of officers and staff in england and wales who faced vawg"
            " allegations oct 2021 to march 2022",
            "1,539 police and staff at forces in England and Wales",
        ),
        # "which forces": all four of them
        (
            "with_hundred_sixteenth_real_sources",
            "the foi data on disgraced welsh cops, what time period and which forces does it cover",
            "spans the last two years and covers all four police forces",
        ),
        # jailed: "imprisoned"
        (
            "with_hundred_sixteenth_real_sources",
            "among the welsh officers dismissed, one got jailed - for what sort of offences",
            "imprisoned for serial sexual offences against children",
        ),
        # "who wrote it": the byline
        (
            "with_hundred_sixteenth_real_sources",
            "who wrote refuges remove the rot piece about cops and violent misogyny",
            "By Amy Bowdrey, Policy and Public Affairs Officer",
        ),
        # the best hit, speaking of much of what was asked, though nothing in its source is
        # close in meaning to the question
        (
            "with_hundred_eighth_real_sources",
            "for how many days was the basingstoke unit's office bugged",
            "in the 23 days the office was bugged",
        ),
        (
            "with_ninety_second_real_sources",
            "which norfolk sergeant in the nights out case had been up for a bravery award",
            "former Sgt Marley Jay Symonds",
        ),
        # "which mp said ... how many", "could the minister say how much": who said it, and
        # whether it could be said; no figure is asked
        (
            "with_seventy_ninth_real_sources",
            "which mp said he was very surprised how many met officers got to resign to avoid"
            " justice",
            "Keith Vaz, the chairman of the home affairs select committee",
        ),
        (
            "with_eightieth_real_sources",
            "could the minister say how much sexual harassment in the ruc goes unreported",
            "Records are not currently available to estimate the extent of under-reporting",
        ),
        # "kept off public facing roles" holds them back; it is not "kept their jobs"
        (
            "with_twenty_first_real_sources",
            "how many met cops are kept off public facing roles cos of sex misconduct or racism"
            " probes",
            "prevented from holding public-facing roles",
        ),
        # "how long": "since 2013", "two and a half years ago"
        (
            "with_seventy_ninth_real_sources",
            "how long have reports been flagging the mets victim blaming according to casey",
            "since 2013",
        ),
        (
            "with_twenty_ninth_real_sources",
            "how long before the casey interim report did cwj lodge its super complaint",
            "two and a half years ago",
        ),
        # "who was running the iopc": a sentence naming someone by their title
        (
            "with_hundred_twentieth_real_sources",
            "who was running the iopc back in 2019",
            "IOPC Director General Michael Lockwood",
        ),
        # "what age", "which nick": an age, a station, without the word itself
        (
            "with_ninety_second_real_sources",
            "what age did lewis edwards pretend to be on his fake snapchat accounts",
            "posed as a 14-year-old boy",
        ),
        (
            "with_seventy_seventh_real_sources",
            "which nick were the hotton officers mostly based at",
            "based at Charing Cross Police Station",
        ),
        # a year asked with no figure asked: the sentence for that year, though it shares few
        # of the question's words
        (
            "with_forty_second_real_sources",
            "what was the d&c staff member suspended in 2014 cautioned for",
            "Another, who was suspended in 2014",
        ),
        # "did they sack any": that none was sacked answers it
        (
            "with_fifteenth_real_sources",
            "did herts police sack any officers accused of domestic violence lol",
            "accused of domestic violence but all kept their jobs",
        ),
        (
            "verbatim_service",
            "the probationer who sent that sick highway code meme from the everard scene, was he"
            " sacked",
            "was put on desk duty",
        ),
        # a year asked, and a sentence for that year whose figure is what is asked, though it
        # shares under 60% of the question's words ("stuck waiting" / "awaiting")
        (
            "with_seventy_ninth_real_sources",
            "how many met officers were stuck waiting for gross misconduct hearings in sept 2023",
            "275 officers were already awaiting gross misconduct tribunals",
        ),
        # "the edp article on five officers sacked" names the story, not what is counted
        (
            "with_hundred_sixteenth_real_sources",
            "how many complaints from the public did norfolk police get last year per the edp"
            " article on five officers sacked",
            "580 complaints from members of the public",
        ),
        # "which btp boss said ... number one priority": who said it, not a figure
        (
            "with_hundred_twenty_second_real_sources",
            "which btp boss said tackling inappropriate sexual behaviour is the forces number one"
            " priority",
            "Detective Superintendent Peter Fulton",
        ),
        # "what percentage of pcsos ..., heard its double": a share asked, not a change
        (
            "with_hundred_twenty_second_real_sources",
            "what percentage of pcsos got disciplined in a year compared to normal cops? heard its"
            " double",
            "2.41 per cent of PCSOs faced disciplinary action",
        ),
        # "which chief super spoke about the special sacked for ...": who spoke; the sacking
        # only picks out the case
        (
            "with_hundred_eighteenth_real_sources",
            "which chief super spoke about the special sacked for sending an indecent pic",
            "Chief Superintendent Louise Puddefoot",
        ),
        (
            "with_hundred_eighteenth_real_sources",
            "who ran the met directorate of professional standards back when that sergeant got"
            " sacked in 2011",
            "Commander Peter Spindler",
        ),
        # "did the cps charge him": a sentence that speaks of charging; "who's in charge of"
        # asks who heads something
        (
            "with_hundred_twenty_second_real_sources",
            "did the cps charge the custody detention officer",
            "decided that there was insufficient evidence to charge the CDO",
        ),
        (
            "with_fifty_ninth_real_sources",
            "whos in charge of professional standards for norfolk and suffolk cops",
            "Det Supt Nicola Wallace",
        ),
        # "how many still work at the met": those who "remain employed"
        (
            "with_seventy_ninth_real_sources",
            "of the 131 who got in without proper checks and then offended, how many still work"
            " at the met",
            "28 of these individuals remain employed",
        ),
        # "which year was the worst": a year named, not a span ("every three months")
        (
            "with_hundred_twenty_fourth_real_sources",
            "which year was the worst for kent cops getting fired",
            "The year 2009 was a particularly bad one for the force",
        ),
        # "get sacked or resign": resigning is what was done too, and either answers
        (
            "with_thirty_sixth_real_sources",
            "did the scottish cop who kept contacting their ex partner get sacked or resign",
            "resigned prior to a scheduled hearing relating to off-duty",
        ),
        # "what did the iopc say": a news story quoting the body answers, not only its own pages
        (
            "with_hundred_twenty_second_real_sources",
            "what did the iopc say made the pcso shop worker case worse, like the aggravating bit",
            "the PCSO continued to send sexualised messages even after the woman",
        ),
        # "who said ...": a later paragraph of a statement is quoted from the line that says
        # who makes it
        (
            "with_hundred_twenty_fourth_real_sources",
            "who from sussex police said the officer abused his position and let down a"
            " vulnerable woman",
            "Detective Chief Inspector Sarah Gillies said",
        ),
        # "would they have sacked him if he hadn't quit": what would have been done answers,
        # though the sentence tells what will be done too
        (
            "with_hundred_twenty_fourth_real_sources",
            "would sussex have given ex pc a the boot if he hadnt resigned first",
            "He would have been dismissed without notice had he not already resigned",
        ),
        # a year asked, and a best hit of that year scoring very high, though it shares under
        # 60% of the question's words
        (
            "with_hundred_twenty_fourth_real_sources",
            "how many officers across the country chose to resign or retire rather than get"
            " sacked in 2021",
            "118 did so nationally in 2021",
        ),
        # a change asked between two years: a change with no period of its own, in a sentence
        # naming both
        (
            "with_hundred_twenty_eighth_real_sources",
            "by what % did police sexual misconduct allegations go up between 2023 and 2024??",
            "up 67 per cent from the 491 recorded in 2023",
        ),
        # "how many messages": a figure of what is asked in no unit of its own ("subsequently
        # sent him 166 messages")
        (
            "with_thirty_third_real_sources",
            "how many messages did the woman send back to pc x",
            "subsequently sent him 166 messages",
        ),
        # "how much a month": the figure given per month, not a cost over "a six to 12-month
        # investigation"
        (
            "with_hundred_twenty_eighth_real_sources",
            "how much a month does it cost to pay all the suspended officers",
            "financial burden of £2.6 million per month",
        ),
        # a sum of money written short ("£4.4m", "£7m") is one, for a question on what was paid
        (
            "with_hundred_twenty_eighth_real_sources",
            "which force had the most suspended officers and how much did it pay them",
            "197 receiving £4.4m",
        ),
        (
            "with_thirtieth_real_sources",
            "what will it cost the met to keep officers who failed vetting sat at home on special"
            " leave",
            "may cost up to £7m a year",
        ),
        # "which judge": a sentence that names one as such, over another naming Carrick
        (
            "with_eighty_third_real_sources",
            "which judge sentenced carrick",
            "The judge Mrs Justice Cheema Grubb said",
        ),
        # "when was the hearing": days of a month with no year are a date ("between June 10 and
        # June 12 this year")
        (
            "with_hundred_thirty_second_real_sources",
            "when n where was simon short's misconduct hearing",
            "in Wakefield between June 10 and June 12 this year",
        ),
        # "when is the hearing": the date of the hearing, not of the conduct it will hear of
        (
            "with_hundred_thirty_second_real_sources",
            "when is the durham officer X gross misconduct hearing",
            "Date of hearing: 17 - 21 February 2025",
        ),
        # "where was ... held": a sentence naming a place ("the hearing at Scotswood House,
        # Thornaby"), over one telling what the officer did
        (
            "with_sixty_seventh_real_sources",
            "where was the cleveland officer a hearing held",
            "the hearing at Scotswood House, Thornaby",
        ),
        # "how old was he when he got fired": the outcome says when; the sentence giving his
        # age need not say he was fired
        (
            "with_hundred_thirty_second_real_sources",
            "how old was ian bell when he got fired",
            "Married PC Bell, 46, abused his position",
        ),
        # "what happened to ...": a sentence telling what was done to him in the end, over one
        # telling what he did
        (
            "with_hundred_thirty_second_real_sources",
            "what happened to that west yorkshire sergeant who slept with a vulnerable 16 yr old",
            "paid for a sex worker has been dismissed without notice",
        ),
    ],
)
def test_the_first_quote_on_added_pages_says_what_was_asked(
    request: pytest.FixtureRequest, corpus: str, question: str, quoted: str
) -> None:
    assert quoted in first_quote(request.getfixturevalue(corpus), question)


@pytest.mark.parametrize(
    "question",
    [
        "what was foi 01.FOI.22.025664 asking the met for",
        "what was the met foi request 01.FOI.22.025664 actually asking for",
    ],
)
def test_a_reference_number_names_the_request_that_bears_it(
    verbatim_service: Verbatim, question: str
) -> None:
    """A question quoting an FOI's reference is about that response, and what it was "asking
    for" is what its requester writes to request (fresh5 m027, fresh f033); "The review will
    ask difficult questions" of the same page answered before."""
    quoted = first_quote(verbatim_service, question)
    assert "request the number of allegations of domestic abuse" in quoted


def test_what_someone_said_about_a_thing_is_what_they_said_of_it(
    verbatim_service: Verbatim,
) -> None:
    """Afzal is named where he says "We expect a higher standard"; asked what he said about
    disciplinary hearings, the sentence that ends "added Afzal" says it."""
    question = "what did nazir afzal say about disciplinary hearings vs actual prosecutions"
    assert "no substitute for judicial proceedings" in first_quote(verbatim_service, question)


def test_a_victims_age_is_not_the_offenders(
    with_hundred_second_real_sources: Verbatim,
) -> None:
    """ "Convicted of 10 counts of rape, including three involving a child under the age of 13"
    gives his victim's age, not his; the next sentence gives his."""
    question = "how old was cliff mitchell"
    assert "The 24-year-old Mitchell" in first_quote(with_hundred_second_real_sources, question)


def test_a_close_sentence_of_the_same_source_is_quoted_too_whatever_it_counts(
    with_twentieth_real_sources: Verbatim,
) -> None:
    """Asked about convictions of officers, the best sentence says what they were convicted of
    and the next best, nearly as close, counts them: both are quoted."""
    answer = with_twentieth_real_sources.answer(
        "indecent images convictions police officers since everard"
    )
    assert "convicted of assault, possession of indecent images" in answer.quotes[0].text
    assert any("Some 13 officers were convicted" in q.text for q in answer.quotes[1:])


def test_the_fire_and_rescue_inspectorate_fires_no_one(
    with_twenty_sixth_real_sources: Verbatim,
) -> None:
    """ "HM Inspectorate of Constabulary and Fire and Rescue Services found" 415 officers were
    dealt with; it says nothing of how many were sacked ("fired")."""
    question = "how many of the 415 officers in the hmicfrs report actually got sacked"
    assert not with_twenty_sixth_real_sources.answer(question).answered


def test_a_publishers_words_are_spoken_by_its_own_page(
    with_twenty_first_real_sources: Verbatim,
) -> None:
    """ "in the bolton news article": the page's text never says "news", its publisher does."""
    question = (
        "in the bolton news article whats the total number of allegations against the greater"
        " manchester force"
    )
    assert "a total of 3,581 allegations" in first_quote(with_twenty_first_real_sources, question)


def test_a_question_that_asks_two_things_is_answered_for_both(
    with_eighteenth_real_sources: Verbatim,
) -> None:
    """Asked as one, the two parts share too few words with either sentence to be answered;
    asked part by part, the second as a follow-up, each finds its own, quoted once."""
    answer = with_eighteenth_real_sources.answer(
        "How many PSNI officers went through special case hearings in 2022, and how quickly were"
        " those cases concluded?"
    )
    assert answer.answered, answer.reply
    assert "a total of 12 officers were subject to Special Case hearings" in answer.reply
    assert "65% of these cases were concluded within two months" in answer.reply
    assert answer.reply.count("a total of 12 officers") == 1


def test_a_sentence_pointing_back_to_a_period_counts_for_it(
    with_eighteenth_real_sources: Verbatim,
) -> None:
    """ "During this 12-month period six officers were dismissed ..., but these investigations
    could relate to incidents reported before October 2022" counts for the period stated
    before it (October 2022 to October 2023), not for the one year it names."""
    question = (
        "thames valley officers dismissed after sexual misconduct hearings oct 2022 to oct 2023"
    )
    assert "six officers were dismissed" in first_quote(with_eighteenth_real_sources, question)


def test_how_long_ago_is_no_answer_to_how_many(with_twentieth_real_sources: Verbatim) -> None:
    """ "nearly five years on since the publication of their police super-complaint" says how
    long, not how many survivors have been in touch."""
    question = (
        "how many survivors of police perpetrated domestic abuse have contacted cwj since the"
        " super complaint"
    )
    assert "more than 200 victim/survivors" in first_quote(with_twentieth_real_sources, question)


def test_a_sentence_with_an_undated_figure_gives_its_period_from_its_words(
    with_seventeenth_real_sources: Verbatim,
) -> None:
    """ "Over the same period – between January 2018 and last August – 58 employees ...", in
    a story of March 2021, then "Of those, 28 were dismissed without notice": 2018 to 2020."""
    question = (
        "met employees disciplined over sexual misconduct jan 2018 to aug 2020, how many sacked"
        " without notice"
    )
    assert "28 were dismissed without notice" in first_quote(
        with_seventeenth_real_sources, question
    )


def test_a_note_in_a_publishers_name_names_no_source(
    with_sixteenth_real_sources: Verbatim,
) -> None:
    """The publisher "severuss.online (syndicated copy of a Northern Ireland news report)" is
    not named by a question about Northern Ireland: The Ditch's list of complaints answers."""
    question = (
        "whats the most common kind of domestic abuse complaint made against cops in northern"
        " ireland"
    )
    assert "Physical abuse was the largest category" in first_quote(
        with_sixteenth_real_sources, question
    )


def test_avg_asks_for_an_average(with_sixteenth_real_sources: Verbatim) -> None:
    question = "psni professional standards avg time to close these cases?"
    assert "an average of 194 days" in first_quote(with_sixteenth_real_sources, question)


def test_a_review_named_must_be_one_the_source_speaks_of(
    with_twentieth_real_sources: Verbatim,
) -> None:
    """The Observer's "Of the 119 cases of misconduct upheld ..., 63 led to the ultimate
    removal" is no answer to what the Angiolini review led to: its source never names it."""
    answer = with_twentieth_real_sources.answer(
        "how many officers were sacked as a result of the angiolini review of sexual offence"
        " allegations"
    )
    assert not answer.answered, answer.reply


def test_a_publisher_named_in_three_capitals_is_named(
    with_fourth_real_sources: Verbatim,
) -> None:
    """ "itv" is ITV News Meridian's page on four forces: named, its own sentence answers."""
    question = (
        "did itv find anything about officers making sexual advances on their own colleagues in"
        " the south east forces"
    )
    assert "more than 100 allegations of sexual advances" in first_quote(
        with_fourth_real_sources, question
    )


def test_a_source_reporting_what_the_named_body_found_answers_for_it(
    with_twentieth_real_sources: Verbatim,
) -> None:
    """The Telegraph names the Centre for Women's Justice, then gives what its FOI requests
    found; the centre's own page, named by the question, counts no convictions."""
    question = "centre for womens justice foi - how many convictions out of how many reports"
    assert "19 convictions for 493 reports" in first_quote(with_twentieth_real_sources, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # "a report from 2021 showed 2,300 ...": the year the sentence names is its figures'
        ("how many west midlands officers and staff were not properly vetted in 2021", "2,300"),
        # "between January 2018 and September last year", in a story of 2022
        (
            "dorset police staff reported for domestic abuse between 2018 and 2021",
            "They included 36 in Dorset Police",
        ),
        # "lost their jobs" is what "got the boot" asks
        (
            "how many cops got the boot or quit over domestic abuse claims, mirror",
            "lost their jobs or voluntarily quit",
        ),
    ],
)
def test_figures_read_in_the_words_sources_use(
    with_fifteenth_real_sources: Verbatim, question: str, answer: str
) -> None:
    assert answer in first_quote(with_fifteenth_real_sources, question)


def test_a_share_asked_for_comes_before_a_count(with_twelfth_real_sources: Verbatim) -> None:
    """BTP's page counts 29 officers investigated, and says what share of its officers are
    women: asked for a share, the share comes first."""
    question = "what proportion of british transport police officers are women"
    assert "20% of the BTP" in first_quote(with_twelfth_real_sources, question)


def test_what_someone_said_is_quoted_not_the_heading_over_it(
    with_twelfth_real_sources: Verbatim,
) -> None:
    question = "what did serena kennedy say about working with other chief constables"
    assert first_quote(with_twelfth_real_sources, question).startswith("I am working with")


def test_when_is_answered_by_a_day(with_twelfth_real_sources: Verbatim) -> None:
    question = "when did the npcc send its second letter on the cwj super complaint"
    assert "30 December 2022" in first_quote(with_twelfth_real_sources, question)


def test_a_reason_need_not_name_what_it_explains(with_tenth_real_sources: Verbatim) -> None:
    """The PSNI withheld the yearly numbers of officers dismissed "as this information could
    lead to the identification of individual officers": the reason says nothing of dismissals."""
    question = (
        "why did the psni hold back the yearly figures on officers dismissed for sexual misconduct"
    )
    assert "identification of individual officers" in first_quote(with_tenth_real_sources, question)


def test_words_before_a_quoted_number_may_name_its_document(
    with_eleventh_real_sources: Verbatim,
) -> None:
    """ "super-complaint report" is what the top lines of the CWJ's page call it, not a part of
    the 122 cases asked about."""
    question = "super complaint report: of the 122 cases sampled how many went to the iopc"
    assert "Only 8 cases out of the sample of 122" in first_quote(
        with_eleventh_real_sources, question
    )


def test_sources_that_disagree_with_any_quote_are_said_to_differ(
    with_added_sources: Verbatim,
) -> None:
    answer = with_added_sources.answer(
        "how many sexual misconduct allegations were there against herts police officers 2019-22"
    )
    assert_sides_shown(answer, "312 allegations", "276 allegations")
    differ = next(line for line in answer.reply.splitlines() if "sources differ" in line)
    assert "years" not in differ  # "in four years" says how long, not what is counted


@pytest.mark.parametrize(
    ("corpus", "questions", "hit1", "abstention", "false_abstention"),
    [
        ("with_added_sources", "added.yaml", 0.85, 0.87, 0.0),
        ("with_real_sources", "real.yaml", 0.9, 1.0, 0.0),
        ("with_more_real_sources", "real2.yaml", 0.89, 0.8, 0.036),
        ("with_third_real_sources", "real3.yaml", 0.9, 1.0, 0.034),
        ("with_fourth_real_sources", "real4.yaml", 0.96, 1.0, 0.0),
        ("with_fifth_real_sources", "real5.yaml", 0.9, 0.9, 0.034),
        ("with_sixth_real_sources", "real6.yaml", 0.9, 0.8, 0.0),
        ("with_seventh_real_sources", "real7.yaml", 0.86, 0.9, 0.0),
        ("with_eighth_real_sources", "real8.yaml", 0.8, 0.8, 0.0),
        ("with_ninth_real_sources", "real9.yaml", 0.93, 1.0, 0.034),
        ("with_tenth_real_sources", "real10.yaml", 0.9, 0.8, 0.0),
        ("with_eleventh_real_sources", "real11.yaml", 0.76, 1.0, 0.1),
        ("with_twelfth_real_sources", "real12.yaml", 0.96, 0.8, 0.0),
        ("with_thirteenth_real_sources", "real13.yaml", 0.86, 0.8, 0.0),
        ("with_fourteenth_real_sources", "real14.yaml", 0.86, 0.7, 0.0),
        ("with_fifteenth_real_sources", "real15.yaml", 0.83, 1.0, 0.034),
        ("with_sixteenth_real_sources", "real16.yaml", 0.9, 1.0, 0.067),
        ("with_seventeenth_real_sources", "real17.yaml", 0.9, 1.0, 0.0),
        ("with_eighteenth_real_sources", "real18.yaml", 0.93, 0.8, 0.034),
        ("with_nineteenth_real_sources", "real19.yaml", 0.76, 0.8, 0.034),
        ("with_twentieth_real_sources", "real20.yaml", 0.76, 0.9, 0.034),
        ("with_twenty_first_real_sources", "real21.yaml", 0.9, 1.0, 0.034),
        ("with_twenty_second_real_sources", "real22.yaml", 0.96, 1.0, 0.0),
        ("with_twenty_third_real_sources", "real23.yaml", 0.9, 0.8, 0.0),
        ("with_twenty_fourth_real_sources", "real24.yaml", 0.9, 1.0, 0.034),
        ("with_twenty_fifth_real_sources", "real25.yaml", 0.9, 0.9, 0.0),
        ("with_twenty_sixth_real_sources", "real26.yaml", 0.8, 0.7, 0.0),
        ("with_twenty_seventh_real_sources", "real27.yaml", 0.9, 1.0, 0.0),
        ("with_twenty_eighth_real_sources", "real28.yaml", 0.83, 1.0, 0.0),
        ("with_twenty_ninth_real_sources", "real29.yaml", 0.73, 0.7, 0.067),
        ("with_thirtieth_real_sources", "real30.yaml", 0.7, 0.9, 0.134),
        ("with_thirty_first_real_sources", "real31.yaml", 0.9, 0.9, 0.034),
        ("with_thirty_second_real_sources", "real32.yaml", 1.0, 0.8, 0.0),
        ("with_thirty_third_real_sources", "real33.yaml", 0.8, 1.0, 0.034),
        ("with_thirty_fourth_real_sources", "real34.yaml", 0.86, 0.7, 0.034),
        ("with_thirty_fifth_real_sources", "real35.yaml", 0.86, 0.8, 0.067),
        ("with_thirty_sixth_real_sources", "real36.yaml", 0.73, 0.7, 0.1),
        ("with_thirty_seventh_real_sources", "real37.yaml", 0.76, 1.0, 0.0),
        ("with_thirty_eighth_real_sources", "real38.yaml", 0.86, 0.8, 0.034),
        ("with_thirty_ninth_real_sources", "real39.yaml", 0.9, 0.8, 0.0),
        ("with_fortieth_real_sources", "real40.yaml", 0.9, 0.9, 0.034),
        ("with_forty_first_real_sources", "real41.yaml", 0.9, 0.9, 0.0),
        ("with_forty_second_real_sources", "real42.yaml", 0.83, 0.8, 0.067),
        ("with_forty_third_real_sources", "real43.yaml", 0.86, 0.9, 0.034),
        ("with_forty_fourth_real_sources", "real44.yaml", 0.93, 0.9, 0.0),
        ("with_forty_fifth_real_sources", "real45.yaml", 0.76, 0.7, 0.0),
        ("with_forty_sixth_real_sources", "real46.yaml", 0.83, 0.8, 0.0),
        ("with_forty_seventh_real_sources", "real47.yaml", 0.9, 0.9, 0.0),
        ("with_forty_eighth_real_sources", "real48.yaml", 0.73, 0.7, 0.067),
        ("with_forty_ninth_real_sources", "real49.yaml", 0.93, 0.8, 0.0),
        ("with_fiftieth_real_sources", "real50.yaml", 0.93, 1.0, 0.0),
        ("with_fifty_first_real_sources", "real51.yaml", 0.93, 0.8, 0.034),
        ("with_fifty_second_real_sources", "real52.yaml", 0.9, 0.9, 0.0),
        ("with_fifty_third_real_sources", "real53.yaml", 0.93, 1.0, 0.034),
        ("with_fifty_fourth_real_sources", "real54.yaml", 0.76, 0.7, 0.067),
        ("with_fifty_fifth_real_sources", "real55.yaml", 0.8, 0.7, 0.0),
        ("with_fifty_sixth_real_sources", "real56.yaml", 0.93, 1.0, 0.0),
        ("with_fifty_seventh_real_sources", "real57.yaml", 1.0, 0.8, 0.0),
        ("with_fifty_eighth_real_sources", "real58.yaml", 0.96, 1.0, 0.0),
        ("with_fifty_ninth_real_sources", "real59.yaml", 0.96, 0.9, 0.0),
        ("with_sixtieth_real_sources", "real60.yaml", 0.9, 0.9, 0.0),
        ("with_sixty_first_real_sources", "real61.yaml", 0.96, 1.0, 0.0),
        ("with_sixty_second_real_sources", "real62.yaml", 0.86, 0.5, 0.0),
        ("with_sixty_third_real_sources", "real63.yaml", 0.93, 0.9, 0.034),
        ("with_sixty_fourth_real_sources", "real64.yaml", 0.86, 0.9, 0.0),
        ("with_sixty_fifth_real_sources", "real65.yaml", 0.83, 1.0, 0.067),
        ("with_sixty_sixth_real_sources", "real66.yaml", 0.93, 1.0, 0.0),
        ("with_sixty_seventh_real_sources", "real67.yaml", 0.93, 0.9, 0.0),
        ("with_sixty_eighth_real_sources", "real68.yaml", 0.96, 0.9, 0.034),
        ("with_sixty_ninth_real_sources", "real69.yaml", 0.83, 0.9, 0.0),
        ("with_seventieth_real_sources", "real70.yaml", 0.86, 0.7, 0.0),
        ("with_seventy_first_real_sources", "real71.yaml", 0.76, 0.6, 0.1),
        ("with_seventy_second_real_sources", "real72.yaml", 0.83, 1.0, 0.034),
        ("with_seventy_third_real_sources", "real73.yaml", 0.76, 0.8, 0.1),
        ("with_seventy_fourth_real_sources", "real74.yaml", 0.8, 0.5, 0.067),
        ("with_seventy_fifth_real_sources", "real75.yaml", 0.83, 0.7, 0.1),
        ("with_seventy_sixth_real_sources", "real76.yaml", 0.8, 0.9, 0.067),
        ("with_seventy_seventh_real_sources", "real77.yaml", 0.86, 0.9, 0.034),
        ("with_seventy_eighth_real_sources", "real78.yaml", 0.63, 1.0, 0.0),
        ("with_seventy_ninth_real_sources", "real79.yaml", 0.66, 0.8, 0.167),
        ("with_eightieth_real_sources", "real80.yaml", 0.7, 0.8, 0.067),
        ("with_eighty_first_real_sources", "real81.yaml", 0.8, 0.7, 0.034),
        ("with_eighty_second_real_sources", "real82.yaml", 0.86, 0.7, 0.067),
        ("with_eighty_third_real_sources", "real83.yaml", 0.76, 0.6, 0.134),
        ("with_eighty_fourth_real_sources", "real84.yaml", 0.83, 1.0, 0.134),
        ("with_eighty_fifth_real_sources", "real85.yaml", 0.76, 0.7, 0.134),
        ("with_eighty_sixth_real_sources", "real86.yaml", 0.93, 1.0, 0.0),
        ("with_eighty_seventh_real_sources", "real87.yaml", 0.6, 0.5, 0.067),
        ("with_eighty_eighth_real_sources", "real88.yaml", 0.76, 0.6, 0.034),
        ("with_eighty_ninth_real_sources", "real89.yaml", 0.66, 0.8, 0.067),
        ("with_ninetieth_real_sources", "real90.yaml", 0.8, 0.9, 0.067),
        ("with_ninety_first_real_sources", "real91.yaml", 0.8, 1.0, 0.067),
        ("with_ninety_second_real_sources", "real92.yaml", 0.9, 0.8, 0.067),
        ("with_ninety_third_real_sources", "real93.yaml", 0.83, 0.7, 0.1),
        ("with_ninety_fourth_real_sources", "real94.yaml", 0.8, 0.7, 0.034),
        ("with_ninety_fifth_real_sources", "real95.yaml", 0.9, 0.8, 0.0),
        ("with_ninety_sixth_real_sources", "real96.yaml", 0.96, 0.7, 0.0),
        ("with_ninety_seventh_real_sources", "real97.yaml", 0.86, 1.0, 0.0),
        ("with_ninety_eighth_real_sources", "real98.yaml", 0.76, 0.7, 0.034),
        ("with_ninety_ninth_real_sources", "real99.yaml", 0.7, 1.0, 0.167),
        ("with_hundredth_real_sources", "real100.yaml", 0.83, 0.7, 0.067),
        ("with_hundred_first_real_sources", "real101.yaml", 0.76, 0.8, 0.067),
        ("with_hundred_second_real_sources", "real102.yaml", 0.8, 0.4, 0.034),
        ("with_hundred_third_real_sources", "real103.yaml", 0.7, 0.8, 0.067),
        ("with_hundred_fourth_real_sources", "real104.yaml", 0.93, 0.6, 0.0),
        ("with_hundred_fifth_real_sources", "real105.yaml", 0.76, 0.8, 0.167),
        ("with_hundred_sixth_real_sources", "real106.yaml", 0.86, 0.8, 0.067),
        ("with_hundred_seventh_real_sources", "real107.yaml", 0.66, 0.7, 0.1),
        ("with_hundred_eighth_real_sources", "real108.yaml", 0.8, 0.6, 0.067),
        ("with_hundred_ninth_real_sources", "real109.yaml", 0.73, 0.9, 0.167),
        ("with_hundred_tenth_real_sources", "real110.yaml", 0.73, 0.9, 0.134),
        ("with_hundred_eleventh_real_sources", "real111.yaml", 0.73, 0.9, 0.1),
        ("with_hundred_twelfth_real_sources", "real112.yaml", 0.8, 0.9, 0.0),
        ("with_hundred_thirteenth_real_sources", "real113.yaml", 0.73, 0.7, 0.067),
        ("with_hundred_fourteenth_real_sources", "real114.yaml", 0.9, 0.8, 0.034),
        ("with_hundred_fifteenth_real_sources", "real115.yaml", 0.7, 0.5, 0.1),
        ("with_hundred_sixteenth_real_sources", "real116.yaml", 0.93, 0.8, 0.0),
        ("with_hundred_seventeenth_real_sources", "real117.yaml", 0.63, 0.9, 0.134),
        ("with_hundred_twentieth_real_sources", "real120.yaml", 0.73, 0.7, 0.134),
        ("with_hundred_twenty_first_real_sources", "real121.yaml", 0.8, 0.9, 0.034),
        ("with_hundred_eighteenth_real_sources", "real118.yaml", 0.83, 0.9, 0.0),
        ("with_hundred_nineteenth_real_sources", "real119.yaml", 0.63, 1.0, 0.167),
        ("with_hundred_twenty_second_real_sources", "real122.yaml", 0.76, 0.9, 0.034),
        ("with_hundred_twenty_third_real_sources", "real123.yaml", 0.63, 0.8, 0.1),
        ("with_hundred_twenty_fourth_real_sources", "real124.yaml", 0.96, 0.9, 0.0),
        ("with_hundred_twenty_fifth_real_sources", "real125.yaml", 0.66, 0.9, 0.067),
        ("with_hundred_twenty_sixth_real_sources", "real126.yaml", 0.8, 0.8, 0.034),
        ("with_hundred_twenty_seventh_real_sources", "real127.yaml", 0.76, 0.9, 0.034),
        ("with_hundred_twenty_eighth_real_sources", "real128.yaml", 0.66, 0.8, 0.034),
        ("with_hundred_twenty_ninth_real_sources", "real129.yaml", 0.73, 1.0, 0.034),
        ("with_hundred_thirtieth_real_sources", "real130.yaml", 0.6, 0.7, 0.067),
        ("with_hundred_thirty_first_real_sources", "real131.yaml", 0.7, 0.8, 0.067),
        ("with_hundred_thirty_second_real_sources", "real132.yaml", 0.7, 0.9, 0.067),
    ],
)
def test_eval_floor_on_sources_added_later(
    request: pytest.FixtureRequest,
    corpus: str,
    questions: str,
    hit1: float,
    abstention: float,
    false_abstention: float,
) -> None:
    service = request.getfixturevalue(corpus)
    metrics = score(service, load_questions(QUESTIONS.parent / questions)).metrics()
    assert metrics["rule violations"] == 0
    assert metrics["hit@1"] >= hit1
    assert metrics["abstention"] >= abstention
    assert metrics["false abstention"] <= false_abstention


def test_cli_ask_json_reads_one_question_per_line(seed_index: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main,
        ["ask", "--json", "--index", str(seed_index), "-"],
        input="how many met officers were accused between 2014 and 2024\n\nwho won the cup\n",
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [a["question"] for a in lines] == [
        "how many met officers were accused between 2014 and 2024", "who won the cup",
    ]  # fmt: skip
    first = lines[0]
    assert first["answered"] and "1,492" in first["quotes"][0]["text"]
    assert set(first) >= {"question", "answered", "reply", "quotes", "figures", "conflicts"}
    assert set(first["quotes"][0]["source"]) >= {"id", "title", "publisher", "date", "url"}
    assert not lines[1]["answered"]


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for name, command in main.commands.items():
        assert command.help, name
        assert runner.invoke(main, [name, "--help"]).exit_code == 0


def test_a_headcount_a_named_source_gives_is_quoted(
    with_sixty_third_real_sources: Verbatim,
) -> None:
    """Asked how many officers serve, with nothing else asked, the source named says it (real63
    ch010); named by no one, the question asks nothing a source speaks of."""
    service = with_sixty_third_real_sources
    answer = service.answer(
        "bright green blog says how many serving police officers in england and wales"
    )
    assert answer.answered and "140,000 serving police officers" in answer.quotes[0].text
    assert not service.answer("how many serving police officers in england and wales").answered


def test_a_figure_for_the_year_asked_is_about_what_its_source_s_lede_says(
    with_forty_ninth_real_sources: Verbatim,
) -> None:
    """ "... found it had 19 active cases as of July 2024" names none of "abuse of position for
    sexual purposes" but its story's lede does (real49 bt016)."""
    answer = with_forty_ninth_real_sources.answer(
        "how many abuse of position for sexual purposes cases did the NI police ombudsman "
        "have open in july 2024"
    )
    assert answer.answered and "19 active cases as of July 2024" in answer.quotes[0].text


def test_what_those_counted_did_may_be_said_by_the_next_sentence(
    with_seventy_third_real_sources: Verbatim,
) -> None:
    """ "two officers of the Hertfordshire Police force have been dismissed from duty" is a count
    of those sacked for sex on police premises, as the next sentence says (real73 cr027)."""
    question = "how many herts cops got sacked for having sex at the station"
    first = first_quote(with_seventy_third_real_sources, question)
    assert "two officers of the Hertfordshire Police force" in first


def test_an_outcome_that_did_not_happen_may_say_which_officer_is_meant(
    with_seventy_sixth_real_sources: Verbatim,
) -> None:
    """ "the officer who wasnt sacked" says which of the two is asked about, and asks nothing of
    a sacking (real76 cu030)."""
    question = "derby telegraph, the officer who wasnt sacked - how long is their final warning"
    assert "final written warning valid for 18 months" in first_quote(
        with_seventy_sixth_real_sources, question
    )


def test_how_old_someone_is_is_answered_only_by_a_sentence_giving_an_age(
    with_seventy_third_real_sources: Verbatim, with_twenty_fourth_real_sources: Verbatim
) -> None:
    """No page gives the Essex constable's age, so none of its sentences about him answers
    (real73 cr033); "A Met police firearms officer, 46, ..." gives one (real24 aq019)."""
    assert not with_seventy_third_real_sources.answer(
        "how old is the essex pc simon jones"
    ).answered
    question = "how old was the met firearms officer who guarded the pm and is facing a rape trial"
    assert "A Met police firearms officer, 46" in first_quote(
        with_twenty_fourth_real_sources, question
    )


def test_a_victim_s_age_answers_only_a_question_about_the_victim(
    verbatim_service: Verbatim,
) -> None:
    """ "jailed for nine years for raping a 16-year-old girl" tells how old the girl was, not
    how old anyone else is (found asking the commissioner's age at the terminal)."""
    assert not verbatim_service.answer("how old is the met commissioner").answered
    question = "how old was the girl that met officer provan raped"
    assert "16-year-old girl" in first_quote(verbatim_service, question)


def test_an_offender_s_age_does_not_answer_a_question_about_his_victims(
    with_ninety_second_real_sources: Verbatim,
) -> None:
    """ "Darren Bond, 46, is due to be sentenced" is his age, not that of the children in his
    images, which the page never gives (real92 dk040)."""
    question = "how young were the children in darren bonds images"
    assert not with_ninety_second_real_sources.answer(question).answered


def test_whether_someone_was_barred_is_answered_only_by_a_source_that_speaks_of_the_list(
    with_eighty_sixth_real_sources: Verbatim, with_eighty_eighth_real_sources: Verbatim
) -> None:
    """The Kent story never speaks of the barred list, so none of its sentences about PC Hill
    says whether he was put on it (real86 de036); the Gwent story does."""
    question = "did kent's pc thomas hill end up on the barred list"
    assert not with_eighty_sixth_real_sources.answer(question).answered
    answer = with_eighty_eighth_real_sources.answer("was gareth hodges barred")
    assert any("placed on the policing barred list" in q.text for q in answer.quotes[:3])


def test_how_many_years_is_not_answered_with_days_or_minutes(
    with_ninety_fourth_real_sources: Verbatim, with_ninety_second_real_sources: Verbatim
) -> None:
    """Neither page says how long the officer had served: "a two day hearing" (real94 dm039)
    and "recording for nearly six minutes" (real92 dk034) are no count of years."""
    question = "how many years had the devon and cornwall sergeant served before he was sacked"
    assert not with_ninety_fourth_real_sources.answer(question).answered
    question = "how many years had kieran ball been with british transport police"
    assert not with_ninety_second_real_sources.answer(question).answered


def test_the_hearing_that_sacked_someone_says_which_hearing(
    with_ninety_second_real_sources: Verbatim,
) -> None:
    """ "who chaired the hearing that sacked mccabe": the sacking says which hearing, and the
    sentence on who chaired it need not speak of one (real92 dk027)."""
    answer = with_ninety_second_real_sources.answer(
        "who chaired the north yorks hearing that sacked mccabe"
    )
    assert any("chaired by North Yorkshire Police Chief" in q.text for q in answer.quotes[:3])


def test_what_sentence_someone_got_is_answered_only_by_a_term(
    with_ninety_second_real_sources: Verbatim,
) -> None:
    """The page stops before Darren Bond is sentenced: that he "is due to be sentenced ... later
    this month" is no sentence (real92 dk033)."""
    question = "what sentence did darren bond get at gloucester crown court in the end"
    assert not with_ninety_second_real_sources.answer(question).answered


def test_an_officer_no_source_names_is_not_answered_with_another_officer_s_case(
    verbatim_service: Verbatim,
) -> None:
    """No seed names PC Abigail Barlow, so PC Adam Provan's nine years is no answer to what
    she got (found asking at the terminal); asked about Provan, it is."""
    assert not verbatim_service.answer("what sentence did pc abigail barlow get").answered
    assert "jailed for nine years" in first_quote(
        verbatim_service, "what sentence did pc adam provan get"
    )
    # "the sergeant who groped ...": words after a rank that are no name ask on
    question = "was the sergeant who groped a woman on a train convicted"
    assert verbatim_service.answer(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "what sentence did david carrick get",
        "which prison is david carrick locked up in",
        "what happened to david carrick in the end",
    ],
)
def test_a_person_no_source_names_is_refused_without_a_rank(
    verbatim_service: Verbatim, question: str
) -> None:
    """No seed names David Carrick: asked by name without a rank, the bot once answered with
    Adam Provan's nine years (found asking at the terminal)."""
    assert not verbatim_service.answer(question).answered
    assert "jailed for nine years" in first_quote(
        verbatim_service, question.replace("david carrick", "adam provan")
    )


@pytest.mark.parametrize(
    ("question", "named"),
    [
        (
            "over what period did hmic find the 400 plus sexual gain claims",
            "over what period did the met count the domestic abuse and sexual misconduct claims",
        ),
        (
            "how many met officers did the ipcc say were accused between 2014 and 2024",
            "how many met officers were accused between 2014 and 2024",
        ),
    ],
)
def test_a_body_no_source_names_is_refused(
    verbatim_service: Verbatim, question: str, named: str
) -> None:
    """No seed names the inspectorate or the IPCC: the Met FOI's "between January 2017 and
    June 2022" is no period HMIC found (found asking at the terminal). Without the body, the
    same sources answer."""
    answer = verbatim_service.answer(question)
    assert not answer.answered and not answer.quotes and answer.notice == NOTICE_NO_ANSWER
    assert verbatim_service.answer(named).answered


def test_words_in_quote_marks_are_what_the_quote_says(verbatim_service: Verbatim) -> None:
    """The Eye of Media counts "other sexual assaults" for 2022 to 2024 only; its 116 in 2021
    are sexual assaults, which is not what was asked in quote marks."""
    asked = "'other sexual assaults' involving met officers in 2021 - number?"
    assert not verbatim_service.answer(asked).answered
    quote = first_quote(verbatim_service, "'other sexual assault' cases in 2024, how many")
    assert "other sexual assaults" in quote


def test_one_force_alone_is_not_answered_with_a_count_across_forces(
    with_fourth_real_sources: Verbatim, with_hundred_fourteenth_real_sources: Verbatim
) -> None:
    """ITV Meridian's FOI went "to Kent, Surrey, Sussex and Dorset Police" and counts "283
    officers across the four police forces": no count of Kent's alone. And an inspectorate's
    round-up that names forces by place answers for Kent ("Kent was assessed as 'adequate'")."""
    question = (
        "in the itv meridian data how many of the accused officers were from kent police alone"
    )
    assert not with_fourth_real_sources.answer(question).answered
    question = "how did kent police do in the hmicfrs vetting n corruption inspection"
    quote = first_quote(with_hundred_fourteenth_real_sources, question)
    assert "Kent was assessed as 'adequate'" in quote


def test_a_sum_of_money_speaking_of_nothing_asked_is_no_answer(
    with_thirtieth_real_sources: Verbatim,
) -> None:
    """No source says what the Met paid Carrick's victims; the one sum of money close enough,
    "the Met estimates this may cost up to £7m a year" (of officers who failed vetting), speaks
    of nothing the question asks and comes from another source than the best hit's (real30
    ax032)."""
    answer = with_thirtieth_real_sources.answer(
        "how much compensation has the met paid carricks victims"
    )
    assert not answer.answered, answer.reply
