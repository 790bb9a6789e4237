"""Reading and coding on a real local Dask cluster (two worker processes) give the records of one process.

One cluster for the module; one single-process ingest of the same corpus is
the reference. Records are compared whole: documents (all fields but the
store's ``ingested_at``), mention records (with their ids, ``m-<document>-<n>``)
and fused events, each sorted by id.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from tidings import Options, open_store  # noqa: E402
from tidings._ingest import ingest  # noqa: E402
from tidings.cli import cli  # noqa: E402
from tidings.cluster import ingest_cluster, load_partitions, write_partitions  # noqa: E402

ARTICLES = {
    "talks.txt": (
        "Iran and France hold nuclear talks in Geneva\n\n"
        "GENEVA, March 3, 2025 - Iranian Foreign Minister Abbas Araghchi met French officials in Geneva on Monday "
        "to discuss the nuclear programme, the foreign ministry said.\n\n"
        "The French government condemned the missile test carried out by Iran last week, according to a statement.\n\n"
        "Police arrested two protesters outside the venue on Tuesday, witnesses told Reuters."
    ),
    "aid.txt": (
        "Japan pledges aid to Ukraine\n\n"
        "TOKYO, April 9, 2025 - Japan promised to send humanitarian aid to Ukraine, Prime Minister Shigeru Ishiba said on Wednesday.\n\n"
        "Ukrainian President Volodymyr Zelensky thanked Japan and said Kyiv would sign an agreement with Tokyo next month.\n\n"
        "Russia accused Japan of interfering in the conflict, the Russian foreign ministry said in a statement."
    ),
    "strike.txt": (
        "Israeli strike kills militants in Gaza\n\n"
        "JERUSALEM, May 2, 2025 - Israeli forces attacked a Hamas position in Gaza on Thursday, killing three militants, the army said.\n\n"
        "Egypt called on Israel and Hamas to resume negotiations, Egyptian officials told AFP.\n\n"
        "The United Nations warned that fighting could displace thousands of civilians."
    ),
    "fr.txt": (
        "Le gouvernement français a annoncé mardi de nouvelles mesures économiques pour soutenir les agriculteurs. "
        "Le ministre a rencontré les syndicats à Paris et promis une aide rapide aux exploitations touchées par la sécheresse."
    ),
    "empty.txt": "   \n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Articles (one copied under another name, one near-duplicate), a French text, an empty file, a JSONL file."""
    root = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    shutil.copy(root / "aid.txt", root / "aid-copy.txt")
    (root / "talks-update.txt").write_text(ARTICLES["talks.txt"] + " Officials said talks would continue on Friday.", encoding="utf-8")
    lines = [
        json.dumps({"text": "Brazil and Argentina signed a trade agreement in Buenos Aires on Friday, officials said.", "outlet": "Reuters", "published": "2025-06-06"}),
        "{not json",
        json.dumps({"html": "<html><body><article><h1>Kenya protests</h1><p>Kenyan police fired tear gas at protesters in Nairobi on Tuesday, "
                            "the interior ministry said.</p></article></body></html>", "published": "2025-06-10"}),
    ]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def scheduler() -> object:
    """A local Dask cluster with two single-threaded worker processes; its scheduler address."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def one_process(db: Path) -> Options:
    """Options for a single-process ingest (no worker processes where ingest has the ``jobs`` setting)."""
    options = Options(db=str(db))
    return options.replace(jobs=1) if "jobs" in {f.name for f in dataclasses.fields(Options)} else options


def records(db: Path) -> dict[str, list[dict]]:
    with open_store(options=Options(db=str(db))) as store:
        return {
            "documents": sorted(({k: v for k, v in d.items() if k != "ingested_at"} for d in store.iter_documents()), key=lambda d: d["id"]),
            "mentions": sorted(store.iter_mentions(), key=lambda m: m["id"]),
            "events": sorted(store.iter_events(), key=lambda e: e["id"]),
        }


def counts(report) -> dict:
    keep = ("read", "stored", "unchanged", "duplicates", "near_duplicates", "non_english", "coded", "mentions", "events")
    return {k: getattr(report, k) for k in keep} | {"skipped": sorted(report.skipped), "failed": sorted(report.failed)}


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """Records and report counts of the single-process ingest of the corpus."""
    db = tmp_path_factory.mktemp("one") / "one.db"
    report = ingest([str(corpus)], options=one_process(db))
    return records(db), counts(report)


def test_the_reference_corpus_exercises_links_skips_and_languages(reference):
    """Guard: the corpus holds what the comparisons are about, so equality means something."""
    recs, report = reference
    assert report["duplicates"] == 1 and report["near_duplicates"] == 1 and report["non_english"] == 1
    assert {reason.split()[0] for _, reason in report["skipped"]} >= {"E101", "E106"}
    assert len(recs["mentions"]) > 10 and len(recs["events"]) > 5


@pytest.fixture(scope="module")
def cluster_db(corpus: Path, scheduler: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    db = tmp_path_factory.mktemp("cluster") / "cluster.db"
    with open_store(options=Options(db=str(db))) as store:
        report = ingest_cluster([str(corpus)], address=scheduler, store=store, options=Options(db=str(db)))
    return db, counts(report)


@pytest.mark.parametrize("part", ["documents", "mentions", "events"])
def test_cluster_ingest_writes_the_records_of_one_process(cluster_db, reference, part):
    assert records(cluster_db[0])[part] == reference[0][part]


def test_cluster_ingest_reports_what_one_process_reports(cluster_db, reference):
    assert cluster_db[1] == reference[1]


def test_a_second_cluster_ingest_changes_nothing(cluster_db, corpus, scheduler, reference):
    db = cluster_db[0]
    with open_store(options=Options(db=str(db))) as store:
        again = ingest_cluster([str(corpus)], address=scheduler, store=store, options=Options(db=str(db)))
    assert (again.stored, again.coded, again.mentions) == (0, 0, 0)
    assert again.unchanged + again.duplicates == reference[1]["read"]
    assert records(db) == reference[0]


@pytest.fixture(scope="module")
def partitions(corpus: Path, scheduler: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parts") / "set"
    write_partitions([str(corpus)], out, address=scheduler, options=Options(), part_size=4)
    return out


def test_batch_then_load_writes_the_records_of_one_process(partitions, reference, tmp_path):
    db = tmp_path / "loaded.db"
    with open_store(options=Options(db=str(db))) as store:
        report = load_partitions(store, partitions, options=Options(db=str(db)))
    assert records(db) == reference[0]
    assert (report.stored, report.near_duplicates, report.mentions, report.events) == tuple(
        reference[1][k] for k in ("stored", "near_duplicates", "mentions", "events")
    )
    assert sorted(report.skipped) == reference[1]["skipped"]


def test_loading_partitions_twice_changes_nothing(partitions, reference, tmp_path):
    db = tmp_path / "twice.db"
    for _ in range(2):
        with open_store(options=Options(db=str(db))) as store:
            last = load_partitions(store, partitions, options=Options(db=str(db)))
    assert (last.stored, last.mentions, last.fusion.get("changed")) == (0, 0, 0)
    assert records(db) == reference[0]


def test_loading_into_a_store_of_uncoded_documents_codes_them(partitions, corpus, reference, tmp_path):
    """Documents stored by an earlier run without coding get their mentions from the partitions."""
    db = tmp_path / "uncoded.db"
    ingest([str(corpus)], options=one_process(db), code=False)
    with open_store(options=Options(db=str(db))) as store:
        report = load_partitions(store, partitions, options=Options(db=str(db)))
    assert report.stored == 0 and report.mentions == reference[1]["mentions"]
    assert records(db) == reference[0]


def test_partitions_written_in_process_equal_those_of_the_cluster(partitions, corpus, tmp_path):
    import pyarrow.parquet as pq

    here = tmp_path / "here"
    write_partitions([str(corpus)], here, options=Options(), part_size=4)
    for folder in ("documents", "mentions"):
        names = sorted(p.name for p in (partitions / folder).glob("part-*.parquet"))
        assert names == sorted(p.name for p in (here / folder).glob("part-*.parquet"))
        for name in names:
            assert pq.read_table(here / folder / name).equals(pq.read_table(partitions / folder / name))


def test_cli_batch_on_the_cluster_then_fuse_from(corpus, scheduler, reference, tmp_path):
    out, db = tmp_path / "cli-set", tmp_path / "cli.db"
    batch = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "--cluster", scheduler], catch_exceptions=False)
    assert batch.exit_code == 0 and "written" in batch.output
    fused = CliRunner().invoke(cli, ["--db", str(db), "fuse", "--from", str(out)], catch_exceptions=False)
    assert fused.exit_code == 0, fused.output
    assert records(db) == reference[0]
