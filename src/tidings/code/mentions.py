"""Mention records: the events of a parsed doc, coded with a :class:`~tidings.code.context.CodingContext`.

:func:`events_from_doc` turns the event candidates of a parsed doc
(:func:`tidings.code.events.find_events`) into one :class:`tidings._types.Event`
record per (source, target) pair, each with exactly one mention: actors
resolved, modality, cited source, status (:mod:`tidings.code.status`), date
and place, every field traced to character offsets of the document's clean
text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any, Iterator, Mapping, Optional, cast

from spacy.tokens import Doc, Span, Token

from .._ids import document_id
from .._types import Actor, CitedSource, DateInfo, Document, Event, Location, Mention, Modality
from ..knowledge import norm
from ._doc_cache import doc_lemmas, doc_text, page_words, span_text, tokens_by_text
from ._event_lexicon import cameo_type, instrument_nouns, is_person, is_vessel
from ._event_support import (
    attribution_for,
    event_date_for,
    event_location_for,
    evidence_for,
    host_government,
    modality_for,
    narrative_date_for,
    resolve_actor,
    tense_of,
)
from ._no_actor import own_session
from ._sentence_kind import non_event_reason
from .actors import _FOREIGN_WHO, _NOT_HOME, document_actors
from .confidence import PUBLIC_SECTORS, document_features, keep_confident
from .confidence import features as confidence_features
from .context import CodingContext
from .events import _WAR_WORDS, GUNFIRE_VERBS, ActorRef, EventCandidate, find_events, planners, with_sentence_before
from .headlines import headlines
from .modality import _DEFINITE, MODAL_PREDICATES, analyse_modality, appeal_infinitive, characterised, counterfactual_fact, dropped_charge, foiling_words, plan_of
from .status import mention_status
from .time import BASIS_NARRATIVE, act_day, own_date, report_day

__all__ = ["events_from_doc", "code_prepared_doc", "DOCUMENT_KEY"]

DOCUMENT_KEY = "tidings.document"


def _event_id(document: str, cand_start: int, code: str, source: Optional[Actor], target: Optional[Actor]) -> str:
    def side(actor: Optional[Actor]) -> str:
        return f"{actor.get('start')}:{actor.get('code') or actor.get('name')}" if actor else "-"

    key = "|".join([document, str(cand_start), code, side(source), side(target)])
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})


def _pairs(cand: EventCandidate, max_pairs: int) -> list[tuple[Optional[ActorRef], Optional[ActorRef]]]:
    sources, targets = cand.sources, cand.targets
    if cand.symmetric and len(sources) >= 2:
        # "Thailand and Cambodia held talks on their border dispute": what two sides talk about is no third side
        doc = cand.sentence.doc
        targets = [t for t in targets if not (doc[t.token_i].dep_ == "pobj" and doc[t.token_i].head.lower_ in _TOPIC_PREPS)]
    nobody: list[Optional[ActorRef]] = [None]
    pairs: list[tuple[Optional[ActorRef], Optional[ActorRef]]]
    if cand.symmetric and not targets and len(sources) >= 2:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    else:
        pairs = [(s, t) for s in (sources or nobody) for t in (targets or nobody)]
    return pairs[:max_pairs]


def _contrasted_span(doc: Doc, ref: Optional[ActorRef]) -> Optional[tuple[int, int]]:
    """The span of the actor a phrase sets aside ("Houthi fighters, not Iranian forces" -> "Iranian forces")."""
    if ref is None or ref.fixed or not (0 <= ref.token_i < len(doc)):
        return None
    tok = doc[ref.token_i]
    neg = [c for c in tok.children if c.dep_ == "neg" and c.i > tok.i]
    if not neg:
        return None
    for a in tok.children:
        if a.dep_ in {"appos", "conj"} and a.i > neg[0].i:
            lo = next((t for t in doc[a.left_edge.i : a.i + 1] if not t.is_punct and t.dep_ != "neg"), a)
            return lo.idx, a.idx + len(a.text)
    return None


_POSSIBILITY_MODALS = {"may", "might", "could"}


def _modal_future(verb: Token) -> bool:
    """'might hold', 'could meet': a possibility modal on a bare event verb (not 'may have met', 'may be meeting')."""
    if getattr(verb, "tag_", "") != "VB" or verb.pos_ != "VERB" or verb.lemma_ in {"be", "have"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not aux or not all(a.lower_ in _POSSIBILITY_MODALS for a in aux):
        return False
    return not (all(a.lower_ == "could" for a in aux) and _relative_of_past_clause(verb))


def _relative_of_past_clause(verb: Token) -> bool:
    """Is ``verb`` in a relative clause on a noun of a clause in the simple past ("a period of review followed the
    announcement, in which the public could comment")? Its "could" is then what was possible then, not a forecast."""
    if verb.dep_ != "relcl":
        return False
    tok = verb.head
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"}:
            return tok.tag_ == "VBD"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: verbs that grant another time or leave to act: their infinitive is not the purpose of a done act
_GRANTING = frozenset({"give", "allow", "grant", "offer", "permit", "leave"})


def _forecast_purpose(verb: Token, modality: Modality, ctx: CodingContext) -> bool:
    """'plan to launch rallies on April 9 to demand his resignation', 'will send a team to investigate': a purpose
    infinitive whose only future cue is its own "to", on a verb that is forecast (not negated, not conditional)."""
    future = [c for c in modality.get("cues", []) if c.get("label") == "future"]
    if not future or not all(c.get("irrealis") for c in future) or set(modality.get("labels", [])) - {"future", "reported"}:
        return False
    if not (verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    head = verb.head
    if head.i == verb.i or head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in _GRANTING:
        return False
    governing = analyse_modality(verb.doc, head.i, lexicon=ctx.claims)
    labels = set(governing.get("labels", []))
    return not labels & {"negated", "conditional", "question", "hedged"} and any(
        c.get("label") == "future" and c.get("forecast") for c in governing.get("cues", []))


def _past_purpose(verb: Token, modality: Modality) -> bool:
    """'flew to Oman to discuss the crisis', 'has dispatched agents to investigate the bombings', 'was providing funds to
    assist Zimbabwe': a purpose infinitive of a past act (simple past, past progressive or present perfect), its only
    future cue."""
    future = [c for c in modality.get("cues", []) if c.get("label") == "future"]
    if not future or not all(c.get("irrealis") for c in future):
        return False
    head = getattr(verb, "head", None)
    if head is None or not (getattr(verb, "dep_", "") == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    if head.lemma_.lower() in _GRANTING:
        return False  # "gave the relatives until Tuesday to sign": what the other may still do, no purpose carried out
    if appeal_infinitive(verb, head):
        return False  # "called on Moscow to withdraw its troops": the act asked for, hung as an adverbial, is no purpose done
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if head.tag_ == "VBD":
        return True
    if head.tag_ == "VBG" and auxes and all(a.lower_ in {"was", "were"} for a in auxes):
        return True  # "was providing 9 million euros to assist Zimbabwe": a past act under way
    # "has sent", "have dispatched": a perfect with no modal or future auxiliary ("will have sent")
    return head.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxes) and not any(a.tag_ == "MD" for a in auxes)


def _same(a: Optional[Actor], b: Optional[Actor]) -> bool:
    return a is not None and b is not None and a.get("start") == b.get("start") and a.get("end") == b.get("end") and a.get("code") == b.get("code")


#: The press as a body: a meeting or call with them is a news conference.
_PRESS = frozenset({"reporters", "reporter", "journalists", "journalist", "press", "media", "newsmen", "correspondents", "newspapers"})
# meetings and visits often join people of two countries: a person the knowledge does not know takes no
# country from the article there ("Zorblat Vexmoor met Xi Jinping in Beijing"); in promises, praise,
# agreements and material cooperation (03, 05, 06) only when the other side is of another country
# ("Zorblat Vexmoor signed a deal with Xi Jinping"), not with a local one ("Mrs Pearson praised the youngsters")
_ENCOUNTER_ROOTS = {"04"}
_DEALING_ROOTS = {"03", "05", "06"}


def _abroad(actor: Optional[Actor]) -> Optional[Actor]:
    """``actor`` without the article's country when it is an unknown person who took it from the document."""
    if actor is None or actor.get("kind") != "person" or actor.get("sector") or actor.get("country_from") != "document":
        return actor
    return _unplaced(actor)


def _unplaced(actor: Actor) -> Actor:
    """``actor`` without the country the document lent it."""
    out = cast(dict[str, Any], actor.copy())
    for key in ("country", "code"):
        out[key] = None
    out.pop("country_from", None)
    return cast(Actor, out)


def _foreign_to(actor: Optional[Actor], other: Optional[Actor]) -> bool:
    """Is ``other`` of a country, and another than ``actor``'s?"""
    return actor is not None and other is not None and bool(other.get("country")) and other.get("country") != actor.get("country")


_IRREGULAR = {"REB", "INS", "UAF", "CRM", "SEP"}
#: armed movements that fight a state's forces in the field (insurgents' and gunmen's attacks are often terror)
_ARMED_REBELS = {"REB", "SEP"}
#: the sides whose attack on an army is armed force: armies, states, movements and no one named (settlers, criminals
#: and gunmen attacking soldiers assault them)
_ARMED_SIDES = {None, "MIL", "GOV", "REB", "SEP", "INS", "PRM", "SPY", "IGO"}
#: the posts of an army a movement attacks ("attacked the garrison", "an attack on the air base")
_MILITARY_POST = re.compile(r"\b(?:garrison(?!\s+towns?\b)|base|barracks|airbase|outpost|checkpoint|fort)s?\b", re.I)
_LAW = {"COP", "JUD", "SPY"}
_STATE_FORCES = {"GOV", "MIL", "COP", "JUD", "SPY"}
# people one is captured as by the law
_WANTED = frozenset({"fugitive", "suspect", "escapee", "convict", "gunman", "killer", "murderer", "robber", "criminal", "smuggler", "trafficker"})


#: verbs of putting a ruler out: by soldiers a coup (190), by a parliament or a party a removal from office (172)
_UNSEATING = frozenset({"overthrow", "topple", "oust", "depose", "remove", "push", "force"})


#: the votes a ruler is put out in: "ousted in a no-confidence vote", "removed by an impeachment"
_VOTES = frozenset({"vote", "ballot", "motion", "impeachment", "election", "referendum", "poll", "polls", "recall", "censure"})


def _unseated_by_a_vote(cand: EventCandidate) -> bool:
    """Is the unseating verb told with the vote it was done in ("was ousted in a no-confidence vote", "toppled by a
    censure motion", "removed from office after an impeachment vote")?"""
    v = cand.sentence.doc[cand.trigger_i]
    return any(o.lemma_.lower() in _VOTES for p in v.children if p.dep_ in {"prep", "agent"} and p.lower_ in {"in", "by", "after", "through", "via"}
               for o in p.children if o.dep_ == "pobj")


def _pirates(actor: Optional[Actor]) -> bool:
    """Is the actor pirates or hijackers ("Somali pirates", "the hijackers")?"""
    words = str((actor or {}).get("text") or "").lower().split()
    return bool(words) and words[-1].rstrip("'s") in {"pirate", "hijacker", "brigand"}


def _vessel_taken(cand: EventCandidate) -> bool:
    """Is what the verb takes a vessel or people ("seized a Saudi supertanker", "a trawler seized by pirates", "board a
    vessel", "seized the crew")?"""
    doc = cand.sentence.doc
    v = doc[cand.trigger_i]
    taken = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    if v.dep_ in {"relcl", "acl"}:
        taken.append(v.head)
    return any(is_vessel(t) or is_person(t) for t in taken)


#: offences done with no force, which a soldier or a state does as anyone does (no armed attack)
_UNARMED_OFFENCES = frozenset({"espionage", "spying", "spy", "treason", "sedition", "subversion", "bribery", "smuggling",
                               "laundering", "extortion", "racketeering", "perjury", "obstruction", "evasion", "fraud",
                               "embezzlement", "embezzle", "defraud", "swindle", "theft", "steal", "larceny", "abuse",
                               # bribes taken, paid or asked ("soldiers at the checkpoint took bribes")
                               "take", "accept", "receive", "solicit", "pay", "offer", "demand", "bribe", "misappropriate"})


def _by_sides(cand: EventCandidate, source: Optional[Actor], target: Optional[Actor] = None) -> str:
    """The code as its sides make it: an attack by an army, by rebels or on an army is conventional force (CAMEO 190),
    not an assault (180)."""
    code = cand.code
    sector = source.get("sector") if source is not None else None
    if code == "190" and cand.entry is not None and cand.entry.lemma == "raid" and sector in {None, "CRM", "CVL"} and (
            _shop_hit(cand) or _smash_and_grab(cand)):
        return "180"  # "a smash-and-grab raid on a Paris jewellery store": a robbery (settling rule 8), no military raid
    if code == "190" and cand.entry is not None and cand.entry.lemma == "raid" and (sector in _LAW or _civil_officials(source) or (source is None and (
            _premises(cand) or _law_raid(cand) or _raid_of_the_law(cand) or _raid_arrests(cand)))):
        return "170"  # a police raid coerces, and so does a search of offices or homes by no named force; an army's raid fights
    if code[:3] == "171" and cand.entry is not None and cand.entry.lemma in {"seize", "board", "capture", "commandeer", "take"} \
            and (sector == "CRM" or _pirates(source)) and _vessel_taken(cand):
        return "181"  # "pirates seized a Saudi supertanker": a hijacking, no property confiscated
    if code.startswith("16") and _occasion_called_off(cand):
        return "172"  # "many public events have been cancelled": an occasion called off restricts people (settling rule 25),
        #               no relations cut
    if code[:2] == "19" and cand.entry is not None and cand.entry.lemma in {"occupy", "occupation"} and (_crowd(source) or (
            _building_held(target) and (source.get("sector") in _UNARMED_OCCUPIERS if source is not None else
                                        page_words(cand.sentence.doc, _WAR_TERMS, _war_words) < _WAR_PAGE_WORDS)) or (
            source is None and _crowd_subject(cand))):
        return "141"  # "protesters occupied the City Hall", "anarchists have occupied the Labour Center": a sit-in protest
    if code in {"173", "181"} and cand.entry is not None and cand.entry.lemma in {"nab", "snatch", "grab"} and not _person_taken(cand):
        return "180"  # "Paris thieves nab $2.5 million worth of jewellery": what is taken is no person; a theft
    if code[:2] == "14" and cand.nominal and cand.entry is not None and cand.entry.lemma == "protest" and \
            cand.sentence.doc[cand.anchor_i].lemma_.lower() in _LODGING:
        return "114"  # "India lodged a formal protest with Pakistan": an official complaint, no demonstration
    if code[:2] == "14" and cand.nominal and cand.entry is not None and cand.entry.lemma == "protest" and (
            _diplomatic_protest(cand) or _state_s_protest(cand)):
        # "the protest came a day after Jakarta recalled its ambassador", "drew a protest from Beijing": a state's complaint
        return "114"
    if code == "190" and not cand.nominal and cand.entry is not None and cand.entry.lemma in _UNSEATING and (
            cand.entry.prep == "from" or cand.entry.objects) and (
            source is not None and sector not in {"MIL", "PRM"} | _IRREGULAR and not _crowd(source)):
        return "172"  # "parliament ousted the president", "the party removed him from power": a removal from office, no coup
    if code == "190" and not cand.nominal and cand.entry is not None and cand.entry.lemma in _UNSEATING and source is None and \
            _unseated_by_a_vote(cand):
        return "172"  # "Rajoy was ousted in a parliamentary no-confidence vote": a vote removes from office, no coup
    if code[:2] == "14" and not cand.nominal and cand.entry is not None and cand.entry.lemma == "march" and (
            sector in {"MIL", "PRM"} | _IRREGULAR - {"CRM"}):
        # "rebel fighters marched through the capital": a show of armed force; "ready to march on Banjul": an advance
        v = cand.sentence.doc[cand.trigger_i]
        return "190" if any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in v.children) else "150"
    if code in {"113", "053"} and not cand.nominal and cand.entry is not None and cand.entry.lemma == "rally" and (
            _crowd(source) or _crowd_subject(cand) or _counted_people(cand)):
        return "141"  # "thousands rallied in Budapest against the media law", "hundreds rallied outside parliament" (a place the
        #               parser took for an object): a demonstration, no opposition or support rallied
    if code in {"190", "180"} and not cand.nominal and cand.entry is not None and cand.entry.lemma in _CROWD_RIOTING and _crowd(source):
        return "145"  # "demonstrators tried to storm parliament", "crowds pillaged shops", "youths looted shops": a riot
    if code == "143" and not cand.nominal and cand.entry is not None and cand.entry.lemma == "strike" and sector in _IRREGULAR | {"MIL", "PRM"}:
        return "190" if sector == "MIL" else "180"  # "the terrorists struck", "militants struck again": an attack, no work stoppage
    if code[:3] == "183" and cand.entry is not None and cand.entry.lemma in {"bomb", "bombing", "bombard", "bombardment"} and \
            source is not None and (source.get("sector") == "MIL" or _military_alliance(source) or (
                not cand.nominal and cand.sentence.doc[cand.trigger_i].tag_ in {"VBD", "VBZ", "VBP", "VB", "VBN"} and (
                    source.get("sector") == "GOV" or source.get("kind") == "country"))):
        return "195"  # "NATO bombed the Chinese embassy", "Washington bombed Iraq": a state's bombs fall from the air
    if code == "180" and source is not None and _military_alliance(source) and cand.entry is not None and cand.entry.lemma in _ARMED_ATTACKS:
        return "190"  # "the NATO attack on its embassy": an alliance's attack is armed force
    if code == "180" and source is not None and (source.get("sector") == "MIL" or _state_attacker(cand, source)) and not (
            cand.entry is not None and cand.entry.lemma in _UNARMED_OFFENCES):
        return "190"  # "Iraq attacked Jordan", "an Iraqi attack on Jordan": a state's attack is its armed force
        # (a colonel convicted of spying, an officer of fraud: no force used)
    if code in {"180", "190", "193"} and not cand.nominal and cand.entry is not None and cand.entry.lemma in {"fire", "shoot", "open"} and (
            sector in {"MIL", "COP"} and _head_word(target) in _FIRED_ON_CROWDS and not _armed_by_its_words(target)
            and not _armed_crowd_fired_on(cand)):
        # "troops fired on a crowd of students", "police shoot into a crowd of unarmed monks", "soldiers fired live rounds
        # into crowds": a state's forces firing on a crowd repress it (175), no battle
        return "175"
    if code == "051" and cand.entry is not None and cand.entry.lemma in {"back", "support", "arm", "sponsor"} and target is not None and (
            target.get("sector") in {"REB", "INS", "SEP", "PRM"}) and source is not None and (
                sector in {"GOV", "MIL", "SPY"} or source.get("kind") == "country") and _movement_backed(cand):
        return "072"  # "Rwanda denied backing M23", "rebels backed by Uganda": a state's backing of an armed movement is
        #               military aid
    if code == "180" and cand.entry is not None and cand.entry.lemma == "attack" and (
            (sector in _ARMED_REBELS and target is not None and (target.get("sector") in {"MIL", "COP"} or _MILITARY_POST.search(
                target.get("text") or "") or _post_attacked(cand))) or (
                target is not None and target.get("sector") == "MIL" and sector in _ARMED_SIDES)):
        # "Polisario attacked Moroccan positions", "accused the TPLF of attacking federal army bases", "guerrillas
        # attacked the garrison": rebels' attacks on a state's forces or posts, and attacks on an army, are armed force
        # (an attack told with no target, or on a town, a village, a bus or a church, stays an assault)
        return "190"
    if code == "182" and cand.nominal and cand.entry is not None and cand.entry.lemma == "fight" and sector in _STATE_FORCES | _IRREGULAR - {"CRM"}:
        return "190"  # a fight between armies or rebels is fighting; a fight between people is an assault
    if code == "073" and cand.entry is not None and cand.entry.lemma == "rescue" and _rescue_from_captors(cand, sector):
        return "0841"  # "S. Korean commandos rescue all 21 crew of hijacked freighter": captives freed by force, no relief
    if code[:3] == "182" and cand.entry is not None and cand.entry.lemma == "assault" and (
            sector in {"MIL", "PRM"} | _IRREGULAR - {"CRM"} or (source is not None and (
                source.get("kind") == "country" or _military_alliance(source))) or (source is None and _military_assault(cand))):
        return "190"  # "troops launched a fierce assault on Douma", "rebels assaulted the town": an armed force's assault is
        #               fighting; a person's assault on another is an assault (182)
    if code in {"190", "193"} and not cand.nominal and cand.entry is not None and cand.entry.lemma in GUNFIRE_VERBS and (
            sector in {"CVL", "CRM", "UAF", "BUS", "EDU", "HLH"} or (sector is None and source is not None and source.get("kind") == "person")):
        # "a former employee opened fire at the party", "gunmen opened fire on worshippers": a private person's or unnamed
        # gunmen's shooting is unconventional violence (the gold's "armed men opened fire on a police station" is 180 with
        # alt 19); small-arms fighting (193) is between forces, police or soldiers firing (settling rule 11)
        return "180"
    if code in {"190", "193"} and not cand.nominal and source is None and cand.entry is not None and cand.entry.lemma == "fire" and \
            _shots_fired_by_no_one(cand):
        return "180"  # "how many shots were fired", "the bullet that killed him was fired": a shooting by someone unnamed is an
        #               assault, as the gold's "gunshots were fired at an FBI agent"; small-arms fighting is between forces
    if code == "173" and source is not None and source.get("sector") in _IRREGULAR:
        return "181"  # "captured by a Khmer Rouge faction": armed groups and criminals abduct, they do not arrest
    if code == "181" and cand.nominal and cand.entry is not None and cand.entry.lemma == "capture" and (
            sector in _STATE_FORCES or any(cand.sentence.doc[t.token_i].lemma_.lower() in _WANTED for t in cand.targets)):
        return "173"  # "the suspect's capture by police", "the fugitive's capture": the state arrests, it does not abduct
    if code == "181" and not cand.nominal and cand.entry is not None and cand.entry.lemma == "seize" and sector in _LAW:
        return "173"  # "police seized two suspects at the border": the law arrests
    if code[:3] == "140" and not cand.nominal and cand.entry is not None and cand.entry.lemma == "protest" and (
            sector in _STATE_FORCES or (source is not None and source.get("kind") == "country")):
        return "114"  # "the foreign ministry protested the arrest of its citizens": a state's complaint, no demonstration
    if code == "144" and cand.entry is not None and cand.entry.lemma in {"block", "barricade"} and sector in _STATE_FORCES - {"JUD"}:
        return "191"  # "soldiers blocked the road to the airport", "police blocked the entrance": the state restricts movement
    if code == "191" and cand.entry is not None and (_crowd(source) or (cand.entry.lemma == "blockade" and (
            sector in {"CVL", "LAB", "OPP", "PTY", "EDU", "AGR"} or (source is None and _strike_day(cand))))):
        return "144"  # "villagers set up a blockade of the mine road", "farmers' blockade", "protesters besieged the embassy":
        #               a protest that obstructs, no state's restriction of movement
    if code[:3] == "172" and cand.nominal and cand.entry is not None and cand.entry.lemma == "shutdown" and (
            sector in {"LAB", "OPP", "PTY"} or _crowd(source) or _strike_day(cand)):
        return "143"  # "the union called a national shutdown": a general strike, no restriction imposed
    if code == "116" and not cand.nominal and cand.entry is not None and cand.entry.lemma == "fine" and source is not None \
            and sector != "JUD" and not _judging(source):
        return "172"  # "the electoral institute fined the party", "the European Commission fined Google": a regulator's
        #               penalty restricts (guidelines, section 2: 172); a court's or a judge's fine is its sentence (116)
    if code[:2] == "19" and cand.entry is not None and cand.entry.lemma in _STREET_FIGHTS and _street_fight(source, target) and \
            not _ARMED_FIGHT.search(cand.sentence.text):
        # ("their supporters have been fighting a bloody war", "supporters with heavy artillery": armed)
        return "145"  # "clashes between police and students", "riot police fought running battles with protesters",
        #               "clashes between Morsi's supporters and opponents": a crowd's fight is a riot, no armed force
    if code == "180" and source is None and cand.entry is not None and cand.entry.lemma == "attack" and (
            target.get("sector") in _WAR_SIDES or target.get("kind") == "country" if target is not None
            else not _attack_on_someone(cand)) and \
            not _unarmed_attack(cand) and page_words(cand.sentence.doc, _WAR_TERMS, _war_words) >= _WAR_PAGE_WORDS:
        return "190"  # "the attacks began while Gbagbo was abroad", "warned that an attack could be imminent", in a report of
        #               a war: an attack no one is named for is the war's armed force, not an assault
    return code


#: buildings a sit-in holds ("occupied the legislature", "the occupation of the ministry"), by the last word of their
#: phrase or a legislature's sector
_HELD_BUILDINGS = frozenset({"legislature", "parliament", "building", "buildings", "office", "offices", "embassy", "campus",
                             "chamber", "ministry", "headquarters", "hall", "yuan", "assembly", "station", "studio", "studios"})
#: who holds a building in a sit-in: people of civil life, students, parties, unions, staff
_UNARMED_OCCUPIERS = frozenset({"CVL", "EDU", "OPP", "PTY", "LAB", "MED", "BUS", "HLH", "REL", "NGO"})


def _building_held(target: Optional[Actor]) -> bool:
    """Is ``target`` a building a sit-in can hold (a legislature, offices, a campus)?"""
    return target is not None and (target.get("sector") == "LEG" or _last_word(target) in _HELD_BUILDINGS)


#: words of a fight between sides that a crowd on either side makes a riot
_STREET_FIGHTS = frozenset({"clash", "fight", "battle", "brawl", "skirmish", "fighting", "scuffle"})


#: words of a fight fought with arms or in a war, whoever its sides are
_ARMED_FIGHT = re.compile(r"\b(?:artillery|tanks?|guns?|gunfire|gunmen|rifles?|rockets?|mortars?|grenades?|machine[- ]guns?|"
                          r"militias?|militiamen|wars?|shelling|armed|weapons|fighters)\b", re.IGNORECASE)


def _street_fight(source: Optional[Actor], target: Optional[Actor]) -> bool:
    """Is a fight between ``source`` and ``target`` a crowd's: an unarmed crowd on one side ("protesters",
    "supporters", "students") and a crowd, the police or no one named on the other?"""
    def crowd(a: Optional[Actor]) -> bool:
        return a is not None and _crowd(a) and not _armed_by_its_words(a)

    def police_or_crowd(a: Optional[Actor]) -> bool:
        return a is None or crowd(a) or a.get("sector") == "COP"

    return (crowd(source) and police_or_crowd(target)) or (crowd(target) and police_or_crowd(source))


#: words of a war between armed forces: a report that uses four of them tells an attack no one is named for as armed
#: force (190); a report of a crime or a bombing has none or one of them. (Narrower than ``events._WAR_WORDS``, two of
#: which tell an armed strike from a labour one: "army", "tanks", "positions" and "offensive" have other senses.)
_WAR_TERMS = re.compile(r"\b(?:troops|soldiers|armed forces|artillery|shelling|front[ -]?lines?|warplanes?|air ?strikes?|"
                        r"battalions?|cease-?fires?|truces?|rebels?|insurgents?|guerrillas?|separatists?|militias?)\b",
                        re.IGNORECASE)
_WAR_PAGE_WORDS = 4


def _war_words(terms: "re.Pattern[str]", text: str) -> int:
    """How many different war words the text uses, each counted once however it is spelt ("front line" and
    "frontline", "cease-fire" and "ceasefire", a plural with its singular)."""
    return len({re.sub(r"[ -]", "", m.group(0).lower()).rstrip("s") for m in terms.finditer(text)})


def _attack_on_someone(cand: EventCandidate) -> bool:
    """Does the attack ``cand`` name whom it was made on though no side was found for it ("the attack on him", "he was
    attacked outside his home", "the attack on Mumbai")?"""
    t = cand.sentence.doc[cand.trigger_i]
    return any(p.dep_ == "prep" and p.lower_ in {"on", "against"} and any(o.dep_ == "pobj" for o in p.children) for p in t.children) \
        or any(c.dep_ in {"dobj", "nsubjpass"} for c in t.children)


#: the sides such an attack is made on: an army or an armed movement (an embassy or a ministry attacked is not the war's
#: front)
_WAR_SIDES = frozenset({"MIL", "REB", "SEP", "INS", "PRM"})
#: what makes an attack no armed force: a device or a weapon of a private assault, a terrorist's, an illness
_UNARMED_ATTACK_WORDS = frozenset({"knife", "acid", "sexual", "cyber", "heart", "panic", "asthma", "terrorist", "terror", "suicide",
                                   "car", "bomb", "grenade", "arson", "shark", "dog", "bear", "hacker", "ransomware", "verbal",
                                   "personal", "racist", "homophobic", "antisemitic", "anti-semitic", "mob", "hate", "gun", "machete",
                                   "axe", "ied", "phishing", "denial-of-service", "ddos", "hacking", "malware", "elephant",
                                   "crocodile", "lion", "tiger", "snake", "wolf", "animal", "hippo", "leopard"})


def _unarmed_attack(cand: EventCandidate) -> bool:
    """Is the attack ``cand`` told as of no armed force ("a knife attack", "a suicide attack", "a heart attack")?"""
    word = cand.sentence.doc[cand.trigger_i]
    named = [c for c in word.children if c.dep_ in {"compound", "amod", "nmod", "poss"}]
    # "the September 11 attacks", "the 9/11 attacks", "the Mumbai attacks": an attack known by its name or day
    return any(c.lower_ in _UNARMED_ATTACK_WORDS or c.lemma_.lower() in _UNARMED_ATTACK_WORDS or c.ent_type_ or c.pos_ in {"PROPN", "NUM"}
               for c in named)


#: the armed ones who free captives: "commandos", "Navy SEALs", "special forces"
_RESCUERS = frozenset({"commando", "force", "navy", "seal", "sniper", "troop", "soldier", "marine", "sailor", "army", "military"})
#: words of captives held or their captors: a rescue of them frees captives
_CAPTIVE_WORDS = frozenset({"hostage", "hijacker", "kidnapper", "captor", "captive", "captivity", "abductor", "hijacked", "kidnapped",
                            "abducted"})


def _rescue_from_captors(cand: EventCandidate, sector: Optional[str]) -> bool:
    """Is a rescue the freeing of captives by an armed force (0841), not relief to people in danger (073): armed
    rescuers of hostages, captives or the crew of a hijacked ship?"""
    # the rescuers named before the verb ("S. Korean commandos rescue ...") or after "by" ("were rescued by Navy SEALs")
    words = [t for t in cand.sentence if t.i < cand.trigger_i or any(a.lower_ == "by" for a in t.ancestors)]
    armed = sector in {"MIL", "COP"} or any(t.lemma_.lower() in _RESCUERS for t in words)
    # the ones rescued are captives: "the hostages", "the crew of the hijacked tanker", "two aid workers held by kidnappers"
    v = cand.sentence.doc[cand.trigger_i]
    rescued = [x for c in v.children if c.dep_ in {"dobj", "nsubjpass"} for x in c.subtree]
    return armed and bool(_CAPTIVE_WORDS & ({t.lemma_.lower() for t in rescued} | {t.lower_ for t in rescued}))


#: words that make an assault one of arms: "the infantry assault", "a ground assault", "the final assault"
_ASSAULT_KINDS = frozenset({"infantry", "ground", "military", "armoured", "armored", "amphibious", "army", "tank", "artillery",
                            "rebel", "guerrilla", "insurgent"})
#: places whose assault is a battle for them: "an assault on the town", "the assault on the garrison"
_ASSAULTED_PLACES = frozenset({"town", "city", "village", "enclave", "stronghold", "garrison", "outpost", "barracks", "fortress"})


def _military_assault(cand: EventCandidate) -> bool:
    """Is the assault noun an armed force's with no side named: "the infantry assault", "an assault on the town", "the
    assault on the garrison"? Not "an assault on a woman", "the assault on the Capitol" (a building: a riot's), "a cyber
    assault on Estonia", "the final assault on the summit"."""
    word = cand.sentence.doc[cand.trigger_i]
    if not cand.nominal or word.lemma_.lower() != "assault":
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _ASSAULT_KINDS for c in word.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ in {"on", "against"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _ASSAULTED_PLACES for o in p.children) for p in word.children)


#: verbs of taking that an election report uses of a state's or a district's votes ("Biden captured Michigan")
_STATES_WON = frozenset({"capture", "take", "seize", "grab", "win", "sweep", "flip", "carry"})
#: words of an election count: a state taken in a text with them is a state's votes won
_VOTE_COUNT_WORDS = frozenset({"election", "vote", "ballot", "electoral", "primary", "caucus", "candidate", "delegate", "voter",
                               "runoff", "run-off", "constituency", "landslide", "seat", "victory", "votes", "seats", "poll", "polls"})


def _state_won(doc: Doc, cand: EventCandidate, code: str, source: Optional[Actor], target: Optional[Actor]) -> bool:
    """Is a place taken (192) a state's or a district's votes won: a person or a party takes a named place, with the vote
    told in an in-phrase or a participle clause of the taking, in a text with no words of war or force ("Biden captured
    Michigan and Wisconsin, putting him over 270 electoral votes", "Labour took Glasgow as voters turned against the
    nationalists")? Not an armed side's ("rebels captured Goma"), not a state's ("Russia annexed Crimea"), not a
    conquest with a vote told apart ("Ortega captured Managua in 1979 and went on to win the 2006 election")."""
    if code[:3] != "192" or cand.nominal or cand.entry is None or cand.entry.lemma not in _STATES_WON:
        return False
    if source is None or (target is not None and target.get("kind") not in {"place", "country"} and not _capital_read_as_rulers(target)):
        return False
    if target is None and not any(o.ent_type_ in {"GPE", "LOC"} for o in doc[cand.trigger_i].children if o.dep_ == "dobj"):
        return False  # (a name the resolver does not know: "took the Western Cape")
    if not (source.get("kind") == "person" or source.get("sector") in {"PTY", "OPP"}) or source.get("sector") in _ARMED_TAKERS:
        return False
    # the vote told in the taking's own clause ("in the state election", "putting him over 270 electoral votes"; not
    # "Ortega captured Managua in 1979 and went on to win the 2006 election", a conquest and a later vote), in a text
    # with no war in it ("Kabila's men took Kinshasa" stays a conquest)
    v = doc[cand.trigger_i]
    clause = {t for c in v.children if (c.dep_ == "prep" and c.lower_ in {"in", "on", "during"})
              or (c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG") for t in c.subtree}
    voted = any((t.lemma_.lower() in _VOTE_COUNT_WORDS or t.lower_ in _VOTE_COUNT_WORDS)
                and not (t.dep_ == "compound" and t.head.lemma_.lower() in {"standoff", "crisis", "violence", "dispute"}) for t in clause)
    return voted and not doc_lemmas(doc) & _WAR_WORDS and not any(
        t.pos_ in {"NOUN", "PROPN", "ADJ"} and (t.lemma_.lower() in _FORCE_WORDS or t.lower_ == "forces") for t in doc)


#: words of force beside those of war (nouns, or "mutinous"): a place taken in their text is conquered, whatever vote it
#: tells of ("Gbagbo's loyalists seized Abidjan after the disputed election"; "the loss forced Romney to concede" is no force)
_FORCE_WORDS = frozenset({"gunman", "loyalist", "mutinous", "mutiny", "guerrilla", "war", "fighting", "insurgency", "junta"})


def _capital_read_as_rulers(target: Actor) -> bool:
    """Is the target a capital's name read as its government ("Kuala Lumpur", "Paris"), a place taken in an election?"""
    return target.get("kind") == "organisation" and target.get("sector") == "GOV" and str(target.get("text") or "")[:1].isupper() \
        and "government" not in str(target.get("text") or "").lower()


#: sectors of sides that take places by force, whoever leads them
_ARMED_TAKERS = frozenset({"MIL", "REB", "INS", "PRM", "SEP", "UAF", "COP"})


#: verbs of taking what can be a place ("seized Sanaa", "captured Aleppo", "overran the town")
_SEIZING = frozenset({"seize", "capture", "take", "overrun", "grab", "recapture", "retake"})
#: the last word of a name of a height or a pass that armies take ("Tiger Hill", "Elephant Pass")
_LANDFORM_NAMES = frozenset({"hill", "pass", "ridge", "heights", "mountain", "peak", "valley", "point", "fort", "island"})
#: titles an apposition gives a person: "Santos, a rebel spokesman", "Hassan, a senior rebel commander"
_PERSON_TITLES = frozenset({"spokesman", "spokeswoman", "commander", "leader", "chief", "student", "shepherd", "tourist", "nurse",
                            "bomb-maker", "militant", "member", "fighter", "official", "aide", "deputy"})
#: what an apposition calls a place taken: "Knin, the stronghold of rebel Serbs", "Kilinochchi, the rebels' capital"
_PLACE_APPOSITIONS = frozenset({"stronghold", "town", "city", "capital", "base", "enclave", "garrison", "outpost", "village",
                                "port", "bastion", "headquarters", "heartland", "hub", "crossroads", "district", "seat"})
#: the sides whose capture of a name is taken as a place's when the gazetteer knows it ("Croatian troops captured Knin")
_CONQUERING_SECTORS = frozenset({"MIL", "REB", "INS", "PRM", "SEP", "UAF"})


def _place_seized(doc: Doc, cand: EventCandidate, source: Optional[Actor], target: Optional[Actor], ctx: CodingContext, *,
                  offset: int, published: Optional[str]) -> bool:
    """Is what a seizure or an abduction takes a place the gazetteer knows (a town, a capital, a region: "seized
    Sanaa", whose name the parser may take for a person's; "captured Aleppo")? Not when the law takes it (a search of
    premises), nor a person, a vessel or goods."""
    if cand.entry is None or cand.entry.lemma not in _SEIZING or target is None:
        return False
    if source is not None and source.get("sector") in _LAW:
        return False
    start, end = target.get("start"), target.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    if target.get("kind") == "person":  # "Knin" read as a person's name
        armed = source is not None and source.get("sector") in _CONQUERING_SECTORS
        return _named_place_taken(doc, start - offset, end - offset, ctx, armed=armed)
    if target.get("kind") == "organisation" and _named_place_taken(doc, start - offset, end - offset, ctx, armed=False):
        return True  # "Tiger Hill" read as the outlet The Hill: a height's name
    span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
    if span is None or span.root.ent_type_ == "NORP" or span.root.pos_ in {"ADJ", "PRON"} or is_vessel(span.root):
        return False  # "a Thai fishing trawler seized by pirates": a people's word names the vessel's owners, no place
    if any(c.dep_ == "appos" and (is_person(c) or c.lemma_.lower() in _PERSON_TITLES) for c in span.root.children):
        return False  # "captured Santos, a rebel spokesman": a person the apposition names
    place = resolve_actor(doc, start - offset, end - offset, context=ctx, offset=0, date=published, as_agent=False)
    return place is not None and place.get("kind") in {"place", "country"}


def _named_place_taken(doc: Doc, start: int, end: int, ctx: CodingContext, *, armed: bool) -> bool:
    """Is the name taken, which the tagger read as a person's or a body's, a place: the name of a height or a pass
    ("recaptured Tiger Hill", "Elephant Pass"), or, when an armed side takes it, one word the gazetteer knows as a town
    that names no person in the text ("captured Knin"; not "captured Kovacevic" where "Milan Kovacevic" is named)?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.pos_ == "PROPN"]
    if len(words) >= 2 and words[-1].lower_ in _LANDFORM_NAMES:
        return True
    if not armed or len(words) != 1 or len(span) > 2:
        return False
    name = words[0]
    if any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].lower_ == name.lower_ for e in doc.ents):
        return False  # "Milan Kovacevic ... Kovacevic was seized": a person named in full before
    # the text itself uses the name as a place's: an apposition that names a place ("Knin, the stronghold of rebel
    # Serbs"), or the name after "in", "near", "outside", "around" or "into" elsewhere; a one-word name the gazetteer
    # knows is too often a person's ("seized Ali, a 12-year-old shepherd", "captured Santos, a rebel spokesman")
    placed = any(c.dep_ == "appos" and c.lemma_.lower() in _PLACE_APPOSITIONS for c in name.children) or any(
        t.lower_ == name.lower_ and t.i != name.i and t.dep_ == "pobj" and t.head.lower_ in {"in", "near", "outside", "around", "into"}
        for t in doc)
    return placed and ctx.gazetteer.resolve_place(name.text) is not None


#: days of a general strike that a blockade belongs to: "the hartal", "a general strike", "the bandh"
_STRIKE_DAYS = frozenset({"hartal", "bandh", "stayaway", "stay-away"})


def _strike_day(cand: EventCandidate) -> bool:
    """Does the sentence of a blockade name a general strike it belongs to ("road blockades during the hartal")?"""
    return any(t.lower_ in _STRIKE_DAYS or (t.lower_ == "strike" and any(m.lower_ == "general" for m in t.children))
               for t in cand.sentence)


def _judging(actor: Actor) -> bool:
    """Is the actor a court, a judge, a magistrate or a jury, whatever sector the knowledge gives it?"""
    return bool(set(str(actor.get("text") or "").lower().split()) & {"court", "judge", "magistrate", "jury", "tribunal", "justice"})


#: civil officials: a raid of theirs enforces the law ("Texas officials raided the ranch")
_CIVIL_OFFICIALS = frozenset({"official", "officials", "authorities", "authority", "agent", "agents", "inspector", "inspectors",
                              "investigator", "investigators"})
#: what a crowd does in a riot: storming a place, looting it
_CROWD_RIOTING = frozenset({"storm", "loot", "pillage", "plunder", "ransack"})
#: crowds whose storming of a place is a violent protest
_CROWDS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "youth", "youths", "crowd", "crowds", "mob",
                     "students", "supporters", "activists", "communists", "anarchists", "rioters", "marchers", "workers", "strikers",
                     "looters"})


#: words that make a crowd an armed one: "a crowd of rebels", "armed supporters"
_ARMED_CROWD = re.compile(r"\b(?:armed|rebels?|militants?|gunmen|fighters|insurgents|militiamen|guerrillas)\b", re.I)
#: a crowd a state's forces fire on: the crowds of :data:`_CROWDS` and the faithful gathered ("fired on a crowd of
#: students", "on monks and protesters", "on mourners"); supporters, activists, communists or workers as such are no
#: crowd fired on
_FIRED_ON_CROWDS = (_CROWDS - {"supporters", "activists", "communists", "anarchists", "workers", "youth"}) | {
    "mourners", "monks", "worshippers", "worshipers", "pilgrims"}


def _movement_backed(cand: EventCandidate) -> bool:
    """Is what the backing ``cand`` backs the movement itself ("backing M23", "rebels backed by Uganda"), not its
    demand, its proposal or a deal with it ("backed the rebels' demand", "supported the ceasefire with the rebels")?"""
    t = cand.sentence.doc[cand.trigger_i]
    backed = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
    if t.dep_ == "acl" and t.tag_ == "VBN":
        backed.append(t.head)  # "the rebels, backed by Rwanda"
    return bool(backed) and all(b.ent_type_ in {"ORG", "NORP", "GPE"} or b.pos_ == "PROPN" or b.lemma_.lower() in _MOVEMENTS
                                for b in backed)


#: words for armed movements and their fighters: "backing the rebels", "armed the militias"
_MOVEMENTS = frozenset({"rebel", "militia", "separatist", "insurgent", "guerrilla", "faction", "group", "movement", "fighter",
                        "paramilitary", "militiaman", "insurgency", "rebellion", "mujahideen", "contra", "contras"})


def _armed_by_its_words(actor: Optional[Actor]) -> bool:
    """Does the actor's own text call it armed ("a crowd of rebels", "armed supporters")?"""
    return bool(_ARMED_CROWD.search(str((actor or {}).get("text") or "")))


def _armed_crowd_fired_on(cand: EventCandidate) -> bool:
    """Does the phrase the firing hangs on name armed men ("fired on a crowd of rebels", "on a crowd of armed
    militants"), whatever the actor's own text keeps of it?"""
    t = cand.sentence.doc[cand.trigger_i]
    return any(_ARMED_CROWD.fullmatch(w.text) for p in t.children if p.dep_ in {"prep", "dobj"} for w in p.subtree)


def _post_attacked(cand: EventCandidate) -> bool:
    """Is what the attack ``cand`` is made on a military post by its head word ("attacked a Moroccan garrison", "an
    attack on the army's positions"), whatever actor the text gives it?"""
    t = cand.sentence.doc[cand.trigger_i]
    hit = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        o for p in t.children if p.dep_ == "prep" and p.lower_ in {"on", "against"} for o in p.children if o.dep_ == "pobj"]
    return any(_MILITARY_POST.fullmatch(h.lower_) or h.lemma_.lower() in {"position", "positions"} for h in hit)


def _head_word(actor: Optional[Actor]) -> str:
    """The last word of an actor's phrase before a place or time phrase ("protesters in Yangon" -> "protesters")."""
    words = str((actor or {}).get("text") or "").lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in {"in", "at", "near", "outside", "on", "from", "across"}), len(words))
    return words[cut - 1] if cut else ""


def _last_word(actor: Optional[Actor]) -> str:
    """The last word of an actor's phrase, lower-cased ("Texas officials" -> "officials"), "" for none."""
    words = str((actor or {}).get("text") or "").lower().split()
    return words[-1] if words else ""


def _civil_officials(source: Optional[Actor]) -> bool:
    """Is ``source`` a government's officials or agents by the words of its phrase ("Texas officials", "federal agents")?"""
    return source is not None and source.get("sector") == "GOV" and _last_word(source) in _CIVIL_OFFICIALS


def _crowd(source: Optional[Actor]) -> bool:
    """Is ``source`` a crowd by the head word of its phrase ("demonstrators", "200 communists", "hooded youths")?"""
    return _last_word(source) in _CROWDS


# the attack words a state's armed force is told by
_ARMED_ATTACKS = frozenset({"attack", "assault", "offensive", "incursion", "strike", "raid"})


def _military_alliance(source: Actor) -> bool:
    """Is the source a military alliance (NATO: CAMEO code ``IGOWSTNAT``)?"""
    return str(source.get("code") or "").endswith("NAT") and source.get("sector") == "IGO"


def _state_attacker(cand: EventCandidate, source: Actor) -> bool:
    """Is the source of an attack a state: a country named as one ("Iraq attacked Jordan"), or the people's adjective
    on the attack noun ("an Iraqi attack"), not a person or a group of them ("a Syrian man", "the Iraqis")?"""
    if source.get("sector") or not source.get("country") or cand.entry is None or cand.entry.lemma not in _ARMED_ATTACKS:
        return False  # "Iraqi atrocities" are no armed force
    if source.get("kind") == "country":
        return True
    doc = cand.sentence.doc
    if cand.nominal and any(c.dep_ == "compound" and c.lemma_.lower() in _NON_STATE_ATTACKERS for c in doc[cand.trigger_i].children):
        return False  # "a Somali pirate attack", "an Afghan militant attack": the people's adjective is the attackers', no state's
    return cand.nominal and source.get("kind") == "group" and any(
        doc[r.token_i].dep_ == "amod" and doc[r.token_i].head.i == cand.trigger_i for r in cand.sources)


# attackers named before an attack noun who are no state's forces
_NON_STATE_ATTACKERS = frozenset({"pirate", "militant", "rebel", "insurgent", "terrorist", "gang", "gunman", "bandit", "mob",
                                  "jihadist", "extremist", "guerrilla", "separatist", "criminal", "hacker"})


_PREMISES = {"office", "offices", "home", "homes", "house", "houses", "headquarters", "premises", "apartment", "flat", "building",
             "buildings", "residence", "warehouse", "compound"}


# what a raid by the law is named for: "an immigration raid", "a drug raid", "a police raid"
_LAW_RAIDS = frozenset({"immigration", "police", "drug", "drugs", "narcotics", "anti-drug", "fbi", "customs", "ice", "tax", "vice",
                        "anti-terror", "counterterrorism", "counter-terrorism", "sheriff", "swat", "dea", "enforcement"})


def _law_raid(cand: EventCandidate) -> bool:
    """Is the raid named for the law's business ("an immigration raid", "the police raid")?"""
    n = cand.sentence.doc[cand.trigger_i]
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in _LAW_RAIDS for c in n.children)


# the law's people and papers in a raid's sentence: "police witnessed ...", "the warrant for the original raid", "a Texas
# Ranger involved in the raid", "an FBI agent"
_RAID_LAW_WORDS = frozenset({"police", "policeman", "officer", "sheriff", "deputy", "trooper", "ranger", "agent", "fbi", "swat",
                             "warrant", "detective", "prosecutor", "investigator", "constable"})


def _raid_of_the_law(cand: EventCandidate) -> bool:
    """Is a raid that names no force of its own the law's: its sentence names the law's people or a warrant ("the warrant
    for the original raid", "during the raid, police found ..."), or an earlier sentence told the law raiding ("Police
    had raided the ranch in 2008. ... the call that spurred the raid")? A raid in a text of soldiers stays a fight."""
    doc = cand.sentence.doc
    if any(t.lemma_.lower() in _RAID_LAW_WORDS or t.lower_ in _RAID_LAW_WORDS for t in cand.sentence):
        return True
    for t in doc[: cand.sentence.start]:
        if t.lemma_.lower() == "raid":
            near = [c for c in t.children if c.dep_ in {"nsubj", "compound", "amod", "poss", "agent"}]
            near += [o for c in t.children if c.dep_ == "agent" for o in c.children]
            if any(n.lemma_.lower() in _RAID_LAW_WORDS or n.lower_ in _RAID_LAW_WORDS or n.lower_ in _LAW_RAIDS for n in near):
                return True
    return False


# the law's acts on people a raid ends in: "a raid on the store netted cocaine, and two men were arrested"
_RAID_CAPTURES = frozenset({"arrest", "detain", "charge", "apprehend", "handcuff", "indict"})
# words of armed forces in a text: a raid there is a fight (19), whoever the sentence names
_ARMED_WORDS = frozenset({"soldier", "troop", "army", "military", "militant", "rebel", "insurgent", "commando", "militia", "guerrilla",
                          "navy", "marine", "airstrike", "jet", "helicopter", "gunman", "gunmen", "fighter", "raider", "taliban",
                          "paratrooper", "forces", "war"})


def _raid_arrests(cand: EventCandidate) -> bool:
    """Does the raid's sentence tell someone arrested or charged ("a raid on the store netted cocaine, and two men were
    arrested")? A raid that ends in arrests is the law's (170)."""
    return any(t.lemma_.lower() in _RAID_CAPTURES and (t.pos_ == "VERB" or t.lemma_.lower() == "arrest") for t in cand.sentence)


def _idle_raid(doc: Doc, cand: EventCandidate, resolved: list[tuple[Optional[Actor], Optional[Actor]]]) -> bool:
    """Is a raid no act of a force: no one named raiding or raided, no word of the law (its people, a warrant, a law
    raid, arrests, premises searched), no armed force anywhere in the text and no harm to anyone in its sentence ("a
    midnight raid on the fridge", "the hosts launched a late raid down the left wing")? A raid of soldiers or of the
    police, or one that killed or wounded people, stays."""
    if cand.code != "190" or cand.entry is None or cand.entry.lemma != "raid":
        return False
    if any(s is not None or t is not None for s, t in resolved):
        return False
    if _premises(cand) or _law_raid(cand) or _raid_of_the_law(cand) or _raid_arrests(cand) or _harm_to_a_person(cand.sentence):
        return False
    if _raided_place(cand) or any(t.lemma_.lower() in _RAID_OUTCOMES for t in cand.sentence):
        return False  # "the village was raided at dawn", "two days after the raid, the hostages were freed"
    return not any(t.lemma_.lower() in _ARMED_WORDS or t.lower_ in _ARMED_WORDS for t in doc)


# what a force's raid takes or frees: "two days after the raid, the hostages were freed", "weapons were seized in the raid"
_RAID_OUTCOMES = frozenset({"hostage", "captive", "prisoner", "kidnapper", "rescue", "free", "release", "seize", "capture",
                            "confiscate", "weapon", "gun", "drug", "cocaine", "heroin", "suspect"})
# places people live or gather in that a raid attacks: "the village was raided at dawn"
_RAIDED_PLACES = frozenset({"village", "town", "city", "camp", "base", "district", "neighbourhood", "neighborhood", "settlement",
                            "outpost", "checkpoint", "market", "farm", "mosque", "church", "temple", "school", "hospital", "port",
                            "airport", "airfield", "border", "province", "region", "hideout", "hamlet", "slum", "prison", "jail",
                            "bank", "embassy", "ranch", "station", "mine"})


def _raided_place(cand: EventCandidate) -> bool:
    """Is what the raid hit a place (a village, a camp, a town, or a named place), or does its sentence place it in one
    ("not a single raid was reported in the city")?"""
    doc = cand.sentence.doc
    hit = [doc[r.token_i] for r in cand.targets]
    return any(t.lemma_.lower() in _RAIDED_PLACES or t.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} or t.pos_ == "PROPN"
               for t in hit) or any(t.lemma_.lower() in _RAIDED_PLACES or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in cand.sentence)


#: shops and banks a robbers' raid hits ("a raid on a jewellery store", "the bank raid")
_SHOPS = frozenset({"store", "shop", "jeweller", "jeweler", "jewellers", "jewelers", "boutique", "bank", "branch", "supermarket",
                    "showroom", "pharmacy", "casino", "mall"})


def _shop_hit(cand: EventCandidate) -> bool:
    """Is what the raid hit a shop or bank, by its on-phrase or a word before the raid ("a raid on a jewellery store",
    "the bank raid")?"""
    raid = cand.sentence.doc[cand.trigger_i]
    hit = [o for c in raid.children if c.dep_ == "prep" and c.lower_ in {"on", "at"} for o in c.children if o.dep_ == "pobj"]
    hit += [c for c in raid.children if c.dep_ == "compound"]
    return any(t.lemma_.lower() in _SHOPS for t in hit)


def _smash_and_grab(cand: EventCandidate) -> bool:
    """Is the raid named as a robbery's ("smash-and-grab raid", "jewel raid", "heist-style raid")?"""
    raid = cand.sentence.doc[cand.trigger_i]
    return any("grab" in c.lower_ or c.lemma_.lower() in {"jewel", "jewellery", "jewelry", "diamond", "cash", "robbery", "heist"}
               for c in raid.children if c.dep_ in {"compound", "amod"})


#: occasions one calls off: "the championships have been cancelled", "cancelled all public events"
_OCCASIONS = frozenset({"championship", "game", "match", "tournament", "race", "concert", "festival", "show", "fair", "parade",
                        "season", "league", "competition", "contest", "flight", "class", "event", "performance", "screening",
                        "premiere", "marathon", "gala", "gathering", "celebration", "ceremony", "service", "mass", "exam"})


#: what is fired in a shooting told in the passive
_SHOTS = frozenset({"shot", "shots", "gunshot", "gunshots", "bullet", "bullets", "round", "rounds"})


def _shots_fired_by_no_one(cand: EventCandidate) -> bool:
    """Is the verb a passive firing of shots or bullets with no one named who fired them ("shots were fired")?"""
    v = cand.sentence.doc[cand.trigger_i]
    fired = [c for c in v.children if c.dep_ == "nsubjpass"]
    if not fired and v.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in {"that", "which"} for c in v.children):
        fired = [v.head]
    agents = [c for c in v.children if c.dep_ == "agent"]
    return bool(fired) and not agents and all(f.lemma_.lower() in _SHOTS or f.lower_ in _SHOTS for f in fired)


def _occasion_called_off(cand: EventCandidate) -> bool:
    """Is what the verb calls off an occasion ("many public events have been cancelled"), not talks or ties?"""
    v = cand.sentence.doc[cand.trigger_i]
    called_off = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(called_off) and all(c.lemma_.lower() in _OCCASIONS for c in called_off)


def _crowd_subject(cand: EventCandidate) -> bool:
    """Is the subject of the verb a word for a crowd, even one the actor table does not know ("anarchist have occupied")?"""
    v = cand.sentence.doc[cand.trigger_i]
    doers = [c for c in v.children if c.dep_ == "nsubj"]
    holders = [v, v.head.head] if v.dep_ == "pobj" and v.head.lower_ == "under" else [v]  # "are under occupation by students"
    doers += [o for h in holders for p in h.children if p.dep_ in {"agent", "prep"} and p.lower_ == "by" for o in p.children
              if o.dep_ == "pobj"]
    return any(c.lower_ in _CROWDS or c.lower_ + "s" in _CROWDS for c in doers)  # "under occupation by students"


#: words of diplomacy, and of a crowd, in a text: a "protest" in a text of the first and none of the second is a state's
_DIPLOMATIC_WORDS = frozenset({"ambassador", "embassy", "envoy", "diplomat", "diplomatic", "chargé", "consul", "consulate",
                               "summon", "recall", "note"})
_CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "demonstration", "rally", "march", "crowd", "street",
                          "marcher", "activist", "banner", "placard", "police", "student", "worker"})


def _state_s_protest(cand: EventCandidate) -> bool:
    """Is the protest noun a state's own, named as its owner or in its from-phrase ("China's protest", "a protest from
    Beijing")? Not the protest a crowd of a nationality stages ("US and British activists staged a protest"), nor a
    place's protests ("Hong Kong's protests turned violent": a state's complaint is one)."""
    n = cand.sentence.doc[cand.trigger_i]
    owners = [c for c in n.children if c.dep_ == "poss" and n.tag_ == "NN"]
    owners += [o for p in n.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
    return any(o.ent_type_ == "GPE" for o in owners)


def _diplomatic_protest(cand: EventCandidate) -> bool:
    """Is the protest noun a state's complaint: a text that speaks of ambassadors, embassies and summonses and of no
    crowd ("The protest came a day after Jakarta recalled its ambassador")?"""
    lemmas = doc_lemmas(cand.sentence.doc)
    return bool(lemmas & _DIPLOMATIC_WORDS) and not lemmas & _CROWD_WORDS


#: verbs that lodge a complaint: a protest lodged is a diplomatic one
_LODGING = frozenset({"lodge", "file", "register", "deliver", "submit"})
#: words for a crowd told by its size ("thousands rallied", "hundreds of people marched")
_MULTITUDES = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "people", "residents", "citizens", "villagers"})


def _counted_people(cand: EventCandidate) -> bool:
    """Is the subject of the verb a crowd told by its size ("thousands", "hundreds of people", "some 5,000")?"""
    v = cand.sentence.doc[cand.trigger_i]
    return any(c.lower_ in _MULTITUDES or c.like_num for c in v.children if c.dep_ == "nsubj")


#: goods a thief takes ("nab $2.5 million worth of jewellery", "snatched a handbag")
_GOODS = frozenset({"worth", "jewellery", "jewelry", "jewel", "diamond", "gem", "watch", "cash", "money", "gold", "painting",
                    "car", "vehicle", "handbag", "purse", "bag", "wallet", "phone", "item", "goods", "loot", "haul"})


def _person_taken(cand: EventCandidate) -> bool:
    """Does an abduction verb take a person or a group, not goods (its object or passive subject)?"""
    v = cand.sentence.doc[cand.trigger_i]
    taken = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    return not taken or not all(t.lemma_.lower() in _GOODS or t.ent_type_ in {"MONEY", "QUANTITY"} for t in taken)


def _premises(cand: EventCandidate) -> bool:
    """Is what the raid hit a building (offices, homes, headquarters) rather than a place or a force?"""
    doc = cand.sentence.doc
    return any(doc[r.token_i].lower_ in _PREMISES for r in cand.targets)


def _alike(a: Optional[Actor], b: Optional[Actor]) -> bool:
    """Do ``a`` and ``b`` name the same actor (both missing counts as alike)?"""
    if a is None or b is None:
        return a is None and b is None
    return all(a.get(k) == b.get(k) for k in ("name", "kind", "country", "sector", "code"))


@dataclass
class _Facts:
    """What one event candidate says, beyond its actors: shared by its (source, target) pairs."""

    modality: Modality
    cited: Optional[CitedSource]
    status: str
    certainty: float
    negated: bool
    date: Optional[DateInfo]
    location: Optional[Location]
    stated: Optional[dict[str, Any]]  # when it was said: the reporting act's day when the text dates it, else the report's
    narrative: Optional[DateInfo] = None  # the day of the episode an event with no own date continues (basis "narrative")


# and coercion (17), more narrowly (:func:`_specific_coercion`)
_VIOLENT_ROOTS = {"09", "14", "17", "18", "19", "20"}
# acts of removal only a state does, told in the passive with no doer: "those who have been expelled"
_REMOVALS = frozenset({"expel", "deport", "evict"})


def _specific_coercion(n: Token, cand: EventCandidate) -> bool:
    """Is a coercion (17) with no actor one happening: a definite noun ("the crackdown", "these tit-for-tat expulsions",
    "the movement ban", "its ban"), or a removal in the passive ("those who have been expelled")?

    Not a kind of measure ("smoking bans are popular"), an indefinite one ("served a three-match ban", "a ban would
    hurt farmers"), a state ("remained in police custody"), a "hack" (a trick as often as an intrusion) nor harm with no
    doer ("churches were destroyed in the fire").
    """
    if not cand.nominal:
        return n.lemma_.lower() in _REMOVALS and any(c.dep_ in {"nsubjpass", "auxpass"} for c in n.children)
    if n.lemma_.lower() == "custody" or cand.code == "176":
        return False  # a state, not an act; a "hack" with no hacker named is as often a trick ("these ten kitchen hacks")
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in n.children)


_SPECIFIC_DETS = {"the", "a", "an", "this", "that", "these", "those"}
# violent nouns that name a state of affairs or a campaign rather than one happening
_OPEN_ENDED = {"war", "offensive", "invasion", "occupation"}
# nouns of a bounded series of happenings: "a string of burglaries", "a spate of attacks"
_SERIES = frozenset({"string", "series", "spate", "rash", "spree", "wave"})
_PROPERTY_CRIMES = frozenset({"theft", "burglary", "break-in", "robbery", "mugging", "larceny", "fraud", "shoplifting", "vandalism",
                              "arson", "stealing", "carjacking"})


def _specific_violence(doc: Doc, cand: EventCandidate) -> bool:
    """Is a weak violent event noun with no actor still one happening ("the attack", "a bomb blast", "Sunday's shooting")?

    Attacks, explosions and shootings are news whether or not the text names
    who did them; a bare plural or an uncounted noun ("attacks on aid
    workers are rising") stays generic.
    """
    if cand.code[:2] not in _VIOLENT_ROOTS:
        return False
    n = doc[cand.trigger_i]
    if cand.code[:2] == "17":
        return _specific_coercion(n, cand)
    if not cand.nominal:
        # a passive report of harm done to someone: "at least 82 were killed", "Slepian was shot"
        if cand.code[:2] == "18" and _one_on_one(doc, cand):
            return True
        return cand.code[:2] != "09" and any(c.dep_ in {"nsubjpass", "auxpass"} for c in n.children)
    if n.dep_ == "compound" and n.lemma_.lower() in _PLOTTED and n.head.lemma_.lower() in _PLOTS:
        return True  # "coup plans", "coup plotting", "a murder plot": one planned act (guidelines, settling rule 4)
    if n.lemma_.lower() in _OPEN_ENDED:
        return _one_war(n) or _a_war_told(n)
    if n.lemma_.lower() == "fighting" and _fighting_told(n):
        return True
    if n.dep_ == "pobj" and n.head.lower_ == "under":
        return True  # "the mayor is under investigation"
    if cand.code[:2] == "09" and n.dep_ == "pobj" and n.head.lower_ in _INQUIRY_PREPS:
        return True  # "lucid during questioning", "bailed pending further enquiries", "after three days of questioning"
    if cand.code[:2] == "14" and _specific_protest(n):
        return True
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _SERIES and n.lemma_.lower() in _PROPERTY_CRIMES:
        return True  # "a string of burglaries": a bounded series is one happening (guidelines, settling rule 8)
    if cand.code[:2] != "14" and any(doc[r.token_i].ent_type_ == "PERSON" for r in cand.targets):
        return True  # a named victim: "the shooting death of Dr. Barnet Slepian"
    # a compound makes an attack specific ("a bomb blast"), not a theft or a fraud ("identity theft", "card fraud")
    return any(c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ in _SPECIFIC_DETS)
               or (c.dep_ == "compound" and c.i < n.i and cand.code[:2] != "14" and n.lemma_.lower() not in _PROPERTY_CRIMES)
               for c in n.children)


# what a plotted act is planned in: "coup plans", "coup plotting", "a murder plot"
_PLOTS = frozenset({"plan", "plot", "plotting", "attempt", "bid", "conspiracy"})
# acts of political or criminal violence that are plotted (not "the team's attack plan")
_PLOTTED = frozenset({"coup", "assassination", "bombing", "bomb", "kidnapping", "kidnap", "murder", "hijacking", "terror"})
# a war's start or end told as one happening: "the outbreak of civil war", "reignited the civil war"
_WAR_EDGES = frozenset({"outbreak", "start", "beginning", "eruption", "end", "resumption"})
_WAR_VERBS = frozenset({"reignite", "start", "launch", "wage", "spark", "trigger", "resume", "declare", "end"})


def _one_war(n: Token) -> bool:
    """Is a war noun one war the text dates or tells the start or end of ("a five-day war last August", "the
    December 2013 outbreak of civil war", "it reignited the civil war"), not a named historical war ("the Six-Day
    War", "the Cold War") nor war in general ("war is hell", "a civil war would serve them")?"""
    if n.lemma_.lower() != "war" or n.tag_ != "NN" or n.text[0].isupper() or n.ent_type_:
        return False
    if any((c.dep_ == "prep" and c.lower_ in {"on", "of"}) or (c.dep_ == "compound" and c.pos_ != "PROPN") for c in n.children):
        return False  # "the war on drugs", "a war of words", "a price war", "the trade war"
    if any(c.ent_type_ == "DATE" and c.dep_ in {"npadvmod", "nmod"} for c in n.children) or any(
            c.dep_ == "amod" and "-" in c.text and c.text.split("-")[-1].lower() in {"day", "week", "month", "year"} for c in n.children):
        return True  # "a five-day war", "the war last August"
    edge = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" else None
    if edge is not None and edge.lemma_.lower() in _WAR_EDGES and any(
            c.ent_type_ == "DATE" or c.dep_ == "poss" or (c.dep_ == "prep" and any(o.ent_type_ == "DATE" for o in c.children)) for c in edge.children):
        return True  # "the December 2013 outbreak of civil war", "the country's outbreak of war" (not "the outbreak of war is a tragedy")
    return n.dep_ == "dobj" and n.head.lemma_.lower() in _WAR_VERBS and any(c.dep_ == "det" and c.lower_ in {"the", "a"} for c in n.children)


#: words before a war noun that make it war in general or a war of no arms: "a civil war would", "a price war"
_NOT_ONE_WAR = frozenset({"any", "another", "no", "every", "such", "future", "new", "possible", "total", "nuclear", "world"})


def _a_war_told(n: Token) -> bool:
    """Is a war, an offensive or an invasion one the text is about, told again as "the war", "the invasion", "the
    offensive" doing what a war does or done as a war is done, with an armed side named in its sentence or the one
    before: "the war, which began last August, has drawn in six armies", "the invasion followed weeks of rising
    tension", "the council voted to condemn the invasion", "gave the final approval for the offensive"? Not a war of
    another kind ("the war for talent", "the trade war", "the team's late offensive", "a charm offensive"), nor a war
    told as a topic or a judgement ("opposed the war", "debated the war", "the war is a video game", "the war was a
    disaster")."""
    if n.lemma_.lower() not in _WARS_TOLD or n.tag_ != "NN" or n.text[0].isupper() or n.ent_type_ not in {"", "DATE"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in n.children):
        return False
    if any((c.dep_ == "compound" and c.pos_ != "PROPN" and c.ent_type_ != "DATE") or c.dep_ == "poss" or c.lower_ in _NOT_ONE_WAR
           for c in n.children):
        return False  # "the trade war", "the charm offensive", "another war", "the team's offensive"
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against", "for", "by", "among", "as", "with", "between"} for c in n.children):
        return False  # "the war on drugs", "the war for talent", "the war between the two chipmakers"
    if any(c.dep_ == "prep" and c.lower_ == "of" and not any(o.ent_type_ in {"GPE", "LOC"} for o in c.children) for c in n.children):
        return False  # "the war of words", "the invasion of privacy" (not "the invasion of Kuwait")
    head = n.head.lemma_.lower()
    if n.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "mark" and c.lower_ in {"since", "after", "before", "until", "till", "when", "once"}
                                              for c in n.head.children):
        return False  # "shares have soared since the war began", "after the war ended": the war as a time
    done = (n.dep_ in {"nsubj", "nsubjpass"} and head in _WAR_COURSES) or (n.dep_ in {"dobj", "nsubjpass"} and head in _WARS_DONE) or (
        n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in {"approval", "order", "preparation", "plan"}) or any(
        c.dep_ == "relcl" and c.lemma_.lower() in _WAR_COURSES for c in n.children)
    if {t.lemma_.lower() for t in with_sentence_before(n.sent)} & _PESTS:
        return False  # "the invasion has destroyed their crops ... to kill the locusts": a plague, no army
    if n.lemma_.lower() == "invasion" and _invasion_judged(n) and _invaded_before(n):
        return True  # "Forces invaded the islands ... The British envoy called the invasion a violation of the Charter"
    return done and _armed_side_near(n)


#: verbs that tell an invasion as the happening it was: condemned, called a violation, foreseen, ordered, resisted
_INVASIONS_JUDGED = frozenset({"condemn", "denounce", "call", "describe", "foresee", "justify", "defend", "deplore", "criticize",
                               "criticise", "protest", "order", "launch", "lead", "command", "resist", "repel", "follow",
                               "precede", "be"})
#: words that make an invasion one only feared or planned
_INVASIONS_FEARED = frozenset({"feared", "possible", "potential", "planned", "threatened", "future", "imminent", "expected",
                               "new", "another", "second", "further", "any"})


def _invasion_judged(n: Token) -> bool:
    """Is "the invasion" ``n`` told as a happening someone judges, orders or resists ("called the invasion a blatant
    violation", "failed to foresee the invasion", "the invasion was a grave mistake"), not one feared or planned, a
    topic ("a documentary about the invasion") or a time ("since the invasion")?"""
    if n.dep_ not in {"dobj", "nsubj", "nsubjpass"} or n.head.lemma_.lower() not in _INVASIONS_JUDGED:
        return False
    if any(c.lower_ in _INVASIONS_FEARED for c in n.children) or any(c.dep_ == "aux" and c.lower_ in {
            "will", "would", "could", "might", "may", "'ll"} for c in n.head.children):
        return False  # "the feared invasion", "the invasion would be a disaster"
    return True


def _invaded_before(n: Token) -> bool:
    """Was a country or a place invaded by an armed side in a sentence before ``n``'s: "Argentine forces invaded the
    Falkland Islands", "the invasion of Kuwait by Iraqi troops", "Soviet troops invaded Czechoslovakia"? Then "the
    invasion" told again in the same text is that invasion, whatever is said of it ("called the invasion a violation",
    "failed to foresee the invasion")."""
    for t in n.doc[:n.sent.start]:
        lemma = t.lemma_.lower()
        if lemma == "invade" and t.pos_ == "VERB":
            places = [o for o in t.children if o.dep_ in {"dobj", "nsubjpass"}]
            doers = [s for s in t.children if s.dep_ == "nsubj"] + [a for c in t.children if c.dep_ == "agent" for a in c.children]
        elif lemma == "invasion" and t.pos_ == "NOUN":
            places = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
            doers = [m for m in t.children if m.dep_ in {"amod", "compound", "poss"}] + [
                a for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for a in c.children]
        else:
            continue
        if any(o.ent_type_ in {"GPE", "LOC"} or o.lemma_.lower() in _INVADED_PLACES for o in places) and any(
                d.ent_type_ in {"GPE", "NORP"} or d.lemma_.lower() in _ARMED_SIDE_WORDS or d.lower_ == "forces" for d in doers):
            return True
    return False


#: common nouns of what an army invades ("invaded the islands", "the invasion of the country")
_INVADED_PLACES = frozenset({"country", "island", "territory", "province", "region", "nation", "state", "republic", "kingdom", "city"})


#: pests and species whose "invasion" is a plague
_PESTS = frozenset({"locust", "pest", "insect", "species", "weed", "jellyfish", "rat", "mosquito", "beetle", "caterpillar"})


#: what a war told as a happening does: "the war has drawn in six armies", "the invasion followed weeks of tension"
_WAR_COURSES = frozenset({"begin", "start", "break", "erupt", "rage", "continue", "spread", "escalate", "kill", "displace",
                          "devastate", "intensify", "resume", "draw", "come", "follow", "claim", "destroy", "force", "drive",
                          "enter", "reach", "uproot", "leave", "sweep", "retake", "recapture", "capture", "take",
                          "seize", "push", "gain"})
#: what is done to a war told as a happening: "condemned the invasion", "launched the offensive", "to end the war"
_WARS_DONE = frozenset({"condemn", "denounce", "launch", "wage", "resume", "escalate", "intensify", "halt", "stop", "end", "start",
                        "begin", "press", "step", "mount", "spearhead", "lead", "command"})
#: words of armed sides: one in a war noun's sentence or the one before makes it a war of arms
_ARMED_SIDE_WORDS = frozenset({"troop", "soldier", "army", "rebel", "militia", "militant", "insurgent", "guerrilla", "fighter",
                               "separatist", "jihadist", "militiaman", "militiamen", "marine", "paratrooper", "commando", "tank",
                               "warplane", "artillery", "airstrike", "shelling"})


def _armed_side_near(n: Token) -> bool:
    """Is an armed side (troops, rebels, militias, forces, the military, tanks, warplanes) named in ``n``'s sentence or
    the one before, other than as a word that only describes something else ("the army chief", "a military budget")?"""
    return any(t.dep_ not in {"compound", "amod"} and (t.lemma_.lower() in _ARMED_SIDE_WORDS or (
        t.pos_ == "NOUN" and (t.lower_ == "forces" or t.lemma_.lower() == "military"))) for t in with_sentence_before(n.sent))


#: war nouns told again as one war by :func:`_a_war_told`
_WARS_TOLD = frozenset({"war", "invasion", "offensive"})


#: words that make fighting one spell of it: "heavy fighting", "fierce fighting", "renewed fighting"
_FIGHTING_KINDS = frozenset({"heavy", "fierce", "intense", "sporadic", "renewed", "ethnic", "bitter", "fresh", "factional",
                             "tribal", "sectarian", "deadly", "bloody", "pitched", "house-to-house", "close-quarters"})
#: what fighting does when it is told as a happening: "fighting broke out", "fighting raged", "fighting continued"
_FIGHTING_TOLD = frozenset({"break", "erupt", "rage", "continue", "flare", "resume", "intensify", "spread", "escalate", "kill",
                            "displace", "force", "drive", "subside", "ease", "end"})
#: places fighting is told in with a common noun: "fighting in the town", "fighting around the airport"
_FOUGHT_IN = frozenset({"town", "city", "village", "province", "region", "area", "district", "capital", "border", "camp", "airport",
                        "port", "valley", "mountain", "hill", "countryside", "north", "south", "east", "west"})


def _fighting_told(n: Token) -> bool:
    """Is the noun "fighting" one spell of fighting, told with its kind, its course or its place, with an armed side
    named in its sentence or the one before: "heavy fighting broke out in the capital", "fighting was continuing
    around Kabinda", "after two weeks of sporadic fighting", "ethnic fighting in Ituri"? Not fighting in general
    ("fighting is no answer"), nor fighting within, over, among or for something, nor on a pitch."""
    told = any(c.dep_ == "amod" and c.lower_ in _FIGHTING_KINDS for c in n.children) or (
        n.dep_ in {"nsubj", "nsubjpass"} and n.head.lemma_.lower() in _FIGHTING_TOLD) or any(
        p.dep_ == "prep" and p.lower_ in {"in", "around", "near", "outside", "across", "at"} and any(
            o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in _FOUGHT_IN for o in p.children) for p in n.children)
    if any(p.dep_ == "prep" and p.lower_ in {"over", "within", "among", "for", "on"} for p in n.children):
        return False  # "fierce fighting within the coalition", "over the estate", "for the nomination", "on the pitch"
    return told and _armed_side_near(n)


def _one_on_one(doc: Doc, cand: EventCandidate) -> bool:
    """Does someone assault a person the sentence names ("Durr hit him", "the group attack the pair", "he punched
    a woman")? One act of violence between people, whoever they are."""
    if any(c.like_num for c in doc[cand.trigger_i].children):
        return False  # a score: "our team beat them 3-1"
    return bool(cand.sources) and any(is_person(doc[r.token_i]) for r in cand.targets)


# prepositions that place an inquiry in a case ("during questioning", "pending investigation")
_INQUIRY_PREPS = frozenset({"during", "after", "pending", "following"})
# who protests, when that names one campaign of protests: "opposition protests", "anti-government rallies"
_PROTESTERS = frozenset({"opposition", "street", "mass", "nationwide", "student", "antigovernment", "pro-democracy",
                         "worker", "workers", "farmer", "farmers"})


def _specific_protest(n: Token) -> bool:
    """Is a protest noun with no actor one campaign of protests ("opposition protests next month", "rallies calling for his return",
    "a series of protests beginning on April 9", "protests around the country")?"""
    if any(c.dep_ == "det" and c.lower_ in {"any", "no", "every", "each"} for c in n.children):
        return False  # "any rally held after sunset": a kind of rally, not one
    if any(c.ent_type_ == "DATE" for c in n.children):
        return True
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _SERIES:
        return True
    if any(c.dep_ in {"amod", "compound"} and (c.lower_.startswith("anti") or c.lower_ in _PROTESTERS) for c in n.children):
        return True
    if any(c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in {"VBG", "VBN"} for c in n.children):
        return True  # "rallies calling for the return of Elian", "protests held in Seoul"
    if n.dep_ == "nsubj" and n.head.lemma_.lower() in _UNFOLDING:
        return True  # "as protests spread", "protests against the mine escalated": protests under way
    if any(c.dep_ == "amod" and c.lower_ in {"violent", "deadly", "bloody"} for c in n.children):
        return True  # "violent protests in the capital"
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _SPANS_OF_DAYS and any(
            c.dep_ == "nummod" or c.like_num for c in n.head.head.children):
        return True  # "after three weeks of protests", "11 days of mass protests"
    return any(c.dep_ == "prep" and c.lower_ in {"around", "across"} and any(o.ent_type_ in {"GPE", "LOC"} or o.lemma_.lower() in {
        "country", "nation", "city", "capital"} for o in c.children) for c in n.children)  # "protests around the country"


#: verbs of protests under way: "as protests spread", "protests escalated"
_UNFOLDING = frozenset({"spread", "swell", "escalate", "erupt", "grow", "intensify", "rage", "flare", "spiral", "mount",
                        "continue", "persist", "widen", "engulf", "rock", "sweep", "paralyse", "paralyze"})
#: spans protests are counted in: "three weeks of protests"
_SPANS_OF_DAYS = frozenset({"day", "week", "month", "hour", "night"})


# nouns of meetings and agreements that name one happening when the sentence places another act around them:
# "at a summit in September", "after the talks", "in a conversation", "the signing of the accord"
_ENCOUNTER_NOUN_ROOTS = {"04", "05"}
_ANCHOR_PREPS = {"after", "before", "at", "in", "following", "ahead"}


def _specific_encounter(doc: Doc, cand: EventCandidate) -> bool:
    """Is a weak meeting or agreement noun with no actor one happening the text anchors another act to?

    "He warned Putin at a summit in September", "the statement issued after the
    talks", "the signing of a 10-year program": the noun names a specific
    meeting or signing; a document ("the treaty", "the deal") is no happening.
    """
    if not cand.nominal or cand.code[:2] not in _ENCOUNTER_NOUN_ROOTS:
        return False
    n = doc[cand.trigger_i]
    if n.lemma_.lower() in instrument_nouns() or n.ent_type_:
        return False
    if cand.code == "042" and n.tag_ == "NN" and n.dep_ != "compound" and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "a", "an", "this", "his", "her", "their"}) for c in n.children):
        return True  # "his visit", "on a whirlwind visit to East Africa", "if he made the trip": one journey (not "day trips")
    if not any(c.dep_ in {"poss", "det"} and c.lower_ not in {"no", "any", "every", "each"} for c in n.children):
        return False
    if (cand.code[:3] in {"040", "046"} and n.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in n.children)
            and n.head.lemma_.lower() not in {"hold", "be", "take"}
            and (n.head.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in n.head.children))):
        return True  # "the meeting was handled badly", "the talks in Geneva ended on Friday": one past meeting or round of
        # talks another act is told of (not "the conference is held yearly",
        # nor a meeting only held with no one named: "the meeting was held for two hours")
    if n.dep_ == "pobj" and n.head.lower_ in _ANCHOR_PREPS and not (n.head.lower_ == "in" and n.head.head.pos_ in {"NOUN", "PROPN"}):
        # "warned him at a summit", "said in a conversation" (not membership: "the nine schools in the conference"); not a
        # council's or board's own session the sentence sets its act in ("At a tense meeting, the board approved the budget")
        return not _own_session(n)
    # "the signing of the accord", "the accession of three countries" (not "the conference of the year")
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"} for o in c.children)
               for c in n.children)


#: bodies that meet in sessions of their own: a meeting a sentence sets their act in is their session, no encounter
_DELIBERATIVE = frozenset({"board", "council", "commission", "committee", "subcommittee", "legislature", "assembly", "senate",
                           "trustee", "selectman", "commissioner", "supervisor", "alderman", "councilman", "councilwoman",
                           "councillor", "councilor", "lawmaker", "legislator", "selectboard", "caucus"})


def _own_session(n: Token) -> bool:
    """Is a meeting noun a body's own sitting (:func:`own_session`: "a special meeting", "the board meeting"), or one
    a sentence about a deliberative body sets its act in ("At a tense meeting, the board approved the budget",
    "approached commissioners after the meeting"), not an encounter between sides ("a meeting with the governor")?"""
    if own_session(n, "040"):
        return True
    if n.lemma_.lower() not in {"meeting", "session", "hearing"} or any(
            c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in n.children):
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _DELIBERATIVE for t in n.sent)


def _dated_between(n: Token) -> bool:
    """Is a meeting noun one the text dates by its day and names both sides of ("Wednesday's meeting between Elian and
    his grandmothers", "Saturday night's debate between the two men")? Not a series or a kind ("weekly meetings
    between parents and teachers"), a compound ("Monday's board meeting"), an undated one ("a meeting between
    the two would help") nor one between sides it does not name ("Monday's meeting between the two chess clubs")."""
    if n.tag_ != "NN" or any(c.dep_ == "compound" for c in n.children):
        return False
    day = any(c.dep_ == "poss" and (c.ent_type_ in {"DATE", "TIME"} or c.lower_ in _DAY_WORDS
                                    or any(g.lower_ in _DAY_WORDS for g in c.children)) for c in n.children)
    sides = any(c.dep_ == "prep" and c.lower_ == "between" and any(o.ent_type_ in _NAMED_SIDES for o in c.subtree) for c in n.children)
    return day and sides


# a side the text names: a person, a body, a state or a people (not "the two chess clubs")
_NAMED_SIDES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"})


# nouns of one appeal or one truce (guidelines, settling rule 21: "despite the ceasefire" is coded with no actors)
_APPEAL_NOUNS = frozenset({"call", "request", "appeal", "plea"})
_TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def _specific_appeal(doc: Doc, cand: EventCandidate) -> bool:
    """Is an appeal or a truce noun with no actor one the text points at ("considering a request last week", "the call
    for big rallies", "an appeal to all horse owners", "despite the ceasefire", "reach an effective truce")?

    Not a kind or a formula: "requests for comment", "any request must be made in writing", "the call of duty".
    """
    if not cand.nominal:
        return False
    n = doc[cand.trigger_i]
    lemma = n.lemma_.lower()
    if not ((cand.code[:2] == "02" and lemma in _APPEAL_NOUNS) or (cand.code[:2] == "08" and lemma in _TRUCE_NOUNS)):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return False
    # a truce is one only as what is reached or broken ("reach a truce"), not as a kind ("a truce is better than war")
    dets = _SPECIFIC_DETS if lemma in _APPEAL_NOUNS or n.dep_ in {"dobj", "pobj"} else _DEFINITE
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in dets) for c in n.children)


def _placed_by_the_story(actor: Actor) -> bool:
    """Is ``actor`` a person or group whose country only the story lent (no country of its own, or the document's)?"""
    return actor.get("kind") in {"person", "group"} and (not actor.get("country") or actor.get("country_from") == "document")


def _out_of_office(actor: Actor, ctx: CodingContext, published: Optional[str]) -> bool:
    """Is ``actor`` a person the knowledge names who died before the day ("Madani, a Moroccan activist" read as a
    namesake dead in 2019)? Then the apposition says who the person is. A living person keeps the knowledge's
    reading ("Ted Cruz, the Canadian-born senator"), and so does a person only the text names."""
    entry = ctx.resolver.kb.entries.get(f"person:{norm(str(actor.get('name') or ''))}")
    return actor.get("kind") == "person" and not actor.get("pronoun") and entry is not None and entry.died is not None \
        and entry.died < ctx.resolver.day(published)


#: words of armed units, whose arrival or landing is a deployment, no visit
_TROOP_WORDS = frozenset({"troops", "troop", "soldiers", "soldier", "marines", "forces", "peacekeepers", "fighters", "units",
                          "contingent", "paratroopers", "battalion", "battalions", "brigade", "brigades", "commandos"})


def _with_appositive(actor: Optional[Actor], appositive: Optional[Actor], ctx: CodingContext) -> Optional[Actor]:
    """``actor`` as its appositive places it: "Mohammed Masri, a Hamas official" is Hamas's, not the country the story
    names most; the name is kept, the country and sector are the appositive's. The appositive alone when ``actor`` is
    None; ``actor`` unchanged when the appositive tells no country of its own."""
    if actor is None:
        return appositive
    if appositive is None or not appositive.get("country") or appositive.get("country_from") == "document":
        return actor
    own = actor.copy()
    own.pop("country_from", None)
    if not own.get("sector") and appositive.get("sector"):
        own["sector"] = appositive["sector"]
    return ctx.resolver.localise(own, str(appositive["country"]))


def _resolve_pairs(doc: Doc, cand: EventCandidate, ctx: CodingContext, *, offset: int, published: Optional[str]) -> list[tuple[Optional[Actor], Optional[Actor]]]:
    """The resolved (source, target) pairs of a candidate; empty when it should be dropped."""
    resolved: list[tuple[Optional[Actor], Optional[Actor]]] = []
    no_visitor = press = False
    target_as_agent = cand.code not in {"042"}
    for s_ref, t_ref in _pairs(cand, ctx.settings.max_pairs):
        source = resolve_actor(doc, s_ref.start, s_ref.end, context=ctx, offset=offset, date=published, as_agent=True, fixed=s_ref.fixed, text=s_ref.text) if s_ref else None
        target = resolve_actor(doc, t_ref.start, t_ref.end, context=ctx, offset=offset, date=published, as_agent=target_as_agent, fixed=t_ref.fixed, text=t_ref.text) if t_ref else None
        if s_ref is not None and s_ref.alt and (source is None or _placed_by_the_story(source) or _out_of_office(source, ctx, published)):
            source = _with_appositive(source, resolve_actor(doc, *s_ref.alt, context=ctx, offset=offset, date=published, as_agent=True), ctx)
        if source is not None and s_ref is not None and _where_it_happened(doc, cand, s_ref) and (resolve_actor(
                doc, s_ref.start, s_ref.end, context=ctx, offset=offset, date=published, as_agent=False) or {}).get("kind") == "place":
            source = None  # "the Mogadishu blast", "a Kabul attack": where it happened, not who did it ("a U.S. raid" keeps its side)
        if t_ref is not None and t_ref.alt and (target is None or _placed_by_the_story(target) or _out_of_office(target, ctx, published)):
            target = _with_appositive(target, resolve_actor(doc, *t_ref.alt, context=ctx, offset=offset, date=published,
                                                            as_agent=target_as_agent), ctx)
        if target is None and t_ref is not None and (source is not None or cand.strong) and _hits_places(cand):
            target = _hit_place(doc, t_ref, ctx, offset=offset, published=published)
        if cand.code == "042" and target is not None and (target.get("kind") in {"country", "place"} or (cand.place is not None and t_ref is not None and t_ref.start == cand.place.start)):
            target = host_government(target)  # the destination of a visit is its host
        if cand.code == "042" and source is not None and target is not None and source.get("country_from") == "document" \
                and source.get("country") == target.get("country"):
            source = _unplaced(source)  # "The Queen cut short a visit to Canada": a visitor is not of the land the text placed her in
        if cand.code == "042" and s_ref is not None and (source is None or source.get("sector") == "CVL" or (
                source.get("sector") == "MIL" and _TROOP_WORDS.intersection(str(source.get("text") or "").lower().split()))):
            # a visit is made by an actor: crews, tourists and unnamed travellers do not visit (CAMEO), nor do troops,
            # marines or peacekeepers arriving or landing somewhere (a deployment, not a visit)
            no_visitor = True
            continue
        if cand.code[:2] in _ENCOUNTER_ROOTS:
            source, target = _abroad(source), _abroad(target)
        elif cand.code[:2] in _DEALING_ROOTS:
            source, target = (_abroad(source) if _foreign_to(source, target) else source,
                              _abroad(target) if _foreign_to(target, source) else target)
        if _same(source, target) or (cand.statement and target is not None and target.get("pronoun") and _alike(source, target)):
            target = None  # (a pronoun in a quotation standing for its own speaker is no one the statement is about)
        if (cand.code[:2] == "04" and target is not None and target.get("sector") == "MED" and t_ref is not None
                and _PRESS.intersection(str(target.get("text") or "").lower().split())):
            press = True  # a news conference or a call with reporters is a statement to the public, no consultation
            continue  # (a meeting with a named editor or a broadcaster's chief stays a meeting)
        if any(_alike(source, s0) and _alike(target, t0) for s0, t0 in resolved):
            continue  # two mentions of one actor ("Abdulkader, who ..."): one pair
        resolved.append((source, target))
    if _commercial_deal(doc, cand) and not any(_public(a) for pair in resolved for a in pair):
        return []  # "reached an agreement for the acquisition of Weisfield's", "signed a deal to buy the chain": business news
    # meeting someone is an encounter between actors only when one side is one: "I met a lot of them personally",
    # "fans had the chance to meet her", "met up with a friend from Dallas" are private encounters
    strong = cand.strong and not (cand.code[:2] == "04" and not cand.nominal and cand.entry is not None and cand.entry.lemma in _MEETING_VERBS)
    strong = strong or _law_step(cand) or (cand.nominal and cand.code[:2] in _ENCOUNTER_NOUN_ROOTS and _dated_between(doc[cand.trigger_i]))
    if not any(s or t for s, t in resolved):
        return [(None, None)] if (strong or _specific_violence(doc, cand) or _specific_encounter(doc, cand) or _specific_appeal(doc, cand)) and not (
            no_visitor or press) else []
    if not any(_known(s) or _known(t) for s, t in resolved) and not (strong or _specific_violence(doc, cand)):
        resolved = _by_title(doc, cand, ctx, resolved, offset=offset, published=published)
        if not any(_known(s) for s, _ in resolved):
            return []  # a weak trigger needs an actor the knowledge knows: "Marra is considered ...", "Abdulkader had begun expressing support"
    kept = [(s, t) for s, t in resolved if s or t]
    if _private_cooperation(cand, kept) or (_asks_for_money(doc, cand) and not any(_public_side(a) for pair in kept for a in pair)):
        return []  # private people, firms and schools helping, meeting, agreeing or asking for money among themselves: no CAMEO event
    if (cand.code[:2] not in _LEGAL_ROOTS and any(a is not None and a.get("sector") in _COMMERCIAL for pair in kept for a in pair)
            and all(_commercial(s) and _commercial(t) for s, t in kept)):
        return []  # firms among themselves: business news, not a CAMEO event ("the company's sales force applauded")
    # a side left open where another pair fills it is no pair of its own ("X expressed support for Y" and an unresolved second target)
    return [(s, t) for s, t in kept
            if not ((t is None and any(_alike(s, s0) and t0 is not None for s0, t0 in kept))
                    or (s is None and any(_alike(t, t0) and s0 is not None for s0, t0 in kept)))]


#: roots of what one says or does in words: a speaker's title tells who acts (as for statements)
_WORD_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


# places, buildings and vehicles an attack, a raid or a seizure hits: their people or owners are its target ("shelled
# a village in Idlib", "attacked a bus near Gao", "opened fire on a police station"; guidelines, section 3 and rule 25)
_HIT_PLACES = frozenset({
    "village", "town", "city", "hamlet", "settlement", "neighbourhood", "neighborhood", "district", "suburb", "market",
    "marketplace", "mosque", "church", "temple", "monastery", "synagogue", "school", "university", "hospital", "clinic",
    "camp", "house", "home", "building", "apartment", "bus", "car", "vehicle", "truck", "lorry", "train", "ship",
    "vessel", "boat", "tanker", "ferry", "convoy", "station", "base", "post", "outpost", "checkpoint", "barracks",
    "garrison", "airport", "airfield", "port", "plant", "refinery", "depot", "embassy", "consulate", "office", "hotel",
    "restaurant", "shop", "store", "bank", "compound", "headquarters", "warehouse", "farm"})
# the sectors of such places: a military post or a police station is its force's, an embassy its state's
_HIT_PLACE_SECTORS = {"base": "MIL", "outpost": "MIL", "barracks": "MIL", "garrison": "MIL", "embassy": "GOV",
                      "consulate": "GOV"}
_HIT_PLACE_PREPS = frozenset({"in", "of", "near", "outside", "at", "on"})
# vessels: of their flag, not of the waters they sail
_AT_SEA = frozenset({"ship", "vessel", "boat", "tanker", "ferry"})
_HIT_PLACE_OWNERS = {"police": "COP", "army": "MIL", "military": "MIL", "naval": "MIL", "navy": "MIL", "border": "COP"}


def _where_it_happened(doc: Doc, cand: EventCandidate, ref: ActorRef) -> bool:
    """Is ``ref`` a name before the violent noun ``cand`` names (a compound), which tells where it happened? So too a
    place the parser makes the subject of a bare gerund, a headline's noun ("Police arrest two after Leeds stabbing")."""
    tok = doc[ref.token_i] if 0 <= ref.token_i < len(doc) else None
    if tok is None or cand.code[:2] not in {"18", "19", "20"} or tok.head.i != cand.trigger_i:
        return False
    if cand.nominal:
        return tok.dep_ == "compound"
    head = doc[cand.trigger_i]
    return tok.dep_ == "nsubj" and head.tag_ == "VBG" and not any(
        c.dep_ in {"aux", "auxpass", "dobj", "prep", "agent"} for c in head.children)


def _hits_places(cand: EventCandidate) -> bool:
    """Does the candidate's act hit what it is done to: an assault, a fight, mass violence, a raid (170) or a seizure
    (17x1)?"""
    return cand.code[:2] in {"18", "19", "20"} or cand.code[:3] in {"170", "171"}


def _hit_place(doc: Doc, ref: ActorRef, ctx: CodingContext, *, offset: int, published: Optional[str]) -> Optional[Actor]:
    """The target of an act done to a place, a building or a vehicle that names no actor ("a village in the southern
    Idlib countryside", "a bus near Gao", "the U.S. embassy"): its people or owners, of the country the phrase names (a
    people's adjective or a country before the noun, else a place in its prepositional phrases), else of the
    article's home country; None when the noun is no such place."""
    head = doc[ref.token_i]
    if head.ent_type_ == "CARDINAL" or head.like_num:  # "dozens of ships", "two of the buses": the ships
        head = next((o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), head)
    lemma = head.lemma_.lower()
    if head.pos_ not in {"NOUN", "PROPN"} or lemma not in _HIT_PLACES:
        return None
    owner = next((_HIT_PLACE_OWNERS[c.lower_] for c in head.children
                  if c.dep_ in {"compound", "amod"} and c.lower_ in _HIT_PLACE_OWNERS), None)
    sector = owner or _HIT_PLACE_SECTORS.get(lemma, "CVL")
    named = [c for c in head.children if c.dep_ in {"compound", "amod", "poss", "nmod"} and c.i < head.i
             and c.ent_type_ in {"GPE", "NORP"}]
    if lemma in _AT_SEA:
        # a ship is of its flag, not of the waters it sails ("intercepted the ship off Gaza"): its people or owners are
        # of the country a modifier names, else of none
        named = [n for n in named if n.dep_ in {"compound", "amod", "poss", "nmod"}]
        return _place_actor(doc, ref, head, lemma, sector, named, ctx, offset=offset, published=published, home=False)
    # "a bus near Gao", "attacked a bus near Gao" (the place phrase hung on the verb)
    named += [o for w in (head, head.head) for c in w.children if c.dep_ == "prep" and c.lower_ in _HIT_PLACE_PREPS
              for o in c.children if o.dep_ == "pobj" and (o.ent_type_ in {"GPE", "LOC", "FAC"} or o.pos_ == "PROPN")]
    # "in the Idlib countryside", "in the Gaza Strip's south"
    named += [m for c in [*head.children, *head.head.children] if c.dep_ == "prep" and c.lower_ in _HIT_PLACE_PREPS
              for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
              for m in o.children if m.dep_ in {"compound", "poss"} and m.pos_ == "PROPN"]
    return _place_actor(doc, ref, head, lemma, sector, named, ctx, offset=offset, published=published, home=True)


def _place_actor(doc: Doc, ref: ActorRef, head: Token, lemma: str, sector: str, named: list[Token], ctx: CodingContext, *,
                 offset: int, published: Optional[str], home: bool) -> Actor:
    """The target of a place hit: of the country the first of ``named`` that resolves gives, else (``home``) of the
    article's home country."""
    country: Optional[str] = None
    for n in named:
        lo = n.left_edge.i
        if n.dep_ == "pobj":
            lo = min(t.i for t in n.subtree if t.ent_type_ == n.ent_type_)
        place = resolve_actor(doc, doc[lo].idx, n.idx + len(n.text), context=ctx, date=published, as_agent=False)
        if place is not None and place.get("country") and (n.head is head or place.get("kind") in {"place", "country"}):
            country = str(place["country"])
            break
    if country is None and home:
        country = document_actors(doc, resolver=ctx.resolver, published=published).home_country
    return cast(Actor, {"name": lemma, "kind": "group", "country": country, "sector": sector, "role": None,
                        "plover_sector": sector, "code": f"{country or ''}{sector}", "text": ref.text,
                        "start": ref.start + offset, "end": ref.end + offset})


def _by_title(doc: Doc, cand: EventCandidate, ctx: CodingContext, resolved: list[tuple[Optional[Actor], Optional[Actor]]], *,
              offset: int, published: Optional[str]) -> list[tuple[Optional[Actor], Optional[Actor]]]:
    """The pairs of a weak speech act whose doer is a person the knowledge does not know, with the doer read from the title
    of this or another mention of the person, as a statement's speaker is (:func:`_titled`): "Kessler would not comment",
    "Berger defended the decision" after "County Prosecutor Maria Kessler", "Anna Berger, the campaign spokeswoman
    for the governor". Other pairs, deeds and journeys ("he would go to trial") are left as they are."""
    if cand.code[:2] not in _WORD_ROOTS or cand.code in {"042", "043"} or not any(s is not None and s.get("kind") == "person" for s, _ in resolved):
        return resolved
    titled = _titled(doc, cand, ctx, offset, published)
    if titled is None:
        return resolved
    return [(titled if s is not None and s.get("kind") == "person" and s.get("start") == titled.get("start") else s, t) for s, t in resolved]


_MEETING_VERBS = frozenset({"meet", "converse"})
# words of a private transaction (a purchase, a merger, a sale): an agreement about one is business news
_DEAL_WORDS = frozenset({"acquisition", "acquire", "merger", "merge", "takeover", "buyout", "purchase", "buy", "sale", "sell",
                         "shareholder", "stockholder", "franchise", "licensing", "stake"})


def _commercial_deal(doc: Doc, cand: EventCandidate) -> bool:
    """Is ``cand`` an agreement, a deal, an offer, a cooperation or a bid withdrawn whose words tell a private transaction?

    "Ratners said they reached an agreement for the acquisition of Weisfield's", "the chain signed a deal to buy the
    bakery", "under a June agreement with a dissident-shareholder group". With a public actor on a side (a government
    buying jets, a regulator approving a merger) the caller keeps the event.
    """
    trigger = doc[cand.trigger_i]
    if cand.code == "120" and any(t.lemma_.lower() == "bid" for t in trigger.subtree if t.i != trigger.i):
        return True  # "Exxon withdrew its bid for the oil company": a bid withdrawn is business unless a public side makes it
    if cand.code[:2] not in {"03", "05", "06"}:
        return False
    return any(t.lemma_.lower() in _DEAL_WORDS or t.lower_ in _DEAL_WORDS for t in trigger.subtree if t.i != trigger.i)


# cooperation (appeals, intents, meetings, visits, agreements, aid, yielding) that needs a public actor on one side
_COOPERATION_ROOTS = frozenset({"02", "03", "04", "06", "07"})
# sectors of private life: civilians, firms, schools, hospitals, the media, sport, farming
_PRIVATE = frozenset({"CVL", "BUS", "MNC", "EDU", "HLH", "MED", "SPO", "AGR", "ENV"})


def _private_cooperation(cand: EventCandidate, kept: list[tuple[Optional[Actor], Optional[Actor]]]) -> bool:
    """Is ``cand`` cooperation among private parties only (guidelines, rule of thumb 4)?

    "The zoo is inviting all its friends", "the firm will offer a retirement
    package to its employees", "fans had the chance to meet her", "the star
    arrived in Athens" (a visit counts its visitor only: a place visited
    stands for its host government): no state, official, party, armed group,
    court, church, union or NGO takes part, so the sentence is business, sport
    or private life, not a CAMEO event.
    """
    approval = cand.entry is not None and cand.entry.origin == "approval"  # "the football team is proud of its fans"
    if cand.code[:3] == "055" and kept and all(_commercial_apology(s, t) for s, t in kept):
        return True  # "United Airlines has apologized to a French woman", "the bank apologized to customers": customer care
    if (cand.code[:2] not in _COOPERATION_ROOTS and not approval) or not kept:
        return False
    if (cand.code[:2] == "02" or approval) and not all(t is not None and t.get("sector") in _PRIVATE for _, t in kept):
        return False  # "residents urged the council to act": an appeal to an unnamed or public party may be a public one
    sides = [s for s, _ in kept] if cand.code in {"042"} else [a for pair in kept for a in pair]
    return not any(_public_side(a) for a in sides) and any(
        a is not None and a.get("sector") in _PRIVATE for a in sides)


def _commercial_apology(source: Optional[Actor], target: Optional[Actor]) -> bool:
    """Is an apology (055) from a firm ("the airline", "United Airlines") to a private party or to no one named? A firm's
    apology to a government or a court, and anyone else's apology, stay events."""
    return source is not None and source.get("sector") in _COMMERCIAL and (target is None or target.get("sector") in _PRIVATE) \
        and not _public(target)


# what a fund-raiser asks for: "asked for £4,800", "seeking funds", "sought competitive bids"
_MONEY_WORDS = frozenset({"fund", "funds", "funding", "money", "donation", "grant", "backing", "bid", "sponsorship", "sponsor", "cash"})


def _asks_for_money(doc: Doc, cand: EventCandidate) -> bool:
    """Is ``cand`` an appeal whose own object is money ("they asked for £4,800", "the school's team was seeking funds")?

    With no public side (the caller's test) it is a fund-raiser's request or a tender, soft news or business
    (guidelines, settling rule 44), not an appeal between political actors.
    """
    if cand.code[:2] != "02" or not cand.sources:
        return False
    n = doc[cand.trigger_i]
    asked = [c for c in n.children if c.dep_ == "dobj"] + [o for c in n.children if c.dep_ == "prep" and c.lower_ == "for"
                                                             for o in c.children if o.dep_ == "pobj"]
    money = [a for a in asked if a.ent_type_ == "MONEY" or a.lemma_.lower() in _MONEY_WORDS or a.lower_ in _MONEY_WORDS]
    # asked of someone ("asked the council for funds", "appealed to the state for money"): the addressee may be public
    addressed = any((c.dep_ in {"dobj", "dative"} and c not in money) or (c.dep_ == "prep" and c.lower_ == "to") for c in n.children)
    return bool(money) and not addressed


def _public_side(actor: Optional[Actor]) -> bool:
    """Is ``actor`` public, or of a sector outside private life?"""
    return _public(actor) or (actor is not None and bool(actor.get("sector")) and actor.get("sector") not in _PRIVATE)


# steps of an inquiry (09): questioning, enquiries, an investigation, inspections are the law's or the inspectors' acts
# whether or not the sentence names who takes them (guidelines, settling rule 23); so are a suit brought (115) and a
# court's finding (116): "the litigation between the two sides", "he was fined 200,000 dinars"
_LAW_STEP_ROOTS = frozenset({"09"})
_LAW_STEP_CODES = frozenset({"115", "116"})
# the law's own words for its inquiry steps (not "examine", "review", "study", which anyone does)
_LAW_STEP_WORDS = frozenset({"question", "questioning", "interview", "interrogate", "interrogation", "enquiry", "inquiry",
                             "investigate", "investigation", "probe", "search", "inspect", "inspection", "inquest"})


def _law_step(cand: EventCandidate) -> bool:
    """Is the candidate an investigative or a court step, kept without a named actor ("picked up for questioning",
    "pending enquiries", "dismissed the lawsuit", "was fined")?"""
    # only when the text names no doer: "scientists who went to investigate the crater" name theirs, not a public one
    if cand.code == "015" and not cand.statement and _plea(cand.sentence.doc[cand.trigger_i]):
        return True  # a plea is a court step, made by whoever pleads
    if cand.statement or cand.sources:
        return False
    if cand.code in _LAW_STEP_CODES:
        return True
    if cand.code[:3] == "075" and _asylum_received(cand.sentence.doc[cand.trigger_i]):
        return True
    # an inquiry step only in the law's own words: "a proposal examined at a cabinet meeting" is no step of an inquiry
    return cand.code[:2] in _LAW_STEP_ROOTS and cand.sentence.doc[cand.trigger_i].lemma_.lower() in _LAW_STEP_WORDS


# a plea's verdict words: "pleaded guilty", "pleads not guilty", "pleaded no contest"
_PLEAS = frozenset({"guilty", "innocent", "contest"})


def _plea(verb: Token) -> bool:
    """Is an admission a plea in court ("Critchfield pleaded guilty", "he had pleaded guilty on March 24 to attempted murder"),
    a court step whoever pleads (guidelines, settling rule 28)? Not a plea for help ("pleaded for calm") nor a
    confession of a feeling ("she pleaded ignorance", "admitted he was nervous")."""
    if verb.lemma_.lower() != "plead" or verb.pos_ != "VERB":
        return False
    return any(c.dep_ in {"acomp", "oprd", "advmod", "dobj", "attr"} and (c.lower_ in _PLEAS or any(g.lower_ in _PLEAS for g in c.children))
               for c in verb.children)


# verbs of receiving what a state grants: "received political asylum", "was granted asylum", "won asylum"
_RECEIVING = frozenset({"receive", "get", "obtain", "win", "gain", "grant", "give"})


def _asylum_received(n: Token) -> bool:
    """Is an asylum noun what someone the clause names received ("Okruashvili, who has received political asylum in
    France", "the pair received asylum in 2007", "she was granted asylum")? Asylum is a state's grant, so its recipient
    makes it one happening. Not asylum asked for ("sought asylum", "an asylum request"), a kind ("asylum seekers",
    "asylum is a right") nor one hoped for ("could receive asylum")."""
    if n.dep_ != "dobj" or n.head.lemma_.lower() not in _RECEIVING or n.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = n.head
    if any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children):
        return False
    passive = verb.lemma_.lower() in {"grant", "give"} and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    if verb.lemma_.lower() in {"grant", "give"} and not passive:
        return False  # "France granted him asylum" names its giver: the actor-bearing path codes it
    told_of = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or verb.dep_ in {"relcl", "conj"}
    return told_of and (verb.tag_ in {"VBD", "VBN"} or passive)


# what firms do among themselves that CAMEO still codes: investigations (09), suits and accusations (11), rejections (12),
# threats (13), strikes (14), coercion (17) and violence (18-20)
_LEGAL_ROOTS = {"09", "11", "12", "13", "14", "17", "18", "19", "20"}
_COMMERCIAL = {"BUS", "MNC"}


def _commercial(actor: Optional[Actor]) -> bool:
    return actor is None or actor.get("sector") in _COMMERCIAL


def _known(actor: Optional[Actor]) -> bool:
    """Is ``actor`` more than a name: a known entry, a role, a sector (a person the knowledge does not know is not)?"""
    return actor is not None and not (actor.get("kind") == "person" and not actor.get("sector") and not actor.get("role"))


# who speaks for the public record: states, their officials, courts, parties, armed groups, churches,
# unions, NGOs and international bodies (not firms, the media, schools, sportsmen or private people)
# the public actors of the confidence features, and religious bodies and unions, who speak on public matters too
_PUBLIC = PUBLIC_SECTORS | {"REL", "LAB"}


def _placed_person(actor: Optional[Actor], cand: EventCandidate) -> bool:
    """Is ``actor`` a person the text places in a country whose statement judges, wishes or worries (not a plain comment)?"""
    return actor is not None and actor.get("kind") == "person" and bool(actor.get("country")) and not actor.get("sector") \
        and cand.code != "010"


#: the codes of a verb that judges ("praised the film", "criticised the plan")
_JUDGING_CODES = frozenset({"051", "111"})


def _judging_verb(cand: EventCandidate) -> bool:
    """Is ``cand`` praise or criticism told by a verb of its speaker ("Martha Jones praised the article")?"""
    return cand.code in _JUDGING_CODES and not cand.nominal and cand.entry is not None and cand.entry.kind == "V"


def _private_judge(doc: Doc, cand: EventCandidate, actor: Optional[Actor], ctx: CodingContext, offset: int,
                   published: Optional[str]) -> bool:
    """Is the speaker of the judging verb ``cand`` one private person: a common noun of no public role ("my
    neighbour"), or a full name the knowledge does not know and no title of its own or of another mention names
    ("Martha Jones")? A surname alone ("Castro said") is a later mention of someone the article has introduced, and
    people by a plural ("protesters supported the strike") are a civic side: neither is judged here."""
    names = [doc[r.token_i] for r in cand.sources]
    if not names or any(t.tag_ not in {"NN", "NNP"} for t in names):
        return False
    if all(t.pos_ == "NOUN" for t in names):
        return _private_person(actor)
    full = all(t.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in t.children) for t in names)
    if not full or (actor is not None and not _private_person(actor)):
        return False
    return _titled(doc, cand, ctx, offset, published) is None


def _private_person(actor: Optional[Actor]) -> bool:
    """Is ``actor`` someone the text gives no public role and no country ("Martha Jones", "my neighbour"), whose
    opinion the record leaves out unless it judges a public side (guidelines, settling rule 2)?"""
    return actor is not None and actor.get("kind") in {"person", "group"} and actor.get("sector") in {None, "CVL"} and not actor.get("country")


def _public(actor: Optional[Actor]) -> bool:
    """Is ``actor`` one whose statements the record keeps (guidelines, settling rule 2)?"""
    return actor is not None and (actor.get("sector") in _PUBLIC or (actor.get("kind") in {"country", "organisation"} and not actor.get("sector")
                                                                     and bool(actor.get("country"))))


_CORPORATE = {"executive", "ceo", "company", "firm", "corporation", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "analyst",
              "economist", "publisher", "shareholder", "investor", "partner", "holdings", "partnership"}


# words that make an organisation the knowledge does not know a public body ("the Department of Motor Vehicles", "Enfield Council")
_PUBLIC_BODIES = {"department", "council", "ministry", "agency", "office", "police", "court", "government", "parliament", "assembly",
                  "committee", "commission", "army", "party", "bureau", "authority", "service", "senate", "congress", "board",
                  "state", "federal", "national", "union", "church", "mosque", "centre", "center", "coalition", "front", "movement"}


def _corporate(doc: Doc, cand: EventCandidate, ctx: CodingContext, published: Optional[str] = None) -> bool:
    """Does the speaker of a statement speak for a firm ("C. Alan MacDonald, president of Nestle Foods", "the chief executive")?

    A title with an organisation the knowledge does not know is taken for a firm's; a pronoun ("..., he said") speaks
    for the firm of the one it stands for.
    """
    return any(_speaks_for_firm(doc, _meant(doc, doc[ref.token_i], ctx, published), ctx) for ref in cand.sources)


def _meant(doc: Doc, name: Token, ctx: CodingContext, published: Optional[str]) -> Token:
    """The head of the mention a pronoun stands for ("Michael Swavely, president of Compaq's division, ... he said"), else ``name``."""
    if name.pos_ != "PRON":
        return name
    meant = document_actors(doc, resolver=ctx.resolver, published=published).antecedent(name.idx, name.idx + len(name))
    span = doc.char_span(*meant, alignment_mode="expand") if meant is not None else None
    return span.root if span is not None and len(span) else name


# private owners of a spokesman: "a family spokeswoman", "a club spokesman" speak for private people
_PRIVATE_OWNERS = frozenset({"family", "families", "relatives", "club", "team", "school", "college", "hospital", "zoo", "museum",
                             "theatre", "theater", "festival", "band", "estate"})


def _speaks_for_firm(doc: Doc, head: Token, ctx: CodingContext) -> bool:
    if any(t.lower_ in _CORPORATE for t in head.subtree):
        return True
    if any(c.dep_ in {"compound", "nmod"} and c.lower_ in _PRIVATE_OWNERS for c in head.children):
        return True  # "a family spokeswoman said": private people's word (settling rule 2)
    # the organisation of an apposition or an of/at-phrase: "MacDonald, president of Nestle Foods", or named before
    # the title: "Upjohn spokesman", "Rally officials"
    attached = {t.i for c in head.children if c.dep_ in {"appos", "prep"} for t in c.subtree}
    if any(_firm_function(c) for c in head.children if c.dep_ == "appos"):
        return True  # "Robert Vaux, vice president, finance": a firm's officer by the department of the firm the title names
    business = _business_text(doc)
    titles = [head] if head.lemma_.lower() in _BOARD_TITLES else [
        c for c in head.children if c.dep_ in {"compound", "appos"} and c.lemma_.lower() in _BOARD_TITLES]
    if business and any(_unknown_name(c, ctx) for t in titles for c in t.children if c.dep_ in {"compound", "poss"} and c.i < t.i):
        return True  # "Kellogg Chairman William LaMothe", "Ratners's chairman, Gerald Ratner": the head of a body the
        # knowledge does not know as a state's, a party's or a public body's speaks for a firm
    if head.lemma_.lower() in _SPEAKER_WORDS:
        before = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        attached |= {t.i for c in before for t in c.subtree}
        if business and any(_unknown_name(c, ctx) for c in before):
            return True  # "a BA spokesperson": a name the knowledge does not know as a place, a people or a body (the
            # parser may call it a people or nothing), not a public body's word
    return any(e.label_ == "ORG" and all(t.i in attached for t in e) and ctx.resolver.resolve(e.text) is None
               and not any(t.lower_ in _PUBLIC_BODIES for t in e) for e in head.sent.ents)


# titles of the head of a board, a firm's as often as a party's ("Kellogg Chairman", "Ratners's chairman")
_BOARD_TITLES = frozenset({"chairman", "chairwoman", "chairperson", "ceo", "founder", "owner", "treasurer"})
# titles that speak for a body when a name is compounded before them ("Upjohn spokesman", "a BA spokesperson")
_SPEAKER_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative", "executive"})
# departments of a firm that name a corporate officer's charge after a comma ("vice president, finance")
_FIRM_FUNCTIONS = frozenset({"finance", "marketing", "sales", "operations", "manufacturing", "engineering", "production",
                             "distribution", "retail", "merchandising", "treasurer", "accounting", "advertising"})


# words of an article on firms and trade ("the company", "shares", "the airline"): where a name the knowledge does not
# know is taken for a firm's (in an article on politics "PLO Chairman Arafat" is not)
_BUSINESS_WORDS = frozenset({"company", "companies", "firm", "firms", "corp", "corp.", "inc", "inc.", "co.", "ltd", "ltd.", "plc",
                             "shares", "shareholders", "stock", "investors", "earnings", "revenue", "profit", "profits", "sales",
                             "customers", "airline", "airlines", "carrier", "retailer", "brand", "quarter", "dividend", "merger",
                             "takeover", "acquisition", "executive", "executives", "flights", "products", "factory", "market"})


def _business_text(doc: Doc) -> bool:
    """Does the article tell of firms and trade: two or more of its words are words of business? (Counted on the doc's
    cached index of token texts, not by walking every token at every statement.)"""
    return sum(len(ids) for text, ids in tokens_by_text(doc).items() if text.lower() in _BUSINESS_WORDS) >= 2


def _firm_function(title: Token) -> bool:
    """Is ``title`` a corporate title followed by the department it heads, set off by a comma ("vice president, finance")?"""
    return title.lemma_.lower() in {"president", "director", "manager", "officer"} and any(
        c.dep_ in {"appos", "npadvmod", "conj"} and c.lemma_.lower() in _FIRM_FUNCTIONS and c.i == title.i + 2
        and title.doc[title.i + 1].text == "," for c in title.children)


def _unknown_name(t: Token, ctx: CodingContext) -> bool:
    """Is ``t`` a capitalised name no entry of the knowledge resolves, no place and no public body ("BA", "Wendy's")?"""
    if t.pos_ != "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC", "PERSON"} or not t.text[:1].isupper():
        return False
    words = list(t.subtree)
    text = t.doc[words[0].i : words[-1].i + 1].text
    found = ctx.resolver.resolve(text)
    if any(x.lower_ in _PUBLIC_BODIES for x in words) or (found is not None and not (
            found.get("kind") == "person" and found.get("role") is None and " " not in text.strip())):
        return False  # (a lone surname of someone out of office names a firm as often: "Brandt Chairman Otto Keller")
    # an abbreviation ("BA") is no town's name ("Ba", Fiji), nor a name the parser takes for a body's ("Kellogg", Idaho)
    return text.isupper() or t.ent_type_ == "ORG" or ctx.gazetteer.resolve_place(text) is None


def _unknown_body(body: Token, ctx: CodingContext) -> bool:
    """Is ``body`` (what a title is held in: "a spokesperson for X") a name of several words the files do not know and
    the parser reads as no person, place or people ("Endless Summer Hydrangeas")? A politician's spokesman speaks for
    the politician, and an acronym ("UNDP") is most often a public body's."""
    words = list(body.subtree)
    if body.pos_ != "PROPN" or len([t for t in words if t.pos_ == "PROPN"]) < 2 or any(t.is_upper for t in words) \
            or any(t.ent_type_ in {"PERSON", "GPE", "NORP", "LOC"} for t in words):
        return False
    return ctx.resolver.resolve(" ".join(t.text for t in words)) is None


def _titled(doc: Doc, cand: EventCandidate, ctx: CodingContext, offset: int, published: Optional[str] = None) -> Optional[Actor]:
    """The speaker of a statement by the title of its mention, when the name names no actor.

    "Police Superintendent Pedro Toledo", "Patricia Hurt, the Essex County
    prosecutor", "Liberal MP Mark Eyking": the title word, with the title words
    before it, tells the sector (COP, JUD, LEG) where the name and the place
    before the title do not. A name listed under a plural title ("Foreign
    Ministers Jan Kavan of the Czech Republic, Bronislaw Geremek of Poland and
    ...") takes that title, and the country of its of-phrase. A bare family
    name with no title of its own takes one of another mention of its person
    (``_namesakes``: "Toledo said" where the parser read "Police
    Superintendent Pedro Toledo" as a person and a place).
    """
    for ref in cand.sources:
        name = doc[ref.token_i]
        if name.pos_ == "PRON":  # "..., he said": the titles of the one the pronoun stands for
            meant = document_actors(doc, resolver=ctx.resolver, published=published).antecedent(name.idx, name.idx + len(name))
            span = doc.char_span(*meant, alignment_mode="expand") if meant is not None else None
            if span is None:
                continue
            name = span.root
        # the titles of this mention, then of the other mentions of its person ("Kavan said" after "Foreign Minister Jan Kavan")
        # (another mention lends a title only when the title names people: "a court order compelling the firm" is none)
        for own, title, holder in _held_titles(doc, name, ctx):
            if any(b.lower_ in _PRIVATE_OWNERS or b.lower_ in _CORPORATE for b in _title_bodies(title)):
                continue  # "a spokeswoman for the family", "a spokesman for the team": private people's word (settling rule 2)
            if any(_unknown_body(b, ctx) for b in _title_bodies(title)):
                continue  # "a spokesperson for Endless Summer Hydrangeas": a body no file knows is no government
            words = [c for c in title.children if c.dep_ == "compound" and c.ent_type_ not in {"GPE", "PERSON"}]
            # a body's abbreviation keeps its capitals, which it is known by ("a UNHCR protection officer")
            for phrase in (" ".join(t.text if t.ent_type_ == "ORG" and t.is_upper else t.lower_ for t in [*words, title]), title.lower_):
                actor = ctx.resolver.resolve(phrase)
                if _public(actor) and actor is not None and (own or _person_title(title, actor, ctx)):
                    # the country of "X of the Czech Republic", or of the place in the title ("the Essex County prosecutor")
                    places = [doc[o.left_edge.i : o.i + 1].text for p in holder.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
                    places += [e.text for e in title.sent.ents if e.label_ == "GPE" and title.left_edge.i <= e.start and e.end <= title.i]
                    for place in places:
                        found = ctx.gazetteer.resolve_place(place)
                        if found is not None and found.country and not actor.get("country"):
                            actor = ctx.resolver.localise(actor, found.country)
                    if not actor.get("country"):
                        actor = _title_country(doc, holder, title, actor, ctx, published)
                    lo, hi = ref.start, ref.end
                    return cast(Actor, {**actor, "text": doc_text(doc)[lo:hi], "start": lo + offset, "end": hi + offset})
            served = _served_body(doc, title, ctx, published) if title.lemma_.lower() in _LEADING_TITLES else None
            if served is not None:
                lo, hi = ref.start, ref.end
                return cast(Actor, {**served, "text": doc_text(doc)[lo:hi], "start": lo + offset, "end": hi + offset})
    return None


def _held_titles(doc: Doc, name: Token, ctx: CodingContext) -> Iterator[tuple[bool, Token, Token]]:
    """(own, title, holder) for the titles of ``name`` itself, then of its namesakes (:func:`_namesakes`), which are
    looked up only when the name's own titles give no speaker."""
    for title in _titles(name):
        yield True, title, name
    for other in _namesakes(doc, name, ctx):
        for title in _titles(other):
            yield False, title, other


def _titles(name: Token) -> list[Token]:
    """The title words the parse gives a name: its apposition ("Patricia Hurt, the Essex County prosecutor"), the words
    compounded before it ("Police Superintendent Pedro Toledo"), the title a list of names stands in apposition to."""
    titles = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    titles += [c for c in name.children if c.dep_ == "compound" and c.i < name.i and c.pos_ in {"NOUN", "PROPN"}]
    listed = name
    while listed.dep_ == "conj" and listed.head is not listed:
        listed = listed.head
    if listed.dep_ == "appos" and listed.head.pos_ == "NOUN":
        titles.append(listed.head)
    elif listed.dep_ == "appos" and listed.head.pos_ == "PROPN":
        # "The head of the FBI office in Nairobi, John Smith,": the parse hangs the name on the place; the title is the
        # leading noun the place's phrases hang on
        up = listed.head
        while up.dep_ in {"pobj", "prep"} and up.head is not up:
            up = up.head
        if up is not listed.head and up.pos_ == "NOUN" and up.lemma_.lower() in _LEADING_TITLES:
            titles.append(up)
    return titles


def _person_title(title: Token, actor: Actor, ctx: CodingContext) -> bool:
    """Does a title word name a person holding an office ("police superintendent", "ministers"), not a thing of the
    body ("a court order")?"""
    word = ctx.resolver.kb.role_words.get(title.lemma_.lower())
    return actor.get("kind") == "person" or (word is not None and word.is_role)


def _given_name(name: Token, ctx: CodingContext) -> Optional[str]:
    """The given name right before a family name ("Jan" of "Jan Kavan"), however the parse attaches it; a title word there is none."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    if before is None or before.pos_ != "PROPN" or not before.is_title:
        return None
    return None if ctx.resolver.resolve(before.lower_) is not None else before.lower_


def _namesakes(doc: Doc, name: Token, ctx: CodingContext) -> list[Token]:
    """The other mentions of the person a name names, nearest first: the heads of the names that end in the same family
    name anywhere in the article ("Foreign Minister Jan Kavan" for "Kavan"), whose titles are that person's.

    None when the article names two people of that family name ("Bill Clinton" and "Hillary Clinton"), or when the
    speaker's given name is not the other mention's."""
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ == "ORG":
        return []  # a firm or body named again ("the firm argued" by its name) is no person with a title
    same = (doc[i] for i in tokens_by_text(doc).get(name.text, ()) if i != name.i)  # the doc's tokens of that text, in order
    others = [t for t in same if t.pos_ == "PROPN" and t.dep_ not in {"compound", "poss"} and t.ent_type_ != "ORG"]
    given = {g for t in [name, *others] if (g := _given_name(t, ctx)) is not None}
    if len(given) > 1:
        return []
    return sorted(others, key=lambda t: abs(t.i - name.i))


# titles of those who lead or speak for a body: "Ali Mahdi, director of the relief agency", "X, head of the national
# assembly"; the speaker speaks for the body when the title word itself names no actor
_LEADING_TITLES = frozenset({"head", "director", "chairman", "chairwoman", "chair", "president", "representative",
                             "spokesman", "spokeswoman", "spokesperson", "secretary", "leader", "chief", "coordinator"})


def _served_body(doc: Doc, title: Token, ctx: CodingContext, published: Optional[str]) -> Optional[Actor]:
    """The public body a leading title serves, named in its of/for-phrase or as its possessor ("head of Cuba's
    National Assembly", "the UN agency's representative"), else None."""
    da = document_actors(doc, resolver=ctx.resolver, published=published)
    for body in _title_bodies(title):
        span = doc[body.left_edge.i : body.i + 1]
        owner = da.at(span.start_char, span.end_char)
        if owner is not None and _public(owner) and owner.get("kind") != "person":
            return owner
    return None


# prepositions that name the body a title serves ("a spokesman for the campaign", "an aide to the mayor", "the head of the union")
_BODY_PREPS = frozenset({"for", "of", "at", "to", "with"})


def _title_bodies(title: Token) -> list[Token]:
    """The heads of the bodies a title serves: its of/for-phrase's object ("a spokesman for the campaign") and its
    possessor ("Vacco's campaign manager")."""
    bodies = [o for p in title.children if p.dep_ == "prep" and p.lower_ in _BODY_PREPS for o in p.children if o.dep_ == "pobj"]
    return bodies + [c for c in title.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}]


def _title_country(doc: Doc, name: Token, title: Token, actor: Actor, ctx: CodingContext, published: Optional[str]) -> Actor:
    """The country of a speaker known by a title only ("Steven Goldstein, a spokesman for the campaign").

    The body the title serves, named in its of/for-phrase or as its possessor ("Vacco's campaign manager"), lends
    its country ("a spokesman for the Russian embassy": Russia's); an international body lends none. A body the text
    places nowhere, or none named, leaves the speaker of the article's home country, a guess (``country_from``), as a
    pronoun with nobody named for it is; not when the text before names other countries only.
    """
    da = document_actors(doc, resolver=ctx.resolver, published=published)
    for body in _title_bodies(title):
        span = doc[body.left_edge.i : body.i + 1]
        owner = da.at(span.start_char, span.end_char)
        country = owner.get("country") if owner is not None else None
        if country in _NOT_HOME or (owner is not None and not country and owner.get("code")):
            return actor  # "a spokesman for the United Nations": an international body's, of no one country
        if country:
            placed = ctx.resolver.localise(actor, str(country))
            if owner is not None and owner.get("country_from"):
                placed["country_from"] = owner["country_from"]
            return placed
    home = da.home_before(name.idx)
    if not home or _FOREIGN_WHO.search(span_text(doc[title.left_edge.i : title.i + 1])):
        return actor  # "said a Western diplomat": of no one country the text names
    placed = ctx.resolver.localise(actor, home)
    placed["country_from"] = "document"
    return placed


def _outlet_kind(ctx: CodingContext, outlet: Optional[str]) -> Optional[str]:
    hit = ctx.knowledge.find_outlet(outlet) if outlet else None
    return hit.get("kind") if hit else None


def reported_on(document: Document, start: int, *, in_title: bool = False) -> Optional[str]:
    """The date of the report a sentence at ``start`` belongs to.

    An editor's note or update with its own date is a later report: a
    sentence inside it was said on that date. Any other sentence (and a
    title) was said on the document's publication date.
    """
    if not in_title:
        for upd in document.get("updates") or []:
            lo = upd.get("start", 0)
            if upd.get("published") and lo <= start < max(upd.get("end", 0), lo + 1):
                return str(upd["published"])
    return document.get("published")


_CLAUSE_HEADS = {"VERB", "AUX"}


def _reporting_verb(doc: Doc, sent: Span, source: Mapping[str, Any], anchor: Token, offset: int) -> Optional[Token]:
    """The verb by which ``source`` says what it says ("confirmed", "denied"): the head of its speaker, else an ancestor of the event."""
    lemma = str(source.get("verb") or "").lower()
    if not lemma or " " in lemma or source.get("start") is None or source.get("end") is None:
        return None  # "according to X": no act to date
    span = doc.char_span(int(source["start"]) - offset, int(source["end"]) - offset, alignment_mode="expand")
    starts = [span.root] if span is not None else []
    for tok in [*starts, anchor]:
        for cur in [tok, *tok.ancestors]:
            if not (sent.start <= cur.i < sent.end):
                break
            if cur.lemma_.lower() == lemma and cur.pos_ in _CLAUSE_HEADS:
                return cur
    return None


def _attached(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """Does the phrase at ``start:end`` (doc offsets) hang off ``verb`` in its own clause ("On Tuesday, the ministry denied")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for cur in span.root.ancestors:
        if cur.i == verb.i:
            return True
        if cur.pos_ in _CLAUSE_HEADS:
            return False  # the date of another clause ("denied that troops crossed on Monday")
    return False


def _chain(cited: Optional[CitedSource]) -> list[Mapping[str, Any]]:
    """The cited source and the sources it cites, innermost first ("X said Y confirmed": Y, then X)."""
    out: list[Mapping[str, Any]] = []
    node: Optional[Mapping[str, Any]] = cast(Optional[Mapping[str, Any]], cited)
    while node and len(out) < 8:
        out.append(node)
        nxt = node.get("cites")
        node = nxt if isinstance(nxt, Mapping) else None
    return out[::-1]


def _told_in_simple_past(v: Token) -> bool:
    """Is ``v`` a verb in the simple past with no auxiliary ("stole", "carried out"; not "will be", "had been")?"""
    return v.tag_ == "VBD" and not any(c.dep_ in {"aux", "auxpass"} for c in v.children)


def stated_date(doc: Doc, sent: Span, anchor: Token, cited: Optional[CitedSource], *, context: CodingContext,
                reported: Optional[str], offset: int = 0) -> Optional[dict[str, Any]]:
    """The day of the reporting act behind a mention, when its clause dates it.

    "Early March 28, Xinhua confirmed that ...", "On Tuesday, the ministry
    denied that ...": the date phrase hangs off the attribution verb of the
    cited source (or of a source it cites, innermost first) and names one day
    on or before the report date ``reported``. Returns ``{"date", "basis":
    "text", "text", "start", "end", "verb", "by"}`` (offsets in document
    coordinates), else ``None``: the act then dates from the report.
    """
    if cited is None or not reported:
        return None
    timexes = [t for t in context.sentence_dates(span_text(sent), reported) if t.get("type") in {"DATE", "TIME"}]
    if not timexes:
        return None
    for source in _chain(cited):
        verb = _reporting_verb(doc, sent, source, anchor, offset)
        if verb is None:
            continue
        tense = tense_of(verb)
        for t in sorted(timexes, key=lambda t: abs(t["start"] + sent.start_char - verb.idx)):
            start, end = t["start"] + sent.start_char, t["end"] + sent.start_char
            if not _attached(doc, start, end, verb):
                continue
            day = act_day(t, reported=reported, tense=tense, lexicon=context.time)
            if day is not None:
                return {"date": day, "basis": "text", "text": t["text"], "start": start + offset, "end": end + offset,
                        "verb": verb.lemma_.lower(), "by": source.get("name")}
    return None


def _charge_dropped(doc: Doc, cand: EventCandidate, ctx: CodingContext) -> EventCandidate:
    """Criminal charges a court or the prosecution drops ("charges have been dismissed against a man", "prosecutors agreed
    to drop two charges") are the charge, 173, that no longer stands (negated by the modality), not a rejection (12)."""
    if cand.nominal or cand.code[:2] not in {"11", "12", "16"} or dropped_charge(doc[cand.trigger_i], ctx.claims) is None:
        return cand
    return replace(cand, code="173")


def _planned_by(doc: Doc, cand: EventCandidate, ctx: CodingContext) -> EventCandidate:
    """The act of a foiled plan is done by who made the plan, not by who foiled it: in "police foiled a plot by
    militants to bomb the embassy" the militants are the bombing's source, and with no planner named it has none."""
    plan = None if cand.nominal else plan_of(doc[cand.trigger_i], ctx.claims)
    if plan is None or foiling_words(plan, ctx.claims) is None:
        return cand
    return replace(cand, sources=planners(plan))


_HEARSAY = {"report", "allegation", "claim", "rumour", "rumor", "account"}


def _told_of(n: Token) -> bool:
    """An event named as what reports or claims tell of: "credible reports of widespread atrocities" (unconfirmed)."""
    return n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _HEARSAY and n.head.head.tag_ == "NNS"


def _negated_imperative(v: Token) -> bool:
    """Is ``v`` a negated imperative, with "do" and no subject: "Don't ignore it", "Please do not let them go"?"""
    return (v.tag_ == "VB" and any(c.dep_ == "neg" for c in v.children)
            and any(c.dep_ == "aux" and c.lower_ in {"do", "don't"} for c in v.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in v.children))


#: verbs whose own event is the talks' halt: "the talks collapsed", "the summit broke down", "the negotiations foundered"
_TALKS_FAIL = frozenset({"collapse", "founder", "break"})


def _own_negation_dropped(doc: Doc, cand: EventCandidate, modality: Modality, *, offset: int, head: bool = True) -> Modality:
    """The modality of a trigger whose own negation makes its sense ("is not happy with": disapproval), without that
    negation: the disapproval is voiced, not denied. Any other negation ("did not say he was unhappy") stays.
    ``head``: the negation of the word the trigger hangs on counts as its own (a copula's "not")."""
    adj = doc[cand.trigger_i]
    own = {c.idx + offset for c in [*adj.children, *(adj.head.children if head else ())] if c.dep_ == "neg"}
    cues = [c for c in modality.get("cues", []) if not (c.get("label") == "negated" and c.get("start") in own)]
    if len(cues) == len(modality.get("cues", [])):
        return modality
    out = modality.copy()
    out["cues"] = cues
    if not any(c.get("label") == "negated" for c in cues):
        out["labels"] = [label for label in modality.get("labels", []) if label != "negated"]
    return out


# a claim or a charge the other side contests, set off after what it claims: ", a claim Kyiv did not confirm", ", a
# charge Islamabad denies", ", an allegation Beijing dismissed"
_CONTEST = re.compile(
    r",\s+(?:an?|the)\s+(?P<noun>claims?|charges?|allegations?|accusations?|account|assertions?|version|figures?|tolls?)\s+(?:that\s+|which\s+)?"
    r"(?:\S+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:(?:strongly|repeatedly|vehemently|flatly|quickly|firmly|always)\s+)?"
    r"(?:(?P<deny>denie[sd]|deny|reject(?:s|ed)?|dismiss(?:es|ed)?|dispute[sd]?|refute[sd]?|rebuff(?:s|ed)?)"
    r"|(?P<unconfirmed>(?:(?:did|does|do|could|has|have|had)\s+)?(?:not|n't)\s+(?:yet\s+)?(?:independently\s+)?"
    r"(?:confirm(?:ed)?|verif(?:y|ied)|corroborate[sd]?)))\b"
    # ", a figure that could not be independently verified"
    r"|,\s+(?:an?|the)\s+(?P<figure>claims?|figures?|toll|account)\s+(?:that|which)\s+(?:could|can|has|have)\s*(?:not|n't)\s+"
    r"(?:yet\s+)?(?:been|be)\s+(?:independently\s+)?(?:confirmed|verified|corroborated)\b"
    # ", but the figures could not be independently confirmed", ", though the report could not be verified"
    r"|,\s+(?:but|though|although|and)\s+(?:the|this|these|those|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|figures?|tolls?|accounts?|reports?|numbers?|information|details)\s+(?:could|can|has|have|had|was|were)\s*(?:not|n't)\s+"
    r"(?:yet\s+)?(?:been|be\s+)?(?:independently\s+)?(?:confirmed|verified|corroborated)\b")


# the acts that make the claim or the charge: they were made, whoever contests what they claim
_CLAIMING = frozenset({"accuse", "charge", "allege", "claim", "blame", "indict", "sue", "report", "accusation", "allegation"})


def _contest(sent: Span) -> Optional[re.Match[str]]:
    """The contesting phrase of the sentence (its match in the sentence's text), or None."""
    text = span_text(sent)
    if "," not in text:
        return None
    return _CONTEST.search(text)


def _contested(modality: Modality, cand: EventCandidate, contest: re.Match[str], base: int) -> Modality:
    """The modality of an act told before a contesting phrase: the phrase's own denial does not negate what comes before
    it (the parser may hang "accused Pakistan of ..." under "denies"), and the act claimed or charged is disputed (a
    denial or rejection) or unconfirmed (not confirmed); the claim or the charge itself was made."""
    at = base + contest.start()
    cues = [c for c in modality.get("cues", []) if int(c.get("start", 0)) < at]
    claiming = cand.statement or cand.code[:3] in {"111", "112"} or cand.sentence.doc[cand.trigger_i].lemma_.lower() in _CLAIMING
    if not claiming:
        cues.append({"text": contest.group(0).lstrip(", "), "start": at + 2, "end": base + contest.end(), "label": "hedged",
                     "probability": 0.5, "strength": "dispute" if contest.group("deny") else "weak"})
    out = cast(Modality, dict(modality))
    out["cues"] = cues
    out["labels"] = sorted({str(c["label"]) for c in cues})
    probabilities = [float(c["probability"]) for c in cues if c.get("probability") is not None]
    out["probability"] = min(probabilities) if probabilities else None
    return out


def _misparsed_characterisation(noun: Token) -> bool:
    """Is the event noun the parser's object of a verb whose next clause is a subjectless copula that characterises it
    ("denied [the arrests] [were politically motivated]", "denied [the killings] [were deliberate]")?"""
    if noun.dep_ != "dobj":
        return False
    return any(c.dep_ == "ccomp" and c.i > noun.i and c.lemma_.lower() == "be" and c.tag_ in {"VBD", "VBZ", "VBP"}
               and not any(x.dep_ in {"nsubj", "nsubjpass", "expl"} or (x.dep_ == "aux" and x.tag_ == "MD") for x in c.children)
               and any(x.dep_ in {"acomp", "attr"} and x.lemma_.lower() not in MODAL_PREDICATES for x in c.children)
               for c in noun.head.children)


def _headline_starts(doc: Doc) -> tuple[int, ...]:
    """The first token of each opening line of ``doc`` that reads as a headline (:func:`headlines`), found once per doc
    (a tuple: ``user_data`` travels between processes)."""
    key = "tidings_headline_starts"
    if key not in doc.user_data:
        doc.user_data[key] = tuple(h.start for h in headlines(doc))
    return cast(tuple[int, ...], doc.user_data[key])


def _facts(doc: Doc, cand: EventCandidate, resolved: list[tuple[Optional[Actor], Optional[Actor]]], ctx: CodingContext, document: Document,
           *, offset: int, in_title: bool, contest: Optional[re.Match[str]] = None) -> _Facts:
    """Modality, cited source, status, date and place of a candidate (``contest``: its sentence's contesting phrase,
    :func:`_contest`)."""
    sent = cand.sentence
    anchor = doc[cand.anchor_i]
    # relative dates count from the report the sentence belongs to (an editor's note's own date)
    published = reported_on(document, sent.start_char + offset, in_title=in_title)
    title = document.get("title")
    # a title, or an opening line of the text that reads as a headline ("Annan to fly to Baghdad" above its story)
    is_title = in_title or (bool(title) and sent.text.strip() == (title or "").strip()) or (
        offset == 0 and sent.start_char < 300 and sent.start in _headline_starts(doc))
    noun = doc[cand.trigger_i]
    if cand.nominal and noun.i != anchor.i and noun.head.i == anchor.i and characterised(noun, anchor):
        # "denied that the detention was politically motivated": what the clause says of it is denied, not the detention
        modality = modality_for(doc, cand.trigger_i, context=ctx, offset=offset, title=is_title)
    elif cand.nominal and _misparsed_characterisation(noun):
        # "denied [the arrests] [were politically motivated]", the parser's reading: the arrests stand as the denial does
        modality = modality_for(doc, noun.head.i, context=ctx, offset=offset, title=is_title)
    else:
        # "the talks collapsed": the collapse is the halt of the talks (164); the failure it tells negates the talks,
        # not itself
        own_failure = cand.code == "164" and not cand.nominal and doc[cand.trigger_i].lemma_.lower() in _TALKS_FAIL
        modality = modality_for(doc, cand.anchor_i, context=ctx, offset=offset, title=is_title, own_failure=own_failure)
    if cand.entry is not None and cand.entry.origin in {"displeasure", "no comment"}:
        # "not happy with": the "not" is the disapproval; "would not comment": the "not" is the refusal to comment
        modality = _own_negation_dropped(doc, cand, modality, offset=offset)
    elif cand.code[:2] == "02" and _negated_imperative(doc[cand.trigger_i]):
        # "Don't ignore it", "Do not let them go": the appeal is made; its "not" belongs to what is asked
        modality = _own_negation_dropped(doc, cand, modality, offset=offset, head=False)
    if cand.negated and "negated" not in modality.get("labels", []) and counterfactual_fact(doc[cand.trigger_i]) is None and not (
            cand.entry is not None and cand.entry.origin == "no comment"):
        modality = modality.copy()
        modality["labels"] = [*modality.get("labels", []), "negated"]
    if (cand.alleged or _told_of(doc[cand.trigger_i])) and "hedged" not in modality.get("labels", []):
        modality = modality.copy()
        modality["labels"] = [*modality.get("labels", []), "hedged"]
    if contest is not None and cand.trigger_start < sent.start_char + contest.start():  # (the match is in the sentence's text)
        modality = _contested(modality, cand, contest, sent.start_char + offset)
    cited = attribution_for(doc, cand.anchor_i, context=ctx, offset=offset)
    date = own_date(event_date_for(doc, sent, anchor, doc[cand.trigger_i], context=ctx, published=published, offset=offset))
    narrative = None
    if date is None:  # the day of the episode it continues, kept apart from the own date (gold guidelines, rule 6)
        found = narrative_date_for(doc, sent, anchor, context=ctx, published=published, offset=offset)
        narrative = cast(DateInfo, {**found, "basis": BASIS_NARRATIVE}) if found is not None else None
    reported = report_day(published)
    stated = stated_date(doc, sent, anchor, cited, context=ctx, reported=reported, offset=offset)
    if stated is None and reported is not None:
        stated = {"date": reported, "basis": "reported"}  # said on the day of its report (an editor's note's own day)
    day = (published or "")[:10]
    start = str(date.get("start")) if date else ""
    end = str(date.get("end") or date.get("start")) if date else ""
    status, certainty = mention_status(
        modality, cited, lexicon=ctx.claims, outlet_kind=_outlet_kind(ctx, document.get("outlet")),
        # "Trump could meet Kim before May"; not a period the report falls in told in the simple past ("In May, thieves
        # stole ..." in a report of 1 May)
        hedged_future=bool(date and day and (start > day or (start == day and not _told_in_simple_past(anchor))) and end > day),
        past_purpose=_past_purpose(anchor, modality),  # "summoned the ambassador on Thursday to demand the release"
        modal_future=_modal_future(anchor),  # "Abe might hold a similar visit"
        dated_past=bool(date and day and end < day),  # "the train Kim Jong Il rode to visit Beijing in 2011"
    )
    if status == "hypothetical" and _forecast_purpose(anchor, modality, ctx):
        status = "forecast"  # "plan to launch rallies on April 9 to demand his resignation": the purpose of a forecast act
    negated = cand.negated or "negated" in modality.get("labels", [])
    actor_spans = tuple((r.start, r.end) for r in [*cand.sources, *cand.targets])
    place_country = next((t.get("country") for _, t in resolved if t and cand.place is not None and t.get("start") == cand.place.start + offset), None)
    location = event_location_for(doc, sent, cand.trigger_i, cand.place, context=ctx, offset=offset, actor_spans=actor_spans, country=place_country)
    return _Facts(modality, cited, status, certainty, negated, date, location, stated, narrative)


def _spans(cand: EventCandidate, source: Optional[Actor], target: Optional[Actor], facts: _Facts, offset: int) -> dict[str, list[int]]:
    """Character ranges of the mention's parts, in document coordinates."""
    date = facts.date or {}
    parts: list[tuple[str, Any]] = [
        ("trigger", (cand.trigger_start + offset, cand.trigger_end + offset)),
        ("source", source and (source.get("start"), source.get("end"))),
        ("target", target and (target.get("start"), target.get("end"))),
        ("date", (date.get("span_start"), date.get("span_end"))),
        ("location", facts.location and (facts.location.get("start"), facts.location.get("end"))),
        ("cited_source", facts.cited and (facts.cited.get("start"), facts.cited.get("end"))),
    ]
    return {role: [span[0], span[1]] for role, span in parts if span and span[0] is not None}


def _mention(doc: Doc, cand: EventCandidate, source: Optional[Actor], target: Optional[Actor], facts: _Facts, ctx: CodingContext,
             document: Document, doc_id: str, *, offset: int, in_title: bool) -> Mention:
    sent = cand.sentence
    mention: Mention = {
        "document": doc_id,
        "outlet": document.get("outlet"),
        "original_outlet": document.get("original_outlet"),
        "published": document.get("published"),
        "sentence": span_text(sent),
        "start": sent.start_char + offset,
        "end": sent.end_char + offset,
        "cited_source": facts.cited,
        "modality": facts.modality,
        "status": facts.status,
        "certainty": facts.certainty,
        "negated": facts.negated,
        "spans": _spans(cand, source, target, facts, offset),
    }
    if facts.stated is not None:
        # when it was said: the reporting act's day as the text dates it ("On Tuesday, the ministry denied"), else the report's
        cast(dict[str, Any], mention)["stated"] = facts.stated
    if facts.cited is None:
        evidence = evidence_for(doc, cand.anchor_i, context=ctx, offset=offset)
        if evidence is not None:
            mention["evidence"] = evidence  # "video showed ...": what shows the event, not who says so
            mention["spans"]["evidence"] = [evidence["start"], evidence["end"]]
    if in_title:
        mention["in_title"] = True
    elif any(u.get("start", -1) <= sent.start_char + offset < u.get("end", -1) for u in document.get("updates") or []):
        mention["update"] = True  # from an editor's note or update: said after the article
    contrast = _contrasted_span(doc, cand.sources[0]) if len(cand.sources) == 1 else None
    if contrast is not None and source is not None:
        other = resolve_actor(doc, *contrast, context=ctx, offset=offset, date=document.get("published"), as_agent=True)
        if other is not None and other.get("country") and other.get("country") != source.get("country"):
            mention["contrasted"] = {"source": other}  # the text says this actor did not do it
    return mention


# words only a sports report uses (positions, plays, leagues and tallies of ball games, football (soccer) and boxing): a
# text holding two of them reports games ("Manning threw for 364 yards and three touchdowns", "sent off for two yellow
# cards"; guidelines, rule of thumb 4)
# (this pattern and the two page patterns below open with a look-ahead at the first letters of their terms: a word no
# term starts with is passed over at once; they match as without it)
_SPORT_TERMS = re.compile(
    r"\b(?=[abcefghijklmnopqrstuwy])(?:touchdowns?|quarterbacks?|linebackers?|running backs?|wide receivers?|kickoffs?|field goals?|halftime|"
    r"injured reserve|playoffs?|postseason|preseason|super bowl|nfl|n\.f\.l\.|nba|nhl|mlb|ncaa|rebounds|assists|"
    r"game-high|free throws?|three-pointers?|layups?|innings?|home runs?|homers?|rbis?|basem[ae]n|outfielders?|"
    r"center fielders?|pitchers?|shortstops?|goalkeepers?|goalies?|midfielders?|premier league|quarterfinals?|"
    r"semifinals?|heavyweights?|middleweights?|welterweights?|cruiserweights?|lightweights?|tko|kos|jabs|uppercuts?|"
    r"knockouts?|knockdowns?|undercard|ringside|sparring|southpaws?|bouts?|rematch(?:es)?|title fights?|ibf|wbc|wba|wbo|ufc|"
    r"yellow cards?|red cards?|penalty (?:area|box|spot|kicks?)|stoppage time|injury time|hat-tricks?|equali[sz]ers?|"
    r"free kicks?|corner kicks?|offside|goalless|clean sheets?|goalscorers?|scorelines?|kick-offs?|league titles?|title race)\b",
    re.IGNORECASE)
# senses a game gives to words of violence and protest: "beat Evansville", "a balanced attack", "a late rally", "a
# 10-fight winning streak", "10-for-10 shooting from the floor", "kick returner", "the battle for Teixeira", "a 90th
# minute strike sealed the win"
_GAME_SENSES = frozenset({"beat", "defeat", "rout", "attack", "fight", "battle", "clash", "rally", "shooting", "kick", "blitz",
                          "tackle", "hit", "capture", "spurn", "storm", "strike"})
# words of the law's business in a sentence: a fight it tells is no game
_LAW_NEWS = frozenset({"police", "policeman", "officer", "sheriff", "deputy", "arrest", "charge", "court", "jail", "prison", "judge",
                       "prosecutor", "suspect"})
# roots no sport report holds without a public side: statements, appeals, intents, meetings, trips, cooperation, aid,
# yielding, demands, disapproval, rejections, threats and cuts of ties ("asked for an eight-year contract", "the
# Red Sox refused to believe the offer", "they journey to Denver", "tried to return the kickoff")
_GAME_TALK_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"})


# verbs of a trip a sports person makes to a game or a bout, and the words of a game or a bout in its sentence ("arrived
# on Monday ahead of the rematch", "who won the WBC belt")
_TRIP_VERBS = frozenset({"visit", "travel", "arrive", "go", "come", "fly", "head", "journey", "return"})
_SPORT_OCCASIONS = frozenset({"bout", "bouts", "rematch", "belt", "belts", "prizefight", "fixture", "fixtures", "match", "matches",
                              "tournament", "championship", "championships", "playoff", "playoffs", "knockout", "ko", "tko",
                              "heavyweight", "middleweight", "welterweight", "lightweight", "boxer", "boxing", "fighter",
                              "wbc", "wba", "ibf", "wbo", "ufc", "kickoff", "derby"})


def _sport_trip(cand: EventCandidate) -> bool:
    """Is a trip (04) told in a sentence of a game or a bout ("the former champion arrived in Britain ahead of the
    rematch", "who won the WBC belt, arrived in Germany")? Its traveller is kept only when public: a fighter's or a
    team's trip is sport, no visit (guidelines, rule of thumb 4); "the president flew to Qatar for the final" stays."""
    if cand.code[:2] != "04" or cand.nominal or cand.sentence.doc[cand.trigger_i].lemma_.lower() not in _TRIP_VERBS:
        return False
    return any(t.lower_ in _SPORT_OCCASIONS or (t.lemma_.lower() == "fight" and t.pos_ == "NOUN" and not any(
        c.dep_ == "prep" and c.lower_ in {"against", "for", "over"} for c in t.children)) for t in cand.sentence)


#: nouns of a journey that need a traveller to be a visit or a trip told (042, 043)
_JOURNEY_NOUNS = frozenset({"journey", "trip", "voyage"})


#: verbs of getting somewhere, which make a visit only to another side
_ARRIVING = frozenset({"arrive", "come", "go", "fly", "travel", "return", "land", "head", "reach", "get"})
#: kinds of actor a place resolves to
_PLACE_KINDS = frozenset({"city", "capital", "country", "place"})


def _home_arrival(cand: EventCandidate, resolved: list[tuple[Optional[Actor], Optional[Actor]]]) -> bool:
    """Is the visit (042) a verb of getting somewhere whose every side lands in a place of its own country: "Former
    Peruvian President Alberto Fujimori arrived in Lima", "the nurses arrived in Sofia"? A journey home or within
    one's country meets no other side (guidelines: a visit is to another actor); "Kim arrived in Beijing" stays. Only a
    journey told as done."""
    word = cand.sentence.doc[cand.trigger_i]
    if cand.code != "042" or cand.nominal or word.lemma_.lower() not in _ARRIVING or word.tag_ not in {"VBD", "VBN"}:
        return False  # (a journey ahead is left alone: "he will then travel to Washington")
    return bool(resolved) and all(
        s is not None and t is not None and s.get("country") and s.get("country") == t.get("country")
        and s.get("country_from") != "document"  # ("the premier arrived in Hanoi": the premier's country is only the text's)
        and (t.get("kind") in _PLACE_KINDS or t.get("place")) for s, t in resolved)


def _nobodys_journey(cand: EventCandidate, resolved: list[tuple[Optional[Actor], Optional[Actor]]]) -> bool:
    """Is the candidate a journey noun that no one is found to make, in a sentence that names no one: "a diverted
    journey, bus or coach", "at the time of the journey"? A journey needs its traveller (guidelines, section 2: an
    identifiable actor); "Albright's one-day trip", "when Albright set aside plans for the trip" stay."""
    if cand.code[:2] != "04" or not cand.nominal or cand.sentence.doc[cand.trigger_i].lemma_.lower() not in _JOURNEY_NOUNS:
        return False
    return all(s is None for s, _ in resolved) and not any(
        t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for t in cand.sentence)  # "Albright set aside plans for the trip"


def _page_words(terms: "re.Pattern[str]", text: str) -> int:
    """How many different words of one kind of page (``terms``) the text uses, a plural counted with its singular."""
    return len({m.group(0).lower().rstrip("s") for m in terms.finditer(text)})


# words of a war fought from the air: a report that uses two of them tells its bombings as air raids
_AIR_WAR_TERMS = re.compile(r"\b(?:air ?strikes?|air raids?|warplanes?|fighter jets?|aerial bombardments?|air force|"
                            r"drone strikes?|missile strikes?|no-fly zone)\b", re.IGNORECASE)
# what makes a bombing a bomb's, set or thrown, not an air raid
_DEVICE_WORDS = frozenset({"car", "suicide", "roadside", "truck", "pipe", "letter", "parcel", "nail", "bus", "bicycle",
                           "motorcycle", "van", "mail", "package", "ied", "terrorist", "terror", "marathon", "embassy"})


#: who bombs from the air whatever the page says: an air force, an alliance of states
_AIR_BOMBERS = frozenset({"nato", "air", "aerial", "allied", "coalition", "u.s.-led", "us-led", "nato-led", "saudi-led"})


def _bombing_from_the_air(doc: Doc, cand: EventCandidate) -> bool:
    """Is the bombing noun ``cand`` (183) an air raid: "bombing" with no word of a set device ("car", "suicide",
    "roadside") in a report that speaks of a war from the air ("airstrikes", "warplanes"; two different words)?"""
    word = doc[cand.trigger_i]
    if word.lemma_.lower() not in {"bombing", "bombardment"} or word.pos_ != "NOUN":
        return False
    if any(c.lower_ in _DEVICE_WORDS or c.lemma_.lower() in _DEVICE_WORDS for c in word.children if c.dep_ in {"compound", "amod", "nmod"}):
        return False
    # "NATO bombing", "the allied bombing of Baghdad", "NATO's bombing campaign", "bombing raids": by an air force or an
    # alliance, or a raid of bombs
    named = [*word.children, *(word.head.children if word.dep_ == "compound" else ())]
    if any(c.dep_ in {"compound", "amod", "poss", "nmod"} and c.lower_ in _AIR_BOMBERS for c in named) or (
            word.dep_ == "compound" and word.head.lemma_.lower() in {"raid", "run", "sortie", "mission"}):
        return True
    return page_words(doc, _AIR_WAR_TERMS, _page_words) >= 2


def _any_public_side(resolved: list[tuple[Optional[Actor], Optional[Actor]]]) -> bool:
    """Is a source or target of any of the candidate's (source, target) pairs a public side?"""
    return any(_public_side(a) for pair in resolved for a in pair)


def _sports_report(doc: Doc) -> bool:
    """Does the text report ball games or boxing: two different words of the sports page ("touchdowns", "rebounds",
    "playoff", "heavyweight", "TKO")? One word ("a heavyweight politician", "the playoff for the seat") does not."""
    return page_words(doc, _SPORT_TERMS, _page_words) >= 2


def _game_news(doc: Doc, cand: EventCandidate, resolved: list[tuple[Optional[Actor], Optional[Actor]]]) -> bool:
    """In a sports report, is the candidate a game told in the words of violence ("beat the Chiefs", "fended off a late
    rally", "fought better opposition"), or a word of sport business with no public side ("the agent asked for a
    contract", "the team spurned him")? Sport is other unless a government, court, police or armed actor takes part
    (guidelines, rule of thumb 4): "the tackle was shot in September", "police arrested the quarterback" stay."""
    word = doc[cand.trigger_i]
    # a club's president, chairman or general manager the knowledge files do not name is the club's, not a state's
    resolved = [(None if _club_officer(s) else s, None if _club_officer(t) else t) for s, t in resolved]
    if word.lemma_.lower() in _GAME_SENSES and not _any_public_side(resolved):
        # a brawl the law takes up is no game: "police arrested the linebacker after a fight at a bar"; nor is a
        # shooting that left a player paralyzed
        if any(t.lemma_.lower() in _LAW_NEWS for t in cand.sentence):
            return False
        return not (word.pos_ == "NOUN" and word.lemma_.lower() in _VIOLENT_NOUNS and _harm_to_a_person(cand.sentence))
    # a player's or a coach's word about a crime or the law's charges is no sport business: "the coach denied charges
    # of assault toward a cab driver"
    return cand.code[:2] in _GAME_TALK_ROOTS and not _any_public_side(resolved) \
        and not _crime_or_charge(cand.sentence)


#: titles a sports club's officers share with a state's ("Sixers president Billy King", "chairman Ed Snider")
_CLUB_TITLES = frozenset({"president", "vice president", "chairman", "chairwoman", "owner", "general manager",
                          "assistant general manager", "executive", "chief executive", "director", "commissioner"})


def _club_officer(actor: Optional[Actor]) -> bool:
    """Is ``actor`` someone the text titles like a club officer (a president, a chairman, a general manager) with no
    entry in the knowledge files, whose sector the title alone made a state's or an army's?"""
    return actor is not None and actor.get("kind") == "person" and str(actor.get("role") or "").lower() in _CLUB_TITLES \
        and actor.get("sector") in {"GOV", "MIL", "ELI"}


# nouns of violence a game can borrow that, beside a harm to a body, name a real attack ("paralyzed following a shooting")
_VIOLENT_NOUNS = frozenset({"shooting", "attack", "fight", "clash"})
# words of a harm to a person's body or life (not "injury", which the sports page uses of strains and sprains)
_BODILY_HARM = frozenset({"paralyze", "paralyzed", "wound", "wounded", "kill", "die", "dead", "hospitalize", "murder", "stab",
                          "gunshot", "bullet"})
# crimes and the law's words for them that no game borrows
_CRIMES_NAMED = frozenset({"assault", "murder", "rape", "robbery", "crime", "felony", "misdemeanor", "misdemeanour", "abuse",
                           "harassment", "battery", "manslaughter", "homicide", "theft", "burglary", "stabbing", "dui", "dwi",
                           "police", "arrest", "prosecutor", "jail", "prison", "lawsuit", "indictment", "sheriff"})


def _harm_to_a_person(sent: Span) -> bool:
    """Does the sentence tell a harm to someone's body or life ("paralyzed from the waist down", "was wounded", "died")?"""
    return any(t.lemma_.lower() in _BODILY_HARM or t.lower_ in _BODILY_HARM for t in sent)


def _crime_or_charge(sent: Span) -> bool:
    """Does the sentence name a crime or the law's charges ("denied charges of physical assault", "was charged with",
    "police said")? A "charge" of the game ("led the charge", "in charge of") does not count."""
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in _CRIMES_NAMED:
            return True
        if lemma == "charge" and (t.tag_ == "NNS" or any(c.dep_ == "prep" and c.lower_ in {"with", "against"} for c in t.children)):
            return True  # "charges of assault", "charged with battery", "a charge against him"; not "in charge of"
    return False


# words only a report on software and its security uses: a text holding two of them tells of programs, browsers and
# their holes ("an emergency patch for a vulnerability in its browser")
_SOFTWARE_TERMS = re.compile(
    r"\b(?=[abcdefghijmnoprstvwz])(?:vulnerabilit(?:y|ies)|malware|spyware|ransomware|adware|browsers?|web browsers?|security (?:patch|update|hole|flaw|bug)s?|"
    r"patches|zero-day|software|operating systems?|internet explorer|activex|plug-ins?|phishing|trojans?|botnets?|antivirus|"
    r"firmware|cybercriminals?|cyber-?attacks?|cyber-?security|exploit code|source code|remote code|data breach(?:es)?|"
    r"security researchers?|servers?|passwords?|computers?|hackers?|email messages?|web ?sites?|firewalls?|"
    r"python|javascript|interpreters?|compilers?|syntax|runtime|namespaces?|debugg(?:er|ing)|repositor(?:y|ies)|github|"
    r"docker|command line|programming languages?|source files?|pip install|npm|virtual environments?)\b", re.IGNORECASE)
# words of force and harm a software report gives to programs: "a drive-by attack", "the exploit to execute", "hijack a
# browser", "take control of computers", "steal passwords", "a website hosting malware"
_CODE_SENSES = frozenset({"attack", "exploit", "execute", "hijack", "take", "steal", "host", "target", "infect", "compromise", "hit",
                          "strike", "breach", "hack", "kill", "crash", "lure", "threat", "threaten", "seize", "capture",
                          # a programmer's words: "name clashes", "closures", "the interpreter shuts down", "launch a shell"
                          "clash", "closure", "shut", "launch", "terminate", "abort", "block", "inspection", "inspect",
                          "isolate", "isolation", "execution"})


def _software_report(doc: Doc) -> bool:
    """Does the text report on software, its security or its programming: three different words of that page
    ("vulnerability", "browser", "malware", "patches", "hackers", "Python", "interpreter", "syntax")? One or two ("the
    hackers' computers") do not."""
    return page_words(doc, _SOFTWARE_TERMS, _page_words) >= 3


def _code_news(doc: Doc, cand: EventCandidate, resolved: list[tuple[Optional[Actor], Optional[Actor]]]) -> bool:
    """In a software report, is the candidate a program's attack, exploit or theft ("prevents this attack", "the exploit
    to execute", "take control of computers"), told with no public side and no word of the law in its sentence? Force on
    programs harms no actor (guidelines, section 2); "police arrested the hacker", "state hackers attacked the ministry"
    stay."""
    if doc[cand.trigger_i].lemma_.lower() not in _CODE_SENSES or cand.code[:2] not in {"04", "09", "13", "17", "18", "19", "20"}:
        return False
    if _any_public_side(resolved):
        return False
    return not any(t.lemma_.lower() in _LAW_NEWS for t in cand.sentence)


# words only a report on films and shows uses: a text holding three of them tells the business of making films, whose
# talks, deals, returns and praise have no public side ("in negotiations to helm the sequel", "return to direct")
_SCREEN_TERMS = re.compile(
    r"\b(?=[abcfhimopst])(?:sequels?|prequels?|box[ -]office|screenplays?|screenwriters?|filmmakers?|film-makers?|studios?|franchise|trilogy|"
    r"installments?|instalments?|co-stars?|starring|premieres?|blockbusters?|movies?|films?|actress(?:es)?|hollywood|oscars?|"
    r"sitcoms?|cinemas?)\b", re.IGNORECASE)


def _asks(sent: Span) -> bool:
    """Does the sentence end in a question mark (a list's next number after it aside: "... the job offer?  92.")?"""
    words = [t for t in sent if not (t.is_space or t.is_punct or t.like_num) or t.text == "?"]
    return bool(words) and words[-1].text == "?"


def _question_page(doc: Doc) -> bool:
    """Is the text a page of questions (jokes, a quiz, questions and answers): at least six sentences that end in a
    question mark, a quarter of its sentences or more? A question there is asked of the reader, no event is reported
    in it; a report quoting a few questions is no such page."""
    sents = list(doc.sents)
    asked = sum(1 for s in sents if _asks(s))
    return asked >= 6 and asked * 4 >= len(sents)


def _screen_report(doc: Doc) -> bool:
    """Does the text report the making of films or shows: three different words of the film page ("sequel", "studio",
    "box office", "movie")? A political text naming one film does not."""
    return page_words(doc, _SCREEN_TERMS, _page_words) >= 3


def _no_news(doc: Doc, cand: EventCandidate, facts: _Facts, document: Document, resolved: list[tuple[Optional[Actor], Optional[Actor]]],
             *, offset: int, in_title: bool) -> bool:
    """Does the candidate's clause tell background, a generic statement or an assessment, not a happening of the news
    (guidelines, section 1: :func:`tidings.code._sentence_kind.non_event_reason`)?"""
    if in_title:
        return False
    date = facts.date if facts.date and facts.date.get("basis") == "text" else None
    end = str(date.get("end") or date.get("start")) if date else None
    published = reported_on(document, cand.sentence.start_char + offset, in_title=in_title)
    return non_event_reason(doc[cand.trigger_i], doc[cand.anchor_i], cand.code, published=published, date_end=end,
                            has_actor=any(s is not None for s, _ in resolved)) is not None


def events_from_doc(
    doc: Doc,
    document: Document,
    *,
    context: CodingContext,
    offset: int = 0,
    candidates: Optional[list[EventCandidate]] = None,
    in_title: bool = False,
    min_confidence: float = 0.0,
) -> list[Event]:
    """Turn the event candidates of a parsed ``doc`` into ``Event`` records.

    ``doc`` may cover the whole clean text (``offset`` 0) or a chunk of it
    starting at ``offset`` (pre-filter mode). ``context`` holds the knowledge,
    lexicons and gazetteer the engines use. With ``in_title`` the doc is the
    document's title (kept apart from the clean text by the reader): offsets
    then refer to the title and each mention says ``"in_title": true``.
    Every record and its mention get a ``confidence`` (0..1) from
    ``context.confidence`` (:mod:`tidings.code.confidence`); records below
    ``min_confidence`` are left out.
    """
    if candidates is None:
        found = doc._.tidings_events if doc.has_extension("tidings_events") else None
        candidates = found if found is not None else find_events(doc, context.events, skip_headings=context.settings.skip_headings, actor_noun=context.actor_noun)
    doc_id = document.get("id") or document_id(document["text"] if "text" in document else doc_text(doc))
    published = document.get("published")
    outlet = document.get("outlet")
    events: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    per_sentence: dict[int, int] = {}
    sentence_positions: dict[int, int] = {}
    for cand in candidates:
        per_sentence[cand.sentence.start] = per_sentence.get(cand.sentence.start, 0) + 1
    coded_sentences: set[int] = set()
    rows: list[dict[str, float]] = []  # confidence features, one per record
    sports: Optional[bool] = None  # a sports report (read once, at the first candidate with actors)
    software: Optional[bool] = None  # a report on software and its security (read once, likewise)
    screen: Optional[bool] = None  # a report on the making of films and shows (read once, likewise)
    quiz: Optional[bool] = None  # a page of questions: jokes, a quiz, questions and answers (read once, likewise)
    for cand in sorted(candidates, key=lambda c: c.statement):  # statements last: kept only in a sentence with no other event
        if cand.statement and cand.sentence.start in coded_sentences:
            continue
        if _asks(cand.sentence):
            if quiz is None:
                quiz = _question_page(doc)
            if quiz:
                continue  # "Why did the king go to the bathroom?" in a page of jokes
        cand = _charge_dropped(doc, _planned_by(doc, cand, context), context)
        if cand.code[:3] == "183" and _bombing_from_the_air(doc, cand):
            cand = replace(cand, code="195")  # "the bombings" in a report of airstrikes: aerial weapons (settling rule 1)
        resolved = _resolve_pairs(doc, cand, context, offset=offset, published=published)
        if cand.statement or cand.written:  # a letter's or a statement's speech act by its author: the same speaker test
            resolved = [(s if _public(s) else _titled(doc, cand, context, offset, published) or s, t) for s, t in resolved or [(None, None)]]
            kept = [(s, t) for s, t in resolved if _public(s) or _placed_person(s, cand)]
            resolved = [] if kept and _corporate(doc, cand, context, published) else kept  # the speaker's firm is asked once
        elif cand.code[:2] == "01" and _corporate(doc, cand, context, published):
            resolved = []  # "Rally officials weren't available to comment", "a company spokesman announced": a firm's word
        elif _judging_verb(cand):
            # "my neighbour criticised the film", "Martha Jones praised the article": a private person's opinion (settling
            # rule 2); "praised the mayor" judges a public side and stays
            resolved = [(s, t) for s, t in resolved if _public_side(t) or (t is not None and t.get("country"))
                        or not _private_judge(doc, cand, s, context, offset, published)]
        if resolved and _sport_trip(cand):
            resolved = [(s, t) for s, t in resolved if _public_side(s)]  # "the former champion flew to Japan for the rematch"
        if not resolved or _idle_raid(doc, cand, resolved) or _nobodys_journey(cand, resolved) or _home_arrival(cand, resolved):
            continue
        if sports is None:
            sports = _sports_report(doc)
        if sports and _game_news(doc, cand, resolved):
            continue
        if software is None:
            software = _software_report(doc)
        if software and _code_news(doc, cand, resolved):
            continue
        if screen is None:
            screen = _screen_report(doc)
        if screen and cand.code[:2] in _GAME_TALK_ROOTS and not _any_public_side(resolved):
            continue  # the film business's talks, deals, returns and praise ("in negotiations with the studio to return")
        contest = _contest(cand.sentence)
        if contest is not None and contest.group("noun") and cand.trigger_start == cand.sentence.start_char + contest.start("noun"):
            continue  # ", a charge Islamabad denies": the charge is the accusation told before it, no one charged
        facts = _facts(doc, cand, resolved, context, document, offset=offset, in_title=in_title, contest=contest)
        if _no_news(doc, cand, facts, document, resolved, offset=offset, in_title=in_title):
            continue
        coded_sentences.add(cand.sentence.start)
        for source, target in resolved:
            if cand.entry is not None and cand.entry.origin == "place fallen" and cand.nominal and not cand.sources and (
                    target is not None and target.get("kind") == "country"):
                continue  # "the fall of Yugoslavia", "of the USSR": a state's collapse, no town taken
            code = _by_sides(cand, source, target)
            if (code[:3] in {"171", "181"} or (code[:3] == "173" and cand.entry is not None and cand.entry.lemma in {"capture", "recapture"})) and \
                    _place_seized(doc, cand, source, target, context, offset=offset, published=published):
                code = "192"  # "Houthi rebels seized Sanaa", "rebels seized Aleppo": a town taken is territory occupied
            if _state_won(doc, cand, code, source, target):
                continue  # "Biden captured Michigan", in a report of an election: a state's votes won, no ground taken
            ctype = cameo_type(code)
            key = (cand.trigger_start, ctype.code, source and source.get("code"), source and source.get("start"), target and target.get("code"), target and target.get("start"))
            if key in seen:
                continue
            seen.add(key)
            mention = _mention(doc, cand, source, target, facts, context, document, doc_id, offset=offset, in_title=in_title)
            by = (facts.cited or {}).get("name") or outlet
            as_of = (facts.stated or {}).get("date") or reported_on(document, cand.sentence.start_char + offset, in_title=in_title)
            events.append(
                Event(
                    id=_event_id(doc_id + ("#title" if in_title else ""), cand.trigger_start + offset, ctype.code, source, target),
                    type={
                        "cameo": ctype.code,
                        "cameo_label": ctype.label,
                        "plover": ctype.plover,
                        "plover_mode": ctype.plover_mode,
                        "quad_class": ctype.quad_class,
                        "goldstein": ctype.goldstein,
                        "trigger": cand.trigger_text,
                        "start": cand.trigger_start + offset,
                        "end": cand.trigger_end + offset,
                    },
                    source=source,
                    target=target,
                    date=facts.date,
                    **({"narrative_date": facts.narrative} if facts.narrative is not None else {}),
                    location=facts.location,
                    status=facts.status,
                    negated=facts.negated,
                    certainty=facts.certainty,
                    mentions=[mention],
                    documents=1,
                    independent_sources=1,
                    status_history=[{"status": facts.status, "as_of": as_of, "by": by}],
                )
            )
            if not sentence_positions:  # each sentence's place in the doc or chunk, for the detector's score
                sentence_positions.update({s.start: i for i, s in enumerate(doc.sents)})
            position = sentence_positions.get(cand.sentence.start, 0)
            rows.append(confidence_features(doc, cand, events[-1], sentence_candidates=per_sentence[cand.sentence.start], pairs=len(resolved),
                                            sentence_score=context.sentence_score(span_text(cand.sentence), position)))
    # how likely the coder is right (certainty is how sure the text is), once the document's records are known
    for event, feats in zip(events, document_features(rows, events)):
        event["confidence"] = event["mentions"][0]["confidence"] = context.confidence.score(feats)
    return keep_confident(events, min_confidence)


def code_prepared_doc(doc: Doc, context: CodingContext) -> list[Event]:
    """Events of a doc prepared by :func:`code_documents` (its metadata in ``user_data``)."""
    meta = dict(doc.user_data[DOCUMENT_KEY])
    offset = meta.pop("offset", 0)
    in_title = meta.pop("in_title", False)
    document = cast(Document, meta)  # the document fields code_documents put there (id, published, outlet, title, ...)
    return events_from_doc(doc, document, context=context, offset=offset, in_title=in_title)
