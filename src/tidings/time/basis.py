"""Whose date an event carries: the text's own, or its report's (``basis`` of a date record).

Every stage asks the same question of a date record: does a time expression
of the text give it (``basis: "text"``), or is it the day the event was first
reported (``basis: "reported"``, ``precision: "reported"``, no span)? Records
stored before the basis existed say it by their precision.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

__all__ = ["BASIS_TEXT", "BASIS_NARRATIVE", "BASIS_REPORTED", "REPORTED", "date_basis", "is_own_date"]

BASIS_TEXT = "text"  # the date comes from a time expression of the text (span_start/span_end point to it)
# no time expression of its sentence dates it, but the sentence before, whose episode it continues, gives a day
BASIS_NARRATIVE = "narrative"
BASIS_REPORTED = "reported"  # no time expression dates it: the date of the report that tells it
REPORTED = "reported"  # the precision of a report date (the GDELT convention of dating by the report, made explicit)


def date_basis(info: Optional[Mapping[str, Any]]) -> Optional[str]:
    """``"text"``, ``"narrative"`` or ``"reported"`` for a date record (records written before the basis existed: by their precision)."""
    if not info or not info.get("start"):
        return None
    basis = info.get("basis")
    if basis in {BASIS_TEXT, BASIS_NARRATIVE, BASIS_REPORTED}:
        return str(basis)
    return BASIS_REPORTED if info.get("precision") == REPORTED else BASIS_TEXT


def is_own_date(info: Optional[Mapping[str, Any]]) -> bool:
    """Does the date record hold a day the text gives (not only the day of its report)?"""
    return date_basis(info) == BASIS_TEXT
