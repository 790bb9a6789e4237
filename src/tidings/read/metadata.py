"""Metadata of plain-text articles: title, subtitle, byline, date lines,
dateline, re-publication notes, editor's notes and updates.

Works on the lines of :mod:`tidings.read.boilerplate` after boilerplate
marking. Cue vocabularies are in ``tidings/data/read/metadata.toml``.

- title: the first kept heading-like line among the first five (2 to 25
  words, not ending in ``.``, ``,``, ``;`` or ``:``);
- subtitle (dek): the sentence right after the title when a byline or a
  date line follows it; it stays in the text;
- byline (``By Phillip Orchard``) and date lines (``|March 27, 2018``,
  ``Published: ...``, ``Updated ...``) among the first fifteen lines;
- re-publication notes anywhere (``Re-Blogged From Stratfor``,
  ``This article originally appeared in X``) give ``original_outlet``;
- dateline at the start of the first paragraph (``BEIJING (Reuters) -``);
- editor's notes and updates (``Editor's Note: ...``, ``Update (March 28): ...``)
  are kept in the text and listed as later dated reports.

Title, byline, date and re-publication lines leave the text (recorded in
``removed`` with reasons ``title``, ``byline``, ``date-line``,
``republication``) because their content moves to the metadata fields.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from ._data import MetadataRules
from .boilerplate import Line, fold
from .dates import find_dates, parse_date_line

__all__ = ["head_metadata", "find_dateline", "update_kind", "update_date", "clean_outlet", "clean_author"]

_TITLE_END = re.compile(r"[.,;:]$")
_NAME_LINE = re.compile(r"^[A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+|de|van|von|al|bin)){1,3}$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})\s*(?:\((?P<agency>[^()]{2,40})\))?\s*[-–—]+\s+\S"
)


def clean_outlet(value: str) -> Optional[str]:
    """An outlet name from a byline or re-publication note, trimmed of joining words; ``None`` when it is not a name."""
    value = fold(value)
    value = re.sub(r"^(the website |on |at |in )", "", value, flags=re.IGNORECASE)
    value = re.sub(r"\s*(\(.*\)|, (and|which|where|on|in) .*)$", "", value)
    value = value.strip(" .,:;!-–—|\"“”'")
    if not value or len(value.split()) > 8:
        return None
    return value


def clean_author(value: str) -> Optional[str]:
    """An author name from a byline, without a trailing ``for``/``in``/``at`` clause; ``None`` when it is not a name."""
    value = fold(value)
    value = re.sub(r"\s+(for|in|at)\s+.*$", "", value)
    value = value.strip(" .,:;|-–—")
    if not value or len(value.split()) > 8 or not value[0].isupper():
        return None
    return value


def _is_title(line: Line) -> bool:
    return line.kept and 2 <= line.words <= 25 and not _TITLE_END.search(line.text) and len(line.text) <= 200


def _byline(line: Line, rules: MetadataRules) -> Optional[tuple[str, Optional[str]]]:
    if line.words > 12 or line.text.endswith((".", "?", "!")) and not re.search(r"\b[A-Z]\.$", line.text):
        return None
    for rx in rules.byline:
        m = rx.match(line.text)
        if m:
            author = clean_author(m.group("author"))
            if author and all(w[:1].isupper() or w.lower() in {"and", "de", "van", "von", "der", "la", "le", "da", "bin", "al"} or w == "&" for w in author.split()):
                outlet = m.groupdict().get("outlet")
                return author, clean_outlet(outlet) if outlet else None
    return None


def head_metadata(lines: list[Line], rules: MetadataRules) -> dict[str, Any]:
    """Mark metadata lines in place and return the values found.

    Keys: ``title``, ``subtitle``, ``author``, ``published``, ``modified``,
    ``original_outlet`` (each present only when found).
    """
    found: dict[str, Any] = {}
    for line in lines:
        if line.role == "removed" or line.words > 20:
            continue
        for rx in rules.republication:
            m = rx.match(line.text)
            if m:
                outlet = clean_outlet(m.group("outlet"))
                if outlet:
                    found.setdefault("original_outlet", outlet)
                    line.role, line.reason = "republication", "republication"
                    break
    head = [ln for ln in lines if ln.role != "removed"][:15]
    for line in head:
        if not line.kept:
            continue
        parsed = parse_date_line(line.text, rules.date_prefixes)
        if parsed:
            prefix, iso = parsed
            key = "modified" if prefix in rules.modified_prefixes else "published"
            found.setdefault(key, iso)
            line.role, line.reason = "date", "date-line"
            continue
        by = _byline(line, rules)
        if by and "author" not in found:
            found["author"] = by[0]
            if by[1]:
                found["byline_outlet"] = by[1]
            line.role, line.reason = "byline", "byline"
    kept = [ln for ln in lines if ln.kept]
    for i, line in enumerate(kept[:5]):
        if line.prose and line.words >= 30:
            break
        if _is_title(line) and not line.text.lower().startswith(("editor", "update")) and i + 1 < len(kept):
            found["title"] = line.text
            line.role, line.reason = "title", "title"
            after = [ln for ln in lines if ln.start > line.start]
            # a bare name on the line right under the title, in the same block, is a byline
            if after and "author" not in found and after[0].block == line.block and after[0].kept and _NAME_LINE.match(after[0].text):
                found["author"] = after[0].text
                after[0].role, after[0].reason = "byline", "byline"
                after = after[1:]
            if after:
                nxt = next((ln for ln in after if ln.role != "removed"), None)
                if nxt is not None and nxt.kept and nxt.prose and nxt.words <= 40:
                    rest = [ln for ln in after if ln.start > nxt.start and ln.role != "removed"][:3]
                    if any(ln.role in {"byline", "date"} for ln in rest):
                        nxt.role = "subtitle"
                        found["subtitle"] = nxt.text
            break
    if "author" not in found:
        # wire credits at the foot: "Reporting by Ben Blanchard; Editing by ..."
        for line in lines:
            if line.reason == "credits":
                m = re.match(r"^\(?(?:writing|reporting) by ([^;.()]+)", line.text, re.IGNORECASE)
                author = clean_author(m.group(1)) if m else None
                if author:
                    found["author"] = author
                    break
    return found


def find_dateline(paragraph: str) -> Optional[dict[str, Optional[str]]]:
    """``{"place", "agency"}`` from a dateline opening the paragraph (``BEIJING (Reuters) -``)."""
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place").strip(" ,")
    head = re.split(r"[ ,]", place)[0]
    if len(place) < 3 or not head.isupper() or sum(c.isalpha() for c in head) < 2:
        return None
    agency = m.group("agency")
    first, _, rest = place.partition(",")
    place = first.title() + ("," + rest if rest else "") if first.isupper() else place
    return {"place": place, "agency": fold(agency) if agency else None}


def update_kind(paragraph: str, rules: MetadataRules) -> Optional[str]:
    """The kind of editor's note or update the paragraph opens with (``"update"``, ...), or ``None``."""
    for rule in rules.updates:
        if rule.pattern.match(paragraph):
            return rule.kind
    return None


def update_date(paragraph: str, context_year: Optional[int]) -> Optional[str]:
    """A date stated in the label of an update (its first 80 characters)."""
    label = paragraph.split(":", 1)[0] if ":" in paragraph[:80] else paragraph[:80]
    dates = find_dates(label)
    return dates[0].iso(context_year) if dates else None
