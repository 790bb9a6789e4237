"""Titles and names that used to mislead the actor engine: civil offices ending in "general", a city office before a name.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def sources(events: list[dict]) -> list[tuple[object, object]]:
    return [((e.get("source") or {}).get("text"), (e.get("source") or {}).get("code")) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # a director general or a secretary general holds a civil office, no military rank
        "The director general of the health agency met the Indian health minister.",
        "The secretary general of the ministry visited Nairobi on Monday.",
        "The surgeon general criticised the tobacco industry.",
    ],
)
def test_a_civil_office_ending_in_general_is_no_military_rank(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert events and not any(((e.get("source") or {}).get("sector") == "MIL") for e in events), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a military rank stays one
        ("General Ahmed Salah met the Egyptian defence minister.", "MIL"),
        ("Brigadier General Omar Farouk visited the Sudanese border.", "MIL"),
    ],
)
def test_a_military_rank_stays_military(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(((e.get("source") or {}).get("sector") == code) for e in events), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a city's office before a name gives the city's country, whoever else shares the family name
        ("London Mayor Sadiq Khan condemned the attack.", "GBRGOV"),
        ("Tokyo Governor Yuriko Koike criticised the central government.", "JPNGOV"),
        ("Chicago Mayor Rahm Emanuel criticised the police union.", "USAGOV"),
    ],
)
def test_a_city_office_title_gives_the_city_country(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("source") or {}).get("code") == code for e in events), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a known person named by family name alone, or in full, is still found
        ("Imran Khan condemned the attack.", "PAKGOV"),
        ("Prime Minister Khan condemned the attack.", "PAKGOV"),
        # a function word, a weekday or a month before the family name is no given name
        ("As Khan landed in Beijing, he met Xi Jinping.", "PAKGOV"),
        ("On Monday Khan met Xi Jinping in Beijing.", "PAKGOV"),
        ("In March Khan condemned the attack.", "PAKGOV"),
    ],
)
def test_a_known_person_is_still_found_by_name(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any((e.get("source") or {}).get("code") == code for e in events), sources(events)


# --------------------------------------------------------------------------- titles of office before unknown names
# (sectors.toml: role words with `role = true`; the people named here are made up)


def _resolve(coding_context, phrase: str) -> dict | None:
    actor = coding_context.resolver.resolve(phrase, date="2021-06-01", as_agent=True)
    return dict(actor) if actor is not None else None


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        # attorneys general, treasurers, comptrollers and other state, county and town offices are government
        ("Attorney General Ruth Okafor", None, "GOV"),
        ("Canadian Attorney General Paul Lemieux", "CAN", "GOV"),
        ("State Treasurer Paul Whitfield", None, "GOV"),
        ("County Treasurer Ana Reyes", None, "GOV"),
        ("Ohio Comptroller Dana Pruitt", "USA", "GOV"),
        ("Lieutenant Governor Carla Benson", None, "GOV"),
        ("County Commissioner Pat Doyle", None, "GOV"),
        ("Selectman Tom Ward", None, "GOV"),
        ("City Manager Lisa Grant", None, "GOV"),
        ("Coroner Mark Ellis", None, "GOV"),
        ("State Superintendent Carl Dunn", None, "GOV"),
        # a fire chief heads a public service (the firefighters are GOV too)
        ("Fire Chief Luis Ortega", None, "GOV"),
        ("Fire Marshal Anne Kowalski", None, "GOV"),
        # legislators, national to municipal
        ("Liberal MP Janet Corrigan", None, "LEG"),
        ("Kenyan MP Otieno Wafula", "KEN", "LEG"),
        ("Senator Jane Holloway", None, "LEG"),
        ("Congresswoman Maria Delgado", None, "LEG"),
        ("Assemblyman Victor Chen", None, "LEG"),
        ("MEP Sarah Lindqvist", None, "LEG"),
        ("Councilman Darnell Hayes", None, "LEG"),
        ("Councilwoman Mary Lee", None, "LEG"),
        ("Council member Ann Wu", None, "LEG"),
        ("Councillor Gareth Price", None, "LEG"),
        ("Alderman Joe Moreno", None, "LEG"),
        ("House Speaker Tom Riley", None, "LEG"),
        # police titles
        ("Sheriff's Deputy Kyle Barnes", None, "COP"),
        ("Police Captain Rosa Mendez", None, "COP"),
        ("Detective Sergeant Ian Walsh", None, "COP"),
        ("Chief Constable Helen Shaw", None, "COP"),
        # courts
        ("Supreme Court Justice Miriam Adler", None, "JUD"),
        ("Public Defender Sam Pike", None, "JUD"),
        # the opposition's front bench
        ("Shadow Chancellor Peter Doyle", None, "OPP"),
        # "<sector word> official" before a name is a title of that sector
        ("Government official Hamid Rezaei", None, "GOV"),
        ("Security official Khaled Nasser", None, "COP"),
        ("Police official John Doe", None, "COP"),
        ("Military official Ahmed Salim", None, "MIL"),
        ("Intelligence official Omar Haddad", None, "SPY"),
        ("Health official Maria Lopez", None, "HLH"),
        ("Party official Wang Lei", None, "PTY"),
        # another sector word of the phrase outranks a weaker title, or makes a title of its own
        ("Company spokeswoman Megan Price", None, "BUS"),
        ("school superintendent Carl Dunn", None, "EDU"),
        ("police superintendent Pedro Ruiz", None, "COP"),
        ("police commissioner Ray Kelly", None, "COP"),
    ],
)
def test_a_title_of_office_gives_an_unknown_name_its_sector(coding_context, phrase: str, country: str | None, sector: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None, phrase
    assert (actor["kind"], actor["country"], actor["sector"]) == ("person", country, sector), actor
    assert actor["role"], actor


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("Attorney General Ruth Okafor", "Attorney General"),
        ("State Treasurer Paul Whitfield", "State Treasurer"),
        ("Liberal MP Janet Corrigan", "MP"),
        ("Fire Chief Luis Ortega", "Fire Chief"),
    ],
)
def test_the_title_is_the_role_the_text_gives(coding_context, phrase: str, role: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["role"] == role, actor


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        # "chief" alone is no title, and a chief executive is a firm's
        ("Chief executive", "BUS"),
        # "general" alone is a military rank, not in a firm's name or "the general public"
        ("General Motors", "BUS"),
        ("General Electric", "BUS"),
        ("the general public", "CVL"),
        ("General Omar Farouk", "MIL"),
        # a firm's official is no state's
        ("company official Daniel Moss", "BUS"),
        # plurals of titles are groups of the same sector
        ("senators", "LEG"),
        ("the councilmen", "LEG"),
    ],
)
def test_a_word_that_is_no_title_keeps_its_own_sector(coding_context, phrase: str, sector: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["sector"] == sector, actor


@pytest.mark.parametrize(
    "phrase",
    [
        "Chief Tom Smith",  # "chief" alone is no title
        # nor are "official", "commissioner" and "superintendent" alone (a league's, a school's, a building's)
        "official Hamid Rezaei",
        "Commissioner Roger Hale",
        "Superintendent Carl Dunn",
        "Rep.",  # an abbreviation alone names nobody
        # a bare treasurer is more often a firm's or a club's than a state's: no title
        "the chapter treasurer",
        "company treasurer Daniel Moss",
        "Mr. Bob Jones",
    ],
)
def test_no_title_no_actor(coding_context, phrase: str) -> None:
    assert _resolve(coding_context, phrase) is None


@pytest.mark.parametrize("phrase", ["Rep. Jane Holloway", "Sen. Jane Holloway"])
def test_an_abbreviated_legislative_title_before_a_name(coding_context, phrase: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["sector"] == "LEG", actor


@pytest.mark.parametrize(
    ("phrase", "sector", "role"),
    [
        ("state Rep. Carla Benson", "LEG", "Rep."),
        ("Gov. Peter Lindqvist", "GOV", "Gov."),
        ("Lt. Gov. Peter Lindqvist", "GOV", "Lt. Gov."),
        ("Gen. Omar Farouk", "MIL", "Gen."),
        ("Brig. Gen. Omar Farouk", "MIL", "Brig. Gen."),
        ("Col. Omar Farouk", "MIL", "Col."),
        ("Sgt. Kyle Barnes", "MIL", "Sgt."),
        ("Det. Rosa Mendez", "COP", "Det."),
        ("Insp. Rosa Mendez", "COP", "Insp."),
    ],
)
def test_an_abbreviated_title_before_a_name_gives_its_role(coding_context, phrase: str, sector: str, role: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is not None and actor["sector"] == sector and actor["role"] == role, actor


@pytest.mark.parametrize(
    "phrase",
    [
        "sales rep Tom Ward",  # a lower-case word without its full stop is no abbreviated title
        "Rep Tom Ward",
        "the gen Tom Ward",
        "Gov.",  # nor is an abbreviation with no name after it
    ],
)
def test_an_abbreviation_without_its_full_stop_or_name_is_no_title(coding_context, phrase: str) -> None:
    actor = _resolve(coding_context, phrase)
    assert actor is None or actor.get("sector") not in ("LEG", "GOV", "MIL"), actor


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sen. Jane Holloway criticized the governor on Tuesday.", "LEG"),
        ("State Rep. Marcus Webb accused the mayor of lying.", "LEG"),
        ("Lt. Gov. Carla Benson criticized the state senate.", "GOV"),
        ("Gen. Omar Farouk accused the rebels of the attack.", "MIL"),
    ],
)
def test_an_abbreviated_title_is_joined_to_the_name_in_a_document(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    name = text.split(" criticized")[0].split(" accused")[0]
    assert any((e.get("source") or {}).get("sector") == code and (e.get("source") or {}).get("text") == name
               for e in events), sources(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a name ending in a word that is also an abbreviated title keeps it, with a possessive too
        ("Cambodian Prime Minister Hun Sen's government accused Thailand of aggression.", "KHMGOV"),
        ("Hun Sen's party criticized the opposition.", "KHM"),
    ],
)
def test_a_name_ending_in_an_abbreviation_word_keeps_its_person(nlp, coding_context, text: str, code: str) -> None:
    from tidings.code.actors import document_actors

    doc = nlp(text)
    mentions = document_actors(doc, resolver=coding_context.resolver, published="2021-06-01").mentions
    assert any((m.get("code") or "").startswith(code) and m.get("name") == "Hun Sen" for m in mentions), mentions


def test_a_possessive_match_does_not_give_way_to_a_plural_inside_it() -> None:
    """With a role word "sen" (plural "sens"), "Hun Sen's" is still the person: the "'s" counts in the match's extent."""
    from tidings.knowledge import Entry, Knowledge
    from tidings.knowledge.model import RoleWord

    kb = Knowledge()
    kb.add_entry(Entry("Hun Sen", "person", country="KHM"))
    kb.add_role_word(RoleWord("sen", "LEG"))
    found = [(m.text, m.hits[0].type) for m in kb.scan("Hun Sen's government")]
    assert found[0] == ("Hun Sen", "entry") and all(t != "role" for _, t in found), found


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # a document's later mention keeps the heaviest word of the first one, as the phrase itself does
        ("Company spokeswoman Megan Gallagher criticized the ministry. Gallagher accused the ministry of lying.", "BUS"),
        ("Police spokeswoman Ann Lee criticized the mayor. Lee accused the mayor of lying.", "COP"),
        ("Government spokeswoman Ann Lee criticized the union. Lee accused the union of lying.", "GOV"),
    ],
)
def test_a_later_mention_keeps_the_heaviest_word_of_the_title(nlp, coding_context, text: str, sector: str) -> None:
    events = coded(nlp, coding_context, text)
    later = [e for e in events if (e.get("source") or {}).get("text") in ("Gallagher", "Lee")]
    assert later and all((e.get("source") or {}).get("sector") == sector for e in later), sources(events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a weekday after a title says when, names nobody
        ("Defense Secretary Tuesday said the troops would stay.", None),
        ("Interior Minister Friday accused the rebels of the attack.", None),
        ("Interior Minister Salim Haddad Friday accused the rebels of the attack.", "Salim Haddad"),
    ],
)
def test_a_weekday_after_a_title_is_no_name(nlp, coding_context, text: str, name: str | None) -> None:
    from tidings.code.actors import document_actors

    doc = nlp(text)
    mentions = document_actors(doc, resolver=coding_context.resolver, published="2021-06-01").mentions
    names = [m.get("name") for m in mentions if m.get("kind") == "person"]
    assert not any(n and any(d in n for d in ("Tuesday", "Friday")) for n in names), names
    if name:
        assert name in names, names


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # an outlet's name written without its "The" beside another capitalised word is part of a title or a name
        ("Economist Amartya Sen criticized the government.", False),
        ("Dan Hill criticized the mayor.", False),
        # with its "the", or alone, it is the outlet
        ("The Hill reported that the senator resigned.", True),
        ("According to the Economist, the minister resigned.", True),
    ],
)
def test_a_the_named_outlet_beside_a_name_is_no_outlet(nlp, coding_context, text: str, outlet: bool) -> None:
    from tidings.code.actors import document_actors

    doc = nlp(text)
    mentions = document_actors(doc, resolver=coding_context.resolver, published="2021-06-01").mentions
    assert any(m.get("sector") == "MED" for m in mentions) == outlet, mentions


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("State Treasurer Paul Whitfield criticized the governor's budget plan.", "GOV"),
        ("Liberal MP Janet Corrigan criticized the Canadian government on Tuesday.", "LEG"),
        ("Councilwoman Mary Lee accused the mayor of wasting public money.", "LEG"),
        ("Attorney General Ruth Okafor accused the company of fraud.", "GOV"),
        # "Police" before a title is the police's, not a town of that name
        ("Police Commissioner Ramon Ortega criticized the mayor on Tuesday.", "COP"),
        ("Police official Ramon Ortega criticized the mayor on Tuesday.", "COP"),
        ("Security official Ramon Ortega criticized the mayor on Tuesday.", "COP"),
    ],
)
def test_a_titled_unknown_person_is_a_source_with_a_sector(nlp, coding_context, text: str, sector: str) -> None:
    events = coded(nlp, coding_context, text)
    first = text.split(" criticized")[0].split(" accused")[0]
    assert any((e.get("source") or {}).get("sector") == sector and (e.get("source") or {}).get("text", "") in first
               for e in events), sources(events)
