"""ISO 8601 dates, whole or partial: the one parser tidings uses for date values.

Policy
------

A value is read as the span of days it names:

============================== ============= ===================================
value                          precision     span
============================== ============= ===================================
``2018``                       ``year``      2018-01-01 .. 2018-12-31
``2018-03`` (``2018-3``)       ``month``     2018-03-01 .. 2018-03-31
``2018-W12``                   ``week``      Monday 2018-03-19 .. Sunday 2018-03-25
``2018-03-26`` (``2018-3-26``) ``day``       2018-03-26
``2018-W12-1``                 ``day``       2018-03-19 (ISO week day, Monday = 1)
``2018-03-26T10:15:00Z``       ``day``       2018-03-26
``2018-03-26 10:15+09:00``     ``day``       2018-03-26
a ``date`` / ``datetime``      ``day``       its calendar day
============================== ============= ===================================

* Only the extended format (with hyphens) is read; month and day may have one
  or two digits. Compact forms (``20180326``), ordinal dates (``2018-085``),
  two-digit years and written dates ("March 26, 2018") are not ISO values:
  written dates are the recogniser's business (:mod:`tidings.time.recogniser`).
* A time of day is allowed only after a full day; it must be a real clock
  time (``HH``, ``HH:MM``, ``HH:MM:SS[.fff]``), optionally followed by ``Z``
  or an offset. The date is the calendar day *as written*: time zones are
  never converted, because the day a report gives is the day it means.
* The day must exist (``2018-02-30`` and ``2018-13`` are unreadable).
* ``None`` and blank strings mean "no date": every function returns
  ``None`` for them, strict or not. Other objects are read through ``str()``.
* Leading and trailing whitespace is ignored; anything else around the date
  makes it unreadable.

The lenient functions (:func:`parse_iso`, :func:`parse_day`) return ``None``
for an unreadable value: use them on values tidings wrote itself. The strict
ones (:func:`parse_iso_strict`, :func:`parse_day_strict`) raise
:class:`DateError`, for values a user typed (command-line options, knowledge
files).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal, Optional

from .._errors import ConfigError

__all__ = ["Precision", "DateSpan", "DateError", "parse_iso", "parse_iso_strict", "parse_day", "parse_day_strict"]

Precision = Literal["day", "week", "month", "year"]

_ISO = re.compile(
    r"(?P<y>\d{4})"
    r"(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?|-W(?P<w>\d{2})(?:-(?P<wd>[1-7]))?)?"
    r"(?:[Tt ](?P<hh>\d{2})(?::(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:[.,]\d+)?)?)?"
    r"(?:\s?(?:[Zz]|[+-](?P<oh>\d{2})(?::?(?P<om>\d{2}))?))?)?"
)

_FIX = "write an ISO date: YYYY-MM-DD, or YYYY-MM, YYYY or YYYY-Www for a month, year or week"


class DateError(ConfigError, ValueError):
    """A date value that the ISO policy of :mod:`tidings.time.iso` cannot read (E401).

    It is both a :class:`~tidings.ConfigError` and a :class:`ValueError`.
    """

    default_fix = _FIX


@dataclass(frozen=True)
class DateSpan:
    """The days an ISO value names: ``start`` and ``end`` (both included) and the ``precision``."""

    start: dt.date
    end: dt.date
    precision: Precision

    @classmethod
    def day(cls, d: dt.date) -> DateSpan:
        """The span of one day."""
        return cls(d, d, "day")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= _as_date(day) <= self.end


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _text(value: object) -> Optional[str]:
    """The stripped text of a value, or None when it holds no date at all."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _clock_ok(m: re.Match[str]) -> bool:
    if m["hh"] is None:
        return True
    hh, mi, ss = int(m["hh"]), int(m["mi"] or 0), int(m["ss"] or 0)
    if hh > 24 or mi > 59 or ss > 60 or (hh == 24 and (mi or ss)):
        return False
    if m["oh"] is not None and (int(m["oh"]) > 23 or int(m["om"] or 0) > 59):
        return False
    return True


def _span(text: str) -> Optional[DateSpan]:
    m = _ISO.fullmatch(text)
    if m is None or not _clock_ok(m):
        return None
    year = int(m["y"])
    if year < 1:
        return None
    if m["hh"] is not None and m["d"] is None and m["wd"] is None:
        return None  # a time of day needs a day
    try:
        if m["w"] is not None:
            if m["wd"] is not None:
                return DateSpan.day(dt.date.fromisocalendar(year, int(m["w"]), int(m["wd"])))
            monday = dt.date.fromisocalendar(year, int(m["w"]), 1)
            return DateSpan(monday, monday + dt.timedelta(days=6), "week")
        if m["m"] is None:
            return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
        month = int(m["m"])
        if m["d"] is None:
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return DateSpan(dt.date(year, month, 1), dt.date(year, month, last), "month")
        return DateSpan.day(dt.date(year, month, int(m["d"])))
    except ValueError:
        return None


def parse_iso(value: object) -> Optional[DateSpan]:
    """The :class:`DateSpan` of an ISO date value, or ``None`` when it is empty or unreadable.

    >>> parse_iso("2018-03")
    DateSpan(start=datetime.date(2018, 3, 1), end=datetime.date(2018, 3, 31), precision='month')
    """
    if isinstance(value, dt.date):
        return DateSpan.day(_as_date(value))
    text = _text(value)
    return _span(text) if text is not None else None


def parse_iso_strict(value: object, *, need_day: bool = False) -> Optional[DateSpan]:
    """Like :func:`parse_iso`, but an unreadable value raises :class:`DateError`.

    ``None`` and blank strings still give ``None`` (no date given). With
    ``need_day`` a partial date (a year, month or week) is an error too.
    """
    span = parse_iso(value)
    if span is None:
        text = _text(value)
        if text is None:
            return None
        raise DateError(f"not an ISO date: {text!r}")
    if need_day and span.precision != "day":
        raise DateError(f"{str(value).strip()!r} is a {span.precision}, not a day", fix="write a full date, YYYY-MM-DD")
    return span


def parse_day(value: object, *, end: bool = False) -> Optional[dt.date]:
    """The first day of an ISO date value (its last with ``end=True``); ``None`` when empty or unreadable.

    ``parse_day("2018")`` is 2018-01-01, ``parse_day("2018-03", end=True)``
    2018-03-31, ``parse_day("2018-03-26T23:30-05:00")`` 2018-03-26.
    """
    span = parse_iso(value)
    if span is None:
        return None
    return span.end if end else span.start


def parse_day_strict(value: object, *, end: bool = False, need_day: bool = False) -> Optional[dt.date]:
    """Like :func:`parse_day`, but an unreadable value raises :class:`DateError` (see :func:`parse_iso_strict`)."""
    span = parse_iso_strict(value, need_day=need_day)
    if span is None:
        return None
    return span.end if end else span.start
