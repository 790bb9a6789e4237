"""Places: toponyms in a parsed document, their resolution, and where an event happened.

- :class:`Gazetteer` / :func:`get_gazetteer` -- names to places and a ranked
  resolver (see :mod:`tidings.code._places_gazetteer` for the ranking).
- :func:`find_toponyms` -- toponym spans of a spaCy ``Doc``: GPE, LOC and FAC
  entities, capital phrases ("the Chinese capital"), and capitalised spans
  the tagger missed that the gazetteer knows as countries, states, capitals,
  large cities or landmarks. Each toponym is resolved in the context of the
  document (the countries and states of its unambiguous toponyms, and
  "Alexandria, La."-style qualifiers).
- :func:`event_location` -- the place where one event happened: a toponym in
  a locative phrase attached to the event's trigger or its head chain, never
  the event's actors ("Beijing said") nor modifiers of nouns ("a North Korean
  train").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Iterable, Optional, TypedDict

from .._types import Location
from ._places_gazetteer import Gazetteer, Place, cache_dir, get_gazetteer, haversine_km, normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ._places_gazetteer import _Features

__all__ = [
    "Gazetteer",
    "Place",
    "get_gazetteer",
    "cache_dir",
    "haversine_km",
    "normalise",
    "find_toponyms",
    "Toponym",
    "event_location",
    "TOPONYM_LABELS",
]

log = logging.getLogger(__name__)

TOPONYM_LABELS = ("GPE", "LOC", "FAC")
_PROMOTABLE_LABELS = ("ORG", "PERSON")
_STRONG_FEATURES = ("country", "admin1", "admin2", "capital", "landmark", "continent")
_PROMOTE_MIN_POPULATION = 100_000
_USER_DATA_KEY = "tidings.places.toponyms"
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "nummod")


class Toponym(TypedDict):
    """A toponym found by :func:`find_toponyms`: its span and, when the gazetteer knows it, its place."""

    start: int  # character offsets in the doc
    end: int
    text: str
    label: str  # the entity label, or "CAPITAL" / "GAZ"
    token_start: int
    token_end: int
    location: Optional[Location]


# --------------------------------------------------------------------------- toponyms
def find_toponyms(doc: Doc, *, gazetteer: Gazetteer, demonyms: bool = False) -> list[Toponym]:
    """Toponym spans of ``doc``, in text order.

    Each item: ``start``, ``end`` (character offsets), ``text``, ``label`` (the
    entity label, or ``"CAPITAL"`` / ``"GAZ"`` for phrases found without it),
    ``token_start``, ``token_end`` and ``location`` (a
    :class:`~tidings._types.Location` with the same offsets, or None when
    the gazetteer does not know the name). With ``demonyms=True``, country
    adjectives tagged NORP ("Turkish") are toponyms too (resolved to the
    country). Results are cached on the doc (``doc.user_data``).
    """
    gaz = gazetteer
    cache_key = (_USER_DATA_KEY, id(gaz), demonyms)
    cached: Optional[list[Toponym]] = _user_data(doc).get(cache_key) if hasattr(doc, "user_data") else None
    if cached is not None:
        return cached
    spans: list[tuple[int, int, str]] = []  # token start, token end, label
    taken = [False] * len(doc)

    def claim(start: int, end: int, label: str) -> None:
        if start < end and not any(taken[start:end]):
            spans.append((start, end, label))
            for i in range(start, end):
                taken[i] = True

    for start, end in _capital_phrases(doc, gaz):
        claim(start, end, "CAPITAL")
    feature_heads = {w for w in gaz.features.feature_words if " " not in w}
    for ent in doc.ents:
        if not any(c.isupper() for c in ent.text):
            continue  # tagger noise such as "n't"
        if ent.label_ in TOPONYM_LABELS:
            end = ent.end
            if end < len(doc) and doc[end].lower_ in feature_heads and not doc[end].is_title:
                end += 1  # "Kuala Lumpur airport"
            claim(ent.start, end, ent.label_)
        elif demonyms and ent.label_ == "NORP" and gaz.country_of_demonym(ent.text):
            claim(ent.start, ent.end, "NORP")
        elif ent.label_ in _PROMOTABLE_LABELS and _promotable(gaz, ent.text, strict=True, landmarks=ent.label_ == "ORG"):
            claim(ent.start, ent.end, "GAZ")
    in_entity = [False] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            in_entity[i] = True
    for start, end in _gazetteer_spans(doc, gaz, in_entity):
        claim(start, end, "GAZ")
    for ent in doc.ents:  # "the Minnesota Department of Health", "University of Texas"
        if ent.label_ == "ORG" and len(ent) > 1:
            for start, end in _embedded_places(ent, gaz):
                claim(start, end, "GAZ")
    spans.sort()

    items: list[Toponym] = []
    for start, end, label in spans:
        span = doc[start:end]
        items.append({
            "start": span.start_char, "end": span.end_char, "text": span.text, "label": label,
            "token_start": start, "token_end": end, "location": None,
        })
    _resolve_in_context(items, doc, gaz)
    if hasattr(doc, "user_data"):
        _user_data(doc)[cache_key] = items
    return items


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys may be any hashable value (spaCy's stub says str)."""
    return doc.user_data


def _capital_phrases(doc: Doc, gaz: Gazetteer) -> Iterable[tuple[int, int]]:
    capital_words = set(gaz.features.capital_words)
    for tok in doc:
        if tok.lower_ not in capital_words:
            continue
        for width in (3, 2, 1):  # "the North Korean capital", "the Chinese capital"
            first = tok.i - width
            if first < 0:
                continue
            words = doc[first:tok.i]
            if gaz.country_of_demonym(words.text) and not any(t.lower_ == "the" for t in words):
                begin = first - 1 if first > 0 and doc[first - 1].lower_ == "the" else first
                yield begin, tok.i + 1
                break


def _promotable(gaz: Gazetteer, text: str, *, strict: bool, landmarks: bool = False) -> bool:
    """Whether a capitalised span the tagger did not call a place is one anyway."""
    key = normalise(text)
    if not key or key in gaz.features.not_promoted or gaz.country_of_demonym(key):
        return False
    if all(w in gaz.features.directions for w in key.split()):
        return False
    for place in gaz.lookup(key):
        if place.feature == "country" or (place.feature == "admin1" and (place.geonameid or place.population >= _PROMOTE_MIN_POPULATION)):
            return True
        if (landmarks or not strict) and place.feature in ("landmark", "continent"):
            return True
        if place.feature in ("city", "capital") and normalise(place.name) == key and place.population >= _PROMOTE_MIN_POPULATION * (10 if strict else 1):
            return True
    return False


def _is_cap(tok: Token) -> bool:
    text = tok.text
    return len(text) > 1 and text[0].isupper() and not text.isupper() or (text.isupper() and 2 <= len(text) <= 4 and text.isalpha())


def _gazetteer_spans(doc: Doc, gaz: Gazetteer, in_entity: list[bool]) -> Iterable[tuple[int, int]]:
    tagged = doc.has_annotation("TAG") or doc.has_annotation("POS")
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if in_entity[i] or not _is_cap(tok) or (tagged and tok.pos_ not in ("PROPN", "")) or (
            tok.is_sent_start and not (tagged and tok.pos_ == "PROPN")
        ):
            i += 1
            continue
        found = None
        for width in (4, 3, 2, 1):
            end = i + width
            if end > n or any(in_entity[i:end]) or not all(_is_cap(t) or t.lower_ in ("of", "-") for t in doc[i:end]):
                continue
            if not _is_cap(doc[end - 1]):
                continue
            if _promotable(gaz, doc[i:end].text, strict=False):
                found = end
                break
        if found:
            yield i, found
            i = found
        else:
            i += 1


def _embedded_places(ent: Span, gaz: Gazetteer) -> Iterable[tuple[int, int]]:
    """Countries, states and large cities named inside an organisation's name."""
    i = ent.start
    while i < ent.end:
        for width in (3, 2, 1):
            end = i + width
            if end <= ent.end and all(_is_cap(t) for t in ent.doc[i:end]) and _promotable(gaz, ent.doc[i:end].text, strict=True):
                yield i, end
                i = end
                break
        else:
            i += 1


def _resolve_in_context(items: list[Toponym], doc: Doc, gaz: Gazetteer) -> None:
    """Two passes: resolve alone; then again with the document's countries (from
    countries, states, capitals, counties, landmarks and unambiguous names), its
    home state, and "Town, State" qualifiers (which hold for the whole document)."""
    first: list[Optional[Place]] = [gaz.resolve_place(item["text"]) for item in items]
    for k in range(len(items) - 1):
        region = _region_of_pair(items, k, doc, gaz)
        if region is not None:
            first[k + 1] = region  # "Wellington, Somerset": the English county, not a town of New Jersey
    context: dict[str, int] = {}
    for item, place in zip(items, first):
        if place is None or not place.country:
            continue
        # countries, states, capitals, landmarks, counties, and names all of whose candidates share a country
        if place.feature in _STRONG_FEATURES or {p.country for p in gaz.lookup(item["text"])} == {place.country}:
            context[place.country] = context.get(place.country, 0) + 1
    countries = tuple(sorted(context))
    states: dict[str, int] = {}
    for place in first:
        if place is not None and place.feature == "admin1" and place.admin1:
            states[place.admin1] = states.get(place.admin1, 0) + 1
    # one state named more than any other is the document's home state
    ranked = sorted(states.items(), key=lambda kv: -kv[1])
    home = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    # one sense per document: a name qualified once ("Alexandria, La.") keeps that
    # sense where it stands alone
    qualifiers = [_qualifier(items, k, first, doc) for k in range(len(items))]
    in_region = [_place_in(gaz, item["text"], q) if q is not None else None for item, q in zip(items, qualifiers)]
    qualified: dict[str, Place] = {}
    for item, qualifier, place in zip(items, qualifiers, in_region):
        if qualifier is not None and place is not None and place.country == qualifier.country:
            qualified.setdefault(normalise(item["text"]), place)
    for k, item in enumerate(items):
        qualifier = qualifiers[k]
        key = normalise(item["text"])
        if qualifier is not None:
            place = in_region[k]
            if place is None or place.country != qualifier.country:
                place = gaz.resolve_place(item["text"], context_countries=countries) if countries else first[k]
        elif key in qualified:
            place = qualified[key]
        elif countries:
            place = gaz.resolve_place(item["text"], context_countries=countries, admin1=home)
        else:
            place = first[k]
        if place is not None:
            loc = place.location(item["text"])
            loc["start"], loc["end"] = item["start"], item["end"]
            item["location"] = loc


def _qualifier(items: list[Toponym], k: int, first: list[Optional[Place]], doc: Doc) -> Optional[Place]:
    """The state, county or country right after "Town, " ("Alexandria, La.")."""
    place = first[k + 1] if k + 1 < len(items) else None
    if place is not None and place.feature in _REGION_FEATURES and _comma_pair(items, k, doc):
        return place
    return None


def _comma_pair(items: list[Toponym], k: int, doc: Doc) -> bool:
    """Is ``items[k]`` followed by ``items[k + 1]`` with only a comma between them ("Wellington, Somerset")?"""
    return doc[items[k]["token_end"]:items[k + 1]["token_start"]].text.strip() == ","


def _place_in(gaz: Gazetteer, text: str, qualifier: Place) -> Optional[Place]:
    """``text`` read inside the region that qualifies it: in its country (and state), else the place of that name the
    region holds ("Wellington, Somerset": the English town, no capital abroad)."""
    place = gaz.resolve_place(text, context_countries=(qualifier.country,), admin1=_admin1_of(qualifier))
    if place is None or not _holds(qualifier, place):
        place = town_in(gaz, text, qualifier) or place
    return place


_REGION_FEATURES = ("admin1", "admin2", "country")


def _region_of_pair(items: list[Toponym], k: int, doc: Doc, gaz: Gazetteer) -> Optional[Place]:
    """The region ``items[k + 1]`` as it qualifies ``items[k]`` right before it ("Wellington, Somerset"), see
    :func:`region_of_town`."""
    if not _comma_pair(items, k, doc):
        return None
    return region_of_town(gaz, items[k]["text"], items[k + 1]["text"])


def region_of_town(gaz: Gazetteer, town: str, region: str) -> Optional[Place]:
    """In "Town, Region" ("Wellington, Somerset", "Taunton, Somerset"), the reading of ``region`` that holds a place
    named ``town``: a state, county or country of the same country (and, in the United States, of the same state),
    a country before a state before a county, then the most populous. None when no reading of ``region`` is such a
    region."""
    towns = [p for p in gaz.lookup(town) if p.feature not in _REGION_FEATURES and p.country]
    fits = [r for r in gaz.lookup(region) if r.feature in _REGION_FEATURES and r.country and any(_holds(r, t) for t in towns)]
    if not fits:
        return None
    return max(fits, key=lambda r: (r.feature == "country", r.feature == "admin1", r.population or 0))


def town_in(gaz: Gazetteer, town: str, region: Place) -> Optional[Place]:
    """The place named ``town`` inside ``region`` (a country, a state or a county, see :func:`region_of_town`), the
    most populous when several are: "Wellington" in Somerset is the English town, not New Zealand's capital."""
    return max((t for t in gaz.lookup(town) if t.feature not in _REGION_FEATURES and _holds(region, t)),
               key=lambda t: t.population or 0, default=None)


def _holds(region: Place, town: Place) -> bool:
    return town.country == region.country and (region.country != "USA" or region.feature == "country" or town.admin1 == region.admin1)


def _admin1_of(place: Place) -> Optional[str]:
    return place.admin1 if place.feature == "admin1" else None


# --------------------------------------------------------------------------- event location
def event_location(
    doc: Doc,
    sent: Optional[Span],
    trigger_token_i: int,
    *,
    gazetteer: Gazetteer,
    actors_spans: Iterable[Any] = (),
) -> Optional[Location]:
    """Where the event whose trigger is ``doc[trigger_token_i]`` happened, or None.

    Candidates are the resolved toponyms of ``sent`` (a sentence ``Span``;
    None means the trigger's sentence) that do not overlap an actor span
    (``actors_spans``: ``(start, end)`` character pairs, dicts with
    ``start``/``end`` or spaCy spans) -- except for movement and visit
    triggers, whose destination is both the target (the host) and the place. With a dependency parse, a toponym
    counts when it heads a locative prepositional phrase ("in", "at",
    "near", ...; "to"/"into" only for movement verbs such as arrive or
    visit) attached to the trigger or to one of its heads, possibly through
    other locative phrases ("at the airport in Kuala Lumpur"), or when it is
    the direct object of a place verb ("visited Pyongyang", "shelled Aleppo").
    Subjects ("Beijing said") and modifiers of other nouns ("a North Korean
    train") never count. Among several, the closest attachment wins, then the
    nearest in the text. Without a parse, a toponym right after a locative
    preposition in the same sentence counts.
    """
    gaz = gazetteer
    trigger = doc[trigger_token_i]
    if sent is None:
        sent = trigger.sent if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else doc[:]
    ranges = [_char_range(a) for a in actors_spans]
    actor_ranges = [r for r in ranges if r is not None]
    # the destination of a visit is both its target (the host) and its place
    visit = _lemma(trigger) in gaz.features.movement_verbs
    candidates: list[Toponym] = []
    for item in find_toponyms(doc, gazetteer=gaz):
        if item["location"] is None or item["start"] < sent.start_char or item["end"] > sent.end_char:
            continue
        if not visit and any(item["start"] < e and s < item["end"] for s, e in actor_ranges):
            continue
        candidates.append(item)
    if not candidates:
        return None
    feats = gaz.features
    has_deps = doc.has_annotation("DEP")
    best: Optional[tuple[tuple[int, int], Toponym]] = None
    for item in candidates:
        span = doc[item["token_start"]:item["token_end"]]
        rank = _attachment_rank(span, trigger, feats) if has_deps else _linear_rank(span, trigger, feats)
        if rank is None:
            continue
        key = (rank, abs(span.start - trigger.i))
        if best is None or key < best[0]:
            best = (key, item)
    if best is None:
        return None
    location = best[1]["location"]
    assert location is not None  # candidates are resolved toponyms
    return location.copy()


def _char_range(actor: Any) -> Optional[tuple[int, int]]:
    if isinstance(actor, dict):
        if "start" in actor and "end" in actor:
            return int(actor["start"]), int(actor["end"])
        return None
    if hasattr(actor, "start_char"):
        return actor.start_char, actor.end_char
    try:
        start, end = actor
        return int(start), int(end)
    except (TypeError, ValueError):
        return None


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _prep_text(prep: Token) -> str:
    """The preposition, with a multiword lead-in ("outside of", "close to")."""
    if prep.i > 0 and prep.lower_ == "of" and prep.doc[prep.i - 1].lower_ in ("outside", "inside"):
        return prep.doc[prep.i - 1].lower_ + " of"
    return prep.lower_


def _attachment_rank(span: Span, trigger: Token, feats: _Features) -> Optional[int]:
    """Rank of a toponym as the trigger's place (0 best), None when it is not one."""
    node = span.root
    in_span = range(span.start, span.end)
    movement = _lemma(trigger) in feats.movement_verbs
    # climb out of appositions and coordinations: "Ankara, the Turkish capital"; "in Beijing and Shanghai"
    while node.dep_ in ("appos", "conj") and node.head.i not in in_span and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("compound", "nmod") and node.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN"):
        return 0  # "the Pyongyang summit", "the Ankara attack"
    if node.dep_ in _MODIFIER_DEPS and node.head.i not in in_span:
        if node.head.lower_ in feats.feature_words or _lemma(node.head) in feats.feature_words:
            node = node.head  # "the Kuala Lumpur airport"
        else:
            return None  # "a North Korean train", "Beijing's decision"
    if node.dep_ in _SUBJECT_DEPS or (node.dep_ == "pobj" and node.head.dep_ == "agent"):
        return None
    if node.i == trigger.i:
        return None  # the trigger itself ("the Beijing visit" is handled by its noun)
    ancestors = [trigger] + list(trigger.ancestors)
    subtree = {t.i for t in trigger.subtree}
    for _hop in range(4):
        if node.dep_ == "dobj" and node.head.i == trigger.i and _lemma(trigger) in feats.place_object_verbs:
            return 1
        if node.dep_ != "pobj" or node.head.dep_ not in ("prep", "dative", "advmod", "agent"):
            return None
        prep = node.head
        word = _prep_text(prep)
        attach = prep.head
        if word == "of" and _lemma(attach) in feats.of_heads:
            node = attach  # "the border city of Dandong": the city is the place
            continue
        if word in feats.origin_prepositions:
            return None
        destination = word in feats.destination_prepositions
        if destination and not (movement or (attach.i != trigger.i and _lemma(attach) in feats.movement_verbs)):
            return None
        if not destination and word not in feats.locative_prepositions:
            return None
        if attach.i in {a.i for a in ancestors}:
            depth = [a.i for a in ancestors].index(attach.i)
            return depth * 2 + (1 if destination else 0)
        if attach.dep_ in ("dobj", "attr", "npadvmod") and attach.head.i == trigger.i:
            return 3  # "held talks in Beijing" parsed onto the object
        if attach.i in subtree and attach.pos_ in ("NOUN", "PROPN"):
            return 4  # "the arrival of a train in Beijing"
        node = attach  # "at the airport in Kuala Lumpur": go on up
    return None


def _linear_rank(span: Span, trigger: Token, feats: _Features) -> Optional[int]:
    """Fallback without a parse: a toponym after a locative preposition."""
    doc = span.doc
    i = span.start
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i == 0:
        return None
    word = doc[i - 1].lower_
    if word in feats.origin_prepositions:
        return None
    if word in feats.destination_prepositions:
        return 1 if _lemma(trigger) in feats.movement_verbs else None
    if word in feats.locative_prepositions:
        return 0 if span.start > trigger.i else 2
    if i - 1 == trigger.i and _lemma(trigger) in feats.place_object_verbs:
        return 1
    return None
