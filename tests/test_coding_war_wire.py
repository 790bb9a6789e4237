"""Shapes of the war wire: bombs dropped from aircraft, the dead of a war, sieges of hostages, towns that fall or are
taken, armed assaults with no side named, missile launches of a weapons programme, treaties approved, a side's own
arms destroyed, captives rescued by force and aircraft shot down.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a craft that bombs is armed, whoever owns it: its bombs fall from the air (195), no bomb set (183)
        ("Two aircraft bombed the market at dawn, witnesses said.", "bombed", "195"),
        ("Unmarked jets bombed a convoy near the border.", "bombed", "195"),
        ("Witnesses said Antonov planes and helicopter gunships had bombed their village.", "bombed", "195"),
        # a bombing by an alliance or an air force, or a campaign or raid of bombs named with one
        ("The allied bombing of the capital entered its third week.", "bombing", "195"),
        ("NATO's bombing campaign against the Serbs resumed on Monday.", "bombing", "195"),
        # the dead of a war, a siege or an air campaign are killed by armed force (19)
        ("More than 60,000 people have been killed in the conflict.", "killed", "190"),
        ("About 200 villagers were killed in the government's air campaign.", "killed", "190"),
        ("Thousands of soldiers have been killed during the insurgency.", "killed", "190"),
        # a siege of hostages in a building is a hostage-taking (181), not a town besieged
        ("The school siege ended after three days. Most of the hostages were children, and all the hostages were freed.", "siege", "181"),
        ("A hostage siege at the hotel ended with 20 dead.", "siege", "181"),
        ("Gunmen seized 40 hostages at a bank. The hostages were freed on Sunday. The siege lasted 30 hours.", "siege", "181"),
        # a town that falls to an armed side is taken (192), and so is one whose fall is told in a report of war
        ("The city fell to government troops on Friday.", "fell", "192"),
        ("Herat fell to the Taliban in August after weeks of fighting between rebels and the army.", "fell", "192"),
        ("The northern city of Kunduz fell to Taliban fighters on Sunday, the first provincial capital to be taken since 2015.", "fell", "192"),
        ("The fall of Kabul to Taliban fighters triggered a chaotic evacuation.", "fall", "192"),
        ("Residents celebrated the fall of the town.", "fall", "192"),
        ("Aid workers returned a week after the fall of Kabul, as rebel troops shelled the army's last positions.", "fall", "192"),
        # a town captured whose name the tagger reads as a person's, and a named height or pass taken
        ("Government troops captured Kilinochchi on Friday.", "captured", "192"),
        ("Croatian troops captured Knin, the stronghold of rebel Serbs, on Saturday.", "captured", "192"),
        ("The commandos recaptured Monkey Hill after a night battle.", "recaptured", "192"),
        # an assault of arms with no side named is fighting (190), not an assault on a person (182)
        ("The infantry assault began at dawn.", "assault", "190"),
        ("The assault on the town began at dawn.", "assault", "190"),
        # a missile launched at no one in a text of a missile programme is a show of force (150)
        ("North Korea launched an intercontinental ballistic missile into the sea in its third test this year.", "launched", "150"),
        ("North Korea launched a ballistic missile over Japan on Tuesday, its first test in a year. Seoul called the launch a "
         "grave provocation.", "launch", "150"),
        # a treaty approved or voted for is ratified (057)
        ("The Senate approved the treaty on Tuesday.", "approved", "057"),
        # a side's own arms or stockpile destroyed is disarmament (0873)
        ("Damascus must destroy its chemical weapons by mid-year.", "destroy", "0873"),
        ("The army destroyed its stockpile of anti-personnel mines.", "destroyed", "0873"),
        ("The rebels destroyed their weapons in front of the monitors.", "destroyed", "0873"),
        # captives rescued by an armed force are freed (0841), not given relief
        ("Navy commandos rescued the crew of the hijacked tanker.", "rescued", "0841"),
        ("French commandos rescued the hostages on Friday.", "rescued", "0841"),
        ("Police rescued two hostages from a bank in Stockholm.", "rescued", "0841"),
        # warplanes shot down are downed by armed force (190), no one assaulted
        ("NATO jets shot down two warplanes over the no-fly zone.", "shot", "190"),
    ],
)
def test_the_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Insurgents bombed a police station.", "bombed", "183"),
        ("The IRA's bombing campaign in England ended in 1997.", "bombing", "183"),
        ("The siege of the city lasted four years.", "siege", "191"),
        ("Police recaptured two escaped inmates.", "recaptured", "173"),
        ("He was jailed for an assault on a woman in a bar.", "assault", "182"),
        ("Hamas launched rockets at Israel a day after the missile test.", "launched", "190"),
        ("Iran launched missiles at U.S. bases in Iraq, a week after its ballistic missile test.", "launched", "190"),
        ("Jets destroyed rebel weapons depots.", "destroyed", "1712"),
        # the dead of a fight told by its noun are that fight's toll, coded on the noun
        ("Four peacekeepers were killed during the siege of the enclave.", "siege", "191"),
        ("Troops destroyed the militants' weapons.", "destroyed", "1712"),
        ("Navy helicopters rescued the crew of a sinking ship.", "rescued", "073"),
        ("Soldiers captured Milan Kovacevic on Thursday. Kovacevic was flown to The Hague.", "captured", "173"),
        ("The Duma ratified the treaty on Friday.", "ratified", "057"),
        # review: same-shape sentences the first version of the rules read wrong
        ("Russia launched 40 missiles, including ballistic missiles, overnight, Ukraine's air force said.", "launched", "190"),
        ("The Houthis launched a ballistic missile that hit a Greek-owned tanker in the Red Sea.", "launched", "190"),
        ("Militants seized Ali, a 12-year-old shepherd, from a village near Mosul on Monday.", "seized", "181"),
        ("Rebels captured Hamid, an 18-year-old student, at a checkpoint outside the city.", "captured", "181"),
        ("Ukrainian drones destroyed a Russian ammunition stockpile in Crimea, officials said.", "destroyed", "1712"),
        ("Soldiers stormed the camp, killed five fighters and destroyed their weapons.", "destroyed", "1712"),
        ("Israel vowed it would destroy Iran's nuclear weapons if Tehran built them.", "destroy", "1712"),
        ("Israeli troops ended their siege of the hospital after two weeks.", "ended", "0872"),
        ("Protesters ended their three-day siege of the prime minister's office on Monday.", "ended", "082"),
        ("Hamas still holds 100 hostages, and families of the hostages marched. Aid agencies say the siege on Gaza has caused famine.", "siege", "191"),
        ("Mercenaries held two engineers hostage in the town. The hostages were later freed. The siege lasted two months before the army broke through.", "siege", "191"),
        ("Navy sailors rescued the crew of a cargo ship that sank off Somalia, a region long plagued by pirates.", "rescued", "073"),
        ("Thousands of people have been killed in the war on drugs.", "killed", "1823"),
        ("Twelve people were killed in the conflict between rival drug gangs, police said.", "killed", "1823"),
        ("The assault on Parliament Hill in Ottawa left a soldier dead.", "assault", "182"),
        ("A cyber assault on Estonia crippled government websites.", "assault", "182"),
        ("The Taliban's bombing campaign in Kabul has intensified even as U.S. air strikes continue.", "bombing", "183"),
        # second review
        ("The Houthis launched two anti-ship ballistic missiles into the Red Sea, CENTCOM said.", "launched", "190"),
        ("Kenya destroyed its stockpile of ivory on Saturday.", "destroyed", "1712"),
        ("Israeli jets later destroyed their weapons.", "destroyed", "1712"),
        ("Hamas still holds 100 hostages. Israeli forces tightened the siege of the hospital, where hostages may be held.", "siege", "191"),
        ("The army captured Santos, a rebel spokesman, at a roadblock near Cali.", "captured", "173"),
        ("Three miners were killed in the conflict with police at Marikana.", "killed", "1823"),
        ("Civil defence forces rescued survivors from the rubble; Israel says Hamas still holds dozens of hostages.", "rescued", "073"),
        ("The conflict killed 12 people on Monday.", "killed", "1823"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a fall that is no place taken
        ("Prices fell to their lowest level in a decade.", "fell"),
        ("The town fell silent.", "fell"),
        ("Liverpool fell to Chelsea on Sunday.", "fell"),
        ("The fall of the Soviet Union ended the Cold War.", "fall"),
        ("He moved to Berlin after the fall of the Berlin Wall.", "fall"),
        ("Shares fell sharply in Tokyo.", "fell"),
        ("Syria fell into civil war in 2011 after army troops fired on protesters and rebels took up arms.", "fell"),
        ("Frankfurt and Paris fell by more than 2 percent after Russian troops and tanks crossed the border.", "fell"),
        ("Mogadishu fell under a strict curfew as government troops and African Union soldiers hunted the militants.", "fell"),
        ("The Denver Broncos fell to the Kansas City Chiefs on Sunday as their offensive line crumbled.", "fell"),
        ("Many Serbs still blame the West for the fall of Yugoslavia and the wars that followed.", "fall"),
        ("The launch was postponed because of bad weather, NASA said, days after a missile test.", "launch"),
        ("Russia launched a satellite on Monday. The launch came days after a missile test.", "launch"),
        ("Health officials approved a new protocol for testing travellers.", "approved"),
        ("Negotiators tried to rescue the hostage talks.", "rescue"),
        ("Manchester City fell to a youthful Arsenal side on Saturday.", "fell"),
        ("Gatwick Airport fell to the French group Vinci in 2018.", "fell"),
        # a treaty approved is not a bill approved
        ("The Senate approved the bill on Tuesday.", "approved"),
        # a launch of no missile
        ("The company announced the launch of its new phone.", "launch"),
        # the whole toll of a war that lasted years, told with the war as subject, is a record of it, no one happening
        ("Peru's 20-year insurgency has killed some 69,000 people.", "killed"),
    ],
)
def test_no_event_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


def test_the_side_a_town_falls_to_took_it(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Mosul fell to Islamic State militants in June 2014.")
    assert [t for _, t in sides(events, "fell")] == ["IRQ"], described(events)


def test_the_building_of_a_hostage_siege_is_no_side(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The Beslan school siege ended in carnage. The hostages had been held for three days, and most of the hostages were children.")
    assert sides(events, "siege") == [(None, None)], described(events)
