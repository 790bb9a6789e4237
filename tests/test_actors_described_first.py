"""A person's country from what the text says of them before their name ("A British aid worker, Linda Norgrove,"),
carried to later mentions and to the pronoun unnamed officials report about; leaders of the last century named by
the knowledge files. Sentences written for these tests."""
from __future__ import annotations

import pytest
from coding_factory import coded, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, trigger, country", [
    # the description comes first, the name in apposition to it: the later surname keeps the nationality
    ("KABUL - A British aid worker, Linda Norgrove, was kidnapped in eastern Afghanistan on Sunday. "
     "Norgrove was killed during a rescue attempt on Friday.", "killed", "GBR"),
    ("LIMA, Peru - A Canadian mining engineer, Paul Brandt, was abducted near Cusco on Monday. "
     "Local police found Brandt alive on Thursday after rebels released him.", "released", "CAN"),
    ("PHNOM PENH, Cambodia - A British mine-clearing expert, Christopher Howes, was abducted in 1996. "
     "Rebels shot him soon after his capture.", "shot", "GBR"),
    # the name first, as before
    ("KABUL - Linda Norgrove, a British aid worker, was kidnapped in eastern Afghanistan on Sunday. "
     "Norgrove was killed during a rescue attempt on Friday.", "killed", "GBR"),
    # a description of no nationality leaves the place's country
    ("KABUL - An aid worker, Linda Norgrove, was kidnapped in eastern Afghanistan on Sunday. "
     "Norgrove was killed during a rescue attempt on Friday.", "killed", "AFG"),
])
def test_a_nationality_described_before_the_name_follows_the_person(nlp, coding_context, text, trigger, country):
    assert [tgt for _src, tgt in sides(coded(nlp, coding_context, text), trigger)] == [country]


@pytest.mark.parametrize("text, trigger, country", [
    # what unnamed officials report about "she" is about the one the narration follows
    ("KABUL - Linda Norgrove, a Briton, was kidnapped in eastern Afghanistan on Sunday. "
     "Officials said she was killed during a rescue attempt on Friday.", "killed", "GBR"),
    ("LAGOS - Jan Berger, a German engineer, was abducted in the Niger Delta last month. "
     "Police said he was freed by the army on Monday.", "freed", "DEU"),
    # a named teller before the pronoun keeps the old reading: the pronoun may be the teller
    ("KABUL - Linda Norgrove, a Briton, was kidnapped in eastern Afghanistan on Sunday. "
     "Governor Ahmad Wali said he was attacked by gunmen on Friday.", "attacked", "AFG"),
])
def test_the_pronoun_unnamed_officials_report_about_carries_on_the_narration(nlp, coding_context, text, trigger, country):
    assert [tgt for _src, tgt in sides(coded(nlp, coding_context, text), trigger)] == [country]


@pytest.mark.parametrize("text, trigger, role, country", [
    ("NEW YORK - In 1923 the Nazis tried to seize power in Munich. Hitler was arrested two days later.",
     "arrested", "target", "DEU"),
    ("NEW YORK - Critics recall how Margaret Thatcher refused to privatize the Royal Mail.", "refused", "source", "GBR"),
    ("PARIS - Stalin deported the Chechens to Kazakhstan, historians say.", "deported", "source", "SUN"),
    ("LONDON - Sadat visited Jerusalem in November 1977.", "visited", "source", "EGY"),
])
def test_leaders_of_the_last_century_keep_their_country(nlp, coding_context, text, trigger, role, country):
    pairs = sides(coded(nlp, coding_context, text), trigger)
    assert [src if role == "source" else tgt for src, tgt in pairs] == [country]


@pytest.mark.parametrize("text, trigger, target", [
    # an object pronoun is never the subject of its own verb, nor another mention of that subject
    ("George W. Bush met Vladimir Putin in Slovenia. Bush praised him.", "praised", "RUS"),
    ("Vladimir Putin met Angela Merkel in Sochi. Putin thanked her.", "thanked", "DEU"),
    # the one before is still reached when the subject is someone else
    ("Vladimir Putin met Angela Merkel in Sochi. Officials in Berlin praised her.", "praised", "DEU"),
])
def test_an_object_pronoun_never_stands_for_its_own_subject(nlp, coding_context, text, trigger, target):
    assert [tgt for _src, tgt in sides(coded(nlp, coding_context, text), trigger)] == [target]

