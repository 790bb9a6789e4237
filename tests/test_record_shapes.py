"""One record shape per record: the typed records of tidings._types are the JSON Schema's records (no model)."""

from __future__ import annotations

import json
import typing
from importlib import resources

import pytest

from tidings import _types

SCHEMA = json.loads(resources.files("tidings").joinpath("schema/event.schema.json").read_text(encoding="utf-8"))


def _object(node: dict) -> dict:
    """The object branch of a schema node (``oneOf: [null, object]`` or a ``$ref``)."""
    if "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    if "oneOf" in node:
        node = next(n for n in node["oneOf"] if n.get("type") == "object")
    return node


@pytest.mark.parametrize(
    "record, node",
    [
        (_types.Event, SCHEMA),
        (_types.Mention, SCHEMA["$defs"]["mention"]),
        (_types.Actor, SCHEMA["$defs"]["actor"]),
        (_types.EventType, SCHEMA["properties"]["type"]),
        (_types.DateInfo, SCHEMA["properties"]["date"]),
        (_types.Location, SCHEMA["properties"]["location"]),
        (_types.Forecast, SCHEMA["properties"]["forecast"]),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_typed_record_has_exactly_the_schema_fields(record, node):
    fields = set(typing.get_type_hints(record))
    assert fields == set(_object(node)["properties"])


def test_the_schema_requires_only_fields_the_typed_event_has():
    assert set(SCHEMA["required"]) <= set(typing.get_type_hints(_types.Event))


def test_statuses_are_declared_once():
    assert set(_types.STATUSES) == set(typing.get_args(_types.Status))
    assert set(_types.STATUSES) <= set(SCHEMA["$defs"]["mention"]["properties"]["status"]["enum"])
