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
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from .._errors import KnowledgeError

if TYPE_CHECKING:
    from spacy.tokens import Token

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


def _rows(text: str, origin: str, ncols: int) -> Iterable[tuple[int, list[str]]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
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


@functools.lru_cache(maxsize=16)
def load_lexicon(paths: tuple[str, ...] = ()) -> Lexicon:
    """The packaged trigger lexicon plus user ``*lexicon.tsv`` files under ``paths``."""
    book = load_codebook()
    lex = Lexicon()
    for entry in _parse_lexicon(_data_text("lexicon.tsv"), "lexicon.tsv", book):
        lex.add(entry)
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


@functools.lru_cache(maxsize=1)
def load_vessels() -> Vessels:
    """Vessel head nouns and ship-name prefixes from ``vessels.tsv``."""
    nouns: set[str] = set()
    prefixes: set[str] = set()
    vehicles: set[str] = set()
    for lineno, (kind, word) in _rows(_data_text("vessels.tsv"), "vessels.tsv", 2):
        if kind == "noun":
            nouns.add(word.lower())
        elif kind == "prefix":
            prefixes.add(_prefix_key(word))
        elif kind == "vehicle":
            vehicles.add(word.lower())
        else:
            raise KnowledgeError(f"line {lineno}: kind must be noun, prefix or vehicle, not {kind!r}", path="vessels.tsv")
    return Vessels(frozenset(nouns), frozenset(prefixes), frozenset(vehicles))


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


# Object classes a lexicon row may name in its object column, with the role
# the object then takes in the event: "@vessel" (the thing acted on, target),
# "@passenger" (the traveller, source).
OBJECT_CLASSES: dict[str, Callable[[Token], bool]] = {"@vessel": is_vessel, "@passenger": is_passenger}
OBJECT_ROLES = {"@vessel": "target", "@passenger": "source"}


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
