"""Crimes and charges: thefts, burglaries, frauds and assaults are events; the crime named in a charge is a mention of
its own beside the charge; car batteries, fraud prevention advice and fees charged are none.

Sentences written for these tests (gold-set guidelines, section 2 and settling rules 8, 9, 10, 12 and 17).
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

from tidings.evaluate.events import factuality_class

_codes = code_triggers


def _with(events: list[dict], code: str, trigger: str) -> list[dict]:
    return [e for e in events if e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"]]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Burglars stole two laptops from a dental surgery in Hull on Sunday night.", "180", "stole"),
        ("Jewellery worth thousands of pounds was stolen from the shop on Tuesday.", "180", "stolen"),
        ("Four homes in Maple Grove were burglarized during daylight hours this week.", "180", "burglarized"),
        ("Two flats on Mill Lane were burgled overnight, police said.", "180", "burgled"),
        ("Two garages were broken into on Station Road on Wednesday.", "180", "broken"),
        ("Police said the offices that were broken into had no alarm.", "180", "broken"),
        ("The treasurer embezzled more than $40,000 from the church fund, prosecutors said.", "180", "embezzled"),
        ("Prosecutors said the gang defrauded elderly investors of their savings.", "180", "defrauded"),
        ("The thieves made off with cash and a television, police said.", "180", "made"),
        ("Officers are investigating a string of burglaries in the village.", "180", "burglaries"),
        ("Deputies continued to search for the gunman on Tuesday.", "173", "search"),
        ("The teenager was remanded in custody until his trial next month.", "173", "remanded"),
        ("Police said two more suspects were being sought after the robbery.", "173", "sought"),
        ("The driver fled to the hills, evading a huge manhunt.", "173", "manhunt"),
        ("Four men were in custody for questioning about the fire, officials said.", "173", "custody"),
        ("The woman was held without bail at the county jail on Monday.", "173", "held"),
        ("Both men were held in the city jail overnight.", "173", "held"),
        ("Officers took the driver into custody after a short chase.", "173", "took"),
        ("The van was stopped on suspicion of drink driving near the bridge.", "173", "stopped"),
        ("Federal agents took custody of three men and the stolen cargo on Friday.", "173", "custody"),
    ],
)
def test_crimes_and_police_acts_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    assert _with(coded(nlp, coding_context, text), code, trigger), _codes(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "code", "crime"),
    [
        ("A 32-year-old man was charged with theft on Monday.", "180", "theft"),
        ("Officers charged a Leeds woman with fraud after the audit.", "180", "fraud"),
        ("The driver was charged with aggravated battery and resisting arrest.", "182", "battery"),
        ("The lorry driver was charged with manslaughter after the crash.", "1823", "manslaughter"),
        ("Two brothers were charged with affray after the fight outside the pub.", "182", "affray"),
        ("The clerk was charged with embezzlement and forgery.", "180", "embezzlement"),
        ("A man was arrested on suspicion of burglary in Croydon.", "180", "burglary"),
        ("Police arrested the suspect on Friday and charged him with robbery.", "180", "robbery"),
        ("He was charged with assault causing harm at the court on Monday.", "182", "assault"),
        ("Three neighbours each face five charges of arson, the fire service said.", "1712", "arson"),
        # named in a clause of the charge, or beside it
        ("The two brothers are accused of stabbing a neighbour after an argument.", "18", "stabbing"),
        ("The coach is awaiting trial on charges he raped a teenage girl.", "1821", "raped"),
        ("The bookkeeper was arraigned on Tuesday on fraud and other charges.", "180", "fraud"),
    ],
)
def test_the_charged_crime_is_a_mention_of_its_own_and_is_unconfirmed(nlp, coding_context, text: str, code: str, crime: str) -> None:
    events = coded(nlp, coding_context, text)
    crimes = _with(events, code, crime)
    assert crimes, _codes(events)
    assert factuality_class(crimes[0]["mentions"][0] | {"negated": crimes[0].get("negated"), "status": crimes[0].get("status")}) \
        == "reported_unconfirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Several protesters were arrested and remained in custody on Sunday.",
        "Three suspects are known to be in custody in the federal jail.",
    ],
)
def test_a_stay_in_custody_after_a_named_arrest_is_no_second_arrest(nlp, coding_context, text: str) -> None:
    assert not _with(coded(nlp, coding_context, text), "173", "custody")


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("A 32-year-old man was charged with theft on Monday.", "charged"),
        ("Police arrested the suspect on Friday and charged him with robbery.", "charged"),
        ("Three neighbours each face five charges of arson, the fire service said.", "charges"),
        ("The senator faced charges of bribery and perjury.", "charges"),
        ("Six other suspects have been charged but not yet caught.", "charged"),
        ("A Dayton woman is now charged in the robbery of a pharmacy.", "charged"),
        ("Police named two brothers charged in the 2019 shooting of a shopkeeper.", "charged"),
        ("A 58-year-old Tacoma man was charged on Monday in connection with the killing of a neighbour.", "charged"),
    ],
)
def test_the_charge_itself_stays_a_173_beside_the_crime(nlp, coding_context, text: str, charge: str) -> None:
    events = coded(nlp, coding_context, text)
    assert _with(events, "173", charge), _codes(events)


@pytest.mark.parametrize(
    ("text", "crimes"),
    [
        ("A grand jury indicted the man on charges of murder, robbery and grand larceny.",
         [("1823", "murder"), ("180", "robbery"), ("180", "larceny")]),
        ("The woman was charged with assault, criminal damage and theft of a bicycle.", [("182", "assault"), ("180", "theft")]),
        ("Police have arrested two men on drug and theft charges.", [("180", "theft")]),
        ("The four each face two charges of arson and one charge of organized criminal activity.",
         [("1712", "arson"), ("180", "criminal activity")]),
        ("Six men appeared in court on Monday on violence charges.", [("180", "violence"), ("173", "charges")]),
    ],
)
def test_each_crime_of_a_list_of_charges_is_coded(nlp, coding_context, text: str, crimes: list[tuple[str, str]]) -> None:
    events = coded(nlp, coding_context, text)
    for code, crime in crimes:
        assert _with(events, code, crime), (crime, _codes(events))


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("The cashier was convicted of fraud and sentenced to two years.", "fraud"),
        ("Both men were jailed for affray at the crown court on Friday.", "affray"),
        ("Meanwhile, Tomasz Nowak, 24, and Ali Demir, 19, were sentenced for affray.", "affray"),
        ("The bookkeeper, 52, was convicted in federal court of mail fraud on Thursday.", "fraud"),
    ],
)
def test_a_crime_named_in_a_conviction_happened(nlp, coding_context, text: str, crime: str) -> None:
    events = coded(nlp, coding_context, text)
    crimes = [e for e in events if e["type"]["trigger"] == crime]
    assert crimes, _codes(events)
    assert factuality_class(crimes[0]["mentions"][0] | {"negated": crimes[0].get("negated"), "status": crimes[0].get("status")}) == "happened"


@pytest.mark.parametrize(
    "text",
    [
        "The two were charged with murder in the death of a 40-year-old taxi driver.",
        "The former guard, who faces murder charges in connection with the poisoning death of a rival, left the country.",
    ],
)
def test_a_crime_named_again_in_its_charge_is_coded_once(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["trigger"] == "murder"], _codes(events)


def test_a_charge_to_help_a_fugitive_stays_a_criminal_charge(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Police charged the woman with helping a fugitive escape from the prison.")
    assert _with(events, "173", "charged"), _codes(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Replace the car battery every five years to avoid a breakdown.", "battery"),
        ("The new phone has a bigger battery and a brighter screen.", "battery"),
        ("Read our fraud prevention tips before you shop online this winter.", "fraud"),
        ("Identity theft insurance costs about ten dollars a month.", "theft"),
        ("The bank offers free theft protection on every new account.", "theft"),
        ("Police found an assault rifle in the boot of the car.", "assault"),
        ("The city recorded its fourth homicide of the year.", "homicide"),
        ("The violence in the region has displaced thousands of families.", "violence"),
    ],
)
def test_a_crime_word_that_names_no_crime_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if word in e["type"]["trigger"]], _codes(events)


def test_one_who_charges_that_something_happened_accuses(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The opposition leader charged that the minister had lied to parliament.")
    assert _with(events, "112", "charged") and not _with(events, "173", "charged"), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        "She is in charge of the sales department at the Leeds branch.",
        "The agency in charge of operating the grid was confused about which plants were available.",
        "The firm will expand an internal fee that it has charged to its business units.",
        "Nobody is stealing the election, the governor said on Sunday.",
        "The bank charged a fee of five dollars for every transfer.",
        "The hotel charges guests 20 dollars a night for parking.",
        "Customers are charged a small fee for paper statements.",
        "Charge your phone overnight before the trip.",
        "There is a service charge of ten percent on all bills.",
        "The midfielder stole the show with two late goals.",
        "The rival chain stole market share from the supermarket last year.",
        "The firm was charged with overseeing the merger of the two banks.",
        "The council charged the inspectors with verifying that the plant had closed.",
        "Customers were charged twice for the same order.",
        "Retailers lose billions to shoplifting each year.",
        "Our guide explains how to protect yourself from identity theft.",
        "The parents are locked in a bitter custody battle over their son.",
        "The court gave the father custody of his two daughters.",
        "The grandmother won temporary custody of the boy last year.",
        "Volunteers will search for the lost dog in the park on Sunday.",
        "A charity concert was held in the old prison on Saturday.",
        "Since 1990, 312 escaped inmates have been taken into custody, the agency said.",
    ],
)
def test_charges_fees_and_figures_of_speech_are_no_crime_or_arrest(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] in {"17", "18"}], _codes(events)


@pytest.mark.parametrize(
    ("text", "crime", "doer"),
    [
        ("Detectives have charged an Edmonton woman with fraud and conspiracy.", "fraud", "Edmonton woman"),
        ("A grand jury in Alexandria indicted Rodney Smith on charges of first-degree murder and robbery.", "robbery", "Rodney Smith"),
        ("Brian Freeman and Michael Thomas each face five charges of arson.", "arson", "Brian Freeman"),
        ("Both men were charged with felonious assault and held in the county jail.", "assault", "men"),
        ("The judge dismissed assault charges against Officer John Smith.", "assault", "John Smith"),
        ("A jury found John Smith guilty of murder.", "murder", "John Smith"),
    ],
)
def test_the_one_charged_is_the_source_of_the_charged_crime(nlp, coding_context, text: str, crime: str, doer: str) -> None:
    events = coded(nlp, coding_context, text)
    found = [e for e in events if crime in e["type"]["trigger"]]
    assert found, _codes(events)
    # (the source's text may keep a title before the name: "Officer John Smith")
    assert any(str((e.get("source") or {}).get("text") or "").endswith(doer) for e in found), [(e["type"]["trigger"], e.get("source")) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors filed murder charges against John Smith on Monday.",
        "The judge dismissed assault charges against Officer John Smith.",
    ],
)
def test_who_brings_or_drops_a_charge_is_not_the_source_of_the_crime(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    crimes = [e for e in events if e["type"]["cameo"][:2] == "18"]
    assert crimes, _codes(events)
    assert all((e.get("source") or {}).get("text") not in {"Prosecutors", "judge"} for e in crimes)


@pytest.mark.parametrize(
    "text",
    ["John Smith was found not guilty of murder.", "John Smith pleaded not guilty to killing his wife."],
)
def test_a_crime_denied_by_a_plea_or_an_acquittal_stays_unproven(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    crimes = [e for e in events if e["type"]["cameo"][:2] == "18"]
    assert crimes, _codes(events)
    assert all(e["status"] == "unconfirmed" for e in crimes)
