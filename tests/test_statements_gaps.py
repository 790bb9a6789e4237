"""Praise and criticism told by a verb take the plain statement's speaker test (guidelines, settling rule 2).

Sentences written for these tests. A private person's opinion of a film or a book is no event; the same verb by a
public speaker, or by anyone judging a public side, stays.
"""

from __future__ import annotations

import pytest
from coding_factory import coded_codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Local news. Helen Marsh praised the novel.",
        "Local news. My cousin criticised the concert.",
        "Local news. Gordon Bellamy criticized the new album.",
    ],
)
def test_a_private_persons_praise_or_criticism_of_a_thing_is_no_event(nlp, coding_context, text):
    assert not {"051", "111"} & set(coded_codes(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Local news. Foreign Minister Helen Marsh praised the novel.", "051"),  # a public speaker
        ("Local news. Helen Marsh praised the mayor.", "051"),  # a public side judged
        ("Local news. Gordon Bellamy criticized the police.", "111"),
        ("Local news. Villagers praised the harvest fair.", "051"),  # people by a plural: a civic side
    ],
)
def test_praise_or_criticism_by_a_public_speaker_or_of_a_public_side_stays(nlp, coding_context, text, code):
    assert code in coded_codes(nlp, coding_context, text)
