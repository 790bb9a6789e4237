"""Stable document ids from the clean text.

A leaf module (standard library only) so that every stage that needs a
document id (``read``, ``code``, ``store``) can import it without importing
another stage.
"""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["document_id", "normalize_for_id"]


def normalize_for_id(text: str) -> str:
    """NFKC, case-folded, whitespace folded: what the id depends on."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def document_id(text: str) -> str:
    """``"d"`` + 15 hex digits of the SHA-1 of the normalised clean text.

    The same article read twice (or from a differently encoded or spaced
    copy) gets the same id.
    """
    return "d" + hashlib.sha1(normalize_for_id(text).encode("utf-8")).hexdigest()[:15]
