from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema


def test_documented_schema_is_the_shipped_schema():
    shipped = json.loads(resources.files("tidings").joinpath("schema/event.schema.json").read_text())
    documented = json.loads((Path(__file__).parents[1] / "docs" / "schema" / "event.schema.json").read_text())
    assert documented == shipped


def test_schema_is_a_valid_json_schema():
    schema = json.loads(resources.files("tidings").joinpath("schema/event.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
