"""The Discord client: a ``commands.Bot`` that is handed its dependencies and loads extensions.

``run_bot`` connects and serves; ``sync_commands`` publishes the slash commands. Both talk to the
Discord addresses in the settings, which tests point at a fake server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import discord
import yarl
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.answer_types import Answer, SourceRef
from bot.discord.render import NO_MENTIONS, Reply
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.feedback import FeedbackStore
    from index.models import Figure, Source

log = logging.getLogger(__name__)

EXTENSIONS: tuple[str, ...] = (
    "bot.discord.exts.ask",
    "bot.discord.exts.stats",
    "bot.discord.exts.library",
    "bot.discord.exts.admin",
    "bot.discord.exts.feedback",
)

SOMETHING_WENT_WRONG = "Something went wrong on my side. It has been logged; please try again."
SLOW_DOWN = "You're asking quickly. Please wait a few seconds and try again."
MAINTAINERS_ONLY = "Only maintainers can use this command."
SERVER_ONLY = "This command only works in a server."


class FigureStore(Protocol):
    """What the bot reads from the index in service (``index.store.IndexStore``)."""

    def sources(self) -> list[Source]: ...
    def source(self, source_id: str) -> Source | None: ...
    def figures(
        self,
        *,
        source_id: str | None = None,
        search: str | None = None,
        unit: str | None = None,
        year: int | None = None,
        force: str | None = None,
        limit: int | None = None,
    ) -> list[Figure]: ...
    def facets(self) -> dict[str, list[str]]: ...
    def find_text(self, text: str) -> list[tuple[Source, int, int]]: ...
    def sentence_around(self, source_id: str, start: int, end: int) -> tuple[int, int, str]: ...


class AnswerService(Protocol):
    """What the bot needs from ``bot.service.Verbatim``."""

    @property
    def store(self) -> FigureStore: ...
    def answer(self, question: str, history: Sequence[str] = ()) -> Answer: ...
    def reindex(self) -> Any: ...
    def source_ref(self, source: Source) -> SourceRef: ...


# -- pointing the client at Discord (or at a fake of it) --------------------------------------


@contextlib.contextmanager
def discord_endpoints(api: str, gateway: str) -> Iterator[None]:
    """Use these REST and gateway addresses while the block runs.

    discord.py keeps both as class attributes; every REST call (the bot's and the interaction
    webhooks') is built from ``Route.BASE``, and the first gateway connection goes to
    ``DiscordWebSocket.DEFAULT_GATEWAY`` (later ones to the ``resume_gateway_url`` that READY
    names). Both are restored afterwards.
    """
    old_api, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = api.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = old_api, old_gateway


# -- the bot -----------------------------------------------------------------------------------


def is_maintainer(member: discord.abc.User, role: str | None) -> bool:
    """Members with Manage Server, or with the maintainers' role (by id or by name)."""
    if not isinstance(member, discord.Member):
        return False
    if member.guild_permissions.manage_guild:
        return True
    if not role:
        return False
    return any(str(r.id) == role or r.name == role for r in member.roles)


class VerbatimTree(app_commands.CommandTree["VerbatimBot"]):
    """The command tree, with one error handler that logs and answers ephemerally."""

    async def on_error(
        self, interaction: discord.Interaction[VerbatimBot], error: app_commands.AppCommandError
    ) -> None:
        if isinstance(error, app_commands.CommandOnCooldown):
            text = SLOW_DOWN
        elif isinstance(error, app_commands.NoPrivateMessage):
            text = SERVER_ONLY
        elif isinstance(error, app_commands.CheckFailure):
            text = MAINTAINERS_ONLY
        elif isinstance(error, app_commands.TransformerError):
            text = "I couldn't read one of the values you gave; please pick one from the list."
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            original = getattr(error, "original", error)
            log.error(
                "/%s failed (guild %s, channel %s, user %s)",
                command,
                interaction.guild_id,
                interaction.channel_id,
                interaction.user.id,
                exc_info=original,
            )
            text = SOMETHING_WENT_WRONG
        await send_ephemeral(interaction, text)


class VerbatimBot(commands.Bot):
    """The Verbatim bot. Receives its settings, the answer service and the feedback log."""

    def __init__(
        self,
        settings: Settings,
        service: AnswerService | None,
        feedback: FeedbackStore | None = None,
        *,
        extensions: Sequence[str] = EXTENSIONS,
        sync_on_start: bool = True,
        **client_options: Any,
    ) -> None:
        intents = discord.Intents.default()
        intents.message_content = True  # questions asked in channels are read from the text
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            tree_cls=VerbatimTree,
            allowed_mentions=NO_MENTIONS,
            help_command=None,
            **client_options,
        )
        self.settings = settings
        self._service = service
        self.feedback = feedback
        self.extension_names = tuple(extensions)
        self.sync_on_start = sync_on_start
        self.reindex_lock = asyncio.Lock()

    @property
    def service(self) -> AnswerService:
        if self._service is None:
            raise RuntimeError("this bot was started without an answer service")
        return self._service

    async def setup_hook(self) -> None:
        for name in self.extension_names:
            await self.load_extension(name)
        log.info("Loaded extensions: %s", ", ".join(self.extension_names))
        if self.sync_on_start and self.settings.dev_guild:
            await sync_commands(self, guild_id=self.settings.dev_guild)

    async def on_ready(self) -> None:
        log.info("Connected as %s (%s guilds)", self.user, len(self.guilds))

    async def on_message(self, message: discord.Message, /) -> None:
        """Questions are the ask extension's; there are no prefix commands to process."""

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("Unhandled error in %s", event_method)

    def is_maintainer(self, member: discord.abc.User) -> bool:
        return is_maintainer(member, self.settings.maintainer_role)


# -- sending -----------------------------------------------------------------------------------


async def send_ephemeral(interaction: discord.Interaction[Any], text: str) -> None:
    """A short private reply, whether or not the interaction was answered already."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except discord.HTTPException:
        log.warning("Could not send an ephemeral reply to interaction %s", interaction.id)


async def defer(interaction: discord.Interaction[Any], *, ephemeral: bool = False) -> None:
    """Acknowledge within Discord's three seconds; slow work follows."""
    interaction.extras["deferred_public"] = not ephemeral
    await interaction.response.defer(thinking=True, ephemeral=ephemeral)


async def send_reply(
    interaction: discord.Interaction[Any], reply: Reply, *, ephemeral: bool = False
) -> discord.Message | None:
    """Send a rendered reply to an interaction; returns the message for a followup.

    After a public ``defer`` an ephemeral reply ("nothing found", errors) cannot take the
    thinking message's place, so that message is removed and the reply sent privately.
    """
    kwargs = reply.kwargs()
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
            return None
        if ephemeral and interaction.extras.get("deferred_public"):
            with contextlib.suppress(discord.HTTPException):
                await interaction.delete_original_response()
        return await interaction.followup.send(ephemeral=ephemeral, wait=True, **kwargs)
    except discord.HTTPException:
        log.exception(
            "Could not send a reply to /%s (channel %s)",
            interaction.command.qualified_name if interaction.command else "?",
            interaction.channel_id,
        )
        return None


# -- running -----------------------------------------------------------------------------------


async def sync_commands(bot: VerbatimBot, *, guild_id: int | None = None) -> list[str]:
    """Publish the slash commands: to one guild at once, or globally (can take a while)."""
    if guild_id:
        guild = discord.Object(id=guild_id)
        bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
        log.info("Synced %s commands to guild %s", len(synced), guild_id)
    else:
        synced = await bot.tree.sync()
        log.info("Synced %s commands globally", len(synced))
    return [c.name for c in synced]


async def start_bot(bot: VerbatimBot) -> None:
    """Log in and serve until the bot is closed; the token is unwrapped only here."""
    settings = bot.settings
    with discord_endpoints(settings.discord_api, settings.discord_gateway):
        async with bot:
            await bot.start(settings.token())


def run_bot(settings: Settings, service: AnswerService, feedback: FeedbackStore) -> None:
    """Connect and serve until interrupted."""
    bot = VerbatimBot(settings, service, feedback)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(start_bot(bot))


async def sync_global(settings: Settings, *, guild_id: int | None = None) -> list[str]:
    """Log in over REST only (no gateway) and publish the commands."""
    bot = VerbatimBot(settings, service=None, sync_on_start=False)
    with discord_endpoints(settings.discord_api, settings.discord_gateway):
        async with bot:
            await bot.login(settings.token())
            return await sync_commands(bot, guild_id=guild_id)


def user_cooldown(interaction: discord.Interaction[Any]) -> app_commands.Cooldown | None:
    """Each user's command cooldown, from the settings (for ``dynamic_cooldown``)."""
    settings: Settings = interaction.client.settings
    if settings.cooldown_seconds <= 0:
        return None
    return app_commands.Cooldown(settings.cooldown_rate, settings.cooldown_seconds)
