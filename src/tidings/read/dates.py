"""Explicit calendar dates in English text, and inferring a publication date from them.

The dates themselves are found by the one calendar-date recogniser of
:mod:`tidings.time` (``March 27, 2018``, ``Mar. 27 2018``, ``27 March 2018``,
``2018-03-27``, ``3/27/2018``, and ``March 26`` with the year taken from
context); this module adds four-digit years, the publication-date inference
and date lines. Relative expressions ("yesterday") are left to the ``code``
stage's time normaliser, which anchors them on the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..time import FoundDate, find_dates, parse_written_date

__all__ = ["FoundDate", "find_dates", "years", "infer_published", "parse_date_line", "resolve"]

_YEAR = re.compile(r"(?<![\d,.$€£-])\b(?:1[89]|20)\d\d\b(?![\d%-]|,\d)")


def years(text: str) -> list[int]:
    """The four-digit years (1800..2099) written in ``text``, in order; numbers like "2,018" or "2018%" are not years."""
    return [int(m.group()) for m in _YEAR.finditer(text)]


def resolve(found: FoundDate, context_year: Optional[int]) -> Optional[str]:
    """ISO day of a found date, taking ``context_year`` when the text gave no year."""
    return found.iso(context_year)


# a weekday written out, or abbreviated with or without its full stop ("Fri., Nov. 5"), right before a date
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)|(?P<ab>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),?"
    r"\s+(?:the\s+)?$", re.I)
_WEEKDAY_OPENING = re.compile(r"(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)|(?P<ab>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun))\b", re.I)
_WEEKDAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}


def _weekday_written_before(text: str, found: FoundDate) -> Optional[int]:
    """The weekday (0 = Monday) written right before or at the head of a found date ("Friday November 5", "Fri., Nov.
    5"), or None."""
    m = _WEEKDAY_BEFORE.search(text[max(0, found.start - 16):found.start]) or _WEEKDAY_OPENING.match(text, found.start, found.end)
    return _WEEKDAYS[(m["wd"] or m["ab"]).lower()] if m else None


def infer_published(text: str, *, today: Optional[dt.date] = None) -> Optional[str]:
    """The latest explicit date the text mentions, not after ``today``.

    Month-day dates without a year take the latest year the text mentions
    (not in the future), unless a weekday written with them says that year is
    wrong ("Friday November 5" in a text whose latest year is 1968, when 5
    November 1968 was a Tuesday: some other year's, so no day to infer from).
    Returns ``None`` when the text names no day.
    """
    today = today or dt.date.today()
    found = find_dates(text)
    if not found:
        return None
    past_years = [y for y in years(text) if y <= today.year]
    full_years = [d.year for d in found if d.year and d.year <= today.year]
    context = max(past_years + full_years) if (past_years or full_years) else None
    best: Optional[str] = None
    for d in found:
        iso = d.iso(context)
        if iso is None or iso > today.isoformat():
            continue
        weekday = _weekday_written_before(text, d) if d.year is None else None
        if weekday is not None and dt.date.fromisoformat(iso).weekday() != weekday:
            continue  # the weekday written with it belongs to another year
        if best is None or iso > best:
            best = iso
    return best


def parse_date_line(line: str, prefixes: list[str]) -> Optional[tuple[str, str]]:
    """``(prefix, iso)`` when the whole line is a date (with optional prefix, weekday and time)."""
    s = line.strip().lstrip("|•·-–—*").strip()
    prefix = ""
    low = s.lower()
    for p in prefixes:
        if low.startswith(p) and (len(s) == len(p) or not s[len(p)].isalnum()):
            prefix = p
            s = s[len(p):].lstrip(" :-–—|")
            break
    day = parse_written_date(s)
    return (prefix, day.isoformat()) if day else None
