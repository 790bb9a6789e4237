"""What the coder reads once per sentence (or skips) must read as a token-by-token pass would.

Sentences written for these tests. The coder finds whether each token is inside a quotation in one pass per
sentence while it codes a doc, skips a date rule on a text holding none of the words its matches need, and
skips a rule keyed on a few lemmas in a sentence that has none of them; none of this may change what is found.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span, Token

from tidings.code import events
from tidings.code.time import _grammar, dates
from tidings.time.lexicon import load_lexicon

QUOTED = [
    '"We will not give up," the union leader said on Monday.',
    "``The border stays closed,'' the interior minister told reporters.",
    "\u201cNot before the election,\u201d the opposition leader said, \u201cand not after it either.\u201d",
    'Not before," the coach stressed after the match.',
    "The film, titled `Quiet Streets', opened in three cities.",
    "The company said profits rose by four percent in the spring.",  # no quotation at all
    'He called the plan "a disgrace" and "a waste of money" before the vote.',
]


def _by_hand(tok: Token) -> bool:
    """Whether ``tok`` is inside a quotation, read from the start of its sentence up to it (the rule of ``_in_quotes``)."""
    sent = tok.sent

    def closes(t: Token) -> bool:
        return t.text == "\u201d" or (t.text in {"''", '"'} and t.i > sent.start and t.nbor(-1).text in {",", ".", "?", "!"})

    marks = [t for t in sent if t.text in events._MARKS]
    inside = bool(marks) and closes(marks[0])
    for t in sent[: tok.i - sent.start]:
        if t.text in events._MARKS:
            inside = False if closes(t) else True if t.text in {"\u201c", "\u201e", "``", "`"} else not inside
    return inside


@pytest.mark.model
@pytest.mark.parametrize("text", QUOTED)
def test_quotation_of_each_token_is_the_same_read_once_or_token_by_token(nlp, text: str) -> None:
    doc = nlp(text)
    expected = [_by_hand(t) for t in doc]
    assert [events._in_quotes(t) for t in doc] == expected  # outside find_events: each sentence read afresh
    events._CODING.doc, events._CODING.quoted, events._CODING.words = doc, {}, {}
    try:
        assert [events._in_quotes(t) for t in reversed(doc)][::-1] == expected  # kept per token, in any order
    finally:
        events._CODING.doc, events._CODING.quoted, events._CODING.words = None, {}, {}


@pytest.mark.model
@pytest.mark.parametrize("text", QUOTED[:3])
def test_find_events_keeps_no_sentence_reads_after_it_returns(nlp, coding_context, text: str) -> None:
    doc = nlp(text)
    events.find_events(doc, coding_context.events)
    assert events._CODING.doc is None
    other = nlp("The spokesman said the talks would resume on Friday.")
    assert events._sentence_words(other[0:6]).forms == {"the", "spokesman", "said", "talks", "would"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lemma", "present"),
    [
        ("Israeli jets struck a weapons depot near the port.", "strike", True),
        ("The striker scored twice in the second half.", "strike", False),
        ("The union claimed the company broke the agreement.", "claim", True),
        ("The museum reopened its doors after the renovation.", "claim", False),
    ],
)
def test_sentence_words_hold_the_lemmas_a_rule_is_keyed_on(nlp, text: str, lemma: str, present: bool) -> None:
    doc = nlp(text)
    sent: Span = next(iter(doc.sents))
    assert (lemma in events._sentence_words(sent).lemmas) is present


DATED = [
    "Profits rose in the fourth quarter of 2019 and in the first half.",
    "The quarterback threw for 300 yards.",  # "quarter" inside another word: no quarter named
    "Prices were lower in the 1990s and in the early '80s.",
    "The village has 40 houses and 90 sheep.",  # numbers, no decade
    "The bridge was built in the nineteenth century.",
    "The talks ended at 14:30 GMT, two hours ago.",
    "The ratio was 3:1 in favour of the visitors.",  # a colon, no clock time
    "The war ended in nineteen forty-five, twenty years before the treaty.",
    "Sales usually pick up at the end of the year and at year-end.",
    "The start of the race was delayed by rain.",  # "start" with no period named
    "The festival returns next summer, as it did in the fall of 2018.",
    "Officials met for several days last week and again three weeks later.",
    "Nothing in this sentence tells a time.",
    "The meeting is at 3 p.m. on Tuesday, May 5, 2020.",
    "Revenue in Q3 2019 beat forecasts; the Q-ratio did not.",
    "They spoke earlier that day and met again every other week, at noon, over the weekend.",
    "Fighting resumed yesterday after half an hour of calm, days after the truce of 12/03/2019.",
    "The figure was published in March 2019 and revised on 2019-04-02.",
    "The squad's half-time talk lasted minutes.",  # "half" with no hour or day after it
]


@pytest.mark.parametrize("text", DATED)
def test_date_rules_skipped_by_their_words_find_what_every_rule_finds(text: str, monkeypatch) -> None:
    lex = load_lexicon()
    found = dates(text, anchor="2020-05-01", lexicon=lex)
    grammar = _grammar(lex)
    monkeypatch.setattr(grammar, "needles", {})
    monkeypatch.setattr(grammar, "digit_rules", frozenset())
    assert dates(text, anchor="2020-05-01", lexicon=lex) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profits rose in the fourth quarter of 2019.", "2019-Q4"),
        ("The bridge was built in the nineteenth century.", "18"),
        ("Prices were lower in the 1990s.", "199X"),
    ],
)
def test_a_date_rule_still_fires_where_its_words_are(text: str, value: str) -> None:
    assert value in [t["value"] for t in dates(text, anchor="2020-05-01")]
