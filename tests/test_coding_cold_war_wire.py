"""Shapes of the war and crime wire of the Cold War and after: munitions that come down on a place, blockades and
sieges lifted, "the invasion" told again, shots never fired, headline "Arms" that are weapons, cartel bosses
captured, and states that no longer exist named by their successors' names.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on, sides

from tidings.evaluate.events import factuality_class

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # fired munitions coming down on a place in a report of war are an attack of their kind: rockets and shells
        # 194, missiles 195
        ("Militants in Gaza fired rockets overnight. Two rockets landed in Sderot on Tuesday.", "landed", "194"),
        ("At least 30 rockets fell on the Galilee area overnight as the fighting spread.", "fell", "194"),
        ("A rebel rocket slammed into a fuel depot in the port, killing two workers.", "slammed", "194"),
        ("Artillery shells were landing near the observation post all afternoon.", "landing", "194"),
        ("A cruise missile crashed into an apartment block in the city centre, killing nine people.", "crashed", "195"),
        ("A mortar round hit a school in the town.", "hit", "194"),
        ("A rocket fired from Gaza landed near Ashkelon.", "landed", "194"),
        ("A stray mortar round hit a wedding party, killing ten guests.", "hit", "194"),
        ("An artillery shell pierced the roof of the clinic as the fighting raged.", "pierced", "194"),
        # a blockade, a siege or a quarantine lifted, ended or eased is a military blockade eased (0872)
        ("Israel lifted its air blockade of Lebanon on Thursday.", "lifted", "0872"),
        ("The navy said it would end the blockade of the port within two days.", "end", "0872"),
        ("Government troops lifted the siege of the city after three months.", "lifted", "0872"),
        ("Rebels lifted their blockade of the city.", "lifted", "0872"),
        # arms a treaty scraps, cuts or has destroyed are arms control (087)
        ("The treaty requires the United States to scrap 859 missiles.", "scrap", "087"),
        ("The two leaders agreed to reduce their strategic arsenals by a third.", "reduce", "087"),
        ("Moscow said it would dismantle the missile bases in Cuba.", "dismantle", "087"),
        # "the invasion" told again after an invasion the text told: the same invasion
        ("Iraqi forces invaded Kuwait on Thursday. Later the council called the invasion a breach of the Charter.", "invasion", "192"),
        ("Soviet troops invaded Czechoslovakia overnight. Mr. Ceausescu told a rally that the invasion was a grave mistake.",
         "invasion", "192"),
        # a bomb that goes off or is planted is a bombing (183)
        ("The first bomb went off inside the cathedral as worshippers gathered for Mass.", "went", "183"),
        ("Investigators confirmed that a bomb had been planted on the ship.", "planted", "183"),
        ("Rebels planted mines along the road to the airport.", "planted", "183"),
        # a treaty adopted is an accord (057), one abandoned a withdrawal from it (160); talks that collapse are halted
        ("Delegates in Kyoto adopted a treaty to cut greenhouse gases after an all-night session.", "adopted", "057"),
        ("The General Assembly adopted the convention on Friday.", "adopted", "057"),
        ("The United States abandoned the climate pact on Wednesday.", "abandoned", "160"),
        ("Canada abandoned the Kyoto Protocol in 2011.", "abandoned", "160"),
        ("The United States abandoned the Iran nuclear deal in May.", "abandoned", "160"),
        ("The talks collapsed on Saturday after the two sides failed to agree on borders.", "collapsed", "164"),
        ("The summit broke down over missile defence.", "broke", "164"),
        ("Peace negotiations with the rebels foundered in March.", "foundered", "164"),
        ("Talks on the transfer of power collapsed on Monday.", "collapsed", "164"),
        # a boss or a lord of a cartel or a gang captured is held (173)
        ("Marines captured the cartel boss at a beach resort on Saturday.", "captured", "173"),
        ("Police captured a drug lord in a raid on his ranch.", "captured", "173"),
    ],
)
def test_the_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a blockade imposed stays a blockade; protesters ending their own siege ease dissent (082)
        ("The navy imposed a blockade on the port.", "blockade", "191"),
        ("Protesters ended their three-day siege of the ministry on Monday.", "ended", "082"),
        ("The fishermen lifted their blockade of the port on Monday.", "lifted", "082"),
        # weapons destroyed by an attacker, jobs cut, sentences reduced
        ("Jets destroyed rebel missiles near the border.", "destroyed", "1712"),
        ("The court reduced his sentence to ten years.", "reduced", "116"),
        # craft that land travel; troops that invade still invade
        ("The foreign minister's plane landed in Beirut on Tuesday.", "landed", "042"),
        ("Argentine forces invaded the islands on Friday.", "invaded", "192"),
        # rebels capturing a town take it; police capturing a suspect hold them
        ("Rebels captured the town on Saturday.", "captured", "192"),
        ("Police captured the suspect on Saturday.", "captured", "173"),
        # shots fired are fired; a neighbour stabbed in the back is stabbed
        ("Three shots were fired at the car.", "fired", "180"),
        ("A man stabbed his neighbour in the back during an argument.", "stabbed", "1823"),
        # a headline's "Arms" after a noun that is a state arms it
        ("U.S. Arms Rebels in Syria", "Arms", "072"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # munitions that come down on the sea, in a test, with no war told, in spaceflight or into someone's hands, or
        # things that are no munitions
        ("The missile landed in the Sea of Japan, the defence ministry said.", "landed"),
        ("The rocket fell into waters off the coast after the test launch.", "fell"),
        ("A North Korean ballistic missile landed near the Japanese island of Sado on Thursday morning.", "landed"),
        ("A Falcon 9 rocket landed on a drone ship off the Florida coast after delivering 60 satellites to orbit.", "landed"),
        ("The rocket crashed in a remote area of Kazakhstan after an engine failure, the space agency said.", "crashed"),
        ("Rebels fought the army for weeks. Several of its missiles fell into the hands of the militants.", "fell"),
        ("Shares fell on the news of the merger.", "fell"),
        ("The Rockets fell to the Lakers in overtime.", "fell"),
        # shots never fired
        ("Police seized the cartel leader without firing a shot.", "firing"),
        ("The troops landed at the airport without a shot being fired.", "fired"),
        # a nation stabbed in the back is betrayed
        ('"They have stabbed the nation in the back," the minister told his party.', "stabbed"),
        # an enemy's arms destroyed, troops cut off, a body's arms cut, a site dismantled: no arms given up
        ("Israeli jets eliminated Hezbollah rocket launchers in the south.", "eliminated"),
        ("The army will dismantle rebel bases in the mountains.", "dismantle"),
        ("Russian forces cut off Ukrainian troops near the town.", "cut"),
        ("The attacker cut his arms with a knife.", "cut"),
        ("Organisers dismantled the festival site on Monday.", "dismantled"),
        # thrown riot missiles, building mortar, a smoke bomb, a mine in demining, a fake bomb, a listening device
        ("Rioters hurled missiles that landed on police lines.", "landed"),
        ("The army shelled the town. Workers said mortar fell on the scaffolding.", "fell"),
        ("A smoke bomb went off in the stadium during the match.", "went"),
        ("A mine went off during demining work, injuring a deminer.", "went"),
        ("Police said a fake bomb had been planted at the station.", "planted"),
        ("Agents planted a listening device in the embassy.", "planted"),
        # alarms that go off, bombs that fail to, explosives planted in a quarry, buildings, prices and business talks
        # that collapse, talks that nearly did, relations that broke down, a firm's deal abandoned, a club's charter
        # or a hospital's protocol adopted
        ("The fire alarm went off at noon and the building was evacuated.", "went"),
        ("A third bomb, found outside a bank, failed to go off.", "go"),
        ("Engineers planted explosives in the quarry before the blasting.", "planted"),
        ("The building collapsed after the earthquake.", "collapsed"),
        ("Share prices collapsed on Friday.", "collapsed"),
        ("Merger talks between the two banks collapsed on Friday.", "collapsed"),
        ("Talks to sell the club collapsed on Friday.", "collapsed"),
        ("Talks on a merger between the two carmakers collapsed.", "collapsed"),
        ("The talks nearly collapsed on Saturday.", "collapsed"),
        ("Relations between the two countries broke down after the election.", "broke"),
        ("Pfizer abandoned its deal to buy Allergan.", "abandoned"),
        ("The studio abandoned its pact with the streaming service.", "abandoned"),
        ("The club adopted a new charter at its annual meeting.", "adopted"),
        ("The hospital adopted a new protocol for stroke patients.", "adopted"),
        ("The central bank said it would reduce its gold stockpile.", "reduce"),
        ("The central bank said it would reduce its arsenal of policy tools.", "reduce"),
        ("Workers will dismantle the base of the old statue.", "dismantle"),
        # "Arms" in a headline that are weapons, not arming
        ("Nixon and Brezhnev Sign Pacts Limiting Nuclear Arms", "Arms"),
        ("62 Nations Sign Treaty to Halt Spread of Atomic Arms", "Arms"),
        ("Rebels Seize Arms Depot Near Capital", "Arms"),
        # an invasion with no invasion told before it, or one of another kind, or one feared, or a topic
        ("The minister said the invasion was a grave mistake.", "invasion"),
        ("Burglars broke into the house on Friday. Police called the invasion shocking.", "invasion"),
        ("Russian forces invaded Crimea in 2014. Taiwan's leaders said they would resist the feared invasion.", "invasion"),
        ("Soviet troops invaded Czechoslovakia in 1968. A new documentary about the invasion opens tonight.", "invasion"),
        # a quarantine lifted is health policy; a hostage standoff ended by police is no blockade eased; a boss filmed
        # is not held
        ("China lifted the quarantine on Wuhan on Wednesday after 76 days.", "lifted"),
        ("Police ended the siege by storming the bank, freeing all the hostages.", "ended"),
        ("CCTV cameras captured the mob boss leaving a restaurant.", "captured"),
    ],
)
def test_no_event_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"] and e["type"]["cameo"][:2] in {"05", "07", "08", "16", "17", "18", "19"}], \
        described(events)


@pytest.mark.parametrize("text", ["The talks collapsed on Saturday.", "Talks with Serbia collapsed on Saturday."])
def test_talks_that_collapsed_were_halted(nlp, coding_context, text: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "collapsed")
    assert e["type"]["cameo"] == "164" and factuality_class(e) == "happened", described([e])


@pytest.mark.parametrize(
    "text",
    [
        '"Not a single shot has been fired since midnight," a spokesman said.',
        "No shots were fired during the standoff, police said.",
    ],
)
def test_shots_never_fired_are_no_happening(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(factuality_class(e) != "happened" for e in events if e["type"]["cameo"][:2] in {"18", "19"}), described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what never passes without an attack happens each time
        ("Not a day passes without rockets being fired at the town.", "fired"),
        ("Hardly a day passes without rockets being fired at the town.", "fired"),
    ],
)
def test_an_act_that_never_fails_to_happen_is_kept(nlp, coding_context, text: str, trigger: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"][:2] in {"18", "19"}, described([e])


@pytest.mark.parametrize(
    ("name", "date", "person"),
    [
        # a family name two people share is the one in office, else the one whose office ended last
        ("Bush", "2015-03-01", "George W. Bush"),
        ("Bush", "1990-03-01", "George H. W. Bush"),
        ("Carter", "2016-03-01", "Ash Carter"),
        ("Carter", "1979-03-01", "Jimmy Carter"),
        # so is a full name two people share
        ("President George Bush", "1990-05-01", "George H. W. Bush"),
        ("President George Bush", "2005-05-01", "George W. Bush"),
    ],
)
def test_a_shared_family_name_is_the_one_of_the_day(coding_context, name: str, date: str, person: str) -> None:
    actor = coding_context.resolver.resolve(name, date=date)
    assert actor is not None and actor["name"] == person, actor


@pytest.mark.parametrize(("date", "person"), [("1990-05-01", "George H. W. Bush"), ("2005-05-01", "George W. Bush")])
def test_a_shared_full_name_in_a_text_is_the_one_of_the_day(nlp, coding_context, date: str, person: str) -> None:
    events = coded(nlp, coding_context, "George Bush met the Soviet leader in Malta.", published=date)
    assert [(e.get("source") or {}).get("name") for e in events if e["type"]["cameo"][:2] == "04"] == [person], described(events)


def test_a_dead_persons_name_after_an_office_they_never_held_is_someone_else(coding_context) -> None:
    # Jack Lynch was Taoiseach and died in 1999: the attorney general of 2016 is someone else
    actor = coding_context.resolver.resolve("Attorney General Lynch", date="2016-03-01")
    assert actor is None or actor.get("name") != "Jack Lynch", actor


@pytest.mark.parametrize(
    ("text", "published", "trigger", "source"),
    [
        # a successor state's names stand for the state that no longer exists while it existed
        ("Moscow rejected the proposal on Tuesday.", "1975-04-03", "rejected", "SUN"),
        ("Moscow rejected the proposal on Tuesday.", "2005-04-03", "rejected", "RUS"),
        ("Prague rejected the proposal on Tuesday.", "1968-04-03", "rejected", "CSK"),
        ("Prague rejected the proposal on Tuesday.", "1998-04-03", "rejected", "CZE"),
        ("Bratislava rejected the proposal on Tuesday.", "1992-04-03", "rejected", "SVK"),
        # a capital where someone is stays today's state's
        ("Police in Moscow arrested two dissidents on Tuesday.", "1985-05-01", "arrested", "RUS"),
        ("Belgrade rejected the proposal on Tuesday.", "1995-04-03", "rejected", "YUG"),
        # a successor's name or people stand for the former state only until the republic spoke for itself
        ("Russian officials rejected the proposal on Tuesday.", "1980-04-03", "rejected", "SUN"),
        ("The Russian parliament rejected the proposal on Tuesday.", "1991-09-03", "rejected", "RUS"),
        ("The Russian parliament rejected the proposal on Tuesday.", "1990-05-30", "rejected", "RUS"),
        ("Slovak leaders rejected the proposal on Tuesday.", "1992-04-03", "rejected", "SVK"),
        # "Kennedy" alone is a person, not a district of Bogota
        ("Kennedy criticized the plan on Tuesday.", "1962-10-23", "criticized", "USA"),

    ],
)
def test_a_state_is_named_as_it_was_on_the_day(nlp, coding_context, text: str, published: str, trigger: str,
                                               source: str) -> None:
    events = coded(nlp, coding_context, text, published=published)
    assert [s for s, _ in sides(events, trigger)] == [source], described(events)
