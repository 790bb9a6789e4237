"""Detecting the input format from content (and the file name as a hint)."""

from __future__ import annotations

import json
import re
from typing import Optional

__all__ = ["detect_format", "looks_like_html", "looks_like_jsonl", "looks_like_json", "is_warc_name"]

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?(?:p|div|br|a|span|h[1-6]|article|section|li|ul|table|td|meta|script|style|img|header|footer|nav|main|title|body|html)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """The text starts like an HTML page, or has many HTML tags for its words."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 3 and tags * 40 > len(head.split())


def looks_like_jsonl(text: str) -> bool:
    """The first non-empty line is a JSON object with a ``text`` or ``html`` field."""
    for line in text[:200_000].splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("{"):
            return False
        try:
            obj = json.loads(line)
        except ValueError:
            return False
        return isinstance(obj, dict) and ("text" in obj or "html" in obj)
    return False


def looks_like_json(text: str) -> bool:
    """The whole text is one JSON array or object (a record file, not an article)."""
    stripped = text.strip().lstrip("\ufeff")
    if not stripped or (stripped[0], stripped[-1]) not in {("[", "]"), ("{", "}")}:
        return False
    try:
        json.loads(stripped)
    except (ValueError, RecursionError):
        return False
    return True


def is_warc_name(name: str) -> bool:
    """A web-archive file by its name: ``.warc`` or ``.warc.gz``."""
    return name.lower().endswith((".warc", ".warc.gz"))


def detect_format(text: str, name: Optional[str] = None) -> str:
    """``"jsonl"``, ``"json"``, ``"html"`` or ``"text"``.

    ``.jsonl``/``.ndjson`` names and texts whose first line is a record are
    JSONL; ``.json`` names and texts that are one JSON array or object are JSON.
    """
    lower = (name or "").lower().removesuffix(".gz")
    if lower.endswith((".jsonl", ".ndjson")) or looks_like_jsonl(text):
        return "jsonl"
    if lower.endswith(".json") or looks_like_json(text):
        return "json"
    if lower.endswith((".html", ".htm", ".xhtml", ".html.gz")) and "<" in text[:20000]:
        return "html"
    return "html" if looks_like_html(text) else "text"
