"""Who does a nominal event, and to whom: the subject of the verb that orders it, the one "on a visit", the one tried.

Sentences written for these tests; names of people are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, shown, sides

pytestmark = pytest.mark.model


_sides = sides
_show = shown


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # the one who orders, plots or plans the act is its doer
        ("The Chilean president said he had ordered the strikes on rebel camps.", "strikes", "CHL"),
        ("The Peruvian general plotted the attack on the border post.", "attack", "PER"),
        ("Kenyan officers planned the raid on the warehouse for weeks.", "raid", "KEN"),
        # a passive one names its doer by its by-phrase
        ("Officials allege the bombings were plotted by a Saudi financier.", "bombings", "SAU"),
        # the one "on a visit" is its visitor
        ("The Kenyan president is on an official visit to Uganda this week.", "visit", "KEN"),
        # (one arriving on a visit is one event, the arrival: see test_coding_wire_and_world_press.py)
        ("The Peruvian foreign minister began a two-day visit to Quito on Monday.", "visit", "PER"),
    ],
)
def test_the_clause_subject_does_the_nominal_event(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(s == source for s, _t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a negated order: nobody is said to have ordered it
        ("The Chilean president did not order the strikes on rebel camps.", "strikes"),
        # commenting on, reporting on or asking about a visit is not making it
        ("The Ugandan minister commented on a visit to Kenya by the trade envoy.", "visit"),
        ("A Kenyan newspaper reported on a visit to Uganda last year.", "visit"),
        # opposing or condemning an attack is not doing it
        ("The Peruvian senator condemned the attack on the border post.", "attack"),
        ("The Chilean minister opposed the strikes on rebel camps.", "strikes"),
        # a trip named before ("the trip") carries its sides where it is named
        ("Ten Cuban pupils were chosen to go on the trip next month.", "trip"),
    ],
)
def test_a_clause_subject_that_does_not_do_the_act_is_not_its_source(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    subject_country = {"Chilean": "CHL", "Ugandan": "UGA", "Kenyan": "KEN", "Peruvian": "PER", "Cuban": "CUB"}
    word = next(w for w in subject_country if text.split()[1] == w or text.split()[0] == w)
    assert all(s != subject_country[word] for s, _t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    "text",
    [
        # ordering or planning things that are not acts: no event at all
        "She ordered the pizza for the whole team.",
        "The coach planned the celebration after the cup final.",
        "The restaurant owner planned the menu for the wedding.",
        "The conductor directed the orchestra in the second half.",
    ],
)
def test_ordering_or_planning_a_thing_is_no_event(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not [e for e in events if e["type"]["cameo"].startswith(("18", "19", "04"))], _show(events)


def _found(nlp, coding_context, text: str, trigger: str) -> list[tuple[list[str], list[str]]]:
    """(source texts, target texts) of the candidates ``find_events`` makes on ``trigger``."""
    from tidings.code.events import find_events

    return [([s.text for s in e.sources], [t.text for t in e.targets])
            for e in find_events(nlp(text), coding_context.events) if e.trigger_text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "tried"),
    [
        # the possessor of a trial is the one tried, even a company or a state
        ("Safaricom's conviction for fraud was overturned on Monday.", "conviction", "Safaricom"),
        ("Microsoft's indictment surprised investors.", "indictment", "Microsoft"),
    ],
)
def test_the_possessor_of_a_trial_is_the_one_tried(nlp, coding_context, text: str, trigger: str, tried: str) -> None:
    found = _found(nlp, coding_context, text, trigger)
    assert any(tried in targets and tried not in sources for sources, targets in found), found


@pytest.mark.parametrize(
    ("text", "trigger", "bench"),
    [
        # the court that acquits or convicts is not the one tried
        ("The tribunal's acquittal of the banker surprised many.", "acquittal", "tribunal"),
        ("The court's conviction of the banker was upheld on appeal.", "conviction", "court"),
        # a state that kills or arrests does it (not a trial)
        ("Iran's executions of dissidents drew protests.", "executions", "Iran"),
    ],
)
def test_a_bench_or_a_state_is_not_the_one_tried(nlp, coding_context, text: str, trigger: str, bench: str) -> None:
    found = _found(nlp, coding_context, text, trigger)
    assert all(bench not in targets for _sources, targets in found), found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # possessors that take no part: a place, a time, a superlative
        ("The city's hospital was attacked by rebels on Monday.", "attacked"),
        ("Last year's attack on the embassy killed twelve people.", "attack"),
        ("The country's worst flood left thousands homeless.", "flood"),
    ],
)
def test_a_possessor_that_takes_no_part_is_no_side(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    texts = [(e.get("source") or {}).get("text") or "" for e in events] + [(e.get("target") or {}).get("text") or "" for e in events]
    assert not any(w in t for t in texts for w in ("city", "year", "country")), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an on-phrase set off by commas says where the subject is
        ("Last week, Peruvian Foreign Minister Ana Ortega, on an official visit to Chile, asked for help.", "visit", "PER"),
        ("The Kenyan minister, on a visit to a tea factory, praised the workers.", "visit", "KEN"),
        # the cooperation "of" someone is theirs
        ("The search ended with the full cooperation of Kenyan authorities, the envoy said.", "cooperation", "KEN"),
        # a participle of carrying out hung on the act names its doer by its by-phrase
        ("The court delayed a ruling on the lawsuit launched by the Peruvian government against the mine.", "lawsuit", "PER"),
        ("The attacks carried out by Ugandan rebels killed ten villagers.", "attacks", "UGA"),
    ],
)
def test_phrases_around_the_noun_name_its_doer(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(s == source for s, _t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # those who saw, reported or filmed an act did not do it
        ("The attack witnessed by hundreds of Kenyan fans shocked the league.", "attack", "KEN"),
        ("The bombing reported by Ugandan radio killed four soldiers.", "bombing", "UGA"),
        ("The raid filmed by a Peruvian reporter ended at dawn.", "raid", "PER"),
        # an on-phrase not set off by commas, on a verb of saying, is no visit of the subject's
        ("The Kenyan minister reported on a visit to the factory by inspectors.", "visit", "KEN"),
        # a thing shared, not a side: no cooperator
        ("The sharing of Kenyan intelligence with Uganda improved security.", "sharing", "KEN"),
    ],
)
def test_phrases_that_do_not_name_the_doer(nlp, coding_context, text: str, trigger: str, not_source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(s != not_source for s, _t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a measure laid "on" or "against" a state: the state is its target, not the measure
        ("The council will not lift the sanctions imposed on Iran after the tests.", "imposed", "IRN"),
        ("New sanctions were imposed against Venezuela by the European Union on Monday.", "imposed", "VEN"),
    ],
)
def test_a_measure_laid_on_a_side_targets_the_side(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(t == target for _s, t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # a date, a thing or a place in the on-phrase is no side
        ("A curfew was imposed on Friday by Kenyan officials.", "imposed", "Friday"),
        ("A new tax was imposed on imported cars by the Kenyan parliament.", "imposed", "cars"),
        ("A ban was imposed on the stadium by the Kenyan league.", "imposed", "stadium"),
    ],
)
def test_a_measure_laid_on_a_thing_or_a_day_has_no_side_there(nlp, coding_context, text: str, trigger: str, not_target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(not_target not in ((e.get("target") or {}).get("text") or "") for e in events), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # people expelled, deported or extradited from a state: the state sends them away
        ("Two Kenyan diplomats were expelled from Uganda on Monday.", "expelled", "UGA"),
        ("He was deported from Peru to Bolivia last week.", "deported", "PER"),
        ("The move followed the expulsion of hundreds of Malians from Algeria in March.", "expulsion", "DZA"),
    ],
)
def test_the_state_people_are_sent_away_from_sends_them(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(s == source for s, _t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # a school, a party, a league or a match is not a state; a named doer wins
        ("The student was expelled from Harvard last year.", "expelled", "Harvard"),
        ("She was expelled from the Labour Party in May.", "expelled", "Labour"),
        ("The Ugandan striker was expelled from the match in Kenya by the referee.", "expelled", "Kenya"),
        ("The Kenyan striker was sent off and expelled from the Ugandan league.", "expelled", "Ugandan"),
    ],
)
def test_expelled_from_a_body_or_a_game_names_no_state(nlp, coding_context, text: str, trigger: str, not_source: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(not_source not in ((e.get("source") or {}).get("text") or "") for e in events), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a complaint about what a state did or how it behaves is aimed at the state
        ("The Greek minister complained that Turkey's obstinacy was hampering the talks.", "complained", "TUR"),
        ("The senator complained that Iran's refusal had stalled the negotiations.", "complained", "IRN"),
        # scorn poured on claims is aimed at who made them
        ("This week, the senator poured scorn on Egyptian government claims that the protest was violent.", "poured", "EGY"),
    ],
)
def test_a_complaint_about_a_sides_act_targets_the_side(nlp, coding_context, text: str, trigger: str, target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(t == target for _s, t in _sides(events, trigger)), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # the owner of a thing complained about, a team or a building, is no named side
        ("The coach complained that the team's defence was too slow.", "complained", "team"),
        ("The fans complained that the stadium's roof leaked.", "complained", "stadium"),
        # a complaint whose subject has no owner names no side
        ("The residents complained that the water was dirty.", "complained", "water"),
    ],
)
def test_a_complaint_about_a_thing_names_no_side(nlp, coding_context, text: str, trigger: str, not_target: str) -> None:
    events = coded(nlp, coding_context, text)
    assert all(not_target not in ((e.get("target") or {}).get("text") or "") for e in events), _show(events)


@pytest.mark.parametrize(
    ("text", "trigger", "victim"),
    [
        # a titled possessor of what is done to someone is its victim, even if tagged as a firm
        ("Police are searching for those responsible for Mrs Okafor's abduction.", "abduction", "Okafor"),
        ("Detectives made progress on Mr Lindqvist's murder last week.", "murder", "Lindqvist"),
    ],
)
def test_a_titled_possessor_of_a_harm_is_its_victim(nlp, coding_context, text: str, trigger: str, victim: str) -> None:
    found = _found(nlp, coding_context, text, trigger)
    assert all(victim not in " ".join(sources) for sources, _targets in found), found


@pytest.mark.parametrize(("name", "country"), [
    ("the Democratic Republic of Congo", "COD"),
    ("the Democratic Republic of the Congo", "COD"),
    ("the Republic of Congo", "COG"),
    ("the Republic of the Congo", "COG"),
])
def test_the_two_congos_are_told_apart_with_or_without_the(name, country):
    from tidings.knowledge import load_knowledge

    found = load_knowledge().country(name.removeprefix("the "))
    assert found is not None and found.iso3 == country
