"""Classes of false events found by auditing fresh articles (issue 10, the eleventh round), each beside sentences of the
same grammar that stay events.

Sentences written for these tests (guidelines, section 2: an event is what an identifiable actor does to another):
a natural hazard, a mishap or an animal that "does" something is no actor; harm done only to animals or to a fire
harms no actor; an injury told as part of a mishap, with no one who caused it, is `other`.
"""

from __future__ import annotations

import pytest
from coding_factory import roots_after_lead as roots

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A spreading wildfire threatens to close the coastal road tonight.", "threatens"),
        ("The blizzard shut schools and county offices across the valley on Tuesday.", "shut"),
        ("The blizzard shut the border crossing with Canada on Tuesday.", "shut"),
        ("The ice storm swept the region overnight, closing two bridges and shutting the airport.", "shutting"),
        ("A slow-moving storm system is largely to blame for the flooding.", "blame"),
        ("The county's power cuts were blamed on the ice storm.", "blamed"),
        ("The police shot a dog that attacked a child in the park.", "attacked"),
    ],
)
def test_a_hazard_or_an_animal_as_the_doer_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The rebels threatened to close the main road on Monday.", "13", "threatened"),
        ("The governor blamed the contractor for the delays.", "11", "blamed"),
        ("The army shut the border crossing with Syria on Tuesday.", "17", "shut"),
        ("The opposition blamed the storm of protests on the president.", "11", "blamed"),
    ],
)
def test_the_same_acts_by_people_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wildlife officers shot three stray dogs near the school on Monday.", "shot"),
        ("Deputies shot two horses that had broken a leg in the flood.", "shot"),
        ("About two thousand cattle were slaughtered after the outbreak.", "slaughtered"),
        ("The farmer slaughtered three pigs for the festival.", "slaughtered"),
        ("The province hired crews to fight locust swarms on the farms.", "fight"),
        ("Crews mounted an assault on the blaze from the hillside.", "assault"),
    ],
)
def test_harm_done_only_to_animals_or_a_fire_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Soldiers shot two farmers near the border on Monday.", "18", "shot"),
        ("The militants launched an attack on the convoy at dawn.", "19", "launched"),
        ("Protesters attacked the Turkey team bus after the match.", "18", "attacked"),
        ("Troops returned fire and killed two attackers.", "18", "killed"),
    ],
)
def test_harm_done_to_people_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The mayor restricted dogs from entering the beach.", "17", "restricted"),
        ("The veterinary service banned cattle from the weekly livestock fair.", "17", "banned"),
        ("Customs agents seized 25 cats from a trader on Thursday.", "17", "seized"),
        ("Police confiscated eleven horses from a farm near the lake.", "17", "confiscated"),
    ],
)
def test_a_restriction_or_seizure_aimed_at_animals_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    """A ban, a restriction or a seizure of animals by an authority coerces their owners (17), unlike violence done to them."""
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police officers shot a bull that escaped from the market.", "shot"),
        ("Soldiers killed dozens of stray dogs in the capital last week.", "killed"),
        ("Officials ordered the killing of thousands of chickens after the outbreak.", "killing"),
    ],
)
def test_violence_to_animals_beside_a_coercive_act_is_still_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two volunteers were hurt while battling the brush fire.", "hurt"),
        ("A cyclist caught up in the pileup was injured, police said.", "injured"),
        ("Two passengers were injured in the crash, police said.", "injured"),
    ],
)
def test_an_injury_in_a_mishap_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Two soldiers were wounded in an exchange of fire near the border.", "18", "wounded"),
        ("Two guards were injured when gunmen stormed the bank.", "18", "injured"),
        ("A driver was injured by a man who threw a brick at his car.", "18", "injured"),
    ],
)
def test_an_injury_by_someone_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The board approved the purchase at a special meeting on Monday.", "meeting"),
        ("The council discussed the budget at its regular meeting.", "meeting"),
        ("The merger was approved at the annual shareholders' meeting last week.", "meeting"),
    ],
)
def test_a_bodys_own_sitting_is_no_meeting_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for r, w in roots(nlp, coding_context, text) if r == "04" and word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The mayor held a meeting with business owners on Tuesday.", "04", "meeting"),
        ("Union leaders had a meeting with the labour minister on Friday.", "04", "meeting"),
        ("The rebels and the army met at a special session of the peace talks on Monday.", "04", "met"),
    ],
)
def test_a_meeting_between_sides_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Analysts expect weaker profits at the carmaker this quarter.", "expect"),
        ("Analysts were predicting higher profits for the carmaker next year.", "predicting"),
        ("Traders cheered the rate figures on Thursday.", "cheered"),
        ("Analysts forecast a rise in home sales once mortgage rates fall.", "forecast"),
    ],
)
def test_a_market_voice_about_things_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Analysts urged the central bank to cut rates.", "02", "urged"),
        ("The minister predicted higher earnings for state firms next year.", "01", "predicted"),
        ("Opposition leaders praised the ruling on Thursday.", "05", "praised"),
    ],
)
def test_a_market_voice_about_an_actor_or_a_public_voice_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The constitution says that citizenship may only be revoked when a person has served in a foreign army.", "revoked"),
        ("The new law states that a detainee can only be deported where he faces no threat of torture.", "deported"),
        ("The new law states that a detainee can only be deported where he faces no threat of torture.", "torture"),
        ("The treaty stipulates that a refugee can only be expelled where he faces no risk of torture.", "torture"),
        ("The new statute states that police must release detainees within two days.", "release"),
        ("The only body that may appeal to the tribunal is the regional council.", "appeal"),
        ("The only official who can arrest a judge is the chief prosecutor.", "arrest"),
    ],
)
def test_what_a_rule_says_or_who_alone_may_act_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The ministry states that troops shelled the town on Monday.", "19", "shelled"),
        ("The man who can petition for asylum met the consul on Monday.", "04", "met"),
    ],
)
def test_a_body_that_states_a_happening_or_an_act_beside_a_power_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We talk with neighbourhood associations about recycling.", "talk"),
        ("They help families who lost their homes in the floods.", "help"),
        ("I have always tried to help the candidates who run for local office.", "help"),
        ("“I’ve always tried to advise and assist the clubs that train young players.", "assist"),
        ("“I’ve always tried to help and support the families who lost their homes.", "support"),
        ("The agency usually consults the villages before it builds a road.", "consults"),
    ],
)
def test_a_routine_or_a_standing_habit_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("We are talking with the union about the strike this week.", "04", "talking"),
        ("We will meet with the governor on Friday.", "04", "meet"),
        ("The army has repeatedly shelled the town since Monday.", "19", "shelled"),
        ("The mayor met with neighbourhood associations about recycling on Tuesday.", "04", "met"),
    ],
)
def test_an_act_in_progress_planned_or_repeated_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The boy was admitted to hospital on Sunday with burns.", "admitted"),
        ("A man was charged on Sunday after police say he struck a van stopped on the bridge with a broken axle.", "struck"),
    ],
)
def test_a_patients_admission_or_a_blow_is_no_confession_or_strike(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for r, w in roots(nlp, coding_context, text) if r in {"01", "14"} and word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The suspect admitted to police that he had stolen the car.", "01", "admitted"),
        ("Dock workers struck on Monday over unpaid wages.", "14", "struck"),
        ("Teachers say they struck because the ministry ignored them.", "14", "struck"),
    ],
)
def test_a_confession_or_a_work_stoppage_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(r == root and word in w for r, w in roots(nlp, coding_context, text))
