"""Stories are developing situations: time splits a document, specific evidence joins documents, generic actors do not chain.

Records are built here (mention records fused with :func:`tidings.fuse.fuse`,
or event records given to :func:`tidings.fuse.stories.build_stories`); no model
is loaded.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any, Optional

import pytest
from test_fuse_factory import mention

from tidings.fuse import fuse
from tidings.fuse.stories import build_stories

GENERIC = {
    "police": {"name": "police", "kind": "group", "sector": "COP", "code": "COP", "country": None},
    "government": {"name": "government", "kind": "group", "sector": "GOV", "code": "GOV", "country": None},
    "United States": {"name": "United States", "kind": "country", "sector": None, "code": "USA", "country": "USA"},
    "United States government": {"name": "United States government", "kind": "group", "sector": "GOV", "code": "USAGOV", "country": "USA"},
}
CITIES = ["Toledo", "Akron", "Dayton", "Fresno", "Tulsa", "Omaha", "Wichita", "Boise", "Reno", "Tucson"]
NAMES = ["Alma Rivers", "Boris Kettle", "Carla Menzies", "Dmitri Osgood", "Elena Farrow", "Felix Brandt",
         "Greta Holm", "Hector Quill", "Irene Vasko", "Jonas Pike"]
CODES = ["173", "111", "120", "036", "057", "163", "190", "141", "080", "046"]  # a different kind of event each: fusion keeps them apart
CRIMES = ["arson", "fraud", "burglary", "smuggling", "forgery", "embezzlement", "poaching", "bribery", "vandalism", "extortion"]


def person(name: str, country: str = "USA") -> dict[str, Any]:
    return {"name": name, "kind": "person", "sector": None, "code": country, "country": country, "text": name}


def record(source: Optional[dict], target: Optional[dict], *, document: str, published: str, day: Optional[str],
           sentence: str, cameo: str = "173", place: Optional[str] = None, precision: str = "day", outlet: str = "Wire") -> dict:
    m = mention(None, None, cameo=cameo, date=day, place=None, published=published, document=document, sentence=sentence, outlet=outlet)
    m["source"], m["target"] = source, target
    if day:
        m["date"]["precision"] = precision
    if place:
        m["location"] = {"name": place, "country": "USA", "lat": None, "lon": None, "geonameid": None, "text": place}
    return m


def story_of(result, mention_id: str) -> str:
    return next(e["story"] for e in result.events if any(m["id"] == mention_id for m in e["mentions"]))


def grouped(records: list[dict], **kw: Any) -> dict[str, str]:
    """Each record taken as an event of its own (no fusion), grouped into stories: id -> story."""
    events = copy.deepcopy(records)
    build_stories(events, **kw)
    return {e["id"]: e["story"] for e in events}


def trip(day0: date, copies: int = 1, *, prefix: str = "trip") -> list[dict]:
    """Ten days of one developing situation, each report naming only some of its actors."""
    kim, xi, moon, trump = person("Kim Jong Un", "PRK"), person("Xi Jinping", "CHN"), person("Moon Jae-in", "KOR"), person("Donald Trump")
    china = {"name": "China", "kind": "country", "sector": None, "code": "CHN", "country": "CHN"}
    steps = [
        (0, kim, china, "042", "Beijing", "Kim Jong Un arrived in Beijing by armoured train on his first trip abroad."),
        (2, xi, kim, "043", "Beijing", "Xi Jinping hosted Kim Jong Un at a banquet in the Great Hall of the People."),
        (4, xi, kim, "040", None, "Xi Jinping and Kim Jong Un held talks on the nuclear issue, Xinhua said."),
        (7, trump, xi, "040", None, "Donald Trump said Xi Jinping told him the talks with Kim Jong Un went very well."),
        (10, moon, kim, "040", None, "Moon Jae-in welcomed Kim Jong Un's trip to Beijing ahead of their summit."),
    ]
    out = []
    for offset, src, tgt, cameo, place, sentence in steps:
        day = (day0 + timedelta(days=offset)).isoformat()
        for k in range(copies):
            m = record(src, tgt, document=f"{prefix}-{offset}-{k}", published=day, day=day, sentence=sentence, cameo=cameo, place=place, outlet=f"Outlet {k}")
            m["id"] = f"{prefix}-{offset}-{k}"
            out.append(m)
    return out


def unrelated(day0: date, n: int, *, source: str = "police", prefix: str = "local") -> list[dict]:
    """``n`` separate local situations over ``n`` days, each with the same generic actor and nothing else in common."""
    out = []
    for k in range(n):
        day = (day0 + timedelta(days=k)).isoformat()
        m = record(GENERIC[source], person(NAMES[k]), document=f"{prefix}-{k}", published=day, day=day, place=CITIES[k], cameo=CODES[k],
                   sentence=f"Officers detained {NAMES[k]} in {CITIES[k]} on suspicion of {CRIMES[k]}, {GENERIC[source]['name']} said.")
        m["id"] = f"{prefix}-{k}"
        out.append(m)
    return out


# -- time splits a document ----------------------------------------------------------------------


@pytest.mark.parametrize("background", ["2008-05-20", "1998-11-02", "2011"])
@pytest.mark.parametrize("reported", [False, True], ids=["undated", "report-dated"])
def test_background_event_of_another_decade_stays_out_of_the_story(background, reported):
    kim, xi = person("Kim Jong Un", "PRK"), person("Xi Jinping", "CHN")
    father = person("Kim Jong Il", "PRK")
    ms = [
        record(kim, xi, document="d1", published="2018-03-27", day="2018-03-26", place="Beijing", cameo="042",
               sentence="Kim Jong Un visited Beijing and met Xi Jinping, state media said."),
        record(xi, kim, document="d1", published="2018-03-27", day="2018-03-27" if reported else None, cameo="043",
               precision="reported", sentence="Xi Jinping hosted a banquet for Kim Jong Un."),
        record(father, xi, document="d1", published="2018-03-27", day=background, place="Beijing", cameo="042",
               precision="day" if len(background) > 4 else "year",
               sentence="His father Kim Jong Il last travelled to Beijing to see Chinese leaders."),
        record(kim, xi, document="d2", published="2018-03-28", day="2018-03-26", place="Beijing", cameo="042",
               sentence="Kim Jong Un's visit to Beijing was confirmed by Xinhua."),
    ]
    ids = [m["id"] for m in ms]
    result = fuse(ms)
    main = story_of(result, ids[0])
    assert story_of(result, ids[1]) == main
    assert story_of(result, ids[3]) == main
    assert story_of(result, ids[2]) != main


def test_events_of_one_document_close_in_time_stay_together_without_anything_else_shared():
    ms = [
        record(GENERIC["United States"], person("Ali Rahimi", "IRN"), document="d", published="2025-09-11", day="2025-09-11",
               cameo="111", sentence="Washington condemned the seizure."),
        record(person("Nikos Dendias", "GRC"), None, document="d", published="2025-09-11", day=None, cameo="114",
               sentence="Athens summoned the ambassador."),
        record(person("Badr Albusaidi", "OMN"), None, document="d", published="2025-09-11", day="2025-09-10", cameo="036",
               sentence="Muscat offered to mediate."),
    ]
    result = fuse(ms)
    assert len({e["story"] for e in result.events}) == 1


# -- generic actors do not chain ---------------------------------------------------------------------


@pytest.mark.parametrize("n", [3, 8])
@pytest.mark.parametrize("generic", ["police", "United States", "United States government"])
@pytest.mark.parametrize("alone", [False, True], ids=["with-target", "actor-alone"])
def test_situations_sharing_only_a_generic_actor_stay_apart(n, generic, alone):
    records = unrelated(date(2009, 3, 1), n, source=generic)
    for m in records:
        m["type"]["cameo"] = "173"  # even the same kind of event
        if alone:
            m["target"] = None
    assert len(set(grouped(records).values())) == n


def test_the_earlier_rule_chained_them_and_stays_reachable():
    records = unrelated(date(2009, 3, 1), 6)
    for m in records:  # the earlier rule chained one-actor events by actor and type family
        m["target"] = None
        m["type"]["cameo"] = "173"
    assert len(set(grouped(records, rule="components").values())) == 1
    assert len(set(grouped(records).values())) == 6


def test_an_unknown_rule_is_refused():
    with pytest.raises(ValueError, match="situations"):
        build_stories([], rule="cliques")


# -- a developing situation stays one story ------------------------------------------------------------


@pytest.mark.parametrize("copies", [1, 4])
def test_developing_situation_over_ten_days_with_partial_actors_stays_one_story(copies):
    ms = trip(date(2018, 3, 26), copies) + unrelated(date(2018, 3, 26), 8, source="government")
    result = fuse(ms)
    trip_stories = {story_of(result, m["id"]) for m in ms if m["id"].startswith("trip")}
    local_stories = {story_of(result, m["id"]) for m in ms if m["id"].startswith("local")}
    assert len(trip_stories) == 1
    assert len(local_stories) == 8 and not trip_stories & local_stories


def test_the_same_situation_two_months_later_is_another_story():
    ms = trip(date(2018, 3, 26)) + trip(date(2018, 6, 1), prefix="again")
    result = fuse(ms)
    first = {story_of(result, m["id"]) for m in ms if m["id"].startswith("trip")}
    second = {story_of(result, m["id"]) for m in ms if m["id"].startswith("again")}
    assert len(first) == 1 and len(second) == 1 and first != second


def test_undated_reports_join_only_on_specific_evidence():
    ms = [
        record(person("Hugh Jackman", "AUS"), None, document=f"oscars-{k}", published="", day=None, cameo="010", place="Los Angeles",
               sentence="Hugh Jackman will host the Academy Awards at the Kodak Theatre.")
        for k in range(3)
    ] + [
        record(GENERIC["police"], person(NAMES[k]), document=f"arrest-{k}", published="", day=None, place=CITIES[k],
               sentence=f"Police arrested {NAMES[k]} in {CITIES[k]}.")
        for k in range(3)
    ]
    for m in ms:
        m["mentions"][0]["published"] = None
        m["id"] = m["mentions"][0]["document"]
    story = grouped(ms)
    oscars = {story[m["id"]] for m in ms if m["id"].startswith("oscars")}
    arrests = {story[m["id"]] for m in ms if m["id"].startswith("arrest")}
    assert len(oscars) == 1 and len(arrests) == 3 and not oscars & arrests


# -- incremental ------------------------------------------------------------------------------------


@pytest.mark.parametrize("later", ["other situations", "more reports", "both"])
def test_adding_later_documents_keeps_the_story_ids(later):
    first_ms = trip(date(2018, 3, 26)) + unrelated(date(2018, 3, 26), 4)
    first = fuse(first_ms)
    before = {m["id"]: story_of(first, m["id"]) for m in first_ms}
    more: list[dict] = []
    if later in ("other situations", "both"):
        more += unrelated(date(2018, 4, 2), 5, source="United States", prefix="later")
    if later in ("more reports", "both"):
        more += [dict(m, id=m["id"] + "-again") for m in trip(date(2018, 3, 30), prefix="trip-more")]
    second = fuse(more, existing=first.events)
    after = {m["id"]: story_of(second, m["id"]) for m in first_ms}
    assert after == before
    assert fuse(first_ms + more).stories and {s["id"] for s in fuse(first_ms + more).stories} == {s["id"] for s in second.stories}


@pytest.mark.parametrize("second, together", [("2018-03-30", True), ("2018-06-30", False)])
def test_a_report_date_given_as_the_date_places_the_events_in_time(second, together):
    """Events that carry only their report's date (``"precision": "reported"``) are placed at the report."""
    kim, xi = person("Kim Jong Un", "PRK"), person("Xi Jinping", "CHN")
    records = [
        record(kim, xi, document="a", published="", day="2018-03-27", precision="reported", cameo="042", place="Beijing",
               sentence="Kim Jong Un met Xi Jinping in Beijing."),
        record(xi, kim, document="b", published="", day=second, precision="reported", cameo="043", place="Beijing",
               sentence="Xi Jinping hosted Kim Jong Un in Beijing."),
    ]
    for m in records:
        m["mentions"][0]["published"] = None
        m["id"] = m["mentions"][0]["document"]
    story = grouped(records)
    assert (story["a"] == story["b"]) is together
