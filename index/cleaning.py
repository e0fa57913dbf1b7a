"""Rules that strip page furniture from captured text.

A capture of a web page drags along things that are not the article: cookie banners, "Leave
this site" buttons, share and comment widgets, photo credits, a headline repeated by the page
template. They are removed *line by line*: a kept line is never edited, so every quote taken
from the cleaned text is also, character for character, in the original capture.

The rules (each is a pattern that a whole line must match, case-insensitively):
- exit-site buttons and cookie/consent notices, site error and beta banners;
- share, comment and subscription widgets ("Spread the news", "Leave a Reply", "Your email
  address will not be published", "This site uses Akismet", "Help expose ...");
- publication furniture: "Written by", "This article was filed under", a line of only commas,
  photo credits ("Photo: ...") and donation or newsletter calls;
- links to other stories ("READ MORE: The police officers dismissed in Durham ..."): another
  story's headline, which says nothing this page states;
- a line (of four words or more) that repeats a line a few lines above it word for word: the
  repeated headline and standfirst of a template (not a question, which an FOI answer
  restates above the figures that answer it). Numbers are no words here: a table's header of years
  ("2017 2018 2019 2020") may well head a second table.
"""

from __future__ import annotations

import re

_FURNITURE = [
    r".*\bleave this site\b.*",
    r"quickly exit this site.*",
    r".*\bcookies?\b.*\b(preferences|settings|notice|essential|consent|accept|policy)\b.*",
    r".*\b(preferences|settings|use)\b.*\bcookies?\b.*",
    r"no tracking\.? no cookies\.?",
    r"sorry, there was a technical problem.*",
    r"this site is a beta\b.*",
    r"spread the news",
    r"share (this|on|via)\b.*",
    r"(leave a reply|leave a comment|post a comment|comments?)",
    r"your email address will not be published.*",
    r"required fields are marked.*",
    r"this site uses akismet.*",
    r"help expose the big scandals.*",
    r"free from fear or favour",
    r"written by",
    r"this article was filed under",
    r"[\s,]+",
    r".*\bphoto: [^.]*",
    r"(subscribe|sign up)( to| for)? (our|the) newsletter.*",
    r"(advertisement|skip to (main )?content)",
    r"(read more|related|see also|also read)(\s*[:\-–].*)?",
]
_FURNITURE_RE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE), re.IGNORECASE)
_MIN_WORDS_FOR_REPEAT = 4
_REPEAT_WITHIN = 8  # lines


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and _FURNITURE_RE.fullmatch(stripped) is not None


def _is_template_repeat(key: str, number: int, seen: dict[str, int]) -> bool:
    """A line a page template repeats comes again a few lines on (the headline over and under
    the picture); an FOI answer restates a question of the request far from it, or as a
    question, and keeps it as the heading of its figures."""
    first = seen.get(key)
    return first is not None and number - first <= _REPEAT_WITHIN and not key.endswith("?")


def clean_text(raw: str) -> str:
    """Drop furniture lines and repeated template lines; keep every other line as it is."""
    kept: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        stripped = line.strip()
        if is_furniture(line):
            continue
        key = " ".join(stripped.lower().split())
        if sum(any(c.isalpha() for c in w) for w in key.split()) >= _MIN_WORDS_FOR_REPEAT:
            if _is_template_repeat(key, number, seen):
                continue
            seen.setdefault(key, number)
        kept.append(line.rstrip())
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n" if text.strip() else ""
