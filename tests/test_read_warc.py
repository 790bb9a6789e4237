"""Web archives: one document per HTML/text response, URL and fetch date kept, bad records one error each."""

from __future__ import annotations

import io
import sys

import pytest

pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from tidings import EmptyInput, MalformedInput, ReadError, TooLarge, UnsupportedInput  # noqa: E402
from tidings._options import Options  # noqa: E402
from tidings.read import ReadCounts, iter_inputs  # noqa: E402

PAGE = (
    "<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav><article>"
    "<p>Officials said the talks in {city} would resume on Monday after a week of delays, according to diplomats.</p>"
    "<p>The previous round collapsed after both sides accused each other of breaking the ceasefire.</p>"
    "</article></body></html>"
)
CITIES = ["Geneva", "Vienna", "Doha", "Oslo"]


def _response(writer, i, *, status="200 OK", ctype="text/html; charset=utf-8", body=None, date=None):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    payload = body if body is not None else PAGE.format(title=f"Talks in {CITIES[i]}", city=CITIES[i]).encode()
    headers = {"WARC-Date": date or f"2024-05-0{i + 1}T10:00:00Z"}
    return _record(writer, f"https://news.example/{i}", "response", payload, http_headers=http, warc_headers_dict=headers)


def _record(writer, uri, kind, payload, **kw):
    """A record with its length given (without it warcio spools the payload to a temporary file it never closes)."""
    return writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), length=len(payload), **kw)


def _write(path, gz, records):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for make in records:
            rec = make(writer)
            if isinstance(rec, bytes):
                fh.write(rec)
            else:
                writer.write_record(rec)
    return path


def _docs(items):
    return [i for i in items if isinstance(i, dict)]


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def gz(request):
    return request.param


def test_each_html_response_is_one_document_with_url_and_fetch_date(tmp_path, gz):
    path = _write(tmp_path / ("crawl.warc" + (".gz" if gz else "")), gz, [lambda w, i=i: _response(w, i) for i in range(3)])
    counts = ReadCounts()
    items = list(iter_inputs([str(path)], counts=counts))
    docs = _docs(items)
    assert len(docs) == 3 == len(items)
    assert [d["url"] for d in docs] == [f"https://news.example/{i}" for i in range(3)]
    assert [d["fetched"] for d in docs] == [f"2024-05-0{i + 1}T10:00:00Z" for i in range(3)]
    assert all(d["published"] == d["fetched"][:10] and d["provenance"]["published"] == "fetched" for d in docs)
    assert [d["title"] for d in docs] == ["Talks in Geneva", "Talks in Vienna", "Talks in Doha"]
    assert all("Home | World" not in d["text"] and d["source_path"] == str(path) for d in docs)
    offsets = [d["source_offset"] for d in docs]
    assert offsets == sorted(offsets) and offsets[0] > 0
    assert counts.skipped_records == {"warcinfo record": 1}


def test_non_article_records_are_skipped_and_counted(tmp_path, gz):
    records = [
        lambda w: _response(w, 0),
        lambda w: _response(w, 1, status="404 Not Found"),
        lambda w: _response(w, 2, status="301 Moved Permanently"),
        lambda w: _response(w, 3, ctype="image/png", body=b"\x89PNG\r\n"),
        lambda w: _record(w, "https://news.example/0", "request", b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        lambda w: _record(w, "https://news.example/t", "resource", b"Officials in Oslo said the talks would resume on Monday after a long pause.", warc_headers_dict={"Content-Type": "text/plain"}),
    ]
    counts = ReadCounts()
    items = list(iter_inputs([str(_write(tmp_path / "mixed.warc", gz, records))], counts=counts))
    assert [d["url"] for d in _docs(items)] == ["https://news.example/0", "https://news.example/t"]
    assert len(items) == 2
    assert counts.skipped_records == {"warcinfo record": 1, "HTTP 404 response": 1, "HTTP 301 response": 1, "image/png content": 1, "request record": 1}


def test_a_corrupt_record_is_one_error_naming_its_offset_and_the_rest_is_read(tmp_path, gz):
    garbage = b"\x1f\x8b\x08\x00not really gzip" if gz else b"WARC/1.0\r\nContent-Length: 5\r\n\r\nxxxxxxxxxx\r\n\r\n"
    records = [lambda w: _response(w, 0), lambda w: garbage, lambda w: _response(w, 1), lambda w: _response(w, 2)]
    path = _write(tmp_path / ("bad.warc" + (".gz" if gz else "")), gz, records)
    items = list(iter_inputs([str(path)]))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d["url"] for d in _docs(items)] == [f"https://news.example/{i}" for i in range(3)]
    assert len(errors) == 1 and isinstance(errors[0], MalformedInput) and f"{path}@" in str(errors[0]) and "\n" not in str(errors[0])
    first_bad = int(str(errors[0]).split("@", 1)[1].split(":", 1)[0])
    assert _docs(items)[0]["source_offset"] < first_bad < _docs(items)[1]["source_offset"]


def test_a_truncated_archive_keeps_the_records_before_the_cut(tmp_path, gz):
    path = _write(tmp_path / "cut.warc", gz, [lambda w, i=i: _response(w, i) for i in range(3)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    items = list(iter_inputs([str(path)]))
    assert [d["url"] for d in _docs(items)][:2] == ["https://news.example/0", "https://news.example/1"]
    assert all(isinstance(i, (dict, ReadError)) and "\n" not in str(i if isinstance(i, ReadError) else "") for i in items)


def test_a_record_over_the_byte_cap_is_refused_alone(tmp_path, gz):
    big = PAGE.format(title="Long", city="Geneva " * 4000).encode()
    records = [lambda w: _response(w, 0), lambda w: _response(w, 1, body=big), lambda w: _response(w, 2)]
    items = list(iter_inputs([str(_write(tmp_path / "big.warc", gz, records))], options=Options(max_bytes=20_000)))
    assert [type(i).__name__ if isinstance(i, ReadError) else "doc" for i in items] == ["doc", "TooLarge", "doc"]
    assert isinstance(items[1], TooLarge) and "@" in str(items[1])


def test_an_archive_without_articles_says_what_it_held(tmp_path):
    path = _write(tmp_path / "empty.warc", False, [lambda w: _response(w, 0, ctype="application/json", body=b"{}")])
    items = list(iter_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], EmptyInput)
    assert "application/json content" in str(items[0]) and "warcinfo" in str(items[0])


def test_a_warc_file_without_the_extension_is_recognised_by_content(tmp_path):
    path = _write(tmp_path / "capture.dat", False, [lambda w: _response(w, 0)])
    assert [d["url"] for d in _docs(iter_inputs([str(path)]))] == ["https://news.example/0"]


def test_without_warcio_each_archive_is_one_error_with_the_install_line(tmp_path, monkeypatch):
    path = _write(tmp_path / "crawl.warc", False, [lambda w: _response(w, 0)])
    (tmp_path / "note.txt").write_text("Officials in Geneva said on Monday that the talks would resume next week.")
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    items = list(iter_inputs([str(tmp_path)]))
    assert isinstance(items[0], UnsupportedInput) and "pip install 'tidings[warc]'" in str(items[0])
    assert str(path) in str(items[0]) and "\n" not in str(items[0])
    assert isinstance(items[1], dict)


def test_an_archive_on_stdin_is_streamed_whole_even_over_the_byte_cap(tmp_path, monkeypatch, gz):
    path = _write(tmp_path / "crawl.warc", gz, [lambda w, i=i: _response(w, i) for i in range(3)])
    stdin = type("Stdin", (), {"buffer": io.BytesIO(path.read_bytes())})()
    monkeypatch.setattr(sys, "stdin", stdin)
    cap = path.stat().st_size // 2
    items = list(iter_inputs(["-"], options=Options(max_bytes=cap)))
    assert [d["url"] for d in _docs(items)] == [f"https://news.example/{i}" for i in range(3)] and len(items) == 3
    assert all(d["source_path"] == "<stdin>" for d in _docs(items))
