"""Options every ``verbatim`` command shares: where the sources and the index are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from bot.service import DEFAULT_INDEX, DEFAULT_KNOWLEDGE

F = TypeVar("F", bound=Callable[..., object])


def _folder(*names: str, default: Path, envvar: str, help: str) -> Callable[[F], F]:
    return click.option(
        *names,
        type=click.Path(file_okay=False, path_type=Path),
        default=default,
        envvar=envvar,
        show_default=True,
        help=help,
    )


knowledge_option = _folder(
    "--knowledge",
    default=DEFAULT_KNOWLEDGE,
    envvar="VERBATIM_KNOWLEDGE",
    help="Folder of source documents (its sources/ sub-folder).",
)
index_option = _folder(
    "--index",
    "index_dir",
    default=DEFAULT_INDEX,
    envvar="VERBATIM_INDEX",
    help="Folder the index is built in and read from.",
)
