"""Figures: ``/stat``, ``/compare``, ``/chart`` and ``/verify``, all from the figures table."""

from __future__ import annotations

import asyncio
import io
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.answer_types import SourceRef
from bot.chart import MAX_BARS, Bar, render_chart
from bot.citation import fragment_url
from bot.discord.client import VerbatimBot, defer, send_ephemeral, send_reply, user_cooldown
from bot.discord.render import ANSWER_COLOUR as COLOUR
from bot.discord.render import (
    CONFLICT_COLOUR,
    FIELD_COUNT_LIMIT,
    FIELD_VALUE_LIMIT,
    CardSpec,
    Cited,
    Reply,
    autocomplete_choices,
    build_card,
    cited_figures,
    escape,
    link,
    shorten,
    source_label,
)
from index.models import Figure

log = logging.getLogger(__name__)

NO_FIGURES = "No figures in the library match that. Try fewer filters, or pick from the lists."
BAD_PERIOD = "I couldn't read that period. Pick one from the list, or give a year."
NO_PERIOD = "No period stated"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _ref_for(bot: VerbatimBot) -> Callable[[str], SourceRef | None]:
    store = bot.service.store

    def ref_for(source_id: str) -> SourceRef | None:
        source = store.source(source_id)
        return bot.service.source_ref(source) if source else None

    return ref_for


def select_figures(
    bot: VerbatimBot,
    *,
    unit: str | None = None,
    period: str | None = None,
    force: str | None = None,
    search: str | None = None,
) -> list[Figure]:
    """Figures matching the filters; a period is matched as written, else by the year it names.

    Raises ``ValueError`` for a period that is neither a known period nor a year.
    """
    store = bot.service.store
    unit = unit.strip() or None if unit else None
    force = force.strip() or None if force else None
    period = period.strip() or None if period else None
    if period and period in store.facets().get("period", []):
        figures = store.figures(unit=unit, force=force, search=search)
        return [f for f in figures if f.period is not None and f.period.text == period]
    year = None
    if period:
        match = _YEAR.search(period)
        if match is None:
            raise ValueError(period)
        year = int(match.group(1))
    return store.figures(unit=unit, year=year, force=force, search=search)


def _filters_title(prefix: str, *parts: str | None) -> str:
    shown = [escape(p.strip()) for p in parts if p and p.strip()]
    return f"{prefix}: " + " · ".join(shown) if shown else prefix


def _period_key(figure: Figure) -> tuple[int, str]:
    period = figure.period
    if period is None or period.start_year is None:
        return (10_000, period.text if period else "")
    return (period.start_year, period.text)


class Stats(commands.Cog):
    """Figures as their sources state them."""

    def __init__(self, bot: VerbatimBot) -> None:
        self.bot = bot

    # -- autocomplete ------------------------------------------------------------------------

    def _facet(self, key: str, current: str) -> list[app_commands.Choice[str]]:
        try:
            values = self.bot.service.store.facets().get(key, [])
        except Exception:
            log.exception("Autocomplete could not read the %s facet", key)
            return []
        return autocomplete_choices(values, current)

    async def unit_autocomplete(
        self, interaction: discord.Interaction[VerbatimBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._facet("unit", current)

    async def period_autocomplete(
        self, interaction: discord.Interaction[VerbatimBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._facet("period", current)

    async def force_autocomplete(
        self, interaction: discord.Interaction[VerbatimBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._facet("force", current)

    # -- /stat -------------------------------------------------------------------------------

    @app_commands.command(name="stat")
    @app_commands.describe(
        unit="What is counted (officers, complaints, …)",
        period="A year or a period as the sources write it",
        force="A police force",
    )
    @app_commands.autocomplete(
        unit=unit_autocomplete, period=period_autocomplete, force=force_autocomplete
    )
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def stat(
        self,
        interaction: discord.Interaction[VerbatimBot],
        unit: str | None = None,
        period: str | None = None,
        force: str | None = None,
    ) -> None:
        """Figures matching what you pick, each in its source's own sentence, with a citation."""
        try:
            figures = select_figures(self.bot, unit=unit, period=period, force=force)
        except ValueError:
            await send_ephemeral(interaction, BAD_PERIOD)
            return
        if not figures:
            await send_ephemeral(interaction, NO_FIGURES)
            return
        items = cited_figures(figures, _ref_for(self.bot))
        title = _filters_title("Figures", unit, period, force)
        await send_reply(interaction, build_card(CardSpec(title=title), items))

    # -- /compare ----------------------------------------------------------------------------

    @app_commands.command(name="compare")
    @app_commands.describe(
        unit="What is counted (officers, complaints, …)",
        text="Words the figure's sentence must contain, to narrow the measure",
    )
    @app_commands.autocomplete(unit=unit_autocomplete)
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def compare(
        self,
        interaction: discord.Interaction[VerbatimBot],
        unit: str,
        text: str | None = None,
    ) -> None:
        """One measure across sources and periods side by side, showing where sources differ."""
        figures = select_figures(self.bot, unit=unit, search=text)
        if not figures:
            await send_ephemeral(interaction, NO_FIGURES)
            return
        await send_reply(interaction, self.comparison(figures, unit, text))

    def comparison(self, figures: Sequence[Figure], unit: str, text: str | None) -> Reply:
        ref_for = _ref_for(self.bot)
        by_period: dict[str, list[Figure]] = defaultdict(list)
        for figure in sorted(figures, key=_period_key):
            by_period[figure.period.text if figure.period else NO_PERIOD].append(figure)
        embed = discord.Embed(title=shorten(_filters_title("Compare", unit, text), 256))
        differ = False
        for period, group in list(by_period.items())[:FIELD_COUNT_LIMIT]:
            sources = {f.source_id for f in group}
            texts = {f.text for f in group}
            disagree = len(sources) > 1 and len(texts) > 1
            differ = differ or disagree
            lines: list[str] = []
            for figure in group:
                ref = ref_for(figure.source_id)
                if ref is None:
                    continue
                url = fragment_url(ref.url, figure.sentence) or ref.url
                line = f"**{escape(figure.text)}** — {link(source_label(ref), url)}"
                if len("\n".join([*lines, line])) > FIELD_VALUE_LIMIT:
                    break  # whole lines only
                lines.append(line)
            if not lines:
                continue
            name = f"⚠ {period}: sources differ" if disagree else period
            embed.add_field(name=shorten(escape(name), 256), value="\n".join(lines), inline=False)
        embed.colour = CONFLICT_COLOUR if differ else COLOUR
        footer = "Each figure is as its source wrote it; follow a link for the full sentence."
        if len(by_period) > FIELD_COUNT_LIMIT:
            footer += " More periods were left out to fit Discord's limits."
        embed.set_footer(text=footer)
        return Reply(embeds=[embed])

    # -- /chart ------------------------------------------------------------------------------

    @app_commands.command(name="chart")
    @app_commands.describe(
        unit="What is counted (officers, complaints, …)",
        period="A year or a period as the sources write it",
        force="A police force",
        by="Put bars under each year or under each source",
    )
    @app_commands.autocomplete(
        unit=unit_autocomplete, period=period_autocomplete, force=force_autocomplete
    )
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def chart(
        self,
        interaction: discord.Interaction[VerbatimBot],
        unit: str,
        period: str | None = None,
        force: str | None = None,
        by: Literal["year", "source"] = "year",
    ) -> None:
        """A bar chart of matching figures, each bar labelled with the figure as written."""
        try:
            figures = select_figures(self.bot, unit=unit, period=period, force=force)
        except ValueError:
            await send_ephemeral(interaction, BAD_PERIOD)
            return
        bars = self.bars([f for f in figures if f.value is not None], by)
        if not bars:
            await send_ephemeral(interaction, NO_FIGURES)
            return
        await defer(interaction)
        parts = [p.strip() for p in (unit, period, force) if p and p.strip()]
        title = " · ".join(parts) or "Figures"  # a chart title is not markdown: no escaping
        png = await asyncio.to_thread(render_chart, bars, title)
        embed = discord.Embed(
            title=shorten(_filters_title("Chart", unit, period, force), 256),
            description="Each bar is labelled with the figure as its source wrote it, and "
            "the source is named under it. There is no scale: read the labels.",
            colour=COLOUR,
        )
        embed.set_image(url="attachment://chart.png")
        file = discord.File(io.BytesIO(png), filename="chart.png")
        await send_reply(interaction, Reply(embeds=[embed], files=[file]))

    def bars(self, figures: Sequence[Figure], by: str) -> list[Bar]:
        ref_for = _ref_for(self.bot)
        ordered = sorted(
            figures,
            key=(lambda f: (_period_key(f), f.source_id))
            if by == "year"
            else (lambda f: (f.source_id, _period_key(f))),
        )
        bars: list[Bar] = []
        for figure in ordered[-MAX_BARS:]:
            ref = ref_for(figure.source_id)
            name = source_label(ref) if ref else figure.source_id
            period = figure.period.text if figure.period else NO_PERIOD
            bars.append(
                Bar(
                    group=period if by == "year" else name,
                    value=float(figure.value or 0.0),
                    text=figure.text,
                    source=name if by == "year" else period,
                )
            )
        return bars

    # -- /verify -----------------------------------------------------------------------------

    @app_commands.command(name="verify")
    @app_commands.describe(figure="A figure exactly as written, such as 1,492 or 42%")
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def verify(self, interaction: discord.Interaction[VerbatimBot], figure: str) -> None:
        """Every source and sentence that contains this exact figure, or a plain statement that
        none does."""
        needle = figure.strip()
        if not needle or len(needle) > 100:
            await send_ephemeral(interaction, "Give one figure exactly as written, like 42%.")
            return
        store = self.bot.service.store
        ref_for = _ref_for(self.bot)
        items: list[Cited] = []
        seen: set[tuple[str, int]] = set()
        for source, start, end in store.find_text(needle):
            s_start, _s_end, sentence = store.sentence_around(source.id, start, end)
            if (source.id, s_start) in seen:
                continue
            seen.add((source.id, s_start))
            ref = ref_for(source.id)
            if ref is not None:
                url = fragment_url(ref.url, sentence) or ref.url
                items.append(Cited(sentence, ref, url, (needle,)))
        if not items:
            await send_ephemeral(
                interaction, f"No source in the library contains “{escape(needle)}” as written."
            )
            return
        title = f"Sources containing “{escape(needle)}”"
        await send_reply(interaction, build_card(CardSpec(title=title), items))


async def setup(bot: VerbatimBot) -> None:
    await bot.add_cog(Stats(bot))
