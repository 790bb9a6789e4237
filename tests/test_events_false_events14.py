"""Senses, duplicates and statuses found wrong on fresh ECB+ news (articles outside the gold set), each paired with a
sentence of the same shape that must keep its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers as _codes
from coding_factory import coded

pytestmark = pytest.mark.model


def _roots(text: str, trigger: str, nlp, coding_context) -> list[str]:
    return [c[:2] for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if trigger in t]


def _statuses(text: str, trigger: str, nlp, coding_context) -> list[str]:
    return [e["status"] for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a patient's care, a family's privacy, an unanswered call: no appeal, no consultation
        ("The singer sought treatment at a clinic in Utah last year.", "sought", None),
        ("The mayor sought help from the federal government after the floods.", "sought", "02"),
        ("Relatives of the victims have asked for privacy, the hospital said.", "asked", None),
        ("Repeated calls to the company's headquarters were not returned on Friday.", "calls", None),
        ("The outage meant dropped phone calls across the region.", "calls", None),
        ("The two presidents held phone calls on Friday about the border.", "calls", "04"),
        # a thing cut, a show hosted, a return to work, an attitude
        ("A fishing trawler severed the power cable near the port.", "severed", None),
        ("Ecuador severed diplomatic ties with Colombia on Monday.", "severed", "16"),
        ("He hosted a late-night talk show on a cable channel for two years.", "hosted", None),
        ("Miners returned to work on Monday after the strike ended.", "returned", None),
        ("The rebels returned the seized weapons to the army on Monday.", "returned", "08"),
        ("Lawmakers seemed reluctant to criticise the president in public.", "criticise", None),
        ("Lawmakers criticised the president in public on Tuesday.", "criticised", "11"),
        # a player is hurt in a game, a person choked up
        ("The quarterback was injured in the third quarter of Sunday's game.", "injured", None),
        ("The coach choked up as he spoke about the late owner.", "choked", None),
        ("The robber choked the clerk and fled with the cash.", "choked", "18"),
        # a happening that halts the country is the happening's effect
        ("The nationwide walkout shut down schools and hospitals on Thursday.", "shut", None),
        ("The government shut down two newspapers on Thursday.", "shut", "17"),
        # outbursts and hazard warnings
        ("The explosion of violence after the election took many by surprise.", "explosion", None),
        ("The explosion of a gas tanker killed four people on the highway.", "explosion", "18"),
        ("The quake off Sumatra prompted a tsunami warning across the region.", "warning", None),
        ("The army issued a warning to the rebels on Monday.", "warning", "13"),
    ],
)
def test_a_word_out_of_its_event_sense_names_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = _roots(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "trigger", "count"),
    [
        # the harm of a weapon thrown or fired is the throwing's or firing's (settling rule 1)
        ("A firebomb thrown at a police station killed a guard and a cook.", "killed", 0),
        ("The guards say the bullet that killed the prisoner was fired in self-defense.", "killed", 0),
        # a weapon's harm with no throwing told stays
        ("A bomb killed three guards at the police station on Monday.", "killed", 1),
        # the sentence's term and the charge's name are no events of their own
        ("She was sentenced on Monday to three life sentences for the murders.", "life sentences", 0),
        ("He was convicted of assault with intent to kill in the stabbing of a guard.", "kill", 0),
        ("He threatened to kill the guard, the prosecutor said.", "kill", 1),
        # a getaway with the loot is the theft's; the crime one is found guilty of is coded once, on its other mention
        ("Two gunmen carried out a robbery at a watch fair in Geneva, making off with watches worth $5 million.", "making", 0),
        ("Two gunmen carried out a robbery at a watch fair in Geneva, making off with watches worth $5 million.",
         "carried out a robbery", 1),
        ("The guard was found guilty of second-degree murder in the shooting of two inmates.", "murder", 0),
        ("The guard was found guilty of second-degree murder in the shooting of two inmates.", "shooting", 1),
        ("She pleaded guilty to manslaughter in the death of her husband.", "manslaughter", 1),
    ],
)
def test_a_happening_is_coded_once(nlp, coding_context, text: str, trigger: str, count: int) -> None:
    codes = _codes(coded(nlp, coding_context, text, published="2009-03-10"))
    assert len([c for c, t in codes if t == trigger or (trigger in t and " " in trigger)]) == count, codes


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # "not only" asserts; a plain "not" denies
        # (an inquiry ordered is coded as the inquiry, settling rule 13)
        ("Not only had the minister ordered an inquiry, he had also sacked the police chief.", "inquiry", "reported"),
        ("The minister had not ordered an inquiry, his office said.", "ordered", "denied"),
        # a verdict undone by a higher court
        ("The conviction was quashed by the appeals court in 2006.", "conviction", "denied"),
        ("The conviction was upheld by the appeals court in 2006.", "conviction", "reported"),
    ],
)
def test_what_is_asserted_or_undone(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert _statuses(text, trigger, nlp, coding_context) == [status]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # what someone was caused to do was done; what someone will be or could be caused to do is ahead
        ("The ruling forced the government to expel the ambassador.", "expel", "reported"),
        ("The ruling could force the government to expel the ambassador.", "expel", "hypothetical"),
        # a crime named in charges one is convicted on is proven (settling rule 17); charges one faces leave it alleged
        ("The pastor was jailed on Friday after his conviction on charges that he defrauded his church.", "defrauded", "reported"),
        ("He was convicted of charges that he set fire to a mosque in 2004.", "set", "reported"),
        ("The pastor faces charges that he defrauded his church, prosecutors said.", "defrauded", "unconfirmed"),
    ],
)
def test_a_crime_charged_is_proven_by_a_conviction(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert _statuses(text, trigger, nlp, coding_context) == [status]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a crowd's occupation is a sit-in; an army's stays an occupation
        ("Dozens of schools in the capital are under occupation by students protesting the cuts.", "occupation", "141"),
        ("The occupation of the island by the army lasted two years.", "occupation", "192"),
        # an occasion called off restricts people (172); talks called off cut ties (16)
        ("The authorities cancelled all public events in the province on Monday.", "cancelled", "172"),
        ("Moscow cancelled the planned talks with Tbilisi on Monday.", "cancelled", "160"),
        # a raid named for the law is the law's
        ("The ledgers were seized in a law enforcement raid on the farm in 2008.", "raid", "170"),
        ("The ledgers were burned in a rebel raid on the farm in 2008.", "raid", "190"),
    ],
)
def test_who_occupies_or_raids_decides_the_code(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if t == trigger]
    assert codes and set(codes) == {code}, codes


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # someone the text calls foreign or Western is of no home country; the story's own officials are
        ('BAKU - Azerbaijan held a referendum on Sunday. "Little has changed," said a Western diplomat in the capital.', None),
        ('BAKU - Azerbaijan held a referendum on Sunday. "Little has changed," said a government spokesman in the capital.', "AZE"),
        ('BAKU - Azerbaijan held a referendum on Sunday. "Little has changed," said the foreign minister in the capital.', "AZE"),
    ],
)
def test_a_foreign_speaker_keeps_no_home_country(nlp, coding_context, text: str, country) -> None:
    said = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == "said"]
    assert said and {(e.get("source") or {}).get("country") for e in said} == {country}, said


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a happening said to end is under way; its end is what is to come
        ("Few analysts think the riots will end before the election.", "riots", "reported"),
        ("The riots will spread to the capital, analysts warned.", "riots", "forecast"),
        # nothing as an act's object: the act did not take place
        ("Police arrested no suspects after the riot on Sunday.", "arrested", "denied"),
        ("Police arrested two suspects after the riot on Sunday.", "arrested", "reported"),
    ],
)
def test_the_status_of_what_ends_or_takes_nothing(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    assert _statuses(text, trigger, nlp, coding_context) == [status]


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # what the law finds on a suspect is seized (settling rule 28); a find by someone else is none
        ("Officers found a loaded revolver in the car, the sheriff said.", "found", "17"),
        ("Hikers found a rusty rifle in the woods near the lake.", "found", None),
        ("The grenade was found by a school janitor behind the gym, police said.", "found", None),
        ("A loaded rifle was found in the van during the search, police said.", "found", "17"),
        # a nuisance complained of is no grievance against a side
        ("Residents had complained about a strong smell of gas for days.", "complained", None),
        ("The residents complained about harassment by the police.", "complained", "11"),
        # a death told by a say-verb is no statement
        ('The former boxer "Iron" Joe Kane died on Sunday in a Miami hospital, his family said.', "said", None),
        ('"He was the bravest man I knew," the mayor said on Sunday.', "said", "05"),
        # a quoted word that damns what it judges is criticism
        ('The mayor said the fire at the mosque was a "callous and murderous act".', "said", "11"),
    ],
)
def test_finds_and_deaths_told(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = _roots(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # what a standing rule requires or allows of a whole class is no act anyone did
        ("Under the old code, state agencies were required to consult tribal elders before building on sacred land.", "consult", None),
        ("The new law does not oblige employers to negotiate with unions over pay.", "negotiate", None),
        ("Critics want to keep the requirement that mining firms seek approval from the regional council.", "seek", None),
        ("The new rules do not require state agencies to seek consultation with the Interior Department before approving projects.",
         "consultation", None),
        # an order to one named side stays
        ("The court required the ministry to consult the tribal elders before building the road.", "consult", "04"),
        ("The two ministers were required to consult with the president on Monday.", "consult", "04"),
    ],
)
def test_what_a_standing_rule_requires_is_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = _roots(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a cull of animals is no killing of people
        ("Agriculture officials have started slaughtering and burning 8,000 pigs at a farm in the province.", "slaughtering", None),
        ("Militia fighters have started slaughtering villagers in the province.", "slaughtering", "20"),
        # recognition of a thing is no diplomatic recognition
        ("The Thai authorities do not recognize the status of the asylum seekers.", "recognize", None),
        ("Russia recognized the breakaway regions as independent states on Tuesday.", "recognized", "05"),
        # a standing practice toward anyone is no arrest
        ("The border guards detain anyone who is caught crossing without papers, she said.", "detain", None),
        ("The border guards detained two men caught crossing without papers, she said.", "detained", "17"),
        # a patient's trip to the hospital is no visit; an official's visit stays
        ("She went to the hospital in Leeds on May 6 with a high fever.", "went", None),
        ("The prime minister visited the hospital and spoke to the wounded.", "visited", "04"),
        # a rollover is a mishap
        ("A rollover on the highway injured a truck driver from Albany.", "injured", None),
    ],
)
def test_local_news_acts_that_are_none(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = _roots(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a hazard's toll raises fears without a speaker; a ministry's statement does
        ("Three deaths from dengue have been reported this month in the northern districts, raising fears of a wider outbreak.",
         "raising", None),
        ("The ministry raised fears of a war with its statement on Monday.", "raised", "01"),
        # a hazard blamed is a cause, a government blamed is accused
        ("The blizzard was blamed for dozens of crashes on the motorway.", "blamed", None),
        ("The health minister blamed the government for the shortages.", "blamed", "11"),
        # patients admitted to hospital admit nothing
        ("About 30 people with breathing problems were admitted on Friday, the hospital said.", "admitted", None),
        # a van running someone over is a mishap; a gang doing it is an assault
        ("A delivery van reversed out of the car park and ran her over.", "ran", None),
        ("The gang ran over a police officer with a stolen truck.", "ran", "18"),
        # the inquiry one tells something is the body heard, not an investigation opened
        ("The constable told the inquiry that he had seen nothing unusual that night.", "inquiry", None),
        ("The government opened an inquiry into the shooting on Monday.", "opened an inquiry", "09"),
        # animals quarantined
        ("About 400 ducks have been quarantined at the farm.", "quarantined", None),
    ],
)
def test_hazards_patients_and_mishaps_do_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    roots = _roots(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots
