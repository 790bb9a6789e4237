"""Shapes of statement wire copy, conflict wire and the European press: the strike named again after an air or drone
strike, crowd-control weapons, an armed force's assault, warnings that threaten, deadlines set, embassies closed,
standing backing told in passing, tolls told by two verbs or with the shooting that caused them, troops entering a
town, police breaking up a protest, claims that could not be confirmed, and the leaders and envoys such copy names.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on, on_trigger

from tidings.evaluate.events import factuality_class

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # tear gas, water cannon and foam rounds fired at a crowd are repression
        ("Police fired tear gas and water cannon at protesters outside parliament.", "fired", "175"),
        ("Riot police fired foam bullets at the crowd in the square.", "fired", "175"),
        ("Gendarmes responded with tear gas when the marchers reached the bridge.", "responded", "175"),
        ("Police broke up the protest outside the ministry on Sunday.", "broke", "175"),
        # an armed force's assault is fighting
        ("Government troops launched a fierce assault on the town on Sunday.", "assault", "190"),
        ("Rebels assaulted the garrison at dawn.", "assaulted", "190"),
        # a warning to a side or of what follows if it does not comply is a threat
        ("Moscow warned Washington against any intervention in the conflict.", "warned", "130"),
        ("Beijing warned Tokyo that it would not stand idly by.", "warned", "130"),
        ("The prime minister warned that the army would strike the camps if the raids went on.", "warned", "138"),
        ("The minister warned that aid would be halted unless the junta freed the prisoners.", "warned", "130"),
        # a deadline set for a side to act is an ultimatum
        ("The bloc gave the junta two weeks to restore civilian rule.", "gave", "139"),
        ("London gave Moscow until midnight to explain the attack.", "gave", "139"),
        # a state's embassy or consulate closed cuts back relations
        ("Ottawa closed its embassy in Tehran on Friday.", "closed", "161"),
        ("Washington ordered the closure of the consulate in Houston.", "closure", "161"),
        # a charge d'affaires summoned is a complaint
        ("The foreign ministry summoned the Iranian charge d'affaires on Monday.", "summoned", "114"),
    ],
)
def test_the_act_is_coded_by_what_the_copy_means(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Soldiers fired live rounds at the crowd.", "fired", "17"),
        ("The man was charged with assault after a fight in a bar.", "assault", "182"),
        ("The ministry warned that prices would rise further next year.", "warned", "012"),
        ("The government closed the border with Chad.", "closed", "172"),
        ("Egypt backed the offensive on Tripoli.", "backed", "051"),
        ("The foreign ministry summoned the Iranian ambassador on Monday.", "summoned", "114"),
    ],
)
def test_near_shapes_keep_their_reading(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(code), described([e])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the strike named again after an armed one is that one, from the air when it was
        ("A drone strike killed four men near Mir Ali on Tuesday. Local officials said the strike hit a house.", "195"),
        ("Warplanes bombed the port overnight. The army confirmed the strike on Wednesday.", "195"),
        ("A retaliatory strike followed the rocket fire. Residents said the strike hit a school.", "190"),
        # a work stoppage named since, or one that halts production, stays one
        ("A drone strike killed four men near Mir Ali. Workers at the mill went on strike. The strike halted production.", "143"),
        ("A drone strike killed four men near Mir Ali. The strike by the dock workers' union closed the port.", "143"),
    ],
)
def test_the_strike_named_again_is_the_one_named_before(nlp, coding_context, text: str, code: str) -> None:
    last = text.rsplit(". ", 1)[1]
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == "strike" and last in e["mentions"][0]["sentence"]]
    assert [e["type"]["cameo"] for e in events] == [code], described(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a side's backers told in passing, and forces "allied to" a side
        ("Rebels backed by Kigali seized the town.", "backed"),
        ("The general, who is backed by Cairo and Abu Dhabi, launched the offensive in April.", "backed"),
        ("Fighters allied to the government repelled the attack.", "allied"),
        # time off is no deadline, nor a week given to a defendant
        ("The coach gave the players two days off.", "gave"),
        ("The judge gave him a week to find a lawyer.", "gave"),
        # entering a city is taking it only for an armed force
        ("The president entered the capital to cheers.", "entered"),
    ],
)
def test_no_event_is_coded_on_these_words(nlp, coding_context, text: str, trigger: str) -> None:
    assert not on_trigger(coded(nlp, coding_context, text), trigger), described(coded(nlp, coding_context, text))


def test_forces_entering_a_town_take_it(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Government troops entered the town after heavy fighting."), "entered")
    assert e["type"]["cameo"] == "192", described([e])


@pytest.mark.parametrize(
    "text",
    [
        "At least 42 people were killed and 100 wounded when troops fired on demonstrators.",
        "Nine people were killed when soldiers fired on the crowd.",
    ],
)
def test_a_toll_with_its_shooting_is_one_event(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"][:2] for e in events] == ["18"], described(events)
    assert (events[0].get("source") or {}).get("text") in {"troops", "soldiers"}, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("State television said dozens of soldiers had been killed, but the figures could not be independently confirmed.",
         "killed", "reported_unconfirmed"),
        ("Gunmen executed two men in the market, though the report could not be verified.", "executed", "reported_unconfirmed"),
        ("Gunmen executed two men in the market on Friday.", "executed", "happened"),
    ],
)
def test_a_claim_that_could_not_be_confirmed_is_reported(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == status, described([e])


@pytest.mark.parametrize(
    ("text", "published", "trigger", "country"),
    [
        ("Maduro rejected the demand on Sunday.", "2019-02-03", "rejected", "VEN"),
        ("Jammeh rejected the result of the election.", "2016-12-10", "rejected", "GMB"),
        ("Bashir visited Cairo on Monday.", "2016-12-10", "visited", "SDN"),
        ("Sarraj met the Italian prime minister in Rome.", "2017-02-02", "met", "LBY"),
        ("Pope Francis urged both sides to lay down their weapons.", "2015-06-01", "urged", "VAT"),
    ],
)
def test_leaders_of_the_wire_have_their_country(nlp, coding_context, text, published, trigger, country) -> None:
    e = event_on(coded(nlp, coding_context, text, published=published), trigger)
    assert (e.get("source") or {}).get("country") == country, described([e])


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # an order that names the act ordered is coded by that act (settling rule 13)
        ("The general ordered his troops to pull back from the border.", "pull", "ordered"),
        ("The president ordered the army to seize the airport.", "seize", "ordered"),
        # an order of no codeable act, or of an act of one's own security, stays an order
        ("The mayor ordered residents to evacuate.", "ordered", None),
        ("The ministry ordered all embassies to set up barriers and tighten security.", "ordered", None),
    ],
)
def test_an_order_is_coded_by_the_act_it_names(nlp, coding_context, text: str, kept: str, dropped: str | None) -> None:
    events = coded(nlp, coding_context, text)
    assert on_trigger(events, kept), described(events)
    if dropped:
        assert not on_trigger(events, dropped), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what calls ask for is not done; refused, it is negated
        ("Colombo rejected calls for a ceasefire with the rebels.", "ceasefire", "negated"),
        ("The government turned down calls for an independent inquiry.", "inquiry", "negated"),
        # the verb "call" governs nothing: the attack named happened, and so did the purpose of a done act
        ("The minister called the attack a crime.", "attack", "happened"),
        ("Firefighters were called to the warehouse to investigate a suspected arson.", "investigate", "happened"),
    ],
)
def test_what_calls_ask_for_is_not_done(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == status, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Merkel spoke by phone with Putin on Monday.", "spoke", "041"),
        ("The two presidents talked by telephone on Friday.", "talked", "041"),
        ("Police charged at demonstrators with batons.", "charged", "175"),
    ],
)
def test_calls_and_charges_of_these_shapes(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a ban on another country's goods or flights is an embargo
        ("Moscow extended its ban on food imports from the bloc.", "ban", "163"),
        # an agreement initialled, a crowd pouring into the streets, a treaty killed in a vote
        ("The negotiators initialled the accord in Geneva.", "initialled", "057"),
        ("Tens of thousands of protesters poured into the streets of Sofia.", "poured", "141"),
        ("The Senate killed the bill on Thursday.", "killed", "120"),
    ],
)
def test_more_acts_of_these_registers(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a happening or a thing that "threatens" poses a risk; no side threatens
        ("The violence threatened to wreck the peace agreement.", "threatened"),
        ("The dispute threatens to derail the talks.", "threatens"),
        # a court's hearing on detention holds no one; attackers arriving pay no visit
        ("A detention hearing is scheduled for Friday.", "detention"),
        ("The attackers arrived in pickup trucks and opened fire.", "arrived"),
        # rain pouring into the streets is no crowd
        ("Rain poured into the streets.", "poured"),
    ],
)
def test_no_act_on_these_shapes(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not on_trigger(events, trigger), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Moscow threatened to cut gas supplies to Kiev.", "threatened", "13"),
        ("The government imposed a ban on protests.", "imposed", "172"),
        ("Gunmen killed the mayor on Friday.", "killed", "1823"),
        ("A Japanese delegation arrived in Beijing on Monday.", "arrived", "042"),
    ],
)
def test_near_shapes_of_these_keep_their_reading(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(code), described([e])


@pytest.mark.parametrize(
    ("text", "judged", "name"),
    [
        # the name a speaker gives what is judged is no act of its own (settling rule 18 codes the act judged)
        ('The lawyer called the raid "an act of state terror against a child."', None, "act"),
        ('The president condemned the massacre as "an act of murder."', "massacre", "murder"),
        ("Unionist politicians denounced the arrangement as a surrender to terrorism.", None, "surrender"),
    ],
)
def test_a_name_given_to_what_is_judged_is_no_act(nlp, coding_context, text: str, judged: str | None, name: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not on_trigger(events, name), described(events)
    if judged:
        assert on_trigger(events, judged), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # the strike named after a NATO bombing is the bombing; protesters besieging an embassy obstruct it
        ("Protesters besieged the embassy after the NATO bombing. Clinton said the strike had been an accident.", "strike", "195"),
        ("Chinese protesters besieged the embassy on Saturday.", "besieged", "144"),
        ("Soldiers besieged the rebel town.", "besieged", "191"),
    ],
)
def test_bombings_and_sieges(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert [e["type"]["cameo"] for e in events] == [code], described(events)


def test_someone_flown_somewhere_by_others_makes_no_visit(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Peacekeepers arrested the general on Wednesday and flew him to The Hague.")
    assert not on_trigger(events, "flew") and on_trigger(events, "arrested"), described(events)
    assert on_trigger(coded(nlp, coding_context, "The president flew to Paris on Monday."), "flew")


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # observers or investigators let in are international involvement allowed
        ("The junta agreed to admit an observer mission.", "admit", "086"),
        ("Myanmar refused to admit UN investigators.", "admit", "086"),
        # a state halting its strikes halts armed strikes
        ("Israel halted its strikes on Gaza for the holiday.", "strikes", "19"),
    ],
)
def test_admissions_and_halted_strikes(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(code), described([e])


def test_a_standing_body_that_speaks_holds_no_meeting(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The bishops' conference said the faithful would keep marching.")
    assert not on_trigger(events, "conference"), described(events)
    assert on_trigger(coded(nlp, coding_context, "The leaders held a conference in Geneva."), "conference")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a contest of words, much achieved, a rally where a leader spoke
        ('"We have fought hard and we have won a great deal," the party leader told a news conference.', "fought"),
        ("The finance minister said he had fought a tough battle with the creditors in Brussels.", "fought"),
        ("The prime minister said he had fought a tough battle in Brussels.", "battle"),
        ("The coalition has achieved a great deal for pensioners, she said.", "deal"),
        ("The president, speaking at a rally in Ankara, accused Berlin of meddling.", "rally"),
    ],
)
def test_words_of_war_and_deals_in_politics_are_no_acts(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not on_trigger(events, trigger), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Rebels fought government troops near the town.", "fought", "19"),
        ("The army fought a fierce battle with rebels near the town.", "fought", "19"),
        ("Thousands attended a rally in Ankara against the government.", "rally", "14"),
    ],
)
def test_real_fighting_and_rallies_stay(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(code), described([e])


def test_a_toll_told_with_an_assault_by_irregulars_is_the_assault(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Ten peacekeepers were killed on Sunday when jihadists attacked a United Nations camp.")
    assert [e["type"]["trigger"] for e in events] == ["attacked"], described(events)
    kept = coded(nlp, coding_context, "A man was killed after he attacked a police officer.")
    assert on_trigger(kept, "killed") and on_trigger(kept, "attacked"), described(kept)


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        # a side that says it will not do an act refuses it, beside the act negated
        ("The council has said it will not lift the sanctions until the inspectors report.", "said", "12"),
        ('"We will not negotiate under threat," the prime minister told parliament.', "told", "12"),
        ("Tehran said it would never give up its nuclear programme.", "said", "12"),
    ],
)
def test_a_side_saying_it_will_not_act_refuses(nlp, coding_context, text: str, trigger: str, root: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith(root), described([e])


@pytest.mark.parametrize(
    "text",
    [
        # what others will not do is told, not refused
        "The president said the country will not retreat from the world.",
        "An official said the inspector would not try to visit the sites.",
    ],
)
def test_what_others_will_not_do_is_no_refusal(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"].startswith("12") for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # talks that led to an agreement told in the same clause are held by its sides
        ("The two governments signed an accord on Monday after nine days of negotiations in Oslo.", "negotiations"),
        ("Ankara reached a deal with Athens after 17 hours of talks in Brussels.", "talks"),
    ],
)
def test_talks_that_led_to_an_accord_are_its_sides(nlp, coding_context, text: str, trigger: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"].startswith("04") and (e.get("source") or {}).get("country"), described([e])


def test_a_deal_sealed_is_an_agreement(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The two parties sealed a coalition deal on Wednesday."), "sealed")
    assert e["type"]["cameo"] == "057", described([e])
    assert not on_trigger(coded(nlp, coding_context, "Police sealed the area."), "sealed")


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what was ordered was done, as the gold codes an order's act; an order still to come keeps its future
        ("The prime minister ordered all the detained lawyers to be freed immediately.", "freed", "happened"),
        ("The general ordered his troops to pull back from the border.", "pull", "happened"),
        ("The president will order the army to withdraw.", "withdraw", "future"),
    ],
)
def test_what_was_ordered_was_done(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == status, described([e])
