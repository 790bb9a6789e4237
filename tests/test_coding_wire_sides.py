"""Wire-style sentences whose sides, code or status the coder used to get wrong: fighters killed, clashes with police,
suicide bombings, a prevention that failed, sums given in aid, talks a third party hosts, responsibility claimed.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, described, event_on

from tidings.code.time import dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the fighters a side kills are its target (the row "kill soldier|fighter|rebel ..." is 190, not one's own forces)
        ("Syrian troops killed 30 rebels near Aleppo on Friday.", "killed", "rebels"),
        ("Afghan security forces killed five Taliban fighters in Kunduz province.", "killed", "fighters"),
        ("The Nigerian army killed 12 militants near Maiduguri.", "killed", "militants"),
        # people a clash is with are the other side
        ("Protesters clashed with police in Lima on Friday.", "clashed", "police"),
        ("Students clashed with riot police outside the university in Dhaka.", "clashed", "police"),
        # a sum given "in aid" is aid to the one it goes to
        ("Japan will provide $500 million in aid to the Philippines.", "provide", "Philippines"),
        ("Germany gave 100 million euros in loans to Greece.", "gave", "Greece"),
    ],
)
def test_the_side_acted_on_is_the_target(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert target in ((e.get("target") or {}).get("text") or ""), described([e])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one's own forces sent or moved stay no target
        ("The government sent more troops to the border region.", "sent"),
        ("Moscow massed troops along the frontier.", "massed"),
    ],
)
def test_own_forces_moved_are_still_no_target(nlp, coding_context, text: str, trigger: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert "troops" not in ((e.get("target") or {}).get("text") or ""), described([e])


def test_a_sum_given_in_loans_is_one_event(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Germany gave 100 million euros in loans to Greece.")
    assert [code for code, _ in code_triggers(events)] == ["071"], described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing four people.", "1831"),
        ("The attacker detonated himself near a police station in Quetta.", "1831"),
        ("Militants blew up a bridge near Mosul.", "183"),
        ("The bomb blew up near the market.", "183"),
    ],
)
def test_blowing_oneself_up_is_a_suicide_bombing(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code for e in events), described(events)


@pytest.mark.parametrize(
    "text",
    [
        "She blew up at her brother during dinner.",
        "The coach blew up at reporters after the game.",
        "He shot himself in the head.",
    ],
)
def test_a_temper_or_a_suicide_is_no_attack(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["cameo"][:2] in {"18", "19"} for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a prevention that failed: the act happened
        ("Police failed to prevent the attack on the church.", "attack", "reported"),
        ("Security forces failed to stop the mob from burning the church.", "burning", "reported"),
        ("The army failed to stop the rebels from taking the town.", "taking", "reported"),
        # a prevention that worked: it did not
        ("Police prevented the attack on the church.", "attack", "denied"),
        ("Troops stopped the rebels from taking the town.", "taking", "denied"),
    ],
)
def test_a_failed_prevention_leaves_the_act_done(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["status"] == status, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a country the parser took for a person's name in a lower-case phrase
        ("The government of Mali imposed a curfew on Bamako.", "imposed", "MLI"),
        ("The president of Chad visited Niger last week.", "visited", "TCD"),
    ],
)
def test_a_country_tagged_as_a_name_stays_the_country(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == country, described([e])


def test_a_name_that_is_a_country_with_a_given_name_stays_a_person(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Police in Miami arrested Chad Johnson on Monday."), "arrested")
    assert (e.get("target") or {}).get("country") != "TCD", described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "sector"),
    [
        ("The opposition called for a general strike.", "called", None),
        ("Unions called a general strike across the country.", "called", None),
    ],
)
def test_a_general_strike_names_no_officer(nlp, coding_context, text: str, trigger: str, sector: object) -> None:
    events = coded(nlp, coding_context, text)
    assert not any((e.get("target") or {}).get("sector") == "MIL" or (e.get("source") or {}).get("text") == "general"
                   for e in events), described(events)


def test_the_general_in_command_is_still_an_officer(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The general ordered his troops to attack the rebel positions."), "attack")
    assert (e.get("source") or {}).get("sector") == "MIL" or "general" in ((e.get("source") or {}).get("text") or ""), described([e])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands rallied in Budapest against the new media law.", "141"),
        ("Hundreds of people rallied in Kyiv against corruption.", "141"),
        ("The senator rallied Republicans against the bill.", "113"),
    ],
)
def test_a_crowd_rallying_demonstrates(nlp, coding_context, text: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "rallied")
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "sides_of_talks"),
    [
        ("Egyptian mediators hosted talks between Israel and Hamas in Cairo.", {"ISR", "PSE"}),
        ("Qatar mediated talks between the Taliban and Washington.", {"AFG", "USA"}),
    ],
)
def test_talks_a_third_party_hosts_are_the_two_sides_own(nlp, coding_context, text: str, sides_of_talks: set) -> None:
    events = coded(nlp, coding_context, text)
    talks = [e for e in events if e["type"]["cameo"] == "046"]
    assert talks and {(e.get("source") or {}).get("country") for e in talks} == sides_of_talks, described(events)


def test_talks_hosted_with_one_side_stay_the_hosting(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The mayor hosted talks with residents on Monday.")
    assert not any(e["type"]["cameo"] == "046" for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two men were indicted by a federal grand jury on fraud charges.", "173"),
        ("The men were arrested Monday on charges of fraud.", "173"),
    ],
)
def test_the_charges_of_an_indictment_are_that_indictment(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events].count(code) == 1, described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A judge ordered the release of the detained journalist.", "0841"),
        ("The president ordered the release of all political prisoners.", "0841"),
        ("The court ordered the arrest of the former minister.", "173"),
    ],
)
def test_an_order_is_coded_by_what_it_orders(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == [code], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "status"),
    [
        ("Hamas claimed responsibility for the rocket attack.", "attack", "Hamas", "reported"),
        ("The Taliban claimed responsibility for the attack, which killed 12 soldiers.", "attack", "Taliban", "reported"),
        ("The militia was blamed for the massacre.", "massacre", "militia", "unconfirmed"),
        ("Israel blamed Hamas for the rocket attack.", "attack", "Hamas", "unconfirmed"),
    ],
)
def test_who_claims_or_is_blamed_for_an_attack_did_it(nlp, coding_context, text: str, trigger: str, doer: str, status: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert doer in ((e.get("source") or {}).get("text") or "") and e["status"] == status, described([e])


def test_blame_for_a_thing_is_no_event(nlp, coding_context) -> None:
    assert coded(nlp, coding_context, "The mayor blamed the weather for the delay.") == []


@pytest.mark.parametrize(
    ("text", "code", "trigger", "doer"),
    [
        # the strike a side killed in is that side's (a code of its own)
        ("The Nigerian army killed 12 militants in an air strike near Maiduguri.", "195", "air strike", "Nigerian army"),
    ],
)
def test_the_attack_a_side_kills_in_is_its_own(nlp, coding_context, text: str, code: str, trigger: str, doer: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code and (e.get("source") or {}).get("text") == doer, described([e])


@pytest.mark.parametrize(
    "text",
    [
        "The army seized power in a bloodless coup on Tuesday.",
        "Afghan security forces killed five Taliban fighters in a clash in Kunduz province.",
    ],
)
def test_one_happening_told_by_a_verb_and_its_noun_is_one_event(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert len(events) == 1 and events[0]["type"]["cameo"] == "190", described(events)


def test_a_fight_told_by_its_verb_and_its_noun_keeps_the_verb_with_its_sides(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Gunmen and soldiers exchanged fire in a shootout that lasted three hours near Nalchik.")
    assert {t for _, t in code_triggers(events)} == {"exchanged"}, described(events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name the tagger read as a date is still the doer
        ("Al-Shabaab claimed responsibility for the attack.", "Al-Shabaab"),
        ("Al-Shabaab claimed the attack on the hotel in Mogadishu.", "Al-Shabaab"),
    ],
)
def test_a_claim_of_an_attack_is_the_claimers_own(nlp, coding_context, text: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    claim, attack = event_on(events, "claimed"), event_on(events, "attack")
    assert claim["type"]["cameo"] == "015" and (claim.get("source") or {}).get("text") == source, described(events)
    assert (attack.get("source") or {}).get("text") == source and attack["status"] == "reported", described(events)


def test_a_day_is_still_no_actor(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The army rejected the plan on Monday."), "rejected")
    assert (e.get("target") or {}).get("text") is None, described([e])


def test_a_claim_of_a_success_stays_the_claimers_word(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The rebels claimed the capture of the town."), "capture")
    assert e["status"] == "unconfirmed", described([e])


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        # an attack and its toll are one event (settling rule 1), however the toll is told
        ("Maoist rebels ambushed a police patrol in Chhattisgarh, killing 10 officers.", "ambushed"),
        ("Al-Shabaab fighters ambushed an Ethiopian army convoy near Baidoa, killing 15 soldiers.", "ambushed"),
        ("Two soldiers were killed when rebels ambushed their patrol near Goma.", "ambushed"),
        ("Three Nigerian soldiers were killed when their convoy was shelled by insurgents.", "shelled"),
        ("Fighting between the army and the RSF killed dozens of civilians in Omdurman.", "Fighting"),
    ],
)
def test_an_attack_and_its_toll_told_by_a_clause_are_one_event(nlp, coding_context, text: str, attack: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [t for _, t in code_triggers(events)] == [attack], described(events)


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # a killing in a robbery is an act of its own; a gunman's shots and their toll are the killing (settling rule 11)
        ("The man robbed a bank, killing a guard.", {"robbed", "killing"}),
        ("Gunmen opened fire at a shooting club in Kabul, killing two guards.", {"killing"}),
        ("Two guards were killed when gunmen stormed the bank on Monday.", {"killed", "stormed"}),
    ],
)
def test_a_killing_beside_a_crime_or_a_blow_keeps_its_own_reading(nlp, coding_context, text: str, triggers: set) -> None:
    events = coded(nlp, coding_context, text)
    assert {t for _, t in code_triggers(events)} == triggers, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # what is fired is no target, nor is where it was fired from; whom it killed is
        ("A rocket fired from Lebanon killed a farmer in the Israeli town of Metula.", "fired", "farmer"),
        ("A petrol bomb hurled at the bank killed two women.", "hurled", "women"),
    ],
)
def test_the_one_a_fired_weapon_killed_is_the_target(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert target in ((e.get("target") or {}).get("text") or ""), described([e])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Drones reportedly struck an oil depot in the Russian city of Bryansk early on Saturday.", "195"),
        ("Drones hit an ammunition depot near Kherson.", "195"),
        ("A delivery drone hit a power line in Dublin.", None),
    ],
)
def test_drones_striking_attack_from_the_air(nlp, coding_context, text: str, code: str | None) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == ([code] if code else []), described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bus drivers in London went on strike on Monday.", "143"),
        ("Nurses across Kenya went on strike over unpaid salaries.", "143"),
        ("The jailed activist went on hunger strike last week.", "142"),
        ("She went on a trip to Paris.", "042"),
    ],
)
def test_going_on_strike_is_a_strike(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == [code], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a reported "would not" is a future denied (settling rule 26), not a possibility
        ("The minister said Spain would not send troops to Haiti.", "send", "forecast"),
        ("The minister said Spain would send troops to Haiti.", "send", "forecast"),
    ],
)
def test_a_reported_would_not_is_a_denied_future(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["status"] == status, described([e])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The accused was remanded in custody until next week.", ["173"]),
        ("Police said the wounded were taken to hospital.", []),
    ],
)
def test_a_participle_for_people_is_no_act(nlp, coding_context, text: str, codes: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == codes, described(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The accused pleaded not guilty at Brisbane District Court on Monday.", "016"),
        ("He pleaded innocent to all charges.", "016"),
        ("The driver pleaded guilty to manslaughter on Monday.", "015"),
    ],
)
def test_a_plea_of_not_guilty_is_a_denial(nlp, coding_context, text: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "pleaded")
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "crime_status"),
    [
        ("He was acquitted of murder.", "unconfirmed"),
        ("A court in Lahore acquitted the two brothers of murder on Tuesday.", None),
    ],
)
def test_an_acquittal_is_a_ruling_against_the_charge(nlp, coding_context, text: str, crime_status: str | None) -> None:
    events = coded(nlp, coding_context, text)
    ruling = event_on(events, "acquitted")
    assert ruling["type"]["cameo"] == "116" and ruling["status"] == "denied", described(events)
    if crime_status:
        assert event_on(events, "murder")["status"] == crime_status, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a possessive in the charge is the accuser's: what the accused harmed is the accuser's own
        ("Iran accused Israel of the attack on its consulate in Damascus.", "attack", "IRN"),
        ("Turkey blamed the militants for the bombing of its embassy in Kabul.", "bombing", "TUR"),
    ],
)
def test_the_possessive_in_a_charge_is_the_accusers(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("target") or {}).get("country") == country, described([e])


def test_a_possessive_outside_a_charge_keeps_its_nearest_owner(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Israel attacked its neighbour's consulate in Damascus."), "attacked")
    assert (e.get("target") or {}).get("country") != "IRN", described([e])


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Russia and Ukraine exchanged 90 prisoners of war.", {("RUS", "UKR"), ("UKR", "RUS")}),
        ("Israel and Hamas swapped hostages for Palestinian prisoners on Friday.", {("ISR", "PSE"), ("PSE", "ISR")}),
    ],
)
def test_an_exchange_of_prisoners_frees_each_sides_people(nlp, coding_context, text: str, pairs: set) -> None:
    events = coded(nlp, coding_context, text)
    assert {((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")) for e in events
            if e["type"]["cameo"] == "0841"} == pairs, described(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Senegalese president refused to meet the French envoy.", "French envoy"),
        ("The government refused to negotiate with the rebels.", "rebels"),
    ],
)
def test_a_refusal_names_the_side_of_the_refused_act(nlp, coding_context, text: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "refused")
    assert (e.get("target") or {}).get("text") == target, described([e])


def test_a_sum_sought_in_a_suit_leaves_the_suit(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The former coach is seeking $2 million in a lawsuit against the university.")
    assert any(e["type"]["cameo"] == "115" for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a state's own craft ("its jets") and drones launched strike from the air
        ("Russia denied that its jets bombed a market in Idlib province.", "bombed", "195"),
        ("Ukraine said it shot down 30 of the 35 drones launched by Russia overnight.", "launched", "195"),
    ],
)
def test_craft_a_state_owns_or_launches_strike_from_the_air(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "endorsed"),
    [
        ("Somali forces backed by U.S. air strikes recaptured the port town of Harardhere from al-Shabaab.", False),
        ("The candidate was backed by the party leadership.", True),
    ],
)
def test_a_backing_by_strikes_is_the_strikes(nlp, coding_context, text: str, endorsed: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == "051" for e in events) == endorsed, described(events)


def test_a_crime_one_is_charged_over_is_alleged(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Queensland Police have charged a man over a string of burglaries in Townsville."), "burglaries")
    assert e["status"] == "unconfirmed", described([e])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a state's or an armed force's strikes on a target are armed strikes, not labour strikes
        ("The army intensified its strikes on rebel positions near Goma.", "195"),
        ("Coalition strikes on Sanaa killed 12 people.", "195"),
        ("An Israeli strike that killed three people hit a house in Rafah.", "195"),
        ("The union said its strikes on Monday closed schools.", "143"),
        ("French strikes on the rail network disrupted travel.", "143"),
    ],
)
def test_an_armed_forces_strikes_are_armed(nlp, coding_context, text: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "strike")
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a protest lodged or a summons to protest is an official complaint (114), no demonstration
        ("China summoned the Japanese ambassador to protest against the visit.", ["114"]),
        ("India lodged a formal protest with Pakistan over the shelling.", ["114", "194"]),
        ("Students staged a protest outside parliament.", ["141"]),
        ("Workers gathered to protest against the closure.", ["140"]),
    ],
)
def test_a_diplomatic_protest_is_a_complaint(nlp, coding_context, text: str, codes: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == codes, described(events)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a fall in sales is no autumn (no model needed)
        ("Tesco blamed the fall in consumer confidence for weaker sales on Wednesday, the minister said.", None),
        ("The talks will resume in the fall, the minister said.", "2021-FA"),
    ],
)
def test_the_fall_in_something_is_no_season(text: str, date: str | None) -> None:
    found = [t["value"] for t in dates(text, anchor="2021-06-01") if "FA" in str(t["value"])]
    assert found == ([date] if date else []), found


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the day a dateline gives names no place: "May 1" is no Theresa May
        ("Talks pledge\n\nNDJAMENA, May 1 - The president pledged to hold talks with the rebels in the capital.", "pledged", "TCD"),
        ("Expulsion\n\nMOSCOW, May 1 (Reuters) - Moscow expelled two Estonian diplomats, the ministry said.", "expelled", "RUS"),
    ],
)
def test_a_datelines_day_names_no_country(nlp, coding_context, text: str, trigger: str, country: str | None) -> None:
    events = coded(nlp, coding_context, text)
    e = event_on(events, trigger)
    assert "GBR" not in {(x.get("source") or {}).get("country") for x in events} | {(x.get("target") or {}).get("country") for x in events}, described(events)
    assert (e.get("source") or {}).get("country") == country, described([e])


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a denied charge was still brought: the guilt is what is denied (016)
        ("Sanjay Patil denied the charges when he appeared in court.", "reported"),
    ],
)
def test_charges_denied_were_still_brought(nlp, coding_context, text: str, status: str) -> None:
    events = coded(nlp, coding_context, text)
    assert event_on(events, "denied")["type"]["cameo"] == "016" and event_on(events, "charges")["status"] == status, described(events)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # chanting slogans is a demonstration, once per gathering
        ("Local residents gathered outside the town hall and chanted slogans against the mayor.", ["141"]),
        ("About 1,700 protesters gathered in nearby streets, chanting slogans against the president.", ["141"]),
        ("Fans chanted his name.", []),
    ],
)
def test_chanting_slogans_is_a_demonstration(nlp, coding_context, text: str, codes: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == codes, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a second act joined to what a speaker said a thing was is the speaker's own
        ("North Korea said the talks were useless and demanded the withdrawal of US troops.", "demanded", "North Korea"),
        ("The minister said the plan was dead and blamed Israel for the collapse.", "blamed", "minister"),
        # the doers of the clause said keep their acts
        ("The army said its men attacked the camp and captured two rebels.", "captured", "men"),
    ],
)
def test_a_second_act_joined_to_a_saying_is_the_speakers(nlp, coding_context, text: str, trigger: str, source: str | None) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("text") == source, described([e])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # saying a measure is illegal or a mistake is criticism (111), a statement coded by what it says
        ("Cuba said the sanctions were illegal.", ["111"]),
        ("The council said the plan was illegal and would be challenged.", ["111"]),
        ("The minister said the decision was not wrong.", []),
        ("The FBI said Kopp was a fugitive.", []),
    ],
)
def test_saying_a_thing_is_illegal_is_criticism(nlp, coding_context, text: str, codes: list[str]) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"] for e in events] == codes, described(events)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # two peoples' adjectives joined before one noun name two sides
        ("Moroccan and Algerian troops exchanged fire near the border.", {("MAR", "DZA"), ("DZA", "MAR")}),
        ("Israeli and Palestinian negotiators met in Cairo on Monday.", {("ISR", "PSE"), ("PSE", "ISR")}),
        ("Fighting erupted between Armenian and Azerbaijani troops on the border on Monday.", {("ARM", "AZE"), ("AZE", "ARM")}),
        ("Russian troops attacked the village.", {("RUS", None)}),
    ],
)
def test_two_peoples_joined_before_a_noun_are_two_sides(nlp, coding_context, text: str, pairs: set) -> None:
    events = coded(nlp, coding_context, text)
    assert {((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")) for e in events} == pairs, described(events)


@pytest.mark.parametrize(
    ("text", "taker", "loser"),
    [
        # a place lost to a side is that side's capture of it (192)
        ("Hamas lost control of the Rafah crossing to Israeli forces.", "ISR", "PSE"),
        ("The rebels lost the town of Kidal to government troops on Sunday.", "government troops", "rebels"),
    ],
)
def test_a_place_lost_to_a_side_is_taken_by_it(nlp, coding_context, text: str, taker: str, loser: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "lost")
    got = ((e.get("source") or {}).get("country"), (e.get("source") or {}).get("text"), (e.get("target") or {}).get("country"),
           (e.get("target") or {}).get("text"))
    assert e["type"]["cameo"] == "192" and taker in got[:2] and loser in got[2:], described([e])


@pytest.mark.parametrize("text", ["Arsenal lost the match to Chelsea.", "The party lost the election to the opposition.",
                                  "He lost his wallet to a pickpocket."])
def test_a_game_a_vote_or_a_thing_lost_is_no_capture(nlp, coding_context, text: str) -> None:
    assert not any(e["type"]["cameo"] == "192" for e in coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the means one uses to disperse a crowd does not disperse it: the user does, told once
        ("Riot police used water cannon to disperse demonstrators in Tbilisi.", "Riot police", "demonstrators"),
        ("Police fired tear gas to disperse the crowd.", "Police", "crowd"),
    ],
)
def test_who_uses_a_means_does_the_act(nlp, coding_context, text: str, source: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [((e.get("source") or {}).get("text"), target in ((e.get("target") or {}).get("text") or "")) for e in events] == [(source, True)], described(events)


def test_an_object_urged_to_act_still_acts(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The minister urged China to release the activists."), "release")
    assert (e.get("source") or {}).get("country") == "CHN", described([e])
