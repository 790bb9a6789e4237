"""Highlighting: the actor, event, date, place and source spans of an evidence sentence; the matches of a search."""

from __future__ import annotations

from markupsafe import Markup, escape

LABELS = {
    "trigger": "event",
    "source": "source actor",
    "target": "target actor",
    "date": "date",
    "location": "place",
    "cited_source": "cited source",
}


def highlight(sentence: str, sentence_start: int, spans: dict[str, list[int]] | None) -> Markup:
    """Escape ``sentence`` and wrap each field's span in ``<mark class="span-FIELD">``.

    ``spans`` holds document offsets; ``sentence_start`` is the sentence's
    offset in the same document. Spans outside the sentence are ignored;
    where two overlap, the one that starts first (then the longer) wins.
    """
    items = []
    for name, se in (spans or {}).items():
        if not se or len(se) != 2 or se[0] is None or se[1] is None:
            continue
        s, e = se[0] - sentence_start, se[1] - sentence_start
        if 0 <= s < e <= len(sentence):
            items.append((s, -(e - s), e, name))
    items.sort()
    out, pos = [], 0
    for s, _, e, name in items:
        if s < pos:
            continue
        out.append(escape(sentence[pos:s]))
        label = LABELS.get(name, name)
        out.append(Markup('<mark class="span-{0}" title="{1}">').format(name, label))
        out.append(escape(sentence[s:e]))
        out.append(Markup("</mark>"))
        pos = e
    out.append(escape(sentence[pos:]))
    return Markup("").join(out)


def mark_spans(text: str, spans: list[list[int]] | None, css: str = "hit") -> Markup:
    """Escape ``text`` and wrap each ``[start, end]`` span (character offsets into it) in ``<mark class="css">``.

    Spans out of range or overlapping one already marked are skipped; the
    text itself is never changed, so no marker characters are added.
    """
    out, pos = [], 0
    for se in sorted(s for s in spans or [] if isinstance(s, (list, tuple)) and len(s) == 2):
        s, e = int(se[0]), int(se[1])
        if s < pos or not 0 <= s < e <= len(text):
            continue
        out += [escape(text[pos:s]), Markup('<mark class="{0}">').format(css), escape(text[s:e]), Markup("</mark>")]
        pos = e
    out.append(escape(text[pos:]))
    return Markup("").join(out)
