"""Load source documents from the knowledge folder: text, Markdown, HTML and PDF.

Metadata comes, in rising order of precedence, from the document itself (HTML title and meta
tags, PDF document info), YAML front matter (Markdown and text), and a side file
``<name>.meta.yaml`` next to the document. A source's id is its file name without extension
unless the metadata sets ``id``.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import yaml

from index.cleaning import clean_text
from index.errors import SourceError
from index.lexicon import find_forces
from index.models import Source, SourceMeta

log = logging.getLogger(__name__)

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf")
SIDE_SUFFIX = ".meta.yaml"
_META_KEYS = {f.name for f in fields(SourceMeta)}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
_MIN_LETTERS = 40
_NOT_LETTER = re.compile(r"[\W\d_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def discover(knowledge_dir: Path) -> list[Path]:
    """Every source document below ``knowledge_dir/sources``, in a stable order."""
    root = knowledge_dir / "sources"
    if not root.is_dir():
        raise SourceError(root, "no sources folder: expected documents under knowledge/sources/")
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    )


def load_all(knowledge_dir: Path) -> Iterator[Source]:
    seen: dict[str, Path] = {}
    for path in discover(knowledge_dir):
        source = load(path, knowledge_dir)
        if source.id in seen:
            raise SourceError(path, f"source id {source.id!r} is already used by {seen[source.id]}")
        seen[source.id] = path
        yield source


def load(path: Path, knowledge_dir: Path) -> Source:
    """Read one document and return it cleaned, with its metadata."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, f"cannot be read ({exc.strerror})") from exc
    if not raw.strip():
        raise SourceError(path, "the file is empty")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text, meta = _read_pdf(path, raw)
    else:
        decoded = _decode(path, raw)
        if suffix in (".html", ".htm"):
            text, meta = _read_html(path, decoded)
        else:
            text, meta = _read_text(path, decoded)
    meta.update(_side_file(path))
    source_id = str(meta.pop("id", None) or path.name.split(".")[0])
    if not _ID_RE.match(source_id):
        raise SourceError(path, f"source id {source_id!r} may hold only letters, digits, _ . -")
    text = clean_text(text)
    if len(_NOT_LETTER.sub("", text)) < _MIN_LETTERS:
        raise SourceError(path, "no readable text is left after cleaning")
    return Source(
        id=source_id,
        path=path.relative_to(knowledge_dir).as_posix(),
        meta=_to_meta(path, meta),
        text=text,
        content_hash=hashlib.sha256(
            text.encode() + repr(sorted(meta.items())).encode()
        ).hexdigest()[:32],
    )


def _decode(path: Path, raw: bytes) -> str:
    if b"\x00" in raw[:4096]:
        raise SourceError(path, "looks like binary data, not text (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"is not valid UTF-8 (byte {exc.start}): save it as UTF-8") from exc
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 200):
        raise SourceError(path, "looks like binary data, not text (many control characters)")
    return text


def _read_text(path: Path, text: str) -> tuple[str, dict[str, Any]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n"):
            raise SourceError(path, "front matter starts with '---' but has no closing '---' line")
        return text, {}
    return text[match.end() :], _parse_yaml(path, match.group(1), "front matter")


def _read_html(path: Path, html: str) -> tuple[str, dict[str, Any]]:
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_precision=True
    )
    if not text:
        raise SourceError(path, "no article text could be found in this HTML page")
    meta: dict[str, Any] = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        for key, value in (
            ("title", doc.title),
            ("publisher", doc.sitename),
            ("date", doc.date),
            ("url", doc.url),
        ):
            if value:
                meta[key] = value
    return text, meta


def _read_pdf(path: Path, raw: bytes) -> tuple[str, dict[str, Any]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise SourceError(path, f"is not a readable PDF ({exc})") from exc
    meta: dict[str, Any] = {}
    if info is not None:
        if info.title:
            meta["title"] = str(info.title)
        if info.author:
            meta["publisher"] = str(info.author)
        created = info.get("/CreationDate")
        if isinstance(created, str) and (found := re.match(r"D:(\d{4})(\d{2})?(\d{2})?", created)):
            meta["date"] = "-".join(part for part in found.groups() if part)
    return _drop_running_lines(pages), meta


def _drop_running_lines(pages: list[str]) -> str:
    """Remove page headers and footers: lines that recur on most pages of a long PDF."""
    if len(pages) < 3:
        return "\n\n".join(pages)
    counts: dict[str, int] = {}
    for page in pages:
        for line in {ln.strip() for ln in page.splitlines() if ln.strip()}:
            key = re.sub(r"\d+", "#", line)
            counts[key] = counts.get(key, 0) + 1
    running = {key for key, n in counts.items() if n > len(pages) // 2}
    kept = [
        "\n".join(ln for ln in page.splitlines() if re.sub(r"\d+", "#", ln.strip()) not in running)
        for page in pages
    ]
    return "\n\n".join(kept)


def _side_file(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name.split(".")[0] + SIDE_SUFFIX)
    if not side.exists():
        return {}
    try:
        return _parse_yaml(side, side.read_text(encoding="utf-8"), "metadata file")
    except UnicodeDecodeError as exc:
        raise SourceError(side, "is not valid UTF-8") from exc


def _parse_yaml(path: Path, text: str, what: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise SourceError(path, f"its {what} is not valid YAML{where}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(path, f"its {what} must be a mapping of keys such as title: and date:")
    unknown = set(data) - _META_KEYS - {"id"}
    if unknown:
        raise SourceError(path, f"its {what} has unknown keys: {', '.join(sorted(unknown))}")
    return dict(data)


def _to_meta(path: Path, meta: dict[str, Any]) -> SourceMeta:
    values: dict[str, Any] = {}
    for key, value in meta.items():
        if key == "date_approximate":
            values[key] = bool(value)
        elif value is not None:
            values[key] = str(value).strip()
    if "url" in values and not re.match(r"https?://", values["url"]):
        raise SourceError(path, f"url {values['url']!r} must start with http:// or https://")
    if "force" in values:
        # "Avon and Somerset Police" is the force questions call Avon and Somerset Constabulary
        named = find_forces(values["force"], question=True)
        values["force"] = named[0] if len(named) == 1 else values["force"]
    return SourceMeta(**values)
