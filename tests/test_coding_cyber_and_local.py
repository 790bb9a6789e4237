"""Shapes of cyber and espionage news, South Asian, Australian and Canadian domestic news and sports news: cyber
operations, courts' findings in other words, police charges and crowd fights, warnings of punishment, and acts of
sport or of signing that are no events.

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
        # what hackers attack, steal or destroy, and computer systems broken into or infected, are cyber attacks
        ("Hackers tied to the North Korean government attacked 300 email accounts.", "attacked", "176"),
        ("The hackers stole two million customer records from the insurer.", "stole", "176"),
        ("Hackers wiped data from 30,000 computers at the oil company.", "wiped", "176"),
        ("Chinese hackers penetrated the networks of the defence contractor.", "penetrated", "176"),
        ("The intruders planted malicious software on the utility's servers.", "planted", "176"),
        ("The FBI blamed Pyongyang for the attack, in which hackers destroyed files.", "attack", "176"),
        # a bench's finding told in other words
        ("A seven-member bench unanimously held that the detention was illegal.", "held", "116"),
        ("The Supreme Court ruled the sacking of the chief justice unconstitutional.", "ruled", "116"),
        # police charging a crowd with batons; rounds the parser splits that are made not to kill
        ("Police baton-charged the striking teachers outside the secretariat.", "baton-charged", "175"),
        ("Police lathi-charged a crowd of students on Monday.", "lathi-charged", "175"),
        ("Riot police fired tear gas and stun grenades at the supporters.", "fired", "175"),
        # crowds fighting riot
        ("Rival fans fought running battles near the ground before the derby.", "fought", "145"),
        ("Supporters clashed with police after the final whistle.", "clashed", "145"),
        # trade frozen; online services cut or blocked are an administrative measure, as the internet shut
        ("Beijing froze all new trade and investment with Ottawa on Tuesday.", "froze", "163"),
        ("The authorities suspended mobile internet services across the province.", "suspended", "172"),
        ("The government blocked access to Facebook and YouTube after the riots.", "blocked", "172"),
        # a warning that anyone who does something will be punished threatens
        ("The home minister warned that anyone caught burning buses would face the strictest punishment.", "warned", "130"),
        ("The governor warned that those who defy the ban would face strict action.", "warned", "130"),
    ],
)
def test_the_word_is_coded_by_its_sense(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # thieves' theft and soldiers' destruction keep their codes; a gardener plants trees
        ("Thieves stole 40,000 dollars from the bank.", "stole", "180"),
        ("Soldiers destroyed the village.", "destroyed", "1712"),
        # troops firing rockets fight; supporters of a side fighting troops fight
        ("Troops fired rockets and grenades at the rebels.", "fired", "190"),
        ("Supporters of the deposed leader fought government troops in the capital.", "fought", "190"),
        # a missile attack on a power grid is an armed one; a tax system attacked in words is no computer
        ("Russian missiles attacked Ukraine's power grid on Monday.", "attacked", "195"),
        ("The opposition attacked the tax system in parliament.", "attacked", "180"),
        # people held hostage are held, a crew as much as passengers
        ("Pirates held the ship's crew hostage for four months.", "held", "181"),
        # a headline verb after a state's name stays a verb
        ("Britain to Send Troops to Mali, says minister", "Send", "154"),
        # a warning of others' harm is pessimism
        ("The minister warned that anyone could face delays at the border.", "warned", "012"),
        # agreements and bills signed stay signed; a government's contract stays an accord
        ("The two leaders signed a trade agreement.", "signed", "057"),
        # a road or an airport blocked stays blocked
        ("Protesters blocked access to the bridge.", "blocked", "144"),
        # a concession of defeat stays one; people held hostage are held
        ("The government conceded defeat in the election.", "conceded", "080"),
        ("Gunmen held 20 passengers hostage for three days.", "held", "181"),
        # Congress in a text of the United States is its Congress
        ("President Obama urged Congress to pass the bill.", "urged", "020"),
    ],
)
def test_the_same_words_keep_their_other_readings(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a president's executive order is no accord
        ("The president signed an executive order on Thursday.", "signed"),
        # goals conceded, a sport held hostage, a crush at a stadium gate
        ("His team conceded 12 goals in four matches.", "conceded"),
        ("Nobody should hold cricket hostage, the minister said.", "hold"),
        ("A crush at the stadium gates killed seven fans.", "killed"),
        # records set in a race are no theft; a drug network infiltrated, a tax system attacked, a record wiped by a court
        ("He stole the record in the final lap.", "stole"),
        ("Police infiltrated a drug trafficking network.", "infiltrated"),
        ("The court wiped his criminal record.", "wiped"),
    ],
)
def test_no_event_of_that_kind(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # "Congress" in a text of India's known people is India's party
        ("Congress president Rahul Gandhi accused Prime Minister Narendra Modi of betraying farmers.", "accused", "IND"),
        ("President Obama urged Congress to pass the bill.", "urged", "USA"),
    ],
)
def test_congress_by_the_text_s_country(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == country, described([e])
