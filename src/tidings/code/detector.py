"""Which sentences may hold an event, from their words alone: the cheap first stage before the parser.

Parsing is most of the cost of coding, and most news sentences hold no event
that the coder keeps. :class:`SentenceDetector` scores each sentence of a
raw text (the cheap split of :func:`tidings.annotate.sentence_ranges`) from
its tokens only -- a regular-expression word split, no spaCy -- so that
:func:`tidings.code.code_documents` parses only the sentences scoring at
least the model's threshold (the ``prefilter`` setting).

Features of one sentence (:func:`features`), every one binary and hashed
with CRC-32 into :data:`BUCKETS` buckets (stable across processes, unlike
Python's ``hash``):

- its lower-cased word unigrams and bigrams (numbers read as ``<num>``);
- the event lexicon's trigger word forms it holds
  (``CodingContext.events.trigger_forms()``): how many, which, and the
  first one with its next word;
- how each trigger form is used (:func:`_trigger_context`): the class of
  the token before it and after it ("to", a modal, a form of "be" or
  "have", a determiner, a pronoun, a preposition, a number, a capitalised
  word, ...), alone and crossed with the form, the form's suffix crossed with
  the class before it, and whether the form itself is capitalised: "will
  attack" and "was arrested" are events far more often than "the attack
  on" or "an Arrest Street"; and what the packaged lexicon's rows of the
  form say (:meth:`~tidings.code._event_lexicon.Lexicon.trigger_classes`:
  verb, noun or light-verb row, the CAMEO roots, strong or weak), alone and
  crossed with the class before it;
- its shape: length in tokens, capitalised words after the first, digits,
  quotation marks, a question mark or a colon, a trailing comma, and where
  it stands in the text (first sentence, second, ... later).

The model is a logistic regression trained by ``tools/train_detector.py`` on
real news texts under ``../shared/eval`` (TimeBank/AQUAINT, ECB+, LGL,
TR-News, GeoVirus; never the gold set's articles), each sentence labelled
by whether coding the whole text with the full pipeline gives at least one
event record whose trigger lies in it. Its threshold is the highest that
keeps at least 99% of the full coder's events on the gold set's *dev*
articles. It ships as ``tidings/data/models/detector.npz`` (the non-zero
weights, their bucket numbers, the threshold and how it was trained).

The coder reads some things across sentences: a bare surname or a quoted
speaker is the person an earlier sentence introduced with office and
country, a pronoun its antecedent. Kept sentences parsed one piece at a
time lose those events. :meth:`SentenceDetector.masked` gives instead the
whole text with every sentence that is not parsed blanked out (same length,
so offsets hold), to parse as one doc: the kept sentences, the earlier
sentences that first name someone they name (:func:`context_sentences`),
and the pieces of a sentence that the cheap split cut after an abbreviation
(:func:`whole_sentences`).

A missing or unreadable model file is a :class:`~tidings.KnowledgeError`
when the pre-filter is built; there is no silent fallback, since parsing
other sentences than the ones measured would change both the speed and
the recall that ``docs/evaluation.md`` reports.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

import numpy as np

from .._errors import KnowledgeError
from .._models import read_model
from ..annotate import merge_ranges, sentence_ranges
from ._event_lexicon import packaged_trigger_classes
from .confidence import _sigmoid
from .events import sentence_has_trigger

__all__ = ["BUCKETS", "MODEL_FILE", "SentenceDetector", "tokens", "features", "hashed", "context_sentences", "whole_sentences", "load_detector"]

#: Hash buckets of the features (a power of two).
BUCKETS = 1 << 20
#: The packaged model, relative to ``tidings/data``.
MODEL_FILE = "models/detector.npz"
#: Sentences between two candidates parsed too, to join them into one piece (see :meth:`SentenceDetector.candidates`).
BRIDGE = 1
#: Version of :func:`features`; a model trained on another version is refused.
FEATURES_VERSION = 2

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,:]\d+)*|[\"\u201c\u201d\u00ab\u00bb]|[?:;,]")
_QUOTES = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})
_BLANK = re.compile(r"[^\n]")


def tokens(text: str) -> list[str]:
    """The word, number, quotation mark and ``? : ; ,`` tokens of ``text``, in order (case kept)."""
    return _TOKEN.findall(text)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def features(text: str, position: int, forms: frozenset[str]) -> list[str]:
    """The feature names of one sentence ``text``, the ``position``-th (from 0) of its document.

    ``forms`` are the event lexicon's lower-case trigger word forms.
    """
    return _features(tokens(text), position, forms)


def _features(toks: list[str], position: int, forms: frozenset[str]) -> list[str]:
    """:func:`features` of a sentence already split into :func:`tokens` (the same names in the same order)."""
    low = ["<num>" if t[0].isdigit() else t.lower() for t in toks]
    out = ["bias"]
    out.extend(f"u:{w}" for w in set(low))
    out.extend(f"b:{a}|{b}" for a, b in set(zip(["<s>"] + low, low + ["</s>"])))
    hits = [i for i, w in enumerate(low) if w in forms]
    out.append(f"trig{_bucket(len(hits), (0, 1, 2, 3))}")
    out.extend(f"t:{low[i]}" for i in set(hits))
    if hits:
        i = hits[0]
        out.append(f"t1:{low[i]}|{low[i + 1] if i + 1 < len(low) else '</s>'}")
        out.extend(_trigger_context(toks, low, hits))
    caps = sum(1 for t in toks[1:] if t[0].isupper())
    words = sum(1 for t in toks if t[0].isalpha())
    out.append(f"len{_bucket(words, (3, 6, 10, 15, 25, 40))}")
    out.append(f"caps{_bucket(caps, (0, 1, 2, 4, 7))}")
    out.append(f"caps&trig={min(caps, 3)}|{min(len(hits), 2)}")
    out.append(f"pos{_bucket(position, (0, 1, 2, 4, 8, 16))}")
    if any(t[0].isdigit() for t in toks):
        out.append("digits")
    if any(t in _QUOTES for t in toks):
        out.append("quote")
        if toks[0] in _QUOTES:
            out.append("quote_first")
    if "?" in toks:
        out.append("question")
    if ":" in toks:
        out.append("colon")
    if toks and toks[-1] == ",":
        out.append("trailing_comma")
    if words and all(t[0].isupper() for t in toks if t[0].isalpha()):
        out.append("all_caps_words")
    return out


#: Closed classes of English function words, by the class :func:`_word_class` names (what stands before or after a trigger form).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "modal": frozenset("will would could may might can should must shall cannot".split()),
    "be": frozenset("was were is are be been being am".split()),
    "have": frozenset("has have had having".split()),
    "det": frozenset("the a an this that these those its his her their our my your no any some every each".split()),
    "pron": frozenset("he she they it we i you who which".split()),
    "prep": frozenset("of in on at for from by with against over into after before during".split()),
}
_CLASS_OF = {w: name for name, words in _FUNCTION_WORDS.items() for w in words}


def _word_class(tok: str, low: str, first: bool) -> str:
    """The class of a token next to a trigger form: "to", a function-word class, or its kind (number, quote, capitalised, ...)."""
    if low == "to":
        return "to"
    name = _CLASS_OF.get(low)
    if name:
        return name
    if low == "<num>":
        return "num"
    if tok in _QUOTES:
        return "quote"
    if not tok[0].isalpha():
        return "punct"
    if tok[0].isupper() and not first:
        return "cap"
    return "adv" if low.endswith("ly") else "w"


def _suffix(form: str) -> str:
    return "ing" if form.endswith("ing") else "ed" if form.endswith("ed") else "s" if form.endswith("s") else "0"


def _trigger_context(toks: list[str], low: list[str], hits: list[int]) -> list[str]:
    """Features of how each trigger form (token ``i`` of ``hits``) is used: the classes of its neighbours, its suffix, its case, its rows."""
    classes = packaged_trigger_classes()  # the packaged lexicon's, which the model is trained on
    out = []
    for i in hits:
        w = low[i]
        before = _word_class(toks[i - 1], low[i - 1], i == 1) if i > 0 else "<s>"
        after = _word_class(toks[i + 1], low[i + 1], False) if i + 1 < len(toks) else "</s>"
        out += [f"tp:{before}", f"tpt:{before}|{w}", f"tn:{after}", f"tnt:{after}|{w}", f"sfx:{_suffix(w)}|{before}", f"pcn:{before}|{after}"]
        if i > 0 and toks[i][0].isupper():
            out.append("tcap")
        for name in classes.get(w, ()):
            out += [name, f"{name}|{before}"]
    return out


def _name_words(toks: list[str], common: frozenset[str]) -> set[str]:
    """The capitalised words among a sentence's tokens that are not ``common`` (words the text also writes in lower case)."""
    return {t for t in toks if t[0].isupper() and len(t) > 1 and t.lower() not in common}


#: Abbreviations the cheap split ends a sentence after ("Police Lt. Gary Spangler", "Acting U.S. Attorney Michelle Jacobs").
_ABBREVIATIONS = frozenset("mr mrs ms dr lt sgt gen col capt maj cpl pvt adm cmdr det supt insp gov sen rep rev prof hon atty "
                           "st jr sr ave blvd rd mt ft no inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec".split())
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


def _ends_in_abbreviation(sentence: str) -> bool:
    """Does the cheap split end ``sentence`` after an abbreviation or initials rather than at its end?"""
    words = sentence.split()
    last = words[-1].rstrip("\"'\u201d\u2019)") if words else ""
    return last.endswith(".") and (last[:-1].lower() in _ABBREVIATIONS or bool(_INITIALS.fullmatch(last)))


def whole_sentences(text: str, sentences: list[tuple[int, int]], keep: list[bool]) -> list[bool]:
    """``keep`` with the pieces of a sentence that the cheap split cut after an abbreviation kept together.

    A sentence kept without the piece before it ("Gary Spangler said." after
    "... Police Lt.") would be parsed with its subject cut off.
    """
    out = list(keep)
    k = 0
    while k < len(sentences):
        j = k
        while j + 1 < len(sentences) and _ends_in_abbreviation(text[sentences[j][0]:sentences[j][1]]):
            j += 1
        if any(out[k:j + 1]):
            out[k:j + 1] = [True] * (j + 1 - k)
        k = j + 1
    return out


def context_sentences(text: str, sentences: list[tuple[int, int]], keep: list[bool],
                      toks: Optional[list[list[str]]] = None) -> set[int]:
    """Indexes of the sentences not kept that first name someone a kept sentence names again.

    The coder reads a quoted speaker or a bare surname ("Euille said") as
    the person an earlier sentence introduced ("Mayor Bill Euille"), with
    that person's office and country. For each capitalised word of a kept
    sentence -- not one the text also writes in lower case, as it does the
    sentence-initial "The" or "Police" -- the earliest sentence holding it
    is parsed too, when that one comes earlier and is not kept. Tokens only
    (``toks``: the sentences' :func:`tokens` when already split).
    """
    if toks is None:
        toks = [tokens(text[s:e]) for s, e in sentences]
    common = frozenset(t for ts in toks for t in ts if t[0].islower())
    first: dict[str, int] = {}
    for k, ts in enumerate(toks):
        for w in _name_words(ts, common):
            first.setdefault(w, k)
    out: set[int] = set()
    for k, kept in enumerate(keep):
        if kept:
            out.update(j for j in (first[w] for w in _name_words(toks[k], common)) if j < k and not keep[j])
    return out


def hashed(names: Iterable[str]) -> list[int]:
    """The buckets of feature names (CRC-32 of their UTF-8 bytes, modulo :data:`BUCKETS`)."""
    return [zlib.crc32(n.encode("utf-8")) & (BUCKETS - 1) for n in names]


@dataclass(frozen=True)
class SentenceDetector:
    """Logistic-regression weights over hashed sentence features, and the threshold that keeps a sentence."""

    weights: np.ndarray  # float32, one per bucket
    threshold: float
    meta: Mapping[str, Any] = field(default_factory=dict)

    def score_sentence(self, text: str, position: int, forms: frozenset[str]) -> float:
        """The probability (0..1) that coding the sentence ``text`` (the ``position``-th of its text) gives an event."""
        return self._score(tokens(text), position, forms)

    def _score(self, toks: list[str], position: int, forms: frozenset[str]) -> float:
        """:meth:`score_sentence` of a sentence split into :func:`tokens`.

        The weights of its features are added one after another in float32,
        in the order of :func:`features` (what ``sum`` over the numpy scalars
        gave, bit for bit), by one ``np.add.accumulate`` instead of a Python loop.
        """
        picked = self.weights[np.fromiter(hashed(_features(toks, position, forms)), dtype=np.int64)]
        return _sigmoid(float(np.add.accumulate(picked)[-1]))

    def scores(self, text: str, forms: frozenset[str]) -> list[tuple[int, int, float]]:
        """Every sentence of ``text`` (:func:`~tidings.annotate.sentence_ranges`) as (start, end, score)."""
        return [(s, e, self._score(tokens(text[s:e]), k, forms)) for k, (s, e) in enumerate(sentence_ranges(text))]

    def _kept(self, text: str, forms: frozenset[str], always: frozenset[str],
              bridge: int) -> tuple[list[tuple[int, int]], list[bool], list[list[str]]]:
        """:meth:`kept` and the sentences' :func:`tokens` (split once, for the scores and the context)."""
        sentences = sentence_ranges(text)
        toks = [tokens(text[s:e]) for s, e in sentences]
        keep = [self._score(ts, k, forms) >= self.threshold or bool(always and sentence_has_trigger(text[s:e], always))
                for k, ((s, e), ts) in enumerate(zip(sentences, toks))]
        last = -1
        for k, kept in enumerate(keep):
            if kept:
                if 0 <= last < k - 1 and k - last - 1 <= bridge:
                    keep[last + 1:k] = [True] * (k - last - 1)
                last = k
        return sentences, keep, toks

    def kept(self, text: str, forms: frozenset[str], *, always: frozenset[str] = frozenset(),
             bridge: int = BRIDGE) -> tuple[list[tuple[int, int]], list[bool]]:
        """The sentences of ``text`` (:func:`~tidings.annotate.sentence_ranges`) and whether each is kept.

        A sentence is kept when it scores at least :attr:`threshold`, or when
        it holds one of the word forms ``always`` (trigger forms the model
        never saw in training, e.g. from a user's lexicon). Up to ``bridge``
        sentences between two kept ones are kept too.
        """
        sentences, keep, _ = self._kept(text, forms, always, bridge)
        return sentences, keep

    def candidates(self, text: str, forms: frozenset[str], *, always: frozenset[str] = frozenset(), bridge: int = BRIDGE) -> list[tuple[int, int]]:
        """Character ranges of the kept sentences of ``text`` (:meth:`kept`), adjacent ones merged (:func:`~tidings.annotate.merge_ranges`).

        With ``bridge`` the sentences between two kept ones are parsed as one
        piece with them (fewer, longer docs; the coder sees more context).
        """
        sentences, keep = self.kept(text, forms, always=always, bridge=bridge)
        return merge_ranges([r for r, k in zip(sentences, keep) if k], text)

    def masked(self, text: str, forms: frozenset[str], *, always: frozenset[str] = frozenset(), bridge: int = 0,
               context: bool = True) -> tuple[str, list[tuple[int, int]]]:
        """``text`` with every sentence that is not parsed blanked out, and the ranges of it to parse.

        The sentences parsed are the kept ones (:meth:`kept`) and, with
        ``context``, the earlier sentences that introduce the names they use
        (:func:`context_sentences`). Every other character but line breaks
        becomes a space (a sentence owns the characters up to the next one),
        so the text keeps its length and offsets into it are offsets into
        ``text``. The one range, from the first parsed sentence to the end of
        the last, goes to the parser as one doc (or sentence-aligned chunks),
        so the coder sees the kept sentences together with the sentences that
        name their actors, as when it parses everything (the same doc when
        every sentence is kept); a blanked stretch costs the parser one
        white-space token.
        """
        sentences, keep, toks = self._kept(text, forms, always, bridge)
        if context:
            for k in context_sentences(text, sentences, keep, toks):
                keep[k] = True
        keep = whole_sentences(text, sentences, keep)
        if not any(keep):
            return _BLANK.sub(" ", text), []
        # each sentence owns the characters up to the next one (a closing quote after its full stop, line breaks)
        starts = [0] + [s for s, _ in sentences[1:]]
        ends = starts[1:] + [len(text)]
        out = [text[lo:hi] if kept else _BLANK.sub(" ", text[lo:hi]) for lo, hi, kept in zip(starts, ends, keep)]
        first = keep.index(True)
        last = len(keep) - 1 - keep[::-1].index(True)
        return "".join(out), [(starts[first], ends[last])]

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed ``.npz``: the non-zero weights and their buckets (what ``tools/train_detector.py`` ships)."""
        index = np.flatnonzero(self.weights).astype(np.int32)
        meta = {**dict(self.meta), "buckets": BUCKETS, "features_version": FEATURES_VERSION}
        np.savez_compressed(path, index=index, weights=self.weights[index].astype(np.float32),
                            threshold=np.array(self.threshold), meta=np.array(json.dumps(meta, sort_keys=True)))

    @classmethod
    def read(cls, path: str | Path) -> SentenceDetector:
        """A model written by :meth:`save`; a :class:`~tidings.KnowledgeError` naming the file when it is missing or unreadable."""
        fix = "reinstall tidings, retrain with tools/train_detector.py, or set prefilter = false"
        try:
            with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                index, values, threshold = data["index"].astype(np.int64), data["weights"].astype(np.float32), float(data["threshold"])
        except FileNotFoundError:
            raise KnowledgeError("the sentence detector model is missing", path=str(path), fix=fix) from None
        except (OSError, KeyError, ValueError, TypeError, AttributeError, EOFError, zipfile.BadZipFile) as err:
            raise KnowledgeError(f"cannot read the sentence detector model: {' '.join(str(err).split())}", path=str(path), fix=fix) from None
        if meta.get("buckets") != BUCKETS or meta.get("features_version") != FEATURES_VERSION:
            raise KnowledgeError(f"the sentence detector model was made for other features (buckets {meta.get('buckets')}, "
                                 f"version {meta.get('features_version')}; this tidings has {BUCKETS}, {FEATURES_VERSION})",
                                 path=str(path), fix=fix)
        if index.shape != values.shape or (index.size and (index.min() < 0 or index.max() >= BUCKETS)) or not 0.0 <= threshold <= 1.0:
            raise KnowledgeError("the sentence detector model is corrupt (bucket numbers or threshold out of range)", path=str(path), fix=fix)
        weights = np.zeros(BUCKETS, dtype=np.float32)
        weights[index] = values
        return cls(weights=weights, threshold=threshold, meta=meta)


@lru_cache(maxsize=4)
def load_detector(path: Optional[str] = None) -> SentenceDetector:
    """The detector at ``path``, or the one shipped with tidings (read once per process)."""
    return read_model(path, MODEL_FILE, SentenceDetector.read)
