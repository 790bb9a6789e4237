"""JSON and JSONL records: each line or element on its own, typed metadata, reasons for what is dropped."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tidings import DecodeError, EmptyInput, MalformedInput, Options, ReadError, TooLarge
from tidings.read import iter_inputs, read_article
from tidings.read.fields import check_date, check_string

GOOD = "Officials said the talks in Geneva would resume on Monday after a week of delays. " * 3


def _kinds(items):
    return [type(i).__name__ if isinstance(i, ReadError) else "doc" for i in items]


def _good(n):
    return json.dumps({"text": GOOD.replace("Geneva", f"Geneva{n}")})


@pytest.mark.parametrize(
    "bad_line, error, words",
    [
        ('{"text": "a lone \\ud800 surrogate in the text of the line"}', DecodeError, "invalid surrogate \\ud800"),
        ('{"html": "<p>\\udfff</p>"}', DecodeError, "invalid surrogate \\udfff"),
        ("[" * 100_000 + "]" * 100_000, MalformedInput, "nested too deeply"),
        ('{"text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}", MalformedInput, "nested too deeply"),
        ('{"text": ' + "9" * 5000 + "}", MalformedInput, "not valid JSON"),
        ('{"text": "unterminated', MalformedInput, "not valid JSON"),
        ('{"text": {"nested": "object"}}', MalformedInput, "`text` is an object"),
        ('{"text": ["a", "list"]}', MalformedInput, "`text` is an array"),
        ('"just a string"', MalformedInput, "not '"),
        ("null", MalformedInput, "not None"),
    ],
)
def test_a_bad_jsonl_line_is_one_error_naming_it_and_every_later_line_is_kept(tmp_path, bad_line, error, words):
    path = tmp_path / "notes.jsonl"
    path.write_text("\n".join([_good(1), bad_line, _good(3), _good(4)]), encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert _kinds(items) == ["doc", type(items[1]).__name__, "doc", "doc"]
    assert isinstance(items[1], error), items[1]
    assert f"{path}:2" in str(items[1]) and words in str(items[1]) and "\n" not in str(items[1])
    assert [d["source_line"] for d in items if isinstance(d, dict)] == [1, 3, 4]


def test_a_jsonl_line_with_invalid_bytes_is_repaired_and_says_so(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_bytes(b"\n".join([_good(1).encode(), b'{"text": "Officials in Z\xfcrich said talks resume, said the \xff agency on Monday."}', _good(3).encode()]))
    items = list(iter_inputs([str(path)]))
    assert _kinds(items) == ["doc", "doc", "doc"]
    assert any("decoding:" in w for w in items[1]["warnings"])


def test_a_jsonl_line_over_the_cap_is_refused_alone(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join([_good(1), json.dumps({"text": "word " * 5000}), _good(3)]))
    items = list(iter_inputs([str(path)], options=Options(max_bytes=10_000)))
    assert _kinds(items) == ["doc", "TooLarge", "doc"]
    assert isinstance(items[1], TooLarge) and f"{path}:2" in str(items[1])


def test_a_jsonl_file_over_the_cap_is_read_line_by_line(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(_good(i) for i in range(40)))
    assert path.stat().st_size > 10_000
    items = list(iter_inputs([str(path)], options=Options(max_bytes=10_000)))
    assert _kinds(items) == ["doc"] * 40


@pytest.mark.parametrize("name", ["batch.json", "batch.data"])
def test_a_json_array_is_read_as_records_never_as_an_article(tmp_path, name):
    path = tmp_path / name
    path.write_text(json.dumps([{"text": GOOD, "title": "Talks resume"}, {"html": f"<p>{GOOD.replace('Geneva', 'Vienna')}</p>"}, 42, {"title": "no body"}], indent=2))
    items = list(iter_inputs([str(path)]))
    assert _kinds(items) == ["doc", "doc", "MalformedInput", "MalformedInput"]
    assert [d["source_item"] for d in items[:2]] == [0, 1]
    assert items[0]["title"] == "Talks resume" and "Vienna" in items[1]["text"]
    assert f"{path}[2]" in str(items[2]) and f"{path}[3]" in str(items[3])
    assert all("[" not in d["text"] and '"text"' not in d["text"] for d in items[:2])


def test_a_json_object_is_one_record(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": GOOD, "outlet": "Example News", "published": "2024-05-01T08:00:00+02:00"}, indent=2))
    (doc,) = list(iter_inputs([str(path)]))
    assert doc["outlet"] == "Example News" and doc["published"] == "2024-05-01" and doc["text"].startswith("Officials")


@pytest.mark.parametrize(
    "payload, error",
    [("[]", EmptyInput), ("[1, 2", MalformedInput), ('"a string"', MalformedInput), ("[" * 100_000 + "]" * 100_000, MalformedInput)],
)
def test_a_json_file_that_holds_no_records_is_one_error(tmp_path, payload, error):
    path = tmp_path / "bad.json"
    path.write_text(payload)
    items = list(iter_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], error) and "\n" not in str(items[0])


@pytest.mark.parametrize(
    "field, value, kept, reason",
    [
        ("published", "not a date", None, "published: 'not a date' is not a date"),
        ("published", "2018-02-30", None, "is not a date"),
        ("published", 20180327, None, "published: a number, not a date"),
        ("published", {"y": 2018}, None, "published: an object"),
        ("published", "March 27, 2018", "2018-03-27", None),
        ("published", "Tue, 27 Mar 2018 14:02:00 +0000", "2018-03-27", None),
        ("published", "2018-03-27T23:30:00-05:00", "2018-03-27", None),
        ("published", "2018-03", "2018-03", None),
        ("published", "2018", "2018", None),
        ("title", {"a": 1}, None, "title: an object, not a string"),
        ("title", ["x", "y"], None, "title: an array, not a string"),
        ("title", 42, None, "title: a number, not a string"),
        ("title", True, None, "title: a boolean, not a string"),
        ("title", "  Talks\n resume\t", "Talks resume", None),
        ("title", "x\ud800y", None, "title: invalid surrogate \\ud800"),
        ("outlet", "A" * 500, None, "over the limit of 200"),
        ("url", "https://example.org/a b", None, "holds spaces"),
        ("author", None, None, None),
    ],
)
def test_a_metadata_value_is_typed_or_dropped_with_its_reason(tmp_path, field, value, kept, reason):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": GOOD, field: value}))
    (doc,) = list(iter_inputs([str(path)]))
    assert isinstance(doc, dict)
    if kept is None:
        assert doc.get(field) in (None, doc.get(field) if doc["provenance"].get(field) in ("inferred", "found") else None)
        assert doc["provenance"].get(field) != "given"
    else:
        assert doc[field] == kept and doc["provenance"][field] == "given"
    if reason:
        assert any(reason in w for w in doc["warnings"]), doc["warnings"]
        assert all("\n" not in w for w in doc["warnings"])
    else:
        assert doc["warnings"] == []


def test_a_rejected_record_date_falls_back_to_the_batch_date(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": GOOD, "published": "soon"}))
    (doc,) = list(iter_inputs([str(path)], published="2020-01-02"))
    assert doc["published"] == "2020-01-02" and any("'soon'" in w for w in doc["warnings"])


@pytest.mark.parametrize(
    "value, expected",
    [(dt.date(2018, 3, 27), "2018-03-27"), (dt.datetime(2018, 3, 27, 23, 59), "2018-03-27"), ("2018-W12", "2018-W12"), ("", None), ("  ", None)],
)
def test_check_date_reads_dates_and_iso_values(value, expected):
    assert check_date("published", value) == (expected, None)


def test_given_arguments_are_validated_like_record_fields():
    doc = read_article(GOOD, title={"bad": 1}, published="yesterday-ish", outlet="  Example  ")
    assert doc["title"] is None and doc["outlet"] == "Example"
    assert doc["published"] is None or doc["provenance"]["published"] == "inferred"
    assert len(doc["warnings"]) == 2


def test_a_text_with_a_lone_surrogate_is_a_decode_error():
    with pytest.raises(DecodeError, match="surrogate"):
        read_article(GOOD + "\udc80")


def test_check_string_keeps_strings_only():
    assert check_string("title", "Talks") == ("Talks", None)
    assert check_string("title", b"Talks")[0] is None


@pytest.mark.parametrize("value", [{"a": 1}, ["x"], 42, 1.5, True, b"bytes", dt.date(2020, 1, 2), "\ud800"])
@pytest.mark.parametrize("body", [GOOD, f"<html><head><title>Talks - Site</title></head><body><p>{GOOD}</p></body></html>"], ids=["text", "html"])
def test_given_arguments_of_any_type_never_raise(body, value):
    doc = read_article(body, url=value, title=value, author=value, outlet=value, published=value)
    for key in ("url", "title", "author", "outlet", "published"):
        assert doc[key] is None or isinstance(doc[key], str)
