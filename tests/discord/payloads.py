"""Discord API payloads (as dicts) for tests: users, guilds, messages and interactions."""

from __future__ import annotations

import itertools
from typing import Any

APP_ID = 900000000000000001
BOT_ID = APP_ID
GUILD_ID = 900000000000000010
CHANNEL_ID = 900000000000000020
ANSWER_CHANNEL_ID = 900000000000000021
USER_ID = 900000000000000030
MAINTAINER_ID = 900000000000000031
ADMIN_ID = 900000000000000032
MAINTAINER_ROLE_ID = 900000000000000040
MANAGER_ROLE_ID = 900000000000000041
TIMESTAMP = "2024-01-01T00:00:00+00:00"

_ids = itertools.count(910000000000000000)


def next_id() -> int:
    return next(_ids)


def user(user_id: int = USER_ID, name: str = "asker", *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
    }


BOT_USER = user(BOT_ID, "Verbatim", bot=True)


def member(
    user_id: int, name: str, roles: list[int] = (), *, permissions: str = "0"
) -> dict[str, Any]:  # type: ignore[assignment]
    return {
        "user": user(user_id, name),
        "roles": [str(r) for r in roles],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": permissions,
    }


def role(role_id: int, name: str, permissions: int = 0) -> dict[str, Any]:
    return {
        "id": str(role_id),
        "name": name,
        "permissions": str(permissions),
        "position": 1,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def text_channel(channel_id: int, name: str) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
    }


# The bot's role lets it read, send, embed, attach and use history in every channel.
BOT_PERMISSIONS = 0x400 | 0x800 | 0x4000 | 0x8000 | 0x10000 | 0x80000000 | 0x800000000


def guild() -> dict[str, Any]:
    return {
        "id": str(GUILD_ID),
        "name": "Test guild",
        "icon": None,
        "owner_id": str(ADMIN_ID + 1000),
        "region": "europe",
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [
            role(GUILD_ID, "@everyone", 0x400 | 0x800 | 0x10000 | 0x80000000),
            role(MAINTAINER_ROLE_ID, "Maintainers"),
            role(MANAGER_ROLE_ID, "Managers", 0x20),
            role(BOT_ID + 7, "Verbatim", BOT_PERMISSIONS),
        ],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "en-GB",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "unavailable": False,
        "member_count": 4,
        "large": False,
        "joined_at": TIMESTAMP,
        "channels": [
            text_channel(CHANNEL_ID, "general"),
            text_channel(ANSWER_CHANNEL_ID, "ask-verbatim"),
        ],
        "threads": [],
        "members": [
            member(BOT_ID, "Verbatim", [BOT_ID + 7]),
        ],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def message(
    content: str,
    *,
    channel_id: int = CHANNEL_ID,
    author: dict[str, Any] | None = None,
    mentions: list[dict[str, Any]] = (),  # type: ignore[assignment]
    message_id: int | None = None,
    guild_id: int | None = GUILD_ID,
    reference: int | None = None,
    referenced: dict[str, Any] | None = None,
) -> dict[str, Any]:
    author = author or user()
    data: dict[str, Any] = {
        "id": str(message_id or next_id()),
        "channel_id": str(channel_id),
        "type": 19 if reference else 0,
        "content": content,
        "author": author,
        "embeds": [],
        "attachments": [],
        "mentions": list(mentions),
        "mention_roles": [],
        "mention_everyone": False,
        "pinned": False,
        "tts": False,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "flags": 0,
        "components": [],
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
        data["member"] = {
            k: v for k, v in member(int(author["id"]), author["username"]).items() if k != "user"
        }
    if reference is not None:
        data["message_reference"] = {
            "message_id": str(reference),
            "channel_id": str(channel_id),
            "guild_id": str(guild_id) if guild_id else None,
        }
        data["referenced_message"] = referenced
    return data


def option(name: str, value: Any, *, focused: bool = False, type: int = 3) -> dict[str, Any]:
    data: dict[str, Any] = {"name": name, "type": type, "value": value}
    if focused:
        data["focused"] = True
    return data


def interaction(
    command: str,
    options: list[dict[str, Any]] = (),  # type: ignore[assignment]
    *,
    user_id: int = USER_ID,
    roles: list[int] = (),  # type: ignore[assignment]
    autocomplete: bool = False,
    in_guild: bool = True,
    channel_id: int = CHANNEL_ID,
) -> dict[str, Any]:
    """An APPLICATION_COMMAND (or autocomplete) interaction for a top-level slash command."""
    data: dict[str, Any] = {
        "id": str(next_id()),
        "application_id": str(APP_ID),
        "type": 4 if autocomplete else 2,
        "token": f"token-{next_id()}",
        "version": 1,
        "channel_id": str(channel_id),
        "locale": "en-GB",
        "app_permissions": str(BOT_PERMISSIONS),
        "entitlements": [],
        "attachment_size_limit": 10 * 1024 * 1024,
        "authorizing_integration_owners": {},
        "context": 0 if in_guild else 1,
        "data": {
            "id": str(next_id()),
            "name": command,
            "type": 1,
            "options": list(options),
        },
    }
    if in_guild:
        data["guild_id"] = str(GUILD_ID)
        data["guild_locale"] = "en-GB"
        data["member"] = member(user_id, f"user{user_id % 100}", list(roles))
        data["channel"] = text_channel(channel_id, "general")
    else:
        data["user"] = user(user_id)
        data["channel"] = {"id": str(channel_id), "type": 1, "recipients": [user(user_id)]}
    return data


def button_interaction(custom_id: str, message_data: dict[str, Any], *, user_id: int = USER_ID):  # type: ignore[no-untyped-def]
    return {
        "id": str(next_id()),
        "application_id": str(APP_ID),
        "type": 3,
        "token": f"token-{next_id()}",
        "version": 1,
        "guild_id": str(GUILD_ID),
        "channel_id": message_data["channel_id"],
        "channel": text_channel(int(message_data["channel_id"]), "general"),
        "member": member(user_id, "voter"),
        "message": message_data,
        "locale": "en-GB",
        "app_permissions": str(BOT_PERMISSIONS),
        "entitlements": [],
        "attachment_size_limit": 10 * 1024 * 1024,
        "authorizing_integration_owners": {},
        "data": {"custom_id": custom_id, "component_type": 2},
    }
