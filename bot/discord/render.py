"""Lay out answers and figure cards as Discord messages, inside Discord's limits.

Everything here arranges what the answer engine and the index produced: quotes verbatim,
citations from a source's metadata, markers like [1]. Nothing here writes a figure of its own.

Quotes are never cut in half to fit a limit; whole quotes are dropped instead, always keeping the
first. Text that came from a user or a source is escaped so that Discord shows it character for
character: markdown becomes literal, mentions never render or ping.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import discord

from bot.answer_types import Answer, Quote, SourceRef
from bot.citation import fragment_url
from index.models import Figure

log = logging.getLogger(__name__)

# Discord's limits (https://discord.com/developers/docs/resources/message).
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELD_COUNT_LIMIT = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBED_COUNT_LIMIT = 10
AUTOCOMPLETE_LIMIT = 25
CHOICE_LIMIT = 100

ANSWER_COLOUR = discord.Colour.blurple()
NOTHING_COLOUR = discord.Colour.light_grey()
CONFLICT_COLOUR = discord.Colour.orange()

NO_MENTIONS = discord.AllowedMentions.none()
LEFT_OUT = "Some quotes were left out to fit Discord's limits; a narrower question shows them."

ZWJ = "\u200d"
_URL = re.compile(r"(?:https?|steam)://[^\s<]+[^<.,:;\"')\]\s]")
# Backslash-escaping any ASCII punctuation renders as that punctuation, so this set may be broad.
_MARKDOWN_CHAR = re.compile(r"([\\*_~|`>#\[\]<])")
_LINE_MARKER = re.compile(r"^(\s*)(-|\+|\d+(?=[.)]\s))", re.MULTILINE)
_MENTION = re.compile(r"@(everyone|here|[!&]?[0-9]{15,21})")


# -- escaping ---------------------------------------------------------------------------------


def _escape_plain(text: str) -> str:
    text = _MARKDOWN_CHAR.sub(r"\\\1", text)
    text = _LINE_MARKER.sub(_escape_marker, text)
    return _MENTION.sub("@" + ZWJ + r"\1", text)


def _escape_marker(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker.isdigit():  # "1. text" would become a numbered list: escape its dot instead
        return f"{indent}{marker}\\"
    return f"{indent}\\{marker}"


def escape(text: str) -> str:
    """Text from a user or a source, shown literally: no markdown, no mentions, no pings.

    A reader sees the same characters: markdown characters get a backslash (which Discord hides),
    ``@everyone``/``@here`` get an invisible zero-width joiner, and ``<@123>``-style mentions
    an escaped ``<``. Web addresses are left alone so that they stay clickable.
    """
    out: list[str] = []
    at = 0
    for match in _URL.finditer(text):
        out.append(_escape_plain(text[at : match.start()]))
        out.append(match.group(0))
        at = match.end()
    out.append(_escape_plain(text[at:]))
    return "".join(out)


def shorten(text: str, limit: int) -> str:
    """Shorten text that is not a quote (titles, questions) to ``limit`` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Never leave a dangling escape backslash at the cut.
    while cut.endswith("\\") and not cut.endswith("\\\\"):
        cut = cut[:-1]
    return cut.rstrip() + "…"


def safe_url(url: str) -> str:
    """A web address that survives markdown: brackets and spaces percent-encoded."""
    return (
        url.strip()
        .replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
    )


def link(text: str, url: str | None, *, suppress_preview: bool = False) -> str:
    """An escaped label, as a masked link when there is an address."""
    label = escape(text)
    if not url:
        return label
    target = safe_url(url)
    return f"[{label}](<{target}>)" if suppress_preview else f"[{label}]({target})"


# -- citations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cited:
    """A verbatim passage with its source: a quote, or the sentence a figure stands in."""

    text: str
    source: SourceRef
    url: str | None  # where the citation link goes: the page at the quote when possible
    highlights: tuple[str, ...] = ()  # figures as written, shown in bold inside the quote

    @classmethod
    def from_quote(cls, quote: Quote) -> Cited:
        try:
            url = quote.fragment_url
        except Exception:  # a citation helper failing must not lose the answer
            log.exception("No fragment link for a quote from %s", quote.source.id)
            url = None
        return cls(
            text=quote.text,
            source=quote.source,
            url=url or quote.source.url,
            highlights=tuple(f.text for f in quote.figures),
        )

    @property
    def key(self) -> tuple[str, str]:
        return (self.source.id, self.text)


def source_label(ref: SourceRef) -> str:
    return ref.title or ref.publisher or ref.id


def citation_meta(ref: SourceRef) -> str:
    """Publisher and date, as the source's metadata gives them."""
    parts: list[str] = []
    if ref.publisher and ref.publisher != ref.title:
        parts.append(ref.publisher)
    if ref.date:
        parts.append(f"c. {ref.date}" if ref.date_approximate else ref.date)
    return ", ".join(parts)


def citation_line(marker: int | None, item: Cited, *, suppress_preview: bool = False) -> str:
    head = f"[{marker}] " if marker is not None else ""
    meta = citation_meta(item.source)
    title = link(source_label(item.source), item.url, suppress_preview=suppress_preview)
    return f"— {head}{title}" + (f" · {escape(meta)}" if meta else "")


def _highlight(text: str, figures: Iterable[str]) -> list[tuple[str, bool]]:
    """Split text into (segment, bold) pieces, bolding each figure where it stands."""
    spans: list[tuple[int, int]] = []
    for figure in sorted({f for f in figures if f}, key=len, reverse=True):
        at = text.find(figure)
        while at != -1:
            end = at + len(figure)
            if not any(s < end and at < e for s, e in spans):
                spans.append((at, end))
            at = text.find(figure, end)
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in sorted(spans):
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces


def block_quote(text: str, highlights: Sequence[str] = ()) -> str:
    """A verbatim quote as a Discord block quote, figures in bold, every line prefixed."""
    lines: list[str] = [""]
    for segment, bold in _highlight(text, highlights):
        parts = segment.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append("")
            if part:
                shown = escape(part)
                lines[-1] += f"**{shown}**" if bold and part.strip() else shown
    return "\n".join(f"> {line}".rstrip() if line else ">" for line in lines)


def cited_block(marker: int | None, item: Cited, *, suppress_preview: bool = False) -> str:
    quote = block_quote(item.text, item.highlights)
    return f"{quote}\n{citation_line(marker, item, suppress_preview=suppress_preview)}"


# -- replies ----------------------------------------------------------------------------------


@dataclass
class Reply:
    """One Discord message: content and/or embeds, attachments and buttons."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    files: list[discord.File] = field(default_factory=list)
    view: discord.ui.View | None = None
    shown: tuple[Cited, ...] = ()  # the passages actually shown, for the feedback log
    more: list[str] = field(default_factory=list)  # plain-text continuations, sent after it

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``send``/``reply``/``followup.send``, never pinging anyone."""
        out: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        if self.content:
            out["content"] = self.content
        if self.embeds:
            out["embeds"] = self.embeds
        if self.files:
            out["files"] = self.files
        if self.view is not None:
            out["view"] = self.view
        return out


def message_is_within_limits(reply: Reply) -> bool:
    if reply.content is not None and len(reply.content) > CONTENT_LIMIT:
        return False
    if len(reply.embeds) > EMBED_COUNT_LIMIT:
        return False
    if sum(len(e) for e in reply.embeds) > EMBED_TOTAL_LIMIT:
        return False
    for embed in reply.embeds:
        if len(embed.title or "") > TITLE_LIMIT:
            return False
        if len(embed.description or "") > DESCRIPTION_LIMIT:
            return False
        if len(embed.fields) > FIELD_COUNT_LIMIT:
            return False
        for f in embed.fields:
            if len(f.name or "") > FIELD_NAME_LIMIT or len(f.value or "") > FIELD_VALUE_LIMIT:
                return False
    return True


def _split_long(block: str, limit: int) -> list[str]:
    """Split one over-long quote block at line or word boundaries, keeping every character."""
    chunks: list[str] = []
    rest = block
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut > 0:
            head, rest = rest[:cut], rest[cut + 1 :]
        else:
            cut = rest.rfind(" ", 0, limit)
            if cut <= 2:
                cut = limit
            while cut > 0 and rest[cut - 1] == "\\":  # keep an escape with its character
                cut -= 1
            head, rest = rest[:cut], rest[cut:].lstrip(" ")
            if head.startswith(">"):  # the continuation is still part of the quote
                rest = "> " + rest
        chunks.append(head)
    chunks.append(rest)
    return chunks


@dataclass
class CardSpec:
    """What a card shows around its quotes."""

    title: str | None = None
    intro: str | None = None  # escaped already; shown above the quotes
    colour: discord.Colour = ANSWER_COLOUR
    fields: list[tuple[str, str]] = field(default_factory=list)  # (name, value), escaped already
    footer: str | None = None


def build_card(spec: CardSpec, items: Sequence[Cited], *, first_marker: int = 1) -> Reply:
    """Embeds holding ``items`` as numbered, cited block quotes, within every Discord limit.

    Quotes that do not fit are dropped whole (the first is always kept); the footer says so.
    A first quote too long for one embed continues in the next embeds of the same message, and
    only one too long for a whole message goes into an attached text file.
    """
    title = shorten(spec.title, TITLE_LIMIT) if spec.title else None
    fields = [
        (shorten(name, FIELD_NAME_LIMIT), shorten(value, FIELD_VALUE_LIMIT))
        for name, value in spec.fields[:FIELD_COUNT_LIMIT]
    ]
    intro = shorten(spec.intro, DESCRIPTION_LIMIT // 2) if spec.intro else ""
    footer_reserve = len(LEFT_OUT) + len(spec.footer or "") + 2
    fixed = len(title or "") + sum(len(n) + len(v) for n, v in fields) + footer_reserve
    budget_total = EMBED_TOTAL_LIMIT - fixed

    blocks = [cited_block(first_marker + i, item) for i, item in enumerate(items)]
    chosen: list[int] = []
    description = intro
    dropped = False
    for i, block in enumerate(blocks):
        candidate = f"{description}\n\n{block}" if description else block
        if len(candidate) <= DESCRIPTION_LIMIT and len(candidate) <= budget_total:
            description = candidate
            chosen.append(i)
        elif chosen:
            dropped = True
        else:
            break
    files: list[discord.File] = []
    extra_descriptions: list[str] = []
    if items and not chosen:
        # The first quote alone is longer than one embed: continue it over further embeds.
        head = f"{intro}\n\n" if intro else ""
        pieces = _split_long(head + blocks[0], DESCRIPTION_LIMIT)
        if sum(map(len, pieces)) <= budget_total and len(pieces) <= EMBED_COUNT_LIMIT:
            description, extra_descriptions = pieces[0], pieces[1:]
        else:
            description = (
                f"{head}The first quote is too long for a Discord message; it is attached in "
                f"full, verbatim.\n{citation_line(first_marker, items[0])}"
            )
            files.append(
                discord.File(io.BytesIO(items[0].text.encode("utf-8")), filename="quote.txt")
            )
        chosen = [0]
        dropped = len(items) > 1
    embed = discord.Embed(title=title, description=description or None, colour=spec.colour)
    for name, value in fields:
        embed.add_field(name=name, value=value, inline=False)
    embeds = [embed]
    for more in extra_descriptions:
        embeds.append(discord.Embed(description=more, colour=spec.colour))
    footer = " ".join(part for part in (spec.footer, LEFT_OUT if dropped else None) if part)
    if footer:
        embeds[-1].set_footer(text=shorten(footer, FOOTER_LIMIT))
    reply = Reply(embeds=embeds, files=files, shown=tuple(items[i] for i in chosen))
    if not message_is_within_limits(reply):  # pragma: no cover - guarded by the budget above
        log.error("A card exceeded Discord's limits; sending its first quote only")
        return build_card(CardSpec(title=spec.title, colour=spec.colour), items[:1])
    return reply


def _unique(items: Iterable[Cited]) -> list[Cited]:
    seen: set[tuple[str, str]] = set()
    out: list[Cited] = []
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            out.append(item)
    return out


def render_answer(answer: Answer, *, echo_question: bool = False) -> Reply:
    """An answer as embeds: its quotes with citations, where sources differ, and any notice."""
    if not answer.answered or not answer.quotes:
        return render_unanswered(answer, echo_question=echo_question)
    quotes = [Cited.from_quote(q) for q in answer.quotes]
    conflict_quotes = [Cited.from_quote(q) for c in answer.conflicts for q in c.quotes]
    items = _unique([*quotes, *conflict_quotes])
    title = f"“{escape(answer.question.strip())}”" if echo_question else None
    intro = escape(answer.notice) if answer.notice else None
    colour = CONFLICT_COLOUR if answer.conflicts else ANSWER_COLOUR
    # The conflict fields name quotes by marker, so lay out the card first to learn the markers.
    card = build_card(CardSpec(title=title, intro=intro, colour=colour), items)
    markers = {item.key: n for n, item in enumerate(card.shown, start=1)}
    fields: list[tuple[str, str]] = []
    for conflict in answer.conflicts:
        shown = [
            f"[{markers[c.key]}] {escape(source_label(c.source))}"
            for c in map(Cited.from_quote, conflict.quotes)
            if c.key in markers
        ]
        if len(shown) >= 2:
            fields.append(
                (
                    f"Sources differ: {escape(conflict.measure)}",
                    " · ".join(shown) + "\nThese quotes give different figures; each is quoted "
                    "as its source wrote it.",
                )
            )
    if fields:
        card = build_card(CardSpec(title=title, intro=intro, colour=colour, fields=fields), items)
    return card


def render_unanswered(answer: Answer, *, echo_question: bool = False) -> Reply:
    """No quote answers this: say why, and point to the closest sources."""
    notice = answer.notice or "No source in the library answers that."
    lines = [escape(notice)]
    if answer.suggestions:
        lines.append("\nClosest sources:")
        for ref in answer.suggestions[:10]:
            item = Cited(text="", source=ref, url=ref.url)
            meta = citation_meta(ref)
            lines.append(
                f"• {link(source_label(ref), item.url)}" + (f" · {escape(meta)}" if meta else "")
            )
    title = f"“{escape(answer.question.strip())}”" if echo_question and answer.question else None
    embed = discord.Embed(
        title=shorten(title, TITLE_LIMIT) if title else None,
        description=shorten("\n".join(lines), DESCRIPTION_LIMIT),
        colour=NOTHING_COLOUR,
    )
    return Reply(embeds=[embed])


def render_answer_text(answer: Answer) -> list[str]:
    """The plain-text layout, for channels where the bot may not embed: one or more messages.

    Whole quotes go into a message while they fit; a first quote longer than a message continues
    in the next, never losing a character.
    """
    if not answer.answered or not answer.quotes:
        notice = escape(answer.notice or "No source in the library answers that.")
        lines = [notice]
        for ref in answer.suggestions[:5]:
            lines.append(f"• {link(source_label(ref), ref.url, suppress_preview=True)}")
        return [shorten("\n".join(lines), CONTENT_LIMIT)]
    quotes = _unique(Cited.from_quote(q) for q in answer.quotes)
    blocks = [(escape(answer.notice), False)] if answer.notice else []
    blocks += [(cited_block(i, q, suppress_preview=True), True) for i, q in enumerate(quotes, 1)]
    messages: list[str] = []
    current = ""
    quoted = False
    for block, is_quote in blocks:
        candidate = f"{current}\n\n{block}" if current else block
        if len(candidate) <= CONTENT_LIMIT:
            current = candidate
        elif not quoted:
            # Nothing quoted yet: the first quote goes out whole, over several messages if need be.
            pieces = _split_long(candidate, CONTENT_LIMIT)
            messages.extend(pieces[:-1])
            current = pieces[-1]
        else:
            break  # later quotes that do not fit are dropped whole
        quoted = quoted or is_quote
    messages.append(current)
    return messages


# -- figures and autocomplete -----------------------------------------------------------------


def cited_figures(
    figures: Iterable[Figure], ref_for: Callable[[str], SourceRef | None]
) -> list[Cited]:
    """Each figure's verbatim sentence with its citation; one item per sentence, figures bold."""
    items: dict[tuple[str, int, int], Cited] = {}
    for figure in figures:
        ref = ref_for(figure.source_id)
        if ref is None:
            continue
        sentence = figure.sentence or figure.text
        key = (figure.source_id, figure.sentence_start, figure.sentence_end)
        if key in items:
            old = items[key]
            items[key] = Cited(old.text, old.source, old.url, (*old.highlights, figure.text))
        else:
            url = fragment_url(ref.url, sentence) or ref.url
            items[key] = Cited(sentence, ref, url, (figure.text,))
    return list(items.values())


def autocomplete_choices(
    values: Iterable[str], current: str
) -> list[discord.app_commands.Choice[str]]:
    """At most 25 choices matching what is typed: prefix matches first, then any match."""
    typed = current.strip().lower()
    prefix: list[str] = []
    inside: list[str] = []
    for value in dict.fromkeys(v for v in values if v):
        low = value.lower()
        if not typed or low.startswith(typed):
            prefix.append(value)
        elif typed in low:
            inside.append(value)
    chosen = [*prefix, *inside][:AUTOCOMPLETE_LIMIT]
    # Discord caps both a choice's name and its value at a hundred characters.
    return [
        discord.app_commands.Choice(name=shorten(v, CHOICE_LIMIT), value=v[:CHOICE_LIMIT])
        for v in chosen
    ]
