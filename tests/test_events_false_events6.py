"""Classes of false events found by auditing fresh news articles (issue 10, the twelfth round), each beside texts of the
same grammar that stay events.

Texts written for these tests: a sports report tells games in the words of violence ("beat", "a late rally") and sport
business in the words of appeals and rejections, none of them CAMEO events unless a public actor takes part
(guidelines, rule of thumb 4).
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model

_GAME = "The Hawks' quarterback threw two touchdowns on Sunday, and the Hawks clinched a playoff spot. "


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_GAME + "The Hawks beat the Comets at home.", "beat"),
        (_GAME + "The Comets rallied late, but the Hawks fended off the attack.", "attack"),
        (_GAME + "Their coach asked the fans for patience after the game.", "asked"),
        ("The heavyweight champion kept his title with a TKO in the seventh round. He will fight the challenger again in March.",
         "fight"),
        ("The guard had six rebounds and four assists. The Wildcats crushed the visitors with a balanced attack.", "attack"),
    ],
)
def test_a_sports_report_tells_games_not_events(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        (_GAME + "Police arrested the team's linebacker after a fight at a bar.", "173", "arrested"),
        (_GAME + "Police arrested the team's linebacker after a fight at a bar.", "18", "fight"),
        (_GAME + "The mayor praised the team on Monday.", "051", "praised"),
        (_GAME + "Their kicker was shot in the leg outside a nightclub in September.", "18", "shot"),
        ("Soldiers beat the prisoners on Sunday.", "18", "beat"),
        ("Their coach asked the fans for patience after the vote.", "02", "asked"),
    ],
)
def test_acts_of_the_law_and_of_public_actors_stay_in_a_sports_report(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert any(c.startswith(root) and word in w for c, w in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    "text",
    [
        "The former mayor calmly pleaded guilty to obstruction of justice for his deception.",
        "The teacher entered a not guilty plea at the county court on Monday.",
        "A plea of no contest was entered for the former treasurer.",
    ],
)
def test_a_plea_with_a_verdict_word_answers_a_charge(nlp, coding_context, text: str) -> None:
    rows = code_triggers(coded(nlp, coding_context, text))
    assert any(c == "015" and "plea" in w for c, w in rows) and not any(c.startswith("02") for c, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The bishop pleaded for calm after the riots on Sunday.",
        "The mayor made a plea for help to the governor on Monday.",
    ],
)
def test_a_plea_for_something_stays_an_appeal(nlp, coding_context, text: str) -> None:
    assert any(c.startswith("02") for c, _ in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A strong earthquake struck the island on Friday, causing houses to collapse and injuring at least forty people.", "injuring"),
        ("Two hikers were killed when an avalanche buried the trail above the village on Sunday.", "killed"),
    ],
)
def test_a_casualty_a_hazard_caused_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two guards were killed when gunmen stormed the bank on Monday.", "killed"),
        ("Rebels stormed the village on Monday, burning homes and killing ten people.", "killing"),
    ],
)
def test_a_casualty_people_caused_stays(nlp, coding_context, text: str, word: str) -> None:
    # (an armed force's storming takes the toll it caused as its own, settling rule 1: "stormed" then carries it)
    assert any(c[:2] in {"18", "19"} and (word in w or w == "stormed") for c, w in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Police raided the sect's farm last spring. A neighbour's call had prompted the raid, officials said on Monday.",
        "The judge had signed the warrant for the raid on Tuesday.",
        "During the raid on Friday, detectives found two rifles in the barn.",
    ],
)
def test_a_raid_of_the_law_is_coercion(nlp, coding_context, text: str) -> None:
    rows = code_triggers(coded(nlp, coding_context, text))
    assert any(c.startswith("17") and w == "raid" for c, w in rows) and not any(c.startswith("19") and w == "raid" for c, w in rows)


def test_a_raid_in_a_text_of_soldiers_stays_a_fight(nlp, coding_context) -> None:
    rows = code_triggers(coded(nlp, coding_context, "Soldiers raided the village on Monday. The raid killed three farmers."))
    assert any(c.startswith("19") and w == "raid" for c, w in rows)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The deputy director fought the minister's efforts to stop the audit of the port.", "fought"),
        ("The officers executed the raid at dawn on Friday.", "executed"),
        ("Customs agents executed a search of the warehouse on Monday.", "executed"),
    ],
)
def test_force_on_an_effort_or_an_operation_is_no_violence(nlp, coding_context, text: str, word: str) -> None:
    assert not [c for c, w in code_triggers(coded(nlp, coding_context, text)) if word in w and c[:2] in {"18", "19", "20"}]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Troops fought the rebels near the border on Monday.", "fought"),
        ("The militia executed two captured soldiers on Monday.", "executed"),
    ],
)
def test_force_on_people_stays(nlp, coding_context, text: str, word: str) -> None:
    assert any(c[:2] in {"18", "19", "20"} and word in w for c, w in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    "text",
    [
        "The shooter had been denied a hunting licence in May.",
        "The council denied the request for a street party on Monday.",
        "But the governor denied him, and he left the capital in anger.",
    ],
)
def test_a_grant_denied_is_a_refusal(nlp, coding_context, text: str) -> None:
    rows = code_triggers(coded(nlp, coding_context, text))
    assert any(c.startswith("12") and "denied" in w for c, w in rows) and not any(c == "016" for c, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the report that troops had crossed the border.",
        "The mayor denied that he would resign on Monday.",
    ],
)
def test_a_claim_denied_stays_a_denial(nlp, coding_context, text: str) -> None:
    assert any(c == "016" for c, _ in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    "text",
    [
        "When the cashier was asked what she heard by detectives, she said nothing.",
        "Investigators asked the driver if he had seen the van on Monday.",
    ],
)
def test_investigators_putting_a_question_question_a_witness(nlp, coding_context, text: str) -> None:
    rows = code_triggers(coded(nlp, coding_context, text))
    assert any(c == "091" and "asked" in w for c, w in rows) and not any(c.startswith("02") for c, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Police asked residents to stay indoors on Monday.",
        "The senator asked the minister whether the army had crossed the border.",
    ],
)
def test_an_appeal_or_a_question_by_others_stays(nlp, coding_context, text: str) -> None:
    assert not any(c == "091" for c, _ in code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The youths held bottles and bricks, looking ready for a fight.", "fight"),
        ("The mayor said the town would not give up without a fight.", "fight"),
        ("Officers in riot gear stood along the avenue on Friday.", "riot"),
    ],
)
def test_a_fight_not_fought_and_gear_are_no_events(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in code_triggers(coded(nlp, coding_context, text)) if word in w]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two men were arrested after a fight at a bar on Sunday.", "fight"),
        ("Rioters threw stones at the police station on Friday.", "threw"),
    ],
)
def test_fights_and_riots_that_happened_stay(nlp, coding_context, text: str, word: str) -> None:
    assert any(word in w for _, w in code_triggers(coded(nlp, coding_context, text)))
