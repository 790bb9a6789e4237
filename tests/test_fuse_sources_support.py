"""Sources that are sources: only mentions that support an event's claim count; rival claims list their own sources."""

from __future__ import annotations

import pytest
from test_fuse_factory import mention

from tidings.fuse import fuse
from tidings.fuse.sources import information_source, original_source


def one_event(ms, **kw):
    result = fuse(ms, **kw)
    real = [e for e in result.events if not e.get("parent") and not e.get("forecast")]
    assert len(real) == 1, [e["id"] for e in real]
    return real[0]


def keys(event):
    return {s["source"] for s in event["sources"]}


def test_a_rival_claims_outlets_do_not_corroborate_the_main_claim():
    ms = [
        mention(id="a", outlet="Wire A", published="2018-03-26"),
        mention(id="b", outlet="Wire B", published="2018-03-27"),
        mention("Kim Yo Jong", id="c", outlet="Paper C", cited="South Korean media", published="2018-03-27"),
    ]
    event = one_event(ms)
    assert event["independent_sources"] == 2 and keys(event) == {"wire a", "wire b"}
    (claim,) = event["rival_claims"]
    assert [s["source"] for s in claim["sources"]] == ["south korean media"]
    assert claim["sources"][0]["mentions"] == ["c"]


def test_three_outlets_and_a_rival_do_not_make_three_corroborating_sources():
    from tidings import Options

    ms = [
        mention(id="a", outlet="Wire A", published="2018-03-26"),
        mention(id="b", outlet="Wire B", published="2018-03-27"),
        mention("Kim Yo Jong", id="c", outlet="Paper C", published="2018-03-27"),
    ]
    event = one_event(ms, options=Options(corroboration_sources=3))
    assert event["status"] != "confirmed"


def test_a_denial_is_no_supporting_source():
    ms = [
        mention(id="a", outlet="Wire A", published="2018-03-26"),
        mention(id="b", outlet="Wire B", cited={"name": "a diplomat", "kind": "official", "anonymous": False, "country": "JPN"},
                status="denied", published="2018-03-27"),
    ]
    event = one_event(ms)
    assert keys(event) == {"wire a"} and event["independent_sources"] == 1


@pytest.mark.parametrize(
    "cited, key",
    [
        pytest.param({"name": "Xinhua", "kind": "state_media", "anonymous": False}, "xinhua", id="named-agency"),
        pytest.param({"name": "News24", "kind": "media", "anonymous": True,
                      "cites": {"name": "Duowei News", "kind": "media", "anonymous": True,
                                "cites": {"name": "unnamed sources", "kind": "anonymous", "anonymous": True}}},
                     "duowei news", id="named-outlet-relaying-unnamed-sources"),
        pytest.param({"name": "Bloomberg sources", "kind": "anonymous", "anonymous": True, "outlet": "Bloomberg"}, "bloomberg", id="an-outlets-sources"),
        pytest.param({"name": "a Yemeni security official", "kind": "official", "anonymous": True}, "wire a", id="unnamed-official"),
        pytest.param({"name": "a senior lawmaker", "kind": "other", "anonymous": False}, "wire a", id="indefinite-person"),
        pytest.param(None, "wire a", id="own-voice"),
    ],
)
def test_a_source_is_keyed_by_the_innermost_named_information_source_else_the_outlet(cited, key):
    m = mention(id="a", outlet="Wire A", cited=cited)["mentions"][0]
    assert original_source(m) == key
    inner = information_source(m)
    assert (inner is not None) == (key not in {"wire a", "bloomberg"})  # Bloomberg's sources are unnamed: the outlet that talked to them


def test_an_articles_own_voice_relays_the_named_source_it_cites_for_the_event():
    ms = [
        mention(id="own", outlet="Paper B", document="b", published="2018-03-27", sentence="The train arrived in Beijing."),
        mention(id="cited", outlet="Paper B", document="b", published="2018-03-27", cited="Xinhua", status="confirmed"),
        mention(id="other", outlet="Wire A", document="a", published="2018-03-26"),
    ]
    ms[1]["mentions"][0]["start"] = 100
    event = one_event(ms)
    assert event["independent_sources"] == 2 and keys(event) == {"xinhua", "wire a"}
    xinhua = next(s for s in event["sources"] if s["source"] == "xinhua")
    assert set(xinhua["mentions"]) == {"own", "cited"}


def test_an_update_citing_another_outlet_does_not_absorb_the_original_text():
    doc = {"id": "a", "outlet": "Wire A", "published": "2018-03-26",
           "updates": [{"text": "Editor's note", "start": 500, "end": 600, "published": "2018-03-27"}]}
    own = mention(id="own", outlet="Wire A", document="a", published="2018-03-26")
    note = mention(id="note", outlet="Wire A", document="a", published="2018-03-26", update=True,
                   cited={"name": "Bloomberg sources", "kind": "anonymous", "anonymous": True, "outlet": "Bloomberg"})
    note["mentions"][0]["start"] = 510
    event = one_event([own, note], documents={"a": doc})
    assert keys(event) == {"wire a", "bloomberg"}


def test_own_voice_in_other_documents_is_never_folded():
    ms = [
        mention(id="own", outlet="Paper B", document="b", published="2018-03-27"),
        mention(id="cited", outlet="Wire A", document="a", published="2018-03-27", cited="Xinhua"),
    ]
    assert one_event(ms)["independent_sources"] == 2


def test_a_rival_cited_source_does_not_absorb_the_documents_own_voice():
    ms = [
        mention(id="own", outlet="Paper B", document="b", published="2018-03-27"),
        mention("Kim Yo Jong", id="rival", outlet="Paper B", document="b", published="2018-03-27", cited="South Korean media"),
        mention(id="other", outlet="Wire A", document="a", published="2018-03-26"),
    ]
    event = one_event(ms)
    assert keys(event) == {"paper b", "wire a"}


def test_a_main_event_counts_the_sources_of_its_sub_events():
    visit = mention("Kim Jong Un", "China", id="visit", outlet="Wire A", document="a", published="2018-03-26")
    meeting = mention("Kim Jong Un", "Xi Jinping", id="meeting", cameo="040", trigger="met", outlet="Paper B", document="b",
                      published="2018-03-28", cited="Xinhua", status="confirmed")
    result = fuse([visit, meeting])
    main = next(e for e in result.events if not e.get("parent"))
    assert main["sub_events"] and main["status"] == "confirmed"
    assert keys(main) == {"wire a", "xinhua"}


def test_the_voices_of_one_government_are_one_source():
    agency = {"name": "IRNA", "kind": "state_media", "anonymous": False, "state_media": True, "country": "IRN"}
    ministry = {"name": "Iran's foreign ministry", "kind": "government", "anonymous": False, "country": "IRN"}
    other = {"name": "Oman's state news agency", "kind": "state_media", "anonymous": False, "state_media": True, "country": "OMN"}
    ms = [
        mention(id="a", outlet="Wire A", cited=agency, published="2018-03-26"),
        mention(id="b", outlet="Paper B", cited=ministry, published="2018-03-27"),
        mention(id="c", outlet="Paper C", cited=other, published="2018-03-27"),
    ]
    event = one_event(ms)
    assert keys(event) == {"irna", "oman s state news agency"}
    irna = next(s for s in event["sources"] if s["source"] == "irna")
    assert set(irna["mentions"]) == {"a", "b"}
