"""Time-axis ticks whose labels never overlap: the density is chosen from the width in pixels.

:func:`ticks` tries steps from one day to fifty years and keeps the finest
one whose labels, at an estimated width per character, all fit between
their neighbours with a gap; labels say as much as the step needs (``26 Mar``,
``Mar 2018``, ``2018``), with the year on the first tick and at each new year.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STEPS: tuple[tuple[int, str], ...] = (
    (1, "day"), (2, "day"), (7, "day"), (14, "day"), (1, "month"), (2, "month"), (3, "month"), (6, "month"),
    (1, "year"), (2, "year"), (5, "year"), (10, "year"), (20, "year"), (50, "year"), (100, "year"), (250, "year"),
    (500, "year"), (1000, "year"), (2500, "year"),
)
CHAR_PX = 6.5  # average advance of a character at the 11px axis font, with margin
GAP_PX = 10.0


@dataclass(frozen=True)
class Tick:
    """One tick: its day, its x (pixels from the plot's left edge) and its label."""

    day: date
    x: float
    label: str

    @property
    def width(self) -> float:
        """Estimated width of the label in pixels."""
        return len(self.label) * CHAR_PX


def _days(lo: date, hi: date, n: int, unit: str) -> Iterator[date]:
    if unit == "day":
        skip = (7 - lo.weekday()) % 7 if n in (7, 14) else 0  # weeks start on Mondays
        if (hi - lo).days < skip:
            return
        d = lo + timedelta(days=skip)
        while True:
            yield d
            if (hi - d).days < n:
                return
            d += timedelta(days=n)
    if unit == "month":
        y, m = lo.year, lo.month
        if lo.day != 1:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        while (m - 1) % n:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        while y <= hi.year and date(y, m, 1) <= hi:
            yield date(y, m, 1)
            m += n
            while m > 12:
                y, m = y + 1, m - 12
        return
    y = lo.year if (lo.month, lo.day) == (1, 1) else lo.year + 1
    y += (-y) % n
    while y <= hi.year and y <= 9999:
        yield date(y, 1, 1)
        y += n


def _label(d: date, unit: str, first: bool) -> str:
    if unit == "day":
        text = f"{d.day} {SHORT_MONTHS[d.month - 1]}"
        return f"{text} {d.year}" if first or (d.month, d.day) == (1, 1) else text
    if unit == "month":
        return f"{SHORT_MONTHS[d.month - 1]} {d.year}" if first or d.month == 1 else SHORT_MONTHS[d.month - 1]
    return str(d.year)


def fits(marks: list[Tick], plot_width: float) -> bool:
    """True when no two labels (centred on their ticks) overlap, with GAP_PX between them, and none runs off the plot by more than half."""
    for a, b in zip(marks, marks[1:]):
        if b.x - a.x < (a.width + b.width) / 2 + GAP_PX:
            return False
    return all(-t.width / 2 <= t.x <= plot_width + t.width / 2 for t in marks)


def ticks(lo: date, hi: date, plot_width: float) -> list[Tick]:
    """Ticks for the days ``lo``..``hi`` (both included) drawn over ``plot_width`` pixels; labels never overlap."""
    if hi < lo:
        lo, hi = hi, lo
    total = (hi - lo).days + 1
    scale = plot_width / total
    for n, unit in STEPS:
        if n * {"day": 1, "month": 28, "year": 365}[unit] * scale < 3 * CHAR_PX:
            continue  # cannot fit even a three-letter label
        days = list(_days(lo, hi, n, unit))
        if not days:
            continue
        marks = [Tick(d, (d - lo).days * scale, _label(d, unit, i == 0)) for i, d in enumerate(days)]
        if fits(marks, plot_width):
            return marks
    # nothing fits: the first day alone
    return [Tick(lo, 0.0, _label(lo, "day", True))]
