"""One home for calendar time: ISO date values and calendar dates written in text.

* :mod:`tidings.time.iso` -- the ISO date parser and its partial-date policy
  (``2018`` is a year, ``2018-03`` a month, ``2018-W12`` a week,
  ``2018-03-26`` and date-times a day): :func:`parse_iso` gives a
  :class:`DateSpan` (first day, last day, precision); :func:`parse_day` the
  first (or last) day; the ``_strict`` variants raise :class:`DateError`
  (a ``ConfigError`` and a ``ValueError``) for values users typed.
* :mod:`tidings.time.basis` -- whose date a record carries: the text's own
  (``basis: "text"``) or its report's (``"reported"``): :func:`date_basis`,
  :func:`is_own_date`.
* :mod:`tidings.time.recogniser` -- the calendar dates written in text
  ("March 26, 2018", "26 March 2018", "Mar. 26", "2018-03-26", "3/26/2018"):
  :func:`find_dates`, :func:`parse_written_date` for a string holding one
  date, :class:`DateRecogniser` whose patterns the TIMEX3 engine
  (:mod:`tidings.code.time`) embeds in its grammar.

This package is a leaf: it imports only the standard library and
``tidings._errors``, so every stage (reading, coding, fusion, knowledge,
reports, the command line) can use it.
"""

from __future__ import annotations

from .basis import BASIS_NARRATIVE, BASIS_REPORTED, BASIS_TEXT, REPORTED, date_basis, is_own_date
from .iso import DateError, DateSpan, Precision, parse_day, parse_day_strict, parse_iso, parse_iso_strict
from .recogniser import CalendarWords, DateRecogniser, FoundDate, english_words, find_dates, fold_case, parse_written_date, recogniser

__all__ = [
    "BASIS_TEXT",
    "BASIS_NARRATIVE",
    "BASIS_REPORTED",
    "REPORTED",
    "date_basis",
    "is_own_date",
    "Precision",
    "DateSpan",
    "DateError",
    "parse_iso",
    "parse_iso_strict",
    "parse_day",
    "parse_day_strict",
    "CalendarWords",
    "FoundDate",
    "DateRecogniser",
    "english_words",
    "recogniser",
    "find_dates",
    "parse_written_date",
    "fold_case",
]
