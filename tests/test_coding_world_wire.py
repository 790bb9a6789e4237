"""Shapes of the Latin American, East Asian and Eurasian wire and of election news: a state's or a force's fire as
its shooting, campaign rallies and dangers judged, warnings of one's own sanctions, envoys declared unwelcome, import
bans and supplies cut, fire returned, rulers voted out and two-city datelines.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # the fire of a people, a state or an armed force is its shooting, active or as a passive's doer
        ("Israeli fire killed two Palestinians near the border fence on Friday.", "killed", "190"),
        ("Syrian government fire killed four rebels in Homs.", "killed", "190"),
        ("Two Palestinians were killed by Israeli fire near the fence.", "killed", "190"),
        ("A soldier was wounded by sniper fire in Deraa.", "wounded", "190"),
        ("A boy was killed by mortar fire in Aleppo.", "killed", "194"),
        ("Two civilians were killed by rocket fire on Sunday.", "killed", "194"),
    ],
)
def test_a_force_s_fire_is_its_shooting(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a fire that burns kills with no attacker
        ("A house fire killed two children in Detroit.", "killed"),
        ("Three people were killed in a fire in Chicago.", "killed"),
        ("A factory fire injured eleven workers in Dhaka.", "injured"),
    ],
)
def test_a_fire_that_burns_is_no_attack(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a bomb named as the passive's doer is the attack; the killing is its toll, one happening
        ("Three soldiers were killed by a roadside bomb.", ["183"]),
        ("Twelve people were killed by a car bomb in Baghdad.", ["1832"]),
        # a side named as the doer keeps its own act
        ("Four soldiers were killed by rebels near the border.", ["190"]),
    ],
)
def test_a_bomb_that_killed_is_one_event(nlp, coding_context, text: str, kept: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == kept, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a warning of what the warner itself will do, or told to states, is a threat
        ("ECOWAS warned that it would not tolerate any attempt to subvert the vote.", "warned", "130"),
        ("The United States warned that it would hold accountable those who undermine the vote.", "warned", "130"),
        ("China warned foreign governments not to interfere in its internal affairs.", "warned", "130"),
        # an envoy declared unwelcome, or ordered to leave, is expelled; foreigners ordered to leave are sent away
        ("Russia declared two British diplomats persona non grata on Friday.", "declared", "166"),
        ("Poland ordered a Russian diplomat to leave.", "ordered", "166"),
        ("The United States ordered 60 Russians to leave on Monday.", "ordered", "174"),
        # goods banned or supplies cut are an embargo; links cut or halted reduce relations
        ("Russia banned imports of Georgian wine in 2006.", "banned", "163"),
        ("Russia halted all gas deliveries to Ukraine on Sunday.", "halted", "163"),
        ("Gazprom cut off gas supplies to Ukraine on Thursday.", "cut", "163"),
        ("Russia halted all rail and air links with Georgia.", "halted", "161"),
        # fire returned is fighting
        ("South Korean forces returned fire with artillery.", "returned", "193"),
        # a ruler put out by a vote is removed from office, not toppled by force
        ("Spanish Prime Minister Mariano Rajoy was ousted in a parliamentary no-confidence vote on Friday.", "ousted", "172"),
    ],
)
def test_the_world_wire_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # the same words keep their other readings
        ("Economists warned that prices would rise.", None, None),
        ("The manager ordered a worker to leave the room.", None, None),
        ("Officials warned residents not to drink tap water.", "warned", "020"),
        ("The president declared a state of emergency.", "declared", "1724"),
        ("Russia banned the opposition party.", "banned", "1722"),
        ("Congress banned assault weapons in 1994.", "banned", "172"),
        ("The president was ousted by the army in July.", "ousted", "190"),
        ("The president conceded defeat on Sunday.", "conceded", "080"),
        ("The rebels released three hostages.", "released", "0841"),
        ("Thousands joined an opposition rally in Harare on Saturday.", "rally", "141"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger, code) -> None:
    events = coded(nlp, coding_context, text)
    if trigger is None:
        assert not events, described(events)
    else:
        assert event_on(events, trigger)["type"]["cameo"] == code, described(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a candidate's rally is no demonstration; a danger judged is no threat made
        ("Thousands of supporters attended the president's final campaign rally in Harare on Saturday.", "rally"),
        ("The government banned the rally on Monday, saying it posed a threat to public order.", "threat"),
        # an admission yields nothing; a report released frees no one
        ("His aides conceded that many supporters were afraid.", "conceded"),
        ("The Organization of American States released a preliminary audit on Sunday.", "released"),
    ],
)
def test_words_of_election_news_that_are_no_such_act(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"] and e["type"]["cameo"][:2] in {"14", "13", "08"}], described(events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a two-city dateline names no side
        ("North Korea shells South Korean island\n\nTOKYO/SEOUL (Kyodo) - North Korea fired dozens of artillery shells "
         "at a South Korean island on Tuesday.\n", "PRK"),
        ("Russia halts operation\n\nMOSCOW/TBILISI (Reuters) - Russian President Dmitry Medvedev ordered troops to halt "
         "the operation on Tuesday.\n", "RUS"),
    ],
)
def test_a_two_city_dateline_is_no_source(nlp, coding_context, text: str, source: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if "dateline" not in e["type"]["trigger"]]
    body = [e for e in events if e["mentions"][0]["sentence"].lstrip().startswith(("TOKYO", "SEOUL", "MOSCOW", "TBILISI"))]
    assert body and {(e.get("source") or {}).get("country") for e in body} == {source}, described(events)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the capital's older spelling stands for the government, even where the parser takes it for a person
        ("Kiev accused Russia of sending troops.", "Kiev", "UKR"),
        ("Protesters in Kiev clashed with police on Sunday.", "Protesters", "UKR"),
        # a leader's name as most English copy spelled it
        ("Opposition leader Vitaly Klitschko called for new elections.", "Vitaly Klitschko", "UKR"),
    ],
)
def test_older_spellings_of_eurasian_names_keep_their_country(nlp, coding_context, text: str, name: str, country: str) -> None:
    events = coded(nlp, coding_context, text, published="2013-12-01")
    sources = [e.get("source") or {} for e in events]
    assert any(name in str(s.get("text")) and s.get("country") == country for s in sources), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        # what a body voted to do, the vote enacted
        ("The Senate voted to convict the governor on Thursday.", "convict", "happened"),
        ("Parliament voted to remove the president from office.", "remove", "happened"),
        # a vote refused keeps the act undone
        ("The Senate voted not to convict the governor.", "convict", "negated"),
    ],
)
def test_what_a_vote_enacts_happened(nlp, coding_context, text: str, trigger: str, factuality: str) -> None:
    from tidings.evaluate.events import factuality_class

    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == factuality, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # what is suspended says the sanction: freedoms and the press restricted, a campaign or a vote stopped
        ("The government suspended civil liberties in five provinces.", "suspended", "1721"),
        ("The army suspended the constitution on Thursday.", "suspended", "1721"),
        ("The electoral council suspended the campaign for a recall referendum.", "suspended", "172"),
        ("The government suspended aid to the country.", "suspended", "162"),
        # prisoners pardoned are freed; a person pardoned otherwise is forgiven
        ("The government pardoned two jailed guerrillas on Friday.", "pardoned", "0841"),
        ("The president pardoned the former sheriff.", "pardoned", "056"),
    ],
)
def test_suspensions_and_pardons_by_what_they_act_on(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    "text",
    [
        "Zimbabwe's opposition leader withdrew on Sunday from this week's presidential run-off.",
        "The senator dropped out of the race in March.",
    ],
)
def test_a_candidate_leaving_a_race_withdraws_no_forces(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"].startswith("087")], described(events)


def test_troops_leaving_a_town_still_withdraw(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The troops withdrew from the town."), "withdrew")
    assert e["type"]["cameo"].startswith("087"), described([e])


def test_a_paragraph_ending_on_an_abbreviation_ends_its_sentence(nlp) -> None:
    text = ("PHNOM PENH (AFP) - The opposition leader returned on Friday to challenge Prime Minister Hun Sen.\n\n"
            "Police arrested three of his aides at the airport, officials said.\n")
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert "Police arrested three of his aides at the airport, officials said." in sentences, sentences


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # getting to a place of one's own country meets no other side
        ("Former Peruvian President Alberto Fujimori arrived in Lima on Saturday aboard a police plane.", False),
        ("The Nigerian president flew to Lagos on Monday.", False),
        # a journey to another country is a visit, and one ahead is left alone
        ("North Korean leader Kim Jong Un arrived in Beijing on Monday.", True),
        ("The Polish foreign minister will travel to Washington on March 12.", True),
    ],
)
def test_a_journey_home_is_no_visit(nlp, coding_context, text: str, visit: bool) -> None:
    events = coded(nlp, coding_context, text, published="2010-06-01")
    assert bool([e for e in events if e["type"]["cameo"] == "042"]) == visit, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # fighting halted, ended or called off is de-escalation, and an order to end it is the ending (settling rule 13)
        ("Medvedev halts Georgia operation", "halts", "087"),
        ("Israel halted its offensive in Gaza on Sunday.", "halted", "087"),
        ("NATO suspended air strikes for the holiday.", "suspended", "087"),
        ("The Russian president ordered an end to military operations in Georgia on Tuesday.", "end", "087"),
        # protests crushed are repression
        ("Police crushed the protest in the capital.", "crushed", "175"),
    ],
)
def test_fighting_stopped_and_protests_crushed(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text, published="2008-08-12"), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a labour strike ended or a rescue halted stops no fighting (the strike's end eases dissent, 082)
        ("Workers ended their strike on Monday.", "ended"),
        ("The coast guard halted the rescue operation at dusk.", "halted"),
    ],
)
def test_stopping_what_is_no_fight_is_no_de_escalation(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["trigger"] == word and e["type"]["cameo"].startswith("087")], described(events)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # two acts a headline joins with a comma are both coded, whatever the tagger made of the first verb
        ("Thai army chief seizes power, detains rival political leaders\n\nThe story went on.\n", {"seizes", "detains"}),
        ("Belarus police crush protest, detain presidential candidates after Lukashenko win\n\nThe story went on.\n",
         {"crush", "detain"}),
        ("Rebels seize town, kill five soldiers\n\nThe story went on.\n", {"seize", "kill"}),
    ],
)
def test_a_headline_joining_two_acts_with_a_comma_codes_both(nlp, coding_context, text: str, acts: set[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert acts <= {e["type"]["trigger"] for e in events}, described(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a rate or a steep trend of a kind of act counts, it tells no happening
        ("El Salvador recorded an average of 14 murders a day in 2011.", "murders"),
        ("Kidnappings plunged after the truce.", "Kidnappings"),
        ("The gangs carried out three kidnappings per week last year.", "kidnappings"),
        ("Thailand has seen 12 successful coups since the end of absolute monarchy in 1932.", "coups"),
        ("The region has suffered dozens of attacks since 2004.", "attacks"),
        # the whole toll of a war of years, told in a relative clause on it, is the war's record
        ("The accord formally ended a 52-year conflict that killed 220,000 people.", "killed"),
        ("The decades-long insurgency, which has killed more than 40,000 people, shows no sign of ending.", "killed"),
        # a clause that says what its noun does as a rule, or has long been doing, is background
        ("Norway, which brokers the negotiations, is expected to host another round.", "brokers"),
    ],
)
def test_rates_trends_and_standing_roles_are_no_events(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["trigger"] == word], described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the same nouns as happenings, and a past act told in a relative clause, stay
        ("Three murders shocked the town on Friday.", "murders"),
        ("The army staged a coup on Thursday.", "staged a coup"),
        ("Fighting that killed 12 people erupted on Monday.", "killed"),
        ("Hamas, which seized Gaza in 2007, fired rockets on Monday.", "seized"),
        ("Police, who arrested 12 people on Sunday, blamed the rebels.", "arrested"),
        # what is said in the present stays said
        ("Kiev accuses Moscow of stirring the uprising, a charge Moscow denies.", "denies"),
    ],
)
def test_happenings_and_past_acts_in_relative_clauses_stay(nlp, coding_context, text: str, trigger: str) -> None:
    event_on(coded(nlp, coding_context, text), trigger)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what an election's voters give, and how an act was done, are no acts of their own
        ("I call on the outgoing president to respect the verdict of the people.", "verdict"),
        ("Several hundred soldiers joined the rally in defiance of a ban on protests.", "defiance"),
        # a crowd celebrating protests nothing; a blank cheque signed is an idiom
        ("Odinga's supporters poured into the streets of Kisumu, dancing and blowing whistles.", "poured"),
        ("Nobody should expect us to sign a blank cheque, he said.", "sign"),
        # a thing banned under a law is a rule in force, no act of banning
        ("They smeared his face with VX nerve agent, a chemical weapon banned under international law.", "banned"),
        # fears a crisis raised, through a verb joined to another, are no one's comment
        ("The crisis has paralysed the government and raised fears of a default, analysts said.", "raised"),
    ],
)
def test_election_idioms_are_no_acts(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["trigger"] == word], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Protesters poured into the streets, chanting slogans against the president.", "poured", "141"),
        ("The jury returned a verdict on Friday.", "returned", "116"),
        ("The court delivered its verdict on Friday.", "verdict", "116"),
    ],
)
def test_protests_and_court_verdicts_stay(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an accusation told again after a comma, for its denial, is the same accusation
        ("Human rights groups have accused police of executing suspects, charges the police deny.", "charges"),
        ("Kiev accuses Moscow of orchestrating the uprising, a charge Moscow denies.", "charge"),
        # a notice for wanted people readies no forces; a rescue drags no one by force
        ("Police have asked Interpol to issue an alert for the four suspects.", "issue an alert"),
        ("Police have asked Interpol to issue an alert for their arrest.", "issue an alert"),
        ("South Korean soldiers crawled forward to drag him to safety.", "drag"),
        ("She took her children away from the city.", "took"),
    ],
)
def test_accusations_told_again_notices_and_rescues_are_no_new_acts(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["trigger"] == word], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Police took the opposition leader away in handcuffs.", "took", "173"),
        ("The man was led away in handcuffs.", "led", "173"),
        ("The army put its troops on high alert.", "put", "152"),
        ("The gunmen dragged him from his car.", "dragged", "182"),
        ("Police charged two men with murder on Friday.", "charged", "173"),
    ],
)
def test_arrests_alerts_and_assaults_keep_their_codes(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # protests under way, violent ones, and days of them are one campaign, whoever protests
        ("Kenyan opposition rejects Mwangi victory as protests spread", True),
        ("Morales announced his resignation after three weeks of violent protests over a disputed election.", True),
        ("Sargsyan resigned after 11 days of mass protests against his appointment.", True),
        # protests in general are none
        ("Protests are a common sight in the capital.", False),
    ],
)
def test_protests_under_way_are_coded_without_their_protesters(nlp, coding_context, text: str, kept: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert bool([e for e in events if e["type"]["trigger"] == "protests"]) == kept, described(events)


def test_what_a_state_summoning_an_envoy_demands_is_its_own_and_was_said(nlp, coding_context) -> None:
    from tidings.evaluate.events import factuality_class

    events = coded(nlp, coding_context, "France summoned Iran's ambassador to demand an explanation.")
    demand = event_on(events, "demand")
    assert (demand.get("source") or {}).get("country") == "FRA", described(events)
    assert (demand.get("target") or {}).get("country") == "IRN", described(events)
    assert factuality_class(demand) == "happened", described(events)
    # what the envoy is summoned to do is the envoy's
    kept = coded(nlp, coding_context, "France summoned Iran's ambassador to explain the remarks.")
    assert all((e.get("source") or {}).get("country") != "FRA" for e in kept if e["type"]["trigger"] == "explain"), described(kept)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Brazil's foreign ministry responded by summoning its own envoys home.", "161"),
        ("Japan summoned China's ambassador on Friday.", "114"),
    ],
)
def test_envoys_summoned_home_are_recalled(nlp, coding_context, text: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "summon")
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        # an act being considered or weighed is not yet decided
        ("Washington is considering supplying Kiev with defensive weapons.", "supplying", "hypothetical"),
        ("Kiev weighs martial law\n\nThe story went on.\n", "martial law", "hypothetical"),
        # a case considered by a court was brought
        ("The court considered the appeal on Monday.", "appeal", "happened"),
    ],
)
def test_what_is_considered_is_not_yet_done(nlp, coding_context, text: str, trigger: str, factuality: str) -> None:
    from tidings.evaluate.events import factuality_class

    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == factuality, described([e])


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a cartel named after a place is the cartel of its country, not of a homonym province elsewhere
        ("The Zetas have been fighting the Gulf cartel for control of smuggling routes.", "Gulf cartel", "MEX"),
    ],
)
def test_cartels_named_after_places_keep_their_country(nlp, coding_context, text: str, name: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("target") or {}).get("country") == country for e in events if name in str((e.get("target") or {}).get("text"))), \
        described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # saying one will not accept, allow or step down states a refusal (settling rule 26)
        ("The opposition said it would not accept the results.", "120"),
        ("\"We will not allow Russia to repeat the Crimea scenario,\" Turchynov said.", "120"),
        ("The minister said he would not step down.", "124"),
    ],
)
def test_a_stance_refused_is_a_refusal(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text, published="2014-03-01")
    assert code in [e["type"]["cameo"] for e in events], described(events)


@pytest.mark.parametrize(
    "text",
    [
        # another's refusal, or a forecast, is no refusal of the speaker's
        "The president said the rebels would not accept the deal.",
        "He said prices would not fall.",
    ],
)
def test_others_refusals_and_forecasts_are_no_refusal_of_the_speaker(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] == "12"], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the one called on or appealed to would do what is asked, and it is not yet done
        ("The EU called on Russia to withdraw its troops.", "withdraw", "RUS"),
        ("Germany demanded an explanation and called on Moscow to withdraw its troops.", "withdraw", "RUS"),
        ("Kyrgyzstan appealed to Russia on Saturday to send troops to restore order.", "send", "RUS"),
    ],
)
def test_what_an_appeal_asks_is_the_addressee_s_and_not_done(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    from tidings.evaluate.events import factuality_class

    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == source and factuality_class(e) == "hypothetical", described([e])


def test_a_place_one_is_called_to_does_not_act(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Police were called to the Wal-Mart on Monday to investigate some car break-ins.")
    e = event_on(events, "investigate")
    assert "Wal-Mart" not in str((e.get("source") or {}).get("text")), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # forces battling is fighting, in running text and in a headline
        ("Troops battled rebels near the border on Sunday.", "battled", "190"),
        ("Dozens dead as Tajik troops battle rebels\n\nThe story went on.\n", "battle", "190"),
        ("Rebels fought back against the army.", "fought", "190"),
        # a recall drive suspended is stopped by the authorities
        ("The electoral council suspended the recall drive against the president.", "suspended", "172"),
    ],
)
def test_battles_of_forces_are_fighting(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    "text",
    ["The two teams battled to a draw.", "The two teams fought to a draw.", "She battled cancer for years."],
)
def test_games_and_illnesses_battled_are_no_fighting(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] == "19"], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a constitutional council annulling results rules as a court; a court upholding an impeachment rules
        ("The Constitutional Council annulled the results in seven northern regions.", "annulled", "116"),
        ("The constitutional court upheld parliament's impeachment of the president.", "upheld", "116"),
    ],
)
def test_constitutional_bodies_rule_on_elections(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


def test_a_city_council_annulling_a_contract_gives_no_ruling(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The city council annulled the contract.")
    assert not [e for e in events if e["type"]["cameo"] == "116"], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code", "factuality"),
    [
        # a coup's first measures: a constitution revoked, a parliament dissolved, borders sealed; a camp cleared by police
        ("The army revoked the constitution and dissolved the parliament.", "revoked", "1721", "happened"),
        ("The army revoked the constitution and dissolved the parliament.", "dissolved", "172", "happened"),
        ("The junta sealed the country's borders on Thursday.", "sealed", "172", "happened"),
        ("The court dissolved the opposition party.", "dissolved", "1722", "happened"),
        ("Police cleared the Occupy encampment early on Tuesday.", "cleared", "175", "happened"),
        # one cleared of a charge is acquitted
        ("The jury cleared him of murder.", "cleared", "116", "negated"),
    ],
)
def test_measures_of_a_coup_and_camps_cleared(nlp, coding_context, text: str, trigger: str, code: str, factuality: str) -> None:
    from tidings.evaluate.events import factuality_class

    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e["type"]["cameo"], factuality_class(e)) == (code, factuality), described([e])


def test_a_salt_dissolved_is_no_measure(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The chemist dissolved the salt in water.")
    assert not events, described(events)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # saying one will retaliate or hit back threatens; another's retaliation or a refusal to retaliate does not
        ("Russia said on Tuesday it would retaliate against the United States.", True),
        ("\"We will hit back,\" the minister said.", True),
        ("He said the rebels would retaliate.", False),
        ("Russia said it would not retaliate.", False),
    ],
)
def test_saying_one_will_retaliate_threatens(nlp, coding_context, text: str, threat: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert bool([e for e in events if e["type"]["cameo"] == "130"]) == threat, described(events)


def test_asylum_offered_is_granted(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Mexico said it had offered Morales asylum."), "offered")
    assert e["type"]["cameo"] == "075", described([e])
