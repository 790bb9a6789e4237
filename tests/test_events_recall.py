"""Recall (issue 10): events the coder used to miss (sentences written for these tests).

An announcement only frames the act its object names: "announced an investigation", "declared a ceasefire" code the
investigation or the ceasefire, with the announcer as its actor, not a plain statement (010) on the verb (gold
guidelines, section 3). Objects that name no act stay uncoded.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, shown


def _lead(text: str) -> str:
    return "Local news. " + text  # read as a sentence of an article body, not as a headline


@pytest.mark.parametrize(
    ("text", "code", "trigger", "source"),
    [
        # inquiries (09): a ministry, a governor, a sheriff's office
        ("The Justice Department announced an investigation into the prison riot on Tuesday.", "090", "investigation", "Justice Department"),
        ("The governor announced a new inquiry into the bridge collapse.", "090", "inquiry", "governor"),
        # a truce (08) in a war
        ("The rebels declared a ceasefire in the northern province on Sunday.", "0871", "ceasefire", "rebels"),
        # releases (08) and expulsions (17): done by announcing them
        ("The army announced the release of 40 prisoners on Friday.", "0841", "release", "army"),  # people set free
        # sanctions (16) in diplomacy
        ("The European Union announced sanctions against the military junta.", "163", "sanctions", "European Union"),
    ],
)
def test_announced_act_is_coded_on_its_noun(nlp, coding_context, text: str, code: str, trigger: str, source: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    hits = [e for e in events if e["type"]["trigger"] == trigger]
    assert hits and hits[0]["type"]["cameo"] == code, shown(events)
    assert source in str((hits[0].get("source") or {}).get("text")), shown(events)
    # the announcement is no statement of its own beside the act it frames
    assert not any(t in {"announced", "declared"} for _, t in code_triggers(events)), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        # business, sport, culture, obituaries: the object names no act
        "The company announced a new smartphone on Tuesday.",
        "The team announced its lineup for the final.",
        "The club declared a dividend of ten cents a share.",
        "The museum announced an exhibition of Roman coins.",
        "The coach announced his retirement after the match.",
        "The band announced a farewell tour of Europe.",
        "The startup announced a partnership with a software maker.",
        "The airline announced a sale on flights to Spain.",
        "The referee declared the match over after the storm.",
    ],
)
def test_announced_thing_is_no_event(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not [c for c, t in code_triggers(events) if t not in {"announced", "declared"}], shown(events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # other verbs still take their object noun as part of their own act (no second event on the noun)
        ("The opposition called for talks with the government.", "talks"),
        ("The minister urged an investigation into the killings.", "investigation"),
        ("The union rejected the offer of talks.", "talks"),
    ],
)
def test_other_verbs_keep_their_object_noun(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not any(t == trigger for _, t in code_triggers(events)), shown(events)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # an act still to come when announced: the announcement stays the event, the act is not coded as done
        ("The union announced a strike at the Ford plant.", "strike"),
        ("The ministry announced talks with the striking teachers' union.", "talks"),
        ("The prime minister announced a visit to China next month.", "visit"),
        ("Opposition leaders announced a march through the capital for Saturday.", "march"),
        # a misparse: the object is the subject of the clause stated
        ("The police issued a press release stating the threat is unsubstantiated.", "threat"),
    ],
)
def test_announced_act_still_to_come_is_not_coded_as_done(nlp, coding_context, text: str, noun: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    done = [e for e in events if e["type"]["trigger"] == noun and e["mentions"][0].get("status") in {"reported", "confirmed"}]
    assert not done, shown(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "a state of X": the state is the X the lexicon row names (1724 impose, 0814 ease a state of emergency)
        ("The government declared a state of emergency in the capital on Monday.", "1724"),
        ("A state of emergency was declared in three provinces after the riots.", "1724"),
        ("The junta imposed a state of emergency across the country.", "1724"),
        ("The government lifted the state of emergency on Friday.", "0814"),
    ],
)
def test_a_state_of_emergency_is_coded_as_the_emergency(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert code in [c for c, _ in code_triggers(events)], shown(events)


@pytest.mark.parametrize(
    "text",
    [
        # any other "state of": no emergency measure
        "The governor declared the state of the economy sound.",
        "Officials described the state of the roads as poor.",
        "The minister lifted the mood by praising the state of the team.",
    ],
)
def test_other_states_are_no_emergency(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert not [c for c, _ in code_triggers(events) if c[:3] in {"172", "081"}], shown(events)
