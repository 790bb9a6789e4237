"""Role words, titles and names of private people resolve to a sector (and, in a document, a country).

Phrases and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tidings.code._event_support import resolve_actor


def _resolve(coding_context, phrase: str) -> dict | None:
    actor = coding_context.resolver.resolve(phrase, date="2021-06-01", as_agent=True)
    return dict(actor) if actor is not None else None


def _in_doc(nlp, coding_context, text: str, phrase: str, occurrence: int = 0) -> dict | None:
    doc = nlp(text)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    actor = resolve_actor(doc, start, start + len(phrase), context=coding_context, date="2021-06-01")
    return dict(actor) if actor is not None else None


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        # law enforcement: agents of a police service, Irish police, troopers, a sheriff's office
        ("Border patrol agents", "COP"),
        ("federal agents", "COP"),
        ("two narcotics agents", "COP"),
        ("the gardai", "COP"),
        ("a Garda", "COP"),
        ("a state trooper", "COP"),
        ("the sheriff's office", "COP"),
        ("sheriff's deputies", "COP"),
        # ranks and officers of the armed forces
        ("a petty officer", "MIL"),
        ("army officers", "MIL"),
        ("three sailors", "MIL"),
        # offenders
        ("the hitmen", "CRM"),
        ("contract killers", "CRM"),
        # private people
        ("prison inmates", "CVL"),
        ("the victim", "CVL"),
        ("a teenage girl", "CVL"),
        ("her boyfriend", "CVL"),
        ("the mother", "CVL"),
        ("the first-graders", "CVL"),
        ("the filmmaker", "CVL"),
        ("a youth orchestra", "CVL"),
        ("his supporters", "CVL"),
        # local services of government
        ("firefighters", "GOV"),
        ("the fire department", "GOV"),
    ],
)
def test_a_role_word_gives_its_sector(coding_context, phrase: str, sector: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["sector"] == sector, actor


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Libyan intelligence agents", "LBYSPY"),
        ("Irish gardai", "IRLCOP"),
        ("Mexican hitmen", "MEXCRM"),
        ("a French filmmaker", "FRACVL"),
    ],
)
def test_a_role_word_with_a_country_makes_its_code(coding_context, phrase: str, code: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["code"] == code, actor


@pytest.mark.parametrize(
    "phrase",
    [
        # an agent who is no officer of the state
        "a football agent",
        "the chemical agent",
        "real estate agents",
    ],
)
def test_an_agent_of_no_state_service_names_no_police(coding_context, phrase: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is None or actor.get("sector") not in {"COP", "SPY"}, actor


def test_mother_before_a_company_word_is_the_company(coding_context) -> None:
    actor = _resolve(coding_context, "the mother company")
    assert actor is not None and actor["sector"] == "BUS", actor


@pytest.mark.parametrize(
    ("phrase", "sector", "name"),
    [
        ("Judge Marsh", "JUD", "Marsh"),
        ("District Attorney Lena Fowler", "JUD", "Lena Fowler"),
        ("Trooper Dale Kirby", "COP", "Dale Kirby"),
        ("Petty Officer Sam Ortega", "MIL", "Sam Ortega"),
    ],
)
def test_a_name_after_a_title_is_a_person_holding_it(coding_context, phrase: str, sector: str, name: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and (actor["kind"], actor["sector"], actor["name"]) == ("person", sector, name), actor


@pytest.mark.parametrize("phrase", ["Marion County sheriff's", "Dale County sheriff's deputies", "Riverside police"])
def test_a_name_before_a_role_word_qualifies_it_and_is_no_person(coding_context, phrase: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["kind"] != "person" and actor["sector"] == "COP", actor


@pytest.mark.parametrize(
    ("text", "phrase", "occurrence"),
    [
        # the middle initial keeps the full name whole, so the later family name is this man, not a famous namesake
        ("Keith D. Johnson, 41, of Elm Street, was arrested on Friday. Johnson was held at the county jail.", "Johnson", 1),
        ("Wanda Y. Martin was sentenced on Monday. Martin must pay the money back.", "Martin", 1),
    ],
)
def test_a_middle_initial_keeps_a_private_persons_name_whole(nlp, coding_context, text: str, phrase: str,
                                                             occurrence: int) -> None:
    actor = _in_doc(nlp, coding_context, text, phrase, occurrence)
    assert actor is None or (actor.get("sector") != "ELI" and actor.get("country") is None), actor


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # the article is about one country: its private people, officers and judges are that country's
        ("Police in Cork said two gardai were injured in Limerick. The Irish police arrested three men. A witness said the "
         "gardai were attacked.", "witness", "IRL"),
        ("Mexican soldiers fought drug hitmen in Acapulco on Sunday. Mexican police said the hitmen fired first.", "hitmen", "MEX"),
        ("Kenyan police in Nairobi said a teenage girl was stabbed in Mombasa. The Kenyan police said the girl survived.",
         "girl", "KEN"),
    ],
)
def test_a_private_person_takes_the_country_of_the_article(nlp, coding_context, text: str, phrase: str, country: str) -> None:
    actor = _in_doc(nlp, coding_context, text, phrase)
    assert actor is not None and actor.get("country") == country, actor


@pytest.mark.parametrize(
    ("phrase", "date", "name", "country"),
    [
        # a title before a family name several people share picks the one who held it
        ("President Clinton", "1998-08-10", "Bill Clinton", "USA"),
        ("Secretary of State Clinton", "2010-05-04", "Hillary Clinton", "USA"),
        # without a title, the one in office on the day
        ("Castro", "2000-03-28", "Fidel Castro", "CUB"),
        # office holders of the late 1990s
        ("FBI Director Louis Freeh", "1999-06-07", "Louis Freeh", "USA"),
        ("Albright", "1998-08-18", "Madeleine Albright", "USA"),
        ("President Glafcos Clerides", "1999-01-12", "Glafcos Clerides", "CYP"),
        ("Tanzanian Foreign Minister Jakaya Kikwete", "1998-08-18", "Jakaya Kikwete", "TZA"),
        ("Tariq Aziz", "1998-02-20", "Tariq Aziz", "IRQ"),
    ],
)
def test_a_known_person_is_found_by_title_and_date(coding_context, phrase: str, date: str, name: str, country: str) -> None:
    actor = coding_context.resolver.resolve(phrase, date=date)
    assert actor is not None and (actor["name"], actor["country"]) == (name, country), actor


def test_a_shared_family_name_with_nobody_in_office_stays_unresolved(coding_context) -> None:
    # two prime ministers named Sharif, neither in office on the day: the name alone does not say which
    actor = coding_context.resolver.resolve("Sharif", date="2009-03-16")
    assert actor is None or actor.get("name") not in {"Nawaz Sharif", "Shehbaz Sharif"}, actor


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # a mission's host country after "in" is not its own
        ("the U.S. embassy in Nairobi", "USAGOV"),
        ("British consulates in Spain", "GBRGOV"),
        # "of" names its owner
        ("the embassy of Kenya", "KENGOV"),
        # other role words keep the place after "in" as theirs
        ("police in Shanghai", "CHNCOP"),
    ],
)
def test_an_embassy_belongs_to_the_country_it_represents(coding_context, phrase: str, code: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["code"] == code, actor


def test_an_embassy_in_a_document_is_its_senders(nlp, coding_context) -> None:
    text = "Bombs exploded outside the American embassies in Kenya and Tanzania on Friday. The embassies were badly damaged."
    actor = _in_doc(nlp, coding_context, text, "embassies")
    assert actor is not None and actor.get("country") == "USA", actor


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        # a demonym right before an organisation of another country names that country's branch
        ("Egyptian Islamic Jihad", "EGY"),
        ("Iraqi Hezbollah", "IRQ"),
        # the organisation's own demonym changes nothing
        ("Palestinian Islamic Jihad", "PSE"),
        ("Afghan Taliban", "AFG"),
    ],
)
def test_a_demonym_before_a_foreign_organisation_names_its_national_branch(coding_context, phrase: str, country: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["country"] == country, actor


@pytest.mark.parametrize(("phrase", "sector"), [("the embassies", "GOV"), ("two ministries", "GOV"), ("rival militaries", "MIL"),
                                                ("three witnesses", "CVL")])
def test_a_role_word_is_found_in_its_regular_plural(coding_context, phrase: str, sector: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["sector"] == sector and actor["kind"] == "group", actor


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # rebels, firms, schools, doctors and unions of an article about one country are that country's
        ("Russian troops in Dagestan fought militants near Makhachkala. The Russian army said the insurgents fled.",
         "insurgents", "RUS"),
        ("Finnish officials in Helsinki approved the merger. Finnish unions said the new company would cut jobs.",
         "new company", "FIN"),
        ("Kenyan police in Nairobi questioned a Kenyan nurse in Mombasa. The doctor who treated her was not charged.",
         "doctor", "KEN"),
    ],
)
def test_an_unplaced_domestic_institution_takes_the_country_of_the_article(nlp, coding_context, text: str, phrase: str,
                                                                           country: str) -> None:
    actor = _in_doc(nlp, coding_context, text, phrase)
    assert actor is not None and actor.get("country") == country, actor


def test_unidentified_gunmen_stay_unplaced(nlp, coding_context) -> None:
    # the guidelines leave unknown perpetrators without a country
    text = "Kenyan police in Nairobi said gunmen attacked a bus near Mombasa. Kenyan officials condemned the attack."
    actor = _in_doc(nlp, coding_context, text, "gunmen")
    assert actor is not None and actor.get("country") is None, actor


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Uber", "USABUS"),
        ("Gazprom", "RUSBUS"),
        ("the U.S. Immigration and Naturalization Service", "USACOP"),
        ("Washington DC", "USAGOV"),
        ("federal regulators", "GOV"),
        ("the upper house", "LEG"),
        ("the defendant", "CRM"),
    ],
)
def test_companies_agencies_and_institutions_are_known(coding_context, phrase: str, code: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["code"] == code, actor


def test_a_company_named_in_a_story_does_not_move_its_home_country(nlp, coding_context) -> None:
    # the platforms are American; the story, its people and its places are Algerian
    text = ("Algerian police in Algiers arrested a blogger over a poem he posted on Facebook. His lawyer said Facebook "
            "and Google had removed the posts. The blogger was jailed in Oran.")
    actor = _in_doc(nlp, coding_context, text, "lawyer")
    assert actor is not None and actor.get("country") == "DZA", actor


@pytest.mark.parametrize(
    ("phrase", "occurrence", "country"),
    [("Reyes", 1, "CHL"), ("Souza", 0, "BRA"), ("Souza", 1, "BRA")],
)
def test_a_person_of_a_country_belongs_to_it_in_every_mention(nlp, coding_context, phrase: str, occurrence: int,
                                                               country: str) -> None:
    text = ("The foreign ministers Ana Souza of Brazil and Jorge Reyes of Chile signed the pact on Monday. Reyes said the "
            "pact was fair, and Souza thanked him.")
    actor = _in_doc(nlp, coding_context, text, phrase, occurrence)
    assert actor is not None and actor.get("country") == country, actor
