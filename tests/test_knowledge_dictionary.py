"""PETRARCH/TABARI dictionaries: the flat formats, dated codes, agents, merging, and errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings import KnowledgeError, Options
from tidings.code.actors import ActorResolver
from tidings.knowledge import add_dictionary, load_knowledge, read_actor_dictionary

ACTORS = """<!-- TEST ACTOR DICTIONARY -->
<!-- VERSION: 0.1 -->
<!--
   a comment block over
   several lines [NOT] a code
-->
GONDOR_ [GON]
+GONDORIAN_
+MINAS_TIRITH   # the capital
ARAGORN_  # a king
\t[GONELI 450101-190501]
\t[GONGOV 190501-]
\t[GONGOV >190501]
ELROND [RIVGOV 450101-200101] [ELI]
HAMAS_GUNMEN [PSEHMSMIL]
NOBODY_ [---]
"""

AGENTS = """!PERSON! = MAN, MEN, WOMAN, WOMEN
ARMED_FORCES {} [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD] # a comment
CONGRESS!PERSON! [~LEG]
FOREIGN_MINISTER [~GOVFRM]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reader_returns_names_synonyms_and_codes(tmp_path):
    path = _write(tmp_path, "t.actors.txt", ACTORS.replace("\t[GONGOV 190501-]\n", ""))
    entries = {e.name: e for e in read_actor_dictionary(path)}
    assert set(entries) == {"GONDOR", "ARAGORN", "ELROND", "HAMAS GUNMEN", "NOBODY"}
    assert entries["GONDOR"].synonyms == ["GONDORIAN", "MINAS TIRITH"]
    assert [c.code for c in entries["GONDOR"].codes] == ["GON"]
    aragorn = entries["ARAGORN"]
    assert aragorn.line == 10
    assert aragorn.code_on(dt.date(2018, 1, 1)) == "GONELI"
    assert aragorn.code_on(dt.date(2020, 1, 1)) == "GONGOV"
    elrond = entries["ELROND"]
    assert elrond.code_on(dt.date(2010, 1, 1)) == "RIVGOV" and elrond.code_on(dt.date(2021, 1, 1)) == "ELI"
    assert entries["NOBODY"].code_on(None) is None


@pytest.mark.parametrize("code, start, end", [("[X 010120-050120]", dt.date(2001, 1, 20), dt.date(2005, 1, 20)),
                                              ("[X >19990101]", dt.date(1999, 1, 1), None),
                                              ("[X <450101]", None, dt.date(1945, 1, 1)),
                                              ("[X 300101-310101]", dt.date(2030, 1, 1), dt.date(1931, 1, 1))])
def test_dates_read_two_and_four_digit_years(tmp_path, code, start, end):
    (entry,) = read_actor_dictionary(_write(tmp_path, "d.txt", f"SOMEONE_ {code}\n"))
    assert (entry.codes[0].start, entry.codes[0].end) == (start, end)


def test_agent_dictionary_expands_macros_and_plurals(tmp_path):
    entries = list(read_actor_dictionary(_write(tmp_path, "a.txt", AGENTS)))
    names = [e.name for e in entries]
    assert "CONGRESSMAN" in names and "CONGRESSWOMEN" in names
    assert all(e.agent for e in entries)
    ag = next(e for e in entries if e.name == "ATTORNEY GENERAL")
    assert ag.plurals == ["ATTORNEYS GENERAL"]


@pytest.mark.parametrize(
    "text, line",
    [("+ORPHAN_SYNONYM\n", 1), ("X_ [GONGOV 2018-01]\n", 1), ("OK [A]\nBROKEN [GON\n", 2), ("\t[GON]\n", 1)],
)
def test_bad_dictionary_lines_name_file_and_line(tmp_path, text, line):
    path = _write(tmp_path, "bad.txt", text)
    with pytest.raises(KnowledgeError) as err:
        list(read_actor_dictionary(path))
    assert f"bad.txt:{line}" in str(err.value)


def test_tolerant_reading_skips_a_few_bad_lines_but_not_a_bad_file(tmp_path, caplog):
    good = "".join(f"ACTOR_{i} [GON]\n" for i in range(600))
    few = _write(tmp_path, "few.txt", good + "TYPO_ [GONGOV 9008223-]\n")
    assert len(list(read_actor_dictionary(few, strict=False))) == 600
    assert "few.txt:601" in caplog.text
    many = _write(tmp_path, "many.txt", "".join(f"X{i} [A 99999999-]\n" for i in range(20)))
    with pytest.raises(KnowledgeError):
        list(read_actor_dictionary(many, strict=False))


def test_merged_dictionary_feeds_the_resolver(tmp_path):
    actors = _write(tmp_path, "t.actors.txt", ACTORS)
    agents = _write(tmp_path, "t.agents.txt", AGENTS)
    kb = load_knowledge(Options(actor_dictionaries=[str(actors), str(agents)]))
    r = ActorResolver(kb)
    assert r.resolve("Aragorn", date="2018-06-01")["code"] == "GONELI"
    assert r.resolve("Aragorn", date="2020-06-01")["code"] == "GONGOV"
    assert r.resolve("Hamas gunmen")["code"] == "PSEHMSMIL"
    assert r.resolve("Chinese congressmen")["code"] == "CHNLEG"
    assert r.resolve("German attorneys general")["code"] == "DEUJUD"


def test_knowledge_add_dictionary_counts_entries(tmp_path):
    kb = load_knowledge().clone()
    assert add_dictionary(kb, _write(tmp_path, "t.txt", ACTORS)) == 4  # NOBODY has the null code


PHOENIX = "eval/phoenix-dictionaries/petrarch2/data/dictionaries"
VALIDATE = "eval/petrarch/petrarch2/petrarch2/data/dictionaries"


@pytest.mark.parametrize("name", ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                  "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"])
def test_reads_the_phoenix_dictionaries(eval_dir, name):
    path = eval_dir.parent / PHOENIX / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    entries = list(read_actor_dictionary(path, strict=False))
    assert len(entries) > 500
    assert all(e.name and not e.name.startswith("+") for e in entries)
    if "agents" in name:
        assert sum(e.agent for e in entries) > 0.9 * len(entries)
    else:
        assert sum(bool(e.codes) for e in entries) > 0.9 * len(entries)


def test_phoenix_dated_codes_follow_office(eval_dir):
    path = eval_dir.parent / PHOENIX / "Phoenix.International.actors.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    kb = load_knowledge().clone()
    add_dictionary(kb, path)
    r = ActorResolver(kb)
    # the dictionary's own dated codes for a head of state, before, during and after office
    entry = next(e for e in read_actor_dictionary(path, strict=False) if any(c.start and c.end and c.code.endswith("GOV") for c in e.codes))
    gov = next(c for c in entry.codes if c.start and c.end and c.code.endswith("GOV"))
    mid = gov.start + (gov.end - gov.start) / 2
    assert entry.code_on(mid) == gov.code
    assert r.resolve(entry.name.title(), date=mid.isoformat())["country"] == gov.code[:3]


@pytest.mark.parametrize("name", ["PETR.Validate.actors.txt", "PETR.Validate.agents.txt"])
def test_reads_the_petrarch_validation_dictionaries(eval_dir, name):
    path = eval_dir / VALIDATE.removeprefix("eval/") / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    entries = list(read_actor_dictionary(path, strict=False))
    assert len(entries) > 50
    kb = load_knowledge().clone()
    assert add_dictionary(kb, path) > 50
