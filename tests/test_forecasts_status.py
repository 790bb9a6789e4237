"""Which modality readings make a mention a forecast (status rules on cue dicts, no model)."""

from __future__ import annotations

import pytest

from tidings.code.modality import load_lexicon
from tidings.code.status import mention_status

LEX = load_lexicon()


def _mod(*cues: dict, probability: float | None = None) -> dict:
    labels = [lab for lab in ("negated", "hedged", "future", "conditional", "question", "reported") if any(c["label"] == lab for c in cues)]
    return {"labels": labels, "cues": list(cues), "probability": probability}


WILL = {"text": "will", "label": "future", "probability": 0.85, "forecast": True}
WANTS = {"text": "wants", "label": "future", "probability": 0.5, "forecast": False}
TO = {"text": "to", "label": "future", "probability": 0.5, "irrealis": True, "forecast": False}
NOT = {"text": "not", "label": "negated", "probability": 0.03}
IF_CONSEQUENT = {"text": "if", "label": "conditional", "probability": 0.5, "role": "consequent"}
IF_ANTECEDENT = {"text": "if", "label": "conditional", "probability": 0.5, "role": "antecedent"}
MAY = {"text": "may", "label": "hedged", "probability": 0.5}


@pytest.mark.parametrize(
    "cues, flags, status",
    [
        ((WILL,), {}, "forecast"),
        ((WANTS,), {}, "hypothetical"),  # a wish is no forecast
        ((TO,), {}, "hypothetical"),  # an unrealised infinitive ("capabilities to threaten")
        ((TO,), {"past_purpose": True}, "reported"),  # "summoned the envoy to demand": the demand happened
        ((TO,), {"dated_past": True}, "reported"),  # "the train he rode to visit Beijing in 2011"
        ((WILL, IF_CONSEQUENT), {}, "forecast"),  # "if talks fail, the US will impose sanctions"
        ((WILL, IF_ANTECEDENT), {}, "hypothetical"),  # "if Kim will meet Trump, ..."
        ((IF_CONSEQUENT,), {}, "hypothetical"),  # "if X, Y would ..." without a forecast cue
        ((WILL, NOT), {}, "forecast"),  # "will not expel": a forecast of non-occurrence
        ((NOT,), {}, "denied"),
        ((WANTS, MAY), {}, "hypothetical"),  # "may want to": hedged by a modal alone, a possibility (gold guidelines, section 4)
        ((), {"hedged_future": True}, "forecast"),  # "the summit opens on 3 June"
        ((MAY,), {"modal_future": True}, "forecast"),  # "might hold a visit"
        ((WILL,), {"dated_past": True}, "reported"),
    ],
)
def test_status_of_future_readings(cues, flags, status):
    got, _ = mention_status(_mod(*cues), None, lexicon=LEX, **flags)
    assert got == status


def test_a_cue_without_forecast_flag_counts_as_a_forecast_reading():
    """Cues from a user lexicon written before the flag existed keep their old meaning."""
    got, _ = mention_status(_mod({"text": "slated", "label": "future", "probability": 0.85}), None, lexicon=LEX)
    assert got == "forecast"
