"""Paths that cannot be read are reported with the right reason and code; the batch goes on."""

from __future__ import annotations

import os
import socket

import pytest

from tidings import ReadError
from tidings._errors import MissingInput, NotAFile, UnreadableInput
from tidings.read import iter_inputs
from tidings.read.inputs import expand_paths

GOOD = "Officials said the talks in Geneva would resume on Monday after a week of delays. " * 3


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "zz-good.txt"
    path.write_text(GOOD)
    return str(path)


def _first_error(items):
    return next(i for i in items if isinstance(i, ReadError))


def test_a_missing_path_is_a_missing_input_naming_it(tmp_path, good):
    items = list(iter_inputs([str(tmp_path / "does-not-exist"), good]))
    assert isinstance(items[0], MissingInput) and items[0].code == "E107"
    assert str(tmp_path / "does-not-exist") in str(items[0]) and isinstance(items[1], dict)


def test_a_pattern_matching_nothing_is_a_missing_input(tmp_path):
    (item,) = list(iter_inputs([str(tmp_path / "*.nothing")]))
    assert isinstance(item, MissingInput) and "pattern" in str(item)


def test_a_broken_symlink_names_its_target(tmp_path, good):
    (tmp_path / "dangling").symlink_to(tmp_path / "gone.txt")
    err = _first_error(iter_inputs([str(tmp_path / "dangling"), good]))
    assert isinstance(err, MissingInput) and "broken symlink" in str(err) and "gone.txt" in str(err)


def test_a_symlink_loop_is_reported_as_a_loop(tmp_path, good):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    items = list(iter_inputs([str(tmp_path / "a"), good]))
    assert isinstance(items[0], NotAFile) and "symlink loop" in str(items[0]) and items[0].code == "E108"
    assert isinstance(items[1], dict)


def test_a_folder_linking_to_itself_is_walked_once_and_the_loop_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD)
    (corpus / "again").symlink_to(corpus)
    items = list(iter_inputs([str(corpus)]))
    docs = [i for i in items if isinstance(i, dict)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(docs) == 1 and len(errors) == 1 and "symlink loop" in str(errors[0])


def test_a_fifo_is_reported_and_never_opened(tmp_path, good):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    items = list(iter_inputs([str(fifo), good]))  # opening a FIFO would block forever
    assert isinstance(items[0], NotAFile) and "FIFO" in str(items[0]) and isinstance(items[1], dict)


def test_special_files_inside_a_folder_are_reported_too(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock"))
        (tmp_path / "a.txt").write_text(GOOD)
        items = list(iter_inputs([str(tmp_path)]))
    finally:
        sock.close()
    reasons = sorted(str(i).split(": ", 1)[1] for i in items if isinstance(i, ReadError))
    assert [r.split(" (")[0] for r in reasons] == ["a FIFO", "a socket"]
    assert sum(isinstance(i, dict) for i in items) == 1


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch, good):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(GOOD)
    real_scandir = os.scandir

    def scandir(path):  # root reads any folder, so permissions alone cannot show this
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([str(tmp_path)]))
    err = _first_error(items)
    assert isinstance(err, UnreadableInput) and err.code == "E109" and str(locked) in str(err) and "Permission denied" in str(err)
    assert sum(isinstance(i, dict) for i in items) == 1


def test_an_unreadable_file_is_reported(tmp_path, monkeypatch, good):
    import builtins

    from tidings.read import inputs

    path = tmp_path / "secret.txt"
    path.write_text(GOOD)

    def fake_open(name, *args, **kwargs):  # root opens any file, so permissions alone cannot show this
        if os.fspath(name) == str(path):
            raise PermissionError(13, "Permission denied", str(name))
        return builtins.open(name, *args, **kwargs)

    monkeypatch.setattr(inputs, "open", fake_open, raising=False)
    items = list(iter_inputs([str(path), good]))
    assert isinstance(items[0], UnreadableInput) and "permission denied" in str(items[0]) and isinstance(items[1], dict)


def test_every_reason_is_one_line_with_a_code_the_cli_can_count(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    paths = [str(tmp_path / "nope"), str(tmp_path / "pipe"), str(tmp_path / "loop"), str(tmp_path / "*.none")]
    items = list(expand_paths(paths))
    assert [i.code for i in items] == ["E107", "E108", "E108", "E107"]
    assert all(str(i).count("\n") == 0 for i in items)


def test_hidden_files_are_still_skipped_and_order_is_sorted(tmp_path):
    (tmp_path / ".hidden.txt").write_text(GOOD)
    for name in ["b/2.txt", "a.txt", "b/1.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(GOOD + name)
    assert [os.path.relpath(p, tmp_path) for p in expand_paths([str(tmp_path)])] == ["a.txt", "b/1.txt", "b/2.txt"]


def test_ingest_lists_every_missing_input_with_its_code(tmp_path):
    import tidings

    with tidings.open_store(tmp_path / "t.db") as store:
        report = tidings.ingest([str(tmp_path / "nope"), str(tmp_path / "*.none")], store=store, code=False)
    assert report.read == 0 and [reason[:4] for _, reason in report.skipped] == ["E107", "E107"]
    assert {path for path, _ in report.skipped} == {str(tmp_path / "nope"), str(tmp_path / "*.none")}
