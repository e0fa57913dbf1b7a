"""Meta tests: every extension loads, every command is described, names are unique."""

from __future__ import annotations

import importlib

import discord
import pytest
from discord import app_commands

from bot.discord.client import EXTENSIONS, VerbatimBot


@pytest.mark.parametrize("name", EXTENSIONS)
def test_every_extension_has_setup(name: str) -> None:
    module = importlib.import_module(name)
    assert callable(module.setup)


async def test_every_extension_loads(bot: VerbatimBot) -> None:
    assert set(bot.extensions) == set(EXTENSIONS)


def walk(bot: VerbatimBot) -> list[app_commands.Command]:  # type: ignore[type-arg]
    return [c for c in bot.tree.walk_commands() if isinstance(c, app_commands.Command)]


async def test_every_command_and_parameter_is_described(bot: VerbatimBot) -> None:
    commands = walk(bot)
    assert {c.name for c in commands} >= {
        "ask",
        "stat",
        "compare",
        "sources",
        "source",
        "chart",
        "verify",
        "help",
        "reindex",
    }
    for command in commands:
        assert command.description and command.description != "…", command.name
        assert len(command.description) <= 100, command.name
        for parameter in command.parameters:
            assert parameter.description and parameter.description != "…", (
                f"/{command.name} {parameter.name}"
            )


async def test_command_names_are_unique(bot: VerbatimBot) -> None:
    names = [c.qualified_name for c in bot.tree.walk_commands()]
    assert len(names) == len(set(names))


async def test_reindex_is_hidden_guarded_and_guild_only(bot: VerbatimBot) -> None:
    reindex = bot.tree.get_command("reindex")
    assert isinstance(reindex, app_commands.Command)
    assert reindex.default_permissions == discord.Permissions(manage_guild=True)
    assert reindex.guild_only
    assert reindex.checks  # enforcement, not only the UI hint


async def test_commands_serialise_for_sync(bot: VerbatimBot) -> None:
    payload = [c.to_dict(bot.tree) for c in bot.tree.get_commands()]
    assert all(p["description"] for p in payload)


async def test_feedback_view_is_persistent(bot: VerbatimBot) -> None:
    views = bot.persistent_views
    assert views and all(v.timeout is None and v.is_persistent() for v in views)
