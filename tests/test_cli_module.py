"""`python -m tidings` is the same command line as the `tidings` script."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(("args", "code", "expected"), [
    (["--version"], 0, "tidings, version"),
    (["eval", "no-such-task"], 1, "unknown evaluation task 'no-such-task'"),
])
def test_python_dash_m_runs_the_command_line(args: list[str], code: int, expected: str) -> None:
    out = subprocess.run([sys.executable, "-m", "tidings", *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == code, out.stderr
    assert expected in out.stdout + out.stderr
