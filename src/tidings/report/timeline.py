"""A story's timeline as inline SVG: its own window, salient events first, background folded, claims drawn.

One row per event, in the order given (most salient first). The axis covers
the window only; what lies beyond it is drawn as an arrow at the edge with
its date (forecast horizons, later outliers), never by stretching the axis.
Each row shows the status as it changed over time (coloured segments),
each status change as a marker with who made it so, the event's own day as
a diamond, and rival claims as a marker and a line of text under the row.
Background episodes (events that ended before the window) share one band
at the bottom. The ``svg`` carries the window and the plot's geometry in
``data-`` attributes for the page's brush script.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Optional
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from .._types import Event
from ..time import BASIS_NARRATIVE, date_basis
from .axis import ticks
from .figures import STATUS_COLOURS, event_label
from .salience import day
from .story import Window, after, agent, before, day_text, event_points, is_real, own_date, shift

LEFT, RIGHT, TOP, ROW, RIVAL_ROW = 300, 120, 34, 26, 16
RIVAL_COLOUR = "#6a3d9a"


class _Scale:
    def __init__(self, window: Window, left: float, plot: float) -> None:
        self.window, self.left, self.plot = window, left, plot
        self.per_day = plot / window.days

    def x(self, day: date) -> float:
        """The x of the start of ``day``, clamped to the plot."""
        off = (day - self.window.start).days * self.per_day
        return self.left + min(max(off, 0.0), self.plot)


def _status_steps(e: Event, first: date) -> list[tuple[date, str, Optional[str]]]:
    steps = [(d, h.get("status") or "reported", h.get("by")) for h in e.get("status_history") or [] if (d := day(h.get("as_of"))) is not None]
    steps.sort(key=lambda s: s[0])
    return steps or [(first, e.get("status") or "reported", None)]


def _arrow(x: float, y: float, right: bool, label: str, cls: str) -> str:
    d = f"M{x:.1f},{y - 6} l8,6 l-8,6 z" if right else f"M{x:.1f},{y - 6} l-8,6 l8,6 z"
    tx, anchor = (x + 10, "start") if right else (x - 10, "end")
    return (f'<g class="{cls}"><path d="{d}" fill="#444"/>'
            f'<text x="{tx:.1f}" y="{y + 4}" font-size="10" text-anchor="{anchor}">{escape(label)}</text></g>')


def story_timeline_svg(events: Sequence[Event], window: Optional[Window], *, background: Sequence[Event] = (),
                       width: int = 960, link: Optional[str] = None, max_rows: int = 30) -> str:
    """The story's timeline (module text). ``events`` in display order; ``link`` e.g. ``"/events/{id}"``."""
    if window is None:
        return ('<svg xmlns="http://www.w3.org/2000/svg" class="timeline story-timeline" width="300" height="30" role="img">'
                '<text x="4" y="20">No dated events.</text></svg>')
    plot = width - LEFT - RIGHT
    sc = _Scale(window, LEFT, plot)
    rows: list[tuple[Event, list[date]]] = []
    for e in events:
        pts = event_points(e)
        if not pts:
            continue
        if is_real(e) and (before(e, window.start) or after(e, window.end)):
            continue  # outside the window: the page lists it, the background band holds the earlier ones
        if not is_real(e) and max(pts) < window.start and (day(own_date(e).get("end"), end=True) or date.min) < window.start:
            continue
        rows.append((e, pts))
    hidden = len(rows) - max_rows if len(rows) > max_rows else 0
    rows = rows[:max_rows]
    heights = [ROW + (RIVAL_ROW * len(e.get("rival_claims") or []) if e.get("rival_claims") else 0) for e, _ in rows]
    band = ROW + 22 if background else 0
    height = TOP + sum(heights) + band + 46
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline story-timeline" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="{"group" if link else "img"}" aria-labelledby="tl-title" '
           f'data-start="{window.start.isoformat()}" data-end="{window.end.isoformat()}" data-left="{LEFT}" data-plot="{plot:.1f}" '
           f'data-days="{window.days}">',
           f'<title id="tl-title">Timeline from {day_text(window.start)} to {day_text(window.end)}: '
           f'{len(rows)} events by status over time{", background episodes in a band" if background else ""}</title>']
    axis_bottom = height - 40
    out.append(f'<rect class="plot-area" x="{LEFT}" y="{TOP - 6}" width="{plot:.1f}" height="{axis_bottom - TOP + 6}" fill="#f7f7f7"/>')
    for t in ticks(window.start, window.end, plot):
        tx = LEFT + t.x
        out.append(f'<line class="tick" x1="{tx:.1f}" y1="{TOP - 6}" x2="{tx:.1f}" y2="{axis_bottom}" stroke="#d0d0d0"/>'
                   f'<text class="tick-label" x="{tx:.1f}" y="{TOP - 12}" font-size="11" text-anchor="middle">{escape(t.label)}</text>')
    y = TOP
    for (e, pts), h in zip(rows, heights):
        eid = e.get("id") or ""
        label = event_label(e, 44)
        own = day(own_date(e).get("start"))  # an event dated only by its report: no diamond, and the label says so
        if own is None:
            label += " (story date)" if date_basis(e.get("date")) == BASIS_NARRATIVE else " (report date)"
        label_svg = f'<text x="4" y="{y + 16}" font-size="12">{escape(label)}</text>'
        if link:
            label_svg = f'<a href={quoteattr(link.format(id=quote(eid, safe="")))} class="event-link" data-event={quoteattr(eid)}>{label_svg}</a>'
        out.append(f'<g class="event-row" data-event={quoteattr(eid)} data-status={quoteattr(e.get("status") or "")}>{label_svg}')
        first = min(pts)
        steps = _status_steps(e, first)
        last = max(pts)
        end_own = day(own_date(e).get("end"), end=True)
        if end_own is not None and end_own > last:
            last = end_own
        for j, (s, status, by) in enumerate(steps):
            nxt = steps[j + 1][0] if j + 1 < len(steps) else shift(max(last, s), 1)
            if nxt <= window.start or s > window.end:
                continue
            x0, x1 = sc.x(max(s, window.start)), sc.x(min(nxt, shift(window.end, 1)))
            title = f"{status} from {s.isoformat()}" + (f" by {by}" if by else "")
            out.append(f'<rect class="status-seg" x="{x0:.1f}" y="{y + 5}" width="{max(3.0, x1 - x0):.1f}" height="14" rx="3" '
                       f'fill="{STATUS_COLOURS.get(status, "#999")}"><title>{escape(title)}</title></rect>')
            if j > 0 and window.holds(s):
                cx = sc.x(s)
                out.append(f'<g class="status-change"><line x1="{cx:.1f}" y1="{y + 1}" x2="{cx:.1f}" y2="{y + 23}" stroke="#111" stroke-width="2"/>'
                           f'<title>{escape(f"{status} on {s.isoformat()}" + (f" by {by}" if by else ""))}</title></g>')
        if own is not None and window.holds(own):
            cx, cy = sc.x(own) + min(sc.per_day / 2, 8), y + 12
            out.append(f'<path class="own-date" d="M{cx:.1f},{cy - 7} l6,7 l-6,7 l-6,-7 z" fill="#222"><title>event date {own.isoformat()}</title></path>')
        beyond = end_own if end_own is not None else last
        deadline = day((e.get("forecast") or {}).get("deadline"), end=True)
        if deadline is not None and (beyond is None or deadline > beyond):
            beyond = deadline
        if beyond is not None and beyond > window.end:
            kind = "horizon" if not is_real(e) else "later"
            out.append(_arrow(LEFT + plot + 2, y + 12, True, ("by " if kind == "horizon" else "to ") + day_text(beyond, year=beyond.year != window.end.year), kind))
        if min(pts) < window.start:
            out.append(_arrow(LEFT - 2, y + 12, False, "from " + day_text(min(pts), year=min(pts).year != window.start.year), "earlier"))
        ry = y + ROW
        for rc in e.get("rival_claims") or []:
            when = day(rc.get("as_of")) or first
            rx = sc.x(when) + min(sc.per_day / 2, 8)
            refuter = agent(rc.get("refuted_by"))
            verdict = ("refuted" + (f" by {refuter}" if refuter else "")) if rc.get("refuted") else "open"
            text = f"rival claim: {rc.get('claim') or rc.get('text')}" + (f" instead of {rc['against']}" if rc.get("against") else "") + f" ({verdict})"
            room_left, room_right = int((rx - 12 - 20) / 6.2), int((width - rx - 12) / 6.2)  # characters left of the marker, right of it
            tx, room = (20.0, room_left) if room_left >= min(len(text), 60) or room_left >= room_right else (rx + 9, room_right)
            shown = text if len(text) <= room else text[: max(10, room - 1)] + "…"
            out.append(f'<g class="rival-claim"><path d="M{rx - 5:.1f},{ry - 5} l10,10 m0,-10 l-10,10" stroke="{RIVAL_COLOUR}" stroke-width="2.5"/>'
                       f'<text x="{tx:.1f}" y="{ry + 4}" font-size="11" fill="{RIVAL_COLOUR}">{escape(shown)}</text>'
                       f'<title>{escape(text + (" — claimed by " + rc["by"] if rc.get("by") else ""))}</title></g>')
            ry += RIVAL_ROW
        out.append("</g>")
        y += h
    if background:
        years = sorted({d.year for e in background for d in event_points(e)[:1]})
        span = f"{years[0]}" + (f"–{years[-1]}" if len(years) > 1 else "") if years else ""
        names = "; ".join(f"{event_label(e, 40)} ({d.year})" for e in background[:4] if (d := min(event_points(e))))
        out.append(f'<g class="background-band"><rect x="0" y="{y + 2}" width="{width}" height="{band - 4}" fill="#eeeae2"/>'
                   f'<text x="4" y="{y + 18}" font-size="12" font-weight="600">Background: {len(background)} earlier episode{"s" if len(background) != 1 else ""} ({span})</text>'
                   f'<text x="20" y="{y + 34}" font-size="11">{escape(names if len(names) < 140 else names[:139] + "…")}</text></g>')
        y += band
    if hidden:
        out.append(f'<text x="4" y="{y + 14}" font-size="11" class="hidden-rows">{hidden} less salient events not drawn (see the table)</text>')
    ly, lx = height - 12, 4
    for status, colour in STATUS_COLOURS.items():
        out.append(f'<rect x="{lx}" y="{ly - 10}" width="12" height="12" fill="{colour}"/><text x="{lx + 16}" y="{ly}" font-size="11">{status}</text>')
        lx += 20 + 7 * len(status) + 10
    out.append(f'<path d="M{lx + 5},{ly - 10} l10,10 m0,-10 l-10,10" stroke="{RIVAL_COLOUR}" stroke-width="2.5"/>'
               f'<text x="{lx + 20}" y="{ly}" font-size="11">rival claim</text>')
    out.append("</svg>")
    return "".join(out)
