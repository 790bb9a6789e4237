"""Calendar dates written in text: the one recogniser of the reading and coding stages.

Recognised, with exact character spans:

* ``2018-03-26`` and ``2018-03-26T10:15`` (ISO day, optionally with a clock time);
* ``3/26/2018``, ``26/3/2018``, ``3/26/18`` (month first unless the first
  number is above 12; two-digit years are 1950..2049);
* ``March 26, 2018``, ``Mar. 26 2018``, ``Monday, March 26``, ``March 26th``
  (month, day, optional year);
* ``26 March 2018``, ``the 26th of March``, ``Monday 26 March`` (day, month,
  optional year).

Month and weekday names come from a :class:`CalendarWords` vocabulary (the
English one of ``tidings/data/time/en.toml`` by default) and count only when
capitalised in the text ("May 5", "MAY 5", never "may 5"). A date without a
year keeps ``year=None``: choosing its year is the caller's business (the
latest year a text mentions, or the year nearest the publication date).

The patterns match *lower-cased* text (see :func:`fold_case`); the coding
stage's TIMEX3 grammar embeds them among its own rules through
:attr:`DateRecogniser.patterns` and reads its matches with
:meth:`DateRecogniser.read`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Optional

from .iso import parse_iso
from .lexicon import alternation, load_lexicon

__all__ = ["CalendarWords", "FoundDate", "DateRecogniser", "english_words", "recogniser", "find_dates", "parse_written_date", "fold_case"]


RULES = ("iso", "slash", "mdy", "dmy")


@dataclass(frozen=True, eq=False)
class CalendarWords:
    """Names the recogniser knows, lower case: months, month abbreviations, weekdays (ISO numbers), ordinal day words."""

    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    ordinals: Mapping[str, int]


@lru_cache(maxsize=1)
def english_words() -> CalendarWords:
    """The English names of the time lexicon (``tidings/data/time/en.toml``)."""
    lex = load_lexicon()
    return CalendarWords(lex.months, lex.month_abbreviations, lex.weekdays, lex.ordinals)


@dataclass(frozen=True)
class FoundDate:
    """A calendar date found in a text: span ``start``..``end``, ``month``, ``day``, ``year`` (None when not written).

    ``clock`` is the ``HH:MM`` of an ISO date-time, ``rule`` the pattern
    that found it (``iso``, ``slash``, ``mdy``, ``dmy``).
    """

    start: int
    end: int
    month: int
    day: int
    year: Optional[int]  # None when the text gives only month and day
    clock: Optional[str] = None
    rule: str = ""

    def date(self, year: Optional[int] = None) -> Optional[dt.date]:
        """The day, taking ``year`` when the text gave none; None when there is no year or no such day."""
        y = self.year or year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None

    def iso(self, year: Optional[int] = None) -> Optional[str]:
        """:meth:`date` as ``YYYY-MM-DD``."""
        d = self.date(year)
        return d.isoformat() if d else None


def fold_case(text: str) -> str:
    """Lower-case ``text`` keeping every character at its offset (the patterns match folded text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_MAX_DAY = {m: calendar.monthrange(2000, m)[1] for m in range(1, 13)}  # a leap year: "Feb. 29" may exist


def _day_ok(month: int, day: int, year: Optional[int]) -> bool:
    if not 1 <= month <= 12 or not 1 <= day <= _MAX_DAY[month]:
        return False
    if year is None:
        return True
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


class DateRecogniser:
    """Finds explicit calendar dates; one instance per vocabulary (see :func:`recogniser`)."""

    def __init__(self, words: CalendarWords) -> None:
        self.words = words
        self.month_number: dict[str, int] = {**words.months, **words.month_abbreviations}
        self.names = frozenset(self.month_number) | frozenset(words.weekdays)
        mon = f"(?:{alternation(self.month_number)})"
        wd = f"(?:{alternation(words.weekdays)})"
        day = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{alternation(words.ordinals)})"
        #: rule name -> pattern over folded text; groups: y, m, d, hh, mi (iso); a, b, y (slash); wd, mon, day, y (mdy, dmy)
        self.patterns: dict[str, str] = {
            "iso": r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:t(?P<hh>\d{2}):(?P<mi>\d{2})(?::\d{2})?)?\b",
            "slash": r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
            "mdy": rf"\b(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\.?\s+(?P<day>{day})(?!\s*(?:%|percent))\b(?:,?\s+(?P<y>\d{{4}})\b)?",
            "dmy": rf"\b(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<mon>{mon})\b\.?(?:,?\s+(?P<y>\d{{4}})\b)?",
        }
        self.compiled = [(name, re.compile(self.patterns[name])) for name in RULES]
        self._rule_of = {p: name for name, p in self.patterns.items()}
        abbreviations = {w[:3] for w in words.weekdays} | {w[:4] for w in words.weekdays}
        self._leading_weekday = re.compile(rf"(?:{alternation(set(words.weekdays) | abbreviations)})\.?,?\s+", re.IGNORECASE)

    def capitalised(self, m: re.Match[str], text: str) -> bool:
        """Whether the month and weekday names of a match are capitalised in the original ``text``."""
        for group in ("mon", "wd"):
            if group in m.re.groupindex and m.start(group) >= 0 and not text[m.start(group)].isupper():
                return False
        return True

    def read(self, m: re.Match[str]) -> Optional[FoundDate]:
        """The date a match of one of :attr:`patterns` writes, or None when there is no such day."""
        rule = self._rule_of.get(m.re.pattern)
        if rule is None:
            raise ValueError("not a match of this recogniser's patterns")
        clock = None
        year: Optional[int]
        if rule == "iso":
            year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
            if m["hh"]:
                clock = f"{m['hh']}:{m['mi']}"
        elif rule == "slash":
            a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
            if len(m["y"]) == 2:
                year += 2000 if year < 50 else 1900
            month, day = (a, b) if a <= 12 else (b, a)
        else:
            month = self.month_number.get(m["mon"].lower().rstrip("."), 0)
            token = m["day"].lower()
            digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", token)
            day = int(digits.group(1)) if digits else self.words.ordinals.get(token, 0)
            year = int(m["y"]) if m["y"] else None
        if not _day_ok(month, day, year):
            return None
        return FoundDate(m.start(), m.end(), month, day, year, clock, rule)

    def find(self, text: str) -> list[FoundDate]:
        """Every date in ``text``, in text order; of overlapping matches the longest wins (then the earlier rule)."""
        low = fold_case(text)
        found: list[tuple[int, FoundDate]] = []
        for order, (_, rx) in enumerate(self.compiled):
            for m in rx.finditer(low):
                if not self.capitalised(m, text):
                    continue
                date = self.read(m)
                if date is not None:
                    found.append((order, date))
        found.sort(key=lambda f: (-(f[1].end - f[1].start), f[0], f[1].start))
        taken: list[FoundDate] = []
        for _, d in found:
            if all(d.end <= t.start or d.start >= t.end for t in taken):
                taken.append(d)
        return sorted(taken, key=lambda d: d.start)

    def written_date(self, s: str) -> Optional[dt.date]:
        """The day of a string holding one full date and nothing else (see :func:`parse_written_date`)."""
        s = " ".join(s.split())
        if not s or len(s) > 80:
            return None
        span = parse_iso(s)
        if span is not None:
            return span.start if span.precision == "day" else None
        clock = _LEADING_CLOCK.match(s)  # "7:58 AM ET, Sat January 3, 2015", "9:43 PM, Dec 11, 2016"
        if clock:
            s = s[clock.end():]
        lead = self._leading_weekday.match(s)
        if lead:
            s = s[lead.end():]
        found = self.find(s)
        if not found or found[0].start != 0 or found[0].year is None:
            return None
        if not _TAIL.fullmatch(s[found[0].end:]):
            return None
        return found[0].date()


# what may follow a date written by itself: a clock time and a time zone ("at 10:32 a.m. ET", "14:02 GMT", "| 10:00 +0000")
_AMPM = r"(?i:[ap]\.?\s?m\.?)"
_TAIL = re.compile(
    r"[\s,|\-–—@]*(?:at\s+)?"
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*{_AMPM})?|\d{{1,2}}\s*{_AMPM})?"
    r"\s*(?:\(?[A-Z]{2,5}\)?|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})?"
    rf"(?:\s*{_AMPM})?\s*[.)]?"  # "December 17, 2016 4:45:51 EST PM"
)
# a clock time (and its zone) written before the date, then a comma or a bar: "7:58 AM ET, Sat January 3, 2015"
_LEADING_CLOCK = re.compile(
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*{_AMPM}?|\d{{1,2}}\s*{_AMPM})\s*(?:\(?[A-Z]{{2,5}}\)?)?\s*[,|]\s*"
)


@lru_cache(maxsize=8)
def recogniser(words: Optional[CalendarWords] = None) -> DateRecogniser:
    """The recogniser of a vocabulary (English when None); built once per vocabulary."""
    return DateRecogniser(words if words is not None else english_words())


def find_dates(text: str, words: Optional[CalendarWords] = None) -> list[FoundDate]:
    """Explicit calendar dates in ``text``, in text order (see the module doc for the forms)."""
    return recogniser(words).find(text)


def parse_written_date(s: object, words: Optional[CalendarWords] = None) -> Optional[dt.date]:
    """The day of a string holding one full date, or ``None``.

    Reads ISO days and date-times (policy of :mod:`tidings.time.iso`) and
    written dates with a year: "March 27, 2018", "27 March 2018", "Mar. 27,
    2018", "Tuesday, March 27, 2018", "Tue, 27 Mar 2018 14:02:00 +0000",
    "03/27/2018", "March 27, 2018 10:15 a.m. EST", and after a clock time as
    some bylines write it, "7:58 AM ET, Sat January 3, 2015". Partial dates
    ("March 2018", "2018", "March 27") and anything else around the date give
    ``None``.
    """
    if not isinstance(s, str):
        return None
    return recogniser(words).written_date(s)
