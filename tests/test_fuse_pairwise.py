"""The trained pairwise scorer: features, model file, document clustering, average-link clustering, fusion behind a setting."""

from __future__ import annotations

import numpy as np
import pytest

from tidings import ConfigError, KnowledgeError, Options
from tidings.fuse.pairwise import (
    FEATURES,
    DocumentClusters,
    PairwiseModel,
    Tfidf,
    View,
    average_link,
    cluster_documents,
    cluster_views,
    fit_logistic,
    load_pairwise,
    pair_features,
    root_of,
    time_marks,
)

COL = {name: i for i, name in enumerate(FEATURES)}


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("arrival", "arrive", True),
        ("killing", "kill", True),
        ("death", "die", True),
        ("shipping", "ship", True),
        ("explosion", "blast", True),
        ("visit", "arrest", False),
        ("fire", "hire", False),
    ],
)
def test_derivational_roots_join_word_families(a, b, same):
    assert (root_of(a) == root_of(b)) is same


@pytest.mark.parametrize(
    "text, marks",
    [
        ("Monday, March 3, 2008", {"w:monday", "m:3", "d:3", "y:2008"}),
        ("last year", set()),
        ("in 2011", {"y:2011"}),
        ("yesterday morning", {"r:yesterday", "r:morning"}),
    ],
)
def test_time_words_keep_their_granularity(text, marks):
    assert time_marks(text) == marks


def _view(i, doc, lemma, sentence=0, text="", **kw):
    return View(id=str(i), document=doc, sentence=sentence, lemma=lemma, text=text or f"{lemma} happened", order=(doc, sentence, i), **kw)


def test_pair_features_mark_lemma_root_document_and_argument_agreement():
    views = [
        _view(0, "d1", "arrest", participants=frozenset({"john smith"}), times=frozenset({"y:2008"})),
        _view(1, "d2", "arrest", participants=frozenset({"smith"}), times=frozenset({"y:2008"})),
        _view(2, "d2", "arrival", sentence=1, places=frozenset({"paris"}), times=frozenset({"y:2011"})),
        _view(3, "d3", "arrive", places=frozenset({"rome"})),
    ]
    f = pair_features(views)
    assert f.shape == (4, 4, len(FEATURES))
    assert f[0, 1, COL["same_lemma"]] == 1 and f[0, 1, COL["participant_head"]] == 1 and f[0, 1, COL["time_same"]] == 1
    assert f[0, 2, COL["time_clash"]] == 1
    assert f[2, 3, COL["same_root"]] == 1 and f[2, 3, COL["same_lemma"]] == 0 and f[2, 3, COL["place_clash"]] == 1
    assert f[1, 2, COL["same_document"]] == 1 and f[1, 2, COL["near_sentence"]] == 1 and f[0, 1, COL["same_document"]] == 0
    assert np.allclose(f, f.transpose(1, 0, 2))


def test_tfidf_rows_are_unit_length_and_rank_shared_rare_words_higher():
    texts = ["the earthquake hit Indonesia", "an earthquake in Indonesia", "the Oscars host was named"]
    rows = Tfidf(texts)(texts)
    sims = (rows @ rows.T).toarray()
    assert np.allclose(np.diag(sims), 1.0)
    assert sims[0, 1] > sims[0, 2]


@pytest.mark.parametrize(
    "threshold, expected",
    [(0.95, [[0], [1], [2], [3]]), (0.8, [[0, 1], [2, 3]]), (0.3, [[0, 1, 2, 3]])],
)
def test_average_link_merges_while_the_mean_similarity_reaches_the_threshold(threshold, expected):
    sim = np.array([[1, 0.9, 0.4, 0.3], [0.9, 1, 0.35, 0.3], [0.4, 0.35, 1, 0.85], [0.3, 0.3, 0.85, 1]])
    assert average_link(sim, threshold) == expected


def test_average_link_respects_forbidden_pairs_and_starting_clusters():
    sim = np.full((3, 3), 0.9)
    allowed = np.ones((3, 3), dtype=bool)
    allowed[0, 2] = allowed[2, 0] = False
    assert sorted(average_link(sim, 0.5, allowed=allowed)) == [[0, 1], [2]]
    assert average_link(sim, 0.95, start=[[0, 1], [2]]) == [[0, 1], [2]]


def test_documents_cluster_by_topic_and_a_new_document_joins_the_nearest_topic():
    texts = ["earthquake Indonesia tsunami warning", "Indonesia earthquake magnitude tsunami", "Oscars host Hugh Jackman named", "Jackman Oscars host"]
    tfidf = Tfidf(texts)
    rows = tfidf(texts)
    labels = cluster_documents(rows, 0.2)
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]
    topics = DocumentClusters(0.2)
    assert [topics.add(rows[i]) for i in range(4)] == [0, 0, 1, 1]
    assert topics.add(tfidf(["tsunami after the Indonesia earthquake"])) == 0
    assert topics.add(tfidf(["a completely unrelated sentence"])) == 2


def test_model_file_round_trips_and_rejects_other_features(tmp_path):
    k = len(FEATURES)
    model = PairwiseModel(weights=np.arange(k, dtype=float) / k, bias=-1.0, mean=np.zeros(k), scale=np.ones(k), threshold=0.4, meta={"x": 1})
    path = tmp_path / "m.npz"
    model.save(path)
    back = PairwiseModel.read(path)
    assert back.threshold == 0.4 and back.meta == {"x": 1} and np.allclose(back.weights, model.weights)
    np.savez(tmp_path / "bad.npz", weights=np.zeros(2))
    with pytest.raises(KnowledgeError):
        PairwiseModel.read(tmp_path / "bad.npz")


def test_shipped_model_reads_and_prefers_same_lemma_pairs_in_similar_documents():
    model = load_pairwise()
    assert model.weights.shape == (len(FEATURES),) and 0 < model.threshold < 1
    f = np.zeros(len(FEATURES))
    alike = f.copy()
    for name in ("same_lemma", "document_cos", "lemma_x_document", "sentence_cos"):
        alike[COL[name]] = 1.0
    assert model.probabilities(alike) > model.probabilities(f)
    assert any(r.startswith("same_lemma") or r.startswith("lemma_x_document") for r in model.reasons(alike))


def test_logistic_fit_separates_a_separable_problem():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    y = (x[:, 0] > 0).astype(float)
    w, b = fit_logistic(x, y, 0.01)
    assert w[0] > 1.0 and abs(w[1]) < w[0] / 3


def test_clustering_records_merge_reasons_and_keeps_a_pinned_mention_alone():
    views = [_view(0, "d1", "quake", text="quake hits Java"), _view(1, "d2", "quake", text="quake hits Java"),
             _view(2, "d3", "quake", text="quake hits Java", pinned=True)]
    prob = np.full((3, 3), 0.95)
    clusters, merges = cluster_views(views, load_pairwise(), probabilities=prob, threshold=0.5, within_threshold=0.5)
    assert sorted(clusters) == [[0, 1], [2]]
    assert merges == [{"mention": "1", "keys": merges[0]["keys"], "score": 0.95, "with": "0"}]
    assert merges[0]["keys"]


def _mention(mid, doc, sentence, trigger="visit", cameo="042", source="Kim Jong Un", day="2018-03-27", **kw):
    return {
        "id": mid, "type": {"cameo": cameo, "trigger": trigger, "lemma": trigger}, "source": {"name": source, "code": "PRKGOV", "country": "PRK", "kind": "person"},
        "target": {"name": "China", "code": "CHN", "country": "CHN"}, "date": {"start": day, "end": day, "precision": "day"},
        "location": {"name": "Beijing", "country": "CHN"}, "status": "reported",
        "mentions": [{"document": doc, "sentence": sentence, "published": day}], **kw,
    }


def test_trained_fusion_joins_reports_of_one_visit_keeps_vetoes_and_detach():
    from tidings.fuse import detach, fuse

    options = Options().replace(fusion_model="trained")
    mentions = [
        _mention("a", "d1", "Kim Jong Un visited Beijing on Tuesday, meeting Xi Jinping."),
        _mention("b", "d2", "North Korean leader Kim Jong Un visited Beijing and met Xi Jinping."),
        _mention("c", "d3", "Kim Jong Il visited Beijing in 2011.", source="Kim Jong Il", day="2011-05-20"),
    ]
    result = fuse(mentions, options=options)
    groups = sorted(sorted(m["id"] for m in e["mentions"]) for e in result.events)
    assert groups == [["a", "b"], ["c"]]
    joined = next(e for e in result.events if len(e["mentions"]) == 2)
    assert joined["merge"] and joined["merge"][0]["keys"][0] == "model"
    apart = detach(result.events, "b", options=options)
    assert sorted(sorted(m["id"] for m in e["mentions"]) for e in apart.events) == [["a"], ["b"], ["c"]]


def test_an_unknown_fusion_model_is_a_config_error():
    from tidings.fuse import fuse

    with pytest.raises(ConfigError):
        fuse([_mention("a", "d1", "Kim visited.")], options=Options().replace(fusion_model="neural"))


def _random_view(rng, i):
    pick = lambda pool, k: frozenset(rng.choice(pool, size=rng.integers(0, k + 1), replace=False).tolist())  # noqa: E731
    lemma = str(rng.choice(["arrive", "arrival", "visit", "trip", "kill", "death", ""]))
    words = " ".join(rng.choice(["quake", "Java", "police", "leader", "visit", "Beijing", "the"], size=rng.integers(0, 6)).tolist())
    vector = rng.normal(size=4) if rng.random() < 0.7 else None
    return View(
        id=str(i), document=str(rng.choice(["d1", "d2"])), sentence=int(rng.integers(0, 4)), lemma=lemma, text=words, vector=vector,
        group="movement" if lemma in ("arrive", "arrival", "visit", "trip") else "",
        participants=pick(["john smith", "smith", "kim jong un", "police"], 2), places=pick(["paris", "rome"], 1),
        times=pick(["y:2008", "y:2011", "m:3", "d:4", "w:monday"], 2),
    )


@pytest.mark.parametrize("seed", range(12))
def test_the_one_pair_features_equal_the_block_features(seed):
    from tidings.fuse.pairwise import pair_vector

    rng = np.random.default_rng(seed)
    a, b = _random_view(rng, 0), _random_view(rng, 1)
    if a.vector is None or b.vector is None:  # a block with one vector only still compares nothing
        a.vector = b.vector = None
    assert np.allclose(pair_vector(a, b), pair_features([a, b])[0, 1])


@pytest.mark.parametrize(
    "response, within_f1, cross_f1",
    [
        ([["a1", "a2", "b1"], ["c1"]], 1.0, 1.0),  # the key itself
        ([["a1", "a2"], ["b1"], ["c1"]], 1.0, 0.0),  # the document's link kept, the cross-document link missed
        ([["a1"], ["a2"], ["b1", "c1"]], 0.0, 0.0),  # a wrong cross-document link, the right ones missed
    ],
)
def test_link_scores_split_pairs_within_and_across_documents(response, within_f1, cross_f1):
    from tidings.evaluate.fusion import _by_document, _links

    document_of = {"a1": "A", "a2": "A", "b1": "B", "c1": "C"}
    key = [["a1", "a2", "b1"], ["c1"]]
    links = _links(key, response, document_of)
    assert links["within_link_f1"] == pytest.approx(within_f1)
    assert links["cross_link_f1"] == pytest.approx(cross_f1)
    assert sorted(map(sorted, _by_document(key, document_of))) == [["a1", "a2"], ["b1"], ["c1"]]
