"""Wire-style sentences whose target, code, status or side the coder used to get wrong: places, buildings and
vehicles attacked, claims and charges the other side contests, denied motives, accusing names, fines, exercises,
legal steps, threats, incidents at sea, strikes, blocked roads, weapons delivered, expulsions, seizures, refusals to
comment, backers and regions named before a group, hazards and games.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "target", "country", "sector"),
    [
        # the place, building or vehicle an attack hits is its target, of the country its phrase names
        ("Government forces shelled a village in the Idlib countryside on Wednesday.", "shelled", "village", "SYR", "CVL"),
        ("Militants attacked a bus near Gao on Sunday.", "attacked", "bus", "MLI", "CVL"),
        ("Armed men opened fire on a police station in Karak.", "opened", "police station", "JOR", "COP"),
        ("Insurgents stormed a remote outpost in Kunar province.", "stormed", "outpost", "AFG", "MIL"),
        ("A Russian missile attack damaged a power plant in Kharkiv.", "attack", "plant", "UKR", "CVL"),
    ],
)
def test_a_place_attacked_is_the_target(nlp, coding_context, text: str, trigger: str, target: str, country: str, sector: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    t = e.get("target") or {}
    assert target in (t.get("text") or "") and (t.get("country"), t.get("sector")) == (country, sector), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # people attacked stay the target, and a place the act happens in is none
        ("Gunmen attacked villagers near Gao on Sunday.", "attacked", "villagers"),
        ("Rebels attacked soldiers in the town of Kidal.", "attacked", "soldiers"),
    ],
)
def test_people_attacked_in_a_place_stay_the_target(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert target in ((e.get("target") or {}).get("text") or ""), described([e])


@pytest.mark.parametrize("text", ["Real Madrid beat Bayern in Munich on Tuesday.", "The storm hit a village near Hue."])
def test_a_place_is_no_target_of_what_is_no_attack(nlp, coding_context, text: str) -> None:
    assert not coded(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what a claim or a charge told before a contesting phrase says is contested (disputed) or not confirmed
        ("Russian forces seized the village of Synkivka, a claim Kyiv rejected.", "seized", "disputed"),
        ("The Houthis said they had shot down a U.S. drone, a claim the Pentagon did not confirm.", "shot", "unconfirmed"),
        ("Residents said soldiers had detained several civilians, a charge the army rejected.", "detained", "disputed"),
        ("The army said it had killed 40 militants, a figure that could not be independently verified.", "killed", "unconfirmed"),
        # the accusation or the charge itself was made, even when the parser hangs it under the denial
        ("India accused Pakistan of sheltering militants, a charge Islamabad denies.", "accused", "reported"),
        ("Police charged the man with murder, a charge he denies.", "charged", "reported"),
        # a claim no one contests leaves the act as told
        ("Police arrested the man on Friday, a claim that surprised nobody.", "arrested", "reported"),
    ],
)
def test_a_contested_claim_is_disputed_and_the_claim_still_made(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["status"] == status


@pytest.mark.parametrize("lead", ["", "Fighting went on in the east on Monday. "])
def test_a_contested_claim_is_disputed_in_any_sentence_of_a_text(nlp, coding_context, lead: str) -> None:
    # the contesting phrase is found in the sentence's own text, wherever the sentence stands in the document
    text = lead + "Russian forces seized the village of Synkivka, a claim Kyiv rejected."
    assert event_on(coded(nlp, coding_context, text), "seized")["status"] == "disputed"


def test_the_charge_a_side_denies_is_no_charging(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "India accused Pakistan of sheltering militants, a charge Islamabad denies.")
    assert not [e for e in events if e["type"]["trigger"] == "charge"], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a regulator's fine restricts (172); a court's or a judge's fine is its sentence (116)
        ("The European Commission fined Google 2.4 billion euros on Tuesday.", "fined", "172"),
        ("The Federal Aviation Administration fined Boeing $1 million.", "fined", "172"),
        ("A Paris court fined the bank 4.5 billion euros.", "fined", "116"),
        ("The judge fined him $500 for contempt of court.", "fined", "116"),
        # exercises one side holds with its services joined show force; two sides' joint exercises cooperate
        ("China's military held joint exercises around Taiwan on Monday.", "exercises", "150"),
        ("The Indian Navy began joint drills in the Bay of Bengal.", "drills", "150"),
        ("Japan and the United States began joint naval drills on Monday.", "drills", "062"),
        ("The two navies held joint exercises in the Baltic.", "exercises", "062"),
        # legal steps: a challenge in court and an appeal of a penalty are legal actions (115); a bill or a motion put
        # before a legislature is 014 (guidelines, rule 36)
        ("The opposition party challenged the result in court.", "challenged", "115"),
        ("The ruling party said it would appeal the fine.", "appeal", "115"),
        ("Romania's Social Democrats tabled a no-confidence motion against the government.", "tabled", "014"),
        ("A group of Florida lawmakers introduced legislation to ban the practice.", "introduced", "014"),
    ],
)
def test_the_code_follows_who_acts_and_on_what(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


@pytest.mark.parametrize("text", ["The company introduced a new phone on Monday.", "She challenged him to a chess game."])
def test_a_product_introduced_or_a_game_challenged_is_no_event(nlp, coding_context, text: str) -> None:
    assert not coded(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # of two bodies one alias names, the one of the country the text names (the dateline included)
        ("QAMISHLI, Syria, May 1 - The SDF said it had arrested 27 suspected militants.", "SYR"),
        ("The SDF arrested 27 suspected militants near Raqqa, Syrian state media said.", "SYR"),
        ("The SDF said it had arrested 27 suspected smugglers near Okinawa, Japanese media said.", "JPN"),
    ],
)
def test_an_alias_two_bodies_share_is_the_named_countrys(nlp, coding_context, text: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "arrested")
    assert (e.get("source") or {}).get("country") == country, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a vow or a warning to act with force or resolve is a threat (13), a military one 138
        ("North Korea warned it would take overwhelming military action if the drills went ahead.", "warned", "138"),
        ("China vowed to take resolute measures to defend its sovereignty.", "vowed", "130"),
        ("Pakistan's army chief vowed to respond forcefully to any Indian aggression.", "vowed", "130"),
        # incidents at sea, in the air and online
        ("A Chinese coast guard ship rammed a Philippine supply boat near Second Thomas Shoal.", "rammed", "190"),
        ("Chinese vessels blocked two Philippine vessels from reaching Sabina Shoal.", "blocked", "191"),
        ("Japan scrambled fighter jets after two Chinese bombers flew near Okinawa.", "scrambled", "150"),
        ("Russian hackers broke into the computer network of the German Foreign Office.", "broke", "176"),
    ],
)
def test_threats_and_incidents_at_sea_in_the_air_and_online(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # measures against a problem, a response to questions and a car ramming a wall are no threats or attacks
        ("The government promised to take measures to curb inflation.", "promised", "030"),
        ("The minister vowed to respond to the questions.", "vowed", "030"),
    ],
)
def test_measures_and_answers_promised_stay_promises(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


def test_a_car_ramming_a_wall_is_no_event(nlp, coding_context) -> None:
    assert not coded(nlp, coding_context, "The car rammed a wall on the motorway.")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a round of talks is held by the round's light verb; what two sides talk about is no third side
        ("Thailand and Cambodia held a new round of talks on their border dispute on Monday.", {("THA", "KHM"), ("KHM", "THA")}),
        ("India and China held the 21st round of corps commander-level talks.", {("IND", "CHN"), ("CHN", "IND")}),
        # a third side named with "with" stays the other side
        ("Russia and China held talks with Iran on Monday.", {("RUS", "IRN"), ("CHN", "IRN")}),
    ],
)
def test_two_sides_holding_a_round_of_talks_talk_to_each_other(nlp, coding_context, text: str, pairs: set) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"][:2] == "04"]
    assert {((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")) for e in events} == pairs, described(events)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a show of force that is condemned happened: the condemnation and the launch or test are two events
        ("The EU condemned North Korea's missile launch on Tuesday.", {"111", "150"}),
        ("Japan condemned Pyongyang's latest missile test.", {"111", "150"}),
        ("South Korea condemned the North's satellite launch.", {"111", "150"}),
    ],
)
def test_a_condemned_launch_or_test_is_coded_beside_the_condemnation(nlp, coding_context, text: str, codes: set) -> None:
    assert {e["type"]["cameo"] for e in coded(nlp, coding_context, text)} == codes


@pytest.mark.parametrize(
    "text",
    [
        # a hazard is no actor: a capitalised plural opening the sentence, a named storm
        "Landslides threatened several villages in the mountains.",
        "Hurricane Katrina destroyed much of New Orleans in 2005.",
        "Typhoon Haiyan killed more than 6,000 people in the Philippines.",
        # a score the tokenizer splits ("2", "-", "1") still tells a game
        "Real Madrid came from behind to beat Bayern Munich 2-1 on Tuesday.",
    ],
)
def test_hazards_and_games_are_no_acts(nlp, coding_context, text: str) -> None:
    assert not coded(nlp, coding_context, text)


@pytest.mark.parametrize(("text", "trigger"), [("Rebels destroyed hundreds of homes in the village.", "destroyed"),
                                               ("The mob beat him outside the stadium on Tuesday.", "beat")])
def test_people_destroying_or_beating_still_act(nlp, coding_context, text: str, trigger: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a denial of what a happening was like (its motive, its intent) leaves the happening as told
        ("The government denied the arrests were politically motivated.", "arrests", "reported"),
        ("The army denied the killings were deliberate.", "killings", "reported"),
        ("The Zimbabwean government denied that the detention of union leaders was politically motivated.", "detention", "reported"),
        # a denial that it happened denies it
        ("The government denied the arrests took place.", "arrests", "denied"),
    ],
)
def test_a_denied_motive_leaves_the_happening(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["status"] == status


def test_a_possible_sentence_stays_open(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The prosecutor said a prison sentence of up to 15 years is possible upon conviction."), "sentence")
    assert e["status"] != "reported", described([e])


@pytest.mark.parametrize(
    ("text", "accusing"),
    [
        # naming an act a wrong someone does accuses its doer (112, settling rule 18)
        ("The opposition called the arrests a campaign of terror.", "called"),
        ("The opposition described the vote as a coup.", "described"),
        ("The party said the arrests were an attempt to crush dissent.", "said"),
        ('"This is a constitutional coup," said the opposition leader.', "said"),
    ],
)
def test_naming_an_act_a_wrong_is_an_accusation(nlp, coding_context, text: str, accusing: str) -> None:
    assert event_on(coded(nlp, coding_context, text), accusing)["type"]["cameo"] == "112"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # the wrong a copula says is what the accusation says; the act named keeps its own status (settling rule 18)
        ('The candidate said the results were "a daylight robbery."', "robbery", "unconfirmed"),
        ("The opposition called the arrests a campaign of terror.", "arrests", "reported"),
    ],
)
def test_the_wrong_named_is_alleged_and_the_act_named_stands(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["status"] == status


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name a naming verb gives what is judged is no act of its own: the vote named a coup, a killing named "a
        # heinous murder" (told already by "killed")
        ("The opposition described the vote as a coup.", "coup"),
        ('Six aid workers were killed on Saturday in what the U.N. envoy called a "heinous murder."', "murder"),
    ],
)
def test_the_name_a_naming_verb_gives_is_no_act(nlp, coding_context, text: str, name: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["trigger"] == name], [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize("text", ["The minister said the talks were a success.", "He said it would be a coup if the army moved."])
def test_a_name_that_accuses_no_one_is_no_accusation(nlp, coding_context, text: str) -> None:
    assert "112" not in {e["type"]["cameo"] for e in coded(nlp, coding_context, text)}


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a country named as a group's backer is not the group's country
        ("An Iran-backed militia fired rockets at Erbil on Tuesday.", "fired", None),
        ("The U.S.-backed Syrian Democratic Forces arrested 27 militants.", "arrested", "SYR"),
        ("Iran fired missiles at Israel on Saturday.", "fired", "IRN"),
    ],
)
def test_a_backer_named_before_a_group_is_not_its_country(nlp, coding_context, text: str, trigger: str, source: str | None) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == source, described([e])


def test_sides_trading_fire_fight(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Israel and Hezbollah traded fire across the border on Tuesday.")
    assert {(e["type"]["cameo"], e["source"]["country"], e["target"]["country"]) for e in events} == {("193", "ISR", "LBN"), ("193", "LBN", "ISR")}


@pytest.mark.parametrize(
    ("text", "trigger", "code", "target"),
    [
        # ordering someone out of the country, or declaring them persona non grata, expels them
        ("Poland ordered a Russian diplomat to leave the country within 72 hours.", "ordered", "166", "RUS"),
        ("Estonia declared a Russian diplomat persona non grata on Monday.", "declared", "166", "RUS"),
        ("Niger's junta ordered U.S. troops to leave the country.", "ordered", "166", "USA"),
        ("Mali's junta told the French ambassador to leave the country.", "told", "166", "FRA"),
    ],
)
def test_ordering_someone_out_of_the_country_expels_them(nlp, coding_context, text: str, trigger: str, code: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e["type"]["cameo"], (e.get("target") or {}).get("country")) == (code, target), described([e])


@pytest.mark.parametrize("text", ["The judge ordered him to leave the courtroom on Monday.",
                                  "Pam eventually asks you to leave, and they continue their discussion privately."])
def test_ordering_someone_out_of_a_room_expels_no_one(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not {e["type"]["cameo"] for e in events} & {"166", "174"}, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a strike that harms, or one told in a text of war with no word of work, is armed
        ("A strike in eastern Syria killed three militants, the monitor said.", "strike", "190"),
        ("The strike hit a residential building in Rafah on Sunday.", "strike", "190"),
        ("Hezbollah fighters fired rockets at Israel. Hezbollah said the strike would be avenged.", "strike", "190"),
        # a strike by workers stops work
        ("The strike by dock workers entered its third day.", "strike", "143"),
        ("The strike hit production at the plant, the union said.", "strike", "143"),
    ],
)
def test_a_strike_that_harms_or_in_war_is_armed(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a force of the state blocking a way restricts movement (191); a crowd blocking it protests (144)
        ("Soldiers blocked the road to the airport on Tuesday.", "blocked", "191"),
        ("Police blocked the entrance to parliament.", "blocked", "191"),
        ("Farmers blocked a motorway near Lyon with tractors.", "blocked", "144"),
        ("Protesters blocked the main highway into the capital.", "blocked", "144"),
    ],
)
def test_who_blocks_a_way_tells_the_code(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        # weapons delivered, transferred or supplied to a side are military aid, whatever they are called
        ("Germany will deliver three more Patriot systems to Ukraine.", "deliver", ("072", "UKR")),
        ("France delivered 12 Caesar howitzers to Kyiv on Monday.", "delivered", ("072", "UKR")),
    ],
)
def test_weapons_delivered_are_military_aid(nlp, coding_context, text: str, trigger: str, pair: tuple) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e["type"]["cameo"], (e.get("target") or {}).get("country")) == pair, described([e])


def test_parcels_delivered_are_no_aid(nlp, coding_context) -> None:
    assert not coded(nlp, coding_context, "The post office delivered the shells and the parcels on Monday.")


@pytest.mark.parametrize(
    ("text", "trigger", "sources"),
    [
        # a country's name joined to a people's adjective before one noun: two sides
        ("U.S. and British warplanes struck Houthi targets near Hodeidah.", "struck", {"USA", "GBR"}),
        ("U.S. and French officials met in Paris on Monday.", "met", {"USA", "FRA"}),
    ],
)
def test_a_country_and_a_people_joined_before_a_noun_are_two_sides(nlp, coding_context, text: str, trigger: str, sources: set) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert {(e.get("source") or {}).get("country") for e in events} == sources, described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source"),
    [
        # a lender that approves or disburses a loan gives it; development banks and the AU's council are bodies of states
        ("The IMF approved a $3 billion loan for Egypt on Friday.", "approved", "071", "IGO"),
        ("The Asian Development Bank approved a loan to Pakistan.", "approved", "071", "IGO"),
        ("The World Bank disbursed a $500 million loan to Ukraine.", "disbursed", "071", "IGO"),
        ("The African Union's Peace and Security Council suspended Niger on Monday.", "suspended", "160", "IGO"),
    ],
)
def test_lenders_and_regional_councils(nlp, coding_context, text: str, trigger: str, code: str, source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e["type"]["cameo"], (e.get("source") or {}).get("country")) == (code, source), described([e])


@pytest.mark.parametrize("text", ["The loans were approved by mortgage lenders in 2006.",
                                  "It could take several weeks to disburse the money for public works."])
def test_private_loans_and_public_spending_are_no_aid(nlp, coding_context, text: str) -> None:
    assert "071" not in {e["type"]["cameo"] for e in coded(nlp, coding_context, text)}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a region's people named with a country's demonym are no people of that country
        ("Latin American leaders met in Madrid on Monday.", "met", None),
        ("American troops withdrew from Niger on Monday.", "withdrew", "USA"),
    ],
)
def test_a_regions_people_are_not_the_countrys(nlp, coding_context, text: str, trigger: str, country: str | None) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") != "USA" if country is None else (e.get("source") or {}).get("country") == country, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # tariffs and duties raised, imposed or put back, and sanctions reimposed, are sanctions (163)
        ("Washington reimposed sanctions on Venezuela's oil sector.", "reimposed", "163"),
        ("The United States raised tariffs on Chinese electric vehicles.", "raised", "163"),
        ("The EU imposed anti-dumping duties on Chinese steel.", "imposed", "163"),
        # a side's strike told by "targeted"
        ("Hezbollah said it had targeted an Israeli army post with rockets.", "targeted", "190"),
    ],
)
def test_tariffs_raised_and_posts_targeted(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


@pytest.mark.parametrize("text", ["The campaign targeted young voters in the suburbs.", "The company raised prices on Monday."])
def test_voters_targeted_and_prices_raised_are_no_events(nlp, coding_context, text: str) -> None:
    assert not coded(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # barring someone from doing something restricts them; going to war fights
        ("The court barred him from leaving the country.", "barred", "172"),
        ("Khan was barred from running in the election.", "barred", "172"),
        ("The two countries went to war in 1998.", "went", "190"),
    ],
)
def test_barred_and_going_to_war(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # what an attack row's object names is hit: its owner is the target; a weapon fired is none
        ("The militia struck a U.S. base in Syria on Sunday.", "struck", "USA"),
        ("Ukraine struck a Russian oil refinery overnight.", "struck", "RUS"),
        ("North Korea fired two missiles into the sea on Thursday.", "fired", None),
    ],
)
def test_what_an_attack_hits_is_its_target(nlp, coding_context, text: str, trigger: str, target: str | None) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("target") or {}).get("country") == target, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # people seized are taken (181), by the law arrested (173); goods seized are confiscated (171)
        ("Gunmen seized 20 pupils from a school in Kaduna.", "seized", "181"),
        ("Police seized two suspects at the border.", "seized", "173"),
        ("Police seized drugs worth $2 million at the port.", "seized", "171"),
        # a state that protests complains (114); a crowd that protests demonstrates (14)
        ("The foreign ministry protested the arrest of its citizens.", "protested", "114"),
        ("Students protested the fee rise outside parliament.", "protested", "140"),
    ],
)
def test_who_seizes_or_protests_tells_the_code(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)["type"]["cameo"] == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # words withheld told by a noun with "no" are a refusal to comment by the side named
        ("There was no comment from Damascus on the report.", "SYR"),
        ("There was no immediate response from the Kremlin.", "RUS"),
    ],
)
def test_no_comment_from_a_side_is_its_refusal(nlp, coding_context, text: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "")
    assert (e["type"]["cameo"], (e.get("source") or {}).get("country")) == ("011", country), described([e])


def test_no_comment_from_no_one_is_no_event(nlp, coding_context) -> None:
    assert not coded(nlp, coding_context, "No comment was available on Sunday.")


@pytest.mark.parametrize("text", ["The biggest threat to peace is the arms race, analysts say.",
                                  "The most immediate threat to the president is the army's ability to turn against him."])
def test_what_endangers_someone_named_in_analysis_is_no_threat(nlp, coding_context, text: str) -> None:
    assert "13" not in {e["type"]["cameo"][:2] for e in coded(nlp, coding_context, text)}


def test_a_threat_made_stays(nlp, coding_context) -> None:
    assert event_on(coded(nlp, coding_context, "Russia threatened Ukraine with new strikes on Monday."), "threatened")["type"]["cameo"][:2] == "13"
