"""Shapes of the maritime, multilateral and Washington wire and of security news: threat levels raised, welcomes,
signed orders, notes of protest, agreed measures, scuttled boats, sanctions spelled out and names the parser misreads.

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
        # an alert or threat level raised is a police alert (151)
        ("Australia raised its terrorism threat level from medium to high on Friday.", "raised", "151"),
        ("France raises security alert to highest level", "raises", "151"),
        ("The government raised the national threat level to critical.", "raised", "151"),
        # an arms sale cleared by a state is military cooperation with the buyer; a private deal cleared stays 061
        ("The Obama administration on Friday approved a $6.4 billion arms sale to Taiwan.", "approved", "062"),
        ("The State Department approved the sale of F-16 fighter jets to Taiwan.", "approved", "062"),
        ("Federal regulators approved the takeover of the bank.", "approved", "061"),
        # a vessel stopped by a state's navy is intercepted
        ("The tanker was stopped by the Iranian navy in the Strait of Hormuz.", "stopped", "171"),
        # an alert kept at its highest level is kept raised
        ("Belgian authorities kept the capital at the highest level of terrorism alert on Sunday.", "kept", "151"),
        ("France will maintain its security alert at the highest level.", "maintain", "151"),
        # one put on a flight to a country is sent away
        ("Italian police put the Tunisian on a plane to Tunis.", "put", "174"),
        ("The man was put on a flight to Tunis on Monday night.", "put", "174"),
        # welcoming an outcome or a step endorses it; welcoming a visitor to one's seat hosts a visit
        ("Netanyahu welcomed the extension of the talks.", "welcomed", "051"),
        ("Washington welcomed the vote as a significant step.", "welcomed", "051"),
        ("Putin called the decision a mistake, a muted response that U.S. officials welcomed.", "welcomed", "051"),
        ("Obama welcomed Abe to the White House on Tuesday.", "welcomed", "043"),
        ("Putin welcomed Xi to the Kremlin.", "welcomed", "043"),
        # the subject the parser reads as a modal verb: "Theresa May condemned"
        ("British Prime Minister Theresa May condemned the bombing.", "condemned", "111"),
        # an order sending envoys out of a land expels them
        ("The Obama administration on Thursday ordered 35 Russian diplomats out of the country.", "ordered", "166"),
        ("Moscow ordered the British envoys out of Russia.", "ordered", "166"),
        # boats caught fishing or seized, blown up or sunk by a state, are property destroyed, no bombing
        ("Indonesia blows up 23 foreign fishing boats in crackdown on poaching", "blows", "1712"),
        ("The navy scuttled the seized trawlers off Natuna on Monday.", "scuttled", "1712"),
        # a warning or a word of one's own state's answer in kind threatens
        ("Belarus's foreign ministry warned that Minsk would take retaliatory measures.", "warned", "130"),
        ("North Korea's envoy warned that Pyongyang would treat any further pressure as a declaration of war.", "warned", "138"),
        ("Israel said it would regard the shipment as an act of war.", "said", "138"),
        ("China said it would take countermeasures.", "said", "130"),
        # ... also a warning joined to another verb, or a participle
        ("The ministry said the sanctions were illegal and warned that Minsk would take retaliatory measures.", "warned", "130"),
        ("The envoy walked out of the chamber, warning that Pyongyang would treat any pressure as a declaration of war.",
         "warning", "138"),
        # an agreement among sides to act against another is their intent, no threat
        ("Kenya has agreed to prosecute suspected pirates.", "agreed", "030"),
        ("Leaders also agreed to send more troops to Afghanistan.", "agreed", "030"),
        # a request denied is rejected
        ("Officials say requests for more security in Libya were denied.", "denied", "120"),
        # people at sea rescued by a state's navy or coast guard are given aid
        ("Italian navy ships rescued 562 people off the coast of Libya on Tuesday.", "rescued", "073"),
        ("The migrants were rescued by the Greek coast guard.", "rescued", "073"),
        ("The Libyan coast guard picked up 200 migrants.", "picked", "073"),
        # aid or arms withheld are aid reduced; states clashing over an issue dispute it
        ("U.S. withholds tanks, jets and cash from Egypt", "withholds", "1621"),
        ("Congress withheld $50 million in aid to the Palestinian Authority.", "withheld", "1621"),
        ("World trade talks collapse after India and U.S. clash over farm safeguards", "clash", "110"),
        ("Ministers clashed over the budget on Tuesday.", "clashed", "110"),
        # a state of emergency extended is imposed again; requests and invitations declined are refused
        ("France's National Assembly voted early on Tuesday to extend the state of emergency for six months.", "extend", "1724"),
        ("India has declined requests from Australia to take part in the exercises.", "declined", "124"),
        ("The minister declined an invitation to attend the summit.", "declined", "125"),
        # one ordered to leave a country, in the passive too, is sent away; an envoy is expelled
        ("The man had been ordered to leave Sweden in December.", "ordered", "174"),
        ("The diplomats were ordered to leave the country within 72 hours.", "ordered", "166"),
        # a quoted word that faults a deal, or calls an act unsafe or a yielding, is criticism
        ('"This is a bad deal, a very bad deal," Netanyahu said to a standing ovation.', "said", "111"),
        ('"This unsafe action put our crew at risk," said Commander Laura Henning, a fleet spokeswoman.', "said", "111"),
        ('"This administration has once again caved to pressure," Cornyn said in a statement.', "said", "111"),
        # a state found in breach by a board is ruled against
        ("The IAEA board of governors on Saturday found Iran in non-compliance with its safeguards obligations.", "found", "116"),
        ("IAEA board finds Iran in breach of safeguards", "finds", "116"),
        # warships sailing close to a contested place, or shadowing another side's ships, show force
        ("A U.S. Navy destroyer sailed within 12 nautical miles of an island built by China.", "sailed", "150"),
        ("The destroyer was shadowed by two Chinese warships during the transit.", "shadowed", "150"),
        ("Two Chinese warships tailed the British frigate.", "tailed", "150"),
        # troops sent or deployed to keep the peace are peacekeepers given (074)
        ("Uganda will deploy 1,500 soldiers to the African Union peacekeeping mission.", "deploy", "074"),
        ("The AU appealed to member states to send troops for a planned peacekeeping force in Somalia.", "send", "074"),
        # asset freezes imposed are sanctions
        ("The United States imposed an asset freeze on six officials.", "imposed", "163"),
    ],
)
def test_the_policy_wire_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # news or a guest welcomed is a comment or a reception, not an endorsement
        ("The president welcomed the news.", "welcomed", "051"),
        ("The minister welcomed the Chinese premier.", "welcomed", "013"),
        # a room ordered out of is no land; a warship sunk is fought; a vow to attack still threatens
        ("The judge ordered the reporters out of the courtroom.", "ordered", "172"),
        ("The navy sank two enemy warships.", "sank", "190"),
        ("He strangled his wife.", "strangled", "1823"),
        # troops sent to a border show force, a peacekeeping word elsewhere in the sentence aside; an envoy met by
        # rebels is met; welcoming troops endorses no measure; a state warning of another's answer threatens no one
        ("Russia sent troops to the border.", "sent", "154"),
        ("Russia sent troops to the border after two peacekeepers were killed.", "sent", "154"),
        ("Trump welcomed the troops to the base.", "welcomed", "013"),
        ("Russia warned that Kiev would take retaliatory measures.", "warned", "012"),
        ("The minister was met by rebels at the airport.", "met", "040"),
        # bad weather is gloom, no criticism; one ordered out of a courtroom is ordered
        ('"The weather has been bad all week," the mayor said.', "said", "012"),
        ("The reporters were ordered to leave the courtroom.", "ordered", "100"),
        # a stopover made stays a visit
        ("The president stopped in Paris on his way to Moscow.", "stopped", "042"),
        # an accusation made on a day is one
        ("China accused Japan on Monday of whitewashing its wartime past.", "accused", "112"),
        # someone found in a place by police is found, no ruling
        ("Police found him in a car park.", "found", "091"),
        # a clash over ground, or of forces, stays a fight; protesters with police clash in a riot
        ("India and China clashed over the disputed border.", "clashed", "190"),
        ("Israeli troops and Palestinians clashed on Friday.", "clashed", "190"),
        ("Protesters clashed with police over the closure of the mosque.", "clashed", "145"),
        ("Medvedev halted the military operation in Georgia.", "halted", "087"),
        ("Rebels vowed to attack the town.", "vowed", "138"),
        # a report denied stays a denial; signing an agreement stays one
        ("The ministry denied the report.", "denied", "016"),
        ("The two leaders signed a trade agreement.", "signed", "057"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    "text",
    [
        # a level of anything else raised or kept is no alert; bags put on a plane send no one away; rebels scuttling
        # their own ship and a merchant ship's rescue are no state's acts
        "The city raised the level of the river barrier.",
        "She kept the level of the pool low.",
        "Police put the bags on a plane.",
        "The rebels scuttled their own ship.",
        "A merchant ship rescued 20 migrants.",
    ],
)
def test_no_alert_and_no_name(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not events, described(events)


def test_may_as_a_modal_after_a_subject_stays_a_modal(nlp, coding_context) -> None:
    from tidings.evaluate.events import factuality_class

    e = event_on(coded(nlp, coding_context, "Modi May Visit Pakistan Next Month"), "Visit")
    assert ((e.get("source") or {}).get("country"), factuality_class(e)) == ("IND", "future"), described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a letter or a petition signed: no accord
        ("Forty-five senators signed a letter in May urging the president to act.", "signed"),
        ("More than 10,000 residents signed a petition against the plan.", "signed"),
        # the law's errand and a doctor's care: no visit, no inquiry
        ("Police had gone to his apartment to arrest him.", "gone"),
        ("Detectives visited the home of the suspect.", "visited"),
        ("The sailors were examined by doctors.", "examined"),
        # a recession fought: a campaign, no force
        ("G20 agrees $1.1 trillion package to fight global recession", "fight"),
        # a warning that prices will rise is no threat
        ("Economists warned that prices would rise.", "warned"),
        # a match stopped by a referee makes no stopover
        ("The match was stopped by the referee.", "stopped"),
        # a stance held for long is no one act
        ("Civil liberties groups have long criticized the bureau's use of sting operations.", "criticized"),
        ("China has long accused Japan of whitewashing its wartime past.", "accused"),
        # a move met with a response or applause meets no one
        ("The attack should have been met with a more forceful response.", "met"),
        ("The envoy was met with applause in the hall.", "met"),
        # a yacht's passage or reporters' shadowing is no show of force
        ("The yacht sailed through the strait on Monday.", "sailed"),
        ("Reporters shadowed the candidate all day.", "shadowed"),
        # a rescue by firefighters is no act of states; a squeeze on ports or an economy kills no one
        ("Firefighters rescued two people from the burning house.", "rescued"),
        ("Kiev accused Moscow of trying to strangle its eastern ports.", "strangle"),
        ("The blockade is strangling the economy.", "strangling"),
        # sailors hurt when ships collide are hurt in a mishap; a rescue operation ended stops no fighting
        ("Five sailors were injured after a destroyer collided with an oil tanker.", "injured"),
        ("The European Union ended Italy's Mare Nostrum search-and-rescue operation in 2014.", "ended"),
    ],
)
def test_no_act_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"] and e["type"]["cameo"][:2] != "01"
                or (word == "warned" and e["type"]["cameo"][:2] == "13")], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a minister's visit, the authorities' trip and an investigators' examination keep their readings
        ("The minister visited the home of the victim.", "visited", "042"),
        ("Chinese authorities went to the village.", "went", "042"),
        ("The sailors were examined by investigators.", "examined", "090"),
    ],
)
def test_other_doers_keep_the_act(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


def test_boats_blown_up_and_sunk_are_one_destruction(nlp, coding_context) -> None:
    # one destruction told with two joined verbs is one event, on the verb naming the boats
    events = coded(nlp, coding_context, "Indonesia blew up and sank 23 foreign fishing boats on Tuesday.")
    assert [(e["type"]["cameo"], e["type"]["trigger"]) for e in events] == [("1712", "sank")], described(events)


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        # a note or a message of protest sent or handed to a side is a complaint to it, one act on the verb
        ("The fleet said it had sent a radio message of protest to the American commander.", "114", "USA"),
        ("Manila handed a letter of protest to the Chinese embassy.", "114", "CHN"),
        # a message of condolence keeps its reading, now with the one it went to
        ("Jiang sent a message of condolence to President Demirel.", "018", "TUR"),
    ],
)
def test_a_message_sent_is_what_it_carries(nlp, coding_context, text: str, code: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [(e["type"]["cameo"], (e.get("target") or {}).get("country")) for e in events] == [(code, target)], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target", "factuality"),
    [
        # what one who telephones a side does in the call is the caller's, done, to the one called
        ("Obama telephoned Prime Minister Stephen Harper to offer condolences.", "offer", "USA", "CAN", "happened"),
        ("Merkel telephoned Putin to express concern about the fighting.", "express", "DEU", "RUS", "happened"),
        # a call still to come keeps its purpose to come
        ("Obama will telephone Prime Minister Stephen Harper to offer condolences.", "offer", "USA", "CAN", "future"),
    ],
)
def test_what_a_caller_does_in_the_call(nlp, coding_context, text: str, trigger: str, source: str, target: str,
                                        factuality: str) -> None:
    from tidings.evaluate.events import factuality_class

    e = event_on(coded(nlp, coding_context, text), trigger)
    got = ((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country"), factuality_class(e))
    assert got == (source, target, factuality), described([e])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # participles that spell out sanctions are the sanctions, one act
        ("The United Nations Security Council on Saturday unanimously imposed sanctions on North Korea, banning the sale "
         "of heavy weapons.", ["163"]),
        ("The Security Council voted on Saturday to impose sanctions on North Korea, banning the sale of heavy weapons and "
         "freezing the assets of people linked to its nuclear programme.", ["163"]),
        # a curfew's ban is a measure of its own
        ("The army imposed a curfew, banning all gatherings.", ["1723", "172"]),
    ],
)
def test_sanctions_spelled_out_are_one_act(nlp, coding_context, text: str, codes: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == codes, described(events)


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        # a damning name in quotation marks, or after the thing named, judges it (111); the US lawmakers the foreign news
        # quotes have their country
        ('Senator John McCain called the decision "a serious setback".', "111", "USA"),
        ('Senator Lindsey Graham called the withdrawal "a huge Obama-like mistake".', "111", "USA"),
        ('The Russian fleet called the American approach "unsafe and unprofessional".', "111", "RUS"),
        ('House Minority Leader Nancy Pelosi called the remarks "abhorrent and delusional".', "111", "USA"),
        # a commending name keeps its praise
        ('Senator John McCain called the agreement "a historic step".', "051", "USA"),
    ],
)
def test_a_name_in_quotation_marks_judges(nlp, coding_context, text: str, code: str, source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "called")
    assert (e["type"]["cameo"], (e.get("source") or {}).get("country")) == (code, source), described([e])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a running total counts the acts told before; the name of an alert level is no attack
        ("Police said officers had arrested three more men on Wednesday, bringing to four the number of people detained.",
         ["173"]),
        ('The government raised its national security alert to "emergency attack", the highest level.', ["151"]),
    ],
)
def test_totals_and_level_names_are_no_acts(nlp, coding_context, text: str, codes: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == codes, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source"),
    [
        # a protest from a state is its complaint, and the state is its source
        ("The decision drew an immediate protest from Beijing.", "protest", "114", "CHN"),
        ("China's protest came a day after the sale.", "protest", "114", "CHN"),
        # a ministry in a where-clause on a place is that place's
        ("The sale drew a protest from Beijing, where the Foreign Ministry summoned the American ambassador.", "summoned",
         "114", "CHN"),
        # a request from a side is its own
        ("India has declined requests from Australia to take part in the exercises.", "requests", "020", "AUS"),
    ],
)
def test_a_protest_from_a_state_is_its_complaint(nlp, coding_context, text: str, trigger: str, code: str, source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e["type"]["cameo"], (e.get("source") or {}).get("country")) == (code, source), described([e])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a crowd's protest stays a demonstration, and a protest from no state has no state as its source (the crowd
        # that joins it is its source, people of the place's country)
        ("Thousands joined the protest in Tehran on Friday.", "IRN"),
        ("The protest from the opposition was ignored.", None),
        ("US and British activists staged a dramatic protest in Beijing on Wednesday.", "USA"),
        ("Hong Kong's protests turned violent on Sunday.", "HKG"),
    ],
)
def test_a_crowd_s_protest_stays_a_demonstration(nlp, coding_context, text: str, source) -> None:
    e = event_on(coded(nlp, coding_context, text), "protest")
    assert (e["type"]["cameo"], (e.get("source") or {}).get("country")) == ("141", source), described([e])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an adjective capitalised only because it opens the sentence names no town ("Federal", Argentina)
        ("Federal police arrested two men.", None),
        ("Federal regulators approved the takeover of the bank.", None),
        # a town before a role word still places it
        ("Newark police arrested two men.", "USA"),
    ],
)
def test_a_capitalised_opening_adjective_is_no_place(nlp, coding_context, text: str, country) -> None:
    events = coded(nlp, coding_context, text)
    assert events and (events[0].get("source") or {}).get("country") == country, described(events)
