"""Event triggers and their arguments from the dependency parse.

:func:`find_events` walks the sentences of a parsed spaCy ``Doc`` and returns
one :class:`EventCandidate` per event trigger found with the trigger
lexicon (``tidings/data/cameo/lexicon.tsv``):

- verbs (``visit``, ``meet with``, ``impose sanctions``), matched on lemma,
  particle or preposition and object lemma, the most specific row winning;
- nominal events (``visit``, ``summit``, ``execution``), with light verbs
  (``hold talks``, ``pay a visit``) taking their code from the noun;
- source and target from the dependency structure: subjects and objects,
  passive voice (agent ``by``), coordination, control and raising verbs
  (``plans to visit``, ``is expected to travel``, ``urged X to comply``),
  relative clauses and participles, possessives and ``by``/``between``/``with``
  phrases of nominal events, collective modifiers (``inter-Korean``).

Candidates hold character ranges only; turning them into ``Event`` records
(actors, dates, places, modality, status) is done by :mod:`tidings.code`.
"""

from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Callable, Iterable, Mapping, NamedTuple, Optional, Sequence, cast

from spacy.tokens import Doc, Span, Token

from ._doc_cache import doc_lemmas, doc_text, quotation_states, span_text
from ._event_lexicon import (
    CURRENCIES,
    OBJECT_CLASSES,
    OBJECT_ROLES,
    LexEntry,
    Lexicon,
    instrument_nouns,
    irregular_forms,
    is_aid_body,
    is_navy_prefix,
    is_person,
    is_place_object,
    is_relief,
    is_vehicle,
    is_vessel,
)
from ._no_actor import MARKET_ROLES, _doers, hazard, machine, no_actor_act, own_session
from .modality import CALL_PURPOSES, CALL_VERBS, SUMMONS_PURPOSES, WANING_VERBS, crime_object, negates_modifier, no_longer

__all__ = [
    "EventCandidate",
    "ActorRef",
    "find_events",
    "is_heading",
    "SYMMETRIC_ROOTS",
    "collective_actors",
    "planners",
]

#: CAMEO codes whose two sides play the same role ("X and Y met").
SYMMETRIC_CODES = {"040", "041", "044", "046", "050", "057", "061", "062", "064", "190", "193"}
SYMMETRIC_ROOTS = {"04"}

_SUBJ = {"nsubj", "csubj", "expl"}
_SUBJPASS = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "obj"}
_RELPRON = {"who", "which", "that", "whom"}
_NP_EXCLUDE = {"relcl", "appos", "conj", "cc", "punct", "acl", "advcl", "parataxis", "ccomp", "mark", "case", "xcomp", "dep"}
_TARGET_PREPS = ("on", "against", "to", "with", "for", "from", "upon", "into", "at")
_PLACE_PREPS = ("to", "in", "at", "into")
_MOVE_CODES = {"042", "043"}
#: verbs of a mutual release ("exchanged prisoners", "swapped hostages"): each side frees the other's people
_SWAP_VERBS = frozenset({"exchange", "swap"})
_CLOSE_PUNCT = ('.', '?', '!', '"', "'", "\u201d", "\u2019", ")", ":", ";")


@dataclass
class ActorRef:
    """An actor mention: a character range, or a collective term with its fixed codes."""

    start: int
    end: int
    text: str
    token_i: int
    fixed: Optional[tuple[str, str]] = None  # (code, name) for collective terms like "inter-Korean"
    alt: Optional[tuple[int, int]] = None  # an apposition's range, tried when the head names no actor


@dataclass
class EventCandidate:
    """One event found in a sentence: trigger, CAMEO code, and the character ranges of its arguments."""

    code: str
    strong: bool
    trigger_start: int
    trigger_end: int
    trigger_text: str
    anchor_i: int  # token whose modality, tense and date govern the event
    trigger_i: int  # the event word itself (verb or noun)
    sentence: Span
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    place: Optional[ActorRef] = None
    negated: bool = False
    nominal: bool = False
    entry: Optional[LexEntry] = None
    vehicle: Optional[str] = None  # lemma of the vehicle subject ("the train arrived", "the train carried X")
    statement: bool = False  # a say-verb coded by what is said: kept only when its sentence has no other event
    alleged: bool = False  # a crime named in a charge, suspicion or accusation ("charged with assault"): not proven
    written: bool = False  # a speech act told by a document of words ("a letter praising ..."): its author is a speaker

    @property
    def symmetric(self) -> bool:
        """Do source and target play the same role ("X and Y met")?"""
        return self.code in SYMMETRIC_CODES or self.code[:2] in SYMMETRIC_ROOTS and self.code not in _MOVE_CODES or (
            self.code == "0841" and self.entry is not None and self.entry.lemma in _SWAP_VERBS)  # "Russia and Ukraine exchanged prisoners"


# ---------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=1)
def _collectives() -> dict[str, tuple[tuple[str, str], ...]]:
    text = resources.files("tidings").joinpath("data", "cameo", "collectives.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, *members = [c.strip() for c in line.split("\t")]
        out[term.lower()] = tuple(cast("tuple[str, str]", tuple(m.split(":", 1))) for m in members)  # members are CODE:name
    return out


def collective_actors(text: str) -> tuple[tuple[str, str], ...]:
    """Members (code, name) of a collective term ("inter-Korean", "the two Koreas"), or ()."""
    key = " ".join(text.lower().split())
    for prefix in ("the two ", "both ", "the "):
        if key.startswith(prefix):
            key = key[len(prefix):]
    return _collectives().get(key, ())


def is_heading(sent: Span, *, multiline: Optional[bool] = None) -> bool:
    """A line of its own without closing punctuation (titles, section heads).

    Only documents of several lines have headings: a one-line text is a
    sentence even without a full stop. ``multiline`` may be passed when known.
    """
    sent_text = span_text(sent)
    text = sent_text.strip()
    if not text or text.endswith(_CLOSE_PUNCT):
        return False
    text_of_doc = doc_text(sent.doc)
    if multiline is None:
        multiline = "\n" in text_of_doc.strip()
    if not multiline:
        return False
    i = sent.start_char - 1
    while i >= 0 and text_of_doc[i] in " \t":
        i -= 1
    if i >= 0 and text_of_doc[i] != "\n":
        return False
    if sent_text.rstrip(" \t").endswith("\n"):
        return True
    j, n = sent.end_char, len(text_of_doc)
    while j < n and text_of_doc[j] in " \t":
        j += 1
    return j >= n or text_of_doc[j] == "\n"


_HEADING_WORDS = 20  # the most words of a heading
BODY_WORDS = 6  # the fewest words of a sentence or paragraph of a story's body (fewer: a URL's pieces, a dateline)


def _title_line(sent: Span) -> bool:
    """Is the heading ``sent`` a story's headline, set off by a blank line from the lines around it ("Chargers' Jamal
    Williams Arrested For DUI" above the lead, or between an "Updated:" line and the lead)? A heading glued to other
    lines is left to :func:`is_heading`."""
    text = doc_text(sent.doc)
    before = text[: sent.start_char].rstrip(" \t")
    return (not before or before.endswith("\n\n")) and text[sent.start_char : sent.end_char].rstrip(" \t").endswith("\n\n")


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it.

    A list misparsed as apposition ("The US, Russia, and Switzerland": Russia
    appos of US, Switzerland conj of Russia) counts as coordination when the
    names are proper nouns.
    """
    out = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
    if tok.tag_ == "NNS" and len(out) == 1:
        # "Presidents Ana Ortega of Peru and Luis Soto of Chile": the role word in the plural heads the names it lists
        for a in tok.children:
            if (a.dep_ == "appos" and a.pos_ == "PROPN" and a.left_edge.i == tok.i + 1
                    and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in a.children)):
                return [a, *[c for c in a.conjuncts if c.i > a.i]]
    if tok.pos_ in {"PROPN", "NOUN"} and len(out) == 1:
        # "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia": the second name hangs on the first one's
        # country; a person, or a name with an of-phrase of its own, after a place is a second actor, not a second place
        for _p, o in _prep_objects(tok, ("of",)):
            if o is tok or o.ent_type_ not in {"GPE", "LOC", "NORP"}:
                continue
            for c in o.conjuncts:
                if c.i > o.i and c.pos_ == "PROPN" and (c.ent_type_ == "PERSON" or any(
                        x.dep_ == "prep" and x.lower_ == "of" for x in c.children)) and c.ent_type_ not in {"GPE", "LOC"}:
                    out.append(c)
    if tok.pos_ == "PROPN":
        for a in tok.children:
            if a.dep_ == "appos" and a.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in a.children):
                out.extend([a, *[c for c in a.conjuncts if c.i > a.i]])
    return out


def _np_range(tok: Token) -> tuple[int, int]:
    """Token index range of the noun phrase headed by ``tok`` without clauses or appositions."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _NP_EXCLUDE:
                continue
            if c.dep_ == "prep" and not (c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)):
                continue
            lo, hi = min(lo, c.i), max(hi, c.i)
            stack.append(c)
    # keep determiners and possessives but trim edge punctuation
    doc = tok.doc
    for c in tok.lefts:
        if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i >= lo and _headline_verb(c, c.sent) and _headline_object(c) == [tok]:
            lo = c.i + 1  # "Georgia Arrests [Opposition Members]": the misread verb and its subject are no part of the object
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    return lo, hi


def _joined_nations(tok: Token) -> list[Token]:
    """The peoples' adjectives joined before the noun ``tok`` ("Moroccan and Algerian troops": Moroccan, Algerian), or []
    when there are not two of them."""
    def people(t: Token) -> bool:  # "Azerbaijani" may be tagged a person's name: a capitalised adjective is a people's
        return t.ent_type_ == "NORP" or (t.pos_ == "ADJ" and t.is_title)

    # (the first may be a country's name: "U.S. and British warplanes", "U.S. and French officials")
    first = next((c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE"} and c.i < tok.i), None)
    if first is None:
        return []
    joined = [x for x in first.children if x.dep_ == "conj" and people(x) and x.i < tok.i]
    return [first, *joined] if joined else []


def _actor_refs(tok: Token) -> list[ActorRef]:
    """Actor references for a noun token: itself, collective members, or hyphenated pairs."""
    doc = tok.doc
    lo, hi = _np_range(tok)
    span = doc[lo : hi + 1]
    members = collective_actors(span.text) or collective_actors(tok.text)
    if not members:
        for c in tok.children:
            if c.dep_ in {"amod", "compound"} and collective_actors(c.text):
                members = collective_actors(c.text)
                break
    if members:
        return [ActorRef(span.start_char, span.end_char, span.text, tok.i, fixed=m) for m in members]
    nations = _joined_nations(tok)
    if nations:
        # "Moroccan and Algerian troops exchanged fire", "Israeli and Palestinian negotiators met": each people named is a
        # side; the last one with the noun, the others by their adjective alone
        others = [ActorRef(a.idx, a.idx + len(a.text), a.text, tok.i) for a in nations[:-1]]
        return others + [ActorRef(nations[-1].idx, span.end_char, doc.text[nations[-1].idx:span.end_char], tok.i)]
    home = _resident_home(tok, hi)
    if home is not None:
        # "Sergei Ivanov from Ukraine, who is accused of ...": the place the person is from tells the country
        hi = home
        span = doc[lo : hi + 1]
    shared = _shared_country(tok)
    if shared is not None:
        # "the president, prime minister and foreign minister of the Czech Republic": each of them is the country's
        span = doc[lo : max(hi, _np_range(shared)[1]) + 1]
    alt = None
    for a in tok.children:
        if a.dep_ == "appos" and not any(c.dep_ == "conj" for c in a.children):
            alo, ahi = _np_range(a)
            alt = (doc[alo].idx, doc[ahi].idx + len(doc[ahi].text))
            break
    if alt is None and tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.ent_type_ == "PERSON":
        # "Mitchell, the former Senate Democratic leader who negotiated": a title the knowledge cannot place falls back
        # to the name it stands beside
        alo, ahi = _np_range(tok.head)
        alt = (doc[alo].idx, doc[ahi].idx + len(doc[ahi].text))
    if alt is None and tok.lemma_.lower() in _QUANTITY_HEADS:
        # "thousands of protesters", "a group of gunmen": the people counted are the actor
        whole = [o for p, o in _prep_objects(tok, ("of",)) if o.pos_ == "NOUN"]
        if whole:
            alo, ahi = _np_range(whole[0])
            alt = (doc[alo].idx, doc[ahi].idx + len(doc[ahi].text))
    return [ActorRef(span.start_char, span.end_char, span.text, tok.i, alt=alt)]


def _shared_country(tok: Token) -> Optional[Token]:
    """The country in the of-phrase after a list of bare nouns joined to ``tok`` under its one determiner ("the
    president, prime minister and foreign minister of the Czech Republic"): the list shares it. None when a noun of
    the list has a determiner, a possessor or a country of its own ("the president and the ambassador of France"), when
    the list has no determiner to share ("Protesters and opponents of Russia": the of-phrase is the last noun's), nor
    when a noun of the list names a relation to the country rather than an office in it ("the allies and critics of
    Iran")."""
    if tok.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "its", "their"} for c in tok.children):
        return None
    if any(c.dep_ in {"amod", "compound", "poss", "nmod"} and c.ent_type_ in {"GPE", "NORP"} for c in tok.children):
        return None
    joined = [c for c in tok.subtree if c.dep_ in {"conj", "appos"} and c.i > tok.i and c.pos_ == "NOUN"]
    if not joined or any(c.dep_ in {"det", "poss"} for x in joined for c in x.children):
        return None
    if any(x.lemma_.lower() in _RELATIONAL_NOUNS for x in [tok, *joined]):
        return None
    last = max(x.i for x in joined)
    for x in joined:
        for p, o in _prep_objects(x, ("of",)):
            if p == "of" and o.i > last and o.ent_type_ == "GPE":
                return o
    return None


# nouns naming a relation to the of-phrase's country, not an office in it ("opponents of Russia", "allies of Iran")
_RELATIONAL_NOUNS = frozenset({"opponent", "ally", "enemy", "critic", "supporter", "foe", "rival", "friend", "backer",
                               "adversary", "sympathiser", "sympathizer", "detractor", "admirer", "partner", "neighbour",
                               "neighbor", "victim", "fan", "proxy"})

#: a head whose "of" phrase names what it is ("declared a state of emergency", "lifted the state of siege")
_STATE_OF = frozenset({"state"})
_QUANTITY_HEADS = {"thousand", "hundred", "dozen", "score", "million", "group", "crowd", "band", "gang", "number", "handful",
                   "couple", "mob", "squad", "unit", "team", "contingent", "party", "delegation", "member"}


def _hyphen_pair(tok: Token) -> list[ActorRef]:
    """"Trump-Kim" (one token) -> two actor references, one per capitalised part."""
    parts = tok.text.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts if p):
        return []
    refs, pos = [], tok.idx
    for p in parts:
        refs.append(ActorRef(pos, pos + len(p), p, tok.i))
        pos += len(p) + 1
    return refs


#: the last part of a hyphenated modifier that makes its first part the doer of the act it modifies ("a Saudi-led
#: airstrike", "the Hutu-organized genocide", "U.S.-imposed sanctions"); not a backer or a broker ("Iran-backed",
#: "Qatar-brokered": :data:`tidings.code.actors.BACKER`)
_LED_SUFFIXES = frozenset({"led", "organized", "organised", "orchestrated", "instigated", "ordered", "launched", "initiated",
                           "imposed", "directed", "commanded", "enforced", "perpetrated", "planned"})


def _led_by(tok: Token) -> Optional[ActorRef]:
    """The capitalised first part of a hyphenated modifier ``tok`` of :data:`_LED_SUFFIXES` ("Saudi-led"), as an actor
    reference, or None."""
    head, sep, tail = tok.text.rpartition("-")
    if not sep or tail.lower() not in _LED_SUFFIXES or not head[:1].isupper():
        return None
    return ActorRef(tok.idx, tok.idx + len(head), head, tok.i)


def sentence_before(sent: Span) -> Span:
    """The sentence before ``sent`` in its doc (``sent`` itself when it opens the doc)."""
    return sent.doc[sent.start - 1].sent if sent.start > 0 else sent


def with_sentence_before(sent: Span) -> Span:
    """``sent`` and the sentence before it, as one span."""
    return sent.doc[sentence_before(sent).start:sent.end]


def _child(tok: Token, deps: set[str] | Iterable[str]) -> list[Token]:
    deps = set(deps)
    return [c for c in tok.children if c.dep_ in deps]


def _prep_objects(tok: Token, preps: Sequence[str]) -> list[tuple[str, Token]]:
    out: list[tuple[str, Token]] = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent", "dative"} and c.lower_ in preps:
            for o in c.children:
                if o.dep_ in {"pobj", "pcomp"}:
                    out.extend((c.lower_, x) for x in _conjuncts(o))
    return out


# ---------------------------------------------------------------- arguments


#: verbs whose object is the means of the act their infinitive names, done by their subject ("police used water cannon
#: to disperse demonstrators")
_MEANS_VERBS = frozenset({"use", "employ", "fire", "wield"})


def _joined_to_the_saying(v: Token) -> bool:
    """Is the finite past verb ``v`` joined to the clause a speaker said, where it is the speaker's own second act ("the
    minister said the plan was dead and blamed Israel")? Only when that clause says what a thing is (a copula) and its
    subject is no person, name or pronoun ("said his men attacked and killed two", "said a sniper shot and killed a
    doctor" keep their doers), or when it is told in the pluperfect or under a modal and ``v``, a word of the
    speaker's, in the simple past ("the army said rebels had attacked the base and vowed to retake it", "said London
    would consult its allies and urged Baghdad to comply")."""
    head = v.head
    if v.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.lemma_.lower() not in _SAY_VERBS or head.head.tag_ != "VBD" \
            or not _child(head.head, _SUBJ):
        return False
    if any(a.dep_ == "aux" and a.lower_ == "had" for a in head.children) and not _child(v, {"aux", "auxpass"}) \
            and v.lemma_.lower() in _SPEAKERS_OWN_ACTS:
        return True
    if head.tag_ == "VB" and any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children) and not _child(v, {"aux", "auxpass"}) \
            and v.lemma_.lower() in _SPEAKERS_OWN_ACTS:
        return True  # "said London would consult its allies and urged Baghdad to comply": a simple past cannot share "would"
    said = _child(head, _SUBJ)
    return head.lemma_.lower() == "be" and bool(said) and all(
        s.pos_ == "NOUN" and not is_person(s) and s.lemma_.lower() not in _PEOPLE for s in said)


#: verbs of what a speaker goes on to say or do by words after a report ("... and urged residents to stay indoors")
_SPEAKERS_OWN_ACTS = frozenset({"urge", "vow", "praise", "deny", "promise", "pledge", "warn", "call", "condemn", "accuse", "blame",
                                "appeal", "ask", "demand", "reject", "welcome", "thank", "insist", "threaten", "announce",
                                "confirm", "add", "say", "stress", "express", "reiterate", "lodge", "summon"})
#: verbs of going somewhere for a meeting ("will travel to Tokyo for talks with Kishida")
_GOING = frozenset({"travel", "go", "fly", "head", "arrive", "come", "leave", "depart", "return", "set"})
#: verbs of getting what a state grants ("received political asylum in France")
_RECEIVING = frozenset({"receive", "get", "obtain", "win", "gain", "secure"})
#: verbs of fighting off an attack, whose target is the attacker ("repelled an attack by the Houthis on Taiz")
_FENDING_OFF = frozenset({"repel", "repulse", "thwart", "foil", "fend", "rebuff"})


def _attackers(attack: Token) -> list[Token]:
    """Who the attack noun ``attack`` names as its doer: its owner ("a Russian assault", "the rebels' attack"), then its
    by- or from-phrase ("an attack by the Houthis")."""
    owners = [c for c in attack.children if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "ORG"})]
    return owners + [y for _p, y in _prep_objects(attack, ("by", "from"))]
#: verbs whose object is an act others did: a gerund after them names that act, not one their subject does
_OBSERVING = frozenset({"investigate", "probe", "examine", "condemn", "denounce", "deplore", "report", "witness", "film",
                        "record", "describe", "protest", "decry", "mourn", "review", "monitor"})


def _comma_listed(v: Token, s: Token) -> list[Token]:
    """The names a headline lists with a comma before its verb ("Ethiopia, Eritrea sign peace accord", "China, U.S. sign
    WTO deal"), which the parser makes two subjects or a modifier and a subject: all of them, else nothing. Only names
    at the start of a line with no other word between them and the verb."""
    names = [c for c in v.children if c.i < v.i and c.dep_ in {"nsubj", "npadvmod", "appos"} and c.pos_ == "PROPN"]
    # "TOKYO/SEOUL (Kyodo) - North Korea fired": a two-city dateline is no name the headline lists
    names = [c for c in names if not _dateline_word(c)]
    if len(names) < 2 or s not in names:
        return []
    first = min(t.left_edge.i for t in names)
    if first > v.sent.start and not all(t.is_space for t in v.doc[v.sent.start:first]):
        return []
    between = [t for t in v.doc[first:v.i] if not any(t.i in range(n.left_edge.i, n.right_edge.i + 1) for n in names)]
    return names if all(t.text == "," for t in between) else []


#: verbs of calling an envoy in ("summoned the ambassador to protest"); what the caller does then is SUMMONS_PURPOSES
_SUMMONING = frozenset({"summon", "call"})


def _appealed_to(v: Token) -> list[Token]:
    """The ones an appeal calls on to do the infinitive ``v`` ("called on Moscow to withdraw", "appealed to Russia to
    send troops", "called upon the army to stand down"): the object of the appeal's on- or to-phrase, when the appeal
    verb has no direct object of its own; else nothing."""
    head = v.head
    if head.lemma_.lower() not in {"call", "appeal"} or not any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
        return []
    if _child(head, {"dobj", "auxpass", "nsubjpass"}):
        return []  # ("police were called to the store to investigate": sent to a place, they investigate)
    preps = {"on", "upon"} if head.lemma_.lower() == "call" else {"to"}
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and (o.pos_ in {"PROPN", "PRON"} or _party(o))][:1]


def _caller_s_purpose(v: Token) -> bool:
    """Is ``v`` what one who calls in or telephones a side does when it comes or answers: a state summoning an envoy
    ("summoned Iran's ambassadors to demand an explanation", "to express concern"), or one telephoning a side ("Obama
    telephoned Harper to offer condolences")? The caller does it, to the one called ("summoned the ambassador to
    explain" is the envoy's)."""
    if v.dep_ not in {"xcomp", "advcl"}:
        return False
    head, lemma = v.head, v.lemma_.lower()
    caller = head.lemma_.lower()
    if caller in _SUMMONING:
        return lemma in SUMMONS_PURPOSES and (caller == "summon" or any(c.lower_ == "in" for c in head.children))
    return caller in CALL_VERBS and lemma in CALL_PURPOSES and bool(_child(head, {"dobj"}))


def _verb_subjects(v: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """(subject tokens, passive) of a verb, climbing through control, conjunction and clauses."""
    if depth > 4:
        return [], False
    subj = _child(v, _SUBJ)
    # "ADEN — Houthi fighters seized ...": a dateline parsed as a second subject is not the actor
    subj = [s for s in subj if not (s.is_upper and s.i + 1 < len(s.doc) and s.nbor().text in {"—", "–", "-", "--"})] or subj
    # "WASHINGTON, August 13 (Xinhua) --\n\nPresident Bill Clinton condemned": a capitalised place opening the text's
    # line beside the real subject is the dateline
    subj = [s for s in subj if not _dateline_word(s)] or subj
    if subj and subj[0].is_upper and len(subj[0]) > 2 and all(t.is_space for t in v.doc[subj[0].sent.start : subj[0].i]):
        # "NAIROBI, Kenya (AP) _ U.S. Secretary of State Madeleine Albright paid tribute": the dateline took the subject's
        # place and the subject hangs on it in apposition
        named = [a for a in subj[0].children if a.dep_ == "appos" and a.pos_ in {"PROPN", "NOUN"} and not a.is_upper]
        # only a dateline: a mark ("(AP)", a dash) between the capitals and the name ("NATO, the alliance, launched" keeps NATO)
        if named and any(t.text in {"(", "_", "—", "–", "-", "--"} for t in v.doc[subj[0].i + 1 : named[-1].left_edge.i]):
            subj = [named[-1]]
    if subj:
        s = subj[0]
        if v.dep_ == "relcl" and s.lower_ in _RELPRON:
            return _resident(v, s) or _relative_antecedents(v), False
        if s.lower_ in _RELPRON and v.dep_ == "ccomp" and v.head.dep_ == "relcl" and v.head.head.pos_ in {"NOUN", "PROPN"}:
            # "a teacher who police said was assaulted": the relative pronoun the parser gave the reported verb stands
            # for the noun the relative clause hangs on
            return _conjuncts(_named_by_apposition(v.head.head)), bool(_child(v, {"auxpass"})) or _reduced_passive(v)
        listed = _comma_listed(v, s)
        if listed:
            return listed, _reduced_passive(v)  # a headline's "Ethiopia, Eritrea sign peace accord": both sign
        return _conjuncts(s), _reduced_passive(v)
    subjpass = [s for s in _child(v, _SUBJPASS) if not _dateline_word(s)] or _child(v, _SUBJPASS)
    if subjpass:
        s = subjpass[0]
        if v.dep_ == "relcl" and s.lower_ in _RELPRON:
            return _resident(v, s) or _relative_antecedents(v), True
        return _conjuncts(s), True
    head = v.head
    if _verb_in_name(v):
        # a headline's verb the parser read as part of a name ("Georgia Arrests Opposition Members", "Grand Jury
        # Indicts Man", "Sheriff Arrests Three Men"): the name before it is its subject
        return [v.doc[v.i - 1]], False
    if v.dep_ in {"xcomp", "acl"} and head.pos_ in {"NOUN", "PROPN"} and v.tag_ == "VB":
        poss = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if poss:
            return _conjuncts(poss[0]), False
        if _charged(head) is not None:
            # "charged with conspiracy to defraud", "police charged a woman with a plot to kill": the one charged
            # would do it, whoever brings the charge
            return _charged_ones(head), False
        if head.dep_ in _OBJ | {"pobj"}:
            gov = head.head if head.dep_ in _OBJ else head.head.head
            if gov.pos_ in {"VERB", "AUX"}:
                subjects, passive = _verb_subjects(gov, depth + 1)
                if passive and head.dep_ in _OBJ and gov.lemma_.lower() in _GRANTING:
                    # "the rebels were given a deadline to surrender", "were granted permission to leave": the one
                    # given the order, time or leave is the one to do it
                    return subjects, False
                # "police were warned of a plot to bomb the station": the one a passive verb acts on neither does nor
                # suffers the act its noun's infinitive names
                return ([], False) if passive else (subjects, False)
        return [], False
    if v.dep_ == "xcomp" and head is not v and head.pos_ not in {"VERB", "AUX"} and head.dep_ in {"acomp", "prep", "advmod", "attr"}:
        # "Arnor is about to restore ties", "X is ready to talk": the copula's subject
        return _verb_subjects(head.head, depth + 1)
    if v.dep_ == "xcomp" and head is not v and v.tag_ == "VBG" and head.lemma_.lower() in _OBSERVING and not _child(v, {"aux"}):
        # "Police investigate stabbing in Leeds", "UN condemns killing of aid workers": the parser reads the act named as
        # a gerund the subject does; it is what the subject looks into or judges
        return [], False
    if v.dep_ in {"xcomp", "advcl"} and head is not v and (called := _appealed_to(v)):
        # "called on Moscow to withdraw its troops", "appealed to Russia to send troops": the one appealed to would do it
        return _conjuncts(called[0]), bool(_child(v, {"auxpass"}))
    if v.dep_ == "xcomp" and head is not v:
        # a passive complement undergoes the act: "wound up being stabbed by a sailor", "is expected to be charged",
        # "urged the prisoners to be released" (its by-phrase names the doer)
        own_passive = bool(_child(v, {"auxpass"}))
        objs = _child(head, _OBJ)
        if objs and head.pos_ == "VERB" and head.lemma_.lower() not in _MEANS_VERBS and not _caller_s_purpose(v):
            return _conjuncts(objs[0]), own_passive  # object control: "urged China to comply"
        subjects, passive_head = _verb_subjects(head, depth + 1)
        return subjects, own_passive  # raising: "is expected to travel" -> subject travels
    if v.dep_ == "conj" and head is not v and _joined_to_the_saying(v):
        # "North Korea said the talks were useless and demanded the withdrawal": the parser joined the second act to the
        # clause said, whose subject is a thing; it is the speaker's
        return _verb_subjects(head.head, depth + 1)
    if v.dep_ == "conj" and head is not v:
        # "was scheduled to lay flowers ... and meet with Moi": a joined verb is passive only as a participle of its own
        subjects, passive = _verb_subjects(head, depth + 1)
        # ... or by its own passive auxiliary after an active verb: "pleaded guilty and was convicted of fraud" (not when
        # the parser joined it to a gerund, which a finite "was"/"are" cannot be joined to: the joint is misread)
        own = v.tag_ == "VBN" and bool(_child(v, {"auxpass"})) and head.tag_ != "VBG"
        # ... or by its own by-agent, where the parser read a participle before it as the finite verb ("a woman hit and
        # killed by a motorist": the woman was killed)
        own = own or (v.tag_ == "VBN" and head.tag_ in {"VBD", "VBN"} and bool(_child(v, {"agent"})) and not _child(head, _OBJ))
        return subjects, (passive and v.tag_ == "VBN") or own
    if v.dep_ == "relcl":
        return _conjuncts(_named_by_apposition(head)), False
    if v.dep_ == "acl" and v.tag_ == "VBN" and head.lemma_.lower() in _COURTS and head.dep_ == "pobj" \
            and head.head.lower_ in {"in", "before", "at", "into"} and head.head.head.pos_ in {"VERB", "AUX"}:
        # "Two men appeared in court charged with murder": the parser hangs the participle on the court, but the ones
        # charged are who appeared
        return _verb_subjects(head.head.head, depth + 1)[0], True
    if v.dep_ == "acl" and v.tag_ in {"VBN", "VBD"} and _child(v, {"dobj"}) and head.dep_ == "dobj" and \
            head.head.pos_ in {"VERB", "AUX"} and any(t.text == "," for t in v.doc[head.i + 1 : v.i]):
        # "killed at least one person, injured dozens and destroyed buildings": a verb of a list with its own object,
        # hung on the object before it, is the first verb's subject's act
        return _verb_subjects(head.head, depth + 1)[0], False
    if v.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return [_named_by_apposition(head)], v.tag_ == "VBN"
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in {"for", "over"} and head.head.pos_ == "VERB":
        objs = _child(head.head, _OBJ)
        if objs:
            return _conjuncts(objs[0]), False  # "assailed Ukraine for holding exercises": Ukraine held them
    if (v.dep_ == "pcomp" and v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in v.children)
            and head.dep_ == "prep" and head.lower_ in _CLAUSE_PREPS and head.head.pos_ in {"VERB", "AUX"}):
        # "served four months in prison after being charged with obstruction": the clause's subject undergoes it
        return _verb_subjects(head.head, depth + 1)[0], True
    if v.dep_ in {"advcl", "pcomp"} and v.tag_ == "VBG":
        if any(t.text in {"—", "–", "--"} for t in v.doc[min(head.i, v.i) + 1 : max(head.i, v.i)]):
            return [], False  # "... in 2011 — arriving in Beijing": a dash closes the aside the head sits in
        if v.dep_ == "pcomp" and _charged(v) is not None:
            # "was convicted of insulting the president", "charged her with stealing": the one charged or convicted
            return _charged_ones(v), False
        if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in {"to", "of"}:
            gov = head.head.head if head.head.lower_ == "guilty" else head.head
            if gov.pos_ in {"VERB", "AUX"} and gov.lemma_.lower() in _OWNING_UP:
                return _verb_subjects(gov, depth + 1)[0], False  # "pleaded guilty to murdering": the one who pleads did it
        if (v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in _CLAUSE_PREPS and head.head.pos_ in {"VERB", "AUX"}
                and not _child(head, {"pobj"})):
            # "joined the convoy after ignoring an order", "before heading to Nairobi": the clause the phrase hangs on
            # (the surface subject of a passive too: "was arrested after stabbing a man")
            return _verb_subjects(head.head, depth + 1)[0], False
        if (v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in {"process", "midst"}
                and head.head.dep_ == "pobj" and head.head.head.lower_ == "in" and head.head.head.head.lemma_.lower() == "be"):
            # "The CDC is in the process of investigating": the copula's subject does it
            return _verb_subjects(head.head.head.head, depth + 1)[0], False
        if v.dep_ == "pcomp" and head.dep_ == "prep" and not _child(head, {"pobj"}):
            doers = _gerund_doers(head)
            if doers is not None:
                return doers, False
        if v.dep_ == "advcl" and _dropped_auxiliary(head):
            # "Man charged over Dublin stabbing" (the parser reads the crime as a gerund): the one charged did it
            return _verb_subjects(head, depth + 1)[0], False
        if v.dep_ == "advcl" and head.dep_ in {"xcomp", "advcl"} and _appealed_to(head) and any(
                t.text == "," for t in v.doc[head.i : v.i]):
            # "called on Israel to stop the demolitions, describing this as ...": the one appealing describes
            return _verb_subjects(head.head, depth + 1)
        return _verb_subjects(head, depth + 1)
    if v.dep_ == "advcl" and v.tag_ == "VB" and head.pos_ in {"VERB", "AUX"} and _infinitive(v):
        return _verb_subjects(head, depth + 1)[0], False  # a purpose is the subject's: "drove to the corner to continue holding signs"
    if (v.dep_ == "advcl" and v.tag_ == "VBN" and head.pos_ in {"VERB", "AUX"} and _child(v, {"auxpass"})
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
        # "returned home last year, only to be arrested by state security": what befell the clause's subject
        return _verb_subjects(head, depth + 1)[0], True
    if (v.dep_ == "advcl" and v.tag_ == "VBN" and head.pos_ in {"VERB", "AUX"} and v.i > head.i and v.left_edge.i > 0
            and v.doc[v.left_edge.i - 1].text == "," and not any(c.dep_ in {"mark", "advmod"} for c in v.children if c.i < v.i)):
        # "A woman is now in jail, accused of robbery", "He was held, charged with theft": a past participle set off
        # after the clause tells what was done to the clause's subject (not "when asked", nor a fronted "Asked about it, X said").
        # Only after a passive, copular or objectless clause: after "Police arrested a man, accused of stabbing" it
        # tells of the object, whom the parse does not tie it to, so nobody
        if _child(head, _OBJ | {"dative"}) and not _child(head, _SUBJPASS):
            return [], False
        return _verb_subjects(head, depth + 1)[0], True
    passive_aux = bool(_child(v, {"auxpass"}))
    said_of = _said_subject(v)
    if said_of is not None:
        return _conjuncts(said_of), passive_aux
    if v.dep_ == "ccomp" and head.dep_ == "relcl" and head.pos_ == "VERB" and head.head.pos_ in {"NOUN", "PROPN"} and not _child(head, _OBJ):
        # "a teacher who police said was assaulted by pupils": the clause reported inside a relative clause is about
        # the noun the relative clause hangs on
        return [_named_by_apposition(head.head)], passive_aux
    # "[a man] authorities say was shot by a trooper": the parser lost the subject, but the passive's by-phrase still
    # names the doer (the subject is nobody rather than the doer)
    return [], passive_aux


#: prepositions after an object whose gerund the object does ("stopped the rebels from attacking", "praised her for
#: helping", "talked them into leaving")
_OBJECT_GERUND_PREPS = frozenset({"from", "for", "over", "against", "into", "of"})


#: verbs of holding back from an act of one's own ("refrained from visiting Beijing"): the act is not done, and a doer
#: named for it would stand beside the one who did the act another time (fusion reads it as a rival claim)
_FORBORNE = frozenset({"refrain", "abstain", "desist", "forbear"})


def _gerund_doers(prep: Token) -> Optional[list[Token]]:
    """Who does the gerund a verb's (or its adverb's or adjective's) prepositional phrase governs: the verb's object
    after "from", "for", "into" ("police stopped the rebels from attacking the town"), else the verb's subject, a
    passive's surface subject too ("she looked forward to visiting Kenya", "troops succeeded in capturing the leader",
    "the judge was precluded from refusing bail", "is responsible for killing"). None when the phrase hangs on no
    verb (on a noun: "the cost of visiting"), so that the caller's reading stands."""
    gov = prep.head
    if gov.pos_ in {"ADV", "ADJ"} and gov.dep_ in {"advmod", "acomp", "prt"} and gov.head.pos_ in {"VERB", "AUX"}:
        gov = gov.head  # "looked forward to visiting", "is responsible for killing"
    if gov.pos_ not in {"VERB", "AUX"} or gov.i > prep.i or gov.lemma_.lower() in _FORBORNE:
        return None
    objs = [o for o in _child(gov, _OBJ) if o.i < prep.i]
    if objs:
        return _conjuncts(objs[0]) if prep.lower_ in _OBJECT_GERUND_PREPS else _verb_subjects(gov, 1)[0]
    return _verb_subjects(gov, 1)[0]


def _resident(v: Token, pronoun: Token) -> list[Token]:
    """The person a "who" clause is about when the parser hung it on the place the person is said to be of or from
    ("Patrick Lowry (19) of 4 Mill Road, Carlow, who is accused of assault", "Ana Reyes from Leeds, who was arrested"):
    the person, not the street or the town (a "who" stands for a person, and so for the name the place tells of).
    Empty unless the pronoun is "who" or "whom", the noun the clause hangs on is a name (a place, an address, a body:
    "John Reed of Acme Corp, who ...") in an of- or from-phrase, and that phrase hangs on a person's name."""
    if pronoun.lower_ not in {"who", "whom"}:
        return []
    place = v.head
    while place.dep_ in {"appos", "conj"} and place.head.i < place.i and place.head.pos_ == "PROPN":
        place = place.head  # "of 4 Mill Road, Carlow": the town in apposition to (or listed after) the street
    if place.pos_ != "PROPN" or place.ent_type_ in {"PERSON", "NORP", "DATE", "TIME"}:
        return []
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in {"of", "from"}:
        return []
    person = prep.head
    if person.pos_ != "PROPN" and prep.i > 0:
        # the parser hung the of-phrase on the verb: the name right before it ("involved Sean Ryan (19) of ...")
        before = prep.doc[prep.i - 1]
        before = before.head if before.is_punct else before
        person = before.head if before.dep_ == "appos" and before.like_num else before
    aged = any(c.dep_ == "appos" and c.like_num for c in person.children)  # "Patrick Lowry (19)": an age says a person
    if person.pos_ != "PROPN" or not (person.ent_type_ == "PERSON" or aged):
        return []
    return _conjuncts(person)


def _resident_home(person: Token, hi: int) -> Optional[int]:
    """The last token of the place a person is said to be from or of, when a "who" clause hangs on that place and
    :func:`_resident` reads it as the person's ("Ali Reza from Iran, who had been arrested": Iran, which gives the
    person's country; the parser may hang the phrase on the verb). None when no such clause follows the name."""
    doc = person.doc
    if person.pos_ != "PROPN" or hi + 2 >= len(doc) or doc[hi + 1].lower_ not in {"of", "from"}:
        return None
    sent_end = person.sent.end
    for r in doc[hi + 2 : sent_end]:
        if r.dep_ != "relcl" or not (hi + 2 <= r.head.i < r.i):
            continue
        prons = [c for c in r.children if c.dep_ in _SUBJ | _SUBJPASS and c.lower_ in {"who", "whom"}]
        if prons and any(t.i == person.i for t in _resident(r, prons[0])):
            return _np_range(r.head)[1]
        return None
    return None


def _said_subject(v: Token) -> Optional[Token]:
    """The subject the parser made the object of "say" before the reported clause ``v`` ("Police said [her boyfriend
    John Reed], of Elm Street, is suspected in the robbery": "say" takes no person or thing as object before a clause
    of its own, so the noun is the clause's subject). None unless ``v`` is a finite clause (with an auxiliary or a
    tense of its own) reported by "say" with no subject, and the noun comes between the two verbs."""
    head = v.head
    if v.dep_ != "ccomp" or head.lemma_.lower() != "say" or _child(v, _SUBJ | _SUBJPASS):
        return None
    if not (any(c.dep_ in {"aux", "auxpass"} for c in v.children) or v.tag_ in {"VBD", "VBZ", "VBP"}):
        return None
    objs = [o for o in _child(head, {"dobj"}) if head.i < o.i < v.i and o.pos_ in {"NOUN", "PROPN"}]
    return objs[0] if objs else None


#: verbs that give someone an order, a chance, time or leave to do something ("were given a deadline to surrender")
_GRANTING = frozenset({"give", "grant", "offer", "allow", "hand", "issue", "send", "award"})


#: entities a word inside is part of a place's or a body's name ("United States Navy"); the parser's persons are often
#: a headline's subject and verb read as one name ("Kenya Expels")
_NAME_LABELS = frozenset({"GPE", "ORG", "FAC", "LOC", "NORP"})


def _relative_antecedents(v: Token) -> list[Token]:
    """Who the relative pronoun subject of the relative clause ``v`` stands for: the noun the clause hangs on and its
    conjuncts; and the whole coordination when the clause hangs on its last, singular noun but its verb is plural
    ("five Iraqis and a Libyan who were questioned": all six were)."""
    head = _named_by_apposition(v.head)
    plural = any(t.lower_ in {"were", "are", "have"} or t.tag_ == "VBP" for t in [v, *v.children]
                 if t.dep_ in {"aux", "auxpass"} or t is v)
    if plural and head.dep_ == "conj" and head.tag_ not in {"NNS", "NNPS"}:
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first is not head and first.pos_ in {"NOUN", "PROPN"}:
            return _conjuncts(first)
    return _conjuncts(head)


def _verb_in_name(v: Token) -> bool:
    """Is ``v`` a headline's verb the parser read as a word of a name, with the name before it ("Georgia Arrests
    Opposition Members", "Grand Jury Indicts Man", "Sheriff Arrests Three Men"). Not a word inside an entity of a
    sentence in plain case; in headline case the parser's entities are no guide ("Georgia Arrests Opposition Members"
    read as one body). Only trigger words are asked."""
    if v.pos_ != "PROPN" or v.i <= v.sent.start:
        return False
    if v.ent_iob_ == "I" and v.ent_type_ in _NAME_LABELS and not (_headline(v.sent) and v.head.dep_ == "ROOT"):
        return False  # (in a headline, only when it or the noun it is hung on heads the whole line: "United States Navy
        # Arrives in Port" has its verb elsewhere)
    if not ((v.dep_ in {"compound", "nmod"} and v.head.i > v.i) or v.dep_ == "ROOT"):
        return False
    before = v.doc[v.i - 1]
    return before.pos_ in {"PROPN", "NOUN"} and before.head.i in {v.i, v.head.i}


def _headline_object(v: Token) -> list[Token]:
    """The object of a misread headline verb (:func:`_verb_in_name`, in a sentence in headline case): the noun the
    parser hung it on, after it ("Georgia Arrests [Opposition Members]", "Grand Jury Indicts [Man]")."""
    if not (_verb_in_name(v) and _headline(v.sent)):
        return []
    head = v.head
    if v.dep_ in {"compound", "nmod"} and head.i > v.i:
        found = [head]
    else:  # the verb read as the name's head: the noun after it, hung on it as a name's part ("Sheriff Arrests [Three Men]")
        found = [c for c in v.rights if c.dep_ in {"appos", "npadvmod", "compound", "nmod", "dobj"}][:1]
    return [t for t in found if t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"DATE", "TIME", "MONEY"}]


def _reduced_passive(v: Token) -> bool:
    """Is ``v``, with a subject, a passive participle without its auxiliary: a verb that charges or convicts someone, with
    no object or auxiliary but with the phrase of the crime ("Man booked for teen assault", "Woman charged in
    robbery", "the man accused of knifing him went to jail", read by the parser as active)? One cannot charge or
    accuse without someone charged. So is a participle whose auxiliary the first of two joined passives gives ("stores
    were looted, and 200 people arrested") or one in an absolute with-phrase ("with Mr Jenkin arrested")."""
    lemma = v.lemma_.lower()
    if lemma in _JUDGED_FOR and _judged_for(v):
        return True
    if _dropped_auxiliary(v):
        return True
    if v.tag_ in {"VBN", "VBD"} and _child(v, {"nsubj"}) and not _child(v, _OBJ | {"aux", "auxpass", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp", "prt"}):
        if v.dep_ == "conj" and v.tag_ == "VBN" and _child(v.head, {"auxpass"}):
            return True  # "stores have been smashed and looted, and more than 200 people arrested": the auxiliary gapped
        if v.dep_ == "pcomp" and v.head.lower_ == "with":
            return True  # "found dead, with Mr Jenkin arrested shortly afterwards": a passive in an absolute phrase
    preps = _CHARGING_PREPS.get(lemma, frozenset()) | _CONVICTING_PREPS.get(lemma, frozenset())
    if not preps or v.tag_ not in {"VBN", "VBD"} or lemma in _OWNING_UP or lemma in {"find", "face", "want", "try", "hold"}:
        return False
    if _child(v, _OBJ | {"aux", "auxpass", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp"}) or any(c.lower_ == "guilty" for c in v.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in preps and _crime_phrase(c) for c in v.children)


#: verbs of acts done to someone that the active never uses without the one it is done to: in a headline, such a verb in
#: the past with a subject and no object is a passive whose auxiliary headline style drops ("Teenager stabbed in
#: Limerick", "Zimbabwe opposition MP arrested", "Malian soldiers ambushed near Gao"), while the active is in the present
#: ("Police arrest man")
_DONE_TO_VERBS = frozenset({"stab", "shoot", "kill", "murder", "slay", "execute", "behead", "hang", "lynch", "torture", "rape",
                            "assault", "beat", "injure", "wound", "hurt", "maim", "kidnap", "abduct", "ambush", "rob", "mug",
                            "arrest", "detain", "hold", "jail", "imprison", "remand", "fine", "charge", "indict", "arraign", "sentence",
                            "convict", "acquit", "deport", "extradite", "expel", "summon", "question", "interrogate", "quiz",
                            "sack", "dismiss", "suspend", "ban", "bar", "sanction", "free", "release", "pardon", "rescue",
                            "hospitalise", "hospitalize", "evacuate", "target", "bomb", "shell", "capture", "seize",
                            "sue", "censure", "impeach", "oust", "depose", "accuse", "threaten", "harass", "attack"})


def counted_people(tok: Token) -> bool:
    """Is ``tok`` a bare count that stands for the people an act is done to ("Gunmen kill 7 in Benue ambush", "police
    arrested two", "charged all 12")? The object of a verb of :data:`_DONE_TO_VERBS`, a number with no noun after it."""
    if not tok.like_num or tok.dep_ not in {"dobj", "obj"} or tok.head.pos_ != "VERB" or tok.ent_type_ in {
            "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}:
        return False  # ("Released 2013-09-28 05:08 GMT": a time)
    w = tok.head.lower_
    lemmas = {tok.head.lemma_.lower(), *_irregular_lemmas().get(w, [])}
    if lemmas.isdisjoint(_DONE_TO_VERBS) or "shoot" in lemmas:
        return False  # ("shooting 51 percent from the floor": a player's aim)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.text in {":", "%", "-", "/"} or nxt.lower_ in {"percent", "per"}):
        return False  # "seized 12 rifles" (the rifles), "05: 08" (a time), "51 percent"
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _dropped_auxiliary(v: Token) -> bool:
    """Is ``v`` a headline's past-tense verb of :data:`_DONE_TO_VERBS` with a subject and neither an object, an
    auxiliary nor a clause of its own: a passive whose auxiliary the headline drops ("Teenager stabbed in Limerick",
    "Police officer shot in Houston", "Cork man fined for assault")?"""
    # (the tagger's lemma of "fined" is "fin": the inflection undone by rule counts too)
    subjects = _child(v, {"nsubj"})
    if v.dep_ != "ROOT" or v.tag_ not in {"VBN", "VBD"} or not subjects or {v.lemma_.lower(), *_lemma_guesses(v)}.isdisjoint(_DONE_TO_VERBS):
        return False
    if _child(v, _OBJ | {"aux", "auxpass", "dative", "ccomp", "xcomp", "attr", "agent"}) or any(
            c.dep_ == "prt" and c.lower_ not in {"down", "up"} for c in v.children) or any(
            c.dep_ in {"acomp", "oprd"} and c.lower_ != "dead" for c in v.children):  # ("Taxi driver shot dead")
        return False
    return subjects[0].left_edge.i == v.sent.start and is_heading(v.sent)  # the subject opens the headline


#: verbs that judge someone for what they did: never without the one judged ("slammed the film for ...")
_JUDGED_FOR = frozenset({"slam", "blast", "criticize", "criticise", "condemn", "denounce", "praise", "honor", "honour",
                         "hail", "laud", "commend", "fault", "blame", "censure", "rebuke", "reprimand", "lambast", "lambaste",
                         "castigate", "chastise", "scold", "decorate", "reward", "punish", "sanction"})


def _judged_for(v: Token) -> bool:
    """Is ``v``, a verb of judging someone with a subject but no object or auxiliary, a passive participle whose
    for- or over-phrase gives the reason ("French filmmaker slammed for likening migrants to refugees", "Firefighters
    honored for heroism", "Minister blasted over remarks")? Not when the phrase names a time or a side ("applauded for
    20 seconds", "cheered for Kenya"): the verb is then active."""
    if v.tag_ not in {"VBN", "VBD"} or not _child(v, _SUBJ):
        return False
    if _child(v, _OBJ | {"aux", "auxpass", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp", "prt"}):
        return False
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in {"for", "over"} or c.i < v.i:
            continue
        for o in c.children:
            if o.dep_ == "pcomp" and o.tag_ == "VBG":
                return True  # "slammed for likening ..."
            if o.dep_ == "pobj" and o.i > c.i + 1 and c.doc[c.i + 1].tag_ == "VBG" and c.doc[c.i + 1].head.i == o.i:
                return True  # the gerund misread as the adjective of its object: "slammed for [likening] migrants to ..."
            if (o.dep_ == "pobj" and o.pos_ == "NOUN" and not _party(o) and not is_person(o)
                    and o.ent_type_ not in {"DATE", "TIME", "QUANTITY", "CARDINAL", "MONEY"}
                    and not any(x.ent_type_ in {"DATE", "TIME", "QUANTITY", "CARDINAL"} or x.like_num for x in o.children)):
                return True  # "honored for heroism", "blasted over remarks"
    return False


#: what else a charging verb's phrase names when it names the charge: "charged in the death of", "held in connection
#: with", "arrested on a warrant"
_CHARGE_MATTERS = frozenset({"death", "disappearance", "connection", "warrant", "case", "probe", "investigation", "driving"})


def _crime_phrase(prep: Token) -> bool:
    """Does the phrase ``prep`` name a crime or charge ("for teen assault", "in the robbery", "of knifing him", "on
    suspicion of"), not a place, a count or a time ("charged in the square", "detained over a dozen activists")?"""
    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objs:
        return False
    o = objs[0]
    if o.dep_ == "pcomp" or o.tag_ == "VBG":
        return True  # "accused of knifing him", "arrested for stealing"
    if any(c.dep_ in {"nummod", "quantmod"} for c in o.children) and prep.lower_ == "over":
        return False  # "over a dozen activists": more than, no phrase
    return o.lemma_.lower() in _CHARGE_NOUNS | _CRIMINAL | _OFFENCES | _CHARGE_ONLY | _CLASSIFYING_CRIMES | _CHARGE_MATTERS


def _dateline_word(s: Token) -> bool:
    """Is ``s`` a dateline's place written in capitals, opening its sentence with a dash in its phrase or opening a line
    that a dash ends ("NAIROBI, Kenya (AP) _\\n\\nU.S. Secretary ...", "CORSICANA — A woman was sentenced")?"""
    first = next(t for t in s.subtree if not t.is_space)
    if not (s.is_upper and len(s.text) > 2 and first.is_upper):
        return False
    text = doc_text(s.doc)
    if any(t.text in _DATELINE_MARKS and t.i > s.i for t in s.subtree) and all(t.is_space for t in s.doc[s.sent.start : first.i]):
        return True  # "CORSICANA — A Henderson County woman was sentenced", "HOLLIDAY, Mo. — A man was arrested"
    line_start = text.rfind("\n", 0, first.idx) + 1
    if text[line_start : first.idx].strip():
        return False
    line_end = text.find("\n", s.idx)
    # the mark ends the line: "NAIROBI, Kenya (AP) _" above the story
    return line_end != -1 and any((t.text in _DATELINE_MARKS or t.text.endswith("_")) and not text[t.idx + len(t.text) : line_end].strip()
                                  for t in s.doc[s.i + 1 :] if t.idx < line_end)


_DATELINE_MARKS = frozenset({"—", "–", "-", "--", "_"})


#: prepositions of a time or manner phrase whose gerund's doer is the clause's subject ("after ignoring", "before heading")
_CLAUSE_PREPS = frozenset({"after", "before", "while", "since", "upon", "on", "by", "without", "in", "through", "despite"})


def _named_by_apposition(t: Token) -> Token:
    """The name a common noun is in apposition to ("Mitchell, the former Senate leader who negotiated the accord",
    "Mohamed Tamalt, a journalist imprisoned in Algeria"): the name, which says who; else ``t``."""
    if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and t.head.ent_type_ == "PERSON" and not any(
            x.pos_ == "PROPN" or x.ent_type_ in {"NORP", "ORG", "GPE"} for x in t.subtree if x.i < t.i):
        return t.head  # (not "Junaid Hussain, an Islamic State member who ...": the member's body says more)
    return t


def _active_doers(v: Token) -> list[Token]:
    """Who does ``v``: its subjects, or in the passive its agent ("were examined by doctors")."""
    subjects, passive = _verb_subjects(v)
    return _agent(v) if passive else subjects


def _agent(v: Token) -> list[Token]:
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for o in c.children:
                if o.dep_ == "pobj":
                    return _conjuncts(o)
    for c in v.children:
        # "kidnapped and presumed killed by guerrillas": passive participles joined share their agent
        if c.dep_ == "conj" and c.tag_ == "VBN" and v.tag_ == "VBN" and not _child(c, _SUBJ | _SUBJPASS):
            return _agent(c) or _presumed_agent(c)
    for c in v.children:
        # "was invited to speak by the chamber of commerce": the parser hung the passive's by-agent on the active
        # infinitive after it, which takes no agent of its own
        # (an agent, or a by-phrase naming a side: "was told to leave by President Ruto"; not "to leave by Friday")
        if c.dep_ == "xcomp" and v.tag_ == "VBN" and c.tag_ == "VB" and not _child(c, {"auxpass"} | _SUBJPASS):
            for a in c.children:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):
                    objs = [o for o in a.children if o.dep_ == "pobj" and (a.dep_ == "agent" or _party(o, plain=True))]
                    return [x for o in objs for x in _conjuncts(o)]
    return []


def _presumed_agent(c: Token) -> list[Token]:
    """The agent of the participle a joined "presumed", "believed" or "reported" governs: "kidnapped and presumed killed
    by guerrillas" (parsed as "presumed" joined to "kidnapped" and "killed by guerrillas" hung on the noun beside it, or
    "killed" as the complement of "presumed")."""
    if c.lemma_.lower() not in _HEDGED_PARTICIPLES:
        return []
    for x in c.children:
        if x.dep_ in {"xcomp", "oprd", "ccomp"} and x.tag_ == "VBN":
            return _agent(x)
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    if nxt is not None and nxt.tag_ == "VBN" and nxt.dep_ == "acl" and nxt.head.i == c.head.head.i:
        return _agent(nxt)
    return []


#: participles of hedge that govern another participle ("presumed killed", "believed abducted")
_HEDGED_PARTICIPLES = frozenset({"presume", "believe", "report", "feared", "fear", "think", "suspect"})


#: words of the law enforcers whose report of a passive act names them its doer ("two men were arrested, police said")
_LAW_WORDS = frozenset({"police", "policeman", "policemen", "officer", "officers", "sheriff", "deputies", "detective", "detectives",
                        "prosecutor", "prosecutors", "authorities", "fbi", "patrol", "trooper", "troopers", "constabulary",
                        "garda", "gardai", "investigators", "marshals"})
_REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "accord"})
#: words of the ministry that runs the police, and of its head officer ("the Interior Ministry", "Inspector-General")
_POLICE_MINISTRY = frozenset({"interior", "inspector-general"})
#: ranks of the police (and of armed forces, who arrest as well) before a name: an officer so titled who reports a
#: passive arrest made it ("a man was arrested without incident, Sgt. Don Yarbrough said")
_LAW_RANKS = frozenset({"sgt", "sgt.", "sergeant", "lt", "lt.", "lieutenant", "capt", "capt.", "captain", "cpl", "cpl.",
                        "corporal", "inspector", "insp", "insp.", "det", "det.", "superintendent", "supt", "supt.", "constable",
                        "const.", "commissioner", "marshal"})


def _law_word(t: Token) -> bool:
    """Is ``t`` a word of the law enforcers (:data:`_LAW_WORDS`), by its form or its lemma ("police", "detectives")?"""
    return t.lower_ in _LAW_WORDS or t.lemma_.lower() in _LAW_WORDS
#: words for those who do violence or use force, whose act a when-clause tells as the cause of a harm
_ARMED_DOERS = frozenset({"robber", "gunman", "attacker", "assailant", "bomber", "soldier", "troop", "guerrilla", "fighter",
                          "militant", "terrorist", "kidnapper", "hijacker", "sniper", "thief", "burglar", "rioter", "mob",
                          "officer", "policeman", "trooper", "agent", "garda"})
#: roots of harm and arrest whose doer a when- or after-clause may name
_HARM_BY_CLAUSE_ROOTS = frozenset({"17", "18", "19", "20"})


def _doers_in_clause(v: Token, row: LexEntry, undergoing: Sequence[Token]) -> list[Token]:
    """The doer of an agentless passive harm or arrest that a when-, as- or after-clause tells in the active ("a woman was
    killed when two robbers emptied their pistols into the store", "he was arrested after four gardai entered his
    home"): the clause's subject, a named side or word for people (for an arrest, the police), acting on something
    (an object or an into/at/on phrase). Not a pronoun, the one who undergoes it, nor a thing ("when the car hit a
    tree")."""
    out: list[Token] = []
    for c in v.children:
        if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(m.lower_ in {"when", "as", "after"} for m in c.children
                                                           if m.dep_ in {"mark", "advmod"}):
            continue
        if any(x.dep_ in _SUBJPASS | {"auxpass"} for x in c.children) or not (
                _child(c, _OBJ) or _prep_objects(c, ("into", "at", "on"))):
            continue
        for t in _child(c, {"nsubj"}):
            lemma = t.lemma_.lower()
            if t.pos_ == "PRON" or any(t.lower_ == u.lower_ for u in undergoing) or not (
                    lemma in _DOERS or lemma in _ARMED_DOERS or lemma in _LAW_WORDS or t.ent_type_ in {"ORG", "NORP", "GPE"}):
                continue  # (not "when a neighbour opened the door", "when his car hit a tree")
            if row.code[:2] == "17" and not _law_word(t):
                continue
            out.append(t)
    return out


#: roots and codes of the acts a court does (granting bail or release; convicting, sentencing: 116, not evidence presented
#: to it), and words for a court
_COURT_ROOTS = frozenset({"08"})
_COURT_CODES = ("116",)
_COURTS = frozenset({"court", "tribunal"})
#: roots of the passive acts whose reporting police or prosecutors are their doers: coercion and investigation (rule 23)
_LAW_ROOTS = frozenset({"17", "09"})
#: roots whose rows' objects are the actor's own forces or the act it threatens or uses ("send troops", "threaten
#: attacks", "retaliate with force"), never the one acted on
_OWN_FORCE_ROOTS = frozenset({"13", "15", "19"})
#: verbs of those roots whose row objects are the ones harmed, not one's own forces: "killed five Taliban fighters",
#: "troops killed 30 rebels" (the fighters killed are the target)
_HARMING_FORCE_VERBS = frozenset({"kill"})


#: nouns of the law's operations, whose police word names the doer of an arrest made in them ("arrested in a major
#: police crackdown", "detained during a police raid")
_LAW_OPERATIONS = frozenset({"operation", "crackdown", "raid", "sweep", "swoop", "investigation", "inquiry", "probe",
                             "manhunt", "search", "stakeout", "sting"})


def _reporting_law(v: Token) -> list[Token]:
    """The police or prosecutors who report the passive act ``v`` ("police say two men have been arrested",
    "Smith was charged, according to the sheriff's office"), or in whose operation it was done ("arrested in a police
    crackdown"); settling rule 23. The report may frame the act from further up: a clause reported inside another
    ("a police source said the pair told supervisors the teen had a gun and a weapon was recovered") or a participle on
    the subject of the reported clause ("a Mafia boss arrested yesterday has hanged himself, police said")."""
    out: list[Token] = []
    for _p, o in _prep_objects(v, ("in", "during")):
        if o.lemma_.lower() in _LAW_OPERATIONS:
            lo, hi = _np_range(o)
            out += [w for w in o.doc[lo:o.i] if _law_word(w)]
    if out:
        return out
    clause = v
    for _ in range(4):
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        said: list[Token] = []
        if clause.dep_ in {"ccomp", "parataxis"} and clause.head.lemma_.lower() in _REPORTING:
            said = _child(clause.head, _SUBJ)
        elif clause.dep_ == "ROOT":
            # "two men were arrested, police said", "a man has been arrested after police say he tried to rob a woman",
            # "the suspect was detained, police told reporters" (the parser joins the report to the act)
            said = [x for c in clause.children if (c.dep_ in {"ccomp", "parataxis", "advcl"} or c.dep_ == "conj" and c.i > clause.i
                                                   and not _child(c, {"ccomp"})) and c.lemma_.lower() in _REPORTING
                    for x in _child(c, _SUBJ)]
        if not said:
            said = [o for p, o in _prep_objects(clause, ("according",))] + [
                x for c in clause.children if c.dep_ == "prep" and c.lower_ == "according" for _p, x in _prep_objects(c, ("to",))]
        for t in said:
            for c in _conjuncts(t):
                lo, hi = _np_range(c)
                # "police said", "Sgt. Don Yarbrough said", "Detective Inspector William Leahy said"
                # ... and the interior ministry, which runs the police ("10 people had been arrested, the Interior
                # Ministry said")
                if any(_law_word(w) or (w.lower_ in _LAW_RANKS and w.i < c.i) or w.lower_ in _POLICE_MINISTRY
                       for w in c.doc[lo : hi + 1]) or (c.lemma_.lower() in {"official", "authority"} and c.tag_ == "NNS"):
                    out.append(c)
        if out:
            return out
        if clause.dep_ in {"ccomp", "parataxis"}:
            clause = clause.head  # a report inside a report
        elif clause.dep_ == "acl" and clause.tag_ == "VBN" and (host := _clause_verb(clause.head)) is not None \
                and host.i != clause.i and any(x.dep_ in _SUBJ | _SUBJPASS and x.i <= clause.head.i <= x.right_edge.i
                                               for x in host.children):
            clause = host  # a participle on the subject of a reported clause
        else:
            break
    return out


#: roots of acts that judge, answer or deny what someone said, did or asked (statements, approval, demands, disapproval,
#: rejection, threats; not meetings, where the other side is named as such)
_JUDGING_ROOTS = frozenset({"01", "02", "05", "10", "11", "12", "13"})


#: roots of asking, demanding, disapproving and rejecting, which a reported clause aims at the side it names ("asked
#: that the government return him", "complained that the police had beaten him")
_CLAUSE_AIMED_ROOTS = frozenset({"02", "10", "11", "12"})
#: verbs of accusing, whose reported passive act is charged to its doer
_ACCUSING = frozenset({"allege", "accuse", "claim", "charge", "blame", "contend", "assert"})


def _clause_aimed_at(v: Token, subjects: Sequence[Token]) -> list[Token]:
    """The side a verb of asking, demanding or disapproving aims at through its reported clause: the clause's subject
    ("asked that the Turkish government return him", "complained that the police had beaten him"), or, for an
    accusation of a passive act, its doer ("alleged the attacks were plotted by X"). Not a first-person, dummy or
    thing subject ("asked that it be delayed", "demanded that the talks resume"), nor the verb's own subject or a word
    of it."""
    out: list[Token] = []
    for c in v.children:
        if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"} or any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children):
            continue
        doers = _agent(c) if v.lemma_.lower() in _ACCUSING and any(x.dep_ in _SUBJPASS for x in c.children) else []
        for t in doers or [x for x in c.children if x.dep_ in _SUBJ | _SUBJPASS and x.dep_ != "expl"]:
            if t.lower_ in _FIRST_PERSON or t.lower_ in {"it", "this", "that", "there", "what", "which", "who"} or \
                    any(t.lower_ == s.lower_ or t.i in range(s.left_edge.i, s.right_edge.i + 1) for s in subjects):
                continue
            if _party(t, plain=not doers) or is_person(t):
                out.append(t)
    return out


def _when(t: Token) -> bool:
    """Does the possessor ``t`` name a time ("Saturday's attack", "last year's talks", "St Patrick's Day violence"),
    not who acted?"""
    return t.ent_type_ in {"DATE", "TIME"} or (t.head.ent_type_ in {"DATE", "TIME"} and t.head.i > t.i and t.head.dep_ == "compound")


def _owners(t: Token) -> list[Token]:
    """Who a claim, an act or a request named by the noun ``t`` belongs to: its possessor ("Russia's obstinacy"), the
    name modifying it ("US claims", "US intelligence claims", "a French law") or its by- or of-phrase ("arguments by
    Russian officials", "the actions of the youngsters")."""
    if t.pos_ != "NOUN" or t.ent_type_:
        return []
    for c in t.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and not _when(c):
            return _conjuncts(c)
    for c in t.children:
        if c.dep_ in {"compound", "amod", "nmod"} and c.i < t.i and (
                c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or any(x.ent_type_ in {"GPE", "NORP", "ORG"} for x in c.children)):
            return [c]
    by = [o for p, o in _prep_objects(t, ("by",))]
    if by:
        return by
    return [o for p, o in _prep_objects(t, ("of",)) if _party(o) or o.lemma_.lower() in _PEOPLE]



def _party(t: Token, *, plain: bool = False) -> bool:
    """Can ``t`` be a side of a meeting or an agreement: a name, a person, a group or a pronoun, not a thing agreed or
    talked about ("signed the accord", "talked trade")? With ``plain``, only a name, a pronoun or a word for people
    ("Uganda's demands" is Uganda's, not a side of its own)."""
    if t.ent_type_ in {"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"}:
        return False  # "on Friday"
    if t.pos_ in {"PROPN", "PRON"} or t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if t.lemma_.lower() in _PEOPLE:
        return True  # "fought running battles with police", "met with residents"
    if plain or _instrument(t):
        return False
    return any(c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or c.pos_ == "PROPN" for c in t.children
               if c.dep_ in {"compound", "amod", "poss", "nmod"})


def _objects(v: Token) -> list[Token]:
    objs = [o for o in _child(v, _OBJ) if not _misparsed_place(o)]  # "rallied outside parliament": a place, no object
    # "charged 22-year-old Jane Smith with arson": the parser may make the age's number one object and the name another
    objs = [o for o in objs if not (o.like_num and _in_age(o))] or objs
    if not objs:
        # "detained the 19-year-old after a chase": the parser hangs an age read as a date on the verb
        objs = [c for c in v.children if c.dep_ == "npadvmod" and c.lower_ in {"year-old", "month-old"} and c.i > v.i]
    if not objs and v.lemma_.lower() in _OBSERVING:
        objs = [c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]  # "Police investigate stabbing in Leeds"
    if not objs and v.lemma_.lower() == "declare":
        # "declared two diplomats persona non grata": the parser makes the one declared the small clause's subject
        objs = [s for c in v.children if c.dep_ in {"ccomp", "oprd"} and any(t.lower_ == "grata" for t in c.subtree)
                for s in _child(c, {"nsubj"})]
    return _conjuncts(objs[0]) if objs else _headline_object(v)


#: words that count or pick out part of a group named in their of-phrase ("three of the men", "most of them")
_PART_WORDS = frozenset({"most", "some", "many", "all", "several", "each", "none", "few", "both", "any", "half", "one",
                         "majority", "rest", "remainder", "either", "neither"})


#: units a sum of money is counted in
_MONEY_UNITS = CURRENCIES | frozenset({"million", "billion", "trillion"})


def _sum_of_money(t: Token) -> bool:
    """Is ``t`` a sum of money ("$500 million", "100 million euros")?"""
    return t.ent_type_ == "MONEY" or t.lemma_.lower() in _MONEY_UNITS or (t.like_num and any(c.text in {"$", "€", "£"} for c in t.children))


def _group_of(t: Token) -> Token:
    """The people or things a partitive or a quantity head counts ("some of the hostages", "a number of inmates",
    "dozens of protesters"); else ``t``."""
    group = _counted(t)
    if group is t and t.lemma_.lower() in _QUANTITY_HEADS:
        group = next((x for _p, x in _prep_objects(t, ("of",)) if x.pos_ == "NOUN"), t)
    return group


def _counted(t: Token) -> Token:
    """The group a partitive phrase picks out part of: "[three] of the men were granted bail", "[most] of them were
    deported", "police freed [some] of the hostages" -> the men, them, the hostages, who name the actor (a count or
    "most" names none). Only a number or a word of part with an of-phrase whose object is definite (a determiner, a
    possessor, a name or a pronoun: not "one of a kind"); else ``t`` itself."""
    if not (t.lemma_.lower() in _PART_WORDS or (t.like_num and t.pos_ == "NUM") or t.ent_type_ == "CARDINAL"):
        return t
    for _p, o in _prep_objects(t, ("of",)):
        if o.pos_ == "PRON" and o.lower_ in {"them", "us", "those", "these"}:
            return o
        if o.pos_ in {"NOUN", "PROPN"} and (o.pos_ == "PROPN" or any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "that"}) for c in o.children)):
            return o
        break
    return t


_PARTICLES = {"in", "down", "off", "out", "up", "back", "away", "over"}


def _attached(v: Token, row: LexEntry) -> bool:
    """Does the row's particle or preposition attach to ``v``?

    Particle rows ("give in", "step down") need a particle, not a
    preposition with an object ("give ... allies in Asia").
    """
    for c in v.children:
        if c.dep_ in {"advcl", "ccomp", "xcomp"} and any(m.dep_ == "mark" and m.lower_ == row.prep for m in c.children):
            return True  # "called for Washington to negotiate"
        if c.lower_ != row.prep:
            continue
        if c.dep_ == "prt":
            return True
        if c.dep_ in {"prep", "agent", "dative", "mark", "advmod"}:
            if c.dep_ == "prep" and c.i < v.i and row.prep not in _PARTICLES:
                continue  # a fronted adjunct: "For more information, call ...", "For appointments, call ..."
            pobjs = [o for o in c.children if o.dep_ == "pobj"]
            if c.dep_ == "prep" and not row.objects and pobjs and all(o.ent_type_ in {"DATE", "TIME"} for o in pobjs):
                continue  # a time, not the verb's complement: "call on Monday", "pushed for a week"
            if row.prep == "off" and c.i == v.i + 1:
                return True  # "cordoned off the area", "sealed off the street": the particle read as a preposition
            if row.prep in _PARTICLES and row.code not in _MOVE_CODES and not row.objects and any(o.dep_ == "pobj" for o in c.children):
                continue  # a row that names the preposition's object ("wanted in connection with") is a preposition row
            return True
    # the parser often hangs the preposition on a named object: "warned [Mr Putin of serious consequences]"
    for o in v.children:
        if o.dep_ in _OBJ and o.pos_ == "PROPN" and row.prep not in _PARTICLES:
            if any(c.dep_ == "prep" and c.lower_ == row.prep and any(x.dep_ == "pobj" and x.pos_ != "PROPN" for x in c.children) for c in o.children):
                return True
    return False


def _lemma_rows(tok: Token, lex: Lexicon, kind: str) -> list[LexEntry]:
    """Lexicon rows of the token's lemma, or of a lemma undone from its inflection.

    The statistical lemmatizer sometimes errs ("staged" -> "stag"); regular
    inflections are then undone by rule and looked up too.
    """
    lemma = tok.lemma_.lower()
    rows = lex.rows(kind, lemma)
    if rows:
        return rows
    for g in _lemma_guesses(tok):
        if g != lemma and lex.rows(kind, g):
            return lex.rows(kind, g)
    return []


def _lemma_guesses(tok: Token) -> list[str]:
    """The lemmas the token's form may inflect, undone by rule ("staged" -> "stage", "fined" -> "fine", "stabbed" ->
    "stab") or from the irregular forms ("retook" -> "retake"), for when the lemmatizer errs ("fined" -> "fin")."""
    w = tok.lower_
    guesses: list[str] = []
    if w.endswith("ied"):
        guesses.append(w[:-3] + "y")
    if w.endswith("ed"):
        guesses += [w[:-1], w[:-2], w[:-3] if len(w) > 4 and w[-3] == w[-4] else w[:-2]]
    elif w.endswith("ing"):
        guesses += [w[:-3], w[:-3] + "e", w[:-4] if len(w) > 5 and w[-4] == w[-5] else w[:-3]]
    elif w.endswith("es"):
        guesses += [w[:-1], w[:-2]]
    elif w.endswith("s"):
        guesses.append(w[:-1])
    return guesses + _irregular_lemmas().get(w, [])  # "retook" -> retake, when the lemmatizer does not know the verb


@functools.lru_cache(maxsize=1)
def _irregular_lemmas() -> dict[str, list[str]]:
    """Irregular word form -> the trigger lemmas it inflects (from ``cameo/irregular.tsv``)."""
    out: dict[str, list[str]] = {}
    for lemma, forms in irregular_forms().items():
        for form in forms:
            out.setdefault(form, []).append(lemma)
    return out


#: verbs by which a court stops a measure from taking effect ("a federal judge blocked the travel ban"): its ruling (116)
_COURT_STOPPING = frozenset({"block", "halt", "suspend", "freeze", "invalidate", "annul", "void"})


def _court_stops(v: Token) -> bool:
    """Is ``v`` a court's or a judge's stopping of a measure ("a federal judge in Hawaii blocked the ban", "the order was
    blocked by the courts")? A ruling (116, guidelines 2: "a court rules"), whatever the verb's row says of others who
    block or suspend ("protesters blocked the road", "the government suspended talks")."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in _COURT_STOPPING or any(c.dep_ == "neg" for c in v.children):
        return False
    doers = _active_doers(v)
    # (a constitutional council is a court: "the Constitutional Council annulled the results")
    return bool(doers) and all(d.lemma_.lower() in _BENCH or (d.lemma_.lower() == "council" and any(
        c.lower_ == "constitutional" for c in d.children)) for d in doers)


#: verbs of going away from a place: armed men who do it from the ground they held retreat (0874)
_LEAVING = frozenset({"leave", "quit", "evacuate", "abandon", "vacate"})
#: who retreats: an armed force by its head word
_RETREATING = frozenset({"troop", "soldier", "force", "army", "military", "unit", "battalion", "brigade", "contingent", "peacekeeper",
                         "marine", "fighter", "rebel", "militant", "militia", "militiaman", "insurgent", "guerrilla", "paratrooper"})
#: the ground an armed force leaves, when no name says it is a place
_GROUND = frozenset({"town", "city", "village", "base", "area", "region", "territory", "zone", "position", "province", "capital",
                     "border", "enclave", "stronghold", "country", "island", "outpost", "camp", "garrison", "valley", "district"})


def _troops_leave(v: Token) -> bool:
    """Do armed men leave the ground they held ("Israeli troops left southern Lebanon", "rebels abandoned the town")? A
    military retreat (0874), where leaving says nothing of others ("the minister left Paris for London")."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in _LEAVING or _negated(v):
        return False
    subjects, passive = _verb_subjects(v)
    if passive or not subjects or not all(s.lemma_.lower() in _RETREATING for s in subjects):
        return False
    return any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in _GROUND for o in _child(v, _OBJ))


#: what an arrested person is taken away in
_CUFFS = frozenset({"handcuff", "handcuffs", "cuff", "cuffs", "shackle", "shackles", "chain", "chains"})


def _taken_away_in_cuffs(v: Token) -> bool:
    """Is ``v`` a taking or leading away in handcuffs ("taking Kem Sokha away in handcuffs", "was led away in
    handcuffs"): an arrest (173)? ("took her children away from the city" is none.)"""
    if v.pos_ != "VERB" or v.lemma_.lower() not in {"take", "lead", "march", "walk", "escort", "drag"}:
        return False
    return any(o.lemma_.lower() in _CUFFS for a in v.children if a.lower_ == "away" for _p, o in _prep_objects(a, ("in",))) or (
        any(a.lower_ == "away" for a in v.children) and any(o.lemma_.lower() in _CUFFS for _p, o in _prep_objects(v, ("in",))))


def _asylum_seekers_described(v: Token) -> bool:
    """Is ``v`` the participle that describes asylum seekers ("deport rejected asylum seekers", "failed asylum
    applicants"), which the parser may read as a verb: no rejection told?"""
    doc = v.doc
    return v.lemma_.lower() in {"reject", "refuse", "fail", "deny"} and v.tag_ in {"VBD", "VBN", "JJ"} and v.i + 2 < len(doc) \
        and doc[v.i + 1].lower_ == "asylum" and doc[v.i + 2].lemma_.lower() in {"seeker", "applicant", "claimant"} \
        and not _child(v, {"nsubj"})  # ("the court rejected asylum seekers' appeals" tells a rejection)


def _forces_ordered_to_a_place(v: Token) -> bool:
    """Does the order ``v`` send forces to a place, with no act ordered of them ("NATO ordered hundreds of extra troops to
    Kosovo", "ordered 3,000 troops to Liberia"): a deployment (154)? "Ordered troops to withdraw" is coded by the act it
    orders; the parser may hang the to-phrase on the forces or their count."""
    if v.lemma_.lower() != "order" or any(c.dep_ in {"xcomp", "ccomp"} for c in v.children):
        return False
    forces = [g for o in _child(v, {"dobj"}) for g in {o, _group_of(o)}
              if g.lemma_.lower() in _FORCES_DEPLOYED - {"unit", "personnel", "guard", "vehicle"}]
    if not forces:
        return False
    holders = [v, *_child(v, {"dobj"}), *forces]
    return any(_is_place(o) or o.ent_type_ in {"GPE", "LOC"} or o.lemma_.lower() in _LEFT_LANDS | {"region", "area", "border", "front", "gulf"}
               for h in holders for _, o in _prep_objects(h, ("to", "into")))


def _match_verb(v: Token, lex: Lexicon) -> Optional[LexEntry]:
    if _asylum_seekers_described(v):
        return None
    if _court_stops(v):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "116", True, origin="court ruling")
    if _troops_leave(v):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "0874", True, origin="armed retreat")
    if _taken_away_in_cuffs(v):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "173", True, origin="taken away in handcuffs")
    if _forces_ordered_to_a_place(v):
        to = "to" if any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children) else None  # the place is the target
        return LexEntry("V", "order", to, None, False, "154", True, origin="forces ordered to a place")
    rows = _lemma_rows(v, lex, "V")
    if not rows:
        return None
    objs = _child(v, _OBJ)
    # a passive's subject, or the noun a past participle describes, is what the verb acts on:
    # "ten soldiers were killed", "evidence was presented", "ten soldiers killed in the attack"
    acted_on = objs or _child(v, _SUBJPASS) or ([v.head] if v.dep_ == "acl" and v.tag_ == "VBN" else []) or (
        _child(v, {"nsubj"}) if _dropped_auxiliary(v) else [])  # "Man charged over Dublin stabbing": the man is charged
    if not acted_on and v.lemma_.lower() in {"allow", "let", "permit"}:
        # "allowed a UN relief flight to land": the parser may make the one let in the subject of what it may do
        acted_on = [s for c in v.children if c.dep_ in {"ccomp", "xcomp"} for s in _child(c, _SUBJ)]
    obj_lemmas = {o.lemma_.lower() for o in acted_on for o in _conjuncts(o)}
    # "dozens of awards", "hundreds of troops", "a number of weapons": the counted noun is the object
    # ... and "a state of emergency", "the state of siege": the state is the one named
    obj_lemmas |= {x.lemma_.lower() for o in acted_on if o.lemma_.lower() in _QUANTITY_HEADS or o.like_num
                   or o.lemma_.lower() in _STATE_OF for _, x in _prep_objects(o, ("of",))}
    # "withdrew all of its troops", "freed some of the hostages": the group a partitive picks part of
    obj_lemmas |= {g.lemma_.lower() for o in acted_on if (g := _counted(o)) is not o}
    if any(o.lemma_.lower() in _STATE_OF and any(x.lemma_.lower() == "siege" for _, x in _prep_objects(o, ("of",))) for o in acted_on):
        obj_lemmas.add("emergency")  # "declared a state of siege": a state of emergency, no town besieged
    # "provide $500 million in aid", "gave 100 million euros in loans": the sum is given as what its in-phrase names
    obj_lemmas |= {x.lemma_.lower() for o in objs if _sum_of_money(o) for _, x in _prep_objects(o, ("in",)) + _prep_objects(v, ("in",))}
    antecedent: set[str] = set()
    ante_toks: list[Token] = []
    if v.dep_ == "relcl" and ((acted_on and all(t.lower_ in _RELPRON for t in acted_on)) or (
            not acted_on and _child(v, {"nsubj"}) and v.head.pos_ in {"NOUN", "PROPN"})):
        # "the vehicles that were broken into", "the Golan Heights, which Israel captured": the relative pronoun
        # stands for its antecedent, and so does a relative with none ("the areas they had captured")
        ante_toks = _conjuncts(v.head)
        antecedent = {o.lemma_.lower() for o in ante_toks}
    if v.lemma_.lower() in _SCUFFLE_VERBS and any(a.dep_ == "aux" and (a.lemma_ == "have" or v.tag_ == "VBG") for a in v.children):
        # "have struggled with him in the lineup", "is wrestling with the decision": an ongoing difficulty, not a
        # scuffle ("struggled with the officer" stays)
        return None
    for row in rows:
        if row.prep and not _attached(v, row):
            continue
        if row.no_object and acted_on:
            # "@none" is the verb's intransitive use: a passive's subject or the noun a participle describes is an
            # object too ("the coach was fired" is a dismissal, "the officer was struck" a blow)
            continue
        if (row.objects is None and row.code[:2] in _FORCE_ROOTS and acted_on and all(_instrument(o) or o.lemma_.lower() in _UNDERTAKEN for o in acted_on)
                and not any(o.lemma_.lower() in _CHARGE_NOUNS for o in acted_on)):
            # a verb of force whose every object is a document, plan or order is carried out, not done to anyone:
            # "executed two search warrants", "the plan was executed" (but "murder and carjacking charges", which the
            # parser may read as a verb and its object, names the crime charged)
            continue
        if row.objects:
            # outside crimes the clause must name the doer: "which Israel captured", "that was seized by Iran"
            # (not "all the agreements that have been signed": agreements of any kind)
            doer = row.code[:2] == "18" or bool(_child(v, _SUBJ) or _child(v, {"agent"}))
            lemmas = obj_lemmas | (antecedent if doer else set())
            if row.prep:
                lemmas |= {o.lemma_.lower() for _, o in _prep_objects(v, (row.prep,))}
                lemmas |= {c.lemma_.lower() for c in v.children if c.dep_ == "advmod"}
            # a class is tested on what the verb acts on, in the passive too ("the suspects were handed over"),
            # and on the object of a particle the parser reads as a preposition ("ran over [a pedestrian]")
            classed = [o for o in acted_on for o in _conjuncts(o)] + (ante_toks if doer else [])
            if row.prep:
                classed += [o for _, o in _prep_objects(v, (row.prep,))]
            if not (lemmas & row.objects) and not _class_objects(row, classed):
                continue
        return row
    return None


#: verbs of a physical scuffle with a person ("struggled with the guard") that in the perfect or progressive tell an
#: ongoing difficulty instead
_SCUFFLE_VERBS = frozenset({"struggle", "wrestle", "grapple", "tussle"})
#: roots of force: assault, fight, mass violence
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _class_objects(row: LexEntry, objs: Sequence[Token]) -> list[Token]:
    """Objects that belong to a class the row names ("@vessel": the MSC Aries, the tanker).

    A pronoun object that fails the class is tested as the noun it repeats ("hid the knife and it was recovered": the
    knife, given back in its place), and a bare surname as the person the text named in full before ("... chased
    Bell"). A pronoun that passes as it stands keeps its reading: "them" is people ("stole cars and police chased
    them": the thieves, whom no nearer thing noun replaces).
    """
    tests = [OBJECT_CLASSES[c] for c in row.objects or () if c in OBJECT_CLASSES]
    out: list[Token] = []
    for o in objs:
        if any(t(o) for t in tests) or ("@person" in (row.objects or ()) and (_surname_of_person(o) or _person_undergoing(o, row))):
            out.append(o)
            continue
        # "released a large number of inmates", "freed some of the hostages": the ones counted are acted on
        group = _group_of(o)
        if group is not o and any(t(group) for t in tests):
            out.append(group)
            continue
        a = _object_antecedent(o)
        if a is not None and (a.lemma_.lower() in (row.objects or ()) or any(t(a) for t in tests)):
            out.append(a)
    return out


#: a particle or adverb that makes a verb of force a figure of speech: "kicked out of the party", "shoved aside"
_FIGURE_PARTICLES = frozenset({"out", "aside", "away", "off", "back", "up"})


def _person_undergoing(o: Token, row: LexEntry) -> bool:
    """Is the subject pronoun "he" or "she" of a passive the person the row's verb acts on ("she was released by her
    captors", "she was grabbed from behind")? Freed or given back (08), always; a blow (18) only in its plain sense: not
    with a particle ("was kicked out of the party", "shoved aside"), a with-phrase ("choked with emotion") or a doer
    that is no one ("struck by the beauty of the town", "grabbed by the idea")."""
    v = o.head
    if o.lower_ not in {"he", "she"} or o.dep_ not in _SUBJPASS:
        return False
    if row.code[:2] == "08":
        return True
    if row.code[:2] != "18" or any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in _FIGURE_PARTICLES for c in v.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
        return False
    return all(is_person(a) or a.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or a.lemma_.lower() in _PERSON_DOERS
               for a in _agent(v))


#: doers of a blow named by their role: "grabbed by a man", "dragged by the robber" (beside the person nouns)
_PERSON_DOERS = frozenset({"robber", "attacker", "assailant", "gunman", "thief", "stranger", "intruder", "mugger", "gang", "group",
                           "exile", "militant", "rebel", "police", "kidnapper", "captor", "abductor", "mob", "crowd"})


_THING_PRONOUNS = {"it": False, "them": True, "they": True}  # -> plural


def _object_antecedent(p: Token) -> Optional[Token]:
    """The noun a thing pronoun acted on repeats within its sentence, if a clause before it names one.

    "hid the knife and it was recovered", "found a pistol and seized it": the nearest noun before the pronoun
    that is the object or subject of an earlier verb, of the pronoun's number, and no person or body (whom "it"
    and "them" rarely repeat in news copy). A noun inside a prepositional phrase ("in a car") is passed over: a
    preposition's object is where or how, seldom what is then acted on; so is a noun inside a relative or participial
    clause the pronoun's clause is not part of ("arrested two men who had stolen phones and handed them over", "stopped
    a van carrying rifles and seized it"): a detail of the noun it describes, not the clause's own argument. None for any
    other word.
    """
    plural = _THING_PRONOUNS.get(p.lower_)
    if plural is None or p.dep_ not in _OBJ | _SUBJPASS:
        return None
    for t in reversed(p.sent[: p.i - p.sent.start]):
        if t.pos_ != "NOUN" or t.dep_ not in _OBJ | _SUBJ | _SUBJPASS or t.head.i == p.head.i or _in_describing_clause(t, p):
            continue
        if (t.tag_ == "NNS") != plural or t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or is_person(t):
            return None  # the nearest argument does not fit: no guess further back
        return t
    return None


def _in_describing_clause(t: Token, p: Token) -> bool:
    """Is ``t`` inside a relative or participial clause on a noun ("men who had stolen phones", "soldiers carrying
    rifles") that does not hold ``p``?"""
    h = t
    while h.head.i != h.i:
        if h.dep_ in {"relcl", "acl"} and h.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return not (h.left_edge.i <= p.i <= h.right_edge.i)
        h = h.head
    return False


def _surname_of_person(t: Token) -> bool:
    """Is the bare proper name ``t`` the last word of a person the document named before ("Anthony Bell ... chased Bell")?

    The tagger often reads a lone surname as an organisation or a product ("Bell"); a one-word name the text gave in full as a
    person's before is that person again.
    """
    if t.pos_ != "PROPN" or t.ent_type_ in {"GPE", "NORP", "FAC", "LOC"} or any(c.dep_ == "compound" for c in t.children):
        return False
    if t.ent_type_ in {"ORG", "PRODUCT"} and not (t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")):
        return False  # a name of several words read as a body ("Bell Helicopter") stays a body
    return any(e.label_ == "PERSON" and len(e) > 1 and e.end <= t.i and e[-1].text == t.text for e in t.doc.ents)


#: papers a withdrawal names ("the EU withdrawal bill", "the withdrawal agreement"): a state leaving a union, no retreat
_WITHDRAWAL_PAPERS = frozenset({"bill", "act", "agreement", "deal", "treaty", "law", "legislation"})


def _match_noun(n: Token, lex: Lexicon) -> Optional[LexEntry]:
    if n.lemma_.lower() == "withdrawal" and n.dep_ == "compound" and n.head.lemma_.lower() in _WITHDRAWAL_PAPERS:
        return None
    rows = lex.rows("N", n.lemma_.lower()) or lex.rows("N", n.lower_)
    doc = n.doc
    for row in rows:
        words = row.lemma.split()
        if len(words) > 1:
            k = len(words) - 1
            if n.i - k < 0:
                continue
            before = [t.lemma_.lower() for t in doc[n.i - k : n.i]]
            if before != words[:-1] and [t.lower_ for t in doc[n.i - k : n.i]] != words[:-1]:
                continue  # by lemma or as written: "sexual abuse", "forced returns" (not "force")
        if row.prep:  # "the signing of the accord": the noun's prepositional object must be there (of the kind the row names)
            objs = [o for _, o in _prep_objects(n, (row.prep,))]
            if not objs and n.dep_ in _OBJ:
                # the parser often hangs the noun's preposition on its verb: "marking [their entry] [into the alliance]"
                objs = [o for c in n.head.children if c.dep_ == "prep" and c.lower_ == row.prep and c.i == n.right_edge.i + 1
                        for o in c.children if o.dep_ == "pobj"]
            pobjs = {o.lemma_.lower() for o in objs}
            if not pobjs or (row.objects and not pobjs & row.objects
                             and not _class_objects(row, objs)):  # "the capture of Mosul" (@place)
                continue
        return row
    return None


# talks held in rounds: their light verb is the round's ("held the 21st round of talks"; for attacks, "carried out a
# series of attacks", see _RUN_NOUNS)
_ROUNDS_OF = frozenset({"talk", "talks", "negotiation", "consultation", "discussion", "dialogue", "meeting"})


def _light_verb(n: Token, lex: Lexicon) -> Optional[Token]:
    """The light verb governing a nominal event ("held talks", "carry out an attack", "held a new round of talks")."""
    run = _run_of(n) if n.lemma_.lower() in _ROUNDS_OF else None
    if run is not None:
        n = run  # "Thailand and Cambodia held a new round of talks": the round's light verb holds the talks
    if n.dep_ not in _OBJ and n.dep_ not in {"nsubjpass"}:
        return None
    v = n.head
    if v.pos_ not in {"VERB", "AUX"}:
        return None
    if v.lemma_.lower() == "have" and _tallied(n):
        return None  # "Biden has seven endorsements", "has the most endorsements": a tally, no act
    for row in _lemma_rows(v, lex, "L"):
        if row.prep and row.prep not in {c.lower_ for c in v.children if c.dep_ in {"prt", "prep"}}:
            continue
        return v
    return None


# verbs of an instruction that makes or sends a thing: "Create the request", "Send a request to the server"
_MAKING_THINGS = frozenset({"create", "generate", "send", "submit", "build", "make", "write", "add", "open", "file", "enter", "type",
                            "save", "copy", "run", "use", "configure", "set"})
# what makes a blast or burst one of the sky or of physics: "fast radio blasts", "blasts of radiation", "gamma-ray bursts"
_COSMIC = frozenset({"radio", "gamma", "gamma-ray", "x-ray", "solar", "cosmic", "stellar", "radiation", "energy", "light", "plasma",
                     "neutrino", "magnetic", "galactic", "supernova"})


def _cosmic(n: Token) -> bool:
    """Is the blast or burst ``n`` of the sky or of physics ("fast radio blasts", "blasts of radiation")?"""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _COSMIC for c in n.children) or any(
        o.lower_ in _COSMIC for _p, o in _prep_objects(n, ("of",)))


# acts of support a candidate is said to "have" so many of, and the words that count them ("seven endorsements", "the
# most endorsements"; the tally of acts over recent weeks in _sentence_kind counts with words of its own)
_TALLIED_NOUNS = frozenset({"endorsement", "vote", "nomination", "pledge"})
_SUPPORT_COUNTS = frozenset({"most", "many", "several", "more", "fewer", "few", "dozens", "hundreds", "numerous", "countless"})


def _tallied(n: Token) -> bool:
    """Is the plural noun of support ``n`` counted ("seven endorsements", "the most endorsements")? A series of
    meetings or attacks counted is one bounded mention (settling rule 8), not a tally."""
    return n.tag_ == "NNS" and n.lemma_.lower() in _TALLIED_NOUNS and any(c.dep_ in {"nummod", "amod", "det"} and (c.like_num or c.lower_ in _SUPPORT_COUNTS)
                                   for c in n.children)


# an attempt that failed or was stopped: the act itself did not happen ("attempted murder", "a foiled plot")
_UNDONE = {"attempted", "failed", "foiled", "thwarted", "botched", "aborted", "abortive", "unsuccessful"}


_PLOTS = {"plot", "plan", "conspire", "scheme"}


def _plotted(tok: Token) -> bool:
    """Violence a past plot aimed at: "admitted to having plotted to execute an employee and then attack a police station".

    Wire copy tells a plot in the past tense when it was stopped (settling rule 4:
    the planned act is negated when the plot was foiled); a plot still afoot is
    told in the present or future ("plans to attack").
    """
    t = tok
    while t.dep_ == "conj" and t.head is not t:  # "plotted to execute an employee and then attack a police station"
        t = t.head
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in _PLOTS and t.head.tag_ in {"VBD", "VBN"}


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" and not negates_modifier(c, tok) for c in tok.children):
        return True
    if no_longer(tok):
        return True  # "would no longer negotiate"
    return any((c.dep_ == "det" and c.lower_ == "no") or (c.dep_ in {"amod", "compound"} and c.lower_ in _UNDONE) for c in tok.children)


def _attempt_only(tok: Token) -> bool:
    """Is ``tok`` negated only as an attempt ("attempted robbery"), not by a "not", a "no" or a failure ("foiled plot")?"""
    return (not any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
            and [c.lower_ for c in tok.children if c.dep_ in {"amod", "compound"} and c.lower_ in _UNDONE] == ["attempted"])


_PERSONAL = {"he", "she", "they", "it", "we"}


def _antecedent(p: Token) -> list[Token]:
    """The subject a personal pronoun subject most likely repeats.

    "Obama said he would not ...", "Israel announced it would free ...": the
    pronoun in a reported clause stands for the reporting clause's subject.
    """
    if p.dep_ not in _SUBJ | _SUBJPASS:
        return []
    if p.lower_ == "we" and _in_quotes(p):
        # '"The Israelis know that we will not negotiate," Assad wrote': a quotation's "we" is its speaker's side, never
        # the third party its own clauses name (the quotation's speaker is found for the document's actors)
        return []
    v = p.head
    for _ in range(3):
        if v.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or v.head is v:
            return []
        v = v.head
        subj = [c for c in v.children if c.dep_ in _SUBJ | _SUBJPASS and c.pos_ != "PRON"]
        if subj:
            return _conjuncts(subj[0]) if _agrees(p, subj[0]) else []
    return []


_PERSON_PRONOUNS = frozenset({"he", "she"})


#: last words of the names of bodies, which "he" or "she" never stands for
_BODY_NAME_HEADS = frozenset({"watch", "international", "organization", "organisation", "agency", "ministry", "council",
                              "committee", "party", "group", "association", "union", "service", "department", "office",
                              "commission", "institute", "foundation", "fund", "authority", "board", "front", "movement",
                              "network", "federation", "alliance", "coalition", "bureau", "administration", "government"})
#: nouns of bodies that "he" or "she" never stands for ("the jury said he was guilty")
_BODY_NOUNS = _BODY_NAME_HEADS | {"police", "army", "military", "court", "jury", "company", "firm", "team", "school",
                                  "university", "city", "state", "country", "nation", "embassy", "newspaper", "station",
                                  "hospital", "club", "church", "family", "panel", "parliament", "congress", "senate",
                                  "cabinet", "regime", "force", "forces", "unit",
                                  # groups of people ("the clan fell into disarray after he was jailed")
                                  "clan", "gang", "mob", "crowd", "tribe", "community", "public", "population", "crew",
                                  "staff", "audience", "syndicate", "cartel", "mafia", "band", "faction", "squad"}


def _agrees(p: Token, t: Token) -> bool:
    """Can the pronoun ``p`` stand for ``t`` by kind and number? "he" names no organisation or country ("he said, Interfax
    reported"), "it" no person and nothing plural ("they" may stand for one of several named together)."""
    word = p.lower_
    if word in _PERSON_PRONOUNS:
        if t.lower_ in _BODY_NAME_HEADS or (t.pos_ == "NOUN" and t.lemma_.lower() in _BODY_NOUNS):
            return False  # "the ministry said he was arrested", "Human Rights Watch said he began a hunger strike"
        return t.ent_type_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"} and t.tag_ not in {"NNS", "NNPS"}
    if word == "it":
        return t.ent_type_ != "PERSON" and t.tag_ not in {"NNS", "NNPS"}
    return True


def planners(plan: Token) -> list[ActorRef]:
    """Who made a plan, as the plan noun names them: "a plot by militants", "the militants' plan", "an Islamist plot"."""
    by = [o for _, o in _prep_objects(plan, ("by", "of"))]
    owners = [c for c in plan.children if c.dep_ == "poss" or (c.dep_ in {"compound", "amod"} and c.ent_type_ in {"NORP", "ORG", "GPE"})]
    return _refs(owners or by)


#: words of days, months and feasts: a proper noun of these the tagger reads as a date is one
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                             "christmas", "easter", "ramadan", "eid", "thanksgiving", "diwali", "hanukkah", "passover", "new",
                             "year", "day", "eve", "halloween", "independence", "memorial", "labor", "labour", "sabbath", "lent"})


def _name_read_as_date(t: Token) -> bool:
    """Is ``t`` a name the tagger took for a date ("Al-Shabaab claimed responsibility"): a proper noun with no digit and
    no word of the calendar in it?"""
    return t.pos_ == "PROPN" and not any(ch.isdigit() for ch in t.text) and not any(
        w in _CALENDAR_WORDS for w in re.split(r"[\s'’-]+", t.lower_))


def _refs(tokens: Iterable[Token]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for t in tokens:
        if t.pos_ == "PRON" and t.lower_ in _RELPRON:
            continue
        if (age_end := _age_end(t)) is not None:
            # "arrested the 51-year-old": the tokenizer splits the age after its number, which the parser takes for the
            # head (a date to the tagger); the phrase up to "old" is the person
            lo = min(t.left_edge.i, t.i)
            out.append(ActorRef(t.doc[lo].idx, age_end, t.doc.text[t.doc[lo].idx : age_end], t.i))
            continue
        if t.ent_type_ in {"DATE", "TIME"} and not t.lower_.endswith("-old") and not _name_read_as_date(t) and not any(
                x.pos_ in {"PROPN", "NOUN"} and x.ent_type_ not in {"DATE", "TIME"} for x in t.doc[_np_range(t)[0] : t.i]):
            continue  # "rejected the plan on Monday": a day is no actor ("met Bashar Assad Tuesday" still names Assad; an
            # age the tagger reads as a date, "the 61-year-old was arrested", is a person)
        if t.pos_ == "PRON" and t.lower_ in _PERSONAL:
            antecedent = _antecedent(t)
            if antecedent:
                out.extend(r for a in antecedent for r in _actor_refs(a))
                continue
        out.extend(_actor_refs(t))
    return out


#: an age written out: "22-year-old", "3-month-old", "22 - year - old"
_AGE = re.compile(r"\b\d+\s*-\s*(?:year|month)s?(?:\s*-\s*|-)old\b", re.I)


def _in_age(t: Token) -> bool:
    """Is ``t`` a piece of an age ("22", "-", "year-old" of "a 22-year-old woman"), which the tagger may read as money or a date?"""
    doc = t.doc
    lo, hi = doc[max(0, t.i - 4)].idx, doc[min(len(doc) - 1, t.i + 4)].idx
    return any(m.start() <= t.idx < m.end() for m in _AGE.finditer(doc.text, lo, hi + 20))


def _age_end(t: Token) -> Optional[int]:
    """The end offset of the age ``t`` opens when ``t`` is its number, split from the rest ("the 51" / "-" /
    "year-old", or "51" / "-" / "year" / "-" / "old"), with nothing after it but a word that is no noun; else None."""
    doc = t.doc
    if not t.like_num or t.i + 2 >= len(doc) or doc[t.i + 1].text != "-":
        return None
    nxt = doc[t.i + 2]
    if nxt.lower_ in {"year-old", "month-old"}:
        last = nxt
    elif nxt.lower_ in {"year", "month"} and t.i + 4 < len(doc) and doc[t.i + 3].text == "-" and doc[t.i + 4].lower_ == "old":
        last = doc[t.i + 4]
    else:
        return None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return None  # "the 51-year-old man": the noun is the head, found as usual
    return last.idx + len(last.text)


def _place_from(tokens: list[Token]) -> Optional[ActorRef]:
    for t in tokens:
        if t.ent_type_ in {"GPE", "LOC", "FAC"} or t.pos_ == "PROPN":
            lo, hi = _np_range(t)
            span = t.doc[lo : hi + 1]
            return ActorRef(span.start_char, span.end_char, span.text, t.i)
    return None


def _is_place(t: Token) -> bool:
    return t.ent_type_ in {"GPE", "LOC", "FAC"}


# ---------------------------------------------------------------- finders


# the means an attack row may name as its object ("fire missile|rocket|mortar ...", "use gas|teargas|cannon")
_HIT_MEANS = frozenset({"mortar", "shell", "grenade", "battery", "artillery", "gas", "teargas", "cannon", "weapon", "bullet", "round",
                        "shot", "fire", "gunfire", "stone", "rock", "brick", "bottle", "bomb", "drone"})


def _verb_event(v: Token, row: LexEntry, sent: Span) -> EventCandidate:
    subjects, passive = _verb_subjects(v)
    vehicle = next((t.lemma_.lower() for t in subjects if not passive and is_vehicle(t)), None)
    # "a rocket fired from Lebanon", "the shells were fired at the village": what is fired is no target
    fired = passive and bool(subjects) and all(t.lemma_.lower() in _MISSILES for t in subjects)
    sources: list[Token]
    targets: list[Token]
    if passive and row.code in _MOVE_CODES and not _agent(v):
        sources, targets = subjects, []  # "the envoy was flown to Beijing": the one moved is the traveller
    elif passive:
        sources, targets = _agent(v), subjects
        if subjects and all(_instrument(t) for t in subjects):
            # "the sanctions imposed on Iraq", "a ban was placed against the party": the measure is not its target;
            # the one it is laid on is
            targets = [o for _, o in _prep_objects(v, ("on", "against")) if _party(o)] or subjects
        elif fired:
            targets = [o for _, o in _prep_objects(v, ("at", "on", "into", "against"))]  # what it is fired at
    else:
        sources, targets = subjects, []
    objs = _objects(v)
    place: Optional[ActorRef] = None
    if row.prep:
        pobjs = [o for _, o in _prep_objects(v, (row.prep,))]
        if row.objects:
            # "call for talks with X": the prep object is the event noun; target after it
            inner = [o for o in pobjs if o.lemma_.lower() in row.objects]
            extra = [x for o in inner for _, x in _prep_objects(o, _TARGET_PREPS)]
            # "fired tear gas at demonstrators": the object is the means, the preposition's object the target
            aimed = [o for o in pobjs if o.lemma_.lower() not in row.objects] if any(o.lemma_.lower() in row.objects for o in objs) else []
            # "clashed with police", "searching for the suspects": people as the row's object are the side acted on
            party = [o for o in inner if o.lemma_.lower() in _PEOPLE or o.lower_ in _LAW_WORDS]
            # "struck at Hezbollah positions": what an attack row's phrase names is hit
            hit = inner if row.code[:2] in {"18", "19", "20"} and row.prep in {"at", "on", "upon"} and not objs else []
            targets = targets or party or extra or hit or aimed or objs
        elif row.code in _MOVE_CODES and pobjs:
            place = _place_from(pobjs)
            targets = targets or pobjs
        else:
            clause_subj = [x for c in v.children if c.dep_ in {"advcl", "ccomp", "xcomp"}
                           if any(m.dep_ == "mark" and m.lower_ == row.prep for m in c.children)
                           for x in _child(c, _SUBJ)]
            if row.code[:2] == "17" and objs:
                pobjs = []  # "charged Kopp with attempted murder", "arrested two men for theft": the charge is no target
            if not pobjs and not objs and any(c.dep_ == "prt" and c.lower_ == row.prep for c in v.children):
                # "lashed out at the United States", "cracked down on protesters": a particle verb whose particle takes
                # an aimed-at phrase names in it whom it is aimed at (not a thing: "cracked down on corruption"; not a
                # place: "cordoned off the homes at 12 Elm Street", whose particle takes none)
                pobjs = [o for _, o in _prep_objects(v, _AIMED_PREPS.get(row.prep, ()))
                         if (_party(o) or is_person(o)) and not _site(o)]
            targets = targets or pobjs or objs or clause_subj
    elif row.objects:
        inner = [o for o in objs if o.lemma_.lower() in row.objects]
        # "released a large number of inmates", "freed some of the hostages": the ones counted are the row's object
        inner += [g for g in map(_group_of, objs) if g not in objs and g.lemma_.lower() in row.objects]
        # "provide $500 million in aid", "gave 100 million euros in loans": a sum given as the row's object
        inner += [x for o in objs if _sum_of_money(o) for _, x in _prep_objects(o, ("in",)) + _prep_objects(v, ("in",))
                  if x.lemma_.lower() in row.objects and x not in inner]
        extra = [x for o in inner for _, x in _prep_objects(o, _TARGET_PREPS)]
        # "lift the sanctions imposed on Iraq", "ended the curfew placed on the town": the participle on the object says
        # whom the measure is laid on
        extra += [x for o in inner for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN" and not _agent(a)
                  for _, x in _prep_objects(a, ("on", "against", "upon"))]
        extra += [x for _, x in _prep_objects(v, _TARGET_PREPS) if not _weapon_word(x)]  # not "returned fire with artillery"
        extra += _child(v, {"dative", "iobj"})
        if not any(_party(x) for x in extra):
            # "joined NATO", "left the African Union": a named body as the object is the side acted with
            # "identified different suspects", "freed the hostages": people as the object are the ones acted on
            # a row whose objects are people ("release prisoner|hostage|inmate", "train troop|soldier") acts on
            # whichever of them it names; not a row whose object is one's own forces moved or the act threatened or
            # used ("send more troops to the border", "withdraw its troops", "threatened attacks on government
            # offices", "retaliated with force"): those are no target, and the on/to phrase keeps its own
            people_row = row.lemma in _HARMING_FORCE_VERBS or (row.code[:2] not in _OWN_FORCE_ROOTS and not row.code.startswith(("087", "074")) and any(
                w in _PEOPLE for w in row.objects or ()))
            # a row of an attack whose objects are places or things hit ("struck a U.S. base in Syria", "targeted an army
            # post") acts on them; not on the weapon it fires ("fired missiles")
            hit_row = row.code[:2] in {"18", "19", "20"} and bool(row.objects) and not any(
                w in _MISSILES or w in _HIT_MEANS for w in row.objects or ())
            extra = [o for o in inner if o.pos_ == "PROPN" or o.ent_type_ in {"ORG", "GPE", "NORP"} or o.lemma_.lower() in _PEOPLE
                     or people_row or (hit_row and not _instrument(o))] or extra
        # a class object is the thing acted on ("boarded the tanker") or, for a
        # vehicle's passenger, the traveller ("the train carried his sister")
        classed = _class_objects(row, objs)
        if classed and any(OBJECT_ROLES.get(c) == "source" for c in row.objects or ()):
            sources = classed
            targets = extra
        elif classed and any(OBJECT_ROLES.get(c) == "given" for c in row.objects or ()):
            # "sent a rescue team to Nepal", "flew tents to the survivors": the ones given to, never the goods
            # (the to-phrase may hang on what the sum is given as: "gave 100 million euros [in loans to Greece]")
            given_as = [x for o in classed for _, x in _prep_objects(o, ("in",))]
            targets = targets or _given_to(v) or [x for g in given_as for _, x in _prep_objects(g, ("to",)) if _party(x)] or [
                x for x in extra if x not in classed]
        elif classed and any(OBJECT_ROLES.get(c) == "means" for c in row.objects or ()):
            # "used chemical weapons against Iranian troops", "bombed the town with poison gas": the weapon is the means,
            # the side or place it was used on the target
            # (the against-phrase may hang on the weapon: "used chemical weapons [against Iranian troops]")
            targets = targets or [o for o in objs if o not in classed] or [
                x for o in [v, *classed] for _, x in _prep_objects(o, _TARGET_PREPS if o is v else ("against", "on", "upon"))
                if x not in classed and not _weapon_word(x)]
        elif classed and any(OBJECT_ROLES.get(c) == "place" for c in row.objects or ()):
            # "captured the town of Palmyra from government forces": the place, and the side it was taken from
            named = [x for o in classed for _, x in _prep_objects(o, ("of",))]
            place = _place_from(named + classed) or _place_from([o for o in classed if _is_place(o)])
            if place is None:
                lo, hi = _np_range(classed[0])
                span = v.doc[lo : hi + 1]
                place = ActorRef(span.start_char, span.end_char, span.text, classed[0].i)
            # ... or, when no side is named, the place itself: its people, of its country ("captured the town of Mellit",
            # as "shelled the village": guidelines, section 3)
            # (the from-phrase may hang on the place: "captured the town of Kidal from government forces")
            taken_from = [x for o in [v, *classed] for _, x in _prep_objects(o, ("from",))]
            # (a weak row's place stays no side: "took Detroit to six games" is no conquest)
            targets = targets or taken_from or (classed if row.code[:2] in {"18", "19", "20"} and row.strong else [])
        else:
            targets = targets or classed or extra
    else:
        if not targets:
            targets = objs or _child(v, {"dative", "iobj"})
        if not targets and row.code[:2] == "04":
            targets = [o for p, o in _prep_objects(v, ("with",))]
    if row.code == "192" and any(t.lemma_.lower() == "control" for t in targets):
        # "seized control of the city of Wad Madani": the place taken, as "captured the town" (guidelines, section 3)
        targets = [x for t in targets if t.lemma_.lower() == "control" for _p, x in _prep_objects(t, ("of", "over"))] or targets
    if row.code in _MOVE_CODES and place is None:
        places = [t for t in targets if _is_place(t)]
        if places:
            place = _place_from(places)
    if row.code in _MOVE_CODES and place is None:
        place = _place_from([o for _, o in _prep_objects(v, _PLACE_PREPS) if _is_place(o)])
    if (row.code[:2] == "04" and row.code not in _MOVE_CODES or row.code in SYMMETRIC_CODES) and not any(_party(t) for t in targets):
        # "talked trade during a telephone call with Merkel": the other side is in the with-phrase of the verb or of
        # the occasion it names
        met = [o for p, o in _prep_objects(v, ("with",))]
        met += [x for p, o in _prep_objects(v, ("during", "in", "at", "on")) for _p, x in _prep_objects(o, ("with",))]
        met += [x for o in objs for _p, x in _prep_objects(o, ("with",))]  # "fought running battles with police"
        # (not the guns one fights with: "returned fire with artillery")
        met = [t for t in met if _party(t) and not _weapon_word(t)]
        if met:
            targets = met
    if (row.code in SYMMETRIC_CODES or row.code[:2] in SYMMETRIC_ROOTS and row.code not in _MOVE_CODES) and len(sources) >= 2:
        # "Annan and Aziz signed the accord": the two sides, not the accord, are the pair
        targets = [t for t in targets if _party(t)]
    if row.code[:2] in _JUDGING_ROOTS and not any(_party(t, plain=True) for t in targets):
        # "poured scorn on US intelligence claims", "praised the actions of the youngsters", "rejected Uganda's
        # demands": who made the claims, acted or asked is the one judged
        owners = [o for t in ([t for t in targets if t.ent_type_ not in {"DATE", "TIME"}] or objs) for o in _owners(t)]
        if not owners and not targets:
            # "poured scorn on US intelligence claims" (read as two objects); "complained that Russia's obstinacy was
            # hampering the council": the owner of the other object, or of the reported clause's subject
            owners = [o for t in _child(v, _OBJ) if t not in objs for o in _owners(t)]
            if not owners and row.code[:2] == "11":
                owners = [o for c in v.children if c.dep_ == "ccomp" for t in _child(c, _SUBJ) for o in _owners(t)
                          if o.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}]
            if not owners and not objs and subjects and not passive and row.code[:2] in _CLAUSE_AIMED_ROOTS:
                owners = _clause_aimed_at(v, subjects)
        if owners:
            targets = owners
    if row.prep == "of" and v.lemma_.lower() == "warn" and not passive:
        # "warning Iraq of military strikes": the one warned, not what it is warned of
        warned = [o for o in _child(v, _OBJ) if _party(o)]
        if warned:
            targets = warned
    if row.code.startswith("112") and v.lemma_.lower() == "blame":
        # "blamed the bombings on Chechen rebels", "the attacks were blamed on al-Qaeda": the one blamed
        blamed = [o for o in _blamed_on(v) if _party(o) or is_person(o)]
        if blamed:
            targets = blamed
    if row.code[:2] == "16" and not any(_party(t, plain=True) for t in targets):
        # "broke off diplomatic relations with Ecuador", "suspended ties with Venezuela": the other side of the ties;
        # "suspended the activities of the main opposition party": whose activities
        with_sides = [x for h in [v, *objs] for _p, x in _prep_objects(h, ("with",))]
        owners = [x for o in objs if not _party(o, plain=True) for _p, x in _prep_objects(o, ("of",))]
        found = [o for o in with_sides + owners if _party(o) or o.lemma_.lower() in _PEOPLE | _SENDING_BODIES]
        if found:
            targets = found
    if row.code[:2] in _VERBAL_ROOTS | _OFFER_ROOTS and not any(_party(t, plain=True) for t in targets):
        # "concerns had been shared with the U.S. government", "complained to regional authorities", "requested
        # clarification from the DMV", "to provide treatment to the children": the side spoken to, asked or given to
        sides = [o for p, o in [*_prep_objects(v, ("with", "to", "from")), *(x for o in objs for x in _prep_objects(o, ("from",)))]
                 if o.pos_ in {"PROPN", "NOUN", "PRON"}
                 and o.ent_type_ not in {"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"} and not _instrument(o)]
        if row.code[:2] in _OFFER_ROOTS:
            # "provide treatment to the children": the one given to, in the to-phrase the parser hung on what is given
            sides += [x for o in objs for _p, x in _prep_objects(o, ("to",)) if _party(x, plain=True) or is_person(x)]
        if sides:
            targets = list({t.i: t for t in [*targets, *sides]}.values())
    if _taking(row.code, v) and not any(_party(t) for t in targets):
        # "stole thousands of dollars from a charity", "jewellery was stolen from a woman", "seized guns from the gang":
        # the one it was taken from, not the thing taken (a place is where it was taken: "stolen from Chicago")
        robbed = [o for o in _taken_from(v, [*objs, *targets]) if _party(o) and o.ent_type_ not in {"GPE", "LOC", "FAC"}]
        # "tried to steal her purse", "stole the victim's car": the owner of the thing taken
        # (of the pronouns only "his" and "her": "their weapons" seized may be the seizers' own or any group's)
        robbed = robbed or [c for t in objs if not _party(t, plain=True) for c in t.children
                            if c.dep_ == "poss" and _party(c) and not _when(c) and c.ent_type_ not in {"GPE", "LOC", "FAC"}
                            and (c.pos_ != "PRON" or c.lower_ in {"his", "her"})]
        if robbed:
            targets = robbed
    if passive and not sources and (v.dep_ == "xcomp" or v.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)) \
            and v.head.lemma_.lower() in _COMMISSIONING and not _negated(v.head):
        # "the premier ordered the detainees to be freed": who orders it done does it
        orderers, ordered_passive = _verb_subjects(v.head)
        sources = [] if ordered_passive else orderers
    if passive and not sources and v.lemma_.lower() in _SENDING_AWAY:
        sources = _sent_away_by(v)  # "Angolans expelled from Congo": the state they were sent away from did it
    if passive and not sources and row.code[:2] in _LAW_ROOTS:
        sources = _reporting_law(v)  # "two men have been arrested, police said", "the car was searched, police said" (rule 23)
    if passive and not sources and row.code == "075":
        # "was granted asylum in Germany": the state it was granted in grants it
        sources = [o for _p, o in _prep_objects(v, ("in",)) if o.ent_type_ == "GPE"]
    if passive and not sources and row.code[:2] in _HARM_BY_CLAUSE_ROOTS:
        sources = _doers_in_clause(v, row, subjects)  # "was killed when two robbers emptied their pistols into the store"
    if passive and not sources and (row.code[:2] in _COURT_ROOTS or row.code.startswith(_COURT_CODES)):
        # "was convicted in federal court", "were granted bail in open court": the court the act was done in did it
        sources = [o for _, o in _prep_objects(v, ("in", "at", "by")) if o.lemma_.lower() in _COURTS]
    if row.code[:2] == "07" and not sources:
        # "aid has been delivered from the local administration and Jakarta": the from-phrase gives the aid
        givers = [o for _p, o in _prep_objects(v, ("from",)) if _party(o)]
        if givers:
            sources = givers
            targets = [t for t in targets if all(t.i != g.i for g in givers)]
    if row.code == "045" and not passive:
        # "Qatar mediated talks between Israel and Hamas": the sides it mediates between
        between = [x for o in objs for _p, x in _prep_objects(o, ("between", "among"))]
        if between:
            targets = between
    if row.lemma in _FENDING_OFF and not passive:
        # "repelled an attack by the Houthis on Taiz": the attackers are fought off, not the place they attacked
        attacks = [o for o in objs if o.pos_ == "NOUN"]
        if attacks:
            targets = [x for o in attacks for x in _attackers(o)]
    if row.code == "0841" and row.lemma in _SWAP_VERBS and not passive and len(subjects) >= 2:
        targets = []  # "Russia and Ukraine exchanged 90 prisoners": each frees the other's people
    if row.origin == "peacekeepers sent":  # "will deploy 1,500 soldiers to the peacekeeping mission": one's own troops are no side
        targets = [t for t in targets if t.lemma_.lower() not in _ARMED_SUBJECTS and t.lemma_.lower() != "peacekeeper"]
    if row.code.startswith("087") and not passive and not targets:
        # "a man surrendered to police", "the rebels surrendered to the army": the side yielded to
        targets = [o for _p, o in _prep_objects(v, ("to",)) if _party(o) or o.lemma_.lower() in _LAW_WORDS]
    if _caller_s_purpose(v) and not any(_party(t) for t in targets):
        # "summoned Iran's ambassadors to demand an explanation": demanded of them; "telephoned Harper to offer condolences"
        targets = _child(v.head, {"dobj"})
    if passive:
        # "three of the men were granted bail", "most of them were deported": the group counted undergoes the act. (Not
        # an active verb's subject or object: "some of the suspects were discussing it", "ordered ten of his men to
        # search" tell of acts inside one group, which are no events between actors)
        targets = [_counted(t) if t in subjects else t for t in targets]
        if fired:
            targets = [t for t in targets if not (t.dep_ == "pobj" and t.head.lower_ == "from")]  # "fired from Lebanon": a launch site
    anchor = v
    return EventCandidate(
        code=row.code,
        strong=row.strong,
        trigger_start=v.idx,
        trigger_end=v.idx + len(v.text),
        trigger_text=v.text,
        anchor_i=anchor.i,
        trigger_i=v.i,
        sentence=sent,
        sources=_refs(sources),
        targets=_refs(targets),
        place=place,
        negated=_negated(v) or (row.code.startswith(_VIOLENT) and _plotted(v)),
        entry=row,
        vehicle=vehicle,
    )


def _taking(code: str, v: Token) -> bool:
    """Does the verb ``v`` coded ``code`` take a thing from someone: theft and robbery (180 with a verb of stealing),
    seizing property (171)? Not an attack, an abduction or a hijacking (180 "attacked", 181, 182), whose from-phrase
    tells where the victim is from ("kidnapped an engineer from a Chinese company"), nor expelling or deporting people
    from a country (174), where the from-phrase is the place they leave."""
    return code.startswith("171") or (code == "180" and v.lemma_.lower() in _STEALING)


#: verbs of taking a thing that is not theirs (coded 180: settling rule 8)
_STEALING = frozenset({"steal", "rob", "mug", "burgle", "burglarize", "burglarise", "embezzle", "defraud", "swindle",
                       "shoplift", "snatch", "pilfer", "swipe", "grab", "take", "make"})


def _taken_from(v: Token, things: Sequence[Token]) -> list[Token]:
    """The objects of the from-phrases of the verb ``v`` and of the things taken ("stole jewellery from a woman",
    "stole thousands of dollars from a charity", "took cash from the till"). Not of a person taken ("seized a
    nurse from the Red Cross": where the person is from)."""
    things = [t for t in things if not _party(t, plain=True)]
    heads = [v, *things, *(g for t in things for _p, g in _prep_objects(t, ("of",)))]
    return [x for h in heads for _p, o in _prep_objects(h, ("from",)) for x in _conjuncts(o)]


#: Nouns of what is done to someone: their possessor is the one it is done to ("Kopp's arrest").
_PATIENT_NOUNS = frozenset({"arrest", "capture", "detention", "abduction", "kidnapping", "killing", "murder", "assassination",
                            "release", "execution", "extradition", "deportation", "expulsion", "rescue", "torture", "beating",
                            "shooting", "stabbing", "beheading", "lynching", "poisoning", "rape", "conviction", "sentencing",
                            "trial", "interrogation", "questioning", "impeachment", "prosecution", "indictment", "dismissal",
                            "ouster", "removal", "firing", "sacking", "arraignment", "acquittal", "slaying", "imprisonment",
                            "jailing", "incarceration", "internment", "confinement", "sentence"})
#: inquiries, whose person named by a compound is the one inquired into ("the Bin Laden investigation")
_PROBES = frozenset({"investigation", "probe", "inquiry", "enquiry"})
#: operations of the law a force named by a compound carries out ("a police raid"; "police custody" is a state, no act)
_SWEEPS = frozenset({"raid", "crackdown", "sweep", "search", "operation", "manhunt", "roundup"})
#: people an attack named by a compound is done to ("a teen assault", "tourist killings")
_VICTIM_NOUNS = frozenset({"teen", "teenager", "child", "girl", "boy", "woman", "tourist", "student", "worker", "journalist",
                           "civilian", "villager", "pilgrim", "worshipper", "refugee", "migrant", "passenger", "farmer"})


# heads of a possessor that does what the noun names rather than suffering it
_DOERS = frozenset({"army", "military", "regime", "government", "police", "force", "forces", "troops", "militia", "junta",
                    "state", "authorities", "administration", "rebels", "insurgents", "militants", "group", "cartel", "gang"})

#: common nouns of people who may own what is judged ("the actions of the youngsters", "the demands of the residents")
_PEOPLE = _VICTIM_NOUNS | _DOERS | frozenset({"youngster", "people", "resident", "official", "leader", "member", "supporter",
                                              "protester", "activist", "relative", "citizen", "voter", "minister", "lawmaker",
                                              "employee", "staff", "envoy", "diplomat", "ambassador", "delegate",
                                              "suspect", "attacker", "gunman", "killer", "bomber", "hostage", "prisoner",
                                              "detainee", "captive"})


# verbs that say who did a crime named in their prepositional phrase: the subject owns up to it ("pleaded guilty to
# murder", "confessed to the stabbing"); the one charged, convicted or accused did it ("was convicted of the killing",
# "charged Kopp with murder")
_OWNING_UP = frozenset({"plead", "confess", "admit"})
_CHARGING = {"charge": "with", "convict": "of", "accuse": "of", "suspect": "of", "indict": "for", "sentence": "for",
             "jail": "for", "arrest": "for", "prosecute": "for", "try": "for", "find": "of", "blame": "for", "acquit": "of", "clear": "of"}
#: verbs of owning up whose object is the fault the crime is named in ("claimed responsibility for the bombing")
_OWNING_NOUNS = frozenset({"responsibility", "credit"})
_OWNING_VERBS = frozenset({"claim", "take", "accept", "admit", "assume"})


def _blamed_on(v: Token) -> list[Token]:
    """Whom the verb "blame" ``v`` lays an act on: its on-phrase, also where the parser hangs it on the act blamed
    ("blamed the bombings on Chechen rebels", "the attacks were blamed on al-Qaeda")."""
    return [o for h in [v, *_objects(v), *_child(v, _SUBJPASS)] for _p, o in _prep_objects(h, ("on",))]


def _accused(n: Token) -> list[Token]:
    """Who did the crime the noun ``n`` names, by the verb its prepositional phrase hangs on (see above)."""
    if n.dep_ == "conj":
        return _accused(n.head)
    if n.dep_ == "dobj" and n.head.lemma_.lower() == "claim" and n.head.pos_ == "VERB":
        return _child(n.head, _SUBJ)  # "Al-Shabaab claimed the attack on the hotel"
    if n.dep_ in {"dobj", "nsubjpass"} and n.head.lemma_.lower() == "blame" and n.head.pos_ == "VERB":
        return _blamed_on(n.head)  # "Moscow blamed the bombings on Chechen rebels"
    if n.dep_ != "pobj" or n.head.dep_ != "prep":
        return []
    prep, v = n.head.lower_, n.head.head
    if prep == "for" and v.lemma_.lower() in _OWNING_NOUNS and v.dep_ in _OBJ and v.head.lemma_.lower() in _OWNING_VERBS \
            and not any(c.dep_ in _SUBJPASS | {"auxpass"} for c in v.head.children):
        return [t for t in _child(v.head, _SUBJ) if t.pos_ != "PRON" or t.lower_ in _PERSONAL]  # "Hamas claimed responsibility for the attack"
    if v.pos_ == "ADJ" and v.lower_ == "guilty":  # "found guilty of", "pleaded guilty to" with the phrase on "guilty"
        v = v.head
    if v.pos_ not in {"VERB", "AUX"}:
        return []
    lemma = v.lemma_.lower()
    passive = any(c.dep_ in _SUBJPASS | {"auxpass"} for c in v.children)
    if lemma in _OWNING_UP and prep in {"to", "of"} and not passive:
        return [t for t in _child(v, _SUBJ) if t.pos_ != "PRON" or t.lower_ in _PERSONAL]
    if _CHARGING.get(lemma) == prep or (lemma == "charge" and prep == "over"):  # "charged a man over a string of burglaries"
        return _child(v, _SUBJPASS) if passive else _objects(v)
    return []


# ---------------------------------------------------------------- crimes and charges

#: nouns of a charge: the crime they name is alleged ("theft charges", "on suspicion of fraud", "two counts of assault")
_CHARGE_NOUNS = frozenset({"charge", "count", "accusation", "allegation", "suspicion", "indictment"})
#: verbs that charge, hold or seek someone for a crime named in their prepositional phrase (gold-set guidelines, settling
#: rule 17): "charged with assault", "arrested on suspicion of", "wanted for the robbery"
_CHARGING_PREPS: dict[str, frozenset[str]] = {
    "charge": frozenset({"with", "in", "over"}), "accuse": frozenset({"of"}), "suspect": frozenset({"of", "in"}),
    "indict": frozenset({"for", "on", "in"}), "arrest": frozenset({"for", "on", "over", "in"}),
    "detain": frozenset({"for", "on", "over"}), "hold": frozenset({"on", "for"}), "book": frozenset({"for", "on"}),
    "prosecute": frozenset({"for"}), "try": frozenset({"for"}), "investigate": frozenset({"for"}),
    "want": frozenset({"for", "in"}), "remand": frozenset({"on"}), "face": frozenset({"over"}),
    "arraign": frozenset({"on", "for"})}
#: verbs that find someone guilty of a crime: it happened ("convicted of fraud", "jailed for affray")
_CONVICTING_PREPS: dict[str, frozenset[str]] = {
    "convict": frozenset({"of", "for"}), "jail": frozenset({"for"}), "imprison": frozenset({"for"}),
    "sentence": frozenset({"for"}), "find": frozenset({"of"}), "plead": frozenset({"to"}), "confess": frozenset({"to"}),
    "admit": frozenset({"to"})}
#: verbs of doing a crime, whose object is the crime charged ("accused of committing murder", "of plotting a coup")
_COMMITTING = frozenset({"commit", "plot", "plan", "carry", "perpetrate", "organize", "organise", "attempt"})
#: event nouns that, as the first word of a compound, only classify its head ("a cooperation plan")
_CLASSIFYING_ONLY = frozenset({"cooperation"})
#: talks and deals whose compound names what they are about ("the prisoner exchange negotiations")
_TALKED_ABOUT = frozenset({"negotiation", "talk", "talks", "deal", "agreement", "accord", "plan", "proposal", "offer", "bill",
                           "law", "framework", "process", "mechanism", "programme", "program"})
#: what warns of attacks or shelters from them: "air raid sirens", "a bomb shelter", "rocket alerts"
_ALARMS = frozenset({"siren", "shelter", "alarm", "alert", "warning", "drill", "bunker", "precaution"})
#: words that make a confrontation a fight between people: "the deadly confrontation", "Saturday's fatal confrontation"
_HARMFUL = frozenset({"deadly", "fatal", "violent", "bloody", "armed", "physical", "ensuing"})


#: who a specific attack leaves behind: "the bombing victims", "the blast survivors"
_LEFT_BEHIND = frozenset({"victim", "survivor"})
#: meeting the people an attack left behind: "met with bombing victims", "visited blast survivors in hospital"
_MEETING_THEM = frozenset({"meet", "visit", "comfort", "console", "treat"})


def _victims_of_it(n: Token, row: LexEntry) -> bool:
    """Does the attack noun ``n`` name the attack its head's people suffered ("the bombing victims", "Monday's blast
    survivors"), one happening (a strong attack row), rather than classify them ("riot police", "theft victims" of no
    one theft, "gives bombing victims the right to compensation": a class of people)? A determiner, an owner, a date
    or place word, or a meeting with them ("met with bombing victims at the hospital") makes it one attack."""
    if not (row.strong and row.code[:2] in {"18", "19", "20"} and n.head.lemma_.lower() in _LEFT_BEHIND):
        return False
    people = n.head
    met = people.head.head if people.dep_ == "pobj" and people.head.lower_ == "with" else people.head if people.dep_ in _OBJ else None
    if met is not None and met.lemma_.lower() in _MEETING_THEM:
        return True
    return any((c.dep_ in {"det", "poss"} and c.lower_ not in {"any", "all", "some", "no", "every"})
               or (c.i < n.i and c.ent_type_ in {"DATE", "GPE", "LOC", "FAC", "NORP"}) for c in n.head.children) or any(
        c.ent_type_ in {"DATE", "GPE", "LOC", "FAC", "NORP"} for c in n.children if c.dep_ in {"compound", "amod", "poss", "nmod"})


#: verbs whose object threats were made or received: "received threats", "faced threats", "letters that contained threats"
_THREAT_HOLDERS = frozenset({"receive", "face", "contain", "make", "issue", "send", "report"})


def _likened_someone(v: Token, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Is what ``v`` ("liken") likens a person, a group or a side ("likened the president to a dictator", "likening the
    refugees to an army"), not a thing ("likened the new stadium to a palace")?"""
    def someone(t: Token) -> bool:
        return _a_person(t, actor_noun) or is_person(t) or _party(t) or t.lemma_.lower() in _PEOPLE

    likened = _child(v, _OBJ | _SUBJPASS)
    if any(someone(o) or any(someone(w) for _, w in _prep_objects(o, ("of",))) for o in likened):
        return True  # "the president", "the situation of illegal immigrants"
    # likened to people: "likening illegals to WWII Jews", "to that of Jews under the Nazi occupation"
    return bool(likened) and any(t.ent_type_ in {"PERSON", "NORP"} or is_person(t)
                                 for p in v.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree)


def _threats_received(n: Token, actor_noun: Optional[Callable[[Token], bool]] = None) -> bool:
    """Are the threats ``n`` ones made or received ("received threats from ...", "has faced abuse and threats"), not a
    danger weighed ("faces the threat of relegation", "the threat of rain")?"""
    if _prep_objects(n, ("of",)):
        return False
    while n.dep_ == "conj" and n.head.i < n.i:
        n = n.head
    if not (n.dep_ in _OBJ and n.head.lemma_.lower() in _THREAT_HOLDERS):
        return False
    if n.head.lemma_.lower() != "face":
        return True
    # "faces threats" are threats received only by a person, in the plural, and from people if from anyone: not "coral
    # reefs face threats from warming seas", "the company faces threats from cheaper rivals", "Pakistan faces a threat"
    threats = [n, *_conjuncts(n)]
    if not any(t.tag_ in {"NNS", "NNPS"} for t in threats):
        return False
    holders = _verb_subjects(n.head)[0]
    if not holders or not all((is_person(h) or _a_person(h, actor_noun) or h.lower_ in {"he", "she", "i", "we", "they"})
                              and h.ent_type_ not in {"GPE", "ORG"} for h in holders):
        return False
    return all(is_person(o) or _a_person(o, actor_noun) or _party(o, plain=True) or o.lemma_.lower() in _DOERS
               for t in threats for _, o in _prep_objects(t, ("from",)))


#: what makes an act a crime by law: "make voter intimidation a felony", "made intimidation illegal", "made it a federal crime to attack a clinic"
_OFFENCES = frozenset({"crime", "felony", "offence", "offense", "misdemeanor", "misdemeanour", "illegal", "unlawful", "criminal",
                       "punishable"})


def _made_a_crime(n: Token) -> bool:
    """Is the act noun ``n`` what a law makes an offence ("would make voter intimidation a felony", "makes intimidation of
    election workers a crime"): a kind of act named, no happening?"""
    while n.dep_ == "conj" and n.head.i < n.i:
        n = n.head
    if n.dep_ in _SUBJ and n.head.lemma_.lower() in _OFFENCES and n.head.dep_ in {"ccomp", "xcomp", "oprd"}:
        return n.head.head.lemma_.lower() == "make"
    return n.dep_ in _OBJ and n.head.lemma_.lower() == "make" and any(
        c.i > n.i and c.lemma_.lower() in _OFFENCES for c in n.head.children if c.dep_ in _OBJ | {"oprd", "ccomp", "xcomp", "acomp"})


def _violent_confrontation(n: Token) -> bool:
    """Is the confrontation ``n`` a fight (182): one its words call harmful ("the deadly confrontation"), or the one
    during which something happened ("armed themselves during this confrontation")? Not a stand-off between states,
    parties or characters ("a military confrontation with Iran", "a confrontation with the unions")."""
    if any(c.dep_ == "amod" and c.lower_ in _HARMFUL for c in n.children):
        return True
    return n.dep_ == "pobj" and n.head.lower_ == "during" and any(c.dep_ == "det" and c.lower_ in {"this", "that"} for c in n.children)
#: crimes only when named in a charge ("charged with aggravated battery"; "a car battery" is none)
_CHARGE_ONLY = frozenset({"battery", "homicide", "violence", "activity", "abuse", "espionage", "spying", "treason", "sedition",
                          "subversion", "bribery", "smuggling", "laundering", "extortion", "racketeering",
                          "perjury", "obstruction", "evasion"})  # "the fourth homicide of the year" is a tally;
# "violence charges", "a charge of organized criminal activity" (violence and activity elsewhere name no one act)
#: of those, the nouns charge-only as the bare word: their multi-word rows ("child abuse", "sexual abuse") are crimes anywhere
_CHARGE_ONLY_BARE = frozenset({"abuse"})


def _charge_only(tok: Token, row: LexEntry) -> bool:
    """Is the crime noun ``tok`` (matched by ``row``) one that names a crime only inside a charge or a verdict ("battery",
    the bare "abuse"; not the row "child abuse")?"""
    lemma = tok.lemma_.lower() if tok.lemma_.lower() in _CHARGE_ONLY else tok.lower_  # a gerund as written: "smuggling"
    return lemma in _CHARGE_ONLY and not (lemma in _CHARGE_ONLY_BARE and len(row.lemma.split()) > 1)


def _one_homicide(n: Token) -> bool:
    """Is "homicide" one killing the text goes on telling ("the homicide", "this homicide"), not a tally ("the fourth
    homicide of the year", "homicides rose"), a kind of case ("a homicide detective") nor a charge word?"""
    if n.lemma_.lower() != "homicide" or n.tag_ != "NN" or n.dep_ == "compound":
        return False
    if any(c.dep_ in {"amod", "nummod"} and (c.like_num or c.ent_type_ in {"ORDINAL", "CARDINAL"} or c.lower_ in {"latest", "last", "first"})
           for c in n.children):
        return False  # "the fourth homicide", "the city's 12th homicide", "the latest homicide" of a count
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.ent_type_ == "DATE" or o.lemma_.lower() in {"year", "month", "week"}
                                                        for o in c.children) for c in n.children):
        return False  # "the first homicide of the year"
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in n.children)


#: crime nouns that, as the first word of a compound, only classify its head ("fraud prevention tips", "identity theft
#: insurance", "an assault rifle") unless the head is a charge, a case or a series of them ("a burglary spree")
_CLASSIFYING_CRIMES = frozenset({"theft", "stealing", "burglary", "break-in", "larceny", "embezzlement", "fraud", "shoplifting",
                                 "battery", "robbery", "mugging", "arson", "vandalism", "assault", "homicide", "affray", "brawl"})
_CRIME_SERIES = _CHARGE_NOUNS | {"spree", "wave", "string", "series", "case", "attempt", "scheme", "incident", "conviction",
                                 "complaint", "report", "offence", "offense"}
#: words that make a charge criminal ("felony charges", "arms charges", "charges of being intoxicated")
_CRIMINAL = frozenset({"criminal", "felony", "misdemeanor", "misdemeanour", "drug", "drugs", "weapon", "weapons", "arms",
                       "firearm", "firearms", "terrorism", "terror", "terrorist", "corruption", "bribery", "espionage", "treason",
                       "sedition", "smuggling", "trafficking", "manslaughter", "conspiracy", "murder", "dui", "dwi", "gun",
                       "possession", "extortion", "money-laundering", "laundering", "perjury", "obstruction", "contempt",
                       "public", "order", "disorderly", "intoxication"})
#: verbs whose object "charges" are criminal ones: "faces charges", "filed charges", "pressed charges"
_CHARGE_VERBS = frozenset({"face", "file", "bring", "press", "lay", "level", "deny", "plead", "add", "upgrade", "reduce",
                           "drop", "dismiss", "withdraw", "announce", "issue"})


def _crime_row(row: LexEntry) -> bool:
    """Does the row name a crime one can be charged with (assaults, killings, thefts, arson, hacking)?"""
    return row.code[:2] in {"18", "20"} or row.code in {"1712", "176"}


def _ending(n: Token) -> bool:
    """Is the event noun ``n`` the subject of a verb that tells it ends or eases ("few here think the unrest will end
    soon", "the fighting may subside")? The happening is under way; the future is its end's."""
    return n.dep_ == "nsubj" and n.head.lemma_.lower() in WANING_VERBS and not any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "any", "no"} for c in n.children) and not _child(n.head, _OBJ)


def _charged(n: Token) -> Optional[str]:
    """How a crime noun ``n`` is named: in a charge, suspicion or accusation ("charged with assault", "theft charges",
    "on suspicion of fraud": ``"alleged"``), in a conviction ("convicted of fraud", "jailed for affray": ``"proven"``);
    None when in neither. Each crime of a list counts ("charged with assault and theft")."""
    if n.lemma_.lower() not in _CHARGE_NOUNS and any(c.dep_ == "conj" and c.lemma_.lower() in _CHARGE_NOUNS for c in n.children):
        return "alleged"  # "arraigned on murder and other charges"
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    h = n.head
    if n.pos_ in {"VERB", "AUX"} and n.dep_ in {"acl", "ccomp"} and h.lemma_.lower() in _CHARGE_NOUNS | {"claim", "allegation"}:
        if h.lemma_.lower() in _CHARGE_NOUNS and h.dep_ == "pobj":
            return _charge_upheld(h)  # "his conviction on charges that he assaulted two girls": proven
        return "alleged"  # "on charges he raped a girl", "allegations that he stole"
    if n.dep_ == "nsubj" and h.dep_ == "pcomp" and h.tag_ == "VBG":
        n, h = h, h.head  # "charged with assault causing harm": the parser made the crime the subject of "causing"
    if n.dep_ == "dobj" and h.dep_ == "pcomp" and h.tag_ == "VBG" and h.lemma_.lower() in _COMMITTING:
        n, h = h, h.head  # "accused of plotting a coup and terrorist acts", "charged with committing murder"
    if n.dep_ in {"compound", "amod", "nmod"} and h.i > n.i:
        if h.lemma_.lower() in _CHARGE_NOUNS:
            return _charge_upheld(h)
        if h.dep_ in {"compound", "amod"} and h.head.i > h.i and h.head.lemma_.lower() in _CHARGE_NOUNS:
            return _charge_upheld(h.head)  # "the sexual assault charge" parsed as a chain of compounds
        if h.lemma_.lower() in _TRIED_IN_NOUNS and not any(c.dep_ == "amod" and c.lower_ in _RECORD_WORDS for c in h.children):
            return "alleged"  # "the murder trial of a factory worker", "a double murder arraignment": the crime tried
    if n.dep_ not in {"pobj", "pcomp"} or h.dep_ not in {"prep", "agent"}:
        return None
    ranged = _range_of_charges(h)
    if ranged is not None:
        return ranged
    prep, g = h.lower_, h.head
    if g.pos_ in {"NOUN", "PROPN"} and g.lemma_.lower() in _CHARGE_NOUNS and prep in {"of", "for"}:
        return _charge_upheld(g)
    if g.pos_ == "NOUN" and g.lemma_.lower() in _HELD_FOR_NOUNS and prep in {"for", "over"} and not any(
            c.dep_ == "poss" or c.lower_ in _RECORD_WORDS for c in g.children):
        return "alleged"  # "under arrest for the murder of a deputy", "due in court over the murders", "on trial for fraud"
    if g.pos_ == "NOUN" and g.lemma_.lower() in _VERDICT_NOUNS and (prep in {"of", "for"} or (
            prep == "on" and n.lemma_.lower() in _CHARGE_NOUNS)):
        if _criminal_record(g, n):
            return None  # "had prior convictions for assault": a record, no one act
        return "proven"  # "serving a five-year sentence for abuse", "his conviction for fraud"
    if (g.pos_ == "VERB" and g.lemma_.lower() in _CHARGE_LINKS and prep == "to"
            and any(s.lemma_.lower() in _CHARGE_NOUNS for s in _child(g, _SUBJ))):
        return "alleged"  # "the charges relate to abuse committed in 2001"
    if g.pos_ == "ADJ" and g.lower_ == "guilty":
        if any(c.dep_ == "neg" for c in (*g.children, *g.head.children)):
            return "alleged"  # "found not guilty of murder", "pleaded not guilty to": the charge stands unproven
        return "proven"  # "found guilty of", "pleaded guilty to" with the phrase on "guilty"
    while g.pos_ in {"NOUN", "PROPN"} and g.dep_ == "conj" and g.head.i < g.i:
        g = g.head  # on the last of those charged: "charging Angela Martin and Edward Bosire [with mail fraud]"
    if g.pos_ in {"NOUN", "PROPN"} and g.dep_ in _OBJ and g.head.pos_ in {"VERB", "AUX"}:
        g = g.head  # the parser hangs the phrase on the one charged: "charged [an Edmonton woman with fraud]"
    elif g.ent_type_ in {"DATE", "TIME"} and g.dep_ in {"npadvmod", "nmod", "dobj"} and g.head.pos_ in {"VERB", "AUX"}:
        g = g.head  # or on a date between: "was convicted [Nov. 12 of first-degree murder]"
    elif g.ent_type_ in {"DATE", "TIME"} and g.dep_ == "pobj" and g.head.head.pos_ in {"VERB", "AUX"}:
        g = g.head.head  # "was convicted on [Friday of murder]"
    elif (prep == "of" and g.pos_ in {"NOUN", "PROPN"} and g.dep_ == "pobj" and g.head.head.pos_ in {"VERB", "AUX"}
          and g.lemma_.lower() in {"court", "trial", "jury", "judge", "tribunal"}):
        g = g.head.head  # or on the object of the phrase before: "convicted [in federal court of wire fraud]"
    if g.pos_ in {"VERB", "AUX"}:
        lemma = g.lemma_.lower()
        if prep in _CONVICTING_PREPS.get(lemma, ()):
            return "alleged" if any(c.dep_ == "neg" for c in g.children) else "proven"
        if prep in _CHARGING_PREPS.get(lemma, ()):
            return "alleged"
    return None


def _charge_upheld(charge: Token) -> str:
    """A crime named in a charge noun is alleged, unless the charge itself is named in a conviction: "was convicted
    of two counts of abuse", "pleaded guilty to charges of assault" (proven)."""
    while charge.dep_ == "conj" and charge.head.i < charge.i:
        charge = charge.head  # "guilty of two counts of murder and one count of attempted murder"
    return "proven" if charge.dep_ == "pobj" and _charged(charge) == "proven" else "alleged"


def _range_of_charges(prep: Token) -> Optional[str]:
    """How the crimes at the two ends of a range of charges are named ("charged with a variety of felony charges, from
    bigamy to child abuse", "faces charges ranging from fraud to assault"): as the charge or verdict the range hangs on
    names them; None when ``prep`` is no "from ... to" phrase on one."""
    if prep.lower_ == "to" and prep.head.lower_ == "from":
        prep = prep.head
    if prep.lower_ != "from" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in prep.children):
        return None
    g = prep.head
    if g.lemma_.lower() in {"range", "vary"} and g.dep_ == "acl":
        g = g.head  # "charges ranging from ... to ..."
    if g.lemma_.lower() in _CHARGE_NOUNS:
        return "alleged"
    if g.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = g.lemma_.lower()
    if lemma in _CONVICTING_PREPS:
        return "alleged" if any(c.dep_ == "neg" for c in g.children) else "proven"
    if lemma in _CHARGING_PREPS or any(o.lemma_.lower() in _CHARGE_NOUNS for o in _child(g, _OBJ)):
        return "alleged"  # "were charged ..., from X to Y", "face several charges, from X to Y"
    return None


#: nouns of a trial a crime names by a word before them ("a murder trial", "the fraud case", "a murder arraignment")
_TRIED_IN_NOUNS = frozenset({"trial", "arraignment", "hearing", "retrial", "indictment", "prosecution"})
#: nouns of being held or tried for a crime: the crime their for- or over-phrase names is alleged ("under arrest for the
#: murder", "in custody over the killings", "on trial for fraud", "due in court over the deaths")
_HELD_FOR_NOUNS = frozenset({"arrest", "custody", "trial", "court", "hearing", "arraignment", "remand", "detention"})
#: nouns of a verdict: the crime their for-phrase names happened ("a sentence for abuse", "a conviction for fraud")
_VERDICT_NOUNS = frozenset({"sentence", "conviction", "term"})
#: verdicts and arrests that, in the plural or with these words, make up a criminal record ("prior convictions for
#: assault", "a history of arrests for theft"), and the nouns of a record itself
_RECORD_NOUNS = frozenset({"conviction", "arrest"})
_RECORD_WORDS = frozenset({"prior", "previous", "past", "earlier", "former"})
_RECORDS = frozenset({"history", "record"})


def _criminal_record(g: Token, crime: Token) -> bool:
    """Is the verdict or arrest noun ``g`` part of a criminal record ("had prior arrests and convictions for assault",
    "two previous convictions for theft", "a history of arrests for burglary", "his convictions for fraud"), so that the
    crime ``crime`` its for-phrase names is a kind of offence, no one act that happened? A definite crime stays one act
    ("their convictions for the 1998 bombing")."""
    if any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"} or c.dep_ == "nummod" and c.ent_type_ == "DATE"
           for c in crime.children):
        return False
    if _on_record(g):
        return True
    first = g
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    # "had convictions for fraud" (not "his convictions for fraud were overturned": those verdicts told)
    return any(t.tag_ == "NNS" and t.lemma_.lower() in _RECORD_NOUNS for t in {g, first}) and not any(
        c.dep_ in {"poss", "det"} and c.lower_ not in {"a", "an", "no", "any", "some"} for c in first.children)


def _on_record(g: Token) -> bool:
    """Do words make the verdict or arrest noun ``g`` a past record ("prior convictions", "two previous arrests", "a
    history of arrests"), no one verdict or arrest told?"""
    first = g
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "prior arrests and convictions": the words on the first of the list
    if any(c.dep_ in {"amod", "advmod", "compound"} and c.lower_ in _RECORD_WORDS for t in {g, first} for c in t.children):
        return True
    if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.lemma_.lower() in _RECORD_NOUNS:
        return _on_record(first.head.head)  # "prior arrests for convictions for assault"
    return first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _RECORDS


def _record_crime(n: Token) -> bool:
    """Is the crime noun ``n`` the offence a criminal record lists ("prior arrests for burglary", "a history of convictions
    for assault")? Such a crime names a kind of offence, no one act (see _criminal_record)."""
    while n.dep_ == "conj" and n.head.i < n.i:
        n = n.head
    if n.dep_ != "pobj" or n.head.lower_ not in {"for", "of"}:
        return False
    g = n.head.head
    return g.pos_ == "NOUN" and g.lemma_.lower() in _RECORD_NOUNS | _VERDICT_NOUNS and _criminal_record(g, n)
#: verbs that tie a charge to the crime it names: "the charges pertain to abuse", "relate to thefts"
_CHARGE_LINKS = frozenset({"pertain", "relate"})
#: verbs whose subject is the one charged though the verb is active: "he faces charges", "five appear in court on charges"
_CHARGED_SUBJECT_VERBS = frozenset({"face", "plead", "deny", "admit", "confess", "appear", "stand", "go", "remain", "await"})


def _charged_ones(n: Token) -> list[Token]:
    """Who a charge, suspicion or conviction names as the doer of the crime ``n`` (settling rule 17): the one charged.

    "Both were charged with assault", "detectives charged a woman with fraud", "a grand jury indicted Smith on
    charges of murder", "three face charges of arson", "supporters accused of plotting a coup".
    """
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    if n.dep_ == "dobj" and n.head.dep_ == "pcomp" and n.head.lemma_.lower() in _COMMITTING:
        n = n.head  # "accused of carrying out assaults": the one accused, not the assaults
    g = n
    for _ in range(4):  # up the crime's phrase to the verb, or the charge noun, that names it
        if g.head.i == g.i:
            break
        g = g.head
        if g.pos_ in {"VERB", "AUX"} or g.lemma_.lower() in _CHARGE_NOUNS or g.lower_ == "guilty":
            break
    if g.lower_ == "guilty":  # "a jury found [John Smith guilty] of murder": the small clause's subject
        found = _child(g, _SUBJ)
        if found:
            return _conjuncts(found[0])
    if g.lemma_.lower() in _CHARGE_NOUNS:  # "charges against John Smith": the one charged, whoever brings them
        against = [o for _p, o in _prep_objects(g, ("against",))]
        if against:
            return _conjuncts(against[0])
    trial = n.head if n.dep_ in {"compound", "amod", "nmod"} and n.head.i > n.i else None
    if trial is not None and trial.pos_ == "NOUN" and trial.lemma_.lower() in _TRIED_IN_NOUNS:
        # "the murder trial of a factory worker": the one tried; "a witness in the robbery trial" names no one
        tried = [o for _p, o in _prep_objects(trial, ("of", "against")) if is_person(o) or _party(o)]
        return _conjuncts(tried[0]) if tried else []
    for _ in range(4):  # from a charge noun ("on charges of", "murder charges") up to the verb that holds it
        if g.pos_ in {"VERB", "AUX"} or g.head.i == g.i or g.dep_ not in {"pobj", "prep", "dobj", "compound", "amod", "conj", "acomp",
                                                                        "nsubjpass", "ccomp", "oprd", "xcomp"}:
            break
        g = g.head
    if g.pos_ not in {"VERB", "AUX"}:
        return []
    g = _absolute_host(g)
    subjects, passive = _verb_subjects(g)
    lemma = g.lemma_.lower()
    if any(t.lemma_.lower() in _HELD_FOR_NOUNS and t.pos_ == "NOUN" for t in _path_up(n, g)) and \
            lemma not in _STAYING | {"appear", "stand", "face", "go", "await"}:
        return []  # "he talked about a trial for the agent's slaying": the talker is not the one tried
    if passive or lemma in _CHARGED_SUBJECT_VERBS or any(o.lemma_.lower() in _VERDICT_NOUNS for o in _child(g, _OBJ)):
        return subjects  # "he faces charges", "she is serving a sentence for abuse": the subject
    objs = [o for o in _child(g, _OBJ) if o.lemma_.lower() not in _CHARGE_NOUNS]  # not the charges themselves
    if objs:
        return _conjuncts(objs[0])
    return [] if lemma in _CHARGING_PREPS or lemma in _CONVICTING_PREPS or _child(g, _OBJ) else subjects


def _path_up(t: Token, top: Token) -> list[Token]:
    """The tokens from ``t``'s head up to ``top`` (not ``top``), or every ancestor when ``top`` is not one."""
    out = []
    for a in t.ancestors:
        if a.i == top.i:
            break
        out.append(a)
    return out


#: nouns of a death that a charge or conviction can name as the killing it alleges ("charged in the death of X")
_DEATH_NOUNS = frozenset({"death", "deaths"})


def _charged_death(n: Token, lex: Lexicon) -> Optional[LexEntry]:
    """A death named by a charge or conviction is the killing the charge alleges (1823; settling rule 17).

    "charged in the death of X", "arrested in the abduction and death of X", "convicted for the death of X", "charged
    with murder in the death of X" (the crime is then coded once, on the death: :func:`_named_again`). A death told
    outside a charge ("after his death", "mourned the death of") stays no event: it may be natural.
    """
    if _death_charge(n, lex) is None:
        return None
    return LexEntry("N", "death", None, None, False, "1823", True, origin="death in a charge")


def _death_charge(n: Token, lex: Lexicon) -> Optional[Token]:
    """The word whose charge names the death ``n``: ``n`` itself ("charged in the death of"), the charge noun ("murder
    charges in the death of") or the crime charged ("charged with murder in the death of"); None when no charge names it."""
    if n.lemma_.lower() not in _DEATH_NOUNS or n.dep_ not in {"pobj", "conj"}:
        return None
    if _charged(n) is not None:
        return n
    h = n
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.dep_ != "pobj" or h.head.dep_ != "prep" or h.head.lower_ not in {"in", "over", "for"}:
        return None
    holder = h.head.head
    if holder.lemma_.lower() in {"connection", "relation"} and holder.dep_ == "pobj" and holder.head.dep_ == "prep":
        holder = holder.head.head  # "charged with murder in connection with the death of X"
    if holder.lemma_.lower() in _CHARGE_NOUNS and _charged_ones(holder):
        return holder  # "murder charges in the death of X", "faces charges over the death of X"
    if holder.lemma_.lower() in _SUSPECT_NOUNS and h.head.lower_ == "in":
        return holder  # "a suspect in the death of X": the killing he is suspected of
    if holder.pos_ in {"VERB", "AUX"} and holder.lemma_.lower() in _CHARGING_PREPS.keys() | _CONVICTING_PREPS.keys() and any(
            _charged(o) is not None for c in holder.children if c.dep_ == "prep" for o in c.children if o.dep_ in {"pobj", "pcomp"}):
        return holder  # "convicted [of manslaughter] [in the death of X]": the verb names the crime and the death
    crime = _match_noun(holder, lex) if holder.pos_ in {"NOUN", "PROPN"} else None
    if crime is not None and _crime_row(crime) and _charged(holder) is not None:
        return holder  # "charged with [murder] [in the death of X]"
    return None


def _absolute_host(v: Token) -> Token:
    """The clause verb a with-absolute hangs on ("arraigned ..., [with bond set at $5,000] on the theft charge": the
    one arraigned is the one charged, not the bond), else ``v``. Only a participle that sets a thing (no name, no word
    for people) at an amount, under a with-phrase of another verb."""
    def thing(t: Token) -> bool:
        return t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() not in _PEOPLE

    if v.tag_ not in {"VBN", "VBD"} or not any(o.ent_type_ in {"MONEY", "CARDINAL"} or o.like_num for _p, o in _prep_objects(v, ("at",))):
        return v  # an amount the measure is set at: "with bond set at $5,000", "with bail fixed at 2,000 euros"
    h = v.head
    if v.dep_ == "pcomp" and all(thing(s) for s in _child(v, _SUBJ)):
        pass  # "with [bond set at $5,000]": the parser made the participle the with-phrase's object
    elif v.dep_ == "acl" and thing(h) and h.dep_ == "pobj":
        h = h.head  # "with [bond] fixed at $1,500": or hung the participle on the noun
    else:
        return v
    if h.dep_ == "prep" and h.lower_ == "with" and h.head.pos_ in {"VERB", "AUX"} and h.head.i != v.i:
        return h.head
    return v


#: CAMEO codes of killings: a death a charge names is one of these again ("murder in the death of X")
_KILLINGS = ("182", "186", "20")


#: roots of one kind of happening: a violent act named again as another (a killing "was the third attack")
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def _said_again_by_copula(n: Token, row: LexEntry, lex: Lexicon) -> bool:
    """Is the event noun ``n`` what a copula says its subject was ("the killing was the third attack on a police officer",
    "the alleged stabbing would be his third attack against her")? The happening is the subject's, coded once."""
    if n.dep_ != "attr" or n.head.lemma_.lower() != "be":
        return False
    for s in _child(n.head, {"nsubj"}):
        other = _match_noun(s, lex) if s.pos_ in {"NOUN", "PROPN"} else None
        if other is not None and (other.code[:2] == row.code[:2] or {other.code[:2], row.code[:2]} <= _VIOLENT_ROOTS):
            return True
    return False


#: words that rank a happening among others of its kind: "the third attack", "the deadliest blast", "the latest raid"
_RANKING = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "worst", "deadliest", "biggest", "largest",
                      "bloodiest", "most"})


def _classed_by_copula(n: Token) -> bool:
    """Is the definite event noun ``n`` the subject of a modal copula that ranks it ("the alleged stabbing would be his
    third attack", "the bombing could be the deadliest since 2005")? The modal hedges the ranking, not the happening."""
    cop = n.head
    if n.dep_ != "nsubj" or cop.lemma_.lower() != "be" or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in cop.children):
        return False
    if not any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in n.children):
        return False  # "an attack on Iran would be a disaster": what would happen
    return any(c.dep_ == "attr" and any(m.lower_ in _RANKING or m.tag_ == "JJS" or m.ent_type_ == "ORDINAL" for m in c.subtree)
               for c in cop.children)


def _named_again(n: Token, lex: Lexicon) -> bool:
    """Does the charge name the happening of its crime again ("charged with murder in the death of X", "with attempted
    murder in the 1995 shooting of Y")? That happening is coded once, on the other mention (settling rule 17)."""
    own = _match_noun(n, lex) if n.pos_ in {"NOUN", "PROPN"} else None
    killing = own is None or own.code.startswith(_KILLINGS)  # a death names a killing again, not an abduction or a theft
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    holders = [n]
    if n.dep_ == "pobj" and n.head.dep_ == "prep":
        holders.append(n.head.head)  # "charged [with murder] [in the death of X]"
    if n.dep_ in {"compound", "amod", "nmod"} and n.head.i > n.i:
        holders.append(n.head)  # "[murder charges] [in the death of X]"
    if holders[-1].dep_ in _OBJ and holders[-1].head.pos_ in {"VERB", "AUX"}:
        holders.append(holders[-1].head)  # "faces [murder charges] in connection with the death of X"
    elif holders[-1].lower_ == "guilty" and holders[-1].dep_ in {"oprd", "acomp", "xcomp"} and holders[-1].head.pos_ in {"VERB", "AUX"}:
        holders.append(holders[-1].head)  # "found [guilty of murder] [in the stabbing of X]" (a crime noun: a death
        killing = False                   # after a guilty plea is not coded on its own, so the crime charged stays)

    def same_crime(t: Token) -> bool:
        """Is ``t`` a verb of the crime the charge names: a killing for a killing, else the same root?"""
        row = _match_verb(t, lex) if t.pos_ in {"VERB", "AUX"} else None
        return row is not None and _crime_row(row) and (
            row.code.startswith(_KILLINGS) if killing else own is not None and row.code[:2] == own.code[:2])

    last = holders[-1]
    if last.pos_ in {"VERB", "AUX"}:
        # "a former employee who opened fire at a party and killed one man has been charged with murder": the one charged
        # is told doing it in a relative clause, and the crime is coded there
        charged_ones = [x for c in last.children if c.dep_ in _SUBJ | _SUBJPASS for x in _conjuncts(c)]
        for c in charged_ones:
            if any(same_crime(t) for rel in c.children if rel.dep_ == "relcl" for t in (rel, *rel.conjuncts)):
                return True
    for h in holders:
        if h.lemma_.lower() in _TRIED_IN_NOUNS:
            # "the murder trial of a worker who allegedly shot and killed two co-workers": the sentence names it again,
            # "awaiting a double murder arraignment after police arrested him on charges he killed his mother": any
            # verb of the crime in the sentence
            if any(t.i != n.i and same_crime(t) for t in h.sent):
                return True
            if killing and any(t.i != n.i and t.pos_ == "NOUN" and t.lemma_.lower() in _DEATH_NOUNS and t.dep_ == "pobj"
                               and t.head.lower_ == "in" and t.head.head.lemma_.lower() in _CHARGING_PREPS for t in h.sent):
                return True  # "the murder trial of a man charged in the deaths of a woman and her fetus": the deaths
        named = [o for _p, o in _prep_objects(h, ("in", "over", "for"))]
        # "in connection with the poisoning death of X", "in relation to the stabbing"
        named += [x for o in named if o.lemma_.lower() in {"connection", "relation"} for _p, x in _prep_objects(o, ("with", "to"))]
        for o in named:
            if o.i == n.i:
                continue
            # "the death of X", "the shooting of X", "the 2006 poisoning death" (a gerund read as a verb)
            for t in (o, *(c for c in o.children if c.dep_ in _OBJ | {"compound"})):
                row = _match_noun(t, lex) or (_match_verb(t, lex) if t.tag_ == "VBG" else None)
                if (t.lemma_.lower() == "death" and killing) or (row is not None and _crime_row(row)):
                    return True
    return False


def _in_custody(n: Token, verb_events: dict[int, EventCandidate]) -> bool:
    """Does "in custody" say that someone is held, as the sentence's only arrest ("six people were in custody for
    questioning")? Not a stay after an arrest the sentence names ("were arrested and remained in custody")."""
    if n.lemma_.lower() != "custody" or n.dep_ != "pobj" or n.head.lower_ != "in":
        return False
    v = n.head.head
    if v.lemma_.lower() in _STATE_VERBS or v.head.lemma_.lower() == "know":
        return False  # "remained in custody", "are known to be in custody"
    return not any(ev.code == "173" for ev in verb_events.values())


def _classifier(n: Token, lex: Lexicon) -> bool:
    """Does the crime noun ``n`` only classify the noun it modifies ("fraud prevention", "theft insurance", "assault rifle")?"""
    if n.lemma_.lower() not in _CLASSIFYING_CRIMES and n.lower_ not in _CLASSIFYING_CRIMES:
        return False
    h = n.head
    if n.dep_ != "compound" or h.i < n.i or h.pos_ not in {"NOUN", "PROPN"}:
        return False
    while h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ in {"NOUN", "PROPN"}:
        if h.lemma_.lower() in _CRIME_SERIES:
            return False
        h = h.head  # "theft protection insurance": the last head decides
    return h.lemma_.lower() not in _CRIME_SERIES and _match_noun(h, lex) is None and not _instrument(h)


def _legal_charge(n: Token, lex: Lexicon) -> bool:
    """Is the charge or count noun ``n`` a criminal charge ("theft charges", "faced charges", "on a charge of murder",
    "charges against him"), not a price, a duty or a rush ("a service charge", "in charge of", "the charge of the brigade")?"""
    if n.dep_ == "pobj" and n.head.lower_ in {"in", "of", "at"} and not any(c.dep_ in {"compound", "amod", "nmod"} for c in n.children) \
            and not _prep_objects(n, ("against",)):
        return False  # "the agency in charge of operating the grid", "free of charge", "at no charge" (not "of the charge against her")
    mods = [c for c in n.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < n.i]
    mods += [x for m in list(mods) for x in m.conjuncts]
    for m in mods:
        if m.lower_ in _CRIMINAL or m.lemma_.lower() in _CRIMINAL:
            return True
        row = _match_noun(m, lex)
        if row is not None and _crime_row(row) and (m.lemma_.lower() != "battery" or any(c.dep_ == "amod" for c in m.children)):
            return True
    for p, o in _prep_objects(n, ("of", "for", "against", "in", "over", "relating", "related")):
        if p in {"against"} and (o.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or o.pos_ in {"PRON", "PROPN"}):
            return True
        if p == "of" and (o.tag_ == "VBG" or any(t.tag_ == "VBG" for t in o.subtree) or o.lower_ in _CRIMINAL):
            return True  # "charges of being intoxicated", "a charge of possessing drugs"
        row = _match_noun(o, lex)
        if row is not None and _crime_row(row):
            return True
    if n.lemma_.lower() == "count":
        return False  # a count names its crime ("two counts of fraud"), or counts something else
    if any(c.dep_ == "prep" and c.lower_ in {"relating", "related", "stemming"} for c in n.children) or any(
            c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in {"relate", "stem", "arise"} for c in n.children):
        return True  # "charges relating to incidents on March 17"
    h = n.head
    if n.dep_ in _OBJ | _SUBJPASS and h.lemma_.lower() in _CHARGE_VERBS:
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _CHARGE_VERBS for c in n.children):
        return True  # "Charges filed in shots at FBI agent", "the charges brought by the state", "charges dropped"
    if n.dep_ == "pobj" and h.lower_ in {"on", "of"} and h.head.pos_ in {"VERB", "AUX"} and h.head.lemma_.lower() in _CHARGING_PREPS:
        return True  # "arrested on charges", "held on charges"
    return False


#: acts of the law and the courts that the charges they are taken on belong to (settling rule 17)
_ON_CHARGES = frozenset({"convict", "acquit", "sentence", "try", "arrest", "hold", "jail", "indict", "arraign", "detain",
                         "imprison", "extradite", "prosecute", "clear", "find", "book", "stand", "trial", "conviction",
                         "acquittal", "indictment", "extradition", "prosecution"})


#: court acts the coder codes no event for: their charges are part of them all the same
_UNCODED_COURT_ACTS = frozenset({"acquit", "stand", "try", "clear", "find"})
#: the prepositions a court act takes its charges by: "on charges", "for two counts", "of three counts", "with a count"
_COURT_ACT_PREPS = frozenset({"on", "for", "of", "with"})


def _charges_of_a_court_act(n: Token, verb_events: Mapping[int, EventCandidate]) -> bool:
    """Is the charge or count noun ``n`` the one an act of the law or a court is taken on ("convicted on federal charges
    of heroin trafficking", "acquitted in 1958 on charges of attempted murder", "stand trial on murder charges",
    "arrests woman on drug charges", "sentenced to life for indecency and two counts of assault"): part of that act,
    not a charging of its own?"""
    if n.dep_ == "pobj" and n.head.head.i in verb_events and verb_events[n.head.head.i].code == "173":
        return True  # "arrested on drug charges", "held on charges of ...": the arrest is the coercive act
    for _ in range(3):  # "for indecency with a child and two counts of assault": up to the "for" phrase
        while n.dep_ == "conj" and n.head.i != n.i:
            n = n.head
        if n.dep_ == "pobj" and n.head.lower_ not in _COURT_ACT_PREPS and n.head.head.pos_ == "NOUN":
            n = n.head.head
    if n.dep_ != "pobj" or n.head.lower_ not in _COURT_ACT_PREPS:
        return False
    g = n.head.head
    for _ in range(2):  # "arrests [woman on charges]", "stand [trial on charges]"
        if g.lemma_.lower() in _ON_CHARGES:
            # an act the coder codes keeps the charges only when it was coded ("police in arrested several members on
            # arms charges": the parser lost the arrest, the charges stand for it)
            return g.i in verb_events or g.pos_ != "VERB" or g.lemma_.lower() in _UNCODED_COURT_ACTS
        if g.head.i == g.i:
            break
        g = g.head
    return False


# verbs whose negation says that their subject event did not happen ("the talks did not take place")
_OCCURRING = frozenset({"take", "happen", "occur", "go", "proceed", "begin", "start", "resume", "materialize", "materialise",
                        "convene", "come", "end", "finish", "conclude", "continue", "last"})


#: common nouns of a side that protests, named as the compound of a protest noun ("opposition protests", "worker strikes")
_PROTESTERS = _PEOPLE | frozenset({"opposition", "union", "employee", "teacher", "doctor", "nurse", "miner", "trucker", "driver"})


#: nouns that string together the acts of their of-phrase ("a series of protests", "a wave of strikes"): the verb of
#: planning or ordering the run plans each act. (Its light verb as each act's, "carried out a series of attacks", was
#: tried: the attack then no longer took in the casualty verb beside it, dev root precision 0.9461 -> 0.9421.)
_RUN_NOUNS = frozenset({"wave", "series", "string", "spate", "round", "rash", "flurry", "barrage", "volley", "chain",
                        "succession"})


def _run_of(n: Token) -> Optional[Token]:
    """The noun of a run the nominal event ``n`` is the of-phrase of ("plans a series of protests": "series")."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" and n.head.head.lemma_.lower() in _RUN_NOUNS:
        return n.head.head
    return None


def _noun_event(n: Token, row: LexEntry, sent: Span, lex: Lexicon) -> EventCandidate:
    doc = n.doc
    run = _run_of(n)
    light = _light_verb(n, lex)
    sources: list[ActorRef] = []
    targets: list[ActorRef] = []
    place: Optional[ActorRef] = None
    # possessor and "by" phrase are the source: "Kim's visit", "the visit by Kim"; the possessor of what is done
    # to someone is its target when no of-phrase names the one it is done to: "Kopp's arrest", "the journalist's
    # killing" (but "the army's capture of the town")
    patient = n.lemma_.lower() in _PATIENT_NOUNS and not _prep_objects(n, ("of",))
    for c in n.children:
        if c.dep_ == "poss" and _when(c):
            continue  # "Saturday's attack", "St Patrick's Day violence charges": a day, no actor
        if c.dep_ == "poss" and (c.pos_ != "PRON" or (patient and c.lower_ in {"his", "her", "their"})):
            # a state, an organisation or an armed force does the act: "Iran's executions", "the army's killings";
            # "his capture", "her abduction": the one it was done to
            # "Ms Papini's capture": a titled possessor is a person, whatever the name tagger says
            titled = any(x.dep_ == "compound" and x.lower_.rstrip(".") in _HONORIFICS for x in c.children)
            done_to = patient and (c.ent_type_ not in {"GPE", "ORG", "NORP"} or n.lemma_.lower() in _TRIED or titled) and (
                c.lemma_.lower() not in _DOERS | _BENCH)
            (targets if done_to else sources).extend(_refs([c, *c.conjuncts]))
        elif c.dep_ == "poss" and c.lower_ in {"its", "his", "her", "their"} and n.dep_ in _OBJ and light is None:
            # "the United States ratcheted up its threats": the pronoun is the clause's subject
            subjects, passive = _verb_subjects(n.head)
            if not passive:
                sources.extend(_refs(subjects))
    # the of-phrase of a meeting, an agreement or a withdrawal names who does it ("the withdrawal of its troops")
    of_doer = row.code[:2] in {"04", "05", "03", "02", "01"} or row.code.startswith("087")
    sources.extend(_refs([o for _, o in _prep_objects(n, ("by", "of") if of_doer else ("by",))]))
    if row.code[:2] in {"01", "02", "10", "11", "12", "13", "14"} and not sources:
        # "a request from Australia", "drew an immediate protest from Beijing": a side's words come from it (a protest
        # only from a state: "a protest from the opposition", "from the square", "from Monday" are no source)
        sources.extend(_refs([o for _, o in _prep_objects(n, ("from",)) if _party(o) and (row.code[:2] != "14" or o.ent_type_ == "GPE")]))
    cooperators = [o for p, o in _prep_objects(n, ("of",)) if row.code[:2] == "06" and (_party(o) or o.lemma_.lower() in _PEOPLE)]
    sources.extend(_refs(cooperators))  # "with the full cooperation of Iraqi authorities": the ones who cooperate
    after = doc[n.i + 1] if n.i + 1 < len(doc) else None
    if patient and not sources and after is not None and after.lower_ == "by" and after.head.pos_ == "VERB" and after.head.i < n.i:
        sources.extend(_refs(_child(after, {"pobj"})))  # "killed after his capture by a faction": the parser hung "by" on the verb
    between = [o for _, o in _prep_objects(n, ("between", "among"))]
    # "a gun battle which began at 7 p.m. between the army and drug hitmen": the relative clause's between-phrase
    between += [x for c in n.children if c.dep_ in {"relcl", "acl"} for b in c.subtree if b.dep_ == "prep" and b.lower_ in {"between", "among"}
                for o in b.children if o.dep_ == "pobj" for x in _conjuncts(o)]
    if between:
        sources.extend(_refs(between))
    # compound or adjectival modifiers naming actors: "the Trump-Kim meeting", "inter-Korean summit"
    for c in n.children:
        if c.dep_ in {"compound", "amod", "nmod"} and c.i < n.i:
            members = collective_actors(c.text)
            if members:
                sources.extend(ActorRef(c.idx, c.idx + len(c.text), c.text, c.i, fixed=m) for m in members)
            elif (leader := _led_by(c)) is not None:
                sources.append(leader)  # "a Saudi-led airstrike", "the Hutu-organized genocide": the side that leads it
            elif _hyphen_pair(c):
                sources.extend(_hyphen_pair(c))
            elif row.code.startswith(_VIOLENT) and c.lemma_.lower() in _FACILITIES:
                targets.extend(_refs([c]))  # "the Kenya embassy bombing": the building attacked (settling rule 25)
            elif (row.code.startswith(_VIOLENT) or n.lemma_.lower() in _SWEEPS) and c.dep_ == "compound" and (
                    c.lemma_.lower() in _DOERS) and not sources:
                sources.extend(_refs([c]))  # "a police raid", "an army assault": the force does it
            elif row.code.startswith(_VIOLENT) and c.dep_ == "compound" and c.lemma_.lower() in _VICTIM_NOUNS and not targets:
                targets.extend(_refs([c]))  # "a teen assault", "the tourist killings": the people it was done to
            elif row.code[:2] == "14" and c.dep_ == "compound" and c.lemma_.lower() in _PROTESTERS and not sources:
                sources.extend(_refs([c]))  # "opposition protests", "a student strike": the side that protests
            elif c.dep_ == "compound" and (n.lemma_.lower() in _PATIENT_NOUNS | _PROBES) and c.ent_type_ == "PERSON" and not targets:
                targets.extend(_refs([c]))  # "the Bin Laden investigation", "the Kopp arrest": the person it is done to
            elif not sources and any(t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in c.subtree):
                # "Israeli tank shelling", "the Trump meeting"
                sources.extend(_refs([c]))
    for p, o in _prep_objects(n, ("with", "against", "on", "to", "of", "for", "in", "at", "into")):
        if p == "into" and row.code[:2] != "09":
            continue  # (only an inquiry "into" someone names its target: "an investigation into Microsoft")
        if p == "of" and (of_doer or o in cooperators):
            continue
        if p in {"to", "in", "at"} and (row.code in _MOVE_CODES or row.code[:2] == "04"):
            if _is_place(o) or o.pos_ == "PROPN":
                place = place or _place_from([o])
                if p == "to" or row.code in _MOVE_CODES:
                    targets.extend(_refs([o]))
            continue
        if p in {"in", "at"} and not (p == "at" and n.lemma_.lower() in _SWEEPS and o.pos_ == "NOUN"):
            continue  # (but "a raid at the meatpacking plant": the place raided, as "a raid on" it)
        if p in {"for", "on"} and row.code[:2] == "17" and not (is_person(o) or _party(o)):
            continue  # "under arrest for the murder of a deputy": the crime is no one arrested
        targets.extend(_refs([o]))
    if row.code.startswith(_VIOLENT) and not targets:
        # "bombings at U.S. embassies", "a blast outside the embassy": the building attacked (settling rule 25; a protest
        # at a building has none, rule 15)
        targets.extend(_refs(_facilities_hit(n)))
    if not targets and row.code[:2] in {"02", "10"}:
        targets.extend(_refs(_asked_to_act(n)))  # "calls for Israel to accept ...", "demands for the government to resign"
    anchor = n
    trigger_lo, trigger_hi = n.i, n.i
    words = row.lemma.split()
    trigger_lo = n.i - (len(words) - 1)
    if not targets and row.code[:2] == "15" and not any(c.lower_ == "joint" for c in n.children):
        # "held military drills around Taiwan", "exercises off the coast of Japan": the side the show of force aims at
        targets.extend(_refs([x for h in [n, *([light] if light is not None else [])]
                              for _p, x in _prep_objects(h, ("around", "near", "off", "toward", "towards"))
                              if x.ent_type_ in {"GPE", "NORP", "ORG"}]))
    if light is not None:
        anchor = light
        subjects, passive = _verb_subjects(light)
        if not sources:
            sources = _refs(_agent(light) if passive else subjects)
        if not targets:
            # ("opened an investigation into Microsoft": the parser hangs an inquiry's "into" on its light verb)
            targets = _refs([x for _, x in _prep_objects(light, ("with", "against", "on", "to", *(("into",) if row.code[:2] == "09" else ())))])
        if place is None and (row.code in _MOVE_CODES or row.code[:2] == "04"):
            place = _place_from([o for _, o in _prep_objects(light, _PLACE_PREPS) if _is_place(o)])
        if abs(light.i - n.i) <= 3:
            trigger_lo, trigger_hi = min(light.i, trigger_lo), max(light.i, trigger_hi)
    elif (n.dep_ == "compound" and n.head.pos_ == "NOUN" and n.head.dep_ in _OBJ and n.head.head.pos_ == "VERB" and not sources
          and _instrument(n.head)):
        # "authorities issued an arrest warrant for Kopp", "prosecutors filed murder charges against him":
        # the event noun classifies the head noun; the verb's subject acts, the head's for/against-phrase is the target
        v = n.head.head
        anchor = v
        subjects, passive = _verb_subjects(v)
        if v.lemma_.lower() not in _DEFYING:
            sources = _refs(_agent(v) if passive else subjects)
        elif row.code[:2] == "17" and not passive:
            targets = targets or _refs(subjects)  # "ignored a house arrest order": the one who defies it is its target
        targets = targets or _refs([o for _, o in _prep_objects(n.head, ("for", "against", "on"))])
    elif not sources and row.code[:2] in _HAPPENING_ROOTS and (accused := _accused(n)):
        sources = _refs(accused)  # "pleaded guilty to attempted murder", "was convicted of the killing": who did it
    elif n.dep_ in _SUBJ and n.head.pos_ in {"VERB", "AUX"} and not sources and not (
            _negated(n.head) and n.head.lemma_.lower() not in _OCCURRING) and not _ending(n) and not _classed_by_copula(n):
        # "the talks will take place", "the visit came after ..." -> the verb governs modality; not a negated verb
        # that says something else of the event ("the blast has not generated hatred": the blast happened)
        anchor = n.head
        # "clashes broke out between the army and rebels": the verb's between-phrase names the sides
        sources = _refs([o for _, o in _prep_objects(n.head, ("between", "among"))])
    if not targets and row.code[:2] == "17" and n.dep_ in _OBJ and n.head.lemma_.lower() in _DEFYING and light is None:
        subjects, passive = _verb_subjects(n.head)
        targets = [] if passive else _refs(subjects)  # "evading an intensive manhunt": the one hunted
    if light is None and (row.code[:2] in _SENDER_ROOTS or n.lemma_.lower() in _PATIENT_NOUNS):
        senders, receivers = _sent_and_received(n, row)
        # "a request from Elian's father", "threats from gangs": the from-phrase sends it; "the department is
        # considering a request", "has faced threats", "received political asylum": the one who gets or answers it
        sources = sources or _refs(senders)
        targets = targets or _refs(receivers)
    if not sources and row.code[:2] in _TAKING_PART_ROOTS and light is None:
        sources = _refs(_taking_part(n))
    if not targets and row.code[:2] == "04" and light is None:
        targets = _refs(_addressed_in(n))  # "in a telephone call, Merkel told Putin ...": the one she told is the other side
    if not sources and row.code[:2] in _MEANS_ROOTS and light is None:
        sources = _refs(_acting_by_means(n))
    if not sources and light is None:
        # "he had ordered the strikes", "she is in Lima on an official visit": the clause's subject does the act
        sources = _refs(_commissioned_by(n) or (_commissioned_by(run) if run is not None else [])
                        or (_visitors(n) if row.code in _MOVE_CODES else []))  # "plans a series of protests" as well
    if n.lemma_.lower() == "asylum" and not sources and n.dep_ in _OBJ and n.head.lemma_.lower() in _RECEIVING and not any(
            a.dep_ == "aux" and a.tag_ == "MD" for a in n.head.children):  # (not "could receive asylum if ...")
        # "received political asylum in France": the state that grants it, where it was received; the one who got it
        v = n.head
        hosts = [v, n, *([v.head] if v.dep_ == "conj" else [])]
        sources = _refs([o for h in hosts for _p, o in _prep_objects(h, ("in",)) if o.ent_type_ in {"GPE"} or _is_place(o)])
        subjects, passive = _verb_subjects(v)
        targets = targets or ([] if passive else _refs(subjects))
    if not sources and n.lemma_.lower() in _SENDING_AWAY_NOUNS:
        sources = _refs(_sent_away_by(n))  # "the expulsion of Congolese from Angola": Angola expels them
    if not sources and (done := _done_by(n, lex)) is not None:
        # "the lawsuit launched by the university against Connaught", "attacks carried out by the rebels on the town"
        sources = _refs(_agent(done))
        targets = targets or _refs([o for _, o in _prep_objects(done, ("against", "on"))])
    if not sources:
        sources = _refs(_share_in(n) or _responsible_for(n))  # "sentenced for her role in a fraud scheme", "accused of participating in a robbery"
    if not sources and light is None and not patient:
        # "their investigation", "his talks with foreign leaders": the possessor does it
        sources = _refs([c for c in n.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "their", "its"}])
    if not targets and row.code.startswith(_VIOLENT):
        targets = _refs(_victims(n) or _victim_of(n))
    if not targets and light is None and (row.code.startswith(_VIOLENT) or row.code[:2] in {"16", "17"}):
        targets = _refs(_laid_on(n) or (_struck_by(n) if row.code.startswith(_VIOLENT) else []))
    if not targets and light is None:
        doers, undergoing = _undergoing(n, row)
        if undergoing:
            # "five people were placed under arrest", "she is under investigation", "police placed him under arrest"
            targets = _refs(undergoing)
            if not sources and row.code[:2] in _LAW_ROOTS:
                sources = _refs(doers or _reporting_law(n.head.head))  # "... under arrest, police said" (rule 23)
    if not sources and light is None and row.code == "091" and not _owned_or_done(n):
        # "police said he was calm during questioning", "the interrogation lasted six hours, detectives said": the police
        # who report an investigative step that names no doer took it (rule 23, as for a passive verb). Only the steps
        # (091): the same reading of arrests, custody and investigations (17, 090) let a tally through ("300 suspects
        # have been taken into custody this year, police said") and split the stories of the stories gate
        # (doc_inverse_purity 0.5767 -> 0.5706)
        sources = _refs(_reporting_law(host)) if n.head.i != n.i and (host := _clause_verb(n.head)) is not None else []
    if light is None and n.lemma_.lower() == "custody":
        holders, held = _custody_sides(n)
        sources = sources or _refs(holders)
        if n.dep_ == "pobj" and n.head.lower_ in {"in", "into"}:  # "in the custody of his aunt": the of-phrase holds
            holding = {o.i for _p, o in _prep_objects(n, ("of",))} | {h.i for h in holders}
            targets = [r for r in targets if r.token_i not in holding]
        targets = targets or _refs(held)
    if (_crime_row(row) or row.code[:2] == "19") and (suspects := _suspected_of(n)) and all(
            doc[r.token_i].dep_ == "compound" and doc[r.token_i].ent_type_ in {"GPE", "LOC", "FAC"} for r in sources):
        # "a suspect in the robbery", "Kopp, the suspect in the Buffalo killing": who is said to have done it (the
        # place the crime is named by is not)
        sources = _refs(suspects)
    if (not sources or not targets) and (shared := _shared_arguments(n, row, sent, lex)) is not None:
        # "his arrest and conviction", "the arrest and conviction of Bin Laden": what the coordinated nouns share
        sources = sources or shared[0]
        targets = targets or shared[1]
    span = doc[trigger_lo : trigger_hi + 1]
    negated = _negated(n) or (light is not None and _negated(light))
    return EventCandidate(
        code=row.code,
        strong=row.strong and (light is None or _light_strong(light, lex)),
        trigger_start=span.start_char,
        trigger_end=span.end_char,
        trigger_text=span.text,
        anchor_i=anchor.i,
        trigger_i=n.i,
        sentence=sent,
        sources=sources,
        targets=targets,
        place=place,
        negated=negated,
        nominal=True,
        entry=row,
    )


def _owned_or_done(n: Token) -> bool:
    """Does the act of the law ``n`` name whose act it is by a possessor, a by-phrase or a name modifying it ("his
    questioning", "the search by customs officers", "an FBI investigation")? (Its of-phrase names the one it is done
    to: "the interrogation of the suspect".)"""
    return any(c.dep_ in {"poss", "compound", "amod", "nmod"} and (c.pos_ in {"PROPN", "PRON"} or c.ent_type_)
               or c.dep_ in {"agent", "prep"} and c.lower_ == "by" for c in n.children)


def _shared_arguments(n: Token, row: LexEntry, sent: Span, lex: Lexicon) -> Optional[tuple[list[ActorRef], list[ActorRef]]]:
    """The arguments a nominal trigger ``n`` shares with the noun it is coordinated with: those of the first noun that
    stand before it or after ``n`` ("his arrest and conviction", "the arrest and conviction of Bin Laden", "police
    ordered the arrest and deportation of the men"); not those between the two ("the arrest of Smith and conviction"),
    and none when ``n`` has a possessor or a determiner of its own ("the arrest of Smith and the conviction").
    A phrase after ``n`` that the parser hung on the first noun is read as ``n``'s own ("the protest and arrest of 20
    students"). A possessor or a phrase before the first noun is shared only when the first noun is itself a trigger
    of the same root as ``n`` or both are acts done to someone ("his arrest and conviction"; not "Iran's nuclear
    programme and sanctions", "Obama's speech and protests"), both nouns give it the same role (both done to it, or
    both done by it), and ``n`` bears no modifier of its own ("Hamas's rocket fire and air strikes": the strikes are
    another's)."""
    h = n.head
    if n.dep_ != "conj" or h.pos_ != "NOUN" or h.i > n.i or any(c.dep_ in {"poss", "det"} for c in n.children):
        return None
    after = _noun_event(h, row, sent, lex)
    sources = [r for r in after.sources if r.fixed is None and r.token_i > n.i]
    targets = [r for r in after.targets if r.fixed is None and r.token_i > n.i]
    first_row = _match_noun(h, lex)
    patients = h.lemma_.lower() in _PATIENT_NOUNS, n.lemma_.lower() in _PATIENT_NOUNS
    if (first_row is not None and (first_row.code[:2] == row.code[:2] or all(patients)) and patients[0] == patients[1]
            and not any(c.i < n.i for c in n.children)):
        first = _noun_event(h, first_row, sent, lex)
        sources += [r for r in first.sources if r.fixed is None and r.token_i < h.i]
        targets += [r for r in first.targets if r.fixed is None and r.token_i < h.i]
    return sources, targets


#: roots of acts one can be "under" ("under arrest", "under investigation", "under attack", "under threat")
_UNDER_ROOTS = frozenset({"17", "09", "18", "19", "13"})
#: verbs of being or being kept somewhere: their subject is who is under the act ("remained under arrest")
_STAYING = frozenset({"be", "remain", "stay", "come", "fall", "live", "sit", "lie"})


def _undergoing(n: Token, row: LexEntry) -> tuple[list[Token], list[Token]]:
    """Who undergoes the act a bare noun names in an "under" or "for" phrase of the clause: the subject of a passive or
    a verb of being ("five people were placed under arrest", "she is under investigation", "the town came under
    attack", "two men were picked up for questioning") or the object of an active verb ("police placed him under
    arrest", "took three men in for questioning"). "for" only with the acts of the law (not "called for
    investigation": asking for one is no undergoing), and never an active verb's subject; nobody for a noun with a
    determiner or a possessor ("under the arrest warrant", "under his investigation") or a phrase on a noun.
    Returns (who does it: the active verb's subject, or a passive's agent; who undergoes it)."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or any(c.dep_ in {"det", "poss"} for c in n.children):
        return [], []
    prep, v = n.head.lower_, n.head.head
    if v.pos_ not in {"VERB", "AUX"} or not (prep == "under" and row.code[:2] in _UNDER_ROOTS
                                            or prep == "for" and row.code[:2] in _LAW_ROOTS):
        return [], []
    subjects, passive = _verb_subjects(v)
    objs = [o for o in _child(v, _OBJ) if o.pos_ == "PRON" or is_person(o) or _party(o) or o.lemma_.lower() in _PEOPLE]
    if passive:
        return _agent(v), subjects
    if objs:
        return subjects, _conjuncts(objs[0])
    if prep == "under" and v.lemma_.lower() in _STAYING and not _child(v, _OBJ):
        return [], subjects
    return [], []


#: roots of what is sent to someone, whose from-phrase names the sender ("a request from X", "threats from gangs",
#: "aid from the EU", "a visit from the king"; not an attack "from the north")
_SENDER_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13"})
#: verbs whose subject answers what was asked, offered or threatened ("considered the request", "rejected the offer")
_ANSWERING = frozenset({"consider", "weigh", "review", "reject", "accept", "grant", "deny", "refuse", "approve", "heed",
                        "override", "ignore", "defy", "answer", "uphold", "dismiss", "decline", "rebuff", "spurn"})
#: roots of what is asked, offered, demanded or threatened, which an answering verb's subject was the target of
_ASKED_ROOTS = frozenset({"02", "03", "10", "12", "13"})


#: bodies a from-phrase names as the sender of a request, a threat or an offer ("a request from the ministry")
_SENDING_BODIES = _BODY_NAME_HEADS | frozenset({"police", "army", "military", "court", "parliament", "embassy", "cabinet",
                                                "senate", "congress", "legislature", "regime", "junta", "prosecutor"})


def _sent_and_received(n: Token, row: LexEntry) -> tuple[list[Token], list[Token]]:
    """(who sends, who gets) the act the noun ``n`` names by the clause around it: the object of its from-phrase sends
    a request, a threat, an offer or aid ("a request from Elian's father", "threats from gangs"); the subject of the
    verb whose object it is answers it when it was asked, offered or threatened ("the department is considering a
    request", "could not override the governor's veto"); a passive's agent likewise ("the request was rejected by the
    court"). Nobody for a verb of another kind ("made a request", "issued threats": its subject sends) or a noun the
    verb does not govern. (The subject of "receive", "face", "get" was tried as well, "received threats", "received
    asylum": it split the story clusters of the stories gate, doc_inverse_purity 0.577 -> 0.540, and is left out.)"""
    senders = [o for _p, o in _prep_objects(n, ("from",)) if o.ent_type_ not in {"DATE", "TIME", "LOC"} and not _instrument(o)
               and (_party(o) or is_person(o) or o.lemma_.lower() in _PEOPLE | _SENDING_BODIES)]  # not "threats from cheaper rivals"
    if row.code[:2] not in _SENDER_ROOTS:
        senders = []
    head = n
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "has faced abuse and threats": the first of the joined objects is the verb's
    v = head.head
    lemma = v.lemma_.lower()
    gets = lemma in _ANSWERING and row.code[:2] in _ASKED_ROOTS
    if v.pos_ != "VERB" or not gets:
        return senders, []
    if head.dep_ in _OBJ:
        subjects, passive = _verb_subjects(v)
        return senders, ([] if passive else subjects)
    if head.dep_ == "nsubjpass":
        return senders, _agent(v)
    return senders, []


def _asked_to_act(n: Token) -> list[Token]:
    """Who an appeal or a demand ``n`` asks to act, by the for-clause hung on it: "calls for Israel to accept a two-state
    solution", "demands for the government to resign" (the clause's subject); nobody for a for-phrase without a clause
    ("calls for a ceasefire")."""
    return [x for c in n.children if c.dep_ in {"advcl", "acl", "relcl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for x in c.children if x.dep_ == "nsubj"]


#: verbs of holding or taking someone a charge the on-phrase names is brought against
_HOLDING = frozenset({"be", "arrest", "hold", "jail", "detain", "remand", "book", "imprison", "charge", "indict", "extradite"})
#: verbs of coming or being brought before a court: the one who comes, or is brought, is the one charged ("appeared in
#: court on assault charges", "were brought before the court on charges of theft", "was arraigned on a murder charge")
_BEFORE_COURT = frozenset({"appear", "bring", "arraign"})


def _held_on_charges(n: Token) -> list[Token]:
    """Whom the charge ``n`` is brought against, by the verb its on-phrase hangs on: the one held ("had been in custody
    on charges of assault", "was arrested on a charge of theft"), the one who comes or is brought before a court
    ("appeared in court on assault charges", "were brought before the court on charges") or the object of an active
    verb ("police arrested two men on arms charges"); nobody when the verb is no holding ("voted on the charges",
    "ruled on a charge")."""
    if n.lemma_.lower() != "charge" or n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ != "on":
        return []
    v = n.head.head
    if v.dep_ == "pobj" and v.head.dep_ == "prep" and v.head.lower_ in {"before", "in", "at"} and (
            v.head.head.lemma_.lower() in _BEFORE_COURT):
        v = v.head.head  # "brought the men before a judge on theft charges": the parser hung the phrase on the judge
    if v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() not in _HOLDING | _BEFORE_COURT:
        return []
    subjects, passive = _verb_subjects(v)
    if v.lemma_.lower() == "appear":  # "five men appeared in court on charges": who comes before the court
        return [s for s in subjects if s.pos_ != "PRON" or s.lower_ in {"he", "she", "they"}]
    if v.lemma_.lower() == "be":  # "in custody on charges": only a state of being held
        if not any(p.dep_ == "prep" and p.lower_ in {"in", "into"} and any(o.lower_ == "custody" for o in p.children) for p in v.children):
            return []
        return [s for s in subjects if s.pos_ != "PRON" or s.lower_ in {"he", "she", "they"}]
    if passive:
        return subjects
    return [o for o in _child(v, _OBJ)]


def _victim_of(n: Token) -> list[Token]:
    """The one the attack ``n`` was done to when named as its victim: "the victim of the robbery", "Ana Ruiz, a victim of
    the shooting" (the name the victim noun is in apposition to); not a victim of no one attack ("victims of crime",
    "would become the victim of a foreign invasion": a definite attack only)."""
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ != "of" or not any(
            (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) or c.dep_ == "poss"
            for c in n.children):
        return []
    holder = n.head.head
    if holder.pos_ != "NOUN" or holder.lemma_.lower() != "victim":
        return []
    return [_named_by_apposition(holder)]


#: people a crime leaves behind, whose of-phrase may name a kind of crime ("a casualty of sexual abuse")
_SUFFERERS = frozenset({"victim", "casualty", "survivor"})


def _kind_suffered(n: Token) -> bool:
    """Is the crime noun ``n`` a kind of crime its sufferer is named by, bare of any determiner, owner or number ("a
    casualty of sexual abuse", "survivors of child abuse", "victims of crime")? "The victim of the robbery", "a victim of
    Monday's attack" name one act."""
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    if n.dep_ != "pobj" or n.head.lower_ != "of" or n.head.head.lemma_.lower() not in _SUFFERERS:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "prep", "acl", "relcl"} for c in n.children)


#: nouns of the one held to have done a crime, whose in- or of-phrase names it ("a suspect in the robbery")
_SUSPECT_NOUNS = frozenset({"suspect", "perpetrator", "culprit", "accused", "defendant"})


def _suspected_of(n: Token) -> list[Token]:
    """The suspect whose in- or of-phrase names the crime ``n`` ("a suspect in the robbery", "Kopp, a suspect in the
    killing of a doctor": Kopp; "the perpetrators of the attack")."""
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ not in {"in", "of"}:
        return []
    holder = n.head.head
    if holder.pos_ != "NOUN" or holder.lemma_.lower() not in _SUSPECT_NOUNS:
        return []
    if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not"} for c in holder.children):
        return []  # "police have no suspect in the killing": nobody named
    named = _named_by_apposition(holder)
    if named is holder and any(t.ent_type_ in {"GPE", "ORG", "NORP", "FAC", "PERSON"} for t in n.subtree if t.i < n.i):
        return []  # "a suspect in the U.S. Embassy bombing": the words would read as the embassy, the one attacked
    return [named]


def _custody_sides(n: Token) -> tuple[list[Token], list[Token]]:
    """(who holds, who is held) by the noun "custody" after "was in": "was in the custody of the sheriff's
    department", "in police custody", "in the sheriff's custody" name the holder, the subject the one held. Nobody
    for a custody another verb tells of ("taken into custody", "remained in custody" after an arrest)."""
    def law(o: Token) -> bool:  # a force or a body of the state, not a parent ("in her mother's custody")
        return o.ent_type_ in {"ORG", "GPE", "NORP"} or any(
            w.lower_ in _LAW_WORDS or w.lemma_.lower() in _LAW_WORDS | _DOERS for w in o.subtree)
    holders = [o for _p, o in _prep_objects(n, ("of",)) if law(o)]
    holders += [c for c in n.children if c.dep_ == "poss" and c.pos_ != "PRON" and not _when(c) and law(c)]
    holders += [c for c in n.children if c.dep_ == "compound" and (c.lower_ in _LAW_WORDS or c.lemma_.lower() in _DOERS)]
    v = n.head.head
    if n.dep_ == "pobj" and n.head.lower_ == "in":  # "Police have a suspect in custody": they hold him
        held_noun = v if v.dep_ == "dobj" else None  # the phrase hung on the object ("a suspect in custody")
        keeper = v.head if held_noun is not None else v
        if keeper.lemma_.lower() in {"have", "hold", "keep"} and keeper.dep_ not in {"conj", "xcomp"} and (
                held := [held_noun] if held_noun is not None else _child(keeper, {"dobj"})):
            return holders or _verb_subjects(keeper)[0], held
    if n.dep_ != "pobj" or n.head.lower_ != "in" or v.lemma_.lower() != "be" or v.dep_ in {"conj", "xcomp"}:
        # "were taken into custody", "were arrested and remained in custody", "are known to be in custody": the
        # verb's or another mention's act, or no act
        return [], []
    return holders, _verb_subjects(v)[0]


#: buildings and posts an attack at them is aimed at ("bombings at U.S. embassies", "the embassy blast"; settling rule 25)
_FACILITIES = frozenset({"embassy", "consulate", "mission", "base", "barracks", "headquarters", "outpost", "checkpoint",
                         "ministry", "parliament", "station", "precinct", "office", "compound", "garrison", "post"})
#: roots of acts one takes part in by the clause around them: "in a meeting with X, Trump asked", "speaking at a news
#: conference with Albright", "pushed ahead with their investigation"
_TAKING_PART_ROOTS = frozenset({"04", "09"})
#: roots of acts a clause's subject can act by ("marked the day with rallies", "seized power through a coup")
_MEANS_ROOTS = frozenset({"14", "17", "18", "19"})
#: prepositions of the means an act is done by
_MEANS_PREPS = frozenset({"through", "with", "by"})


def _acting_by_means(n: Token) -> list[Token]:
    """Who does the nominal act ``n`` that the with- or through-phrase of an active verb of acting names as the means
    of what the verb's subject did: that subject ("the government celebrated the day with rallies", "Hamas seized
    power through a military coup", "the army responded with air strikes"). Only verbs of doing something by an act
    (_ACTING_BY, _HARM_VERBS): not a verb of living, growing up, waking or moving ("residents lived through the
    siege", "children grew up with the war", "flew to Brussels with the strike at the port entering its third week"),
    nor a passive's subject, nor a verb of meeting or facing ("the plan met with protests", "the town was hit by
    strikes"), nor a phrase hung on a noun ("a town with riots"), nor an absolute "with" whose noun has a state of its
    own ("with the shelling already under way")."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ not in _MEANS_PREPS:
        return []
    v = n.head.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in _ACTING_BY | _HARM_VERBS or v.lemma_.lower() in _MEETING_WITH or _negated(v):
        return []
    if n.head.lower_ == "by" and v.tag_ != "VBG":
        return []  # "hit by strikes" is a passive's agent; only "by staging a coup" ... is a means
    if any(c.dep_ == "advmod" and c.lower_ in {"still", "already", "now"} or c.dep_ == "prep" and c.lower_ == "under"
           for c in n.children):
        return []  # "with the shelling already under way", "with the strike still on": a state the clause happens in
    subjects, passive = _verb_subjects(v)
    if passive:
        return []
    return [t for t in subjects if t.pos_ != "PRON" or t.lower_ in _PERSONAL]


#: verbs of doing something by means of an act named in their with-, through- or by-phrase ("responded with air
#: strikes", "seized power through a coup", "marked the day with rallies", "showed their anger with a strike"; and the
#: verbs of harm, _HARM_VERBS: "killed 12 soldiers with an ambush")
_ACTING_BY = frozenset({"respond", "retaliate", "react", "answer", "reply", "counter", "hit", "strike", "mark",
                        "celebrate", "commemorate", "honour", "honor", "seize", "take", "grab", "topple", "oust",
                        "overthrow", "depose", "remove", "protest", "express", "show", "voice", "vent", "register",
                        "punish", "pressure", "press", "escalate", "continue", "crush", "quell", "suppress", "impose",
                        "enforce", "defend", "challenge", "disrupt", "paralyse", "paralyze"})


#: verbs whose with-phrase is what the subject meets, faces or deals with, not its means
_MEETING_WITH = frozenset({"meet", "face", "greet", "struggle", "deal", "cope", "grapple", "contend", "coincide", "clash",
                           "disagree", "agree", "side", "sympathize", "sympathise", "cooperate", "collaborate", "compete",
                           "fight", "battle", "argue", "negotiate", "talk", "speak", "join", "link", "connect", "associate",
                           "charge", "threaten", "end", "begin", "start", "open", "close", "conclude"})
#: prepositions of such a clause
_PART_PREPS = frozenset({"in", "during", "at", "with", "through"})
#: verbs of harm whose victims an attack named as their subject or cause harmed ("the blast killed 40", "killed in the attack")
_HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "damage", "destroy", "hit", "target", "maim"})


#: verbs of defying or undergoing a measure: their subject is not who issues it ("ignored an arrest order")
_DEFYING = frozenset({"ignore", "defy", "violate", "breach", "flout", "evade", "escape", "face", "receive", "challenge",
                      "appeal", "fight", "contest", "dodge", "break"})


# what one does at or during a meeting as one of its sides: speaking, asking, agreeing, meeting
_PART_VERBS = frozenset({"say", "tell", "ask", "urge", "agree", "meet", "discuss", "propose", "offer", "raise", "stress", "express",
                         "pledge", "promise", "call", "demand", "sign", "announce", "present", "speak", "talk", "insist", "warn",
                         "reiterate", "confirm", "accept", "reject", "praise", "thank", "welcome", "vow", "appeal", "address"})


#: verbs whose subject orders, plans or leads the act their object names ("he ordered the strikes", "plotted the attack")
_COMMISSIONING = frozenset({"order", "authorize", "authorise", "plot", "plan", "orchestrate", "mastermind", "direct",
                            "organize", "organise", "command"})
#: verbs of being or arriving somewhere "on a visit" or "on a trip": their subject is the visitor
_BEING_THERE = frozenset({"be", "arrive", "come", "go", "travel", "fly", "head", "leave", "return", "stay", "stop", "land",
                          "embark", "begin", "start", "set"})
#: nouns of a trial whose possessor is the one tried even when it is an organisation ("the company's conviction")
_TRIED = frozenset({"conviction", "sentencing", "trial", "indictment", "arraignment", "acquittal", "prosecution"})
#: titles before a person's name ("Ms Papini's capture")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})
#: the bench, whose possessor is not the one tried ("the court's acquittal")
_BENCH = frozenset({"court", "judge", "jury", "tribunal", "magistrate"})


def _commissioned_by(n: Token) -> list[Token]:
    """The subject of the verb of ordering or planning whose object is the nominal event ``n`` ("he had ordered the
    strikes", "the general plotted the attack"); the agent of a passive one ("the raid was ordered by the minister")."""
    if n.dep_ not in _OBJ and n.dep_ != "nsubjpass":
        return []
    v = n.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in _COMMISSIONING or _negated(v):
        return []
    if n.dep_ == "nsubjpass":
        return _agent(v)
    subjects, passive = _verb_subjects(v)
    return [] if passive else subjects


#: verbs and nouns of sending people out of a country: the state named by the from-phrase does it
_SENDING_AWAY = frozenset({"expel", "deport", "extradite"})
_SENDING_AWAY_NOUNS = frozenset({"expulsion", "deportation", "extradition"})


def _sent_away_by(t: Token) -> list[Token]:
    """The state people are expelled, deported or extradited from ("were expelled from Congo", "the expulsion of
    Congolese from Angola"); not a school, a party or a match ("expelled from Harvard", "from the party")."""
    heads = [t]
    if t.pos_ == "NOUN":
        # "the expulsion of hundreds of Malians from Niger": the parser hangs the from-phrase on those expelled
        heads += [o for _, o in _prep_objects(t, ("of",))]
        heads += [x for o in heads[1:] for _, x in _prep_objects(o, ("of",))]
    return [o for h in heads for _, o in _prep_objects(h, ("from",)) if o.ent_type_ == "GPE" and _is_place(o)]


#: verbs of carrying out or bringing an act: their agent, in a participle hung on the act's noun, does it
_CARRYING_OUT = frozenset({"launch", "file", "bring", "carry", "conduct", "stage", "mount", "commit", "perpetrate", "lead",
                           "initiate", "wage", "unleash", "level", "lodge", "make", "hold"})


def _done_by(n: Token, lex: Lexicon) -> Optional[Token]:
    """The participle of carrying out, ordering or a light verb hung on the nominal event ``n`` with a by-agent ("the
    lawsuit launched by the university"; not "the attack witnessed by hundreds", "the blast reported by the BBC")."""
    for c in n.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or not _agent(c) or _negated(c):
            continue
        lemma = c.lemma_.lower()
        if lemma in _CARRYING_OUT or lemma in _COMMISSIONING or _lemma_rows(c, lex, "L"):
            return c
    return None


def _visitors(n: Token) -> list[Token]:
    """Who is "on a visit" or "on a trip": the subject of the verb of being or arriving the on-phrase hangs on ("the
    president is in Lima on an official visit"; not "commented on a visit", nor "the trip" named before)."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ != "on":
        return []
    if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in n.children):
        return []  # "proposed to go on the trip": a trip named elsewhere in the text, where its sides are found
    v = n.head.head
    doc = n.doc
    on, last = n.head, n.right_edge
    # "Freeh, on an official visit to Mexico, asked ...": an on-phrase set off by commas tells where the subject is
    aside = on.i > 0 and doc[on.i - 1].text == "," and last.i + 1 < len(doc) and doc[last.i + 1].text == ","
    if aside and v.pos_ in {"NOUN", "PROPN"} and v.dep_ in _SUBJ:
        return [v]  # "the minister, on a visit to Kenya, praised ...": the phrase hangs on the subject itself
    # "paid tribute to the victims on a whirlwind visit to East Africa": what one does on a visit of one's own, not
    # what one says or decides on a visit ("commented on a visit by the king")
    own = any(c.dep_ in {"det", "poss"} and c.lower_ in {"a", "an", "his", "her", "their", "its"} for c in n.children) and (
        v.lemma_.lower() not in _ON_ARGUMENT)
    if v.pos_ not in {"VERB", "AUX"} or not (v.lemma_.lower() in _BEING_THERE or aside or own):
        return []
    subjects, passive = _verb_subjects(v)
    return [] if passive else subjects


#: verbs whose on-phrase is what they are about, not where their subject is: "commented on a visit", "voted on a trip"
_ON_ARGUMENT = frozenset({"comment", "report", "focus", "reflect", "insist", "rely", "depend", "agree", "decide", "vote",
                          "speak", "talk", "write", "remark", "elaborate", "spend", "brief", "dwell", "touch", "update",
                          "rule", "frown", "capitalize", "capitalise", "center", "centre", "hinge", "weigh", "advise",
                          "congratulate", "question", "press", "quiz", "grill", "criticize", "criticise", "attack", "take"})


def _taking_part(n: Token) -> list[Token]:
    """Who takes part in the nominal event ``n`` by the clause whose prepositional phrase names it: the subject of the
    verb the phrase hangs on ("in a meeting with Erdogan, Trump asked"; not a passive's subject, who undergoes)."""
    if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in _GOING and not any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that"} for c in n.children):
        # "will travel to Tokyo for talks with Kishida": the traveller holds the talks
        subjects, passive = _verb_subjects(n.head.head)
        return [] if passive else [t for t in subjects if t.pos_ != "PRON" or t.lower_ in _PERSONAL]
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ not in _PART_PREPS:
        return []
    v = _fronted_host(n.head)
    if v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() in _HARM_VERBS | {"die"}:
        return []
    if n.head.lower_ not in {"in", "with"} and v.lemma_.lower() not in _PART_VERBS:
        return []  # "police fired tear gas at protesters during the summit": acting near a meeting is not taking part in it
    subjects, passive = _verb_subjects(v)
    return [] if passive else [t for t in subjects if t.pos_ != "PRON" or t.lower_ in _PERSONAL]


#: nouns of one's share in an act: whose role, part or involvement in it is told took part in it
_SHARE_NOUNS = frozenset({"role", "part", "involvement", "participation", "complicity", "hand"})
#: verbs of taking part in an act (and "take" with "part")
_SHARE_VERBS = frozenset({"participate", "involve", "engage", "join"})


def _responsible_for(n: Token) -> list[Token]:
    """Who is told responsible for the act ``n`` names: the subject of "is responsible for the killing", the one
    "responsible for the attack" describes ("the group responsible for the attack", "those responsible"), the one held
    responsible ("Israel held Hamas responsible for the bombing"). Not a pronoun other than a personal one or "those"."""
    if n.dep_ != "pobj" or n.head.lower_ != "for" or n.head.head.lower_ != "responsible":
        return []
    resp = n.head.head
    if resp.dep_ == "acomp" and resp.head.pos_ in {"VERB", "AUX"}:
        subjects, passive = _verb_subjects(resp.head)
        found = [] if passive else subjects
    elif resp.dep_ in {"amod", "oprd"} and resp.head.pos_ in {"NOUN", "PROPN", "PRON", "DET"}:
        found = [resp.head]
    else:
        return []
    return [t for t in found if t.pos_ not in {"PRON", "DET"} or t.lower_ in _PERSONAL | {"those", "they", "them"}]


#: words that make a responsibility told a belief or a claim: "likely responsible", "investigators believe ... responsible"
_HEDGING_ADVERBS = frozenset({"likely", "probably", "possibly", "allegedly", "reportedly", "apparently", "presumably"})
_CLAIMING_VERBS = frozenset({"believe", "suspect", "think", "allege", "accuse", "claim", "say", "tell", "insist", "hold"})


def _said_responsible(n: Token) -> bool:
    """Is the act ``n`` someone is "responsible for" told as a belief or a claim ("they believe the men were likely
    responsible for thefts", "Israel held Hamas responsible for the bombing")? The act is then alleged (reported but not
    confirmed), as a crime named in a charge is."""
    if not _responsible_for(n):
        return False
    resp = n.head.head
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGING_ADVERBS for c in resp.children):
        return True
    return any(a.pos_ in {"VERB", "AUX"} and a.lemma_.lower() in _CLAIMING_VERBS for a in resp.ancestors)


#: verbs of coming into an act ("got into a fight", "entered into talks"), and those whose passive subject is drawn into
#: it ("was drawn into a brawl")
_ENTERING = frozenset({"get", "enter", "go", "draw", "drag", "pull", "plunge"})
_DRAWN_INTO = frozenset({"draw", "drag", "pull", "plunge"})


def _share_in(n: Token) -> list[Token]:
    """Who took part in the nominal act ``n`` by its in-phrase: the owner of a role, part or involvement in it ("her role
    in a mortgage fraud scheme", "Iran's part in the attacks"), or the subject of a verb of taking part ("accused of
    participating in an armed robbery", "was involved in the assault", "took part in the riot"). Not an owner that
    names a time ("last year's role"), nor a passive's subject of other verbs."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ not in {"in", "into"}:
        return []
    h = n.head.head
    if n.head.lower_ == "into":
        # "got into a fight with a man", "entered into talks with the rebels", "was drawn into a brawl": who comes into it
        if h.pos_ != "VERB" or h.lemma_.lower() not in _ENTERING:
            return []
        subjects, passive = _verb_subjects(h)
        return [] if passive and h.lemma_.lower() not in _DRAWN_INTO else subjects
    if h.pos_ == "NOUN" and h.lemma_.lower() in _SHARE_NOUNS:
        if h.lemma_.lower() == "part" and h.dep_ in _OBJ and h.head.lemma_.lower() == "take":
            h = h.head  # "took part in the riot": the phrase hung on the noun
        else:
            return [c for c in h.children if (c.dep_ == "poss" and not _when(c)) or (
                c.dep_ in {"compound", "amod"} and c.i < h.i and c.ent_type_ in {"GPE", "NORP", "ORG"})]
    if h.pos_ != "VERB":
        return []
    taking = h.lemma_.lower() in _SHARE_VERBS or (h.lemma_.lower() == "take" and any(
        o.lemma_.lower() == "part" for o in _child(h, _OBJ)))
    if not taking:
        return []
    subjects, passive = _verb_subjects(h)
    return subjects if (not passive or h.lemma_.lower() == "involve") else []


#: for a particle, the prepositions after it that name whom its verb is aimed at ("lash out at", "crack down on"); a
#: particle absent here takes no such phrase, and an on- or at-phrase after it says where ("sealed off the area at ...")
_AIMED_PREPS = {"out": ("at", "against"), "down": ("on", "upon")}
#: head nouns of a street, an address or a building: a place acted at, never whom an act is aimed at
_SITE_NOUNS = frozenset({"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "drive", "dr.", "lane", "ln",
                         "boulevard", "blvd", "blvd.", "highway", "hwy", "route", "parkway", "pkwy", "alley", "block",
                         "address", "intersection", "building", "house", "home", "residence", "apartment", "property",
                         "premises", "premise", "warehouse", "site", "farm", "yard", "driveway", "parking"})


#: the site nouns a proper name ends in when it is a street or square, not a seat of government ("the White House")
_STREET_NOUNS = (_SITE_NOUNS - {"house", "home", "building", "residence", "property", "premises", "premise", "site", "farm"}) | {
    "square", "plaza"}


def _site(t: Token) -> bool:
    """Is ``t`` a place acted at rather than a side: a street, an address, a building or a facility or location name
    ("at 12 Elm Street", "on Harbor Road", "at the warehouse", "at Tahrir Square")? Not a country or city (it stands for
    its government or people: "lashed out at the United States") nor a named building that is no street ("lashed out at
    the White House", "against the Kremlin"). A seat of government named by its street ("Downing Street") reads as the
    street: the parse alone cannot tell it apart."""
    if t.pos_ != "PROPN":
        return t.lemma_.lower() in _SITE_NOUNS and t.ent_type_ not in {"ORG", "GPE", "NORP"}
    numbered = any(c.dep_ == "nummod" and c.like_num for c in t.children)  # "180 Clinton St."
    if not numbered and (t.ent_type_ in {"ORG", "GPE", "NORP"} or not (t.ent_type_ in {"FAC", "LOC"} or t.lower_ in _SITE_NOUNS)):
        return False  # "lashed out at the House": a body
    return numbered or t.lower_ in _STREET_NOUNS


#: verbs of telling or asking someone something: done in a call or a meeting, their object is its other side
_ADDRESSING = frozenset({"tell", "ask", "urge", "assure", "reassure", "inform", "warn", "brief", "thank", "congratulate",
                         "invite", "press", "promise", "advise", "remind", "caution", "implore", "persuade"})
#: the press and an audience, which one tells things to in public, not as a side of a meeting
_AUDIENCE = frozenset({"reporter", "journalist", "press", "media", "newsman", "correspondent", "newspaper", "audience",
                       "crowd", "listener", "viewer", "reader"})


def _fronted_host(prep: Token) -> Token:
    """The verb a phrase ``prep`` opening the sentence belongs to: the main clause's, when the parser hung it on a
    to-infinitive standing between it and the main verb ("In a call [to mark the day], the minister told ...": the call
    is where the minister told it); else the verb or noun it hangs on."""
    v = prep.head
    if (v.dep_ in {"ccomp", "advcl", "xcomp", "acl"} and prep.i < v.i < v.head.i and v.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and not _child(v, _SUBJ)
            and all(t.dep_ != "nsubj" or t.head.i == v.head.i for t in v.doc[prep.i : v.i])):
        return v.head
    return v


def _addressed_in(n: Token) -> list[Token]:
    """The other side of the call or meeting ``n`` that the in- or during-phrase of a verb of telling names: the one
    told or asked ("in a telephone call, Merkel told Putin the sanctions would stay", "during the meeting the minister
    urged his counterpart to ..."); nobody for a passive, an audience or the press ("told reporters during the
    meeting"), or a verb of another kind ("during the talks police arrested two protesters")."""
    if n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.lower_ not in {"in", "during"}:
        return []
    v = _fronted_host(n.head)
    if v.pos_ != "VERB" or v.lemma_.lower() not in _ADDRESSING or _negated(v):
        return []
    subjects, passive = _verb_subjects(v)
    if passive:
        return []
    told = [o for o in _child(v, _OBJ | {"dative", "iobj"}) if (_party(o) or is_person(o)) and not _instrument(o)
            and o.lemma_.lower() not in _AUDIENCE and (o.pos_ != "PRON" or o.lower_ in {"him", "her", "them"})]
    return _conjuncts(told[0]) if told else []


def _facilities_hit(n: Token) -> list[Token]:
    """The embassy, base or station an attack ``n`` is told to have happened at: in its own phrase ("bombings at U.S.
    embassies"), in its relative clause ("an explosion that took place near the American embassy") or on the verb of
    harm it is the subject or cause of ("blasts which killed scores outside embassies")."""
    holders = [n, *(c for c in n.children if c.dep_ in {"relcl", "acl"})]
    if n.dep_ in _SUBJ and n.head.lemma_.lower() in _HARM_VERBS:
        holders.append(n.head)
    elif n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.lemma_.lower() in _HARM_VERBS:
        holders.append(n.head.head)
    holders += [c for h in list(holders[1:]) for c in h.children if c.dep_ == "conj" and c.lemma_.lower() in _HARM_VERBS]
    return [o for h in holders for _p, o in _prep_objects(h, ("at", "outside", "near", "in", "on"))
            if o.lemma_.lower() in _FACILITIES]


#: participles that lay a measure or an attack on someone ("the blockade imposed on Gaza", "sanctions placed on Iran",
#: "strikes directed against the rebels")
_LAYING = frozenset({"impose", "place", "lay", "enforce", "slap", "levy", "inflict", "direct", "aim", "launch", "carry",
                     "conduct", "wage", "unleash"})
#: passive verbs of harm whose agent can be an attack ("the hospital was damaged by airstrikes")
_HARMED_BY = frozenset({"damage", "destroy", "hit", "strike", "flatten", "level", "raze", "wreck", "demolish", "target",
                        "kill", "wound", "injure"})


def _laid_on(n: Token) -> list[Token]:
    """The side a measure or attack named by ``n`` is laid on by a participle hung on it ("the 17-year blockade imposed
    on Gaza", "sanctions placed on Iran"): a name or a place, not a thing ("restrictions placed on travel")."""
    out: list[Token] = []
    for c in n.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _LAYING and not _negated(c):
            out.extend(o for _p, o in _prep_objects(c, ("on", "against")) if _party(o, plain=True) or _is_place(o))
    return out


def _struck_by(n: Token) -> list[Token]:
    """What the attack ``n`` harmed, when it is the agent of a passive verb of harm ("the Indonesian Hospital has
    been damaged severely by Israeli airstrikes", "two villages were destroyed by the shelling")."""
    if n.dep_ != "pobj" or n.head.dep_ != "agent":
        return []
    v = n.head.head
    if v.lemma_.lower() not in _HARMED_BY or _negated(v):
        return []
    return [x for c in v.children if c.dep_ in _SUBJPASS for x in _conjuncts(c)]


def _victims(n: Token) -> list[Token]:
    """Whom the attack ``n`` harmed by the verb of harm the sentence names with it: "killed in the shootings" (the passive's
    subject), "the blast killed 40", "a stabbing that killed a man" (the object)."""
    v = None
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.lower_ in {"in", "during", "by", "from"}:
        v = n.head.head
        for _ in range(2):  # "were killed and at least nine injured in a knife attack": up the harm verbs' list
            if v.lemma_.lower() in _HARM_VERBS and not _child(v, _SUBJPASS | _OBJ) and v.dep_ in {"conj", "acl"} and (
                    v.head.lemma_.lower() in _HARM_VERBS or v.head.head.lemma_.lower() in _HARM_VERBS):
                v = v.head if v.head.lemma_.lower() in _HARM_VERBS else v.head.head
        if v.pos_ != "VERB" or v.lemma_.lower() not in _HARM_VERBS:
            return []
        passive = _child(v, _SUBJPASS)
        return _conjuncts(passive[0]) if passive else []
    if n.dep_ in _SUBJ and n.head.pos_ == "VERB" and n.head.lemma_.lower() in _HARM_VERBS:
        v = n.head
    else:
        v = next((c for c in n.children if c.dep_ == "relcl" and c.lemma_.lower() in _HARM_VERBS
                  and any(s.dep_ in _SUBJ and s.lower_ in _RELPRON for s in c.children)), None)
    if v is None:
        return []
    return _objects(v)


# roots of verbal and diplomatic acts (statements, appeals, intents, consultations, cooperation,
# demands, disapproval, rejections, threats)
_VERBAL_ROOTS = {"01", "02", "03", "04", "05", "06", "10", "11", "12", "13"}


#: what is undertaken or tried, not a side one can harm: "fought the president's efforts to obstruct the inquiry" (an
#: opposition, no fight), "the raid, executed after a tip" (carried out, no killing)
_UNDERTAKEN = frozenset({"effort", "attempt", "bid", "raid", "operation", "search", "mission"})

# documents in which a side speaks: what one says ("condemning", "urging", "described") is its author's act
_SPEECH_DOCUMENTS = frozenset({"statement", "letter", "message", "communique", "communiqué", "declaration", "editorial", "telegram",
                               "memorandum", "memo", "note", "release", "petition", "bulletin"})
#: words spoken by one person on one occasion: what they say ("a speech denouncing ...") is the speaker's act when the
#: text names who gave them; unlike a document's (above), it stays an act of no one named when it does not
_SPOKEN_WORDS = frozenset({"speech", "address", "remark", "remarks", "interview", "sermon", "lecture", "tirade", "broadside", "tweet", "post",
                           "op-ed", "article", "column"})
# verbs by which a side puts out such a document or gives such words: "the ministry issued a statement condemning ...",
# "she gave an impassioned speech denouncing ..."
_ISSUING = frozenset({"issue", "release", "send", "publish", "sign", "deliver", "post", "put", "circulate", "write", "read",
                      "give", "make", "pen", "tweet"})


def _authors(doc_noun: Token) -> list[Token]:
    """Who speaks in a document of words ("statement", "letter") that a speech act has for its subject: its owner ("the
    party's statement"), the by- or from-phrase ("a statement by the interior ministry"), a name before it
    ("a Kremlin statement"), or the subject of the verb that puts it out ("the ministry issued a statement condemning
    the attack"); none for other documents ("the treaty calls for ...") or a document with no author named."""
    if doc_noun.lemma_.lower() not in _SPEECH_DOCUMENTS | _SPOKEN_WORDS:
        return []
    owners = [c for c in doc_noun.children if c.dep_ == "poss" or (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")]
    owners += [o for _, o in _prep_objects(doc_noun, ("by", "from"))]
    if not owners and doc_noun.dep_ in _OBJ and doc_noun.head.lemma_.lower() in _ISSUING:
        subjects, passive = _verb_subjects(doc_noun.head)
        owners = _agent(doc_noun.head) if passive else subjects
    elif not owners and doc_noun.lemma_.lower() in _SPOKEN_WORDS and doc_noun.dep_ == "pobj" and doc_noun.head.lower_ == "in" \
            and doc_noun.head.head.pos_ in {"VERB", "AUX"}:
        subjects, passive = _verb_subjects(doc_noun.head.head)  # "in a speech criticising the opposition, the president said"
        owners = [] if passive else subjects
    return [o for o in owners if o.pos_ in {"PROPN", "NOUN", "PRON"} and not _instrument(o)]


#: powers and rights one exercises, whose "exercise" is no military exercise
_EXERCISED_POWERS = frozenset({"sovereignty", "power", "right", "authority", "control", "restraint", "jurisdiction", "discretion",
                               "option", "veto", "judgment", "judgement", "freedom", "duty", "function", "responsibility"})
#: the documents whose kind the nouns before them name ("the test ban treaty", "an arms control agreement")
_TREATIES = frozenset({"treaty", "accord", "pact", "convention", "protocol", "agreement"})
#: texts that lay down what is to be done or not: treaties and laws
_LAYING_DOWN = _TREATIES | {"law", "bill", "resolution", "ordinance", "decree", "statute"}


def _laid_down(v: Token) -> bool:
    """Is the verb what a treaty or a law lays down, a gerund on it ("the treaty banning all nuclear tests", "a law
    requiring ...")? No act is done. A decree, an order or a resolution that the sentence has someone sign, issue or
    pass does what it says: "Putin signed a decree banning food imports" (see :func:`_enactors`)."""
    return v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in _LAYING_DOWN and not _enactors(v.head)


#: documents that put a measure in force when they are signed, issued or adopted (a treaty is an agreement of its own)
_ENACTED = frozenset({"law", "resolution", "ordinance", "decree", "order", "directive", "regulation", "edict"})
#: verbs that put such a document in force (a bill approved by one chamber is not yet in force; a council passes a resolution)
_ENACTING = frozenset({"sign", "issue", "adopt", "enact", "promulgate", "pass"})


def _enactors(doc_noun: Token) -> list[Token]:
    """Who puts the decree, order, law or resolution ``doc_noun`` in force in its sentence: the subject of the verb that
    signs, issues or passes it, or the by-agent of its passive ("Obama signed an executive order lifting the sanctions",
    "a resolution imposing sanctions was adopted by the council"); none when no such verb governs it, or when the
    signing is denied or still to come."""
    h = doc_noun.head
    if doc_noun.lemma_.lower() not in _ENACTED or doc_noun.dep_ not in _OBJ | {"nsubjpass"} or h.lemma_.lower() not in _ENACTING \
            or h.pos_ != "VERB" or _negated(h) or h.tag_ not in {"VBD", "VBN", "VBZ"} or h.dep_ == "xcomp" \
            or any(c.tag_ == "MD" for c in h.children) or (h.dep_ == "ccomp" and h.head.lemma_.lower() in _DENYING) \
            or (h.lemma_.lower() == "pass" and doc_noun.lemma_.lower() != "resolution"):
        return []  # "refused to sign a bill imposing ...", "will sign a decree ...", "denied that he had signed": nothing in force
    subjects, passive = _verb_subjects(h)
    return [o for o in (_agent(h) if passive else subjects) if o.pos_ in {"PROPN", "NOUN", "PRON"} and not _instrument(o)]


def _names_a_treaty(tok: Token) -> bool:
    """Is the noun part of the name of a kind of treaty, a compound before its head ("the nuclear test ban treaty",
    "the Comprehensive Test Ban Treaty", "an arms control accord"), or what a treaty or a law lays down ("the treaty
    banning all nuclear tests")? The treaty's own signing or rejection is the act."""
    if tok.dep_ in _OBJ and _laid_down(tok.head):
        return True
    t = tok
    for _ in range(4):
        if t.dep_ != "compound" or t.head.i <= t.i:
            return False
        t = t.head
        if t.lemma_.lower() in _TREATIES or t.lower_ in _TREATIES:
            return True
    return False


def _instrument(tok: Token) -> bool:
    """Does ``tok`` head a noun phrase naming a document, plan or measure ("the treaty", "sanctions")?"""
    return tok.pos_ in {"NOUN"} and not tok.ent_type_ and (tok.lemma_.lower() in instrument_nouns() or tok.lower_ in instrument_nouns())


# premises, products and features: what listings, adverts and reviews make the subject of "offers", "features", "provides"
_THINGS = frozenset({"property", "properties", "building", "complex", "apartment", "flat", "condo", "condominium", "hotel", "resort",
                     "venue", "facility", "house", "home", "residence", "development", "tower", "estate", "suite", "room",
                     "clubhouse", "amenity", "feature", "floor", "plan", "layout", "design", "product", "package", "menu",
                     "restaurant", "shop", "store", "mall", "app", "website", "site", "device", "phone", "version",
                     "edition", "course", "programme", "ticket", "deal", "price", "offer", "kit", "collection", "range"})


# what a listing or an advert says premises or products do: offer, provide (a firm's denial or apology stays its own)
_OFFER_ROOTS = frozenset({"03", "06", "07"})


def _thing(tok: Token) -> bool:
    """Does ``tok`` head a noun phrase naming premises, a product or a feature ("the property offers its residents
    access", "the app provides"), which make no offer, statement or deal (listings, adverts and reviews)?

    A lower-case common noun of that family with no name or capitalised word owning it ("the Hilton hotel" is a firm).
    """
    if tok.pos_ != "NOUN" or tok.ent_type_ or not tok.text.islower() or tok.lemma_.lower() not in _THINGS:
        return False
    owners = [c for c in tok.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    owners += [o for p, o in _prep_objects(tok, ("of",))]
    return not any(c.ent_type_ or c.pos_ in {"PRON", "PROPN"} or not c.text.islower() for c in owners)


def _light_strong(v: Token, lex: Lexicon) -> bool:
    return any(r.strong for r in _lemma_rows(v, lex, "L"))


# verbs that presuppose the happening they take as object: comments and denials (01), investigations (09),
# condemnation, blame and accusation (11): "condemned the attack", "investigating the slayings" are two events
# (gold-set guidelines, section 3)
_PRESUPPOSING_ROOTS = frozenset({"01", "09", "11"})
_HAPPENING_ROOTS = frozenset({"17", "18", "19", "20"})
# what a comment, a condemnation or an inquiry presupposes: the material acts and shows of force ("condemned the missile
# launch", "criticised the exercises")
_PRESUPPOSED_ROOTS = _HAPPENING_ROOTS | {"15"}


#: acts of courts among the codes of words: a ruling, a verdict or a sentence is an act, not a saying
_COURT_ACTS = frozenset({"116"})


def _presupposed(verb_event: EventCandidate, row: Optional[LexEntry], noun: Optional[Token] = None) -> bool:
    """Is the noun's (``noun``, matched by ``row``) happening one the verb only speaks of, judges or investigates?"""
    if row is not None and verb_event.code[:2] == "17" and (row.code[:2] in _VIOLENT or row.code[:2] == "09"):
        # "sought in Saturday's fatal shooting": the hunt is for the one who did the crime, the crime is its own event;
        # "picked up for questioning": the questioning is an investigative step of its own (settling rule 23)
        return True
    if row is not None and verb_event.code == "116" and row.code == "115":
        return True  # "a judge dismissed the lawsuit": the ruling and the suit it ends are two events (settling rule 10)
    if (row is not None and row.code[:2] in _ASKED_ROOTS | {"11"}
            and verb_event.sentence.doc[verb_event.trigger_i].lemma_.lower() in _ANSWERING):
        # "the rebels' demand was refused by the government", "is considering a request from the
        # family", "dismissed the criticism": what is answered was asked, offered or said before, an event of its own (guidelines, section 4)
        return True
    if (row is not None and noun is not None and verb_event.code in {"051", "013", "111", "112"}
            and (row.code[:2] not in _SAID_ROOTS or row.code in _COURT_ACTS)
            and _praised_or_blamed(noun, verb_event.sentence.doc[verb_event.trigger_i])):
        # "Japan welcomed the release of the journalists", "Republicans criticized the exchange": praise and blame are of
        # an act done or announced, an event of its own (guidelines, section 5)
        return True
    return row is not None and row.code[:2] in _PRESUPPOSED_ROOTS and (
        verb_event.code[:2] in _PRESUPPOSING_ROOTS or verb_event.code == "015")  # "Al-Shabaab claimed the attack": a given


def _judged_act(n: Token, verb_events: dict[int, EventCandidate]) -> bool:
    """Is the event noun ``n`` the act named, definite, as what a verb of praise or blame judges ("welcomed the release",
    "denounced this seizure", "condemned Russia's annexation")? It is a mention of that act (guidelines, section 5, settling
    rule 21), coded whether or not its sides are named here. Not an act of a thing ("the release of the new iPhone",
    "the withdrawal of the advert"), nor one a judgment still to come speaks of ("would welcome the release")."""
    h = n.head
    return (n.dep_ in _OBJ | {"nsubjpass"} and h.i in verb_events and _praised_or_blamed(n, h)
            and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) for c in n.children))


def _praised_or_blamed(n: Token, v: Token) -> bool:
    """Is the event noun ``n`` an act of people or sides that the verb of praise or blame ``v`` judges as told done?"""
    return v.lemma_.lower() in _WELCOMING | _DECRYING and _judging_told(v) and not _of_things(n)


def _of_things(n: Token) -> bool:
    """Is the event noun ``n`` one of a thing its of-phrase names ("the release of the new iPhone", "the withdrawal of the
    advert"), not of people or sides?"""
    return any(not ((o.pos_ == "NOUN" and _party(o)) or is_person(o) or o.pos_ == "PRON" or o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                    or o.lemma_.lower() in _LIFTED_MEASURES)  # (a measure lifted is a side's act: "the lifting of sanctions")
               for _p, o in _prep_objects(n, ("of",)))


def _judging_told(v: Token) -> bool:
    """Is the judging verb ``v`` told as done, not wished, foretold or denied ("the EU would welcome the release")?"""
    return v.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and not _negated(v) and not any(a.tag_ == "MD" for a in v.children) \
        and v.dep_ != "xcomp"


#: verbs of praise and of blame, whose object is an act told as done or announced
#: (not "back" or "endorse", said of a plan or a text one supports: "lawmakers endorsed an association agreement")
_WELCOMING = frozenset({"welcome", "praise", "hail", "applaud", "commend", "laud", "salute", "celebrate"})
_DECRYING = frozenset({"criticize", "criticise", "condemn", "denounce", "decry", "deplore", "slam", "blast", "lambast", "assail",
                       "castigate", "protest"})


#: roots of acts done by announcing them ("declared a ceasefire", "announced sanctions", "announced an inquiry",
#: "announced the release of", "announced aid"): announced, they are done. An announced strike, visit, talks or
#: threat is still to come (or the object of a misparse: "stating the threat is unsubstantiated"), so the
#: announcement stays the event there.
_DONE_BY_DECLARING = frozenset({"07", "08", "09", "16", "17"})


def _announces(v: Token, ev: EventCandidate) -> bool:
    """Is ``ev`` on the verb ``v`` a plain announcement (010 "announce", "state", "declare"), which only frames the act its object names?"""
    return ev.code == "010" and v.lemma_.lower() in _ANNOUNCED_ACTS


def _subsumed(n: Token, verb_events: dict[int, EventCandidate], row: Optional[LexEntry] = None) -> bool:
    """A nominal event that is the object of a triggered verb ("called for talks") is part of it, unless the verb only
    speaks of, judges or investigates a violent or coercive happening the noun names ("condemned the bombing"), or
    only announces an act done by announcing it ("announced a new inquiry", "declared a ceasefire": the noun is the
    event, and :func:`_framing_announcements` drops the announcement beside it, guidelines section 3)."""
    h = n.head
    if n.dep_ in _OBJ and h.i in verb_events and _announces(h, verb_events[h.i]) and row is not None \
            and row.code[:2] in _DONE_BY_DECLARING:
        return False
    if n.dep_ in _OBJ | {"nsubjpass"} and h.i in verb_events and h.lemma_.lower() in _THIRD_PARTY_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in n.children):
        return False  # "Egypt hosted talks between Israel and Hamas": the talks are the two sides' own
    if n.dep_ in _OBJ | {"nsubjpass"} and h.i in verb_events:
        return not _presupposed(verb_events[h.i], row, n)
    if n.dep_ == "pobj" and h.lower_ == "to" and h.head.i in verb_events and verb_events[h.head.i].code == "151":
        return True  # "raised its security alert to 'emergency attack'": the name of the level
    if n.dep_ == "pobj" and h.head.i in verb_events and h.dep_ in {"prep", "prt"}:
        ev = verb_events[h.head.i]
        return bool(ev.entry and ev.entry.prep == h.lower_) and not _presupposed(ev, row)
    if n.dep_ == "pobj" and h.lower_ == "in" and _sum_of_money(h.head) and h.head.dep_ in _OBJ and h.head.head.i in verb_events \
            and verb_events[h.head.head.i].code[:2] in {"03", "07"}:
        return True  # "gave 100 million euros in loans": the loans are the giving ("seeking $6 million in a suit" is a suit)
    if n.dep_ == "pobj" and h.lower_ == "of" and h.head.dep_ in _OBJ and h.head.head.i in verb_events and (
            ev := verb_events[h.head.head.i]).entry is not None and ev.entry.origin == "message sent":
        return True  # "sent a message of condolence", "a note of protest": what the message carries is the sending
    if n.dep_ == "conj":
        return _subsumed(n.head, verb_events, row)
    return False


#: verbs of a third party to an encounter between two others ("hosted talks between Israel and Hamas")
_THIRD_PARTY_VERBS = frozenset({"host", "mediate", "broker", "sponsor", "facilitate", "arrange", "organize", "organise"})
_STOP_VERBS = {"stop", "cease", "halt", "end", "quit"}
_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


def _imperative(v: Token) -> bool:
    """A main verb in the base form with no subject, first word of its sentence: "Thank you to everyone", "Stop the killing"."""
    if v.dep_ not in {"ROOT", "ccomp"} or v.tag_ not in {"VB", "VBP"} or any(c.dep_ in _SUBJ | _SUBJPASS | {"aux", "auxpass"} for c in v.children):
        return False
    first = next((t for t in v.sent if not t.is_punct), None)
    return first is not None and first.i == v.i


def _to_stop(tok: Token) -> bool:
    """What someone is told or needs to stop: "stop the killing", "They need to stop talking"."""
    h = tok.head
    return tok.dep_ in {"xcomp", "dobj"} and h.lemma_.lower() in _STOP_VERBS and (_imperative(h) or not any(c.dep_ in _SUBJ for c in h.children))


_FEW = {"one", "once", "a", "an", "single"}


# blows counted in one attack: "was stabbed three times", "shot him twice"
_BLOWS = frozenset({"stab", "shoot", "hit", "strike", "punch", "kick", "slash", "knife", "beat", "club", "hack"})


def _times(v: Token) -> bool:
    """A habit counted, not one act: "has been arrested more than a dozen times".

    Blows counted in a simple past ("was stabbed three times") are one attack;
    in the perfect ("has been shot twice in his life") they stay a tally.
    """
    if v.lemma_.lower() in _BLOWS and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children):
        return False
    for c in v.children:
        if c.lemma_.lower() == "time" and c.tag_ == "NNS" and c.dep_ in {"npadvmod", "advmod", "dobj", "pobj"}:
            counts = [x for x in c.subtree if x.i < c.i and (x.like_num or x.lower_ in {"dozen", "several", "many", "numerous", "multiple"})]
            if counts and not all(x.lower_ in _FEW for x in counts):
                return True
    return False


def _rate(v: Token) -> bool:
    """A rate counted, not one act: "arrests were made in more than 60 percent of murder cases"."""
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and (o.lemma_.lower() in {"percent", "%", "percentage", "proportion", "share"}
                                                               or o.lower_ == "%") for o in c.children) for c in v.children)


_STATE_VERBS = frozenset({"remain", "stay"})
_COMMEMORATIONS = frozenset({"anniversary", "commemoration", "memorial", "remembrance", "memory", "centenary", "centennial",
                             "jubilee"})


def _state_verb(t: Token) -> bool:
    """Is ``t`` a form of "remain" or "stay" (the lemmatizer leaves "remained" as an auxiliary unlemmatised)?"""
    return t.lemma_.lower() in _STATE_VERBS or any(t.lower_ == w + e for w in _STATE_VERBS for e in ("", "s", "ed", "ing"))


def _anonymity(v: Token) -> bool:
    """A request not to be named or quoted: "asked not to be named", "declined to be identified"."""
    for c in v.children:
        if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in {"name", "identify", "quote"} and c.tag_ == "VBN" and any(
                x.dep_ == "auxpass" for x in c.children):
            return True
    return False


# what one acknowledges when one admits to a fault (CAMEO 015)
_OWNED_FAULTS = {"responsibility", "role", "mistake", "error", "guilt", "wrongdoing", "failure", "involvement", "blame", "fault", "failings",
                 "shortcoming", "shortcomings", "abuse", "abuses", "crime", "crimes"}


# what is charged when a charge is a price or a filling, not an accusation: "charged a fee", "charged customers $5",
# "charge the battery"
_BILLED = frozenset({"fee", "price", "rate", "interest", "commission", "premium", "amount", "money", "sum", "tax", "toll", "fare",
                     "rent", "surcharge", "penalty", "customer", "client", "user", "buyer", "consumer", "patient", "passenger",
                     "shopper", "subscriber", "guest", "tenant", "student", "visitor", "battery", "phone", "device", "car",
                     "vehicle", "laptop", "dollar", "euro", "pound", "cent", "percent", "%", "nothing"})
# objects of "steal" in its figurative senses
_STOLEN_FIGURATIVELY = frozenset({"show", "spotlight", "limelight", "march", "glance", "look", "base", "thunder", "heart",
                                  "kiss", "scene", "headline", "moment", "hearts", "idea", "line", "joke", "minute",
                                  "nap", "point", "win", "victory", "game", "ball", "possession", "trick", "job", "customer",
                                  "client", "talent", "business", "vote", "seat", "lead", "title", "record", "series",
                                  "share", "market", "basis", "bases", "election", "future", "breath"})
# occasions that are held somewhere ("a concert was held in the prison"): no one held in custody
_HELD_OCCASIONS = frozenset({"concert", "meeting", "event", "ceremony", "exhibition", "talk", "conference", "service", "election",
                             "vote", "show", "party", "competition", "contest", "festival", "workshop", "session", "hearing",
                             "trial", "funeral", "wedding", "mass", "prayer", "vigil", "rally", "class", "course", "seminar"})
# what one is charged with when a charge is a duty given: "charged with overseeing the merger", "with the task of"
_DUTIES = frozenset({"task", "duty", "responsibility", "job", "mission", "role", "care", "oversight", "supervision", "management",
                     "running", "implementation", "organisation", "organization", "preparation", "review", "development"})
_TASK_VERBS = frozenset({"oversee", "lead", "run", "manage", "develop", "implement", "ensure", "coordinate", "organise", "organize",
                         "supervise", "review", "draft", "design", "build", "create", "deliver", "monitor", "examine", "find",
                         "keep", "maintain", "improve", "promote", "plan", "prepare", "establish", "set", "look", "advise",
                         "overhaul", "reform", "modernise", "modernize", "write", "produce", "guide", "steer",
                         "protect", "defend", "safeguard", "regulate", "investigate", "probe", "study", "assess", "evaluate",
                         "negotiate", "broker", "raise", "restore", "rebuild", "form", "select", "choose", "appoint", "hire",
                         "recruit", "train", "teach", "care", "tackle", "address", "fix",
                         "verify", "check", "confirm", "identify", "determine", "collect", "gather", "enforce", "inspect",
                         "count", "distribute", "administer", "track", "trace", "report", "document", "police"})


def _billing(v: Token) -> bool:
    """Is the charge of ``v`` a price asked or a battery filled ("charged a $5 fee", "users are charged monthly")?"""
    acted_on = [*_child(v, _OBJ | _SUBJPASS | {"dative", "iobj"}), *(o for p, o in _prep_objects(v, ("for", "to", "at", "up")))]
    if any(t.ent_type_ in {"MONEY", "PERCENT"} and not _in_age(t) for c in v.children if c.dep_ in _OBJ | {"dative", "iobj", "npadvmod", "attr"}
           for t in c.subtree):
        return True  # "charged customers $5" (not "charged a 22-year-old woman" nor "a 61-year-old man was charged", which the
        # tagger may read as money)
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
        return True  # "charge up the batteries"
    if v.dep_ == "relcl" and (v.head.lemma_.lower() in _BILLED or v.head.lower_ in _BILLED):
        return True  # "an internal fee that it has charged to its business groups"
    return any(o.lemma_.lower() in _BILLED or o.lower_ in _BILLED for o in acted_on)


def _running_total(v: Token) -> bool:
    """Does ``v`` count people over a span since a time ("since 1950, 427 fugitives have been caught")?"""
    since = [t for t in v.subtree if t.lower_ == "since" and t.dep_ in {"prep", "advmod", "mark"}]
    if not since:
        return False
    when = {c.i for t in since for c in t.subtree}  # "since 1990" names a year, not a count
    counted = [n for t in _child(v, _OBJ | _SUBJPASS | _SUBJ) for n in t.subtree if n.like_num and n.i not in when]
    return any(n.text.replace(",", "").isdigit() and int(n.text.replace(",", "")) >= 50 for n in counted)


def _tasked(v: Token) -> bool:
    """Is "charged with" a duty given ("charged with overseeing the merger", "charged with the task of")?"""
    for _p, o in _prep_objects(v, ("with",)):
        w = o.lower_
        # the lemma of a gerund, also when the parser read it as a noun ("with verifying that ...")
        stems = {o.lemma_.lower(), w[:-3], w[:-3] + "e", w[:-4]} if w.endswith("ing") else set()
        if (o.lemma_.lower() in _DUTIES or stems & _TASK_VERBS) and not crime_object(o):
            return True  # (not "charged with preparing acts of terrorism": a crime)
    return False


#: what is signed as a keepsake, not as an agreement ("signed photographs", "signing copies of her book")
_SIGNED_KEEPSAKES = frozenset({"photograph", "photo", "autograph", "book", "copy", "jersey", "ball", "poster", "picture", "card",
                               "cast", "guestbook", "shirt", "program", "programme", "memorabilia"})
#: what a danger threatens, as opposed to whom a threat is made to ("threatening the stability of the government")
_ENDANGERED = frozenset({"stability", "security", "future", "existence", "livelihood", "economy", "health", "safety",
                         "survival", "environment", "integrity", "viability", "credibility", "recovery", "growth", "supply"})


#: what carries a slogan, whose quoted words tell no act ('Banners read: "The state kills"')
_SLOGAN_BEARERS = frozenset({"banner", "placard", "sign", "slogan", "leaflet", "poster", "graffiti", "flyer", "t-shirt", "sticker",
                             "billboard", "chant"})
#: what is "stolen" in a figure of speech, not a theft ("stealing our dreams", "stole the show")
_STOLEN_FIGURES = frozenset({"dream", "heart", "show", "spotlight", "limelight", "thunder", "headline", "glance", "kiss",
                             "base", "march", "soul", "youth", "future", "hope", "identity", "moment", "scene", "breath"})
#: what one withdraws from, or complains of, as a patient ("withdrawing from a drug addiction", "complained of chest pains")
_PATIENTS_AILMENTS = frozenset({"addiction", "drug", "heroin", "alcohol", "methadone", "medication", "opiate", "opioid",
                                "nicotine", "pain", "difficulty", "ache", "headache", "illness", "symptom", "dizziness",
                                "fatigue", "nausea", "discomfort", "fever", "cough", "sickness", "injury"})
#: what a side takes in an election or a contest, no territory ("win back seats", "recapture the majority")
_CONTESTED = frozenset({"seat", "vote", "voter", "majority", "market", "title", "crown", "lead", "championship",
                        "imagination", "attention", "mood", "spirit", "presidency", "nomination"})
#: what is won, not taken, when it is seized or captured (17, 18): seats, votes, titles; a presidency seized is power
_CONTESTS_SEIZED = _CONTESTED - {"market", "imagination", "attention", "mood", "spirit", "presidency", "nomination"}


#: vehicles whose running over someone is a mishap when no driver is named
_ROAD_VEHICLES = frozenset({"car", "van", "truck", "lorry", "bus", "suv", "vehicle", "pickup", "tractor", "taxi", "motorcycle"})
#: receivers of charity and what is given to them: no aid between sides
_CHARITIES = frozenset({"charity", "foundation", "shelter", "fund", "trust", "church", "bank", "society", "hospice", "pantry",
                        "cause", "orphanage"})
_GIFTS_DONATED = frozenset({"prize", "takings", "taking", "proceeds", "profit", "blood", "organ", "kidney", "toy", "book", "clothes",
                            "clothing", "hair"})
#: what a hazard's toll raises fears of: no speaker
_HAZARD_TOLLS = frozenset({"death", "case", "outbreak", "infection", "transmission", "spread", "rise", "increase", "drop", "fall",
                           "surge", "shortage", "spike"})


def _told_of_a_hazard(v: Token) -> bool:
    """Is "raising fears" or "raising concerns" said of a hazard or its toll ("five deaths from cholera ..., raising fears",
    "a second case of human-to-human transmission, raising concerns"), not of someone's words?"""
    clause = v.head if v.dep_ in {"advcl", "xcomp"} and v.tag_ == "VBG" else v
    doers = _child(clause, _OBJ) if clause.lemma_.lower() == "have" else _child(clause, _SUBJ | _SUBJPASS)
    return bool(doers) and all(hazard(d) or d.lemma_.lower() in _HAZARD_TOLLS for d in doers)


#: animals a cull kills: no one killed
_ANIMALS = frozenset({"hog", "pig", "swine", "chicken", "bird", "poultry", "fowl", "duck", "goose", "turkey", "cattle", "cow",
                      "sheep", "goat", "livestock", "animal", "horse", "camel", "mink", "deer", "dog", "cat", "fish", "rat"})
#: what one recognizes that is no state or government ("the status of refugees", "the need for reform")
_RECOGNISED_THINGS = frozenset({"status", "right", "need", "importance", "effort", "contribution", "achievement", "problem",
                                "threat", "danger", "value", "role", "work", "sacrifice", "fact", "reality", "difficulty",
                                "concern", "mistake", "marriage", "diploma", "degree", "qualification"})
#: places one goes to for care: a patient's trip is no visit
_PATIENTS_DESTINATIONS = frozenset({"hospital", "clinic", "infirmary", "surgery", "doctor", "gp", "pharmacy", "hospice", "rehab"})
#: verbs of going somewhere ("went to the hospital"), not of visiting it ("the president visited the hospital")
_GOING_VERBS = frozenset({"go", "come", "travel", "rush", "return", "arrive", "head", "walk", "drive", "check", "fly"})
#: care a patient seeks: "sought help", "sought medical treatment" (no appeal)
_CARE_SOUGHT = frozenset({"help", "treatment", "therapy", "counseling", "counselling", "rehab", "rehabilitation", "care",
                          "attention", "surgery", "medication"})
#: nuisances one complains of to whoever can fix them: no grievance against a side
_NUISANCES = frozenset({"leak", "smell", "odor", "odour", "noise", "fume", "smoke", "stench", "rat", "garbage", "litter", "dust",
                        "pothole", "mold", "mould", "flooding", "outage"})
#: things cut that are no ties between sides: "severed the cables", "cut the power line"
_SEVERED_THINGS = frozenset({"cable", "wire", "line", "pipe", "pipeline", "artery", "finger", "hand", "limb", "leg", "arm",
                             "rope", "hose", "cord", "tendon", "nerve", "power", "electricity", "branch", "tree"})
#: programmes one hosts: presenting is no receiving of a visit
_SHOWS_HOSTED = frozenset({"show", "program", "programme", "series", "podcast", "broadcast", "episode", "edition", "segment",
                           "telethon", "pageant", "contest", "quiz", "ceremony", "awards", "gala", "party", "concert", "festival"})
#: the rounds of daily life one goes back to: "returned to work", "back to school"
_DAILY_ROUNDS = frozenset({"work", "school", "class", "classes", "office", "job", "normal", "normality", "normalcy", "training",
                           "practice", "action", "play", "field", "court", "pitch", "studio", "stage"})
#: attitudes toward an act that is not done: "reluctant to criticise"
_RELUCTANT = frozenset({"reluctant", "hesitant", "loath", "loth", "wary"})
#: verbs of a standstill a happening causes, and the happenings ("the strike shut down the country")
_HALTING_VERBS = frozenset({"shut", "close", "halt", "paralyze", "paralyse", "cripple", "disrupt", "ground", "block", "stop"})
_HALTING_HAPPENINGS = frozenset({"strike", "walkout", "stoppage", "protest", "demonstration", "rally", "march", "riot", "unrest",
                                 "storm", "snow", "snowstorm", "blizzard", "flood", "flooding", "hurricane", "typhoon", "cyclone",
                                 "quake", "earthquake", "fire", "blaze", "fog", "ash", "eruption", "outage", "blackout"})
#: times of play a player is hurt or rested in: "injured in the first quarter", "shut down for the season"
_PLAYING_TIMES = frozenset({"quarter", "inning", "innings", "half", "period", "season", "game", "match", "practice", "preseason",
                            "playoff", "playoffs", "postseason", "warm-up", "warmup", "scrimmage", "set", "lap"})


#: nouns of a standing rule one's acts may be under: "a requirement that agencies seek review", "the discretion of
#: deciding whether to ask"
_RULE_NOUNS = frozenset({"requirement", "obligation", "duty", "discretion", "mandate", "right", "option", "freedom"})
#: verbs of a standing rule and the rules that impose them: "the law requires agencies to consult"
_RULING_VERBS = frozenset({"require", "oblige", "obligate", "mandate", "permit", "entitle", "empower", "authorize", "authorise"})
_RULE_TEXTS = frozenset({"law", "regulation", "rule", "act", "statute", "legislation", "provision", "constitution", "code",
                         "policy", "guideline", "ordinance", "bill"})


def _rule_content(v: Token) -> bool:
    """Is the verb ``v`` what a standing rule requires or allows of anyone it covers, no act anyone did: under a rule
    noun ("the requirement to consult with government biologists", "the discretion of deciding whether to ask"), or
    under "require" or "permit" said of a rule ("the regulations don't require agencies to seek consultation") or of a
    whole class ("federal agencies will be required to consult")? Not "the UN required Iraq to destroy the missiles"."""
    w = v
    for _ in range(4):
        if w.dep_ not in {"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep"} or w.head is w:
            return False
        w = w.head
        lemma = w.lemma_.lower()
        if w.pos_ == "NOUN" and lemma in _RULE_NOUNS:
            return not any(c.dep_ == "poss" for c in w.children)  # "his right to appeal" is one person's
        if w.pos_ in {"VERB", "AUX"} and lemma in _RULING_VERBS:
            doers = [*_child(w, _SUBJ), *_agent(w)]
            if any(d.lemma_.lower() in _RULE_TEXTS for d in doers):
                return True
            passive = _child(w, _SUBJPASS)
            return bool(passive) and all(p.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in p.children)
                                         for p in passive)
        if w.pos_ in {"VERB", "AUX"} and lemma not in {"decide", "choose", "have"}:
            return False
    return False


def _fired_thing(v: Token) -> list[Token]:
    """The noun a passive "fire" with no subject of its own is said of: "a missile believed to be fired by rebels"."""
    t = v
    for _ in range(3):
        if t.dep_ not in {"acl", "relcl", "xcomp"} or t.head.i == t.i:
            return []
        t = t.head
        if t.pos_ in {"NOUN", "PROPN"}:
            return [t]
    return []


# what one is fired on or at: a passive "fire" with them is shooting ("were being fired on by two boats")
_FIRED_AT = frozenset({"on", "upon", "at", "into", "toward", "towards", "over"})
# what breaks off when talks are halted ("negotiations broke off at noon")
_TALKS_BROKEN = frozenset({"talk", "talks", "negotiation", "dialogue", "contact", "relation", "tie", "discussion", "meeting"})
#: talks and meetings that collapse, founder or break down ("the summit collapsed", "the conference foundered")
_TALKS_COLLAPSED = frozenset({"talk", "talks", "negotiation", "dialogue", "discussion", "meeting", "summit", "conference", "round"})
#: talks of business, not of states or sides: "merger talks collapsed"
_BUSINESS_TALKS = frozenset({"merger", "takeover", "buyout", "acquisition", "contract", "wage", "pay", "sale", "sell", "licensing",
                             "sponsorship", "venture", "club", "company", "firm", "bid", "shareholder", "investor", "franchise"})


def _talks_halted(v: Token) -> bool:
    """Does ``v`` (break off or down, collapse, founder) halt talks: its subject talks, a meeting or a summit (relations
    and ties only break off), not talks of business, and not "nearly" or "almost"?"""
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)
    if any(c.dep_ == "advmod" and c.lower_ in {"nearly", "almost", "virtually"} for c in v.children):
        return False
    return any((s.lemma_.lower() in _TALKS_BROKEN if off else s.lemma_.lower() in _TALKS_COLLAPSED) and not any(
        m.lemma_.lower() in _BUSINESS_TALKS for m in s.subtree) for s in _child(v, _SUBJ))


#: the words of a siege that is a hostage standoff, and who end one ("police ended the siege by storming the bank")
_STANDOFF_WORDS = frozenset({"hostage", "gunman", "hijacker", "kidnapper", "standoff", "captor"})
_SIEGE_ENDERS = frozenset({"police", "policeman", "officer", "commando", "swat"})
#: who or what captures people on film (beside :data:`_FILMED`)
_RECORDERS = frozenset({"camera", "cctv", "photographer", "lens", "image", "webcam", "dashcam", "bodycam"})


#: who are parties to treaties and accords: states, their governments, legislatures and envoys, and blocs of states
_ACCORD_PARTIES = frozenset({"government", "administration", "state", "country", "nation", "parliament", "congress", "senate",
                             "assembly", "council", "delegate", "delegation", "negotiator", "minister", "president", "leader",
                             "regime", "junta", "kingdom", "republic", "bloc", "union", "cabinet", "legislature", "chancellor",
                             "premier", "king", "washington", "moscow", "beijing", "we", "they", "it"})
#: the words of a deal of business: "abandoned its deal to buy Allergan", "its pact with Netflix"
_DEAL_BUSINESS = frozenset({"buy", "sell", "acquire", "acquisition", "merger", "merge", "takeover", "share", "shareholder", "bid",
                            "stake", "contract", "studio", "netflix", "company", "firm", "customer", "supplier", "sponsor",
                            "sponsorship", "licence", "license", "franchise", "club", "league", "hospital", "patient"})
#: the words of an organisation of states ("the European Union", "the United Nations General Assembly")
_STATE_BODIES = frozenset({"union", "nations", "council", "assembly", "parliament", "congress", "senate", "community",
                           "commission", "conference", "organization", "organisation"})


def _parties_to_accords(v: Token) -> bool:
    """Are the ones who adopt or abandon a treaty or an accord parties to accords: a state, a people, a person (a
    leader), a government, a legislature or a body of states ("Delegates adopted the treaty", "Canada abandoned the
    protocol", "the General Assembly adopted the convention"), not a firm, a club or a hospital? With no doer named
    (passive, "the convention was adopted") they are taken to be."""
    doers = [x for d in _active_doers(v) for x in _conjuncts(d)]
    if not doers:
        return True
    if any(d.ent_type_ in {"GPE", "NORP", "PERSON"} or d.lemma_.lower() in _ACCORD_PARTIES or (
            d.ent_type_ == "ORG" and any(t.lemma_.lower() in _STATE_BODIES for t in d.subtree)) for d in doers):
        return True
    # a name the parser takes for a body ("Trump abandoned the Paris agreement") is a party unless the sentence is of
    # business ("Pfizer abandoned its deal to buy Allergan")
    return all(d.pos_ == "PROPN" for d in doers) and _DEAL_BUSINESS.isdisjoint(_sentence_words(v.sent).lemmas)


#: verbs and nouns of arms given up by their holder (the lexicon's 087 rows): "agreed to scrap the missiles"
_ARMS_GIVEN_UP_VERBS = frozenset({"dismantle", "scrap", "eliminate", "cut", "reduce"})
_ARMS_GIVEN_UP_NOUNS = frozenset({"dismantling", "destruction", "elimination"})
#: what makes a base one of arms: "missile bases", "air bases", "military bases"
_ARMS_BASES = frozenset({"missile", "rocket", "military", "air", "naval", "navy", "army", "nuclear", "submarine", "bomber", "launch"})
#: who holds arms an attacker destroys: "rebel bases", "enemy positions"
_ENEMY_HOLDERS = frozenset({"rebel", "enemy", "militant", "insurgent", "terrorist", "guerrilla", "separatist", "jihadist", "cartel",
                            "gang", "opposition", "hostile"})
#: accords whose parties undertake to destroy arms: "a treaty to destroy all intermediate-range missiles"
_ARMS_ACCORDS = frozenset({"treaty", "agreement", "accord", "pact"})
#: words of a pact or talks whose parties give up their arms: "the treaty requires the Soviet Union to scrap 1,836 missiles"
_ARMS_TALK = _ARMS_ACCORDS | {"talks", "talk", "summit", "negotiation", "negotiator", "deal", "disarmament", "ceasefire", "truce",
                               "proposal", "offer", "pledge"}


def _arms_given_up(t: Token, arms: list[Token]) -> bool:
    """Are the ``arms`` that ``t`` scraps, cuts, dismantles or destroys the holder's own, given up: named as theirs
    ("reduce their strategic arsenals", "scrap its missiles"), or in a sentence of a treaty, talks or a pledge ("the
    treaty requires the United States to scrap 859 missiles")? Not an enemy's ("jets eliminated Hezbollah rocket
    launchers", "the army dismantled rebel bases") nor a body's arms ("cut his arms")."""
    if not arms:
        return False
    if any(a.lemma_.lower() == "base" and not any(m.lemma_.lower() in _ARMS_BASES or m.ent_type_ in {"NORP", "GPE"}
                                                   for m in a.children if m.dep_ in {"compound", "amod", "nmod"}) for a in arms):
        return False  # "dismantle the base of the statue": a base of arms is named as one ("missile bases", "Soviet bases")
    if any(a.lemma_.lower() == "arsenal" and not any(m.lemma_.lower() in _ARMS_HELD | {"strategic", "military"} for m in a.children
                                                       if m.dep_ in {"amod", "compound"}) and not any(
            x.lemma_.lower() in _ARMS_HELD for _, x in _prep_objects(a, ("of",))) for a in arms):
        return False  # "its arsenal of policy tools": an arsenal of no arms
    if not _ARMS_TALK.isdisjoint(_sentence_words(t.sent).lemmas):
        return True
    if any(a.lemma_.lower() in {"arm", "arms"} for a in arms):
        return False  # "cut his arms": a body's
    if all(any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSORS | {"our"} for c in a.children) for a in arms):
        return True
    # an undertaking of the holder's ("Moscow said it would dismantle the missile bases in Cuba") of arms no other side
    # is named as holding ("the army will dismantle rebel bases" is an enemy's)
    owed = t.pos_ == "VERB" and (t.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "must", "to", "shall"}
                                                            for c in t.children))
    return owed and not any(m.dep_ in {"compound", "amod", "poss", "nmod"} and (
        m.ent_type_ in {"NORP", "ORG", "GPE"} or m.lemma_.lower() in _ENEMY_HOLDERS) for a in arms for m in a.children)


def _never_without(w: Token) -> bool:
    """Is ``w`` a clause that says what never happens without the act its "without" phrase names, so that the act
    happens each time: "not a day passes without rockets being fired", "no week goes by without an attack"?"""
    return _negated(w) or any(s.lemma_.lower() in {"day", "week", "night", "month", "year", "hour"} and any(
        c.lower_ in _SELDOM for c in s.subtree) for s in _child(w, _SUBJ)) or any(
        c.dep_ == "neg" or c.lower_ in _SELDOM for c in w.children)


#: words that say something seldom or never passes: "hardly a day passes without", "rarely does a week go by without"
_SELDOM = frozenset({"no", "not", "never", "hardly", "scarcely", "barely", "rarely", "seldom"})


#: wholes that are stabbed in the back only by betrayal
_BETRAYED = frozenset({"nation", "country", "party", "movement", "government", "revolution", "cause", "republic", "state",
                       "union", "coalition", "leadership", "homeland", "motherland", "fatherland"})


def _no_shot(x: Token) -> bool:
    """Is ``x`` a shot or a round that none were ("no shots", "not a single shot", "not one round")?"""
    if x.lemma_.lower() not in _AMMUNITION | {"bullet"}:
        return False
    dets = [c.lower_ for c in x.children if c.dep_ in {"det", "nummod", "amod", "neg", "advmod", "quantmod"}]
    before = x.doc[max(x.sent.start, x.i - 3):x.i].text.lower()
    return "no" in dets or before.endswith(("not a single", "not one", "not a"))


def _no_act(v: Token, ev: EventCandidate, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Verbs that name no act here.

    - an order or a wish with no one to carry it out: an imperative ("Thank you
      to everyone", "Stop the killing"), or what someone should stop doing
      ("They need to stop talking");
    - help that is no aid: help to a thing or to an outcome ("help stability",
      "helped swing the election", "help Mr Trump win");
    - "consider" as an opinion ("is considered responsible"), not a policy option weighed (014);
    - a source asking or declining to be named ("officials who asked not to be named"): no appeal, no refusal.
    """
    if _imperative(v) or _to_stop(v):
        return True
    lemma = v.lemma_.lower()
    if ev.code[:2] in {"18", "19"} and v.dep_ == "pcomp" and v.head.lower_ == "without" and not _never_without(v.head.head):
        return True  # "seized without firing a shot", "landed without a shot being fired": no violence done
    if ev.code == "0872" and (not _STANDOFF_WORDS.isdisjoint(_sentence_words(ev.sentence).lemmas) or any(
            d.lemma_.lower() in _SIEGE_ENDERS for d in _active_doers(v))):
        return True  # "police ended the siege by storming the bank": a hostage standoff ended, no military blockade eased
    if ev.code == "087" and lemma in _ARMS_GIVEN_UP_VERBS and (any(c.dep_ == "prt" for c in v.children) or not _arms_given_up(
            v, [x for o in _child(v, _OBJ | _SUBJPASS) for x in _conjuncts(o)])):
        return True  # "jets eliminated Hezbollah rocket launchers", "cut off the troops", "cut his arms": no arms given up
    if ev.code in {"057", "160"} and lemma in {"adopt", "abandon"} and not _parties_to_accords(v):
        return True  # "Pfizer abandoned its deal to buy Allergan", "the hospital adopted a new protocol": no accord of states
    if ev.code == "183" and lemma == "plant" and (v.dep_ in {"acl", "relcl"} or any(
            r.dep_ == "relcl" and r.lemma_.lower() in _CASUALTY_VERBS for o in _child(v, _OBJ) for r in o.children)
            or _no_bombing(v, _child(v, _OBJ | _SUBJPASS), ev.sentence)):
        return True  # "killed him with a bomb planted under his car", "planted a bomb that killed six": the killing tells
        #              the bombing, once; a fake bomb, a listening device, explosives in a quarry
    if lemma == "capture" and any(s.lemma_.lower() in _CAPTURING_LENSES for s in _child(v, _SUBJ)):
        return True  # "CCTV cameras captured the mob boss leaving a restaurant": filmed, no one held
    if ev.code[:2] in {"18", "19"} and lemma == "stab" and any(o.lemma_.lower() in _BETRAYED for o in _child(v, _OBJ | _SUBJPASS)) \
            and any(o.lower_ == "back" for _, o in _prep_objects(v, ("in",))):
        return True  # "they have stabbed the nation in the back": a betrayal, no one stabbed
    if ev.code == "010" and lemma in {"announce", "confirm", "report"} and not _child(v, _OBJ) and any(
            c.dep_ in {"ccomp", "parataxis"} and c.pos_ == "VERB" and (c.lemma_.lower() in {"die", "succumb"} or (
                c.lemma_.lower() == "pass" and any(p.lower_ == "away" for p in c.children))) for c in v.children):
        return True  # "the actress died peacefully in her sleep, her spokesman announced": a death told, no statement
    if ev.code == "143" and lemma == "walk" and (
            any(c.dep_ == "prep" and c.lower_ in _PATH_PREPS for c in v.children)
            or any(c.dep_ == "advmod" and c.lower_ in _PACE_ADVERBS for c in v.children)):
        return True  # "people could be seen walking quickly out through a parking lot": a way taken, no walkout
    if ev.code[:3] == "084" and lemma in {"free", "release", "extricate"} and any(
            t.lemma_.lower() in _TRAPPING for h in (v, *_child(v, _OBJ)) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for t in c.subtree):
        return True  # "worked to free the driver from the wreckage", "from underneath the truck": a rescue, no one set free
    if ev.code[:2] == "04" and lemma in {"meet", "collide", "converge"} and any(
            x.lemma_.lower() == "plate" for s in _verb_subjects(v)[0] for x in _conjuncts(s)):
        return True  # "where the Indo-Australian, Eurasian and Pacific plates meet": the earth's crust, no meeting
    if ev.code[:3] == "172" and lemma in {"shut", "close"} and not _child(v, _OBJ) and not any(c.dep_ == "auxpass" for c in v.children) \
            and any(x.lemma_.lower() in _SELF_CLOSING_SITES for s in _verb_subjects(v)[0] for x in _conjuncts(s)):
        return True  # "the mine shut down after the war broke out", "two gas plants shut down on Friday": a business stopping,
        # no one closing it ("inspectors shut down the venues", "the office was shut down" stay)
    if lemma == "demonstrate" and ev.code[:2] == "14" and any(c.dep_ in {"ccomp", "dobj", "obj"} for c in v.children):
        return True  # "the snafu demonstrates that the board needs new leaders": shows, no protest ("demonstrated against
        # the government" stays)
    if v.tag_ == "VBN" and v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "unless" for c in v.children) and not any(
            c.dep_ in _SUBJ | _SUBJPASS for c in v.children):
        return True  # "travel will be allowed unless denied by station staff": a rule's exception, no act
    if lemma == "turn" and any(c.lower_ == "down" and any(u.lower_ == "upside" for u in c.children) for c in v.children):
        return True  # "he turned her world upside down": no refusal
    if lemma == "occupy" and any(x.lemma_.lower() in _ROOM_TAKEN for o in _child(v, _OBJ | _SUBJPASS) for x in (o, *_of_what(o))):
        return True  # "scooters can occupy the wheelchair space", "she occupies the post of treasurer": room or a post, no ground
    if lemma == "fault" and any(o.lemma_.lower() in _FAULTS for o in _child(v, _OBJ)):
        return True  # "an arc of volcanoes and fault lines", the noun read as a verb: a crack in the earth's crust, no blame
    if lemma == "sign" and any(o.lemma_.lower() in _SIGNED_KEEPSAKES for o in _child(v, _OBJ)):
        return True  # "make public appearances to sign photographs": autographs, no agreement
    if ev.code[:2] == "13" and lemma in {"threaten", "endanger"} and any(o.lemma_.lower() in _ENDANGERED for o in _child(v, _OBJ)):
        return True  # "riots that are threatening the stability of the government": a danger, no threat made
    if _in_quotes(v) and any(t.dep_ in _SUBJ and t.lemma_.lower() in _SLOGAN_BEARERS for t in v.sent):
        return True  # 'Banners read: "The state kills"', '"They are stealing our dreams," said one leaflet': a slogan
    if lemma == "raise" and any(t.lemma_.lower() == "alarm" for t in _child(v, _OBJ | _SUBJPASS)):
        return True  # "the alarm was raised after an operator noticed smoke": someone alerted, no warning to a side
    if ev.code[:2] == "18" and lemma == "steal" and any(o.lemma_.lower() in _STOLEN_FIGURES for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "they are stealing our dreams", "she stole the show": a figure of speech, no theft
    if lemma in {"withdraw", "complain", "suffer", "recover"} and any(
            w.lemma_.lower() in _PATIENTS_AILMENTS for p in v.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}
            for w in p.subtree):
        return True  # "a man withdrawing from a drug addiction", "he complained of breathing difficulties": a patient
    if lemma == "surround" and ev.code == "191" and (not _besieging_force(v) or (
            v.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in v.children))
            or any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _PROTECTING for c in v.children)):
        return True  # "fans surrounded the singer", "the hills that surround the town", "the president, surrounded by
        #              soldiers, laid a wreath" (a participle with no auxiliary), "police surrounded the stadium to keep
        #              fans out": only troops besiege ("troops have surrounded the city", "was surrounded by troops")
    if ev.code[:2] == "08" and lemma == "release" and any(_released_goods(o) for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "Washington released oil from its strategic reserve", "the plant released toxic gas": no one set free
    if ev.code[:2] == "19" and any(o.lemma_.lower() in _CONTESTED or o.text in {"House", "Senate"} for o in _child(v, _OBJ)):
        return True  # "to recapture the majority", "seized the lead": a contest won, no territory taken
    if ev.code[:2] == "19" and lemma == "take" and any(c.lower_ in {"out", "into"} and c.dep_ in {"prt", "prep", "advmod"}
                                                       for c in v.children) and not any(
            t.lemma_.lower() in {"control", "hand", "grip", "possession"} for c in v.children if c.lower_ in {"out", "into"} for t in c.subtree):
        return True  # "promised to take Britain out of the bloc", "took the country into the euro": a course led, no ground
        #              ("took the town out of Ukrainian hands", "into their control" stay)
    if ev.code[:2] in {"17", "18"} and lemma in {"seize", "capture", "grab", "snatch"} and any(
            o.lemma_.lower() in _CONTESTS_SEIZED and not _prep_objects(o, ("of",))
            for o in _child(v, _OBJ)):
        return True  # "the Conservatives seized seats across the north", "snatched the title": a contest won, nothing taken
        #              ("rebels seized the seat of the regional government" stays)
    if ev.code[:2] == "13" and lemma in {"threaten", "endanger"} and v.tag_ == "VBN" and v.i > 0 and \
            v.doc[v.i - 1].lower_ == "as" and not _child(v, _OBJ | _SUBJPASS | _SUBJ):
        return True  # "the listing of the polar bear as threatened": a species' status, no threat made
    if ev.code == "173" and lemma in {"hold", "jail", "keep", "detain", "lock"} and v.dep_ == "conj" and \
            v.head.lemma_.lower() in _ARREST_VERBS and v.head.lemma_.lower() != lemma and not _child(v, _OBJ):
        return True  # "were arrested Friday and were being held without bail": the arrest's own detention
    if lemma == "refuse" and v.i + 1 < len(v.doc) and v.doc[v.i + 1].lemma_.lower() in _REFUSE_THINGS:
        return True  # "cut refuse collection", "refuse piles": rubbish, no refusal
    if ev.code[:2] == "08" and lemma == "release" and (
            v.head.lemma_.lower() == "treat" or any(c.dep_ == "conj" and c.lemma_.lower() == "treat" for c in v.children)
            or any(o.lemma_.lower() in _NOT_CAPTIVITY for _p, o in _prep_objects(v, ("at", "from")))):
        return True  # "were treated and released at the hospital": a patient let go, no captive freed
    if ev.code.startswith("084") and v.lemma_.lower() == "release":
        released = [*_child(v, _OBJ | _SUBJPASS), *([v.head] if v.dep_ == "acl" else [])]
        if released and all(_instrument(t) for t in released):
            return True  # a statement, report or video made public is no one freed
    if ev.code == "041" and any(c.dep_ in {"auxpass", "nsubjpass", "oprd"} for c in v.children):
        return True  # "officers were called to the scene", "was called a traitor": no consultation
    if _times(v) or _rate(v):
        return True
    if v.tag_ == "VBN" and (any(c.dep_ in {"auxpass", "aux"} and _state_verb(c) for c in v.children)
                            or (v.dep_ in {"acomp", "xcomp", "oprd"} and _state_verb(v.head))):
        return True  # "remained cordoned off", "stays closed": a state that lasts, not the act that made it
    if _anonymity(v):
        return True
    if ev.code.startswith("084") and v.lemma_.lower() == "return" and not _child(v, _OBJ | _SUBJPASS) and v.dep_ != "acl":
        return True  # "refugees return to southern Sudan", "returned to regular duty": coming back, nothing given back
    if ev.code.startswith("08") and v.lemma_.lower() == "free" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
        return True  # "free up billions of dollars": money made available, no one freed
    if ev.code.startswith("08") and v.lemma_.lower() == "free" and any(o.lemma_.lower() in _FREEDOMS for o in _child(v, _OBJ)):
        return True  # "their right to free speech" (read as a verb): a freedom, no one freed
    if ev.code == "0874" and v.lemma_.lower() == "pull" and any(
            o.lemma_.lower() in _PULLED_THINGS or is_person(o) for o in _child(v, _OBJ)):
        return True  # "pulled out a knife", "pulled one passenger out": no withdrawal
    if ev.code == "057" and v.lemma_.lower() == "sign" and v.dep_ == "acl" and v.head.lemma_.lower() in _SIGNED_PAPERS:
        return True  # "a letter signed by Gonzalez": a paper described by its signer, no agreement
    if ev.code[:2] == "05" and v.lemma_.lower() in {"pardon", "honor", "honour"} and any(
            o.lemma_.lower() in _NOT_HONOURED or _instrument(o) for o in _child(v, _OBJ)):
        return True  # "pardoned the turkey", "honour all the agreements signed": no forgiveness, no praise
    if ev.code == "010" and v.lemma_.lower() == "release" and v.dep_ == "acl":
        return True  # "their joint statement, released by the Kremlin": the statement describes, its release is no new event
    if ev.code[:2] == "02" and any(o.lemma_.lower() in {"anonymity", "privacy"} for o in [*_child(v, _OBJ), *(o for _, o in _prep_objects(v, ("for",)))]):
        return True  # "both officials requested anonymity", "the family asked for privacy": no appeal
    if ev.code[:2] == "02" and lemma in {"seek", "get", "need"} and any(o.lemma_.lower() in _CARE_SOUGHT for o in _child(v, _OBJ)) \
            and not _prep_objects(v, ("from",)) and not any(_prep_objects(o, ("from",)) for o in _child(v, _OBJ)):
        return True  # "the troubled starlet sought help in 2010", "sought medical treatment": a patient, no appeal
    if lemma == "complain" and any(o.lemma_.lower() in _NUISANCES for _, o in _prep_objects(v, ("about", "of", "over"))) \
            and not any(t.dep_ == "prep" and t.lower_ == "to" for t in v.subtree):
        return True  # "neighbors had complained about a possible gas leak": a nuisance reported to no side ("complain
        #              about the noise to the council" is a complaint to it)
    if lemma == "choke" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
        return True  # "he choked up as he watched the montage": moved to tears, no one choked
    if ev.code.startswith("16") and lemma in {"sever", "cut"} and any(
            o.lemma_.lower() in _SEVERED_THINGS for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "an anchor severed the cables", "cut the power line": a thing cut, no relations broken
    if ev.code.startswith("043") and any(o.lemma_.lower() in _SHOWS_HOSTED for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "she hosted the half-hour show": a programme presented, no one received
    if ev.code.startswith("08") and lemma == "return" and any(o.lemma_.lower() in _DAILY_ROUNDS for _, o in _prep_objects(v, ("to",))):
        return True  # "people returning to work", "pupils returned to school": daily life, nothing given back
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in _RELUCTANT:
        return True  # "voters appeared reluctant to criticise the government": an attitude, no act
    if ev.code[:2] in {"18", "19"} and v.head.lemma_.lower() in {"intent", "intention"} and v.head.dep_ == "pobj" \
            and v.head.head.lower_ == "with":
        return True  # "assault with intent to murder": the charge's name, no killing of its own
    if ev.code[:2] in {"16", "17"} and lemma in _HALTING_VERBS and any(
            c.dep_ in _SUBJ and c.lemma_.lower() in _HALTING_HAPPENINGS for c in v.children):
        return True  # "the general strike shut down the country", "the storm closed the airport": the happening's effect
    if any(c.dep_ == "nsubj" and hazard(c) for c in v.children):
        return True  # "a tiny earthquake that was not felt by many people struck overnight": a hazard does no act
    if v.tag_ in {"VBZ", "VBP"} and not _child(v, {"aux", "auxpass"}) and any(
            s.lemma_.lower() in _RULE_TEXTS for s in _child(v, {"nsubj"})):
        return True  # "State law bars cities from enacting rent control", "the new law bans smoking": what a rule in force says
    if ev.code[:2] == "11" and lemma == "blame" and not _prep_objects(v, ("on",)) and any(
            hazard(c) and not _prep_objects(c, ("of",)) for c in _child(v, _OBJ | _SUBJPASS)):
        return True  # "the storm was blamed for numerous accidents": a cause named, no one accused ("blamed the storm
        #              of protests on the president" blames the president)
    if ev.code.startswith("01") and lemma == "raise" and _told_of_a_hazard(v):
        return True  # "five deaths from cholera have been reported, raising fears of ...": no one speaks
    if ev.code == "015" and lemma == "admit" and any(c.dep_ == "auxpass" for c in v.children) and not _child(v, {"ccomp", "xcomp"}):
        return True  # "only 46 persons with severe symptoms were admitted on Thursday": patients, no admission
    if ev.code[:2] == "18" and lemma == "run" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "over" for c in v.children) and any(
            is_vehicle(c) or c.lemma_.lower() in _ROAD_VEHICLES for c in _verb_subjects(v)[0]):
        return True  # "the car backed out and ran him over": a mishap of a vehicle
    if ev.code[:2] == "14" and lemma == "walk" and any(not is_person(o) for _, o in _prep_objects(v, ("with",))):
        return True  # "one customer walked out with a jackpot-winning ticket": leaving, no walkout
    if ev.code[:2] == "07" and lemma == "donate" and (
            any(t.dep_ == "pobj" and t.head.lower_ == "to" and t.lemma_.lower() in _CHARITIES for t in v.subtree)
            or any(o.lemma_.lower() in _GIFTS_DONATED for o in _child(v, _OBJ | _SUBJPASS))):
        return True  # "will donate takings to the Breast Cancer Research Foundation", "prizes donated by merchants": charity
    if ev.code[:2] in {"17", "18", "19", "20"} and lemma in {"kill", "slaughter", "cull", "destroy", "shoot", "burn", "bury", "poison",
                                                         "quarantine", "isolate"} and (
            objs := [o for w in (v, *v.conjuncts) for o in _child(w, _OBJ | _SUBJPASS)]) and all(o.lemma_.lower() in _ANIMALS for o in objs):
        return True  # "started slaughtering, burning and burying roughly 6,500 hogs": a cull of animals, no one killed
    if ev.code == "054" and any(o.lemma_.lower() in _RECOGNISED_THINGS for o in _child(v, _OBJ)):
        return True  # "the authorities do not recognize the status of refugees": no state or government recognised
    if ev.code[:2] in {"17", "18"} and any(o.lower_ in {"anyone", "anybody", "whoever"} and _child(o, {"relcl"})
                                           for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "will arrest and detain anyone who is caught": a standing practice, no one arrested
    if ev.code.startswith("04") and lemma in _GOING_VERBS and any(o.lemma_.lower() in _PATIENTS_DESTINATIONS for o in [*_child(v, _OBJ), *(o for _, o in _prep_objects(v, ("to",)))]):
        return True  # "before deciding to go to the Queen Elizabeth University Hospital": a patient's trip, no visit
    if ev.code[:2] in {"02", "03", "04"} and _rule_content(v):
        return True  # "agencies will be required to consult biologists", "a requirement that agencies seek review": a rule
    if ev.code[:2] in {"17", "18", "19"} and lemma in {"injure", "hurt", "shut", "sideline", "bench"} and any(
            o.lemma_.lower() in _PLAYING_TIMES for _, o in _prep_objects(v, ("in", "for", "during"))):
        return True  # "injured in the first quarter", "shut down for the season": a player, no one harmed or sanctioned
    if ev.code[:2] == "04" and v.lemma_.lower() == "meet" and any(o.lemma_.lower() in _MET_AIMS for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "meet the needs of", "met the deadline", "meeting a variety of contingencies": a want satisfied, no meeting
    if ev.code[:2] == "03" and v.lemma_.lower() == "commit" and (
            v.tag_ == "VBN" and (any(c.dep_ in {"auxpass"} for c in v.children) or v.dep_ in {"acomp", "amod"})):
        return True  # "is committed to the fight against AIDS": a standing devotion, no pledge made
    if ev.code[:2] in {"18", "19"} and v.lemma_.lower() in {"fight", "battle", "combat"} and _campaign(v):
        return True  # "fighting AIDS", "fought in the courts to keep the boy": a campaign, no fighting
    if ev.code[:2] == "18" and v.lemma_.lower() in {"beat", "defeat"} and _contest(v):
        return True  # "narrowly beat Clinton in Wisconsin", "beat Arsenal 2-1": a contest won, no one beaten
    if ev.code == "013" and ev.entry is not None and ev.entry.lemma == "hope" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in v.children):
        return True  # "hopes to recover the remains": an aim of one's own, no optimistic comment on a situation
    if ev.code.startswith(_VIOLENT) and v.lemma_.lower() in _FIGURATIVE_HARM and any(o.lemma_.lower() in _PROBLEMS for o in _child(v, _OBJ)):
        return True  # "fight corruption", "kill the bill": a problem or a measure is no one harmed
    if ev.code.startswith(_VIOLENT) and v.lemma_.lower() == "fight" and not _child(v, _OBJ) and any(
            c.dep_ == "prep" and c.lower_ == "for" and not any(
                o.dep_ == "pobj" and (o.lemma_.lower() in _FOUGHT_OVER or OBJECT_CLASSES["@place"](o)) for o in c.children)
            for c in v.children):
        return True  # "fight for the title", "a job women have had to fight for", "fighting for his life": striving, no fighting
    if ev.code[:2] in {"17", "18"} and v.lemma_.lower() == "capture" and (objs := [x for o in _child(v, _OBJ) for x in _conjuncts(o)]) \
            and not any(_a_person(o, actor_noun) or is_vessel(o) for o in objs):
        return True  # "captured a larger share of the market", "captured a majority of seats": no one taken
    if ev.code[:2] == "08" and lemma in {"pull", "withdraw", "drop", "bow"} and any(
            o.lemma_.lower() in _CONTESTS for x in (v, *(c for c in v.children if c.lower_ == "out")) for _p, o in _prep_objects(x, ("of", "from"))):
        return True  # "pulled out of the race", "withdrew from the run-off": a candidate quits, no forces withdrawn (settling rule 5)
    if ev.code == "173" and _running_total(v):
        return True  # "since then, 427 fugitives have been taken into custody": a running total, not one happening
    if ev.code[:2] in {"18", "19"} and v.lemma_.lower() == "fire" and _child(v, {"auxpass"}) and not any(
            c.dep_ in {"prep", "prt"} and c.lower_ in _FIRED_AT for c in v.children) and not any(
            p.lemma_.lower() in _AMMUNITION | _FIRED | {"gas", "teargas", "salvo"} for p in _child(v, _SUBJPASS) + _fired_thing(v)):
        return True  # "the fifth head coach to be fired this season", "was fired from his job": dismissed; "shots were
        #              fired", "they were being fired on" stay
    if ev.code == "164" and lemma in {"break", "collapse", "founder"} and not _child(v, _OBJ) and not _talks_halted(v):
        return True  # "negotiations broke off", "the talks collapsed", "the summit broke down" halt talks; "the attackers
        #              broke off and tried to flee", "a piece broke off", "the building collapsed", "the car broke down",
        #              "merger talks collapsed", "the talks nearly collapsed" do not
    if ev.code == "173" and v.lemma_.lower() == "hold" and any(t.lemma_.lower() in _HELD_OCCASIONS for t in _child(v, _OBJ | _SUBJPASS)):
        return True  # "a concert was held in the old prison": an occasion held somewhere, no one held
    if ev.code in {"173", "112"} and v.lemma_.lower() == "charge" and (_billing(v) or _tasked(v)):
        return True  # "the bank charged a fee", "charge your phone", "charged with overseeing the merger": no criminal charge
    if ev.code == "180" and v.lemma_.lower() == "steal" and any(o.lemma_.lower() in _STOLEN_FIGURATIVELY and not (
            o.lemma_.lower() == "record" and (o.tag_ == "NNS" or any(c.dep_ == "compound" for c in o.children)))
            for o in _child(v, _OBJ | _SUBJPASS)):  # (records stolen are data: "stole 500,000 customer records")
        return True  # "stole the show", "stealing a glance", "stole second base": no theft
    if ev.code[:2] in {"17", "19"} and v.lemma_.lower() in {"seize", "grab"} and any(
            o.lemma_.lower() in _CHANCES_SEIZED for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "seize the initiative", "seized the chance", "grabbed the headlines": nothing taken from anyone
    if ev.code[:2] == "18" and lemma == "execute" and any(
            o.lemma_.lower() in _THINGS_EXECUTED for o in _child(v, _OBJ | _SUBJPASS) + ([v.head] if v.dep_ == "acl" else [])
            + [o for _p, o in _prep_objects(v, ("during", "in")) if v.dep_ == "advcl" and not _child(v, _OBJ | _SUBJPASS)]):
        # "executes program trades for clients", "executed a search warrant", "the raid, executed after a tip": a thing
        # carried out, no one killed
        return True
    if ev.code[:2] == "16" and lemma == "sanction" and any(
            o.lemma_.lower() in _ACTS_SANCTIONED for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "sanctioning the murders of six mobsters", "the deal was sanctioned by the board": approved, no penalty
    if ev.code[:2] == "17" and v.lemma_.lower() == "pressure" and (
            any(c.dep_ == "prt" and c.lower_ in {"down", "lower"} for c in v.children)
            or any(o.lemma_.lower() in _MARKET_THINGS for o in _child(v, _OBJ | _SUBJPASS))):
        return True  # "the index was pressured down by profit-taking", "pressured the shares": prices moved, no one coerced
    if ev.code[:2] == "10" and v.lemma_.lower() == "demand" and any(s.lemma_.lower() in _MARKET_THINGS for s in _child(v, _SUBJ)):
        return True  # "what the market demands": a market's wants, no one's demand
    if ev.code[:2] == "05" and v.lemma_.lower() == "back" and any(c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"} for c in v.children):
        return True  # "backing out of a driveway", "backed away from the edge": a car or a person moving back, no support
    if ev.code[:2] == "11" and v.lemma_.lower() == "complain" and any(
            o.lemma_.lower() in _SYMPTOMS or o.lower_.endswith("ing") and o.lower_ in {"feeling", "vomiting", "bleeding"}
            for _, o in _prep_objects(v, ("of",))):
        return True  # "complained of headaches", "complaining of feeling sick": symptoms, no complaint against anyone
    if ev.code[:2] == "07" and v.lemma_.lower() == "donate" and any(o.lemma_.lower() in _BODY_GIFTS for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "his organs were donated", "donated blood": a gift of the body, no aid
    if ev.code == "173" and v.lemma_.lower() == "want" and not any(c.lower_ == "most" for c in v.children) and (
            v.dep_ in {"acl", "amod"} or not any(c.dep_ in {"aux", "auxpass", "dobj", "xcomp", "ccomp", "neg"} for c in v.children)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children)):
        return True  # "a man wanted for violating his parole": a legal status (settling rule 38), no arrest
    if ev.code[:2] in {"18", "19", "20"} and _by_accident(v):
        return True  # "killed when a neighbour accidentally hit her while backing out": an accident, no assault
    if ev.code == "116" and v.lemma_.lower() in {"receive", "get", "give"} and not any(
            any(c.dep_ in {"amod", "compound", "nummod", "nmod"} or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)
            for o in _child(v, _OBJ) if o.lemma_.lower() == "sentence"):
        return True  # a court's sentence has a length or a kind ("a 10-year sentence", "a suspended sentence"); a bare one may be words
    if ev.code == "0213" and not _reward_for_justice(v):
        return True  # "a bounty for bugs", "rewards for completing quests": a prize, no appeal for help with justice
    if ev.code == "015" and v.lemma_.lower() == "acknowledge" and not any(
            o.lemma_.lower() in _OWNED_FAULTS for o in _child(v, _OBJ)):
        return True  # a fact or a need acknowledged ("acknowledged that they needed to work harder") is no admission of a fault
    if ev.code == "014" and v.lemma_.lower() == "consider" and (
            any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp", "auxpass", "nsubjpass"} for c in v.children) or v.dep_ == "relcl"):
        return True  # an opinion, not a policy option weighed: "is considered responsible", "an area Moscow considers its own"
    if ev.code[:2] == "07" and not ev.strong:
        if any(c.dep_ in {"xcomp", "ccomp"} for c in v.children):
            return True
        objs = _child(v, _OBJ)
        if objs and not any(o.ent_type_ in _ACTOR_ENTS or o.pos_ == "PROPN" or (actor_noun is not None and actor_noun(o)) for o in objs):
            return True
    return False


# what one complains of when it is one's health ("complained of headaches")
_SYMPTOMS = frozenset({"symptom", "pain", "headache", "nausea", "dizziness", "illness", "sickness", "fatigue", "ache", "fever",
                       "cough", "soreness", "discomfort", "burning", "breathing", "vomiting", "chest", "stomach", "itching",
                       "rash", "numbness", "weakness", "tiredness", "shortness", "cramp", "irritation", "diarrhea", "diarrhoea"})
# gifts of one's body: no aid between actors ("his organs were donated")
_BODY_GIFTS = frozenset({"organ", "blood", "kidney", "liver", "heart", "cornea", "tissue", "marrow", "plasma", "lung", "body", "hair",
                         "egg", "sperm"})
_ACCIDENTALLY = frozenset({"accidentally", "inadvertently", "unintentionally", "accidently", "mistakenly"})


def _by_accident(v: Token) -> bool:
    """Is the blow at ``v`` told as an accident ("accidentally shot himself", "was killed when a neighbour accidentally
    hit her")? The adverb on the verb, or in a "when"/"while" clause or conjunct of it."""
    if any(c.dep_ == "advmod" and c.lower_ in _ACCIDENTALLY for c in v.children):
        return True
    return any(c.dep_ in {"advcl", "conj"} and any(t.dep_ == "advmod" and t.lower_ in _ACCIDENTALLY and t.head == c for t in c.children)
               for c in v.children)


# what is executed when no one is put to death: orders, plans, documents ("executes program trades", "executed a warrant")
#: acts one sanctions in the sense of approving them: "sanctioned the killings", "the rally was not sanctioned"
_ACTS_SANCTIONED = frozenset({"murder", "killing", "killings", "hit", "attack", "assassination", "use", "sale", "deal", "merger",
                              "plan", "rally", "protest", "march", "event", "fight", "bout", "match", "action", "operation",
                              "raid", "transfer", "marriage", "practice", "activity", "torture", "violence", "abuse"})
_THINGS_EXECUTED = frozenset({"trade", "order", "plan", "warrant", "search", "strategy", "contract", "transaction", "deal", "program",
                              "programme", "task", "command", "maneuver", "manoeuvre", "move", "policy", "will", "document",
                              "agreement", "duty", "instruction", "swap", "transfer", "trust", "deed", "play", "pass", "turn",
                              "kick", "shot", "routine", "script", "code", "query", "payment", "purchase", "sale", "scheme",
                              "raid", "operation", "mission", "sweep", "attack", "assault", "manoeuvres", "drill",
                              # a team's or a coach's way of playing: "we were not executing the philosophy"
                              "philosophy", "game", "gameplan", "offense", "offence", "defense", "defence", "system", "style",
                              "concept", "vision", "idea"})
# what markets are made of: a price or an index that moves, a market that wants ("pressured down", "what the market demands")
_MARKET_THINGS = frozenset({"index", "share", "stock", "price", "bond", "dollar", "currency", "yen", "euro", "market", "nikkei",
                            "economy", "consumer", "commodity", "futures", "yield", "rate"})
# what is seized or grabbed when nothing is taken from anyone ("seize the initiative", "grabbed the headlines")
_CHANCES_SEIZED = frozenset({"initiative", "chance", "opportunity", "moment", "momentum", "lead", "advantage", "day", "imagination",
                             "headline", "spotlight", "attention", "limelight", "occasion"})
# what is pardoned or honoured when that is no forgiveness or praise of anyone
_NOT_HONOURED = frozenset({"turkey", "bird", "commitment", "obligation", "pledge", "promise", "agreement", "deal", "contract",
                           "debt", "bill", "request", "ticket", "reservation", "booking", "voucher", "warranty", "claim"})
# what is pulled out when pulling out is no withdrawal
_PULLED_THINGS = frozenset({"knife", "gun", "pistol", "handgun", "weapon", "blade", "rifle", "revolver", "wallet", "phone", "card",
                            "body", "bodies", "survivor", "passenger", "victim", "driver", "child", "tooth", "plug", "stop"})
# papers one signs that are no agreement (a law signed is coded as the gold codes it, 057)
_SIGNED_PAPERS = frozenset({"letter", "petition", "card", "note", "book", "copy", "photo", "photograph", "poster", "jersey", "ball",
                            "autograph", "cheque", "check", "form", "waiver", "statement"})


def _an_executive_order(o: Token) -> bool:
    """Is ``o`` an executive or presidential order or a decree ("signed an executive order declaring a national
    emergency", "signed a decree ordering internet providers to block ...")?"""
    return o.lemma_.lower() == "decree" or (o.lemma_.lower() == "order" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in {"executive", "presidential"} for c in o.children))


# what one meets when "meet" is satisfying a want, not meeting someone
_MET_AIMS = frozenset({"need", "requirement", "demand", "target", "deadline", "standard", "goal", "criterion", "criteria",
                       "expectation", "challenge", "obligation", "condition", "contingency", "cost", "quota", "threshold",
                       "payroll", "bill", "end", "test", "objective", "commitment", "benchmark", "specification", "request",
                       "shortfall", "demands", "needs", "fate", "death", "approval"})
# what is fought when fighting is a campaign against a problem: a disease, a fire, a habit
_AILMENTS = frozenset({"aids", "hiv", "cancer", "disease", "epidemic", "virus", "flu", "malaria", "fire", "blaze", "wildfire",
                       "obesity", "illness", "infection", "addiction", "depression", "climate", "drought", "famine", "spread",
                       "sprawl", "pandemic", "outbreak", "tuberculosis", "ebola", "polio", "covid", "covid-19", "hunger",
                       "fatigue", "tiredness", "tears", "urge", "odds", "temptation", "nerves", "violence", "abuse", "drug",
                       "drugs", "piracy", "doping", "sexism", "homophobia", "xenophobia", "antisemitism", "impunity", "illiteracy"})
# arenas a fight is taken to with no weapon: "fighting in the courts"
_FORUMS = frozenset({"court", "courts", "courtroom", "congress", "parliament", "senate", "legislature", "press", "media", "ballot",
                     "election", "polls", "market", "marketplace", "boardroom"})
# what a contest is won in ("beat Clinton in Wisconsin's primary", "beat Arsenal in the final")
_CONTESTS = frozenset({"election", "race", "primary", "poll", "polls", "vote", "final", "semifinal", "semi-final", "match", "game",
                       "contest", "tournament", "championship", "round", "runoff", "run-off", "caucus", "caucuses", "ballot",
                       "league", "cup", "derby", "series", "playoff", "playoffs", "bid", "auction", "tender", "competition",
                       "primaries", "campaign", "nomination", "olympics"})  # also what a candidate pulls out of


# who fights as an armed side: their fighting is combat whatever it is for
_ARMED_SUBJECTS = frozenset({"soldier", "troop", "army", "force", "rebel", "militant", "fighter", "insurgent", "militia", "guerrilla",
                          "gunman", "marine", "police", "jihadist", "separatist", "commando", "paratrooper", "unit", "battalion",
                          "brigade", "regiment", "division", "military"})


def _armed_subject(v: Token, *, gunmen: bool = True) -> bool:
    """Is a subject of ``v`` (:func:`_verb_subjects`, through control and conjunction) an armed force
    (:data:`_ARMED_SUBJECTS`: "troops advanced on the airport", "Taliban fighters stormed the post")? Unnamed gunmen count
    only with ``gunmen``."""
    return any((s.lemma_.lower() in _ARMED_SUBJECTS or s.lower_ in _ARMED_SUBJECTS)
               and (gunmen or (s.lemma_.lower() != "gunman" and s.lower_ != "gunmen")) for s in _verb_subjects(v)[0])


#: who plays: their fighting is a game's
_PLAYING_SIDES = frozenset({"team", "side", "club", "player", "squad", "champion", "boxer", "fighter-pilot"})


def _campaign(v: Token) -> bool:
    """Is fighting ``v`` a campaign against a problem or in a forum ("fighting AIDS", "fighting in the courts to keep the boy")?"""
    against = [*_child(v, _OBJ), *(o for _, o in _prep_objects(v, ("against",)))]
    if any(o.lemma_.lower() in _AILMENTS or o.lower_ in _AILMENTS or o.lemma_.lower() in _PROBLEMS or o.lemma_.lower() in _DEALS_FOUGHT
           or _instrument(o) for o in against):
        return True
    if any(o.lower_ in _FORUMS or o.lemma_.lower() in _FORUMS for _, o in _prep_objects(v, ("in",))):
        return True
    # "fighting to keep the boy in Miami": a fight for an aim that is no military one ("soldiers fought to protect
    # civilians" is the soldiers' fighting)
    if any(s.lemma_.lower() in _ARMED_SUBJECTS or s.ent_type_ == "NORP" for s in _child(v, _SUBJ)):
        return False
    if any(o.lemma_.lower() in {"draw", "tie", "standstill", "finish", "victory", "win", "title"} for _, o in _prep_objects(v, ("to", "for"))) \
            or any(s.lemma_.lower() in _PLAYING_SIDES for s in _child(v, _SUBJ)):
        return True  # "the two teams fought to a draw", "battled to a 1-1 draw": a game, no fighting
    return not _child(v, _OBJ) and any(c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB" and c.lemma_.lower() not in _MILITARY_AIMS
                                       and any(a.lower_ == "to" and a.i < c.i for a in c.children) for c in v.children)


def _contest(v: Token) -> bool:
    """Is beating ``v`` winning a contest (an election, a match): "beat Clinton in Wisconsin", "beat Arsenal 2-1", "by 5 points"?"""
    if any(c.lower_ in {"death", "unconscious", "senseless", "pulp"} for c in v.subtree):
        return False  # "beat a man to death during the match": an assault at a match
    if any(o.lemma_.lower() in _CONTESTS for _, o in _prep_objects(v, ("in", "for"))):
        return True
    if any(t.like_num and "-" in t.text for c in v.children for t in c.subtree):
        return True  # a score: "2-1", "6-4"
    if any(o.lemma_.lower() in {"vote", "point", "stroke", "second", "goal", "length", "margin", "run", "wicket"} for _, o in _prep_objects(v, ("by",))):
        return True
    subj = _child(v, _SUBJ)
    objs = _child(v, _OBJ)
    # two named rivals and a place: "Trump narrowly beat Hillary Clinton in Wisconsin" (a beating names a weapon or a wound)
    return (bool(subj) and bool(objs) and all(t.ent_type_ in {"PERSON", "ORG"} for t in [*subj, *objs])
            and not any(c.lower_ in {"with", "to", "up", "unconscious", "senseless", "severely", "badly", "brutally"} for c in v.children)
            and any(o.ent_type_ == "GPE" for _, o in _prep_objects(v, ("in",))))


# what fighting "for" is fighting over (not striving for an aim): "fought for control of the town", "for independence"
_FOUGHT_OVER = frozenset({"control", "territory", "independence", "land", "ground", "position", "possession", "dominance",
                          "supremacy", "secession", "autonomy", "sovereignty"})
# what a reward or bounty is offered for when it appeals for help with justice (0213)
_JUSTICE_AIMS = frozenset({"information", "arrest", "capture", "conviction", "whereabouts", "tip", "tips", "identification",
                           "identity", "location", "return", "recovery", "apprehension", "prosecution", "head"})
_JUSTICE_ACTS = frozenset({"find", "catch", "locate", "capture", "arrest", "identify", "convict", "apprehend", "kill", "track"})


def _reward_for_justice(v: Token) -> bool:
    """A reward offered for information, an arrest or a capture, or for (or to) finding or catching someone ("for his capture").

    The for-phrase hangs off the reward or (a parse slip, or the passive) off the verb.
    """
    holders = [v, *_child(v, _OBJ | _SUBJPASS)]
    if v.dep_ == "acl" and v.head.lemma_.lower() in {"reward", "bounty"}:
        holders.append(v.head)  # "a reward announced by the attorney general for information"
    # the amount a for-phrase hangs on: "a reward of up to $2 million for information", "of 10,000 euros for"
    holders += [o for h in list(holders) for _, o in _prep_objects(h, ("of",)) if o.ent_type_ == "MONEY" or o.like_num or any(c.dep_ == "nummod" for c in o.children)]
    for h in holders:
        for c in h.children:
            if c.dep_ in {"xcomp", "advcl", "acl"} and c.tag_ == "VB" and c.lemma_.lower() in _JUSTICE_ACTS:
                return True  # "a reward is being offered to find those responsible"
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in _JUSTICE_AIMS:
                    return True
                if (o.dep_ in {"pcomp", "pobj"} and o.lemma_.lower() in _JUSTICE_ACTS
                        and (o.tag_ == "VBG" or any(g.dep_ in {"dobj", "obj"} for g in o.children))):
                    return True
    return False


_CASUALTY_VERBS = {"kill", "wound", "injure"}
_VIOLENT = ("18", "19", "20")
# harm with no attacker: accidents and disasters are no CAMEO event ("injured in a car crash")
_MISHAPS = {"accident", "crash", "collision", "derailment", "rollover", "fire", "blaze", "flood", "flooding", "storm", "hurricane",
            "typhoon", "cyclone", "tornado", "earthquake", "quake", "landslide", "mudslide", "avalanche", "stampede", "crush",
            "eruption", "fall", "wreck", "pileup", "outbreak", "electrocution", "malfunction"}


# verbs of a mishap that harms people with no one acting: "killed when a tree fell on the party"
# what is fired or dropped: falling, it is an attack, not a mishap ("killed when a shell fell on their house")
_FIRED = frozenset({"shell", "rocket", "missile", "bomb", "mortar", "grenade", "projectile", "round", "barrel", "drone", "artillery"})
_MISHAP_VERBS = frozenset({"fall", "collapse", "crash", "overturn", "derail", "topple", "capsize", "sink", "slide", "skid",
                           "plunge", "tip", "cave", "burn", "short-circuit", "short-circuited", "malfunction", "electrocute"})


def _toll_of_a_mishap(v: Token) -> bool:
    """Is the casualty verb ``v`` the toll of the mishap verb it hangs on ("a ferry capsized off the coast, killing 40",
    "the plane crashed shortly after takeoff, killing all 150 people on board", "a building collapsed, injuring 20")?
    Not what is fired falling ("a shell fell on the market, killing five"), nor a mishap someone caused on purpose
    ("the gunmen crashed their car into the gate, killing two guards": a doer that is a person or people, not a vehicle,
    a thing or an airline). A second toll joined to the first is the mishap's too ("killing two and injuring 180")."""
    while v.dep_ == "conj" and v.head.tag_ == "VBG" and v.head.lemma_.lower() in _CASUALTY_VERBS:
        v = v.head
    if v.tag_ != "VBG" or v.dep_ not in {"advcl", "conj"}:
        return False
    head = v.head
    if not (head.lemma_.lower() in _MISHAP_VERBS or head.lower_ in _MISHAP_VERBS):
        return False
    subjects = [c for c in head.children if c.dep_ in _SUBJ]
    return not any(s.lemma_.lower() in _FIRED or s.lemma_.lower() in _ARMED_SUBJECTS or s.ent_type_ in {"PERSON", "NORP"}
                   or s.lemma_.lower() in _PEOPLE for s in subjects)


# what a violent noun is only the possibility of: "the possibility of a ground assault", "the danger of a random assault"
_MERE_CHANCES = frozenset({"possibility", "danger", "risk", "prospect", "likelihood", "chance", "spectre", "specter", "fear",
                           "probability", "potential", "hazard"})


# what a weapon's harm is coded as: explosives 183, artillery 194, missiles and air strikes 195
_WEAPONS = {
    **dict.fromkeys(("bomb", "ied", "device", "mine", "landmine", "grenade", "explosive", "explosives", "bombing", "blast",
                     "explosion", "bomber"), "183"),
    **dict.fromkeys(("shell", "mortar", "rocket", "artillery", "shelling", "barrage"), "194"),
    **dict.fromkeys(("missile", "airstrike", "drone", "warplane", "jet", "helicopter", "strike"), "195"),
}


#: guns whose fire is small-arms fighting: "sniper fire killed a boy", "machine-gun fire wounded two"
_GUNS = frozenset({"sniper", "gun", "machine-gun", "machinegun", "rifle", "tank", "automatic"})


def _weapon_word(t: Token) -> bool:
    """Does ``t`` name a weapon, a round or an armed craft ("artillery", "howitzers", "mortars", "rifles")?"""
    lemma = t.lemma_.lower()
    return lemma in _WEAPONS or lemma in _CRAFT or lemma in _AMMUNITION or lemma in _GUNS


def _weapon_fire(t: Token) -> Optional[str]:
    """The code of a weapon's fire that the noun ``t`` names ("rocket fire" 194, "mortar fire" 194, "missile fire" 195,
    "sniper fire" 190), or None (a blaze: "a fire killed three people"). The fire of a state, a people or an armed
    force is its shooting, 190: "Israeli fire killed two", "army fire", "the troops' fire" (not "a Chicago fire")."""
    if t.lemma_.lower() != "fire":
        return None
    for m in t.lefts:
        word = m.lemma_.lower()
        if m.dep_ in {"compound", "amod", "nmod"} and word in _WEAPONS:
            return _WEAPONS[word]
        if m.dep_ in {"compound", "amod", "nmod"} and word in _GUNS:
            return "190"
    for m in t.lefts:
        word = m.lemma_.lower()
        if m.dep_ in {"amod", "compound", "nmod", "poss"} and (
                m.ent_type_ == "NORP" or word in _ARMED_SUBJECTS or word in _MILITARY_MODIFIERS - {"strike", "air"}):
            return "190"
    return None


def _weapon_harm(verb_events: dict[int, EventCandidate]) -> None:
    """Harm a weapon does is the weapon's attack: "a roadside bomb killed three soldiers" 183, "an IED exploded" 183.

    The weapon is no actor, so such events need no actor to be kept.
    """
    for i, ev in verb_events.items():
        v = ev.sentence.doc[i]
        if not ev.code.startswith("18") or v.lemma_.lower() not in _CASUALTY_VERBS | {"explode", "detonate"}:
            continue
        # the weapon as subject, or a fire as the passive's doer ("was killed by mortar fire")
        doers = [c for c in v.children if c.dep_ in _SUBJ] + [a for a in _agent(v) if a.lemma_.lower() == "fire"]
        for c in doers:
            fire = _weapon_fire(c)
            if (c.lemma_.lower() in _WEAPONS or fire) and not _lightning(c):
                # "mortar bombs killed a child", "rocket fire killed two": the kind the compound names
                kind = next((m.lemma_.lower() for m in c.lefts if m.dep_ == "compound" and m.lemma_.lower() in _WEAPONS), None)
                ev.code = fire or _WEAPONS[kind or c.lemma_.lower()]
                ev.strong = True
                break


# verbs of striking a target, and the armed craft and guns whose strike is an attack of their kind:
# aircraft and drones employ aerial weapons (195), guns and tanks artillery (194)
_STRIKE_VERBS = frozenset({"strike", "hit", "pound", "bomb", "target", "attack", "raid", "blast", "shell", "bombard", "strafe", "rake"})
_CRAFT = {
    **dict.fromkeys(("jet", "warplane", "aircraft", "drone", "helicopter", "gunship"), "195"),
    **dict.fromkeys(("artillery", "tank", "howitzer", "gunboat", "warship", "battleship", "frigate"), "194"),
}
# munitions whose strike is an attack of their kind whoever fired them (a common noun: not "the Rockets", a team)
_MUNITIONS = {**dict.fromkeys(("missile", "cruise missile", "ballistic missile"), "195"),
              **dict.fromkeys(("rocket", "shell", "mortar", "projectile"), "194")}
#: the craft whose bombs fall from the air: any that bombs is armed
_BOMBING_CRAFT = frozenset({"jet", "warplane", "aircraft", "plane", "airplane", "helicopter", "gunship", "drone", "bomber", "antonov"})
# craft armed by their name; any other craft strikes as a weapon only with an owner ("Israeli jets", "the army's drones")
# or a military modifier ("fighter jets", "attack helicopters"): "a small plane struck a house", "the jets hit turbulence"
_ARMED_CRAFT = frozenset({"warplane", "gunship", "artillery", "howitzer", "gunboat", "warship", "battleship", "frigate", "drone"})
#: drones that carry no weapon: "a delivery drone hit a power line"
_UNARMED_DRONES = frozenset({"delivery", "camera", "toy", "hobby", "racing", "agricultural", "survey", "consumer", "hobbyist"})
_MILITARY_MODIFIERS = frozenset({"fighter", "military", "army", "navy", "naval", "air", "force", "enemy", "attack", "combat",
                                 "armed", "armoured", "armored", "battle", "war", "coalition", "government", "rebel", "insurgent",
                                 "militant", "regime", "troop", "soldier", "unmanned", "strike", "assault", "bomber"})


def _armed_craft(craft: Token) -> bool:
    """Whether the craft is a weapon: armed by name, or owned by a country, group or force, or called military."""
    if craft.lemma_.lower() in _ARMED_CRAFT:
        return not any(m.lemma_.lower() in _UNARMED_DRONES for m in craft.children if m.dep_ in {"amod", "compound"})
    for m in craft.children:
        if m.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        if m.ent_type_ in {"NORP", "GPE", "ORG"} or m.lemma_.lower() in _MILITARY_MODIFIERS:
            return True
        if m.dep_ == "poss" and m.lower_ in {"its", "their"}:
            return True  # "Russia denied that its jets bombed a market": a state's or a force's own craft
    return False


def _craft_strikes(sent: Span, verb_events: dict[int, EventCandidate]) -> None:
    """Armed craft striking a target is an attack of their kind: "Israeli jets struck Gaza" 195, "tanks shelled the town" 194.

    The place or force struck need not be one the verb's own rows name, and
    the craft's owner is the attacker.
    """
    if _STRIKE_VERBS.isdisjoint(_sentence_words(sent).lemmas):
        return
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _STRIKE_VERBS or v.dep_ == "amod":
            continue
        passive = any(c.dep_ in _SUBJPASS for c in v.children)
        # "fighter jets continued to bomb targets": the subject of the verb the strike's infinitive hangs on
        attackers = _agent(v) if passive else (_child(v, _SUBJ) or (_verb_subjects(v)[0] if v.dep_ == "xcomp" else []))
        code = next((_CRAFT[a.lemma_.lower()] for a in attackers if a.lemma_.lower() in _CRAFT and _armed_craft(a)), None)
        if code is None and v.lemma_.lower() in {"bomb", "bombard"}:
            # "Antonov aircraft had bombed their villages", "federal jets bombed Croatian positions": a craft that bombs is
            # armed, whoever owns it; so are the planes of "government planes bombed rebel positions"
            flying = [x for a in attackers for x in _conjuncts(a) if x.lemma_.lower() in _BOMBING_CRAFT and not any(
                c.lower_ == "suicide" for c in x.children)]
            code = "195" if flying else None
        if code is None:  # "Russian missiles struck a power plant", "rockets fired from Gaza hit the town": munitions
            code = next((c for a in attackers if (c := _munition_code(a))), None)
            if code is not None and "test" in _sentence_words(sent).lemmas:
                continue  # "the missile hit its target in the test": a weapons test (150), not a strike
        if code is None and any(a.lemma_.lower() == "force" and any(c.lower_ == "air" for c in a.children) for a in attackers):
            code = "195"  # "the air force bombed ..."
        if code is None and any(a.lemma_.lower() == "bomber" and any(c.lower_ == "suicide" for c in a.children) for a in attackers):
            code = "1831"  # "suicide bombers attacked a mosque": a suicide bombing, no aerial weapons
        if code is None or not (_child(v, _OBJ) or passive):
            continue  # "the jets hit turbulence" would still need an object; a strike with no target is no event here
        ev = verb_events.get(v.i)
        if ev is None:
            verb_events[v.i] = _verb_event(v, LexEntry("V", v.lemma_.lower(), None, None, False, code, True, origin="craft"), sent)
        elif ev.code.startswith(_VIOLENT) and not ev.code.startswith("204"):  # (not "bombed the town with poison gas")
            ev.code = code
            ev.strong = True


#: what "free" is said of when it names a freedom, not a release ("the right to free speech", "free trade")
_FREEDOMS = frozenset({"speech", "expression", "press", "assembly", "trade", "market", "movement", "will", "enterprise", "thought",
                       "worship", "election", "elections", "vote", "flow", "access", "time"})


def _munition_code(t: Token) -> Optional[str]:
    """The code of the attack a fired munition ``t`` makes: "rockets" and "a mortar round" 194, "missiles" 195; None for
    any other word, or a name ("the Rockets", a team)."""
    if t.pos_ != "NOUN":
        return None
    lemma = t.lemma_.lower()
    if lemma in _MUNITIONS:
        return _MUNITIONS[lemma]
    if lemma == "round":  # "a mortar round", "an artillery round", "a tank round"
        return next(("194" for m in t.children if m.dep_ in {"compound", "amod"} and m.lemma_.lower() in _ROUNDS_FIRED), None)
    return None


#: the guns whose "round" is a shell ("a mortar round hit the school")
_ROUNDS_FIRED = frozenset({"mortar", "artillery", "tank", "howitzer", "rocket", "shell"})
#: verbs of a fired munition coming down on a place: "two rockets landed in Haifa", "shells fell on the market", "a
#: rocket slammed into a depot", "the missile tore through the roof"
_IMPACT_VERBS = frozenset({"land", "fall", "slam", "crash", "smash", "pierce", "rain", "tear", "plough", "plow", "hit", "strike"})
#: waters a test missile falls into: "fired into the sea" is no attack
_OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters", "pacific", "gulf"})
#: what a munition coming down on is no one attacked: a test or a drill lands in the sea; arms that fall into hands or
#: a category change owners or kinds
_EMPTY_PLACES = _OPEN_WATERS | {"zone", "bay", "atlantic", "hand", "category", "disrepair", "trap", "class", "net", "corner",
                                "crossbar", "goal", "earth", "pad", "ship", "desert"}
#: words of war that make a munition coming down an attack: its firing, the fighting, the sides, the harm
_WAR_CONTEXT = frozenset({"fire", "barrage", "salvo", "shelling", "bombardment", "attack", "offensive", "fighting", "war",
                          "airstrike", "militant", "rebel", "insurgent", "guerrilla", "troop", "soldier", "army", "militia",
                          "fighter", "gunman", "hezbollah", "hamas", "taliban", "frontline", "ceasefire", "truce", "siege",
                          "retaliation"})
#: words of what is no war: spaceflight, a sale or a delivery of arms, a test, a game, fireworks and models
_NOT_WAR = frozenset({"space", "orbit", "satellite", "capsule", "booster", "astronaut", "liftoff", "lift-off", "spaceflight",
                      "suborbital", "nasa", "spacex", "roscosmos", "test", "drill", "exercise", "deliver", "delivery",
                      "supply", "shipment", "sell", "sale", "buy", "purchase", "museum", "firework", "model", "toy", "hobby",
                      "game", "match", "goal", "striker", "goalkeeper", "keeper", "league",
                      "intercept", "interceptor", "debris", "fragment", "wreckage", "air-defence", "air-defense", "riot",
                      "rioter", "protester",
                      "demonstrator", "hurl", "throw", "earthquake", "storm", "accident", "collision"})
#: harm told in a munition's own sentence that makes its coming down an attack ("a missile crashed into a block, killing
#: nine"); not for a shell or mortar not named as arms, nor in the sentence before
_HARM_TOLD = frozenset({"kill", "wound", "injure", "casualty", "dead", "destroy", "damage"})
#: munition words with other senses ("building mortar", "shells on the beach"): their war must be told in their sentence,
#: or they must be named as arms ("an artillery shell", "a mortar round")
_AMBIGUOUS_MUNITIONS = frozenset({"shell", "mortar"})


#: what goes off as a bomb: "a bomb went off outside the mall", "the device went off at a quarter past eight"
_GONE_OFF = frozenset(w for w, code in _WEAPONS.items() if code == "183") - {"bombing", "blast", "explosion", "bomber"}
#: bombs that are no attack, and the words of blasts that are work, drill or the clearing of old munitions
_HARMLESS_BOMBS = frozenset({"smoke", "stink", "fake", "dummy", "hoax", "practice", "training", "controlled", "unexploded", "old",
                             "stun", "sound", "paint", "bath", "listening", "tracking"})
_BLASTING_WORK = frozenset({"demolition", "quarry", "mining", "miner", "demining", "deminer", "clearance", "defuse", "bomb squad",
                            "disposal", "controlled", "training", "drill", "exercise", "firework", "wwii", "war-era"})


def _no_bombing(v: Token, bombs: list[Token], sent: Span) -> bool:
    """Is ``v``, a bomb going off or planted, no bombing of its own: a smoke, fake or practice bomb or a listening
    device, a blast in demolition, quarrying or demining, or one told with its toll ("went off, killing five",
    "planted a roadside bomb, wounding six soldiers": the toll tells the bombing, with its victims, once)?"""
    return any(m.lower_ in _HARMLESS_BOMBS for b in bombs for m in b.children) or not _BLASTING_WORK.isdisjoint(
        _sentence_words(sent).lemmas) or any(c.dep_ in {"advcl", "conj"} and c.lemma_.lower() in _CASUALTY_VERBS for c in v.children)


def _bombs_gone_off(sent: Span, verb_events: dict[int, EventCandidate]) -> None:
    """A bomb that goes off is a bombing (183), as one that explodes: "a bomb went off outside a shopping mall", "the
    first device went off in a bar". Not an alarm, a light or a gun that goes off, nor one that failed to or did not
    go off ("a third bomb failed to go off" is no explosion)."""
    for v in sent:
        if v.lemma_.lower() != "go" or v.pos_ != "VERB" or v.i in verb_events or not any(
                c.dep_ == "prt" and c.lower_ == "off" for c in v.children):
            continue
        bombs = [s for s in _child(v, _SUBJ) if s.lemma_.lower() in _GONE_OFF]
        if not bombs or _negated(v) or (v.dep_ == "xcomp" and v.head.lemma_.lower() in {"fail", "refuse"}):
            continue
        if _no_bombing(v, bombs, sent):
            continue
        verb_events[v.i] = _verb_event(v, LexEntry("V", "go", "off", None, False, "183", True, origin="bomb"), sent)


def _munitions_landed(sent: Span, verb_events: dict[int, EventCandidate]) -> None:
    """Munitions coming down on a place are an attack of their kind, whoever fired them: "two rockets landed in Haifa"
    194, "at least 20 rockets fell on the Haifa area" 194, "a Hezbollah rocket slammed into a railway depot" 194,
    "shells were landing near the post" 194, "a missile tore through the roof" 195. The place is the target. Not a
    missile test or one that lands in the sea ("the missile landed in the Sea of Japan"), nor any other thing that
    falls ("shares fell", "the Rockets fell to the Lakers")."""
    lemmas = _sentence_words(sent).lemmas
    if _IMPACT_VERBS.isdisjoint(lemmas) or not _NOT_WAR.isdisjoint(lemmas):
        return
    if any(ev.code.startswith(_VIOLENT) and ev.sentence.doc[i].dep_ not in {"acl", "relcl"} and (
            ev.sentence.doc[i].lemma_.lower() in {"fire", "shoot", "lob"} or (
            ev.sentence.doc[i].lemma_.lower() == "open" and any(o.lemma_.lower() == "fire" for o in _child(ev.sentence.doc[i], _OBJ))))
           for i, ev in verb_events.items() if ev.sentence.start == sent.start):
        return  # "militants fired a rocket that landed in Sderot", "opened fire ...": the firing is the attack, told once
    for v in sent:
        pierced = v.lemma_.lower() == "pierce"
        if v.pos_ != "VERB" or v.lemma_.lower() not in _IMPACT_VERBS or (_child(v, _OBJ) and not pierced) or (
                v.i in verb_events and verb_events[v.i].code.startswith(_VIOLENT)):
            continue
        fired = next(((a, c) for a in _child(v, _SUBJ) if (c := _munition_code(a))), None)
        landed = [] if pierced else _prep_objects(v, _LANDED_ON)
        places = _child(v, _OBJ) if pierced else [o for _, o in landed]
        if fired is None or not places or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
            continue  # "missiles will fall on Tel Aviv if ...": a threat, coded as one
        munition, code = fired
        named_as_arms = munition.lemma_.lower() == "round" or any(
            m.lemma_.lower() in _ARMS_NAMING for m in munition.children if m.dep_ in {"compound", "amod"})
        ambiguous = munition.lemma_.lower() in _AMBIGUOUS_MUNITIONS and not named_as_arms
        window = sent if ambiguous else with_sentence_before(sent)
        if not named_as_arms and not any(t.lemma_.lower() in _WAR_CONTEXT and t.i != v.i for t in window) and (
                ambiguous or not any(t.lemma_.lower() in _HARM_TOLD and t.i != v.i for t in sent)):
            continue  # "a North Korean missile landed near Sado", "the rocket fell back to Earth": no war told
        if any(m.lemma_.lower() in _EMPTY_PLACES for o in places for m in o.subtree):
            continue  # "the missile fell into the sea", "landed in waters off the coast"
        prep = None if pierced else landed[0][0]
        verb_events[v.i] = _verb_event(v, LexEntry("V", v.lemma_.lower(), prep, None, False, code, True, origin="munition"), sent)


#: auxiliaries of what may or will happen: a munition that "will fall" is a threat
_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "can", "'ll", "wo"})
#: the words that name a munition as arms: "an artillery shell", "a mortar round", "army rockets"
_ARMS_NAMING = _ROUNDS_FIRED | _MILITARY_MODIFIERS
#: the prepositions of the place a munition comes down on
_LANDED_ON = ("in", "on", "into", "near", "onto", "through", "upon", "inside", "at")


#: what a traffic stop is for ("pulled over for speeding", "stopped on suspicion of drunken driving")
_STOP_REASONS = frozenset({"speeding", "suspicion", "violation", "dui", "dwi", "driving", "swerving", "reckless"})
#: what the law pulls over besides people
_STOPPED_VEHICLES = frozenset({"car", "vehicle", "truck", "van", "suv", "motorist", "driver", "motorcyclist", "bus", "taxi", "sedan"})


def _police_stops(sent: Span, verb_events: dict[int, EventCandidate]) -> None:
    """The law stopping someone is a detention (173, as the gold codes "a car that was stopped on suspicion of DUI"):
    "an officer stopped Jackson", "a CHP officer pulled Williams over", "Williams was pulled over for speeding". Not
    a driver pulling over of their own, nor "stopped him from leaving" (a prevention), nor a stop by anyone else."""
    for v in sent:
        if v.pos_ != "VERB" or v.i in verb_events or v.lemma_.lower() not in {"stop", "pull"}:
            continue
        # "pulled Williams over": the parser may read the particle after the object as a preposition with no object
        prts = {c.lower_ for c in v.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "over" and not list(c.children))}
        if (v.lemma_.lower() == "pull") != ("over" in prts) or (v.lemma_.lower() == "stop" and prts):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children) or _negated(v):
            continue
        passive = any(c.dep_ in _SUBJPASS for c in v.children)
        doers = _agent(v) if passive else _child(v, _SUBJ)
        reasons = [o for _p, o in _prep_objects(v, ("for", "on", "after")) if o.lemma_.lower() in _STOP_REASONS]
        if not (any(_law_word(d) or any(_law_word(c) for c in d.children if c.dep_ == "compound") for d in doers)
                or (passive and reasons)):
            continue
        objs = [x for o in _child(v, _OBJ) for x in _conjuncts(o)]
        if not passive and not any(_party(o, plain=True) or (o.lemma_.lower() in _STOPPED_VEHICLES and reasons) for o in objs):
            continue  # "the officer stopped", "police stopped the march", "stopped the car on the highway": no one stopped
        verb_events[v.i] = _verb_event(v, LexEntry("V", v.lemma_.lower(), None, None, False, "173", True, origin="stop"), sent)


# what one comes or is put under: an attack on the subject ("the convoy came under fire"); fire with no named weapon is 180
_UNDER = frozenset({"fire", "gunfire", "attack", "assault", "shelling", "bombardment", "bombing", "siege", "barrage"})
_UNDER_VERBS = frozenset({"come", "fall", "be"})
_CRITICS = frozenset({"critic", "opposition", "lawmaker", "legislator", "activist", "commentator", "media", "press", "campaigner",
                      "rival", "opponent", "party", "member", "colleague", "fan", "investor", "analyst", "union", "group"})


# holders of a post who are "under fire" when criticised
_CRITICISED = frozenset({"coach", "manager", "minister", "president", "chief", "executive", "official", "director", "leader",
                         "governor", "mayor", "boss", "chairman", "ceo", "government", "administration", "company", "team"})


def _under_fire(sent: Span, nouns: list[EventCandidate], lex: Lexicon) -> None:
    """"The convoy came under fire from gunmen": an attack on the subject by whoever the from- or by-phrase names."""
    if "under" not in _sentence_words(sent).forms:
        return  # no "under" phrase
    by_noun = {ev.trigger_i: ev for ev in nouns}
    for v in sent:
        if v.lemma_.lower() not in _UNDER_VERBS or v.pos_ not in {"VERB", "AUX"}:
            continue
        for _, n in _prep_objects(v, ("under",)):
            if n.lemma_.lower() not in _UNDER:
                continue
            if _prep_objects(v, ("for", "over")) or _prep_objects(n, ("for", "over")):
                continue  # "the minister came under fire for his remarks": criticism, not shooting
            froms = [o for _, o in [*_prep_objects(n, ("from", "by")), *_prep_objects(v, ("from", "by"))]]
            if any(o.lemma_.lower() in _CRITICS for o in froms):
                continue  # "came under attack from critics"
            subjects = [v.head if s.lower_ in {"who", "that"} and v.dep_ == "relcl" else s for s in _child(v, _SUBJ)]
            if v.lemma_.lower() == "be" and not froms and any(is_person(s) or s.lemma_.lower() in _CRITICISED for s in subjects):
                continue  # "the coach, who had been under fire all season": criticised; "the convoy was under fire" is shot at
            victims = _refs(_child(v, _SUBJ))
            attackers = _refs(froms)
            ev = by_noun.get(n.i)
            if ev is None:
                row = _match_noun(n, lex) or LexEntry("N", n.lemma_.lower(), None, None, False, "180", True, origin="under fire")
                if not row.code.startswith(_VIOLENT):
                    row = LexEntry("N", n.lemma_.lower(), None, None, False, "180", True, origin="under fire")
                ev = _noun_event(n, row, sent, lex)
                ev.sources, ev.targets = [], []
                nouns.append(ev)
            ev.targets = ev.targets or victims
            ev.sources = ev.sources or attackers


#: prepositions of a place an attack happened at, through which a relative pronoun may stand for the attack
_ATTACK_PLACE_PREPS = frozenset({"at", "in", "on", "near", "outside", "inside"})


#: verbs of damage to things an attack does: "destroyed in the attacks", "damaged in the bombing"
_DAMAGE_VERBS = frozenset({"destroy", "damage", "wreck", "demolish", "raze", "burn"})


#: verbs that tell a blast, whose participle of killing or wounding is its toll
_BLAST_VERBS = frozenset({"explode", "detonate", "blow", "go", "rip", "tear"})


def _toll_of_blast(v: Token, verb_events: dict[int, EventCandidate]) -> bool:
    """Is the casualty verb ``v`` a participle of a blast told by a verb that is itself coded ("a car bomb exploded near a
    market, killing 20", "the bomb went off, killing 247 and wounding 5,000")?"""
    blast = _toll_head(v)
    if blast is None or blast.i not in verb_events or verb_events[blast.i].code[:2] not in {"18", "19"}:
        return False
    # "Russian missiles hit an apartment block, killing 40": the strike of armed craft or munitions, one happening
    return blast.lemma_.lower() in _BLAST_VERBS or (blast.lemma_.lower() in _STRIKE_VERBS and verb_events[blast.i].code[:3] in {"194", "195"})


def _toll_head(v: Token) -> Optional[Token]:
    """The verb whose toll the casualty participle ``v`` tells, with no subject of its own ("a car bomb exploded near a
    market, killing 20 and wounding 40": "exploded"), or None."""
    w = v
    for _ in range(2):  # "..., killing 20 and wounding 40": the second participle hangs on the first
        if w.dep_ == "conj" and w.head.pos_ == "VERB" and w.head.lemma_.lower() in _CASUALTY_VERBS:
            w = w.head
    if w.dep_ != "advcl" or w.tag_ != "VBG" or any(c.dep_ in _SUBJ for c in w.children):
        return None
    return w.head


def _strike_takes_toll(v: Token, toll: EventCandidate, verb_events: dict[int, EventCandidate]) -> None:
    """The people a strike's toll names are the strike's target when it names none of its own ("Israeli jets struck a
    house in Rafah, killing 12 people": the 12 were struck; a house is no party)."""
    head = _toll_head(v)
    strike = verb_events.get(head.i) if head is not None else None
    doc = v.doc
    if head is not None and strike is not None and strike.code[:3] in {"194", "195"} and head.lemma_.lower() in _STRIKE_VERBS \
            and toll.targets and not any(_party(doc[t.token_i], plain=True) for t in strike.targets):
        strike.targets = list(toll.targets)
    # "a rocket fired from Lebanon killed a farmer": the farmer was fired at
    for w in v.children:
        if w.dep_ in _SUBJ and w.lemma_.lower() in _MISSILES:
            for a in w.children:
                fired = verb_events.get(a.i) if a.dep_ == "acl" and a.tag_ == "VBN" else None
                if fired is not None and toll.targets and not any(_party(doc[t.token_i], plain=True) for t in fired.targets):
                    fired.targets = list(toll.targets)


#: what is thrown, fired or planted: its harm is the throwing's, firing's or planting's
_MISSILES = frozenset(_WEAPONS) | _FIRED | {"bullet", "shot", "cocktail", "firebomb", "stone", "rock", "brick"}


def _toll_of_thrown(v: Token, verb_events: dict[int, EventCandidate]) -> bool:
    """Is the casualty verb ``v`` the harm of a weapon whose throwing or firing is coded in the sentence (settling rule 1)?

    "A petrol bomb hurled at the bank killed two women" and "the bullet that killed him was fired in self-defense"
    code the hurling and the firing; "a roadside bomb killed three soldiers" keeps its killing, the bomb's only act.
    """
    weapon = next((c for c in v.children if c.dep_ in _SUBJ and c.lemma_.lower() in _MISSILES), None)
    acts: list[Token] = []
    if weapon is not None:
        acts = [c for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    elif v.dep_ == "relcl" and v.head.lemma_.lower() in _MISSILES and any(c.lower_ in _RELPRON for c in v.children if c.dep_ in _SUBJ):
        acts = [v.head.head] if v.head.dep_ in _SUBJPASS | _SUBJ else []
    return any(a.i != v.i and a.i in verb_events and verb_events[a.i].code[:2] in {"18", "19"} for a in acts)


#: verbs of the arrest a pursuit ends in ("arrested after a chase"; "charged for his role in a chase" is no end of it)
_ARREST_VERBS = frozenset({"arrest", "apprehend", "detain", "capture", "catch", "nab", "collar"})
#: nouns of a pursuit, told with the arrest it ends in (settling rule 42)
_PURSUITS = frozenset({"chase", "pursuit", "manhunt"})


def _drop_arrest_steps(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """One event for an arrest and its steps (settling rule 42): the chase of "was arrested after a high-speed chase"
    is the arrest's (173 stays on the arrest), and the battery of "charged with assault and battery" is the assault."""
    arrested = any(e.code.startswith("173") and e.sentence.doc[i].lemma_.lower() in _ARREST_VERBS for i, e in verb_events.items())
    for i, e in list(verb_events.items()):
        v = e.sentence.doc[i]
        if e.code[:2] in {"17", "19"} and v.lemma_.lower() in {"storm", "raid", "break"} and any(
                c.i in verb_events and verb_events[c.i].code.startswith("173") and c.lemma_.lower() in _ARREST_VERBS | {"take"}
                for c in v.conjuncts) and any(
                s.lemma_.lower() in _POLICE_WORDS for s in _verb_subjects(v)[0]):
            del verb_events[i]  # "officers stormed his home in a night raid and took him into custody": the arrest's step
    for e in list(nouns):
        head = e.sentence.doc[e.trigger_i]
        if arrested and e.code.startswith("173") and head.lemma_.lower() in _PURSUITS:
            nouns.remove(e)
        elif head.lemma_.lower() == "battery" and head.dep_ == "conj" and head.head.lemma_.lower() == "assault":
            nouns.remove(e)
        elif e.code.startswith("173") and head.lemma_.lower() == "charge" and not e.sources and not e.targets \
                and head.dep_ == "pobj" and head.head.lower_ == "on" and any(
                    ev.code.startswith("173") and e.sentence.doc[i].lemma_.lower() in _ARREST_VERBS | {"indict", "charge", "book", "hold", "jail"}
                    for i, ev in verb_events.items()):
            nouns.remove(e)  # "were indicted by a federal grand jury on fraud charges": the charges are the indictment's


def _refusals_take_targets(verb_events: dict[int, EventCandidate]) -> None:
    """A refusal naming no one takes the side of the act it refuses: "refused to meet the French envoy" refuses the envoy."""
    for i, ev in verb_events.items():
        if ev.code[:2] != "12" or ev.targets:
            continue
        refused = [verb_events[c.i] for c in ev.sentence.doc[i].children if c.dep_ == "xcomp" and c.i in verb_events]
        if refused and refused[0].targets:
            ev.targets = list(refused[0].targets)


def _handed_to(verb_events: dict[int, EventCandidate]) -> None:
    """"Britain handed over Hong Kong to China": the side a territory is handed to is the return's target, the
    territory where it happens."""
    for i, ev in verb_events.items():
        v = ev.sentence.doc[i]
        if ev.code != "0842":
            continue
        to = [o for _, o in _prep_objects(v, ("to",)) if o.ent_type_ in {"GPE", "NORP", "ORG"} or _party(o)]
        if to:
            ev.targets = _refs(to)


def _visiting_ones(verb_events: dict[int, EventCandidate]) -> None:
    """"met with visiting U.S. Secretary of State Madeleine Albright": the one "visiting" describes is the visitor, not
    the visited (the host is who meets them, an act of its own)."""
    for i, ev in verb_events.items():
        v = ev.sentence.doc[i]
        if ev.code[:2] != "04" or v.tag_ != "VBG" or v.lemma_.lower() != "visit":
            continue
        if v.dep_ == "amod" and v.head.pos_ in {"NOUN", "PROPN"}:
            ev.sources, ev.targets = _refs([v.head]), []
        elif v.dep_ == "pcomp" and v.head.lower_ == "with" and _child(v, _OBJ) and v.head.head.lemma_.lower() in _MEETING_WITH | {"talk", "confer"}:
            # the parser's gerund: "met with [visiting Japanese Prime Minister Keizo Obuchi]"
            ev.sources, ev.targets = _refs(_child(v, _OBJ)), []


#: nouns of the visit a journey makes
_VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stay", "stopover", "mission"})
#: verbs of a journey whose for-phrase or on-phrase names the visit they make
_JOURNEY_VERBS = frozenset({"arrive", "come", "go", "fly", "travel", "head", "leave", "depart", "land", "set", "return"})


def _drop_trip_of_arrival(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """One event for "arrived in Beijing on Monday for a four-day state visit", "left for Paris on a two-day trip": the
    visit noun names the journey the verb tells (settling rule 12: one event on the main verb)."""
    for n in list(nouns):
        if n.code[:2] != "04":
            continue
        t = n.sentence.doc[n.trigger_i]
        if t.dep_ != "pobj" or t.head.lower_ not in {"for", "on"} or t.lemma_.lower() not in _VISIT_NOUNS:
            continue  # "flew to Washington for a summit with Biden": the summit is an act of its own
        v = t.head.head
        ev = verb_events.get(v.i)
        if ev is not None and ev.code[:2] == "04" and v.lemma_.lower() in _JOURNEY_VERBS:
            nouns.remove(n)


def _drop_freed_arrivals(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A captive's journey home after the release the sentence tells is part of that release, no visit: "after his
    release, Gross arrived in Washington", "the freed hostages landed in Paris" (settling rule 12)."""
    doc = sent.doc
    releases = [e for e in [*verb_events.values(), *nouns] if e.code.startswith("084") and not e.negated]
    freed_ones = {r.token_i for e in releases for r in e.targets}
    # "after his release, Gross arrived": the one whose release a possessive names is the one who travels (its pronoun
    # agrees with the travellers, and the release frees no one its of-phrase names: "after its release of the prisoners")
    owners = [c.lower_ for e in releases for c in doc[e.trigger_i].children if c.dep_ == "poss" and c.tag_ == "PRP$"
              and not _prep_objects(doc[e.trigger_i], ("of",))]
    for i, ev in list(verb_events.items()):
        v = doc[i]
        if ev.code[:2] != "04" or v.lemma_.lower() not in _JOURNEY_VERBS:
            continue
        movers = _verb_subjects(v)[0]
        freed = any(c.dep_ == "amod" and c.lower_ in {"freed", "released", "rescued", "liberated"} for m in movers for c in m.children)
        several = len(movers) > 1 or any(m.tag_ in {"NNS", "NNPS"} or m.conjuncts for m in movers)
        own_release = any(o in ({"their"} if several else {"his", "her"}) for o in owners)
        if freed or (movers and (own_release or all(m.i in freed_ones for m in movers))):
            del verb_events[i]


def _drop_blast_verbs(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """One event for "a car bomb exploded", "the bomb went off": the blast verb of a weapon noun coded as the attack
    tells that attack again (the noun's code, "car bomb" 1832, is the more specific)."""
    weapons = {e.trigger_i for e in nouns if e.code.startswith("18")}
    if not weapons:
        return
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if v.lemma_.lower() in _BLAST_VERBS and ev.code.startswith("18") and not _child(v, _OBJ) and any(
                c.dep_ in _SUBJ and c.i in weapons for c in v.children):
            del verb_events[i]


#: the verbs of shooting and breaking in a gunman's attack is told by ("opened fire", "the gunman stormed into her room"):
#: their 19x is a private blow's 18x once the doer is known (``mentions``), and their toll is coded as the killing
#: ("opened fire at a party, killing one", "gunmen stormed the bank, killing two guards")
GUNFIRE_VERBS = frozenset({"fire", "shoot", "open", "storm"})


#: verbs whose passive subject is the subject of their infinitive ("the war is estimated to have killed 70,000")
_RAISING_VERBS = frozenset({"estimate", "believe", "say", "think", "report", "know", "fear", "understand", "thought"})
#: verbs of an assault whose toll a participle tells, whoever attacks: "gunmen attacked a police post, killing three"
#: (shooting and storming are not among them: "opened fire at a party, killing one" codes the killing, settling rule 11)
_ASSAULT_VERBS = frozenset({"attack", "ambush", "raid", "bomb", "firebomb", "shell", "assault", "overrun", "hit"})


def _when_clauses(v: Token) -> list[tuple[Token, set[str]]]:
    """The adverbial clauses on the verb ``v`` or its conjuncts that tell when it happened, each with the words that open
    it ("when", "as", "after": "were killed and 100 wounded when troops fired on demonstrators")."""
    out = []
    for c in [x for w in [v, *v.conjuncts] for x in w.children]:
        marks = {m.lower_ for m in c.children if m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "as", "after"} and m.i < c.i}
        if c.dep_ == "advcl" and marks:
            out.append((c, marks))
    return out


def _attack_told_with(v: Token, verb_events: dict[int, EventCandidate]) -> Optional[EventCandidate]:
    """The armed attack (19x) whose toll the casualty verb ``v`` tells (settling rule 1): the verb its participle hangs on
    ("rebels ambushed a patrol, killing 10 officers"), a when-clause on it ("were killed when their convoy was shelled")
    or its subject told as a verb ("fighting between the army and the RSF killed dozens"). A private blow or an
    unnamed gunman's attack keeps the killing instead ("opened fire at a party, killing one": 1823, settling rule 11)."""
    def attack(t: Token, *, assaults: bool = False) -> Optional[EventCandidate]:
        ev = verb_events.get(t.i)
        lemma = t.lemma_.lower()
        # "Taliban fighters stormed a police post, killing eight officers": an armed force's storming is its attack
        # (unnamed gunmen storming a bank keep the killing, settling rule 11)
        armed_storm = lemma == "storm" and _armed_subject(t, gunmen=False)
        roots = {"19", "18"} if (assaults and lemma in _ASSAULT_VERBS) or armed_storm else {"19"}
        excluded = _CASUALTY_VERBS | GUNFIRE_VERBS | {"gun"}
        return ev if ev is not None and t.i != v.i and ev.code[:2] in roots and (lemma not in excluded or armed_storm) else None

    subjects = [c for c in v.children if c.dep_ in _SUBJ]
    first = v  # "killing two soldiers and wounding five": the second toll hangs on the first
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head.lemma_.lower() in _CASUALTY_VERBS and not subjects:
        first = first.head
    if not subjects and first.tag_ == "VBG" and first.dep_ in {"advcl", "xcomp", "conj"} and (found := attack(first.head, assaults=True)) is not None:
        return found  # "gunmen attacked a police post, killing three officers": the attack's toll (settling rule 1)
    for c, marks in _when_clauses(v):
        # "were killed when their convoy was shelled", "were killed ... when jihadists attacked a UN camp" (an assault of
        # irregulars is 18x: its toll is its own too); an irregulars' assault is told as the cause only by "when" or "as"
        # and by its doers named ("after he attacked an officer" tells what the one killed did)
        assaults = bool(marks & {"when", "as"}) and not any(x.dep_ in _SUBJ and x.pos_ == "PRON" for x in c.children)
        if (found := attack(c, assaults=assaults)):
            return found
    return next((found for s in subjects if (found := attack(s)) is not None), None)


#: verbs of a shooting whose toll is its killing ("when troops fired on demonstrators", "when police opened fire");
#: storming a place is an act of its own ("killed when gunmen stormed the bank")
_SHOOTING_VERBS = frozenset({"fire", "shoot", "open"})


def _gunfire_told_with(v: Token, verb_events: dict[int, EventCandidate]) -> Optional[EventCandidate]:
    """The shooting (a 19x or 18x verb of gunfire) of a when-clause on the casualty verb ``v`` ("were killed when troops
    fired on demonstrators", "were wounded as police opened fire"), or None."""
    for c, marks in _when_clauses(v):
        traded = c.lemma_.lower() in {"trade", "exchange"} and any(o.lemma_.lower() in {"fire", "gunfire", "shot"} for o in _child(c, _OBJ))
        if marks & {"when", "as"} and (c.lemma_.lower() in _SHOOTING_VERBS or traded):  # "as troops traded fire"
            ev = verb_events.get(c.i)
            if ev is not None and ev.code[:2] in {"18", "19"}:
                return ev
    return None


def _done_before(v: Token, noun: EventCandidate) -> bool:
    """Is the violent ``noun`` what was done to the victims before the killing ``v`` ("killed soon after his capture",
    "shot after their abduction"): an act of its own, not the attack that carries the killing?"""
    n = noun.sentence.doc[noun.trigger_i]
    return n.lemma_.lower() in _PATIENT_NOUNS and any(o.i == n.i for p, o in _prep_objects(v, ("after",)))


#: doers whose attacks, thefts and destruction are done through computers
_HACKERS = frozenset({"hacker", "cybercriminal", "cyberattacker", "cyber-attacker", "cyberspy"})


def _hackers(t: Token) -> bool:
    """Is ``t`` hackers ("the hackers", "Russian hackers", "a group of hackers")?"""
    return t.lemma_.lower() in _HACKERS or _group_of(t).lemma_.lower() in _HACKERS


def _cyber_acts(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """Attacks, thefts and destruction done by hackers are cyber attacks (176): "hackers destroyed data on the
    company's computers", "the hackers stole 500,000 records", "the attack, in which hackers wiped data". Soldiers'
    or thieves' acts keep their codes."""
    for ev in list(verb_events.values()):
        if ev.code == "176" or not (ev.code[:2] in {"18", "19"} or ev.code[:3] == "171"):
            continue
        doers = _active_doers(ev.sentence.doc[ev.trigger_i])
        if doers and all(_hackers(d) for d in doers):
            ev.code = "176"
    for n in nouns:
        if n.code == "176" or n.code[:2] not in {"18", "19"}:
            continue
        t = n.sentence.doc[n.trigger_i]
        told = [c for c in t.children if c.dep_ in {"relcl", "acl"}]
        if any(_hackers(x) and x.dep_ in _SUBJ | {"pobj"} for c in told for x in c.subtree) or any(
                _hackers(o) for _, o in _prep_objects(t, ("by",))):
            n.code = "176"  # "the attack, in which hackers destroyed data", "an attack by hackers"


def _drop_casualty_verbs(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """One event per happening: "the attack killed two", "killed in the shootings", "a stabbing that killed a man" code the attack only."""
    violent = {e.trigger_i for e in nouns if e.code.startswith(_VIOLENT)}
    protests = {e.trigger_i for e in nouns if e.code.startswith("14")}
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if v.lemma_.lower() in _DAMAGE_VERBS and ev.code[:2] in {"17", "18", "19"} and not _agent(v) and not any(
                c.dep_ in _SUBJ for c in v.children) and any(
                o.i in violent for _, o in _prep_objects(v, ("in", "during"))):
            del verb_events[i]  # "an armoured carrier was destroyed in the attacks": the attacks' damage, one happening
            continue
        if (v.lemma_.lower() in _DAMAGE_VERBS | {"set", "gut", "level", "flatten"} and ev.code[:2] == "17"
                and any(s.i in violent or (s.lower_ in _RELPRON and v.dep_ == "relcl" and v.head.i in violent)
                        for s in _child(v, {"nsubj"}))):
            del verb_events[i]  # "the blast set fire to a row of stalls", "the explosion, which destroyed his car": its damage
            continue
        if ev.code[:2] in {"18", "19"} and (_child(v, _SUBJ) or _agent(v)):
            # "the army seized power in a coup", "killed five fighters in a clash": one happening told twice, the verb
            # with its sides
            told = {o.i for _, o in _prep_objects(v, ("in", "during")) if o.i in violent}
            nouns[:] = [n for n in nouns if not (n.trigger_i in told and n.code[:3] == ev.code[:3])]
        if v.lemma_.lower() not in _CASUALTY_VERBS or ev.code[:2] not in {"18", "19"}:  # "killing soldiers" is fighting (190)
            continue
        if v.dep_ == "conj" and v.head.lemma_.lower() in _CASUALTY_VERBS and (toll := verb_events.get(v.head.i)) is not None \
                and toll.code[:2] in {"18", "19"} and not _agent(v) and not any(
                    c.dep_ in {"prep"} and c.lower_ in {"by", "in", "during"} for c in v.children):
            # "42 people were killed and 100 wounded": one toll of one happening, told by its first verb
            toll.sources = toll.sources or list(ev.sources)
            del verb_events[i]
            continue
        fired = _gunfire_told_with(v, verb_events)
        if fired is not None:
            # "were killed when troops fired on demonstrators": the shooting's toll is the killing (as "opened fire on
            # the crowd, killing 12"), with the shooters as its side
            ev.sources = ev.sources or list(fired.sources)
            del verb_events[fired.trigger_i]
        # "killed after his capture", "shot dead after their abduction": what was done to them before is no cause
        causes = [o for p, o in _prep_objects(v, ("in", "by", "during", "from", "after"))
                  if not (p == "after" and o.lemma_.lower() in _PATIENT_NOUNS)]
        causes += [x for _, r in _prep_objects(v, ("as",)) if r.lemma_.lower() in {"result", "consequence"}
                   for _, x in _prep_objects(r, ("of",))]  # "injured as a result of an explosion"
        if any((o.lemma_.lower() in _MISHAPS or _lightning(o)) and _weapon_fire(o) is None for o in causes) or any(
                c.dep_ in _SUBJ and (c.lemma_.lower() in _MISHAPS or _lightning(c)) and _weapon_fire(c) is None for c in v.children):
            del verb_events[i]
            continue
        doers = [c for c in v.children if c.dep_ in _SUBJ] + _agent(v)
        # "killed when a tree fell on them", "killed while showering when a power washer short-circuited" (the clause
        # may hang on the one before it)
        clauses = [c for w in [v, *v.conjuncts] for c in w.children if c.dep_ == "advcl"]
        clauses += [x for c in clauses for x in c.children if x.dep_ == "advcl"]
        mishap = [c for c in clauses if (c.lemma_.lower() in _MISHAP_VERBS or c.lower_ in _MISHAP_VERBS)
                  and not any(s.dep_ in _SUBJ and s.lemma_.lower() in _FIRED for s in c.children)]  # "a shell fell on their house" is fire
        if not doers and (any(o.i in protests for o in causes) or mishap):
            del verb_events[i]  # "injured in Saturday's protests" (the protest is the event), "killed when a tree fell on them";
            continue            # "security forces killed 12 during the protests" is the forces' act
        if not doers and _toll_of_a_mishap(v):
            del verb_events[i]  # "a ferry capsized off the coast, killing 40", "a building collapsed, killing 20": no one acted
            continue
        head = _toll_head(v)
        if head is not None and (any(o.i in violent for o in _child(head, _OBJ)) or (
                head.lemma_.lower() in {"fire", "launch", "lob"} and head.i in verb_events
                and verb_events[head.i].code[:2] in {"18", "19"})):
            # "insurgents set off two car bombs near a mosque, killing 12", "militiamen fired mortars at the Green Zone,
            # killing an American": the attack's toll, one happening (settling rule 1)
            for n in nouns:
                if n.trigger_i in {o.i for o in _child(head, _OBJ)} and not n.targets:
                    n.targets = list(ev.targets)
            del verb_events[i]
            continue
        if _toll_of_blast(v, verb_events) or _toll_of_thrown(v, verb_events):
            _strike_takes_toll(v, ev, verb_events)
            del verb_events[i]  # "a car bomb exploded near a market, killing 20": the blast's toll, one happening
            continue
        attack = _attack_told_with(v, verb_events)
        if attack is not None:
            attack.targets = attack.targets or list(ev.targets)
            del verb_events[i]  # "rebels ambushed a patrol, killing 10 officers", "were killed when their convoy was
            continue            # attacked", "fighting between the army and the RSF killed dozens": the attack's toll
        if not violent:
            continue
        subjects = [c for c in v.children if c.dep_ in _SUBJ]
        left = v.head.head if v.dep_ == "acl" and v.head.dep_ in _OBJ else v.head if v.dep_ in {"oprd", "xcomp", "ccomp"} else None
        if left is not None and left.lemma_.lower() == "leave" and any(c.dep_ in _SUBJ and c.i in violent for c in left.children):
            del verb_events[i]  # "the shootout left four gunmen killed", "the attack left three soldiers wounded": the attack's toll
            continue
        if ev.code[:2] == "19" and (subjects or _agent(v)) and not any(c.i in violent for c in [*subjects, *_agent(v)]):
            # "troops killed 12 militants in a gun battle": a named side fighting is its own act (not "an air strike
            # killed two fighters": the strike's toll); the battle or strike it killed in is that side's too, and the
            # one event of the happening (settling rule 1): "militants killed 71 soldiers in an assault on a camp",
            # "said it had killed 60 fighters in an air strike" code the assault and the strike
            # (the parser may hang the in-phrase on the victims: "kill 20 soldiers [in attack on a camp]")
            kept = {n.trigger_i for n in nouns}
            means = {o.i for w in [v, *_child(v, {"dobj"})] for p, o in _prep_objects(w, ("in", "during")) if o.i in violent and o.i in kept}
            for n in nouns:
                if n.trigger_i in means and not n.sources:
                    n.sources, n.targets = list(ev.sources), n.targets or list(ev.targets)
            if means:
                del verb_events[i]
            continue
        w = v
        for _ in range(3):  # "the bombings killed 258 and injured 5,500", "a blast damaged the embassy, killing 40 while wounding 1,000"
            if (subjects or w.dep_ not in {"conj", "advcl", "xcomp"} or w.head is w or w.head.pos_ not in {"VERB", "AUX"}
                    or any(c.dep_ in _SUBJPASS for c in w.children)):
                break
            w = w.head
            subjects = [c for c in w.children if c.dep_ in _SUBJ]
            if not subjects and w.lemma_.lower() in _RAISING_VERBS and any(c.dep_ == "auxpass" for c in w.children):
                subjects = [c for c in w.children if c.dep_ in _SUBJPASS]  # "the war is estimated to have killed 70,000"
        spanned = [x for s in subjects if s.lemma_.lower() in {"day", "week", "month", "year", "hour", "night"}
                   for _p, x in _prep_objects(s, ("of",))]  # "four days of fighting killed 25": the fighting's toll
        subjects += spanned
        if w.dep_ == "ccomp" and w.head.dep_ == "relcl" and w.head.lemma_.lower() in _SAY_VERBS and any(
                c.lower_ in _RELPRON for c in subjects):
            w = w.head  # "a NATO air strike that Afghan officials said killed 18 civilians": the strike's toll, as told
        if w.dep_ == "relcl" and any(c.lower_ in _RELPRON for c in subjects):
            subjects.append(w.head)  # "the attack that killed one policeman"
            a = w.head
            for _ in range(6):  # "the bombings at embassies in Kenya and Tanzania, which killed 250": the relative pronoun
                if a.dep_ not in {"pobj", "prep", "conj"} or a.head is a or is_person(a):  # hangs on the last place, it
                    break  # stands for the attack; "a raid on the home of a man who killed two officers": the man did
                if a.dep_ == "prep" and a.lower_ not in _ATTACK_PLACE_PREPS and not (
                        a.lower_ == "of" and any(is_place_object(x) for x in _child(a, {"pobj"}))):
                    break  # "the attack on a police station in the town of Kunduz, which killed three officers" goes on
                a = a.head
                subjects.append(a)
        if any(c.i in violent for c in [*subjects, *causes]):
            for n in nouns:
                if n.trigger_i in {c.i for c in spanned} and n.code.startswith(_VIOLENT):
                    n.targets = n.targets or list(ev.targets)
                    n.strong = True  # "four days of fighting killed 25": a toll makes the fighting a happening
            if w is v and subjects and not any(c.i in violent for c in subjects):
                for n in nouns:  # "gunmen killed five villagers in a raid": the raid is the gunmen's
                    if n.trigger_i in {c.i for c in causes} and not n.sources:
                        n.sources, n.targets = list(ev.sources), n.targets or list(ev.targets)
            del verb_events[i]
        elif not subjects and not _agent(v) and any(c.dep_ == "nsubjpass" for c in v.children) and any(
                (e.strong or e.sources or e.targets) and not _done_before(v, e) for e in nouns if e.code.startswith(_VIOLENT)):
            # "were killed in the shootings, though ... all five were killed at the castle": the sentence's attack
            # (a weak violent word that stays, "a shell fell", is no attack that can carry the killing)
            del verb_events[i]
        elif v.dep_ == "relcl" and v.head.dep_ == "pobj" and v.head.head.head.i in violent:
            del verb_events[i]  # "the shooting of Dr. Short, who was wounded in the elbow"


# ---------------------------------------------------------------- statements

# verbs that only frame what is said: they are coded by what is said, and only when nothing else in the
# sentence is an event (gold-set guidelines, section 3)
_SAY_VERBS = frozenset({"say", "tell", "add", "exclaim", "tweet", "write", "note", "argue", "explain", "stress", "reply"})
# verbs that frame a quotation only when it is set beside them ("'...,' he continued", "'...,' she joked")
_QUOTE_VERBS = frozenset({"continue", "joke", "recall", "remark", "quip"})
# verbs of asserting: a statement like "say" when they take a clause or frame a quotation ("insisted that the vote was
# rigged", "'It is a disgrace,' she maintained"); with a noun object they are other acts ("maintained its presence",
# "claimed the title"), so a clause or a quotation is required of them
_ASSERTING_VERBS = frozenset({"insist", "maintain", "assert", "contend", "emphasize", "emphasise", "reiterate", "declare",
                              "claim", "state", "underline", "repeat", "affirm", "reaffirm"})
_STATEMENT_VERBS = _SAY_VERBS | _QUOTE_VERBS | _ASSERTING_VERBS
_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''", "\u201e"})
_MARKS = _QUOTES | {"`"}  # quotation marks, with the single backquote that opens some wire quotes
_FIRST_PERSON = frozenset({"i", "we", "you", "me", "us"})
_GENERIC_SPEAKERS = frozenset({"some", "many", "others", "most", "few", "critics", "analysts", "experts", "observers", "people"})
# words of the quoted clause that give the statement its code, from the CAMEO definitions of the roots
_SYMPATHY = frozenset({"solidarity", "condolence", "condolences", "sympathy", "sympathies", "grief", "mourn", "mourning"})
_ACCUSATION = frozenset({"blame", "blamed", "blames", "accuse", "accused", "accuses", "culprit", "culprits", "lied", "guilty",
                         "terrorise", "terrorize", "terrorising", "terrorizing"})
_PRAISE = frozenset({"brilliant", "grateful", "gratitude", "credit", "thank", "thanks", "thankful", "praise", "commend", "appreciate",
                     "appreciated", "admire", "excellent", "outstanding", "wonderful", "impressive", "heroic", "courageous",
                     "hero", "heroes", "heroism", "bravery", "brave", "selfless", "inspiration", "inspiring"})
_CRITICISM = frozenset({"insensitive", "shortcoming", "shortcomings", "careless", "reckless", "irresponsible", "indecent", "outrageous", "unacceptable",
                        "shameful", "disgraceful", "disgrace", "scandalous", "absurd", "ridiculous", "nonsense", "hypocritical",
                        "hypocrisy", "incompetent", "incompetence", "betrayal", "betrayed", "lies", "lying", "arrogant", "arrogance",
                        "provocative", "provocation", "cynical", "deplorable", "appalling", "inexcusable", "unjustified", "baseless",
                        "groundless", "rigged", "unfair", "undemocratic", "illegitimate", "shame", "disgusting", "pathetic",
                        "outrage", "outraged", "dismay", "dismayed", "indignation",
                        "humiliating", "traitor", "traitorous", "treacherous", "propaganda", "despicable", "intolerable", "crass",
                        "murderous", "barbaric", "cowardly", "heinous", "callous", "cruel", "abhorrent", "reprehensible",
                        "senseless", "bloodthirsty", "cold-blooded", "vile", "inhumane", "inhuman", "atrocious", "monstrous",
                        "unrealistic", "appalled", "callously", "carelessly", "trumped-up", "vindictive", "witch-hunt",
                        "unsafe", "unprofessional", "caved", "capitulation", "appeasement"})
#: words that fault a decision, a deal or a step when they qualify it ("a bad deal", "the wrong message", "a terrible
#: decision"); of anything else they are gloom ("bad weather": 012)
_FAULTING = frozenset({"bad", "wrong", "terrible", "poor", "misguided", "dangerous", "unsafe", "unprofessional", "foolish",
                       "flawed", "weak", "premature", "naive"})
_PESSIMISM = frozenset({"dangerous", "danger", "tension", "tensions", "worry", "worried", "worries", "worrying", "concern", "concerned",
                        "concerns", "fragile", "bad", "fear", "fears", "afraid", "alarming", "alarmed", "crisis", "grim", "sad", "tragic",
                        "tragedy", "disappointed", "disappointing", "regret", "unfortunately", "troubling", "deteriorating"})
_OPTIMISM = frozenset({"great", "hope", "hopeful", "hoped", "confident", "optimistic", "pleased", "happy", "proud", "welcome",
                       "good", "positive", "progress", "historic", "success", "successful", "glad", "delighted", "encouraging",
                       "rejoice", "thrilled", "relieved"})
_OBLIGATION = frozenset({"must", "should", "ought"})
_ULTIMATUM = ("face", "else")


def _quoted(sent: Span) -> bool:
    return any(t.text in _QUOTES or (t.is_quote and t.text not in {"'", "\u2019"}) for t in sent)


#: words that introduce a name: "known as", "called", "dubbed", "titled"
_NAMING = frozenset({"call", "called", "name", "named", "title", "titled", "entitle", "entitled", "dub", "dubbed", "nickname",
                     "nicknamed", "label", "labelled", "labeled", "brand", "branded", "codename", "codenamed"})


def _naming_before(first: Token) -> bool:
    """Do the words just before the quoted ``first`` word name it ("a group known as ``The Base''", "a film called
    'Killing the Messenger'"), so the capitals are a name, no words of the speaker ("said the report was 'FAKE NEWS'")?"""
    for t in reversed(first.doc[max(first.sent.start + 1, first.i - 8): first.i]):  # "known as Al-Qaeda, ``The Base''"
        if t.lower_ in _NAMING or t.lemma_.lower() in _NAMING or (
                t.lower_ == "as" and t.nbor(-1).lower_ in {"known", "referred", "described", "billed"}):
            return True
        if t.pos_ in {"VERB", "AUX"}:
            return False  # "said the report was ``FAKE NEWS''": the speaker's own words
    return False


def _inverted(v: Token) -> Optional[tuple[Token, Token]]:
    """A quotation the parser read backwards: "'Wonderful,' exclaimed the minister" gives the quote as the subject, the speaker as the object.

    Returns (what is said, who says it), or None.
    """
    subj = [c for c in v.children if c.dep_ in _SUBJ and c.i < v.i and any(x.is_quote for x in c.children)]
    if not subj and not any(c.dep_ in _SUBJ for c in v.children):
        subj = [c for c in v.children if c.dep_ in {"ccomp", "parataxis"} and c.i < v.i]  # "'This is a historic day,' exclaimed the minister"
    after = [c for c in v.children if c.dep_ in _OBJ | {"attr"} and c.i > v.i and c.pos_ in {"PROPN", "NOUN"}]
    return (subj[0], after[0]) if subj and after else None


def _in_quotes(tok: Token) -> bool:
    """Is ``tok`` inside a quotation of its sentence (opened before it and not closed)?

    A mark right after a quotation's last punctuation closes it ('before,"', "day.''"); a straight or doubled
    mark elsewhere opens or closes by turns. A sentence whose first mark closes ("Not before," Assad stressed.)
    starts inside the quotation. While :func:`find_events` codes the doc, each sentence is read once.
    """
    quoted = _CODING.quoted if _CODING.doc is tok.doc else None
    if quoted is None:
        sent = tok.sent
        return _quotation_states(sent)[tok.i - sent.start]
    if tok.i not in quoted:
        sent = tok.sent
        quoted.update(zip(range(sent.start, sent.end), _quotation_states(sent)))
    return quoted[tok.i]


def _quotation_states(sent: Span) -> tuple[bool, ...]:
    """For each token of ``sent``, whether it is inside a quotation (see :func:`_in_quotes`), read once per sentence."""
    return quotation_states(sent, _read_quotation_states)


def _read_quotation_states(sent: Span) -> list[bool]:
    """For each token of ``sent``, whether it is inside a quotation, in one pass."""
    texts = [t.text for t in sent]

    def closes(k: int) -> bool:
        text = texts[k]
        return text == "\u201d" or (text in {"''", '"'} and k > 0 and texts[k - 1] in {",", ".", "?", "!"})

    first = next((k for k, text in enumerate(texts) if text in _MARKS), None)
    inside = first is not None and closes(first)
    states: list[bool] = []
    for k, text in enumerate(texts):
        states.append(inside)
        if text in _MARKS:
            inside = False if closes(k) else True if text in {"\u201c", "\u201e", "``", "`"} else not inside
    return states


def _speaker(v: Token) -> Optional[Token]:
    inverted = _inverted(v)
    if inverted is not None:
        return inverted[1]
    subj = [c for c in v.children if c.dep_ in _SUBJ]
    if not subj or any(c.dep_ in _SUBJPASS | {"auxpass"} for c in v.children):
        return None  # "was quoted as saying": the speaker sits in another clause
    # "'Hallelujah,' Albright exclaimed", "HAVANA (AP) -- President Fidel Castro said" read with two subjects:
    # the quoted word is what is said, the dateline where; the subject nearest the verb speaks
    s = min((c for c in subj if not _in_quotes(c)), key=lambda c: abs(c.i - v.i), default=subj[0])
    dashed = [c for c in s.children if c.dep_ == "appos" and c.i > s.i and c.pos_ == "PROPN"
              and any(t.text in {"--", "\u2014", "\u2013"} for t in s.doc[s.i : c.i])]
    if s.is_upper and dashed:
        s = dashed[-1]  # "MADRID (AP) -- Prime Minister Lena Varga said": the dateline's place, and the speaker after the dash
    if s.lower_ in _FIRST_PERSON or s.lower_ in _GENERIC_SPEAKERS or s.lemma_.lower() in _GENERIC_SPEAKERS:
        return None  # "we are saying", "some say", "many analysts say": no one act
    if any(c.dep_ in {"det", "amod"} and c.lower_ in _GENERIC_SPEAKERS for c in s.children):
        return None
    return s


def _first_mention(name: Token) -> Token:
    """The fullest earlier mention of a person named by surname ("Kavan" -> "Czech Foreign Minister Jan Kavan"), else ``name``.

    A later mention of a person drops the title that tells who speaks; the
    first mention that ends in the same name still carries it.
    """
    if name.pos_ != "PROPN" and name.ent_type_ != "PERSON" and not (name.is_title and name.dep_ in _SUBJ):
        return name  # (a surname the tagger misread, "Eyking/VERB said", is still a name)
    doc = name.doc
    firsts = doc.user_data.get("tidings_first_full_names")
    if firsts is None:
        # surname -> indices of the last tokens of its multi-word PERSON mentions, once per document
        firsts = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                firsts.setdefault(ent[-1].lower_, []).append(ent[-1].i)
        doc.user_data["tidings_first_full_names"] = firsts
    earlier = [doc[i] for i in firsts.get(name.lower_, []) if i < name.i]
    # the first mention that carries a title ("Polish Foreign Minister Bronislaw Geremek" after "Bronislaw Geremek of Poland"), else the first
    return next((t for t in earlier if _titled_name(t)), earlier[0] if earlier else name)


def _titled_name(name: Token) -> bool:
    """Does the mention of a person ending in ``name`` carry a title ("Foreign Minister X", "X, the party's leader")?"""
    before = [c for c in name.children if c.dep_ in {"compound", "amod"} and c.i < name.i and c.ent_type_ != "PERSON"]
    return bool(before) or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in name.children)


def _speakers(speaker: Token) -> list[Token]:
    """Who speaks, one token each: the people named together ("Kavan and Geremek said"), each by their titled mention,
    and the states whose officials speak together ("the foreign ministers of Poland, Hungary and the Czech Republic said")."""
    out: list[Token] = []
    for s in _conjuncts(speaker):
        states = [o for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        states = _conjuncts(states[0]) if states and s.tag_ in {"NNS", "NNPS"} else []
        if len(states) > 1 and all(t.ent_type_ in {"GPE", "NORP"} for t in states):
            out.extend(states)  # one statement by each state: a plural title of several countries
        else:
            out.append(_first_mention(s))
    return out


def _said(v: Token) -> list[Token]:
    """The tokens of what ``v`` says: its clausal complement, or the clause it interrupts (“..., he said”)."""
    own = [c for c in v.children if c.dep_ in {"ccomp", "parataxis", "xcomp", "dobj"} and c.pos_ in {"VERB", "AUX"}]
    if own:
        return [t for c in own for t in c.subtree]
    content = _content_of_medium(v)
    if content:
        return content
    if v.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and v.head.i != v.i:
        inside = {t.i for t in v.subtree}
        return [t for t in v.sent if t.i not in inside]
    inverted = _inverted(v)
    if inverted is not None:
        return list(inverted[0].subtree)
    # "'Not before,' Assad stressed": a quotation the parser did not attach, set before the verb in its sentence
    return [t for t in v.sent if t.i < v.i and _in_quotes(t) and not t.is_punct] if not _in_quotes(v) else []


def _content_of_medium(v: Token) -> list[Token]:
    """What ``v`` says when the parser hung its that-clause on the noun of the medium: "said in a statement that the
    vote was rigged" reads the clause as the statement's (acl, or relcl with "that" as its mark). A clause opened by
    the conjunction "that" with a subject of its own under the object of one of the verb's prepositions is what is
    said; a relative clause, whose "that" or "which" is its subject or object ("a statement which was read"), is not."""
    for p in v.children:
        if p.dep_ != "prep":
            continue
        for o in p.children:
            for c in o.children if o.dep_ == "pobj" else ():
                if c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
                        and any(x.dep_ in _SUBJ | _SUBJPASS for x in c.children):
                    return list(c.subtree)
    return []


def _first_person(tok: Token) -> bool:
    return any(c.dep_ in _SUBJ and c.lower_ in {"i", "we"} for c in tok.children)


def _described(v: Token) -> bool:
    """Is the duty of ``v`` part of a description, not a demand: a relative clause ("a victory it must not have",
    "all you had to worry about") or a past need ("San Jose has had to front the money")?"""
    return v.dep_ in {"relcl", "acl"} or any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP", "VBD"}
                                             for c in v.children if c.i < v.i and v.tag_ == "VBN")


# imperatives that only frame talk ("Look, ...", "Thank you", "Believe me", "Let me be clear"): no appeal
_DISCOURSE_IMPERATIVES = frozenset({"look", "see", "thank", "believe", "imagine", "mind", "listen", "excuse", "forgive", "say",
                                    "trust", "remember", "consider", "take", "guess", "face", "wait", "hear"})
# verbs of being and having: what a thing "should be" or "must have" is a position, not a call on anyone to act
_STATIVE = frozenset({"be", "have", "remain", "stay", "seem", "become"})


def _duty_verb(t: Token) -> Token:
    return t.head if t.dep_ in {"aux", "xcomp"} and t.head.i != t.i else t


def _duty_clause(duty: Token) -> Token:
    """The verb whose act a duty word lays on someone: "act" of "must act" and of "need to act"."""
    return _duty_verb(duty) if duty.dep_ == "aux" else next((c for c in duty.children if c.dep_ == "xcomp"), duty)


# what "it must ..." lays on whoever does the act: "it must stop", "this has to end"
_HALTED = frozenset({"stop", "end", "cease", "halt"})


def _duty_on_actor(v: Token) -> bool:
    """Is the duty of ``v`` ("must stop", "should be repaired", "need to act") laid on someone who can act?

    Not when the clause has a thing or a clause for its subject ("it shouldn't take a makeup job") or only says what
    a thing should be or have ("the sites should be off limits"); a name, a pronoun for people or a word for people
    can be called on to act, and so can any subject of an action verb ("politicians should give up"), and the
    unnamed doer of a passive act ("the bridge should be repaired").
    """
    head = v.head if v.dep_ == "xcomp" else v  # "need to act": the subject sits on "need"
    subjects = [c for c in [*v.children, *head.children] if c.dep_ in _SUBJ]
    if not subjects:
        return True
    subj = subjects[0]
    if subj.lower_ in {"it", "this", "that"} and v.lemma_.lower() in _HALTED:
        return True  # "it must stop", "this has to end": a demand on whoever does it
    if subj.dep_ in {"csubj", "expl"} or subj.lower_ in {"it", "this", "that", "there", "what", "which"}:
        return False
    if v.lemma_.lower() in _STATIVE:
        return _party(subj, plain=True)
    return True


def _demanded_of(v: Token) -> bool:
    """Is the duty of ``v`` a demand on one specific party to act ("the ministry must publish the report", "they need
    to present proof", "Ottawa should do more"), rather than a policy line (settling rule 20): a call on a whole class
    or on all ("politicians should give up ...", "any new government should reaffirm ...", "Americans and Africans
    need to strengthen ..."), on one's own side ("we must oppose it"), or a state wished for ("Sochi should become
    the Nice of Russia")?"""
    head = v.head if v.dep_ == "xcomp" else v
    subjects = [c for c in [*v.children, *head.children] if c.dep_ in _SUBJ]
    if not subjects or v.lemma_.lower() in _STATIVE:
        return False
    subj = subjects[0]
    if subj.pos_ == "PRON":
        return subj.lower_ in {"he", "she", "they"}
    if subj.pos_ == "PROPN" or subj.ent_type_ in _ACTOR_ENTS - {"NORP"}:
        return True
    dets = [c.lower_ for c in subj.children if c.dep_ in {"det", "poss", "predet"}]
    if not dets and subj.tag_ in {"NNS", "NNPS"} and _deadline(v):
        return True  # "protesters must leave the square by midnight": an order with a deadline is on those in view
    return bool(dets) and not any(d in {"all", "any", "every", "each", "no", "some", "a", "an"} for d in dets)


# words of a point in time a deadline names ("by midnight", "within 48 hours", "before Friday")
_DEADLINE_WORDS = frozenset({"midnight", "noon", "dawn", "dusk", "tonight", "tomorrow", "today", "hour", "day", "week",
                             "weekend", "deadline", "morning", "evening", "afternoon", "night", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday"})


def _deadline(v: Token) -> bool:
    """Does the verb ``v`` carry its own near deadline: "by midnight", "within 48 hours", "before Friday", "by 6 p.m."?
    A target year ("cut emissions by 2030") is a policy line's horizon, not a deadline set to those in view."""
    return any(c.dep_ == "prep" and c.lower_ in {"by", "within", "before"} and any(
        o.ent_type_ == "TIME" or o.lemma_.lower() in _DEADLINE_WORDS for o in c.children if o.dep_ == "pobj")
        for c in v.children)


def _left_open(sent: Span, depth: int = 0) -> bool:
    """Does ``sent`` end inside a quotation it (or a sentence before it) opened and did not close?"""
    states = _quotation_states(sent)
    if not states:
        return False
    if not any(t.text in _MARKS for t in sent):  # no marks: as open as the sentence before left it
        return depth < 4 and sent.start > 0 and _left_open(sent.doc[sent.start - 1].sent, depth + 1)
    last = sent[-1]
    inside = states[-1]
    if last.text in _MARKS:  # the last token's own mark opens or closes
        closes = last.text == "\u201d" or (last.text in {"''", '"'} and len(sent) > 1 and sent[-2].text in {",", ".", "?", "!"})
        inside = False if closes else True if last.text in {"\u201c", "\u201e", "``", "`"} else not inside
    return inside


def _called_on(said: Sequence[Token], *, quoted: bool = False) -> Optional[Token]:
    """The imperative a quoted statement opens with ("Make sure your homes are locked ... call the police", "Don't
    leave keys outside"): an appeal to those addressed (settling rule 20), not a plain comment. ``quoted``: the words
    are known to go on with an open quotation though they carry no marks of their own."""
    for t in said:
        if t.is_punct or t.lower_ in _MARKS or t.lower_ == "please":
            continue
        if t.lower_ in {"do", "don't"} and t.dep_ == "aux" and any(c.dep_ == "neg" for c in t.head.children):
            t = t.head
        elif t.lower_ == "let" and any(c.dep_ in {"ccomp", "xcomp"} for c in t.children) and any(
                c.lower_ in {"me", "'s", "us", "them", "him", "her"} for c in t.subtree if c.i == t.i + 1):
            # "Let me be clear", "Let's see": talk about talking; "Let them come", "Let them try": defiance, not an appeal
            return None
        if t.pos_ != "VERB" or t.tag_ != "VB" or t.lemma_.lower() in _DISCOURSE_IMPERATIVES or not (quoted or _in_quotes(t)):
            return None
        if t.dep_ not in {"ROOT", "ccomp", "parataxis"} or any(
                c.dep_ in _SUBJ | _SUBJPASS or (c.dep_ == "aux" and c.lower_ not in {"do", "don't"}) for c in t.children):
            return None
        return t
    return None


# words that grant standing or right; denied of someone or something ("Hamas is not a legitimate authority", "he had
# no legitimate right to stay in power", "the vote was not fair") they are criticism (111)
_STANDING = frozenset({"legitimate", "legal", "lawful", "acceptable", "credible", "democratic", "fair", "valid", "justified"})


def _denied(t: Token) -> bool:
    """Is the adjective ``t`` denied of someone or something named: negated on itself ("not legitimate"), on the
    verb it is said with ("is not a legitimate authority", "was not fair"), or by "no" on the noun it describes ("no
    legitimate right")? A rule or a way ("it is not legal to park here", "there is no fair way") denies no one."""
    h = t.head
    if t.dep_ == "amod":
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in h.children)
        if h.dep_ not in {"attr", "dobj"}:
            return False
        h = h.head
    elif t.dep_ in {"acomp", "attr"}:
        negated = False
    else:
        return False
    if h.pos_ not in {"AUX", "VERB"}:
        return False
    negated = negated or any(c.dep_ == "neg" for c in [*t.children, *h.children])
    subjects = [c for c in h.children if c.dep_ in _SUBJ]
    if not negated or not subjects or any(c.dep_ == "expl" or c.lower_ in {"it", "there", "this", "that", "i", "we"} for c in subjects):
        return False  # "we have no legal right to stop them": the speaker's own standing, no one criticized
    if h.lemma_.lower() == "have":
        return True  # "the general had no legitimate right": a right is had by a party
    # what is judged must be a party ("the militia is not a legitimate authority") or an act or measure ("the
    # referendum was not fair", "the court's ruling is not valid"), not a thing ("the price is not fair")
    return any(_party(c, plain=True) or _someone(c) or c.lemma_.lower() in _JUDGED_ACTS for c in subjects)


# acts, processes and measures whose standing can be denied ("the vote was not fair", "the tariffs are not fair")
_JUDGED_ACTS = frozenset({"election", "vote", "referendum", "ballot", "poll", "count", "result", "trial", "ruling", "verdict",
                          "decision", "sentence", "law", "bill", "tariff", "tax", "sanction", "deal", "agreement", "accord",
                          "treaty", "process", "policy", "plan", "measure", "ban", "order", "arrest", "detention", "appointment",
                          "annexation", "occupation", "seizure", "war", "invasion", "raid", "inquiry", "investigation",
                          "government", "regime", "authority", "parliament", "court", "tribunal", "commission"})


# what one calls an actor to brand it a danger ("he is the number one threat to the country", "he posed a greater
# threat than Russia"): criticism (111); a thing or a force of nature ("the storm is a threat") is no one branded
_MENACES = frozenset({"threat", "menace"})


def _someone(t: Token) -> bool:
    """Is ``t`` a person, a people or a named body ("you", "him", "Saakashvili", "the Americans")?"""
    return (t.pos_ == "PRON" and t.lower_ in {"you", "him", "her", "them", "he", "she", "they", "us"}) or t.ent_type_ in _ACTOR_ENTS or (
        t.pos_ == "PROPN" and not t.ent_type_)


def _branded(t: Token) -> bool:
    """Is the noun ``t`` a menace someone named is called ("he is a threat", "Saakashvili poses a threat")? Not when
    the menace is denied ("he is no threat", "they do not pose a threat")."""
    if t.lemma_.lower() not in _MENACES or t.pos_ != "NOUN":
        return False
    h = t.head
    if not ((t.dep_ == "attr" and h.lemma_.lower() == "be") or (t.dep_ in _OBJ and h.lemma_.lower() == "pose")):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) or any(c.dep_ == "neg" for c in h.children):
        return False  # "he is no threat to anyone", "she is not a threat": a threat denied is a defence
    return any(c.dep_ in _SUBJ and _someone(c) and c.lower_ not in {"we", "us", "you"} for c in h.children)


# where one lies in the sense of lying down: "lying on the ground", "lies in a coma", "was lying down"
_LYING_PLACES = frozenset({"on", "in", "at", "under", "near", "beside", "inside", "outside", "down", "there", "here", "face",
                           "motionless", "unconscious", "dead", "injured", "still"})


def _lying_somewhere(t: Token) -> bool:
    """Is the cue word "lying"/"lies" the verb of lying down ("she was lying on the ground", "he lies in a coma"), no
    untruth told?"""
    return t.lower_ in {"lying", "lies"} and t.pos_ in {"VERB", "AUX"} and any(
        c.lower_ in _LYING_PLACES for c in t.children if c.dep_ in {"prep", "advmod", "prt", "acomp", "oprd", "npadvmod", "dobj"})


def statement_code(said: Sequence[Token], actor_noun: Optional[Callable[[Token], bool]] = None) -> tuple[str, Optional[Token]]:
    """The CAMEO code of a statement by what it says, and the content word that carries it.

    A demand with its ultimatum ("must stop or face action") 139; what one specific
    party must or should do ("the ministry must publish the report") 100; what a
    whole class, all, or one's own side must or should do (a policy line, settling
    rule 20: "politicians should give up ...", "we must oppose it") 020, as are what
    someone wants another to do and an imperative in a quotation ("Make sure your
    homes are locked"); words of
    accusation 112, criticism 111 (and standing denied: "is not a legitimate authority"),
    praise 051, sympathy 018, worry 012, hope or satisfaction
    013; else a plain comment 010 (the say-verb carries it). What a thing should be
    or have ("the sites should be off limits") is a position, not a call on anyone.
    """
    words = {t.lower_: t for t in said}
    lemmas = {t.lemma_.lower(): t for t in said}
    duty = next((t for t in said if (t.lower_ in _OBLIGATION or (t.lemma_.lower() in {"need", "have"} and t.tag_ in {"VBP", "VBZ", "VB"} and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children)))
        and not _described(_duty_verb(t)) and _duty_on_actor(_duty_clause(t))
        and (not _first_person(_duty_verb(t)) or (t.lower_ in _OBLIGATION and t.dep_ == "aux" and _duty_verb(t).lemma_.lower() not in _SAY_VERBS
                                                  and any(c.dep_ in _SUBJ and c.lower_ == "we" for c in _duty_verb(t).children)))), None)
    if duty is not None and any(t.lower_ in _ULTIMATUM and t.i > 0 and t.nbor(-1).lower_ == "or" for t in said):
        return "139", duty
    if duty is not None and _demanded_of(_duty_clause(duty)):
        return "100", duty
    if duty is not None:
        return "020", duty
    imperative = _called_on(said)
    if imperative is not None:
        return "020", imperative
    want = next((t for t in said if t.lemma_.lower() == "want" and not any(c.dep_ == "neg" for c in t.children) and any(
        c.dep_ == "ccomp" or (c.dep_ == "xcomp" and any(x.dep_ in _SUBJ for x in c.children)) for c in t.children)), None)
    # "I don't want this case to fall through the cracks": a wish that something not happen asks no one to act
    if want is not None:
        return "020", want
    denied = next((t for t in said if t.lower_ in _STANDING and _denied(t)), None) or next((t for t in said if _branded(t)), None)
    if denied is not None:
        return "111", denied
    damned = next((t for t in said if t.dep_ in {"acomp", "attr"} and t.head.lemma_.lower() == "be" and (t.lower_ in _DAMNING or t.lemma_.lower() in _DAMNING)
                   and not any(c.dep_ == "neg" for c in [*t.head.children, *t.children])), None)
    if damned is not None:
        return "111", damned  # "Cuba said the sanctions were illegal", "said the arrests were a mistake": criticism
    faulted = next((t for t in said if t.lower_ in _FAULTING and t.dep_ == "amod" and t.head.lemma_.lower() in _JUDGED_THINGS
                    and not any(c.dep_ == "neg" for c in t.head.head.children)), None)
    if faulted is not None:
        return "111", faulted  # "'This is a bad deal, a very bad deal,' Netanyahu said": a thing done faulted
    proud = next((t for t in said if t.lower_ == "proud" and any(_someone(o) for _, o in _prep_objects(t, ("of",)))), None)
    if proud is not None:
        return "051", proud  # "America is very proud of you": praise of those one is proud of
    for cues, code in ((_ACCUSATION, "112"), (_CRITICISM, "111"), (_PRAISE, "051"), (_SYMPATHY, "018"), (_PESSIMISM, "012"), (_OPTIMISM, "013")):
        hit = next((t for w, t in [*words.items(), *lemmas.items()] if w in cues and not _lying_somewhere(t) and not _the_accused(t)
                    and not (code == "112" and actor_noun is not None and _thing_to_blame(t, code, actor_noun))), None)
        # "said arson was to blame": a cause, no one accused
        if hit is not None:
            return code, hit
    return "010", None


def _asserts(v: Token, said: Sequence[Token]) -> bool:
    """Does the verb of asserting ``v`` assert something: a clause of its own ("insisted that the vote was rigged",
    "maintained he was innocent") or a quotation it frames ("'We will win,' she insisted")? Not a clause it stands in
    ("said it would maintain its presence") nor a noun object ("reiterated its support", "claimed the seat")."""
    if any(c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} for c in v.children):
        return True
    return not _in_quotes(v) and any(_in_quotes(t) for t in said) and v.dep_ in {"ROOT", "parataxis"}


def statement(sent: Span, actor_noun: Optional[Callable[[Token], bool]] = None) -> Optional[EventCandidate]:
    """A statement coded by what it says ("'It has many shortcomings,' he said" 111), or None.

    Only a say-verb with a speaker of its own and a content that is quoted, or
    that carries a code of its own (a demand, criticism, praise, worry, hope),
    is one: a plain reported fact ("the FBI said Kopp used 29 aliases") is no
    statement. The coder keeps it only when its sentence has no other event.
    """
    if _STATEMENT_VERBS.isdisjoint(_sentence_words(sent).lemmas):
        return None
    quoted = _quoted(sent)
    # say-verbs first: "While the minister claims that ..., it is wrong," he said" is his statement, not the minister's claim
    for v in sorted(sent, key=lambda t: t.lemma_.lower() in _ASSERTING_VERBS):
        if v.pos_ != "VERB" or v.lemma_.lower() not in _STATEMENT_VERBS:
            continue
        speaker = _speaker(v)
        said = _said(v)
        if v.lemma_.lower() in _QUOTE_VERBS and not any(_in_quotes(t) for t in said):
            continue  # "the talks continued", "he recalled his visit": no quotation, no statement
        if v.lemma_.lower() in _ASSERTING_VERBS and not _asserts(v, said):
            continue  # "maintained its presence", "claimed responsibility", "Paris said he would repeat the trip": no assertion
        if speaker is None or not said:
            continue
        code, cue = statement_code(said, actor_noun)
        if code == "010" and not quoted:
            continue
        told_of = [t for t in said if t.dep_ in _SUBJ | _SUBJPASS and t.lower_ not in _RELPRON]
        if told_of and all(hazard(t) for t in told_of) and (code == "010" or (
                cue is not None and cue.pos_ == "VERB" and any(hazard(t) for t in _child(cue, _SUBJ)))):
            continue  # "Police said: 'The fire progressed rapidly through the store'": a fact of a hazard, framed
        if code == "010" and any(t.lemma_.lower() in {"die", "succumb"} and t.pos_ == "VERB" and (t.head.i == v.i or t.head == t or
                                 t.head.i not in {x.i for x in said}) for t in said):
            continue  # 'Mobster Vincent "Chin" Gigante died in prison, officials said': a death told, no statement
        words = [t for t in said if _in_quotes(t) and t.is_alpha]
        if code == "010" and words and all(t.is_title or t.is_upper for t in words) and any(
                t.is_alpha for t in sent[: words[0].i - sent.start]) and not _in_quotes(v) and _naming_before(words[0]):
            continue  # "the FBI says Bin Laden leads a group known as ``The Base''": a quoted name, no words quoted
        speakers = _speakers(speaker)  # a pronoun speaker stays: the actor engine finds whom it stands for
        targets: list[Token] = []
        if code[:2] in {"10", "13", "02"} and cue is not None:
            # who must act: the subject of "must"/"need to", the one wanted to act ("want Canada to take action")
            head = cue.head if cue.dep_ == "aux" else cue
            wanted = [x for c in head.children if c.dep_ in {"ccomp", "xcomp"} for x in c.children if x.dep_ in _SUBJ] if (
                code == "020" and cue.lemma_.lower() == "want") else []
            targets = [c for c in [*head.children, *wanted] if c.dep_ in _SUBJ | ({"dobj"} if code == "020" and cue.lemma_.lower() == "want" else set())
                       and c.lower_ not in _FIRST_PERSON and c.lower_ != "it"]
        if not targets and code != "010":  # (a plain comment is about no one: "officials said Gigante died in prison")
            targets = _spoken_of(v, speaker, said, code, cue, actor_noun)
        entry = LexEntry("V", v.lemma_.lower(), None, None, False, code, False, origin="statement")
        return EventCandidate(
            code=code, strong=False, trigger_start=v.idx, trigger_end=v.idx + len(v.text), trigger_text=v.text,
            anchor_i=v.i, trigger_i=v.i, sentence=sent, sources=_refs(speakers), targets=_refs(targets),
            negated=False, entry=entry, statement=True,
        )
    return None


#: words that stand for no one a statement is about: the speaker's side, a dummy or a thing just told
_NO_ONE_SPOKEN_OF = _FIRST_PERSON | {"it", "this", "that", "these", "those", "there", "what", "which", "who", "something",
                                     "nothing", "everything", "anything", "one"}


def _spoken_of(v: Token, speaker: Token, said: Sequence[Token], code: str, cue: Optional[Token],
               actor_noun: Optional[Callable[[Token], bool]] = None) -> list[Token]:
    """Whom a statement is about when its words name no one who must act: the side a judgement is said of ("'Hamas is
    not a legitimate authority,' he said" 111, "praised ... their conduct": their owner), else the subject of the clause
    said ("told donors that Putin had a personal beef against her", "'They need to stop,' the spokesman said"), else
    the one told ("told U.S. officials it is worried"). A first-person or dummy subject ("we", "it", "there"), the
    speaker, the press or an audience is none of these, and neither is a thing ("the economy will grow") or a count of
    people ("'1,000 people are housed in tents,' he said")."""
    def side(t: Token) -> bool:
        return t.lower_ != speaker.lower_ and t.lower_ not in _NO_ONE_SPOKEN_OF and (_party(t, plain=True) or _a_person(t, actor_noun)) \
            and t.lemma_.lower() not in _AUDIENCE and t.ent_type_ not in {"DATE", "TIME"} \
            and not any(c.dep_ == "nummod" or c.like_num for c in t.children) \
            and not (t.pos_ == "PRON" and any(a.i == speaker.i for a in _antecedent(t)))  # "1,000 people are housed": a count; "she" for the speaker

    if cue is not None and code in _EVALUATIVE_CODES and cue.pos_ in {"ADJ", "NOUN"}:
        held = _judged(cue)
        if held is not None:
            judged = [held] if side(held) else [o for o in _owners(held) if side(o)]
            if judged:
                return judged
    inside = {t.i for t in said}
    heads = [c for c in v.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"} and c.i in inside]
    if not heads and v.dep_ in {"parataxis", "ccomp", "conj", "advcl"} and v.head.i != v.i and v.head.i in inside:
        heads = [v.head]  # "'..., ' he said": the clause the say-verb interrupts
    told = [o for h in heads if h.lemma_.lower() in _ADDRESSING for o in _child(h, _OBJ | {"dative"})]
    if told:  # "said his government told U.S. officials it is worried": the ones told, not the teller
        return [o for o in told if side(o)]
    subjects = [x for h in heads for x in _child(h, _SUBJ | _SUBJPASS) if x.dep_ != "expl"]
    if subjects:
        return [x for x in subjects if side(x)]
    if v.lemma_.lower() in _ADDRESSING:
        return [o for o in _child(v, _OBJ | {"dative"}) if side(o)]
    return []


# codes of a quotation's own words that make it a speech act when cut from its say-verb (settling rule 3): criticism
# and accusation, praise and sympathy, and an appeal in the imperative ("Don't leave keys outside"); a plain, hopeful
# or worried remark stays no event, and so does a duty ("they have to deal with Lebanon", "steps need to be taken"),
# which, cut from its speaker, is as often a general position as a demand
_EVALUATIVE_CODES = frozenset({"111", "112", "051", "018"})


# nouns of what an actor does or how it behaves, which a judgement can bear on like an act ("their conduct was
# disgraceful", "these remarks are unacceptable"); nouns of acts with an act-naming suffix ("the decision") need no entry
_CONDUCT = frozenset({"act", "action", "conduct", "behaviour", "behavior", "attitude", "remark", "comment", "word", "statement",
                      "policy", "response", "reaction", "move", "step", "attack", "treatment", "handling", "campaign", "claim",
                      "lie", "tactic", "approach", "vote", "deal", "plan", "law", "bill", "ruling", "verdict", "work", "effort",
                      "job", "performance", "leadership", "sacrifice", "courage", "help", "support", "service"})


def _judged(cue: Token) -> Optional[Token]:
    """What an evaluative adjective or predicate noun ``cue`` is said of: the noun it describes ("treacherous roads"),
    the subject of the clause it is predicated in ("the roads are treacherous", "they are a disgrace", "it is
    outrageous that ..."), or None when it is said of nothing in the sentence ("what a disgrace")."""
    t = cue
    while t.dep_ == "conj" and t.head.pos_ == t.pos_:  # "dangerous and treacherous": the first conjunct's place
        t = t.head
    if t.pos_ == "ADJ" and t.dep_ == "amod":
        return t.head  # "it was a wonderful ceremony": the ceremony is what is judged
    if t.dep_ in {"acomp", "attr", "oprd", "xcomp"} or (t.pos_ == "ADJ" and t.dep_ in {"ROOT", "ccomp", "conj", "advcl"}):
        owner = t.head if t.dep_ in {"acomp", "attr", "oprd", "xcomp"} else t
        subj = [c for c in owner.children if c.dep_ in _SUBJ | _SUBJPASS and c.i != t.i]
        if subj:
            return subj[0]
        objs = [c for c in owner.children if c.dep_ in _OBJ]  # "I find their conduct outrageous"
        return objs[0] if objs else None
    return None


def _an_actor_or_act(t: Token, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Is ``t`` an actor (a person, a group, an organisation, a state: "they", "the mayor", "the police") or an act of
    one ("the decision", "their conduct", "what they did", "it" and "this" standing for what was just told), not a
    thing or a condition ("the roads", "the weather", "the ceremony")?"""
    if t.pos_ in {"PRON", "DET"}:
        return t.lower_ != "there"
    if t.pos_ in {"VERB", "AUX"}:
        return True  # a clause as subject: "what they did was shameful"
    lemma = t.lemma_.lower()
    if _someone(t) or _a_person(t, actor_noun) or is_person(t) or lemma in _PEOPLE or lemma in _PRIVATE_ROLES:
        return True
    if is_place_object(t):
        return False
    return lemma in _CONDUCT or t.lower_ in _CONDUCT or t.tag_ == "VBG" or lemma.endswith(_ACT_SUFFIXES)


def _on_an_actor(cue: Token, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Does the evaluative cue of a quotation bear on an actor or an actor's act? Only an adjective or a predicate noun
    can be said of a thing ("many roads are still treacherous", "the rooms were a disgrace"): the cue then judges a
    condition, no one; a cue said of nothing in the sentence, and any other cue (a verb, a noun of grief or thanks),
    is taken to bear on someone."""
    if cue.pos_ not in {"ADJ", "NOUN"}:
        return True
    held = _judged(cue)
    return held is None or _an_actor_or_act(held, actor_noun)


def quote_fragment(sent: Span, actor_noun: Optional[Callable[[Token], bool]] = None) -> Optional[EventCandidate]:
    """A quotation cut from its say-verb by the sentence split ("'...,' he said. 'They are a disgrace.'") coded as the
    evaluative act it is, by the speaker of the previous sentence's quotation (guidelines, settling rule 3), or None.

    The sentence must be quoted words only, with no say-verb of its own; what it says must carry an evaluative code
    (criticism, accusation, praise, sympathy, an imperative appeal), and an evaluative word must bear on an actor or
    an actor's act, not on a thing or a condition ("Many roads are still treacherous" is an advisory, see
    :func:`_on_an_actor`); the speaker is whoever the previous sentence has say a quotation ("'...,' the mayor
    said.", "The mayor said: '...").
    """
    doc = sent.doc
    if sent.start == 0 or any(t.pos_ == "VERB" and t.lemma_.lower() in _STATEMENT_VERBS for t in sent):
        return None
    words = [t for t in sent if t.is_alpha]
    # a sentence with no marks of its own after one that leaves a quotation open goes on with it ('Rye said: "If we
    # ignore it, it will grow. / Please oppose it. / Do not ignore it.')
    continued = bool(words) and not any(t.text in _MARKS for t in sent) and _left_open(doc[sent.start - 1].sent)
    if not words or not (continued or (_in_quotes(words[0]) and all(_in_quotes(t) for t in words))):
        return None  # only a whole sentence of quoted words: a quotation with narration around it is told by the narration
    imperative = _called_on(words, quoted=True) if continued else None
    code, cue = ("020", imperative) if imperative is not None else statement_code(words, actor_noun)
    imperative = imperative or (_called_on(words) if code == "020" else None)
    if cue is None or not (code in _EVALUATIVE_CODES or (imperative is not None and imperative.i == cue.i)):
        return None
    if code in _EVALUATIVE_CODES and not _on_an_actor(cue, actor_noun):
        return None  # "Many roads are still treacherous": a condition described, no one criticised
    speaker = None
    prev = doc[sent.start - 1].sent
    for _ in range(4):  # back over the sentences the quotation runs on through, to the one that says who speaks
        if not any(_in_quotes(t) for t in prev if t.is_alpha) and not (any(t.text in _MARKS for t in prev) or prev.start == 0
                                                                      or not _left_open(doc[prev.start - 1].sent)):
            prev = doc[prev.start - 1].sent  # a sentence of the quotation with no marks of its own
            continue
        if not any(_in_quotes(t) for t in prev if t.is_alpha):
            break
        speaker = next((sp for v in prev if v.pos_ == "VERB" and v.lemma_.lower() in _SAY_VERBS | _QUOTE_VERBS
                        for sp in [_speaker(v)] if sp is not None), None)
        break
    if speaker is None:
        return None
    entry = LexEntry("V", cue.lemma_.lower(), None, None, False, code, False, origin="quote fragment")
    return EventCandidate(
        code=code, strong=False, trigger_start=cue.idx, trigger_end=cue.idx + len(cue.text), trigger_text=cue.text,
        anchor_i=cue.i, trigger_i=cue.i, sentence=sent, sources=_refs(_speakers(speaker)), targets=[],
        negated=False, entry=entry, statement=True,
    )


# what one withholds when declining to comment (011): words, and what is told ("would not identify the jurisdiction");
# giving words only with an object that is information ("has not released the agent's name")
_WITHHELD = frozenset({"say", "comment", "elaborate", "discuss", "identify", "detail", "specify", "respond"})
_WITHHELD_GIVEN = frozenset({"release", "disclose", "reveal", "provide", "give"})
_WITHHOLDING = _WITHHELD | _WITHHELD_GIVEN
_INFORMATION = frozenset({"name", "detail", "information", "identity", "comment", "figure", "specific"})
_UNABLE = frozenset({"can", "could", "ca"})
# what one does not respond to when declining to comment
_ASKED = frozenset({"request", "question", "call", "message", "email", "e-mail", "inquiry", "enquiry", "query", "letter", "comment",
                    "phone", "interview", "invitation", "voicemail", "text"})


#: nouns of words withheld: "there was no comment from Damascus", "the ministry gave no immediate response"
_COMMENT_NOUNS = frozenset({"comment", "response", "reaction", "statement"})


def _no_comment_given(sent: Span, taken: dict[int, EventCandidate]) -> list[EventCandidate]:
    """Words withheld told by a noun with "no" (settling rule 32, coded as the refusal to comment it is, 011): "There
    was no comment from Damascus", "there was no immediate response from the Kremlin", "the ministry gave no immediate
    comment". The side is the from-phrase's or the giver; with neither ("no comment was available") none is coded."""
    out: list[EventCandidate] = []
    if _COMMENT_NOUNS.isdisjoint(_sentence_words(sent).lemmas):
        return out
    for n in sent:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in _COMMENT_NOUNS or n.i in taken or _in_quotes(n):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in n.children):
            continue
        sides = [o for _, o in _prep_objects(n, ("from", "by"))]
        if not sides and n.dep_ in _OBJ and n.head.lemma_.lower() in {"give", "make", "offer", "issue", "have"}:
            sides = _child(n.head, _SUBJ)
        if not sides or sides[0].lower_ in _FIRST_PERSON:
            continue
        entry = LexEntry("N", n.lemma_.lower(), None, None, False, "011", False, origin="statement")
        out.append(EventCandidate(
            code="011", strong=False, trigger_start=n.idx, trigger_end=n.idx + len(n.text), trigger_text=n.text,
            anchor_i=sides[0].i, trigger_i=n.i, sentence=sent, sources=_refs([_first_mention(sides[0])]), entry=entry,
        ))
    return out


def _declined_comment(sent: Span, taken: dict[int, EventCandidate]) -> list[EventCandidate]:
    """Refusals to comment (011), coded beside what the sentence reports.

    "Police did not say how ...", "Sengel would not identify the
    jurisdiction", "the chief, who declined to detail what was taken", "the
    FBI has not released the agent's name": an actor withholds words or
    information. Not what one cannot tell ("could not confirm", "I cannot
    detail": no refusal), nor what was not told by nobody ("whose names were
    not disclosed"), nor a first-person refusal inside a quotation.
    """
    out: list[EventCandidate] = _no_comment_given(sent, taken)
    if _WITHHOLDING.isdisjoint(_sentence_words(sent).lemmas):
        return out
    for v in sent:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in _WITHHOLDING or _in_quotes(v):
            continue
        if lemma in _WITHHELD_GIVEN and not any(o.dep_ in _OBJ and o.lemma_.lower() in _INFORMATION for o in v.children):
            continue
        if lemma == "say" and any(c.dep_ in _OBJ and c.lower_ in {"it", "that", "this", "so"} for c in v.children):
            continue  # "she never said it", "he did not say that": what one has not said (a denial), no refusal to comment
        if lemma in {"identify", "name"} and any(c.lower_ in _REFLEXIVES for c in v.children):
            continue  # "an official, who refused to identify himself": a source kept unnamed, no refusal to comment
        if lemma == "respond" and any(o.lemma_.lower() not in _ASKED for _, o in _prep_objects(v, ("to",))):
            continue  # "did not respond to requests for comment"; "the army did not respond to the shelling" is no silence
        refused = v.dep_ == "xcomp" and v.head.lemma_.lower() in {"decline", "refuse"} and not any(c.dep_ == "neg" for c in v.head.children)
        negated = any(c.dep_ == "neg" for c in v.children) and not any(c.dep_ == "aux" and c.lower_ in _UNABLE for c in v.children)
        if not (refused or negated) or any(c.dep_ in _SUBJPASS | {"auxpass"} for c in v.children):
            continue
        verb = v.head if refused else v
        if any(c.dep_ == "aux" and c.lower_ in _UNABLE for c in verb.children):
            continue
        subj = [c for c in verb.children if c.dep_ in _SUBJ]
        if subj and subj[0].lower_ in _RELPRON and verb.dep_ == "relcl":
            subj = [verb.head]  # "the chief, who declined to detail ..."
        if not subj or subj[0].lower_ in _FIRST_PERSON or subj[0].dep_ == "expl":
            continue
        if v.i in taken or verb.i in taken:
            read = taken.get(verb.i) or taken.get(v.i)
            if read is not None and read.code[:2] == "01" and read.trigger_i in {v.i, verb.i}:
                # "would not comment", "has not released the agent's name" read as a comment: the refusal happened, its
                # "not" is the refusal itself (gold guidelines, section 4), so the speaker anchors the modality
                read.anchor_i, read.negated = subj[0].i, False
            elif refused and read is not None and read.code[:2] == "04" and read.trigger_i == v.i and lemma == "discuss" and not any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in v.subtree):
                # "declined to discuss details", "would not discuss the case": a refusal to comment (011), no talks
                # called off; "refused to discuss the plan with Iran" stays talks refused
                read.code, read.anchor_i, read.negated = "011", subj[0].i, False
                read.entry = LexEntry("V", lemma, None, None, False, "011", False, origin="statement")
            continue  # the lexicon's reading of the verb stays
        entry = LexEntry("V", verb.lemma_.lower(), None, None, False, "011", False, origin="statement")
        # the refusal happened: its "not" is the refusal itself, so the speaker, not the verb, anchors the modality
        out.append(EventCandidate(
            code="011", strong=False, trigger_start=verb.idx, trigger_end=verb.idx + len(verb.text), trigger_text=verb.text,
            anchor_i=subj[0].i, trigger_i=verb.i, sentence=sent, sources=_refs([_first_mention(subj[0])]), entry=entry,
        ))
    return out


def _join_compound_attacks(nouns: list[EventCandidate]) -> None:
    """One event for "the car bomb attack", "a suicide bombing raid": a violent noun that modifies another names the same act.

    The more specific code stays (1832 car bomb over 180 attack; the head's when they are as specific),
    its trigger spans both words, and each side the one names and the other lacks is kept.
    """
    by_token = {ev.trigger_i: ev for ev in nouns}
    for ev in list(nouns):
        if ev not in nouns or not ev.code.startswith(_VIOLENT):
            continue
        tok = ev.sentence.doc[ev.trigger_i]
        head = tok.head
        while tok.dep_ == "compound" and head.dep_ == "compound" and head.i not in by_token and head.head.i != head.i:
            head = head.head  # "car bomb suicide attack": up the chain of compounds
        other = by_token.get(head.i) if tok.dep_ == "compound" else None
        if other is None or other is ev or other not in nouns or not other.code.startswith(_VIOLENT):
            continue
        keep, drop = (ev, other) if len(ev.code) > len(other.code) else (other, ev)
        keep.trigger_start, keep.trigger_end = min(ev.trigger_start, other.trigger_start), max(ev.trigger_end, other.trigger_end)
        keep.trigger_text = doc_text(ev.sentence.doc)[keep.trigger_start : keep.trigger_end]
        keep.sources = keep.sources or drop.sources
        keep.targets = keep.targets or drop.targets
        keep.place = keep.place or drop.place
        keep.strong = keep.strong or drop.strong
        nouns.remove(drop)
        by_token[keep.trigger_i] = keep


def _drop_repeated_attacks(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """One event per happening: "the shooting of Dr. Short, who ... survived the attack" names one attack twice.

    A later violent noun with a definite article and no side of its own
    repeats an earlier violent event of its sentence.
    """
    earlier = sorted([*(e.trigger_i for e in verb_events.values() if e.code.startswith(_VIOLENT)),
                      *(e.trigger_i for e in nouns if e.code.startswith(_VIOLENT))])
    if not earlier:
        return
    earlier_roots = {e.code[:2] for e in [*verb_events.values(), *nouns] if e.code.startswith(_VIOLENT) and e.trigger_i == earlier[0]}
    for ev in list(nouns):
        n = ev.sentence.doc[ev.trigger_i]
        if (ev.code.startswith(_VIOLENT) and not ev.sources and not ev.targets and earlier[0] < n.i
                and not (n.dep_ == "pobj" and n.head.lower_ in {"after", "before", "since", "following"}
                         and not any(c.lower_ in {"first", "initial", "earlier", "previous"} for c in n.children))  # "a day after the bombing in Kandahar"
                and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in n.children)
                and not (_own_time_or_place(n) and ev.code[:2] not in earlier_roots)):
            nouns.remove(ev)  # (an attack with a day or a place of its own after a raid of another kind is another happening)


def _own_time_or_place(n: Token) -> bool:
    """Does the event noun give a day or a place of its own ("the August 7 bombings in east Africa", "the attacks in Nairobi")?"""
    for c in n.children:
        if c.ent_type_ == "DATE" and c.dep_ in {"nmod", "compound", "nummod", "npadvmod", "poss"}:
            return True
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "on"} and any(
                o.dep_ == "pobj" and (o.ent_type_ in {"GPE", "LOC", "FAC"} or any(p.dep_ == "prep" and any(
                    x.ent_type_ in {"GPE", "LOC", "FAC"} for x in p.children) for p in o.children)) for o in c.children):
            return True
    return False


def _drop_occasions(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A meeting noun that is the occasion of a meeting verb is that meeting: "talked trade during a telephone call with Merkel"."""
    for ev in list(nouns):
        n = ev.sentence.doc[ev.trigger_i]
        if n.dep_ != "pobj" or n.head.lower_ not in {"during", "in", "at", "over"}:
            continue
        verb = verb_events.get(n.head.head.i)
        if verb is not None and verb.code[:2] == ev.code[:2] == "04" and ev.code not in _MOVE_CODES:  # a visit is a trip of its own
            nouns.remove(ev)
        elif verb is not None and verb.code == ev.code and n.head.lower_ == "during":
            nouns.remove(ev)  # "during a visit to Darfur, he visited Nyala": the verb tells the same act again


def _drop_meeting_purposes(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """The talk a meeting is held for is that meeting (settling rule 12): "met on Tuesday to discuss the border",
    "began meetings in Geneva to discuss a ceasefire" are one 04 each.
    A trip's purpose stays an act of its own ("planned to visit Gazprom to discuss the debt": the talks may not come)."""
    # a meeting told by a verb, or by a light verb and its noun ("began meetings", the trigger running from the light
    # verb); a meeting noun alone ("called a cabinet meeting to discuss") may be a body's own session, and its talk then
    # tells the meeting
    meetings = [ev for ev in verb_events.values() if ev.code[:2] == "04" and ev.code not in _MOVE_CODES]
    light = [ev for ev in nouns if ev.code[:2] == "04" and ev.code not in _MOVE_CODES and ev.anchor_i != ev.trigger_i
             and ev.trigger_start <= ev.sentence.doc[ev.anchor_i].idx]
    if not meetings and not light:
        return
    doc = (meetings or light)[0].sentence.doc
    held = {ev.trigger_i for ev in meetings} | {ev.anchor_i for ev in light}
    for i, ev in list(verb_events.items()):
        tok = doc[ev.trigger_i]
        if ev.code[:2] != "04" or ev.code in _MOVE_CODES or tok.dep_ not in {"advcl", "xcomp", "acl"}:
            continue
        if tok.head.i in held and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            del verb_events[i]


#: verbs of the blow in a shooting or an assault whose toll a joined casualty verb tells ("shot and killed a man",
#: "opened fire, killing two")
_BLOW_VERBS = frozenset({"shoot", "fire", "stab", "beat", "gun", "attack", "strike", "hit", "spray"})


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
#: what is fired, not hit: "opened fire", "fired shots"
_AMMUNITION = frozenset({"fire", "shot", "round", "bullet", "weapon", "gun", "rifle", "pistol", "volley", "salvo", "shell"})


def _blow(v: Token) -> bool:
    lemma = v.lemma_.lower()
    return lemma in _BLOW_VERBS or (lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in v.children))


def _agentless_passive(v: Token) -> bool:
    """Is ``v`` a passive that names no doer ("were killed", "were injured in the blast"; not "were killed by troops")?"""
    return any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "agent" for c in v.children)


def _drop_joined_casualties(verb_events: dict[int, EventCandidate]) -> None:
    """One event per happening (settling rule 1) when the blow and its toll are joined verbs of one doer: "allegedly shot
    and killed a man", "opened fire at a party, killing one person", "shot three co-workers, killing two of them" code
    the killing (or wounding) only, the act the gold codes (1823 for people who do not fight back, rule 11); so do two
    tolls of one attack ("killed five people and injured several others": the killing). A blow at fighters ("troops
    opened fire on the militants, killing three") stays the exchange of fire, the toll dropped."""
    doc = next(iter(verb_events.values())).sentence.doc if verb_events else None
    if doc is None:
        return
    for i, ev in list(verb_events.items()):
        if i not in verb_events or ev.code[:2] not in {"18", "19"}:
            continue
        v = doc[i]
        if v.lemma_.lower() == "kill" and _agentless_passive(v):
            for c in v.children:  # "14 people were killed and scores were injured": the toll of one attack, the killing
                if c.dep_ == "conj" and c.i in verb_events and c.lemma_.lower() in _CASUALTY_VERBS - {"kill"} \
                        and verb_events[c.i].code[:2] == "18" and _agentless_passive(c):
                    del verb_events[c.i]
        joined = [c for c in v.children if (c.dep_ == "conj" and not _child(c, _SUBJ | _SUBJPASS))
                  or (c.dep_ == "advcl" and c.tag_ == "VBG" and not _child(c, _SUBJ))]
        tolls = [c for c in joined if c.lemma_.lower() in _CASUALTY_VERBS and c.i in verb_events
                 and verb_events[c.i].code[:2] == "18"]
        if not tolls:
            continue
        if v.lemma_.lower() in _CASUALTY_VERBS:
            for c in tolls:  # "killed five people and injured several others": the killing
                if v.lemma_.lower() == "kill" or c.lemma_.lower() != "kill":
                    del verb_events[c.i]
            continue
        if not _blow(v):
            continue
        # "stabbed his wife and then killed himself", "shot a guard and killed the manager": two people, two happenings
        hit = [o for o in _child(v, _OBJ) if o.lemma_.lower() not in _AMMUNITION]
        if any(o.lower_ in _REFLEXIVES or (hit and o.pos_ in {"NOUN", "PROPN"} and not o.like_num and all(
                h.pos_ in {"NOUN", "PROPN"} and h.lemma_.lower() != o.lemma_.lower() for h in hit))
               for c in tolls for o in _child(c, _OBJ)):
            continue
        at = [o for o in _child(v, _OBJ)] + [o for _p, o in _prep_objects(v, ("on", "at"))]
        if any(o.lemma_.lower() in _COMBATANTS for o in at):
            for c in tolls:  # "opened fire on the militants, killing three": the exchange of fire
                del verb_events[c.i]
        else:
            for c in tolls:  # the toll keeps who fired and whom: "a gunman opened fire, killing one person"
                toll = verb_events[c.i]
                toll.sources = toll.sources or ev.sources
                toll.targets = toll.targets or ev.targets
            del verb_events[i]


#: verbs whose object is the threat its subject is: "the disease could pose a threat", "floods remain a threat"
_THREAT_POSERS = frozenset({"pose", "present", "represent", "constitute", "become", "remain", "be"})
#: the threat words a hazard may be said to make
_THREAT_WORDS = frozenset({"threat", "threaten", "menace", "endanger"})


def _threatening(tok: Token) -> list[Token]:
    """What threatens in the threat ``tok``: a verb's subject or agent ("El Nino may threaten the camps", "refugees
    threatened by flooding"), a noun's "of" object or compound ("a threat of measles", "the flood threat"), or the
    subject of the verb it is the object of ("the disease could pose a serious threat")."""
    if tok.pos_ in {"VERB", "AUX"}:
        return _doers(tok) or _agent(tok)
    out = [o for _p, o in _prep_objects(tok, ("of",))] + [c for c in tok.children if c.dep_ == "compound"]
    if tok.dep_ in {"dobj", "attr"} and tok.head.lemma_.lower() in _THREAT_POSERS:
        out += _doers(tok.head)
    return out


def _drop_hazard_threats(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A threat a disease or the weather makes is no threat of an actor (CAMEO 13 is coercion one actor aims at
    another): "warning of a growing threat of measles", "the disease could pose a very serious threat to the world's
    population", "El Nino may threaten the camps" are the speaker's pessimistic view of a hazard, told by the say-verb
    if by anything. A threat of force stays ("a threat of attack", "militants threatened the town")."""
    for ev in [*verb_events.values(), *nouns]:
        if ev.code[:2] != "13":
            continue
        tok = ev.sentence.doc[ev.trigger_i]
        threat = tok
        if tok.lemma_.lower() not in _THREAT_WORDS:
            # "warning of a growing threat of measles": the warning is of the threat the hazard makes
            threat = next((o for _p, o in _prep_objects(tok, ("of", "about")) if o.lemma_.lower() in _THREAT_WORDS), tok)
        if threat.lemma_.lower() not in _THREAT_WORDS:
            continue
        if threat.dep_ == "nsubj" and threat.head.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in threat.head.children):
            # "the most immediate threat to Kim is China's latent ability to ...": what endangers someone, named in an
            # analysis, no threat anyone made
            if ev in nouns:
                nouns.remove(ev)
            else:
                verb_events.pop(ev.trigger_i, None)
            continue
        if any(hazard(t) for t in _threatening(threat)):
            if ev in nouns:
                nouns.remove(ev)
            else:
                verb_events.pop(ev.trigger_i, None)


# nouns of a capacity whose infinitive tells what one may do, not what is done: "the right to defend itself"
_CAPACITY_NOUNS = frozenset({"right", "power", "authority", "freedom", "liberty", "ability", "capacity", "licence", "license",
                             "prerogative", "entitlement"})
# adjectives whose "to" object is an act the thing may undergo: "land plots are subject to withdrawal"
# ("open to talks" is an intent to negotiate, "eligible for" a right granted: neither is here)
_LIABLE_ADJECTIVES = frozenset({"subject", "liable", "vulnerable", "susceptible", "prone"})
# modifiers of an act under way or done ("ongoing investigations", "repeated raids"): what one is subject to then happens
_UNDER_WAY = frozenset({"ongoing", "current", "continuing", "continued", "repeated", "recent", "several", "numerous", "frequent"})


def _capacity(tok: Token) -> bool:
    """Is ``tok`` an act one has the right or the power to do, or is liable to undergo, rather than one done?

    "Countries have the right to defend themselves", "the union has the power to strike", "the plots are
    subject to withdrawal": a standing capacity or a rule, no happening. The noun's own infinitive only
    ("the man who had the right to remain silent" leaves "arrested" alone; "was given the right to vote" is the
    giving's business).
    """
    if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.lemma_.lower() in _CAPACITY_NOUNS and tok.head.pos_ == "NOUN" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.pos_ == "ADJ"
            and tok.head.head.lower_ in _LIABLE_ADJECTIVES and tok.head.head.dep_ in {"acomp", "amod", "oprd"}):
        return False
    # "have been subject to ongoing investigations": acts under way or done, not a liability
    copula = tok.head.head.head
    return not any(c.dep_ == "amod" and c.lower_ in _UNDER_WAY for c in tok.children) and not (
        tok.head.head.dep_ == "acomp" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in copula.children))


# verbs and nouns of a trend: what rises or falls is a count of acts, not one happening
_TREND_VERBS = frozenset({"increase", "rise", "fall", "decline", "double", "triple", "drop", "soar", "surge", "jump", "climb",
                          "grow", "decrease", "plummet", "spike", "multiply", "dwindle"})
_TREND_NOUNS = frozenset({"increase", "rise", "surge", "spike", "decline", "drop", "fall", "upsurge", "reduction", "decrease",
                          "growth", "jump", "uptick", "downturn"})
# determiners that point at known acts ("the attacks", "these arrests"): a series told before, not a count
_POINTING = frozenset({"the", "this", "these", "that", "those"})


def _trend_tally(n: Token) -> bool:
    """Is the event noun ``n`` a kind of act counted in a trend, not a happening?

    "Ambush attacks on officers increase", "burglaries fell 10 percent last year", "a rise in kidnappings":
    a count that grows or shrinks (generic). Only a bare plural (no "the", no owner) as the subject of a
    trend verb or the "in"/"of" object of a trend noun; "the attacks increased", "his arrests" stay.
    """
    if n.pos_ != "NOUN" or n.tag_ != "NNS" or any(c.dep_ in {"poss", "det"} and (c.dep_ == "poss" or c.lower_ in _POINTING)
                                                  for c in n.children):
        return False
    if _counted_as_a_rate(n) or _counted_since(n):
        return True  # "an average of 14 murders a day", "has seen 12 coups since 1932": a rate or a record, no happening
    if n.dep_ == "nsubj" and n.head.pos_ == "VERB" and n.head.lemma_.lower() in _STEEP_TRENDS and not _day_dated(n.head):
        return True  # "El Salvador murders plunge after gang leaders agree truce": the verb is its own measure
    if n.dep_ == "nsubj" and n.head.pos_ == "VERB" and n.head.lemma_.lower() in _TREND_VERBS:
        # a count moves by a measure ("increased sharply", "fell 10 percent", "rose last year"); "talks fell apart"
        # is no count, and "arrests climbed to more than 300 as police cleared the square on Sunday" is one
        # bounded series, counted
        return _trend_measure(n.head) and not _day_dated(n.head) and not any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and (o.tag_ == "CD" or any(
                d.dep_ == "nummod" for d in o.children)) for o in c.children) for c in n.head.children)
    if not (n.dep_ == "pobj" and n.head.lower_ in {"in", "of"} and n.head.head.pos_ == "NOUN"
            and n.head.head.lemma_.lower() in _TREND_NOUNS):
        return False
    trend = n.head.head  # "the increase in airstrikes killed 30 civilians on Sunday": the strikes of that day
    return not (trend.dep_ == "nsubj" and trend.head.pos_ == "VERB" and _day_dated(trend.head))


# adverbs of how much a count moves
_TREND_DEGREES = frozenset({"sharply", "steeply", "significantly", "dramatically", "markedly", "substantially", "slightly",
                            "steadily", "rapidly", "considerably", "greatly", "exponentially", "tenfold", "fivefold", "again"})


#: trend verbs that carry their own measure: "murders plunge", "kidnappings soared"
_STEEP_TRENDS = frozenset({"plunge", "plummet", "soar", "halve", "skyrocket", "tumble", "slump"})
#: the spans a rate is counted over: "14 murders a day", "three kidnappings per week"
_RATE_SPANS = frozenset({"day", "week", "month", "year", "hour"})


#: verbs a place or a people has a record of happenings by: "Thailand has seen 12 coups since 1932"
_RECORDING = frozenset({"see", "witness", "experience", "suffer", "endure", "record"})  # (not "have had several meetings since March")


def _counted_since(n: Token) -> bool:
    """Is the plural event noun ``n`` a count of happenings over the years since a time, told in the present perfect
    ("Thailand has seen 12 successful coups since 1932", "the region has suffered dozens of attacks since 2004")?"""
    head = n.head
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ in {"dobj"}:
        head = n.head.head.head  # "dozens of attacks"
    elif n.dep_ != "dobj":
        return False
    if head.lemma_.lower() not in _RECORDING or not any(a.lower_ in {"has", "have"} for a in head.children if a.dep_ == "aux"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in (*head.children, *n.children))


def _counted_as_a_rate(n: Token) -> bool:
    """Is the plural event noun ``n`` counted as a rate: an average ("an average of 14 murders"), or so many a span
    ("14 murders a day", "killings per month")?"""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in {"average", "rate"}:
        return True
    for c in n.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _RATE_SPANS and any(d.lower_ in {"a", "an", "per", "each"} for d in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "per" and any(o.lemma_.lower() in _RATE_SPANS for o in c.children):
            return True
    return False


def _trend_measure(v: Token) -> bool:
    """Does the trend verb ``v`` carry a measure of how much or over what span it moved ("sharply", "10 percent",
    "by a third", "last year", "to record levels")? Not "fell apart", "fell through" (a particle or other adverb)."""
    for c in v.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in {"apart", "through", "short", "behind", "silent"}):
            return False
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in _TREND_DEGREES:
            return True
        if c.dep_ in {"npadvmod", "dobj", "obl", "advmod", "prep"} and any(
                t.ent_type_ in {"PERCENT", "CARDINAL", "QUANTITY", "DATE", "MONEY"} or t.tag_ == "CD" for t in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ in {"to", "by"}:
            return True  # "rose to record levels", "fell by a third"
    return False


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
                       "tonight"})


def _day_dated(v: Token) -> bool:
    """Is the clause of ``v`` (its "as"/"when" clauses too) dated to a day ("on Sunday", "on March 3", "yesterday")?
    "Last year", "this month" and "over the holidays" are spans, not days."""
    for t in v.subtree:
        if t.ent_type_ not in {"DATE", "TIME"}:
            continue
        if t.lower_ in _WEEKDAYS or (t.dep_ == "pobj" and t.head.lower_ == "on"):
            return True
    return False


# roles of private life (sport, weather and science, customers and families, firms, the arts and their trade): who holds one speaks, asks or
# vows for no public body, so a statement, an appeal or a vow with no one on its other side is no CAMEO event
# (guidelines, rules of thumb: opinions of private people, firms, athletes or experts are `other`)
_PRIVATE_ROLES = frozenset({
    "team", "squad", "club", "coach", "player", "athlete", "captain", "teammate", "champion", "skipper", "jockey", "golfer",
    "goalkeeper", "striker", "quarterback", "midfielder", "runner", "cyclist", "swimmer", "boxer",
    "forecaster", "meteorologist", "climatologist", "scientist", "researcher", "economist", "analyst", "astronomer",
    "geologist", "seismologist", "volcanologist", "biologist", "expert", "epidemiologist", "virologist", "statistician",
    "fan", "spectator", "shopper", "customer", "passenger", "tourist", "neighbour", "neighbor", "friend", "family",
    "company", "firm", "airline", "retailer", "carmaker", "automaker", "manufacturer", "brewer", "startup",
    # the arts and their trade: a museum disputing that a painting is a fake speaks on no public matter
    "museum", "gallery", "auctioneer", "publisher", "studio", "theatre", "theater", "orchestra"})
_PRIVATE_ROLE_ROOTS = frozenset({"01", "02", "03", "04", "13"})


def _private_role(t: Token) -> bool:
    """Does ``t`` name someone by a role of private life ("the team", "forecasters", "the family", "climatologist
    David Stooksbury", "Smith, the team's coach"), owned by no one but private people ("the president's wife", "NASA
    scientists", "the state climatologist" and "the mother of the soldier" are left alone)?"""
    heads = [t] + ([c for c in t.children if c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN"] if t.pos_ == "PROPN" else [])
    for h in heads:
        if h.pos_ != "NOUN" or h.lemma_.lower() not in _PRIVATE_ROLES:
            continue
        owners = [c for c in h.children if c.dep_ in {"poss", "compound", "nmod"} or (c.dep_ == "amod" and c.ent_type_)]
        owners += [o for _, o in _prep_objects(h, ("of", "for"))]
        owners += [c for c in h.children if c.dep_ == "appos" and c.pos_ == "NOUN"]  # "the coach, a former army general"
        if all(o.pos_ == "PRON" or (o.pos_ == "NOUN" and o.lemma_.lower() in _PRIVATE_ROLES) or o.ent_type_ == "NORP"
               or _field_of(o) for o in owners):
            return True
    return False


#: words before a private role that make its holder a public body's ("the state climatologist", "government scientists")
_PUBLIC_OWNERS = frozenset({"state", "government", "federal", "city", "county", "army", "military", "police", "ministry",
                            "agency", "department", "council", "court", "navy", "party", "campaign", "un", "nation"})


def _field_of(o: Token) -> bool:
    """Is ``o`` the field a private role works in ("health experts", "weather forecasters", "security analysts"), not a
    public body that employs them ("state climatologist", "government scientists", "NASA scientists")?"""
    return o.dep_ == "compound" and o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in _PUBLIC_OWNERS


def _private_word(ev: EventCandidate) -> bool:
    """Is ``ev`` a statement, an appeal or an intent by private-life roles only, with no one on its other side
    ("the team vowed to defend its title", "forecasters warned of more storms" are sport and weather news; "the
    company asked the ministry to approve the deal" has a public side and stays)?"""
    if ev.code[:2] not in _PRIVATE_ROLE_ROOTS or ev.code == "0213" or ev.targets or not ev.sources or ev.vehicle is not None:
        return False  # a reward for catching criminals (0213) appeals to the public and the police for justice: it stays
    doc = ev.sentence.doc
    return all(r.fixed is None and _private_role(doc[r.token_i]) for r in ev.sources)


#: words of an illness told as a tally: cases, deaths, patients, tests
_ILLNESS = frozenset({"flu", "influenza", "virus", "disease", "outbreak", "epidemic", "pandemic", "cholera", "measles", "malaria",
                      "ebola", "h1n1", "h5n1", "dengue", "tuberculosis", "polio", "meningitis", "salmonella", "infection", "illness",
                      "symptom", "symptoms", "swine", "bird", "mad", "sars", "aids", "hiv", "typhoid", "anthrax", "plague"})
_TALLY = frozenset({"case", "cases", "death", "deaths", "infected", "hospitalize", "hospitalise", "hospitalized", "hospitalised",
                    "positive", "confirmed", "suffering", "patient", "patients", "admitted"})
#: words that make a word on an illness a judgement or a warning (012): "a recipe for disaster", "we fear"
_ILLNESS_JUDGED = frozenset({"warn", "warning", "fear", "worry", "concern", "concerned", "alarm", "alarming", "disaster",
                             "catastrophe", "catastrophic", "crisis", "danger", "dangerous", "urge", "must", "should", "need",
                             "threat", "serious", "grave", "fail", "failure", "blame", "criticize", "criticise", "praise",
                             "expect", "predict", "likely"})


def _disease_tally(ev: EventCandidate) -> bool:
    """Is the statement ``ev`` an official's word of an illness's figures or findings, with nothing judged or foreseen
    ("at least seven people are being hospitalized with suspected bird flu, the ministry stated", "a cow has tested
    positive for mad cow disease, officials said")? Disease cases are no event (guidelines, rule of thumb 4); a warning
    or a judgement of them ("a recipe for disaster", "cases will double") stays a statement (012)."""
    words = {t.lemma_.lower() for t in ev.sentence} | {t.lower_ for t in ev.sentence}
    foreseen = any(t.tag_ == "MD" and t.lower_ not in {"can", "ca"} for t in ev.sentence)  # "cases will double", not "May 2"
    return bool(words & _ILLNESS) and bool(words & _TALLY) and not (words & _ILLNESS_JUDGED) and not foreseen


def _drop_disease_tallies(verb_events: dict[int, EventCandidate]) -> None:
    """A verb of saying whose sentence is an illness's tally ("the ministry stated that seven people are hospitalized with
    bird flu") is no event (:func:`_disease_tally`)."""
    for i in [i for i, ev in verb_events.items()
              if ev.code[:2] == "01" and ev.sentence.doc[i].lemma_.lower() in _REPORTING and _disease_tally(ev)]:
        del verb_events[i]


# quantities of a market: what they do ("shares closed at $23", "yields retreated from their highs") is a price
# moving, never an act of an actor
_MARKET_QUANTITIES = frozenset({"share", "stock", "price", "yield", "index", "bond", "currency", "dollar", "euro", "pound", "yen",
                                "market", "future", "commodity", "rate", "valuation", "nasdaq", "dow"})


def _market_move(v: Token) -> bool:
    """Is the verb ``v`` told of a market quantity as its subject ("Williams shares closed at $23.25", "bond yields
    retreated")? "The stock exchange suspended trading" (an exchange) and "market traders protested" stay."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    # "export markets would ban Canadian cows": markets that act on an object are buyers (countries), not prices
    transitive = any(c.dep_ == "dobj" for c in v.children)
    return bool(subj) and all(s.pos_ == "NOUN" and s.lemma_.lower() in _MARKET_QUANTITIES
                              and not (transitive and s.lemma_.lower() == "market") for s in subj)


def _drop_capacities(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """Drop acts told only as a right, a power or a liability (see :func:`_capacity`) or counted in a trend (:func:`_trend_tally`)."""
    for i in [i for i, ev in verb_events.items() if _capacity(ev.sentence.doc[ev.trigger_i]) or _private_word(ev)
              or (not ev.nominal and _market_move(ev.sentence.doc[ev.trigger_i]))]:
        del verb_events[i]
    nouns[:] = [ev for ev in nouns if not _capacity(ev.sentence.doc[ev.trigger_i]) and not _trend_tally(ev.sentence.doc[ev.trigger_i])]


# adverbs that make an act a habit or a rule, not one happening: "police often arrest", "rangers routinely fine campers"
_HABIT_ADVERBS = frozenset({"often", "usually", "routinely", "typically", "regularly", "frequently", "generally", "normally",
                            "customarily", "habitually", "annually", "commonly", "ordinarily", "traditionally", "seldom", "rarely"})
# the spans of time that "each" or "every" makes a rhythm: "each year", "every weekend"
_HABIT_SPANS = frozenset({"day", "night", "week", "weekend", "month", "year", "season", "summer", "winter", "spring", "autumn",
                          "morning", "evening", "time", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
                          "saturday"})


def _clause_verb(tok: Token) -> Optional[Token]:
    """The verb of the clause ``tok`` stands in (``tok`` itself for a verb)."""
    t = tok
    while t.pos_ not in {"VERB", "AUX"}:
        if t.head.i == t.i:
            return None
        t = t.head
    return t


def _habitual(tok: Token) -> bool:
    """Does the clause of ``tok`` tell a habit or a rule ("is often cited", "must expel each year"), not one happening?

    An act announced for the future in an infinitive or with "will" ("pledged to consult each other regularly",
    "will meet every month") is a plan, not a habit: it stays.
    """
    v = _clause_verb(tok)
    verbs = [v] if v is not None else []
    if v is not None and v.dep_ in {"advcl", "xcomp", "conj"} and v.head.i != v.i and not any(
            c.dep_ == "mark" and c.lower_ == "while" for c in v.children) and not (
            v.dep_ == "conj" and _own_clause(v)):  # "often stay there while visiting": the visit is the occasion
        verbs.append(v.head)  # "meets them every month to discuss wages", "usually fire warning shots before they open fire"
    for w in verbs:
        if _habit_clause(w) or _record_over_years(w) or _toll_of_a_year(w):
            return True
        if _standing_flow(w):
            return True  # "Egypt receives about $1.3 billion a year in US military assistance": a standing flow, no one act
        if any(c.dep_ == "aux" and c.lower_ in {"to", "will", "shall", "'ll"} for c in w.children):
            continue
        for c in w.children:
            if c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS:
                return True
            if c.dep_ == "advmod" and c.lower_ == "long" and any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in w.children):
                return True  # "have long complained that ...", "has long accused Japan of ...": a standing stance, no one act
            if c.dep_ in {"npadvmod", "advmod", "obl", "dobj"} and c.lemma_.lower() in _HABIT_SPANS and any(
                    d.dep_ == "det" and d.lower_ in {"each", "every"} for d in c.children) and not _spell(w, c):
                return True
    return False


def _standing_flow(w: Token) -> bool:
    """Is the present-tense verb ``w`` a flow told per year, month or week on itself, its object or its object's count
    ("receives about $1.3 billion a year", "pays the militia $2 million a month")? Not "a week before" another act, and
    not a period inside a clause of its own ("an oil field that produces 100,000 barrels a year")."""
    if w.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "mark" for c in w.children):
        return False
    told = [t for x in [w, *_child(w, _OBJ)] for t in [*x.children, *(
        y for c in x.children if c.dep_ in _OBJ | {"nummod", "quantmod"} for y in c.children)]]
    return any(t.dep_ == "npadvmod" and t.lemma_.lower() in {"year", "month", "week"} and any(d.lower_ in {"a", "per"} for d in t.children)
               and not (t.i + 1 < len(t.doc) and t.nbor().lower_ in {"before", "after", "ago", "earlier", "later"}) for t in told)


#: a year written out ("2009", "1998"): a span a record or a yearly toll is told over
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _record_over_years(w: Token) -> bool:
    """Is ``w`` a toll in the perfect told since a year ("Boko Haram has killed more than 20,000 people since 2009")? A
    record of a long campaign, no one happening; "has killed 20 since Monday" and "have killed 40 people over the past
    two years" stay."""
    if w.lemma_.lower() not in _CASUALTY_VERBS | {"displace", "uproot", "force", "claim", "extradite", "deport", "execute"} or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in w.children):
        return False  # (a toll: "has sent military instructors to Bangui since 2018" is one ongoing act)
    # (the phrase may close a joined verb: "has killed 20,000 and forced two million from their homes since 2009")
    for p in [c for x in [w, *w.conjuncts] for c in x.children]:
        if p.dep_ != "prep":
            continue
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if p.lower_ == "since" and any(_YEAR.match(o.text) for o in objs):
            return True
    return False


def _toll_of_a_year(w: Token) -> bool:
    """Is ``w`` a year's toll of hundreds or more ("Police in Rio killed 1,534 people last year", "more than 9,000
    people were killed in drug violence in 2018")? A yearly figure sums many happenings; "killed 12 people last year"
    and "were killed last week" may be one."""
    if w.lemma_.lower() not in _CASUALTY_VERBS | {"murder", "extradite", "deport", "execute"}:
        return False
    spans = [c for c in w.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year" and any(
        d.lower_ in {"last", "this", "that", "past", "previous"} for d in c.children)]
    spans += [o for p, o in _prep_objects(w, ("in", "during", "over", "throughout")) if _YEAR.match(o.text) or (
        o.lemma_.lower() == "year" and any(d.lower_ in {"last", "this", "the", "that", "past", "previous"} for d in o.children))]
    explicit_year = any(_YEAR.match(s.text) for s in spans)
    if explicit_year and any(o.dep_ == "pobj" and o.head.lower_ in {"in", "at", "near"} and (
            o.ent_type_ in {"GPE", "LOC", "FAC"} or o.pos_ == "PROPN") and o.ent_type_ not in {"DATE", "TIME"} for o in w.subtree):
        return False  # "killed more than 300 people in Gamboru Ngala in 2014": a massacre in a named town
    if not spans or any(o.lemma_.lower() in _ONE_OCCASION for _p, o in _prep_objects(w, ("in", "during", "on", "at"))):
        return False  # "killed 300 villagers in 2014 in a single night", "in an attack on a market": one happening
    victims = _child(w, {"dobj"}) or _child(w, _SUBJPASS)
    # ("a record 66 people": a year's figure however small)
    return any(_hundreds_or_more(x) or any(c.lower_ == "record" for c in x.subtree) for x in victims)


#: what names one occasion of a toll ("in a single night", "in an attack")
_ONE_OCCASION = frozenset({"night", "day", "morning", "evening", "afternoon", "attack", "raid", "massacre", "assault", "bombing",
                           "blast", "explosion", "strike", "airstrike", "ambush", "shooting", "fire", "stampede", "crash"})


def _hundreds_or_more(t: Token) -> bool:
    """Does the phrase headed by ``t`` count a hundred people or more ("1,534 people", "more than 9,000", "hundreds")?"""
    if t.lemma_.lower() in {"hundred", "thousand", "hundreds", "thousands", "million", "millions"} or any(
            c.lower_ in {"hundreds", "thousands", "tens", "million", "millions"} for c in t.subtree):
        return True
    for c in [t, *t.subtree]:
        if c.like_num:
            digits = c.text.replace(",", "")
            if digits.isdigit() and int(digits) >= 100:
                return True
    return False


# spans of a whole working life or of many years: what one did "throughout his career" is a record, not a happening
_LIFE_SPANS = frozenset({"career", "life", "lifetime", "tenure", "years", "decades"})


#: nouns of a standing way of acting: what their of-phrase names is done as a rule ("a policy of detaining asylum seekers")
_STANDING_WAYS = frozenset({"policy", "practice", "habit", "tradition", "strategy", "tactic", "custom", "pattern"})


#: roots of what is said: a relative clause in the present still says it now ("a charge Moscow denies")
_SAID_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})


def _standing_role(w: Token) -> bool:
    """Is ``w`` the verb of a relative clause in the simple present that describes what its noun does as a rule
    ("Norway, which brokers the negotiations", "the rebels, who control much of the north")? A past act told in the
    clause ("Hamas, which seized Gaza in 2007") is not, nor an act named inside the clause ("who faces murder
    charges"): only the clause's own verb is read; what is said in one ("a charge Moscow denies") is kept by the caller.
    Only a clause set off by a comma: a restrictive one picks out who did the act ("footage of a man who punches a
    shop worker")."""
    if w.dep_ != "relcl" or w.pos_ != "VERB" or any(c.lower_ in {"today", "now", "tonight"} for c in w.children):
        return False  # ("the individuals we honor today": an act of the day)
    if w.left_edge.i == 0 or w.doc[w.left_edge.i - 1].text != ",":
        return False  # only a clause set off by a comma: "a man who punches a shop worker" in a video tells what he did
    aux = [c for c in w.children if c.dep_ in {"aux", "auxpass"}]
    return w.tag_ in {"VBZ", "VBP"} and not aux


def _habit_clause(w: Token) -> bool:
    """Does the grammar of the clause of ``w`` make it a habit or a record ("whenever they bombed", "used to arrest",
    "worked to support students throughout his career", "over the years")?"""
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ == "whenever" for c in w.children):
        return True  # "whenever the rebels shelled the town"
    if w.dep_ == "pcomp" and w.head.lower_ == "of" and w.head.head.lemma_.lower() in _STANDING_WAYS:
        return True  # "a Home Office policy of detaining asylum seekers": a way of acting, no one act
    if _rule_condition(w) or any(c.dep_ == "advcl" and _rule_condition(c) for c in w.children):
        return True  # "when a driver refuses a breath test, officers may arrest him": a rule for anyone, both clauses
    if w.dep_ == "xcomp" and w.head.lower_ == "used" and w.head.tag_ == "VBD" and w.head.dep_ != "relcl" and not any(
            c.dep_ in _OBJ | _SUBJPASS for c in w.head.children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in w.children):
        return True  # "police used to arrest them": a past habit (not "used force to arrest", "a knife that he used to stab him")
    for c in w.children:
        if c.dep_ == "prep" and c.lower_ == "throughout" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _LIFE_SPANS and _whole_span(o) for o in c.children):
            return True  # "throughout his career" (not "throughout 2019")
        if c.dep_ == "prep" and c.lower_ == "over" and any(
                o.dep_ == "pobj" and o.lower_ in {"years", "decades"} and _whole_span(o) for o in c.children):
            return True  # "over the years" (not "over the past two years"; "criticised him over his tenure" is a cause)
    return False


#: beginnings a record is counted from: "since independence", "since the start of the insurgency"
_BEGINNINGS = frozenset({"independence", "insurgency", "start", "beginning", "outbreak", "uprising", "war", "conflict",
                         "partition", "revolution", "invasion", "rebellion", "inception", "founding"})


#: wars and campaigns whose whole toll a relative clause may tell
_LONG_WARS = frozenset({"conflict", "war", "insurgency", "uprising", "rebellion", "civil war", "violence", "campaign", "struggle"})


def _toll_of_a_long_war(w: Token) -> bool:
    """Is the casualty verb ``w`` the whole toll of a war that lasted years, told in a relative clause on it ("ended
    a 52-year conflict that killed 220,000 people", "the decades-long insurgency, which has killed 40,000 people") or
    with the war as its subject ("Colombia's 35-year conflict has killed 35,000 people")? A record of the war, no one
    happening ("the blast that killed 12 people on Monday" is one)."""
    if w.lemma_.lower() not in {"kill", "claim", "leave", "displace", "wound"}:
        return False
    # the war the clause hangs on, or the war that is the verb's subject ("Colombia's 35-year conflict has killed ...")
    war = w.head if w.dep_ == "relcl" else next(iter(_child(w, {"nsubj"})), None)
    if war is None or war.lemma_.lower() not in _LONG_WARS:
        return False
    # (the tokenizer splits "52-year" into a number, a hyphen and "year" compounded on the war)
    return any(c.dep_ in {"amod", "compound", "nmod"} and (
        c.lower_.endswith(("-year", "-decade", "-long", "-years")) or c.lower_ in {"long", "protracted", "lengthy", "decades-long",
                                                                                  "years-long", "generation-long"}
        or (c.lemma_.lower() in {"year", "decade"} and any(x.like_num or x.lower_ in {"decades", "years"} for x in c.children)))
        for c in war.children)


def _record_since(w: Token) -> bool:
    """Is the perfect-tense verb ``w`` a record counted from the beginning of a campaign or a state ("has killed
    thousands of people since it launched its insurgency in 2009", "have fought three wars since independence")? Not a
    toll counted from a day or a year ("the bombing has killed 200 since Friday", "the militia has attacked the towns
    since 2020": acts of the present time), nor one counted over a span ("have killed 40 people over the past two
    years")."""
    if not any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in w.children):
        return False
    for c in w.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in _BEGINNINGS for o in c.children):
                return True  # "since independence", "since the start of the war"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) and c.tag_ == "VBD" \
                and any(o.lemma_.lower() in _BEGINNINGS for o in c.subtree):
            return True  # "since it launched its insurgency in 2009"
    return False


# verbs of a threat, a promise or a warning: an if-clause under them is the threat's condition, not a rule
_COMMISSIVE_RULE_VERBS = frozenset({"threaten", "warn", "vow", "pledge", "promise", "swear", "announce", "declare", "insist"})


def _rule_condition(c: Token) -> bool:
    """Is ``c`` a present-tense "if"/"when" clause about anyone of a kind of person ("if a driver refuses", "when an
    applicant appeals", "if anyone attacks"), which makes a rule, not a happening? "If Iran attacks Israel" (someone
    known), "if a deal is not reached" (a thing) and "when the driver refused" (past) are left alone."""
    if c.dep_ != "advcl" or c.tag_ not in {"VBZ", "VBP"} or not any(
            m.dep_ in {"mark", "advmod"} and m.lower_ in {"if", "when", "unless", "once"} for m in c.children):
        return False
    main = c.head
    # the main clause is a rule too: present or modal ("officers may arrest him", "the league suspends him"), not an
    # act told in the past nor a threat or a promise ("the rebels threatened to kill the hostages if a soldier enters")
    if main.tag_ in {"VBD", "VBN"} or any(a.dep_ == "aux" and a.tag_ == "VBD" and a.lower_ not in {"could", "might", "should"}
                                          for a in main.children):
        return False
    t = main
    while t.dep_ in {"xcomp", "ccomp", "conj"} and t.head.i != t.i:
        t = t.head
        if t.pos_ in {"VERB", "AUX"} and (t.lemma_.lower() in _SAY_VERBS | _COMMISSIVE_RULE_VERBS or t.tag_ == "VBD"):
            return False
    if any(s.dep_ in _SUBJ and s.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for s in main.children):
        return False  # "if a soldier enters, Hamas will kill them": a threat of someone known
    subj = [s for s in c.children if s.dep_ in _SUBJ | _SUBJPASS]
    return bool(subj) and all(s.lower_ in {"anyone", "anybody", "someone", "somebody", "whoever"} or (
        s.pos_ == "NOUN" and is_person(s) and any(d.dep_ == "det" and d.lower_ in {"a", "an", "any", "every", "each"}
                                                  for d in s.children)) for s in subj)


def _whole_span(o: Token) -> bool:
    """Is ``o`` a whole life or an open run of years ("his career", "the years"), not a counted span ("the past two years")?"""
    if any(d.dep_ == "nummod" or d.lower_ in {"past", "last", "next", "coming"} for d in o.children):
        return False
    return o.lower_ not in {"years", "decades"} or any(d.lower_ == "the" for d in o.children)


def _own_clause(v: Token) -> bool:
    """Is the joined verb ``v`` a clause of its own, which a habit word of the first does not reach?

    It has its own subject ("... but on Friday hundreds fought"), its own date ("and on Monday arrested five") or
    stands after "but" ("rarely clash ..., but fought").
    """
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in v.children):
        return True
    if any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in list(v.head.children) + list(v.children)):
        return True
    return _dated(v)


def _dated(v: Token, skip: Optional[Token] = None) -> bool:
    """Does ``v`` carry a date of its own ("on Monday", "last week", "since Friday"), outside the words of ``skip``?"""
    skipped = {t.i for t in skip.subtree} if skip is not None else set()
    for c in v.children:
        if c.i in skipped or c.dep_ in {"conj", "advcl", "ccomp", "xcomp", "relcl"}:
            continue
        if c.dep_ in {"npadvmod", "tmod", "obl"} and c.ent_type_ in {"DATE", "TIME"}:
            return True
        if c.dep_ == "prep" and c.lower_ in {"on", "since", "last", "in", "during", "until", "for"} and any(
                o.ent_type_ in {"DATE", "TIME"} for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _spell(w: Token, span: Token) -> bool:
    """Does "every day" (``span``) on a past or present-perfect ``w`` count the days of one spell ("have shelled the
    town every day since Friday", "gathered every night for two weeks"), not a habit?"""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in w.children)
    if not (perfect or w.tag_ in {"VBD", "VBN"}):
        return False
    for p in (t for t in span.subtree if t.dep_ == "prep" and t.lower_ in {"since", "for", "until", "in"}):
        if any(o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in _HABIT_SPANS or o.like_num for o in p.subtree if o.i != p.i):
            return True
    return _dated(w, skip=span)


def _generic_gerund(v: Token) -> bool:
    """Is ``v`` an act named as the subject of a present-tense judgement: "closing the border does not fix any problems"?"""
    if v.dep_ != "csubj" or v.tag_ != "VBG":
        return False
    w = v.head
    return w.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in w.children)


# titles and bodies named by the kind of case they handle: "commander of police investigations", "head of criminal inquiries"
_CASE_TITLES = frozenset({"commander", "chief", "head", "director", "chairman", "chairwoman", "chair", "member", "officer",
                          "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "deputy", "department",
                          "division", "unit", "bureau", "office", "agency", "committee", "commission", "ministry", "squad",
                          "expert", "specialist", "lawyer", "attorney", "professor", "lecturer", "course", "degree"})


def _kind_of_case(n: Token, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Does the event noun ``n`` name a kind of case in a title or a trade, not a happening?

    "commander of police investigations", "bombing and evidence specialists" (a modifier of people), "a course in
    crisis negotiations".
    """
    if n.dep_ == "nmod" and n.head.i > n.i and (n.head.lemma_.lower() in _CASE_TITLES or (actor_noun is not None and actor_noun(n.head))):
        return True
    if n.dep_ == "compound" and n.head.i > n.i and n.head.lemma_.lower() in _CASE_TITLES and n.head.tag_ == "NNS":
        return True  # "bombing specialists", "kidnapping experts"
    return (n.tag_ == "NNS" and n.dep_ == "pobj" and n.head.lower_ in {"of", "in"} and n.head.head.lemma_.lower() in _CASE_TITLES
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in n.children))


def _odds_or_tally(v: Token) -> bool:
    """Is the act ``v`` a group's odds or a tally of past acts, not one happening?

    "They are more likely to be injured or arrested" (odds compared), "It is not the first time he has been
    arrested" (past arrests counted). "It was the first time the two leaders had met" is one meeting.
    """
    w = v
    while w.dep_ == "conj" and w.head.i != w.i:
        w = w.head
    if w.dep_ == "xcomp" and w.head.lemma_.lower() in {"likely", "unlikely", "apt", "prone"} and any(
            c.dep_ == "advmod" and c.lower_ in {"more", "less"} for c in w.head.children):  # "most likely to" is "probably"
        return True
    if w.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "ever" for c in w.children) and any(
            c.tag_ == "JJS" or c.lower_ in {"first", "only"} for c in w.head.children):
        return True  # "the largest reward the government has ever offered": a record among past acts
    if w.dep_ == "relcl" and w.head.lemma_.lower() == "time" and any(c.lower_ == "first" for c in w.head.children):
        copula = w.head.head
        return w.head.dep_ == "attr" and any(c.dep_ == "neg" for c in copula.children)
    return False


def _drop_habits(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate],
                 actor_noun: Optional[Callable[[Token], bool]] = None) -> None:
    """Acts told as a habit or a rule, and kinds of case named in a title, are no events (guidelines, section 2: `generic`)."""
    for i in [i for i, ev in verb_events.items() if _habitual(ev.sentence.doc[i]) or _generic_gerund(ev.sentence.doc[i])
              or (_standing_role(ev.sentence.doc[i]) and ev.code[:2] not in _SAID_ROOTS)
              or _odds_or_tally(ev.sentence.doc[i])
              or (ev.code[:2] in {"18", "19", "20"} and (_record_since(ev.sentence.doc[i]) or _toll_of_a_long_war(ev.sentence.doc[i])))]:
        # ("Boko Haram has killed thousands since it launched its insurgency in 2009": a record of violence, no one act)
        del verb_events[i]
    nouns[:] = [ev for ev in nouns if not _habitual(ev.sentence.doc[ev.trigger_i])
                and not _kind_of_case(ev.sentence.doc[ev.trigger_i], actor_noun)]


# occasions of sport, culture and leisure a place or a venue hosts: no visit hosted
_HOSTED_OCCASIONS = frozenset({"olympics", "olympic", "games", "game", "concert", "show", "festival", "tournament", "championship",
                               "championships", "cup", "party", "exhibition", "competition", "race", "match", "fair", "event",
                               "gig", "premiere", "contest", "marathon", "league", "season", "final", "finals", "series", "expo",
                               "wedding", "fundraiser", "gala", "screening", "workshop", "class", "podcast", "program", "programme",
                               "lecture", "hearing", "seminar", "webinar", "clinic", "sale", "auction", "celebration", "parade",
                               "carnival", "bazaar", "reading", "exhibit", "night", "tour", "camp"})
# adverbs of degree that make a participle an adjective ("particularly threatening")
_DEGREE = frozenset({"particularly", "very", "so", "too", "most", "more", "less", "extremely", "quite", "especially", "increasingly"})
# what a server hosts: no visit ("a provider to host our site")
_HOSTED_DATA = frozenset({"site", "website", "server", "page", "content", "domain", "blog", "data", "file", "video", "account"})
# where a product is taken back: "return it to the store"
_SHOPS = frozenset({"store", "shop", "retailer", "seller", "manufacturer", "dealer", "supermarket", "pharmacy", "outlet"})
# care one refuses or declines after a crash or an injury: no rejection of anyone
_CARE = frozenset({"treatment", "attention", "care", "transport", "transportation", "help", "aid", "assistance", "ambulance",
                   "hospitalization", "hospitalisation", "evaluation", "examination"})
# those called to a scene: a summons, no appeal and no consultation
_RESPONDERS = _LAW_WORDS | frozenset({"firefighter", "firefighters", "firemen", "paramedic", "paramedics", "ems", "medics", "crews",
                                      "crew", "deputy", "units", "agents", "soldiers", "troops", "emergency"})
#: offenders whose coming to a place is the way to a crime, no visit
_OFFENDERS = frozenset({"gunman", "gunmen", "shooter", "suspect", "suspects", "robber", "robbers", "thief", "thieves", "burglar",
                        "burglars", "attacker", "attackers", "killer", "intruder", "intruders", "assailant", "assailants", "bomber"})
#: premises one arrives at: a building, a home, a shop (not a country, a city or a leader's office)
_PREMISES = frozenset({"building", "house", "home", "apartment", "flat", "scene", "bank", "store", "shop", "office", "lot", "garage",
                       "motel", "party", "restaurant", "bar", "club", "branch", "station", "school", "church", "mosque"})
#: those called out to a scene, whose arrival answers a call: "when firefighters arrived at the scene"
_CALLED_OUT = frozenset({"police", "officer", "officers", "policeman", "policemen", "deputy", "deputies", "trooper", "troopers",
                         "firefighter", "firefighters", "fireman", "firemen", "paramedic", "paramedics", "medic", "medics", "ems",
                         "rescuer", "rescuers", "responder", "responders", "ambulance", "crew", "crews", "detective", "detectives"})
#: those whose coming or going to a place is an errand of the law or of care, no visit: responders, investigators, medics
_ERRAND_RUNNERS = _CALLED_OUT | frozenset({"investigator", "investigators", "doctor", "doctors", "nurse", "nurses", "physician"})
# what "met" someone when the meeting is a clash: "were met by gunmen firing rifles", "met with tear gas"
_MET_BY_FORCE = frozenset({"gunfire", "fire", "gas", "force", "violence", "resistance", "bullets", "shots", "grenades", "stones",
                           "rocks", "batons", "cannon", "hitmen", "attackers"})
# what a move is "met with" when that is the answer it got: "met with a forceful response", "met with scepticism"
_MET_BY_RESPONSE = frozenset({"response", "reaction", "criticism", "silence", "skepticism", "scepticism", "disbelief", "derision",
                              "approval", "applause", "cheers", "anger", "outrage", "dismay", "condemnation", "indifference",
                              "suspicion", "alarm", "praise", "opposition", "rejection", "delay", "success", "failure"})
# armed people who may also just meet someone ("the envoy was met by rebels at the airport"): force only with a
# violent participle ("gunmen firing rifles") or a weapon ("rebels with gunfire")
_MET_BY_ARMED = frozenset({"gunmen", "gunman", "militants", "militant", "rebels", "rebel", "fighters", "insurgents", "militiamen"})
_MET_BY_DEEDS = frozenset({"fire", "shoot", "open", "throw", "hurl", "wield", "brandish", "attack", "ambush", "fling", "launch",
                           "arm", "spray"})


#: verbs that give a thing a standing ("listed as threatened", "designated as endangered", "considered threatened")
_STATUS_VERBS = frozenset({"list", "designate", "classify", "class", "reclassify", "categorize", "categorise", "consider", "deem",
                           "declare", "rate", "label", "protect", "propose", "regard", "recognize", "recognise", "remain"})


def _not_this_act(v: Token, ev: EventCandidate) -> bool:
    """Words of an event that name no such act here.

    - a place or a venue hosting a game, a concert or a festival ("slated to host the 2014 Winter Olympics"): no visit (043);
    - care refused or declined ("had minor injuries and refused treatment"): no rejection (12);
    - responders called to a scene ("police were called to the store to investigate"): a summons, no appeal (02, 04);
    - being met by force ("were met by hitmen lobbing grenades", "met with tear gas"): a clash, no meeting (04);
    - a status one is listed, classed or held as ("the owl was listed as threatened", "is considered threatened"): a
      species' or a site's standing, no threat (13).
    """
    lemma = v.lemma_.lower()
    objs = _child(v, _OBJ | _SUBJPASS)
    if ev.code[:2] == "13" and lemma in {"threaten", "endanger"} and v.tag_ in {"VBN", "JJ"} and not _child(v, _OBJ) \
            and v.head.i != v.i and v.head.lemma_.lower() in _STATUS_VERBS \
            and (v.dep_ in {"oprd", "acomp", "xcomp"} or any(c.lower_ == "as" for c in v.children)):
        return True
    if ev.code == "043" and lemma == "host" and objs and all(
            o.lemma_.lower() in _HOSTED_OCCASIONS or o.lower_ in _HOSTED_OCCASIONS or o.lower_.rstrip("s") in _HOSTED_OCCASIONS
            or o.lemma_.lower() in _HOSTED_DATA or _of_occasions(o) or _titled(o) for o in objs):
        return True  # "hoping to host the 2018 World Cups", "a provider to host our site": no visit hosted
    if ev.code[:2] == "13" and v.lower_ == "threatening" and (v.dep_ in {"acomp", "amod"} or any(
            c.dep_ == "advmod" and c.lower_ in _DEGREE for c in v.children)):
        return True  # "the shortage is particularly threatening to South Africa": a danger described, no threat made
    if ev.code[:2] == "04" and lemma == "come" and (
            any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children)
            or any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children) and _prep_objects(v, ("to",)) and v.dep_ == "advcl"):
        return True  # "came out to her sister" (told who she is), "when it comes to religious persecution": no one travels
    if ev.code[:2] == "04" and lemma == "go" and any(o.lemma_.lower() == "length" for _, o in _prep_objects(v, ("to",))):
        return True  # "going to great lengths to build a force": an effort, no trip
    if ev.code[:3] == "084" and lemma == "return" and any(o.lemma_.lower() in _SHOPS for _, o in _prep_objects(v, ("to",))):
        return True  # "return it to the store where they bought it": a product taken back, no one returned
    if ev.code[:2] == "12" and lemma in {"refuse", "decline"} and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in {"identify", "name"} and any(
                o.lower_ in _REFLEXIVES for o in c.children) for c in v.children):
        return True  # "an official who refused to identify himself": a source kept unnamed, no rejection
    if ev.code[:2] == "12" and lemma in {"refuse", "decline", "reject"} and objs and all(o.lemma_.lower() in _CARE for o in objs):
        return True
    if ev.code == "054" and lemma in {"recognize", "recognise"} and (
            any(c.dep_ == "ccomp" for c in v.children) or (objs and all(o.lemma_.lower() in _RECOGNISED_FACTS for o in objs))):
        return True  # "we recognize that many employees serve", "recognised the need for reform": a fact owned, no recognition
    if ev.code[:2] == "19" and lemma == "fire" and any(o.dep_ in {"dobj", "obj"} and _fired_from_a_post(o) for o in _child(v, _OBJ)):
        return True  # "Kuhl fired Reams at the operations center": dismissed from a post, no shots
    if ev.code == "100" and lemma == "order" and v.dep_ in {"advcl", "xcomp"} and v.head.lemma_.lower() == "call" and not objs:
        return True  # "called the meeting to order": opened it, no demand
    if ev.code[:3] == "084" and lemma == "return" and objs and all(o.lemma_.lower() in _MESSAGES for o in objs):
        return True  # "did not return requests for comment", "returned his calls": an answer, no return of anyone
    if ev.code[:2] == "02" and lemma == "call" and any(
            s.lemma_.lower() in _TERMS_THAT_CALL and not any(c.ent_type_ in _ACTOR_ENTS for c in s.subtree) for s in _verb_subjects(v)[0]):
        return True  # "the forecast calls for cloudy skies", "the project called for 40 generators": what a text requires
    if ev.code[:3] in {"154", "153"} and lemma == "deploy" and objs and all(
            x.lemma_.lower() in _CIVIL_DEPLOYED or x.lower_ in _CIVIL_DEPLOYED for o in objs for x in _conjuncts(o)):
        return True  # "salt trucks have been deployed", "extra medical staff are deployed": no force
    if ev.code[:2] == "04" and lemma in {"arrive", "come", "get", "respond", "rush", "go", "visit"} and any(
            x.lemma_.lower() in _ERRAND_RUNNERS or x.lower_ in _ERRAND_RUNNERS for x in _verb_subjects(v)[0]) and not any(
            o.ent_type_ in {"GPE", "NORP", "LOC"} or o.pos_ == "PROPN" for o in [*(o for _, o in _prep_objects(v, ("in", "at", "to"))), *objs]):
        # "when firefighters arrived at the scene", "officers arrived at the couple's home": a call answered; "police had
        # gone to his apartment", "detectives visited the home": the law's errand, no visit
        return True
    if ev.code[:2] == "04" and lemma in {"arrive", "come", "get", "show"} and any(
            x.lemma_.lower() in _OFFENDERS or x.lower_ in _OFFENDERS or x.lower_ in {"he", "she", "they"} for x in _verb_subjects(v)[0]) and any(
            o.lemma_.lower() in _PREMISES and o.pos_ != "PROPN" for _, o in _prep_objects(v, ("in", "at", "to"))):
        return True  # "the car police believe he arrived at the building in", "the gunman arrived at the house": a way there
    if ev.code[:2] == "15" and any(_civil_exercise(o) or _civil_mobilization(o) for o in objs):
        return True  # "launched a contact-tracing exercise": a light verb's task of another kind
    if ev.code == "161" and lemma == "break" and not objs and _prep_objects(v, ("from",)) and not _prep_objects(v, ("with",)):
        return True  # "the trio broke off from the group to explore the mountain": no relations cut
    if ev.code == "163" and lemma == "sanction" and objs and all(o.lemma_.lower() in _APPROVED_THINGS for o in objs):
        return True  # "the council is sanctioning several developments", "a sanctioned bout": an approval, no sanctions
    if ev.code[:2] in {"02", "04"} and lemma == "call" and any(c.dep_ == "auxpass" for c in v.children) and any(
            s.lower_ in _RESPONDERS or s.lemma_.lower() in _RESPONDERS for s in _child(v, _SUBJPASS)):
        return True
    if ev.code[:2] == "04" and lemma == "meet" and any(c.dep_ == "auxpass" for c in v.children):
        met_by = [o for _, o in _prep_objects(v, ("with",))] + [o for a in v.children if a.dep_ == "agent" for o in a.children
                                                                 if o.dep_ == "pobj"]
        if any(o.lower_ in _MET_BY_FORCE or o.lemma_.lower() in _MET_BY_FORCE or _armed_meeting(o) for o in met_by):
            return True
        if any(o.lemma_.lower() in _MET_BY_RESPONSE for _, o in _prep_objects(v, ("with",))):
            return True  # "should have been met with a more forceful response", "was met with silence": an answer, no meeting
    if ev.code == "182" and lemma == "punch" and (
            any(c.dep_ == "prt" and c.lower_ in {"in", "out", "up"} for c in v.children)
            or any(o.lemma_.lower() in _PUNCHED_THINGS for o in objs + [x for _, x in _prep_objects(v, ("in", "into"))]
                   if o.dep_ != "pobj" or not objs)):
        return True  # "shrapnel punched a hole in the hull", "he punched in the numbers"
    if ev.code == "174" and lemma == "expel" and _expelled_member(v):
        return True  # "the party expelled its former leader", "was expelled from the party"
    if ev.code == "173" and lemma == "hold" and v.dep_ == "acl" and v.head.lemma_.lower() in _CAPTIVES and any(
            o.lemma_.lower() in _HELD_IN_ATTACKS for _, o in _prep_objects(v, ("in", "during"))):
        return True  # "two soldiers held in the attack on the base": captives of the attackers, no arrest
    if ev.code == "175" and lemma == "spray" and any(
            o.lemma_.lower() in _SPRAYED_THINGS for _, o in _prep_objects(v, ("on", "onto", "over", "at", "into"))):
        return True  # "firefighters sprayed water on the blaze"
    if ev.code == "042" and lemma in {"go", "come"} and any(
            o.lemma_.lower() in _HOSTED_OCCASIONS or o.lower_ in _HOSTED_OCCASIONS for _, o in _prep_objects(v, ("to",))) and not any(
            _statesman(s) or s.ent_type_ == "PERSON" for s in _verb_subjects(v)[0]):
        # "I want to go to the Olympics", "fans came to the concert": an occasion attended, no visit to a host
        # ("Putin will go to the Olympics in Beijing", "the crown prince went to the race in Bahrain" are visits)
        return True
    if ev.code == "043" and lemma == "greet" and v.tag_ == "VBN" and _prep_objects(v, ("with",)):
        return True  # "the ban was greeted with angry protests": how a thing was received, no one hosted
    if ev.code[:2] == "16" and lemma in {"cancel", "suspend", "postpone"} and any(
            o.lemma_.lower() in _ROUTINES_CALLED_OFF for o in _child(v, _OBJ | _SUBJPASS)):
        return True  # "colleges canceled classes", "the match was postponed": a routine called off, no relations cut
    if ev.code[:2] == "03" and lemma == "offer" and any(o.lemma_.lower() in _COMMERCIAL_OFFERS for o in _child(v, _OBJ)):
        return True  # "found American Airlines offering one round-trip fare of $205": a price to customers, no pledge
    if ev.code[:2] == "11" and lemma == "complain" and not _prep_objects(v, ("about", "of", "to", "that")) and any(
            c.dep_ == "aux" and c.lower_ in {"ca", "can", "could", "cannot"} for c in v.children) and any(c.dep_ == "neg" for c in v.children):
        return True  # "I can't complain", "Baker can't complain": a set phrase for being content, no complaint denied
    if ev.code[:2] == "18" and lemma in {"beat", "edge"} and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "out" for c in v.children):
        return True  # "beating out David Farnham for the seat", "beat out three rivals": a contest won, no blow
    if ev.code[:2] == "04" and lemma in {"go", "come"} and any(
            ((o.lemma_.lower() in _NO_DESTINATIONS or o.lower_ in _NO_DESTINATIONS) and not _determined_place(o))
            or o.lemma_.lower() in _NEVER_DESTINATIONS
            for _, o in _prep_objects(v, ("to",))):
        return True  # "as he got ready to go to work", "came to an agreement", "the case goes to court": no trip
    return False


#: weapons named by a capitalised name: "fired Katyushas", "fired two Scuds"
_WEAPON_NAMES = frozenset({"katyusha", "katyushas", "qassam", "qassams", "grad", "grads", "scud", "scuds", "tomahawk", "tomahawks",
                           "hellfire", "hellfires", "kalashnikov", "kalashnikovs", "ak-47", "rpg", "rpgs", "stinger", "stingers"})


def _fired_from_a_post(o: Token) -> bool:
    """Is the object of "fire" a person dismissed ("fired Reams", "fired the coach", "fired his chief of staff") rather than
    what is shot ("fired a rocket", "fired Katyushas at the town")?"""
    if o.lower_ in _WEAPON_NAMES or o.lemma_.lower() in _WEAPON_NAMES:
        return False
    if o.ent_type_ == "PERSON" or is_person(o):
        return True
    return o.pos_ in {"PROPN", "NOUN"} and o.text[:1].isupper() and o.i > o.sent.start and o.ent_type_ in {"PERSON", "ORG", ""}


#: what is deployed that is no force: vehicles, crews and means of a public service ("salt trucks", "medical staff")
_CIVIL_DEPLOYED = frozenset({"truck", "plow", "snowplow", "plough", "gritter", "crew", "staff", "nurse", "doctor", "medic",
                             "paramedic", "volunteer", "resource", "equipment", "sandbag", "pump", "generator", "ambulance",
                             "worker", "inspector", "vaccine", "counselor", "counsellor", "firefighter", "lifeguard", "fund",
                             "money", "technology", "software", "system", "network", "sensor", "camera", "app", "tool", "machine",
                             "salt", "technician", "engineer", "expert", "specialist", "scientist", "epidemiologist", "bus",
                             "airbag", "parachute", "bed", "tent", "shelter", "boom", "barrier", "server", "capital"})
#: what one recognises that is a fact or a need, no state or government: "recognized the need for reform"
_RECOGNISED_FACTS = frozenset({"need", "importance", "fact", "value", "contribution", "role", "problem", "danger", "risk", "threat",
                               "challenge", "effort", "efforts", "work", "achievement", "service", "sacrifice", "right", "truth",
                               "reality", "difficulty", "concern", "potential", "significance", "urgency", "that", "this", "it"})
#: what one returns that is an answer, no person or goods: "did not return requests for comment", "returned his calls"
_MESSAGES = frozenset({"call", "request", "message", "email", "e-mail", "inquiry", "enquiry", "text", "voicemail", "letter", "phone",
                       "comment", "question", "greeting", "salute", "favor", "favour", "serve", "volley", "kick", "punt", "fire"})
#: texts and forecasts that "call for" what they require or foresee: no appeal by anyone
_TERMS_THAT_CALL = frozenset({"term", "terms", "test", "provision", "clause", "charter", "constitution", "treaty", "statute",
                              "requirement", "forecast", "project", "grant", "tradition", "recipe", "design", "budget", "contract", "schedule",
                              "plan", "proposal", "bill", "law", "ordinance", "measure", "policy", "rule", "guideline", "program",
                              "programme", "blueprint", "specification", "model", "scenario", "outlook", "prediction", "formula",
                              "agreement", "deal", "legislation", "amendment", "resolution", "motion", "code", "standard", "regulation"})
#: what a council or a sports body sanctions when it approves it: "sanctioning several developments", "sanctioned the bout"
_APPROVED_THINGS = frozenset({"development", "plan", "permit", "project", "use", "construction", "building", "match", "fight", "bout",
                              "event", "race", "tournament", "sale", "deal", "application", "proposal", "scheme", "expansion",
                              "change", "purchase", "spending", "budget", "game", "league", "competition", "meet"})
#: what one goes or comes "to" that is no place visited: a job, a decision or an end reached, a court as a legal step
_NO_DESTINATIONS = frozenset({"work", "decision", "conclusion", "agreement", "terms", "understanding", "compromise", "consensus",
                              "settlement", "end", "halt", "standstill", "stop", "court", "trial", "light", "blow", "blows"})
#: routines and shows called off for a storm or a flood: no relations or aid cut
_ROUTINES_CALLED_OFF = frozenset({"class", "lesson", "school", "lecture", "exam", "game", "match", "fixture", "race", "flight",
                                  "train", "concert", "show", "performance", "festival", "parade", "fair", "practice",
                                  "season", "service", "mass", "graduation", "prom", "screening", "tournament"})
#: what a seller offers its customers: no pledge or promise of one side to another
_COMMERCIAL_OFFERS = frozenset({"fare", "price", "discount", "rate", "ticket", "coupon", "rebate", "bargain", "sale", "menu",
                                "product", "subscription", "refund", "voucher", "airfare", "mortgage", "flight"})
#: what one comes "to" that is never a place, whoever it belongs to: "came to the attention of police", "came to the
#: aid of the villagers", "came to power"
_NEVER_DESTINATIONS = frozenset({"attention", "notice", "mind", "power", "aid", "rescue", "defence", "defense", "grips",
                                 "senses", "life", "fore"})


def _determined_place(o: Token) -> bool:
    """Is the object of "to" a named or owned place ("went to the court of King Abdullah", "came to Work Island")? A
    possessor or a name makes it somewhere one goes; "went to court", "came to an agreement" stay idioms."""
    return o.pos_ == "PROPN" or any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)


#: those "held in" an attack who are its captives, not its suspects: "two soldiers held in the attack on the base"
_CAPTIVES = frozenset({"soldier", "troop", "policeman", "officer", "guard", "hostage", "captive", "worker", "tourist", "peacekeeper",
                       "crew", "sailor", "pilot", "diplomat"})
_HELD_IN_ATTACKS = frozenset({"attack", "raid", "ambush", "assault", "kidnapping", "abduction", "hijacking", "siege", "offensive"})
#: what is punched that is no person: "punched a hole in the hull", "punched the numbers into the keypad"
_PUNCHED_THINGS = frozenset({"hole", "number", "code", "button", "key", "keypad", "ticket", "clock", "card", "data", "figure",
                             "air", "ball", "wall", "door", "window", "dent", "gap", "way", "pin", "password"})
#: what water or spray is put on that is no person: "sprayed water on the blaze", "sprayed the crops"
_SPRAYED_THINGS = frozenset({"blaze", "fire", "flame", "flames", "crop", "field", "plant", "tree", "garden", "lawn", "wall",
                             "building", "roof", "car", "vehicle", "road", "street", "surface", "floor", "wreckage", "ember",
                             "smoke", "house", "home", "forest", "hillside", "area"})


def _armed_meeting(o: Token) -> bool:
    """Are the armed people ``o`` who "met" someone met them with force: "gunmen firing rifles", "rebels with gunfire"?"""
    if o.lower_ not in _MET_BY_ARMED:
        return False
    return any((c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _MET_BY_DEEDS)
               or (c.dep_ == "prep" and c.lower_ == "with" and any(x.lemma_.lower() in _MET_BY_FORCE for x in c.children))
               for c in o.children)


def _titled(o: Token) -> bool:
    """Is ``o`` a title in quotation marks ("will host \"Stars Over Springfield\""): a show or an event, never a visitor?"""
    first = o.left_edge
    if first.is_quote and first.i < o.i:
        return True
    return first.i - 1 > o.head.i and o.doc[first.i - 1].is_quote  # the quote opens after "host", not before it


def _of_occasions(o: Token) -> bool:
    """Is ``o`` a count of occasions: "hundreds of concerts", "dozens of shows"?"""
    return any(p.lower_ == "of" and any(x.dep_ == "pobj" and x.lemma_.lower() in _HOSTED_OCCASIONS for x in p.children)
               for p in o.children if p.dep_ == "prep")


#: words of a state's leaders and bodies: their going to an occasion abroad is a visit, their offer a concession
_STATESMEN = frozenset({"president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh",
                        "monarch", "leader", "government", "cabinet", "administration", "ministry", "envoy", "ambassador",
                        "delegation", "senator", "governor", "mayor", "secretary", "regime", "authorities",
                        "authority", "parliament", "junta", "dictator", "vice-president", "pope", "ayatollah"})


def _named(t: Token) -> bool:
    """Is ``t`` a word of a name: "the International Monetary Fund", "the World Food Programme"?"""
    return t.pos_ == "PROPN" or t.ent_type_ in _ACTOR_ENTS


def _statesman(t: Token, *, names: bool = True) -> bool:
    """Is ``t`` a state, its government or one of its leaders ("the government", "the Saudi crown prince", "Israel")?
    With ``names`` false, only a word for a government or a leader (a name of a place may be a state that sells plates)."""
    return (names and t.ent_type_ in {"GPE", "NORP"}) or t.lemma_.lower() in _STATESMEN or t.lower_ in _STATESMEN


def _drop_not_these_acts(verb_events: dict[int, EventCandidate]) -> None:
    for i in [i for i, ev in verb_events.items() if _not_this_act(ev.sentence.doc[i], ev)]:
        del verb_events[i]


#: subordinators that make a present "you" clause a rule for any reader: "when you request", "if you book"
_ANY_TIME_MARKS = frozenset({"when", "whenever", "if", "once", "unless", "before", "after", "until"})
#: modals that make "you" anyone: "you can criticise the show", "you could buy one for a dollar"
_ANYONE_CAN = frozenset({"can", "could", "may", "might", "ca"})
#: small words a title in capitals keeps in lower case: "To the Public and Anybody Investigating the Hoax"
_TITLE_SMALL = frozenset({"the", "of", "and", "to", "a", "an", "in", "for", "on", "at", "by", "with", "or", "from"})
_TITLE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''", "`"})


def _generic_you(v: Token) -> bool:
    """Is ``v`` what anyone can do: "you can criticise the show", "you could buy it for a dollar", "any time you work a
    case" (guidelines, `generic`)?"""
    w = v
    while w.dep_ == "conj" and w.head.i != w.i and not _child(w, _SUBJ):
        w = w.head  # "you can watch it and criticise it"
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in w.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _ANYONE_CAN for c in w.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in {"do", "does"} for c in w.children) and _asked(w) and not any(
            t.text in _TITLE_MARKS for t in w.sent):
        return True  # "how do you talk to a giant?", "what do you call an ant who fights crime?": a question put to
        # anyone; one quoted ("'why do you attack our villages?' he asked") is put to someone
    if w.dep_ == "advcl" and w.tag_ == "VBP" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _ANY_TIME_MARKS for c in w.children) and not any(
            t.text in _TITLE_MARKS for t in w.sent):
        return True  # "the apps read your contacts when you request", "if you book a journey": a rule for any reader
    # "any time you work a homicide investigation", "whenever you report a theft": a rule of thumb
    return any(c.dep_ == "advmod" and c.lower_ == "whenever" for c in w.children) or (
        w.dep_ == "relcl" and w.head.lemma_.lower() == "time" and any(d.lower_ in {"any", "every", "each"} for d in w.head.children))


def _of_what(t: Token) -> list[Token]:
    """What a share word is of: "time" in "much of his time", "country" in "half of the country"."""
    if t.lemma_.lower() not in {"much", "most", "part", "half", "all", "some", "bulk", "rest", "lot", "third", "quarter"}:
        return []
    return [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _the_readers(tok: Token) -> bool:
    """Is the event noun ``tok`` the reader's, "your", outside quotes: "pick your battles", "the game starts with your
    execution", "after your arrest, ask for a lawyer"? Quoted, "your attack on our village" is someone's."""
    return any(c.dep_ == "poss" and c.lower_ == "your" for c in tok.children) and not any(t.text in _TITLE_MARKS for t in tok.sent)


def _lightning(tok: Token) -> bool:
    """Is ``tok`` lightning or a strike of it ("a lightning strike killed two hikers", "struck by lightning")?"""
    return tok.lemma_.lower() == "lightning" or (tok.lemma_.lower() in {"strike", "bolt"} and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() == "lightning" for c in tok.children))


#: craft of space named with an event noun ("a space probe", "NASA's Mars probe")
_SPACE_WORDS = frozenset({"space", "lunar", "solar", "planetary", "interplanetary", "mars", "moon", "deep"})


def _space_probe(tok: Token) -> bool:
    """Is the event noun ``tok`` a spacecraft ("a space probe", "the Mars probe")?"""
    return tok.lemma_.lower() == "probe" and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _SPACE_WORDS for c in tok.children)


_PRESS_PEOPLE = frozenset({"reporter", "reporters", "journalist", "journalists", "interviewer", "correspondent",
                           "correspondents", "anchor", "presenter", "columnist"})


def _press_question(v: Token) -> bool:
    """Is "ask" a journalist's question ("a reporter asked the governor whether he would sign", '"Will you resign?" a
    journalist asked')? A question is no appeal; asking someone to do something ("journalists asked the government to
    release their colleague") stays one."""
    if v.lemma_.lower() != "ask" or any(c.dep_ == "xcomp" for c in v.children):
        return False
    subjects = _child(v, _SUBJ) or _agent(v)
    if not subjects or not all(s.lower_ in _PRESS_PEOPLE or s.lemma_.lower() in _PRESS_PEOPLE for s in subjects):
        return False
    clauses = [c for c in v.children if c.dep_ in {"ccomp", "advcl", "dobj"}]
    asks = any(m.lower_ in _QUESTION_WORDS for c in clauses for m in c.subtree if m.i < c.i + 3 and m.dep_ in {"mark", "advmod", "nsubj", "dobj", "attr"})
    # or a quoted question before it ('"Will you resign?" a journalist asked'), which the sentence split may cut off
    return asks or any(t.text == "?" for t in v.sent) or any(t.text == "?" for t in v.doc[max(0, v.i - 6) : v.i])


def _asked_of_the_past(v: Token) -> bool:
    """Is "ask" a question about what has been done ("asked whether the government had kept channels open", "asked if
    the police had been told")? A question of fact asks no one to act; "asked whether he would consider ..." may."""
    if v.lemma_.lower() != "ask" or any(c.dep_ == "xcomp" for c in v.children):
        return False
    for c in v.children:
        if c.dep_ not in {"ccomp", "advcl"} or not any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children):
            continue
        if any(a.tag_ == "MD" for a in c.children if a.dep_ == "aux"):
            return False
        if c.tag_ == "VBD" or any(a.dep_ in {"aux", "auxpass"} and a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in c.children):
            return True
    return False


def _self_harm(v: Token) -> bool:
    """Does the verb of harm ``v`` take a reflexive object ("before killing himself", "shot herself")?"""
    objs = [x for o in _child(v, _OBJ) for x in _conjuncts(o)]
    return bool(objs) and all(o.lower_ in _REFLEXIVES for o in objs)


def _blown_up(v: Token) -> bool:
    """Is ``v`` "blow up" or "detonate" ("blew himself up", "detonated himself"): a suicide bombing, not a suicide?"""
    return v.lemma_.lower() == "detonate" or (v.lemma_.lower() == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children))


#: people one loses one's temper with or who lose it, besides :data:`_PEOPLE` ("the coach blew up at reporters")
_TEMPERED = frozenset({"coach", "player", "reporter", "referee", "umpire", "fan", "critic", "manager", "boss", "host", "judge"})


def _lost_temper(v: Token) -> bool:
    """Is "blow up" said of a person with nothing blown up ("she blew up at her brother", "he blew up when asked")?"""
    if v.lemma_.lower() != "blow" or not any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
        return False
    def someone(t: Token) -> bool:
        return is_person(t) or t.ent_type_ == "PERSON" or t.lower_ in {"he", "she", "i", "you", "they", "we", "him", "her", "them", "me", "us"} \
            or t.lemma_.lower() in _PEOPLE | _TEMPERED

    subjects, passive = _verb_subjects(v)
    if passive or _child(v, _OBJ) or not subjects:
        return False
    return all(someone(s) for s in subjects) or any(someone(o) for _, o in _prep_objects(v, ("at",)))


def _matter_at_hand(v: Token) -> bool:
    """Is "talk about" what a speaker means, not talks held: "we are talking about a very dangerous man", "you're
    talking about millions of dollars" (a present progressive of "we" or "you" with nobody talked with)?"""
    if v.lemma_.lower() != "talk" or v.tag_ != "VBG" or not any(c.dep_ == "prep" and c.lower_ == "about" for c in v.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in v.children):
        return False
    subjects = [c.lower_ for c in v.children if c.dep_ in _SUBJ]
    aux = [c.lower_ for c in v.children if c.dep_ == "aux"]
    return bool(subjects) and all(x in {"we", "you"} for x in subjects) and any(a in {"are", "'re", "’re"} for a in aux)


def _player_position(tok: Token) -> bool:
    """Is the event noun ``tok`` the first word of a player's position ("moved from shooting guard to point guard")?"""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "shooting" and nxt is not None and nxt.lemma_.lower() == "guard" and nxt.head.i in {tok.i, nxt.i}


def _machine_kind(tok: Token) -> bool:
    """Is the event noun ``tok`` a word naming a kind of software or machine: "our phone call apps", "a strike
    button"?"""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and machine(head)


def _asked(v: Token) -> bool:
    """Does the clause of ``v`` end in a question mark ("how do you talk to a giant?")?"""
    words = [t for t in v.sent if not t.is_space]
    if not words or words[-1].text != "?":
        return False
    last = max((t.i for t in v.subtree if not t.is_space), default=v.i)
    return v.dep_ == "ROOT" or last >= words[-1].i - 1


def _in_a_title(tok: Token) -> bool:
    """Is ``tok`` a word of a quoted title in capitals inside its sentence: "under the heading 'To the Public and Anybody
    Investigating the Hoax'", "his film \"Killing the Messenger\""? A headline's own words are not quoted."""
    return _title_range(tok) is not None


#: event nouns that end the quoted name of a demonstration: "the 'Million Man March'", "the 'Day of Rage' protest"
_OCCASION_NAMES = frozenset({"march", "rally", "protest", "strike", "demonstration", "boycott", "vigil", "sit-in", "walkout",
                             "blockade", "occupation", "uprising"})


def _named_occasion(tok: Token) -> bool:
    """Is ``tok`` the last word of a quoted name of a protest ("took part in the 'Million Man March'"): the act named, no
    title of a work?"""
    span = _title_range(tok)
    return span is not None and tok.i == span[1] and tok.lemma_.lower() in _OCCASION_NAMES and not any(
        a.lemma_.lower() in _WORKS for a in tok.ancestors)


#: works whose titles may end in an event noun: "the film 'The Long March'"
_WORKS = frozenset({"film", "movie", "book", "novel", "song", "album", "play", "documentary", "series", "show", "poem", "painting",
                    "heading", "headline", "article", "column", "essay", "exhibition", "opera", "game"})


def _title_range(tok: Token) -> Optional[tuple[int, int]]:
    """The first and last word of the quoted title in capitals that ``tok`` belongs to, or None (see :func:`_in_a_title`)."""
    if not tok.is_title or tok.i == tok.sent.start:
        return None
    words = {t.i for t in tok.sent if t.is_title or t.lower_ in _TITLE_SMALL}
    lo = hi = tok.i
    while lo - 1 in words:
        lo -= 1
    while hi + 1 in words:
        hi += 1
    doc = tok.doc
    opened = lo > tok.sent.start and doc[lo - 1].text in _TITLE_MARKS
    closed = hi + 1 < tok.sent.end and doc[hi + 1].text in _TITLE_MARKS
    outside = [t for t in tok.sent if t.is_alpha and not lo <= t.i <= hi]
    if all(t.is_title or t.is_upper or t.lower_ in _TITLE_SMALL for t in outside):
        return None  # a headline in capitals quoting words: "Obama Says 'We Will Strike Them'"
    return (lo, hi) if opened and closed and sum(1 for t in doc[lo: hi + 1] if t.is_title) >= 3 else None


def _in_a_named_body(v: Token) -> bool:
    """Is the capitalised verb ``v`` a word of a name: after "to" or "for" that follows a capitalised word, and before a
    capitalised word ("the Group to Support Islam and Muslims", "the Movement for Restore Democracy")? A headline in
    capitals is not one ("Obama Moves to Support Rebels")."""
    doc = v.doc
    if not v.is_title or v.i < v.sent.start + 2 or v.i + 1 >= v.sent.end:
        return False
    before, link, after = doc[v.i - 2], doc[v.i - 1], doc[v.i + 1]
    if link.lower_ not in {"to", "for"} or not before.is_title or not (after.is_title or after.is_upper):
        return False
    first = before  # the name opens with "the": "the Group to Support ...", not "Britain to Send Troops"
    while first.i > v.sent.start and doc[first.i - 1].is_title:
        first = doc[first.i - 1]
    if first.i == v.sent.start or doc[first.i - 1].lower_ != "the":
        return False
    return not all(t.is_title or t.is_upper or t.lower_ in _TITLE_SMALL for t in v.sent if t.is_alpha)


def _drop_misreadings(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """Words read as events that tell none: a name opening the sentence that the parser took for a verb ("Support police
    car, assisting the crew, was blown up": a bare verb form cannot be a subject), what anyone can do ("you can criticise the show"), and the
    words of a quoted title ("the heading 'Anybody Investigating the Hoax'"), acts of the world wars told as history, a
    label ("Warning:") and a second charge noun joined to a first ("five charges of arson and one charge of fraud")."""
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if (v.dep_ in _SUBJ | _SUBJPASS and v.tag_ == "VB" and v.i == v.sent.start) or _generic_you(v) or _in_a_title(v) \
                or _in_a_named_body(v):
            del verb_events[i]
        elif _in_the_world_wars(v):
            del verb_events[i]
        elif _label(v) or _made_an_offence(v):
            del verb_events[i]
        elif ev.code == "010" and v.lemma_.lower() == "announce" and any(
                o.lemma_.lower() in _PRIVATE_NEWS and not (o.lemma_.lower() == "loss" and any(
                    _statesman(s) or s.lemma_.lower() in _WARRING_SIDES for s in _verb_subjects(v)[0])) for o in _objects(v)):
            del verb_events[i]  # "his lawyer announced his death", "the firm announced record profits": no public statement
        elif ev.code[:2] in {"05", "11"} and v.lemma_.lower() in {"call", "describe", "term", "dub"} and any(
                c.lower_ == "what" for c in v.children) and any(
                a.i in verb_events and verb_events[a.i].code[:2] in {"05", "11", "12"} for a in v.ancestors):
            del verb_events[i]  # "accused Washington of preparing what he called a criminal aggression": the accusation's words
        elif ev.code[:2] == "02" and (_press_question(v) or _asked_of_the_past(v)):
            del verb_events[i]  # "a reporter asked the governor whether he would sign the bill": a question, no appeal
        elif ev.code[:2] in {"18", "19", "20"} and _self_harm(v) and _blown_up(v):
            ev.code, ev.strong, ev.targets = "1831", True, []  # "a suicide bomber blew himself up at a checkpoint": a suicide bombing
        elif ev.code[:2] in {"18", "19", "20"} and _self_harm(v):
            del verb_events[i]  # "before killing himself", "shot herself": no act on another (a suicide is no event)
        elif ev.code[:2] == "14" and v.lemma_.lower() == "chant" and any(
                j != i and e.code[:2] == "14" for j, e in verb_events.items()):
            del verb_events[i]  # "protesters gathered in nearby streets, chanting slogans": the gathering's chants, one protest
        elif ev.code[:2] == "14" and v.lemma_.lower() == "protest" and v.dep_ in {"advcl", "xcomp"} and v.head.i in verb_events \
                and verb_events[v.head.i].code == "114":
            del verb_events[i]  # "China summoned the Japanese ambassador to protest against the visit": the summons is the complaint
        elif v.lemma_.lower() in _MEANS_VERBS and any(c.dep_ in {"xcomp", "advcl"} and c.i in verb_events and (
                verb_events[c.i].code[:3] == ev.code[:3] or (verb_events[c.i].code[:3] == "175" and ev.code[:2] in {"17", "18", "19"}))
                for c in v.children):
            del verb_events[i]  # "police used water cannon to disperse demonstrators", "fired live rounds and tear gas to disperse
            #                     the crowds": the dispersal, told once with its target
        elif ev.code[:2] == "18" and _lost_temper(v):
            del verb_events[i]  # "she blew up at her brother": a temper lost, no explosion
        elif ev.code[:2] == "04" and _matter_at_hand(v):
            del verb_events[i]  # '"We are talking about a very dangerous man," the sheriff said': what is meant, no talks
        elif _player_position(v):
            del verb_events[i]  # "moved from shooting guard to point guard" (a parse of "shooting" as a verb)
        elif ev.code == "051" and v.lemma_.lower() == "support" and _keeps_a_household(v):
            del verb_events[i]  # "works two jobs to support her family", "another child to support": a living, no backing
        elif ev.code == "043" and v.lemma_.lower() == "host" and _hosts_a_show(v):
            del verb_events[i]  # "Ellen DeGeneres will host the Oscars", "she first hosted in 2007": a show, no visit
        elif ev.code == "173" and _charged_again(v, verb_events):
            del verb_events[i]  # "was charged with murder and charged with arson": one charging, the crimes coded each
    nouns[:] = [ev for ev in nouns if not (ev.code == "054" and _honour_recognition(ev.sentence.doc[ev.trigger_i]))
                and not _ruling_of_no_court(ev)
                and not _charge_name_pair(ev.sentence.doc[ev.trigger_i], ev.code)]
    charges = {ev.trigger_i for ev in nouns if ev.code == "173" and ev.sentence.doc[ev.trigger_i].lemma_.lower() in {"charge", "count"}}
    nouns[:] = [ev for ev in nouns if not (_in_a_title(ev.sentence.doc[ev.trigger_i]) and not _named_occasion(ev.sentence.doc[ev.trigger_i]))
                and not _lift_off(ev.sentence.doc[ev.trigger_i])
                and not _machine_kind(ev.sentence.doc[ev.trigger_i])
                and not _lightning(ev.sentence.doc[ev.trigger_i]) and not _space_probe(ev.sentence.doc[ev.trigger_i])
                and not _player_position(ev.sentence.doc[ev.trigger_i])
                and not _the_readers(ev.sentence.doc[ev.trigger_i])
                and not _generic_you(_clause_verb(ev.sentence.doc[ev.trigger_i]) or ev.sentence.doc[ev.trigger_i])
                and not _in_the_world_wars(ev.sentence.doc[ev.trigger_i]) and not _label(ev.sentence.doc[ev.trigger_i])
                # "face five charges of arson and one charge of fraud": one charging (173), the crimes coded each
                and not (ev.trigger_i in charges and ev.sentence.doc[ev.trigger_i].dep_ == "conj"
                         and ev.sentence.doc[ev.trigger_i].head.i in charges)]


#: the ones a living keeps: "to support her family", "another child to support"
_HOUSEHOLD = frozenset({"family", "families", "child", "children", "kid", "kids", "son", "sons", "daughter", "daughters",
                        "wife", "husband", "parent", "parents", "mother", "father", "household", "himself", "herself",
                        "themselves", "myself", "ourselves", "dependant", "dependent", "dependants", "dependents", "baby"})


def _keeps_a_household(v: Token) -> bool:
    """Is "support" keeping one's own household ("works two jobs to support her family", "didn't want another child to
    support"): its object, or the noun its infinitive hangs on, is kin or oneself?"""
    objs = _objects(v)
    if not objs and v.dep_ in {"relcl", "acl"} and v.head.pos_ == "NOUN":
        objs = [v.head]
    return bool(objs) and all(o.lemma_.lower() in _HOUSEHOLD or o.lower_ in _HOUSEHOLD for o in objs)


#: what is hosted as a show or a party, not a visit: awards, shows, games and festivities
_SHOWS = frozenset({"oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "tony", "tonys", "bafta", "baftas", "globes",
                    "award", "awards", "show", "ceremony", "party", "gala", "podcast", "programme", "program", "festival",
                    "concert", "dinner", "fundraiser", "telethon", "contest", "competition", "pageant", "episode", "series",
                    "broadcast", "quiz", "tournament", "championship", "olympics", "games", "game", "match", "race",
                    "exhibition", "fair", "workshop", "webinar", "seminar", "celebration", "reception", "ball",
                    "barbecue", "sleepover", "night", "edition"})


def _hosts_a_show(v: Token) -> bool:
    """Is the verb "host" about a show, a party or a game rather than a visitor ("host the Oscars", "hosted the Emmys
    in 2005", "she first hosted in 2007"), or without anyone or anything hosted? "Putin hosted Xi", "China will host the
    G20 summit" and "Jordan hosts a million refugees" are visits and stays."""
    objs = _objects(v)
    if not objs:
        return not any(c.dep_ == "prep" and c.lower_ in {"for", "to"} for c in v.children)
    if any(_party(o, plain=True) for h in (v, *objs) for _p, o in _prep_objects(h, ("for",))):
        return False  # "will host a state dinner for the Japanese prime minister": a visitor's honour
    return all(o.lemma_.lower() in _SHOWS or o.lower_ in _SHOWS or (o.dep_ != "conj" and any(
        c.dep_ == "compound" and c.lower_ in _SHOWS for c in o.children) and o.lemma_.lower() not in {"summit", "talks"})
               for o in objs)


def _drop_charged_again(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """The crime a charge names is the violent act the same sentence tells as done: "opened fire at the office, killing
    one man, and was charged with first-degree murder" codes the killing once (settling rule 17)."""
    # told as done: not alleged, not negated, not a bare infinitive ("charges of murder, intent to murder": the intent's
    # murder is no killing told as done)
    done = [e for e in verb_events.values() if e.code[:2] in {"18", "19"} and not e.alleged and not e.negated
            and e.sentence.doc[e.trigger_i].tag_ != "VB"]
    if not done:
        return
    nouns[:] = [n for n in nouns if not (n.alleged and n.code[:2] in {"18", "19"} and any(
        e.code[:3] == n.code[:3] and e.sentence.start == n.sentence.start for e in done))]


#: papers of the law that charge someone: "the indictment charging two men with fraud" tells one charging
_CHARGING_PAPERS = frozenset({"indictment", "complaint", "warrant", "charge", "affidavit"})


def _drop_charging_documents(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A participle "charging" that says what a charging paper coded beside it holds is that paper's charge, one event:
    "announced the indictment Tuesday charging 35-year-old Angela Martin with mail fraud" (the parser may hang the
    participle on the verb, not on the noun, and take the day for its subject)."""
    papers = {e.trigger_i for e in nouns if e.code.startswith("173") and e.sentence.doc[e.trigger_i].lemma_.lower() in _CHARGING_PAPERS}
    if not papers:
        return
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if v.lemma_.lower() == "charge" and v.tag_ == "VBG" and v.dep_ in {"acl", "advcl"} and all(
                s.ent_type_ in {"DATE", "TIME"} for s in _child(v, _SUBJ)) and any(
                p < v.i and v.i - p <= 3 and (v.dep_ == "acl" and v.head.i == p or v.dep_ == "advcl") for p in papers):
            del verb_events[i]


def _charged_again(v: Token, verb_events: dict[int, EventCandidate]) -> bool:
    """Is the charge verb ``v`` a second one joined to a first of the same accused ("he was charged with murder and
    charged with arson", "was charged with theft and was also charged with fraud")? Another accused ("charged him with
    theft and charged his brother with fraud") is a charging of its own."""
    if v.lemma_.lower() != "charge" or v.dep_ != "conj" or v.head.lemma_.lower() != "charge":
        return False
    first = verb_events.get(v.head.i)
    if first is None or first.code != "173":
        return False
    own = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if not own:
        return True
    theirs = {c.dep_: c for c in v.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}}
    # the same accused again, or a pronoun for them: "he was charged with theft and he was also charged with fraud"
    return all(c.pos_ == "PRON" and c.dep_ != "dobj" or (c.dep_ in theirs and theirs[c.dep_].lower_ == c.lower_) for c in own)


#: words of a crime that name one charge with the crime before them: "assault and battery"
_CHARGE_PAIRS = {"assault": "battery"}


def _charge_name_pair(n: Token, code: str) -> bool:
    """Is ``n`` a word of a crime named as a charge of two words ("charged with assault and battery", "faces charges of
    assault and battery", "convicted of assault and battery")? The pair names one offence in law, told by the charge or the
    verdict, and no assault of its own; "assault and battery on a police officer" names whom it was done to and stays."""
    if code[:2] != "18" or n.pos_ != "NOUN":
        return False
    first = n.head if n.dep_ == "conj" else n
    second = [c for c in first.children if c.dep_ == "conj"]
    if first.lemma_.lower() not in _CHARGE_PAIRS or len(second) != 1 or second[0].lemma_.lower() != _CHARGE_PAIRS[first.lemma_.lower()]:
        return False
    if n.i not in {first.i, second[0].i}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against", "of"} for t in (first, second[0]) for c in t.children):
        return False  # "assault and battery on a police officer": a victim named
    return _charged(first) is not None


def _made_an_offence(v: Token) -> bool:
    """Is ``v`` the act a law makes an offence ("the measure made it a federal crime to attack or blockade a clinic")?
    A rule laid down for whoever breaks it is no happening (guidelines, settling rule 36: `generic`)."""
    w = v
    for _ in range(3):
        if w.dep_ not in {"xcomp", "ccomp", "conj", "advcl", "acl"} or w.head.i == w.i:
            return False
        w = w.head
        if w.lemma_.lower() == "make":
            between = [t for t in w.doc[w.i + 1: v.i]]  # "made [it a federal crime] to attack"
            return any(t.lower_ == "it" for t in between) and any(t.lemma_.lower() in _OFFENCES for t in between)
    return False


#: armed sides whose announced losses are a war's, no firm's: "the army announced heavy losses"
_WARRING_SIDES = frozenset({"army", "military", "navy", "force", "command", "rebel", "militant", "militia", "insurgent", "troop"})
#: personal and business news an announcement tells (guidelines, `other`)
_PRIVATE_NEWS = frozenset({"death", "birth", "marriage", "engagement", "wedding", "retirement", "divorce", "pregnancy", "profit",
                           "profits", "earnings", "loss", "losses", "dividend", "winner", "winners", "lineup", "menu"})
#: what a state's recognition is of: a state, its government, its sovereignty
_RECOGNISED = frozenset({"state", "statehood", "government", "sovereignty", "independence", "regime", "republic", "country",
                         "nation", "annexation", "border", "borders", "authority", "territory", "union", "people", "right", "rights"})


def _honour_recognition(n: Token) -> bool:
    """Is the recognition noun ``n`` an honour or an acknowledgement, no diplomatic recognition (054): "in recognition of
    her work", "an award in recognition of his services", "recognition of previously signed agreements"?"""
    of = [o for _, o in _prep_objects(n, ("of",))]
    return bool(of) and not any(o.ent_type_ in {"GPE", "NORP", "ORG"} or o.lemma_.lower() in _RECOGNISED for o in of)


def _label(tok: Token) -> bool:
    """Is ``tok`` a label standing alone before a colon at the end of its sentence ("Warning:", "Update:")?"""
    doc = tok.doc
    return (tok.i + 1 < tok.sent.end and doc[tok.i + 1].text == ":" and all(t.is_space or t.is_punct for t in doc[tok.i + 2: tok.sent.end])
            and all(c.is_punct or c.i < tok.i for c in tok.children))


def _in_the_world_wars(tok: Token) -> bool:
    """Is ``tok`` an act its own words date to a world war or before: "76,000 Jews were arrested in France during World War
    Two", "veterans who fought in the Second World War", "the Nazi genocide during World War II", "the poet who fought for
    independence in 1898"? History told as background
    (guidelines, section 1: `background`), not a happening of the news."""
    holders = [tok]
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in _OBJ | {"pobj"}:
        v = _clause_verb(tok)
        if v is not None:
            holders.append(v)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            holders.append(tok.head.head)  # "denial of the genocide during World War II"
    holders += [h.head for h in holders if h.dep_ == "conj"]  # "ignorance and denial of the genocide during ..."
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in {"in", "during", "throughout", "before"}:  # not "the worst attack since 1945"
                continue
            # the prep's own object with its name words ("during World War Two"), not a phrase nested in it
            words = [t.lower_ for o in p.children if o.dep_ == "pobj"
                     for t in sorted([o, *(c for c in o.children if c.dep_ in {"compound", "amod", "nummod", "nmod"})], key=lambda t: t.i)]
            if any(a == "world" and b in {"war", "wars"} for a, b in zip(words, words[1:])):
                return True
            if any(o.dep_ == "pobj" and o.like_num and len(o.text) == 4 and o.text.isdigit() and 1000 < int(o.text) < _HISTORY_BEFORE
                   for o in p.children):
                return True  # "the poet who fought for Cuba's independence from Spain in 1898"
    return False


#: acts dated before this year by their own words are history, not news
_HISTORY_BEFORE = 1946


def _lift_off(n: Token) -> bool:
    """Is the noun ``n`` a launch read as a blast: "Crew Blasts Off to Space Station" (a headline's verb taken for a noun)?
    "A blast off the coast of Aden" stays: "off" names where it went off."""
    doc = n.doc
    if n.lemma_.lower() != "blast" or n.i + 1 >= n.sent.end or doc[n.i + 1].lower_ != "off":
        return False
    return n.i + 2 >= n.sent.end or doc[n.i + 2].is_punct or doc[n.i + 2].lower_ in {"to", "from", "for", "into", "toward", "towards"}


_CONTACT_VERBS = frozenset({"call", "contact", "phone", "ring", "email", "e-mail", "text", "message", "report"})
_TIP_LINES = ("crime stoppers", "crimestoppers", "crimeline", "hotline", "tip line", "tipline", "tips line")
_ANYONE_WITH = re.compile(r"\b(?:anyone|anybody|whoever)\s+(?:else\s+)?(?:with|who\s+(?:has|had|may\s+have|might\s+have)|having)\s+(?:any\s+)?information\b")
_ANYONE_ASKED = re.compile(r"\b(?:anyone|anybody|whoever)\b[^.;]*?\b(?:is|are)\s+(?:being\s+)?(?:asked|urged|encouraged|requested|invited)\s+to\b")
#: a phone number: "555-1234", "(555) 123-4567", "0800 555 111", "1-800-222-TIPS"
_PHONE = re.compile(r"\(?\+?\d[\d ().-]{5,}\d")


def _tip_line(sent: Span) -> bool:
    """Is ``sent`` a call for tips ("Anyone with information is asked to call Crime Stoppers at 555-1234")?

    The closing boilerplate of crime news (guidelines: `boilerplate`): anyone with information, or who saw or
    knows something, is asked to contact the police or a tip line, by a number or a line's name; the crime
    it names is the one the article tells elsewhere.
    """
    if _sentence_words(sent).forms.isdisjoint({"anyone", "anybody", "whoever"}):
        return False
    if not any(t.lemma_.lower() in _CONTACT_VERBS for t in sent if t.pos_ == "VERB"):
        return False
    sent_text = span_text(sent)
    text = sent_text.lower()
    # the call itself: "anyone with information", or anyone "is asked/urged to" get in touch; "threatened to jail
    # anyone who calls for a strike" is no call for tips
    if not (_ANYONE_WITH.search(text) or _ANYONE_ASKED.search(text)):
        return False
    numbered = any(sum(ch.isdigit() for ch in m.group()) >= 7 for m in _PHONE.finditer(sent_text))  # not a date's digits
    return numbered or any(line in text for line in _TIP_LINES)


# violent verbs that often take a problem as object ("fight corruption", "attack poverty", "tackle crime")
_FIGURATIVE_HARM = frozenset({"fight", "attack", "combat", "battle", "tackle", "crush", "target", "hit", "strike", "kill"})
_PROBLEMS = frozenset({"corruption", "poverty", "crime", "inflation", "terrorism", "unemployment", "disease", "racism", "fraud", "hunger",
                       "pollution", "extremism", "injustice", "discrimination", "problem", "issue", "bill", "proposal", "plan", "measure",
                       "deficit", "smuggling", "trafficking", "recession", "downturn", "slowdown", "slump", "deflation", "stereotype", "prejudice", "stigma", "misinformation", "ignorance",
                       # legal and political measures fought in court or in parliament ("fight the ruling in court")
                       "ruling", "decision", "case", "charge", "lawsuit", "order", "law", "verdict", "ban", "policy", "decree",
                       "regulation", "sentence", "conviction", "extradition", "deportation", "legislation", "reform",
                       # accords and their processes ("the talks could kill Kyoto", "rules that destroyed the industry")
                       "protocol", "treaty", "accord", "deal", "agreement", "pact", "process", "talks", "industry", "economy",
                       "job"})


# An intent or a threat takes its code from the act it announces (CAMEO 03 mirrors the cooperative
# roots 04-08, 13 the conflict roots 14-20): "promised to send food aid" 0333, "threatened to cut
# aid" 1311. Keys are code prefixes of the announced act; the longest one that matches wins.
# who passes a sentence: a decision of theirs to punish is a sentence (116), no threat
_SENTENCERS = frozenset({"court", "tribunal", "jury", "juror", "judge", "panel"})
_INTENT_OF = {
    "04": "036", "045": "039", "05": "032", "057": "030",
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}
_THREAT_OF = {
    "14": "133", "15": "138",
    "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "17": "137", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "18": "1383", "180": "138", "19": "1384", "191": "1381", "192": "1382", "20": "1385",
}


def _sent_to_a_state(act: Token) -> bool:
    """Does the sending ``act`` send forces to a state, with no fight named as their purpose ("to send 3,300 troops to
    Mali")? Not to a border or a front, nor "to fight Israel"."""
    if any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _FIGHTING_PURPOSES for x in [act, *_child(act, _OBJ)] for c in x.children):
        return False
    return any(o.ent_type_ == "GPE" for x in [act, *_child(act, _OBJ)] for _, o in _prep_objects(x, ("to",)))


#: what forces are sent to do when a promise to send them threatens
_FIGHTING_PURPOSES = frozenset({"fight", "attack", "strike", "invade", "crush", "destroy", "defeat", "punish", "confront"})
#: verbs of promising an act to another
_PROMISING = frozenset({"promise", "pledge", "offer", "commit"})
# acts of retribution that name no codeable act of their own: "vowed to retaliate", "swore to avenge"
_RETRIBUTION = frozenset({"retaliate", "avenge", "revenge", "punish", "destroy", "crush", "eliminate", "annihilate"})
_ARMS = frozenset({"weapon", "weaponry", "arm", "force", "missile", "bomb", "nuke"})
# measures whose announcement with force or resolve threatens: "take military action", "take resolute measures"
_MEASURES = frozenset({"action", "measure", "step", "countermeasure"})
_FORCEFUL_MEASURES = frozenset({"military", "armed", "resolute", "decisive", "forceful", "overwhelming", "punitive", "retaliatory",
                                "stern"})
_FORCEFULLY = frozenset({"forcefully", "militarily", "decisively", "firmly", "strongly", "harshly", "resolutely", "forcibly",
                         "robustly", "swiftly", "severely"})
_MASS_WEAPONS = frozenset({"nuclear", "chemical", "biological", "atomic"})
_SPEAKER_PRONOUNS = frozenset({"i", "we", "it", "they", "he", "she"})


def _infinitive(v: Token) -> bool:
    """Is ``v`` a to-infinitive ("to attack")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _will(v: Token) -> bool:
    """Is ``v`` in the future ("would free", "will send")?"""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall", "wo"} for c in v.children)  # "wo" of "won't"


def _speakers_own(v: Token, speakers: set[str]) -> bool:
    """Is ``v``'s subject the speaker ("it would", "we will", or the speaker's own word), so the act announced is the speaker's?"""
    return any(x.dep_ in _SUBJ and (x.lower_ in _SPEAKER_PRONOUNS or x.lower_ in speakers) for x in v.children)


def _announced(code: str, table: dict[str, str]) -> Optional[str]:
    """The intent or threat code ``table`` gives to an announced act coded ``code``, or None."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _announced_act(w: Token, by_trigger: dict[int, EventCandidate], lex: Lexicon) -> Optional[tuple[Token, str]]:
    """The act a promise, vow, threat or warning announces (its infinitive or, for a warning, a clause in the future) and its code."""
    for c in w.children:
        if c.pos_ != "VERB" or c.dep_ not in {"xcomp", "acl", "ccomp"}:
            continue
        if c.dep_ == "ccomp" and not _will(c):
            continue  # "warned that the army had shelled the town": a report, not an announcement
        if c.dep_ == "ccomp" and not _speakers_own(c, {s.lower_ for s in _child(w, _SUBJ)}):
            continue  # "warned that the rebels would attack": the speaker announces no act of its own
        objs = _child(c, _OBJ)
        lemma = c.lemma_.lower()
        if lemma in _FIGURATIVE_HARM and any(o.lemma_.lower() in _PROBLEMS for o in objs):
            return None  # "pledged to fight corruption": no one to be harmed
        if lemma in _RETRIBUTION or (lemma in {"hit", "strike"} and any(p.dep_ == "prt" and p.lower_ == "back" for p in c.children)):
            return c, "130"
        if lemma == "take" and any(o.lemma_.lower() in _MEASURES and any(m.lower_ in _FORCEFUL_MEASURES for m in o.children) for o in objs):
            # "would take military action", "vowed to take resolute measures", "take all necessary steps": a threat
            military = any(m.lower_ in {"military", "armed"} for o in objs for m in o.children)
            return c, "138" if military else "130"
        if lemma in {"respond", "react"} and any(a.dep_ == "advmod" and a.lower_ in _FORCEFULLY for a in c.children):
            return c, "138" if any(a.lower_ == "militarily" for a in c.children) else "130"  # "vowed to respond forcefully"
        if lemma == "use" and any(o.lemma_.lower() in _ARMS for o in objs):
            mass = any(m.lower_ in _MASS_WEAPONS for o in objs for m in o.children)
            return c, "1385" if mass else "138"
        cand = by_trigger.get(c.i) or next((e for e in by_trigger.values() if e.anchor_i == c.i), None)  # "to hold talks"
        row = _match_verb(c, lex) if cand is None else None
        if row is not None and row.code[:2] == "19" and _no_act(c, _verb_event(c, row, c.sent), None):
            return None  # "promised to take Britain out of the bloc": the verb names no act here, none is announced
        code = cand.code if cand is not None else row.code if row is not None else None
        if code is not None:
            return c, code
    return None


def _an_act(n: Token, lex: Lexicon) -> bool:
    """Does the noun ``n`` name an act or a measure ("the arrest", "the decision to release them", "the failure of
    the talks", "the new law"), not a person or a place?"""
    if n.pos_ not in {"NOUN", "PROPN"} or n.ent_type_ in _ACTOR_ENTS:
        return False
    if _match_noun(n, lex) is not None or _instrument(n):
        return True
    if any(c.dep_ == "acl" and c.pos_ == "VERB" and _infinitive(c) for c in n.children):
        return True  # "the decision to release the prisoners", "the move to cut taxes"
    return any(_match_noun(o, lex) is not None for _, o in _prep_objects(n, ("of",)))


def _welcomed_acts(verb_events: dict[int, EventCandidate], lex: Lexicon) -> None:
    """Welcoming an act or a measure endorses it (051): "welcomed the arrest of the former minister", "welcomed the
    failure of the talks", "welcomed the decision to release the prisoners"; welcoming a person or a visitor, or
    the news as such, stays a comment or a reception."""
    for i, ev in verb_events.items():
        v = ev.sentence.doc[i]
        if ev.code != "013" or v.lemma_.lower() != "welcome":
            continue
        objs = _child(v, _OBJ)
        if objs and all(_party(o) or is_person(o) for o in objs) and any(
                _is_place(x) or is_place_object(x) or x.ent_type_ in {"GPE", "LOC", "FAC"} or x.text in _SEATS_OF_POWER
                for _, x in _prep_objects(v, ("to",))):
            ev.code = "043"  # "welcomed Abe to the White House": a visitor received
            continue
        if v.dep_ == "relcl" and objs and all(o.lower_ in _RELPRON for o in objs):
            objs = [v.head]  # "a muted response that officials welcomed": the response is welcomed
        if any(_welcomed_act(o, lex) or _welcomed_measure(o) for o in objs) or (
                not objs and any(c.dep_ == "ccomp" and c.i in verb_events for c in v.children)):
            ev.code = "051"


#: last words of the houses of heads of state and government ("the White House", "the Kremlin", "Downing Street")
_SEATS_OF_POWER = frozenset({"House", "Kremlin", "Palace", "Street", "Elysee", "Zhongnanhai"})
#: outcomes and steps of others one endorses by welcoming them (beside the measures judged, :data:`_JUDGED_THINGS`, and
#: the decisions and moves, :data:`_DECIDED`)
_WELCOMED_OUTCOMES = frozenset({"outcome", "result", "extension", "pressure", "progress", "support", "gesture", "reaction",
                                "release", "deployment", "ceasefire", "truce", "breakthrough", "compromise", "settlement"})


#: what states or their leaders clash over when the clash is armed: ground
_CONTESTED_GROUND = frozenset({"border", "territory", "island", "islands", "region", "land", "frontier", "area", "town", "village",
                               "city", "province", "enclave", "zone", "waters", "reef", "shoal", "strait", "line", "post"})
#: who clashes in words: states, governments and their people in office
_CLASHING_IN_WORDS = frozenset({"government", "minister", "leader", "official", "lawmaker", "delegate", "negotiator", "party",
                                "president", "diplomat", "senator", "congress", "parliament", "administration", "envoy"})


def _clash_of_words(v: Token) -> bool:
    """Is "clash" a dispute of states or their officials over an issue ("India and U.S. clash over farm safeguards",
    "ministers clashed over the budget")? Not over ground ("clashed over the disputed border"), and not when an armed
    force, protesters or police clash."""
    issues = [o for _, o in _prep_objects(v, ("over", "on"))]
    if any(c.dep_ == "prt" and c.lower_ in {"over", "on"} for c in v.children):
        issues += _child(v, _OBJ)  # the parser's particle: "clash [over] [farm safeguards]"
    if not issues or any(o.lemma_.lower() in _CONTESTED_GROUND or o.ent_type_ in {"GPE", "LOC", "FAC"} for o in issues):
        return False
    sides = [x for s in _verb_subjects(v)[0] for x in _conjuncts(s)] + [o for _, o in _prep_objects(v, ("with",))]
    return bool(sides) and all((x.ent_type_ in {"GPE", "PERSON"} and x.lemma_.lower() not in _ARMED_SUBJECTS)
                               or x.lemma_.lower() in _CLASHING_IN_WORDS for x in sides)


def _in_a_running_total(v: Token) -> bool:
    """Is the participle ``v`` on the people a running total counts ("bringing to four the number of people detained",
    "bringing the total of suspects held to six")? The acts were told before; the total counts them."""
    totals = {"number", "total", "tally", "count"}
    if any(s.lemma_.lower() in totals and any(p.lower_ == "of" for p in s.children) for s in _child(v, {"nsubj", "nsubjpass"})):
        return True  # the parser's clause: "[the number of people] detained"
    head = v.head
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in totals


#: ships and craft of war, and the navies and fleets they sail in
_WARSHIPS = (_ARMED_CRAFT - {"artillery", "howitzer", "drone"}) | frozenset({
    "destroyer", "cruiser", "corvette", "submarine", "carrier", "navy", "fleet", "flotilla", "minesweeper", "bomber", "jet",
    "fighter"})
#: words of keeping the peace that make troops sent peacekeepers
_PEACEKEEPING = frozenset({"peacekeeping", "peace-keeping", "peacekeepers", "peacekeeper", "stabilisation", "stabilization"})


def _to_keep_the_peace(v: Token) -> bool:
    """Are the troops ``v`` sends or deploys sent to keep the peace: a peacekeeping word in what it sends or in its for-,
    to- or as-phrase ("send troops for a planned peacekeeping force", "deploy 1,500 soldiers to the AU peacekeeping
    mission")? Not one elsewhere in the sentence ("sent troops to the border after two peacekeepers were killed")."""
    held = [*_child(v, _OBJ), *(o for _, o in _prep_objects(v, ("for", "to", "as")))]
    return any(t.lower_ in _PEACEKEEPING for h in held for t in h.subtree)


def _warships_doing(v: Token) -> bool:
    """Are the doers of ``v`` warships, a navy or military aircraft ("a U.S. Navy destroyer sailed within 12 nautical
    miles", "was shadowed by two Chinese warships"), or vessels named with a navy's prefix ("USS Decatur")?"""
    doers = _active_doers(v)
    return any(d.lemma_.lower() in _WARSHIPS or (is_vessel(d) and any(
        c.lower_ in {"navy", "naval", "military", "missile", "guided-missile", "coast"} or is_navy_prefix(c)
        for c in d.subtree if c.i < d.i)) for d in doers)


#: a state's rescuers at sea: its navy, coast guard, border guard or armed forces
_STATE_RESCUERS = frozenset({"navy", "guard", "coastguard", "military", "army", "force", "frigate", "warship", "destroyer",
                             "cutter", "patrol", "authority", "government", "mission", "operation"})


def _state_craft(d: Token) -> bool:
    """Is ``d`` a state, its navy, coast guard or forces, or a craft it names as its own ("Italian navy ships", "the
    Libyan coast guard", "a North Korean patrol boat", "USS Decatur")? Not any ship ("a merchant ship", "an NGO's
    vessel")."""
    return d.ent_type_ in {"GPE", "NORP"} or d.lemma_.lower() in _STATE_RESCUERS or any(
        c.ent_type_ in {"GPE", "NORP"} or c.lemma_.lower() in _STATE_RESCUERS or is_navy_prefix(c)
        for c in d.children if c.dep_ in {"amod", "compound", "poss", "nmod"})


def _state_rescue(v: Token) -> bool:
    """Is the rescue ``v`` done by a state's craft or forces ("Italian navy ships rescued 562 people", "the Libyan coast
    guard picked up 200 migrants", "were rescued by the Greek coast guard")? Not by firefighters or a merchant ship."""
    return any(_state_craft(d) for d in _active_doers(v))


#: what is strangled when strangling is a squeeze: ports, trade, an economy
_STRANGLED_THINGS = frozenset({"port", "economy", "trade", "supply", "supplies", "growth", "market", "industry", "business",
                               "competition", "city", "town", "region", "country", "access", "route", "lifeline", "finances",
                               "investment", "opposition", "dissent", "debate", "press", "media", "freedom"})
#: who tends the sick and the hurt
_MEDICS = frozenset({"doctor", "nurse", "medic", "paramedic", "physician", "surgeon", "psychiatrist", "dentist", "pathologist"})
#: verbs of destroying boats, and those that destroy them by explosives or by their own crew's hand
_SINKING = frozenset({"blow", "sink", "scuttle"})
_SCUTTLING = _SINKING - {"sink"}
#: words that make boats ones a state destroys as a measure: boats caught fishing, poaching or smuggling, or seized
_DESTROYED_BOATS = frozenset({"poaching", "seized", "confiscated", "impounded", "captured", "illegal", "smuggling", "smuggler"})


def _joined_verbs(v: Token) -> list[Token]:
    """The verbs joined to ``v``: the one it is joined to and the ones joined to it ("blew up and sank")."""
    return ([v.head] if v.dep_ == "conj" else []) + _child(v, {"conj"})


def _boats_destroyed(v: Token) -> bool:
    """Are the vessels ``v`` blows up or sinks boats seized or caught poaching or smuggling ("scuttled the seized
    trawlers"), or fishing boats blown up or scuttled ("blew up and sank 23 foreign fishing boats")? Their destruction
    is property destroyed (1712), no bombing or fighting; a warship sunk, or a fishing trawler a navy sinks by fire, is
    fought."""
    joined = _joined_verbs(v)
    boats = [o for o in _child(v, _OBJ) + _child(v, _SUBJPASS) for o in _conjuncts(o)]
    if not boats:  # "blew up and sank 23 boats": the object of the verb joined to it
        boats = [o for x in joined for o in _child(x, _OBJ) for o in _conjuncts(o)]
    words = _DESTROYED_BOATS | ({"fishing", "trawler"} if any(x.lemma_.lower() in _SCUTTLING for x in [v, *joined]) else set())
    return any(is_vessel(o) and (o.lemma_.lower() in words or any(
        c.lemma_.lower() in words or c.lower_ in words for c in o.subtree if c.i < o.i)) for o in boats)


def _welcomed_measure(o: Token) -> bool:
    """A thing welcomed that is an outcome or a step of others: "welcomed the extension", "the outcome", "the vote",
    "the pressure on Tehran" (endorsed, 051); not troops, news or a guest."""
    return o.pos_ == "NOUN" and o.lemma_.lower() in _WELCOMED_OUTCOMES | _JUDGED_THINGS | _DECIDED


# nouns of a decision or a step whose infinitive names the act decided ("the decision to release them", "the move to
# cut taxes"); a chance, an opportunity or an invitation to do something decides nothing
_DECIDED = frozenset({"decision", "move", "plan", "step", "bid", "effort", "commitment", "pledge", "promise", "initiative",
                      "proposal", "offer", "order", "vote", "agreement", "resolution", "attempt", "call", "announcement",
                      "readiness", "willingness", "intention", "determination", "push", "measure"})


def _welcomed_act(o: Token, lex: Lexicon) -> bool:
    """Is the object ``o`` of "welcome" an act or measure one endorses by welcoming it? A visit, a trip or an arrival
    ("welcomed the visit of the Chinese premier", "the arrival of the troops") is a visitor received, and a chance to
    do something ("welcomed the chance to discuss trade") decides nothing."""
    row = _match_noun(o, lex)
    if row is not None and row.code[:3] in {"042", "043"}:
        return False
    if row is None and not _instrument(o) and o.lemma_.lower() not in _DECIDED and any(
            c.dep_ == "acl" and c.pos_ == "VERB" and _infinitive(c) for c in o.children):
        return any(_match_noun(x, lex) is not None for _, x in _prep_objects(o, ("of",)))
    return _an_act(o, lex)


def _intent_codes(cands: list[EventCandidate], lex: Lexicon) -> None:
    """A promise, vow, threat or warning is coded by the act it announces.

    A promise or vow of a cooperative act is the matching 03 code ("pledged
    to provide loans" 0331), a threat of a conflict act the matching 13 code
    ("threatened to impose sanctions" 1312); a promise or vow to do harm is a
    threat ("vowed to attack the town" 1383, "vowed to retaliate" 130), and
    so is a warning that the speaker will do harm ("warned it would launch
    rockets"). A vow not to do a cooperative act is a refusal ("vowed not to
    resume negotiations" 125). The announced act stays an event of its own.
    """
    by_trigger = {ev.trigger_i: ev for ev in cands}
    for ev in cands:
        root = ev.code[:2]
        w = ev.sentence.doc[ev.trigger_i]
        warning = w.lemma_.lower() == "warn" and root == "01"
        if root not in {"03", "13"} and not warning:
            continue
        found = _announced_act(w, by_trigger, lex)
        if found is None:
            if root == "03" and not ev.targets:  # "agreed to give her $1,000": an act of giving the lexicon codes no event
                ev.targets = _refs(o for x in _child(w, {"xcomp"}) if x.pos_ == "VERB" for o in _given_to(x))
            continue
        act, code = found
        ev.strong = ev.strong or w.lemma_.lower() == "vow"  # a vow is weak ("vowed to love each other") unless it announces an act
        if not ev.targets:  # the threatened or promised party: "threatened to cut aid to Egypt", "vowed to retaliate against Israel"
            # the act's event, also one the parser hung on its object ("vowed not to resume negotiations with Israel")
            cand = by_trigger.get(act.i) or next((c for c in cands if c is not ev and c.anchor_i == act.i and c.targets), None)
            ev.targets = list(cand.targets) if cand is not None else _refs(o for _, o in _prep_objects(act, ("against", "on")))
            if not ev.targets and root == "03":
                ev.targets = _refs(_given_to(act))  # "agreed to give her $1,000", "promised to provide treatment to the children"
        if root == "03" and any(x.dep_ == "neg" for x in act.children):
            # "vowed not to resume negotiations": a refusal of the act (settling rule 26), 125; a vow not to do
            # harm ("pledged not to attack civilians") threatens no one and keeps its own code
            ev.code = _announced(_refused_code(act, code, by_trigger, lex), _REFUSAL_OF) or ev.code
            continue
        deciders = [c for c in w.children if c.dep_ in {"poss", "compound"}] + _child(w.head, _SUBJ) * (w.dep_ in _OBJ)
        if root == "03" and code[:2] in {"17", "18"} and any(d.lemma_.lower() in _SENTENCERS for d in deciders):
            ev.code = "116"  # "a jury's decision to execute Scott Peterson": a sentence passed, no threat
            continue
        # an agreement among sides to do harm is their intent, not a threat told to the one harmed ("EU ministers
        # agreed to impose travel bans", "Kenya has agreed to prosecute pirates", "agreed to send more troops")
        threat = None if w.lemma_.lower() == "agree" and root == "03" else (
            code if code.startswith("13") else _announced(code, _THREAT_OF))
        if threat is not None and code[:2] == "15" and act.lemma_.lower() in _SENDING and w.lemma_.lower() in _PROMISING \
                and _sent_to_a_state(act):
            # "leaders have promised to send 3,300 troops to Mali": troops promised to a state are protection offered
            # (0334), no threat ("pledged to deploy more troops along the border", "to send troops to fight Israel" stay)
            ev.code = "0334"
        elif threat is not None:
            ev.code = threat
        elif root == "03":
            ev.code = _announced(code, _INTENT_OF) or ev.code


def _given_to(act: Token) -> list[Token]:
    """Whom the act ``act`` gives something to: its indirect object ("give her $1,000") or the to-phrase of the verb or
    of its object ("provide treatment to the children"), when that names someone, not a place or a thing ("send aid to
    the region", "give priority to security")."""
    given = [o for o in _child(act, {"dative", "iobj"}) if o.pos_ == "PRON" or _party(o)]  # "give the Kenyan ministry $2m"
    given += [o for o in [*(o for _, o in _prep_objects(act, ("to",))), *(o for x in _child(act, _OBJ) for _, o in _prep_objects(x, ("to",)))]
              if o.pos_ == "PRON" or _party(o, plain=True) or is_person(o)]
    return [o for o in given if o.lower_ not in {"it", "this", "that"} and not _is_place(o)]


def _refused_code(act: Token, code: str, by_trigger: dict[int, EventCandidate], lex: Lexicon) -> str:
    """The code of the act a vow not to ``act`` refuses: the talks it goes back to, when its object names talks
    ("vowed not to return to the negotiating table": the talks, 04, not the return); not a visit or a trip ("promised
    not to visit the disputed islands": no meeting or talks with anyone are refused, ""); else the act's own code
    ("not to meet the rebels", "not to negotiate with the government").
    """
    for o in [*_child(act, _OBJ), *(o for _, o in _prep_objects(act, ("to", "with", "at")))]:
        near = {o.i} | {c.i for c in o.children if c.dep_ in {"compound", "amod", "nmod"}}
        talks = next((e.code for e in by_trigger.values() if e.code[:2] == "04" and (e.trigger_i in near or e.anchor_i in near)), None)
        # "the negotiating table": a word of talks the lexicon codes on its own (a noun, or a verb with no object)
        words = {f for i in near for w in {act.doc[i].lemma_.lower(), act.doc[i].lower_} for f in (
            w, *((w[:-3], w[:-3] + "e") if w.endswith("ing") else ())) if f}  # a gerund left unlemmatized: "negotiating" -> "negotiate"
        talks = talks or next((r.code for w in sorted(words) for r in [*lex.rows("N", w), *lex.rows("V", w)]
                               if r.code[:2] == "04" and not r.prep and r.objects is None and not r.no_object), None)
        if talks is not None and code[:2] != "04":
            return talks
    return "" if code[:3] in {"042", "043"} else code


_WISH_VERBS = frozenset({"want"})
_ANNOUNCING = frozenset({"say", "announce", "declare", "state", "tell"})  # "'I won't cooperate,' he told a TV station"


# a cooperative act one says one will not do -> the refusal (12) it states (settling rule 26)
_REFUSAL_OF = {"04": "125", "05": "120", "057": "127", "06": "121", "07": "122", "08": "124", "081": "1241"}
# a pronoun that can only stand for a person, and one that can only stand for a thing or a body
_OWN_PERSON_PRONOUNS = frozenset({"i", "he", "she"})


def _refusal_by_speaker(v: Token, c: Token) -> bool:
    """Is ``c`` ("it would not lift the sanctions") a cooperative act the speaker of ``v`` says it will not do?

    The act must be the speaker's own and in the future, negated on its own
    verb, and not information withheld ("would not release the names" is a
    refusal to comment, 011). A pronoun must agree with the speaker: after a
    person ("Obama said it would not help") "it" is not the speaker.
    """
    if not _will(c) or not (any(x.dep_ == "neg" for x in c.children) or _negated(c)):
        return False
    if c.lemma_.lower() in _WITHHELD | _WITHHELD_GIVEN and any(o.lemma_.lower() in _INFORMATION for o in _child(c, _OBJ)):
        return False
    subj = _child(c, _SUBJ)
    speaker = _child(v, _SUBJ) or (_child(v.head, _SUBJ) if v.dep_ == "conj" else [])
    if not subj or not speaker:
        return False
    person = speaker[0].ent_type_ == "PERSON" or speaker[0].lower_ in _OWN_PERSON_PRONOUNS
    return not (subj[0].lower_ == "it" and person)


#: what one says one will not accept or allow (a rejection, 120), or will not yield by stepping down (124)
_REFUSED_STANCES = {**dict.fromkeys(("accept", "recognise", "recognize", "allow", "tolerate", "permit", "countenance"), "120"),
                    **dict.fromkeys(("resign", "quit", "yield", "bow", "surrender", "capitulate"), "124")}


#: verbs of accepting, and the things one refuses by not accepting them: results, rulers, deals, demands
_ACCEPTED_STANCES = frozenset({"accept", "recognise", "recognize", "tolerate", "countenance"})
_ACCEPTED_THINGS = frozenset({"result", "outcome", "deal", "government", "plan", "proposal", "offer", "agreement", "ruling",
                              "verdict", "decision", "election", "vote", "term", "demand", "condition", "resignation",
                              "independence", "annexation", "referendum", "president", "leader", "victory", "ceasefire",
                              "count", "it", "this", "that", "them", "candidate", "winner", "authority", "regime"})


def _refused_stance(v: Token, c: Token, speakers: set[str]) -> Optional[str]:
    """The refusal (12x) the speaker of ``v`` states by saying it will not accept, allow or step down (``c``, a
    clause the lexicon codes no act in): "the opposition said it would not accept the results" 120, "'We will not allow
    Russia to repeat the Crimea scenario,' Turchynov said" 120, "Mugabe said he would not resign" 124. Only the
    speaker's own future act, negated. Saying one will retaliate or hit back threatens (130)."""
    lemma = c.lemma_.lower()
    if lemma in {"step", "back"} and any(x.dep_ == "prt" and x.lower_ in {"down", "aside"} for x in c.children):
        lemma = "resign"  # "would not step down", "will not back down"
    own_answer = _will(c) and not _negated(c) and (_speakers_own(c, speakers) or any(s.lower_ == "we" for s in _child(c, _SUBJ)))
    if own_answer and lemma in {"retaliate", "hit", "strike"} and (lemma == "retaliate" or any(x.lower_ == "back" for x in c.children)):
        return "130"  # "Russia said it would retaliate", "'We will hit back,' the minister said": a threat
    if own_answer and _retaliation_told(c):
        # "Israel said it would regard the shipment as an act of war" 138, "said it would take retaliatory measures" 130
        return "138" if c.lemma_.lower() in _READING_AS else "130"
    code = _REFUSED_STANCES.get(lemma)
    if code is None or not _will(c) or not any(x.dep_ == "neg" for x in c.children):
        return None
    if lemma in _ACCEPTED_STANCES and not any(o.lemma_.lower() in _ACCEPTED_THINGS for o in _child(c, _OBJ)):
        return None  # "would never accept foreign interference in our elections": a principle, no thing refused
    if not _speakers_own(c, speakers) and not any(s.lower_ in {"we", "i"} for s in _child(c, _SUBJ)):
        return None
    return code


def _armed_speaker(v: Token) -> bool:
    """Is who says (``v``) an armed side or the law's force: rebels, militants, a guard, an army, the police or a
    coastguard ("the Revolutionary Guards said")?"""
    return any(w in _ARMED_SPEAKERS for s in _verb_subjects(v)[0] for w in (s.lemma_.lower(), s.lower_))


def _on_condition(c: Token) -> bool:
    """Is the act ``c`` said to happen only if another does ("would strike Iraq unless it gave access", "if Minsk did
    not free them"), or to whoever does something ("any tanker that violated its waters", "sanctions on any company
    that buys Iranian oil")?"""
    if any(a.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"if", "unless", "until"} for m in a.children)
           for a in c.children):
        return True
    # "would sanction any US official who visits Taiwan", "seize any tanker that violated its waters": whoever does it
    def whoever(t: Token) -> bool:  # "any tanker", "foreigners who trespass"; not "the four diplomats who were caught"
        definite = any(d.dep_ in {"det", "poss", "nummod"} and d.lower_ not in {"any", "every", "all"} for d in t.children)
        return any(x.dep_ == "det" and x.lower_ == "any" for x in t.children) or (
            not definite and any(x.dep_ == "relcl" for x in t.children))

    aimed = [*_child(c, _OBJ), *(q for _p, q in _prep_objects(c, _AIMED_AT))]
    return any(whoever(o) or any(whoever(q) for _p, q in _prep_objects(o, _AIMED_AT)) for o in aimed)


#: prepositions of whom an act is aimed at: "cut ties with any country that ...", "sanctions on any company that ..."
_AIMED_AT = ("on", "of", "with", "to", "against")


def _announced_intents(sent: Span, verb_events: dict[int, EventCandidate]) -> None:
    """Saying one will do an act of cooperation or conflict states an intent (03) or a threat (13) beside the act.

    "Israel announced it would free 150 prisoners": 0353 by Israel. Only the
    speaker's own act counts (a pronoun or the same subject). Saying one will
    not do a cooperative act is a refusal (12) beside the act, which is coded
    negated: "the council said it will not lift the sanctions" 124, "'We will
    not lend our resources,' the mayor said" 121 (settling rule 26).
    """
    if _ANNOUNCING.isdisjoint(_sentence_words(sent).lemmas):
        return
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _ANNOUNCING or (v.i in verb_events and verb_events[v.i].code[:2] != "01"):
            continue
        # (the subject a say-verb shares with the verb it is joined to: "have refused to sign ..., and said they would not")
        speakers = {s.lower_ for s in _child(v, _SUBJ) or (_child(v.head, _SUBJ) if v.dep_ == "conj" else [])}
        if not speakers:
            continue
        for c in v.children:
            if c.dep_ == "ccomp" and c.i not in verb_events and (stance := _refused_stance(v, c, speakers)) is not None:
                # "said it would not accept the results", "'We will not allow it,' he said", "said he would not resign":
                # a stance refused, no act of its own to code (settling rule 26)
                said = _verb_event(v, LexEntry("V", v.lemma_.lower(), None, None, False, stance, False, origin="announced refusal"), sent)
                aimed = [o for _p, o in _prep_objects(c, ("against", "on")) if _party(o)]
                said.targets = _refs(aimed) if aimed else said.targets  # "would retaliate against the United States"
                verb_events[v.i] = said
                break
            if c.dep_ != "ccomp" or c.i not in verb_events:
                continue
            if not _will(c):
                continue
            if not _speakers_own(c, speakers):
                continue
            act = verb_events[c.i]
            if act.negated or any(x.dep_ == "neg" for x in c.children):
                refusal = _announced(act.code, _REFUSAL_OF) if _refusal_by_speaker(v, c) else None
                if refusal is None:
                    continue
                entry = LexEntry("V", v.lemma_.lower(), None, None, False, refusal, False, origin="announced refusal")
                ev = _verb_event(v, entry, sent)
                ev.targets = list(act.targets)
                verb_events[v.i] = ev
                break
            code = _announced(act.code, _THREAT_OF) or _announced(act.code, _INTENT_OF)
            if code is None or (act.code[:2] == "15" and c.lemma_.lower() in _SENDING):
                # "Chad said it would send 2,000 soldiers to Niger": a deployment told, coded as itself (future), no
                # threat by the say-verb
                continue
            if code[:2] == "13" and v.lemma_.lower() in {"say", "tell", "state"} and act.code[:2] in {"16", "17"} \
                    and act.code[:4] != "1712" and not _on_condition(c) and not _armed_speaker(v):
                # "Germany said it would expel four Russian diplomats": a decision of relations or sanctions told,
                # coded as the act itself (future); "said it would impose sanctions if Minsk did not free them"
                # threatens, and so does an armed side ("the Guards said they would seize the tanker"); property
                # destroyed (1712) and force (18-20) stay threats whoever says them
                continue
            ev = _verb_event(v, LexEntry("V", v.lemma_.lower(), None, None, False, code, False, origin="announced intent"), sent)
            ev.targets = list(act.targets)
            verb_events[v.i] = ev
            break


def _wanted_of_others(w: Token, sent: Span, verb_events: dict[int, EventCandidate]) -> bool:
    """Wanting another to act is an appeal to them (020): "Obama wants Putin to attack Switzerland", as "urged Beijing to negotiate".

    Adds the appeal to ``verb_events`` and says whether it found one.
    """
    for c in w.children:
        if c.pos_ != "VERB" or c.dep_ not in {"xcomp", "ccomp"} or c.i not in verb_events:
            continue
        if not _infinitive(c):
            continue
        others = _child(w, _OBJ) if c.dep_ == "xcomp" else _child(c, _SUBJ)
        if not others or any(o.lower_ in _FIRST_PERSON for o in others):
            continue
        ev = _verb_event(w, LexEntry("V", w.lemma_.lower(), None, None, False, "020", False, origin="wish"), sent)
        ev.targets = _refs(others)
        verb_events[w.i] = ev
        return True
    return False


def _wishes(sent: Span, verb_events: dict[int, EventCandidate], lex: Lexicon) -> None:
    """A wish to act is an intent (03) or a threat (13) beside the act: "wants to attack Switzerland" 138, "wants to help" 033.

    Only the subject's own act counts ("wants Putin to attack" is an appeal,
    not an intent), and only acts of cooperation or conflict.
    """
    if _WISH_VERBS.isdisjoint(_sentence_words(sent).lemmas):
        return
    for w in sent:
        if w.pos_ != "VERB" or w.lemma_.lower() not in _WISH_VERBS or w.i in verb_events:
            continue
        if _wanted_of_others(w, sent, verb_events):
            continue
        if _child(w, _OBJ):
            continue
        act = next((c for c in w.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i in verb_events
                    and _infinitive(c)), None)
        if act is None:
            continue
        code = verb_events[act.i].code
        wish = _announced(code, _THREAT_OF) or _announced(code, _INTENT_OF)
        if wish is None:
            continue
        ev = _verb_event(w, LexEntry("V", w.lemma_.lower(), None, None, False, wish, False, origin="wish"), sent)
        ev.targets = ev.targets or list(verb_events[act.i].targets)
        verb_events[w.i] = ev


def _received(verb_events: dict[int, EventCandidate], actor_noun: Optional[Callable[[Token], bool]]) -> None:
    """What one receives, the giver gave: "the rebels received weapons from the government" is the government's 072 to the rebels.

    With no giver named, or a giver that is no actor ("funds from the lottery",
    "assurances from the coach"), nothing was given by anyone the coder codes.
    """
    dropped = []
    for i, ev in verb_events.items():
        v = ev.sentence.doc[i]
        if ((v.lemma_.lower() == "receive" and ev.code == "051") or (v.lemma_.lower() in {"receive", "get"} and ev.code == "116")) \
                and not any(c.dep_ in _SUBJPASS for c in v.children):
            # "firefighters received awards from the mayor": the mayor's praise of the firefighters (a giver may go unnamed);
            # "a third defendant received a 10-year sentence": the court's sentence of the defendant
            ev.targets = _refs(_child(v, _SUBJ))
            ev.sources = _refs(o for x in [v, *_child(v, _OBJ)] for _, o in _prep_objects(x, ("from",)))
            continue
        if v.lemma_.lower() != "receive" or ev.code[:2] not in {"03", "06", "07"} or any(c.dep_ in _SUBJPASS for c in v.children):
            continue
        givers = [o for x in [v, *_child(v, _OBJ)] for _, o in _prep_objects(x, ("from",))]  # "received [information from X]"
        if not any(g.ent_type_ in _ACTOR_ENTS or (actor_noun is not None and actor_noun(g)) for g in givers):
            dropped.append(i)
            continue
        ev.targets = _refs(_child(v, _SUBJ))
        ev.sources = _refs(givers)
    for i in dropped:
        del verb_events[i]


def _joint_exercises(nouns: list[EventCandidate], actor_noun: Optional[Callable[[Token], bool]]) -> None:
    """Exercises held jointly by two sides or with another force are military cooperation (062), not a show of force (150)."""
    def force(o: Token) -> bool:
        return o.ent_type_ in _ACTOR_ENTS or (actor_noun is not None and actor_noun(o))
    for ev in nouns:
        n = ev.sentence.doc[ev.trigger_i]
        # "joint" needs a second side: "China's military held joint exercises around Taiwan" (its services joined)
        # shows force; "India and France held joint exercises" cooperate
        two_sides = len(ev.sources) + len(ev.targets) >= 2 or any(
            c.lower_ in {"two", "both", "three", "several"} for r in ev.sources for c in n.doc[r.token_i].children)  # "the two navies"
        if ev.code.startswith("15") and any((c.dep_ == "amod" and c.lower_ == "joint" and two_sides)
                                            or (c.dep_ == "prep" and c.lower_ == "with" and any(force(o) for o in _child(c, {"pobj"})))
                                            for c in n.children):
            ev.code = "062"


# gerunds the parser reads as verbs after a preposition that name an event of their own ("lucid during questioning")
_GERUND_EVENTS = frozenset({"questioning"})
# what an investigation or inspection noun classifies when it names no inquiry made: "investigation departments", "the inspection issue"
_INQUIRY_BODIES = frozenset({"department", "unit", "division", "bureau", "agency", "office", "service", "chief", "commander", "officer",
                             "committee", "commission", "team", "issue", "process", "regime", "system", "mechanism", "procedure",
                             "program", "programme", "squad", "branch", "section", "staff", "head", "director", "body", "authority"})
def _military_strike(strike: Token) -> bool:
    """Is the ordered or launched strike an armed one: a military modifier or target ("air strikes", "strikes on rebel
    positions"), or an order by the military or a head of government ("Putin ordered the strikes")? "Teachers
    launched a strike over pay" and "members voted to approve a strike" are labour strikes."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in {"air", "military", "missile", "drone", "retaliatory", "precision", "nuclear",
                                                          "punitive", "aerial", "artillery", "naval", "surgical", "preemptive", "pre-emptive"}
           for c in strike.children):
        return True
    if any(p.lower_ in {"on", "against"} for p in strike.children if p.dep_ == "prep"):
        return True
    verb = strike.head
    if verb.lemma_.lower() in {"order", "authorize", "authorise"}:
        # strikes are ordered or authorised by commanders; workers call or stage them, or their union's members
        # authorise one ("ask its members to authorize a strike")
        return not any(t.lemma_.lower() in _LABOUR_WORDS for t in strike.sent)
    subjects = [c for c in verb.children if c.dep_ in _SUBJ] or [c for w in verb.ancestors for c in w.children if c.dep_ in _SUBJ][:1]
    return any(s.lemma_.lower() in _COMMANDERS or s.ent_type_ in {"GPE", "NORP"} for s in subjects)


# what a state's strikes hit, besides a named place: "Russian strikes on energy infrastructure", "US strikes on Houthi targets"
_STRUCK_THINGS = frozenset({"target", "position", "base", "camp", "town", "city", "village", "facility", "site", "hospital", "school",
                            "convoy", "building", "compound", "stronghold", "hideout", "infrastructure", "depot", "airport", "airfield",
                            "port", "bridge", "refinery", "plant", "neighbourhood", "neighborhood", "district", "area", "region", "outpost",
                            "militant", "fighter", "rebel", "insurgent"})
#: words that make a blow deadly: "a deadly strike", "the lethal attack"
_DEADLY = frozenset({"deadly", "lethal", "fatal", "murderous", "bloody"})
# what a state's strike does when it is the subject: "Israeli strikes hit the Gaza Strip", "Russian strikes killed four"
_STRIKE_HARM = frozenset({"hit", "kill", "destroy", "damage", "wound", "injure", "level", "pound", "flatten", "target", "devastate"})


# words of war in a text: a "strike" there with no word of labour is an armed one
_WAR_WORDS = frozenset({"militant", "fighter", "troop", "soldier", "army", "military", "missile", "rocket", "drone", "airstrike",
                        "shelling", "artillery", "rebel", "insurgent", "jihadist", "hezbollah", "hamas", "houthi", "idf", "warplane",
                        "jet", "bombardment", "ceasefire", "offensive", "militia"})
# what a work stoppage hits: "the strike hit production", "disrupted services"
_ECONOMIC_HITS = frozenset({"production", "output", "sale", "economy", "traffic", "service", "export", "supply", "business", "trade",
                            "operation", "flight", "shipment"})


def _war_strike(strike: Token) -> bool:
    """Is a "strike" with no owner an armed one: the subject of harm ("a strike in eastern Syria killed three", "the
    strike hit a residential building"), or told in a text of war that says nothing of work ("Hezbollah said the strike
    would not go unpunished")? A strike by or of workers stays a work stoppage."""
    doc = strike.doc
    if any(c.dep_ in {"amod", "compound", "poss"} and c.lemma_.lower() in _LABOUR_TEXT | {"general", "hunger", "national"} for c in strike.children):
        return False
    if any(o.lemma_.lower() in _LABOUR_TEXT for _p, o in _prep_objects(strike, ("by", "of", "at"))):
        return False
    if any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"} for c in strike.children):
        return False  # a people's or a country's strike is a state's only as _state_strike reads it ("French strikes hit production")
    if strike.dep_ in _SUBJ and any(o.lemma_.lower() in _ECONOMIC_HITS for o in _child(strike.head, _OBJ)):
        return False  # "the strike hit production", "crippled services"
    if any(o.ent_type_ == "GPE" for _p, o in _prep_objects(strike, ("against",))) and not {
            t.lemma_.lower() for t in strike.sent} & _LABOUR_TEXT:
        return True  # "the strikes against Iraq drew protests": a strike against a country is an armed one
    if any(c.dep_ == "amod" and c.lemma_.lower() in _DEADLY for c in strike.children):
        return True  # "the deadly strike near Aleppo": no work stoppage is deadly
    lemmas = doc_lemmas(doc)
    war_text = len(lemmas & _WAR_WORDS) >= 2 and not lemmas & _LABOUR_TEXT
    harm = strike.dep_ in _SUBJ and strike.head.lemma_.lower() in _STRIKE_HARM
    # the ones it killed or hurt tell no work ("the strike killed 20 aid workers")
    harmed = {t.i for o in _child(strike.head, _OBJ) for t in o.subtree} if harm and strike.head.lemma_.lower() in {"kill", "wound", "injure"} else set()
    return war_text or (harm and not {t.lemma_.lower() for t in strike.sent if t.i not in harmed} & _LABOUR_TEXT)


#: words that tell a work stoppage in a sentence even where an armed strike was named before ("the strike by the union")
_WORK_STOPPAGE = frozenset({"union", "unions", "guild", "wage", "wages", "picket", "walkout", "bargaining", "striker", "strikers",
                            "salary", "salaries", "pension", "pensions", "factory", "dock", "docker", "miner", "teacher", "nurse"})
#: the arms or the forces a strike is made with or by, which make it an armed one ("air strikes", "NATO strikes")
_STRIKE_ARMS = frozenset({"air", "drone", "missile", "rocket", "military", "retaliatory", "naval", "artillery", "aerial", "nuclear",
                          "coalition", "nato"})
#: what makes a strike named before an armed one: "air strikes", "a drone strike", "missile strikes", "precision strikes"
_ARMED_STRIKE_KINDS = _STRIKE_ARMS | {"precision", "surgical"}


_FROM_THE_AIR = frozenset({"air", "drone", "missile", "rocket", "aerial", "precision", "airstrike", "warplane"})


def _armed_strike_before(strike: Token) -> Optional[str]:
    """The code of the armed strike the text named before ``strike`` ("a drone strike", "airstrikes", "warplanes"), so
    that "the strike" is that one again ("The strike hit a makeshift camp", "confirmed the strike"): 195 for one from
    the air, 190 for another; None when none was named or the strike's own sentence speaks of work ("the strike by
    the union")."""
    if {t.lemma_.lower() for t in strike.sent} & _WORK_STOPPAGE or (
            strike.dep_ in _SUBJ and any(o.lemma_.lower() in _ECONOMIC_HITS for o in _child(strike.head, _OBJ))):
        return None  # "the strike by the union", "the strike halted production"
    found: Optional[str] = None
    for t in strike.doc[: strike.i]:
        lemma = t.lemma_.lower()
        if (lemma in {"airstrike", "warplane", "missile", "bombardment"} or (
                lemma in {"jet", "drone", "gunship"} and t.dep_ not in {"compound", "amod", "poss"})) or (lemma == "bombing" and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in _ARMED_STRIKE_KINDS for c in t.children)):
            found = "195"  # "NATO bombing", "cruise missiles": from the air
        elif lemma == "strike":
            kinds = {c.lower_ for c in t.children if c.dep_ in {"amod", "compound"}}
            if kinds & _ARMED_STRIKE_KINDS:
                found = "195" if kinds & _FROM_THE_AIR else "190"
            elif kinds & (_LABOUR_TEXT | {"general", "hunger"}) or (t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_.lower() == "go"):
                found = None  # a work stoppage named since ("went on strike", "a general strike"): the last strike named is that one
    return found


def _state_strike(strike: Token) -> bool:
    """Is the noun "strike" a state's armed strike: a country named before it ("Israeli strikes", "US strikes", "Russia's
    strikes") with a place or a military target struck, or harm it does? "French strikes on the rail network" and "a
    strike on Monday" are labour strikes."""
    if not any(c.dep_ in {"amod", "compound", "poss"} and c.i < strike.i and (
            c.ent_type_ in {"NORP", "GPE"} or c.lower_ in _ARMED_OWNERS or (c.dep_ == "poss" and c.lower_ in {"its", "their"}))
            for c in strike.children):
        return False
    doc = strike.doc
    if any(c.dep_ == "relcl" and c.lemma_.lower() in {"kill", "wound", "injure", "hit", "destroy", "target"} for c in strike.children):
        return True  # "an Israeli strike that killed three people"
    for p in strike.children:
        if p.dep_ == "prep" and p.lower_ in {"on", "against"} and not (p.i + 1 < len(doc) and doc[p.i + 1].ent_type_ in {"DATE", "TIME"}):
            for o in p.children:  # not "strikes on Monday closed schools"
                if o.dep_ == "pobj" and _struck(o):
                    return True
    verb = strike.head
    if strike.dep_ != "nsubj" or verb.lemma_.lower() not in _STRIKE_HARM:
        return False
    # "killed four people", "hit the Gaza Strip"; not "hit production at the plant"
    return verb.lemma_.lower() in {"kill", "wound", "injure"} or any(o.dep_ == "dobj" and _struck(o) for o in verb.children)


#: verbs whose doer makes the strikes its object ("conducted 40 strikes", "carried out strikes", "launched strikes")
_STRIKES_MADE = frozenset({"conduct", "carry", "launch", "mount", "fly", "stage", "make", "execute"})


#: those flown somewhere in custody or in care, and the words that tell such a transfer on the flight itself
_FLOWN_HELD = frozenset({"suspect", "prisoner", "detainee", "fugitive", "inmate", "defendant", "accused", "captive", "wounded",
                         "injured", "body", "remains", "victim", "patient", "casualty", "survivor"})
_CUSTODY_WORDS = frozenset({"extradite", "extradition", "custody", "trial", "charge", "prison", "jail", "handcuff", "arrest",
                            "arraign", "arraignment", "hospital", "treatment", "indictment", "indict", "escort", "guard",
                            "dea", "marshal", "enforcement"})


#: goods a state or a firm orders from a maker ("ordered 300 million doses", "ordered 36 Rafale jets")
_GOODS_ORDERED = frozenset({"dose", "dos", "vaccine", "jet", "aircraft", "plane", "airliner", "helicopter", "tank", "submarine",
                            "frigate", "ship", "ventilator", "mask", "kit", "unit", "copy", "vehicle", "train", "locomotive",
                            "missile", "drone", "fighter", "rifle", "truck", "bus"})


def _goods_ordered(o: Token) -> bool:
    """Is the object of "order" goods counted or named by kind ("300 million doses", "36 Rafale fighter jets")?
    Not forces ("ordered troops to the border" is handled as a deployment) nor an act ("ordered an inquiry")."""
    g = _group_of(o)
    return (g.lemma_.lower() in _GOODS_ORDERED or o.lemma_.lower() in _GOODS_ORDERED) and (
        any(c.dep_ == "nummod" or c.like_num for c in o.children) or any(c.dep_ == "nummod" for c in g.children)
        or o.tag_ == "NNS" or any(x.lower_ in {"more", "additional", "extra"} for x in o.children))


#: what a side may deny another, which withholds it rather than denies a claim
_DENIED_BENEFITS = frozenset({"funding", "fund", "money", "aid", "grant", "assistance", "quorum", "opportunity", "chance", "platform"})


#: bodies and people named by the aid they work in ("aid groups", "relief workers", "humanitarian agencies")
_AID_PEOPLE = frozenset({"group", "agency", "organisation", "organization", "worker", "official", "charity", "ngo", "body",
                         "community", "sector", "chief", "expert", "donor", "volunteer", "staff", "staffer"})


#: what a country hosts that is no visitor: a facility, a games, a show
_HOSTED_THINGS = frozenset({"centre", "center", "base", "camp", "facility", "hub", "headquarters", "office", "games", "olympics",
                            "tournament", "cup", "championship", "festival", "concert", "exhibition", "show", "party", "race",
                            "final", "event", "population", "community", "diaspora", "site", "server", "website", "programme",
                            "program", "podcast", "fleet"})


def _said_threat(v: Token) -> Optional[LexEntry]:
    """A saying whose words tell anyone who acts that they will be punished or met with force threatens (130), as a
    warning of it does: '"Any attempt to steal this election will be met with the resistance of the people," the
    spokesman said', "the minister said anyone caught looting would be treated as a criminal"."""
    if v.lemma_.lower() not in _SAY_VERBS:
        return None
    if any(c.dep_ == "ccomp" and _punishment_warned(c) for c in v.children):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "130", True, origin="a threat said")
    return None


def _wont_hesitate(v: Token) -> Optional[LexEntry]:
    """"would not hesitate to use force", "will not hesitate to take military action": a threat of force (138). Not
    "did not hesitate to help" (a past act of one's own), nor a hesitation to do anything else."""
    if v.lemma_.lower() in _SAY_VERBS:
        # "the minister said the army would not hesitate to use force": the threat is the saying
        told = [c for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() == "hesitate"]
        return _no_hesitation(told[0]) if told else None
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in _SAY_VERBS | {"warn"}:
        return None  # (told by its saying or its warning)
    return _no_hesitation(v)


def _no_hesitation(v: Token) -> Optional[LexEntry]:
    """The threat of force (138) that "will not hesitate to use force" (``v``: "hesitate") makes, or None; taking action
    or stepping in threatens only from an armed side or a state (not a central bank stepping in)."""
    if v.lemma_.lower() != "hesitate" or not any(c.dep_ == "neg" for c in v.children) or not any(
            a.dep_ == "aux" and a.lower_ in {"will", "would", "shall", "'ll", "wo"} for a in v.children):
        return None
    armed = any(s.lemma_.lower() in _ARMED_HESITATING or s.ent_type_ in {"GPE", "NORP"} for s in _verb_subjects(v)[0])
    for x in v.children:
        if x.dep_ != "xcomp":
            continue
        objs = {o.lemma_.lower() for o in _child(x, {"dobj"})} | {a.lemma_.lower() for o in _child(x, {"dobj"}) for a in o.children}
        if x.lemma_.lower() in {"use", "take", "resort", "respond", "retaliate", "strike"} and (
                objs & {"force", "weapon", "arm", "military"} or (objs & {"measure", "action"} and armed)
                or x.lemma_.lower() in {"retaliate", "strike"}):
            return LexEntry("V", "hesitate", None, None, False, "138", True, origin="no hesitation to use force")
        if armed and (x.lemma_.lower() == "intervene" or (x.lemma_.lower() == "step" and any(c.lower_ == "in" for c in x.children))):
            # "the military would not hesitate to step in", "will not hesitate to intervene" (not a central bank's)
            return LexEntry("V", "hesitate", None, None, False, "138", True, origin="no hesitation to use force")
    return None


def _captivity(v: Token) -> Optional[LexEntry]:
    """People taken hostage or held captive are abducted (181: "the two aid workers were taken hostage", "has been held
    captive since 2012"); one burned alive or to death by someone, or in a sentence of no mishap, is killed (1823). A
    thing held hostage is a figure (:func:`_held_hostage_figuratively`)."""
    lemma = v.lemma_.lower()
    told = {c.lemma_.lower() for c in v.children if c.dep_ in {"oprd", "xcomp", "acomp", "attr", "advmod"}}
    if lemma in {"take", "hold", "keep"} and told & {"hostage", "captive"} and not _held_hostage_figuratively(v):
        held = _child(v, _OBJ) or _child(v, _SUBJPASS)
        if held and all(is_person(h) or h.pos_ == "PRON" or _party(h) for h in held):
            return LexEntry("V", lemma, None, None, False, "181", True, origin="held captive")
    alive = "alive" in told or any(c.lower_ == "alive" for o in _child(v, {"dobj"}) for c in o.children) or any(
        o.lemma_.lower() == "death" for _p, o in _prep_objects(v, ("to",)))
    if lemma == "burn" and alive and (_child(v, {"dobj"}) or _agent(v) or not (
            {t.lemma_.lower() for t in v.sent} & (_MISHAPS | {"tanker", "accident", "crash", "blaze", "explode", "overturn", "collapse"})
            or any(c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children) for c in v.children))):
        # "militants burned the pilot alive", "was burned alive by the militants" (not "burned to death when a tanker
        # overturned": no one did it)
        return LexEntry("V", lemma, None, None, False, "1823", True, origin="burned alive")
    return None


#: what cuts lines with no one cutting them
_DISASTERS = frozenset({"earthquake", "quake", "storm", "flood", "flooding", "hurricane", "typhoon", "cyclone", "tsunami", "fire",
                        "wildfire", "blackout", "outage", "landslide", "eruption", "snowstorm", "blizzard"})


def _online_cut(v: Token) -> Optional[LexEntry]:
    """An online service cut or blocked that no lexicon row reads ("internet access has been cut off across the
    country", "Twitter was blocked on Monday"): an administrative measure (172), as "shut the internet"."""
    if v.lemma_.lower() in {"block", "restrict", "suspend", "cut", "shut", "disrupt", "throttle"} and _online_access(v) and not {
            t.lemma_.lower() for t in v.sent} & _DISASTERS:  # (not "communications were cut after the earthquake")
        return LexEntry("V", v.lemma_.lower(), None, None, False, "172", True, origin="online access cut")
    return None


#: nouns of protest a measure may name the cause of ("curfew protests", "lockdown riots")
_PROTEST_NOUNS = frozenset({"protest", "riot", "demonstration", "march", "rally", "unrest", "strike", "clash"})
#: journeys of one's own: "a reporting trip", "a shopping trip"
_PRIVATE_TRIPS = frozenset({"reporting", "shopping", "fishing", "hunting", "school", "family", "business", "holiday", "camping",
                            "skiing", "field", "research", "study", "road", "day", "weekend", "honeymoon"})
#: what a threat "to" is a danger to, no side threatened ("threats to public order")
_THREATENED_ORDER = frozenset({"order", "security", "peace", "stability", "health", "safety", "democracy", "sovereignty", "unity",
                               "integrity", "environment", "economy", "life", "lives"})
#: words that make a standoff an armed one ("gunmen holed up", "a hostage standoff", "the army surrounded")
_ARMED_STANDOFF = frozenset({"gunman", "gunmen", "hostage", "armed", "police", "troop", "soldier", "militant", "siege", "gunfire",
                             "shootout", "barricade", "sniper", "army", "fighter", "rebel", "shooting", "shot", "weapon", "gun",
                             "rifle", "swat", "border", "tank"})


def _armed_standoff(n: Token) -> bool:
    """Is the standoff ``n`` an armed one: so named ("an armed standoff", "a hostage standoff") or told in a sentence, or
    the one before, of guns, hostages, police or troops? A political, diplomatic or legal one is a deadlock ("to resolve
    the standoff" over an election result)."""
    mods = {c.lower_ for c in n.children if c.dep_ in {"amod", "compound"}}
    if mods & {"diplomatic", "political", "legal", "constitutional", "budget", "fiscal", "electoral", "post-election", "trade"}:
        return False
    if mods & _ARMED_STANDOFF:
        return True
    sent = n.sent
    return any(t.lemma_.lower() in _ARMED_STANDOFF or t.lower_ in _ARMED_STANDOFF for t in with_sentence_before(sent))


#: what one fights only in a figure: crimes, ills and trades ("the fight against traffickers", "the war on poverty")
_FOUGHT_ILLS = frozenset({"trafficker", "smuggler", "trafficking", "smuggling", "drug", "drugs", "corruption", "poverty", "crime",
                          "disease", "virus", "hiv", "aids", "malaria", "pandemic", "epidemic", "hunger", "inflation", "terrorism",
                          "extremism", "racism", "impunity", "fraud", "piracy", "quota", "quotas", "climate", "change", "cancer"})


def _standing_campaign(n: Token) -> bool:
    """Is the fight, war or struggle ``n`` a standing campaign told as background ("backed by the United States in its
    fight against Islamic State", "has armed both sides in the war against Islamic State") or one against ills and
    crimes ("the fight against human traffickers", "the war on poverty")? A battle fought on a day stays."""
    against = [o for _p, o in _prep_objects(n, ("against", "on"))]
    if not against:
        return False
    if all(o.lemma_.lower() in _FOUGHT_ILLS or o.lower_ in _FOUGHT_ILLS for o in against):
        return True
    return n.lemma_.lower() != "battle" and n.dep_ == "pobj" and n.head.lower_ in {"in", "of"} and any(
        c.dep_ in {"poss", "det"} and c.lower_ in {"its", "their", "his", "her", "our", "the"} for c in n.children) and not any(
        c.ent_type_ in {"DATE", "TIME"} for c in n.subtree)


#: those who storm a home to arrest someone there
_POLICE_WORDS = frozenset({"police", "officer", "policeman", "agent", "detective", "trooper", "deputy", "commando", "soldier",
                           "force", "squad", "unit", "marine", "gendarme"})
#: measures of public health a government orders ("ordered electronic tagging", "ordered mass testing")
_HEALTH_MEASURES = frozenset({"tagging", "testing", "screening", "isolation", "disinfection", "vaccination", "cull", "culling"})
#: people who come back home: their return gives nothing back
_RETURNING_PEOPLE = frozenset({"citizen", "resident", "worker", "national", "traveller", "traveler", "student", "expatriate",
                               "pilgrim", "holidaymaker", "tourist", "passenger", "family", "villager", "people", "evacuee"})


def _returning_people(v: Token) -> list[Token]:
    """Who comes back in "return" with no object ("workers returned home", "citizens returning from Europe"), or the
    noun a bare participle describes ("a group of returning workers"); nothing when someone returns something."""
    objs = _child(v, {"dobj"})
    if not objs:
        return _child(v, {"nsubj"}) or ([v.head] if v.dep_ in {"acl", "amod"} else [])
    return objs if v.tag_ == "VBG" and v.dep_ in {"pcomp", "amod", "acl"} else []


def _health_alert(v: Token) -> bool:
    """Is the alert ``v`` raises one of public health: raised by a health body ("the WHO raised its alert") or in a
    sentence of a disease ("raised the flu alert level")?"""
    doers = _verb_subjects(v)[0] or [s for a in v.ancestors for s in _child(a, {"nsubj"})][:1]
    if any(d.text in {"WHO", "CDC", "ECDC"} or d.lemma_.lower() in {"ministry", "agency", "organization", "organisation"} and any(
            c.lower_ == "health" for c in d.subtree) for d in doers):
        return True
    return bool({t.lemma_.lower() for t in v.sent} & {"pandemic", "epidemic", "virus", "flu", "influenza", "outbreak", "disease",
                                                      "infection", "coronavirus", "covid-19", "ebola", "sars"})


#: meetings one walks out of in protest: "walked out of the summit", "walked out of the talks"
_TALK_ROOMS = frozenset({"talk", "talks", "summit", "negotiation", "dialogue"})


def _held_in_jail(v: Token) -> bool:
    """Is ``v`` a bare participle telling where people are kept ("Palestinians held in Israeli jails"), with no doer, no
    time and no cause of their arrest ("men held since Monday", "held over the bombing" tell an arrest)?"""
    if v.dep_ != "acl" or v.tag_ != "VBN" or v.head.tag_ not in {"NNS", "NNPS"} or _agent(v):
        return False
    if any(c.dep_ == "npadvmod" or c.ent_type_ in {"DATE", "TIME"} for c in v.subtree) or _prep_objects(v, ("over", "for", "after", "on", "since")):
        return False
    return any(o.lemma_.lower() in {"jail", "prison", "detention", "custody", "camp"} for _p, o in _prep_objects(v, ("in", "at")))


#: people a pardon frees by what they are, and words of a text that tell someone pardoned was held
_PARDONED_HELD = frozenset({"prisoner", "inmate", "detainee", "convict", "guerrilla", "rebel", "militant", "fighter", "hostage"})
_JAIL_WORDS = frozenset({"jail", "prison", "prisoner", "sentence", "convict", "custody", "inmate", "imprisonment", "detain",
                         "detention", "jailed", "imprison"})
#: what a side vows that threatens: "vowed revenge", "vowed a harsh response"
_REVENGE = frozenset({"revenge", "vengeance", "retaliation", "retribution", "reprisal", "punishment"})
_HARSH = frozenset({"harsh", "relentless", "strong", "swift", "crushing", "tough", "decisive", "severe", "fierce", "firm",
                    "painful", "forceful", "military"})


def _vowed_revenge(v: Token) -> bool:
    """Is the vow ``v`` a threat: revenge or a harsh response vowed ("vowed revenge for the deaths", "vowed a
    relentless response"), or that another side will pay ("vowed that Israel would pay dearly")? A vow to rebuild is an
    intent."""
    for o in _child(v, {"dobj"}):
        if o.lemma_.lower() in _REVENGE or (o.lemma_.lower() in {"response", "reaction", "answer"} and any(
                c.lower_ in _HARSH for c in o.children) and not any(
                not (_party(x) or is_person(x)) for _p, x in _prep_objects(o, ("to",)))):
            return True  # (not "a swift response to the flooding")
    return any(c.dep_ == "ccomp" and c.lemma_.lower() == "pay" and any(
        x.lower_ in {"dearly", "heavily"} or x.lemma_.lower() == "price" for x in c.subtree) for c in v.children)


#: devices one charges with power
_CHARGED_DEVICES = frozenset({"phone", "telephone", "battery", "laptop", "device", "car", "vehicle", "tablet", "mobile", "cellphone"})
#: what forces go somewhere to do: the going is that act's approach
_RAIDING = frozenset({"arrest", "detain", "raid", "attack", "search", "seize", "capture", "kill", "storm", "evict", "disperse"})
#: places a car pulls out of
_PLACES_LEFT_BY_CAR = frozenset({"driveway", "garage", "parking", "lot", "car park", "space", "station", "bay", "drive"})
#: buildings people live or stay in: one "occupied" with no armed doer is lived in
_DWELLINGS = frozenset({"house", "home", "flat", "apartment", "shelter", "hostel", "hotel", "room", "dwelling", "residence", "bed"})


#: acts of dissent a side may call off, suspend or end ("called off the strike", "lifted their blockade")
_DISSENT_ACTS = frozenset({"strike", "walkout", "stoppage", "protest", "demonstration", "march", "rally", "sit-in", "boycott",
                           "blockade", "picket", "occupation", "siege"})
#: who strike, protest or block roads: their calling it off is theirs
_DISSENTERS = frozenset({"union", "worker", "striker", "employee", "staff", "teacher", "doctor", "nurse", "miner", "docker", "driver",
                         "trucker", "farmer", "pilot", "student", "protester", "demonstrator", "activist", "opposition", "party",
                         "movement", "campaigner", "confederation", "federation", "congress", "leader", "organiser", "organizer",
                         "resident", "villager", "lawyer", "journalist", "they", "we", "it"})


def _dissenters(d: Token) -> bool:
    """Are ``d`` those whose strike or protest it is: a union, workers of a trade, protesters, the opposition
    ("Nigerian unions", "the teachers", "train drivers")?"""
    return d.lemma_.lower() in _DISSENTERS or d.lower_ in _DISSENTERS or _group_of(d).lemma_.lower() in _DISSENTERS or any(
        c.lemma_.lower() in _DISSENTERS | _LABOUR_TEXT for c in d.children if c.dep_ in {"compound", "amod"})


#: those who end others' dissent, not their own (beside the armed sides of _ARMED_SUBJECTS)
_DISSENT_ENDERS = frozenset({"policeman", "officer", "authority", "court", "judge", "guard", "security"})
#: those whose blockade is a state's or a force's, not a protest's
_BLOCKADING_STATES = frozenset({"government", "navy", "coalition", "state", "regime", "junta", "kingdom", "administration"})
#: verbs of ending one's own dissent
_EASING = frozenset({"call", "suspend", "end", "halt", "lift", "cancel", "abandon", "stop", "postpone"})


def _dissent_eased(v: Token) -> Optional[LexEntry]:
    """A side calling off, suspending or ending its own strike, protest or blockade eases dissent (082): "the union
    called off the strike", "Nigerian unions suspend general strike", "the truckers lifted their blockade",
    "suspended its industrial action". Not police, troops, armed groups or a state ending a protest, a march or a
    blockade ("police ended the sit-in", "rebels halted their march on the capital", "Israel lifted its blockade"), an
    armed strike ("suspended air strikes": 087), a campaign rally cancelled, another side's strike ended by a deal, or
    a "not" ("would not end their strike")."""
    lemma = v.lemma_.lower()
    if lemma not in _EASING or (lemma == "call" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)):
        return None
    acts = _child(v, {"dobj"}) or _child(v, _SUBJPASS)
    if _negated(v) or not acts:
        return None
    for o in acts:
        mods = {c.lower_ for c in o.children if c.dep_ in {"amod", "compound"}}
        labour_action = o.lemma_.lower() == "action" and bool(mods & {"industrial", "protest", "strike", "further"})
        if not (o.lemma_.lower() in _DISSENT_ACTS or labour_action) or mods & (_ARMED_STRIKES | _ARMED_STRIKE_KINDS):
            return None
    doers = _active_doers(v)
    if any(d.lemma_.lower() in _DISSENT_ENDERS | _ARMED_SUBJECTS or d.ent_type_ in {"GPE", "NORP"} for d in doers):
        return None  # "police ended the sit-in": the state ends it; "rebels lifted their blockade of the city": armed
    if any(o.lemma_.lower() == "march" and _prep_objects(o, ("on",)) for o in acts) or any(
            o.lemma_.lower() == "rally" and any(c.lower_ in {"campaign", "election", "political", "re-election"} for c in o.children)
            for o in acts):
        return None  # "halted their march on the capital": an advance; "cancelled his campaign rally": no dissent
    owned = any(c.dep_ == "poss" for o in acts for c in o.children)
    if doers and not owned and not any(_dissenters(d) for d in doers):
        return None  # "producers tabled a wage offer, seeking to end the strike": another side's strike ended by a deal
    # "the navy said it would end the blockade": the pronoun is the one who said so
    named = [x for d in doers for x in (_child(v.head, _SUBJ) if d.pos_ == "PRON" and v.dep_ == "ccomp" else [d])]
    if any(o.lemma_.lower() in {"blockade", "occupation", "siege"} for o in acts) and (not named or any(
            d.lemma_.lower() in _BLOCKADING_STATES | _DISSENT_ENDERS | _ARMED_SUBJECTS or d.ent_type_ in {"GPE", "NORP"}
            for d in named)):
        return None  # "the government lifted its blockade", "the navy said it would end the blockade": a state's or a
        #              force's blockade eased (0872), no dissent; "the truckers lifted their blockade" eases dissent
    return LexEntry("V", lemma, None, None, False, "082", True, origin="dissent eased")


#: those whose not hesitating to act threatens force
_ARMED_HESITATING = frozenset({"army", "military", "troop", "force", "soldier", "navy", "government", "state", "country", "regime",
                               "junta", "we"})


#: heads of a state's own bodies
_STATE_HEADS = frozenset({"government", "ministry", "minister", "authority", "state", "country", "police", "guard", "chancellor",
                          "president", "premier", "cabinet", "administration", "interior", "commission"})


def _border_words(v: Token) -> bool:
    """Does the measure of ``v`` concern a border ("reintroduced border controls", "tightened checks at its border")?"""
    return any(t.lemma_.lower() in {"border", "frontier", "crossing", "passport", "schengen", "checkpoint", "entry", "export", "import",
                                    "capital"} for t in v.subtree)


def _relief_givers(v: Token) -> list[Token]:
    """The states or agencies a from-phrase of ``v`` names ("received 2.5 million doses from the United States")."""
    return [g for _p, g in _prep_objects(v, ("from",)) + [x for o in _child(v, {"dobj"}) for x in _prep_objects(o, ("from",))]
            if g.ent_type_ in {"GPE", "NORP"} or g.lemma_.lower() in _DONORS or is_aid_body(g)]


def _relief_received(v: Token) -> Optional[LexEntry]:
    """Relief a side received from a state or an agency is aid given by that one (073): "Taiwan received 2.5 million
    doses from the United States", "Ecuador received three tonnes of medicine from China". Goods bought or received
    from a firm, and relief received with no giver named, are not."""
    if v.lemma_.lower() not in {"receive", "accept", "get"} or _negated(v):
        return None
    if not any(is_relief(o) for o in _child(v, {"dobj"})) or not _relief_givers(v) or not _verb_subjects(v)[0]:
        return None
    return LexEntry("V", v.lemma_.lower(), None, None, False, "073", True, origin="relief received")


#: officials whose being flown somewhere is still a visit
_OFFICIAL_TRAVELLERS = frozenset({"minister", "president", "premier", "envoy", "ambassador", "official", "secretary", "chancellor",
                                  "delegation", "king", "queen", "prince", "diplomat"})


def _flown_in_custody(v: Token) -> bool:
    """Is the passive "flown" one moved in custody or in care: a suspect or the wounded, or anyone whose flight the
    text tells with custody, trial or hospital ("Rodriguez was flown from Bogota to Miami, where he faces charges", "was
    flown ... under heavy guard")? An envoy or a minister flown somewhere still visits."""
    if not any(c.dep_ == "auxpass" for c in v.children) or _agent(v):
        return False
    moved = _child(v, _SUBJPASS)
    if any(m.lemma_.lower() in _FLOWN_HELD or m.lower_ in _FLOWN_HELD for m in moved):
        return True
    if any(m.lemma_.lower() in _OFFICIAL_TRAVELLERS for m in moved):
        return False  # "the foreign minister was flown to Kabul under heavy guard": a visit
    # the custody told on the flight itself: "under heavy guard", "in custody", "to stand trial", "where he faces charges"
    # (not a purpose or a topic: "flown to Berlin for talks on the extradition treaty")
    topics = {t.i for p in v.subtree if p.dep_ == "prep" and p.lower_ in {"for", "on", "about", "over"} for t in p.subtree}
    told = {t.lemma_.lower() for w in [v, *v.conjuncts] for t in w.subtree if t.i not in topics}
    return bool(told & _CUSTODY_WORDS)


def _strikes_flown(strike: Token) -> Optional[str]:
    """The code of strikes an armed force made: 195 for aircraft, drones or an air force ("its aircraft had conducted
    more than 40 strikes", "coalition warplanes carried out 25 strikes"), 190 for an army, a navy, a coalition or NATO;
    None for anyone else ("teachers staged a strike", "the union launched a strike")."""
    verb = strike.head if strike.dep_ in _OBJ else strike.head.head if strike.dep_ == "pobj" and strike.head.head.dep_ in _OBJ else None
    if verb is None or verb.lemma_.lower() not in _STRIKES_MADE:
        return None
    doers = _verb_subjects(verb)[0] if verb.dep_ != "conj" else _verb_subjects(verb.head)[0]
    words = {w.lemma_.lower() for d in doers for w in [d, *(c for c in d.children if c.dep_ in {"compound", "amod"})]}
    if words & (set(_CRAFT) - {"artillery", "tank", "howitzer", "gunboat"}) - {"warship", "battleship", "frigate"} or words & {"bomber"} or (
            {"air", "force"} <= words):
        return "195"
    if words & {"army", "military", "navy", "troop", "soldier", "coalition", "nato"}:
        return "190"
    return None


#: owners of a strike that make it armed: "coalition strikes on Sanaa", "military strikes"
_ARMED_OWNERS = frozenset({"coalition", "military", "army", "nato", "allied", "missile", "drone", "artillery", "naval", "navy"})


def _struck(target: Token) -> bool:
    """A place or a military target a state's strike can hit."""
    return target.ent_type_ in {"GPE", "LOC", "FAC"} or target.lemma_.lower() in _STRUCK_THINGS


# words of a labour dispute: a strike they come with is a work stoppage
_LABOUR_WORDS = frozenset({"union", "guild", "worker", "employee", "member", "contract", "wage", "pay", "picket", "walkout",
                           "bargaining", "teacher", "nurse", "miner", "staff"})
# the words of work in a text ("the strike by dock workers"): no armed strike there (_war_strike)
_LABOUR_TEXT = _LABOUR_WORDS | frozenset({"workers", "unions", "strikers", "salary", "salaries", "pension", "pensions", "shift",
                                          "factory", "dock", "docker", "doctors", "driver", "drivers"})
_COMMANDERS = frozenset({"army", "military", "president", "pentagon", "commander", "general", "navy", "force", "minister", "government",
                         "troop", "coalition", "nato", "kremlin", "regime", "command", "jet", "warplane"})


# verbs that order or launch military strikes (a labour strike is called, staged or held)
_STRIKE_ORDERS = frozenset({"order", "launch", "authorize", "authorise", "conduct", "carry", "approve", "mount", "halt", "suspend",
                            "resume", "intensify", "escalate", "expand"})  # "Israel halts Gaza strikes": a state's strikes
# a conviction that is a belief: "religious convictions", "spoke with conviction", "my conviction that ..."
_BELIEF_MODIFIERS = frozenset({"religious", "political", "moral", "personal", "deep", "deeply", "strong", "firm", "deepest", "inner",
                               "own", "sincere", "ideological", "philosophical", "spiritual", "core", "strongly", "held"})
_SERVED = frozenset({"serve", "complete", "finish"})


def _belief(n: Token) -> bool:
    """Is the conviction ``n`` a belief, not a verdict ("religious convictions", "her conviction that", "with conviction")?"""
    if n.lemma_.lower() != "conviction":
        return False
    if any(c.dep_ in {"amod", "advmod"} and c.lemma_.lower() in _BELIEF_MODIFIERS for c in n.children):
        return True
    if any(c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children) for c in n.children):
        return True
    if any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in n.children):
        return True
    return n.dep_ == "pobj" and n.head.lower_ == "with"


# places named for custody: "detention centers", "an arrest room"
_CUSTODY_PLACES = frozenset({"center", "centre", "facility", "camp", "cell", "unit", "block", "ward", "suite", "room", "site",
                             "complex", "area", "barracks", "ship", "officer", "power", "powers", "rule",
                             "rules", "law", "laws", "policy", "rate", "rates", "figure", "figures", "record", "records",
                             "hearing", "hearings"})  # "a detention hearing is scheduled": a court's hearing, no one held
# verbs that give someone or something a name ("called him a ruffian", "described the attack as reprehensible")
_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "dub", "characterize", "characterise", "liken", "denounce"})
# names that condemn (111) or praise (051) what they are given to
# things people do or say that a name can judge, beside the lexicon's event nouns
_JUDGED_THINGS = frozenset({"rule", "rules", "measure", "measures", "regulation", "regulations", "ban", "scheme", "rise", "increase",
                            "decision", "move", "policy", "policies", "remark", "remarks", "comment", "comments", "statement", "claim",
                            "claims", "plan", "proposal", "act", "action", "actions", "behaviour", "behavior", "conduct", "law",
                            "bill", "ruling", "verdict", "sentence", "speech", "response", "approach", "treatment", "step", "idea",
                            "stance", "position", "accord", "deal", "agreement", "treaty", "vote", "election", "entry", "report",
                            "budget", "delay", "cuts", "reform", "reforms", "strategy", "program", "programme", "project", "order",
                            "decree", "amendment", "resolution", "referendum", "deadline", "tax", "taxes", "tariff", "tariffs",
                            "appointment", "nomination", "bid", "offer", "intervention", "operation", "campaign", "announcement"})
_DAMNING = frozenset({"heinous", "reprehensible", "senseless", "cliche", "cliché", "stooge", "shocking", "wrong", "illegal", "unlawful",
                      "blunder", "farce", "sham", "travesty", "insult", "insulting", "intolerable",
                      "barbaric", "barbarism", "cowardly", "cowardice", "despicable", "evil", "monstrous", "atrocious", "abhorrent",
                      "horrific", "vile", "racist", "fascist", "liar", "thug", "ruffian", "criminal", "propaganda", "hoax", "lie",
                      "slur", "puppet", "traitor", "dictator", "tyrant", "murderer", "butcher", "terrorist", "crime", "crimes",
                      "mistake", "failure", "unconstitutional", "immoral", "unjust", "injustice",
                      "dishonest", "corrupt", "fraud", "fraudulent", "bogus", "madness", "insane", "crazy", "stupid", "idiotic",
                      "brutal", "brutality", "inhumane", "inhuman", "savage", "excessive", "affront",
                      "aggression", "aggressive", "provocation", "stain", "scandal", "fiasco", "mockery", "charade",
                      "violation", "stunt", "disaster", "catastrophe", "joke", "smear", "whitewash", "embarrassment", "nightmare",
                      "setback", "delusional", "unprovoked", "unsafe", "unprofessional", "defective", "flawed", "unfriendly",
                      "hostile", "irresponsible", "reckless", "unforgivable",
                      "cleansing", "genocide", "apartheid", "occupation", "kidnapping", "piracy", "banditry", "blackmail",
                      # measures judged in health, trade and migration rows: "called the ban an overreaction", "a breach of"
                      "overreaction", "breach", "alarming", "overzealous", "discriminatory", "disproportionate", "heavy-handed",
                      "counterproductive", "unwarranted", "arbitrary", "xenophobic", "draconian", "politicised", "politicized"})
#: words of concern that judge only what a speaker names with them ("called the shootings deeply troubling"); said of a
#: state of things they are a pessimistic comment ("said the situation was dangerous": 012)
_TROUBLING = frozenset({"troubling", "disturbing", "worrying", "dangerous", "bad", "disastrous", "catastrophic", "regrettable",
                        "destructive"})
_COMMENDING = frozenset({"hero", "heroes", "heroic", "historic", "milestone", "breakthrough", "landmark", "triumph", "victory",
                         "friend", "ally", "partner", "champion", "visionary",
                         "statesman", "excellent", "outstanding", "wonderful", "impressive", "courageous", "brave",
                         "constructive", "fruitful", "productive", "treasure", "legend", "icon", "achievement"})


# being pleased with someone or something, said negated ("not happy with the steps of the Israeli government"), and
# being displeased with them (110 for anger, 111 for dissatisfaction voiced): disapproval, with who or what as target
_PLEASED = frozenset({"happy", "pleased", "satisfied", "content", "comfortable"})
_DISSATISFIED = frozenset({"unhappy", "dissatisfied", "displeased", "disappointed"})
_ANGRY = frozenset({"angry", "furious", "outraged", "incensed", "livid", "indignant", "upset", "annoyed", "irritated"})
_COPULAS = frozenset({"be", "remain", "feel", "seem", "appear", "become", "grow", "look"})


#: places a side loses to another: "lost the town to the army", "lost control of the crossing to Israeli forces"
_HELD_PLACES = frozenset({"town", "city", "village", "crossing", "base", "airport", "province", "district", "region", "territory",
                          "port", "airbase", "stronghold", "outpost", "hill", "border", "capital", "area", "enclave", "oblast"})


def _lost_to(v: Token, sent: Span) -> Optional[EventCandidate]:
    """A place a side lost to another is the other side's capture of it (192): "Hamas lost control of the Rafah crossing
    to Israeli forces", "Militants lose key town to army". Not a game or a vote lost ("lost the match to Chelsea")."""
    objs = _child(v, _OBJ)
    if not objs:
        return None
    place: Optional[Token] = objs[0]
    if place is not None and place.lemma_.lower() == "control":
        place = next((x for _, x in _prep_objects(place, ("of",))), None)
    if place is None or not (place.ent_type_ in {"GPE", "LOC", "FAC"} or place.lemma_.lower() in _HELD_PLACES):
        return None
    # the to-phrase may hang on the place or its name ("lost the town of Kidal to government troops")
    holders = [v, objs[0], place, *(x for _, x in _prep_objects(place, ("of",)))]
    takers = [x for h in holders for _, x in _prep_objects(h, ("to",)) if _party(x) or x.lower_ in _PEOPLE or is_person(x)]
    if not takers:
        return None
    row = LexEntry("V", "lose", "to", None, False, "192", True, origin="lost to")
    lo, hi = _np_range(place)
    span = v.doc[lo : hi + 1]
    return EventCandidate(code="192", strong=True, trigger_start=v.idx, trigger_end=v.idx + len(v.text), trigger_text=v.text,
                          anchor_i=v.i, trigger_i=v.i, sentence=sent, sources=_refs(takers), targets=_refs(_verb_subjects(v)[0]),
                          place=ActorRef(span.start_char, span.end_char, span.text, place.i), entry=row)


def _displeasure(adj: Token, sent: Span) -> Optional[EventCandidate]:
    """An adjective of displeasure with a side: "Poland is not happy with the German decision" (111), "the union is
    angry with the government" (110). Weak: kept only with an actor the knowledge knows ("I am not happy with my
    haircut" is no event); without a with-, at-, about-, over- or by-phrase it is a mood, no disapproval."""
    if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.head.lemma_.lower() not in _COPULAS:
        return None
    word, cop = adj.lemma_.lower(), adj.head
    negated = any(c.dep_ == "neg" for c in [*cop.children, *adj.children])
    if word in _PLEASED and negated:
        code = "111"
    elif word in _DISSATISFIED and not negated:
        code = "111"
    elif word in _ANGRY and not negated:
        code = "110"
    else:
        return None
    judged = [o for _, o in _prep_objects(adj, ("with", "at", "about", "over", "by")) if o.ent_type_ not in {"DATE", "TIME"}]
    if not judged:
        return None
    if not any(_party(t, plain=True) for t in judged):
        judged = [o for t in judged for o in _owners(t)] or judged  # "not happy with some Israeli policies": Israel
    row = LexEntry("V", word, None, None, False, code, False, origin="displeasure")
    return EventCandidate(code=code, strong=False, trigger_start=adj.idx, trigger_end=adj.idx + len(adj.text), trigger_text=adj.text,
                          anchor_i=adj.i, trigger_i=adj.i, sentence=sent, sources=_refs(_verb_subjects(cop)[0]),
                          targets=_refs(judged), entry=row)


# names of a wrong someone does: giving one to an act accuses its doer of that wrong (settling rule 18, "called the
# arrests a campaign of terror": 112 on the naming, the wrong named reported_unconfirmed)
_ACCUSING_LABELS = frozenset({"coup", "robbery", "theft", "persecution", "witch-hunt", "witchhunt", "terror", "crackdown",
                              "repression", "intimidation", "harassment", "aggression", "massacre", "genocide", "cleansing",
                              "kidnapping", "abduction", "interference", "meddling", "assassination", "murder", "cover-up",
                              "vendetta", "purge", "annexation", "occupation", "invasion"})
# an attempt to silence someone, named as what an act was: "an attempt to crush dissent", "a bid to intimidate voters"
_SILENCING = frozenset({"crush", "silence", "suppress", "intimidate", "muzzle", "stifle", "punish", "scare", "frighten", "gag",
                        "eliminate", "sideline", "destroy", "discredit", "persecute", "harass"})


def _accusing_label(named: list[Token]) -> bool:
    """Does one of the names given ("a campaign of terror", "a constitutional coup", "an attempt to crush dissent") name a
    wrong someone does? The name's head or its of-object is such a wrong, or it is an attempt whose infinitive silences."""
    for c in named:
        head = next((o for o in c.children if o.dep_ == "pobj"), c) if c.dep_ == "prep" else c  # "described it as a coup"
        words = [head, *(o for _p, o in _prep_objects(head, ("of",)))]
        if any(w.lemma_.lower() in _ACCUSING_LABELS or w.lower_ in _ACCUSING_LABELS for w in words):
            return True
        if head.lemma_.lower() in {"attempt", "bid", "effort", "ploy", "plot", "campaign", "move"} and any(
                x.dep_ in {"acl", "relcl", "xcomp"} and x.lemma_.lower() in _SILENCING for x in head.children):
            return True
    return False


# what those expelled from a country may be: envoys and foreign forces are expelled from relations (166), anyone else
# deported (174)
_ENVOYS = frozenset({"diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "inspector", "observer", "peacekeeper",
                     "troop", "soldier", "force", "mission", "contingent"})
#: verbs of telling someone to go
_ORDERING_OUT = frozenset({"order", "tell", "instruct", "give", "direct"})


def _ordered_out(sent: Span, verb_events: dict[int, EventCandidate]) -> None:
    """Ordering someone to leave the country, or declaring them persona non grata, expels them (settling rule 13: an
    order is coded by what it orders): an envoy 166, anyone else 174 ("Poland ordered a Russian diplomat to leave the
    country", "Estonia declared two Russian diplomats persona non grata"). Leaving a room or a meeting is no expulsion."""
    if _sentence_words(sent).lemmas.isdisjoint(_ORDERING_OUT | {"declare"}):
        return
    for v in sent:
        if v.pos_ != "VERB":
            continue
        i, lemma = v.i, v.lemma_.lower()
        told: list[Token] = []
        if lemma in _ORDERING_OUT:
            leave = next((c for c in v.children if c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() == "leave"), None) or next(
                (c for o in _child(v, {"dobj"}) for c in o.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() == "leave"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)  # "ordered a diplomat to leave"
            if leave is not None and leave.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ in {"to", "must", "should"}
                                                                       for a in leave.children):
                continue  # "'Egypt will not leave Gaza alone,' Kandil told reporters": what is said, no one ordered out
            objs = _child(leave, _OBJ) if leave is not None else []
            if leave is None:
                if _ordered_out_of_a_land(v):
                    verb_events[i] = _expelled(v, _child(v, {"dobj"}), sent)  # "ordered 35 Russian diplomats out of the country"
                continue
            told = _child(v, {"dobj", "dative"}) or _child(leave, _SUBJ) or _child(v, {"nsubjpass"})  # "had been ordered to leave"
            if not objs and not any(t.ent_type_ == "NORP" or t.lemma_.lower() in _ENVOYS for t in told):
                continue  # "asks you to leave": no one sent out of a country ("ordered 60 Russians to leave" is)
            if objs and any(o.lemma_.lower() not in _LEFT_LANDS and o.ent_type_ not in {"GPE"} for o in objs):
                continue  # "ordered him to leave the courtroom": no country left
        elif lemma == "declare" and "grata" in {t.lower_ for t in v.subtree}:
            told = [t for o in _child(v, _OBJ) for t in o.subtree if t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in {"persona", "grata", "non"}][:1]
        if not told:
            continue
        verb_events[i] = _expelled(v, told, sent)


def _expelled(v: Token, told: list[Token], sent: Span) -> EventCandidate:
    """The expulsion ``v`` orders of ``told``: of envoys 166, of aid agencies or their workers 1663, of anyone else 174."""
    code = "166" if any(t.lemma_.lower() in _ENVOYS for t in told) else "1663" if any(is_aid_body(t) for t in told) else "174"
    out = _verb_event(v, LexEntry("V", v.lemma_.lower(), None, None, False, code, True, origin="ordered out"), sent)
    out.targets = _refs(told)
    return out


def _ordered_out_of_a_land(v: Token) -> bool:
    """Does the order ``v`` send its object out of a land ("ordered 35 Russian diplomats out of the country", "ordered
    the envoys out of Russia")? Not out of a room or a building ("ordered the reporters out of the courtroom")."""
    if not _child(v, {"dobj"}):
        return False
    outs = [c for c in v.children if c.lower_ == "out" and c.dep_ in {"prep", "prt", "advmod"}]
    if not outs:
        return False
    lands = [o for c in outs for _, o in _prep_objects(c, ("of",))] + [o for _, o in _prep_objects(v, ("of",))]
    return any(o.lemma_.lower() in _LEFT_LANDS or o.ent_type_ == "GPE" for o in lands)


#: the lands one is ordered out of
_LEFT_LANDS = frozenset({"country", "territory", "nation", "state", "kingdom", "republic", "island", "region"})


def _alleged_labels(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """The wrong an accusing name gives an act ("called the vote a coup", "said the results were a daylight robbery") is
    what the accusation says, not what happened: reported_unconfirmed (settling rule 18)."""
    for ev in verb_events.values():
        if ev.code != "112" or ev.entry is None or ev.entry.origin != "naming":
            continue
        v = ev.sentence.doc[ev.trigger_i]
        # the names given: the naming verb's own ("called the vote a coup"), or the attribute of the clause said ("said the
        # results were a daylight robbery")
        names = [x for c in v.children if c.dep_ in {"oprd", "attr", "xcomp", "prep", "ccomp", "parataxis"}
                 for x in ([a for a in c.children if a.dep_ == "attr"] if c.dep_ in {"ccomp", "parataxis"} else [c])]
        inside = {t.i for n in names for t in n.subtree}
        for n in nouns:
            if n.trigger_i in inside and n.code[:2] in {"17", "18", "19"} and n.code != "1823":
                n.alleged = True  # (a killing named "a heinous murder" or "a massacre" is the killing told, a given)


def _said_label(v: Token, lex: Optional[Lexicon] = None) -> Optional[LexEntry]:
    """A say-verb whose clause gives an act a name of a wrong ("the BNP said the arrests were an attempt to crush
    dissent", "'This is a constitutional coup,' said Sall"): an accusation (112), coded beside the act (settling rule 18)."""
    if v.lemma_.lower() not in {"say", "tell", "add", "declare", "insist", "charge", "allege", "claim"}:
        return None
    for c in v.children:
        if c.dep_ not in {"ccomp", "parataxis"} or c.lemma_.lower() != "be" or any(x.dep_ == "neg" for x in c.children):
            continue
        if any(x.dep_ == "aux" and x.tag_ == "MD" for x in c.children):
            continue  # "said it would be a coup": a warning, no accusation
        if _accusing_label([x for x in c.children if x.dep_ == "attr"]):
            return LexEntry("V", v.lemma_.lower(), None, None, False, "112", True, origin="naming")
        judged = _judged_in_saying(v, c, lex)
        if judged is not None:
            return LexEntry("V", v.lemma_.lower(), None, None, False, judged, True, origin="judged in a saying")
    return None


def _judged_in_saying(v: Token, c: Token, lex: Optional[Lexicon]) -> Optional[str]:
    """The judgment (111 or 051) that the clause "X is Y" said by ``v`` passes on an act: "the opposition said the
    verdict was a travesty" (111 beside the verdict); None for a judgment of no act ("said the weather was terrible"), of
    a side or of "this" (the statement's own reading, with its speaker's title: '"That is a disgrace," Alvarez said'),
    or a word of no judgment."""
    named = [x for x in c.children if x.dep_ in {"attr", "acomp"}]
    if not named:
        return None
    subjects = _child(c, {"nsubj"})
    if any(x.dep_ in {"xcomp", "ccomp"} for x in [c, *named] for x in x.children):
        return None  # "said it was important to stay calm": the judgment of a deed to do, no side's act
    if not subjects or not all(x.pos_ == "NOUN" and (
            x.lemma_.lower() in _JUDGED_ACTS or (lex is not None and (row := _match_noun(x, lex)) is not None
                                                 and row.code[:2] not in _SAID_ROOTS | {"04"}))
            for x in subjects):
        return None  # (a side judged is the statement's: "said Germany were a disaster" is read there)
    # the name and its own modifiers ("a travesty", "cowardly and despicable"), not what an of-phrase holds ("the leader
    # of a terrorist organization")
    words = {w for x in named for t in [x, *(c for c in x.children if c.dep_ in {"amod", "advmod", "conj"})]
             for w in (t.lower_, t.lemma_.lower())}
    if words & (_DAMNING | _CRITICISM):
        return "111"
    if words & (_COMMENDING | _PRAISE):
        return "051"
    return None


#: verbs that judge something by the name they give it "as" ("condemned the massacre as an act of murder")
_JUDGING_AS = frozenset({"condemn", "denounce", "decry", "criticise", "criticize", "slam", "blast", "reject", "dismiss", "hail",
                         "praise", "see", "regard", "view", "describe", "portray", "depict", "present", "characterize",
                         "characterise"})


def _name_given(tok: Token) -> bool:
    """Is the event noun ``tok`` in the name a speaker gives what is judged: the second object or the predicate of a
    naming verb ("called the raid an act of state terror", "branded the crackdown a massacre") or the object of its
    "as" ("condemned the massacre as an act of murder", "denounced the deal as a surrender")? What is named is the
    object; the name names no other act."""
    t = tok
    for _ in range(6):
        h = t.head
        if h is t:
            return False
        verb = h.lemma_.lower()
        if t.dep_ in {"oprd", "attr"} and verb in _NAMING_VERBS:
            return True
        if t.dep_ == "dobj" and verb in _NAMING_VERBS and any(o.dep_ == "dobj" and o.i < t.i for o in h.children):
            return True  # "branded [the crackdown] [a massacre]"
        if t.dep_ == "pobj" and h.lower_ == "as":
            owner = h.head if h.head.pos_ in {"VERB", "AUX"} else h.head.head  # "condemned [the massacre as ...]"
            if owner.lemma_.lower() in _NAMING_VERBS | _JUDGING_AS and owner.pos_ in {"VERB", "AUX"}:
                return True
        if t.dep_ in {"dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "advcl", "relcl", "acl"} or h.pos_ in {"VERB", "AUX"}:
            return False
        t = h
    return False


def _labelled(v: Token, lex: Optional[Lexicon] = None) -> Optional[LexEntry]:
    """Naming someone or something with a damning or a commending name is disapproval (111) or praise (051).

    "Castro called Munero a ruffian", "described the attack as utterly reprehensible", "critics call him a stooge";
    "described the entry as a historic event". A name that neither damns nor commends ("called him Joe",
    "described the weather as mild") is no event.
    """
    if v.lemma_.lower() not in _NAMING_VERBS:
        return None
    named = [c for c in v.children if c.dep_ in {"oprd", "xcomp", "acomp", "attr"} or (c.dep_ == "prep" and c.lower_ in {"as", "to"})]
    named += [c for o in _child(v, _OBJ) for c in o.children if c.dep_ == "prep" and c.lower_ == "as"]  # "described [the accord as ...]"
    named += _child(v, _OBJ)[1:]  # the name read as a second object: "branded [the crackdown] [a barbaric act]"
    if not named and v.lemma_.lower() in {"call", "brand", "label", "term", "deem"}:
        # the judging adjective the parser hung inside the object, after its noun: "called [the new rule crazy]",
        # "called [the actions of the company reprehensible]" (no adjective follows its noun in English)
        judging = _DAMNING | _CRITICISM | _TROUBLING | _COMMENDING | _PRAISE
        named = [o.right_edge for o in _child(v, _OBJ) if o.right_edge.i > o.i
                 and o.right_edge.lower_ in judging
                 and o.right_edge.dep_ in {"amod", "pobj", "conj", "acomp"}]
        # ... or a name hung on the object itself, as quotation marks leave it: "called the remarks 'abhorrent and
        # delusional'", "called the withdrawal 'a huge mistake'" (not a word inside an of-phrase: "a meeting of the illegal
        # immigrants")
        named = named or [c for o in _child(v, _OBJ) for c in o.children if c.i > o.i and c.dep_ in {"amod", "appos", "acomp"}
                          and any(t.lower_ in judging for t in c.subtree)]
        # ... or read as an adverb of the verb: "called the attack [cowardly] and despicable"
        named = named or [c for c in v.children if c.dep_ == "advmod" and c.lower_ in judging and _child(v, _OBJ)
                          and c.i > _child(v, _OBJ)[0].i]
    if v.lemma_.lower() != "liken" and not named:
        return None
    # what is named must be a side or an act: "described the storm as a disaster", "called the results a success" judge no one
    objs = [o for o in _child(v, _OBJ) if o.i < min((c.i for c in named), default=len(v.doc))] or _child(v, _OBJ)[:1]
    if objs and not any(_party(o) or (lex is not None and _match_noun(o, lex) is not None) or o.lemma_.lower() in _JUDGED_THINGS
                        for o in objs):
        return None
    words = {t.lower_ for c in named for t in c.subtree} | {t.lemma_.lower() for c in named for t in c.subtree}
    if v.lemma_.lower() in {"liken", "denounce"}:
        words |= {"insult"}  # likening one to another is a slight ("likening illegals to WWII Jews")
    if any(t.dep_ == "neg" for c in named for t in c.subtree) or any(c.dep_ == "neg" for c in v.children):
        return None  # "did not call it a failure", "called it not a crime": no judgment made
    if _accusing_label(named):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "112", True, origin="naming")
    if words & (_DAMNING | _CRITICISM | _ACCUSATION) or (words & _TROUBLING and objs and not any(_party(o) or is_person(o) for o in objs)):
        # (words of concern judge an act named with them, not a person: "called the suspect dangerous" warns)
        return LexEntry("V", v.lemma_.lower(), None, None, False, "111", True, origin="naming")
    if words & (_COMMENDING | _PRAISE):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "051", False, origin="naming")
    return None


_INSPECTORS = frozenset({"inspector", "monitor", "observer", "investigator", "auditor"})


def _inspectors(v: Token) -> bool:
    """Do inspectors make the visit ("inspection teams visited nine sites", "sites visited by U.N. monitors")? (settling rule 22)"""
    doers = _active_doers(v)
    return any(t.lemma_.lower() in _INSPECTORS or any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"inspection", "monitoring"}
                                                       for c in t.children) for t in doers)


_JOINED = frozenset({"nato", "alliance", "eu", "wto", "bloc", "commonwealth", "asean", "opec", "un", "osce", "au", "mercosur",
                     "g7", "g8", "g20", "brics", "oecd", "imf", "interpol"})
# bodies of states one joins by name ("the European Union", "the Council of Europe", "the World Trade Organization");
# a city council, a labour union or a community is no alliance of states
_JOINED_NAMED = frozenset({"union", "organization", "organisation", "federation", "council", "community", "coalition", "alliance"})


def _agreed_to_act(v: Token) -> Optional[LexEntry]:
    """Agreeing to do something is an intent to do it (03, coded by the act it announces: "agreed to give her $1,000"
    0331, "agreed Monday to reinstate the chief justice"); "agreed that ..." or "agreed with" are other rows' business."""
    if v.lemma_.lower() != "agree" or any(c.dep_ == "neg" for c in v.children):
        return None
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in {"drop", "dismiss", "withdraw"} and any(
            o.dep_ == "dobj" and o.lemma_.lower() in {"charge", "count"} for o in c.children) for c in v.children):
        return None  # "prosecutors agreed to drop two charges": the charges dropped are the event (173, negated)
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           and c.lemma_.lower() not in _TRADES and not _private_undertaking(c) for c in v.children):
        return LexEntry("V", "agree", None, None, False, "030", False, origin="agreed to act")
    return None  # (not a trade: "agreed to acquire the retailer for $50 a share" is business news)


#: acts agreed to that are a job or an appearance, not a political undertaking, unless done with another side
_ENGAGEMENTS = frozenset({"sign", "hire", "speak", "attend", "appear", "play", "perform", "sing", "coach", "manage",
                          "star", "host"})
#: what one attends or signs as a side's act: "agreed to attend the peace talks", "agreed to sign the accord"
_POLITICAL_ACTS = frozenset({"talks", "talk", "summit", "negotiation", "negotiations", "conference", "meeting", "accord", "agreement",
                             "deal", "treaty", "pact", "ceasefire", "truce", "declaration", "memorandum", "protocol", "charter",
                             "convention", "petition", "bill", "law", "decree", "order", "resolution", "communique", "session"})


def _private_undertaking(act: Token) -> bool:
    """Is the act agreed to a job or an appearance ("agreed to sign the Brazilian forward", "agreed to speak at the
    graduation ceremony", "agreed to hire a new coach"), not a side's undertaking ("agreed to sign the accord",
    "agreed to attend the peace talks", "agreed to speak with the rebels")?"""
    if act.lemma_.lower() not in _ENGAGEMENTS:
        return False
    done = [o for o in _child(act, _OBJ)] + [o for _, o in _prep_objects(act, ("with", "to", "at", "in", "before"))]
    if any(o.lemma_.lower() in _POLITICAL_ACTS or o.lower_ in _POLITICAL_ACTS for o in done):
        return False
    if act.lemma_.lower() in {"speak", "attend", "appear"} and any(
            _party(o, plain=True) or o.ent_type_ in {"GPE", "ORG", "NORP"} for _, o in _prep_objects(act, ("with", "to", "before"))):
        return False  # "agreed to speak with the rebels", "agreed to appear before the committee"
    return True


#: what firms agree to do among themselves
_TRADES = frozenset({"acquire", "buy", "sell", "merge", "purchase", "license", "supply", "distribute", "market"})


def _joining(v: Token) -> Optional[LexEntry]:
    """Becoming a member of an alliance or a union of states is joining it (057): "became full members of NATO"."""
    if v.lemma_.lower() != "become":
        return None
    for a in v.children:
        if a.dep_ in {"attr", "oprd", "acomp"} and a.lemma_.lower() == "member":
            for _, o in _prep_objects(a, ("of",)):
                if o.lemma_.lower() in _JOINED or o.lower_ in _JOINED or (
                        o.pos_ == "PROPN" and (o.ent_type_ in {"ORG", "NORP", "GPE"} or o.is_title)
                        and any(t.lower_ in _JOINED | _JOINED_NAMED for t in o.subtree)
                        and not any(t.lower_ in {"city", "county", "town", "student", "students", "trade", "labor", "labour",
                                                 "credit", "parish", "municipal"} for t in o.subtree)):
                    return LexEntry("V", "become", None, None, False, "057", True, origin="membership")
    return None


def _listed(v: Token) -> Optional[LexEntry]:
    """Putting someone on a most-wanted list is a hunt for them (173, settling rule 27): "placed on the FBI's most wanted list"."""
    if v.lemma_.lower() not in {"put", "place", "add", "name"}:
        return None
    for _, o in _prep_objects(v, ("on", "to")):
        if o.lemma_.lower() == "list" and any(t.lower_ == "wanted" for t in o.subtree):
            return LexEntry("V", v.lemma_.lower(), None, None, False, "173", True, origin="wanted list")
    return None


# the law's people who find things in a search
_FINDERS = frozenset({"police", "officer", "detective", "deputy", "investigator", "agent", "authority", "trooper", "gardai",
                      "garda", "policeman", "sheriff", "fbi", "customs", "soldier", "troop", "force"})
# verbs of finding what a search turns up ("found", "located thousands of dollars' worth of stolen property", "the rifle was
# unearthed", "the car was discovered at the airport")
_FINDING_VERBS = frozenset({"find", "locate", "discover", "unearth"})
# what the police seize when they find it (1711, settling rule 28)
_SEIZED = frozenset({"drug", "drugs", "meth", "methamphetamine", "marijuana", "cannabis", "cocaine", "heroin", "gun", "weapon",
                     "rifle", "shotgun", "revolver", "pistol", "handgun", "firearm", "knife", "ammunition", "explosive", "bomb",
                     "item", "goods", "loot", "haul",
                     "property", "cash", "contraband", "gram", "kilogram", "kilo", "pound", "bag", "baggie", "cache", "stash",
                     "collection", "arsenal", "weaponry", "grenade", "device", "machine"})
_FOUND_TRAILS = frozenset({"vehicle", "car", "truck", "van",
                           # traces a crime leaves, found as evidence (an investigative step, not a seizure)
                           "evidence", "fingerprint", "dna", "hair", "fiber", "fibre", "footprint", "casing", "clue", "bloodstain"})
# words that tell a sentence is about a crime's suspect: what is found there unnamed by whom is found by the law
_SUSPECT_WORDS = frozenset({"militant", "rebel", "suspect", "gunman", "police", "fbi", "detective", "investigator", "deputy"})
# a search that turns a thing up: "the weapon was unearthed during a search of the woods"
_SEARCH_WORDS = frozenset({"search", "raid", "sweep"})


def _found_thing(v: Token, f: Token) -> Token:
    """What a finding verb's object or passive subject stands for: a relative pronoun is its clause's noun ("the cap
    that detectives found", "a bag which was found in the car")."""
    if f.lower_ in _RELPRON and v.dep_ == "relcl" and v.head.pos_ in {"NOUN", "PROPN"}:
        return v.head
    if f.lemma_.lower() in _QUANTITY_HEADS or f.like_num:
        # "thousands of dollars worth of stolen property", "dozens of rifles": the things counted or valued
        worth = [x for c in f.children if c.lemma_.lower() == "worth" for _, x in _prep_objects(c, ("of",))]
        counted = worth or [x for _, x in _prep_objects(f, ("of",))]
        if counted:
            return counted[0]
    return f


def _police_find(v: Token) -> Optional[LexEntry]:
    """What the police find: seized items are a seizure (1711), a person or a vehicle an investigative step (091); rule 28."""
    if v.lemma_.lower() not in _FINDING_VERBS or any(c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} for c in v.children):
        return None  # "found that ...", "found him guilty", "found it hard"
    subjects = _child(v, _SUBJ)
    if not subjects and v.dep_ == "conj":
        subjects = _verb_subjects(v)[0]  # "deputies responded to the call and found the man": the finders of the first verb
    found = [_found_thing(v, f) for f in _child(v, _OBJ | _SUBJPASS)]
    if not found:
        return None
    by_law = any(s.lemma_.lower() in _FINDERS or s.lower_ in _FINDERS for s in subjects) or any(
        a.lemma_.lower() in _FINDERS for a in _agent(v)) or (
        any(s.lower_ in {"they", "we"} for s in subjects) and any(t.lemma_.lower() in _FINDERS for t in v.sent if t.i < v.i))
    heads = {t.lemma_.lower() for f in found for t in _conjuncts(f)}
    if heads & _SEIZED and (by_law or (not subjects and not _agent(v) and any(c.dep_ in _SUBJPASS for c in v.children)
                                       and any(t.lemma_.lower() in _SEIZED for t in found))):  # not "found by a bank employee"
        if by_law or any(t.lemma_.lower() in _SUSPECT_WORDS for t in v.sent) or any(
                o.lemma_.lower() in _SEARCH_WORDS for _, o in _prep_objects(v, ("during", "in"))):
            return LexEntry("V", v.lemma_.lower(), None, None, False, "1711", True, origin="police find")
    if by_law and (heads & _FOUND_TRAILS or any(is_person(t) and t.lemma_.lower() not in {"victim", "body"} for f in found for t in _conjuncts(f))):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "091", True, origin="police find")
    if (heads & _FOUND_TRAILS and not subjects and not _agent(v) and any(c.dep_ in _SUBJPASS for c in v.children)
            and any(t.lemma_.lower() in _SUSPECT_WORDS for t in v.sent if t.i != v.i)):
        # "a car matching the suspect's description was found in the lot": found by the search for the suspect
        return LexEntry("V", v.lemma_.lower(), None, None, False, "091", True, origin="police find")
    return None


def _police_stop(v: Token) -> Optional[LexEntry]:
    """A person stopped by the law, or stopped for an offence, is held by it (173): "police stopped her in Newton County",
    "the trooper stopped the driver", "tried to stop two men for jaywalking". Not a thing or a process stopped ("stopped the
    car", "stopped the talks") nor a person stopped by anyone else for no offence ("the coach stopped him")."""
    if v.lemma_.lower() != "stop" or _child(v, {"xcomp", "ccomp"}):
        return None
    stopped = [o for x in _child(v, _OBJ) for o in _conjuncts(x) if is_person(o) or _surname_of_person(o)]
    if not stopped:
        return None
    subjects = _verb_subjects(v)[0]
    by_law = any(s.lemma_.lower() in _INVESTIGATORS or s.lemma_.lower() in _FINDERS for s in subjects)
    offence = any(o.tag_ == "VBG" or o.lemma_.lower() in _CRIME_WORDS for _, o in _prep_objects(v, ("for",)))
    if not (by_law or offence):
        return None
    return LexEntry("V", "stop", None, None, False, "173", False, origin="police stop")


#: offences a stop or a hold names after "for": "stopped for speeding" (a gerund) or these nouns
_CRIME_WORDS = frozenset({"speeding", "jaywalking", "questioning", "violation", "offence", "offense", "infraction"})


# small words a headline leaves in lower case ("Eight Held in Raid on Farm", "Man Charged over Assault")
_HEADLINE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "over",
                             "as", "after", "into", "near", "off", "up", "out", "than", "vs", "but", "nor", "per", "via", "that", "who",
                             "which"})


def _headline(sent: Span) -> bool:
    """Is ``sent`` written in headline case: three or more words, all but the small ones capitalised?"""
    words = [t for t in sent if t.is_alpha and t.lower_ not in _HEADLINE_SMALL]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def _headline_verb(tok: Token, sent: Span) -> bool:
    """A verb the parser read as part of a name in a headline: "Georgia Arrests Opposition Members",
    "Grand Jury Indicts Man", "Eight Alleged Plotters Detained in Georgia", "OSCE Envoy Condemns Attack".

    Only an inflected form ("-s", "-ed") right after a noun, in a sentence in headline case; its
    lexicon row is then looked up as for any verb.
    """
    if tok.pos_ != "PROPN" or tok.i == sent.start or not tok.is_title or tok.ent_type_ in {"DATE", "TIME"}:
        return False  # (the parser's entities are no guide here: it reads "Envoy Condemns Dvani Attack" as a person)
    if tok.nbor(-1).pos_ not in {"PROPN", "NOUN", "NUM", "ADJ"}:
        return False  # a verb follows its subject; "on Arms Charges" is a noun phrase
    w = tok.lower_
    if not ((w.endswith("s") and not w.endswith("ss")) or w.endswith("ed")):
        return False
    if w == "arms" and (tok.nbor(-1).lower_ in _KINDS_OF_ARMS or (
            tok.i + 1 < sent.end and tok.nbor(1).lower_ in _ARMS_COMPOUNDS)):
        return False  # "Sign Pacts Limiting Nuclear Arms", "Rebels Seize Arms Depot": the weapons, no arming
    return _headline(sent)


#: the kinds of weapons a headline's "Arms" follows as a noun ("Nuclear Arms", "Strategic Arms")
_KINDS_OF_ARMS = frozenset({"nuclear", "atomic", "strategic", "conventional", "chemical", "biological", "small", "illegal",
                            "heavy", "light", "offensive", "defensive", "tactical", "long-range", "medium-range",
                            "short-range", "intermediate-range", "more"})
#: the nouns a headline's "Arms" is the first word of ("Arms Depot", "Arms Talks", "Arms Control")
_ARMS_COMPOUNDS = frozenset({"depot", "cache", "caches", "deal", "deals", "race", "talks", "control", "sales", "sale", "embargo",
                             "dealer", "dealers", "smuggling", "trade", "shipment", "shipments", "pact", "treaty", "cuts",
                             "reduction", "reductions", "limits", "buildup", "build-up", "haul", "dump", "factory", "plant",
                             "maker", "makers", "industry", "exports", "imports", "package", "supplies", "inspectors"})


def _second_clause_passive(v: Token, sent: Span) -> bool:
    """A headline's second clause in sentence case, a participle with no auxiliary and no object after a comma: in
    "Indian ship thwarts piracy attempt, 26 pirates arrested" the pirates are held. Only in a line with no closing
    full stop (a headline), the participle the sentence's root."""
    if v.dep_ != "ROOT" or v.tag_ != "VBN" or _child(v, _OBJ | {"aux", "auxpass"}):
        return False
    last = [t for t in sent if not t.is_space][-1]
    subjects = _child(v, {"nsubj"})
    return last.text not in {".", "!", "?", '"', "\u201d"} and len(subjects) == 1 and subjects[0].left_edge.i > sent.start \
        and sent.doc[subjects[0].left_edge.i - 1].text in {",", ";"}


def _headline_passive(ev: EventCandidate) -> None:
    """A headline's past participle with no object is passive: in "Eight Plotters Detained in Georgia" the plotters are
    held, and in "Teen Killed By Police" the police did it."""
    if ev.sources and not ev.targets:
        ev.targets, ev.sources = ev.sources, []
        v = ev.sentence.doc[ev.trigger_i]
        ev.sources = _refs([o for c in v.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                            for o in c.children if o.dep_ == "pobj"])  # "Teen Killed By Police": the police did it


# wrongs one side can claim another did: rejections of norms (128), threats, protests, coercion and violence (13-20)
_WRONG_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
_OWN_SIDE = frozenset({"i", "we", "it", "its", "our", "my", "they", "their", "he", "she", "his", "her"})
_CLAIMS = frozenset({"claim", "contend", "assert", "contention", "assertion"})


def _own_side_doer(c: Token, claimants: set[str]) -> bool:
    """Is the doer ``c`` of a claimed act the claimant's own side: "it", "its fighters", "our troops", or the claimant
    named again ("the Taliban claimed Taliban fighters killed ...")?"""
    if c.lower_ in _OWN_SIDE or c.lemma_.lower() in claimants:
        return True
    return any((m.dep_ == "poss" and m.lower_ in _OWN_SIDE) or (m.dep_ in {"poss", "compound"} and m.lemma_.lower() in claimants)
               for m in c.children)


# roots of acts a subject may do of itself with no object named: yielding, withdrawing, returning (08), deploying (15)
_ERGATIVE_ROOTS = frozenset({"08", "15"})
#: nouns of lifting or easing a measure ("the lifting of sanctions")
_EASINGS = frozenset({"lifting", "easing", "removal", "suspension", "relaxation", "end", "waiver"})


def _measure_eased(n: Token) -> bool:
    """Is ``n`` a measure named as what is lifted or eased ("the lifting of sanctions on Iran")? The easing is the event."""
    return (n.lemma_.lower() in _LIFTED_MEASURES and n.dep_ == "pobj" and n.head.lower_ == "of"
            and n.head.head.lemma_.lower() in _EASINGS)


#: measures, which no one lifts or eases but someone who laid them down
_LIFTED_MEASURES = frozenset({"sanction", "embargo", "ban", "restriction", "boycott", "curfew", "blockade", "tariff"})


def _bare_passive(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate], lex: Lexicon) -> None:
    """A headline's participle with no auxiliary and no object is passive: in "Claims dismissed in immigration raid",
    "Charges dropped against protesters", "Appeal rejected by supreme court" the subject is what the verb acts on.

    Only the main verb of its sentence, in the past form, whose subject is of the kind a lexicon row of the verb
    names as its object (so "The talks ended", "Prices dropped" stay as they are); the by-phrase is the doer.
    """
    for v in sent:
        if v.dep_ != "ROOT" or v.pos_ != "VERB" or v.tag_ not in {"VBD", "VBN"} or not v.lower_.endswith(("ed", "en", "wn")):
            continue  # a participle's shape ("dismissed", "taken"), not a plain past ("Troops withdrew from the town")
        if any(c.dep_ in _OBJ | _SUBJPASS | {"aux", "auxpass", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "neg"} for c in v.children):
            continue
        subjects = _child(v, {"nsubj"})
        if len(subjects) != 1 or subjects[0].pos_ not in {"NOUN", "PROPN"} or subjects[0].left_edge.i != sent.start:
            continue  # the subject opens the headline ("Claims dismissed", not "Yesterday the claims dismissed ...")
        if _running_text(sent, subjects[0]):
            continue  # "The man choked on a piece of food.": an active verb of running text, its subject the doer
        acted = _conjuncts(subjects[0])
        lemmas = {t.lemma_.lower() for t in acted}
        for row in _lemma_rows(v, lex, "V"):
            if not row.objects or row.prep or row.code in _MOVE_CODES or (row.code[:2] in _ERGATIVE_ROOTS and not lemmas <= _LIFTED_MEASURES):
                continue  # a preposition's object ("clashed with police"); "Troops deployed", "Rebels returned": moves of one's own
                # ("Sanctions lifted", "Curfew eased": a measure does not lift itself)
            if not (lemmas & row.objects or _class_objects(row, acted)):
                continue
            ev = _verb_event(v, row, sent)
            ev.targets, ev.sources = _refs(acted), _refs(_agent(v))
            if lemmas <= _LIFTED_MEASURES:  # "Sanctions on Iran lifted": the measure's target is the lifting's, and its noun no event of its own
                ev.targets = _refs(o for t in acted for _, o in _prep_objects(t, ("on", "against")))
                nouns[:] = [n for n in nouns if n.trigger_i not in {t.i for t in acted}]
            verb_events[v.i] = ev
            break


#: articles and possessives a headline drops and running text keeps before its subject's noun
_RUNNING_TEXT_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})


def _running_text(sent: Span, subject: Token) -> bool:
    """Is ``sent`` a sentence of running text rather than a headline: not in headline case, closed by a full stop, and
    its subject led by an article or possessive ("The man choked on a piece of food.")? A headline drops all three
    ("Man choked in bar fight", "Claims dismissed in immigration raid"), and only there is a bare past participle passive.
    """
    if _headline(sent):
        return False
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].text in {'"', "'", "\u201d", "\u2019", ")"}:
        toks.pop()
    if not toks or toks[-1].text not in {".", "!", "?"}:
        return False
    if len(toks) > 20:
        return True  # longer than any headline: "Mitt Romney seized on the exchange on Tuesday, calling Russia ..."
    return any(c.dep_ in {"det", "poss"} and c.lower_ in _RUNNING_TEXT_DETS for c in subject.children)


def _claimed_wrongs(sent: Span, verb_events: dict[int, EventCandidate]) -> None:
    """A claim that another side did a wrong is an accusation (112): "Iran claims the US violated the agreement",
    "the Kremlin denies US claims that Russia hacked official emails", "Moscow contends that NATO troops crossed ...".

    Weak (kept only with an actor the knowledge knows); not a claim of one's own act ("the group claimed it
    carried out the attack", "claimed responsibility", which the lexicon codes 015).
    """
    if _CLAIMS.isdisjoint(_sentence_words(sent).lemmas):
        return
    for tok in sent:
        if tok.lemma_.lower() not in _CLAIMS or tok.i in verb_events or tok.pos_ not in {"VERB", "NOUN"}:
            continue
        content = [c for c in tok.children if c.dep_ in ({"ccomp"} if tok.pos_ == "VERB" else {"acl", "ccomp"}) and c.pos_ in {"VERB", "AUX"}]
        said = {t.i for c in content for t in c.subtree}
        wrongs = [ev for i, ev in verb_events.items() if i in said and (ev.code[:2] in _WRONG_ROOTS or ev.code == "128")]
        claimants = {c.lemma_.lower() for c in tok.children if c.dep_ in _SUBJ | {"poss", "compound"}}
        if not wrongs or any(any(c.dep_ in _SUBJ | _SUBJPASS and _own_side_doer(c, claimants) for c in sent.doc[ev.trigger_i].children)
                             for ev in wrongs):
            continue
        row = LexEntry("V", tok.lemma_.lower(), None, None, False, "112", False, origin="claimed wrong")
        ev = _verb_event(tok, row, sent)
        if tok.pos_ == "NOUN":  # "US claims that ...": the claimant is the noun's owner or its name modifier
            ev.sources = _refs(c for c in tok.children if c.dep_ in {"poss", "compound"})
        verb_events[tok.i] = ev


def _case_told(v: Token) -> bool:
    """Does the sentence of ``v``, or one of the two before it, tell a court case (a court, a judge, a ruling)?"""
    doc, sent = v.doc, v.sent
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return any(t.lower_ in _CASE_WORDS for t in doc[start : sent.end])


# what makes an appeal one to a court (115): "a federal court appeal", "upheld on appeal", "lose their appeal"
_COURT_WORDS = frozenset({"court", "federal", "legal", "judicial", "supreme", "appellate", "high", "district", "circuit"})
_APPEAL_COURTS = frozenset({"court", "tribunal", "judge", "justice", "bench"})
# words of a court case told near a bare "appeal" ("a federal judge ruled ... they plan to appeal")
_CASE_WORDS = frozenset({"court", "courts", "judge", "judges", "ruling", "ruled", "verdict", "conviction", "convicted", "sentence",
                         "sentenced", "lawsuit", "injunction", "tribunal", "jury", "acquitted", "acquittal"})
_APPEAL_VERBS = frozenset({"file", "lodge", "lose", "win", "hear", "reject", "dismiss", "uphold", "launch", "consider", "rule",
                           "grant", "deny", "allow"})


# a plea's verdict words: "pleaded guilty", "a not guilty plea", "pleads no contest"
_VERDICT_PLEAS = frozenset({"guilty", "innocent", "contest"})


def _verdict_words(t: Token) -> bool:
    """Does the plea ``t`` (the verb "plead" or the noun "plea") carry a verdict word of its own: "pleaded guilty",
    "pleads not guilty to ...", "a not guilty plea", "a plea of no contest"? Not "pleaded for calm", "a plea for help"."""
    own = [c for c in t.children if c.dep_ in {"acomp", "oprd", "advmod", "dobj", "attr", "amod", "compound", "xcomp", "ccomp"}]
    own += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ in {"pobj", "amod"}]
    return any(c.lower_ in _VERDICT_PLEAS or any(g.lower_ in _VERDICT_PLEAS for g in c.children) for c in own)


#: what an authority grants or withholds: "denied a handgun permit", "was denied bail", "denied them entry"
_GRANTS = frozenset({"permit", "licence", "license", "visa", "bail", "parole", "access", "entry", "admission", "asylum", "passport",
                     "request", "application", "appeal", "petition", "permission", "clemency", "pardon", "citizenship", "residency",
                     # what a court turns down ("the judge denied the motion for a new trial", "denied the defence's objection")
                     "motion", "objection", "injunction", "stay", "continuance", "extradition", "waiver"})


#: what one puts to another that a denial turns down: "denied a plea offer", "denied the bid to reopen the case"
_PROPOSALS = frozenset({"offer", "proposal", "bid"})


def _withheld(v: Token) -> bool:
    """Is "deny" a grant refused: a person (or people) denied something ("had been denied a permit", "denied him bail",
    "denied them entry"), something granted or offered denied ("denied the request for asylum", "denied a plea
    offer"), or a person alone as its object
    ("Nixon denied him")? Not a claim denied ("denied the report", "denied that he would leave", "denies wrongdoing")."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in v.children):
        return False
    objects = [c for c in v.children if c.dep_ in {"dobj", "obj", "dative", "iobj"}]
    passive_person = [c for c in v.children if c.dep_ == "nsubjpass" and (c.pos_ in {"PRON", "PROPN"} or is_person(c))]
    # an offer denied is one turned down ("denied a plea offer"), not "denied the offer of a bribe" (a claim denied)
    granted = [o for o in objects if o.lemma_.lower() in _GRANTS
               or (o.lemma_.lower() in _PROPOSALS and not _prep_objects(o, ("of",)))]
    if granted and (passive_person or len(objects) > 1 or any(c.dep_ in {"dative", "iobj"} for c in v.children) or v.lemma_ == "deny"):
        return True
    if not objects and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _GRANTS for c in v.children):
        return True  # "requests for more security were denied", "his visa was denied": a grant refused
    people = [o for o in objects if o.pos_ == "PRON" and o.lower_ in {"him", "her", "them", "me", "us"}]
    return bool(people) and len(objects) == len(people)


_QUESTION_WORDS = frozenset({"if", "whether", "what", "who", "why", "where", "when", "how", "which"})


def _law_question(v: Token) -> bool:
    """Is "ask" the law's investigators putting a question: a question clause ("what she saw", "if she saw a gun",
    "whether ...") asked by police, detectives or investigators ("police asked the public to stay away" is an appeal)?"""
    questions = [c for c in v.children if c.pos_ in {"VERB", "AUX"} and (
        (c.dep_ in {"ccomp", "dobj"} and any(g.lower_ in _QUESTION_WORDS and g.i < c.i for g in c.subtree))
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)))]
    if not questions:
        return False
    subjects, passive = _verb_subjects(v)
    # the parser may hang the agent on the question's verb: "was asked what she saw by detectives"
    doers = (_agent(v) or [a for q in questions for a in _agent(q)]) if passive else subjects
    return any(d.lemma_.lower() in _INVESTIGATORS or d.lower_ in _INVESTIGATORS for d in doers)

_DECISIONS = frozenset({"decision", "ruling"})


def _decision(n: Token, lex: Lexicon) -> Optional[LexEntry]:
    """A side's decision to do a codeable act is an intent on the decision noun (03, settling rule 36), beside the act
    with its own factuality: "the ministry's decision to release the two journalists", "the decision by the agency
    that the child must be returned". Weak: it needs a known side (its owner, a name before it, a by-phrase). A decision
    about nothing codeable ("the decision to retire", "a tough decision") is none."""
    if n.lemma_.lower() != "decision" or n.pos_ != "NOUN":
        return None
    for c in n.children:
        if c.dep_ == "acl" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            act = c
        elif c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            act = c
        else:
            continue
        if _match_verb(act, lex) is not None:
            return LexEntry("N", "decision", None, None, False, "030", False, origin="decision")
    return None


#: how talk is overheard by others: "wiretapped conversations", "intercepted calls", "recorded phone calls"
_OVERHEARING = frozenset({"wiretap", "wiretapped", "intercept", "intercepted", "record", "recorded", "tape", "taped", "bug",
                          "bugged", "eavesdrop", "monitor", "monitored", "secretly-recorded"})


def _overheard(n: Token) -> bool:
    """Is the talk ``n`` heard by someone who taps it ("wiretapped conversations", "police recorded his phone calls",
    "transcripts of intercepted calls")?"""
    if any(c.dep_ in {"amod", "compound"} and (c.lemma_.lower() in _OVERHEARING or c.lower_ in _OVERHEARING) for c in n.children):
        return True
    return n.dep_ in _OBJ and n.head.lemma_.lower() in _OVERHEARING


#: calls and messages that can carry a threat ("a threatening phone call")
_MESSAGE_NOUNS = frozenset({"call", "phone call", "telephone call", "letter", "message", "email", "e-mail", "text", "note"})


#: what marks an appeal as a plea for aid: "a flash appeal", "an emergency appeal", "a donor appeal"
_PLEA_KINDS = frozenset({"flash", "emergency", "humanitarian", "urgent", "donor", "aid", "fundraising", "relief"})


def _plea_for_help(n: Token) -> bool:
    """Is the noun "appeal" a plea for aid or money: a flash, emergency or donor appeal, or one for a sum, for aid or for
    funds ("launched a flash appeal for $282 million", "an appeal for food aid")? One to a court stays legal."""
    if any(o.lemma_.lower() in _APPEAL_COURTS for _, o in _prep_objects(n, ("to", "in", "before"))):
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in _PLEA_KINDS for c in n.children):
        return True
    return any(_sum_of_money(o) or o.lemma_.lower() in {"aid", "assistance", "help", "fund", "funds", "funding", "donation", "food", "money"}
               for _, o in _prep_objects(n, ("for",)))


def _nuclear_test_text(n: Token) -> bool:
    """Is ``n`` in a text of a nuclear test ("nuclear test", "nuclear device") whose sentence tells no bombing's toll?"""
    lemmas = doc_lemmas(n.doc)
    here = {t.lemma_.lower() for t in n.sent}
    if "nuclear" not in lemmas or not (lemmas & {"test", "device", "warhead"} or "nuclear" in here):
        return False
    if not here & {"nuclear", "test", "tremor", "seismic", "magnitude", "underground", "yield", "site"}:
        return False  # (not "a gas explosion at a coal mine" in the same story)
    return not here & (_CASUALTY_VERBS | {"bomber", "suicide", "car", "market", "mosque", "bus", "gas", "mine", "pipeline", "factory"})


def _recoded_noun(n: Token, row: LexEntry) -> LexEntry:
    """A noun row read in its other sense by its setting.

    An appeal in a court is a legal act (115), not a plea (020): "a federal court appeal", "upheld on appeal",
    "if they lose their appeal". A call for someone to act is an appeal (020), not a telephone call: "reiterated
    calls for Israel to accept a two-state solution" (the parser hangs "for" on the infinitive).
    """
    lemma = n.lemma_.lower()
    if lemma in {"blast", "explosion", "detonation"} and row.code[:2] == "18" and _nuclear_test_text(n):
        # "the blast triggered a tremor of magnitude 4.9" in a story of a nuclear test: the test told again (150)
        return LexEntry("N", lemma, None, None, False, "150", True, origin="a nuclear test told again")
    if lemma == "appeal" and row.code == "020" and _plea_for_help(n):
        # "launched a flash appeal for $282 million", "an appeal for food aid": a plea for aid (023), no court appeal
        return LexEntry("N", "appeal", None, None, False, "023", True, origin="appeal for aid")
    # an appeal from a side or to do something is a plea unless a court word qualifies it ("appeals from the UN to
    # reconsider"); else the setting tells a court appeal
    pleaded = any(_party(o) for _, o in _prep_objects(n, ("from",))) or any(c.dep_ in {"acl", "relcl"} and _infinitive(c) for c in n.children)
    if lemma == "appeal" and row.code == "020" and (
            any(c.dep_ in {"compound", "amod"} and c.lower_ in _COURT_WORDS for c in n.children)
            or (not pleaded and (
                (n.dep_ == "pobj" and n.head.lower_ == "on" and n.head.head.lemma_.lower() in {"uphold", "overturn", "reverse", "quash"})
                or (n.dep_ in _OBJ and n.head.lemma_.lower() in _APPEAL_VERBS)
                or any(o.lemma_.lower() in _APPEAL_COURTS for _, o in _prep_objects(n, ("to", "in", "before")))
                or (n.dep_ in _SUBJ and any(o.lemma_.lower() in _APPEAL_COURTS for _, o in _prep_objects(n.head, ("to", "in", "before"))))))):
        # "an appeal to the Supreme Court", "the relatives' appeal goes to federal court"
        return LexEntry("N", "appeal", None, None, False, "115", row.strong, origin="court appeal")
    if lemma == "plea" and row.code[:2] == "02" and _verdict_words(n):
        # "entered a not guilty plea", "a plea of guilty": an answer to a charge in court (015, as "pleaded guilty"), no appeal
        return LexEntry("N", "plea", None, None, False, "015", True, origin="court plea")
    if lemma == "call" and row.code == "041" and n.i + 1 < len(n.doc) and n.nbor(1).lower_ == "for" and n.nbor(1).dep_ == "mark":
        return LexEntry("N", "call", "for", None, False, "020", row.strong, origin="call for")  # "calls for Israel to accept"
    if row.code[:2] == "04" and lemma in _MESSAGE_NOUNS and any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"threatening", "threaten", "threat"} for c in n.children):
        # "someone made a threatening phone call to the bank", "a threatening letter": a threat (130), no consultation
        return LexEntry("N", row.lemma, None, None, False, "130", True, origin="threatening message")
    if lemma == "release" and row.code == "084" and _freed_person(n):
        return LexEntry("N", "release", None, None, False, "0841", True, origin="person freed")  # "upon her release"
    if (lemma in {"warning", "alert", "advisory"} and row.code[:2] in {"13", "15"}) and _hazard_warning(n):
        # "issued an alert after an outbreak of cholera", "a warning on cantaloupes", "a travel warning": a warning of a
        # hazard is a statement of something bad to come (012), no threat (13) and no alert of forces (15)
        return LexEntry("N", lemma, None, None, False, "012", row.strong, origin="hazard warning")
    if lemma == "charge" and row.code[:2] == "17" and n.dep_ in _OBJ and n.head.lemma_.lower() in _VOICING and any(
            c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in n.children):
        # "repeated charges that the ruling party had bought votes": what one charges someone with saying it, an
        # accusation (112); the law's charges are brought with a crime ("charges of fraud")
        return LexEntry("N", "charge", None, None, False, "112", row.strong, origin="charges that")
    return row


#: what a warning or an alert of a hazard is of or for: a disease, a product, a crisis, travel, the weather
_WARNED_HAZARDS = frozenset({"outbreak", "epidemic", "pandemic", "disease", "virus", "flu", "influenza", "cholera", "salmonella",
                             "measles", "crisis", "danger", "risk", "shortage", "famine", "drought", "travel", "trip", "disaster",
                             "catastrophe", "recession", "scam", "fraud", "product", "food", "water", "heat", "cold", "storm",
                             "flood", "flooding", "hurricane", "tornado", "typhoon", "tsunami", "wind", "snow", "ice", "fog",
                             "weather", "fire", "wildfire", "avalanche", "landslide", "smog", "pollution", "contamination",
                             "health", "consumer", "safety", "recall", "amber", "frost", "rain", "thunderstorm", "blizzard"})
#: words that make a warning or an alert one of force: "a terror alert", "troops on alert", "warned of retaliation"
_FORCE_ALERT = frozenset({"terror", "terrorist", "military", "army", "troop", "troops", "force", "forces", "attack", "strike",
                          "retaliation", "war", "missile", "nuclear", "security", "police", "soldier", "soldiers", "combat",
                          "invasion", "bomb", "reprisal", "consequence", "consequences", "action", "response", "sanction"})


def _hazard_warning(n: Token) -> bool:
    """Is the warning, alert or advisory ``n`` one of a hazard ("a health alert", "a warning on cantaloupes after
    salmonella outbreaks", "issued alerts to their citizens, warning of travel to the region", "a warning to consumers"
    after an outbreak), not of force ("a terror alert", "warned of retaliation", "troops put on alert")? Read on its
    modifiers and complements, then on its sentence: a hazard named and no word of force."""
    if _force_told(n.sent):
        return False
    near = [w for c in n.children if c.dep_ in {"compound", "amod", "nmod", "prep"} for w in c.subtree]
    if any(w.lemma_.lower() in _WARNED_HAZARDS or w.lower_ in _WARNED_HAZARDS for w in near):
        return True
    return any(hazard(w) or w.lemma_.lower() in _WARNED_HAZARDS for w in n.sent if w.pos_ == "NOUN")


def _force_told(sent: Span) -> bool:
    """Does the sentence name force (troops, an attack, retaliation, a terror alert), so that a warning in it may be a
    threat or an alert of forces?"""
    return any(w.lemma_.lower() in _FORCE_ALERT or w.lower_ in _FORCE_ALERT for w in sent)


#: words that make a "force" staff rather than an armed force: "sales force", "work force", "task force"
_CIVIL_FORCES = frozenset({"sales", "work", "labor", "labour", "task", "field", "service", "market", "retail"})
#: verbs of laying hands on or hurting a person that are blows only when a person does them to a body
_HANDLING_VERBS = frozenset({"grab", "drag", "harm"})


def _bodily(v: Token) -> bool:
    """Is the blow ``v`` done by people to a body: its doer (subject or by-phrase) a person, people or a body of them, or
    no doer named ("she was grabbed from behind"), and a person dragged only into a place or a vehicle ("dragged her
    into a van", not "dragged him into the dispute")? Not a thing or a measure doing it ("the scandal harmed him")."""
    subjects, passive = _verb_subjects(v)
    doers = _agent(v) if passive or _child(v, {"auxpass"}) else subjects
    if not all(is_person(d) or d.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or d.lemma_.lower() in _PERSON_DOERS
               or d.lower_ in {"he", "she", "they", "i", "we", "who"} or (d.lemma_.lower() in _PEOPLE and not _instrument(d))
               for d in doers):
        return False
    return all(is_vehicle(o) or is_place_object(o) or o.lemma_.lower() in _DRAGGED_INTO for _, o in _prep_objects(v, ("into",)))


#: where a person is dragged bodily: cars and rooms, beside the vehicle and place nouns of the data
_DRAGGED_INTO = frozenset({"car", "van", "truck", "vehicle", "suv", "house", "home", "room", "alley", "woods", "bushes", "building",
                           "apartment", "flat", "yard", "field", "water", "river", "street", "road"})


#: posts one is returned to ("returned him to office", "back to power"): an election or a reinstatement, no release
_POSTS_LEFT = frozenset({"office", "power", "post", "seat", "parliament", "congress", "senate", "lineup", "field", "squad", "duty", "work"})
#: whom a product is put out to: "released the new version to users"
_MARKETS = frozenset({"user", "customer", "public", "market", "store", "subscriber", "consumer", "shop", "theater", "theatre"})
#: the people a person is given back to, beside a person named: "returned to his family"
_KIN_GROUPS = frozenset({"family", "parent", "relative", "guardian"})
#: what "refuse" (rubbish) names before it: "refuse collection", "refuse piles"
_REFUSE_THINGS = frozenset({"collection", "pickup", "truck", "lorry", "pile", "heap", "dump", "disposal", "bin", "service",
                            "site", "worker", "removal", "tip", "container", "sack", "bag"})
#: where one is let out of that is no captivity: "his release from hospital", "her release from the contract"
_NOT_CAPTIVITY = frozenset({"hospital", "clinic", "care", "contract", "obligation", "deal", "team", "club"})


def _freed_person(n: Token) -> bool:
    """Is the release noun ``n`` a person's, set free ("upon her release", "Smith's release from prison", "the release of
    the boy")? Not a work put out ("her new release", "the album's release") nor one let out of hospital or a contract."""
    if any(c.dep_ in {"amod", "compound"} for c in n.children):
        return False  # "her latest release", "a news release", "early release programs"
    if any(o.lemma_.lower() in _NOT_CAPTIVITY for _, o in _prep_objects(n, ("from",))):
        return False
    owners = [c for c in n.children if c.dep_ == "poss"] + [o for _, o in _prep_objects(n, ("of",))]
    return any(is_person(o) or o.lower_ in {"his", "her", "their"} for o in owners)


# verbs by which one voices a charge or a claim oneself: "repeated charges that ...", "levelled charges that ..."
_VOICING = frozenset({"repeat", "reiterate", "renew", "make", "level", "voice", "raise", "echo"})


# the law's investigators (not soldiers: troops searching homes coerce)
_INVESTIGATORS = frozenset({"police", "officer", "detective", "deputy", "investigator", "agent", "authority", "trooper", "gardai", "patrol",
                            "garda", "policeman", "policewoman", "sheriff", "fbi", "prosecutor", "inspector", "constable"})
# investigative steps (091, settling rule 23): the verb, and the preposition it needs ("" none)
_INQUIRY_STEPS = {"interview": "", "question": "", "interrogate": "", "search": "", "scan": "", "canvass": "", "comb": "",
                  "examine": "", "analyze": "", "analyse": "", "review": "", "trace": "", "look": "at", "speak": "with",
                  "check": ""}
# bodies of inquiry whose review of a matter is an investigation (090): "the panel looked at ...", "the commission
# examined ...", "the Justice Department is reviewing whether ..." (a department only of justice)
_INQUIRING_BODIES = frozenset({"panel", "commission", "tribunal", "inquiry", "inspectorate", "ombudsman"})
# the steps that may weigh a question in place of an object: "reviewing whether the relatives ...", "examining if ..."
_WEIGHING_STEPS = frozenset({"review", "examine", "check", "analyze", "analyse"})


def _inquiry_body(t: Token) -> bool:
    """Is ``t`` a body of inquiry (a panel, a commission, the Justice Department), not the law's own officers?"""
    lemma = t.lemma_.lower()
    if lemma in _INQUIRING_BODIES:
        return True
    return lemma == "department" and any(c.dep_ == "compound" and c.lower_ == "justice" for c in t.children)


def _weighs_question(v: Token) -> bool:
    """Does ``v`` take a whether- or if-clause in place of an object ("is reviewing whether the move was lawful")?"""
    return v.lemma_.lower() in _WEIGHING_STEPS and any(
        c.dep_ in {"ccomp", "advcl"} and any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
        for c in v.children)


def _law_inquiry(v: Token) -> Optional[LexEntry]:
    """An investigative step by the law (091, settling rule 23): "investigators interviewed hundreds of residents",
    "police questioned Ms. Odell", "officers looked at surveillance video", "detectives spoke with the victim",
    "the vehicle used in the shooting was searched, authorities said", "was interviewed under caution"."""
    lemma = v.lemma_.lower()
    prep = _INQUIRY_STEPS.get(lemma)
    if prep is None or (prep and not any(c.dep_ == "prep" and c.lower_ == prep for c in v.children)):
        return None
    if not prep and not (_child(v, _OBJ) or _child(v, _SUBJPASS) or _child(v, {"auxpass"}) or _weighs_question(v)):
        return None  # "police searched": the object searched for is the act's point ("searched for the suspect" is 173)
    subjects, passive = _verb_subjects(v)
    # a passive conjunct takes no doer from the first verb's subject: "the evidence arrived and is being analyzed"
    passive = passive or any(c.dep_ == "auxpass" for c in v.children)
    doers = _agent(v) if passive else subjects
    if doers and all(_inquiry_body(t) for t in doers):
        # "the panel will look at the exodus", "the Justice Department is reviewing whether ...": an inquiry (090)
        return LexEntry("V", lemma, prep or None, None, False, "090", True, origin="law inquiry")
    by_law = any(t.lemma_.lower() in _INVESTIGATORS or t.lower_ in _INVESTIGATORS for t in doers)
    if not doers and passive:
        # "was interviewed under caution"; "the vehicle ... was searched, authorities said"
        by_law = any(c.dep_ == "prep" and c.lower_ == "under" and any(o.lemma_.lower() == "caution" for o in c.children)
                     for c in v.children) or any(t.lemma_.lower() in _INVESTIGATORS for t in v.sent)
    if not by_law and any(t.lower_ in {"they", "we"} for t in doers):
        by_law = any(t.lemma_.lower() in _INVESTIGATORS for t in v.sent if t.i < v.i)
    return LexEntry("V", lemma, prep or None, None, False, "091", True, origin="law inquiry") if by_law else None


#: verbs that carry out a warrant, and what a search warrant carried out is: a search (091; an arrest warrant's arrest is
#: coded on its own noun)
_SERVING_VERBS = frozenset({"execute", "serve", "conduct", "carry"})
_WARRANT_ACTS = {"search": "091"}


def _warrant_served(v: Token) -> Optional[LexEntry]:
    """A search warrant executed, served or conducted is the search done ("deputies conducted a search warrant at his
    home", 091); a warrant sought, obtained or issued is no act yet. The warrant is no side of it."""
    lemma = v.lemma_.lower()
    if lemma not in _SERVING_VERBS or (lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children)):
        return None
    for o in [*_child(v, _OBJ), *_child(v, _SUBJPASS)]:
        if o.lemma_.lower() != "warrant":
            continue
        kinds = [_WARRANT_ACTS[c.lemma_.lower()] for c in o.children if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _WARRANT_ACTS]
        if kinds:
            return LexEntry("V", lemma, None, None, False, kinds[0], True, origin="warrant served")
    return None


#: verbs and nouns of searching for someone, with the preposition naming the one sought ("searched for", "the hunt for")
_SEARCH_VERBS = frozenset({"search", "hunt", "look"})
_SEARCH_NOUNS = frozenset({"search", "hunt", "manhunt"})
#: lemmas that mark a named person as a crime's suspect in a sentence naming them ("charged with", "wanted for",
#: "a suspect in", "a fugitive")
_SUSPECT_MARKS = frozenset({"charge", "accuse", "suspect", "indict", "wanted", "fugitive", "warrant", "allegedly"})


def _named_suspect(t: Token) -> bool:
    """Is ``t`` a named person the text marks as a crime's suspect: some sentence of the document names them (by the
    last word of the name) beside a word of suspicion ("who also is charged with murder", "wanted for the shooting")?
    A missing person or a victim sought is not ("police searching for the kidnapped engineer")."""
    people = [e for e in t.doc.ents if e.label_ == "PERSON"]
    if t.ent_type_ == "PERSON":
        ent = next((e for e in people if e.start <= t.i < e.end), None)
        last = (ent[-1] if ent is not None else t).text
    elif t.pos_ == "PROPN" and any(e[-1].text == t.text for e in people):
        last = t.text  # a surname alone, named in full before ("the search for Kopp")
    else:
        return False
    for sent in t.doc.sents:
        if any(w.text == last for w in sent) and any(w.lemma_.lower() in _SUSPECT_MARKS or w.lower_ in _SUSPECT_MARKS
                                                     for w in sent):
            return True
    return False


def _suspect_search(tok: Token) -> Optional[LexEntry]:
    """A search or hunt for a named suspect is a pursuit by the law (173, guidelines rule 9): "deputies continued to
    search for [a man charged with murder]", "the search for [the fugitive] was extended", "joined the hunt for X".

    The verb needs the law as its searchers (not volunteers looking for a hiker); the noun may leave them unnamed.
    The one sought must be a person the document marks as a suspect (:func:`_named_suspect`); the suspect nouns
    themselves ("search for the gunman") are the lexicon's.
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _SEARCH_VERBS:
        subjects, passive = _verb_subjects(tok)
        doers = _agent(tok) if passive else subjects
        if any(t.lower_ in {"they", "we"} for t in doers):
            doers = [t for t in tok.sent if t.i < tok.i and t.lemma_.lower() in _INVESTIGATORS] or doers
        if not any(t.lemma_.lower() in _INVESTIGATORS or t.lower_ in _INVESTIGATORS for t in doers):
            return None
        kind = "V"
    elif tok.pos_ == "NOUN" and lemma in _SEARCH_NOUNS:
        kind = "N"
    else:
        return None
    sought = [o for _, o in _prep_objects(tok, ("for",))]
    if kind == "N" and not sought and tok.dep_ in _OBJ:
        # "joined the hunt for X": the parser may hang the for-phrase on the verb that takes the noun
        sought = [o for _, o in _prep_objects(tok.head, ("for",)) if o.i > tok.i]
    if not any(_named_suspect(x) for o in sought for x in _conjuncts(o)):
        if kind == "V" and any(_traced(x) for o in sought for x in _conjuncts(o)):
            # "police are looking for a gray Dodge", "for leads", "for two women in connection with her disappearance":
            # the law's inquiry (091; trnews gold), not yet a pursuit of a suspect
            return LexEntry(kind, lemma, "for", None, False, "091", True, origin="inquiry step")
        return None
    return LexEntry(kind, lemma, "for", None, False, "173", True, origin="suspect search")


def _no_comment(v: Token) -> bool:
    """Is ``v`` a refusal to comment: "would not comment on the slaying", "has not commented on the matter", "would not
    talk about whether ..."? A finite verb with a subject and its own "not" ("don't talk while praying" is an order;
    "I am not talking on behalf of anyone" and "did not discuss the treaty with Putin" are no refusals)."""
    lemma = v.lemma_.lower()
    if lemma not in {"comment", "talk", "elaborate"} or not any(c.dep_ == "neg" for c in v.children) or _child(v, _OBJ):
        return False
    if not _child(v, _SUBJ) or any(s.lower_ in {"i", "we"} for s in _child(v, _SUBJ)):
        return False  # "'I will not comment on the case,' the minister said": the quotation's content
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or v.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in v.children) and lemma == "talk":
        return False
    return lemma != "talk" or any(c.dep_ == "prep" and c.lower_ == "about" for c in v.children)


# what the law looks for in an inquiry: leads, witnesses, a vehicle
_TRACES = frozenset({"lead", "clue", "witness", "information", "evidence", "car", "vehicle", "truck", "van", "suv", "sedan", "pickup",
                     "motorcycle", "driver", "tip"})


def _traced(o: Token) -> bool:
    """Is ``o`` what an inquiry looks for: a lead, a witness, a vehicle, or people sought "in connection with" a case?"""
    if o.lemma_.lower() in _TRACES or is_vehicle(o):
        return True
    return is_person(o) and any(p.dep_ == "prep" and p.lower_ == "in" and any(c.lower_ == "connection" for c in p.children)
                                for p in o.children)


_JAILS = frozenset({"jail", "prison", "gaol", "lockup"})
# verbs that put or find someone in jail ("is now in jail", "went to jail", "was sent to prison", "landed in jail")
_JAILING_VERBS = frozenset({"be", "go", "send", "land", "put", "throw", "take", "end"})


def _jailed(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate], lex: Lexicon) -> list[EventCandidate]:
    """Someone in jail or sent to jail is held by the law (173), when the sentence names no arrest or sentence of its own:
    "a Harlem woman ... is now in jail, accused of robbery", "the man accused of knifing him went to jail"."""
    if _JAILS.isdisjoint(_sentence_words(sent).lemmas) or any(ev.code[:3] in {"173", "116"} for ev in [*verb_events.values(), *nouns]):
        return []
    out: list[EventCandidate] = []
    for tok in sent:
        if tok.lemma_.lower() not in _JAILS or tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "to"}:
            continue
        v = tok.head.head
        if v.lemma_.lower() not in _JAILING_VERBS or any(c.dep_ in {"det", "poss", "compound", "amod"} for c in tok.children):
            continue  # "in the county jail" names a place; "in jail" says someone is held
        if any(c.dep_ == "advmod" and c.lower_ in {"still", "already"} for c in v.children):
            continue  # "was still in jail": a stay, not a new detention
        if any(c.dep_ in _SUBJ | _SUBJPASS and not (is_person(c) or c.lower_ in {"he", "she", "they"}) for c in v.children):
            continue
        row = LexEntry("N", tok.lemma_.lower(), None, None, False, "173", True, origin="in jail")
        cand = _noun_event(tok, row, sent, lex)
        cand.targets = _refs(c for c in v.children if c.dep_ in _SUBJ | _SUBJPASS)
        cand.sources = []
        out.append(cand)
        break
    return out


_BAIL_NOUNS = frozenset({"bail", "bond"})


def _money(t: Token) -> bool:
    """Does ``t`` name a sum of money ("$25,000", "50,000 dollars", "$10,000 cash")?"""
    return t.ent_type_ == "MONEY" or t.tag_ == "$" or any(c.tag_ == "$" or c.ent_type_ == "MONEY" for c in t.children)  # "$10,000 cash"


def _bail_set(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate], lex: Lexicon) -> list[EventCandidate]:
    """Bail or bond set at a sum lets the accused go on it (0841, guidelines: granting bail): "Bond was set at $20,000
    for Johnson", "the judge set bail at $5,000", "arraigned Tuesday, with bond set at $50,000".

    The noun is what "set" acts on (its object or passive subject), bare (no "bond market", "bond issue"), and the
    "at" phrase is a sum of money: a price, a rate or an age ("the bonds were set at 4 percent", "a bond set at an
    early age") is no bail. The one let go is the bond's owner, the "for" phrase, or the clause's subject.
    """
    if _BAIL_NOUNS.isdisjoint(_sentence_words(sent).lemmas):
        return []
    if any(ev.code[:3] == "084" for ev in [*verb_events.values(), *nouns]):
        return []  # "released on $5,000 bail": the release is coded on its verb
    out: list[EventCandidate] = []
    for tok in sent:
        if tok.lemma_.lower() not in _BAIL_NOUNS or tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ not in _OBJ | _SUBJPASS | {"nsubj"}:
            continue
        v = tok.head
        if v.lemma_.lower() != "set" or v.pos_ != "VERB" or any(c.dep_ in {"compound", "amod", "nmod"} for c in tok.children):
            continue
        if tok.dep_ == "nsubj" and v.dep_ not in {"pcomp", "advcl", "acl"}:
            continue  # "the bond set a record": an active subject sets something else
        if not any(_money(o) for _, o in _prep_objects(v, ("at",))):
            continue
        row = LexEntry("N", tok.lemma_.lower(), None, None, False, "0841", True, origin="bail set")
        cand = _noun_event(tok, row, sent, lex)
        cand.anchor_i = v.i  # tense, mood and negation are the verb's ("was set", "will be set", "was not set")
        freed = [c for c in tok.children if c.dep_ == "poss"] or [o for _, o in _prep_objects(v, ("for",)) + _prep_objects(tok, ("for",))]
        if not freed and v.dep_ in {"pcomp", "advcl"}:  # "Givens was arraigned, with bond set at ...": the clause's subject
            clause = v.head.head if v.head.dep_ == "prep" else v.head
            freed = [c for c in clause.children if c.dep_ in _SUBJ | _SUBJPASS]
        if tok.lemma_.lower() == "bond" and not _bond_of_accused(tok, v, freed):
            continue  # "the Treasury set the bond at $10 billion", "bonds for the bridge were set at": finance, nobody freed
        cand.targets = _refs(freed)
        cand.sources = _refs(_child(v, {"nsubj"})) if tok.dep_ in _OBJ else []
        out.append(cand)
        break
    return out


#: who sets bail, and what is done to the accused in the clause a bond set at a sum hangs on
_BAIL_SETTERS = frozenset({"judge", "magistrate", "court", "commissioner", "justice"})
_BAIL_HOSTS = frozenset({"arraign", "charge", "jail", "book", "hold", "detain", "arrest", "indict", "remand"})


def _bond_of_accused(tok: Token, v: Token, freed: Sequence[Token]) -> bool:
    """Is the bond ``tok`` set by ``v`` an accused person's (bail), not a debt (a city's, a Treasury's, a project's)?

    Only a singular bond, with a person to let go (its owner or the "for" person: "Smith's bond", "bond was set at
    $20,000 for Johnson", "Lopez was arraigned, with bond set at ...") or a court setting it ("the judge set bond at")
    or a criminal step in the clause it hangs on ("was charged and held on bond set at ...")."""
    if tok.tag_ in {"NNS", "NNPS"}:
        return False
    if any(is_person(f) or _surname_of_person(f) for f in freed):
        return True
    if any(s.lemma_.lower() in _BAIL_SETTERS for s in _child(v, {"nsubj", "agent"}) + [o for _, o in _prep_objects(v, ("by",))]):
        return True
    h = v
    for _ in range(3):
        h = h.head
        if h.lemma_.lower() in _BAIL_HOSTS:
            return True
    return False


_WILLING = frozenset({"willing", "prepared", "ready"})


def _willing(adj: Token, sent: Span) -> Optional[EventCandidate]:
    """Being willing, prepared or ready to do an act states an intent (03, refined by the act as a promise is):
    "the chief of the Interests Section was willing to revoke the immunity", "Syria is ready to resume talks".
    Weak: kept only with an actor the knowledge knows."""
    if adj.lemma_.lower() not in _WILLING or adj.dep_ != "acomp" or adj.head.lemma_.lower() not in _COPULAS:
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children) for c in adj.children):
        return None
    cop = adj.head
    row = LexEntry("V", adj.lemma_.lower(), None, None, False, "030", False, origin="willing")
    return EventCandidate(code="030", strong=False, trigger_start=adj.idx, trigger_end=adj.idx + len(adj.text), trigger_text=adj.text,
                          anchor_i=adj.i, trigger_i=adj.i, sentence=sent, sources=_refs(_verb_subjects(cop)[0]),
                          negated=any(c.dep_ == "neg" for c in [*cop.children, *adj.children]), entry=row)


# what a side gives that one can be heartened or impressed by, beside its acts and conduct
_SHOWN_SUPPORT = frozenset({"cooperation", "support", "solidarity", "progress", "commitment", "willingness", "efforts", "assistance",
                            "resolve", "dedication", "professionalism"})
_APPROVING = frozenset({"grateful", "thankful", "proud", "heartened", "impressed", "pleased", "satisfied", "delighted"})


def _approval(adj: Token, sent: Span) -> Optional[EventCandidate]:
    """An adjective of approval with a side, reported, is praise (051): "the president said he was satisfied with
    the talks", "she was heartened by cooperation from Kenya". Weak, as displeasure: kept only with an actor the
    knowledge knows; negated ("not pleased with") it is displeasure (``_displeasure``); in a quotation the
    statement codes it."""
    passive = adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children)  # "she was heartened by cooperation"
    if adj.lemma_.lower() not in _APPROVING and adj.lower_ not in _APPROVING:
        return None
    if not passive and (adj.dep_ != "acomp" or adj.head.lemma_.lower() not in _COPULAS):
        return None
    if _in_quotes(adj):
        return None  # a quotation is a statement, coded by what it says ("'We are grateful to ...,' the governor said")
    cop = adj if passive else adj.head
    if any(c.dep_ == "neg" for c in [*cop.children, *adj.children]):
        return None
    judged = [o for _, o in _prep_objects(adj, ("of", "for", "by", "with", "at")) if o.ent_type_ not in {"DATE", "TIME"}]
    if not judged:
        return None
    if passive and not any(_party(t, plain=True) or t.lemma_.lower() in _CONDUCT | _JUDGED_THINGS | _SHOWN_SUPPORT for t in judged):
        return None  # "the villagers were heartened by the rain": a mood, no one praised
    if not any(_party(t, plain=True) for t in judged):
        judged = [o for t in judged for o in _owners(t)] or judged  # "grateful for their hard work": them
    row = LexEntry("V", adj.lemma_.lower(), None, None, False, "051", False, origin="approval")
    return EventCandidate(code="051", strong=False, trigger_start=adj.idx, trigger_end=adj.idx + len(adj.text), trigger_text=adj.text,
                          anchor_i=adj.i, trigger_i=adj.i, sentence=sent, sources=_refs(_verb_subjects(cop)[0]),
                          targets=_refs(judged), entry=row)


# plural nouns that count kinds of events: "murder cases", "kidnapping rates"
_TALLIES = {"case", "rate", "statistic", "figure", "number", "count", "total"}
_MEMBERSHIP = {"member", "part", "participant"}
# arenas of a contest fought with no weapon ("a budget standoff", "a custody battle", "a legal fight")
_ARENAS = frozenset({"budget", "political", "legal", "court", "courtroom", "custody", "diplomatic", "trade", "tariff", "legislative",
                     "electoral", "election", "verbal", "ratings", "price", "bidding", "boardroom", "fiscal", "parliamentary"})
# what a battle is fought to do ("the battle to retake Mosul", "a fight to control the airport"): fighting, not a campaign
_MILITARY_AIMS = frozenset({"control", "capture", "seize", "take", "retake", "recapture", "hold", "defend", "storm", "enter",
                            "encircle", "liberate", "free", "clear", "oust", "expel", "drive", "push", "repel", "reach", "break"})


# custody as guardianship: what a parent or a court gives, wins or shares, and whom it is of
_GUARDIANSHIP_VERBS = frozenset({"give", "have", "gain", "win", "award", "grant", "share", "lose", "retain", "keep", "seek", "get",
                                 "regain", "obtain", "want", "request", "receive", "transfer"})
_WARDS = frozenset({"son", "daughter", "child", "children", "boy", "girl", "kid", "baby", "infant", "grandchild", "grandson",
                    "granddaughter", "pet", "dog", "cat", "animal", "minor", "twin", "offspring", "nephew", "niece"})


_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "him", "them", "my", "our", "your", "me", "us"})


#: the last word of a law's name ("the Meat Inspection Code", "the Arms Export Control Act")
_LAW_NAMES = frozenset({"code", "act", "law", "bill", "statute", "ordinance", "regulation", "regulations", "directive", "amendment"})


def _in_law_name(tok: Token) -> bool:
    """Is ``tok`` a word inside a law's name the parser tagged ("Inspection" in "the Meat Inspection Code")?"""
    if tok.ent_type_ != "LAW":
        return False
    end = tok.i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].ent_iob_ == "I":
        end += 1
    return end > tok.i and tok.doc[end].lower_ in _LAW_NAMES


# who fights as an armed force: their fight is military (19), a person's is a scuffle (182)
_ARMED_SIDES = frozenset({"troop", "soldier", "rebel", "militant", "force", "army", "insurgent", "guerrilla", "fighter", "militia",
                          "militiaman", "gunman", "gunmen", "jihadist", "separatist", "paramilitary", "commando", "marine", "unit",
                          "battalion", "brigade", "regiment", "division", "tribesman", "clan", "faction", "group", "side"})
_BRAWLS = frozenset({"fight", "brawl", "scuffle", "tussle", "wrestle", "grapple"})


def _brawl(v: Token) -> bool:
    """Is the fight at ``v`` a scuffle of people ("a man ... fought with officers who attempted to arrest him", "the two
    brothers fought"), no side of it an armed force or a state?"""
    if v.lemma_.lower() not in _BRAWLS:
        return False
    subjects, passive = _verb_subjects(v)
    if passive or not subjects:
        return False
    if any(o.lemma_.lower() in {"war", "battle", "combat", "conflict", "campaign", "uprising", "revolution", "insurgency", "army"}
           for _, o in _prep_objects(v, ("in", "for", "during"))):
        return False  # "the men and women who have fought in wars": soldiers
    others = [o for _, o in _prep_objects(v, ("with", "against"))]
    for t in [*subjects, *others]:
        lemma = t.lemma_.lower()
        if lemma in _ARMED_SIDES or t.ent_type_ in {"GPE", "NORP", "ORG"}:
            return False
    return all(t.ent_type_ == "PERSON" or t.lower_ in {"he", "she", "i"} or is_person(t) for t in subjects)


#: sites that shut or close by themselves: "the mine shut down", "two gas plants shut down on Friday", "16 hospitals
#: have shut down amid the war" (no one named closing them)
_SELF_CLOSING_SITES = frozenset({"mine", "plant", "factory", "mill", "refinery", "reactor", "smelter", "store", "shop", "restaurant",
                                 "bar", "pub", "hotel", "cafe", "café", "pool", "gym", "cinema", "theater", "theatre", "mall",
                                 "business", "company", "firm", "shipyard", "warehouse", "outlet", "branch", "clinic", "brewery",
                                 "hospital", "school", "college", "university", "library", "museum", "airport"})
#: what "occupy" takes that is no ground held: a space on a bus, a seat, a post ("occupy the wheelchair space", "occupies
#: the post of treasurer"); "protesters occupied the square" and "troops occupy the north" stay
_ROOM_TAKEN = frozenset({"space", "seat", "spot", "slot", "berth", "bed", "lane", "position", "post", "role",
                         "chair", "rank", "niche", "portion", "share", "percent", "%", "minute", "hour", "time", "mind", "thought",
                         "attention"})
#: what a geological fault is, after "fault": "fault lines", "a fault zone"
_FAULTS = frozenset({"line", "zone", "system"})
#: what traps someone a rescue frees ("freed from the wreckage", "from underneath the truck")
_TRAPPING = frozenset({"wreckage", "rubble", "debris", "wreck", "underneath", "beneath", "ruins", "mud", "ice", "snow", "elevator",
                       "pipe", "well", "mine", "cave", "pile", "collapse"})
#: prepositions of a path one walks along ("walked out through the side door", "into the street")
_PATH_PREPS = frozenset({"through", "into", "onto", "across", "past", "toward", "towards", "along", "down", "to", "via"})
#: adverbs of the pace of a walk
_PACE_ADVERBS = frozenset({"quickly", "slowly", "calmly", "briskly", "hurriedly", "casually", "nervously", "hastily"})
#: words of a rescue or relief effort: the task of those deployed after a disaster
_RESCUE_WORDS = frozenset({"rescue", "rescuer", "relief", "humanitarian", "evacuation", "evacuate", "survivor",
                           "search-and-rescue",
                           # an epidemic fought ("sent 3,000 troops to fight Ebola", "to help contain the epidemic")
                           "epidemic", "outbreak", "ebola", "cholera", "pandemic"})
#: verbs that send units somewhere
_SENDING = frozenset({"deploy", "dispatch", "send", "mobilize", "mobilise", "rush"})


def _sent_units(v: Token) -> list[Token]:
    """Who or what the verb ``v`` sends: its objects or passive subjects, with their conjuncts."""
    return [x for c in v.children if c.dep_ in _OBJ | _SUBJPASS for x in _conjuncts(c)]


def _rescue_deployment(v: Token) -> bool:
    """Does ``v`` send units to a rescue or relief effort ("rescue teams were deployed", "soldiers have been deployed in
    rescue operations", "deployed a helicopter as part of the rescue efforts", "sent troops to evacuate residents")?"""
    if v.lemma_.lower() not in _SENDING | {"order"}:
        return False
    # what they are sent for: a prepositional phrase, a purpose infinitive ("to evacuate residents"), or their name
    where = [*_sent_units(v), *(c for c in v.children if c.dep_ == "prep" or (
        c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))]
    return any(t.lemma_.lower() in _RESCUE_WORDS or t.lower_ in _RESCUE_WORDS for c in where for t in c.subtree)


# what one cooperates with when that is judicial cooperation (063): an inquiry or those who run it
_JUSTICE_SIDES = frozenset({"investigation", "probe", "inquiry", "enquiry", "investigator", "police", "prosecutor", "prosecution",
                            "detective", "fbi", "authority", "court", "tribunal", "case", "inquest"})


def _cooperating_with_justice(v: Token) -> bool:
    """Does ``v`` cooperate with an investigation or the police ("cooperating fully with the local police and health
    departments with their investigation", "Ivins fully cooperated with that investigation")?"""
    if v.lemma_.lower() not in {"cooperate", "co-operate", "collaborate"}:
        return False
    return any(o.lemma_.lower() in _JUSTICE_SIDES or any(c.dep_ == "compound" and c.lemma_.lower() in _JUSTICE_SIDES for c in o.children)
               for _, o in _prep_objects(v, ("with",)))


#: heads that name a person by the outlaw trade or gang they run: "the cartel boss", "a drug lord", "the kingpin"
_OUTLAW_HEADS = frozenset({"boss", "lord", "baron", "kingpin", "godfather", "capo", "ringleader", "mastermind", "warlord",
                           "henchman", "enforcer"})


def _a_person(t: Token, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Is ``t`` a person or people (what can be captured or abducted): a named person or group, a personal pronoun, an
    actor noun, or a head such as "boss" or "drug lord"?"""
    return t.ent_type_ in {"PERSON", "NORP"} or t.lower_ in _PERSONAL_POSSESSIVES or t.lemma_.lower() in _OUTLAW_HEADS or (
        actor_noun is not None and actor_noun(t))


# what stands against a kind of act without doing or suffering one: "a stand against torture", "laws against the killing of"
_STANCES = frozenset({"stand", "stance", "position", "opposition", "law", "legislation", "convention", "ban", "taboo", "norm",
                      "protection", "safeguard", "prohibition"})


#: words that set a plea in a criminal court: a defendant's plea, no appeal to anyone
_PLEA_COURT_WORDS = frozenset({"court", "courtroom", "judge", "prosecutor", "prosecution", "sentence", "sentencing", "prison", "jail",
                          "charge", "count", "trial", "defendant", "plead", "conviction", "probation", "arraignment", "felony"})


def _court_plea(n: Token, row: LexEntry) -> bool:
    """Is the plea noun ``n`` a defendant's plea that is no appeal: one in a criminal court that names no verdict word
    ("as part of the plea, three years were added to his prison term", "the judge accepted Clark's plea")? A plea of
    guilty, not guilty or no contest stays the answer to a charge (015), an impassioned plea an appeal."""
    if any(c.lower_ in {"guilty", "contest"} for c in n.subtree):
        return False  # "his guilty plea", "a not guilty plea", "a plea of no contest": the answer to a charge (015)
    if _prep_objects(n, ("to", "for")) or (n.head.dep_ == "prep" and n.head.lower_ in {"to", "for"}) or _light_verb_of(n):
        return False  # "made a plea to the court for mercy": an appeal
    return row.code[:2] == "02" and any(t.lemma_.lower() in _PLEA_COURT_WORDS for t in n.sent if t.i != n.i)


def _light_verb_of(n: Token) -> bool:
    """Is ``n`` the object of "make" or "issue" ("made a plea", "issued a plea")?"""
    return n.dep_ in _OBJ and n.head.lemma_.lower() in {"make", "issue", "launch", "renew", "repeat"}


#: what becomes of calls no one takes: "calls were not returned", "calls could get disrupted"
_CALLS_UNANSWERED = frozenset({"return", "answer", "disrupt", "drop", "cut", "divert", "reroute", "block", "jam"})
#: what bursts out in an "explosion of ...": no blast
_OUTPOURINGS = frozenset({"riot", "rioting", "violence", "anger", "rage", "fury", "looting", "protest", "unrest", "emotion", "grief",
                          "growth", "popularity", "interest", "activity", "colour", "color", "joy", "creativity", "demand",
                          "support", "outrage", "criticism", "sympathy", "solidarity"})
#: hazards a warning or an alert is about: "a tsunami alert", "flood warnings"
_HAZARD_WARNINGS = frozenset({"tsunami", "storm", "flood", "weather", "hurricane", "tornado", "heat", "heatwave", "cyclone", "typhoon",
                              "snow", "avalanche", "frost", "wildfire", "bushfire", "fire", "drought", "earthquake", "quake", "gale",
                              "wind", "rain", "smog", "pollution", "volcano", "eruption", "ice", "blizzard", "surf"})


#: alerts that are notices, not forces readied; the people a notice is out for
_CIVIL_ALERTS = frozenset({"amber", "silver", "travel", "weather", "flood", "health", "red", "interpol", "missing", "wanted",
                           "tsunami", "storm", "heat", "fire", "consumer", "product", "food"})
_WANTED_PEOPLE = frozenset({"suspect", "fugitive", "man", "woman", "child", "girl", "boy", "person", "people", "gunman", "driver"})
#: verbs of denying an accusation told again after it ("..., charges the police deny"; the accusing verbs: _ACCUSING)
_DENYING = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "rebut"})
#: who gives an election's verdict: "the verdict of the people", "the voters' verdict"
_VOTERS = frozenset({"people", "voter", "electorate", "nation", "ballot", "box", "history", "public", "citizen"})
#: what makes a rally a candidate's meeting: "a campaign rally", "an election rally", "a victory rally"
_CAMPAIGN_RALLIES = frozenset({"campaign", "election", "electoral", "victory", "re-election", "reelection", "pre-election",
                               "inaugural", "inauguration", "nomination"})


#: who besieges by surrounding: armed forces, by lemma or by word ("Militiamen" the tagger reads as a name); the police
#: who surround a place cordon it off or guard it
_BESIEGERS = (_ARMED_SUBJECTS - {"police"}) | {"militiaman", "militiamen", "gunmen", "marines"}
#: what surrounding is for when it guards: "surrounded the parliament to protect lawmakers"
_PROTECTING = frozenset({"protect", "keep", "guard", "secure", "prevent", "shield", "escort"})
#: who speaks as an armed side or the law's force: a saying of theirs that they will coerce threatens
_ARMED_SPEAKERS = _BESIEGERS | {"guard", "guards", "houthi", "houthis", "taliban", "hezbollah", "hamas", "separatist", "coastguard", "police"}


def _besieging_force(v: Token) -> bool:
    """Is who surrounds (``v``) an armed force (not the police): its subject ("troops surrounded the school", "1,200 Marines
    surrounded the city", "militiamen surrounded the church") or its agent ("the town was surrounded by troops")?"""
    doers = [*_verb_subjects(v)[0], *(o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj")]
    return any(w in _BESIEGERS for d in doers for w in (d.lemma_.lower(), d.lower_))


#: stocks and substances let out: a release of them sets no one free
_GOODS_RELEASED = frozenset({"oil", "crude", "barrel", "gas", "petroleum", "fuel", "reserve", "stockpile", "water", "steam",
                             "pressure", "toxin", "chemical", "smoke", "radiation", "emission", "pollutant", "sewage", "gasoline",
                             "diesel", "carbon", "methane", "radioactive"})


def _released_goods(o: Token) -> bool:
    """Is ``o``, what a release lets out, a stock or a substance ("30 million barrels", "oil from the reserve", "toxic
    gas"), not a person or a group of people?"""
    words = [o, *(x for _p, x in _prep_objects(o, ("of",)))]  # "30 million barrels of crude"
    return any(w.lemma_.lower() in _GOODS_RELEASED for w in words)


#: offensives of words: "a charm offensive", "a diplomatic offensive"
_WORDLESS_OFFENSIVES = frozenset({"charm", "diplomatic", "media", "publicity", "propaganda", "pr", "legal", "political", "peace"})
#: values and liberties an "attack" is made on in a figure of speech ("an attack on freedom of expression")
_VALUES_ATTACKED = frozenset({"freedom", "democracy", "liberty", "sovereignty", "constitution", "dignity", "value", "principle",
                              "pluralism", "expression", "speech", "tolerance", "secularism", "rule", "right", "autonomy",
                              "process", "multilateralism"})
#: heights a climber assaults: an assault on them is a climb
_CLIMBED = frozenset({"summit", "everest", "k2"})
#: who climbs: an assault on a summit in their sentence is a climb ("troops launched an assault on the summit" fights)
_CLIMBERS = frozenset({"climber", "mountaineer", "sherpa", "expedition", "climb", "climbing", "mountaineering"})


def _figurative(n: Token, row: LexEntry, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """An event noun in a figurative sense: a showing of something, or a campaign for an aim.

    "the clearest demonstration of the fact that ...", "a demonstration of
    resolve" show a thing (no protest); "their battle to block the boy's
    return", "a fight to keep the plant open" are campaigns (no fighting).
    """
    lemma = n.lemma_.lower()
    if row.code == "087" and lemma in _ARMS_GIVEN_UP_NOUNS and not _arms_given_up(n, [o for _, o in _prep_objects(n, ("of",))]):
        return True  # "the destruction of rebel bases", "the dismantling of the festival site": no arms given up
    if lemma in {"battle", "fight"} and any(c.lower_ == "half" for c in n.children):
        return True  # "knowing where to start is half the battle"
    if lemma in {"battle", "fight"} and n.dep_ in _OBJ and n.head.lemma_.lower() in {"fight", "wage", "lose", "win"} and any(
            c.dep_ == "amod" and c.lower_ in _CONTEST_WORDS for c in n.children):
        return True  # "he had fought a tough battle", "waged an uphill battle": a contest, no fighting
    if lemma == "deal" and any(c.dep_ == "amod" and c.lower_ in {"great", "good"} for c in n.children) and (
            n.dep_ in _OBJ and n.head.lemma_.lower() in {"achieve", "do", "accomplish", "gain", "learn", "change", "spend", "owe"}
            or any(p.dep_ == "prep" and p.lower_ == "of" for p in n.children)):
        return True  # "we have achieved a great deal for working people", "a great deal of money": much, no agreement
    if lemma == "rally" and n.dep_ == "pobj" and n.head.lower_ == "at" and n.head.head.lemma_.lower() in {
            "speak", "say", "tell", "address", "accuse", "vow", "pledge", "promise", "declare", "announce", "urge", "warn"}:
        return True  # "Erdogan, speaking at a rally in Istanbul, accused ...": where a leader spoke, no demonstration
    if lemma == "alert" and row.code == "152" and (
            any(c.dep_ in {"compound", "amod"} and c.lower_ in _CIVIL_ALERTS for c in n.children)
            or any(is_person(o) or o.lemma_.lower() in _WANTED_PEOPLE | {"arrest", "capture", "detention", "extradition"}
                   for _p, o in _prep_objects(n, ("for", "on")))):
        return True  # "asked Interpol to issue an alert for the four suspects", "an Amber alert": a notice, no forces readied
    if lemma == "verdict" and any(o.lemma_.lower() in _VOTERS for _p, o in _prep_objects(n, ("of",))):
        return True  # "respect the verdict of the people", "the voters' verdict": an election's result, no court's
    if lemma == "verdict" and any(c.dep_ == "poss" and c.lemma_.lower() in _VOTERS for c in n.children):
        return True
    if lemma in {"charge", "accusation", "allegation", "claim"} and n.dep_ in {"npadvmod", "appos", "conj"} and any(
            c.dep_ in {"relcl", "ccomp"} and c.lemma_.lower() in _DENYING for c in n.children):
        return True  # "accuses Moscow of orchestrating the uprising, a charge Moscow denies": the accusation told again
    if lemma == "defiance" and n.dep_ == "pobj" and n.head.lower_ == "in":
        return True  # "joined the rally in defiance of a ban": how the act was done, the act is coded itself
    if lemma in {"rally", "rallies"} and any(c.dep_ in {"amod", "compound"} and c.lower_ in _CAMPAIGN_RALLIES for c in n.children):
        return True  # "the president's final campaign rally", "a victory rally": a candidate's meeting, no demonstration
    if lemma == "threat" and n.dep_ in {"dobj", "attr"} and n.head.lemma_.lower() in _THREAT_POSERS - {"become", "remain", "be"}:
        return True  # "saying the rally posed a threat to public order": a judgement of a danger, no one threatens
    if lemma == "rally" and n.dep_ in {"dobj", "dative"} and n.head.lemma_.lower() in {"tell", "address", "assure", "promise"}:
        return True  # "Mugabe told a rally in Chitungwiza that ...": the crowd spoken to, no demonstration
    if lemma == "blast" and ((n.dep_ in _OBJ and n.head.lemma_.lower() == "have") or (
            n.dep_ == "pobj" and n.head.lower_ == "into" and n.head.head.lemma_.lower() in {"turn", "make"})):
        return True  # "the kids will have a blast", "turn laundry day into a blast": fun, no explosion
    if row.code[:2] in {"02", "03", "04"} and n.dep_ in _OBJ and n.head.pos_ == "VERB" and _rule_content(n.head):
        return True  # "the regulations don't require agencies to seek consultation": a rule's content
    if row.code.startswith("09") and lemma in {"inquiry", "inquest", "hearing", "commission", "tribunal", "panel"} and (
            (n.dep_ in {"dobj", "dative"} and n.head.lemma_.lower() in {"tell", "brief", "address", "show", "assure"})
            or (n.dep_ == "pobj" and n.head.lower_ == "to" and n.head.head.lemma_.lower() in {"testify", "tell", "say", "explain", "admit"})):
        return True  # "he told the inquiry he never overheard ...": the body heard, the telling is the act
    if row.code.startswith("04") and lemma == "call" and (
            (n.dep_ in _SUBJPASS | _SUBJ and n.head.lemma_.lower() in _CALLS_UNANSWERED)
            or (n.dep_ in _OBJ and n.head.lemma_.lower() in _CALLS_UNANSWERED - {"return", "answer"})
            or any(c.dep_ in {"amod", "compound"} and c.lower_ in {"dropped", "unanswered", "unreturned", "missed", "robocall"}
                   for c in n.children)):
        return True  # "calls to the firm were not returned", "some dropped phone calls": no consultation
    if lemma in {"explosion", "eruption", "outburst"} and row.code[:2] in {"18", "19", "14"} and any(
            o.lemma_.lower() in _OUTPOURINGS for _, o in _prep_objects(n, ("of",))):
        return True  # "the explosion of rioting and looting": an outburst, the rioting is coded on its own
    if row.code[:2] == "11" and lemma in {"sentence", "term"} and n.dep_ in {"pobj", "conj"}:
        w = n
        while w.dep_ == "conj" and w.head is not w:
            w = w.head
        if w.dep_ == "pobj" and w.head.lower_ == "to" and w.head.head.lemma_.lower() in {"sentence", "condemn", "jail"}:
            return True  # "was sentenced to seven life sentences": the sentencing's term, one happening
    if row.code[:2] in {"18", "19"} and n.dep_ in _OBJ and n.head.dep_ == "acl" and n.head.head.lemma_.lower() in {"intent", "intention"} \
            and n.head.head.dep_ == "pobj" and n.head.head.head.lower_ == "with":
        return True  # "assault and battery with intent to kill, assault and ...": the list of a charge's names
    if lemma in {"alert", "warning", "alarm", "watch"} and any(
            c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in _HAZARD_WARNINGS for c in n.subtree if c.i < n.i):
        return True  # "prompting an Indian Ocean-wide tsunami alert", "a flood warning": a hazard warned of, no threat
    if lemma == "plea" and _court_plea(n, row):
        return True  # "as part of the plea, three years were added to his prison term": a defendant's plea, no appeal
    if n.lemma_.lower() == "execution" and any(c.dep_ in {"compound", "amod"} and c.lower_ in {"code", "remote", "program", "script", "order"}
                                               for c in n.children):
        return True  # "a remote code execution", "order execution": software or trading, no killing
    if n.dep_ == "pobj" and n.head.lower_ == "into" and n.head.head.lemma_.lower() in {"turn", "become", "descend", "degenerate"} \
            and row.code[:2] in {"18", "19"} and _prep_objects(n, ("of",)) and n.lemma_.lower() in {"battle", "war", "fight"}:
        return True  # "the trial turned into a battle of the wheelchairs": a figure of speech, no fighting
    if n.lemma_.lower() == "blast" and n.dep_ in _OBJ and n.head.lemma_.lower() == "have" and not _prep_objects(n, ("of",)):
        return True  # "he's going to have a blast": a good time, no explosion
    if lemma in {"assault", "attempt", "bid"} and row.code[:2] in {"18", "19"} and any(
            o.lemma_.lower() in _CLIMBED for _p, o in _prep_objects(n, ("on",))) and _sentence_words(n.sent).lemmas & _CLIMBERS:
        return True  # "the climbers made their final assault on the summit": a climb, no attack
    if lemma in {"gunfire", "fire", "shot", "shooting"} and any(c.dep_ in {"amod", "compound"} and c.lower_ in {"celebratory", "celebration"}
                                                               for c in n.children):
        return True  # "celebratory gunfire broke out after the news spread": joy, no one fired on
    if lemma == "arrest" and row.code == "173" and n.dep_ == "pobj" and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in {"house", "city", "home"} for c in n.children) and (
            (n.head.lower_ == "under" and n.head.head.lemma_.lower() in {"be", "remain", "stay", "live"} and n.head.head.dep_ == "relcl")
            or (n.head.lower_ == "from" and n.head.head.lemma_.lower() in {"free", "release"})):
        return True  # "the leader, who is under house arrest", "freed him from house arrest": a state held, the act is told
        #              apart ("placed the opposition leader under house arrest", "the junta has held the president under
        #              house arrest", "with the president under house arrest" stay)
    if lemma == "charge" and row.code == "173" and n.dep_ == "pobj" and n.head.lower_ == "on" and not any(c.dep_ == "poss" for c in n.children) \
            and _sentence_words(n.sent).lemmas & {"guilty", "acquit", "convict"} and "vote" in _sentence_words(n.sent).lemmas:
        return True  # "on the perjury charge, 45 senators voted guilty": a count of a trial voted on, no one charged
        #              ("voted to impeach the president on a charge of abuse of power" lays the charge; "not guilty pleas
        #              were entered to charges of murder" names the charge)
    if lemma == "release" and row.code[:2] == "08" and any(_released_goods(o) for _p, o in _prep_objects(n, ("of",))):
        return True  # "ordered the release of 30 million barrels from the reserve": stocks let out, no one set free
    if lemma == "offensive" and any(c.dep_ in {"compound", "amod"} and c.lower_ in _WORDLESS_OFFENSIVES for c in n.children):
        return True  # "the minister launched a charm offensive", "a diplomatic offensive": persuasion, no fighting
    if lemma in {"attack", "assault"} and row.code[:2] in {"18", "19"} and any(
            o.lemma_.lower() in _VALUES_ATTACKED and o.pos_ != "PROPN" for _p, o in _prep_objects(n, ("on", "against"))):
        return True  # "the closure was an attack on freedom of expression", "an assault on democracy": a figure, no attack
    if row.code == "181" and n.lemma_.lower() == "capture":
        # "carbon capture", "motion capture", "the capture of the flag": a capture is an abduction only of a person
        taken = [*(c for c in n.children if c.dep_ == "poss"), *(o for _, o in _prep_objects(n, ("of",)))]
        return not any(_a_person(t, actor_noun) for t in taken)
    if row.code == "173" and n.lemma_.lower() == "custody" and (
            (n.dep_ in _OBJ and n.head.lemma_.lower() in _GUARDIANSHIP_VERBS)
            or any(o.lemma_.lower() in _WARDS for _, o in _prep_objects(n, ("of", "over")))
            or any(c.dep_ == "amod" and c.lemma_.lower() in {"temporary", "joint", "sole", "full", "shared", "legal", "physical"}
                   for c in n.children)):
        return True  # "give him custody of his son", "won temporary custody": a guardian's custody, no one arrested
    if row.code[:2] == "14" and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _MEMBERSHIP:
        return True  # "a member of the march": the protest names a group (its organizers still organized a happening)
    if row.code[:2] == "14":
        shown = [o for _, o in _prep_objects(n, ("of",))]
        return bool(shown) and not any(o.ent_type_ in _ACTOR_ENTS or (actor_noun is not None and actor_noun(o)) for o in shown)
    if n.lemma_.lower() in {"fight", "battle", "struggle", "war"} and any(
            o.lemma_.lower() in _AILMENTS or o.lower_ in _AILMENTS or o.lemma_.lower() in _PROBLEMS or _instrument(o)
            for _, o in _prep_objects(n, ("against", "on", "with"))):
        return True  # "the fight against HIV/AIDS", "a battle with cancer", "the war on poverty": a campaign, no fighting
    if (row.code[:2] in {"18", "19", "20"} and n.dep_ == "pobj" and n.head.lower_ in {"against", "on"}
            and n.head.head.lemma_.lower() in _STANCES):
        return True  # "Canada's stand against the indiscriminate killing of civilians", "laws against torture": a stance
    if row.code[:2] in {"18", "19", "20"} and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _ARENAS for c in n.children):
        return True  # "a budget standoff", "a custody battle", "a legal fight": a contest fought with no weapon
    if row.code[:2] in {"18", "19", "20"}:
        # the aim hangs off the noun, or (a parse slip) off its verb right after the noun: "lose their battle to block"
        aims = [*n.children, *(c for c in n.head.children if c.dep_ in {"xcomp", "advcl"} and n.head.i != n.i
                               and n.dep_ in {"dobj", "obj"} and c.left_edge.i == n.right_edge.i + 1)]
        return any(c.dep_ in {"acl", "relcl", "xcomp", "advcl"} and c.tag_ == "VB" and any(a.lower_ == "to" and a.i < c.i for a in c.children)
                   and c.lemma_.lower() not in _MILITARY_AIMS for c in aims)
    return False


# --- senses of general words on text no rule was tuned on (unseen-text review, cal part11/12) ---

#: armed men: shooting them is a fight (19), as killing them is (V kill rows)
_COMBATANTS = frozenset({"soldier", "troop", "fighter", "militant", "rebel", "insurgent", "guerrilla", "guerilla", "combatant",
                         "jihadist", "militiaman", "gunman", "gunmen", "attacker", "sniper"})
#: what is shot in the film sense, not hit
_FILMED = frozenset({"film", "video", "footage", "scene", "photo", "photograph", "picture", "movie", "documentary", "episode"})
#: what "captures" people only on film: "CCTV cameras captured the mob boss leaving a restaurant"
_CAPTURING_LENSES = _RECORDERS | _FILMED
#: a ball game's words: "beat the goalie", "beat them 3-1"
_GAME_WORDS = frozenset({"goalie", "goaltender", "goalkeeper", "backhand", "forehand", "breakaway", "striker", "quarterback",
                         "pitcher", "batter", "defenceman", "defenseman", "wicket", "wickets", "touchdown", "penalty-kick"})
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
#: moving into or off something, not criticising it: "a meteorite slammed into a field", "the rocket blasted off"
_MOTION_PREPS = frozenset({"into", "onto", "off", "through", "against"})
#: penalties a rule sets ("fines of up to $5,000 and imprisonment for up to 12 months"): no one is held
_PENALTIES = frozenset({"imprisonment", "jail", "prison", "detention", "incarceration", "fine", "jailing"})


def _shot_person(v: Token, row: LexEntry) -> Optional[LexEntry]:
    """The sense of a plain "shoot": a person shot is assaulted (182), shot dead killed (1823); armed men shot fight (193).

    "The doctor was shot in the back", "gunmen shot a taxi driver" -> 182; "a policeman was shot dead", "shot to
    death", "fatally shot" -> 1823; "troops shot three militants", "shot at the police" stay 193; "shot a video" is
    no event.
    """
    hit = _child(v, _OBJ) or _child(v, _SUBJPASS) or ([v.head] if v.dep_ == "acl" and v.tag_ == "VBN" else [])
    if any(h.lemma_.lower() in _FILMED for h in hit):
        return None
    if not hit or any(h.lemma_.lower() in _COMBATANTS for h in hit) or all(h.pos_ not in {"NOUN", "PROPN", "PRON"} for h in hit):
        return row
    dead = any((c.lower_ == "dead" and c.dep_ in {"oprd", "acomp", "advmod", "xcomp", "dobj"}) or c.lower_ == "fatally" for c in v.children) \
        or any(c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "death" for o in c.children) for c in v.children)
    return LexEntry("V", row.lemma, None, row.objects, row.no_object, "1823" if dead else "182", row.strong, origin="person shot")


#: who pursues people for the law, besides the law words of reports: "two deputies chased the suspect"
_CHASERS = _LAW_WORDS | frozenset({"policeman", "policewoman", "officer", "deputy", "trooper", "agent", "detective", "marshal",
                                   "constable", "guard", "ranger", "police", "authority", "investigator", "cop"})


def _law_chasers(v: Token) -> bool:
    """Does the law chase (173): police, deputies, troopers or agents as subject or agent ("police chased him down",
    "he was chased by troopers"), or a pronoun standing for them after law words earlier in the sentence?"""
    doers = _active_doers(v)
    if any(d.lemma_.lower() in _CHASERS or d.lower_ in _CHASERS for d in doers):
        return True
    return any(d.lower_ in {"they", "he", "she"} for d in doers) and any(t.lemma_.lower() in _CHASERS for t in v.sent if t.i < v.i)


def _in_a_game(v: Token) -> bool:
    """Do the verb's own words (its subject, object and attached words, not other clauses) tell a ball game: "the
    striker beat two defenders", "beat them 3-1"? A score elsewhere ("parliament voted 120-80") does not count."""
    cut = {"conj", "advcl", "ccomp", "relcl", "acl", "parataxis", "xcomp", "cc", "punct"}
    own: list[Token] = []
    for c in v.children:
        if c.dep_ not in cut:
            own.extend(t for t in c.subtree if _clause_verb(t) in {v, None} or t.pos_ not in {"VERB", "AUX"})
    if v.dep_ == "conj" and not _child(v, _SUBJ):
        own.extend(t for c in v.head.children if c.dep_ in _SUBJ for t in c.subtree)  # "the striker dribbled and beat two men"
    # a game word misparsed as a clause of its own ("beat London goalie Trevor Cann", "goalie" taken for a verb)
    if any(t.lower_ in _GAME_WORDS for t in own) or any(c.dep_ == "ccomp" and c.lower_ in _GAME_WORDS for c in v.children):
        return True
    # (the words as written: "2-1" may be three tokens, "2", "-", "1")
    return any(_SCORE.fullmatch(t.text) for t in own) or _SCORE.search("".join(t.text_with_ws for t in sorted(own, key=lambda t: t.i))) is not None


#: who holds signs in a demonstration, and what the signs say: "protesters holding signs", "signs against the amendment"
_SIGN_HOLDERS = frozenset({"protester", "protestor", "demonstrator", "activist", "marcher", "picketer", "striker", "opponent"})
_SIGN_CAUSES = frozenset({"against", "favor", "favour", "opposition", "protest"})
#: words of a sports crowd: fans holding banners at a match are no demonstration
_SPORT_CROWD = frozenset({"fan", "match", "game", "club", "team", "stadium", "league", "cup", "tournament", "season", "player",
                          "squad", "coach", "derby", "kickoff", "kick-off", "race", "olympics", "championship"})


#: words of where that the parser can take for an adjective of the noun after them ("gathered outside parliament")
_PLACE_ADVERBS = frozenset({"outside", "inside", "near", "opposite"})
#: buildings and grounds a crowd stands outside of
_BUILDINGS = frozenset({"parliament", "court", "courthouse", "embassy", "consulate", "ministry", "building", "office", "offices",
                        "headquarters", "hq", "palace", "hall", "station", "prison", "jail", "gaol", "hospital", "school", "church",
                        "mosque", "temple", "cathedral", "stadium", "gate", "gates", "home", "house", "residence", "parliament house",
                        "legislature", "congress", "senate", "assembly", "capitol", "statehouse", "factory", "plant", "mine", "port"})


def _misparsed_place(o: Token) -> bool:
    """Is the object ``o`` the object of a place word the parser took for its modifier: "gathered outside parliament"
    (``outside`` an adjective of "parliament", the direct object), not a thing acted on ("gathered evidence", "hired
    outside lawyers")?"""
    if not any(c.dep_ in {"amod", "advmod"} and c.lower_ in _PLACE_ADVERBS and c.i < o.i for c in o.lefts):
        return False
    return o.lemma_.lower() in _BUILDINGS or o.lower_ in _BUILDINGS or o.ent_type_ in {"FAC", "GPE", "LOC"}


#: verbs of a crowd coming together
_GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass"})


def _protesters_gather(v: Token) -> Optional[LexEntry]:
    """Protesters gathering are a demonstration (141): "1,700 protesters gathered in nearby streets", "demonstrators
    assembled outside the ministry", "campaigners gathered outside the court". Not others gathering ("families gathered for the funeral", "fans massed at the
    gate"), nor what one gathers ("gathered evidence")."""
    if v.lemma_.lower() not in _GATHERING_VERBS or any(not _misparsed_place(o) for o in _child(v, _OBJ)):
        return None
    gatherers = [_group_of(s) for s in _verb_subjects(v)[0]]
    sport = any(t.lemma_.lower() in _SPORT_CROWD for t in v.sent)
    # campaigners, and supporters away from a match ("supporters gathered outside the court holding banners")
    if not any(s.lemma_.lower() in _SIGN_HOLDERS | {"campaigner"} or (s.lemma_.lower() == "supporter" and not sport) for s in gatherers):
        return None
    return LexEntry("V", v.lemma_.lower(), None, None, True, "141", True, origin="protesters gather")


#: what a message sent to someone carries (its of-phrase, adjective or compound), and the code of sending it:
#: condolence or sympathy (018), congratulations (051, as "congratulate")
_MESSAGE_KINDS = {"condolence": "018", "condolences": "018", "sympathy": "018", "sympathies": "018", "sorrow": "018",
                  "congratulation": "051", "congratulations": "051", "congratulatory": "051", "felicitation": "051",
                  "greeting": "051", "greetings": "051", "goodwill": "051",
                  # a note or a message of protest handed to a side is a formal complaint (114)
                  "protest": "114"}
_SENT_MESSAGES = frozenset({"message", "telegram", "letter", "cable", "note", "card"})


def _message_sent(v: Token) -> Optional[LexEntry]:
    """Sending someone a message of condolence or congratulations is the sympathy (018) or the praise (051) it carries:
    "Jiang sent a message of condolence to President Demirel", "sent a congratulatory telegram to Putin". A message
    of no such kind ("sent a letter to the council") is left to the other rows. A note or a message of protest sent or
    handed to a side complains (114): "sent a radio message of protest to the American commander"."""
    if v.lemma_.lower() not in {"send", "dispatch", "convey", "deliver", "extend", "forward", "hand", "transmit"}:
        return None
    for o in _child(v, _OBJ):
        if o.lemma_.lower() not in _SENT_MESSAGES:
            continue
        kinds = [c.lower_ for c in o.children if c.dep_ in {"amod", "compound"}]
        kinds += [x.lower_ for _, x in _prep_objects(o, ("of",))]
        code = next((_MESSAGE_KINDS[k] for k in kinds if k in _MESSAGE_KINDS), None)
        if code is not None:
            return LexEntry("V", v.lemma_.lower(), None, None, False, code, True, origin="message sent")
    return None


def _message_addressees(v: Token) -> list[Token]:
    """Whom the message ``v`` sends goes to: the to-phrase of the verb, of the message, or of what it carries (the parser
    hangs it on any of them: "sent a message of protest to the American commander"), or the verb's indirect object."""
    objs = _child(v, _OBJ)
    holders = [v, *objs, *(x for o in objs for _, x in _prep_objects(o, ("of",)))]
    return [x for h in holders for _, x in _prep_objects(h, ("to",))] + _child(v, {"dative", "iobj"})


#: the confinements a health authority or the police put people or places in
_CONFINEMENTS = frozenset({"quarantine", "isolation", "lockdown", "curfew"})


def _confined(v: Token) -> Optional[LexEntry]:
    """Putting people or a place in quarantine, isolation or under lockdown restricts them (172), wherever the parser hangs
    the phrase: "placed more than 100 people in quarantine" ("in quarantine" on "people")."""
    if v.lemma_.lower() not in {"place", "put", "keep", "hold"}:
        return None
    holders = [v, *_child(v, _OBJ)]
    if any(o.lemma_.lower() in _CONFINEMENTS for h in holders for _, o in _prep_objects(h, ("in", "under", "into"))):
        return LexEntry("V", v.lemma_.lower(), None, None, False, "172", True, origin="confinement")
    return None


#: private deals between firms, which a government, a regulator or a court may clear or stop (guidelines, section 2:
#: the deal itself is no event; settling rule 24)
_PRIVATE_DEALS = frozenset({"takeover", "merger", "acquisition", "buyout", "sale", "purchase", "bid", "tie-up", "combination",
                            "sell-off", "selloff", "privatisation", "privatization"})
#: what a sale may be of that makes it no private deal ("approved the sale of F-16s to Taiwan")
_ARMS_SOLD = frozenset({"arm", "arms", "weapon", "jet", "missile", "aircraft", "fighter", "tank", "helicopter", "drone",
                        "warship", "submarine", "ammunition", "munition", "rifle", "gun", "artillery", "rocket"})
#: verbs of clearing a deal (061) and of stopping it (120, as a refusal: settling rule 24)
_DEAL_CLEARING = frozenset({"approve", "clear", "authorize", "authorise", "greenlight", "sanction"})
_DEAL_STOPPING = frozenset({"block", "veto", "prohibit", "bar", "halt", "thwart", "torpedo"})
#: words of a public authority that rules on a private deal ("competition regulators", "the Justice Department")
_DEAL_AUTHORITIES = frozenset({"regulator", "commission", "government", "ministry", "minister", "department", "authority",
                               "agency", "watchdog", "court", "judge", "parliament", "congress", "senate", "cabinet",
                               "treasury", "administration", "legislature", "lawmaker", "official", "ftc", "sec", "fcc", "cma",
                               "doj", "ofcom", "ofgem", "bundeskartellamt", "brussels", "washington", "beijing", "ottawa"})


def _deal_ruler(s: Token) -> bool:
    """Is ``s`` a public authority: a word of one ("regulators", "the European Commission"), or a state named as a
    place ("Ottawa blocked the sale")?"""
    if s.ent_type_ == "GPE":
        return True
    words = {t.lemma_.lower() for t in s.subtree} | {t.lower_ for t in s.subtree}
    return bool(words & _DEAL_AUTHORITIES)


def _deal_ruled(v: Token) -> Optional[LexEntry]:
    """A government, a regulator or a court clearing (061) or stopping (120) a private deal: "federal regulators
    approved the takeover", "the European Commission blocked the merger", "the sale was approved by the ministry". A
    firm's board or shareholders approving a deal is the deal's own business (no event); an arms sale is no private
    deal: a state clearing one to another cooperates with it militarily (062), one stopping it refuses it (120)."""
    lemma = v.lemma_.lower()
    if lemma not in _DEAL_CLEARING | _DEAL_STOPPING:
        return None
    subjects, passive = _verb_subjects(v)
    deals = _child(v, _SUBJPASS) if passive else _objects(v)
    if not deals or not all(d.lemma_.lower() in _PRIVATE_DEALS for d in deals):
        return None
    rulers = [o for p in v.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"] if passive else subjects
    if any(o.lemma_.lower() in _ARMS_SOLD for d in deals for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
           for o in p.subtree) or any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _ARMS_SOLD | {"military", "defense", "defence"}
                                      for d in deals for c in d.children):
        # an arms sale is no private deal: a state clearing one to another cooperates with it militarily (062, "the
        # Obama administration approved a $6.4 billion arms sale to Taiwan"); stopping one refuses it (120)
        if not rulers or not all(_party(r) or r.ent_type_ in {"GPE", "ORG"} or r.lemma_.lower() in _DEAL_AUTHORITIES for r in rulers):
            return None
        return LexEntry("V", lemma, None, None, False, "062" if lemma in _DEAL_CLEARING else "120", True, origin="arms sale ruled")
    if not rulers or not all(_deal_ruler(r) for r in rulers):
        return None
    return LexEntry("V", lemma, None, None, False, "061" if lemma in _DEAL_CLEARING else "120", True, origin="deal ruled")


#: who a private deal is offered to or by, whose yes or no to it is business, no event ("the board rejected the offer")
_DEAL_PARTIES = frozenset({"board", "director", "company", "firm", "shareholder", "stockholder", "investor", "holder",
                           "management", "bidder", "suitor", "owner", "corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.",
                           "plc", "group"})


#: merits one recognises in praise ("recognised the officers' bravery"), and what one recognises as known, no state
_MERITS = frozenset({"bravery", "courage", "contribution", "service", "achievement", "work", "effort", "dedication", "heroism",
                     "sacrifice", "commitment", "excellence", "leadership"})
_KNOWN_THINGS = frozenset({"need", "importance", "problem", "value", "difficulty", "danger", "threat", "fact", "potential", "risk",
                           "face", "voice", "name", "car", "vehicle", "body", "suspect", "man", "woman"})
#: what stands beside a force that is "backed by" it: arms and more armed men
_ARMS_BESIDE = frozenset({"tank", "artillery", "aircraft", "helicopter", "gunship", "warplane", "jet", "armour", "armor", "troop",
                          "soldier", "element", "unit", "airpower", "vehicle", "carrier", "warship", "drone", "militia",
                          "firepower", "force"})


def _backed_by_arms(v: Token) -> bool:
    """Is "backed by" a force's arms or more armed men beside it ("backed by tanks and artillery", "backed by elements of
    the army", "backed by troops from Angola")? Such backing is no statement of support (051)."""
    backers = [x for o in _agent(v) for x in [o, *o.conjuncts]]
    return bool(backers) and all(b.lemma_.lower() in _ARMS_BESIDE for b in backers)


#: what is backed in a vote or a decision, not a side: "the bill, supported by the majority, passed"
_BACKED_MEASURES = frozenset({"bill", "resolution", "motion", "plan", "proposal", "measure", "amendment", "law", "draft", "deal",
                              "agreement", "candidate", "candidacy", "bid", "offer", "initiative", "call", "decision", "move"})


def _standing_backing(v: Token) -> bool:
    """Is "backed by" or "allied to" a standing relation told of a side in passing: a participle on a noun ("rebels
    backed by Rwanda", "the uncle, backed by the foundation,"), a relative clause in the present ("Haftar, who is backed
    by Egypt"), or "allied to" ("fighters allied to the government", which the parser may read as a verb)? A measure
    backed ("the resolution, backed by 120 countries,") and a side that backs in a main clause ("Egypt backed
    Haftar") keep their support."""
    on_a_noun = v.dep_ in {"acl", "amod"} and v.head.dep_ != "ROOT"  # not "The Greens allied with ...", the verb read as a participle
    if v.lemma_.lower() == "ally":
        return any(p.dep_ == "prep" and p.lower_ == "to" for p in v.children) or on_a_noun
    if on_a_noun and v.tag_ == "VBN":
        return v.head.lemma_.lower() not in _BACKED_MEASURES
    if v.dep_ == "relcl" and v.head.lemma_.lower() not in _BACKED_MEASURES:
        return any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in v.children)
    return False


#: places whose control or part is handed over ("handed over control of the town")
_HANDED_PLACES = frozenset({"land", "territory", "town", "city", "area", "region", "village", "province", "district", "island", "base",
                            "enclave", "zone", "border", "crossing", "airport", "port", "camp"})
#: verbs of furthering relations, and the relations furthered
_FURTHERING = frozenset({"strengthen", "expand", "deepen", "enhance", "boost", "promote", "develop", "broaden", "consolidate",
                         "advance", "improve", "intensify", "cement", "upgrade"})
_TIES = frozenset({"cooperation", "co-operation", "tie", "ties", "relation", "relations", "relationship", "friendship", "partnership",
                   "exchange", "exchanges", "contact", "contacts", "understanding", "trust", "dialogue", "coordination"})


def _ties_to_come(v: Token) -> bool:
    """Is the verb a furthering of relations still to come: under "will", "should" or "need to", or in the infinitive of a
    pledge, a hope or a call ("pledged to further strengthen the strategic partnership", "hoped the two countries would
    expand cooperation", "friendship will be further strengthened")?"""
    ties = _child(v, _OBJ) + _child(v, _SUBJPASS)
    if not ties or not all(t.lemma_.lower() in _TIES or t.lower_ in _TIES for t in ties):
        return False
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in v.children):
        return True
    return v.dep_ in {"xcomp", "ccomp"} and v.tag_ in {"VB", "VBG"}


#: what a deployment of force sends: troops, units, craft and weapons
_FORCES_DEPLOYED = frozenset({"troop", "soldier", "force", "army", "unit", "tank", "warship", "ship", "jet", "aircraft", "missile",
                              "battalion", "brigade", "division", "regiment", "marine", "paratrooper", "commando", "personnel",
                              "guard", "reservist", "militia", "fighter", "gunboat", "destroyer", "carrier", "submarine",
                              "helicopter", "drone", "warplane", "bomber", "artillery", "rocket", "battery", "vehicle",
                              "contingent", "peacekeeper", "sailor", "airman", "squadron", "fleet", "armour", "armor"})


def _armed_deployed(o: Token) -> bool:
    """Is what is deployed an armed force or its arms (or a group the parser left unresolved: a name)?"""
    heads = [o, *o.conjuncts]
    return any(h.lemma_.lower() in _FORCES_DEPLOYED or h.lower_ in _FORCES_DEPLOYED or h.pos_ == "PROPN" or h.like_num
               or any(c.lemma_.lower() in _FORCES_DEPLOYED for c in h.children if c.dep_ in {"compound", "amod"})
               or any(x.lemma_.lower() in _FORCES_DEPLOYED for _, x in _prep_objects(h, ("of",))) for h in heads)


def _the_accused(v: Token) -> bool:
    """Is "accused" a noun for a defendant that the tagger took for a participle: "the accused was remanded", "a fourth
    accused", "lawyers for the accused" (a participle in a noun's place, with a determiner or an adjective before it and
    no object or of-phrase of its own)? "The opposition accused the government of fraud" stays."""
    if v.lower_ != "accused" or v.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"}:
        return False
    if _child(v, _OBJ) or any(c.dep_ == "prep" and c.lower_ == "of" for c in v.children):
        return False
    return any(c.dep_ in {"det", "amod", "nummod", "predet", "poss"} and c.i < v.i for c in v.children)


#: what makes a battle fought a contest of words: "a tough battle", "an uphill fight" (not "running battles", "a fierce battle")
_CONTEST_WORDS = frozenset({"tough", "hard", "uphill", "long", "losing", "political", "legal", "lonely", "good"})


def _political_fight(v: Token) -> bool:
    """Is the verb "fight" a contest of words: fought hard or on, or a battle or a campaign fought, with no armed side and
    no one fought against ("We have fought hard", "vowed to fight on in Michigan", "had fought a tough battle")?"""
    if any(p.dep_ == "prep" and p.lower_ in {"against", "with"} for p in v.children):
        return False
    doers = [c for c in v.children if c.dep_ in _SUBJ] or ([c for c in v.head.children if c.dep_ in _SUBJ] if v.dep_ == "xcomp" else [])
    if any(d.lemma_.lower() in _TAKING_FORCES for d in doers):
        return False
    manner = any(c.dep_ in {"advmod", "prt"} and c.lower_ in {"hard", "on", "back", "tooth", "hardest"} for c in v.children)
    contest = any(o.lemma_.lower() in {"campaign", "election", "case"} or (o.lemma_.lower() in {"battle", "fight"} and any(
        c.dep_ == "amod" and c.lower_ in _CONTEST_WORDS for c in o.children)) for o in _child(v, _OBJ))
    return manner or contest


#: people who cross borders to settle or to seek refuge: sent back, they are expelled
_MIGRANTS = frozenset({"migrant", "refugee", "seeker", "asylum-seeker", "immigrant"})
#: people whose arrivals and journeys are movement, no visit ("the arrival of thousands of refugees")
_MOVERS = _MIGRANTS | {"tourist", "passenger", "holidaymaker", "emigrant"}


def _on_the_move(t: Token) -> bool:
    """Is ``t`` (or the group it counts) refugees, migrants, tourists or passengers ("hundreds of migrants")?"""
    g = _group_of(t)
    return t.lemma_.lower() in _MOVERS or g.lemma_.lower() in _MOVERS or (
        t.lemma_.lower() in _QUANTITY_HEADS | {"hundred", "thousand", "dozen"} and any(o.lemma_.lower() in _MOVERS for _, o in _prep_objects(t, ("of",))))


#: those whose arrival is the approach of an attack or a crime, no visit
_VIOLENT_ARRIVALS = frozenset({"attacker", "gunman", "assailant", "bomber", "robber", "raider", "kidnapper", "hijacker", "burglar",
                               "thief", "militant", "insurgent", "jihadist"})
#: things and happenings whose "threatening" is a risk they pose: "the violence threatened to wreck the agreement"
_THREATENING_THINGS = frozenset({"violence", "dispute", "crisis", "row", "fighting", "war", "conflict", "unrest", "protest", "strike",
                                 "scandal", "standoff", "tension", "clash", "move", "decision", "plan", "proposal", "policy", "issue",
                                 "situation", "problem", "storm", "flood", "flooding", "fire", "wildfire", "drought", "outbreak",
                                 "epidemic", "virus", "disease", "shortage", "delay", "deadlock", "impasse", "controversy", "case",
                                 "feud", "rift", "split", "uncertainty", "slowdown", "recession", "inflation", "debt", "deficit"})


def _threat_of_things(v: Token) -> bool:
    """Is the subject of "threaten" a happening or a thing, whose threat is a risk it poses, not a side's threat?"""
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in _THREATENING_THINGS and s.ent_type_ not in {"ORG", "GPE", "NORP", "PERSON"}
                                  for s in subjects)


#: the words of an armed force that takes ground by entering it: "government troops entered the town"
_TAKING_FORCES = frozenset({"troop", "troops", "force", "forces", "soldier", "soldiers", "army", "fighter", "fighters", "rebel", "rebels",
                          "militant", "militants", "insurgent", "insurgents", "jihadist", "jihadists", "militia", "militias",
                          "militiaman", "militiamen", "tank", "tanks", "guerrilla", "guerrillas", "paratrooper", "paratroopers",
                          "commando", "commandos", "marine", "marines", "battalion", "brigade", "unit", "units", "separatist",
                          "separatists", "peacekeeper", "peacekeepers", "column", "convoy"})


#: words that make a sum announced aid ("announced five million dollars in emergency aid")
_AID_WORDS = frozenset({"aid", "assistance", "relief", "help", "humanitarian", "donation", "grant", "support"})
#: people whose flooding into the streets is a demonstration
_STREET_PROTESTERS = frozenset({"protester", "demonstrator", "activist", "student", "supporter", "opponent", "marcher", "worker",
                                "striker", "opposition", "voter", "citizen", "resident"})
#: what one withdraws from that is no ground held: a contest (above), a case, a show
_WITHDRAWN_FROM = _CONTESTS | {"case", "trial", "investigation", "inquiry", "hearing", "proceedings", "pageant", "festival", "show",
                               "event", "project"}


def _armed_doer(v: Token) -> bool:
    """Is the subject of ``v`` an armed force ("government troops", "Islamic State fighters", "the army")?"""
    doers = [x for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} for x in [c, *c.conjuncts]] + _agent(v)
    return any(d.lemma_.lower() in _TAKING_FORCES or d.lower_ in _TAKING_FORCES for d in doers)


def _deadline_to_act(v: Token) -> bool:
    """Does "give" set a side a deadline to act: a recipient, a span of time or an until-phrase, and the act to be done
    in it ("gave Syria three days to hand over the weapons", "gave Russia until midnight to explain")?"""
    recipients = [c for c in v.children if c.dep_ in {"dative", "dobj"} and c.lemma_.lower() not in _DEADLINE_SPANS
                  and c.pos_ != "PRON"]  # "the judge gave him a week to find a lawyer": a side named, not anyone
    spans = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _DEADLINE_SPANS]
    acts = [c for c in [*v.children, *(x for s in spans for x in s.children)] if c.dep_ in {"advcl", "xcomp", "relcl", "acl"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return bool(recipients) and bool(acts) and (bool(spans) or any(p.lower_ == "until" for p in v.children if p.dep_ == "prep"))


#: spans of time a deadline gives
_DEADLINE_SPANS = frozenset({"day", "hour", "week", "month", "year", "deadline"})


#: what a warning of force names: "warned that Iraq would face further strikes if ..."
_FORCE_WARNED = frozenset({"strike", "airstrike", "attack", "force", "military", "war", "retaliation", "retaliate", "bomb", "bombing",
                           "invasion", "invade", "offensive"})


#: sides a warning may be told to as a threat: "warned foreign governments not to interfere"
_WARNED_STATES = frozenset({"government", "country", "state", "nation", "power", "regime", "neighbour", "neighbor", "militant",
                            "rebel", "force", "army", "military", "junta", "coup", "ally"})
#: what a side warns it will not stand for, and what it warns it will do: "would not tolerate", "would hold accountable"
_NOT_STOOD = frozenset({"tolerate", "allow", "accept", "permit", "countenance", "sit", "stand"})
_SANCTIONS_WARNED = frozenset({"retaliate", "respond", "punish", "hold", "impose", "react", "sanction", "act", "strike"})


def _own_sanction(c: Token) -> bool:
    """Is the warned content ``c`` the warner's own coming act against others: "warned that it would not tolerate any
    attempt", "that it would hold accountable those who ...", "that we will respond"? (A pronoun as its subject, or a
    state's name when a ministry or an envoy warns of an answer in kind; a will or a would.)"""
    if c.dep_ == "ccomp" and _punishment_warned(c):
        return True
    if c.dep_ != "ccomp" or not any(a.lower_ in {"will", "would", "shall", "'ll", "could", "can", "may", "might"}
                                    for a in c.children if a.dep_ == "aux"):
        return False
    if c.lemma_.lower() == "hesitate" and _no_hesitation(c) is not None:
        return True  # "warned that the military would not hesitate to step in"
    subjects = _child(c, {"nsubj"})
    warners = _verb_subjects(c.head)[0]  # (also of a joined verb or a participle: "said ... and warned that", "..., warning that")
    if subjects and all(s.ent_type_ == "GPE" or s.pos_ == "PROPN" for s in subjects) and _retaliation_told(c) and warners and not any(
            w.ent_type_ == "GPE" for w in warners):
        # "Belarus's foreign ministry warned that Minsk would take retaliatory measures", "North Korea's envoy warned that
        # Pyongyang would treat it as a declaration of war": a state's voice names its own capital ("Russia warned that
        # Kiev would retaliate" is another's act)
        return True
    if not any(s.lower_ in {"it", "we", "they", "he", "she"} for s in subjects):
        return False
    lemma = c.lemma_.lower()
    # "warned that it could launch precision nuclear strikes", "that we will attack": its own force
    labour = bool({t.lemma_.lower() for t in c.sent} & _LABOUR_TEXT) or any(_dissenters(w) for w in warners)
    force = not labour and (lemma in {"attack", "invade", "bomb", "strike", "retaliate"} or (
        lemma in {"launch", "carry", "conduct", "use", "unleash", "fire", "mount"} and any(
            o.lemma_.lower() in _FORCE_WARNED | {"weapon", "missile", "rocket"} for o in _child(c, {"dobj"}))))
    return (lemma in _NOT_STOOD and any(n.dep_ == "neg" for n in c.children)) or lemma in _SANCTIONS_WARNED or _retaliation_told(c) \
        or force


def _punishment_warned(c: Token) -> bool:
    """Does the warned content ``c`` say that anyone who does something will face punishment ("warned that anyone found
    torching vehicles would face the harshest punishment", "that those who break the curfew would face strict action")?
    A punishment the warner will see done: a threat. (The parser may hang the clause that faces it deeper.)"""
    # (or split it in two clauses of the warning: "warned that [anyone caught burning buses] [would face ...]")
    clauses = [c, *(x for x in c.head.children if x.dep_ == "ccomp" and x.i != c.i)]
    said = [t for x in clauses for t in x.subtree]
    for w in said:
        if not any(a.dep_ == "aux" and a.lower_ in {"will", "would", "shall", "'ll"} for a in w.children):
            continue
        faced = w.lemma_.lower() == "face" and any(o.lemma_.lower() in _PUNISHMENTS for o in _child(w, _OBJ))
        # "would be treated as criminals", "would be dealt with severely", "would be met with force"
        treated = any(a.dep_ == "auxpass" for a in w.children) and (
            (w.lemma_.lower() in {"treat", "regard"} and any(o.lemma_.lower() in _OUTLAWS for _p, o in _prep_objects(w, ("as",))))
            or (w.lemma_.lower() == "deal" and any(c.lower_ in {"severely", "harshly", "firmly", "ruthlessly", "decisively"}
                                                  for c in w.subtree))
            or (w.lemma_.lower() == "meet" and any(o.lemma_.lower() in {"force", "resistance", "retaliation"} or (
                o.lemma_.lower() in {"response", "reaction"} and any(c.lower_ in _HARSH for c in o.children))
                for _p, o in _prep_objects(w, ("with",)))))
        if faced or treated:
            # whoever acts: "anyone", "those who", "any attempt", "any protester" (not "any request", "all the problems")
            return any(t.lower_ in {"anyone", "anybody", "those", "whoever"} or (t.lower_ in {"any", "all"} and (
                is_person(t.head) or t.head.lemma_.lower() in _ACTS_WARNED)) for t in said if t.i < w.i)
        if w.lemma_.lower() in _PUNISHING:
            # "warned that protesters who blocked roads would be arrested", "police would arrest anyone who ...": whoever
            # does the act named beside them will be punished (no one's arrest foretold by a third party's guess)
            punished = _child(w, _SUBJPASS) if any(a.dep_ == "auxpass" for a in w.children) and not _agent(w) else _child(w, {"dobj"})
            # (a bare plural with its relative clause is whoever does it; "the men who attacked the post" are people sought)
            if any(o.lower_ in {"anyone", "anybody", "those", "whoever"} or ((is_person(o) or o.lemma_.lower() in _WARNED_DOERS) and (
                    any(c.dep_ == "det" and c.lower_ in {"any", "all"} for c in o.children)
                    or (o.tag_ == "NNS" and (any(c.dep_ == "relcl" for c in o.children) or o.lemma_.lower() in _WARNED_DOERS)
                        and not any(c.dep_ in {"det", "poss", "nummod"} for c in o.children)))) for o in punished):
                return True  # (a bare plural of doers: "looters would be shot on sight")
    return False


#: doers a warning names by what they do ("protesters who block roads", "any looter")
_WARNED_DOERS = frozenset({"protester", "demonstrator", "looter", "rioter", "vandal", "striker", "violator", "offender", "motorist",
                           "driver", "trader", "shopkeeper", "resident"})
#: what is done to those a warning names: arrested, prosecuted, punished
_PUNISHING = frozenset({"arrest", "detain", "prosecute", "punish", "jail", "imprison", "charge", "fine", "expel", "deport", "shoot"})


#: acts whose doers a warning threatens: "any attempt to steal this election will be met with resistance"
_ACTS_WARNED = frozenset({"attempt", "act", "violation", "provocation", "effort", "incursion", "aggression", "protester",
                          "demonstrator", "one", "person", "individual", "group"})
#: what those warned will be treated as: "would be treated as criminals"
_OUTLAWS = frozenset({"criminal", "terrorist", "enemy", "traitor", "rebel", "insurgent", "outlaw", "combatant", "target"})


#: what those warned will face: "would face the harshest punishment", "would face strict action"
_PUNISHMENTS = frozenset({"punishment", "action", "consequence", "prosecution", "arrest", "penalty", "charge", "sanction",
                          "jail", "prison", "retribution"})
#: verbs of taking another side's move as something ("would treat it as a declaration of war")
_READING_AS = frozenset({"treat", "regard", "consider", "view", "see"})


def _retaliation_told(c: Token) -> bool:
    """Does the clause ``c`` tell a state's answer in kind: measures or steps in retaliation taken ("would take
    retaliatory measures"), or a move of the other side's taken as war ("would treat any further pressure as a
    declaration of war", "would regard it as an act of war")?"""
    lemma = c.lemma_.lower()
    if lemma in {"take", "adopt"}:
        return any(a.lower_ in {"retaliatory", "reciprocal", "counter", "countermeasures"} or o.lemma_.lower() in {"countermeasure", "retaliation"}
                   for o in _child(c, _OBJ) for a in [o, *o.children])
    if lemma in _READING_AS:
        return any(o.lemma_.lower() in {"declaration", "act"} and any(x.lemma_.lower() == "war" for _, x in _prep_objects(o, ("of",)))
                   for _, o in _prep_objects(c, ("as",)))
    return False


def _warning_of_harm(v: Token, threat: bool = False) -> Optional[str]:
    """Is the verb "warn" a threat: told to a side the text names ("Russia warned the United States against any
    intervention", "China warned Japan that it would not sit idly by") or of what will be done if someone does not
    comply ("warned that Israel would halt the withdrawals if ...")? 138 when force is what it warns of, 130 otherwise
    (``threat``: the lexicon already reads the warning as one, "warned Iraq of military strikes"); None for a warning of
    what may happen ("warned that prices would rise") or one given to the public ("warned
    residents to stay indoors"), a comment or an appeal."""
    named = [o for o in _child(v, {"dobj"}) if o.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or o.pos_ == "PROPN"
             or o.lemma_.lower() in _WARNED_STATES]
    contents = [c for c in v.children if c.dep_ in {"ccomp", "xcomp"}] + [o for _p, o in _prep_objects(v, ("of",))]
    against = [o for _p, o in _prep_objects(v, ("against", "over"))]  # the other side's act warned against: no force of the speaker's
    if not contents + against:
        return None
    words = {t.lemma_.lower() for c in contents for t in c.subtree}
    conditional = any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in a.children)
                      for c in contents + against for a in c.subtree)
    if not named and not conditional and not threat and not any(_own_sanction(c) for c in contents):
        return None
    return "138" if words & _FORCE_WARNED else "130"


#: rounds fired to disperse, not to kill: "rubber bullets", "plastic bullets", "pellets", "stun grenades"
_LESS_LETHAL = frozenset({"rubber", "plastic", "stun", "pepper", "pellet", "beanbag", "foam", "sponge", "baton"})


def _less_lethal(v: Token) -> bool:
    """Does the verb fire or use rounds made not to kill ("police fired rubber bullets at protesters", "used stun
    grenades to break up the crowd", "fired tear gas and water cannon at protesters")? Such fire is repression (175),
    not armed force (19x)."""
    if v.lemma_.lower() not in {"fire", "use", "shoot", "lob", "throw"}:
        return False
    means = _child(v, _OBJ)
    # "fired volleys of tear gas", "fired canisters of pepper spray": the rounds are what the measure counts
    means = [x if m.lemma_.lower() in _VOLLEYS and (x := next((o for _p, o in _prep_objects(m, ("of",))), None)) is not None else m
             for m in means]
    # (the parser may hang the words before the round on one another: "fired [tear gas and stun] grenades")
    return bool(means) and all(m.lemma_.lower() in _CROWD_CONTROL or (m.lemma_.lower() == "cannon" and any(
        c.lower_ == "water" for c in m.children)) or any(
        c.dep_ in {"amod", "compound", "nmod", "conj"} and c.i < m.i and c.lower_ in _LESS_LETHAL | {"tear", "teargas"}
        for c in m.subtree) for m in means)


#: measures of rounds fired: "volleys of tear gas", "canisters of pepper spray"
_VOLLEYS = frozenset({"volley", "round", "canister", "barrage", "salvo", "burst", "cloud", "shell"})
#: what police fire at a crowd to disperse it: "fired tear gas and water cannon at protesters", "fired pepper spray"
_CROWD_CONTROL = frozenset({"pellet", "pellets", "gas", "teargas", "spray"})


#: who governs a firm and answers a bid for it
_GOVERNING_BODY = frozenset({"board", "director", "shareholder", "stockholder", "management"})


def _private_refusal(v: Token, row: LexEntry) -> bool:
    """Is a rejection (12x) a firm's no to a bid for it: "Telerate's two independent directors have rejected the offer
    as inadequate", "the board rejected the takeover bid"? A state's or a union's rejection stays."""
    if row.code[:2] != "12" or v.lemma_.lower() not in {"reject", "spurn", "rebuff", "refuse"}:
        return False
    objects = _objects(v)
    if not objects or not all(o.lemma_.lower() in _PRIVATE_DEALS | {"offer", "proposal"} for o in objects):
        return False
    subjects, passive = _verb_subjects(v)
    if not subjects or passive:
        return False
    governing = all(s.lemma_.lower() in _GOVERNING_BODY for s in subjects)  # a board's or its directors' no is to a bid
    if not governing and not any(o.lemma_.lower() in _PRIVATE_DEALS or any(
            t.ent_type_ == "MONEY" or t.lower_ in {"takeover", "buyout", "share", "cash"} for t in o.subtree) for o in objects):
        return False  # "the company rejected the offer of talks": a bid for the firm is named or priced
    return all(s.lemma_.lower() in _DEAL_PARTIES or s.lower_ in _DEAL_PARTIES or any(c.lower_ in _DEAL_PARTIES for c in s.children)
               for s in subjects)


def _protest_signs(v: Token) -> bool:
    """Are the signs ``v`` holds a demonstration's: held by protesters, or for or against a cause ("a sign in favor of
    the amendment", "signs against the war", "signs reading 'No War'")?"""
    holders = _verb_subjects(v)[0]
    if any(s.lemma_.lower() in _SIGN_HOLDERS for s in holders):
        return True
    if any(t.lemma_.lower() in _SPORT_CROWD for t in v.subtree):
        return False  # "fans held banners during Saturday's match", "supporters of the club held flags as the team bus arrived"
    if any(s.lemma_.lower() == "supporter" and any(c.dep_ in {"compound", "amod", "poss"} and (
            c.lower_ == "opposition" or c.ent_type_ in {"PERSON", "NORP"}) for c in s.children) for s in holders):
        return True  # "opposition supporters", "Trump supporters held signs"
    said = [t for o in _child(v, _OBJ) for t in o.subtree if t.i != o.i] + [t for p in _child(v, {"prep"}) for t in p.subtree]
    return any(t.lower_ in _SIGN_CAUSES or (t.dep_ == "acl" and t.lemma_.lower() in {"read", "say", "call", "demand", "urge"})
               for t in said)


def _survives(c: Token) -> bool:
    """Does the verb ``c`` say its subject lived: "survived", "is recovering", "remains in critical condition", "was
    taken to hospital" / "was hospitalized"?"""
    lemma = c.lemma_.lower()
    if lemma in {"survive", "recover", "hospitalize"}:
        return True
    return lemma in {"remain", "be", "lie", "take", "rush", "list"} and any(
        o.lemma_.lower() in {"condition", "hospital"} for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _survived(v: Token) -> bool:
    """Does the text say that the one gunned down by ``v`` lived ("a man was gunned down and remains in critical
    condition", "gunned down an officer who survived")? Only the victim's own clause counts: a relative clause on
    the victim, or a verb joined to a passive "gunned down" (whose subject is the victim)."""
    if any(t.lemma_.lower() in {"die", "succumb", "dead", "death", "fatal", "fatally", "kill"} for t in v.subtree):
        return False  # "was taken to hospital, where he died"
    victims = _child(v, _OBJ) or _child(v, _SUBJPASS)
    if any(c.dep_ == "relcl" and _survives(c) for o in victims for c in o.children):
        return True
    return bool(_child(v, _SUBJPASS)) and any(c.dep_ == "conj" and not _child(c, _SUBJ) and _survives(c) for c in v.children)


def _faulted_for(v: Token) -> bool:
    """Is the verb ("attacked him for ...") faulting someone for what they did, said or failed to do: a for-phrase
    whose object is a gerund ("for failing to enforce the order") or a deed or a stance ("for his remarks", "for
    their handling of the crisis"), not a span or a purpose ("attacked the town for hours", "for the third time")?"""
    for _, o in _prep_objects(v, ("for",)):
        if o.ent_type_ in {"DATE", "TIME", "ORDINAL", "CARDINAL"}:
            continue
        if (o.tag_ == "VBG" or o.lemma_.lower() in _CONDUCT or o.lemma_.lower() in _JUDGED_THINGS
                or o.lemma_.lower() in {"stance", "view", "views", "role", "record", "failure", "silence", "inaction"}):
            return True
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for p in v.children if p.dep_ == "prep" and p.lower_ == "for" for c in p.children)


#: who weighs causes as an inquiry does
_WEIGHING_CAUSES = frozenset({"investigator", "detective", "police", "marshal", "inspector", "prosecutor", "coroner", "examiner"})
#: what a death in war is told by: "killed in combat", "in a firefight", "while on patrol", "killed in action"
_COMBAT_WORDS = frozenset({"combat", "battle", "firefight", "gunbattle", "gunfight", "skirmish", "patrol", "fighting", "ambush"})


#: a war and its fighting, in which the dead are killed by armed force: "killed in the conflict", "during the siege"
_WARS = frozenset({"war", "conflict", "offensive", "siege", "shelling", "bombardment", "insurgency", "hostility"})
#: wars of no arms: "killed in a turf war" (a gang's), "the drug war", "a price war"
_NOT_ARMED_WARS = frozenset({"price", "trade", "turf", "gang", "drug", "culture", "word", "legal", "class", "bidding", "tariff",
                             "currency", "propaganda", "cartel", "mob", "land", "grazing", "domestic", "family", "gang-related",
                             "labour", "labor", "industrial", "marital"})
#: what makes a campaign or a raid one of arms: "the NATO air campaign", "a military campaign", "bombing raids"
_ARMED_CAMPAIGN_WORDS = frozenset({"air", "aerial", "military", "bombing", "nato", "army", "armed"})


def _killed_in_combat(v: Token) -> bool:
    """Is a killing told as a death in fighting: "in combat", "in action", "while supporting combat operations", "while on
    patrol", "in the conflict", "during the siege", "in the NATO air campaign"?"""
    for p, o in _prep_objects(v, ("in", "during")):
        if o.lemma_.lower() in _COMBAT_WORDS or (o.lower_ == "action" and p == "in" and not any(c.dep_ in {"det", "amod", "compound"} for c in o.children)):
            return True
        if o.lemma_.lower() == "operation" and any(c.lemma_.lower() in {"combat", "military"} for c in o.children):
            return True
        if _child(v, {"nsubj"}):
            continue  # "Mono Jojoy killed in bombing raid" (a headline's subject): the raid tells the killing
        if o.lemma_.lower() in _WARS and not any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _NOT_ARMED_WARS for c in o.children) \
                and not _prep_objects(o, ("on", "between", "over", "among", "with")):
            return True  # "killed in the conflict", "killed during the siege"; not "the drug war", "a price war", "the war on
            #              drugs", "the conflict between rival gangs", "a conflict over grazing land"
        if o.lemma_.lower() in {"campaign", "raid", "strike"} and any(
                c.dep_ in {"compound", "amod", "poss"} and c.lower_ in _ARMED_CAMPAIGN_WORDS for c in o.children):
            return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
               and any(t.lemma_.lower() in _COMBAT_WORDS for t in c.subtree) for c in v.children)


#: the warned who are told what to do for their own good ("warned residents to boil their water"); a warning to a
#: state, an armed force or a named side to act or else is left a warning
_WARNED_PUBLIC = frozenset({"people", "resident", "public", "citizen", "traveler", "traveller", "tourist", "consumer", "parent",
                            "motorist", "driver", "visitor", "patient", "student", "family", "household", "customer",
                            "homeowner", "farmer", "fisherman", "swimmer", "hiker", "passenger", "pilot", "shopper", "user",
                            "villager", "civilian", "inhabitant", "local", "everyone", "anyone", "pregnant", "woman", "child", "elderly", "population", "community"})


def _warned_to_act(v: Token) -> bool:
    """Does "warn" tell members of the public to do (or not do) something: an object of :data:`_WARNED_PUBLIC` and an
    infinitive ("warned people not to drink the water"), or "warned that people should ..."?"""
    def public(t: Token) -> bool:
        return t.lemma_.lower() in _WARNED_PUBLIC or t.lower_ in _WARNED_PUBLIC

    warned = [o for c in v.children if c.dep_ in {"dobj", "nsubj"} and c.i > v.i for o in (c, *c.conjuncts)]
    if any(public(o) for o in warned) and any(
            c.dep_ in {"xcomp", "ccomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children):
        return True
    # "warned that civilians should be given more information", "that residents should stay indoors"
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in {"should", "must"} for a in c.children)
               and any(s.dep_ in {"nsubj", "nsubjpass"} and public(s) for s in c.children) for c in v.children)


#: attacks a side is "backed by" in a fight
_BACKING_STRIKES = frozenset({"strike", "airstrike", "bombardment", "shelling", "fire"})


def _backed_by_strikes(v: Token) -> bool:
    """Is "backed by" said of strikes ("Somali forces backed by U.S. air strikes"), not of people, parties, states or
    forces ("backed by the opposition", "backed by U.S. special forces": an endorsement or a side's support, 051)?"""
    return any(o.lemma_.lower() in _BACKING_STRIKES for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj")


#: bodies whose control is a majority in them: "took control of the Senate", "won control of the council"
_CHAMBERS = frozenset({"senate", "house", "parliament", "chamber", "assembly", "congress", "legislature", "council", "board",
                       "committee", "majority", "company", "firm", "club", "party"})
#: what is denied when it is dismissed outside a court: "dismissed the claim as baseless", "dismissed the reports"
_DENIED_WORDS = frozenset({"claim", "allegation", "accusation", "report", "suggestion", "charge", "assertion", "rumour", "rumor"})
#: what one leaves that is no place: talks (164) and accords (160)
_LEFT_TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "mediation"})
_LEFT_ACCORDS = frozenset({"deal", "agreement", "accord", "treaty", "pact", "convention", "protocol", "ceasefire", "truce",
                           "coalition", "alliance"})


def _left_behind(v: Token) -> Optional[str]:
    """The code of leaving talks (164) or an accord (160) that "pulled out of" or "withdrew from" names, or None."""
    holders = [v, *(c for c in v.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "out")]
    left = [o for h in holders for _p, o in _prep_objects(h, ("of", "from"))]
    if any(o.lemma_.lower() in _LEFT_TALKS for o in left):
        return "164"
    if any(o.lemma_.lower() in _LEFT_ACCORDS for o in left):
        return "160"
    return None


#: what one is declared as a result: "was declared winner", "declared the victor"
_DECLARED_TITLES = frozenset({"winner", "victor", "champion", "president", "mayor", "leader", "elected"})
#: attacks one presses on with: "pressed a ground offensive", "pressed their attack on the city"
_PRESSED_ATTACKS = frozenset({"offensive", "attack", "assault", "campaign", "advance", "onslaught", "bombardment", "siege"})


def _control_of_a_chamber(v: Token) -> bool:
    """Is what ``v`` takes control of a legislature, a board or a firm ("took control of the Senate", "seized control of
    the company")?"""
    for o in _child(v, _OBJ) + _child(v, _SUBJPASS):
        if o.lemma_.lower() == "control":
            return any(x.lemma_.lower() in _CHAMBERS for _p, x in _prep_objects(o, ("of", "over")))
    return False


#: sides of a gunfight an "encounter" is had with: "an encounter with the army", "with security forces"
_ENCOUNTERED_FORCES = frozenset({"army", "police", "force", "forces", "troop", "soldier", "militant", "rebel", "insurgent", "terrorist",
                                 "maoist", "naxal", "naxalite", "gunman", "commando", "rangers", "jawan", "personnel"})


def _gunfight_encounter(n: Token) -> bool:
    """Is the noun "encounter" a gunfight: one in which someone was killed or hurt ("killed in an encounter with the
    army") or had with or between armed forces ("an encounter between militants and security forces")? Not a
    meeting ("a chance encounter with the singer")."""
    if n.dep_ == "pobj" and n.head.lower_ in {"in", "during"} and n.head.head.lemma_.lower() in _CASUALTY_VERBS | {"die", "shoot"}:
        return True
    sides = [o for _p, o in _prep_objects(n, ("with", "between"))]
    sides += [c for o in sides for c in o.conjuncts]
    return any(o.lemma_.lower() in _ENCOUNTERED_FORCES or o.lower_ in _ENCOUNTERED_FORCES for o in sides)


#: what makes a strike or a raid one from the air or of arms, and an operation one of no arms
_ARMED_STRIKES = _STRIKE_ARMS | {"punitive", "cross-border", "israeli", "russian", "american", "u.s.", "us"}
_CIVIL_OPERATIONS = frozenset({"rescue", "search", "salvage", "recovery", "relief", "cleanup", "clean-up", "aid", "evacuation",
                               "mining", "drilling", "business", "sting", "undercover", "surgical", "fishing", "logging",
                               "humanitarian", "airlift", "transport", "shipping", "flight", "flights", "production"})


#: what a crowd does that celebrates: "dancing", "cheering", "waving flags"
_CELEBRATING = frozenset({"dance", "celebrate", "cheer", "sing", "rejoice", "honk", "party", "chant", "ululate", "hug", "weep"})


def _celebrating(v: Token) -> bool:
    """Does the crowd of the verb ``v`` celebrate: a participle of dancing or cheering joined to it, or "to celebrate"
    ("poured into the streets, dancing and blowing whistles", "took to the streets to celebrate")? ("chanting slogans
    against the president" is a protest's.)"""
    acts = [c for c in v.children if c.dep_ in {"advcl", "xcomp", "conj"} and c.pos_ in {"VERB", "NOUN"}]
    acts += [x for a in acts for x in a.conjuncts]

    def against(a: Token) -> bool:
        return any(t.lower_ in {"against", "slogans", "down"} for t in a.subtree)
    # (the tagger may read "dancing" as a noun)
    return any((a.lemma_.lower() in _CELEBRATING or a.lower_.removesuffix("ing") in _CELEBRATING
                or a.lower_.removesuffix("ing") + "e" in _CELEBRATING) and not against(a) for a in acts)


def _armed_operation(v: Token) -> bool:
    """Is what the verb of stopping (``v``) stops a fight: an offensive, shelling, air strikes, a military operation
    ("halted its offensive", "suspended air strikes", "halts Georgia operation"), not a labour strike or a rescue
    ("workers ended their strike", "halted the rescue operation")?"""
    for o in _child(v, _OBJ):
        words = [c for c in o.children if c.dep_ in {"compound", "amod", "nmod"}]
        mods = {c.lower_ for c in words} | {c.lemma_.lower() for c in words}
        mods |= {part for m in mods if "-" in m for part in m.split("-")}  # "the search-and-rescue operation"
        lemma = o.lemma_.lower()
        if lemma == "strike" and not mods & _ARMED_STRIKES:
            return False
        if lemma in {"operation", "raid"} and mods & _CIVIL_OPERATIONS:
            return False
    return True


#: givers whose money given is aid: a state, an agency, a lender of states
_DONORS = frozenset({"government", "donor", "ministry", "administration", "country", "nation", "state", "union", "bank", "fund",
                     "agency", "programme", "program", "organisation", "organization", "charity", "council", "commission"})


def _donor(v: Token) -> bool:
    """Is the giver of the sum that ``v`` gives a state, an international body, an agency or a lender of states ("Norway has
    contributed $80 million", "the bank said it would provide $50 million to Liberia")? Not a firm or a thing ("Apple
    will provide $5 billion to shareholders", "tourism contributed $2 billion to the economy")."""
    return any(g.ent_type_ in {"GPE", "NORP"} or g.lemma_.lower() in _DONORS or (g.pos_ == "PRON" and g.lower_ in {"it", "we"})
               for g in _active_doers(v))


#: what one let in does: lands, enters, crosses, reaches those in need
_LET_IN = frozenset({"land", "enter", "reach", "cross", "pass", "go", "travel", "arrive", "deliver", "come", "fly", "operate",
                     "distribute", "access", "return", "resume", "move"})


def _let_in(v: Token) -> bool:
    """Does the permission ``v`` let someone or something in ("allowed a UN relief flight to land", "let the food convoy
    into Darfur", "allowed 60 trucks of aid into Gaza")?"""
    if any(c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in _LET_IN for c in v.children):
        return True
    return any(p.lower_ in {"into", "in", "through", "across"} and p.dep_ in {"prep", "prt", "advmod"}
               for x in [v, *_child(v, {"dobj"})] for p in x.children)


#: online services whose blocking restricts what people may read and say
_ONLINE = frozenset({"internet", "facebook", "twitter", "youtube", "whatsapp", "website", "telegram", "instagram", "skype",
                     "wikipedia", "google", "gmail", "messaging", "network",
                     # a country's lines cut on a polling day: "ordered operators to cut all communications"
                     "communications", "telecommunications", "sms", "text-messaging",
                     "vkontakte", "odnoklassniki", "weibo", "wechat", "tiktok", "viber", "signal", "linkedin"})


def _online_access(v: Token) -> bool:
    """Does ``v`` block access to, or cut, an online service ("blocked access to Facebook and Twitter", "suspended mobile
    internet services")?"""
    cut = _child(v, _OBJ) or (_child(v, _SUBJPASS) if any(c.dep_ == "auxpass" for c in v.children) else [])
    for o in cut:  # (in the passive too: "internet access has been cut off", "Twitter was blocked")
        reached = [x for _, x in _prep_objects(o, ("to",))] + [o] if o.lemma_.lower() == "access" else [o]
        for x in reached:
            words = {x.lemma_.lower(), x.lower_} | {c.lower_ for c in x.children if c.dep_ in {"compound", "amod"}}
            if words - {"network"} & _ONLINE or ("network" in words and words & {"social", "mobile"} and x.lemma_.lower() != "merger"):
                return True
    return False


#: what a side concedes in a game
_SCORES = frozenset({"goal", "run", "wicket", "try", "penalty", "set", "game", "match", "corner", "boundary", "six",
                     "basket", "touchdown"})


def _held_hostage_figuratively(v: Token) -> bool:
    """Is "hold ... hostage" said of a thing ("to hold football hostage", "held the economy hostage")? People or a
    party held hostage stay held."""
    objs = [c for c in v.children if c.dep_ in _OBJ | {"oprd", "xcomp", "ccomp", "attr"}]
    hostage = [o for o in objs if o.lemma_.lower() == "hostage"]
    if not hostage:
        return False
    held = [c for h in hostage for c in h.children if c.dep_ == "compound"] + [o for o in objs if o.lemma_.lower() != "hostage"]
    return bool(held) and all(x.lemma_.lower() in _HELD_FIGURATIVELY for x in held)


#: what is held hostage only in a figure: a game, an economy, a process ("hold football hostage")
_HELD_FIGURATIVELY = frozenset({"football", "cricket", "sport", "game", "economy", "process", "budget", "talk", "talks",
                                "negotiation", "election", "parliament", "future", "industry", "market", "agenda", "debate",
                                "reform", "policy", "vote", "league"})


#: crowds whose fights are riots: fans, supporters, hooligans, protesters
_CROWD_FIGHTERS = frozenset({"supporter", "fan", "hooligan", "rioter", "protester", "demonstrator", "youth", "mob", "crowd",
                             "ultra", "marcher", "striker"})


def _crowd_fights(verb_events: dict[int, EventCandidate]) -> None:
    """A crowd's fighting is a riot (145), no armed force: "rival supporters fought running battles outside the stadium",
    "fans clashed with police" (the side fought stays the target)."""
    for ev in verb_events.values():
        v = ev.sentence.doc[ev.trigger_i]
        if ev.code[:2] == "19" and v.lemma_.lower() in {"fight", "clash", "brawl", "battle"} and _crowd_fight(v):
            ev.code = "145"


def _one_dispersal(verb_events: dict[int, EventCandidate]) -> None:
    """A crowd broken up is one act of repression however many means it names (settling rule 12): "police fired tear
    gas and shot into the air to disperse the crowd" is one 175, on the dispersal its purpose clause names ("to
    disperse"; on the first means when none is named: "fired tear gas and shot into the air"). Shots into the air by
    police or troops are warning shots (175)."""
    doc = next((ev.sentence.doc for ev in verb_events.values()), None)
    if doc is None:
        return
    for i, ev in list(verb_events.items()):
        v = doc[i]
        if ev.code[:2] == "19" and v.lemma_.lower() in {"shoot", "fire"} and any(
                o.lemma_.lower() == "air" for _p, o in _prep_objects(v, ("into", "in"))) and not _child(v, {"dobj"}) and any(
                d.lemma_.lower() in _POLICE_WORDS | {"security", "troop", "army"} for d in _verb_subjects(v)[0]):
            ev.code = "175"  # "police shot into the air": warning shots
    repressing = {i for i, ev in verb_events.items() if ev.code == "175"}
    # means joined to one another are the first one ("fired tear gas and shot into the air")
    for i in sorted(repressing):
        v = doc[i]
        if v.dep_ == "conj" and v.head.i in verb_events and verb_events[v.head.i].code == "175" and i in verb_events:
            head = verb_events[v.head.i]
            head.targets = head.targets or list(verb_events[i].targets)
            del verb_events[i]
    # the dispersal a measure is done for is the act, with the measure's side ("to disperse the crowd")
    for i in sorted(repressing):
        v = doc[i]
        if i not in verb_events or v.dep_ not in {"advcl", "xcomp"} or v.lemma_.lower() not in _DISPERSING:
            continue
        means = v.head
        while means.i not in verb_events and means.dep_ == "conj" and means.head is not means:
            means = means.head  # (a purpose hung on the second means: "fired tear gas and shot into the air to disperse")
        if means.i in verb_events and verb_events[means.i].code == "175":
            ev = verb_events[i]
            ev.sources = ev.sources or list(verb_events[means.i].sources)
            ev.targets = ev.targets or list(verb_events[means.i].targets)
            del verb_events[means.i]


#: verbs of breaking up a crowd, told as the purpose of a measure ("fired tear gas to disperse them")
_DISPERSING = frozenset({"disperse", "break", "scatter", "clear", "quell", "repel", "push"})


def _strike_effects(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """What a strike or a protest shuts is its effect, no measure of its own: "the Underground was shut down after four
    unions staged a walkout", "the strike forced the closure of several refineries" (a closure with no one named who
    closed). A blockade by strikers, farmers or protesters obstructs (144), no armed blockade (191)."""
    events = [*verb_events.values(), *nouns]
    doc = next((e.sentence.doc for e in events), None)
    if doc is None:
        return
    for e in events:
        t = doc[e.trigger_i]
        held = [x for x in [t, *_child(t, {"dobj"})] if x.lemma_.lower() == "blockade"]
        if e.code == "191" and held and e.sources and all(_dissenters(doc[r.token_i]) for r in e.sources):
            e.code = "144"  # "dockers continued a blockade of the terminal"
    if not any(e.code[:3] in {"143", "141", "140"} for e in events):
        return
    for i, e in list(verb_events.items()):
        if e.code[:3] == "172" and doc[i].lemma_.lower() in {"shut", "close"} and not e.sources:
            del verb_events[i]
    nouns[:] = [n for n in nouns if not (n.code[:3] == "172" and doc[n.trigger_i].lemma_.lower() in {"closure", "shutdown"}
                                           and not n.sources)]


def _crowd_fight(v: Token) -> bool:
    """Are all who fight in ``v`` a crowd ("rival supporters fought running battles", "fans clashed with each other"),
    with no armed side among them?"""
    subjects, _passive = _verb_subjects(v)
    if not subjects or not all(s.lemma_.lower() in _CROWD_FIGHTERS for s in subjects):
        return False
    others = [o for _, o in _prep_objects(v, ("with", "against"))] + _child(v, {"dobj"})
    others = [o for o in others if o.lemma_.lower() not in {"battle", "running"}]  # "fought running battles"
    return all(o.lemma_.lower() in _CROWD_FIGHTERS | {"police", "policeman", "officer", "other", "each"} or o.pos_ == "PRON"
               for o in others)


#: what one greets that is news, no guest: "greeted the promise cautiously", "greeted the news with relief"
_GREETED_NEWS = frozenset({"promise", "pledge", "news", "announcement", "decision", "plan", "move", "proposal", "offer", "result",
                           "verdict", "report", "deal", "agreement", "outcome", "statement", "idea", "step", "ruling", "accord"})


#: legislatures an executive suspends: "suspended parliament", "a decree suspending the assembly"
_LEGISLATURES = frozenset({"parliament", "legislature", "assembly", "congress", "senate", "duma", "majlis", "knesset"})


def _general_sense(v: Token, row: LexEntry) -> Optional[LexEntry]:
    """The lexicon row of a verb in the sense the sentence gives it, or None when that sense is no event.

    - "shoot" (plain row): see :func:`_shot_person`;
    - "gun down" (1823) of someone the text says lived: an assault (182), see :func:`_survived`;
    - "declare" a status ("declared him incompetent", "was declared dead"): a finding, not a statement (010);
    - "beat" in a ball game ("beat the goalie with a backhand", "beat them 3-1"): a game, not an assault;
    - a verb of criticism used for motion ("slammed into a field", "blasted off"): no event;
    - people "forcibly returned" are deported (174);
    - a bare "she asked." after a quoted question is a statement (010), not an appeal;
    - "sent to jail" (173) holds a person, not goods sent to a prison;
    - "struck him" (182) is a blow by someone or their vehicle, not by a tragedy or lightning;
    - "holding signs" (141) is a demonstration only by protesters or with signs for or against a cause;
    - "assured them that ..." of what is (not what will be done) is reassurance (013), not a promise;
    - a person released or returned (0841) from a contract or back to office is no release, and one returned to a
      place rather than to a person is the plain return (084);
    - "broke with" parts from a named side only (160), not from tradition;
    - a person stopped by the law or for an offence is held (173), not a stopover (042).
    - "insisted (that) the problems had nothing to do with it", a clause in the indicative, is an assertion, no demand
      ("insisted that the troops withdraw", "insisted they must leave" stay demands);
    - "attacked him for failing to act", "for its handling of the crisis": faulting someone is criticism (111);
    - "the judge ordered that ...", "a court ordered the city to ...": a court's order is imposed (172, as the noun "court
      order"), not a demand (100);
    - "the treaty banning all nuclear tests": what a treaty or a law lays down is no act done;
    - "pledged to further strengthen their partnership": relations furthered in a wish are no act (:func:`_ties_to_come`);
    - "the accused" is a defendant, no accusation (:func:`_the_accused`);
    - deploying cameras or resources is no show of force (:func:`_armed_deployed`);
    - money released is aid (071), statistics released are no release;
    - rubber bullets and stun grenades fired are repression (175), no armed force (:func:`_less_lethal`);
    - a firm's board rejecting a bid for it is business, no event (:func:`_private_refusal`);
    - "the violence threatened to wreck the agreement": a happening or a thing threatens no one (:func:`_threat_of_things`);
    - "the attackers arrived in pickup trucks": an attack's approach is no visit; nor is someone flown somewhere by others;
    - "entered the town" takes ground (192) only when an armed force enters it (:func:`_armed_doer`);
    - "gave Syria three days to ...": a deadline set for a side to act is an ultimatum (139) only with the act named
      (:func:`_deadline_to_act`);
    - a warning to a named side, or of what will be done if it does not comply, is a threat (130; 138 when force is
      what it warns of), not a pessimistic comment (:func:`_warning_of_harm`);
    - "seized on the exchange" takes a chance, no one seized; control of a legislature or a board taken is a majority
      (:func:`_control_of_a_chamber`); a thing or a measure that "raised concerns" is no one's comment;
    - a claim dismissed outside a court is denied (016); an offensive pressed is fought (190); forces ordered in are
      deployed (154); talks or an accord pulled out of are halted (164) or left (160, :func:`_left_behind`);
    - a police commissioner summoned is no envoy; only armed forces advance on a place (190) or flee in retreat (0874);
    - a winner or a finding declared ("was declared winner", "declared him disqualified") is no statement;
    - a warning of the warner's own sanction ("would not tolerate", "would hold accountable") threatens (130,
      :func:`_own_sanction`); a diplomat declared persona non grata is expelled (166);
    - fighting halted, ended or called off de-escalates (087) only when it is armed (:func:`_armed_operation`: not a
      labour strike or a rescue); an admission ("conceded that ...") yields nothing; envoys summoned home are
      recalled (161); an accusation told again for its denial ("..., charges the police deny") is no second one;
    - dragging someone "to safety" is a rescue; a crowd pouring into the streets dancing celebrates
      (:func:`_celebrating`); a blank cheque signed is an idiom;
    - a letter or a petition signed is no accord; seized or poaching boats, or fishing boats blown up or scuttled, are
      property destroyed (1712, :func:`_boats_destroyed`); a squeeze on ports or an economy strangles no one; doctors
      examining the hurt inquire into nothing; a rescue at sea is aid (073) only by a state (:func:`_state_rescue`);
    - troops sent to keep the peace are peacekeepers given (074); warships sailing close or shadowing show force (150)
      only as warships (:func:`_warships_doing`); states or ministers clashing over an issue dispute it (110,
      :func:`_clash_of_words`); one put on a flight to a country is sent away (174); a running total of people held
      counts acts told before (:func:`_in_a_running_total`);
    - a thing held hostage is a figure (:func:`_held_hostage_figuratively`); goals or runs conceded are a score; a plan
      pressed ahead with demands nothing; news greeted is no reception; patients admitted admit nothing; an executive
      order signed is no accord (:func:`_an_executive_order`);
    - illegal immigration aided is the crime (180), no aid; a legislature suspended is restricted (172).
    """
    lemma = v.lemma_.lower()
    if _laid_down(v):
        return None  # "the treaty banning all nuclear tests", "a law requiring ...": what the text lays down, no act done
    if lemma == "suspend" and row.code == "160" and any(o.lemma_.lower() in _LEGISLATURES for o in _child(v, _OBJ | _SUBJPASS)):
        # "President Saied suspended parliament": a legislature restricted (172), not relations reduced
        return LexEntry("V", lemma, None, None, False, "172", True, origin="a legislature suspended")
    if lemma in {"aid", "help", "assist"} and row.code[:2] == "07" and any(
            o.lemma_.lower() in {"immigration", "entry", "migration"} and any(c.lower_ in {"illegal", "clandestine", "irregular"}
                                                                          for c in o.children)
            for o in [*_child(v, {"dobj"}), *(x for c in v.children if c.dep_ == "conj" for x in _child(c, {"dobj"}))]):
        # "charged with aiding (and abetting) illegal immigration": the crime aided is the crime (180), no aid
        return LexEntry("V", lemma, None, None, False, "180", True, origin="a crime aided")
    if lemma == "host" and row.code == "043" and (hosted := _child(v, {"dobj"})) and all(
            _group_of(o).lemma_.lower() in _HOSTED_THINGS or o.lemma_.lower() in _HOSTED_THINGS for o in hosted):
        return None  # "could host one of the new centres", "hosted the World Cup": no visit (refugees hosted stay 043)
    if lemma == "occupy" and row.code == "192" and not _agent(v) and any(
            s.lemma_.lower() in _DWELLINGS for s in _child(v, _SUBJPASS)):
        return None  # "the building had not yet been occupied", "the flats are occupied by families": lived in, not taken
    if lemma == "order" and row.code == "100" and (objs := _child(v, {"dobj"})) and all(o.lemma_.lower() in _HEALTH_MEASURES for o in objs):
        # "Singapore orders electronic tagging for quarantine violators", "ordered mass testing": a measure imposed
        return LexEntry("V", lemma, None, None, False, "172", True, origin="a measure ordered")
    if lemma == "return" and row.code[:3] == "084" and (people := _returning_people(v)) and all(
            o.lemma_.lower() in _RETURNING_PEOPLE or _on_the_move(o) for o in people):
        return None  # "citizens returning from Europe", "a group of returning workers": people coming home, nothing given back
    if row.code == "151" and v.lemma_.lower() in {"raise", "elevate", "increase", "heighten"} and _health_alert(v):
        return None  # "the WHO declared a pandemic, raising its alert to the highest level": a health alert, no forces readied
    if row.code == "042" and lemma in {"go", "come", "travel", "arrive", "head"} and any(
            c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _RAIDING for c in v.children):
        return None  # "security forces had gone to the building to arrest criminals": the arrest's approach, no visit
    if lemma in {"detonate", "explode", "set", "test"} and row.code[:2] == "18" and any(
            t.lower_ in {"nuclear", "atomic", "thermonuclear", "hydrogen"} for o in _child(v, _OBJ) + _child(v, _SUBJPASS) for t in o.subtree
    ) and not any(a.lemma_.lower() in _PLOTS | {"try", "attempt", "threaten"} for a in v.ancestors) and not any(
            is_person(s) or s.lemma_.lower() in _ARMED_SUBJECTS for s in _verb_subjects(v)[0]):
        return LexEntry("V", lemma, None, None, False, "150", True, origin="a nuclear test")  # "detonated a nuclear device"
    if lemma == "walk" and row.code == "143" and any(o.dep_ == "pobj" and o.head.lower_ in {"of", "from"} and o.lemma_.lower() in _TALK_ROOMS
                                                     for o in v.subtree):
        return LexEntry("V", lemma, None, None, False, "164", True, origin="talks walked out of")  # "walked out of the summit"
    if lemma in {"pull", "withdraw"} and row.code[:3] in {"087", "0874"} and (objs := _child(v, {"dobj"})) and all(
            o.lemma_.lower() in {"staff", "worker", "employee", "national", "citizen", "diplomat", "personnel"} and not any(
                c.lower_ in {"military", "army"} for c in o.children) for o in objs) and (doers := _active_doers(v)) and all(
            d.ent_type_ in {"GPE", "NORP"} or d.lemma_.lower() in {"government", "ministry", "state"} for d in doers):
        return LexEntry("V", lemma, None, None, False, "160", True, origin="staff pulled out")  # "pulled out its staff from Kaesong"
    if lemma == "arm" and row.code[:3] == "072" and v.tag_ == "VBN" and _prep_objects(v, ("with",)) and not _agent(v) and (
            v.dep_ in {"acl", "amod", "appos", "ccomp", "conj"} or not any(c.dep_ == "auxpass" for c in v.children)):
        return None  # "some armed with automatic rifles", "men armed with knives": how they were armed, no arms given
    if lemma == "announce" and row.code[:2] == "01" and (
            (objs := _child(v, {"dobj"})) and all(o.lemma_.lower() in {"resignation", "retirement", "departure", "candidacy"} for o in objs)
            or (subj := _child(v, _SUBJPASS)) and all(s.lemma_.lower() in {"cabinet", "government", "team", "line-up", "lineup"} for s in subj)):
        return None  # "announced his resignation", "the new cabinet was announced": no public matter stated
    if lemma == "want" and row.code == "173" and not any(c.dep_ == "auxpass" for c in v.children) and v.dep_ != "acl" and (
            _child(v, {"nsubj"}) or v.dep_ == "relcl"):
        return None  # "areas ... which the Palestinians want for a future state": a wish, no one wanted by the police
    if row.code == "172" and lemma in {"tighten", "impose", "reintroduce"} and row.objects and row.objects <= {"control", "check"} and not (
            _border_words(v) and all(d.ent_type_ in {"GPE", "NORP"} or d.lemma_.lower() in _STATE_HEADS for d in _active_doers(v))):
        return None  # "rebels tightened their control of the town", "the bank tightened credit checks": no border measure
    if lemma == "pardon" and row.code == "0841" and not any(o.lemma_.lower() in _PARDONED_HELD for o in _child(v, _OBJ) + _child(v, _SUBJPASS)) \
            and not doc_lemmas(v.doc) & _JAIL_WORDS:
        return LexEntry("V", lemma, None, None, False, "056", True, origin="pardon")  # "Ford pardoned Nixon": forgiven, no one freed
    if row.code == "174" and lemma in {"send", "push", "turn"} and all(
            o.lemma_.lower() == "boat" for o in _child(v, _OBJ) + _child(v, _SUBJPASS)) and not doc_lemmas(v.doc) & _MIGRANTS:
        return None  # "the fishermen turned back their boat because of the storm": no migrants sent back
    if lemma == "vow" and row.code[:2] == "03" and _vowed_revenge(v):
        return LexEntry("V", lemma, None, None, False, "130", True, origin="revenge vowed")  # "vowed revenge", "would pay dearly"
    if lemma == "hold" and row.code == "173" and _held_in_jail(v):
        return None  # "Palestinians held in Israeli jails began a hunger strike": who they are, no arrest told
    if lemma == "charge" and row.code[:3] == "173" and any(o.lemma_.lower() in _CHARGED_DEVICES for o in _child(v, {"dobj"})):
        return None  # "the men charged their telephones": power, no charge laid
    if lemma == "bulldoze" and row.code[:2] == "17" and any(c.lower_ == "through" for c in v.children):
        return None  # "tried to bulldoze through changes": a plan forced through, nothing demolished
    if lemma == "intimidate" and row.code[:2] == "13" and _negated(v) and any(a.dep_ == "auxpass" for a in v.children):
        return None  # "the town would not be intimidated": a side's resolve, no threat made
    if lemma in {"pull", "back"} and row.code[:3] in {"087", "0874"} and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _PLACES_LEFT_BY_CAR for o in v.subtree):
        return None  # "was ambushed as he pulled out of his driveway": a car leaving, no retreat
    if lemma == "call" and row.code[:3] == "041" and v.i + 1 < len(v.doc) and v.nbor().lower_ == "in" and any(
            t.lemma_.lower() in {"strike", "airstrike", "support", "reinforcement", "backup", "artillery", "helicopter", "army",
                                 "troop", "police", "military"} for t in v.nbor().subtree):
        return None  # "troops called in an air strike", "called in reinforcements": help summoned, no telephone call
    if lemma in {"cancel", "postpone", "scrap", "abandon"} and row.code[:2] == "16" and (
            objs := _child(v, {"dobj"})) and all(o.lemma_.lower() in {"trip", "visit", "tour", "journey"} for o in objs):
        return None  # "cancelled a trip to Spain": the visit is told negated on its noun, no relations cut
    if row.code[:2] == "07" and v.dep_ == "compound" and v.head.lemma_.lower() in _AID_PEOPLE:
        return None  # "Aid groups criticised the decision" (a headline's "Aid" read as a verb): who they are, no aid given
    if lemma == "carry" and row.code == "042" and any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return None  # "coalition aircraft carried out 25 strikes": an act carried out (its noun's), no passenger carried
    if lemma in {"seize", "pounce"} and not _child(v, _OBJ) and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in v.children):
        return None  # "Romney seized on the exchange", "critics pounced on the gaffe": a chance taken, nothing seized
    if row.code == "192" and lemma in {"take", "seize", "win", "gain", "retain", "keep", "wrest", "regain"} and _control_of_a_chamber(v):
        return None  # "the Republicans took control of the Senate": a majority won, no territory taken
    if lemma == "dismiss" and row.code == "116":
        subjects, passive = _verb_subjects(v)
        doers = _agent(v) if passive else subjects
        if doers and not any(_on_the_bench(s) for s in doers) and any(
                o.lemma_.lower() in _DENIED_WORDS for o in _child(v, _OBJ) + (subjects if passive else [])):
            # "the presidency dismissed the claim as baseless": a denial; a court's dismissal of a claim is its ruling
            return LexEntry("V", lemma, None, None, False, "016", True, origin="a claim dismissed")
    if lemma in {"pull", "withdraw"} and row.code[:3] in {"087", "0874"} and (left := _left_behind(v)) is not None:
        # "Russia pulled out of the talks", "the rebels pulled out of the ceasefire": talks halted, an accord left
        return LexEntry("V", lemma, None, None, False, left, True, origin="talks or an accord left")
    if lemma == "summon" and row.code == "114" and any(o.lemma_.lower() == "commissioner" and not any(
            m.lower_ == "high" for m in o.children) for o in _child(v, _OBJ)):
        return None  # "summoned the police commissioner to testify": a high commissioner is an envoy, another is no one's envoy
    if lemma == "order" and row.code == "100" and not any(c.dep_ in {"xcomp", "ccomp"} for c in v.children) and any(
            o.lemma_.lower() in _FORCES_DEPLOYED and (_prep_objects(v, ("to", "into")) or any(
                x.ent_type_ in {"GPE", "LOC"} for _p, x in _prep_objects(o, ("to", "into"))) or any(
                m.lower_ in {"additional", "more", "extra", "fresh", "new"} for m in o.children)) for o in _child(v, _OBJ)):
        # "ordered 30,000 additional troops to Afghanistan": forces sent, no demand
        return LexEntry("V", lemma, None, None, False, "154", True, origin="forces ordered in")
    if lemma == "order" and row.code == "100" and not any(c.dep_ in {"xcomp", "ccomp", "oprd"} for c in v.children) and (
            objs := _child(v, {"dobj"})) and all(_goods_ordered(o) for o in objs):
        return None  # "the EU has ordered 300 million doses", "ordered 36 fighter jets from France": a purchase, no demand
    if lemma == "deny" and row.code == "016" and (withheld := _child(v, {"dobj"})) and all(
            o.lemma_.lower() in _DENIED_BENEFITS for o in withheld):
        # "threatened to deny the city state funding", "to deny Republicans the quorum": something withheld, no claim
        # denied; aid or money withheld reduces aid (162) (entry, visas, access or bail denied keep the lexicon's reading)
        if any(o.lemma_.lower() in {"funding", "fund", "money", "aid", "grant", "assistance"} for o in withheld):
            return LexEntry("V", lemma, None, None, False, "162", True, origin="aid withheld")
        return None
    if lemma in {"advance", "push"} and row.code == "190" and row.prep != "from" and not _armed_subject(v):
        return None  # "stocks advanced on Monday", "the bill advanced on a party-line vote", "pushed toward a deal"; "troops
        #              advanced on the airport", "rebel forces pushed toward the town" fight
    if lemma == "flee" and row.code == "0874" and (v.dep_ == "xcomp" or not _armed_subject(v, gunmen=False)):
        return None  # "residents fled the fighting": people fleeing make no retreat; "government troops fled" is one
    if lemma == "press" and row.code[:2] == "10" and any(o.lemma_.lower() in _PRESSED_ATTACKS for o in _child(v, _OBJ)):
        # "soldiers pressed a ground offensive against Kurdish rebels": the offensive carried on, no demand
        return LexEntry("V", lemma, None, None, False, "190", True, origin="an offensive pressed")
    if row.code == "012" and lemma == "raise" and (((raisers := _verb_subjects(v)[0]) and all(
            s.lemma_.lower() in _THREATENING_THINGS or _instrument(s) for s in raisers)) or (
            v.dep_ == "advcl" and v.tag_ == "VBG" and not _child(v, _SUBJ) and (happenings := _verb_subjects(v.head)[0]) and all(
                s.pos_ == "NOUN" and not _party(s) and not is_person(s) for s in happenings))):
        return None  # "the decision raised concerns among diplomats": what worries others is no one's comment
    if lemma == "declare" and row.code[:2] == "01" and any(t.lower_ == "grata" for c in v.children if c.dep_ in {"ccomp", "oprd", "dobj", "xcomp"}
                                                          for t in c.subtree):
        # "declared the diplomat persona non grata": an envoy expelled, as "expelled the diplomat" (166)
        return LexEntry("V", lemma, None, None, False, "166", True, origin="persona non grata")
    if row.code == "087" and row.objects and "offensive" in row.objects and not _armed_operation(v):
        return None  # "workers ended their strike" (dissent eased, :func:`_dissent_eased`), "halted the rescue operation"
    if row.code == "141" and lemma in {"pour", "flood", "spill", "take"} and _celebrating(v):
        return None  # "supporters poured into the streets, dancing and blowing whistles": a celebration, no protest
    if row.code[:2] == "05" and lemma == "sign" and any(
            o.lemma_.lower() in {"cheque", "check"} and any(c.lower_ == "blank" for c in o.children) for o in _child(v, _OBJ)):
        return None  # "nobody should expect us to sign a blank cheque": an idiom, no agreement
    if row.code[:2] == "09" and lemma in {"examine", "check", "treat"} and (doers := _active_doers(v)) and all(
            d.lemma_.lower() in _MEDICS for d in doers):
        return None  # "the sailors were examined by doctors": care, no inquiry
    if row.code == "190" and lemma == "clash" and _clash_of_words(v):
        return LexEntry("V", lemma, row.prep, None, False, "110", True, origin="dispute")  # "India and U.S. clash over farm safeguards"
    if row.code[:3] == "154" and lemma in {"send", "deploy", "dispatch", "contribute", "commit"} and _to_keep_the_peace(v):
        # "appealed to member states to send troops for a planned peacekeeping force in Somalia": troops given to keep peace
        return LexEntry("V", lemma, row.prep, None, False, "074", True, origin="peacekeepers sent")
    if row.code == "174" and lemma == "put" and row.prep == "on":
        # "put the Tunisian on a plane to Tunis", "was put on a flight to Tunis": the one sent away is the target, not
        # the flight; a thing put on a plane, or a flight with no destination, sends no one away
        put = _child(v, _OBJ) or _child(v, _SUBJPASS)
        if not (put and all(is_person(x) or x.lower_ in {"he", "she", "they"} for x in put) and any(
                p.lower_ == "to" for _, f in _prep_objects(v, ("on",)) for p in f.children)):
            return None
        return LexEntry("V", lemma, None, None, False, "174", row.strong, origin="put on a flight")
    if row.code == "150" and lemma in {"sail", "shadow", "tail"} and not _warships_doing(v):
        return None  # "the yacht sailed through the strait", "reporters shadowed the candidate": no show of force
    if v.tag_ == "VBN" and v.dep_ in {"acl", "ccomp"} and _in_a_running_total(v):
        return None  # "bringing to four the number of people detained": the acts told before, counted
    if row.code == "073" and lemma in {"rescue", "pick"} and not _state_rescue(v):
        return None  # "firefighters rescued two people from the blaze": no act of states
    if row.code[:2] == "18" and lemma in {"strangle", "choke", "throttle", "suffocate"} and (objs := _child(v, _OBJ)) and all(
            o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in _STRANGLED_THINGS for o in objs):
        return None  # "trying to strangle its eastern ports", "the blockade is strangling the economy": a squeeze, no killing
    if lemma == "scuttle" and not _boats_destroyed(v):
        return None  # "the rebels scuttled their own ship": no state's measure against boats
    if row.code[:2] in {"18", "19"} and lemma in _SINKING and _boats_destroyed(v):
        if not _child(v, _OBJ) and any(x.lemma_.lower() in _SINKING and _child(x, _OBJ)
                                       for x in _joined_verbs(v)):
            return None  # "blew up and sank 23 boats": one destruction, coded on the verb that names the boats
        return LexEntry("V", lemma, row.prep, None, False, "1712", True, origin="boats destroyed")  # "Indonesia blew up 23 foreign fishing boats"
    if row.code[:2] == "05" and lemma == "sign" and not row.objects and (signed := _child(v, _OBJ) or _child(v, _SUBJPASS)) and all(
            o.lemma_.lower() in _SIGNED_PAPERS or _an_executive_order(o) for o in signed):
        # "senators signed a letter", "signed a petition": no accord; nor an executive order a president signs (what it
        # orders is coded)
        return None
    if lemma == "charge" and v.dep_ == "conj" and v.head.lemma_.lower() in _ACCUSING and any(
            c.dep_ in {"ccomp", "relcl"} and c.lemma_.lower() in _DENYING for c in v.children):
        return None  # "have accused police of executing suspects, charges the police deny": the accusation told again
    if row.code[:2] == "18" and lemma in {"drag", "pull", "carry", "haul"} and any(
            o.lower_ == "safety" for _p, o in _prep_objects(v, ("to",))):
        return None  # "soldiers crawled forward to drag him to safety": a rescue, no assault
    if lemma in _SUMMONING and row.code == "114" and any(c.lower_ in {"home", "back"} and c.dep_ in {"advmod", "npadvmod", "prt"}
                                                      for c in v.children):
        # "summoning its own envoys home", "called its ambassador back": envoys recalled, relations cut (as "recalled")
        return LexEntry("V", lemma, None, None, False, "161", True, origin="envoys called home")
    if lemma in {"ban", "outlaw", "prohibit", "forbid"} and v.dep_ == "acl" and v.tag_ == "VBN" and any(
            o.lemma_.lower() in {"law", "convention", "treaty", "rule", "agreement", "protocol", "statute"}
            for _p, o in _prep_objects(v, ("under", "by"))):
        return None  # "a chemical weapon banned under international law": a rule in force, no act of banning
    if lemma == "concede" and row.code[:2] == "08" and _child(v, {"ccomp"}) and not _child(v, _OBJ):
        return None  # "his aides conceded that supporters were afraid": an admission, nothing yielded ("conceded defeat" is)
    if row.code[:2] == "13" and lemma == "threaten" and _threat_of_things(v):
        return None  # "the violence threatened to wreck the agreement", "the dispute threatens to derail the talks": a risk, no one threatens
    if row.code == "042" and lemma == "fly" and any(o.dep_ == "dobj" and (is_person(o) or o.pos_ == "PRON") for o in v.children):
        return None  # "arrested the general and flew him to The Hague": someone flown there by others makes no visit
    if row.code == "042" and lemma == "fly" and _flown_in_custody(v):
        return None  # "the suspect was flown from Bogota to Miami to stand trial", "the wounded were flown to hospital"
    if row.code == "042" and lemma == "arrive" and any(
            s.lemma_.lower() in _VIOLENT_ARRIVALS for c in v.children if c.dep_ == "nsubj" for s in [c, *c.conjuncts]):
        return None  # "the attackers arrived in pickup trucks and opened fire": the attack's approach, no visit
    if row.code == "042" and lemma in {"arrive", "travel", "come", "land"} and (movers := _verb_subjects(v)[0]) and all(
            _on_the_move(m) for m in movers):
        return None  # "Syrian refugees arrived at Hanover airport": people on the move, no visit of a side
    if lemma == "fight" and row.code[:2] in {"18", "19"} and _political_fight(v):
        return None  # "we have fought hard", "vowed to fight on in Michigan", "he had fought a tough battle": a contest of words
    if row.code == "071" and lemma == "announce" and not any(t.lemma_.lower() in _AID_WORDS for o in _child(v, _OBJ) for t in o.subtree):
        return LexEntry("V", "announce", None, None, False, "010", False, origin="a sum announced")  # "announced $300
        # million in new sanctions", "in spending cuts": no aid given, a plain announcement
    if row.code == "180" and lemma == "spy" and _charged(v) is None:
        return None  # "the NSA spied on the chancellor's phone": espionage is coded when a charge, a suspicion or a verdict names it
    if row.code == "175" and lemma == "fire" and not any(
            s.lemma_.lower() in _POLICE_WORDS | _ARMED_SUBJECTS or s.lower_ in _POLICE_WORDS for s in _verb_subjects(v)[0] + _agent(v)):
        return None  # "a man fired pepper spray at passengers": an assault by no force, not repression
    if row.code == "163" and lemma == "ban" and any(o.lemma_.lower() == "trade" for o in _child(v, _OBJ)) \
            and not any(p.dep_ == "prep" and p.lower_ in {"in", "with"} for p in v.subtree):
        return LexEntry("V", "ban", None, None, False, "172", True, origin="a rule of trade")  # "the city banned trade on
        # Sundays": a local rule, as the plain row reads a ban, no embargo
    if row.code == "141" and lemma in {"flood", "pour"} and not any(
            d.lemma_.lower() in _STREET_PROTESTERS for s in _verb_subjects(v)[0] for d in [s, *(o for _p, o in _prep_objects(s, ("of",)))]):
        return None  # "tourists poured into the square for the fireworks": a crowd, no demonstration
    if row.code == "017" and lemma in {"mark", "commemorate", "celebrate"} and (
            (any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and not _child(v, _SUBJ))
            or any(o.pos_ == "NOUN" and not _party(o) and not is_person(o) for o in _child(v, _SUBJ))
            or any(p.lower_ == "with" for p in v.children if p.dep_ == "prep")):
        # "in a phone call to mark the anniversary": the purpose of the act told; "a plaque commemorates the victims": no
        # side; "marked the anniversary with a bomb attack": the attack is the act
        return None
    if _unarmed_campaign(v, row):
        return None  # "Obama ended his campaign in Iowa": no fighting stepped down
    if lemma == "withdraw" and row.code == "087" and any(o.lemma_.lower() in _WITHDRAWN_FROM for _p, o in _prep_objects(v, ("from",))):
        return None  # "the prosecutor withdrew from the case", "she withdrew from the race": no forces pulled back
    if lemma in {"enter", "sweep", "roll"} and row.code == "192" and not _armed_doer(v):
        return None  # "the president entered the capital to cheers", "tourists entered the city": no territory taken
    if lemma == "give" and row.code == "139" and not _deadline_to_act(v):
        return None  # "gave the players two days off", "gave it a week": no deadline set for a side to act
    if lemma == "warn" and row.code in {"012", "130"} and (threat := _warning_of_harm(v, row.code == "130")) is not None \
            and threat != row.code:
        return LexEntry("V", lemma, row.prep, row.objects, False, threat, True, origin="a warning to a side")
    if row.code == "054" and lemma in {"recognize", "recognise"} and not row.objects:
        known = _child(v, _OBJ)
        if known and all(o.lemma_.lower() in _MERITS for o in known):
            return LexEntry("V", lemma, None, None, False, "051", row.strong, origin="merit recognised")  # "recognised their bravery"
        if known and all(is_person(o) or o.ent_type_ == "PERSON" or o.lemma_.lower() in _KNOWN_THINGS for o in known):
            return None  # "a neighbour who recognized him", "recognized the need for reform": no state recognised
    if row.code[:3] == "051" and lemma == "back" and _backed_by_arms(v):
        return None  # "police units, backed by tanks and artillery, pushed into the valley": arms at their side, no support voiced
    if row.code[:2] == "05" and lemma in {"back", "ally"} and _standing_backing(v):
        return None  # "rebels backed by Rwanda seized the town", "Haftar, who is backed by Egypt", "fighters allied to the
        #              government": who stands behind a side, told of it in passing, is no act of support
    if row.code == "0842" and any(o.lemma_.lower() in {"control", "percent", "part"} and not any(
            x.ent_type_ in {"GPE", "LOC", "FAC"} or x.lemma_.lower() in _HANDED_PLACES for _, x in _prep_objects(o, ("of",)))
            for o in _child(v, _OBJ) + _child(v, _SUBJPASS)):
        return None  # "control of the club was handed over to the new owners": no territory returned
    if row.code[:2] == "05" and lemma in _FURTHERING and _ties_to_come(v):
        return None  # "pledged to further strengthen their partnership", "ties will be further strengthened": a wish for
        #              good relations, no act of cooperation (the pledge or the hope is the event)
    if lemma in {"deploy", "station", "mobilize", "mobilise"} and row.code[:2] == "15" and not row.objects and _child(v, _OBJ) and not any(
            _armed_deployed(o) for o in _child(v, _OBJ)):
        return None  # "deployed thermal cameras at the airport", "deployed extra resources": no force put on alert
    if lemma == "release" and row.code == "084" and not row.objects:
        freed = _child(v, _OBJ) + _child(v, _SUBJPASS)
        if freed and all(_sum_of_money(o) or o.lemma_.lower() in {"fund", "funds", "money", "cash"} for o in freed):
            # "the WHO released $300,000 from its emergency fund": money paid out is aid (071), no one freed
            return LexEntry("V", lemma, None, frozenset(o.lemma_.lower() for o in freed), False, "071", True, origin="money released")
        if any(o.lemma_.lower() in {"statistic", "statistics", "figure", "data"} for o in _child(v, _SUBJPASS)):
            return None  # "the statistics released on Monday": figures made public, no one freed
    if lemma == "accuse" and _the_accused(v):
        return None  # "the accused was remanded", "a fourth accused is at large": a defendant named, no accusation
    if row.code[:2] in {"18", "19"} and _less_lethal(v):
        # as "fired tear gas at demonstrators": the rounds are the means, the at-phrase's object the target
        aim = next((p.lower_ for p in v.children if p.dep_ == "prep" and p.lower_ in {"at", "on", "into"}), None)
        return LexEntry("V", lemma, aim, frozenset(o.lemma_.lower() for o in _child(v, _OBJ)), False, "175", True,
                        origin="less-lethal rounds")
    if _private_refusal(v, row):
        return None  # "the board rejected the offer as inadequate": a firm's business (guidelines, section 2)
    if row.code[:2] == "12" and (ruled := _deal_ruled(v)) is not None:
        return ruled  # "the government rejected the takeover": a refusal of a private deal (settling rule 24)
    if row.code == "100" and lemma == "order" and not row.prep and not row.objects:
        subjects, passive = _verb_subjects(v)
        if subjects and not passive and all(_on_the_bench(s) for s in subjects):
            return LexEntry("V", "order", None, None, False, "172", True, origin="court order")
    if lemma == "stop" and row.code == "042" and _police_stop(v) is not None:
        return _police_stop(v)  # "police stopped her in Newton County": a stop by the law, no stopover
    if lemma == "stop" and row.code == "042" and _child(v, _SUBJPASS):
        # a stopover is made, never undergone: "the schooner was stopped by a North Korean patrol boat" is intercepted
        # (171) when a vessel is stopped by a state's craft or forces; else no visit
        stopped, agents = _child(v, _SUBJPASS), _agent(v)
        if any(is_vessel(x) for x in stopped) and any(_state_craft(a) or _law_word(a) or a.lemma_.lower() in _WARSHIPS for a in agents):
            return LexEntry("V", lemma, None, None, False, "171", True, origin="vessel stopped")
        return None
    if row.lemma == "warn" and row.code[:2] == "13" and row.prep == "of" and not _force_told(v.sent) and any(
            o.lemma_.lower() in _WARNED_HAZARDS or hazard(o) or (o.lemma_.lower() in _THREAT_WORDS and any(hazard(t) for t in _threatening(o)))
            for _, o in _prep_objects(v, ("of",))):
        # "warned of a crisis", "are warning of a growing threat of measles"
        return LexEntry("V", "warn", "of", None, False, "012", row.strong, origin="hazard warning")
    if row.lemma == "consider" and row.code == "014" and any(
            t.lemma_.lower() in _WEIGHING_CAUSES for t in _verb_subjects(v)[0]):
        # "investigators were considering arson and other possible causes": an inquiry weighing causes (091)
        return LexEntry("V", "consider", None, None, False, "091", row.strong, origin="inquiry weighing causes")
    if row.lemma == "back" and row.code == "051" and _backed_by_strikes(v):
        return None  # "Somali forces backed by U.S. air strikes": the strikes are the backing, coded themselves
    if row.lemma == "plead" and row.code == "015" and any(c.lower_ in {"innocent"} or (c.lower_ == "guilty" and any(
            n.dep_ == "neg" for n in c.children)) for c in v.children if c.dep_ in {"acomp", "oprd", "advmod", "dobj"}):
        return LexEntry("V", "plead", None, None, False, "016", True, origin="plea of not guilty")  # a denial, no admission
    if row.lemma == "go" and row.code == "143" and any(c.lower_ == "hunger" for _, o in _prep_objects(v, ("on",)) for c in o.children):
        return LexEntry("V", "go", "on", row.objects, False, "142", True, origin="hunger strike")  # "went on hunger strike"
    if row.lemma == "kill" and row.code == "1823" and not row.prep and _killed_in_combat(v):
        # "was killed in combat", "killed while supporting combat operations", "killed in action": a death in fighting (19)
        return LexEntry("V", "kill", None, None, False, "190", True, origin="killed in combat")
    if row.lemma == "warn" and row.code == "012" and not row.prep and _warned_to_act(v):
        # "warned residents to boil their water", "warned people not to drink it": advice to act, an appeal (020)
        return LexEntry("V", "warn", None, None, False, "020", row.strong, origin="warning to act")
    if row.lemma == "shoot" and row.code == "193" and (not row.prep or row.prep == "at" and (
            _child(v, {"auxpass"}) or (v.dep_ == "acl" and v.tag_ == "VBN")) and not any(
            (_party(o) or is_person(o)) and not _site(o) for _p, o in _prep_objects(v, ("at",)))):
        # a plain "shoot", or a passive one whose at-phrase is where, not whom it was fired at ("a man being shot at a
        # business", "was shot at his home")
        return _shot_person(v, row)
    if row.code == "100" and lemma == "insist" and not row.prep and any(
            c.dep_ == "ccomp" and (c.tag_ in {"VBD", "VBZ", "VBP", "VBN"} or any(
                a.dep_ == "aux" and a.lower_ in {"could", "can", "would", "will", "may", "might"} for a in c.children)) and not any(
                a.dep_ == "aux" and a.lower_ in {"should", "must", "shall"} for a in c.children) for c in v.children):
        # "insisted the crisis had nothing to do with the budget", "insisting that its own soldiers could handle the relief
        # effort": an assertion (a statement), no demand
        return None
    if row.code == "100" and lemma == "press" and not _child(v, _OBJ) and any(
            c.dep_ in {"advmod", "prt"} and c.lower_ in {"ahead", "on"} for c in v.children) and not any(
            o.lemma_.lower() in _PRESSED_ATTACKS for _, o in _prep_objects(v, ("with",))):
        return None  # "pressed ahead with a referendum": a plan carried on, no demand of anyone
    if "@money" in (row.objects or ()) and not _donor(v):
        return None  # "Apple will provide $5 billion to shareholders", "tourism contributed $2 billion to the economy": no aid
    if row.code == "0863" and not _let_in(v):
        return None  # "allowed doctors to prescribe cannabis": a permission, no relief let in
    if row.code == "042" and lemma == "fly" and any(is_relief(o) for o in _child(v, {"dobj"})):
        # "flying water and food by helicopter to isolated towns": relief flown to those in need (073)
        return LexEntry("V", "fly", None, frozenset({"@relief"}), False, "073", True, origin="relief flown")
    if lemma in {"block", "restrict", "suspend", "cut"} and row.code != "1721" and _online_access(v):
        # "blocked access to Facebook and Twitter", "suspended mobile internet services": an administrative measure (172,
        # as "shut the internet"), no road blocked
        return LexEntry("V", lemma, None, None, False, "172", True, origin="online access cut")
    if row.code[:2] in {"17", "18"} and lemma == "hold" and _held_hostage_figuratively(v):
        return None  # "to hold football hostage", "held the economy hostage": a figure, no one held
    if row.code == "080" and lemma == "concede" and any(_group_of(o).lemma_.lower() in _SCORES for o in _child(v, _OBJ)):
        return None  # "his side conceded 19 goals", "conceding a pre-arranged number of runs": a score, no concession
    if row.code == "043" and lemma == "greet" and _child(v, _OBJ) and all(
            o.lemma_.lower() in _GREETED_NEWS or _instrument(o) for o in _child(v, _OBJ)):
        return None  # "aid groups greeted the promise cautiously", "greeted the news with relief": a reaction, no host
    if row.code == "015" and lemma == "admit" and any(is_person(o) for o in _child(v, _OBJ)):
        return None  # "nurses admitted 400 malnourished children": taken into care, no admission of guilt
    if row.code == "180" and lemma == "attack" and _faulted_for(v):
        return LexEntry("V", row.lemma, row.prep, row.objects, row.no_object, "111", True, origin="attacked for a stance")
    if row.lemma == "gun" and row.code == "1823" and _survived(v):
        return LexEntry("V", row.lemma, row.prep, row.objects, row.no_object, "182", row.strong, origin="gunned down, survived")
    if row.code == "010" and lemma == "declare" and (any(
            (c.pos_ == "ADJ" or (c.pos_ == "VERB" and c.tag_ == "VBN" and c.dep_ != "ccomp") or c.lemma_.lower() in _DECLARED_TITLES)
            and c.dep_ in {"oprd", "acomp", "ccomp", "xcomp", "attr"} for c in v.children) or any(
            c.dep_ == "acl" and c.tag_ in {"VBN", "JJ"} and c.i > o.i for o in _child(v, {"dobj"}) for c in o.children)):
        return None  # "was declared dead", "declared him disqualified", "was declared winner": a finding, no statement
    if row.code[:2] == "02" and lemma == "ask" and _law_question(v):
        # "was asked what she saw by detectives", "investigators never asked if she saw a gun": questioning (091,
        # settling rule 23), no appeal
        return LexEntry("V", row.lemma, None, None, False, "091", True, origin="questioning")
    if row.code == "016" and lemma == "deny" and _withheld(v):
        # "had been denied a handgun permit", "the board denied him parole", "Nixon denied him": a grant refused (12),
        # not a denial of a claim
        return LexEntry("V", row.lemma, None, None, False, "120", row.strong, origin="grant refused")
    if row.code[:2] == "02" and lemma == "plead" and _verdict_words(v):
        # "pleaded guilty to obstruction of justice for his deception": the plea answers a charge (015), the "for" is no
        # plea for anything
        return LexEntry("V", row.lemma, None, None, False, "015", row.strong, origin="court plea")
    if row.code[:2] == "18" and lemma == "beat" and _in_a_game(v):
        return None
    if row.code[:2] == "11" and lemma in {"slam", "blast", "smash", "crash"} and not _child(v, _OBJ) and any(
            c.lower_ in _MOTION_PREPS and c.dep_ in {"prep", "prt"} for c in v.children):
        return None
    if row.code == "0841" and lemma in {"release", "return"} and (any(
            o.lemma_.lower() in _NOT_CAPTIVITY | _POSTS_LEFT | _MARKETS for _, o in _prep_objects(v, ("from", "to")))
            or any(c.like_num and c.i > o.i for o in _child(v, _OBJ) if o.pos_ == "PROPN" and o.ent_type_ not in {"NORP", "PERSON"}
                   for c in o.children if c.dep_ in {"nummod", "appos", "npadvmod"})):
        # (a name with a version number after it is a product; "two Americans" are people)
        # "released him from his contract", "returned him to office", "released Firefox 3.05 to users": no one let out
        return None
    if row.code[:2] == "15" and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _CIVIL_FORCES
                                    for o in _child(v, _OBJ) for c in o.children):
        return None  # "will maintain its work force", "bolstered its sales force": staff, no armed force
    if row.code[:2] == "18" and lemma in _HANDLING_VERBS and not _bodily(v):
        return None  # "the scandal harmed him", "the ruling would harm residents", "dragged him into the dispute"
    if row.code == "160" and lemma == "break" and (_child(v, {"prt"}) or not any(
            o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for _, o in _prep_objects(v, ("with",)))):
        return None  # "broke with Saakashvili" parts from a side; "broke with tradition", "breaks out, with ..." do not
    if row.code[:2] == "08" and lemma == "return" and any(c.dep_ == "advmod" and c.lower_ in {"forcibly", "forcefully", "forcedly"}
                                                         for c in v.children):
        return LexEntry("V", row.lemma, row.prep, row.objects, row.no_object, "174", True, origin="forced return")  # deported
    if row.code[:2] == "08" and lemma == "return" and not {t.lemma_.lower() for t in v.sent} & {"voluntary", "voluntarily", "repatriation"} \
            and not any(is_aid_body(d) or d.text in {"IOM", "UNHCR"} for d in _active_doers(v)) \
            and (returned := _child(v, _OBJ) or _child(v, _SUBJPASS)) and all(
            _group_of(o).lemma_.lower() in _MIGRANTS or o.lemma_.lower() in _MIGRANTS for o in returned):
        # "Greece returned 300 migrants to Turkey", "the asylum seekers were returned": sent back (174)
        return LexEntry("V", row.lemma, row.prep, row.objects, row.no_object, "174", True, origin="migrants returned")
    if row.code == "0841" and lemma == "return" and row.objects == frozenset({"@person"}) and not any(
            is_person(o) or o.lemma_.lower() in _KIN_GROUPS for _, o in _prep_objects(v, ("to",))):
        # a person is given back to someone ("returned the boy to his father", "wants Elian returned to him"); one
        # brought back to a place ("was returned to the village") is no release
        return LexEntry("V", "return", None, None, False, "084", False, origin="return")  # the plain row's reading
    if row.code[:2] == "02" and lemma == "ask" and not row.prep and not any(
            c.dep_ in {"dobj", "obj", "dative", "iobj", "xcomp", "ccomp", "advcl"} or (c.dep_ == "prep" and c.lower_ in {"for", "about", "to", "of", "after"})
            for c in v.children):
        # '"Will it ever stop?" she asked.': a question put, a statement (01), no appeal
        return LexEntry("V", row.lemma, None, None, False, "010", row.strong, origin="question asked")
    if row.code == "020" and lemma == "seek" and not row.objects and not _child(v, _OBJ) and any(
            c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in v.children):
        return None  # "seeking to demonstrate support", "seeks to allay suspicions": an aim of one's own, no request
    honored = _objects(v) + _child(v, _SUBJPASS)
    if lemma in {"honor", "honour"} and row.code == "051" and any(
            o.lemma_.lower() in _UNDERTAKINGS for o in honored + [x for o in honored for _, x in _prep_objects(o, ("of",))]):
        # "will honor the agreements", "pledged to honour the ceasefire": keeping one's word, no praise of anyone
        return LexEntry("V", row.lemma, None, None, False, "030", False, origin="undertaking kept")
    if lemma == "take" and any(t.lower_ == "granted" and t.head.lower_ == "for" for t in v.subtree):
        return None  # "will not take our forests for granted": an idiom, nothing taken
    if row.code == "030" and lemma == "assure" and not row.objects and any(
            c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and not _will(c) and not any(
                a.dep_ == "aux" and a.lower_ in {"can", "could", "shall", "may", "might", "'ll"} for a in c.children)
            for c in v.children):
        # "assured them that they formed a powerful team": reassurance about what is, a comment (013); "assured them
        # that the army would withdraw" promises an act (030)
        return LexEntry("V", row.lemma, None, None, False, "013", row.strong, origin="reassurance")
    if lemma == "blast" and any(c.dep_ in {"prt", "prep"} and c.lower_ == "off" and not _child(c, {"pobj"}) for c in v.children):
        return None  # "the crew blasts off to the space station": a launch, no bombing
    if row.code == "030" and lemma == "offer" and not row.objects:
        offered = _objects(v) + _child(v, _SUBJPASS) + ([v.head] if v.dep_ == "acl" and v.tag_ == "VBN" else [])
        if not offered and v.dep_ == "relcl" and _child(v, _SUBJ) and v.head.pos_ == "NOUN":
            offered = [v.head]  # "the 200 plates the department already offers"
        to_someone = any(c.dep_ in {"dative", "iobj"} for c in v.children) or len(_child(v, _OBJ)) > 1 or _prep_objects(v, ("to",))
        if offered and not to_someone and not any(_offered_act(o) for o in offered) and not any(
                _statesman(s, names=False) for s in _verb_subjects(v)[0]):  # "the government offered a pay rise": a concession
            return None  # "offered C$942 million for Connaught", "23 states that offer the plate": a price or a product to no one
    if row.code[:2] == "07" and any(c.dep_ in _SUBJ and c.lemma_.lower() in _MEANS and not _named(c) for c in v.children):
        return None  # "that money would provide tax credits to employers": the means, no donor's act (the Monetary Fund is one)
    if row.code == "020" and lemma == "appeal" and not row.objects and not _objects(v) and not any(
            c.dep_ in {"prep", "dative"} and c.lower_ in {"for", "to"} for c in v.children) and not any(
            c.dep_ in {"xcomp", "ccomp"} for c in v.children) and _case_told(v):
        # "they plan to appeal", "the state will appeal": appealing with no one appealed to and nothing asked for is a
        # step in court (115); "appealed for calm", "appealed to residents to stay home" stay pleas
        return LexEntry("V", row.lemma, None, None, False, "115", row.strong, origin="court appeal")
    if row.code == "020" and lemma == "seek" and not row.objects:
        sought = {w for o in _objects(v) + _child(v, _SUBJPASS) for w in (o.lemma_.lower(), o.lower_)
                  if not any(c.lemma_.lower() in {"prison", "jail", "custodial"} for c in o.children)}  # "a 25-year prison term"
        if sought & _COURT_REMEDIES or (v.dep_ == "acl" and v.head.lemma_.lower() in _SUITS):
            # "sought an injunction blocking the board", "a suit seeking the withdrawal of the rights": a suit (115)
            return LexEntry("V", row.lemma, None, None, False, "115", row.strong, origin="suit")
        if sought & _OFFICES and not any(o.lemma_.lower() == "seat" and any(_named(x) for _, x in _prep_objects(o, ("on", "at")))
                                         for o in _objects(v)):  # "a seat on the UN Security Council" is asked of others
            return None  # "if Crist does not seek another term": a candidacy (settling rule 5), no request
    if row.code == "175" and any(c.dep_ in _SUBJ and c.lemma_.lower() in _FIRMS and not (
            c.lemma_.lower() in _CAMPUSES and any(is_person(o) for _, o in _prep_objects(v, ("on",)))) for c in v.children):
        return None  # "electricity suppliers are cracking down on unpaid bills": a firm's measure, no repression
    if row.code[:2] == "07" and lemma in {"assist", "help"} and any(_responder(o) for o in _objects(v)) and any(
            _responder(c) for c in _child(v, _SUBJ)):
        return None  # "the sheriff's office assisted the highway patrol at the scene": responders' routine, no aid
    if row.code[:2] in {"17", "18", "19"} and lemma not in _LEGAL_STEPS and _by_mishap(v):
        # "an outbreak will occur among fowl, destroying local poultry industries": no one's act ("the driver was
        # charged in the crash" is the law's act over the crash)
        return None
    if lemma == "sign" and any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children) and not _prep_objects(v, ("to",)):
        return None  # "must sign up for a plate", "signed up for the course": enrolling, no accord ("signed up to the treaty" stays)
    if lemma in {"comment", "talk", "speak", "say"} and v.dep_ == "xcomp" and v.head.lemma_.lower() in _UNAVAILABLE:
        return None  # "officials weren't available to comment": no one was reached, nothing said or refused
    if row.code == "182" and lemma == "strike" and row.objects and any(
            (s.pos_ == "NOUN" or (s.pos_ == "PROPN" and not s.ent_type_)) and not is_person(s) and not is_vehicle(s)
            for s in _verb_subjects(v)[0]):
        return None  # "tragedy struck the family", "lightning struck a man": no one's blow (a driver's pickup that struck him is)
    if row.code == "050" and lemma in {"normalize", "normalise"} and row.prep == "with" and (_child(v, _OBJ) or not any(
            _statesman(o) or o.ent_type_ == "ORG" for _, o in _prep_objects(v, ("with",)))):
        return None  # "agreed to normalize with Israel" is 050; "normalized with time", "normalize it with salt" are not
    if row.code == "141" and lemma == "hold" and row.objects and not _protest_signs(v):
        return None  # "fans held banners during the final": no demonstration
    if row.code == "0841" and lemma == "give" and row.objects and any(
            s.lemma_.lower() in {"judge", "court", "magistrate", "tribunal"} for s in _verb_subjects(v)[0]):
        return None  # "the judge gave the mother custody of the children": a family ruling, no one handed over
    if row.code == "173" and lemma == "chase" and not _law_chasers(v):
        return None  # "demonstrators chased the police officers from the square": no arrest by the law
    if row.code == "173" and lemma == "send" and row.prep:
        sent = _child(v, _OBJ | _SUBJPASS)
        if sent and not any(is_person(t) or t.like_num for t in sent):
            return None  # "sent food parcels to the prison": goods, not someone taken into custody
    return row


#: what an actor offers when the offer is an intent to cooperate (030): an act, a concession, people or a place to go
_OFFERED = frozenset({"deal", "plan", "proposal", "compromise", "concession", "truce", "ceasefire", "cease-fire", "guarantee",
                      "support", "cooperation", "protection", "asylum", "amnesty", "help", "assurance", "apology", "branch",
                      "troop", "soldier", "peacekeeper", "shelter", "refuge", "incentive", "package", "talk", "dialogue", "hand",
                      "pardon", "immunity", "access", "passage", "swap", "exchange", "service", "seat", "role", "post", "place",
                      "condolence", "sympathy", "aid", "assistance", "loan", "grant", "relief", "reward", "bounty", "olive",
                      "facility", "base", "expertise", "advice", "intelligence", "information", "resource", "resignation",
                      "prayer", "thought", "congratulation", "welcome", "invitation", "hospitality", "it", "them", "this", "that"})
#: an act-naming suffix of an offered thing ("offered mediation", "offered its resignation", "offered a settlement")
_ACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ship", "ity")
#: means, no donor: "that money would provide tax credits", "the programme funds ..."
_MEANS = frozenset({"money", "fund", "funding", "grant", "budget", "programme", "program", "scheme", "bill", "law", "measure",
                    "package", "tax", "revenue", "credit", "proceeds", "levy", "fee"})


def _offered_act(o: Token) -> bool:
    """Is what ``o`` names, offered, an act or a help of an actor ("offered a ceasefire", "offered $10 million in aid"), not a
    price or a product ("offered 942 million dollars for the firm", "states that offer the plate")?"""
    lemma = o.lemma_.lower()
    if o.pos_ == "PRON" or o.ent_type_ in {"PERSON", "NORP", "GPE", "ORG"} or lemma in _OFFERED or o.lower_ in _OFFERED:
        return True
    if lemma.endswith(_ACT_SUFFIXES) or o.tag_ == "VBG":
        return True
    return any(x.lemma_.lower() in _OFFERED for _, x in _prep_objects(o, ("in", "of", "for")))  # "$10 million in aid"


#: firms and bodies of private life whose "crackdown" is a measure of their own, no repression (175)
_FIRMS = frozenset({"supplier", "company", "firm", "bank", "retailer", "airline", "utility", "insurer", "landlord", "employer",
                    "store", "shop", "school", "university", "college", "league", "club", "website", "platform", "network",
                    "carrier", "provider", "operator", "manufacturer", "distributor", "lender", "casino", "restaurant"})
#: bodies whose crackdown on people ("the university cracked down on students who joined the protests") is repression
_CAMPUSES = frozenset({"school", "university", "college"})
#: harm with no doer: a disease, a storm, a fire
_NATURAL_HARMS = frozenset({"virus", "disease", "epidemic", "pandemic", "drought", "wind", "winds", "rain", "heat", "frost",
                            "pest", "flu", "infection", "tsunami"})


def _responder(t: Token) -> bool:
    """Is ``t`` local police, a patrol or a fire crew, by its head or the words before it ("the Sheriff's Office", "Highway
    Patrol")?"""
    words = [w for w in t.subtree if w.i <= t.i]
    if any(w.ent_type_ == "NORP" or w.lower_ in {"fbi", "interpol", "federal", "foreign"} for w in words):
        return False  # "Kenyan police assisted FBI agents": forces of two states or levels, a cooperation of their own
    return any(w.lower_ in _RESPONDERS or w.lemma_.lower() in _RESPONDERS for w in words)


#: what the law does to a person over a happening, which no mishap does: "charged in the crash", "cited in the wreck"
_LEGAL_STEPS = frozenset({"charge", "cite", "indict", "arrest", "ticket", "convict", "detain", "book", "jail"})


def _by_mishap(v: Token) -> bool:
    """Is ``v`` done by a mishap or a disease, its own subject or the subject of the clause it elaborates ("the storm
    destroyed crops", "an outbreak will occur, destroying the industry")?"""
    subjects = _child(v, _SUBJ)
    if not subjects and v.dep_ in {"advcl", "conj", "xcomp"} and v.head.i != v.i:
        subjects = _child(v.head, _SUBJ)

    def mishap(t: Token) -> bool:  # (not a weapon's fire: "rocket fire destroyed the house")
        return (t.lemma_.lower() in _MISHAPS or t.lemma_.lower() in _NATURAL_HARMS) and _weapon_fire(t) is None

    if any(c.dep_ == "nsubjpass" for c in v.children):
        # "the churches were destroyed in the fire", "houses were destroyed by the storm": the passive's cause is a
        # mishap, and no one's act is named (not "the fire set by rebels", not with an agent of its own)
        agents = [o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        causes = agents or [o for _p, o in _prep_objects(v, ("in",))]
        return bool(causes) and all(mishap(t) and not any(c.dep_ in {"acl", "relcl"} for c in t.children) for t in causes)
    return bool(subjects) and all(mishap(t) for t in subjects)


#: what a suit asks a court for: "sought an injunction", "seeking damages"
_COURT_REMEDIES = frozenset({"injunction", "damages", "restraining"})
#: the papers of a suit: "a suit seeking the withdrawal of ..."
_SUITS = frozenset({"suit", "lawsuit", "complaint", "petition", "motion", "court"})
#: what a candidate seeks: "seek another term", "seeking re-election", "sought the nomination"
_OFFICES = frozenset({"term", "reelection", "re-election", "nomination", "office", "seat", "presidency", "governorship",
                      "candidacy", "mandate"})


#: what one keeps when one honours it: an undertaking, not a person praised ("honor the agreements", "honour its debts")
_UNDERTAKINGS = frozenset({"agreement", "accord", "treaty", "deal", "contract", "commitment", "obligation", "pledge", "promise",
                           "ceasefire", "cease-fire", "truce", "debt", "guarantee", "undertaking", "bargain", "arrangement",
                           "protocol", "convention", "understanding"})
#: who was not reached for comment: "not available to comment", "unavailable to talk"
_UNAVAILABLE = frozenset({"available", "unavailable", "reachable", "unreachable"})


#: words that make a plural event noun a trend, not one happening: "growing terrorist threats", "rising attacks"
#: ("ongoing protests paralyzed Hong Kong", "continuing clashes killed 10" are events: such words are not here)
_TRENDS = frozenset({"growing", "increasing", "rising", "mounting"})
#: explosions of a fuel or a plant, no one's attack: "a local gas explosion", "a boiler blast"
_FUEL_BLASTS = frozenset({"gas", "methane", "boiler", "dust", "steam", "propane", "fireworks", "firework", "hydrothermal"})


#: what makes a battle a contest of words or law, not of arms: "a custody battle", "lengthy court battles",
#: "the battle over the cigarette tax", "battle in federal court"
_WORD_BATTLES = frozenset({"court", "courts", "custody", "legal", "political", "budget", "tax", "election", "electoral", "campaign",
                       "bidding", "takeover", "proxy", "uphill", "universal", "public", "policy", "ideological", "verbal",
                       "rhetorical", "price", "ratings", "legislative", "regulatory", "diplomatic", "propaganda", "boardroom"})


#: bids and deals a firm fights against ("its fight against a hostile takeover bid")
_DEALS_FOUGHT = frozenset({"bid", "takeover", "offer", "merger", "acquisition", "buyout", "tender"})


#: what armies fight over: "the battle over the town of Homs", "a battle over the bridge"
_ARMED_STAKES = frozenset({"town", "city", "village", "hill", "region", "province", "territory", "border", "area", "capital",
                          "airport", "base", "bridge", "port", "island", "control", "enclave", "valley", "pass", "district"})


#: what a contest of words or law is over: "the battle over the tax bill", "the fight over custody of the boy"
_WORD_STAKES = frozenset({"custody", "tax", "taxes", "law", "bill", "plan", "right", "policy", "budget", "reform", "rule",
                          "regulation", "spending", "funding", "fund", "money", "wage", "pension", "health", "care", "abortion",
                          "immigration", "vote", "ballot", "seat", "nomination", "contract", "deal", "merger", "price", "fee",
                          "name", "title", "will", "estate", "inheritance", "copyright", "patent", "trademark", "license",
                          "licence", "ban", "mandate", "curriculum", "issue", "question", "future", "direction", "leadership",
                          "control", "access", "pay", "salary", "benefit", "debt", "ceiling", "limit", "measure", "proposal",
                          "amendment", "treaty", "agreement", "accord", "language", "history", "statue", "monument", "election",
                          "result", "outcome", "recount"})
_ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ship", "ism", "ity", "ure", "ery", "ing")


def _word_stake(t: Token) -> bool:
    """Is ``t`` what a contest of words or law is over: a policy or abstract noun, or a deed ("over raising the tax")?"""
    lemma = t.lemma_.lower()
    if t.pos_ in {"VERB", "AUX"} or t.tag_ == "VBG" or lemma in _WORD_STAKES:
        return True
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _WORD_STAKES for c in t.children):
        return True  # "the tax bill", "the health bill"
    return t.pos_ == "NOUN" and len(lemma) > 5 and lemma.endswith(_ABSTRACT_SUFFIXES)


def _battle_of_words(n: Token) -> bool:
    """Is the battle noun ``n`` a contest of words or law (see :data:`_WORD_BATTLES`)?"""
    if n.lemma_.lower() not in {"battle", "fight"}:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in _WORD_BATTLES for c in n.children):
        return True
    for p in (c for c in n.children if c.dep_ == "prep"):
        objs = [o for o in p.children if o.dep_ in {"pobj", "pcomp"}]
        if p.lower_ == "in" and any(o.lemma_.lower() == "court" for o in objs):
            return True
        if p.lower_ == "against" and any(o.lemma_.lower() in _PROBLEMS or o.lemma_.lower() in _DEALS_FOUGHT for o in objs):
            return True  # "its fight against a hostile takeover bid", "the battle against inflation"
        stakes = objs + [x for o in objs for _, x in _prep_objects(o, ("of",))]  # "the town of Homs"
        if p.lower_ == "over" and objs and not any(t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} or _is_place(t)
                                                   or t.lemma_.lower() in _ARMED_STAKES for t in stakes) \
                and any(_word_stake(t) for t in objs):
            return True  # "the battle over raising the tax"; "the battle over the town" or "the highway" stays a battle
    return False


#: what "takes a beating" that is no person: markets, prices, teams, reputations
_BEATEN_THINGS = frozenset({"market", "stock", "share", "economy", "currency", "dollar", "euro", "pound", "yen", "index", "price",
                            "bond", "sector", "team", "club", "side", "reputation", "brand", "industry", "company", "firm", "sale",
                            "rating", "poll", "approval", "portfolio", "fund", "investor", "nasdaq", "dow"})


def _figurative_beating(n: Token) -> bool:
    """Is the beating ``n`` a loss: "the stock market took a beating", "shares suffered a beating"?"""
    if n.lemma_.lower() != "beating" or n.dep_ not in _OBJ or n.head.lemma_.lower() not in {"take", "suffer", "get"}:
        return False
    return any(c.dep_ in _SUBJ and c.lemma_.lower() in _BEATEN_THINGS for c in n.head.children)


#: bodies that expel their own members: a party expelling its former leader deports no one (174)
_MEMBER_BODIES = frozenset({"party", "club", "league", "union", "team", "school", "church", "association", "federation",
                            "council", "parliament", "assembly", "caucus", "faction", "board", "committee", "group", "bloc",
                            "coalition", "alliance", "movement", "organisation", "organization", "society", "order"})
_MEMBERS = frozenset({"member", "leader", "lawmaker", "legislator", "mp", "deputy", "councillor", "councilor", "official",
                      "chairman", "president", "secretary", "founder", "player", "student", "cleric", "senator"})


def _expelled_member(word: Token) -> bool:
    """Is the expulsion (or expelling) ``word`` one of a member from a body: "the expulsion of its former leader",
    "expelled from the party"?"""
    if any(o.lemma_.lower() in _MEMBER_BODIES for _, o in _prep_objects(word, ("from",))):
        return True
    expelled = [o for _, o in _prep_objects(word, ("of",))] + [c for c in word.children if c.dep_ in _OBJ | _SUBJPASS]
    return any(o.lemma_.lower() in _MEMBERS and any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in o.children)
               for o in expelled)


#: what makes a campaign, a struggle or an activity an armed one ("its armed campaign", "the armed struggle")
_ARMED_KINDS = frozenset({"armed", "military", "violent", "guerrilla", "guerilla", "terror", "terrorist", "bombing", "paramilitary",
                          "air", "aerial"})
_CAMPAIGNS = frozenset({"campaign", "struggle", "activity", "action"})


def _unarmed_campaign(t: Token, row: LexEntry) -> bool:
    """Is the de-escalation ``row`` (087) on ``t`` (a verb, or an "end to" or "cessation of" noun) of a campaign, a
    struggle or an activity that its words do not call armed ("ended his campaign in Iowa", "an end to the strike
    activity")? Only an armed one ended is a step down in fighting ("ordered an end to its armed campaign")."""
    if not row.code.startswith("087"):
        return False
    ended = _child(t, _OBJ) + [o for _p, o in _prep_objects(t, ("to", "of"))]
    if t.pos_ == "VERB" and _armed_doer(t):
        return False  # "the army ended its campaign in the Swat valley": an armed side's campaign is armed
    return any(o.lemma_.lower() in _CAMPAIGNS and not any(c.lower_ in _ARMED_KINDS for c in o.children if c.dep_ in {"amod", "compound"})
               and not any(x.lemma_.lower() in _ARMED_KINDS | {"violence", "terror", "bombing"} for _p, x in _prep_objects(o, ("of",)))
               for o in ended)


def _no_happening(n: Token, row: LexEntry) -> bool:
    """Is the event noun ``n`` a trend ("growing terrorist threats"), an accidental explosion ("a gas explosion"), a
    contest of words or law ("a custody battle", "the battle over the tax") or the end of an unarmed campaign?"""
    if _unarmed_campaign(n, row):
        return True
    if not row.strong and n.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _TRENDS for c in n.children):
        v = _clause_verb(n)
        # a trend that did something on a day is a happening: "mounting protests forced him out on Monday"
        if v is None or not (v.tag_ == "VBD" or _dated(v)):
            return True
    if row.code[:2] in {"18", "19"} and _battle_of_words(n):
        return True
    if row.code == "042" and n.lemma_.lower() in {"arrival", "journey", "trip", "travel", "influx"} and (
            (movers := [o for _, o in _prep_objects(n, ("of",))] + _child(n, {"poss"})) and all(_on_the_move(m) for m in movers)):
        return True  # "the arrival of thousands of refugees", "the migrants' journey": people on the move, no visit
    if row.code[:2] == "19" and n.lemma_.lower() in {"coup", "putsch"} and n.dep_ == "attr" and n.head.lemma_.lower() == "be" and any(
            s.lemma_.lower() not in _ARMED_SUBJECTS and not _party(s) for s in _child(n.head, {"nsubj"})):
        return True  # "the annulment is a coup against the will of the people": a measure named a coup, no forces seizing power
    if row.code == "041" and n.lemma_.lower() == "call" and any(
            c.dep_ in {"amod", "compound"} and c.lower_ in {"distress", "emergency", "mayday", "911", "999", "rescue", "sos"} for c in n.children):
        return True  # "received a distress call from seamen on board": a plea for rescue, no telephone talk between sides
    if row.code == "174" and n.lemma_.lower() == "pushback" and not {t.lemma_.lower() for t in n.sent} & (
            _MIGRANTS | {"boat", "border", "sea", "coast", "coastguard", "guard", "asylum"}):
        return True  # "the plan faced fierce pushback from senators": resistance, no one sent back
    if row.code[:2] == "15" and n.lemma_.lower() == "alert" and _health_alert(n):
        return True  # "raising its pandemic alert": a health alert, no forces readied
    if row.code[:2] == "17" and n.dep_ == "compound" and n.head.lemma_.lower() in _PROTEST_NOUNS:
        return True  # "as curfew protests turned violent", "lockdown protests": what the protest is against, no measure imposed
    if row.code == "042" and n.lemma_.lower() in {"trip", "journey", "tour"} and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in _PRIVATE_TRIPS for c in n.children):
        return True  # "returning from a reporting trip", "a shopping trip": a private journey, no visit of a side
    if row.code == "190" and n.lemma_.lower() in {"standoff", "stand-off"} and not _armed_standoff(n):
        return True  # "to resolve the standoff" over an election or a ship at sea: a deadlock, no fighting
    if row.code[:2] == "13" and n.lemma_.lower() == "threat" and any(
            o.lemma_.lower() in _THREATENED_ORDER for _p, o in _prep_objects(n, ("to",))):
        return True  # "citing threats to public order", "a threat to national security": a danger named, no one threatened
    if row.code[:2] in {"18", "19"} and n.lemma_.lower() in {"fight", "war", "battle", "struggle", "campaign"} and _standing_campaign(n):
        return True  # "backed by the United States in its fight against Islamic State", "the fight against traffickers"
    if row.code[:2] == "07" and n.dep_ in {"compound", "amod"} and n.head.lemma_.lower() in _AID_PEOPLE:
        return True  # "aid groups criticised the decision", "relief workers said": who they are, no aid given
    if row.code == "191" and n.lemma_.lower() == "siege" and n.dep_ == "pobj" and n.head.head.lemma_.lower() == "state":
        return True  # "declared a state of siege": a state of emergency (1724, on its verb), no town besieged
    if row.code == "182" and _figurative_beating(n):
        return True
    if row.code[:2] in {"03", "05"} and n.lemma_.lower() in _STANDING_PACTS and _held_pacts(n):
        return True  # "Canada has only one trade agreement in Asia", "which have a dozen trade agreements each": pacts one holds
    if row.code[:2] == "17" and n.lemma_.lower() == "charge" and _accounting_charge(n):
        return True  # "took a $230 million charge", "a one-time charge of $12 million": a cost booked, no one charged
    if row.code[:2] == "10" and n.lemma_.lower() == "demand" and _market_demand(n):
        return True  # "the demand for workers", "decreased demand for American exports": what buyers want, no one's demand
    if row.code == "174" and n.lemma_.lower() == "expulsion" and _expelled_member(n):
        return True
    if row.code[:3] == "041" and n.lemma_.lower() == "call" and n.dep_ == "pobj" and n.head.lower_ == "to" and \
            n.head.head.lemma_.lower() in {"respond", "dispatch", "send", "rush", "race", "arrive"}:
        return True  # "the fire department responded to the call of a kitchen fire": an emergency call, no talks
    if row.code[:2] == "17" and n.lemma_.lower() == "closure" and _closure_of_feelings(n):
        return True  # "we pray for peace and closure", "the families need closure": an end to grief, nothing closed
    if row.code == "150" and n.lemma_.lower() == "test" and not any(t.lemma_.lower() in _TESTED_ARMS for t in n.sent):
        return True  # "the annual entrance tests", "the FDA is conducting tests": no weapon is tested, no show of force
    return row.code == "183" and n.lemma_.lower() in {"explosion", "blast"} and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _FUEL_BLASTS for c in n.children)


#: what one brings, finds or prays for when closure is an end to grief
_CLOSURE_WANTS = frozenset({"pray", "need", "want", "seek", "find", "bring", "give", "provide", "get", "deserve", "offer", "hope",
                            "wish", "achieve", "reach"})


def _closure_of_feelings(n: Token) -> bool:
    """Is "closure" at ``n`` an end to grief ("peace and closure", "the families need closure"), with nothing closed?
    No "of" or compound naming what is closed ("closure of the plant", "road closure")."""
    if any(c.dep_ in {"compound", "nmod"} or (c.dep_ == "prep" and c.lower_ == "of") for c in n.children):
        return False
    head = n.head
    while head.dep_ in {"conj", "pobj", "prep"} and head.head != head:
        head = head.head
    return head.lemma_.lower() in _CLOSURE_WANTS or any(c.lower_ in {"emotional", "some", "final"} for c in n.children if c.dep_ == "amod")


#: words that make a charge a cost a firm books ("a one-time charge", "a restructuring charge")
_BOOKED = frozenset({"one-time", "onetime", "pretax", "pre-tax", "after-tax", "aftertax", "restructuring", "special", "noncash",
                     "non-cash", "accounting", "write-off", "extraordinary", "quarterly", "tax"})
#: what buyers want when demand is a market's ("demand for workers", "softer demand", "consumer demand")
_DEMAND_MARKETS = frozenset({"consumer", "global", "domestic", "world", "strong", "stronger", "weak", "weaker", "soft", "softer",
                             "decreased", "increased", "rising", "falling", "slowing", "growing", "sluggish", "robust", "oil",
                             "energy", "export", "import", "housing", "customer", "market", "seasonal", "overall", "pent-up",
                             "lower", "higher", "reduced", "weakening", "slack", "brisk"})
_GOODS = frozenset({"worker", "export", "import", "product", "good", "oil", "housing", "house", "home", "labor", "labour", "credit",
                    "loan", "service", "energy", "steel", "car", "vehicle", "chip", "computer", "electricity", "gas", "food",
                    "commodity", "share", "stock", "bond", "dollar", "currency", "ticket", "seat", "room", "property", "staff",
                    "employee", "skill", "talent", "power", "water", "fuel", "material", "equipment", "device", "drug", "medicine"})


_STANDING_PACTS = frozenset({"agreement", "treaty", "accord", "pact", "deal", "alliance"})


def _held_pacts(n: Token) -> bool:
    """Is the pact noun ``n`` the object of a present "have" (a standing state: "Canada currently has one trade agreement",
    "which have more than a dozen trade agreements each"), not of an act ("has signed an agreement", "had a deal by Friday")?"""
    v = n.head
    while n.dep_ == "conj" and v.head is not v and v.pos_ == "NOUN":
        n, v = v, v.head
    return (n.dep_ == "dobj" and v.lemma_.lower() == "have" and v.tag_ in {"VBZ", "VBP"}
            and not any(c.dep_ == "aux" for c in v.children))


def _accounting_charge(n: Token) -> bool:
    """Is the charge noun ``n`` a cost booked: a sum ("a $230 million charge"), an accounting word ("a one-time charge"),
    or what a firm takes, records or posts ("took a charge related to the layoffs")?"""
    if _money(n) or any(c.dep_ in {"compound", "nummod", "amod", "quantmod"} and any(_money(t) for t in c.subtree) for c in n.children):
        return True
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _BOOKED for c in n.children):
        return True
    if any(_money(o) for _, o in _prep_objects(n, ("of",))):
        return True  # "a charge of $12 million" (not "a charge of murder")
    return n.dep_ in {"dobj"} and n.head.lemma_.lower() in {"take", "record", "post", "book", "report"}


def _market_demand(n: Token) -> bool:
    """Is the demand noun ``n`` a market's: no one's own ("the union's demand"), with a market word ("softer demand")
    or a demand for goods or hands ("demand for workers", "demand for American exports")?"""
    if any(c.dep_ == "poss" for c in n.children):
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _DEMAND_MARKETS for c in n.children):
        return True
    return any(o.lemma_.lower() in _GOODS for _, o in _prep_objects(n, ("for",)))


#: what a show of force tests: without one of them in its sentence a test is an exam, a trial or a lab's
_TESTED_ARMS = frozenset({"missile", "nuclear", "rocket", "bomb", "weapon", "warhead", "ballistic", "hypersonic", "torpedo",
                          "artillery", "launch", "launcher", "military", "army", "navy", "drill", "submarine", "fighter", "jet"})

#: a finding a court, a jury or an inquest makes: "found guilty", "ruled the shooting justified" (116)
_FINDINGS = frozenset({"guilty", "innocent", "liable", "justified", "justifiable", "unjustified", "lawful", "unlawful",
                       "unconstitutional", "constitutional", "illegal", "legal"})


#: who rules as the bench does: "the appeals court ruled that ...", "Judge Marsh ruled in favor of ..."
_RULERS = _BENCH | {"justice", "judiciary", "bench"}
#: titles that make a named person one of the bench ("Judge Helen Marsh", "Justice Kagan")
_BENCH_TITLES = frozenset({"judge", "justice", "magistrate"})


def _on_the_bench(s: Token) -> bool:
    """Is the subject ``s`` a court or a judge: a bench noun ("the court", "a federal judge", "the Supreme Court"), a
    name with a judge's title ("Judge Helen Marsh"), or a bare surname of a person the document named with one before
    ("Judge Helen Marsh ... Marsh ruled")?"""
    if s.lemma_.lower() in _RULERS or s.lower_ in _RULERS:
        return True
    if any(c.dep_ == "compound" and c.lower_ in _BENCH_TITLES for c in s.children):
        return True
    if s.text in {"WTO", "ICJ"} or (s.lemma_.lower() in {"panel", "body", "arbitrator"} and any(
            c.dep_ in {"compound", "amod", "nmod"} and (c.text in {"WTO", "ICJ"} or c.lower_ in {"arbitration", "appellate", "dispute"})
            for c in s.subtree)):
        return True  # "a WTO panel ruled", "the WTO's appellate body ruled": the trade court of states
    if s.pos_ != "PROPN" or not _surname_of_person(s):
        return False
    return any(e.label_ == "PERSON" and e.end <= s.i and e[-1].text == s.text and e.start > 0
               and e.doc[e.start - 1].lower_ in _BENCH_TITLES for e in s.doc.ents)


def _ruling_of_no_court(ev: EventCandidate) -> bool:
    """Is the noun "ruling" (116) told in a sentence with no court or judge in it ("reverse some older Bush rulings": an
    administration's regulations)? A court's ruling names the bench: "the judge's ruling", "a ruling by the court"; and
    "the ruling" told after a court or a judge was named is the court's too ("A court acquitted him ... the embassy
    welcomed the ruling")."""
    n = ev.sentence.doc[ev.trigger_i]
    if ev.code != "116" or n.lemma_.lower() != "ruling" or n.pos_ != "NOUN":
        return False
    if any(t.lemma_.lower() in _RULERS or t.lower_ in _RULERS or t.lower_ in _BENCH_TITLES for t in ev.sentence):
        return False
    # "the ruling" told again in a report of a court's case ("welcomed the ruling"): the text names the bench before
    return not (any(c.dep_ == "det" and c.lower_ in _BACK_POINTERS for c in n.children)
                and any(t.lemma_.lower() in _BENCH for t in n.doc[max(0, n.sent.start - 200):n.sent.start]))


def _talks_of_an_accord(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """Talks that led to an agreement or a meeting told in the same clause are held by its sides: "reached a deal with
    Tsipras after 17 hours of talks", "the accord was signed after nine days of negotiations" (the gold codes such talks,
    046, with the agreement's sides)."""
    for n in nouns:
        if n.code[:2] != "04" or n.sources or n.targets:
            continue
        t = n.sentence.doc[n.trigger_i]
        if t.lemma_.lower() not in {"talk", "talks", "negotiation", "negotiations"}:
            continue
        w = t
        while w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.pos_ in {"NOUN", "NUM"}:
            w = w.head.head  # "after [17 hours of] talks", "after [nine days of] negotiations"
        if not (w.dep_ == "pobj" and w.head.lower_ in {"after", "following", "during"}):
            continue
        verb = w.head.head
        ev = verb_events.get(verb.i)
        if ev is None or ev.code[:2] not in {"03", "04", "05", "06"}:
            continue
        n.sources, n.targets = list(ev.sources), list(ev.targets)


def _orders_told_by_their_act(verb_events: dict[int, EventCandidate]) -> None:
    """An order that names the act it orders is coded by that act (settling rule 13): "ordered his troops to pull back
    from the border" is the pull-back, "ordered the army to seize the airport" the seizure, as "ordered the strikes" is
    the strikes; an order that names no codeable act stays a demand ("ordered officials to begin withholding goods")."""
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if v.lemma_.lower() != "order" or not _an_order(ev):
            continue
        acts = [verb_events[x.i] for x in v.children if x.dep_ == "xcomp" and x.i in verb_events]
        if any(a.code[:2] in _HAPPENING_ROOTS | {"08", "16"} for a in acts):  # not "ordered to tighten security" (15)
            for a in acts:
                if ev.sources and all(_bare_agents(v.doc[r.token_i]) for r in a.sources):
                    # "ordered operators to block Facebook", "ordered his forces to cease fire": the act is the one who
                    # ordered it, when those told to do it are named by no country of their own
                    a.sources = list(ev.sources)
            del verb_events[i]
        elif not acts and ev.code == "100" and _ordered_shut(v):
            # "ordered all public schools closed", "ordered residents to stay at home": a measure imposed (172)
            ev.code = "172"
            ev.entry = LexEntry("V", "order", None, None, False, "172", True, origin="a closure ordered")
            ev.strong = True


#: what a closure ordered is told by: "ordered the schools closed", "ordered the border sealed"
_SHUT = frozenset({"close", "shut", "seal", "lock", "suspend", "ban", "cancel", "halt"})


def _ordered_shut(v: Token) -> bool:
    """Does the order ``v`` impose a closure or a confinement: places or services ordered closed ("ordered all public
    schools closed until further notice"), or people ordered to stay at home ("ordered 1.3 billion people to stay at
    home")? Not "ordered the troops to stay in their barracks"."""
    passive_in_a_lockdown = any(c.dep_ == "auxpass" for c in v.children) and not _agent(v) and bool(
        doc_lemmas(v.doc) & {"quarantine", "lockdown", "curfew", "isolation", "outbreak", "virus", "pandemic", "epidemic"})
    if not passive_in_a_lockdown and not any(
            d.ent_type_ in {"GPE", "NORP", "PERSON"} or d.lemma_.lower() in _STATE_HEADS | _ORDERING_OFFICIALS for d in _active_doers(v)):
        return False  # "her doctor ordered her to stay at home", "the owner ordered the restaurant closed"
    for x in v.children:
        if x.dep_ not in {"xcomp", "ccomp", "oprd"}:
            continue
        if x.lemma_.lower() in _SHUT and (x.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in x.children) or (
                x.dep_ == "ccomp" and not any(c.dep_ == "aux" for c in x.children)
                and (shut := _child(x, {"nsubj"})) and not any(_party(s) or is_person(s) for s in shut))):
            return True  # (the parser may make the places the subject of a bare "closed": "ordered [all schools closed]")
        if x.dep_ == "xcomp" and x.lemma_.lower() in _SHUT and not _child(x, {"dobj"}) and any(
                o.lemma_.lower() in _SHUT_PLACES for o in _child(v, {"dobj"}) for o in _conjuncts(o)):
            return True  # "ordered schools and universities to close until the end of the week"
        if x.lemma_.lower() in {"stay", "remain"} and (passive_in_a_lockdown or any(o.lemma_.lower() in _POPULATIONS or o.ent_type_ == "NORP" or any(
                c.lower_ in {"all", "everyone"} for c in o.children) for o in _child(v, {"dobj"}))) and (any(
                c.lower_ in {"home", "indoors", "inside"} for c in x.children) or any(
                o.lower_ in {"home", "homes"} for _p, o in _prep_objects(x, ("at", "in")))):
            return True
    return False


#: firms told to carry out a measure ("ordered operators to block Facebook")
_SERVICE_FIRMS = frozenset({"operator", "provider", "company", "firm", "carrier", "telecom", "platform", "network", "bank"})


def _bare_agents(t: Token) -> bool:
    """Are ``t`` firms or forces named by no country or name of their own ("operators", "his forces", "the troops")?"""
    return t.lemma_.lower() in _SERVICE_FIRMS | _FORCES_DEPLOYED | {"police", "officer", "policeman"} and not any(
        c.ent_type_ in {"NORP", "GPE", "ORG"} or c.pos_ == "PROPN" for c in t.subtree if c.i != t.i)


#: officials who order closures and confinement
_ORDERING_OFFICIALS = frozenset({"governor", "mayor", "junta", "council", "court", "judge", "regulator", "commission", "chief",
                                 "prefect", "commissioner"})
#: a population told to stay at home
_POPULATIONS = frozenset({"resident", "people", "citizen", "population", "inhabitant", "everyone", "national", "indian", "person"})
#: places a government orders to close
_SHUT_PLACES = frozenset({"school", "university", "college", "shop", "store", "business", "office", "border", "market", "mosque",
                          "church", "restaurant", "bar", "factory", "crossing", "airport", "port", "bank", "newspaper", "station"})


def _an_order(ev: EventCandidate) -> bool:
    """Is the verb event an order: a demand (100) or a court's order (172, :func:`_general_sense`)?"""
    return ev.code == "100" or (ev.entry is not None and ev.entry.origin == "court order")


def _bench_ruling(v: Token) -> Optional[LexEntry]:
    """"rule" as a court's decision with no finding word: a that-clause ("the court ruled that the law discriminated
    against voters") or a side ruled for or against ("ruled in favor of the council", "ruled against the city"), by a
    court or a judge (116). Not "ruled out" (a refusal), "ruled the country", nor another body's view ("the party ruled
    that members may vote freely")."""
    if any(c.dep_ == "prt" for c in v.children) or _child(v, _OBJ):
        return None
    that_clause = any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in v.children)
    sided = any(p.dep_ == "prep" and (p.lower_ == "against" or (p.lower_ == "in" and any(
        o.lower_ in {"favor", "favour"} for o in p.children))) for p in v.children)
    if not (that_clause or sided):
        return None
    subjects, passive = _verb_subjects(v)
    if not subjects or passive or not all(_on_the_bench(s) for s in subjects):
        return None
    # "ruled against the United States": the side ruled against is the one found liable
    against = "against" if any(p.dep_ == "prep" and p.lower_ == "against" for p in v.children) else None
    return LexEntry("V", "rule", against, None, False, "116", True, origin="ruling")


def _bench_finding(v: Token) -> Optional[LexEntry]:
    """"find" or "hold" that ... by a court, a judge or a trade panel: a legal finding (116: "a WTO dispute panel has found
    that the subsidies violate trade rules", "the bench held that the ordinance was void"). Not what investigators or a
    study found."""
    if not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in v.children):
        return None
    subjects, passive = _verb_subjects(v)
    if not subjects or passive or not all(_on_the_bench(s) for s in subjects):
        return None
    return LexEntry("V", "find", None, None, False, "116", True, origin="finding")


def _verdict(v: Token) -> Optional[LexEntry]:
    """A verb that gives a legal finding: "a jury found the defendant guilty", "was found guilty of fraud",
    "an inquest ruled the shooting justifiable", "ruled that the shooting was justified" (116).

    "find" with no such adjective ("found the gun") is left to its rows; "rule" with none is a ruling only as
    :func:`_bench_ruling` says ("the court ruled that ...", not "ruled the country").
    """
    lemma = v.lemma_.lower()
    if lemma == "hold":
        return _bench_finding(v)  # "a five-member bench unanimously held that the ordinance was void"
    if lemma not in {"find", "rule", "judge", "declare"}:
        return None
    comps = [c for c in v.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}]
    if lemma == "rule" and all(_on_the_bench(s) for s in _verb_subjects(v)[0] or [v]):
        # "Supreme Court rules dissolution of parliament unconstitutional": a bench's finding the parser hung on the object
        comps += [a for o in _child(v, {"dobj"}) for a in o.subtree if a.i > o.i and a.pos_ == "ADJ" and a.lower_ in _FINDINGS]
    comps += [a for c in comps if c.pos_ in {"VERB", "AUX"} for a in c.children if a.dep_ in {"acomp", "oprd"}]
    # "a jury found the former officer guilty of murder": the parser hung the finding on the object, after it
    comps += [a for o in v.children if o.dep_ == "dobj" for a in o.children
              if a.dep_ == "amod" and a.i > o.i and a.lower_ in {"guilty", "innocent", "liable"}]
    if not any(c.lower_ in _FINDINGS for c in comps):
        if lemma == "find":
            return _bench_finding(v)
        return _bench_ruling(v) if lemma == "rule" else None
    if lemma in {"find", "declare"} and not any(c.lower_ in {"guilty", "innocent", "liable"} for c in comps):
        return None  # "found it illegal": an opinion, unless it is guilt or liability
    return LexEntry("V", lemma, None, None, False, "116", True, origin="finding")


#: killings and abductions whose participle names the victim: "a murdered policeman", "slain politician Benazir Bhutto"
_VICTIM_PARTICIPLES = frozenset({"murder", "slay", "assassinate", "kidnap", "abduct"})


def _victim_participles(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate], lex: Lexicon) -> None:
    """A killing named only by its victim's participle is a mention of it: "the coffin of a murdered policeman",
    "the family of murdered soldier Patrick Azimkar" (1823), when nothing else in the sentence tells a killing;
    a plural kind ("cases of murdered women") is no one happening."""
    words = _sentence_words(sent)
    if _VICTIM_PARTICIPLES.isdisjoint(words.lemmas) and not any(
            g in _VICTIM_PARTICIPLES for w in words.forms for g in _irregular_lemmas().get(w, [])):
        return
    told = {e.code[:2] for e in [*verb_events.values(), *nouns]}
    for tok in sent:
        # an irregular participle the tagger reads as an adjective is the verb's too: "a slain abortion doctor"
        lemma = next((g for g in _irregular_lemmas().get(tok.lower_, []) if g in _VICTIM_PARTICIPLES), tok.lemma_.lower())
        participle = tok.tag_ == "VBN" or (tok.tag_ == "JJ" and lemma != tok.lemma_.lower())
        if tok.dep_ != "amod" or not participle or tok.i in verb_events or tok.head.tag_ not in {"NN", "NNP"}:
            continue
        rows = [r for r in _lemma_rows(tok, lex, "V") if not r.prep and not r.objects]
        if lemma not in _VICTIM_PARTICIPLES or not rows or rows[0].code[:2] in told:
            continue
        ev = _verb_event(tok, rows[0], sent)
        ev.sources, ev.targets = [], _refs([tok.head])
        ev.strong = True
        verb_events[tok.i] = ev
        told.add(rows[0].code[:2])


def _framing_announcements(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """An announcement of an event told by its noun only frames it: "announced the indictment of two men", "announced a
    new inquiry", "announced a gift of medical supplies" code the noun, not a statement (010) beside it (guidelines 3);
    the announcer is the noun's actor when it names none."""
    named = {e.trigger_i: e for e in nouns}
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        framed = [named[o.i] for o in _objects(v) if o.i in named]
        if ev.code == "010" and v.lemma_.lower() in _ANNOUNCED_ACTS and framed:
            for noun in framed:
                if not noun.sources:
                    noun.sources = list(ev.sources)  # "Comey announced a new inquiry": the announcer's inquiry
            del verb_events[i]
        elif ev.code == "010" and v.lemma_.lower() in _FRAMING_VERBS and _reports_an_act(v, verb_events, nouns):
            del verb_events[i]  # "the White House stated that Trump asked Turkey to return him": the request is the event


#: the lexicon's plain statement verbs (010), which only frame a reported act (guidelines 3)
_FRAMING_VERBS = frozenset({"announce", "state", "declare", "stress", "remark"})
#: of those, the ones whose direct object may name the act announced ("announced a new inquiry", "declared a ceasefire")
_ANNOUNCED_ACTS = frozenset({"announce", "state", "declare"})


def _reports_an_act(v: Token, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> bool:
    """Does the clause that the say-verb ``v`` reports ("stated that ...") hold a coded act other than a statement?

    A weak word with no actor of its own ("we need a serious dialogue") may be no act: the statement then stays."""
    told = {t.i for c in v.children if c.dep_ == "ccomp" for t in c.subtree}
    return any(e.trigger_i in told and e.code[:2] != "01" and (e.strong or e.sources) for e in [*verb_events.values(), *nouns])


#: verbs of a getaway with the loot, told as a participle of the theft just named
_GETAWAY_VERBS = frozenset({"make", "flee", "escape", "get", "run", "drive", "take", "grab", "snatch"})


def _elaborating_participles(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A participle that spells out a speech act just named is that act: "made a plea to her colleagues, asking them to
    ...", "issued an appeal, urging residents to ..." are one appeal, on the noun (settling rule 12); so is a getaway
    with the loot after a theft ("robbed the jeweller, making off with diamonds"); so are participles that spell out
    sanctions just imposed ("imposed sanctions on North Korea, banning the sale of heavy weapons")."""
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if v.tag_ != "VBG" or v.dep_ != "advcl" or _child(v, _SUBJ):
            continue
        if ev.code[:2] in _VERBAL_ROOTS and any(
                n.code[:2] == ev.code[:2] and ev.sentence.doc[n.trigger_i].head.i == v.head.i for n in nouns):
            del verb_events[i]
        elif ev.code.startswith("18") and v.lemma_.lower() in _GETAWAY_VERBS and (
                any(n.code.startswith("18") and ev.sentence.doc[n.trigger_i].head.i == v.head.i for n in nouns)
                or (v.head.i in verb_events and verb_events[v.head.i].code.startswith("18"))):
            del verb_events[i]  # "carried out a robbery at the exhibition, making off with jewellery": the robbery's haul
        elif ev.code[:3] == "192" and v.head.i in verb_events and verb_events[v.head.i].code[:3] == "192":
            del verb_events[i]  # "seized the city of Kirkuk, taking over the governor's office and an air base": one capture
        elif ev.code[:3] in _SANCTION_PARTS and v.head.i in verb_events and verb_events[v.head.i].code == "163":
            # "imposed sanctions on North Korea, banning the sale of heavy weapons and freezing the assets of ...": the
            # participles spell out the sanctions, one act
            for c in _conjuncts(v):
                if c.i in verb_events and verb_events[c.i].code[:3] in _SANCTION_PARTS:
                    del verb_events[c.i]


#: codes of the measures a set of sanctions is made of: bans, embargoes, asset freezes, aid cut
_SANCTION_PARTS = frozenset({"172", "163", "162"})


#: verbs of a state of mind or of being: a past clause of these tells a view, not an act
_VIEW_VERBS = frozenset({"be", "have", "seem", "appear", "believe", "think", "know", "feel", "want", "hope", "need", "expect",
                          "remain", "become", "look", "mean", "like", "love", "hate", "wish", "understand", "see"})


def _drop_reported_narration(said: EventCandidate) -> bool:
    """Is the plain statement ``said`` (010) the frame of a narrated past act ("'She was halted at the gate,' he said",
    "Ritter led his team on a tour of three sites, a spokesman said")? The guidelines code the reported act, never
    the say-verb beside it (section 3; settling rule 19), so the statement goes even when the act found no code."""
    if said.code != "010":
        return False
    v = said.sentence.doc[said.trigger_i]
    told = [c for c in v.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"}]
    if not told and v.dep_ in {"parataxis", "ccomp"} and v.head.i != v.i and v.head.pos_ in {"VERB", "AUX"}:
        told = [v.head]  # "..., he said": the clause it interrupts
    if len(told) != 1:
        return False
    m = told[0]
    if m.lemma_.lower() in _VIEW_VERBS or any(c.dep_ == "neg" for c in m.children):
        return False
    # "was halted", "had left", and the past progressive: "'She was lying on the ground,' the chief said"
    past = m.tag_ == "VBD" or (m.tag_ in {"VBN", "VBG"} and any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in m.children))
    return past and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in m.children)


def _drop_describing_participles(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A passive participle that describes a thing or person by a past word or deed is no act of its sentence: "the
    agreements signed by Israel contain ...", "a region threatened by extremists", "the uncle, backed by the
    foundation, is fighting ..." (guidelines 2: the sentence tells what the noun does, the participle only identifies
    it). Material acts (17-20: "the man arrested on Tuesday", "two soldiers killed in the blast") and investigative
    ones (09: "the suspects questioned by police") stay, and so does a
    force sent somewhere (15 with a goal: "troops, deployed to the border, ..."): a standing posture ("a warship,
    deployed on anti-piracy patrols in the Gulf, ...") is only a description."""
    named = {e.trigger_i for e in nouns}
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if (v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in {"NOUN", "PROPN"} and v.head.i < v.i
                and v.head.i not in named  # an act done to an event the sentence names: "the deal mediated by Qatar"
                and not (v.head.dep_ == "pobj" and v.head.head.head.i in named)  # "the deal between the parties, mediated by"
                and v.head.dep_ != "ROOT"  # a headline's verb: "Suspects identified in fatal crash"
                and ev.code[:2] not in _HAPPENING_ROOTS
                and not ev.code.startswith(("112", "115", "116"))  # legal steps: "accused of" (1121), "previously convicted of"
                and ev.code[:2] != "05"  # a stance that still holds: "the bill, supported by the majority, passed"
                # an investigative act done to people stays ("the suspects questioned by police were released"); a name
                # given does not ("the suspect, identified as Anthony Smith")
                and (ev.code[:2] != "09" or any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children))
                and not any(c.dep_ in _SUBJ | _SUBJPASS | {"mark", "aux", "auxpass"} for c in v.children)
                and not (ev.code[:2] == "15" and _goal(v))
                and not _own_time(v)):
            del verb_events[i]  # (a participle with a day of its own, "the accord signed yesterday", tells an act)


_GOAL_PREPS = frozenset({"to", "into", "toward", "towards", "onto"})


def _goal(v: Token) -> bool:
    """Does the verb ``v`` send someone somewhere ("deployed to the border", "sent into the valley"), not only say where
    they are ("deployed in the Gulf", "stationed at the base")?"""
    return any(c.dep_ in {"prep", "dative"} and c.lower_ in _GOAL_PREPS for c in v.children)


def _own_time(v: Token) -> bool:
    """Does the verb ``v`` give a day of its own ("signed yesterday", "signed on Feb. 23", "imposed last month") or
    place itself after or during another happening ("sanctions imposed after the invasion", "agreed during the talks")?"""
    return (any(c.dep_ == "prep" and c.lower_ in _TIME_PREPS for c in v.children)
            or any(t.ent_type_ in {"DATE", "TIME"} and t.i != v.i and (t.head.i == v.i or t.head.head.i == v.i) for t in v.subtree))


_TIME_PREPS = frozenset({"after", "before", "during", "following", "since", "until"})


#: violent nouns a violent verb carries as its object ("fought a war", "launched an offensive", "waged a campaign")
_CARRIED_VIOLENCE = frozenset({"war", "battle", "offensive", "campaign", "attack", "assault", "insurgency", "operation", "raid",
                               "bombing", "strike", "airstrike", "fight", "conflict"})


def _drop_violent_relatives(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A relative clause that tells what happened in a violent event named by a noun is that event (settling rule 1):
    "a drive-by shooting during which a dozen shots were fired", "the bombing, in which two guards were hurt". The
    clause often names who did it and to whom ("a bombing in which Taliban militants killed 12 soldiers"): the noun's
    event takes the sides it lacks from the clause, so nobody is lost with it."""
    violent = {e.trigger_i: e for e in nouns if e.code.startswith(_VIOLENT)}
    # "fought a border war that killed 80,000 people", "launched an offensive that killed dozens": the war a violent verb
    # carries is that verb's event
    violent.update({o.i: e for e in verb_events.values() if e.code.startswith(_VIOLENT)
                    for o in _child(e.sentence.doc[e.trigger_i], _OBJ) if o.lemma_.lower() in _CARRIED_VIOLENCE})
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if (ev.code.startswith(_VIOLENT) and v.dep_ == "relcl" and v.head.i in violent
                and any(t.lower_ in _RELPRON and v.i in {t.head.i, t.head.head.i} for t in v.subtree if t.i < v.i)):
            noun = violent[v.head.i]
            if noun.nominal:  # (a verb's war keeps the verb's sides: "Ethiopia and Eritrea fought a war that killed ...")
                noun.sources = noun.sources or list(ev.sources)
                noun.targets = noun.targets or list(ev.targets)
            del verb_events[i]


def _drop_no_actor_acts(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """Acts with no actor on one side (:func:`tidings.code._no_actor.no_actor_act`): a hazard as the doer ("the blizzard
    shut schools"), harm done only to animals ("rangers shot three stray dogs") or to a fire ("an attack on the
    flames"), an injury in a mishap with no one who caused it ("no one was injured in the collision")."""
    for i, ev in list(verb_events.items()):
        if no_actor_act(ev.sentence.doc[i], ev.code):
            del verb_events[i]
    nouns[:] = [ev for ev in nouns if not no_actor_act(ev.sentence.doc[ev.trigger_i], ev.code)
                and not own_session(ev.sentence.doc[ev.trigger_i], ev.code)]


#: roots of what a market voice says or feels about a thing: statements, forecasts, appeals, intents, welcomes
_MARKET_VOICE_ROOTS = frozenset({"01", "02", "03", "05", "13"})


def _drop_market_voices(verb_events: dict[int, EventCandidate], actor_noun: Optional[Callable[[Token], bool]]) -> None:
    """A forecast, a comment or a welcome by market roles only (analysts, investors, traders) about things, not actors:
    "analysts were predicting higher earnings", "investors and traders applauded the news" (guidelines: market news is
    `other`, an analyst's forecast `analysis`). Their word about an actor ("investors urged the government to act")
    or a named firm's analyst ("analysts at the central bank") stays."""
    for i, ev in list(verb_events.items()):
        if ev.code[:2] not in _MARKET_VOICE_ROOTS or not ev.sources or any(r.fixed is not None for r in ev.sources):
            continue
        doc = ev.sentence.doc
        if not all(_market_role(doc[r.token_i]) for r in ev.sources):
            continue
        if any(r.fixed is not None or _an_actor(doc[r.token_i], actor_noun) for r in ev.targets):
            continue
        del verb_events[i]


#: places of care one is admitted to as a patient: "admitted to hospital", "admitted into intensive care"
_CARE_PLACES = frozenset({"hospital", "clinic", "infirmary", "ward", "hospice", "icu", "care", "unit", "emergency",
                          "sanatorium", "nursing"})


#: what a kind of event names as equipment: "riot gear", "riot shields", "combat boots"
_GEAR = frozenset({"gear", "shield", "helmet", "equipment", "boot", "uniform", "fatigues", "armor", "armour", "kit"})
#: units a kind of event names: "the riot squad", "the bomb squad", "a police strike force", "the protest group said"
_UNITS = frozenset({"squad", "unit", "team", "force", "group", "brigade", "detail", "police", "corps", "battalion", "platoon",
                    "division", "taskforce"})
#: places, sports and crafts a kind of attack names: "the shooting range", "a shooting guard", "the film's shooting
#: schedule", "a bombing range" (by the next word: the parser reads "the shooting ranges" as a clause)
_PRACTICE = frozenset({"range", "ranges", "gallery", "galleries", "club", "clubs", "guard", "guards", "star", "stars", "sport",
                       "sports", "schedule", "script", "location", "locations", "lesson", "lessons", "instructor", "instructors",
                       "competition", "competitions", "championship", "championships", "percentage", "preserve", "preserves"})
#: ways and places of travel whose closure is a notice of works or traffic, no sanction: "lane closures through April 30",
#: "road closures are expected", "the closure of the bridge for repairs"
_ROADWAYS = frozenset({"lane", "road", "street", "bridge", "ramp", "highway", "freeway", "interstate", "tunnel", "sidewalk",
                       "trail", "exit", "intersection", "route", "avenue", "boulevard", "roadway", "parking", "lot", "beach"})


#: words that make an exercise or a mobilization a force's: "a joint naval exercise", "a counter-terrorism exercise"
_FORCE_EXERCISES = _MILITARY_MODIFIERS | frozenset({"joint", "training", "drill", "live-fire", "firing", "amphibious", "missile",
                                                    "nuclear", "tank", "border", "security", "defense", "defence", "counter-terrorism",
                                                    "counterterrorism", "anti-terror", "anti-terrorism", "war", "military", "police",
                                                    "marine", "airborne", "artillery", "warship", "submarine", "fire"})
#: people and means whose mobilization is no force: "mobilization of people to get vaccinated", "of resources"
_CIVIL_MOBILIZED = frozenset({"people", "citizen", "resident", "community", "volunteer", "resource", "fund", "public", "society",
                              "voter", "supporter", "youth", "student", "worker", "parent", "doctor", "nurse", "donor", "effort",
                              "opinion", "member", "base", "electorate"})


#: kinds of danger named as "X threats": no threat an actor makes
_DANGER_KINDS = frozenset({"security", "health", "safety", "terror", "terrorism", "cyber", "environmental", "environment",
                           "disease", "fire", "flood", "weather", "climate", "food", "drug", "crime", "traffic"})


#: verbs of saying whose sitting a meeting noun may only set: "said at Monday's meeting", "announced after the meeting"
_SAID_AT = _STATEMENT_VERBS | {"announce", "report"}
#: words of a body's own sitting: "the regular meeting", "the council meeting"
_SITTINGS = frozenset({"regular", "monthly", "weekly", "council", "board", "commission", "committee", "special", "annual",
                       "quarterly", "budget", "planning", "zoning", "city", "county", "school", "town"})


def _setting_of_words(n: Token) -> bool:
    """Is the meeting ``n`` a body's own sitting where or when someone said something ("said at Monday's meeting that",
    "said after the council meeting"), naming no one met ("after the meeting with the Chinese envoy" names one)?"""
    if n.dep_ != "pobj" or n.head.lower_ not in {"at", "after", "during", "before", "following"}:
        return False
    if n.head.head.lemma_.lower() not in _SAID_AT:
        return False
    if _prep_objects(n, ("with", "between", "among", "of")) or any(
            c.dep_ in {"compound", "amod"} and (c.ent_type_ in _ACTOR_ENTS or c.pos_ == "PROPN") for c in n.children):
        return False
    # a body's own sitting, named by its day or kind ("Monday's meeting", "the regular council meeting"); "the meeting"
    # alone may be one the text told before ("said after the meeting she thought Elian should stay")
    return any(c.ent_type_ == "DATE" or c.lemma_.lower() in _SITTINGS for c in n.children)


def _civil_exercise(n: Token) -> bool:
    """Is the exercise ``n`` a task of another kind, named by a word of its own that no force uses ("a contact-tracing
    exercise", "a public relations exercise", "a cost-cutting exercise"), not a drill of a force ("a joint naval
    exercise", "a major military exercise")?"""
    if n.lemma_.lower() != "exercise":
        return False
    mods = [m for m in n.children if m.dep_ in {"compound", "amod", "nmod"}]
    kinds = [m for m in mods if (m.dep_ in {"compound", "nmod"} and m.pos_ == "NOUN") or (m.dep_ == "amod" and m.pos_ == "VERB")
             or (m.dep_ == "amod" and "-" in m.text and m.lower_.endswith("ing"))]  # "contact-tracing", not "large-scale"
    words = {w.lower_ for m in mods for w in m.subtree} | {w.lemma_.lower() for m in mods for w in m.subtree}
    return bool(kinds) and not (words & _FORCE_EXERCISES)


def _civil_mobilization(n: Token) -> bool:
    """Is the mobilization ``n`` one of people or means for a civil end ("greater mobilization of people", "the
    mobilization of resources"), not of troops or reserves?"""
    if n.lemma_.lower() not in {"mobilization", "mobilisation"}:
        return False
    of = [o for _, o in _prep_objects(n, ("of",))]
    return bool(of) and all(o.lemma_.lower() in _CIVIL_MOBILIZED for o in of)


def _practice_named(n: Token, row: LexEntry) -> bool:
    """Does the attack noun ``n`` only name the place, sport or craft of the next word ("the shooting range", "a shooting
    guard", "a bombing range"), no attack?"""
    if row.code[:2] not in {"18", "19", "20"} or n.i + 1 >= len(n.doc):
        return False
    nxt = n.doc[n.i + 1]
    return nxt.lower_ in _PRACTICE and (n.head.i == nxt.i or (n.dep_ == "compound" and n.head.i > n.i))


def _road_closure(n: Token, row: LexEntry) -> bool:
    """Is the closure noun ``n`` a notice that a road, lane or bridge is shut ("lane closures through April 30", "road
    closures on Interstate 5", "the closure of the bridge for repairs")? Not when someone's closure it is ("Israel's
    closure of the road", "the closure of the road by the army")."""
    if row.code != "172" or n.lemma_.lower() not in {"closure", "closing"}:
        return False
    if any(c.dep_ == "poss" for c in n.children) or _prep_objects(n, ("by",)):
        return False
    if any(c.dep_ == "compound" and c.i < n.i and c.lemma_.lower() in _ROADWAYS | _BUSINESS_SITES for c in n.children):
        return True  # also a firm's own closing of its sites: "store closures", "plant closings"
    return any(o.lemma_.lower() in _ROADWAYS for _, o in _prep_objects(n, ("of",)))


#: a firm's sites whose closing is its own business ("store closures", "plant closings"), not a sanction
_BUSINESS_SITES = frozenset({"store", "plant", "branch", "factory", "mill", "shop", "restaurant", "outlet", "mine", "refinery",
                             "smelter", "dealership", "warehouse", "showroom", "franchise"})


def _no_fight_yet(n: Token, row: LexEntry) -> bool:
    """Is a fight noun one not fought: "a fight" sought or ready for, or done without ("looking ready for a fight", "the
    country cannot surrender without a fight")? "The fight at the bar", "after a fight with police" stay."""
    if row.code[:2] not in {"18", "19"} or n.lemma_.lower() not in {"fight", "battle", "struggle", "brawl"}:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in n.children) and not any(
        c.dep_ == "prep" and c.lower_ in {"with", "between", "against", "at", "in", "on"} for c in n.children)
    return indefinite and n.dep_ == "pobj" and n.head.lower_ in {"for", "without"}


def _drop_care_and_blows(verb_events: dict[int, EventCandidate]) -> None:
    """Two verb senses read as speech or protest: "admitted to hospital" is a patient's admission, no admission of a
    fault (015: "admitted to the police that he stole", "admitted to taking the items" stay); a work stoppage (143)
    takes no object, so "struck a parked car" is a blow or a crash, no strike ("workers struck on Monday" stays)."""
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        lemma = v.lemma_.lower()
        if ev.code.startswith("015") and lemma == "admit" and any(
                o.lemma_.lower() in _CARE_PLACES for _, o in _prep_objects(v, ("to", "into"))):
            del verb_events[i]
        elif ev.code.startswith("143") and lemma == "strike" and _child(v, _OBJ | {"ccomp"}):  # "struck a van stopped on ..." parsed as a clause
            del verb_events[i]


#: what a body's own attack or arrest names: "a heart attack", "cardiac arrest", "an asthma attack" (no one attacks or holds)
_BODY_FITS = frozenset({"heart", "cardiac", "asthma", "panic", "anxiety", "epileptic", "respiratory", "migraine", "allergic",
                        "coughing", "gout", "traumatic", "pulmonary"})
#: the nouns of a fit of the body
_FIT_NOUNS = frozenset({"attack", "arrest", "failure", "seizure", "strike"})
#: mishaps a harm to no one is told in, beside the hazards of :func:`tidings.code._no_actor.hazard`
_MISHAP_WORDS = frozenset({"fire", "blaze", "crash", "collision", "accident", "collapse", "derailment", "explosion", "leak", "spill",
                           "wreck", "pileup", "smoke", "flames"})
#: words of violence that make a harm to no one an assault's: "no one else was injured in the shooting"
_VIOLENCE_WORDS = frozenset({"shoot", "shooting", "attack", "gunman", "gunfire", "stab", "stabbing", "bomb", "bombing", "assault",
                             "arson", "arsonist", "suspect", "incident", "robbery", "raid", "clash", "fight", "police", "riot"})
#: things a crime word classifies when it names no happening: "the murder weapon", "a kidnap car", "the robbery money"
_CRIME_THINGS = frozenset({"weapon", "gun", "knife", "rifle", "pistol", "revolver", "handgun", "shotgun", "blade", "bat", "hammer",
                           "car", "vehicle", "van", "truck", "money", "cash", "loot", "tool", "kit", "rope", "bag", "mask"})
#: verbs of keeping clear of the law: "lying in wait and murder to avoid arrest", "fled to evade capture"
_EVADING = frozenset({"avoid", "evade", "escape", "elude", "dodge", "flee"})
#: pronouns and words of no one: "nobody was injured", "no one was hurt", "none of the passengers were hurt"
_NO_ONE = frozenset({"nobody", "none", "noone", "no-one"})


def _body_fit(n: Token, code: str) -> bool:
    """Is the noun ``n`` a fit of the body ("suffered a heart attack", "died of cardiac arrest", "an asthma attack")?"""
    return (code[:2] in {"17", "18", "19", "20"} and n.lemma_.lower() in _FIT_NOUNS
            and any(c.dep_ in {"compound", "amod"} and c.lower_ in _BODY_FITS for c in n.children))


def _nobody_hurt(v: Token, code: str) -> bool:
    """Is ``v`` a harm done to no one in a sentence of a hazard or a mishap with no violence ("nobody was injured, but the
    fire destroyed the hall", "no one was hurt when the roof collapsed in the storm")? No actor harms and no one is harmed
    (guidelines, section 2). "No one else was injured in the shooting" stays: an assault told as sparing others."""
    if code[:2] not in {"18", "19", "20"} or v.lemma_.lower() not in {"kill", "injure", "wound", "hurt", "harm"}:
        return False
    if not any(hazard(t) or t.lemma_.lower() in _MISHAP_WORDS for t in v.sent) or any(
            t.lemma_.lower() in _VIOLENCE_WORDS for t in v.sent):
        return False
    hurt = [c for c in v.children if c.dep_ in _SUBJPASS]
    if not hurt or any(c.dep_ == "agent" for c in v.children):
        return False
    h = hurt[0]
    return h.lower_ in _NO_ONE or (h.lower_ == "one" and any(c.lower_ == "no" for c in h.children)) \
        or any(c.dep_ == "det" and c.lower_ == "no" for c in h.children)


def _thing_to_blame(v: Token, code: str, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Is "to blame" ``v`` said of a thing ("arson is to blame for the fire", "his illness was to blame"): a cause named, no
    actor accused (112)? "The driver is to blame" stays."""
    if not code.startswith("112") or v.lemma_.lower() != "blame" or v.dep_ != "xcomp" or v.head.lemma_.lower() != "be":
        return False
    subj = [x for c in v.head.children if c.dep_ in _SUBJ for x in [c, *c.conjuncts]]
    if not subj and v.head.dep_ == "ccomp":
        subj = [c for c in v.head.head.children if c.dep_ in _OBJ and c.i < v.head.i]  # "argued his illness was to blame"
    return bool(subj) and all(s.pos_ == "NOUN" and not s.ent_type_ and not _a_person(s, actor_noun) for s in subj)


def _crime_thing(n: Token, code: str) -> bool:
    """Is the event noun ``n`` a classifier of a thing ("the murder weapon was recovered", "the kidnap car")? The thing is
    in view, the act is told elsewhere (guidelines, section 5: one event per mention of the act itself)."""
    return (code[:2] in {"18", "19", "20"} and n.dep_ == "compound" and n.head.i > n.i
            and n.head.lemma_.lower() in _CRIME_THINGS and n.head.pos_ == "NOUN")


def _evaded_arrest(n: Token, code: str) -> bool:
    """Is the arrest noun ``n`` one kept clear of ("murder to avoid arrest", "fled to evade capture"): no arrest made
    (guidelines, section 2)? "Resisted arrest" tells an arrest made."""
    return code.startswith("17") and n.dep_ in _OBJ and n.head.lemma_.lower() in _EVADING and not any(
        c.dep_ in {"det", "poss"} for c in n.children)


def _quantified_any(n: Token, code: str) -> bool:
    """Is the event noun ``n`` one of any kind ("did not know of any threats", "would not impose death for any killings",
    "any such inquiry"): a kind of act, no happening the text tells (guidelines, section 2: `generic`)?"""
    return n.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in n.children)


def _drop_unhappened_senses(verb_events: dict[int, EventCandidate], nouns: list[EventCandidate],
                            actor_noun: Optional[Callable[[Token], bool]]) -> None:
    """Words of events that tell none: a fit of the body (:func:`_body_fit`), a harm done to no one in a hazard
    (:func:`_nobody_hurt`), a thing to blame (:func:`_thing_to_blame`) and an act of any kind (:func:`_quantified_any`)."""
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if _nobody_hurt(v, ev.code) or _thing_to_blame(v, ev.code, actor_noun):
            del verb_events[i]
    nouns[:] = [ev for ev in nouns if not (_body_fit(ev.sentence.doc[ev.trigger_i], ev.code)
                                           or _quantified_any(ev.sentence.doc[ev.trigger_i], ev.code)
                                           or _crime_thing(ev.sentence.doc[ev.trigger_i], ev.code)
                                           or _evaded_arrest(ev.sentence.doc[ev.trigger_i], ev.code))]


def _market_role(t: Token) -> bool:
    """Does ``t`` name market people by their role only ("analysts", "some investors"), owned by no one named ("analysts
    at the central bank", "the ministry's economists" are left alone)?"""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in MARKET_ROLES:
        return _private_role(t) and t.lemma_.lower() in MARKET_ROLES
    owners = [c for c in t.children if c.dep_ in {"poss", "compound", "nmod"} or (c.dep_ == "amod" and c.ent_type_)]
    owners += [o for _, o in _prep_objects(t, ("of", "for", "at", "with"))]
    return all(o.pos_ == "PRON" or (o.pos_ == "NOUN" and o.lemma_.lower() in MARKET_ROLES) for o in owners)


def _an_actor(t: Token, actor_noun: Optional[Callable[[Token], bool]]) -> bool:
    """Is ``t`` an actor the text names: a name, a person, a pronoun, or a noun the knowledge reads as an actor?"""
    if t.pos_ in {"PROPN", "PRON"} or t.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} or is_person(t):
        return True
    return actor_noun is not None and actor_noun(t)


def _mishap_relatives(verb_events: dict[int, EventCandidate]) -> None:
    """Harm told in a relative clause of a mishap is no attack: "a boat wreck that killed his mother", "the fire which injured two"."""
    for i, ev in list(verb_events.items()):
        v = ev.sentence.doc[i]
        if (ev.code[:2] in {"18", "19"} and v.lemma_.lower() in _CASUALTY_VERBS and v.dep_ == "relcl"
                and v.head.lemma_.lower() in _MISHAPS and not _agent(v)
                and any(c.dep_ in _SUBJ and c.lower_ in _RELPRON for c in v.children)):
            del verb_events[i]


#: the units a penalty's term or sum is told in: "up to 12 months", "up to $5,000", "up to life"
_PENALTY_TERMS = frozenset({"year", "month", "week", "day", "hour", "life", "dollar", "euro", "pound", "rupee", "yuan", "rand",
                            "naira", "shilling", "peso", "ruble", "rouble", "franc", "yen"})


def _penalty_scale(n: Token, row: LexEntry) -> bool:
    """Is ``n`` a penalty a rule sets ("could result in imprisonment for up to 12 months"), not someone held?"""
    if row.code[:2] != "17" or n.lemma_.lower() not in _PENALTIES:
        return False
    sent = n.sent
    if any(t.lower_ == "punishable" or (t.lemma_.lower() == "face" and t.pos_ == "VERB") for t in sent):
        return True
    # "up to" must bound the penalty's own term or sum ("for up to 12 months", "fines of up to $5,000"), not a count of
    # people ("the detention of up to 40 activists")
    toks = list(sent)
    for k in range(len(toks) - 1):
        if toks[k].lower_ == "up" and toks[k + 1].lower_ == "to":
            after = toks[k + 2:k + 6]
            if any(t.lemma_.lower() in _PENALTY_TERMS or t.tag_ == "$" for t in after):
                return True
    return False


def _contact_notice(sent: Span) -> bool:
    """Is ``sent`` a notice telling readers whom to contact ("For more information, call 555-0100 or visit www.x.org")?"""
    if _sentence_words(sent).lemmas.isdisjoint(_CONTACT_LEMMAS):
        return False  # (the verb is looked for first: most sentences have none of them)
    if not re.search(r"www\.|https?://|\.(?:com|org|gov|net)\b|\(?\d{3}\)?[ -]?\d{3}-\d{4}", span_text(sent)):
        return False
    return any(_contact_imperative(t) for t in sent if t.lemma_.lower() in _CONTACT_LEMMAS)


_CONTACT_LEMMAS = frozenset({"contact", "call", "visit", "log", "email", "e-mail", "phone"})


def _contact_imperative(t: Token) -> bool:
    """Is ``t`` a verb in the imperative, with no subject and no auxiliary ("call 555-0100", "visit www.x.org")?

    "Pompeo will visit Beijing" or "protesters called for ..." is no notice.
    """
    if t.tag_ != "VB" or t.dep_ not in {"ROOT", "conj", "advcl"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for c in t.children):
        return False
    return t.dep_ == "ROOT" or _contact_imperative(t.head) or t.head.tag_ == "VB"



class _Words(NamedTuple):
    """The words of a sentence, lower-case: a rule keyed on a few lemmas or forms skips a sentence that has none of them."""

    lemmas: frozenset[str]
    forms: frozenset[str]


class _Coding(threading.local):
    """The doc :func:`find_events` is coding in this thread, and what its rules ask of each sentence, found once:
    whether each token is inside a quotation (by token index) and the words of each sentence (by its bounds).
    Outside a call ``doc`` is None and the rules read the sentence afresh."""

    doc: Optional[Doc] = None
    quoted: dict[int, bool] = {}
    words: dict[tuple[int, int], _Words] = {}


_CODING = _Coding()


def _sentence_words(sent: Span) -> _Words:
    """The lower-case lemmas and word forms of ``sent`` (once per sentence while :func:`find_events` codes its doc)."""
    if _CODING.doc is not sent.doc:
        return _words_of(sent)
    key = (sent.start, sent.end)
    found = _CODING.words.get(key)
    if found is None:
        found = _CODING.words[key] = _words_of(sent)
    return found


def _words_of(sent: Span) -> _Words:
    tokens = list(sent)
    return _Words(frozenset(t.lemma_.lower() for t in tokens), frozenset(t.lower_ for t in tokens))


def find_events(
    doc: Doc,
    lexicon: Lexicon,
    *,
    sentences: Optional[Iterable[Span]] = None,
    skip_headings: bool = True,
    actor_noun: Optional[Callable[[Token], bool]] = None,
) -> list[EventCandidate]:
    """Event candidates of a parsed ``doc`` (or only of ``sentences``).

    ``actor_noun`` tells nouns that name actors ("police", "leaders"): an
    event noun that only classifies one ("riot police") is then no event.

    Sentences marked by the pre-filter as holding no trigger word
    (``doc._.tidings_candidates``) are skipped.
    """
    outer = _CODING.doc, _CODING.quoted, _CODING.words
    _CODING.doc, _CODING.quoted, _CODING.words = doc, {}, {}
    try:
        return _find_events(doc, lexicon, sentences=sentences, skip_headings=skip_headings, actor_noun=actor_noun)
    finally:
        _CODING.doc, _CODING.quoted, _CODING.words = outer


def _participle_as_person(v: Token) -> bool:
    """Is the participle ``v`` a word for people ("the accused was remanded", "the deceased", "the wounded were taken to
    hospital"): a determiner before it where a noun stands (subject, object, object of a preposition)?"""
    return v.tag_ == "VBN" and v.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and any(
        c.dep_ == "det" and c.lower_ == "the" and c.i == v.i - 1 for c in v.children)


def _find_events(doc: Doc, lexicon: Lexicon, *, sentences: Optional[Iterable[Span]], skip_headings: bool,
                 actor_noun: Optional[Callable[[Token], bool]]) -> list[EventCandidate]:
    lex = lexicon
    keep = None
    if Doc.has_extension("tidings_candidates") and doc._.tidings_candidates is not None:
        keep = doc._.tidings_candidates
    out: list[EventCandidate] = []
    multiline = "\n" in doc_text(doc).strip()
    in_body = False  # past the lines of the title block: a headline above the first full sentence is coded (it is a
    # mention, guidelines section 5); later headings (section heads, related stories' titles) are not
    for sent in sentences if sentences is not None else doc.sents:
        words = sum(t.is_alpha for t in sent)
        # a line of more words than a headline has is a sentence whose full stop is missing, not a heading
        heading = skip_headings and is_heading(sent, multiline=multiline) and words <= _HEADING_WORDS
        title = heading and not in_body and _title_line(sent)
        # the body begins with a sentence of some words that is no URL's piece ("com / 2013 / 09 / cops-queens-woman-killed")
        in_body = in_body or (not heading and words >= BODY_WORDS and not any(t.text == "/" for t in sent))
        if keep is not None and not any(s < sent.end_char and e > sent.start_char for s, e in keep):
            continue
        if heading and not title:
            continue
        if _tip_line(sent):
            continue  # "Anyone with information about the burglaries is asked to call ...": boilerplate
        if _contact_notice(sent):
            continue  # "For more information, call ... or visit www...": a notice to readers
        verb_events: dict[int, EventCandidate] = {}
        for tok in sent:
            if (tok.pos_ == "VERB" and tok.dep_ != "amod" and not _participle_as_person(tok) and not (
                    tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.dep_ == "amod")) or _headline_verb(tok, sent):
                # a participle that only describes a noun is no event: "murdered women",
                # "non-life threatening injuries", "the proposed reforms"
                row = _match_verb(tok, lex)
                row = _general_sense(tok, row) if row is not None else _verdict(tok)
                row = _dissent_eased(tok) or row
                if row is not None and tok.lemma_.lower() == "call" and any(c.dep_ == "oprd" for c in tok.children):
                    row = None  # "a plan he called a sham", "called the tax deal a big step for us": a name given, no call or appeal
                if row is not None and row.code == "111" and row.lemma == "liken" and not _likened_someone(tok, actor_noun):
                    row = None  # "likened the new stadium to a palace"; an act likened is the naming rule's ("the crackdown")
                if row is not None and row.code in {"112", "173"} and row.lemma == "charge" and not row.prep and (
                        any(c.dep_ == "auxpass" for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN")
                        or (tok.dep_ == "conj" and tok.tag_ == "VBN" and not _child(tok, _SUBJ)
                            and any(c.dep_ == "auxpass" for c in tok.head.children))):
                    # "eight suspects have been charged", "two agents charged in the bombing", "were faulted in three
                    # wrecks and charged in two": one is charged by the law
                    # (one charges that ... in the active: 112); "in" here is a preposition, not the particle of "charge in"
                    preps = {c.lower_ for c in tok.children if c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children)}
                    by_law = [r for r in lex.rows("V", "charge") if r.code == "173" and not r.objects and (not r.prep or r.prep in preps)]
                    row = min(by_law, key=lambda r: r.prep is None, default=row)
                if row is None or row.code[:2] == "01":
                    label_row = _said_label(tok, lex) or _wont_hesitate(tok) or _said_threat(tok)
                    row = label_row if label_row is not None else row
                if row is None:
                    row = (_labelled(tok, lex) or _listed(tok) or _police_find(tok) or _police_stop(tok) or _protesters_gather(tok)
                           or _deal_ruled(tok) or _message_sent(tok) or _confined(tok)
                           or _warrant_served(tok)
                           or _joining(tok) or _law_inquiry(tok)
                           or _agreed_to_act(tok) or _suspect_search(tok) or _relief_received(tok) or _wont_hesitate(tok)
                           or _online_cut(tok) or _captivity(tok))
                elif row.code == "042" and _inspectors(tok):
                    row = LexEntry("V", row.lemma, row.prep, row.objects, row.no_object, "090", True, origin="inspection visit")
                if row is None and tok.tag_ == "VBN":
                    approved = _approval(tok, sent)  # "she was heartened by the cooperation of the police": a passive of approval
                    if approved is not None:
                        verb_events[tok.i] = approved
                if row is not None:
                    verb_events[tok.i] = _verb_event(tok, row, sent)
                    if (tok.is_title and tok.lower_.endswith("ed") and not _child(tok, _OBJ) and _headline(sent)) or _second_clause_passive(tok, sent):
                        _headline_passive(verb_events[tok.i])
                    if row.origin == "warrant served":  # "conducted a search warrant at his home": the warrant is no side
                        verb_events[tok.i].targets = []
                    if row.origin == "no hesitation to use force":
                        verb_events[tok.i].negated = False  # "would not hesitate to use force": the threat is made
                    if row.origin == "relief received":  # "Ecuador received a million doses from China": the giver gives
                        verb_events[tok.i].sources = _refs(_relief_givers(tok))
                        verb_events[tok.i].targets = _refs(_verb_subjects(tok)[0])
                    if row.origin == "message sent":  # "sent a message of condolence to President Demirel": the one sent to
                        verb_events[tok.i].targets = _refs(_message_addressees(tok))
                    if row.origin == "finding" and not verb_events[tok.i].targets:
                        # "a jury found the defendant, Ana Ruiz, guilty": the parser made the one found guilty the subject
                        # of the finding; that one is the target
                        verb_events[tok.i].targets = _refs(x for c in tok.children if c.dep_ in {"ccomp", "xcomp", "oprd"}
                                                           for x in _child(c, _SUBJ) if _party(x) or _a_person(x, actor_noun))
                    if row.origin == "court order":
                        # "the judge ordered him held", "ordered the county to reopen the station": the one ordered is the
                        # target, found as for any order
                        demand = LexEntry("V", "order", None, None, False, "100", False)
                        verb_events[tok.i].targets = _verb_event(tok, demand, sent).targets
                    if row.origin == "membership":  # "became members of NATO": the alliance joined is the target
                        verb_events[tok.i].targets = _refs(o for a in tok.children if a.dep_ in {"attr", "oprd", "acomp"}
                                                           for _, o in _prep_objects(a, ("of",)))
                    charged = _charged(tok) if _crime_row(row) else None
                    if charged is not None:
                        # "charged with killing Welch", "accused of knifing him": the charged crime (settling rule 17)
                        verb_events[tok.i].strong = True
                        verb_events[tok.i].alleged = charged == "alleged" and not verb_events[tok.i].negated
                        charged_ones = _charged_ones(tok)
                        if charged_ones or not verb_events[tok.i].sources:
                            verb_events[tok.i].sources = _refs(charged_ones)
            elif tok.pos_ == "ADJ" and tok.i not in verb_events:
                displeased = _displeasure(tok, sent) or _willing(tok, sent) or _approval(tok, sent)
                if displeased is not None:
                    verb_events[tok.i] = displeased
            if tok.pos_ == "VERB" and tok.lemma_.lower() == "lose" and tok.i not in verb_events:
                lost_place = _lost_to(tok, sent)
                if lost_place is not None:
                    verb_events[tok.i] = lost_place
        # a speech act or a diplomatic act needs an actor: "the treaty calls for ...", "membership is
        # not threatened by sanctions" tell what a document or a measure says or does, not an event
        for i, ev in list(verb_events.items()):
            if ev.code[:2] not in _VERBAL_ROOTS:
                continue
            agents = [doc[r.token_i] for r in ev.sources]
            v = doc[i]
            if not agents and v.dep_ == "relcl" and any(c.dep_ in _SUBJ and c.lower_ in {"which", "that"} for c in v.children):
                agents = [v.head]  # "the plan, which calls for ...": the relative clause's antecedent
            if agents and all(_instrument(t) or (_thing(t) and ev.code[:2] in _OFFER_ROOTS) for t in agents):
                authors = [a for t in agents for a in _authors(t)]
                if authors:  # "issued a statement condemning the attack", "a statement by the ministry described ...": its author's act
                    ev.sources = _refs(authors)
                    ev.written = True
                else:
                    del verb_events[i]
            elif agents and all(t.lemma_.lower() in _SPOKEN_WORDS and t.i < v.i for t in agents):
                # "she gave an impassioned speech denouncing the comments", "in remarks by the minister criticising ...":
                # the speaker's act; words whose speaker the text does not name keep no source
                authors = [a for t in agents for a in _authors(t)]
                ev.sources = _refs(authors) if authors else []
        for ev in verb_events.values():
            enactors = [a for r in ev.sources for a in _enactors(doc[r.token_i])]
            if enactors:  # "Obama signed an executive order revoking the sanctions": the signer revokes them
                ev.sources = _refs(enactors)
        for i, ev in list(verb_events.items()):
            if ev.code[:2] == "19" and _brawl(doc[i]):
                ev.code = "182"  # "a shoplifter fought with store employees and police": a scuffle, no military force
            elif ev.code[:2] == "05" and _cooperating_with_justice(doc[i]):
                ev.code = "063"  # "cooperated fully with the investigation": judicial cooperation
            elif ev.code[:3] in {"150", "152", "153", "154"} and _rescue_deployment(doc[i]):
                # "rescue teams have been deployed to the affected areas", "deployed a helicopter as part of the rescue
                # efforts": help sent to the victims of a disaster (settling rule 35: 073), no show of force; those sent are
                # no target
                ev.code = "073"
                sent_ones = {x.i for x in _sent_units(doc[i])}
                ev.targets = [t for t in ev.targets if t.token_i not in sent_ones]
                for c in doc[i].children:
                    if c.dep_ in {"advcl", "xcomp"} and c.i in verb_events and verb_events[c.i].code[:2] == "07":
                        del verb_events[c.i]  # "deployed soldiers to help with rescue operations": one aid event
            elif ev.code in {"010", "040"} and _no_comment(doc[i]):
                # "would not comment on the slaying", "would not talk about whether ...": a refusal to comment (011) that
                # happened (the gold's reading); its "not" is the refusal, not a denial
                ev.code = "011"
                ev.entry = LexEntry("V", doc[i].lemma_.lower(), None, None, False, "011", True, origin="no comment")
                ev.strong = True
        for i, ev in list(verb_events.items()):
            if ev.code[:2] in {"18", "19"} and doc[i].lemma_.lower() == "fire" and any(
                    _no_shot(x) for x in _child(doc[i], _OBJ | _SUBJPASS)):
                ev.negated = True  # "not a single shot has been fired since midnight", "no shots were fired"
            if _no_act(doc[i], ev, actor_noun):
                del verb_events[i]
            elif (ev.entry is not None and ev.entry.origin == "naming" and doc[i].dep_ in {"advcl", "conj", "xcomp"}
                  and any(a.i in verb_events and verb_events[a.i].code[:2] == ev.code[:2] for a in doc[i].ancestors)):
                del verb_events[i]  # "condemned the attacks, calling them an atrocious crime": one condemnation
            elif (ev.code == "173" and doc[i].lemma_.lower() == "bring" and doc[i].dep_ == "conj"
                  and doc[i].head.i in verb_events and verb_events[doc[i].head.i].code[:2] == "17"):
                del verb_events[i]  # "vowed to hunt down and bring to justice those responsible": one pursuit (settling rule 12)
        # a weak verb whose infinitive complement is an event ("seek to deepen",
        # "help to negotiate") leaves the event to the complement, unless it
        # has an object of its own ("asked Obama to help": an appeal to Obama); a vow stays
        # for the intent it announces (made strong there when the act is codeable), and so does an agreement to act
        for i, ev in list(verb_events.items()):
            if not ev.strong and doc[i].lemma_.lower() != "vow" and (ev.entry is None or ev.entry.origin != "agreed to act") \
                    and not _child(doc[i], _OBJ) and any(c.dep_ == "xcomp" and c.i in verb_events for c in doc[i].children):
                del verb_events[i]
        nouns: list[EventCandidate] = []
        for tok in sent:
            if tok.pos_ == "PROPN" and (tok.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON"} or _in_law_name(tok)):
                continue  # a name: "Amnesty International", "Rally's shares", "Ulysses S. Grant", "the Meat Inspection Code"
            if tok.pos_ in {"NOUN", "PROPN"} or (tok.pos_ in {"VERB", "X"} and tok.tag_ in {"VBG", "FW"} and tok.dep_ in {"pobj", "nsubj", "dobj"}) or (
                    tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.lower_ in _GERUND_EVENTS) or (
                    tok.pos_ == "ADJ" and tok.dep_ == "pobj") or (
                    tok.pos_ == "VERB" and "-" in tok.text and tok.i not in verb_events):  # "car break-ins" read as a verb
                if tok.i in verb_events or tok.ent_type_ in {"DATE", "TIME"}:
                    continue  # "in March 1996" names a month, not a march
                row = _match_noun(tok, lex) or _charged_death(tok, lex) or _suspect_search(tok) or _decision(tok, lex)
                if row is None:
                    continue
                row = _recoded_noun(tok, row)
                if _penalty_scale(tok, row) or _no_happening(tok, row) or _measure_eased(tok):
                    continue  # "could result in imprisonment for up to 12 months": a penalty the rule sets
                # a crime named in a charge is a mention of its own beside the charge (guidelines, settling rule 17)
                charged = _charged(tok) if _crime_row(row) else None
                if charged is not None and row.origin != "death in a charge" and _named_again(tok, lex):
                    continue  # "charged with murder in the death of X": the death is the mention
                if charged is None and ((_charge_only(tok, row) and not _one_homicide(tok)) or _classifier(tok, lex)):
                    continue  # "a car battery", "fraud prevention tips", "identity theft insurance"
                if charged is None and _crime_row(row) and _kind_suffered(tok):
                    continue  # "a casualty of sexual abuse", "a survivor of child abuse": a kind of crime, no one act
                if (_crime_row(row) and _record_crime(tok)) or (
                        row.code in {"116", "173"} and tok.lemma_.lower() in _RECORD_NOUNS and _on_record(tok)):
                    continue  # "had prior convictions for assault": a criminal record names a kind of offence, no one act
                if tok.lemma_.lower() == "fault" and tok.dep_ == "compound" and tok.head.lemma_.lower() in _FAULTS:
                    continue  # "an arc of volcanoes and fault lines": a crack in the earth's crust, no blame
                if _no_fight_yet(tok, row) or (tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in _GEAR):
                    continue  # "looking ready for a fight", "will not surrender without a fight", "officers in riot gear"
                if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i and (tok.head.lemma_.lower() in _UNITS or (
                        tok.lower_ == "riot" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _UNITS)):
                    # "officers from the riot squad", "the bomb squad", "a strike force": a unit named for its task (as
                    # "riot police" in "behind riot police lines", where both words hang on the last; "attack police
                    # station" in a headline is an attack)
                    continue
                if row.code[:2] in {"02", "10"} and (
                        any(o.lemma_.lower() in {"comment", "interview", "response"} for _, o in _prep_objects(tok, ("for",)))
                        or (tok.lower_ == "order" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() == "call")):
                    continue  # "did not respond to a request for comment", "called the meeting to order": no appeal, no demand
                if row.code[:2] == "13" and tok.lemma_.lower() == "threat" and any(
                        c.dep_ == "compound" and c.lemma_.lower() in _DANGER_KINDS for c in tok.children):
                    continue  # "multiple security threats", "health threats": dangers, no threat made by anyone
                if row.code[:2] == "04" and _overheard(tok):
                    continue  # "wiretapped conversations between him and other Mafia bosses": evidence heard, no meeting told
                if row.code[:2] == "04" and tok.lemma_.lower() in {"meeting", "session"} and _setting_of_words(tok):
                    continue  # "Dove said at Monday's meeting that ...": the sitting where it was said, no one met
                if row.code[:2] == "15" and (_civil_exercise(tok) or _civil_mobilization(tok)):
                    continue  # "a contact-tracing exercise", "greater mobilization of people to get vaccinated": no force shown
                if _practice_named(tok, row) or _road_closure(tok, row):
                    continue  # "the shooting range", "a shooting guard", "lane closures through April 30": no attack, no sanction
                if tok.lemma_.lower() in _CLASSIFYING_ONLY and tok.dep_ == "compound" and tok.head.i > tok.i:
                    continue  # "an economic cooperation plan", "the cooperation council": a kind of plan or body, no act
                if row.code[:2] in {"18", "19"} and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in _ALARMS:
                    continue  # "air raid sirens sounded", "the bomb shelter": what warns of or shelters from attacks, no attack
                if row.code.startswith("084") and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in _TALKED_ABOUT:
                    continue  # "the prisoner exchange negotiations", "a prisoner swap deal": what is negotiated, no one freed yet
                if tok.lemma_.lower() == "investigation" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and \
                        tok.head.head.lemma_.lower() in {"release", "bail", "free"}:
                    continue  # "has been released under investigation": the terms of a release, no inquiry opened here
                if tok.lemma_.lower() == "exercise" and any(o.lemma_.lower() in _EXERCISED_POWERS for _, o in _prep_objects(tok, ("of",))):
                    continue  # "resumed the exercise of sovereignty over Macao": a power used, no military exercise
                if tok.dep_ in _OBJ | _SUBJPASS and tok.head.lemma_.lower() in _FURTHERING and _ties_to_come(tok.head):
                    continue  # "need to strengthen their cooperation": relations furthered in a wish, no act
                if _names_a_treaty(tok):
                    continue  # "the nuclear test ban treaty", "the arms control accord": the kind of treaty, no act
                if tok.dep_ in _OBJ and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _MAKING_THINGS and _imperative(tok.head):
                    continue  # "Create the signing request with the following command": an instruction, no request made
                if tok.lemma_.lower() in {"blast", "burst", "explosion"} and _cosmic(tok):
                    continue  # "fast radio blasts from the star", "blasts of radiation": the sky's, no bombing
                if tok.dep_ in _OBJ and tok.head.lemma_.lower() == "have" and _tallied(tok):
                    continue  # "Warren has the most endorsements": a tally, no act
                if row.code[:3] == "116" and tok.dep_ == "appos" and any(
                        a.i in verb_events and verb_events[a.i].code[:3] == "116" for a in tok.ancestors):
                    continue  # "has been found guilty of murder, a verdict that means ...": the verdict named again
                if tok.lemma_.lower() == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() == "be":
                    continue  # "the coach, who had been under fire all season": criticised ("came under fire" is shot at)
                if tok.lemma_.lower() == "encounter" and row.code[:2] == "04" and _gunfight_encounter(tok):
                    # "killed in an encounter with the army", "an encounter between militants and security forces":
                    # a gunfight, in South Asian usage
                    row = LexEntry("N", "encounter", None, None, False, "190", True, origin="an encounter with forces")
                if tok.lemma_.lower() == "confrontation" and not _violent_confrontation(tok):
                    continue  # "a military confrontation with Iran", "a confrontation with the unions": no fight named
                legal = row.code == "173" and tok.lemma_.lower() in {"charge", "count"}
                if legal and not _legal_charge(tok, lex):
                    continue  # "in charge of", "a service charge", "a count of the votes"
                if legal and _charges_of_a_court_act(tok, verb_events):
                    continue  # "arrested on drug charges", "convicted on federal charges of", "sentenced ... for two counts of"
                if row.code == "143" and tok.lemma_.lower() == "strike" and _state_strike(tok):
                    row = LexEntry("N", "strike", None, None, False, "195", True, origin="a state's strike")  # "Israeli strikes on Beit Lahia"
                elif row.code == "143" and tok.lemma_.lower() == "strike" and (strike_code := _strikes_flown(tok)) is not None:
                    # "the coalition said its aircraft had conducted 40 strikes", "warplanes carried out dozens of strikes"
                    row = LexEntry("N", "strike", None, None, False, strike_code, True, origin="strikes by an armed force")
                elif row.code == "143" and tok.lemma_.lower() == "strike" and tok.dep_ in _OBJ and tok.head.lemma_.lower() in _STRIKE_ORDERS \
                        and _military_strike(tok):
                    row = LexEntry("N", "strike", None, None, False, "190", True, origin="ordered strike")  # "ordered the strikes"
                elif row.code == "143" and tok.lemma_.lower() == "strike" and (strike_code := _armed_strike_before(tok)) is not None \
                        and not any(c.dep_ in {"amod", "compound", "poss"} and c.lemma_.lower() in _LABOUR_TEXT | {"general", "hunger"}
                                    for c in tok.children):
                    row = LexEntry("N", "strike", None, None, False, strike_code, True, origin="the armed strike named before")
                elif row.code == "143" and tok.lemma_.lower() == "strike" and _war_strike(tok):
                    row = LexEntry("N", "strike", None, None, False, "190", True, origin="armed strike")  # "a strike in eastern Syria killed three"
                if (tok.dep_ in _OBJ and tok.head.i in verb_events and tok.head.lemma_.lower() == "order"
                        and _an_order(verb_events[tok.head.i]) and (row.code[:2] in _HAPPENING_ROOTS | {"15", "16"} or row.code.startswith(("084", "087"))
                                                                    or (row.code[:2] == "09" and not _negated(tok.head)))):
                    # "ordered the strikes", "the court ordered the arrest and deportation of ...", "a judge ordered the
                    # release of the journalist", "ordered an investigation into the killings": an order is coded by what
                    # it orders (settling rule 13), a court's as anyone's
                    del verb_events[tok.head.i]
                if (charged is None and _subsumed(tok, verb_events, row)) or _to_stop(tok) or _figurative(tok, row, actor_noun):
                    continue
                if row.code[:2] == "04" and tok.lemma_.lower() in {"conference", "council", "assembly"} and any(
                        c.dep_ == "poss" and c.tag_ == "NNS" for c in tok.children) and tok.dep_ == "nsubj" and (
                        tok.head.lemma_.lower() in _STATEMENT_VERBS | {"call", "urge", "demand", "condemn", "warn", "announce", "appeal"}):
                    continue  # "the bishops' conference said": a standing body of them speaking, no meeting held
                if _name_given(tok):
                    continue  # "condemned the massacre as an act of murder", "described the vote as a coup": the name given
                    #           to what is judged (settling rule 18 codes the act judged as reported, not the name)
                if row.code[:2] == "09" and (
                        (tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or (tok.head.lower_ == "to" and tok.head.head.lower_ == "according")))
                        or (tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in _INQUIRY_BODIES)):
                    continue  # "said by the investigation", "according to the investigation", "criminal investigation departments"
                if row.code == "116" and (_belief(tok) or (tok.dep_ in _OBJ and tok.head.lemma_.lower() in _SERVED)):
                    continue  # "religious convictions", "his conviction that ...", "while serving his sentence": no verdict given here
                if tok.lemma_.lower() == "release" and any(c.dep_ == "compound" and c.lemma_.lower() in {"news", "press", "media"} for c in tok.children):
                    continue  # "a news release said": a statement made public, no one freed
                if (row.code == "173" and tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lemma_.lower() in _CUSTODY_PLACES
                        and not (tok.head.dep_ == "pobj" and tok.head.head.lower_ in {"to", "into"})):
                    continue  # "detention centers", "a custody suite": a place of custody, no one held here
                if (row.code == "173" and tok.dep_ == "compound" and tok.head.i > tok.i and _match_noun(tok.head, lex) is None
                        and not _instrument(tok.head) and any(ev.code == "173" for ev in verb_events.values())):
                    continue  # "held without bond in the county detention center": the place of the arrest the verb names
                if tok.dep_ in _SUBJ | _SUBJPASS | _OBJ and _rate(tok.head):
                    continue  # "arrests were made in 60 percent of cases": a rate, not one happening
                if (row.code[:2] in {"17", "18", "19", "20"} and tok.dep_ == "pobj" and tok.head.lower_ == "of"
                        and tok.head.head.lemma_.lower() in _MERE_CHANCES):
                    continue  # "the possibility of a ground assault", "any danger of a random assault": no happening
                if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _COMMEMORATIONS:
                    continue  # "the second anniversary of his abduction": a past happening remembered, background
                head_row = _match_noun(tok.head, lex) if tok.dep_ == "compound" and tok.head.i > tok.i else None
                if head_row is not None and len(head_row.lemma.split()) > 1:
                    continue  # part of the head's own multi-word trigger ("assassination attempt")
                if head_row is not None and head_row.code[:2] == row.code[:2] and len(row.lemma.split()) == 1:
                    continue  # "protest rallies", "peace talks meeting": one event, on the head noun
                if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.tag_ == "NNS" and tok.head.lemma_.lower() in _TALLIES:
                    continue  # a kind of case counted, not one happening: "60 percent of murder cases"
                if (tok.dep_ == "compound" and tok.head.i > tok.i and actor_noun is not None and actor_noun(tok.head)
                        and not _victims_of_it(tok, row)):
                    # a classifier of an actor, not an event: "riot police", "protest leaders" (but "arrest warrant" stays)
                    continue
                if _said_again_by_copula(tok, row, lex):
                    continue  # "the killing was the third attack on a police officer": the subject's happening, named again
                cand = _noun_event(tok, row, sent, lex)
                if _judged_act(tok, verb_events):
                    cand.strong = True  # "John Major welcomed the release", "condemned the seizure": a mention, sides or not
                if not cand.targets and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be":
                    # "the killing was the third attack on a police officer": the one attacked, named in the predicate
                    named = [a for a in _child(tok.head, {"attr"})
                             if (a_row := _match_noun(a, lex)) is not None and _said_again_by_copula(a, a_row, lex)]
                    cand.targets = _refs(o for a in named for _, o in _prep_objects(a, ("on", "against")))
                if row.origin == "suspect search" and not cand.targets:
                    # "joined the hunt for X": the one sought, in the for-phrase the parser hung on the verb
                    cand.targets = _refs(o for _, o in _prep_objects(tok.head, ("for",)) if o.i > tok.i)
                if legal:
                    # a criminal charge: strong; the one charged is the target ("charges against him", "he faces charges")
                    cand.strong = True
                    charged_ones = [o for p, o in _prep_objects(tok, ("against",))]
                    if not charged_ones and tok.dep_ in _OBJ and tok.head.lemma_.lower() == "face":
                        charged_ones = _verb_subjects(tok.head)[0]
                    # "had been in custody since last week on charges of assaulting a garda": the one held
                    cand.targets = _refs(charged_ones or _held_on_charges(tok))
                if row.code[:2] == "13" and _made_a_crime(tok):
                    continue  # "would make voter intimidation a felony": a kind of act the law names, no happening
                if row.code[:2] == "13" and _threats_received(tok, actor_noun):
                    cand.strong = True  # "the FBI continues to receive threats", "she has faced abuse and threats"
                if _in_custody(tok, verb_events):
                    cand.strong = True  # "six people were in custody", "had been in custody since last week": held by the law
                if charged is None and row.origin == "death in a charge" and (holder := _death_charge(tok, lex)) is not None:
                    # "charged with murder in the death of X": the killing those charged are said to have done
                    verb = holder.pos_ in {"VERB", "AUX"}
                    if verb:
                        proven = holder.lemma_.lower() in _CONVICTING_PREPS and not _negated(holder)
                    else:
                        proven = _charged(holder) == "proven"
                    cand.strong = True
                    cand.alleged = not proven and not cand.negated
                    cand.sources = _refs(_charged_ones(tok if verb else holder))
                if charged is not None:
                    cand.strong = True  # the charge says it is a crime: "charged with battery" needs no actor of its own
                    if charged == "alleged" and cand.negated and _attempt_only(tok):
                        cand.negated = False  # "charged with attempted robbery": the attempt is alleged (settling rule 4)
                    cand.alleged = charged == "alleged" and not cand.negated
                    # the one charged is who the charge says did it, not the one who brings or drops the charge
                    cand.sources = _refs(_charged_ones(tok))
                elif _said_responsible(tok):
                    cand.alleged = not cand.negated  # "investigators believe the men were likely responsible for thefts"
                nouns.append(cand)
        _bare_passive(sent, verb_events, nouns, lex)
        _claimed_wrongs(sent, verb_events)
        nouns.extend(_jailed(sent, verb_events, nouns, lex))
        nouns.extend(_bail_set(sent, verb_events, nouns, lex))
        _weapon_harm(verb_events)
        _craft_strikes(sent, verb_events)
        _munitions_landed(sent, verb_events)
        _bombs_gone_off(sent, verb_events)
        _police_stops(sent, verb_events)
        _under_fire(sent, nouns, lex)
        _drop_casualty_verbs(verb_events, nouns)
        _cyber_acts(verb_events, nouns)
        _crowd_fights(verb_events)
        _one_dispersal(verb_events)
        _strike_effects(verb_events, nouns)
        _orders_told_by_their_act(verb_events)
        _talks_of_an_accord(verb_events, nouns)
        _drop_trip_of_arrival(verb_events, nouns)
        _drop_freed_arrivals(sent, verb_events, nouns)
        _visiting_ones(verb_events)
        _handed_to(verb_events)
        _drop_blast_verbs(verb_events, nouns)
        _drop_arrest_steps(verb_events, nouns)
        _refusals_take_targets(verb_events)
        _mishap_relatives(verb_events)
        _framing_announcements(verb_events, nouns)
        _elaborating_participles(verb_events, nouns)
        _victim_participles(sent, verb_events, nouns, lex)
        _join_compound_attacks(nouns)
        _drop_repeated_attacks(verb_events, nouns)
        _drop_occasions(verb_events, nouns)
        _drop_meeting_purposes(verb_events, nouns)
        _drop_hazard_threats(verb_events, nouns)
        _drop_joined_casualties(verb_events)
        _drop_capacities(verb_events, nouns)
        _drop_habits(verb_events, nouns, actor_noun)
        _drop_not_these_acts(verb_events)
        _drop_misreadings(verb_events, nouns)
        _drop_charged_again(verb_events, nouns)
        _drop_charging_documents(verb_events, nouns)
        _drop_describing_participles(verb_events, nouns)
        _drop_violent_relatives(verb_events, nouns)
        _drop_no_actor_acts(verb_events, nouns)
        _drop_unhappened_senses(verb_events, nouns, actor_noun)
        _drop_market_voices(verb_events, actor_noun)
        _drop_care_and_blows(verb_events)
        _drop_raids_of_arrests(sent, verb_events, nouns)
        _drop_disease_tallies(verb_events)
        _welcomed_acts(verb_events, lex)
        _intent_codes([*verb_events.values(), *nouns], lex)
        _wishes(sent, verb_events, lex)
        _announced_intents(sent, verb_events)
        _received(verb_events, actor_noun)
        _joint_exercises(nouns, actor_noun)
        _alleged_labels(verb_events, nouns)
        _ordered_out(sent, verb_events)
        _hostage_sieges(nouns)
        _places_fallen(sent, verb_events, nouns, lex)
        _missile_launches(sent, verb_events, nouns, lex)
        _own_arms_destroyed(verb_events)
        _attack_told_again(nouns, out)
        taken = {e.trigger_i: e for e in [*verb_events.values(), *nouns]}
        # a refusal to comment is an act of its own beside what the sentence reports (011)
        out.extend(sorted([*verb_events.values(), *nouns, *_declined_comment(sent, taken)],
                          key=lambda e: e.trigger_start))
        said = statement(sent, actor_noun) or quote_fragment(sent, actor_noun)
        if said is not None and not _drop_reported_narration(said) and not _private_word(said) and not _disease_tally(said):
            out.append(said)
    _passengers_join_the_vehicle_trip(out)
    return out


#: determiners that point back to an attack told before: "the attack", "that attack"
_BACK_POINTERS = frozenset({"the", "that", "this"})
#: words an attack told again may carry that name no kind of its own: "the latest attack", "the deadly attack"
_RETOLD_ATTACK_WORDS = frozenset({"latest", "same", "deadly", "apparent", "brazen", "coordinated", "recent", "weekend", "overnight",
                                  "morning", "night", "audacious", "horrific", "bloody", "brutal", "tragic", "cowardly", "senseless"})
#: nouns of a whole war, which "the attack" does not name again
_WARS_AS_WHOLES = frozenset({"war", "conflict", "rebellion", "insurgency", "offensive", "invasion", "occupation", "campaign",
                             "fighting", "hostility", "violence", "crisis", "uprising"})


def _attack_kind_code(code: str) -> bool:
    """Is ``code`` an attack of a kind "the attack" can name again: fighting (19), a bombing (183), an assassination
    attempt (185, 186), an attack with weapons of mass destruction (204)? Not a blockade or a territory occupied (191,
    192), which the search passes over, nor small-arms fire (193: a shooting may be the police's at an attacker, or one
    the sides make a crime), which stops it as a cyber attack (176) does."""
    return (code[:2] == "19" and code[:3] not in {"191", "192", "193"}) or code[:3] in {"183", "185", "186", "204"}


def _attack_told_again(nouns: list[EventCandidate], told: list[EventCandidate]) -> None:
    """"The attack" told again right after the act it names takes that act's code: "An airstrike hit a hospital in
    Idlib, killing 12 people. The United Nations condemned the attack" (195), "A suicide bomber blew himself up at a
    checkpoint. Islamic State claimed the attack" (1831). Only a bare "the attack" or "that attack" (no kind, target,
    doer or place of its own), and only when the act of arms is told in the sentence just before it and no act of
    another kind is told in the two sentences before (a killing, a kidnapping, an attack told with no kind, a
    protest, small-arms fire: "Jets struck Gaza. A settler was shot dead. The attack ..." stays 180), the acts of
    arms there are of one root, and no harm the coder does not code is told after the act (a heart attack, a shark,
    acid); not "the attacks", which may name a bombing and a shooting."""
    for ev in nouns:
        n = ev.sentence.doc[ev.trigger_i]
        if ev.code != "180" or n.lemma_.lower() != "attack" or n.tag_ != "NN" or ev.negated:
            continue
        if not any(c.dep_ == "det" and c.lower_ in _BACK_POINTERS for c in n.children):
            continue
        if any(c.lower_ not in _RETOLD_ATTACK_WORDS and (c.dep_ in {"compound", "nmod", "poss", "amod", "agent", "prep"})
               for c in n.children):
            continue  # "a knife attack", "the attack on the mayor", "the attack by Taliban gunmen in Kabul": an attack
            #           told with its own kind, target, doer or place
        sent = ev.sentence
        before = sentence_before(sent)
        earlier = sentence_before(before)
        found: list[EventCandidate] = []
        for e in reversed(told):
            if e.sentence.start < earlier.start:
                break  # (the two sentences before: the act named is told in the one just before)
            if e.sentence.start >= sent.start or e.statement:
                continue
            if e.nominal and n.doc[e.trigger_i].lemma_.lower() in _WARS_AS_WHOLES:
                continue  # "since the December 2013 outbreak of civil war": the war around it, not the attack
            if _attack_kind_code(e.code) and not e.negated:
                found.append(e)
                continue
            if e.code[:2] in _OTHER_HARMS or e.code[:3] == "193":
                found.append(e)  # (an act of another kind in the two sentences: no one act of arms is named for sure)
                break
        if found and _attack_kind_code(found[-1].code) and found[0].sentence.start >= before.start and not _harm_told_between(
                n.doc, found[0].trigger_i, n.i) and len({e.code[:2] for e in found}) == 1:
            # ("Rebels stormed the towns. The army has since bombed their camps. The president said the attack ...": two
            # roots, no one act named)
            ev.code = found[0].code
            continue
        # else "the attack" names the one act of arms the whole text told before it, when every act of arms it told is
        # of one code ("Iraqi warplanes bombed the town with poison gas ... Iranian forces captured the town ... Iran
        # called the attack a crime against humanity" 2041)
        _attack_told_earlier(ev, n, told)


def _attack_told_earlier(ev: EventCandidate, n: Token, told: list[EventCandidate]) -> None:
    """Give "the attack" ``ev`` (at ``n``) the code of the acts of arms the text told before it, when they are all of one
    code and no act of another kind of arms (a shooting, an attack told with no kind) is told among them: one attack
    the text is about. A killing or a wounding told with it is its toll, not another act; a war told as a whole is
    what it happened in."""
    codes = set()
    for e in told:
        if e.sentence.start >= ev.sentence.start or e.statement or e.negated:
            continue
        trigger = n.doc[e.trigger_i].lemma_.lower()
        if e.nominal and trigger in _WARS_AS_WHOLES:
            continue
        if e.code[:2] == "18" and trigger in _TOLL_WORDS and not e.sources:
            continue  # "42 people were killed and 286 wounded": the toll of the attack, no act of its own
        if _attack_kind_code(e.code) or e.code[:2] in {"18", "20"} or e.code[:3] in _VIOLENT_ACTS:
            codes.add(e.code)  # (an arson, a riot or a crackdown told too is an act of another kind)
    if len(codes) == 1 and _attack_kind_code(next(iter(codes))) and not _harm_told_between(n.doc, 0, n.i):
        ev.code = next(iter(codes))


#: violent acts outside roots 18-20 that "the attack" may name: small-arms fire, a riot, an arson, a crackdown
_VIOLENT_ACTS = frozenset({"193", "145", "171", "175"})
#: words that tell the toll of an attack, not an act of another kind ("were killed", "died", "wounded")
_TOLL_WORDS = frozenset({"kill", "die", "wound", "injure", "death", "casualty", "dead", "injury", "toll", "perish"})

#: roots of acts that stop the search for the attack named again: criticism, threats, protests, coercion, assaults and
#: killings (an attack told with no kind, 180, among them)
_OTHER_HARMS = frozenset({"11", "13", "14", "15", "17", "18", "20"})
#: words of harms the coder codes no event for, told between an act of arms and "the attack" that then names them
_UNCODED_HARMS = frozenset({"heart", "shark", "acid", "ram", "dog", "bear", "crocodile", "lightning", "stroke", "seizure",
                            "knife", "machete", "arsonist", "hacker", "stab", "rammed", "bee", "snake", "leopard", "ransomware",
                            "poisoning", "maul", "bite"})


def _harm_told_between(doc: Doc, start: int, end: int) -> bool:
    """Is a harm the coder codes no event for told after the act of arms at ``start`` and before "the attack" at ``end``
    ("Jets struck the town, and the governor suffered a heart attack. The attack ...", "a shark bit a swimmer")?"""
    return any(t.lemma_.lower() in _UNCODED_HARMS or t.lower_ in _UNCODED_HARMS for t in doc[start + 1:end])


#: arms a side destroys as disarmament when they are its own
_OWN_ARMS = frozenset({"weapon", "missile", "munition", "warhead", "arm", "arsenal", "stockpile"})
#: what an arsenal or a stockpile holds when it is arms: "its chemical arsenal", "its stockpile of mines"
_ARMS_HELD = frozenset({"chemical", "nuclear", "biological", "weapon", "missile", "mine", "landmine", "munition", "ammunition",
                        "arm", "warhead", "rocket", "bomb", "cluster", "sarin", "gas"})
#: the pronouns that make arms the doer's own: "destroyed its arsenal", "their weapons"
_OWN_POSSESSORS = frozenset({"its", "their", "his", "her"})


def _own_arms_destroyed(verb_events: dict[int, EventCandidate]) -> None:
    """A side that destroys its own arms disarms (0873): "the rebels destroyed their weapons", "the army destroyed its
    stockpile of mines", "Syria must destroy its chemical weapons", "agreed to destroy chemical weapons". "Jets destroyed
    rebel weapons", "Ukrainian drones destroyed a Russian ammunition stockpile", "vowed to destroy Iran's nuclear
    weapons" and "soldiers stormed the camp and destroyed their weapons" (a raid's: the arms are the other side's) stay
    destruction (1712)."""
    for ev in verb_events.values():
        v = ev.sentence.doc[ev.trigger_i]
        if ev.code != "1712" or v.lemma_.lower() not in {"destroy", "eliminate"}:
            continue
        if any(o is not ev and o.code[:2] in {"18", "19"} for o in verb_events.values()) or any(
                s.lemma_.lower() in _BOMBING_CRAFT | {"strike", "airstrike", "raid"} for s in _child(v, _SUBJ)):
            continue  # "soldiers stormed the camp, killed five fighters and destroyed their weapons", "jets destroyed their
            #           weapons": the enemy's arms
        arms = [o for o in _child(v, _OBJ) if o.lemma_.lower() in _OWN_ARMS]
        owed = v.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in {"must", "will", "would", "to", "should"} for c in v.children) or (
            v.dep_ == "acl" and v.head.lemma_.lower() in _ARMS_ACCORDS)  # "signed a treaty to destroy all their missiles"
        if arms and all(_own_arms(o, owed=owed) for o in arms):
            ev.code = "0873"


def _own_arms(o: Token, *, owed: bool) -> bool:
    """Are the arms ``o`` the doer's own: named with "its" or "their", or, in an undertaking (``owed``: "must destroy",
    "agreed to destroy"), chemical, nuclear or biological weapons of no owner named? A stockpile or an arsenal needs
    its owner's pronoun."""
    if any(c.dep_ in {"acl", "relcl"} for c in o.children):
        return False  # "chemical weapons found in Syria", "the weapons seized from the gangs": someone else's
    if o.lemma_.lower() in {"arsenal", "stockpile"} and not any(
            c.lemma_.lower() in _ARMS_HELD for c in o.children if c.dep_ in {"amod", "compound"}) and not any(
            x.lemma_.lower() in _ARMS_HELD for _, x in _prep_objects(o, ("of",))):
        return False  # "its stockpile of ivory", "expired drugs": a stockpile of no arms
    owners = [c for c in o.children if c.dep_ == "poss"]
    if owners:
        return all(c.lower_ in _OWN_POSSESSORS for c in owners)
    return owed and o.lemma_.lower() not in {"arsenal", "stockpile"} and not any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"} for c in o.children) and (any(
        c.dep_ == "amod" and c.lower_ in {"chemical", "nuclear", "biological"} for c in o.children) or any(
        t.lemma_.lower() in _ARMS_ACCORDS for t in o.sent))  # "the treaty requires the Soviet Union to destroy 1,836 missiles"




#: words that tell a missile launched in a test or a show of force, in its own sentence
_LAUNCH_TALK = frozenset({"test", "test-fire", "test-launch"})
#: what a launched missile is aimed at when it attacks: "launched missiles at Israel", "into the city"
_LAUNCH_AIMS = frozenset({"at", "on", "against", "toward", "towards", "into"})
#: words of a missile's harm, which make its launch an attack whatever else the sentence says
_MISSILE_HARM = frozenset({"hit", "strike", "intercept", "kill", "target", "attack", "damage", "destroy", "retaliation", "retaliate",
                           "wound", "injure", "shoot", "slam", "land", "explode"})


def _aimed(v: Token) -> bool:
    """Is what ``v`` launches aimed at someone or something: an at-, on- or into-phrase that is no open sea or time?"""
    return any(o.lemma_.lower() not in _OPEN_WATERS and o.ent_type_ not in {"DATE", "TIME"} for _, o in _prep_objects(v, tuple(_LAUNCH_AIMS)))


def _test_launch(v: Token) -> bool:
    """Is ``v`` a missile launched in a test or a show of force: "launch" of a missile aimed at no one, in a sentence
    of no harm done, told with a test, a satellite or an orbit, or flown over a country or into the sea ("North Korea
    launched a ballistic missile over Japan", "launched an ICBM into the sea")?"""
    if v.lemma_.lower() != "launch" or v.pos_ != "VERB" or _aimed(v):
        return False
    # (an apposition the parser hangs on the verb, "..., its first test in a year", is no second thing launched)
    launched = [x for x in _child(v, _OBJ | _SUBJPASS) if x.lemma_.lower() not in _LAUNCH_TALK]
    if not launched or not all(x.lemma_.lower() == "missile" for x in launched):
        return False
    lemmas = _sentence_words(v.sent).lemmas
    if lemmas & _MISSILE_HARM:
        return False
    if lemmas & _LAUNCH_TALK:
        return True
    # flown over a country or into the sea in a text that tells of the programme's tests
    seaward = any(o.lemma_.lower() in _OPEN_WATERS for _, o in _prep_objects(v, ("into",))) or any(
        p.lower_ == "over" and any(o.ent_type_ == "GPE" for o in p.children) for x in (v, *launched) for p in x.children if p.dep_ == "prep")
    return seaward and bool(_LAUNCH_TALK & doc_lemmas(v.doc))


def _missile_launches(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate], lex: Lexicon) -> None:
    """A missile launched in a test or a show of force is 150, not an attack (190): "North Korea launched a ballistic
    missile over Japan", and so is "the launch" of it told after, or the launch of a missile named ("the launch of the
    missile"). "Russia launched 40 missiles at Ukraine", "launched a missile that hit a tanker", "the launch of a GPS
    satellite" and "the launch of its new phone" are not."""
    lemmas = _sentence_words(sent).lemmas
    if "launch" not in lemmas:
        return
    doc = sent.doc
    for i, ev in verb_events.items():
        if ev.code[:2] == "19" and _test_launch(doc[i]):
            ev.code = "150"
    if lemmas & _MISSILE_HARM:
        return  # "the launch of the missiles that hit a shopping centre"
    for t in sent:
        if t.lemma_.lower() != "launch" or t.pos_ != "NOUN" or any(ev.trigger_i == t.i for ev in nouns):
            continue
        of = [o.lemma_.lower() for _, o in _prep_objects(t, ("of",))] + [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]
        bare = not of and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children)
        if (of and all(w == "missile" for w in of) and _LAUNCH_TALK & doc_lemmas(doc)) or (
                bare and any(_test_launch(x) for x in doc[: sent.start])):
            nouns.append(_noun_event(t, LexEntry("N", "launch", None, None, False, "150", True, origin="missile launch"), sent, lex))


#: places whose fall is their capture: "the fall of the town", "the base fell to the rebels"
_FALLEN_PLACES = frozenset({"town", "city", "capital", "base", "airbase", "enclave", "stronghold", "garrison", "outpost", "port",
                            "village", "district", "province", "region", "airport", "bastion", "fortress"})
#: what falls as a state or an order, not as a place taken: "the fall of the Soviet Union", "of the Berlin Wall"
_STATES_FALLEN = frozenset({"union", "republic", "empire", "wall", "reich", "kingdom", "regime", "government", "dynasty", "bloc"})
#: the words of a war in a text, two of which make a town that "has fallen" one taken
_WAR_TEXT = frozenset({"troop", "army", "rebel", "siege", "shelling", "militia", "soldier", "guerrilla", "artillery", "insurgent",
                       "militant", "besiege", "airstrike", "frontline"})


def _fallen_place(o: Token) -> bool:
    """Is ``o`` a place that can be taken (a town, a base, a named place), not a state or an order that collapses?"""
    if o.lemma_.lower() in _FALLEN_PLACES:
        return True
    if o.ent_type_ in {"GPE", "LOC", "FAC"} and o.pos_ == "PROPN":
        lo, hi = _np_range(o)
        return not any(t.lower_ in _STATES_FALLEN for t in o.doc[lo : hi + 1])
    return False


def _places_fallen(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate], lex: Lexicon) -> None:
    """A town that falls to an armed side is taken by it (192): "Vukovar fell to the Yugoslav army", "Kabul has fallen"
    in a report of war, "since the fall of Tripoli", "the fall of Kabul to the Taliban". Not "prices fell to a record
    low", "the town fell silent", "Syria fell into civil war", "Frankfurt fell by 2 percent", "the Broncos fell to the
    Chiefs"; the fall of a country (a collapse) is left out when the actors are resolved."""
    if "fall" not in _sentence_words(sent).lemmas:
        return
    war = len(_WAR_TEXT & doc_lemmas(sent.doc)) >= 2
    for t in sent:
        if t.lemma_.lower() != "fall":
            continue
        if t.pos_ == "VERB" and t.i not in verb_events:
            subj = _child(t, {"nsubj"})
            to = [o for _, o in _prep_objects(t, ("to",))]
            armed = [o for o in to if o.lemma_.lower() in _ARMED_SIDES - _LOOSE_SIDES]
            # a named taker only in a report of war: "Herat fell to the Taliban", not "Liverpool fell to Chelsea"
            takers = armed or [o for o in to if war and o.pos_ == "PROPN" and o.ent_type_ in {"ORG", "NORP", ""}]
            # a name that falls to an armed side is a place, whatever the name tagger says ("Vukovar falls to Yugoslav army")
            if not subj or not all((_fallen_place(x) and not _club_name(x)) or (
                    x.pos_ == "PROPN" and x.ent_type_ != "PERSON" and bool(takers)) for x in subj):
                continue
            if not _fall_of_a_place(t) or (to and not takers) or (not to and not war):
                continue  # "fell silent", "fell into chaos", "fell to third place"; a town that "fell" where no war is told
            ev = _verb_event(t, LexEntry("V", "fall", "to" if to else None, None, False, "192", True, origin="place fallen"), sent)
            ev.sources, ev.targets = _refs(takers), _refs(subj)  # the force that took it; the place taken
            verb_events[t.i] = ev
        elif t.pos_ == "NOUN" and (of := [o for _, o in _prep_objects(t, ("of",))]) and all(_fallen_place(o) for o in of) and not any(
                ev.trigger_i == t.i for ev in nouns) and not any(_club_name(o) for o in of) and (
                    war or (any(o.lemma_.lower() in _FALLEN_PLACES for o in of) and not _prep_objects(t, ("to",))) or any(
                        o.lemma_.lower() in _ARMED_SIDES - _LOOSE_SIDES for _, o in _prep_objects(t, ("to",)))):
            ev = _noun_event(t, LexEntry("N", "fall", "of", None, False, "192", True, origin="place fallen"), sent, lex)
            taken_by = {o.i for _, o in _prep_objects(t, ("to",))}
            if taken_by:  # "the fall of Kabul to the Taliban": the side it fell to took it
                ev.sources = [r for r in ev.targets if r.token_i in taken_by]
                ev.targets = [r for r in ev.targets if r.token_i not in taken_by]
            nouns.append(ev)


#: armed sides' words that name other sides too ("a youthful Arsenal side", "the French group Vinci")
_LOOSE_SIDES = frozenset({"side", "group", "unit", "division", "faction", "clan"})


def _club_name(t: Token) -> bool:
    """Is the place word a club's or a firm's name ("Manchester City", "Luton Town", "Gatwick Airport"), a capitalised
    place word with a name before it?"""
    return t.pos_ == "PROPN" and t.lemma_.lower() in _FALLEN_PLACES and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)


#: what may stand beside a town that falls: a time, a taker, an adverb of time
_FALL_TIMES = frozenset({"finally", "quickly", "soon", "later", "swiftly", "eventually", "already", "then", "again"})


def _fall_of_a_place(t: Token) -> bool:
    """Does the verb "fall" at ``t`` tell a place taken, by what stands beside it: only a taker ("to"), a time ("on
    Sunday", "in August", "after a week"), an adverb of time or an apposition naming the place ("the first provincial
    capital to be taken"); not "fell silent", "fell into chaos", "fell by 2 percent", "fell under a curfew", "fell 5
    percent", "fell sharply"."""
    for c in t.children:
        if c.dep_ in {"nsubj", "aux", "punct", "cc", "conj", "mark", "advcl", "relcl"}:
            continue
        if c.dep_ == "advmod" and c.lower_ in _FALL_TIMES:
            continue
        if c.dep_ == "npadvmod" and not c.like_num and not any(x.dep_ == "nummod" for x in c.children) and c.lemma_.lower() not in {"percent", "point", "%"}:
            continue  # "Kunduz fell to Taliban fighters on Sunday, the first provincial capital to be taken"
        if c.dep_ == "prep" and (c.lower_ == "to" or (c.lower_ in {"on", "in", "after", "before", "during", "within", "following", "at", "since"}
                                                      and all(o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in {"week", "day", "month", "siege", "fighting", "battle", "offensive"}
                                                              for o in c.children if o.dep_ == "pobj"))):
            continue
        return False
    return True


#: the buildings where gunmen hold people: a siege of one is a hostage-taking ("the Beslan school siege")
_HOSTAGE_SITES = frozenset({"school", "theatre", "theater", "embassy", "consulate", "hotel", "church", "mosque", "mall", "cafe",
                            "restaurant", "supermarket", "bank"})


def _hostage_sieges(nouns: list[EventCandidate]) -> None:
    """A siege of hostages is a hostage-taking (181), not a town besieged (191): "the hostage siege", "the Beslan school
    siege" or "the siege of a school" with no besieger named in a text that speaks of hostages, and a bare "the siege"
    in a text that speaks of hostages and of no town besieged, in a sentence that names no army, troops or police
    ("The siege began when about 50 gunmen stormed the theatre"). "Troops ended their siege of the hospital",
    "protesters' siege of the prime minister's office", "the siege on Gaza" stay."""
    for ev in nouns:
        n = ev.sentence.doc[ev.trigger_i]
        if ev.code != "191" or n.lemma_.lower() != "siege":
            continue
        named = [c for c in n.children if c.dep_ in {"compound", "amod", "poss", "nmod"}] + [o for _, o in _prep_objects(n, ("of", "at", "in", "on"))]
        named += [x for c in named for x in c.children if x.dep_ == "compound"]  # "the Beslan school siege"
        besieger = any(n.doc[r.token_i].lemma_.lower() not in _HOSTAGE_SITES for r in ev.sources) or bool(
            _prep_objects(n, ("by",))) or bool(_LAW_AND_ARMIES & _sentence_words(ev.sentence).lemmas)
        hostages = _hostage_words(n.doc) >= 2
        if any(c.lemma_.lower() == "hostage" for c in named) or (not besieger and hostages and (
                any(c.lemma_.lower() in _HOSTAGE_SITES for c in named)
                or (not named and _hostage_text(n.doc)))):
            ev.code = "181"
            # the building where they were held is no one who took them: "the Beslan school siege"
            ev.sources = [r for r in ev.sources if n.doc[r.token_i].lemma_.lower() not in _HOSTAGE_SITES]


#: the state's armed sides whose siege is a siege of arms or of the law, no hostage-taking
_LAW_AND_ARMIES = frozenset({"army", "troop", "soldier", "police", "policeman", "force", "military", "tank", "commando"})


def _hostage_words(doc: Doc) -> int:
    """How many words of hostages the text uses."""
    return sum(1 for t in doc if t.lemma_.lower() in {"hostage", "captor", "captive"})


def _hostage_text(doc: Doc) -> bool:
    """Does the text speak of no town, city or enclave besieged or encircled?"""
    return not {"besiege", "encircle", "encirclement", "blockade"} & doc_lemmas(doc) and not any(
        t.lemma_.lower() == "siege" and any(o.lemma_.lower() in {"city", "town", "enclave", "capital", "village"} or o.ent_type_ == "GPE"
                                            for _, o in _prep_objects(t, ("of",))) for t in doc)


#: the law's searches of premises told with the arrest they end in: "in a police raid at their home, the couple were
#: arrested", "Montreal shop raids", "a drug bust"
_RAIDS = frozenset({"raid", "bust", "swoop"})
#: words of an arrest made (not a search for a suspect, "searched for a suspect in the bombings")
_ARRESTING = frozenset({"arrest", "detain", "detention", "custody", "take", "apprehend", "nab", "capture", "book", "handcuff",
                        "hold", "seize", "round"})


def _drop_raids_of_arrests(sent: Span, verb_events: dict[int, EventCandidate], nouns: list[EventCandidate]) -> None:
    """A raid or a bust told together with its arrest is one event, the arrest (guidelines, settling rule 34): "in a
    police raid at their home Thursday, the Plancons were arrested", "the house was raided and his roommate was taken
    into custody". A raid with no arrest in its sentence stays (17)."""
    def arrest(ev: EventCandidate) -> bool:
        return ev.code.startswith("173") and not ev.negated and sent.doc[ev.trigger_i].lemma_.lower() in _ARRESTING
    if not any(arrest(ev) for ev in [*verb_events.values(), *nouns]):
        return
    def raid(ev: EventCandidate) -> bool:
        # the lexicon's raid is a fight (190) that the mention stage reads as the law's (170) by its setting
        if any(sent.doc[r.token_i].lemma_.lower() in _ARMED_SIDES - {"police", "unit"} for r in ev.sources):
            return False  # "troops raided a rebel camp and arrested ten fighters": an armed force's raid is an operation of its own
        return ev.code[:2] in {"17", "19"} and not ev.code.startswith("173") and sent.doc[ev.trigger_i].lemma_.lower() in _RAIDS
    for i in [i for i, ev in verb_events.items() if raid(ev)]:
        del verb_events[i]
    nouns[:] = [ev for ev in nouns if not raid(ev)]


def _passengers_join_the_vehicle_trip(cands: list[EventCandidate]) -> None:
    """A vehicle's passenger travels where the vehicle went.

    "The train arrived in Hanoi. ... the train carried the minister": the
    minister's trip takes the destination of the last earlier movement of a
    vehicle of the same kind when it names none itself.
    """
    for k, cand in enumerate(cands):
        if cand.vehicle is None or cand.targets or cand.place is not None:
            continue
        if not (cand.entry and any(OBJECT_ROLES.get(c) == "source" for c in cand.entry.objects or ())):
            continue
        for prev in reversed(cands[:k]):
            if prev.vehicle == cand.vehicle and prev.code in _MOVE_CODES and (prev.targets or prev.place is not None):
                cand.targets = list(prev.targets)
                cand.place = prev.place
                break


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def sentence_has_trigger(text: str, forms: frozenset[str]) -> bool:
    """Cheap test used by the pre-filter: does any word form of ``text`` start an event?"""
    return any(m.group(0).lower() in forms for m in _WORD.finditer(text))
