"""Shapes of sanctions diplomacy, nuclear talks, spy cases, disaster relief, separatist conflicts and protest
crackdowns: sanctions eased by other words than "lift", measures a signed decree puts in force, a state's nuclear work
halted, offences against the state named in a charge, warnings of arrest, acts praised or blamed, relief teams sent,
armed campaigns ended and weapons put beyond use, judgments and threats told by a say-verb, crowds gassed.

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
        # sanctions revoked, suspended, waived or scrapped are eased (085), and so is their lifting named as a noun
        ("The White House revoked sanctions on Belarusian banks on Friday.", "revoked", "085"),
        ("Brussels suspended its sanctions on Zimbabwe for a year.", "suspended", "085"),
        ("Canada scrapped the arms embargo on Vietnam.", "scrapped", "085"),
        ("Moscow welcomed the lifting of sanctions on Tehran.", "lifting", "085"),
        # a headline's measure lifted: the measure does not lift itself
        ("Sanctions on Sudan lifted after two decades", "lifted", "085"),
        ("Curfew lifted in Kathmandu after a week of calm", "lifted", "0813"),
        # sanctions reinstated, restored, extended or widened are imposed again
        ("The EU extended its sanctions on Moscow by six months.", "extended", "163"),
        ("Washington reinstated the embargo on Havana.", "reinstated", "163"),
        # a ban on trade is an embargo
        ("The ministers banned trade in diamonds with the junta.", "banned", "163"),
        # what a decree or an order signed or passed puts in force is an act of its signer
        ("Putin has signed a decree banning imports of fruit from Turkey.", "banning", "163"),
        ("The council passed a resolution imposing new sanctions on Pyongyang.", "imposing", "163"),
        # a state suspending, halting or dismantling its own nuclear work yields (080), not a cut in relations
        ("Tehran agreed to suspend uranium enrichment for two months.", "suspend", "080"),
        ("Libya dismantled its centrifuges under the 2003 deal.", "dismantled", "080"),
        ("Pyongyang has refused to halt enrichment.", "halt", "080"),
        # offences against the state named in a charge, a suspicion or a verdict are crimes (settling rules 17 and 38)
        ("The engineer was charged with espionage on Monday.", "espionage", "180"),
        ("Tehran detained the academic on suspicion of espionage.", "espionage", "180"),
        ("The colonel was convicted of spying for Washington.", "spying", "180"),
        ("The mayor was charged with bribery and abuse of power.", "abuse", "180"),
        ("He was found guilty of treason in 2009.", "treason", "180"),
        # a warning that those who act will be arrested threatens them
        ("The governor warned that protesters who blocked highways would be arrested.", "warned", "130"),
        ("Police warned that anyone who broke the curfew would be detained.", "warned", "130"),
        # an act praised or blamed is an event of its own
        ("Tokyo welcomed the release of the two aid workers.", "release", "0841"),
        ("Washington condemned the seizure of the oil tanker.", "seizure", "171"),
        # a team of rescuers sent is relief, and a sum announced as aid is given
        ("Turkey sent a team of 40 engineers and rescuers to Albania.", "sent", "073"),
        ("The United States announced 20 million dollars in emergency aid.", "announced", "071"),
        # foreign relief teams let in are humanitarian access allowed
        ("Beijing lets in Taiwanese rescuers", "lets", "0863"),
        # an armed campaign ended, a cessation of violence, weapons put beyond use or dumped, a militia disbanded
        ("The UDA ordered an end to its armed campaign on Sunday.", "end", "087"),
        ("The PKK said it would end its armed struggle.", "end", "087"),
        ("The group announced a cessation of all armed activity.", "cessation", "0871"),
        ("The IRA has put its weapons beyond use.", "put", "0873"),
        ("The rebels agreed to dump their arms by June.", "dump", "0873"),
        ("Kabul disbanded the militia in 2005.", "disbanded", "0873"),
        # a refusal said by the subject a say-verb shares with the verb it is joined to (settling rule 26)
        ("The rebels seized the town and said they would not free the hostages.", "said", "124"),
        # a judgment told as what a side or an act is, said or named
        ("The opposition said the verdict was a travesty.", "said", "111"),
        ('"This is cowardly and barbaric," the minister said.', "said", "111"),
        ("Merkel said the accord was a historic achievement.", "said", "051"),
        ("The mayor called the shootings deeply troubling.", "called", "111"),
        ("The minister called the bombing cowardly and despicable.", "called", "111"),
        # tear gas and pepper spray, or canisters of it, fired at a crowd
        ("Police fired tear gas and pepper spray at the marchers.", "fired", "175"),
        ("Riot police fired dozens of canisters of tear gas into the crowd.", "fired", "175"),
        # a protest registered with a state is an official complaint
        ("The ministry registered a strong protest with Hanoi.", "registered", "114"),
        # people named by a number and a nationality released are freed (no product with a version number)
        ("Tehran released two Americans on Wednesday.", "released", "0841"),
        # bribes taken or paid, named in a charge
        ("The governor was charged with accepting bribes from a builder.", "accepting", "180"),
        # deportations or executions suspended ease a measure (081), not relations
        ("Berlin said it would suspend deportations to Kabul.", "suspend", "081"),
        ("The state halted the execution of a convicted killer.", "halted", "081"),
        # an armed force sweeping into a town takes it
        ("Rebel fighters swept into the provincial capital on Sunday.", "swept", "192"),
        # an act praised or blamed is a mention of it, sides named or not
        ("The prime minister welcomed the release.", "release", "084"),
        # property set on fire or smashed; a highway blocked by demonstrators; protesters flooding into the streets
        ("Rioters smashed windows and set a police van on fire.", "set", "1712"),
        ("Demonstrators blocked Interstate 35 for three hours.", "blocked", "144"),
        ("Thousands of protesters flooded into the streets of Minsk.", "flooded", "141"),
        ("Residents banged pots and pans against the curfew.", "banged", "141"),
        # a bare plural of doers warned they will be punished is threatened
        ("The army warned that looters would be shot on sight.", "warned", "130"),
        # an armed campaign by its words, its of-phrase or its doer
        ("ETA announced an end to its campaign of violence.", "end", "087"),
        ("The coalition stopped its air campaign.", "stopped", "087"),
        ("The army ended its campaign in the Swat valley.", "ended", "087"),
        # soldiers taking bribes commit a crime, no armed attack
        ("Soldiers at the checkpoint took bribes from truck drivers.", "took", "180"),
        # a trade rule of a city is a restriction, no embargo
        ("The city banned trade on Sundays.", "banned", "172"),
        # an anniversary marked or commemorated by a side is a symbolic act
        ("Prime Minister Abe marked the 70th anniversary of the bombing on Thursday.", "marked", "017"),
        ("Nairobi commemorated the 20th anniversary of the embassy attack.", "commemorated", "017"),
        # the speaker's side that will do harm if another acts threatens it (the announced-intent rule)
        ("Tehran said it would retaliate if its tankers were attacked.", "said", "130"),
        ("Brussels said it would impose new sanctions if Minsk did not free the activists.", "said", "1312"),
    ],
)
def test_the_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The European Union lifted sanctions on Myanmar.", "lifted", "085"),
        ("The minister suspended the police chief.", "suspended", "160"),
        ("The EU imposed sanctions on Moscow.", "imposed", "163"),
        ("The government banned the opposition party.", "banned", "1722"),
        ("Britain expelled 23 Russian diplomats.", "expelled", "166"),
        ("The man was charged with fraud.", "fraud", "180"),
        ("Police arrested two men on Tuesday.", "arrested", "173"),
        ("The president warned the rebels against any new attack.", "warned", "130"),
        ("Troops withdrew from the border town.", "withdrew", "087"),
        ("Officials said the situation was dangerous.", "said", "012"),
        ("The president arrived in Washington after the release of the hostages.", "arrived", "042"),
        ("After their release, Kerry flew to Tehran to thank the government.", "flew", "042"),
        ("Washington announced $300 million in new sanctions on Iranian firms.", "announced", "010"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the lifted measure is no sanction imposed
        ("Moscow welcomed the lifting of sanctions on Tehran.", "sanctions"),
        ("Sanctions on Sudan lifted after two decades", "Sanctions"),
        # what a treaty lays down, and a decree not yet signed, are no act done
        ("The 1996 treaty banning all nuclear tests has not entered into force.", "banning"),
        ("Obama refused to sign a bill imposing sanctions on Moscow.", "imposing"),
        # a kind of offence outside a charge is no act; nor is corruption inside one
        ("Smuggling of migrants across the border has surged.", "Smuggling"),
        ("Corruption is widespread in the customs service.", "Corruption"),
        ("A top aide was arrested on suspicion of corruption.", "corruption"),
        # funds a state unfreezes for its own works are no sanctions eased
        ("Officials expect to unfreeze $500 million in road funds soon.", "unfreeze"),
        # a campaign of no arms ended, a race or a case left
        ("Obama ended his campaign in Iowa.", "ended"),
        ("The prosecutor withdrew from the case.", "withdrew"),
        ("The candidate withdrew from the race on Friday.", "withdrew"),
        # what a third side will not do: no refusal of the speaker's side
        ("An official said the inspector would not try to visit the sites.", "said"),
        # a judgment of a deed to do, of a state of things, or of "this" as an experience
        ("He said it was important to stay calm.", "said"),
        ('"This has been a great experience," said the pilot.', "said"),
        ("The agency says Bin Laden is the leader of a terrorist network.", "says"),
        # weapons seized from pirates handed over to the authorities are no disarmament
        ("The arms would be handed over to the authorities ashore.", "handed"),
        # a captive's journey home after the release the sentence tells is no visit
        ("After his release, the reporter arrived in Berlin on Wednesday.", "arrived"),
        ("The freed hostages landed in Paris on Saturday.", "landed"),
        # a storm sweeping into a state takes no ground
        ("A storm swept into Florida on Sunday.", "swept"),
        # a version of a product released is no one freed
        ("Mozilla released Firefox 3.05 to users.", "released"),
        # an anniversary as the purpose of another act, or a firm's own; a third side's act foretold on a condition
        ("In a phone call last week to mark the anniversary of the treaty, the president told his counterpart the news.", "mark"),
        ("The company marked its 50th anniversary with a party.", "marked"),
        ("Analysts said the rebels would attack if the talks failed.", "said"),
        # review: same-shape sentences the first version of the rules read wrong
        ("Obama said he would not attack Iran.", "said"),
        ("The EU would welcome the release of the prisoners.", "release"),
        ("Japan welcomed the release of the new iPhone.", "release"),
        ("Critics praised the withdrawal of the controversial advert.", "withdrawal"),
        ("Putin denied that he had signed a decree banning imports of Turkish fruit.", "banning"),
        ("The Senate approved a bill imposing sanctions on Moscow, but the House has yet to vote.", "imposing"),
        ("The NSA spied on the chancellor's phone.", "spied"),
        ("Officials said the dam would be destroyed if the water kept rising.", "said"),
        ("Officials said the harvest was disastrous.", "said"),
        ("The coach said Germany were a disaster in the second half.", "said"),
        ("The minister said the election was important.", "said"),
        ("Police called the suspect dangerous and urged people not to approach him.", "called"),
        ("Japan halted all its reactors after the disaster.", "halted"),
        ("The rebels marked the anniversary of the uprising with a bomb attack.", "marked"),
        ("A plaque commemorates the victims of the fire.", "commemorates"),
        ("The factory announced a cessation of operations at the plant.", "cessation"),
        ("A man fired pepper spray at passengers on the train.", "fired"),
        ("A drunk driver rammed into a parked bus.", "rammed"),
        ("The judge removed the sanctions he had imposed on the lawyer.", "removed"),
        ("The government disbanded the riot police unit after the scandal.", "disbanded"),
        # a crowd of tourists, or water, pouring into a square demonstrates nothing
        ("Tourists poured into the square for the fireworks.", "poured"),
        ("Water poured into the streets after the dam burst.", "poured"),
        ("The striker smashed the ball into the net.", "smashed"),
        # a text one endorses or backs is supported, no act done
        ("Georgian lawmakers endorsed a trade agreement with the bloc.", "agreement"),
        # the people who did an act, told they will be caught, are sought, not threatened
        ("He said the men who attacked the post would be arrested soon.", "said"),
        ("The minister said the gunmen who killed the judge would be arrested.", "said"),
    ],
)
def test_no_event_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


def test_the_signer_of_a_decree_does_what_it_orders(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "President Obama signed an executive order lifting sanctions on Myanmar.")
    assert sides(events, "lifting") == [("USA", "MMR")], described(events)
