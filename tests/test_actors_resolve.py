"""ActorResolver.resolve on noun phrases: countries, sectors, outlets, IGOs, people at a date, metonymy."""

from __future__ import annotations

import pytest

from tidings.code.actors import ActorResolver
from tidings.knowledge import load_knowledge


@pytest.fixture(scope="module")
def resolver(coding_context):
    return coding_context.resolver


def _get(actor, *keys):
    return tuple(actor.get(k) if actor else None for k in keys)


@pytest.mark.parametrize(
    "phrase, code, kind",
    [
        ("North Korea", "PRK", "country"),
        ("the DPRK", "PRK", "country"),
        ("the U.S.", "USA", "country"),
        ("Chinese police", "CHNCOP", "group"),
        ("South Korean media", "KORMED", "group"),
        ("North Korean state media", "PRKMED", "group"),
        ("Japanese troops", "JPNMIL", "group"),
        ("Russian lawmakers", "RUSLEG", "group"),
        ("Iranian hackers", "IRNCRM", "group"),
        ("Syrian rebels", "SYRREB", "group"),
        ("Chinese officials", "CHNGOV", "group"),
        ("a Chinese official", "CHNGOV", "person"),
        ("the Mongolian President", "MNGGOV", "person"),
        ("Germany's defence ministry", "DEUGOV", "group"),
        ("police in Beijing", "CHNCOP", "group"),
        ("officials of the Ministry of Defence of Chile", "CHLGOV", "group"),
    ],
)
def test_country_and_sector_words_make_the_code(resolver, phrase, code, kind):
    assert _get(resolver.resolve(phrase, date="2018-03-28"), "code", "kind") == (code, kind)


@pytest.mark.parametrize(
    "phrase, code, outlet_country",
    [("Xinhua", "CHNMED", "CHN"), ("the Korean Central News Agency", "PRKMED", "PRK"), ("Yonhap", "KORMED", "KOR"),
     ("Reuters", "GBRMED", "GBR"), ("TASS", "RUSMED", "RUS")],
)
def test_outlets_are_media_of_their_country(resolver, phrase, code, outlet_country):
    actor = resolver.resolve(phrase)
    assert _get(actor, "code", "country", "sector", "kind") == (code, outlet_country, "MED", "organisation")


def test_state_media_kind_is_available_for_attribution(resolver):
    assert resolver.kb.outlet("Xinhua").outlet_kind == "state_media"
    assert resolver.kb.outlet("Yonhap").outlet_kind == "agency"


@pytest.mark.parametrize(
    "phrase, code, country",
    [("NATO", "IGOWSTNAT", "IGO"), ("the European Union", "IGOEUREEC", "IGO"), ("the U.N. Security Council", "UNO", "UNO"),
     ("the IAEA", "IGOUNOIAEA", "UNO"), ("ASEAN", "IGOSEAASN", "IGO")],
)
def test_igos_take_cameo_pseudo_countries(resolver, phrase, code, country):
    assert _get(resolver.resolve(phrase), "code", "country", "sector") == (code, country, "IGO")


@pytest.mark.parametrize(
    "phrase, date, code, role",
    [
        ("Kim Jong Il", "2010-06-01", "PRKGOV", "Supreme Leader"),
        ("Kim Jong Il", "2018-03-26", "PRK", None),  # dead: still a North Korean person, no role
        ("Kim Jong-un", "2018-03-26", "PRKGOV", "Supreme Leader"),
        ("Kim Jong Un", "2005-01-01", "PRK", None),  # before his rule
        ("Shinzo Abe", "2009-06-01", "JPNELI", None),  # between his two terms: a former office holder
        ("Shinzo Abe", "2013-06-01", "JPNGOV", "Prime Minister"),
        ("Japanese Prime Minister Shinzo Abe", "2009-06-01", "JPNELI", None),  # the text never outranks the files
        ("Moon Jae In", "2018-04-27", "KORGOV", "President"),
        ("Donald Trump", "2018-03-26", "USAGOV", "President"),
        ("Donald Trump", "2022-03-26", "USAELI", None),
        ("Antonio Guterres", "2018-03-26", "UNO", "Secretary-General"),
        ("Kim Yo Jong", "2018-03-26", "PRKGOV", None),
    ],
)
def test_people_take_the_role_valid_on_the_date(resolver, phrase, date, code, role):
    actor = resolver.resolve(phrase, date=date)
    assert _get(actor, "code", "role", "kind") == (code, role, "person")


@pytest.mark.parametrize(
    "phrase, name, code, role",
    [
        ("South Korean President Moon Jae-in", "Moon Jae-in", "KORGOV", "President"),
        ("Chinese President Xi Jinping", "Xi Jinping", "CHNGOV", "President"),
        ("U.S. President Donald Trump", "Donald Trump", "USAGOV", "President"),
        ("North Korean leader Kim Jong Un", "Kim Jong Un", "PRKGOV", "Supreme Leader"),
        ("Ruritanian Foreign Minister Rudolf Rassendyll", "Rudolf Rassendyll", "GOV", "Foreign Minister"),
        ("Mexican Foreign Minister Ana Ortega", "Ana Ortega", "MEXGOV", "Foreign Minister"),
        ("Syrian rebel commander Abu Omar", "Abu Omar", "SYRREB", "Commander"),
        ("former Brazilian president Joao Silva", "Joao Silva", "BRAELI", None),
    ],
)
def test_role_and_name_phrases(resolver, phrase, name, code, role):
    assert _get(resolver.resolve(phrase, date="2018-03-28"), "name", "code", "role") == (name, code, role)


@pytest.mark.parametrize(
    "phrase, agent_code, place_kind",
    [("Beijing", "CHNGOV", "place"), ("Washington", "USAGOV", "place"), ("Pyongyang", "PRKGOV", "place"),
     ("Seoul", "KORGOV", "place"), ("Moscow", "RUSGOV", "place"), ("the Kremlin", "RUSGOV", "place"),
     ("the White House", "USAGOV", "place"), ("The Hague", "NLDGOV", "place")],
)
def test_capitals_and_seats_stand_for_governments_only_as_agents(resolver, phrase, agent_code, place_kind):
    agent = resolver.resolve(phrase, as_agent=True)
    place = resolver.resolve(phrase, as_agent=False)
    assert agent["code"] == agent_code and agent["sector"] == "GOV"
    assert place["kind"] == place_kind and place["sector"] is None and place["country"] == agent["country"]


@pytest.mark.parametrize("phrase", ["Marcus Beam", "", "   ", "the weather", "us"])
def test_unknown_phrases_resolve_to_none(resolver, phrase):
    assert resolver.resolve(phrase) is None


def test_family_name_alone_finds_a_unique_person(resolver):
    assert resolver.resolve("Abe", date="2015-01-01")["name"] == "Shinzo Abe"
    assert resolver.resolve("Kim", date="2015-01-01") is None  # many Kims: no guess


def test_context_gives_a_country_to_a_bare_role(resolver):
    assert resolver.resolve("Defense Minister", context="German")["code"] == "DEUGOV"
    assert resolver.resolve("Defense Minister")["code"] == "GOV"


@pytest.mark.parametrize("phrase", ["Moon Jae-in", "Moon Jae In", "MOON JAE-IN".title(), "Moon Jae‐in"])
def test_hyphenated_names_match_whatever_the_tokenizer_did(resolver, phrase):
    assert resolver.resolve(phrase, date="2018-04-27")["name"] == "Moon Jae-in"


def test_plover_sector_is_filled(resolver):
    assert resolver.resolve("Chinese police")["plover_sector"] == "COP"
    assert resolver.resolve("Syrian insurgents")["plover_sector"] == "REB"


@pytest.mark.parametrize("date, code", [("2010-06-01", "AFGREB"), ("2021-08-14", "AFGREB"), ("2022-05-01", "AFGGOV")])
def test_organisations_can_change_sector_over_time(resolver, date, code):
    assert resolver.resolve("the Taliban", date=date)["code"] == code


def test_a_user_file_dates_an_organisations_sector(tmp_path):
    user = tmp_path / "orgs.tsv"
    user.write_text("# kind: organisation\n# version: 1\nname\tcountry\tsector\tstart\tend\n"
                    "Free Army of Elbonia\tBOL\tREB\t2001\t2010-05-31\nFree Army of Elbonia\tBOL\tGOV\t2010-06-01\t\n",
                    encoding="utf-8")
    r = ActorResolver(load_knowledge(extra=[user]))
    assert [r.resolve("Free Army of Elbonia", date=d)["code"] for d in ("2005-01-01", "2015-01-01")] == ["BOLREB", "BOLGOV"]
