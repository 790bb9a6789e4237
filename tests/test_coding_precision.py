"""What the coder leaves out (words that name no act) and whom it finds as actors.

Sentences written for these tests: each pairs a sentence that must not give an event on a word with, where it helps,
one that must, so that a rule cannot pass by coding nothing.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

pytestmark = pytest.mark.model


def triggers(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # participles that describe a noun
        ("Investigators see no pattern in the cases of murdered women.", "murdered"),
        ("The driver was treated for non-life threatening injuries.", "threatening"),
        ("The proposed reforms would shorten the court's procedures.", "proposed"),
        # orders, wishes and formulas with no one to carry them out
        ('"Thank you all for coming tonight," the singer told the crowd.', "Thank"),
        ('The crowd chanted "stop the killing" outside the embassy.', "killing"),
        ('"They need to stop talking about it," the spokesman said.', "talking"),
        # help to a thing or an outcome is no aid
        ("The minister said the treaty would help stability in the region.", "help"),
        ("Analysts said foreign hackers helped swing the election.", "helped"),
        # a document made public, a summons, an opinion, a standing position, a habit counted
        ("In a joint statement, released by the ministry, the two leaders pledged support.", "released"),
        ("Officers were called to a banquet hall shortly after midnight.", "called"),
        ("The general is considered responsible for the massacre.", "considered"),
        ("The leadership has staunchly opposed the alliance's expansion.", "opposed"),
        ("The union leader has been detained more than a dozen times during strikes.", "detained"),
        # a resignation alone, and firms among themselves
        ("The chief financial officer resigned on Friday to pursue other interests.", "resigned"),
        ("The firm's sales staff applauded the new owners.", "applauded"),
        # event nouns in a figurative sense: a showing of something, a campaign for an aim
        ("The vote was a clear demonstration of the party's strength.", "demonstration"),
        ("The villagers waged a long battle to save the old mill.", "battle"),
        ("Parents could lose their battle to block the closure of the school.", "battle"),
        ("The farmers could lose their battle to stop the dam.", "battle"),
        ("Workers began a fight to keep the plant open.", "fight"),
        ("Tom Baker, a retired nurse and a member of the rally, said the mood was calm.", "rally"),
        # a kind of case counted is no happening
        ("Police said the rate of kidnapping cases had doubled.", "kidnapping"),
        # a fact or a need acknowledged is no admission of a fault
        ("The ministry acknowledged that it needed to hire more inspectors.", "acknowledged"),
        ("Several senators failed to acknowledge the scale of the problem.", "acknowledge"),
    ],
)
def test_words_that_name_no_act_give_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == word for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        ("Police said the suspect murdered two women last year.", "18", "murdered"),
        ("The European Union will help Ukraine with a loan of two billion euros.", "07", "help"),
        ("The government stopped the march at the city limits.", "14", "march"),
        ("Iran released the crew of the tanker on Monday.", "08", "released"),
        ("The government is considering sanctions against the regime.", "014", "considering"),
        ("Police arrested the suspect on Monday.", "173", "arrested"),
        ("The chancellor said she had warned Mr Orban of serious consequences.", "130", "warned"),
        ("The army acknowledged responsibility for the strike on the hospital.", "015", "acknowledged"),
        ("Thousands of students joined a demonstration outside parliament on Friday.", "14", "demonstration"),
        ("The battle for the town lasted three days.", "19", "battle"),
        ("Organizers of the rally in Madrid thanked the police.", "14", "rally"),
    ],
)
def test_the_same_words_acting_still_give_their_event(nlp, coding_context, text: str, code: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    # (the trigger holds the word: a verb that carries it is part of it, "joined a demonstration")
    assert any(e["type"]["cameo"].startswith(code) and word in e["type"]["trigger"].split() for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "actor", "country", "sector"),
    [
        ("The Newark Police Department arrested two men on Friday.", "Newark Police Department", "USA", "COP"),
        ("About 50 Gainesville residents marched near the city hall on Friday.", "Gainesville residents", "USA", "CVL"),
    ],
)
def test_a_local_actor_takes_its_places_country(nlp, coding_context, text: str, actor: str, country: str, sector: str) -> None:
    events = coded(nlp, coding_context, text)
    sides = [e.get(role) or {} for e in events for role in ("source", "target")]
    assert any(actor in str(a.get("text")) and a.get("country") == country and a.get("sector") == sector for a in sides), \
        [(a.get("text"), a.get("country"), a.get("sector")) for a in sides]


def test_a_person_the_knowledge_does_not_know_is_still_the_actor(nlp, coding_context) -> None:
    text = "Police in Ohio said Munir Abdulkader was arrested in Cincinnati on May 21."
    events = coded(nlp, coding_context, text)
    arrests = [e for e in events if e["type"]["cameo"].startswith("173")]
    assert arrests and any("Abdulkader" in str((e.get("target") or {}).get("text")) for e in arrests), \
        [(e["type"]["cameo"], e.get("source"), e.get("target")) for e in events]


def test_a_ship_named_like_a_person_is_no_person(nlp, coding_context) -> None:
    text = "Iran released the 21 crew members of the Marisol Dawn on Monday."
    events = coded(nlp, coding_context, text)
    sides = [e.get(role) or {} for e in events for role in ("source", "target")]
    assert not any(a.get("kind") == "person" and "Marisol" in str(a.get("text")) for a in sides), sides


def test_an_unknown_person_at_a_meeting_takes_no_country_from_the_article(nlp, coding_context) -> None:
    text = "Zorblat Vexmoor met Xi Jinping in Beijing on Monday."
    events = coded(nlp, coding_context, text)
    meetings = [e for e in events if e["type"]["cameo"].startswith("04")]
    assert meetings
    for e in meetings:
        for side in (e.get("source"), e.get("target")):
            if side and "Vexmoor" in str(side.get("text")):
                assert side.get("country") is None, side


@pytest.mark.parametrize(
    "text",
    [
        "Chicago. Zorblat Vexmoor signed a trade agreement with Xi Jinping in Beijing on Monday. Chicago firms welcomed the deal.",
        "Denver. Zorblat Vexmoor praised Vladimir Putin at a rally in Moscow on Friday. Denver's mayor said nothing.",
    ],
)
def test_an_unknown_person_dealing_with_a_foreign_side_takes_no_country_from_the_article(nlp, coding_context, text) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"][:2] in {"03", "05", "06"}]
    assert events
    for e in events:
        for side in (e.get("source"), e.get("target")):
            if side and "Vexmoor" in str(side.get("text")):
                assert side.get("country") is None, side


def test_an_unknown_person_praising_local_people_takes_the_articles_country(nlp, coding_context) -> None:
    text = ("Leeds, England. Ada Pembleton praised the volunteers of the Leeds food bank on Friday. "
            "The food bank in Leeds has fed 400 families this winter.")
    praise = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"].startswith("05")]
    assert praise and (praise[0].get("source") or {}).get("country") == "GBR", praise


@pytest.mark.parametrize(
    ("text", "code", "word"),
    [
        # a meeting or signing the sentence anchors another act to is one happening, named or not who took part
        ("The minister spoke to reporters after the talks in Geneva.", "04", "talks"),
        ("She raised the fate of the prisoners at a summit in March.", "04", "summit"),
        ("The signing of the accord was delayed by a week.", "05", "signing"),
    ],
)
def test_a_meeting_or_signing_the_text_anchors_an_act_to_is_an_event(nlp, coding_context, text: str, code: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    # (the trigger holds the word: a verb that carries it is part of it, "joined a demonstration")
    assert any(e["type"]["cameo"].startswith(code) and word in e["type"]["trigger"].split() for e in events), triggers(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a document is no happening; nor are meetings in general
        ("The treaty remains popular in both countries.", "treaty"),
        ("Talks are rarely useful, the columnist wrote.", "Talks"),
        ("The mayor thanked everyone for coming to the meeting of the year.", "meeting"),
    ],
)
def test_a_document_or_meetings_in_general_give_no_event(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(e["type"]["trigger"] == word for e in events), triggers(events)


def test_a_meeting_noun_that_is_the_occasion_of_a_meeting_verb_is_that_meeting(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The president talked about trade during a telephone call with the chancellor.")
    assert [e["type"]["trigger"] for e in events if e["type"]["cameo"].startswith("04")] == ["talked"], triggers(events)


def test_a_visit_during_which_people_meet_stays_a_trip_of_its_own(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The minister met the envoy during a visit to Paris.")
    assert {("040", "met"), ("042", "visit")} <= set(triggers(events)), triggers(events)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the one blamed or praised for doing something did it
        ("Greek officials criticized Turkey for holding joint military exercises near the islands.", "holding joint military exercises", "TUR"),
        ("The president praised Norway for hosting talks between the two sides.", "hosting", "NOR"),
    ],
)
def test_the_one_blamed_or_praised_for_an_act_is_its_source(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]
    assert events and (events[0].get("source") or {}).get("country") == country, triggers(coded(nlp, coding_context, text))


@pytest.mark.parametrize(
    "text",
    [
        "Real Madrid signed a young striker from Lyon on Monday.",
        "Paris Saint-Germain accused the referee of bias after the match.",
    ],
)
def test_a_club_named_after_a_capital_is_no_government(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text)
    sides = [e.get(role) or {} for e in events for role in ("source", "target")]
    assert not any(a.get("sector") == "GOV" for a in sides), [(a.get("text"), a.get("code")) for a in sides]


@pytest.mark.parametrize(("text", "country"), [
    ("The Moscow City Council banned the rally.", "RUS"),
    ("The Madrid regional government closed the schools.", "ESP"),
])
def test_a_civic_body_named_after_a_capital_keeps_its_country(nlp, coding_context, text: str, country: str) -> None:
    events = coded(nlp, coding_context, text)
    assert events and (events[0].get("source") or {}).get("country") == country, triggers(events)


@pytest.mark.parametrize(
    ("text", "word", "acts"),
    [
        # a thing cannot offer, deny or reject: a listing's amenities are no offer
        ("The hotel offers residents of Berlin a ten percent discount.", "offers", False),
        ("The apartment complex offers tenants from Ohio a gym and a pool.", "offers", False),
        ("The new app offers farmers in Kenya free weather forecasts.", "offers", False),
        # a firm named by its premises still denies and apologises
        ("The restaurant denied the report on Monday.", "denied", True),
        # a person the knowledge has no role word for still acts
        ("The strongman refused to meet the envoy.", "refused", True),
        # relatives, nobody, a country and a ministry can
        ("His great-uncle denied the report on Monday.", "denied", True),
        ("No one has claimed responsibility for the blast.", "claimed", True),
        ("The country rejected the proposal.", "rejected", True),
        ("The ministry offered talks to the rebels.", "offered", True),
        ("The council rejected the mayor's plan.", "rejected", True),
        ("The committee condemned the decision.", "condemned", True),
        # a name the tagger reads as a noun, and parties named by their relation, act too
        ("The Somali militant group al-Shabab claimed responsibility for the attack.", "claimed", True),
        ("Old foes Ethiopia and Eritrea have restored diplomatic ties.", "restored", True),
    ],
)
def test_a_thing_that_cannot_act_makes_no_speech_or_diplomatic_act(nlp, coding_context, text: str, word: str, acts: bool) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["trigger"] == word for e in events) is acts, triggers(events)
