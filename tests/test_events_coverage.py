"""Which events the coder finds and with which code: trigger words it missed, and senses that are no event.

Sentences written for these tests; each names the CAMEO code (or root) it must get for a trigger word, or a
trigger word that must give no event (or not the code named).
"""

from __future__ import annotations

import pytest
from coding_factory import coded


def _codes(events, word: str) -> set[str]:
    return {e["type"]["cameo"] for e in events if word.lower() in str(e["type"]["trigger"]).lower()}


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # naming with a damning or a commending name (111 / 051)
        ("The foreign minister called the blockade a heinous crime against civilians.", "111", "called"),
        ("Opposition leaders described the vote as a farce staged by the ruling party.", "111", "described"),
        ("Rights groups branded the crackdown a barbaric act of revenge.", "111", "branded"),
        ("The prime minister described the accord as a historic milestone for both nations.", "051", "described"),
        # what is made public is a statement, not anyone freed
        ("The Interior Ministry released a video showing the suspects buying rifles.", "01", "released"),
        ("Police have not released the names of the two victims.", "01", "released"),
        # investigation by tests, enquiries and questioning (09)
        ("Forensic experts ran DNA tests on blood found at the scene of the killing.", "091", "tests"),
        ("Detectives said the driver was lucid during questioning by state police.", "091", "questioning"),
        # handing a person over (0841)
        ("Pakistan agreed to turn the fugitive over to Interpol.", "0841", "turn"),
        ("The militia handed the two hostages over to Red Cross officials.", "0841", "hand"),
        # a hunt for the one who did a crime (173), and the crime its own event
        ("A second man is being sought in the fatal stabbing of a shopkeeper.", "173", "sought"),
        ("A second man is being sought in the fatal stabbing of a shopkeeper.", "18", "stabbing"),
        # a police raid coerces (17); fights and shootouts are violence
        ("Federal agents carried out an immigration raid at a meatpacking plant in Iowa.", "17", "raid"),
        ("A shootout between gunmen and soldiers lasted three hours near Nalchik.", "193", "shootout"),
        ("Two teenagers were stabbed after a street fight outside a nightclub in Leeds.", "182", "street fight"),
        ("Cyprus condemned the terrorist acts in Nairobi and Dar es Salaam.", "18", "acts"),
        # inspectors visiting sites inspect them (settling rule 22); an order of strikes is the strikes (rule 13)
        ("Three U.N. inspection teams visited four more sites near Baghdad on Monday.", "090", "visited"),
        ("The president said he had ordered the strikes on the camps.", "19", "strikes"),
        ("The military strike destroyed three radar sites near the coast.", "19", "military strike"),
        # verdicts and sentences (116), awards (051), joining an alliance (057)
        ("Rights groups questioned the conviction of the two bloggers.", "116", "conviction"),
        ("Belarus commuted the death sentences of three men on Friday.", "116", "death sentences"),
        ("The governor presented medals to six firefighters for bravery.", "051", "presented"),
        ("Nine nurses received commendations from the health minister on Monday.", "051", "received"),
        ("The mayor presented dozens of awards to volunteers.", "051", "presented"),
        ("Croatia and Albania became full members of NATO on Wednesday.", "057", "became"),
        ("Montenegro acceded to NATO in 2017.", "057", "acceded"),
        ("The two states were accepted as members of the alliance in Madrid.", "057", "accepted"),
        ("Officials said the minister's visit to Prague would focus on trade.", "042", "visit"),
        # one campaign of protests or one inquiry even with no actor named; reinstatement (083)
        ("Thousands are expected at opposition protests in Tbilisi next month.", "14", "protests"),
        ("The killing sparked a wave of protests across the country.", "14", "protests"),
        ("Students held rallies calling for the release of the jailed editor.", "14", "rallies"),
        ("The driver was calm and lucid during questioning, detectives said.", "091", "questioning"),
        ("A woman was released on bail pending further enquiries.", "09", "enquiries"),
        ("A woman was released on bail pending further enquiries.", "0841", "released"),
        ("The government agreed to reinstate the dismissed judges on Monday.", "083", "reinstate"),
        # a noun's preposition the parser hung on its verb
        ("The ceremony marked their formal entry into the Western alliance.", "057", "entry"),
        # aid handed out, reneging on a promise
        ("The charity will distribute food and blankets to families in the camp.", "07", "distribute"),
        ("The mayor handed out grants to six youth clubs.", "07", "handed"),
        ("The president reneged on his promise to free the prisoners.", "12", "reneged"),
        # the law's pursuit, custody and bail (settling rules 9, 23, 27, 28)
        ("The two brothers were picked up for questioning by detectives on Sunday.", "173", "picked"),
        ("Both suspects were lodged in the Pike County Detention Center.", "173", "lodged"),
        ("The FBI placed the bomber on its most wanted list on Monday.", "173", "placed"),
        ("The president vowed to track down the gunmen who attacked the embassy.", "173", "track"),
        ("Deputies found 30 grams of cocaine and a handgun in the car.", "1711", "found"),
        ("Police found the missing teenager in a barn near Dover.", "091", "found"),
        ("Two of the men were granted bail by the district court.", "0841", "granted"),
        ("The prosecutor opposed bail for the three brothers.", "114", "opposed"),
    ],
)
def test_trigger_words_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(c.startswith(code) for c in _codes(events, trigger)), [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "not_code"),
    [
        # a fronted "for" phrase is no call for anything; a phone number to call is no consultation
        ("For more details, please call the county office at 555-0199.", "call", "02"),
        ("For tickets, call the box office on Monday.", "call", "02"),
        # meeting a want is no meeting
        ("The new plant will meet the needs of the region's farmers.", "meet", "04"),
        ("The government met the deadline set by the International Monetary Fund.", "met", "04"),
        # a source not to be named makes no appeal
        ("Two senior officials requested anonymity.", "requested", "02"),
        # fighting a disease, a fire or a law in court is a campaign, not fighting
        ("The actress has spent years fighting AIDS in southern Africa.", "fighting", "19"),
        ("The charity joined the fight against malaria in Uganda.", "fight", "18"),
        ("The boy's relatives are fighting in the courts to keep him in Miami.", "fighting", "19"),
        ("The senator vowed to continue her fight against the amendment.", "fight", "18"),
        # winning a contest is no beating
        ("Trump narrowly beat Clinton in Wisconsin in the 2016 election.", "beat", "18"),
        ("Arsenal beat Chelsea 2-1 in the cup final on Saturday.", "beat", "18"),
        # a standing devotion is no pledge; volunteering is no pledge without an actor
        ("The singer is committed to the fight against hunger in the Sahel.", "committed", "03"),
        ("By volunteering you are doing something tangible to help.", "volunteering", "03"),
        # a name is no event
        ("Amnesty International published its annual report on Tuesday.", "Amnesty", "08"),
        # a place of custody is no arrest; a news release is no release of anyone
        ("Most of the group's leaders are now in government detention centers.", "detention", "17"),
        ("The suspect is charged with murder, a sheriff's office news release said.", "release", "08"),
        # a statement described, not made public now
        ("In their joint statement, released by the Kremlin, the two leaders pledged to consult each other.", "released", "01"),
        # a name neither damning nor commending is no judgment; an adjunct naming repeats the condemnation
        ("His friends call him Joe.", "call", "11"),
        # finding a fact or a victim is no police find
        ("Researchers found that the drug reduces pain in most patients.", "found", "17"),
        ("On arrival, officers found the victim with stab wounds.", "found", "09"),
        # one pursuit: hunting down and bringing to justice
        ("The president vowed to hunt down and bring to justice those responsible.", "bring", "17"),
        # harm in a protest or a mishap, and the mere possibility of an assault, are no assault of their own
        ("Over 100 protesters and policemen were injured in Sunday's protests.", "injured", "18"),
        ("A man was killed and four others were injured when a large oak tree fell on their tent.", "killed", "18"),
        ("The defence plan was built around the possibility of a ground assault from the east.", "assault", "18"),
        # an investigation that names investigators or a body is no inquiry made
        ("No comment has been made by the investigation so far.", "investigation", "09"),
        ("The criminal investigation department could not be reached for comment.", "investigation", "09"),
        # a private encounter, a pardoned turkey and agreements honoured are no consultation, forgiveness or praise
        ("I met a lot of them personally at the club.", "met", "04"),
        ("She is the kindest person you could ever meet.", "meet", "04"),
        ("The president pardoned the turkey and sent it to a farm.", "pardoned", "05"),
        ("The new government will honor all the agreements signed by its predecessor.", "honor", "05"),
        # an intern assisting managers is no aid
        ("As an intern she will assist managers with daily tasks.", "assist", "07"),
        # a labour strike stays a strike
        ("The union staged a strike at the car plant on Monday.", "strike", "19"),
        # a conviction that is a belief, a sentence served, a prize in a contest, a member of a board
        ("She spoke with conviction about her religious convictions.", "conviction", "11"),
        ("The poet died in hospital while serving his sentence.", "sentence", "11"),
        ("FIFA will award its own prize for the world's best player.", "award", "05"),
        ("He became a member of the school board last year.", "became", "05"),
        ("She will explore the city's landmarks on day trips with other interns.", "trips", "04"),
        # a name is no event: a person called Grant, a firm called Rally
        ("Historians say Grant was a reluctant politician.", "Grant", "07"),
        # a kind of rally is no rally held; one event for "protest rallies"
        ("Any rally held after sunset without a permit is illegal.", "rally", "14"),
        # coming back is no return of anything; money freed up is no one freed; pulling out a knife is no withdrawal
        ("Thousands of refugees returned to southern Sudan after the peace deal.", "returned", "08"),
        ("The officer has returned to regular duty, the sheriff said.", "returned", "08"),
        ("The bond sale will free up billions of dollars for public works.", "free", "08"),
        ("Witnesses said the man pulled out a knife and stabbed the guard.", "pulled", "08"),
        ("A diver pulled out one passenger from the sunken car.", "pulled", "08"),
        # a paper described by its signer is no agreement
        ("The minister read from a letter signed by the prisoner's father.", "signed", "05"),
        # the harm a bombing did is the bombing's, not an event of its own
        ("Twin bombings at the embassies killed 258 people and injured more than 5,000.", "injured", "18"),
        ("A massive blast damaged the embassy, killing 40 people while wounding at least 1,000.", "wounding", "18"),
    ],
)
def test_other_senses_are_no_such_event(nlp, coding_context, text: str, trigger: str, not_code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(c.startswith(not_code) for c in _codes(events, trigger)), [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The army fought rebels for control of the town in a fight that lasted all night.", "fought", "19"),
        ("Police beat the protester with batons outside the station.", "beat", "18"),
        ("Government troops fought against the rebels near Aleppo.", "fought", "19"),
        ("The president met the Japanese prime minister in Tokyo.", "met", "04"),
        ("Foreign ministers of the two countries met in Geneva on Tuesday.", "met", "04"),
        ("The U.N. sent aid workers to assist refugees in Chad.", "assist", "07"),
        ("Police arrested three men and took them to a detention center.", "arrested", "17"),
        ("Israel returned the bodies of two soldiers to Lebanon.", "returned", "08"),
        ("Moscow pulled out its troops from the region in March.", "pulled", "08"),
        ("The two presidents signed a trade agreement in Beijing.", "signed", "05"),
        ("Gunmen shot and wounded three policemen at a checkpoint.", "wounded", "18"),
        # an attack with a day and a place of its own after a raid of another kind is another happening
        ("Officials said the army raid on the camp was not linked to the inquiry into the March 3 bombings in Nairobi.", "bombings", "18"),
    ],
)
def test_the_plain_senses_stay_events(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(c.startswith(code) for c in _codes(events, trigger)), [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


def test_a_protest_noun_before_a_rally_is_one_event(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Opposition parties plan to launch street protest rallies in Tbilisi from April 9.")
    assert _codes(events, "rallies") and not any(e["type"]["trigger"] == "protest" for e in events)


def test_an_adjunct_naming_repeats_the_condemnation(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The Cypriot government condemned the bomb attacks, calling them an atrocious crime.")
    assert _codes(events, "condemned") and not _codes(events, "calling")


@pytest.mark.parametrize("trigger", ["arrest", "conviction"])
def test_events_a_reward_aims_at_are_not_facts(nlp, coding_context, trigger: str) -> None:
    text = "The state offered a reward of $10,000 for information leading to the arrest and conviction of the gunmen."
    events = [e for e in coded(nlp, coding_context, text) if trigger in str(e["type"]["trigger"])]
    assert events and all(e["status"] in {"hypothetical", "forecast"} for e in events), [(e["type"]["trigger"], e["status"]) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("The car bomb attack killed 12 people in Baghdad.", "1832", "car bomb attack"),
        ("Rebels carried out a car bomb attack on the army base.", "1832", "car bomb attack"),
        ("A suicide bomb attack on a market in Kabul killed 20.", "1831", "suicide bomb attack"),
        ("A suicide attack on a mosque killed 30 worshippers.", "1831", "suicide attack"),
        ("The bomb attack on the embassy killed 12.", "183", "bomb attack"),
    ],
)
def test_a_violent_noun_modifying_another_is_one_event(nlp, coding_context, text, code, trigger) -> None:
    violent = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"][:2] == "18" and e["type"]["cameo"] not in {"1823", "182"}]
    assert [(e["type"]["cameo"], e["type"]["trigger"]) for e in violent] == [(code, trigger)]


def test_two_violent_nouns_that_are_not_compounds_stay_two_events(nlp, coding_context) -> None:
    codes = sorted(e["type"]["cameo"] for e in coded(nlp, coding_context, "The bombing was followed by an attack on the police station."))
    assert codes == ["180", "183"]
