"""Document sub-topics: small sub-topics join the nearest larger one of their topic; the model file keeps that size."""

from __future__ import annotations

import numpy as np
import pytest

from tidings.fuse.pairwise import FEATURES, PairwiseModel, Tfidf, _join_small, cluster_documents

# items 0-2 alike, 3-4 alike, 5 nearer to 3-4 than to 0-2
SIM = np.array([
    [1.0, 0.9, 0.9, 0.1, 0.1, 0.1],
    [0.9, 1.0, 0.9, 0.1, 0.1, 0.2],
    [0.9, 0.9, 1.0, 0.1, 0.1, 0.1],
    [0.1, 0.1, 0.1, 1.0, 0.9, 0.4],
    [0.1, 0.1, 0.1, 0.9, 1.0, 0.3],
    [0.1, 0.2, 0.1, 0.4, 0.3, 1.0],
])


@pytest.mark.parametrize(
    "min_size, expected",
    [
        (1, [0, 0, 0, 1, 1, 2]),  # nothing joins
        (2, [0, 0, 0, 1, 1, 1]),  # the lone item joins the pair it is nearest to
        (3, [0, 0, 0, 0, 0, 0]),  # only the trio is large: the pair and the lone item join it
        (4, [0, 0, 0, 1, 1, 2]),  # no cluster is large enough: nothing joins
    ],
)
def test_small_clusters_join_the_nearest_large_one(min_size, expected):
    assert _join_small(SIM, [0, 0, 0, 1, 1, 2], min_size) == expected


def test_labels_are_numbered_in_order_of_first_item():
    assert _join_small(SIM, [5, 5, 5, 2, 2, 7], 1) == [0, 0, 0, 1, 1, 2]


TEXTS = [
    "earthquake Sumatra Padang magnitude Indonesia buildings collapsed",
    "Padang earthquake Sumatra Indonesia magnitude rescue",
    "Sumatra Padang earthquake Indonesia death toll",
    "earthquake California Hollister magnitude aftershock",
    "California Hollister earthquake aftershock damage",
    "earthquake felt in Hollister",
]


def test_a_lone_document_joins_the_sub_topic_it_shares_most_names_with():
    rows = Tfidf(TEXTS)(TEXTS)
    apart = cluster_documents(rows, 0.01, texts=TEXTS, subtopic_threshold=0.6)
    joined = cluster_documents(rows, 0.01, texts=TEXTS, subtopic_threshold=0.6, min_size=2)
    assert len(set(apart[:3])) == 1 and apart[5] not in (apart[0], apart[3])
    assert joined[5] == joined[3] == joined[4] != joined[0]


@pytest.mark.parametrize(
    ("field", "value", "kept_thresholds", "older_value"),
    [
        ("subtopic_threshold", 0.12, 3, 0.0),  # a file from before sub-topics reads without a sub-topic threshold
        ("subtopic_min_size", 3, 4, 1),  # a file from before the size rule reads as no minimum size
    ],
)
def test_model_file_keeps_its_document_clustering_settings_and_older_files_read_with_defaults(tmp_path, field, value, kept_thresholds, older_value):
    k = len(FEATURES)
    settings = {"subtopic_threshold": 0.1, field: value}
    model = PairwiseModel(weights=np.ones(k), bias=0.0, mean=np.zeros(k), scale=np.ones(k), **settings)
    model.save(tmp_path / "m.npz")
    assert getattr(PairwiseModel.read(tmp_path / "m.npz"), field) == pytest.approx(value)
    with np.load(tmp_path / "m.npz") as data:
        older = {name: data[name] for name in data.files}
    older["thresholds"] = older["thresholds"][:kept_thresholds]
    np.savez(tmp_path / "old.npz", **older)
    back = PairwiseModel.read(tmp_path / "old.npz")
    assert getattr(back, field) == pytest.approx(older_value)
    assert back.subtopic_threshold == pytest.approx(settings["subtopic_threshold"] if kept_thresholds > 3 else 0.0)
