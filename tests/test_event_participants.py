"""Who takes part in an event: the source and the target found in the sentence (and the one before).

Sentences written for these tests; names of people are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown, sides

pytestmark = pytest.mark.model


_sides = sides
_show = shown


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # two leaders each named with his country, joined by "and": both sides of a symmetric act
        ("Presidents Ana Ortega of Peru and Luis Soto of Chile signed a trade plan on Friday.", "signed", "PER", "CHL"),
        ("Prime Ministers Tomas Varga of Hungary and Petr Novak of Slovakia met in Vienna on Monday.", "met", "HUN", "SVK"),
        # the accord signed is not a side: the two signers are
        ("The accord was signed by Peruvian President Ana Ortega and Chilean President Luis Soto.", "signed", "PER", "CHL"),
        # talks, a call, battles "with" someone: the other side
        ("The Peruvian president talked trade during a telephone call with Chilean President Luis Soto.", "talked", "PER", "CHL"),
        # the one charged is the target, not the charge
        ("Kenyan police charged a Ugandan trader with fraud on Monday.", "charged", "KEN", "UGA"),
        # people named as the object of a row that names its object are the ones acted on
        ("Kenyan police identified two Ugandan suspects in the robbery on Monday.", "identified", "KEN", "UGA"),
    ],
)
def test_both_sides_of_an_act_are_found(nlp, coding_context, text: str, trigger: str, source: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert (source, target) in _sides(events, trigger), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # an attack at or outside an embassy is aimed at it (gold guidelines, settling rule 25)
        ("Five guards died in a bombing outside the French embassy in Kabul on Monday.", "bombing", "FRA"),
        ("Two bombings at Turkish embassies in Asia on Sunday caused panic.", "bombings", "TUR"),
        # those killed or wounded in an attack are its target
        ("Four Nigerian policemen were wounded in an attack near the market on Friday.", "attack", "NGA"),
        ("An ambush on Tuesday killed three Kenyan soldiers near the border.", "ambush", "KEN"),
        # "members of" a force are that force's
        ("Four members of the Jordanian security forces were killed in an attack on Sunday.", "attack", "JOR"),
    ],
)
def test_an_attack_is_aimed_at_what_it_hit(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(t == target for _s, t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "bystander"),
    [
        # a protest at a building has it as its place, not its target (settling rule 15)
        ("Students staged a protest at the French embassy in Kabul on Monday.", "protest", "FRA"),
        # who condemns an attack did not suffer it
        ("An attack in Mombasa on Monday was condemned by Ugandan President Luis Soto.", "attack", "UGA"),
        # the country a speaker comes from is no side of the attack he reports
        ("A Chilean official said a bombing in Lima wounded two people on Friday.", "bombing", "CHL"),
    ],
)
def test_a_name_beside_an_attack_is_no_target(nlp, coding_context, text: str, trigger: str, bystander: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(t != bystander for _s, t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the clause's subject takes part in the meeting its phrase names
        ("In a meeting with Chilean President Luis Soto, Peruvian President Ana Ortega asked for more trade.", "meeting", "PER"),
        ("Peruvian President Ana Ortega, speaking at a summit with Luis Soto, praised the deal.", "summit", "PER"),
        # a possessive pronoun's owner does the act: "their investigation"
        ("Kenyan police said on Monday that their investigation into the theft was over.", "investigation", "KEN"),
        # the doer of a gerund after "after", "before": the clause's subject
        ("Peruvian President Ana Ortega flew home after meeting Chilean President Luis Soto in Santiago.", "meeting", "PER"),
        # passive acts reported by the police have them as source (settling rule 23)
        ("Two men have been arrested after a robbery in Mombasa, Kenyan police said on Monday.", "arrested", "KEN"),
    ],
)
def test_the_clause_around_an_act_names_its_doer(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(s == source for s, _t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a passive subject undergoes: who was hurt in a meeting did not hold it
        ("Two Peruvian guards were hurt in a meeting with protesters on Monday.", "meeting"),
        # a lawyer reporting an arrest is not the one who arrested
        ("Two Chilean men have been arrested, their Peruvian lawyer said on Monday.", "arrested"),
    ],
)
def test_a_bystander_is_not_the_doer(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(s is None for s, _t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "side", "country"),
    [
        # a subject pronoun that opens its sentence carries on the last sentence's main subject
        ("Peruvian Foreign Minister Ana Ortega landed in Santiago on Monday. She met Chilean President Luis Soto.", "met",
         "source", "PER"),
        ("Syrian Trade Minister Adnan Haddad landed in Paris on Monday. He was arrested on Tuesday.", "arrested",
         "target", "SYR"),
    ],
)
def test_a_pronoun_opening_a_sentence_carries_on_the_subject(nlp, coding_context, text: str, trigger: str, side: str,
                                                          country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(((e.get(side) or {}).get("country")) == country for e in events if trigger in e["type"]["trigger"]), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        # a pronoun after another name in its own sentence is not carried over from the sentence before
        ("Chilean President Luis Soto arrived on Monday. When the Peruvian ambassador came, she met him.", "met", "source"),
        # nobody of its kind was the last sentence's subject: "she" names no police force
        ("Chilean riot police cleared the square on Monday. She was arrested on Tuesday.", "arrested", "target"),
    ],
)
def test_a_pronoun_is_not_carried_over_without_a_fitting_subject(nlp, coding_context, text: str, trigger: str, side: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all((e.get(side) or {}).get("country") != "CHL" for e in events if trigger in e["type"]["trigger"]), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # judging what someone said, did or asked judges them: the owner of the claim, the act or the request
        ("The Chilean president praised the actions of the Peruvian volunteers on Monday.", "praised", "PER"),
        ("Kenyan President Luis Soto rejected Uganda's demands on Friday.", "rejected", "UGA"),
        # the side spoken to or asked: "complained to", "requested ... from"
        ("Chilean officials complained to Peruvian authorities about the raids.", "complained", "PER"),
        ("The Kenyan ministry requested clarification from the Ugandan government on Monday.", "requested", "UGA"),
        # a raid by the police named in a compound, an assault on the people named in a compound
        ("A Kenyan police raid on the market left two dead.", "raid", None),
    ],
)
def test_the_side_judged_or_addressed_is_the_target(nlp, coding_context, text: str, trigger: str, target: str | None) -> None:
    events = coded(nlp, coding_context, text)
    if target is None:  # the compound names the doer
        assert any(s == "KEN" for s, _t in _sides(events, trigger)), _show(events)
    else:
        assert any(t == target for _s, t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "bystander"),
    [
        # a named place or date in the phrase is no side: "praised the plan of 1967", "the failure of talks in Lima"
        ("The Chilean president praised the reforms of 2019 in a speech in Lima.", "praised", "PER"),
        # a state in police custody is no act of the police
        ("Several Kenyan men were arrested and remained in police custody on Sunday.", "custody", "KEN"),
    ],
)
def test_a_thing_judged_names_no_side(nlp, coding_context, text: str, trigger: str, bystander: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(t != bystander for _s, t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "side", "country"),
    [
        # a base verb joined to a passive one is active: who was scheduled meets
        ("Peruvian President Ana Ortega was scheduled to lay a wreath and meet Chilean officials on Monday.", "meet",
         "source", "PER"),
        # the sides of a battle named in its relative clause
        ("A gun battle which began at dawn between Kenyan troops and Somali gunmen ended at noon.", "battle", "source", "KEN"),
        # who evades a manhunt or ignores an arrest order is the one it is for
        ("Ugandan rebel leader Joseph Okello, evading an intensive manhunt, crossed the border.", "manhunt", "target", "UGA"),
    ],
)
def test_the_side_comes_from_the_clause(nlp, coding_context, text: str, trigger: str, side: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get(side) or {}).get("country") == country for e in events if trigger in e["type"]["trigger"]), _show(events)


def test_a_passive_joined_to_a_passive_stays_passive(nlp, coding_context) -> None:
    # "was arrested and charged": both done to the subject
    events = coded(nlp, coding_context, "A Kenyan trader was arrested and charged with fraud in Mombasa on Monday.")
    assert any((e.get("target") or {}).get("country") == "KEN" for e in events if e["type"]["trigger"] == "charged"), _show(events)
    assert all((e.get("source") or {}).get("country") != "KEN" or (e.get("source") or {}).get("sector") != "CVL"
               for e in events if e["type"]["trigger"] == "charged"), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a count standing for the people just named: "Both", "The three"
        ("Two Kenyan traders were stopped in Mombasa on Friday. Both were charged with fraud.", "charged"),
        ("Three Kenyan traders were stopped in Mombasa on Friday. The three were charged with fraud.", "charged"),
    ],
)
def test_a_count_stands_for_the_people_just_named(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("target") or {}).get("country") == "KEN" for e in events if e["type"]["trigger"] == trigger), _show(events)


def test_a_count_with_nobody_named_before_names_nobody(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Both were charged with fraud in Mombasa on Friday.")
    assert all((e.get("target") or {}).get("text") != "Both" for e in events), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "side", "country"),
    [
        # a dateline parsed as the subject: the subject in apposition to it acts
        ("NAIROBI, Kenya (AP) _\n\nU.S. Secretary of State Madeleine Albright met Kenyan President Daniel arap Moi on Tuesday.",
         "met", "source", "USA"),
        # an explosion that took place near an embassy is aimed at it (settling rule 25)
        ("At least four people were killed in an explosion that took place near the French embassy in Kabul.", "explosion",
         "target", "FRA"),
    ],
)
def test_the_actor_behind_a_misleading_parse(nlp, coding_context, text: str, trigger: str, side: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get(side) or {}).get("country") == country for e in events if trigger in e["type"]["trigger"]), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a relative clause on a common noun in apposition to a name: the name acts ("who negotiated")
        ("Peruvian President Ana Ortega met Ricardo Lagos, the former leader who negotiated the accord.", "negotiated",
         "Ricardo Lagos"),
        # ... but not when the noun says more than the name: "an Islamic State member who encouraged him"
        ("He wrote to Junaid Hussain, an Islamic State member who encouraged him to attack.", "encouraged", "Islamic State"),
    ],
)
def test_a_relative_clause_on_an_apposition(nlp, coding_context, text: str, trigger: str, expected: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(expected in ((e.get("source") or {}).get("text") or "") for e in events if trigger in e["type"]["trigger"]), \
        _show(events)
