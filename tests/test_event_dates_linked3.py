"""Which date phrase dates which event (third set): a to-infinitive coded as the act of its dated verb, an event in a
when- or where-clause through an infinitive, a crime named under a law verb told as a present state, the events of a
run ("a stabbing spree"), an event noun counted from a dated moment ("two days after the raid"), and a bound's
when-clause; with the habits, plans, commitments, bounds and other clauses' dates that must leave an event undated
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded, own_date_start

PUBLISHED = "1998-08-08"  # a Saturday


def _own_date(nlp, coding_context, text: str, trigger: str):
    return own_date_start(nlp, coding_context, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a to-infinitive under a dated verb told in the simple past whose infinitive is its own act then (a ruling, an
        # attempt, a start: courts, war, business, sport)
        ("The court ruled on Tuesday to send the two men to prison.", "send", "1998-08-04"),
        ("Rebels tried on Monday to storm the army barracks.", "storm", "1998-08-03"),
        ("The army began on Wednesday to withdraw its troops from the border.", "withdraw", "1998-08-05"),
        ("The striker's club tried on Thursday to sue the league over the transfer ban.", "sue", "1998-08-06"),
        # an infinitive in a where-clause hung on the date phrase is at that date when it is the clause's own act then
        ("The minister flew to Cairo on Monday, where he began to negotiate with the rebels.", "negotiate", "1998-08-03"),
        ("The army entered the town on Wednesday, where it started to arrest suspects.", "arrest", "1998-08-05"),
        # a verbal act decided or announced is made by that decision (diplomacy, police, local government)
        ("The minister announced on Tuesday to offer a reward for information on the bombers.", "offer", "1998-08-04"),
        ("The alliance decided on Wednesday to invite two countries to join.", "invite", "1998-08-05"),
        ("The water board voted on Monday to call for rationing.", "call", "1998-08-03"),
        # a scheduled act in a where-clause after a clause told in the future takes that coming day
        ("The minister will arrive in Cairo on Monday, where he is scheduled to meet the president.", "meet", "1998-08-10"),
        # a full date needs no tense to count from ("issued on August 3, hours after their arrest, includes")
        ("The list issued by the office on August 3, hours after their arrest, includes two students.", "arrest", "1998-08-03"),
        # a law verb told as a present state names no act of the day: the date after the crime's noun is the crime's
        ("A local man is suspected in the stabbing Friday of a shop owner.", "stabbing", "1998-08-07"),
        ("Two students are suspected in the attack Monday on a teacher.", "attack", "1998-08-03"),
        ("Three fans are accused in the assault Sunday of a referee.", "assault", "1998-08-02"),
        # the events of a run are the run
        ("In June, a stabbing spree in the city left two dead.", "stabbing", "1998-06-01"),
        ("Last year, a bombing spree in the capital killed 40 people.", "bombing", "1997-01-01"),
        # an event noun counted from a day-dated moment set off before it
        ("The hostages were freed on Monday, two days after the raid on the compound.", "raid", "1998-08-01"),
        ("Rebels freed the hostages on Tuesday, a week after their abduction.", "abduction", "1998-07-28"),
        ("The mayor declared a curfew on Friday, hours after the shooting.", "shooting", "1998-08-07"),
        ("The union called off the strike on Monday, hours after the arrest of its leader.", "arrest", "1998-08-03"),
    ],
)
def test_a_date_linked_through_the_parse_dates_the_event(nlp, coding_context, text, trigger, day) -> None:
    assert _own_date(nlp, coding_context, text, trigger) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a commitment, a wish or another's act under the dated verb is still to come
        ("The rebels agreed on Monday to release the hostages.", "release"),
        ("The UN urged Iran on Monday to release the crew.", "release"),
        ("The leaders hoped on Monday to sign a truce.", "sign"),
        # a decision, a vote, an announcement: the act decided is still to come (reviewer's and our own sentences)
        ("The cabinet decided on Monday to send troops to Mali.", "send"),
        ("The union decided on Sunday to strike.", "strike"),
        ("The minister announced on Monday to lift the curfew.", "lift"),
        ("The Security Council voted unanimously on Friday to send peacekeepers to Haiti.", "send"),
        ("Beach town officials decided Saturday night to host the annual motorcycle rally.", "host"),
        ("The regulator decided on Tuesday to fine the bank for misleading customers.", "fine"),
        ("The federation voted on Monday to ban the player for two years.", "ban"),
        ("The board chose on Wednesday to sue the former chief executive.", "sue"),
        # a where-clause verb of expectation, schedule or wish: its infinitive is still to come
        ("The president arrived in Prague on Monday, where he is expected to meet the prime minister.", "meet"),
        ("The envoy flew to Cairo on Sunday, where he was scheduled to meet the foreign minister.", "meet"),
        ("The envoy arrived in Kabul on Tuesday, where he hopes to meet the Taliban.", "meet"),
        ("The rebels stormed the town on Monday, where they are expected to execute prisoners.", "execute"),
        ("The minister landed in Kabul on Thursday, where she wants to meet the rebel leaders.", "meet"),
        # a count from a day told in the present or future: no past day to count from
        ("The talks resume on Thursday, two weeks after the ceasefire.", "ceasefire"),
        ("The summit opens on Monday, a week after the clashes.", "clashes"),
        ("The trial will start on Monday, two months after the raid on the compound.", "raid"),
        # a past plan told in the perfect, a habit
        ("Police said on Monday that the gunman had planned to attack the school.", "attack"),
        ("The union says it will strike every Monday to protest the cuts.", "protest"),
        # a law verb told in the past acts on its own day ("over the shooting on Monday": the arrest's Monday)
        ("Police arrested two men over the shooting on Monday.", "shooting"),
        # a count from no day: a month, a clock time read on the report's day, too many hours, nothing dated at all
        ("The hostages were freed in March, two days after the raid on the compound.", "raid"),
        ("The hostages were freed on Monday, 36 hours after the raid on the compound.", "raid"),
        ("A jogger saw the car at 6 a.m., ten days before the murder.", "murder"),
        ("Two days after the raid, the hostages were freed.", "raid"),
    ],
)
def test_a_plan_a_habit_or_an_uncounted_moment_leaves_the_event_undated(nlp, coding_context, text, trigger) -> None:
    assert _own_date(nlp, coding_context, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "span"),
    [
        # a when-clause on a bound ("since March, when ...") is at the date, not in the stretch the date bounds
        ("The two families have feuded since March, when a farmer was killed in a quarrel.", "killed", ("1998-03-01", "1998-03-31")),
        ("The rebels have held the valley since May, when they seized the dam.", "seized", ("1998-05-01", "1998-05-31")),
    ],
)
def test_a_when_clause_on_a_bound_is_at_the_bound_date(nlp, coding_context, text, trigger, span) -> None:
    hits = [e for e in coded(nlp, coding_context, text, published=PUBLISHED) if e["type"]["trigger"].lower() == trigger]
    assert hits
    date = hits[0]["date"]
    assert date["basis"] == "text" and (date["start"], date["end"]) == span


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a date of the sentence before is not copied to the next one (gold guideline 6)
        ("Rebels seized the town on Monday. The army has accused the rebels of torture.", "accused"),
        ("The court jailed the mayor in 1995. Protesters later attacked the courthouse.", "attacked"),
    ],
)
def test_a_date_of_another_sentence_does_not_date_the_event(nlp, coding_context, text, trigger) -> None:
    assert _own_date(nlp, coding_context, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # "N days/months later" in its own sentence counts from the date the text gave before it
        ("Rebels attacked the base on Monday. Two days later, troops shelled their camp.", "shelled", "1998-08-05"),
        ("Police raided the house on March 3. Two days later they arrested three men.", "arrested", "1998-03-05"),
        ("The club signed the striker in March. Two months later, the league banned him.", "banned", "1998-05-01"),
    ],
)
def test_a_later_date_counts_from_the_date_of_the_sentence_before(nlp, coding_context, text, trigger, day) -> None:
    assert _own_date(nlp, coding_context, text, trigger) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # nothing to count from, a count of years (an earnings report's "a year earlier" is a quarter), a count that would
        # put a past act after the report ("in September" read in August as the coming one)
        ("Two days later, troops shelled the rebels' camp.", "shelled"),
        ("The talks collapsed in 1995. Three years later, rebels attacked the capital.", "attacked"),
        ("The two leaders met at a summit in September. A month later, the US accused Russia of meddling.", "accused"),
    ],
)
def test_a_later_date_with_nothing_sure_to_count_from_leaves_the_event_undated(nlp, coding_context, text, trigger) -> None:
    assert _own_date(nlp, coding_context, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "later", "value"),
    [
        ("They met at a summit in September 2016. A month later, the talks failed.", "A month later", "2016-10"),
        ("The firm was sold in March 2016. Two years later it closed.", "Two years later", "2018"),
        ("The war ended in 1995. Two years later, the troops left.", "Two years later", "1997"),
        # a day still counts days; a month or a year counts no days or weeks
        ("They met on March 3, 2016. Two days later they parted.", "Two days later", "2016-03-05"),
        ("They met in March 2016. Two days later they parted.", "Two days later", "XXXX-XX-XX"),
        ("They met in 2016. Two months later they parted.", "Two months later", "XXXX"),
        # a date in apposition is the same time, not what "later" counts from
        ("In 1995, three years later, they met again.", "three years later", "XXXX"),
        # a bound is no time to count from
        ("They have lived there since 2010. Two years later they married.", "Two years later", "XXXX"),
    ],
)
def test_a_month_or_a_year_before_counts_months_or_years(text, later, value) -> None:
    from tidings import dates

    found = {t["text"]: t["value"] for t in dates(text, anchor="2018-03-27")}
    assert found[later] == value


@pytest.mark.parametrize(
    ("text", "trigger", "span"),
    [
        # a count of years or months dates no finer than its unit (dates rule 7): courts, sport, business
        ("The court convicted him on Monday, two years after the murder.", "murder", ("1996-01-01", "1996-12-31")),
        ("The club sacked the coach on Tuesday, three months after the assault on a referee.", "assault",
         ("1998-05-01", "1998-05-31")),
        ("Police arrested the manager on Friday, a year after the fraud.", "fraud", ("1997-01-01", "1997-12-31")),
        # a count of days stays a day
        ("The hostages were freed on Monday, two days after the raid on the compound.", "raid", ("1998-08-01", "1998-08-01")),
    ],
)
def test_a_count_of_years_or_months_dates_no_finer_than_its_unit(nlp, coding_context, text, trigger, span) -> None:
    hits = [e for e in coded(nlp, coding_context, text, published=PUBLISHED) if e["type"]["trigger"].lower() == trigger]
    assert hits
    date = hits[0]["date"]
    assert date["basis"] == "text" and (date["start"], date["end"]) == span


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # an act decided, voted or expected on a past day is still to come: the day of the decision does not make it
        # reported (gold guidelines 36/37)
        ("The union decided on Sunday to strike.", "strike", "forecast"),
        ("The cabinet decided on Tuesday to send troops to Mali.", "send", "forecast"),
        ("The Security Council voted unanimously on Friday to send peacekeepers to Haiti.", "send", "hypothetical"),
        ("The envoy flew to Cairo on Sunday, where he was scheduled to meet the foreign minister.", "meet", "forecast"),
        ("The envoy arrived in Kabul on Tuesday, where he hopes to meet the Taliban.", "meet", "hypothetical"),
    ],
)
def test_a_decided_or_expected_act_keeps_its_status_after_a_dated_verb(nlp, coding_context, text, trigger, status) -> None:
    hits = [e for e in coded(nlp, coding_context, "The report below appeared on Saturday.\n\n" + text, published=PUBLISHED)
            if e["type"]["trigger"].lower() == trigger]
    assert hits
    assert hits[0]["mentions"][0]["status"] == status
