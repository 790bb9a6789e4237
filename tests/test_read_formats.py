"""Each input format reaches a clean document: text, HTML, JSONL, folders, globs, stdin, gzip."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from tidings import ReadError
from tidings.read import detect_format, iter_inputs, read_article

ARTICLE = (
    "Ministers Meet in Geneva\n\n"
    "By Ana Lima\n\n"
    "GENEVA (AP) - Foreign ministers from six countries met on Tuesday to discuss a ceasefire in the region. "
    "The talks lasted four hours and ended without a joint statement.\n\n"
    "A second round is planned for next month, officials said after the meeting.\n"
)

HTML = """<!DOCTYPE html><html><head><title>Ministers Meet in Geneva</title>
<meta name="author" content="Ana Lima"><meta property="article:published_time" content="2021-05-04T10:00:00Z">
<meta property="og:site_name" content="Example News"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ministers Meet in Geneva</h1>
<p>Foreign ministers from six countries met on Tuesday to discuss a ceasefire in the region. The talks lasted four hours and ended without a joint statement.</p>
<p>A second round is planned for next month, officials said after the meeting, and observers expect progress on prisoner exchanges.</p>
</article><footer><p>Copyright 2021 Example News. All rights reserved.</p></footer></body></html>"""


def _docs(items):
    docs = [d for d in items if not isinstance(d, ReadError)]
    errors = [d for d in items if isinstance(d, ReadError)]
    return docs, errors


@pytest.mark.parametrize(
    "content, name, expected",
    [
        (ARTICLE, None, "text"),
        (HTML, None, "html"),
        ("<p>One paragraph</p><p>Two</p><div>three</div><br>", None, "html"),
        ('{"text": "A story."}\n{"text": "Another."}\n', None, "jsonl"),
        ("Prices rose 3% as x < y and y > z in the model.", None, "text"),
        ('{"text": "x"}', "a.jsonl", "jsonl"),
    ],
)
def test_format_is_detected_by_content(content, name, expected):
    assert detect_format(content, name) == expected


def test_plain_text_article_is_read_with_metadata():
    doc = read_article(ARTICLE)
    assert doc["format"] == "text"
    assert doc["title"] == "Ministers Meet in Geneva"
    assert doc["author"] == "Ana Lima"
    assert doc["text"].startswith("GENEVA (AP) - Foreign ministers")
    assert "\n\nA second round" in doc["text"]
    assert doc["dateline"] == {"place": "Geneva", "agency": "AP"}
    assert doc["original_outlet"] == "AP"
    assert doc["language"] == "en"
    assert doc["words"] == sum(any(c.isalnum() for c in t) for t in doc["text"].split())


def test_html_article_gets_main_text_and_markup_metadata():
    doc = read_article(HTML, url="https://example.com/geneva")
    assert doc["format"] == "html"
    assert doc["title"] == "Ministers Meet in Geneva"
    assert doc["author"] == "Ana Lima"
    assert doc["published"] == "2021-05-04" and doc["provenance"]["published"] == "found"
    assert "ceasefire in the region" in doc["text"]
    assert "All rights reserved" not in doc["text"]
    assert not doc["text"].startswith("Ministers Meet")
    assert any("All rights reserved" in r["text"] for r in doc["removed"])


def test_given_arguments_override_found_metadata():
    doc = read_article(HTML, title="Geneva talks", author="Desk", outlet="Wire", published="2021-05-05T08:00:00")
    assert (doc["title"], doc["author"], doc["outlet"], doc["published"]) == ("Geneva talks", "Desk", "Wire", "2021-05-05")
    assert {doc["provenance"][k] for k in ("title", "author", "outlet", "published")} == {"given"}


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b" / "page.html").write_text(HTML)
    (tmp_path / "b" / "c" / "more.txt").write_text(ARTICLE.replace("Tuesday", "Friday"))
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    docs, errors = _docs(list(iter_inputs([str(tmp_path)])))
    assert not errors
    assert [d["source_path"] for d in docs] == [str(tmp_path / p) for p in ("a.txt", "b/c/more.txt", "b/page.html")]
    assert [d["format"] for d in docs] == ["text", "text", "html"]


def test_glob_selects_matching_files(tmp_path):
    for i in range(3):
        (tmp_path / f"n{i}.txt").write_text(ARTICLE.replace("six", f"{i + 2}"))
    (tmp_path / "skip.md").write_text(ARTICLE)
    docs, errors = _docs(list(iter_inputs([str(tmp_path / "*.txt")])))
    assert len(docs) == 3 and not errors


def test_glob_without_match_is_reported_not_raised(tmp_path):
    items = list(iter_inputs([str(tmp_path / "*.nothing")]))
    assert len(items) == 1 and isinstance(items[0], ReadError)


def test_stdin_is_read_with_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    docs, errors = _docs(list(iter_inputs(["-"])))
    assert len(docs) == 1 and docs[0]["source_path"] == "<stdin>" and not errors


def test_jsonl_lines_become_documents_with_their_fields(tmp_path):
    lines = [
        {"text": ARTICLE, "url": "https://a.example/1", "outlet": "A Daily", "published": "2021-05-04"},
        {"html": HTML, "title": "Own title"},
        {"text": ARTICLE.replace("six", "nine"), "author": "Someone Else"},
    ]
    path = tmp_path / "batch.data"  # no telling extension: detected by content
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    docs, errors = _docs(list(iter_inputs([str(path)], outlet="Batch Outlet")))
    assert not errors and len(docs) == 3
    assert [d["source_line"] for d in docs] == [1, 2, 3]
    assert docs[0]["outlet"] == "A Daily" and docs[0]["url"] == "https://a.example/1"
    assert docs[0]["published"] == "2021-05-04" and docs[0]["provenance"]["published"] == "given"
    assert docs[1]["format"] == "html" and docs[1]["title"] == "Own title"
    assert docs[2]["outlet"] == "Batch Outlet" and docs[2]["author"] == "Someone Else"


def test_gzipped_file_is_read(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(HTML.encode("utf-8")))
    docs, errors = _docs(list(iter_inputs([str(path)])))
    assert not errors and docs[0]["format"] == "html"


def test_a_single_path_string_is_one_path(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    docs, errors = _docs(list(iter_inputs(str(tmp_path / "a.txt"))))
    assert len(docs) == 1 and not errors
