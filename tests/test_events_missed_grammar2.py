"""Events the coder used to drop because what the verb acts on is named by a pronoun or a bare surname (issue 10,
recall): a lexicon row that names a kind of object ("recover" a weapon, "chase" a person) must find it when the
clause says "it" for a thing named before in the sentence, or only the surname of a person named in full before.

Sentences written for these tests; each names the CAMEO code it must get, or a trigger that must not start an event.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

from tidings.code.events import find_events

_codes = code_triggers


def _raw(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c.code, c.trigger_text) for c in find_events(doc, coding_context.events, actor_noun=coding_context.actor_noun)]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # a thing pronoun acted on repeats the nearest object or subject before it, of its number
        ("Vasquez led detectives to where he had hidden the knife and it was recovered.", "1711", "recovered"),
        ("Troopers traced the stolen rifle to a pawn shop, where it was recovered on Monday.", "1711", "recovered"),
        ("The gang buried the weapons in a field, and they were recovered by soldiers a year later.", "1711", "recovered"),
    ],
)
def test_pronoun_object_stands_for_the_noun_it_repeats(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the noun repeated is of no kind the row names: sport, business, lost property
        ("The striker lost the ball and it was recovered by the goalkeeper.", "recovered"),
        ("The hikers lost a phone on the trail and it was recovered by a ranger.", "recovered"),
        ("The firm found a buyer for the plant and sold it.", "sold"),
        ("Investors found the shares cheap and bought them.", "bought"),
        # the number does not fit: "it" never repeats a plural noun
        ("The company shipped the rifles in a crate, and it was recovered at the port.", "recovered"),
        # the nearest noun is inside a prepositional phrase only: no guess
        ("After a week in the desert with the knife, it was recovered.", "recovered"),
    ],
)
def test_pronoun_object_of_another_kind_starts_no_event(nlp, coding_context, text: str, trigger: str) -> None:
    assert not [t for _, t in _raw(nlp, coding_context, text) if trigger in t], _raw(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Anthony Bell ran from the officers. The other officer chased Bell down an alley.", "173", "chased"),
        ("Deputies said Maria Lopez fled on foot. A deputy chased Lopez across two yards.", "173", "chased"),
    ],
)
def test_bare_surname_is_the_person_named_before(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    assert (code, trigger) in _raw(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a body named before, never a person: the surname test needs a person's full name earlier
        ("Bell Atlantic cut its prices. Rivals chased Bell for months.", "chased"),
        # the name comes before the full name (no person named yet)
        ("Rivals chased Bell for months. Anthony Bell won the race.", "chased"),
        # a place of one word that shares a person's name: a place is never a person
        ("Jack London wrote novels. The tourists chased London's best views.", "chased"),
    ],
)
def test_bare_name_never_named_as_a_person_starts_no_pursuit(nlp, coding_context, text: str, trigger: str) -> None:
    assert not [t for _, t in _raw(nlp, coding_context, text) if trigger in t], _raw(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Bail was set at $20,000 for Johnson.", "Bail", "Johnson"),
        ("The magistrate set bail at $5,000 for the protester.", "bail", "protester"),
        ("Maria Lopez was arraigned Tuesday, with bond set at $50,000 on the burglary charge.", "bond", "Maria Lopez"),
        ("Daniel Smith's bond was set at $10,000 cash only, court records show.", "bond", "Smith"),
    ],
)
def test_bail_set_at_a_sum_lets_the_accused_go(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    hits = [e for e in events if e["type"]["cameo"] == "0841" and e["type"]["trigger"] == trigger]
    assert hits, _codes(events)
    assert any(target in ((e.get("target") or {}).get("text") or "") for e in hits), [(e.get("target") or {}).get("text") for e in hits]


@pytest.mark.parametrize(
    "text",
    [
        # finance: a bond's price, rate or size is no bail
        "The new bonds were set at a price of 99 cents on the dollar.",
        "Interest on the bonds was set at 5 percent.",
        "The city set its bond issue at $40 million.",
        "The bond market set a record at $2 trillion last year.",
        # other senses of "bond": a tie between people; "set at" an age or a place
        "The bond between the two sisters was set at an early age.",
        # sport: a record set at a sum, no bail
        "The club set a transfer record at $90 million.",
        # the release is coded on its verb: no second event on the bail
        "He was released on $5,000 bail set at his first hearing.",
    ],
)
def test_bond_or_sum_of_another_kind_is_no_bail(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["trigger"].lower() in {"bail", "bond", "bonds"} and e["type"]["cameo"] == "0841"], _codes(events)


_LEAD = "The report below appeared on Monday.\n\n"  # one sentence alone is read as a headline


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # a person pronoun passes the row's class as it stands: no nearer thing noun steals it
        ("Two teenagers stole cars from a dealership and police later chased them.", "173", "chased"),
        ("Rebels captured two soldiers carrying rifles and later handed them over to the Red Cross.", "0841", "handed"),
        ("Officers arrested two men who had stolen phones and handed them over to the police in the next town.", "0841", "handed"),
        ("Police arrested two women who had taken wallets and handed them over to prosecutors.", "0841", "handed"),
        ("Guerrillas kidnapped two engineers inspecting pipelines and later handed them over to a local chief.", "0841", "handed"),
    ],
)
def test_person_pronoun_keeps_its_reading_before_a_thing_noun(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _LEAD + text)
    assert any(e["type"]["cameo"] == code and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the thing inside a relative clause on the object is a detail of it, not what "it" repeats: the firm was
        # closed, not the school it ran (business); the knife a player found is no police recovery (sport)
        ("The company bought a firm which ran a school, and later the company closed it.", "closed"),
        ("The investor bought a chain which owned a newspaper, and a year later the investor closed it.", "closed"),
        ("The coach praised a player who had found a knife in the changing room and it was recovered.", "recovered"),
    ],
)
def test_thing_in_a_describing_clause_is_not_what_the_pronoun_repeats(nlp, coding_context, text: str, trigger: str) -> None:
    assert not [t for _, t in _raw(nlp, coding_context, _LEAD + text) if trigger in t], _raw(nlp, coding_context, _LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        # public finance: a city's, a state's or a Treasury's bond set at a sum frees nobody
        "The city set the bond at $2 million for the developer of the stadium project.",
        "The Treasury set the bond at $10 billion, officials said.",
        "Bonds for the new bridge were set at $40 million by the county board.",
        "The county set the bond at $1.5 billion for the school construction program, officials said.",
        "The state set the bond at $300 million for the new highway, the governor said.",
        "The utility set the bond at $75 million for the power plant upgrade.",
    ],
)
def test_bond_of_a_debt_set_at_a_sum_is_no_bail(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _LEAD + text)
    assert not [e for e in events if e["type"]["cameo"] == "0841"], _codes(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A judge set bond at $25,000 for the driver.", "bond"),
        ("The judge set bond at $100,000, prosecutors said.", "bond"),
        ("Bond was set at $15,000 for Carlos Diaz.", "Bond"),
    ],
)
def test_bond_set_by_a_court_or_for_a_person_is_bail(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _LEAD + text)
    assert any(e["type"]["cameo"] == "0841" and e["type"]["trigger"] == trigger for e in events), _codes(events)
