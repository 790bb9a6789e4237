"""Independent sources, claim status over time, rival claims and editor's notes."""

from __future__ import annotations

import pytest
from test_fuse_factory import mention

from tidings.fuse import fuse
from tidings.fuse.sources import attribution, original_source


def one_event(ms, **kw):
    result = fuse(ms, **kw)
    real = [e for e in result.events if not e.get("parent") and not e.get("forecast")]
    assert len(real) == 1, [e["id"] for e in real]
    return real[0]


@pytest.mark.parametrize(
    "second, documents, expected",
    [
        (dict(outlet="Reuters"), None, 2),  # two outlets' own reporting
        (dict(outlet="Bloomberg"), None, 1),  # the same outlet twice
        (dict(outlet="Yahoo News", original_outlet="Bloomberg"), None, 1),  # syndicated copy
        (dict(outlet="Some Blog", document="copy"), {"copy": {"id": "copy", "outlet": "Some Blog", "duplicate_of": "orig"}, "orig": {"id": "orig", "outlet": "Bloomberg"}}, 1),
        (dict(outlet="Reuters", cited="Xinhua"), None, 2),  # Reuters citing Xinhua is Xinhua's word
    ],
)
def test_independent_sources_count_original_sources(second, documents, expected):
    a = mention(id="a", outlet="Bloomberg", document="orig")
    b = mention(id="b", **second)
    event = one_event([a, b], documents=documents)
    assert event["independent_sources"] == expected
    assert event["documents"] == 2


def test_two_outlets_citing_the_same_original_are_one_source():
    a = mention(id="a", outlet="Duowei News", cited="South Korean media")
    b = mention(id="b", outlet="Sina", cited={"name": "Duowei", "kind": "media", "anonymous": False, "cites": {"name": "South Korean media", "kind": "media", "anonymous": False}})
    event = one_event([a, b])
    assert event["independent_sources"] == 1
    assert original_source(b["mentions"][0]) == "south korean media"
    assert attribution(b["mentions"][0]) == "Sina, citing Duowei, citing South Korean media"


def test_status_history_runs_from_anonymous_report_to_state_media_confirmation():
    ms = [
        mention(id="c", outlet="Reuters", cited="Xinhua", status="confirmed", published="2018-03-28"),
        mention(id="a", outlet="Bloomberg", cited="anonymous", status="unconfirmed", published="2018-03-26"),
        mention(id="b", outlet="Kyodo", published="2018-03-27"),
    ]
    event = one_event(ms)
    assert [(h["status"], h["as_of"]) for h in event["status_history"]] == [
        ("unconfirmed", "2018-03-26"),
        ("reported", "2018-03-27"),
        ("confirmed", "2018-03-28"),
    ]
    assert event["status_history"][0]["by"] == "Bloomberg, citing anonymous sources"
    assert event["status_history"][-1]["by"] == "Reuters, citing Xinhua"
    assert event["status"] == "confirmed" and event["certainty"] >= 0.9


@pytest.mark.parametrize(
    "cited, status",
    [
        ("Xinhua", "confirmed"),  # state media of a country involved (China is the target)
        ("KCNA", "confirmed"),  # state media of the actor's own country
        ({"name": "Kim Jong Un", "kind": "official", "anonymous": False}, "confirmed"),  # the actor itself
        ({"name": "Pravda", "kind": "state_media", "anonymous": False, "state_media": True, "country": "RUS"}, "reported"),  # a state medium of an uninvolved country
        ("Yonhap", "reported"),  # a news agency is not an authority on the event
    ],
)
def test_only_authoritative_sources_confirm(cited, status):
    event = one_event([mention(id="a", outlet="Reuters", cited=cited, status="confirmed")])
    assert event["status"] == status


def test_several_independent_outlets_confirm():
    ms = [mention(id=f"m{i}", outlet=o, published=f"2018-03-2{7 + i}") for i, o in enumerate(["AP", "AFP", "Kyodo"])]
    event = one_event(ms)
    assert [h["status"] for h in event["status_history"]] == ["reported", "confirmed"]
    assert event["status_history"][-1]["as_of"] == "2018-03-29"


@pytest.mark.parametrize(
    "denier, status",
    [
        ({"name": "Chinese foreign ministry", "kind": "government", "anonymous": False, "country": "CHN"}, "denied"),
        ({"name": "a diplomat", "kind": "official", "anonymous": False, "country": "JPN"}, "disputed"),
    ],
)
def test_denials_dispute_or_deny_by_who_denies(denier, status):
    ms = [
        mention(id="a", outlet="Bloomberg", published="2018-03-26"),
        mention(id="b", outlet="Reuters", cited=denier, status="denied", published="2018-03-27"),
    ]
    event = one_event(ms)
    assert event["status"] == status
    assert event["negated"] is (status == "denied")


def test_rival_claim_is_recorded_then_refuted_by_confirmation():
    ms = [
        mention(id="a", outlet="Bloomberg", cited="anonymous", status="unconfirmed", published="2018-03-26"),
        mention("Kim Yo Jong", id="b", outlet="Duowei News", cited="South Korean media", published="2018-03-27",
                sentence="The train was carrying only his sister, Kim Yo Jong."),
        mention(id="c", outlet="Reuters", cited="Xinhua", status="confirmed", published="2018-03-28"),
    ]
    event = one_event(ms)
    assert event["source"]["name"] == "Kim Jong Un"
    (claim,) = event["rival_claims"]
    assert claim["claim"] == "Kim Yo Jong" and claim["against"] == "Kim Jong Un" and claim["role"] == "source"
    assert claim["as_of"] == "2018-03-27" and claim["by"] == "Duowei News, citing South Korean media"
    assert claim["status"] == "refuted" and claim["refuted"] is True and claim["refuted_as_of"] == "2018-03-28"
    assert [h["status"] for h in event["status_history"]] == ["unconfirmed", "disputed", "confirmed"]


def test_rival_claim_told_after_an_authoritative_confirmation_is_already_refuted():
    ms = [
        mention(id="a", outlet="Reuters", cited="Xinhua", status="confirmed", published="2018-03-28"),
        mention("Kim Yo Jong", id="b", outlet="Duowei News", cited="South Korean media", published="2018-03-29"),
    ]
    event = one_event(ms)
    (claim,) = event["rival_claims"]
    assert claim["status"] == "refuted" and claim["refuted_by"] == "Reuters, citing Xinhua"
    assert claim["refuted_as_of"] == "2018-03-28"
    assert event["status"] == "confirmed"


def test_rival_claim_stays_open_without_authority():
    ms = [
        mention(id="a", outlet="Bloomberg", published="2018-03-26"),
        mention("Kim Yo Jong", id="b", outlet="Duowei News", published="2018-03-27"),
    ]
    event = one_event(ms)
    assert event["rival_claims"][0]["status"] == "open"
    assert event["status"] == "disputed"


def test_editors_note_counts_at_its_own_later_date():
    doc = {
        "id": "bb",
        "outlet": "Bloomberg",
        "published": "2018-03-26",
        "updates": [{"text": "Updates with Xinhua confirmation", "start": 500, "end": 600, "kind": "update", "published": "2018-03-28"}],
    }
    original = mention(id="a", document="bb", outlet="Bloomberg", cited="anonymous", status="unconfirmed", published="2018-03-26")
    note = mention(id="b", document="bb", outlet="Bloomberg", cited="Xinhua", status="confirmed", published="2018-03-26", update=True)
    note["mentions"][0]["start"] = 510
    other = mention(id="c", outlet="Kyodo", published="2018-03-27")
    event = one_event([note, other, original], documents={"bb": doc})
    assert [(h["status"], h["as_of"]) for h in event["status_history"]] == [
        ("unconfirmed", "2018-03-26"),
        ("reported", "2018-03-27"),
        ("confirmed", "2018-03-28"),
    ]


@pytest.mark.parametrize("needed, status", [(2, "confirmed"), (3, "reported")])
def test_corroboration_setting_sets_how_many_sources_confirm(needed, status):
    from tidings import Options

    ms = [mention(id="a", outlet="AP"), mention(id="b", outlet="AFP", published="2018-03-28")]
    event = one_event(ms, options=Options(corroboration_sources=needed))
    assert event["status"] == status


def test_a_copy_is_traced_to_its_original_even_when_only_the_copy_document_is_given():
    a = mention(id="a", outlet="Bloomberg", document="orig")
    b = mention(id="b", outlet="Some Blog", document="copy")
    event = one_event([a, b], documents={"copy": {"id": "copy", "outlet": "Some Blog", "duplicate_of": "orig"}})
    assert event["independent_sources"] == 1
