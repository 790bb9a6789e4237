"""Acts with no actor on one side: a hazard that "does" something, harm done only to animals or to a fire.

Guidelines, section 2: an event is what an identifiable actor (a person, group, organisation or state) does to
another, that a CAMEO code describes. Three kinds of clause read like events and are none:

- a natural hazard, a mishap or an animal as the doer ("a dog that attacked a child"): "a brush fire threatens to close the highway", "the blizzard shut schools",
  "a weather pattern is partly to blame", "two deaths were blamed on the storm" (`other`);
- violence done only to animals: "rangers shot three stray dogs", "thousands of cattle were slaughtered", "spraying to
  fight mosquito populations", "the killing of animals" (no actor is harmed); a coercive act aimed at animals (a ban,
  a restriction, a seizure) stays, as it coerces their owners;
- violence done only to a fire: "crews launched an attack on the flames" (fire-fighting, `other`);
- an injury in a mishap told with no one who caused it: "no firefighters were injured fighting the fire", "none of the
  drivers involved in the collision was hurt" (`other`);
- a body's own session, with no one it meets: "the board approved the plan at a special meeting", "the move was
  approved at the annual shareholders' meeting" (the meeting is where the body acts, no consultation between sides);
- a fight with an illness: "lost his battle with cancer", "a long fight against leukemia" (`other`);
- software or a machine as the doer: "when the interpreter shuts down", "the app may request your location"
  (`other`), or an idea or a trend: "neoliberalism rejects both approaches", "rising inequality threatens
  democracy" (`analysis`);
- a market voice (analysts, investors, traders) forecasting or welcoming things, not actors: "analysts were predicting
  higher earnings", "investors applauded the news" (guidelines: business and market news are `other` or `analysis`).

The word classes live in ``data/lexicon/nonhuman.toml``. Words are read as classes only when the parser takes them for
common nouns, so "Turkey", "the Heat" or "Bear Stearns" are never animals or hazards.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Iterable

from spacy.tokens import Doc, Token

__all__ = ["hazard", "machine", "no_actor_act", "own_session", "MARKET_ROLES"]

_SUBJ = {"nsubj", "csubj"}
#: roots of violence, whose harm to animals alone harms no actor. Coercion (17) is not among them: a restriction, a ban or a
#: seizure aimed at animals ("officials kept pets indoors", "customs seized puppies from a smuggler") coerces their owners
_VIOLENT_ROOTS = ("18", "19", "20")
#: verbs of harm done to a body; "injured" in a mishap needs one who caused it to be an assault
_CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt"})
#: mishaps an injury is told in: "involved in the collision", "fighting the fire"
_MISHAPS = frozenset({"accident", "crash", "collision", "wreck", "pileup", "derailment", "blaze", "flame", "wildfire", "storm",
                      "flood", "fire"})
#: what is done to a burning fire: "fighting the fire", "battling the blaze"
_FIREFIGHTING = frozenset({"fight", "battle", "combat", "tackle", "extinguish", "contain", "douse", "put"})
#: what a fire is named by when it is shooting, not burning: "Israeli fire", "mortar fire", "friendly fire"
_GUNFIRE_WORDS = frozenset({"gun", "gunfire", "mortar", "tank", "artillery", "sniper", "rocket", "machine", "machine-gun",
                            "enemy", "hostile", "friendly", "automatic", "small-arms", "cross", "return", "police", "army"})
#: fires that are burning ones by their first word: "a brush fire", "the forest fire"
_BURNING_WORDS = frozenset({"brush", "forest", "bush", "grass", "house", "kitchen", "electrical", "wild", "wood", "peat", "scrub"})
#: an influenza A subtype: "H5N1", "H1N1", "H7N9"
_FLU_SUBTYPE = re.compile(r"[Hh]\d{1,2}[Nn]\d{1,2}")
#: nouns a violent act takes its victims by: "attack on", "the slaughter of", "war against"
_VICTIM_PREPS = ("on", "of", "against", "upon")


@functools.lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    text = resources.files("tidings").joinpath("data", "lexicon", "nonhuman.toml").read_text(encoding="utf-8")
    return {k: frozenset(v) for k, v in tomllib.loads(text).items()}


def _common(t: Token) -> bool:
    """A common noun: also a lower-case word the tagger took for a name ("the H1N1 swine flu virus, which has killed")."""
    return (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.text.islower())) and t.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON", "FAC", "LOC"}


def _conjuncts(t: Token) -> list[Token]:
    return [t, *t.conjuncts]


def _of_objects(t: Token, preps: Iterable[str] = ("of",)) -> list[Token]:
    preps = set(preps)
    return [x for c in t.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj" for x in _conjuncts(o)]


def _counted(t: Token) -> Token:
    """What a number, a part or a run word counts: "thousands of birds", "some of the cattle", "a series of earthquakes"
    -> birds, cattle, earthquakes."""
    if t.like_num or t.lemma_.lower() in {"thousand", "hundred", "dozen", "million", "some", "many", "most", "all", "number", "lot",
                                           "scores", "none", "half", "rest", "series", "string", "wave", "spate",
                                           "succession", "swarm", "cluster", "pair", "couple"}:
        of = _of_objects(t)
        if of:
            return of[0]
    return t


def animal(t: Token) -> bool:
    """Does ``t`` name animals: "three stray dogs", "mosquito populations", "a herd of elephants"?"""
    t = _counted(t)
    if not _common(t):
        return False
    c = _classes()
    lemma = t.lemma_.lower()
    if lemma in c["animals"] or t.lower_ in c["animals"]:
        return True
    if lemma in c["animal_groups"]:
        kinds = [m for m in t.children if m.dep_ in {"compound", "amod"}] + _of_objects(t)
        return any(m.lemma_.lower() in c["animals"] or m.lower_ in c["animals"] for m in kinds)
    return False


# the titles of named storms: "Hurricane Katrina", "Typhoon Haiyan", "Storm Ciaran"
_NAMED_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})


def hazard(t: Token, *, as_doer: bool = True) -> bool:
    """Does ``t`` name a natural hazard or a mishap: "the blizzard", "a brush fire", "a La Nina weather pattern"?

    A fire that is shooting ("Israeli fire", "mortar fire") is no hazard; as the one harmed, only a burning fire is
    ("an attack on the flames", not "returned fire")."""
    c = _classes()
    if t.lower_ in c["pathogens"] or _FLU_SUBTYPE.fullmatch(t.text):
        return True  # "H5N1 has killed two women", "Ebola has killed 300": named however the tagger reads them
    if t.pos_ == "PROPN" and any(m.dep_ == "compound" and m.lower_ in _NAMED_STORMS for m in t.children):
        return True  # "Hurricane Katrina destroyed much of New Orleans", "Typhoon Haiyan"
    if t.pos_ == "PROPN" and t.i == t.sent.start and t.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON", "FAC", "LOC"}:
        lower = t.lower_
        return lower in c["hazards"] or (lower.endswith("s") and lower[:-1] in c["hazards"])  # "Landslides threatened ..."
    if not _common(t):
        return False
    lemma = t.lemma_.lower()
    mods = [m for m in t.children if m.dep_ in {"compound", "amod", "nmod"}]
    if lemma == "fire":
        if any(m.lower_ in _GUNFIRE_WORDS or m.lemma_.lower() in _GUNFIRE_WORDS or m.ent_type_ in {"NORP", "GPE", "ORG"} for m in mods):
            return False
        if not as_doer and not any(m.lower_ in _BURNING_WORDS for m in mods):
            return False
        return True
    if lemma in c["hazards"] or t.lower_ in c["hazards"]:
        return True
    if lemma in c["hazard_heads"]:
        return any(m.lemma_.lower() in c["hazards"] or m.lower_ in c["hazards"] for m in mods)
    return False


def idea(t: Token) -> bool:
    """Does ``t`` name an idea, an ideology or a trend ("neoliberalism", "rising inequality", "the ideology")? A named
    movement ("the Taliban", "Hamas") is no common noun and stays an actor."""
    t = _counted(t)
    if not _common(t):
        return False
    lemma = t.lemma_.lower()
    return lemma in _classes()["ideas"] or (lemma.endswith("ism") and len(lemma) > 5 and lemma not in {"terrorism", "tourism"})


def machine(t: Token) -> bool:
    """Does ``t`` name software or a machine ("the interpreter", "some of our apps", "the search engine")? A name
    ("Google", "the Apple Watch") is no common noun and stays an actor or a product."""
    t = _counted(t)
    if not _common(t) or t.lemma_.lower() in {"that", "which"}:
        return False
    return t.lemma_.lower() in _classes()["machines"] or t.lower_ in _classes()["machines"]


def _doers(v: Token) -> list[Token]:
    """Who does ``v``: its subject, or the subject of the clause it elaborates or is joined to ("the storm dropped a foot
    of snow, shutting offices"; "a weather pattern is partly to blame")."""
    w = v
    for _ in range(3):
        subj = [x for c in w.children if c.dep_ in _SUBJ for x in _conjuncts(c)]
        if subj and w.dep_ == "relcl" and all(s.lower_ in {"that", "which", "who"} for s in subj):
            subj = [w.head]  # "a dog that attacked a child"
        elif subj and w.dep_ == "ccomp" and w.head.dep_ == "relcl" and all(s.lower_ in {"that", "which"} for s in subj):
            subj = [w.head.head]  # "an epidemic that they say has killed 250 people": the relative pronoun stands for it
        if subj:
            return [_counted(s) for s in subj]
        if any(c.dep_ in {"nsubjpass", "csubjpass"} for c in w.children):
            return []
        if w.dep_ == "acl" and w.tag_ in {"VBN", "VBD"} and any(c.dep_ == "dobj" for c in w.children) and \
                w.head.dep_ == "dobj" and w.head.head.i != w.head.i:
            w = w.head.head  # "killed at least one person, injured dozens": a verb of the list hung on the object before
            continue
        if w.dep_ not in {"advcl", "conj", "xcomp"} or w.head.i == w.i:
            return []
        w = w.head
    return []


def _agents(v: Token) -> list[Token]:
    return [x for c in v.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for o in c.children if o.dep_ == "pobj" for x in _conjuncts(o)]


def _harmed(t: Token) -> list[Token]:
    """Who a violent verb or noun harms: objects, passive subjects, the noun a participle describes, the objects of
    "on"/"of"/"against" of the noun or of the verb's object noun ("launched an attack on the flames")."""
    out: list[Token] = []
    if t.pos_ in {"VERB", "AUX"}:
        for c in t.children:
            if c.dep_ in {"dobj", "obj", "nsubjpass"}:
                # "launched an attack on the flames": the act's noun names whom it is done to
                on = _of_objects(c, ("on", "against", "upon")) if c.dep_ in {"dobj", "obj"} else []
                out.extend(on or _conjuncts(c))
        if not out and t.dep_ == "acl" and t.tag_ == "VBN":
            out.append(t.head)  # "animals slaughtered in the cull"
        if not out and t.dep_ == "conj" and t.tag_ == "VBN":
            out.extend(c for c in t.head.children if c.dep_ == "nsubjpass")  # "wounded and killed"
    else:
        out.extend(_of_objects(t, _VICTIM_PREPS))
    return [_counted(x) for x in out]


def _nonhuman_harm(t: Token, code: str) -> bool:
    if code.startswith("173") and t.pos_ in {"VERB", "AUX"}:
        harmed = _harmed(t)  # "workers managed to round up the goats": animals caught are no one arrested
        return bool(harmed) and all(animal(h) for h in harmed)
    if not code.startswith(_VIOLENT_ROOTS):
        return False
    harmed = _harmed(t)
    if not harmed:
        return False
    if any(not (animal(h) or hazard(h, as_doer=False)) for h in harmed):
        return False
    return True


def _blamed_on_hazard(v: Token, code: str) -> bool:
    """"Two deaths were blamed on the storm": a hazard blamed, with no one who blames."""
    if not code.startswith("112") or v.lemma_.lower() != "blame" or _agents(v):
        return False
    on = _of_objects(v, ("on",))
    return bool(on) and all(hazard(o) for o in on)


def _mishap_casualty(v: Token, code: str) -> bool:
    """An injury or a death told as part of a mishap, with no one who caused it: "no firefighters were injured fighting
    the fire", "none of the others involved in the collisions were injured"."""
    if code[:2] not in {"18", "19"} or v.lemma_.lower() not in _CASUALTY_VERBS or _agents(v):
        return False
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children):
        return False
    scope = [c for c in v.children if c.dep_ in {"nsubjpass", "advcl", "xcomp", "prep"}]
    words = [w for c in scope for w in c.subtree]
    return any(w.pos_ == "NOUN" and w.lemma_.lower() in _MISHAPS and _burning(w) for w in words)


def _hazard_casualty(v: Token, code: str) -> bool:
    """A death or an injury a hazard caused, with no one else named: "one man was killed when a landslide engulfed a
    plantation" (a passive casualty timed by a hazard's clause), "the quake struck, causing buildings to collapse and
    injuring 50 people" (a casualty participle under a hazard's clause, however the parser joins it). "Killed when
    gunmen stormed the bank" and "troops stormed the town, killing ten" name who did it."""
    if code[:2] not in {"18", "19"} or v.lemma_.lower() not in _CASUALTY_VERBS or _agents(v):
        return False
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children):
        timed = [c for c in v.children if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ in {"when", "as"} for m in c.children)]
        return any(all(hazard(d) for d in _doers(c)) and _doers(c) for c in timed)
    if v.tag_ != "VBG" or any(c.dep_ in _SUBJ for c in v.children):
        return False
    w = v
    for _ in range(4):
        if w.dep_ not in {"conj", "advcl", "ccomp", "xcomp"} or w.head.i == w.i:
            return False
        w = w.head
        subj = [x for c in w.children if c.dep_ in _SUBJ for x in _conjuncts(c)]
        if subj and all(hazard(d) for d in subj):
            return True
        if any(d.pos_ in {"PROPN", "PRON"} or d.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} for d in subj):
            return False
    return False


def _fallen(t: Token) -> bool:
    """Is ``t`` a thing that falls on people in a hazard: "collapsing buildings", "falling debris", "the rubble"?"""
    return _common(t) and (t.lemma_.lower() in _classes()["fallen_things"] or t.lower_ in _classes()["fallen_things"])


def _hazard_agents(v: Token, code: str) -> bool:
    """A death or an injury whose every doer in a by-phrase is a hazard or a thing that fell: "twelve people were killed by
    a landslide or collapsing buildings", "injured by falling debris"; "killed by a bomb", "by the gunmen" stay."""
    if code[:2] not in {"18", "19"} or v.lemma_.lower() not in _CASUALTY_VERBS:
        return False
    agents = _agents(v)
    if not agents and v.dep_ == "conj" and v.tag_ == "VBN":
        agents = _agents(v.head) if v.head.lemma_.lower() in _CASUALTY_VERBS else []  # "were killed and 70 others were injured by ..."
    if not agents:
        for c in v.children:
            if c.dep_ == "conj" and c.tag_ == "VBN" and c.lemma_.lower() in _CASUALTY_VERBS:
                agents = _agents(c)  # "twelve were killed and 70 others were injured by a landslide"
    return bool(agents) and all(hazard(a) or _fallen(a) for a in agents)


def _disaster_text(doc: Doc) -> bool:
    """Does the text tell a natural disaster and no violence: it names a disaster (an earthquake, a flood, a storm) at
    least twice and no word of violence or crime (a gun, an attack, a rebel, an arrest)?"""
    key = "tidings_disaster_text"
    if key not in doc.user_data:
        c = _classes()
        lemmas = [t.lemma_.lower() for t in doc if t.pos_ in {"NOUN", "VERB"}]
        disasters = sum(1 for t in doc if _common(t) and t.lemma_.lower() in c["disasters"])
        doc.user_data[key] = disasters >= 2 and not any(x in c["violence"] for x in lemmas)
    return bool(doc.user_data[key])


def _disaster_casualty(v: Token, code: str) -> bool:
    """A death or an injury told with no one who caused it, in a text of a natural disaster and no violence: "10 people
    were killed, 140 were injured", "two villagers slightly injured" in a report of an earthquake. "A gunman killed
    three" and any casualty in a text that names a weapon, an attack or an arrest stay."""
    if code[:2] not in {"18", "19"} or v.lemma_.lower() not in _CASUALTY_VERBS or v.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in _SUBJ and not hazard(c) for c in v.children if v.tag_ != "VBN") or any(not (hazard(a) or _fallen(a)) for a in _agents(v)):
        return False
    return _disaster_text(v.doc)


#: verbs of harm a road vehicle does: "hit by a car", "struck by a truck", "run over", "knocked down", "killed", "pinned"
_ROAD_HARM = frozenset({"kill", "injure", "wound", "hurt", "strike", "hit", "run", "knock", "mow", "crush", "pin", "drag", "slam"})
#: people at the wheel: a road accident's doers only in a by-phrase ("struck by a drunk driver")
_DRIVERS = frozenset({"driver", "motorist", "motorcyclist"})
#: words that make a vehicle a force's ("a military truck", "a police car") or a weapon ("a car bomb")
_ARMED_VEHICLE = frozenset({"military", "army", "police", "armored", "armoured", "patrol", "troop", "tank", "bomb", "booby-trapped"})
#: what a vehicle does in an attack rather than a crash: "killed when a car packed with explosives blew up"
_BLASTS = frozenset({"explode", "detonate", "blow", "ram", "plow", "plough"})


def _road_vehicle(t: Token) -> bool:
    """Is ``t`` a road vehicle or its driver, of no armed force ("a car", "a pickup truck", "a drunk driver"; not "a police
    car", "an army truck", "a car bomb")?"""
    t = _counted(t)
    if t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in {"GPE", "ORG", "NORP", "PERSON", "FAC"}:
        return False
    if t.lemma_.lower() not in _classes()["road_vehicles"] and t.lower_ not in _classes()["road_vehicles"]:
        return False
    return not any(m.lower_ in _ARMED_VEHICLE or m.lemma_.lower() in _ARMED_VEHICLE for m in t.subtree if m.i != t.i)


#: words of a crime at the wheel: a text holding one tells its road deaths as offences (guidelines, settling rule 38)
_TRAFFIC_CRIME = re.compile(r"\b(?:hit[- ]and[- ]run|hit-run|drunk(?:en)?|dui|dwi|intoxicated|manslaughter|vehicular homicide|"
                            r"fled the scene|leaving the scene|left the scene|deliberately|intentionally|rammed|street rac(?:e|ing))\b",
                            re.IGNORECASE)


def _traffic_crime_text(doc: Doc) -> bool:
    """Does the text tell a crime at the wheel ("a drunk hit-and-run driver", "fled the scene", "charged with
    manslaughter")? Its road deaths are offences (180s), not accidents."""
    key = "tidings_traffic_crime"
    if key not in doc.user_data:
        doc.user_data[key] = _TRAFFIC_CRIME.search(doc.text) is not None
    return bool(doc.user_data[key])


def _road_casualty(v: Token, code: str) -> bool:
    """A person struck, run over, hurt or killed by a road vehicle, or killed when one crashed: a road accident, no
    assault ("a man was hit by a car and killed", "struck, killed by car", "a truck struck the cyclist", "driver killed
    after car flips"). A person who drove at someone on purpose is told by other verbs ("rammed", "plowed into"), and a
    vehicle of an armed force or a car bomb stays with the violence rules. People hurt when craft of any kind collide,
    capsize or derail are hurt in a mishap too ("five were injured after a destroyer collided with an oil tanker")."""
    if v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() not in _ROAD_HARM or _traffic_crime_text(v.doc):
        return False
    if any(c.dep_ == "advcl" and c.lemma_.lower() in {"collide", "capsize", "derail"} for c in v.children):
        return True  # "five were injured after a destroyer collided with an oil tanker": a mishap of any craft
    chain = [v]
    w = v
    while w.dep_ == "conj" and w.head.i != w.i and w.head.pos_ in {"VERB", "AUX"}:
        w = w.head
        chain.append(w)
    if w.dep_ == "advcl" and w.tag_ == "VBN" and w.head.pos_ in {"VERB", "AUX"}:
        chain.append(w.head)  # a headline: "Man, 34, struck, killed by car"
    chain += [c for x in list(chain) for c in x.children
              if (c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBN")) and c.pos_ in {"VERB", "AUX"} and c not in chain]
    if any(x.lemma_.lower() not in _ROAD_HARM for x in chain):
        return False  # "shot and killed by a man in a car": another act of the same victim
    agents = [a for x in chain for a in _agents(x)]
    if agents:
        return all(_road_vehicle(a) for a in agents)
    doers = [d for x in chain if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in x.children) for d in _doers(x)]
    if doers:  # a driver as the subject acts ("the driver ran over a woman" stays an assault); a vehicle does not
        return all(_road_vehicle(d) and d.lemma_.lower() not in _DRIVERS for d in doers)
    for x in chain:
        for c in x.children:
            if c.dep_ == "advcl" and _road_vehicle(c) and any(a.dep_ in {"acl", "relcl"} and a.lemma_.lower() not in _BLASTS for a in c.children):
                return True  # "injured when their car overturned", parsed as the car with a participle
            if c.dep_ == "advcl" and c.lemma_.lower() not in _BLASTS:
                subj = [s for s in c.children if s.dep_ in _SUBJ]
                if subj and all(_road_vehicle(s) for s in subj):
                    return True  # "killed after his car flipped", "injured when their van overturned"
            if c.dep_ == "prep" and c.lower_ in {"after", "in"}:
                for o in c.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() not in _classes()["violence"] and any(
                            m.dep_ == "compound" and _road_vehicle(m) for m in o.children):
                        return True  # "killed after car flips", "hurt in a truck crash" (not "in a car bombing")
    return False


def _burning(w: Token) -> bool:
    """A mishap word that is no shooting: any but "fire", and "fire" only when it burns ("a house fire", "fighting the
    fire"), never "an exchange of fire"."""
    if w.lemma_.lower() != "fire":
        return True
    if any(m.dep_ in {"compound", "amod"} and m.lower_ in _BURNING_WORDS for m in w.children):
        return True
    return w.dep_ in {"dobj", "obj"} and w.head.lemma_.lower() in _FIREFIGHTING


#: things that lie or happen in the way and are no one: "a crash blocked the road", "a fallen tree blocked the highway"
_OBSTACLES = frozenset({"tree", "debris", "rubble", "rock", "boulder"})


def _mishap_doer(d: Token) -> bool:
    """Is the doer ``d`` a mishap or a thing in the way ("a crash blocked traffic", "a fallen tree blocked the road")?
    Not a fire that is shooting ("rocket fire killed two soldiers": :func:`hazard` reads the fire's words)."""
    if d.lemma_.lower() == "fire" and not hazard(d):
        return False
    return _common(d) and d.lemma_.lower() in _MISHAPS | _OBSTACLES


def no_actor_act(t: Token, code: str) -> bool:
    """Is the event at trigger ``t`` (a verb or a noun, CAMEO ``code``) one with no actor on one side: done by a hazard,
    or harming only animals or a fire, or an injury in a mishap?"""
    if t.pos_ in {"VERB", "AUX"}:
        doers = _doers(t)
        if doers and all(hazard(d) or animal(d) or machine(d) or idea(d) or _mishap_doer(d) for d in doers) and not _agents(t):
            return True
        agents = _agents(t)
        if agents and all(hazard(a) for a in agents) and any(c.dep_ == "auxpass" for c in t.children):
            return True  # "the city of Bam was razed by a quake": a passive whose doer is a hazard
        if _blamed_on_hazard(t, code) or _mishap_casualty(t, code) or _hazard_casualty(t, code):
            return True
        if _hazard_agents(t, code) or _disaster_casualty(t, code) or _road_casualty(t, code):
            return True
    return _nonhuman_harm(t, code) or _fought_hazard(t, code)


def _climate(t: Token) -> bool:
    """"climate change", "global warming", "biodiversity loss": what a fight against them fights is no actor."""
    mods = {m.lower_ for m in t.children if m.dep_ in {"compound", "amod", "nmod"}}
    return (t.lemma_.lower() in {"change", "crisis", "emergency"} and "climate" in mods) or (
        t.lemma_.lower() == "warming" and "global" in mods) or (t.lemma_.lower() == "loss" and "biodiversity" in mods)


def _fought_hazard(t: Token, code: str) -> bool:
    """Is ``t`` a fight with an illness or a hazard only: "lost his battle with cancer", "a long fight against
    leukemia", "fought a battle against breast cancer", "she fought the disease for years"? "The army's battle with the
    rebels" stays."""
    if not code.startswith(_VIOLENT_ROOTS):
        return False
    fights = _classes()["fights"]
    nouns = [t] if t.lemma_.lower() in fights else []
    if t.pos_ in {"VERB", "AUX"}:
        nouns = [o for o in t.children if o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in fights]
        if t.lemma_.lower() in {"fight", "battle", "combat"}:
            opponents = [x for o in t.children if o.dep_ in {"dobj", "obj"} and o.lemma_.lower() not in fights for x in _conjuncts(o)]
            opponents += _of_objects(t, ("against", "with"))
            if opponents and all(hazard(_counted(o), as_doer=False) or hazard(_counted(o)) for o in opponents):
                return True  # "she fought the disease for years", "battling against cancer"
    for n in nouns:
        if any(m.dep_ in {"compound", "amod", "nmod"} and (hazard(m) or m.lower_ in _classes()["hazards"]) for m in n.children):
            return True  # "the ongoing pandemic battle", "the flu fight"
        opponents = _of_objects(n, ("with", "against"))
        if not opponents and n.dep_ in {"dobj", "obj"}:
            opponents = _of_objects(n.head, ("with", "against"))  # "lost his battle with cancer", the parser's "with" on "lost"
        if opponents and all(hazard(_counted(o)) or _climate(o) for o in opponents):
            return True
    return False


#: the nouns of a sitting: "a special meeting", "the council's session"
_SESSION_NOUNS = frozenset({"meeting", "session", "sitting"})
#: gatherings a speaker tells or addresses, an audience rather than a side met
_AUDIENCES = _SESSION_NOUNS | {"conference", "congress", "convention", "gathering", "rally", "summit", "assembly"}
#: words that make a meeting a body's own sitting: its kind or schedule ("a special meeting", "the annual meeting") or
#: the body that sits ("a council meeting", "the shareholders' meeting"), when no one else is named as met
_SESSION_KINDS = frozenset({"special", "regular", "monthly", "weekly", "annual", "yearly", "quarterly", "biweekly", "public",
                            "community", "town", "general", "board", "council", "committee", "commission", "shareholder",
                            "stockholder", "member", "staff", "school", "club", "budget", "planning", "zoning", "city",
                            "county", "village", "township", "parish", "neighborhood", "neighbourhood", "selectmen"})
#: who meets a body from outside: "a meeting with the mayor", "the meeting between the two sides"
_MET_PREPS = frozenset({"with", "between", "among", "amongst", "of"})
#: roles of the market whose forecasts and welcomes are business news (guidelines, `other` and `analysis`)
MARKET_ROLES = frozenset({"analyst", "investor", "trader", "broker", "economist", "shareholder", "stockholder", "strategist",
                          "realtor", "banker", "dealer", "speculator", "bondholder"})


def own_session(n: Token, code: str) -> bool:
    """Is the noun ``n`` (CAMEO ``code``) a body's own sitting ("at a special meeting", "the annual shareholders'
    meeting", "a council meeting")? A meeting with, between or of named sides ("a meeting with the mayor", "the
    meeting of NATO ministers"), one a named body or place holds ("a White House meeting", "the UN meeting") stays."""
    if code[:2] != "04" or n.pos_ != "NOUN":
        return False
    if n.lemma_.lower() in _AUDIENCES and n.dep_ in {"dobj", "dative"} and n.head.lemma_.lower() in {"tell", "address", "brief"} \
            and not any(c.dep_ == "prep" and c.lower_ in _MET_PREPS - {"of"} for c in n.children):
        return True  # "told a meeting of regional governors", "addressing a conference of his party": an audience spoken to
    if n.lemma_.lower() not in _SESSION_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in _MET_PREPS for c in n.children):
        return False
    mods = [c for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
    if any(m.pos_ == "PROPN" or m.ent_type_ in {"ORG", "GPE", "NORP", "PERSON", "FAC"} for m in mods):
        return False
    return any(m.lemma_.lower() in _SESSION_KINDS or m.lower_ in _SESSION_KINDS for m in mods)
