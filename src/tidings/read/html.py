"""HTML articles: main text and metadata with trafilatura.

trafilatura finds the main text (comments excluded) and the title, author,
date and site name. Text blocks of the page that it left out are recorded in
``removed`` with reason ``html-boilerplate`` (offsets in the raw HTML where
the block's text appears verbatim, else ``-1``). When trafilatura finds no
main text, its baseline extractor (all paragraph text) is used, so a page is
only rejected when it holds no text at all.
"""

from __future__ import annotations

import bisect
import logging
import re
from typing import Any, Optional

from .boilerplate import fold

__all__ = ["extract_html", "page_blocks", "Locator"]

log = logging.getLogger(__name__)
_SELF_CLOSED_RAW = re.compile(r"<(script|style)\b([^<>]*?)\s*/>", re.IGNORECASE)
_SERVER_ERROR = re.compile(r"^(?:PHP )?(?:Strict Standards|Warning|Notice|Deprecated|Fatal error|Parse error|Catchable fatal "
                           r"error|Recoverable fatal error): .{1,400}? in (?:/|[A-Za-z]:\\)\S+ on line \d+\.?$")
_XML_UNSAFE = re.compile("[\x0c\ufffe\uffff]")
_BLOCK_TAGS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "footer", "nav", "aside", "header", "blockquote", "figcaption", "dd", "dt", "section", "article", "form", "label", "button"}


def page_blocks(html: str, max_blocks: int = 400, headings: Optional[list[str]] = None) -> list[str]:
    """Leaf-ish text blocks of the page (text of elements without block children).

    When ``headings`` is a list, the texts of the page's ``h1`` elements are appended to it.
    """
    try:
        import lxml.html

        tree = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on broken input
        return []
    if headings is not None:
        headings.extend(fold(h.text_content()) for h in tree.iter("h1"))
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

    # characters lxml's HTML parser keeps but refuses to set as text (form feed,
    # non-characters): removing a script next to one would raise ValueError
    html = _XML_UNSAFE.sub(" ", html)
    # a script or style written as self-closing ("<script type=... />") still holds everything up to its end tag, as a
    # browser reads it: lxml would close it at once and keep the code as the page's text
    html = _SELF_CLOSED_RAW.sub(r"<\1\2>", html)
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
    # the server's own error messages printed into the page ("Strict Standards: Non-static method ... in /www/... on
    # line 813") are no text of it
    paragraphs = [p for p in paragraphs if p and not _SERVER_ERROR.match(p)]
    h1s: list[str] = []
    blocks = page_blocks(html, headings=h1s)
    if meta.get("title"):
        meta["title"] = clean_title(meta["title"], sitename=meta.get("sitename"), url=url, headings=h1s)
    if meta.get("title") and paragraphs and _key(paragraphs[0]) == _key(meta["title"]):
        paragraphs = paragraphs[1:]
    meta["text"] = "\n\n".join(paragraphs)
    kept = meta["text"]
    meta["removed_blocks"] = [b for b in blocks if b not in kept]
    return meta


_TITLE_SEP = re.compile(r"\s+(?:\||–|—|-|·|›|»|::+|/)\s+")


def _key(text: Optional[str]) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def clean_title(title: str, *, sitename: Optional[str] = None, url: Optional[str] = None, headings: Optional[list[str]] = None) -> str:
    """Drop a site name joined to the page title (``Story - Site``, ``Site | Story``).

    A part is dropped when it is the site name or the host name; when the page
    has an ``h1`` equal to one part, that part is the title. Otherwise the
    title is left whole.
    """
    title = fold(title)
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    for h in headings or []:
        hk = _key(h)
        for p in parts:
            if hk and _key(p) == hk:
                return p
    site = {_key(sitename)} if sitename else set()
    host = ""
    if url:
        host = re.sub(r"^(?:[a-z]+://)?(?:www\.)?", "", url.lower()).split("/")[0]
    labels = {lab for lab in host.split(".")[:-1] if len(lab) > 2}
    def is_site(part: str) -> bool:
        k = _key(part)
        return bool(k) and (k in site or k.replace(" ", "") in labels or (host and host in part.lower()) or any(k.replace(" ", "") == lab.replace("-", "") for lab in labels))
    rest = [p for p in parts if not is_site(p)]
    if rest and len(rest) < len(parts):
        return " - ".join(rest) if len(rest) > 1 else rest[0]
    return title


class Locator:
    """Finds snippets in the raw HTML, exactly or with whitespace folded (one pass to build)."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._folded: Optional[str] = None
        self._tokens: list[tuple[int, int]] = []
        self._starts: list[int] = []

    def _build(self) -> None:
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", self.raw)]
        starts: list[int] = []
        pos = 0
        for s, e in tokens:
            starts.append(pos)
            pos += e - s + 1
        self._tokens = tokens
        self._starts = starts
        self._folded = " ".join(self.raw[s:e] for s, e in tokens)

    def _raw_offset(self, j: int) -> int:
        k = bisect.bisect_right(self._starts, j) - 1
        return self._tokens[k][0] + (j - self._starts[k])

    def __call__(self, snippet: str) -> tuple[int, int]:
        """Offsets of ``snippet`` in the raw text, or ``(-1, -1)`` when it is not there verbatim."""
        i = self.raw.find(snippet)
        if i >= 0:
            return i, i + len(snippet)
        folded = " ".join(snippet.split())
        if not folded:
            return -1, -1
        if self._folded is None:
            self._build()
        assert self._folded is not None
        j = self._folded.find(folded)
        if j < 0:
            return -1, -1
        return self._raw_offset(j), self._raw_offset(j + len(folded) - 1) + 1
