"""Search queries: parsing, limits and highlight spans (pure Python, no SQL).

The syntax, for documents, events and actors alike::

    tanker seized            both words (every bare term is required)
    "strait of hormuz"       a phrase: the words next to each other
    tanker OR vessel         either term (``OR`` in capitals joins its neighbours)
    -drill                   no document with this term (also ``-"a phrase"``)
    nucl*                    a prefix (at least two letters)

Words are runs of letters and digits (``_`` and punctuation separate them),
compared case- and accent-insensitively. A query is refused with
:class:`~tidings.QueryError` when it is longer than :data:`MAX_QUERY_CHARS`,
has more than :data:`MAX_TERMS` words, or has no term to look for (only
exclusions).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, cast

from .._errors import QueryError

__all__ = [
    "MAX_QUERY_CHARS", "MAX_TERMS", "MAX_LIMIT", "MAX_OFFSET",
    "Term", "Query", "parse_query", "words", "highlight", "snippet", "check_page", "escape_like",
]

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TOKEN = re.compile(r'(-?)"([^"]*)(?:"|$)|(\S+)')


def fold(word: str) -> str:
    """Case- and accent-free form of a word, as the indexes compare them."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    return [fold(w) for w in _WORD.findall(text)]


@dataclass(frozen=True)
class Term:
    """One searchable term: a word, a phrase (several words in a row), either maybe a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: every group must match (one of its terms), no excluded term may."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    @property
    def terms(self) -> list[Term]:
        """The positive terms, for highlighting."""
        return [t for g in self.groups for t in g]


def _term(text: str, *, phrase: bool) -> Optional[Term]:
    prefix = not phrase and text.endswith("*")
    found = words(text)
    if not found:
        return None
    if prefix and len(found[-1]) < 2:
        raise QueryError(f"prefix {text!r} is too short", fix="give at least two letters before *")
    return Term(tuple(found), prefix)


def parse_query(query: str) -> Query:
    """Parse ``query`` (see the module text); raise :class:`~tidings.QueryError` beyond the limits.

    An empty query, or one without any word, parses to a query with no groups
    (callers return no hits for it).
    """
    if not isinstance(query, str):
        raise QueryError("the query must be text")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query has {len(query)} characters, more than {MAX_QUERY_CHARS}", fix="shorten the query")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    n_words = 0
    for m in _TOKEN.finditer(query):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR":
            join_next = bool(groups)
            continue
        if bare is not None:
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            term = _term(bare[1:] if neg else bare, phrase=False)
        else:
            term = _term(quoted, phrase=True)
        if term is None:
            continue
        n_words += len(term.words)
        if n_words > MAX_TERMS:
            raise QueryError(f"the query has more than {MAX_TERMS} words", fix="search with fewer words")
        if neg:
            excluded.append(term)
            join_next = False
        elif join_next:
            groups[-1].append(term)
            join_next = False
        else:
            groups.append([term])
    if excluded and not groups:
        raise QueryError("the query only excludes words", fix="add a word to look for")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def highlight(text: str, query: Query) -> list[list[int]]:
    """``[start, end]`` character spans of ``text`` where a positive term of ``query`` matches, in order."""
    tokens = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    spans: list[list[int]] = []
    for i in range(len(tokens)):
        for term in query.terms:
            n = len(term.words)
            if i + n > len(tokens):
                continue
            ok = all(tokens[i + k][2] == term.words[k] for k in range(n - 1))
            last = tokens[i + n - 1][2]
            ok = ok and (last.startswith(term.words[-1]) if term.prefix else last == term.words[-1])
            if ok:
                spans.append([tokens[i][0], tokens[i + n - 1][1]])
                break
    merged: list[list[int]] = []
    for s in spans:
        if merged and s[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], s[1])
        else:
            merged.append(s)
    return merged


def snippet(text: str, query: Query, width: int = 200) -> tuple[str, list[list[int]]]:
    """A window of about ``width`` characters of ``text`` around its first match, with the spans in it.

    The spans are offsets into the returned snippet; an ellipsis marks a cut.
    """
    spans = highlight(text, query)
    if len(text) <= width:
        return text, spans
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 4)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    head = "…" if start else ""
    tail = "…" if end < len(text) else ""
    shift = len(head) - start
    inside = [[s + shift, e + shift] for s, e in spans if s >= start and e <= end]
    return head + text[start:end] + tail, inside


def check_page(limit: object, offset: object = 0, *, max_limit: int = MAX_LIMIT) -> tuple[int, int]:
    """Validated ``(limit, offset)``: whole numbers, ``0 <= limit <= max_limit``, ``0 <= offset <= MAX_OFFSET``."""
    for name, value, top in (("limit", limit, max_limit), ("offset", offset, MAX_OFFSET)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise QueryError(f"{name} must be a whole number, not {value!r}")
        if value < 0 or value > top:
            raise QueryError(f"{name} {value} is out of range", fix=f"give a {name} from 0 to {top}")
    return cast(int, limit), cast(int, offset)


def escape_like(text: str, escape: str = "\\") -> str:
    """``text`` with LIKE's wildcards (``%``, ``_``) and the escape character escaped."""
    return text.replace(escape, escape * 2).replace("%", escape + "%").replace("_", escape + "_")
