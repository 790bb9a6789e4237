"""Language identification with py3langid (its model ships inside the package).

Texts with fewer than :data:`MIN_LETTERS` letters are too short to judge and
get ``None``. Otherwise the most probable language is returned when its
normalised probability reaches :data:`MIN_PROBABILITY`; short texts (under
200 letters) need :data:`MIN_PROBABILITY_SHORT`, because the character
n-gram model is unreliable on a headline-sized text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["detect_language", "MIN_LETTERS", "MIN_PROBABILITY", "MIN_PROBABILITY_SHORT"]

MIN_LETTERS = 20
MIN_PROBABILITY = 0.5
MIN_PROBABILITY_SHORT = 0.9
_SAMPLE = 4000


@lru_cache(maxsize=1)
def _identifier() -> "LanguageIdentifier":
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[Optional[str], float]:
    """``(ISO 639-1 code or None, probability)`` of ``text``."""
    sample = text[:_SAMPLE]
    letters = sum(c.isalpha() for c in sample)
    if letters < MIN_LETTERS:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    prob = float(prob)
    need = MIN_PROBABILITY_SHORT if letters < 200 else MIN_PROBABILITY
    return (lang if prob >= need else None), prob
