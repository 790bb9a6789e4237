"""Modality labels, their scope and their estimative probabilities."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tidings._errors import KnowledgeError
from tidings.code.modality import analyse_modality, load_lexicon, probability_to_score

_VOCAB = spacy.blank("en").vocab


def make_doc(rows: str) -> Doc:
    """A parsed Doc from rows of ``word lemma POS TAG head dep`` (head = token index)."""
    vocab = _VOCAB
    parts = [r.split() for r in rows.strip().splitlines()]
    return Doc(
        vocab,
        words=[p[0] for p in parts],
        lemmas=[p[1] for p in parts],
        pos=[p[2] for p in parts],
        tags=[p[3] for p in parts],
        heads=[int(p[4]) for p in parts],
        deps=[p[5] for p in parts],
        sent_starts=[True] + [False] * (len(parts) - 1),
    )


NEGATED = """
The the DET DT 1 det
army army NOUN NN 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 neg
attack attack VERB VB 4 ROOT
the the DET DT 6 det
town town NOUN NN 4 dobj
. . PUNCT . 4 punct
"""

BECAUSE = """
Because because SCONJ IN 3 mark
the the DET DT 2 det
army army NOUN NN 3 nsubj
attacked attack VERB VBD 8 advcl
, , PUNCT , 8 punct
civilians civilian NOUN NNS 8 nsubj
may may AUX MD 8 aux
then then ADV RB 8 advmod
flee flee VERB VB 8 ROOT
. . PUNCT . 8 punct
"""

CONDITIONAL = """
If if SCONJ IN 3 mark
the the DET DT 2 det
rebels rebel NOUN NNS 3 nsubj
advance advance VERB VBP 8 advcl
, , PUNCT , 8 punct
the the DET DT 6 det
army army NOUN NN 8 nsubj
will will AUX MD 8 aux
retaliate retaliate VERB VB 8 ROOT
. . PUNCT . 8 punct
"""

# "perhaps through a meeting": the hedge hangs on the preposition whose object is the trigger
HEDGED_PREPOSITION = """
Kim Kim PROPN NNP 1 nsubj
reached reach VERB VBD 1 ROOT
out out ADP RP 1 prt
perhaps perhaps ADV RB 4 advmod
through through ADP IN 1 prep
a a DET DT 6 det
meeting meeting NOUN NN 4 pobj
. . PUNCT . 1 punct
"""

PLAIN_PREPOSITION = HEDGED_PREPOSITION.replace("perhaps perhaps ADV RB 4 advmod", "then then ADV RB 4 advmod")


@pytest.mark.parametrize(
    "rows, trigger, labels",
    [
        (HEDGED_PREPOSITION, 6, ["hedged"]),
        (HEDGED_PREPOSITION, 1, []),  # the hedge on the preposition governs its object, not the clause it hangs on
        (PLAIN_PREPOSITION, 6, []),  # an adverb that is no hedge adds nothing
        (NEGATED, 4, ["negated"]),
        (BECAUSE, 8, ["hedged"]),
        (BECAUSE, 3, []),  # the hedge sits in the main clause: the cause is asserted
        (CONDITIONAL, 8, ["future", "conditional"]),
        (CONDITIONAL, 3, ["conditional"]),  # the antecedent is conditional too, but not future
    ],
)
def test_labels_on_hand_built_parses(coding_context, rows, trigger, labels):
    assert analyse_modality(make_doc(rows), trigger, lexicon=coding_context.claims)["labels"] == labels


def test_a_plain_assertion_has_no_cue_and_no_probability(coding_context):
    doc = make_doc(NEGATED.replace("not not PART RB 4 neg", "then then ADV RB 4 advmod"))
    assert analyse_modality(doc, 4, lexicon=coding_context.claims) == {"labels": [], "cues": [], "probability": None}


def test_cues_carry_offsets_into_the_text(coding_context):
    doc = make_doc(NEGATED)
    cue = analyse_modality(doc, 4, lexicon=coding_context.claims)["cues"][0]
    assert doc.text[cue["start"] : cue["end"]] == cue["text"] == "not"


@pytest.fixture(scope="module")
def parse(nlp, coding_context):

    def run(text: str, trigger: str, **kw):
        doc = nlp(text)
        i = next(t.i for t in doc if t.text == trigger)
        return analyse_modality(doc, i, lexicon=coding_context.claims, time_lexicon=coding_context.time, **kw)

    return run


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, present, absent",
    [
        ("Rebels never reached the capital.", "reached", {"negated"}, {"hedged"}),
        ("The ministry denied that soldiers had fired on the crowd.", "fired", {"negated", "reported"}, set()),
        ("The envoy failed to attend the ceremony.", "attend", {"negated"}, set()),
        ("The mayor refrained from criticising the governor.", "criticising", {"negated"}, set()),
        ("Foreign involvement cannot be ruled out.", "involvement", {"hedged"}, {"negated"}),
        ("The guerrillas may ambush the patrol.", "ambush", {"hedged"}, {"negated"}),
        ("Police reportedly detained three students.", "detained", {"hedged"}, set()),
        ("Militants purportedly seized the depot.", "seized", {"hedged"}, set()),
        ("It is unclear whether the governor resigned.", "resigned", {"hedged", "question"}, set()),
        ("The premier will travel to Ankara.", "travel", {"future"}, {"hedged"}),
        ("The delegations are scheduled to meet in June.", "meet", {"future"}, set()),
        ("The cabinet plans to hold a referendum.", "hold", {"future"}, set()),
        ("The upcoming summit opens in Hanoi.", "summit", {"future"}, set()),
        ("Unless the strike ends, the factory will close.", "close", {"conditional"}, set()),
        ("Is the premier visiting Ankara?", "visiting", {"question"}, set()),
        ("The agency said that troops withdrew from the valley.", "withdrew", {"reported"}, {"hedged", "negated"}),
        ("Troops withdrew from the valley, a spokesman said.", "withdrew", {"reported"}, set()),
        ("According to the broadcaster, troops withdrew.", "withdrew", {"reported"}, set()),
        ("The ministry confirmed that the talks took place.", "took", {"reported"}, {"hedged"}),
        ("The ministry did not confirm that the talks took place.", "took", {"reported", "hedged"}, {"negated"}),
        ("The prince is not believed to have visited the island.", "visited", {"negated", "hedged"}, set()),
        ("The queen's trip, if confirmed, would mark a shift.", "trip", {"hedged"}, {"conditional"}),
        ("No one has claimed the bombing.", "claimed", {"negated"}, set()),
        ("The firm reached no agreement with the union.", "reached", {"negated"}, set()),
        ("The board was reluctant to approve the merger.", "approve", {"future"}, {"negated"}),
        ("The talks began to stall in May.", "stall", set(), {"future", "negated"}),
        ("Beijing denied the attack on the embassy.", "attack", {"negated"}, set()),
        ("The ministry rejected the proposals.", "proposals", set(), {"negated"}),
        ("Rescuers could not reach the village.", "reach", {"negated"}, {"hedged"}),
        ("In case the talks fail, the army will deploy more troops.", "deploy", {"conditional"}, set()),
        ("China may try to reach out, perhaps through a meeting with the envoy.", "meeting", {"hedged"}, {"negated"}),
        ("The minister travelled to Seoul, possibly via a stopover in Tokyo.", "stopover", {"hedged"}, set()),
        ("The minister travelled to Seoul via a stopover in Tokyo.", "stopover", set(), {"hedged"}),
        ("The envoy refrained from visiting Seoul until months before the summit.", "summit", set(), {"negated"}),
        ("Beijing is preparing for a visit by the leader.", "visit", {"future"}, set()),
        ("Signs of what may be a secret meeting emerged on Friday.", "meeting", {"hedged"}, set()),
        ("Signs of what may be a secret meeting emerged on Friday.", "emerged", set(), {"hedged"}),
        ("The agency did not name the victim but said he was a diplomat.", "said", set(), {"negated"}),
    ],
)
def test_labels_in_parsed_sentences(parse, text, trigger, present, absent):
    labels = set(parse(text, trigger)["labels"])
    assert present <= labels
    assert not (absent & labels)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, clean",
    [
        # a hedge in a coordinated clause with its own subject does not hedge this one
        ("The army shelled the town, and the rebels may retreat.", "shelled", True),
        # a negation in the matrix clause does not negate a reported complement
        ("The minister did not say that the army shelled the town.", "shelled", False),
        # a modal in a because-clause does not reach the main clause
        ("The army withdrew because the envoy might resign.", "withdrew", True),
    ],
)
def test_cues_outside_the_governing_clauses_do_not_count(parse, text, trigger, clean):
    labels = set(parse(text, trigger)["labels"])
    assert "negated" not in labels
    if clean:
        assert labels == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "word, low, high",
    [
        ("almost certainly", 0.95, 0.99),
        ("very likely", 0.80, 0.95),
        ("probably", 0.55, 0.80),
        ("possibly", 0.20, 0.55),
        ("unlikely", 0.20, 0.45),
        ("very unlikely", 0.05, 0.20),
        ("roughly even chance", 0.45, 0.55),
    ],
)
def test_estimative_words_fall_in_their_icd_203_band(parse, word, low, high):
    if "unlikely" in word:
        text = f"It is {word} that the rebels attacked the convoy."
    elif "chance" in word:
        text = f"There is a {word} that the rebels attacked the convoy."
    else:
        text = f"The rebels {word} attacked the convoy."
    p = parse(text, "attacked")["probability"]
    assert p is not None and low <= p <= high


@pytest.mark.model
@pytest.mark.parametrize("modal", ["may", "might", "could", "would"])
def test_modals_map_to_an_intermediate_probability(parse, modal):
    p = parse(f"The rebels {modal} attack the convoy.", "attack")["probability"]
    assert 0.3 <= p <= 0.7


@pytest.mark.model
def test_negation_turns_a_hedge_around(parse):
    assert parse("The rebels probably did not attack the convoy.", "attack")["probability"] == pytest.approx(0.3)


@pytest.mark.model
def test_a_headline_infinitive_is_future(parse):
    assert "future" in parse("Premier to visit Ankara", "visit", title=True)["labels"]


@pytest.mark.parametrize("p, score", [(None, 3.0), (1.0, 3.0), (0.5, 0.0), (0.0, -3.0), (0.75, 1.5)])
def test_probability_maps_onto_the_factuality_scale(p, score):
    assert probability_to_score(p) == score


def test_users_can_add_hedges_in_their_own_lexicon(tmp_path):
    extra = tmp_path / "modality-extra.toml"
    extra.write_text('[hedge]\nthen = 0.55\n', encoding="utf-8")
    doc = make_doc(NEGATED.replace("not not PART RB 4 neg", "then then ADV RB 4 advmod"))
    m = analyse_modality(doc, 4, lexicon=load_lexicon([extra]))
    assert m["labels"] == ["hedged"] and m["probability"] == 0.55


def test_a_malformed_lexicon_is_a_knowledge_error(tmp_path):
    bad = tmp_path / "modality-bad.toml"
    bad.write_text("[hedge\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_lexicon([bad])


def test_an_unparsed_doc_degrades_to_surface_cues(coding_context):
    doc = spacy.blank("en")("Did the army attack the town?")
    m = analyse_modality(doc, 3, lexicon=coding_context.claims)
    assert m["labels"] == ["question"]


def test_the_claims_lexicon_setting_adds_modality_files_from_a_folder(tmp_path):
    from tidings import Options
    from tidings.code.context import CodingContext

    (tmp_path / "modality-extra.toml").write_text('[hedge]\nthen = 0.35\n', encoding="utf-8")
    (tmp_path / "actors.toml").write_text('[hedge]\nthen = 0.99\n', encoding="utf-8")  # not a cue file: ignored
    doc = make_doc(NEGATED.replace("not not PART RB 4 neg", "then then ADV RB 4 advmod"))
    m = analyse_modality(doc, 4, lexicon=CodingContext.from_options(Options(claims_lexicon=[str(tmp_path)])).claims)
    assert m["probability"] == 0.35
    assert analyse_modality(doc, 4, lexicon=CodingContext.from_options(Options()).claims)["labels"] == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger, future",
    [
        ("The two leaders meet in Pyongyang on April 27.", "meet", True),
        ("The summit on April 27 takes place in Panmunjom.", "summit", True),
        ("The two leaders met in Pyongyang on March 2.", "met", False),
        ("The envoy visited Beijing in 2011.", "visited", False),
    ],
)
def test_a_date_after_publication_makes_the_event_future(parse, text, trigger, future):
    labels = parse(text, trigger, anchor="2018-03-27")["labels"]
    assert ("future" in labels) is future
    assert "future" not in parse(text, trigger)["labels"]  # without an anchor dates say nothing
