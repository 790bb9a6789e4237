"""Narrowings of rules that overreached on fresh articles: crimes in a criminal record, acts one fears or risks, praise
in a private letter, crimes and denials of charges in a sports report, the bare noun "abuse" beside its multi-word
rows, the narrative date of a later reaction, and offers turned down.

Sentences written for these tests. Each narrowing has its near miss, which keeps the older rule's behaviour.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


def _triggers(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    return code_triggers(coded(nlp, coding_context, text))


# --- 1. a criminal record names a kind of offence, no one act -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("The driver, who had prior arrests and convictions for burglary and assault with a knife, was charged on Friday.",
         "assault"),
        ("The landlord had two previous convictions for fraud, the court heard.", "fraud"),
        ("Neighbours said the tenant has a history of arrests and convictions for assault.", "assault"),
        ("The suspect had earlier convictions for theft and drug dealing.", "theft"),
    ],
)
def test_a_crime_in_a_criminal_record_is_no_event(nlp, coding_context, text, crime):
    found = _triggers(nlp, coding_context, text)
    assert not [t for c, t in found if crime in t.lower()], found
    # nor is the record itself a verdict or an arrest
    assert not [t for c, t in found if c in {"116", "173"} and ("conviction" in t.lower() or "arrests" in t.lower())], found


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # one verdict for one crime: the crime happened (settling rule 17)
        ("The former mayor is serving a seven-year sentence for fraud.", "fraud"),
        ("His conviction for the 2004 stabbing of a bouncer was upheld.", "stabbing"),
    ],
)
def test_a_crime_named_by_one_verdict_stays(nlp, coding_context, text, crime):
    found = _triggers(nlp, coding_context, text)
    assert [t for c, t in found if crime in t.lower()], found


# --- 2. an act one fears or risks is a possibility ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The patient begged to stay in hospital because he feared harming himself or somebody else.", "harming"),
        ("The reporters risked arrest by filming the police station.", "arrest"),
        ("The villagers feared being attacked by the militia again.", "attacked"),
    ],
)
def test_an_act_one_fears_or_risks_is_hypothetical(nlp, coding_context, text, trigger):
    events = coded(nlp, coding_context, text)
    hits = [e["mentions"][0].get("status") for e in events if e["type"]["trigger"].lower().endswith(trigger)]
    assert hits and all(s == "hypothetical" for s in hits), hits


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a participle of presuming is still a hedged report of a past act, and a that-clause a belief
        ("The missing engineer is feared kidnapped by the gang.", "kidnapped"),
        ("Residents feared that the rebels had attacked the village.", "attacked"),
    ],
)
def test_a_feared_past_act_stays_unconfirmed(nlp, coding_context, text, trigger):
    events = coded(nlp, coding_context, text)
    hits = [e["mentions"][0].get("status") for e in events if e["type"]["trigger"].lower().endswith(trigger)]
    assert all(s == "unconfirmed" for s in hits), hits


# --- 3. a letter's speech act needs a speaker the record keeps ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Although she had left public life long ago, the singer sent me a letter praising the essay.",
        "Martha Jones, a retired nurse, sent the paper a letter thanking the volunteers.",
    ],
)
def test_a_private_letter_is_no_speech_act(nlp, coding_context, text):
    found = _triggers(nlp, coding_context, text)
    assert not [t for c, t in found if t.lower() in {"praising", "thanking"}], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor sent the senate a letter praising the new budget.", ("051", "praising")),
        ("The foreign ministry issued a statement condemning the bombing.", ("111", "condemning")),
    ],
)
def test_a_public_body_s_letter_stays_its_speech_act(nlp, coding_context, text, expected):
    assert expected in _triggers(nlp, coding_context, text)


# --- 4. a sports report keeps its crimes and the law's charges ------------------------------------------------------


_GAME = "The Hawks lost their second playoff game despite 14 rebounds and three touchdowns from their rookies. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_GAME + "Their center, paralyzed from the waist down after a shooting in August, watched from the bench.",
         ("180", "shooting")),
        (_GAME + "Amid the uproar, head coach Tom Riley denied charges of assault toward a hotel clerk.", ("016", "denied")),
    ],
)
def test_a_crime_or_a_denied_charge_in_a_sports_report_stays(nlp, coding_context, text, expected):
    assert expected in _triggers(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the game's own words of violence and business stay out
        (_GAME + "Their shooting was poor in the first half, and the forward was injured.", "shooting"),
        (_GAME + "Coach Tom Riley praised the fans and took charge of the practice.", "praised"),
        (_GAME + "The rookie asked for a new contract after the game.", "asked"),
    ],
)
def test_game_words_in_a_sports_report_stay_out(nlp, coding_context, text, trigger):
    found = _triggers(nlp, coding_context, text)
    assert not [t for c, t in found if t.lower().endswith(trigger)], found


# --- 5. the bare noun "abuse" is charge-only, its multi-word rows are not; a range of charges names its ends ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the old multi-word row, with no charge recognised around it
        ("The inspectors documented child abuse at the boarding school.", ("182", "child abuse")),
        # the ends of a range of charges are charged
        ("The pastor and six aides were charged by county prosecutors with a list of felonies, from fraud to child abuse.",
         ("182", "child abuse")),
        ("The two brothers face several charges, from theft to assault.", ("182", "assault")),
        ("The trainer faces charges ranging from fraud to assault.", ("180", "fraud")),
    ],
)
def test_child_abuse_and_a_range_of_charges_are_crimes(nlp, coding_context, text, expected):
    assert expected in _triggers(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke about drug abuse and the abuse of power.",
        "She said she had been a victim of abuse.",
        "Ticket prices ranged from ten to twenty dollars.",
    ],
)
def test_the_bare_noun_abuse_outside_a_charge_stays_out(nlp, coding_context, text):
    assert not [c for c, _ in _triggers(nlp, coding_context, text) if c[:2] == "18"]


# --- 6. the narrative's day needs the same doer as the dated clause's subject or agent ------------------------------


def _narrative_day(nlp, coding_context, text: str, word: str) -> str | None:
    from tidings.code._event_support import narrative_date_for

    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    got = narrative_date_for(doc, tok.sent, tok, context=coding_context, published="2010-01-15")
    return got.get("start") if got else None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the name shared sits in a relative clause on the subject: the dated act is the fire's, not the governor's
        ("The mosque Governor Ali Khan attends was badly burned by a fire on Friday night, and detectives suspect arson. "
         "Khan apologized if the blaze was linked to his campaign.", "apologized"),
        ("The theatre Senator Mary Lopez owns was flooded on Saturday. Lopez thanked the firefighters.", "thanked"),
        # a passive's doer is its by-phrase: the flood, whatever the parse makes of the words on the clinic
        ("The clinic Doctor Hana Berg runs was wrecked by a flood on Friday night. Berg apologized to the patients.",
         "apologized"),
    ],
)
def test_a_name_inside_a_clause_on_the_subject_is_no_same_doer(nlp, coding_context, text, word):
    assert _narrative_day(nlp, coding_context, text, word) is None


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        ("Mayor Ann Smith opened the new bridge on Friday. Smith thanked the builders.", "thanked", "2010-01-15"),
        ("On Tuesday, troops stormed the rebel camp. The troops freed two hostages.", "freed", "2010-01-12"),
        ("Three men were arrested by police on Monday. Police searched their homes.", "searched", "2010-01-11"),
    ],
)
def test_the_same_doer_still_continues_the_episode(nlp, coding_context, text, word, day):
    assert _narrative_day(nlp, coding_context, text, word) == day


# --- 7. an offer, a bid or a proposal denied is turned down ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The district attorney took a risk when he denied a Walker offer last spring to plead guilty for a life term.",
        "The planning board denied the developer's proposal for a second tower.",
    ],
)
def test_an_offer_denied_is_a_refusal(nlp, coding_context, text):
    found = _triggers(nlp, coding_context, text)
    assert ("120", "denied") in found and ("016", "denied") not in found, found


def test_the_offer_turned_down_was_made(nlp, coding_context):
    events = coded(nlp, coding_context,
                   "The district attorney took a risk when he denied a Walker offer last spring to plead guilty for a life term.")
    offers = [e["mentions"][0].get("status") for e in events if e["type"]["trigger"].lower() == "offer"]
    assert offers and "denied" not in offers, offers


@pytest.mark.parametrize(
    "text",
    [
        "The senator denied the offer of a bribe.",
        "The ministry denied the report.",
    ],
)
def test_a_claim_denied_stays_a_denial(nlp, coding_context, text):
    found = _triggers(nlp, coding_context, text)
    assert ("120", "denied") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "She never described herself as a casualty of sexual abuse.",
        "He spoke at the conference as a survivor of child abuse.",
    ],
)
def test_a_kind_of_crime_its_sufferer_is_named_by_is_no_event(nlp, coding_context, text):
    assert not [c for c, _ in _triggers(nlp, coding_context, text) if c[:2] == "18"]


def test_the_crime_a_victim_suffered_stays_one_act(nlp, coding_context):
    found = _triggers(nlp, coding_context, "Ana Ruiz, a victim of Monday's shooting, spoke to reporters.")
    assert ("180", "shooting") in found, found
