"""End-to-end on the seed articles: key sentences read as a careful analyst would, by property."""

from __future__ import annotations

import re

import pytest

from tidings.code.attribution import find_attribution
from tidings.code.modality import analyse_modality
from tidings.code.status import mention_status

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def sentences(nlp, seeds_dir):
    out = []
    for path in sorted(seeds_dir.glob("*.txt")):
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            doc = nlp(" ".join(para.split()))
            out.extend(doc.sents)
    return out


def find(sentences, *needles):
    for sent in sentences:
        if all(n in sent.text for n in needles):
            return sent
    pytest.skip(f"no seed sentence with {needles}")


def read(sent, trigger_text, *, context, title=False):
    trigger = next(t for t in sent if t.text == trigger_text)
    doc = sent.doc
    mod = analyse_modality(doc, trigger.i, lexicon=context.claims, title=title)
    src = find_attribution(doc, trigger.i, knowledge=context.knowledge, lexicon=context.claims)
    return mod, src, mention_status(mod, src, lexicon=context.claims)


def chain(src):
    while src:
        yield src
        src = src.get("cites")


def test_a_claim_made_citing_unnamed_sources_rests_on_an_anonymous_basis(sentences, coding_context):
    mod, src, (status, _) = read(find(sentences, "citing unnamed sources"), "arrive", context=coding_context)
    assert src is not None and src["anonymous"] is True
    assert any(s["kind"] == "anonymous" for s in chain(src))
    assert status == "unconfirmed"


def test_state_media_confirmation_is_confirmed_and_state_run(sentences, coding_context):
    mod, src, (status, certainty) = read(find(sentences, "news agency confirmed"), "met", context=coding_context)
    assert src["kind"] == "state_media" and src["state_media"] is True and src["country"] == "CHN"
    assert status == "confirmed" and certainty >= 0.9


def test_an_outlets_anonymous_sources_confirming_is_only_reported(sentences, coding_context):
    mod, src, (status, _) = read(find(sentences, "sources have confirmed"), "visit", context=coding_context)
    assert src["anonymous"] is True
    assert status == "reported"


def test_unclear_whether_is_an_unconfirmed_question(sentences, coding_context):
    mod, src, (status, _) = read(find(sentences, "unclear whether", "visiting"), "visiting", context=coding_context)
    assert {"question", "hedged"} <= set(mod["labels"])
    assert status == "unconfirmed"


def test_cannot_be_ruled_out_hedges_and_does_not_negate(sentences, coding_context):
    mod, _, _ = read(find(sentences, "cannot be ruled out"), "involvement", context=coding_context)
    assert "hedged" in mod["labels"] and "negated" not in mod["labels"]


def test_the_headline_question_is_unconfirmed(sentences, coding_context):
    mod, _, (status, _) = read(find(sentences, "Making a Visit"), "Visit", title=True, context=coding_context)
    assert "question" in mod["labels"] and status == "unconfirmed"


def test_rival_outlets_are_media_of_their_country(sentences, coding_context):
    mod, src, (status, _) = read(find(sentences, "outlets said the train"), "carrying", context=coding_context)
    assert src["kind"] == "media" and src["country"] == "KOR"
    assert status == "reported"


def test_the_future_consequent_of_a_condition_is_a_conditional_forecast(sentences, coding_context):
    mod, _, (status, _) = read(find(sentences, "If the North is ready"), "demand", context=coding_context)
    assert status == "forecast" and "conditional" in mod["labels"]


def test_a_video_that_purportedly_shows_the_event_is_evidence_not_a_source_and_leaves_it_unconfirmed(sentences, coding_context):
    mod, src, (status, _) = read(find(sentences, "purportedly showed"), "heading", context=coding_context)
    assert src is None
    assert status == "unconfirmed"


def test_scheduled_talks_are_a_forecast(sentences, coding_context):
    mod, _, (status, _) = read(find(sentences, "scheduled to"), "hold", context=coding_context)
    assert status == "forecast"


def test_every_word_of_the_seeds_gets_a_well_formed_reading(sentences, coding_context):
    from tidings._types import STATUSES
    from tidings.code.attribution import KINDS
    from tidings.code.modality import LABELS

    for sent in sentences:
        doc = sent.doc
        for tok in (t for t in sent if t.pos_ in {"VERB", "NOUN", "AUX", "ADJ"}):
            mod = analyse_modality(doc, tok.i, lexicon=coding_context.claims)
            assert set(mod["labels"]) <= set(LABELS)
            assert mod["probability"] is None or 0.0 <= mod["probability"] <= 1.0
            assert all(doc.text[c["start"] : c["end"]] == c["text"] for c in mod["cues"])
            cited = find_attribution(doc, tok.i, knowledge=coding_context.knowledge, lexicon=coding_context.claims)
            for src in chain(cited):
                assert src["kind"] in KINDS and doc.text[src["start"] : src["end"]] == src["text"]
            status, certainty = mention_status(mod, cited, lexicon=coding_context.claims)
            assert status in STATUSES and 0.0 <= certainty <= 1.0


def test_the_report_supporting_a_claim_chains_back_to_the_named_outlet(sentences, coding_context):
    sent = find(sentences, "supports a claim")
    earlier = [s for s in sentences if s.doc is sent.doc and s.end <= sent.start]
    if not earlier:
        pytest.skip("the supporting sentence opens its paragraph")
    mod, src, _ = read(sent, "arrive", context=coding_context)
    layers = list(chain(src))
    assert len(layers) == 3
    assert "refers_to" in layers[0] and layers[0]["name"] != layers[0]["text"]
    assert layers[-1]["kind"] == "anonymous" and src["anonymous"] is True


def test_officials_quoted_in_outlets_are_relayed_by_media(sentences, coding_context):
    mod, src, _ = read(find(sentences, "quoted in various outlets"), "be", context=coding_context)
    layers = list(chain(src))
    assert layers[0]["kind"] == "media" and layers[1]["kind"] == "official"
