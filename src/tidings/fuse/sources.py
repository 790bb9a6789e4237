"""Who really stands behind a mention: original sources and authority.

A cited source is an *information source*: an outlet, an agency, an official
or a named person speaking, documents, "sources". The key of a mention's
original source (:func:`original_source`) is, in order:

1. the innermost *named* information source of its chain of cited sources
   (``cited_source`` and its ``cites``): "Reuters, citing Xinhua" -> Xinhua;
   "Stratfor, citing News24, citing Duowei News, citing unnamed sources" ->
   Duowei News (the outlet that talked to the unnamed sources). A source is
   unnamed when its kind is ``anonymous`` ("unnamed sources", "officials"),
   when it is the innermost link and marked anonymous ("a Yemeni security
   official, who asked not to be named"), or when its name starts with an
   indefinite article ("a senior lawmaker");
2. otherwise the outlet named with anonymous sources ("Bloomberg sources" ->
   Bloomberg);
3. otherwise the outlet that first published the text: the document's
   ``original_outlet`` (syndicated copies, re-blogs) or, for a near-duplicate
   document (``duplicate_of``), the outlet of the document it copies, else
   the mention's outlet itself, else the document's author.

Within one document, a mention in the outlet's own voice (no cited source)
about an event the same document attributes to a named source in its
original text (not in a later update) relays that source: it gets that
source's key (:func:`source_keys`, the first such source in the text). An
article that says "the train arrived" and "Xinhua confirmed the visit" is
one source, Xinhua, not two.

The voices of one government (its officials, ministries and state media,
named with their country: "Iran's foreign ministry", IRNA) are one source,
keyed by the first of them in the event.

Two mentions with the same key are not independent. Names are compared
after :func:`~tidings.fuse.similarity.norm_name`, so an outlet and a cited
source with the same name ("Yonhap") are one source. Fusion counts only the
mentions that *support* an event's claim (:mod:`.status`: no rival claim, no
denial); rival claims list their own sources.

A mention is *authoritative* for an event when its innermost cited source is
the government involved or its state media (kind ``government``,
``official`` or ``state_media``, or ``state_media: true``, from a country of
one of the event's actors or its place; a state medium of unknown country is
accepted), or one of the event's actors itself.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional, Sequence

from .similarity import Rec, norm_name

__all__ = [
    "innermost_source",
    "information_source",
    "original_source",
    "publisher",
    "source_keys",
    "source_list",
    "is_authoritative",
    "is_anonymous",
    "attribution",
    "independent_sources",
]

AUTHORITY_KINDS = frozenset({"government", "official", "state_media"})
_INDEFINITE = ("a ", "an ")


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


def _named(link: Mapping[str, Any], innermost: bool) -> bool:
    """Is one link of a citation chain a named information source (see the module docs)?"""
    name = str(link.get("name") or "").strip()
    if not name or link.get("kind") == "anonymous":
        return False
    if innermost and link.get("anonymous"):
        return False  # the flag of outer links is their basis's; the innermost one's is its own
    return not name.lower().startswith(_INDEFINITE)


def information_source(mention: Mapping[str, Any]) -> Optional[dict[str, Any]]:
    """The innermost named information source of a mention's citation chain, or None.

    Unlike :func:`innermost_source`, a named outlet relaying anonymous sources
    counts ("Duowei News, citing unnamed sources" -> Duowei News).
    """
    chain = _chain(mention.get("cited_source"))
    for i in range(len(chain) - 1, -1, -1):
        if _named(chain[i], i == len(chain) - 1):
            return chain[i]
    return None


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


def publisher(mention: Mapping[str, Any], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> str:
    """The key of the outlet that first published a mention's text (step 3 of the module docs)."""
    doc_id = str(mention.get("document") or "")
    root_id, root = _root_document(doc_id, documents)
    if root_id != doc_id:
        if root is not None and (root.get("original_outlet") or root.get("outlet")):
            return norm_name(root.get("original_outlet") or root.get("outlet"))
        return _unnamed(root_id, root)
    doc = documents.get(doc_id) if documents else None
    outlet = mention.get("original_outlet") or (doc or {}).get("original_outlet") or mention.get("outlet") or (doc or {}).get("outlet")
    return norm_name(outlet) or _unnamed(doc_id, doc)


def original_source(mention: Mapping[str, Any], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> str:
    """A key naming the original source behind one mention on its own (see the module docs)."""
    inner = information_source(mention)
    if inner is not None:
        return norm_name(inner["name"])
    chain = _chain(mention.get("cited_source"))
    carrier = next((c.get("outlet") for c in reversed(chain) if c.get("anonymous") and c.get("outlet")), None)
    if carrier:
        return norm_name(carrier)  # "Bloomberg sources": the outlet that talked to them
    return publisher(mention, documents)


def _government_voice(mention: Mapping[str, Any]) -> str:
    """The country whose government speaks through a mention's named source (its officials, ministries, state media), else ""."""
    inner = information_source(mention)
    if inner is None or not inner.get("country"):
        return ""
    kind = inner.get("kind") or ""
    if kind in AUTHORITY_KINDS or inner.get("state_media"):
        return str(inner["country"]).upper()
    return ""


def source_keys(items: Sequence[Any], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> dict[str, str]:
    """The original-source key of each record (``.id``, ``.mention``) of one event, own voice folded per document.

    A mention without a cited source, in a document whose original text
    (not an update) attributes the same event to a source of another key,
    takes the key of the first such source in the text: the article relays
    it. Mentions of other documents never change a key. The voices of one
    government (its officials, ministries and state media: "Iran" and IRNA)
    are one source, keyed by the first of them among ``items``.
    """
    keys: dict[str, str] = {}
    relayed: dict[str, list[tuple[int, str]]] = {}
    voices: dict[str, str] = {}  # country -> the key of the first of its government's voices
    for rec in items:
        m = rec.mention
        key = original_source(m, documents)
        country = _government_voice(m)
        if country:
            key = voices.setdefault(country, key)
        keys[rec.id] = key
        if m.get("cited_source") and not m.get("update") and key != publisher(m, documents):
            relayed.setdefault(str(m.get("document") or ""), []).append((int(m.get("start") or 0), key))
    for rec in items:
        m = rec.mention
        cited = relayed.get(str(m.get("document") or ""))
        if cited and not m.get("cited_source"):
            keys[rec.id] = min(cited)[1]
    return keys


def source_list(items: Sequence[Any], documents: Optional[Mapping[str, Mapping[str, Any]]] = None) -> list[dict[str, Any]]:
    """One ``{"source", "mentions", "documents", "via"}`` entry per original source of the records ``items``."""
    keys = source_keys(items, documents)
    by: dict[str, dict[str, Any]] = {}
    for rec in items:
        key = keys[rec.id]
        entry = by.setdefault(key, {"source": key, "mentions": [], "documents": [], "via": []})
        entry["mentions"].append(rec.id)
        document = str(rec.mention.get("document") or "")
        if document not in entry["documents"]:
            entry["documents"].append(document)
        via = attribution(rec.mention, documents)
        if via not in entry["via"]:
            entry["via"].append(via)
    return list(by.values())


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
