"""Explicit calendar dates in English text, and inferring a publication date from them.

Recognised: ``March 27, 2018``, ``Mar. 27 2018``, ``27 March 2018``, ``2018-03-27``
(full dates), ``March 26`` (month and day, year taken from context) and
four-digit years. Relative expressions ("yesterday") are left to the
``code`` stage's time normaliser, which anchors them on the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

__all__ = ["FoundDate", "find_dates", "years", "infer_published", "parse_date_line", "resolve"]

_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = "|".join(
    sorted({calendar.day_name[i].lower() for i in range(7)} | {calendar.day_abbr[i].lower() for i in range(7)}, key=len, reverse=True)
)

_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?",
    re.IGNORECASE,
)
_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_SLASH = re.compile(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:1[89]|20)\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.$€£-])\b(?:1[89]|20)\d\d\b(?![\d%-]|,\d)")


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    month: int
    day: int
    year: Optional[int]  # None when the text gives only month and day

    def iso(self, year: Optional[int] = None) -> Optional[str]:
        y = self.year or year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day).isoformat()
        except ValueError:
            return None


def find_dates(text: str) -> list[FoundDate]:
    """Explicit dates in ``text``, in order; overlapping matches keep the fullest."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, month: int) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        year = m.groupdict().get("year")
        day = int(m.group("day"))
        if not 1 <= day <= 31 or not 1 <= month <= 12:
            return
        taken.append((m.start(), m.end()))
        found.append(FoundDate(m.start(), m.end(), month, day, int(year) if year else None))

    for rx in (_ISO, _SLASH):
        for m in rx.finditer(text):
            add(m, int(m.group("month")))
    for rx in (_DMY, _MDY):
        for m in rx.finditer(text):
            word = m.group("month").lower()
            # "may" and "march" are also words: demand a capital for them
            if word in {"may", "march"} and not m.group("month")[0].isupper():
                continue
            add(m, _MONTHS[word])
    found.sort(key=lambda d: d.start)
    return found


def years(text: str) -> list[int]:
    return [int(m.group()) for m in _YEAR.finditer(text)]


def resolve(found: FoundDate, context_year: Optional[int]) -> Optional[str]:
    return found.iso(context_year)


def infer_published(text: str, *, today: Optional[dt.date] = None) -> Optional[str]:
    """The latest explicit date the text mentions, not after ``today``.

    Month-day dates without a year take the latest year the text mentions
    (not in the future). Returns ``None`` when the text names no day.
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
        if best is None or iso > best:
            best = iso
    return best


_TIME_TAIL = re.compile(
    r"^[\s,|\-–—@]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?\s*(?:\(?[A-Z]{2,5}\)?|(?:UTC|GMT)\s*[+-]?\d{0,4})?\s*[.)]?$",
)


def parse_date_line(line: str, prefixes: list[str]) -> Optional[tuple[str, str]]:
    """``(prefix, iso)`` when the whole line is a date (with optional prefix and time)."""
    s = line.strip().lstrip("|•·-–—*").strip()
    prefix = ""
    low = s.lower()
    for p in prefixes:
        if low.startswith(p) and (len(s) == len(p) or not s[len(p)].isalnum()):
            prefix = p
            s = s[len(p):].lstrip(" :-–—|")
            break
    s = re.sub(rf"^(?:{_WEEKDAYS})\.?,?\s+", "", s, flags=re.IGNORECASE)
    found = find_dates(s)
    if not found or found[0].start != 0 or found[0].year is None:
        return None
    rest = s[found[0].end:]
    if rest.strip() and not _TIME_TAIL.match(rest):
        return None
    iso = found[0].iso()
    return (prefix, iso) if iso else None
