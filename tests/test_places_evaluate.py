"""The places evaluation: gold readers for both corpus formats and span matching (no model)."""

from __future__ import annotations

import pytest

from tidings import EvalDataError
from tidings.evaluate.places import _gold_articles, _match, _prf, evaluate_places

LGL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Flooding hit Springfield, Ill. on Monday.]]></text>
    <toponyms>
      <toponym><start>13</start><end>24</end><phrase>Springfield</phrase>
        <gaztag geonameid="4250542"><name>Springfield</name><lat>39.80</lat><lon>-89.64</lon>
          <country geonameid="6252001">United States</country></gaztag></toponym>
      <toponym><start>26</start><end>30</end><phrase>Ill.</phrase></toponym>
    </toponyms>
  </article>
  <article docid="2"><text>Nothing here.</text><toponyms count="0"/></article>
</articles>
"""

GEOVIRUS_STYLE = """<articles><article><source>x</source>
<text>Cases rose in Lagos.</text>
<locations><location><name>Lagos</name><start>14</start><end>19</end><lat>6.45</lat><lon>3.39</lon><page>p</page></location></locations>
</article></articles>
"""


def test_reads_offsets_coordinates_and_country_ids(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_STYLE, encoding="utf-8")
    articles = list(_gold_articles(path, None))
    assert len(articles) == 2
    text, gold = articles[0]
    assert [g["text"] for g in gold] == ["Springfield", "Ill."]
    assert gold[0]["lat"] == pytest.approx(39.80) and gold[0]["country_gid"] == 6252001
    assert "lat" not in gold[1]  # a toponym without a gazetteer tag counts for recognition only


def test_reads_the_location_format_and_honours_limit(tmp_path):
    path = tmp_path / "GeoVirus.xml"
    path.write_text(GEOVIRUS_STYLE, encoding="utf-8")
    [(text, gold)] = list(_gold_articles(path, 5))
    assert text[gold[0]["start"]:gold[0]["end"]] == "Lagos" and gold[0]["lon"] == pytest.approx(3.39)
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(LGL_STYLE, encoding="utf-8")
    assert len(list(_gold_articles(lgl, 1))) == 1


@pytest.mark.parametrize(
    "pred, gold, matched",
    [
        ([(0, 5)], [(0, 5)], 1),
        ([(0, 9)], [(4, 8)], 1),  # overlap is enough
        ([(0, 3)], [(3, 6)], 0),  # touching is not overlap
        ([(0, 10)], [(0, 4), (5, 10)], 1),  # one to one
        ([], [(0, 4)], 0),
    ],
)
def test_span_matching_is_one_to_one_overlap(pred, gold, matched):
    as_items = lambda spans: [{"start": s, "end": e} for s, e in spans]  # noqa: E731
    assert len(_match(as_items(pred), as_items(gold))) == matched


@pytest.mark.parametrize("tp, n_pred, n_gold, f1", [(5, 10, 10, 0.5), (0, 0, 3, 0.0), (4, 4, 4, 1.0)])
def test_precision_recall_f1(tp, n_pred, n_gold, f1):
    assert _prf(tp, n_pred, n_gold)[2] == pytest.approx(f1)


def test_missing_corpora_raise_eval_data_error(tmp_path, monkeypatch):
    monkeypatch.setattr("tidings.evaluate.places.load_nlp", lambda: None)
    with pytest.raises(EvalDataError):
        evaluate_places(tmp_path)


def test_unreadable_corpus_raises_eval_data_error(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvalDataError):
        list(_gold_articles(path, None))
