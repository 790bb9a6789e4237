"""Kinds of events the coder used to miss on real news: blows and sexual assaults named by their act,
disapproval in its other forms, seizures of found weapons and drugs, crowd control with water and gas,
and verbs in headline-case titles that the parser reads as part of a name.

Sentences written for these tests; each names the CAMEO code (or root) it must get, or a word that must not
start an event.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

_codes = code_triggers


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # blows and sexual assaults (182, 1821)
        ("The man punched a bus driver in the face after an argument on Tuesday, police said.", "182", "punched"),
        ("Witnesses said the suspect kicked the victim repeatedly as he lay on the ground.", "182", "kicked"),
        ("A drunk passenger slapped a woman and was removed from the plane.", "182", "slapped"),
        ("He shoved the officer and ran from the scene.", "182", "shoved"),
        ("The suspect pistol-whipped a store clerk before fleeing with the cash.", "182", "pistol-whipped"),
        ("A 19-year-old was arrested for knifing a man outside a nightclub.", "182", "knifing"),
        ("The teacher is accused of groping a student in a classroom.", "1821", "groping"),
        ("The coach molested three boys over a period of two years, prosecutors said.", "1821", "molested"),
        # disapproval (111, 112)
        ("The defence minister publicly reprimanded the army chief over the leaked report.", "111", "reprimanded"),
        ("The opposition leader ridiculed the government's new budget plan in parliament.", "111", "ridiculed"),
        ("The prime minister chastised the central bank for raising interest rates.", "111", "chastised"),
        ("The ruling party disparaged the protesters as paid agitators.", "111", "disparaged"),
        ("The senator's rebuke of the president drew applause from Democrats.", "111", "rebuke"),
        ("The former minister implicated the president's chief of staff in the bribery scheme.", "112", "implicated"),
        # seizures of found weapons and drugs (1711), crowd control (175)
        ("Police recovered two handguns and a quantity of cocaine from the house.", "1711", "recovered"),
        ("The knife was recovered by detectives in a nearby garden.", "1711", "recovered"),
        ("Riot police sprayed water cannon at demonstrators outside the parliament.", "175", "sprayed"),
    ],
)
def test_acts_the_coder_used_to_miss_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The striker kicked the ball into an empty net in the second half.", "kicked"),  # a ball, not a person
        ("The company recovered its losses in the third quarter.", "recovered"),  # losses, not seized goods
        ("Farmers sprayed the crops with pesticide before the rains.", "sprayed"),
        ("She slapped a price tag on the painting.", "slapped"),
        ("The patient choked on a piece of food at dinner.", "choked"),
    ],
)
def test_other_senses_of_these_words_are_no_events(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(word in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Georgia Arrests Opposition Members on Weapons Charges.", "173", "Arrests"),
        ("Grand Jury Indicts Former Mayor", "173", "Indicts"),
        ("Six Alleged Smugglers Detained in Turkey.", "173", "Detained"),
        ("UN Envoy Condemns Market Bombing that Killed Ten Civilians.", "111", "Condemns"),
        ("Man Punched Neighbour in Row over Parking.", "182", "Punched"),
    ],
)
def test_verbs_of_headline_case_titles_are_events(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and e["type"]["trigger"] == trigger for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Georgia Arrests Opposition Members on Arms Charges.", "Arms"),  # a noun after a preposition
        ("Local Teams Prepare for Regional Finals.", "Finals"),
        ("The Arms Trade Treaty Enters into Force.", "Arms"),  # the first words of the title name the subject
    ],
)
def test_nouns_of_headline_case_titles_stay_nouns(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == word for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("The interior ministry refuted the allegations of torture in the prison.", "016", "refuted"),
        ("The president sacked the army chief after the failed offensive.", "172", "sacked"),
        ("The governor was removed from office by the state parliament.", "172", "removed"),
        ("Crowds pillaged shops in the capital after the election results were announced.", "145", "pillaged"),
        ("Two suspects were picked up for questioning on Saturday afternoon.", "091", "questioning"),
        ("A third man was released on bail pending further enquiries.", "09", "enquiries"),
        ("The litigation between the two companies might resume next year.", "115", "litigation"),
        ("On Monday he was fined 500 dollars and banned from driving.", "116", "fined"),
    ],
)
def test_dismissals_denials_and_steps_of_the_law_are_events(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Apple fired its chief executive on Monday.", "fired"),  # no official of the state
        ("The soldiers fired their rifles into the air.", "fired"),
        ("He removed the lid from the box.", "removed"),
    ],
)
def test_other_firings_and_removals_are_no_dismissals(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == "172" and word in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Witnesses said Durr hit him with a closed fist outside the bar.", "18", "hit"),
        ("The gang attacked the couple as they walked home from the station.", "18", "attacked"),
        ("Jenkins beat a neighbour with a baseball bat after a row over parking.", "18", "beat"),
    ],
)
def test_an_assault_on_a_person_needs_no_known_assailant(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The storm hit the coast on Tuesday.", "hit"),  # no one assaulted
        ("Critics attacked the plan as too expensive.", "attacked"),
        ("Our team beat them 3-1 on Saturday.", "beat"),
    ],
)
def test_blows_at_no_person_or_in_a_game_are_no_assault(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"].startswith("18") and word in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two men are being held in the shooting death of a taxi driver.", "held"),
        ("The suspect was booked for assault and resisting arrest.", "booked"),
    ],
)
def test_held_or_booked_for_a_crime_is_an_arrest(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "173" and e["type"]["trigger"] == trigger for e in events), _codes(events)


@pytest.mark.parametrize("text", ["The summit was held in Paris in June.", "A vigil was held for the victims of the shooting."])
def test_meetings_and_vigils_held_are_no_arrests(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == "173" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran claims the United States violated the nuclear agreement.",
        "The Kremlin denies US claims that Russia hacked official emails.",
        "Moscow contends that NATO troops attacked the border post.",
    ],
)
def test_a_claim_that_another_side_did_a_wrong_is_an_accusation(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "112" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "The group claimed it carried out the attack that killed 20 soldiers.",  # its own act
        "The Taliban claimed responsibility for the bombing.",
        "The company claimed that sales rose by ten percent last year.",  # no wrong claimed
    ],
)
def test_claims_of_ones_own_acts_or_of_no_wrong_are_no_accusation(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == "112" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("The relatives are awaiting the results of a federal court appeal.", "115", "appeal"),
        ("His conviction was upheld on appeal.", "115", "appeal"),
        ("The family will lose custody if they lose their appeal.", "115", "appeal"),
        ("The Palestinian president renewed his call for Israel to halt settlement building.", "020", "call"),
        ("The UN issued a call for aid for the flood victims.", "023", "issued a call"),
    ],
)
def test_court_appeals_and_calls_for_action_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code and e["type"]["trigger"] == trigger for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The mayor made an appeal for calm after the riots.", "appeal", "115"),  # a plea, not a court appeal
        ("In a conference call with reporters, the minister said the plan was on track.", "call", "020"),
    ],
)
def test_pleas_and_telephone_calls_keep_their_sense(nlp, coding_context, text: str, word: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == code and word in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators have interviewed dozens of neighbours about the fire.",
        "Detectives questioned the driver for several hours.",
        "Officers looked at surveillance footage from the petrol station.",
        "The car used in the robbery was searched, police said on Monday.",
        "A 30-year-old woman was interviewed under caution last week.",
    ],
)
def test_investigative_steps_of_the_law_are_091(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "091" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Journalists interviewed the candidate on Sunday.",
        "Soldiers searched homes in the village.",
        "The committee will look at the budget next week.",
        "The minister spoke with reporters in Brussels.",
    ],
)
def test_the_same_verbs_by_others_are_no_investigation(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == "091" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "A Bronx man identified as a witness is now in jail, accused of taking part in the robbery.",
        "The driver accused of running over the officer went to jail on Friday.",
    ],
)
def test_someone_in_jail_is_held_by_the_law(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "173" and e["type"]["trigger"] == "jail" for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "Johnson was still in the jail as of Saturday night.",  # a stay, in a place
        "He was sentenced to prison for ten years.",  # the sentence is the act
        "Conditions in prison are harsh, activists say.",
        "The riot at the county jail lasted two hours.",
    ],
)
def test_jails_as_places_or_stays_are_no_new_detention(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == "173" and e["type"]["trigger"] in {"jail", "prison"} for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("The FBI offered $50,000 for information on the bombers.", "0213", "offered"),
        ("A reward of $10,000 is being offered for information leading to his arrest.", "0213", "offered"),
        ("The French president held a press conference with the German chancellor in Berlin.", "040", "press conference"),
        ("Speaking at a joint news conference in Nairobi, the two ministers said relations were good.", "040", "news conference"),
    ],
)
def test_rewards_and_joint_news_conferences_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code and trigger in e["type"]["trigger"] for e in events), _codes(events)


def test_a_news_conference_of_one_side_is_no_meeting(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The minister told a news conference in Paris that the talks would resume.")
    assert not any(e["type"]["cameo"] == "040" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The prime minister laid a wreath at the Tomb of the Unknown Soldier.", "laid"),
        ("The envoy placed flowers at the memorial to the victims of the bombing.", "placed"),
        ("The ambassador handed a folded flag to the marines at the ceremony.", "handed"),
        ("Parliament observed a minute of silence for the victims.", "observed"),
    ],
)
def test_symbolic_acts_are_017(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "017" and e["type"]["trigger"] == trigger for e in events), _codes(events)


@pytest.mark.parametrize("text", ["The hens lay eggs every morning.", "He handed the keys to the new owner.",
                                  "Scientists observed the comet for a minute."])
def test_other_layings_and_handings_are_no_symbolic_act(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == "017" for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "root", "trigger"),
    [
        ("Syria is ready to resume peace talks with Israel, the foreign minister said.", "03", "ready"),
        ("The Cuban government is willing to revoke the diplomatic immunity of its envoy.", "03", "willing"),
    ],
)
def test_willingness_to_act_states_an_intent(nlp, coding_context, text: str, root: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(root) and e["type"]["trigger"] == trigger for e in events), _codes(events)


@pytest.mark.parametrize("text", ["The meal is ready to eat.", "I am ready to go home after a long day.",
                                  "The bridge is ready for traffic."])
def test_readiness_of_things_or_private_people_is_no_intent(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"].startswith("03") for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "The secretary of state said America was very proud of the embassy staff.",
        "The president said he was satisfied with the progress of the talks with Russia.",
    ],
)
def test_approval_of_a_side_is_praise(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "051" for e in events), _codes(events)


@pytest.mark.parametrize("text", ["I am proud of my garden.", "The minister said he was not satisfied with the answer.",
                                  "She is proud to be a nurse."])
def test_pride_in_things_or_no_approval_is_no_praise(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == "051" for e in events), _codes(events)
