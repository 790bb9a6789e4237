"""When a forecast falls due: the deadline rule, on plain values.

A leaf module (no other fusion module imported) so that both the forecast
veto of :func:`tidings.fuse.similarity.score` and the forecast records of
:mod:`tidings.fuse.forecasts` use one rule. A deadline is the last day on
which the predicted event still counts (the window is inclusive):

- a date the text states, after the report date: "by D", "until D", "on D"
  and "in D" end with the last day of D ("by 30 June" -> 30 June, "in April"
  -> 30 April, "by the end of the year" -> 31 December, "next month" -> its
  last day, "by mid-July" -> 15 July); "before D", "ahead of D" and "prior
  to D" end the day before D begins ("before May" -> 30 April, "before 1
  June 2014" -> 31 May 2014), except "before the end of D", which is the end
  of D;
- no coded date but "by the end of <month>" in the sentence: the last day of
  that month (the next one not before the report);
- no date but a relative horizon in the sentence: "within two weeks", "in the
  next N days|weeks|months|years", "over the coming months": the report date
  plus N units; a bare plural ("within days", "within weeks", "in the coming
  months") counts as three units (:data:`FEW`);
- otherwise no deadline (``None``): no horizon is invented. Such a forecast
  stays open unless the user sets one (:func:`horizon_deadline`, the
  ``forecast_horizon_days`` setting).

:func:`deadline` says how it found the date: ``"date"`` (a stated date),
``"relative"`` (a stated relative horizon) or ``"none"``; the forecast record
calls both of the first two ``stated`` (see :mod:`.forecasts`).
:func:`tidings.fuse.similarity.deadline_for` applies it to a prepared record.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

__all__ = ["deadline", "relative_horizon", "horizon_deadline", "FEW", "DEFAULT_HORIZON"]

FEW = 3  # "within weeks", "within days", "in the coming months": three units
DEFAULT_HORIZON = None  # no horizon unless the user sets one (kept for callers that import it)
_NUMBERS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": FEW, "several": FEW, "couple": 2}
_NEXT = re.compile(
    r"\b(?:(?:in|within|over|during)\s+the\s+(?:next|coming)|within)\s+(?:(\d+|[a-z]+)\s+)?(?:of\s+)?(hour|day|week|month|year)s?\b", re.I
)  # "in the next two weeks", "within a week", "over the coming months", "within 72 hours"
_EXCLUSIVE = r"(?:before|ahead\s+of|prior\s+to)"
_END_OF = re.compile(r"^\s*(?:the\s+)?(?:end\s+of|year-end|year\s+end)\b", re.I)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_END_OF_MONTH = re.compile(
    r"\b(?:by|before|until|till)\s+(?:the\s+)?end\s+of\s+(" + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?\b", re.I
)


def relative_horizon(sentence: Optional[str]) -> Optional[relativedelta]:
    """The span of "in the next two weeks", "within days" (:data:`FEW` days) ... in ``sentence``, or None."""
    m = _NEXT.search(sentence or "")
    if not m:
        return None
    count = m.group(1)
    plural = m.group(0).lower().endswith("s")
    if count and not count.isdigit() and count.lower() not in _NUMBERS:
        count = None  # "within the next crucial weeks"
    n = int(count) if count and count.isdigit() else _NUMBERS.get((count or ("few" if plural else "one")).lower(), 1)
    unit = m.group(2).lower()
    if unit == "hour":
        return relativedelta(days=-(-n // 24))  # "within 72 hours": whole days, rounded up
    if unit == "day":
        return relativedelta(days=n)
    if unit == "week":
        return relativedelta(weeks=n)
    if unit == "month":
        return relativedelta(months=n)
    return relativedelta(years=n)


def _exclusive(date_text: Optional[str], sentence: Optional[str]) -> bool:
    """Does the sentence say "before <date_text>" (the window ends the day before)?"""
    if not date_text:
        return False
    if re.match(rf"^\s*{_EXCLUSIVE}\s+(?!(?:the\s+)?end\s+of\b)", date_text, re.I):
        return True  # the date text holds the preposition: "before May"
    if not sentence or _END_OF.match(date_text):
        return False
    text = re.escape(" ".join(date_text.split())).replace(r"\ ", r"\s+")
    return re.search(rf"\b{_EXCLUSIVE}\s+(?:the\s+)?{text}", sentence, re.I) is not None


def _end_of_month(published: date, sentence: Optional[str]) -> Optional[date]:
    m = _END_OF_MONTH.search(sentence or "")
    if not m:
        return None
    month = _MONTHS[m.group(1).lower()]
    year = int(m.group(2)) if m.group(2) else published.year
    last = date(year, month, calendar.monthrange(year, month)[1])
    if not m.group(2) and last < published:
        last = date(year + 1, month, calendar.monthrange(year + 1, month)[1])
    return last


def deadline(
    published: Optional[date], start: Optional[date], end: Optional[date], date_text: Optional[str], sentence: Optional[str]
) -> tuple[Optional[date], str]:
    """The deadline of a forecast and how it was found: ``"date"``, ``"relative"`` or ``"none"`` (no deadline: ``None``).

    ``start`` and ``end`` are the forecast's coded date window (``end`` is
    the start when the date has no end; the code stage codes "before May" as
    the range from the report to 1 May), ``date_text`` the date's text,
    ``sentence`` the sentence it was said in.
    """
    last = end or start
    if start is not None and last is not None and (published is None or last > published):
        if _exclusive(date_text, sentence):
            # the named date begins at the window's end when the window runs from the report ("before May")
            named = last if published is not None and start <= published else start
            return named - timedelta(days=1), "date"
        if date_text and re.match(r"^\s*mid[-\s]?[a-z]", date_text, re.I) and start.month == last.month:
            return start.replace(day=15), "date"  # "by mid-July": the 15th
        return last, "date"
    if published is None:
        return None, "none"
    month_end = _end_of_month(published, sentence)
    if month_end is not None:
        return month_end, "date"
    rel = relative_horizon(sentence)
    if rel is not None:
        return published + rel, "relative"
    return None, "none"


def horizon_deadline(published: Optional[date], days: Optional[int]) -> Optional[date]:
    """The deadline a user-set horizon gives a forecast without one: ``published + days`` (None when either is unset)."""
    if published is None or days is None:
        return None
    return published + timedelta(days=int(days))
