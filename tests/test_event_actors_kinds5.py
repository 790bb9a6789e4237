"""The participants of events, by the kind of phrase that names them (fifth set): a crime named by a charge inside a
with-absolute ("arraigned ..., with bond set at $5,000 on the burglary charge") is the crime of the one arraigned,
held or sentenced, not of the bond or bail the absolute is about.

Sentences written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, on_trigger, role_values, shown

from tidings.code.events import _actor_refs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Maria Lopez was arraigned Monday, with bail set at $5,000 on the burglary charge.", "burglary", "Lopez"),
        ("Tomas Brenner was arraigned at the county jail, with bond set at $20,000 on the robbery charge.", "robbery", "Brenner"),
        ("Edwin Marlow was booked into the jail on Friday, with bond fixed at $1,500 on a charge of theft.", "theft", "Marlow"),
        ("Dana Welk appeared in court Tuesday, with bail set at $10,000 on the assault charge.", "assault", "Welk"),
    ],
)
def test_a_charge_in_a_with_absolute_names_the_one_in_the_main_clause(nlp, coding_context, text: str, trigger: str,
                                                                       source: str) -> None:
    events = coded(nlp, coding_context, text)
    sources = role_values(events, trigger, "source", "text")
    assert sources and all(s is not None and source in s for s in sources), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # the absolute's own subject is a person: the one it is about, not the main clause's subject
        ("Maria Lopez was arraigned Monday, with her lawyer held in contempt on a fraud charge.", "fraud", "Lopez"),
        # a with-phrase that is no absolute of the main verb: nothing is carried up
        ("The museum reopened on Sunday, with a display of the robbery at its centre.", "robbery", "museum"),
        ("The festival ended with fireworks set off over the harbour after the theft of the trophy.", "theft", "festival"),
        # sport and business: a with-absolute with no charge in it names no crime
        ("The club opened its season, with tickets set at $20 for the derby.", "derby", "club"),
    ],
)
def test_no_main_clause_subject_is_carried_into_another_kind_of_with_phrase(nlp, coding_context, text: str, trigger: str,
                                                                            not_source: str) -> None:
    events = coded(nlp, coding_context, text)
    sources = role_values(events, trigger, "source", "text")
    assert not any(s is not None and not_source in s for s in sources), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # without an absolute, the charged one is found as before
        ("Maria Lopez was charged with burglary on Monday.", "burglary", "Lopez"),
        ("Tomas Brenner was arraigned on a robbery charge.", "robbery", "Brenner"),
    ],
)
def test_a_plain_charge_keeps_its_charged_one(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e.get("source") and source in e["source"]["text"] for e in on_trigger(events, trigger)), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        # court reports: "Name (age) of <address>, <town>, who is accused of ...": the person, not the street or town
        ("The hearings involved Sean Murphy (19) of 4 Mill Road, Carlow, who is accused of carrying out an assault.",
         "assault", "source", "Murphy"),
        ("The hearings involved Kevin Walsh (22) of 7 Bridge Street, Ennis, who is accused of carrying out an assault.",
         "accused", "target", "Walsh"),
        ("The court heard from Liam Doyle (24) of 12 Church Street, Athlone, who is accused of assaulting a neighbour.",
         "accused", "target", "Doyle"),
        ("The daughter of John Reed, who was arrested in 2010, spoke at the hearing.", "arrested", "target", "Reed"),
    ],
)
def test_a_who_clause_hung_on_the_place_a_person_is_of_is_about_the_person(nlp, coding_context, text: str, trigger: str,
                                                                          role: str, name: str) -> None:
    events = coded(nlp, coding_context, text)
    values = role_values(events, trigger, role, "text")
    assert values and all(v is not None and name in v for v in values), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_role_text"),
    [
        # no person's name before the of- or from-phrase: the clause keeps the noun it hangs on
        ("The firm hired staff from Leeds, who were arrested on Friday.", "arrested", "staff"),
        ("Delegates of Kenya, who were attacked by gunmen, returned home.", "attacked", "Delegates"),
        # a "which" or "that" clause is about a thing or a place, never the person
        ("Maria Lopez of Riverside Farm, which was raided by police on Monday, spoke to reporters.", "raided", "Lopez"),
        # sport: a club in British usage takes "who"; no person's name, nothing is moved
        ("The team of Bolton, who were beaten on Saturday, lost again.", "beaten", "team"),
        # a "which" clause on a town of a common noun ("the town of Castlebar"): no person is meant
        ("The jury heard evidence from Rosa Diaz about the town of Castlebar, which was flooded in May.", "flooded", "Diaz"),
    ],
)
def test_no_who_clause_moves_to_a_person_the_text_does_not_name_before_the_place(nlp, coding_context, text: str,
                                                                                 trigger: str, not_role_text: str) -> None:
    events = coded(nlp, coding_context, text)
    values = role_values(events, trigger, "target", "text") + role_values(events, trigger, "source", "text")
    assert not any(v is not None and not_role_text in v for v in values), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # a verb joined to an active one is passive by its own auxiliary: its shared subject is the one it is done to
        ("Maria Lopez pleaded guilty and was sentenced to five years for fraud.", "sentenced", None, "Lopez"),
        ("The company posted a loss and was fined by regulators.", "fined", "regulators", "company"),
        ("Police stopped the car and were attacked by the driver.", "attacked", "driver", "Police"),
    ],
)
def test_a_joined_verb_with_its_own_passive_auxiliary_is_passive(nlp, coding_context, text: str, trigger: str,
                                                                 source: str | None, target: str) -> None:
    events = coded(nlp, coding_context, text)
    pairs = [((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text")) for e in on_trigger(events, trigger)]
    assert pairs and all(t is not None and target in t for _s, t in pairs), shown(events)
    assert all((s is None) if source is None else (s is not None and source in s) for s, _t in pairs), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an active verb joined to an active one keeps the shared subject as its doer
        ("Police stopped the car and arrested the driver.", "arrested", "Police"),
        ("The minister resigned and criticised the government.", "criticised", "minister"),
        # a passive joined to a passive stays passive: the agent does it
        ("The man was arrested and was charged by police.", "charged", "police"),
    ],
)
def test_a_joined_verb_without_its_own_passive_auxiliary_keeps_its_voice(nlp, coding_context, text: str, trigger: str,
                                                                         source: str) -> None:
    events = coded(nlp, coding_context, text)
    sources = role_values(events, trigger, "source", "text")
    assert sources and all(s is not None and source in s for s in sources), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        # a finite passive the parser joined to a gerund of an adverbial clause: the joint is misread, nothing changes
        "Residents are asked to recycle their waste while living at the site and are helped by the Harbour Trust.",
        "Pupils are urged to read daily while staying at the hostel and are supported by volunteers.",
    ],
)
def test_a_passive_joined_to_a_gerund_is_not_read_as_passive(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if (e.get("source") or {}).get("text") in {"Harbour Trust", "volunteers", "the Harbour Trust"}
                and e["type"]["trigger"] in {"helped", "supported"}], shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "name"),
    [
        # "say" takes no object before a clause of its own: the noun the parser made its object is the clause's subject
        ("Police said her boyfriend Dale Ferris, of the 400 block of Elm Street, is suspected in the robbery.",
         "robbery", "source", "Ferris"),
        ("Officials said the minister, a veteran of the party, was arrested on Monday.", "arrested", "target", "minister"),
        # (and where the parser did find the subject, it stays)
        ("Investigators said his cousin Amy Hale, of Oak Lane, is wanted for burglary.", "burglary", "source", "Hale"),
    ],
)
def test_the_noun_after_say_is_the_subject_of_the_reported_clause(nlp, coding_context, text: str, trigger: str, role: str,
                                                                 name: str) -> None:
    events = coded(nlp, coding_context, text)
    values = role_values(events, trigger, role, "text")
    assert values and all(v is not None and name in v for v in values), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_name"),
    [
        # a reported clause with its own subject keeps it
        ("Police said the driver told them a man was attacked near the bridge.", "attacked", "driver"),
        # the object of another verb of saying before a clause is its listener, not the clause's subject
        ("The mayor told residents the plant was raided by inspectors.", "raided", "residents"),
        # sport: "said" with a clause whose subject the parser found
        ("The coach said his players were insulted by the fans.", "insulted", "coach"),
    ],
)
def test_no_noun_is_taken_from_say_when_the_clause_has_its_own_subject(nlp, coding_context, text: str, trigger: str,
                                                                      not_name: str) -> None:
    events = coded(nlp, coding_context, text)
    values = role_values(events, trigger, "target", "text") + role_values(events, trigger, "source", "text")
    assert not any(v is not None and not_name in v for v in values), shown(events)


_LEAD = "The report below appeared on Monday.\n\n"  # one sentence alone is read as a headline


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        ("Police in Poland detained Sergei Ivanov from Ukraine, who is accused of spying for Russia.", "accused", "Sergei Ivanov", "UKR"),
        ("Turkish authorities deported Ali Reza from Iran, who had been arrested in Istanbul.", "arrested", "Ali Reza", "IRN"),
        ("Police in Kenya arrested Juma Otieno from Uganda, who is accused of robbing a bank.", "accused", "Juma Otieno", "UGA"),
        # the main clause's mention of the same person takes the same country
        ("Turkish authorities deported Ali Reza from Iran, who had been arrested in Istanbul.", "deported", "Ali Reza", "IRN"),
    ],
)
def test_the_place_a_who_clause_person_is_from_gives_the_country(nlp, coding_context, text: str, trigger: str, name: str,
                                                                  country: str) -> None:
    events = coded(nlp, coding_context, _LEAD + text)
    targets = [((e.get("target") or {}).get("name"), (e.get("target") or {}).get("country")) for e in on_trigger(events, trigger)]
    assert (name, country) in targets, shown(events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no "who" clause on the place: the from-phrase may be where the act took the person from
        ("Police detained Sergei Ivanov from Ukraine on Monday.", "Ivanov"),
        ("Russia expelled Mark Jones from Moscow last week.", "Jones"),
        # a "which" clause is about the place, not the person
        ("Police detained Sergei Ivanov from Ukraine, which has protested the arrest.", "Ivanov"),
        # the "who" clause hangs on a later person, not on the place
        ("Sergei Ivanov from Ukraine met the mayor, who praised the plan.", "Ivanov"),
    ],
)
def test_no_place_is_added_to_a_person_without_a_who_clause_on_it(nlp, text: str, name: str) -> None:
    doc = nlp(_LEAD + text)
    tok = next(t for t in doc if t.text == name)
    assert all("from" not in r.text for r in _actor_refs(tok)), [r.text for r in _actor_refs(tok)]
