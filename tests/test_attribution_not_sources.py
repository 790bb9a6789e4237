"""What is not a cited source: the event's own actor or patient, a video, the clause a report is about."""

from __future__ import annotations

import pytest

from tidings.code.attribution import find_attribution

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def cited(nlp, coding_context):
    def run(text: str, trigger: str) -> list[str]:
        doc = nlp(text)
        i = next(t.i for t in doc if t.text == trigger)
        src = find_attribution(doc, i, knowledge=coding_context.knowledge, lexicon=coding_context.claims)
        names = []
        while src:
            names.append(src["text"])
            src = src.get("cites")
        return names

    return run


@pytest.mark.parametrize(
    "text, trigger, actor",
    [
        ('"We had nothing to do with it," a rebel spokesman said, rejecting a report that its fighters had boarded the vessel.', "boarded", "fighters"),
        ("The ministry dismissed claims that the militia had shelled the village.", "shelled", "militia"),
        ("Tanker reported seized near the strait", "seized", "Tanker"),
        ("Ferry reported sunk off the coast", "sunk", "Ferry"),
    ],
)
def test_the_events_own_participant_is_never_its_cited_source(cited, text, trigger, actor):
    assert all(actor not in name for name in cited(text, trigger))


@pytest.mark.parametrize(
    "text, trigger, speaker",
    [
        ('"We had nothing to do with it," a rebel spokesman said, rejecting a report that its fighters had boarded the vessel.', "boarded", "a rebel spokesman"),
        ("The government denied a report that the army had shelled the village.", "shelled", "The government"),
        ("Officials reported that the tanker was seized near the strait.", "seized", "Officials"),
        ("Update (September 15): The foreign ministry welcomed the release and said it would keep pressing for the return of the ship.",
         "pressing", "The foreign ministry"),
    ],
)
def test_the_speaker_of_a_report_is_kept(cited, text, trigger, speaker):
    names = cited(text, trigger)
    assert speaker in names and not any(n.startswith("Update") for n in names)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Video posted on social media showed a long motorcade heading to the guesthouse.", "heading"),
        ("Kim has shown his ability to come to the negotiating table.", "come"),
        ("Satellite imagery revealed trucks leaving the base.", "leaving"),
    ],
)
def test_a_video_image_or_deed_is_no_cited_source(cited, text, trigger):
    assert cited(text, trigger) == []
