"""What a story view says: its time window, its background, a lede built from the record, key sources, open forecasts.

Used by the story page of the web app and by the situation report, so both
tell the same story the same way.

* :func:`core_window` -- the days the story happened, robust to stray dates:
  every real (not forecast) event gives its own day (else the day it was
  first reported) and its status changes; the shortest interval holding
  half of these points is the story's centre, points further from it than
  1.5 times its length (at least ``fence_days``) are outliers, and the
  window spans the rest, padded by a day or 5%. (Quartile fences fail on
  small stories, where a quarter of the points can be one old episode.)
* :func:`split_background` -- events that ended before the window are the
  story's background (earlier episodes).
* :func:`lede` -- one sentence from the most salient event's status
  history, cited sources and rival claims (never from article wording).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Optional

from .._types import Event, StatusEntry
from ..time import BASIS_NARRATIVE, date_basis, is_own_date
from .figures import event_label
from .salience import UNREAL, day, event_day, reported_day

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class Window:
    """A closed range of days shown on a timeline, and the real events left outside it."""

    start: date
    end: date
    outliers: tuple[str, ...] = field(default=())  # ids of real events with a day outside the window
    given: bool = False  # set by the reader (from/to), not computed

    @property
    def days(self) -> int:
        """Days in the window, both ends included."""
        return (self.end - self.start).days + 1

    def holds(self, day: date) -> bool:
        """True when ``day`` falls in the window."""
        return self.start <= day <= self.end


FIRST_DAY, LAST_DAY = date(1, 1, 2), date(9999, 12, 30)  # windows stay a day inside the calendar, so a day can be added to either end


def shift(when: date, days: int) -> date:
    """``when`` moved by ``days``, kept inside the calendar (no OverflowError at year 1 or 9999)."""
    try:
        return when + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _inside(when: date) -> date:
    return min(max(when, FIRST_DAY), LAST_DAY)


def own_date(event: Event) -> dict[str, Any]:
    """The event's own date (from a time expression of the text); ``{}`` when it is dated only by its report.

    A date with ``basis: "reported"`` (or ``precision: "reported"``, as
    stored before the basis existed) is the day the event was first
    reported, not a day the text gives it.
    """
    d = dict(event.get("date") or {})
    if not is_own_date(d):
        return {}
    return d


def date_text(event: Event) -> Optional[str]:
    """How a page or report shows an event's date: ``26 March 2018`` (its own), ``26 March 2018 (from the story)`` (the
    day of the episode it continues, basis "narrative"), ``reported on 26 March 2018``, or None."""
    own = day(own_date(event).get("start"))
    if own is not None:
        return day_text(own)
    told = day((event.get("date") or {}).get("start")) if date_basis(event.get("date")) == BASIS_NARRATIVE else None
    if told is not None:
        return f"{day_text(told)} (from the story)"
    reported = day((event.get("date") or {}).get("start")) or reported_day(event)
    return f"reported on {day_text(reported)}" if reported is not None else None


def date_label(event: Event) -> str:
    """An event's date for a table cell: ``2018-03-26`` (its own), ``reported 2018-03-27`` (its report's), or ``undated``."""
    own = own_date(event).get("start")
    if own:
        return str(own)
    reported = (event.get("date") or {}).get("start")
    return f"reported {reported}" if reported else "undated"


def is_real(event: Event) -> bool:
    """False for forecasts and hypothetical events (they have not happened)."""
    return (event.get("status") or "") not in UNREAL and not event.get("forecast")


def event_points(event: Event) -> list[date]:
    """The days an event occupies on a timeline: its own (or first reported) day, its last own day, its status changes."""
    points: list[date] = []
    first = event_day(event)
    if first is not None:
        points.append(first)
    last = day((event.get("date") or {}).get("end"), end=True)
    if last is not None and (event.get("date") or {}).get("precision") in ("day", "range") and last != first:
        points.append(last)
    points += [d for h in event.get("status_history") or [] if (d := day(h.get("as_of"))) is not None]
    return points


def core_window(events: Iterable[Event], *, fence_days: int = 7) -> Optional[Window]:
    """The story's own days (see the module text), or None when no real event is dated at all."""
    events = list(events)
    pts: list[tuple[date, str]] = []
    for e in events:
        if is_real(e):
            pts += [(d, e.get("id") or "") for d in event_points(e)]
    if not pts:  # only forecasts: their own days
        pts = [(d, e.get("id") or "") for e in events if (d := reported_day(e) or event_day(e)) is not None]
    if not pts:
        return None
    ords = sorted(d.toordinal() for d, _ in pts)
    k = max(1, (len(ords) + 1) // 2)  # the shortest interval holding half the points (the "shorth", a robust centre)
    i = min(range(len(ords) - k + 1), key=lambda j: (ords[j + k - 1] - ords[j], j))
    lo, hi = ords[i], ords[i + k - 1]
    fence = max(1.5 * (hi - lo), float(fence_days))
    lo_f, hi_f = lo - fence, hi + fence
    core = [o for o in ords if lo_f <= o <= hi_f]
    start, end = date.fromordinal(min(core)), date.fromordinal(max(core))
    pad = max(1, round(0.05 * ((end - start).days + 1)))
    start, end = _inside(shift(start, -pad)), _inside(shift(end, pad))
    outliers = sorted(e.get("id") or "" for e in events if is_real(e) and (before(e, start) or after(e, end)))
    return Window(start, end, tuple(outliers))


def given_window(start: Optional[str], end: Optional[str], fallback: Optional[Window]) -> Optional[Window]:
    """The window a reader asked for (ISO ``start``/``end``; a missing end keeps the computed one), or ``fallback``."""
    lo = day(start) if start else None
    hi = day(end, end=True) if end else None
    if lo is None and hi is None:
        return fallback
    if fallback is None and (lo is None or hi is None):
        one = lo or hi
        assert one is not None
        lo, hi = lo or one, hi or one
    lo = lo or (fallback.start if fallback else None)
    hi = hi or (fallback.end if fallback else None)
    assert lo is not None and hi is not None
    if hi < lo:
        lo, hi = hi, lo
    return Window(_inside(lo), _inside(hi), (), given=True)


def own_end(event: Event) -> Optional[date]:
    """The last day of the event's own date (its end, else its start), or None when it has no date of its own."""
    d = own_date(event)
    return day(d.get("end"), end=True) or day(d.get("start"), end=True)


def before(event: Event, when: date) -> bool:
    """True when the event was over before ``day``: its own date ends earlier (when it has one; articles often recall
    old episodes, so the days they were reported do not count), else every day it occupies is earlier."""
    end = own_end(event)
    if end is not None:
        return end < when
    pts = event_points(event)
    return bool(pts) and max(pts) < when


def after(event: Event, when: date) -> bool:
    """True when the event began after ``when``: its own date starts later (when it has one), else every day it occupies is later."""
    start = day(own_date(event).get("start"))
    if start is not None:
        return start > when
    pts = event_points(event)
    return bool(pts) and min(pts) > when


def split_background(events: Iterable[Event], window: Optional[Window]) -> tuple[list[Event], list[Event]]:
    """``(story, background)``: real events that were over before the window are background episodes."""
    core: list[Event] = []
    back: list[Event] = []
    for e in events:
        if window is not None and is_real(e) and before(e, window.start):
            back.append(e)
        else:
            core.append(e)
    return core, back


def outside(events: Iterable[Event], window: Optional[Window]) -> list[Event]:
    """Real events with no day inside the window (before or after it)."""
    if window is None:
        return []
    return [e for e in events if is_real(e) and (before(e, window.start) or after(e, window.end))]


def day_text(day: date, *, year: bool = True) -> str:
    """``26 March 2018`` (or ``26 March`` without the year)."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def agent(by: Optional[str]) -> Optional[str]:
    """Who made a status so, as the lede names them: the last source in a citation chain ("X, citing Xinhua" -> "Xinhua")."""
    if not by:
        return None
    last = re.split(r",?\s+citing\s+", by)[-1]
    return re.sub(r"\s*\((anonymous|author)\)\s*$", "", last).strip() or by


def _anonymous(cited: Any) -> bool:
    while isinstance(cited, dict):
        if cited.get("anonymous") or cited.get("kind") == "anonymous":
            return True
        cited = cited.get("cites")
    return False


def _cites_anonymous(event: Event, when: Optional[date], status: str) -> bool:
    for m in event.get("mentions") or []:
        published = day(m.get("published"))
        if (when is None or published is None or published <= when) and (m.get("status") in (None, status)) and _anonymous(m.get("cited_source")):
            return True
    for src in event.get("sources") or []:
        first = day(src.get("first")) if src.get("first") else None
        if (when is None or first is None or first <= when) and any("(anonymous)" in str(v) for v in src.get("via") or []):
            return True
    return False


OPENING = {"unconfirmed": "Unconfirmed reports", "reported": "Reports", "confirmed": "Reports", "disputed": "Disputed reports",
           "denied": "Reports", "refuted": "Reports", "forecast": "Forecasts", "hypothetical": "Suppositions"}
CHANGE = {"confirmed": "confirmed", "denied": "denied", "disputed": "disputed", "refuted": "refuted", "reported": "reported on the record",
          "unconfirmed": "called unconfirmed"}


def _history(event: Event) -> list[tuple[Optional[date], StatusEntry]]:
    steps = [(day(h.get("as_of")), h) for h in event.get("status_history") or [] if h.get("status")]
    steps.sort(key=lambda s: s[0] or date.max)
    return steps


def lede(event: Event) -> str:
    """One or two sentences telling what happened to ``event``'s claim: first report, how its status ended, rival claims, sourcing."""
    subject = event_label(event, 120)
    when = date_text(event)  # its own date, else "reported on" its first report
    if when is not None:
        subject += f" ({when})"
    steps = _history(event)
    final = event.get("status") or (steps[-1][1]["status"] if steps else "reported")
    parts: list[str] = []
    if steps:
        d0, h0 = steps[0]
        first_status = h0["status"]
        opening = OPENING.get(first_status, "Reports")
        if first_status == final and len({h["status"] for _, h in steps}) == 1:
            who = agent(h0.get("by"))
            text = f"{final.capitalize()}" + (f" by {who}" if who else "") + (f" on {day_text(d0)}" if d0 else "")
            if _cites_anonymous(event, d0, first_status):
                text += ", citing anonymous sources"
            parts.append(text)
        else:
            text = opening + (f" from {day_text(d0)}" if d0 else "")
            if _cites_anonymous(event, d0, first_status):
                text += " citing anonymous sources"
            change = next(((d, h) for d, h in steps if h["status"] == final), None)
            if change is not None:
                d1, h1 = change
                who = agent(h1.get("by"))
                text += f" were {CHANGE.get(final, final)}" + (f" by {who}" if who else "")
                if d1 is not None:
                    text += f" on {day_text(d1, year=d0 is None or d1.year != d0.year)}"
            parts.append(text)
    for rc in (event.get("rival_claims") or [])[:2]:
        claim = rc.get("claim") or rc.get("text") or "another account"
        claimant = agent(rc.get("by"))
        text = "a rival claim" + (f" by {claimant}" if claimant else "") + f" naming {claim}"
        if rc.get("against"):
            text += f" in place of {rc['against']}"
        if rc.get("refuted"):
            who = agent(rc.get("refuted_by"))
            text += " was refuted" + (f" by {who}" if who else "")
        else:
            text += " remains open"
        parts.append(text)
    n_src, n_doc = int(event.get("independent_sources") or 0), int(event.get("documents") or 0)
    sourcing = f"{n_src} independent source{'s' if n_src != 1 else ''} in {n_doc} document{'s' if n_doc != 1 else ''}"
    body = "; ".join(parts) if parts else final.capitalize()
    body = body[:1].upper() + body[1:]
    return f"{subject}. {body} ({sourcing})."


def _display_name(name: str, vias: Iterable[str]) -> str:
    """A fused source's key ("bloomberg") as a citation chain spells it ("Bloomberg sources")."""
    folded = name.casefold()
    for via in vias:
        for part in re.split(r",\s+citing\s+", via):
            part = re.sub(r"\s*\((anonymous|author)\)\s*$", "", part).strip()
            if part.casefold().startswith(folded) or folded.startswith(part.casefold()):
                return part
    return name


def key_sources(events: Iterable[Event], limit: int = 6) -> list[dict[str, Any]]:
    """The sources most of the story rests on: ``{"name", "events", "anonymous", "via"}``, by events they back."""
    tally: dict[str, dict[str, Any]] = {}
    for e in events:
        seen: set[str] = set()
        entries: list[tuple[str, list[str]]] = []
        for src in e.get("sources") or []:
            name = str(src.get("source") or "")
            vias = [str(v) for v in src.get("via") or []]
            if name:
                entries.append((_display_name(name, vias), vias))
        if not entries:
            for m in e.get("mentions") or []:
                who = m.get("outlet") or m.get("original_outlet") or (m.get("cited_source") or {}).get("name")
                if who:
                    anon = " (anonymous)" if _anonymous(m.get("cited_source")) else ""
                    entries.append((str(who), [str(who) + anon]))
        for name, vias in entries:
            t = tally.setdefault(name, {"name": name, "events": 0, "anonymous": False, "via": []})
            if name not in seen:
                t["events"] += 1
                seen.add(name)
            for v in vias:
                if v not in t["via"]:
                    t["via"].append(v)
                if "(anonymous)" in v:
                    t["anonymous"] = True
    return sorted(tally.values(), key=lambda t: (-t["events"], t["name"]))[:limit]


def open_forecasts(events: Iterable[Event]) -> list[Event]:
    """Forecasts not yet resolved, by deadline (undated last)."""
    out = [e for e in events if (e.get("forecast") or e.get("status") == "forecast")
           and ((e.get("forecast") or {}).get("resolution") in (None, "", "open"))]
    return sorted(out, key=lambda e: ((e.get("forecast") or {}).get("deadline") or (e.get("date") or {}).get("end") or "9999", e.get("id") or ""))


def lead_event(ranked: Sequence[Event]) -> Optional[Event]:
    """The first real event of a salience-ordered list (else the first event)."""
    return next((e for e in ranked if is_real(e)), ranked[0] if ranked else None)
