"""Participants the grammar names for a role that was left empty: the one who appears or is brought before a court
on charges, the one told in a call or a meeting, the police who report an act of the law that names no doer, and
a phrase opening the sentence that the parser hung on a to-infinitive.

Sentences written for these tests; names of people and places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, on_trigger, role_values, shown

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("Four men appeared in court on assault charges.", "men"),
        ("Two teenagers appeared before magistrates in Leeds on burglary charges.", "teenagers"),
        ("The three farmers were brought before the district court on charges of arson.", "farmers"),
        ("Michael Harper was arraigned on a murder charge on Tuesday.", "Michael Harper"),
    ],
)
def test_the_one_before_a_court_on_charges_is_charged(nlp, coding_context, text: str, charged: str) -> None:
    events = coded(nlp, coding_context, text)
    targets = role_values(events, "charges", "target", "text") + role_values(events, "charge", "target", "text")
    assert any(charged in (t or "") for t in targets), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        # the one who comes on air to speak of the charges is not charged
        "A spokesman for the mayor appeared on the evening news to comment on the charges.",
        # a court that rules on charges holds no one
        "The appeals court ruled on the charges on Monday.",
    ],
)
def test_one_who_only_speaks_or_rules_on_charges_is_not_charged(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    targets = role_values(events, "charges", "target", "text")
    assert not any(t and ("spokesman" in t or "court" in t) for t in targets), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("In a telephone call on Monday, the German chancellor told the Russian president that the sanctions would stay.",
         "call", "DEU", "RUS"),
        ("During the meeting in Ankara, the Greek foreign minister urged his Turkish counterpart to reopen the border.",
         "meeting", "GRC", "TUR"),
        ("In a telephone conversation, the Japanese premier assured the Chinese leader that the islands were not for sale.",
         "conversation", "JPN", "CHN"),
    ],
)
def test_the_one_told_in_a_call_or_meeting_is_its_other_side(nlp, coding_context, text: str, trigger: str, source: str,
                                                             target: str) -> None:
    events = on_trigger(coded(nlp, coding_context, text), trigger)
    assert events and any(((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")) == (source, target)
                          for e in events), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # the press told things at a meeting is no side of it; the with-phrase names the other side
        ("In a phone call with the French president, the German chancellor told reporters that the talks went well.",
         "call", "reporters"),
        # acting during talks is not taking part in them
        ("During the talks, police arrested two protesters outside the hotel.", "talks", "protesters"),
        # a passive verb of telling: the one told is no side the call names
        ("In a phone call, the envoy was told that the border would stay closed.", "call", "envoy"),
    ],
)
def test_an_audience_or_a_bystander_is_no_side_of_the_call(nlp, coding_context, text: str, trigger: str,
                                                          not_target: str) -> None:
    events = coded(nlp, coding_context, text)
    targets = role_values(events, trigger, "target", "text")
    assert not any(not_target in (t or "") for t in targets), shown(events)


def test_an_audience_told_leaves_the_call_with_its_named_side(nlp, coding_context) -> None:
    events = on_trigger(coded(nlp, coding_context, "In a phone call with the French president, the German chancellor told "
                                                   "reporters that the talks went well."), "call")
    assert any((e.get("target") or {}).get("country") == "FRA" for e in events), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police said the man was calm during questioning.", "questioning"),
        ("The questioning of the driver lasted two hours, police said.", "questioning"),
        ("Detectives said the interrogation of the suspect lasted six hours.", "interrogation"),
    ],
)
def test_police_reporting_a_law_act_with_no_doer_did_it(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    sectors = role_values(events, trigger, "source", "sector")
    assert sectors and "COP" in sectors, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # someone other than the police reports it
        ("A teacher said the boy was upset after questioning.", "questioning", None),
        # the act names its doer
        ("Police said the questioning by customs officers lasted an hour.", "questioning", "Police"),
        ("Police said the FBI's interrogation of the pilot lasted an hour.", "interrogation", "Police"),
    ],
)
def test_a_law_act_reported_by_others_or_with_its_doer_keeps_its_source(nlp, coding_context, text: str, trigger: str,
                                                                       not_source: str | None) -> None:
    events = coded(nlp, coding_context, text)
    texts = role_values(events, trigger, "source", "text")
    if not_source is None:
        assert not any(texts), shown(events)
    else:
        assert not any(t and not_source.lower() in t.lower() for t in texts), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("In a phone call on Friday to mark the tenth anniversary of the treaty, the Polish president told the Lithuanian "
         "president that the alliance would hold.", "call", "POL", "LTU"),
        ("In a meeting on Sunday to prepare the summit, the Chilean foreign minister told the Peruvian ambassador that "
         "the talks would go ahead.", "meeting", "CHL", "PER"),
    ],
)
def test_a_phrase_opening_the_sentence_belongs_to_the_main_clause(nlp, coding_context, text: str, trigger: str, source: str,
                                                                  target: str) -> None:
    events = on_trigger(coded(nlp, coding_context, text), trigger)
    assert events and any(((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")) == (source, target)
                          for e in events), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The Iranian president lashed out at the United States on Monday.", "lashed", "USA"),
        ("Egyptian police cracked down on protesters in Cairo.", "cracked", "EGY"),
    ],
)
def test_a_particle_verb_is_aimed_at_its_on_or_at_phrase(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert target in role_values(events, trigger, "target", "country"), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a thing, not a side, is what the crackdown is on
        ("The Chinese government cracked down on corruption last year.", "cracked"),
        # backing down at a place is aimed at no one
        ("The Venezuelan army backed down at the border.", "backed"),
    ],
)
def test_a_particle_verb_aimed_at_a_thing_has_no_target(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(role_values(events, trigger, "target", "text")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("The Serbian opposition plans a series of protests next month.", "protests", "SRB", None),
        ("The Iranian commander ordered a series of raids on the border towns.", "raids", "IRN", None),
    ],
)
def test_who_plans_or_orders_a_run_of_acts_does_each(nlp, coding_context, text: str, trigger: str, source: str,
                                                    target: str | None) -> None:
    events = coded(nlp, coding_context, text)
    assert source in role_values(events, trigger, "source", "country"), shown(events)
    if target is not None:
        assert target in role_values(events, trigger, "target", "country"), shown(events)


def test_a_run_of_acts_in_a_phrase_takes_no_side_from_the_clause(nlp, coding_context) -> None:
    # the police arrested men after the burglaries: they did not commit them
    events = coded(nlp, coding_context, "Police arrested two men after a series of burglaries in Leeds.")
    assert not any(role_values(events, "burglaries", "source", "text")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a passive complement undergoes the act its by-phrase names the doer of
        ("A Chilean student who tried to stop the fight wound up being stabbed by a Peruvian sailor.", "stabbed", "PER", "CHL"),
        ("The Kenyan minister ended up being detained by Ugandan police.", "detained", "UGA", "KEN"),
        # what befell the clause's subject
        ("The Cuban dissident returned to Havana last year, only to be arrested by state security.", "arrested", None, "CUB"),
        # who orders it done does it
        ("The Kenyan president ordered the journalists to be released.", "released", "KEN", None),
        ("The Pakistani premier ordered all detained lawyers to be freed immediately.", "freed", "PAK", None),
    ],
)
def test_a_passive_complement_undergoes_the_act(nlp, coding_context, text: str, trigger: str, source: str | None,
                                                target: str | None) -> None:
    events = coded(nlp, coding_context, text)
    if source is not None:
        assert source in role_values(events, trigger, "source", "country"), shown(events)
    if target is not None:
        assert target in role_values(events, trigger, "target", "country"), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # an active complement keeps its subject as the doer
        ("The Kenyan minister ended up detaining two Ugandan journalists.", "detaining", "KEN", "UGA"),
        ("The Egyptian president is expected to meet the Israeli prime minister.", "meet", "EGY", "ISR"),
    ],
)
def test_an_active_complement_keeps_its_doer(nlp, coding_context, text: str, trigger: str, source: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert source in role_values(events, trigger, "source", "country"), shown(events)
    assert target in role_values(events, trigger, "target", "country"), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a particle that takes no aimed-at phrase: the at-phrase says where
        ("Officers cordoned off Martin's apartment at 7 Obama Blvd.", "cordoned", "Obama"),
        ("The Turkish army cracked down on Kurdish rebels at the Syrian border.", "cracked", "Syria"),
        # a particle that takes one, but the phrase names an address
        ("Riot police cracked down on 3 Obama Street.", "cracked", "Obama"),
        ("Riot police cracked down on the crowd at 3 Kennedy Street.", "cracked", "Street"),
    ],
)
def test_a_street_address_or_place_after_a_particle_verb_is_no_target(nlp, coding_context, text: str, trigger: str,
                                                                     place: str) -> None:
    events = coded(nlp, coding_context, text)
    assert on_trigger(events, trigger), shown(events)
    names = role_values(events, trigger, "target", "text") + role_values(events, trigger, "target", "name")
    assert not any(place.lower() in (n or "").lower() for n in names), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a seat of government named by its building or street is the government it stands for
        ("The senator lashed out at the White House on Monday.", "lashed", "USA"),
        ("The opposition leader lashed out against the Kremlin.", "lashed", "RUS"),
    ],
)
def test_a_seat_of_government_after_a_particle_verb_stays_its_target(nlp, coding_context, text: str, trigger: str,
                                                                    target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert target in role_values(events, trigger, "target", "country"), shown(events)
