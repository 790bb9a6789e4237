"""Links from event coding to the actor, time, place, modality, attribution and status engines.

Each helper calls the engine's function with the resources of the
:class:`~tidings.code.context.CodingContext` it is given and moves the
engine's offsets into document coordinates. Errors are not caught here: a
failing engine fails its document, which the caller records (see
:func:`tidings.code.code_documents`).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from typing import Any, Iterable, Mapping, Optional, TypeVar, cast, overload

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from .._types import Actor, CitedSource, DateInfo, Evidence, Location, Modality
from ..annotate import TITLE_ABBREVIATIONS
from ._doc_cache import doc_text, span_text
from ._places_gazetteer import Place
from .actors import BACKER, Piece, _outlet_without_its_the, actor_for_span, document_actors
from .attribution import find_attribution, find_evidence
from .context import CodingContext
from .events import ActorRef, _clause_verb, counted_people
from .modality import analyse_modality
from .places import event_location, region_of_town, town_in
from .time import event_date, number_value

__all__ = [
    "resolve_actor",
    "host_government",
    "event_location_for",
    "event_date_for",
    "narrative_date_for",
    "modality_for",
    "attribution_for",
    "tense_of",
]


_Record = TypeVar("_Record", bound=Mapping[str, Any])
_OFFSET_KEYS = ("start", "end", "span_start", "span_end")


@overload
def _shift(record: _Record, offset: int, keys: tuple[str, ...] = _OFFSET_KEYS) -> _Record: ...
@overload
def _shift(record: None, offset: int, keys: tuple[str, ...] = _OFFSET_KEYS) -> None: ...
@overload
def _shift(record: Optional[_Record], offset: int, keys: tuple[str, ...] = _OFFSET_KEYS) -> Optional[_Record]: ...
def _shift(record: Optional[_Record], offset: int, keys: tuple[str, ...] = _OFFSET_KEYS) -> Optional[_Record]:
    """A copy of ``record`` (any record with character offsets) with its offsets moved by ``offset``."""
    if record is None or not offset:
        return record
    out = dict(record)
    for k in keys:
        if isinstance(out.get(k), int):
            out[k] += offset
    return cast(_Record, out)  # the same keys as ``record``, offsets moved


# ------------------------------------------------------------------ actors

def resolve_actor(doc: Doc, start: int, end: int, *, context: CodingContext, offset: int = 0, date: Optional[str] = None,
                  as_agent: bool = True, fixed: Optional[tuple[str, str]] = None, text: Optional[str] = None) -> Optional[Actor]:
    """The actor named by ``doc.text[start:end]`` (offsets of the result in document coordinates)."""
    if fixed is not None:
        code, name = fixed
        return Actor(name=name, code=code, country=code, sector=None, plover_sector=None, kind="country", role=None,
                     text=text if text is not None else doc_text(doc)[start:end], start=start + offset, end=end + offset)
    da = document_actors(doc, resolver=context.resolver, published=date)
    if not da.places_added:
        _add_places(doc, da, context)
    actor = actor_for_span(doc, start, end, resolver=context.resolver, date=date, as_agent=as_agent, published=date)
    if actor is None or (not actor.get("country") and not actor.get("pronoun")):
        # "Newark Police Department", "Columbia County sheriff's": the place before the role word gives the country
        local = _local_actor(doc, start, end, context=context, date=date, as_agent=as_agent, home=da.home_country)
        if local is not None and (actor is None or local.get("country")):
            actor = local
    if actor is not None and actor.get("country_from") == "document" and not actor.get("pronoun"):
        # "B.C. Attorney General Wally Oppal" in a story the text set in the United States: the province before the
        # role says whose official it is, not the story's country
        region = _local_actor(doc, start, end, context=context, date=date, as_agent=as_agent, home=actor.get("country"),
                              regions_only=True)
        if region is not None and region.get("country") and region["country"] != actor.get("country"):
            actor = region
    if actor is None and as_agent:
        # "charged by Black Hawk County", "sued the City of Paris": a county or town that acts is its government
        actor = _local_government(doc, start, end, context=context, date=date, home=da.home_country)
    if actor is None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) == 1 and counted_people(span[0]):
            # "Gunmen kill 7 in Benue ambush", "police arrested two": people, of the story's country
            people = context.resolver.resolve("people", date=date, as_agent=False)
            if people is not None:
                actor = context.resolver.localise(people, da.home_country) if da.home_country else people
                if da.home_country:
                    actor["country_from"] = "document"
    if actor is not None and actor.get("start") is None:
        actor = {**actor, "text": doc_text(doc)[start:end], "start": start, "end": end}
    return _shift(actor, offset)


# a county, parish or township named as such, or a town as "the City of X": the unit whose government acts
_LOCAL_UNIT = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?P<of>(?:City|Town|Village|Borough|County|Township|Municipality)\s+of\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"|(?P<unit>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:County|Parish|Township|Borough)))(?:['\u2019]s?)?$")
# the gazetteer's features such a unit may be: a county (admin2) or a town
_UNIT_FEATURES = frozenset({"admin2", "city", "capital"})


def _local_government(doc: Doc, start: int, end: int, *, context: CodingContext, date: Optional[str],
                      home: Optional[str]) -> Optional[Actor]:
    """The government of a county, parish, township or town named as an actor ("charged by Black Hawk County",
    "the City of Paris supports the project"), when the gazetteer knows the place (in the story's ``home`` country
    when it has one); None for any other phrase ("Cook County Jail" names a building, not the county)."""
    text = doc_text(doc)[start:end].strip()
    m = _LOCAL_UNIT.match(text)
    if m is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ in {"compound", "nmod", "amod"}:
        return None  # "a Santa Clara County conviction": the county says where, not who
    name = m.group("of") or m.group("unit")
    gazetteer, context_countries = context.gazetteer, (home,) if home else ()
    place = gazetteer.resolve_place(name, context_countries=context_countries)
    if m.group("of") is not None and place is None:
        place = gazetteer.resolve_place(re.sub(r"^\w+\s+of\s+", "", name), context_countries=context_countries)
    if place is None or not place.country or place.feature not in _UNIT_FEATURES:
        return None
    country = place.country
    if home and country != home and any(c.country == home and c.feature in _UNIT_FEATURES for c in gazetteer.lookup(name)):
        country = home  # the story's own county of that name
    government = context.resolver.resolve("government", date=date, as_agent=True)
    if government is None:
        return None
    actor = context.resolver.localise(government, country)
    actor.update({"name": name, "text": text, "start": start, "end": end})
    return actor


# gazetteer features of places inside a country: what says where a local story happens (a capital is often its government)
_LOCAL_FEATURES = frozenset({"city", "admin1", "admin2"})
#: a place this small, of a country the text does not name, is no place a story named as its country's is in (see
#: :func:`_add_places`)
_SMALL_PLACE = 50_000


def _add_places(doc: Doc, da: Any, context: CodingContext) -> None:
    """Tell the document's actors which places the text names ("Gainesville", "Brooklyn": where a local story is).

    The smaller places (towns, states, counties) decide the country a local
    story is in; a capital or large city of another country that the text
    does not otherwise name is then read as that country's homonym when the
    gazetteer has one there ("Athens Police Department" beside "Henderson
    County", "LONDON, Ky."), see :meth:`~tidings.code.actors.DocumentActors.relocate`.
    """
    gazetteer = context.gazetteer
    # (a rank the tagger read as a place, "Det." of "Det. Insp. William Leahy", is none; nor is a name in lower case,
    # "the west coast", "the north")
    named = sorted({e.text.strip() for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"} and any(ch.isupper() for ch in e.text)}
                   - set(TITLE_ABBREVIATIONS))
    found = {n: gazetteer.resolve_place(n) for n in named}
    home, countries = da.home_country, da.named_countries()
    if home is not None and home in countries:
        # a story its actors place in one country it names: a small place abroad, of a country the text never names, is
        # not where the story is ("Port Stanley" in a Falklands story is no port in Ontario, "the Central Highlands" of
        # Vietnam no Australian shire); the story's country's own homonym when the gazetteer has one. A place of a
        # country the text names stays ("Russian tanks entered Poti" in a story of Georgia's war, "near Dhusamareb,
        # Somali officials said"), and so does one whose size the gazetteer does not know
        for n, p in found.items():
            if p is not None and p.country and p.country != home and p.feature in _LOCAL_FEATURES and \
                    0 < p.population < _SMALL_PLACE and p.country not in countries:
                alt = gazetteer.resolve_place(n, context_countries=(home,))
                found[n] = alt if alt is not None and alt.country == home else None
    # "Wellington, Somerset": the second name is the region that holds the first (the English county, not the town of
    # New Jersey), and the first is its town
    paired: set[str] = set()
    ents = [e for e in doc.ents if e.label_ in {"GPE", "LOC"}]
    for a, b in zip(ents, ents[1:]):
        if doc[a.end:b.start].text.strip() != ",":
            continue
        holder = region_of_town(gazetteer, a.text.strip(), b.text.strip())
        if holder is None:
            continue
        town = town_in(gazetteer, a.text.strip(), holder)
        found[b.text.strip()] = holder
        paired.add(b.text.strip())
        if town is not None and town.country == holder.country:
            found[a.text.strip()] = town
            paired.add(a.text.strip())
    # a state named inside an actor's name counts too ("officers from the Kentucky State Police"): the parser tags the
    # name an organisation, not a place
    states = {n: p for n in da.place_names() if n not in found
              for p in [gazetteer.resolve_place(n)] if p is not None and p.feature == "admin1"}
    places = [*found.values(), *states.values()]
    local: Counter[str] = Counter()
    for p in places:  # a state or county says more than a town, which often has namesakes abroad ("Swansea")
        if p is not None and p.country and p.feature in _LOCAL_FEATURES:
            local[p.country] += 1 if p.feature == "city" else 2
    ranked = local.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        home = ranked[0][0]
        regions = Counter(p.admin1 for p in places if p is not None and p.country == home and p.admin1)
        region = regions.most_common(1)[0][0] if regions else None
        moved: dict[str, str] = {}
        # a country's name used as a town's ("a Palestine man") is the story's country's town of that name, if it has one
        towns = [n for n in da.town_names() if any(c.country == home and c.feature in _LOCAL_FEATURES for c in gazetteer.lookup(n))]
        for n in towns:
            moved[n] = home
            if n in found:
                alt = gazetteer.resolve_place(n, context_countries=(home,), admin1=region)
                found[n] = alt if alt is not None and alt.country == home else None
        for n in sorted(paired):
            p = found[n]
            if p is not None and p.country == home:
                moved[n] = home  # the pair's reading, also where the actor table reads another homonym
        for n in sorted((set(found) | set(da.place_names())) - set(towns)):  # a capital inside a name ("Athens Police Department") too
            p = found[n] if n in found else gazetteer.resolve_place(n)
            if p is None or p.country == home or p.feature not in ("capital", "city"):
                continue
            alt = gazetteer.resolve_place(n, context_countries=(home,), admin1=region)
            if alt is None or alt.country != home:
                # a capital outranks its namesakes even in their country's context ("Paris" beside "Henry County"): the
                # town of that name in the story's own state (the capital stays itself when only the country has one)
                namesakes = [c for c in gazetteer.lookup(n) if c.country == home and c.feature in _LOCAL_FEATURES and region
                             and c.admin1 == region]
                alt = max(namesakes, key=lambda c: c.population, default=alt)
            if alt is not None and alt.country == home and alt.feature in _LOCAL_FEATURES:
                moved[n] = home
                if n in found:
                    found[n] = alt
        if moved:
            da.relocate(moved, towns=towns)
    # one count a place however it is written ("U.S.", "the United States"); a town, state or county counts twice: a
    # local story may name one place and no country ("A DeKalb man was arrested")
    distinct = {p.id: p for p in found.values() if p is not None and p.country}
    da.add_places(c for p in distinct.values() for c in [p.country] * (2 if p.feature in _LOCAL_FEATURES else 1))


def _name_token(token: Token) -> bool:
    """Is ``token`` a word of a name: a proper noun, or capitalised inside its sentence (a headline's "Gainesville" may be
    tagged a noun)? Not an adjective capitalised only because it opens the sentence ("Federal police arrested ...": no
    town called Federal)."""
    if token.pos_ == "ADJ" and token.is_sent_start and token.i + 1 < len(token.doc) and token.nbor().is_lower:
        return False  # (a name goes on in capitals: "Latin American leaders" stays a region's)
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.is_alpha and not token.is_stop)


def _local_actor(doc: Doc, start: int, end: int, *, context: CodingContext, date: Optional[str], as_agent: bool,
                 home: Optional[str] = None, regions_only: bool = False) -> Optional[Actor]:
    """An actor named by a common noun after names the resolver does not know: "Newark Police Department", "Gainesville residents".

    The leading names are dropped one word at a time until the rest names an
    actor; when the dropped words name a place ("Newark"), the actor takes that
    place's country, read in the story's ``home`` country when it has one ("Alexandria parents" in a story from
    Louisiana are no Egyptians; "Paris police" stay French: a capital outranks a town of its name). With
    ``regions_only`` only a state, province or country before the role counts ("B.C. Attorney General").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span.root.pos_ not in {"NOUN", "PROPN"}:
        return None
    first = next((k for k, t in enumerate(span) if _name_token(t)), None)
    if first is None or BACKER.search(span.text):
        return None  # (nor "an Iran-backed militia": the country named backs the group)
    # a capitalised word the knowledge reads as part of one role or name with the words after it ("Grand Jury",
    # "Supreme Court justices") is no place before a role word ("Grand" is also a village)
    whole = [p for p in context.resolver.pieces(span.text, names=False) if p.kind in ("role", "entry")]
    bound = span[first].idx - span.start_char
    if any(p.start <= bound < p.end for p in whole):
        return None
    for k in range(first + 1, len(span)):
        if not _name_token(span[k - 1]):
            return None
        rest = span[k:]
        pieces = context.resolver.pieces(rest.text, names=False)
        if not any(p.kind in ("role", "entry") for p in pieces):
            continue  # the rest must name an actor by a word or an entry, not by a capital ("Real Madrid" is no government)
        if pieces[0].start == 0 and pieces[0].kind in ("capital", "city", "seat", "country"):
            continue  # the dropped name goes on into a place's: "New London Police Chief" is no London's
        actor = context.resolver.resolve(rest.text, date=date, as_agent=as_agent)
        if actor is None or actor.get("kind") in {"country", "place"}:
            continue
        if actor.get("kind") == "organisation" and _outlet_without_its_the(rest.text, str(actor.get("name") or "")):
            # "Tiger Hill", "Capitol Hill": a name's last word that the outlet The Hill goes by, no outlet; "a Kashmiri
            # Hindu" is the word's other sense, a person of a faith
            actor = context.resolver.resolve(rest.text.lower(), date=date, as_agent=as_agent)
            if actor is None or actor.get("kind") in {"country", "place"}:
                return None
        actor.update({"text": span.text, "start": span.start_char, "end": span.end_char})
        place = context.gazetteer.resolve_place(span[first:k].text, context_countries=(home,) if home else ())
        opener = span[first]
        if place is not None and k == first + 1 and opener.is_sent_start and opener.pos_ == "NOUN" and not opener.ent_type_ and (
                place.population or 0) < _STRONG_PLACE and place.feature not in {"capital", "admin1", "country"}:
            place = None  # "Bus drivers walked out", "Train drivers ...": a common noun opening the sentence, no small town of that name
        if span[k].ent_type_ == "PERSON" and span[k].ent_iob_ == "I":
            place = None  # a cut inside a person's name: "Lindsay Lohan's lawyer" is no lawyer of a town called Lindsay
        if regions_only and (place is None or place.feature not in {"admin1", "country"} or place.country == home or any(
                c.country == home for c in context.gazetteer.lookup(span[first:k].text))):
            return None  # (not "Hanover police" or "Westmoreland County" in an American story: Jamaica's parishes)
        if place is not None and place.country and not actor.get("country") and (
                not _titled(pieces, context) or _named_place(span[first:k], place, context)):
            actor = context.resolver.localise(actor, place.country)
        return actor
    return None


# a place this large (or a capital, a state or province) is the place whatever word its name shares ("Paris police");
# one of a middle size is the place unless the knowledge reads the word as an actor or modifier ("Union", "Federal")
_STRONG_PLACE = 200_000
_MIDDLE_PLACE = 100_000
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _titled(pieces: list[Piece], context: CodingContext) -> bool:
    """Do the pieces open with a title of office ("Spokeswoman X", "MP X"), not a word for a group ("police", "residents")?"""
    first = next((p for p in pieces if p.kind != "modifier"), None)
    word = context.resolver.kb.role_words.get(first.ref) if first is not None and first.kind == "role" else None
    return word is not None and word.is_role


def _named_place(words: Span, place: Place, context: CodingContext) -> bool:
    """Do the capitalised words before a title name ``place``, not a common word that shares its name?

    "Police Spokeswoman X", "Liberal MP X", "Union leader X", "Court spokesman X" name no town called Police, Liberal,
    Union or Court. A capital, a state or province, or a large city counts as written ("Paris police", "Toronto
    police", "Kabul police chief"); otherwise the words must be no word the knowledge reads as an actor or a modifier
    ("police", "union", "federal"), and a small town must be tagged a place by the parser ("DeKalb Mayor X").
    """
    if place.feature in ("country", "capital", "admin1") or place.population >= _STRONG_PLACE:
        return True
    if any(h.type in ("role", "modifier") for h in context.resolver.kb.hits(words.text)):
        return False
    return place.population >= _MIDDLE_PLACE or all(t.ent_type_ in _PLACE_LABELS for t in words)


def host_government(actor: Optional[Actor]) -> Optional[Actor]:
    """A visit's destination as its host: a place or country becomes that country's government."""
    if actor is None or not actor.get("country"):
        return actor
    if actor.get("kind") not in {"country", "place", None} or actor.get("sector") not in {None, "", "GOV"}:
        return actor
    out = actor.copy()
    out["code"] = f"{actor['country']}GOV"
    out["sector"] = "GOV"
    out["kind"] = "country"
    return out


# ------------------------------------------------------------------ places


def event_location_for(doc: Doc, sent: Span, trigger_i: int, place: Optional[ActorRef], *, context: CodingContext, offset: int = 0,
                       actor_spans: Iterable[Any] = (), country: Optional[str] = None) -> Optional[Location]:
    """The place engine's location of the event, else the destination found by the event finder.

    ``country`` (ISO3, e.g. of the host government) fills the fallback's
    country; else the knowledge base reads the destination as a country name.
    """
    loc = event_location(doc, sent, trigger_i, gazetteer=context.gazetteer, actors_spans=actor_spans)
    if loc is not None:
        return _shift(loc, offset)
    if place is None:
        return None
    if country is None:
        known = context.knowledge.country(place.text)
        country = known.iso3 if known is not None else None
    return Location(name=place.text, country=country, lat=None, lon=None, geonameid=None,
                    text=place.text, start=place.start + offset, end=place.end + offset)


# ------------------------------------------------------------------ dates


def tense_of(tok: Token) -> str:
    """"past", "future" or "present" of the clause governed by ``tok``."""
    heads = [tok, *[a for a in tok.ancestors if a.dep_ in {"xcomp", "ROOT", "ccomp", "conj"} or a.pos_ in {"VERB", "AUX"}][:2]]
    for t in heads:
        for c in t.children:
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "'ll", "shall", "wo"}:
                return "future"
            if c.dep_ in {"aux"} and c.lower_ in {"going"}:
                return "future"
        if t.lemma_ in {"plan", "schedule", "expect", "set", "intend", "prepare"} and t.i != tok.i:
            return "future"
        if t.tag_ in {"VBD", "VBN"} or "Past" in t.morph.get("Tense", None):
            return "past"
        if t.pos_ in {"VERB", "AUX"}:
            return "present"
    return "present"


_TEMPORAL_MARKS = {"when", "as", "after", "once", "while"}
_SCHEDULING_VERBS = {"schedule", "set", "plan", "slate", "due", "fix", "arrange"}
# verbs whose to-infinitive is still to come when they are told ("hoped on Monday to win", "planned to attack")
_WISH_VERBS = frozenset({"want", "hope", "wish", "expect", "intend", "aim", "prepare", "wait", "seek", "need", "mean", "plan"})
# verbs that commit their subject to the act of their to-infinitive, still to come ("agreed Monday to reinstate the judge")
_COMMISSIVE_VERBS = frozenset({"agree", "vow", "promise", "pledge", "threaten", "offer", "undertake", "commit", "swear",
                               "propose", "volunteer", "consent", "guarantee", "resolve", "refuse", "decline"})
_SIMULTANEOUS_MARKS = {"as", "while"}  # a "when"-clause is dated only as the existing rules say
_NOT_YET_VERBS = frozenset(_SCHEDULING_VERBS) | _WISH_VERBS | _COMMISSIVE_VERBS
# verbs whose to-infinitive is their subject's own act at the verb's time ("tried on Monday to storm the gate", "began on
# Monday to withdraw", "the court ruled on March 25 to send ten men to custody"); a decision, a vote, an announcement or a
# request names an act still to come ("decided on Sunday to strike", "voted on Friday to send peacekeepers"), which a date
# would turn into a reported one
_SAME_ACT_VERBS = frozenset({"try", "attempt", "manage", "fail", "begin", "start", "continue", "rush", "hurry", "rule",
                             "proceed"})
# verbs that start, stop, attempt or turn down the act of their complement at their own time ("began to fall apart in
# mid-1996", "stopped paying a dividend in 1984", "declined to comment Saturday")
_REFUSAL_VERBS = frozenset({"refuse", "decline"})
_PHASE_VERBS = frozenset({"begin", "start", "stop", "cease", "quit", "resume", "try", "attempt", "fail", "manage"}) | _REFUSAL_VERBS
# verbs that find someone in the act of their participle ("was found clinging to an inner tube Nov. 25")
_FINDING_VERBS = frozenset({"find", "see", "spot", "catch", "discover", "observe"})
# a decision or an announcement whose infinitive is a verbal act is that act ("announced on Monday to offer a reward",
# "decided at the summit to invite three countries", "voted today to call for rationing"); a material act is still to come
_DECISION_VERBS = frozenset({"decide", "vote", "announce", "choose", "opt"})
_SAID_ACTS = frozenset({"offer", "call", "invite", "appeal", "urge", "demand", "ask", "request", "propose", "recommend",
                        "condemn", "denounce", "praise", "recognize", "endorse", "welcome", "thank", "reject"})


def _verb_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """Is the verb one of ``lemmas``, also when the tagger's lemma is off ("hoped" read as "hop")?"""
    word = verb.lower_
    stems = {word, word[:-1], word[:-2], word[:-3]} if word.endswith(("ed", "es", "s", "d")) else {word}
    return verb.lemma_.lower() in lemmas or bool(stems & lemmas)


def _date_told_in_past(where_verb: Token) -> bool:
    """Is the clause a where- or when-clause hangs on told in the past ("flew to Cairo on Sunday, where he was scheduled
    to meet")? A still-to-come act in it would take a day before the report and be read as reported."""
    holder = next((a for a in where_verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return holder is not None and tense_of(holder) == "past"


def _linked(doc: Doc, s: int, e: int, anchor: Token, trigger: Token) -> float:
    """2 when the date phrase hangs off the event word, 1 when in its clause, 0 otherwise."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return 0
    root = span.root
    # "the October 1998 shooting": a date written between the article and the event word is the event's, whatever
    # the parser made of it
    premodified = _premodified_words(doc, span)
    if trigger.i in premodified:  # "the Dec. 21, 1988, bombing", "the Oct. 23 sniper shooting", "a Jan. 14 return date"
        return 2
    # "the December 2013 outbreak of civil war": the dated noun only says the event broke out
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.i in premodified \
            and trigger.head.head.lemma_.lower() in _OUTBREAK_NOUNS:
        return 2
    # "the Feb. 23 accord signed by Annan and Aziz", "the 1990 sanctions imposed on Iraq": a participle that tells how a
    # thing named by its date came about is at that date (ranked below a date of its own: "the 1997 pact signed in 1998")
    if anchor.i == trigger.i and anchor.dep_ == "acl" and anchor.tag_ == "VBN" and anchor.head.i in premodified \
            and anchor.lemma_.lower() in _MAKING_VERBS and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in anchor.children):
        return 0.75
    # the verb of the event's clause: the event word itself when it is a verb
    anchor_clause = _clause_verb(anchor)
    # "charged in the Dec. 21, 1988, bombing": the law acts later than the crime it names
    if premodified and anchor_clause is not None and anchor_clause.lemma_.lower() in _CONNECTION_VERBS:
        return 0
    # "since 1996, when it joined the Council of Europe": a when-clause on the date phrase is at that date (so is a
    # where-clause the parser hung on it: "visited Prague on Monday, where he met the president")
    # ("where he is scheduled to meet the president": an infinitive under the where-clause's verb is in it too)
    # (but a to-infinitive after a clause told in the past only under a verb whose infinitive is its own act then: "flew to
    # Cairo on Sunday, where he was scheduled / is expected / hopes to meet" is still to come, and a past day would make it
    # reported)
    wh_clause = anchor_clause.head if anchor_clause is not None and anchor_clause.dep_ == "xcomp" and anchor.i == anchor_clause.i \
        and (not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor_clause.children)  # "was found clinging": that time
             or _verb_in(anchor_clause.head, _SAME_ACT_VERBS) or not _date_told_in_past(anchor_clause.head)) else anchor_clause
    if (wh_clause is not None and wh_clause.dep_ == "relcl" and span.start <= wh_clause.head.i < span.end
            and any(c.dep_ == "advmod" and c.lower_ in {"when", "where"} for c in [*wh_clause.children, *cast(Token, anchor_clause).children])
            and (not _perfect(wh_clause) or _perfect(wh_clause.head))
            and (anchor.i in {wh_clause.i, getattr(anchor_clause, "i", -1)} or _shares_clause_time(anchor, wh_clause, span.start))):
        return 2
    # "in 2007, when he was arrested", "Twelve years ago -- when a policeman was shot": a when-clause right after the
    # date phrase is at that date
    if anchor_clause is not None and (anchor.i == anchor_clause.i or _shares_clause_time(anchor, anchor_clause, span.start)):
        nxt = span.end + (1 if span.end < len(doc) and doc[span.end].text in {",", "--", "-", "–", "—", "("} else 0)
        if nxt < anchor_clause.i and doc[nxt].lower_ == "when" and doc[nxt].head.i == anchor_clause.i:
            return 2
    path = _reported_verb_path(span, [root, *root.ancestors])
    for t in path[1:]:
        if t.i in {anchor.i, trigger.i}:
            return 0 if _another_events_date(path, t, anchor) else 2
        if t.pos_ in {"VERB", "AUX"} and not (anchor_clause is not None and _purpose_gerund(t, anchor_clause)):
            clause = t
            break
    else:
        return 0
    if anchor_clause is not None and clause.i == anchor_clause.i and _shares_clause_time(anchor, clause, span.start) \
            and not _another_events_date(path, clause, anchor):
        return 1
    # "litigation and investigations ensued in late 2005", "the clashes that broke out on Friday": a clause on the event
    # noun that only says it happened dates it
    if _occurrence_clause_of(clause, trigger) and not _another_events_date(path, clause, trigger):
        return 2
    # "a NATO summit set for April", "talks scheduled for Monday": a schedule on the event noun dates it (not the schedule of
    # an event told as past: "the summit scheduled for June 16 took place in Geneva"). Other participles are left alone:
    # dating "the earthquake recorded on ..." this way split stories (tidings eval stories: doc purity 0.81 -> 0.79)
    if (clause.dep_ == "acl" and clause.head.i == anchor.i and clause.tag_ == "VBN" and anchor.pos_ in {"NOUN", "PROPN"}
            and clause.lemma_.lower() in _SCHEDULING_VERBS and not _another_events_date(path, clause, anchor)
            and not (anchor_clause is not None and tense_of(anchor_clause) == "past")):
        return 2
    # "The court ruled on March 25 to send ten men to custody", "tried on Monday to storm the gate": a to-infinitive
    # under a verb told in the simple past whose infinitive is its subject's own act at that time (a ruling, an attempt, a
    # start), with no date of its own, takes that verb's date (ranked below own dates). Not under a decision, a vote, an
    # announcement, a plan, a wish or a commitment ("decided on Sunday to strike", "agreed Monday to reinstate the judge"),
    # whose complement is still to come (a date before the report would make it reported), nor under a verb with an
    # auxiliary ("has tried to") or an object, whose complement is another's act ("urged Iran on Monday to release the crew").
    # A gerund under a verb that starts or stops it is that act too ("On Friday, the firm began notifying customers")
    if (anchor_clause is not None and anchor.i == anchor_clause.i and anchor_clause.dep_ == "xcomp" and anchor_clause.head.i == clause.i
            and (any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor_clause.children)
                 or (anchor_clause.tag_ == "VBG" and _verb_in(clause, _PHASE_VERBS - _REFUSAL_VERBS)))
            and clause.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass", "dobj", "iobj"} for c in clause.children)
            and (_verb_in(clause, _SAME_ACT_VERBS) or (anchor_clause.tag_ == "VBG" and _verb_in(clause, _PHASE_VERBS - _REFUSAL_VERBS))
                 or (_verb_in(clause, _DECISION_VERBS) and anchor_clause.lemma_.lower() in _SAID_ACTS))
            and not _verb_in(clause, _NOT_YET_VERBS)
            and not _another_events_date(path, clause, clause)):
        return 0.5
    # "The group began to fall apart in mid-1996", "stopped paying a dividend in 1984", "declined to comment Saturday",
    # "was found clinging to an inner tube Nov. 25": a date the parser hangs on the complement of a verb that starts,
    # stops, attempts or refuses that very act, or finds someone doing it, is the verb's time too (ranked below own
    # dates). Not under a plan, a wish, a commitment, a request or a decision ("agreed in April to hand them over",
    # "invited them to join in 1999", "voted to hold a referendum in May"): their complement comes later
    if (anchor_clause is not None and anchor.i == anchor_clause.i and clause.dep_ == "xcomp" and clause.head.i == anchor.i
            and (_verb_in(anchor, _PHASE_VERBS)
                 or (_verb_in(anchor, _FINDING_VERBS) and clause.tag_ == "VBG"))
            and not _verb_in(anchor, _NOT_YET_VERBS - _REFUSAL_VERBS)
            and not _another_events_date(path, clause, clause)):
        return 0.5
    # "When Iranian forces boarded the ship on April 13, 2024, Tehran freed the crew": a temporal
    # clause on the event's clause dates it when the clause itself has no date (ranked below own dates)
    # Not a date the clause holds through another noun, nor a subjectless "as" clause, which tells a manner ("could be
    # visited as laid down by the Feb. 23 accord": the accord's date is no visit's)
    if (anchor_clause is not None and clause.dep_ == "advcl" and clause.head.i == anchor_clause.i
            and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TEMPORAL_MARKS
                    and (c.lower_ != "as" or _has_own_subject(clause)) for c in clause.children)
            and not _another_events_date(path, clause, clause)):
        return 0.5
    # "The commemorations began early Friday, as thousands marched through the streets": a clause at the same time
    # as a dated one takes its date when it has none of its own (ranked below own dates)
    if (anchor_clause is not None and anchor.i == anchor_clause.i and anchor_clause.dep_ == "advcl" and anchor_clause.head.i == clause.i
            and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SIMULTANEOUS_MARKS for c in anchor_clause.children)
            and tense_of(anchor_clause) == tense_of(clause) and not _another_events_date(path, clause, anchor)):
        return 0.5
    # "Gunmen attacked a castle on Sunday, killing four": a participle clause after a dated clause, with no conjunction,
    # subject or auxiliary of its own, tells what the act did then (not "having captured the town", which is earlier;
    # ranked below own dates)
    if (anchor_clause is not None and anchor.i == anchor_clause.i and anchor_clause.dep_ == "advcl" and anchor_clause.head.i == clause.i
            and anchor_clause.tag_ == "VBG" and anchor_clause.i > clause.i and span.end <= anchor_clause.i
            and anchor_clause.i > 0 and doc[anchor_clause.i - 1].text == ","
            and not any(c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in anchor_clause.children)
            and not _another_events_date(path, clause, anchor)):
        return 0.5
    # "Retaliating for the bombings, U.S. forces on Thursday launched missile strikes": a participle clause that opens the
    # sentence, set off by a comma, with no conjunction, subject or auxiliary of its own ("having" is one), tells what the
    # dated clause was doing then (ranked below own dates)
    if (anchor_clause is not None and anchor.i == anchor_clause.i and anchor_clause.dep_ == "advcl" and anchor_clause.head.i == clause.i
            and anchor_clause.tag_ == "VBG" and anchor_clause.left_edge.i == anchor_clause.sent.start
            and anchor_clause.right_edge.i + 1 < clause.i and doc[anchor_clause.right_edge.i + 1].text == ","
            and span.start > anchor_clause.right_edge.i
            and not any(c.dep_ in {"mark", "nsubj", "nsubjpass", "aux", "auxpass"} for c in anchor_clause.children)
            and not _another_events_date(path, clause, anchor)):
        return 0.5
    # "On Monday, police raided two homes and arrested three men", "In June, the leaders fell out, and Pol Pot was
    # arrested": a later conjunct takes the date of the first when it has none of its own (ranked below own dates)
    # (an event noun the later conjunct holds as its object or enters into: "went to a bar Saturday and got into a fight",
    # "raided two homes on Monday and made three arrests"; not a noun after "in" or "at", which may be older, nor a date
    # across a blank line, a headline's run into the sentence)
    if anchor_clause is not None and (anchor.i == anchor_clause.i or _held_by_conjunct(anchor, anchor_clause)) \
            and not _BLANK_LINE.search(doc_text(doc), span.end_char, anchor_clause.idx) \
            and _conjunct_of(anchor_clause, clause) and span.start < anchor_clause.i and tense_of(anchor_clause) == tense_of(clause) \
            and (not _has_own_subject(anchor_clause) or span.start < clause.left_edge.i or _fronted(span, clause)) \
            and not _another_events_date(path, clause, anchor):
        return 0.75
    return 0


# nouns that only say their "of" event broke out (as _HAPPENING_VERBS for clauses)
_OUTBREAK_NOUNS = frozenset({"outbreak", "eruption", "onset"})
# verbs whose participle tells how an agreement, a law or a measure came about ("the Feb. 23 accord signed by ...")
_MAKING_VERBS = frozenset({"sign", "reach", "strike", "broker", "seal", "conclude", "adopt", "pass", "enact", "impose", "issue"})
_DETERMINERS = {"the", "a", "an", "this", "that", "'s", "its", "their", "his", "her", "our"}
# verbs that only say their event noun happened ("the protests that erupted on Monday"); not "begin" or "start", which date
# only the start of a lasting event ("a strike that began last spring" is left undated)
_HAPPENING_VERBS = frozenset({"ensue", "occur", "happen", "erupt", "unfold", "take", "break", "flare"})
_HAPPENING_PARTICLES = {"take": "place", "break": "out", "flare": "up"}


def _occurrence_clause_of(clause: Token, noun: Token) -> bool:
    """Is ``clause`` a relative or reduced relative clause on the event noun ``noun`` (or on the noun it is joined to)
    that only says the event happened: "investigations ensued in late 2005", "clashes that broke out on Friday",
    "the meeting, which took place on Monday"? Not a clause that says more ("the protests that police broke up")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or clause.dep_ not in {"acl", "relcl"}:
        return False
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i and head.head.i != clause.head.i:
        head = head.head
    if clause.head.i not in {noun.i, head.head.i if head.dep_ == "conj" else head.i}:
        return False
    lemma = clause.lemma_.lower()
    if lemma not in _HAPPENING_VERBS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in clause.children):
        return False
    particle = _HAPPENING_PARTICLES.get(lemma)
    if particle is not None and not any(c.lower_ == particle and c.dep_ in {"prt", "dobj", "advmod"} for c in clause.children):
        return False
    # the clause's subject is the noun itself (a relative pronoun, or none in a reduced relative)
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return all(c.lower_ in {"that", "which"} for c in subjects)


def _premodified_words(doc: Doc, span: Span) -> set[int]:
    """The words of the noun phrase a date phrase premodifies after a determiner ("the October 1998 shooting", "the Dec.
    21, 1988, bombing", "the Oct. 23 sniper shooting"): the first word after it and the heads up to the noun."""
    k = span.start - 1
    # "a failed July coup", "the planned April 9 rally": adjectives and participles on the noun may stand between
    while k >= 0 and doc[k].dep_ == "amod" and doc[k].pos_ in {"ADJ", "VERB"} and doc[k].head.i >= span.end:
        k -= 1
    if k < 0 or doc[k].lower_ not in _DETERMINERS:
        return set()
    i = span.end
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].pos_ not in {"NOUN", "PROPN", "VERB", "ADJ"} or doc[i].tag_ in {"VBD", "VBZ", "VBP", "MD"}:
        return set()
    word = doc[i]
    out = {word.i}
    while word.dep_ in {"compound", "amod", "nmod"} and word.head.i > word.i:
        word = word.head
        out.add(word.i)
    return out


def _reported_verb_path(span: Span, path: list[Token]) -> list[Token]:
    """The heads of a date phrase, past a complement clause the parser wrongly hung it in.

    A date written between a verb and the subject of its complement clause, with no "that" before it, is the verb's:
    "police said on Tuesday they had arrested 14 men", "said Tuesday that troops had attacked the town" (Tuesday is the
    saying's). After "that" it is the clause's own ("said that on Tuesday troops attacked the town").
    """
    clause = next((t for t in path[1:] if t.pos_ in {"VERB", "AUX"}), None)
    if clause is None or clause.dep_ != "ccomp" or clause.head.i == clause.i or clause.head.pos_ not in {"VERB", "AUX"}:
        return path
    head = clause.head
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    if not (head.i < span.start and subject is not None and span.end <= subject.left_edge.i):
        return path
    doc = span.doc
    # only the verb's own words between them ("told reporters on Monday"): no "that", no other verb, no sentence end
    between = [doc[k] for k in range(head.i + 1, span.start)]
    if any(t.lower_ in {"that", "whether", "if"} or t.pos_ in {"VERB", "AUX"} or t.is_space or t.text in {".", "!", "?", ";", ":", '"'}
           for t in between):
        return path
    cut = path.index(clause)
    return [*path[:cut], head, *head.ancestors]


def _perfect(verb: Token) -> bool:
    """Is the clause told in the past perfect ("had attacked"), before the time it stands in?"""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


def _perfect_any(verb: Token) -> bool:
    """Is the clause told in a perfect ("had arrested", "have seized")?"""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d", "has", "have", "'ve"} for c in verb.children)


def _conjunct_of(verb: Token, first: Token) -> bool:
    """Is ``verb`` a later conjunct of the clause verb ``first`` ("raided ... and arrested")?"""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
        if t.i == first.i:
            return True
    return False


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _fronted(span: Span, clause: Token) -> bool:
    """Is the date phrase an adverbial before the clause's subject ("But in June last year, the leadership ...")?"""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return subject is not None and span.end <= subject.left_edge.i


# verbs whose object names the event itself ("held talks on Friday", "launched an offensive on Monday")
_EVENT_OBJECT_VERBS = frozenset({"hold", "stage", "conduct", "carry", "launch", "mount", "begin", "start", "resume", "open",
                                 "host", "convene", "make", "pay", "have", "attend", "complete", "finish", "end"})
# prepositions that put a noun at the time of its clause ("killed in an explosion on Friday"), except
# after the law's and critics' verbs, whose "in" means "in connection with" ("charged with fraud in
# the 1995 sale": the sale is older)
_SAME_TIME_PREPS = frozenset({"in", "during", "at"})
_LAW_VERBS = frozenset({"charge", "accuse", "indict", "convict", "sentence", "arrest", "detain", "question", "investigate",
                        "probe", "prosecute", "try", "sue", "blame", "suspect", "acquit", "jail", "fine", "implicate", "want",
                        "seek", "hold", "book", "remand", "extradite", "imprison"})
_CONNECTION_VERBS = _LAW_VERBS | {"condemn", "criticize", "criticise", "deplore", "denounce"}
# verbs whose "with" ties a thing to another rather than telling how or along with what the act went ("linked the
# suspect with the bombing", "dealt with the killing")
_WITH_LINK_VERBS = frozenset({"link", "connect", "associate", "compare", "deal", "credit", "tie", "identify", "confuse",
                              "replace", "combine", "contrast", "equate", "involve", "concern", "familiarize", "cope",
                              "agree", "disagree", "side", "sympathize", "sympathise", "comply", "cooperate", "disappoint",
                              "satisfy", "please", "content", "charge", "threaten", "face", "confront", "present", "provide"})
# journeys one does something "on": "on a visit to Mexico" is the clause's time
# verbs whose "into" names the event the subject falls into then ("got into a fight", "erupted into clashes")
_ENTERING_VERBS = frozenset({"get", "enter", "erupt", "descend", "spiral", "plunge", "degenerate", "escalate", "turn"})
# verbs that take someone in, whose "for <gerund>" names why ("detained for questioning on Saturday")
_CUSTODY_VERBS = _LAW_VERBS | {"pick", "take", "bring", "round", "haul"}


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _held_by_conjunct(noun: Token, clause: Token) -> bool:
    """Is the event noun the object of a verb that holds it ("made three arrests", "held talks") or one the verb enters
    "into" ("got into a fight")? Only these take a dated first conjunct's date with their clause."""
    if noun.dep_ == "dobj" and noun.head.i == clause.i:
        return clause.lemma_.lower() in _EVENT_OBJECT_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "into" and noun.head.head.i == clause.i \
        and clause.lemma_.lower() in _ENTERING_VERBS


def _purpose_gerund(word: Token, verb: Token) -> bool:
    """Is ``word`` a bare gerund in a "for" phrase of a custody verb ("detained for questioning", "picked up for
    questioning")? A date the parser hangs on it is the taking in's: the gerund names only why."""
    return (word.lower_.endswith("ing") and word.dep_ in {"pcomp", "pobj"} and word.head.lower_ == "for"
            and word.head.head.i == verb.i and verb.lemma_.lower() in _CUSTODY_VERBS
            and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass", "aux", "auxpass", "det", "poss", "amod", "compound"} for c in word.children))
_JOURNEYS = frozenset({"visit", "trip", "tour", "mission", "journey", "pilgrimage", "patrol", "voyage"})


def _same_time_link(noun: Token, clause: Token) -> bool:
    """Is ``noun`` the object of a preposition of ``clause`` that puts it at the clause's time?"""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != clause.i:
        return False
    if noun.head.lower_ == "on" and noun.lemma_.lower() in _JOURNEYS:
        return True  # "paid tribute Tuesday on a whirlwind visit to East Africa"
    if noun.head.lower_ == "into" and clause.lemma_.lower() in _ENTERING_VERBS:
        return True  # "got into a fight with a neighbour early Saturday", "the rally erupted into clashes on Friday"
    if noun.head.lower_ == "with":  # "celebrated on Friday with rallies", "turned deadly early Sunday with a stabbing"
        return clause.lemma_.lower() not in _CONNECTION_VERBS | _WITH_LINK_VERBS
    return noun.head.lower_ in _SAME_TIME_PREPS and clause.lemma_.lower() not in _CONNECTION_VERBS


# heads that count or string together the events of their "of" phrase ("a wave of arrests", "dozens of airstrikes")
_RUN_HEADS = frozenset({"wave", "series", "string", "spate", "round", "rash", "spree", "flurry", "barrage", "volley", "chain",
                        "succession", "burst", "dozen", "hundred", "thousand", "score", "number", "handful", "couple"})
# nouns of a part of what their "of" phrase names ("spent part of Sunday night", "characterized the last half of the '80s")
_PARTS = frozenset({"part", "rest", "remainder", "half", "most", "much", "all", "some", "bulk", "portion", "share"})
# bare day words the parser may hang on a verb's object ("issued a warrant Monday")
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                        "tonight"})
# nouns of time: a date phrase hanging on them still dates what they hang on ("on the night of Oct. 23")
_TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day", "week", "weekend", "month", "year", "hour", "time",
                         "dawn", "dusk", "midnight", "noon", "eve", "period", "end", "beginning", "start", "middle", "date"})


def _another_events_date(path: list[Token], until: Token, anchor: Token) -> bool:
    """Does the date phrase hang on a noun other than the event, below ``until`` ("arrested over the March 3 shooting")?

    Nouns of time are no other event ("on the night of Oct. 23"), nor is a
    subject the parser hung the date on ("the two presidents on Friday
    signed"), nor the object of ``until`` when the date is a prepositional
    phrase the parser hung on it ("sign an agreement by 31 December": a date
    written before the object, "discussed the 2011 attack", stays the
    object's), and a noun linked to ``until`` by "in", "during" or "at"
    shares its time ("were killed in an explosion on Friday", see
    :func:`_same_time_link`).
    """
    for k in range(1, len(path)):
        t = path[k]
        if t.i == until.i:
            return False
        if _purpose_gerund(t, until):  # "detained for questioning on Saturday": the detention's day
            continue
        if t.pos_ in {"NOUN", "PROPN"} and t.i != anchor.i and t.dep_ not in {"npadvmod", "compound", "appos", "nsubj", "nsubjpass"} \
                and t.lemma_.lower() not in _TIME_NOUNS:
            # not a noun's own "of" phrase ("negotiate the line of 1967"), save after a part ("spent part of Sunday night")
            if t.dep_ in {"dobj", "attr", "oprd"} and t.head.i == until.i and path[k - 1].dep_ == "prep" and path[k - 1].i > t.i \
                    and (path[k - 1].lower_ != "of" or t.lemma_.lower() in _PARTS):
                continue
            # "issued an arrest warrant Monday for him", "found 600 kilos of explosives Sunday in a shed": a bare day word
            # after the object, with no preposition, is the verb's (the parser hangs it on the object)
            if k == 1 and t.dep_ == "dobj" and t.head.i == until.i and path[0].dep_ == "npadvmod" and path[0].i > t.i \
                    and path[0].lower_ in _DAY_WORDS:
                continue
            return not _same_time_link(t, until)
    return False


def _shares_clause_time(anchor: Token, clause: Token, timex_i: int) -> bool:
    """Does the date phrase at token ``timex_i`` in ``clause`` date the event ``anchor``, a verb of it or a noun in it?

    A verb is its clause. A noun shares its clause's time as the clause's
    subject ("the explosion took place on Friday"), as the object of a verb
    that holds or starts it ("held talks on Friday"), or after "in", "during"
    or "at" ("were killed in an explosion on Friday"; see :func:`_same_time_link`). Anywhere else in the
    clause only a date written after the noun dates it (the parser often
    hangs "the invasion of Kuwait on Aug. 2" on the verb), except after the
    law's verbs ("arrested two men over the shooting on Monday"); a date before it
    is the verb's own ("Clinton on Thursday condemned the attacks", "began
    delving on Thursday into the slayings": the attacks and the slayings
    came before).
    """
    if anchor.i == clause.i:
        return True
    # "a stabbing spree left two dead in May": the events of a run are the run
    if anchor.dep_ in {"compound", "amod"} and anchor.head.i > anchor.i and anchor.head.lemma_.lower() in _RUN_HEADS \
            and anchor.head.pos_ in {"NOUN", "PROPN"}:
        anchor = anchor.head
    if anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.head.i == clause.i:
        return True
    # the events a count or run subject is made of ("a wave of bombings killed 30 people on Sunday", "dozens of arrests
    # were made on Monday") are the subject; other phrases on the subject name something else ("evidence from the
    # bombing arrived on Monday", "anger over the killing spread on Wednesday")
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.dep_ in {"nsubj", "nsubjpass"} \
            and anchor.head.head.head.i == clause.i and anchor.head.head.lemma_.lower() in _RUN_HEADS:
        return True
    if anchor.dep_ == "dobj" and anchor.head.i == clause.i and clause.lemma_.lower() in _EVENT_OBJECT_VERBS:
        return True
    if _same_time_link(anchor, clause):
        return True
    # a date after the noun: the noun's, unless the law acts on the crime it names ("arrested two men over the
    # shooting of a teenager on Monday": Monday is most often the arrest's), or the verb stands between them ("evidence
    # from the bombing arrived over the weekend", "ahead of the trip, the ministry on Sunday issued a warning")
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return timex_i > anchor.i and not (anchor.i < clause.i < timex_i) \
        and not (subject is not None and anchor.i < subject.left_edge.i <= timex_i) \
        and (clause.lemma_.lower() not in _LAW_VERBS or _will_clause(clause) or _present_state(clause))


def _present_state(verb: Token) -> bool:
    """Is the clause a state told in the present ("is suspected in the robbery Friday", "are accused in the killing
    Monday")? Its law verb names no act of that day, so a date after the crime's noun is the crime's."""
    if any(c.dep_ == "aux" for c in verb.children):  # "are investigating", "has charged", "will try"
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are", "'s", "'re", "am"} for c in verb.children)


def _will_clause(verb: Token) -> bool:
    """A clause told as still to come: "will investigate", "said it would investigate" (a law verb there acts later than
    a date after its object: "would investigate the genocide of 1994")."""
    words = {"will", "'ll", "shall", "wo"} | ({"would"} if verb.dep_ == "ccomp" else set())  # not "would go on to win in 2004"
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words for c in verb.children)


_OFFSET_UNITS = {"day", "week", "month", "year"}


def _offset_clause_date(doc: Doc, sent: Span, anchor: Token, *, context: CodingContext, published: Optional[str],
                        offset: int) -> Optional[DateInfo]:
    """The date of an event told as "N days after/before" another dated one.

    "Iran released the crew on Monday, eight days after the Guard seized the
    ship": the seizure is eight days before Monday. Only a day-dated governing
    event gives a date.
    """
    if anchor.dep_ != "advcl" or anchor.head.i == anchor.i:
        return None
    mark = next((c for c in anchor.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
    amount = next((c for c in anchor.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _OFFSET_UNITS), None)
    if mark is None or amount is None:
        return None
    n = _offset_count(amount, context)
    if n is None:
        return None
    head = anchor.head
    head_date = event_date_for(doc, sent, head, head, context=context, published=published, offset=offset)
    if not head_date or head_date.get("precision") != "day" or not head_date.get("start"):
        return None
    k = -n if mark.lower_ == "after" else n
    day = _dt.date.fromisoformat(str(head_date["start"])) + _step(amount.lemma_.lower(), k)
    lo = min(t.idx for t in amount.subtree)
    hi = mark.idx + len(mark.text)
    iso = day.isoformat()
    return cast(DateInfo, {"start": iso, "end": iso, "precision": "day", "text": doc_text(doc)[lo:hi], "value": iso,
                           "span_start": lo + offset, "span_end": hi + offset})


# units counted within the day they are told of ("hours after their arrest": the same day)
_SAME_DAY_UNITS = {"hour", "minute"}


def _offset_count(amount: Token, context: CodingContext) -> Optional[int]:
    """How many of the unit ``amount`` counts ("eight days", "a week"), or None when it is no whole number."""
    num = next((c for c in amount.children if c.dep_ == "nummod"), None)
    n = number_value(num.text, context.time) if num is not None else (1.0 if any(c.lower_ in {"a", "an", "one"} for c in amount.children) else None)
    return None if n is None or n != int(n) else int(n)


def _step(unit: str, k: int) -> relativedelta:
    """``k`` of ``unit`` (day, week, month, year; an hour or a minute stays within the day) as a calendar step."""
    return (relativedelta(days=k) if unit in {"day"} | _SAME_DAY_UNITS else relativedelta(weeks=k) if unit == "week"
            else relativedelta(months=k) if unit == "month" else relativedelta(years=k))


def _report_clock(found: Mapping[str, Any], published: Optional[str]) -> bool:
    """Is the date a clock time only read on the report's day ("observed the car at 6 a.m.": no day of its own)?"""
    return bool(published) and str(found.get("value", "")).startswith(f"{str(published)[:10]}T")


def _offset_noun_date(doc: Doc, sent: Span, anchor: Token, *, context: CodingContext, published: Optional[str],
                      offset: int) -> Optional[DateInfo]:
    """The date of an event noun told as some time before or after a dated moment.

    "Freed on Monday, two days after the raid": the raid is two days before
    Monday; "published on March 23, hours after their arrest": the arrest is on
    March 23. The moment is a day-dated phrase set off by a comma right
    before the count, else the day-dated verb the phrase hangs on. A count
    of hours stays within that day (at most 12; "36 hours after" crosses it).
    The moment must be told in the past ("the talks resume on Thursday, two
    weeks after the ceasefire" gives nothing), and the date is no finer than
    the count: a count of months gives the month, of years the year.
    """
    if anchor.pos_ not in {"NOUN", "PROPN"} or anchor.dep_ != "pobj" or anchor.head.lower_ not in {"after", "before"}:
        return None
    prep = anchor.head
    amount = next((c for c in prep.children if c.dep_ == "npadvmod" and c.i < prep.i
                   and c.lemma_.lower() in _OFFSET_UNITS | _SAME_DAY_UNITS), None)
    if amount is None:
        return None
    unit = amount.lemma_.lower()
    num = next((c for c in amount.children if c.dep_ == "nummod"), None)
    if unit in _SAME_DAY_UNITS:
        hours = number_value(num.text, context.time) if num is not None else 0.0
        if hours is None or (unit == "hour" and hours > 12):
            return None
        n = 0
    else:
        count = _offset_count(amount, context)
        if count is None:
            return None
        n = count
    # a weekday is read only for a moment told in the past: "the talks resume on Thursday, two weeks after the ceasefire"
    # has no past Thursday to count from (a full date, "on March 23, hours after their arrest", needs no tense)
    moment = _clause_verb(prep.head)
    told_past = moment is not None and tense_of(moment) == "past"
    lo = min(t.idx for t in amount.subtree)
    day: Optional[str] = None
    for t in context.sentence_dates(span_text(sent), published):
        start, end = t["start"] + sent.start_char, t["end"] + sent.start_char
        if t.get("type", "DATE") in {"DATE", "TIME"} and end <= lo and re.fullmatch(r"\s*,\s*", doc_text(doc)[end:lo]):
            timex = cast(Any, {**t, "start": start, "end": end})
            found = event_date([timex], anchor=published)
            if found is not None and found.get("precision") == "day" and "X" not in str(found.get("start")) \
                    and not _report_clock(found, published) and (told_past or _tenseless(timex, published)):
                day = str(found["start"])
            break
    if day is None and told_past and prep.head.pos_ in {"VERB", "AUX"} and prep.head.i != anchor.i:
        head_date = event_date_for(doc, sent, prep.head, prep.head, context=context, published=published, offset=offset)
        if head_date and head_date.get("precision") == "day" and head_date.get("start") and not _report_clock(head_date, published):
            day = str(head_date["start"])
    if day is None:
        return None
    k = -n if prep.lower_ == "after" else n
    then = _dt.date.fromisoformat(day[:10]) + _step(unit, k)
    hi = prep.idx + len(prep.text)
    # never finer than the count (dates rule 7): "two years after the murder" is that year, "three months after" that month
    if unit == "year":
        d_start, d_end, d_value, d_prec = f"{then.year:04d}-01-01", f"{then.year:04d}-12-31", f"{then.year:04d}", "year"
    elif unit == "month":
        last = (_dt.date(then.year, then.month, 1) + relativedelta(months=1) - relativedelta(days=1)).isoformat()
        d_start, d_end, d_value, d_prec = f"{then.year:04d}-{then.month:02d}-01", last, f"{then.year:04d}-{then.month:02d}", "month"
    else:
        d_start = d_end = d_value = then.isoformat()
        d_prec = "day"
    return cast(DateInfo, {"start": d_start, "end": d_end, "precision": d_prec, "text": doc_text(doc)[lo:hi], "value": d_value,
                           "span_start": lo + offset, "span_end": hi + offset})


# verbs that tell the toll an attack or a disaster took ("the 1996 bombing that killed one person")
_TOLL_VERBS = frozenset({"kill", "injure", "wound", "maim", "hurt", "claim", "destroy", "damage", "level", "flatten"})
_RELATIVE_SUBJECTS = frozenset({"that", "which"})


def _toll_clause_date(doc: Doc, sent: Span, anchor: Token, *, context: CodingContext, published: Optional[str],
                      offset: int) -> Optional[DateInfo]:
    """The date of a relative clause that tells the toll of a dated event noun: "the 1996 Olympic bombing that killed one
    person", "the January 1998 bombing of a clinic that killed an officer" (the parser may hang the clause on the
    "of" object). Only a clause in the simple past whose subject is the relative pronoun (the event itself did it);
    the noun's own date, as its clause or a date before it gives it, is the toll's."""
    if anchor.dep_ != "relcl" or anchor.tag_ != "VBD" or not _verb_in(anchor, _TOLL_VERBS) \
            or any(c.dep_ == "aux" for c in anchor.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in anchor.children):
        return None
    nouns = [anchor.head]
    if anchor.head.dep_ == "pobj" and anchor.head.head.lower_ == "of" and anchor.head.head.head.i != anchor.head.head.i:
        nouns.append(anchor.head.head.head)  # "the bombing of a clinic that killed"
    for noun in nouns:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        found = event_date_for(doc, sent, noun, noun, context=context, published=published, offset=offset)
        # a stretch is no time of the toll ("on the run since the January 1998 bombing that killed an officer")
        if found is not None and found.get("precision") != "range":
            return found
    return None


def _tenseless(timex: Any, published: Optional[str]) -> bool:
    """Is the date of the expression the same whatever the tense it is told in ("March 23", not "Thursday")?"""
    past = event_date([timex], anchor=published, tense="past")
    future = event_date([timex], anchor=published, tense="future")
    return past is not None and future is not None and past.get("start") == future.get("start")


def _since(doc: Doc, timex: Mapping[str, Any]) -> bool:
    """Is the time expression the start of a stretch up to now ("the 14 killings since 1993", "allowed to inspect since
    Jan. 13") or the end of one ("occupied the square until Sunday", guidelines: bounds date nothing)? It dates no
    single event ("from April 9" does: the start of what it begins), save what a when-clause on it tells ("since 1996,
    when it joined the Council", "until Friday, when they were freed")."""
    if _word_before(doc_text(doc), int(timex["start"])).lower() not in _BOUND_WORDS:
        return False
    after = _WORD_AFTER.match(doc_text(doc), int(timex["end"]))
    return not (after is not None and after[1].lower() == "when")


#: precisions of a day or a part of a month ("February 23", "the end of July", "late July"), whose year the grammar guesses
_DATED_PRECISIONS = frozenset({"day", "week", "range", "month"})
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d\b")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.I)


def _last_year_if_told_past(found: DateInfo, timex: Mapping[str, Any], verb: Token, anchor_date: Any) -> DateInfo:
    """A day or a part of a month with no year ("On February 23, the district attorney indicted him", "At the end of July,
    an armed man carried out a robbery") told by a verb in the simple past is the last such one before the report, not
    one after it: the time grammar reads an undated day up to three months ahead as coming, which a past-tense verb
    rules out."""
    if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "obj"}:
        verb = verb.head  # "carried out a robbery": the light verb tells the tense
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    # "stole", "an armed man carried/VBN out" (the tagger's slip), "were arrested"; not "will be", "had been", "has stolen"
    simple_past = (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and (
        (not auxes and verb.dep_ in {"ROOT", "ccomp", "conj"}) or (auxes and all(a.lower_ in {"was", "were"} for a in auxes))))
    text = str(timex.get("text") or "")
    # a weekday or a clock time names no month and is read by the grammar's own tense rule
    if not simple_past or found.get("precision") not in _DATED_PRECISIONS or not anchor_date or _YEAR_WRITTEN.search(text) \
            or not _MONTH_WORD.search(text):
        return found
    try:
        start, end = _dt.date.fromisoformat(str(found["start"])[:10]), _dt.date.fromisoformat(str(found["end"])[:10])
        report = _dt.date.fromisoformat(str(anchor_date)[:10])
    except ValueError:
        return found
    if start <= report + _dt.timedelta(days=1):
        return found
    moved = dict(found)
    first = (start - relativedelta(years=1)).isoformat()
    moved["start"] = first
    moved["end"] = (end - relativedelta(years=1)).isoformat()
    if str(found.get("value") or "")[:10] == start.isoformat():
        moved["value"] = first + str(found.get("value"))[10:]
    return cast(DateInfo, moved)


def _word_before(text: str, i: int) -> str:
    """The whitespace-separated word that ends before ``text[i]`` ("" at the start), read backwards from ``i`` only."""
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return text[k:j]


# the first word after a position, past spaces and commas ("since 1996, when ..."), matched from that position only
_WORD_AFTER = re.compile(r"[ ,]*+\s*(\S+)")


# words that make the date after them the start or the end of a stretch: "since 1993", "until Friday", "till late
# Tuesday" (a modifier inside the date, "late", may take the timex's mod, so the word itself is read)
_BOUND_WORDS = frozenset({"since", "until", "till", "til"})


def _no_own_date(doc: Doc, timex: Mapping[str, Any], anchor: Token) -> bool:
    """Is the time expression no date of the event ``anchor``, whatever the parse links?

    The present ("now", "currently") dates the state its verb tells ("is now searching", TimeBank's reading) or the noun
    it modifies ("the current talks"), not an event noun elsewhere in the clause ("his promise has now been abandoned",
    "is now in jail": the promise and the jailing came before). "As of" is a bound for a clause in the perfect ("As of
    Saturday, police had arrested 20 people": done by then), not for a state ("had 20 stores as of Sept. 30").
    """
    start, end = int(timex["start"]), int(timex["end"])
    if timex.get("value") == "PRESENT_REF":
        if anchor.pos_ not in {"NOUN", "PROPN"}:
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is None or span.root.head.i != anchor.i
    if not re.search(r"\bas\s+of\s+$", doc_text(doc)[max(0, start - 8):start], re.I):
        return False
    clause = _clause_verb(anchor)
    while clause is not None and clause.dep_ == "conj" and clause.head.i != clause.i and not _perfect_any(clause):
        clause = clause.head  # "had shut down eight events and arrested 20 people"
    return clause is not None and _perfect_any(clause)


def _date_holder(doc: Doc, timex: Mapping[str, Any], anchor: Token) -> Optional[Token]:
    """The verb of the clause a date phrase stands in, when the event is told in a when- or where-clause hung on that
    phrase ("visited Prague on Monday, where he is to meet the president"): the phrase's weekday is read in that verb's
    tense, not the event's; else None."""
    span = doc.char_span(int(timex["start"]), int(timex["end"]), alignment_mode="expand")
    clause = _clause_verb(anchor)
    if span is None or clause is None:
        return None
    if clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"relcl", "acl", "advcl"} or not span.start <= clause.head.i < span.end:
        return None
    return next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)


_BOUND_MODS = frozenset({"ON_OR_AFTER", "ON_OR_BEFORE", "BEFORE", "AFTER"})


def _told_in_when_clause(doc: Doc, timex: Mapping[str, Any], anchor: Token) -> bool:
    """Is the event told in a when-clause written right after the date phrase ("since November, when he was found
    clinging to an inner tube")? The clause is at the date, not in the stretch the date bounds for the main clause."""
    after = _WORD_AFTER.match(doc_text(doc), int(timex["end"]))
    if after is None or after[1].lower() != "when":
        return False
    clause = _clause_verb(anchor)
    for _ in range(2):  # the clause, or the verb an infinitive or participle complement hangs on ("was found clinging")
        if clause is None:
            return False
        if any(c.lower_ == "when" and c.dep_ in {"advmod", "mark"} and c.idx >= int(timex["end"]) for c in clause.children):
            return True
        clause = clause.head if clause.dep_ in {"xcomp", "ccomp"} and clause.head.i != clause.i else None
    return False


def _count_from_the_text_before(doc: Doc, timexes: list[Any], *, context: CodingContext, anchor: str) -> None:
    """Resolve in place the expressions of a sentence that count from a date the text gave before it ("Police raided
    the house on March 3. Two days later they arrested three men."): read alone, the sentence has nothing to count
    from; the whole text's reading (:func:`tidings.dates`, the last full date before the expression) has. Only a day
    or a month is taken."""
    whole = {(t["start"], t["end"]): t for t in context.sentence_dates(doc_text(doc), anchor)}
    for t in timexes:
        if "X" not in str(t.get("value", "")):
            continue
        found = whole.get((t["start"], t["end"]))
        # a day or a month only: "a year earlier" in an earnings report is the same quarter a year before (TimeBank's
        # reading), which the year would only cover
        # and not after the report: a past act counted from a date read as still to come ("met in September" read in
        # August as next September) would be put in the future
        value = str(found.get("value")) if found is not None else ""
        if found is not None and found.get("type") == t.get("type") and re.fullmatch(r"\d{4}-\d\d(?:-\d\d(?:T.*)?)?", value) \
                and value[:10] <= anchor[:len(value[:10])]:
            t["value"] = found["value"]


def _before_day(timex: Mapping[str, Any], day: str, anchor_date: Optional[str]) -> bool:
    """Does the time expression end before ``day`` (an ISO day)?"""
    found = event_date([cast(Any, timex)], anchor=anchor_date)
    return found is not None and str(found.get("end") or "9999") < day


def event_date_for(doc: Doc, sent: Span, anchor: Token, trigger: Token, *, context: CodingContext, published: Optional[str],
                   offset: int = 0) -> Optional[DateInfo]:
    """The date of an event: "N days after/before" a dated event, the date phrase linked to its trigger, or in its clause; else None."""
    shifted = _offset_clause_date(doc, sent, anchor, context=context, published=published, offset=offset)
    if shifted is not None:
        return shifted
    anchor_date = published
    timexes = [t.copy() for t in context.sentence_dates(span_text(sent), anchor_date)]
    for t in timexes:
        t["start"] += sent.start_char
        t["end"] += sent.start_char
    if anchor_date and any("X" in str(t.get("value", "")) for t in timexes):
        _count_from_the_text_before(doc, timexes, context=context, anchor=anchor_date)
    scored = [(_linked(doc, t["start"], t["end"], anchor, trigger), -abs(t["start"] - trigger.idx), t) for t in timexes
              if t.get("type", "DATE") in {"DATE", "TIME"} and not _since(doc, t) and not _no_own_date(doc, t, anchor)]
    scored = [x for x in scored if x[0] > 0]
    if not scored:
        return _offset_noun_date(doc, sent, anchor, context=context, published=published, offset=offset) \
            or _toll_clause_date(doc, sent, anchor, context=context, published=published, offset=offset)
    # "On Monday, three months later, a jury indicted him": in a dated report a date that cannot be placed ("later"
    # with nothing to count from) gives way to one that can; in an undated one no weekday can be placed, and the
    # nearest date phrase stays the event's
    if published:
        scored = [x for x in scored if "X" not in str(x[2].get("value", ""))] or scored
    # at equal link a date before a clock time ("at about 10:35 a.m. (0735 GMT) Friday": the time alone is read on the
    # report's day), then the nearest
    def bare_clock(t: Mapping[str, Any]) -> bool:  # a clock time read on the report's own day
        return t.get("type") == "TIME" and bool(anchor_date) and str(t.get("value", "")).startswith(f"{str(anchor_date)[:10]}T")

    scored.sort(key=lambda x: (x[0], not bare_clock(x[2]), x[1]), reverse=True)
    if published and anchor.pos_ in {"VERB", "AUX"} and _will_clause(anchor):
        # "said Friday it would investigate the genocide four years ago": a past date is not a later act's
        day = str(published)[:10]
        scored = [x for x in scored if not _before_day(x[2], day, anchor_date)] or []
        if not scored:
            return None
    chosen = scored[0][2]
    if chosen.get("mod") in _BOUND_MODS and _told_in_when_clause(doc, chosen, anchor):
        chosen = chosen.copy()  # "since November, when he was found": at November
        chosen.pop("mod", None)
    tense = tense_of(anchor)
    holder = _date_holder(doc, chosen, anchor)
    if holder is not None:  # "flew to Cairo on Monday, where he was scheduled to meet": the Monday of the flight
        tense = tense_of(holder)
    found = event_date([chosen], anchor=anchor_date, tense=tense)
    if found is None:
        return None
    found = _last_year_if_told_past(found, chosen, holder if holder is not None else anchor, anchor_date)
    info = found.copy()
    info.setdefault("text", chosen.get("text"))
    info.setdefault("value", chosen.get("value"))
    info["span_start"] = chosen["start"] + offset
    info["span_end"] = chosen["end"] + offset
    return info


def _simple_past(verb: Token) -> bool:
    """Is the verb told in the simple past, active or passive, with no other auxiliary ("arrested", "were arrested")?"""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD":
        return not aux
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ in {"was", "were"}


def _main_clause(verb: Token) -> bool:
    """Is the verb the sentence's main clause or a conjunct of it?"""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "ROOT"


# verbs of saying: a day the text gives for a statement is that of the statement, not of the acts it tells
_SAYING_VERBS = frozenset({"say", "tell", "add", "announce", "report", "state", "confirm", "deny", "claim", "quote", "note",
                           "stress", "insist", "explain", "refuse", "decline", "reiterate", "warn", "accuse", "describe",
                           "call", "urge", "condemn", "reject", "welcome", "praise", "criticize", "criticise", "vow",
                           "promise", "pledge", "predict", "acknowledge", "admit", "argue", "assert", "declare"})
_CONTINUING_PRONOUNS = frozenset({"he", "she", "they", "we"})
# words that set a clause back before the time of the story or apart from it
_BACKGROUND_WORDS = frozenset({"earlier", "previously", "before", "once", "originally", "formerly", "initially", "first",
                               "already", "later", "afterwards", "since", "then", "also", "again"})


def _subject_words(verb: Token) -> set[str]:
    """The lower-cased proper names, nouns and pronouns naming the verb's doer: its subject, or a passive's by-phrase
    agent (of the first conjunct's when it has none)."""
    t = verb
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) and t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    subject = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # the doer of a passive is its by-phrase ("was damaged by fire": the fire, not the church); with none, the one the
    # clause is about ("three men were arrested ... They were charged")
    doers = [o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not doers and subject is not None:
        doers = [subject]
    return {w.lower_ for d in doers for w in _doer_phrase(d) if w.pos_ in {"PROPN", "NOUN", "PRON"}}


def _doer_phrase(head: Token) -> list[Token]:
    """The words that name the doer ``head`` heads: its name and title words, appositions and conjuncts ("Alaska Gov.
    Sarah Palin", "Smith and his brother"), not a clause or phrase about it ("the church Palin attends", "the
    house of the mayor", "the mayor's car")."""
    out = [head]
    for c in head.children:
        if c.dep_ in {"compound", "flat", "appos", "conj", "nmod"} and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            out.extend(_doer_phrase(c))
    return out


def _in_quotation(sent: Span, tok: Token) -> bool:
    """Is the word inside quotation marks of its sentence?"""
    before = doc_text(sent.doc)[sent.start_char:tok.idx]
    return before.count('"') % 2 == 1 or before.count("``") > before.count("''") or before.count("\u201c") > before.count("\u201d")


def narrative_date_for(doc: Doc, sent: Span, anchor: Token, *, context: CodingContext,
                       published: Optional[str], offset: int = 0) -> Optional[DateInfo]:
    """The day of the episode an undated event continues: "On Monday, police raided two homes. They arrested three men."

    The gold guidelines date an event only from its own sentence (rule 6), so this is no own date: it is the day the
    narrative places the event at, kept apart (``basis: "narrative"``). Given only when the sentence has no time
    expression at all; the event is its main clause (or a noun it holds at its time), told in the simple past, outside
    quotation marks, with no word that sets it back or apart ("earlier", "already", "then"); the sentence right before
    has one date expression, which dates its main clause, told in the simple past, to a day not after the report; and
    the two clauses have the same subject (a personal pronoun, or a name or noun in common). After a statement ("police
    said on Sunday they had arrested ...") only another statement continues it ("They refused to give details"): the
    acts a statement tells are older than it.
    """
    if sent.start == 0 or context.sentence_dates(span_text(sent), published):
        return None
    clause = _clause_verb(anchor)
    if clause is None or not _simple_past(clause) or not _main_clause(clause) or _in_quotation(sent, clause):
        return None
    # a noun only as the clause's subject, an event its verb holds or one "in", "during" or "at" it ("They denounced the
    # attack": the attack came before); -1: no date phrase after the noun
    if anchor.i != clause.i and not _shares_clause_time(anchor, clause, -1):
        return None
    if any(c.lower_ in _BACKGROUND_WORDS and c.dep_ in {"advmod", "npadvmod", "mark"} for c in clause.children) \
            or any(c.dep_ == "neg" for c in clause.children):
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    if root.pos_ not in {"VERB", "AUX"} or not _simple_past(root):
        return None
    saying = _verb_in(root, _SAYING_VERBS)
    if saying and not _verb_in(clause, _SAYING_VERBS):
        return None
    mine, theirs = _subject_words(clause), _subject_words(root)
    # a statement after a dated statement goes on with what was said that day ("Adams said Sunday ... He said the
    # minority demanded a settlement", "``Our goal is to reunite them,'' said a spokeswoman"); any other act needs the
    # same doer
    if not (saying or mine & _CONTINUING_PRONOUNS or (mine - _CONTINUING_PRONOUNS) & theirs):
        return None
    found = event_date_for(doc, prev, root, root, context=context, published=published, offset=offset)
    if found is None or found.get("precision") != "day" or "X" in str(found.get("start")):
        return None
    if published and str(found.get("end") or found.get("start")) > str(published)[:10]:
        return None
    # one day only: every date of the sentence before is that day ("WASHINGTON, August 8 -- Clinton Saturday vowed")
    for t in context.sentence_dates(prev.text, published):
        other = event_date([t], anchor=published, tense="past")
        if other is None or other.get("start") != found.get("start") or other.get("end") != found.get("end"):
            return None
    return found


# ------------------------------------------------------------------ modality, attribution


def modality_for(doc: Doc, anchor_i: int, *, context: CodingContext, offset: int = 0, title: bool = False,
                 own_failure: bool = False) -> Modality:
    """The modality of the event whose anchor is ``doc[anchor_i]``, cues in document coordinates (``own_failure``: a
    failure verb's own event, :func:`~tidings.code.modality.analyse_modality`)."""
    mod = analyse_modality(doc, anchor_i, lexicon=context.claims, title=title, own_failure=own_failure).copy()
    mod["factuality"] = context.factuality.score(doc, anchor_i, mod)
    mod["cues"] = [_shift(c, offset) for c in mod.get("cues", [])]
    return mod


def evidence_for(doc: Doc, anchor_i: int, *, context: CodingContext, offset: int = 0) -> Optional[Evidence]:
    """What shows the event whose anchor is ``doc[anchor_i]`` (a video, an image), in document coordinates."""
    found = find_evidence(doc, anchor_i, lexicon=context.claims)
    return _shift(found, offset)


def attribution_for(doc: Doc, anchor_i: int, *, context: CodingContext, offset: int = 0) -> Optional[CitedSource]:
    """The cited source of the event whose anchor is ``doc[anchor_i]``, in document coordinates."""
    cited = find_attribution(doc, anchor_i, knowledge=context.knowledge, lexicon=context.claims)
    return _shift(cited, offset)
