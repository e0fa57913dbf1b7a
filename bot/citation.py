"""Citations: a source's metadata laid out as text, and links that open at the quoted words."""

from __future__ import annotations

from urllib.parse import quote as urlquote

from bot.answer_types import SourceRef

_FRAGMENT_WORDS = 8  # text fragments match best on a short, distinctive run of words


def format_citation(ref: SourceRef) -> str:
    """ "Publisher, “Title”, date. url" — every part copied from the metadata as stored."""
    parts = [p for p in (ref.publisher, f"“{ref.title}”" if ref.title else None) if p]
    if ref.date:
        parts.append(f"{ref.date} (approx.)" if ref.date_approximate else ref.date)
    text = ", ".join(parts) or ref.id
    return f"{text}. {ref.url}" if ref.url else f"{text}."


def fragment_url(url: str | None, quote: str) -> str | None:
    """The page opened at the quote, with a URL text fragment (``#:~:text=start,end``)."""
    if not url:
        return None
    words = quote.split()
    if not words:
        return url
    base = url.split("#", 1)[0]
    if len(words) <= _FRAGMENT_WORDS:
        spec = _encode(" ".join(words))
    else:
        half = _FRAGMENT_WORDS // 2
        spec = f"{_encode(' '.join(words[:half]))},{_encode(' '.join(words[-half:]))}"
    return f"{base}#:~:text={spec}"


def _encode(text: str) -> str:
    # '-', ',' and '&' have meaning inside a text directive, so they are always escaped
    return urlquote(text, safe="").replace("-", "%2D")
