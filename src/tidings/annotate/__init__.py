"""Stage `annotate`: the spaCy model, with a tokenizer that keeps hyphenated words whole.

- :func:`load_model` -- the English model named by ``options.model``, with
  :func:`fix_tokenizer` applied.
- :func:`sentence_ranges` -- a cheap sentence split on the raw text (used
  before parsing, to choose what to parse).
- :func:`merge_ranges` -- adjacent character ranges joined.

The coding components that run on the parsed doc are registered by the
``code`` stage (:mod:`tidings.code.pipeline`), which builds the full
pipeline on top of :func:`load_model`. This stage imports nothing from
later stages.

Tokenizer rule (decided and tested): a hyphen between two letters no longer
splits the word, so names ("Moon Jae-in"), national adjectives
("inter-Korean") and compounds ("long-range") are single tokens, which the
tagger and parser handle as one word. Hyphens next to digits still split
("10-12", "1950-53"), and so do dashes with spaces and double hyphens.
"""

from __future__ import annotations

import logging
import re
from typing import cast

import spacy
from spacy.language import Language

from .._errors import PipelineError

__all__ = ["TITLE_ABBREVIATIONS", "load_model", "fix_tokenizer", "sentence_ranges", "merge_ranges"]

log = logging.getLogger(__name__)


#: abbreviated ranks of the police and the armed forces that spaCy's English tokenizer splits from their full stop, so
#: that "Sgt. Don Yarbrough said" became two sentences ("Sgt." and "Don Yarbrough said"); "Gen.", "Gov.", "Sen.",
#: "Dr." and the like are exceptions of spaCy's own
TITLE_ABBREVIATIONS = ("Sgt.", "Capt.", "Lt.", "Col.", "Maj.", "Brig.", "Cpl.", "Pvt.", "Pfc.", "Spc.", "Cmdr.", "Det.",
                       "Insp.", "Supt.", "Const.", "Tpr.", "Ofc.", "Dep.", "Atty.")


def fix_tokenizer(nlp: Language) -> Language:
    """Keep letter-hyphen-letter words whole and abbreviated ranks with their full stop; leave every other rule as it is.

    spaCy's English rule ``(?<=[{a}0-9])(?:{h})(?=[{a}])`` splits a hyphen
    after a letter or digit and before a letter. It is replaced by the same
    rule restricted to a digit before the hyphen ("5-year" still splits).
    The ranks of :data:`TITLE_ABBREVIATIONS` (and their upper-case forms) become
    special cases, one token each, as "Gen." and "Dr." are in spaCy.
    """
    from spacy.attrs import ORTH
    from spacy.lang.char_classes import ALPHA, HYPHENS
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for title in TITLE_ABBREVIATIONS:
        for form in (title, title.upper()):
            tokenizer.add_special_case(form, [{ORTH: form}])

    english = r"(?<=[{a}0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
    digit_only = r"(?<=[0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
    infixes = list(nlp.Defaults.infixes or ())
    if english not in infixes:
        log.warning("spaCy's hyphen infix rule not found; tokenizer unchanged")
        return nlp
    infixes[infixes.index(english)] = digit_only
    # Language types its tokenizer as any callable; the English models use spaCy's Tokenizer
    cast(Tokenizer, nlp.tokenizer).infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def load_model(model: str) -> Language:
    """The spaCy model package ``model`` with :func:`fix_tokenizer` applied.

    Raises :class:`~tidings.PipelineError` (E501) when the model cannot be loaded.
    """
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise PipelineError(
            f"cannot load spaCy model {model!r}: {exc}",
            fix=f"install the model package ({model}) or set --model / TIDINGS_MODEL",
        ) from None
    return fix_tokenizer(nlp)


_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\n\s*\n|\n(?=\s*[\u2022*\-])")


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """Cheap sentence split on closing punctuation, blank lines and bullets."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def merge_ranges(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` with those separated only by white space joined."""
    out: list[tuple[int, int]] = []
    for s, e in ranges:
        if out and not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
