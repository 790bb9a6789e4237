"""More kinds of sentence whose factuality the gold guidelines settle (section 4 and the settling rules). Sentences
written for these tests; each kind has near misses that must keep their reading."""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.evaluate.events import factuality_class


def _factuality(nlp, coding_context, text: str, trigger: str) -> str:
    events = coded(nlp, coding_context, text)
    hits = [e for e in events if trigger in e["type"]["trigger"].lower().split()]
    assert hits, [(e["type"]["trigger"], e["status"]) for e in events]
    return factuality_class(hits[0])


def _charge(nlp, text: str, trigger: str):
    from tidings.code.modality import charge_of, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    words = charge_of(tok, load_lexicon())
    return None if words is None else " ".join(t.lower_ for t in words)


@pytest.mark.parametrize(
    ("text", "trigger", "charge"),
    [
        # an act named inside a charge or accusation, through a chain of complements (settling rules 17, 18)
        ("The general was accused of plotting a coup against the president.", "coup", "accused of"),
        ("Three men were charged with conspiracy to defraud the bank.", "defraud", "charged with"),
        ("She is accused of taking part in an armed robbery in Miami.", "robbery", "accused of"),
        ("Two men were arrested on charges of assaulting a police officer.", "assaulting", "charges of"),
        ("He was arrested on a charge of assaulting a police officer.", "assaulting", "charge of"),
        ("The colonel was indicted for ordering the massacre of prisoners.", "massacre", "indicted for"),
        # near misses: a conviction or a guilty plea establishes the act
        ("He pleaded guilty to charges of assaulting a police officer.", "assaulting", None),
        ("He was convicted on two counts of assaulting a police officer.", "assaulting", None),
        # a negated charge, and the incident named apart from the charge ("murder in the shooting of")
        ("He was not charged with assaulting the officer.", "assaulting", None),
        ("He was charged with murder in the shooting of a police officer.", "shooting", None),
        # "charge" as control, and other senses of the words
        ("The major crimes unit took charge of the investigation into the bombing.", "investigation", None),
        ("The colonel in charge of the raid on the compound was dismissed.", "raid", None),
        ("The envoy was charged with overseeing the investigation into the bombing.", "investigation", None),
        ("A retired judge was charged with leading the inquiry into the riot.", "inquiry", None),
        ("The council counted the votes after the protest at the town hall.", "protest", None),
        ("The airline will charge passengers for changes to a booking.", "changes", None),
    ],
)
def test_an_act_named_inside_a_charge_is_alleged(nlp, text, trigger, charge) -> None:
    assert _charge(nlp, text, trigger) == charge


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("The general was accused of plotting a coup against the president.", "coup", "reported_unconfirmed"),
        ("Three men were charged with conspiracy to defraud the bank.", "defraud", "reported_unconfirmed"),
        ("She is accused of taking part in an armed robbery in Miami.", "robbery", "reported_unconfirmed"),
        # near misses: the robbery a bank suffered, the investigation a unit took charge of
        ("Police are investigating the robbery of a bank in Dover.", "robbery", "happened"),
        ("The major crimes unit took charge of the investigation into the bombing.", "bombing", "happened"),
    ],
)
def test_a_charged_act_is_reported_unconfirmed(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        # possible, not reported: a possibility word or a modal alone makes the act hypothetical (section 4)
        ("The envoy says an official agreement between Chad and Sudan may finally end the border clashes.", "agreement", "hypothetical"),
        ("A prison sentence of up to ten years is possible upon conviction.", "conviction", "hypothetical"),
        ("The possibility of a meeting between the two leaders was raised again on Monday.", "meeting", "hypothetical"),
        ("The minister said it was unlikely that the presidency would hold a summit with Israel.", "summit", "hypothetical"),
        # near misses: an evidential hedge keeps the act reported but unconfirmed
        ("Rebels reportedly shot down a helicopter near the border.", "shot", "reported_unconfirmed"),
        ("The gunmen allegedly kidnapped two aid workers on Friday.", "kidnapped", "reported_unconfirmed"),
        ("Police believe the journalist was probably killed in March.", "killed", "reported_unconfirmed"),
        # a possibility modal on a bare event verb stays a forecast
        ("The prime minister might hold talks with the rebel leader.", "talks", "future"),
    ],
)
def test_a_possibility_alone_makes_an_act_hypothetical(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a claim on an anonymous basis or with a weak verb stays unconfirmed, whatever its modal
        ("The Courier made a claim, citing unnamed sources, that the envoy would arrive in Cairo.", "arrive", "unconfirmed"),
        ("The rebels claimed that the army could attack the town.", "attack", "unconfirmed"),
        # near miss: a named source's possibility
        ("The minister said the army could attack the town.", "attack", "hypothetical"),
    ],
)
def test_a_doubtful_source_keeps_a_possibility_unconfirmed(nlp, coding_context, text, trigger, status) -> None:
    from tidings.code.attribution import find_attribution
    from tidings.code.modality import analyse_modality
    from tidings.code.status import mention_status

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    mod = analyse_modality(doc, tok.i, lexicon=coding_context.claims)
    src = find_attribution(doc, tok.i, knowledge=coding_context.knowledge, lexicon=coding_context.claims)
    assert mention_status(mod, src, lexicon=coding_context.claims)[0] == status


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        # a nominal event told by its own past relative clause is a given, whatever governs the noun
        ("The minister flew to Nairobi, seeking to show support after the bombings that targeted the embassies.", "bombings", "happened"),
        ("The mayor wants to honour the victims of the shootings that have shaken the city.", "shootings", "happened"),
        # near misses: a relative clause with a modal, a negation or a plan does not tell it as done
        ("The envoy wants to attend the summit that will open in Rome.", "attend", "hypothetical"),
    ],
)
def test_a_nominal_event_told_by_its_own_past_clause_is_a_given(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The minister flew to Nairobi, seeking to show support after the bombings that targeted the embassies.", "bombings", True),
        ("Officials tried to calm the city after protests that were broken up by police.", "protests", True),
        ("The rebels may resume the attacks that have killed 50 soldiers this year.", "attacks", True),
        # near misses
        ("The president hopes to revive the talks that were planned for May.", "talks", False),
        ("The union wants to hold the strike that was called off last week.", "strike", False),
        ("The army could repeat the raid that never happened.", "raid", False),
        ("The envoy wants to attend the summit that will open in Rome.", "summit", False),
        ("The coach wants to avoid the defeats that his team suffers every winter.", "defeats", False),
        ("Fans hope to see the concert that the band cancelled.", "concert", False),
    ],
)
def test_which_relative_clauses_tell_an_event_as_done(nlp, text, trigger, expected) -> None:
    from tidings.code.modality import _told_as_past, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    assert _told_as_past(tok, load_lexicon()) is expected


@pytest.mark.parametrize(
    ("text", "word", "key"),
    [
        # a complement-taking verb is found even when the parser's lemma is wrong ("hopes" -> "hop")
        ("The minister hopes that parliament can ratify the treaty.", "hopes", "hope"),
        ("The minister hoped that parliament would ratify the treaty.", "hoped", "hope"),
        ("The minister plans to visit Kenya.", "plans", "plan"),
        # near misses: verbs that are no predicate, whatever their ending
        ("The minister shops in the market on Sundays.", "shops", None),
        ("The police raided the houses of two suspects.", "raided", None),
        ("The army bombed the bridges near the town.", "bombed", None),
    ],
)
def test_a_predicate_is_found_despite_a_wrong_lemma(nlp, text, word, key) -> None:
    from tidings.code.modality import load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    hit = load_lexicon().predicate(tok)
    assert (hit[0] if hit else None) == key


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        ("The committee chair says he hopes parliament can ratify the trade deal this week.", "ratify", "hypothetical"),
        # near miss: a forecast under the hope is still told as a hope
        ("The minister said the rebels signed the peace accord on Monday.", "signed", "happened"),
    ],
)
def test_what_one_hopes_for_is_hypothetical(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # a disjunction under a negation shares it; "nor" negates its own conjunct
        ("Police said the suspect had not admitted any role in the killings or implicated anyone else.", "implicated", True),
        ("The rebels did not attack the town or kill any civilians.", "kill", True),
        ('"We did not invite the speaker nor do we endorse his views," the dean said.', "endorse", True),
        # near misses: a conjunct with its own auxiliary or subject, an "and" conjunct, a positive head
        ("The army has not shelled the city and has withdrawn its tanks.", "withdrawn", False),
        ("The rebels did not attack the town, or they left before dawn.", "left", False),
        ("The rebels attacked the town or burned the villages nearby.", "burned", False),
        ("The union did not strike on Monday but marched through the city.", "marched", False),
    ],
)
def test_or_and_nor_under_a_negation(nlp, text, trigger, negated) -> None:
    from tidings.code.modality import analyse_modality, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    assert ("negated" in analyse_modality(doc, tok.i, lexicon=load_lexicon())["labels"]) is negated


@pytest.mark.parametrize(
    ("text", "trigger", "factuality"),
    [
        # a caused event comes about through its verb, and takes its modality
        ("Ten years ago such a march through the town would have triggered a riot.", "riot", "hypothetical"),
        ("The shooting of the teenager sparked riots across the city.", "riots", "happened"),
        # near misses: the object of other verbs is not brought about by them
        ("The army could investigate the bombing of the market.", "bombing", "happened"),
    ],
)
def test_a_caused_event_takes_the_modality_of_its_cause(nlp, coding_context, text, trigger, factuality) -> None:
    assert _factuality(nlp, coding_context, text, trigger) == factuality


@pytest.mark.parametrize(
    ("text", "trigger", "hedged"),
    [
        # a hedging participle right before the event's participle, wherever the parser hung it
        ("The team will recover the remains of an aid worker kidnapped and presumed killed by rebels in 2019.", "killed", True),
        ("The journalist, feared kidnapped by militants, was last seen in March.", "kidnapped", True),
        # near misses: a participle after another verb, and a finite verb after "believed"
        ("The suspect was arrested and charged with murder.", "charged", False),
        ("The two men were detained and questioned by police.", "questioned", False),
        ("Police believed the guard killed the prisoner.", "killed", True),  # the ordinary complement reading
    ],
)
def test_a_presumed_participle_is_hedged(nlp, text, trigger, hedged) -> None:
    from tidings.code.modality import analyse_modality, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    assert ("hedged" in analyse_modality(doc, tok.i, lexicon=load_lexicon())["labels"]) is hedged


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what is vowed or pledged, named by a noun after "to"
        ("Opposition leaders had vowed to a sit-in at the parliament until the judge was reinstated.", "sit-in", {"future"}),
        ("The unions pledged to a general strike if the law passes.", "strike", {"future", "conditional"}),
        # near misses: other verbs' "to"-phrases
        ("The minister travelled to the summit in Rome.", "summit", set()),
    ],
)
def test_what_is_vowed_to_is_future(nlp, text, trigger, expected) -> None:
    from tidings.code.modality import analyse_modality, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    assert set(analyse_modality(doc, tok.i, lexicon=load_lexicon())["labels"]) - {"reported"} == expected


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        # a court ruling against a claim: a dismissed suit, an acquittal (settling rules 5 and 10)
        ("A federal judge has dismissed all claims against the county over the police raid.", "dismissed", True),
        ("The lawsuit against the city was thrown out by a federal court.", "thrown", True),
        ("A state court dismissed the case against the two journalists.", "dismissed", True),
        ("The former mayor was acquitted of fraud by a jury in Tampa.", "acquitted", True),
        # near misses: a government dismissing claims rejects them; a dismissed minister; a ruling not made
        ("The Kremlin dismissed claims that its agents hacked the emails.", "dismissed", False),
        ("The president dismissed the defence minister after the raid.", "dismissed", False),
        ("The coach dismissed the striker's complaints as noise.", "dismissed", False),
    ],
)
def test_a_court_ruling_against_a_claim_is_negated(nlp, text, trigger, negated) -> None:
    from tidings.code.modality import analyse_modality, load_lexicon

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == trigger)
    assert ("negated" in analyse_modality(doc, tok.i, lexicon=load_lexicon())["labels"]) is negated
