"""Senses, tallies, speakers, roots and statuses found wrong on fresh wire articles (TimeBank/AQUAINT and TR-News,
outside the gold set), each paired with a sentence of the same shape that must keep its event. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _roots(events: list[dict]) -> list[str]:
    return [e["type"]["cameo"][:2] for e in events]


def _status(events: list[dict], trigger: str) -> str:
    found = [e["mentions"][0]["status"] for e in events if trigger in (e["type"].get("trigger") or "")]
    assert found, [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a cost a firm books, not a criminal charge
        ("The retailer took a $45 million charge for store closures in the quarter.", "17"),
        ("The chain posted a one-time restructuring charge in March.", "17"),
        # orders carried out, not people put to death
        ("Brokers execute block trades for pension funds.", "18"),
        # prices moved, not anyone coerced
        ("The Hang Seng index was pressured lower by profit-taking and fell 300 points.", "17"),
        # what buyers want, not anyone's demand
        ("Strong demand for nurses pushed hospital wages up last year.", "10"),
        ("Farmers must plant what the market demands.", "10"),
        # a chance taken, nothing seized from anyone
        ("The senator seized the initiative in the debate on Tuesday.", "17"),
        # a fight of firms, of ideas, of words
        ("The chain is allied with the founders in their fight against a hostile takeover bid.", "18"),
        ("The court has shown little commitment to fighting racial stereotypes.", "19"),
        ("The two parties have waged a decades-long ideological battle over the island's status.", "19"),
        # tallies over recent months or years, not one happening
        ("The two presidents have held several meetings in recent months.", "04"),
        ("There have been more than twenty arson attacks on mosques in the last three years.", "18"),
    ],
)
def test_no_event_in_another_sense_or_a_tally(nlp, coding_context, text: str, root: str) -> None:
    assert root not in _roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Police charged the driver with manslaughter on Monday.", "17"),
        ("Iran executed two convicted smugglers on Tuesday.", "18"),
        ("A jury recommended on Friday that the killer be executed.", "18"),
        ("Washington pressured Seoul to drop the plan.", "17"),
        ("The union's demand for higher pay was rejected on Monday.", "10"),
        ("Rebels seized the airport on Monday.", "19"),
        ("The army's battle against the rebels in the north continued on Monday.", "19"),
        ("The two presidents met in Geneva on Monday.", "04"),
        ("Gunmen attacked a mosque in the city on Friday.", "18"),
        ("Police have arrested five men in the last two days.", "17"),
    ],
)
def test_the_event_of_the_same_shape_stays(nlp, coding_context, text: str, root: str) -> None:
    assert root in _roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    "text",
    [
        # a firm's officer by the department the title names, a name the knowledge does not know before "spokesperson"
        '"Demand has been weak all year," said Mary Olsen, vice president, marketing.',
        'The airline reported lower profits and cancelled flights. "We regret the disruption," a DFL spokesperson said.',
        'The company reported weak sales. "Orders have slowed," Brandt Chairman Otto Keller said.',
    ],
)
def test_a_firms_word_is_no_statement(nlp, coding_context, text: str) -> None:
    assert "01" not in _roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    "text",
    [
        '"We are deeply concerned," a Pentagon spokesman said.',
        '"We are deeply concerned," a UN official said.',
        # a name the knowledge does not know before a chairman is a firm's only in an article on firms
        '"We are deeply concerned," PLO Chairman Yasser Arafat said.',
    ],
)
def test_a_public_bodys_word_stays_a_statement(nlp, coding_context, text: str) -> None:
    assert "01" in _roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        # a state's attack is its armed force; a man's is an assault
        ("Syria attacked Turkey on Monday.", "attacked", "19"),
        ("A Turkish attack on the border town began on Monday.", "attack", "19"),
        ("A Syrian man attacked his neighbour on Monday.", "attacked", "18"),
        # armed men strike; workers strike
        ("Militants struck again on Sunday in the northern province.", "struck", "18"),
        ("Dock workers struck on Sunday over pay.", "struck", "14"),
        # an appeal with no one appealed to, told beside a court case, is a step in court
        ("The judge ruled against the city on Monday. The city said it would appeal.", "appeal", "11"),
        ("The mayor appealed for calm on Monday.", "appealed", "02"),
        ("The family's appeal goes to the appeals court next month.", "appeal", "11"),
        # declining to discuss is declining to comment; declining talks with someone stays talks
        ("The minister declined to discuss the report.", "discuss", "01"),
        ("The minister declined to discuss the plan with his Russian counterpart.", "discuss", "04"),
    ],
)
def test_the_root_the_sides_and_the_words_make(nlp, coding_context, text: str, trigger: str, root: str) -> None:
    events = coded(nlp, coding_context, text)
    assert [e["type"]["cameo"][:2] for e in events if trigger in (e["type"].get("trigger") or "")][:1] == [root], [
        (e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Sales fell in the quarter after a threatened strike by dock workers.", "strike", "hypothetical"),
        ("Sales fell in the quarter after a strike by dock workers.", "strike", "reported"),
        ("It is the eve of the president's visit to Hanoi.", "visit", "forecast"),
        ("Sanctions will stay in force until the junta releases the prisoners.", "releases", "hypothetical"),
        ("The troops fought on until the rebels retreated from the town.", "retreated", "reported"),
        ("Once the envoy arrives in Kabul, the talks will begin.", "arrives", "forecast"),
        ("Three men were arrested, the news agency said, without citing sources.", "arrested", "unconfirmed"),
        ("Three men were arrested, the news agency said.", "arrested", "reported"),
        ("Portugal became the first country to ratify the accord.", "ratify", "reported"),
        ("Portugal hopes to be the first country to ratify the accord.", "ratify", "hypothetical"),
    ],
)
def test_the_status_the_clause_gives(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert _status(coded(nlp, coding_context, text), trigger) == status


@pytest.mark.parametrize(
    "text",
    [
        # the blast and its toll, the weapon and its blast: one happening
        "A bomb exploded outside a bank in the town on Friday, killing two guards.",
        "A car bomb exploded outside the ministry on Friday.",
    ],
)
def test_a_blast_is_one_event(nlp, coding_context, text: str) -> None:
    assert len(coded(nlp, coding_context, text)) == 1


def test_king_hussein_is_jordans(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "King Hussein of Jordan met the Israeli prime minister on Monday.", published="1995-06-01")
    assert [(e.get("source") or {}).get("country") for e in events][:1] == ["JOR"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a kind of act said to be common, a habit told in the progressive
        ("Local news. Kidnappings and robberies on the highway have become so common that few are reported.", "18"),
        ("Local news. The sergeant says these youths are, for the most part, breaking into cars and stealing phones.", "18"),
        # pacts a country holds, not one made
        ("Canada currently has only one trade agreement in Asia.", "05"),
        # other senses of coming, going, returning, hosting, calling for and threatening
        ("She came out first to her brother and then to her parents.", "04"),
        ("The country is among the worst offenders when it comes to press freedom.", "04"),
        ("The government is going to great lengths to hide the losses.", "04"),
        ("Shoppers should return the toys to the store where they bought them.", "08"),
        ("The federation was hoping to host the 2030 World Cups.", "04"),
        ("The terms call for the bank to issue one share for each share held.", "02"),
        ("The drought, which is particularly threatening to farmers in the south, worsened.", "13"),
        ('"It was a grenade," said a police officer, who refused to identify himself.', "12"),
    ],
)
def test_no_event_in_a_kind_a_holding_or_an_everyday_sense(nlp, coding_context, text: str, root: str) -> None:
    assert root not in _roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Local news. Gunmen kidnapped two engineers on the highway on Monday.", "18"),
        ("Local news. Police are stopping drivers on the bridge after the shooting.", "17"),
        ("Canada signed a trade agreement with Peru on Monday.", "05"),
        ("The minister came to Paris on Monday.", "04"),
        ("The mayor said the city will host the summit in May.", "04"),
        ("Rebels are threatening to attack the town.", "13"),
        ("The minister refused to identify the suspects.", "12"),
    ],
)
def test_the_act_of_the_same_words_stays(nlp, coding_context, text: str, root: str) -> None:
    assert root in _roots(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # settling rule 14: unnamed attackers, robbers, thieves have no country, even where they struck
        ("Armed robbers stole jewels worth 40 million euros from a store in Paris on Thursday.", "stole"),
        ("Gunmen attacked a bus near Lahore on Monday.", "attacked"),
    ],
)
def test_unknown_perpetrators_have_no_country(nlp, coding_context, text: str, trigger: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if trigger in (e["type"].get("trigger") or "")]
    assert events and all(not (e.get("source") or {}).get("country") for e in events)


def test_the_police_who_arrest_them_keep_theirs(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "French police arrested two robbers in Paris on Thursday.")
    assert [(e.get("source") or {}).get("country") for e in events if e["type"]["cameo"].startswith("17")][:1] == ["FRA"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a court turning down a motion rejects it (12), it denies no claim (016)
        ("The judge denied the motion for a new trial on Monday.", ["120"]),
        ("The minister denied the allegations on Monday.", ["016"]),
        # an arrest and its chase, an assault and its battery: one event each (settling rule 42)
        ("The suspect was arrested hours later after a high-speed chase.", ["173"]),
        ("He was charged with assault and battery on his neighbour.", ["173", "182"]),
    ],
)
def test_court_words_and_arrest_steps(nlp, coding_context, text: str, codes: list[str]) -> None:
    assert [e["type"]["cameo"] for e in coded(nlp, coding_context, text)] == codes


def test_a_chase_charged_is_no_step_of_an_arrest(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "A man was charged on Friday for his role in a car chase in which an officer was dragged.")
    assert any("chase" in (e["type"].get("trigger") or "") for e in events)
