"""Metadata from plain text: title, subtitle, byline, date lines, dateline, re-publication, updates, inferred dates."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.read import read_article
from tidings.read.dates import find_dates, infer_published, parse_date_line

P1 = "Officials in the capital said on Tuesday that talks with the rebels would resume next week."
P2 = "The previous round collapsed after both sides accused each other of violating the truce."


def doc_of(*lines):
    return read_article("\n\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "line, author",
    [
        ("By Phillip Orchard", "Phillip Orchard"),
        ("By JANE DOE", "JANE DOE"),
        ("By: Omar Haddad", "Omar Haddad"),
        ("by Ana Lima and Ben Cole", "Ana Lima and Ben Cole"),
        ("By Ana Lima, Reuters", "Ana Lima"),
        ("Written by Kim Min-ji", "Kim Min-ji"),
    ],
)
def test_byline_gives_author_and_leaves_the_text(line, author):
    doc = doc_of("Talks Set to Resume", line, P1, P2)
    assert doc["author"] == author and doc["provenance"]["author"] == "found"
    assert line not in doc["text"]


def test_sentence_starting_with_by_is_not_a_byline():
    doc = doc_of("Talks Set to Resume", "By the end of the week, negotiators had agreed on a text.", P1)
    assert doc["author"] is None
    assert "By the end of the week" in doc["text"]


@pytest.mark.parametrize(
    "line, published, modified",
    [
        ("|March 27, 2018", "2018-03-27", None),
        ("March 27, 2018", "2018-03-27", None),
        ("Published: 27 March 2018 14:02 GMT", "2018-03-27", None),
        ("Tuesday, March 27, 2018", "2018-03-27", None),
        ("Posted on 2018-03-27", "2018-03-27", None),
        ("Updated March 28, 2018 at 10:32 a.m. ET", "2018-03-28", "2018-03-28"),
    ],
)
def test_date_lines_give_the_publication_date(line, published, modified):
    doc = doc_of("Talks Set to Resume", line, P1, P2)
    assert doc["published"] == published
    assert doc["modified"] == modified
    assert doc["published_inferred"] == (modified is not None)
    assert line.lstrip("|") not in doc["text"]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Re-Blogged From Stratfor", "Stratfor"),
        ("This article originally appeared in Foreign Policy.", "Foreign Policy"),
        ("Republished with permission of The Conversation", "The Conversation"),
        ("Originally published by Al Jazeera", "Al Jazeera"),
        ("This story first appeared on NK News.", "NK News"),
    ],
)
def test_republication_note_gives_original_outlet(line, outlet):
    doc = doc_of("Talks Set to Resume", line, P1, P2)
    assert doc["original_outlet"] == outlet
    assert line not in doc["text"]
    assert [r["reason"] for r in doc["removed"] if r["text"] == line] == ["republication"]


@pytest.mark.parametrize(
    "opening, place, agency",
    [
        ("BEIJING (Reuters) - Chinese officials", "Beijing", "Reuters"),
        ("SEOUL, South Korea (AP) — North Korea", "Seoul, South Korea", "AP"),
        ("KYIV — Ukrainian forces", "Kyiv", None),
    ],
)
def test_dateline_is_recognised_and_kept_in_the_text(opening, place, agency):
    doc = doc_of(opening + " said on Tuesday that the talks would resume next week.", P2)
    assert doc["dateline"] == {"place": place, "agency": agency}
    assert doc["text"].startswith(opening)
    assert doc["original_outlet"] == agency


def test_title_is_the_first_heading_like_line_and_subtitle_the_dek():
    doc = doc_of("Talks Set to Resume", "Neither side can afford another failure.", "March 27, 2018", "By Ana Lima", P1, P2)
    assert doc["title"] == "Talks Set to Resume"
    assert doc["subtitle"] == "Neither side can afford another failure."
    assert doc["text"].startswith("Neither side can afford another failure.\n\n")


def test_sentence_first_line_is_not_a_title():
    doc = doc_of(P1, P2)
    assert doc["title"] is None
    assert doc["text"].startswith(P1)


@pytest.mark.parametrize(
    "note, kind, published",
    [
        ("Editor's Note: Since this article published, officials have confirmed the talks.", "editors-note", None),
        ("Update (March 28): The foreign ministry confirmed the visit.", "update", "2018-03-28"),
        ("UPDATE, March 29, 2018: Talks were postponed.", "update", "2018-03-29"),
        ("Correction: An earlier version misspelled the minister's name.", "correction", None),
    ],
)
def test_updates_stay_in_the_text_and_are_listed(note, kind, published):
    doc = doc_of("Talks Set to Resume", "March 27, 2018", P1, P2, note)
    (update,) = doc["updates"]
    assert update["kind"] == kind and update["published"] == published
    assert doc["text"][update["start"]:update["end"]] == note
    assert doc["published"] == "2018-03-27"


def test_publication_date_is_inferred_from_the_latest_full_date():
    doc = doc_of(P1, "The earlier round began on January 5, 2019 and ended on February 2, 2019.", P2)
    assert doc["published"] == "2019-02-02"
    assert doc["published_inferred"] is True and doc["provenance"]["published"] == "inferred"


def test_month_day_dates_take_the_year_the_text_names():
    doc = doc_of(P1, "The train reached Beijing on March 26, a route last used in 2011 and again in 2018.", P2)
    assert doc["published"] == "2018-03-26" and doc["published_inferred"]


def test_update_dates_do_not_date_the_article():
    doc = doc_of(P1, "Fighting resumed on May 3, 2020.", P2, "Update (June 9, 2020): A truce was agreed.")
    assert doc["published"] == "2020-05-03"


def test_no_date_no_inference():
    doc = doc_of(P1, P2)
    assert doc["published"] is None and doc["published_inferred"] is False
    assert "published" not in doc["provenance"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on March 26, 2018 and 27 March 2018", ["2018-03-26", "2018-03-27"]),
        ("on 2018-03-26 or 3/27/2018", ["2018-03-26", "2018-03-27"]),
        ("Sept. 4 2019", ["2019-09-04"]),
        ("in may 5 cases", []),
        ("February 30, 2019", []),
    ],
)
def test_find_dates(text, expected):
    assert [d.iso() for d in find_dates(text) if d.iso()] == expected


def test_future_dates_are_not_used_for_inference():
    assert infer_published("Elections are due on May 1, 2031, and polls opened on May 2, 2020.", today=dt.date(2021, 1, 1)) == "2020-05-02"


@pytest.mark.parametrize("line", ["March 27, 2018 was a turning point", "Published in March", "2018"])
def test_date_line_must_be_only_a_date(line):
    assert parse_date_line(line, ["published"]) is None


def test_bare_name_under_the_title_is_the_byline():
    doc = read_article("Talks Set to Resume\nAna Lima\n\n" + P1 + "\n\n" + P2)
    assert doc["author"] == "Ana Lima" and not doc["text"].startswith("Ana Lima")


def test_wire_credits_give_the_author_when_there_is_no_byline():
    doc = doc_of("Talks Set to Resume", P1, P2, "Reporting by Ana Lima; Editing by Ben Cole")
    assert doc["author"] == "Ana Lima"
    assert "Editing by" not in doc["text"]


def test_dateline_is_found_after_headings():
    doc = doc_of("Talks Set to Resume", "Background", "GENEVA (AP) - " + P1, P2)
    assert doc["dateline"] == {"place": "Geneva", "agency": "AP"}
