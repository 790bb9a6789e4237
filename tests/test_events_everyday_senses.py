"""Road accidents, and words of recognition, firing, calling, returning, sanctioning, deploying, exercise, mobilization
and breaking off in their everyday senses, are no events; the same words for an act between actors stay events
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded
from coding_factory import kept as kept_at

pytestmark = pytest.mark.model


def triggers(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # road accidents: a vehicle or its driver as the doer, or a vehicle's crash as the cause
        ("A Dayton woman was hit by a pickup truck and killed late Friday.", "killed"),
        ("Teen, 17, struck, killed by train.", "killed"),
        ("A pedestrian was struck and killed by a driver on Elm Avenue.", "struck"),
        ("A delivery van struck the cyclist near the bridge on Tuesday.", "struck"),
        ("A farmer was killed after his tractor flipped on a county road.", "killed"),
        ("Woman hurt after car flips on Route 9.", "hurt"),
        ("Two teenagers were injured when their car overturned on Route 30.", "injured"),
        # a fact or a need recognised
        ("The governor said the state recognizes that many veterans need help.", "recognizes"),
        ("Leaders of both parties recognized the need for reform of the pension system.", "recognized"),
        # dismissed from a post
        ("County Judge Ann Lowe fired Baxter at the county courthouse on Monday.", "fired"),
        # an answer, a requirement, an opening
        ("Sheriff Dale Ortiz did not return calls seeking comment.", "return"),
        ("The mayor's office did not respond to a request for comment on Friday.", "request"),
        ("The forecast calls for heavy rain in Ohio on Tuesday.", "calls"),
        ("The state grant called for the purchase of 40 trailers.", "called"),
        ("Mayor Ruth Gray called the special council meeting to order at 6 p.m.", "order"),
        # an approval
        ("The county council is sanctioning several new housing developments near the river.", "sanctioning"),
        # means of a public service deployed, a task called an exercise, people mobilised for a civil end, a walker
        # parting from a group
        ("Snowplows and salt trucks were deployed on main roads in Toronto, the city said.", "deployed"),
        ("Two hundred extra nurses are deployed in Lagos for the vaccination drive.", "deployed"),
        ("Police in Leeds have launched a contact-tracing exercise after the outbreak.", "exercise"),
        ("\"We are involved in an extensive contact-tracing exercise,\" the health minister of Peru said.", "exercise"),
        ("The minister called the audit a cost-cutting exercise.", "exercise"),
        ('"We need greater mobilization of people to get vaccinated," the health minister of Kenya said.', "mobilization"),
        ("Two climbers broke off from the group to explore the glacier.", "broke"),
    ],
)
def test_an_accident_or_an_everyday_sense_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-15")
    assert not any(e["type"]["trigger"] == word for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A man was shot and killed by police after he rammed a patrol car.", "killed"),
        # a crime at the wheel in the text is an offence (settling rule 38), no accident
        ("A pedestrian was struck and killed by a drunk driver on Elm Avenue, and the driver fled the scene.", "killed"),
        # (the toll of a blast is the blast's, one happening: settling rule 1)
        ("Three people were killed when a car packed with explosives blew up near the market in Baghdad.", "blew"),
        ("Sweden formally recognized Palestine as a state on Thursday.", "recognized"),
        ("Hamas fired Katyushas at Sderot on Monday.", "fired"),
        ("Gunmen fired at a police patrol in Quetta on Sunday.", "fired"),
        ("The UN Security Council called for an immediate ceasefire in Gaza.", "called"),
        ("The European Union sanctioned Belarus over the disputed election.", "sanctioned"),
        ("The army deployed two battalions to the border town on Monday.", "deployed"),
        ("Thousands of police officers were deployed across the capital ahead of the protest.", "deployed"),
        ("Thousands of troops took part in a large-scale exercise near the border with Poland.", "exercise"),
        ("Iran broke off talks with the European Union on Monday.", "broke"),
    ],
)
def test_the_same_words_for_an_act_stay_events(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-15")
    assert any(e["type"]["trigger"] == word for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # a raid told with the arrest it ends in is one event, the arrest (guidelines, settling rule 34)
        ("In a dawn raid on a farm near Leeds, police arrested three men.", "raid", False),
        ("The flat in Ankara was raided and his roommate was taken into custody, police said.", "raided", False),
        ("Police raided a warehouse in the port of Hull on Friday but found no one inside.", "raided", True),
        ("Police in Comoros raided two homes and searched for a suspect in the bombings.", "raided", True),
        ("Troops raided a rebel camp in Darfur and arrested ten fighters.", "raided", True),
        # responders arriving at a scene answer a call, no visit
        ("The house was filled with smoke when firefighters arrived at the scene, the sheriff said.", "arrived", False),
        ("Police officers arrived at the home on Elm Street shortly after midnight.", "arrived", False),
        # troops arriving are deployed, no visitors (readers code a landing force's arrival as protection or force)
        ("French troops arrived in Bamako on Friday.", "arrived", False),
        ("The French defence minister arrived in Bamako on Friday.", "arrived", True),
    ],
)
def test_a_raid_with_its_arrest_and_a_call_answered(nlp, coding_context, text: str, word: str, kept: bool) -> None:
    found, rows = kept_at(nlp, coding_context, text, word)
    assert found is kept, rows


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # one event per happening (settling rule 1): a casualty "as a result of" an attack, a thing destroyed in it
        ("Two soldiers and a farmer were injured as a result of an explosion in the village of Gali on Monday.", "injured", False),
        ("An armored personnel carrier was destroyed in the attacks, the Interior Ministry of Georgia said.", "destroyed", False),
        ("Rebels destroyed three bridges in the attacks on Monday.", "destroyed", True),
    ],
)
def test_a_toll_of_an_attack_is_the_attack(nlp, coding_context, text: str, word: str, kept: bool) -> None:
    found, rows = kept_at(nlp, coding_context, text, word)
    assert found is kept, rows


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # kinds of danger are no threat made; a body's own sitting where something was said is no meeting
        ("Turkey is struggling to contain multiple security threats, officials in Ankara said.", "threats", False),
        ("Iran issued a threat to close the Strait of Hormuz.", "threat", True),
        ("Mayor Dove of Camden said at Monday's meeting that the county would repave the road.", "meeting", False),
        ("The minister said after the meeting with the Chinese envoy that ties were strong.", "meeting", True),
    ],
)
def test_dangers_and_sittings_are_no_threats_or_meetings(nlp, coding_context, text: str, word: str, kept: bool) -> None:
    found, rows = kept_at(nlp, coding_context, text, word)
    assert found is kept, rows
