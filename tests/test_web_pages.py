"""The web app's contract for browsers and API clients: validated parameters, error pages, HEAD,
sorting, paging and downloads of what a page shows, actor, source and document pages, search."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from webdata import EVENT, build  # noqa: E402

from tidings._options import Options  # noqa: E402
from tidings.store import open_store  # noqa: E402
from tidings.web import create_app  # noqa: E402

HTML = {"accept": "text/html,application/xhtml+xml"}
JSON = {"accept": "application/json"}


def _event(i: int, other: str, status: str) -> dict:
    e = json.loads(json.dumps(EVENT))
    e.update(id=f"e-{i:02d}", status=status, mentions=[], merge=[], rival_claims=[], independent_sources=i % 3, documents=1)
    e["date"] = {"start": f"2021-05-{i + 1:02d}", "end": f"2021-05-{i + 1:02d}", "precision": "day"}
    e["target"] = {"name": other, "code": other.upper()[:3] + "GOV", "kind": "country"}
    return e


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build(tmp_path_factory.mktemp("pages") / "web.db")
    with open_store(db) as store:
        store.add_document({"id": "d-js", "title": "Links", "outlet": "Wire One", "published": "2021-04-05", "language": "en",
                            "text": "Some text about a visit.", "words": 5, "url": "javascript:alert(1)"})
        store.add_document({"id": "d-http", "title": "Linked", "outlet": "Wire One", "published": "2021-04-06", "language": "en",
                            "text": "Other text.", "words": 2, "url": "https://example.org/a?b=1"})
        for doc in ("d-one", "d-two"):  # the hand-built events' mentions, stored so that events link to their documents
            store.replace_mentions(doc, [dict(m) for m in EVENT["mentions"] if m["document"] == doc])
        store.save_events([json.loads(json.dumps(EVENT))])
        store.save_events([_event(i, other, status) for i, (other, status) in enumerate(
            [("Gammaland", "reported")] * 3 + [("Deltaland", "confirmed")] * 8)])
    return TestClient(create_app(db), raise_server_exceptions=False)


@pytest.mark.parametrize("path", ["/events?limit=-1&per=-1", "/events?page=0", "/events?per=100000", "/events?sort=nope",
                                  "/events?from=26/03/2018", "/events?status=confirmd", "/api/events?limit=-1",
                                  "/api/events?limit=99999999", "/api/search?q=visit&limit=-5", "/api/events?type=%25", "/events?type=0_", "/search?q=" + "a" * 501])
def test_out_of_range_parameters_are_refused_with_422_naming_them(client, path):
    r = client.get(path, headers=JSON)
    assert r.status_code == 422
    body = r.json()
    assert body["status"] == 422 and re.search(r"(limit|per|page|sort|from|status|type|q)\b", body["error"])


@pytest.mark.parametrize("path, status", [("/actors/NOPE", 404), ("/events/nope", 404), ("/documents/nope", 404), ("/sources/Nobody", 404),
                                          ("/no/such/page", 404), ("/events?page=0", 422), ("/search?q=" + " ".join(["w"] * 40), 400)])
def test_errors_are_html_pages_for_browsers_and_json_for_api_clients(client, path, status):
    page = client.get(path, headers=HTML)
    assert page.status_code == status and page.headers["content-type"].startswith("text/html")
    assert "<main" in page.text and f"({status})" in page.text
    data = client.get(path, headers=JSON)
    assert data.status_code == status and data.json()["status"] == status and data.json()["error"]


def test_an_unexpected_error_is_a_500_page_without_a_traceback(client, monkeypatch):
    def broken(event_id):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(client.app.state.store, "get_event", broken)
    page = client.get("/events/e-visit", headers=HTML)
    assert page.status_code == 500 and "<main" in page.text and "secret internals" not in page.text and "Traceback" not in page.text
    data = client.get("/api/events/e-visit")
    assert data.status_code == 500 and data.json()["status"] == 500 and "secret" not in data.text


def test_api_paths_always_answer_json(client):
    r = client.get("/api/events/nope", headers=HTML)
    assert r.status_code == 404 and r.json()["error"].startswith("E502")


@pytest.mark.parametrize("path", ["/", "/events", "/events/e-visit", "/documents", "/documents/d-one", "/actors", "/actors/ALPGOV",
                                  "/sources", "/forecasts", "/search?q=visit", "/map", "/api", "/api/events", "/openapi.json",
                                  "/static/style.css", "/static/tables.js"])
def test_head_is_allowed_on_every_get_route_and_sends_no_body(client, path):
    get, head = client.get(path), client.head(path)
    assert get.status_code == head.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


def test_head_of_a_missing_page_is_a_404(client):
    assert client.head("/actors/NOPE").status_code == 404


def test_only_http_urls_become_links(client):
    js = client.get("/documents/d-js").text
    assert 'href="javascript:' not in js.lower() and "javascript:alert(1)" in js  # shown as text
    assert 'href="https://example.org/a?b=1"' in client.get("/documents/d-http").text


def _ids(html: str) -> list[str]:
    return re.findall(r'<tr class="event-row" data-event="([^"]+)"', html)


@pytest.mark.parametrize("sort, key", [("date", lambda d: d), ("-date", lambda d: d)])
def test_events_sort_by_the_url_and_page_through_every_row_once(client, sort, key):
    seen, page = [], 1
    while True:
        html = client.get(f"/events?sort={sort}&per=4&page={page}").text
        seen += _ids(html)
        if 'rel="next"' not in html:
            break
        page += 1
    api = [e["id"] for e in client.get("/api/events?limit=100").json()]
    assert sorted(seen) == sorted(api) and len(seen) == len(set(seen))
    dated = [e for e in seen if e.startswith("e-") and e[2:].isdigit()]
    assert dated == sorted(dated, reverse=sort.startswith("-"))


def test_a_sorted_column_says_so_and_its_link_reverses_it(client):
    html = client.get("/events?sort=status").text
    th = re.search(r'<th scope="col" aria-sort="ascending"><a href="([^"]+)"', html)
    assert th and "sort=-status" in th.group(1)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_downloads_hold_exactly_the_rows_shown(client, fmt):
    url = "/events?status=confirmed&sort=-date&per=3&page=2"
    shown = _ids(client.get(url).text)
    r = client.get(url + f"&export={fmt}")
    assert r.status_code == 200 and f'filename="events.{fmt}"' in r.headers["content-disposition"]
    if fmt == "csv":
        got = [row["id"] for row in csv.DictReader(io.StringIO(r.text))]
    elif fmt == "jsonl":
        got = [json.loads(line)["id"] for line in r.text.splitlines()]
    else:
        pq = pytest.importorskip("pyarrow.parquet")
        got = pq.read_table(io.BytesIO(r.content)).column("id").to_pylist()
    assert got == shown and len(shown) == 3


def test_filter_form_keeps_its_state_and_labels_every_field(client):
    html = client.get("/events?actor=ALPGOV&status=confirmed&sort=-date").text
    form = re.search(r'<form method="get" class="filters".*?</form>', html, re.S).group(0)
    assert 'value="ALPGOV"' in form and "<option selected>confirmed</option>" in form and 'name="sort" value="-date"' in form
    ids = re.findall(r'<(?:input|select) id="([^"]+)"', form)
    assert ids and all(f'<label for="{i}"' in form for i in ids)


def test_actor_page_is_named_by_the_actor_and_counts_what_it_lists(client):
    html = client.get("/actors/ALPGOV").text
    assert "<h1>Leader Alpha" in html and "Actor ALPGOV" not in html
    for key, name, n in re.findall(r'<a href="/actors/ALPGOV\?with=([^"]+)"[^>]*>([^<]+)</a>.*?: (\d+) events?', html):
        listed = client.get(f"/actors/ALPGOV?with={key}&per=500").text
        assert len(_ids(listed)) == int(n), name


def test_actor_roles_and_json(client):
    data = client.get("/api/actors/ALPGOV").json()
    assert data["name"] == "Leader Alpha" and data["roles"] and sum(r["source"] + r["target"] for r in data["roles"]) >= len(data["events"])


def test_source_page_gives_the_track_record_and_brier(client, tmp_path):
    rec = client.get("/api/sources/Wire%20One%20(A.%20Analyst)").json()
    assert rec["forecasts"] == 1 and rec["brier"] is None and rec["brier_min_count"] == 5  # one resolved: below the minimum
    one = TestClient(create_app(build(tmp_path / "one.db"), options=Options(brier_min_forecasts=1)))
    rec = one.get("/api/sources/Wire%20One%20(A.%20Analyst)").json()
    assert rec["brier"] == pytest.approx(0.36)
    state = client.get("/api/sources/State%20Agency").json()
    assert state["confirmed"] >= 1 and "e-visit" in state["event_ids"]
    assert "Track record" in client.get("/sources/Wire%20One").text


def test_document_page_lists_its_events_and_answers_json_clients(client):
    assert 'data-event="e-visit"' in client.get("/documents/d-two").text
    data = client.get("/documents/d-two", headers=JSON).json()
    assert data["id"] == "d-two" and "e-visit" in data["events"] and "raw" not in data
    listing = client.get("/documents?per=2", headers=JSON).json()
    assert listing["total"] == 4 and len(listing["documents"]) == 2
    api = client.get("/api/documents?limit=2&offset=2").json()
    assert api["total"] == 4 and [d["id"] for d in api["items"]] == [d["id"] for d in client.get("/documents?per=2&page=2", headers=JSON).json()["documents"]]


@pytest.mark.parametrize("q, found, absent", [
    ("visit", ["d-one", "d-js"], []),
    ("visit -links", ["d-one"], ["d-js"]),
    ("bold OR other", ["d-http"], []),
    ('"state agency"', ["d-two"], ["d-one"]),
])
def test_search_syntax_and_clean_highlights(client, q, found, absent):
    html = client.get("/search", params={"q": q, "kind": "documents"}).text
    ids = re.findall(r'href="/documents/([^"]+)"', html)
    assert all(f in ids for f in found) and not any(a in ids for a in absent)
    assert "[" not in "".join(re.findall(r'<div class="snippet">(.*?)</div>', html))
    if found:
        assert '<mark class="hit">' in html
