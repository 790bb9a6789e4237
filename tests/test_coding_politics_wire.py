"""Shapes of the politics and war wire: "the attack" told again after the act it names, wars, invasions and
offensives told by their nouns, shelling and rocket fire named by their weapons, states won in an election, seats won,
courses led ("take Britain out of the bloc"), decisions told by a say-verb, stocks released, crimes aided, offensives
and attacks of words, and names that end in an outlet's.

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
        # "the attack" told again takes the code of the act of arms the text told just before it
        ("A drone strike hit a wedding party near Sanaa, killing 12 guests. The United Nations condemned the attack.", "attack", "1952"),
        ("Militants shelled a police base in Kandahar overnight. Officials said the attack lasted an hour.", "attack", "194"),
        ("A car bomb exploded outside the hotel, killing nine people. The prime minister called the attack cowardly.", "attack", "1832"),
        ("Rebel fighters ambushed an army convoy near the border. The attack began before dawn.", "attack", "190"),
        # weapons that name the kind of attack: artillery and mortars (194), rockets and missiles (195)
        ("Two soldiers were wounded in a mortar attack on their base on Saturday.", "mortar attack", "194"),
        ("The army launched an artillery attack on the rebel-held villages.", "artillery attack", "194"),
        ("Insurgents launched a rocket attack on the airport.", "rocket attack", "195"),
        # a war, an invasion or an offensive the text is about, told again by its noun in a report of war
        ("Government troops and rebels clashed near the lake. The war, which began in August, has drawn in six armies.", "war", "190"),
        ("Iraqi troops and tanks crossed into Kuwait at dawn, and the army shelled the border posts. The invasion followed "
         "weeks of rising tension.", "invasion", "192"),
        ("Rebel troops pushed back the army near Kharkiv. Kyiv says the offensive has retaken 20 villages.", "offensive", "190"),
        # people hacked are cut with blades (182), not computers broken into
        ("Witnesses said the gunmen shot and hacked villagers in the market.", "hacked", "182"),
        # a legislature suspended by the executive restricts it (172), no relations reduced
        ("The prime minister will suspend parliament for five weeks before the deadline.", "suspend", "172"),
        ("The president issued a decree suspending the assembly and declaring a state of emergency.", "suspending", "172"),
        # an armed force that advances or pushes toward a place fights for it; one that surrounds it besieges it
        ("Rebel forces advanced toward the capital on Sunday.", "advanced", "190"),
        ("Rebel forces pushed toward the town of Ruhengeri in the north.", "pushed", "190"),
        ("Witnesses said troops surrounded the school on Friday morning.", "surrounded", "191"),
        ("The town was surrounded by troops.", "surrounded", "191"),
        # fighting told with its kind, its course or its place in a report of war
        ("Heavy fighting broke out in the capital on Sunday between the army and rebels.", "fighting", "190"),
        ("Diplomats said fighting was continuing around Kabinda, where rebel troops hold the airport.", "fighting", "190"),
        # a court's ruling told again, and an acquittal
        ("A court acquitted him of all charges. The embassy welcomed the ruling.", "ruling", "116"),
    ],
)
def test_the_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # an attack of its own kind, or one after an act by someone that was no act of arms, keeps its reading
        ("A man stabbed four people at a bus station. Police said the attack was not linked to terrorism.", "attack", "180"),
        ("Rebels shelled the town overnight. In a separate attack, gunmen raided a farm.", "attack", "180"),
        ("Fighting broke out in the north in 2013. The attack on the convoy killed six aid workers.", "attack", "180"),
        # review: an attack after a killing, an arson, a criticism or a harm the coder does not code, or after acts
        # of arms of two roots, keeps its reading
        ("Jets struck rebel positions on Sunday. In the capital, a judge was shot dead outside his home. The attack "
         "was claimed by a militant group.", "attack", "180"),
        ("Soldiers clashed with rebels on Monday. On Tuesday, rebels set fire to a clinic. The attack killed 20 patients.", "attack", "180"),
        ("Troops shelled rebel-held towns. General Musa, who led the offensive, suffered a heart attack on Sunday. The "
         "attack was fatal.", "attack", "180"),
        ("Rebel fighters stormed the border towns, killing 300 people. The army has since bombed the rebel camps. The "
         "president said the attack was the worst in decades.", "attack", "180"),
        ("Hackers broke into the ministry's email servers last week. Officials said the attack exposed thousands of "
         "documents.", "attack", "180"),
        # a state taken by a commander, with an election told in another clause, stays a conquest
        ("Ortega captured Managua in 1979 and went on to win the 2006 presidential election.", "captured", "192"),
        # a threat of force by an armed side stays a threat; a say-verb of force threatens
        ("The militants said they would attack any ship heading to the port.", "said", "138"),
        # a military assault on a summit, and land taken out of someone's hands or into someone's control
        ("Troops launched an assault on the summit of the hill held by rebel forces.", "assault", "190"),
        ("Soldiers took the village into their control after a day of fighting.", "took", "192"),
        # a detention by soldiers told with "kept under house arrest"; a charge an impeachment lays
        ("Soldiers surrounded the residence and kept the prime minister under house arrest.", "arrest", "173"),
        ("The House voted to impeach the president on a charge of abuse of power.", "charge", "173"),
        ("Not guilty pleas were entered on his behalf to charges of first-degree murder.", "charges", "173"),
        # releases of seized goods, and people hacked online
        ("The rebels released 200 tonnes of grain they had seized from aid convoys.", "released", "084"),
        ("Scammers hacked victims and drained their bank accounts.", "hacked", "176"),
        ("Israel's 1967 attack on the USS Liberty killed 34 American sailors.", "attack", "190"),
        ("Aid groups are aiding the immigration of Afghan refugees to Canada.", "aiding", "070"),
        # final review: an attack with its own doer or place, a harm told in the act's sentence, small-arms fire, a
        # definite group in a relative clause, and force that is no war
        ("Jets struck targets in Gaza overnight. The attack by gunmen in Kabul killed five people.", "attack", "180"),
        ("Jets struck the town, and the governor suffered a heart attack. The attack was condemned by the UN.", "attack", "180"),
        ("Jets bombed rebel positions, and soldiers exchanged fire with the rebels. The attack was condemned by the UN.", "attack", "180"),
        ("Jets bombed the village. The weekend attack was condemned by the UN.", "attack", "195"),
        ("Russian troops have surrounded the city.", "surrounded", "191"),
        ("Government forces shelled the city. Heavy fighting broke out on Sunday.", "fighting", "190"),
        ("Mass protests pushed the president from power in 2011.", "pushed", "190"),
        ("He was charged with aiding and abetting illegal immigration.", "aiding", "180"),
        # second review: an attack told just before as a noun, a shooting by police, a response, a harm not coded
        ("Jets bombed rebel camps in the north. In the capital, an attack on a church killed 40 people. The attack was "
         "condemned by the pope.", "attack", "180"),
        ("Jets struck the city on Monday. In the port, a man stabbed two people before being shot by police. The attack "
         "was the third this month.", "attack", "180"),
        ("Armed men kidnapped 20 students from a school. Troops later clashed with the kidnappers. The attack prompted "
         "the closure of schools.", "attack", "180"),
        ("Jets struck rebel positions. A swarm of bees attacked tourists at a hotel. The attack sent six people to "
         "hospital.", "attack", "180"),
        # threats to whoever does something stay threats
        ("Beijing said it would impose sanctions on any company that sells arms to Taiwan.", "said", "1312"),
        ("Israel said it would cut ties with any country that recognises the new state.", "said", "1313"),
        # seizures of a capital or a presidency by force stay seizures
        ("Rebels seized the presidency in Bangui on Sunday, and the president fled.", "seized", "171"),
        ("Laurent Gbagbo's loyalists seized the city of Abidjan after the disputed election, and gunmen attacked peacekeepers.", "seized", "192"),
        # a detention after a coup told as a state, and a threat of destruction told by a say-verb
        ("The army said the deposed prime minister was under house arrest at his home.", "arrest", "173"),
        ("North Korea told South Korea it would destroy the liaison office.", "told", "137"),
        # a legislature suspended keeps its target
        ("President Saied suspended parliament and dismissed the prime minister.", "suspended", "172"),
        ("The coastguard rescued forty-six people off Lesbos.", "rescued", "073"),
        # a state taken by arms, and a state taken in a text of war, stay taken
        ("M23 rebels captured Goma on Tuesday after government troops fled, days before the election.", "captured", "192"),
        ("Rebels captured the town after government troops fled.", "captured", "192"),
        # said with a condition, the act is a threat
        ("Brussels said it would impose new sanctions if Minsk did not free the activists.", "said", "1312"),
        # a say-verb with a cooperative act is an intent, as before
        ("Israel announced it would free 150 prisoners.", "announced", "0353"),
        # the release of people, and aid to a side
        ("The rebels ordered the release of 30 hostages.", "release", "0841"),
        ("The United States aided the rebels with weapons.", "aided", "070"),
        ("The army launched an offensive against the rebels in the east.", "offensive", "190"),
        ("Hackers hacked the ministry's servers last week.", "hacked", "176"),
        ("Police placed the opposition leader under house arrest on Monday.", "arrest", "173"),
        ("Soldiers fired on the crowd, witnesses said.", "fired", "175"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # aiding a crime is the crime (180), not aid
        ("A Tunisian crew member was arrested and charged with aiding illegal immigration.", "aiding", "180"),
        ("The bank was fined for aiding tax fraud by wealthy clients.", "aiding", "180"),
    ],
)
def test_a_crime_aided_is_the_crime(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a state's votes won in an election: no ground taken
        ("Obama captured Ohio and Florida on Tuesday, putting him on course for victory in the election.", "captured"),
        ("Labour took Glasgow for the first time in decades as voters turned against the nationalists.", "took"),
        # seats and titles won, a course led, a climb
        ("The Liberals seized seats across the prairies that the Conservatives had held for decades.", "seized"),
        ("She promised to take Britain out of the customs union by December.", "take"),
        ("The climbers made their final assault on the summit on Tuesday.", "assault"),
        # a decision told by a say-verb is the act itself (future), no threat by the say-verb
        ("Poland said on Monday it would expel three Russian diplomats.", "said"),
        ("Japan said it would freeze its grant aid to the junta.", "said"),
        # stocks and substances released: no one set free
        ("The president ordered the release of 50 million barrels of crude from the strategic reserve.", "release"),
        ("The government released oil from its emergency stockpile to calm prices.", "released"),
        # offensives and attacks of words
        ("The foreign minister launched a charm offensive in Washington.", "offensive"),
        ("Critics said the new media law was an attack on freedom of expression.", "attack"),
        ("The opposition called the decree an assault on democracy.", "assault"),
        # a state of arrest held or ended, told beside the act: no arrest
        ("The jailed leader, who is under house arrest in the capital, urged his supporters to stay calm.", "arrest"),
        ("The government freed the opposition leader from house arrest on Tuesday.", "arrest"),
        # a count of a trial voted on: no one charged
        ("On the fraud charge, 52 senators voted guilty and 48 not guilty.", "charge"),
        # what shares, bills, negotiators, fans and mountains do
        ("Shares advanced 2 percent in early trading.", "advanced"),
        ("The bill advanced in the Senate on Tuesday.", "advanced"),
        ("Negotiators pushed toward a deal on Friday.", "pushed"),
        ("Fans surrounded the singer outside the hotel.", "surrounded"),
        ("Mountains surround the town on three sides.", "surround"),
        ("Fighting is no answer to our problems, the bishop said.", "Fighting"),
        # second review: guards who surround, wars of other kinds, fighting of no arms
        ("The president, surrounded by soldiers, laid a wreath at the war memorial on Monday.", "surrounded"),
        ("Police surrounded the parliament building to protect lawmakers from protesters.", "surrounded"),
        ("The war between the two ride-hailing giants escalated as a start-up backed by a former army general joined.", "war"),
        ("Farmers say the invasion has destroyed their crops, and the army has been deployed to kill the locusts.", "invasion"),
        ("The war is a video game that has sold 10 million copies, and features soldiers, jets and tanks.", "war"),
        ("Many Americans opposed the war from the start, and protests spread after soldiers were killed.", "war"),
        ("Fierce fighting within the ruling coalition over the military budget delayed the vote.", "fighting"),
        ("Fierce fighting on the pitch left three players injured, as the Rockets beat the Jets.", "fighting"),
        # final review: a verb of force is no war; a definite group in a relative clause is no "whoever"
        ("Obama captured Ohio on Tuesday, putting him on course for victory in the election. The loss forced Romney to concede.", "captured"),
        ("Germany said it would expel the four Russian diplomats who were caught spying.", "said"),
        # gunfire in celebration
        ("Celebratory gunfire rang out across the city after the result was announced.", "gunfire"),
        # war in general, a war of no arms, or a war in a text with no armed side
        ("Economists said the war would hurt growth.", "war"),
        ("The trade war between the two countries escalated as troops massed on the border.", "war"),
        ("Officials said the war on drugs had failed despite army deployments.", "war"),
        ("Nothing could justify another war, the rebel leader said.", "war"),
        # review: other senses of the words, and wars told as a time or a topic, in texts with words of war
        ("The chief executive said the war for talent was intensifying, as defence firms poach engineers from drone makers.", "war"),
        ("The team's late offensive came too late, as the Rebels lost 3-2. The club's owner is a former army officer.", "offensive"),
        ("Veterans gathered on Sunday to mark 80 years since the war ended in Europe, and soldiers paraded with the army band.", "war"),
        ("Shares of defence firms have soared since the war began, as investors bet on missiles, drones and jets for the army.", "war"),
        ("The museum's exhibition tells the story of the war through letters soldiers wrote home from the army.", "war"),
        ("The army said it could go on the offensive with its own cyber units.", "offensive"),
    ],
)
def test_no_event_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


def test_the_act_a_decision_names_is_coded_as_future(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Poland said on Monday it would expel three Russian diplomats.")
    e = event_on(events, "expel")
    assert e["type"]["cameo"][:2] in {"16", "17"} and e["status"] != "happened", described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a name ending in a word an outlet "The ..." goes by is no outlet: "Tiger Hill" is India's, not The Hill's
        ("Indian troops recaptured Tiger Hill after a fierce battle.", "recaptured", None),
        ("Two of the boy's Miami cousins sought support on Capitol Hill for the bill.", "sought", "USA"),
    ],
)
def test_a_name_that_ends_in_an_outlets_word_is_no_outlet(nlp, coding_context, text: str, trigger: str, target: str | None) -> None:
    events = coded(nlp, coding_context, text)
    assert [t for _, t in sides(events, trigger)] == [target], described(events)
    assert not [e for e in events if (e.get("target") or {}).get("sector") == "MED"], described(events)


@pytest.mark.parametrize(
    ("text", "published", "trigger", "source"),
    [
        # people added in this round, with their terms
        ("Xanana Gusmao urged his supporters to stay calm.", "1999-09-01", "urged", "TLS"),
        ("General Norman Schwarzkopf praised the troops.", "1991-02-28", "praised", "USA"),
        ("Paul Bremer criticised the Governing Council.", "2004-01-10", "criticised", "USA"),
        ("Prime Minister Charles Michel condemned the violence.", "2017-10-02", "condemned", "BEL"),
        ("Charles Michel condemned the violence.", "2021-03-01", "condemned", "IGO"),
    ],
)
def test_the_people_of_these_registers_have_their_country(nlp, coding_context, text: str, published: str, trigger: str,
                                                          source: str) -> None:
    events = coded(nlp, coding_context, text, published=published)
    assert [s for s, _ in sides(events, trigger)] == [source], described(events)
