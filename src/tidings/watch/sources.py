"""What a watched source lists: RSS/Atom feeds, (news) sitemaps and plain URL lists.

:func:`parse_source` turns the bytes of a source into :class:`Item` s (one
per article URL) and, for a sitemap index, the URLs of its sitemaps. Feeds
are read with feedparser; sitemaps with the standard library's ElementTree
after refusing any document that declares entities (no entity expansion, no
"billion laughs"); gzipped sitemaps are decompressed to at most the size cap.
A line of a URL list that is not an http(s) URL, or a feed entry without a
link, is reported in ``problems`` and the rest is taken.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import urldefrag, urljoin, urlsplit

from .._errors import FeedError, MissingExtra
from .fetch import inflate

__all__ = ["Item", "Parsed", "parse_source", "clean_url"]

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]")


@dataclass(frozen=True)
class Item:
    """One article URL a source lists, with what the source says about it."""

    url: str
    hint: Optional[str] = None  # lastmod / updated / publication date: when it changes, the page may have changed
    published: Optional[str] = None  # ISO date the source gives
    outlet: Optional[str] = None  # publication name of a news sitemap
    title: Optional[str] = None


@dataclass
class Parsed:
    """A parsed source: its kind, its items, its child sitemaps, and the entries it had to leave out."""

    kind: str  # "feed" | "sitemap" | "sitemapindex" | "list"
    items: list[Item] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def clean_url(value: str, base: Optional[str] = None) -> Optional[str]:
    """An absolute http(s) URL without its fragment, or ``None``."""
    value = (value or "").strip()
    if not value:
        return None
    if base:
        value = urljoin(base, value)
    value = urldefrag(value)[0]
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value


def _iso_day(parsed: Any) -> Optional[str]:
    if isinstance(parsed, time.struct_time):
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _iso_text(value: Optional[str]) -> Optional[str]:
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value or "")
    return m.group(1) if m else None


def parse_source(body: bytes, *, url: str, content_type: str = "", max_bytes: int = 5_000_000) -> Parsed:
    """Read the bytes of the source at ``url``; raise :class:`FeedError` when nothing usable is there."""
    if body[:2] == b"\x1f\x8b":
        body = inflate(body, max_bytes, what="gzipped source", path=url)
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        raise FeedError("the source is empty", path=url)
    if head[:1] == b"<":
        if _ENTITY.search(body):
            raise FeedError("XML that declares entities is refused (entity expansion)", path=url)
        root = _root_name(head)
        if root in ("urlset", "sitemapindex"):
            return _sitemap(body, url)
        return _feed(body, url, content_type)
    if head[:1] in (b"{", b"["):
        raise FeedError("JSON sources (JSON Feed) are not read; give the site's RSS or Atom feed", path=url)
    if content_type and content_type != "text/plain":
        raise FeedError(f"a {content_type} source that is not XML", path=url)
    return _url_list(body, url)


def _root_name(head: bytes) -> Optional[str]:
    """Local name of the first element (after the prolog, comments and doctype)."""
    text = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head[:4096], flags=re.DOTALL)
    m = _ROOT.search(text)
    return m.group(1).decode("ascii", "replace").lower() if m else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child(node: ET.Element, *names: str) -> Optional[ET.Element]:
    for name in names:
        found = next((c for c in node if _local(c.tag) == name), None)
        if found is None:
            return None
        node = found
    return node


def _text(node: ET.Element, *names: str) -> Optional[str]:
    found = _child(node, *names)
    if found is None or found.text is None:
        return None
    return found.text.strip() or None


def _sitemap(body: bytes, url: str) -> Parsed:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise FeedError(f"malformed sitemap XML: {exc}", path=url) from None
    kind = "sitemapindex" if _local(root.tag) == "sitemapindex" else "sitemap"
    out = Parsed(kind)
    for entry in root:
        name = _local(entry.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = _text(entry, "loc")
        target = clean_url(loc or "", url)
        if target is None:
            out.problems.append(f"a <{name}> without an http(s) <loc>: {loc!r}")
            continue
        if kind == "sitemapindex":
            out.sitemaps.append(target)
            continue
        published = _text(entry, "news", "publication_date")
        lastmod = _text(entry, "lastmod")
        out.items.append(Item(
            url=target,
            hint=lastmod or published,
            published=_iso_text(published),
            outlet=_text(entry, "news", "publication", "name"),
            title=_text(entry, "news", "title"),
        ))
    return out


def _feed(body: bytes, url: str, content_type: str) -> Parsed:
    try:
        import feedparser
    except ImportError:
        raise MissingExtra("tidings watch", "watch", "feedparser") from None
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    entries = list(parsed.get("entries") or [])
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        raise FeedError(f"malformed feed: {reason}" if reason else "not a feed: no RSS or Atom found", path=url)
    out = Parsed("feed")
    for entry in entries:
        # dict.get, not entry.get: feedparser maps a missing "updated" to "published" with a DeprecationWarning
        link = dict.get(entry, "link") or ""
        target = clean_url(link, url)
        if target is None:
            name = dict.get(entry, "title") or dict.get(entry, "id") or "?"
            out.problems.append(f"an entry without an http(s) link: {name!r}")
            continue
        hint = dict.get(entry, "updated") or dict.get(entry, "published")
        out.items.append(Item(
            url=target,
            hint=str(hint) if hint else None,
            published=_iso_day(dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")),
            title=dict.get(entry, "title") or None,
        ))
    return out


def _url_list(body: bytes, url: str) -> Parsed:
    out = Parsed("list")
    text = body.decode("utf-8", "replace")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        target = clean_url(line.split()[0])
        if target is None:
            out.problems.append(f"line {number} is not an http(s) URL: {line[:80]!r}")
            continue
        out.items.append(Item(url=target))
    if not out.items and out.problems:
        raise FeedError(f"no URL in the list ({out.problems[0]})", path=url)
    return out
