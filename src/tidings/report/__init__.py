"""Stage `report`: a situation report in Markdown or self-contained HTML.

For a story or a filter: key developments with status and sources, what is
confirmed versus reported versus disputed, open questions, forecasts and how
they resolved, a timeline and an actor network figure (inline SVG), and a
sources appendix with links. The HTML file embeds everything it needs and
fetches nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional

import jinja2

from .._types import Document, Event
from ..fuse.forecasts import forecast_scores, icd203_band
from .figures import STATUS_COLOURS, event_label, network_svg, timeline_svg
from .salience import by_salience, event_day, event_salience, rank_stories, scores, story_salience
from .story import Window, core_window, date_label, lede, split_background
from .timeline import story_timeline_svg

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Report", "build_report", "render", "report_from_store", "timeline_svg", "network_svg", "event_label",
           "story_timeline_svg", "core_window", "Window", "lede", "by_salience", "event_salience", "scores", "story_salience",
           "rank_stories", "safe_url", "forecast_rows"]

GROUPS = (
    ("confirmed", "Confirmed"),
    ("reported", "Reported (single or named source, not confirmed)"),
    ("unconfirmed", "Unconfirmed (anonymous or hedged)"),
    ("disputed", "Disputed or denied"),
)


@dataclass
class Report:
    """The content of a situation report, ready for :func:`render`."""

    title: str
    generated: str
    period: tuple[Optional[str], Optional[str]]
    events: list[Event]
    groups: dict[str, list[Event]]
    open_questions: list[dict[str, Any]]
    forecasts: list[Event]
    sources: list[dict[str, Any]]
    stories: list[dict[str, Any]] = field(default_factory=list)
    timeline: str = ""
    network: str = ""
    window: Optional[Window] = None
    outliers: list[Event] = field(default_factory=list)  # real events outside the timeline's window
    lede: Optional[str] = None
    salience: dict[str, float] = field(default_factory=dict)
    forecast_rows: list[dict[str, Any]] = field(default_factory=list)  # one per forecast: see :func:`forecast_rows`
    forecast_scores: dict[str, Any] = field(default_factory=dict)  # :func:`~tidings.fuse.forecasts.forecast_scores`


def safe_url(url: Any) -> Optional[str]:
    """``url`` when it is an absolute http(s) address, else None (``javascript:``, ``data:`` and the like are never links)."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    scheme = text.split(":", 1)[0].casefold() if ":" in text else ""
    if scheme not in ("http", "https") or not text[len(scheme) + 1:].startswith("//"):
        return None
    if any(ord(c) < 32 or c.isspace() for c in text):
        return None
    return text


def _sources_of(event: Event) -> list[str]:
    """How each independent source reached the event ("Outlet, citing X (anonymous)")."""
    out: list[str] = []
    for src in event.get("sources") or []:  # fused events name their sources and chains
        for via in src.get("via") or [src.get("source")]:
            if via and via not in out:
                out.append(via)
    if out:
        return out
    for m in event.get("mentions") or []:
        cited = m.get("cited_source") or {}
        name = m.get("outlet") or "unknown outlet"
        if cited.get("name"):
            basis = cited["name"] + (" (anonymous)" if cited.get("anonymous") else "")
            name = f"{name}, citing {basis}"
        if name not in out:
            out.append(name)
    return out


#: A forecast's deadline basis in words.
DEADLINE_BASIS = {"stated": "stated", "implied": "implied", "none": "none: open until a horizon is set"}


def forecast_rows(forecasts: Iterable[Event]) -> list[dict[str, Any]]:
    """What the report says of each forecast: label, forecaster, probability and its ICD 203 band, deadline and basis, resolution and evidence."""
    rows = []
    for e in forecasts:
        fc: Mapping[str, Any] = e.get("forecast") or {}
        basis = fc.get("deadline_basis") or ("stated" if fc.get("deadline") else "none")
        evidence: Mapping[str, Any] = fc.get("evidence") or {}
        resolution = fc.get("resolution") or "open"
        if resolution == "came_true":
            event = evidence.get("event") or fc.get("resolved_by")
            sources = ", ".join(evidence.get("sources") or [])
            said = f"event {event}" + (f" on {evidence['event_date']}" if evidence.get("event_date") else "") + (f", reported by {sources}" if sources else "")
        elif resolution == "did_not_happen":
            covered = evidence.get("covered_by") or []
            said = f"past {evidence.get('deadline') or fc.get('deadline') or 'the deadline'}" + (
                f"; {len(covered)} later document{'s' if len(covered) != 1 else ''} cover its actors" if covered else "")
        else:
            said = None
        prob = fc.get("probability")
        rows.append({
            "event": e.get("id"), "label": event_label(e, 120), "forecaster": fc.get("forecaster"),
            "probability": prob, "band": icd203_band(prob) if prob is not None else None, "question": bool(fc.get("question")),
            "deadline": fc.get("deadline"), "deadline_basis": basis, "deadline_basis_text": DEADLINE_BASIS.get(basis, basis),
            "resolution": resolution, "evidence": said, "evidence_event": evidence.get("event") or fc.get("resolved_by"),
            "restates": fc.get("restates"),
        })
    return rows


def build_report(events: Iterable[Event], *, documents: Mapping[str, Document] | None = None,
                 stories: Iterable[dict[str, Any]] = (), title: Optional[str] = None, brier_min_forecasts: int = 5) -> Report:
    """Assemble the report's content from fused events and their documents.

    Brier scores per forecaster are given only from ``brier_min_forecasts``
    resolved forecasts on (the setting of that name).
    """
    documents = dict(documents or {})
    events = list(events)
    salience = scores(events)
    events = by_salience(events)
    real = [e for e in events if e.get("status") not in ("forecast", "hypothetical")]
    forecasts = [e for e in events if e.get("status") == "forecast" or e.get("forecast")]
    groups: dict[str, list[Event]] = {k: [] for k, _ in GROUPS}
    for e in real:
        status = e.get("status")
        if status is None:
            continue
        key = "disputed" if status in ("disputed", "denied") else status
        groups.setdefault(key, []).append(e)
    questions: list[dict[str, Any]] = []
    for e in real:
        if e.get("status") in ("unconfirmed", "disputed", "denied"):
            questions.append({"event": e, "question": f"Did this happen: {event_label(e, 200)}?"})
        for rival in e.get("rival_claims") or []:
            if not rival.get("refuted"):
                claim = rival.get("claim") or rival.get("text")
                against = f" instead of {rival['against']}" if rival.get("against") else ""
                who = f" ({rival['by']})" if rival.get("by") else ""
                questions.append({"event": e, "question": f"Open rival claim about {event_label(e, 120)}: {claim}{against}{who}"})
    used_docs: list[dict[str, Any]] = []
    seen: set[str] = set()
    for e in events:
        for m in e.get("mentions") or []:
            d = m.get("document")
            if d and d not in seen:
                seen.add(d)
                doc = documents.get(d, {})
                used_docs.append({
                    "id": d, "title": doc.get("title"), "outlet": doc.get("outlet") or m.get("outlet"),
                    "original_outlet": doc.get("original_outlet"), "author": doc.get("author"),
                    "published": doc.get("published") or m.get("published"), "url": doc.get("url"),
                    "duplicate_of": doc.get("duplicate_of"),
                })
    used_docs.sort(key=lambda d: (d.get("published") or "", d.get("outlet") or ""))
    starts = [s for e in real if (s := (e.get("date") or {}).get("start"))]
    ends = [s for e in real if (s := (e.get("date") or {}).get("end"))]
    stories = list(stories)
    window = core_window(events)
    outliers = sorted((e for e in real if e.get("id") in set(window.outliers)), key=lambda e: (event_day(e) or date.max, e.get("id") or "")) if window else []
    shown, background = split_background(events, window)
    lead = real[0] if real else None
    if title is None:
        title = str(stories[0]["title"]) if len(stories) == 1 and stories[0].get("title") else "Situation report"
    return Report(
        title=title,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        period=(min(starts) if starts else None, max(ends) if ends else None),
        events=events,
        groups=groups,
        open_questions=questions,
        forecasts=forecasts,
        sources=used_docs,
        stories=stories,
        timeline=story_timeline_svg(shown, window, background=background),
        network=network_svg(real),
        window=window,
        outliers=outliers,
        lede=lede(lead) if lead is not None else None,
        salience=salience,
        forecast_rows=forecast_rows(forecasts),
        forecast_scores=forecast_scores(forecasts, min_count=brier_min_forecasts),
    )


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("tidings.report", "templates"),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.globals.update(label=event_label, sources_of=_sources_of, colours=STATUS_COLOURS, safe_url=safe_url, date_label=date_label)


def _md_escape(text: Any) -> str:
    s = "" if text is None else str(text)
    for ch in "\\`*_[]<>|":
        s = s.replace(ch, "\\" + ch)
    return s


_ENV.filters["md"] = _md_escape


def render(report: Report, fmt: str = "html") -> str:
    """Render as ``"md"`` (Markdown) or ``"html"`` (one self-contained file)."""
    if fmt in ("md", "markdown"):
        return _ENV.get_template("report.md.j2").render(r=report)
    if fmt == "html":
        return _ENV.get_template("report.html").render(r=report)
    from .._errors import ConfigError

    raise ConfigError(f"unknown report format {fmt!r}; use md or html")


def report_from_store(store: "Store", *, story: Optional[str] = None, title: Optional[str] = None, **filters: Any) -> Report:
    """Build a report for one story (or for the events matching ``filters``) from a store."""
    events = list(store.iter_events(story=story, **filters))
    doc_ids = {d for e in events for m in e.get("mentions") or [] if (d := m.get("document"))}
    documents: dict[str, Document] = {}
    for d in doc_ids:
        try:
            documents[d] = store.get_document(d)
        except Exception:  # a mention whose document is gone: keep the report going
            continue
    stories = [store.get_story(story)] if story else []
    return build_report(events, documents=documents, stories=stories, title=title, brier_min_forecasts=store.options.brier_min_forecasts)
