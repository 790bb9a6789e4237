"""The participants of events, by the kind of phrase that names them (third set): the crime a charge or a conviction
names is done by the one charged, also when it is an infinitive after a noun ("conspiracy to defraud") or a gerund
("convicted of bribing"); a passive verb's subject does not suffer an act its noun's infinitive names; a day is no
possessor that acts.

Sentences written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, role_values, shown

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an infinitive after the noun a charge names: the one charged would do it, whoever brings the charge
        ("A Leeds accountant was charged with conspiracy to steal from his clients.", "steal", "Leeds"),
        ("Detectives charged a Bristol nurse with a plot to poison her husband.", "poison", "Bristol"),
        # a gerund in the phrase of a conviction or a charge
        ("Kemal Ardic was convicted of insulting the president and defaming the army.", "insulting", "Kemal Ardic"),
        ("Kemal Ardic was convicted of insulting the president and defaming the army.", "defaming", "Kemal Ardic"),
    ],
)
def test_the_one_charged_does_the_crime_an_infinitive_or_gerund_names(nlp, coding_context, text: str, trigger: str,
                                                                       source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(source in (t or "") for t in role_values(events, trigger, "source", "text")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # not a charge: praise, blame or a warning names no doer of the act
        ("The striker was praised for refusing to attack the referee.", "attack", "striker"),
        ("The coach was criticised for attacking the referee.", "attacking", "coach"),
        ("The council was told of a plan to demolish the market.", "demolish", "council"),
        # the one the charge is brought by does not do the crime
        ("Detectives charged a Bristol nurse with a plot to poison her husband.", "poison", "Detectives"),
    ],
)
def test_a_verb_that_is_no_charge_names_no_doer(nlp, coding_context, text: str, trigger: str, nobody: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(nobody in (t or "") for t in role_values(events, trigger, "source", "text")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # the one a passive verb acts on neither does nor suffers the act of the infinitive after its noun
        ("Police were warned of a plot to bomb the station.", "bomb", "Police"),
        ("The embassy staff were told about a plan to attack the compound.", "attack", "staff"),
    ],
)
def test_a_passive_subject_is_no_side_of_an_infinitive_after_its_noun(nlp, coding_context, text: str, trigger: str,
                                                                      nobody: str) -> None:
    events = coded(nlp, coding_context, text)
    sides = role_values(events, trigger, "source", "text") + role_values(events, trigger, "target", "text")
    assert not any(nobody in (t or "") for t in sides), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an active verb's subject still plans its own act; an owner still acts
        ("The rebels announced a plan to attack the capital.", "attack", "rebels"),
        ("The minister's attack on the opposition drew criticism.", "attack", "minister"),
    ],
)
def test_a_planner_or_owner_still_acts(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(source in (t or "") for t in role_values(events, trigger, "source", "text")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Saturday's attack on the mosque killed four people.", "attack"),
        ("Tuesday's raid on the warehouse found no weapons.", "raid"),
        ("Last week's protests in the capital turned violent.", "protests"),
    ],
)
def test_a_day_is_no_possessor_that_acts(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(t and any(d in t for d in ("Saturday", "Tuesday", "week")) for t in role_values(events, trigger, "source", "text")), shown(events)


def _raw(nlp, coding_context, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(code, trigger, source words, target words) of each event candidate, before actors are resolved."""
    from tidings.code.events import find_events

    doc = nlp(text)
    return [(c.code, c.trigger_text, [r.text for r in c.sources], [r.text for r in c.targets])
            for c in find_events(doc, coding_context.events, skip_headings=False, actor_noun=coding_context.actor_noun)]


@pytest.mark.parametrize(
    ("text", "holder", "held"),
    [
        # "in the custody of X", "in police custody", "in the sheriff's custody": X holds; the one who is there is held
        ("Dana Reyes was in the custody of the Marion County Sheriff's Office on Friday.", "Sheriff", "Dana Reyes"),
        ("The driver was in police custody on Sunday night.", "police", "driver"),
        ("Tom Hale has been in the sheriff's custody since May.", "sheriff", "Tom Hale"),
    ],
)
def test_custody_names_who_holds_and_who_is_held(nlp, coding_context, text: str, holder: str, held: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == "custody"]
    assert rows and any(holder in s for s in rows[0][2]) and any(held in t for t in rows[0][3]), rows


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        # a parent or a relative is no holder of a law's custody, nor the one held
        ("The boy was in the custody of his aunt.", "aunt"),
        ("The girl remains in the custody of her grandmother after the divorce.", "grandmother"),
    ],
)
def test_a_relative_is_no_holder_of_custody(nlp, coding_context, text: str, nobody: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == "custody"]
    assert not any(nobody in x for r in rows for x in r[2] + r[3]), rows


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the suspect whose in-phrase names the crime is said to have done it
        ("Dana Reyes, a suspect in the robbery of a pharmacy, was arrested on Friday.", "robbery", "Dana Reyes"),
        ("Kopp, a suspect in the Buffalo killing, was arrested in France.", "killing", "Kopp"),
        ("Police are still looking for a suspect in the stabbing.", "stabbing", "suspect"),
    ],
)
def test_a_suspect_in_a_crime_did_it(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert rows and any(source in s for s in rows[0][2]), rows


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # a witness, a victim or a place named with the crime did not do it
        ("The officer was the first witness in the robbery trial.", "robbery", "officer"),
        ("The victim in the stabbing was taken to hospital.", "stabbing", "victim"),
        ("The Buffalo killing shocked the city.", "killing", "Buffalo"),
    ],
)
def test_no_suspect_no_doer(nlp, coding_context, text: str, trigger: str, nobody: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert not any(nobody in s for r in rows for s in r[2]), rows


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a passive search reported by the police is theirs, as a passive arrest is (settling rule 23)
        ("The house was searched on Friday, police said.", "searched", "police"),
        ("Investigators said the car was examined for fingerprints.", "examined", "Investigators"),
    ],
)
def test_a_passive_search_reported_by_police_is_theirs(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert not rows or any(source in s for s in rows[0][2]), rows


@pytest.mark.parametrize(
    "text",
    [
        # someone else's report of a passive act names no doer
        "The house was searched on Friday, the owner said.",
        "The records were examined last year, the company said.",
        "The match was watched by millions, the league said.",
    ],
)
def test_a_passive_act_reported_by_others_has_no_doer_from_the_report(nlp, coding_context, text: str) -> None:
    rows = _raw(nlp, coding_context, text)
    assert not any(s for r in rows if r[1] in {"searched", "examined", "watched"} for s in r[2] if "owner" in s or "company" in s or
                   "league" in s), rows


@pytest.mark.parametrize(
    "text",
    [
        # a custody another verb tells of, or no act at all, gives the noun no sides of its own
        "Since then, 427 fugitives have been taken into custody or located, the agency said.",
        "Several people were arrested and remained in police custody on Sunday.",
        "Six suspects are known to be in custody in Ohio.",
    ],
)
def test_custody_after_another_verb_has_no_sides(nlp, coding_context, text: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == "custody"]
    assert all(not r[2] and not r[3] for r in rows), rows


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a headline's verb read as part of a name: the name before it is the subject
        ("Grand Jury Indicts Man", "Indicts", "Grand Jury"),
        ("Kenya Expels Two Diplomats", "Expels", "Kenya"),
        ("Sheriff Arrests Three Men", "Arrests", "Sheriff"),
        # police who say what the arrested man did are the ones who arrested him (settling rule 23)
        ("A Dayton man has been arrested after police say he robbed a store.", "arrested", "police"),
    ],
)
def test_headline_subjects_and_reporting_police(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert rows and any(source in s for s in rows[0][2]), rows


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # a word inside one name is no verb with a subject; a neighbour's word is no police report
        ("United States Navy Arrives in Port", "States", "United"),
        ("A man was arrested after his neighbour said he had stolen a car.", "arrested", "neighbour"),
        ("The singer was arrested after fans said she had left the stage.", "arrested", "fans"),
    ],
)
def test_no_headline_subject_inside_a_name_and_no_lay_reporter(nlp, coding_context, text: str, trigger: str, nobody: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert not any(nobody in s for r in rows for s in r[2]), rows


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a charging verb with a subject, the crime's phrase and no object or auxiliary is a passive without its
        # auxiliary: the subject is the one charged, who did the crime
        ("Man booked for teen assault.", "booked", None, "Man"),
        ("Man booked for teen assault.", "assault", "Man", None),
        ("The guard was taken to hospital while the man accused of stabbing him fled.", "stabbing", "man", None),
        # a crime carried out: the one accused did it, not the crime itself
        ("Dana Reyes, who is accused of carrying out attacks on two shops, was remanded.", "attacks", "Dana Reyes", None),
        # the phrase names the crime, the death or the charge
        ("Woman charged in death of toddler.", "charged", None, "Woman"),
        ("Teen arrested for drunk driving.", "arrested", None, "Teen"),
        ("A Dayton woman is now charged in the robbery of a pharmacy.", "charged", None, "woman"),
    ],
)
def test_a_charge_without_its_auxiliary_is_passive(nlp, coding_context, text: str, trigger: str, source: str | None,
                                                   target: str | None) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1].split()[-1] == trigger]
    assert rows, _raw(nlp, coding_context, text)
    if source is not None:
        assert any(source in s for s in rows[0][2]), rows
    if target is not None:
        assert any(target in t for t in rows[0][3]) and not any(target in s for s in rows[0][2]), rows


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an active charge, a verdict with its object, or another sense of the verb keeps its subject as the doer
        ("Police arrested two men for theft.", "arrested", "Police"),
        ("The jury convicted him of murder.", "convicted", "jury"),
        ("The coach charged down the touchline.", "charged", "coach"),
        ("He pleaded guilty to assault.", "assault", "He"),
        # a phrase of place or count is no crime's phrase: the subject did it
        ("Police charged in the square, scattering the crowd.", "charged", "Police"),
        ("Riot police charged in a tight line, swinging batons.", "charged", "Riot police"),
        ("Fans charged over the barriers at the stadium.", "charged", "Fans"),
        ("Authorities detained over a dozen activists in Cairo.", "detained", "Authorities"),
    ],
)
def test_an_active_charge_keeps_its_subject(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert not rows or (any(source in s for s in rows[0][2]) and not any(source in t for t in rows[0][3])), rows


def test_a_charge_against_a_defendant_is_not_done_by_the_defendant(nlp, coding_context) -> None:
    # the defendant is charged, not the one who charges (only crimes have suspects)
    rows = [r for r in _raw(nlp, coding_context, "The judge told the defendant of the charge against him.") if r[1] == "charge"]
    assert not any("defendant" in s for r in rows for s in r[2]), rows


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the one given an order, a deadline or a chance to do something is the one to do it
        ("The rebels were given a deadline to surrender their weapons.", "surrender", "rebels"),
        ("Troops were given orders to withdraw from the border.", "withdraw", "Troops"),
        ("The prisoners were offered a chance to meet their lawyers.", "meet", "prisoners"),
    ],
)
def test_one_given_leave_to_act_is_its_doer(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert rows and any(source in s for s in rows[0][2]), _raw(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # one warned of a plot neither does nor suffers it; "no suspect" names nobody
        ("Police were warned of a plot to bomb the station.", "bomb", "Police"),
        ("Police have no suspect in the killing of the journalist.", "killing", "suspect"),
        ("Investigators said there were no suspects in the bombing of the mosque.", "bombing", "suspects"),
        ("The coach was warned of a plan to attack the team bus.", "attack", "coach"),
    ],
)
def test_warned_party_and_missing_suspect_do_nothing(nlp, coding_context, text: str, trigger: str, nobody: str) -> None:
    rows = [r for r in _raw(nlp, coding_context, text) if r[1] == trigger]
    assert not any(nobody in s for r in rows for s in r[2]), rows
