"""Ingestion: metadata, furniture removal, every format, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.cleaning import clean_text
from index.errors import SourceError
from index.sources import load, load_all

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "knowledge" / "sources" / "seeds"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / "sources" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seeds_load_with_curated_metadata() -> None:
    sources = {s.id: s for s in load_all(ROOT / "knowledge")}
    assert set(sources) == {p.stem for p in SEEDS.glob("*.txt")}
    observer = sources["001_22b8a23762c7f0ec"].meta
    assert (observer.publisher, observer.date, observer.kind) == (
        "The Observer", "2021-03-21", "news",
    )  # fmt: skip
    eye = sources["002_9eb077137e4b42bd"].meta
    assert eye.url and eye.url.startswith("https://theeyeofmedia.com/")
    assert eye.date_approximate


def test_cleaned_text_keeps_published_lines_exactly() -> None:
    for source in load_all(ROOT / "knowledge"):
        raw = (ROOT / "knowledge" / source.path).read_text(encoding="utf-8")
        for line in source.text.splitlines():
            assert line in raw, f"{source.id}: {line[:60]!r} is not in the capture"


@pytest.mark.parametrize(
    ("source_id", "furniture"),
    [
        ("003_1788bab0e14aca4f", "Leave this site"),
        ("003_1788bab0e14aca4f", "We use some essential cookies"),
        ("003_1788bab0e14aca4f", "Sorry, there was a technical problem"),
        ("002_9eb077137e4b42bd", "Spread the news"),
        ("002_9eb077137e4b42bd", "Leave a Reply"),
        ("002_9eb077137e4b42bd", "Your email address will not be published"),
        ("002_9eb077137e4b42bd", "Akismet"),
        ("004_1db11a1cb89107fc", "Free from fear or favour"),
        ("004_1db11a1cb89107fc", "Photo: Alex Segre/Alamy"),
        ("004_1db11a1cb89107fc", "Help expose the big scandals"),
    ],
)
def test_page_furniture_is_removed(source_id: str, furniture: str) -> None:
    source = next(s for s in load_all(ROOT / "knowledge") if s.id == source_id)
    assert furniture not in source.text
    assert furniture in (ROOT / "knowledge" / source.path).read_text(encoding="utf-8")


def test_links_to_other_stories_are_removed() -> None:
    raw = (
        "Two Durham officers were dismissed after the claims, the force said.\n"
        "Read more: The police officers dismissed in Durham, Teesside and North Yorkshire\n"
        "READ MORE\n"
        "Related articles about the force followed in 2022.\n"
    )
    assert clean_text(raw).splitlines() == [
        "Two Durham officers were dismissed after the claims, the force said.",
        "Related articles about the force followed in 2022.",  # a sentence, not a link
    ]


def test_repeated_headline_is_kept_once() -> None:
    sources = {s.id: s for s in load_all(ROOT / "knowledge")}
    byline = sources["004_1db11a1cb89107fc"].text
    assert byline.count("Three-Quarters of Police Officers Guilty of Gross Negligence") == 1
    eye = sources["002_9eb077137e4b42bd"].text
    assert eye.count("Met Police Discloses Unsettling Array") == 1
    # the article's own sentences are all still there
    assert "The number of officers accused of a sexual allegation" in eye


def test_front_matter_and_side_file(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "news/x.md",
        "---\ntitle: A title\npublisher: A paper\ndate: 2023-05-01\n---\n"
        "There were 12 complaints against officers of the force in 2022, the paper found.\n",
    )
    source = load(doc, tmp_path)
    assert source.id == "x" and source.meta.title == "A title" and source.meta.date == "2023-05-01"
    assert not source.text.startswith("---")
    write(tmp_path, "news/x.meta.yaml", "id: renamed\npublisher: Another paper\n")
    source = load(doc, tmp_path)
    assert (source.id, source.meta.publisher, source.meta.title) == (
        "renamed", "Another paper", "A title",
    )  # fmt: skip


def test_html_main_content_and_metadata(tmp_path: Path) -> None:
    article = " ".join(
        f"Paragraph {i}: the force said {i * 7} officers were investigated for misconduct."
        for i in range(1, 6)
    )
    html = f"""<html><head><title>Officers investigated - The Paper</title>
    <meta property="og:site_name" content="The Paper">
    <meta property="article:published_time" content="2024-02-03"></head>
    <body><nav>Home | News | Sport</nav>
    <div class="cookie">We use cookies to improve your experience. Accept cookies</div>
    <article><h1>Officers investigated</h1><p>{article}</p>
    <p>A spokesperson said the figures covered the period from 2019 to 2023 in full.</p></article>
    <footer>Share this article on Facebook</footer></body></html>"""
    source = load(write(tmp_path, "page.html", html), tmp_path)
    assert "35 officers were investigated" in source.text
    assert "Home | News" not in source.text and "Accept cookies" not in source.text
    assert source.meta.publisher == "The Paper"
    assert source.meta.date == "2024-02-03"


def test_pdf_text_and_document_info(tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["pdf.fonttype"] = 42
    fig = plt.figure(figsize=(8.5, 11))
    fig.text(0.1, 0.8, "In 2021 there were 45 allegations against officers.", fontsize=12)
    fig.text(0.1, 0.7, "Of these, 12 were upheld after investigation.", fontsize=12)
    path = tmp_path / "sources" / "foi.pdf"
    path.parent.mkdir(parents=True)
    info = {"Title": "FOI response 2022/123", "Author": "A Force"}
    fig.savefig(path, format="pdf", metadata=info)
    plt.close(fig)
    source = load(path, tmp_path)
    assert "45 allegations against officers" in source.text
    assert source.meta.title == "FOI response 2022/123"
    assert source.meta.publisher == "A Force"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", "", "empty"),
        ("junk.txt", bytes(range(256)) * 40, "binary"),
        ("latin.txt", "caf\xe9 officers".encode("latin-1") * 20, "UTF-8"),
        ("bad.md", "---\ntitle: [unclosed\n---\nSome text about officers here.\n", "YAML"),
        ("open.md", "---\ntitle: x\nno closing line\n", "closing"),
        ("keys.md", "---\nheadline: x\n---\n" + "Officers were accused. " * 5, "unknown keys"),
        ("short.txt", "Cookie settings\n", "no readable text"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "PDF"),
    ],
)
def test_bad_files_get_an_error_naming_them(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(SourceError) as caught:
        load(path, tmp_path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    text = "The force said 12 officers were accused of misconduct in 2022, a rise on 2021.\n"
    write(tmp_path, "a/same.txt", text)
    write(tmp_path, "b/same.md", text)
    with pytest.raises(SourceError, match="already used"):
        list(load_all(tmp_path))


def test_a_force_named_in_metadata_is_read_as_the_force_questions_name(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    front = "---\ntitle: T\nforce: Avon and Somerset Police\n---\n\n"
    body = "Complaints were made about the officers of the force over the years, it says.\n"
    (sources / "a.md").write_text(front + body, encoding="utf-8")
    assert load(sources / "a.md", tmp_path).meta.force == "Avon and Somerset Constabulary"
