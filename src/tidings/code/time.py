"""Time expressions: find them in text and normalise them to TIMEX3 values.

:func:`dates` finds every date and time expression in a text (rule-based,
exact character spans) and normalises each one against an *anchor*, the
publication date of the document: ``"yesterday"`` with anchor 2018-03-27 is
``2018-03-26``, ``"this week"`` is ``2018-W13``, ``"six years"`` is ``P6Y``.
:func:`event_date` turns the time expressions that govern an event into an
ISO date range with a precision, and :func:`timex_to_range` does the same for
one TIMEX3 value. :func:`parse_date_string` reads one date written by itself
(``"Mar. 27, 2018"``), for publication dates and command-line values.

Calendar dates written in full ("March 26, 2018", "26 March", "2018-03-26",
"3/26/2018") are found by the shared recogniser of :mod:`tidings.time`, whose
patterns this grammar embeds; ISO values are read with :mod:`tidings.time`'s
one ISO policy.

The words behind the rules (months, numbers, units, modifiers, holidays, ...)
live in ``tidings/data/time/en.toml``; see :func:`load_lexicon` to add more.

Resolution rules, in short (``docs/dates.md`` has the full list):

* a day or month without a year takes the year that puts it nearest to the
  anchor; when the sentence points to the future (``will``, ``is to``,
  ``scheduled`` ...) it takes the next one on or after the anchor instead;
* a bare weekday (``"on Monday"``) is the last such day on or before the
  anchor, or the first one after it when the sentence points to the future;
* ``"two days later"`` / ``"a year earlier"`` count from the last full date
  mentioned before them in the text (not one beside them after a comma),
  never from the anchor;
* a year word after a date without a year sets its year (``"25 February last year"``);
* a preposition in front (``before May``, ``by``, ``until``, ``since``,
  ``after``) is kept in an extra ``mod`` key, as is a modifier inside the
  span (``early``, ``late``, ``nearly``, ``at least``: TIMEX3 ``mod``).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional, cast

from dateutil.relativedelta import relativedelta

from .._errors import ConfigError
from .._types import DateInfo, Timex
from ..time import BASIS_NARRATIVE, BASIS_REPORTED, BASIS_TEXT, REPORTED, CalendarWords, DateRecogniser, date_basis, fold_case, parse_iso, parse_written_date
from ..time.lexicon import Lexicon, alternation, load_lexicon

__all__ = [
    "dates", "event_date", "timex_to_range", "parse_date_string", "load_lexicon", "Timex", "DateInfo",
    "own_date", "reported_date", "number_value", "report_day", "date_basis", "act_day", "BASIS_TEXT", "BASIS_NARRATIVE", "BASIS_REPORTED", "REPORTED", "ACT_SLACK_DAYS",
]

log = logging.getLogger(__name__)

Date = _dt.date

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "range": 4, "year": 5, "decade": 6, "century": 7}


# --------------------------------------------------------------------------- values


def _day(d: Date) -> str:
    return d.isoformat()


def _week(d: Date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _quarter_of(d: Date) -> int:
    return (d.month - 1) // 3 + 1


def _add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    idx = y * 4 + (q - 1) + n
    return idx // 4, idx % 4 + 1


def _num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _safe_date(y: int, m: int, d: int) -> Optional[Date]:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def _coerce_anchor(anchor: object, lex: Optional[Lexicon] = None) -> Optional[Date]:
    """The anchor day: a date, a datetime, or a string holding one full date (ISO or written)."""
    if anchor is None or anchor == "":
        return None
    if isinstance(anchor, _dt.datetime):
        return anchor.date()
    if isinstance(anchor, Date):
        return anchor
    if isinstance(anchor, str):
        day = parse_written_date(anchor, _words(lex) if lex is not None else None)
        if day is not None:
            return day
    raise ConfigError(f"anchor must be an ISO date, a date or None, got {anchor!r}",
                      fix="pass the publication date, e.g. anchor='2018-03-27'")


# --------------------------------------------------------------------------- patterns


@dataclass
class _Ctx:
    text: str
    anchor: Optional[Date]
    lex: Lexicon
    ref: Optional[Date] = None  # last full date mentioned before the expression

    @property
    def base(self) -> Optional[Date]:
        return self.ref or self.anchor


@dataclass
class _Hit:
    start: int
    end: int
    type: str
    value: str
    kind: str  # "day" (value is a calendar day), "clock", "weekday", "point", "amount", "ref", "set"
    mod: Optional[str] = None
    needs_ref: bool = False
    rule: str = ""
    match: Optional[re.Match[str]] = None


_Handler = Callable[[re.Match[str], _Ctx], Optional[_Hit]]


def _names(words: Iterable[str]) -> str:
    """Alternation of names (months, days); :func:`_find` checks they are capitalised in the text."""
    return "(?:" + alternation(words) + ")"


_NAME_GROUPS = ("mon", "wd", "what", "u")


def _plural(unit: str) -> str:
    return unit[:-1] + "ies" if unit.endswith("y") and unit != "day" else unit + "s"


@lru_cache(maxsize=8)
def _words(lex: Lexicon) -> CalendarWords:
    """The names the calendar-date recogniser takes from a time lexicon."""
    return CalendarWords(months=lex.months, month_abbreviations=lex.month_abbreviations, weekdays=lex.weekdays, ordinals=lex.ordinals)


class _Grammar:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.calendar = DateRecogniser(_words(lex))
        months_all = {**lex.months, **lex.month_abbreviations}
        self.month_num = months_all
        units = list(lex.units)
        self.unit_of = {u: u for u in units} | {_plural(u): u for u in units}
        tens = [w for w, v in lex.numbers.items() if v in {20, 30, 40, 50, 60, 70, 80, 90}]
        ones = [w for w, v in lex.numbers.items() if 1 <= v <= 9 and w not in {"a", "an"}]
        compound = f"(?:{alternation(tens)})-(?:{alternation(ones)})" if tens and ones else "(?!)"
        self.TENS = "(?:" + alternation(w for w, v in lex.numbers.items() if v in {20, 30, 40, 50, 60, 70, 80, 90}) + ")"
        self.ONES = "(?:" + alternation(w for w, v in lex.numbers.items() if 1 <= v <= 9 and w not in {"a", "an"}) + ")"
        self.TEENS = "(?:" + alternation(w for w, v in lex.numbers.items() if 10 <= v <= 19 and " " not in w and w != "dozen") + ")"
        self.NUM = rf"(?:\d+(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+|{compound}|{alternation(lex.numbers)})"
        self.VAGUE = alternation(lex.vague_numbers)
        self.UNIT = alternation(self.unit_of)
        self.UNIT_PL = alternation(_plural(u) for u in units)
        self.MON = _names(months_all)
        self.MONFULL = _names(lex.months)
        self.WD = _names(lex.weekdays)
        self.names = frozenset(months_all) | frozenset(lex.weekdays)
        self.ORD = alternation(lex.ordinals)
        self.SEASON = alternation(lex.seasons)
        self.POD = alternation(lex.parts_of_day)
        self.compile()

    def compile(self) -> None:
        g = self
        calendar_dates = g.calendar.patterns  # written calendar dates: the recogniser shared with the read stage
        rules: list[tuple[str, str, _Handler]] = [
            ("iso", calendar_dates["iso"], _h_iso),
            ("slash", calendar_dates["slash"], _h_slash),
            ("mdy", calendar_dates["mdy"], _h_date),
            ("dmy", calendar_dates["dmy"], _h_date),
            ("my", rf"(?P<mon>{g.MON})\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})\b", _h_month_year),
            ("month", rf"\b(?P<mon>{g.MONFULL})\b", _h_month),
            ("year", r"(?:\b(?P<fy>fiscal(?:\s+year)?|fy)\s*)?(?:(?<=\bmid-)|(?<![\w$£€#/.,:-]))(?P<y>1[5-9]\d\d|20\d\d)\b", _h_year),
            ("spelled_year", rf"(?:\b(?P<mon>{g.MONFULL})\s+)?\b(?:the\s+year\s+)?(?:(?P<c>nineteen|twenty)[\s-]+(?:hundred[\s-]+(?:and\s+)?)?(?P<yy>{g.TENS}(?:-(?:{g.ONES}))?|{g.TEENS})|(?P<k>two\s+thousand)(?:\s+(?:and\s+)?(?P<ky>{g.TENS}(?:-(?:{g.ONES}))?|{g.TEENS}|{g.ONES}))?)\b", _h_spelled_year),
            ("decade", r"(?:\bthe\s+)?(?:\b(?P<dm>early|late|mid)[-\s]+)?(?:\b(?P<dec>(?:1[5-9]|20)\d0)'?s|'(?P<dd>\d)0s)\b", _h_decade),
            ("century", rf"(?:\bthe\s+)?\b(?P<c>\d{{1,2}}(?:st|nd|rd|th)|{g.ORD})[\s-]+century\b", _h_century),
            ("quarter", r"(?:\b(?P<y0>(?:19|20)\d\d)\s+)?(?:\b(?P<the>the)\s+)?(?:\b(?P<q>first|second|third|fourth|final|last|latest|current|previous|past|next|coming|same|year-ago|year-earlier|1st|2nd|3rd|4th)[\s-]+)?\b(?:(?P<fq>fiscal)\s+)?(?P<unit>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?P<y>\d{4})\b|,?\s+(?P<y2>\d{4})\b)?", _h_quarter),
            ("qn", r"\bq(?P<qn>[1-4])\b(?:\s+(?P<y>\d{4})\b)?", _h_quarter),
            ("today", r"\b(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b", _h_today),
            ("pod", rf"\b(?P<dem>this|last|tomorrow|yesterday)\s+(?P<pod>{g.POD})\b", _h_pod),
            ("inday", r"\b(?P<dir>earlier|later)\s+(?:in\s+the\s+day|that\s+day|on\s+the\s+same\s+day)\b", _h_inday),
            ("weekend", r"\bthe\s+weekend\b", _h_the_weekend),
            ("weekday", rf"\b(?P<wd>{g.WD})\b", _h_weekday),
            ("rel", rf"\b(?P<rel>(?:the\s+)?(?:last|next|coming|past|previous|following|preceding)|this|that)\s+(?P<what>week(?:end)?|month|year|quarter|decade|century|day|{g.WD}|{g.MONFULL}|{g.SEASON})\b", _h_rel),
            ("ago", rf"\b(?P<n>{g.NUM}|{g.VAGUE})[\s-]+(?P<u>{g.UNIT})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|before|after|from\s+now|hence)\b(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)", _h_ago),
            ("dur", rf"(?:\b(?P<the>the)\s+)?(?:\b(?P<rel>past|last|next|coming|following|previous|preceding|first|final|remaining|initial)\s+)?\b(?P<n>{g.NUM}|{g.VAGUE})(?:\s+or\s+(?:so|more))?[\s-]+(?P<u>{g.UNIT})\b(?P<half>\s+and\s+a\s+half\b)?(?P<old>[\s-]+old\b)?", _h_duration),
            ("half", rf"\b(?:half\s+an?|an?\s+half)[\s-]+(?P<u>{g.UNIT})\b", _h_half),
            ("plural", rf"\b(?P<u>{g.UNIT_PL})\b", _h_bare_plural),
            ("refpl", rf"(?:\bthe\s+)?\b(?P<r>recent|coming|past|upcoming|next\s+few|past\s+few|last\s+few)\s+(?P<u>{g.UNIT_PL})\b", _h_ref_plural),
            ("ref", rf"\b(?P<r>{alternation(g.lex.references)})\b", _h_ref),
            ("set", rf"\b(?P<w>{alternation(g.lex.sets)})\b", _h_set_word),
            ("every", rf"\b(?P<e>every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>{g.NUM})\s+)?(?P<u>{g.UNIT}|{g.POD}|weekend|{g.WD}|{g.MONFULL}|{g.SEASON})\b", _h_every),
            ("season", rf"(?:\b(?P<the>the)\s+)?\b(?P<s>{g.SEASON})\b(?:\s+(?:of\s+)?(?P<y>\d{{4}})\b)?", _h_season),
            ("holiday", rf"\b(?P<h>{alternation(g.lex.holidays)})(?:\s+(?P<y>\d{{4}}))?\b", _h_holiday),
            ("clock", r"\b(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ap>[ap]\.m\.|[ap]\.m\b|[ap]m\b)(?:\s+(?P<tz>[a-z]{2,3}t|gmt|utc)\b)?", _h_clock),
            ("clock24", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s+(?P<tz>[a-z]{2,3}t|gmt|utc)\b)?", _h_clock),
            ("noon", r"\b(?P<w>noon|midday|midnight)\b", _h_noon),
            ("yearend", r"\b(?:(?P<the>the)\s+)?(?P<pos>end|beginning|start|middle|turn)\s+of\s+(?:the\s+)?(?P<what>year|month|week|quarter|decade|century)\b|\byear(?:'s)?[\s-]end\b", _h_period_edge),
        ]
        # matched on lower-cased text without IGNORECASE: much faster for Python's re
        self.rules = [(name, re.compile(rx), fn) for name, rx, fn in rules]
        # words one of which every match of a rule holds (from the parts its pattern cannot do without): a text with
        # none of them is not searched with it. A lexicon word with a space (matched by any white space) gives none.
        units = tuple(self.unit_of)
        plurals = tuple(_plural(u) for u in g.lex.units)
        self.needles: dict[str, tuple[str, ...]] = {
            "century": ("century",), "quarter": ("quarter", "half"), "decade": ("0s", "0's"),
            "spelled_year": ("nineteen", "twenty", "thousand"), "clock24": (":",), "qn": ("q1", "q2", "q3", "q4"),
            "yearend": ("end", "beginning", "start", "middle", "turn"), "half": ("half",), "weekend": ("weekend",),
            "today": ("today", "tonight", "yesterday", "tomorrow"), "inday": ("earlier", "later"),
            "every": ("every", "each", "per"), "noon": ("noon", "midday", "midnight"),
            **({"dur": units, "ago": units} if all(" " not in u for u in units) else {}),
            **({"plural": plurals, "refpl": plurals} if all(" " not in u for u in plurals) else {}),
            **({"season": tuple(g.lex.seasons)} if all(" " not in w for w in g.lex.seasons) else {}),
        }
        self.digit_rules = frozenset({"iso", "slash", "my", "year", "clock"})  # a year, a day or an hour in digits
        mods = alternation(m for m in g.lex.modifiers if not m.endswith("-"))
        self.MOD_BEFORE = re.compile(rf"\b(?P<m>{mods})\s+$|\b(?P<h>mid)-$", re.IGNORECASE)
        self.POD_AFTER = re.compile(rf"\s+(?P<pod>{g.POD})\b", re.IGNORECASE)
        self.POD_OF_BEFORE = re.compile(rf"(?:\bthe\s+)?(?:\b(?:early|late)\s+)?\b(?P<pod>{g.POD})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        self.DAY_AFTER_CLOCK = re.compile(r"^,?\s+(?:on\s+)?$", re.IGNORECASE)
        self.PREP_BEFORE = re.compile(r"\b(?P<p>before|by|until|till|through|since|after|from|as\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
        cues = alternation(c for c in g.lex.future_cues)
        self.FUTURE = re.compile(rf"(?:\b|(?<=\w)(?='))(?:{cues})\b", re.IGNORECASE)
        self.TITLE_AFTER = re.compile(rf"\s+(?-i:{alternation(g.lex.weekday_titles)})\b")


@lru_cache(maxsize=8)
def _grammar(lex: Lexicon) -> _Grammar:
    return _Grammar(lex)


# --------------------------------------------------------------------------- context helpers


def _prev_words(text: str, start: int, n: int = 3) -> list[str]:
    """The ``n`` words before ``start`` (lower case, nearest last), within the sentence."""
    chunk = text[max(0, start - 60):start]
    cut = max(chunk.rfind(". "), chunk.rfind("\n"), chunk.rfind("; "))
    if cut >= 0:
        chunk = chunk[cut + 1:]
    return re.findall(r"[a-z]+(?:'[a-z]+)?", chunk.lower())[-n:]


def _prev_phrase_in(text: str, start: int, phrases: frozenset[str]) -> bool:
    words = _prev_words(text, start, 3)
    for k in (1, 2, 3):
        if len(words) >= k and " ".join(words[-k:]) in phrases:
            return True
    return False


_BOUNDARY = re.compile(
    r"(?<!\b[A-Za-z])(?<!\bMrs)(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\b[A-Z][a-z]{2})(?<!\bSept)"
    r"[.!?]['\"\u201d]?\s+(?=[A-Z\"\u201c'(])|\n"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around ``text[start:end]`` (abbreviations like "a.m." or "Jan." do not end one)."""
    lo = max(0, start - 300)
    left = lo
    for m in _BOUNDARY.finditer(text, lo, start):
        left = m.end()
    after = _BOUNDARY.search(text, end, end + 300)
    right = after.start() + 1 if after else min(len(text), end + 300)
    return left, right


_FUTURE_BEFORE = 60  # characters of the sentence before an expression searched for future cues
_FUTURE_AFTER = 30


def _future(ctx: _Ctx, start: int, end: int) -> bool:
    g = _grammar(ctx.lex)
    past = re.search(r"\b(?:said|says|told|\w+ed)\s+(?:on\s+)?$", ctx.text[max(0, start - 20):start], re.I)
    if past and not re.search(r"\bbe\s+$", ctx.text[max(0, start - 20 - 4):max(0, start - 20) + past.start()], re.I):
        return False  # "announced Wednesday": the day of a past report (not "will be sentenced July 13", a passive to come)
    left, right = _sentence(ctx.text, start, end)
    window = ctx.text[max(left, start - _FUTURE_BEFORE):start] + " " + ctx.text[end:min(right, end + _FUTURE_AFTER)]
    return bool(g.FUTURE.search(window))


def _number(s: str, lex: Lexicon) -> Optional[float]:
    """Count of a numeral or number word; ``None`` for vague quantities ("several")."""
    s = " ".join(s.lower().split())
    if s in lex.vague_numbers:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    if s in lex.numbers:
        return lex.numbers[s]
    if "-" in s:
        parts = s.split("-")
        if all(p in lex.numbers for p in parts):
            return sum(lex.numbers[p] for p in parts)
    return None


def number_value(text: str, lexicon: Optional[Lexicon] = None) -> Optional[float]:
    """The count a numeral or number word stands for ("8", "eight", "twenty-one"); ``None`` for vague ones."""
    return _number(text, lexicon or load_lexicon())


def _ordinal(s: str, lex: Lexicon) -> Optional[int]:
    s = s.lower()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", s)
    if m:
        return int(m.group(1))
    return lex.ordinals.get(s)


_FORWARD_DAYS = 90


def _nearest_year(ctx: _Ctx, month: int, day: Optional[int], start: int, end: int) -> Optional[int]:
    """Year that puts (month, day) nearest to the anchor; forward when the sentence points to the future."""
    a = ctx.anchor
    if a is None:
        return None
    future = _future(ctx, start, end)
    best: Optional[tuple[tuple[int, bool], int]] = None
    for y in (a.year - 1, a.year, a.year + 1):
        if day is None:
            first = Date(y, month, 1)
            last = Date(y, month, calendar.monthrange(y, month)[1])
            if future and last < a:
                continue
            dist = 0 if first <= a <= last else min(abs((first - a).days), abs((last - a).days))
            point = first
        else:
            d = _safe_date(y, month, day)
            if d is None or (future and d < a):  # "Feb. 29" only in leap years
                continue
            dist = abs((d - a).days)
            point = d
        later = point > a
        if later and not future and dist > _FORWARD_DAYS:
            dist += 366  # undated days and months are mostly past in news
        key = (dist, later and not future)  # ties go to the past, unless the sentence is about the future
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else a.year


# --------------------------------------------------------------------------- handlers


def _mk(m: re.Match[str], type_: str, value: str, kind: str, **kw: Any) -> _Hit:
    return _Hit(m.start(), m.end(), type_, value, kind, match=m, **kw)


def _h_iso(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    found = _grammar(ctx.lex).calendar.read(m)
    d = found.date() if found else None
    if found is None or d is None:
        return None
    if found.clock:
        return _mk(m, "TIME", f"{_day(d)}T{found.clock}", "clock")
    return _mk(m, "DATE", _day(d), "day")


def _h_slash(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    found = _grammar(ctx.lex).calendar.read(m)
    d = found.date() if found else None
    return _mk(m, "DATE", _day(d), "day") if d else None


def _h_date(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    found = _grammar(ctx.lex).calendar.read(m)
    if found is None:
        return None
    if found.year is not None:
        d = found.date()
        return _mk(m, "DATE", _day(d), "day") if d else None
    mon, day = found.month, found.day
    if m.start("mon") == m.start() and ctx.text[m.start("mon"):m.end("mon")] == "May":
        # "Theresa May 5 ..." is rare; a capitalised word right before "May <day>" is a name
        words = ctx.text[max(0, m.start() - 20):m.start()].split()
        if words and words[-1][:1].isupper() and words[-1].lower().strip(",") not in ctx.lex.month_context and not m["wd"]:
            if not re.match(r"[.!?]", words[-1][-1:]):
                return None
    y = _nearest_year(ctx, mon, day, m.start(), m.end())
    if y is None:
        return _mk(m, "DATE", f"XXXX-{mon:02d}-{day:02d}", "day")
    d = _safe_date(y, mon, day)
    return _mk(m, "DATE", _day(d), "day") if d else None


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    mon = _grammar(ctx.lex).month_num.get(m["mon"].lower().rstrip("."))
    return _mk(m, "DATE", _month(int(m["y"]), mon), "point") if mon else None


def _h_month(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    name = m["mon"].lower()
    lex = ctx.lex
    text = ctx.text
    after = text[m.end():m.end() + 20]
    if text[max(0, m.start() - 4):m.start()].lower() == "mid-":
        ok = True
    else:
        phrases = lex.ambiguous_month_context if name in lex.ambiguous_months else lex.month_context
        ok = _prev_phrase_in(text, m.start(), phrases) or (name not in lex.ambiguous_months and _premodifying_month(text, m))
        # "in May" where May is a person: "in May's cabinet", "May said"
        if ok and re.match(r"(?:'s\b|\s+(?:said|says|told|and\s+her)\b)", after):
            ok = False
        # "in April Ryan's report": a name when a capitalised word follows (not a day, month or weekday)
        if ok and name in lex.ambiguous_months:
            nxt = re.match(r"\s+([A-Z][a-z]+)", after)
            if nxt and nxt.group(1).lower() not in lex.months and nxt.group(1).lower() not in lex.weekdays:
                ok = False
    if not ok:
        return None
    mon = lex.months[name]
    y = _nearest_year(ctx, mon, None, m.start(), m.end())
    value = f"XXXX-{mon:02d}" if y is None else _month(y, mon)
    return _mk(m, "DATE", value, "point")


_PREMODIFIER_DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "last"})


def _premodifying_month(text: str, m: re.Match[str]) -> bool:
    """Is the month name a date premodifying a noun after a determiner, with at most one word between ("a failed July
    coup", "the July attack", "his October visit")? Not a name or title ("the July Monarchy", "July Fourth")."""
    nxt = re.match(r"\s+([a-z][a-z-]+)\b", text[m.end():m.end() + 30])
    if nxt is None or nxt.group(1) in {"and", "or", "of", "to", "the", "a", "an"}:
        return False
    before = re.findall(r"[A-Za-z']+", text[max(0, m.start() - 40):m.start()])
    return bool(before) and (before[-1].lower() in _PREMODIFIER_DETS or before[-1].endswith("'s")
                             or (len(before) > 1 and before[-1].islower() and before[-2].lower() in _PREMODIFIER_DETS))


def _h_year(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    text = ctx.text
    y = int(m["y"])
    after = text[m.end():m.end() + 24]
    if re.match(r"(?:[.,:/-]\d|\s*(?:%|per\s*cent|percent)|\s*-\s*(?:year|day|month)|\s+(?:a\.m|p\.m|am|pm|hours|GMT|UTC)\b)", after, re.I):
        return None
    if m["fy"]:
        return _mk(m, "DATE", f"{y:04d}", "point")
    before = text[max(0, m.start() - 12):m.start()]
    if re.search(r"(?:[$£€#]\s*|\bNo\.\s*|\bno\.\s*|\bnumber\s+|\broute\s+|\bflight\s+)$", before, re.I):
        return None
    ctx_word = _prev_phrase_in(text, m.start(), ctx.lex.month_context | {"year", "in", "of", "the", "since", "until"})
    if not ctx_word and re.match(r"\s+[a-z]+s\b", after) and not re.match(r"\s+(?:was|has|is|as|saw|does|remains|marks)\b", after):
        return None  # "2000 troops"
    if not ctx_word and ctx.anchor is not None and y > ctx.anchor.year + 30:
        return None
    return _mk(m, "DATE", f"{y:04d}", "point")


def _h_spelled_year(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    """Years in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand and one"."""
    lex = ctx.lex
    if m["c"]:
        tail = _number(m["yy"], lex)
        if tail is None:
            return None
        y = (19 if m["c"].lower() == "nineteen" else 20) * 100 + int(tail)
    else:
        tail = _number(m["ky"], lex) if m["ky"] else 0
        if tail is None:
            return None
        y = 2000 + int(tail)
        if not m["ky"] and not m.group(0).lower().startswith("the year"):
            return None  # "two thousand troops"
    if re.match(r"\s+(?!(?:and|or|to|in|on|at|for|was|is|when|after|before)\b)[a-z]+s\b", ctx.text[m.end():m.end() + 20]):
        return None  # "twenty five dollars", "nineteen twenty troops"
    if m["mon"]:
        return _mk(m, "DATE", _month(y, lex.months[m["mon"].lower()]), "point")
    return _mk(m, "DATE", f"{y:04d}", "point")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    if m["dec"]:
        value = m["dec"][:3] + "X"
    else:
        century = (ctx.anchor.year // 100 - (1 if ctx.anchor and int(m["dd"]) * 10 > ctx.anchor.year % 100 else 0)) if ctx.anchor else 19
        value = f"{century:02d}{m['dd']}X"
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["dm"] or "").lower())
    return _mk(m, "DATE", value, "point", mod=mod)


def _h_century(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    n = _ordinal(m["c"], ctx.lex)
    if not n or n > 21:
        return None
    return _mk(m, "DATE", f"{n - 1:02d}", "point")


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    hit = _h_quarter_value(m, ctx)
    if hit is not None and m.groupdict().get("the") and m.groupdict().get("q") and re.search(r"-(?:quarter|half)", m.group(0), re.I):
        hit.start = m.start("q")  # "the third-quarter results": "the" belongs to the noun
    return hit


def _h_quarter_value(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    a = ctx.anchor
    unit = (m.groupdict().get("unit") or "quarter").lower()
    qn = m.groupdict().get("qn")
    word = (m.groupdict().get("q") or "").lower()
    year = m.groupdict().get("y") or m.groupdict().get("y2") or m.groupdict().get("y0")
    the = m.groupdict().get("the")
    if qn:
        q = int(qn)
    elif word in {"first", "1st"}:
        q = 1
    elif word in {"second", "2nd"}:
        q = 2
    elif word in {"third", "3rd"}:
        q = 3
    elif word in {"fourth", "4th", "final"}:
        q = 4 if unit == "quarter" else 2
    else:
        q = None
    if unit == "half":
        if q not in (1, 2):
            return None
        if year:
            return _mk(m, "DATE", f"{int(year):04d}-H{q}", "point")
        if a is None:
            return _mk(m, "DATE", f"XXXX-H{q}", "point")
        y = a.year if (q == 1 or a.month > 6 or _future(ctx, m.start(), m.end())) else a.year - 1
        return _mk(m, "DATE", f"{y:04d}-H{q}", "point")
    if q is None and not word and not the:
        return None
    if not word and not qn and ctx.text[m.end():m.end() + 4].lower() == " of " and not year:
        return None  # "the quarter of the city"
    if q is not None:
        if year:
            return _mk(m, "DATE", f"{int(year):04d}-Q{q}", "point")
        if a is None:
            return _mk(m, "DATE", f"XXXX-Q{q}", "point")
        y = a.year
        if q > _quarter_of(a) and not _future(ctx, m.start(), m.end()):
            y -= 1  # earnings reports speak of quarters already ended
        return _mk(m, "DATE", f"{y:04d}-Q{q}", "point")
    if a is None:
        return _mk(m, "DATE", "XXXX-QX", "point")
    shift = {"current": 0, "same": 0, "next": 1, "coming": 1, "year-ago": -5, "year-earlier": -5}.get(word, -1)
    y, qq = _add_quarters(a.year, _quarter_of(a), shift)
    return _mk(m, "DATE", f"{y:04d}-Q{qq}", "point")


_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’.-]*")
_NAME_LINKS = frozenset({"for", "of", "the", "and", "&"})


def name_part(text: str, start: int, end: int) -> bool:
    """Is the word at ``[start, end)``, written with a capital inside a line that is not in title case, part of a
    name beside other capitalised words ("USA Today", "the Trees for Tomorrow Project") rather than a time word?"""
    if not text[start:start + 1].isupper():
        return False
    before = text[:start].rstrip(" \t")
    if not before or before[-1] in ".!?:;\"“‘'(\n—–-":
        return False  # a sentence, a quotation or a line opens with it
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[lo:hi if hi >= 0 else len(text)]) if len(w) > 3]
    if line and all(w[0].isupper() for w in line):
        return False  # a headline in title case: "Ministers Meet Tomorrow"
    prev = before.split()[-1] if before.split() else ""
    after = text[end:].split()
    nxt = after[0] if after else ""
    if _CAPITALISED_WORD.match(prev) or _CAPITALISED_WORD.match(nxt):
        return True
    words = before.split()
    return prev.lower() in _NAME_LINKS and len(words) >= 2 and _CAPITALISED_WORD.match(words[-2]) is not None


def _h_today(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    w = " ".join(m["w"].lower().split())
    if w in {"today", "tomorrow", "yesterday", "tonight"} and name_part(ctx.text, m.start("w"), m.end("w")):
        return None  # "USA Today", "the Trees for Tomorrow project": a name, no date
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    if ctx.anchor is None:
        return _mk(m, "DATE", "XXXX-XX-XX" + ("TNI" if w == "tonight" else ""), "day")
    d = ctx.anchor + _dt.timedelta(days=offset)
    if w == "tonight":
        return _mk(m, "TIME", f"{_day(d)}TNI", "clock")
    return _mk(m, "DATE", _day(d), "day")


def _h_pod(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    dem = m["dem"].lower()
    pod = ctx.lex.parts_of_day[m["pod"].lower()]
    offset = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1 if pod == "NI" else None}[dem]
    if offset is None:
        return None
    if ctx.anchor is None:
        return _mk(m, "TIME", f"XXXX-XX-XXT{pod}", "clock")
    return _mk(m, "TIME", f"{_day(ctx.anchor + _dt.timedelta(days=offset))}T{pod}", "clock")


def _h_inday(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    base = ctx.base
    mod = "START" if m["dir"].lower() == "earlier" else "END"
    return _mk(m, "DATE", _day(base) if base else "XXXX-XX-XX", "day", mod=mod, needs_ref=True)


def _weekday_date(ctx: _Ctx, wd: int, rel: str, start: int, end: int) -> Optional[Date]:
    a = ctx.ref if rel in {"following", "previous", "preceding"} else ctx.anchor
    if a is None:
        return None
    back = (a.isoweekday() - wd) % 7  # days back to the last such day, 0 = the anchor itself
    if rel in {"last", "previous", "preceding", "past"}:
        return a - _dt.timedelta(days=back or 7)
    if rel in {"next", "coming", "following"}:
        return a + _dt.timedelta(days=(wd - a.isoweekday()) % 7 or 7)
    if rel == "this":
        return a - _dt.timedelta(days=a.isoweekday() - wd)
    if _future(ctx, start, end):
        return a + _dt.timedelta(days=(wd - a.isoweekday()) % 7 or 7)
    return a - _dt.timedelta(days=back)


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    g = _grammar(ctx.lex)
    if g.TITLE_AFTER.match(ctx.text, m.end()):
        return None  # "Sunday Times"
    before = ctx.text[max(0, m.start() - 5):m.start()]
    if re.search(r"\bthe\s+$", before, re.I) and re.match(r"\s+(?-i:[A-Z])", ctx.text[m.end():m.end() + 2]):
        return None  # "the Sunday Telegraph", "the Monday Club"
    wd = ctx.lex.weekdays[m["wd"].lower()]
    d = _weekday_date(ctx, wd, "", m.start(), m.end())
    return _mk(m, "DATE", _day(d) if d else f"XXXX-WXX-{wd}", "day")


def _h_the_weekend(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    """ "over the weekend": the last weekend up to the anchor, or the next one in a future sentence."""
    a = ctx.anchor
    if a is None:
        return _mk(m, "DATE", "XXXX-WXX-WE", "point")
    if _future(ctx, m.start(), m.end()):
        sat = a + _dt.timedelta(days=(6 - a.isoweekday()) % 7)
    else:
        sat = a - _dt.timedelta(days=(a.isoweekday() - 6) % 7)
    return _mk(m, "DATE", _week(sat) + "-WE", "point")


def _h_rel(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    lex = ctx.lex
    rel_words = m["rel"].lower().split()
    the = rel_words[0] == "the"
    rel = rel_words[-1]
    what = m["what"].lower()
    if rel == "that":
        return None
    a = ctx.anchor
    if what in lex.weekdays:
        if rel == "past" and not the:
            rel = "last"
        d = _weekday_date(ctx, lex.weekdays[what], rel, m.start(), m.end())
        return _mk(m, "DATE", _day(d) if d else f"XXXX-WXX-{lex.weekdays[what]}", "day",
                   needs_ref=rel in {"following", "previous", "preceding"})
    if what in lex.months:
        mon = lex.months[what]
        if a is None:
            return _mk(m, "DATE", f"XXXX-{mon:02d}", "point")
        if rel in {"last", "past", "previous", "preceding"}:
            y = a.year if mon < a.month else a.year - 1
        elif rel in {"next", "coming", "following"}:
            y = a.year if mon > a.month else a.year + 1
        else:
            y = a.year
        return _mk(m, "DATE", _month(y, mon), "point")
    if what in lex.seasons:
        code = lex.seasons[what]
        if a is None:
            return _mk(m, "DATE", f"XXXX-{code}", "point")
        return _mk(m, "DATE", f"{_season_year(ctx, code, rel):04d}-{code}", "point")
    # week, weekend, month, year, quarter, decade, century, day
    if (the and rel in {"past", "last", "next", "coming"}) or (rel == "past" and what != "weekend"):
        unit = lex.units.get(what)
        if unit is None:
            return None
        return _mk(m, "DURATION", _duration_value(1, unit), "amount")
    step = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1, "coming": 1, "following": 1, "this": 0}[rel]
    needs_ref = rel in {"following", "previous", "preceding"}
    # "the following day", "the previous week" count from a time the text gave before; with none they stay unplaced
    # (not counted from the report: "At the summit on March 5 ... The following day" read alone is no day after it)
    base = ctx.ref if needs_ref else a
    if base is None:
        return _mk(m, "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                               "quarter": "XXXX-QX", "decade": "XXX", "century": "XX", "day": "XXXX-XX-XX"}[what], "point",
                   needs_ref=needs_ref)
    if what == "day":
        if rel == "this":
            return None
        return _mk(m, "DATE", _day(base + _dt.timedelta(days=step)), "day", needs_ref=needs_ref)
    if what == "week":
        return _mk(m, "DATE", _week(base + _dt.timedelta(weeks=step)), "point", needs_ref=needs_ref)
    if what == "weekend":
        sat = base + _dt.timedelta(days=(6 - base.isoweekday()))
        if rel in {"last", "past", "previous"} or (rel == "this" and not _future(ctx, m.start(), m.end()) and base.isoweekday() <= 5):
            sat -= _dt.timedelta(days=7 if rel != "this" or base.isoweekday() < 6 else 0)
        elif rel in {"next", "coming", "following"} and base.isoweekday() >= 6:
            sat += _dt.timedelta(days=7)
        return _mk(m, "DATE", _week(sat) + "-WE", "point", needs_ref=needs_ref)
    if what == "month":
        d = base + relativedelta(months=step)
        return _mk(m, "DATE", _month(d.year, d.month), "point", needs_ref=needs_ref)
    if what == "year":
        return _mk(m, "DATE", f"{base.year + step:04d}", "point", needs_ref=needs_ref)
    if what == "quarter":
        y, q = _add_quarters(base.year, _quarter_of(base), step)
        return _mk(m, "DATE", f"{y:04d}-Q{q}", "point", needs_ref=needs_ref)
    if what == "decade":
        return _mk(m, "DATE", f"{base.year // 10 + step:03d}X", "point", needs_ref=needs_ref)
    if what == "century":
        return _mk(m, "DATE", f"{base.year // 100 + step:02d}", "point", needs_ref=needs_ref)
    return None


def _season_year(ctx: _Ctx, code: str, rel: str) -> int:
    a = ctx.base if rel in {"following", "previous", "preceding"} else ctx.anchor
    assert a is not None, "seasons are resolved only against an anchor"
    start_month = ctx.lex.season_start.get(code, 1)
    # index of the anchor's own season start (Dec..Feb belongs to the winter that began in December)
    idx_anchor = a.year * 12 + a.month - 1

    def start_idx(y: int) -> int:
        return y * 12 + start_month - 1

    if rel in {"last", "past", "previous", "preceding"}:
        cands = [y for y in range(a.year - 2, a.year + 1) if start_idx(y) + 3 <= idx_anchor]
        return max(cands)
    if rel in {"next", "coming", "following"}:
        cands = [y for y in range(a.year - 1, a.year + 2) if start_idx(y) > idx_anchor]
        return min(cands)
    # "this summer" / "the summer": the one running now or nearest in the anchor's year
    if code == "WI" and a.month <= 2:
        return a.year - 1
    return a.year


def _duration_value(n: Optional[float], unit: dict[str, Any]) -> str:
    code = unit["unit"]
    t = "T" if code.startswith("T") else ""
    code = code[1:] if t else code
    if n is None:
        return f"P{t}X{unit.get('vague', code)}"
    return f"P{t}{_num(n * unit.get('factor', 1))}{code}"


def _shift(base: Date, n: float, unit_name: str, unit: dict[str, Any], sign: int) -> tuple[str, str]:
    """Date ``n`` units from ``base``, at the granularity of the unit: (value, kind)."""
    code = unit["unit"]
    factor = unit.get("factor", 1)
    k = n * factor * sign
    if code in {"D", "TH", "TM", "TS"}:
        days = k if code == "D" else 0 if code != "TH" else k / 24
        d = base + _dt.timedelta(days=round(days))
        return _day(d), "day"
    if code == "W":
        d = base + _dt.timedelta(weeks=k)
        return (_day(d) if n <= 1 else _week(d)), ("day" if n <= 1 else "point")
    if code == "M":
        d = base + relativedelta(months=int(round(k)))
        return _month(d.year, d.month), "point"
    if code == "Q":
        y, q = _add_quarters(base.year, _quarter_of(base), int(round(k)))
        if not 1 <= y <= 9999:
            raise ValueError(f"year {y} is out of range")
        return f"{y:04d}-Q{q}", "point"
    y = base.year + int(round(k))
    if not 1 <= y <= 9999:
        raise ValueError(f"year {y} is out of range")
    return f"{y:04d}", "point"


def _h_ago(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    lex = ctx.lex
    unit_name = _grammar(lex).unit_of[m["u"].lower()]
    unit = lex.units[unit_name]
    n = _number(m["n"], lex)
    direction = " ".join(m["dir"].lower().split())
    if direction in {"before", "after"}:
        return None  # "two days before the vote": a duration, found by the duration rule
    sign = 1 if direction in {"later", "from now", "hence"} else -1
    needs_ref = direction in {"earlier", "later"}
    # "two days later" counts from a date the text gave before it, never from the article's date
    base = ctx.ref if needs_ref else ctx.anchor
    if n is None:
        return _mk(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ref")
    if base is None:
        return _mk(m, "DATE", "XXXX-XX-XX" if unit["unit"] in {"D", "W"} else "XXXX", "point", needs_ref=needs_ref)
    try:
        value, kind = _shift(base, n, unit_name, unit, sign)
    except (ValueError, OverflowError):  # "2018 months ago" of a year-169 anchor: before year 1
        return _mk(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "ref")
    return _mk(m, "DATE", value, kind, needs_ref=needs_ref)


def _h_duration(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    lex = ctx.lex
    if m["old"]:
        return None  # "a 10-year-old"
    unit_name = _grammar(lex).unit_of[m["u"].lower()]
    unit = lex.units[unit_name]
    raw = m["n"].lower()
    n = _number(raw, lex)
    if n is None and raw not in lex.vague_numbers:
        return None
    if n is not None and m["half"]:
        n += 0.5  # "a year and a half"
    rel = (m["rel"] or "").lower()
    if unit_name == "quarter" and (re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]) or "-" in m.group(0)):
        return None  # "a quarter of the shares", "three-quarters"
    before = ctx.text[max(0, m.start() - 16):m.start()].lower()
    if raw in {"a", "an", "one"} and not rel and re.search(r"(?:\b(?:once|twice|thrice|times|per)|[\d%]|\bpercent|\bcents?|\bdollars?|\bbarrels?)\s+$", before):
        return _mk(m, "SET", _duration_value(1, unit), "set")
    if n is not None and n > 1000 and unit["unit"] not in {"TS", "TM", "TH", "D"}:
        return None
    return _mk(m, "DURATION", _duration_value(n, unit), "amount")


def _h_half(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    """ "half an hour", "a half-day": half of one unit, in the next smaller unit when it divides evenly."""
    unit_name = _grammar(ctx.lex).unit_of[m["u"].lower()]
    code = ctx.lex.units[unit_name]["unit"]
    smaller = {"TH": "PT30M", "D": "PT12H", "Y": "P6M", "M": "P0.5M", "W": "P3.5D", "TM": "PT30S", "Q": "P1.5M"}
    value = smaller.get(code) if ctx.lex.units[unit_name].get("factor", 1) == 1 else None
    return _mk(m, "DURATION", value, "amount") if value else None


def _h_bare_plural(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    prev = _prev_words(ctx.text, m.start(), 1)
    if not prev or prev[0] not in {"for", "over", "within", "in", "took", "takes", "lasted", "lasting", "spent", "after"}:
        return None
    if re.match(r"\s+(?:of|to|and|or|ago|before|after|later|earlier)\b", ctx.text[m.end():m.end() + 12], re.I):
        return None
    unit_name = _grammar(ctx.lex).unit_of[m["u"].lower()]
    return _mk(m, "DURATION", _duration_value(None, ctx.lex.units[unit_name]), "amount")


def _h_ref_plural(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    r = " ".join(m["r"].lower().split())
    value = "FUTURE_REF" if r.split()[0] in {"coming", "upcoming", "next"} else "PAST_REF"
    if r in {"past few", "last few", "next few"}:
        unit_name = _grammar(ctx.lex).unit_of[m["u"].lower()]
        return _mk(m, "DURATION", _duration_value(None, ctx.lex.units[unit_name]), "amount")
    return _mk(m, "DATE", value, "ref")


def _h_ref(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    r = " ".join(m["r"].lower().split())
    value = ctx.lex.references[r]
    after = ctx.text[m.end():m.end() + 16]
    if r == "current" and re.match(r"\s+(?:account|affairs|events|flows?|of|through|carrying)\b", after, re.I):
        return None
    if r == "the past" and re.match(r"\s+(?:tense|participle)\b", after, re.I):
        return None
    return _mk(m, "DATE", value, "ref")


def _h_set_word(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    w = ctx.text[m.start("w"):m.end("w")]
    before = ctx.text[max(0, m.start() - 30):m.start()]
    after = ctx.text[m.end():m.end() + 16]
    if w[:1].isupper() and not re.search(r"(?:^|[.!?\n]\s*|\"\s*)$", before):
        return None  # "People's Daily", "Daily Mail"
    if re.search(r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?$", before, re.I) and not re.match(r"\s+(?:basis|average|rate|limit|dose|dosage)\b", after, re.I):
        if re.match(r"\s*(?:[.,;:)]|$|newspaper|paper|said|reported|quoted)", after, re.I) or re.search(r"(?:the|a|an)\s+$", before, re.I):
            return None  # "the daily said", "a state-run daily"
    if re.match(r"\s+(?!(?:and|or|but|to|in|on|at|for|from|with|by|since|until|basis|average)\b)[a-z]{3,}", after):
        return None  # an adjective before its noun: "quarterly dividend", "daily newspaper"
    return _mk(m, "SET", ctx.lex.sets[w.lower()], "set")


def _h_every(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    lex = ctx.lex
    u = m["u"].lower()
    if u in lex.weekdays:
        return _mk(m, "SET", f"XXXX-WXX-{lex.weekdays[u]}", "set")
    if u in lex.months:
        return _mk(m, "SET", f"XXXX-{lex.months[u]:02d}", "set")
    if u in lex.seasons:
        return _mk(m, "SET", f"XXXX-{lex.seasons[u]}", "set")
    if u in lex.parts_of_day:
        return _mk(m, "SET", f"XXXX-XX-XXT{lex.parts_of_day[u]}", "set")
    if u == "weekend":
        return _mk(m, "SET", "XXXX-WXX-WE", "set")
    unit_name = _grammar(lex).unit_of.get(u)
    if unit_name is None:
        return None
    n = _number(m["n"], lex) if m["n"] else (2 if m["other"] else 1)
    return _mk(m, "SET", _duration_value(n or 1, lex.units[unit_name]), "set")


def _h_season(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    code = ctx.lex.seasons[m["s"].lower()]
    if m["y"]:
        return _mk(m, "DATE", f"{int(m['y']):04d}-{code}", "point")
    prev = _prev_words(ctx.text, m.start(), 1)
    after = ctx.text[m.end():m.end() + 12]
    if not m["the"] and not (prev and prev[0] in {"in", "during", "early", "late", "mid", "since", "until", "by", "through"}):
        return None
    if m["the"] and re.match(r"\s+of\b", after, re.I):
        return None  # "the fall of Saigon"
    if m["the"] and m["s"].lower() == "fall" and re.match(r"\s+in\b", after, re.I) and not (
            prev and prev[0] in {"in", "during", "early", "late", "mid", "since", "until", "by", "through"}):
        return None  # "blamed the fall in consumer confidence": a decline ("in the fall in Paris" stays the season)
    if not m["the"] and m["s"].lower() == "fall":
        return None
    if ctx.anchor is None:
        return _mk(m, "DATE", f"XXXX-{code}", "point")
    return _mk(m, "DATE", f"{_season_year(ctx, code, 'this'):04d}-{code}", "point")


def _nth_weekday(y: int, month: int, n: int, wd: int) -> Date:
    first = Date(y, month, 1)
    offset = (wd - first.isoweekday()) % 7
    return first + _dt.timedelta(days=offset + 7 * (n - 1))


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    spec = ctx.lex.holidays[" ".join(m["h"].lower().split())]
    month_text, rest = spec.split("-", 1)
    month = int(month_text)

    def on(y: int) -> Date:
        if "W" in rest:
            n, wd = rest.split("W")
            return _nth_weekday(y, month, int(n), int(wd))
        return Date(y, month, int(rest))

    if m["y"]:
        return _mk(m, "DATE", _day(on(int(m["y"]))), "day")
    if ctx.anchor is None:
        return _mk(m, "DATE", f"XXXX-{month:02d}-{int(rest):02d}" if "W" not in rest else f"XXXX-{month:02d}", "point")
    a = ctx.anchor
    fut = _future(ctx, m.start(), m.end())
    cands = [on(y) for y in (a.year - 1, a.year, a.year + 1)]
    if fut:
        d = min(c for c in cands if c >= a)
    else:
        d = min(cands, key=lambda c: (abs((c - a).days), c > a))
    return _mk(m, "DATE", _day(d), "day")


def _h_clock(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ap = (m.groupdict().get("ap") or "").lower().replace(".", "")
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "pm" else 0)
    elif not re.search(r"(?:\bat|\bby|\buntil|\bfrom|\bto|\bbefore|\bafter|\baround|\babout)\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I) and not m["tz"]:
        return None  # "3:1" scores and ratios; 24-hour clocks need "at" or a zone
    day = _day(ctx.base) if ctx.base else "XXXX-XX-XX"
    hit = _mk(m, "TIME", f"{day}T{h:02d}:{mi:02d}", "clock", needs_ref=True)
    if m["tz"] and not ctx.text[m.start("tz"):m.end("tz")].isupper():
        hit.end = m.start("tz")  # "at 5 pm set off": not a time zone
    return hit


def _h_noon(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    w = m["w"].lower()
    hhmm = "24:00" if w == "midnight" else "12:00"
    day = _day(ctx.base) if ctx.base else "XXXX-XX-XX"
    return _mk(m, "TIME", f"{day}T{hhmm}", "clock", needs_ref=True)


def _h_period_edge(m: re.Match[str], ctx: _Ctx) -> Optional[_Hit]:
    a = ctx.anchor
    gd = m.groupdict()
    if gd.get("pos") is None:  # "year-end", "year's end"
        pos, what = "end", "year"
    else:
        pos, what = gd["pos"].lower(), gd["what"].lower()
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "END"}[pos]
    if a is None:
        value = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}[what]
    else:
        value = {"year": f"{a.year:04d}", "month": _month(a.year, a.month), "week": _week(a),
                 "quarter": f"{a.year:04d}-Q{_quarter_of(a)}", "decade": f"{a.year // 10:03d}X", "century": f"{a.year // 100:02d}"}[what]
    return _mk(m, "DATE", value, "point", mod=mod)


# --------------------------------------------------------------------------- main entry


def _names_capitalised(m: re.Match[str], text: str, g: "_Grammar") -> bool:
    """Month and day names count only when capitalised ("May", "MAY", not "may")."""
    groups = m.re.groupindex
    for name in _NAME_GROUPS:
        if name in groups and m.start(name) >= 0 and m[name] in g.names and not text[m.start(name)].isupper():
            return False
    return True


_DIGIT = re.compile(r"\d")


def _find(text: str, ctx: _Ctx) -> list[_Hit]:
    g = _grammar(ctx.lex)
    hits: list[_Hit] = []
    low = fold_case(text)
    digits = _DIGIT.search(low) is not None
    for name, rx, fn in g.rules:
        needles = g.needles.get(name)
        if (needles is not None and not any(n in low for n in needles)) or (name in g.digit_rules and not digits):
            continue  # no match can be found here
        for m in rx.finditer(low):
            if m.end() == m.start():
                continue
            if not _names_capitalised(m, text, g) or (name == "qn" and text[m.start()] != "Q"):
                continue
            hit = fn(m, ctx)
            if hit is not None:
                hit.rule = name
                hit.start, hit.end = _trim(text, hit.start, hit.end)
                hits.append(hit)
    # longest first; among equals, earlier rules first
    order = {name: i for i, (name, _, _) in enumerate(g.rules)}
    hits.sort(key=lambda h: (-(h.end - h.start), order[h.rule], h.start))
    taken: list[_Hit] = []
    for h in hits:
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    taken.sort(key=lambda h: h.start)
    return taken


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    while start < end and text[start] in " \t\n,":
        start += 1
    return start, end


def _merge(text: str, hits: list[_Hit], ctx: _Ctx) -> list[_Hit]:
    g = _grammar(ctx.lex)
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        # "9 a.m. Tuesday", "noon Saturday", "5 p.m. EST, Nov. 9"
        if h.kind == "clock" and "T" in h.value and nxt is not None and nxt.kind == "day" \
                and g.DAY_AFTER_CLOCK.match(text[h.end:nxt.start]) and re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d", nxt.value):
            h = _Hit(h.start, nxt.end, "TIME", nxt.value + h.value[h.value.index("T"):], "clock", rule="clock+day")
            i += 1
        # "25 February last year", "in March this year": the year word sets the year of a date written without one
        elif h.kind in {"day", "point"} and nxt is not None and nxt.rule == "rel" and re.fullmatch(r"\d{4}", nxt.value) \
                and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", h.value) and not re.search(r"\d{4}", text[h.start:h.end]) \
                and re.fullmatch(r",?\s+(?:of\s+)?", text[h.end:nxt.start]) \
                and re.fullmatch(r"(?:last|this|next)\s+year", text[nxt.start:nxt.end], re.I):
            h = _Hit(h.start, nxt.end, h.type, nxt.value + h.value[4:], h.kind, rule=h.rule + "+year")
            i += 1
        out.append(h)
        i += 1
    for h in out:
        if h.kind == "day" and re.fullmatch(r"(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2}", h.value):
            m = g.POD_AFTER.match(text, h.end)
            if m and not any(o.start < m.end() and o.end > h.end for o in out if o is not h):
                h.end = m.end()
                h.type, h.value, h.kind = "TIME", f"{h.value}T{ctx.lex.parts_of_day[m['pod'].lower()]}", "clock"
            else:
                m = g.POD_OF_BEFORE.search(text[max(0, h.start - 40):h.start])
                if m:
                    h.start = h.start - (len(text[max(0, h.start - 40):h.start]) - m.start())
                    h.type, h.value, h.kind = "TIME", f"{h.value}T{ctx.lex.parts_of_day[m['pod'].lower()]}", "clock"
    return out


def _modifiers(text: str, hits: list[_Hit], ctx: _Ctx) -> None:
    g = _grammar(ctx.lex)
    prev_end = 0
    for h in hits:
        window_start = max(prev_end, h.start - 30)
        m = g.MOD_BEFORE.search(text[window_start:h.start])
        if m and h.kind != "set" and h.value not in {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}:
            word = "mid-" if m["h"] else " ".join(m["m"].lower().split())
            mod, applies = ctx.lex.modifiers.get(word, (None, None))
            is_amount = h.type == "DURATION"
            if mod and (applies == "any" or (applies == "amount") == is_amount):
                if not (word in {"earlier", "later"} and h.kind not in {"day", "point", "clock"}):
                    h.start = window_start + m.start()
                    h.mod = h.mod or mod
        if h.mod is None and h.type in {"DATE", "TIME"}:
            p = g.PREP_BEFORE.search(text[max(prev_end, h.start - 16):h.start])
            if p:
                prep = " ".join(p["p"].lower().split())
                h.mod = {"before": "BEFORE", "by": "ON_OR_BEFORE", "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE",
                         "through": "ON_OR_BEFORE", "since": "ON_OR_AFTER", "after": "AFTER", "from": "ON_OR_AFTER",
                         "as of": None}.get(prep)  # the preposition stays outside the span
        prev_end = h.end


def dates(text: str, *, anchor: "str | _dt.date | None" = None, lexicon: Optional[Lexicon] = None) -> list[Timex]:
    """Every date and time expression in ``text``, normalised against ``anchor``.

    Returns TIMEX3-like dicts ``{"start", "end", "text", "type", "value"}`` in
    text order, with character offsets into ``text``; ``type`` is DATE, TIME,
    DURATION or SET. When a modifier (``early``, ``nearly``) or a governing
    preposition (``before``, ``since``) was seen, a ``"mod"`` key holds its
    TIMEX3 mod (``START``, ``LESS_THAN``, ``BEFORE``, ``ON_OR_AFTER`` ...).
    Without an anchor, relative expressions keep ``X`` placeholders
    (``"XXXX-03-26"``).
    """
    if not isinstance(text, str):
        raise ConfigError(f"dates() needs a str, got {type(text).__name__}")
    lex = lexicon or load_lexicon()
    a = _coerce_anchor(anchor, lex)
    ctx = _Ctx(text=text, anchor=a, lex=lex)
    hits = _find(text, ctx)
    hits = _merge(text, hits, ctx)
    _modifiers(text, hits, ctx)
    # second pass, in text order: "two days later" counts from the last full date before it
    ref: Optional[Date] = None
    ref_end = -1
    # "in September ... A month later", "in 1995 ... Three years later": a month or a year counts months or years
    coarse: Optional[tuple[Date, str]] = None
    coarse_end = -1
    out: list[Timex] = []
    for h in hits:
        # "On Monday, three months later, ...": a date in apposition is the same time, not what "later" counts from
        beside = ref_end >= 0 and re.fullmatch(r"\s*,\s*", text[ref_end:h.start]) is not None
        if h.needs_ref and ref is not None and h.match is not None and not beside:
            ctx.ref = ref
            fn = dict((name, fn) for name, _, fn in _grammar(lex).rules).get(h.rule.split("+")[0])
            again = fn(h.match, ctx) if fn else None
            ctx.ref = None
            if again is not None:
                h.value, h.kind = again.value, again.kind
        elif h.needs_ref and coarse is not None and coarse_end > ref_end and h.match is not None and h.rule.split("+")[0] == "ago" \
                and re.fullmatch(r"\s*,\s*", text[coarse_end:h.start]) is None:
            code = lex.units[_grammar(lex).unit_of[h.match["u"].lower()]]["unit"]
            if code == "Y" or (code in {"M", "Q"} and coarse[1] == "month"):
                ctx.ref = coarse[0]
                again = _h_ago(h.match, ctx)
                ctx.ref = None
                if again is not None:
                    h.value, h.kind = again.value, again.kind
        day = re.match(r"(\d{4})-(\d\d)-(\d\d)", h.value)
        if day and h.kind in {"day", "clock"}:
            ref, ref_end = Date(int(day[1]), int(day[2]), int(day[3])), h.end
        elif h.type == "DATE" and not h.mod and (month := re.fullmatch(r"(\d{4})-(\d\d)", h.value)):
            coarse, coarse_end = (Date(int(month[1]), int(month[2]), 1), "month"), h.end
        elif h.type == "DATE" and not h.mod and re.fullmatch(r"\d{4}", h.value):
            coarse, coarse_end = (Date(int(h.value), 1, 1), "year"), h.end
        t: Timex = {"start": h.start, "end": h.end, "text": text[h.start:h.end], "type": h.type, "value": h.value}
        if h.mod:
            t["mod"] = h.mod
        out.append(t)
    log.debug("dates: %d expressions in %d characters", len(out), len(text))
    return out


# --------------------------------------------------------------------------- ranges and event dates


def _end_of_month(y: int, m: int) -> Date:
    return Date(y, m, calendar.monthrange(y, m)[1])


def timex_to_range(value: str, *, anchor: "str | _dt.date | None" = None) -> Optional[tuple[Date, Date, str]]:
    """First and last day covered by a TIMEX3 ``value``, with its precision.

    Precision is one of day, week, month, quarter, range (seasons, halves),
    year, decade or century. ``PRESENT_REF`` is the anchor day; other
    references, sets, durations and values with ``X`` placeholders give ``None``.
    """
    if not value:
        return None
    a = _coerce_anchor(anchor)
    v = value.strip()
    if v == "PRESENT_REF":
        return (a, a, "day") if a else None
    # days, weeks, months and years are ISO values (the policy of tidings.time);
    # a TIMEX3 time ("2018-03-27T10:15", "2018-03-27TNI") covers its day
    day_of_time = re.match(r"^(\d{4}-\d{2}-\d{2})T", v)
    iso = parse_iso(day_of_time[1] if day_of_time else v)
    if iso is not None:
        return iso.start, iso.end, iso.precision
    if day_of_time:
        return None
    m = re.match(r"^(\d{4})-W(\d{1,2})(-WE)?$", v)
    if m:
        try:
            monday = Date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return monday + _dt.timedelta(days=5), monday + _dt.timedelta(days=6), "week"
        return monday, monday + _dt.timedelta(days=6), "week"
    m = re.match(r"^(\d{4})-Q([1-4])$", v)
    if m:
        y, q = int(m[1]), int(m[2])
        return Date(y, 3 * q - 2, 1), _end_of_month(y, 3 * q), "quarter"
    m = re.match(r"^(\d{4})-H([12])$", v)
    if m:
        y, h = int(m[1]), int(m[2])
        return Date(y, 6 * h - 5, 1), _end_of_month(y, 6 * h), "range"
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", v)
    if m:
        y = int(m[1])
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
        start = Date(y, first, 1)
        end = start + relativedelta(months=3) - _dt.timedelta(days=1)
        return start, end, "range"
    m = re.match(r"^(\d{3})X?$", v)
    if m:
        y = int(m[1]) * 10
        return Date(max(y, 1), 1, 1), Date(y + 9, 12, 31), "decade"
    m = re.match(r"^(\d{2})(?:XX)?$", v)
    if m:
        y = int(m[1]) * 100
        return Date(max(y, 1), 1, 1), Date(y + 99, 12, 31), "century"
    return None


def _duration_delta(value: str) -> Optional[relativedelta]:
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([DWMQY])", value)
    if not m:
        return None
    n = float(m[1])
    unit = m[2]
    if unit == "D":
        return relativedelta(days=int(round(n)))
    if unit == "W":
        return relativedelta(days=int(round(7 * n)))
    if unit == "M":
        return relativedelta(months=int(round(n)))
    if unit == "Q":
        return relativedelta(months=int(round(3 * n)))
    return relativedelta(months=int(round(12 * n)))


def _narrow(start: Date, end: Date, precision: str, mod: Optional[str], text: str, a: Optional[Date]) -> tuple[Date, Date, str]:
    """Apply START/MID/END (``early March``, ``earlier this year``) to a range."""
    if mod not in {"START", "MID", "END"} or precision == "day":
        return start, end, precision
    low = text.lower()
    if a is not None and start <= a <= end and low.startswith("earlier"):
        return start, a, "range"
    if a is not None and start <= a <= end and low.startswith("later"):
        return a, end, "range"
    days = (end - start).days + 1
    third = max(days // 3, 1)
    if mod == "START":
        return start, start + _dt.timedelta(days=third - 1), "range"
    if mod == "END":
        return end - _dt.timedelta(days=third - 1), end, "range"
    return start + _dt.timedelta(days=third), end - _dt.timedelta(days=third), "range"


def _timex_info(t: Timex, a: Optional[Date], tense: Optional[str], lex: Lexicon) -> Optional[tuple[Date, Date, str]]:
    value = t.get("value", "")
    text = t.get("text", "") or ""
    mod = t.get("mod")
    if t.get("type") == "DURATION":
        delta = _duration_delta(value)
        if delta is None or a is None:
            return None
        low = text.lower()
        if re.search(r"\b(?:next|coming|following|remaining)\b", low):
            return a, a + delta, "range"
        if re.search(r"\b(?:past|last|previous|preceding)\b", low):
            return a - delta, a, "range"
        return None
    if t.get("type") not in {"DATE", "TIME"}:
        return None
    rng = timex_to_range(value, anchor=a)
    if rng is None:
        return None
    start, end, precision = rng
    # the event's tense can overrule the default reading of a bare weekday or month
    bare = text.strip().lower()
    if a is not None and tense in {"past", "future"}:
        if bare in lex.weekdays:
            if tense == "future" and end <= a:
                start, end = start + _dt.timedelta(days=7), end + _dt.timedelta(days=7)
            elif tense == "past" and start > a:
                start, end = start - _dt.timedelta(days=7), end - _dt.timedelta(days=7)
        elif bare in lex.months:
            if tense == "future" and end < a:
                start, end = start + relativedelta(years=1), _end_of_month(start.year + 1, start.month)
            elif tense == "past" and start > a:
                start, end = start - relativedelta(years=1), _end_of_month(start.year - 1, start.month)
    start, end, precision = _narrow(start, end, precision, mod, text, a)
    if a is not None and mod == "BEFORE" and start > a:
        return a, start, "range"  # "before May": from the anchor to the deadline
    if a is not None and mod == "ON_OR_BEFORE" and start > a:
        return a, end, "range"  # "by May", "until May"
    if a is not None and mod == "ON_OR_AFTER" and end < a:
        return start, a, "range"  # "since 2011"
    return start, end, precision


def event_date(timexes: list[Timex], *, anchor: "str | _dt.date | None" = None, tense: Optional[str] = None,
               lexicon: Optional[Lexicon] = None) -> Optional[DateInfo]:
    """The date of an event from the time expressions that govern it.

    ``timexes`` are the expressions of the event's clause or sentence (as
    :func:`dates` returns them); the most precise one that converts to a
    calendar range wins (day before week before month ...; the first of equals).
    ``tense`` ("past", "present", "future") of the event's verb overrules
    the default reading of a bare weekday or month. Durations count only
    with a direction ("over the next two months" -> anchor .. anchor + 2
    months). Returns ``None`` when no expression gives a date; callers
    usually fall back to the publication date.
    """
    lex = lexicon or load_lexicon()
    a = _coerce_anchor(anchor, lex)
    best: Optional[tuple[tuple[int, int], DateInfo]] = None
    for i, t in enumerate(timexes):
        rng = _timex_info(t, a, tense, lex)
        if rng is None:
            continue
        start, end, precision = rng
        info: DateInfo = {"start": start.isoformat(), "end": end.isoformat(), "precision": precision,
                          "text": t.get("text"), "value": t.get("value"),
                          "span_start": t.get("start"), "span_end": t.get("end")}
        key = (_PRECISION_RANK.get(precision, 9), i)
        if best is None or key < best[0]:
            best = (key, info)
    return best[1] if best else None


# --------------------------------------------------------------------------- date basis: the text's own or the report's

ACT_SLACK_DAYS = 1  # a reporting act may fall one calendar day after its report's date (time zones)


def report_day(value: object) -> Optional[str]:
    """The ISO day of a report date: an ISO date or date-time string, a ``date``/``datetime``; else ``None``."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        day = re.match(r"\d{4}-\d{2}-\d{2}", value.strip())
        if day:
            try:
                return Date.fromisoformat(day[0]).isoformat()
            except ValueError:
                return None
        return parse_date_string(value)
    return None


def own_date(info: Optional[DateInfo]) -> Optional[DateInfo]:
    """``info`` marked as the text's own date (``basis: "text"``); ``None`` stays ``None``."""
    if info is None:
        return None
    marked = dict(info)
    marked["basis"] = BASIS_TEXT
    return cast(DateInfo, marked)


def reported_date(reported: object) -> Optional[DateInfo]:
    """The date of an event no time expression dates: the day of its report, ``precision: "reported"``.

    ``reported`` is the report's date (a publication date, or an editor's
    note's own date). The record has no span (``text`` is ``None``); its
    ``basis`` is ``"reported"``. ``None`` when ``reported`` holds no date.
    """
    day = report_day(reported)
    if day is None:
        return None
    return cast(DateInfo, {"start": day, "end": day, "precision": REPORTED, "text": None, "value": day, "basis": BASIS_REPORTED})


def act_day(timex: Timex, *, reported: "str | _dt.date | None", tense: Optional[str] = None,
            lexicon: Optional[Lexicon] = None) -> Optional[str]:
    """The day a reporting act took place, from the time expression that dates it ("On Tuesday, the ministry denied").

    The expression must name one day (or a time of one day) on or before the
    report date ``reported``: an act the report tells of has already
    happened. One day after it is allowed (``ACT_SLACK_DAYS``): a report is
    dated in its outlet's time zone, the act in the place it happened, so
    "early March 28" in Beijing can be told in an article dated March 27 in
    the United States. A bare weekday reads as the last such day (``tense``
    "past" by default). Returns the ISO day, else ``None`` (a week, a month,
    a later day, a duration).
    """
    lex = lexicon or load_lexicon()
    a = _coerce_anchor(reported, lex)
    if a is None or tense == "future":
        return None
    rng = _timex_info(timex, a, tense or "past", lex)
    if rng is None:
        return None
    start, end, precision = rng
    if precision != "day" or start != end or start > a + _dt.timedelta(days=ACT_SLACK_DAYS):
        return None
    return start.isoformat()


# --------------------------------------------------------------------------- single date strings


def parse_date_string(s: str) -> Optional[str]:
    """ISO date (``YYYY-MM-DD``) of a string holding one full date, else ``None``.

    Reads "March 27, 2018", "27 March 2018", "Mar. 27, 2018", "2018-03-27",
    "2018-03-27T10:15:00Z", "Tuesday, March 27, 2018" and "03/27/2018"
    (month first unless the first number is above 12), optionally followed
    by a clock time and a time zone. The reading is
    :func:`tidings.time.parse_written_date`'s.
    """
    day = parse_written_date(s)
    return day.isoformat() if day else None
