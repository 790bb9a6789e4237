"""Settings reach coding: knowledge files, lexicons and the environment change what is coded; failures are per document."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tidings import CodingError, Options, ingest, open_store
from tidings.cli import cli as cli_main
from tidings.code import CodingContext, CodingSettings, build_pipeline, code_documents, coding_context

pytestmark = pytest.mark.model

SENTENCE = "Zorblat Vexmoor met Xi Jinping in Beijing on Monday."


def _knowledge_folder(path, country: str):
    path.mkdir()
    (path / "people.toml").write_text(
        f'version = "1"\nsource = "test"\n\n[[person]]\nname = "Zorblat Vexmoor"\ncountry = "{country}"\nsector = "GOV"\n',
        encoding="utf-8",
    )
    return path


def _codes(nlp, text: str = SENTENCE, published: str = "2018-03-28") -> list[tuple]:
    events = code_documents([{"id": "d1", "text": text, "published": published, "language": "en"}], nlp=nlp)["d1"]
    return sorted((e["type"]["cameo"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"), e["status"]) for e in events)


@pytest.fixture(scope="module")
def two_pipelines(tmp_path_factory):
    """Two pipelines in one process, built from knowledge files that disagree about one person."""
    root = tmp_path_factory.mktemp("kb")
    fra = build_pipeline(Options(knowledge_paths=[str(_knowledge_folder(root / "fra", "FRA"))]))
    deu = build_pipeline(Options(knowledge_paths=[str(_knowledge_folder(root / "deu", "DEU"))]))
    return fra, deu


def test_two_pipelines_with_different_knowledge_code_the_same_sentence_differently(two_pipelines):
    fra, deu = two_pipelines
    assert _codes(fra) == [("040", "FRAGOV", "CHNGOV", "reported")]
    assert _codes(deu) == [("040", "DEUGOV", "CHNGOV", "reported")]
    assert _codes(fra) == [("040", "FRAGOV", "CHNGOV", "reported")]  # the second pipeline did not change the first


def test_a_pipeline_without_the_file_does_not_know_the_person(nlp):
    assert _codes(nlp) == [("040", None, "CHNGOV", "reported")]


def test_a_claims_lexicon_setting_changes_status_and_certainty(tmp_path, nlp):
    (tmp_path / "modality-desk.toml").write_text('[reliability]\noutlet = 0.5\n\n[hedge]\nglorpily = 0.3\n', encoding="utf-8")
    desk = build_pipeline(Options(claims_lexicon=[str(tmp_path)]))
    text = "Kim Jong Un met Xi Jinping in Beijing on Monday."
    [plain] = code_documents([{"id": "d", "text": text, "published": "2018-03-28", "language": "en"}], nlp=nlp)["d"]
    [mine] = code_documents([{"id": "d", "text": text, "published": "2018-03-28", "language": "en"}], nlp=desk)["d"]
    assert (plain["status"], plain["certainty"]) == ("reported", 0.85)
    assert (mine["status"], mine["certainty"]) == ("reported", 0.5)
    assert coding_context(desk).claims.hedge["glorpily"] == 0.3
    assert "glorpily" not in coding_context(nlp).claims.hedge


def test_an_event_lexicon_row_in_a_knowledge_folder_adds_an_event_type(tmp_path, nlp):
    (tmp_path / "desk.lexicon.tsv").write_text("V\tparley\t-\t-\t046\tstrong\n", encoding="utf-8")
    extended = build_pipeline(Options(knowledge_paths=[str(tmp_path)]))
    text = "Chinese officials parleyed with Japanese diplomats in Tokyo on Monday."
    assert not any(c[0] == "046" for c in _codes(nlp, text))
    assert [c[0] for c in _codes(extended, text)] == ["046"]


def test_settings_travel_in_the_component_config(two_pipelines):
    fra, _ = two_pipelines
    settings = coding_context(fra).settings
    assert fra.get_pipe_config("tidings_code")["knowledge_paths"] == list(settings.knowledge_paths)
    assert CodingSettings.from_config(fra.get_pipe_config("tidings_code")) == settings
    assert fra.get_pipe("tidings_events").context.settings == settings


def test_context_from_options_carries_every_coding_setting(tmp_path):
    options = Options(knowledge_paths=[str(tmp_path)], actor_dictionaries=["a.txt"], claims_lexicon=["c.toml"])
    settings = CodingContext.from_options(options).settings
    assert settings == CodingSettings(knowledge_paths=(str(tmp_path),), actor_dictionaries=("a.txt",), claims_lexicon=("c.toml",))


def test_environment_knowledge_paths_change_what_extract_codes(tmp_path):
    folder = _knowledge_folder(tmp_path / "kb", "FRA")
    article = tmp_path / "article.txt"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    runner = CliRunner()
    args = ["extract", str(article), "--published", "2018-03-28"]
    plain = runner.invoke(cli_main, args, env={"TIDINGS_KNOWLEDGE_PATHS": ""})
    mine = runner.invoke(cli_main, args, env={"TIDINGS_KNOWLEDGE_PATHS": str(folder)})
    assert plain.exit_code == 0 and mine.exit_code == 0, (plain.output, mine.output)

    def sources(output: str) -> list:
        return [(json.loads(line)["source"] or {}).get("code") for line in output.splitlines() if line.startswith("{")]

    assert sources(plain.stdout) == [None]
    assert sources(mine.stdout) == ["FRAGOV"]


@pytest.fixture
def failing_on_marker(monkeypatch):
    """Coding raises on any sentence holding the word 'Zorblat' (an engine bug on one document)."""
    import tidings.code.mentions as mentions

    real = mentions._facts

    def facts(doc, *args, **kwargs):
        if "Zorblat" in doc.text:
            raise RuntimeError("engine bug")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(mentions, "_facts", facts)


def test_code_documents_reports_the_failed_document_and_codes_the_rest(nlp, failing_on_marker):
    docs = [
        {"id": "good", "text": "Kim Jong Un met Xi Jinping in Beijing on Monday.", "published": "2018-03-28", "language": "en"},
        {"id": "bad", "text": SENTENCE, "published": "2018-03-28", "language": "en"},
    ]
    errors: list[CodingError] = []
    out = code_documents(docs, nlp=nlp, on_error=errors.append)
    assert list(out) == ["good"] and out["good"]
    assert [e.path for e in errors] == ["bad"]
    assert "RuntimeError: engine bug" in str(errors[0]) and str(errors[0]).startswith("E503 bad: ")
    with pytest.raises(CodingError, match="E503 bad: coding failed"):
        code_documents(docs, nlp=nlp)


def test_ingest_lists_a_document_whose_coding_raises_and_codes_the_rest(tmp_path, failing_on_marker, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    more = " The two leaders discussed trade and security, and their aides said the talks would continue next month."
    (folder / "a.txt").write_text("Kim Jong Un met Xi Jinping in Beijing on Monday." + more + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(SENTENCE + more + "\n", encoding="utf-8")
    (folder / "c.txt").write_text("Police arrested three protesters in Cairo on Tuesday. The men were taken to a police station in the city centre, officials said.\n", encoding="utf-8")
    options = Options(db=str(tmp_path / "t.db"))
    with open_store(options=options) as store:
        report = ingest([str(folder)], store=store, options=options, published="2018-03-28")
        assert report.stored == 3 and report.coded == 2
        assert len(report.failed) == 1 and "E503" in report.failed[0][1] and "engine bug" in report.failed[0][1]
        failed_id = report.failed[0][0]
        assert store.get_document(failed_id)["text"].startswith("Zorblat")  # stored, not lost
        assert report.events > 0
        assert "failed 1" in report.summary()
        monkeypatch.undo()  # the bug is fixed: a re-run codes the document that failed
        again = ingest([str(folder)], store=store, options=options, published="2018-03-28")
        assert again.coded == 1 and not again.failed
        assert list(store.iter_mentions(document=failed_id))
