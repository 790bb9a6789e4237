"""Shapes of labour news, health-policy news and African election news: strikes and protests called off, crowds broken
up, closures and confinement ordered, threats of punishment and of force, online services cut, bombs set off, and
the words of these registers that name no act.

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
        # a side calling off, suspending or ending its own strike, protest or blockade eases dissent
        ("The dockers' union called off its strike on Thursday.", "called", "082"),
        ("Kenyan doctors suspend nationwide strike", "suspend", "082"),
        ("The farmers lifted their blockade of the motorway.", "lifted", "082"),
        ("The union suspended its industrial action for a month.", "suspended", "082"),
        # one dispersal however many means it names, on the dispersal its purpose names
        ("Police fired tear gas and shot into the air to break up the rally.", "break", "175"),
        ("Police fired tear gas and shot into the air at the protesters.", "fired", "175"),
        ("Riot police fired volleys of tear gas at the striking miners.", "fired", "175"),
        # an order of closure or of staying home is the measure ordered
        ("The governor ordered all state schools closed for two weeks.", "ordered", "172"),
        ("The president ordered residents of the capital to stay at home.", "ordered", "172"),
        ("Seoul orders mass testing for all arrivals", "orders", "172"),
        # anyone warned of being treated as a criminal, or of force, is threatened
        ("The police chief warned that anyone joining the march would be treated as a criminal.", "warned", "130"),
        ("The interior minister said the army would not hesitate to use force against looters.", "said", "138"),
        ('"Any attempt to rig the count will be met with the resistance of the people," the spokesman said.', "said", "130"),
        ("The governor said those who break the curfew would face prosecution.", "said", "130"),
        # online services cut, in the passive too
        ("Internet access was cut off across the country on polling day.", "cut", "172"),
        ("Twitter was blocked in the capital on Sunday.", "blocked", "172"),
        ("The minister ordered operators to cut all communications on polling day.", "cut", "172"),
        # the order to block a service is coded by the block (settling rule 13)
        ("The regulator ordered operators to block WhatsApp on election day.", "block", "172"),
        # bombs set off or planted are the attack, with their toll
        ("Insurgents set off three car bombs in Baghdad, killing at least 20 people.", "car bombs", "1832"),
        ("Rebels planted a roadside bomb near the barracks, wounding six soldiers.", "roadside bomb", "183"),
        # an assault by ground forces is armed
        ("Army tanks gathered outside the city ahead of a ground assault.", "ground assault", "190"),
        # a standoff with gunmen stays an armed one
        ("Gunmen held 12 people inside the bank. The standoff ended after nine hours.", "standoff", "190"),
        # a blockade by strikers or farmers obstructs, no armed blockade
        ("Farmers at the port continued a blockade now in its ninth day.", "blockade", "144"),
        # troops sent or ordered to a country to fight an epidemic are aid
        ("The president will order 2,000 military personnel to Guinea to help contain the Ebola outbreak.", "order", "073"),
    ],
)
def test_the_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # an air campaign suspended de-escalates; a state's blockade is no dissent
        ("NATO suspended air strikes on the city.", "suspended", "087"),
        # a strike that is not ended stays a strike
        ("The nurses said they would not end their strike.", "strike", "143"),
        # an order to troops stays a demand; a curfew imposed stays a curfew
        ("The general ordered the troops to stay in their barracks.", "ordered", "100"),
        ("The government imposed a curfew on the city.", "imposed", "1723"),
        # the armed forces raising their alert ready themselves
        ("The army raised its alert level along the border.", "raised", "151"),
        # rebels storming a town and taking hostages fight
        ("Rebels stormed the town and took 20 hostages.", "stormed", "190"),
        # a president going somewhere to meet another visits
        ("The president went to Paris to meet Macron.", "went", "042"),
        # troops pulling out of a town retreat
        ("The troops pulled out of the town.", "pulled", "0874"),
        # people picked up for questioning with no arrest verb coded are questioned
        ("The men were picked up for questioning on Friday.", "questioning", "091"),
        # a visit called off is a visit that did not happen
        ("The chancellor cancelled a visit to Beijing.", "visit", "042"),
        # a state's blockade stays armed; a government shutting a paper during a strike restricts
        ("Israel continued its blockade of Gaza.", "blockade", "191"),
        ("The government shut down the newspaper during the strike.", "shut", "172"),
        # troops sent to fight rebels are deployed; an army's coup stays one
        ("Russia sent troops to Syria to fight the rebels.", "sent", "154"),
        ("The army staged a coup on Tuesday.", "coup", "190"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the means are the one dispersal their purpose names
        ("Police fired tear gas and shot into the air to break up the rally.", "shot"),
        ("Police fired tear gas and shot into the air to break up the rally.", "fired"),
        # the casualty of a bomb set off is its toll
        ("Insurgents set off three car bombs in Baghdad, killing at least 20 people.", "killing"),
        # the capture's parts spelled out are that capture
        ("Government forces seized the town, taking over the police station and the bridge.", "taking"),
        # a danger named, a political deadlock, a private trip
        ("The regulator suspended the broadcaster, citing threats to national security.", "threats"),
        ("The mediator flew to Abidjan to help end the political standoff.", "standoff"),
        ("The two reporters were abducted on their way back from a reporting trip to Idlib.", "trip"),
        # the steps of an arrest, and forces going somewhere to arrest, are the arrest's
        ("Police stormed the activist's flat before dawn and arrested him.", "stormed"),
        ("Soldiers went to the village to arrest the suspects.", "went"),
        # a car pulling out, help called in, a trip cancelled, a town's resolve
        ("The judge was shot as he pulled out of his driveway.", "pulled"),
        ("The patrol called in an air strike on the house.", "called"),
        ("The chancellor cancelled a visit to Beijing.", "cancelled"),
        ("The town will not be intimidated by the attack, the mayor said.", "intimidated"),
        # people coming home give nothing back; a health alert readies no forces; what a protest is against
        ("Workers returning from the Gulf will be tested at the airport.", "returning"),
        ("The health agency declared a pandemic and raised its alert to the top level.", "raised"),
        ("Police detained 90 people as curfew protests turned violent.", "curfew"),
        # a yearly figure of extraditions, and a record over years, sum many acts
        ("Colombia has extradited more than 1,500 people to the United States since 2002.", "extradited"),
        ("Mexico extradited a record 58 people to the United States last year.", "extradited"),
        # a doctor saying patients will be treated threatens no one
        ("The doctor said any patient with a fever would be treated at home.", "said"),
        # what a strike shuts is its effect; a plan forced through demolishes nothing
        ("The metro was shut down on Monday after three unions staged a walkout.", "shut"),
        ("The strike forced the closure of two refineries.", "closure"),
        ("The ministry tried to bulldoze through the reforms.", "bulldoze"),
        # another side's strike ended by a deal is no dissent eased
        ("The mine owners made a new wage offer, seeking to end the strike.", "end"),
        # a measure named a coup seizes no power
        ("The annulment is a coup against the voters, the party said.", "coup"),
        # a suspect flown under guard makes no visit
        ("The kingpin was flown from Lima to Miami aboard a government aircraft under heavy guard.", "flown"),
    ],
)
def test_no_event_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one extradition on a day is an act
        ("Mexico extradited the cartel leader to the United States on Friday.", "extradited"),
        # rebels returning workers they held give them back
        ("The rebels returned the kidnapped workers.", "returned"),
    ],
)
def test_the_act_is_still_coded(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e for e in events if word in e["type"]["trigger"]], described(events)
