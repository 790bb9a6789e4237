"""Narrowed rules for event participants and factuality (review of the fifth round, its sections on participants and factuality):
each rule keeps the sentences it was written for and no longer fires on the kinds of sentence the reviewer found.

Sentences and stories written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def _show(events: list[dict]) -> list[tuple]:
    return [(e["type"]["cameo"], e["type"]["trigger"], e["mentions"][0].get("status"), (e.get("source") or {}).get("text"),
             (e.get("source") or {}).get("country"), (e.get("target") or {}).get("text"), (e.get("target") or {}).get("country"))
            for e in events]


def _on(events: list[dict], trigger: str) -> list[dict]:
    return [e for e in events if trigger in (e["type"].get("trigger") or "").lower().split()]


def _countries(events: list[dict], trigger: str, role: str) -> list[str | None]:
    return [(e.get(role) or {}).get("country") for e in _on(events, trigger)]


def _texts(events: list[dict], trigger: str, role: str) -> list[str | None]:
    return [(e.get(role) or {}).get("text") for e in _on(events, trigger)]


def _statuses(events: list[dict], trigger: str) -> list[str | None]:
    return [e["mentions"][0].get("status") for e in _on(events, trigger)]


# ------------------------------------------------- participants 1: a pronoun nobody is named for, in a foreign story


@pytest.mark.parametrize(
    ("text", "trigger", "role", "country"),
    [
        # the dateline's country is not the person's when the story names another country's place before the pronoun
        ("WASHINGTON (AP) -- A court in Moscow on Friday ordered the arrest of an opposition activist.\nThe hearing lasted "
         "an hour.\nShe was detained outside the building.", "detained", "target", "USA"),
        ("LONDON (Reuters) - Crowds gathered in Nairobi on Tuesday.\nThe march lasted all day.\nHe ordered troops to fire "
         "on the crowds, witnesses said.", "ordered", "source", "GBR"),
        ("PARIS (AFP) - A court in Algiers heard the case on Monday.\nThe hearing lasted an hour.\nShe was arrested at "
         "her home in March.", "arrested", "target", "FRA"),
    ],
)
def test_a_pronoun_in_a_story_naming_a_foreign_place_takes_no_dateline_country(nlp, coding_context, text: str, trigger: str,
                                                                               role: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert country not in _countries(events, trigger, role), _show(events)


@pytest.mark.parametrize(
    ("last", "trigger", "role"),
    [
        # a local story that names only places of its own country keeps the guess
        ("He was later arrested at a motel near Springfield.", "arrested", "target"),
        ("On Tuesday they were charged with theft and burglary.", "charged", "target"),
    ],
)
def test_a_pronoun_in_a_local_story_is_still_of_the_story_country(nlp, coding_context, last: str, trigger: str, role: str) -> None:
    text = ("COLUMBUS, Ohio (AP) — A Dayton woman appeared before a Franklin County judge on Monday in the Ohio capital. "
            "The hearing lasted less than an hour and the judge set a date in March. " + last)
    events = coded(nlp, coding_context, text)
    assert "USA" in _countries(events, trigger, role), _show(events)


# ------------------------------------------------- participants 2: a set-off past participle after a clause with an object


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        # the participle tells of the object, not of the clause's subject: the arresting side is not its actor
        ("Police arrested a 25-year-old man on Friday, accused of stabbing his neighbour.", "accused", "police"),
        ("Police arrested a 25-year-old man on Friday, accused of stabbing his neighbour.", "stabbing", "police"),
        ("Troops detained the opposition leader on Sunday, charged with treason.", "charged", "military"),
        ("Officers detained a teacher in the city, suspected of attacking a pupil.", "attacking", "police"),
    ],
)
def test_a_set_off_participle_after_an_object_is_not_the_subjects(nlp, coding_context, text: str, trigger: str,
                                                                   wrong: str) -> None:
    events = coded(nlp, coding_context, text)
    names = [(e.get(r) or {}).get("name") for e in _on(events, trigger) for r in ("source", "target")]
    assert wrong not in names, _show(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # after a passive or copular clause the participle still tells what was done to its subject
        ("A woman is now in jail, accused of robbery.", "accused"),
        ("The man was arrested on Friday, accused of stabbing his neighbour.", "accused"),
    ],
)
def test_a_set_off_participle_after_a_passive_or_copula_is_the_subjects(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(_texts(events, trigger, "target")), _show(events)


# ------------------------------------------------- participants 3: nouns sharing the country of an of-phrase


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        # a bare list, or one with a relation word: the of-phrase is the last noun's only
        ("Protesters and opponents of Russia rallied in Kyiv.", "rallied", "RUS"),
        ("Militiamen and allies of Iran attacked a US base in Iraq.", "attacked", "IRN"),
        ("Refugees and opponents of Venezuela protested in Bogota.", "protested", "VEN"),
    ],
)
def test_nouns_joined_to_a_relation_do_not_share_its_country(nlp, coding_context, text: str, trigger: str, wrong: str) -> None:
    events = coded(nlp, coding_context, text)
    sources = [e.get("source") or {} for e in _on(events, trigger)]
    # the first noun's actor (no country of its own in the sentence) does not take the related country
    assert not any(s.get("country") == wrong and s.get("kind") != "country" and (s.get("text") or "").split()[0] in
                   {"Protesters", "Militiamen", "Refugees"} for s in sources), _show(events)


def test_offices_under_one_determiner_still_share_the_country(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "On Monday Peres met with the president, prime minister and foreign minister of the Czech Republic.")
    assert "CZE" in _countries(events, "met", "target"), _show(events)


# ------------------------------------------------- factuality 1: a court's dismissal, by the subject's own head word


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # not a court: a rejection that happened
        ("The Justice Ministry dismissed the allegations of torture in the prison.", "dismissed", "reported"),
        ("The Justice Department dismissed the claims that it had spied on reporters.", "dismissed", "reported"),
        ("A UN panel dismissed the complaint against the army.", "dismissed", "reported"),
        ("The court's spokesman dismissed the allegations of bribery.", "dismissed", "reported"),
        ("The Justice Minister dismissed the complaints of abuse by police.", "dismissed", "reported"),
        # a court: the claim is ruled out
        ("A federal judge dismissed the complaint against the agency.", "dismissed", "denied"),
        ("The Supreme Court dismissed the appeal by the former minister.", "dismissed", "denied"),
        ("Justice Anne Kerr dismissed the claims against the police officers.", "dismissed", "denied"),
    ],
)
def test_only_a_court_dismissing_a_claim_denies_it(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    events = coded(nlp, coding_context, text)
    assert _statuses(events, trigger) and set(_statuses(events, trigger)) == {status}, _show(events)


# ------------------------------------------------- factuality 2: a modal on another clause beside a given event


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police said a video posted online may have sparked Monday's riots in the capital.", "riots"),
        ("Investigators said the gunman may have acted alone in Monday's attack on the embassy.", "attack"),
        ("The minister said the government might resign after last week's riots in the capital.", "riots"),
        ("Experts said the bombing may have been the work of al-Qaeda.", "bombing"),
        ("Witnesses said the gunmen may have fled after the attack on the checkpoint.", "attack"),
        ("Investigators said the shooting may have been an act of revenge.", "shooting"),
    ],
)
def test_a_given_event_beside_a_modal_is_not_hypothetical(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert _statuses(events, trigger) and "hypothetical" not in _statuses(events, trigger), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the event itself is only possible
        ("The envoy says an official agreement between Chad and Sudan may finally end the border clashes.", "agreement"),
        ("A prison sentence of up to ten years is possible upon conviction.", "conviction"),
        ("Ten years ago such a march through the town would have triggered a riot.", "riot"),
        ("The possibility of a meeting between the two leaders was raised again on Monday.", "meeting"),
    ],
)
def test_a_possible_event_stays_hypothetical(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert _statuses(events, trigger) and set(_statuses(events, trigger)) == {"hypothetical"}, _show(events)


# ------------------------------------------------- factuality 3: "charged X with" a task


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a task given: what it names is told as it is
        ("The UN charged the envoy with brokering a ceasefire between the rebels and the army.", "brokering", "reported"),
        ("The government charged the general with securing the release of the hostages.", "release", "reported"),
        # a crime verb: the act is alleged
        ("He was charged with murdering his neighbour.", "murdering", "unconfirmed"),
        ("Two men were charged with attacking a police officer.", "attacking", "unconfirmed"),
        ("He was charged with taking part in the riots.", "riots", "unconfirmed"),
        ("The activist was charged with inciting protests against the government.", "protests", "unconfirmed"),
    ],
)
def test_charged_with_a_task_is_no_accusation(nlp, coding_context, text: str, trigger: str, status: str) -> None:
    events = coded(nlp, coding_context, text)
    assert _statuses(events, trigger) and set(_statuses(events, trigger)) == {status}, _show(events)


@pytest.mark.parametrize(
    ("text", "word", "task"),
    [
        ("The UN charged the envoy with brokering a ceasefire.", "brokering", True),
        ("The league charged a panel with choosing the new coach.", "choosing", True),
        ("She was charged with overseeing the inquiry.", "overseeing", True),
        ("He was charged with murdering his neighbour.", "murdering", False),
        ("The journalist was charged with spying for Israel.", "spying", False),
        ("He was charged with smuggling weapons.", "smuggling", False),
    ],
)
def test_a_task_verb_is_any_verb_but_a_crime(nlp, text: str, word: str, task: bool) -> None:
    from tidings.code.modality import _charged_task, load_lexicon

    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert _charged_task(tok, load_lexicon()) is task
