"""What readers thought of the answers, and the questions no source answered.

A small SQLite file in the data folder (``var/feedback.db`` by default). Users are never stored:
only a salted sha256 of their id, so that one person's repeated votes replace each other.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.db import NotFoundError, Table

log = logging.getLogger(__name__)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FeedbackStore:
    """Answers sent, votes on them, and unanswered questions ("gaps")."""

    def __init__(self, db: sqlite_utils.Database, salt: str | None = None) -> None:
        self.db = db
        self._ensure_schema()
        self._salt = salt or self._stored_salt()

    @classmethod
    def open(cls, path: Path, salt: str | None = None) -> FeedbackStore:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(sqlite_utils.Database(path), salt)

    @classmethod
    def in_memory(cls, salt: str | None = None) -> FeedbackStore:
        return cls(sqlite_utils.Database(memory=True), salt)

    def _table(self, name: str) -> Table:
        return self.db.table(name)

    def _ensure_schema(self) -> None:
        self._table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)
        self._table("answers").create(
            {
                "message_id": int,
                "question": str,
                "reply": str,
                "source_ids": str,
                "place": str,
                "created": str,
            },
            pk="message_id",
            if_not_exists=True,
        )
        self._table("feedback").create(
            {
                "message_id": int,
                "user_hash": str,
                "helpful": int,
                "question": str,
                "reply": str,
                "source_ids": str,
                "created": str,
            },
            pk=("message_id", "user_hash"),
            if_not_exists=True,
        )
        self._table("gaps").create(
            {
                "id": int,
                "question": str,
                "history": str,
                "notice": str,
                "place": str,
                "created": str,
            },
            pk="id",
            if_not_exists=True,
        )

    def _stored_salt(self) -> str:
        try:
            return str(self._table("meta").get("salt")["value"])
        except NotFoundError:
            salt = secrets.token_hex(16)
            self._table("meta").insert({"key": "salt", "value": salt})
            return salt

    def user_hash(self, user_id: int) -> str:
        return hashlib.sha256(f"{self._salt}:{user_id}".encode()).hexdigest()

    # -- writing -------------------------------------------------------------------------------

    def log_answer(
        self, message_id: int, question: str, reply: str, source_ids: Sequence[str], place: str
    ) -> None:
        """Remember an answer that was sent, so that a vote on it can name what it was."""
        self._table("answers").insert(
            {
                "message_id": message_id,
                "question": question,
                "reply": reply,
                "source_ids": json.dumps(list(dict.fromkeys(source_ids))),
                "place": place,
                "created": _now(),
            },
            replace=True,
        )

    def record_vote(self, message_id: int, user_id: int, *, helpful: bool) -> bool:
        """Record (or change) one user's vote on an answer; False if the answer is unknown."""
        try:
            answer = self._table("answers").get(message_id)
        except NotFoundError:
            log.warning("Feedback on message %s, which is not a logged answer", message_id)
            return False
        self._table("feedback").insert(
            {
                "message_id": message_id,
                "user_hash": self.user_hash(user_id),
                "helpful": 1 if helpful else 0,
                "question": answer["question"],
                "reply": answer["reply"],
                "source_ids": answer["source_ids"],
                "created": _now(),
            },
            replace=True,
        )
        return True

    def log_gap(
        self, question: str, notice: str | None, place: str, history: Sequence[str] = ()
    ) -> None:
        """Keep a question no source answered, for maintainers to find new sources."""
        self._table("gaps").insert(
            {
                "question": question,
                "history": json.dumps(list(history)),
                "notice": notice or "",
                "place": place,
                "created": _now(),
            }
        )

    # -- reading -------------------------------------------------------------------------------

    def feedback(self, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self._table("feedback").rows_where(order_by="created desc", limit=limit)
        return [{**row, "source_ids": json.loads(row["source_ids"] or "[]")} for row in rows]

    def gaps(self, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self._table("gaps").rows_where(order_by="created desc, id desc", limit=limit)
        return [{**row, "history": json.loads(row["history"] or "[]")} for row in rows]

    def close(self) -> None:
        self.db.close()
