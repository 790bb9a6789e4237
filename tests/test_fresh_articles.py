"""The audit sampler (tools/gold/fresh_articles.py): fresh articles are those the gold set does not hold (no model)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tidings.evaluate import default_data_root
from tidings.evaluate.gold import load_articles


def _sampler():
    path = Path(__file__).resolve().parents[1] / "tools" / "gold" / "fresh_articles.py"
    spec = importlib.util.spec_from_file_location("fresh_articles", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fresh_articles", mod)
    spec.loader.exec_module(mod)
    return sys.modules["fresh_articles"]


@pytest.fixture(scope="module")
def data_root() -> Path:
    root = Path(default_data_root())
    if not (root / "geoparsing-dev").is_dir():
        pytest.skip("no ../shared/eval beside the checkout")
    return root


@pytest.mark.parametrize(("corpus", "prefixes"), [("wire", {"tbaq", "trnews"}), ("local", {"lgl", "geovirus"})])
def test_fresh_articles_are_outside_the_gold_set_and_dated(data_root: Path, corpus: str, prefixes: set[str]) -> None:
    docs = _sampler().gold_free(corpus, data_root)
    gold = {a.id for a in load_articles()}
    assert docs and {d["id"].split("-")[0] for d in docs} == prefixes
    assert not gold & {d["id"] for d in docs}
    assert all(len(d["published"]) == 10 and d["text"].strip() for d in docs)


def test_the_wire_sample_is_every_wire_article_outside_the_gold_set(data_root: Path) -> None:
    docs = _sampler().gold_free("wire", data_root)
    tml = list((data_root / "tempeval3-train/data/TempEval3/Training/TBAQ-cleaned").glob("*/*.tml"))
    taken = sum(1 for a in load_articles() if a.corpus == "tbaq")
    assert sum(1 for d in docs if d["id"].startswith("tbaq-")) == len(tml) - taken


def test_web_pages_are_english_dated_and_long_enough(data_root: Path) -> None:
    if not (data_root / "trafilatura-eval" / "tests" / "evaldata.json").is_file():
        pytest.skip("no trafilatura evaluation pages beside the checkout")
    from tidings.read import detect_language

    docs = _sampler().web_pages(data_root, limit=120)
    assert docs, "some of the first 120 pages are English news with a date"
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert d["id"].startswith("web-") and len(d["text"]) >= 1500
        assert len(d["published"]) == 10 and d["published"][4] == "-"
        assert detect_language(d["text"])[0] == "en"


def test_ecb_train_and_dev_topics_are_sampled_apart(data_root: Path) -> None:
    sampler = _sampler()
    root = data_root / "ecbplus-dev" / "diverse_cdcr"
    train, dev = sampler.documents(root), sampler.documents(root, dev=True)
    assert train and dev and not {d["id"] for d in train} & {d["id"] for d in dev}
    assert all(d["text"].strip() for d in dev)
