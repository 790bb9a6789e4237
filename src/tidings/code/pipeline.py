"""The spaCy pipeline with tidings' coding components, registered with ``Language.factory``.

The model's ``attribute_ruler`` gives way to :class:`FastAttributeRuler`:
the same rules applied in the same order, most of them by table look-up
instead of spaCy's ``Matcher`` (the same token attributes at about a fifth of
the CPU time).

:func:`build_pipeline` loads the model (:func:`tidings.annotate.load_model`)
and adds three components whose settings come from their config, a
:class:`~tidings.code.context.CodingSettings` (``knowledge_paths``,
``actor_dictionaries``, ``claims_lexicon``, ``skip_headings``,
``max_pairs``, ``verb_dictionaries``); each builds its :class:`~tidings.code.context.CodingContext`
from it, so a pipeline built with other settings codes differently:

``tidings_prefilter`` (before the parser, only with ``options.prefilter``)
    Keeps the character ranges of the sentences that the sentence detector
    (:mod:`tidings.code.detector`) scores as likely to hold an event in
    ``doc._.tidings_candidates``; :func:`tidings.code.code_documents` then
    parses only those.

``tidings_events``
    Finds event candidates on the parsed doc (``doc._.tidings_events``),
    see :func:`tidings.code.events.find_events`.

``tidings_code`` (last)
    Turns the candidates of docs prepared by :func:`tidings.code.code_documents`
    into event records kept in ``doc.user_data`` (so that coding runs in
    worker processes too). A document whose coding raises gets a
    :class:`~tidings.CodingError` naming it in ``doc.user_data`` instead.
"""

from __future__ import annotations

import threading
from typing import Any, Optional, cast

import srsly
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

from .._errors import CodingError
from .._options import Options
from ..annotate import load_model, sentence_ranges
from .actors import ARTICLE_NAME, DATELINE
from .context import CodingContext, CodingSettings
from .events import BODY_WORDS, find_events, sentence_has_trigger
from .headlines import reparse_headlines
from .mentions import DOCUMENT_KEY, code_prepared_doc

__all__ = [
    "build_pipeline",
    "get_pipeline",
    "candidate_ranges",
    "coding_context",
    "TidingsPrefilter",
    "TidingsEvents",
    "TidingsCode",
    "DOCUMENT_KEY",
    "EVENTS_KEY",
    "ERROR_KEY",
]

EVENTS_KEY = "tidings.events"
ERROR_KEY = "tidings.error"

_DEFAULT_CONFIG = CodingSettings().config()

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


def candidate_ranges(text: str, forms: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of the sentences of ``text`` that hold a trigger word form."""
    return [(s, e) for s, e in sentence_ranges(text) if sentence_has_trigger(text[s:e], forms)]


class TidingsPrefilter:
    """Marks the sentences that may hold an event, before the parser runs.

    The sentence detector (:mod:`tidings.code.detector`, the packaged model
    read once per process) scores each sentence of the raw text from its
    tokens; the sentences scoring at least its threshold, and those holding
    a trigger word form that the packaged lexicon lacks (rows from the
    user's ``knowledge_paths`` or verb dictionaries, which the detector never
    saw), are the candidates: :meth:`candidates` gives their character
    ranges, adjacent ones merged. A missing or unreadable model raises
    :class:`~tidings.KnowledgeError` here, when the pipeline is built.
    """

    def __init__(self, nlp: Language, name: str, settings: CodingSettings):
        self.name = name
        self.context = CodingContext(settings)
        self.forms = self.context.trigger_forms
        self.detector = self.context.detector
        user_rows = bool(settings.knowledge_paths or settings.verb_dictionaries)
        self.extra_forms = self.forms - CodingContext(CodingSettings()).trigger_forms if user_rows else frozenset()

    def candidates(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of the sentences of ``text`` to parse, adjacent ones merged."""
        return self.detector.candidates(text, self.forms, always=self.extra_forms)

    def inputs(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """The text to parse -- ``text`` with the sentences not picked blanked out, same length -- and its ranges to parse.

        The picked sentences are the candidates without bridges and the
        earlier sentences that introduce the names they use
        (:meth:`~tidings.code.detector.SentenceDetector.masked`): parsed in
        one doc, they give the coder the speakers and antecedents it reads
        across sentences, at the cost of one white-space token per gap.
        """
        return self.detector.masked(text, self.forms, always=self.extra_forms)

    def __call__(self, doc: Doc) -> Doc:
        doc._.tidings_candidates = self.candidates(doc.text)
        return doc


#: the model's components that tag, parse and lemmatise, in pipeline order (no entity recogniser)
_PARSING_PIPES = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer"})


def _names_read_as_pronouns(doc: Doc) -> None:
    """Give "WHO" written in capitals in running text (the World Health Organization: "WHO has sent experts", "WHO and
    UNICEF said") the tags of a name, which the tagger gives the relative pronoun; a sentence all in capitals keeps
    its tags ("WHO WILL PAY?")."""
    for t in doc:
        if t.text == "WHO" and t.tag_ == "WP" and any(c.islower() for c in t.sent.text):
            t.tag_, t.pos_, t.lemma_ = "NNP", "PROPN", "WHO"


def _surnames_read_as_modals(doc: Doc) -> None:
    """Make "May" after a first name the subject it is ("Theresa May condemned the bombing"), where the parser takes
    it for the modal verb of the verb after it: the first name hangs on it as a compound and the verb has no other
    subject. "May" as a modal ("the government may fall") has no name hanging on it."""
    for t in doc:
        if t.text != "May" or t.dep_ != "aux" or t.i == 0:
            continue
        first, verb = doc[t.i - 1], t.head
        if first.pos_ == "PROPN" and first.dep_ == "compound" and first.head.i == t.i and verb.i > t.i and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            t.dep_, t.tag_, t.pos_, t.lemma_ = "nsubj", "NNP", "PROPN", "May"


#: plurals the lemmatiser reads as another word's: news "bases" are military bases far more often than "bases" of an argument
_PLURAL_LEMMAS = {"bases": "base"}


def _plural_lemmas(doc: Doc) -> None:
    """Give a plural noun the lemma news means by it ("missile bases" are bases, not bases of an argument: the
    lemmatiser reads "bases" as a plural of "basis", so "dismantled the missile bases" met no row that names bases)."""
    for t in doc:
        if t.tag_ == "NNS" and t.lower_ in _PLURAL_LEMMAS:
            t.lemma_ = _PLURAL_LEMMAS[t.lower_]


class TidingsEvents:
    """Finds event candidates (trigger, code, source, target spans) on a parsed doc."""

    def __init__(self, nlp: Language, name: str, settings: CodingSettings):
        self.name = name
        self.context = CodingContext(settings)
        self._nlp = nlp

    def _parse(self, doc: Doc) -> Doc:
        """Run the model's tagging and parsing components on a new doc (a headline read again, :mod:`.headlines`)."""
        for name, proc in self._nlp.pipeline:
            if name in _PARSING_PIPES:
                doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        _names_read_as_pronouns(doc)
        _surnames_read_as_modals(doc)
        _plural_lemmas(doc)
        reparse_headlines(doc, self.context.events, self._parse)
        doc._.tidings_events = find_events(doc, self.context.events, skip_headings=self.context.settings.skip_headings,
                                             actor_noun=self.context.actor_noun)
        return doc


class TidingsCode:
    """Codes the events of docs prepared by :func:`tidings.code.code_documents`.

    Such docs carry their document's metadata in ``doc.user_data``; the
    component stores JSON-ready event records there (so they travel back from
    worker processes) and drops the candidates, which hold spans. When coding
    raises, the doc carries a :class:`~tidings.CodingError` message naming
    the document instead, and the batch goes on. Other docs pass through.
    """

    def __init__(self, nlp: Language, name: str, settings: CodingSettings):
        self.name = name
        self.context = CodingContext(settings)

    def __call__(self, doc: Doc) -> Doc:
        if DOCUMENT_KEY in doc.user_data:
            try:
                doc.user_data[EVENTS_KEY] = code_prepared_doc(doc, self.context)
            except Exception as exc:  # the one place a document's coding failure is caught
                meta = doc.user_data[DOCUMENT_KEY]
                error = CodingError(f"coding failed at offset {meta.get('offset', 0)}: {type(exc).__name__}: {exc}", path=meta.get("id"))
                doc.user_data[ERROR_KEY] = str(error)
            doc.user_hooks.pop("tidings_events", None)
            _drop_unserialisable(doc)
        return doc


_JSON_READY = frozenset({EVENTS_KEY, ERROR_KEY, DOCUMENT_KEY})


_PACKERS = threading.local()


def _packer() -> Any:
    """A ``srsly.msgpack.Packer`` as ``srsly.msgpack_dumps`` makes one, made once per thread (making one scans the
    installed packages' entry points; a packer keeps a buffer, so threads do not share one; it cannot be pickled,
    so the components do not hold it)."""
    packer = getattr(_PACKERS, "packer", None)
    if packer is None:
        packer = _PACKERS.packer = srsly.msgpack.Packer(use_bin_type=True)
    return packer


def _drop_unserialisable(doc: Doc) -> None:
    """Remove user_data entries (engine caches) that cannot travel between processes.

    The records, the error message and the document's metadata are JSON-ready
    by construction and are not checked (serialising the records of every
    parsed piece took about a tenth of a pre-filtered coding run). One packer
    serves every check (:func:`_packer`).
    """
    packer = _packer()
    for key in list(doc.user_data):
        if key in _JSON_READY:
            continue
        try:
            packer.pack(doc.user_data[key])
        except (TypeError, ValueError):
            del doc.user_data[key]


def _settings(knowledge_paths: list[str], actor_dictionaries: list[str], claims_lexicon: list[str], skip_headings: bool, max_pairs: int,
              verb_dictionaries: list[str]) -> CodingSettings:
    return CodingSettings(tuple(knowledge_paths), tuple(actor_dictionaries), tuple(claims_lexicon), skip_headings, max_pairs,
                          tuple(verb_dictionaries))


def _dateline_apart(block: list[Token]) -> None:
    """Make the dateline that opens the lead ("CARACAS, May 1 (Reuters) - Venezuelan police arrested ...") a sentence of
    its own, so that the lead is parsed without it: the actors' dateline (a place in capitals, a day, an agency, a
    dash) at the start of the block, followed by a word."""
    doc = block[0].doc
    found = DATELINE.match(doc.text, block[0].idx)
    if found is None:
        return
    lead = next((t for t in block if t.idx >= found.end()), None)
    if lead is None or not lead.is_alpha:
        return
    for x in block[1:]:
        if x.i >= lead.i:
            break
        x.is_sent_start = False
    lead.is_sent_start = True
    if lead.i + 1 < block[-1].i:
        doc[lead.i + 1].is_sent_start = False  # the parser would otherwise cut "Three" / "children were killed ..."


# closing quotes and brackets after a line's last word: "Minister says 'no'", "Floods hit Kerala (video)"
_CLOSERS = "'\"\u2019\u201d)]"


def _ends_on_a_word(block: list[Token]) -> bool:
    """Does the line end on a word or a number ("after break-ins", "rises 5%", "says 'no'"), not on punctuation that
    ends a sentence or leads into the next line (".", ":", ",")?"""
    end = block[-1].text
    if len(block) > 1 and all(c in _CLOSERS for c in end):
        end = block[-2].text
    end = end.rstrip(_CLOSERS)
    return bool(end) and (end[-1].isalnum() or end[-1] == "%")


class ParagraphBreaks:
    """A short line set off by blank lines with no closing punctuation is one sentence of its own: a headline, a
    dateline or an "Updated:" line above a story's lead is not parsed into the lead, nor split into words ("Police" /
    "Arrest" / "Man"), whatever the parser would do (it keeps boundaries set before it). Only the lines above the
    first paragraph of the body (a URL's pieces may come first): captions and section heads further down are left
    to the parser, as are a line that ends on a comma or a colon ("a spokesman said:"), one that holds sentences of
    its own and one of more than ``max_line_tokens`` tokens. Anywhere in the text, a paragraph that ends on a full
    stop (and any closing quote) ends its sentence: the next paragraph starts one (:func:`_paragraphs_apart`)."""

    def __init__(self, name: str = "tidings_paragraphs", max_line_tokens: int = 40) -> None:
        self.name = name
        self.max_line_tokens = max_line_tokens

    def __call__(self, doc: Doc) -> Doc:
        start = 0
        for i, tok in enumerate(doc):
            if i < len(doc) - 1 and not (tok.is_space and tok.text.count("\n") >= 2):
                continue
            block = [t for t in doc[start : i + 1] if not t.is_space]
            start = i + 1
            if not block:
                continue
            if len(block) > self.max_line_tokens or not _ends_on_a_word(block) \
                    or any(t.text in {".", "!", "?"} for t in block[:-1]):
                if sum(t.is_alpha for t in block) >= BODY_WORDS:
                    _dateline_apart(block)
                    break  # the first paragraph of the body: later lines (captions, section heads) are left to the parser
                continue
            for t in block[1:]:
                t.is_sent_start = False
            if block[0].i > 0:
                block[0].is_sent_start = True
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = True
        _paragraphs_apart(doc)
        return doc


#: the closing quotes a paragraph's last sentence may end on after its full stop
_CLOSING_QUOTES = frozenset({'"', "'", "\u201d", "\u2019", "''", ")"})


def _paragraphs_apart(doc: Doc) -> None:
    """A paragraph whose last sentence ends on a full stop, a question or an exclamation mark (and any closing quote)
    ends there: the next paragraph starts a sentence. The parser would otherwise join a quotation that closes one
    paragraph to the next one ('... to keep us safe."' / 'Cregan, 29, is being questioned ...'), or a paragraph that
    ends on an abbreviation's full stop ("Prime Minister Hun Sen.") to the next. A paragraph that breaks off
    mid-sentence is left to the parser."""
    for tok in doc[1:-1]:
        if not (tok.is_space and tok.text.count("\n") >= 2):
            continue
        k = tok.i - 1
        while k > 0 and doc[k].text in _CLOSING_QUOTES:
            k -= 1
        nxt = doc[tok.i + 1]
        # (an abbreviation's own full stop ends the paragraph too: "... to challenge Prime Minister Hun Sen.")
        if (doc[k].text in {".", "!", "?"} or (len(doc[k].text) > 1 and doc[k].text.endswith("."))) and not nxt.is_space \
                and nxt.is_sent_start is not False:
            nxt.is_sent_start = True


class NameShapes:
    """A name whose Arabic article is written in lower case ("Hassan al-Turabi", "Ambassador Ahmed el-Sayed") is
    read by the tagger and the parser as the same name with a capital ("Al-Turabi"): its word's shape and prefix
    features are those of the capitalised form, so that it is not taken for a common noun or a past-tense verb
    ("el-Sayed" as a verb cut the ambassador off from "condemned"). The text, the word's lower-case form and its
    norm are unchanged. The features are the vocabulary's, set once per word."""

    def __init__(self, name: str = "tidings_names") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab
        for tok in doc:
            text = tok.text
            if len(text) > 4 and text[0] in "aeu" and ARTICLE_NAME.match(text) and tok.shape_[0] == "x":
                capital = vocab[text[0].upper() + text[1:]]
                lex = vocab[text]
                lex.shape, lex.prefix = capital.shape, capital.prefix
        return doc


@Language.factory("tidings_names", assigns=[])
def _make_names(nlp: Language, name: str) -> NameShapes:
    return NameShapes(name)


@Language.factory("tidings_paragraphs", default_config={"max_line_tokens": 40}, assigns=["token.is_sent_start"])
def _make_paragraphs(nlp: Language, name: str, max_line_tokens: int) -> ParagraphBreaks:
    return ParagraphBreaks(name, max_line_tokens)


@Language.factory("tidings_prefilter", default_config=_DEFAULT_CONFIG)
def _make_prefilter(nlp: Language, name: str, knowledge_paths: list[str], actor_dictionaries: list[str], claims_lexicon: list[str],
                    skip_headings: bool, max_pairs: int, verb_dictionaries: list[str]) -> TidingsPrefilter:
    return TidingsPrefilter(nlp, name, _settings(knowledge_paths, actor_dictionaries, claims_lexicon, skip_headings, max_pairs, verb_dictionaries))


@Language.factory("tidings_events", default_config=_DEFAULT_CONFIG, requires=["token.dep", "token.pos", "token.lemma", "doc.sents"],
                  assigns=["doc._.tidings_events"])
def _make_events(nlp: Language, name: str, knowledge_paths: list[str], actor_dictionaries: list[str], claims_lexicon: list[str],
                 skip_headings: bool, max_pairs: int, verb_dictionaries: list[str]) -> TidingsEvents:
    return TidingsEvents(nlp, name, _settings(knowledge_paths, actor_dictionaries, claims_lexicon, skip_headings, max_pairs, verb_dictionaries))


@Language.factory("tidings_code", default_config=_DEFAULT_CONFIG, requires=["doc._.tidings_events", "doc.ents"])
def _make_code(nlp: Language, name: str, knowledge_paths: list[str], actor_dictionaries: list[str], claims_lexicon: list[str],
               skip_headings: bool, max_pairs: int, verb_dictionaries: list[str]) -> TidingsCode:
    return TidingsCode(nlp, name, _settings(knowledge_paths, actor_dictionaries, claims_lexicon, skip_headings, max_pairs, verb_dictionaries))


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` (its patterns, serialisation, scoring, error handling) whose ``match`` uses look-up tables.

    spaCy's ruler runs a ``Matcher`` with all its rules over every token;
    most rules of the English models are one token with a fixed ``TAG``
    and/or ``LOWER`` (a tag map and word exceptions), which a dict keyed by
    the token's (lower form, tag) finds at once. The other one-token rules
    (on dependency labels, ``IS_SPACE``, ``NOT_IN``) are checked on the
    tokens that have a value they require (all tokens when they require
    none); only rules over several tokens or patterns, or with regular
    expressions, still go to a ``Matcher``. :meth:`match` gives what spaCy's
    gives (sorted by rule number, so later rules override earlier ones, then
    position), and the annotations are set as spaCy sets them. The tables
    are built from the ruler's own patterns when first needed and dropped
    whenever patterns are added or cleared (so ``from_disk``,
    ``from_bytes`` and ``add_patterns`` keep working).
    """

    def __init__(self, vocab: Any, name: str = "attribute_ruler", *, validate: bool = False) -> None:
        self._tables: Optional[_Tables] = None
        super().__init__(vocab, name, validate=validate)

    def clear(self) -> None:
        super().clear()
        self._tables = None

    def add(self, patterns: Any, attrs: dict[str, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._tables = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._tables is None:
            self._tables = _Tables.of(self)
        return self._tables.matches(doc)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        attrs, indices = self.attrs, self.indices
        one = [(n, s) for n, _, s, e in matches if e - s == 1 and indices[n] in (0, -1)]
        if len(one) == len(matches):  # one-token matches: the token itself, as spaCy's Span indexing gives it
            for n, s in one:
                set_token_attrs(doc[s], attrs[n])
            return
        super().set_annotations(doc, matches)  # type: ignore[no-untyped-call]


class _Tables:
    """The look-up tables of a :class:`FastAttributeRuler`'s rules."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.keys: list[int] = []  # the match id of each rule number, as spaCy's Matcher names them
        self.table: dict[tuple[int, int], list[int]] = {}  # (LOWER hash or 0, TAG hash or 0) -> rule numbers
        # other one-token rules: (column, hash of a value the rule requires) -> (rule number, conditions); those
        # requiring no value are checked on every token
        self.checked: dict[tuple[int, int], list[tuple[int, _Conditions]]] = {}
        self.always: list[tuple[int, _Conditions]] = []
        self.matcher: Any = None

    @classmethod
    def of(cls, ruler: AttributeRuler) -> _Tables:
        """The tables of ``ruler``'s rules (its patterns and token indexes)."""
        from spacy.matcher import Matcher

        self = cls(ruler.vocab)
        matcher = Matcher(ruler.vocab)
        rest = False
        for number, rule in enumerate(ruler.patterns):
            self.keys.append(ruler.vocab.strings.add(str(number)))
            patterns = cast(list[list[dict[str, Any]]], rule["patterns"])
            conditions = self._conditions(patterns, ruler.indices[number])
            if conditions is None:
                matcher.add(str(number), patterns)
                rest = True
            elif {column for column, _, _ in conditions} <= {0, 1} and all(keep for _, keep, _ in conditions):
                values = {column: sorted(hashes) for column, _, hashes in conditions}
                for key in ((low, tag) for low in values.get(0, [0]) for tag in values.get(1, [0])):
                    self.table.setdefault(key, []).append(number)
            else:
                required = sorted((column, hashes) for column, keep, hashes in conditions if keep)  # IS_SPACE last
                if required:
                    column, hashes = required[0]
                    for value in hashes:
                        self.checked.setdefault((column, value), []).append((number, conditions))
                else:
                    self.always.append((number, conditions))
        self.matcher = matcher if rest else None
        return self

    def _conditions(self, patterns: list[list[dict[str, Any]]], index: int) -> Optional[_Conditions]:
        """A one-token rule as (column, in or not in, hashes) conditions on LOWER, TAG, DEP and IS_SPACE, or None for any other rule."""
        if len(patterns) != 1 or len(patterns[0]) != 1 or not patterns[0][0] or index not in (0, -1):
            return None
        out = []
        for attr, value in patterns[0][0].items():
            if attr not in _COLUMNS:
                return None
            if attr == "IS_SPACE":
                if not isinstance(value, bool):
                    return None
                out.append((3, True, frozenset({int(value)})))
                continue
            keep, strings = True, [value]
            if isinstance(value, dict):
                if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
                    return None
                keep, strings = "IN" in value, next(iter(value.values()))
            if not isinstance(strings, list) or not all(isinstance(v, str) for v in strings) or (keep and not all(strings)):
                return None
            out.append((_COLUMNS[attr], keep, frozenset(self.vocab.strings.add(v) if v else 0 for v in strings)))
        return tuple(out)

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule number, match id, start, end) of every rule matching in ``doc``, sorted as spaCy's ruler sorts them."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        table, checked, always = self.table, self.checked, self.always
        found: list[tuple[int, int, int]] = []
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist() if len(doc) else []
        for k, row in enumerate(rows):
            low, tag, dep = row[0], row[1], row[2]
            for key in {(low, tag), (low, 0), (0, tag)}:
                numbers = table.get(key)
                if numbers:
                    found.extend((n, k, k + 1) for n in numbers)
            for rules in (checked.get((0, low)), checked.get((1, tag)), checked.get((2, dep)), checked.get((3, row[3])), always):
                if rules:
                    found.extend((n, k, k + 1) for n, conditions in rules
                                 if all((row[column] in hashes) == keep for column, keep, hashes in conditions))
        if self.matcher is not None:
            strings = self.vocab.strings
            found.extend((int(strings[m]), s, e) for m, s, e in self.matcher(doc, allow_missing=True))
        found.sort()
        keys = self.keys
        return [(n, keys[n], s, e) for n, s, e in found]


#: The token attributes that one-token rules are read on, by column of ``Doc.to_array``.
_COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
#: A one-token rule: for each attribute it reads, (column, whether the value must be in or out of the hashes, the hashes).
_Conditions = tuple[tuple[int, bool, frozenset[int]], ...]


@Language.factory("tidings_attribute_ruler", assigns=["token.tag", "token.pos", "token.morph", "token.lemma"],
                  default_config={"validate": False})
def _make_attribute_ruler(nlp: Language, name: str, validate: bool) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.vocab, name, validate=validate)


def _speed_up_attribute_ruler(nlp: Language) -> None:
    """Put a :class:`FastAttributeRuler` with the same rules in place of the model's active ``attribute_ruler`` (same name)."""
    if "attribute_ruler" not in nlp.pipe_names or not isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler):
        return
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    fast = cast(FastAttributeRuler, nlp.replace_pipe("attribute_ruler", "tidings_attribute_ruler"))
    fast.add_patterns(ruler.patterns)


def build_pipeline(options: Optional[Options] = None) -> Language:
    """Load the spaCy model with the fixed tokenizer and tidings' components.

    ``options.model`` names the model package; its ``attribute_ruler`` is
    replaced by a :class:`FastAttributeRuler` with the same rules (same
    name, same token attributes, less CPU time); ``options.prefilter`` adds the
    pre-filter before the parser; ``options.knowledge_paths``,
    ``actor_dictionaries`` and ``claims_lexicon`` go into the components'
    config (see :class:`~tidings.code.context.CodingSettings`).
    """
    options = options or Options()
    nlp = load_model(options.model)
    _speed_up_attribute_ruler(nlp)
    config = CodingSettings.from_options(options).config()
    nlp.add_pipe("tidings_names", first=True)
    nlp.add_pipe("tidings_paragraphs", first=True)
    if options.prefilter:
        before = "tok2vec" if "tok2vec" in nlp.pipe_names else ("parser" if "parser" in nlp.pipe_names else None)
        if before:
            nlp.add_pipe("tidings_prefilter", before=before, config=config)
        else:
            nlp.add_pipe("tidings_prefilter", first=True, config=config)
    nlp.add_pipe("tidings_events", last=True, config=config)
    nlp.add_pipe("tidings_code", last=True, config=config)
    return nlp


def coding_context(nlp: Language) -> CodingContext:
    """The coding context of a pipeline built by :func:`build_pipeline` (that of ``tidings_code``)."""
    if "tidings_code" not in nlp.pipe_names:
        raise CodingError("the pipeline has no tidings_code component", fix="build it with tidings.build_pipeline(options)")
    return cast(TidingsCode, nlp.get_pipe("tidings_code")).context


_PIPELINES: dict[tuple[Any, ...], Language] = {}


def get_pipeline(options: Optional[Options] = None) -> Language:
    """A pipeline for ``options``, built once per model, pre-filter and coding settings in this process."""
    options = options or Options()
    key = (options.model, options.prefilter, CodingSettings.from_options(options))
    if key not in _PIPELINES:
        _PIPELINES[key] = build_pipeline(options)
    return _PIPELINES[key]
