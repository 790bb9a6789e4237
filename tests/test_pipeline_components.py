"""The tidings_code component: records in user_data, ready to travel between processes (no model)."""

from __future__ import annotations

import spacy
import srsly
from test_events_dependency import ACTIVE, parse

from tidings.code.context import CodingSettings
from tidings.code.mentions import DOCUMENT_KEY
from tidings.code.pipeline import ERROR_KEY, EVENTS_KEY, TidingsCode


def test_code_component_leaves_other_docs_untouched():
    doc = parse(ACTIVE)
    TidingsCode(spacy.blank("en"), "tidings_code", CodingSettings())(doc)
    assert EVENTS_KEY not in doc.user_data


def test_code_component_stores_serialisable_records_for_prepared_docs():
    doc = parse(ACTIVE)
    doc.user_data[DOCUMENT_KEY] = {"id": "d1", "published": "2018-03-28", "outlet": None, "original_outlet": None,
                                   "title": None, "offset": 40, "in_title": False}
    doc.user_data[("engine", "cache")] = object()  # an engine's cache that cannot be serialised
    TidingsCode(spacy.blank("en"), "tidings_code", CodingSettings())(doc)
    [event] = doc.user_data[EVENTS_KEY]
    assert event["type"]["cameo"] == "040" and event["mentions"][0]["document"] == "d1"
    assert event["type"]["start"] == 43  # "met" at 3, shifted by the chunk offset
    srsly.msgpack_dumps(doc.user_data)
    assert doc._.tidings_events is None


def test_code_component_records_a_coding_failure_naming_the_document():
    doc = parse(ACTIVE)
    doc.user_data[DOCUMENT_KEY] = {"id": "d-broken", "published": "not a date at all", "outlet": None, "original_outlet": None,
                                   "title": None, "offset": 0, "in_title": False, "updates": [{"start": "x"}]}
    TidingsCode(spacy.blank("en"), "tidings_code", CodingSettings())(doc)
    assert EVENTS_KEY not in doc.user_data
    message = doc.user_data[ERROR_KEY]
    assert message.startswith("E503 d-broken: coding failed at offset 0: ConfigError")
    srsly.msgpack_dumps(doc.user_data)
