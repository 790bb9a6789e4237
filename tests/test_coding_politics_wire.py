"""Shapes of the politics and war wire: "the attack" told again after the act it names, wars, invasions and
rebellions told by their nouns, shelling and rocket fire named by their weapons, states won in an election, seats won,
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
        ("Militants shelled a police base in Kandahar overnight. Three officers were wounded. Officials said the "
         "attack lasted an hour.", "attack", "194"),
        ("A car bomb exploded outside the hotel, killing nine people. The prime minister called the attack cowardly.", "attack", "1832"),
        ("Rebel fighters ambushed an army convoy near the border. The attack began before dawn.", "attack", "190"),
        # weapons that name the kind of attack: artillery and mortars (194), rockets and missiles (195)
        ("Two soldiers were wounded in a mortar attack on their base on Saturday.", "mortar attack", "194"),
        ("The army launched an artillery attack on the rebel-held villages.", "artillery attack", "194"),
        ("Insurgents launched a rocket attack on the airport.", "rocket attack", "195"),
        # a war, an invasion or a rebellion the text is about, told again by its noun in a report of war
        ("Government troops and rebels clashed near the lake. The war, which began in August, has drawn in six armies.", "war", "190"),
        ("Iraqi troops crossed into Kuwait at dawn. The invasion followed weeks of rising tension.", "invasion", "192"),
        ("The rebellion began in October, when Tutsi fighters took up arms in the hills.", "rebellion", "190"),
        # people hacked are cut with blades (182), not computers broken into
        ("Witnesses said the gunmen shot and hacked villagers in the market.", "hacked", "182"),
        # a legislature suspended by the executive restricts it (172), no relations reduced
        ("The prime minister will suspend parliament for five weeks before the deadline.", "suspend", "172"),
        ("The president issued a decree suspending the assembly and declaring a state of emergency.", "suspending", "172"),
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
        ("Soldiers fired on the crowd, witnesses said.", "fired", "190"),
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
        ("Two guards are suspected of aiding the escape of the prisoners.", "aiding", "180"),
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
        # gunfire in celebration
        ("Celebratory gunfire rang out across the city after the result was announced.", "gunfire"),
        # war in general, a war of no arms, or a war in a text with no armed side
        ("Economists said the war would hurt growth.", "war"),
        ("The trade war between the two countries escalated as troops massed on the border.", "war"),
        ("Officials said the war on drugs had failed despite army deployments.", "war"),
        ("Nothing could justify another war, the rebel leader said.", "war"),
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
