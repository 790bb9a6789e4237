"""`tidings.time`: the one ISO date policy (whole and partial dates) and the one calendar-date recogniser."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from tidings import ConfigError
from tidings.time import (
    DateError,
    DateSpan,
    find_dates,
    parse_day,
    parse_day_strict,
    parse_iso,
    parse_iso_strict,
    parse_written_date,
)

D = dt.date

# --------------------------------------------------------------------------- ISO policy


@pytest.mark.parametrize(
    "value, start, end, precision",
    [
        ("2018", D(2018, 1, 1), D(2018, 12, 31), "year"),
        ("2018-03", D(2018, 3, 1), D(2018, 3, 31), "month"),
        ("2018-3", D(2018, 3, 1), D(2018, 3, 31), "month"),
        ("2016-02", D(2016, 2, 1), D(2016, 2, 29), "month"),
        ("2018-W12", D(2018, 3, 19), D(2018, 3, 25), "week"),
        ("2020-W53", D(2020, 12, 28), D(2021, 1, 3), "week"),
        ("2018-03-26", D(2018, 3, 26), D(2018, 3, 26), "day"),
        ("2018-3-5", D(2018, 3, 5), D(2018, 3, 5), "day"),
        ("2018-W12-1", D(2018, 3, 19), D(2018, 3, 19), "day"),
        ("2018-03-26T10:15:00Z", D(2018, 3, 26), D(2018, 3, 26), "day"),
        ("2018-03-26 10:15:00.123456+00:00", D(2018, 3, 26), D(2018, 3, 26), "day"),
        ("2018-03-26T10", D(2018, 3, 26), D(2018, 3, 26), "day"),
        ("  2018-03-26\n", D(2018, 3, 26), D(2018, 3, 26), "day"),
    ],
)
def test_iso_values_name_a_span_of_days_with_a_precision(value, start, end, precision):
    assert parse_iso(value) == DateSpan(start, end, precision)


@pytest.mark.parametrize(
    "value, day",
    [
        ("2018-03-26T23:30:00-05:00", D(2018, 3, 26)),
        ("2018-03-26T00:30+09:00", D(2018, 3, 26)),
        ("2018-03-26T23:59:59+1400", D(2018, 3, 26)),
    ],
)
def test_date_times_keep_the_day_as_written_without_converting_zones(value, day):
    assert parse_day(value) == day


@pytest.mark.parametrize(
    "value",
    [
        "2018-02-30",  # no such day
        "2018-13",  # no such month
        "2018-00-10",
        "2018-W53",  # 2018 has 52 ISO weeks
        "0000",
        "20180326",  # compact form
        "18-03-26",  # two-digit year
        "2018-085",  # ordinal date
        "2018-03-26junk",
        "2018-03-26 (approx.)",
        "2018T10:00",  # a time needs a day
        "2018-03T10:00",
        "2018-03-26T25:00",
        "2018-03-26T10:61",
        "March 26, 2018",  # written dates are the recogniser's
        "2018/03/26",
        "yesterday",
    ],
)
def test_unreadable_values_give_none_or_raise_when_strict(value):
    assert parse_iso(value) is None
    assert parse_day(value) is None
    with pytest.raises(DateError):
        parse_iso_strict(value)


@pytest.mark.parametrize("value", [None, "", "   ", "\n"])
def test_blank_values_mean_no_date_strict_or_not(value):
    assert parse_iso(value) is None
    assert parse_day(value) is None
    assert parse_iso_strict(value) is None
    assert parse_day_strict(value, need_day=True) is None


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2019", D(2019, 1, 1), D(2019, 12, 31)),
        ("2019-02", D(2019, 2, 1), D(2019, 2, 28)),
        ("2019-12", D(2019, 12, 1), D(2019, 12, 31)),
        ("2019-W01", D(2018, 12, 31), D(2019, 1, 6)),
        ("2019-06-15", D(2019, 6, 15), D(2019, 6, 15)),
    ],
)
def test_partial_dates_give_their_first_day_or_their_last_with_end(value, first, last):
    assert parse_day(value) == first == parse_day_strict(value)
    assert parse_day(value, end=True) == last == parse_day_strict(value, end=True)


@pytest.mark.parametrize("value", [D(2018, 3, 26), dt.datetime(2018, 3, 26, 23, 59), dt.datetime(2018, 3, 26, tzinfo=dt.timezone.utc)])
def test_date_objects_are_days(value):
    span = parse_iso(value)
    assert span == DateSpan.day(D(2018, 3, 26))
    assert type(span.start) is dt.date


def test_other_objects_are_read_through_their_text():
    assert parse_iso(2018) == DateSpan(D(2018, 1, 1), D(2018, 12, 31), "year")
    assert parse_iso(3.5) is None


def test_strict_errors_are_config_errors_and_value_errors():
    with pytest.raises(DateError) as info:
        parse_day_strict("2018-13-40")
    err = info.value
    assert isinstance(err, ConfigError) and isinstance(err, ValueError)
    assert err.code == "E401" and "2018-13-40" in str(err) and err.fix


@pytest.mark.parametrize("value, precision", [("2018", "year"), ("2018-03", "month"), ("2018-W12", "week")])
def test_strict_parser_can_demand_a_full_day(value, precision):
    with pytest.raises(DateError, match=precision):
        parse_day_strict(value, need_day=True)
    assert parse_day_strict("2018-03-26T10:00Z", need_day=True) == D(2018, 3, 26)


def test_a_span_contains_its_days():
    span = parse_iso("2018-03")
    assert D(2018, 3, 31) in span and dt.datetime(2018, 3, 1, 12) in span
    assert D(2018, 4, 1) not in span and "2018-03-05" not in span


def test_every_date_parser_of_the_project_follows_the_one_policy():
    from tidings.fuse.similarity import parse_date as fuse_parse_date
    from tidings.knowledge import parse_date as knowledge_parse_date
    from tidings.report.figures import _d as figure_day

    for value in ["2018", "2018-03", "2018-03-26", "2018-03-26T10:15:00Z", "2018-W12", None, ""]:
        expected = parse_day(value)
        assert fuse_parse_date(value) == expected
        assert knowledge_parse_date(value) == expected
        assert figure_day(value) == expected
    assert knowledge_parse_date("2018-03", end=True) == D(2018, 3, 31)
    assert fuse_parse_date("2018-02-30") is None and figure_day("2018-02-30") is None
    with pytest.raises(ValueError):
        knowledge_parse_date("2018-02-30")


# --------------------------------------------------------------------------- the calendar-date recogniser


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on March 26, 2018 and 27 March 2018", [("March 26, 2018", "2018-03-26"), ("27 March 2018", "2018-03-27")]),
        ("Mar. 26 2018", [("Mar. 26 2018", "2018-03-26")]),
        ("Sept. 4, 2019", [("Sept. 4, 2019", "2019-09-04")]),
        ("SEPT 4, 2019", [("SEPT 4, 2019", "2019-09-04")]),
        ("on 2018-03-26 or 3/27/2018", [("2018-03-26", "2018-03-26"), ("3/27/2018", "2018-03-27")]),
        ("at 2018-03-26T10:15 local time", [("2018-03-26T10:15", "2018-03-26")]),
        ("27/03/2018", [("27/03/2018", "2018-03-27")]),
        ("3/27/18", [("3/27/18", "2018-03-27")]),
        ("Tuesday, March 27, 2018", [("Tuesday, March 27, 2018", "2018-03-27")]),
        ("on the 26th of March 2018", [("the 26th of March 2018", "2018-03-26")]),
        ("the fifth of March, 2019", [("the fifth of March, 2019", "2019-03-05")]),
        ("Feb. 29, 2016", [("Feb. 29, 2016", "2016-02-29")]),
    ],
)
def test_recogniser_finds_full_written_dates_with_exact_spans(text, expected):
    assert [(text[d.start:d.end], d.iso()) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    "text, month, day",
    [("talks on March 26 failed", 3, 26), ("on 26 March", 3, 26), ("Mar. 26", 3, 26), ("since Monday, March 26th", 3, 26), ("Feb. 29", 2, 29)],
)
def test_dates_without_a_year_leave_the_year_to_the_caller(text, month, day):
    (found,) = find_dates(text)
    assert (found.month, found.day, found.year) == (month, day, None)
    assert found.iso() is None and found.iso(2016) == f"2016-{month:02d}-{day:02d}"


@pytest.mark.parametrize(
    "text",
    [
        "in may 5 cases",  # month names count only when capitalised
        "the march 26 deadline",
        "February 30, 2019",  # no such day
        "April 31",
        "2018-02-30",
        "13/13/2018",
        "seminar 5",  # "mar" inside a word
        "126 March 2018",  # "26" inside a number
        "May 5% rise",  # a percentage
        "rose 3 percent",
    ],
)
def test_recogniser_skips_what_is_not_a_calendar_date(text):
    assert find_dates(text) == []


def test_overlapping_matches_keep_the_longest():
    (found,) = find_dates("Monday, 26 March 2018")
    assert (found.start, found.end, found.iso()) == (0, 21, "2018-03-26")


@pytest.mark.parametrize(
    "s, day",
    [
        ("March 27, 2018", D(2018, 3, 27)),
        ("27 March 2018", D(2018, 3, 27)),
        ("Mar. 27, 2018", D(2018, 3, 27)),
        ("Tuesday, March 27, 2018", D(2018, 3, 27)),
        ("Tue, 27 Mar 2018 14:02:00 +0000", D(2018, 3, 27)),
        ("2018-03-27", D(2018, 3, 27)),
        ("2018-03-27T10:15:00Z", D(2018, 3, 27)),
        ("2018-03-27 14:02 GMT", D(2018, 3, 27)),
        ("03/27/2018", D(2018, 3, 27)),
        ("March 27, 2018 10:15 a.m. EST", D(2018, 3, 27)),
        ("March 28, 2018 at 10:32 AM ET", D(2018, 3, 28)),
        ("27 March 2018 | 14:02 (GMT)", D(2018, 3, 27)),
        ("  Sept 9,\n 2001 ", D(2001, 9, 9)),
    ],
)
def test_a_string_holding_one_full_date_is_read(s, day):
    assert parse_written_date(s) == day


@pytest.mark.parametrize(
    "s",
    ["March 2018", "March 27", "2018", "2018-03", "2018-W12", "2018-02-30", "yesterday", "hello", "", "March 27, 2018 was a turning point",
     "Talks ended on March 27, 2018", None, 20180327],
)
def test_partial_dates_and_sentences_are_not_one_full_date(s):
    assert parse_written_date(s) is None


@pytest.mark.parametrize(
    "s, day",
    [
        ("7:58 AM ET, Sat January 3, 2015", D(2015, 1, 3)),
        ("9:43 PM, Dec 11, 2016", D(2016, 12, 11)),
        ("11:56 PM, Dec 03, 2016 CT", D(2016, 12, 3)),
        ("10 a.m. | March 4, 2019", D(2019, 3, 4)),
        ("December 17, 2016 4:45:51 EST PM", D(2016, 12, 17)),
    ],
)
def test_a_clock_time_written_before_or_a_meridiem_after_the_zone_still_gives_the_day(s, day):
    assert parse_written_date(s) == day


@pytest.mark.parametrize(
    "s",
    ["7:58 AM ET, Saturday", "7:58 AM ET, January 3", "7:58 AM ET", "At 7:58 AM, March 3, 2015 the talks ended",
     "7:58 AM ET Sat January 3, 2015 police said"],
)
def test_a_clock_time_before_something_other_than_one_full_date_gives_none(s):
    assert parse_written_date(s) is None


# --------------------------------------------------------------------------- one recogniser for reading and coding


def test_read_stage_uses_the_shared_recogniser():
    from tidings.read import dates as read_dates
    from tidings.time import FoundDate

    assert read_dates.find_dates is find_dates and read_dates.FoundDate is FoundDate
    assert read_dates.parse_date_line("Published: Tue, 27 Mar 2018 14:02:00 +0000", ["published"]) == ("published", "2018-03-27")


def test_timex_grammar_embeds_the_recogniser_patterns():
    from tidings.code.time import _grammar, dates, load_lexicon

    grammar = _grammar(load_lexicon())
    rules = {name: rx.pattern for name, rx, _ in grammar.rules}
    assert {name: rules[name] for name in grammar.calendar.patterns} == grammar.calendar.patterns
    text = "Talks began on 26 March 2018 and ended on Mar. 28."
    spans = [(t["start"], t["end"]) for t in dates(text, anchor="2018-04-02") if t["type"] == "DATE"]
    assert spans == [(d.start, d.end) for d in find_dates(text)]


def test_dates_and_event_date_use_the_lexicon_they_are_given(tmp_path):
    from tidings.code.time import dates, event_date, load_lexicon

    extra = tmp_path / "fr.toml"
    extra.write_text("[months]\nmars = 3\n[weekdays]\nlundi = 1\n", encoding="utf-8")
    lex = load_lexicon([extra])
    text = "Ils se sont vus le 26 Mars 2018."
    assert [t["value"] for t in dates(text, anchor="2018-03-27")] == ["2018"]
    found = dates(text, anchor="2018-03-27", lexicon=lex)
    assert [(t["text"], t["value"]) for t in found] == [("26 Mars 2018", "2018-03-26")]
    assert dates("Lundi", anchor="Lundi, 26 Mars 2018", lexicon=lex)[0]["value"] == "2018-03-26"
    assert event_date(dates("Lundi", anchor="2018-03-28", lexicon=lex), anchor="2018-03-28", lexicon=lex, tense="future")["start"] == "2018-04-02"


def test_time_package_is_a_leaf():
    allowed = {"tidings._errors", "tidings._types"}
    package = Path(__import__("tidings.time", fromlist=["_"]).__file__).parent
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                target = "tidings.time" if node.level == 1 else "tidings" + ("." + node.module if node.module else "")
                assert node.level == 1 or target in allowed, f"{path.name} imports {target}"
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tidings"):
                assert node.module in allowed or node.module.startswith("tidings.time"), f"{path.name} imports {node.module}"
