"""Verb and noun families of the trigger lexicon, written from the CAMEO codebook.

Sentences written for these tests; each family is tried with more than one of
its words, and a sentence that must not take the family's code says so.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

_codes = code_triggers


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # 046 engage in negotiation: talks are negotiations
        ("The Greek finance minister held talks with his German counterpart in Berlin on Monday.", "046", "talks"),
        ("Peace talks between the government and the rebels resumed in Oslo.", "046", "talks"),
        ("Kenyan officials haggled with Ethiopian negotiators over the border deal.", "046", "haggled"),
        # 141 demonstrate: a protest is a demonstration
        ("Thousands of students staged a protest outside the Chilean parliament.", "141", "protest"),
        # 174 expel or deport individuals; 166 expel diplomats
        ("Kuwait expelled the exiled opposition leaders last week.", "174", "expelled"),
        ("The junta banished three former ministers from the country.", "174", "banished"),
        ("Moscow expelled two British diplomats on Friday.", "166", "expelled"),
        # 042 make a visit: attending an event abroad
        ("The Mexican president will attend the summit in Lima next month.", "042", "attend"),
        ("The Japanese prime minister attended the coronation in London.", "042", "attended"),
        # 160 reduce relations: travel warnings
        ("The British Foreign Office advised against travel to Yemen.", "160", "advised"),
        ("Germany warned against travel to Libya after the attack.", "160", "warned"),
        # 050 diplomatic cooperation: mending ties
        ("Turkey and Israel moved to mend ties after years of tension.", "050", "mend"),
        ("Qatar repaired relations with Bahrain in a deal signed on Sunday.", "050", "repaired"),
        # 190 fighting: killing combatants
        ("Army troops killed 12 militants near the border.", "190", "killed"),
        # 020 appeal
        ("The Pope exhorted Colombian leaders to keep the peace.", "020", "exhorted"),
        ("Farmers lobbied the Indian government for higher crop prices.", "020", "lobbied"),
        # 030 intent to cooperate
        ("The Afghan president assured Pakistani leaders that his country would not harbour militants.", "030", "assured"),
        # 041 consult by telephone
        ("The French president had a telephone conversation with the Iranian president on Tuesday.", "041", "conversation"),
        # 051 praise or endorse
        ("The Indian prime minister saluted the Nepalese rescue teams.", "051", "saluted"),
        ("Brazil and Argentina reaffirmed their support for the trade pact.", "051", "reaffirmed"),
        # 057 sign formal agreement
        ("The ratification of the treaty by the Polish parliament came on Friday.", "057", "ratification"),
        ("The signing of the border treaty took place in Astana.", "057", "signing"),
        # 111 criticize or denounce
        ("The Egyptian foreign minister castigated Ethiopia over the dam.", "111", "castigated"),
        ("Human rights groups excoriated the Saudi government for the executions.", "111", "excoriated"),
        # 128 defy norms, law
        ("The Serbian government ignored the court's ruling on the property.", "128", "ignored"),
        # 090 investigate
        ("Italian prosecutors are looking into the collapse of the bridge in Genoa.", "090", "looking"),
        # 176 attack cybernetically
        ("Estonia blamed Russia for a cyber attack on its banks.", "176", "cyber attack"),
        ("The hacking of the power grid left thousands without electricity.", "176", "hacking"),
        # 172 administrative sanctions
        ("Chinese authorities imposed restrictions on travel in the province.", "172", "imposed"),
        # 0841 release persons
        ("Iran released the British sailors on Thursday.", "0841", "released"),
        # 012 pessimistic comment: voicing or raising concern
        ("The Jordanian foreign minister voiced concern over the new settlements.", "012", "voiced"),
        ("Seoul raised fears about the North's missile tests.", "012", "raised"),
        # 020 appeal
        ("The Kenyan president encouraged Somali leaders to hold elections.", "020", "encouraged"),
        # 116 find guilty or liable: sentencing
        ("The judge handed down a life sentence to the former general.", "116", "handed"),
        # 173 arrest, detain: a manhunt
        ("Brazilian police launched a manhunt for the escaped prisoners.", "173", "manhunt"),
        # 190 military force: downing aircraft
        ("Syrian rebels shot down a government helicopter near Idlib.", "190", "shot"),
        # 195 aerial weapons, 192 territory taken
        ("Government jets strafed the rebel convoy near Sirte.", "195", "strafed"),
        ("Iraqi forces liberated the town of Tal Afar from the militants.", "192", "liberated"),
        # 175 violent repression and 145 violent protest: who clashes with whom
        ("Riot police clashed with student protesters in Dhaka.", "175", "clashed"),
        ("Hundreds of protesters clashed with police in Nairobi.", "145", "clashed"),
        # 170 coerce
        ("Western governments pressured the Burmese junta to free the prisoners.", "170", "pressured"),
        # 020 appeal, and its specific codes
        ("The Norwegian envoy pushed for a ceasefire in Yemen.", "0256", "pushed"),
        ("Opposition parties pushed for the release of the jailed journalists.", "0253", "pushed"),
        # 050 diplomatic cooperation: settling a dispute
        ("Peru and Chile resolved their maritime dispute at a meeting in Lima.", "050", "resolved"),
        # 091 investigate crime
        ("Detectives interrogated the Albanian suspects for six hours.", "091", "interrogated"),
        ("Police questioned three witnesses after the shooting in Malmo.", "091", "questioned"),
        # 180 unconventional violence: robbery
        ("Gunmen robbed a bank in the centre of Caracas on Monday.", "180", "robbed"),
        ("An armed robbery at a jewellery shop in Antwerp left two guards injured.", "180", "robbery"),
        # 163 sanctions: freezing assets, blacklisting
        ("The European Union froze the assets of six Belarusian officials.", "163", "froze"),
        ("Washington blacklisted two Venezuelan banks on Friday.", "163", "blacklisted"),
        # 1712 destroy property
        ("Settlers burned down a Palestinian school near Nablus.", "1712", "burned"),
        ("Rioters ransacked the offices of the ruling party in Kinshasa.", "1712", "ransacked"),
        # 057 the signing of an agreement, with no side named
        ("The signing of the peace accord was delayed by a week.", "057", "signing"),
        ("Protesters gathered in Kiev before the signing ceremony.", "057", "signing ceremony"),
    ],
)
def test_family_words_get_their_codebook_code(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Thousands of fans attended the concert in Manila.", "attended", "042"),  # a concert is no state visit
        ("The Chilean army killed two civilians at a checkpoint.", "killed", "190"),  # killing civilians is assault, not fighting
        ("Doctors advised against surgery for the injured minister.", "advised", "160"),  # no travel warning
        ("Police in Lagos imposed fines on the drivers.", "imposed", "172"),
        ("Government troops clashed with rebels near the border.", "clashed", "175"),
        ("The minister questioned the value of the new tax.", "questioned", "091"),
        ("Farmers burned the stubble in their fields near Delhi.", "burned", "1712"),
        ("Brazilian senators shot down the pension proposal on Tuesday.", "shot", "190"),  # a proposal is no aircraft
        ("The referee robbed Argentina of a late winner.", "robbed", "180"),  # a team is not robbed at gunpoint
        ("The new signing scored twice on his debut.", "signing", "057"),  # a footballer signed is no agreement
        ("These ten kitchen hacks will save you time.", "hacks", "176"),  # a tip is no cyber attack
    ],
)
def test_family_rows_do_not_fire_outside_their_objects(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"] == code and trigger in e["type"]["trigger"] for e in events), _codes(events)
