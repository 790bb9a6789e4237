"""Detection and normalisation of time expressions by `tidings.dates` (no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings import ConfigError, dates

ANCHOR = "2018-03-27"  # a Tuesday


def _find(text: str, phrase: str, anchor=ANCHOR):
    """The timex whose text is ``phrase``, checking its offsets point at it."""
    found = dates(text, anchor=anchor)
    for t in found:
        assert text[t["start"]:t["end"]] == t["text"]
    matches = [t for t in found if t["text"] == phrase]
    assert matches, f"{phrase!r} not found in {found}"
    return matches[0]


@pytest.mark.parametrize(
    "text, phrase, type_, value",
    [
        # absolute dates
        ("Talks were held on March 26, 2018 in Beijing.", "March 26, 2018", "DATE", "2018-03-26"),
        ("The report is dated 27 March 2018.", "27 March 2018", "DATE", "2018-03-27"),
        ("It was filed on Mar. 27, 2018, officials said.", "Mar. 27, 2018", "DATE", "2018-03-27"),
        ("The file 2018-03-27 was read.", "2018-03-27", "DATE", "2018-03-27"),
        ("He arrived on March 26 and left.", "March 26", "DATE", "2018-03-26"),
        ("The war ended in September 1953.", "September 1953", "DATE", "1953-09"),
        ("He was elected in 2013.", "2013", "DATE", "2013"),
        ("Since taking power in 2011, Kim has purged rivals.", "2011", "DATE", "2011"),
        ("Relations froze in the 1990s.", "the 1990s", "DATE", "199X"),
        ("Sales fell in the third quarter.", "the third quarter", "DATE", "2017-Q3"),
        ("Sales rose in Q1 2018.", "Q1 2018", "DATE", "2018-Q1"),
        ("Shoppers were out on Christmas Eve.", "Christmas Eve", "DATE", "2017-12-24"),
        ("It happened in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
        ("It began in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"),
        ("Planning for the year two thousand began.", "the year two thousand", "DATE", "2000"),
        ("Prices peaked in mid-1996.", "mid-1996", "DATE", "1996"),
        ("Sales fell in the 2018 second quarter.", "2018 second quarter", "DATE", "2018-Q2"),
        # relative to the anchor
        ("The train left yesterday.", "yesterday", "DATE", "2018-03-26"),
        ("He will leave tomorrow.", "tomorrow", "DATE", "2018-03-28"),
        ("Kim arrived in Beijing this week.", "this week", "DATE", "2018-W13"),
        ("Tensions rose last month.", "last month", "DATE", "2018-02"),
        ("A summit is planned for next year.", "next year", "DATE", "2019"),
        ("The talks happen in April.", "April", "DATE", "2018-04"),
        ("A summit is expected before May.", "May", "DATE", "2018-05"),
        ("He visited last April.", "last April", "DATE", "2017-04"),
        ("It was hot last summer.", "last summer", "DATE", "2017-SU"),
        ("The bill passed a year ago.", "a year ago", "DATE", "2017"),
        ("The trip happened three days ago.", "three days ago", "DATE", "2018-03-24"),
        ("Earlier in the day, a train crossed the border.", "Earlier in the day", "DATE", "2018-03-27"),
        ("The train arrived early March 28, witnesses said.", "early March 28", "DATE", "2018-03-28"),
        ("They met on the afternoon of March 26.", "the afternoon of March 26", "TIME", "2018-03-26TAF"),
        ("They spoke on Friday morning.", "Friday morning", "TIME", "2018-03-23TMO"),
        ("They spoke this morning.", "this morning", "TIME", "2018-03-27TMO"),
        ("Shots were heard last night.", "last night", "TIME", "2018-03-26TNI"),
        ("The vote closes at 3 p.m. today.", "3 p.m. today", "TIME", "2018-03-27T15:00"),
        ("The market will open at 9 a.m. Wednesday.", "9 a.m. Wednesday", "TIME", "2018-03-28T09:00"),
        # durations
        ("The project took six years.", "six years", "DURATION", "P6Y"),
        ("Over the next two months, talks will continue.", "the next two months", "DURATION", "P2M"),
        ("Prices rose over the past year.", "the past year", "DURATION", "P1Y"),
        ("The ban lasted 72 hours.", "72 hours", "DURATION", "PT72H"),
        ("It was a two-year program.", "two-year", "DURATION", "P2Y"),
        ("The war dragged on for several years.", "several years", "DURATION", "PXY"),
        ("Peace held for two decades.", "two decades", "DURATION", "P20Y"),
        ("The siege lasted a year and a half.", "a year and a half", "DURATION", "P1.5Y"),
        ("The vote took half an hour.", "half an hour", "DURATION", "PT30M"),
        # references
        ("He is now in Beijing.", "now", "DATE", "PRESENT_REF"),
        ("In recent years, the border was calm.", "recent years", "DATE", "PAST_REF"),
        ("More visits are expected in the coming months.", "the coming months", "DATE", "FUTURE_REF"),
        ("The plan may change in the future.", "the future", "DATE", "FUTURE_REF"),
        ("Recent reports disagree.", "Recent", "DATE", "PAST_REF"),
        # sets
        ("The paper is published daily.", "daily", "SET", "P1D"),
        ("They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("They meet twice a year.", "a year", "SET", "P1Y"),
    ],
)
def test_expression_type_and_value(text, phrase, type_, value):
    t = _find(text, phrase)
    assert (t["type"], t["value"]) == (type_, value)


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        # a bare weekday in a past report is the last such day on or before the anchor
        ("Kim arrived in Beijing on Monday, officials said.", "Monday", "2018-03-26"),
        ("Xinhua confirmed the visit on Tuesday.", "Tuesday", "2018-03-27"),
        ("The train left Pyongyang on Sunday.", "Sunday", "2018-03-25"),
        # ... and the next one after it when the sentence points to the future
        ("Xi will host a banquet on Monday.", "Monday", "2018-04-02"),
        ("The delegation is expected to return on Thursday.", "Thursday", "2018-03-29"),
        # a past report verb right before the day wins over a later "will"
        ("Officials announced Monday they will reopen the line.", "Monday", "2018-03-26"),
        ("The envoy came last Friday.", "last Friday", "2018-03-23"),
        ("The envoy comes next Friday.", "next Friday", "2018-03-30"),
    ],
)
def test_weekday_resolution(text, phrase, value):
    assert _find(text, phrase)["value"] == value


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("On March 26, Kim crossed the border. Two days later he left.", "Two days later", "2018-03-28"),
        ("On Jan. 5, the talks began. A week later they ended.", "A week later", "2018-01-12"),
    ],
)
def test_later_counts_from_the_last_full_date(text, phrase, value):
    assert _find(text, phrase)["value"] == value


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        # nothing before to count from: never from the article's date
        ("The talks began. Two days later they ended.", "Two days later", "XXXX-XX-XX"),
        ("A month later, the US accused Russia of meddling.", "A month later", "XXXX"),
        ("Three years earlier, the plant had closed.", "Three years earlier", "XXXX"),
        # a date in apposition is the same time, not the start of the count
        ("On Monday, about three months later, a jury indicted him.", "about three months later", "XXXX"),
        ("On March 3, two weeks later, the league named its coach.", "two weeks later", "XXXX-XX-XX"),
    ],
)
def test_later_with_nothing_to_count_from_is_unplaced(text, phrase, value):
    assert _find(text, phrase)["value"] == value


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The brawl took place on 25 February last year.", "25 February last year", "2017-02-25"),
        ("Shares peaked in March last year.", "March last year", "2017-03"),
        ("The plant opened in June of last year.", "June of last year", "2017-06"),
        ("Exports fell on Jan. 3 this year.", "Jan. 3 this year", "2018-01-03"),
        ("The festival returns on August 9 next year.", "August 9 next year", "2019-08-09"),
        ("A fire broke out in November, last year.", "November, last year", "2017-11"),
    ],
)
def test_year_word_after_a_date_sets_its_year(text, phrase, value):
    assert _find(text, phrase)["value"] == value


@pytest.mark.parametrize(
    "text, phrases",
    [
        # a written year stays; the year word is a date of its own
        ("It was signed on Feb. 3 2015; last year it lapsed.", ["Feb. 3 2015", "last year"]),
        # only "last/this/next year" right after the date joins it
        ("He came in March and the last year was hard.", ["March"]),
        ("In March, the year before, he left.", ["March"]),
    ],
)
def test_year_word_joins_only_a_date_written_without_year(text, phrases):
    found = [t["text"] for t in dates(text, anchor=ANCHOR)]
    assert all(p in found for p in phrases), found
    assert not any(p in t and t != p for p in phrases for t in found), found  # no date grew into a longer one


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said the summit went well.",
        "You may visit the museum.",
        "Trump spoke to May about trade.",
        "The question came in April Ryan's briefing.",
        "The March on Washington drew crowds.",
        "The Sunday Times reported the visit.",
        "Analysts at the Sunday Telegraph disagreed.",
        "The army sent 2000 troops to the border.",
        "The bill cost $2011 in fees.",
        "The state-run daily reported the visit.",
        "The People's Daily ran the story.",
        "The company pays a quarterly dividend.",
        "A 10-year-old boy was hurt.",
        "Prices will fall sharply.",
        "He kept a quarter of the shares.",
        "The score was 3:1 at the break.",
        "He paid twenty twenty dollars.",
        "They sent two thousand troops.",
    ],
)
def test_false_positives_are_not_dates(text):
    assert dates(text, anchor=ANCHOR) == []


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("He arrived on March 26.", "March 26", "XXXX-03-26"),
        ("He arrived in April.", "April", "XXXX-04"),
        ("He arrived yesterday.", "yesterday", "XXXX-XX-XX"),
        ("He was elected in 2013.", "2013", "2013"),
        ("The project took six years.", "six years", "P6Y"),
    ],
)
def test_without_anchor_relative_values_keep_placeholders(text, phrase, value):
    assert _find(text, phrase, anchor=None)["value"] == value


@pytest.mark.parametrize(
    "text, phrase, mod",
    [
        ("A summit is expected before May.", "May", "BEFORE"),
        ("The deal must be signed by June 1.", "June 1", "ON_OR_BEFORE"),
        ("Since 2011, he has ruled.", "2011", "ON_OR_AFTER"),
        ("They met in early March.", "early March", "START"),
        ("The siege lasted nearly two years.", "nearly two years", "LESS_THAN"),
        ("Talks lasted at least 72 hours.", "at least 72 hours", "EQUAL_OR_MORE"),
    ],
)
def test_modifiers_and_prepositions_give_mod(text, phrase, mod):
    assert _find(text, phrase).get("mod") == mod


@pytest.mark.parametrize("anchor", [ANCHOR, dt.date(2018, 3, 27), dt.datetime(2018, 3, 27, 10, 5), "March 27, 2018"])
def test_anchor_forms_are_equivalent(anchor):
    assert dates("He left yesterday.", anchor=anchor)[0]["value"] == "2018-03-26"


@pytest.mark.parametrize("anchor", ["not a date", 20180327])
def test_bad_anchor_raises_config_error(anchor):
    with pytest.raises(ConfigError):
        dates("He left yesterday.", anchor=anchor)


def test_offsets_are_exact_and_in_text_order():
    text = "On Monday, March 26, 2018, the train left; two days later, in April, it was back.  Now it waits."
    found = dates(text, anchor=ANCHOR)
    assert [t["text"] for t in found] == ["Monday, March 26, 2018", "two days later", "April", "Now"]
    assert all(text[t["start"]:t["end"]] == t["text"] for t in found)
    assert [t["start"] for t in found] == sorted(t["start"] for t in found)
    assert found[1]["value"] == "2018-03-28"


def test_user_lexicon_extends_the_builtin_one(tmp_path):
    from tidings.code.time import load_lexicon

    extra = tmp_path / "holidays.toml"
    extra.write_text('[holidays]\n"chuseok" = "09-24"\n', encoding="utf-8")
    lex = load_lexicon([extra])
    found = dates("Families gather at Chuseok 2018.", anchor=ANCHOR, lexicon=lex)
    assert [(t["text"], t["value"]) for t in found] == [("Chuseok 2018", "2018-09-24")]


def test_malformed_lexicon_raises_knowledge_error(tmp_path):
    from tidings import KnowledgeError
    from tidings.code.time import load_lexicon

    bad = tmp_path / "bad.toml"
    bad.write_text("[modifiers]\nsoonish = 3\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_lexicon([bad])
