"""Evaluation task ``event-dates``: does the pipeline give an event the date the text gives it? (TempEval-3 TBAQ)

TimeML marks events (``<EVENT>``), time expressions (``<TIMEX3>``) and the
temporal links between them (``<TLINK>``). The gold items are the events
*dated by a time expression of the text*: an event with a link that puts
it inside a DATE or TIME expression of ``<TEXT>`` whose value is a calendar
range. The link relations read as "inside" are, from the event's side,
``IS_INCLUDED``, ``DURING``, ``SIMULTANEOUS``, ``IDENTITY``, ``BEGINS`` and
``ENDS`` (a link written from the time's side is inverted first:
``INCLUDES`` from the time is ``IS_INCLUDED`` from the event). Links to the
document creation time are left out: the DCT is the report date, the
fallback of an event the text does not date. ``BEFORE``/``AFTER`` and the
links where the event outlasts the time (``INCLUDES``, ``BEGUN_BY``,
``ENDED_BY`` from the event's side) do not date the event.

For each gold event, the event's word is looked up in the parsed text and
the code stage's dating (:func:`tidings.code._event_support.event_date_for`,
anchored at the DCT, the trigger as its own anchor) gives its own date or
none. Figures:

- ``own_date_rate``: share of gold events given an own date;
- ``accuracy``: share of gold events whose own date lies inside the linked
  time expression's range, at the gold's granularity (a day inside a gold
  month is right, a month for a gold day is not); with several links, any
  one may match;
- ``precision``: ``accuracy`` among the events given an own date.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from . import EvalResult, task
from .dates import _sample, load_tml, tbaq_files

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DATING_RELATIONS", "gold_dated_events", "evaluate_event_dates"]

# from the event's side: the event lies inside the time expression
DATING_RELATIONS = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"})
_INVERSE = {
    "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "DURING": "DURING_INV", "DURING_INV": "DURING",
    "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
    "BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
    "SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "IDENTITY",
}


def _granularity(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value.split("T")[0]), "other")


def gold_dated_events(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of a :func:`load_tml` document dated by a time expression of its text, each with its timexes.

    Returns ``{"eid", "start", "end", "text", "timexes": [{"tid", "value", "text", "start", "end", "range"}]}``
    in text order; ``range`` is the timex's ``(first day, last day)`` anchored at the DCT.
    """
    from ..code.time import timex_to_range

    timexes = {g["tid"]: g for g in doc["gold"] if g.get("tid") and g.get("type") in {"DATE", "TIME"}}
    events = {e["eid"]: e for e in doc["events"]}
    linked: dict[str, list[dict[str, Any]]] = {}
    for link in doc["tlinks"]:
        rel = link["rel"] if link["from"] == "event" else _INVERSE.get(link["rel"], "")
        timex = timexes.get(link["time"])
        eid = doc["instances"].get(link["event"])
        if rel not in DATING_RELATIONS or timex is None or eid not in events:
            continue
        rng = timex_to_range(str(timex["value"]), anchor=doc["anchor"])
        if rng is None:
            continue
        entry = {"tid": timex["tid"], "value": timex["value"], "text": timex["text"], "start": timex["start"],
                 "end": timex["end"], "range": (rng[0].isoformat(), rng[1].isoformat())}
        if all(t["tid"] != entry["tid"] for t in linked.setdefault(str(eid), [])):
            linked[str(eid)].append(entry)
    out = [{**events[eid], "timexes": tx} for eid, tx in linked.items()]
    return sorted(out, key=lambda e: (e["start"], e["eid"]))


def _pipeline() -> "Language":
    """The tidings pipeline for the default options (its parser reads the text, its context the time words)."""
    from ..code.pipeline import get_pipeline

    return get_pipeline()


@task("event-dates", data="tempeval3-train",
      help="events' own dates against TBAQ event-timex links (share dated, accuracy, precision at the gold's granularity)")
def evaluate_event_dates(path: Path, *, limit: Optional[int] = None) -> EvalResult:
    """The code stage's own date of every TBAQ event a TLINK puts inside a DATE/TIME expression of the text."""
    from ..code._event_support import event_date_for, narrative_date_for
    from ..code.pipeline import coding_context

    nlp = _pipeline()
    context = coding_context(nlp)
    components = [proc for name, proc in nlp.pipeline if not name.startswith("tidings_")]  # the model's parser only
    files = _sample(tbaq_files(Path(path)), limit)
    n = dated = right = 0
    told = told_right = 0  # events with no own date that the day of the episode they continue dates (basis "narrative")
    by_granularity: Counter[str] = Counter()
    right_by_granularity: Counter[str] = Counter()
    undated: Counter[str] = Counter()  # gold events left without an own date: is the linked timex in their sentence?
    errors: list[dict[str, Any]] = []
    for f in files:
        doc_gold = load_tml(f)
        events = gold_dated_events(doc_gold)
        if not events:
            continue
        doc = nlp.make_doc(doc_gold["text"])
        for proc in components:
            doc = proc(doc)
        for ev in events:
            span = doc.char_span(ev["start"], ev["end"], alignment_mode="expand")
            if span is None:
                continue
            n += 1
            grain = _granularity(str(ev["timexes"][0]["value"]))
            by_granularity[grain] += 1
            tok = span.root
            got = event_date_for(doc, tok.sent, tok, tok, context=context, published=doc_gold["anchor"])
            if got is None:
                narrative = narrative_date_for(doc, tok.sent, tok, context=context, published=doc_gold["anchor"])
                if narrative is not None:
                    told += 1
                    lo_n, hi_n = str(narrative.get("start")), str(narrative.get("end") or narrative.get("start"))
                    told_right += any(lo <= lo_n and hi_n <= hi for lo, hi in (t["range"] for t in ev["timexes"]))
                same = any(tok.sent.start_char <= t["start"] < tok.sent.end_char for t in ev["timexes"])
                undated["same sentence" if same else "other sentence"] += 1
                errors.append({"doc": doc_gold["id"], "kind": "undated", "event": ev["text"], "same_sentence": same,
                               "gold": [t["value"] for t in ev["timexes"]], "gold_text": [t["text"] for t in ev["timexes"]]})
                continue
            dated += 1
            start, end = str(got.get("start")), str(got.get("end") or got.get("start"))
            if any(lo <= start and end <= hi for lo, hi in (t["range"] for t in ev["timexes"])):
                right += 1
                right_by_granularity[grain] += 1
            else:
                errors.append({"doc": doc_gold["id"], "kind": "wrong", "event": ev["text"], "date": [start, end],
                               "date_text": got.get("text"), "gold": [t["value"] for t in ev["timexes"]],
                               "gold_text": [t["text"] for t in ev["timexes"]]})
    figures = {
        "own_date_rate": dated / n if n else 0.0,
        "accuracy": right / n if n else 0.0,
        "precision": right / dated if dated else 0.0,
        # own dates and, for events with none, the narrative's day (not an own date: the real-news gold never copies a
        # date from another sentence, TimeML links do)
        "with_narrative_rate": (dated + told) / n if n else 0.0,
        "with_narrative_accuracy": (right + told_right) / n if n else 0.0,
        "with_narrative_precision": (right + told_right) / (dated + told) if dated + told else 0.0,
    }
    counts = {"documents": len(files), "events": n, "dated": dated, "right": right, "narrative_dated": told, "narrative_right": told_right,
              **{f"events_{g}": c for g, c in sorted(by_granularity.items())},
              **{f"right_{g}": c for g, c in sorted(right_by_granularity.items())},
              "undated_timex_in_sentence": undated["same sentence"], "undated_timex_elsewhere": undated["other sentence"]}
    return EvalResult(task="event-dates", figures=figures, counts=counts, data=str(path),
                      notes=["gold: TBAQ events a TLINK puts inside a DATE/TIME TIMEX3 of <TEXT> "
                             f"({', '.join(sorted(DATING_RELATIONS))} from the event's side; DCT links left out); anchor = DCT"],
                      errors=errors)
