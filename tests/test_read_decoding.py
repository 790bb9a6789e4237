"""One decoding policy: strict UTF-8, a counted repair of a few bad bytes, detection only when UTF-8 fails badly."""

from __future__ import annotations

import json

import pytest

from tidings import DecodeError
from tidings.read import decode, iter_inputs, read_article

ASCII = ("Officials said the talks in Geneva would resume on Monday after a week of delays, "
         "and that both delegations had agreed to meet again before the end of the month. ") * 6
UTF8 = "Zoë Müller of the Genève bureau said the “talks” would resume — officials agreed. " * 6


@pytest.mark.parametrize(
    "data, text_has, encoding, replaced",
    [
        (ASCII.encode(), "Geneva", "utf-8", 0),
        (UTF8.encode(), "“talks”", "utf-8", 0),
        (ASCII.encode()[:200] + b"\x9d\x81" + ASCII.encode()[200:], "\ufffd\ufffd", "utf-8", 2),  # junk in ASCII
        (UTF8.encode()[:100] + b"\xff" + UTF8.encode()[100:], "Zoë", "utf-8", 1),  # one stray byte in UTF-8
        (ASCII.encode().replace(b"Geneva", b"Gen\xe8ve", 1), "Genève", "cp1252", 0),  # a legacy letter in a word
        (("Grüße aus Köln, sagte der Bürgermeister am Montag. " * 5).encode("cp1252"), "Grüße", None, 0),  # legacy text
        (b"\xef\xbb\xbf" + UTF8.encode(), "Zoë", "utf-8-sig", 0),
        (b"\xef\xbb\xbf" + ASCII.encode() + b"\xff", "Geneva", "utf-8-sig", 1),
        ("\ufeff".encode("utf-16-le") + UTF8.encode("utf-16-le"), "Zoë", "utf-16", 0),
        (UTF8.encode("utf-16-be"), "Zoë", "utf-16", 0),
        ("\ufeff".encode("utf-32-le") + UTF8.encode("utf-32-le"), "Zoë", "utf-32", 0),
    ],
    ids=["ascii", "utf8", "ascii-junk", "utf8-stray", "cp1252-letter", "cp1252-text", "utf8-bom", "utf8-bom-stray",
         "utf16-bom", "utf16be-nobom", "utf32-bom"],
)
def test_the_policy_picks_one_reading(data, text_has, encoding, replaced):
    decoded = decode(data)
    assert text_has in decoded.text
    assert decoded.replaced == replaced
    if encoding:
        assert decoded.encoding == encoding
    else:
        assert decoded.encoding not in ("utf-8", "utf-8-sig")


def test_a_few_invalid_bytes_are_never_read_as_mojibake():
    junk = ASCII.encode()[:300] + b"\x8d\x9d\x90" + ASCII.encode()[300:]
    text = decode(junk).text
    assert text.count("\ufffd") == 3
    assert all(ord(ch) < 128 or ch == "\ufffd" for ch in text)


@pytest.mark.parametrize("route", ["bytes", "file", "jsonl-file"])
def test_the_same_bytes_give_the_same_text_by_every_route(tmp_path, route):
    body = ASCII.encode()[:150] + b"\xff" + ASCII.encode()[150:]
    expected = read_article(body)
    if route == "bytes":
        doc = read_article(body)
    elif route == "file":
        (tmp_path / "a.txt").write_bytes(body)
        (doc,) = list(iter_inputs([str(tmp_path / "a.txt")]))
    else:
        line = json.dumps({"text": "X"}).encode().replace(b"X", body)
        (tmp_path / "a.jsonl").write_bytes(line)
        (doc,) = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert doc["text"] == expected["text"] and doc["id"] == expected["id"]
    assert any("1 invalid UTF-8 byte sequence replaced" in w for w in doc["warnings"])


def test_reading_twice_gives_the_same_result():
    data = ("Réunion à Genève: les ministres ont parlé. " * 20).encode("cp1252")
    assert decode(data) == decode(data)


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbf" + b"caf\xe9 " * 30, b"\xff\xfe" + b"\x00\xd8" * 40],
    ids=["utf8-bom-then-latin1", "utf16-lone-surrogates"],
)
def test_bytes_that_contradict_their_mark_are_refused(data):
    with pytest.raises(DecodeError):
        decode(data)


def test_the_repair_count_is_on_the_document():
    doc = read_article(ASCII.encode()[:100] + b"\xfe\xfe" + ASCII.encode()[100:])
    assert doc["replaced"] == 2 and doc["encoding"] == "utf-8"
    assert doc["warnings"] == ["decoding: 2 invalid UTF-8 byte sequences replaced with U+FFFD"]
