"""Event triggers, codes, sources and targets from hand-built dependency parses (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tidings.code.events import find_events, is_heading

VOCAB = spacy.blank("en").vocab


def parse(spec: str, ents: dict[str, str] | None = None) -> Doc:
    """Build a parsed Doc from lines ``word lemma POS TAG dep head`` (head: 1-based, 0 = root)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [not (i + 1 < len(rows) and rows[i + 1][2] == "PUNCT" and rows[i + 1][0] in {".", ",", "'s", "?"}) for i in range(len(rows))]
    spaces[-1] = False
    heads = [int(r[5]) - 1 if r[5] != "0" else i for i, r in enumerate(rows)]
    labels = []
    ents = ents or {}
    prev = None
    for w in words:
        lab = ents.get(w)
        labels.append(("I-" if lab and prev == lab else "B-") + lab if lab else "O")
        prev = lab
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] if r[5] != "0" else "ROOT" for r in rows],
        heads=heads,
        ents=labels,
    )


ACTIVE = """
Xi Xi PROPN NNP nsubj 2
met meet VERB VBD ROOT 0
Kim Kim PROPN NNP dobj 2
. . PUNCT . punct 2
"""

PASSIVE = """
Protesters protester NOUN NNS nsubjpass 3
were be AUX VBD auxpass 3
arrested arrest VERB VBN ROOT 0
by by ADP IN agent 3
police police NOUN NNS pobj 4
. . PUNCT . punct 3
"""

NEGATED = """
Kim Kim PROPN NNP nsubj 4
did do AUX VBD aux 4
not not PART RB neg 4
visit visit VERB VB ROOT 0
China China PROPN NNP dobj 4
. . PUNCT . punct 4
"""

COORDINATED = """
Russia Russia PROPN NNP nsubj 4
and and CCONJ CC cc 1
Ukraine Ukraine PROPN NNP conj 1
condemned condemn VERB VBD ROOT 0
Gondor Gondor PROPN NNP dobj 4
and and CCONJ CC cc 5
Arnor Arnor PROPN NNP conj 5
. . PUNCT . punct 4
"""

CONTROL = """
Moon Moon PROPN NNP nsubj 2
plans plan VERB VBZ ROOT 0
to to PART TO aux 4
visit visit VERB VB xcomp 2
Beijing Beijing PROPN NNP dobj 4
. . PUNCT . punct 2
"""

RAISING = """
Abe Abe PROPN NNP nsubjpass 3
is be AUX VBZ auxpass 3
expected expect VERB VBN ROOT 0
to to PART TO aux 5
travel travel VERB VB xcomp 3
to to ADP IN prep 5
Pyongyang Pyongyang PROPN NNP pobj 6
. . PUNCT . punct 3
"""

OBJECT_CONTROL = """
Washington Washington PROPN NNP nsubj 2
urged urge VERB VBD ROOT 0
Beijing Beijing PROPN NNP dobj 2
to to PART TO aux 5
negotiate negotiate VERB VB xcomp 2
with with ADP IN prep 5
Pyongyang Pyongyang PROPN NNP pobj 6
. . PUNCT . punct 2
"""

NOMINAL = """
Kim Kim PROPN NNP poss 3
's 's PART POS case 1
visit visit NOUN NN nsubjpass 7
to to ADP IN prep 3
Beijing Beijing PROPN NNP pobj 4
was be AUX VBD auxpass 7
confirmed confirm VERB VBN ROOT 0
. . PUNCT . punct 7
"""

LIGHT_VERB = """
The the DET DT det 2
Koreas Korea PROPN NNPS nsubj 3
held hold VERB VBD ROOT 0
talks talk NOUN NNS dobj 3
in in ADP IN prep 3
April April PROPN NNP pobj 5
. . PUNCT . punct 3
"""

BETWEEN = """
Talks talk NOUN NNS nsubj 6
between between ADP IN prep 1
Gondor Gondor PROPN NNP pobj 2
and and CCONJ CC cc 3
Arnor Arnor PROPN NNP conj 3
resumed resume VERB VBD ROOT 0
. . PUNCT . punct 6
"""

INTER_KOREAN = """
The the DET DT det 3
inter-Korean inter-korean ADJ JJ amod 3
summit summit NOUN NN nsubjpass 5
was be AUX VBD auxpass 5
postponed postpone VERB VBN ROOT 0
. . PUNCT . punct 5
"""

RELATIVE = """
Police police NOUN NNS nsubj 2
detained detain VERB VBD ROOT 0
activists activist NOUN NNS dobj 2
who who PRON WP nsubj 5
attacked attack VERB VBD relcl 3
officers officer NOUN NNS dobj 5
. . PUNCT . punct 2
"""

PARTICLE = """
Police police NOUN NNS nsubj 2
blocked block VERB VBD ROOT 0
off off ADP RP prt 2
Dandong Dandong PROPN NNP dobj 2
. . PUNCT . punct 2
"""

NOT_A_PARTICLE = """
It it PRON PRP nsubj 2
gave give VERB VBD ROOT 0
allies ally NOUN NNS dobj 2
in in ADP IN prep 3
Asia Asia PROPN NNP pobj 4
pause pause NOUN NN dobj 2
. . PUNCT . punct 2
"""


def codes_and_args(spec, context, ents=None):
    doc = parse(spec, ents)
    return [
        (e.code, [r.text for r in e.sources], [r.text for r in e.targets], e.negated)
        for e in find_events(doc, context.events)
    ]


@pytest.mark.parametrize(
    "spec, expected",
    [
        (ACTIVE, [("040", ["Xi"], ["Kim"], False)]),
        (PASSIVE, [("173", ["police"], ["Protesters"], False)]),
        (NEGATED, [("042", ["Kim"], ["China"], True)]),
        (CONTROL, [("042", ["Moon"], ["Beijing"], False)]),
        (RAISING, [("042", ["Abe"], ["Pyongyang"], False)]),
        (OBJECT_CONTROL, [("020", ["Washington"], ["Beijing"], False), ("046", ["Beijing"], ["Pyongyang"], False)]),
        (RELATIVE, [("173", ["Police"], ["activists"], False), ("180", ["activists"], ["officers"], False)]),
        (PARTICLE, [("191", ["Police"], ["Dandong"], False)]),
    ],
    ids=["active", "passive-agent", "negated", "control", "raising", "object-control", "relative-clause", "particle"],
)
def test_verbal_events_find_source_and_target(coding_context, spec, expected):
    assert codes_and_args(spec, coding_context) == expected


def test_coordinated_subjects_and_objects_are_all_kept(coding_context):
    [(code, sources, targets, _)] = codes_and_args(COORDINATED, coding_context)
    assert code == "111"
    assert sources == ["Russia", "Ukraine"] and targets == ["Gondor", "Arnor"]


def test_nominal_visit_takes_possessor_as_source_and_destination_as_target_and_place(coding_context):
    doc = parse(NOMINAL, {"Beijing": "GPE"})
    [ev] = find_events(doc, coding_context.events)
    assert ev.code == "042" and ev.nominal
    assert [r.text for r in ev.sources] == ["Kim"]
    assert [r.text for r in ev.targets] == ["Beijing"]
    assert ev.place is not None and ev.place.text == "Beijing"


def test_light_verb_takes_code_from_noun_and_source_from_verb_subject(coding_context):
    doc = parse(LIGHT_VERB)
    [ev] = find_events(doc, coding_context.events)
    assert ev.code == "046"  # talks are negotiation
    assert ev.trigger_text == "held talks"
    assert doc[ev.anchor_i].text == "held"
    # "the Koreas" is a collective: both states, each with a fixed code
    assert sorted(r.fixed[0] for r in ev.sources) == ["KOR", "PRK"]


def test_talks_between_two_parties_name_both_sides(coding_context):
    [ev] = find_events(parse(BETWEEN), coding_context.events)
    assert ev.code == "046" and ev.symmetric
    assert [r.text for r in ev.sources] == ["Gondor", "Arnor"]


def test_inter_korean_modifier_names_both_koreas(coding_context):
    [ev] = find_events(parse(INTER_KOREAN), coding_context.events)
    assert ev.code == "040"
    assert {r.fixed for r in ev.sources} == {("PRK", "North Korea"), ("KOR", "South Korea")}


def test_particle_rows_do_not_fire_on_a_preposition_with_object(coding_context):
    assert codes_and_args(NOT_A_PARTICLE, coding_context) == []


def test_heading_lines_are_skipped_but_questions_are_kept(coding_context):
    heading_doc = Doc(VOCAB, words=["Talks", "resume", "\n", "Xi", "met", "Kim", "."], spaces=[True, False, False, True, True, False, False],
                      heads=[1, 1, 1, 4, 4, 4, 4], deps=["nsubj", "ROOT", "dep", "nsubj", "ROOT", "dobj", "punct"],
                      pos=["NOUN", "VERB", "SPACE", "PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["talk", "resume", "\n", "Xi", "meet", "Kim", "."],
                      sent_starts=[True, False, False, True, False, False, False])
    sents = list(heading_doc.sents)
    assert is_heading(sents[0]) and not is_heading(sents[1])
    assert [e.code for e in find_events(heading_doc, coding_context.events)] == ["040"]
    question = parse("""
Is be AUX VBZ aux 3
Kim Kim PROPN NNP nsubj 3
visiting visit VERB VBG ROOT 0
China China PROPN NNP dobj 3
? ? PUNCT . punct 3
""")
    assert [e.code for e in find_events(question, coding_context.events)] == ["042"]


COPULA_CONTROL = """
Arnor Arnor PROPN NNP nsubj 2
is be AUX VBZ ROOT 0
about about ADJ JJ acomp 2
to to PART TO aux 5
restore restore VERB VB xcomp 3
ties tie NOUN NNS dobj 5
with with ADP IN prep 6
Gondor Gondor PROPN NNP pobj 7
. . PUNCT . punct 2
"""

WEAK_WITH_EVENT_COMPLEMENT = """
Brazil Brazil PROPN NNP nsubj 2
seeks seek VERB VBZ ROOT 0
to to PART TO aux 4
meet meet VERB VB xcomp 2
Chile Chile PROPN NNP dobj 4
. . PUNCT . punct 2
"""


def test_copula_with_infinitive_gives_the_subject_to_the_event(coding_context):
    [(code, sources, targets, _)] = codes_and_args(COPULA_CONTROL, coding_context)
    assert code == "050" and sources == ["Arnor"]


def test_weak_verb_leaves_the_event_to_its_complement(coding_context):
    assert codes_and_args(WEAK_WITH_EVENT_COMPLEMENT, coding_context) == [("040", ["Brazil"], ["Chile"], False)]


@pytest.mark.parametrize(
    "words, spaces, starts, heading",
    [
        (["Talks", "resume"], [True, False], [True, False], False),
        (["Talks", "resume", "\n", "Xi", "met", "Kim", "."], [True, False, False, True, True, False, False],
         [True, False, False, True, False, False, False], True),
    ],
    ids=["one-line-text", "title-line"],
)
def test_only_multi_line_texts_have_headings(words, spaces, starts, heading):
    doc = Doc(VOCAB, words=words, spaces=spaces, sent_starts=starts)
    assert is_heading(next(iter(doc.sents))) is heading


LIST_AS_APPOSITION = """
The the DET DT det 2
US US PROPN NNP nsubj 8
, , PUNCT , punct 2
Russia Russia PROPN NNP appos 2
, , PUNCT , punct 4
and and CCONJ CC cc 4
Switzerland Switzerland PROPN NNP conj 4
met meet VERB VBD ROOT 0
"""

APPOSITION = """
The the DET DT det 2
president president NOUN NN nsubj 6
, , PUNCT , punct 2
Xi Xi PROPN NNP appos 2
, , PUNCT , punct 2
met meet VERB VBD ROOT 0
Kim Kim PROPN NNP dobj 6
"""


def test_list_misparsed_as_apposition_is_coordination(coding_context):
    [ev] = find_events(parse(LIST_AS_APPOSITION), coding_context.events)
    assert [r.text for r in ev.sources] == ["The US", "Russia", "Switzerland"]


def test_apposition_is_kept_as_an_alternative_actor_span(coding_context):
    doc = parse(APPOSITION)
    [ev] = find_events(doc, coding_context.events)
    [src] = ev.sources
    assert src.text == "The president" and doc.text[src.alt[0]:src.alt[1]] == "Xi"


def test_a_lemmatizer_error_is_undone_by_rule(coding_context):
    # the model lemmatises "staged" as "stag"
    doc = parse("""
Activists activist NOUN NNS nsubj 2
staged stag VERB VBD ROOT 0
a a DET DT det 4
protest protest NOUN NN dobj 2
. . PUNCT . punct 2
""")
    [ev] = find_events(doc, coding_context.events)
    assert ev.code == "141" and [r.text for r in ev.sources] == ["Activists"]


REPORTED_PRONOUN = """
Obama Obama PROPN NNP nsubj 2
said say VERB VBD ROOT 0
he he PRON PRP nsubj 6
would would AUX MD aux 6
not not PART RB neg 6
attack attack VERB VB ccomp 2
Iraq Iraq PROPN NNP dobj 6
"""


def test_pronoun_subject_of_a_reported_clause_is_the_reporter(coding_context):
    assert codes_and_args(REPORTED_PRONOUN, coding_context) == [("180", ["Obama"], ["Iraq"], True)]
