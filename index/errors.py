"""Errors a maintainer or a user can act on."""

from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """A source file that cannot be ingested: names the file and what is wrong with it."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class IndexUnavailable(Exception):
    """The index folder is missing, incomplete, corrupt or of another schema version."""


class ReindexBusy(Exception):
    """Another reindex holds the lock and did not finish in time."""
