"""Participants of events and their countries (second set): national institutions named by their own words, and the
arguments the grammar finds for nominal and coordinated triggers.

Sentences written for these tests; names of people and places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        # a court, prosecutor or police force whose name is its country's alone
        ("Maidstone Crown Court", "GBR", "JUD"),
        ("the Crown Court", "GBR", "JUD"),
        ("the Crown Prosecution Service", "GBR", "JUD"),
        ("Scotland Yard", "GBR", "COP"),
        ("the Metropolitan Police", "GBR", "COP"),
        ("the RCMP", "CAN", "COP"),
        ("the Mounties", "CAN", "COP"),
        ("An Garda Siochana", "IRL", "COP"),
        ("the Home Office", "GBR", "GOV"),
    ],
)
def test_a_national_institution_is_of_its_country(coding_context, phrase: str, country: str, sector: str) -> None:
    actor = coding_context.resolver.resolve(phrase)
    assert actor is not None and (actor.get("country"), actor.get("sector")) == (country, sector), actor


@pytest.mark.parametrize(
    "phrase",
    [
        # words that only look like those institutions: a museum, an opera house, a child agency, a crown
        "the Met",
        "CPS",
        "the crown",
        "her home office",
    ],
)
def test_words_like_an_institution_are_not_it(coding_context, phrase: str) -> None:
    actor = coding_context.resolver.resolve(phrase)
    assert actor is None or actor.get("country") not in {"GBR", "CAN", "IRL"}, actor


@pytest.mark.parametrize(
    ("text", "trigger", "side", "country"),
    [
        # a local crime story whose only national words are its court, prosecutor or police: the people in it are of
        # that country
        ("Four men fought with knives outside a pub in Kelbrook on Saturday night. "
         "Jon Harkly, 24, appeared at Burnley Crown Court on Monday, the Crown Prosecution Service said. "
         "Harkly was jailed for two years.", "jailed", "target", "GBR"),
        ("A woman was robbed at a bus stop in Dunmore on Friday. "
         "An Garda Siochana said a man was arrested on Sunday and the Garda Siochana is looking for a second man. "
         "Tom Keane was charged with robbery.", "charged", "target", "IRL"),
    ],
)
def test_an_institution_places_a_local_story(nlp, coding_context, text: str, trigger: str, side: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    got = [s if side == "source" else t for s, t in sides(events, trigger)]
    assert country in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "side", "actor"),
    [
        # a possessor or an of-phrase standing before the first or after the last of two coordinated nouns is both's
        ("Officials said the reward is for information that leads to the arrest and conviction of Ali Hamadi.",
         "conviction", "target", "Ali Hamadi"),
        ("A spokeswoman said the nature of his arrest and conviction in Ohio was unrelated.", "conviction", "target", "his"),
        ("The Kenyan court ordered the arrest and deportation of two Somali traders on Monday.", "deportation", "source", "Kenyan court"),
    ],
)
def test_coordinated_nominal_triggers_share_their_arguments(nlp, coding_context, text: str, trigger: str, side: str,
                                                           actor: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [(e.get(side) or {}).get("text") for e in events if e["type"]["trigger"] == trigger]
    assert actor in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the of-phrase between the two nouns is the first's only; a noun with its own determiner has its own arguments
        ("Police in Lagos announced the arrest of a Ghanaian driver and the conviction of another man on Monday.", "conviction"),
        ("Egyptian police said the arrest of a Sudanese driver and detention of a second man lasted two days.", "detention"),
        ("The arrest of a Chilean striker and his suspension by the league shocked fans.", "suspension"),
    ],
)
def test_an_argument_of_one_coordinated_noun_is_not_the_others(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    assert all(t not in {"GHA", "SDN", "CHL"} for _s, t in sides(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # what is stolen or seized is no target: the one it was taken from is (the verb's from-phrase or the thing's)
        ("Two men stole jewellery from a Texas woman on Monday.", "stole", "Texas woman"),
        ("A man who stole thousands of dollars from a Kenyan charity was jailed.", "stole", "Kenyan charity"),
        ("The gang stole three cars from Nigerian traders last week.", "stole", "Nigerian traders"),
        # a word for people with no name on it is a side as well as a named one ("fought running battles with police")
        ("In Lahore, opposition supporters fought running battles with police on Monday.", "fought", "police"),
    ],
)
def test_the_one_something_was_taken_from_or_fought_with_is_the_target(nlp, coding_context, text: str, trigger: str,
                                                                      actor: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [(e.get("target") or {}).get("text") for e in events if e["type"]["trigger"] == trigger]
    assert actor in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # the place people are expelled or deported from is where they leave, not whom something is taken from
        ("Thousands of Angolans were recently expelled from the Democratic Republic of Congo.", "expelled", "Congo"),
        ("Most of them were deported from the Bas Congo Province in May.", "deported", "Congo"),
        # a place or a thing in the from-phrase is no one robbed
        ("Thieves stole cash from the till of a shop in Leeds on Friday.", "stole", "till"),
        ("Burglars stole a car from the driveway of a home in Ohio.", "stole", "driveway"),
    ],
)
def test_a_from_phrase_that_names_no_one_is_no_target(nlp, coding_context, text: str, trigger: str, not_target: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [str((e.get("target") or {}).get("text")) for e in events if e["type"]["trigger"] == trigger]
    assert not any(not_target in t for t in got), shown(events)


_OHIO = ("Police in Dayton, Ohio, said a man was shot outside a bar on Main Street on Saturday. The Dayton police chief said "
         "officers were called to the bar at 2 a.m. ")


@pytest.mark.parametrize(
    ("sentence", "trigger", "side", "actor"),
    [
        # people a local story points at without naming them are of its country, as its pronouns are
        ("Police said it did not appear that anyone else was injured.", "injured", "target", "anyone else"),
        ("Two men were arrested and a third is being sought by police.", "sought", "target", "a third"),
    ],
)
def test_unnamed_people_of_a_local_story_are_of_its_country(nlp, coding_context, sentence: str, trigger: str, side: str,
                                                            actor: str) -> None:
    events = coded(nlp, coding_context, _OHIO + sentence)
    got = [((e.get(side) or {}).get("text"), (e.get(side) or {}).get("country")) for e in events if e["type"]["trigger"] == trigger]
    assert (actor, "USA") in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        # a story that names two countries and no home: no country for someone it does not name
        ("Kenyan police and Ugandan soldiers met at the border on Monday. Officials said it did not appear that anyone "
         "else was injured.", "injured", "target"),
        # a number or "those" may count acts or things: no guess
        (_OHIO + "Eight of the 14 killings were under investigation by the county, the chief said.", "investigation", "target"),
    ],
)
def test_no_home_country_for_unnamed_people_where_it_is_unknown(nlp, coding_context, text: str, trigger: str, side: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all((e.get(side) or {}).get("country") is None for e in events if e["type"]["trigger"] == trigger), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # an act named as the means of what the clause's subject did is that subject's
        ("We must not forget that Hamas seized power in the Gaza Strip through a military coup in 2007.", "coup", "Hamas"),
        ("Cuba's communist government celebrated the birth of Jose Marti on Friday with rallies.", "rallies",
         "Cuba's communist government"),
        ("Farmers in France marked the anniversary with protests outside the ministry.", "protests", "Farmers in France"),
    ],
)
def test_an_act_that_is_the_means_of_the_clause_is_its_subjects(nlp, coding_context, text: str, trigger: str, actor: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [(e.get("source") or {}).get("text") for e in events if e["type"]["trigger"] == trigger]
    assert actor in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "bystander"),
    [
        # what the subject meets, faces or undergoes is not done by it
        ("The Kenyan minister struggled with the attack on his record.", "attack", "minister"),
        ("The charity began the year with a protest outside the ministry.", "protest", "charity"),
        ("The Nigerian town was hit by air strikes on Monday.", "strikes", "town"),
        ("The Brazilian striker celebrated with the fans after the match.", "celebrated", "fans"),
    ],
)
def test_the_subject_of_a_clause_that_faces_an_act_does_not_do_it(nlp, coding_context, text: str, trigger: str,
                                                                  bystander: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [str((e.get("source") or {}).get("text")) for e in events if trigger in e["type"]["trigger"]]
    assert not any(bystander in t for t in got), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # the from-phrase of an abduction, a hijacking or an attack tells where the victim is from: no one robbed
        ("Militants abducted a nurse from the Red Cross in Somalia.", "abducted", "Red Cross"),
        ("Gunmen kidnapped an engineer from a Chinese company in the Niger Delta.", "kidnapped", "Chinese company"),
        ("Rebels kidnapped two engineers from China on Monday.", "kidnapped", "China"),
        ("Pirates hijacked a tanker from Greece off the coast of Somalia.", "hijacked", "Greece"),
        ("Gunmen attacked a convoy from the United Nations mission.", "attacked", "United Nations"),
        ("Armed men kidnapped a doctor from Doctors Without Borders in Darfur.", "kidnapped", "Doctors Without Borders"),
        ("Gunmen shot a driver from a German aid agency in Kabul.", "shot", "German"),
        # a place something was stolen or seized from is where it was taken, not whom from
        ("A car was stolen from Chicago on Monday, police said.", "stolen", "Chicago"),
        ("Thieves stole a truck from Texas and drove it to Mexico.", "stole", "Texas"),
        ("Militants seized a ship from the Philippines in the Sulu Sea.", "seized", "Philippines"),
    ],
)
def test_the_from_phrase_of_no_theft_is_no_target(nlp, coding_context, text: str, trigger: str, not_target: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [str((e.get("target") or {}).get("text")) for e in events if e["type"]["trigger"] == trigger]
    assert got and not any(not_target in t for t in got), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # theft and seizure still take whom it was taken from
        ("Thieves stole jewellery from a woman in Leeds.", "stole", "woman in Leeds"),
        ("Iraqi troops seized weapons from a Shiite militia in Basra.", "seized", "Shiite militia"),
        # the victim of an abduction is its object, not where the victim is from
        ("Militants abducted a nurse from the Red Cross in Somalia.", "abducted", "nurse"),
    ],
)
def test_the_one_robbed_or_taken_is_the_target(nlp, coding_context, text: str, trigger: str, actor: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [(e.get("target") or {}).get("text") for e in events if e["type"]["trigger"] == trigger]
    assert actor in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # a possessor of a first noun that is no act, or an act of another kind or with another role, is not the
        # second noun's doer
        ("The talks focused on Iran's nuclear programme and sanctions.", "sanctions", "Iran"),
        ("North Korea's missile tests and sanctions dominated the meeting.", "sanctions", "North Korea"),
        ("Obama's speech and protests in Cairo drew wide coverage.", "protests", "Obama"),
        ("Hamas's rocket fire and air strikes on Gaza killed dozens.", "strikes", "Hamas"),
        ("Iran's missile programme and threats against Israel worried Washington.", "threats", "Iran"),
        ("The report criticised Turkey's economy and arrests of journalists.", "arrests", "Turkey"),
    ],
)
def test_a_possessor_of_another_kind_of_noun_is_not_shared(nlp, coding_context, text: str, trigger: str,
                                                           not_source: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [str((e.get("source") or {}).get("text")) for e in events if trigger in e["type"]["trigger"]]
    assert not any(not_source in t for t in got), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "side", "actor"),
    [
        # two acts of one kind, or two acts done to someone, still share what stands before or after both
        ("The minister's visit and talks with Chinese officials ended on Friday.", "talks", "source", "minister's"),
        ("Russia's annexation and occupation of Crimea drew sanctions.", "occupation", "source", "Russia"),
        ("The army denied the abduction and killing of six farmers in Borno.", "killing", "target", "farmers in Borno"),
        ("The court ordered the arrest and deportation of the two men.", "deportation", "source", "court"),
    ],
)
def test_acts_of_one_kind_share_their_arguments(nlp, coding_context, text: str, trigger: str, side: str, actor: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [(e.get(side) or {}).get("text") for e in events if e["type"]["trigger"] == trigger]
    assert actor in got, shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "bystander"),
    [
        # living, growing up, waking, travelling through or with an act is no doing it; nor is an absolute "with"
        ("Residents of Homs lived through the siege of the city last year.", "siege", "Residents"),
        ("Children in Gaza grew up with the war, the UN said.", "war", "Children"),
        ("The minister flew to Brussels with the strike at the port entering its third week.", "strike", "minister"),
        ("Residents woke up on Sunday with the shelling of the town already under way.", "shelling", "Residents"),
        ("The family returned to Mosul with the fighting still going on.", "fighting", "family"),
        ("Tourists arrived in Cairo with the protests in their second week.", "protests", "Tourists"),
        ("Syrian refugees suffered through the bombing of Aleppo.", "bombing", "refugees"),
    ],
)
def test_the_subject_of_a_clause_that_lives_through_an_act_does_not_do_it(nlp, coding_context, text: str, trigger: str,
                                                                          bystander: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [str((e.get("source") or {}).get("text")) for e in events if trigger in e["type"]["trigger"]]
    assert not any(bystander in t for t in got), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a verb of acting by means of an act still gives it its subject
        ("Workers in Chile showed their anger with a strike at the mine.", "strike", "Workers in Chile"),
        ("Fans marked the anniversary with a march.", "march", "Fans"),
    ],
)
def test_a_verb_of_acting_by_an_act_gives_it_its_subject(nlp, coding_context, text: str, trigger: str, actor: str) -> None:
    events = coded(nlp, coding_context, "Local news. " + text)
    got = [(e.get("source") or {}).get("text") for e in events if e["type"]["trigger"] == trigger]
    assert actor in got, shown(events)


_LEEDS = "Police in Leeds said a man was shot outside a pub on Saturday. "


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        # someone unknown who acts is an unknown perpetrator: no country (settling rule 14)
        ("Police in Nairobi said a grenade exploded outside a bar on Saturday. Police said someone threw a grenade at "
         "the Israeli embassy in Nairobi on Monday.", "threw", "source"),
        (_OHIO + "Police said someone had cut the screen to break into the home.", "break", "source"),
        (_OHIO + "He won't let anyone intimidate him, the chief said.", "intimidate", "source"),
        (_OHIO + "The house was attacked by someone on Sunday.", "attacked", "source"),
        (_LEEDS + "Police said somebody set fire to a car on Friday night.", "set", "source"),
        # anyone a relative clause describes is people in general
        ("Police in Beirut said a man was shot outside a bar on Saturday. The army said it will arrest and detain anyone "
         "who is caught.", "detain", "target"),
        (_LEEDS + "Police warned that anyone who attacks officers will be arrested.", "arrested", "target"),
        # a third of something is a part of it; the pair after two countries is of neither alone
        (_OHIO + "A third of the budget was stolen by the mayor, police said.", "stolen", "target"),
        ("Ministers from France and Germany met in Paris. The pair agreed to press for sanctions.", "press", "source"),
        ("Officials from Kenya and Uganda met in Kampala. The pair agreed to fight cattle raids.", "fight", "source"),
    ],
)
def test_no_home_country_for_an_unknown_doer_or_people_in_general(nlp, coding_context, text: str, trigger: str,
                                                                  side: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all((e.get(side) or {}).get("country") is None for e in events if e["type"]["trigger"] == trigger), shown(events)


@pytest.mark.parametrize(
    ("sentence", "trigger", "side", "actor"),
    [
        # someone a local story does not name who undergoes the act, or the pair it has just named, is of its country
        ("Police said somebody was stabbed near the station.", "stabbed", "target", "somebody"),
        ("Two men were arrested on Sunday. The pair were charged with assault.", "charged", "target", "The pair"),
    ],
)
def test_unnamed_victims_of_a_local_story_are_of_its_country(nlp, coding_context, sentence: str, trigger: str, side: str,
                                                             actor: str) -> None:
    events = coded(nlp, coding_context, _OHIO + sentence)
    got = [((e.get(side) or {}).get("text"), (e.get(side) or {}).get("country")) for e in events if e["type"]["trigger"] == trigger]
    assert (actor, "USA") in got, shown(events)
