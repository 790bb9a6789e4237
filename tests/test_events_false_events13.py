"""Senses and sides found wrong on fresh ECB+ news (articles outside the gold set), each paired with a sentence of the
same shape that must keep its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers as _codes
from coding_factory import coded
from coding_factory import sides as sides_on

pytestmark = pytest.mark.model


def _statuses(text: str, trigger: str, nlp, coding_context) -> list[str]:
    return [e["status"] for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # figures of speech and a patient's troubles name no act
        ("The alarm was raised after a guard noticed smoke coming from the warehouse.", "raised", None),
        ("The army raised the alert level and warned of an attack on the border.", "warned", "13"),
        ("The flaw would let a hacker launch a remote code execution on the server.", "execution", None),
        ("The rebels carried out the execution of two soldiers on Monday.", "execution", "18"),
        ("The hearing turned into a battle of the lawyers, with shouting on both sides.", "battle", None),
        ("They are stealing our dreams, read one banner carried through the square.", "stealing", None),
        ("Thieves stole jewels worth two million dollars from the hotel.", "stole", "18"),
        ("He shares a cell with a man who is withdrawing from a heroin addiction.", "withdrawing", None),
        ("The troops withdrew from the town on Monday.", "withdrew", "08"),
        ("When he complained of chest pains, his lawyer asked for a doctor.", "complained", None),
        ("The workers complained of harassment by the police.", "complained", "11"),
        ("The strategy helped the Republicans recapture the majority from the Democrats.", "recapture", None),
        ("Rebels recaptured the town from government forces on Sunday.", "recaptured", "19"),
        ("The agency confirmed the listing of the wolf as threatened under the law.", "threatened", None),
    ],
)
def test_a_figure_of_speech_names_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = [c[:2] for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if trigger in t]
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        # the holding that follows an arrest in one sentence is the arrest's own detention
        ("Two men were arrested on Friday and were being held without bail in the county jail, police said.", 1),
        ("The suspects were arrested and jailed in Denver, police said.", 1),
        # a holding of its own stays
        ("The two men are being held in the county jail in Denver.", 1),
    ],
)
def test_the_detention_of_an_arrest_is_one_act(nlp, coding_context, text: str, arrests: int) -> None:
    codes = _codes(coded(nlp, coding_context, text, published="2009-03-10"))
    assert len([c for c, _t in codes if c == "173"]) == arrests, codes


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        # the police who report an arrest from higher up the sentence, or in whose operation it was made, made it
        ("One of the suspected gang leaders arrested yesterday in Palermo has hanged himself in his cell, police said.",
         "arrested", ("ITA", "ITA")),
        ("A police officer said the pair told supervisors the man had a knife, and a knife was recovered at the scene in Leeds.",
         "recovered", ("GBR", None)),
        ("Three men were detained during a police raid in Leeds on Tuesday.", "detained", ("GBR", "GBR")),
        # a report by someone else names no arrester
        ("A man arrested yesterday in Leeds has died in hospital, his family said.", "arrested", (None, "GBR")),
        # an age the tagger reads as a date is a person; a pronoun stands for a person, not a group
        ("The 61-year-old was arrested on Friday in Vancouver.", "arrested", (None, "CAN")),
        ("The sixty-one-year-old was arrested on Friday in Vancouver.", "arrested", (None, "CAN")),
        ("Police in New York said Gigante ran the family. The clan fell into disarray after he was jailed.", "jailed",
         (None, "USA")),
    ],
)
def test_the_sides_of_an_arrest_are_found(nlp, coding_context, text: str, trigger: str, sides) -> None:
    assert sides_on(coded(nlp, coding_context, text, published="2009-03-10"), trigger, exact=True) == [sides]


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        # a passive whose auxiliary the first of two joined passives gives, or in an absolute with-phrase
        ("Dozens of shops have been smashed and looted, and more than 200 people arrested in Athens.", "arrested",
         (None, "GRC")),
        ("Two women were found dead at their home in Leeds, with Mr Brown arrested shortly afterwards.", "arrested",
         (None, "GBR")),
        # the crime an arrest is for is no one arrested
        ("Two men are under arrest in Denver for the murder of a deputy, police said.", "arrest", ("USA", "USA")),
    ],
)
def test_the_one_arrested_is_the_target(nlp, coding_context, text: str, trigger: str, sides) -> None:
    assert sides_on(coded(nlp, coding_context, text, published="2009-03-10"), trigger, exact=True) == [sides]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a crime someone is held, tried or brought to court for is alleged (settling rule 17)
        ("Two men are under arrest for the murder of a deputy, police said.", "murder", "unconfirmed"),
        ("John Brown is due in court over the murders of his neighbours.", "murders", "unconfirmed"),
        ("He is on trial for the murder of his wife.", "murder", "unconfirmed"),
        # a crime served for is proven
        ("He is serving a life sentence for the murder of his wife.", "murder", "reported"),
    ],
)
def test_a_crime_one_is_held_or_tried_for_is_alleged(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    statuses = _statuses(text, trigger, nlp, coding_context)
    assert statuses == [status], statuses


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a robbers' raid on a shop is a robbery (settling rule 8); the law's raid on a house coerces
        ("Police are investigating a smash-and-grab raid on a jewellery store in Lyon.", "raid", "180"),
        ("Thieves carried out a raid on a jewellery store in Lyon on Monday.", "raid", "180"),
        ("Police carried out a raid on the house of the suspect in Lyon.", "raid", "170"),
        # protesters occupying a building protest; an armed group occupying a town takes it
        ("Protesters have occupied the city hall of Patras.", "occupied", "141"),
        ("Anarchist have occupied the labour centre of the city of Patras.", "occupied", "141"),
        ("Rebels occupied the town of Goma on Tuesday.", "occupied", "192"),
        # thieves nabbing jewellery steal it; the police nabbing suspects arrest them
        ("Lyon thieves nab $2.5 million worth of jewellery.", "nab", "180"),
        ("Police nabbed two suspects in Lyon.", "nabbed", "173"),
    ],
)
def test_the_taker_and_the_taken_decide_the_code(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if trigger in t]
    assert codes == [code], codes


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        # a passive gerund after a preposition befalls the clause's subject
        ("Mr. Jones served four months in prison in Ohio after being charged with obstructing justice.", "charged",
         (None, "USA")),
        ("He was released on bail in Leeds after being charged with murder.", "charged", (None, "GBR")),
        # the side one surrenders to
        ("A man surrendered to police in Vancouver shortly after 6 p.m.", "surrendered", ("CAN", "CAN")),
        # a verb of a list hung on the object before it is the first verb's subject's act
        # (the buildings destroyed are the target, of the place named: guidelines, rule 25)
        ("Rebels who stormed the town killed at least one person, injured dozens and destroyed buildings in Darfur.",
         "destroyed", ("SDN", "SDN")),
        # a second arrest verb with its own object is an arrest of its own
        ("The police arrested a man, detained his wife and searched the house in Leeds.", "detained", ("GBR", "GBR")),
    ],
)
def test_the_sides_are_found_through_the_clause(nlp, coding_context, text: str, trigger: str, sides) -> None:
    assert sides_on(coded(nlp, coding_context, text, published="2009-03-10"), trigger, exact=True) == [sides]


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        # a quake's harms and damage are no act, however the parser hangs the list or the passive
        ("An earthquake which hit the province on Tuesday killed at least one person, injured dozens and destroyed "
         "buildings.", "destroyed", False),
        ("In December 2003, the city of Bam was razed by a quake that left 31,000 people dead.", "razed", False),
        ("The town was destroyed by the army in 2003.", "destroyed", True),
    ],
)
def test_a_hazard_does_no_act(nlp, coding_context, text: str, trigger: str, kept: bool) -> None:
    triggers = [t for _c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10"))]
    assert (trigger in triggers) == kept, triggers


@pytest.mark.parametrize(
    ("text", "coded_as"),
    [
        # a quoted fact about a fire or a storm only frames it; an opinion of one is a statement
        ('A police spokeswoman said: "The fire has progressed rapidly through the store."', None),
        ('"The storm has passed," the governor said.', None),
        ('The mayor said: "The fire is a tragedy for our town."', "012"),
        ('The mayor said: "We are hopeful the talks will succeed."', "013"),
    ],
)
def test_a_quoted_fact_about_a_hazard_is_no_statement(nlp, coding_context, text: str, coded_as) -> None:
    codes = [c for c, _t in _codes(coded(nlp, coding_context, text, published="2009-03-10"))]
    assert codes == ([coded_as] if coded_as else []), codes


@pytest.mark.parametrize(
    ("text", "murders"),
    [
        # the crime a trial or an arraignment is named by is alleged, and coded once when the sentence names it again
        ("The murder trial of a factory worker who allegedly shot and killed two co-workers began on Monday.", 0),
        ("A man is awaiting a double murder arraignment after police arrested him on charges he killed his mother.", 0),
        ("The murder trial of a factory worker began on Monday in Philadelphia.", 1),
        # ... also when the one tried is charged in the deaths
        ("The murder trial of a man charged in the deaths of a pregnant woman and her fetus is underway.", 0),
        ("The murder trial of a man charged with robbery began on Monday.", 1),
    ],
)
def test_a_crime_a_trial_is_named_by_is_coded_once(nlp, coding_context, text: str, murders: int) -> None:
    tried = _statuses(text, "murder", nlp, coding_context)
    assert tried == ["unconfirmed"] * murders, tried


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        # aid delivered from a side is that side's
        ("Aid for the victims has been delivered from the local administration in Aceh, Indonesia.", "delivered",
         [("IDN", None)]),
        ("Food was sent from the United Nations to the refugees in Darfur.", "sent", [("UNO", "SDN")]),
    ],
)
def test_the_giver_of_aid_is_its_source(nlp, coding_context, text: str, trigger: str, sides) -> None:
    assert sides_on(coded(nlp, coding_context, text, published="2009-03-10"), trigger, exact=True) == sides


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a hedge before the first of two joined verbs hedges the second as well; one after the first does not go back
        ("The worker allegedly shot and killed two co-workers in Philadelphia.", "killed", "unconfirmed"),
        ("The rebels reportedly seized the town and burned the market.", "seized", "unconfirmed"),
        ("The rebels seized the town and reportedly burned the market.", "seized", "reported"),
    ],
)
def test_a_hedge_reaches_the_joined_verb(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    statuses = _statuses(text, trigger, nlp, coding_context)
    assert statuses == [status], statuses


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a province or state before a role says whose official it is, whatever country the story is set in
        ("Police in Salt Lake City, Utah, arrested two men on Monday. B.C. Attorney General John Smith said he would "
         "ask Utah to hand them over.", "CAN"),
        ("Police in Salt Lake City, Utah, arrested two men on Monday. Utah Attorney General John Smith said he would "
         "ask the court to hold them.", "USA"),
        # a town of the story's own country named like a foreign province stays the story's
        ("Police in Hanover, Pennsylvania, arrested two men on Monday. Hanover police Chief John Smith said he would "
         "ask the court to hold them.", "USA"),
    ],
)
def test_a_region_before_a_role_gives_its_country(nlp, coding_context, text: str, country: str) -> None:
    asks = [(e.get("source") or {}).get("country") for e in coded(nlp, coding_context, text, published="2009-03-10")
            if e["type"]["trigger"] == "ask"]
    assert asks == [country], asks


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a slogan on a banner or a leaflet tells no act; a speaker's words do
        ('Banners in the main square outside parliament read: "The state kills".', False),
        ('"They are stealing our dreams," said one leaflet handed out in the square.', False),
        ('"The army kills our children," the opposition leader said in Athens.', True),
        # a unit named for its task is no riot, whatever the parser hangs the words on
        ("The fascists ran behind riot police lines in Athens.", False),
        ("A riot broke out in Athens on Saturday.", True),
    ],
)
def test_slogans_and_units_tell_no_act(nlp, coding_context, text: str, kept: bool) -> None:
    assert bool(coded(nlp, coding_context, text, published="2009-03-10")) == kept


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a person shot "at" a place is assaulted there; shooting at a side is firing on it, at a crowd repressing it
        ("Police received a call of a man being shot at a business in Vancouver.", "182"),
        ("A man was shot at his home in Denver on Friday.", "182"),
        ("The soldiers shot at the protesters in Kandahar.", "175"),
        ("Troops were shot at by rebels in Kandahar.", "193"),
    ],
)
def test_a_person_shot_at_a_place_is_assaulted(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if t == "shot"]
    assert codes == [code], codes
