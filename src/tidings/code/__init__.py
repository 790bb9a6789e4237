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
from typing import Any, Callable, Iterator, Optional, cast

from spacy.language import Language
from spacy.tokens import Doc

from .._errors import CodingError
from .._ids import document_id
from .._options import Options
from .._types import Document, Event
from ..annotate import sentence_ranges
from .confidence import keep_confident
from .context import CodingContext, CodingSettings
from .mentions import DOCUMENT_KEY, code_prepared_doc, events_from_doc
from .pipeline import ERROR_KEY, EVENTS_KEY, TidingsPrefilter, build_pipeline, coding_context, get_pipeline

__all__ = [
    "extract",
    "code_documents",
    "chunk_ranges",
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
    an empty list). With a ``tidings_prefilter`` in ``nlp`` only the
    sentences its detector picks (:mod:`tidings.code.detector`) are parsed. A text longer than
    ``options.chunk_chars`` (or the model's ``max_length``) is parsed in
    sentence-aligned chunks (:func:`chunk_ranges`); offsets still point into
    the whole text. With ``options.n_process`` > 1 this call's coding runs in
    spaCy's worker processes through the ``tidings_code`` component; records
    come back in ``doc.user_data`` (``tidings ingest`` uses its own
    long-lived workers instead, see ``options.jobs``).

    A document whose coding fails -- in an engine (caught by the
    ``tidings_code`` component) or in spaCy itself (tokenizer, parser) -- is
    left out of the result and reported as a :class:`~tidings.CodingError`
    naming it: passed to ``on_error`` when given (the other documents are
    coded), else raised after the batch.
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
    failed: dict[str, CodingError] = {}
    disable = [p for p in ("tidings_prefilter",) if p in nlp.pipe_names]
    with nlp.select_pipes(disable=disable):
        for owner, done in _parse(nlp, todo, _chunk_limit(nlp, options), options, failed):
            if isinstance(done, CodingError):
                failed.setdefault(owner, done)
                continue
            for result in done:
                if isinstance(result, str):
                    failed.setdefault(owner, _error(result, owner))
                elif owner not in failed:
                    out[owner].extend(keep_confident(result, options.min_confidence))  # the min_confidence setting
    for owner, error in failed.items():
        out.pop(owner, None)
        if on_error is None:
            raise error
        on_error(error)
    return out


def _chunk_limit(nlp: Language, options: Options) -> int:
    """Characters per parsed doc: ``options.chunk_chars``, never over the model's ``max_length``."""
    limit = options.chunk_chars if options.chunk_chars > 0 else nlp.max_length
    return max(1, min(limit, nlp.max_length))


def chunk_ranges(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into consecutive ranges of at most ``limit`` characters.

    Cuts fall at sentence starts (:func:`tidings.annotate.sentence_ranges`),
    so chunks hold whole sentences; a sentence longer than ``limit`` is cut
    at the last white space before the limit (or at the limit when it has
    none). The ranges cover ``start``-``end`` without gap or overlap, so an
    offset inside a chunk plus the chunk's start is an offset into ``text``.
    """
    if end - start <= limit:
        return [(start, end)]
    cuts = [start + s for s, _ in sentence_ranges(text[start:end]) if s > 0]
    out: list[tuple[int, int]] = []
    lo = start
    i = 0
    while end - lo > limit:
        while i < len(cuts) and cuts[i] <= lo:
            i += 1
        best = None  # the last sentence start that keeps the chunk within the limit
        while i < len(cuts) and cuts[i] - lo <= limit:
            best = cuts[i]
            i += 1
        if best is None:  # one sentence longer than the limit: cut at white space
            space = max(text.rfind(" ", lo + 1, lo + limit), text.rfind("\n", lo + 1, lo + limit))
            best = space + 1 if space > lo else lo + limit
        out.append((lo, best))
        lo = best
    out.append((lo, end))
    return out


#: What parsing one input doc gave: its records, or the message of the error that its coding raised.
_Result = list[Event] | str

#: Characters parsed together in one of ``nlp.pipe``'s minibatches (fewer docs when they are long chunks).
_BATCH_CHARS = 100_000


def _result(doc: Doc) -> _Result:
    return cast(str, doc.user_data[ERROR_KEY]) if ERROR_KEY in doc.user_data else cast(list[Event], doc.user_data[EVENTS_KEY])


def _parse(nlp: Language, todo: list[Document], limit: int, options: Options,
           failed: dict[str, CodingError]) -> Iterator[tuple[str, list[_Result] | CodingError]]:
    """Each document's results (one per input doc), or the :class:`CodingError` that spaCy raised on it.

    The documents' input docs (:func:`_doc_inputs`) are made as ``nlp.pipe``
    asks for them, in minibatches of at most ``options.batch_size`` docs and
    about ``_BATCH_CHARS`` characters, and only the records of a parsed doc
    are kept, so a long text is never held parsed whole. A document whose
    text cannot even be tokenised goes to ``failed``. When spaCy itself
    raises (the ``tidings_code`` component catches the engines' failures, not
    the parser's), the documents not yet finished are parsed again one by
    one, so that only the one that fails is lost.
    """
    prefilter = _prefilter(nlp)
    pieces = sum(len(d["text"]) // limit + 1 for d in todo) or 1
    chars = sum(len(d["text"]) for d in todo) or 1
    batch_size = max(1, min(options.batch_size, _BATCH_CHARS * pieces // chars))
    sizes: dict[str, int] = {}

    def inputs() -> Iterator[Doc]:
        for d in todo:
            try:
                docs = _doc_inputs(nlp, d, limit, prefilter)
            except Exception as exc:  # the tokenizer failed on this text
                failed[d["id"]] = CodingError(f"tokenizing failed: {type(exc).__name__}: {exc}", path=d["id"])
                continue
            sizes[d["id"]] = len(docs)
            yield from docs

    finished: set[str] = set()
    parsed: dict[str, list[_Result]] = {}
    try:
        for doc in nlp.pipe(inputs(), batch_size=batch_size, n_process=max(1, options.n_process)):
            owner = doc.user_data[DOCUMENT_KEY]["id"]
            parsed.setdefault(owner, []).append(_result(doc))
            if len(parsed[owner]) == sizes[owner]:
                finished.add(owner)
                yield owner, parsed.pop(owner)
        return
    except Exception as exc:  # spaCy failed inside a batch: find the document
        log.warning("parsing a batch failed (%s: %s); parsing its documents one by one", type(exc).__name__, exc)
    for d in todo:
        owner = d["id"]
        if owner in finished or owner in failed:
            continue
        try:
            yield owner, [_result(doc) for doc in nlp.pipe(_doc_inputs(nlp, d, limit, prefilter), batch_size=batch_size)]
        except Exception as exc:
            yield owner, CodingError(f"parsing failed: {type(exc).__name__}: {exc}", path=owner)


def _prefilter(nlp: Language) -> Optional[TidingsPrefilter]:
    """The pipeline's pre-filter (its sentence detector picks the sentences to parse), or None (parse whole texts).

    Found among all components: :func:`code_documents` disables it while parsing (it picks the ranges instead).
    """
    if "tidings_prefilter" not in nlp.component_names:
        return None
    return cast(TidingsPrefilter, nlp.get_pipe("tidings_prefilter"))


def _doc_inputs(nlp: Language, d: Document, limit: int, prefilter: Optional[TidingsPrefilter]) -> list[Doc]:
    """The docs to parse for one document: its title apart, then its text in chunks (with the pre-filter, the text with the
    sentences it does not keep blanked: :meth:`~tidings.code.pipeline.TidingsPrefilter.inputs`)."""
    meta = {k: d.get(k) for k in ("id", "published", "outlet", "original_outlet", "title", "updates")}
    text = d["text"]
    docs: list[Doc] = []
    if _title_apart(d):
        docs.append(_input_doc(nlp, (d["title"] or "")[:limit], meta, 0, in_title=True))
    # with the pre-filter: the text with every sentence it does not keep blanked (same length, so offsets hold)
    text, ranges = prefilter.inputs(text) if prefilter is not None else (text, [(0, len(text))])
    for start, end in ranges:
        for lo, hi in chunk_ranges(text, start, end, limit):
            if prefilter is None or text[lo:hi].strip():  # a chunk of blanked sentences only is not parsed
                docs.append(_input_doc(nlp, text[lo:hi], meta, lo))
    return docs


def _inputs(nlp: Language, todo: list[Document], limit: int) -> list[tuple[str, list[Doc]]]:
    """Every document's input docs, by document id (what :func:`_parse` makes one at a time)."""
    prefilter = _prefilter(nlp)
    return [(d["id"], _doc_inputs(nlp, d, limit, prefilter)) for d in todo]


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
