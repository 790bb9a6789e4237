"""Second coverage pass (issue 10): rewards for information, court rulings on suits, fines, insults.

Sentences written for these tests; each names the CAMEO code (or root) a trigger word must get, or a trigger word
that must give no event (or not the code named).
"""

from __future__ import annotations

import pytest
from coding_factory import coded


def _codes(events, word: str) -> set[str]:
    return {e["type"]["cameo"] for e in events if word.lower() in str(e["type"]["trigger"]).lower()}


def _summary(events) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # a reward for information or an arrest appeals for help with justice (0213), whatever carries the for-phrase
        ("The FBI is offering a reward of up to $2 million for information that leads to the arrest of the bombers.", "0213", "offering"),
        ("The governor announced a $25,000 reward for information leading to the arrest of the gunman.", "0213", "announced"),
        ("Police have put up a reward of 10,000 euros for information about the stabbing.", "0213", "put"),
        ("A $50,000 reward for information leading to the capture of the fugitive was doubled on Friday.", "0213", "reward"),
        # a court ending a suit or a case rules (116); a fine is a penalty a court or an authority imposes
        ("A federal judge dismissed the lawsuit against the state prison board.", "116", "dismissed"),
        ("The supreme court threw out the case against the three opposition activists.", "116", "threw"),
        ("A judge in Madrid fined the former interior minister 20,000 euros.", "116", "fined"),
        # insulting or defaming someone is a disapproval (111), also as the crime someone is jailed for
        ("The journalist was jailed for insulting the king of Morocco.", "111", "insulting"),
        ("The blogger was convicted of defaming the Algerian army.", "111", "defaming"),
        # a suit against someone and litigation are a legal complaint (115)
        ("Villagers launched a suit against the mining company in a Lima court.", "115", "suit"),
        # displeasure with a side is disapproval: "not happy with" (111), "unhappy/dissatisfied with" (111), "angry with" (110)
        ("Poland is not happy with the German decision to build the pipeline.", "111", "happy"),
        ("The Kenyan government is unhappy with the conduct of British troops.", "111", "unhappy"),
        ("Brazil remains dissatisfied with the IMF's latest offer.", "111", "dissatisfied"),
        ("The Iraqi government is angry with Turkey over the raids.", "110", "angry"),
        # violence a stance is taken on after it happened stays an event
        ("The government's stand came after the killing of six civilians in Kunduz.", "18", "killing"),
        ("Lawmakers condemned the torture of prisoners at the camp.", "18", "torture"),
    ],
)
def test_trigger_words_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(c.startswith(code) for c in _codes(events, trigger)), _summary(events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_code"),
    [
        # a prize or a bounty in a game is no appeal for help with justice
        ("The game offers a bounty of 500 coins for finishing each level.", "bounty", "0213"),
        ("The shop announced a reward of free coffee for loyal customers.", "announced", "0213"),
        ("The shop announced a reward of free coffee for loyal customers.", "reward", "0213"),
        # dismissing an idea is no ruling; a suit one wears is no lawsuit
        ("The coach dismissed the idea of a transfer to Spain.", "dismissed", "116"),
        ("The minister wore a dark suit to the hearing.", "suit", "115"),
        # pleasure, a mood with no side, and displeasure with oneself or one's own things are no disapproval
        ("Poland is happy with the German decision to build the pipeline.", "happy", "11"),
        ("Turkey is not happy.", "happy", "11"),
        ("I am not happy with my haircut.", "happy", "11"),
        ("The coach was angry at himself after the match.", "angry", "11"),
        # a stance, a law or a ban against a kind of violence does no violence
        ("The imam praised the country's stand against the indiscriminate killing of civilians.", "killing", "18"),
        ("Rights groups called for tougher laws against the torture of prisoners.", "torture", "18"),
        ("The treaty upholds the ban on the bombing of hospitals.", "bombing", "18"),
    ],
)
def test_words_give_no_such_event(nlp, coding_context, text: str, trigger: str, not_code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(c.startswith(not_code) for c in _codes(events, trigger)), _summary(events)


@pytest.mark.parametrize(
    "text",
    [
        "Poland is not happy with the German decision to build the pipeline.",
        "The French government was not pleased with the ruling by the Italian court.",
    ],
)
def test_the_not_of_not_happy_voices_the_disapproval(nlp, coding_context, text: str) -> None:
    events = [e for e in coded(nlp, coding_context, text) if e["type"]["cameo"] == "111"]
    assert events and not any(e["negated"] for e in events), _summary(events)


def test_a_denied_displeasure_is_still_not_voiced(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "Poland never said that it was unhappy with the German decision.")
    assert not any(e["type"]["cameo"] == "111" and e["status"] == "reported" for e in events), _summary(events)
