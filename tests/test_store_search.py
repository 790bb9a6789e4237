"""Store: search over documents, events and actors — syntax, highlights, limits and time budget."""

from __future__ import annotations

import time

import pytest

from tidings import QueryError, TidingsError
from tidings.store import MAX_LIMIT, MAX_QUERY_CHARS, MAX_TERMS
from tidings.store.query import escape_like, parse_query, snippet, words

DOCS = {
    "d1": ("Tanker seized", "Iranian forces seized a tanker in the Strait of Hormuz on Sunday."),
    "d2": ("Vessel released", "The vessel was released after talks in Muscat. The strait stayed open."),
    "d3": ("Naval drill", "A naval drill near the strait of Hormuz alarmed shipping insurers."),
    "d4": ("Nuclear talks", "Nuclear negotiators met in Vienna; nuclear inspections resume."),
}


def _event(eid, source, target, cameo_label, sentence, place=None):
    return {
        "id": eid,
        "type": {"cameo": "171", "cameo_label": cameo_label},
        "source": {"name": source[0], "code": source[1], "country": source[1][:3]},
        "target": {"name": target[0], "code": target[1], "country": target[1][:3]},
        "date": {"start": "2025-09-07", "end": "2025-09-07"},
        "location": {"name": place, "lat": 26.5, "lon": 56.2} if place else None,
        "status": "confirmed",
        "mentions": [{"document": "d1", "sentence": sentence}],
    }


@pytest.fixture
def filled(store):
    for i, (title, body) in DOCS.items():
        store.add_document({"id": i, "title": title, "text": body, "outlet": "Wire", "published": "2025-09-0" + i[1]})
    store.save_events([
        _event("e1", ("Islamic Revolutionary Guard Corps", "IRNMIL"), ("Talara", "MHL"), "Seize", "Iranian forces seized a tanker.", "Strait of Hormuz"),
        _event("e2", ("Kim Jong Un", "PRKGOV"), ("Seoul", "KOR"), "Threaten", "Kim Jong Un threatened Seoul."),
    ])
    return store


def _ids(result, kind):
    return [h["id"] for h in result["hits"] if h["kind"] == kind]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("strait hormuz", {"d1", "d3"}),
        ('"strait of hormuz"', {"d1", "d3"}),
        ('"hormuz strait"', set()),
        ("muscat OR vienna", {"d2", "d4"}),
        ("strait -drill", {"d1", "d2"}),
        ('strait -"naval drill"', {"d1", "d2"}),
        ("nucl*", {"d4"}),
        ("SEIZED", {"d1"}),
        ("tanker AND", set()),  # AND is a word here, not an operator
        ("", set()),
        ("%", set()),
    ],
)
def test_document_query_syntax(filled, query, expected):
    result = filled.search(query, kinds=("documents",))
    assert set(_ids(result, "documents")) == expected
    assert result["total"]["documents"] == len(expected)


def test_events_and_actors_are_searchable_by_name_and_sentence(filled):
    result = filled.search("kim")
    assert _ids(result, "events") == ["e2"]
    assert [(h["code"], h["name"]) for h in result["hits"] if h["kind"] == "actors"] == [("PRKGOV", "Kim Jong Un")]
    assert _ids(filled.search("revolutionary guard", kinds=("actors",)), "actors") == ["IRNMIL|Islamic Revolutionary Guard Corps"]
    assert _ids(filled.search("hormuz", kinds=("events",)), "events") == ["e1"]


def test_hits_come_grouped_by_kind_in_the_order_asked(filled):
    result = filled.search("seized OR kim", kinds=("events", "documents"))
    kinds = [h["kind"] for h in result["hits"]]
    assert kinds == sorted(kinds, key=["events", "documents"].index)
    assert set(result["total"]) == {"events", "documents"}


@pytest.mark.parametrize("query", ["hormuz", '"strait of hormuz"', "nucl*", "kim OR seized", "STRAIT"])
def test_highlights_are_offsets_of_the_matched_words(filled, query):
    terms = parse_query(query).terms
    hits = filled.search(query)["hits"]
    assert hits
    for h in hits:
        assert h["highlights"] or h["title_highlights"]
        for field, spans in (("snippet", h["highlights"]), ("title", h["title_highlights"])):
            for start, end in spans:
                found = tuple(words(h[field][start:end]))
                assert any(
                    found == t.words or (t.prefix and found[:-1] == t.words[:-1] and found[-1].startswith(t.words[-1]))
                    for t in terms
                ), (h[field], start, end)


def test_snippet_of_a_long_text_keeps_offsets_inside_the_window():
    body = "filler " * 300 + "the strait of hormuz " + "more " * 300
    snip, spans = snippet(body, parse_query("hormuz"))
    assert len(snip) < 260
    assert [snip[s:e] for s, e in spans] == ["hormuz"]


def test_search_documents_keeps_its_marked_snippet(filled):
    hit = filled.search_documents("hormuz")[0]
    assert set(hit) == {"id", "title", "outlet", "published", "snippet", "score"}
    assert "[Hormuz]" in hit["snippet"]


def test_paging_search_hits(filled):
    everything = _ids(filled.search("strait", kinds=("documents",), limit=10), "documents")
    pages = [_ids(filled.search("strait", kinds=("documents",), limit=1, offset=o), "documents") for o in range(len(everything))]
    assert [p[0] for p in pages] == everything
    assert filled.search("strait", kinds=("documents",), limit=0)["total"]["documents"] == len(everything) == 3


@pytest.mark.parametrize(
    "query",
    [
        " ".join("a" for _ in range(2000)),  # 2,000 one-letter words
        "x" * (MAX_QUERY_CHARS + 1),
        " ".join(f"w{i}" for i in range(MAX_TERMS + 1)),
        "-only -exclusions",
        "a*",
    ],
)
def test_queries_beyond_the_limits_are_refused_at_once(filled, query):
    started = time.process_time()
    with pytest.raises(QueryError) as err:
        filled.search(query)
    assert time.process_time() - started < 0.5
    assert err.value.code == "E203"
    assert isinstance(err.value, TidingsError)


@pytest.mark.parametrize("limit, offset", [(-1, 0), (MAX_LIMIT + 1, 0), (10, -1), ("5", 0), (True, 0), (1.5, 0)])
def test_bad_limits_are_refused(filled, limit, offset):
    with pytest.raises(QueryError):
        filled.search("strait", limit=limit, offset=offset)


@pytest.mark.parametrize("kinds", [("nope",), (), "documents"])
def test_unknown_kinds_are_refused(filled, kinds):
    with pytest.raises(QueryError):
        filled.search("strait", kinds=kinds)


SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000000) SELECT count(*) FROM c"


def test_the_time_budget_stops_a_slow_statement(store):
    from sqlalchemy import text

    from tidings.store import fulltext

    started = time.monotonic()
    with store._read() as conn:
        with pytest.raises(fulltext.BudgetExceeded):
            with fulltext.budget(conn, 0.2):
                conn.execute(text(SLOW))
    assert time.monotonic() - started < 5


def test_a_search_over_its_time_budget_is_a_query_error_and_the_store_still_answers(filled, monkeypatch):
    from sqlalchemy import text

    from tidings.store import fulltext

    real = fulltext.match

    def slow(conn, *args):
        conn.execute(text(SLOW))
        return real(conn, *args)

    monkeypatch.setattr(fulltext, "match", slow)
    with pytest.raises(QueryError) as err:
        filled.search("strait", seconds=0.2)
    assert "longer than" in str(err.value)
    monkeypatch.setattr(fulltext, "match", real)
    assert filled.search("strait")["total"]["documents"] == 3


def test_escape_like_neutralises_wildcards():
    assert escape_like("a%b_c\\") == "a\\%b\\_c\\\\"


@pytest.mark.parametrize("candidates", [2, 3])
def test_a_word_matching_more_than_the_candidates_ranks_the_newest_matches_and_counts_all(store, monkeypatch, candidates):
    from tidings.store import fulltext

    if store.dialect != "sqlite":
        pytest.skip("the candidate bound is SQLite's (PostgreSQL ranks with its GIN index)")
    for i in range(6):  # older documents say "strait" more often, so rank better over all of them
        store.add_document({"id": f"s{i}", "title": f"Note {i}", "text": " ".join(["strait"] * (6 - i) + ["filler"] * 20)})
    full = _ids(store.search("strait", kinds=("documents",), limit=6), "documents")
    monkeypatch.setattr(fulltext, "RANK_CANDIDATES", candidates)
    bounded = store.search("strait", kinds=("documents",), limit=candidates)
    assert bounded["total"]["documents"] == 6  # every match still counted
    newest = [f"s{i}" for i in range(6 - candidates, 6)]
    assert _ids(bounded, "documents") == [d for d in full if d in newest]  # best first among the newest
    deep = store.search("strait", kinds=("documents",), limit=2, offset=candidates)  # beyond the candidates: every match ranked
    assert _ids(deep, "documents") == full[candidates : candidates + 2]
