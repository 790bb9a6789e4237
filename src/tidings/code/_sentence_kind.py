"""Clauses that hold no event of the news: background, generic statements and assessments.

The gold guidelines (``docs/gold-guidelines.md``, section 1) mark a sentence ``no_event`` when what it tells is
*background* (history told as a summary: "Previously the rebels have resisted ...", "had met in 2003"), *generic*
(what a kind of actor does: "rebels kidnap foreigners") or *analysis* (an assessment: "the money would provide
tax credits"). :func:`non_event_reason` reads the clause of one event candidate and says which of these it is,
from the grammar of that clause only: its tense and auxiliaries, its time adjuncts and its subject. A word
elsewhere in the sentence does not count.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Optional

from ._event_lexicon import is_person
from .events import _YEAR, _clause_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["non_event_reason"]

# adverbs that put a perfect act before the news: "have previously resisted", "had formerly served"
_EARLIER_ADVERBS = frozenset({"previously", "formerly"})  # not "earlier" (earlier today), not "once" ("once again")
# spans of years a perfect act is summed over: "in recent years", "over the years", "for decades", "in the past"
_YEAR_SPANS = frozenset({"year", "years", "decade", "decades", "century", "centuries", "past"})
_SPAN_PREPS = frozenset({"in", "over", "for", "during", "throughout"})
_DECADE = re.compile(r"^(?:1[89]|20)\d0'?s$")  # "the 1990s", "1980's"
_SHORT_DECADE = re.compile(r"^['’]?\d0'?s$")  # "the '90s": only with "the" or an apostrophe, never "his 40s" (an age)


def _perfect(verb: Token) -> Optional[str]:
    """``"have"``/``"had"`` when ``verb`` stands in the present perfect or the pluperfect, else None."""
    for c in verb.children:
        if c.dep_ == "aux" and c.lemma_.lower() == "have":
            return "had" if c.lower_ in {"had", "'d"} else "have"
    return None


def _year_of(published: Optional[str]) -> Optional[int]:
    if not published or not published[:4].isdigit():
        return None
    return int(published[:4])


def _long_span(prep: Token, pub_year: Optional[int]) -> bool:
    """Does the prepositional adjunct ``prep`` name a span of years before the news?

    "in recent years", "over the years", "for decades", "in the past", "since 2007" (two years or
    more before the report). Not "in the past week", "since Friday", "for two days", "in 2024" (a date).
    """
    word = prep.lower_
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    for o in objs:
        low = o.lower_
        if word == "since" and _YEAR.match(o.text):
            return pub_year is not None and int(o.text) <= pub_year - 2
        if word not in _SPAN_PREPS or low not in _YEAR_SPANS:
            continue
        mods = [c for c in o.children if c.dep_ in {"amod", "nummod", "det", "compound", "quantmod"}]
        if low == "past":
            if not mods or any(m.lower_ == "the" for m in mods) and not any(m.dep_ == "compound" for m in mods):
                return True  # "in the past" (not "in the past week": there "past" is a modifier, not the object)
            continue
        if low not in {"years", "decades", "centuries"}:
            continue
        if word == "in" and any(m.lower_ in {"last", "past"} for m in mods) and not _record_frame(prep.head, skip=prep):
            return True  # "in the last five years", "in the past three decades": a span summed over
        if word == "in" and (any(m.dep_ == "nummod" for m in mods) or _record_frame(prep.head)):
            continue  # "its most powerful missile in years", "the first time in ten years": a record, not a summary
        if not any(m.dep_ == "nummod" and m.like_num and m.lower_ in {"two", "2"} for m in mods):
            return True  # "in recent years", "over the years", "for decades", "for many years"
    return False


# words that make "in years"/"in decades" the frame of a record: "the first ... in decades", "the biggest ... in years"
_RECORD_WORDS = frozenset({"first", "last", "time"})


def _record_frame(verb: Token, skip: Optional[Token] = None) -> bool:
    """Does the clause of ``verb`` (not a clause inside it) hold a superlative or "first"/"last"/"time", so that "in
    years" measures a record ("has fired its most powerful missile in years", "have met for the first time in
    decades") rather than sums up the years? The words of ``skip``'s phrase (the span itself: "in the last five years")
    do not count."""
    skipped = {t.i for t in skip.subtree} if skip is not None else set()
    for t in verb.subtree:
        if t.i == verb.i or t.i in skipped:
            continue
        head = t
        while head.i != verb.i and head.dep_ not in {"ccomp", "advcl", "relcl", "xcomp", "csubj", "conj", "parataxis"}:
            head = head.head
        if head.i != verb.i:
            continue  # inside a clause of its own
        if any(a.dep_ in {"nsubj", "nsubjpass"} and a.head.i == verb.i for a in [t, *t.ancestors]):
            continue  # "most residents have left in recent years": a quantity of the subject
        if t.lower_ in {"most", "least"} and t.dep_ != "advmod":
            continue  # "has arrested most leaders in recent years": "most" of a quantity, not of a degree
        if t.tag_ in {"JJS", "RBS"} or t.lower_ in _RECORD_WORDS:
            return True
    return False


def _decade(noun: Token) -> bool:
    """Does ``noun`` name a decade ("the 1990s", "the '80s"), not an age ("a man in his 40s", "in their 20s")?"""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    if _DECADE.match(noun.lower_):
        return True
    if not _SHORT_DECADE.match(noun.lower_) or noun.i == 0:
        return False
    before = noun.doc[noun.i - 1]
    if before.text in {"'", "’"} and before.i > 0:
        before = noun.doc[before.i - 1]
        return before.lower_ == "the"
    return noun.text[0] in {"'", "’"} or before.lower_ == "the" and before.head.i == noun.i


def _background(verb: Token, pub_year: Optional[int], dated_before: bool) -> bool:
    """Is the clause of ``verb`` history summed up before the news?

    A perfect act with an adjunct of earlier time ("have previously resisted", "had in the past fielded",
    "have suffered in recent years", "has served since 2007"); a pluperfect act dated a year or more before the
    report ("had signed the treaty in 2003"); any act dated to a decade ("fought in the 1990s").
    "Has been arrested" alone, "had met on Tuesday" and "have arrested five since Friday" stay news.
    """
    perfect = _perfect(verb)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _SPAN_PREPS and any(o.dep_ == "pobj" and _decade(o) for o in c.children):
            return True
    if perfect is None:
        # a past participle describing its noun stands for a perfect passive: "the 3,000 people killed in the conflict
        # since 2011", "the five journalists detained over the years" (a tally, not one happening)
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "prep" and _long_span(c, pub_year) for c in verb.children)
    if perfect == "had" and dated_before:
        return True
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _EARLIER_ADVERBS and c.i < verb.i:
            return True
        if c.dep_ == "prep" and _long_span(c, pub_year):
            return True
    if verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) and any(
            p.dep_ == "prep" and _long_span(p, pub_year) for a in verb.children if a.dep_ == "attr" for p in a.children):
        return True  # "there have been a dozen attempted murders of doctors in the last five years": the span hangs on the noun
    return perfect == "have" and _recent_tally(verb)


# spans of weeks or months a tally is summed over ("in recent months", "over the past few weeks")
_SHORT_SPANS = frozenset({"months", "weeks"})
# words that count acts in a tally ("several meetings", "dozens of raids")
_TALLY_WORDS = frozenset({"several", "many", "numerous", "multiple", "dozens", "dozen", "scores", "hundreds", "countless", "repeated"})


def _recent_tally(verb: Token) -> bool:
    """Is the present perfect ``verb`` a tally of acts over recent weeks or months ("have held several meetings in
    recent months", "has carried out dozens of raids over the past few weeks"): a summary, not one happening?
    A single act ("has met him in recent weeks") or a number of people ("have arrested 50 people") is no tally of acts."""
    span = any(c.dep_ == "prep" and c.lower_ in _SPAN_PREPS and any(
        o.dep_ == "pobj" and o.lower_ in _SHORT_SPANS and any(m.lower_ in {"recent", "past", "last"} for m in o.children)
        for o in c.children) for c in verb.children)
    if not span:
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "attr", "nsubj"} and c.tag_ == "NNS"]
    return any(m.lower_ in _TALLY_WORDS or (m.dep_ == "nummod" and m.lower_ not in {"one", "1"})
               for o in objs for m in o.subtree if m.i < o.i)


def non_event_reason(trigger: Token, anchor: Token, code: str, *, published: Optional[str], date_end: Optional[str],
                     has_actor: bool = False) -> Optional[str]:
    """Why the event at ``trigger`` (its clause governed at ``anchor``, CAMEO ``code``) is no event of the news, or None.

    ``published`` is the report's date (ISO), ``date_end`` the last day the event's own words give it, if any, and
    ``has_actor`` whether the coder found the one who acts: what a modal says a thing would do ("the money would
    provide tax credits") is an assessment; what it says an actor would do ("the authorities would give him
    custody") may be an act told ahead.
    """
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else _clause_verb(anchor)
    if verb is None:
        return None
    pub_year = _year_of(published)
    dated_before = False
    if date_end and published and len(date_end) >= 10 and len(published) >= 10:
        try:
            end, day = date.fromisoformat(date_end[:10]), date.fromisoformat(published[:10])
        except ValueError:
            pass
        else:
            dated_before = (day - end).days >= 365
    if not _speaker_act(trigger, code) and _quote_fragment(trigger) and _unbound_verb(trigger):
        return "analysis"
    chain = _governing(verb)
    for v in chain:
        if _background(v, pub_year, dated_before or _old_year(v, pub_year)):
            return "background"
    if not date_end and not has_actor and _assessed(_xcomp_top(trigger)):
        return "analysis"  # "could meet before May" keeps its date: a hedged plan, not an assessment
    if any(_generic_present(v, trigger) and not (v.i == trigger.i and code[:2] in _SPEECH_ROOTS) for v in chain):
        return "generic"  # "critics call him a stooge": a speech act told in the present is a report, not a habit
    if _kind_relative(chain[-1]) and (trigger.i == chain[-1].i or trigger.dep_ == "dobj" and trigger.head.i == chain[-1].i
                                      and not _definite(trigger)):
        return "generic"  # the relative clause's own act ("who protest the tax", "who stage protests"), not one nested
        # below it ("who break the curfew imposed by the junta", "who are accused of killing three villagers")
    if _negated_description(chain[-1]):
        return "background"
    if trigger.i == verb.i and _ruled_act(verb):
        return "generic"
    if _forbidden_kind(trigger):
        return "generic"
    if _kind_as_subject(trigger) or trigger.i == verb.i and (_when_rule(verb) or _anyone_may(verb) or _kinds_one_can(verb)) \
            or any(_someone_might(v) for v in chain):
        return "generic"
    if trigger.i == verb.i and (_timed_habit(verb) or _anyone_to(verb) or _habitual_progressive(verb)):
        return "generic"
    if _common_kind(trigger):
        return "generic"
    if _rule_content(verb) or _only_one_may(verb):
        return "generic"
    joined = _governing(verb.head) if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else []  # "tried to help and support"
    if code[:2] not in _SPEECH_ROOTS and (any(_standing_habit(v) for v in chain + joined)
                                          or trigger.i == verb.i and _our_routine(verb, code)):
        return "generic"
    if code[:2] == "14" and _undergone_blow(trigger):
        return "other"
    if _unwished(verb):
        return "analysis"
    return None


# verbs by which a standing rule says what holds: "the law provides that ...", "the constitution states that ..."
_RULE_SAYING = frozenset({"provide", "stipulate", "state", "say", "require", "mandate", "dictate", "specify", "establish",
                          "prescribe", "declare"})


def _rule_content(verb: Token) -> bool:
    """Is ``verb`` in what a standing rule says in the simple present ("immigration law provides that asylum can only
    be granted where there is a threat of torture", "the charter states that members must defend each other")? A
    rule's content is a rule (guidelines, settling rule 36: `generic`); a rule that said something on a day, or a
    body that states a thing ("the ministry states that troops shelled the town"), stays."""
    t = verb
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ == "ccomp":
            rule = t.head
            if rule.lemma_.lower() not in _RULE_SAYING or rule.tag_ not in {"VBZ", "VBP"}:
                return False
            if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() != "do" for c in rule.children):
                return False
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in _RULES for c in rule.children) and not any(
                w.ent_type_ in {"DATE", "TIME"} for c in rule.children if c.i != t.i for w in c.subtree)
        t = t.head
    return False


def _only_one_may(verb: Token) -> bool:
    """Is ``verb`` what a relative clause says only one kind of actor, or none, can do ("the only person who can petition
    for asylum is his father", "no one who may vote ...")? Who has the power to act is a rule, not a happening."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ in {"can", "may", "could"} for c in verb.children):
        return False
    head = verb.head
    return any(c.dep_ == "amod" and c.lower_ in {"only", "sole"} for c in head.children) or head.lower_ in {
        "nobody", "anyone", "anybody", "everyone", "everybody", "whoever"} or any(
        c.dep_ == "det" and c.lower_ in {"no", "any", "every"} for c in head.children)


# adverbs that make a perfect or a present a standing habit: "have always tried to help", "usually meets"
_STANDING_ADVERBS = frozenset({"always", "usually", "often", "routinely", "regularly", "generally", "typically", "normally",
                               "traditionally", "commonly", "customarily", "habitually"})


def _standing_habit(verb: Token) -> bool:
    """Is ``verb`` told with an adverb of habit in the present or the present perfect ("I have always tried to help the
    candidates", "the agency usually consults the villages")? A past ("police often raided the camp in 2019") or a
    date of its own is left to the other rules; "repeatedly" counts a bounded series, an event."""
    if not any(c.dep_ == "advmod" and c.lower_ in _STANDING_ADVERBS for c in verb.children) and not _in_many_cases(verb):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = verb.tag_ in {"VBZ", "VBP"} and not aux
    perfect = verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" or a.lower_ in {"'ve", "’ve"} for a in aux)
    return (present or perfect) and not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


def _in_many_cases(verb: Token) -> bool:
    """Does an in-phrase of many or most instances frame ``verb`` ("In many hijackings, pirates take the crew hostage",
    "in most cases the police release them")? Told in the present, that is a habit, as "usually" is."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and any(d.dep_ in {"amod", "det"} and d.lower_ in {"many", "most"} for d in o.children)
        for o in c.children) for c in verb.children)


# first-person and plain pronoun subjects of a routine told in the simple present: "we talk with local groups"
_ROUTINE_SUBJECTS = frozenset({"we", "i", "they"})
# roots of a routine of cooperation: consulting, cooperating, giving aid
_ROUTINE_ROOTS = frozenset({"04", "06", "07"})


def _our_routine(verb: Token, code: str) -> bool:
    """Is ``verb`` a routine of cooperation told in the simple present by "we", "I" or "they" with no date ("we talk
    with local groups about energy efficiency", "they help families who lost their homes")? What someone is doing now
    is told in the progressive ("we are talking with"), a plan with "will" or a date."""
    if code[:2] not in _ROUTINE_ROOTS or verb.tag_ not in {"VBP", "VBZ"} or verb.sent.start == 0:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _ROUTINE_SUBJECTS for c in verb.children):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"now", "today", "tonight"} for t in verb.subtree)


_WISHING = frozenset({"want", "wish", "hope"})  # not "like": "did not like that police arrested them" is factive


def _unwished(verb: Token) -> bool:
    """Is ``verb`` what someone did not wish another to do or undergo ("he didn't want him to get shot", "the mayor
    does not want the festival to be cancelled")? That tells a wish, not an act; an act of the wisher's own ("they
    did not want to sign", "did not plan to remove the boy") is the act, negated."""
    if verb.dep_ not in {"ccomp", "xcomp"} or verb.sent.start == 0:
        return False
    wish = verb.head
    if wish.lemma_.lower() not in _WISHING or not any(c.dep_ == "neg" for c in wish.children):
        return False
    if verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "mark" for c in verb.children) or (
            verb.dep_ == "ccomp" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False  # only an infinitive ("want him to get shot"), never a finite clause ("wish that they had left")
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or any(c.dep_ == "dobj" for c in wish.children)


_RELATIVE_WORDS = frozenset({"who", "that", "which", "whom"})


def _kind_relative(verb: Token) -> bool:
    """Is ``verb`` a relative clause in the simple present (active or passive, no modal, perfect or progressive) that
    tells what members of a kind do or undergo: "migrants who are detained at the border are held in camps",
    "the actor plays a police officer who arrests his own son",
    "journalists who criticize the mayor are threatened", "players who are sent off miss the next match"? The head is
    a bare plural (or "anyone"); a clause with a date of its own, a head the text has in view ("the migrants who are
    detained", "three men who are held") or a past, perfect or progressive ("rebels who seized the town", "rebels
    who are holding the town") tells one happening. The headline, told in the present, is left alone."""
    if verb.dep_ != "relcl" or verb.sent.start == 0:
        return False
    head = verb.head
    if head.lower_ not in _ANYONE and not _a_kind(head):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        if any(c.lemma_.lower() != "do" for c in aux) or verb.lemma_.lower() in {"be", "have"}:
            return False
    elif verb.tag_ == "VBN":
        if [c.lower_ for c in aux] not in (["is"], ["are"]) or not any(c.dep_ == "auxpass" for c in aux):
            return False
    else:
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in _RELATIVE_WORDS:
        return False  # "migrants the army detains": the head is the object, the subject may be one actor
    if any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return False
    host = _clause_verb(head)
    return host is None or _unbound_host(host)  # no verb above the head: a list line, a caption or a misparse
    # "the army is hunting gunmen who are accused of ...", "troops fired on demonstrators who demand ...": the main
    # clause tells one happening about members of the kind in view


def _unbound_host(host: Token) -> bool:
    """Is ``host``, the verb of the clause a relative clause's head stands in, told with no past, perfect or
    progressive ("migrants ... are held in camps", "players ... miss the next match", "prisoners ... must report",
    "the actor plays ...")? An infinitive is judged by the verb it completes ("want to arrest migrants who ...")."""
    for _ in range(4):
        aux = [c for c in host.children if c.dep_ in {"aux", "auxpass"}]
        if host.tag_ == "VB" and any(c.lower_ == "to" for c in aux) and host.dep_ in {"xcomp", "advcl"} \
                and host.head.pos_ in {"VERB", "AUX"}:
            host = host.head
            continue
        break
    aux = [c for c in host.children if c.dep_ in {"aux", "auxpass"}]
    if host.tag_ in {"VBD", "VBG"} or any(c.tag_ == "VBD" or c.lemma_.lower() == "have" for c in aux):
        return False  # "fired on demonstrators who ...", "is hunting gunmen who ...", "has detained activists who ..."
    if host.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in aux) or any(c.tag_ == "MD" for c in aux)
    return host.tag_ in {"VBZ", "VBP", "VB"}


# verbs of a rule: what a law, a permit or a policy lets, makes or forbids anyone do
_RULING = frozenset({"allow", "permit", "require", "oblige", "forbid", "prohibit", "entitle", "authorize", "authorise",
                     "empower", "compel", "let"})


# nouns of a standing rule that lets, makes or forbids anyone do something (not a deal, an agreement, a ceasefire, an
# order or a decree binding the parties of one story)
_RULES = frozenset({"law", "rule", "regulation", "code", "constitution", "statute", "permit", "licence", "license",
                    "policy", "treaty", "charter", "convention", "legislation", "guideline", "ordinance", "bylaw"})


def _ruled_act(verb: Token) -> bool:
    """Is ``verb`` the act a rule told in the simple present lets, makes or forbids a kind of actor do to a kind of
    people: "the new law allows police to detain suspects for 48 hours", "the permit requires companies to report
    collisions"? A past ("the law allowed police to detain the journalist"), an act on someone the text has in view
    ("the court allows police to hold the three men") or a rule with a date of its own is an act or a plan; so is
    what an actor or a deal lets or makes others do ("the government lets protesters march", "the deal requires
    militias to hand over weapons")."""
    if verb.sent.start == 0 or verb.dep_ not in {"xcomp", "ccomp"} and not (
            verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False  # "forbids doctors to arrest patients" is parsed with an adverbial clause
    rule = verb.head
    if rule.lemma_.lower() not in _RULING or rule.tag_ not in {"VBZ", "VBP"}:
        return False
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in _RULES for c in rule.children):
        return False  # "the government lets protesters march", "the ceasefire deal requires rebels to withdraw": an
        # actor, or a deal binding parties of the story, not a standing rule
    if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() != "do" for c in rule.children):
        return False
    doer = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) or next(
        (c for c in rule.children if c.dep_ == "dobj"), None)
    if doer is None or not (doer.lower_ in _ANYONE or doer.tag_ == "NNS" and not _definite(doer)):
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} and c.i != doer.i and _definite(c) for c in verb.children):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for c in rule.children if c.i != verb.i for t in c.subtree)
    # "from Monday the law allows police to ...": a rule that starts on a day is news of its own


# adjectives that tell where an act stands in time, not what kind of act it is: "talks are ongoing"
_ASPECT_ADJECTIVES = frozenset({"ongoing", "underway", "continuing", "imminent", "due", "expected", "likely", "possible",
                                "scheduled", "planned", "over", "complete", "finished", "set", "unlikely", "certain"})
_COPULAS = frozenset({"be", "become", "remain", "seem"})
# adjectives that judge a kind of act (how often it happens, whether the law allows it), not how strong one act is
# ("fierce", "heavy", "intense")
_KIND_JUDGING = frozenset({"common", "uncommon", "rare", "routine", "frequent", "infrequent", "widespread",
                           "commonplace", "usual", "unusual", "normal", "typical", "illegal", "unlawful", "legal",
                           "lawful", "banned", "forbidden", "prohibited", "punishable"})


def _in_view(noun: Token) -> bool:
    """Does the event noun ``noun`` name a place or an actor the text has in view, by a prepositional object ("attacks
    on the city", "shelling of Kharkiv") or a modifier ("Russian airstrikes", "Hamas attacks")?"""
    for c in noun.children:
        if c.dep_ in {"amod", "compound"} and (c.pos_ == "PROPN" or c.ent_type_ in _PLACE_ENTS):
            return True
        if c.dep_ == "prep":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs += [x for o in objs for x in o.conjuncts]
            if any(_definite(o) or o.ent_type_ in _PLACE_ENTS | {"PERSON"} for o in objs):
                return True
    return False


def _kind_as_subject(trigger: Token) -> bool:
    """Is the event at ``trigger`` a kind of act named as the subject of a present-tense description: "attacks on aid
    workers are a war crime", "kidnappings for ransom are common in the region", "arrests of journalists have become
    routine", "to attack a hospital is a war crime"? The noun is bare (no "the", no owner, no number) and the clause
    carries no date. "The attack on the embassy was the worst in years", "fighting was heavy on Monday" and "talks
    are ongoing" tell one happening."""
    if trigger.dep_ not in {"nsubj", "csubj"} or trigger.sent.start == 0:
        return False
    cop = trigger.head
    if cop.lemma_.lower() not in _COPULAS:
        return False
    aux = [c for c in cop.children if c.dep_ == "aux"]
    if cop.tag_ not in {"VBZ", "VBP"} and not (cop.tag_ == "VBN" and [c.lower_ for c in aux] in (["has"], ["have"])):
        return False
    if cop.tag_ in {"VBZ", "VBP"} and aux:
        return False
    preds = [c for c in cop.children if c.dep_ in {"attr", "acomp"}]
    if not preds or any(c.lower_ in _ASPECT_ADJECTIVES for c in preds):
        return False
    if not any(c.dep_ == "attr" and c.pos_ == "NOUN" or c.lemma_.lower() in _KIND_JUDGING for c in preds):
        return False  # "fighting remains fierce", "shelling has become intense": how strong one happening is
    if _in_view(trigger):
        return False  # "airstrikes on the city remain heavy", "Russian airstrikes are common": one campaign in view
    if trigger.pos_ in {"VERB", "AUX"} and trigger.tag_ != "VBG":
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            return False  # only "to attack a hospital is ..."; not a finite subject clause
    elif trigger.tag_ not in {"NNS", "NN", "VBG"} or any(
            c.dep_ in {"det", "poss", "nummod", "predet"} for c in trigger.children):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in cop.subtree)


def _when_rule(verb: Token) -> bool:
    """Is ``verb`` the simple present of a "when"/"whenever" clause whose main clause states a rule or a habit ("when
    police arrest a minor, they must call the parents", "whenever rebels attack, the army retaliates")? A past
    ("when police arrested the man, he resisted") or a main clause with "will" ("when the president arrives, he
    will meet ...") tells one happening."""
    if verb.dep_ != "advcl" or verb.sent.start == 0:
        return False
    if not any(c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "whenever"} for c in verb.children):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    # the present passive is as timeless as the active: "when one is killed, all of us lose"
    present_passive = verb.tag_ == "VBN" and aux and all(c.dep_ == "auxpass" and c.lower_ in {"is", "are", "am"} for c in aux)
    if not present_passive and (verb.tag_ not in {"VBZ", "VBP", "VB"} or aux):
        return False
    if verb.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    main = verb.head
    main_aux = [c.lower_ for c in main.children if c.dep_ in {"aux", "auxpass"}]
    if (main.tag_ in {"VBZ", "VBP"} and not main_aux) or (present_passive and main.tag_ == "VBN" and main_aux
                                                          and all(a in {"is", "are", "am"} for a in main_aux)):
        pass
    elif not (main.tag_ == "VB" and main_aux and main_aux[0] in {"must", "can", "may", "should"}):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


def _anyone_may(verb: Token) -> bool:
    """Is ``verb`` told under "can"/"may"/"must" of acts on anyone at all ("police can arrest anyone who breaks the
    curfew", "guards may search whoever enters")? "Police can arrest him now" is about one man."""
    if verb.sent.start == 0 or not any(c.dep_ == "aux" and c.lower_ in {"can", "may", "must"} for c in verb.children):
        return False
    return any(c.dep_ in {"dobj", "ccomp"} and (c.lower_ in _ANYONE or any(w.lower_ == "whoever" for w in c.subtree))
               for c in verb.children)


def _someone_might(verb: Token) -> bool:
    """Is ``verb`` what any one of a kind of person may do, told with "may", "might", "can" or "could" of a subject with
    "a" or "an" ("A personal injury attorney might review the case and suggest seeking damages")? Advice or a
    possibility for anyone, no happening; "a soldier may have been killed" (a hedged past) and "the attorney may
    appeal" (one person) are not such."""
    if verb.dep_ == "conj" and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "might review the case and suggest seeking damages": the first verb's auxiliary and subject
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not any(a.lower_ in {"may", "might", "can", "could"} for a in aux) or any(a.lemma_.lower() == "have" for a in aux):
        return False
    if verb.dep_ in {"ccomp", "parataxis"} or any(c.dep_ in {"ccomp", "parataxis"} and c.i > verb.i for c in verb.children):
        return False  # "a gunman could strike again, police warned": a warning's content
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.tag_ == "NN" and s.ent_type_ == "" and (is_person(s) or s.lemma_.lower() in _ADVISED)
               and any(d.dep_ == "det" and d.lower_ in {"a", "an", "any"} for d in s.children) for s in subjects)


# people advice is written for or about, besides the person nouns of the lexicon: "an attorney might review the case"
_ADVISED = frozenset({"attorney", "lawyer", "employer", "employee", "parent", "family", "landlord", "tenant", "patient", "doctor",
                      "consumer", "customer", "owner", "buyer", "seller", "investor", "applicant", "defendant", "plaintiff",
                      "homeowner", "borrower", "lender", "insurer", "motorist", "pedestrian", "cyclist", "user"})


#: what a rule says of a kind of act: "attacking churches is prohibited", "killing civilians is a crime"
_FORBIDDING = frozenset({"prohibit", "forbid", "ban", "outlaw", "illegal", "unlawful", "forbidden", "prohibited", "banned", "sin",
                         "crime", "haram", "criminal", "punishable", "allow", "permit", "legal", "lawful"})


def _forbidden_kind(trigger: Token) -> bool:
    """Is the trigger, or the phrase it is in, a kind of act that a present clause forbids or allows ("attacking
    churches, whether by demolition, bombing or killing those inside, is prohibited in Islamic law", "killing
    civilians is a crime")? A rule, no happening; "the attack on the church was illegal" (one attack, in the past) is
    not such a kind."""
    t = trigger
    for _ in range(6):
        if t.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass"}:
            break
        if t.head.lemma_.lower() in _FORBIDDING and ((t.dep_ == "advcl" and t.tag_ == "VBG" and t.i < t.head.i) or (
                t.dep_ in {"advcl", "prep"} and not any(c.dep_ in {"csubj", "csubjpass", "nsubj", "nsubjpass"} for c in t.head.children))):
            break  # a subject the parser hung on the rule as a clause: "Attacking churches, ..., is prohibited"
        if t.dep_ not in {"conj", "pobj", "prep", "advcl", "dobj", "appos"} or t.head.i == t.i:
            return False
        t = t.head
    else:
        return False
    if t.dep_ in {"nsubj", "nsubjpass"} and not (t.tag_ == "VBG" or (t.pos_ == "NOUN" and not any(
            c.dep_ in {"det", "poss", "nummod"} for c in t.children))):
        return False  # "the attack on the church was illegal": one attack
    if t.dep_ == "prep" and t.head.lemma_.lower() in _FORBIDDING and t.lower_ != "by":
        return False  # "banned in 2009": when or where, not what
    rule = t.head
    words = [rule, *[c for c in rule.children if c.dep_ in {"acomp", "attr", "oprd"}]]
    if not any(w.lemma_.lower() in _FORBIDDING or w.lower_ in _FORBIDDING for w in words):
        return False
    aux = [c for c in rule.children if c.dep_ in {"aux", "auxpass"}] + ([rule] if rule.lemma_ == "be" else [])
    return not any("Past" in a.morph.get("Tense", []) for a in aux) and rule.tag_ != "VBD"


def _kinds_one_can(verb: Token) -> bool:
    """Is ``verb`` what can or cannot be done to a kind of thing ("they can seize your house but they can't seize a motel
    room", "can poison hormone levels in fish"): an ability, no act? Its "can" (not "could", a past or a possibility),
    every object is yours or any of a kind, and the one who can is "they", "you", "we" or any of a kind; "police can
    arrest him now", "the army can take the city", "Hamas can fire rockets at Tel Aviv" stay."""
    w = verb
    while not any(c.dep_ == "aux" for c in w.children) and w.dep_ == "conj" and w.head.pos_ in {"VERB", "AUX"}:
        w = w.head  # "can poison or disrupt hormone levels": the modal of the first verb
    if not any(c.dep_ == "aux" and c.lower_ in {"can", "ca"} for c in w.children):
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objs and verb is not w:
        objs = [c for c in w.children if c.dep_ in {"dobj", "obj"}]  # "poison or disrupt hormone levels"
    if not objs and any(c.dep_ == "conj" and c.i > verb.i for c in verb.children):
        objs = [o for c in verb.children if c.dep_ == "conj" for o in c.children if o.dep_ in {"dobj", "obj"}]
    subj = [c for c in w.children if c.dep_ == "nsubj"]
    if not objs or not subj or not all(c.lower_ in {"they", "you", "we", "one", "people"} or _a_kind(c) for c in subj):
        return False  # "Hamas can fire rockets at Tel Aviv": what a named side can do is a warning, told as such
    return all(any(c.dep_ == "poss" and c.lower_ == "your" for c in o.children) or _a_kind(o) for o in objs) and not any(
        t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"now", "today", "tonight"} for t in w.subtree)


def _a_kind(head: Token) -> bool:
    """Is the noun ``head`` any member of a kind, not one the text has in view: a bare plural ("migrants") or a singular
    with "a"/"an" ("plays a police officer who arrests his own son"); not "the migrants", "three men", "his son", a
    name or a place."""
    if head.ent_type_ in {"ORG", "GPE", "FAC"} or any(
            c.dep_ in {"poss", "nummod", "quantmod", "appos"} or (c.dep_ in {"amod", "compound"} and c.pos_ == "PROPN")
            for c in head.children):
        return False
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    if head.tag_ == "NNS":
        return not dets
    return head.tag_ == "NN" and dets in (["a"], ["an"])


# adjectives that single a head out of a kind by what it has not done: "the only country that has not ratified ..."
_SINGLING_OUT = frozenset({"only", "last", "few", "sole", "lone", "single"})


def _negated_description(verb: Token) -> bool:
    """Is ``verb`` a negated relative clause in the present or the present perfect that describes its head ("the only
    country that has not ratified the amendments", "a player who does not sign autographs")? Such a clause tells
    what the one it describes is, not a refusal or an act called off; a past ("the country that did not sign the
    accord on Monday") or a main clause ("Russia has not ratified the amendments") is the act, negated; so is a clause
    set off by a comma ("Hamas, which has not released the hostages, ..."), one on a named or definite head ("the
    suspect who has not ...") and a passive ("who has not been charged")."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    head = verb.head
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text in {",", "(", "-", "–", "—"}:
        return False  # "Hungary, which has not ratified ...": a clause added about one the text has in view
    if not (_a_kind(head) or any(c.dep_ == "amod" and c.lower_ in _SINGLING_OUT for c in head.children)):
        return False  # "the suspect who has not ...", "Israel that has not ...": a named or definite actor
    if head.pos_ in {"PROPN", "PRON"} or head.ent_type_ in _PLACE_ENTS | {"PERSON"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "auxpass" for c in aux):
        return False  # "who has not been charged": what was (not) done to the one described is the act, negated
    if any(c.tag_ == "VBD" or c.tag_ == "MD" for c in aux) or verb.tag_ == "VBD":
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return False
    return any(c.lower_ in {"has", "have", "does", "do"} for c in aux)


# speech acts told in the present are the news style of a report ("critics call him a stooge", "officials allege")
_SPEECH_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
# subjects that name anyone at all: "you", "anyone", "people"
_ANYONE = frozenset({"you", "anyone", "anybody", "everyone", "everybody", "people", "whoever"})


def _bare_plural(subj: Token) -> bool:
    """Is ``subj`` a kind, not a group the text has in view: a bare plural ("rebels", "young men"), "you", "anyone"?"""
    if subj.lower_ in _ANYONE:
        return True
    if subj.tag_ != "NNS" or subj.ent_type_:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod", "relcl", "acl", "appos"}
                   for c in subj.children)


def _generic_present(verb: Token, trigger: Token) -> bool:
    """Is ``verb`` a simple present told of a kind of actor, with no date: "rebels kidnap foreigners for ransom",
    "you arrest whoever breaks the rule"? A present with a named or counted subject ("the rebels hold the town",
    "Police arrest four men" in a headline, "three soldiers die") or a date of its own stays.
    """
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_.lower() in {"be", "have"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() != "do" for c in verb.children):
        return False
    if verb.i == verb.sent.start or verb.sent.start == 0:
        return False  # the article's first line is its headline, told in the present
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not _bare_plural(subj) or trigger.i in {t.i for t in subj.subtree}:
        return False  # "additional charges stem from the raid": the event named as the subject of a state
    if any(c.ent_type_ in {"DATE", "TIME"} for c in verb.subtree if c.head.i == verb.i or c.head.head.i == verb.i):
        return False
    if _habit_cue(verb):
        return True  # "gunmen often attack convoys on this road", "in Mali, rebels routinely kidnap foreigners"
    if any(c.dep_ == "dobj" and (_definite(c) or c.like_num or c.lower_ in _QUANTITIES) for c in verb.children):
        return False  # "police arrest four men", "residents protest the closure", "police arrest dozens": one act
    if any(c.dep_ in {"amod", "compound"} and (c.ent_type_ in _PLACE_ENTS or c.pos_ == "PROPN") for c in subj.children):
        return False  # "Israeli jets strike targets", "French troops kill jihadists": a headline's named actor
    return not any(t.ent_type_ in _PLACE_ENTS for t in verb.subtree if t.i not in {s.i for s in subj.subtree})
    # "workers strike at car plants across Germany", "police arrest dozens as protests spread across Iran": a place
    # (or a named body) makes the present a headline's one happening; with no habit cue that is news


# adverbs that make a simple present a habit: "gunmen often attack convoys", "rangers routinely fine campers"
_HABIT_ADVERBS = frozenset({"often", "usually", "routinely", "regularly", "always", "frequently", "typically", "generally",
                            "sometimes", "rarely", "seldom", "never", "commonly", "normally", "traditionally", "habitually",
                            "customarily", "occasionally", "repeatedly", "constantly"})
# objects that count a crowd: "police arrest dozens" is one act
_QUANTITIES = frozenset({"dozens", "hundreds", "thousands", "scores", "millions", "tens"})
# entities that anchor a present to one happening: a country, a place, a people, a named body
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})


# adjectives that say how common a kind of act is: "bombings at clinics have become so common"
_HOW_COMMON = frozenset({"common", "commonplace", "routine", "frequent", "rare", "widespread", "rampant", "familiar", "usual",
                         "endemic", "everyday"})


def _common_kind(trigger: Token) -> bool:
    """Is the plural event noun ``trigger`` a kind of act said to be common or rare ("arson and bombings at clinics have
    become so common", "kidnappings remain rare"): a kind, not a happening?"""
    if trigger.tag_ != "NNS":
        return False
    subj = trigger
    while subj.dep_ == "conj" and subj.head is not subj:
        subj = subj.head  # "arson and bombings": the first conjunct is the subject
    if subj.dep_ != "nsubj" or subj.head.lemma_.lower() not in {"be", "become", "remain", "grow", "get"}:
        return False
    if _in_view(trigger) or _in_view(subj):
        return False  # "protests against the mayor have become common": one campaign against one in view
    return any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in _HOW_COMMON for c in subj.head.children)


def _habitual_progressive(verb: Token) -> bool:
    """Is ``verb`` a present progressive told as a habit ("these children are, for the most part, breaking into homes",
    "police are routinely stopping drivers")? "Police are stopping drivers on the bridge" is news."""
    if verb.tag_ != "VBG":
        return False
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head  # "breaking into homes, assaulting people and stealing cars"
    if any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} and c.lemma_.lower() == "be" for c in first.children):
        heads = [first]
    elif first.dep_ == "advcl" and first.head.lemma_.lower() == "be" and first.head.tag_ in {"VBZ", "VBP"}:
        heads = [first, first.head]  # "these children are, for the most part, breaking into homes" (the parser hangs it on "are")
    else:
        return False
    for v in heads:
        if any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in _HABIT_ADVERBS for c in v.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(o.lower_ == "part" and any(m.lower_ == "most" for m in o.children)
                                                               for o in c.children) for c in v.children):
            return True  # "for the most part"
    return False


def _habit_cue(verb: Token) -> bool:
    """Does the simple present ``verb`` carry a cue of habit of its own: an adverb of frequency ("often", "routinely"),
    "every"/"each" time ("every year", "each time they march"), "whenever", or an object that is anyone at all
    ("arrest whoever breaks the curfew", "fine anyone who lights a fire")?"""
    for c in verb.children:
        if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in _HABIT_ADVERBS:
            return True
        nouns = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ == "npadvmod" else []
        if any(d.dep_ == "det" and d.lower_ in {"every", "each"} for n in nouns for d in n.children):
            return True  # "every year", "on each visit"
        if c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ == "whenever" for m in c.children):
            return True
        if c.dep_ in {"dobj", "ccomp"} and (c.lower_ in _ANYONE or any(w.lower_ == "whoever" for w in c.subtree)):
            return True
    return False


def _definite(noun: Token) -> bool:
    """Does ``noun`` name things the text has in view: a name, "the"/"this"/"his" ..., or a number ("four men")?"""
    if noun.pos_ in {"PROPN", "PRON"} and noun.lower_ not in _ANYONE:
        return True
    return any(c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ not in {"a", "an", "any", "some", "no"})
               or c.pos_ == "PROPN" for c in noun.children)


def _governing(verb: Token) -> list[Token]:
    """``verb`` and the verbs whose clause it completes: "have resisted attempts to *inspect*" gives inspect and
    resisted; "had met in 2003 to *sign*" gives sign and met. A reported or relative clause is a clause of its own:
    the climb stops there."""
    out = [verb]
    t = verb
    for _ in range(6):
        if t.dep_ in {"ccomp", "relcl", "parataxis", "csubj", "conj", "ROOT"} or t.head.i == t.i:
            break
        if t.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            break  # "after they had met in 2003, they signed": a time clause dates only itself
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            out.append(t)
    return out


def _old_year(verb: Token, pub_year: Optional[int]) -> bool:
    """Does ``verb`` carry a year of its own before the report's year ("had met in 2003")?"""
    if pub_year is None:
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "during", "on"}:
            for o in c.subtree:
                if _YEAR.match(o.text) and int(o.text) < pub_year and o.head.i != verb.i:
                    return True
    return False


# modals of an assessment: what would, could or might come of something ("the money would provide tax credits")
_ASSESSING_MODALS = frozenset({"would", "could", "might", "may", "can", "'d"})


def _assessed(verb: Token) -> bool:
    """Is ``verb`` the main clause of its sentence told under a modal of assessment ("the deal would strengthen",
    "that is something all Americans can support")? Not "will" or "should" (a plan, a call), not a clause a
    reporting verb governs ("said it would retaliate": a threat reported)."""
    if verb.dep_ not in {"ROOT", "conj"} or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "neg" for c in verb.children) or any(c.lemma_.lower() == "have" for c in aux):
        return False  # "would not comment": a refusal told in the past; "would have triggered a riot": the text's own counterfactual
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "the hostages could be freed", "dozens may be arrested": an act on someone, its doer left unsaid
    return any(c.lower_ in _ASSESSING_MODALS for c in aux)


def _xcomp_top(trigger: Token) -> Token:
    """The verb whose open complement chain holds the verb ``trigger``: "would like to *thank*" gives "like"; a noun
    stays itself (a modal of the clause a noun stands in is the assessment of another act)."""
    t = trigger
    while t.dep_ == "xcomp" and t.head.pos_ in {"VERB", "AUX"}:
        t = t.head
    return t


_OPENING_QUOTES = ('"', "“", "``", "'", "‘")
_CLOSING_QUOTES = {'"', "”", "''", "'", "’"}
# acts a speaker's words are themselves: kept in a quote fragment (guidelines, settling rule 3): appeal, demand,
# disapprove, reject, threaten; see _speaker_act for 03, 05 and 015
_EVALUATIVE_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# verbs whose open complement is an act pledged by the words themselves: "we promise to release", "we vow to rebuild"
_PLEDGING = frozenset({"promise", "pledge", "vow", "swear", "undertake", "guarantee", "commit"})


def _speaker_act(trigger: Token, code: str) -> bool:
    """Is the act of ``code`` at ``trigger`` one a speaker's words are themselves (settling rule 3)? An appeal, a
    demand, a judgement, a rejection, a threat, praise (051) or a claim of responsibility (015) always; an offer
    (03), an apology or a recognition (05) only as the quote's own verb ("we offer our full support", "we apologize
    to the families"), not as what a wish aims at ("we hope to cooperate")."""
    if code[:2] in _EVALUATIVE_ROOTS or code[:3] in {"015", "051"}:
        return True
    return code[:2] in {"03", "05"} and trigger.dep_ in {"ROOT", "conj"}


def _quote_fragment(trigger: Token) -> bool:
    """Is the sentence of ``trigger`` a quotation cut from its say-verb: it opens with a quote mark and no words
    stand after the quote closes ("We cannot stop now!" with the speaker in the sentence before)?"""
    sent = trigger.sent
    if sent.start == 0 or not sent.text.lstrip().startswith(_OPENING_QUOTES):
        return False  # the first line is the headline
    words = [t for t in sent if not t.is_space]
    if len(words) > 1 and "\n" in sent.doc[words[0].i: words[1].i].text_with_ws[len(words[0].text):]:
        return False  # a quote mark closing the sentence before, cut off by a line break
    closing = [i for i, t in enumerate(words) if i > 0 and t.text in _CLOSING_QUOTES]
    if not closing:
        return True  # the quote runs on into the next sentence
    return all(t.is_punct for t in words[closing[0] + 1:])


def _unbound_verb(trigger: Token) -> bool:
    """Is ``trigger`` a verb told with no past, progressive, perfect or "will" in its open-complement chain: a wish, a
    view or a rule in the speaker's present ("we hope to normalise relations", "we negotiate everything")? "We
    will arrest them", "they are still investigating" and "they fought" are acts."""
    if trigger.pos_ not in {"VERB", "AUX"} or trigger.dep_ in {"amod", "acl"}:
        return False
    t: Optional[Token] = trigger
    while t is not None:
        if t.i != trigger.i and t.lemma_.lower() in _PLEDGING:
            return False  # "we promise to release the hostages": a pledge, like "we will release"
        if t.tag_ in {"VBD"} or t.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in t.children):
            return False
        for c in t.children:
            if c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBD" or c.lower_ in {"will", "shall", "'ll", "has", "have", "had", "'ve"}
                                                or c.lemma_.lower() == "be" and t.tag_ == "VBG"):
                return False
        t = t.head if t.dep_ in {"xcomp", "ccomp", "conj"} and t.head.i != t.i else None  # "will identify, arrest"
    return True


# nouns of a span of time that "every"/"each" makes a recurrence: "every 48 hours", "each day", "every weekend"
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "morning", "evening", "afternoon", "week", "weekend",
                         "fortnight", "month", "year", "season", "summer", "winter", "spring", "autumn", "time"})


def _timed_habit(verb: Token) -> bool:
    """Is ``verb`` told in the present (simple, progressive or passive, with no modal, perfect or past) with an adjunct of
    its own that makes it recur: "every"/"each" and a span of time ("all cattle are being inspected every 48 hours",
    "trucks are checked at the border each day", "the council meets every month")? That is a routine, not one
    happening. A past ("police checked every car on Monday"), a perfect ("have protested every day since May": a
    bounded series), "every" on an object ("are searching every house") or a clause with a date of its own ("this
    week") is news."""
    if verb.sent.start == 0:
        return False  # the headline, told in the present
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ in {"MD", "VBD"} or a.lemma_.lower() == "have" for a in aux):
        return False
    if verb.tag_ == "VBN":
        if not any(a.dep_ == "auxpass" for a in aux) or not any(a.tag_ in {"VBZ", "VBP"} for a in aux) or any(
                c.dep_ == "agent" for c in verb.children):
            return False  # only a present passive with no agent ("are checked", "are being inspected")
    elif verb.tag_ not in {"VBZ", "VBP"}:
        return False  # a past, or a progressive ("jets are bombing the town every night": a campaign under way)
    spans = []
    for c in verb.children:
        nouns = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ in {"npadvmod", "advmod", "dobj"} else []
        spans += [n for n in nouns if n.lemma_.lower() in _TIME_UNITS
                  and any(d.dep_ == "det" and d.lower_ in {"every", "each"} for d in n.children)]
    if not spans:
        return False
    inside = {t.i for n in spans for t in n.subtree}
    return not any(t.ent_type_ in {"DATE", "TIME"} and t.i not in inside for t in verb.subtree)


_PERMITTING = frozenset({"allow", "permit", "authorize", "authorise", "entitle", "empower"})


def _anyone_to(verb: Token) -> bool:
    """Is ``verb`` an infinitive whose own subject is anyone at all ("grounds for any student to be suspended", "it is
    illegal for anyone to sell alcohol")? That tells a rule. A negated clause ("did not allow any journalist to
    enter") tells an act refused, and a subject the text has in view ("for the two men to be freed") an act.
    "Any" + noun tells a rule only in a frame of one: after a noun or an adjective ("grounds for", "a crime for"), a
    copula or a verb of permitting ("the rules allow any player to be sent off"); the content of an appeal or an
    order ("called for any detained journalists to be released", "ordered any captured rebels to be freed") is the
    act asked for (settling rule 32)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    if subj.lower_ not in {"anyone", "anybody", "whoever"}:
        if not any(d.dep_ == "det" and d.lower_ == "any" for d in subj.children):
            return False
        frame = verb.head
        if frame.i != verb.i and frame.pos_ in {"VERB", "AUX"} and frame.lemma_.lower() not in _PERMITTING | {"be"}:
            return False
    return not any(c.dep_ == "neg" or c.lower_ in {"no", "never", "nobody"} for t in [verb, *verb.ancestors] for c in t.children)


def _undergone_blow(trigger: Token) -> bool:
    """Is the "strike" at ``trigger`` a blow someone or something underwent, told in the passive ("she was struck by a
    car", "died after being struck by lightning", "horses struck down by the virus")? A strike or a boycott (14) is
    something workers or parties do; what "was struck" is hit, not struck by workers. The active ("dockers struck for
    a week") and a boycott in the passive ("the vote was boycotted by the opposition") stay."""
    if trigger.lemma_.lower() != "strike" or trigger.tag_ != "VBN":
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in trigger.children)
    return passive or trigger.dep_ in {"acl", "amod"}  # "horses struck down by the virus": a reduced passive
