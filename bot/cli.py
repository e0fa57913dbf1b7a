"""The ``verbatim`` command line: reindex, inspect, ask, chat, evaluate, and run the bot."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from bot import cli_discord, terminal
from bot.cli_options import index_option, knowledge_option
from bot.service import Verbatim
from index.build import ReindexReport
from index.errors import IndexUnavailable, ReindexBusy, SourceError
from index.store import IndexStore

log = logging.getLogger(__name__)

SUMMARY_IDS = 10  # source ids a reindex summary names per line before "and N more"


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log what happens, to standard error.")
def main(verbose: bool) -> None:
    """Verbatim answers questions on police sexual-misconduct figures with cited quotes."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


# -- building ------------------------------------------------------------------------------


def run_reindex(knowledge: Path, index_dir: Path, quiet: bool = False) -> ReindexReport:
    """Reindex with a progress bar, turning a bad source into a message a maintainer can act on."""
    from tqdm import tqdm

    bar: tqdm | None = None

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal bar
        if quiet or total < 64:
            return
        if bar is None:
            bar = tqdm(total=total, desc=stage, unit="passage", file=sys.stderr)
        bar.update(done - bar.n)

    try:
        return Verbatim(knowledge, index_dir).reindex(progress=progress)
    except SourceError as exc:
        raise click.ClickException(
            f"{exc.path}: {exc.reason}. Nothing was changed: the index in service is as it was."
        ) from exc
    except ReindexBusy as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if bar is not None:
            bar.close()


def summary(report: ReindexReport) -> str:
    if not report.changed_anything:
        return (
            f"Index up to date: {report.sources} sources, {report.passages} passages, "
            f"{report.figures} figures ({report.seconds:.2f}s, nothing changed)."
        )
    lines = [
        f"Reindexed in {report.seconds:.1f}s: {report.sources} sources "
        f"({len(report.added)} added, {len(report.changed)} changed, "
        f"{len(report.removed)} removed, {report.unchanged} unchanged), "
        f"{report.passages} passages ({report.embedded} embedded), {report.figures} figures."
    ]
    for label, ids in (("added", report.added), ("changed", report.changed),
                       ("removed", report.removed)):  # fmt: skip
        if ids:
            shown = ", ".join(ids[:SUMMARY_IDS])
            more = f" and {len(ids) - SUMMARY_IDS} more" if len(ids) > SUMMARY_IDS else ""
            lines.append(f"  {label}: {shown}{more}")
    return "\n".join(lines)


@main.command()
@knowledge_option
@index_option
def reindex(knowledge: Path, index_dir: Path) -> None:
    """Rebuild the index from the source documents (only what changed is embedded again)."""
    click.echo(summary(run_reindex(knowledge, index_dir)))


def open_store(index_dir: Path) -> IndexStore:
    try:
        return IndexStore.open(index_dir)
    except IndexUnavailable as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@index_option
@knowledge_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source.")
def sources(index_dir: Path, knowledge: Path, as_json: bool) -> None:
    """List the sources the index holds, with their metadata."""
    store = open_store(index_dir)
    counts: dict[str, int] = {}
    for f in store.figures():
        counts[f.source_id] = counts.get(f.source_id, 0) + 1
    for s in store.sources():
        if as_json:
            click.echo(json.dumps({**s.to_dict(), "figures": counts.get(s.id, 0)}))
            continue
        m = s.meta
        click.echo(f"{s.id}  {m.publisher or '?'} — {m.title or '(untitled)'}")
        click.echo(
            f"    date {m.date or '?'}{' (approx.)' if m.date_approximate else ''}, "
            f"kind {m.kind or '?'}, {counts.get(s.id, 0)} figures, {s.path}"
        )
        if m.url:
            click.echo(f"    {m.url}")


@main.command()
@index_option
@knowledge_option
@click.option("--source", "source_id", help="Only figures of this source id.")
@click.option("--search", help="Only figures whose text, unit words or sentence contain this.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per figure.")
def figures(
    index_dir: Path, knowledge: Path, source_id: str | None, search: str | None, as_json: bool
) -> None:
    """List the figures extracted from the sources, as written, with unit, period and force."""
    store = open_store(index_dir)
    found = store.figures(source_id=source_id, search=search)
    for f in found:
        if as_json:
            click.echo(json.dumps(f.to_dict(), ensure_ascii=False))
        else:
            period = f.period.text if f.period else "-"
            click.echo(
                f"{f.source_id[:12]:12}  {f.text!s:24.24}  {f.unit or '-':12.12}  "
                f"{period:28.28}  {f.force or '-'}"
            )
    if not as_json:
        click.echo(f"{len(found)} figures", err=True)


# -- asking --------------------------------------------------------------------------------


def open_service(knowledge: Path, index_dir: Path) -> Verbatim:
    """The service over an up-to-date index (reindexing first when the index is missing)."""
    try:
        return Verbatim.open(knowledge, index_dir)
    except IndexUnavailable:
        click.echo("No index yet: building it from the sources first.", err=True)
        click.echo(summary(run_reindex(knowledge, index_dir)), err=True)
        return Verbatim.open(knowledge, index_dir)


def _questions(question: str) -> Iterator[str]:
    if question != "-":
        yield question
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


@main.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the structured answer as JSON.")
@knowledge_option
@index_option
def ask(question: str, as_json: bool, knowledge: Path, index_dir: Path) -> None:
    """Answer QUESTION with quotes from the sources (QUESTION '-' reads one per line from stdin)."""
    service = open_service(knowledge, index_dir)
    for q in _questions(question):
        answer = service.answer(q)
        if as_json:
            click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
        else:
            click.echo(terminal.render(answer))
            click.echo()


@main.command()
@knowledge_option
@index_option
def chat(knowledge: Path, index_dir: Path) -> None:
    """A conversation in the terminal, with the answers the bot gives on Discord."""
    service = open_service(knowledge, index_dir)
    interactive = sys.stdin.isatty()
    click.echo(
        "Verbatim: ask about police sexual-misconduct figures. Every figure I show is quoted "
        "from a source and cited. Type 'quit' to leave."
    )
    history: list[str] = []
    while True:
        try:
            question = click.prompt("you", prompt_suffix="> ") if interactive else input()
        except (EOFError, click.Abort):
            click.echo()
            break
        if question.strip().lower() in {"quit", "exit", ":q"}:
            break
        if not interactive:
            click.echo(f"you> {question}")
        answer = service.answer(question, history)
        click.echo(terminal.render(answer))
        click.echo()
        history = [*history, question][-4:]


@main.command()
@knowledge_option
@index_option
@click.pass_context
def run(ctx: click.Context, knowledge: Path, index_dir: Path) -> None:
    """The main job: bring the index up to date, then serve on Discord, or chat in the terminal
    when no DISCORD_TOKEN is set."""
    click.echo(summary(run_reindex(knowledge, index_dir)), err=True)
    from bot.settings import Settings

    if Settings().discord_token is None:
        click.echo("No DISCORD_TOKEN set: starting a terminal conversation instead.", err=True)
        ctx.invoke(chat, knowledge=knowledge, index_dir=index_dir)
        return
    ctx.invoke(main.commands["bot"], knowledge=knowledge, index_dir=index_dir)


@main.command("eval")
@click.option(
    "--questions",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=Path("tests/eval/questions.yaml"),
    show_default=True,
)
@click.option("--show-misses", is_flag=True, help="List every question the bot got wrong.")
@knowledge_option
@index_option
def evaluate(questions: Path, show_misses: bool, knowledge: Path, index_dir: Path) -> None:
    """Score the answers against a question set: hit@1, hit@3, abstention, rule violations."""
    from bot.evaluation import load_questions, score

    service = open_service(knowledge, index_dir)
    result = score(service, load_questions(questions))
    click.echo(result.table())
    if show_misses:
        for line in result.misses:
            click.echo(line)


for _command in (cli_discord.bot, cli_discord.sync, cli_discord.feedback, cli_discord.gaps):
    main.add_command(_command)
