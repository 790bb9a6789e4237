"""Properties of read_article on arbitrary text: only ReadErrors, consistent offsets, stable ids."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings import ReadError
from tidings.read import document_id, read_article

LINES = st.sampled_from(
    [
        "Talks Set to Resume",
        "By Ana Lima",
        "March 27, 2018",
        "Share this story",
        "Leave a Reply",
        "Subscribe now",
        "(JANE ROE/AFP/Getty Images)Troops crossed the river at dawn, witnesses said.",
        "Officials said on Tuesday that talks would resume next week after a long pause.",
        "The previous round collapsed in March after both sides accused each other of violations.",
        "Editor's Note: Since this article published, the talks were confirmed.",
        "The Big Picture",
        "  • A bullet point that summarises the analysis in one sentence.",
        "",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, min_size=1, max_size=14), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_offsets_and_ids_hold_for_any_arrangement(lines, sep):
    raw = sep.join(lines)
    try:
        doc = read_article(raw)
    except ReadError:
        return
    for r in doc["removed"]:
        assert doc["raw"][r["start"]:r["end"]] == r["text"]
    for u in doc["updates"]:
        assert doc["text"][u["start"]:u["end"]] == u["text"]
    assert doc["id"] == document_id(doc["text"])
    assert "\n\n\n" not in doc["text"] and doc["text"] == doc["text"].strip()


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_any_text_is_read_or_refused_with_a_read_error(text):
    try:
        doc = read_article(text)
    except ReadError:
        return
    assert isinstance(doc["text"], str) and doc["text"]
