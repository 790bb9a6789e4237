"""Names and appositives of Middle East, South Asian and African wire copy: Arabic names with the article in lower
case ("Hassan al-Turabi", "Ahmed el-Sayed") read as names by the tagger, the parser and the actors; a person the
knowledge does not know placed by the appositive beside the name ("Mohammed Masri, a Hamas official"), not by the
country the story names most; a known person's family name inside someone else's name ("Musa el-Bashir").

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

from tidings.code.actors import ARTICLE_NAME


@pytest.mark.parametrize(
    ("word", "is_name"),
    [
        ("al-Turabi", True),
        ("el-Sayed", True),
        ("ash-Sharaa", True),
        ("al-Qaida", True),
        ("al-", False),
        ("all-time", False),
        ("el-nino", False),  # no capital after the article
        ("Al-Turabi", False),  # already capitalised: the model reads it as a name
    ],
)
def test_an_arabic_article_in_lower_case_opens_a_name(word: str, is_name: bool) -> None:
    assert (ARTICLE_NAME.match(word) is not None) is is_name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ambassador Ahmed el-Sayed condemned the bombings.", "el-Sayed"),
        ("Hassan al-Turabi, the opposition leader, condemned the arrests.", "al-Turabi"),
        ("Police detained Khaled ash-Shami at his home on Monday.", "ash-Shami"),
    ],
)
def test_a_name_with_a_lower_case_article_is_tagged_a_proper_noun(nlp, text: str, word: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.pos_ == "PROPN", [(t.text, t.pos_, t.dep_) for t in doc]
    assert tok.text == word  # the text is unchanged


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code", "source_text"),
    [
        # the name read as a verb had cut the speaker off from the act
        ("Ambassador Ahmed el-Sayed condemned the bombings.", "condemned", "111", "el-Sayed"),
        ("Egyptian Ambassador Ahmed Maher el-Sayed, on behalf of the African envoys, condemned the bombings.",
         "condemned", "111", "el-Sayed"),
        ("Hassan al-Turabi, the opposition leader, condemned the arrests.", "condemned", "111", None),
        # the same shape with the article capitalised keeps its reading
        ("Ambassador Ahmed El-Sayed condemned the bombings.", "condemned", "111", "El-Sayed"),
    ],
)
def test_a_speaker_with_a_lower_case_article_is_the_source(nlp, coding_context, text, trigger, code, source_text) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])
    assert e.get("source"), described([e])
    if source_text:
        assert source_text in e["source"]["text"], described([e])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Mohammed Masri, a Hamas official, accused Israel of breaking the truce.", "accused", "PSE"),
        ("Mohammed al-Masri, a Hamas official, accused Israel of breaking the truce.", "accused", "PSE"),
        ("Karim Haddad, a Lebanese army spokesman, accused Israel of violating the border.", "accused", "LBN"),
        ("Peter Novak, a Czech diplomat, criticised Russia over the expulsions.", "criticised", "CZE"),
    ],
)
def test_an_unknown_person_is_of_the_country_of_the_appositive_beside_the_name(nlp, coding_context, text, trigger, country) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == country, described([e])
    assert "Masri" in e["source"]["text"] or "Haddad" in e["source"]["text"] or "Novak" in e["source"]["text"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # an appositive with no country of its own leaves the name as the story places it
        ("Mohammed Masri, a local shopkeeper, accused Israel of breaking the truce.", "accused", None),
        # a known person keeps the country the knowledge gives, whatever the appositive says
        ("Tony Blair, a Middle East envoy, criticised Israel over the settlements.", "criticised", "GBR"),
    ],
)
def test_an_appositive_without_a_country_or_beside_a_known_person_changes_nothing(nlp, coding_context, text, trigger, country) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    got = (e.get("source") or {}).get("country")
    if country is None:
        assert got != "PSE" and not (e.get("source") or {}).get("sector"), described([e])
    else:
        assert got == country, described([e])


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Musa el-Bashir", None),  # another man's first name before Bashir
        ("Cherie Blair", None),
        ("Omar al-Bashir", "Omar al-Bashir"),
        ("President Omar Hassan al-Bashir", "Omar al-Bashir"),
        ("Barack Hussein Obama", "Barack Obama"),  # a middle name the files do not hold
        ("Sudanese President Bashir", "Omar al-Bashir"),
    ],
)
def test_a_known_family_name_inside_someone_elses_name_is_not_that_person(coding_context, name: str, known) -> None:
    actor = coding_context.resolver.resolve(name, date="2010-03-02")
    assert (actor or {}).get("name") == known
