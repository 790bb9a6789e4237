"""Toponym spans and the place of one event, on hand-built parsed docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tidings.code.places import event_location, find_toponyms


@pytest.fixture(scope="module")
def gaz(coding_context):
    return coding_context.gazetteer


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make_doc(vocab, rows, ents=()):
    """rows: (word, head index, dep, pos, lemma); ents: (start, end, label) token spans."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "punct" for i in range(len(rows))]
    iob = ["O"] * len(rows)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for i in range(start + 1, end):
            iob[i] = f"I-{label}"
    return Doc(
        vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
        pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], ents=iob,
    )


# "Kim arrived in Beijing on Monday ."
ARRIVED = ([("Kim", 1, "nsubj", "PROPN", "Kim"), ("arrived", 1, "ROOT", "VERB", "arrive"), ("in", 1, "prep", "ADP", "in"),
            ("Beijing", 2, "pobj", "PROPN", "Beijing"), ("on", 1, "prep", "ADP", "on"), ("Monday", 4, "pobj", "PROPN", "Monday"),
            (".", 1, "punct", "PUNCT", ".")], [(3, 4, "GPE")], 1, "Beijing")
# "The leaders met in Pyongyang ."
MET = ([("The", 1, "det", "DET", "the"), ("leaders", 2, "nsubj", "NOUN", "leader"), ("met", 2, "ROOT", "VERB", "meet"),
        ("in", 2, "prep", "ADP", "in"), ("Pyongyang", 3, "pobj", "PROPN", "Pyongyang"), (".", 2, "punct", "PUNCT", ".")],
       [(4, 5, "GPE")], 2, "Pyongyang")
# "He was killed at Kuala Lumpur airport ." (passive; the feature word joins the toponym)
KILLED = ([("He", 2, "nsubjpass", "PRON", "he"), ("was", 2, "auxpass", "AUX", "be"), ("killed", 2, "ROOT", "VERB", "kill"),
           ("at", 2, "prep", "ADP", "at"), ("Kuala", 5, "compound", "PROPN", "Kuala"), ("Lumpur", 6, "compound", "PROPN", "Lumpur"),
           ("airport", 3, "pobj", "NOUN", "airport"), (".", 2, "punct", "PUNCT", ".")], [(4, 6, "GPE")], 2, "Kuala Lumpur airport")
# "Kim traveled to Beijing by train ." (destination of a movement verb)
TRAVELED = ([("Kim", 1, "nsubj", "PROPN", "Kim"), ("traveled", 1, "ROOT", "VERB", "travel"), ("to", 1, "prep", "ADP", "to"),
             ("Beijing", 2, "pobj", "PROPN", "Beijing"), ("by", 1, "prep", "ADP", "by"), ("train", 4, "pobj", "NOUN", "train"),
             (".", 1, "punct", "PUNCT", ".")], [(3, 4, "GPE")], 1, "Beijing")
# "Xi visited Pyongyang ." (direct object of a visit verb)
VISITED = ([("Xi", 1, "nsubj", "PROPN", "Xi"), ("visited", 1, "ROOT", "VERB", "visit"), ("Pyongyang", 1, "dobj", "PROPN", "Pyongyang"),
            (".", 1, "punct", "PUNCT", ".")], [(2, 3, "GPE")], 1, "Pyongyang")
# "The train arrived in the Chinese capital ."
CAPITAL = ([("The", 1, "det", "DET", "the"), ("train", 2, "nsubj", "NOUN", "train"), ("arrived", 2, "ROOT", "VERB", "arrive"),
            ("in", 2, "prep", "ADP", "in"), ("the", 6, "det", "DET", "the"), ("Chinese", 6, "amod", "ADJ", "chinese"),
            ("capital", 3, "pobj", "NOUN", "capital"), (".", 2, "punct", "PUNCT", ".")], [(5, 6, "NORP")], 2, "the Chinese capital")
# "Kim was received in Beijing by Xi ." (passive with an agent)
RECEIVED = ([("Kim", 2, "nsubjpass", "PROPN", "Kim"), ("was", 2, "auxpass", "AUX", "be"), ("received", 2, "ROOT", "VERB", "receive"),
             ("in", 2, "prep", "ADP", "in"), ("Beijing", 3, "pobj", "PROPN", "Beijing"), ("by", 2, "agent", "ADP", "by"),
             ("Xi", 5, "pobj", "PROPN", "Xi"), (".", 2, "punct", "PUNCT", ".")], [(4, 5, "GPE")], 2, "Beijing")


# "The Pyongyang summit ended ." -- a toponym naming the place of a noun trigger
SUMMIT = ([("The", 2, "det", "DET", "the"), ("Pyongyang", 2, "compound", "PROPN", "Pyongyang"), ("summit", 3, "nsubj", "NOUN", "summit"),
           ("ended", 3, "ROOT", "VERB", "end"), (".", 3, "punct", "PUNCT", ".")], [(1, 2, "GPE")], 2, "Pyongyang")


@pytest.mark.parametrize("case", [ARRIVED, MET, KILLED, TRAVELED, VISITED, CAPITAL, RECEIVED, SUMMIT],
                         ids=["arrived-in", "met-in", "passive-killed-at-airport", "traveled-to", "visited-object", "chinese-capital",
                              "passive-agent", "noun-trigger-modifier"])
def test_event_place_is_the_locative_toponym(vocab, gaz, case):
    rows, ents, trigger, expected = case
    doc = make_doc(vocab, rows, ents)
    loc = event_location(doc, doc[:], trigger, gazetteer=gaz)
    assert loc is not None and loc["text"] == expected
    assert doc.text[loc["start"]:loc["end"]] == expected


# "Beijing condemned the test ." -- the toponym is the actor (metonymy)
CONDEMNED = ([("Beijing", 1, "nsubj", "PROPN", "Beijing"), ("condemned", 1, "ROOT", "VERB", "condemn"), ("the", 3, "det", "DET", "the"),
              ("test", 1, "dobj", "NOUN", "test"), (".", 1, "punct", "PUNCT", ".")], [(0, 1, "GPE")], 1)
# "A North Korean train arrived ." -- modifier of the subject
TRAIN = ([("A", 3, "det", "DET", "a"), ("North", 2, "compound", "PROPN", "North"), ("Korea", 3, "compound", "PROPN", "Korea"),
          ("train", 4, "nsubj", "NOUN", "train"), ("arrived", 4, "ROOT", "VERB", "arrive"), (".", 4, "punct", "PUNCT", ".")],
         [(1, 3, "GPE")], 4)
# "Kim left from Pyongyang ." -- origin, not the place
ORIGIN = ([("Kim", 1, "nsubj", "PROPN", "Kim"), ("left", 1, "ROOT", "VERB", "leave"), ("from", 1, "prep", "ADP", "from"),
           ("Pyongyang", 2, "pobj", "PROPN", "Pyongyang"), (".", 1, "punct", "PUNCT", ".")], [(3, 4, "GPE")], 1)
# "Kim spoke to Beijing ." -- "to" after a verb that is not movement
SPOKE = ([("Kim", 1, "nsubj", "PROPN", "Kim"), ("spoke", 1, "ROOT", "VERB", "speak"), ("to", 1, "prep", "ADP", "to"),
          ("Beijing", 2, "pobj", "PROPN", "Beijing"), (".", 1, "punct", "PUNCT", ".")], [(3, 4, "GPE")], 1)
# "China imposed sanctions on North Korea ." -- "on" marks the target, not a place
SANCTIONS = ([("China", 1, "nsubj", "PROPN", "China"), ("imposed", 1, "ROOT", "VERB", "impose"), ("sanctions", 1, "dobj", "NOUN", "sanction"),
              ("on", 2, "prep", "ADP", "on"), ("North", 5, "compound", "PROPN", "North"), ("Korea", 3, "pobj", "PROPN", "Korea"),
              (".", 1, "punct", "PUNCT", ".")], [(0, 1, "GPE"), (4, 6, "GPE")], 1)
# "Officials , who met in Beijing , denied it ." -- the place belongs to the relative clause
RELCL = ([("Officials", 6, "nsubj", "NOUN", "official"), (",", 0, "punct", "PUNCT", ","), ("who", 3, "nsubj", "PRON", "who"),
          ("met", 0, "relcl", "VERB", "meet"), ("in", 3, "prep", "ADP", "in"), ("Beijing", 4, "pobj", "PROPN", "Beijing"),
          ("denied", 6, "ROOT", "VERB", "deny"), ("it", 6, "dobj", "PRON", "it"), (".", 6, "punct", "PUNCT", ".")], [(5, 6, "GPE")], 6)


@pytest.mark.parametrize("case", [CONDEMNED, TRAIN, ORIGIN, SPOKE, RELCL, SANCTIONS],
                         ids=["metonymic-subject", "noun-modifier", "origin", "to-without-movement", "other-clause", "on-target"])
def test_no_place_when_the_toponym_is_not_where_the_event_happened(vocab, gaz, case):
    rows, ents, trigger = case
    doc = make_doc(vocab, rows, ents)
    assert event_location(doc, doc[:], trigger, gazetteer=gaz) is None


def test_relative_clause_place_belongs_to_its_own_verb(vocab, gaz):
    rows, ents, _ = RELCL
    doc = make_doc(vocab, rows, ents)
    assert event_location(doc, doc[:], 3, gazetteer=gaz)["text"] == "Beijing"


@pytest.mark.parametrize("as_dict", [False, True])
def test_actor_spans_are_not_the_place(vocab, gaz, as_dict):
    rows, ents, trigger, _ = MET
    doc = make_doc(vocab, rows, ents)
    start = doc.text.index("Pyongyang")
    actors = [{"start": start, "end": start + 9}] if as_dict else [(start, start + 9)]
    assert event_location(doc, doc[:], trigger, actors_spans=actors, gazetteer=gaz) is None


@pytest.mark.parametrize("case", [ARRIVED, VISITED], ids=["arrived-in", "visited"])
def test_a_visited_place_stays_the_place_when_it_is_also_the_target(vocab, gaz, case):
    rows, ents, trigger, expected = case
    doc = make_doc(vocab, rows, ents)
    start = doc.text.index(expected)
    loc = event_location(doc, doc[:], trigger, actors_spans=[(start, start + len(expected))], gazetteer=gaz)
    assert loc is not None and loc["text"] == expected


def test_closest_attachment_wins_over_a_farther_toponym(vocab, gaz):
    # "Kim met Xi in Beijing after leaving from Pyongyang ."
    rows = [("Kim", 1, "nsubj", "PROPN", "Kim"), ("met", 1, "ROOT", "VERB", "meet"), ("Xi", 1, "dobj", "PROPN", "Xi"),
            ("in", 1, "prep", "ADP", "in"), ("Beijing", 3, "pobj", "PROPN", "Beijing"), ("after", 1, "prep", "ADP", "after"),
            ("leaving", 5, "pcomp", "VERB", "leave"), ("from", 6, "prep", "ADP", "from"), ("Pyongyang", 7, "pobj", "PROPN", "Pyongyang"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(vocab, rows, [(4, 5, "GPE"), (8, 9, "GPE")])
    assert event_location(doc, doc[:], 1, gazetteer=gaz)["country"] == "CHN"


@pytest.mark.parametrize(
    "words, trigger, expected",
    [
        (["Kim", "arrived", "in", "Beijing", "today"], 1, "Beijing"),
        (["Kim", "flew", "to", "Pyongyang"], 1, "Pyongyang"),
        (["Kim", "flew", "from", "Pyongyang"], 1, None),
        (["Beijing", "condemned", "it"], 1, None),
    ],
)
def test_without_a_parse_a_toponym_after_a_locative_preposition_counts(vocab, gaz, words, trigger, expected):
    lemmas = {"arrived": "arrive", "flew": "fly", "condemned": "condemn"}
    doc = Doc(vocab, words=words, lemmas=[lemmas.get(w, w.lower()) for w in words],
              ents=["B-GPE" if w in ("Beijing", "Pyongyang") else "O" for w in words])
    loc = event_location(doc, None, trigger, gazetteer=gaz)
    assert (loc["text"] if loc else None) == expected


@pytest.mark.parametrize(
    "words, ents, expected",
    [
        (["He", "landed", "at", "Kuala", "Lumpur", "airport"], ["O", "O", "O", "B-GPE", "I-GPE", "O"], [("Kuala Lumpur airport", "MYS")]),
        (["in", "the", "North", "Korean", "capital"], ["O", "O", "B-NORP", "I-NORP", "O"], [("the North Korean capital", "PRK")]),
        (["Alexandria", ",", "La.", "police"], ["B-GPE", "O", "B-GPE", "O"], [("Alexandria", "USA"), ("La.", "USA")]),
        (["Alexandria", "in", "Egypt"], ["B-GPE", "O", "B-GPE"], [("Alexandria", "EGY"), ("Egypt", "EGY")]),
        (["talks", "with", "Pyongyang"], ["O", "O", "B-PERSON"], [("Pyongyang", "PRK")]),  # tagger slip, gazetteer fixes
        (["talks", "with", "Jordan"], ["O", "O", "B-PERSON"], []),  # a name first: not promoted
        (["the", "North", "and", "South"], ["O", "B-LOC", "O", "B-LOC"], [("North", None), ("South", None)]),  # directions
        (["Second", "Quarter", "Forecast"], ["O", "O", "O"], []),  # a tiny capital's name is not promoted
        (["Kuala", "Lumpur", "did", "n't"], ["B-GPE", "I-GPE", "O", "B-GPE"], [("Kuala Lumpur", "MYS")]),  # tagger noise dropped
        (["the", "Minnesota", "Department", "of", "Health"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"], [("Minnesota", "USA")]),
        (["the", "Acme", "Widget", "Company"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG"], []),
        (["near", "the", "Yalu", "River", "Bridge"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"], [("the Yalu River Bridge", "CHN")]),
    ],
)
def test_find_toponyms_spans_and_resolution(vocab, gaz, words, ents, expected):
    doc = Doc(vocab, words=words, ents=ents)
    found = find_toponyms(doc, gazetteer=gaz)
    assert [(t["text"], t["location"] and t["location"]["country"]) for t in found] == expected
    for t in found:
        assert doc.text[t["start"]:t["end"]] == t["text"]


def test_qualifier_state_picks_the_town_in_that_state(vocab, gaz):
    la = find_toponyms(Doc(vocab, words=["Alexandria", ",", "La."], ents=["B-GPE", "O", "B-GPE"]), gazetteer=gaz)
    va = find_toponyms(Doc(vocab, words=["Alexandria", ",", "Va."], ents=["B-GPE", "O", "B-GPE"]), gazetteer=gaz)
    assert la[0]["location"]["lon"] < -90 and -80 < va[0]["location"]["lon"]


def test_a_qualified_name_keeps_its_sense_in_the_whole_document(vocab, gaz):
    words = ["Alexandria", ",", "La.", "police", "said", "Alexandria", "schools", "closed"]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O", "O"]
    found = find_toponyms(Doc(vocab, words=words, ents=ents), gazetteer=gaz)
    assert found[0]["location"]["geonameid"] == found[2]["location"]["geonameid"]
    assert found[2]["location"]["lon"] < -90


@pytest.mark.parametrize("flag, expected", [(False, []), (True, [("Turkish", "TUR")])])
def test_demonyms_are_toponyms_only_on_request(vocab, gaz, flag, expected):
    doc = Doc(vocab, words=["A", "Turkish", "policeman"], ents=["O", "B-NORP", "O"])
    assert [(t["text"], t["location"]["country"]) for t in find_toponyms(doc, gazetteer=gaz, demonyms=flag)] == expected
