"""Settings, the feedback log, charts and the Discord CLI commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot import cli_discord
from bot.chart import Bar, render_chart
from bot.feedback import FeedbackStore
from bot.settings import Settings

# -- settings --------------------------------------------------------------------------------


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    monkeypatch.setenv("VERBATIM_ANSWER_CHANNELS", "111, 222")
    monkeypatch.setenv("VERBATIM_MAINTAINER_ROLE", "Maintainers")
    monkeypatch.setenv("VERBATIM_DEV_GUILD", "333")
    monkeypatch.setenv("VERBATIM_DISCORD_API", "http://127.0.0.1:1/api/v10/")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.answer_channels == frozenset({111, 222})
    assert settings.maintainer_role == "Maintainers"
    assert settings.dev_guild == 333
    assert settings.discord_api == "http://127.0.0.1:1/api/v10"
    assert settings.token() == "secret-token-value"
    # The token never shows in a repr, a log line or an error.
    assert "secret-token-value" not in repr(settings)
    assert "secret-token-value" not in str(settings.model_dump())


def test_settings_from_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    env = tmp_path / ".env"
    env.write_text("DISCORD_TOKEN=from-file\nVERBATIM_DEV_GUILD=\n")
    settings = Settings(_env_file=env)  # type: ignore[call-arg]
    assert settings.token() == "from-file"
    assert settings.dev_guild is None


def test_env_example_names_every_setting() -> None:
    example = (Path(__file__).parents[2] / ".env.example").read_text()
    for name in Settings.model_fields:
        env_name = "DISCORD_TOKEN" if name == "discord_token" else f"VERBATIM_{name.upper()}"
        assert env_name in example, env_name


def test_missing_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    with pytest.raises(ValueError, match="DISCORD_TOKEN"):
        Settings(_env_file=None).token()  # type: ignore[call-arg]


# -- feedback --------------------------------------------------------------------------------


def test_votes_are_kept_per_user_and_hashed(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path / "feedback.db", salt="pepper")
    store.log_answer(10, "How many?", "> quote", ["a", "b", "a"], "command:1/2")
    assert store.record_vote(10, 42, helpful=True)
    assert store.record_vote(10, 42, helpful=False)  # a change of mind replaces the vote
    assert store.record_vote(10, 43, helpful=True)
    assert not store.record_vote(11, 42, helpful=True)  # unknown answer
    rows = store.feedback()
    assert len(rows) == 2
    assert {r["helpful"] for r in rows} == {0, 1}
    assert all(r["source_ids"] == ["a", "b"] and r["question"] == "How many?" for r in rows)
    assert {r["user_hash"] for r in rows} == {store.user_hash(42), store.user_hash(43)}
    assert all(len(r["user_hash"]) == 64 and r["user_hash"] != "42" for r in rows)
    assert store.user_hash(42) != FeedbackStore.in_memory(salt="other").user_hash(42)


def test_salt_is_kept_when_none_is_configured(tmp_path: Path) -> None:
    first = FeedbackStore.open(tmp_path / "f.db").user_hash(7)
    again = FeedbackStore.open(tmp_path / "f.db").user_hash(7)
    assert first == again


def test_gaps_are_logged(tmp_path: Path) -> None:
    store = FeedbackStore.open(tmp_path / "f.db")
    store.log_gap("What colour is the sky?", "No source", "message:1/2", ["earlier"])
    [gap] = store.gaps()
    assert gap["question"] == "What colour is the sky?" and gap["history"] == ["earlier"]


def test_cli_lists_feedback_and_gaps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERBATIM_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("VERBATIM_FEEDBACK_SALT", "s")
    store = FeedbackStore.open(tmp_path / "feedback.db", salt="s")
    store.log_answer(1, "How many officers?", "> quote", ["home-office"], "x")
    store.record_vote(1, 5, helpful=True)
    store.log_gap("Unanswerable?", None, "message:1/2")
    runner = CliRunner()
    result = runner.invoke(cli_discord.feedback, [])
    assert result.exit_code == 0, result.output
    assert "👍" in result.output and "How many officers?" in result.output
    result = runner.invoke(cli_discord.gaps, ["--json"])
    assert json.loads(result.output.splitlines()[0])["question"] == "Unanswerable?"


def test_cli_bot_without_token_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(Path(__file__).parent)  # no .env here
    result = CliRunner().invoke(cli_discord.bot, [])
    assert result.exit_code != 0
    assert "DISCORD_TOKEN is not set" in result.output


def test_every_discord_cli_command_has_help() -> None:
    for command in (cli_discord.bot, cli_discord.sync, cli_discord.feedback, cli_discord.gaps):
        assert command.help


# -- charts ----------------------------------------------------------------------------------


def test_chart_is_a_png_labelled_with_figures_as_written() -> None:
    from matplotlib.text import Text

    bars = [
        Bar(group="in 2022", value=1492, text="1,492", source="Home Office"),
        Bar(group="in 2023", value=1500, text="1,500", source="Example News"),
        Bar(group="in 2023", value=0.42, text="$42%", source="Odd $ource"),
    ]
    png = render_chart(bars, "officers")
    assert png.startswith(b"\x89PNG")

    # Inspect the figure itself: labels as written, and no y-axis values.
    import bot.chart as chart_module

    captured: list[object] = []
    real = chart_module.FigureCanvasAgg

    def capture(figure: object) -> object:
        captured.append(figure)
        return real(figure)

    chart_module.FigureCanvasAgg = capture  # type: ignore[assignment]
    try:
        render_chart(bars, "officers")
    finally:
        chart_module.FigureCanvasAgg = real  # type: ignore[assignment]
    [figure] = captured
    ax = figure.axes[0]  # type: ignore[attr-defined]
    labels = [t.get_text() for t in ax.texts if isinstance(t, Text)]
    assert {"1,492", "1,500", r"\$42%"} <= set(labels)
    assert list(ax.get_yticks()) == []
    assert not ax.lines  # no trend lines


def test_chart_needs_a_figure() -> None:
    with pytest.raises(ValueError):
        render_chart([], "nothing")
