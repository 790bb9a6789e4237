"""``read_article``: one text or HTML article to a clean :class:`~tidings._types.Document`."""

from __future__ import annotations

import logging
import re
from typing import Any, Iterable, Optional

from .._errors import DecodeError, EmptyInput, MalformedInput, UnsupportedInput
from .._options import Options
from .._types import Document, RemovedSpan, Update
from ._data import MetadataRules, boilerplate_rules, metadata_rules
from .boilerplate import Line, classify_lines, count_words, fold, line_text, split_lines
from .dates import infer_published, years
from .decoding import check_size, decode, normalize_unicode
from .fields import check_date, check_string, has_lone_surrogate
from .formats import detect_format
from .html import Locator, extract_html
from .identity import document_id
from .language import detect_language
from .metadata import find_dateline, head_metadata, update_date, update_kind

__all__ = ["read_article", "clean_text"]

log = logging.getLogger(__name__)
_SENT_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")


def _paragraphs(lines: list[Line]) -> list[str]:
    """Kept lines (hard-wrapped lines already joined) as paragraphs."""
    return [t for t in (line_text(line) for line in lines if line.kept) if t]


def clean_text(raw: str, *, knowledge_paths: Optional[Iterable[str]] = None, detect_title: bool = True) -> dict[str, Any]:
    """Boilerplate removal and metadata for plain text.

    Returns ``{"text", "removed", "meta", "updates", "dateline"}``; ``removed``
    offsets refer to ``raw``, ``updates`` offsets to ``text``.
    """
    rules = boilerplate_rules(knowledge_paths)
    mrules = metadata_rules(knowledge_paths)
    lines = split_lines(raw)
    classify_lines(lines, rules, keep=lambda ln: update_kind(ln.text, mrules) is not None, position=detect_title)
    meta = head_metadata(lines, mrules) if detect_title else _no_title_metadata(lines, mrules)
    removed: list[RemovedSpan] = []
    for line in lines:
        if not line.kept:
            removed.append({"text": line.raw, "start": line.start, "end": line.end, "reason": line.reason or line.role})
        else:
            for s, e, reason in line.cuts:
                removed.append({"text": raw[s:e], "start": s, "end": e, "reason": reason})
    removed.sort(key=lambda r: r["start"])
    paras = _paragraphs(lines)
    text = "\n\n".join(paras)
    # the dateline opens the first paragraph of prose (after headings and the dek)
    first = next((ln for ln in lines if ln.kept and ln.prose and ln.role != "subtitle"), None)
    dateline = find_dateline(line_text(first)) if first is not None else None
    return {"text": text, "removed": removed, "meta": meta, "paragraphs": paras, "dateline": dateline, "mrules": mrules}


def _no_title_metadata(lines: list[Line], mrules: MetadataRules) -> dict[str, Any]:
    meta = head_metadata(lines, mrules)
    # an HTML page's title comes from its markup; a heading-like first line stays text
    for line in lines:
        if line.role == "title":
            line.role, line.reason = "body", None
    meta.pop("title", None)
    meta.pop("subtitle", None)
    for line in lines:
        if line.role == "subtitle":
            line.role = "body"
    return meta


def _updates(paras: list[str], mrules: MetadataRules, context_year: Optional[int]) -> list[Update]:
    out: list[Update] = []
    pos = 0
    for para in paras:
        kind = update_kind(para, mrules)
        if kind:
            out.append({"text": para, "start": pos, "end": pos + len(para), "kind": kind, "published": update_date(para, context_year)})
        pos += len(para) + 2
    return out


def read_article(
    data: str | bytes,
    *,
    url: Any = None,
    published: Any = None,
    outlet: Any = None,
    title: Any = None,
    author: Any = None,
    path: Optional[str] = None,
    options: Optional[Options] = None,
    format: Optional[str] = None,
    warnings: Optional[list[str]] = None,
) -> Document:
    """Read one text or HTML article (format detected by content) into a clean document.

    Given arguments override metadata found in the article (provenance
    ``"given"``). Every metadata value, given or found, is validated
    (:mod:`tidings.read.fields`): a value of the wrong type, or a date that is
    not a date, is left out and its reason added to the document's
    ``warnings`` (after any ``warnings`` passed in). Raises a
    :class:`~tidings.ReadError` subclass on bad input.
    """
    options = options or Options()
    notes: list[str] = list(warnings or [])
    encoding = None
    replaced = 0
    if isinstance(data, (bytes, bytearray)):
        decoded, encoding, replaced = decode(bytes(data), path=path, max_bytes=options.max_bytes)
        if replaced:
            notes.append(f"decoding: {replaced} invalid UTF-8 byte sequence{'s' if replaced > 1 else ''} replaced with U+FFFD")
    elif not isinstance(data, str):
        raise UnsupportedInput(f"an article is text or bytes, not {type(data).__name__}", path=path)
    else:
        check_size(len(data), options.max_bytes, path)
        if not data.strip():
            raise EmptyInput("empty input", path=path)
        bad = has_lone_surrogate(data)
        if bad:
            raise DecodeError(f"invalid surrogate {bad} in the text", path=path, fix="the text cannot be encoded as UTF-8; fix the producer")
        decoded = data
    raw = normalize_unicode(decoded)
    fmt = format or detect_format(raw, path)
    if fmt in ("jsonl", "json"):
        raise UnsupportedInput(f"{fmt.upper()} holds records, not one article", path=path, fix="read it with iter_inputs")
    given: dict[str, Optional[str]] = {}
    for key, value in (("title", title), ("author", author), ("outlet", outlet), ("url", url), ("published", published)):
        checked, why = check_date(key, value) if key == "published" else check_string(key, value)
        given[key] = checked
        if why:
            notes.append(why)
    url = given["url"]
    found: dict[str, Any] = {}
    removed: list[RemovedSpan] = []
    if fmt == "html":
        page = extract_html(raw, url=url)
        if not page["text"].strip() and not re.match(r"\s*<(?:!doctype|html)\b", raw, re.IGNORECASE):
            page = extract_html(f"<html><body>{raw}</body></html>", url=url)  # a fragment (a JSON record's `html`)
        if not page["text"].strip():
            raise MalformedInput("the HTML yields no text", path=path, fix="check that the file is a complete article page")
        cleaned = clean_text(page["text"], knowledge_paths=options.knowledge_paths, detect_title=False)
        locate = Locator(raw)
        for block in page["removed_blocks"]:
            s, e = locate(block)
            removed.append({"text": block, "start": s, "end": e, "reason": "html-boilerplate"})
        for r in cleaned["removed"]:
            s, e = locate(fold(r["text"]))
            removed.append({"text": r["text"], "start": s, "end": e, "reason": r["reason"]})
        for key, field in (("title", "title"), ("author", "author"), ("sitename", "outlet"), ("description", "subtitle")):
            value, why = check_string(field, page.get(key))
            if value:
                found[field] = value
            elif why:
                notes.append(f"page {why}")
        value, why = check_date("published", page.get("date"))
        if value:
            found["published"] = value
        elif why:
            notes.append(f"page {why}")
    else:
        cleaned = clean_text(raw, knowledge_paths=options.knowledge_paths)
        removed = cleaned["removed"]
    text = cleaned["text"]
    if not text.strip():
        raise EmptyInput("no article text left after removing boilerplate", path=path)
    meta = cleaned["meta"]
    for key in ("title", "subtitle", "author", "published", "original_outlet"):
        if meta.get(key) and not found.get(key):
            found[key] = meta[key]
    if meta.get("byline_outlet") and not found.get("outlet"):
        found["outlet"] = meta["byline_outlet"]
    dateline = cleaned["dateline"]

    provenance: dict[str, str] = {}
    values: dict[str, Any] = {}
    for key in ("title", "author", "outlet", "original_outlet", "published", "url", "subtitle"):
        stated = given.get(key)
        if stated:
            values[key], provenance[key] = stated, "given"
        elif found.get(key):
            values[key], provenance[key] = found[key], "found"
    if dateline and dateline.get("agency") and not values.get("original_outlet"):
        if (values.get("outlet") or "").casefold() != dateline["agency"].casefold():
            values["original_outlet"], provenance["original_outlet"] = dateline["agency"], "found"
    published_inferred = False
    if not values.get("published"):
        # updates are later reports: their dates do not date the article
        body = "\n\n".join(p for p in cleaned["paragraphs"] if update_kind(p, cleaned["mrules"]) is None)
        iso = meta.get("modified") or infer_published(body)
        if iso:
            values["published"], provenance["published"] = iso, "inferred"
            published_inferred = True
    language, lang_score = detect_language(text)
    if language:
        provenance["language"] = "inferred"
    context_year = int(values["published"][:4]) if values.get("published") and values["published"][:4].isdigit() else (max(years(text)) if years(text) else None)

    doc: Document = {
        "id": document_id(text),
        "title": values.get("title"),
        "subtitle": values.get("subtitle"),
        "outlet": values.get("outlet"),
        "original_outlet": values.get("original_outlet"),
        "author": values.get("author"),
        "published": values.get("published"),
        "published_inferred": published_inferred,
        "modified": meta.get("modified"),
        "language": language,
        "language_score": round(lang_score, 4),
        "words": count_words(text),
        "text": text,
        "raw": raw,
        "url": values.get("url"),
        "removed": removed,
        "updates": _updates(cleaned["paragraphs"], cleaned["mrules"], context_year),
        "dateline": dateline,
        "duplicate_of": None,
        "provenance": provenance,
        "source_path": path,
        "format": fmt,
        "encoding": encoding,
        "replaced": replaced,
        "warnings": notes,
    }
    return doc
