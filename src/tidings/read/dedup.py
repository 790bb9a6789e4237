"""Near-duplicate detection with MinHash signatures and LSH (datasketch).

A signature is the MinHash of the text's word 3-shingles (case-folded words;
texts shorter than three words use single words). Signatures are plain lists
of ints so the store can persist them; :class:`NearDuplicateIndex` is rebuilt
from ``(id, signature)`` pairs. Syndicated copies of one wire story (same
text with a changed intro, byline or a few words) score well above 0.8;
different articles on the same event share few 3-shingles and score low.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch (and the scipy it imports) load on first use: reading alone stays cheap

__all__ = ["minhash_signature", "NearDuplicateIndex", "shingles", "SHINGLE"]

SHINGLE = 3
SCHEME = "affine32"  # datasketch hashing scheme; stored signatures depend on it
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The case-folded word ``size``-shingles of ``text`` (its words when it has fewer)."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return set(words)
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash_signature(text: str, num_perm: int = 128) -> list[int]:
    """MinHash signature (``num_perm`` ints) of the word shingles of ``text``."""
    m = _new_minhash(num_perm)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return [int(v) for v in m.hashvalues]


_PERMUTATIONS: dict[int, Any] = {}


def _new_minhash(num_perm: int) -> "MinHash":
    """An empty MinHash; the permutations (same seed, so same values) are built once per size."""
    from datasketch import MinHash

    perms = _PERMUTATIONS.get(num_perm)
    if perms is None:
        m = MinHash(num_perm=num_perm, scheme=SCHEME)
        _PERMUTATIONS[num_perm] = m.permutations
        return m
    return MinHash(num_perm=num_perm, scheme=SCHEME, permutations=perms)


def _minhash(signature: Sequence[int]) -> "MinHash":
    import numpy as np
    from datasketch import MinHash

    perms = _PERMUTATIONS.get(len(signature))
    return MinHash(num_perm=len(signature), hashvalues=np.asarray(signature, dtype=np.uint64), scheme=SCHEME, permutations=perms)


class NearDuplicateIndex:
    """LSH index over MinHash signatures; finds the best earlier near-duplicate."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        self.threshold = float(threshold)
        self.num_perm = int(num_perm)
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        self._hashes: dict[str, Any] = {}
        self._order: dict[str, int] = {}

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, Sequence[int]]], threshold: float = 0.8) -> "NearDuplicateIndex":
        """Rebuild an index from stored ``(id, signature)`` pairs, in insertion order."""
        index: Optional[NearDuplicateIndex] = None
        for doc_id, sig in pairs:
            if index is None:
                index = cls(threshold, num_perm=len(sig))
            index.add(doc_id, sig)
        return index if index is not None else cls(threshold)

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._hashes

    def add(self, doc_id: str, signature: Sequence[int]) -> None:
        """Add a document; adding an id twice is a no-op."""
        if doc_id in self._hashes:
            return
        if len(signature) != self.num_perm:
            raise ValueError(f"signature has {len(signature)} values, index uses {self.num_perm}")
        m = _minhash(signature)
        self._lsh.insert(doc_id, m)
        self._hashes[doc_id] = m
        self._order[doc_id] = len(self._order)

    def link(self, doc_id: str, signature: Sequence[int]) -> Optional[tuple[str, float]]:
        """Match a document against those added before it, then add it.

        Returns the earlier near-duplicate ``(id, estimated Jaccard)`` the
        document copies (its ``duplicate_of``), or ``None``.
        """
        hit = self.match(signature, exclude=doc_id)
        self.add(doc_id, signature)
        return hit

    def match(self, signature: Sequence[int], *, exclude: Optional[str] = None) -> Optional[tuple[str, float]]:
        """``(id, estimated Jaccard)`` of the most similar indexed document at or above
        the threshold (the earliest added on ties), or ``None``."""
        if not self._hashes:
            return None
        m = _minhash(signature)
        best: Optional[tuple[str, float]] = None
        for cand in self._lsh.query(m):
            if cand == exclude:
                continue
            score = float(self._hashes[cand].jaccard(m))
            if score + 1e-12 < self.threshold:
                continue
            if best is None or score > best[1] or (score == best[1] and self._order[cand] < self._order[best[0]]):
                best = (cand, score)
        return best
