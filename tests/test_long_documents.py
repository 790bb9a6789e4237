"""Long documents: coded in sentence-aligned chunks, offsets into the whole text, never rejected by spaCy's limit.

The long article is generated from sentences written for this test, varied
by number, day and place so that no two paragraphs are the same.
"""

from __future__ import annotations

import pytest

from tidings import CodingError, Options
from tidings.annotate import sentence_ranges
from tidings.code import chunk_ranges, code_documents

PEOPLE = ["Vladimir Putin", "Recep Tayyip Erdogan", "Emmanuel Macron", "Angela Merkel", "Shinzo Abe", "Narendra Modi"]
CITIES = ["Ankara", "Beirut", "Dhaka", "Nairobi", "Lima", "Hanoi", "Oslo", "Amman"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SENTENCES = [
    "{person} arrived in {city} on {day} for two days of talks on trade and security.",
    "Police in {city} arrested {n} protesters who had blocked the main road to the airport.",
    "The European Union condemned the shelling of {city} and urged both sides to return to talks.",
    "Officials said the port of {city} would reopen within {n} days once the cranes were repaired.",
    "France sent {n} tonnes of medical aid to Lebanon after the explosion, its foreign ministry said.",
    "Analysts expect the central bank to keep interest rates unchanged when it meets in {city} next month.",
    "\u201cWe will not accept any delay,\u201d the minister told reporters in {city} on {day}.",
    "Farmers near {city} said the late rains had cut this year's harvest by about {n} percent.",
]


def long_article(size: int) -> str:
    """A news-like article of at least ``size`` characters: paragraphs of varied sentences."""
    parts: list[str] = []
    total = i = 0
    while total < size:
        sentence = SENTENCES[i % len(SENTENCES)].format(
            person=PEOPLE[i % len(PEOPLE)], city=CITIES[(i // 3) % len(CITIES)], day=DAYS[i % len(DAYS)], n=i % 47 + 3
        )
        sep = "\n\n" if i % 5 == 4 else " "
        parts.append(sentence + sep)
        total += len(sentence) + len(sep)
        i += 1
    return "".join(parts).rstrip() + "\n"


def sentence_starts(text: str) -> set[int]:
    return {s for s, _ in sentence_ranges(text)}


@pytest.mark.parametrize("limit", [200, 1_000, 20_000, 999_999])
def test_chunks_cover_the_text_without_gaps_and_cut_at_sentence_starts(limit):
    text = long_article(1_100_000)  # over spaCy's default max_length of 1,000,000
    chunks = chunk_ranges(text, 0, len(text), limit)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:]))
    assert all(0 < end - start <= limit for start, end in chunks)
    starts = sentence_starts(text)
    assert all(start in starts for start, _ in chunks[1:])
    assert len(chunks) >= len(text) // limit


@pytest.mark.parametrize("text, limit", [
    ("word " * 100, 37),  # one sentence longer than the limit: cut after white space
    ("x" * 100, 30),  # no white space at all: cut at the limit
    ("Short one. " * 3, 1_000),  # shorter than the limit: one chunk
])
def test_a_sentence_longer_than_the_limit_is_cut_within_the_limit(text, limit):
    chunks = chunk_ranges(text, 0, len(text), limit)
    assert "".join(text[s:e] for s, e in chunks) == text
    assert all(e - s <= limit for s, e in chunks)
    if " " in text and len(text) > limit:
        assert all(text[e - 1] == " " for _, e in chunks[:-1])


def test_chunks_of_a_range_stay_inside_it():
    text = long_article(5_000)
    chunks = chunk_ranges(text, 1_000, 4_000, 500)
    assert chunks[0][0] == 1_000 and chunks[-1][1] == 4_000


def test_a_text_over_the_models_limit_is_tokenised_in_chunks_within_it(nlp):
    from tidings.code import _chunk_limit, _inputs

    text = long_article(1_100_000)
    assert len(text) > nlp.max_length
    (owner, docs), = _inputs(nlp, [{"id": "long", "text": text, "language": "en"}], _chunk_limit(nlp, Options()))
    assert owner == "long" and all(len(d.text) <= Options().chunk_chars for d in docs)
    offsets = [d.user_data["tidings.document"]["offset"] for d in docs]
    assert "".join(d.text for d in docs) == text
    assert offsets == [sum(len(d.text) for d in docs[:i]) for i in range(len(docs))]


@pytest.fixture
def small_limit(nlp):
    """The session pipeline with a max_length far below the test article (restored afterwards)."""
    before = nlp.max_length
    nlp.max_length = 3_000
    yield nlp
    nlp.max_length = before


def check_offsets(events, text):
    assert events
    for ev in events:
        mention = ev["mentions"][0]
        assert text[mention["start"] : mention["end"]] == mention["sentence"]
        assert text[ev["type"]["start"] : ev["type"]["end"]] == ev["type"]["trigger"]
        for side in ("source", "target"):
            actor = ev.get(side)
            if actor and actor.get("start") is not None and actor.get("text"):
                assert text[actor["start"] : actor["end"]] == actor["text"]
        for role, (start, end) in mention["spans"].items():
            assert 0 <= start < end <= len(text), role


def test_a_text_over_max_length_is_coded_and_offsets_point_into_the_whole_text(small_limit):
    text = long_article(12_000)
    assert len(text) > small_limit.max_length
    errors: list[CodingError] = []
    out = code_documents([{"id": "long", "text": text, "published": "2020-08-05", "language": "en"}], nlp=small_limit, on_error=errors.append)
    assert not errors
    events = out["long"]
    check_offsets(events, text)
    assert max(ev["mentions"][0]["start"] for ev in events) > 9_000  # the last chunks are coded too
    assert {ev["type"]["cameo"][:2] for ev in events} >= {"04", "11", "17"}  # visits, condemnations, arrests


def _actor_key(actor):
    """An actor's code, or only its sector when its country is the home country of the parsed piece (judged per piece)."""
    if not actor:
        return None
    return actor.get("sector") if actor.get("country_from") == "document" or not actor.get("country") else actor.get("code")


def test_chunked_coding_finds_the_same_events_as_whole_text_coding(nlp):
    text = long_article(2_500)
    doc = {"id": "d", "text": text, "published": "2020-08-05", "language": "en"}
    whole = code_documents([doc], nlp=nlp, options=Options(chunk_chars=100_000))["d"]
    chunked = code_documents([doc], nlp=nlp, options=Options(chunk_chars=600))["d"]
    key = lambda ev: (ev["type"]["start"], ev["type"]["cameo"], _actor_key(ev.get("source")), _actor_key(ev.get("target")))  # noqa: E731
    assert sorted(map(key, chunked)) == sorted(map(key, whole))
    # the actors the text names with their country keep it in every piece
    named = lambda evs: {(ev["type"]["start"], a["code"]) for ev in evs for a in (ev.get("source"), ev.get("target"))  # noqa: E731
                         if a and a.get("country") and a.get("country_from") != "document"}
    assert named(chunked) == named(whole)


@pytest.fixture
def exploding(nlp):
    """The session pipeline with a component that raises on any doc holding the word KABOOM."""
    from spacy.language import Language

    if not Language.has_factory("test_kaboom"):
        @Language.component("test_kaboom")
        def kaboom(doc):
            if "KABOOM" in doc.text:
                raise RuntimeError("the parser gave up")
            return doc

    nlp.add_pipe("test_kaboom", before="tidings_events")
    yield nlp
    nlp.remove_pipe("test_kaboom")


@pytest.mark.parametrize("bad_at", [0, 1, 2])
def test_a_document_that_spacy_fails_on_is_reported_and_the_others_are_coded(exploding, bad_at):
    texts = ["France condemned the attack on its embassy in Libya.", "Police in Dhaka arrested three activists on Monday.",
             "Russian President Vladimir Putin visited Ankara on Tuesday."]
    texts[bad_at] = texts[bad_at].replace(".", " KABOOM.", 1)
    docs = [{"id": f"d{i}", "text": t, "published": "2019-05-14", "language": "en"} for i, t in enumerate(texts)]
    errors: list[CodingError] = []
    out = code_documents(docs, nlp=exploding, on_error=errors.append)
    assert [e.path for e in errors] == [f"d{bad_at}"] and "the parser gave up" in str(errors[0]) and str(errors[0]).startswith("E503")
    assert set(out) == {d["id"] for d in docs} - {f"d{bad_at}"}
    assert all(out[d] for d in out)


def test_without_on_error_the_failure_is_raised_after_the_batch(exploding):
    docs = [{"id": "bad", "text": "KABOOM went the parser.", "language": "en"}]
    with pytest.raises(CodingError, match="bad"):
        code_documents(docs, nlp=exploding)


def test_extract_command_codes_a_long_file_in_chunks(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from tidings.cli import cli

    text = long_article(6_000)
    f = tmp_path / "long.txt"
    f.write_text("Talks and arrests across the region\n\n" + text, encoding="utf-8")
    monkeypatch.setenv("TIDINGS_CHUNK_CHARS", "700")
    out = CliRunner().invoke(cli, ["extract", str(f), "--no-fuse", "--published", "2020-08-05"])
    assert out.exit_code == 0, out.output
    events = [json.loads(line) for line in out.output.splitlines() if line.startswith("{")]
    from tidings.read import read_article

    clean = read_article(f.read_text(encoding="utf-8"), published="2020-08-05")["text"]
    check_offsets([e for e in events if not e["mentions"][0].get("in_title")], clean)
    assert max(e["mentions"][0]["start"] for e in events) > 5_000
