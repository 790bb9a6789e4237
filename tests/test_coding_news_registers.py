"""Shapes of real news registers the coder used to get wrong: wire copy (talks that ended, troops that left, the
withdrawal of someone's forces, blame laid on someone, "no longer", armed groups of the 1990s), court and crime news
(ages read as money, charging papers, people held over a crime, sentences and rulings, rules in force), web news
(hacking, malware, UK parties, a speaker's second act after a modal, "rejected asylum seekers", the EU withdrawal
bill), and names given in judgment.

Sentences written for these tests. Each positive case comes with a sentence of the same shape that must keep its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on

from tidings.evaluate.events import factuality_class

pytestmark = pytest.mark.model


def _text(actor: dict | None) -> str:
    return (actor or {}).get("text") or ""


def _roots(events: list[dict], trigger: str) -> list[str]:
    return [e["type"]["cameo"][:2] for e in events if trigger in e["type"]["trigger"]]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a court that jails for a crime, changes a sentence, strikes down a law or stops a measure rules (116)
        ("Two brothers were jailed for affray at Leeds Crown Court.", "jailed", "116"),
        ("A driver was jailed for causing death by dangerous driving.", "jailed", "116"),
        ("A state appeals court struck down the voter identification law.", "struck", "116"),
        ("The Court of Appeal increased the sentence to ten years.", "increased", "116"),
        ("A federal judge in Hawaii blocked the revised travel ban on Wednesday.", "blocked", "116"),
        ("The executive order was blocked by the courts within a week.", "blocked", "116"),
        # armed men leaving the ground they held retreat (0874)
        ("Israeli troops left southern Lebanon on Wednesday.", "left", "0874"),
        ("Rebel fighters abandoned the town after heavy shelling.", "abandoned", "0874"),
        # hacking into what a computer holds (176)
        ("Hackers breached the voter database of an Arizona county.", "breached", "176"),
        ("Hackers attacked the ministry's website on Monday.", "attacked", "176"),
        # people held at a station or over a crime are detained (173)
        ("A man is being held at a garda station in Dublin.", "held", "173"),
        # a round of talks that another act is told of happened
        ("The talks in Geneva ended on Friday without a joint statement.", "talks", "046"),
        # campaigners and supporters away from a match who gather demonstrate; a legal challenge is a suit
        ("Campaigners gathered outside the Royal Courts of Justice on Monday.", "gathered", "141"),
        ("Supporters gathered outside the court holding banners.", "gathered", "141"),
        ("The campaigners have launched a legal challenge against the decision.", "challenge", "115"),
    ],
)
def test_the_act_is_coded_by_what_the_register_means(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "not_root"),
    [
        # a detention with no crime named stays an arrest (173, as CAMEO's own dictionaries code "jailed for two years")
        ("A man was jailed Tuesday after a car chase.", "jailed", "11"),
        ("She went back to Havana that spring, only to be jailed for several months.", "jailed", "11"),
        ("A military court jailed a journalist for two years for helping rebels cross the border.", "jailed", "11"),
        # others who block or suspend do not rule
        ("Protesters blocked the road to the airport.", "blocked", "11"),
        ("The government suspended talks with the rebels.", "suspended", "11"),
        # an armed attack stays an attack, on a site as on a station
        ("Gunmen attacked a police station in the city.", "attacked", "17"),
        ("Gunmen attacked a military site near the border.", "attacked", "17"),
    ],
)
def test_near_shapes_keep_their_reading(nlp, coding_context, text: str, trigger: str, not_root: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not_root not in _roots(events, trigger), described(events)


@pytest.mark.parametrize(
    "text",
    [
        "The minister left Paris for London on Monday.",
        "Soldiers left their weapons behind.",
        "Talks usually last several days.",
        "A vigil was held for the shooting victims on Sunday.",
        "The bank charged customers $5 for each withdrawal.",
        "Forecasters called the storm a disaster for farmers.",
        "Supporters gathered outside the stadium before the match.",
        "Families gathered for the funeral on Sunday.",
    ],
)
def test_no_such_event_where_the_words_mean_something_else(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"][:2] in {"08", "04", "17", "11"}], described(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an age the tagger reads as money does not make the charge a price
        ("Police charged a 22-year-old woman with arson.", "woman"),
        ("Police charged 22-year-old Jane Smith with arson.", "Jane Smith"),
        ("Prosecutors charged the two men with murder.", "two men"),
    ],
)
def test_a_charge_of_someone_named_by_age_is_an_arrest(nlp, coding_context, text: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "charged")
    assert e["type"]["cameo"] == "173" and target in _text(e.get("target")), described([e])


def test_a_task_verb_with_a_crime_for_its_object_is_a_charge(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "A 31-year-old man has been charged with preparing acts of terrorism.")
    assert event_on(events, "charged")["type"]["cameo"] == "173", described(events)
    task = coded(nlp, coding_context, "The envoy was charged with preparing a report on the talks.")
    assert not [e for e in task if e["type"]["cameo"] == "173"], described(task)


def test_a_charging_paper_and_its_participle_are_one_charge(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The U.S. attorney's office announced the indictment Friday charging 41-year-old Paul "
                                        "Grant and 28-year-old Lisa Moore with wire fraud.")
    charges = [e for e in events if e["type"]["cameo"] == "173"]
    assert [e["type"]["trigger"] for e in charges] == ["indictment"], described(events)
    separate = coded(nlp, coding_context, "Prosecutors filed a complaint on Monday and later charged the mayor with bribery.")
    assert any(e["type"]["trigger"] == "charged" and e["type"]["cameo"] == "173" for e in separate), described(separate)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a headline's place before a gerund says where, not who
        ("Police arrest two after Leeds stabbing\n\nPolice arrested two men on Friday.", "stabbing", None),
        ("Israel bombing Gaza again, officials say", "bombing", "Israel"),
        # the one blamed for an act did it
        ("Moscow blamed the bombings on Chechen rebels.", "bombings", "Chechen rebels"),
        ("The attacks were blamed on al-Qaeda.", "attacks", "al-Qaeda"),
        # a speaker's own second act after a pluperfect report
        ("Pakistan said a missile had crashed on its territory and lodged a protest with Washington.", "protest", "Pakistan"),
        # ... or after a clause under a modal: a simple past cannot share "would"
        ("The spokesman said London would consult its allies and urged Baghdad to comply.", "urged", "spokesman"),
    ],
)
def test_the_doer_of_the_act(nlp, coding_context, text: str, trigger: str, source: str | None) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    if source is None:
        assert not e.get("source"), described([e])
    else:
        assert source in _text(e.get("source")), described([e])


def test_the_one_blamed_is_the_target_of_the_blame(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Moscow blamed the bombings on Chechen rebels."), "blamed")
    assert e["type"]["cameo"] == "112" and "Chechen rebels" in _text(e.get("target")), described([e])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the one warned, not what it is warned of
        ("The United States warned Serbia of military action.", "Serbia"),
        ("The president warned Mr Putin of serious consequences.", "Putin"),
    ],
)
def test_the_one_warned_is_the_target_of_the_warning(nlp, coding_context, text: str, target: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "warn")
    assert target in _text(e.get("target")), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("The spokesman said London would consult its allies and urged Baghdad to comply.", "urged", "happened"),
        ("Her lawyer said she would appeal the ruling and urged the home secretary to intervene.", "urged", "happened"),
        ("The rebels will attack the town and take the bridge.", "take", "future"),
        ("Angola's government said it would no longer negotiate with Savimbi.", "negotiate", "negated"),
        ("The two sides will negotiate next week in Oslo.", "negotiate", "future"),
        ("A Sheffield woman was cleared of fraud at Sheffield Crown Court.", "cleared", "negated"),
        ("A Sheffield woman was cleared of fraud at Sheffield Crown Court.", "fraud", "reported_unconfirmed"),
        # found not guilty is an acquittal; found guilty a conviction
        ("The driver was found not guilty of causing death by careless driving.", "found", "negated"),
        ("A jury found the two brothers not guilty of murder.", "found", "negated"),
        ("A jury found the two brothers guilty of murder.", "found", "happened"),
        # a plan a charge names is alleged, not forecast; a plan told by the writer is
        ("He is suspected of planning an attack on the parliament.", "attack", "reported_unconfirmed"),
        ("Two men were accused of planning to bomb the embassy.", "bomb", "reported_unconfirmed"),
        ("The group is planning an attack on the parliament.", "attack", "future"),
        # what an accord provides for is planned
        ("The agreement provides for the withdrawal of all foreign troops within a year.", "withdrawal", "future"),
        ("The accord provides for a ceasefire within 24 hours.", "ceasefire", "future"),
    ],
)
def test_factuality_follows_the_clause_that_governs_the_act(nlp, coding_context, text: str, trigger: str, factuality: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert factuality_class(e) == factuality, described([e])


def test_saying_one_will_no_longer_negotiate_is_a_refusal(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Angola's government said it would no longer negotiate with Savimbi."), "said")
    assert e["type"]["cameo"][:2] == "12", described([e])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('The opposition leader called the budget "a betrayal of pensioners".', "111"),
        ('Rubin called the move "a flagrant violation" of the resolutions.', "111"),
        ('Chairman Eric Bauer called the delay "a stunt."', "111"),
        ("Critics called the plan a disaster.", "111"),
    ],
)
def test_a_damning_name_given_to_a_measure_is_criticism(nlp, coding_context, text: str, code: str) -> None:
    e = event_on(coded(nlp, coding_context, text), "called")
    assert e["type"]["cameo"] == code, described([e])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Labour leader Jeremy Corbyn condemned the attack.", "condemned"),
        ("The SNP criticised the Prime Minister.", "criticised"),
        ("The Liberal Democrats called on Mrs May to accept the result.", "called"),
        ("The Liberal Democrat MP Tom Brake called the ruling a disgrace.", "called"),
        ("UKIP leader Nigel Farage praised the vote.", "praised"),
    ],
)
def test_british_parties_and_their_leaders_are_british(nlp, coding_context, text: str, trigger: str) -> None:
    e = event_on(coded(nlp, coding_context, text), trigger)
    assert (e.get("source") or {}).get("country") == "GBR", described([e])


def test_democrats_stay_american(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "Democrats in Congress criticized the plan."), "criticized")
    assert (e.get("source") or {}).get("country") == "USA", described([e])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what a describing participle, a paper's name or a rule in force says is no act
        ("He also said Germany would deport rejected asylum seekers more quickly.", "rejected"),
        ("Peers backed the amendment to the EU withdrawal bill by 358 votes to 256.", "withdrawal"),
        ("State law bars cities from enacting rent control.", "bars"),
        ("The new law bans smoking in bars and restaurants.", "bans"),
        # a standing way of acting is no one act
        ("A Home Office policy of detaining asylum seekers was ruled unlawful.", "detaining"),
        ("The government has a policy of deporting foreign criminals.", "deporting"),
        # malicious software does nothing an actor does
        ("The malware, which encrypts files and demands payment to unlock them, was activated on Tuesday.", "demands"),
    ],
)
def test_no_act_is_told(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if trigger in e["type"]["trigger"]], described(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The court rejected the asylum seekers' appeals on Friday.", "rejected"),
        ("The council banned smoking in bars on Monday.", "banned"),
        ("The government began deporting foreign criminals on Monday.", "deporting"),
        ("The withdrawal of Syrian forces from Lebanon began on Tuesday.", "withdrawal"),
    ],
)
def test_the_act_beside_those_shapes_stays(nlp, coding_context, text: str, trigger: str) -> None:
    assert event_on(coded(nlp, coding_context, text), trigger)


def test_the_of_phrase_of_a_withdrawal_names_who_withdraws(nlp, coding_context) -> None:
    e = event_on(coded(nlp, coding_context, "The withdrawal of Syrian forces from Lebanon began on Tuesday."), "withdrawal")
    assert (e.get("source") or {}).get("country") == "SYR" and not (e.get("target") or {}).get("text"), described([e])


@pytest.mark.parametrize(
    ("text", "trigger", "country", "sector"),
    [
        ("UNITA rebels attacked the town of Kuito on Sunday.", "attacked", "AGO", "REB"),
        ("RUF fighters ambushed a convoy near Freetown.", "ambushed", "SLE", "REB"),
        ("The KLA attacked a police post near Pristina.", "attacked", "SRB", "SEP"),
    ],
)
def test_armed_groups_of_the_wire_have_their_country(nlp, coding_context, text: str, trigger: str, country: str, sector: str) -> None:
    e = event_on(coded(nlp, coding_context, text, published="1999-05-10"), trigger)
    source = e.get("source") or {}
    assert (source.get("country"), source.get("sector")) == (country, sector), described([e])
