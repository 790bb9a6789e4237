"""Coding one sentence written for a test with the session's pipeline (shared by the coding tests)."""

from __future__ import annotations

from tidings.code.mentions import events_from_doc


def coded(nlp, coding_context, text: str, published: str = "2021-06-01") -> list[dict]:
    """The event records of ``text`` as one document published on ``published``."""
    doc = nlp(text)
    return [dict(e) for e in events_from_doc(doc, {"id": "t", "text": text, "published": published, "outlet": None}, context=coding_context)]


def triggers_after_lead(nlp, coding_context, text: str) -> list[str]:
    """The triggers of the event records of ``text`` read as a sentence of an article body (after a short lead
    sentence, so that it is not taken for a headline)."""
    return [e["type"]["trigger"] for e in coded(nlp, coding_context, "Local news. " + text)]


def roots_after_lead(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    """(CAMEO root, trigger) of each event record of ``text`` read as a sentence of an article body (after a short lead)."""
    return [(e["type"]["cameo"][:2], e["type"]["trigger"]) for e in coded(nlp, coding_context, "Local news. " + text)]


def coded_rows(nlp, coding_context, text: str) -> list[tuple[str, object, object, object]]:
    """(CAMEO code, status, source name, target name) of each event record of ``text``."""
    return [(e["type"]["cameo"], e["mentions"][0].get("status"), (e.get("source") or {}).get("name"), (e.get("target") or {}).get("name"))
            for e in coded(nlp, coding_context, text)]


def coded_codes(nlp, coding_context, text: str) -> list[str]:
    """The CAMEO codes of the event records of ``text``."""
    return [row[0] for row in coded_rows(nlp, coding_context, text)]


def code_triggers(events: list) -> list[tuple[str, str]]:
    """(CAMEO code, trigger) of each event record."""
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


def sides(events: list[dict], trigger: str, *, exact: bool = False) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of every event record coded on ``trigger`` (a part of its trigger, or with
    ``exact`` the whole of it)."""
    def on(e: dict) -> bool:
        found = e["type"].get("trigger") or ""
        return found == trigger if exact else trigger in found

    return [((e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")) for e in events if on(e)]


def described(events: list[dict]) -> list[tuple[str, str, object, object, object, object, str]]:
    """(code, trigger, source text, source country, target text, target country, status) of each event record, for
    assertion messages."""
    return [(e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("text"), (e.get("source") or {}).get("country"),
             (e.get("target") or {}).get("text"), (e.get("target") or {}).get("country"), e["status"]) for e in events]


def event_on(events: list[dict], trigger: str) -> dict:
    """The first event record whose trigger holds ``trigger`` (failing the test, with all records shown, when none does)."""
    found = [e for e in events if trigger in e["type"]["trigger"]]
    assert found, described(events)
    return found[0]


def on_trigger(events: list[dict], trigger: str) -> list[dict]:
    """The event records whose trigger ends with the word ``trigger`` ("Arrests", "custody" of "police custody")."""
    return [e for e in events if trigger == (e["type"].get("trigger") or "").split()[-1]]


def role_values(events: list[dict], trigger: str, role: str, field: str) -> list[object]:
    """The ``field`` ("text", "country") of the ``role`` ("source" or "target") of every record coded on ``trigger``."""
    return [(e.get(role) or {}).get(field) for e in on_trigger(events, trigger)]


def shown(events: list[dict]) -> list[tuple]:
    """(code, trigger, source text, target text) of each event record, for assertion messages."""
    return [(e["type"]["cameo"], e["type"]["trigger"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
            for e in events]


def own_date_of(nlp, coding_context, text: str, trigger: str, published: str) -> str | None:
    """The event's own date (:func:`tidings.evaluate.events.own_date`) of the first record whose trigger holds the word ``trigger``."""
    from tidings.evaluate.events import own_date

    events = coded(nlp, coding_context, text, published=published)
    hits = [e for e in events if trigger in e["type"]["trigger"].lower().split()]
    assert hits, [e["type"]["trigger"] for e in events]
    return own_date(hits[0])


def own_date_start(nlp, coding_context, text: str, trigger: str, published: str) -> str | None:
    """The first day of the text's own date of the first record whose whole trigger is ``trigger`` (None: undated)."""
    events = coded(nlp, coding_context, text, published=published)
    hits = [e for e in events if e["type"]["trigger"].lower() == trigger]
    assert hits, [e["type"]["trigger"] for e in events]
    date = hits[0].get("date") or {}
    return date.get("start") if date.get("basis") == "text" else None


def word_date_start(nlp, coding_context, text: str, word: str, published: str) -> str | None:
    """The first day of the date the code stage gives the first token written ``word`` as an event (None: undated)."""
    from tidings.code._event_support import event_date_for

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    got = event_date_for(doc, tok.sent, tok, tok, context=coding_context, published=published)
    return got.get("start") if got else None


def statuses_after_lead(nlp, coding_context, text: str, trigger: str, published: str) -> list[str]:
    """The statuses of the mentions at ``trigger`` in ``text`` after a neutral lead sentence."""
    events = coded(nlp, coding_context, "Local news. " + text, published=published)
    return [e["mentions"][0]["status"] for e in events if e["type"]["trigger"] == trigger]


def kept(nlp, coding_context, text: str, word: str, published: str = "2009-03-15") -> tuple[bool, list[tuple[str, str]]]:
    """Is an event coded at a trigger holding ``word``, with the (code, trigger) pairs for the message."""
    events = coded(nlp, coding_context, text, published=published)
    return any(word in e["type"]["trigger"] for e in events), code_triggers(events)
