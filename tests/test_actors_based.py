"""A firm the files do not know takes the country of the place it is said to be based in. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Lagos-based Zenova Foods accused the customs service of seizing its goods.", "NGA"),
        ("Nairobi-based Mwangaza Holdings sued the transport ministry over the contract.", "KEN"),
        ("Lima-based Andes Cargo accused the port authority of fraud.", "PER"),
    ],
)
def test_a_firm_based_in_a_place_takes_its_country(nlp, coding_context, text: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("source") or {}).get("country") == country for e in events), [
        ((e.get("source") or {}).get("text"), (e.get("source") or {}).get("code")) for e in events]
