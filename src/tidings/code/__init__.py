"""Stage `code`: events (who did what to whom, when, where, says who) as mention records.

- :func:`extract` -- the events of one article's text, no database needed.
- :func:`code_documents` -- the events of stored documents, in batches.
- :func:`events_from_doc` -- the events of one parsed spaCy ``Doc``.
- :class:`CodingContext` -- the settings and resources every engine receives.
- :func:`build_pipeline` -- the spaCy pipeline with the coding components.

Each event is a dict in the :class:`tidings._types.Event` export shape with
exactly one mention. All offsets refer to the document's clean text.

Dropping rule (precision): a candidate whose source and target are both
unresolved is kept only when its trigger is *strong* in the lexicon
(``execution``, ``summit``, ``arrest``); weak, generic triggers (``say``,
``help``, ``attack``, ``talk``) need at least one resolved actor.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Optional, cast

from spacy.language import Language
from spacy.tokens import Doc

from .._errors import CodingError
from .._ids import document_id
from .._options import Options
from .._types import Document, Event
from ..annotate import merge_ranges
from .context import CodingContext, CodingSettings
from .mentions import DOCUMENT_KEY, code_prepared_doc, events_from_doc
from .pipeline import ERROR_KEY, EVENTS_KEY, TidingsPrefilter, build_pipeline, candidate_ranges, coding_context, get_pipeline

__all__ = [
    "extract",
    "code_documents",
    "events_from_doc",
    "code_prepared_doc",
    "CodingContext",
    "CodingSettings",
    "build_pipeline",
    "get_pipeline",
    "coding_context",
]

log = logging.getLogger(__name__)


def extract(text: str, *, published: Optional[str] = None, outlet: Optional[str] = None, title: Optional[str] = None,
            nlp: Optional[Language] = None, options: Optional[Options] = None) -> list[Event]:
    """The events of one article (raw text or HTML), in the export schema.

    The text is read with :func:`tidings.read_article` (boilerplate removed,
    metadata found), then its clean text is parsed and coded with the
    pipeline ``nlp`` (default: the one for ``options``, see
    :func:`build_pipeline`). ``published`` (ISO date) anchors relative dates;
    ``outlet`` names the reporting outlet. Raises :class:`~tidings.CodingError`
    when the document cannot be coded.
    """
    from ..read import read_article

    document: Document = read_article(text, published=published, outlet=outlet, title=title).copy()
    if title and not document.get("title"):
        document["title"] = title
    return code_documents([document], options=options, nlp=nlp).get(document["id"], [])


def code_documents(docs: list[Document], *, options: Optional[Options] = None, nlp: Optional[Language] = None,
                   on_error: Optional[Callable[[CodingError], None]] = None) -> dict[str, list[Event]]:
    """Events of stored documents, keyed by document id, parsed in batches.

    ``nlp`` is a pipeline from :func:`build_pipeline` (default: the one for
    ``options``); its coding context decides how text is coded. Documents
    whose ``language`` is not in ``options.languages`` are skipped (they get
    an empty list). With a ``tidings_prefilter`` in ``nlp`` only sentences
    holding a trigger word are parsed. With ``options.n_process`` > 1 the
    whole coding runs in worker processes through the ``tidings_code``
    component; records come back in ``doc.user_data``.

    A document whose coding fails is left out of the result and reported as
    a :class:`~tidings.CodingError` naming it: passed to ``on_error`` when
    given (the other documents are coded), else raised after the batch.
    """
    options = options or Options()
    nlp = nlp or get_pipeline(options)
    coding_context(nlp)  # raises for a pipeline without the tidings_code component, which codes in the workers
    out: dict[str, list[Event]] = {}
    todo: list[Document] = []
    for d in docs:
        did = d.get("id") or document_id(d.get("text", ""))
        d = d if d.get("id") else {**d, "id": did}
        out[did] = []
        lang = d.get("language")
        if lang and lang not in options.languages:
            log.info("document %s skipped: language %s", did, lang)
            continue
        if not (d.get("text") or "").strip():
            continue
        todo.append(d)
    inputs, owners = _inputs(nlp, todo)
    disable = [p for p in ("tidings_prefilter",) if p in nlp.pipe_names]
    failed: dict[str, CodingError] = {}
    with nlp.select_pipes(disable=disable):
        for owner, doc in zip(owners, nlp.pipe(inputs, batch_size=options.batch_size, n_process=options.n_process)):
            if ERROR_KEY in doc.user_data:
                failed.setdefault(owner, _error(doc.user_data[ERROR_KEY], owner))
            elif owner not in failed:
                out[owner].extend(doc.user_data[EVENTS_KEY])
    for owner, error in failed.items():
        del out[owner]
        if on_error is None:
            raise error
        on_error(error)
    return out


def _inputs(nlp: Language, todo: list[Document]) -> tuple[list[Doc], list[str]]:
    """The docs to parse (title apart, then the text or its candidate sentences) and their owners' ids."""
    prefilter = "tidings_prefilter" in nlp.pipe_names
    forms = cast(TidingsPrefilter, nlp.get_pipe("tidings_prefilter")).forms if prefilter else frozenset()
    inputs: list[Doc] = []
    owners: list[str] = []
    for d in todo:
        meta = {k: d.get(k) for k in ("id", "published", "outlet", "original_outlet", "title", "updates")}
        text = d["text"]
        if _title_apart(d):
            inputs.append(_input_doc(nlp, d["title"] or "", meta, 0, in_title=True))
            owners.append(d["id"])
        ranges = merge_ranges(candidate_ranges(text, forms), text) if prefilter else [(0, len(text))]
        for start, end in ranges:
            inputs.append(_input_doc(nlp, text[start:end], meta, start))
            owners.append(d["id"])
    return inputs, owners


def _error(message: str, owner: str) -> CodingError:
    """The CodingError recorded on a doc (its message already names the document)."""
    text = message.split(" ", 1)[1] if message.startswith(CodingError.code + " ") else message
    prefix = f"{owner}: "
    text = text[len(prefix):] if text.startswith(prefix) else text
    fix = f" ({CodingError.default_fix})"
    text = text[: -len(fix)] if text.endswith(fix) else text
    return CodingError(text, path=owner)


def _input_doc(nlp: Language, text: str, meta: dict[str, Any], offset: int, *, in_title: bool = False) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data[DOCUMENT_KEY] = {**meta, "offset": offset, "in_title": in_title}
    return doc


def _title_apart(d: Document) -> bool:
    """Has the document a title that its clean text does not contain?"""
    title = (d.get("title") or "").strip()
    return bool(title) and title not in (d.get("text") or "")[: len(title) + 200]
