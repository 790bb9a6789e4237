"""The error tree in docs/architecture.md names every error class with its code and parent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tidings._errors as errors

DOC = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"


def documented() -> dict[str, tuple[str, str]]:
    """{class name: (code, parent name)} from the tree drawing."""
    text = DOC.read_text(encoding="utf-8")
    block = text[text.index("```\nTidingsError\n") + 4:]
    block = block[: block.index("```")]
    found: dict[str, tuple[str, str]] = {}
    parents: list[str] = []
    for line in block.splitlines():
        m = re.match(r"^([│ ├└─]*)(\w+)\s*(E\d{3})?", line)
        if not m:
            continue
        depth = len(m.group(1)) // 4
        name = m.group(2)
        parents = parents[:depth] + [name]
        found[name] = (m.group(3) or "E000", parents[-2] if depth else "")
    return found


CLASSES = sorted(
    (cls for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.TidingsError)),
    key=lambda c: c.__name__,
)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_error_class_is_in_the_documented_tree_with_its_code_and_parent(cls):
    tree = documented()
    assert cls.__name__ in tree, f"{cls.__name__} is missing from the error tree in docs/architecture.md"
    code, parent = tree[cls.__name__]
    assert code == cls.code
    expected_parent = next((b.__name__ for b in cls.__bases__ if issubclass(b, errors.TidingsError)), "")
    assert parent == expected_parent


def test_error_codes_are_unique():
    codes = [cls.code for cls in CLASSES]
    assert len(codes) == len(set(codes))
