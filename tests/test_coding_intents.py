"""Promises, vows, threats and warnings are coded by the act they announce (CAMEO 03 and 13).

Sentences written for these tests. A promise or vow of a cooperative act takes the 03 code that
mirrors the act's root; a threat, or a promise or vow to do harm, the 13 code that mirrors it; the
announced act stays an event of its own.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def codes(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "act"),
    [
        # a promise or pledge of cooperation: the 03 code of the promised act
        ("The Kenyan government pledged to provide loans to Uganda.", "pledged", "0331", "provide"),
        ("The Chilean foreign minister promised to meet his Bolivian counterpart.", "promised", "036", "meet"),
        ("The government promised to release the detained journalists.", "promised", "0353", "release"),
        ("The premier vowed to withdraw troops from the border.", "vowed", "0356", "withdraw"),
        # a threat: the 13 code of the threatened act
        ("Brazil threatened to impose sanctions on Paraguay.", "threatened", "1312", "impose"),
        ("Ecuador threatened to recall its ambassador from Peru.", "threatened", "1313", "recall"),
        ("The junta threatened to arrest opposition leaders.", "threatened", "137", "arrest"),
        ("Moldova threatened to blockade the port.", "threatened", "1381", "blockade"),
        # a vow to do harm is a threat
        ("The militia leader vowed to attack the garrison.", "vowed", "138", "attack"),
        # a warning that the speaker will do harm is a threat
        ("The Syrian army warned it would shell the rebel positions.", "warned", "1384", "shell"),
    ],
)
def test_an_intent_or_threat_takes_the_code_of_the_announced_act(nlp, coding_context, text: str, trigger: str, code: str, act: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"] == code for e in events), codes(events)
    assert any(e["type"]["trigger"] == act and e["type"]["cameo"][:2] not in {"03", "13"} for e in events), codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # a vow announcing no codeable act is no intent
        "The newlyweds vowed to cherish each other.",
        "The runner vowed to finish the marathon next year.",
    ],
)
def test_a_vow_of_nothing_codeable_is_no_intent(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == "vowed" for e in events), codes(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code", "target"),
    [
        # no codeable act of its own, but a threat all the same
        ("The rebel spokesman vowed to retaliate against the army.", "vowed", "130", "army"),
        ("The regime threatened to use chemical weapons against the rebels.", "threatened", "1385", "rebels"),
        # the threatened or promised party is the announced act's target
        ("Brazil threatened to impose sanctions on Paraguay.", "threatened", "1312", "Paraguay"),
        ("The Kenyan government pledged to provide loans to Uganda.", "pledged", "0331", "Uganda"),
    ],
)
def test_a_threat_or_promise_names_the_party_it_is_made_against(nlp, coding_context, text: str, trigger: str, code: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    hit = [e for e in events if e["type"]["trigger"] == trigger and e["type"]["cameo"] == code]
    assert hit and any(target in ((e.get("target") or {}).get("text") or "") for e in hit), [(c, t, e.get("target")) for (c, t), e in zip(codes(events), events)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a warning that someone else will act announces no act of the speaker
        ("The minister warned that the rebels would attack the town.", "warned"),
        # fighting a problem harms no one
        ("The mayor pledged to fight corruption.", "pledged"),
    ],
)
def test_a_warning_about_others_or_a_pledge_against_a_problem_is_no_threat(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == trigger and e["type"]["cameo"].startswith("13") for e in events), codes(events)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a plan or an intention is no speech act or wish: only the planned act is coded, as not (yet) happened
        ("The Finnish president plans to visit Estonia.", "visit"),
        ("The Latvian premier intends to meet the Swedish king.", "meet"),
    ],
)
def test_a_plan_codes_only_the_planned_act(nlp, coding_context, text: str, act: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"].startswith(("03", "13")) for e in events), codes(events)
    assert any(e["type"]["trigger"] == act and e["status"] in {"forecast", "hypothetical"} for e in events), [(c, t, e["status"]) for (c, t), e in zip(codes(events), events)]


@pytest.mark.parametrize(
    ("text", "trigger", "root", "act"),
    [
        # a wish to do one's own act of conflict or cooperation: a threat or an intent beside the act
        ("The rebel commander wants to attack the garrison in the north.", "wants", "13", "attack"),
        ("The Peruvian president, who wants to help Ecuador, arrived in Quito.", "wants", "03", "help"),
    ],
)
def test_a_wish_to_act_is_an_intent_or_a_threat_beside_the_act(nlp, coding_context, text: str, trigger: str, root: str, act: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"].startswith(root) for e in events), codes(events)
    assert any(e["type"]["trigger"] == act for e in events), codes(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # wanting someone else to act is no intent of one's own (it is an appeal); a wish to do nothing codeable is nothing
        ("The Senate, which wants Kyiv to attack the bridge, met on Monday.", "wants"),
        ("The retired teacher wants to go home.", "wants"),
        # seeking to act leaves the event to the act
        ("Bolivia is seeking to deepen its partnership with Chile.", "seeking"),
    ],
)
def test_a_wish_for_others_or_for_nothing_codeable_is_no_intent(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == trigger and e["type"]["cameo"][:2] in {"03", "13"} for e in events), codes(events)



@pytest.mark.parametrize(
    ("text", "target"),
    [
        # wanting another to act is an appeal to them, beside the act wanted
        ("The Peruvian president wants Chile to release the fishermen.", "Chile"),
        ("The Kenyan opposition, which wants Uganda to attack the rebel bases, held a rally.", "Uganda"),
    ],
)
def test_wanting_another_to_act_is_an_appeal_to_them(nlp, coding_context, text: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == "wants" and e["type"]["cameo"] == "020" and target in ((e.get("target") or {}).get("text") or "")
               for e in events), [(c, t, (e.get("target") or {}).get("text")) for (c, t), e in zip(codes(events), events)]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # saying one will do an act of cooperation or conflict states an intent or a threat, beside the act
        ("The Chilean government said it will send food aid to Bolivia.", "said", "0333"),
        ("The Maltese government announced it would free the detained fishermen.", "announced", "0353"),
        ("Hezbollah said it would attack Israeli positions if the shelling continued.", "said", "138"),
    ],
)
def test_saying_one_will_act_states_an_intent_or_threat(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"] == code for e in events), codes(events)


@pytest.mark.parametrize(
    "text",
    [
        # what others will do, or what one will not do, states no intent of the speaker
        "The minister said the rebels would attack the town.",
        "The president said he would not send troops to Mali.",
    ],
)
def test_saying_others_will_act_or_one_will_not_is_no_intent(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == "said" and e["type"]["cameo"][:2] in {"03", "13"} for e in events), codes(events)


@pytest.mark.parametrize(
    ("text", "trigger", "keep"),
    [
        # hoping to do something oneself is an aim, no optimistic comment; hoping others will act stays one
        ("The general, who hopes to recover the pilot's remains soon, spoke to reporters on Monday.", "hopes", False),
        ("The envoy hopes to visit the refugee camps next month.", "hopes", False),
        ("The minister said she hoped the parliament would ratify the treaty soon.", "hoped", True),
    ],
)
def test_hoping_to_act_oneself_is_no_optimistic_comment(nlp, coding_context, text: str, trigger: str, keep: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == trigger and e["type"]["cameo"] == "013" for e in events) == keep, codes(events)
