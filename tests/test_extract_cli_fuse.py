"""`tidings extract FILE...` fuses mentions across the files it is given."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tidings.cli import cli

pytestmark = pytest.mark.model

REPORT_A = """Ministers meet in Vienna

By Ana Petrovic

VIENNA, June 3, 2024 - Austrian Chancellor Karl Nehammer met Hungarian Prime Minister Viktor Orban in Vienna on Monday, officials said.
"""

REPORT_B = """Orban in Vienna

June 4, 2024

Hungarian Prime Minister Viktor Orban met Austrian Chancellor Karl Nehammer in Vienna on Monday, the Austrian government said.
"""


def _run(tmp_path, *args):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(REPORT_A)
    b.write_text(REPORT_B)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(cli, ["extract", str(a), str(b), str(empty), *args])
    assert result.exit_code == 0, result.output
    return result


def test_the_same_meeting_in_two_files_is_one_fused_event(tmp_path):
    result = _run(tmp_path)
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    meetings = [e for e in events if e["type"]["cameo"].startswith("04")]
    assert meetings, result.stdout
    best = max(meetings, key=lambda e: e["documents"])
    assert best["documents"] == 2
    assert len({m["document"] for m in best["mentions"]}) == 2
    assert best["independent_sources"] == 2
    assert "E101" in result.stderr  # the empty file is skipped with its reason, the batch goes on


def test_no_fuse_prints_one_record_per_mention(tmp_path):
    result = _run(tmp_path, "--no-fuse")
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    meetings = [e for e in events if e["type"]["cameo"].startswith("04")]
    assert len(meetings) >= 2
    assert all(e["documents"] == 1 for e in meetings)
