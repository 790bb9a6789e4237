"""Validating and typing metadata values (from JSON records, arguments, HTML, WARC headers).

Every metadata field of a :class:`~tidings._types.Document` has one type:

* ``title``, ``subtitle``, ``author``, ``outlet``, ``original_outlet``: a
  string, whitespace folded, with no control characters or lone surrogates,
  and at most :data:`MAX_LENGTH` characters for its field;
* ``url``: such a string without spaces;
* ``published``: an ISO date (``YYYY-MM-DD``), or a partial ISO date
  (``YYYY-MM``, ``YYYY``, ``YYYY-Www``) as :mod:`tidings.time.iso` reads it.
  Accepted values: a ``date``/``datetime``, an ISO date or date-time, or one
  written date ("March 27, 2018", "Tue, 27 Mar 2018 14:02:00 +0000").

A value that does not fit is *rejected*: the document is still read without
that field and a one-line reason (``published: 'not a date' is not a date``)
goes to the document's ``warnings`` list. Nothing is stored verbatim in the
hope that a later stage copes, and nothing is turned into a string by
``str()`` (a dict title is rejected, not stored as its Python repr).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

from ..time import find_dates, parse_iso, parse_written_date
from .boilerplate import fold

__all__ = ["MAX_LENGTH", "check_string", "check_date", "has_lone_surrogate", "describe"]

MAX_LENGTH = {
    "title": 1000,
    "subtitle": 2000,
    "author": 300,
    "outlet": 200,
    "original_outlet": 200,
    "url": 4000,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def has_lone_surrogate(text: str) -> Optional[str]:
    """The first lone surrogate of ``text`` escaped (``\\ud800``), or ``None``.

    JSON can spell one (``"\\ud800"``); such a string cannot be encoded as
    UTF-8, so it can be neither hashed for an id nor stored.
    """
    m = _SURROGATE.search(text)
    return f"\\u{ord(m.group()):04x}" if m else None


def describe(value: Any) -> str:
    """A short description of a value for a warning: its JSON type and a clipped repr."""
    kinds = {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number"}
    kind = next((name for t, name in kinds.items() if type(value) is t), None)
    if kind is not None:
        return kind
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "...'"


def check_string(name: str, value: Any) -> tuple[Optional[str], Optional[str]]:
    """``(value, None)`` for a good string field, ``(None, reason)`` for a rejected one, ``(None, None)`` for no value."""
    if value is None:
        return None, None
    if not isinstance(value, str):
        return None, f"{name}: {describe(value)}, not a string (dropped)"
    bad = has_lone_surrogate(value)
    if bad:
        return None, f"{name}: invalid surrogate {bad} (dropped)"
    text = fold(_CONTROL.sub(" ", value))
    if not text:
        return None, None
    limit = MAX_LENGTH.get(name)
    if limit is not None and len(text) > limit:
        return None, f"{name}: {len(text):,} characters, over the limit of {limit:,} (dropped)"
    if name == "url" and " " in text:
        return None, f"{name}: {describe(value)} holds spaces, not a URL (dropped)"
    return text, None


def _iso_of_span(text: str) -> Optional[str]:
    span = parse_iso(text)
    if span is None:
        return None
    if span.precision == "day":
        return span.start.isoformat()
    if span.precision == "month":
        return span.start.isoformat()[:7]
    if span.precision == "year":
        return span.start.isoformat()[:4]
    year, week, _ = span.start.isocalendar()
    return f"{year:04d}-W{week:02d}"


def check_date(name: str, value: Any) -> tuple[Optional[str], Optional[str]]:
    """``(iso, None)`` for a readable date, ``(None, reason)`` for a rejected one, ``(None, None)`` for no value.

    The order: ``date``/``datetime`` objects; ISO values (:func:`tidings.time.parse_iso`);
    a string that is one written date (:func:`tidings.time.parse_written_date`);
    a short string holding exactly one explicit date with a year
    (``"Posted March 27, 2018 at 10:15"``). Anything else is rejected.
    """
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), None
    if isinstance(value, dt.date):
        return value.isoformat(), None
    if not isinstance(value, str):
        return None, f"{name}: {describe(value)}, not a date (dropped)"
    if has_lone_surrogate(value):
        return None, f"{name}: invalid surrogate {has_lone_surrogate(value)} (dropped)"
    text = fold(_CONTROL.sub(" ", value))
    if not text:
        return None, None
    iso = _iso_of_span(text)
    if iso is not None:
        return iso, None
    # ISO date-times with seconds fractions or offsets that parse_iso reads only as a prefix
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[Tt ]\d{2}:\d{2}", text)
    if m and parse_iso(m.group(1)) is not None:
        return m.group(1), None
    day = parse_written_date(text)
    if day is not None:
        return day.isoformat(), None
    if len(text) <= 80:
        found = [d for d in find_dates(text) if d.year]
        if len(found) == 1:
            iso = found[0].iso()
            if iso:
                return iso, None
    return None, f"{name}: {describe(text)} is not a date (dropped)"
