"""Modality of an event mention: is it negated, hedged, future, conditional, asked, reported?

:func:`analyse_modality` looks at the dependency tree of a parsed sentence
around one event trigger. A cue counts only when it *governs* the trigger:
it hangs on the trigger itself or on a clause that dominates it. Walking
from the trigger up to the sentence root, each dependency step decides which
kinds of cue may flow down to the trigger:

- ``xcomp``, ``attr``, ``acomp`` and shared-subject ``conj``: everything
  ("did not *try* to visit", "may try to *use*").
- ``ccomp``: everything but plain negation ("did not say that X" does not
  negate X); negation passes only through neg-raising predicates ("is not
  believed to"), and a negated reporting verb leaves X open ("did not
  confirm that X").
- ``advcl``, ``relcl``, ``acl``, ``parataxis`` and nominal arguments:
  only the framing cues (condition, question, report), so "because X, Y may
  happen" does not hedge X.

Predicates that govern a complement (reporting verbs, hedging verbs such as
"believe", future-oriented verbs such as "plan", implicatives such as
"fail") and all cue words come from the lexicon
``tidings/data/lexicon/modality.toml``; users can add their own files.
"""

from __future__ import annotations

import logging
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, AbstractSet, Any, Iterable, Optional, Sequence

from .._errors import KnowledgeError
from .._types import Modality

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Span, Token

    from ..time.lexicon import Lexicon as TimeLexicon

__all__ = ["analyse_modality", "load_lexicon", "Lexicon", "LABELS", "probability_to_score"]

log = logging.getLogger(__name__)

LABELS: tuple[str, ...] = ("negated", "hedged", "future", "conditional", "question", "reported")
_ALL = frozenset(LABELS)
_FRAME = frozenset({"conditional", "question", "reported"})
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_COMPLEMENT_RELS = {"ccomp", "xcomp", "acl", "dobj", "nsubjpass", "prep", "csubj", "csubjpass", "oprd"}
_PHRASE_ATTACH = {"advmod", "aux", "auxpass", "neg", "mark", "acomp", "npadvmod", "advcl"}
_CLAUSE_DEPS = {"conj", "ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp", "csubj", "csubjpass"}
_LIGHT_VERBS = {"make", "hold", "pay", "have", "conduct", "carry", "take", "stage", "give", "launch", "undertake", "do",
                "begin", "start", "resume", "open", "initiate", "convene"}
# verbs that end an event named as their object: what governs them reaches the event, but a negation
# does not ("did not finish the investigation": the investigation happened)
# what is allowed is governed like a complement: "refused to allow more protests", "did not permit the rally"
_PERMIT_VERBS = {"allow", "permit", "authorize", "authorise", "approve", "sanction"}
_CAUSING_VERBS = {"trigger", "spark", "provoke", "cause", "ignite", "unleash", "incite", "precipitate"}
_ENDING_VERBS = {"finish", "complete", "conclude"}
_OCCURRENCE_VERBS = {"happen", "occur", "take", "go", "proceed", "begin", "start", "end", "continue", "come", "be"}
_SERIES_NOUNS = {"series", "wave", "string", "round", "spate", "rash", "number", "set", "couple", "chain", "flurry", "volley", "barrage"}
_NEG_RAISING = {"believe", "think", "expect", "seem", "appear", "suppose", "imagine", "likely"}

DEFAULT_LEXICON = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "modality.toml"


# --------------------------------------------------------------------------- lexicon


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


class Lexicon:
    """The cue lexicon: the merged TOML plus fast lookups."""

    def __init__(self, data: dict[str, Any]):
        self.data = data
        m = data.get("modality", {})
        self.negation_probability = float(m.get("negation_probability", 0.03))
        self.question_probability = float(m.get("question_probability", 0.5))
        self.conditional_probability = float(m.get("conditional_probability", 0.5))
        self.negated_report_probability = float(m.get("negated_report_probability", 0.5))
        self.negation = {w.lower() for w in data.get("negation", {}).get("words", [])}
        self.negative_quantifiers = {w.lower() for w in data.get("negation", {}).get("quantifiers", [])}
        self.failure_verbs = {w.lower() for w in data.get("negation", {}).get("failure_verbs", [])}
        self.failure_nouns = {w.lower() for w in data.get("negation", {}).get("failure_nouns", [])}
        self.failure_events = {w.lower() for w in data.get("negation", {}).get("failure_events", [])}
        self.foiling_verbs = {w.lower() for w in data.get("negation", {}).get("foiling_verbs", [])}
        self.plan_nouns = {w.lower() for w in data.get("negation", {}).get("plan_nouns", [])}
        self.made_requests = {w.lower() for w in data.get("negation", {}).get("made_requests", [])}
        self.refusing_verbs = {w.lower() for w in data.get("negation", {}).get("refusing_verbs", [])}
        neg = data.get("negation", {})
        self.dismissing_verbs = {w.lower() for w in neg.get("dismissing_verbs", [])}
        self.dismissed_suits = {w.lower() for w in neg.get("dismissed_suits", [])}
        self.courts = {w.lower() for w in neg.get("courts", [])}
        self.court_claims = {w.lower() for w in neg.get("court_claims", [])}
        self.dropped_charges = {w.lower() for w in neg.get("dropped_charges", [])}
        self.charge_droppers = {w.lower() for w in neg.get("charge_droppers", [])}
        self.prosecutors = {w.lower() for w in neg.get("prosecutors", [])}
        self.clearing_verbs = {w.lower() for w in neg.get("clearing_verbs", [])}
        self.hedge = {k.lower(): float(v) for k, v in data.get("hedge", {}).items()}
        self.modals = {k.lower(): float(v) for k, v in data.get("modals", {}).items()}
        self.hedge_phrases = {k.lower(): float(v) for k, v in data.get("hedge_phrases", {}).items()}
        self.possibility = {w.lower() for w in data.get("hedge_kinds", {}).get("possibility", [])}
        self.predicates: dict[str, dict[str, Any]] = {k.lower(): dict(v) for k, v in data.get("predicates", {}).items()}
        self.modifiers: dict[str, tuple[str, float]] = {k.lower(): (v[0], float(v[1])) for k, v in data.get("modifiers", {}).items()}
        fut = data.get("future", {})
        self.future_aux = {w.lower() for w in fut.get("auxiliaries", [])}
        self.future_aux_p = float(fut.get("auxiliary_probability", 0.85))
        self.manner_adverbs = {w.lower() for w in fut.get("manner_adverbs", [])}
        self.future_time = {w.lower() for w in fut.get("time_words", [])}
        self.future_time_p = float(fut.get("time_probability", 0.8))
        self.future_preps = {w.lower() for w in fut.get("prepositions", [])}
        pre = data.get("presupposed", {})
        self.presupposing_preps = {w.lower() for w in pre.get("prepositions", [])}
        self.occurrence_verbs = {w.lower() for w in pre.get("occurrence_verbs", [])}
        self.escape_verbs = {w.lower() for w in pre.get("escape_verbs", [])}
        self.responsibility = {w.lower() for w in pre.get("responsibility", [])}
        self.aftermath = {w.lower() for w in pre.get("aftermath", [])}
        self.claimed_acts = {w.lower() for w in pre.get("claimed_acts", [])}
        self.infinitive_probability = float(fut.get("infinitive_probability", 0.5))
        cond = data.get("conditional", {})
        self.cond_marks = {w.lower() for w in cond.get("marks", [])}
        self.cond_phrases = [p.lower() for p in cond.get("phrases", [])]
        self.cond_preps = {w.lower() for w in cond.get("prepositions", [])}
        self.open_marks = {w.lower() for w in cond.get("open_marks", [])}
        self.future_marks = {w.lower() for w in fut.get("marks", [])}
        self.evidential = {w.lower() for w in cond.get("evidential", [])}
        self.outcome_nouns = {w.lower() for w in cond.get("outcome_nouns", [])}
        self.conditional_acts = {w.lower() for w in cond.get("acts", [])}
        perf = data.get("performative", {})
        self.performative_verbs = {w.lower() for w in perf.get("verbs", [])}
        self.performative_governors = {w.lower() for w in perf.get("governors", [])}
        self.occasion_nouns = {w.lower() for w in perf.get("occasions", [])}
        charges = data.get("charges", {})
        self.charge_governors = {k.lower(): frozenset(p.lower() for p in v) for k, v in charges.get("governors", {}).items()}
        self.proving_words = {w.lower() for w in charges.get("proving", [])}
        self.charge_tasks = {w.lower() for w in charges.get("tasks", [])}
        self.charge_crimes = {w.lower() for w in charges.get("crimes", [])}
        q = data.get("question", {})
        self.question_marks = {w.lower() for w in q.get("marks", [])}
        self.uncertain = {w.lower() for w in q.get("uncertain", [])}
        self.deliberating = {w.lower() for w in q.get("deliberating", [])}
        self.attribution = data.get("attribution", {})
        self.reliability = {k: float(v) for k, v in data.get("reliability", {}).items()}

    def predicate(self, token: Token) -> Optional[tuple[str, dict[str, Any]]]:
        """The predicate entry governing a complement, keyed by lemma (+ particle); an entry for nouns only
        (``nominal_only``: "calls for a ceasefire") governs no verb ("were called to the scene to investigate")."""
        hit = self._predicate(token)
        if hit is not None and hit[1].get("nominal_only") and not _is_nominal(token):
            return None
        return hit

    def _predicate(self, token: Token) -> Optional[tuple[str, dict[str, Any]]]:
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1):  # "line up", "look forward"
                key = f"{lemma} {child.lower_}"
                if key in self.predicates:
                    return key, self.predicates[key]
        for key in (lemma, token.lower_):
            if key in self.predicates:
                return key, self.predicates[key]
        if token.pos_ in {"VERB", "AUX"}:
            for key in _base_forms(token.lower_):  # the parser's lemma can be wrong: "hopes" -> "hop"
                if key in self.predicates:
                    return key, self.predicates[key]
        return None


# verbs of saying and believing whose passive, with no one named as its agent, reports at a distance ("is said to have",
# "it is believed that"); "known", "expected", "scheduled" are not among them
_IMPERSONAL_REPORTS = frozenset({"say", "report", "believe", "think", "rumor", "rumour", "allege", "suppose", "reckon", "understand",
                                 "claim", "consider"})


def _impersonal_report(trigger: Token) -> Optional[Token]:
    """The passive reporting verb that tells the act at ``trigger`` with no one named for it: "was said to have been
    poisoned" (a perfect infinitive under a passive "say") or "it is reported that he had met" (an expletive "it")."""
    head = trigger.head
    if head is trigger or head.lemma_.lower() not in _IMPERSONAL_REPORTS or head.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in head.children) or any(c.dep_ == "agent" for c in head.children):
        return None
    if trigger.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) and any(
            c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "have" for c in trigger.children):
        return head  # "was said to have been poisoned", "is believed to have fled"
    if trigger.dep_ == "ccomp" and any(c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in head.children):
        return head  # "it is reported that he had met two Russians"
    return None


def _base_forms(word: str) -> list[str]:
    """Candidate base forms of an inflected verb ("hopes", "hoped", "hoping" -> "hope"), for a lemma the parser got wrong."""
    out: list[str] = []
    for suffix, repl in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise KnowledgeError(f"cannot read lexicon: {err}", path=str(path), fix="fix the TOML syntax or remove the file") from err


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Lexicon:
    data = _read_toml(DEFAULT_LEXICON)
    for name in paths:
        path = Path(name)
        files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
        for file in files:
            extra = _read_toml(file)
            if path.is_dir() and not file.name.startswith("modality"):
                continue  # in a folder, only modality*.toml files are cue lexicons
            data = _merge(data, extra)
            log.debug("merged modality lexicon %s", file)
    return Lexicon(data)


def load_lexicon(paths: Iterable[str | Path] = ()) -> Lexicon:
    """The default cue lexicon merged with user files (``modality*.toml`` in folders)."""
    return _load(tuple(str(p) for p in paths))


# --------------------------------------------------------------------------- helpers


def _cue(tokens: Iterable[Token], label: str, probability: Optional[float] = None, **extra: Any) -> dict[str, Any]:
    tokens = sorted(tokens, key=lambda t: t.i)
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    cue: dict[str, Any] = {
        "text": doc[first.i : last.i + 1].text,  # Doc.text would rebuild the whole text
        "start": first.idx,
        "end": last.idx + len(last.text),
        "label": label,
    }
    if probability is not None:
        cue["probability"] = round(float(probability), 3)
    cue.update({k: v for k, v in extra.items() if v is not None})
    return cue


def sentence_of(token: Token) -> Span:
    """The sentence of ``token``, or the whole doc when sentence boundaries are not set."""
    doc = token.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return token.sent
    return doc[:]


def no_longer(token: Token) -> list[Token]:
    """The "longer" of "no longer" on ``token`` ("said it would no longer negotiate": "no" hangs on "longer"), or []."""
    return [c for c in token.children if c.dep_ == "advmod" and c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children)]


def _negation_children(token: Token, lex: Lexicon) -> list[Token]:
    out = [
        c
        for c in token.children
        if (c.dep_ == "neg" or (c.lower_ in lex.negation and c.dep_ in {"advmod", "det", "preconj", "neg"}))
        and not negates_modifier(c, token)
    ]
    out += no_longer(token)
    # "could offer no details", "arrested no one": an act with nothing as its object did not take place
    if token.pos_ == "VERB" and not out:
        out += [d for o in token.children if o.dep_ == "dobj" for d in o.children if d.dep_ == "det" and d.lower_ == "no"]
    # "blamed for three crashes but charged in none": the act took place in none of them
    return out + [c for c in token.children if c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ == "none" for o in c.children)]


#: verbs that tell a happening ends or eases ("few think the unrest will end soon"), with no object: what they say of
#: its end is not the happening's own status (it is under way); "an agreement may end the clashes" ends something else
WANING_VERBS = frozenset({"end", "subside", "abate", "ease", "cease", "stop", "die", "wane", "fizzle"})


def negates_modifier(neg: Token, noun: Token) -> bool:
    """Is ``neg`` a "not" the parser hung on the noun ``noun`` though it negates something else: the adjective after
    it ("a not guilty plea", "a not unexpected visit": the plea was entered, the visit made), or what follows the noun
    ("a well-planned attack, clearly not the work of amateurs": the attack is not denied)?"""
    if neg.lower_ == "not" and neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ in {"only", "merely", "just", "simply"}:
        return True  # "Not only had he initiated the inquiry, but ...": the inquiry is asserted
    if neg.lower_ not in {"not", "n't"} or not _is_nominal(noun):
        return False
    if neg.i > noun.i:
        return True
    if neg.i + 1 >= noun.i:
        return False
    nxt = neg.doc[neg.i + 1]
    return nxt.pos_ == "ADJ" and nxt.head.i == noun.i and nxt.dep_ == "amod"


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in token.children)


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _is_nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}


def claimed_act(noun: Token, lex: Lexicon) -> bool:
    """Is ``noun`` an attack its doer claims ("Al-Shabaab claimed the attack"): a claim of responsibility, not a report?"""
    head = noun.head
    return noun.dep_ == "dobj" and noun.lemma_.lower() in lex.claimed_acts and head.lemma_.lower() == "claim" and head.pos_ == "VERB"


def appeal_infinitive(child: Token, head: Token) -> bool:
    """Is ``child`` the infinitive of what an appeal asks for, hung on the appeal as an adverbial ("called on Moscow
    to withdraw its troops", "appealed to Russia to send troops")?"""
    return head.lemma_.lower() in {"call", "appeal", "urge"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
        and any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"} for c in head.children)


def _step_mode(child: Token, head: Token) -> frozenset[str]:
    """Which kinds of cue flow from ``head`` down to ``child`` along this arc."""
    dep = child.dep_
    if dep == "conj":
        if _has_subject(child) and _has_subject(head):
            return _FRAME
        if (_joined_by(child, {"or", "nor"}) is not None and not _has_subject(child)
                and not any(c.dep_ in {"aux", "auxpass"} for c in child.children)):
            return _ALL  # "had not admitted any role or implicated anyone": a disjunction shares the negation and the modal
        if child.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in child.children) and any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            return _FRAME  # "said she would appeal and urged the minister to act": a simple past cannot share the modal
        if (any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in head.children) or child.tag_ in {"VBD", "VBZ", "VBP"}
                or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in child.children)):
            # "did not mention X but said ...", "did not need one and is going to ignore it": a finite conjunct (or
            # one with its own finite auxiliary) keeps its own polarity
            return _FRAME | {"future"}
        return _ALL
    if dep in {"xcomp", "acomp", "attr", "oprd", "pobj", "pcomp", "auxpass", "compound"}:
        return _ALL
    if dep == "ccomp" or (dep == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)):
        return _ALL - {"negated"}
    if dep == "advcl" and appeal_infinitive(child, head):
        return _ALL  # "called on Moscow to withdraw its troops", the act asked for hung on the appeal as an adverbial
    if dep == "prep":
        return _ALL - {"negated"} if head.pos_ in {"VERB", "AUX"} else _FRAME
    if dep == "dobj":
        lemma = head.lemma_.lower()
        # a caused event comes about through its verb: "would have triggered a riot", "could spark a war"
        return _ALL if lemma in _LIGHT_VERBS or lemma in _PERMIT_VERBS or lemma in _CAUSING_VERBS else _ALL - {"negated"} if lemma in _ENDING_VERBS else _FRAME
    if dep in {"nsubj", "nsubjpass"} and _is_nominal(child):
        return _ALL if head.lemma_.lower() in _OCCURRENCE_VERBS and head.lemma_.lower() != "be" else _FRAME
    if dep == "parataxis" and child.lemma_.lower() in _REPORTING_LEMMAS:
        return frozenset()  # '"If ..., I would take that deal," he said': the saying is not in its quotation's scope
    if dep == "relcl" and head.pos_ in {"NOUN", "PROPN"}:
        # a relative clause on a noun is presupposed: "if they give the visas the Cubans have proposed", "did the man who
        # robbed the bank escape?" (the proposal and the robbery are given); only a report reaches it
        return frozenset({"reported"})
    return _FRAME


def _joined_by(conj: Token, words: AbstractSet[str]) -> Optional[Token]:
    """The coordinator (one of ``words``) that joins the conjunct ``conj`` to its head: "X or Y", "X nor do we Y"."""
    head = conj.head
    for c in [*head.children, *conj.children]:
        if c.dep_ == "cc" and c.lower_ in words and c.i < conj.i and (c.head.i == conj.i or c.i > head.i):
            return c
    return None


def _adverb_phrase(token: Token) -> str:
    """'very likely' when an intensifier modifies the hedge word."""
    mods = [c.lower_ for c in token.children if c.dep_ == "advmod" and c.i < token.i]
    return " ".join(mods + [token.lower_]) if mods else token.lower_


class _Collector:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.cues: list[dict[str, Any]] = []

    def add(self, tokens: Iterable[Token], label: str, probability: Optional[float] = None, **extra: Any) -> None:
        tokens = list(tokens)
        key = {t.i for t in tokens}
        for cue in self.cues:
            if cue["label"] == label and cue.get("_tokens") == key:
                return
        cue = _cue(tokens, label, probability, **extra)
        cue["_tokens"] = key
        self.cues.append(cue)


def _listed_object(obj: Token) -> bool:
    """Is the direct object ``obj`` a second one of its verb, after another object and a comma: an item of a list the
    parse hung on the verb ("charged Baker with speeding, no registration plates, no insurance ...": the charges)? A
    verb has one direct object; "reached no agreement" and "gave them no money" keep their negation."""
    if obj.dep_ != "dobj":
        return False
    before = [c for c in obj.head.children if c.dep_ in {"dobj", "prep"} and c.i < obj.i]
    return any(c.dep_ == "dobj" for c in before) and obj.i > 0 and obj.doc[obj.left_edge.i - 1].text == ","


def _local_cues(g: Token, mode: frozenset[str], col: _Collector, *, from_child: Optional[Token], skip_negation: bool, is_trigger: bool) -> None:
    lex = col.lex
    for c in g.children:
        if from_child is not None and c.i == from_child.i:
            continue
        low, lemma, dep = c.lower_, c.lemma_.lower(), c.dep_
        # negation
        if "negated" in mode and not skip_negation and c in _negation_children(g, lex):
            if not _delayed(g):  # "did not return until 2005": it happened, later
                col.add([c], "negated", lex.negation_probability)
            continue
        # modal and future auxiliaries
        if dep in {"aux", "auxpass"} and c.tag_ == "MD" or (dep == "aux" and low in lex.future_aux):
            if low in lex.future_aux or lemma in lex.future_aux:
                if "future" in mode:
                    col.add([c], "future", lex.future_aux_p, forecast=True)
            elif low in {"could", "can", "ca"} and _negation_children(g, lex):
                pass  # "could not contact" is inability, a plain negation
            elif low == "would" and "future" in mode and _backshifted_will(c, g, lex):
                col.add([c], "future", lex.future_aux_p, forecast=True, backshifted=True)
            elif (low in lex.modals or lemma in lex.modals) and "hedged" in mode:
                col.add([c], "hedged", lex.modals.get(low, lex.modals.get(lemma)))
            continue
        # hedging adverbs and adjectives ("probably", "very likely", "it is possible")
        if dep in {"advmod", "acomp", "npadvmod", "amod"} and "hedged" in mode:
            phrase = _adverb_phrase(c)
            p = lex.hedge.get(phrase, lex.hedge.get(low))
            if p is not None and (dep != "amod" or not is_trigger):
                toks = [c] + ([x for x in c.children if x.dep_ == "advmod" and x.i < c.i] if phrase in lex.hedge else [])
                col.add(toks, "hedged", p)
                continue
        # modifiers of a nominal trigger ("the planned visit", "a failed coup")
        if is_trigger and dep in {"amod", "compound", "nmod"} and _is_nominal(g):
            hit = lex.modifiers.get(low) or lex.modifiers.get(lemma)
            if hit and hit[0] == "future" and any(x.dep_ == "advmod" and x.lower_ in lex.manner_adverbs for x in c.children):
                hit = None  # "a carefully planned raid", "the hastily planned trip": how it was prepared, not that it lies ahead
            if hit and hit[0] in mode:
                col.add([c], hit[0], hit[1], forecast=True if hit[0] == "future" else None)
                continue
            if low in lex.negation and "negated" in mode:
                col.add([c], "negated", lex.negation_probability)
                continue
        if is_trigger and dep == "det" and low == "no" and "negated" in mode:
            col.add([c], "negated", lex.negation_probability)
            continue
        # a negative quantifier as subject or object: "no one claimed", "reached no agreement"
        if dep in {"nsubj", "nsubjpass", "dobj"} and "negated" in mode and g.pos_ in {"VERB", "AUX"} and not _listed_object(c):
            quant = [c] if low in lex.negative_quantifiers else [
                x for x in c.children if x.dep_ in {"det", "neg"} and x.lower_ == "no"
            ]
            if quant:
                col.add(quant, "negated", lex.negation_probability)
                continue
        # forward-pointing time words ("next week", "tomorrow") on a non-past verb
        if "future" in mode and dep in {"npadvmod", "advmod", "prep", "amod"} and g.tag_ not in {"VBD", "VBN"} and not _result_infinitive(g):
            words = [t for t in c.subtree if t.lower_ in lex.future_time and not _in_a_name(t)]
            if words and (g.tag_ in {"VB", "VBZ", "VBP", "VBG"} or _is_nominal(g)):
                col.add(words[:1], "future", lex.future_time_p, forecast=True)
                continue
        # "according to X"
        if dep == "prep" and low == "according" and "reported" in mode:
            col.add([c] + [x for x in c.children if x.lower_ == "to"], "reported", None, strength="report")
            continue
        # "..., officials said"
        if dep in {"parataxis", "advcl"} and "reported" in mode:
            pred = lex.predicate(c)
            if pred and pred[1].get("label") == "reported" and not _is_infinitive(c) and not any(
                m.dep_ == "mark" for m in c.children
            ):
                _, entry = pred
                col.add([c], "reported", entry.get("probability"), strength=entry.get("strength", "report"))
                continue
        # a conditional antecedent hanging on this clause (this clause is the consequent)
        if dep == "advcl" and ("conditional" in mode or "hedged" in mode):
            if is_trigger and g.lemma_.lower() in lex.conditional_acts and g.tag_ != "VB" and not _is_infinitive(g):
                continue  # "warned Iraq of strikes if it does not back down": the condition is the threatened act's, the warning was made
            if _quoted_after(g, c):
                continue  # 'he said, "If you could tell me ..."': the condition is inside the quotation, the saying is not
            _conditional_clause(c, mode, col, role="consequent")


def _backshifted_will(aux: Token, verb: Token, lex: Lexicon) -> bool:
    """Is "would" the "will" of a reported statement: "the OAU said Friday it would investigate the genocide"?

    Only in the content clause of a past reporting verb ("said", "announced"), with no condition in the sentence
    ("would ... if", "unless") and no perfect ("would have helped" is counterfactual); "would like to" is a wish. A
    negation stays the negation rules' ("said Spain would not send troops": a future denied, negated).
    """
    if verb.dep_ != "ccomp" or verb.lemma_.lower() in {"like", "love", "prefer", "rather"}:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    head = verb.head
    hit = lex.predicate(head)
    if hit is None or hit[1].get("label") != "reported" or hit[1].get("strength") == "weak" or not _past_anchored(head, lex):
        return False
    sent = sentence_of(verb)
    return not any(t.lower_ in lex.cond_marks for t in sent)


def _delayed(verb: Token, depth: int = 3) -> bool:
    """ "not ... until": "inspections are not expected to start until the procedures are in place", "did not return
    until 2005" put the event later, they do not deny it. Looks at ``verb`` and its infinitive complements."""
    for c in verb.children:
        if c.lower_ in {"until", "till"} and c.dep_ in {"prep", "mark"}:
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"until", "till"} for m in c.children):
            return True
        if depth > 0 and c.dep_ == "xcomp" and _delayed(c, depth - 1):
            return True
    return False


def _quoted_after(verb: Token, clause: Token) -> bool:
    """Is ``clause`` a quotation the reporting verb ``verb`` introduces ('he said, "If you could ...')?"""
    pred = None
    if verb.pos_ in {"VERB", "AUX"}:
        for key in (verb.lemma_.lower(), verb.lower_):
            pred = pred or (key if key in _REPORTING_LEMMAS else None)
    if pred is None or clause.i < verb.i:
        return False
    return any(t.text in {'"', "“", "``", "'"} or t.tag_ == "``" for t in verb.doc[verb.i + 1 : clause.left_edge.i + 1])


_REPORTING_LEMMAS = {"say", "tell", "add", "declare", "state", "write", "announce", "ask", "reply", "insist", "explain"}


def _mark_of(clause: Token) -> Optional[list[Token]]:
    """The subordinator of a clause as tokens: ['if'], ['in', 'case'], ['whether']."""
    lex_marks = [c for c in clause.children if c.dep_ == "mark"]
    if lex_marks:
        return lex_marks
    left = clause.left_edge
    return [left] if left.i < clause.i else None


def _in_a_name(t: Token) -> bool:
    """Is the time word ``t`` part of a name ("USA Today", "the Trees for Tomorrow project"; the reading of
    :func:`tidings.code.time.name_part`)?"""
    from .time import name_part

    return name_part(t.doc.text, t.idx, t.idx + len(t))


def _conditional_clause(clause: Token, mode: frozenset[str], col: _Collector, role: str = "antecedent") -> bool:
    """Label the consequent/antecedent relation of ``clause`` if it is a conditional.

    ``role`` says where the trigger is: in ``clause`` itself (``"antecedent"``,
    "if Kim *visits*") or in the clause it hangs on (``"consequent"``, "if
    talks fail, Kim *will visit*"); the cue keeps it.
    """
    lex = col.lex
    marks = _mark_of(clause)
    if not marks:
        return False
    doc = clause.doc
    first = marks[0]
    intro = doc[first.i : min(first.i + 4, len(doc))].text.lower()
    is_cond = first.lower_ in lex.cond_marks or any(intro.startswith(p) for p in lex.cond_phrases)
    if not is_cond and role == "antecedent" and first.lower_ in lex.future_marks | lex.open_marks and (
            clause.tag_ in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in clause.children)):
        # "once Gonzalez comes to the United States": an act the clause waits for is ahead (future); "until it retreats
        # from Kuwait": an act the clause holds out for is open (conditional). Only in the present: "until they left" happened
        if first.lower_ in lex.future_marks:
            if "future" in mode:
                col.add([first], "future", lex.future_aux_p, forecast=True)
        elif "conditional" in mode:
            col.add([first], "conditional", lex.conditional_probability, role=role)
        return True
    if not is_cond:
        return False
    if clause.lemma_.lower() in lex.evidential or any(
        c.lemma_.lower() in lex.evidential for c in clause.children if c.dep_ in {"acomp", "attr"}
    ):
        if "hedged" in mode or "conditional" in mode:
            col.add([first, clause], "hedged", 0.5, evidential=True)
        return True
    if "conditional" in mode:
        phrase = next((p for p in lex.cond_phrases if intro.startswith(p)), None)
        toks = list(doc[first.i : first.i + len(phrase.split())]) if phrase else [first]
        col.add(toks, "conditional", lex.conditional_probability, role=role)
    return True


def _apply_predicate(g: Token, child: Token, rel: str, mode: frozenset[str], col: _Collector) -> bool:
    """Apply a complement-taking predicate ``g`` to the trigger below ``child``."""
    lex = col.lex
    hit = lex.predicate(g)
    if not hit:
        return False
    key, entry = hit
    label = entry.get("label")
    if entry.get("infinitive_only") and not (rel == "xcomp" and _is_infinitive(child)):
        return False
    if entry.get("clause") is False and rel == "ccomp":
        return False  # "staff are deployed, ... and beds have been set aside": a clause the parser hangs on "set" is no schedule
    if entry.get("verb_only") and g.pos_ not in {"VERB", "AUX"}:
        return False  # "suspects in the bombing" are people; the bombing is not in doubt
    if entry.get("progressive_only") and g.tag_ != "VBG":
        return False
    if entry.get("active_only") and any(c.dep_ == "auxpass" for c in g.children):
        return False  # "is wanted for questioning": sought, not desired
    act_label = entry.get("act_label")
    if act_label and g.pos_ in {"VERB", "AUX", "ADJ"} and _feared_act(child, rel):
        # "feared harming himself", "risked arrest", "worried about hurting them": an act one fears or risks is a
        # possibility, not a happening
        if act_label in mode:
            col.add([g] + [c for c in g.children if c.dep_ == "prt"], act_label, entry.get("act_probability"))
        return True
    if rel == "prep" and (label == "reported" or (label not in {"future", "negated"} and not _is_nominal(g))):
        return False  # "has not appeared since the announcement": a verb's adjunct is no complement
    if rel == "prep" and not _is_nominal(g) and child.lower_ not in ({"from"} if label == "negated" else set(entry.get("prepositions", ["for"]))):
        return False  # "refrained from visiting", "prepared for the visit", "looks forward to the visit"; not "refrained ... before the summit"
    if rel == "dobj" and label == "future" and not _is_nominal(child):
        return False
    if rel == "acl" and g.lemma_.lower() in lex.occasion_nouns and _had(g, lex):
        return True  # "had the chance to thank them": the chance was taken
    if rel == "acl" and _kept(g, lex):
        return True  # "kept their promise to kill the hostage": the promise was carried out
    negs = _negation_children(g, lex)
    toks = [g] + [c for c in g.children if c.dep_ == "prt"]
    p = entry.get("probability")
    strength = entry.get("strength")
    if label == "reported":
        if _is_infinitive(g):  # "hard to say whether", "wants to announce"
            return True
        if "reported" in mode:
            col.add(toks, "reported", p, strength=strength or "report")
        if negs and "hedged" in mode:
            col.add(negs + toks, "hedged", lex.negated_report_probability)
        return True
    if label == "negated":
        nominal = bool(entry.get("nominal")) and _is_nominal(g) and rel == "acl" and _is_infinitive(child)
        if (g.pos_ not in {"VERB", "AUX", "ADJ"} and not nominal) or "negated" not in mode:
            return False  # "a decline in prices" is not a negation; "a refusal to ratify" is
        if entry.get("from_only") and not (rel == "prep" and child.lower_ == "from"):
            return False  # "barred from travelling", "stopped them from marching"; not "stopped the march"
        if _double_negation(g, child, rel, lex):
            return True  # "police failed to prevent the attack", "failed to stop the mob from burning it": it happened
        if entry.get("reporting") and rel not in {"ccomp", "xcomp", "acl"} and not (
            key == "deny" and rel in {"dobj", "nsubjpass"} and lex.predicate(child) is None
            and child.lemma_.lower() not in entry.get("refused", ())
        ):
            return False  # "rejected the proposals", "denied the accusations", "denied an offer": they still exist
        if rel in {"dobj", "nsubjpass"} and child.lemma_.lower() in lex.made_requests:
            return False  # "the demand for his extradition was refused", "declined the offer": the demand was made
        if key == "deny" and rel in {"dobj", "nsubjpass"} and child.lemma_.lower() in lex.dropped_charges:
            return False  # "Patil denied the charges": the charges were brought; what is denied is the guilt (016)
        if negs:  # a negated negator: "cannot be ruled out", "did not fail to"
            q = entry.get("negated_probability")
            if q is not None and "hedged" in mode:
                col.add(negs + toks, "hedged", float(q))
            return True
        if entry.get("reporting") and "reported" in mode:
            col.add(toks, "reported", None, strength=strength or "deny")
        col.add(toks, "negated", lex.negation_probability, strength=strength)
        return True
    if label == "positive":
        if negs and "negated" in mode:
            col.add(negs + toks, "negated", lex.negation_probability)
        return True
    if key == "have" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in g.children):
        if "negated" in mode:  # "had yet to venture abroad": it has not happened (so far)
            col.add(toks + [c for c in g.children if c.dep_ == "advmod" and c.lower_ == "yet"], "negated", lex.negation_probability)
        return True
    if key == "have" and _had_to(g, lex):
        return True  # "had to be cajoled", "police had to close the road": an obligation told in the past was met
    if label == "hedged" and entry.get("denied_is_certain") and any(
        c.dep_ in {"det", "amod", "neg"} and c.lower_ in {"no", "little", "not", "without"} for c in [*g.children, *([g.head] if g.head.lower_ == "without" else [])]
    ):
        return True  # "there is little doubt that", "no doubt that": the doubt denied, the clause is asserted
    if entry.get("past_negates") and rel == "xcomp" and _is_infinitive(child) and not negs and _attempted_in_past(g, lex):
        if "negated" in mode:  # "tried to rob a woman": attempted, not done
            col.add(toks, "negated", lex.negation_probability, strength="attempt")
        return True
    if label in {"hedged", "future"}:
        if label in mode:
            phrase = _adverb_phrase(g)
            if phrase != g.lower_ and phrase in lex.hedge:  # "highly likely to release": the phrase's value
                p = lex.hedge[phrase]
                toks = toks + [x for x in g.children if x.dep_ == "advmod" and x.i < g.i]
            reading = _forecast_reading(g, entry, lex) if label == "future" else None
            col.add(toks, label, p, strength=strength, forecast=reading)
            refusal = _refused_request(g, lex) if label == "future" else None
            if refusal is not None and "negated" in mode:
                col.add([refusal], "negated", lex.negation_probability)  # "the demand for his extradition was refused"
        if entry.get("reporting") and "reported" in mode:
            col.add(toks, "reported", None, strength=strength)
        if negs and "negated" in mode and (key in _NEG_RAISING or rel == "xcomp" or (rel in {"prep", "acl"} and _is_nominal(g))) \
                and not _delayed(g):  # "has no intention of talking to Hamas", "no plans to visit"
            col.add(negs, "negated", lex.negation_probability)
        return True
    return False


def _plain_negator(t: Token, lex: Lexicon) -> bool:
    """Is ``t`` a verb whose complement does not happen ("fail", "prevent", "stop"), not a report that denies it?"""
    hit = lex.predicate(t)
    return hit is not None and hit[1].get("label") == "negated" and not hit[1].get("reporting") and t.pos_ in {"VERB", "AUX"}


def _double_negation(g: Token, child: Token, rel: str, lex: Lexicon) -> bool:
    """Does the negating verb ``g`` cancel another: "failed to prevent the attack" (read at "prevent", under "failed", and
    at "failed", over "prevent"), "did not manage to stop" aside? The act of the inner verb's complement then happened."""
    if not _plain_negator(g, lex):
        return False
    if g.dep_ == "xcomp" and _plain_negator(g.head, lex) and not _negation_children(g.head, lex):
        return True
    return rel == "xcomp" and _plain_negator(child, lex)


def _refused_request(g: Token, lex: Lexicon) -> Optional[Token]:
    """The verb that refuses the request noun ``g`` ("the demand for his extradition was refused", "rejected calls to
    resign"): what was asked is then refused, so negated (gold guidelines, section 4). None when not refused, or when
    the refusal is itself negated or hedged."""
    if not _is_nominal(g) or g.lemma_.lower() not in lex.made_requests or g.dep_ not in {"dobj", "nsubjpass"}:
        return None
    v = g.head
    phrase = " ".join([v.lemma_.lower(), *(c.lower_ for c in v.children if c.dep_ == "prt")])
    if v.pos_ not in {"VERB", "AUX"} or (v.lemma_.lower() not in lex.refusing_verbs and phrase not in lex.refusing_verbs):
        return None
    if _negation_children(v, lex) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
        return None
    return v


def _feared_act(child: Token, rel: str) -> bool:
    """Is ``child`` (by the arc ``rel``) the act a verb of fearing or risking names as its own object: a gerund or an
    infinitive ("feared harming", "feared to hurt"), an event noun ("risked arrest") or an about/of phrase ("worried about
    hurting")? Not a clause ("fears the army will attack") nor a participle ("feared killed")."""
    if rel == "xcomp":  # "feared harming", "feared being attacked", "feared to go"
        return child.tag_ == "VBG" or _is_infinitive(child) or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBG" and c.i < child.i for c in child.children)
    if rel == "dobj":
        return _is_nominal(child) or child.tag_ == "VBG"
    return rel == "prep" and child.lower_ in {"about", "of"}


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``: itself when it is a verb, else the verb its noun phrase hangs on."""
    cur = token
    while not (cur.pos_ in {"VERB", "AUX"} or cur.tag_.startswith("VB")) and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _past_anchored(token: Token, lex: Lexicon) -> bool:
    """Is the clause of ``token`` set in the past ("tried to", "was going to", "had planned to", "China's attempt ... failed")?

    Read from the parse's morphology: the clause verb is a simple past
    (``Tense=Past``, ``VerbForm=Fin``) or one of its auxiliaries is past
    ("was", "had", "did"); a future or modal auxiliary keeps it open ("will
    try"); a present perfect ("has planned") is not past.
    """
    verb = _clause_verb(token)
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ in lex.future_aux for a in auxes):
        return False
    if any("Past" in a.morph.get("Tense", []) and a.lemma_.lower() != "use" for a in auxes):
        return True
    return verb.tag_ == "VBD" or ("Past" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", []))


def _attempted_in_past(g: Token, lex: Lexicon) -> bool:
    """Is the attempt verb ``g`` told in the past: "tried to", "had attempted to", or a participle of a past clause
    ("dragged her down while trying to steal")? Not "will try", "is trying", "has tried" (it may yet succeed)."""
    if g.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in g.children):
        return g.dep_ in {"advcl", "acl", "pcomp"} and g.head.pos_ in {"VERB", "AUX"} and g.head.i != g.i and _past_anchored(g.head, lex)
    if g.tag_ == "VBG":
        return False
    return _past_anchored(g, lex)


def _forecast_reading(g: Token, entry: dict[str, Any], lex: Lexicon) -> bool:
    """Does a future-oriented predicate make its complement a forecast?

    Desire, intention and attempt ("want", "hope", "seek", "try"; lexicon
    ``forecast = false``) do not by themselves; an expectation or plan set in
    the past ("was going to", "had planned to") is not one either, unless the
    predicate is a commitment that stays in force (``past_forecast = true``:
    "agreed to meet", "was scheduled to open"); nor is a plan a charge names ("suspected of planning an attack").
    """
    if not entry.get("forecast", True):
        return False
    if charge_of(g, lex) is not None:
        return False  # "suspected of planning an attack": the plan is what the charge says, no forecast of the attack
    if entry.get("past_forecast"):
        return True
    return not _past_anchored(g, lex)


def _is_positive(token: Token, lex: Lexicon) -> bool:
    hit = lex.predicate(token)
    return hit is not None and hit[1].get("label") == "positive"


def _denied_content(noun: Token, head: Token, path: list[tuple[Token, frozenset[str]]], lex: Lexicon) -> bool:
    """Is ``noun`` a report or claim, the object of a denial ``head``, whose content clause leads to the trigger?

    "denied reports that its troops had shelled the village": the shelling is
    denied; "denied the accusations" (the trigger is the noun itself) is not this.
    """
    if noun.dep_ not in {"dobj", "nsubjpass"} or len(path) < 2 or path[-1][0].i != noun.i:
        return False
    below = path[-2][0]
    if below.head.i != noun.i or below.dep_ not in {"acl", "ccomp", "relcl"} or below.dep_ == "relcl":
        return False
    noun_hit, head_hit = lex.predicate(noun), lex.predicate(head)
    return (noun_hit is not None and (noun_hit[1].get("label") in {"reported", "hedged"} or bool(noun_hit[1].get("reporting")))
            and head_hit is not None and head_hit[1].get("strength") == "deny")


# participles that say what a happening was like or why it was done, not whether it was: "were politically motivated",
# "was linked to the election", "were aimed at silencing critics"
_CHARACTERISING = frozenset({"motivate", "link", "connect", "tie", "relate", "aim", "intend", "design", "justify", "direct",
                             "inspire", "drive"})


# what a copula says of a happening that leaves it open: "a sentence of 15 years is possible", "talks are likely"
MODAL_PREDICATES = frozenset({"possible", "likely", "unlikely", "probable", "improbable", "expected", "due", "set", "imminent",
                               "inevitable", "necessary", "needed", "planned", "scheduled", "certain", "uncertain", "unclear",
                               "doubtful", "impossible", "conceivable", "option", "possibility", "prospect", "risk"})


def characterised(noun: Token, verb: Token) -> bool:
    """Is the event noun the subject of a clause in the past or present that only characterises it ("the arrests were
    politically motivated", "the killings were deliberate", "the detention was linked to the strike")? Such a clause
    presupposes the happening, whatever governs it; "the arrests took place", "the talks will be short" do not."""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if verb.lemma_.lower() == "be" and noun.dep_ == "nsubj":
        said = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
        return bool(said) and not any(c.lemma_.lower() in MODAL_PREDICATES for c in said)  # "a sentence is possible"
    return noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _CHARACTERISING


def _reports(token: Token, lex: Lexicon) -> bool:
    hit = lex.predicate(token)
    return hit is not None and (hit[1].get("label") == "reported" or bool(hit[1].get("reporting")))


def _whether_cues(g: Token, from_child: Token, col: _Collector) -> None:
    """'unclear whether X': X is a question, and hedged under an uncertain governor."""
    lex = col.lex
    clauses = [from_child] + [c for c in g.children if c.dep_ in {"ccomp", "advcl", "xcomp", "csubj"} and c.i != from_child.i]
    for clause in clauses:
        marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ in lex.question_marks]
        if not marks:
            continue
        col.add(marks, "question", lex.question_probability)
        governors = [g] + [c for c in g.children if c.dep_ in {"acomp", "attr", "neg"}]
        unc = [x for x in governors if x.lemma_.lower() in lex.uncertain or x.lower_ in lex.uncertain]
        if unc:
            col.add(unc + marks, "hedged", 0.5)
        if g.lemma_.lower() in lex.deliberating and not any(c.dep_ == "neg" for c in g.children):
            col.add([g, *marks], "conditional", 0.5)  # "is considering whether to file charges": a choice still open
        return


def _phrase_cues(doc: Doc, path: list[tuple[Token, frozenset[str]]], col: _Collector) -> None:
    """Multi-word hedges ("signs of what may be") that touch a governing clause."""
    lex = col.lex
    on_path = {t.i for t, _ in path}
    sent = sentence_of(path[0][0])
    low = [t.lower_ for t in sent]
    present = set(low)
    for phrase, p in lex.hedge_phrases.items():
        words = phrase.split()
        if words and words[0] not in present:
            continue  # (most sentences hold none of the phrases)
        n = len(words)
        for k in range(len(low) - n + 1):
            if low[k : k + n] != words:
                continue
            span = sent[k : k + n]
            root = span.root
            teller = root.head
            governs = any(t.i in on_path for t in span) or (
                root.head.i in on_path and root.dep_ in _PHRASE_ATTACH
            ) or (
                # "X was detained, the agency said, without citing sources": the phrase hangs on the report told beside the
                # act, whose verb the parser hangs on the act
                root.dep_ in _PHRASE_ATTACH | {"prep"} and teller.dep_ in {"parataxis", "ccomp"} and teller.head.i in on_path
                and (told := lex.predicate(teller)) is not None and told[1].get("label") == "reported"
            )
            if governs:
                toks = list(span)
                # the phrase replaces the single-word cues it contains ("not" in "cannot be ruled out")
                ids = {t.i for t in toks}
                col.cues = [
                    c for c in col.cues if not (c["label"] in {"negated", "hedged", "conditional"} and c["_tokens"] <= ids)
                ]
                col.add(toks, "hedged", p, phrase=True)


def _date_cues(trigger: Token, path: list[tuple[Token, frozenset[str]]], col: _Collector, anchor: str | date,
               time_lexicon: Optional[TimeLexicon]) -> None:
    """A date after the publication date on a governing clause: "the summit on May 3" (future)."""
    import datetime as _dt

    from .time import dates, timex_to_range

    if isinstance(anchor, _dt.date):
        day = anchor
    else:
        try:
            day = _dt.date.fromisoformat(str(anchor)[:10])
        except ValueError:
            return  # no usable anchor: dates are optional evidence
    sent = sentence_of(trigger)
    found = dates(sent.text, anchor=day.isoformat(), lexicon=time_lexicon)
    on_path = {t.i: m for t, m in path}
    for timex in found:
        if timex.get("type") != "DATE":
            continue
        span = sent.doc.char_span(sent.start_char + timex["start"], sent.start_char + timex["end"], alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        while tok.i not in on_path and tok.dep_ in {"pobj", "prep", "npadvmod", "nummod", "compound", "amod", "det", "appos"}:
            if tok.head.i == tok.i:
                break
            tok = tok.head
        if tok.i not in on_path or "future" not in on_path[tok.i]:
            continue
        covered = timex_to_range(timex["value"])
        if covered is None:
            continue
        if covered[0] > day:
            col.add(list(span), "future", col.lex.future_time_p, date=timex["value"], forecast=True)


def _presupposing(prep: Token, lex: Lexicon) -> bool:
    """Does ``prep`` take its object as a given ("despite the protests", "because of the war", "amid clashes")?"""
    if not lex.presupposing_preps:
        return False
    doc = prep.doc
    for n in (4, 3, 2, 1):  # the phrase ends at the preposition ("in spite of", "at the time of") or starts at it ("because" + "of")
        for start in {prep.i - n + 1, prep.i}:
            if 0 <= start and start + n <= len(doc) and " ".join(t.lower_ for t in doc[start : start + n]) in lex.presupposing_preps:
                return True
    return False


def _before_a_past_act(prep: Token, lex: Lexicon) -> bool:
    """ "was driven to Mexico after the shooting": what a past act followed had happened (a belief about the act does
    not reach it); not "will go home after the talks". Under a hedged perfect ("she may have been with him after the
    murder") only an event the text has in view is given: a definite, possessive or dated noun, and not under the
    counterfactual "would"/"could" ("sanctions could have been lifted after a deal", "might have withdrawn after a
    ceasefire": the deal and the ceasefire are as open as the act)."""
    if prep.lower_ not in {"after", "since", "following"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    if _past_anchored(prep.head, lex):
        return True
    if not _modal_perfect(prep.head) or any(
            c.dep_ == "aux" and c.lower_ in _COUNTERFACTUAL_MODALS for c in prep.head.children):
        return False
    return any(c.dep_ == "pobj" and _noun_in_view(c) for c in prep.children)


_COUNTERFACTUAL_MODALS = frozenset({"would", "could", "'d"})


def _noun_in_view(noun: Token) -> bool:
    """Is ``noun`` a thing the text has in view: "the murder", "Sunday's attack", "his arrest", "a raid on Monday"?"""
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children):
        return True
    return any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree if t.i != noun.i)


def _escaped_from(prep: Token, lex: Lexicon) -> bool:
    """ "flee from the fighting", "escape from the shelling": what one flees from is under way (even in "trying to flee")."""
    return prep.lower_ == "from" and prep.head.lemma_.lower() in lex.escape_verbs


def _occurrence(verb: Token, lex: Lexicon) -> bool:
    """A verb saying only that its subject happens: "take place", "go ahead", "happen", "be held"."""
    lemma = verb.lemma_.lower()
    parts = [c.lower_ for c in verb.children if c.dep_ in {"dobj", "prt", "advmod"}]
    if any(f"{lemma} {p}" in lex.occurrence_verbs for p in parts):
        return True
    if lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "is expected to be held"
    return lemma in lex.occurrence_verbs


def _raised_subject_cues(trigger: Token, col: _Collector) -> None:
    """A nominal event as the subject of an estimate about its own occurrence.

    "The summit is unlikely to take place", "the visit is likely to go ahead",
    "talks are set to begin": the predicate governs the event as if it
    governed a clause about it.
    """
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or not _is_nominal(trigger):
        return
    g = trigger.head
    for pred in [g, *[c for c in g.children if c.dep_ in {"acomp", "oprd"}]]:
        for x in pred.children:
            if x.dep_ == "xcomp" and _is_infinitive(x) and _occurrence(x, col.lex):
                _apply_predicate(pred, x, "xcomp", _ALL, col)
                return


def _schedules(token: Token, lex: Lexicon, tags: frozenset[str] = frozenset({"VBN"})) -> bool:
    """A participle of a schedule that stays in force ("set", "scheduled", "slated"); ``tags``: the tags it may have."""
    entry = lex.predicates.get(token.lemma_.lower())
    return token.tag_ in tags and entry is not None and entry.get("label") == "future" and bool(entry.get("past_forecast"))


def _schedule_participles(trigger: Token, lex: Lexicon) -> list[Token]:
    """Participles that put a nominal event on a schedule: "talks set for Monday".

    Also where the parser hangs the participle on the event's own
    prepositional object ("a meeting of negotiators scheduled for Friday") or
    reads a headline-like reduced relative as a clause with the event as its
    subject ("talks set for next month were welcomed").
    """
    out = [c for c in trigger.children if c.dep_ == "acl" and _schedules(c, lex)]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.i > trigger.i):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            out += [c for c in obj.children if c.dep_ == "acl" and _schedules(c, lex) and c.i > obj.i]
    head = trigger.head
    if (trigger.dep_ == "nsubj" and head.i > trigger.i and _schedules(head, lex, frozenset({"VBN", "VBD"}))
            and not any(c.dep_ in {"aux", "auxpass", "dobj", "prt"} for c in head.children)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)):
        out.append(head)  # "talks set for next month ...": the participle read as the clause's verb
    return out


def _failure_of(trigger: Token, lex: Lexicon) -> Optional[list[Token]]:
    """The words saying a nominal event failed: "the talks collapsed", "the failure of the negotiations".

    Only events that fail by not taking place or not reaching their end
    (talks, a summit, a bid: ``[negation] failure_events``); an attack or a
    ceasefire that failed still happened. The failure must be told as a fact
    in the past: "the talks could collapse", "officials fear the talks will
    collapse" are left to the other cues. A failure verb with its own
    complement ("the talks failed to produce a deal") says the talks took
    place; it is left to the complement.
    """
    if trigger.lemma_.lower() not in lex.failure_events and trigger.lower_ not in lex.failure_events:
        return None
    head = trigger.head
    if trigger.dep_ == "nsubj" and head.i != trigger.i:
        particles = [c for c in head.children if c.dep_ in {"prt", "advmod"} and c.i > head.i]
        words = _verb_words(head, particles, lex.failure_verbs)
        auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
        realis = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes))
        if (words is not None and realis and not any(a.tag_ == "MD" for a in auxes) and head.dep_ not in {"xcomp", "advcl"}
                and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in head.children) and not _negation_children(head, lex)):
            return words
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.failure_nouns and head.head.i < trigger.i:
        return [head.head]
    return None


def plan_of(trigger: Token, lex: Lexicon) -> Optional[Token]:
    """The plan noun whose "to"-infinitive ``trigger`` is: "a plot to bomb the embassy", "a bid to seize the port".

    The parser often hangs the infinitive on the verb that takes the plan as its
    object ("foiled a plot | to bomb"); the noun right before the "to" is then
    read as the plan.
    """
    if not _is_infinitive(trigger):
        return None
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in lex.plan_nouns:
        return trigger.head
    if trigger.dep_ in {"advcl", "xcomp"} and trigger.left_edge.i > 0:
        prev = trigger.doc[trigger.left_edge.i - 1]
        if prev.lemma_.lower() in lex.plan_nouns and prev.head.i == trigger.head.i and prev.dep_ in {"dobj", "nsubjpass"}:
            return prev
    return None


def _verb_words(verb: Token, particles: Sequence[Token], vocabulary: AbstractSet[str]) -> Optional[list[Token]]:
    """``verb`` with the first of ``particles`` that makes a phrase of ``vocabulary`` ("fall apart"), else ``verb`` alone
    when its lemma is in it ("collapse"), else None."""
    lemma = verb.lemma_.lower()
    return next(([verb, p] for p in particles if f"{lemma} {p.lower_}" in vocabulary), [verb] if lemma in vocabulary else None)


def foiling_words(plan: Token, lex: Lexicon) -> Optional[list[Token]]:
    """The words saying the plan noun ``plan`` (see :func:`plan_of`) was foiled: "police foiled a plot to bomb", "a plot to
    kill X was thwarted"."""
    if plan.dep_ not in {"dobj", "nsubjpass"}:
        return None
    verb = plan.head
    words = _verb_words(verb, [c for c in verb.children if c.dep_ == "prt"], lex.foiling_verbs)
    if words is None or _negation_children(verb, lex) or any(c.tag_ == "MD" for c in verb.children if c.dep_ in {"aux", "auxpass"}):
        return None
    return words


def _outcome_of_tip(trigger: Token, lex: Lexicon) -> Optional[Token]:
    """The verb of "information leading to the arrest of": the arrest is a condition of a reward, not a fact.

    So is each event joined to it: "leading to the arrest and conviction of the bombers".
    """
    while trigger.dep_ == "conj" and trigger.head is not trigger and _is_nominal(trigger.head):
        trigger = trigger.head
    if not _is_nominal(trigger) or trigger.dep_ != "pobj" or trigger.head.lower_ != "to":
        return None
    lead = trigger.head.head
    if lead.lemma_.lower() != "lead" or trigger.head.dep_ != "prep":
        return None
    if lead.dep_ in {"acl", "relcl"} and lead.head.lemma_.lower() in lex.outcome_nouns:
        return lead  # "information leading to", "information that could lead to"
    return None


_CONTENT_PREPS = frozenset({"of", "with", "for", "on", "to", "against"})
_CHARGE_CHAIN = frozenset({"conj", "dobj", "pobj", "pcomp", "prep", "xcomp", "acl", "compound"})


def charge_of(trigger: Token, lex: Lexicon) -> Optional[list[Token]]:
    """The charge or accusation that names the act ``trigger`` (settling rules 17 and 18), as its words; else None.

    "accused of plotting a coup", "charged with conspiracy to defraud", "accused of taking part in a robbery",
    "on charges of ... assaulting a garda": the act is named inside the charge, through a chain of complements
    (objects, prepositional objects, "to"-infinitives, conjuncts) that stays in one clause. Not when the charge is
    negated ("was not charged with"), nor under a conviction ("pleaded guilty to charges of", "convicted on counts
    of": the act is then established), nor through "in" ("wanted in the shooting", "indicted in the bombing" name
    an incident, not what the charge says).
    """
    cur = trigger
    for _ in range(6):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in _CHARGE_CHAIN:
            return None
        if cur.dep_ == "acl" and not (_is_infinitive(cur) or cur.tag_ == "VBG"):
            return None  # a relative or participial description ("the man who ..."), not the charge's content
        if cur.dep_ == "prep" and cur.lower_ not in _CONTENT_PREPS and not (cur.lower_ == "in" and head.pos_ in {"VERB", "AUX"}):
            return None  # "murder in the shooting of", "charges over the riot": the incident, named apart from the charge
        if cur.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.head.i != head.i:
            gov = head.head
            if gov.dep_ in {"dobj", "nsubjpass"} and gov.pos_ in {"NOUN", "PROPN", "PRON"} and gov.head.i != gov.i and \
                    head.lower_ in lex.charge_governors.get(gov.head.lemma_.lower(), ()):
                gov = gov.head  # "accused [the rebels of shelling Damascus]": the parser hung the of-phrase on the accused
            preps = lex.charge_governors.get(gov.lemma_.lower())
            if preps is not None and head.lower_ in preps:
                if _negation_children(gov, lex) or _proven(gov, lex) or _in_charge(gov):
                    return None
                if gov.lemma_.lower() == "charge" and head.lower_ == "with" and _charged_task(cur, lex):
                    return None  # "was charged with overseeing the inquiry": a task given, not an accusation
                return [gov, head]
        cur = head
    return None


def _charged_task(word: Token, lex: Lexicon) -> bool:
    """Is ``word``, what one is "charged with", a task ("overseeing the inquiry", "brokering a ceasefire"): a listed task
    verb, or any verb that is not a crime verb ("murdering", "taking part in the riots")? A noun ("murder",
    "conspiracy") is the charge."""
    lemma = word.lemma_.lower()
    if crime_object(word):
        return False  # "charged with preparing acts of terrorism": a task verb whose object is a crime is the charge
    if lemma in lex.charge_tasks:
        return True
    return word.tag_ == "VBG" and lemma not in lex.charge_crimes and word.lower_ not in lex.charge_crimes


#: objects that make a task verb a crime ("charged with preparing acts of terrorism", "with planning a bombing")
CRIME_OBJECTS = frozenset({"act", "attack", "bombing", "bomb", "murder", "killing", "terrorism", "massacre", "atrocity", "robbery",
                           "theft", "fraud", "assault", "offence", "offense", "crime", "explosion", "kidnapping", "hijacking", "coup"})


def crime_object(word: Token) -> bool:
    """Is the object of the verb ``word`` a crime ("preparing acts of terrorism", "planning a bombing")?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CRIME_OBJECTS for c in word.children)


def _in_charge(noun: Token) -> bool:
    """ "took charge of the investigation", "in charge of security": a bare singular "charge" is control, not an accusation
    (that one is "a charge of", "charges of", "the murder charge")."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and not any(c.dep_ in {"det", "nummod", "amod", "compound", "poss"} for c in noun.children)


def _proven(gov: Token, lex: Lexicon) -> bool:
    """Is the charge word ``gov`` under a conviction or a guilty plea ("pleaded guilty to charges of", "convicted on two
    counts of")?"""
    cur = gov
    for _ in range(4):
        if cur.lemma_.lower() in lex.proving_words or any(c.lower_ == "guilty" for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def dropped_charge(verb: Token, lex: Lexicon) -> Optional[list[Token]]:
    """The words that drop a criminal charge, when ``verb`` does: "charges have been dismissed against a man",
    "prosecutors agreed to drop two theft charges", "the county attorney's office dismissed a charge"; else None.
    Not a charge dismissed by someone else or "as" something ("the Kremlin dismissed the charges as slander"): a rejection."""
    if verb.pos_ not in {"VERB", "AUX"} or _negation_children(verb, lex):
        return None
    particles = [c for c in verb.children if c.dep_ == "prt"]
    words = _verb_words(verb, particles, lex.charge_droppers)
    if words is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    if not any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lex.dropped_charges for c in verb.children):
        return None
    agents = [c for c in verb.children if c.dep_ == "nsubj"] + [x for c in verb.children if c.dep_ == "agent" for x in c.children]
    if verb.dep_ == "xcomp" and not agents:
        agents = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "prosecutors agreed to drop ..."
    if all(_is_court(a, lex) or a.lemma_.lower() in lex.prosecutors for a in agents):
        return words
    return None


def _ruled_against(verb: Token, lex: Lexicon) -> Optional[list[Token]]:
    """The words of a court ruling against a claim, when ``verb`` is one: "a judge dismissed all claims against the
    agency", "the case was thrown out", "he was acquitted", "found not guilty" (settling rules 5 and 10); else None. "The ministry dismissed
    claims that ..." is a rejection by a government, not this."""
    if verb.pos_ not in {"VERB", "AUX"} or _negation_children(verb, lex):
        return None
    lemma = verb.lemma_.lower()
    if lemma in lex.clearing_verbs and (lemma != "clear" or any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)):
        return [verb]  # ("police cleared the encampment": no one acquitted; "cleared him of murder")
    if lemma == "find":  # "was found not guilty of murder": an acquittal (settling rule 5)
        cleared = [x for c in verb.children if c.lower_ == "guilty" for x in c.children if x.dep_ == "neg"]
        if cleared:
            return [verb, *cleared]
    particles = [c for c in verb.children if c.dep_ == "prt"]
    words = _verb_words(verb, particles, lex.dismissing_verbs)
    if words is None:
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    agents = [c for c in verb.children if c.dep_ == "nsubj"] + [x for c in verb.children if c.dep_ == "agent" for x in c.children]
    by_court = any(_is_court(a, lex) for a in agents)
    for obj in objects:
        noun = obj.lemma_.lower()
        if noun in lex.dismissed_suits or (noun in lex.court_claims and by_court):
            return words
    return None


def _is_court(agent: Token, lex: Lexicon) -> bool:
    """Is the subject or agent ``agent`` a court by its own head word ("a federal judge", "the appeals court"), a judge
    by title ("Justice Anne Kerr") or a judges' panel ("an appeals panel")? Not a word inside it: "the Justice
    Ministry", "the court's spokesman", "a UN panel" are no courts."""
    lemma = agent.lemma_.lower()
    if lemma in lex.courts:
        return True
    mods = {c.lemma_.lower() for c in agent.children if c.dep_ in {"compound", "amod"}}
    if lemma == "panel":
        return bool(mods & {"appeal", "appeals", "judge", "court"})
    return agent.ent_type_ == "PERSON" and bool(mods & {"justice", "judge"})


_PRESUMING = frozenset({"presume", "fear", "believe", "think", "suspect"})


def _presumed_before(trigger: Token, lex: Lexicon) -> Optional[Token]:
    """The hedging participle right before a participle trigger ("presumed killed", "feared kidnapped", "believed
    abducted"), which the parser often hangs elsewhere ("kidnapped and presumed killed" read as two participles of
    the noun); None when there is none."""
    if trigger.tag_ != "VBN" or trigger.i == 0:
        return None
    prev = trigger.doc[trigger.i - 1]
    if prev.tag_ != "VBN" or prev.lemma_.lower() not in _PRESUMING or prev.lemma_.lower() not in lex.predicates:
        return None
    return prev


def _told_as_past(noun: Token, lex: Lexicon) -> bool:
    """Does a nominal event have a relative clause of its own that tells it as done ("the bombings that targeted the
    embassies", "protests that were smashed by police", "the attacks, which have killed 50")?

    The clause's verb is a simple past, a present or past perfect or a past passive, with no modal, no negation and
    no predicate of the lexicon ("the talks that were planned for May", "the strike that was called off", "the visit
    that was expected"): then what governs the noun ("seeking to show support after the bombings") does not reach it.
    """
    if not _is_nominal(noun):
        return False
    for rel in noun.children:
        if rel.dep_ != "relcl" or rel.i < noun.i or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"that", "which"}
                                                             for c in rel.children):
            continue
        auxes = [c for c in rel.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.tag_ == "MD" or a.lower_ in lex.future_aux for a in auxes) or _negation_children(rel, lex) or lex.predicate(rel):
            continue
        perfect = rel.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes)
        passive = rel.tag_ == "VBN" and any(a.dep_ == "auxpass" and "Past" in a.morph.get("Tense", []) for a in auxes)
        if (rel.tag_ == "VBD" and not auxes) or perfect or passive:
            return True
    return False


def analyse_modality(
    doc: Doc, trigger_i: int, *, lexicon: Lexicon, title: bool = False, anchor: str | date | None = None,
    time_lexicon: Optional[TimeLexicon] = None, own_failure: bool = False,
) -> Modality:
    """Labels, cues and estimative probability of the event whose trigger is ``doc[trigger_i]``.

    ``title=True`` reads the sentence as a headline (a bare "to"-infinitive
    is future: "Kim to visit Beijing"). ``anchor`` (the publication date,
    ISO string or ``date``) turns a governing date after it into a future
    cue. ``own_failure=True`` reads a failure verb's own event ("the talks
    collapsed": their halt, 164), which the failure does not negate as it
    negates the talks. Returns ``{"labels", "cues", "probability"}``; ``probability`` is
    None when no estimative cue governs the trigger.
    """
    lex = lexicon
    trigger = doc[trigger_i]
    col = _Collector(lex)

    path: list[tuple[Token, frozenset[str]]] = [(trigger, _ALL)]
    # "after the bombings that targeted the embassies": a nominal event told by its own past clause is a given
    mode = frozenset({"reported"}) if _told_as_past(trigger, lex) else _ALL
    cur = trigger
    while cur.head.i != cur.i and cur.dep_ != "ROOT":
        listed = _listed_under(cur)
        head = listed if listed is not None else cur.head
        step = _ALL if listed is not None else _step_mode(cur, head)
        if _denied_content(cur, head, path, lex) or (
                cur.dep_ in {"acl", "ccomp"} and head.head.i != head.i and _denied_content(head, head.head, [*path, (head, mode)], lex)):
            step = _ALL  # "rejected a report that its fighters had boarded": the denial reaches the report's content
        elif cur.dep_ == "dobj" and cur.i == trigger.i and claimed_act(cur, lex):
            step = frozenset()  # "Al-Shabaab claimed the attack on the hotel": a claim of responsibility, the attack a given
        elif cur.dep_ in {"dobj", "nsubjpass"} and _reports(head, lex):
            step = _ALL - {"negated"}  # "purportedly showed a motorcade": the report's hedges reach its content
        elif cur.dep_ == "acl" and head.dep_ in {"dobj", "nsubjpass"} and _reports(head.head, lex):
            step = _ALL - {"negated"}  # "... showed a motorcade heading to": the shown scene
        elif cur.dep_ == "pobj" and head.dep_ == "prep" and f"{head.head.lemma_.lower()} {head.lower_}" in lex.responsibility:
            step = frozenset()  # "claimed responsibility for the attacks": the attacks are a given
        elif cur.dep_ == "prep" and cur.lower_ == "of" and head.lemma_.lower() in _SERIES_NOUNS and cur.i > head.i:
            step = _ALL  # "plans a series of protests", "a wave of strikes is expected": the series is its events
        elif cur.dep_ == "pobj" and head.dep_ == "prep" and (_presupposing(head, lex) or _escaped_from(head, lex) or _before_a_past_act(head, lex)
                                                             or f"{head.head.lemma_.lower()} {head.lower_}" in lex.aftermath):
            step = frozenset({"reported"})  # "went ahead despite the protests", "trying to flee the fighting", "will never get over the shooting": a given
        elif cur.i == trigger.i and _is_nominal(cur) and characterised(cur, head):
            step = frozenset({"reported"})  # "denied the arrests were politically motivated": the arrests are a given
        elif cur.dep_ == "nsubj" and cur.i == trigger.i and _is_nominal(cur) and head.lemma_.lower() in WANING_VERBS \
                and not any(c.dep_ in {"dobj", "obj"} for c in head.children):
            step = frozenset({"reported"})  # "few here think the unrest will end soon": the unrest is under way
        mode = mode & step
        if not mode:
            break
        path.append((head, mode))
        cur = head

    # the trigger's own clause
    _local_cues(trigger, _ALL, col, from_child=None, skip_negation=False, is_trigger=True)
    if _is_nominal(trigger):
        happened = trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.tag_ == "VBD" and _occurrence(trigger.head, lex)
        for part in [] if happened else _schedule_participles(trigger, lex):  # "a summit set for April", "talks scheduled for Monday"
            col.add([part], "future", lex.predicates[part.lemma_.lower()].get("probability"), forecast=True)
        _raised_subject_cues(trigger, col)
        failed = _failure_of(trigger, lex)
        if failed is not None:
            col.add(failed, "negated", lex.negation_probability, strength="failed")
        lead = _outcome_of_tip(trigger, lex)
        if lead is not None:
            col.add([lead], "conditional", lex.conditional_probability)
    if not _is_nominal(trigger) and not own_failure:  # the event noun's verb as its anchor: "talks with Serbia collapsed" read at "collapsed"
        subject = next((c for c in trigger.children if c.dep_ == "nsubj" and _is_nominal(c)), None)
        failed_subject = _failure_of(subject, lex) if subject is not None else None
        if failed_subject is not None:
            col.add(failed_subject, "negated", lex.negation_probability, strength="failed")
    plan = plan_of(trigger, lex)
    foiled = foiling_words(plan, lex) if plan is not None else None
    if foiled is not None:
        col.add(foiled, "negated", lex.negation_probability, strength="foiled")
    for node, node_mode in path[:-1]:  # "did not invite the speaker nor do we endorse his views": "nor" negates its conjunct
        nor = _joined_by(node, {"nor"}) if node.dep_ == "conj" else None
        if nor is not None and "negated" in node_mode:
            col.add([nor], "negated", lex.negation_probability)
    ruled_out = _ruled_against(trigger, lex) or dropped_charge(trigger, lex) or (
        dropped_charge(trigger.head, lex) if trigger.lemma_.lower() in lex.dropped_charges and trigger.dep_ in {"dobj", "nsubjpass"}
        else None)  # "prosecutors dropped two theft charges": the charge no longer stands
    if ruled_out is not None:  # "a judge dismissed the lawsuit", "was acquitted": the court rules against the claim
        col.add(ruled_out, "negated", lex.negation_probability, strength="dismissed")
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        # "who allegedly shot and killed two co-workers": a hedge before the first of two joined verbs hedges both
        for adv in trigger.head.children:
            if adv.dep_ == "advmod" and adv.i < trigger.head.i and lex.hedge.get(adv.lower_) is not None:
                col.add([adv], "hedged", lex.hedge[adv.lower_])
    presumed = _presumed_before(trigger, lex)
    if presumed is not None:  # "kidnapped and presumed killed", "feared dead": believed, not established
        col.add([presumed], "hedged", lex.predicates[presumed.lemma_.lower()].get("probability"))
    charge = charge_of(trigger, lex)
    if charge is not None:  # "accused of plotting a coup": what the charge says, not proven (settling rules 17, 18)
        col.add(charge, "hedged", lex.hedge.get("alleged", 0.5), strength="charge")
    marks = [m for m in trigger.children if m.dep_ == "mark" or (m.dep_ == "advmod" and m.i == trigger.left_edge.i)]
    if trigger.dep_ == "advcl":
        _conditional_clause(trigger, _ALL, col)
    # dominating clauses
    prev = trigger
    for k, (g, m) in enumerate(path[1:], 1):
        before = path[k - 1][1]  # the predicate-argument arc itself gives a predicate its scope
        rel = prev.dep_
        if rel == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in prev.children):
            rel = "ccomp"
        if rel == "advcl" and appeal_infinitive(prev, g):
            rel = "xcomp"  # "called on Moscow to withdraw its troops": the parser may hang the act asked for as an adverbial
        if rel == "pobj" and prev.head.i == g.i:
            # "perhaps through a meeting": a hedge on the preposition governs its object
            _local_cues(g, m, col, from_child=prev, skip_negation=True, is_trigger=False)
            prev = g
            if g.lower_ in lex.negation and "negated" in m:  # "without visiting"
                col.add([g], "negated", lex.negation_probability)
            continue
        applied = False
        if rel == "dobj" and _denied_content(prev, g, path[:k], lex):
            applied = _apply_predicate(g, prev, "ccomp", before, col)
        elif rel in _COMPLEMENT_RELS:
            applied = _apply_predicate(g, prev, rel, before, col)
            if not applied and rel in {"ccomp", "xcomp"}:
                # "supports a claim ... that X": a reporting noun object takes the clause
                for obj in g.children:
                    if obj.dep_ == "dobj" and obj.i != prev.i:
                        applied = _apply_predicate(obj, prev, "acl", before, col) or applied
        if not applied and rel in {"ccomp", "xcomp", "csubj"} and "hedged" in before:
            # a hedging adjective governing the clause: "(it is) very unlikely that X"
            phrase = _adverb_phrase(g)
            p = lex.hedge.get(phrase, lex.hedge.get(g.lower_))
            if p is not None:
                intens = [x for x in g.children if x.dep_ == "advmod" and x.i < g.i] if phrase in lex.hedge else []
                col.add([g, *intens], "hedged", p)
                applied = True
        if prev.dep_ == "advcl" and rel != "ccomp":
            _conditional_clause(prev, before, col)  # what reaches the clause: not a relative clause below it
        skip_neg = applied or (rel == "ccomp")
        _local_cues(g, m, col, from_child=prev, skip_negation=skip_neg, is_trigger=False)
        if "question" in m and rel in {"ccomp", "xcomp", "advcl", "csubj"}:
            _whether_cues(g, prev, col)
        prev = g
    if marks and any(mk.lower_ in lex.question_marks for mk in marks):
        col.add([mk for mk in marks if mk.lower_ in lex.question_marks], "question", lex.question_probability)
    _phrase_cues(doc, path, col)
    if charge is not None:  # "charged with attempting to rob": the attempt is what is charged, not a failure told as fact
        col.cues = [c for c in col.cues if c.get("strength") != "attempt"]
    if anchor:
        _date_cues(trigger, path, col, anchor, time_lexicon)

    # "I want to thank you", "we would like to express our condolences": the speech act is made by saying so
    performed = _performative(trigger, lex)
    if performed:
        col.cues = [c for c in col.cues if not (c["_tokens"] & performed)]
    # questions: the sentence (or headline) ends with "?" and the trigger's frame reaches its root
    sent = sentence_of(trigger)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text == "?" and "question" in path[-1][1]:
        col.add([last], "question", lex.question_probability)
    # "X is to visit Prague on Monday": a present "be" with a "to"-infinitive and a subject that acts is a schedule
    be_to = _scheduled_by_be(trigger)
    if be_to is not None and "future" in path[min(1, len(path) - 1)][1]:
        col.add([be_to], "future", lex.future_aux_p, forecast=True)
    # "he was said to have been poisoned", "it is reported that he had met": a report no one is named for, held at a distance
    passive = _impersonal_report(trigger)
    if passive is not None:
        col.add([passive], "hedged", lex.hedge.get("reportedly", 0.6))
    # an infinitive under a governor that does not make it happen ("reluctant to engage",
    # "chose to uphold") is not realised: irrealis, read as future at an even-ish chance
    if (
        _is_infinitive(trigger)
        and trigger.dep_ in {"xcomp", "advcl", "acl", "ccomp", "relcl", "conj"}
        and not any(c["label"] in {"negated", "future", "hedged", "conditional"} for c in col.cues)
        and not _is_positive(trigger.head, lex)
        and not title
        and not _result_infinitive(trigger)
        and not _realised_infinitive(trigger, lex)
        and not performed
        # a perfect infinitive tells an act before its governor ("was reported by the ministry to have met")
        and not any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "have" for c in trigger.children)
    ):
        col.add([c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to"], "future", lex.infinitive_probability, irrealis=True, forecast=False)
    # a nominal event after a forward-looking preposition: "ahead of its likely summits"
    if _is_nominal(trigger) and trigger.dep_ == "pobj" and not _past_anchored(trigger.head, lex):
        prep = trigger.head
        for n in (1, 2, 3, 4):
            words = doc[max(prep.i - n + 1, 0) : prep.i + 1]
            if words.text.lower() in lex.future_preps:
                col.add(list(words), "future", lex.future_time_p, forecast=True)
                break
    if _is_nominal(trigger) and trigger.dep_ == "pobj":  # "contingency plans in the event of a strike", "funds set aside in case of a strike"
        prep = trigger.head
        for n in (3, 4):
            words = doc[max(prep.i - n + 1, 0) : prep.i + 1]
            if words.text.lower() in lex.cond_preps:
                col.add(list(words), "conditional", lex.conditional_probability)
                break
    # headlines: "Kim to visit Beijing"
    if title and trigger.dep_ == "ROOT" and _is_infinitive(trigger) and "future" not in {c["label"] for c in col.cues}:
        col.add([c for c in trigger.children if c.lower_ == "to"], "future", lex.future_aux_p, forecast=True)

    given = trigger if _is_nominal(trigger) and _given_beside_hedge(trigger) else _given_subject_of_be(trigger)
    if given is not None:
        # "may have sparked Monday's riots", "the bombing may have been the work of": the hedge is on what is said about
        # an event the text takes as given, so it is no possibility of the event itself (see status, "possibility only")
        inside = {t.i for t in given.subtree}
        for c in col.cues:
            if c["label"] == "hedged" and not (c["_tokens"] & inside):
                c["given"] = True
    denied_if = counterfactual_fact(trigger)
    if denied_if is not None:
        # "could have been bloodier if Garner hadn't wounded him": the wounding happened; its "if" and "not" are the
        # counterfactual's, not the act's
        own = {m.i for m in denied_if.children if m.dep_ in {"mark", "neg"}}
        col.cues = [c for c in col.cues if not (c["label"] in {"conditional", "negated"} and c["_tokens"] & own)]
    compared = next((c for c in trigger.children if _compared_counterfactually(c, trigger)), None)
    if compared is not None:
        # "the shooting could have been bloodier if ...", read at "been": only the degree is hypothetical, the event is given
        inside = {t.i for t in compared.subtree}
        col.cues = [c for c in col.cues if c["label"] not in {"hedged", "conditional"} or c["_tokens"] & inside]
    cues = sorted(col.cues, key=lambda c: (c["start"], c["end"]))
    for c in cues:
        c.pop("_tokens", None)
    labels = [lab for lab in LABELS if any(c["label"] == lab for c in cues)]
    return {"labels": labels, "cues": cues, "probability": _probability(cues, lex)}


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _given_beside_hedge(noun: Token) -> bool:
    """Is the event noun ``noun`` one the text takes as given, so that a modal on the clause it sits in hedges something
    else: a dated or possessed event ("Monday's riots", "last week's attack", "the 2011 riots"), a definite event after a
    preposition or as a causing verb's object ("acted alone in the attack", "may have sparked the riots"), or the
    subject of a modal perfect ("the bombing may have been the work of al-Qaeda")? Not "an agreement may end the
    clashes", "is possible upon conviction", "would have triggered a riot"."""
    kids = list(noun.children)
    if any(c.dep_ == "poss" for c in kids) or any(c.ent_type_ == "DATE" and c.dep_ in {"compound", "nmod", "npadvmod", "amod", "nummod"} for c in kids):
        return True
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids)
    head = noun.head
    if definite and (noun.dep_ == "pobj" or (noun.dep_ == "dobj" and head.lemma_.lower() in _CAUSING_VERBS)):
        return True
    return noun.dep_ in {"nsubj", "nsubjpass"} and _modal_perfect(head)


def counterfactual_fact(token: Token) -> Optional[Token]:
    """The negated pluperfect "if" clause ``token`` stands in, when it is a counterfactual of a modal perfect that tells
    its act took place ("could have been bloodier if Garner hadn't wounded him while trading gunfire"), else None."""
    clause = next((t for t in [token, *token.ancestors] if t.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "if" for m in t.children)), None)
    return clause if clause is not None and _denied_counterfactual(clause) else None


def _denied_counterfactual(clause: Token) -> bool:
    """Is ``clause`` a negated pluperfect "if" clause of a modal perfect ("could have been worse if he hadn't fired",
    "would have died if they had not acted")? It tells that the act took place. A positive one ("if police had arrested
    him, she would have lived") and an open condition ("if he does not fire") are conditions."""
    if clause.tag_ != "VBN" or not any(m.dep_ == "mark" and m.lower_ == "if" for m in clause.children):
        return False
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in clause.children):
        return False
    return _modal_perfect(clause.head)


def _compared_counterfactually(noun: Token, verb: Token) -> bool:
    """Is the definite event noun ``noun`` the subject of a modal perfect "be" with a comparative ("the shooting could
    have been bloodier", "the attack might have been far worse if ...")? The comparison is hypothetical, the event
    is given. "The talks could be difficult" (no perfect) and "a war would have been worse" (no definite event) are not."""
    if noun.dep_ != "nsubj" or not _is_nominal(noun) or verb.lemma_.lower() != "be" or not _modal_perfect(verb):
        return False
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children):
        return False
    return any(c.dep_ == "acomp" and (c.tag_ in {"JJR", "RBR"} or c.lower_ in {"worse", "better"}) for c in verb.children)


def _modal_perfect(verb: Token) -> bool:
    """"may have been", "might have sparked": a modal hedging what is said of the past."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return any(a.tag_ == "MD" for a in auxes) and any(a.lemma_.lower() == "have" for a in auxes)


def _given_subject_of_be(verb: Token) -> Optional[Token]:
    """The definite event noun that is the subject of a hedged past copula, when ``verb`` is one: "the bombing may have
    been the work of al-Qaeda" (the event read at "been"); else None."""
    if verb.lemma_.lower() != "be" or not _modal_perfect(verb) or not any(c.dep_ in {"attr", "acomp"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and _is_nominal(c)), None)
    if subject is None or not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in subject.children):
        return None
    return subject


def _listed_under(trigger: Token) -> Optional[Token]:
    """The infinitive a bare verb of a list belongs to when the parser hung it elsewhere.

    "was scheduled to lay flowers, talk to the guards and others who survived the blast and meet with the
    president": "talk" and "meet" are joined to "scheduled" and "survived", but a bare verb without a subject
    cannot be the conjunct of a finite verb; it is the next item after the list's first infinitive ("lay").
    """
    if trigger.dep_ != "conj" or trigger.tag_ not in {"VB", "VBP"} or _has_subject(trigger):
        return None
    head = trigger.head
    if head.tag_ == "VB" or head.pos_ not in {"VERB", "AUX"} or _is_infinitive(head):
        return None
    sent = trigger.sent
    firsts = [t for t in sent if t.i < trigger.i and t.dep_ == "xcomp" and t.tag_ == "VB" and _is_infinitive(t)]
    if not firsts:
        return None
    first = firsts[-1]
    between = trigger.doc[first.i + 1 : trigger.i]
    if any(t.tag_ in {"VBD", "VBZ", "VBP"} and _has_subject(t) and t.dep_ not in {"relcl", "acl"} for t in between):
        return None  # a clause of its own comes between
    return first


_PURPOSE_SUBJECTS = {"aim", "goal", "plan", "idea", "purpose", "objective", "task", "job", "intention", "hope", "mission",
                     "priority", "point", "problem", "solution", "answer", "challenge", "option", "way", "step", "role", "duty"}


def _scheduled_by_be(trigger: Token) -> Optional[Token]:
    """The "is" of "the president is to meet the premier on Monday" (a schedule), not of "the aim is to attack"."""
    head = trigger.head
    if not (_is_infinitive(trigger) and trigger.dep_ == "xcomp" and head.lemma_.lower() == "be" and head.tag_ in {"VBZ", "VBP"}):
        return None
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lemma_.lower() in _PURPOSE_SUBJECTS or subject.lower_ in {"this", "that", "it", "what"}:
        return None
    return head


def _result_infinitive(trigger: Token) -> bool:
    """ "fled to Cuba, only to be jailed": an "only to" infinitive on a past verb tells what followed, no intent."""
    to = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return (
        to is not None and trigger.dep_ in {"advcl", "xcomp"} and trigger.head.tag_ in {"VBD", "VBN"}
        and any(c.dep_ == "advmod" and c.lower_ == "only" and c.i == to.i - 1 for c in trigger.children)
    )


# "has given the relatives until Tuesday to sign", "granted them a week to leave": time or leave granted, the act not done
_GRANTING_VERBS = {"give", "grant", "offer", "allow", "permit", "afford"}
_ORDINAL_WORDS = {"first", "last", "only", "second", "third", "latest", "next"}


def _ranked_attribute(trigger: Token, lex: Lexicon) -> bool:
    """Is the infinitive ``trigger`` what a ranked one did, told by a past "be"/"become": "became the last country to
    ratify", "was the first to sign" (the parser hangs the infinitive on the verb or on "first")? Not "will be the first
    to visit", "is the first to ...", which are still to come or a present state."""
    head = trigger.head
    if trigger.dep_ in {"relcl", "acl"} and head.lower_ in _ORDINAL_WORDS - {"next"} and head.dep_ == "attr":
        head = head.head
    if head.lemma_.lower() not in {"be", "become"} or head.tag_ != "VBD":
        return False
    if any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.lower_ in lex.future_aux) for c in head.children):
        return False
    return any(c.dep_ == "attr" and (c.lower_ in _ORDINAL_WORDS - {"next"} or _ranked(c)) for c in head.children)


def _ranked(noun: Token) -> bool:
    """ "the first person", "the 456th person", "the only leader": a noun ranked by an ordinal or a superlative."""
    for c in noun.children:
        if c.dep_ not in {"amod", "nummod", "compound"}:
            continue
        low = c.lower_
        if c.tag_ == "JJS" or low in _ORDINAL_WORDS - {"next"} or (c.like_num and low[-2:] in {"st", "nd", "rd", "th"} and low[:-2].isdigit()):
            return True
    return False


def _performative(trigger: Token, lex: Lexicon) -> set[int]:
    """The governor (and its auxiliaries) of a speech act performed by announcing it, as token indices; else empty.

    "I want to thank you", "we wish to express our condolences", "the government would like to express its
    sympathy": saying that one wants to thank is thanking. Only speech-act verbs (lexicon ``[performative] verbs``)
    under a present wish (``governors``) said by the speaker ("I", "we") or with "would"; "he wanted to thank
    them" and "I want to visit" are left to the other cues.
    """
    if trigger.dep_ != "xcomp" or trigger.lemma_.lower() not in lex.performative_verbs or not _is_infinitive(trigger):
        return set()
    gov = trigger.head
    if gov.lemma_.lower() not in lex.performative_governors or gov.tag_ not in {"VB", "VBP", "VBZ"}:
        return set()
    auxes = [c for c in gov.children if c.dep_ == "aux"]
    first_person = any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in gov.children)
    would = any(a.lower_ in {"would", "'d"} for a in auxes)
    if _negation_children(gov, lex) or not (first_person and not auxes or would):
        return set()
    return {gov.i, *(a.i for a in auxes)}


def _had(noun: Token, lex: Lexicon) -> bool:
    """ "I have had the opportunity", "they had a chance": the object of a past or perfect "have" (not "will have")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in {"have", "get"} or _negation_children(verb, lex):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return not any(a.tag_ == "MD" or a.lower_ in lex.future_aux for a in auxes) and verb.tag_ in {"VBD", "VBN"}


_KEEPING_VERBS = {"keep", "fulfil", "fulfill", "honour", "honor", "deliver", "redeem"}
_COMMITMENTS = {"promise", "pledge", "vow", "threat", "word", "commitment", "undertaking"}


def _kept(noun: Token, lex: Lexicon) -> bool:
    """ "kept their promise to kill", "fulfilled its pledge to withdraw": a commitment carried out (past, not negated)."""
    verb = noun.head
    return (noun.dep_ == "dobj" and noun.lemma_.lower() in _COMMITMENTS and verb.lemma_.lower() in _KEEPING_VERBS
            and not _negation_children(verb, lex) and _past_anchored(verb, lex))


def _had_to(g: Token, lex: Lexicon) -> bool:
    """ "had to": a past obligation, which was met (not "will have to", "did not have to")."""
    return g.lemma_.lower() == "have" and g.tag_ == "VBD" and not _negation_children(g, lex) and _past_anchored(g, lex)


#: what someone is sent or called to do that is done by arriving and looking: "called to the store to investigate"
_LOOKING_INTO = frozenset({"investigate", "inspect", "probe", "examine", "check", "assess", "survey", "search", "look",
                           "review", "verify", "monitor", "observe", "evaluate", "study", "question", "interview"})


def _thwarted(head: Token) -> bool:
    """Is the clause verb ``head`` followed by a "but" clause ("were deployed to disperse them, but the crowd had left")?"""
    return any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} and c.i > head.i for c in head.children) or any(
        t.lower_ in {"but", "however"} for t in head.doc[head.i + 1:head.sent.end])


#: what a body does by voting for it: the vote is the act
_DONE_BY_VOTE = frozenset({"approve", "pass", "adopt", "ratify", "reject", "impose", "authorize", "authorise", "condemn", "censure",
                           "lift", "extend", "renew", "endorse", "block", "veto", "override", "impeach", "suspend", "expel",
                           "repeal", "overturn", "confirm", "sanction", "remove", "convict", "acquit", "oust", "dismiss",
                           "dissolve", "ban", "annul", "strip", "disqualify", "bar", "recall"})


#: what a state does when the envoy it summoned comes ("summoned the ambassador to protest", "to demand an explanation")
SUMMONS_PURPOSES = frozenset({"demand", "protest", "express", "convey", "lodge", "complain", "register", "voice", "deliver",
                              "hand", "seek", "request", "condemn"})


#: the verbs of telephoning a side, and what one who does does in the call ("telephoned Harper to offer condolences",
#: "phoned the king to congratulate him")
CALL_VERBS = frozenset({"telephone", "phone", "ring"})
CALL_PURPOSES = frozenset({"offer", "express", "convey", "extend", "congratulate", "thank", "discuss", "apologize", "apologise",
                           "condole", "reassure"})
#: acts a past vote, summons or call does itself, by the verb of the vote, the summons or the call
_DONE_AT = {"vote": _DONE_BY_VOTE, "summon": SUMMONS_PURPOSES, **{verb: CALL_PURPOSES for verb in CALL_VERBS}}


def _realised_infinitive(trigger: Token, lex: Lexicon) -> bool:
    """An infinitive that tells what was done, not what is wanted.

    "Police were called to the store to investigate", "has dispatched agents to investigate": the purpose of a
    realised act (a past, passive-past or present-perfect clause verb) is reported with it; "he was the first
    person to be placed on the list", "the first time he had been allowed to inspect": an infinitive of a ranked
    noun counts a happening.
    """
    head = trigger.head
    if trigger.dep_ == "xcomp" and _had_to(head, lex):
        return True
    if trigger.dep_ == "xcomp" and head.lemma_.lower() == "able" and head.dep_ == "acomp" and head.head.tag_ == "VBD" \
            and not any(c.dep_ == "neg" for c in (*head.children, *head.head.children)):
        return True  # "officers were able to apprehend the man": done ("is able to", "was not able to" are not)
    if trigger.dep_ == "acl" and _kept(head, lex):
        return True
    if trigger.dep_ in {"xcomp", "advcl"} and trigger.lemma_.lower() in _DONE_AT.get(head.lemma_.lower(), ()) and \
            head.tag_ in {"VBD", "VBN"} and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in head.children):
        return True  # "the Senate voted 68-30 to approve the funding": what a vote does is done by it ("voted to send
        #              peacekeepers" is still to be done); "summoned Iran's ambassadors to demand an explanation": said
        #              at the summons, as it was held
    if (trigger.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"} and lex.predicate(head) is None
            and head.lemma_.lower() not in _GRANTING_VERBS and trigger.lemma_.lower() in _LOOKING_INTO
            and not _thwarted(head)):
        auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
        perfect = head.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxes)
        if not any(a.tag_ == "MD" for a in auxes) and (perfect or _past_anchored(head, lex)):
            return True
    if trigger.dep_ in {"xcomp", "relcl", "acl"} and _ranked_attribute(trigger, lex):
        return True
    cur = trigger
    for _ in range(3):
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in lex.occasion_nouns and _had(cur.head, lex):
            return True
        if cur.dep_ in {"relcl", "acl"} and _is_nominal(cur.head):
            verb = _clause_verb(cur.head)  # "will be the first leader to visit" is still to come, and so is "hopes to be
            # the first country to ratify"
            return _ranked(cur.head) and not any(
                c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.lower_ in lex.future_aux or c.lower_ == "to")
                for c in verb.children)
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _probability(cues: list[dict[str, Any]], lex: Lexicon) -> Optional[float]:
    """Estimative probability that the event is real.

    The most doubtful positive cue wins (hedges, future, condition, question,
    weak reporting verbs); an odd number of negations turns ``p`` into
    ``1 - p`` (no lower than ``negation_probability``).
    """
    positive = [c["probability"] for c in cues if c["label"] != "negated" and "probability" in c]
    negations = sum(1 for c in cues if c["label"] == "negated")
    if not positive and not negations:
        return None
    p = min(positive) if positive else 1.0
    if negations % 2:
        p = max(lex.negation_probability, 1.0 - p)
    return round(p, 3)


def probability_to_score(p: Optional[float]) -> float:
    """Map a probability to the -3..+3 factuality scale used by factuality corpora."""
    if p is None:
        return 3.0
    return round(3.0 * (2.0 * p - 1.0), 3)
