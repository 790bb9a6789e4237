"""Per-doc caches of what the coder reads again and again from one parsed doc.

spaCy builds ``doc.text`` anew on every access (joining every token), and the
coder asks for it many times per doc; the quotation state of each token of a
sentence, the tokens of the doc by their text and its lemmas are likewise
read again for each event. :func:`doc_cache` computes each once per doc and keeps it in
``doc.user_data`` (the pipeline drops it with the other engine caches before
a doc leaves a worker process).

A cache belongs to one doc object with one tokenisation: user data copied to
another doc (``Doc.copy`` deep-copies it, still naming the first doc), or a doc
whose tokens a retokenizer changed, gets a fresh one. The values handed out are immutable
(``str``, tuples, a read-only mapping of tuples), so no caller can change what
the next caller reads.
"""

from __future__ import annotations

import re
import weakref
from types import MappingProxyType
from typing import Callable, Mapping, Optional

from spacy.tokens import Doc, Span

__all__ = ["DocCache", "doc_cache", "doc_lemmas", "doc_text", "page_words", "quotation_states", "span_text", "tokens_by_text"]

_KEY = "tidings.doc_cache"


class DocCache:
    """What the coder computes once per doc: its text, its tokens by text, its lemmas, the quotation states of its
    sentences."""

    __slots__ = ("_doc", "n_tokens", "text", "_by_text", "_lemmas", "_quotes", "_pages")

    def __init__(self, doc: Doc):
        self._doc = weakref.ref(doc)  # no cycle through user_data; a deep copy of the user data still points here
        self.n_tokens = len(doc)
        self.text: str = doc.text
        self._by_text: Optional[dict[str, tuple[int, ...]]] = None
        self._lemmas: Optional[frozenset[str]] = None
        self._quotes: dict[tuple[int, int], tuple[bool, ...]] = {}
        self._pages: dict[re.Pattern[str], int] = {}

    def fits(self, doc: Doc) -> bool:
        """Is this the cache of ``doc`` as it is now (the same object, as many tokens)?"""
        return self._doc() is doc and self.n_tokens == len(doc)

    def by_text(self) -> Mapping[str, tuple[int, ...]]:
        """Token text -> the indices of the tokens with that exact text, in order."""
        if self._by_text is None:
            index: dict[str, list[int]] = {}
            for t in self._doc() or ():
                index.setdefault(t.text, []).append(t.i)
            self._by_text = {k: tuple(v) for k, v in index.items()}
        return MappingProxyType(self._by_text)


def doc_cache(doc: Doc) -> DocCache:
    """The :class:`DocCache` of ``doc``, made on first use and kept in ``doc.user_data``."""
    store = doc.user_data
    found = store.get(_KEY)
    if isinstance(found, DocCache) and found.fits(doc):
        return found
    made = store[_KEY] = DocCache(doc)
    return made


def doc_lemmas(doc: Doc) -> frozenset[str]:
    """The lower-case lemmas of the tokens of ``doc`` (what words a text speaks of: war, work, diplomacy)."""
    cache = doc_cache(doc)
    if cache._lemmas is None:
        cache._lemmas = frozenset(t.lemma_.lower() for t in doc)
    return cache._lemmas


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    return doc_cache(doc).text


def span_text(span: Span) -> str:
    """``span.text`` (the doc's text between the span's first and last characters), sliced from the doc's text."""
    return doc_cache(span.doc).text[span.start_char:span.end_char]


def tokens_by_text(doc: Doc) -> Mapping[str, tuple[int, ...]]:
    """The indices of the tokens of ``doc`` by their exact text (read-only)."""
    return doc_cache(doc).by_text()


def quotation_states(sent: Span, compute: Callable[[Span], list[bool]]) -> tuple[bool, ...]:
    """``compute(sent)`` (whether each token of the sentence is inside a quotation) as a tuple, once per sentence."""
    cache = doc_cache(sent.doc)._quotes
    key = (sent.start, sent.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = tuple(compute(sent))
    return found


def page_words(doc: Doc, terms: re.Pattern[str], count: Callable[[re.Pattern[str], str], int]) -> int:
    """``count(terms, text)`` over the doc's text, once per doc and pattern."""
    cache = doc_cache(doc)
    found = cache._pages.get(terms)
    if found is None:
        found = cache._pages[terms] = count(terms, cache.text)
    return found
