"""👍/👎 under answers: a persistent view whose clicks are recorded in the feedback log."""

from __future__ import annotations

import logging

import discord

from bot.discord.client import VerbatimBot
from bot.discord.render import NO_MENTIONS

log = logging.getLogger(__name__)

HELPFUL_ID = "verbatim:feedback:helpful"
UNHELPFUL_ID = "verbatim:feedback:unhelpful"
THANKS = "Thanks, your feedback was recorded."
UNKNOWN = "I no longer have a record of that answer, so the feedback could not be saved."


class FeedbackView(discord.ui.View):
    """The buttons under an answer. Persistent: they keep working after a restart."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    async def _record(self, interaction: discord.Interaction[VerbatimBot], helpful: bool) -> None:
        store = interaction.client.feedback
        message = interaction.message
        saved = False
        if store is not None and message is not None:
            try:
                saved = store.record_vote(message.id, interaction.user.id, helpful=helpful)
            except Exception:
                log.exception("Could not record feedback on message %s", message.id)
        await interaction.response.send_message(
            THANKS if saved else UNKNOWN, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @discord.ui.button(emoji="👍", style=discord.ButtonStyle.secondary, custom_id=HELPFUL_ID)
    async def helpful(
        self, interaction: discord.Interaction[VerbatimBot], button: discord.ui.Button[FeedbackView]
    ) -> None:
        await self._record(interaction, True)

    @discord.ui.button(emoji="👎", style=discord.ButtonStyle.secondary, custom_id=UNHELPFUL_ID)
    async def unhelpful(
        self, interaction: discord.Interaction[VerbatimBot], button: discord.ui.Button[FeedbackView]
    ) -> None:
        await self._record(interaction, False)


async def setup(bot: VerbatimBot) -> None:
    bot.add_view(FeedbackView())
    log.debug("Feedback buttons registered")
