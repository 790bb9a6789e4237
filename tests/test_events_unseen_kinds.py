"""Kinds of sentence the coder got wrong on text no rule had been tuned on (calibration parts 11 and 12): the sense a
general word takes in the sentence (shooting a person, declaring a status, a ball game, motion, legal acts), penalties
a rule sets and notices to readers (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded


def _codes(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A police officer was shot dead in Belfast on Sunday.", "1823"),
        ("The shopkeeper was fatally shot outside his home.", "1823"),
        ("The farmer was shot to death in his truck.", "1823"),
        ("The doctor was shot in the back as he stood in his kitchen.", "182"),
        ("Gunmen shot a taxi driver in the city on Monday.", "182"),
    ],
)
def test_a_person_shot_is_assaulted_not_fought(nlp, coding_context, text, code) -> None:
    codes = _codes(nlp, coding_context, text)
    assert code in [c for c, _ in codes] and "193" not in [c for c, _ in codes], codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Soldiers shot at the rebels during the battle.", "193"),
        ("Troops shot three militants near the border.", "193"),
    ],
)
def test_shooting_at_someone_or_at_armed_men_stays_a_fight(nlp, coding_context, text, code) -> None:
    assert code in [c for c, _ in _codes(nlp, coding_context, text)], _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The police shot a video of the crowd outside the stadium.", "18"),
        ("A judge declared the defendant incompetent to stand trial.", "01"),
        ("The former mayor was declared dead at the hospital.", "01"),
        ("Smith beat the goalie with a backhand to give the Otters a 2-0 lead.", "18"),
        ("The home side beat the visitors 3-1 on Saturday.", "18"),
        ("A meteorite slammed into a field near the border.", "11"),
        ("The capsule blasted off from the launch pad on Tuesday.", "11"),
        ("Breaches of the order could result in fines of up to $5,000 and imprisonment for up to 12 months.", "17"),
        ("Drunk driving is punishable by imprisonment in the state.", "17"),
        ("For more information on the police campaign against fraud, call (555) 555-0100 or visit www.example.org.", "17"),
        ("Anyone with information about the attack is asked to contact police at 555-555-0100.", "18"),
    ],
)
def test_a_general_word_in_a_sense_that_is_no_event(nlp, coding_context, text, absent) -> None:
    codes = _codes(nlp, coding_context, text)
    assert not any(c.startswith(absent) for c, _ in codes), codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The minister declared that the talks had failed.", "010"),
        ("Fans beat a steward during the game.", "182"),
        ("The senator slammed the government over the budget.", "111"),
        ("The opposition blasted the prime minister's plan.", "111"),
        ("Police cracked down on protesters in the capital.", "175"),
        ("Police said the attack on the mosque was carried out by two men.", "18"),
        ("The court jailed him for up to five years for the robbery.", "116"),  # jailed for a crime: sentenced
    ],
)
def test_the_same_word_in_its_event_sense_is_kept(nlp, coding_context, text, code) -> None:
    codes = _codes(nlp, coding_context, text)
    assert any(c.startswith(code) for c, _ in codes), codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("They said they would appeal the decision announced by the commissioner.", "115"),
        ("The family will appeal the ruling to the Supreme Court.", "115"),
        ("The defence appealed the verdict on Monday.", "115"),
        ("A federal grand jury has returned an indictment against two men.", "173"),
        ("The family withdrew the request for a meeting with the minister.", "120"),
        ("The expulsion of thousands of Congolese from Angola angered Kinshasa.", "174"),
        ("The government ordered the expulsion of two diplomats of the embassy.", "166"),
    ],
)
def test_legal_and_procedural_senses_take_their_own_code(nlp, coding_context, text, code) -> None:
    assert code in [c for c, _ in _codes(nlp, coding_context, text)], _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The mayor appealed for calm after the riot.", "020"),
        ("Iraq returned the seized aircraft to Kuwait on Sunday.", "08"),
        ("Israel withdrew troops from the area.", "0874"),
    ],
)
def test_the_plain_senses_of_those_verbs_stay(nlp, coding_context, text, code) -> None:
    assert any(c.startswith(code) for c, _ in _codes(nlp, coding_context, text)), _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The girl was rescued after a ferry wreck that killed her father and six other people.", "18"),
        ("Rescuers searched the ruins of a factory fire which killed nine workers.", "18"),
        ("The smell may come from a local gas explosion, the expert said.", "18"),
        ("Workers heard a boiler blast in the basement of the plant.", "18"),
        ("The envoy flew to Nairobi, seeking to show support for the government.", "02"),
        ("The minister sought to allay fears about the plan.", "02"),
        ("The tour was meant to show resolve in the face of growing terrorist threats to tourists.", "13"),
        ("Officials warned of rising attacks on aid workers in the region.", "18"),
    ],
)
def test_mishaps_trends_and_aims_are_no_events(nlp, coding_context, text, absent) -> None:
    codes = _codes(nlp, coding_context, text)
    assert not any(c.startswith(absent) for c, _ in codes), codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A gunman who killed four people was arrested on Monday.", "1823"),
        ("A bomb explosion killed five soldiers in the market.", "183"),
        ("The rebels are seeking the release of their leader.", "020"),
        ("The rebels issued threats against the mayor on Monday.", "130"),
        ("The governor cut a proposed state grant to the city by half.", "16"),
    ],
)
def test_attacks_requests_and_threats_beside_them_stay(nlp, coding_context, text, code) -> None:
    codes = _codes(nlp, coding_context, text)
    assert any(c.startswith(code) for c, _ in codes), codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A county jury found the defendant guilty of fraud on Monday.", "116"),
        ("Records show the mayor's brother was found guilty of drunk driving twice.", "116"),
        ("A coroner's inquest ruled that the police shooting of the man was justified.", "116"),
        ("Mourners walked behind the coffin of a murdered policeman.", "1823"),
        ("Flowers were sent by the family of murdered soldier John Smith.", "1823"),
        ("The suspect is being held at the county jail for burglary.", "173"),
        ("He is also being held on a detainer out of Ohio.", "173"),
        ("The nurse was convicted of child abuse last year.", "182"),
        ("The couple scammed a church out of $80,000.", "180"),
        ("She was jailed for her part in a mortgage fraud scheme.", "180"),
    ],
)
def test_findings_victims_custody_and_crimes_are_coded(nlp, coding_context, text, code) -> None:
    codes = _codes(nlp, coding_context, text)
    assert code in [c for c, _ in codes], codes


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Police found the gun near the river.", "116"),
        ("The king ruled the country for forty years.", "116"),
        ("Critics found the plan illegal.", "116"),
        ("Officials are worried about a pattern of murdered women in the region.", "18"),
        ("She held the meeting at the town hall.", "17"),
    ],
)
def test_the_same_verbs_without_a_finding_or_a_victim_are_not(nlp, coding_context, text, absent) -> None:
    codes = _codes(nlp, coding_context, text)
    assert not any(c.startswith(absent) for c, _ in codes), codes


def test_a_victim_participle_is_not_a_second_killing_beside_the_murder(nlp, coding_context) -> None:
    codes = _codes(nlp, coding_context, "Two men were arrested for the murder of the slain journalist.")
    assert [c for c, _ in codes].count("1823") == 1, codes


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Scientists who went to investigate the crater found no radiation.", False),
        ("Geologists went to investigate the smell near the crater.", False),
        ("Police are investigating the shooting.", True),
        ("The FBI will investigate the attack.", True),
    ],
)
def test_an_investigation_needs_an_actor_the_record_knows(nlp, coding_context, text, present) -> None:
    codes = _codes(nlp, coding_context, text)
    assert any(c.startswith("09") for c, _ in codes) is present, codes


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("The prosecutor announced the indictment of two men on Tuesday.", "173", "prosecutor"),
        ("The interior minister announced the arrests of three men.", "173", "interior minister"),
    ],
)
def test_an_announced_event_is_coded_by_its_noun_with_the_announcer(nlp, coding_context, text, code, source) -> None:
    events = [(e["type"]["cameo"], (e.get("source") or {}).get("text")) for e in coded(nlp, coding_context, text)]
    assert (code, source) in events and "010" not in [c for c, _ in events], events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister announced that he would visit the flooded region.", "announced"),
        ("The president declared that the crisis was over.", "declared"),
    ],
)
def test_an_announcement_whose_object_is_no_event_noun_stays(nlp, coding_context, text, trigger) -> None:
    assert trigger in [t for _, t in _codes(nlp, coding_context, text)], _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hundreds of Angolan refugees were forcibly returned to their country last month.", "174"),
        ("Iraq returned the seized aircraft to Kuwait on Sunday.", "084"),
    ],
)
def test_a_forced_return_of_people_is_a_deportation(nlp, coding_context, text, code) -> None:
    assert code in [c for c, _ in _codes(nlp, coding_context, text)], _codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The senator made an emotional plea to her colleagues on Tuesday, asking them to stand up against abuse.", 1),
        ("The mayor issued an appeal to residents, urging them to stay indoors.", 1),
    ],
)
def test_a_participle_spelling_out_a_named_appeal_is_that_appeal(nlp, coding_context, text, count) -> None:
    codes = _codes(nlp, coding_context, text)
    assert [c[:2] for c, _ in codes].count("02") == count, codes


def test_two_acts_joined_by_and_stay_two(nlp, coding_context) -> None:
    codes = _codes(nlp, coding_context, "After touring the capital and meeting with police leaders, the FBI chief praised the cooperation.")
    assert "04" in [c[:2] for c, _ in codes], codes


@pytest.mark.parametrize(
    ("text", "coded_statement"),
    [
        ("Michael Swavely, president of Acme Corp.'s North America division, attributed the gains to foreign sales. "
         "\"We would not be surprised to see Europe reach half of our revenue,\" he said.", False),
        ("Jean Dupont, the French interior minister, spoke in Paris on Monday. "
         "\"The government is hopeful about the talks,\" he said.", True),
    ],
)
def test_a_pronoun_speaks_for_the_firm_of_the_one_it_stands_for(nlp, coding_context, text, coded_statement) -> None:
    codes = _codes(nlp, coding_context, text)
    assert any(t == "said" for _, t in codes) is coded_statement, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("\"Why should the taxpayers pay for this?\" the senator asked on Tuesday.", "010"),
        ("The minister asked for calm after the riot.", "020"),
        ("The mayor asked residents to stay indoors.", "020"),
    ],
)
def test_a_bare_asked_after_a_question_is_a_statement_not_an_appeal(nlp, coding_context, text, code) -> None:
    codes = _codes(nlp, coding_context, text)
    assert (code, "asked") in codes, codes


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("The long battle over raising the state's cigarette tax could end quietly this month.", False),
        ("The boy has been the subject of an international custody battle.", False),
        ("The decision was put on hold while the relatives battle in federal court to keep him.", False),
        ("The battle over Aleppo lasted three days.", True),
        ("Government troops and rebels are locked in a battle over the town of Homs.", True),
    ],
)
def test_a_battle_of_words_or_law_is_no_fight(nlp, coding_context, text, armed) -> None:
    codes = _codes(nlp, coding_context, text)
    assert any(c.startswith("19") for c, _ in codes) is armed, codes
