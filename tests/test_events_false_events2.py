"""More classes of false events the coder leaves out, each beside sentences of the same wording that stay events.

Sentences written for these tests (guidelines, sections 2-3): a word in another sense (keeping an agreement, an
idiom, a launch), what anyone can do, the words of a quoted title, a person not reached for comment, an occasion
attended, a say-verb that only frames the act it reports. Each rule has sentences of real events beside it, so
that it cannot pass by coding nothing.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def roots(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"][:2], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # a word in another sense: honouring an undertaking is keeping one's word, no praise (030, not 051)
        ("The new cabinet will honour all of the treaties its predecessor signed.", "05", "honour"),
        ("The rebels pledged to honor the ceasefire.", "05", "honor"),
        # an idiom: nothing is taken
        ("Voters should not take the peace for granted, the minister said.", "19", "take"),
        ("Fans should never take their club for granted, the coach said.", "19", "take"),
        # made normal is no normalisation of relations between parties
        ("Imagine if we let that poison become normalized.", "05", "normalized"),
        ("The league's rules become normalized over time.", "05", "normalized"),
        # a launch, not a bombing
        ("Russian-American Crew Blasts Off to Space Station.", "18", "Blasts"),
        ("The rocket blasted off from Baikonur on Tuesday.", "18", "blasted"),
        # an occasion attended, no visit to a host
        ("I want to go to the Olympics one day, said the skater.", "04", "go"),
        # a name opening the sentence that the parser reads as a verb
        ("Support police car, assisting the wounded police crew, was blown up by a second mine.", "05", "Support"),
    ],
)
def test_a_word_in_another_sense_is_no_such_event(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) not in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The new cabinet will honour all of the treaties its predecessor signed.", "03", "honour"),
        ("The rebels pledged to honor the ceasefire.", "03", "honor"),
        # honouring people stays praise
        ("The president honored the veterans of the war on Monday.", "05", "honored"),
        ("The parliament honoured the slain journalist with a minute of silence on Tuesday.", "05", "honoured"),
        # taking a place, control or a person stays
        ("Rebels took the town of Homs on Sunday.", "19", "took"),
        ("Troops took control of the airport on Monday.", "19", "took"),
        ("Police took the suspect into custody on Friday.", "17", "took"),
        # normalising relations stays
        ("Israel and Turkey agreed to normalise ties on Monday.", "05", "normalise"),
        ("Relations were normalised in 1995.", "05", "normalised"),
        # an explosion off a coast, a bomb blast
        ("A blast off the coast of Aden killed 17 sailors on Thursday.", "18", "blast"),
        ("A bomb blast killed three soldiers in Kabul on Monday.", "18", "blast"),
        # going to a capital is a visit
        ("The prime minister will go to Beijing next week.", "04", "go"),
        ("The envoy went to Damascus on Monday for talks with the president.", "04", "went"),
        # "support" as a verb of its own
        ("Protesters support the strike, the union said.", "05", "support"),
    ],
)
def test_the_same_words_in_their_event_sense_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what anyone can do (guidelines, `generic`)
        ("You can criticise the programme all you like, but it is popular.", "criticise"),
        ("Most of us have seen the show and you can criticise the show.", "criticise"),
        # the words of a quoted title in capitals
        ("The group posted a letter under the heading 'To the Public and Anybody Investigating the Anthrax Hoax'.", "Investigating"),
        ("The film 'Killing the Messenger: The Deadly Cost of News' opens on Friday.", "Killing"),
        # no one reached: nothing said or refused
        ("Rally officials weren't available to comment late yesterday.", "comment"),
        ("The company's lawyers were not available to comment on Monday.", "comment"),
    ],
)
def test_no_act_of_anyone_here(nlp, coding_context, text: str, word: str) -> None:
    assert word not in [t for _, t in roots(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # a named actor who criticises, a quote addressed to someone, a force that can attack
        ("The opposition leader criticised the government on Monday.", "11", "criticised"),
        ("The general said his troops can attack the rebel positions within hours.", "19", "attack"),
        # the same act in plain words
        ("Police are investigating the anthrax hoax, the FBI said.", "09", "investigating"),
        # a refusal to comment stays a statement act
        ("The minister would not comment on the arrests.", "01", "comment"),
    ],
)
def test_acts_of_named_actors_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "framed", "kept"),
    [
        ("The White House stated that Trump asked the Turkish government to return him to the United States.", "stated", "asked"),
        ("The government announced that police had arrested two men.", "announced", "arrested"),
        ("The ministry declared that soldiers had shelled the village on Sunday.", "declared", "shelled"),
    ],
)
def test_a_say_verb_that_frames_a_reported_act_is_not_coded(nlp, coding_context, text: str, framed: str, kept: str) -> None:
    words = [t for _, t in roots(coded(nlp, coding_context, text))]
    assert framed not in words and kept in words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # nothing codeable reported: the statement stays
        ("The president announced that he would not run again.", "announced"),
        ("The minister declared that the talks had been a success.", "declared"),
        ('"We still believe that we need to conclude a serious dialogue," the foreign minister declared.', "declared"),
    ],
)
def test_a_say_verb_with_no_act_reported_stays(nlp, coding_context, text: str, word: str) -> None:
    assert ("01", word) in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # history told as background: acts dated to a world war by their own words
        ("Some 76,000 Jews were arrested in France during World War Two and taken to camps.", "arrested"),
        ("Ignorance and even denial of the Nazi genocide during World War II are common.", "genocide"),
        ("Veterans who fought in the Second World War were honoured by the mayor on Monday.", "fought"),
        # casualties of an attack told in a relative clause hung on the attack's place: the attack only (settling rule 1)
        ("Leaders met after the twin bombings at embassies in Kenya and Tanzania, which killed more than 250 people.", "killed"),
        ("The attack on a police station in the town of Kunduz, which killed three officers, was claimed by the Taliban.", "killed"),
    ],
)
def test_history_and_told_casualties_are_no_event_of_their_own(nlp, coding_context, text: str, word: str) -> None:
    assert word not in [t for _, t in roots(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Veterans who fought in the Second World War were honoured by the mayor on Monday.", "05", "honoured"),
        ("Police arrested two men during the World Cup final on Sunday.", "17", "arrested"),
        ("Soldiers shelled the town during the war last year, the United Nations said.", "19", "shelled"),
        ("The attack on a police station in the town of Kunduz, which killed three officers, was claimed by the Taliban.", "18", "attack"),
        # a relative clause on a place that is no attack keeps its own act
        ("The rebels fought for the town of Kunduz, which soldiers shelled on Monday.", "19", "shelled"),
        ("Soldiers entered the village of Kafr, where gunmen killed three people on Monday.", "18", "killed"),
    ],
)
def test_acts_of_the_news_beside_them_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # the toll an attack "left" is the attack's (settling rule 1)
        ("A three-hour shootout Thursday north of the capital left four gunmen killed.", "18", "killed"),
        ("The attack left three soldiers wounded, the army said.", "18", "wounded"),
        # enrolling, no accord
        ("More than 350 people must sign up for a plate before the agency can produce it.", "05", "sign"),
        ("Hundreds of students signed up for the course this week.", "05", "signed"),
    ],
)
def test_a_toll_or_an_enrolment_is_no_act_of_its_own(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) not in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("A three-hour shootout Thursday north of the capital left four gunmen killed.", "19", "shootout"),
        ("The attack left three soldiers wounded, the army said.", "18", "attack"),
        # a toll "left" by no attack, and a killing of its own
        ("Gunmen killed three villagers and left their bodies on the road.", "18", "killed"),
        # signing up to an accord stays
        ("France and Germany signed up to the Kyoto protocol on Monday.", "05", "signed"),
        ("The two presidents signed the accord in Geneva on Friday.", "05", "signed"),
    ],
)
def test_the_attack_and_the_accord_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))


def test_charges_joined_in_one_list_are_one_charging(nlp, coding_context) -> None:
    text = "The three men each face five charges of arson and one charge of organized criminal activity, police said."
    got = roots(coded(nlp, coding_context, text))
    assert [w for r, w in got if r == "17" and w.startswith("charge")] == ["charges"]
    assert ("17", "arson") in got  # the crimes charged are coded each (settling rule 17)


@pytest.mark.parametrize(
    "text",
    [
        # charges against two people, or charged and then dropped, are two acts of the law
        "He faces charges of assault, and his brother faces charges of robbery.",
        "The man was charged with theft on Monday and the charges were dropped later.",
    ],
)
def test_charges_of_their_own_stay(nlp, coding_context, text: str) -> None:
    assert len([w for r, w in roots(coded(nlp, coding_context, text)) if r == "17" and w.startswith("charge")]) == 2


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what a law makes an offence is a rule, no happening (settling rule 36)
        ("The measure made it a Federal crime to attack or blockade an abortion clinic.", "blockade"),
        ("The new law makes it illegal to sell alcohol to anyone under 21.", "sell"),
        ("The bill would make it a felony to threaten an election worker.", "threaten"),
        # history dated before 1946 by the act's own words
        ("The revolutionary and poet who fought for Cuba's independence from Spain in 1898 was honored.", "fought"),
        # a rule of thumb addressed to anyone
        ("Whenever you report a theft, the police open a case.", "theft"),
        ("Any time you work a homicide investigation, you learn about the victim.", "investigation"),
        # a label before a colon
        ("Warning:", "Warning"),
    ],
)
def test_rules_history_and_labels_are_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert word not in [t for _, t in roots(coded(nlp, coding_context, text))]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # "making it impossible" tells a consequence of a real attack
        ("Gunmen attacked the clinic on Monday, making it impossible to treat patients.", "18", "attacked"),
        # a recent year keeps the act
        ("Soldiers killed three men in 2005, the report said.", "18", "killed"),
        ("Palestinians who were expelled from their homes in 1948 marched on Monday.", "14", "marched"),
        # a named actor's act beside a rule of thumb
        ("Police arrested a man who reported a theft on Monday.", "17", "arrested"),
    ],
)
def test_acts_beside_rules_and_history_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # a price or a product offered is no intent to cooperate
        ("Institut Merieux, which offered 942 million Canadian dollars for Connaught, said it would extend its bid.", "03", "offered"),
        ("Virginia joins 23 other states that offer the plate.", "03", "offer"),
        ("The bill adds plates to the 200 specialty plates the department already offers.", "03", "offers"),
        ("The bakery offers free coffee on Mondays.", "03", "offers"),
        # the means are no donor
        ("That money would provide tax credits to employers.", "07", "provide"),
        # statements withdrawn are no military withdrawal
        ("Witnesses have withdrawn their statements as a result of intimidation.", "08", "withdrawn"),
        ("The firm withdrew the product from the shelves.", "08", "withdrew"),
        # an idiom, even with a long list before "for granted"
        ("Americans will not take our forests, rivers and monuments for granted.", "19", "take"),
    ],
)
def test_offers_of_goods_means_and_withdrawn_words_are_no_such_event(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) not in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Japan offered $10 million in aid to the flood victims on Monday.", "03", "offered"),
        ("The rebels offered a ceasefire on Tuesday.", "03", "offered"),
        ("The government offered the rebels an amnesty.", "03", "offered"),
        ("Turkey offered 500 troops for the mission.", "03", "offered"),
        ("The president offered his condolences to the families.", "01", "offered"),
        ("The rebels withdrew from the town on Sunday.", "08", "withdrew"),
        ("Israel withdrew its troops from Gaza.", "08", "withdrew"),
    ],
)
def test_offers_and_withdrawals_of_actors_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # a candidacy is no request (settling rule 5)
        ("McCollum may run for governor if Crist does not seek another term.", "02", "seek"),
        ("The senator will seek re-election next year.", "02", "seek"),
        # personal news announced is no public statement
        ("His lawyer on Sunday announced his death.", "01", "announced"),
        ("The couple announced their engagement on Friday.", "01", "announced"),
        # an honour or an acknowledgement is no diplomatic recognition
        ("She received an award in recognition of her work with refugees.", "05", "recognition"),
        ("Abbas will not negotiate without an explicit recognition of previously signed agreements.", "05", "recognition"),
    ],
)
def test_candidacies_personal_news_and_honours_are_no_such_event(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) not in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # a remedy asked of a court is a suit (115)
        ("The university had sought an injunction blocking the board from recommending the offer.", "11", "sought"),
        ("The union is seeking damages from the ministry over the dismissals.", "11", "seeking"),
        # a request of an actor stays an appeal; a prison term asked for stays
        ("Iran sought the release of its diplomats.", "02", "sought"),
        ("Prosecutors had sought a 25-year prison term.", "02", "sought"),
        # a public announcement and a state's recognition stay
        ("Russia's recognition of South Ossetia angered Georgia.", "05", "recognition"),
        ("The treaty amounts to Russian recognition of Ukraine's sovereignty.", "05", "recognition"),
    ],
)
def test_suits_requests_and_state_recognition_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a quoted name is no quotation of the speaker's words: a plain reported fact, no statement
        ('The FBI says Bin Laden is the leader of a terrorist organization known as "The Base."', False),
        ('Police said the man belonged to a gang called "The Young Lions."', False),
        # quoted words stay a statement, however short
        ('"We will not leave," the minister said.', True),
        ("``Never,'' the minister said.", True),
        ('The minister said the plan was "a good start" for the region.', True),
    ],
)
def test_a_quoted_name_makes_no_statement(nlp, coding_context, text: str, kept: bool) -> None:
    assert any(r == "01" for r, _ in roots(coded(nlp, coding_context, text))) is kept


@pytest.mark.parametrize(
    "text",
    [
        # a world war as the baseline of a comparison dates nothing
        "Gunmen killed 30 people on Sunday in the deadliest attack on the city since World War II.",
        "It was the largest deployment of German troops abroad since 1945, the ministry said on Monday.",
    ],
)
def test_a_world_war_as_a_baseline_keeps_the_act(nlp, coding_context, text: str) -> None:
    assert roots(coded(nlp, coding_context, text))


def test_a_headline_in_capitals_quoting_words_keeps_its_act(nlp, coding_context) -> None:
    got = roots(coded(nlp, coding_context, "Minister Says 'Police Arrested Three Gunmen In Kabul'"))
    assert ("17", "Arrested") in got


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # a firm's crackdown is no repression
        ("Electricity suppliers across the country are cracking down as the number of unpaid bills surges.", "17", "cracking"),
        ("The bank is cracking down on overdrafts.", "17", "cracking"),
        # local responders helping each other at a scene
        ("The Monroe County Sheriff's Office assisted the Highway Patrol at the scene of the crash.", "07", "assisted"),
        ("Firefighters helped police at the scene of the fire.", "07", "helped"),
        # harm done by a disease or a storm
        ("The concern is that an outbreak will occur among fowl, destroying local poultry industries.", "17", "destroying"),
        ("The storm destroyed 300 homes on Tuesday.", "17", "destroyed"),
        # a passive whose cause is a mishap, no one's act named
        ("The town's churches were destroyed in the fire.", "17", "destroyed"),
        ("Two fishermen were killed in the storm on Monday.", "18", "killed"),
        ("The mosque was damaged by the earthquake.", "17", "damaged"),
    ],
)
def test_firms_responders_and_mishaps_make_no_such_event(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) not in roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Police cracked down on protesters in the capital on Monday.", "17", "cracked"),
        ("The government is cracking down on dissent.", "17", "cracking"),
        ("The United States assisted the Afghan army in the offensive.", "07", "assisted"),
        ("Police helped the victims of the flood on Monday.", "07", "helped"),
        ("Rebels destroyed the bridge on Tuesday.", "17", "destroyed"),
        ("Militants attacked the village, destroying 40 homes.", "17", "destroying"),
        ("The churches were destroyed by militiamen in the fighting.", "17", "destroyed"),
        ("The embassy was destroyed by rebels in the blaze.", "17", "destroyed"),
    ],
)
def test_repression_aid_and_destruction_by_actors_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(coded(nlp, coding_context, text))

