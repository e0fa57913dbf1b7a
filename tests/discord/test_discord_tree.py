"""Tier 2: real ``discord.Interaction`` objects dispatched through the command tree.

Checks, autocomplete, cooldowns, defer and ephemeral flags all run as in production; what the
bot would send to Discord is recorded by the webhook adapter instead.
"""

from __future__ import annotations

import asyncio
import logging

import payloads
import pytest
from discord_helpers import SENTENCE_A, as_seen, pings_nobody, unanswered
from payloads import option

from bot.discord.client import MAINTAINERS_ONLY, SERVER_ONLY, SLOW_DOWN, SOMETHING_WENT_WRONG
from bot.discord.exts.feedback import HELPFUL_ID, THANKS
from index.errors import SourceError

CALLBACK = "/interactions/{id}/{token}/callback"
FOLLOWUP = "/webhooks/{id}/{token}"
CHANNEL_MESSAGE, DEFERRED, AUTOCOMPLETE_RESULT = 4, 5, 8


async def test_ask_defers_then_sends_cited_quotes(dispatch, recorder, service) -> None:
    await dispatch(payloads.interaction("ask", [option("question", "How many officers?")]))
    defer, followup = recorder.requests
    assert (defer.path, defer.payload["type"]) == (CALLBACK, DEFERRED)
    assert not defer.ephemeral
    assert followup.path == FOLLOWUP and followup.method == "POST"
    [embed] = followup.data["embeds"]
    assert SENTENCE_A in as_seen(embed["description"])
    assert pings_nobody(followup.data["allowed_mentions"])
    custom_ids = [c["custom_id"] for row in followup.data["components"] for c in row["components"]]
    assert HELPFUL_ID in custom_ids
    assert service.questions == [("How many officers?", ())]


async def test_ask_unanswered_is_private(dispatch, recorder, service, feedback) -> None:
    service.next_answer = unanswered("What colour is the sky?")
    await dispatch(payloads.interaction("ask", [option("question", "What colour is the sky?")]))
    methods = [(r.method, r.path) for r in recorder.requests]
    assert ("DELETE", FOLLOWUP + "/messages/@original") in methods
    assert recorder.requests[-1].ephemeral
    assert [g["question"] for g in feedback.gaps()] == ["What colour is the sky?"]


@pytest.mark.parametrize(
    "question", ["", "   ", "x" * 5000, "\x00\x01\x02\x03binary\x00\x00\x00\x00\x00"]
)
async def test_ask_bad_input_gets_a_private_reply(dispatch, recorder, service, question) -> None:
    await dispatch(payloads.interaction("ask", [option("question", question)]))
    [reply] = recorder.requests
    assert reply.payload["type"] == CHANNEL_MESSAGE and reply.ephemeral
    assert service.questions == []


async def test_ask_injection_is_answered_and_escaped(dispatch, recorder, service) -> None:
    question = "@everyone <@&900000000000000040> **how many**?"
    await dispatch(payloads.interaction("ask", [option("question", question)]))
    followup = recorder.requests[-1]
    title = followup.data["embeds"][0]["title"]
    assert "@everyone" not in title and "<@&9" not in title
    assert as_seen(title) == f"“{question}”"
    assert pings_nobody(followup.data["allowed_mentions"])


async def test_stat_card_with_sentences_and_citations(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("stat", [option("unit", "officers")]))
    [reply] = recorder.requests
    assert reply.payload["type"] == CHANNEL_MESSAGE and not reply.ephemeral
    description = reply.data["embeds"][0]["description"]
    assert "**1,492**" in description and "**1,500**" in description
    assert "https://example.org/stats#:~:text=" in description


async def test_stat_nothing_found_is_ephemeral(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("stat", [option("unit", "unicorns")]))
    [reply] = recorder.requests
    assert reply.ephemeral


async def test_stat_autocomplete_filters_and_caps(dispatch, recorder, service) -> None:
    facets = service.store.facets
    service.store.facets = lambda: {**facets(), "unit": [f"unit {i}" for i in range(60)]}
    await dispatch(
        payloads.interaction("stat", [option("unit", "unit 1", focused=True)], autocomplete=True)
    )
    [reply] = recorder.requests
    assert reply.payload["type"] == AUTOCOMPLETE_RESULT
    choices = reply.payload["data"]["choices"]
    assert 0 < len(choices) <= 25
    assert all("unit 1" in c["name"] for c in choices)


async def test_compare_marks_disagreement(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("compare", [option("unit", "officers")]))
    [reply] = recorder.requests
    [field] = reply.data["embeds"][0]["fields"]
    assert "sources differ" in field["name"]
    assert "1,492" in field["value"] and "1,500" in field["value"]


async def test_chart_attaches_a_png(dispatch, recorder, service) -> None:
    for i, f in enumerate(service.store._figures):
        object.__setattr__(f, "value", float(1000 + i))
    await dispatch(payloads.interaction("chart", [option("unit", "officers")]))
    defer, followup = recorder.requests
    assert defer.payload["type"] == DEFERRED
    [file] = followup.files
    assert file.filename == "chart.png"
    assert followup.data["embeds"][0]["image"]["url"] == "attachment://chart.png"


async def test_verify_finds_exact_figure(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("verify", [option("figure", "42%")]))
    [reply] = recorder.requests
    description = reply.data["embeds"][0]["description"]
    assert "> Just **42%** of complaints were upheld" in description
    assert "Sources containing “42%”" in reply.data["embeds"][0]["title"]


async def test_verify_says_plainly_when_no_source_has_it(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("verify", [option("figure", "9,999")]))
    [reply] = recorder.requests
    assert reply.ephemeral
    assert "No source in the library contains" in reply.data["content"]


async def test_source_autocomplete_and_card(dispatch, recorder) -> None:
    await dispatch(
        payloads.interaction("source", [option("id", "news", focused=True)], autocomplete=True)
    )
    [choices] = [r.payload["data"]["choices"] for r in recorder.requests]
    assert [c["value"] for c in choices] == ["news-2022"]
    await dispatch(payloads.interaction("source", [option("id", "news-2022")]))
    card = recorder.requests[-1].data["embeds"][0]
    assert "**1,500**" in card["description"]
    assert "Example News" in card["description"]


async def test_sources_lists_links(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("sources"))
    description = recorder.requests[0].data["embeds"][0]["description"]
    assert "(https://news.example.org/story)" in description


async def test_help_is_ephemeral(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("help"))
    assert recorder.requests[0].ephemeral


async def test_reindex_refused_to_ordinary_members(dispatch, recorder, service) -> None:
    service.report = AssertionError("must not run")
    await dispatch(payloads.interaction("reindex"))
    [reply] = recorder.requests
    assert reply.ephemeral and reply.data["content"] == MAINTAINERS_ONLY


async def test_reindex_refused_outside_a_server(dispatch, recorder) -> None:
    await dispatch(payloads.interaction("reindex", in_guild=False))
    [reply] = recorder.requests
    assert reply.ephemeral and reply.data["content"] == SERVER_ONLY


@pytest.mark.parametrize(
    "roles", [[payloads.MAINTAINER_ROLE_ID], [payloads.MANAGER_ROLE_ID]], ids=["role", "manager"]
)
async def test_reindex_by_maintainer_reports_changes(dispatch, recorder, roles) -> None:
    await dispatch(payloads.interaction("reindex", user_id=payloads.MAINTAINER_ID, roles=roles))
    defer, report = recorder.requests
    assert defer.payload["type"] == DEFERRED and defer.ephemeral
    assert "Changed: `home-office-2024`" in report.data["content"]


async def test_reindex_failure_names_the_file(dispatch, recorder, service) -> None:
    service.report = SourceError("knowledge/sources/bad.pdf", "no text layer")
    await dispatch(
        payloads.interaction(
            "reindex", user_id=payloads.MAINTAINER_ID, roles=[payloads.MAINTAINER_ROLE_ID]
        )
    )
    content = recorder.requests[-1].data["content"]
    assert "bad.pdf" in content and "no text layer" in content
    assert "previous index" in content


async def test_cooldown_answers_privately(dispatch, recorder) -> None:
    for _ in range(4):
        await dispatch(payloads.interaction("sources"))
    last = recorder.requests[-1]
    assert last.ephemeral and last.data["content"] == SLOW_DOWN


async def test_errors_are_logged_and_answered_privately(dispatch, recorder, service, caplog):
    def boom(question, history=()):
        raise RuntimeError("engine exploded")

    service.answer = boom
    with caplog.at_level(logging.ERROR):
        await dispatch(payloads.interaction("ask", [option("question", "How many?")]))
    assert "/ask failed" in caplog.text and "engine exploded" in caplog.text
    last = recorder.requests[-1]
    assert last.ephemeral and last.data["content"] == SOMETHING_WENT_WRONG


async def test_feedback_button_records_a_vote(bot, recorder, feedback) -> None:
    answer_message = payloads.message("", author=payloads.BOT_USER)
    feedback.log_answer(int(answer_message["id"]), "q", "reply", ["home-office-2024"], "test")
    bot._connection.parse_interaction_create(
        payloads.button_interaction(HELPFUL_ID, answer_message)
    )
    [reply] = await recorder.wait_for(1)
    assert reply.ephemeral and reply.data["content"] == THANKS
    [row] = feedback.feedback()
    assert row["helpful"] == 1 and row["source_ids"] == ["home-office-2024"]
    assert row["user_hash"] != str(payloads.USER_ID) and len(row["user_hash"]) == 64
    await asyncio.sleep(0)
