"""Actor recognition and resolution: noun phrases and documents to CAMEO-style actors.

An actor phrase is read as a sequence of *pieces* found by the knowledge
base's alias index (:meth:`Knowledge.scan`): countries and demonyms ("South
Korean"), capitals and seats of government ("Beijing", "the Kremlin"),
named entries (people, organisations, outlets, IGOs), role and sector words
("President", "police", "state media") and modifiers ("former"), plus
capitalised names the knowledge base does not know. The pieces are composed
into one :class:`~tidings._types.Actor`:

- a named person takes the role valid on the event's date from the files
  (none outside their term; a former office holder is an elite, ``ELI``; a
  dead person keeps only their country); people not in the files take the
  country and role the text gives them ("South Korean President Moon Jae-in");
- an organisation takes its own country, sector and code (outlets are
  ``MED`` with their ``outlet_kind``; IGOs take the pseudo-countries ``IGO``
  or ``UNO``);
- otherwise a country (or demonym) and the most specific sector word make
  the code ("Chinese police" -> ``CHNCOP``);
- a capital or seat of government stands for the government when it acts
  (``as_agent=True``: "Beijing said" -> ``CHNGOV``) and is a place otherwise.

:class:`DocumentActors` does this for every actor mention of a spaCy ``Doc``
with in-document name coreference ("Kim" after "Kim Jong Un"), roles learned
from the text for the whole document (titles and appositions), and metonymy
decided from the dependency parse (or the next word when there is no parse).
Offsets are character offsets, so the tokenizer's treatment of hyphens
("Moon Jae-in") does not matter.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, cast

from .._types import Actor
from ..annotate import sentence_ranges
from ..knowledge import Entry, Knowledge, norm, parse_date
from ..knowledge.model import WORD_RE, Hit, Match, RoleWord
from ._doc_cache import doc_text
from ._event_lexicon import load_vessels

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

__all__ = [
    "ActorResolver",
    "DocumentActors",
    "resolve_doc_actors",
    "document_actors",
    "actor_for_span",
]

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "the", "a", "an", "his", "her", "its", "their",
               "gen", "col", "lt", "sgt", "capt", "adm", "rep", "sen", "gov", "prof", "but", "and", "when", "while",
               "after", "before", "in", "on", "at", "if", "as", "he", "she", "it", "they", "we", "i", "this", "that",
               "these", "those", "there", "meanwhile", "however", "also", "according", "state", "official", "some",
               "other", "several", "many", "said", "says", "unnamed", "anonymous"}
# abbreviated titles among the honorifics: a title only with their full stop ("Sen. Jane Doe"), else a name's word
# ("Amartya Sen", "Hun Sen")
_ABBREVIATED = frozenset({"gen", "col", "lt", "sgt", "capt", "adm", "rep", "sen", "gov", "prof"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: an Arabic name with its article written in lower case ("al-Turabi", "el-Sayed", "ash-Sharaa"): a word of a name
ARTICLE_NAME = re.compile(r"(?:al|el|ad|ag|an|ar|as|ash|at|az|ud|ul)[-\u2010](?=[A-Z])")
_PARTICLES = {"bin", "al", "el", "de", "del", "da", "van", "von", "der", "la", "le", "du", "dos", "ibn", "abu", "abdel", "abdul"}
_GROUP_WORDS = re.compile(r"s$")
# missions whose host country, after "in", is not their own: "the U.S. embassies in Kenya and Tanzania"
_POSTED_ABROAD = frozenset({"embassy", "embassies", "consulate", "consulates", "embassy staff", "embassy staffers", "interests section"})
#: envoys a state posts to an international body ("Syria's U.N. ambassador")
_ENVOYS_TO_BODIES = frozenset({"ambassador", "envoy", "representative", "delegate", "permanent representative", "emissary"})
_INITIAL = re.compile(r"[A-Z]")
_INITIAL_GAP = re.compile(r"\.[ \t]+")
_PREP = re.compile(r"\s(?:of|to|at|in|for|from|with|across|near|inside|outside)\s", re.I)
# a dateline opening a paragraph ("ADEN —", "BEIJING (Reuters) -") says where the report was filed, names no actor
DATELINE = re.compile(r"(?m)^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}(?:[ \t]+\d{1,2})?\s*(?:\([^()\n]{2,40}\))?\s*(?:[-–—]+|_)\s")


# --------------------------------------------------------------------------- pieces


def _last_in_office(found: list[Entry], on: _dt.date) -> list[Entry]:
    """Of people none of whom is in office on ``on``, the one whose office ended latest before it (an office ended by
    death counts as ended then), when every one of them had held an office by then. All of them when someone has no
    dated office, none ended by then ("Sharif" in 2009: Shehbaz Sharif's offices lie ahead, so it may be either), or
    two ended on the same day."""
    ends: list[tuple[_dt.date, Entry]] = []
    for e in found:
        dated = [r for r in e.roles if r.start is not None or r.end is not None]
        if not dated:
            return found  # a person of no dated office: nothing to rank by
        past = [end for r in dated if (end := r.end or e.died) is not None and end <= on]
        if not past:
            return found
        ends.append((max(past), e))
    ends.sort(key=lambda x: x[0])
    if len(ends) == 1 or ends[-1][0] > ends[-2][0]:
        return [ends[-1][1]]
    return found


@dataclass
class Piece:
    """A known name, role word, modifier or unknown capitalised name found in a phrase, with its character range."""

    start: int
    end: int
    text: str
    kind: str  # entry | country | demonym | context | capital | seat | role | kinship | modifier | name
    ref: str = ""  # entry key, ISO3, role key, modifier kind, or NER label for names
    alternatives: tuple[Hit, ...] = ()


#: words after a lower-case "general" that make it a post ("general secretary"), not an adjective ("a general strike")
_GENERAL_POSTS = frozenset({"secretary", "counsel", "staff", "said", "says", "told", "added", "and", "who", "was", "is", "has", "had", "will"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_PREVIOUS_WORD = re.compile(r"\b([A-Za-z]+)\s+$")


def _adjective_general(text: str, m: Match) -> bool:
    """Is a lower-case "general" the adjective: "a general strike", "the general election", "in general"? A general in
    command is "the general", "the general said", "General Smith" (capitalised)."""
    if m.text != "general":
        return False
    after = _NEXT_WORD.match(text, m.end)
    if after is not None and after.group(1) not in _GENERAL_POSTS:
        return True
    before = _PREVIOUS_WORD.search(text, 0, m.start)
    return before is not None and before.group(1).lower() == "in"


#: last words of the names of state bodies: an unknown name ending so is a body, not a person
_STATE_BODY_HEADS = frozenset({"commission", "council", "bureau", "agency", "authority", "ministry", "department", "directorate",
                               "office", "service", "committee", "board", "inspectorate", "court", "tribunal", "prosecutor's"})
#: words that make a body's name a public one when the phrase names no country ("the National Electoral Council"; not
#: "the Python Packaging Authority" or "the Met Office" of a forecast page)
_PUBLIC_WORDS = frozenset({"national", "federal", "state", "electoral", "election", "central", "supreme", "independent", "public",
                           "anti-corruption", "interior", "justice", "defence", "defense", "security", "intelligence",
                           "prosecutor", "prosecution", "police", "border", "customs", "immigration", "audit", "constitutional",
                           "enforcement", "corruption", "investigation", "accountability", "revenue", "tax", "elections"})
#: a capitalised word right after a name: the name goes on ("The National Anti-Corruption Bureau")
_NAME_GOES_ON = re.compile(r"[ \t]([A-Z][\w'-]*)")
#: capitalised words that name a part or an edition of an outlet ("The Washington Post Editorial Board")
_OUTLET_PARTS = frozenset({"editorial", "board", "television", "tv", "news", "online", "magazine", "radio", "staff", "editor",
                           "editors", "correspondent", "columnist", "reporter", "reporters", "weekly", "sunday", "review",
                           "opinion", "podcast", "group", "company", "media", "website", "newspaper", "daily", "journalist",
                           "journalists", "photographer", "photographers", "writer", "writers", "correspondents", "columnists",
                           "critic", "poll", "survey", "investigation", "interview", "report", "reports", "story", "article",
                           "analysis", "reporting", "readers", "interviewer", "interviewers", "contributor", "contributors",
                           "stringer", "stringers", "freelancer", "freelancers", "owner", "owners", "issue", "issues", "staffer", "staffers", "cartoonist",
                           "cartoonists", "photojournalist", "photojournalists", "bureau", "chief", "cover", "covers",
                           "coverage", "fixer", "fixers", "source", "sources", "newsroom", "newsrooms", "crew", "headquarters",
                           "feed", "documentary", "blog", "edition", "archive", "archives", "employee", "employees",
                           "op-ed", "op-eds", "office", "offices", "page", "websites", "newspapers", "executive", "executives"})


#: words after an outlet's acronym that make it a camera's ("CCTV footage")
_RECORDING_AFTER = re.compile(r"[ \t]+(?:footage|camera|cameras|images?|videos?|recordings?|systems?|surveillance|operators?|"
                              r"monitors?|stills?|evidence)\b", re.IGNORECASE)


#: the word right after a name, in the same phrase ("National police")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'-]*)")
#: a capitalised word (no possessive) that ends right before a name: the name is its last word ("Tiger Hill")
_NAME_ENDS_BEFORE = re.compile(r"\b([A-Z][\w-]*)[ \t]$")
#: capitalised words that open a phrase, not a name: "An Economist reporter", "The Hindu"
_OPENING_WORDS = frozenset({"A", "An", "The", "This", "That", "These", "Those", "Our", "Their", "His", "Her", "Its", "My", "Your",
                            "Every", "Each", "One", "Some", "Any", "No", "According", "In", "On", "At", "For", "By", "From", "To",
                            "With", "As", "And", "But", "Or", "Said", "Told"})


def _outlet_without_its_the(text: str, name: str) -> bool:
    """Is ``text`` one word that names the outlet ``name`` "The ..." without its "The" ("Hill" for The Hill, "Hindu" for
    The Hindu)? Such a word after a capitalised one ends another name ("Tiger Hill", "a Kashmiri Hindu"), and before a
    common word it is that word's adjective ("Hindu nationalists")."""
    return name.lower().startswith("the ") and len(text.split()) == 1 and not text.lower().startswith("the")


def _outlet_opening_a_name(p: Piece, text: str, kb: Knowledge) -> bool:
    """Is ``p`` an outlet's name of the form "The ..." that only opens a longer capitalised name ("The National
    Anti-Corruption Bureau", "The Independent Electoral and Boundaries Commission")? Not before a lower-case word or
    punctuation ("The Independent said", "the Independent newspaper") nor a part of the outlet ("The Washington Post
    Editorial Board"). Also an outlet "The ..." named without its "The": as the end of a longer name ("Tiger Hill",
    "Capitol Hill" are no "The Hill"), or as a word of the language before another word that is no part or work of an
    outlet ("National police", "Hindu nationalists"; "a Guardian journalist", "Times reporters" stay the outlet's)."""
    if p.kind != "entry" or p.ref not in kb.entries or not kb.entries[p.ref].is_outlet:
        return False
    if _RECORDING_AFTER.match(text, p.end):
        return True  # "CCTV footage", "officers reviewed CCTV images": closed-circuit cameras, not China's broadcaster
    if not p.text.lower().startswith("the "):
        # "Tiger Hill", "Capitol Hill": the last word of a longer name that an outlet called "The Hill" drops its "The" in
        if not _outlet_without_its_the(p.text, kb.entries[p.ref].name):
            return False
        after = _WORD_AFTER.match(text, p.end)
        word = _possessive_stem(after.group(1).lower()) if after is not None else ""
        if after is not None and word not in _OUTLET_PARTS:
            return True  # "National police", "Hindu nationalists", "Independent candidates": a word of the language, no
            #              outlet named without its "The" ("Times reporters" are the Times')
        before = _NAME_ENDS_BEFORE.search(text, 0, p.start)
        return before is not None and before.group(1) not in _OPENING_WORDS
    m = _NAME_GOES_ON.match(text, p.end)
    return m is not None and m.group(1).lower() not in _OUTLET_PARTS


def _pieces_from_matches(matches: Iterable[Match], text: str) -> list[Piece]:
    out = []
    for m in matches:
        h = m.hits[0]
        if h.type == "role" and _adjective_general(text, m):
            continue  # "called for a general strike": no officer
        out.append(Piece(m.start, m.end, m.text, h.type, h.ref, m.hits))
    return out


class _Covered(list[tuple[int, int]]):
    """Character spans already taken, with fast membership of a position."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        super().__init__()
        self._pos: set[int] = set()
        for span in spans:
            self.append(span)

    def append(self, span: tuple[int, int]) -> None:
        super().append(span)
        self._pos.update(range(span[0], span[1]))

    def __contains__(self, pos: object) -> bool:
        return pos in self._pos

    def covers(self, pos: int) -> bool:
        """Is the position ``pos`` inside a span (what ``pos in covered`` says, typed as a position)?"""
        return pos in self._pos


def _capitalised_runs(text: str, lo: int, hi: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of capitalised words in text[lo:hi] not inside ``covered`` spans."""
    runs: list[tuple[int, int]] = []
    cur: Optional[list[int]] = None
    prev_end = None
    taken = covered if isinstance(covered, _Covered) else _Covered(covered)
    prev_word = ""
    for m in WORD_RE.finditer(text, lo, hi):
        w = m.group()
        inside = taken.covers(m.start())
        gap = text[prev_end:m.start()] if prev_end is not None else None
        # a middle initial keeps the name whole: "Keith D. Johnson" is no "Keith D" and a "Johnson"
        gap_ok = gap is not None and (not gap.strip() or (_INITIAL.fullmatch(prev_word) is not None and _INITIAL_GAP.fullmatch(gap) is not None
                                                          and cur is not None and cur[0] < prev_end - 1))
        prev_word = w
        key = norm(w)
        cap = (w[:1].isupper() and (key not in _HONORIFICS or key in _ABBREVIATED and text[m.end():m.end() + 1] != ".")) \
            or ARTICLE_NAME.match(w) is not None  # "Ahmed el-Sayed"
        particle = w.lower() in _PARTICLES and cur is not None and gap_ok
        if not inside and (cap or particle) and (cur is None or gap_ok):
            if cur is None:
                cur = [m.start(), m.end()]
            else:
                cur[1] = m.end()
        else:
            if cur is not None:
                runs.append((cur[0], cur[1]))
            cur = [m.start(), m.end()] if (not inside and cap) else None
        prev_end = m.end()
    if cur is not None:
        runs.append((cur[0], cur[1]))
    # drop trailing particles ("... al")
    cleaned = []
    for a, b in runs:
        words = list(WORD_RE.finditer(text, a, b))
        while words and words[-1].group().lower() in _PARTICLES:
            words.pop()
        if words:
            cleaned.append((words[0].start(), words[-1].end()))
    return cleaned


_POSSESSIVE_END = re.compile(r"['’]s?$")


# two or more capitalised words in a row: the words of a name ("Ana Lima", "Sydney Smith")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)+")


def _possessive_stem(text: str) -> str:
    """``text`` without a final possessive ("Putin's" -> "Putin", "Reuters'" -> "Reuters")."""
    if text[-1:] not in ("'", "’", "s") and not text.endswith("\n"):
        return text  # no possessive can end it (most words): the pattern need not be tried
    return _POSSESSIVE_END.sub("", text)


# --------------------------------------------------------------------------- composing


@dataclass
class PersonInfo:
    """What a document says about one person, shared by all their mentions."""

    key: str  # normalised full name
    name: str
    entry: Optional[Entry] = None
    country: Optional[str] = None
    role: Optional[str] = None
    sector: Optional[str] = None
    positions: list[int] = field(default_factory=list)
    gender: Optional[str] = None  # "m" or "f" when the text says so (an honorific, a gendered title); "" when it says both
    body: Optional[str] = None  # the international body a title of the text serves ("European Union President X"): its entry
    aged: bool = False  # the text gives the person's age after their name ("Ana Lima, 34,"): a person, even with nothing else said


class ActorResolver:
    """Resolve actor phrases against a :class:`~tidings.knowledge.Knowledge`.

    >>> from tidings.knowledge import load_knowledge
    >>> r = ActorResolver(load_knowledge())
    >>> r.resolve("Chinese police")["code"]
    'CHNCOP'
    """

    def __init__(self, knowledge: Knowledge):
        self.kb = knowledge
        self._resolve_cached = lru_cache(maxsize=20000)(self._resolve)

    # -- public ------------------------------------------------------------------
    def resolve(
        self,
        text: str,
        *,
        date: Optional[str] = None,
        as_agent: bool = True,
        context: Optional[str] = None,
    ) -> Optional[Actor]:
        """The actor a noun phrase names, or None when nothing in it is known.

        ``date`` (ISO) picks the date-valid role of a person (default: today);
        ``as_agent`` says whether the phrase acts (a capital then stands for
        its government) or is a place; ``context`` is nearby text whose
        country fills in a phrase without one ("Defense Minister" + "German").
        """
        if not text or not text.strip():
            return None
        result = self._resolve_cached(text.strip(), date, bool(as_agent), context)
        return result.copy() if result is not None else None

    def pieces(self, text: str, names: bool = True) -> list[Piece]:
        """The pieces of a phrase: known names plus (with ``names``) unknown capitalised runs."""
        pieces = [p for p in _pieces_from_matches(self.kb.scan(text), text)
                  if not _no_country_of_its_own(p, text) and self.word_holds(p, text)]
        pieces = self.tails_of_other_names(pieces, text)
        if names:
            pieces = _capitals_in_names(text, _new_places(text, pieces))
            covered = [(p.start, p.end) for p in pieces]
            for a, b in _capitalised_runs(text, 0, len(text), covered):
                pieces.append(Piece(a, b, text[a:b], "name", "PERSON"))
            pieces.sort(key=lambda p: p.start)
            pieces = [p for p in pieces if not _outlet_opening_a_name(p, text, self.kb)]
            pieces = [p for p in pieces if not self._someone_else_of_the_name(p, pieces, text)]
        return pieces

    def tails_of_other_names(self, pieces: list[Piece], text: str, doc: Optional["Doc"] = None) -> list[Piece]:
        """A party's name of plain words ("Democratic Party"), or an international body's short name ending in a word for
        a council or an assembly ("Security Council"), that ends a longer name the knowledge does not know is that other
        body ("the Social Democratic Party", "Algeria's High Security Council", "Iran's Supreme National Security
        Council"): an unknown name, with the government, legislature or party its last word names and the country the
        phrase gives it.

        Only party names made of words many parties share ("Democratic Party", not "Awami League"). Not after a country
        or a people ("the Serbian Democratic Party"), a known prefix of the body's own ("UN Security Council"), a word
        that describes rather than names ("Senior", "Rival", "Emergency", "Two") or a participle ("Jailed"; not
        "United"), a word ending in "s" (a headline's verb: "Iran Rejects Security Council Resolution"), or a role word
        other than a faith's ("the Christian Democratic Party" is a longer name, "Opposition Democratic Party lawmakers"
        are the party's); nor a name that goes on in capitals ("Top Democratic Party Leaders", a headline). With a
        parse, the words before must be proper nouns of the name's sentence and no date."""
        if not any(p.kind == "entry" for p in pieces):
            return pieces
        roles = {q.start: q for q in pieces if q.kind == "role"}
        taken = _Covered((q.start, q.end) for q in pieces if q.kind not in ("modifier", "role") and not self._an_outlet_the(q))
        out: list[Piece] = []
        for p in pieces:
            if not self._generic_tail(p) or _NAME_GOES_ON.match(text, p.end):
                out.append(p)
                continue
            lo = p.start
            while (w := _name_word(text, lo, -1)) is not None and not taken.covers(w[0]):
                word = text[w[0]:w[1]]
                role = roles.get(w[0])
                if not _PLAIN_WORD.fullmatch(word) or norm(word) in _HONORIFICS or word in _OPENING_WORDS \
                        or word.lower() in _NO_NAME_WORD or word.lower() in _DESCRIBING_WORDS \
                        or word.endswith("s") or (
                        word.lower().endswith("ed") and word.lower() not in _NAMING_PARTICIPLES) or (
                        role is not None and (rw := self.kb.role_words.get(role.ref)) is not None and rw.sector != "REL"):
                    break
                if doc is not None and not _proper_noun_beside(doc, w, p):
                    break
                lo = w[0]
            if lo == p.start:
                out.append(p)
                continue
            last = p.start + p.text.rindex(" ") + 1
            # the prefix's modifiers and role words ("National", "Christian"), an outlet ("The National")
            out = [q for q in out if q.end <= lo or q.start >= p.start]
            out.append(Piece(lo, last - 1, text[lo:last - 1], "name", "ORG"))
            head = self.kb.role_word(text[last:p.end])
            if head is not None and head.sector in _BODY_SECTORS:
                out.append(Piece(last, p.end, text[last:p.end], "role", norm(head.text)))
        return out

    def _generic_tail(self, p: Piece) -> bool:
        """Is ``p`` a party's name of plain words, or an international body's short name of plain words ending in a word for
        a government or legislative body ("Security Council" of the United Nations Security Council)?"""
        entry = self.kb.entries.get(p.ref) if p.kind == "entry" else None
        words = p.text.split()
        if entry is None or entry.kind != "organisation" or entry.is_outlet or len(words) < 2 \
                or not all(_PLAIN_WORD.fullmatch(w) for w in words):
            return False
        if entry.sector == "PTY" or any(r.sector == "PTY" for r in entry.roles):
            return all(norm(w) in _GENERIC_PARTY_WORDS for w in words)  # "Democratic Party", not "Awami League"
        head = self.kb.role_word(words[-1])
        name = norm(entry.name).split()
        return entry.country in ("UNO", "IGO") and head is not None and head.sector in _BODY_SECTORS - {"PTY"} \
            and len(words) < len(name) and all(norm(w) in name for w in words)

    def _an_outlet_the(self, p: Piece) -> bool:
        """Is ``p`` an outlet's name "The ..." (which opens other names: "the National Security Council")?"""
        entry = self.kb.entries.get(p.ref) if p.kind == "entry" else None
        return entry is not None and entry.is_outlet and entry.name.lower().startswith("the ")

    def _someone_else_of_the_name(self, p: Piece, pieces: list[Piece], text: str) -> bool:
        """Is ``p`` a known person's family name inside the name of someone else, whose first name is none of that
        person's ("Musa el-Bashir" is not Omar al-Bashir, "Cherie Blair" not Tony Blair; "Barack Hussein Obama" is
        Obama)?"""
        if p.kind != "entry" or not p.ref.startswith("person:"):
            return False
        whole = next((q for q in pieces if q.kind == "name" and q.start <= p.start and p.end <= q.end
                      and (q.start, q.end) != (p.start, p.end)), None)
        if whole is None or whole.start == p.start:
            return False
        first = WORD_RE.match(text, whole.start)
        entry = self.kb.entries.get(p.ref)
        if first is None or entry is None:
            return False
        given = norm(first.group())
        known = {w for n in (entry.name, *entry.aliases) for w in norm(n).split()}
        return given not in known and not _INITIAL.fullmatch(first.group())

    def word_holds(self, p: Piece, text: str) -> bool:
        """Is ``p`` no role word, or one that implies its sector in ``text`` (a word that requires another, as bare
        "deputies" require a sheriff, only where ``text`` names it)?"""
        word = self.kb.role_words.get(p.ref) if p.kind == "role" else None
        return word is None or word.holds_in(text)

    # -- internals ---------------------------------------------------------------
    def _resolve(self, text: str, date: Optional[str], as_agent: bool, context: Optional[str]) -> Optional[Actor]:
        pieces = self.pieces(text)
        # the head of the phrase comes before its prepositional phrase; what follows
        # ("to the United Nations", "in France") only says where the head is from
        m = _PREP.search(text)
        if m:
            head = [p for p in pieces if p.end <= m.start()]
            tail = [p for p in pieces if p.start >= m.end()]
            if any(p.kind in ("role", "entry", "name") for p in head):
                where = [p for p in tail if p.kind in ("country", "demonym", "capital", "city")]
                if any(p.kind == "role" and norm(p.text) in _POSTED_ABROAD for p in head[-1:]) and m.group().strip().lower() in ("in", "at"):
                    where = []  # "the U.S. embassy in Nairobi" is no Kenyan embassy
                pieces = head + where[:1]
        # a lone unknown name may be a known person's family name ("Abe", "Xi")
        for i, p in enumerate(pieces):
            if p.kind == "name" and " " not in p.text.strip():
                if i and _ends_another_name(text, pieces[i - 1], p):
                    continue
                found = self.narrow_surname(self.kb.by_surname(p.text), [q.text for q in pieces[:i] if q.kind == "role"], date)
                if len(found) == 1 and _of_its_countries(found[0], pieces, self.day(date)):
                    pieces[i] = Piece(p.start, p.end, p.text, "entry", found[0].key)
        actor = self.compose(pieces, date=date, as_agent=as_agent)
        if context and (actor is None or not actor.get("country")):
            ctx = [p for p in self.pieces(context, names=False) if p.kind in ("country", "demonym", "capital")]
            if ctx:
                actor = self.compose(pieces + [replace(ctx[0], start=-1, end=-1)], date=date, as_agent=as_agent)
        return actor

    def _envoy_to_a_body(self, pieces: list[Piece]) -> list[Piece]:
        """"Syria's U.N. ambassador", "Iran's UN envoy": a state's envoy to an international body is the state's; the
        body only says where the envoy sits (as "the Syrian ambassador to the United Nations")."""
        for j in range(1, len(pieces) - 1):
            p, role = pieces[j], pieces[j + 1]
            entry = self.kb.entries.get(p.ref) if p.kind == "entry" and p.ref else None
            if entry is not None and entry.kind == "organisation" and entry.country in ("UNO", "IGO") and role.kind == "role" \
                    and norm(role.text) in _ENVOYS_TO_BODIES and any(q.kind in ("country", "demonym") for q in pieces[:j]):
                return pieces[:j] + pieces[j + 1:]
        return pieces

    def narrow_surname(self, found: list[Entry], titles: Iterable[str], date: Optional[str]) -> list[Entry]:
        """Of the people sharing a family name, the one a title before it names ("President Clinton": the one who was
        president), else the one in office on ``date`` ("Castro" in 2000), else, when none is, the one whose office
        ended last before it of those whose every office had begun ("Bush" in 2015 is George W. Bush, not his father;
        "Carter" in 2016 Ash Carter, in office); all of them when nothing tells them apart."""
        on = self.day(date)
        words = [norm(t) for t in titles]
        if words and found:
            titled = [e for e in found if any(w and w in norm(r.title or "") for r in e.roles for w in words)]
            if titled:
                found = titled
            elif all((rw := self.kb.role_word(w)) is not None and rw.is_role for w in words) and all(
                    e.died is not None and e.died < on for e in found):
                return []  # "Attorney General Lynch" in 2016: an office no one of the name held, and they are dead
        if len(found) < 2:
            return found
        serving = [e for e in found if e.roles_on(on)]
        if len(serving) == 1:
            return serving
        return _last_in_office(found, on) if not serving else found

    def person_of_the_day(self, p: Piece, on: _dt.date) -> Piece:
        """Of the people one alias names ("George Bush": father and son), the one of the day ``on``, as for a shared
        family name (:meth:`narrow_surname`)."""
        if p.kind != "entry" or len(p.alternatives) < 2:
            return p
        people = [self.kb.entries[h.ref] for h in p.alternatives
                  if h.type == "entry" and h.ref in self.kb.entries and self.kb.entries[h.ref].kind == "person"]
        if len(people) < 2:
            return p
        found = self.narrow_surname(list({e.key: e for e in people}.values()), [], on.isoformat())
        return replace(p, ref=found[0].key) if len(found) == 1 and found[0].key != p.ref else p

    def _in_its_day(self, p: Piece, on: _dt.date, *, as_agent: bool) -> Piece:
        """A capital or a country piece of a state that stood for another on the day ``on`` read as that state:
        "Moscow" and "the Kremlin" acting in 1975 are the Soviet Union's, "Prague" acting in 1968 Czechoslovakia's; a
        name or a people ("Russia", "Russian troops") only until the state's ``names_until`` ("the Russian parliament"
        of 1990 is the Russian republic's). A capital as a place ("students marched through Belgrade") and any other
        city stay today's state's, as the gazetteer has them."""
        name = p.kind in {"country", "demonym", "context"}
        if not (name or (p.kind in {"capital", "seat"} and as_agent)):
            return p
        former = self.kb.former_state(p.ref, on, name=name)
        return p if former is None else replace(p, ref=former)

    def day(self, date: Optional[str]) -> _dt.date:
        """The day of an ISO date; today when it is missing or unreadable."""
        return (_day(date) if date else None) or _dt.date.today()

    def localise(self, actor: Actor, country: str) -> Actor:
        """``actor`` (a sector, a group) as one of ``country``: its code recomputed."""
        without_code = actor.copy()
        without_code["country"] = country
        without_code.pop("code", None)
        return self._finish(without_code)

    def _cameo(self, country: Optional[str]) -> Optional[str]:
        if not country:
            return None
        c = self.kb.countries.get(country)
        return c.code if c else country

    def _code(self, country: Optional[str], sector: Optional[str]) -> Optional[str]:
        cc = self._cameo(country)
        if cc and sector and sector != "IGO":
            return cc + sector
        return cc or sector

    def _finish(self, actor: Actor) -> Actor:
        sector = actor.get("sector")
        s = self.kb.sector(sector)
        actor["plover_sector"] = s.plover if s else None
        if "code" not in actor:
            actor["code"] = self._code(actor.get("country"), sector)
        return actor

    def person_actor(
        self,
        entry: Entry,
        on: _dt.date,
        *,
        text_role: Optional[str] = None,
        text_sector: Optional[str] = None,
        text_country: Optional[str] = None,
        former: bool = False,
    ) -> Actor:
        """A person from the files at a date; text roles only fill what the files lack."""
        actor: Actor = {"name": entry.name, "kind": "person", "role": None}
        roles = entry.roles_on(on)
        if roles and not former:
            r = roles[0]
            actor["country"] = r.country
            actor["sector"] = r.sector
            actor["role"] = r.title or None
            if r.code:
                actor["code"] = r.code
            elif r.organisation:
                org = next((e for e in self.kb.lookup(r.organisation) if e.kind != "person"), None)
                if org is not None:
                    actor["code"] = org.code or self._code(org.country, org.sector)
            return self._finish(actor)
        actor["country"] = entry.home_country() or text_country
        dead = entry.died is not None and on >= entry.died
        held_before = any(r.end is not None and r.end < on for r in entry.roles)
        if dead and text_sector and not former:
            # "President Abdelaziz Bouteflika" in a text dated after his death (or not dated): the title tells of a time
            # he held the office
            actor["sector"] = text_sector
            actor["role"] = text_role
        elif dead:
            actor["sector"] = None
        elif former or held_before:
            actor["sector"] = "ELI"
        elif text_sector and not held_before:  # no office in the files yet: the text's title counts
            actor["sector"] = text_sector
            actor["role"] = text_role
            if text_country and not entry.roles:
                actor["country"] = entry.home_country() or text_country
        elif entry.sector:
            actor["sector"] = entry.sector
        else:
            actor["sector"] = None
        if actor["country"] in ("IGO", "UNO") and actor["sector"] is None and not dead:
            actor["sector"] = "IGO"
        return self._finish(actor)

    def compose(
        self,
        pieces: list[Piece],
        *,
        date: Optional[str] = None,
        as_agent: bool = True,
        person: Optional[PersonInfo] = None,
    ) -> Optional[Actor]:
        """One actor from the pieces of a phrase (see module doc); None when nothing is known."""
        pieces = self._envoy_to_a_body(pieces)
        on = self.day(date)
        # a capital stands for a former state only as the whole actor ("Moscow rejected"), not where someone is ("police
        # in Moscow", "a dissident in Prague")
        acting = as_agent and not any(q.kind in {"role", "entry", "name", "kinship"} for q in pieces)
        pieces = [self.person_of_the_day(self._in_its_day(p, on, as_agent=acting), on) for p in pieces]
        kb = self.kb
        countries = [p for p in pieces if p.kind in ("country", "demonym", "context")]
        capitals = [p for p in pieces if p.kind in ("capital", "seat")]
        cities = [p for p in pieces if p.kind == "city"]
        roles = [p for p in pieces if p.kind == "role"]
        # an acronym of a body founded more than ten years after the day names another body ("the RPF" of 1947 is de
        # Gaulle's, "the MNLA" of 1950 Malaya's)
        entries = [p for p in pieces if p.kind == "entry" and p.ref in kb.entries
                   and not (p.text.isupper() and _founded_after(kb.entries[p.ref], on, years=10))]
        names = [p for p in pieces if p.kind == "name"]
        former = any(p.kind == "modifier" and p.ref == "former" for p in pieces)
        located = countries or capitals or cities
        text_country = located[0].ref if located else None
        best_role = None
        if roles:
            found = [(kb.role_words.get(p.ref), i, p) for i, p in enumerate(roles)]
            words = [(w, i, p) for w, i, p in found if w is not None]
            if words:
                best = max(words, key=lambda w: (w[0].weight, w[1]))
                best_role = (_police_rank(best[0], [w for w, i, _p in words if i < best[1]]), best[2])
        role_title = None
        titles = [p for p in roles if kb.role_words.get(p.ref) is not None and kb.role_words[p.ref].is_role]
        if titles:
            role_title = titles[-1].text.strip()
            role_title = role_title[:1].upper() + role_title[1:]
        text_sector = "ELI" if (former and best_role and best_role[0].sector == "GOV") else (
            best_role[0].sector if best_role else None)

        # a generic organisation alias ("Congress") read in another country's phrase is a role word
        if entries and countries:
            keep = []
            for p in entries:
                e = kb.entries[p.ref]
                alt_role = next((h for h in p.alternatives if h.type == "role"), None)
                if e.kind != "person" and e.country and e.country != text_country and alt_role is not None:
                    roles.append(Piece(p.start, p.end, p.text, "role", alt_role.ref))
                    alt_word = kb.role_words.get(alt_role.ref)
                    if alt_word is not None:
                        text_sector = alt_word.sector
                else:
                    keep.append(p)
            entries = keep
        # a national branch: a demonym right before an organisation of another country ("Egyptian Islamic Jihad")
        branch = next((c.ref for c in countries for p in entries if c.kind == "demonym" and 0 <= p.start - c.end <= 1
                       and kb.entries[p.ref].kind == "organisation" and kb.entries[p.ref].country not in (None, "", "IGO", "UNO", c.ref)), None)

        if person is not None and person.entry is None and not entries:
            actor: Actor = {
                "name": person.name,
                "kind": "person",
                "country": person.country or text_country,
                "sector": person.sector or text_sector,
                "role": person.role or (role_title if not former else None),
            }
            if actor["sector"] is None and any(p.kind == "kinship" for p in pieces):
                actor["sector"] = "CVL"  # "his mother, Alice Lake, 58,": a relative is a private person, named or not
            if actor["country"] is None and actor["role"] is None:
                if not person.aged:
                    return None  # a name the text says nothing about
                if not any(p.kind == "kinship" for p in pieces):
                    # kept for the age alone ("Anthony Parker, 38,"): a person, but a sector learned elsewhere may be a
                    # misreading ("told police Parker loaded a gun") or only "the man": none is given
                    actor["sector"] = None
            body = kb.entries.get(person.body) if person.body and not person.country and not former else None
            if body is not None:  # "Kowalczyk" after "European Union President Jan Kowalczyk": the body's officer
                actor.update({"country": body.country, "sector": body.sector or "IGO",
                              "code": body.code or self._code(body.country, body.sector)})
            return self._finish(actor)
        if person is not None and person.entry is not None:
            return self.person_actor(person.entry, on, text_role=person.role or role_title,
                                     text_sector=person.sector or text_sector,
                                     text_country=person.country or text_country, former=former)
        if entries:
            persons = [p for p in entries if kb.entries[p.ref].kind == "person"]
            head = kb.entries[(persons or entries)[-1].ref]
            if head.kind == "person":
                return self.person_actor(head, on, text_role=role_title, text_sector=text_sector,
                                         text_country=text_country, former=former)
            actor = {"name": head.name, "kind": head.kind, "role": None,
                     "country": branch or head.country or text_country, "sector": head.sector}
            period = head.roles_on(on) if head.roles else []
            if period:  # an organisation whose sector changed over time
                actor["country"] = period[0].country or actor["country"]
                actor["sector"] = period[0].sector
                if period[0].code:
                    actor["code"] = period[0].code
            elif head.roles:  # outside every dated period: the latest one before, else the first
                past = [r for r in head.roles if r.end is not None and r.end < on]
                r = max(past, key=lambda r: cast(_dt.date, r.end)) if past else head.roles[0]  # past roles have an end
                actor["country"], actor["sector"] = r.country or actor["country"], r.sector
            if actor["country"] and "code" not in actor and actor.get("sector") in _STATE_BODY_SECTORS and (
                    then := kb.former_state(str(actor["country"]), on)) is not None:
                # "Tass" in 1985 or 1991 is the Soviet Union's agency, to the state's end (a rebel group keeps its land: the
                # KLA of 1999 is Serbia's)
                actor["country"] = then
            after = [p for p in roles if p.start >= (persons or entries)[-1].end]
            if after and not head.is_outlet:  # "a CIA official": a member of the organisation
                actor["kind"] = "person" if not norm(after[-1].text).endswith("s") else "group"
                if former:
                    actor["sector"] = "ELI"
                    return self._finish(actor)
            if branch:
                actor["country"] = branch
            elif head.code:
                actor["code"] = head.code
            return self._finish(actor)
        # a name before the role word it qualifies names a place or body, not a person: "Columbia County sheriff's"
        if names and best_role is not None and names[-1].end <= best_role[1].start and not any(p.start < names[-1].start for p in roles):
            names = []
        # a part of a city named by a word of position ("Upper Edmonton", "Greater Manchester", "Lower Manhattan"): the
        # place, not a person called "Upper" from there (not before a country: "Northern Ireland" is no part of Ireland)
        parts = [p for p in names if norm(p.text) in _PLACE_PARTS and any(
            q.kind in ("city", "capital", "seat") and 0 <= q.start - p.end <= 1 for q in pieces)]
        if names and parts == names and not roles and not entries:
            q = next(q for q in pieces if q.kind in ("city", "capital", "seat") and 0 <= q.start - names[-1].end <= 1)
            return self._finish({"name": f"{names[-1].text} {q.text}", "kind": "place", "country": q.ref, "sector": None,
                                 "role": None, "code": self._cameo(q.ref)})
        head_word = (norm(names[-1].text).split() or [""])[-1] if names else ""
        if head_word in _STATE_BODY_HEADS and not roles \
                and (text_country or not _PUBLIC_WORDS.isdisjoint(w for n in names for w in norm(n.text).split())):
            # an unknown body named by its head ("the National Anti-Corruption Bureau of Ukraine", "the Independent Electoral
            # and Boundaries Commission"): a body of the state, of the country the phrase names (else the story's)
            return self._finish({"name": names[-1].text, "kind": "organisation", "country": text_country,
                                 "sector": "JUD" if head_word in {"court", "tribunal"} else "GOV", "role": None})
        if names:
            name = names[-1]
            if text_country is None and role_title is None:
                return None
            return self._finish({"name": name.text, "kind": "person", "country": text_country,
                                 "sector": text_sector, "role": role_title if not former else None})
        if best_role is not None:
            rw, p = best_role
            plural = norm(p.text) != rw.text and norm(p.text).endswith("s")
            # a singular word listed with its plural names a person ("leader", "official")
            agentive = rw.is_role or (rw.text + "s") in kb.role_words or rw.text.endswith(("man", "woman"))
            kind = "person" if (agentive and not plural and rw.text == norm(p.text)) else "group"
            label = sector.label if (sector := kb.sector(text_sector)) else (text_sector or "")
            cname = kb.countries[text_country].name if text_country in kb.countries else None
            return self._finish({
                "name": f"{cname} {label}".strip() if cname else label,
                "kind": kind,
                "country": text_country,
                "sector": text_sector,
                "role": role_title if kind == "person" and not former else None,
            })
        if countries:
            p = countries[0]
            c = kb.countries.get(p.ref)
            return self._finish({"name": c.name if c else p.ref, "kind": "country" if p.kind != "demonym" else "group",
                                 "country": p.ref, "sector": None, "role": None})
        if cities and not capitals:
            p = cities[0]
            return self._finish({"name": p.text, "kind": "place", "country": p.ref, "sector": None, "role": None,
                                 "code": self._cameo(p.ref)})
        kin = [p for p in pieces if p.kind == "kinship"]
        if kin and not capitals:  # "the mother", "her boyfriend" with no name beside it: a private person
            return self._finish({"name": kin[-1].text, "kind": "person", "country": text_country, "sector": "CVL", "role": None})
        if capitals:
            p = capitals[0]
            c = kb.countries.get(p.ref)
            if as_agent:
                return self._finish({"name": f"Government of {c.name if c else p.ref}", "kind": "organisation",
                                     "country": p.ref, "sector": "GOV", "role": None})
            return self._finish({"name": p.text if p.kind == "capital" else _strip_the(p.text), "kind": "place",
                                 "country": p.ref, "sector": None, "role": None, "code": self._cameo(p.ref)})
        return None


def _police_rank(word: RoleWord, before: list[RoleWord]) -> RoleWord:
    """The role word that gives a phrase its sector: ``word`` (the heaviest of the phrase), except that a military rank
    after a police word is a police rank ("Police Sgt. Ray Cole", "police Lt. Ana Gil": police, not the army)."""
    if word.sector != "MIL" or not word.is_role or not any(w.sector == "COP" for w in before):
        return word
    return replace(word, sector="COP")


@lru_cache(maxsize=4096)
def _day(date: str) -> Optional[_dt.date]:
    try:
        return parse_date(date)
    except ValueError:
        logger.debug("unreadable date %r; using today", date)
        return None


def _strip_the(text: str) -> str:
    return re.sub(r"^(?i:the)\s+", "", text)


# --------------------------------------------------------------------------- documents

_GAP_JOIN = re.compile(r"^[ \t]*$|^['’]s?[ \t]*$")
_GAP_OF = re.compile(r"^\s+(?:of|for|from)\s+(?:the\s+)?$", re.I)
_GAP_IN = re.compile(r"^\s+in\s+(?:the\s+)?$", re.I)
_GAP_BASED = re.compile(r"^-based[ \t]+$", re.I)  # "Lagos-based Zenova Foods": the place says where the firm is
_APPOS_BEFORE = re.compile(r",[ \t]*(?:(?:the|his|her|their|its|a|an)[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,3}$")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_APPOS = re.compile(r"^\s*,\s*(?:(?:his|her|their|its|the)\s+)?$", re.I)
# an age in apposition right after a name or a nationality ("Ana Lima, 34,", "the Canadian, 25,")
_AGE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:aged[ \t]+)?(\d{1,3})[ \t]*(?:[,;.)]|and\b|$)")
# someone named by their age alone ("the 19-year-old", "a 45-year-old")
_AGED_WHO = re.compile(r"(?:the|a|an)[ \t]+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]year[- ]old", re.I)
# a crowd named by its size alone: "Thousands marched", "tens of thousands", "several hundred", "some 5,000"
_MULTITUDE_WHO = re.compile(r"(?:(?:some|about|around|nearly|almost|over|more than|at least|several|many|tens of|hundreds of)[ \t]+)?"
                            r"(?:thousands|hundreds|dozens|scores|tens of thousands|hundreds of thousands|several (?:hundred|thousand))", re.I)
_APPOS_THE = re.compile(r"^[ \t]*,[ \t]*the[ \t]+$", re.I)
# a verb of saying right after a phrase makes it a speaker, not an apposition (", Kenyan officials said")
_REPORTING_AFTER = re.compile(r"[ \t]+(?:said|says|say|told|added|stated|confirmed|reported|announced|explained|"
                              r"noted|insisted|claimed|warned|wrote|tweeted)\b", re.I)
# verbs by which others report what someone did, and the unnamed people who report it ("Officials said she was
# killed"): the pronoun they report about carries on the narration
_TELLING = frozenset({"say", "tell", "report", "confirm", "believe", "state", "announce", "add", "think", "suspect"})
_UNNAMED_TELLERS = frozenset({"official", "police", "authority", "investigator", "prosecutor", "officer", "spokesman",
                              "spokeswoman", "spokesperson", "source", "relative", "witness", "neighbor", "neighbour", "friend"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# pronouns that are objects: never the subject of their own verb ("Bush praised him")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_APPOS_INDEFINITE = re.compile(r"^[ \t]*,[ \t]*(?:a|an)[ \t]+$", re.I)
# a description before the name in apposition to it: its article, and from its nationality on, up to three lower-case
# words and the comma ("A British mine-clearing expert, Christopher Howes,")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+$")
_DESCRIPTION_TO_NAME = re.compile(r"^(?:[ \t]+[a-z][a-z-]*){0,3}[ \t]*,[ \t]*$")


@lru_cache(maxsize=1)
def _not_given_names() -> frozenset[str]:
    """Capitalised words before a family name that are no given name: stop words, weekdays and months."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _CALENDAR


@dataclass
class _Phrase:
    pieces: list[Piece]

    @property
    def start(self) -> int:
        """Where the phrase starts (its first piece)."""
        return self.pieces[0].start

    @property
    def end(self) -> int:
        """Where the phrase ends (its last piece)."""
        return self.pieces[-1].end

    def kinds(self) -> set[str]:
        """The kinds of its pieces."""
        return {p.kind for p in self.pieces}

    def has_person_name(self, kb: Knowledge) -> bool:
        """Does a piece name a person (an unknown person's name or a person of the files)?"""
        return any(p.kind == "name" and p.ref == "PERSON" for p in self.pieces) or any(
            p.kind == "entry" and p.ref in kb.entries and kb.entries[p.ref].kind == "person" for p in self.pieces
        )


def _ends_the_name(text: str, p: Piece, lo: int, hi: int) -> bool:
    """Is ``p`` one word that ends the person's name at ``[lo, hi)`` after its given name or initials ("Joseph F. ")?"""
    return p.end == hi and " " not in p.text and p.start > lo and bool(_GIVEN_BEFORE.fullmatch(text, lo, p.start))


def _ends_another_name(text: str, before: Piece, name: Piece) -> bool:
    """Is ``name`` (a lone capitalised word) the end of a longer name, since a capitalised adjective of the modifiers
    goes right before it ("New Moon", "Central Park"; not "Former" or "Acting", which go before a person's name)?"""
    return before.kind == "modifier" and before.ref == "mod" and before.text[:1].isupper() \
        and not text[before.end:name.start].strip()


def _aged_at(text: str, pos: int) -> bool:
    """Does an age in apposition follow position ``pos`` (", 34," after a name), a person's age (1 to 115)?"""
    m = _AGE_AFTER.match(text, pos)
    return m is not None and 1 <= int(m.group(1)) <= 115


def _state_homonym(p: Piece) -> bool:
    """Is ``p`` a country's name that is also a state or province of another country ("Georgia")?"""
    return p.kind == "country" and any(h.type == "city" and h.ref != p.ref for h in p.alternatives)


def _place_countries(p: Piece) -> list[str]:
    """The countries a place name may belong to, the better-known place's first ("London": GBR, CAN)."""
    return list(dict.fromkeys(h.ref for h in p.alternatives if h.type in ("capital", "city")))


_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                       "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"})
# words that make a capital's name its own administration's ("Moscow City Council", "Beijing Municipal Government")
_CIVIC = frozenset({"city", "municipal", "metropolitan", "regional", "region", "district", "provincial", "county", "oblast"})
_NAME_WORD = re.compile(r"[A-Z][\w.'’]*(?:-[\w.'’]+)*")
_GAP = re.compile(r"[ \t-]")  # between two words of a name
_NAME_LINK = re.compile(r"(?:de|del|de la|da|do|dos|das|di|du|des)[ \t]")  # "Santiago de Compostela", "Ciudad del Este"
_NO_NAME_WORD = _CALENDAR | _CIVIC  # next to a capital, these end the name ("Moscow City Council" is Moscow's)
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")  # a word of a name that is a word of the language too ("Security", "Democratic")
#: capitalised words before a body's name that describe its people or its act, not a longer name ("Senior", "Emergency")
_DESCRIBING_WORDS = frozenset({"top", "senior", "junior", "former", "rival", "ruling", "opposition", "suspected", "alleged",
                               "chief", "armed", "leading", "veteran", "outgoing", "incoming", "acting", "emergency", "closed",
                               "open", "western", "eastern", "northern", "southern", "pro", "anti", "embattled", "several",
                               "many", "some", "both", "all", "other", "most", "few", "two", "three", "four", "five", "six",
                               "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "angry", "dissident",
                               "breakaway", "local", "regional", "visiting", "militant", "radical", "moderate", "hardline",
                               "young", "old", "striking", "protesting", "student", "youth", "women", "women's"})
#: words ending in "-ed" that name a body rather than describe its people ("United", unlike "Jailed" or "Exiled")
_NAMING_PARTICIPLES = frozenset({"united", "red", "reformed", "unified", "allied", "federated", "confederated", "liberated"})
#: the words of party names that many parties share ("Democratic Party", "Socialist Party", "National Front")
_GENERIC_PARTY_WORDS = frozenset({"democratic", "republican", "liberal", "conservative", "socialist", "labour", "labor", "communist",
                                  "national", "people's", "peoples", "progressive", "party", "front", "congress", "union",
                                  "movement", "alliance", "christian", "social", "green", "greens", "workers", "popular",
                                  "radical", "freedom", "justice", "unity", "reform", "democrats", "republicans", "liberals"})
#: the sectors of a body a longer name's last word may name ("Council", "Assembly", "Party")
_BODY_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD"})


def _name_word(text: str, pos: int, step: int) -> Optional[tuple[int, int]]:
    """The capitalised word right before (``step`` -1) or after (+1) position ``pos``, one space or hyphen away."""
    if step > 0:
        m = _GAP.match(text, pos)
        w = _NAME_WORD.match(text, m.end()) if m else None
        if w is None and m is not None and (link := _NAME_LINK.match(text, m.end())) is not None:
            w = _NAME_WORD.match(text, link.end())  # "Santiago de Compostela", "Rio de Janeiro": one name
        return w.span() if w else None
    if pos < 2 or text[pos - 1] not in " \t-":
        return None
    lo = pos - 1
    while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in ".'’-"):
        lo -= 1
    w = _NAME_WORD.fullmatch(text, lo, pos - 1)
    return w.span() if w else None


_COUNTY_AFTER = re.compile(r" (?:County|Parish)\b")


def _new_places(text: str, pieces: list[Piece]) -> list[Piece]:
    """"New London", "New Berlin", "New Paris": a capital or city after "New" is another place of that name (the
    knowledge's own "New York" or "New Delhi" match whole), an unplaced name here; the gazetteer may know it. So is a
    country's name before "County" or "Parish" ("Guernsey County", "Lebanon County" name counties of Ohio and
    Pennsylvania)."""
    out: list[Piece] = []
    for p in pieces:
        prev = out[-1] if out else None
        county = _COUNTY_AFTER.match(text, p.end)
        if p.kind == "country" and county:
            out.append(Piece(p.start, county.end(), text[p.start:county.end()], "name", "GPE"))
            continue
        if p.kind in ("capital", "city", "seat") and prev is not None and prev.kind == "modifier" and prev.text == "New" \
                and text[prev.end:p.start] == " ":
            out[-1] = Piece(prev.start, p.end, text[prev.start:p.end], "name", "GPE")
            continue
        out.append(p)
    return out


def _capitals_in_names(text: str, pieces: list[Piece], doc: Optional["Doc"] = None) -> list[Piece]:
    """A capital or seat inside a longer proper name is part of that name, not the state: "Real Madrid", "Dynamo Moscow",
    "Paris Saint-Germain" name clubs, and the name stands unplaced (a club, firm or body the knowledge does not know).

    The neighbour must be a capitalised word no other piece covers, no honorific or calendar word, and (with a parse)
    a proper noun of the same sentence that is no date.
    """
    taken = _Covered((p.start, p.end) for p in pieces)
    out: list[Piece] = []
    for p in pieces:
        if p.kind == "city" and _inside_a_name(text, p, taken, doc):
            continue  # "Nguyen Van Thieu", "Dries Van Agt": no Turkish city Van, a word of one person's name
        if p.kind not in ("capital", "seat"):
            out.append(p)
            continue
        lo, hi = p.start, p.end
        for step in (-1, 1):
            while True:
                w = _name_word(text, lo if step < 0 else hi, step)
                if w is None or taken.covers(w[0]):
                    break
                word = text[w[0]:w[1]]
                if norm(word) in _HONORIFICS or word.lower().rstrip(".") in _NO_NAME_WORD:
                    break
                if doc is not None and not _proper_noun_beside(doc, w, p):
                    break
                lo, hi = (w[0], hi) if step < 0 else (lo, w[1])
        if (lo, hi) == (p.start, p.end):
            out.append(p)
        else:
            out.append(Piece(lo, hi, text[lo:hi], "name", "ORG"))
    return out


def _proper_noun_beside(doc: "Doc", w: tuple[int, int], p: Piece) -> bool:
    """Is the word at ``w`` a proper noun of the sentence of the piece ``p``, and no date ("Real" of "Real Madrid", "High"
    of "High Security Council"; not "Sunday" nor a word of the sentence before)?"""
    span = doc.char_span(w[0], w[1], alignment_mode="expand")
    own = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and own is not None and span.root.pos_ == "PROPN" and span.root.ent_type_ not in ("DATE", "TIME") \
        and span.root.sent.start == own.root.sent.start


def _inside_a_name(text: str, p: Piece, taken: _Covered, doc: Optional["Doc"]) -> bool:
    """Is a city's name ``p`` a word inside one longer name, with a capitalised word no piece covers right before and
    right after it, of one proper noun run of the parse ("President Nguyen Van Thieu", "Dries Van Agt")? A city named
    beside a name on one side only ("Boston Red Sox", "Berlin police") is not."""
    words = [_name_word(text, p.start, -1), _name_word(text, p.end, 1)]
    if any(w is None or taken.covers(w[0]) or norm(text[w[0]:w[1]]) in _HONORIFICS for w in words):
        return False
    if doc is None:
        return True
    span = doc.char_span(words[0][0], words[1][1], alignment_mode="expand")  # type: ignore[index]
    return span is not None and all(t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON") for t in span)


# a capital named as an actor ("Canada criticized London", "London said") is its state's government, never a homonym
_ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "conj", "appos"})


def _place_homonyms(text: str, pieces: list[Piece], doc: Optional["Doc"] = None) -> list[Piece]:
    """Place names several countries share read as the one the document means.

    "London, Ontario" is Canada's London (the place after the comma says
    so); a "London" in a text naming Canada and never the United Kingdom is
    Canada's too. Otherwise the better-known place stays.
    """
    named: set[str] = {p.ref for p in pieces if p.kind in ("country", "demonym") and not _state_homonym(p)}
    named |= {cs[0] for p in pieces if p.kind == "city" and len(cs := _place_countries(p)) == 1}
    # a country's name that is also a state ("Georgia") is the state after one of that state's cities ("Atlanta, Georgia"),
    # or when the text names a place of the state's country (a city, another state) and nothing (name, demonym,
    # capital, place) of the homonym country: "the U.S. condemned the attack on Georgia" keeps the country
    places_named = {cs[0] for p in pieces if p.kind == "city" and not _state_homonym(p)
                    and len(cs := _place_countries(p)) == 1}  # a capital is often its government ("Washington condemned")
    homonyms_named = named | places_named
    out = []
    for i, p in enumerate(pieces):
        places = _place_countries(p) if p.kind in ("capital", "city") else []
        if _state_homonym(p):
            prev = pieces[i - 1] if i > 0 else None
            states = _place_countries(p)
            if prev is not None and prev.kind == "city" and prev.ref in states and re.fullmatch(r"\s*,\s*", text[prev.end:p.start]):
                out.append(Piece(p.start, p.end, p.text, "city", prev.ref, p.alternatives))
                continue
            # "Savannah, Georgia" in a text naming the state's country: the US style of a town and its state
            town = re.search(r"\b[A-Z][\w.'’-]*\s*,\s*$", text[max(0, p.start - 40):p.start]) is not None
            evidence = places_named | (named if town else set())
            abroad = named - set(states)  # a text naming other countries ("Russia attacked Georgia") is about the world
            # ... unless it names three or more towns and states of the state's country (Atlanta, Arizona, Chicago)
            at_home = len({norm(q.text) for q in pieces if q.kind == "city" and not _state_homonym(q)
                           and _place_countries(q)[:1] == states[:1] and len(_place_countries(q)) == 1}) >= 3
            if p.ref not in homonyms_named and (town or not abroad or at_home) and len(others := [c for c in states if c in evidence]) == 1:
                out.append(Piece(p.start, p.end, p.text, "city", others[0], p.alternatives))
                continue
        if len(places) > 1:
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            after = nxt is not None and re.fullmatch(r"\s*,\s*", text[p.end:nxt.start]) is not None and nxt.kind in (
                "country", "demonym", "city") and nxt.ref in places[1:]
            if after:
                assert nxt is not None
                p = Piece(p.start, p.end, p.text, "city", nxt.ref, p.alternatives)
            elif places[0] not in named and not (p.kind == "capital" and doc is not None and _acting(doc, p)):
                others = [c for c in places[1:] if c in named]
                if len(others) == 1:
                    p = Piece(p.start, p.end, p.text, "city", others[0], p.alternatives)
        out.append(p)
    return out


def _acting(doc: "Doc", p: Piece) -> bool:
    """Does the place name at ``p`` stand as an argument of a verb (subject or object), not as a modifier or a place in a phrase?"""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in _ACTING and span.root.head.pos_ in {"VERB", "AUX"}


_PERSON = frozenset({"person"})
_SPEAKER = frozenset({"person", "organisation", "group", "country"})
# pronouns and the kinds of mention they may stand for (a first-person pronoun: the quotation's speaker)
_PRONOUNS: dict[str, frozenset[str]] = {
    **{w: _PERSON for w in ("he", "she", "him", "her", "his")},
    **{w: frozenset({"organisation", "country"}) for w in ("it", "its")},
    **{w: frozenset({"group", "organisation", "country"}) for w in ("they", "them", "their")},
    **{w: _SPEAKER for w in ("i", "me", "we", "us")},
    # a count standing for people just named: "Both were charged", "The three are accused of killing X"
    **{w: frozenset({"person", "group"}) for w in ("both", "the two", "the three", "the four", "the five", "the six",
                                                   "all three", "all four", "all five", "all six")},
}
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
# the gender a pronoun asks of its person, and the words that give a person one (honorifics, titles, kinship)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_GENDERED = {
    **{w: "m" for w in ("mr", "sir", "lord", "king", "prince", "emir", "sultan", "sheikh", "spokesman", "chairman", "congressman",
                        "businessman", "councilman", "alderman", "policeman", "fireman", "father", "son", "brother", "husband",
                        "uncle", "nephew", "grandfather", "grandson", "stepfather", "widower", "boy", "man", "gentleman", "actor",
                        "monk", "priest", "pope", "duke", "baron", "count", "brother-in-law", "half-brother", "crown prince")},
    **{w: "f" for w in ("mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "empress", "spokeswoman",
                        "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman", "mother", "daughter",
                        "sister", "wife", "aunt", "niece", "grandmother", "granddaughter", "stepmother", "widow", "girl",
                        "woman", "actress", "nun", "duchess", "baroness", "countess", "sister-in-law", "half-sister")},
}
# prepositions of a fronted phrase of place or time ("In Dar es Salaam, she ...", "On Monday, he ...")
_SCENE_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "since", "from"})
# the day a dateline gives after its place ("CARACAS, May 1", "LONDON, Sept. 12")
_DATELINE_DATE = re.compile(r",?\s*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b.*$", re.S)
# how many sentences back a pronoun looks for its antecedent when its own sentence names none
_PRONOUN_REACH = 3
#: verbs whose subject "it" stands for no one ("It emerged that ...", "it seems", "It remains unclear", "it took hours")
_NO_ONES_IT = frozenset({"be", "seem", "appear", "emerge", "remain", "happen", "take", "matter", "mean", "become", "rain",
                         "snow", "cost", "follow", "turn", "come", "go", "get", "look", "sound", "feel", "make", "occur",
                         "transpire", "stand", "help", "hurt", "pay", "show", "prove", "say", "tell", "add", "note"})
# verbs of accusing: a possessive in the charge they name is the accuser's ("accused India of shelling its posts")
_CHARGE_LAYING = frozenset({"accuse", "blame", "charge", "condemn", "denounce", "criticize", "criticise"})
# plural words for the people of a body, named by the body they are from or of ("Deputies from the Sheriff's Office")
_MEMBERS_OF = frozenset({"deputies", "members", "staff", "staffers", "representatives", "employees", "workers", "personnel"})
# nouns for one who holds a post: a name in apposition to one is a person's ("a protection officer, Ana Ruiz")
_POST_HOLDERS = frozenset({"officer", "official", "spokesman", "spokeswoman", "spokesperson", "director", "representative",
                           "chief", "chairman", "chairwoman", "coordinator", "manager", "minister", "ambassador", "envoy",
                           "adviser", "advisor", "aide", "lawyer", "attorney", "commander", "analyst", "researcher",
                           "investigator", "inspector", "secretary", "president", "head", "leader", "deputy"})
# words of position before a place name that make a part of it ("Upper Edmonton", "Greater Manchester", "Lower Manhattan")
_PLACE_PARTS = frozenset({"upper", "lower", "greater", "central", "inner", "outer", "downtown", "uptown", "midtown", "northern",
                          "southern", "eastern", "western", "north", "south", "east", "west", "northeast", "northwest",
                          "southeast", "southwest", "suburban", "rural"})
# first words of a two-word name that make it no person's even with a family name ("Crolley Motors" aside)
_NOT_GIVEN_NAMES_WORDS = frozenset({"the", "fort", "port", "mount", "lake", "saint", "st", "new", "north", "south", "east", "west"})
_SAYING = frozenset({"say", "tell", "add", "state", "announce", "declare", "explain", "note", "insist", "claim", "write", "reply",
                     "tweet", "exclaim", "argue", "stress"})
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Lord|Dame|Madam|Madame)\.?\s+$")
_QUOTE = re.compile(r"[\"“”]|``|''")
# verbs of quoting someone ("quoted X as saying", "cited X as saying")
_QUOTING = frozenset({"quote", "cite"})
_POSSESSIVE = re.compile(r"\b(his|her|its|their)\s+$", re.I)
# the words of a person's name before the family name: a given name and initials, nothing else ("Joseph F. ")
_GIVEN_BEFORE = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]\.))*[ \t]+")
# a capitalised word right after a title, whose name it is ("King Abdullah")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# a ship's name after a navy's prefix ("USS Cole", "HMS Diamond", "INS Mysore")
_NAVY_SHIP = re.compile(r"\b([A-Z]{3,5})[ \t]+(?=[A-Z][a-z])")
# a word for people of a town after its name ("a Palestine man"), and what goes before the name ("a 36-year-old", "two")
_TOWNSFOLK = re.compile(r"[ \t]+(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|teenagers|couple|youth|resident|residents)\b")
_TOWNSFOLK_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|\d+)|-year-old)[ \t]+(?:\S+[ \t]+)?\Z")
# a given name, middle initials and a family name ("Tyrise M. Bell", "Gregory M. Crolley"): a person's, whatever the parser says
_INITIALLED_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z]\.)+[ \t]+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")

# sectors of domestic actors that take the document's country when the text names none
_HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "CVL", "CRM", "REB", "BUS", "EDU", "HLH", "LAB", "REL", "AGR", "ELI"})
# people words for someone whose identity the text does not know yet: no country but the phrase's own ("the
# perpetrators" of an attack, "the abductors" are as often foreign as not; "Syrian abductors" keep Syria)
_UNKNOWN_WHO = frozenset({"perpetrator", "perpetrators", "abductor", "abductors", "robber", "robbers", "thief", "thieves",
                          "burglar", "burglars", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
                          "bomber", "bombers", "arsonist", "arsonists", "kidnapper", "kidnappers", "shooter", "shooters",
                          "intruder", "intruders", "carjacker", "carjackers", "looters", "vandals", "hijacker", "hijackers",
                          "pirate", "pirates", "brigand", "brigands"})


def _unknown_who(text: str, actor: Actor) -> bool:
    """Is ``actor``, named by the phrase ``text``, someone of unknown identity ("the perpetrators of the attack"): a
    criminal named by such a word ("police hunting the perpetrators" are the police, of the story's country)?"""
    return actor.get("sector") == "CRM" and not _UNKNOWN_WHO.isdisjoint(re.findall(r"[a-z]+", text.lower()))


# people the text calls foreign to the story's country: "a Western diplomat", "foreign journalists" are of no home country
# ... and states of a region taken together: "three Gulf states", "Gulf Arab states", "African leaders" are of no one
# country
_FOREIGN_WHO = re.compile(r"\b(?:foreign|western|overseas|expatriate|expat|visiting)\b(?!\s+(?:minist|secretar|office|affairs|polic))"
                          r"|\b(?:gulf|arab|african|european|asian|nordic|baltic|balkan)(?:\s+arab)?\s+"
                          r"(?:states|countries|nations|governments|monarchies|powers|leaders|rulers|neighbou?rs|allies)\b",
                          re.IGNORECASE)


# sectors of institutions a definite description refers back to ("the ministry", "the company", "the university", "the hospital")
_CARRIED_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "BUS", "EDU", "HLH"})
# small words a headline in title case leaves in lower case
_HEADLINE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "over",
                             "as", "after", "into", "near", "off", "up", "out", "than", "vs", "but", "nor", "per", "via"})
# pseudo-countries that are no home
_NOT_HOME = frozenset({"IGO", "UNO"})
#: "federal" in an actor's own words, and the state sectors it makes a federation's
_FEDERAL = re.compile(r"\bfederal\b", re.IGNORECASE)
_FEDERAL_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: a state's own bodies, its media included: of a former state while it stood
_STATE_BODY_SECTORS = _FEDERAL_SECTORS | {"MED"}
#: the word for India's people that also names the Americas' native peoples, and the region where the news uses it so
_INDIANS = frozenset({"indian", "indians"})
_LATIN_AMERICA = "Latin America and the Caribbean"
#: words after "Indian" in a story of Latin America that name native peoples and their communities ("Indian peasants")
_NATIVE_WORDS = frozenset({"peasant", "peasants", "villager", "villagers", "village", "villages", "community", "communities",
                           "tribe", "tribes", "tribal", "peoples", "confederation", "movement", "rights", "land", "lands",
                           "territory", "territories", "reservation", "reservations", "uprising", "settlement", "settlements"})

# third-person pronouns of one person: with nobody named for them, someone of the article's home country
_PERSON_PRONOUNS_AT_HOME = frozenset({"he", "she", "him", "her", "his", "they", "them", "their"})
# words that stand for people the text does not name, as an event's side: "anyone else was injured", "a third is being
# sought", "the pair": someone of the story's country, as above (not "those", which may stand for acts or things: "of
# those killed, 11 were killed in Tanzania", "those with ponies")
_PEOPLE_UNNAMED_AT_HOME = re.compile(
    r"(?:anyone|anybody|someone|somebody|everyone|everybody)(?: else)?"
    r"|(?:a|the) (?:second|third|fourth|fifth|sixth)(?: (?:man|woman|person|suspect|one))?"
    r"|(?:the )?(?:pair|trio)|(?:both|the two|the three|the warring|the rival) (?:sides|parties)")  # not a bare number: "Eight of the 14 killings were under investigation" counts acts
# of those, the words for someone the text does not know: as the one who acts they are an unknown perpetrator, of no
# country (settling rule 14: "someone threw a grenade", "was attacked by someone"), as are people a relative clause
# describes in general ("anyone who is caught", "everyone who ate at the restaurant")
_UNKNOWN_PEOPLE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody"})
# words for a group the text has just named: of one country only when all the countries named before are that one
# ("Ministers from France and Germany met; the pair agreed ...": of neither alone; "both sides agreed to halt
# offensive operations" in a story of one country's war are of that country)
_GROUPS_NAMED_BEFORE = frozenset({"pair", "trio", "sides", "parties"})
#: of those, the words for the sides of a conflict, which need two sides of the story's country named before them (not a
#: venue, a mediator or a dateline: "In Oslo, both sides ...", "China called on both sides ...")
_SIDES = frozenset({"sides", "parties"})
#: words a definite description refers back to an organisation with ("the group said", "the front would cooperate"):
#: the first set stands for any movement, party or armed group outside the state; the second only for a body whose
#: name holds the word ("the commission" for the Securities and Exchange Commission, "the alliance" for the Awami
#: League-led alliance)
_BODIES_OF_ANY_NAME = frozenset({"group", "organisation", "organization", "movement", "outfit", "faction", "network"})
_BODIES_BY_NAME = frozenset({"front", "alliance", "coalition", "committee", "commission", "panel", "agency"})
#: the sectors of the bodies "the group" or "the movement" may stand for: movements, parties, armed groups, militias,
#: unions and campaigning organisations (no state body, company or outlet)
_NON_STATE_SECTORS = frozenset({"REB", "INS", "OPP", "PTY", "SEP", "NGO", "HRI", "ENV", "CRM", "PRM", "UAF", "LAB", "REL"})
_BODY_REFERENCE = re.compile(r"[Tt]he ((?:[A-Za-z-]+ ){0,2})([a-z]+)")
#: the words that may describe a body referred back to ("the armed group", "the banned movement"); any other word makes
#: another body of it ("the rival faction", "the protest movement", "the working group", "the Maute group")
_BODY_DESCRIBED = frozenset({"armed", "rebel", "militant", "militia", "extremist", "jihadist", "islamist", "islamic", "terrorist",
                             "insurgent", "separatist", "radical", "banned", "outlawed", "guerrilla", "opposition", "leftist",
                             "left-wing", "right-wing", "rightist", "communist", "maoist", "underground", "hardline",
                             "hard-line", "shadowy", "secretive", "little-known", "clandestine", "exiled", "ruling", "powerful",
                             "main", "umbrella", "sunni", "shiite", "shia", "kurdish", "marxist"})
#: the words of those that an international body is named by as often ("the organisation", "the agency"): not when
#: one was named near it
_IGO_WORDS = frozenset({"organisation", "organization", "agency", "commission", "committee", "panel"})
#: sentences before its own a definite description looks back for the body it stands for
_BODY_REACH = 3


# a country named as the backer of a group, not its own: "Iran-backed", "Russia-aligned", "US-funded"
BACKER = re.compile(r"-(?:backed|aligned|allied|supported|sponsored|funded|financed|armed|trained|linked|affiliated|inspired|friendly)\b",
                     re.IGNORECASE)


# a cause a country's name or people's adjective is the object of: "pro-Russian", "anti-Israel", "pro-Kurdish"
_CAUSE_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# a region's people named with a country's demonym: "Latin American", "Central American", "South American"
_REGION_DEMONYM = re.compile(r"\b(?:Latin|South|Central|North|Pan)[- ]Americans?$")


def _founded_after(entry: Entry, on: _dt.date, *, years: int) -> bool:
    """Is ``entry`` an organisation whose first period begins more than ``years`` years after the day ``on``?"""
    starts = [r.start for r in entry.roles] if entry.kind == "organisation" and entry.roles else []
    return bool(starts) and all(s is not None for s in starts) and min(cast(list[_dt.date], starts)).year - on.year > years


#: lower-case words between a people's name and a family name that describe the person ("Brazilian midfielder Neto")
_DESCRIBED_BY = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}")


def _of_its_countries(entry: Entry, pieces: list[Piece], on: _dt.date) -> bool:
    """Does a phrase that names a known person by family name alone, out of office on the day ``on``, name no country or
    people but the person's own ("Brazilian midfielder Neto" is no dead Angolan president)? One in office keeps the
    reading whatever people the phrase names ("Serbian leader Karadzic", "Albanian leader Rugova")."""
    if entry.roles_on(on):
        return True
    named = {str(p.ref) for p in pieces if p.kind in ("country", "demonym")}
    own = {entry.country, *(r.country for r in entry.roles)}
    return not named or bool(named & own)


def _no_country_of_its_own(p: Piece, text: str) -> bool:
    """Does the country piece ``p`` of ``text`` give no country to the phrase it stands in: a group's backer ("an
    Iran-backed militia", "the Russia-aligned group") or a region's people ("Latin American leaders", "Central American
    migrants")?"""
    if p.kind in ("country", "demonym", "capital") and BACKER.match(text, p.end):
        return True
    if p.kind in ("country", "demonym") and _CAUSE_BEFORE.search(text, 0, p.start):
        return True  # "pro-Palestinian demonstrators" in Ottawa, "anti-Israel activists": a cause, no nationality
    if p.kind == "entry" and p.ref.startswith("organisation:") and _CAUSE_BEFORE.search(text, 0, p.start):
        return True  # "anti-Sandinista rebels", "anti-Taliban forces" fight the group
    return p.kind == "demonym" and _REGION_DEMONYM.search(text, 0, p.end) is not None


class DocumentActors:
    """Every actor mention of a parsed document, resolved, with coreference.

    ``mentions`` lists the actors in text order (each with ``text``, ``start``,
    ``end`` in character offsets of ``doc.text``); :meth:`at` answers for any
    character span.
    """

    def __init__(self, doc: Doc, resolver: ActorResolver, *, published: Optional[str] = None):
        self.doc = doc
        self.text: str = doc_text(doc)
        self.resolver = resolver
        self.kb = self.resolver.kb
        self.published = published
        self._cache: dict[tuple[int, Optional[str], bool], Optional[Actor]] = {}
        self._parsed = bool(getattr(doc, "has_annotation", None) and doc.has_annotation("DEP"))
        self._ents = list(getattr(doc, "ents", ()))
        self._datelines = [m.span() for m in DATELINE.finditer(self.text)]
        self._places: Counter[str] = Counter()  # countries of the places the text names (see add_places)
        self.places_added = False
        self._relocated: dict[str, str] = {}  # place names read as another country's homonym (see relocate)
        self._capitals_named: Optional[list[str]] = None  # countries of the capitals and places named (see _places_named)
        self._scanned: list[Piece] = []  # every known name the text holds, as the knowledge scan found it (see _phrases)
        self.phrases = self._phrases()
        self.people: dict[str, PersonInfo] = {}
        self._person_of: dict[int, PersonInfo] = {}  # phrase index -> person
        self._doc_countries: Optional[tuple[set[str], set[str]]] = None  # countries the text names, of its towns (see _names_country_of)
        self._learn()
        self.mentions: list[Actor] = []
        self._mention_phrase: list[int] = []
        self._build_mentions()

    def _build_mentions(self) -> None:
        self.mentions = []
        self._mention_phrase = []
        for i, ph in enumerate(self.phrases):
            actor = self._resolve_phrase(i, self.published, self._is_agent(ph))
            if actor is None and not any(p.kind == "name" for p in ph.pieces):
                continue
            if actor is None:
                label = next(p.ref for p in ph.pieces if p.kind == "name")
                kind = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}.get(label)
                if kind is None:
                    continue
                actor = {"name": ph.pieces[-1].text, "kind": kind, "code": None, "country": None, "sector": None,
                         "plover_sector": None, "role": None}
            actor.update({"text": self.text[ph.start:ph.end], "start": ph.start, "end": ph.end})
            self.mentions.append(actor)
            self._mention_phrase.append(i)

    # -- building ----------------------------------------------------------------
    def _in_dateline(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self._datelines)

    def _namesake_of_named(self, p: Piece, named: set[str]) -> Piece:
        """Of the bodies one alias names ("SDF": Japan's Self-Defense Forces and the Syrian Democratic Forces), the one
        of a country the text names (a dateline included) when the first reading's country is not named."""
        if p.kind != "entry" or len(p.alternatives) < 2:
            return p
        first = self.kb.entries.get(p.ref)
        if first is None or first.kind == "person" or first.country in named:
            return p
        other = next((h for h in p.alternatives if h.type == "entry" and h.ref in self.kb.entries
                      and self.kb.entries[h.ref].kind != "person" and self.kb.entries[h.ref].country in named), None)
        if other is None and first.kind == "organisation":
            # "LIMA (Reuters) - Congress voted ...": a body's generic alias in a story filed from another country is that
            # country's body of that name, read as the role word it also is
            role = next((h for h in p.alternatives if h.type == "role"), None)
            dateline = self.dateline_country if self._datelines else None
            if role is not None and dateline and dateline != first.country and dateline not in _NOT_HOME:
                return Piece(p.start, p.end, p.text, "role", role.ref)
        return replace(p, ref=other.ref) if other is not None else p

    def _context_country(self, p: Piece) -> Optional[str]:
        """The country a context-only alias ``p`` stands for: of the countries it may name on the story's day (the
        North was North Vietnam's only until 1976), the one whose region the text names most, by its word or by the
        capitals and places of its countries ("the North" is North Korea where "Korea", "Seoul" or "Pyongyang" is
        named, Vietnam's North in 1972 where "Vietnam" or "Saigon" is), or None when the text names none of them."""
        on = self.resolver.day(self.published)
        best, most = None, 0
        for ref in dict.fromkeys([h.ref for h in p.alternatives if h.type == "context"] or [p.ref]):
            c = self.kb.countries.get(ref)
            if c is None or (c.context_until is not None and on > c.context_until):
                continue
            region = c.name.split()[-1]
            kin = {k for k, o in self.kb.countries.items() if o.name.split()[-1] == region}  # North and South Korea
            n = len(re.findall(rf"\b{re.escape(region)}", self.text)) + sum(
                1 for q in self._places_named() if q in kin)
            if n > most:
                best, most = ref, n
        return best

    def _places_named(self) -> list[str]:
        """The countries of the capitals, seats, places and known people the text names, once per mention ("Seoul",
        "Saigon", "Kim Jong Un")."""
        if self._capitals_named is None:
            named: list[str] = []
            for q in self._scanned:
                if q.kind in ("capital", "seat", "city"):
                    named.append(str(q.ref))
                elif q.kind == "entry" and (e := self.kb.entries.get(q.ref)) is not None and e.kind == "person" and e.country:
                    named.append(str(e.country))
            self._capitals_named = named
        return self._capitals_named

    def _first_peoples_of_the_americas(self, pieces: list[Piece]) -> list[Piece]:
        """"Indian peasants" in Guatemala, "Mayan Indians" in Mexico: in a text that names places or peoples of Latin America
        or the Caribbean and nothing of India but the word "Indian(s)", "Indian" before a word for native peoples' villages,
        lands and communities names the Americas' native peoples, not India's; it gives no country (the story's own fills
        it in). Before any other word ("Indian troops", "an Indian tanker", "Indian leaders", "Indian protesters", which
        India's news names beside Latin America's embassies and envoys as often), and "Indians" alone (which would be
        left with no actor at all), it stays India's."""
        text = self.text
        indian = [p for p in pieces if p.kind == "demonym" and p.ref == "IND" and norm(p.text) == "indian"
                  and self._native_word_after(text, p.end)]
        if not indian:
            return pieces
        india = any(p.ref == "IND" or (p.kind == "entry" and (e := self.kb.entries.get(p.ref)) is not None and e.country == "IND")
                    for p in pieces if p.kind != "demonym" or norm(p.text) not in _INDIANS)
        # (the story's places or peoples in Latin America, more than once: "Argentine wheat imports" in a story of Punjab
        # is no story of the Americas)
        americas = sum(1 for p in pieces if p.kind in ("country", "demonym", "capital", "seat", "city")
                       and (c := self.kb.countries.get(str(p.ref))) is not None and c.region == _LATIN_AMERICA) >= 2
        return [p for p in pieces if p not in indian] if americas and not india else pieces

    @staticmethod
    def _native_word_after(text: str, pos: int) -> bool:
        """Is the word right after ``pos`` one for native peoples and their communities ("Indian peasants", "Indian
        villages")?"""
        after = _WORD_AFTER.match(text, pos)
        return after is not None and after.group(1).lower() in _NATIVE_WORDS

    def _phrases(self) -> list[_Phrase]:
        text = self.text
        pieces = self._scanned = _pieces_from_matches(self.kb.scan(text), text)
        # context-only aliases ("the North") need their region named elsewhere ("Korea")
        kept = []
        for p in pieces:
            if p.kind == "context":
                country = self._context_country(p)
                if country is None:
                    continue
                p = replace(p, ref=country)
            if _no_country_of_its_own(p, text) or not self.resolver.word_holds(p, text):
                continue
            kept.append(p)
        kept = self._first_peoples_of_the_americas(kept)
        named_countries = {p.ref for p in kept if p.kind in ("country", "demonym", "capital", "seat")}
        # ... and the countries of the known people it names ("Prime Minister Narendra Modi": a text of India, where
        # "Congress" is India's party)
        named_countries |= {str(e.country) for p in kept if p.kind == "entry" and len(p.alternatives) < 2
                            and (e := self.kb.entries.get(p.ref)) is not None and e.kind == "person" and e.country}
        # (an acronym's namesakes also by the cities the text names: "RPF" at Howrah station is India's railway police)
        in_cities = named_countries | {str(p.ref) for p in kept if p.kind == "city"}
        pieces = [self._namesake_of_named(p, in_cities if p.text.isupper() else named_countries) for p in kept
                  if not self._in_dateline(p.start, p.end)
                  and not _outlet_opening_a_name(p, text, self.kb)]
        pieces = self._navy_ships(pieces)
        # a person the parser found is not a place: "Ana Lima" holds no capital of Peru
        named_words = {_possessive_stem(w) for run in _CAPITALISED_RUN.finditer(text) for w in run.group().split()}
        for ent in self._ents:
            if ent.label_ != "PERSON":
                continue
            inside = [p for p in pieces if ent.start_char <= p.start and p.end <= ent.end_char]
            # an organisation's one-word name ending a person's name is the family name: "Rep. Joseph F. Wagner" is
            # no Wagner Group; and so is a title word: "Billy King", "Stephen King" hold no king
            surname = [p for p in inside if _ends_the_name(text, p, ent.start_char, ent.end_char) and (
                (p.kind == "entry" and p.ref.startswith("organisation:"))
                or (p.kind == "role" and p.text[:1].isupper() and not any(q.kind == "role" for q in inside if q.start < p.start)))]
            if surname:
                pieces = [p for p in pieces if p not in surname]
                inside = [p for p in inside if p not in surname]
            if inside and not any(p.kind == "entry" for p in inside):
                if len(inside) == 1 and (inside[0].start, inside[0].end) == (ent.start_char, ent.end_char) \
                        and inside[0].kind in ("capital", "seat", "city", "country") and _possessive_stem(inside[0].text) not in named_words:
                    continue  # "Russian strikes on Kharkiv", "the government of Mali": a place the parser took for a person,
                    #           no person's name in the text
                pieces = [p for p in pieces if not (p in inside and p.kind in ("capital", "seat", "country", "city"))]
        pieces = _capitals_in_names(text, _new_places(text, pieces), self.doc if self._parsed else None)
        pieces = _place_homonyms(text, pieces, self.doc if self._parsed else None)
        pieces = self.resolver.tails_of_other_names(pieces, text, self.doc if self._parsed else None)
        covered = _Covered((p.start, p.end) for p in pieces)
        # unknown names the parser found; a lone word that is the family name of a person the parser named in full is
        # that person whatever label the parser gave it ("Hernandez was kidnapped" after "Jorge Hernandez")
        surnames = {_possessive_stem(e.text.split()[-1]) for e in self._ents if (e.label_ == "PERSON" or _INITIALLED_NAME.fullmatch(e.text))
                    and len(e.text.split()) >= 2}
        for ent in self._ents:
            if ent.label_ not in _NAME_LABELS:
                continue
            lo, hi = ent.start_char, ent.end_char
            for a, b in _capitalised_runs(text, lo, hi, covered):
                label = ent.label_ if ent.label_ in ("PERSON", "ORG", "NORP") else "GPE"
                if label == "ORG" and _INITIALLED_NAME.fullmatch(text[a:b]):
                    label = "PERSON"  # "Tyrise M. Bell": a given name, an initial and a family name are a person's
                if label == "ORG" and (a, b) == (lo, hi) and self._named_holder(ent):
                    label = "PERSON"  # "said a protection officer, Ana Ruiz": a name in apposition to a person's title
                words = text[a:b].split()
                if label != "PERSON" and (_possessive_stem(text[a:b]) in surnames or (
                        len(words) == 2 and words[0][:1].isupper() and _possessive_stem(words[-1]) in surnames
                        and words[0].lower() not in _NOT_GIVEN_NAMES_WORDS)):
                    # "Amelia Crolley" after "Gregory M. Crolley": a given name and a family name the text gave a person
                    label = "PERSON"
                pieces.append(Piece(a, b, text[a:b], "name", label))
                covered.append((a, b))
        # a lone title word that is the family name of a person the text named in full is that person ("King said" after
        # "Billy King"), unless a name follows it as a title's ("King Abdullah")
        for k, p in enumerate(pieces):
            if p.kind == "role" and " " not in p.text and p.text[:1].isupper() and _possessive_stem(p.text) in surnames \
                    and (word := self.kb.role_words.get(p.ref)) is not None and word.is_role \
                    and not _CAPITALISED_AFTER.match(text, p.end) and not _ARTICLE_BEFORE.search(text, max(0, p.start - 5), p.start):
                pieces[k] = Piece(p.start, p.end, p.text, "name", "PERSON")
        # a name with an age in apposition is a person's, whatever label the parser gave it ("Ana Lima, 34, was charged")
        for k, p in enumerate(pieces):
            if p.kind == "name" and p.ref != "PERSON" and _aged_at(text, p.end):
                pieces[k] = Piece(p.start, p.end, p.text, "name", "PERSON")
        for age in _AGE_AFTER.finditer(text):
            if _aged_at(text, age.start()):
                pieces = self._aged_name(pieces, age.start())
                covered = _Covered((p.start, p.end) for p in pieces)
        # names right after a title or in apposition to a kinship word
        for p in list(pieces):
            if p.kind == "role" and self.kb.role_words.get(p.ref) and self.kb.role_words[p.ref].is_role:
                runs = _capitalised_runs(text, p.end, min(len(text), p.end + 60), covered)
                if runs and not text[p.end:runs[0][0]].strip():
                    a, b = runs[0]
                    # the parser may have named only the family name: "Mayor Sadiq Khan" with "Khan" a person
                    rest = next((q for q in pieces if q.kind == "name" and q.ref == "PERSON" and q.start > b
                                 and text[b:q.start] in {" ", "\t"}), None)
                    if rest is not None:
                        pieces.remove(rest)
                        b = rest.end
                    # a weekday after the name says when, names nobody ("Defense Secretary Tuesday said")
                    run = list(WORD_RE.finditer(text, a, b))
                    while run and run[-1].group().lower() in _WEEKDAYS:
                        run.pop()
                    if run:
                        b = run[-1].end()
                        pieces.append(Piece(a, b, text[a:b], "name", "PERSON"))
                        covered.append((a, b))
            if p.kind in ("kinship", "role"):
                m = re.match(r"[ \t]*,[ \t]*", text[p.end:])
                if m:
                    runs = _capitalised_runs(text, p.end + m.end(), min(len(text), p.end + m.end() + 60), covered)
                    if runs and runs[0][0] == p.end + m.end() and not covered.covers(runs[0][0]):
                        a, b = runs[0]
                        pieces.append(Piece(a, b, text[a:b], "name", "PERSON"))
                        covered.append((a, b))
        # later short mentions of the people named so far ("Kim", "Moon", "Mr. Xi")
        name_words: set[str] = set()
        for p in pieces:
            if p.kind == "name" and p.ref == "PERSON" or self._is_person_entry(p):
                full = self.kb.entries[p.ref].name if p.kind == "entry" else p.text
                words = [w for w in re.split(r"\s+", full) if w[:1].isupper()]
                if len(words) >= 2:
                    name_words.update(words)
        if name_words:
            for m in WORD_RE.finditer(text):
                w = _possessive_stem(m.group())
                if w in name_words and not covered.covers(m.start()):
                    pieces.append(Piece(m.start(), m.start() + len(w), w, "name", "PERSON"))
                    covered.append((m.start(), m.start() + len(w)))
        # a name before an apposition with a title: "Ana Lima, the Brazilian ambassador,"
        for p in list(pieces):
            if p.kind not in ("role", "kinship"):
                continue
            before = text[max(0, p.start - 120):p.start]
            m = _APPOS_BEFORE.search(before)
            if not m:
                continue
            lo = p.start - len(before) + m.start()
            runs = _capitalised_runs(text, max(0, lo - 60), lo, covered)
            if runs and runs[-1][1] <= lo and not text[runs[-1][1]:lo].strip() and \
                    len(text[runs[-1][0]:runs[-1][1]].split()) >= 2:
                a, b = runs[-1]
                pieces.append(Piece(a, b, text[a:b], "name", "PERSON"))
                covered.append((a, b))
        pieces = [p for p in pieces if p.kind != "name" or norm(p.text) not in _HONORIFICS]
        pieces.sort(key=lambda p: (p.start, -p.end))
        # drop pieces nested in an earlier one
        flat: list[Piece] = []
        for p in pieces:
            if flat and p.start < flat[-1].end:
                continue
            flat.append(p)
        phrases: list[_Phrase] = []
        for p in flat:
            if phrases:
                cur = phrases[-1]
                last = cur.pieces[-1]
                gap = text[last.end:p.start]
                kinds = cur.kinds()
                possessive_person = ("'" in gap or "’" in gap or last.text.endswith(("'s", "’s"))) and (
                    last.kind == "name" or self._is_person_entry(last))
                if _GAP_JOIN.match(gap) and not possessive_person and not (last.kind == "name" and p.kind == "name") and not (
                    cur.has_person_name(self.kb) and (p.kind == "name" or self._is_person_entry(p))
                ):
                    cur.pieces.append(p)
                    continue
                if _GAP_OF.match(gap) and last.kind in ("role", "entry") and p.kind in ("country", "capital", "seat", "demonym", "city"):
                    cur.pieces.append(p)
                    continue
                # "Jan Kavan of the Czech Republic": an unknown person's country
                if _GAP_OF.match(gap) and last.kind == "name" and last.ref == "PERSON" and p.kind == "country" and \
                        " of " in f" {gap.strip().lower()} " and not _state_homonym(p):
                    cur.pieces.append(p)
                    continue
                if _GAP_IN.match(gap) and kinds <= {"role", "modifier"} and p.kind in ("country", "capital", "demonym", "city") and \
                        norm(last.text) not in _POSTED_ABROAD:
                    cur.pieces.append(p)
                    continue
                if _GAP_BASED.match(gap) and kinds <= {"country", "capital", "city"} and p.kind == "name" and p.ref == "ORG":
                    cur.pieces.append(p)
                    continue
            phrases.append(_Phrase([p]))
        # modifiers at the end belong to what follows ("the North's nuclear ...")
        for ph in phrases:
            while len(ph.pieces) > 1 and ph.pieces[-1].kind == "modifier":
                ph.pieces.pop()
        # phrases of modifiers or kinship words alone name nobody
        return [ph for ph in phrases if ph.kinds() - {"modifier", "kinship"} or self._kin_appos(ph)]

    def _aged_name(self, pieces: list[Piece], at: int) -> list[Piece]:
        """``pieces`` with the capitalised words right before the age at ``at`` read as one person's name ("Chester Banks,
        45," is no bank): two to four words, after any title or place word that opens them ("Police Chief Ana Ruiz, 45,"),
        unless a name of the files is among them."""
        text = self.text
        words = list(re.finditer(r"[A-Z][\w.'’-]*", text[max(0, at - 80):at]))
        lo = max(0, at - 80)
        run: list[tuple[int, int]] = []
        for w in reversed(words):
            a, b = lo + w.start(), lo + w.end()
            if (run and text[b:run[0][0]] not in {" ", "\t"}) or (not run and b != at):
                break
            run.insert(0, (a, b))
        while run and (norm(text[run[0][0]:run[0][1]]) in _HONORIFICS or any(
                q.kind != "name" and q.start <= run[0][0] < q.end for q in pieces)):
            run.pop(0)  # "Police", "Chief", "The", "Canadian": a title, an article, a nationality
        if not 2 <= len(run) <= 4:
            return pieces
        a, b = run[0][0], run[-1][1]
        if any(q.start < b and q.end > a and not (a <= q.start and q.end <= b) for q in pieces) or any(
                q.kind == "entry" and a <= q.start and q.end <= b for q in pieces):
            return pieces  # a piece across the edge, or someone the files know
        return [q for q in pieces if not (a <= q.start and q.end <= b)] + [Piece(a, b, text[a:b], "name", "PERSON")]

    def _named_holder(self, ent: "Span") -> bool:
        """Is the entity ``ent`` (which the parser calls an organisation) a person's name in apposition to a title of a
        person ("said a UNHCR protection officer, Ana Ruiz", "the agency's director, Tomas Lee")? Two or three
        capitalised words of letters only, the apposition of a singular noun for one who holds a post."""
        if not self._parsed or not 2 <= len(ent) <= 3 or not all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", t.text) for t in ent):
            return False
        root = ent.root
        return root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.tag_ == "NN" and \
            root.head.lemma_.lower() in _POST_HOLDERS and root.head.i < ent.start

    def _kin_appos(self, ph: _Phrase) -> bool:
        return "kinship" in ph.kinds()

    def _given_name_before(self, start: int) -> Optional[str]:
        """The given name written right before ``start`` ("Sadiq" in "Sadiq Khan"), normalised, or None.

        A capitalised word that names nothing else (no place, title or known name) is read as one.
        """
        m = _WORD_BEFORE.search(self.text[max(0, start - 40):start])
        if m is None:
            return None
        word = m.group(1)
        if word.lower() in _not_given_names():
            return None  # "When Khan arrived", "On Tuesday Khan met": a function word or a day or month names nobody
        if any(p.kind != "name" for p in self.resolver.pieces(word)) or self.kb.scan(word):
            return None
        return norm(word)

    def _capitalised_modifier_before(self, start: int) -> bool:
        """Is the word right before ``start`` a capitalised adjective of the files' modifiers ("New", "Central", "National";
        not "Former" or "Acting", which do go before a name), so that what follows is the end of a longer name?"""
        m = _WORD_BEFORE.search(self.text[max(0, start - 40):start])
        if m is None:
            return False
        pieces = self.resolver.pieces(m.group(1))
        return bool(pieces) and all(p.kind == "modifier" and p.ref == "mod" for p in pieces)

    def _is_person_entry(self, p: Piece) -> bool:
        return p.kind == "entry" and p.ref in self.kb.entries and self.kb.entries[p.ref].kind == "person"

    def _names_country_of(self, entry: Entry) -> bool:
        """May a family name alone stand for ``entry`` here? Not in a story set in another country's towns that never names
        the figure's country: its name, a demonym, its capital, a town of it, or a known person (in full) or body of it."""
        country = entry.home_country()
        if not country or country in ("IGO", "UNO"):
            return True
        if self._doc_countries is None:
            found: set[str] = set()
            towns: set[str] = set()
            for p in self.resolver.pieces(self.text, names=False):
                if p.kind in ("country", "demonym", "capital"):
                    found.add(p.ref)
                elif p.kind == "city" and (homes := _place_countries(p)):
                    towns.add(homes[0])
                elif p.kind == "entry" and p.ref in self.kb.entries and (len(p.text.split()) > 1 or not p.ref.startswith("person:")):
                    home = self.kb.entries[p.ref].home_country()  # "President Barack Obama", "Congress": the story is American
                    if home:
                        found.add(home)
            self._doc_countries = (found, towns)
        found, towns = self._doc_countries
        # only a story set in another country's towns rules the figure out ("Brown" in an Indianapolis crime story);
        # one that names no town, or only capitals ("As Khan landed in Beijing"), leaves the figure the reader knows
        return country in found or country in towns or not towns

    def _person_name(self, ph: _Phrase) -> Optional[tuple[str, str, Optional[Entry]]]:
        """(key, display name, entry) of the person a phrase names, if any."""
        for p in reversed(ph.pieces):
            if self._is_person_entry(p):
                p = self.resolver.person_of_the_day(p, self.resolver.day(self.published))  # "George Bush" in 1990
                e = self.kb.entries[p.ref]
                return norm(e.name), e.name, e
            if p.kind == "name" and p.ref == "PERSON":
                return norm(_possessive_stem(p.text)), _possessive_stem(p.text), None
        return None

    def _learn(self) -> None:
        """First pass: people, their full names, and what the text says about them."""
        kb = self.kb
        named: list[tuple[int, str, str, Optional[Entry]]] = []
        self._names = [self._person_name(ph) for ph in self.phrases]
        for i, _ph in enumerate(self.phrases):
            found = self._names[i]
            if found:
                named.append((i, *found))
        full = {key: (name, entry) for _, key, name, entry in named if len(key.split()) >= 2 or entry is not None}
        for i, key, name, entry in named:
            target = key
            if entry is None and key not in full or (entry is None and len(key.split()) == 1):
                target = self._corefer(key, self.phrases[i].start, full) or key
            info = self.people.get(target)
            if info is None:
                if target in full:
                    fname, fentry = full[target]
                else:
                    fname, fentry = name, entry
                    if len(key.split()) == 1:  # a lone family name of someone in the files
                        surnamed = self.resolver.narrow_surname(
                            kb.by_surname(key), [p.text for p in self.phrases[i].pieces if p.kind == "role"], self.published)
                        given = self._given_name_before(self.phrases[i].start)
                        if given and not any(norm(e.name).startswith(given) for e in surnamed):
                            surnamed = []  # "Sadiq Khan" read as "Khan": someone else of that family name
                        named_at = next((p.start for p in reversed(self.phrases[i].pieces) if p.kind == "name"), self.phrases[i].start)
                        if self._capitalised_modifier_before(named_at):
                            surnamed = []  # "New Moon", "Central Park": the family name is the end of another name
                        titles = [p for p in self.phrases[i].pieces if p.kind == "role"]
                        if len(surnamed) == 1 and not titles and not self._names_country_of(surnamed[0]):
                            surnamed = []  # "Brown and Jordan shot ..." in an Indianapolis story: not the British premier
                        before = self.phrases[i - 1] if i else None
                        described = before.pieces if before is not None and before.kinds() <= {"demonym", "country", "modifier"} \
                            and _DESCRIBED_BY.fullmatch(self.text, before.end, self.phrases[i].start) else []
                        if len(surnamed) == 1 and not _of_its_countries(surnamed[0], [*described, *self.phrases[i].pieces],
                                                                        self.resolver.day(self.published)):
                            surnamed = []  # "Guinean opposition leader Toure", "Brazilian midfielder Neto": no one of the files
                        if len(surnamed) == 1:
                            fentry, fname, target = surnamed[0], surnamed[0].name, norm(surnamed[0].name)
                info = self.people.setdefault(target, PersonInfo(target, fname, fentry))
            info.positions.append(self.phrases[i].start)
            self._person_of[i] = info
            self._learn_from(info, self.phrases[i].pieces)
            self._learn_gender(info, self.phrases[i])
            if _aged_at(self.text, self.phrases[i].end):
                info.aged = True
        # appositions: "Jang Song Thaek, his uncle," and "his uncle, Jang Song Thaek"
        for i in range(len(self.phrases) - 1):
            a, b = self.phrases[i], self.phrases[i + 1]
            gap = self.text[a.end:b.start]
            if not _APPOS.match(gap) or self._fronted_before_subject(a, b) or self._subject_of_next_verb(b):
                continue
            pa, pb = self._person_of.get(i), self._person_of.get(i + 1)
            if not ({"role", "kinship"} & (a.kinds() | b.kinds())):
                continue
            if pa is not None and pb is None and b.kinds() <= {"role", "kinship", "modifier", "country", "demonym"}:
                self._learn_from(pa, b.pieces, kin_at=b.start)
                self._learn_gender(pa, b)
                self._person_of[i + 1] = pa
            elif pb is not None and pa is None and a.kinds() <= {"role", "kinship", "modifier", "country", "demonym"}:
                self._learn_from(pb, a.pieces, kin_at=a.start)
                self._learn_gender(pb, a)
                self._person_of[i] = pb
        # an apposition of nationality: "Tom Walsh, a British engineer," and "Tom Walsh, the Briton," are British
        # wherever the story is
        for i in range(len(self.phrases) - 1):
            a, b = self.phrases[i], self.phrases[i + 1]
            pa = self._person_of.get(i)
            if pa is None or pa.country is not None or pa.entry is not None or i + 1 in self._person_of:
                continue
            gap = self.text[a.end:b.start]
            if not (_APPOS_INDEFINITE.match(gap) or _APPOS_THE.match(gap)) or self._fronted_before_subject(a, b) \
                    or self._subject_of_next_verb(b):
                continue
            kinds = b.kinds()
            if "demonym" in kinds and kinds <= {"role", "modifier", "demonym"}:
                pa.country = next(p.ref for p in b.pieces if p.kind == "demonym")
        # and the other way round: "A British aid worker, Linda Norgrove," and "the Canadian engineer, Tom Walsh," are
        # British and Canadian wherever the story is, and so is "Norgrove" later
        for i in range(1, len(self.phrases)):
            b, pb = self.phrases[i], self._person_of.get(i)
            if pb is None or pb.country is not None or pb.entry is not None:
                continue
            for j in range(i - 1, max(-1, i - 4), -1):
                a = self.phrases[j]
                if self._person_of.get(j) not in (None, pb):
                    break
                kinds = a.kinds()
                if "demonym" in kinds and kinds <= {"role", "modifier", "demonym"} and self._described_before(b, a):
                    pb.country = next(p.ref for p in a.pieces if p.kind == "demonym")
                    break
        # definite descriptions: "the North Korean leader", "the Chinese president" name the
        # person of that country and title the document has named before
        for i, ph in enumerate(self.phrases):
            if i in self._person_of or not re.search(r"\bthe\s+$", self.text[max(0, ph.start - 5):ph.start], re.I):
                continue
            kinds = ph.kinds()
            if not ("role" in kinds and kinds & {"country", "demonym"}) or not kinds <= {"role", "country", "demonym", "modifier"}:
                continue
            if any(p.kind == "modifier" and p.ref == "former" for p in ph.pieces):
                continue
            title = norm(next(p.text for p in reversed(ph.pieces) if p.kind == "role"))
            if title.endswith("s"):
                continue
            country = next(p.ref for p in ph.pieces if p.kind in ("country", "demonym"))
            match = self._described(title, country, ph.start)
            if match is not None:
                match.positions.append(ph.start)
                self._person_of[i] = match

    def _described_before(self, b: _Phrase, a: _Phrase) -> bool:
        """Is phrase ``b`` in apposition to a description that opens with an article and holds phrase ``a`` ("A British
        aid worker, Linda Norgrove,": ``a`` is "British", then up to three lower-case words and a comma)? Not when ``b``
        is the subject of the verb after it ("a British official, Ana Lima said")."""
        return bool(_ARTICLE_BEFORE.search(self.text, max(0, a.start - 6), a.start)) \
            and _DESCRIPTION_TO_NAME.match(self.text[a.end:b.start]) is not None and not self._subject_of_next_verb(b)

    def _navy_ships(self, pieces: list[Piece]) -> list[Piece]:
        """A warship named with its navy's prefix ("USS Cole", "HMS Diamond", "INS Mysore") is of that navy's country:
        the prefix becomes a nationality (as "an Indian warship"), and a name it holds no other ("INS" is no
        Immigration and Naturalization Service there). Israel's navy also writes INS: the text naming Israel makes it
        Israel's."""
        navies = load_vessels().navies
        text = self.text
        ships = [m for m in _NAVY_SHIP.finditer(text) if m.group(1) in navies]
        if not ships:
            return pieces
        israel = re.search(r"\bIsrael", text) is not None
        for m in ships:
            a, b = m.start(1), m.end(1)
            pieces = [p for p in pieces if p.end <= a or p.start >= b]
            pieces.append(Piece(a, b, m.group(1), "demonym", "ISR" if m.group(1) == "INS" and israel else navies[m.group(1)]))
        return sorted(pieces, key=lambda p: (p.start, p.end))

    def _fronted_before_subject(self, a: _Phrase, b: _Phrase) -> bool:
        """Does phrase ``a`` close a fronted prepositional phrase whose comma leads to ``b``, the subject of the main
        clause ("In a meeting with the Turkish president, Trump asked ..."), so that the two are no apposition? Read
        from the parse; without one, never."""
        if not self._parsed:
            return False
        sa = self.doc.char_span(a.start, a.end, alignment_mode="expand")
        sb = self.doc.char_span(b.start, b.end, alignment_mode="expand")
        if sa is None or sb is None or not len(sa) or not len(sb):
            return False
        ra, rb = sa.root, sb.root
        return ra.dep_ == "pobj" and rb.dep_ in {"nsubj", "nsubjpass"} and rb.head.pos_ in {"VERB", "AUX"} \
            and rb.head.i > rb.i and not (ra.head.i >= rb.i or rb in ra.ancestors)

    def _subject_of_next_verb(self, b: _Phrase) -> bool:
        """Is phrase ``b`` the subject of a verb right after it, so that the comma before it closes a clause rather
        than opens an apposition ("police arrested Mary Otieno, Kenyan officials said": the officials are not
        Otieno)? A reporting verb right after it says so on any text; on a parsed doc also the parse."""
        if _REPORTING_AFTER.match(self.text, b.end):
            return True
        if not self._parsed:
            return False
        sb = self.doc.char_span(b.start, b.end, alignment_mode="expand")
        if sb is None or not len(sb):
            return False
        root = sb.root
        return root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"} and root.head.i == sb.end \
            and root.head.tag_ in {"VBD", "VBZ", "VBP"}

    def _described(self, title: str, country: str, at: int) -> Optional[PersonInfo]:
        """The most recently named person of ``country`` whose title contains ``title``."""
        best: Optional[tuple[int, PersonInfo]] = None
        for info in self.people.values():
            before = [q for q in info.positions if q < at]
            if not before:
                continue
            if info.entry is not None:
                actor = self.resolver.person_actor(info.entry, self.resolver.day(self.published))
                role, pcountry = actor.get("role"), actor.get("country")
            else:
                role, pcountry = info.role, info.country
            if pcountry != country or not role or title not in norm(role).split() and title != norm(role):
                continue
            if best is None or max(before) > best[0]:
                best = (max(before), info)
        return best[1] if best else None

    def _corefer(self, key: str, at: int, full: dict[str, tuple[str, Optional[Entry]]]) -> Optional[str]:
        """The full name a short name stands for, never another full name.

        Among the full names containing its words (in order) the most salient
        one so far wins (most mentions before this one, short ones included),
        then the most recent; with none before, the first one after.
        """
        words = key.split()
        cands = []
        for fkey in full:
            fw = fkey.split()
            if fkey == key or len(fw) <= len(words):
                continue
            it = iter(fw)
            if all(w in it for w in words):
                cands.append(fkey)
        if not cands:
            return None

        def rank(fkey: str) -> tuple[int, int, int]:
            info = self.people.get(fkey)
            before = [q for q in (info.positions if info else []) if q < at]
            if before:
                return (1, len(before), max(before))
            later = [ph.start for ph, nm in zip(self.phrases, self._names) if nm and nm[0] == fkey]
            return (0, 0, -min(later) if later else 0)

        return max(cands, key=rank)

    def _phrase_gender(self, ph: _Phrase) -> Optional[str]:
        """The gender a phrase gives its person: an honorific before it ("Ms Raggi") or a gendered title or kinship word in it."""
        found = set()
        m = _HONORIFIC_BEFORE.search(self.text, max(0, ph.start - 10), ph.start)
        if m and m.end() == ph.start:
            found.add(_GENDERED[m.group(1).lower()])
        for p in ph.pieces:
            if p.kind in ("role", "kinship"):
                g = _GENDERED.get(norm(p.text)) or _GENDERED.get(norm(p.text).split()[-1] if p.text.split() else "")
                if g:
                    found.add(g)
        return found.pop() if len(found) == 1 else ("" if found else None)

    def _learn_gender(self, info: PersonInfo, ph: _Phrase) -> None:
        g = self._phrase_gender(ph)
        if g is None or info.gender == "":
            return
        info.gender = g if info.gender in (None, g) else ""

    def _mention_gender(self, j: int) -> Optional[str]:
        """The gender of mention ``j``'s person: what the text says of the person, else of this mention's words."""
        phrase = self._mention_phrase[j]
        info = self._person_of.get(phrase)
        if info is not None and info.gender is not None:
            return info.gender or None
        return self._phrase_gender(self.phrases[phrase]) or None

    def _learn_from(self, info: PersonInfo, pieces: list[Piece], kin_at: Optional[int] = None) -> None:
        kb = self.kb
        former = any(p.kind == "modifier" and p.ref == "former" for p in pieces)
        # the phrase's sector is its heaviest word's, as in compose ("Company spokeswoman X" is BUS), its title the last one
        words = [(rw, i, p) for i, p in enumerate(pieces) if p.kind == "role" and (rw := kb.role_words.get(p.ref)) is not None]
        if words and not former:
            top = max(words, key=lambda w: (w[0].weight, w[1]))
            heaviest = _police_rank(top[0], [w for w, i, _p in words if i < top[1]])
            title = next((p for rw, _i, p in reversed(words) if rw.is_role), None)
            if info.sector is None or title is not None and info.role is None:
                info.sector = heaviest.sector
                if title is not None:
                    t = title.text.strip()
                    info.role = t[:1].upper() + t[1:]
        for k, p in enumerate(pieces):
            if p.kind in ("country", "demonym") and info.country is None:
                info.country = p.ref
            elif p.kind == "entry" and info.body is None and not former and any(q.kind == "role" for q in pieces[k + 1:]):
                body = kb.entries.get(p.ref)
                if body is not None and body.kind == "organisation" and body.country in _NOT_HOME:
                    info.body = p.ref  # "European Union President Jan Kowalczyk": an office of an international body
            elif p.kind == "kinship" and info.country is None and kin_at is not None:
                # a relative takes the country of the last person named before
                before = [(max(q for q in other.positions if q < kin_at), other) for other in self.people.values()
                          if other is not info and any(q < kin_at for q in other.positions)]
                if before:
                    other = max(before, key=lambda t: t[0])[1]
                    info.country = other.country or (other.entry.home_country() if other.entry else None)

    def _is_agent(self, ph: _Phrase) -> bool:
        doc = self.doc
        if self._parsed:
            span = doc.char_span(ph.start, ph.end, alignment_mode="expand")
            if span is not None and len(span):
                root = span.root
                if root.dep_ in _SUBJECT_DEPS:
                    return True
                if root.dep_ in ("conj", "appos", "compound") and root.head.dep_ in _SUBJECT_DEPS:
                    return True
                return False
        nxt = WORD_RE.search(self.text, ph.end)
        prev = [m.group().lower() for m in WORD_RE.finditer(self.text, max(0, ph.start - 20), ph.start)]
        if prev and prev[-1] in self.kb.place_words:
            return False
        if prev and prev[-1] == "the" and len(prev) > 1 and prev[-2] in self.kb.place_words:
            return False
        return bool(nxt and nxt.group().lower() in self.kb.agent_verbs and not self.text[ph.end:nxt.start()].strip(" "))

    def _resolve_phrase(self, i: int, date: Optional[str], as_agent: bool) -> Optional[Actor]:
        key = (i, date, as_agent)
        if key not in self._cache:
            ph = self.phrases[i]
            person = self._person_of.get(i)
            composed = self.resolver.compose(ph.pieces, date=date, as_agent=as_agent, person=person)
            if composed is not None and composed.get("kind") == "group" and ph.kinds() <= {"demonym", "modifier"} and \
                    _aged_at(self.text, ph.end):
                # "the Canadian, 25,": one person of that country, a private one
                composed = self.resolver.localise({**composed, "kind": "person", "sector": "CVL"}, str(composed["country"]))
            if composed is not None and person is not None:
                composed["name"] = composed.get("name") or person.name
            self._cache[key] = composed
        hit = self._cache[key]
        return hit.copy() if hit is not None else None

    # -- queries -----------------------------------------------------------------
    def at(self, start: int, end: int, *, date: Optional[str] = None, as_agent: bool = True) -> Optional[Actor]:
        """The actor of a character span: the mention holding its head, else the best overlap."""
        actor = self._at(start, end, date=date, as_agent=as_agent)
        return self._federal(actor, date) if actor is not None else None

    def _federal(self, actor: Actor, date: Optional[str]) -> Actor:
        """"The federal army", "federal troops" in a story of Croatia in 1991: a state body the text calls federal, of a
        republic of a federation that existed on the day, is the federation's (Yugoslavia's; the Soviet Union's in
        Lithuania in 1991). Today's federations' own ("federal police" in Mexico) keep their country, and so do those the
        text gives the republic's own name or people ("Russian federal authorities" in 1991)."""
        country, sector, text = actor.get("country"), actor.get("sector"), str(actor.get("text") or "")
        federal = _FEDERAL.search(text)
        if not country or sector not in _FEDERAL_SECTORS or federal is None:
            return actor
        if any(m.hits[0].type in ("country", "demonym") and m.hits[0].ref == country
                                       and m.end <= federal.start() for m in self.kb.scan(text)):
            return actor  # "Russian federal authorities", "Bosnian federal police": the republic's own federal level
        federation = self.kb.federation_of(str(country), self.resolver.day(date or self.published))
        if federation is None:
            return actor
        found = self.resolver.localise(actor, federation)
        found.pop("country_from", None)
        return found

    def _at(self, start: int, end: int, *, date: Optional[str] = None, as_agent: bool = True) -> Optional[Actor]:
        cands = [j for j, m in enumerate(self.mentions) if m["start"] < end and m["end"] > start]
        pronoun = None
        headline = bool(cands) and self._headline_case(start) and all(
            self.mentions[j]["start"] < start or self.mentions[j]["end"] > end for j in cands)
        if headline:
            # "Georgia Arrests Opposition Members": the parser read a headline's subject, verb and object as one name;
            # the span the grammar found is the actor, not the name around it
            cands = []
        if not cands:
            if self._in_dateline(start, end):
                return None
            text = self.text[start:end]
            antecedent = self._antecedent(start, end)
            if antecedent is None:
                found = self.resolver.resolve(text, date=date or self.published, as_agent=as_agent)
                context = next((p for p in _pieces_from_matches(self.kb.scan(text), text) if p.kind == "context"), None) if (
                    found is not None and found.get("kind") == "country") else None
                if found is not None and context is not None:
                    # "the North" in a story of Vietnam's war is Vietnam's North, no North Korea unless the text names Korea
                    country = self._context_country(context)
                    if country is None:
                        found = None
                    elif country != found.get("country") and country in self.kb.countries:
                        found = self.resolver.resolve(self.kb.countries[country].name, date=date or self.published, as_agent=as_agent)
                if found is None and headline:
                    found = self.resolver.resolve(text.lower(), date=date or self.published, as_agent=as_agent)
                    if found is not None and found.get("kind") not in ("group", "person"):
                        found = None  # only a word for people, its capitals the headline's ("Opposition Members")
                # (not "hundreds of Serbian farmers", whose of-phrase says who they are)
                multitude = found is None and _MULTITUDE_WHO.fullmatch(text.strip()) is not None and not re.match(
                    r"\s*of\b", self.text[end : end + 6])
                if found is None and (_AGED_WHO.fullmatch(text.strip()) or multitude):
                    # "the 19-year-old": a private person, of the story's country as the domestic actors below;
                    # "thousands marched": private people, as many
                    found = {"name": text.strip(), "kind": "group" if multitude else "person", "country": None, "sector": "CVL",
                             "role": None}
                    home = self.home_country
                    found = self.resolver.localise(found, home or "")
                    found["country"] = home
                    if home:
                        found["country_from"] = "document"
                    found.update({"text": text, "start": start, "end": end})
                    return found
                if found is None and (body := self._body_named_before(text, start, end)) is not None:
                    antecedent = body  # "the group said": the movement or armed group named just before
                elif found is None:
                    found = self._member_of_body(start, end, date=date, as_agent=as_agent)
                    if found is not None:
                        return found
                    return self._someone_at_home(text, start, end)
                else:
                    home = self.home_country
                    if not found.get("country") and found.get("sector") in _HOME_SECTORS and home and not _unknown_who(text, found) \
                            and not _FOREIGN_WHO.search(text):
                        # "A 35-year old woman", "the prison guards" that no mention covers: of the story's country, as
                        # the domestic actors the mentions name are (below)
                        found = self.resolver.localise(found, home)
                        found["country_from"] = "document"
                    return found
            cands, pronoun = [antecedent], (text, start, end)
        pick = None
        doc = self.doc
        if len(cands) > 1 and self._parsed:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                r = span.root.idx
                pick = next((j for j in cands if self.mentions[j]["start"] <= r < self.mentions[j]["end"]), None)
        if pick is None:
            def score(j: int) -> tuple[int, int, int]:
                m = self.mentions[j]
                overlap = min(end, m["end"]) - max(start, m["start"])
                return (1 if m.get("code") else 0, overlap, m["start"])
            pick = max(cands, key=score)
        phrase = self._mention_phrase[pick]
        m = self.mentions[pick]
        actor = self._resolve_phrase(phrase, date or self.published, as_agent)
        if actor is None and m.get("kind") == "person" and not m.get("code") and self._plain_name(m):
            actor = m.copy()  # a person the knowledge does not know: "Kopp"
        if actor is None:
            return None
        if not actor.get("country"):  # "officials" in "officials of China's ministry": borrow the span's country
            for j in cands:
                other = self.mentions[j].get("country")
                if other and j != pick and self.mentions[j].get("sector") != "MED":  # a photo credit's agency lends none
                    actor = self.resolver.localise(actor, other)
                    break
        if not actor.get("country") and pronoun is None:  # "his government", "their men": the country of whom the pronoun names
            owner = _POSSESSIVE.search(self.text, max(0, m["start"] - 8), m["start"])
            whose = self._antecedent(owner.start(1), owner.end(1)) if owner else None
            country = self.mentions[whose].get("country") if whose is not None else None
            if country and country not in _NOT_HOME:
                actor = self.resolver.localise(actor, str(country))
                actor["country_from"] = "document"
        home = self.home_country
        if not actor.get("country") and (actor.get("sector") in _HOME_SECTORS - {"BUS"} or (actor.get("kind") == "person" and not actor.get("sector"))) \
                and self._unnamed(phrase) and not _unknown_who(str(m["text"]), actor) and (
                    here := self._placed_in_clause(int(m["start"]), int(m["end"]))) and here != home:
            # "police arrested a French tourist in Bangkok" in a story filed from Algiers, "in neighbouring Niger, soldiers
            # repelled an attack": of the country of the place the act's own clause is in, before the story's country or
            # the last one named for that sector
            actor = self.resolver.localise(actor, here)
            actor["country_from"] = "document"
        if not actor.get("country") and actor.get("sector") in _CARRIED_SECTORS and actor.get("kind") != "person" and \
                self._unnamed(phrase):
            # "the ministry", "police", "the company": the last one the text placed in a country (the last of that
            # sector when the article has no home country)
            before = [o for o in self.mentions[:pick] if o.get("sector") == actor["sector"] and o.get("country")
                      and o["country"] not in _NOT_HOME]
            head = norm(next((q.text for q in reversed(self.phrases[phrase].pieces) if q.kind == "role"), ""))
            same = [o for o in before if head and head in norm(str(o.get("text") or "")).split()]
            if not same and actor.get("sector") == "MIL" and head.endswith("s") and len({o["country"] for o in before}) == 1:
                same = before  # "the soldiers", "the troops": of the one country whose armed forces the text named before
            dateline = self.dateline_country if not same and not home and actor.get("sector") == "GOV" else None
            if dateline:  # "the interior ministry" in a story with no home country: the government where it was filed
                before = [{"country": dateline}]
            elif not same and home and actor.get("sector") in _HOME_SECTORS:
                before = []
            if same or before:
                actor = self.resolver.localise(actor, str((same or before)[-1]["country"]))
                actor["country_from"] = "document"
        if not actor.get("country") and actor.get("kind") == "person" and actor.get("sector"):
            # "A Pentagon spokesman said ... '...,' said spokesman Kenneth Bacon": a named holder of a title the sentence
            # or the one before gave someone of a known body is that body's
            titled = self._title_named_before(pick)
            if titled is not None:
                actor = self.resolver.localise(actor, str(titled["country"]))
                actor["country_from"] = "document"
        domestic = actor.get("sector") in _HOME_SECTORS or (actor.get("kind") == "person" and not actor.get("sector"))
        if not actor.get("country") and domestic and home and not _unknown_who(str(m["text"]), actor) and \
                not _FOREIGN_WHO.search(self.text[max(0, int(m["start"]) - 14) : int(m["end"])]):
            # "the president", "police", "Parliament" in an article about one country: that country's
            actor = self.resolver.localise(actor, home)
            actor["country_from"] = "document"
        if pronoun is not None:  # the pronoun's own words and place, the antecedent's identity (a guess, so marked)
            actor.update({"text": pronoun[0], "start": pronoun[1], "end": pronoun[2], "pronoun": True})
        else:
            actor.update({"text": m["text"], "start": m["start"], "end": m["end"]})
        return actor

    def _body_named_before(self, text: str, start: int, end: int) -> Optional[int]:
        """The mention of the organisation the definite description ``text`` at ``[start, end)`` refers back to, or None:
        the last one its sentence or the :data:`_BODY_REACH` before name as a subject or in a phrase of one ("A
        spokesman for al Shabaab said the group would impose Islamic law", "The Moro Islamic Liberation Front ... the
        front would cooperate", "the banned movement"). "The group", "the movement" stand for a movement, party, armed
        group or campaigning body outside the state, or one whose name holds the word; "the front", "the commission"
        only for a body whose name holds it ("the agency" for a spy agency too). No other body or group of people may
        be named after it (the tourists seized or the rival accused may be "the group" as well); the description is
        the one who acts or undergoes (a subject or a by-phrase: "toward the front" is no body), with describing words
        of :data:`_BODY_DESCRIBED` only ("the armed group"; not "the rival faction", "the Maute group"), and not before
        an of-phrase or a name ("the group of students", "the rival faction Hamas")."""
        said = _BODY_REFERENCE.fullmatch(text.strip())
        head = said.group(2) if said else ""
        if said is None or head not in _BODIES_OF_ANY_NAME | _BODIES_BY_NAME or not all(
                w.lower() in _BODY_DESCRIBED for w in said.group(1).split()):
            return None
        if re.match(r"\s*(?:of\b|,?\s*[A-Z])", self.text[end : end + 6]):
            return None  # "the group of students", "the rival faction Hamas", "the group, Ansar Dine,": no reference back
        if not self._parsed:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is None or not (root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "pobj" and root.head.dep_ == "agent")):
            return None  # only the one who acts or undergoes: "advanced toward the front" is no Nusra Front
        lo = self._sentence_bounds(start)[0]
        for _ in range(_BODY_REACH):
            lo = self._sentence_bounds(lo - 1)[0] if lo > 0 else 0

        def stands_for(m: Actor) -> bool:
            if not (m.get("country") and m["country"] not in _NOT_HOME and m.get("sector")):
                return False
            named = set(norm(str(m.get("name") or "")).split()) | set(norm(str(m.get("text") or "")).split())
            if head in named or (head == "agency" and m.get("sector") == "SPY"):
                return True
            if head not in _BODIES_OF_ANY_NAME or m.get("sector") not in _NON_STATE_SECTORS:
                return False
            # a body, or one who speaks for it ("Abu Sayyaf spokesman Abu Solaiman")
            return m.get("kind") in {"organisation", "group"} or any(e.kind == "organisation" for e in self.kb.lookup(str(m.get("name") or "")))

        # the body referred back to is the last one that was the subject of its clause or named in it ("A spokesman for
        # Abu Sayyaf said"), with no other body or group of people named after it (an outlet aside): "Gunmen of Abu
        # Sayyaf seized three Belgian tourists. The group ..." may be the tourists, "Hezbollah accused the Free Syrian
        # Army ... the group" either, "the IAEA ... the agency" no armed group: no reference
        before = [(j, stands_for(m)) for j, m in enumerate(self.mentions)
                  if lo <= m["start"] and m["end"] <= start and not self._in_dateline(m["start"], m["end"])]
        named = [j for j, stands in before if stands or (self.mentions[j].get("kind") in {"organisation", "group"}
                                                          and self.mentions[j].get("sector") != "MED")]
        bodies = [j for j, stands in before if stands and (self._subject(j) or self._of_subject(j))]
        if not bodies or any(j > bodies[-1] for j in named):
            return None
        if head in _IGO_WORDS and any(m.get("country") in _NOT_HOME for m in self.mentions if lo <= m["start"] < start):
            return None  # "The United Nations said ... Hamas disputed it. The organisation said ...": the UN's word too
        return bodies[-1]

    def _member_of_body(self, start: int, end: int, *, date: Optional[str], as_agent: bool) -> Optional[Actor]:
        """The body the people of a bare word at ``[start, end)`` are of, by its from/of/at-phrase ("Deputies from the
        Black Hawk County Sheriff's Office", "members of the city council"): that body's actor, as a group, or None."""
        if not self._parsed or norm(self.text[start:end]) not in _MEMBERS_OF:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return None
        for prep in span.root.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"from", "of", "at", "with"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                body = next((m for m in self.mentions if m["start"] <= obj.idx < m["end"]
                             and m.get("kind") in {"group", "organisation"} and m.get("sector")), None)
                if body is None:
                    continue
                actor = self.at(int(body["start"]), int(body["end"]), date=date, as_agent=as_agent)
                if actor is not None:
                    actor.update({"kind": "group", "text": self.text[start:end], "start": start, "end": end})
                return actor
        return None

    def _title_named_before(self, j: int) -> Optional[Actor]:
        """For mention ``j``, a title with a person's name ("spokesman Kenneth Bacon"), the unnamed holder of the same
        title with a country in its sentence or the one before ("A Pentagon spokesman"), the nearest, if any."""
        phrase = self.phrases[self._mention_phrase[j]]
        roles = {norm(p.text) for p in phrase.pieces if p.kind == "role"}
        if not roles or not any(p.kind == "name" and p.ref == "PERSON" for p in phrase.pieces):
            return None
        lo = self._sentence_bounds(int(self.mentions[j]["start"]))[0]
        lo = self._sentence_bounds(lo - 1)[0] if lo > 0 else 0
        for k in range(j - 1, -1, -1):
            other = self.mentions[k]
            if other["start"] < lo:
                break
            pieces = self.phrases[self._mention_phrase[k]].pieces
            if other.get("kind") != "person" or not other.get("country") or any(p.kind == "name" for p in pieces) or \
                    self.phrases[self._mention_phrase[k]].has_person_name(self.kb):
                continue
            if roles & {norm(p.text) for p in pieces if p.kind == "role"}:
                return other
        return None

    def _headline_case(self, pos: int) -> bool:
        """Is the sentence holding ``pos`` a headline in title case: three or more words, all but small ones capitalised?"""
        lo, hi = self._sentence_bounds(pos)
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", self.text[lo:hi]) if w.lower() not in _HEADLINE_SMALL]
        return len(words) >= 3 and all(w[0].isupper() for w in words)

    def _title_line(self, pos: int) -> bool:
        """Is the sentence holding ``pos`` a headline in title case, allowing one word in lower case besides the small
        ones ("Envoy Condemns Attack that Killed Two Guards")?"""
        lo, hi = self._sentence_bounds(pos)
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", self.text[lo:hi]) if w.lower() not in _HEADLINE_SMALL]
        return len(words) >= 4 and sum(not w[0].isupper() for w in words) <= 1

    def _placed_in_clause(self, start: int, end: int) -> Optional[str]:
        """The one country of the places a locative phrase ("in Bangkok", "at the border near Gao") puts the clause of
        the mention at ``[start, end)`` in: hung on its verb or on the verb's subject or objects, or the place a
        where-clause hangs on ("a protest from Beijing, where the Foreign Ministry summoned ..."). None when there is
        no such place, or places of two countries, or no parse."""
        if not self._parsed:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span.root
        verb = head.head if head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "agent"} else head
        if verb.dep_ == "pobj":
            verb = verb.head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        hosts = [verb, *(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"})]
        countries: set[str] = set()
        places = []
        if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            places.append(verb.head)  # "a protest from Beijing, where the Foreign Ministry summoned the ambassador"
        for h in hosts:
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "near", "outside"}:
                    places += [o for o in prep.children if o.dep_ == "pobj"]
        for o in places:
            # (a proper noun the knowledge knows as a country or place, whatever the tagger says: it reads
            # "in neighbouring Niger" as a person)
            if o.pos_ != "PROPN" or o.ent_type_ in {"ORG", "NORP", "DATE", "TIME"}:
                continue
            lo = min([t.i for t in o.subtree if t.pos_ == "PROPN" and t.i <= o.i] or [o.i])
            name = self.doc[lo : o.i + 1].text
            if norm(name) in self._relocated:  # "Swansea" beside a South Carolina county: the story's namesake
                countries.add(self._relocated[norm(name)])
                continue
            found = self.resolver.resolve(name, date=self.published, as_agent=False)
            if found and found.get("kind") in {"country", "place"} and found.get("country") and found["country"] not in _NOT_HOME:
                countries.add(str(found["country"]))
        return next(iter(countries)) if len(countries) == 1 else None

    def _someone_at_home(self, text: str, start: int, end: int) -> Optional[Actor]:
        """A person pronoun whose person the text does not name near it ("She was remanded to custody" two sentences
        after "Evans"): someone of the article's home country, a guess (marked ``pronoun``, ``country_from``). Not when
        the text before it (outside datelines) names places or actors of other countries only (a Moscow arrest under a
        WASHINGTON dateline, a Kenya story filed from LONDON): the person may be of either."""
        home = self.home_before(start)
        said = norm(text)
        if not home or (said not in _PERSON_PRONOUNS_AT_HOME and not (_PEOPLE_UNNAMED_AT_HOME.fullmatch(said)
                                                                       and self._unnamed_of_home(said, start, end, home))):
            return None
        kind = "group" if said.split()[-1] in _SIDES else "person"  # ("both sides": more than one, and not only people)
        actor: Actor = {"name": text, "kind": kind, "country": home, "sector": None, "role": None}
        actor = self.resolver.localise(actor, home)
        actor.update({"text": text, "start": start, "end": end, "pronoun": True, "country_from": "document"})
        return actor

    def _unnamed_of_home(self, said: str, start: int, end: int, home: str) -> bool:
        """May the unnamed people ``said`` at ``[start, end)`` ("anyone else", "a third", "the pair") be of the home
        country ``home``? Not "someone" or "anyone" as the one who acts (the subject of an active verb or a passive's
        agent: an unknown perpetrator) or with a relative clause (people in general); not "a third" counting a part of
        something ("a third of the budget"); not "the pair" after a text that names another country too."""
        words = said.split()
        if words[-1] in _GROUPS_NAMED_BEFORE:
            before = [m for m in self.mentions if m["end"] <= start and m.get("country") and m["country"] not in _NOT_HOME
                      and not self._in_dateline(m["start"], m["end"])]
            if words[-1] in _SIDES and len({m.get("sector") for m in before if m.get("sector")}) < 2:
                return False  # "both sides" only after two sides of the story's country ("the army and the Tigers")
            return {str(m["country"]) for m in before} <= {home}
        if words[0] in {"a", "the"} and re.match(r"\s+of\b", self.text[end:], re.IGNORECASE):
            return False  # "a third of the budget": a fraction
        if words[0] in _UNKNOWN_PEOPLE and self._parsed:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                head = span.root
                if head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent"):
                    return False  # "someone threw a grenade", "the house was attacked by someone"
                if any(c.dep_ == "relcl" for c in head.children):
                    return False  # "anyone who is caught"
        return True

    def home_before(self, start: int) -> Optional[str]:
        """The article's home country for someone at ``start`` the text places nowhere, or None: not when the text before
        it (outside datelines, named companies aside) names places or actors of other countries only (a Moscow arrest
        under a WASHINGTON dateline): the one at ``start`` may be of either."""
        home = self.home_country
        if not home:
            return None
        named = {str(m["country"]) for m in self.mentions
                 if m["end"] <= start and m.get("country") and m["country"] not in _NOT_HOME
                 and not self._in_dateline(m["start"], m["end"]) and not (m.get("kind") == "organisation" and m.get("sector") == "BUS")}
        return None if named and home not in named else home

    def antecedent(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The character span of the mention the pronoun at ``[start, end)`` stands for (see :meth:`_antecedent`), or None."""
        j = self._antecedent(start, end)
        return (int(self.mentions[j]["start"]), int(self.mentions[j]["end"])) if j is not None else None

    def _unnamed(self, i: int) -> bool:
        """Is phrase ``i`` made of role and sector words only ("the ministry", "police officers")?"""
        return self.phrases[i].kinds() <= {"role", "modifier"}

    def _antecedent(self, start: int, end: int, depth: int = 0) -> Optional[int]:
        """The mention the pronoun at ``[start, end)`` stands for, or None when it is no pronoun or names none.

        One policy for every pronoun, whether it is an event's actor or a
        statement's speaker:

        - "I", "we", "me", "us" inside a quotation are its speaker: the first
          actor named after the closing quote in the sentence, else the last
          one before the opening quote;
        - a third-person pronoun stands for a mention of its kind ("he",
          "she": a person, never one the text gives the other gender by an
          honorific or a title; "it": an organisation or a country; "they": a
          group, an organisation or a country);
        - the subject of a verb of saying ("..., he said") is the speaker the
          report goes on quoting: the subject named before it in its own
          sentence, else in the nearest of the three sentences before that
          has one (the subject of a verb of saying first, else the last);
        - any other subject pronoun ("he ordered") stands only for what its
          own sentence names before it, but an "it" of a verb of doing with
          nothing before it there carries on the main subject of the
          sentence just before ("... It ordered an investigation");
        - an object or possessive pronoun ("told him", "his men") for what its
          sentence and the two before name;
        - among people the one most mentioned so far wins (the most recent on
          a tie); among the others, the most recent.
        """
        kinds = _PRONOUNS.get(norm(self.text[start:end]))
        if kinds is None:
            return None
        lo, hi = self._sentence_bounds(start)
        if kinds is _SPEAKER:
            return self._speaker(start, lo, hi, depth)
        word = norm(self.text[start:end])
        wanted = _PRONOUN_GENDER.get(word)

        # a subject pronoun outside quotation marks carries on the narration's people, not someone only named inside a
        # quotation ('"It is about protecting Gainesville," she said', '"Steak and seafood ...," said Ryan. He hopes')
        narrated = word in _SUBJECT_PRONOUNS and not self._in_quote(start)

        # "Bush praised him": an object pronoun never stands for the subject of its own verb
        own_subject = self._own_subject(start, end) if word in _OBJECT_PRONOUNS else None
        if own_subject is not None:  # and not for another mention of the same person ("George W. Bush ... Bush praised him")
            own_names = {str(m.get("name")) for m in self.mentions if m.get("name")
                         and own_subject[0] <= m["start"] and m["end"] <= own_subject[1]}
        else:
            own_names = set()

        def fits(j: int, a: int, b: int) -> bool:
            m = self.mentions[j]
            return a <= m["start"] and m["end"] <= b and m.get("kind") in kinds and bool(m.get("code") or m.get("name")) and (
                not wanted or self._mention_gender(j) in (None, wanted)) and not (narrated and self._in_quote(int(m["start"]))) \
                and not (own_subject is not None and own_subject[0] <= m["start"] and m["end"] <= own_subject[1]) \
                and not (m.get("name") and str(m.get("name")) in own_names)

        accuser = self._accuser(start, end) if word in {"its", "their"} else None
        if accuser is not None:
            # "Pakistan accused India of shelling its border posts": what the accused harmed is the accuser's own
            own = [j for j in range(len(self.mentions)) if fits(j, accuser[0], accuser[1])]
            if own:
                return own[-1]
        window_lo = lo
        for _ in range(0 if word in _SUBJECT_PRONOUNS else 2):
            window_lo = self._sentence_bounds(window_lo - 1)[0] if window_lo > 0 else 0
        cands = [j for j in range(len(self.mentions)) if fits(j, window_lo, start)]
        back_hi = lo
        speaking = not cands and self._speaking(start, end)
        acting = not cands and not speaking and self._body_acting(word, start, end)
        for _ in range(_PRONOUN_REACH if speaking else 1 if acting else 0):
            if back_hi <= 0:
                break
            back_lo = self._sentence_bounds(back_hi - 1)[0]
            subjects = [j for j in range(len(self.mentions)) if fits(j, back_lo, back_hi) and self._subject(j)]
            if acting:
                # an acting "it" carries on only the sentence just before, and only when its main subject is the body
                # ("The WHO warned ... The virus spread ... It killed 11,000" is no WHO)
                subjects = [j for j in subjects if self._main_subject(j)]
            if not subjects and self._title_line(back_lo):
                # a headline in title case the parser read as one name ("Envoy Condemns Attack on Convoy"): the one it
                # opens with is its subject
                subjects = [j for j in range(len(self.mentions)) if fits(j, back_lo, back_hi)
                            and not self.text[back_lo:self.mentions[j]["start"]].strip()]
            if subjects:  # the sentence's speaker first, else its last subject (the name, not a title in apposition to it)
                return max(subjects, key=lambda j: (self._speaks(j), not self._appositive(j), self.mentions[j]["start"]))
            # nobody's the subject by the parse, but one person in apposition there ("The head of the inquiry in Dar es
            # Salaam, Kenneth Piernick, said", the name hung on the place): the speaker the pronoun reaches first
            named = {self._person_name_of(j): j for j in range(len(self.mentions))
                     if fits(j, back_lo, back_hi) and self._appositive(j) and self._in_speaker_phrase(j)} if kinds is _PERSON else {}
            if len(named) == 1:
                return next(iter(named.values()))
            same = self._same_pronoun_before(word, back_lo, back_hi) if kinds is _PERSON else None
            if same is not None:  # 'He questioned the figures. "Why ...?" he asked.': the same one speaking on
                return self._antecedent(same[0], same[1], depth + 1) if depth < _PRONOUN_REACH else None
            back_hi = back_lo
        reporter = self._reported_by_same(word, start, end) if not cands and kinds is _PERSON and depth < _PRONOUN_REACH else None
        if reporter is not None:  # "He also said he would visit Libya": the one the reporting "He" stands for
            return self._antecedent(reporter[0], reporter[1], depth + 1)
        if not cands and word in _SUBJECT_PRONOUNS and lo > 0 and (self._opens_clause(start, end) or self._told_by_unnamed(start, end)):
            # "Adkins, 41, was stopped on Main Street. He was arrested ...": a pronoun that opens its sentence as the main
            # clause's subject, with nobody named before it there, carries on the last sentence's main subject
            back_lo = self._sentence_bounds(lo - 1)[0]
            subjects = [j for j in range(len(self.mentions)) if fits(j, back_lo, lo) and self._subject(j)]
            main = [j for j in subjects if self._main_subject(j)]
            if main:
                return min(main, key=lambda j: (self._appositive(j), self.mentions[j]["start"]))
            # "Castro's remarks were aimed at his critics. He placed the blame on ...": with no one of its kind the main
            # subject, the one whose words or deeds it is (its possessor) is the one the sentence was about
            owners = [j for j in range(len(self.mentions)) if fits(j, back_lo, lo) and self._owns_main_subject(j)]
            if owners:
                return owners[0]
            # "She laid a wreath. Then she handed a flag to the Marines": the same pronoun opening the sentence before
            # as its main subject stands for the same person
            same = self._same_pronoun_before(word, back_lo, lo, speaking=kinds is _PERSON) if not subjects else None
            if same is not None and depth < _PRONOUN_REACH:
                return self._antecedent(same[0], same[1], depth + 1)
        if not cands:
            return None
        if kinds is _PERSON:
            def salience(j: int) -> tuple[int, int]:
                info = self._person_of.get(self._mention_phrase[j])
                return (len([q for q in info.positions if q < start]) if info else 1, self.mentions[j]["start"])
            return max(cands, key=salience)
        return cands[-1]

    def _appositive(self, j: int) -> bool:
        """Is mention ``j`` in apposition to another ("Kosachyov, chairman of the committee,")?"""
        span = self.doc.char_span(int(self.mentions[j]["start"]), int(self.mentions[j]["end"]), alignment_mode="expand") \
            if self._parsed else None
        return span is not None and len(span) > 0 and span.root.dep_ == "appos"

    def _same_pronoun_before(self, word: str, lo: int, hi: int, speaking: bool = True) -> Optional[tuple[int, int]]:
        """The span of the pronoun ``word`` that opens the sentence ``[lo, hi)`` as its main clause's subject, or speaks
        in its main clause outside a quotation ('"...," he said.', with ``speaking``), if any."""
        if not self._parsed:
            return None
        for t in self.doc.char_span(lo, hi, alignment_mode="expand") or ():
            if t.lower_ == word and t.pos_ == "PRON" and (self._opens_clause(t.idx, t.idx + len(t.text)) or (
                    speaking and t.head.dep_ == "ROOT" and self._speaking(t.idx, t.idx + len(t.text)) and not self._in_quote(t.idx))):
                return (t.idx, t.idx + len(t.text))
        return None

    def _opens_clause(self, start: int, end: int) -> bool:
        """Is the phrase at ``[start, end)`` the subject of its sentence's main verb, before any other word that could
        name someone ("He was arrested", "They refused", not "When police came, they fled")?"""
        if not self._parsed:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ not in _SUBJECT_DEPS or span.root.head.dep_ != "ROOT":
            return False
        sent = span.root.sent
        # a fronted phrase of place or time names nobody the pronoun could stand for ("In Dar es Salaam, she laid")
        fronted = {x.i for c in span.root.head.children if c.dep_ == "prep" and c.i < span.start and c.lower_ in _SCENE_PREPS
                   for x in c.subtree}
        return not any(t.pos_ in {"PROPN", "NOUN", "PRON"} and t.i not in fronted for t in self.doc[sent.start : span.start])

    def _accuser(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The character span of the subject of an accusation whose charge holds the possessive at ``[start, end)``
        ("Iran accused Israel of the attack on its consulate": "Iran"), or None."""
        if not self._parsed:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return None
        for a in span.root.ancestors:
            if a.dep_ == "prep" and a.lower_ in {"of", "for"} and a.head.lemma_.lower() in _CHARGE_LAYING and a.head.pos_ == "VERB":
                subject = next((c for c in a.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
                if subject is None:
                    return None
                return (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
        return None

    def _own_subject(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The character span of the subject of the verb whose object is the pronoun at ``[start, end)`` ("Bush
        praised him": "Bush"), or None."""
        if not self._parsed:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.root.dep_ not in {"dobj", "dative"}:
            return None
        subject = next((c for c in span.root.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        return (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))

    def _told_by_unnamed(self, start: int, end: int) -> bool:
        """Is the pronoun at ``[start, end)`` the subject of what unnamed people report in the main clause, with no one
        else before it ("Officials said she was killed", "Police believe he fled")? It carries on the narration as a
        pronoun that opens its sentence does."""
        if not self._parsed:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ not in _SUBJECT_DEPS:
            return False
        clause = span.root.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in _TELLING or clause.i < verb.i:
            return False
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].lemma_.lower() not in _UNNAMED_TELLERS:
            return False
        sent = span.root.sent
        teller = {x.i for x in subjects[0].subtree}
        return not any(t.pos_ in {"PROPN", "PRON"} or (t.pos_ == "NOUN" and t.i not in teller)
                       for t in self.doc[sent.start : span.start] if t.i not in teller and t.ent_type_ not in _TIME_ENTS)

    def _mention_root(self, j: int) -> Optional["Token"]:
        """The head token of mention ``j`` in the parse, if there is one."""
        if not self._parsed:
            return None
        m = self.mentions[j]
        span = self.doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _main_subject(self, j: int) -> bool:
        """Is mention ``j`` the subject of its sentence's main verb (or a conjunct of it)?"""
        root = self._mention_root(j)
        if root is None:
            return False
        while root.dep_ in ("conj", "appos", "compound") and root.head.i != root.i:
            root = root.head
        return root.dep_ in _SUBJECT_DEPS and (root.head.dep_ == "ROOT" or (root.head.dep_ == "conj" and root.head.head.dep_ == "ROOT"))

    def _owns_main_subject(self, j: int) -> bool:
        """Is mention ``j`` the possessor of its sentence's main subject ("Castro's remarks were aimed at ...")?"""
        root = self._mention_root(j)
        if root is None or root.dep_ != "poss":
            return False
        head = root.head
        return head.dep_ in _SUBJECT_DEPS and head.head.dep_ == "ROOT" and not any(
            o["start"] <= head.idx < o["end"] for o in self.mentions)

    def _speaking(self, start: int, end: int) -> bool:
        """Is the phrase at ``[start, end)`` the subject of a verb of saying?"""
        if not self._parsed:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ in _SUBJECT_DEPS and span.root.head.lemma_.lower() in _SAYING

    def _of_subject(self, j: int) -> bool:
        """Is mention ``j`` named in a prepositional phrase of a subject ("A spokesman for Abu Sayyaf said", "Fighters of
        the group attacked")?"""
        root = self._mention_root(j)
        return root is not None and root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.dep_ in _SUBJECT_DEPS

    def _body_acting(self, word: str, start: int, end: int) -> bool:
        """Is the pronoun ``word`` at ``[start, end)`` an "it" outside quotation marks that is the subject of a verb of
        doing ("It ordered an investigation", "Last year it seized 21 people"), which carries on the body or state that
        was the main subject of the sentence just before (see :meth:`_antecedent`)? Not the "it" of a copula or of no
        one ("It was the first time", "It emerged that ...", "It is feared")."""
        if word != "it" or not self._parsed or self._in_quote(start):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.root.dep_ != "nsubj":
            return False
        verb = span.root.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() not in _NO_ONES_IT and not any(
            c.dep_ in {"ccomp", "xcomp", "acomp", "attr"} and c.i > verb.i and c.pos_ in {"ADJ", "NOUN"} for c in verb.children)

    def _speaks(self, j: int) -> bool:
        """Is mention ``j`` the subject of a verb of saying ("X said", "X told reporters")?"""
        return self._speaking(int(self.mentions[j]["start"]), int(self.mentions[j]["end"]))

    def _subject(self, j: int) -> bool:
        """Is mention ``j`` the subject of a clause (by the parse; without one, every mention counts)?"""
        if not self._parsed:
            return True
        root = self._mention_root(j)
        return root is not None and (root.dep_ in _SUBJECT_DEPS or (
            root.dep_ in ("conj", "appos", "compound") and root.head.dep_ in _SUBJECT_DEPS))

    def _speaker(self, at: int, lo: int, hi: int, depth: int = 0) -> Optional[int]:
        """The speaker of the quotation holding position ``at`` in the sentence ``[lo, hi)``, if it is in one."""
        text = self.text
        marks_before = [q.end() for q in _QUOTE.finditer(text, lo, at)]
        marks_after = [q.start() for q in _QUOTE.finditer(text, at, hi)]
        if len(marks_before) % 2 == 0 or not marks_after:  # not inside a quotation of this sentence alone
            return self._speaker_across(at, lo, hi, depth)
        opened, closed = marks_before[-1], marks_after[0]
        found = self._speaker_after(closed, hi, depth)
        if found is not None:
            return found
        before = [j for j in self._speakers if lo <= self.mentions[j]["start"] and self.mentions[j]["end"] < opened]
        return before[-1] if before else self._continued_speaker(lo, depth)

    @cached_property
    def _speakers(self) -> list[int]:
        """The mentions that may speak: people, organisations, groups and countries the text names."""
        return [j for j, m in enumerate(self.mentions) if m.get("kind") in _SPEAKER and (m.get("code") or m.get("name"))]

    def _speaker_after(self, closed: int, hi: int, depth: int) -> Optional[int]:
        """The speaker named after a quotation closing at ``closed``, up to ``hi``: the subject of the verb of saying, or
        the one a paper "quoted as saying", before another name ('"We are not happy," daily Lidove Noviny quoted
        Schwarzenberg as saying'); else who the speaking pronoun stands for ('"I want to thank you," she said')."""
        after = [j for j in self._speakers if closed < self.mentions[j]["start"] < hi]
        said = [j for j in after if self._speaks(j) or self._quoted_as_saying(j)]
        if said or after:
            return (said or after)[0]
        if depth < _PRONOUN_REACH and self._parsed:
            for t in self.doc.char_span(closed, hi, alignment_mode="expand") or ():
                if t.pos_ == "PRON" and t.lower_ in _SUBJECT_PRONOUNS and self._speaking(t.idx, t.idx + len(t.text)):
                    return self._antecedent(t.idx, t.idx + len(t.text), depth + 1)
        return None

    def _speaker_across(self, at: int, lo: int, hi: int, depth: int) -> Optional[int]:
        """The speaker of a quotation running over more than the sentence ``[lo, hi)`` holding ``at``: named after it
        closes (in the sentence it closes in), else before it opens (in the sentence it opens in: 'Kinney said: "I have
        loved planes all my life. In 1967 I went ..."'), else the speaker of the quotation just before it."""
        k = bisect_right(self._quotations, (at, len(self.text) + 1)) - 1
        if k < 0 or not self._quotations[k][0] <= at < self._quotations[k][1]:
            return None
        q_lo, q_hi = self._quotations[k]
        if lo <= q_lo and q_hi <= hi:
            return None  # a quotation of this sentence alone, which the marks of the sentence read otherwise
        found = self._speaker_after(q_hi, self._sentence_bounds(q_hi)[1], depth) if q_hi < len(self.text) else None
        if found is not None:
            return found
        o_lo = self._sentence_bounds(q_lo)[0]
        before = [j for j in self._speakers if o_lo <= self.mentions[j]["start"] and self.mentions[j]["end"] < q_lo]
        return before[-1] if before else self._continued_speaker(o_lo, depth)

    def _continued_speaker(self, lo: int, depth: int) -> Optional[int]:
        """A quotation with nobody named for it, opening the sentence at ``lo``, goes on quoting the one the sentence
        before quoted ('"They stuck me in the second row," Manchester said. "I got to meet the leaders."'): that
        sentence's speaker outside its quotation, if it has a quotation and one."""
        if lo <= 0 or depth >= _PRONOUN_REACH or not self._parsed:
            return None
        p_lo, p_hi = self._sentence_bounds(lo - 1)
        if not any(q_lo < p_hi and q_hi > p_lo for q_lo, q_hi in self._quotations):
            return None
        said = [j for j in self._speakers if p_lo <= self.mentions[j]["start"] < p_hi and self._speaks(j)
                and not self._in_quote(int(self.mentions[j]["start"]))]
        if said:
            return said[-1]
        for t in self.doc.char_span(p_lo, p_hi, alignment_mode="expand") or ():
            if t.pos_ == "PRON" and t.lower_ in _SUBJECT_PRONOUNS and not self._in_quote(t.idx) and self._speaking(t.idx, t.idx + len(t.text)):
                return self._antecedent(t.idx, t.idx + len(t.text), depth + 1)
        return None

    def _person_name_of(self, j: int) -> str:
        """The name of the person mention ``j`` stands for (its full name when the text gives one)."""
        info = self._person_of.get(self._mention_phrase[j])
        return info.name if info is not None else str(self.mentions[j].get("name") or self.mentions[j].get("text"))

    def _reported_by_same(self, word: str, start: int, end: int) -> Optional[tuple[int, int]]:
        """The span of the same pronoun as subject of the verb of saying whose reported clause has the pronoun at
        ``[start, end)`` as its subject ("He also said he would visit Libya"), if any."""
        if not self._parsed:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.root.dep_ not in _SUBJECT_DEPS:
            return None
        clause = span.root.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
            return None
        said = [c for c in clause.head.children if c.dep_ in _SUBJECT_DEPS and c.lower_ == word and c.i < span.root.i]
        return (said[0].idx, said[0].idx + len(said[0].text)) if said else None

    def _in_speaker_phrase(self, j: int) -> bool:
        """Does mention ``j`` sit inside the subject of a verb of saying ("The head of the inquiry in X, Kenneth Piernick,
        said": the parse hangs the name on the place)?"""
        if not self._parsed:
            return False
        span = self.doc.char_span(int(self.mentions[j]["start"]), int(self.mentions[j]["end"]), alignment_mode="expand")
        if span is None or not len(span):
            return False
        return any(a.dep_ in _SUBJECT_DEPS and a.head.lemma_.lower() in _SAYING for a in span.root.ancestors)

    def _quoted_as_saying(self, j: int) -> bool:
        """Is mention ``j`` the one a verb of quoting quotes ("quoted Schwarzenberg as saying", "cited X as saying")?"""
        if not self._parsed:
            return False
        span = self.doc.char_span(int(self.mentions[j]["start"]), int(self.mentions[j]["end"]), alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ == "dobj" and root.head.lemma_.lower() in _QUOTING and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in root.head.children)

    def _in_quote(self, pos: int) -> bool:
        """Is position ``pos`` inside a quotation (by the quotation marks of its paragraph)?"""
        k = bisect_right(self._quotations, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self._quotations[k][0] <= pos < self._quotations[k][1]

    @cached_property
    def _quotations(self) -> list[tuple[int, int]]:
        """The character ranges inside quotation marks, paragraph by paragraph (an opening mark left open ends its
        paragraph's quotation: a quotation going on in the next one opens again there)."""
        spans: list[tuple[int, int]] = []
        para = 0
        for para_text in self.text.split("\n"):
            opened: Optional[int] = None
            for q in _QUOTE.finditer(para_text):
                mark = q.group(0)
                if opened is None and mark != "”":
                    opened = para + q.end()
                elif opened is not None and mark not in ("“", "``"):
                    spans.append((opened, para + q.start()))
                    opened = None
            if opened is not None:
                spans.append((opened, para + len(para_text)))
            para += len(para_text) + 1
        return spans

    def _sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Character bounds of the sentence holding ``pos`` (see :attr:`_sentences`); a position between two
        sentences belongs to the one before."""
        k = bisect_right(self._sentence_starts, pos) - 1
        if k < 0:
            return (0, self._sentences[0][0]) if self._sentences else (0, len(self.text))
        return self._sentences[k]

    @cached_property
    def _sentences(self) -> list[tuple[int, int]]:
        """The sentences of the text: the parse's when there is one, else the annotator's cheap split
        (:func:`tidings.annotate.sentence_ranges`)."""
        if self._parsed or (self.doc.has_annotation("SENT_START") if hasattr(self.doc, "has_annotation") else False):
            return [(s.start_char, s.end_char) for s in self.doc.sents]
        return sentence_ranges(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [lo for lo, _ in self._sentences]

    def _plain_name(self, m: Actor) -> bool:
        """Is mention ``m`` a bare name a person goes by ("Kopp", "Munir Abdulkader"), not a ship's ("the Marisol Dawn", "tanker Marisol Dawn")?"""
        text = str(m.get("text") or "")
        if not text.split() or not (text.split()[-1][:1].isupper() or ARTICLE_NAME.match(text.split()[-1])) or not self._parsed:
            return False
        span = self.doc.char_span(int(m.get("start") or 0), int(m.get("end") or 0), alignment_mode="expand")
        if span is None:
            return False
        before = self.doc[max(0, span.start - 2):span.start]
        nouns = load_vessels().nouns | load_vessels().vehicles
        return not any(t.lower_ in {"the", "a", "an"} or t.lemma_.lower() in nouns or t.lower_ in nouns for t in before[-1:]) and \
            not any(t.lemma_.lower() in nouns for t in before)

    def town_names(self) -> list[str]:
        """Country names the text uses as a town's, as written: "a 36-year-old Palestine man", "a Lebanon woman".

        Nobody writes "a Lebanon woman" for a Lebanese one: a country's name
        before a word for a person, after an article, number or age, is a town
        of that name (the caller knows whether the story's country has one).
        """
        out: set[str] = set()
        for ph in self.phrases:
            for p in ph.pieces:
                if p.kind == "country" and not _state_homonym(p) and _TOWNSFOLK.match(self.text, p.end) \
                        and _TOWNSFOLK_BEFORE.search(self.text, max(0, p.start - 40), p.start):
                    out.add(_possessive_stem(p.text))
        return sorted(out)

    def named_countries(self) -> set[str]:
        """The countries the text names by a country's name or its people's ("Algeria's ruling council", "Greek
        police"), not by a capital or a city alone ("Athens police" may be a town of Georgia's)."""
        return {str(p.ref) for ph in self.phrases for p in ph.pieces if p.kind in ("country", "demonym") and not _state_homonym(p)}

    def place_names(self) -> list[str]:
        """The capitals and large cities the knowledge base finds in the text's actor phrases, as written."""
        return sorted({_possessive_stem(p.text) for ph in self.phrases for p in ph.pieces if p.kind in ("capital", "city")})

    def relocate(self, places: Mapping[str, str], *, towns: Iterable[str] = ()) -> None:
        """Read the capitals and large cities named in ``places`` (name -> ISO3) as places of that country.

        A local story's "Athens Police Department" or "Paris" (Illinois) is no
        Greek or French one: the caller (who knows the smaller places the
        story names) says which homonym is meant. A name whose usual country
        the text names by a country name or demonym ("Greek police in
        Athens") keeps it. Mentions are resolved again.
        """
        wanted = {norm(k): v for k, v in places.items() if v}
        town_keys = {norm(t) for t in towns}
        named = {p.ref for ph in self.phrases for p in ph.pieces if p.kind in ("country", "demonym") and not _state_homonym(p)
                 and norm(_possessive_stem(p.text)) not in town_keys}
        changed = False
        for ph in self.phrases:
            for k, p in enumerate(ph.pieces):
                key = norm(_possessive_stem(p.text))
                country = wanted.get(key)
                kinds = ("capital", "city", "country") if key in town_keys else ("capital", "city")
                if p.kind in kinds and country and p.ref != country and p.ref not in named:
                    ph.pieces[k] = Piece(p.start, p.end, p.text, "city", country, p.alternatives)
                    self._relocated[key] = country
                    changed = True
        if changed:
            self._cache.clear()
            self._build_mentions()
            self.__dict__.pop("home_country", None)
            self.__dict__.pop("dateline_country", None)

    def add_places(self, countries: Iterable[str]) -> None:
        """Count the countries of the places the text names (once per distinct place, or as often as the caller weighs it) towards :attr:`home_country`."""
        self._places.update(c for c in countries if c and c not in _NOT_HOME)
        self.places_added = True
        self.__dict__.pop("home_country", None)

    def _dateline_places(self) -> list[tuple[Optional[str], Optional[Actor]]]:
        """For each dateline, in text order, the homonym the story means (see :meth:`relocate`) and the place it names."""
        out: list[tuple[Optional[str], Optional[Actor]]] = []
        for lo, hi in self._datelines:
            # the place, without the agency that filed it ("HAVANA (AP) --" is Cuba's, not the AP's country)
            line = re.sub(r"\([^()]*\)", " ", self.text[lo:hi]).strip(" -\u2014\u2013,:(\n\t")
            line = _DATELINE_DATE.sub("", line).strip(" ,")  # "NDJAMENA, May 1": the day filed names no place (nor Theresa May)
            place = self.resolver.resolve(line, date=self.published, as_agent=False)
            out.append((self._relocated.get(norm(line.split(",")[0].strip())), place))  # "LONDON, Ky.": the homonym meant
        return out

    @cached_property
    def dateline_country(self) -> Optional[str]:
        """The country of the article's first dateline that names one ("NAIROBI, Kenya —"), or None."""
        for moved, place in self._dateline_places():
            country = moved or (place.get("country") if place else None)
            if country and country not in _NOT_HOME:
                return str(country)
        return None

    @cached_property
    def home_country(self) -> Optional[str]:
        """The country the document is about, when one dominates: its dateline's (counted twice), its actors' (not named
        companies') and its places' countries.

        None unless one country has at least two of the counts and half of them, or at least three and twice as
        many as any other.
        """
        counts: Counter[str] = Counter(self._places)
        for moved, place in self._dateline_places():
            if moved:
                counts[moved] += 2
            elif place and place.get("country") and place["country"] not in _NOT_HOME:
                counts[str(place["country"])] += 2
        # a country's name that is the given name of a person the text names in full ("Georgia Stevens", then
        # "Georgia was named champion") may be that person each time it stands alone: it says nothing of the story's country.
        # The given name is the first word of the person's own name, not of the mention ("Pakistan Prime Minister Shehbaz
        # Sharif" is no person called Pakistan), of a person with no office (an officeholder's name is known), and not
        # when the person is of that country ("Israel Katz" in an Israeli story: Israel still counts)
        given: dict[str, Optional[str]] = {}
        for m in self.mentions:
            name = str(m.get("name") or "").split()
            if m.get("kind") == "person" and len(name) >= 2 and not m.get("role"):
                given[norm(name[0])] = m.get("country")
        for m in self.mentions:
            # a company the story names (a platform, a carmaker) says little of where the story is, and a state's embassy
            # or envoy is where that state is not
            if _posted_abroad(m):
                continue
            if m.get("country") and m["country"] not in _NOT_HOME and not (m.get("kind") == "organisation" and m.get("sector") == "BUS") \
                    and not (m.get("kind") == "country" and norm(str(m["text"])) in given and given[norm(str(m["text"]))] != m["country"]):
                counts[str(m["country"])] += 1
        if not counts:
            return None
        ranked = counts.most_common(2)
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        if len(counts) == 1 and (top in self._places or self.dateline_country == top):
            return top  # the only country the text names, named as a place ("in Sacramento"): not a mere attacker's "Israeli troops"
        return top if n >= 2 and 2 * n >= sum(counts.values()) or n >= 3 and n >= 2 * second else None


def _posted_abroad(m: Actor) -> bool:
    """Is the mention a state's mission abroad ("the Spanish embassy", "the U.S. consulate", "embassy staff")? (Not its
    envoys: "Russia's ambassador to the United States said" tells a story of Russia.)"""
    words = norm(str(m.get("text") or "")).split()
    return bool(words) and (words[-1] in _POSTED_ABROAD or " ".join(words[-2:]) in _POSTED_ABROAD)


# --------------------------------------------------------------------------- module API

def document_actors(doc: Doc, *, resolver: ActorResolver, published: Optional[str] = None) -> DocumentActors:
    """The :class:`DocumentActors` of a doc, computed once per resolver and kept in ``doc.user_data``."""
    key = ("tidings.actors", published, id(resolver))
    store = getattr(doc, "user_data", None)
    if store is not None and key in store:
        cached: DocumentActors = store[key]
        if cached.doc is doc:  # user data copied to another doc does not count; doc.text would rebuild the text each call
            return cached
    da = DocumentActors(doc, resolver, published=published)
    if store is not None:
        store[key] = da
    return da


def resolve_doc_actors(doc: Doc, *, resolver: ActorResolver, published: Optional[str] = None) -> list[Actor]:
    """Every actor mention in a parsed doc (see :class:`DocumentActors`)."""
    return [m.copy() for m in document_actors(doc, published=published, resolver=resolver).mentions]


def actor_for_span(doc: Doc, start_char: int, end_char: int, *, resolver: ActorResolver, date: Optional[str] = None,
                   as_agent: bool = True, published: Optional[str] = None) -> Optional[Actor]:
    """The actor of the character span ``[start_char, end_char)`` of ``doc``.

    Mentions are computed once per doc; ``date`` (default ``published``)
    picks office holders' roles and ``as_agent`` reads capitals as their
    governments (True) or as places (False).
    """
    da = document_actors(doc, resolver=resolver, published=published)
    return da.at(start_char, end_char, date=date, as_agent=as_agent)
