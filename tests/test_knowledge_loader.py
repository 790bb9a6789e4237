"""Knowledge files: shipped facts, user files that add and override, and errors naming file and line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tidings import KnowledgeError, Options
from tidings.knowledge import builtin_files, load_knowledge, norm, parse_date


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_every_builtin_file_declares_version_and_source():
    for path in builtin_files():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            data = json.loads(text)
            assert data["version"] and data["source"], path
        else:
            assert "version" in text and "source" in text, path


@pytest.mark.parametrize(
    "name, iso3",
    [("North Korea", "PRK"), ("DPRK", "PRK"), ("Democratic People's Republic of Korea", "PRK"), ("North Korean", "PRK"),
     ("Chinese", "CHN"), ("South Korean", "KOR"), ("U.S.", "USA"), ("American", "USA"), ("Britain", "GBR"),
     ("Burma", "MMR"), ("Côte d'Ivoire", "CIV"), ("Ukrainian", "UKR"), ("Brazil", "BRA")],
)
def test_country_names_aliases_and_demonyms(kb, name, iso3):
    assert kb.country(name).iso3 == iso3


def test_country_file_has_codes_capitals_and_seats(kb):
    assert len(kb.countries) >= 240
    prk = kb.countries["PRK"]
    assert (prk.iso2, prk.capital, prk.code) == ("KP", "Pyongyang", "PRK")
    assert kb.countries["NLD"].seat == "The Hague"
    assert kb.countries["ROU"].code == "ROM"  # CAMEO keeps the old code
    assert "the North" in prk.context_aliases


@pytest.mark.parametrize(
    "name, kind, country",
    [("Xinhua", "state_media", "CHN"), ("KCNA", "state_media", "PRK"), ("Yonhap News Agency", "agency", "KOR"),
     ("Reuters", "agency", "GBR"), ("BBC", "public_broadcaster", "GBR"), ("Nippon News Network", "independent", "JPN"),
     ("Duowei News", "independent", "USA"), ("RIA Novosti", "state_media", "RUS"), ("Al Jazeera", "state_media", "QAT")],
)
def test_outlets_have_country_and_kind(kb, name, kind, country):
    outlet = kb.outlet(name)
    assert (outlet.outlet_kind, outlet.country) == (kind, country)


def test_outlet_list_is_broad_and_find_outlet_reads_running_text(kb):
    assert kb.stats()["outlets"] >= 100
    found = kb.find_outlet("according to a report by Yonhap News Agency on Monday")
    assert found["name"] == "Yonhap" and found["kind"] == "agency" and found["code"] == "KORMED"
    assert kb.find_outlet("people said so") is None


@pytest.mark.parametrize("alias, code", [("NATO", "IGOWSTNAT"), ("EU", "IGOEUREEC"), ("IAEA", "IGOUNOIAEA"),
                                         ("ASEAN", "IGOSEAASN"), ("U.N.", "UNO")])
def test_igos_carry_cameo_codes(kb, alias, code):
    assert kb.lookup(alias)[0].code == code


def test_short_capital_aliases_do_not_match_lowercase_words(kb):
    assert kb.hits("us") == [] and kb.hits("who") == []
    assert kb.hits("US") and kb.hits("WHO")


@pytest.mark.parametrize(
    "name, day, title",
    [("Kim Jong Il", "2010-06-01", "Supreme Leader"), ("Kim Jong Il", "2018-03-26", None),
     ("Shinzo Abe", "2009-06-01", None), ("Shinzo Abe", "2007-01-01", "Prime Minister"),
     ("Shinzo Abe", "2015-01-01", "Prime Minister"), ("Moon Jae-in", "2018-04-27", "President"),
     ("Donald Trump", "2019-01-01", "President"), ("Donald Trump", "2023-01-01", None),
     ("Xi Jinping", "2018-03-26", "President"), ("Vladimir Putin", "2010-01-01", "Prime Minister"),
     # between election and inauguration a president-elect is no president, but no private person either
     ("Donald Trump", "2016-12-17", "President-elect"), ("Donald Trump", "2016-11-01", None),
     ("Joe Biden", "2020-12-01", "President-elect"), ("Barack Obama", "2009-01-19", "President-elect"),
     ("Barack Obama", "2009-01-21", "President")],
)
def test_office_holders_have_dated_terms(kb, name, day, title):
    roles = kb.person(name).roles_on(parse_date(day))
    assert (roles[0].title if roles else None) == title
    if title == "President-elect":
        assert roles[0].sector == "ELI"


def test_notable_people_have_country_and_sector(kb):
    assert (kb.person("Kim Yo Jong").country, kb.person("Kim Yo Jong").sector) == ("PRK", "GOV")
    assert kb.person("Jang Song Thaek").died == dt.date(2013, 12, 12)
    assert kb.person("Kim Jong Nam").country == "PRK"


@pytest.mark.parametrize("a, b", [("Moon Jae-in", "moon jae in"), ("Côte d’Ivoire", "cote divoire"), ("U.S.", "us")])
def test_norm_ignores_case_accents_hyphens_and_dots(a, b):
    assert norm(a) == b


def test_user_toml_file_adds_an_actor_and_overrides_an_alias(tmp_path):
    user = tmp_path / "mine.toml"
    user.write_text(
        'version = "1"\nsource = "test"\n'
        '[[person]]\nname = "Ri Chun Hee"\naliases = ["Ri Chun-hee"]\ncountry = "PRK"\nsector = "MED"\n'
        '[[organisation]]\nname = "Korea Central Bank"\naliases = ["KCNA"]\ncountry = "PRK"\nsector = "BUS"\n',
        encoding="utf-8",
    )
    base = load_knowledge()
    assert base.lookup("KCNA")[0].is_outlet
    kb = load_knowledge(Options(knowledge_paths=[str(tmp_path)]))
    assert kb is not base
    assert kb.person("Ri Chun-hee").country == "PRK"
    assert kb.lookup("KCNA")[0].name == "Korea Central Bank"  # the user's reading comes first
    assert load_knowledge(Options(knowledge_paths=[str(tmp_path)])) is kb  # cached per set of files


def test_user_tsv_file_adds_an_outlet(tmp_path):
    user = tmp_path / "outlets.tsv"
    user.write_text("# kind: outlet\n# version: 1\nname\taliases\tcountry\tkind\nDaily Planet\tPlanet\tUSA\tindependent\n",
                    encoding="utf-8")
    kb = load_knowledge(extra=[user])
    assert kb.outlet("the Daily Planet").country == "USA"


@pytest.mark.parametrize(
    "name, content, where",
    [
        ("bad.tsv", "# kind: person\nname\tcountry\tsector\nX Y\tPRK\tNOPE\n", "bad.tsv:3"),
        ("bad2.tsv", "# kind: person\nname\tcountry\trole\tstart\nX Y\tPRK\tPresident\t2018-13-40\n", "bad2.tsv:3"),
        ("bad3.tsv", "name\tcountry\nX\tPRK\n", "bad3.tsv:1"),
        ("bad4.tsv", "# kind: outlet\nname\tcountry\tkind\nPaper\tUSA\ttabloid\n", "bad4.tsv:3"),
        ("bad.toml", 'version = "1"\n[[person]\nname = "x"\n', "bad.toml"),
        ("bad2.toml", 'version = "1"\n\n[[outlet]]\nname = "Paper"\ncountry = "Narnia"\nkind = "agency"\n', "bad2.toml:4"),
        ("bad.json", '{"version": "1",\n "person": [\n', "bad.json:3"),
        ("bad.yaml", "x: 1\n", "bad.yaml"),
    ],
)
def test_bad_files_raise_knowledge_error_naming_file_and_line(tmp_path, name, content, where):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(extra=[path])
    assert where in str(err.value) and err.value.code == "E301"


def test_missing_knowledge_path_is_an_error(tmp_path):
    with pytest.raises(KnowledgeError):
        load_knowledge(extra=[tmp_path / "absent.toml"])


def test_country_file_is_what_the_build_script_writes():
    pytest.importorskip("countryinfo")
    from tidings.knowledge.build_countries import OUT, build

    built = build()
    shipped = json.loads(Path(OUT).read_text(encoding="utf-8"))
    assert built["countries"] == shipped["countries"]


def test_knowledge_doc_counts_the_people_file_as_it_is():
    import csv
    import re

    root = Path(__file__).resolve().parents[1]
    lines = [ln for ln in (root / "src/tidings/data/knowledge/people.tsv").read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t"))[1:]
    claim = re.search(r"`people.tsv` \| (\d+) people with (\d+) dated offices", (root / "docs/knowledge.md").read_text(encoding="utf-8"))
    assert claim, "docs/knowledge.md no longer counts the people file"
    assert (int(claim[1]), int(claim[2])) == (len({r[0] for r in rows}), sum(1 for r in rows if r[4]))
