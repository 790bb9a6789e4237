"""Server-rendered SVG figures (no JavaScript, nothing fetched): timeline and actor network.

Every piece of text that comes from articles is escaped.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Iterable, Optional
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from .._types import Event, StatusEntry
from ..time import is_own_date, parse_day
from .axis import ticks

STATUS_COLOURS: dict[str, str] = {
    "confirmed": "#1b7837",
    "reported": "#5aae61",
    "unconfirmed": "#f1a340",
    "disputed": "#c51b7d",
    "denied": "#b2182b",
    "refuted": "#6a3d9a",
    "forecast": "#2166ac",
    "hypothetical": "#92c5de",
}
QUAD_COLOURS = {0: "#888888", 1: "#4393c3", 2: "#2166ac", 3: "#f4a582", 4: "#b2182b"}


def _d(value: Optional[str]) -> Optional[date]:
    """First day of an ISO date or partial date (tidings.time's policy); None when empty or unreadable."""
    return parse_day(value)


def event_label(event: Event, width: int = 60) -> str:
    """A short human label: 'Source: cameo label → Target'."""
    t = event.get("type") or {}
    src = (event.get("source") or {}).get("name")
    tgt = (event.get("target") or {}).get("name")
    what = (t.get("cameo_label") or t.get("cameo") or "event").lower()
    label = f"{src}: {what}" if src else what[:1].upper() + what[1:]
    if tgt:
        label += f" → {tgt}"
    return label if len(label) <= width else label[: width - 1] + "…"


def _span(event: Event) -> tuple[Optional[date], Optional[date]]:
    dates = [_d(h.get("as_of")) for h in event.get("status_history") or []]
    dates += [_d(m.get("published")) for m in event.get("mentions") or []]
    d = event.get("date") or {}
    dates += [_d(d.get("start")), _d(d.get("end"))]
    known = [x for x in dates if x is not None]
    return (min(known), max(known)) if known else (None, None)


def timeline_svg(events: Iterable[Event], *, width: int = 900, row: int = 26, link: Optional[str] = None,
                 max_rows: int = 60) -> str:
    """One row per event: its status over time as coloured segments, a diamond on the event's own date.

    ``link`` is a format string such as ``"/events/{id}"`` to make rows clickable.
    """
    rows: list[tuple[Event, date, date]] = []
    for e in events:
        first, last = _span(e)
        if first is not None and last is not None:
            rows.append((e, first, last))
    rows.sort(key=lambda r: (r[1], r[0].get("id") or ""))
    rows = rows[:max_rows]
    if not rows:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="30" role="img"><text x="4" y="20">No dated events.</text></svg>'
    lo = min(first for _, first, _ in rows)
    hi = max(last for _, _, last in rows)
    hi = max(hi, lo + timedelta(days=1))
    left, right, top = 300, 50, 30
    plot = width - left - right
    total = (hi - lo).days + 1

    def x(d: date) -> float:
        return left + plot * ((d - lo).days / total)

    height = top + row * len(rows) + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="{"group" if link else "img"}" aria-label="Timeline of events by status">']
    for t in ticks(lo, hi, plot):  # as many as fit without overlapping labels
        tx = left + t.x
        out.append(f'<line x1="{tx:.1f}" y1="{top - 8}" x2="{tx:.1f}" y2="{height - 35}" stroke="#ddd"/>')
        out.append(f'<text class="tick-label" x="{tx:.1f}" y="{top - 12}" font-size="11" text-anchor="middle">{escape(t.label)}</text>')
    for i, (e, first, last) in enumerate(rows):
        y = top + i * row
        label = escape(event_label(e, 48))
        eid = e.get("id") or ""
        open_a, close_a = "", ""
        if link:
            open_a, close_a = f'<a href={quoteattr(link.format(id=quote(eid, safe="")))} class="event-link" data-event={quoteattr(eid)}>', "</a>"
        out.append(f'<g class="event-row" data-status={quoteattr(e.get("status") or "")}>{open_a}'
                   f'<text x="4" y="{y + 16}" font-size="12">{label}</text>{close_a}')
        history: list[tuple[date, StatusEntry]] = [(when, h) for h in e.get("status_history") or [] if (when := _d(h.get("as_of"))) is not None]
        history.sort(key=lambda step: step[1]["as_of"] or "")
        if not history:
            history = [(first, {"status": e.get("status") or "reported", "as_of": first.isoformat(), "by": None})]
        end_all = last + timedelta(days=1)
        for j, (s, h) in enumerate(history):
            nxt = history[j + 1][0] if j + 1 < len(history) else end_all
            colour = STATUS_COLOURS.get(h.get("status"), "#999")
            title = escape(f'{h.get("status")} from {h.get("as_of")}' + (f' by {h["by"]}' if h.get("by") else ""))
            w = max(3.0, x(nxt) - x(s))
            out.append(f'<rect class="status-seg" x="{x(s):.1f}" y="{y + 5}" width="{w:.1f}" height="14" rx="3" '
                       f'fill="{colour}"><title>{title}</title></rect>')
        own = e.get("date") or {}
        ed = _d(own.get("start")) if is_own_date(own) else None
        if ed:
            cx, cy = x(ed), y + 12
            out.append(f'<path d="M{cx:.1f},{cy - 7} l6,7 l-6,7 l-6,-7 z" fill="#222"><title>event date {ed}</title></path>')
        out.append("</g>")
    ly = height - 18
    lx = 4
    for status, colour in STATUS_COLOURS.items():
        out.append(f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{lx + 16}" y="{ly}" font-size="11">{status}</text>')
        lx += 20 + 7 * len(status) + 14
    out.append("</svg>")
    return "".join(out)


def network_svg(events: Iterable[Event], *, size: int = 520, max_nodes: int = 24, link: Optional[str] = None) -> str:
    """Actors on a circle; an edge per source-target pair, width by event count, colour by dominant quad class."""
    pairs: Counter[tuple[str, str]] = Counter()
    quads: defaultdict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    weight: Counter[str] = Counter()
    names: dict[str, str] = {}
    for e in events:
        s, t = e.get("source"), e.get("target")
        if not s or not t:
            continue
        a = s.get("code") or s.get("name")
        b = t.get("code") or t.get("name")
        if not a or not b or a == b:
            continue
        names.setdefault(a, s.get("name") or a)
        names.setdefault(b, t.get("name") or b)
        key = (a, b) if a <= b else (b, a)
        pairs[key] += 1
        quads[key][(e.get("type") or {}).get("quad_class", 0)] += 1
        weight[a] += 1
        weight[b] += 1
    nodes = [n for n, _ in weight.most_common(max_nodes)]
    if not nodes:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="30" role="img"><text x="4" y="20">No actor pairs.</text></svg>'
    c = size / 2
    r = size / 2 - 90
    pos = {n: (c + r * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               c + r * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2)) for i, n in enumerate(nodes)}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="network" width="{size}" height="{size}" '
           f'viewBox="0 0 {size} {size}" role="{"group" if link else "img"}" aria-label="Actor network">']  # links inside: a group, not an image
    for (a, b), count in pairs.items():
        if a not in pos or b not in pos:
            continue
        quad = quads[(a, b)].most_common(1)[0][0]
        (x1, y1), (x2, y2) = pos[a], pos[b]
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{QUAD_COLOURS.get(quad, "#888")}" '
                   f'stroke-width="{min(10, 1 + count)}" opacity="0.7"><title>{escape(names[a])} – {escape(names[b])}: {count} events</title></line>')
    for n in nodes:
        x, y = pos[n]
        label = escape(names[n] if len(names[n]) < 28 else names[n][:27] + "…")
        anchor = "start" if x >= c else "end"
        dx = 9 if x >= c else -9
        node = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + min(10, weight[n])}" fill="#444"/>'
                f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" font-size="11" text-anchor="{anchor}">{label}</text>')
        if link:
            node = f'<a href={quoteattr(link.format(id=quote(n, safe="")))}>{node}</a>'
        out.append(node)
    out.append("</svg>")
    return "".join(out)
