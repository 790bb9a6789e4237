"""Shapes of the Iraq and Syria war wire, the Latin American drug war wire and migration news from Europe: strikes
flown by armed forces, people seized, ground captured, a blast's damage, states of siege, prisoners flown and
migrants moving, migrants sent back or taken in, and health measures judged.

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
        # strikes an air force, a coalition or an army makes are armed ones, however they are carried out
        ("Coalition jets carried out 18 strikes near Mosul on Sunday.", "strikes", "195"),
        ("The coalition conducted nine strikes around Raqqa on Tuesday.", "strikes", "190"),
        # people seized by gunmen are abducted; ground an armed side had captured is taken, in a relative clause too
        ("Masked gunmen seized four Pakistani engineers near the dam.", "seized", "181"),
        ("The militia pulled back from the villages it had captured in March.", "captured", "192"),
        # a state of siege is a state of emergency
        ("Honduras declared a state of siege in two northern provinces.", "declared", "1724"),
        ("The congress extended the state of siege for another month.", "extended", "1724"),
        # escaped inmates caught again are held; heads cut off are killings
        ("Troops recaptured 14 of the prisoners who broke out of the jail.", "recaptured", "173"),
        ("Cartel gunmen decapitated three rival traffickers.", "decapitated", "1823"),
        # migrants sent, pushed or turned back, or returned to where they came from, are expelled
        ("Malta sent back 150 migrants to Libya on Friday.", "sent", "174"),
        ("Croatian police pushed the migrants back into Bosnia.", "pushed", "174"),
        ("Greece returned 120 asylum seekers to Turkey on Monday.", "returned", "174"),
        ("The navy turned back two boats carrying migrants.", "turned", "174"),
        # refugees taken in or resettled are given refuge; border controls brought back or checks tightened restrict
        ("Portugal will take in 300 migrants from the ship.", "take", "075"),
        ("Australia will resettle 12,000 Syrian refugees this year.", "resettle", "075"),
        ("Sweden reintroduced border controls on its bridge to Denmark.", "reintroduced", "172"),
        ("Belgium tightened checks at its border with France.", "tightened", "172"),
        # a measure judged with a damning name is criticised
        ("Seoul called the import ban an overreaction.", "called", "111"),
        ("Ottawa called the tariffs a breach of the trade pact.", "called", "111"),
        # relief a side received from a state is that state's aid
        ("Peru received two million vaccine doses from Spain on Friday.", "received", "073"),
        # forces ordered to cease fire declare a truce, the order's; ground seized is taken
        ("The president ordered his troops to cease fire at dawn.", "cease", "0871"),
        ("The rebels are trying to seize more territory in the east.", "seize", "192"),
        # a warning of one's own strikes threatens force, of stepping in threatens; a nuclear test shows force
        ("Pyongyang warned that it could launch nuclear strikes on Seoul.", "warned", "138"),
        ("The general warned that the army would not hesitate to step in.", "warned", "130"),
        ("North Korea said it had successfully detonated a nuclear device.", "detonated", "150"),
        ("The nuclear blast triggered a small earthquake.", "blast", "150"),
        # the blast of a nuclear test told again is that test
        ("The North said it had conducted its fifth nuclear test. The blast set off a tremor of magnitude 5.3.", "blast", "150"),
        # walking out of a summit halts talks; staff pulled out of a joint zone cut ties
        ("The president walked out of the summit in Hanoi.", "walked", "164"),
        ("Seoul began pulling out its staff from the industrial park.", "pulling", "160"),
        # an army's takeover is a coup
        ("The regional bloc condemned the military takeover.", "military takeover", "190"),
        ("The junta announced its seizure of power on state radio.", "seizure", "190"),
        # revenge vowed, or a side vowed to pay dearly, threatens
        ("Hamas vowed that Israel would pay dearly for the raid.", "vowed", "130"),
        ("The militia vowed revenge for the killings.", "vowed", "130"),
        # a strike after jets were named is theirs, whatever workers the text names
        ("Israeli jets pounded Gaza overnight, and three farm workers were hurt. Five people died in one of the strikes.",
         "strikes", "195"),
        # prisoners pardoned are released; towns captured in a relative with no pronoun are taken
        ("The president pardoned the two jailed reporters on Friday.", "pardoned", "0841"),
        ("Israel captured the areas in 1967, which the Palestinians claim for a state.", "captured", "192"),
        # days of fighting that killed people are that fighting, one happening
        ("Three days of fighting killed 40 people in the north.", "fighting", "190"),
        # a service blocked by name, and schools ordered to close, are measures
        ("The president signed a decree ordering providers to block access to VKontakte.", "block", "172"),
        ("The government ordered schools and universities to close until Monday.", "ordered", "172"),
        # people taken hostage are abducted; one burned alive is killed; survivors pulled from the sea are rescued
        ("Three Red Cross nurses were taken hostage near the border.", "taken", "181"),
        ("The captured soldier was burned alive by the militants.", "burned", "1823"),
        ("Coast guards pulled 40 survivors from the sea.", "pulled", "073"),
    ],
)
def test_the_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a labour strike staged stays a strike; an armed one suspended is de-escalation
        ("Nurses staged a strike over staffing.", "strike", "143"),
        ("NATO suspended air strikes on the city.", "suspended", "087"),
        # goods seized stay property seized; a town seized stays taken
        ("Customs officers seized three tonnes of cocaine.", "seized", "171"),
        ("The army seized the border town.", "seized", "192"),
        # a siege laid to a town stays a siege
        ("The army laid siege to the rebel town.", "siege", "191"),
        # a town recaptured stays taken
        ("The army recaptured the town of Tal Afar.", "recaptured", "192"),
        # an envoy flown somewhere still visits; a delegation arriving visits
        ("The envoy was flown to Tehran for talks.", "flown", "042"),
        ("The Iraqi delegation arrived in Vienna.", "arrived", "042"),
        # a person given back to family is released
        ("The girl was returned to her mother.", "returned", "0841"),
        # soldiers setting fire to a village destroy property
        ("Soldiers set fire to the market.", "set", "1712"),
        # a leader hosted is a visit hosted
        ("Beijing hosted the Pakistani president on Monday.", "hosted", "043"),
        # suspects charged stay charged; a minister raising fears comments
        ("Police charged the two men with murder.", "charged", "173"),
        ("The foreign minister raised fears of a wider war.", "raised", "012"),
        # a bomb blast that kills is a bombing
        ("A car bomb blast killed 12 people in Kabul.", "blast", "1832"),
        # a warning of what may happen is a comment; teachers walking out strike; a vow to rebuild is an intent
        ("The minister warned that prices could rise.", "warned", "012"),
        ("The teachers walked out of their classrooms.", "walked", "143"),
        ("The president vowed to rebuild the city.", "vowed", "030"),
        # a state arming rebels supplies arms; police shooting into the air warn a crowd; an order to troops demands
        ("Russia armed the separatists.", "armed", "072"),
        ("Police shot into the air to scatter the crowd.", "shot", "175"),
        ("The general ordered the troops to close ranks.", "ordered", "100"),
        # a claim denied stays a denial
        ("The ministry denied the allegations.", "denied", "016"),
        # houses burned are property destroyed
        ("Soldiers burned 40 houses in the village.", "burned", "1712"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a blast's damage is the blast's toll, one happening
        ("The explosion set fire to a row of shops.", "set"),
        # a state of siege is no siege laid
        ("Honduras declared a state of siege in two northern provinces.", "siege"),
        # prisoners flown to trial and refugees arriving make no visit
        ("The cartel leader was flown from Bogota to Houston to stand trial.", "flown"),
        ("Afghan refugees arrived at Munich airport on a charter flight.", "arrived"),
        ("The arrival of 5,000 migrants overwhelmed the island.", "arrival"),
        # vaccines ordered are a purchase, no demand; a games hosted is no visit
        ("The bloc has ordered 200 million doses of the vaccine.", "ordered"),
        ("Qatar hosted the World Cup in 2022.", "hosted"),
        # aid groups are who they are, no aid given
        ("Aid groups condemned the closure of the crossing.", "Aid"),
        # a year's toll of hundreds sums many happenings
        ("Police in the state killed 900 people last year, official figures show.", "killed"),
        # a standing campaign against an armed group, or a fight against an ill, is told as background
        ("The militia, which is backed by Washington in its fight against Islamic State, took the base.", "fight"),
        ("The minister pledged to step up the fight against people smugglers.", "fight"),
        # a building not yet lived in was taken by no one
        ("The new shelter had not yet been occupied when it burned.", "occupied"),
        # phones charged, a fleet hosted, fears raised by shelling
        ("The refugees charged their phones at the station.", "charged"),
        ("The port hosts the Russian Black Sea Fleet.", "hosts"),
        ("The shelling went on through the night, raising fears of a wider war.", "raising"),
        # a firm's takeover is business; a standing flow of aid is no one act; people kept in jail are described
        ("The board rejected the takeover bid.", "takeover"),
        ("Egypt receives about $1.3 billion a year in US military assistance.", "assistance"),
        ("Palestinians held in Israeli jails began a hunger strike.", "held"),
        # how men were armed, a resignation or a cabinet announced, a decree signed, a wish
        ("Dozens of men, some armed with automatic rifles, broke into the building.", "armed"),
        ("The president announced his resignation shortly before midnight.", "announced"),
        ("The new cabinet was announced on Monday.", "announced"),
        ("The president signed a decree ordering providers to block access to VKontakte.", "signed"),
        ("Israel captured the areas in 1967, which the Palestinians want for a future state.", "want"),
        # the toll of days of fighting is the fighting's
        ("Three days of fighting killed 40 people in the north.", "killed"),
        # an economy held hostage is a figure
        ("The strikers are holding the economy hostage, the minister said.", "holding"),
    ],
)
def test_no_event_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a toll on one night of a year is one happening
        ("Gunmen killed 200 villagers in 2014 in a single night.", "killed"),
        # an armed side's damage stays its act
        ("Rebels destroyed the bridge.", "destroyed"),
        # aid given in a year, and suspects held since a day, are acts
        ("The US gave Egypt $1.3 billion in military aid last year.", "gave"),
        ("The suspects held since Monday were charged.", "held"),
    ],
)
def test_the_act_is_still_coded(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "country"),
    [
        # the giver of relief received is the source, the receiver the target
        ("Peru received two million vaccine doses from Spain on Friday.", "received", "source", "ESP"),
        ("Peru received two million vaccine doses from Spain on Friday.", "received", "target", "PER"),
        # the pope is the Holy See's; Egypt's Coptic pope is Egypt's
        ("The Pope condemned the attack on the church.", "condemned", "source", "VAT"),
        ("Pope Tawadros II condemned the bombing of the cathedral.", "condemned", "source", "EGY"),
        # the Niger Delta is Nigeria's, not Niger's
        ("Militants in the Niger Delta blew up an oil pipeline.", "blew", "source", "NGA"),
        # a state's envoy to the United Nations is the state's; the UN's own envoy is the UN's
        ("Syria's U.N. ambassador accused Israel of violating the truce.", "accused", "source", "SYR"),
        ("Iran's UN envoy rejected the inspectors' report.", "rejected", "source", "IRN"),
        ("The UN envoy for Syria met the rebel delegation.", "met", "source", "UNO"),
        # the act an order names is the one who ordered it when those told are named by no country
        ("President Poroshenko ordered his forces to cease fire at midnight.", "cease", "source", "UKR"),
    ],
)
def test_the_side_s_country(nlp, coding_context, text: str, trigger: str, role: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get(role) or {}).get("country") == country, described([e])


@pytest.mark.parametrize(
    "text",
    [
        # a common noun opening a sentence is no town of that name ("Bus" is a Georgian town's homonym)
        "Bus drivers walked out on Monday over unpaid wages.",
        "Train drivers walked out on Monday over pay.",
    ],
)
def test_a_sentence_s_first_noun_is_no_place(nlp, coding_context, text: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "walked")
    assert (e.get("source") or {}).get("country") is None, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a siege lifted by troops eases a blockade (0872), no state of emergency; entry, bail or a visa denied keep
        # their reading
        ("Serb forces lifted the siege of the town.", "lifted", "0872"),
        ("Israel denied entry to two American lawmakers.", "denied", "120"),
        # a minister flown to talks on an extradition treaty still visits
        ("The prime minister was flown to Berlin for talks on the extradition treaty.", "flown", "042"),
        # a present-tense headline whose year is another noun's stays an act
        ("Rebels seize oil field that produces 100,000 barrels a year", "seize", "171"),
        # a government seizing land from farmers confiscates it
        ("The government seized land from white farmers.", "seized", "171"),
        # lawmakers walking out of a session protest; a firm pulling out its workers withdraws
        ("Opposition lawmakers walked out of the parliamentary session in protest.", "walked", "143"),
        # strikers defying a court's order defy it (the cal gold codes "defy" 128)
        ("Teachers stayed out for a fifth week, defying an order by the labour court to return to work.", "defying", "128"),
        # a president's pardon of a predecessor forgives
        ("President Ford pardoned Richard Nixon in 1974.", "pardoned", "056"),
        # the atomic bombing of a city kills
        ("The 1945 nuclear blast over Hiroshima killed 140,000 people.", "blast", "183"),
        # a massacre in a named town in a year stays a killing
        ("Boko Haram killed more than 300 people in Gamboru Ngala in 2014.", "killed", "1823"),
        # a battle fought near a town stays a battle
        ("The army lost four men in its battle against the rebels near Goma.", "battle", "190"),
        # a committee raising concerns comments
        ("The committee raised concerns about the plan.", "raised", "012"),
        # the UN's migration agency bringing migrants home on a voluntary flight returns them
        ("The IOM returned 150 Nigerian migrants home on a voluntary repatriation flight.", "returned", "084"),
    ],
)
def test_narrower_readings_keep_other_senses(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # resistance to a plan, an accident's dead, a boat turned back by fishermen, a ship lost at sea
        ("The plan faced fierce pushback from Republican senators.", "pushback"),
        ("Six people were burned alive when a fuel tanker overturned.", "burned"),
        ("The fishermen turned back their boat because of the storm.", "turned"),
        # a rebel advance halted, a campaign rally cancelled: no dissent eased (a state's or rebels' blockade lifted
        # eases a blockade, 0872: tests/test_coding_cold_war_wire.py)
        ("Rebels halted their march on the capital.", "halted"),
        # a central bank stepping in, a union's strike warned of, a kind answer, problems dealt with
        ("The central bank said it would not hesitate to step in to support the currency.", "said"),
        ("The union warned that it could launch strikes next month.", "warned"),
        ("The minister said any request from the families would be met with a positive response.", "said"),
        # control of a town, a firm's spending checks: no border measure
        ("Rebels tightened their control of the eastern town.", "tightened"),
        ("The company tightened its controls on spending.", "tightened"),
        # a firm's staff pulled out; a doctor's or an owner's order; a response to a flood vowed
        ("The company pulled out its foreign workers from Libya.", "pulled"),
        ("Her doctor ordered her to stay at home.", "ordered"),
        ("The governor vowed a swift response to the flooding.", "vowed"),
        # a gas explosion at a mine in a story of a nuclear test is no test
        ("North Korea said it had carried out a nuclear test. Separately, a gas explosion at a coal mine trapped 20 workers.",
         "explosion"),
        # lines cut by an earthquake, a drone maker's strike
        ("Communications were cut off across the region after the earthquake.", "cut"),
        ("Engineers at the drone maker stopped work on Monday. The strike is expected to last a week.", "strike"),
    ],
)
def test_no_event_of_the_narrowed_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"] and e["type"]["cameo"][:2] in _NARROWED_ROOTS.get(word, {
        e["type"]["cameo"][:2]})], described(events)


# the roots a narrowed rule gave that a word must not get back (any root when unlisted)
_NARROWED_ROOTS = {"halted": {"08"}, "lifted": {"08"}, "said": {"13"}, "warned": {"13"}, "pulled": {"16"}, "ordered": {"17"},
                   "vowed": {"13"}, "explosion": {"15"}, "strike": {"19"}, "turned": {"17"}}
