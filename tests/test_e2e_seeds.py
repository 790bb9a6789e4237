"""End-to-end acceptance on the two seed articles (Kim Jong Un's March 2018 trip to Beijing).

Both seeds are ingested once (read -> code -> fuse -> store) into a temporary
store; every test then checks one property of what came out. The checks
assert properties (codes, dates, statuses, links), not the seeds' wording.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.shared]


@pytest.fixture(scope="module")
def store(seeds_store):
    return seeds_store


@pytest.fixture(scope="module")
def events(store) -> list[dict[str, Any]]:
    return list(store.iter_events())


@pytest.fixture(scope="module")
def documents(store) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in store.iter_documents()}


def _actor(event: dict, side: str) -> dict:
    return event.get(side) or {}


def _names(event: dict) -> str:
    return " | ".join(str(_actor(event, s).get("name") or "") for s in ("source", "target"))


def _year(event: dict) -> int | None:
    start = (event.get("date") or {}).get("start")
    return int(start[:4]) if start else None


def _is_trip(ev: dict) -> bool:
    src, tgt = _actor(ev, "source"), _actor(ev, "target")
    return (
        ev["type"]["cameo"].startswith("042")
        and str(src.get("code") or "").startswith("PRK")
        and "Kim Jong Un" in str(src.get("name") or "")
        and tgt.get("country") == "CHN"
    )


@pytest.fixture(scope="module")
def trip(events) -> dict:
    found = [ev for ev in events if _is_trip(ev)]
    assert len(found) == 1, f"expected one fused trip event, got {[e['id'] for e in found]}"
    return found[0]


# 1. the trip -----------------------------------------------------------------


def test_trip_is_one_event_with_mentions_from_both_documents(trip, documents):
    docs = {m["document"] for m in trip["mentions"]}
    assert docs == set(documents), "the trip should be reported by both seed articles"
    assert trip["documents"] == 2


def test_trip_is_coded_as_a_visit_by_the_north_korean_leader_to_china(trip):
    assert trip["type"]["cameo"] == "042"
    assert trip["source"]["code"] == "PRKGOV"
    assert trip["target"]["country"] == "CHN"


def test_trip_is_dated_to_the_days_of_the_visit(trip):
    date = trip["date"]
    assert date and "2018-03-26" <= date["start"] <= "2018-03-28"
    assert date["end"] <= "2018-03-28"


def test_meeting_with_xi_is_part_of_the_trip(trip, store):
    subs = [store.get_event(i) for i in trip.get("sub_events") or []]
    meetings = [s for s in subs if s["type"]["cameo"].startswith("04") and "Xi Jinping" in _names(s)]
    assert meetings, f"no 04x meeting with Xi among sub-events {trip.get('sub_events')}"
    assert all(m.get("parent") == trip["id"] for m in meetings)


def test_trip_status_goes_from_unconfirmed_to_confirmed_by_xinhua(trip):
    history = trip["status_history"]
    assert trip["status"] == "confirmed"
    assert history[0]["status"] == "unconfirmed"
    confirmed = [h for h in history if h["status"] == "confirmed"]
    assert confirmed and any("Xinhua" in (h.get("by") or "") for h in confirmed)
    first_confirmed = history.index(confirmed[0])
    assert all(h["status"] != "unconfirmed" for h in history[first_confirmed:])


def test_editor_note_counts_as_a_later_independent_report(trip, documents):
    """The note that sources 'have confirmed' the visit is an update, an independent source, and no rumour."""
    notes = [m for m in trip["mentions"] if m.get("update")]
    assert notes, "the editor's note should be coded as an update mention of the trip"
    for note in notes:
        assert note["status"] in {"reported", "confirmed"}
        groups = [g for g in trip["sources"] if note["id"] in g["mentions"]]
        assert groups and "Bloomberg" in " ".join(groups[0]["via"])
        assert all(note["id"] not in g["mentions"] for g in trip["sources"] if g["source"] == "stratfor")
    assert trip["independent_sources"] >= 3


# 2. rival claim ----------------------------------------------------------------


def test_rival_claim_about_the_sister_is_recorded_and_refuted(trip):
    claims = [c for c in trip.get("rival_claims") or [] if "Kim Yo Jong" in str(c.get("claim"))]
    assert claims, trip.get("rival_claims")
    assert all(c["status"] == "refuted" and "Xinhua" in str(c.get("refuted_by")) for c in claims)


def test_no_rival_claim_from_a_different_year_or_person(trip):
    for claim in trip.get("rival_claims") or []:
        assert "Kim Jong Il" not in str(claim.get("claim")), claim


def test_confirmed_trip_keeps_no_open_rival_claim(trip):
    """Once confirmed by the host's state media, no rival claim on the trip stays open (a sub-event's roles are no rivals)."""
    assert all(c["status"] == "refuted" for c in trip.get("rival_claims") or []), trip.get("rival_claims")


def test_kim_jong_il_2011_visit_stays_apart(trip, events):
    assert all("Kim Jong Il" not in str((m.get("source") or {}).get("name")) for m in trip["mentions"])
    earlier = [ev for ev in events if ev["type"]["cameo"].startswith("042") and _year(ev) == 2011]
    assert earlier and all(ev["id"] != trip["id"] for ev in earlier)


# 3. story ------------------------------------------------------------------------


def test_both_documents_form_one_story_titled_from_its_actors(trip, store, documents):
    story = store.get_story(trip["story"])
    assert set(story["documents"]) == set(documents)
    assert "Kim Jong Un" in story["title"] or "North Korea" in story["title"]


# 4. forecasts ------------------------------------------------------------------


@pytest.fixture(scope="module")
def forecasts(store) -> list[tuple[dict, dict]]:
    return [(f, store.get_event(f["event"])) for f in store.iter_forecasts()]


@pytest.mark.parametrize(
    ("who", "deadline_from", "deadline_to"),
    [
        pytest.param({"PRK", "KOR"}, "2018-04-01", "2018-04-30", id="inter-korean-talks-in-april"),
        pytest.param({"PRK", "USA"}, "2018-04-30", "2018-05-01", id="trump-kim-meeting-before-may"),
        pytest.param({"PRK", "JPN"}, None, None, id="possible-abe-meeting"),
    ],
)
def test_forecasts_carry_probability_forecaster_and_deadline(forecasts, who, deadline_from, deadline_to):
    def countries(ev: dict) -> set:
        return {_actor(ev, s).get("country") for s in ("source", "target")}

    found = [(f, ev) for f, ev in forecasts if countries(ev) == who]
    assert found, f"no forecast between {who}: {[(countries(ev), f['deadline']) for f, ev in forecasts]}"
    for f, _ev in found:
        assert 0.0 < f["probability"] < 1.0
        assert f["forecaster"], f
    if deadline_from:
        assert any(deadline_from <= (f["deadline"] or "") <= deadline_to for f, _ in found), [f["deadline"] for f, _ in found]


def test_forecast_deadlines_never_precede_their_forecast(forecasts):
    for f, ev in forecasts:
        published = min(m["published"] for m in ev["mentions"] if m.get("published"))
        assert f["deadline"] is None or f["deadline"] >= published, (f, published)


# 5. background -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("victim", "year", "country"),
    [
        pytest.param("Jang Song Thaek", 2013, None, id="jang-song-thaek-execution"),
        pytest.param("Kim Jong Nam", 2017, "MYS", id="kim-jong-nam-killing"),
    ],
)
def test_background_killings_keep_their_own_dates(events, victim, year, country):
    found = [ev for ev in events if ev["type"]["cameo"].startswith(("18", "20")) and victim in _names(ev)]
    assert found, f"no killing of {victim}"
    assert all(_year(ev) == year for ev in found), [(ev["id"], ev.get("date")) for ev in found]
    if country:
        assert any((ev.get("location") or {}).get("country") == country for ev in found)


def test_dandong_closure_by_chinese_police_is_coded(events):
    police = [ev for ev in events if str(_actor(ev, "source").get("code") or "").startswith("CHNCOP")]
    assert police and any(_year(ev) == 2018 for ev in police)


def test_no_mention_comes_from_boilerplate(events, documents):
    for ev in events:
        for m in ev["mentions"]:
            doc = documents[m["document"]]
            if m.get("in_title"):
                continue
            text = doc["text"]
            assert 0 <= m["start"] < m["end"] <= len(text)
            removed = {r["text"].strip() for r in doc.get("removed") or [] if r.get("reason") != "title"}
            assert m["sentence"].strip() not in removed


def test_dated_text_wins_over_the_publication_date(events):
    """A mention whose own date expression names another year is never dated to the publication year."""
    for ev in events:
        for m in ev["mentions"]:
            date = m.get("date") or {}
            years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", str(date.get("text") or ""))
            if years and date.get("start"):
                assert date["start"][:4] in years, (m["id"], date)


# 6. headline question ----------------------------------------------------------


def test_question_headline_is_coded_with_question_modality(trip):
    titles = [m for m in trip["mentions"] if m.get("in_title") and m["sentence"].rstrip().endswith("?")]
    assert titles, "the headline should be coded as a title mention of the trip"
    assert all("question" in (m.get("modality") or {}).get("labels", []) for m in titles)
    assert all(m["status"] != "confirmed" for m in titles)


# 7. every event dated ------------------------------------------------------------


def test_every_event_is_dated_by_its_text_or_its_report_and_xinhua_confirms_on_march_28(events, documents, trip):
    published = {d["published"][:10] for d in documents.values() if d.get("published")}
    notes = {u["published"][:10] for d in documents.values() for u in d.get("updates") or [] if u.get("published")}
    for ev in events:
        date = ev.get("date") or {}
        assert date.get("start") and date.get("basis") in {"text", "reported"}, (ev["id"], date)
        if date["basis"] == "reported":
            assert date["precision"] == "reported" and date["start"] == date["end"]
            assert date["start"] in published | notes and date.get("span_start") is None
        else:
            assert date["precision"] != "reported" and date.get("span_start") is not None
    xinhua = [h for h in trip["status_history"] if h["status"] == "confirmed" and "Xinhua" in (h.get("by") or "")]
    assert xinhua and xinhua[0]["as_of"] == "2018-03-28"  # "early March 28, ... Xinhua ... confirmed", told on March 27


def test_only_real_forecasts_are_forecasts_and_none_is_resolved(forecasts):
    """Past, failed, negated-past and explanatory sentences give no forecast; nothing in the seeds settles one."""
    not_forecasts = ["That effort failed", "had yet to venture abroad", "foremost reason Kim wants", "ratcheted up its military threats"]
    assert forecasts
    for _, ev in forecasts:
        said = " ".join(m["sentence"] for m in ev["mentions"])
        fc = ev["forecast"]
        assert not any(words in said for words in not_forecasts), said
        assert fc["resolution"] == "open" and fc["resolved_by"] is None, (fc, said)
        assert fc["deadline_basis"] in {"stated", "implied", "none"}
        if fc["deadline_basis"] == "none":
            assert fc["deadline"] is None  # no invented horizon
    # one forecaster's Trump-Kim meeting and inter-Korean talks are one forecast each (restatements name it)
    spoken: dict[tuple, int] = {}
    for _, ev in forecasts:
        who = frozenset(_actor(ev, s).get("country") for s in ("source", "target"))
        if not ev["forecast"].get("restates") and who in ({"PRK", "KOR"}, {"PRK", "USA"}):
            key = (ev["forecast"]["forecaster"], who)
            spoken[key] = spoken.get(key, 0) + 1
    assert spoken and all(n == 1 for n in spoken.values()), spoken


# 8. sources that are sources, one event for one happening -----------------------


def test_trip_is_one_event_with_three_supporting_sources_and_no_false_cited_source(trip, events, documents):
    """The trip's partial mentions fuse; its sources are Stratfor's chain, Bloomberg's sources and the article citing Xinhua."""
    # one event: no other real 2018 visit with a North Korean or Chinese party that anyone supports
    others = [ev for ev in events if ev["type"]["cameo"].startswith("042") and ev["id"] != trip["id"] and ev["status"] != "forecast"
              and (ev.get("date") or {}).get("start", "")[:7] == "2018-03" and ev["independent_sources"] > 0
              and {"PRK", "CHN"} & {_actor(ev, s).get("country") for s in ("source", "target")}]
    assert not others, [(ev["id"], _names(ev)) for ev in others]
    claims = [m["claim"] for m in trip["mentions"]]
    assert any((c.get("source") or {}).get("country") == "PRK" and (c.get("source") or {}).get("kind") != "person" for c in claims)
    assert any((m.get("evidence") or {}).get("kind") == "video" for m in trip["mentions"])
    # exactly three independent sources: Stratfor's own chain, the editor's note (Bloomberg), the later article citing Xinhua
    assert trip["independent_sources"] == len(trip["sources"]) == 3
    by_id = {m["id"]: m for m in trip["mentions"]}
    by_id.update({m["id"]: m for sub in events if sub.get("parent") == trip["id"] for m in sub["mentions"]})
    first = min(documents.values(), key=lambda d: d["published"])["id"]
    kinds = set()
    for group in trip["sources"]:
        ms = [by_id[i] for i in group["mentions"]]
        if all(m.get("update") for m in ms):
            kinds.add("note")
            assert "Bloomberg" in " ".join(group["via"])
        elif group["documents"] == [first]:
            kinds.add("own chain")
        else:
            kinds.add("later article")
            assert group["source"] == "xinhua" and first not in group["documents"]
    assert kinds == {"note", "own chain", "later article"}, trip["sources"]
    # the sister claim's sources are listed under the rival claim only
    supporting = {k for g in trip["sources"] for k in [g["source"], *g["mentions"]]}
    sister = [c for c in trip["rival_claims"] if "Kim Yo Jong" in str(c.get("claim"))]
    assert sister and all(c["sources"] for c in sister)
    for claim in sister:
        for group in claim["sources"]:
            assert group["source"] not in supporting and not set(group["mentions"]) & supporting
    # no cited source is the event's own actor, a video or an image
    artefacts = {"video", "videos", "footage", "image", "images", "imagery", "photo", "photos", "picture", "pictures"}
    for ev in events:
        for m in ev["mentions"]:
            own = {str((m["claim"].get(s) or {}).get(k) or "").lower() for s in ("source", "target") for k in ("name", "text")} - {""}
            link = m.get("cited_source")
            while link:
                name = str(link.get("name") or link.get("text") or "").lower()
                assert name not in own, (ev["id"], m["id"], name)
                assert not set(re.findall(r"[a-z]+", name)) & artefacts, (ev["id"], m["id"], name)
                link = link.get("cites")
