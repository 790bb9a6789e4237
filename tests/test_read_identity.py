"""Stable ids and near-duplicate links (MinHash/LSH)."""

from __future__ import annotations

import random

import pytest

from tidings.read import NearDuplicateIndex, document_id, iter_inputs, minhash_signature, read_article

WIRE = (
    "SEOUL (Reuters) - North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing during a "
    "secretive visit this week, state media in both countries said on Wednesday, confirming days of speculation. "
    "Kim travelled by armoured train and held talks with Xi at the Great Hall of the People, according to Xinhua. "
    "The visit was Kim's first known trip abroad since he took power in 2011 and came ahead of planned summits "
    "with South Korea and the United States. Xi hosted a banquet for Kim and his wife, Ri Sol Ju, and the two "
    "leaders watched an art performance together, the Chinese news agency said. Kim told Xi that the issue of "
    "denuclearisation of the Korean peninsula could be resolved if South Korea and the United States responded "
    "to his efforts with goodwill, Xinhua reported."
)
OTHER = (
    "Floodwaters receded across southern Bangladesh on Thursday, leaving thousands of families to return to "
    "damaged homes and ruined rice fields. Aid groups said clean water was the most urgent need in the worst "
    "hit districts, where wells had been contaminated. The government promised compensation for farmers and "
    "said it would rebuild embankments before the next monsoon season, though critics said similar promises "
    "had been broken after previous floods. Officials said at least 14 people had died since the rains began."
)


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t,
        lambda t: "  " + t.replace(". ", ".\n\n   ") + "\n\n",
        lambda t: t.upper(),
    ],
)
def test_id_depends_only_on_normalised_clean_text(variant):
    assert document_id(variant(WIRE)) == document_id(WIRE)
    assert document_id(WIRE).startswith("d") and len(document_id(WIRE)) == 16


def test_reingesting_the_same_file_gives_the_same_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Summit in Beijing\n\nBy Ana Lima\n\n" + WIRE)
    first = next(iter_inputs([str(path)]))
    path.write_bytes(("Summit in Beijing\r\n\r\nBy Ana Lima\r\n\r\n" + WIRE).encode("utf-16"))
    second = next(iter_inputs([str(path)]))
    assert first["id"] == second["id"]
    assert document_id(first["text"]) == first["id"]


def test_different_texts_get_different_ids():
    assert document_id(WIRE) != document_id(OTHER)


def _syndicated(text: str, seed: int) -> str:
    rnd = random.Random(seed)
    words = text.split()
    for _ in range(3):  # a few small edits
        i = rnd.randrange(len(words))
        words[i] = words[i].upper() if rnd.random() < 0.5 else words[i] + ","
    return "BEIJING (AFP) - " + " ".join(words[3:]) + " Reporting by the Beijing bureau."


@pytest.mark.parametrize("seed", range(5))
def test_syndicated_copy_with_small_edits_links_to_the_original(seed):
    index = NearDuplicateIndex(threshold=0.8)
    index.add("orig", minhash_signature(WIRE))
    index.add("other", minhash_signature(OTHER))
    match = index.match(minhash_signature(_syndicated(WIRE, seed)))
    assert match is not None and match[0] == "orig" and 0.8 <= match[1] <= 1.0


def test_different_article_on_the_same_event_does_not_link():
    index = NearDuplicateIndex()
    index.add("orig", minhash_signature(WIRE))
    same_event = (
        "Chinese state media confirmed on Wednesday that Kim Jong Un had visited Beijing, where he was received "
        "by Xi Jinping. The North Korean leader arrived by train on Monday. Analysts in Seoul said the trip showed "
        "that Pyongyang wanted Beijing's backing before sitting down with Washington, and that China was eager not "
        "to be left out of the diplomacy."
    )
    assert index.match(minhash_signature(same_event)) is None
    assert index.match(minhash_signature(OTHER)) is None


def test_best_match_is_the_most_similar_then_the_earliest():
    index = NearDuplicateIndex(threshold=0.5)
    sig = minhash_signature(WIRE)
    index.add("first", sig)
    index.add("second", sig)
    index.add("edited", minhash_signature(_syndicated(WIRE, 1)))
    assert index.match(sig)[0] == "first"
    assert index.match(sig, exclude="first")[0] == "second"


def test_index_is_rebuilt_from_stored_pairs():
    pairs = [("a", minhash_signature(WIRE)), ("b", minhash_signature(OTHER))]
    stored = [(i, [int(v) for v in s]) for i, s in pairs]  # as a database returns them
    index = NearDuplicateIndex.from_pairs(stored, threshold=0.8)
    assert len(index) == 2 and "a" in index
    assert index.match(minhash_signature(_syndicated(WIRE, 2)))[0] == "a"
    assert all(0 <= v < 2**32 for v in stored[0][1])  # fits an SQLite INTEGER


@pytest.mark.parametrize("num_perm", [64, 128, 256])
def test_signature_length_and_determinism(num_perm):
    sig = minhash_signature(WIRE, num_perm=num_perm)
    assert len(sig) == num_perm and sig == minhash_signature(WIRE, num_perm=num_perm)


def test_signature_length_mismatch_is_refused():
    index = NearDuplicateIndex(num_perm=128)
    with pytest.raises(ValueError):
        index.add("x", minhash_signature(WIRE, num_perm=64))


def test_read_article_leaves_duplicate_of_empty():
    assert read_article(WIRE)["duplicate_of"] is None
