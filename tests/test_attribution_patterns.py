"""Cited sources: who says so, through whom, and on what basis."""

from __future__ import annotations

import pytest

from tidings.code.attribution import classify_source, find_attribution

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def attribute(nlp, coding_context):

    def run(text: str, trigger: str):
        doc = nlp(text)
        i = next(t.i for t in doc if t.text == trigger)
        return find_attribution(doc, i, knowledge=coding_context.knowledge, lexicon=coding_context.claims)

    return run


def chain(src):
    out = []
    while src:
        out.append(src)
        src = src.get("cites")
    return out


@pytest.mark.parametrize(
    "text, trigger, name, kind",
    [
        ("According to Reuters, troops left the valley.", "left", "Reuters", "agency"),
        ("Russia's official TASS news agency confirmed that the two leaders had met.", "met", "TASS", "state_media"),
        ("Japanese media said that police had closed the bridge.", "closed", "Japanese media", "media"),
        ("Troops left the valley, a government spokesman said.", "left", "a government spokesman", "official"),
        ("The ministry denied that soldiers had fired on the crowd.", "fired", "The ministry", "government"),
        ("Analysts said the talks would probably fail.", "fail", "Analysts", "expert"),
        ("Western intelligence officials said the missile was launched from a ship.", "launched", None, "intelligence"),
    ],
)
def test_the_speaker_and_its_kind(attribute, text, trigger, name, kind):
    src = attribute(text, trigger)
    assert src is not None and src["kind"] == kind
    if name:
        assert src["name"] == name
    assert text[src["start"] : src["end"]] == src["text"]


def test_no_source_when_the_outlet_speaks_for_itself(attribute):
    assert attribute("Troops left the valley on Monday.", "left") is None


@pytest.mark.parametrize(
    "text, trigger, country",
    [
        ("Japanese media said that police had closed the bridge.", "closed", "JPN"),
        ("South Korean newspapers reported that the envoy had arrived.", "arrived", "KOR"),
        ("Russia's official TASS news agency confirmed that the two leaders had met.", "met", "RUS"),
    ],
)
def test_the_country_of_a_source(attribute, text, trigger, country):
    assert attribute(text, trigger)["country"] == country


def test_a_speaker_citing_unnamed_sources_has_an_anonymous_basis(attribute):
    src = attribute("The Beijing Daily, citing unnamed sources, said the minister would resign in May.", "resign")
    layers = chain(src)
    assert layers[0]["name"] == "The Beijing Daily"
    assert layers[-1]["kind"] == "anonymous"
    assert src["anonymous"] is True


def test_reports_citing_anonymous_sources_are_anonymous(attribute):
    src = attribute("Several reports (all citing anonymous officials) said the convoy was attacked.", "attacked")
    assert src["anonymous"] is True and len(chain(src)) == 2


def test_an_outlet_citing_named_media_keeps_the_chain(attribute):
    src = attribute("The Beijing Daily also cited Japanese media that said police had closed the bridge.", "closed")
    layers = chain(src)
    assert [s["name"] for s in layers] == ["The Beijing Daily", "Japanese media"]
    assert src["anonymous"] is False


def test_an_outlets_own_sources_are_anonymous_but_keep_the_outlet(attribute):
    src = attribute("Reuters sources have confirmed the minister's resignation.", "resignation")
    assert src["anonymous"] is True and src["kind"] == "anonymous" and src["outlet"] == "Reuters"


def test_officials_quoted_in_outlets_are_relayed_by_the_outlets(attribute):
    src = attribute("Officials quoted in several newspapers said the army had withdrawn.", "withdrawn")
    layers = chain(src)
    assert layers[0]["text"] == "several newspapers" and layers[0]["kind"] == "media"
    assert layers[1]["kind"] == "official"


def test_a_definite_report_points_back_to_the_named_outlet(attribute):
    text = (
        "According to Reuters, police sealed the station. "
        "The report supports a claim the Lisbon-based Daily Courier made, citing unnamed sources, "
        "that the minister would arrive on Monday."
    )
    src = attribute(text, "arrive")
    layers = chain(src)
    assert layers[0]["name"] == "Reuters" and layers[0]["text"] == "The report"
    assert layers[-1]["kind"] == "anonymous" and src["anonymous"] is True


@pytest.fixture(scope="module")
def phrase(nlp, coding_context):
    return lambda text: classify_source(list(nlp(text)), knowledge=coding_context.knowledge, lexicon=coding_context.claims)


@pytest.mark.parametrize(
    "text, kind, anonymous, state",
    [
        ("Xinhua", "state_media", False, True),
        ("state media", "state_media", False, True),
        ("unnamed sources", "anonymous", True, False),
        ("people familiar with the matter", "anonymous", True, False),
        ("a senior diplomat", "official", True, False),
        ("Yonhap News Agency", "agency", False, False),
        ("local residents", "other", False, False),
    ],
)
def test_classify_source_phrases(phrase, text, kind, anonymous, state):
    src = phrase(text)
    assert (src["kind"], src["anonymous"], src["state_media"]) == (kind, anonymous, state)


@pytest.mark.parametrize(
    "sentence, trigger, cited",
    [
        ("Footage shared on social media purportedly showed tanks entering the town.", "entering", None),
        ("Satellite images showed trucks leaving the base on Tuesday.", "leaving", None),
        ("The envoy has shown his willingness to meet the rebels.", "meet", None),
        ("A United Nations report showed that militias attacked the camp.", "attacked", "report"),
        ("Leaked documents revealed that the ministry paid the contractor.", "paid", "documents"),
    ],
)
def test_evidential_verbs_cite_only_what_carries_information(nlp, coding_context, sentence, trigger, cited):
    """A video or a deed that shows something is evidence, not a cited source; a report or documents are sources."""
    doc = nlp(sentence)
    t = next(x for x in doc if x.text == trigger)
    src = find_attribution(doc, t.i, knowledge=coding_context.knowledge, lexicon=coding_context.claims)
    if cited is None:
        assert src is None
    else:
        assert src is not None and cited in src["text"]


@pytest.mark.parametrize(
    "sentence, trigger, text, kind",
    [
        ("Video posted on social media purportedly showed a motorcade heading to the guesthouse.", "heading", "Video posted on social media", "video"),
        ("Satellite images showed trucks leaving the base on Tuesday.", "leaving", "Satellite images", "image"),
        ("A United Nations report showed that militias attacked the camp.", "attacked", None, None),
        ("Rebels attacked the camp on Monday.", "attacked", None, None),
    ],
)
def test_a_video_or_image_that_shows_the_event_is_its_evidence(nlp, coding_context, sentence, trigger, text, kind):
    from tidings.code.attribution import find_evidence

    doc = nlp(sentence)
    t = next(x for x in doc if x.text == trigger)
    found = find_evidence(doc, t.i, lexicon=coding_context.claims)
    if text is None:
        assert found is None
    else:
        assert found is not None and (found["text"], found["kind"]) == (text, kind)
        assert doc.text[found["start"]:found["end"]] == text
