"""Fixtures for the Discord tests: a bot with fake dependencies, and a recorder of replies."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import discord
import payloads
import pytest
from discord.webhook import async_ as webhook_async
from discord_helpers import FakeService

from bot.discord.client import VerbatimBot
from bot.feedback import FeedbackStore
from bot.settings import Settings


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "discord_token": "test-token",
        "answer_channels": str(payloads.ANSWER_CHANNEL_ID),
        "maintainer_role": str(payloads.MAINTAINER_ROLE_ID),
        "cooldown_rate": 3,
        "cooldown_seconds": 60,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class Recorded:
    method: str
    path: str
    payload: dict[str, Any] | None
    files: list[discord.File] = field(default_factory=list)

    @property
    def data(self) -> dict[str, Any]:
        """The message part of a callback (``data``) or the webhook body itself."""
        payload = self.payload or {}
        return payload.get("data", payload) or {}

    @property
    def ephemeral(self) -> bool:
        return bool(self.data.get("flags", 0) & 64)


class RecordingAdapter(webhook_async.AsyncWebhookAdapter):
    """Stands in for discord.py's interaction webhook adapter: records instead of sending."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[Recorded] = []
        self.event = asyncio.Event()

    async def request(
        self,
        route: Any,
        session: Any,
        *,
        payload: Any = None,  # type: ignore[override]
        multipart: Any = None,
        files: Any = None,
        **kwargs: Any,
    ) -> Any:
        if payload is None and multipart:
            for part in multipart:
                if part.get("name") == "payload_json":
                    payload = json.loads(part["value"])
        self.requests.append(
            Recorded(
                route.method,
                route.path.format(**{"webhook_id": "{id}", "webhook_token": "{token}"}),
                payload,
                list(files or []),
            )
        )
        self.event.set()
        if route.path.endswith("/callback"):
            body = payload or {}
            return {
                "interaction": {
                    "id": "1",
                    "type": body.get("type", 4),
                    "response_message_loading": body.get("type") == 5,
                    "response_message_ephemeral": bool(
                        (body.get("data") or {}).get("flags", 0) & 64
                    ),
                },
                "resource": {"type": body.get("type", 4)},
            }
        if route.method == "DELETE":
            return None
        content = (payload or {}).get("content") or ""
        return payloads.message(content, author=payloads.BOT_USER)

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Recorded]:
        async def until() -> None:
            while len(self.requests) < count:
                self.event.clear()
                await self.event.wait()

        await asyncio.wait_for(until(), timeout)
        return self.requests


@pytest.fixture
def service() -> FakeService:
    return FakeService()


@pytest.fixture
def feedback() -> FeedbackStore:
    return FeedbackStore.in_memory(salt="test-salt")


@pytest.fixture
def settings() -> Settings:
    return make_settings()


@pytest.fixture
async def bot(
    settings: Settings, service: FakeService, feedback: FeedbackStore
) -> AsyncIterator[VerbatimBot]:
    """A bot with its extensions loaded, a guild in its cache and its user set; not connected."""
    bot = VerbatimBot(settings, service, feedback, sync_on_start=False)
    state = bot._connection
    state.user = discord.ClientUser(state=state, data=payloads.BOT_USER)
    state.application_id = payloads.APP_ID
    await bot.setup_hook()
    state._add_guild_from_data(payloads.guild())  # type: ignore[arg-type]
    yield bot
    await bot.close()


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> RecordingAdapter:
    """Interaction responses and webhooks go to this recorder instead of Discord."""
    adapter = RecordingAdapter()
    context: ContextVar[webhook_async.AsyncWebhookAdapter] = ContextVar("test", default=adapter)
    monkeypatch.setattr(webhook_async, "async_context", context)
    monkeypatch.setattr(discord.interactions, "async_context", context)
    return adapter


@pytest.fixture
def dispatch(bot: VerbatimBot, recorder: RecordingAdapter) -> Callable[..., Any]:
    """Build a real ``discord.Interaction`` from a payload and run it through the command tree."""

    async def run(data: dict[str, Any]) -> discord.Interaction[VerbatimBot]:
        interaction = discord.Interaction(data=data, state=bot._connection)  # type: ignore[arg-type]
        await bot.tree._call(interaction)
        return interaction

    return run
