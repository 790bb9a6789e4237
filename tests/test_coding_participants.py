"""Who does an act and to whom, when the grammar tells it away from the trigger: acts gone on with, words spoken in a
speech, fights one gets into, a passive's agent hung on the infinitive after it, officers who report an arrest by
their rank, hyphenated leaders ("Saudi-led"), those responsible for an act, what one does on a visit, the person an
inquiry is about, the owner of what is stolen and the place raided.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

pytestmark = pytest.mark.model


def _text(actor: dict | None) -> str:
    return (actor or {}).get("text") or ""


@pytest.mark.parametrize(
    ("text", "trigger", "root", "source"),
    [
        # a verb that goes on with an act its object names makes the act its subject's
        ("The opposition continued protests in the capital on Monday.", "protests", "14", "opposition"),
        ("Rebels kept up attacks on the town through the night.", "attacks", "18", "Rebels"),
        ("The two governments pursued negotiations over the border.", "negotiations", "04", "governments"),
        # what a speech or remarks say is the speaker's act
        ("The senator gave an angry speech denouncing the president.", "denouncing", "11", "senator"),
        ("The minister made remarks praising the army.", "praising", "05", "minister"),
        ("In a speech criticizing the opposition, the president called for calm.", "criticizing", "11", "president"),
        # a fight or talks one gets or enters into
        ("John Welch got into a fight with a neighbour on Saturday.", "fight", "18", "John Welch"),
        ("The government entered into talks with the rebels.", "talks", "04", "government"),
        ("Two men were drawn into a brawl outside the club.", "brawl", "18", "men"),
        # a passive's by-agent the parser hung on the infinitive after it
        ("The mayor was invited to speak by Governor Jerry Brown.", "invited", "02", "Jerry Brown"),
        # a hyphenated modifier that leads the act
        ("A Saudi-led airstrike killed ten civilians.", "airstrike", "19", "Saudi"),
        ("U.S.-imposed sanctions have crippled the economy.", "sanctions", "16", "U.S."),
        # who is responsible for an act did it
        ("The rebels are responsible for the killing of hundreds of villagers.", "killing", "18", "rebels"),
        ("Israel held Hamas responsible for the bombing.", "bombing", "18", "Hamas"),
        # what one does on a visit of one's own
        ("Albright paid tribute to the victims on a whirlwind visit to Kenya.", "visit", "04", "Albright"),
    ],
)
def test_the_doer_told_away_from_the_trigger_is_the_source(nlp, coding_context, text: str, trigger: str, root: str, source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"][:2] == root and source in _text(e.get("source")), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # words whose speaker the text does not name keep no source; a speech is no side
        ("A speech denouncing the war was read out at the rally.", "denouncing", "speech"),
        # a passive subject pushed into a fight did not get into it
        ("The officer was pushed into a fight by the crowd.", "fight", "officer"),
        # a backer is not the doer of what the group it backs does
        ("An Iran-backed militia attacked the base on Sunday.", "attacked", "Iran"),
        # asking who is responsible names no one
        ("Who is responsible for the attack remains unclear.", "attack", "Who"),
        # saying something about a visit is not making it
        ("Reporters commented on a visit by the king.", "visit", "Reporters"),
    ],
)
def test_a_side_of_the_same_shape_is_not_made_the_doer(nlp, coding_context, text: str, trigger: str, not_source: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"]]
    assert all(not_source not in _text(e.get("source")) for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("A 33-year-old man was arrested without incident, Sgt. Don Yarbrough said.", "arrested"),
        ("The suspect was detained at his home, Capt. Maria Lopez told reporters.", "detained"),
        ("Two men were charged with theft, said Det. Insp. William Leahy.", "charged"),
    ],
)
def test_an_officer_named_by_rank_who_reports_an_arrest_made_it(nlp, coding_context, text: str, verb: str) -> None:
    # the rank's full stop no longer ends the sentence ("Sgt." / "Don Yarbrough said"), and the officer reporting a
    # passive act of the law is its doer (settling rule 23), as "police said" is
    doc = nlp(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
    e = event_on(coded(nlp, coding_context, text), verb)
    assert e["type"]["cameo"][:2] == "17" and e.get("source"), described([e])


def test_an_officer_who_reports_a_killing_did_not_do_it(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "A man was shot dead on Friday, Sgt. Tom Jones said."), "shot")
    assert not e.get("source"), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # responsibility told as a belief or a claim leaves the act alleged; told as a fact, it stands
        ("Investigators said they believe the men were likely responsible for thefts in several towns.", "thefts", "unconfirmed"),
        ("The rebels are responsible for the killing of hundreds of villagers.", "killing", "reported"),
    ],
)
def test_an_act_someone_is_said_to_be_responsible_for_is_alleged(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["status"] == status, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # the person an inquiry or an arrest is named by is the one it is about, the body before it who makes it
        ("The FBI continued the Bin Laden investigation.", "investigation", "FBI", "Bin Laden"),
        ("The FBI investigation ended in March.", "investigation", "FBI", ""),
        # the owner of what is stolen is robbed
        ("The suspect tried to steal her purse in the parking lot.", "steal", "suspect", "her"),
        ("Thieves stole the mayor's car on Friday.", "stole", "Thieves", "mayor"),
        ("The gang stole last year's harvest.", "stole", "gang", ""),
        # the place raided is the target
        ("Immigration agents conducted a raid at a meatpacking plant in Marshalltown, Iowa.", "raid", "agents", "plant"),
        ("Police raided a house at dawn on Friday.", "raided", "Police", "house"),
    ],
)
def test_the_one_an_act_is_done_to_is_the_target(nlp, coding_context, text: str, trigger: str, source: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert source in _text(e.get("source")), described([e])
    assert target in _text(e.get("target")) if target else not e.get("target"), described([e])


def test_a_raided_place_is_of_the_country_its_phrase_names(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Immigration agents conducted a raid at a meatpacking plant in Marshalltown, Iowa."), "raid")
    assert (e.get("target") or {}).get("country") == "USA", described([e])


def test_a_life_or_a_decline_continued_is_no_event(nlp, coding_context) -> None:
    assert not coded(nlp, coding_context, "She continued her career in Paris after the war.")


@pytest.mark.parametrize(
    ("headline", "trigger", "target"),
    [
        # a headline drops a passive's auxiliary: the subject of a past-tense act done to someone undergoes it
        ("Teenager stabbed in Limerick", "stabbed", "Teenager"),
        ("Police officer shot in Houston", "shot", "Police officer"),
        ("Zimbabwe opposition MP arrested", "arrested", "MP"),
        ("Malian soldiers ambushed near Gao", "ambushed", "soldiers"),
        ("Cork man fined for assault", "fined", "Cork man"),
    ],
)
def test_a_headlines_past_act_done_to_someone_is_passive(nlp, coding_context, headline: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, headline + "\n\nThe case was heard at the local court on Monday.")
    e = event_on(events, trigger)
    assert target in _text(e.get("target")) and not e.get("source"), described([e])


@pytest.mark.parametrize(
    ("headline", "trigger", "source"),
    [
        # the present tense is the headline's active, and a past act with its object stays active
        ("Police arrest man in Limerick", "arrest", "Police"),
        ("Gunmen killed three villagers near Gao", "killed", "Gunmen"),
    ],
)
def test_a_headlines_active_act_keeps_its_doer(nlp, coding_context, headline: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, headline + "\n\nThe case was heard at the local court on Monday.")
    assert source in _text(event_on(events, trigger).get("source")), described(events)


def test_a_sentence_of_the_story_keeps_its_subject_the_doer(nlp, coding_context) -> None:
    # only a headline drops an auxiliary; in the story a past act without an object is told as it stands
    events = coded(nlp, coding_context, "Rebels attacked near Gao on Sunday, officials said.")
    assert all("Rebels" not in _text(e.get("target")) for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # an age the tokenizer splits after its number names the person ("the 51" / "-" / "year-old")
        ("Police in Dayton, Ohio, arrested the 51-year-old on Friday.", "arrested", "51-year-old"),
        ("Deputies in Ocala, Florida, detained the 19-year-old after a chase.", "detained", "19-year-old"),
        # people named by their work or tie are people ("threatened a cashier", "robbed a jogger")
        ("The man threatened a cashier with a knife in Leeds.", "threatened", "cashier"),
        ("Two men robbed a jogger in a park in Manchester.", "robbed", "jogger"),
        # a town captured, or control of it seized, is the target, when no side it was taken from is named
        ("Rebels captured the town of Mellit in North Darfur.", "captured", "Mellit"),
        ("The militia took control of Kidal on Monday.", "took", "Kidal"),
        ("Israel captured the Golan Heights from Syria in 1967.", "captured", "Syria"),
        ("Rebel fighters captured the town of Kidal from government forces.", "captured", "government forces"),
        # a request from a body is that body's
        ("The agency rejected a request from the ministry for more funds.", "request", ""),
    ],
)
def test_people_and_places_acted_on_are_targets(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    if target:
        assert target in _text(e.get("target")), described([e])
    else:
        assert "ministry" in _text(e.get("source")), described([e])


def test_a_towns_age_or_a_count_of_years_is_no_person(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Police arrested a 33-year-old man in Dayton on Monday.")
    assert "man" in _text(event_on(events, "arrested").get("target")), described(events)


@pytest.mark.parametrize("text", ["Gardai arrested a man in Cork on Monday.", "The man was arrested by gardai in Limerick."])
def test_the_garda_are_irish_police(nlp, coding_context, text: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "arrested")
    assert ((e.get("source") or {}).get("country"), (e.get("source") or {}).get("sector")) == ("IRL", "COP"), described([e])


@pytest.mark.parametrize(
    ("phrase", "name", "country", "sector"),
    [
        # an unknown body named by its head is a body of the state of the country its phrase names
        ("the National Anti-Corruption Bureau of Ukraine", "Bureau", "UKR", "GOV"),
        ("the Electoral Commission of Ghana", "Commission", "GHA", "GOV"),
        ("the State Audit Directorate of Romania", "Directorate", "ROU", "GOV"),
        # an outlet's name keeps the outlet before a lower-case word or a part of the outlet
        ("The Independent", "The Independent", "GBR", "MED"),
        ("The Washington Post Editorial Board", "The Washington Post", "USA", "MED"),
    ],
)
def test_an_outlets_name_opening_a_bodys_name_is_the_body(coding_context, phrase: str, name: str, country: str, sector: str) -> None:
    # "The National" and "The Independent" are newspapers; "The National Anti-Corruption Bureau" is no newspaper
    actor = coding_context.resolver.resolve(phrase, date="2024-05-01", as_agent=True) or {}
    assert name in (actor.get("name") or "") and (actor.get("country"), actor.get("sector")) == (country, sector), actor


def test_a_person_whose_family_name_is_a_bodys_head_stays_a_person(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Police arrested John Council in Dayton, Ohio, on Monday.")
    assert (event_on(events, "arrested").get("target") or {}).get("kind") == "person", described(events)


def test_cctv_footage_is_no_broadcaster(nlp, coding_context) -> None:
    # closed-circuit cameras, not China's state broadcaster of that acronym
    events = coded(nlp, coding_context, "Officers reviewed CCTV footage of the attack in Leeds.")
    assert all((e.get("target") or {}).get("country") != "CHN" for e in events), described(events)
    assert coding_context.resolver.resolve("CCTV", date="2024-05-01", as_agent=True)["country"] == "CHN"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the attackers an attack fought off is done by are the target, not the place they attacked
        ("Government troops repelled an attack by the Houthis on Taiz on Sunday.", "Houthis"),
        ("Ukrainian forces repulsed a Russian assault on Chasiv Yar.", "Russian"),
    ],
)
def test_an_attack_fought_off_aims_at_the_attackers(nlp, coding_context, text: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "repel" if "repel" in text else "repuls")
    assert target in _text(e.get("target")), described([e])


def test_an_attack_fought_off_with_no_attacker_named_has_no_target(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The army repelled an attack on its base in Gao."), "repelled")
    assert "Gao" not in _text(e.get("target")) and "base" not in _text(e.get("target")), described([e])


def test_a_crime_the_police_investigate_is_not_the_polices(nlp, coding_context) -> None:
    # "Police investigate stabbing in Leeds": the stabbing is what they look into, not an act of theirs
    events = coded(nlp, coding_context, "Police investigate stabbing in Leeds\n\nA man was stabbed in Leeds on Friday night.")
    assert all("Police" not in _text(e.get("source")) for e in events if e["type"]["cameo"][:2] == "18"), described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a city before a violent noun says where it happened; a country before it may be the side that did it
        ("The Nairobi bombing killed more than 200 people.", "bombing", ""),
        ("The Kabul attack killed ten people on Friday.", "attack", ""),
        ("A U.S. air raid killed ten people near Kandahar.", "raid", "U.S."),
    ],
)
def test_a_city_before_a_violent_noun_is_where_it_happened(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert source in _text(e.get("source")) if source else not e.get("source"), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # an unplaced local actor is of the country its own clause puts the act in, before the story's or the last one
        # named for its sector
        ("ALGIERS, May 2 (Reuters) - Algerian police detained two activists on Monday. In a separate case, police "
         "arrested a French tourist in Bangkok on Tuesday.", "arrested", "THA"),
        ("OUAGADOUGOU, May 2 - Burkinabe soldiers killed ten militants near Djibo. In neighbouring Niger, soldiers "
         "repelled an attack near Tillaberi.", "repelled", "NER"),
        # with no place in its clause it stays the story's
        ("DAYTON, Ohio - Police arrested two men on Monday. Police said the men had travelled to Syria in 2019.", "arrested", "USA"),
    ],
)
def test_a_local_actor_is_of_the_place_its_clause_names(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if trigger in e["type"]["trigger"]]
    assert events and (events[-1].get("source") or {}).get("country") == country, described(events)


def test_congress_in_an_indian_story_is_the_party(nlp, coding_context) -> None:
    text = "NEW DELHI, May 2 - Congress leader Rahul Gandhi accused the Indian government of fraud."
    e = event_on(coded(nlp, coding_context, text), "accused")
    assert (e.get("source") or {}).get("country") == "IND", described([e])
    assert coding_context.resolver.resolve("Congress", date="2024-05-01", as_agent=True)["country"] == "USA"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the other side of ties broken or suspended, and whose activities are suspended
        ("Mexico broke off diplomatic relations with Ecuador on Saturday.", "broke", "Ecuador"),
        ("Nicaragua suspended ties with Venezuela.", "suspended", "Venezuela"),
        ("The junta suspended the activities of the main opposition party.", "suspended", "party"),
    ],
)
def test_ties_cut_name_the_other_side(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"][:2] == "16" and target in _text(e.get("target")), described([e])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the ministry that runs the police, reporting a passive arrest, made it (settling rule 23)
        ("Ten people had been arrested on charges of buying weapons, the Interior Ministry said.", "Interior Ministry"),
        ("The Interior Ministry said 10 people had been arrested.", "Interior Ministry"),
    ],
)
def test_the_interior_ministry_reporting_an_arrest_made_it(nlp, coding_context, text: str, source: str) -> None:
    assert source in _text(event_on(coded(nlp, coding_context, text), "arrested").get("source"))


def test_the_interior_ministry_reporting_a_killing_did_not_do_it(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Ten people were killed, the Interior Ministry said."), "killed")
    assert not e.get("source"), described([e])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a country after "pro-" or "anti-" is a cause, no nationality
        ("Anti-Israel activists blocked a road in Melbourne.", "blocked"),
        ("Pro-Russian hackers attacked the website of the Lithuanian parliament.", "attacked"),
    ],
)
def test_a_cause_is_no_nationality(nlp, coding_context, text: str, trigger: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") not in {"ISR", "RUS"}, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # what was said told in the pluperfect, the speaker's own next word in the simple past
        ("The army said rebels had attacked the base and vowed to retake it.", "vowed", "army"),
        ("Officials said the insurgents had killed five soldiers and urged residents to stay indoors.", "urged", "Officials"),
        # the same tense in both: the joined act is the reported one's
        ("The minister said the rebels attacked the town and threatened the villagers.", "threatened", "rebels"),
    ],
)
def test_a_speakers_next_word_after_a_report_is_the_speakers(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    assert source in _text(event_on(coded(nlp, coding_context, text), trigger).get("source"))


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Taxi driver shot dead in Cape Town\n\nThe man was shot outside his home on Monday.", "shot", "driver"),
        ("A security guard was threatened with a knife in Leeds.", "threatened", "security guard"),
    ],
)
def test_the_one_shot_dead_or_threatened_is_the_target(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert target in _text(e.get("target")), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the Islamic State is a transnational group of no one country, as al-Qaeda; its West Africa branch is Nigeria's
        ("Islamic State militants attacked a village in Niger.", "attacked", "IGO"),
        ("ISWAP fighters killed ten soldiers in Borno.", "killed", "NGA"),
    ],
)
def test_a_transnational_group_is_of_no_country(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == country, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a bare count after an act done to people stands for the people, of the story's country
        ("Gunmen kill 7 in Benue ambush\n\nGunmen killed seven people in an ambush in Benue state, Nigeria.", "kill", "NGA"),
        ("DAYTON, Ohio - Police arrested two after a robbery at a gas station in Dayton, Ohio.", "arrested", "USA"),
    ],
)
def test_a_count_of_people_acted_on_is_the_target(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("target") or {}).get("country") == country, described([e])


def test_a_count_of_things_is_no_target(nlp, coding_context) -> None:
    # a number with its noun after it is that noun's count; the noun is the target
    e = event_on(coded(nlp, coding_context, "Police in Dayton, Ohio, seized 12 rifles on Monday."), "seized")
    assert "12" != _text(e.get("target")).strip(), described([e])


@pytest.mark.parametrize(
    "text",
    [
        # a weak row's place is no side ("took Detroit to six games" is no conquest)
        "The team won 40 games and took Detroit to six games in the playoffs.",
    ],
)
def test_a_place_a_weak_row_names_is_no_target(nlp, coding_context, text: str) -> None:
    assert not [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"] == "192"], described(coded(nlp, coding_context, text))


@pytest.mark.parametrize("phrase", ["the Python Packaging Authority", "the Met Office"])
def test_a_body_named_by_its_head_alone_is_no_state_body(coding_context, phrase: str) -> None:
    # with no country in the phrase and no public word in the name, an unknown "... Authority" or "... Office" is left
    # unknown rather than made a government body
    actor = coding_context.resolver.resolve(phrase, date="2024-05-01", as_agent=True) or {}
    assert actor.get("sector") != "GOV", actor


@pytest.mark.parametrize(
    "text",
    [
        # a time, a player's aim and a seized group's weapons are no people acted on
        "Released 2013-09-28 05: 08: 35 GMT\n\nThe story was updated on Monday.",
        "He scored 14 points while shooting 51 percent from the floor.",
    ],
)
def test_a_time_or_a_rate_is_no_count_of_people(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(not (e.get("target") or {}).get("text", "").strip()[:1].isdigit() for e in events), described(events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # asylum received or granted in a country is that state's grant to the one who got it
        ("Okruashvili, who has received political asylum in France, was sentenced in absentia.", "France", "Okruashvili"),
        ("The two Kenyan citizens arrived in the U.S. in 1999 and received political asylum in 2007.", "U.S.", "citizens"),
        ("The dissident was granted asylum in Germany last year.", "Germany", "dissident"),
    ],
)
def test_asylum_received_in_a_country_is_its_grant(nlp, coding_context, text: str, source: str, target: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"] == "075"]
    assert events and source in _text(events[0].get("source")) and target in _text(events[0].get("target")), described(events)


def test_a_man_charged_in_a_headline_is_charged_and_did_the_crime(nlp, coding_context) -> None:
    # "Man charged over Dublin stabbing": the man is charged (173) and, alleged, did the stabbing
    events = coded(nlp, coding_context, "Man charged over Dublin stabbing\n\nA man has been charged in connection with a stabbing in Dublin.")
    head = [e for e in events if e["mentions"][0]["sentence"].startswith("Man charged")]
    charged = event_on(head, "charged")
    assert charged["type"]["cameo"] == "173" and "Man" in _text(charged.get("target")), described(head)
    assert "Man" in _text(event_on(head, "stabbing").get("source")), described(head)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a prosecutor's office named by its title is the prosecutor, not "Public"
        ("DUBLIN - The Director of Public Prosecutions charged the officer with assault.", "Director of Public Prosecutions"),
        ("The Prosecutor General of Ukraine charged the mayor of Odesa.", "Prosecutor General"),
    ],
)
def test_a_prosecutor_named_by_title_is_the_source(nlp, coding_context, text: str, source: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "charged")
    assert source in _text(e.get("source")) and (e.get("source") or {}).get("sector") == "JUD", described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # an inquiry "into" someone names its target, also when the parser hangs the phrase on the light verb
        ("The European Commission opened an investigation into Microsoft on Monday.", "investigation", "Commission", "Microsoft"),
        # the traveller holds the talks a trip is for
        ("Modi will travel to Tokyo for talks with Kishida next week.", "talks", "Modi", "Kishida"),
        ("Erdogan flew to Washington for a summit with Biden.", "summit", "Erdogan", "Biden"),
        # a sheriff's or a county's deputies are police; jurors are the court
        ("Monroe County deputies seized drugs in a raid in Key West, Florida.", "seized", "deputies", ""),
        ("Jurors convicted the man of murder after two hours.", "convicted", "Jurors", "man"),
    ],
)
def test_inquiries_trips_deputies_and_jurors(nlp, coding_context, text: str, trigger: str, source: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert source in _text(e.get("source")) and target in _text(e.get("target")), described([e])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a body's generic alias in a story filed from another country is that country's body
        ("BOGOTA - Congress rejected the pension reform on Tuesday.", "COL"),
        ("WASHINGTON - Congress rejected the pension reform on Tuesday.", "USA"),
    ],
)
def test_congress_is_the_datelines_countrys(nlp, coding_context, text: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "rejected")
    assert (e.get("source") or {}).get("country") == country, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "root", "target"),
    [
        # jets striking at positions fight (190), the positions' side hit; not a labour strike
        ("Israeli jets struck at Hezbollah positions in southern Lebanon.", "struck", "19", "Hezbollah"),
        # a show of force aimed at a side named around it
        ("China held military drills around Taiwan.", "drills", "15", "Taiwan"),
        # a mediator's sides are those the talks are between
        ("Qatar mediated talks between Israel and Hamas.", "mediated", "04", "Israel"),
    ],
)
def test_sides_named_by_at_around_and_between(nlp, coding_context, text: str, trigger: str, root: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"][:2] == root and target in _text(e.get("target")), described([e])


def test_a_figurative_strike_at_something_is_no_attack(nlp, coding_context) -> None:
    assert not coded(nlp, coding_context, "The ruling struck at the heart of the law.")


def test_a_former_official_is_of_the_storys_country(nlp, coding_context) -> None:
    # a former office holder (ELI) the story names with no country of its own is of the story's country, as a serving
    # one is
    text = "ISLAMABAD, May 2 (Reuters) - Pakistani police arrested a former minister on Monday."
    e = event_on(coded(nlp, coding_context, text), "arrested")
    assert (e.get("target") or {}).get("country") == "PAK", described([e])
