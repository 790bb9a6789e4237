"""Coding one sentence written for a test with the session's pipeline (shared by the coding tests)."""

from __future__ import annotations

from tidings.code.mentions import events_from_doc


def coded(nlp, coding_context, text: str, published: str = "2021-06-01") -> list[dict]:
    """The event records of ``text`` as one document published on ``published``."""
    doc = nlp(text)
    return [dict(e) for e in events_from_doc(doc, {"id": "t", "text": text, "published": published, "outlet": None}, context=coding_context)]
