"""Who does an act a noun names, when the noun is the object of a verb that carries it ("the rebels would observe the
truce", "the union called a general strike"), when the subject is a definite description of a body named before
("the group said"), or "both sides" of one country's conflict; and where a square or a city's east is.

Phrases and sentences written for these tests. Each changed case comes with one of the same shape that keeps its
reading.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, described, event_on, sides

from tidings.code.places import Gazetteer
from tidings.evaluate.events import factuality_class


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "source", "factuality"),
    [
        # a truce kept, accepted or called; a strike or a protest called or joined; a war waged; a verdict read; a
        # visit cut short: the verb's subject does the act the noun names, in the verb's mood
        ("The rebels said they would observe the truce.", "truce", "rebels", "future"),
        ("Syria accepted the cease-fire on Tuesday.", "cease-fire", "Syria", "happened"),
        ("The union called a general strike for Friday.", "strike", "union", "happened"),
        ("Opposition leaders joined the protests in the capital on Sunday.", "protests", "Opposition leaders", "happened"),
        ("Jordan did not join the fighting.", "fighting", "Jordan", "negated"),
        ("The general waged an offensive against the rebels in the north.", "offensive", "general", "happened"),
        ("The presiding judge read the verdict in a packed courtroom.", "verdict", "judge", "happened"),
        ("The prime minister cut short a visit to France and returned home.", "visit", "prime minister", "happened"),
        # ... the place a tour is of is where it went, not who made it
        ("The prime minister cut short his tour of Germany and flew home.", "tour", "prime minister", "happened"),
        # "off" before a place is a preposition, no particle, and "according to" names a source: the light verb keeps
        # its act
        ("Somali pirates launched an attack on a tanker off the coast of Oman.", "attack", "pirates", "happened"),
        ("Rebels launched an attack on the town, according to officials.", "attack", "Rebels", "happened"),
    ],
)
def test_a_verb_carrying_a_noun_event_gives_its_subject_as_the_doer(nlp, coding_context, text: str, trigger: str,
                                                                     source: str, factuality: str) -> None:
    events = coded(nlp, coding_context, text, published="2005-03-01")
    event = event_on(events, trigger)
    assert source in str((event.get("source") or {}).get("text")), described(events)
    assert factuality_class(event) == factuality, described(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a particle no row names makes another verb: a march called off is no march the caller holds
        ("The opposition leader called off a march planned for Wednesday.", "march"),
        # a predicate after the object names the act, it does not call it
        ("The opposition called the strike a success.", "strike"),
        # a verb that is no carrier of the act: the critic does not strike, the defender does not attack
        ("The minister condemned the strike on the port.", "strike"),
        ("The army held off an attack on the base.", "attack"),
        # a war on an ill is a campaign; monitors who observe a truce watch it
        ("The government waged war on corruption.", "war"),
        ("UN observers will observe the ceasefire.", "ceasefire"),
        ("The two countries waged a war of words.", "war"),
        # any particle its row does not name, or a preposition left with no object, makes another verb
        ("Protesters held up the march for an hour.", "march"),
        ("A ceasefire called for by the UN took effect on Monday.", "ceasefire"),
        ("A rebel attack held off by the army left ten dead.", "attack"),
        # only the bench reads a verdict; only a visit cut short is a visit
        ("Defence lawyers read the verdict to reporters.", "verdict"),
        ("The ministry cut the tour from the schedule.", "tour"),
    ],
)
def test_a_verb_that_does_not_carry_the_noun_event_gives_no_doer(nlp, coding_context, text: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text, published="2005-03-01")
    assert all(not e.get("source") for e in events if trigger in e["type"]["trigger"]), described(events)


@pytest.mark.model
def test_a_subject_hung_on_an_auxiliary_is_the_verbs(nlp, coding_context) -> None:
    # a phrase between the auxiliary and the verb: the parser hangs the subject on the auxiliary
    events = coded(nlp, coding_context, "Police have on several occasions dispersed the marchers.", published="2005-03-01")
    assert "Police" in str((event_on(events, "dispersed").get("source") or {}).get("text")), described(events)


@pytest.mark.model
def test_a_verb_the_parser_took_for_an_auxiliary_lends_no_subject(nlp, coding_context) -> None:
    # "helped" is no auxiliary: the relative pronoun hung on it is no subject of "force"
    events = coded(nlp, coding_context, "The president fired the judge in 2007, sparking a wave of protests that helped force "
                   "the president from power in 2008.", published="2009-03-01")
    assert (event_on(events, "force").get("source") or {}).get("text") != "that", described(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # "the group", "the commission": the body its sentence or the ones before name, with its country
        ("A spokesman for Abu Sayyaf told a radio station in Manila that the group had carried out the bombings.",
         "bombings", "PHL"),
        ("The Securities and Exchange Commission opened an inquiry into the bank last year. The commission sued the bank "
         "in April.", "sued", "USA"),
        # ... not a group of people named before, which is no body
        ("A group of students marched through the square on Monday. The group demanded the release of detainees.",
         "demanded", None),
        # ... nor a name the knowledge does not know ("the Maute group" is no reference back)
        ("A spokesman for Abu Sayyaf spoke on the radio on Monday. The Maute group carried out the bombings.",
         "bombings", None),
        # ... nor a body when people were named after it: "the group" may be the tourists
        ("Gunmen from Abu Sayyaf seized three Belgian tourists in Jolo on Monday. The group appealed for help in a video.",
         "appealed", None),
        # ... nor a body when another was named after it: the one it accused may be the group as well
        ("Hezbollah accused the Free Syrian Army of the attack on Monday. The group vowed revenge.", "vowed", None),
        # ... nor when an international body was named near it, which "the organisation" names as often
        ("The United Nations said on Monday it had evidence of abuses. Hamas disputed the account. The organisation "
         "said it would investigate.", "investigate", None),
        # ... nor a body that is no movement or armed group: the agency named last is the IAEA
        ("Hamas fired rockets on Monday. The IAEA said inspectors would return. The agency warned Iran on Tuesday.",
         "warned", None),
    ],
)
def test_a_definite_description_refers_back_to_the_body_named_before(nlp, coding_context, text: str, trigger: str,
                                                                     source: str | None) -> None:
    events = coded(nlp, coding_context, text, published="2005-03-01")
    found = [s for s, _ in sides(events, trigger)][:1]
    # (with no one for it to stand for, a weak act may go uncoded: no country either way)
    assert found == [source] or (source is None and not found), described(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an acting "it" carries on the body the sentence before made its subject
        ("The Armed Islamic Group said on Thursday it had killed seven monks. It blamed the French government for the "
         "deaths.", "blamed", "DZA"),
        # ... not past a sentence whose subject is a thing
        ("The WHO warned of the outbreak on Monday. The virus spread across the region. It killed 11,000 people.",
         "killed", None),
        # ... nor the "it" of no one
        ("Police arrested three men in Lagos on Monday. It was the first time the law had been used.", "arrested", None),
    ],
)
def test_an_acting_it_carries_on_the_body_before(nlp, coding_context, text: str, trigger: str, source: str | None) -> None:
    events = coded(nlp, coding_context, text, published="1996-05-01")
    found = [s for s, _ in sides(events, trigger)][:1]
    if trigger == "arrested":
        assert found and found[0] != "DZA", described(events)  # (the police keep their own reading)
    else:
        assert found == [source], described(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # both sides of one country's war are of that country
        ("COLOMBO (Reuters) - The Sri Lankan army and the Tamil Tigers signed a truce in Colombo. Both sides agreed to "
         "release prisoners.", "LKA"),
        # ... and of neither country when the story names two
        ("GENEVA (Reuters) - Iran and Iraq signed a truce in Geneva. Both sides agreed to release prisoners.", None),
        # ... nor of the dateline's alone, with no two sides named before
        ("MOSCOW (Reuters) - Both sides agreed to release prisoners, the foreign ministry said.", None),
    ],
)
def test_both_sides_of_one_countrys_conflict_are_of_that_country(nlp, coding_context, text: str, source: str | None) -> None:
    events = coded(nlp, coding_context, text, published="1990-03-01")
    assert [s for s, _ in sides(events, "release")][:1] == [source], described(events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "Indian peasants" in a story of the Americas that names nothing of India
        ("QUITO (Reuters) - Indian peasants blocked roads near Quito on Monday. Ecuador's army said the protest was "
         "peaceful. Peru and Colombia watched closely.", "ECU"),
        # ... "Indian protesters" stay India's: India's news names them at Latin America's embassies as often
        ("LONDON (Reuters) - Indian protesters blocked roads outside the Mexican embassy on Monday. Mexico and Brazil "
         "rejected the demands.", "IND"),
        # ... and India's people where the story names India
        ("NEW DELHI (Reuters) - Indian protesters blocked roads near New Delhi on Monday. India's army said the protest "
         "was peaceful.", "IND"),
        # ... and before other words, which India's news names beside Brazil's as often
        ("Indian farmers blocked roads on Monday to protest against Brazil's sugar subsidies. Brazil and Argentina "
         "rejected the complaint.", "IND"),
    ],
)
def test_indians_in_a_story_of_the_americas_are_its_native_peoples(nlp, coding_context, text: str, source: str) -> None:
    events = coded(nlp, coding_context, text, published="2000-01-25")
    found = [s for e in events for s in [(e.get("source") or {}).get("country")]
             if e["type"]["trigger"].split()[0] == "blocked"]
    assert found[:1] == [source], described(events)


@pytest.fixture(scope="module")
def gaz(coding_context) -> Gazetteer:
    return coding_context.gazetteer


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # a square is named after a person, an idea or an event, not after a town of that name
        ("Independence Square", None),
        ("University Square", None),
        ("Freedom Square", None),
        # ... a square the landmarks know stays itself, and one named after a town's name keeps that town's country
        ("Tiananmen Square", "CHN"),
        ("Azadi Square", "IRN"),
        ("Harvard Square", "USA"),
        ("Madison Square", "USA"),
        ("Red Square", "RUS"),
        # a direction before a great city's name is that city, not a hamlet of the full name
        ("East Berlin", "DEU"),
        # ... while a town of its own size keeps its reading
        ("East London", "ZAF"),
        ("North Bergen", "USA"),
    ],
)
def test_squares_and_a_citys_quarters_resolve_to_where_they_are(gaz: Gazetteer, name: str, country: str | None) -> None:
    place = gaz.resolve_place(name)
    assert (place.country if place is not None else None) == country, place


@pytest.mark.model
def test_a_visitor_is_not_of_the_land_visited(nlp, coding_context) -> None:
    # the place of the visit's clause lends its country to no one who visits it
    events = coded(nlp, coding_context, "The Queen cut short a visit to Canada and returned to London.", published="2010-03-01")
    assert sides(events, "visit")[:1] == [(None, "CAN")], described(events)
