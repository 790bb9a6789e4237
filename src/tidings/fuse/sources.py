"""Who really stands behind a mention: original sources and authority.

The *original source* of a mention is found by following, in order:

1. the chain of cited sources (``cited_source`` and its ``cites``: "Duowei
   News, citing South Korean media" -> South Korean media) to the innermost
   named, non-anonymous source;
2. otherwise the outlet that first published the text: the document's
   ``original_outlet`` (syndicated copies, re-blogs) or, for a near-duplicate
   document (``duplicate_of``), the outlet of the document it copies;
3. otherwise the outlet named with anonymous sources ("Bloomberg sources"
   -> Bloomberg), else the mention's outlet itself (its own reporting, or
   anonymous sources it alone talked to).

Two mentions with the same original source are not independent. Names are
compared after :func:`~tidings.fuse.similarity.norm_name`, so an outlet and a
cited source with the same name ("Yonhap") are one source.

A mention is *authoritative* for an event when its innermost cited source is
the government involved or its state media (kind ``government``,
``official`` or ``state_media``, or ``state_media: true``, from a country of
one of the event's actors or its place; a state medium of unknown country is
accepted), or one of the event's actors itself.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

from .similarity import Rec, norm_name

__all__ = ["innermost_source", "original_source", "is_authoritative", "is_anonymous", "attribution", "independent_sources"]

AUTHORITY_KINDS = frozenset({"government", "official", "state_media"})


def _chain(cited: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen = 0
    while cited and seen < 10:
        if isinstance(cited, str):
            cited = {"name": cited}
        elif isinstance(cited, list):
            cited = cited[0] if cited else None
            continue
        out.append(cited)
        cited = cited.get("cites")
        seen += 1
    return out


def innermost_source(mention: Mapping[str, Any]) -> Optional[dict[str, Any]]:
    """The innermost named, non-anonymous cited source of a mention, or None."""
    named = [c for c in _chain(mention.get("cited_source")) if c.get("name") and not c.get("anonymous")]
    return named[-1] if named else None


def is_anonymous(mention: Mapping[str, Any]) -> bool:
    """True when the mention cites sources but none of them by name ("officials said, speaking anonymously")."""
    chain = _chain(mention.get("cited_source"))
    return bool(chain) and innermost_source(mention) is None


def _root_document(doc_id: str, documents: Optional[Mapping[str, Mapping[str, Any]]]) -> tuple[str, Optional[Mapping[str, Any]]]:
    doc = documents.get(doc_id) if documents else None
    hops = 0
    while doc is not None and doc.get("duplicate_of") and hops < 20:
        doc_id = doc["duplicate_of"]
        doc = documents.get(doc_id) if documents else None
        hops += 1
        if doc is None:
            return doc_id, None
    return doc_id, doc


def _unnamed(doc_id: str, doc: Optional[Mapping[str, Any]]) -> str:
    """Name for a document whose outlet is unknown: its author when given, else the document."""
    author = (doc or {}).get("author")
    return f"{author} (author)" if author else "document " + doc_id


def original_source(mention: Mapping[str, Any], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> str:
    """A key naming the original source behind one mention (see the module docs)."""
    inner = innermost_source(mention)
    if inner is not None:
        return norm_name(inner["name"])
    chain = _chain(mention.get("cited_source"))
    if chain and chain[-1].get("anonymous") and chain[-1].get("outlet"):
        return norm_name(chain[-1]["outlet"])  # "Bloomberg sources": the outlet that talked to them
    doc_id = str(mention.get("document") or "")
    root_id, root = _root_document(doc_id, documents)
    if root_id != doc_id:
        if root is not None and (root.get("original_outlet") or root.get("outlet")):
            return norm_name(root.get("original_outlet") or root.get("outlet"))
        return _unnamed(root_id, root)
    doc = documents.get(doc_id) if documents else None
    outlet = mention.get("original_outlet") or (doc or {}).get("original_outlet") or mention.get("outlet") or (doc or {}).get("outlet")
    return norm_name(outlet) or _unnamed(doc_id, doc)


def independent_sources(mentions: Iterable[Mapping[str, Any]], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> int:
    """How many different original sources stand behind ``mentions``."""
    return len({original_source(m, documents) for m in mentions})


def attribution(mention: Mapping[str, Any], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> str:
    """Human-readable basis of a mention: "Reuters, citing Xinhua" / "Yonhap, citing anonymous sources"."""
    doc = (documents or {}).get(str(mention.get("document"))) or {}
    outlet = mention.get("outlet") or doc.get("outlet") or doc.get("original_outlet")
    outlet = outlet or (_unnamed(str(mention["document"]), doc) if mention.get("document") else "unknown outlet")
    chain = _chain(mention.get("cited_source"))
    if not chain:
        return str(outlet)
    names = []
    for c in chain:
        names.append("anonymous sources" if c.get("anonymous") and not c.get("name") else str(c.get("name") or c.get("kind") or "a source"))
    if chain[-1].get("anonymous") and chain[-1].get("name"):
        names[-1] = f"{names[-1]} (anonymous)"
    return f"{outlet}, citing " + ", citing ".join(names)


def is_authoritative(rec: Rec, countries: set[str], actor_names: set[str]) -> bool:
    """True when the mention's innermost source is the government involved, its state media or an actor."""
    inner = innermost_source(rec.mention)
    if inner is None:
        return False
    name = norm_name(inner.get("name"))
    if name and name in actor_names:
        return True
    kind = inner.get("kind") or ""
    state = bool(inner.get("state_media")) or kind == "state_media"
    if not (state or kind in AUTHORITY_KINDS):
        return False
    country = (inner.get("country") or "").upper()
    if country:
        return country in countries
    return state
