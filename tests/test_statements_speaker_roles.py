"""A speaker named by a bare family name takes the office the article gives that person elsewhere (issue 10).

Sentences written for these tests. When the parser splits a titled name ("Police Superintendent Marco Toledo"
read as a person "Superintendent Marco" and a place "Toledo"), the knowledge cannot tie the later "Toledo said"
to the titled mention; the parse's title of another mention ending in the same family name then tells who
speaks, before or after the statement. Private titles stay private (a coach, a shop owner: no event), an
organisation named again is no titled person, and two people of one family name leave the speaker unknown.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.mentions import _given_name, _namesakes

pytestmark = pytest.mark.model

_QUOTE = '"Three bridges have been closed by the flood," Toledo said.'


def statements(nlp, coding_context, text: str) -> list[tuple[str, object]]:
    """(CAMEO code, source sector) of the records coded on "said"."""
    return [(e["type"]["cameo"], (e.get("source") or {}).get("sector")) for e in coded(nlp, coding_context, text)
            if e["type"]["trigger"] == "said"]


@pytest.mark.parametrize(
    "text",
    [
        # the titled mention before the statement
        "Police Superintendent Marco Toledo asked drivers to stay off the roads. " + _QUOTE,
        # the titled mention after it
        _QUOTE + " Police Superintendent Marco Toledo asked drivers to stay off the roads.",
    ],
)
def test_a_family_name_speaks_with_the_office_its_person_holds_elsewhere(nlp, coding_context, text: str) -> None:
    found = statements(nlp, coding_context, text)
    assert [(code[:2], sector) for code, sector in found] == [("01", "COP")], found


@pytest.mark.parametrize(
    "text",
    [
        # private titles: a coach's or a shop owner's word is no event
        "Coach Marco Toledo asked the players to stay calm. " + _QUOTE,
        "Shop owner Marco Toledo asked drivers to stay off the roads. " + _QUOTE,
        # two people of that family name: the speaker is neither one for sure
        "Police Superintendent Marco Toledo asked drivers to stay off the roads. His cousin Luis Toledo runs a bakery. " + _QUOTE,
    ],
)
def test_a_family_name_without_one_public_office_stays_no_statement(nlp, coding_context, text: str) -> None:
    assert statements(nlp, coding_context, text) == []


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_the_namesakes_of_a_family_name_are_its_other_mentions_nearest_first(nlp, coding_context) -> None:
    doc = nlp("Health Minister Carla Brenner opened the clinic. Nurses greeted Brenner on Monday. Later Brenner said the ward will stay.")
    last = _token(doc, "Brenner", 2)
    assert [t.i for t in _namesakes(doc, last, coding_context)] == [_token(doc, "Brenner", 1).i, _token(doc, "Brenner", 0).i]


@pytest.mark.parametrize(
    "text",
    [
        # two given names for one family name
        "Senator Carla Brenner met voters. Her brother Paul Brenner met them too. Brenner said the ward will stay.",
        # a firm named again is no person
        "The court ordered Google to stop. Google said the order was wrong.",
    ],
)
def test_no_namesakes_for_two_people_or_a_firm(nlp, coding_context, text: str) -> None:
    doc = nlp(text)
    word = "Brenner" if "Brenner" in text else "Google"
    last = [t for t in doc if t.text == word][-1]
    assert _namesakes(doc, last, coding_context) == []


@pytest.mark.parametrize(
    ("text", "word", "given"),
    [
        ("Foreign Minister Jan Kavel spoke.", "Kavel", "jan"),
        ("Minister Kavel spoke.", "Kavel", None),  # a title word is no given name
        ("The minister Kavel spoke.", "Kavel", None),
    ],
)
def test_the_given_name_is_the_name_word_before_the_family_name(nlp, coding_context, text: str, word: str, given) -> None:
    doc = nlp(text)
    assert _given_name(_token(doc, word), coding_context) == given
