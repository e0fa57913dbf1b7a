"""The library: ``/sources``, ``/source`` and ``/help``."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer_types import SourceRef
from bot.discord.client import VerbatimBot, send_ephemeral, send_reply, user_cooldown
from bot.discord.render import (
    ANSWER_COLOUR,
    DESCRIPTION_LIMIT,
    CardSpec,
    Reply,
    autocomplete_choices,
    build_card,
    citation_meta,
    cited_figures,
    escape,
    link,
    shorten,
    source_label,
)
from index.models import Source

log = logging.getLogger(__name__)

UNKNOWN_SOURCE = "There is no source with that id. Pick one from the list, or see /sources."
MORE_SOURCES = "More sources are in the library than fit here: find them with /source."

HELP = """\
I answer questions about police sexual-misconduct figures in the UK **only with quotes** from \
my sources, word for word, each with a citation that links to where it was said. I never state \
a figure in my own words.

**Ask**: mention me, write in an answer channel, or use `/ask`. Reply to my answer (or keep \
talking in my thread) to ask a follow-up such as “and the year before?”.
`/stat`: figures matching what is counted, a period and a force, each in its own sentence.
`/compare`: one measure across sources and periods, side by side; disagreements are marked.
`/chart`: a bar chart, each bar labelled with the figure exactly as written.
`/verify`: every source that contains a figure exactly as you write it, or a plain "none".
`/sources`, `/source`: what I quote from, with links and dates.
`/reindex`: maintainers rebuild the index after the sources change.

Use 👍/👎 under an answer to tell the maintainers whether it helped."""


def source_line(source: Source, ref_url: str | None) -> str:
    meta = source.meta
    label = meta.title or meta.publisher or source.id
    parts = [link(label, ref_url)]
    details = ", ".join(
        p for p in (meta.publisher if meta.publisher != meta.title else None, meta.date) if p
    )
    if details:
        parts.append(escape(("c. " if meta.date_approximate else "") + details))
    parts.append(f"`{source.id}`")
    return "• " + " · ".join(parts)


class Library(commands.Cog):
    """What the bot quotes from."""

    def __init__(self, bot: VerbatimBot) -> None:
        self.bot = bot

    async def source_autocomplete(
        self, interaction: discord.Interaction[VerbatimBot], current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            sources = self.bot.service.store.sources()
        except Exception:
            log.exception("Autocomplete could not list the sources")
            return []
        typed = current.strip().lower()
        matching = [
            s for s in sources if typed in s.id.lower() or typed in (s.meta.title or "").lower()
        ]
        ids = [s.id for s in matching]
        choices = autocomplete_choices(ids, "")
        titles = {s.id: s.meta.title for s in matching}
        return [
            app_commands.Choice(
                name=shorten(
                    f"{titles[c.value]} ({c.value})" if titles.get(c.value) else c.name, 100
                ),
                value=c.value,
            )
            for c in choices
        ]

    @app_commands.command(name="sources")
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def sources(self, interaction: discord.Interaction[VerbatimBot]) -> None:
        """The sources I quote from, with links and dates."""
        sources = sorted(
            self.bot.service.store.sources(), key=lambda s: s.meta.date or "", reverse=True
        )
        if not sources:
            await send_ephemeral(interaction, "The library has no sources yet.")
            return
        lines: list[str] = []
        left_out = False
        for source in sources:
            line = source_line(source, source.meta.url)
            if len("\n".join([*lines, line])) > DESCRIPTION_LIMIT - len(MORE_SOURCES) - 2:
                left_out = True
                break
            lines.append(line)
        description = "\n".join(lines) + (f"\n\n{MORE_SOURCES}" if left_out else "")
        embed = discord.Embed(title="Sources", description=description, colour=ANSWER_COLOUR)
        await send_reply(interaction, Reply(embeds=[embed]))

    @app_commands.command(name="source")
    @app_commands.describe(id="The source, by id or title")
    @app_commands.autocomplete(id=source_autocomplete)
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def source(self, interaction: discord.Interaction[VerbatimBot], id: str) -> None:
        """One source: its link, publisher, date and the figures it states."""
        store = self.bot.service.store
        found = store.source(id.strip())
        if found is None:
            await send_ephemeral(interaction, UNKNOWN_SOURCE)
            return
        ref = self.bot.service.source_ref(found)
        meta = found.meta
        intro_lines = [f"**{link(source_label(ref), ref.url)}**"]
        details = citation_meta(ref)
        if details:
            intro_lines.append(escape(details))
        for label, value in (("Kind", meta.kind), ("About", meta.force), ("Notes", meta.notes)):
            if value:
                intro_lines.append(f"{label}: {escape(value)}")
        figures = store.figures(source_id=found.id)
        if figures:
            intro_lines.append("\nFigures it states, each in its own sentence:")
        else:
            intro_lines.append("\nNo figures were found in this source.")

        def ref_for(source_id: str) -> SourceRef | None:
            return ref if source_id == found.id else None

        items = cited_figures(figures, ref_for)
        spec = CardSpec(title=shorten(escape(source_label(ref)), 256), intro="\n".join(intro_lines))
        await send_reply(interaction, build_card(spec, items))

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction[VerbatimBot]) -> None:
        """What I do and how to ask."""
        embed = discord.Embed(title="Verbatim", description=HELP, colour=ANSWER_COLOUR)
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )


async def setup(bot: VerbatimBot) -> None:
    await bot.add_cog(Library(bot))
