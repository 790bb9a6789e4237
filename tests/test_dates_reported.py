"""Every event is dated: by its own date when the text gives one, else by its report (precision and basis "reported").

No model: the date helpers of the code stage, fusion of hand-made mention
records, the store's date filters through the command line, and the export
columns.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_fuse_factory import mention

from tidings.code.mentions import reported_on
from tidings.code.time import act_day, date_basis, dates, event_date, own_date, reported_date
from tidings.export import EVENT_COLUMNS, GDELT_COLUMNS, export_events
from tidings.fuse import fuse
from tidings.fuse.families import load_families
from tidings.fuse.similarity import prepare
from tidings.fuse.status import mention_time


def _real(result):
    return [e for e in result.events if not e.get("parent") and not e.get("forecast")]


def _one(ms, **kw):
    real = _real(fuse(ms, **kw))
    assert len(real) == 1, [e["id"] for e in real]
    return real[0]


# --------------------------------------------------------------------------- the code stage's helpers


@pytest.mark.parametrize("when, day", [
    ("2018-03-27", "2018-03-27"),
    ("2018-03-27T23:15:00Z", "2018-03-27"),
    ("Mar. 27, 2018", "2018-03-27"),
])
def test_a_report_date_dates_the_event_by_its_day_with_no_span(when, day):
    info = reported_date(when)
    assert info is not None
    assert (info["start"], info["end"], info["precision"]) == (day, day, "reported")
    assert dict(info).get("basis") == "reported"
    assert info.get("text") is None and "span_start" not in info


@pytest.mark.parametrize("when", [None, "", "not a date", "2018-02-30"])
def test_no_report_date_gives_no_date(when):
    assert reported_date(when) is None


@pytest.mark.parametrize("info, basis", [
    ({"start": "2008-01-01", "end": "2008-12-31", "precision": "year", "text": "2008"}, "text"),
    ({"start": "2018-03-27", "end": "2018-03-27", "precision": "reported", "text": None}, "reported"),
    ({"start": "2018-03-27", "end": "2018-03-27", "precision": "reported", "basis": "reported"}, "reported"),
    ({"start": "2018-03-26", "end": "2018-03-26", "precision": "day", "basis": "text"}, "text"),
    (None, None),
    ({}, None),
])
def test_the_basis_of_a_date_says_where_it_comes_from(info, basis):
    assert date_basis(info) == basis


def test_an_own_date_is_marked_as_the_texts():
    found = event_date(dates("The talks were held in 2008.", anchor="2018-03-27"), anchor="2018-03-27")
    marked = own_date(found)
    assert marked is not None and dict(marked)["basis"] == "text" and marked["start"] == "2008-01-01"
    assert own_date(None) is None


@pytest.mark.parametrize("phrase, anchor, tense, expected", [
    ("on Monday", "2024-05-15", "past", ("2024-05-13", "2024-05-13")),  # the Wednesday's report: two days before
    ("on Monday", "2024-06-05", "past", ("2024-06-03", "2024-06-03")),  # a note a few weeks later: its own Monday
    ("yesterday", "2024-05-15", "past", ("2024-05-14", "2024-05-14")),
    ("last week", "2024-05-15", "past", ("2024-05-06", "2024-05-12")),
    ("last week", "2024-06-05", "past", ("2024-05-27", "2024-06-02")),
])
def test_a_past_event_dated_only_by_a_relative_phrase_counts_from_its_report(phrase, anchor, tense, expected):
    text = f"The delegation arrived in the capital {phrase}."
    found = event_date(dates(text, anchor=anchor), anchor=anchor, tense=tense)
    assert found is not None
    assert (found["start"], found["end"]) == expected


@pytest.mark.parametrize("text, reported, tense, day", [
    ("On Tuesday", "2024-05-15", "past", "2024-05-14"),  # the last Tuesday before the Wednesday's report
    ("Tuesday", "2024-05-14", "past", "2024-05-14"),  # the report's own day
    ("early May 16", "2024-05-15", "past", "2024-05-16"),  # a day later, in another time zone
    ("May 3", "2024-05-15", "past", "2024-05-03"),
    ("May 20", "2024-05-15", "past", None),  # an act told before it happened is no act
    ("last week", "2024-05-15", "past", None),  # not one day
    ("in 2019", "2024-05-15", "past", None),
    ("On Friday", "2024-05-15", "future", None),  # "will confirm on Friday"
])
def test_the_day_of_a_reporting_act(text, reported, tense, day):
    found = [t for t in dates(text, anchor=reported) if t["type"] in {"DATE", "TIME"}]
    assert found
    assert act_day(found[0], reported=reported, tense=tense) == day


@pytest.mark.parametrize("start, expected", [(10, "2024-05-15"), (120, "2024-05-20"), (300, "2024-05-15")])
def test_a_sentence_in_an_editors_note_was_reported_on_the_notes_date(start, expected):
    document = {"published": "2024-05-15", "updates": [{"text": "Update: ...", "start": 100, "end": 200, "kind": "update", "published": "2024-05-20"}]}
    assert reported_on(document, start) == expected
    assert reported_on(document, start, in_title=True) == "2024-05-15"


# --------------------------------------------------------------------------- fused events


def test_an_event_no_text_dates_is_dated_by_its_first_report():
    ms = [mention(id="a", date=None, published="2018-03-28", outlet="Reuters"),
          mention(id="b", date=None, published="2018-03-27", outlet="Kyodo")]
    event = _one(ms)
    assert event["date"] == {"start": "2018-03-27", "end": "2018-03-27", "precision": "reported", "text": None,
                             "value": "2018-03-27", "basis": "reported"}


def test_an_own_date_of_any_member_wins_over_the_report_date():
    ms = [mention(id="a", date=None, published="2018-03-27", outlet="Reuters"),
          mention(id="b", date="2018-03-26", published="2018-03-28", outlet="Kyodo")]
    event = _one(ms)
    assert (event["date"]["start"], event["date"]["end"]) == ("2018-03-26", "2018-03-26")
    assert event["date"]["basis"] == "text" and event["date"]["precision"] == "day"


@pytest.mark.parametrize("start, end, text", [
    ("2008-01-01", "2008-12-31", "2008"),  # a background episode keeps its year
    ("2011-12-01", "2011-12-31", "December 2011"),
])
def test_a_background_episode_keeps_its_own_date(start, end, text):
    old = mention(id="b", source="Kim Jong Il", date=start, end=end, date_text=text, published="2018-03-27")
    event = _one([old])
    assert (event["date"]["start"], event["date"]["end"], event["date"]["text"]) == (start, end, text)
    assert event["date"]["basis"] == "text"


def test_an_editors_note_is_dated_by_its_own_date():
    note = mention(id="n", date=None, published="2018-03-26", document="d1", update=True, outlet="Stratfor")
    documents = {"d1": {"id": "d1", "published": "2018-03-26", "outlet": "Stratfor",
                        "updates": [{"text": "Editor's Note: ...", "start": 0, "end": 500, "kind": "editors-note", "published": "2018-03-28"}]}}
    event = _one([note], documents=documents)
    assert (event["date"]["start"], event["date"]["precision"], event["date"]["basis"]) == ("2018-03-28", "reported", "reported")


@pytest.mark.parametrize("verb_status, stated, as_of", [
    ("confirmed", "2018-03-28", "2018-03-28"),  # "early March 28, Xinhua confirmed" in an article of March 27
    ("denied", "2018-03-20", "2018-03-20"),  # "On Tuesday, the ministry denied"
    ("confirmed", None, "2018-03-27"),  # no date on the act: the report's date
])
def test_a_status_change_is_dated_by_the_act_it_records(verb_status, stated, as_of):
    m = mention(id="x", date=None, status=verb_status, cited="Xinhua", outlet="Reuters", published="2018-03-27")
    if stated:
        m["mentions"][0]["stated"] = {"date": stated, "basis": "text", "text": "Tuesday", "start": 0, "end": 7, "verb": "confirm", "by": "Xinhua"}
    event = _one([m])
    assert event["status_history"][-1]["as_of"] == as_of
    assert event["date"]["start"] == "2018-03-27"  # the event itself stays dated by its report
    rec = prepare(m, load_families())
    assert mention_time(rec) == as_of
    assert mention_time(rec, act=False) == "2018-03-27"


def test_a_mention_said_in_an_editors_note_carries_the_notes_date():
    """The code stage writes the report's day on the mention: no document is needed to date it."""
    note = mention(id="n", date=None, published="2018-03-26", update=True, outlet="Stratfor")
    note["mentions"][0]["stated"] = {"date": "2018-03-28", "basis": "reported"}
    event = _one([note])
    assert event["date"]["start"] == "2018-03-28"
    assert event["status_history"][0]["as_of"] == "2018-03-28"
    rec = prepare(note, load_families())
    assert mention_time(rec) == mention_time(rec, act=False) == "2018-03-28"


# --------------------------------------------------------------------------- filters and exports


@pytest.fixture
def reported_db(tmp_path):
    from tidings import open_store

    ms = [mention(id="a", date=None, published="2021-04-02", outlet="Reuters"),
          mention(id="b", source="Moon Jae-in", target="North Korea", place="Pyongyang", date="2021-01-05",
                  published="2021-04-02", outlet="Kyodo")]
    result = fuse(ms)
    path = str(tmp_path / "t.db")
    with open_store(path) as store:
        store.save_events(result.events)
    return path, {e["id"]: e for e in result.events}


@pytest.mark.parametrize("window, reported_kept", [
    (["--from", "2021-04-01"], True),
    (["--from", "2021-04-02", "--to", "2021-04-02"], True),
    (["--to", "2021-03-31"], False),
    (["--from", "2021-04-03"], False),
])
def test_date_filters_keep_events_dated_by_their_report(reported_db, capsys, window, reported_kept):
    from tidings.cli import main

    path, events = reported_db
    reported = {eid for eid, e in events.items() if e["date"]["basis"] == "reported"}
    assert reported
    try:
        main(["--db", path, "events", "--format", "json", *window])
    except SystemExit as stop:
        assert stop.code in (0, None)
    got = {e["id"] for e in json.loads(capsys.readouterr().out)}
    assert (reported <= got) == reported_kept


@pytest.mark.parametrize("fmt, column", [("csv", "date_basis"), ("gdelt", "DateBasis")])
def test_exports_say_which_kind_of_date_an_event_has(fmt, column):
    ms = [mention(id="a", date=None, published="2021-04-02", outlet="Reuters"),
          mention(id="b", source="Moon Jae-in", target="North Korea", place="Pyongyang", date="2021-01-05", published="2021-04-02")]
    events = fuse(ms).events
    buf = io.StringIO()
    export_events(events, fmt, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue()), delimiter="," if fmt == "csv" else "\t"))
    assert column in (EVENT_COLUMNS if fmt == "csv" else GDELT_COLUMNS)
    by_basis = {r[column] for r in rows}
    assert by_basis == {"reported", "text"}


# --------------------------------------------------------------------------- pages and reports


@pytest.mark.parametrize("basis, shown, hidden", [
    ("reported", "reported on 2021-04-02", "(day"),
    ("text", "2021-01-05", "reported on"),
])
def test_the_event_page_says_which_kind_of_date_it_shows(reported_db, basis, shown, hidden):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    path, events = reported_db
    eid = next(eid for eid, e in events.items() if e["date"]["basis"] == basis)
    page = TestClient(create_app(path)).get(f"/events/{eid}")
    assert page.status_code == 200
    facts = page.text.split("<dt>Date</dt>", 1)[1].split("</dd>", 1)[0]
    assert shown in facts and hidden not in facts


@pytest.mark.parametrize("date, says", [
    ({"start": "2021-04-02", "end": "2021-04-02", "precision": "reported", "text": None, "basis": "reported"}, "(reported on 2 April 2021)"),
    ({"start": "2021-03-31", "end": "2021-03-31", "precision": "day", "text": "Wednesday", "basis": "text"}, "(31 March 2021)"),
    ({"start": "2021-04-02", "end": "2021-04-02", "precision": "reported", "text": None}, "(reported on 2 April 2021)"),  # stored before the basis
])
def test_a_storys_lede_tells_an_own_date_from_a_report_date(date, says):
    from tidings.report.story import lede, own_date

    event = {"id": "e", "type": {"cameo": "042", "cameo_label": "Make a visit"}, "source": {"name": "Leader Alpha"},
             "date": date, "status": "reported", "status_history": [{"status": "reported", "as_of": "2021-04-02", "by": "Wire"}],
             "mentions": [{"published": "2021-04-02"}], "documents": 1, "independent_sources": 1}
    assert says in lede(event)
    assert bool(own_date(event)) == (date.get("precision") != "reported")


@pytest.mark.parametrize("basis, diamond", [("reported", False), ("text", True)])
def test_the_story_timeline_draws_an_own_date_only_for_an_own_date(basis, diamond):
    from tidings.report.story import core_window
    from tidings.report.timeline import story_timeline_svg

    date = {"start": "2021-04-02", "end": "2021-04-02", "precision": "reported" if basis == "reported" else "day",
            "text": None if basis == "reported" else "Friday", "basis": basis}
    event = {"id": "e", "type": {"cameo": "042", "cameo_label": "Make a visit"}, "source": {"name": "Leader Alpha"},
             "date": date, "status": "reported", "status_history": [{"status": "reported", "as_of": "2021-04-02", "by": "Wire"}],
             "mentions": [{"published": "2021-04-02"}], "documents": 1, "independent_sources": 1}
    svg = story_timeline_svg([event], core_window([event]))
    assert ('class="own-date"' in svg) == diamond
    assert ("(report date)" in svg) == (not diamond)


@pytest.mark.parametrize("stated, day, basis", [
    ({"date": "2018-03-28", "basis": "text", "text": "March 28", "start": 0, "end": 8, "verb": "confirm", "by": "Xinhua"}, "2018-03-28", "text"),
    ({"date": "2018-03-27", "basis": "reported"}, "2018-03-27", "reported"),
    (None, None, None),  # coded before mentions said when they were said
])
def test_the_mentions_export_says_when_each_mention_was_said(stated, day, basis):
    from tidings.export import export_mentions

    m = mention(id="x", date=None, published="2018-03-27")
    if stated:
        m["mentions"][0]["stated"] = stated
    buf = io.StringIO()
    export_mentions(fuse([m]).events, "jsonl", buf)
    (row,) = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert (row["stated"], row["stated_basis"]) == (day, basis)


@pytest.mark.parametrize("date, label", [
    ({"start": "2021-04-02", "end": "2021-04-02", "precision": "reported", "text": None, "basis": "reported"}, "reported 2021-04-02"),
    ({"start": "2011-01-01", "end": "2011-12-31", "precision": "year", "text": "2011", "basis": "text"}, "2011-01-01"),
    (None, "undated"),
])
def test_a_report_table_labels_a_report_date_as_such(date, label):
    from tidings.report.story import date_label

    assert date_label({"id": "e", "date": date}) == label
