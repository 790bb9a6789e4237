"""Shapes of the Middle East, South Asian and African wire and of general web news: towns seized, the tolls of
mishaps and of attacks told with two verbs, weapons named by their kind, alarms and idioms that name no attack, control
of a chamber, offensives pressed, orders of an inquiry, armed marches, claims dismissed, talks and accords left, coups
told without the word, records of violence counted over years, and the act an accusation names when the parser hangs
its of-phrase on the accused.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

from tidings.evaluate.events import factuality_class

pytestmark = pytest.mark.model


def _codes(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a town, a capital or a region seized is territory occupied, whatever the parser takes its name for
        ("Houthi rebels seized Sanaa in September.", "seized", "192"),
        ("Rebels seized Aleppo in 2012.", "seized", "192"),
        ("Russia seized Crimea in 2014.", "seized", "192"),
        # a person or goods seized keep their codes
        ("Gunmen seized Khalid Ahmed in Kano.", "seized", "181"),
        ("Police seized cocaine in Lagos.", "seized", "171"),
        # a weapon's kind named by its compound
        ("Mortar bombs killed a child in the old city.", "killed", "194"),
        ("A car bomb killed 12 people in Baghdad.", "car bomb", "1832"),
        # an offensive pressed is fighting; demands pressed stay demands
        ("Turkish soldiers pressed a ground offensive against Kurdish rebels.", "pressed", "190"),
        ("The unions pressed their demands for higher pay.", "pressed", "100"),
        # an order of an inquiry is the inquiry (settling rule 13)
        ("The prime minister ordered an investigation into the killings.", "investigation", "090"),
        ("The governor ordered an inquiry into the fire.", "inquiry", "090"),
        # armed men marching show force or advance; a crowd marching demonstrates
        ("Rebel fighters marched through the streets of the capital.", "marched", "150"),
        ("Soldiers marched on the presidential palace.", "marched", "190"),
        ("Thousands of students marched through the capital.", "marched", "141"),
        # a claim dismissed outside a court is denied; a court's dismissal is its ruling
        ("The presidency dismissed the claim as baseless.", "dismissed", "016"),
        ("A judge dismissed the claim on Friday.", "dismissed", "116"),
        # talks and accords left; ground left is a retreat
        ("Iran withdrew from the talks in Geneva.", "withdrew", "164"),
        ("Russia pulled out of the talks.", "pulled", "164"),
        ("Washington withdrew from the nuclear deal in May.", "withdrew", "160"),
        ("The troops pulled out of the town.", "pulled", "0874"),
        # a ruler put out by soldiers is a coup; by a parliament or a party, a removal from office
        ("The army ousted President Mohamed Morsi in July.", "ousted", "190"),
        ("The army removed President Omar al-Bashir from power on Thursday.", "removed", "190"),
        ("Soldiers overthrew the government of Niger.", "overthrew", "190"),
        ("The ruling party ousted its leader in a vote.", "ousted", "172"),
        ("Parliament removed the president from office.", "removed", "172"),
    ],
)
def test_the_act_is_coded_by_what_the_wire_means(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the toll of a mishap: no one acted
        ("A ferry capsized off the coast, killing 40.", "killing"),
        ("A building collapsed in Lagos, killing 20 people.", "killing"),
        ("The plane crashed shortly after takeoff, killing all 150 people on board.", "killing"),
        ("The airliner crashed while landing on Saturday, killing two passengers and injuring 180 others.", "injuring"),
        # what warns of attacks or shelters from them
        ("Air raid sirens sounded across Tel Aviv on Friday.", "raid"),
        ("Families spent the night in bomb shelters.", "bomb"),
        # idioms and things that worry others
        ("Romney seized on the exchange during a campaign stop.", "seized"),
        ("The decision raised concerns among Western diplomats.", "raised"),
        # control of a chamber is a majority, no territory
        ("The Republicans took control of the Senate in the election.", "took"),
        # a record of violence counted over years
        ("Boko Haram has killed thousands of people since it launched its insurgency in 2009.", "killed"),
        ("The two countries have fought three wars since independence in 1947.", "fought"),
        ("Clashes between herders and farmers have killed thousands in the past decade.", "killed"),
    ],
)
def test_no_act_is_coded_where_no_one_acted_or_nothing_happened_once(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        # the same shapes with an actor or one happening keep their events
        ("The gunman crashed his car into the crowd, killing four people.", "killing", "18"),
        ("Israeli air raids killed 12 people in Gaza.", "air raids", "19"),
        ("The minister raised concerns about the arrests.", "raised", "01"),
        ("Police seized a gun from the suspect.", "seized", "17"),
        ("Rebels took control of the town of Kidal.", "took", "19"),
        ("The bombing has killed 200 people since Friday.", "bombing", "18"),
        ("Police have arrested 12 people since Monday.", "arrested", "17"),
        ("Sniper fire killed a boy in Homs.", "killed", "19"),
        ("Rocket fire killed two soldiers near the border.", "killed", "19"),
    ],
)
def test_the_same_shape_with_an_actor_or_one_happening_keeps_its_event(nlp, coding_context, text, trigger, root) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"][:2] == root, described([e])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an armed force's storming takes the toll it caused, and a second toll goes with the first (settling rule 1)
        ("Taliban fighters stormed a police post in Helmand, killing eight officers.", ["stormed"]),
        ("Militants attacked a checkpoint, killing two soldiers and wounding five.", ["attacked"]),
        ("Troops shelled the village, killing three and injuring 12.", ["shelled"]),
    ],
)
def test_one_attack_and_its_tolls_are_one_event(nlp, coding_context, text: str, kept: list[str]) -> None:
    assert [t for _c, t in _codes(nlp, coding_context, text)] == kept


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        # the of-phrase the parser hung on the accused still names what the accusation says
        ("The army accused the rebels of shelling Damascus.", "shelling", "reported_unconfirmed"),
        ("The government accused the opposition of plotting a coup.", "coup", "reported_unconfirmed"),
        ("Syria accused Israel of attacking its border posts.", "attacking", "reported_unconfirmed"),
        # an of-phrase of a plain object says nothing of the kind
        ("Police arrested the leader of the gang on Friday.", "arrested", "happened"),
    ],
)
def test_the_act_an_accusation_names_is_reported(nlp, coding_context, text: str, trigger: str, factuality: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == factuality, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a high commissioner is an envoy; a police commissioner is not
        ("The Foreign Office summoned the Indian deputy high commissioner on Monday.", "summoned", "114"),
        # an "encounter" with forces or one someone was killed in is a gunfight (South Asian usage)
        ("Two militants were killed in an encounter with security forces.", "encounter", "190"),
        ("An encounter between militants and the army broke out in Shopian.", "encounter", "190"),
        # a general strike's own words, and a blockade during one
        ("Shops were shut during the hartal.", "hartal", "143"),
        ("Opposition activists enforced a blockade of roads during the hartal.", "blockade", "144"),
        ("The army imposed a blockade on the town.", "blockade", "191"),
        ("The government ordered a shutdown of the internet.", "shutdown", "172"),
        # gas attacks are chemical; a tear gas attack on a crowd is repression
        ("A poison gas attack killed more than 80 civilians.", "gas attack", "2041"),
        ("Police launched a tear gas attack on the crowd.", "tear gas attack", "175"),
    ],
)
def test_the_regional_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The commission summoned the police commissioner to testify.", "summoned"),
        ("She recalled a chance encounter with the singer in Paris.", "encounter"),
    ],
)
def test_the_same_word_in_its_other_sense_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        # a toll the other side disputes is a claim (as "a charge Islamabad denies")
        ("At least 24 people had been shot dead by police, a figure the government disputed.", "reported_unconfirmed"),
        ("At least 24 people had been shot dead by police, a figure the government confirmed.", "happened"),
    ],
)
def test_a_disputed_figure_makes_its_toll_reported(nlp, coding_context, text: str, factuality: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "shot")
    assert factuality_class(e) == factuality, described([e])


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Santiago de Compostela", None),  # a Spanish city, not Chile's capital
        ("Santiago", "CHL"),
        ("Rio de Janeiro", "BRA"),
    ],
)
def test_a_capital_inside_a_longer_name_with_de_is_that_name(coding_context, name: str, country) -> None:
    actor = coding_context.resolver.resolve(name, date="2013-07-26")
    assert (actor or {}).get("country") == country


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Israel pounded Gaza on Monday.", "pounded", "190"),
        ("Hezbollah handed over the bodies of two soldiers to the Red Cross.", "handed", "0841"),
        ("The prisoner swap took place at the border.", "prisoner swap", "0841"),
        ("The Supreme Court disqualified Prime Minister Gilani on Tuesday.", "disqualified", "172"),
        ("The government shut the internet for three days.", "shut", "172"),
    ],
)
def test_more_words_of_the_wire(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Marchers pounded the streets of the capital.", "pounded"),
        # what talks are about is no act done
        ("Officials welcomed the failure of the prisoner exchange negotiations.", "prisoner exchange"),
        ("The referee disqualified the boxer.", "disqualified"),
    ],
)
def test_the_same_words_of_no_act(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # officials suspended are sanctioned at work, no relations cut
        ("Several senior officers had been suspended pending an inquiry.", "suspended", "172"),
        ("The ministry suspended two police officers over the shooting.", "suspended", "172"),
        # forces ordered in are deployed, no demand
        ("President Obama has ordered 30,000 additional troops to Afghanistan.", "ordered", "154"),
    ],
)
def test_measures_on_people_and_forces(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(code), described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a crowd spoken to, and a finding declared, are no events
        ("Mugabe told a rally in Chitungwiza that only God could remove him.", "rally"),
        ("A day after Kenyatta was declared winner of the election, police fired teargas.", "declared"),
        ("The court declared the prime minister disqualified from holding office.", "declared"),
        # the toll of a war a verb carries is that war
        ("Ethiopia and Eritrea fought a border war from 1998 to 2000 that killed 80,000 people.", "killed"),
    ],
)
def test_words_around_an_act_that_are_no_act(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


def test_a_war_a_verb_carries_keeps_the_verbs_sides(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Ethiopia and Eritrea fought a border war from 1998 to 2000 that killed 80,000 people.")
    assert {((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")) for e in events} == {
        ("ETH", "ERI"), ("ERI", "ETH")}, described(events)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a toll told through a report inside the attack's relative clause is the attack's
        ("Karzai condemned a NATO air strike in Logar province that Afghan officials said killed 18 civilians.",
         "air strike", "killed"),
        # a toll told with fire traded is the killing, with the shooters as its sides
        ("Five villagers were killed as Indian and Pakistani troops traded fire along the border.", "killed", "traded"),
    ],
)
def test_one_happening_told_twice_is_one_event(nlp, coding_context, text: str, kept: str, dropped: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(kept in e["type"]["trigger"] for e in events), described(events)
    assert not any(dropped in e["type"]["trigger"] for e in events), described(events)


def test_a_killing_a_witness_ascribes_to_a_person_stays(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Police arrested a man who witnesses said killed two people.")
    assert any(e["type"]["trigger"] == "killed" for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The army and rebels accused each other of breaking the ceasefire.", "breaking", "196"),
        ("Rivals trade blame over ceasefire violations.", "ceasefire violations", "196"),
        ("Protesters barricaded roads with burning tyres on Monday.", "barricaded", "144"),
        ("Protesters stoned police vehicles in the Kondele area.", "stoned", "145"),
        ("Government troops fled as the rebels advanced.", "fled", "0874"),
    ],
)
def test_truces_broken_roads_barricaded_and_forces_fleeing(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thousands of residents fled the fighting.", "fled"),
        ("The suspect fled on foot.", "fled"),
        ("Gunmen attempting to flee from the gun battle were stopped by soldiers.", "flee"),
    ],
)
def test_people_fleeing_make_no_retreat(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a passive act of the law reported by officials takes them as its source (settling rule 23)
        ("Two men were arrested in Mombasa on Sunday, officials said.", "officials"),
        ("Two men were arrested in Mombasa on Sunday, police said.", "police"),
        # a report by others names no one who arrested
        ("Two men were arrested in Mombasa on Sunday, residents said.", None),
    ],
)
def test_a_passive_arrest_reported_by_officials_is_theirs(nlp, coding_context, text: str, source) -> None:
    e = event_on(coded(nlp, coding_context, text), "arrested")
    assert (e.get("source") or {}).get("text") == source, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Helicopters dropped barrel bombs on the towns of Douma and Harasta.", "dropped", "195"),
        ("Army helicopters dropped food packets to stranded families.", "dropped", "073"),
        ("Yemeni troops advanced on the airport.", "advanced", "190"),
    ],
)
def test_what_is_dropped_and_who_advances(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize("text", ["Stocks advanced on Monday after the report.", "The bill advanced on a party-line vote."])
def test_advancing_without_arms_is_no_attack(nlp, coding_context, text: str) -> None:
    assert not [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "advanced"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia's ambassador said the draft was unrealistic.", "111"),
        ('"The elders were callously targeted," the army chief said.', "111"),
        ("President Obama said he was appalled by the violence.", "111"),
    ],
)
def test_a_statement_is_coded_by_its_judging_words(nlp, coding_context, text: str, code: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "said"]
    assert events and events[0]["type"]["cameo"] == code, described(events)


def test_a_statement_without_judging_words_is_no_criticism(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Russia's ambassador said the draft would be discussed on Friday.")
    assert not [e for e in events if e["type"]["cameo"] == "111"], described(events)


@pytest.mark.parametrize(
    ("text", "expelled"),
    [
        ('"Egypt will not leave Gaza alone," the prime minister told reporters.', False),  # what is said, no order
        ("The government told the envoy that he must leave the country within 48 hours.", True),
        ("Poland ordered a Russian diplomat to leave the country.", True),
    ],
)
def test_only_an_order_to_leave_expels(nlp, coding_context, text: str, expelled: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] in {"166", "174"} for e in events) is expelled, described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what one retaliates or takes revenge for has happened, whatever governs the clause
        ("Iran threatened to retaliate for the detention of its tanker.", "detention"),
        ("The rebels vowed revenge for the killing of their commander.", "killing"),
    ],
)
def test_what_is_avenged_happened(nlp, coding_context, text: str, trigger: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == "happened", described([e])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a state's forces protesting a killing complain; people protesting demonstrate
        ("The Pakistani army protested the killing of two soldiers by Indian troops.", "114"),
        ("Students protested the tuition increase.", "140"),
    ],
)
def test_a_protest_by_state_forces_is_a_complaint(nlp, coding_context, text: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "protested")
    assert e["type"]["cameo"] == code, described([e])
