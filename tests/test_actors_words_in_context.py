"""Role words that imply their sector only in a text naming another word (``requires`` in a knowledge file):
bare "deputies" are police in a story that names a sheriff, and no sector elsewhere.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tidings import Options
from tidings.code.mentions import events_from_doc
from tidings.knowledge import load_knowledge


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("The county sheriff said the men were held.", True),
        ("The Sheriff's Office said so.", True),
        ("SHERIFF'S OFFICE REPORT", True),
        ("The sheriffdom of Lothian said so.", False),  # a whole word, not a part of one
        ("Parliament met on Friday.", False),
    ],
)
def test_a_word_that_requires_another_holds_only_where_the_text_names_it(text, holds):
    word = load_knowledge().role_words["deputies"]
    assert word.sector == "COP" and word.requires
    assert word.holds_in(text) is holds


def test_a_user_file_can_make_a_word_require_another(tmp_path):
    (tmp_path / "mine.toml").write_text(
        'version = "1"\nsource = "test"\n\n[[words]]\nsector = "MIL"\nweight = 4\nrequires = ["regiment"]\n'
        'words = ["the guards"]\n', encoding="utf-8")
    kb = load_knowledge(Options(knowledge_paths=[str(tmp_path)]))
    word = kb.role_words["the guards"]
    assert word.requires == ("regiment",)
    assert word.holds_in("The regiment's guards fired.") and not word.holds_in("Prison guards were on strike.")


def _source(nlp, coding_context, text: str, trigger: str) -> dict:
    doc = nlp(text)
    events = events_from_doc(doc, {"id": "t", "text": text, "published": "2010-03-02", "outlet": None}, context=coding_context)
    found = [e for e in events if e["type"]["trigger"] == trigger]
    assert found, [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]
    return found[0].get("source") or {}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Pike County Sheriff's Office in Kentucky said deputies arrested a 23-year-old man on Friday.", "arrested"),
        ("Deputies arrested two women at a motel in Ohio on Sunday, the sheriff said.", "arrested"),
        ("A sheriff's spokesman in Texas said a deputy detained the driver after a chase.", "detained"),
    ],
)
def test_deputies_in_a_story_naming_a_sheriff_are_police(nlp, coding_context, text, trigger):
    source = _source(nlp, coding_context, text, trigger)
    assert source.get("sector") == "COP", source


@pytest.mark.model
def test_deputies_in_a_story_naming_no_sheriff_imply_no_sector(nlp, coding_context):
    source = _source(nlp, coding_context, "In Kiev, deputies accused the prime minister of corruption on Tuesday.", "accused")
    assert source.get("sector") != "COP", source


def test_the_knowledge_doc_example_of_role_words_loads(tmp_path):
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "knowledge.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", doc, re.S)
    assert block and "requires" in block.group(1)
    (tmp_path / "example.toml").write_text(block.group(1), encoding="utf-8")
    kb = load_knowledge(Options(knowledge_paths=[str(tmp_path)]))
    assert kb.role_words["deputies"].requires == ("sheriff",)
