"""Property tests on the readers: only TidingsErrors escape, documents are storable, prose round-trips.

The properties and strategies live in ``bench/fuzz_readers.py`` (which runs
them for minutes); here each runs with a modest number of examples.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

_SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "fuzz_readers.py"


def _load():
    spec = importlib.util.spec_from_file_location("fuzz_readers", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_readers"] = module
    spec.loader.exec_module(module)
    return module


FUZZ = _load()
EXAMPLES = {"text": 60, "bytes": 80, "html": 25, "jsonl": 40, "json": 30, "metadata": 40, "dates": 150, "arguments": 30, "prose": 25}


@pytest.mark.parametrize("reader", sorted(FUZZ.STRATEGIES))
def test_reader_property_holds_for_generated_inputs(reader):
    prop, strategy = FUZZ.STRATEGIES[reader]
    test = settings(max_examples=EXAMPLES[reader], deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])(given(strategy)(prop))
    test()


def test_every_reader_has_a_budget_here():
    assert set(EXAMPLES) == set(FUZZ.STRATEGIES)


@pytest.mark.parametrize(
    "value",
    ["\ud800", {"text": "\udfff"}, [[[[[]]]]], float("nan"), 10**30, "", "\x00", "2018-13-01", "0000-01-01"],
)
def test_known_awkward_values_hold_for_every_value_property(value):
    FUZZ.prop_dates(value)
    FUZZ.prop_json(value)
    FUZZ.prop_metadata({"title": value, "published": value})


def test_the_round_trip_contract_is_what_the_docs_say():
    assert FUZZ.expected_prose(["Cafe\u0301  au  lait  is  served.", "Second\tone."]) == "Café au lait is served.\n\nSecond one."


@pytest.mark.parametrize("char", ["\x0c", "\ufffe", "\uffff"])
def test_html_with_a_character_lxml_refuses_next_to_a_script_is_read(char):
    # found by bench/fuzz_readers.py: dropping the script set the text with the form feed, and lxml raised ValueError
    FUZZ.prop_html(f"<div>{char}<script>var a;</script>{char}{FUZZ.GOOD}</div>")
