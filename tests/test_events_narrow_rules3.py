"""Rules a review found too wide, narrowed (part B): penalty scales, battles over things, claims of one's own side's acts,
purpose infinitives, inquiry steps, "met by", and lexicon rows that need their context (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded_codes, coded_rows

_events = coded_rows
_codes = coded_codes


@pytest.mark.parametrize(
    "text",
    [
        "The detention of up to 40 activists on Sunday drew condemnation from Washington.",
        "Police confirmed the detention of up to 200 protesters in the capital.",
    ],
)
def test_up_to_a_count_of_people_is_no_penalty_scale(nlp, coding_context, text) -> None:
    assert "173" in _codes(nlp, coding_context, text), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "Breaches of the order could result in fines of up to $5,000 and imprisonment for up to 12 months.",
        "Offenders risk jail for up to ten years under the new law.",
        "The offence is punishable by a fine of up to 5,000 dollars.",
    ],
)
def test_a_penalty_a_rule_sets_is_no_detention(nlp, coding_context, text) -> None:
    assert not any(c.startswith("17") for c in _codes(nlp, coding_context, text)), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("The fight over the highway left dozens of rebels dead.", True),
        ("A battle over the oil field killed 30 soldiers.", True),
        ("The battle over the tax bill dragged on in parliament.", False),
        ("The fight over the new immigration law split the party.", False),
        ("The fight over the election results went to the supreme court.", False),
    ],
)
def test_a_battle_over_a_thing_is_a_fight_and_over_a_policy_is_words(nlp, coding_context, text, armed) -> None:
    codes = _codes(nlp, coding_context, text)
    assert any(c[:2] in {"18", "19"} for c in codes) is armed, _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban claimed its fighters killed 20 soldiers.",
        "The rebels claimed their fighters shot down a helicopter.",
        "Hamas claimed Hamas gunmen attacked the checkpoint.",
        "The army claimed that our troops destroyed three rebel bases.",
    ],
)
def test_a_claim_of_ones_own_sides_act_is_no_accusation(nlp, coding_context, text) -> None:
    assert "112" not in _codes(nlp, coding_context, text), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran claims the US violated the agreement.",
        "Moscow contends that NATO troops crossed the border and attacked a village.",
        "The Taliban claimed government forces killed 20 civilians.",
    ],
)
def test_a_claim_that_another_side_did_a_wrong_stays_an_accusation(nlp, coding_context, text) -> None:
    assert "112" in _codes(nlp, coding_context, text), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("Police were deployed to disperse the protesters, but the crowd had already left.", "175", "hypothetical"),
        ("Troops were sent to arrest the rebel leader.", "173", "hypothetical"),
        ("Police were sent to investigate the shooting.", "090", "reported"),
        ("The ministry dispatched a team to Gaza to investigate the shelling.", "090", "reported"),
    ],
)
def test_only_a_purpose_of_looking_into_is_told_as_done(nlp, coding_context, text, code, status) -> None:
    assert any(c == code and s == status for c, s, *_ in _events(nlp, coding_context, text)), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The proposal was examined at a cabinet meeting on Monday.", False),
        ("The man was picked up for questioning on Tuesday.", True),
        ("The death is under investigation.", True),
    ],
)
def test_an_inquiry_step_with_no_doer_only_in_the_laws_words(nlp, coding_context, text, kept) -> None:
    assert any(c.startswith("09") for c in _codes(nlp, coding_context, text)) is kept, _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("The UN envoy was met by rebels at the airport in Goma.", True),
        ("The delegation was met by militants at the border crossing.", True),
        ("The patrol was met by gunmen firing rifles from the rooftops.", False),
        ("The convoy was met by rebels with heavy gunfire near the bridge.", False),
    ],
)
def test_met_by_armed_people_is_force_only_with_a_violent_deed(nlp, coding_context, text, meeting) -> None:
    assert ("040" in _codes(nlp, coding_context, text)) is meeting, _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code", "kept"),
    [
        ("The stock market took a beating on Monday.", "182", False),
        ("Shares of the bank suffered a beating after the report.", "182", False),
        ("The prisoner took a beating from the guards.", "182", True),
        ("Shrapnel punched a hole in the hull.", "182", False),
        ("He punched in the numbers.", "182", False),
        ("The man punched a police officer in the face.", "182", True),
        ("Firefighters sprayed water on the blaze.", "175", False),
        ("Police sprayed water on the protesters.", "175", True),
    ],
)
def test_a_violent_word_about_things_is_no_violence(nlp, coding_context, text, code, kept) -> None:
    assert (code in _codes(nlp, coding_context, text)) is kept, _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code", "kept"),
    [
        ("Exxon withdrew its bid for the oil company.", "120", False),
        ("The mining firm withdrew its takeover bid for the rival.", "120", False),
        ("Turkey withdrew its bid to host the summit.", "120", True),
        ("The family withdrew the request for a meeting with the minister.", "120", True),
        ("The football team is proud of its fans.", "051", False),
        ("The president said he was satisfied with the talks.", "051", True),
        ("The villagers were grateful to the army for the rescue.", "051", True),
    ],
)
def test_a_private_bid_or_pride_in_private_people_needs_a_public_side(nlp, coding_context, text, code, kept) -> None:
    assert (code in _codes(nlp, coding_context, text)) is kept, _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code", "kept"),
    [
        ("The party announced the expulsion of its former leader.", "174", False),
        ("The opposition leader was expelled from the party on Monday.", "174", False),
        ("The expulsion of thousands of Congolese from Angola angered Kinshasa.", "174", True),
        ("The government expelled two foreign journalists from the country.", "174", True),
        ("Two soldiers held in the attack on the base were freed.", "173", False),
        ("Two men held in the attack on the base were charged on Monday.", "173", True),
        ("Police said two suspects were held in the shooting.", "173", True),
    ],
)
def test_a_member_expelled_or_a_captive_held_is_no_coercion_of_the_state(nlp, coding_context, text, code, kept) -> None:
    assert (code in _codes(nlp, coding_context, text)) is kept, _events(nlp, coding_context, text)
