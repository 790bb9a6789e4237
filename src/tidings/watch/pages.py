"""A fetched article page to a read :class:`~tidings.Document`, with its canonical URL."""

from __future__ import annotations

import datetime as _dt
from html.parser import HTMLParser
from typing import Optional

from .._options import Options
from .._types import Document
from ..read import read_article
from .fetch import Response
from .sources import clean_url

__all__ = ["canonical_url", "read_page"]

_HEAD_BYTES = 200_000  # the <head> of a page is in its first bytes; do not scan a whole huge body


class _Head(HTMLParser):
    """Finds ``<link rel="canonical">`` (and ``<base href>``) in a page's head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: Optional[str] = None
        self.base: Optional[str] = None
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if self.done:
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and values.get("href") and self.base is None:
            self.base = values["href"]
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href") and self.canonical is None:
            self.canonical = values["href"]
        elif tag == "body":
            self.done = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.done = True


def canonical_url(html: str, url: str) -> Optional[str]:
    """The absolute canonical URL a page declares in its head, or ``None``."""
    parser = _Head()
    try:
        parser.feed(html[:_HEAD_BYTES])
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    if not parser.canonical:
        return None
    base = clean_url(parser.base, url) if parser.base else url
    return clean_url(parser.canonical, base or url)


def read_page(response: Response, *, options: Options, published: Optional[str] = None, outlet: Optional[str] = None) -> tuple[Document, Optional[str]]:
    """Read the page in ``response`` (raises a :class:`~tidings.ReadError`); return it and its canonical URL.

    The document's ``url`` is the URL the source listed. ``published`` and
    ``outlet``, when the source gave them, are given to the reader.
    """
    data: str | bytes = response.body
    if response.charset:
        try:
            data = response.body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            data = response.body  # a wrong charset label: let the reader detect the encoding
    doc = read_article(data, url=response.url, published=published, outlet=outlet, options=options)
    canonical = None
    if doc.get("format") == "html":
        canonical = canonical_url(doc.get("raw") or "", response.final_url)
    if canonical:
        doc["canonical_url"] = canonical
    doc["fetched"] = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    return doc, canonical
