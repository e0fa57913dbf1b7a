"""Questions: ``/ask``, mentions, answer channels, threads the bot started, and follow-ups."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import unicodedata
from collections.abc import Sequence

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer_types import Answer
from bot.discord.client import (
    SLOW_DOWN,
    SOMETHING_WENT_WRONG,
    VerbatimBot,
    defer,
    send_reply,
    user_cooldown,
)
from bot.discord.exts.feedback import FeedbackView
from bot.discord.render import NO_MENTIONS, Reply, render_answer, render_answer_text, shorten

log = logging.getLogger(__name__)

MAX_QUESTION = 1000
HISTORY_DEPTH = 5  # earlier questions handed to the engine with a follow-up

EMPTY = (
    "Ask me about police sexual-misconduct figures, for example: "
    "“How many officers were accused of sexual misconduct?” "
    "I answer only with quotes from my sources, each cited."
)
TOO_LONG = "That is longer than I can read as one question. Please ask it in a sentence or two."
UNREADABLE = "That doesn't look like text I can read. Please ask your question in words."


def problem_with(question: str) -> str | None:
    """Why a question cannot be asked as it stands (empty, huge, binary), or None."""
    text = question.strip()
    if not any(ch.isalnum() for ch in text):
        return EMPTY
    if len(text) > MAX_QUESTION:
        return TOO_LONG
    odd = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) in {"Cc", "Cs", "Co"} and ch not in "\n\t")
    )
    if odd and odd / len(text) > 0.05:
        return UNREADABLE
    return None


def _place(message: discord.Message) -> str:
    guild = message.guild.id if message.guild else "dm"
    return f"message:{guild}/{message.channel.id}"


class Ask(commands.Cog):
    """Answers questions with verbatim, cited quotes."""

    def __init__(self, bot: VerbatimBot) -> None:
        self.bot = bot
        settings = bot.settings
        self._cooldowns = commands.CooldownMapping.from_cooldown(
            settings.cooldown_rate, settings.cooldown_seconds, commands.BucketType.user
        )

    # -- /ask --------------------------------------------------------------------------------

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question about police sexual-misconduct figures")
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def ask(self, interaction: discord.Interaction[VerbatimBot], question: str) -> None:
        """Ask a question; the answer is quoted word for word from the sources, with citations."""
        problem = problem_with(question)
        if problem:
            await interaction.response.send_message(
                problem, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        await defer(interaction)
        answer = await asyncio.to_thread(self.bot.service.answer, question)
        reply = render_answer(answer, echo_question=True)
        if answer.answered:
            reply.view = FeedbackView()
        message = await send_reply(interaction, reply, ephemeral=not answer.answered)
        place = f"command:{interaction.guild_id or 'dm'}/{interaction.channel_id}"
        self._log(answer, reply, message, place)

    # -- messages ----------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not self._addressed_to_me(message):
            return
        question = self._strip_mention(message.content)
        try:
            await self._answer_message(message, question)
        except Exception:
            log.exception(
                "Failed to answer message %s in channel %s", message.id, message.channel.id
            )
            await self._send(message, Reply(content=SOMETHING_WENT_WRONG))

    def _addressed_to_me(self, message: discord.Message) -> bool:
        me = self.bot.user
        if me is None:
            return False
        if me in message.mentions or message.guild is None:
            return True
        channel = message.channel
        if channel.id in self.bot.settings.answer_channels:
            return True
        if isinstance(channel, discord.Thread) and channel.owner_id == me.id:
            return True
        ref = message.reference
        resolved = ref.resolved if ref else None
        return isinstance(resolved, discord.Message) and resolved.author.id == me.id

    def _strip_mention(self, content: str) -> str:
        me = self.bot.user
        if me is None:
            return content.strip()
        return re.sub(rf"<@!?{me.id}>", " ", content).strip()

    async def _answer_message(self, message: discord.Message, question: str) -> None:
        problem = problem_with(question)
        if problem:
            await self._send(message, Reply(content=problem))
            return
        retry_after = self._cooldowns.get_bucket(message).update_rate_limit()  # type: ignore[union-attr]
        if retry_after:
            await self._send(message, Reply(content=SLOW_DOWN), delete_after=10)
            return
        history = await self.history(message)
        try:
            async with message.channel.typing():
                answer = await asyncio.to_thread(self.bot.service.answer, question, history)
        except discord.HTTPException:  # typing is cosmetic; the answer still matters
            log.warning("Could not show typing in channel %s", message.channel.id)
            answer = await asyncio.to_thread(self.bot.service.answer, question, history)
        reply = self.render(message, answer)
        target = await self._thread_for(message, question)
        sent = await self._send(message, reply, thread=target)
        self._log(answer, reply, sent, _place(message), history)

    def render(self, message: discord.Message, answer: Answer) -> Reply:
        """Embeds where the bot may embed, plain block quotes elsewhere."""
        if self._can_embed(message):
            reply = render_answer(answer)
        else:
            texts = render_answer_text(answer)
            reply = Reply(content=texts[0], more=texts[1:])
        if answer.answered:
            reply.view = FeedbackView()
        return reply

    def _can_embed(self, message: discord.Message) -> bool:
        if message.guild is None:
            return True
        permissions = message.channel.permissions_for(message.guild.me)
        return permissions.embed_links

    async def _thread_for(self, message: discord.Message, question: str) -> discord.Thread | None:
        """A new thread for a question asked in an answer channel, when threads are on."""
        settings = self.bot.settings
        if not (
            settings.answer_in_threads
            and message.guild is not None
            and isinstance(message.channel, discord.TextChannel)
            and message.channel.id in settings.answer_channels
        ):
            return None
        try:
            return await message.create_thread(name=shorten(question, 100) or "Question")
        except discord.HTTPException:
            log.warning("Could not start a thread in channel %s", message.channel.id)
            return None

    async def _send(
        self,
        message: discord.Message,
        reply: Reply,
        *,
        thread: discord.Thread | None = None,
        delete_after: float | None = None,
    ) -> discord.Message | None:
        """Reply to the message (or post in its new thread); never raises for Discord errors."""
        kwargs = reply.kwargs()
        if delete_after is not None:
            kwargs["delete_after"] = delete_after
        sent: discord.Message | None = None
        try:
            if thread is not None:
                sent = await thread.send(**kwargs)
            else:
                sent = await message.reply(mention_author=False, **kwargs)
        except discord.Forbidden:
            log.warning("Not allowed to reply in channel %s", message.channel.id)
            return None
        except discord.HTTPException as exc:
            # The question may have been deleted meanwhile: post without the reference.
            log.warning("Reply to message %s failed (%s); sending plainly", message.id, exc)
            try:
                sent = await message.channel.send(**kwargs)
            except discord.HTTPException:
                log.exception("Could not answer message %s", message.id)
                return None
        for more in reply.more:
            with contextlib.suppress(discord.HTTPException):
                await (thread or message.channel).send(more, allowed_mentions=NO_MENTIONS)
        return sent

    # -- follow-ups --------------------------------------------------------------------------

    async def history(self, message: discord.Message) -> list[str]:
        """Earlier questions in this conversation, oldest first: a reply chain or a bot thread."""
        me = self.bot.user
        questions: list[str] = []
        if message.reference is not None:
            questions = await self._reply_chain(message)
        elif (
            isinstance(message.channel, discord.Thread)
            and me is not None
            and message.channel.owner_id == me.id
        ):
            questions = await self._thread_questions(message)
        return questions[-HISTORY_DEPTH:]

    async def _reply_chain(self, message: discord.Message) -> list[str]:
        found: list[str] = []
        current = message
        for _ in range(HISTORY_DEPTH * 2):
            ref = current.reference
            if ref is None or ref.message_id is None:
                break
            parent = ref.resolved if isinstance(ref.resolved, discord.Message) else None
            if parent is None:
                parent = await self._fetch(current.channel, ref.message_id)
            if parent is None:
                break
            if not parent.author.bot:
                text = self._strip_mention(parent.content)
                if text and not problem_with(text):
                    found.append(text)
            current = parent
        return list(reversed(found))

    async def _thread_questions(self, message: discord.Message) -> list[str]:
        thread = message.channel
        assert isinstance(thread, discord.Thread)
        found: list[str] = []
        try:
            async for earlier in thread.history(limit=30, before=message):
                if not earlier.author.bot:
                    text = self._strip_mention(earlier.content)
                    if text and not problem_with(text):
                        found.append(text)
                if len(found) >= HISTORY_DEPTH:
                    break
            if len(found) < HISTORY_DEPTH and thread.parent is not None:
                starter = await self._fetch(thread.parent, thread.id)
                if starter is not None and not starter.author.bot:
                    found.append(self._strip_mention(starter.content))
        except discord.HTTPException:
            log.warning("Could not read the history of thread %s", thread.id)
        return [q for q in reversed(found) if q]

    @staticmethod
    async def _fetch(channel: object, message_id: int) -> discord.Message | None:
        fetch = getattr(channel, "fetch_message", None)
        if fetch is None:
            return None
        try:
            return await fetch(message_id)
        except discord.HTTPException:
            return None

    # -- logging -----------------------------------------------------------------------------

    def _log(
        self,
        answer: Answer,
        reply: Reply,
        sent: discord.Message | None,
        place: str,
        history: Sequence[str] = (),
    ) -> None:
        store = self.bot.feedback
        if store is None:
            return
        try:
            if not answer.answered:
                store.log_gap(answer.question, answer.notice, place, history)
            elif sent is not None:
                source_ids = [item.source.id for item in reply.shown] or [
                    q.source.id for q in answer.quotes
                ]
                store.log_answer(sent.id, answer.question, answer.reply, source_ids, place)
        except Exception:
            log.exception("Could not write to the feedback log")


async def setup(bot: VerbatimBot) -> None:
    await bot.add_cog(Ask(bot))
