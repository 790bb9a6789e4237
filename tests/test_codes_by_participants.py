"""The CAMEO code an act takes from who does it to whom and from what is said: a welcome that endorses or receives,
a warning that threatens, pressure that appeals, a movement's attack on an army, a state's forces firing on a crowd,
troops sent to keep the peace or to help a side, and peacekeepers withdrawn.

Phrases and sentences written for these tests. Each changed case comes with one of the same shape that keeps its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, on_trigger


def _codes(nlp, coding_context, text: str, trigger: str, published: str = "1995-06-01") -> list[str]:
    events = coded(nlp, coding_context, text, published=published)
    return [e["type"]["cameo"] for e in on_trigger(events, trigger)]


def _first_code_is(nlp, coding_context, text: str, trigger: str, code: str, published: str = "1995-06-01") -> None:
    """The first event coded on ``trigger`` has ``code`` (failing with every record shown)."""
    codes = _codes(nlp, coding_context, text, trigger, published)
    assert codes and codes[0] == code, described(coded(nlp, coding_context, text, published=published))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # what one welcomes one endorses (051): a finding, the news, a resignation, a people, a government, a force
        ("The Iranian delegate welcomed the report but criticised the council.", "welcomed", "051"),
        ("The foreign minister welcomed the news from Geneva.", "welcomed", "051"),
        ("The opposition leaders welcomed the general's resignation.", "welcomed", "051"),
        ("The interim government welcomed the Kenyans.", "welcomed", "051"),
        ("Both clan leaders said they welcome the troops.", "welcome", "051"),
        ("Tanzania welcomed the new government in Kampala.", "welcomed", "051"),
        # ... a visitor received with a ceremony, at an airport or by a host is a visit hosted (043)
        ("The king welcomed Mitterrand at a ceremony in the palace garden.", "welcomed", "043"),
        ("The delegates were welcomed by President Mubarak in Cairo.", "welcomed", "043"),
        # ... a wish to welcome, and people greeting their own, stay comments (013)
        ("Officials said the country would welcome the envoys.", "welcome", "013"),
        ("Relatives gathered at the airport to welcome the freed men.", "welcome", "013"),
        # ... and a leader welcomed with no reception, or by a crowd, an end or a change welcomed, stay comments
        ("The foreign minister welcomed the Indian premier on Tuesday.", "welcomed", "013"),
        ("The released leader was welcomed by supporters in the township.", "welcomed", "013"),
        ("The herders welcomed the end of the drought.", "welcomed", "013"),
    ],
)
def test_a_welcome_endorses_unless_it_receives_a_visitor_or_only_wishes(nlp, coding_context, text: str, trigger: str,
                                                                        code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "1995-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a warning of what a side will do, or of what will be done to those who defy it, threatens (13)
        ("The junta warned that strikers would be dismissed.", "130"),
        ("Baghdad warned that Riyadh would pay a heavy price for its support of Tehran.", "130"),
        ("The president warned that the army would crush the remaining rebel units.", "130"),
        ("The miners' union warned that its members would strike next month.", "130"),
        ("Tehran warned that it would treat the convoys as a hostile act.", "130"),
    ],
)
def test_a_warning_of_what_a_side_will_do_is_a_threat(nlp, coding_context, text: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, "warned", code, "1995-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a warning of how things will go stays a comment: a trend, a state, an end not coming
        "The relief agency warned that grain stocks would run out within weeks.",
        "The economist warned that prices would rise sharply.",
        "The envoy warned that the fighting would not end soon.",
        # ... and so does a warning of what another side will do, or of a measure that coerces no one
        "Moscow warned that Kiev would retaliate.",
        "Police warned that further attacks would follow.",
        "Officials warned that patients would be treated in tents.",
    ],
)
def test_a_warning_of_how_things_will_go_is_no_threat(nlp, coding_context, text: str) -> None:
    codes = _codes(nlp, coding_context, text, "warned")
    assert not any(c.startswith("13") for c in codes), described(coded(nlp, coding_context, text, published="1995-06-01"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senators said they would press for a vote on the aid bill.", "press"),
        ("The American envoy pressed the junta to free the detained journalists.", "pressed"),
    ],
)
def test_pressing_a_side_is_an_appeal(nlp, coding_context, text: str, trigger: str) -> None:
    codes = _codes(nlp, coding_context, text, trigger)
    assert codes and codes[0].startswith("02"), described(coded(nlp, coding_context, text, published="1995-06-01"))


@pytest.mark.model
def test_a_hand_pressing_a_thing_is_no_appeal(nlp, coding_context) -> None:
    text = "The officer shouted at the man to drop the gun and pressed his own pistol into the man's back."
    assert not _codes(nlp, coding_context, text, "pressed"), described(coded(nlp, coding_context, text, published="2009-03-10"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        # a movement's attack on a state's forces or posts, and any side's attack on an army, is armed force (19)
        ("Separatist guerrillas attacked a Moroccan garrison near the berm on Sunday.", "attacked", "19"),
        ("Guerrillas attacked a police checkpoint outside the town.", "attacked", "19"),
        ("The frigates were attacked at night by several gunboats.", "attacked", "19"),
        ("The insurgents attacked an army barracks in the north.", "attacked", "19"),
        # ... a movement's attack on a village or a town or told with no target, and gunmen's attack on a bus, stay
        # assaults (18)
        ("The rebels attacked a village and killed eleven farmers.", "attacked", "18"),
        ("Rebels attacked the northern town of Gulu before dawn.", "attacked", "18"),
        ("Rebels attacked the garrison town of Kindu.", "attacked", "18"),
        ("The insurgent group claimed the attack in a statement.", "attack", "18"),
        ("Gunmen attacked a bus carrying pilgrims.", "attacked", "18"),
    ],
)
def test_an_attack_on_an_army_or_a_town_by_a_movement_is_armed_force(nlp, coding_context, text: str, trigger: str,
                                                                      root: str) -> None:
    codes = _codes(nlp, coding_context, text, trigger)
    assert codes and codes[0][:2] == root, described(coded(nlp, coding_context, text, published="1995-06-01"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a state's forces firing on a crowd repress it (175)
        ("Witnesses said soldiers fired on a crowd of students outside the university.", "fired", "175"),
        ("Riot police opened fire on demonstrators in the main square.", "opened", "175"),
        ("Troops fire on mourners in the capital", "fire", "175"),
        ("Security forces opened fire on rioters in the market.", "opened", "175"),
        # ... firing on an armed side, or on armed supporters, is fighting
        ("The soldiers fired on the rebel positions across the river.", "fired", "190"),
        ("Troops fired on a crowd of rebels near the bridge.", "fired", "190"),
        ("Troops fired on armed supporters of the warlord.", "fired", "190"),
    ],
)
def test_a_states_forces_firing_on_a_crowd_is_repression(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "1995-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # troops sent to keep or watch a peace, at a host's request, or to help a side fight or keep order, are given (074)
        ("The secretary-general said he would send 600 United Nations troops to the border zone.", "send", "074"),
        ("The council approved the deployment of U.N. military observers along the frontier.", "deployment", "074"),
        ("The regional force was deployed at the request of the island's government.", "deployed", "074"),
        ("Libya sent two thousand soldiers to help the embattled president.", "sent", "074"),
        ("Canberra said it would send more troops to reinforce the Regional Assistance Mission.", "send", "074"),
        ("Beirut asked Washington to send back the multinational force.", "send", "074"),
        # ... troops sent about a state's own business, or to clear roads, are forces mobilised (154)
        ("The garrison sent soldiers out of its barracks to help clear barricades.", "sent", "154"),
        ("The army deployed troops to the border to stop the smugglers.", "deployed", "154"),
        ("The government sent troops to the southern island to help fight the rebels.", "sent", "154"),
        ("The National Guard was deployed at the request of the governor.", "deployed", "154"),
    ],
)
def test_troops_sent_to_keep_the_peace_or_help_a_side_are_given(nlp, coding_context, text: str, trigger: str,
                                                                code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "1995-06-01")


@pytest.mark.model
def test_the_help_troops_are_sent_to_give_is_the_sending(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "It is the first time the alliance has sent troops to help a member state.",
                   published="2022-01-10")
    assert not on_trigger(events, "help"), described(events)
    assert [e["type"]["cameo"] for e in on_trigger(events, "sent")] == ["074"], described(events)


@pytest.mark.model
def test_the_side_troops_are_sent_to_help_is_the_sendings_target(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Damascus sent troops into Lebanon to help the Christian militias.", published="1976-06-02")
    sent = on_trigger(events, "sent")
    assert sent and "militias" in str((sent[0].get("target") or {}).get("text")), described(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # peacekeepers withdrawn are peacekeepers withdrawn (1661), not a retreat in battle
        ("The last U.N. peacekeepers left the country on Thursday.", "left", "1661"),
        ("Bangladesh said it would pull out its peacekeeping contingent.", "pull", "1661"),
        ("The withdrawal of the U.N. force began on Monday.", "withdrawal", "1661"),
        # ... an army pulling back retreats, and a contingent of no peacekeeping force withdraws
        ("The invading troops withdrew from the border town.", "withdrew", "087"),
        ("Britain withdrew its contingent from the war zone.", "withdrew", "0874"),
        ("The peacekeepers withdrew from their positions.", "withdrew", "087"),
        ("Hundreds of U.N. troops withdrew from the northern to the southern sector of the buffer zone.", "withdrew", "087"),
    ],
)
def test_peacekeepers_withdrawn_are_no_retreat(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "1995-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # an authority's order that keeps people in restricts them (172); one that sends them out expels them (174)
        ("Several provinces ordered visitors from the capital to isolate themselves for two weeks.", "ordered", "172"),
        ("The premier orders the whole island to stay at home", "orders", "172"),
        ("Foreign aid workers were ordered to leave the province.", "ordered", "174"),
        ("Reporters were ordered out by the secret police on Sunday.", "ordered", "174"),
        # ... a command to forces, and an order of a measure that is no restriction, stay what they were
        ("The general ordered the troops to stay in their barracks.", "ordered", "100"),
        ("Residents were ordered to leave the valley as the wildfire spread.", "ordered", "100"),
    ],
)
def test_an_order_that_keeps_people_in_or_sends_them_out_restricts_or_expels(nlp, coding_context, text: str, trigger: str,
                                                                            code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "2020-04-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # regret for deaths or losses is sympathy (018); a decision regretted is disapproved (110)
        ("The prime minister regretted the deaths of the two soldiers.", "018"),
        ("The State Department regretted the loss of civilian life.", "018"),
        ("The prime minister regretted the loss of his majority.", "110"),
        ("The foreign minister regretted the decision to close the border.", "110"),
    ],
)
def test_regret_for_losses_is_sympathy(nlp, coding_context, text: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, "regretted", code, "1995-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # an election called off restricts political freedom (1721); a visit called off is a visit not made
        ("The military council cancelled the second round of the presidential election.", "cancelled", "1721"),
        ("The interim government cancelled the referendum on the new constitution.", "cancelled", "1721"),
        ("The army cancelled the second round of the parliamentary election.", "cancelled", "1721"),
        # ... a vote of a chamber, a round of talks, are no election
        ("The Senate cancelled the vote on the farm bill.", "cancelled", "160"),
        ("The minister cancelled his visit to Paris.", "visit", "042"),
    ],
)
def test_an_election_cancelled_restricts_political_freedom(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "1992-01-15")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        # a state's backing of an armed movement is military aid (07); a party's backing of a plan is support (05)
        ("Kinshasa accused Kigali of backing the rebels in the east.", "backing", "07"),
        ("The neighbouring government supported the rebel militia with weapons and money.", "supported", "07"),
        ("The opposition party backed the government's budget plan.", "backed", "05"),
        ("Kampala backed the rebels' demand for talks.", "backed", "05"),
    ],
)
def test_a_states_backing_of_an_armed_movement_is_military_aid(nlp, coding_context, text: str, trigger: str, root: str) -> None:
    codes = _codes(nlp, coding_context, text, trigger)
    assert codes and codes[0] == {"07": "072", "05": "051"}[root], described(coded(nlp, coding_context, text, published="2012-11-20"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a crowd's fight with the police, or with another crowd, is a riot (145), whichever side the sentence names first
        ("Curfew imposed after days of clashes between police and striking workers.", "clashes", "145"),
        ("Riot police fought running battles with protesters outside the ministry.", "fought", "145"),
        ("Clashes broke out between the governor's supporters and his opponents in the market.", "Clashes", "145"),
        # ... an army's fight with rebels, or police fighting armed men, stays armed force
        ("Soldiers clashed with rebels near the border crossing.", "clashed", "190"),
        ("Police clashed with armed supporters of the warlord in the hills.", "clashed", "190"),
    ],
)
def test_a_crowds_fight_with_police_or_another_crowd_is_a_riot(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "2011-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a building held by staff, students or no one named is a sit-in (141)
        ("Students occupied the ministry's offices for a second night.", "occupied", "141"),
        ("The occupation of the parliament chamber entered its third week.", "occupation", "141"),
        ("Journalists occupied the building to protest against the closure of the station.", "occupied", "141"),
        # ... soldiers or rebels holding it, and a land occupied, are territory taken
        ("Rebel troops occupied the parliament building on Tuesday.", "occupied", "192"),
        ("The army's occupation of the northern province began in 1975.", "occupation", "192"),
    ],
)
def test_a_building_held_by_civilians_is_a_sit_in(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, trigger, code, "2011-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a warning that those who defy the warner will face consequences or sanctions threatens (130), and one that a
        # move will be met with force threatens force (138)
        ("The president warned that any neighbour that armed the rebels would face consequences.", "130"),
        ("The council warned that the junta would face sanctions if it delayed the vote.", "130"),
        ("Officials warned that a declaration of independence would be met with force.", "138"),
        # ... a warning of costs faced, or of a side's own hardship, stays a comment
        ("The central bank warned that importers would face higher prices next year.", "012"),
        ("The health minister warned that hospitals would face shortages of medicine.", "012"),
    ],
)
def test_a_warning_of_consequences_faced_threatens(nlp, coding_context, text: str, code: str) -> None:
    _first_code_is(nlp, coding_context, text, "warned", code, "2004-02-01")
