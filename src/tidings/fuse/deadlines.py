"""When a forecast falls due: the deadline rule, on plain values.

A leaf module (no other fusion module imported) so that both the forecast
veto of :func:`tidings.fuse.similarity.score` and the forecast records of
:mod:`tidings.fuse.forecasts` use one rule:

- an explicit future date: its start when the date text says "before",
  "until" or "ahead of" ("before May" -> the first of May), else its end
  ("by May", "in April", "over the next two months" coded as a range);
- no coded date but "in/within/over the next N days|weeks|months|years" in
  the sentence: published + N units;
- otherwise published + ``DEFAULT_HORIZON`` (one year).

:func:`tidings.fuse.similarity.deadline_for` applies it to a prepared record.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from dateutil.relativedelta import relativedelta

__all__ = ["deadline", "relative_horizon", "DEFAULT_HORIZON"]

DEFAULT_HORIZON = relativedelta(years=1)
_NUMBERS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "several": 3, "couple": 2}
_NEXT = re.compile(
    r"\b(?:(?:in|within|over|during)\s+the\s+(?:next|coming)|within)\s+(?:(\d+|[a-z]+)\s+)?(?:of\s+)?(day|week|month|year)s?\b", re.I
)  # "in the next two weeks", "within a week"
_BEFORE = re.compile(r"^\s*(?:before|until|till|ahead of|prior to)\b", re.I)


def relative_horizon(sentence: Optional[str]) -> Optional[relativedelta]:
    """The span of "in the next two weeks", "within days" (a few days) ... in ``sentence``, or None."""
    m = _NEXT.search(sentence or "")
    if not m:
        return None
    count = m.group(1)
    bare = "few" if m.group(0).lower().endswith("s") else "one"  # "within days": a few days
    n = int(count) if count and count.isdigit() else _NUMBERS.get((count or bare).lower(), 1)
    unit = m.group(2).lower()
    if unit == "day":
        return relativedelta(days=n)
    if unit == "week":
        return relativedelta(weeks=n)
    if unit == "month":
        return relativedelta(months=n)
    return relativedelta(years=n)


def deadline(
    published: Optional[date], start: Optional[date], end: Optional[date], date_text: Optional[str], sentence: Optional[str]
) -> tuple[Optional[date], str]:
    """The deadline of a forecast and how it was found: ``"date"``, ``"relative"``, ``"default"`` (``"none"`` without one).

    ``start`` and ``end`` are the forecast's coded date window (``end`` is
    the start when the date has no end), ``date_text`` the date's text,
    ``sentence`` the sentence it was said in.
    """
    if start is not None and (published is None or (end or start) > published):
        if _BEFORE.match(date_text or ""):
            return start, "date"
        return (end or start), "date"
    if published is None:
        return None, "none"
    rel = relative_horizon(sentence)
    if rel is not None:
        return published + rel, "relative"
    return published + DEFAULT_HORIZON, "default"
