"""Who an actor is by what the rest of its sentence and the sentences before say: an age after a name, a person named
by their age, an office of the government under a dateline, a police rank, an apposition of
nationality and unnamed soldiers (texts written for these tests)."""

from __future__ import annotations

import pytest

from tidings.code.actors import document_actors


def actor_at(nlp, coding_context, text: str, phrase: str, nth: int = 0) -> dict:
    """The actor of the ``nth`` occurrence of ``phrase`` in ``text``, read as one parsed document."""
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    at = starts[nth]
    da = document_actors(nlp(text), resolver=coding_context.resolver, published="2021-03-04")
    return da.at(at, at + len(phrase)) or {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A court heard that Ilse Varga, 52, had struck a neighbour with a shovel.", "Ilse Varga"),
        ("Neighbours said Rosa Courts, 52, had threatened them.", "Rosa Courts"),
        ("A judge jailed Ivo Church, 41, for two years.", "Ivo Church"),
        ("Chester Banks, 45, robbed a petrol station.", "Chester Banks"),
    ],
)
def test_a_name_with_an_age_after_it_is_a_person(nlp, coding_context, text, phrase) -> None:
    actor = actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("kind"), actor.get("name")) == ("person", phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("OSLO, Norway — Norwegian police stopped a car on Sunday. The 19-year-old was taken into custody.", "The 19-year-old", "NOR"),
        ("LIMA, Peru — Peruvian police searched a house in Lima. Officers said the 33-year-old had fled.", "the 33-year-old", "PER"),
    ],
)
def test_someone_named_by_their_age_is_a_person_of_the_home_country(nlp, coding_context, text, phrase, country) -> None:
    actor = actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("kind"), actor.get("country"), actor.get("sector")) == ("person", country, "CVL")


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("NAIROBI, Kenya — Gunmen from Somalia ambushed a convoy of Ugandan and Ethiopian trucks near a US base. "
         "The interior ministry condemned the ambush.", "The interior ministry", "KEN"),
        ("QUITO, Ecuador — Colombian, Peruvian and Brazilian envoys met US diplomats on Monday. "
         "The foreign ministry criticised the meeting.", "The foreign ministry", "ECU"),
    ],
)
def test_a_government_office_without_a_country_takes_the_dateline_country(nlp, coding_context, text, phrase, country) -> None:
    actor = actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("sector")) == (country, "GOV")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Police Sgt. Dana Holt arrested the driver on Friday.", "Police Sgt. Dana Holt"),
        ("police Lt. Omar Reyes detained two men outside the stadium.", "police Lt. Omar Reyes"),
        ("Police Capt. Jo Anders questioned the witnesses.", "Police Capt. Jo Anders"),
    ],
)
def test_a_military_rank_after_a_police_word_is_police(nlp, coding_context, text, phrase) -> None:
    assert actor_at(nlp, coding_context, text, phrase).get("sector") == "COP"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("The Canadian, 25, was arrested by Thai police in Bangkok.", "The Canadian", "CAN"),
        ("Thai police said Marta Lind, the Swede, had been detained in Bangkok.", "Marta Lind", "SWE"),
    ],
)
def test_a_nationality_in_apposition_is_the_persons_country(nlp, coding_context, text, phrase, country) -> None:
    actor = actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("kind"), actor.get("country")) == ("person", country)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("GAZA CITY — Israeli troops entered Khan Younis on Monday. Palestinian officials in Gaza condemned the raid. "
         "Residents said the soldiers arrested three men.", "the soldiers", "ISR"),
        ("Turkish forces crossed into northern Syria at dawn. Syrian villagers fled as the troops advanced.", "the troops", "TUR"),
    ],
)
def test_unnamed_soldiers_are_of_the_armed_forces_named_before(nlp, coding_context, text, phrase, country) -> None:
    actor = actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("sector")) == (country, "MIL")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a sector read elsewhere in the text, perhaps wrongly ("told police Parker loaded"), is not carried to a person
        # the text keeps only for the age
        ("A witness told police Parker loaded a gun. Anthony Parker, 38, was arrested.", "Anthony Parker"),
        ("The man, Brian Tull, 37, fired at the guards.", "Brian Tull"),
    ],
)
def test_a_person_kept_for_the_age_alone_has_no_sector(nlp, coding_context, text, phrase) -> None:
    actor = actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("kind"), actor.get("sector")) == ("person", None)
