"""The domain vocabulary on source sentences and on questions as users type them."""

from __future__ import annotations

import pytest

from index.lexicon import (
    find_forces,
    find_periods,
    parse_number,
    question_unit,
    unit_of,
    with_years,
    writes_number,
)
from index.models import Period

MET = "Metropolitan Police"

# --- forces ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Metropolitan Police has revealed",
        "the Met is already under fierce pressure",
        "a probationary MPS police constable",
        "Metropolitan Police Service figures",
        "met police commissioner, Mark Rawley",
        "MET OFFICERS disciplined over 119 sexual abuse claims",
        "Scotland Yard said",
        "one in 200 cops in the London force",
        "metropolitan police officers suspected of serious criminal offences",
        "information has now been published on the Met’s website",
        "more than 1,000 officers in Britain’s largest police force",
        "Britain's biggest force revealed",
    ],
)
def test_met_aliases(text: str) -> None:
    assert find_forces(text) == [MET]


def test_met_is_one_mention_not_two() -> None:
    assert find_forces("Metropolitan Police Service and the Met") == [MET]


def test_lowercase_met_is_the_verb_in_prose() -> None:
    text = "an officer of going to the home of a woman he met while on duty and raping her"
    assert find_forces(text) == []
    assert find_forces("The Met Office forecasts rain") == []


def test_lowercase_met_in_questions() -> None:
    assert find_forces("how many met cops were sacked in 2023", question=True) == [MET]
    assert find_forces("complaints against the met 2012-18", question=True) == [MET]
    assert find_forces("officers who met with victims", question=True) == []


def test_county_forces() -> None:
    text = (
        "a police spokesperson for Hertfordshire police said: Hertfordshire Constabulary "
        "expects; Northumbria Police did not respond; the Northumbrian force; "
        "In the Humberside police force"
    )
    assert find_forces(text) == [
        "Hertfordshire Constabulary",
        "Northumbria Police",
        "Humberside Police",
    ]
    assert find_forces("an officer in Hertfordshire engaging") == ["Hertfordshire Constabulary"]
    # county abbreviations as people type them; "beds" is a word unless a police word follows
    assert find_forces("herts cop who was texting", question=True) == ["Hertfordshire Constabulary"]
    assert find_forces("notts police", question=True) == ["Nottinghamshire Police"]
    assert find_forces("what was the mets response", question=True) == ["Metropolitan Police"]
    assert find_forces("rape cases in scotland", question=True) == ["Police Scotland"]
    assert find_forces("suspensions of scottish officers", question=True) == ["Police Scotland"]
    assert find_forces("how many were sacked nationally", question=True) == ["England and Wales"]
    assert find_forces("New Scotland Yard said") == ["Metropolitan Police"]
    assert find_forces("slept in the beds", question=True) == []
    assert find_forces("beds police", question=True) == ["Bedfordshire Police"]
    assert find_forces("the wyp table", question=True) == ["West Yorkshire Police"]
    assert find_forces("south yorks cops", question=True) == ["South Yorkshire Police"]
    assert find_forces("the devon officer", question=True) == ["Devon and Cornwall Police"]
    assert find_forces("Six D&C police officers") == ["Devon and Cornwall Police"]
    assert find_forces("Eight SWP officers were arrested") == ["South Wales Police"]


def test_national_forces_and_area() -> None:
    text = "Police Scotland, the PSNI, British Transport Police and forces in England and Wales"
    assert find_forces(text) == [
        "Police Scotland",
        "Police Service of Northern Ireland",
        "British Transport Police",
        "England and Wales",
    ]
    # a story on one force may give every force's figure
    reasons = "Among all police forces, dishonesty was the most common reason for sacking"
    assert find_forces(reasons) == ["England and Wales"]
    # the forces that guard nuclear sites and defence estates (real64 ci005, ci029)
    guards = "The CNC and the Ministry of Defence Police"
    assert find_forces(guards) == ["Civil Nuclear Constabulary", "Ministry of Defence Police"]
    assert find_forces("how many nuclear police officers", question=True) == [
        "Civil Nuclear Constabulary"
    ]
    assert find_forces("mod police investigations", question=True) == ["Ministry of Defence Police"]


def test_wales_is_its_four_forces_not_one_nor_england_and_wales() -> None:
    """ "welsh cops" are no one force's: a figure for England and Wales, or for one Welsh force,
    does not answer for them (real40 bk040, real54 by034)."""
    assert find_forces("how many welsh cops were barred", question=True) == ["Wales"]
    assert find_forces("police in wales", question=True) == ["Wales"]
    assert find_forces("South Wales Police dismissed fourteen") == ["South Wales Police"]
    assert find_forces("North Wales Police") == ["North Wales Police"]
    assert find_forces("the police workforce in england n wales", question=True) == [
        "England and Wales"
    ]
    assert find_forces("1,151 officers under investigation in England, Wales") == [
        "England and Wales"
    ]
    assert find_forces("forces in england wales and scotland", question=True) == [
        "England and Wales",
        "Police Scotland",
    ]


def test_place_names_that_are_not_forces() -> None:
    assert find_forces("The Yorkshire Post reported") == []
    assert find_forces("Clark Kent, in Durham city, New South Wales") == []
    assert find_forces("Neil Young, based in South Gloucestershire, told her") == []
    assert find_forces("Kent Police and Durham Constabulary") == [
        "Kent Police",
        "Durham Constabulary",
    ]
    assert find_forces("West Yorkshire and Greater Manchester Police") == [
        "West Yorkshire Police",
        "Greater Manchester Police",
    ]


def test_a_force_named_to_give_a_sense_of_size_is_not_where_a_text_counts() -> None:
    """ "860 were on restricted duties, equivalent to the size of Warwickshire or Wiltshire
    police forces", in a story on the Met (real66 ck005)."""
    sized = (
        "860 were on restricted duties, equivalent to the size of Warwickshire or Wiltshire police."
    )
    assert find_forces(sized) == []
    assert find_forces("equivalent to the size of wiltshire police", question=True) == [
        "Wiltshire Police"
    ]
    assert find_forces("Kent Police dismissed 5, compared with Essex Police.") == [
        "Kent Police",
        "Essex Police",
    ]


def test_a_city_is_its_force_in_a_document_naming_the_force() -> None:
    sentence = "In Durham, three officers were arrested, and in Cleveland nine."
    assert find_forces(sentence) == []
    named = find_forces("Officers at Durham Constabulary and Cleveland Police were arrested.")
    assert find_forces(sentence, known=named) == ["Durham Constabulary", "Cleveland Police"]
    assert find_forces("three officers in durham", known=named) == []  # prose capitalises it


def test_a_county_alone_is_its_force_in_a_document_naming_many_forces() -> None:
    """An inspectorate's round-up grades forces by their places alone ("Kent was assessed as
    'adequate'"); where a document names a force or two, Kent may be a person."""
    many = find_forces("Nottinghamshire Police, Dorset Police and Cumbria Constabulary")
    assert find_forces("Kent was assessed as 'adequate'.", known=many) == ["Kent Police"]
    assert find_forces("Kent was assessed as 'adequate'.", known=many[:2]) == []
    assert find_forces("Ms Kent said the force had failed.", known=many) == []


def test_lowercase_counties_only_in_questions() -> None:
    assert find_forces("essex") == []
    assert find_forces("how many essex officers", question=False) == ["Essex Police"]
    assert find_forces("sacked in essex", question=True) == ["Essex Police"]


# --- periods ---------------------------------------------------------------------------------


def _years(text: str, question: bool = False) -> list[tuple[str, int | None, int | None]]:
    return [(p.text, p.start_year, p.end_year) for p in find_periods(text, question)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 2014 and 2024", ("between 2014 and 2024", 2014, 2024)),
        ("sacked 2018 to march 2021", ("2018 to march 2021", 2018, 2021)),
        ("remained as of December 31, 2022.", ("as of December 31, 2022", 2022, 2022)),
        (
            "between 1 January 2012 and 2 June 2018 only",
            ("between 1 January 2012 and 2 June 2018", 2012, 2018),
        ),
        ("from January 2017 to June 2022,", ("from January 2017 to June 2022", 2017, 2022)),
        (
            "from January 1 2019 up to July 31 2022, data shows",
            ("from January 1 2019 up to July 31 2022", 2019, 2022),
        ),
        (
            "Between its introduction on 15 December 2017 and the end on 31 March 2023, a",
            (
                "Between its introduction on 15 December 2017 and the end on 31 March 2023",
                2017,
                2023,
            ),
        ),
        ("complaints 2012-18 upheld", ("2012-18", 2012, 2018)),
        ("2012-2018", ("2012-2018", 2012, 2018)),
        ("2012–2018", ("2012–2018", 2012, 2018)),
        ("kept jobs 2017 to 2020", ("2017 to 2020", 2017, 2020)),
        ("in the year 2019/20", ("2019/20", 2019, 2020)),
        ("reports in 2017 higher than in 2012?", ("in 2017 higher than in 2012", 2012, 2017)),
        # financial years, the first to the last
        ("claims 2016-17 to 2020-21", ("2016-17 to 2020-21", 2016, 2021)),
        ("between 2017/18 and 2020/21 there", ("between 2017/18 and 2020/21", 2017, 2021)),
        # a financial year is both of its calendar years, as "2022/23" is; a wrap may split it
        ("in the year ending March 2023, 58%", ("year ending March 2023", 2022, 2023)),
        ("the year ending March\n2021 and", ("year ending March\n2021", 2020, 2021)),
        ("in the year to March 31 2025, up", ("year to March 31 2025", 2024, 2025)),
        # American dates, and "the period" for "between"
        (
            "during the period October 1, 2021, and March 31, 2022, 653 cases",
            ("the period October 1, 2021, and March 31, 2022", 2021, 2022),
        ),
        ("in the year to march 2024", ("year to march 2024", 2023, 2024)),
        # (real65: "dismissed for misconduct in the year leading up to March 2024")
        (
            "dismissed in the year leading up to March 2024, according",
            ("year leading up to March 2024", 2023, 2024),
        ),
        ("barred list in the year up to march 2021", ("year up to march 2021", 2020, 2021)),
        (
            "a record high in the year to the end of March 2024.",
            ("year to the end of March 2024", 2023, 2024),
        ),
        (
            "the time period beginning October 1, 2021 and ending March 31, 2022.",
            ("beginning October 1, 2021 and ending March 31, 2022", 2021, 2022),
        ),
        ("stats for y/e march 2022, whats", ("y/e march 2022", 2021, 2022)),
        # a span from a date to "the end of" another (real58 cc006)
        (
            "made from February 2020 until the end of June 2024, including",
            ("from February 2020 until the end of June 2024", 2020, 2024),
        ),
        ("81 in 2022", ("in 2022", 2022, 2022)),
        ("offences, for the year 2016.", ("for the year 2016", 2016, 2016)),
        ("In November 2018 PC Adam Provan", ("In November 2018", 2018, 2018)),
        ("failed, since 2017, to", ("since 2017", 2017, None)),
        ("on the list since it started in 2017", ("since it started in 2017", 2017, None)),
        (
            "since the list was introduced in December 2017, 400",
            ("since the list was introduced in December 2017", 2017, None),
        ),
        ("over a 10 year period, 69", ("over a 10 year period", None, None)),
        ("over a\xa0 ten year period was", ("over a\xa0 ten year period", None, None)),
        ("in the past decade.", ("in the past decade", None, None)),
        ("last year about", ("last year", None, None)),
        ("earlier this year;", ("earlier this year", None, None)),
        ("in 2017 than in 2012.", ("in 2017 than in 2012", 2012, 2017)),
        ("worse in 2017 than 2012?", ("in 2017 than 2012", 2012, 2017)),
        ("reports 2017 vs 2012, how much higher", ("2017 vs 2012", 2012, 2017)),
        (
            "grown in 2017 compared with five years earlier",
            ("in 2017 compared with five years earlier", 2012, 2017),
        ),
        ("2012 to mid 2018 - how many", ("2012 to mid 2018", 2012, 2018)),
        ("from early 2019 to late 2021,", ("from early 2019 to late 2021", 2019, 2021)),
        ("sacked in mid 2018.", ("in mid 2018", 2018, 2018)),
        ("at the met in 2017 compare with 2012?", ("in 2017 compare with 2012", 2012, 2017)),
        ("in 2019 compared with 2016", ("in 2019 compared with 2016", 2016, 2019)),
        ("met foi jan 2017 to june 2022,", ("jan 2017 to june 2022", 2017, 2022)),
        ("met accusations jan to may 2021", ("jan to may 2021", 2021, 2021)),
        ("between January and May, 2021", ("between January and May, 2021", 2021, 2021)),
        ("in the ten years up to 2024", ("in the ten years up to 2024", 2014, 2024)),
        ("over the past decade to 2023", ("over the past decade to 2023", 2013, 2023)),
        ("for the 5 years to March 2021", ("for the 5 years to March 2021", 2016, 2021)),
        ("in the 5 yrs up to jan 2022", ("in the 5 yrs up to jan 2022", 2017, 2022)),
        # months counted back from a month: the years they touch
        ("in the six months to February 2023:", ("in the six months to February 2023", 2022, 2023)),
        ("the six months to december 2022", ("the six months to december 2022", 2022, 2022)),
        # typed with no article: "gmp six months to march 2022, how many employees" (real67 cl006)
        ("gmp six months to march 2022, how", ("six months to march 2022", 2021, 2022)),
        # dates as FOI answers write them
        ("data is from 01/03/2021 – 28/02/2025.", ("01/03/2021 – 28/02/2025", 2021, 2025)),
        # ... and with "the" before each day
        (
            "offence from the 1 January 2018 to the 13 June 2023.",
            ("from the 1 January 2018 to the 13 June 2023", 2018, 2023),
        ),
    ],
)
def test_periods(text: str, expected: tuple[str, int | None, int | None]) -> None:
    assert _years(text) == [expected]


def test_ten_years_between_is_one_period() -> None:
    text = "accused of a sexual allegation in the ten years between 2014 and 2024 was 1,492."
    assert find_periods(text) == [
        Period("in the ten years between 2014 and 2024", 2014, 2024),
    ]


def test_what_is_not_a_period() -> None:
    assert _years("reference no: 01.FOI.22.025664") == []
    assert _years("a 33-year-old and 1,492 officers, 1990s, 2045, 1989") == []
    assert _years("2018-12") == []
    assert ("2019 to 27", 2019, 2027) not in _years("from 1 January 2019 to 27 April this year")


def test_years_typed_short_in_questions() -> None:
    """A financial year, and months with the years' last two digits, as people type them."""
    assert _years("barred in 23/24 how many", question=True) == [("23/24", 2023, 2024)]
    assert _years("oct 22 to oct 23 how many", question=True) == [("oct 22 to oct 23", 2022, 2023)]
    assert _years("3/4 of cops kept their jobs", question=True) == []
    assert _years("barred in 23/24") == []  # a source writes its years in full


def test_bare_years_only_in_questions() -> None:
    assert _years("sacked 2023") == []
    assert _years("sacked 2023", question=True) == [("2023", 2023, 2023)]
    assert _years("how many met cops were sacked in 2023", question=True) == [
        ("in 2023", 2023, 2023)
    ]
    assert _years("whats the % of officers who kept their jobs 2017-2020", question=True) == [
        ("2017-2020", 2017, 2020)
    ]


# --- units -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "unit"),
    [
        ("officers abused their position for a sexual purpose", "officers"),
        ("police officers across England", "officers"),
        ("cops in the London force", "officers"),
        ("serving Met officers have criminal records", "officers"),
        ("constables", "officers"),
        ("PCs", "officers"),
        ("bad apples", "officers"),
        ("complaints were made", "complaints"),
        ("sexual abuse claims", "allegations"),
        ("allegations of domestic abuse", "allegations"),
        ("cases of other sexual assaults", "cases"),
        ("rape cases leading to a charge", "cases"),
        ("all\xa0 sexual conduct cases", "cases"),
        ("reports of sexual misconduct", "reports"),
        ("records of domestic violence or sexual offences accusations", "records"),
        ("police forces in England and Wales", "forces"),
        ("forces’ misconduct hearings", "forces"),
        ("suspensions or restrictions against officers", "suspensions"),
        ("instances found", "instances"),
        ("rape victims currently report attacks", "victims"),
        ("female respondents said", "people"),
        ("reported rapes resulted", "rapes"),
        ("charges of rape committed", "charges"),
        ("years for raping", "years"),
        ("per cent", "percent"),
        ("%", "percent"),
        ("were reported for sexual harassment", None),
        ("led to the ultimate removal of the accused", None),
        ("", None),
    ],
)
def test_unit_of(words: str, unit: str | None) -> None:
    assert unit_of(words) == unit


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("how many officers were accused between 2014 and 2024", "officers"),
        ("how many met cops were sacked in 2023", "officers"),
        ("how many were sacked", "officers"),
        ("How many were dismissed by the Met?", "officers"),
        ("how many complaints were upheld", "complaints"),
        ("2012-18 complaints upheld", "complaints"),
        ("whats the % of officers who kept their jobs 2017-2020", "percent"),
        ("what percentage of officers kept their jobs", "percent"),
        ("what share of rape cases lead to a charge", "percent"),
        ("how many in 200 met officers have criminal records", "percent"),
        ("how many in 2024 were sacked", "officers"),  # a year, not "how many in 200"
        ("what proportion were upheld", "percent"),
        ("how many sexual assault cases in 2022", "cases"),
        ("how much compensation has the met paid out", "pounds"),  # money, which no seed counts
        ("how much has the psni spent on paying suspended officers", "pounds"),  # not officers
        ("how much has the psni forked out suspending officers accused of rape", "pounds"),
        ("what was the cost of the suspensions", "pounds"),
        ("what did the met say about officers who spent years suspended", "officers"),  # no money
        ("how many officers were paid while suspended", "officers"),
        ("how much did reports go up", "reports"),
        ("gwent police how many ppl reported for domestic abuse", "people"),
        ("thames valley allegations per 1000 employees compared with the met", "percent"),
        ("how long itll take to clear the backlog at this rate", None),  # no rate asked
        ("whats the conviction rate for cops", "percent"),
        ("who is the commissioner", None),
        # a thing counted that is none of our units: not the unit of a later word ("report")
        ("how many messages did the officers send in the chat the report found", None),
        # ... and recommendations, which are counted as themselves (real55 bz038)
        ("how many recommendations did the inspectorate make in its report", "recommendations"),
        # the thing counted, misspelt, is not the officers who did it
        ("how many sexual assults by met cops in 2022", None),
        # "year on year" is a change from one year to the next, not a count of years
        ("allegations went up by how much year on year", "allegations"),
        # unit words written together name the last: allegations of sexual assault, not
        # assaults (real35 be019), and complaints are not the officers after them
        ("of the sex assault allegations how many were made by the public", "allegations"),
        # ... and records of offences are records (real56 ca015)
        ("the met is going through how many dv or sex offence records", "records"),
        ("sexual assault complaints officers faced", "complaints"),
        # a grade an inspectorate gave, not a rate (real27 at019)
        ("how did hmic rate essex police overall", None),
    ],
)
def test_question_unit(question: str, unit: str | None) -> None:
    assert question_unit(question) == unit


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1,492", 1492),
        ("18,000", 18000),
        ("1.6", 1.6),
        ("42%", 42),
        ("Nine", 9),
        ("twelve", 12),
        ("three", 3),
        ("a hundred", 100),
        ("two hundred and fifty", 250),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("1.2 million", 1_200_000),
        ("Three-Quarters", 0.75),
        ("half", 0.5),
        ("one in 200", 0.005),
        ("Nine out of 12", 0.75),
    ],
)
def test_parse_number(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["", "officers", "dozens", "one thing", "2,07x"])
def test_parse_number_rejects_words(token: str) -> None:
    assert parse_number(token) is None


@pytest.mark.parametrize(
    ("text", "number", "writes"),
    [
        ("1,571 cases in 2022", "1,571", True),
        ("1 571 cases", "1,571", True),  # as full-text search finds it
        # a number inside a longer one is not written ("2" in "2022", "500" in "1,500")
        ("1,571 cases in 2022", "2", False),
        ("More than 1,500 officers", "500", False),
        ("a 2.5% rise", "5", False),
        # a small number is as often written as a word ("two or more cases")
        ("1,263 officers had been involved in two or more cases", "2", True),
        ("Two officers", "2", True),
        ("twenty-one officers", "1", False),
        ("nine hundred officers", "900", False),
    ],
)
def test_a_number_a_question_quotes_is_found_as_written(
    text: str, number: str, writes: bool
) -> None:
    assert writes_number(text, number) is writes


def test_a_month_of_last_or_this_year_takes_the_year_from_publication() -> None:
    text = "between January 2018 and September last year"
    assert find_periods(with_years(text, 2022))[0].years == frozenset(range(2018, 2022))
    assert with_years("from January 2018 to 16 March this year", 2021).endswith("March 2021")
    assert with_years("in the last year", 2022) == "in the last year"  # twelve months
    assert with_years(text, None) == text
    # "last August": the one before publication, the year before when the month is unknown
    lately = "between January 2018 and last August"
    assert with_years(lately, 2021, month=3).endswith("August 2020")
    assert with_years(lately, 2021, month=11).endswith("August 2021")
    assert with_years(lately, 2021).endswith("August 2020")
    dated = "The data covers arrests from January 1 2019 to April 27 this year, taking in"
    assert find_periods(with_years(dated, 2021))[0].years == frozenset(range(2019, 2022))


def test_a_period_ending_in_a_month_with_no_year_ends_in_the_last_such_month() -> None:
    """ "between April 2020 and the end of June" in a story of August 2025 runs to June 2025;
    "... and October" in the same story to October 2024; a year written is kept."""
    text = "321 allegations were made between April 2020 and the end of June, with 48%"
    assert find_periods(with_years(text, 2025, month=8))[0].years == frozenset(range(2020, 2026))
    assert with_years("between April 2020 and October", 2025, month=8).endswith("October 2024")
    assert with_years("from January 2019 to March 2021", 2025) == "from January 2019 to March 2021"
    # a count may follow the month: "to February 268 allegations" is no day of February
    count = "in the six months from September 2022 to February 268 allegations were made"
    assert find_periods(with_years(count, 2023, month=3))[0].years == frozenset({2022, 2023})
    # a part of "this year" is in the year of publication
    five = "in the first five months of this year, a further 33 officers were accused"
    assert find_periods(with_years(five, 2021))[0].years == frozenset({2021})


def test_years_counted_back_to_a_month_with_no_year_end_in_the_last_such_month() -> None:
    """ "in the two years to the end of March" in a story of December 2016 runs from 2014 to
    2016 (real52 bw027); "the year to June" in one of March 2016 ends in June 2015."""
    text = "436 allegations received by forces in the two years to the end of March."
    assert find_periods(with_years(text, 2016, month=12))[0].years == frozenset(range(2014, 2017))
    assert with_years("in the year to June", 2016, month=3) == "in the year to June 2015"
    assert with_years("in the year to June 2014", 2016) == "in the year to June 2014"
    # a day after the month is the end's day: "the two years to September 30" in a story of
    # February 2022 ends in September 2021 (real56 ca011); a day and a year are left alone
    covers = "the Standard's data — which covers the two years to September 30 — exposed"
    assert find_periods(with_years(covers, 2022, month=2))[0].years == frozenset(range(2019, 2022))
    assert with_years("the year to 30 September", 2022, month=2) == (
        "the year to 30 September 2021"
    )
    dated = "the two years to September 30, 2020"
    assert with_years(dated, 2022, month=2) == dated
    # a count after the month is no day: "to the end of March, 42 officers"
    count = "in the two years to the end of March, 42 officers were dismissed"
    assert find_periods(with_years(count, 2016, month=12))[0].years == frozenset(range(2014, 2017))


def test_the_past_months_run_to_the_month_of_publication() -> None:
    """ "dismissed 100 officers ... in the past 12 months" in a story of September 2023 counts
    from 2022 to 2023; with no month known, or a month already written, it is left alone."""
    text = "dismissed 100 officers for gross misconduct in the past 12 months, an increase"
    assert find_periods(with_years(text, 2023, month=9))[0].years == frozenset({2022, 2023})
    assert with_years(text, 2023) == text
    ending = "in the past six months to April 2023"
    assert with_years(ending, 2023, month=9) == ending


def test_the_last_years_are_counted_back_from_publication() -> None:
    """ "Over the last five years there have been 16 officers" in a story of January 2022 counts
    2017 to 2022; a span a date ends is left as it is."""
    recent = with_years("over the last five years there have been 16 officers", 2022)
    assert find_periods(recent)[0].years == frozenset(range(2017, 2023))
    assert find_periods(with_years("in the past decade, 400", 2024))[0].years == frozenset(
        range(2014, 2025)
    )
    ended = "in the last 10 years up to 2020 there were"
    assert with_years(ended, 2024) == ended
