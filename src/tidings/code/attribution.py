"""Who says so: the cited source of an event mention.

:func:`find_attribution` walks from the event trigger up the dependency tree
and collects every *speaker frame* that dominates it:

- a reporting predicate whose complement holds the trigger ("Xinhua
  *confirmed* that ...", "officials *denied* ...", "a *claim* Duowei made
  that ..."), its speaker being the subject, the passive agent, the
  possessor or the subject of a relative clause on the noun;
- "*according to* X" and a reporting parenthetical ("..., officials said");
- "X, *citing* Y, said": Y is the basis X cites;
- "officials *quoted in* various outlets": the outlets relay the officials.

Frames nest: the outermost speaker is returned and ``cites`` holds the next
inner source, recursively. ``anonymous`` is true when the innermost basis
is anonymous ("Duowei News, citing unnamed sources, said" is anonymous).

Outlets and countries come from the knowledge base (``Knowledge.find_outlet``,
``Knowledge.country_in``); source kinds from the cue words of the claims
lexicon (``tidings/data/lexicon/modality.toml`` and the user's cue files).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any, Iterable, Optional, TypedDict

from .._types import CitedSource, Evidence
from ..knowledge import Knowledge
from .modality import Lexicon, claimed_act

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_attribution", "classify_source", "Citation", "KINDS"]

log = logging.getLogger(__name__)

KINDS: tuple[str, ...] = (
    "state_media",
    "agency",
    "media",
    "government",
    "official",
    "anonymous",
    "social_media",
    "intelligence",
    "expert",
    "other",
)
_CUT_DEPS = {"relcl", "acl", "advcl", "punct", "ccomp", "parataxis", "cc", "conj", "appos"}
_RELATIVE = {"that", "who", "which", "whom"}
_TITLES = {"president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "chairman", "premier", "general", "governor", "mayor", "senator", "official", "leader", "chief"}


class Citation(CitedSource, total=False):
    """A :class:`~tidings._types.CitedSource` as attribution makes it, with how it was cited and whom it cites."""

    outlet: str  # the outlet that carries an anonymous source
    verb: str  # lemma of the reporting verb ("say", "according to")
    refers_to: str  # the text of a phrase ("the report") read as an earlier named source
    cites: Citation  # the next inner source of the chain


class _Frame(TypedDict):
    """A speaker frame: who speaks, with which reporting word, citing whom."""

    speaker: Token
    verb: Optional[Token]
    entry: dict[str, Any]
    basis: list[Token]


# --------------------------------------------------------------------------- knowledge


def _find_outlet(text: str, knowledge: Knowledge) -> Optional[dict[str, Any]]:
    """The knowledge base's outlet named in ``text``, as a dict."""
    hit = knowledge.find_outlet(text)
    return dict(hit) if hit else None


# --------------------------------------------------------------------------- spans


def _span_tokens(noun: Token) -> list[Token]:
    """The noun phrase of a source, without relative clauses and trailing clauses."""
    keep = [noun]
    stack = [c for c in noun.children if c.dep_ not in _CUT_DEPS]
    # "the official news agency IRNA": a name set right after the noun, without a comma, is its name
    stack += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i
              and not any(t.is_punct for t in noun.doc[noun.i + 1 : c.left_edge.i])]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in {"relcl", "acl", "advcl", "ccomp", "parataxis"})
    keep.sort(key=lambda t: t.i)
    # drop a leading determiner-less punctuation and trailing punctuation
    while keep and keep[-1].is_punct:
        keep.pop()
    while keep and keep[0].is_punct:
        keep.pop(0)
    if not keep:  # a parse that makes a punctuation mark the speaker: the token itself
        return [noun]
    lo, hi = keep[0].i, keep[-1].i
    return list(noun.doc[lo : hi + 1])


def _resolve_relative(noun: Token) -> Token:
    """'media that said': the relative pronoun stands for the noun the clause modifies."""
    if noun.lower_ in _RELATIVE and noun.head.dep_ in {"relcl", "acl"}:
        return noun.head.head
    return noun


def classify_source(tokens: Iterable[Token], *, knowledge: Knowledge, lexicon: Lexicon) -> Citation:
    """A :class:`CitedSource` for the tokens of a source phrase (head = syntactic root)."""
    lex = lexicon
    tokens = list(tokens)
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[-1])
    att = lex.attribution
    lows = {t.lower_ for t in tokens}
    lemmas = {t.lemma_.lower() for t in tokens}
    low_text = text.lower().replace("’", "'")

    outlet = _find_outlet(text, knowledge)
    kind: Optional[str] = None
    for phrase, k in att.get("phrases", {}).items():
        if re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", low_text):
            kind = k
            break
    head_kind = att.get("kinds", {}).get(head.lemma_.lower()) or att.get("kinds", {}).get(head.lower_)
    if kind is None:
        kind = head_kind
    if kind in {None, "official", "government", "other"} and any(
        att.get("kinds", {}).get(t.lemma_.lower()) == "intelligence" for t in tokens if t.i != head.i
    ):
        kind = "intelligence"  # "intelligence officials"
    if kind is None and outlet:
        kind = outlet.get("kind")
    if kind is None:
        ent = head.ent_type_
        if ent == "GPE" or (head.pos_ == "PROPN" and knowledge.country_in(head.text)):
            kind = "government"
        elif ent == "PERSON":
            kind = "official" if lows & _TITLES or lemmas & _TITLES else "other"
        elif ent in {"ORG", "NORP"} and re.search(r"\b(news|times|post|daily|tv|television|radio|press|journal|herald|tribune|broadcasting)\b", low_text):
            kind = "media"
        else:
            kind = "other"
    if outlet and kind in {"media", "agency", "other"} and head_kind in {None, "media", "agency"}:
        kind = outlet.get("kind") or kind

    named = any(t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "NORP"} and not knowledge.country_in(t.text) for t in tokens)
    anon_words = {w.lower() for w in att.get("anonymous", [])} - {w.lower() for w in att.get("anonymous_bare", [])}
    bare = {w.lower() for w in att.get("anonymous_bare", [])}
    # "officials who asked not to be named": the relative clause on the head says so
    clause = " ".join(t.lower_ for c in head.children if c.dep_ in {"relcl", "acl"} for t in c.subtree)
    anonymous = bool(lows & anon_words) or any(p in low_text or p in clause for p in att.get("anonymous_phrases", [])) or (
        (head.lemma_.lower() in bare or head.lower_ in bare) and not (named and kind not in {"anonymous"} and outlet is None)
    )
    if head.lemma_.lower() in {"source", "insider"} or head.lower_ in {"sources", "insiders"}:
        kind, anonymous = "anonymous", True
    if anonymous and kind in {"other", "media"} and head.lemma_.lower() in bare:
        kind = "anonymous"

    state_markers = {w.lower() for w in att.get("state", [])}
    state = bool(outlet and outlet.get("state")) or kind == "state_media"
    if not state and kind in {"media", "agency"} and lows & state_markers:
        kind, state = "state_media", True

    country = (outlet or {}).get("country") or knowledge.country_in(text)
    source: Citation = {
        "name": outlet["name"] if outlet and kind not in {"anonymous"} else text,
        "kind": kind,
        "anonymous": anonymous,
        "state_media": state,
        "country": country,
        "text": text,
        "start": tokens[0].idx,
        "end": tokens[-1].idx + len(tokens[-1].text),
    }
    if outlet and kind == "anonymous":
        source["outlet"] = outlet["name"]
    return source


# --------------------------------------------------------------------------- frames


def _subject_of(verb: Token) -> Optional[Token]:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if subjects:
        # two subjects come from a misparse ("Update (September 15): The ministry said"): the nearer speaks
        return _resolve_relative(min(subjects, key=lambda c: abs(c.i - verb.i)))
    for c in verb.children:  # passive: "was reported by X"
        if c.dep_ == "agent":
            pobj = [x for x in c.children if x.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    if verb.dep_ in {"conj", "dep", "xcomp"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject_of(verb.head)
    return None


def _noun_speaker(noun: Token, content: Optional[Token] = None) -> Optional[Token]:
    """'a claim Duowei made', 'Duowei's claim', 'claims by Duowei'.

    The clause that says what the report is about ("a report *that its
    fighters boarded the vessel*", or ``content``, the clause holding the
    event) is no relative clause: its subject is the event's actor, not the
    speaker.
    """
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ in {"relcl", "acl"}:
            if (content is not None and c.i == content.i) or any(m.dep_ == "mark" for m in c.children):
                continue
            subj = next((x for x in c.children if x.dep_ in {"nsubj", "nsubjpass"} and x.lower_ not in _RELATIVE), None)
            if subj is not None:
                return subj
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            pobj = [x for x in c.children if x.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    return None


def _is_reporting(token: Token, lex: Lexicon) -> Optional[dict[str, Any]]:
    hit = lex.predicate(token)
    if not hit:
        return None
    entry = hit[1]
    if entry.get("label") == "reported" or entry.get("reporting"):
        return entry
    return None


def _cited_by(speaker_verb: Token, lex: Lexicon) -> list[Token]:
    """Sources that a speaker cites: 'X, citing Y, said', 'X said, quoting Y'."""
    citing = {w.lower() for w in lex.attribution.get("citing", [])}
    out = []
    for c in speaker_verb.children:
        if c.dep_ in {"advcl", "xcomp", "prep", "acl", "conj"} and c.lemma_.lower() in citing:
            objs = [x for x in c.children if x.dep_ in {"dobj", "pobj"}]
            if objs:
                out.append(objs[0])
    return out


def _reported_participle(verb: Token, comp: Token, rel: str) -> bool:
    """'Tanker reported seized': the subject of the reporting verb is what the event befell, and nobody is cited."""
    return (
        rel == "xcomp"
        and comp.tag_ == "VBN"
        and verb.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in comp.children)
        and not any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    )


# verbs of saying the parser reads as nouns when no "that" follows ("Prosecutors allege Simpson shot Flynn": "Prosecutors
# allege Simpson" one noun phrase); words that are also nouns ("claim", "report") are left out
_VERB_ONLY_REPORTING = frozenset({"allege", "alleges", "contend", "contends", "assert", "asserts", "insist", "insists"})


def _reporting_compound(verb: Token, lex: Lexicon) -> Optional[tuple[Token, Token, dict[str, Any]]]:
    """The speaker, reporting word and its entry hidden in the subject of ``verb`` by that misreading, or None."""
    for subj in verb.children:
        if subj.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        for c in subj.children:
            if c.dep_ == "compound" and c.i < subj.i and c.lower_ in _VERB_ONLY_REPORTING and c.i > subj.left_edge.i:
                speaker = c.doc[c.i - 1]
                entry = _is_reporting(c, lex)
                if entry and speaker.tag_ in {"NNS", "NNP", "NNPS"} and speaker.i >= subj.left_edge.i:
                    return speaker, c, entry
    return None


def _frames(trigger: Token, lex: Lexicon) -> list[_Frame]:
    """Speaker frames dominating the trigger, innermost first: {speaker, verb, basis}."""
    frames: list[_Frame] = []
    citing = {w.lower() for w in lex.attribution.get("citing", [])}
    carriers = {w.lower() for w in lex.attribution.get("carriers", [])}

    def add(speaker: Optional[Token], verb: Optional[Token], entry: Optional[dict[str, Any]] = None) -> None:
        if speaker is None or speaker.dep_ == "expl" or (speaker.lower_ == "it" and verb is not None and any(c.dep_ in {"ccomp", "xcomp", "acomp"} for c in verb.children)):
            return  # "it is said that", "it's hard to say"
        if verb is not None and verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return  # "hard to say", "wants to announce": nobody says it yet
        speaker = _resolve_relative(speaker)
        if (entry or {}).get("evidential") and speaker.lemma_.lower() not in carriers and speaker.lower_ not in carriers:
            return  # "video showed", "Kim has shown his ability": evidence or a deed, not a cited source
        basis = _cited_by(verb, lex) if verb is not None and verb.pos_ in {"VERB", "AUX"} else []
        basis += [b for b in _cited_by(speaker, lex) if b.head.lemma_.lower() == "cite"]  # "reports citing X"
        frames.append({"speaker": speaker, "verb": verb, "entry": entry or {}, "basis": basis})

    cur, prev = trigger, None
    while True:
        g = cur
        if prev is not None and prev.dep_ == "prep" and f"{g.lemma_.lower()} {prev.lower_}" in lex.responsibility:
            break  # "X claimed responsibility for the attacks": X is no source of the attacks
        if prev is not None and prev.i == trigger.i and claimed_act(prev, lex):
            break  # "Al-Shabaab claimed the attack": a claim of responsibility, no report of the attack
        for c in g.children:
            if prev is not None and c.i == prev.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "according":
                to = [x for x in c.children if x.lower_ == "to"] or [c]
                pobj = [x for x in to[0].children if x.dep_ == "pobj"] or [x for x in c.children if x.dep_ == "pobj"]
                if pobj:
                    add(pobj[0], None, {"strength": "report"})
            elif c.dep_ in {"parataxis", "advcl"} and not any(m.dep_ == "mark" for m in c.children):
                entry = _is_reporting(c, lex)
                if entry and c.lemma_.lower() not in {w.lower() for w in lex.attribution.get("citing", [])}:
                    add(_subject_of(c), c, entry)
        misread = _reporting_compound(g, lex)
        if misread is not None:
            add(misread[0], misread[1], misread[2])
        if prev is not None:
            rel = prev.dep_
            entry = _is_reporting(g, lex)
            if entry and rel in {"ccomp", "xcomp", "dobj", "nsubjpass", "advcl", "acl", "relcl", "conj", "dep"}:
                if rel not in {"relcl", "conj"} and not (rel == "advcl" and any(m.dep_ == "mark" and m.lower_ != "that" for m in prev.children)) \
                        and not _reported_participle(g, prev, rel):
                    speaker = _subject_of(g) if g.pos_ in {"VERB", "AUX"} else _noun_speaker(g, prev)
                    add(speaker, g, entry)
            elif rel in {"ccomp", "advcl"} and g.pos_ in {"VERB", "AUX"}:
                # "X supports a claim (Y made) that ...": the clause belongs to the reporting noun
                for obj in g.children:
                    if obj.dep_ == "dobj" and obj.i != prev.i and _is_reporting(obj, lex):
                        before = len(frames)
                        add(_noun_speaker(obj), obj, _is_reporting(obj, lex))
                        if len(frames) > before:
                            basis = frames[-1]["basis"]
                            for c in obj.children:
                                if c.dep_ in {"relcl", "acl"}:
                                    basis += _cited_by(c, lex)
                            # ... the citing clause may hang on the verb or on the clause itself
                            for c in [*g.children, *prev.children]:
                                if c.dep_ == "advcl" and c.lemma_.lower() in citing:
                                    basis += [x for x in c.children if x.dep_ in {"dobj", "pobj"}][:1]
                        subj = _subject_of(g)
                        if subj is not None:
                            add(subj, g, {"strength": "support"})
        if g.head.i == g.i or g.dep_ == "ROOT":
            break
        prev, cur = g, g.head
    return frames


def _quoted_in(noun: Token, lex: Lexicon) -> Optional[Token]:
    """'officials quoted in various outlets' -> the outlets."""
    quoted = {w.lower() for w in lex.attribution.get("quoted", [])}
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in quoted:
            for p in c.children:
                if p.dep_ in {"prep", "agent"}:
                    pobj = [x for x in p.children if x.dep_ == "pobj"]
                    if pobj:
                        return pobj[0]
    for c in noun.children:  # "Everyone else, including officials quoted in ..."
        if c.dep_ == "prep" and c.lower_ == "including":
            for x in c.children:
                if x.dep_ == "pobj":
                    inner = _quoted_in(x, lex)
                    if inner is not None:
                        return inner
    return None


def _quoted_by_head(verb: Optional[Token], lex: Lexicon) -> Optional[Token]:
    """'X, quoted in various outlets, claimed' parsed as 'X quoted in ... , (and) claimed'."""
    if verb is None or verb.dep_ != "conj":
        return None
    quoted = {w.lower() for w in lex.attribution.get("quoted", [])}
    head = verb.head
    if head.lemma_.lower() not in quoted or any(c.dep_ == "dobj" for c in head.children):
        return None
    for p in head.children:
        if p.dep_ in {"prep", "agent"} and p.lower_ in {"in", "by", "on"}:
            pobj = [x for x in p.children if x.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    return None


def _source_for(noun: Token, *, knowledge: Knowledge, lex: Lexicon, verb: Optional[Token] = None) -> Citation:
    src = classify_source(_span_tokens(noun), knowledge=knowledge, lexicon=lex)
    if verb is not None:
        src["verb"] = verb.lemma_.lower()
    return src


def _antecedent(trigger: Token, noun: Token, knowledge: Knowledge, lex: Lexicon) -> Optional[Citation]:
    """'The report supports ...': the most recent named source in the previous sentences."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        return None
    doc = trigger.doc
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    sents = [s for s in doc.sents if s.end <= trigger.sent.start][-3:]
    for sent in reversed(sents):
        found = None
        for tok in sent:
            if tok.lower_ == "according" or _is_reporting(tok, lex):
                if tok.lower_ == "according":
                    to = [x for x in tok.children if x.lower_ == "to"]
                    cands = [x for x in (to[0].children if to else tok.children) if x.dep_ == "pobj"]
                else:
                    subj = _subject_of(tok)
                    cands = [subj] if subj is not None else []
                for cand in cands:
                    src = classify_source(_span_tokens(cand), knowledge=knowledge, lexicon=lex)
                    if src["kind"] != "anonymous" and (
                        _find_outlet(src["text"], knowledge) is not None or cand.pos_ == "PROPN"
                    ):
                        found = src
        if found:
            return found
    return None


def find_evidence(doc: Doc, trigger_i: int, *, lexicon: Lexicon) -> Optional[Evidence]:
    """What shows the event at ``doc[trigger_i]`` without being a cited source, or None.

    "Video posted on social media purportedly showed a motorcade heading to
    ...": an evidential verb (``evidential`` in the lexicon: show, reveal)
    governs the trigger and its subject is an artefact (``[attribution]
    evidence``: video, footage, image, ...). Offsets are in ``doc.text``.
    """
    artefacts = {w.lower() for w in lexicon.attribution.get("evidence", [])}
    cur = doc[trigger_i]
    while cur.head.i != cur.i:
        verb = cur.head
        entry = _is_reporting(verb, lexicon)
        if entry and entry.get("evidential"):
            subject = _subject_of(verb)
            if subject is not None and subject.lemma_.lower() in artefacts:
                tokens = sorted(subject.subtree, key=lambda t: t.i)
                while tokens and tokens[-1].is_punct:
                    tokens.pop()
                span = doc[tokens[0].i : tokens[-1].i + 1]
                return {"text": span.text, "kind": subject.lemma_.lower(), "verb": verb.lemma_.lower(), "start": span.start_char, "end": span.end_char}
        cur = verb
    return None


def find_attribution(
    doc: Doc, trigger_i: int, *, knowledge: Knowledge, lexicon: Lexicon
) -> Optional[Citation]:
    """The cited source of the event mention at ``doc[trigger_i]``, or None (the outlet's own voice).

    The outermost speaker is returned; ``cites`` holds the source it relays
    (recursively) and ``anonymous`` is true when the innermost basis is
    anonymous. Outlets and countries are looked up in ``knowledge``; cue
    words come from ``lexicon``.
    """
    lex = lexicon
    trigger = doc[trigger_i]
    frames = _frames(trigger, lex)
    if not frames:
        return None

    chain: list[Citation] = []  # innermost first
    for fr in frames:
        speaker = fr["speaker"]
        if speaker.is_punct:  # a misparse, not a source
            continue
        layer: list[Citation] = [
            _source_for(b, knowledge=knowledge, lex=lex) for b in fr["basis"]
        ]
        layer.append(_source_for(speaker, knowledge=knowledge, lex=lex, verb=fr["verb"]))
        if fr["verb"] is None:
            layer[-1]["verb"] = "according to"
        relay = _quoted_in(speaker, lex) or _quoted_by_head(fr["verb"], lex)
        if relay is not None:
            quoted = _quoted_in_source(speaker, lex, knowledge)
            if quoted is not None:
                layer[-1] = quoted  # the quoted officials, not "everyone else"
            layer.append(_source_for(relay, knowledge=knowledge, lex=lex, verb=fr["verb"]))
        if layer[-1]["kind"] in {"media", "agency", "other"} and layer[-1]["name"] == layer[-1]["text"]:
            ante = _antecedent(trigger, speaker, knowledge, lex)
            if ante is not None:
                layer[-1]["name"] = ante["name"]
                layer[-1]["kind"] = ante["kind"]
                layer[-1]["state_media"] = ante["state_media"]
                layer[-1]["country"] = layer[-1].get("country") or ante.get("country")
                layer[-1]["refers_to"] = ante["text"]
        chain.extend(layer)

    if not chain:
        return None
    # nest: the outermost cites the next inner one
    inner: Optional[Citation] = None
    for src in chain:
        if inner is not None:
            src["cites"] = inner
            src["anonymous"] = bool(inner["anonymous"])
        inner = src
    return chain[-1]


def _quoted_in_source(speaker: Token, lex: Lexicon, knowledge: Knowledge) -> Optional[Citation]:
    """The quoted noun itself when it sits inside 'including ...'."""
    for c in speaker.children:
        if c.dep_ == "acl":
            return None  # the speaker itself is the quoted noun
    for c in speaker.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            for x in c.children:
                if x.dep_ == "pobj":
                    return _source_for(x, knowledge=knowledge, lex=lex)
    return None
