"""Who an actor is when a comma closes a clause rather than opening an apposition, when a family name of the files
ends another name, and when the text names one of the four nations of the United Kingdom (texts written for these
tests)."""

from __future__ import annotations

import pytest

from tidings.code.actors import document_actors


def actor_at(nlp, coding_context, text: str, phrase: str) -> dict:
    """The actor of the first occurrence of ``phrase`` in ``text``, read as one parsed document."""
    at = text.index(phrase)
    da = document_actors(nlp(text), resolver=coding_context.resolver, published="2021-03-04")
    return da.at(at, at + len(phrase)) or {}


@pytest.mark.parametrize(
    ("text", "name", "speaker", "speaker_country"),
    [
        ("Chicago police arrested Mary Otieno, Kenyan officials said.", "Mary Otieno", "Kenyan officials", "KEN"),
        ("Police in Lyon detained Tomas Berg, Swedish diplomats told reporters.", "Tomas Berg", "Swedish diplomats", "SWE"),
        ("Border guards turned back Ana Costa, the Brazilian embassy confirmed.", "Ana Costa", "the Brazilian embassy", "BRA"),
    ],
)
def test_a_speaker_after_a_comma_is_no_apposition_to_the_name_before(nlp, coding_context, text, name, speaker,
                                                                     speaker_country) -> None:
    person = actor_at(nlp, coding_context, text, name)
    said = actor_at(nlp, coding_context, text, speaker)
    assert person.get("country") != speaker_country  # the name is someone the text does not place (or no actor at all)
    assert said.get("name") != name and said.get("country") == speaker_country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Police questioned Tom Walsh, a British engineer, on Monday.", "Tom Walsh", "GBR"),
        ("Ana Ruiz, the Brazilian ambassador, said the talks had failed.", "Ana Ruiz", "BRA"),
    ],
)
def test_an_apposition_before_the_rest_of_the_clause_still_describes_the_name(nlp, coding_context, text, name, country) -> None:
    assert actor_at(nlp, coding_context, text, name).get("country") == country


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Fans queued outside the cinema for the premiere of New Moon in London.", "New Moon"),
        ("Tourists crowded into Central Park on Sunday afternoon.", "Central Park"),
    ],
)
def test_a_family_name_after_a_capitalised_adjective_ends_another_name(nlp, coding_context, text, phrase) -> None:
    assert actor_at(nlp, coding_context, text, phrase).get("kind") != "person"


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("President Moon Jae-in met the Chinese leader on Monday. Later Moon flew home.", "Moon", "Moon Jae-in"),
        ("Former President Moon Jae-in spoke at the forum. Former Moon aides applauded.", "Moon aides", "Moon Jae-in"),
    ],
)
def test_a_family_name_of_the_files_after_a_title_or_alone_is_still_the_person(nlp, coding_context, text, phrase, name) -> None:
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    at = starts[-1]
    da = document_actors(nlp(text), resolver=coding_context.resolver, published="2021-03-04")
    assert ((da.at(at, at + len("Moon")) or {}).get("name")) == name


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Police in Scotland arrested two men on Friday.", "Scotland", "COP"),
        ("Scottish police arrested two men on Friday.", "Scottish police", "COP"),
        ("The Welsh government criticised the plan.", "The Welsh government", "GOV"),
        ("Police in Northern Ireland arrested two men.", "Northern Ireland", "COP"),
        ("A Northern Ireland man was charged with murder.", "A Northern Ireland man", "CVL"),
    ],
)
def test_the_nations_of_the_united_kingdom_are_british(nlp, coding_context, text, phrase, sector) -> None:
    actor = actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("sector")) == ("GBR", sector)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Police in Ireland arrested two men.", "Ireland", "IRL"),
        ("The Irish government criticised the plan.", "The Irish government", "IRL"),
        ("The New South Wales police charged two men.", "The New South Wales police", "AUS"),
    ],
)
def test_ireland_and_new_south_wales_keep_their_own_country(nlp, coding_context, text, phrase, country) -> None:
    assert actor_at(nlp, coding_context, text, phrase).get("country") == country
