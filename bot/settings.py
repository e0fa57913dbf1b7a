"""Settings for the Discord bot, from the environment or a ``.env`` file.

One object, read once at start-up. The token is a ``SecretStr`` so that it never shows up in a
``repr``, a log line or a traceback; it is unwrapped only where the client logs in.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

log = logging.getLogger(__name__)

DISCORD_API = "https://discord.com/api/v10"
DISCORD_GATEWAY = "wss://gateway.discord.gg/"


class Settings(BaseSettings):
    """Everything the bot reads from its environment (prefix ``VERBATIM_``, except the token)."""

    model_config = SettingsConfigDict(
        env_prefix="VERBATIM_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    discord_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "discord_token")
    )
    # Channels where every message is read as a question (comma-separated ids).
    answer_channels: Annotated[frozenset[int], NoDecode] = frozenset()
    # Start a thread on each question asked in an answer channel (needs Create Public Threads).
    answer_in_threads: bool = False
    # The maintainers' role, by id or by name; members with Manage Server also count.
    maintainer_role: str | None = None
    # A guild that receives the commands instantly on start (development).
    dev_guild: int | None = None
    # Where feedback and unanswered questions are kept.
    data_dir: Path = Path("var")
    # Salt for hashing user ids in the feedback log; a random one is kept in the database if unset.
    feedback_salt: SecretStr | None = None
    # Per-user cooldown: ``cooldown_rate`` questions every ``cooldown_seconds``.
    cooldown_rate: int = Field(default=3, ge=1)
    cooldown_seconds: float = Field(default=30.0, ge=0)
    # Tests point the real client at a local fake Discord with these two.
    discord_api: str = DISCORD_API
    discord_gateway: str = DISCORD_GATEWAY

    @field_validator("answer_channels", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            return frozenset(
                int(part) for part in value.replace(";", ",").split(",") if part.strip()
            )
        return value

    @field_validator("maintainer_role", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value.strip() if isinstance(value, str) else value

    @field_validator("dev_guild", mode="before")
    @classmethod
    def _blank_guild_is_none(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("discord_api", "discord_gateway")
    @classmethod
    def _no_trailing_slash_on_api(cls, value: str, info: Any) -> str:
        return value.rstrip("/") if info.field_name == "discord_api" else value

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / "feedback.db"

    def token(self) -> str:
        """The bot token, unwrapped; only the client's login should call this."""
        if self.discord_token is None or not self.discord_token.get_secret_value().strip():
            raise ValueError("DISCORD_TOKEN is not set")
        return self.discord_token.get_secret_value().strip()
