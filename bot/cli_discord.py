"""``verbatim bot``, ``sync``, ``feedback`` and ``gaps``: running the Discord bot and reading
what its users said. ``bot.cli`` registers these commands on the main group."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from bot.cli_options import index_option, knowledge_option
from bot.feedback import FeedbackStore
from bot.settings import Settings

log = logging.getLogger(__name__)


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise click.ClickException(f"Bad setting in the environment or .env: {exc}") from exc


def _require_token(settings: Settings) -> None:
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        raise click.ClickException(
            "DISCORD_TOKEN is not set. Put the bot token in the environment or in .env "
            "(see .env.example and docs/deployment.md)."
        )


def _feedback_store(settings: Settings) -> FeedbackStore:
    salt = settings.feedback_salt.get_secret_value() if settings.feedback_salt else None
    return FeedbackStore.open(settings.feedback_db, salt)


@click.command()
@knowledge_option
@index_option
def bot(knowledge: Path, index_dir: Path) -> None:
    """Connect to Discord and answer questions (needs DISCORD_TOKEN)."""
    from bot.cli import open_service
    from bot.discord.client import run_bot

    settings = _settings()
    _require_token(settings)
    service = open_service(knowledge, index_dir)
    feedback = _feedback_store(settings)
    click.echo("Connecting to Discord…", err=True)
    try:
        run_bot(settings, service, feedback)
    finally:
        feedback.close()


@click.command()
@click.option("--guild", type=int, default=None, help="Sync to this guild only (instant).")
def sync(guild: int | None) -> None:
    """Publish the slash commands to Discord: globally, or to one guild with --guild."""
    from bot.discord.client import sync_global

    settings = _settings()
    _require_token(settings)
    names = asyncio.run(sync_global(settings, guild_id=guild))
    where = f"guild {guild}" if guild else "all servers (may take up to an hour to appear)"
    click.echo(f"Synced /{', /'.join(sorted(names))} to {where}.")


def _print_rows(rows: list[dict[str, Any]], as_json: bool, line: Any) -> None:
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("Nothing recorded yet.")
    for row in rows:
        click.echo(line(row))


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command()
@click.option("--limit", type=int, default=50, show_default=True, help="Most recent first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per vote.")
def feedback(limit: int, as_json: bool) -> None:
    """Votes on the bot's answers (👍/👎), newest first."""
    store = _feedback_store(_settings())
    rows = store.feedback(limit=limit)
    _print_rows(
        rows,
        as_json,
        lambda r: (
            f"{r['created']}  {'👍' if r['helpful'] else '👎'}  {_short(r['question'])}"
            f"  [{', '.join(r['source_ids'])}]"
        ),
    )


@click.command()
@click.option("--limit", type=int, default=50, show_default=True, help="Most recent first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question.")
def gaps(limit: int, as_json: bool) -> None:
    """Questions no source answered, newest first: where the library needs sources."""
    store = _feedback_store(_settings())
    rows = store.gaps(limit=limit)
    _print_rows(rows, as_json, lambda r: f"{r['created']}  {_short(r['question'])}  ({r['place']})")
