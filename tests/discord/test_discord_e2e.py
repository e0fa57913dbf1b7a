"""Tier 3: the real client, started against a fake Discord on 127.0.0.1.

A mention in a channel and a ``/stat`` interaction each go all the way through discord.py's
gateway parsing, the bot's handlers and discord.py's HTTP client, and the REST calls that reach
the fake are asserted on. Every connection is checked to stay on this machine.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import payloads
import pytest
from conftest import make_settings
from discord.gateway import DiscordWebSocket
from discord.http import Route
from discord_helpers import SENTENCE_A, FakeService, as_seen, pings_nobody
from fake_discord import FakeDiscord, Request

from bot.discord.client import VerbatimBot, start_bot, sync_global
from bot.discord.exts.feedback import HELPFUL_ID
from bot.feedback import FeedbackStore

LOCAL = {"127.0.0.1", "::1", "localhost"}
TIMEOUT = 15.0


@pytest.fixture
async def local_only(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Refuse (and remember) any name lookup or connection that leaves this machine."""
    attempts: list[Any] = []
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOCAL:
            attempts.append(host)
            raise OSError(f"test refused to resolve {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    loop = asyncio.get_running_loop()
    real_sock_connect = loop.sock_connect

    async def sock_connect(sock: socket.socket, address: Any) -> None:
        if address[0] not in LOCAL:
            attempts.append(address)
            raise OSError(f"test refused to connect to {address}")
        await real_sock_connect(sock, address)

    monkeypatch.setattr(loop, "sock_connect", sock_connect)
    return attempts


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = FakeDiscord()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def live_bot(
    fake: FakeDiscord, local_only: list[Any]
) -> AsyncIterator[tuple[VerbatimBot, FakeService]]:
    service = FakeService()
    settings = make_settings(discord_api=fake.api_url, discord_gateway=fake.gateway_url)
    bot = VerbatimBot(
        settings,
        service,
        FeedbackStore.in_memory(salt="e2e"),
        sync_on_start=False,
        guild_ready_timeout=0.1,  # the fake sends its one guild at once
    )
    task = asyncio.create_task(start_bot(bot))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), TIMEOUT)
        yield bot, service
    finally:
        await asyncio.wait_for(bot.close(), TIMEOUT)
        await asyncio.wait_for(asyncio.gather(task, return_exceptions=True), TIMEOUT)
    assert local_only == []
    assert Route.BASE == "https://discord.com/api/v10"
    assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "wss://gateway.discord.gg/"


async def test_client_logs_in_and_identifies_with_message_content(fake, live_bot) -> None:
    bot, _ = live_bot
    identify = await fake.wait_for(lambda r: r.path == "IDENTIFY", timeout=TIMEOUT)
    assert isinstance(identify.body, dict)
    assert identify.body["token"] == "test-token"
    assert identify.body["intents"] & (1 << 15)  # message content
    assert fake.find("GET", "/users/@me")
    assert bot.get_guild(payloads.GUILD_ID) is not None


async def test_mention_in_a_channel_gets_a_cited_reply(fake, live_bot) -> None:
    _bot, service = live_bot
    question = payloads.message(
        f"<@{payloads.BOT_ID}> How many officers were accused?",
        mentions=[payloads.BOT_USER],
    )
    await fake.dispatch("MESSAGE_CREATE", question)

    def is_reply(r: Request) -> bool:
        return r.method == "POST" and r.path == f"/channels/{payloads.CHANNEL_ID}/messages"

    reply = await fake.wait_for(is_reply, timeout=TIMEOUT)
    assert fake.find("POST", f"/channels/{payloads.CHANNEL_ID}/typing")
    assert service.questions == [("How many officers were accused?", ())]
    body = reply.data
    assert SENTENCE_A in as_seen(body["embeds"][0]["description"])
    assert str(body["message_reference"]["message_id"]) == question["id"]
    assert pings_nobody(body["allowed_mentions"])
    buttons = [c["custom_id"] for row in body["components"] for c in row["components"]]
    assert HELPFUL_ID in buttons


async def test_stat_interaction_gets_a_figure_card(fake, live_bot) -> None:
    await fake.dispatch(
        "INTERACTION_CREATE",
        payloads.interaction("stat", [payloads.option("unit", "officers")]),
    )
    callback = await fake.wait_for(
        lambda r: r.method == "POST" and r.path.endswith("/callback"), timeout=TIMEOUT
    )
    assert callback.query.get("with_response") in ("1", "true", "True")
    assert isinstance(callback.body, dict) and callback.body["type"] == 4
    description = callback.data["embeds"][0]["description"]
    assert "**1,492**" in description and "**1,500**" in description
    assert pings_nobody(callback.data["allowed_mentions"])


async def test_rate_limit_is_retried_and_nothing_is_lost(fake, live_bot) -> None:
    path = f"/channels/{payloads.CHANNEL_ID}/messages"
    fake.fail("POST", path, 429)
    await fake.dispatch(
        "MESSAGE_CREATE",
        payloads.message(f"<@{payloads.BOT_ID}> How many?", mentions=[payloads.BOT_USER]),
    )

    def second_post(r: Request) -> bool:
        return len(fake.find("POST", path)) >= 2

    await fake.wait_for(second_post, timeout=TIMEOUT)
    first, second = fake.find("POST", path)
    assert first.data["embeds"] == second.data["embeds"]


async def test_forbidden_send_is_logged_and_the_bot_keeps_serving(fake, live_bot, caplog) -> None:
    bot, service = live_bot
    path = f"/channels/{payloads.ANSWER_CHANNEL_ID}/messages"
    fake.fail("POST", path, 403)
    await fake.dispatch(
        "MESSAGE_CREATE",
        payloads.message("How many?", channel_id=payloads.ANSWER_CHANNEL_ID),
    )
    await fake.wait_for(lambda r: r.path == path, timeout=TIMEOUT)
    await fake.dispatch("INTERACTION_CREATE", payloads.interaction("help"))
    await fake.wait_for(lambda r: r.path.endswith("/callback"), timeout=TIMEOUT)
    assert not bot.is_closed()
    assert "Not allowed to reply" in caplog.text
    assert service.questions == [("How many?", ())]


async def test_sync_publishes_commands_globally(fake, local_only) -> None:
    settings = make_settings(discord_api=fake.api_url, discord_gateway=fake.gateway_url)
    names = await asyncio.wait_for(sync_global(settings), TIMEOUT)
    [put] = fake.find("PUT", f"/applications/{payloads.APP_ID}/commands")
    assert isinstance(put.body, list)
    assert {c["name"] for c in put.body} == set(names) >= {"ask", "stat", "reindex"}
    assert local_only == []


# -- with the real answer engine over the seed sources ------------------------------------------


@pytest.fixture
async def real_bot(
    fake: FakeDiscord, local_only: list[Any], verbatim_service: Any
) -> AsyncIterator[VerbatimBot]:
    settings = make_settings(discord_api=fake.api_url, discord_gateway=fake.gateway_url)
    bot = VerbatimBot(
        settings,
        verbatim_service,
        FeedbackStore.in_memory(salt="e2e"),
        sync_on_start=False,
        guild_ready_timeout=0.1,
    )
    task = asyncio.create_task(start_bot(bot))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), TIMEOUT)
        yield bot
    finally:
        await asyncio.wait_for(bot.close(), TIMEOUT)
        await asyncio.wait_for(asyncio.gather(task, return_exceptions=True), TIMEOUT)
    assert local_only == []


async def test_real_answer_quotes_sources_verbatim(fake, real_bot, verbatim_service) -> None:
    question = "How many police officers were accused of sexual misconduct?"
    await fake.dispatch(
        "MESSAGE_CREATE",
        payloads.message(f"<@{payloads.BOT_ID}> {question}", mentions=[payloads.BOT_USER]),
    )
    reply = await fake.wait_for(
        lambda r: r.path == f"/channels/{payloads.CHANNEL_ID}/messages", timeout=TIMEOUT
    )
    expected = verbatim_service.answer(question)
    assert expected.answered
    shown = as_seen(reply.data["embeds"][0]["description"])
    assert expected.quotes[0].text in shown
    sources = {s.id: s.text for s in verbatim_service.store.sources()}
    assert expected.quotes[0].text in sources[expected.quotes[0].source.id]


async def test_real_stat_card_quotes_each_figure_sentence(fake, real_bot, verbatim_service):
    await fake.dispatch(
        "INTERACTION_CREATE",
        payloads.interaction("stat", [payloads.option("unit", "officers")]),
    )
    callback = await fake.wait_for(lambda r: r.path.endswith("/callback"), timeout=TIMEOUT)
    description = callback.data["embeds"][0]["description"]
    first = verbatim_service.store.figures(unit="officers")[0]
    assert first.sentence in as_seen(description)
    assert f"**{first.text}**" in description
