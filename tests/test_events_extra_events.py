"""Extra events beside the real one (issue 10, precision): a passive participle that only describes a noun, a relative
clause that retells a violent happening named by its noun, and a noun for the occasion that a verb of the same code
tells again (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, coded_rows

_events = coded_rows


def _triggers(nlp, ctx, text: str) -> list[tuple[str, str]]:
    return code_triggers(coded(nlp, ctx, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a passive participle that identifies a thing or person by a word or deed: no act of this sentence
        ("He has not yet received the treatment ordered by the court.", "ordered"),
        ("The village, threatened by armed gangs, lies near the border.", "threatened"),
        ("The concert was an event not sanctioned by the city council.", "sanctioned"),
        ("The farmers, threatened by a new tax, marched on the capital.", "threatened"),
        ("The stadium, condemned by inspectors, hosted its last match on Sunday.", "condemned"),
        # a relative clause that tells what happened in a violent event named by its noun (settling rule 1)
        ("Police arrested two men in a shooting during which a dozen shots were fired at a guard.", "fired"),
        # the occasion noun that a verb of the same code tells again
        ("During a visit to Kenya last week, the minister visited a refugee camp.", "visit"),
    ],
)
def test_describing_or_repeating_word_is_no_event(nlp, coding_context, text: str, trigger: str) -> None:
    assert not any(t.lower() == trigger for _, t in _triggers(nlp, coding_context, text)), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # material acts told by a participle stay: arrests, convictions, killings
        ("The man arrested on Tuesday appeared in court.", "173", "arrested"),
        ("A woman previously convicted of fraud was sentenced to two years in prison.", "116", "convicted"),
        ("The two men kidnapped by the gang were found alive.", "18", "kidnapped"),
        # a participle with a day of its own tells an act
        ("The accord signed yesterday by the two ministers ends the dispute.", "057", "signed"),
        ("The sanctions imposed on Iraq in 1990 remain in force.", "163", "imposed"),
        # an act done to an event the sentence names
        ("The deal between the two parties, mediated by Qatar, ended the standoff.", "045", "mediated"),
        # a headline's participle is its verb
        ("Minister accused in bribery scandal.", "112", "accused"),
        # a relative clause on a person, or on a non-violent event, is an act of its own
        ("Police arrested two men who fired shots at a guard.", "19", "fired"),
        ("The protest, during which police fired tear gas at students, lasted four hours.", "17", "fired"),
        ("The raid, during which police arrested four men, lasted an hour.", "173", "arrested"),
        # an occasion of another code stays beside the verb
        ("During a visit to Kenya, the minister met the president.", "042", "visit"),
        ("During the strike, workers marched to the ministry.", "143", "strike"),
        ("During the talks, the ministers signed an accord.", "04", "talks"),
    ],
)
def test_acts_of_their_own_stay(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    assert any(c.startswith(code) and t.lower() == trigger for c, t in _triggers(nlp, coding_context, text)), \
        _events(nlp, coding_context, text)
