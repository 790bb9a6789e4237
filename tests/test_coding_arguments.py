"""Who acts, when the act sits in a clause of purpose. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a purpose infinitive is the subject's own aim: the subject acts
        ("Kenyan troops crossed the river to attack the rebel camp.", "attack", "Kenyan troops"),
        ("The Chilean minister flew to Lima to meet his Peruvian counterpart.", "meet", "Chilean minister"),
        ("Hundreds of Serbian farmers drove to the capital to continue their protest against the tax.", "protest", "farmers"),
    ],
)
def test_the_subject_does_what_it_acts_for(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(trigger in e["type"]["trigger"] and source in ((e.get("source") or {}).get("text") or "") for e in events), [
        (e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("text")) for e in events]
