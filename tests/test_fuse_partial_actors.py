"""One event for one happening: mentions of one trip with partial actors and other wordings fuse; other trips do not."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from test_fuse_factory import mention

from tidings.fuse import fuse
from tidings.fuse.families import load_families
from tidings.fuse.similarity import _actor, actor_similarity, prepare, score

FAMILIES = load_families()


def real(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if not e.get("parent") and not e.get("forecast")]


def with_actor(m: dict, role: str, value: Optional[dict]) -> dict:
    m[role] = value
    return m


GENERIC_LEADERS = {"name": "government", "kind": "group", "country": None, "sector": "GOV", "code": "GOV", "text": "foreign leaders"}
NORTH_KOREA = {"name": "North Korea", "kind": "group", "country": "PRK", "sector": None, "code": "PRK", "text": "North Korean"}
PRK_GOVERNMENT = {"name": "Government of North Korea", "kind": "group", "country": "PRK", "sector": "GOV", "code": "PRKGOV", "text": "Pyongyang"}


def trip_mentions() -> list[dict]:
    """One trip told five ways, in three documents of three outlets, none with all roles filled."""
    return [
        mention("Kim Jong Un", "China", id="visit", outlet="Wire A", document="a", published="2018-03-26", date=None,
                trigger="visit", sentence="Kim Jong Un is visiting China."),
        with_actor(mention(None, None, id="train", outlet="Wire A", document="a", published="2018-03-26", date=None, place=None,
                           trigger="arrival", sentence="The arrival of a North Korean train in the capital surprised diplomats."),
                   "source", dict(NORTH_KOREA)),
        with_actor(mention(None, "China", id="motorcade", outlet="Paper B", document="b", published="2018-03-27", date=None,
                           trigger="visiting", sentence="Video showed a motorcade heading to a guesthouse where foreign leaders stay while visiting Beijing."),
                   "source", dict(GENERIC_LEADERS)),
        mention(None, "China", id="arrived", outlet="Paper B", document="b", published="2018-03-27", date="2018-03-26",
                trigger="arrived", sentence="An armored train crossed the river and arrived in Beijing on March 26."),
        mention("Kim Jong Un", None, id="tour", outlet="Magazine C", document="c", published="2018-03-28", date=None, place=None,
                trigger="trip", sentence="Kim's surprise trip was his first abroad."),
    ]


def test_partial_actor_mentions_of_one_trip_fuse_into_one_event():
    events = real(fuse(trip_mentions()).events)
    assert len(events) == 1, [(e["id"], [m["id"] for m in e["mentions"]]) for e in events]
    (trip,) = events
    assert trip["source"]["name"] == "Kim Jong Un" and trip["target"]["country"] == "CHN"
    assert trip["documents"] == 3 and trip["independent_sources"] == 3


@pytest.mark.parametrize("order", [1, 2, 3])
def test_the_trip_fuses_whatever_the_input_order(order):
    import random

    ms = trip_mentions()
    random.Random(order).shuffle(ms)
    assert len(real(fuse(ms).events)) == 1


def test_merges_record_why_different_wordings_agree():
    (trip,) = real(fuse(trip_mentions()).events)
    keys = {k for m in trip["merge"] for k in m["keys"]}
    assert "trigger-group:movement" in keys
    assert any(k.endswith(":compatible") for k in keys)


@pytest.mark.parametrize(
    "first, second",
    [
        pytest.param(("Kim Jong Un", "China", "2018-03-26"), ("Moon Jae-in", "China", "2018-03-26"), id="leaders-of-two-countries"),
        pytest.param(("Kim Jong Un", "China", "2018-03-26"), ("Kim Jong Il", "China", "2011-05-20"), id="same-country-years-apart"),
        pytest.param(("Kim Jong Un", "China", "2018-03-26"), ("Donald Trump", "China", "2018-03-26"), id="a-partner-of-another-country"),
    ],
)
def test_two_different_trips_do_not_fuse(first, second):
    a = mention(first[0], first[1], id="a", outlet="Wire A", date=first[2], published="2018-03-27")
    b = mention(second[0], second[1], id="b", outlet="Paper B", date=second[2], published="2018-03-27")
    assert len(real(fuse([a, b]).events)) == 2


def test_a_trip_and_a_later_meeting_elsewhere_do_not_fuse():
    visit = mention("Kim Jong Un", "China", id="visit", date="2018-03-26", place="Beijing", published="2018-03-27")
    summit = mention("Kim Jong Un", "Donald Trump", id="summit", cameo="040", trigger="met", date="2018-06-12",
                     place="Singapore", published="2018-06-12", outlet="Paper B")
    assert len(real(fuse([visit, summit]).events)) == 2


def test_an_undated_partial_mention_published_weeks_later_stays_apart():
    visit = mention("Kim Jong Un", "China", id="visit", date="2018-03-26", published="2018-03-27")
    later = with_actor(mention(None, None, id="later", place=None, date=None, trigger="arrival", published="2018-05-08",
                               outlet="Paper B", sentence="The arrival of a North Korean train in the capital."), "source", dict(NORTH_KOREA))
    assert len(real(fuse([visit, later]).events)) == 2


def test_a_bare_negation_does_not_join_the_event_it_seems_to_deny():
    visit = mention("Kim Jong Un", "China", id="visit", date=None, published="2018-03-27")
    refrained = mention(None, "China", id="refrained", date=None, published="2018-03-27", status="denied", outlet="Paper B",
                        trigger="visiting", sentence="His father refrained from visiting Beijing for six years.")
    events = real(fuse([visit, refrained]).events)
    assert len(events) == 2
    visit_event = next(e for e in events if any(m["id"] == "visit" for m in e["mentions"]))
    assert visit_event["status"] == "reported"


def test_a_denial_by_someone_still_joins_the_event_it_denies():
    visit = mention("Kim Jong Un", "China", id="visit", date=None, published="2018-03-27")
    denial = mention(None, "China", id="denial", date=None, published="2018-03-27", status="denied", outlet="Paper B",
                     cited={"name": "Chinese foreign ministry", "kind": "government", "anonymous": False, "country": "CHN"})
    (event,) = real(fuse([visit, denial]).events)
    assert event["status"] == "denied"


@pytest.mark.parametrize(
    "a, b, expected",
    [
        pytest.param(NORTH_KOREA, {"name": "Kim Jong Un", "kind": "person", "country": "PRK", "code": "PRKGOV"}, 0.7, id="country-and-its-leader"),
        pytest.param(GENERIC_LEADERS, {"name": "Kim Jong Un", "kind": "person", "country": "PRK", "code": "PRKGOV", "sector": "GOV"}, 0.7, id="role-of-no-country-and-a-leader"),
        pytest.param(GENERIC_LEADERS, {"name": "Police of China", "kind": "group", "country": "CHN", "code": "CHNCOP", "sector": "COP"}, 0.3, id="role-of-another-sector"),
        pytest.param(NORTH_KOREA, PRK_GOVERNMENT, 0.7, id="country-and-its-government-are-not-the-same"),
        pytest.param({"name": "Kim Jong Un", "kind": "person", "code": "PRKGOV"}, PRK_GOVERNMENT, 0.7, id="leader-and-his-government"),
        pytest.param(NORTH_KOREA, {"name": "China", "kind": "country", "country": "CHN", "code": "CHN"}, 0.0, id="two-countries"),
    ],
)
def test_broader_actors_are_compatible_not_the_same(a, b, expected):
    assert actor_similarity(_actor(a), _actor(b)) == expected
    assert actor_similarity(_actor(b), _actor(a)) == expected


def test_a_sector_code_alone_is_no_country():
    generic = _actor(GENERIC_LEADERS)
    assert generic is not None and generic.country == "" and generic.sector == "GOV"


@pytest.mark.parametrize("trigger, other", [("arrival", "visit"), ("arrived", "visiting"), ("trip", "tour"), ("motorcade", "visited")])
def test_triggers_of_the_movement_group_agree_as_wording(trigger, other):
    a = prepare(mention(id="a", trigger=trigger), FAMILIES)
    b = prepare(mention(id="b", trigger=other, outlet="Paper B"), FAMILIES)
    assert a.group == b.group == "movement"
    assert "trigger-group:movement" in score(a, b)[1]


def test_triggers_of_no_common_group_do_not_agree():
    a = prepare(mention(id="a", trigger="arrival"), FAMILIES)
    b = prepare(mention(id="b", trigger="negotiate", cameo="040", outlet="Paper B"), FAMILIES)
    keys = score(a, b)[1]
    assert not any(k.startswith("trigger") for k in keys)


def test_a_symmetric_pair_agreeing_only_when_nothing_is_compared_is_weak_evidence():
    """'North Korea ... arrives' / '... visits China': crossing the roles avoids the conflict but proves nothing."""
    a = prepare(with_actor(mention(None, None, id="a", place=None, date=None), "source", dict(NORTH_KOREA)), FAMILIES)
    b = prepare(mention(None, "United States", id="b", place=None, date=None, outlet="Paper B", trigger="negotiate", cameo="046"), FAMILIES)
    value, keys = score(a, b)
    assert "actors~unknown" in keys and value < 0.5


def test_a_mention_naming_no_actor_meets_the_event_of_its_days_and_place():
    visit = mention("Kim Jong Un", "China", id="visit", date="2018-03-26", published="2018-03-27")
    bare = mention(None, None, id="bare", date="2018-03-26", place=None, published="2018-03-27", outlet="Paper B",
                   trigger="trip", sentence="The trip on March 26 surprised diplomats.")
    placed = mention(None, None, id="placed", date=None, place="Beijing", published="2018-03-27", outlet="Paper C",
                     trigger="arrived", sentence="A train arrived in Beijing.")
    (event,) = real(fuse([visit, bare, placed]).events)
    assert {m["id"] for m in event["mentions"]} == {"visit", "bare", "placed"}


def test_a_mention_naming_no_actor_does_not_join_an_event_of_other_days():
    visit = mention("Kim Jong Un", "China", id="visit", date="2018-03-26", published="2018-03-27")
    bare = mention(None, None, id="bare", date="2018-05-20", place=None, published="2018-05-21", outlet="Paper B", trigger="trip")
    assert len(real(fuse([visit, bare]).events)) == 2


@pytest.mark.parametrize("pronoun", ["He", "she", "they", "its"])
def test_an_actor_known_only_by_a_pronoun_neither_vetoes_nor_makes_a_merge(pronoun):
    # the coder's guess at who "he" is may be wrong: the trip still fuses with a report naming Kim Jong Un
    wrong_guess = {"name": "Donald Trump", "code": "USAGOV", "country": "USA", "sector": "GOV", "kind": "person", "text": pronoun,
                   "pronoun": True}
    named = mention("Kim Jong Un", "China", id="named", document="a", outlet="Wire A")
    guessed = with_actor(mention(None, "China", id="guessed", document="b", outlet="Paper B"), "source", wrong_guess)
    assert _actor(wrong_guess) is None
    assert len(real(fuse([named, guessed]).events)) == 1
    # the same actor named in the text is evidence, and vetoes the merge
    named_trump = with_actor(mention(None, "China", id="trump", document="c", outlet="Paper C"), "source",
                             {k: v for k, v in {**wrong_guess, "text": "Trump"}.items() if k != "pronoun"})
    assert len(real(fuse([named, named_trump]).events)) == 2
