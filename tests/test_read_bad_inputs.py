"""Bad input is yielded as a one-line ReadError naming the file; the batch goes on."""

from __future__ import annotations

import json

import pytest

from tidings import BinaryInput, DecodeError, EmptyInput, MalformedInput, Options, ReadError, TooLarge, UnsupportedInput
from tidings.read import decode_bytes, iter_inputs, read_article

GOOD = "Officials said the talks in Geneva would resume on Monday after a week of delays. " * 3
FRENCH = (
    "Les ministres des Affaires étrangères se sont réunis mardi à Genève pour discuter d'un cessez-le-feu. "
    "Les discussions ont duré quatre heures et se sont terminées sans déclaration commune."
)


@pytest.mark.parametrize(
    "name, payload, error",
    [
        ("binary.txt", b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 50, BinaryInput),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, BinaryInput),
        ("controls.txt", bytes(range(1, 9)) * 200, BinaryInput),
        ("empty.txt", b"", EmptyInput),
        ("blank.txt", b" \n\n\t \n", EmptyInput),
        ("bad-bom.txt", b"\xef\xbb\xbf" + b"caf\xe9 " * 3, DecodeError),
        ("broken.html", b"<html><body><div><script>var x = 1;</script></div></body></html>", MalformedInput),
        ("menu-only.txt", b"Home\nNews\nShare\nTweet\nEmail\n", EmptyInput),
    ],
)
def test_bad_file_is_yielded_as_error_and_batch_goes_on(tmp_path, name, payload, error):
    (tmp_path / name).write_bytes(payload)
    (tmp_path / "zz-good.txt").write_text(GOOD)
    items = list(iter_inputs([str(tmp_path / name), str(tmp_path / "zz-good.txt")]))
    assert isinstance(items[0], error), items[0]
    assert str(tmp_path / name) in str(items[0]) and "\n" not in str(items[0])
    assert isinstance(items[1], dict) and items[1]["text"].startswith("Officials said")


def test_file_over_the_byte_cap_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(GOOD * 200)
    items = list(iter_inputs([str(path)], options=Options(max_bytes=10_000)))
    assert isinstance(items[0], TooLarge) and "10,000" in str(items[0])


def test_default_cap_is_five_megabytes(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 1_000_001)
    assert isinstance(next(iter_inputs([str(path)])), TooLarge)


def test_missing_path_is_reported(tmp_path):
    items = list(iter_inputs([str(tmp_path / "nope.txt")]))
    assert isinstance(items[0], UnsupportedInput)


@pytest.mark.parametrize(
    "encoding, bom",
    [("cp1252", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""), ("utf-8", b"\xef\xbb\xbf"), ("latin-1", b"")],
)
def test_legacy_and_utf16_encodings_are_decoded(tmp_path, encoding, bom):
    text = "“Café” owners in Zürich said prices rose by 5 € — the highest since 2019. " * 4
    if encoding == "latin-1":
        text = "Café owners in Zürich said prices rose by 5 francs, the highest since 2019. " * 4
    path = tmp_path / "article.txt"
    path.write_bytes(bom + text.encode(encoding))
    doc = next(iter_inputs([str(path)]))
    assert isinstance(doc, dict), doc
    assert doc["text"].startswith(text.split(" 2019")[0])


def test_mojibake_is_repaired():
    broken = "Kim Jong Un’s train arrived — reports said.".encode("utf-8").decode("cp1252")
    doc = read_article(broken * 3)
    assert "Kim Jong Un’s train arrived — reports said." in doc["text"]


def test_decode_bytes_names_encoding():
    text, enc = decode_bytes("Grüße aus Köln, sagte der Bürgermeister am Montag.".encode("cp1252"))
    assert text.startswith("Grüße aus Köln") and enc != "utf-8"


def test_malformed_jsonl_line_is_yielded_with_its_line_number(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"text": GOOD}),
                '{"text": "unterminated',
                json.dumps({"title": "no body"}),
                json.dumps(["not", "an", "object"]),
                json.dumps({"text": ""}),
                json.dumps({"text": GOOD.replace("Monday", "Friday")}),
            ]
        )
    )
    items = list(iter_inputs([str(path)]))
    kinds = [type(i).__name__ if isinstance(i, ReadError) else "doc" for i in items]
    assert kinds == ["doc", "MalformedInput", "MalformedInput", "MalformedInput", "EmptyInput", "doc"]
    assert f"{path}:2" in str(items[1]) and f"{path}:5" in str(items[4])


@pytest.mark.parametrize(
    "text, language",
    [
        (FRENCH, "fr"),
        ("Die Außenminister trafen sich am Dienstag in Genf, um über eine Waffenruhe zu beraten. Die Gespräche dauerten vier Stunden.", "de"),
        ("Los ministros de Exteriores se reunieron el martes en Ginebra para discutir un alto el fuego en la región.", "es"),
        (GOOD, "en"),
    ],
)
def test_language_is_identified_and_non_english_kept(text, language):
    doc = read_article(text)
    assert doc["language"] == language
    assert doc["text"]


@pytest.mark.parametrize("text", ["OK.", "Ja 12 3", "Beijing — 2018"])
def test_too_short_text_gets_no_language(text):
    assert read_article(text)["language"] is None
