"""PETRARCH/TABARI CAMEO verb dictionaries: the reader and the trigger rows made of them (no model load)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings import KnowledgeError, Options
from tidings.code._event_lexicon import VerbRowStats, load_lexicon, verb_rows
from tidings.code.context import CodingContext, CodingSettings
from tidings.knowledge.verbs import read_verb_dictionary

# A small dictionary in the PETRARCH layout, written for these tests.
SAMPLE = """\
# comment line
&VEHICLE_
+TRUCK
+LORRY
+CONVOY

---  DISPATCH   [---]  ---
DISPATCH {DISPATCHES DISPATCHED }
SEND  # a comment
+SHIP_OFF {+SHIPS_OFF +SHIPPED_OFF} [070]
- * AID (TO +)                        [070]    # SEND
- * (TO BORDER)                       [154]    # SEND
- * &VEHICLE                          [073]    # SEND
- * {SPECIAL ENVOYS}                  [042:043]
- &MILITARY *                         [154]    # subject words: not expressible
- * GREETINGS                         [---]    # an exclusion
- * (FOR TALKS)                       [:036]   # reciprocal only

---  CONDEMN   [122]  ---
CONDEMN
DENOUNCE
- * ATTACK                            [1223]
"""


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.verbs.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_reader_finds_synsets_blocks_verbs_and_patterns(sample: Path) -> None:
    vd = read_verb_dictionary(sample)
    assert vd.synsets["&VEHICLE"] == {"truck", "lorry", "convoy"}
    assert [b.name for b in vd.blocks] == ["dispatch", "condemn"]
    dispatch, condemn = vd.blocks
    assert dispatch.code is None and condemn.code == "122"
    assert [v.words for v in dispatch.verbs] == [("dispatch",), ("send",), ("ship", "off")]
    assert dispatch.verbs[2].code == "070" and dispatch.verbs[0].forms == ("dispatches", "dispatched")
    assert len(dispatch.patterns) == 7 and vd.skipped == []


@pytest.mark.parametrize(
    ("lemma", "prep", "objects", "code"),
    [
        ("send", "to", frozenset({"aid"}), "070"),  # object before the prepositional phrase
        ("dispatch", "to", frozenset({"border"}), "154"),  # the phrase's object when no noun phrase comes first
        ("send", None, frozenset({"truck", "lorry", "convoy"}), "073"),  # a synonym set stands for its members
        ("dispatch", None, frozenset({"envoy", "envoys"}), "042"),  # the head of a noun phrase, singular too
        ("ship", "off", None, "070"),  # a phrasal verb's own code
        ("condemn", None, None, "122"),  # the block's default code
        ("denounce", None, frozenset({"attack"}), "1223"),
    ],
)
def test_patterns_become_weak_verb_rows(sample: Path, lemma: str, prep: str | None, objects: frozenset[str] | None, code: str) -> None:
    rows = verb_rows(read_verb_dictionary(sample))
    match = [r for r in rows if (r.lemma, r.prep, r.objects) == (lemma, prep, objects)]
    assert [r.code for r in match] == [code]
    assert match[0].kind == "V" and not match[0].strong and match[0].origin.startswith(str(sample))


def test_patterns_the_rows_cannot_express_are_counted_not_coded(sample: Path) -> None:
    stats = VerbRowStats()
    rows = verb_rows(read_verb_dictionary(sample), stats)
    assert (stats.subject_words, stats.no_event, stats.reciprocal_only) == (1, 1, 1)
    assert stats.kept == 5 and stats.rows == len(rows)
    assert not any(r.code == "036" for r in rows)


def test_dictionary_rows_add_to_the_lexicon_without_replacing_packaged_rows(sample: Path) -> None:
    base = load_lexicon()
    with_dict = load_lexicon((), (str(sample),))
    assert len(with_dict) > len(base)
    packaged = {(r.lemma, r.prep, r.objects, r.code) for rows in base.entries.values() for r in rows}
    for key, rows in with_dict.entries.items():
        for r in rows:
            same = [p for p in base.rows(*key) if (p.lemma, p.prep, p.objects, p.no_object) == (r.lemma, r.prep, r.objects, r.no_object)]
            if same:
                assert (r.lemma, r.prep, r.objects, r.code) in packaged  # the packaged row won


def test_options_carry_verb_dictionaries_into_the_coding_context(sample: Path) -> None:
    settings = CodingSettings.from_options(Options(verb_dictionaries=[str(sample)]))
    assert settings.verb_dictionaries == (str(sample),)
    assert CodingSettings.from_config(settings.config()) == settings
    assert any(r.origin.startswith(str(sample)) for r in CodingContext(settings).events.rows("V", "denounce"))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("---  SEND  [070]  ---\nSEND\n- SEND TO BORDER [154]\n", "verb's place"),
        ("---  SEND  [070]  ---\nSEND\n- * TO BORDER\n", "without a [code]"),
        ("SEND\n---  X  [---]  ---\nX\n", "outside any"),
    ],
)
def test_malformed_lines_are_skipped_with_their_line_or_raise_when_strict(tmp_path: Path, text: str, why: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(text, encoding="utf-8")
    vd = read_verb_dictionary(path)
    assert any(why in reason for _, reason in vd.skipped)
    with pytest.raises(KnowledgeError, match=why.replace("[", r"\[").replace("]", r"\]")) as info:
        read_verb_dictionary(path, strict=True)
    assert str(path) in str(info.value) and "line " in str(info.value)


def test_a_file_without_verb_blocks_is_not_a_verb_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text("AFGHANISTAN_ [AFG]\n+AFGHAN_\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="no verb blocks"):
        read_verb_dictionary(path)


def test_a_missing_file_names_itself(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="cannot read verb dictionary") as info:
        read_verb_dictionary(tmp_path / "nope.txt")
    assert "nope.txt" in str(info.value)


PHOENIX = Path(__file__).resolve().parents[2] / "shared" / "eval" / "phoenix-dictionaries" / "petrarch2" / "data" / "dictionaries" / "CAMEO.2.0.txt"


@pytest.mark.skipif(not PHOENIX.exists(), reason="phoenix dictionaries not beside the checkout")
def test_the_phoenix_cameo_verb_dictionary_reads_almost_whole() -> None:
    vd = read_verb_dictionary(PHOENIX)
    stats = VerbRowStats()
    verb_rows(vd, stats)
    assert len(vd.blocks) > 300 and len(vd.skipped) < 10
    assert stats.kept / stats.patterns > 0.8 and stats.unknown_code == 0
