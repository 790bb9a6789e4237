"""HTML articles: main text and metadata with trafilatura.

trafilatura finds the main text (comments excluded) and the title, author,
date and site name. Text blocks of the page that it left out are recorded in
``removed`` with reason ``html-boilerplate`` (offsets in the raw HTML where
the block's text appears verbatim, else ``-1``). When trafilatura finds no
main text, its baseline extractor (all paragraph text) is used, so a page is
only rejected when it holds no text at all.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Optional

from .boilerplate import fold

__all__ = ["extract_html", "page_blocks"]

log = logging.getLogger(__name__)
_BLOCK_TAGS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "footer", "nav", "aside", "header", "blockquote", "figcaption", "dd", "dt", "section", "article", "form", "label", "button"}


def page_blocks(html: str, max_blocks: int = 400) -> list[str]:
    """Leaf-ish text blocks of the page (text of elements without block children)."""
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on broken input
        return []
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks: list[str] = []
    seen: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS - {"a", "span"} for c in el):
            continue
        text = fold(el.text_content())
        if len(text) >= 3 and text not in seen:
            seen.add(text)
            blocks.append(text)
            if len(blocks) >= max_blocks:
                break
    return blocks


def extract_html(html: str, *, url: Optional[str] = None) -> dict[str, Any]:
    """``{"text", "title", "author", "date", "sitename", "description", "removed_blocks"}``.

    ``text`` has blank lines between paragraphs; empty when the page holds no text.
    """
    import trafilatura

    result = None
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura can fail deep inside lxml on broken pages
        log.debug("trafilatura failed on %s: %s", url, exc)
    meta: dict[str, Any] = {}
    text = ""
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
        for key in ("title", "author", "date", "sitename", "description"):
            meta[key] = data.get(key) or None
    if not text.strip():
        try:
            _, text, _ = trafilatura.baseline(html)
        except Exception as exc:
            log.debug("trafilatura baseline failed on %s: %s", url, exc)
            text = ""
    paragraphs = [fold(p) for p in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if meta.get("title") and paragraphs and fold(paragraphs[0]).casefold() == fold(meta["title"]).casefold():
        paragraphs = paragraphs[1:]
    meta["text"] = "\n\n".join(paragraphs)
    kept = meta["text"]
    meta["removed_blocks"] = [b for b in page_blocks(html) if b not in kept]
    return meta


def locate(raw: str, snippet: str) -> tuple[int, int]:
    """Offsets of ``snippet`` in ``raw`` when it appears verbatim (modulo spacing), else (-1, -1)."""
    i = raw.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    words = snippet.split()
    if not words:
        return -1, -1
    rx = r"\s+".join(re.escape(w) for w in words[:60])
    m = re.search(rx, raw)
    return (m.start(), m.end()) if m and len(words) <= 60 else (-1, -1)
