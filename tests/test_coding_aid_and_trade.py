"""Shapes of humanitarian and aid-agency news, the trade-dispute wire and conflict news from Africa and the Gulf:
relief carried and let in, sums given, aid agencies expelled, forces ordered somewhere, trade rulings and takeovers,
killings told with the attack they happened in, and names and regions the coder misread.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, described, event_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # relief carried to those in need: goods, medics, or a team of rescue or relief
        ("Japan sent a 40-member search and rescue team to Turkey on Tuesday.", "sent", "073"),
        ("The World Food Programme began airlifting high-energy biscuits to the camps.", "airlifting", "073"),
        ("UNICEF said it was shipping two million doses of measles vaccine to Chad.", "shipping", "073"),
        ("Canada will ship 20,000 tonnes of food aid to Ethiopia next month.", "ship", "073"),
        ("Army helicopters have been flying water and food to cut-off villages.", "flying", "073"),
        # a sum of money given or contributed is economic aid, to the one it went to
        ("Norway has contributed some 80 million dollars to the relief effort since May.", "contributed", "071"),
        ("Sweden said it would give 15 million euros to Malawi.", "give", "071"),
        ("The bank said it would provide 50 million dollars to Liberia.", "provide", "071"),
        # places of relief set up
        ("Charities have set up relief camps along the river.", "set", "073"),
        ("The WHO was setting up cholera treatment centres in the port city.", "setting", "073"),
        # a debt forgiven is aid
        ("Brazil agreed to forgive Bolivia's debt.", "forgive", "071"),
        # aid agencies or their workers expelled, ordered out or banned
        ("Khartoum expelled ten international aid agencies from Darfur.", "expelled", "1663"),
        ("The junta ordered all foreign relief organisations out of the country.", "ordered", "1663"),
        ("The militants banned 12 aid agencies from the areas they hold.", "banned", "1663"),
        # relief let in, or stopped on its way
        ("The military allowed a second UN relief flight to land at the airport.", "allowed", "0863"),
        ("Israel allowed 60 trucks of aid into Gaza on Sunday.", "allowed", "0863"),
        ("Soldiers turned back the aid convoy at a checkpoint.", "turned", "191"),
        ("Government troops blocked a UN food convoy near El Fasher.", "blocked", "191"),
        # forces ordered to a place are deployed there
        ("The alliance ordered 800 more troops to Kosovo on Friday.", "ordered", "154"),
        # a trade court rules, against a side
        ("A WTO panel ruled against the European Union in the banana dispute.", "ruled", "116"),
        # property a state takes, a bid it blocks
        ("Venezuela nationalises its largest steel maker", "nationalises", "1711"),
        ("The government plans to expropriate the oil company's majority stake.", "expropriate", "1711"),
        ("The president blocked Broadcom's bid for the chip maker on Monday.", "blocked", "120"),
        # energy cut off to another side
        ("Moscow cut off gas to Minsk on Tuesday.", "cut", "163"),
        # a trade court's finding; a state hitting back with trade measures; exports blocked
        ("A WTO dispute panel has found that the sugar subsidies break trade rules.", "found", "116"),
        ("Beijing hits back with tariffs on American cars", "hits", "163"),
        ("Moscow retaliated with a ban on Polish fruit imports.", "retaliated", "163"),
        ("China has blocked exports of rare earths to Japan, traders said.", "blocked", "163"),
        # a stronghold captured; soldiers mutinying; assailants neutralised
        ("The army said it had captured the rebels' last stronghold in the forest.", "captured", "192"),
        ("Soldiers mutinied at a barracks outside the capital on Wednesday.", "mutinied", "190"),
        ("Several dozen of the attackers were neutralised, the ministry said.", "neutralised", "190"),
        # a plea for aid, no lawsuit
        ("The United Nations launched a flash appeal for 300 million dollars for Nepal.", "appeal", "023"),
        # arms supplied, named by a noun
        ("Tehran's supply of rockets to the militia was an act of aggression, the minister said.", "supply", "072"),
        # a killing done with a machete is a killing, no cyber attack
        ("Militiamen hack 30 villagers to death in eastern Congo", "hack", "1823"),
        # a deadly strike is an armed one, whoever it killed
        ("The deadly strike near Saada killed 12 aid workers.", "strike", "190"),
        # troops promised to another are protection offered, no threat
        ("African Union leaders have promised to send 5,000 troops to Somalia.", "promised", "0334"),
    ],
)
def test_the_aid_and_trade_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # troops sent to a border show force; a president flies somewhere on a visit; a team sent to recover remains
        # brings no relief
        ("Russia sent troops to the border.", "sent", "154"),
        ("The president flew to Paris on Monday.", "flew", "042"),
        # journalists expelled are sent away; protesters block a road; a threat to deploy stays a threat
        ("The government expelled two foreign journalists.", "expelled", "174"),
        ("Protesters blocked the road to the airport.", "blocked", "144"),
        ("Russia threatened to deploy missiles to Kaliningrad.", "threatened", "138"),
        # a strike by dock workers stops work; a website hacked is a cyber attack; an appeal to a court is legal
        ("The strike by dock workers shut the port.", "strike", "143"),
        ("Hackers hacked the ministry's website on Sunday.", "hacked", "176"),
        ("The company lost its appeal to the Supreme Court.", "appeal", "115"),
        # what investigators find is no ruling; a boxer hitting with a stick hits
        ("Investigators found that the driver had been drinking.", "found", None),
        ("The man hit the guard with a stick.", "hit", "182"),
        # checkpoints set up are a security measure, no relief; grain or drugs shipped or flown are trade or smuggling;
        # a search team sent by police brings no relief
        ("Police set up checkpoints around the city.", "set", None),
        ("Argentina shipped three million tonnes of grain to China last year.", "shipped", None),
        ("The cartel flew cocaine into Spain from Venezuela.", "flew", None),
        ("Police sent a search team to the suspect's flat.", "sent", None),
        # a president flown to a camp visits it; supplies blocked to another state are an embargo
        ("The president flew to a relief camp in Sindh on Monday.", "flew", "042"),
        # a firm's or an economy's money given is no aid; a firm's bad loans written off are none
        ("The company will provide 5 billion dollars to shareholders this year.", "provide", None),
        ("Tourism contributed 3 billion dollars to the national economy.", "contributed", None),
        ("The bank wrote off bad loans worth 2 billion dollars.", "wrote", None),
        # doctors allowed to prescribe a drug are let into nothing; medical staff banned from jewellery are no aid agency
        ("The government allowed doctors to prescribe cannabis.", "allowed", None),
        ("The hospital banned medical staff from wearing rings.", "banned", "172"),
        # a footballer hit with a ban is suspended, no trade measure; a firm's leading position is no ground taken
        ("The striker was hit with a three-match ban.", "hit", None),
        ("The company captured a leading position in the cloud market.", "captured", None),
        # police reinforcements ordered to a riot stay an order; a deployment promised to a border threatens
        ("Russia pledged to deploy more troops along the Ukrainian border.", "pledged", "138"),
        # a court rules; a guest greeted is received; a mistake admitted is admitted; an offensive pressed is fought
        ("The court ruled against the city on Monday.", "ruled", "116"),
        ("The president greeted the visiting prime minister at the airport.", "greeted", "043"),
        ("The minister admitted the mistake.", "admitted", "015"),
        ("The army pressed ahead with the offensive.", "offensive", "190"),
        # a demand that others act stays a demand
        ("The rebels insisted that the troops must withdraw.", "insisted", "100"),
        # a killing told without a battle stays the killing
        ("Army troops killed 12 militants near the border.", "killed", "190"),
        # killings told as of Monday stay
        ("Gunmen have killed 20 people since Monday in the town.", "killed", "1823"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code) -> None:
    events = coded(nlp, coding_context, text)
    if code is None:
        assert not [e for e in events if trigger in e["type"]["trigger"]], described(events)
        return
    e = event_on(events, trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    "text",
    [
        # a toll kept over years is a record of a campaign, no one happening
        "The insurgents have killed more than 30,000 people and forced two million from their homes since 2011.",
        # an assertion of what can be done demands nothing; a plan carried on demands nothing of anyone
        "The officials insisted that the army's own engineers could rebuild the bridges.",
        "The government pressed ahead on Sunday with a vote on the new charter.",
        # a promise greeted, patients admitted
        "The charities greeted the announcement cautiously.",
        "Doctors admitted more than 300 wounded children in the past week.",
    ],
)
def test_no_act_of_that_kind(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] not in {"01"}], described(events)


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # a verb inside a group's name is no act of the group's (the blame stays)
        ("Officials blamed the Group to Support Islam and Muslims for the ambush.", "Support", "blamed"),
        ("Officials blamed the Movement to Defend the Homeland, a coalition of militias.", "Defend", "blamed"),
        ("Officials suspect the Front for Support of the Republic, an alliance of militias.", "Support", None),
        # a headline in capitals keeps its verbs
        ("Obama Moves to Support Syrian Rebels", "Support", "Support"),
    ],
)
def test_a_verb_in_a_name(nlp, coding_context, text: str, word: str, kept) -> None:
    events = coded(nlp, coding_context, text)
    triggers = [e["type"]["trigger"] for e in events]
    assert (word in triggers) == (kept == word) and (kept is None or kept in triggers), described(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side that killed in an attack, an assault or a strike: one happening, the attack, with that side
        ("Islamist fighters killed 40 soldiers in an assault on an army base on Sunday.", [("190", "assault")]),
        ("Jihadists kill 15 soldiers in attack on army post", [("190", "attack")]),
        ("The US military said it had killed 30 militants in an air strike near Jilib.", [("195", "air strike")]),
        # a deployment said to come is told by itself: no threat by the say-verb
        ("Kenya said it would send 1,000 soldiers to Somalia.", [("154", "send")]),
    ],
)
def test_one_happening_is_one_event(nlp, coding_context, text: str, expected: list[tuple[str, str]]) -> None:
    events = coded(nlp, coding_context, text)
    assert code_triggers(events) == expected, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the killers are the attack's side
        ("Islamist fighters killed 40 soldiers in an assault on an army base on Sunday.", "assault", "fighters"),
        ("Gunmen killed nine farmers in a raid on a village in Zamfara.", "raid", "Gunmen"),
    ],
)
def test_the_attack_is_the_killers(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert source in ((e.get("source") or {}).get("text") or ""), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the one given to is the target, also when the to-phrase hangs on what the sum is given as
        ("Germany gave 100 million euros in loans to Greece.", "gave", "GRC"),
        ("Japan sent a 40-member search and rescue team to Turkey on Tuesday.", "sent", "TUR"),
        ("A WTO panel ruled against the European Union in the banana dispute.", "ruled", "IGO"),
    ],
)
def test_the_one_given_to_or_ruled_against_is_the_target(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("target") or {}).get("country") == target, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # states of a region taken together are of no one country (nor the Gulf province of Papua New Guinea)
        ("Three Gulf states cut ties with Qatar on Monday.", "cut", None),
        ("Gulf Arab states condemned the attack on the embassy in Doha.", "condemned", None),
        # the Yemeni president's spellings
        ("The government of President Abd-Rabbu Mansour Hadi condemned the raid.", "condemned", "YEM"),
    ],
)
def test_the_source_country(nlp, coding_context, text: str, trigger: str, country) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == country, described([e])
