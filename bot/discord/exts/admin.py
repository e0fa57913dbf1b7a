"""Maintainers' commands: ``/reindex``."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.client import VerbatimBot, defer, send_ephemeral
from bot.discord.render import NO_MENTIONS, escape, shorten
from index.errors import SourceError

log = logging.getLogger(__name__)

BUSY = "A reindex is already running; I'll keep answering from the current index meanwhile."


class NotMaintainer(app_commands.CheckFailure):
    """The user is neither a maintainer nor allowed to manage the server."""


def maintainers_only() -> Any:
    """The real check behind ``default_permissions`` (which only hides the command in the UI)."""

    async def predicate(interaction: discord.Interaction[VerbatimBot]) -> bool:
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage()
        if not interaction.client.is_maintainer(interaction.user):
            raise NotMaintainer("Only maintainers can use this command.")
        return True

    return app_commands.check(predicate)


def report_text(report: Any) -> str:
    """What a reindex changed, for the maintainer who asked for it."""

    def names(ids: list[str]) -> str:
        return ", ".join(f"`{escape(i)}`" for i in ids) if ids else "none"

    lines = [
        "Reindex finished; the new index is now answering.",
        f"Added: {names(list(report.added))}",
        f"Changed: {names(list(report.changed))}",
        f"Removed: {names(list(report.removed))}",
        f"Unchanged sources: {report.unchanged}",
        f"Passages: {report.passages} · figures: {report.figures} · took {report.seconds:.1f}s",
    ]
    return shorten("\n".join(lines), 2000)


class Admin(commands.Cog):
    """Keeping the index up to date."""

    def __init__(self, bot: VerbatimBot) -> None:
        self.bot = bot

    @app_commands.command(name="reindex")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @maintainers_only()
    async def reindex(self, interaction: discord.Interaction[VerbatimBot]) -> None:
        """Rebuild the index from the sources (maintainers only); answers continue meanwhile."""
        lock = self.bot.reindex_lock
        if lock.locked():
            await send_ephemeral(interaction, BUSY)
            return
        await defer(interaction, ephemeral=True)
        async with lock:
            try:
                report = await asyncio.to_thread(self.bot.service.reindex)
            except SourceError as exc:
                log.warning("Reindex failed on %s: %s", exc.path, exc.reason)
                text = (
                    f"Reindex failed: `{escape(exc.path)}`: {escape(exc.reason)}\n"
                    "Nothing changed; I'm still answering from the previous index."
                )
            except Exception as exc:
                log.exception("Reindex failed")
                text = (
                    f"Reindex failed: {escape(type(exc).__name__)}: {escape(str(exc))}\n"
                    "Nothing changed; I'm still answering from the previous index."
                )
            else:
                log.info("Reindex by %s: %s", interaction.user.id, report)
                text = report_text(report)
        try:
            await interaction.followup.send(
                shorten(text, 2000), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
        except discord.HTTPException:
            log.exception("Could not report the reindex result")


async def setup(bot: VerbatimBot) -> None:
    await bot.add_cog(Admin(bot))
