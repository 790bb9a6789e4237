"""The paragraph-break component: which tokens it makes sentence starts, on a blank spaCy tokenizer (no model)."""
from __future__ import annotations

import pytest
import spacy

from tidings.code.pipeline import ParagraphBreaks


def _starts(text: str, max_line_tokens: int = 40) -> list[str]:
    doc = ParagraphBreaks(max_line_tokens=max_line_tokens)(spacy.blank("en")(text))
    return [t.text for t in doc if t.is_sent_start is True and t.i > 0]


@pytest.mark.parametrize("text, starts", [
    # a line with no closing punctuation ends its sentence at the blank line
    ("Updated: November 11, 2011\n\nNavy foils pirate attack\n\nThe navy said so.", ["Navy", "The"]),
    # a line whose last word holds a hyphen or ends a quotation, or a figure, is a line too
    ("Two charged after break-ins\n\nPolice arrested two men.", ["Police"]),
    ("Minister says 'no' to the deal\n\nThe minister said so.", ["The"]),
    ("Inflation rises to 5%\n\nPrices rose.", ["Prices"]),
    ("Pirates 'seize tanker'\n\nThe navy said so.", ["The"]),
    # a line closed by a full stop ends its sentence there (the next paragraph starts one); a line ending on a comma
    # or a colon is left to the parser
    ('He said: "It was over."\n\nThe court met.', ["The"]),
    ("The navy said so.\n\nIt was over.", ["It"]),
    ("A spokesman said:\n\nIt was over.", []),
    ("according to an official,\n\nBoth officials asked not to be named.", []),
    # a line holding sentences of its own is left to the parser
    ("Police arrested a man. He was charged\n\nThe court met.", []),
])
def test_short_unpunctuated_lines_end_their_sentence(text, starts):
    assert _starts(text) == starts


def test_lines_after_the_first_paragraph_are_left_to_the_parser():
    # (a line after a paragraph closed by a full stop starts a sentence: see below)
    assert _starts("Navy foils pirate attack\n\nThe navy said it had foiled an attack.\n\nA caption line here\n\nIt ended.") == ["The", "A"]


def test_a_line_is_one_sentence_and_a_long_line_is_left_alone():
    doc = ParagraphBreaks()(spacy.blank("en")("Police Arrest Man In Bank Robbery\n\nThe court met."))
    assert [t.is_sent_start for t in doc[1:6]] == [False] * 5
    assert _starts("one two three four five\n\nThe court met.", max_line_tokens=3) == []


@pytest.mark.parametrize("text, starts", [
    # a wire dateline that opens the lead is a sentence of its own: the lead starts after its dash
    ("CARACAS, May 1 (Reuters) - Venezuelan police arrested an activist on Tuesday.", ["Venezuelan"]),
    ("Venezuela jails activist\n\nCARACAS, May 1 - Venezuelan police arrested an activist.", ["CARACAS", "Venezuelan"]),
    ("WASHINGTON (AP) _ The Senate passed the bill on Friday.", ["The"]),
    ("OTTAWA \u2013 The chair of the committee says he hopes Parliament can ratify the deal.", ["The"]),
    # no dateline: a lead that opens with a word in capitals, or a dash further on, is left to the parser
    ("NATO leaders met in Brussels - and agreed on nothing - on Friday.", []),
    ("The UN said on Monday - a holiday - that aid had arrived.", []),
])
def test_a_dateline_is_set_off_from_the_lead(text, starts):
    assert _starts(text) == starts


@pytest.mark.parametrize("text, lead", [
    ("BEIRUT, May 1 - Three children were killed when forces shelled a village.", "Three"),
    ("N'DJAMENA, May 1 - Boko Haram militants attacked a military post.", "Boko"),
])
def test_the_lead_after_a_dateline_is_not_cut_after_its_first_word(text, lead):
    # the parser may not end the lead's sentence after its first word ("Three" / "children were killed ...")
    doc = ParagraphBreaks()(spacy.blank("en")(text))
    first = next(t for t in doc if t.text == lead)
    assert first.is_sent_start is True and doc[first.i + 1].is_sent_start is False


#: a first paragraph of the body, long enough that later lines are no headline
_BODY = "The navy said on Monday that its ships had foiled an attack by pirates on a tanker in the Gulf of Aden.\n\n"


@pytest.mark.parametrize("text, starts", [
    # anywhere in the text, a paragraph closed by a full stop (and any closing quote) ends its sentence
    ('Police said the deaths were murder.\n\nThe minister called it "a shocking reminder."\n\nCregan, 29, was held.',
     ["The", "Cregan"]),
    ("The court met.\n\nIt ended!\n\nWho knows?\n\nNobody.", ["It", "Who", "Nobody"]),
    # a paragraph of the body that breaks off mid-sentence is left to the parser
    (_BODY + "The court met on Monday and\n\nthe judge ruled.", ["The"]),
    (_BODY + "The minister said\n\nthat it was over.", ["The"]),
])
def test_a_paragraph_closed_by_a_full_stop_ends_its_sentence(text, starts):
    assert _starts(text) == starts
