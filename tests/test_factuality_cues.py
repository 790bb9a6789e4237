"""Uncertain-but-not-negated events and negative lexical events read right (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.mentions import events_from_doc


@pytest.mark.parametrize(
    ("text", "code", "status", "negated"),
    [
        ("Police in Lyon managed to arrest the suspect on Friday.", "173", "reported", False),  # managing to: it happened
        ("The rebels are trying to capture the town of Kidal.", "192", "hypothetical", False),  # an attempt, not a fact
        ("The government planned to arrest the opposition leader.", "173", "hypothetical", False),
        ("The Malian army failed to capture the town of Kidal.", "192", "denied", True),  # a failure negates
        ("Turkish authorities shuttered the newspaper's offices in Istanbul.", "172", "reported", False),  # a negative word, a real event
    ],
)
def test_attempts_plans_failures_and_negative_words_get_their_status(nlp, coding_context, text, code, status, negated) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"].startswith(code)]
    assert events, [(e["type"]["cameo"], e["status"]) for e in coded(nlp, coding_context, text)]
    assert events[0]["status"] == status and bool(events[0].get("negated")) == negated


@pytest.mark.parametrize(
    ("text", "published", "code", "day"),
    [
        ("The army withdrew on 12 June, two weeks after rebels captured the town of Kidal.", "2021-06-20", "192", "2021-05-29"),
        ("Rebels shelled the airport on March 3, a week before government troops retook the city of Gao.", "2021-04-01", "192", "2021-03-10"),
    ],
)
def test_an_event_told_as_days_after_or_before_a_dated_one_gets_its_own_day(nlp, coding_context, text, published, code, day) -> None:
    doc = nlp(text)
    events = [dict(e) for e in events_from_doc(doc, {"id": "t", "text": text, "published": published, "outlet": None}, context=coding_context)]
    found = [e for e in events if e["type"]["cameo"].startswith(code)]
    assert found and (found[0].get("date") or {}).get("start") == day, [(e["type"]["cameo"], e.get("date")) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "status"),
    [
        ("The ministry rejected reports that its troops had shelled the village.", "194", "denied"),
        ("The army dismissed claims that soldiers had killed civilians in Gao.", "182", "denied"),
        ("A rebel spokesman denied a report that his fighters had kidnapped the engineers.", "181", "denied"),
        ("The ministry confirmed reports that its troops had shelled the village.", "194", "confirmed"),
    ],
)
def test_a_denied_report_denies_its_content(nlp, coding_context, text, code, status) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"].startswith(code[:2])]
    assert events and events[0]["status"] == status, [(e["type"]["cameo"], e["status"]) for e in coded(nlp, coding_context, text)]


def test_denying_an_accusation_itself_leaves_no_denied_event(nlp, coding_context) -> None:
    assert all(e["status"] != "denied" for e in coded(nlp, coding_context, "The ministry denied the accusations."))


@pytest.mark.parametrize(
    ("text", "code", "negated"),
    [
        # violence a past plot aimed at did not happen (the plot was stopped); a plot still afoot is no negation
        ("The man admitted that he had plotted to bomb a synagogue in the city.", "18", True),
        ("The two men plotted to kill the governor, prosecutors said.", "18", True),
        ("Rebels plan to attack the capital next week.", "18", False),
        # a plan of something other than violence keeps its plain reading
        ("The government planned to arrest the opposition leader.", "17", False),
    ],
)
def test_violence_of_a_past_plot_is_negated(nlp, coding_context, text, code, negated) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"].startswith(code)]
    assert events, [(e["type"]["cameo"], e["status"]) for e in coded(nlp, coding_context, text)]
    assert bool(events[0].get("negated")) == negated


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # an event named as what reports or allegations tell of is unconfirmed; the same event told as a fact is reported
        ("The envoy said there were credible reports of massacres of villagers by the militia.", "massacres", "unconfirmed"),
        ("Aid groups cited allegations of killings of prisoners by the guards.", "killings", "unconfirmed"),
        ("The envoy said the militia massacred villagers.", "massacred", "reported"),
    ],
)
def test_what_reports_tell_of_is_unconfirmed(nlp, coding_context, text, trigger, status) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert events and events[0]["status"] == status, [(e["type"]["trigger"], e["status"]) for e in coded(nlp, coding_context, text)]
