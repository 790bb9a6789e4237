"""Loaders for the CAMEO codebook and the event trigger lexicon.

Both are tab-separated data files under ``tidings/data/cameo/`` (see the
headers of ``codes.tsv`` and ``lexicon.tsv``). Users add trigger rows with
their own files: any file named ``*lexicon.tsv`` in ``options.knowledge_paths``
(a file or a folder) is read after the packaged one, and its rows take
precedence over packaged rows with the same key.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Optional

from .._errors import KnowledgeError

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..knowledge.verbs import VerbDictionary

__all__ = [
    "CameoCode",
    "LexEntry",
    "Lexicon",
    "load_codebook",
    "load_lexicon",
    "cameo_type",
    "word_forms",
    "load_vessels",
    "is_vessel",
    "OBJECT_CLASSES",
    "verb_rows",
    "irregular_forms",
    "instrument_nouns",
    "is_place_object",
    "is_person",
    "VerbRowStats",
]

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO codebook: code, label, Goldstein score, quad class and PLOVER mapping."""

    code: str
    label: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: Optional[str]

    @property
    def root(self) -> str:
        """The root code (first two digits)."""
        return self.code[:2]


@dataclass(frozen=True)
class LexEntry:
    """One trigger row of the lexicon: a lemma, its preposition and objects, and the CAMEO code it gives."""

    kind: str  # "V", "N" or "L"
    lemma: str  # may hold several words for nouns ("hunger strike")
    prep: Optional[str]
    objects: Optional[frozenset[str]]  # None = any object
    no_object: bool  # "@none": only without an object
    code: str  # CAMEO code, or "=" for light verbs
    strong: bool
    origin: str = ""

    @property
    def head(self) -> str:
        """The head word of the lemma (its last word)."""
        return self.lemma.split()[-1]

    @property
    def specificity(self) -> int:
        """How specific the row is (preposition, objects, no-object, extra words); specific rows are tried first."""
        return (2 if self.prep else 0) + (2 if self.objects else 0) + (1 if self.no_object else 0) + len(self.lemma.split()) - 1


def _data_text(name: str) -> str:
    return resources.files("tidings").joinpath("data", "cameo", name).read_text(encoding="utf-8")


def _rows(text: str, origin: str, ncols: int, optional: int = 0) -> Iterable[tuple[int, list[str]]]:
    """The rows of a tab-separated file, each with ``ncols`` columns (the last ``optional`` of them may be left
    out: they come back empty)."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if ncols - optional <= len(cols) < ncols:
            cols += [""] * (ncols - len(cols))
        if len(cols) != ncols:
            raise KnowledgeError(
                f"line {lineno}: expected {ncols} tab-separated columns, found {len(cols)}",
                path=origin,
                fix="see the header of the packaged file for the format",
            )
        yield lineno, cols


@functools.lru_cache(maxsize=None)
def load_codebook() -> dict[str, CameoCode]:
    """All CAMEO codes of the packaged codebook, keyed by zero-padded code."""
    book: dict[str, CameoCode] = {}
    for lineno, (code, label, gold, quad, plover, mode) in _rows(_data_text("codes.tsv"), "codes.tsv", 6):
        try:
            book[code] = CameoCode(code, label, float(gold), int(quad), plover, None if mode == "-" else mode)
        except ValueError:
            raise KnowledgeError(f"line {lineno}: bad number in CAMEO row {code}", path="codes.tsv") from None
    return book


def cameo_type(code: str) -> CameoCode:
    """The codebook row for ``code``; unknown fine codes fall back to their parent."""
    book = load_codebook()
    probe = code
    while probe:
        if probe in book:
            row = book[probe]
            return row if probe == code else CameoCode(code, row.label, row.goldstein, row.quad_class, row.plover, row.plover_mode)
        probe = probe[:-1]
    raise KnowledgeError(f"unknown CAMEO code {code!r}", fix="use a code listed in tidings/data/cameo/codes.tsv")


@dataclass
class Lexicon:
    """Trigger rows indexed by (kind, head lemma)."""

    entries: dict[tuple[str, str], list[LexEntry]] = field(default_factory=dict)

    def add(self, entry: LexEntry) -> None:
        """Add a row, replacing one with the same lemma, preposition and objects."""
        rows = self.entries.setdefault((entry.kind, entry.head), [])
        rows[:] = [r for r in rows if (r.lemma, r.prep, r.objects, r.no_object) != (entry.lemma, entry.prep, entry.objects, entry.no_object)]
        rows.append(entry)
        rows.sort(key=lambda r: -r.specificity)

    def rows(self, kind: str, lemma: str) -> list[LexEntry]:
        """The rows of ``kind`` ("V", "N" or "L") for head lemma ``lemma``, most specific first."""
        return self.entries.get((kind, lemma), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def lemmas(self, kind: Optional[str] = None) -> set[str]:
        """The head lemmas with rows, all or those of ``kind``."""
        return {lemma for (k, lemma) in self.entries if kind is None or k == kind}

    def trigger_forms(self) -> frozenset[str]:
        """Lower-case word forms that may start an event (for the pre-filter)."""
        return _forms_of(frozenset(self.lemmas("V") | self.lemmas("N") | self.lemmas("L")))

    def trigger_classes(self) -> dict[str, frozenset[str]]:
        """What the rows of each trigger word form say, for the pre-filter's detector.

        Per lower-case form (:meth:`trigger_forms`): ``k:<kind>`` of its rows
        (V, N, L), ``r:<root>`` for each two-digit CAMEO root they code, and
        ``strong`` / ``weak``.
        """
        out: dict[str, set[str]] = {}
        for (kind, lemma), rows in self.entries.items():
            names = {f"k:{kind}"} | {f"r:{r.code[:2]}" for r in rows if r.code != "="} | {"strong" if r.strong else "weak" for r in rows}
            for form in word_forms(lemma):
                out.setdefault(form, set()).update(names)
        return {form: frozenset(names) for form, names in out.items()}


def _parse_lexicon(text: str, origin: str, book: dict[str, CameoCode]) -> list[LexEntry]:
    out = []
    for lineno, (kind, lemma, prep, obj, code, strength) in _rows(text, origin, 6):
        if kind not in {"V", "N", "L"}:
            raise KnowledgeError(f"line {lineno}: kind must be V, N or L, not {kind!r}", path=origin)
        if kind == "L" and code != "=":
            raise KnowledgeError(f"line {lineno}: light-verb rows take their code from the noun; write '='", path=origin)
        if kind != "L":
            try:
                cameo_type(code)
            except KnowledgeError:
                raise KnowledgeError(f"line {lineno}: unknown CAMEO code {code!r}", path=origin) from None
        if strength not in {"strong", "weak"}:
            raise KnowledgeError(f"line {lineno}: strength must be strong or weak", path=origin)
        no_object = obj == "@none"
        objects = None if obj in {"-", "@none"} else frozenset(o.strip().lower() for o in obj.split("|") if o.strip())
        for o in objects or ():
            if o.startswith("@") and o not in OBJECT_CLASSES:
                raise KnowledgeError(f"line {lineno}: unknown object class {o!r}", path=origin,
                                     fix="use one of " + ", ".join(sorted(OBJECT_CLASSES)) + ", '@none' or lemmas")
        out.append(LexEntry(kind, lemma.lower(), None if prep == "-" else prep.lower(), objects, no_object, code, strength == "strong", f"{origin}:{lineno}"))
    return out


def _user_files(paths: Iterable[str]) -> list[Path]:
    found = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found.extend(sorted(path.rglob("*lexicon.tsv")))
        elif path.is_file() and path.name.endswith("lexicon.tsv"):
            found.append(path)
    return found


# words that, second in a phrasal verb of a verb dictionary, are its particle or preposition
_PHRASAL_PREPS = frozenset({
    "about", "across", "after", "against", "along", "around", "at", "away", "back", "by", "down", "for", "from",
    "in", "into", "of", "off", "on", "onto", "out", "over", "through", "to", "toward", "towards", "under", "up", "upon", "with",
})


@dataclass
class VerbRowStats:
    """What :func:`verb_rows` made of a verb dictionary: rows made, patterns kept and why others were not."""

    rows: int = 0
    patterns: int = 0
    kept: int = 0
    subject_words: int = 0  # words before the verb: the coder's rows cannot require them
    no_event: int = 0  # [---] patterns (exclusions)
    reciprocal_only: int = 0  # [:code] patterns
    unknown_code: int = 0  # codes not in the codebook

    def as_dict(self) -> dict[str, int]:
        """The counts as a dict."""
        return dict(self.__dict__)


def _lemma_variants(word: str) -> set[str]:
    """A dictionary word and the singulars it may stand for ("parties" -> party), for matching object lemmas."""
    w = word.lower()
    out = {w}
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    elif w.endswith(("ses", "xes", "ches", "shes")):
        out.add(w[:-2])
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.add(w[:-1])
    return out


def _head_words(element: str, vd: "VerbDictionary") -> set[str]:
    """The head words an after-verb element stands for: the last word of a phrase, a synonym set's members."""
    inner = element.strip("{}()")
    parts = [p for p in re.split(r"[\s_]+", inner) if p and p not in {"$", "+", "%"}]
    if not parts:
        return set()
    last = parts[-1]
    words: set[str] = set()
    for w in vd.expand(last) if last.startswith("&") else {last.lower()}:
        words |= _lemma_variants(w.split()[-1])
    return words


def _pattern_slots(after: tuple[str, ...], vd: "VerbDictionary") -> tuple[Optional[str], set[str]]:
    """The preposition and object head words a pattern asks for after its verb.

    The objects are the head (last word) of the first noun phrase after the
    verb, or of the first prepositional phrase when no noun phrase comes
    before it; the preposition is that of the first prepositional phrase
    (``(TO BORDER)``, or a bare preposition word right after the verb).
    """
    prep: Optional[str] = None
    phrase: list[str] = []
    words: set[str] = set()
    for element in after:
        if element.startswith("("):
            inner = [w for w in re.split(r"[\s_]+", element.strip("()")) if w]
            if inner and inner[0].isalpha() and prep is None:
                prep = inner[0].lower()
                if not phrase and len(inner) > 1:
                    words |= _head_words(inner[-1], vd)
            break
        if element in {"$", "+", "%"}:
            if phrase:
                break
            continue
        if prep is None and not phrase and element.lower() in _PHRASAL_PREPS:
            prep = element.lower()
            continue
        phrase.append(element)
    if phrase:
        words |= _head_words(phrase[-1], vd)
    return prep, words


def verb_rows(vd: "VerbDictionary", stats: Optional[VerbRowStats] = None) -> list[LexEntry]:
    """Trigger rows (weak verb rows) from a PETRARCH/TABARI verb dictionary read by :func:`tidings.knowledge.verbs.read_verb_dictionary`.

    Each verb of a block with a code gives a row; each pattern gives a row per
    verb of its block, with the first prepositional phrase after the verb as
    the row's preposition and the heads of the phrases after the verb as its
    objects (a row matches when the direct object or the preposition's object
    has one of them). Patterns with words before the verb, ``[---]``
    exclusions and reciprocal-only codes cannot be expressed and are counted
    in ``stats`` instead.
    """
    stats = stats if stats is not None else VerbRowStats()
    out: list[LexEntry] = []

    def known(code: str) -> bool:
        try:
            cameo_type(code)
            return True
        except KnowledgeError:
            stats.unknown_code += 1
            return False

    for block in vd.blocks:
        verbs = []
        for verb in block.verbs:
            lemma = verb.words[0]
            prep: Optional[str] = None
            objects: Optional[frozenset[str]] = None
            if len(verb.words) > 1:
                if verb.words[1] in _PHRASAL_PREPS:
                    prep = verb.words[1]
                else:
                    objects = frozenset(_lemma_variants(verb.words[-1]))
            verbs.append((lemma, prep, objects))
            code = verb.code or block.code
            if code and known(code):
                out.append(LexEntry("V", lemma, prep, objects, False, code, False, f"{vd.path}:{verb.line}"))
        for pat in block.patterns:
            stats.patterns += 1
            if any(e not in {"$", "+"} for e in pat.before):
                stats.subject_words += 1
                continue
            if pat.code is None:
                if pat.reciprocal:
                    stats.reciprocal_only += 1
                else:
                    stats.no_event += 1
                continue
            if not known(pat.code):
                continue
            pat_prep, words = _pattern_slots(pat.after, vd)
            stats.kept += 1
            for lemma, prep, objects in verbs:
                row_objects = frozenset(words) if words else objects
                out.append(LexEntry("V", lemma, pat_prep or prep, row_objects, False, pat.code, False, f"{vd.path}:{pat.line}"))
    stats.rows += len(out)
    return out


@functools.lru_cache(maxsize=16)
def load_lexicon(paths: tuple[str, ...] = (), verb_dictionaries: tuple[str, ...] = ()) -> Lexicon:
    """The packaged trigger lexicon, rows from PETRARCH/TABARI verb dictionaries, then user ``*lexicon.tsv`` files under ``paths``.

    A verb dictionary's rows only add to the lexicon: where the packaged
    lexicon already has a row with the same lemma, preposition and objects,
    that row stays.
    """
    from ..knowledge.verbs import read_verb_dictionary

    book = load_codebook()
    lex = Lexicon()
    for entry in _parse_lexicon(_data_text("lexicon.tsv"), "lexicon.tsv", book):
        lex.add(entry)
    for dict_path in verb_dictionaries:
        stats = VerbRowStats()
        added = 0
        for entry in verb_rows(read_verb_dictionary(dict_path), stats):
            key = (entry.lemma, entry.prep, entry.objects, entry.no_object)
            if any((r.lemma, r.prep, r.objects, r.no_object) == key for r in lex.rows(entry.kind, entry.head)):
                continue
            lex.add(entry)
            added += 1
        log.info("verb dictionary %s: %d rows added (%s)", dict_path, added, stats.as_dict())
    for path in _user_files(paths):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeError(f"cannot read lexicon: {exc}", path=str(path)) from None
        for entry in _parse_lexicon(text, str(path), book):
            lex.add(entry)
        log.info("lexicon rows added from %s", path)
    return lex


@dataclass(frozen=True)
class Vessels:
    """Vessel head nouns, ship-name prefixes and vehicle nouns."""

    nouns: frozenset[str]
    prefixes: frozenset[str]
    vehicles: frozenset[str] = frozenset()
    navies: Mapping[str, str] = field(default_factory=dict)  # a navy's ship-name prefix -> its country (HMS -> GBR)


@functools.lru_cache(maxsize=1)
def load_vessels() -> Vessels:
    """Vessel head nouns and ship-name prefixes from ``vessels.tsv``."""
    nouns: set[str] = set()
    prefixes: set[str] = set()
    vehicles: set[str] = set()
    navies: dict[str, str] = {}
    for lineno, (kind, word, country) in _rows(_data_text("vessels.tsv"), "vessels.tsv", 3, optional=1):
        if country and kind != "prefix":
            raise KnowledgeError(f"line {lineno}: only a prefix row names a navy's country", path="vessels.tsv")
        if kind == "noun":
            nouns.add(word.lower())
        elif kind == "prefix":
            prefixes.add(_prefix_key(word))
            if country:
                navies[_prefix_key(word)] = country.upper()
        elif kind == "vehicle":
            vehicles.add(word.lower())
        else:
            raise KnowledgeError(f"line {lineno}: kind must be noun, prefix or vehicle, not {kind!r}", path="vessels.tsv")
    return Vessels(frozenset(nouns), frozenset(prefixes), frozenset(vehicles), navies)


def _prefix_key(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def is_vessel(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name a vessel?

    Either its head is a vessel noun ("the tanker") or the words before the
    head start with a ship-name prefix ("the MSC Aries", "the M/V Tutor").
    """
    v = load_vessels()
    if tok.lemma_.lower() in v.nouns or tok.lower_ in v.nouns:
        return True
    before = [t for t in tok.subtree if t.i < tok.i and t.dep_ not in {"det", "amod", "nummod", "punct"}]
    if not before:
        return False
    # the prefix may be split into several tokens ("M", "/", "V"): join until a name word
    key = ""
    for t in [t for t in tok.doc[before[0].i:tok.i]]:
        part = _prefix_key(t.text)
        if not part and t.text not in {"/", "."}:
            break
        key += part
        if key in v.prefixes and key == key.upper() and t.text.upper() == t.text:
            return True
        if len(key) > 6:
            break
    return False


def is_navy_prefix(tok: Token) -> bool:
    """Is ``tok`` a navy's ship-name prefix (``vessels.tsv``: "USS", "HMS", "INS")?"""
    return tok.text.isupper() and _prefix_key(tok.text) in load_vessels().navies


def is_vehicle(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name a vehicle (a train, a plane, a motorcade) or a vessel?"""
    return tok.lemma_.lower() in load_vessels().vehicles or tok.lower_ in load_vessels().vehicles or is_vessel(tok)


def is_passenger(tok: Token) -> bool:
    """Is ``tok`` the object of a verb whose subject is a vehicle ("the train carried his sister")?"""
    while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in {"dobj", "obj"}:
        return False
    verb = tok.head
    return any(c.dep_ == "nsubj" and is_vehicle(c) for c in verb.children)


@functools.lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """Head words of places from the place engine's data (``places/features.toml``: feature words and "<x> of" heads)."""
    import tomllib

    data = tomllib.loads(resources.files("tidings").joinpath("data", "places", "features.toml").read_text(encoding="utf-8"))
    words = {w.split()[-1].lower() for key in ("feature_words", "of_heads") for w in data.get(key, [])}
    return frozenset(words)


def is_place_object(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name a place ("Palmyra", "the town of Palmyra", "the airport")?"""
    return tok.ent_type_ in {"GPE", "LOC", "FAC"} or tok.lemma_.lower() in _place_nouns()


# nouns of people one can hand over, question or free ("turned the boy over", "interviewed witnesses")
_PERSON_NOUNS = frozenset({
    "boy", "girl", "child", "son", "daughter", "man", "woman", "men", "women", "person", "people", "suspect", "witness",
    "prisoner", "hostage", "detainee", "captive", "fugitive", "defector", "refugee", "migrant", "teenager", "teen", "victim",
    "driver", "passenger", "worker", "employee", "soldier", "officer", "official", "journalist", "student", "resident",
    "survivor", "informant", "wife", "husband", "mother", "father", "brother", "sister", "baby", "infant", "minor",
    # people a crime report names by their role or place
    "guard", "deputy", "trooper", "policeman", "inmate", "neighbor", "neighbour", "customer", "clerk", "cashier", "pedestrian",
    "youth", "teacher",
    # people taken in raids on villages, schools and roads ("gunmen seized 20 pupils")
    "pupil", "schoolchild", "schoolgirl", "schoolboy", "villager", "farmer", "fisherman", "tourist", "traveller", "traveler",
    # the family a crime of abuse names
    "stepchild", "stepson", "stepdaughter", "grandchild", "grandson", "granddaughter", "girlfriend", "boyfriend",
    # foreigners a war or a cartel takes ("seized two Italian security contractors", "kidnapped three Turkish engineers")
    "contractor", "engineer", "diplomat", "missionary", "priest", "nun", "doctor", "nurse", "sailor", "seaman", "crewman",
    "reporter", "photographer", "translator", "interpreter", "businessman", "businesswoman", "trader", "citizen", "national",
    "pilgrim", "trafficker", "smuggler", "gangster",
})
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "himself", "herself", "themselves"})


def is_person(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name a person or people ("Elian", "the boy", "him", "three witnesses")?"""
    return tok.ent_type_ in {"PERSON", "NORP"} or tok.lower_ in _PERSON_PRONOUNS or tok.lemma_.lower() in _PERSON_NOUNS


#: words that make a level, a status or a state one of alert ("the terrorism threat level", "the security alert status")
_ALERT_WORDS = frozenset({"threat", "alert", "terror", "terrorism", "security", "readiness"})


def is_alert_level(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name an alert or a threat level ("the alert", "its terrorism threat
    level", "the security alert status", "the state of alert")? Not a level of anything else ("the level of the
    river")."""
    lemma = tok.lemma_.lower()
    if lemma == "alert":
        return True
    return lemma in {"level", "status", "state"} and any(
        (c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _ALERT_WORDS)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() == "alert" for o in c.children)) for c in tok.children)


#: agents that are chemical or biological weapons by their name alone ("used sarin", "spread anthrax")
_CHEMICAL_AGENTS = frozenset({"sarin", "vx", "tabun", "soman", "novichok"})
#: weapons and what carries them ("chemical weapons", "mustard gas shells", "chlorine barrel bombs"); not an agent, a
#: gas or a canister of no more than "chemical" or "toxic" (what protesters call tear gas)
_WEAPON_CARRIERS = frozenset({"weapon", "arm", "munition", "bomb", "shell", "rocket", "barrel", "warhead", "missile",
                              "artillery", "grenade"})
#: the words that make such a weapon chemical or biological
_CHEMICAL_KINDS = frozenset({"chemical", "biological", "poison", "mustard", "nerve", "sarin", "chlorine", "germ",
                             "bacteriological", "vx", "phosgene"})
#: gases and agents that are weapons by their kind alone: "mustard gas", "nerve agents"
_WAR_GASES = frozenset({"mustard", "nerve", "sarin", "phosgene"})
#: gases that poison, used in war when bombs, shells or an attack carry them ("bombed the town with poison gas")
_POISON_GASES = _WAR_GASES | {"poison", "poisonous", "chlorine", "toxic", "cyanide", "chemical"}
#: the words that make a weapon nuclear ("a nuclear bomb", "atomic weapons")
_NUCLEAR_KINDS = frozenset({"nuclear", "atomic", "thermonuclear"})


def _said_before(tok: Token) -> set[str]:
    """The words before ``tok`` in its phrase and in its of-phrase ("mustard gas shells", "shells of mustard gas")."""
    said = {c.lemma_.lower() for c in tok.subtree if c.i < tok.i and c.dep_ in {"compound", "amod", "nmod"}}
    return said | {y.lemma_.lower() for x in _of_objects(tok) for y in [x, *(c for c in x.children if c.dep_ in {"compound", "amod"})]}


def is_chemical_weapon(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name chemical or biological weapons ("chemical weapons", "mustard gas",
    "nerve agents", "sarin", "chlorine barrel bombs")? Not tear gas called "toxic gas" or "chemical agents", natural
    gas, poison gas for rats or chlorine gas for water."""
    lemma = tok.lemma_.lower()
    if lemma in _CHEMICAL_AGENTS:
        return True
    if lemma in {"gas", "agent"}:
        return bool(_said_before(tok) & _WAR_GASES)
    return lemma in _WEAPON_CARRIERS and bool(_said_before(tok) & _CHEMICAL_KINDS)


def is_poison_gas(tok: Token) -> bool:
    """Does ``tok`` name a chemical weapon or a gas that poisons ("poison gas", "chlorine", "toxic gas"), the means a
    bombing, a shelling or an attack is made with ("bombed the town with poison gas")?"""
    lemma = tok.lemma_.lower()
    return is_chemical_weapon(tok) or lemma == "chlorine" or (lemma == "gas" and bool(_said_before(tok) & _POISON_GASES))


def is_nuclear_weapon(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name nuclear weapons ("nuclear weapons", "an atomic bomb")? Not a nuclear
    plant, reactor or fuel, nor a rocket of hydrogen fuel."""
    return tok.lemma_.lower() in {"weapon", "arm", "bomb", "warhead", "missile", "device"} and bool(_said_before(tok) & _NUCLEAR_KINDS)


#: goods that relief is made of ("sent tents and blankets", "airlifted high-energy biscuits", "trucking water")
_RELIEF_GOODS = frozenset({
    "aid", "assistance", "relief", "food", "foodstuff", "medicine", "medication", "antibiotic", "vaccine", "dose",
    "tent", "blanket", "ration", "kit", "tarpaulin", "biscuit", "water", "shelter", "bednet", "oxygen",
    "dos",  # the tagger's lemma of "doses"
})
# (grain, fuel or "supplies" shipped are trade or arms as often as relief: they are relief only with a word of relief,
# "food supplies", "relief grain", as the units below)
#: measures and loads of goods: "500,000 tonnes of food", "planeloads of supplies", "a cargo of wheat"
_LOADS = frozenset({"tonne", "ton", "kilogram", "kg", "litre", "liter", "gallon", "bag", "sack", "carton", "box", "crate",
                    "planeload", "truckload", "shipload", "shipment", "consignment", "cargo", "load", "pallet", "batch",
                    "convoy", "dozen", "hundred", "thousand", "million"})
#: people and teams that bring relief ("sent a search and rescue team", "flown in teams of disaster specialists")
_RELIEF_WORKERS = frozenset({"doctor", "nurse", "medic", "paramedic", "rescuer", "physician", "vaccinator", "surgeon"})
_RELIEF_UNITS = frozenset({"team", "worker", "mission", "unit", "expert", "specialist", "staff", "personnel", "volunteer",
                           "hospital", "laboratory", "lab", "clinic", "crew", "brigade", "squad", "contingent",
                           # what carries it: "a UN relief flight", "the food convoy", "aid trucks"
                           "convoy", "flight", "plane", "aircraft", "truck", "lorry", "ship", "shipment", "cargo",
                           # where it is given: "relief camps", "treatment centres", "distribution points"
                           "camp", "centre", "center", "point", "supply", "grain", "wheat", "rice", "flour", "seed"})
_RELIEF_KINDS = frozenset({"rescue", "relief", "medical", "humanitarian", "aid", "disaster", "health", "emergency", "food", "firefighter",
                           "treatment", "distribution", "feeding", "isolation", "vaccination",
                           "laboratory", "ebola", "cholera", "epidemic", "epidemiologist", "trauma", "surgical"})


def _of_objects(tok: Token) -> list[Token]:
    """The objects of ``tok``'s of-phrases ("teams [of disaster specialists]", "tonnes [of food]")."""
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]


def is_relief(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name relief: goods it is made of ("tents and blankets", "900,000 doses of
    vaccine"), medics, or a team or unit of rescue, relief or medicine ("a 62-member search and rescue team", "a mobile
    laboratory team", "teams of disaster specialists")? Not troops, ships or aircraft, which carry it."""
    lemma = tok.lemma_.lower()
    if lemma in _RELIEF_GOODS or lemma in _RELIEF_WORKERS:
        return True
    if lemma in _LOADS and any(is_relief(x) for x in _of_objects(tok)):
        return True
    if lemma not in _RELIEF_UNITS:
        return False
    kinds = {c.lemma_.lower() for c in tok.subtree if c.i < tok.i and c.dep_ in {"compound", "amod", "conj", "nmod"}}
    # "teams of disaster specialists": the people of the of-phrase and their own modifiers (not a clause on them)
    kinds |= {y.lemma_.lower() for x in _of_objects(tok) for y in [x, *x.conjuncts, *(c for c in x.children if c.dep_ in {"compound", "amod"})]}
    return bool(kinds & (_RELIEF_KINDS | _RELIEF_WORKERS))


#: bodies that bring aid, with the word that makes them so ("aid agencies", "relief organisations", "humanitarian groups")
_AID_BODIES = frozenset({"agency", "organisation", "organization", "group", "worker", "staff", "body", "ngo", "charity", "mission"})
_AID_KINDS = frozenset({"aid", "relief", "humanitarian", "charity", "charitable", "ngo", "non-governmental", "nongovernmental"})


def is_aid_body(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name aid agencies or their workers ("13 international relief organisations",
    "foreign aid workers", "NGOs", "humanitarian groups")? Not agencies of any other kind ("news agencies")."""
    lemma = tok.lemma_.lower()
    if lemma in {"ngo", "ngos", "charity"} or tok.text in {"NGO", "NGOs"}:
        return True
    return lemma in _AID_BODIES and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in _AID_KINDS for c in tok.subtree if c.i < tok.i)


#: units a sum of money is counted in ("435 million dollars", "22 million pounds")
CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "riyal", "dirham", "rouble", "ruble",
                         "krone", "krona", "peso", "shekel", "rand", "naira", "shilling", "real", "won"})


#: words of computers and what runs on them: "the bank's computer network", "email accounts", "the power grid's control
#: system" (with such a word, a system, a network, a grid or an account is a computer's)
_COMPUTERS = frozenset({"website", "server", "database", "computer", "email", "e-mail", "firewall", "laptop", "smartphone", "router",
                        "software", "malware"})
_COMPUTER_WORDS = _COMPUTERS | frozenset({"online", "cyber", "digital", "internet", "it", "network", "control", "twitter",
                                          "facebook", "gmail", "mobile", "phone", "user"})


def is_computer(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name a computer or what runs on one ("the company's servers", "300 email
    accounts", "the networks of the committee", "the bank's computer network")? A tax system, a drug network or a power
    grid with no word of computers is none."""
    lemma = tok.lemma_.lower()
    if lemma in _COMPUTERS:
        return True
    if lemma not in {"system", "network", "grid", "account", "phone", "device", "infrastructure", "data", "datum"}:
        return False
    words = {c.lower_ for c in tok.subtree if c.i < tok.i and c.dep_ in {"compound", "amod", "nmod"}}
    # "the networks of the Democratic National Committee": an organisation's networks are its computers
    return bool(words & _COMPUTER_WORDS) or (lemma == "network" and any(
        x.ent_type_ == "ORG" or x.lemma_.lower() in _NETWORK_OWNERS for x in _of_objects(tok)))


#: bodies whose networks are their computers: "the networks of the defence contractor"
_NETWORK_OWNERS = frozenset({"company", "firm", "bank", "contractor", "committee", "ministry", "agency", "department", "party",
                             "campaign", "utility", "government", "corporation", "university", "hospital", "newspaper"})


def is_money(tok: Token) -> bool:
    """Does ``tok`` head a sum of money ("$50 million", "some 435 million dollars", "20 million yuan")?"""
    if tok.lemma_.lower() in CURRENCIES and any(c.like_num or c.ent_type_ == "MONEY" for c in tok.children):
        return True
    return tok.ent_type_ == "MONEY" and (tok.like_num or tok.lemma_.lower() in CURRENCIES) and any(
        c.text in {"$", "\u20ac", "\u00a3", "US$"} or c.lemma_.lower() in CURRENCIES for c in tok.subtree)


# Object classes a lexicon row may name in its object column, with the role
# the object then takes in the event: "@vessel" (the thing acted on, target),
# "@passenger" (the traveller, source), "@place" (where the event happened:
# "captured the town of Palmyra"; the side it was taken from is the target), "@person" (a person or people acted on,
# target: "turned the boy over"), "@computer" (a computer or what runs on one, acted on: target: "penetrated the
# committee's networks"), "@aid" (aid agencies or aid workers, acted on: target: "expelled 13 relief
# organisations"), "@money" (a sum of money given: the one given to is the target, "contributed $435
# million to Ethiopia"), "@relief" (relief goods, medics or a rescue team, what is given: the one given to is
# the target, named by a to-phrase: "sent a search and rescue team to Nepal"), "@alert" (an alert or threat level, a
# measure of the doer's own: "raised its threat level to critical"), "@chemical", "@poisongas" and "@nuclear" (chemical
# or biological weapons, those or a gas that poisons, nuclear weapons: the means used, never the target: "used
# chemical weapons against Iranian troops", "bombed the town with poison gas").
OBJECT_CLASSES: dict[str, Callable[[Token], bool]] = {"@vessel": is_vessel, "@passenger": is_passenger, "@place": is_place_object,
                                                      "@person": is_person, "@alert": is_alert_level, "@relief": is_relief,
                                                      "@money": is_money, "@aid": is_aid_body, "@computer": is_computer,
                                                      "@chemical": is_chemical_weapon, "@poisongas": is_poison_gas,
                                                      "@nuclear": is_nuclear_weapon}
OBJECT_ROLES = {"@vessel": "target", "@passenger": "source", "@place": "place", "@person": "target", "@alert": "measure",
                "@relief": "given", "@money": "given", "@aid": "target", "@computer": "target", "@chemical": "means",
                "@poisongas": "means", "@nuclear": "means"}


@functools.lru_cache(maxsize=1)
def instrument_nouns() -> frozenset[str]:
    """Lemmas of nouns that name documents, plans and measures (``cameo/instruments.tsv``), not actors."""
    words = set()
    for line in _data_text("instruments.tsv").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


def irregular_forms() -> dict[str, tuple[str, ...]]:
    """Trigger lemma -> its irregular word forms (``cameo/irregular.tsv``)."""
    return _irregular()


@functools.lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, ...]]:
    out = {}
    for _, (lemma, forms) in _rows(_data_text("irregular.tsv"), "irregular.tsv", 2):
        out[lemma] = tuple(f.strip().lower() for f in forms.split(",") if f.strip())
    return out


_VOWELS = set("aeiou")


def word_forms(lemma: str) -> set[str]:
    """Regular inflections of an English verb or noun lemma, plus irregular ones from data.

    Over-generation is harmless: the forms only decide which sentences are parsed.
    """
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    forms |= set(_irregular().get(w, ()))
    return forms


@functools.lru_cache(maxsize=16)
def _forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for lemma in lemmas:
        out |= word_forms(lemma)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def packaged_trigger_classes() -> dict[str, tuple[str, ...]]:
    """The packaged lexicon's trigger classes (:meth:`Lexicon.trigger_classes`, sorted): what the sentence detector's
    model was trained on, whatever lexicon a user's context adds."""
    return {form: tuple(sorted(names)) for form, names in load_lexicon().trigger_classes().items()}
