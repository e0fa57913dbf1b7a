"""Rendering answers for Discord: verbatim quotes, citations, limits and escaping."""

from __future__ import annotations

import pytest
from discord_helpers import (
    HOME_OFFICE,
    NEWS,
    SENTENCE_A,
    SENTENCE_B,
    as_seen,
    conflicting_answer,
    make_answer,
    no_own_digits,
    pings_nobody,
    quote,
    unanswered,
)

from bot.discord import render
from bot.discord.render import Cited, escape


@pytest.mark.parametrize(
    "text",
    [
        "@everyone look",
        "hey @here",
        "<@123456789012345678> and <@&123456789012345678> and <#123456789012345678>",
        "**bold** __under__ ~~strike~~ ||spoiler|| `code` ```block```",
        "> quoted\n# heading\n- bullet\n1. numbered\n-# small",
        "[masked](https://evil.example) and <t:1700000000:R>",
        "back\\slash \\*not bold\\*",
        "C:\\path\\to_file and snake_case_name",
    ],
)
def test_escape_keeps_the_characters_a_reader_sees(text: str) -> None:
    escaped = escape(text)
    assert as_seen(escaped) == text


def test_escape_neutralises_mentions_and_markdown() -> None:
    escaped = escape("@everyone <@123456789012345678> **x** # h")
    assert "@everyone" not in escaped
    assert "<@1" not in escaped
    assert "**" not in escaped
    assert escaped.startswith("@\u200deveryone")


def test_escape_leaves_web_addresses_clickable() -> None:
    url = "https://example.org/a_b_c?x=1"
    assert url in escape(f"see {url} now")


def test_answer_embed_has_quotes_verbatim_with_citation_links() -> None:
    answer = make_answer()
    reply = render.render_answer(answer)
    [embed] = reply.embeds
    description = embed.description or ""
    seen = as_seen(description)
    assert SENTENCE_A in seen
    assert SENTENCE_B in seen
    assert "[1]" in description and "[2]" in description
    assert f"]({HOME_OFFICE.url}" in description  # citation is a link to the source page
    assert "**1,492**" in description  # the figure stands out, as written
    assert no_own_digits(description, [SENTENCE_A, SENTENCE_B, HOME_OFFICE.date or ""])
    assert pings_nobody(reply.kwargs()["allowed_mentions"])
    assert render.message_is_within_limits(reply)


def test_answer_text_question_echo_is_escaped() -> None:
    answer = make_answer(question="@everyone **how many** <@123456789012345678>?")
    reply = render.render_answer(answer, echo_question=True)
    title = reply.embeds[0].title or ""
    assert "@everyone" not in title and "<@1" not in title
    assert as_seen(title) == "“@everyone **how many** <@123456789012345678>?”"


def test_conflicts_are_visible() -> None:
    reply = render.render_answer(conflicting_answer())
    [embed] = reply.embeds
    [conflict] = embed.fields
    assert conflict.name.startswith("Sources differ")
    assert "[1]" in conflict.value and "[2]" in conflict.value
    assert embed.colour == render.CONFLICT_COLOUR
    assert "**1,500**" in (embed.description or "")


def test_unanswered_shows_notice_and_closest_sources() -> None:
    reply = render.render_answer(unanswered())
    [embed] = reply.embeds
    assert "No source in the library answers that question." in (embed.description or "")
    assert f"]({NEWS.url})" in (embed.description or "")
    assert reply.view is None


def test_many_long_quotes_drop_whole_quotes_and_keep_the_first() -> None:
    long_text = "Officers were dismissed after review. " * 25  # ~950 chars each
    quotes = [quote(f"{i} {long_text}".strip(), HOME_OFFICE, start=i * 2000) for i in range(12)]
    reply = render.render_answer(make_answer(quotes=quotes))
    assert render.message_is_within_limits(reply)
    description = reply.embeds[0].description or ""
    assert as_seen(description).count(long_text.strip()) == len(reply.shown)
    assert 1 <= len(reply.shown) < 12
    assert reply.shown[0].text == quotes[0].text
    # Every quote shown is whole.
    for item in reply.shown:
        assert item.text in as_seen(description)
    assert render.LEFT_OUT in (reply.embeds[-1].footer.text or "")


def test_one_quote_longer_than_an_embed_continues_without_losing_a_character() -> None:
    words = " ".join(f"word{i % 10}" for i in range(900))  # ~5,400 chars
    reply = render.render_answer(make_answer(quotes=[quote(words, HOME_OFFICE)]))
    assert render.message_is_within_limits(reply)
    assert len(reply.embeds) >= 2
    joined = " ".join(as_seen(e.description or "") for e in reply.embeds)
    assert words in joined.replace("\n", " ")


def test_a_quote_too_long_for_a_message_is_attached() -> None:
    words = "x " * 4000
    reply = render.render_answer(make_answer(quotes=[quote(words.strip(), HOME_OFFICE)]))
    assert render.message_is_within_limits(reply)
    assert [f.filename for f in reply.files] == ["quote.txt"]


def test_huge_question_echo_fits_the_title() -> None:
    reply = render.render_answer(make_answer(question="why " * 1250), echo_question=True)
    assert len(reply.embeds[0].title or "") <= render.TITLE_LIMIT
    assert render.message_is_within_limits(reply)


def test_text_layout_fits_content_limit_and_keeps_first_quote() -> None:
    long_text = "A sentence about officers that goes on. " * 60  # ~2,400 chars
    answer = make_answer(quotes=[quote(long_text.strip(), HOME_OFFICE), quote(SENTENCE_A, NEWS)])
    messages = render.render_answer_text(answer)
    assert all(len(m) <= render.CONTENT_LIMIT for m in messages)
    joined = " ".join(as_seen(m) for m in messages).replace("\n", " ")
    assert long_text.strip() in joined


def test_text_layout_links_suppress_previews() -> None:
    [message] = render.render_answer_text(make_answer())
    assert f"(<{HOME_OFFICE.url}" in message


def test_source_with_markdown_in_title_is_escaped() -> None:
    ref = HOME_OFFICE.__class__(
        id="x", title="*Report* @everyone", publisher=None, date=None, url=None
    )
    line = render.citation_line(1, Cited(text="t", source=ref, url=None))
    assert as_seen(line) == "— [1] *Report* @everyone"
    assert "@everyone" not in line


def test_urls_with_brackets_are_percent_encoded() -> None:
    assert render.safe_url("https://x.org/a (b)") == "https://x.org/a%20%28b%29"
