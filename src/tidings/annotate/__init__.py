"""Stage `annotate`: the spaCy pipeline with tidings' components.

:func:`build_pipeline` loads the English model named by ``options.model``,
fixes the tokenizer so hyphenated words stay whole, and adds two registered,
configurable components:

``tidings_prefilter`` (before the parser, only when ``options.prefilter``)
    Splits the text into sentences with a cheap rule and keeps the character
    ranges of those holding at least one trigger word form of the event
    lexicon in ``doc._.tidings_candidates``. :func:`parse_candidates` uses it
    to send only those sentences through the tagger, parser and NER.

``tidings_events``
    Finds event candidates on the parsed doc (``doc._.tidings_events``),
    see :func:`tidings.code.events.find_events`.

``tidings_code`` (last)
    Turns the candidates of docs prepared by
    :func:`tidings.code.code_documents` into event records kept in
    ``doc.user_data`` (so that coding runs in the worker processes too).

Tokenizer rule (decided and tested): a hyphen between two letters no longer
splits the word, so names ("Moon Jae-in"), national adjectives
("inter-Korean") and compounds ("long-range") are single tokens, which the
tagger and parser handle as one word. Hyphens next to digits still split
("10-12", "1950-53"), and so do dashes with spaces and double hyphens.
"""

from __future__ import annotations

import logging
import re
from typing import Iterable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .._errors import PipelineError
from .._options import Options

__all__ = [
    "build_pipeline",
    "get_pipeline",
    "fix_tokenizer",
    "parse_candidates",
    "candidate_ranges",
    "TidingsPrefilter",
    "TidingsEvents",
    "TidingsCode",
]

log = logging.getLogger(__name__)

def fix_tokenizer(nlp: Language) -> Language:
    """Keep letter-hyphen-letter words whole; leave every other infix rule as it is.

    spaCy's English rule ``(?<=[{a}0-9])(?:{h})(?=[{a}])`` splits a hyphen
    after a letter or digit and before a letter. It is replaced by the same
    rule restricted to a digit before the hyphen ("5-year" still splits).
    """
    from spacy.lang.char_classes import ALPHA, HYPHENS

    english = r"(?<=[{a}0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
    digit_only = r"(?<=[0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
    infixes = list(nlp.Defaults.infixes)
    if english not in infixes:
        log.warning("spaCy's hyphen infix rule not found; tokenizer unchanged")
        return nlp
    infixes[infixes.index(english)] = digit_only
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


# ------------------------------------------------------------------ extensions

if not Doc.has_extension("tidings_candidates"):
    Doc.set_extension("tidings_candidates", default=None)
# Candidates hold spans, which cannot be serialised; they live outside
# ``user_data`` so that docs still travel between processes (and simply
# arrive without candidates, which are then found again on demand).
if not Doc.has_extension("tidings_events"):
    Doc.set_extension(
        "tidings_events",
        getter=lambda doc: doc.user_hooks.get("tidings_events"),
        setter=lambda doc, value: doc.user_hooks.__setitem__("tidings_events", value),
    )

_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\n\s*\n|\n(?=\s*[\u2022*\-])")


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """Cheap sentence split on closing punctuation, blank lines and bullets."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def candidate_ranges(text: str, forms: frozenset) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``text`` that hold a trigger word form."""
    from ..code.events import sentence_has_trigger

    return [(s, e) for s, e in sentence_ranges(text) if sentence_has_trigger(text[s:e], forms)]


class TidingsPrefilter:
    """Marks the sentences that may hold an event, before the parser runs."""

    def __init__(self, nlp: Language, name: str, lexicon_paths: list):
        from ..code._event_lexicon import load_lexicon

        self.name = name
        self.forms = load_lexicon(tuple(lexicon_paths)).trigger_forms()

    def __call__(self, doc: Doc) -> Doc:
        doc._.tidings_candidates = candidate_ranges(doc.text, self.forms)
        return doc


class TidingsEvents:
    """Finds event candidates (trigger, code, source, target spans) on a parsed doc."""

    def __init__(self, nlp: Language, name: str, lexicon_paths: list, skip_headings: bool):
        from ..code._event_lexicon import load_lexicon

        self.name = name
        self.lexicon = load_lexicon(tuple(lexicon_paths))
        self.skip_headings = skip_headings

    def __call__(self, doc: Doc) -> Doc:
        from ..code.events import find_events

        doc._.tidings_events = find_events(doc, self.lexicon, skip_headings=self.skip_headings)
        return doc


class TidingsCode:
    """Codes the events of docs prepared by ``tidings.code.code_documents``.

    Such docs carry their document's metadata in ``doc.user_data``; the
    component stores JSON-ready event records there (so they travel back from
    worker processes) and drops the candidates, which hold spans. Other docs
    pass through untouched.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from ..code import DOCUMENT_KEY, EVENTS_KEY, _code_doc

        if DOCUMENT_KEY in doc.user_data:
            doc.user_data[EVENTS_KEY] = _code_doc(doc)
            doc.user_hooks.pop("tidings_events", None)
            _drop_unserialisable(doc)
        return doc


def _drop_unserialisable(doc: Doc) -> None:
    """Remove user_data entries (engine caches) that cannot travel between processes."""
    import srsly

    for key in list(doc.user_data):
        try:
            srsly.msgpack_dumps(doc.user_data[key])
        except (TypeError, ValueError):
            del doc.user_data[key]


@Language.factory("tidings_code", default_config={})
def _make_code(nlp: Language, name: str) -> TidingsCode:
    return TidingsCode(nlp, name)


@Language.factory("tidings_prefilter", default_config={"lexicon_paths": []})
def _make_prefilter(nlp: Language, name: str, lexicon_paths: list) -> TidingsPrefilter:
    return TidingsPrefilter(nlp, name, lexicon_paths)


@Language.factory("tidings_events", default_config={"lexicon_paths": [], "skip_headings": True})
def _make_events(nlp: Language, name: str, lexicon_paths: list, skip_headings: bool) -> TidingsEvents:
    return TidingsEvents(nlp, name, lexicon_paths, skip_headings)


def build_pipeline(options: Optional[Options] = None) -> Language:
    """Load the spaCy model with the fixed tokenizer and tidings' components.

    ``options.model`` names the model package; ``options.prefilter`` adds the
    pre-filter before the parser; user lexicon files come from
    ``options.knowledge_paths``.
    """
    options = options or Options()
    try:
        nlp = spacy.load(options.model)
    except (OSError, ImportError) as exc:
        raise PipelineError(
            f"cannot load spaCy model {options.model!r}: {exc}",
            fix=f"install the model package ({options.model}) or set --model / TIDINGS_MODEL",
        ) from None
    fix_tokenizer(nlp)
    paths = [str(p) for p in options.knowledge_paths]
    if options.prefilter:
        before = "tok2vec" if "tok2vec" in nlp.pipe_names else ("parser" if "parser" in nlp.pipe_names else None)
        if before:
            nlp.add_pipe("tidings_prefilter", before=before, config={"lexicon_paths": paths})
        else:
            nlp.add_pipe("tidings_prefilter", first=True, config={"lexicon_paths": paths})
    nlp.add_pipe("tidings_events", last=True, config={"lexicon_paths": paths})
    nlp.add_pipe("tidings_code", last=True)
    return nlp


_CACHE: dict[tuple, Language] = {}


def get_pipeline(options: Optional[Options] = None) -> Language:
    """A cached :func:`build_pipeline` per (model, prefilter, knowledge paths)."""
    options = options or Options()
    key = (options.model, options.prefilter, tuple(options.knowledge_paths))
    if key not in _CACHE:
        _CACHE[key] = build_pipeline(options)
    return _CACHE[key]


def parse_candidates(nlp: Language, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[list[tuple[int, Doc]]]:
    """Parse only the trigger-bearing sentences of each text.

    Yields, per text, a list of ``(offset, doc)``: each doc covers one
    candidate sentence (adjacent candidates are merged) and ``offset`` is its
    start in the text. Without a ``tidings_prefilter`` in ``nlp`` the whole
    text is one chunk. Offsets in a chunk's doc plus ``offset`` are offsets
    in the text.
    """
    if "tidings_prefilter" not in nlp.pipe_names:
        for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            yield [(0, doc)]
        return
    forms = nlp.get_pipe("tidings_prefilter").forms
    texts = list(texts)
    plan: list[list[tuple[int, int]]] = []
    chunks: list[str] = []
    for text in texts:
        ranges = _merge(candidate_ranges(text, forms), text)
        plan.append(ranges)
        chunks.extend(text[s:e] for s, e in ranges)
    with nlp.select_pipes(disable=["tidings_prefilter"]):
        docs = iter(list(nlp.pipe(chunks, batch_size=batch_size, n_process=n_process)))
    for ranges in plan:
        yield [(s, next(docs)) for s, _ in ranges]


def _merge(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in ranges:
        if out and not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
