"""Document ids come from the leaf module tidings._ids; the store does not import the read stage."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

import tidings.store
from tidings import _ids, open_store
from tidings.read import document_id
from tidings.read.identity import normalize_for_id


def test_read_reexports_the_one_document_id():
    assert document_id is _ids.document_id and normalize_for_id is _ids.normalize_for_id


def test_document_id_format():
    text = "  Kim  Jong Un\u00a0visited BEIJING. "
    expected = "d" + hashlib.sha1("kim jong un visited beijing.".encode("utf-8")).hexdigest()[:15]
    assert _ids.document_id(text) == expected
    assert len(expected) == 16


def test_store_gives_an_id_from_the_text():
    with open_store(":memory:") as store:
        assert store.add_document({"text": "Some clean text."}) == "stored"
        assert store.has_document(_ids.document_id("some  clean TEXT."))


def test_store_does_not_import_the_read_stage():
    for path in Path(tidings.store.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                module = "." * node.level + (node.module or "")
                assert not module.startswith(("..read", "tidings.read")), f"{path.name} imports {module}"
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("tidings.read") for a in node.names), path.name
