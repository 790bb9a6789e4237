"""Sub-topic document clustering, synonym sets and the sub-topic figures of the fusion evaluation (no model load)."""

from __future__ import annotations

import json

import pytest

from tidings import KnowledgeError
from tidings.evaluate.fusion import _subtopic, run_fusion
from tidings.fuse.families import load_families
from tidings.fuse.pairwise import (
    FEATURES,
    Tfidf,
    View,
    cluster_documents,
    pair_features,
    pair_vector,
    salient_words,
)

COL = {name: i for i, name in enumerate(FEATURES)}

# two earthquakes (topic words shared, places and years apart) and one Oscars ceremony
QUAKES = [
    "A strong earthquake struck Sumatra in 2009 , the earthquake killed 300 in Padang",
    "The earthquake in Sumatra killed hundreds in Padang , rescuers said in 2009",
    "An earthquake struck California in 2014 and shook Napa , the earthquake injured 100",
    "Napa earthquake : California quake injures 100 in 2014",
    "Hugh Jackman will host the Oscars , the Academy said",
]


def test_salient_words_count_names_and_numbers_twice():
    words = salient_words("The quake hit Padang in 2009")
    assert words.count("padang") == 3  # once as a content word, twice as a name
    assert words.count("#2009") == 2
    assert words.count("quake") == 1 and "the" not in words


@pytest.mark.parametrize("subtopic_threshold, split", [(0.0, False), (0.15, True)])
def test_documents_split_into_sub_topics_by_names_and_numbers(subtopic_threshold, split):
    rows = Tfidf(QUAKES)(QUAKES)
    labels = cluster_documents(rows, 0.05, texts=QUAKES, subtopic_threshold=subtopic_threshold)
    assert labels[0] == labels[1] and labels[2] == labels[3]
    assert labels[4] not in labels[:4]
    assert (labels[0] != labels[2]) is split


def test_shared_arguments_join_documents_into_one_sub_topic():
    texts = ["the earthquake killed many people", "the earthquake destroyed homes", "the earthquake injured children"]
    rows = Tfidf(texts)(texts)
    assert len(set(cluster_documents(rows, 0.05))) == 1
    alone = cluster_documents(rows, 0.05, texts=texts, subtopic_threshold=0.2)
    joined = cluster_documents(rows, 0.05, texts=texts, subtopic_threshold=0.2, arguments=[["sumatra"], ["sumatra", "sumatra"], ["napa"]])
    assert len(set(alone)) == 3
    assert joined[0] == joined[1] != joined[2]


def test_document_clustering_rejects_texts_that_do_not_match_the_rows():
    rows = Tfidf(QUAKES)(QUAKES)
    with pytest.raises(ValueError, match="texts"):
        cluster_documents(rows, 0.1, texts=QUAKES[:2], subtopic_threshold=0.1)


@pytest.mark.parametrize(
    "lemma, synonym",
    [("killing", "death"), ("died", "death"), ("murder", "death"), ("fatal shooting", "death"), ("captured", "arrest"),
     ("catch fire", "blaze"), ("hit and run", "impact"), ("visit", ""), ("", "")],
)
def test_trigger_lemmas_find_their_synonym_set(lemma, synonym):
    assert load_families().synonym_of(lemma) == synonym


def test_user_files_add_synonym_sets_and_bad_ones_are_refused(tmp_path):
    (tmp_path / "fusion_extra.toml").write_text('[synonyms]\nceremony = ["oscars", "academy awards"]\n', encoding="utf-8")
    fams = load_families((str(tmp_path),))
    assert fams.synonym_of("academy awards") == fams.synonym_of("oscars") == "ceremony"
    assert load_families().synonym_of("oscars") == ""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "fusion_bad.toml").write_text('[synonyms]\nceremony = "oscars"\n', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="ceremony"):
        load_families((str(bad),))


def test_trained_fusion_sees_the_synonym_sets_of_the_users_files(tmp_path):
    from test_fuse_factory import mention

    from tidings import Options
    from tidings.fuse.clustering import Clusterer
    from tidings.fuse.pairwise import view_of
    from tidings.fuse.similarity import prepare

    (tmp_path / "fusion_extra.toml").write_text('[synonyms]\nceremony = ["oscars", "academy awards"]\n', encoding="utf-8")
    options = Options(fusion_model="trained", knowledge_paths=[str(tmp_path)])
    families = load_families(tuple(options.knowledge_paths))
    rec = prepare(mention(trigger="oscars"), families)
    scorer = Clusterer.for_options(options).scorer
    assert scorer._view(rec).synonym == "ceremony"  # the families fusion prepared the record with
    assert view_of(rec).synonym == ""  # the built-in families alone know no such set


def _view(i, doc, lemma, synonym=""):
    return View(id=str(i), document=doc, sentence=0, lemma=lemma, text=f"they reported the {lemma}", synonym=synonym, order=(doc, i))


def test_synonyms_are_a_feature_of_their_own_and_stream_like_the_block():
    views = [_view(0, "d1", "kill", "death"), _view(1, "d2", "murder", "death"), _view(2, "d2", "kill", "death"), _view(3, "d3", "arrest", "arrest")]
    f = pair_features(views)
    assert f[0, 1, COL["same_synonym"]] == 1 and f[0, 1, COL["synonym_x_document"]] > 0
    assert f[0, 2, COL["same_synonym"]] == 0 and f[0, 2, COL["same_lemma"]] == 1  # same lemma is not counted twice
    assert f[0, 3, COL["same_synonym"]] == 0
    for i, j in ((0, 1), (0, 2), (1, 3)):
        assert pair_vector(views[i], views[j])[COL["same_synonym"]] == f[i, j, COL["same_synonym"]]


@pytest.mark.parametrize("document, subtopic", [("35_7ecb.xml", "35ecb"), ("35_7ecbplus.xml", "35ecbplus"), ("2_10ecbplus.xml", "2ecbplus")])
def test_gold_sub_topic_comes_from_the_document_id(document, subtopic):
    assert _subtopic(document) == subtopic


def _mention(doc, mid, text, chain, sentence):
    return {
        "doc_id": doc, "sent_id": "0", "m_id": str(mid), "tokens_ids": [1], "tokens_str": text, "coref_chain": chain,
        "full_sentence": sentence, "left_sentence": sentence.split()[0], "topic": "1", "mention_type": "ACT", "is_pronoun": False,
    }


def test_fusion_task_scores_the_sub_topic_oracle_and_the_lemma_baseline_within_sub_topics(tmp_path):
    root = tmp_path / "ariecattan"
    root.mkdir()
    # one arrest told twice in the `ecb` half, another arrest in the `ecbplus` half: same lemma, two events
    events = [
        _mention("1_1ecb.xml", 1, "arrested", "A", "Police arrested Smith in Boston"),
        _mention("1_2ecb.xml", 2, "arrested", "A", "Officers arrested Smith in Boston"),
        _mention("1_3ecbplus.xml", 3, "arrested", "B", "Police arrested Jones in Denver"),
    ]
    (root / "dev_event_gold_mentions.json").write_text(json.dumps(events))
    (root / "dev_entity_gold_mentions.json").write_text("[]")
    figures = run_fusion(tmp_path, use_model=False).figures
    assert figures["lemma_subtopic_conll_f1"] == pytest.approx(1.0)
    assert figures["lemma_subtopic_conll_f1"] > figures["lemma_conll_f1"]
    assert 0.0 <= figures["oracle_subtopic_conll_f1"] <= 1.0
