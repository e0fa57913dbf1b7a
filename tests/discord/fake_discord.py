"""A small fake of Discord on 127.0.0.1: the REST routes the bot uses and a gateway websocket.

It records every request, speaks just enough of the gateway protocol (HELLO, IDENTIFY, READY,
GUILD_CREATE, HEARTBEAT_ACK) to bring a real ``discord.Client`` online, and lets a test
dispatch events (MESSAGE_CREATE, INTERACTION_CREATE) as if users had sent them.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import payloads
from aiohttp import WSMsgType, web

log = logging.getLogger(__name__)

API = "/api/v10"
GATEWAY_PATH = "/gateway-ws"

HELLO, HEARTBEAT, IDENTIFY, RESUME, HEARTBEAT_ACK, DISPATCH = 10, 1, 2, 6, 11, 0


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses a body as JSON only for exactly "application/json" (no charset).
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"}
    )


@dataclass
class Request:
    method: str
    path: str  # without the API prefix
    body: dict[str, Any] | list[Any] | None
    files: list[str] = field(default_factory=list)
    query: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> dict[str, Any]:
        """The message in a request: an interaction callback's ``data``, else the body."""
        body = self.body if isinstance(self.body, dict) else {}
        return body.get("data", body) or {}


class FakeDiscord:
    """Start with ``await fake.start()``; point the client at ``api_url`` and ``gateway_url``."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.identified = asyncio.Event()
        self._changed = asyncio.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._sequence = 0
        self._failures: dict[tuple[str, str], list[int]] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.app = web.Application()
        self.app.router.add_get(GATEWAY_PATH, self._gateway)
        self.app.router.add_route("*", API + "/{tail:.*}", self._rest)

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}{GATEWAY_PATH}"

    # -- what the test does --------------------------------------------------------------------

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway event to every connected client."""
        self._sequence += 1
        frame = json.dumps({"op": DISPATCH, "t": event, "s": self._sequence, "d": data})
        for ws in list(self._sockets):
            await ws.send_str(frame)

    async def wait_for(
        self, predicate: Callable[[Request], bool], *, timeout: float = 10.0
    ) -> Request:
        """The first recorded request matching ``predicate``, waiting for it if need be."""

        async def find() -> Request:
            async with self._changed:
                while True:
                    for request in self.requests:
                        if predicate(request):
                            return request
                    await self._changed.wait()

        return await asyncio.wait_for(find(), timeout)

    def fail(self, method: str, path: str, *statuses: int) -> None:
        """Answer the next requests to ``method path`` with these HTTP statuses, in order."""
        self._failures.setdefault((method, path), []).extend(statuses)

    def find(self, method: str, path_start: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path_start)]

    # -- REST ----------------------------------------------------------------------------------

    async def _record(self, request: Request) -> None:
        async with self._changed:
            self.requests.append(request)
            self._changed.notify_all()

    async def _read(self, request: web.Request) -> tuple[Any, list[str]]:
        if request.content_type.startswith("multipart/"):
            body: Any = None
            files: list[str] = []
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(await part.text())  # type: ignore[union-attr]
                else:
                    files.append(part.filename or "")  # type: ignore[union-attr]
                    await part.read()  # type: ignore[union-attr]
            return body, files
        if request.can_read_body:
            raw = await request.read()
            return (json.loads(raw) if raw else None), []
        return None, []

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await self._read(request)
        await self._record(Request(request.method, path, body, files, dict(request.query)))
        failures = self._failures.get((request.method, path))
        if failures:
            status = failures.pop(0)
            if status == 429:  # discord.py waits retry_after, then sends again
                return _json(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": 0.05,
                        "global": False,
                    },
                    status=429,
                )
            return _json({"message": "Failed", "code": 50013}, status=status)
        handler = self._route(request.method, path)
        if handler is None:
            return _json({"message": "404: Not Found", "code": 10003}, status=404)
        result = handler(path, body if isinstance(body, (dict, list)) else {})
        if result is None:
            return web.Response(status=204)
        return _json(result)

    def _route(self, method: str, path: str) -> Callable[[str, dict[str, Any]], Any] | None:
        parts = path.strip("/").split("/")
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            return self._gateway_info
        if method == "GET" and path == "/users/@me":
            return lambda *_: payloads.BOT_USER
        if method == "GET" and path in ("/applications/@me", "/oauth2/applications/@me"):
            return lambda *_: self._application()
        if parts[0] == "channels" and method == "POST" and parts[-1] == "typing":
            return lambda *_: None
        if parts[0] == "channels" and method == "POST" and parts[-1] == "messages":
            return lambda _p, body: self._message(parts[1], body)
        if parts[0] == "interactions" and method == "POST" and parts[-1] == "callback":
            return self._callback
        if parts[0] == "webhooks" and method in ("POST", "PATCH"):
            return lambda _p, body: self._message(str(payloads.CHANNEL_ID), body)
        if parts[0] == "webhooks" and method == "DELETE":
            return lambda *_: None
        if parts[0] == "applications" and parts[-1] == "commands" and method == "PUT":
            return self._commands
        return None

    def _gateway_info(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        info: dict[str, Any] = {"url": self.gateway_url}
        if path.endswith("/bot"):
            info["shards"] = 1
            info["session_start_limit"] = {
                "total": 1000,
                "remaining": 1000,
                "reset_after": 0,
                "max_concurrency": 1,
            }
        return info

    @staticmethod
    def _application() -> dict[str, Any]:
        return {
            "id": str(payloads.APP_ID),
            "name": "Verbatim",
            "icon": None,
            "description": "",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": payloads.user(payloads.ADMIN_ID, "owner"),
            "summary": "",
            "verify_key": "0" * 64,
            "team": None,
            "flags": 0,
            "interactions_endpoint_url": None,
        }

    @staticmethod
    def _message(channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
        data = payloads.message(
            body.get("content") or "", channel_id=int(channel_id), author=payloads.BOT_USER
        )
        data["embeds"] = body.get("embeds") or []
        data["components"] = body.get("components") or []
        return data

    @staticmethod
    def _callback(path: str, body: dict[str, Any]) -> dict[str, Any]:
        kind = body.get("type", 4)
        flags = (body.get("data") or {}).get("flags", 0)
        return {
            "interaction": {
                "id": path.split("/")[2],
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & 64),
            },
            "resource": {"type": kind},
        }

    @staticmethod
    def _commands(path: str, body: Any) -> list[dict[str, Any]]:
        commands = body if isinstance(body, list) else []
        return [
            {
                **c,
                "id": str(payloads.next_id()),
                "application_id": str(payloads.APP_ID),
                "version": "1",
                "default_member_permissions": c.get("default_member_permissions"),
            }
            for c in commands
        ]

    # -- gateway -------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"op": HELLO, "d": {"heartbeat_interval": 41250}})
        try:
            async for frame in ws:
                if frame.type != WSMsgType.TEXT:
                    continue
                message = json.loads(frame.data)
                op = message.get("op")
                if op == HEARTBEAT:
                    await ws.send_json({"op": HEARTBEAT_ACK})
                elif op == IDENTIFY:
                    await self._record(Request("GATEWAY", "IDENTIFY", message.get("d")))
                    await self._ready(ws)
                    self.identified.set()
                elif op == RESUME:
                    await ws.send_json({"op": 9, "d": False})  # invalid session: identify again
        finally:
            self._sockets.remove(ws)
        return ws

    async def _ready(self, ws: web.WebSocketResponse) -> None:
        self._sequence += 1
        ready = {
            "v": 10,
            "user": payloads.BOT_USER,
            "guilds": [{"id": str(payloads.GUILD_ID), "unavailable": True}],
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(payloads.APP_ID), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        await ws.send_json({"op": DISPATCH, "t": "READY", "s": self._sequence, "d": ready})
        self._sequence += 1
        await ws.send_json(
            {"op": DISPATCH, "t": "GUILD_CREATE", "s": self._sequence, "d": payloads.guild()}
        )
