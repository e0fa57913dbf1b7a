from __future__ import annotations

from index.passages import MAX_PASSAGE_CHARS, passages, sentence_spans


def test_offsets_are_exact_and_abbreviations_do_not_split() -> None:
    text = "Sgt. Blood was fired. Dr. Smith said 1.6% of cases\ncharged. A new line starts here."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Sgt. Blood was fired.",
        "Dr. Smith said 1.6% of cases\ncharged.",
        "A new line starts here.",
    ]


def test_a_line_break_ends_a_heading() -> None:
    text = "Data\nThe number was 1,492.\nWatershed Moment"
    texts = [p.text for p in passages("s", text)]
    assert texts == ["Data", "The number was 1,492.", "Watershed Moment"]


def test_a_sentence_leaning_on_the_last_carries_it_as_context() -> None:
    text = "There were 18,000 cases in ten years.\n\nOf those, there were 1,571 cases in 2022."
    second = passages("s", text)[1]
    assert second.text.startswith("Of those")
    assert text[second.quote_start : second.end] == text


def test_an_attribution_line_is_not_leaned_on() -> None:
    text = "— Someone (@someone) 9 November 2018\nIn the same month a sergeant was fired."
    assert passages("s", text)[1].context_start is None


def test_long_sentences_are_cut_at_clauses() -> None:
    text = ", ".join(f"clause number {i} about officers" for i in range(60)) + "."
    pieces = passages("s", text)
    assert len(pieces) > 1
    assert all(len(p.text) <= MAX_PASSAGE_CHARS and text[p.start : p.end] == p.text for p in pieces)
