"""Stage ``read``: articles in, clean documents with metadata out.

- :func:`read_article` -- one text or HTML article (str or bytes) to a :class:`~tidings._types.Document`.
- :func:`iter_inputs` -- files, folders, globs, JSON/JSONL, WARC and stdin; bad input is yielded as a ``ReadError``.
- :func:`document_id` -- stable id from the clean text.
- :func:`minhash_signature`, :class:`NearDuplicateIndex` -- near-duplicate (syndicated copy) links.
- :func:`detect_language`, :func:`detect_format`, :func:`decode_bytes` -- the building blocks.

Modules: ``decoding`` (bytes to text), ``formats`` (detection), ``html``
(trafilatura), ``boilerplate`` (plain-text rules), ``metadata`` and ``dates``
(title, byline, dates, re-publication, updates), ``fields`` (validating
metadata values), ``language`` (py3langid), ``dedup`` (MinHash/LSH),
``identity`` (ids), ``article``, ``records`` (JSON and JSONL), ``warc`` (web
archives) and ``inputs``.
"""

from __future__ import annotations

from .article import clean_text, read_article
from .decoding import Decoded, decode, decode_bytes
from .dedup import NearDuplicateIndex, minhash_signature
from .formats import detect_format
from .identity import document_id
from .inputs import ReadCounts, iter_inputs
from .language import detect_language

__all__ = [
    "read_article",
    "iter_inputs",
    "document_id",
    "minhash_signature",
    "NearDuplicateIndex",
    "detect_language",
    "detect_format",
    "decode_bytes",
    "decode",
    "Decoded",
    "ReadCounts",
    "clean_text",
]
