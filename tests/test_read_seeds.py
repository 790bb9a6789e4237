"""End to end on the two seed articles: metadata, no boilerplate left, no article sentence lost."""

from __future__ import annotations

import re

import pytest

from tidings.read import iter_inputs, read_article
from tidings.read.boilerplate import fold

SEED_000 = "000_ad5998068eef33c5.txt"
SEED_002 = "002_9367ec970bf4c97f.txt"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(‘])")


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    return {p.name: (p.read_text(encoding="utf-8"), read_article(p.read_bytes(), path=str(p))) for p in sorted(seeds_dir.glob("*.txt"))}


def _article_paragraphs(raw: str) -> list[str]:
    """Paragraphs of the raw file that are article prose: 15 words or more."""
    return [fold(p) for p in re.split(r"\n\s*\n", raw) if len(fold(p).split()) >= 15]


def test_every_article_sentence_survives(seeds):
    for name, (raw, doc) in seeds.items():
        clean = fold(doc["text"])
        cuts = [fold(r["text"]) for r in doc["removed"]]
        paragraphs = _article_paragraphs(raw)
        assert len(paragraphs) >= 8, name
        for para in paragraphs:
            for line in para.split(" • ") if "•" in para else [para]:
                for sentence in _SENTENCE.split(line.strip("• ")):
                    inside = [c for c in cuts if c and c in sentence]
                    assert all(r["reason"] == "photo-credit" for r in doc["removed"] if fold(r["text"]) in inside)
                    for c in inside:
                        sentence = sentence.replace(c, "")
                    assert fold(sentence) in clean, (name, sentence)


def test_no_boilerplate_is_left(seeds):
    """Every short raw line that is not a heading or metadata was removed with a reason."""
    for name, (raw, doc) in seeds.items():
        paras = doc["text"].split("\n\n")
        short = [p for p in paras if len(p.split()) < 15]
        for p in short:  # what remains short must be a heading or a dek followed by prose
            i = paras.index(p)
            assert i + 1 < len(paras) and len(paras[i + 1].split()) >= 15, (name, p)
            assert not re.search(r"%s|log ?in|subscribe|comment|access", p, re.IGNORECASE), (name, p)
        assert all(r["reason"] for r in doc["removed"])
        for r in doc["removed"]:
            assert raw[r["start"]:r["end"]] == r["text"]


def test_seed_000_metadata(seeds):
    _, doc = seeds[SEED_000]
    assert doc["title"] == "Is Kim Jong Un Making a Visit to China?"
    assert doc["original_outlet"] == "Stratfor" and doc["provenance"]["original_outlet"] == "found"
    assert doc["published"] == "2018-03-26" and doc["published_inferred"] is True
    assert doc["provenance"]["published"] == "inferred"
    assert doc["language"] == "en"
    assert "\n\nThe Big Picture\n\n" in doc["text"]
    assert "Second-Quarter Forecast\n" not in doc["text"]
    (note,) = doc["updates"]
    assert note["kind"] == "editors-note" and doc["text"][note["start"]:note["end"]].startswith("Editor’s Note:")
    reasons = {r["reason"] for r in doc["removed"]}
    assert {"photo-credit", "promo", "comment-form", "republication", "title"} <= reasons


def test_seed_002_metadata(seeds):
    _, doc = seeds[SEED_002]
    assert doc["title"] == "Kim Jong Un’s Magical Mystery Tour"
    assert doc["author"] == "Phillip Orchard"
    assert doc["published"] == "2018-03-27" and doc["published_inferred"] is False
    assert doc["provenance"]["published"] == "found"
    assert doc["subtitle"] == "North Korea can afford to keep China at arm’s length only for so long."
    assert doc["text"].startswith(doc["subtitle"] + "\n\n")
    assert [r["reason"] for r in doc["removed"][:3]] == ["paywall"] * 3


def test_seeds_are_read_as_a_folder_with_stable_ids(seeds_dir, seeds):
    docs = list(iter_inputs([str(seeds_dir)]))
    assert all(isinstance(d, dict) for d in docs)
    assert {d["id"] for d in docs} == {doc["id"] for _, doc in seeds.values()}
