"""The participants of events, by the kind of phrase that names them (fourth set): a headline's verb the parser read as
a word of a name has the noun after it as its object; a word of a known title ("Grand Jury", "Supreme Court") is no
small place that gives the actor a country.

Sentences written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, on_trigger, role_values, shown

pytestmark = pytest.mark.model


def _pairs(events: list[dict], trigger: str) -> list[tuple[str | None, str | None]]:
    """(source text, target text) of every actor pair coded on ``trigger``."""
    return [((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
            for e in on_trigger(events, trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # the verb read as a word inside the object's name: the words before are the doer, the noun it hangs on the object
        ("Grand Jury Indicts Man", "Indicts", "Grand Jury", "Man"),
        ("Sheriff Arrests Three Men", "Arrests", "Sheriff", "Three Men"),
        ("Georgia Arrests Opposition Members on Arms Charges", "Arrests", "Georgia", "Opposition Members"),
        ("Army Kills Five Rebels in Raid", "Kills", "Army", "Rebels"),
    ],
)
def test_a_headline_verb_read_as_a_name_has_the_noun_after_it_as_object(nlp, coding_context, text: str, trigger: str,
                                                                         source: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    pairs = _pairs(events, trigger)
    assert any(s is not None and source in s and t is not None and target in t and trigger not in t for s, t in pairs), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # in plain case, a verb keeps its own object and the parse is trusted
        ("Police arrested two men on Monday.", "arrested", "two men"),
        ("The sheriff arrested three men after the robbery.", "arrested", "three men"),
    ],
)
def test_a_plain_sentence_keeps_its_own_object(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(t is not None and target in t for _s, t in _pairs(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a headline's name holds no verb-like word with an object: nothing is read into it
        ("Harbour Authority Reports Record Cargo Volumes", "Reports"),
        ("Riverside Choir Wins Regional Award", "Wins"),
        # a word of a name whose verb comes later: "States" in "United States Navy" is no verb with an object
        ("United States Navy Arrives in Port", "States"),
    ],
)
def test_no_object_for_a_headline_without_an_event(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not _pairs(events, trigger), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "role"),
    [
        # "Grand" is also a village; inside "Grand Jury" it is part of the body's title, so no country from it
        ("The Grand Jury charged three men with fraud.", "charged", "source"),
        ("A Grand Jury met on Monday and indicted the treasurer.", "indicted", "source"),
        ("The Supreme Court justices rejected the appeal.", "rejected", "source"),
    ],
)
def test_a_word_of_a_known_title_is_no_place(nlp, coding_context, text: str, trigger: str, role: str) -> None:
    events = coded(nlp, coding_context, text)
    assert role_values(events, trigger, role, "country") and all(c is None for c in role_values(events, trigger, role, "country")), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a place before a role word still gives its country
        ("Newark Police Department officers arrested two men.", "arrested", "USA"),
        ("Gainesville residents protested the plan.", "protested", "USA"),
    ],
)
def test_a_place_before_a_role_word_still_gives_its_country(nlp, coding_context, text: str, trigger: str,
                                                            country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert country in role_values(events, trigger, "source", "country"), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "wanted"),
    [
        # in a headline the span the grammar found is the actor, not the name the parser built around the verb
        ("Georgia Arrests Opposition Members on Arms Charges", "Arrests", "source", "Georgia"),
        ("Georgia Arrests Opposition Members on Arms Charges", "Arrests", "target", "Opposition Members"),
        # in plain case a name the parser found whole stays whole
        ("The Bank of Lisbon sued the Harbour Trust of Oporto on Monday.", "sued", "source", "Bank of Lisbon"),
        ("Officials of the Kenya Wildlife Service arrested two poachers.", "arrested", "source", "Officials"),
    ],
)
def test_a_headline_actor_is_the_span_the_grammar_found(nlp, coding_context, text: str, trigger: str, role: str,
                                                        wanted: str) -> None:
    events = coded(nlp, coding_context, text)
    texts = [(e.get(role) or {}).get("text") for e in on_trigger(events, trigger)]
    assert any(t is not None and wanted in t and trigger not in t for t in texts), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a passive reported inside a relative clause: the by-phrase does it, the noun the clause hangs on suffers it
        ("A Leeds teacher who police said was assaulted by pupils has resigned.", "assaulted", "pupils", "teacher"),
        # the parser lost the passive's subject: its by-phrase is still the doer
        ("A man authorities say was shot by a state trooper last week was jailed Tuesday.", "shot", "trooper", None),
        ("The woman police believe was attacked by her neighbour has died.", "attacked", "neighbour", None),
    ],
)
def test_a_reported_passive_in_a_relative_clause_keeps_its_doer(nlp, coding_context, text: str, trigger: str, source: str,
                                                                 target: str | None) -> None:
    events = coded(nlp, coding_context, text)
    pairs = _pairs(events, trigger)
    assert any(s is not None and source in s and (target is None or (t is not None and target in t)) for s, t in pairs), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "nobody"),
    [
        # the noun a relative clause hangs on is not the one reported about when the reporting verb has its own object
        ("The lawsuit was filed by ten workers who claimed their rights were violated by the firm.", "violated", "workers"),
        # an active reported verb: the one it is about does it, the reporters do not
        ("The general, who officials said ordered the shelling, was arrested.", "shelling", "officials"),
        # no by-phrase, no doer read into a passive whose subject the parser lost
        ("A boy police say was injured in the crash is in hospital.", "injured", "police"),
    ],
)
def test_no_reported_doer_without_the_grammar(nlp, coding_context, text: str, trigger: str, nobody: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(s is not None and nobody in s for s, _t in _pairs(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "targets", "not_targets"),
    [
        # a plural relative clause on the last noun of a list is about the whole list
        ("Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI.", "questioned", ["Iraqis", "Libyan"], []),
        ("Officials named two Britons and a Canadian who were kidnapped by rebels.", "kidnapped", ["Britons", "Canadian"], []),
        # a singular one is about the last noun only
        ("The court freed three soldiers and a guard who was beaten by inmates.", "beaten", ["guard"], ["soldiers"]),
        ("Rebels shelled the barracks and a hospital which was hit by a rocket.", "hit", [], ["barracks"]),
    ],
)
def test_a_plural_relative_clause_on_a_list_is_about_the_whole_list(nlp, coding_context, text: str, trigger: str,
                                                                     targets: list[str], not_targets: list[str]) -> None:
    doc = nlp(text)
    found = [r.text for e in doc._.tidings_events if e.trigger_text.split()[-1] == trigger for r in e.targets]
    for t in targets:
        assert any(t in f for f in found), (found, shown(coded(nlp, coding_context, text)))
    for t in not_targets:
        assert not any(t in f for f in found), found


@pytest.mark.parametrize(
    ("text", "trigger", "source", "not_source"),
    [
        # a quotation's "we" is its speaker's side, not the third party the quotation's own clause names
        ('"The Israelis know that we are not going to negotiate the line of 1967," Assad wrote.', "negotiate", None, "Israelis"),
        ('"The rebels think that we will attack the town," the colonel said.', "attack", None, "rebels"),
        # a third-person pronoun in a reported clause still repeats the reporting clause's subject
        ("Israeli officials said they would not negotiate with Hamas.", "negotiate", "Israeli officials", None),
        ("The army said it would attack the town.", "attack", "army", None),
    ],
)
def test_a_quotations_we_is_not_the_third_party_it_names(nlp, coding_context, text: str, trigger: str,
                                                          source: str | None, not_source: str | None) -> None:
    events = coded(nlp, coding_context, text)
    sources = [s for s, _t in _pairs(events, trigger)]
    assert sources, shown(events)
    if source is not None:
        assert any(s is not None and source in s for s in sources), shown(events)
    if not_source is not None:
        assert not any(s is not None and not_source in s for s in sources), shown(events)
