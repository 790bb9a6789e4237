"""Shapes of wire copy and of the English-language press outside the US and UK: state bombing from the air, an
attack told with its toll, ties cut, executions, condolence messages, a visit named by the journey that makes it,
headlines in the "X to do Y" form, "the accused", rubber bullets, and words that look like acts but are not
(cameras deployed, deaths from famine); money released is aid.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

from tidings.evaluate.events import factuality_class

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a state's or an alliance's bombing is aerial (195), an alliance's attack armed force (190)
        ("NATO bombed a bridge over the Danube on Thursday.", "bombed", "195"),
        ("Washington bombed targets near Baghdad overnight.", "bombed", "195"),
        ("U.S. fighter jets continued to bomb air defence sites.", "bomb", "195"),
        ("Belgrade condemned the NATO attack on the refinery.", "attack", "190"),
        # ties cut, executions by hanging
        ("Bahrain cut diplomatic ties with Tehran on Monday.", "cut", "161"),
        ("Iran hanged two men convicted of spying on Tuesday.", "hanged", "1823"),
        ("Two men were hanged at dawn in Dhaka.", "hanged", "1823"),
        # a message of condolence or congratulations sent
        ("The premier sent a message of condolence to the Indian prime minister.", "sent", "018"),
        ("The president sent a congratulatory telegram to the newly elected chancellor.", "sent", "051"),
        # rounds made not to kill are repression
        ("Riot police fired rubber bullets at stone-throwing youths.", "fired", "175"),
        # a loan's tranche released is economic aid
        ("The IMF released a $1 billion tranche of the loan to Kiev.", "released", "071"),
        ("The health agency released $300,000 from its emergency fund to fight the outbreak.", "released", "071"),
    ],
)
def test_the_act_is_coded_by_what_the_wire_means(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("A man bombed a family planning clinic in Alabama.", "bombed", "183"),
        ("The government cut funding to the programme.", "cut", "162"),
        ("Soldiers fired live rounds at the crowd.", "fired", "17"),
        ("Russia deployed troops to the border on Friday.", "deployed", "154"),
        ("The rebels released two hostages on Friday.", "released", "0841"),
    ],
)
def test_near_shapes_keep_their_reading(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(code), described([e])


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner hanged himself in his cell.",
        "Workers hung banners from the bridge.",
        "The government deployed thermal cameras and medical teams at the airport.",
        "Famine killed an estimated 200,000 people in the region.",
        "A fourth accused is still at large, police said.",
    ],
)
def test_no_event_where_the_words_mean_something_else(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not events, described(events)


def test_the_accused_is_held_not_accusing(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The accused was remanded in custody until Monday.")
    assert [e["type"]["cameo"][:2] for e in events] == ["17"], described(events)


def test_the_toll_of_an_attack_is_the_attack(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Gunmen attacked a police post near the border, killing three officers.")
    assert [e["type"]["trigger"] for e in events] == ["attacked"], described(events)


def test_a_shooting_keeps_its_killing(nlp, coding_context) -> None:
    # settling rule 11: a private gunman's shooting codes the killing
    events = coded(nlp, coding_context, "A gunman opened fire at a wedding party, killing one man.")
    assert "killing" in [e["type"]["trigger"] for e in events], described(events)


def test_a_visit_named_by_the_arrival_is_one_event(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The premier arrived in Hanoi on Monday for a three-day official visit.")
    assert [e["type"]["trigger"] for e in events] == ["arrived"], described(events)
    kept = coded(nlp, coding_context, "The envoy arrived in Hanoi after a visit to Laos.")
    assert sorted(e["type"]["trigger"] for e in kept) == ["arrived", "visit"], described(kept)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Annan to fly to Baghdad\n\nThe U.N. chief will fly to Baghdad on Friday, officials said.", "fly"),
        ("Iran to hang two men\n\nIran will hang two men convicted of spying, state media said.", "hang"),
    ],
)
def test_a_headline_to_infinitive_is_future(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    headline = [e for e in events if e["mentions"][0]["start"] == 0 and trigger in e["type"]["trigger"]]
    assert headline and factuality_class(headline[0]) == "future", described(events)


def test_a_headline_in_the_present_stays_a_happening(nlp, coding_context) -> None:
    text = "Iran hangs two spies\n\nIran on Tuesday hanged two men convicted of spying, state media said."
    events = coded(nlp, coding_context, text)
    assert all(factuality_class(e) == "happened" for e in events if e["type"]["trigger"] == "hanged"), described(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Congo's health minister visited a clinic in Goma on Monday.", "COD"),
        ("The Republic of Congo's president met the French ambassador.", "COG"),
        ("The All Progressives Congress rejected the results in Rivers state.", "NGA"),
        ("The Moro Islamic Liberation Front signed a peace deal with the government.", "PHL"),
        ("The Economic Freedom Fighters walked out of parliament on Tuesday.", "ZAF"),
    ],
)
def test_the_actor_takes_its_country(nlp, coding_context, text: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert events and events[0]["source"]["country"] == country, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Troops pounded militant hideouts with artillery on Sunday.", "pounded", "19"),
        ("Security forces neutralised three militants in a gunfight.", "neutralised", "19"),
    ],
)
def test_conflict_verbs_of_the_regional_press(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(code), described([e])


@pytest.mark.parametrize(
    "text",
    [
        "The storm pounded the coast for a second day.",
        "He pounded the table in anger.",
    ],
)
def test_pounding_that_is_no_attack(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not events, described(events)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The senator asked whether the agency had kept records of the calls.", False),
        ("The union asked the government to reopen talks.", True),
    ],
)
def test_a_question_of_fact_is_no_appeal(nlp, coding_context, text: str, kept: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"][:2] == "02" for e in events) is kept, described(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Senate rejected the treaty banning all nuclear tests.",
        "The Senate rejected the nuclear test ban treaty on Wednesday.",
    ],
)
def test_what_a_treaty_lays_down_is_no_act(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["trigger"] for e in events] == ["rejected"], described(events)


def test_police_firing_to_disperse_is_one_act(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Police fired live rounds and tear gas to disperse the crowds.")
    assert [e["type"]["cameo"] for e in events] == ["175"], described(events)


def test_the_one_visiting_is_the_visitor(nlp, coding_context) -> None:
    text = "Chinese Vice-Premier Qian Qichen met with visiting U.S. Secretary of State Madeleine Albright on Wednesday."
    visits = [e for e in coded(nlp, coding_context, text, published="1999-03-10") if e["type"]["cameo"][:2] == "04"
              and e["type"]["cameo"] != "040"]
    assert all((e.get("source") or {}).get("country") == "USA" for e in visits), described(visits)


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        ("Obasanjo thanked the Chinese government for its support.", "2001-05-02", "NGA"),
        ("Rugova appealed for calm in Pristina.", "1998-06-02", "SRB"),
        ("Qian Qichen met the Japanese foreign minister in Beijing.", "1999-03-10", "CHN"),
    ],
)
def test_leaders_of_the_period_take_their_country(nlp, coding_context, text: str, published: str, country: str) -> None:
    events = coded(nlp, coding_context, text, published=published)
    assert events and events[0]["source"]["country"] == country, described(events)


def test_a_leader_named_by_his_office_keeps_it_in_an_undated_text(nlp, coding_context) -> None:
    # the text calls him President: it tells of a time he held the office, whatever the date of reading
    text = "Mohamed Tamalt, a journalist jailed for insulting President Abdelaziz Bouteflika, died in hospital."
    events = coded(nlp, coding_context, text, published=None)
    e = event_on(events, "insulting")
    assert (e["type"]["cameo"], e["target"]["country"], e["target"]["sector"]) == ("111", "DZA", "GOV"), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code", "target"),
    [
        ("Britain handed over Hong Kong to China in 1997.", "handed", "0842", "CHN"),
        ("Israel handed over 13 percent of the West Bank to the Palestinians.", "handed", "0842", "PSE"),
    ],
)
def test_territory_handed_over_is_returned_to_the_receiver(nlp, coding_context, text: str, trigger: str, code: str,
                                                           target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e["type"]["cameo"], e["target"]["country"]) == (code, target), described([e])


def test_the_exercise_of_sovereignty_is_no_military_exercise(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "China resumed the exercise of sovereignty over Macao on Monday.")
    assert not [e for e in events if e["type"]["cameo"][:2] == "15"], described(events)
    drill = coded(nlp, coding_context, "Chinese and Russian warships held a joint naval exercise in the Yellow Sea.")
    assert drill, "a military exercise stays an event"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The strikes against Iraq drew protests across the Arab world.", "19"),
        ("Dock workers held a strike against the pension reform.", "14"),
    ],
)
def test_a_strike_against_a_country_is_armed(nlp, coding_context, text: str, root: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "strike")
    assert e["type"]["cameo"][:2] == root, described([e])


def test_the_toll_a_war_is_estimated_to_have_taken_is_no_killing_of_its_own(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The war is estimated to have killed more than 70,000 people.")
    assert not [e for e in events if e["type"]["cameo"] == "1823"], described(events)


def test_leaders_who_exchange_views_consult(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Jiang and Clinton exchanged views on regional issues.", published="1998-06-27"),
                 "exchanged")
    assert e["type"]["cameo"] == "040", described([e])


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders pledged to further strengthen their strategic partnership.",
        "He said the friendship between the two countries will be further strengthened in the new century.",
        "Americans and Africans need to deepen their cooperation in this fight.",
    ],
)
def test_relations_furthered_in_a_wish_are_no_act(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] in {"05", "06"}], described(events)


def test_relations_furthered_in_fact_stay_cooperation(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "China and Russia strengthened military cooperation last year."), "strengthened")
    assert e["type"]["cameo"][:2] == "05", described([e])


def test_the_toll_of_an_epidemic_others_report_is_no_killing(nlp, coding_context) -> None:
    text = "Doctors accused the government of concealing a cholera epidemic that they say has killed more than 250 people."
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"].startswith("18")], described(events)
    gang = coded(nlp, coding_context, "Police arrested a gang that they say has robbed ten banks.")
    assert [e for e in gang if e["type"]["cameo"] == "180"], described(gang)


def test_released_under_investigation_is_a_release_not_an_inquiry(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "A woman and a man were arrested on suspicion of fraud and have since been released "
                                        "under investigation.")
    codes = [e["type"]["cameo"] for e in events]
    assert "173" in codes and not [c for c in codes if c.startswith("09")], described(events)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels, backed by tanks and artillery, pushed toward the capital.",
        "Pro-government militias, backed by elements of the army, went on a rampage.",
        "The suspect was picked up after a tip from a neighbor who recognized him.",
    ],
)
def test_arms_beside_a_force_and_a_face_known_are_no_support_and_no_recognition(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"] in {"051", "054"}], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The bill, backed by the governor, passed the Senate.", "backed", "051"),
        ("Israel recognized the new government in Cairo.", "recognized", "054"),
        ("The mayor recognized the bravery of the firefighters.", "recognized", "051"),
        ("Japan is freezing new loans to Pakistan.", "freezing", "1621"),
        ("The army recaptured two key peaks overlooking the highway.", "recaptured", "192"),
        ("Rebels captured a strategic hill near the border.", "captured", "192"),
        ("Police captured the suspect after a chase.", "captured", "173"),
    ],
)
def test_support_recognition_aid_cut_and_ground_taken(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The foreign minister accused Washington of preparing what he called a criminal aggression.", "accused"),
        ("The ministry condemned what it called repeated attacks on its embassy.", "condemned"),
    ],
)
def test_what_the_accuser_called_it_is_the_accusation_itself(nlp, coding_context, text: str, act: str) -> None:
    triggers = [e["type"]["trigger"] for e in coded(nlp, coding_context, text)]
    assert act in triggers and "called" not in triggers, triggers


def test_a_name_given_in_a_sentence_of_its_own_stays_criticism(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The opposition called the arrests a witch-hunt."), "called")
    assert e["type"]["cameo"][:2] == "11", described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The UN children's agency has sent 2 million doses of vaccine to Haiti.", "sent", "073"),
        ("The agencies have flown in more than 500 tonnes of supplies.", "flown", "073"),
        ("Health authorities have placed more than 100 people in quarantine.", "placed", "172"),
        ("The government put the town under quarantine on Monday.", "put", "172"),
    ],
)
def test_outbreak_aid_and_confinement(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize("text", ["She placed the book in the box.", "The hospital gave patients two doses."])
def test_things_put_and_given_in_daily_life_are_no_acts(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not events, described(events)


def test_a_headline_listing_two_sides_before_its_verb_names_both(nlp, coding_context) -> None:
    text = "Ethiopia, Eritrea sign peace accord\n\nALGIERS (Xinhua) -- Ethiopia and Eritrea signed a peace agreement on Tuesday."
    headline = [e for e in coded(nlp, coding_context, text, published="2000-12-12") if e["mentions"][0]["start"] == 0]
    assert {(e.get("source") or {}).get("country") for e in headline} == {"ETH", "ERI"}, described(headline)
    one = coded(nlp, coding_context, "On Monday, Russia signed the treaty.")
    assert [(e.get("source") or {}).get("country") for e in one] == ["RUS"], described(one)


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("The Senate voted 68-30 to approve the emergency funding.", "approve", "happened"),
        ("Parliament voted to impose sanctions on the regime.", "impose", "happened"),
        # what the vote decides to do later is still to be done
        ("The council voted on Friday to send peacekeepers to the border region.", "send", "hypothetical"),
    ],
)
def test_a_body_that_voted_to_act_acted(nlp, coding_context, text: str, trigger: str, factuality: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == factuality, described([e])


def test_the_catholic_church_is_of_no_country_but_its_national_church_is(nlp, coding_context) -> None:
    church = event_on(coded(nlp, coding_context, "The Roman Catholic Church criticized the advice."), "criticized")
    assert (church["source"].get("country"), church["source"].get("sector")) == (None, "REL"), described([church])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The protest came a day after Jakarta recalled its ambassador from Canberra.", "114"),
        ("The protest turned violent when police fired tear gas.", "141"),
    ],
)
def test_a_protest_in_a_text_of_diplomacy_is_a_complaint(nlp, coding_context, text: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "protest")
    assert e["type"]["cameo"] == code, described([e])


def test_who_in_capitals_is_the_world_health_organization(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "WHO and UNICEF have sent 2 million doses of vaccine to Haiti.")
    assert {(e.get("source") or {}).get("text") for e in events if e["type"]["cameo"] == "073"} == {"WHO", "UNICEF"}, described(events)
    relative = coded(nlp, coding_context, "The man who attacked the guard was arrested.")
    assert [e for e in relative if e["type"]["cameo"] == "173"], described(relative)
