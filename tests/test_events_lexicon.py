"""The CAMEO codebook and the trigger lexicon data files, and user lexicon files."""

from __future__ import annotations

import pytest

from tidings import KnowledgeError
from tidings.code._event_lexicon import cameo_type, load_codebook, load_lexicon, word_forms

ROOTS = [f"{i:02d}" for i in range(1, 21)]


def test_codebook_has_all_twenty_roots_and_their_second_level():
    book = load_codebook()
    assert all(r in book for r in ROOTS)
    for root in ROOTS:
        assert f"{root}0" in book, f"{root} lacks its 'not specified' code"
    assert len([c for c in book if len(c) == 3]) >= 140


@pytest.mark.parametrize(
    "code, quad, plover, sign",
    [("042", 1, "CONSULT", 1), ("043", 1, "CONSULT", 1), ("036", 1, "AGREE", 1), ("173", 4, "COERCE", -1),
     ("1823", 4, "ASSAULT", -1), ("163", 4, "SANCTION", -1), ("112", 3, "ACCUSE", -1), ("073", 2, "AID", 1)],
)
def test_codes_carry_quad_class_plover_type_and_goldstein_sign(code, quad, plover, sign):
    row = cameo_type(code)
    assert (row.quad_class, row.plover) == (quad, plover)
    assert row.goldstein * sign > 0


def test_every_code_is_consistent_with_its_root():
    book = load_codebook()
    for code, row in book.items():
        root = book[code[:2]]
        assert row.quad_class == root.quad_class, code
        assert -10 <= row.goldstein <= 10
        if len(code) == 4:
            assert code[:3] in book, f"{code} has no parent"


def test_unknown_fine_code_falls_back_to_its_parent_and_bad_code_raises():
    assert cameo_type("0429").label == cameo_type("042").label
    with pytest.raises(KnowledgeError):
        cameo_type("999")


def test_lexicon_is_broad_and_every_row_has_a_known_code():
    lex = load_lexicon()
    assert len(lex) >= 500
    for rows in lex.entries.values():
        for row in rows:
            if row.kind != "L":
                cameo_type(row.code)
    for noun in ["visit", "summit", "talk", "meeting", "execution", "killing", "assassination", "sanction", "closure"]:
        assert lex.rows("N", noun), noun
    for light in ["hold", "make", "pay"]:
        assert lex.rows("L", light), light


def test_packaged_lexicon_rows_have_distinct_keys():
    from collections import Counter

    from tidings.code._event_lexicon import _data_text, _parse_lexicon

    rows = _parse_lexicon(_data_text("lexicon.tsv"), "lexicon.tsv", load_codebook())
    keys = Counter((r.kind, r.lemma, r.prep, r.objects, r.no_object) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []


def test_more_specific_rows_come_first():
    rows = load_lexicon().rows("V", "call")
    assert rows[0].prep is not None and rows[0].objects is not None
    assert rows[-1].prep is None


def test_user_lexicon_file_adds_and_overrides_rows(tmp_path):
    (tmp_path / "my.lexicon.tsv").write_text("V\tparley\t-\t-\t046\tstrong\nV\tvisit\t-\t-\t043\tweak\n", encoding="utf-8")
    lex = load_lexicon((str(tmp_path),))
    assert lex.rows("V", "parley")[0].code == "046"
    visit = [r for r in lex.rows("V", "visit") if r.prep is None and r.objects is None]
    assert [r.code for r in visit] == ["043"]
    assert load_lexicon().rows("V", "parley") == []


@pytest.mark.parametrize(
    "line, message",
    [("V\tparley\t-\t-\t999\tstrong", "unknown CAMEO code"), ("X\tparley\t-\t-\t040\tstrong", "kind"),
     ("V\tparley\t-\t040\tstrong", "columns"), ("L\tdo\t-\t-\t040\tstrong", "'='"), ("V\tparley\t-\t-\t040\tsure", "strength")],
)
def test_malformed_user_lexicon_rows_raise_knowledge_error(tmp_path, line, message):
    (tmp_path / "bad.lexicon.tsv").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load_lexicon((str(tmp_path),))


@pytest.mark.parametrize(
    "lemma, form",
    [("visit", "visited"), ("arrive", "arriving"), ("meet", "met"), ("hold", "held"), ("ally", "allied"),
     ("plan", "planned"), ("talk", "talks"), ("fight", "fought")],
)
def test_word_forms_cover_regular_and_irregular_inflections(lemma, form):
    assert form in word_forms(lemma)
