"""Tier 1: command callbacks and message handling with strict mocks of discord.py objects."""

from __future__ import annotations

import logging
from typing import Any
from unittest.mock import MagicMock

import discord
import payloads
import pytest
from discord_helpers import (
    SENTENCE_A,
    AsyncContext,
    as_seen,
    http_error,
    pings_nobody,
    unanswered,
)

from bot.discord.client import SLOW_DOWN, SOMETHING_WENT_WRONG, VerbatimBot
from bot.discord.exts.ask import EMPTY, TOO_LONG, UNREADABLE
from bot.discord.exts.feedback import HELPFUL_ID, UNHELPFUL_ID


def make_channel(
    channel_id: int = payloads.CHANNEL_ID, *, cls: type = discord.TextChannel, embed: bool = True
) -> MagicMock:
    channel = MagicMock(spec_set=cls)
    channel.id = channel_id
    channel.typing.return_value = AsyncContext()
    channel.permissions_for.return_value = discord.Permissions(
        send_messages=True, embed_links=embed, read_message_history=True
    )
    channel.send.return_value = MagicMock(spec_set=discord.Message, id=payloads.next_id())
    return channel


def make_message(
    bot: VerbatimBot,
    content: str,
    *,
    channel: MagicMock | None = None,
    mention: bool = True,
    author_bot: bool = False,
    reference: discord.Message | MagicMock | None = None,
    author_id: int = payloads.USER_ID,
) -> MagicMock:
    message = MagicMock(spec_set=discord.Message)
    message.id = payloads.next_id()
    message.content = f"<@{bot.user.id}> {content}" if mention else content
    message.mentions = [bot.user] if mention else []
    author = MagicMock(spec_set=discord.Member)
    author.bot = author_bot
    author.id = author_id
    message.author = author
    message.channel = channel or make_channel()
    guild = MagicMock(spec_set=discord.Guild)
    guild.id = payloads.GUILD_ID
    message.guild = guild
    if reference is not None:
        ref = MagicMock(spec_set=discord.MessageReference)
        ref.message_id = reference.id
        ref.resolved = reference
        message.reference = ref
    else:
        message.reference = None
    message.reply.return_value = MagicMock(spec_set=discord.Message, id=payloads.next_id())
    return message


@pytest.fixture
def ask(bot: VerbatimBot) -> Any:
    # load_extension imports a fresh module, so compare by name rather than by class.
    cog = bot.get_cog("Ask")
    assert type(cog).__name__ == "Ask"
    return cog


def sent_kwargs(mock: Any) -> dict[str, Any]:
    mock.assert_awaited_once()
    return mock.await_args.kwargs


async def test_mention_is_answered_with_typing_and_a_reply(bot, ask, service, feedback) -> None:
    message = make_message(bot, "How many officers were accused?")
    await ask.on_message(message)
    assert service.questions == [("How many officers were accused?", ())]
    assert message.channel.typing.return_value.entered == 1
    kwargs = sent_kwargs(message.reply)
    assert kwargs["mention_author"] is False
    assert pings_nobody(kwargs["allowed_mentions"])
    assert SENTENCE_A in as_seen(kwargs["embeds"][0].description)
    buttons = {item.custom_id for item in kwargs["view"].children}
    assert buttons == {HELPFUL_ID, UNHELPFUL_ID}
    assert feedback.db["answers"].count == 1


async def test_unaddressed_messages_and_bots_are_ignored(bot, ask, service) -> None:
    await ask.on_message(make_message(bot, "chatting", mention=False))
    await ask.on_message(make_message(bot, "How many?", author_bot=True))
    assert service.questions == []


async def test_answer_channel_needs_no_mention(bot, ask, service) -> None:
    channel = make_channel(payloads.ANSWER_CHANNEL_ID)
    await ask.on_message(make_message(bot, "How many?", mention=False, channel=channel))
    assert service.questions == [("How many?", ())]


async def test_reply_chain_follow_up_passes_history(bot, ask, service) -> None:
    first = make_message(bot, "How many officers were accused in 2022?")
    bot_answer = make_message(bot, "", mention=False, author_bot=True, reference=first)
    follow_up = make_message(bot, "and in 2023?", mention=False, reference=bot_answer)
    bot_answer.author.id = bot.user.id
    await ask.on_message(follow_up)
    assert service.questions == [("and in 2023?", ("How many officers were accused in 2022?",))]


async def test_thread_started_by_the_bot_reads_the_conversation(bot, ask, service) -> None:
    thread = make_channel(payloads.next_id(), cls=discord.Thread)
    thread.owner_id = bot.user.id
    thread.parent = None
    earlier = [
        make_message(bot, "", mention=False, author_bot=True),
        make_message(bot, "What about the ones upheld?", mention=False),
        make_message(bot, "How many complaints were made?", mention=False),
    ]

    async def history(**kwargs: Any):  # newest first, like Discord
        for m in earlier:
            yield m

    thread.history = history
    await ask.on_message(make_message(bot, "and in London?", mention=False, channel=thread))
    assert service.questions == [
        ("and in London?", ("How many complaints were made?", "What about the ones upheld?"))
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [("", EMPTY), ("?!", EMPTY), ("why " * 1250, TOO_LONG), ("\x00\x01\x02\x03\x04ab", UNREADABLE)],
)
async def test_bad_input_gets_a_sensible_reply(bot, ask, service, content, expected) -> None:
    message = make_message(bot, content)
    await ask.on_message(message)
    assert sent_kwargs(message.reply)["content"] == expected
    assert service.questions == []


async def test_injection_shaped_question_is_answered_without_pings(bot, ask, service) -> None:
    message = make_message(bot, "@everyone <@&900000000000000040> **how many**?")
    await ask.on_message(message)
    assert service.questions[0][0] == "@everyone <@&900000000000000040> **how many**?"
    assert pings_nobody(sent_kwargs(message.reply)["allowed_mentions"])


async def test_unanswered_goes_to_the_gaps_log(bot, ask, service, feedback) -> None:
    service.next_answer = unanswered()
    message = make_message(bot, "What colour is the sky?")
    await ask.on_message(message)
    assert "view" not in sent_kwargs(message.reply)
    assert [g["question"] for g in feedback.gaps()] == ["What colour is the sky?"]


async def test_without_embed_permission_quotes_are_plain_block_quotes(bot, ask) -> None:
    message = make_message(bot, "How many?", channel=make_channel(embed=False))
    await ask.on_message(message)
    kwargs = sent_kwargs(message.reply)
    assert "embeds" not in kwargs
    assert kwargs["content"].startswith("> ")
    assert SENTENCE_A in as_seen(kwargs["content"])


async def test_forbidden_is_logged_and_swallowed(bot, ask, caplog) -> None:
    message = make_message(bot, "How many?")
    message.reply.side_effect = http_error(403, discord.Forbidden)
    with caplog.at_level(logging.WARNING):
        await ask.on_message(message)
    assert "Not allowed to reply" in caplog.text


async def test_http_error_on_reply_falls_back_to_a_plain_send(bot, ask) -> None:
    message = make_message(bot, "How many?")
    message.reply.side_effect = http_error(400)
    await ask.on_message(message)
    kwargs = sent_kwargs(message.channel.send)
    assert SENTENCE_A in as_seen(kwargs["embeds"][0].description)


async def test_engine_error_is_answered_and_logged(bot, ask, service, caplog) -> None:
    def boom(question: str, history: Any = ()) -> Any:
        raise RuntimeError("engine exploded")

    service.answer = boom
    message = make_message(bot, "How many?")
    with caplog.at_level(logging.ERROR):
        await ask.on_message(message)
    assert "Failed to answer message" in caplog.text
    assert sent_kwargs(message.reply)["content"] == SOMETHING_WENT_WRONG


async def test_message_cooldown(bot, ask, service) -> None:
    messages = [make_message(bot, f"Question {i}?") for i in range(4)]
    for message in messages:
        await ask.on_message(message)
    assert len(service.questions) == 3
    kwargs = sent_kwargs(messages[-1].reply)
    assert kwargs["content"] == SLOW_DOWN and kwargs["delete_after"] > 0


async def test_ask_callback_defers_and_follows_up(bot, ask, service) -> None:
    interaction = MagicMock(spec_set=discord.Interaction)
    interaction.extras = {}
    interaction.client = bot
    interaction.guild_id = payloads.GUILD_ID
    interaction.channel_id = payloads.CHANNEL_ID
    response = MagicMock(spec_set=discord.InteractionResponse)
    response.is_done.return_value = True
    interaction.response = response
    interaction.followup = MagicMock(spec_set=discord.Webhook)
    interaction.followup.send.return_value = MagicMock(spec_set=discord.Message, id=1)
    await ask.ask.callback(ask, interaction, question="How many officers?")
    response.defer.assert_awaited_once_with(thinking=True, ephemeral=False)
    kwargs = sent_kwargs(interaction.followup.send)
    assert kwargs["ephemeral"] is False and kwargs["wait"] is True
    assert pings_nobody(kwargs["allowed_mentions"])
    assert as_seen(kwargs["embeds"][0].title) == "“How many officers?”"
