"""Generate a corpus of bad (and borderline) inputs for the read stage, one sub-folder per kind.

    python bench/make_bad_inputs.py FOLDER [--list]

Each kind is a small function that writes its input(s) under ``FOLDER/KIND/``
and returns the paths to hand to the reader (a path may be a FIFO, a symlink
loop, or a path that does not exist). Every text is written here; nothing is
copied from elsewhere. ``tests/test_bad_inputs.py`` builds the corpus in a
temporary folder, reads every kind and ingests it into a temporary store, and
checks that each kind yields stored documents or one-line reasons only.

Prints the number of kinds and, with ``--list``, each kind with what it holds.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Callable

GOOD = (
    "Officials said the talks in Geneva would resume on Monday after a week of delays, "
    "according to two diplomats who spoke on condition of anonymity. "
    "The previous round collapsed after both sides accused each other of breaking the ceasefire."
)
UTF8 = "Zoë Müller of the Genève bureau said the “talks” would resume on Monday — officials agreed. " * 3
HTML = "<!doctype html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"

Builder = Callable[[Path], list[str]]
KINDS: dict[str, tuple[str, Builder]] = {}


def kind(name: str, what: str) -> Callable[[Builder], Builder]:
    """Register a kind: ``name`` is its folder, ``what`` one line on what it holds."""

    def register(fn: Builder) -> Builder:
        if name in KINDS:
            raise ValueError(f"kind {name} twice")
        KINDS[name] = (what, fn)
        return fn

    return register


def _write(folder: Path, name: str, data: bytes | str) -> list[str]:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return [str(path)]


def _jsonl(folder: Path, name: str, lines: list[bytes | str]) -> list[str]:
    """A JSONL file with a good record before and after the lines under test."""
    good = [json.dumps({"text": GOOD.replace("Geneva", place)}) for place in ("Vienna", "Oslo")]
    body = [good[0].encode()] + [ln.encode() if isinstance(ln, str) else ln for ln in lines] + [good[1].encode()]
    return _write(folder, name, b"\n".join(body))


def _record(**fields: object) -> str:
    return json.dumps({"text": GOOD, **fields})


# --- JSON Lines ---------------------------------------------------------------------------------

@kind("jsonl-lone-surrogate", "a JSONL line whose text holds a lone surrogate \\ud800")
def _(d: Path) -> list[str]:
    return _jsonl(d, "notes.jsonl", ['{"text": "talks \\ud800 resume"}'])


@kind("jsonl-surrogate-in-title", "a lone surrogate in a JSONL record's title")
def _(d: Path) -> list[str]:
    return _jsonl(d, "notes.jsonl", ['{"text": "' + GOOD + '", "title": "bad \\udfff title"}'])


@kind("jsonl-deep-nesting", "a JSONL line nested 100,000 arrays deep")
def _(d: Path) -> list[str]:
    return _jsonl(d, "deep.jsonl", ["[" * 100_000 + "]" * 100_000])


@kind("jsonl-deep-extra-field", "a record with text and a field nested 100,000 deep")
def _(d: Path) -> list[str]:
    return _jsonl(d, "deep.jsonl", ['{"text": "' + GOOD + '", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"])


@kind("jsonl-huge-integer", "an integer of 10,000 digits (over Python's limit)")
def _(d: Path) -> list[str]:
    return _jsonl(d, "int.jsonl", ['{"text": "' + GOOD + '", "n": ' + "9" * 10_000 + "}"])


@kind("jsonl-invalid-json", "an unterminated string")
def _(d: Path) -> list[str]:
    return _jsonl(d, "broken.jsonl", ['{"text": "unterminated'])


@kind("jsonl-array-line", "a line that is an array, not an object")
def _(d: Path) -> list[str]:
    return _jsonl(d, "array.jsonl", ['["text", "in", "an", "array"]'])


@kind("jsonl-no-text", "a record without text or html")
def _(d: Path) -> list[str]:
    return _jsonl(d, "notext.jsonl", ['{"title": "no body"}'])


@kind("jsonl-text-not-string", "a record whose text is an object")
def _(d: Path) -> list[str]:
    return _jsonl(d, "obj.jsonl", ['{"text": {"body": "nested"}}'])


@kind("jsonl-empty-text", "a record whose text is empty")
def _(d: Path) -> list[str]:
    return _jsonl(d, "empty.jsonl", ['{"text": ""}'])


@kind("jsonl-invalid-bytes", "a JSONL line with invalid UTF-8 bytes inside its text")
def _(d: Path) -> list[str]:
    return _jsonl(d, "bytes.jsonl", [b'{"text": "Officials in Z\xfcrich said on Monday that the \xff talks resume."}'])


@kind("jsonl-crlf-bom", "JSONL with a UTF-8 byte-order mark and CRLF line ends")
def _(d: Path) -> list[str]:
    lines = [_record(title=f"Talks {i}").replace("Geneva", f"Geneva{i}") for i in range(3)]
    return _write(d, "crlf.jsonl", codecs.BOM_UTF8 + "\r\n".join(lines).encode())


@kind("jsonl-blank-only", "a .jsonl file of blank lines")
def _(d: Path) -> list[str]:
    return _write(d, "blank.jsonl", "\n\n   \n")


@kind("jsonl-nan-title", "a title that is NaN")
def _(d: Path) -> list[str]:
    return _jsonl(d, "nan.jsonl", ['{"text": "' + GOOD + '", "title": NaN}'])


@kind("jsonl-huge-line", "a JSONL line of 6 MB, over the 5 MB cap")
def _(d: Path) -> list[str]:
    return _jsonl(d, "huge.jsonl", [json.dumps({"text": "word " * 1_200_000})])


@kind("jsonl-without-extension", "JSON Lines in a file named .txt")
def _(d: Path) -> list[str]:
    return _write(d, "batch.txt", "\n".join(_record(title=f"T{i}").replace("Geneva", f"Bern{i}") for i in range(2)))


# --- JSON ---------------------------------------------------------------------------------------

@kind("json-array", "a .json file holding an array of records")
def _(d: Path) -> list[str]:
    return _write(d, "batch.json", json.dumps([{"text": GOOD}, {"text": GOOD.replace("Geneva", "Doha")}], indent=2))


@kind("json-array-no-extension", "an array of records in a file without extension")
def _(d: Path) -> list[str]:
    return _write(d, "batch", json.dumps([{"text": GOOD.replace("Geneva", "Lima")}]))


@kind("json-object", "a .json file holding one pretty-printed record")
def _(d: Path) -> list[str]:
    return _write(d, "one.json", json.dumps({"text": GOOD, "published": "2024-05-01"}, indent=2))


@kind("json-empty-array", "a .json file holding []")
def _(d: Path) -> list[str]:
    return _write(d, "empty.json", "[]")


@kind("json-scalar", "a .json file holding a number")
def _(d: Path) -> list[str]:
    return _write(d, "n.json", "42")


@kind("json-deep-nesting", "a .json file nested 100,000 deep")
def _(d: Path) -> list[str]:
    return _write(d, "deep.json", "[" * 100_000 + "]" * 100_000)


@kind("json-truncated", "a .json array cut off in the middle")
def _(d: Path) -> list[str]:
    return _write(d, "cut.json", json.dumps([{"text": GOOD}] * 3)[:-40])


@kind("json-mixed-array", "an array of a record, a string, null and a record without text")
def _(d: Path) -> list[str]:
    return _write(d, "mixed.json", json.dumps([{"text": GOOD}, "text", None, {"title": "x"}]))


@kind("json-plain-text", "plain text in a file named .json")
def _(d: Path) -> list[str]:
    return _write(d, "story.json", GOOD)


# --- metadata values ----------------------------------------------------------------------------

@kind("meta-not-a-date", 'published: "not a date"')
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(published="not a date")])


@kind("meta-impossible-date", 'published: "2018-02-30"')
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(published="2018-02-30")])


@kind("meta-number-date", "published: 1522108800 (a number)")
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(published=1522108800)])


@kind("meta-written-date", 'published: "Tue, 27 Mar 2018 14:02:00 +0000"')
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(published="Tue, 27 Mar 2018 14:02:00 +0000")])


@kind("meta-dict-title", "title: an object")
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(title={"main": "Talks", "sub": "resume"})])


@kind("meta-list-title", "title: an array")
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(title=["Talks", "resume"])])


@kind("meta-number-author", "author: a number; outlet: true")
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(author=12, outlet=True)])


@kind("meta-huge-outlet", "outlet: 5,000 characters")
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(outlet="Example " * 625)])


@kind("meta-url-spaces", "url: text with spaces")
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(url="see the article on the site")])


@kind("meta-control-title", "title with control characters and newlines")
def _(d: Path) -> list[str]:
    return _jsonl(d, "meta.jsonl", [_record(title="Talks\x07 resume\n\tin\x1bGeneva")])


@kind("html-bad-meta-date", "an HTML page whose published-date meta tag is not a date")
def _(d: Path) -> list[str]:
    head = '<meta property="article:published_time" content="yesterday-ish">'
    return _write(d, "page.html", HTML.format(title="Talks resume", head=head, body=f"<article><p>{GOOD}</p></article>"))


# --- bytes and encodings ------------------------------------------------------------------------

@kind("ascii-invalid-bytes", "ASCII text with three junk bytes")
def _(d: Path) -> list[str]:
    data = GOOD.encode()
    return _write(d, "junk.txt", data[:60] + b"\x8d\x9d\x90" + data[60:])


@kind("utf8-stray-byte", "UTF-8 text with one stray byte")
def _(d: Path) -> list[str]:
    data = UTF8.encode()
    return _write(d, "stray.txt", data[:50] + b"\xff" + data[50:])


@kind("cp1252-text", "a Windows-1252 article with curly quotes and accents")
def _(d: Path) -> list[str]:
    return _write(d, "legacy.txt", ("“Café” owners in Zürich said prices rose by 5 € — the highest since 2019. " * 4).encode("cp1252"))


@kind("cp1252-one-accent", "ASCII text with one cp1252 accented letter")
def _(d: Path) -> list[str]:
    return _write(d, "accent.txt", GOOD.replace("Geneva", "Genève").encode("cp1252"))


@kind("cyrillic-cp1251", "a Russian article in Windows-1251")
def _(d: Path) -> list[str]:
    text = "Переговоры в Женеве возобновятся в понедельник после недели задержек, сообщили дипломаты. " * 4
    return _write(d, "ru.txt", text.encode("cp1251"))


@kind("utf8-bom", "UTF-8 with a byte-order mark")
def _(d: Path) -> list[str]:
    return _write(d, "bom.txt", codecs.BOM_UTF8 + UTF8.encode())


@kind("utf8-bom-then-latin1", "a UTF-8 byte-order mark before Latin-1 text")
def _(d: Path) -> list[str]:
    return _write(d, "bom.txt", codecs.BOM_UTF8 + ("café crème à côté " * 20).encode("latin-1"))


@kind("utf16-le-bom", "UTF-16 little-endian with a byte-order mark")
def _(d: Path) -> list[str]:
    return _write(d, "u16.txt", UTF8.encode("utf-16"))


@kind("utf16-be-bom", "UTF-16 big-endian with a byte-order mark")
def _(d: Path) -> list[str]:
    return _write(d, "u16be.txt", codecs.BOM_UTF16_BE + UTF8.encode("utf-16-be"))


@kind("utf16-no-bom", "UTF-16 little-endian without a byte-order mark")
def _(d: Path) -> list[str]:
    return _write(d, "u16.txt", UTF8.encode("utf-16-le"))


@kind("utf16-bad-surrogates", "UTF-16 with a byte-order mark and lone surrogates")
def _(d: Path) -> list[str]:
    return _write(d, "u16bad.txt", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00" * 50)


@kind("utf32-bom", "UTF-32 with a byte-order mark")
def _(d: Path) -> list[str]:
    return _write(d, "u32.txt", UTF8.encode("utf-32"))


@kind("utf8-encoded-surrogate", "a surrogate encoded in UTF-8 bytes (CESU-8 style)")
def _(d: Path) -> list[str]:
    return _write(d, "cesu.txt", GOOD.encode() + b" \xed\xa0\x80 end.")


@kind("mojibake", "UTF-8 read as cp1252 and saved again as UTF-8 (â€™)")
def _(d: Path) -> list[str]:
    return _write(d, "moji.txt", UTF8.replace("“", "’").encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))


@kind("nul-bytes", "text with NUL bytes scattered in it")
def _(d: Path) -> list[str]:
    return _write(d, "nul.txt", GOOD.encode().replace(b" ", b" \x00", 5))


@kind("binary-junk", "64 KB of random bytes")
def _(d: Path) -> list[str]:
    return _write(d, "junk.bin", random.Random(14).randbytes(65536))


@kind("binary-no-nul", "random bytes without NUL")
def _(d: Path) -> list[str]:
    return _write(d, "junk.txt", bytes(b or 1 for b in random.Random(15).randbytes(8192)))


@kind("pdf", "a PDF header")
def _(d: Path) -> list[str]:
    return _write(d, "doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")


@kind("png", "a PNG header")
def _(d: Path) -> list[str]:
    return _write(d, "image.html", b"\x89PNG\r\n\x1a\n" + bytes(64))


@kind("zip", "a ZIP archive")
def _(d: Path) -> list[str]:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", GOOD)
    return _write(d, "archive.txt", buf.getvalue())


@kind("control-characters", "text made mostly of control characters")
def _(d: Path) -> list[str]:
    return _write(d, "ctl.txt", bytes(range(1, 9)) * 300)


@kind("empty-file", "a file of zero bytes")
def _(d: Path) -> list[str]:
    return _write(d, "empty.txt", b"")


@kind("whitespace-only", "a file of spaces and newlines")
def _(d: Path) -> list[str]:
    return _write(d, "blank.txt", " \n\t\n   \r\n")


@kind("boilerplate-only", "only menu and share lines")
def _(d: Path) -> list[str]:
    return _write(d, "menu.txt", "Home\nNews\nShare\nTweet\nEmail\nSubscribe now\n")


@kind("huge-line", "one line of 300 KB of words, no newline")
def _(d: Path) -> list[str]:
    return _write(d, "line.txt", ("the talks resume " * 18_000).strip() + ".")


@kind("long-word", "a single 200,000-letter word")
def _(d: Path) -> list[str]:
    return _write(d, "word.txt", "a" * 200_000)


@kind("over-the-cap", "a 5.2 MB text file, over the 5 MB cap")
def _(d: Path) -> list[str]:
    return _write(d, "big.txt", (GOOD + "\n") * 24_000)


@kind("gzip-text", "a gzipped text article")
def _(d: Path) -> list[str]:
    return _write(d, "story.txt.gz", gzip.compress(GOOD.encode()))


@kind("gzip-broken", "a gzip file cut in the middle")
def _(d: Path) -> list[str]:
    return _write(d, "cut.txt.gz", gzip.compress((GOOD * 50).encode())[:100])


@kind("gzip-bomb", "a 60 KB gzip file of 60 MB of spaces")
def _(d: Path) -> list[str]:
    return _write(d, "bomb.txt.gz", gzip.compress(b" " * 60_000_000, compresslevel=9))


@kind("numbers-only", "a file of numbers")
def _(d: Path) -> list[str]:
    return _write(d, "n.txt", " ".join(str(i) for i in range(2000)))


@kind("emoji-rtl", "emoji, right-to-left text and combining marks")
def _(d: Path) -> list[str]:
    return _write(d, "mixed.txt", "مسؤولون قالوا إن المحادثات ستستأنف 🙂 e\u0301 " * 10 + GOOD)


# --- HTML ---------------------------------------------------------------------------------------

@kind("html-no-body", "an HTML page with a head and no body")
def _(d: Path) -> list[str]:
    return _write(d, "nobody.html", "<!doctype html><html><head><title>Talks resume</title></head></html>")


@kind("html-script-only", "an HTML page whose body is only a script")
def _(d: Path) -> list[str]:
    return _write(d, "script.html", HTML.format(title="x", head="", body="<script>var a = 1;</script>"))


@kind("html-fragment", "an HTML fragment without html or body tags")
def _(d: Path) -> list[str]:
    return _write(d, "frag.html", f"<p>{GOOD}</p><p>{GOOD.replace('Geneva', 'Rome')}</p>")


@kind("html-deep-nesting", "an article inside 5,000 nested divs")
def _(d: Path) -> list[str]:
    return _write(d, "deep.html", HTML.format(title="Deep", head="", body="<div>" * 5000 + f"<p>{GOOD}</p>" + "</div>" * 5000))


@kind("html-broken-tags", "unclosed and misnested tags")
def _(d: Path) -> list[str]:
    return _write(d, "broken.html", f"<html><body><div><p>{GOOD}<b><i></b></i><table><tr><td>cell<p>{GOOD}</div>")


@kind("html-form-feed", "a form feed next to a script (lxml refuses to set such text)")
def _(d: Path) -> list[str]:
    return _write(d, "ff.html", HTML.format(title="FF", head="", body=f"<div>\x0c<script>var a;</script>\x0c<p>{GOOD}</p></div>"))


@kind("html-entities-only", "an HTML page of entities and no words")
def _(d: Path) -> list[str]:
    return _write(d, "ent.html", HTML.format(title="", head="", body="<p>&nbsp;&amp;&#160;&#x2014;</p>" * 20))


# --- paths --------------------------------------------------------------------------------------

@kind("unreadable-folder", "a folder with mode 000 holding one article (root still reads it)")
def _(d: Path) -> list[str]:
    folder = d / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    folder.chmod(0)
    return [str(folder)]


@kind("unreadable-file", "a file with mode 000 (root still reads it)")
def _(d: Path) -> list[str]:
    (path,) = _write(d, "secret.txt", GOOD)
    os.chmod(path, 0)
    return [path]


@kind("symlink-loop", "a symlink pointing at itself")
def _(d: Path) -> list[str]:
    (d / "loop").symlink_to(d / "loop")
    return [str(d / "loop")]


@kind("folder-symlink-loop", "a folder holding a link to itself")
def _(d: Path) -> list[str]:
    folder = d / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "again").symlink_to(folder)
    return [str(folder)]


@kind("broken-symlink", "a symlink to a file that does not exist")
def _(d: Path) -> list[str]:
    (d / "dangling.txt").symlink_to(d / "gone.txt")
    return [str(d / "dangling.txt")]


@kind("fifo", "a FIFO (named pipe)")
def _(d: Path) -> list[str]:
    os.mkfifo(d / "pipe")
    return [str(d / "pipe")]


@kind("missing-path", "a path that does not exist")
def _(d: Path) -> list[str]:
    return [str(d / "does-not-exist.txt")]


@kind("glob-no-match", "a glob pattern matching nothing")
def _(d: Path) -> list[str]:
    return [str(d / "*.nothing")]


@kind("empty-folder", "a folder with no files")
def _(d: Path) -> list[str]:
    (d / "none").mkdir()
    return [str(d / "none")]


@kind("hidden-only-folder", "a folder holding only hidden files")
def _(d: Path) -> list[str]:
    (d / "hid").mkdir()
    (d / "hid" / ".a.txt").write_text(GOOD)
    return [str(d / "hid")]


# --- web archives -------------------------------------------------------------------------------

def _warc(path: Path, gz: bool, pages: list[bytes | tuple[str, bytes]], garbage_after: int = -1) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for i, page in enumerate(pages):
            ctype, body = page if isinstance(page, tuple) else ("text/html", page)
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(f"https://news.example/{i}", "response", payload=io.BytesIO(body), length=len(body),
                                            http_headers=http, warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"})
            writer.write_record(rec)
            if i == garbage_after:
                fh.write(b"\x1f\x8b\x08\x00garbage" if gz else b"WARC/1.0\r\nContent-Length: 3\r\n\r\nxxxxxxxx\r\n\r\n")
    return [str(path)]


def _page(city: str) -> bytes:
    return HTML.format(title=f"Talks in {city}", head="", body=f"<article><p>{GOOD.replace('Geneva', city)}</p></article>").encode()


@kind("warc-good", "a gzipped WARC file with two article responses")
def _(d: Path) -> list[str]:
    return _warc(d / "crawl.warc.gz", True, [_page("Geneva"), _page("Vienna")])


@kind("warc-corrupt-record", "a WARC file with a corrupt record between good ones")
def _(d: Path) -> list[str]:
    return _warc(d / "bad.warc", False, [_page("Geneva"), _page("Vienna"), _page("Oslo")], garbage_after=0)


@kind("warc-gz-corrupt-member", "a gzipped WARC file with a broken gzip member")
def _(d: Path) -> list[str]:
    return _warc(d / "bad.warc.gz", True, [_page("Geneva"), _page("Vienna")], garbage_after=0)


@kind("warc-no-articles", "a WARC file holding only an image response")
def _(d: Path) -> list[str]:
    return _warc(d / "img.warc", False, [("image/png", b"\x89PNG\r\n")])


@kind("warc-truncated", "a WARC file cut in the middle of its last record")
def _(d: Path) -> list[str]:
    (path,) = _warc(d / "cut.warc", False, [_page("Geneva"), _page("Vienna")])
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[:-150])
    return [path]


@kind("warc-not-warc", "a text file named .warc")
def _(d: Path) -> list[str]:
    return _write(d, "fake.warc", GOOD)


def make_corpus(folder: Path | str) -> dict[str, list[str]]:
    """Write every kind under ``folder`` (one sub-folder each); ``{kind: paths to read}``."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    out: dict[str, list[str]] = {}
    for name, (_, build) in KINDS.items():
        sub = root / name
        sub.mkdir()
        out[name] = build(sub)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="where to write the corpus (must not exist or be empty)")
    parser.add_argument("--list", action="store_true", help="print each kind and what it holds")
    args = parser.parse_args(argv)
    root = Path(args.folder)
    if root.exists() and any(root.iterdir()):
        print(f"{root} is not empty", file=sys.stderr)
        return 2
    made = make_corpus(root)
    if args.list:
        for name, (what, _) in KINDS.items():
            print(f"{name:28} {what}")
    print(f"{len(made)} kinds of bad input in {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
