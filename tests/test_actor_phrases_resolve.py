"""Actor phrases made of people words resolve to an actor with a sector, and a definite "the university" takes the
country of the university the text named before (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tidings.code.actors import ActorResolver
from tidings.knowledge import load_knowledge


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_knowledge())


def _code(resolver: ActorResolver, phrase: str) -> tuple[object, object] | None:
    actor = resolver.resolve(phrase, date="2015-05-01")
    return None if actor is None else (actor.get("country"), actor.get("sector"))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # people nouns of the knowledge: criminals, armed men, health workers, the clergy, civilians
        ("the perpetrators", (None, "CRM")),
        ("an abductor", (None, "CRM")),
        ("Colombian terrorists", ("COL", "UAF")),
        ("the terrorists", (None, "UAF")),
        ("the attackers", (None, "UAF")),
        ("a physician", (None, "HLH")),
        ("two Kenyan surgeons", ("KEN", "HLH")),
        ("a nurse", (None, "HLH")),
        ("the dentist", (None, "HLH")),
        ("Carmelite nuns", (None, "REL")),
        # public bodies: a government agency of any level, and the US state agency for drivers and vehicles
        ("the city agency", (None, "GOV")),
        ("federal agencies", (None, "GOV")),
        ("the DMV", ("USA", "GOV")),
        ("the Department of Motor Vehicles", ("USA", "GOV")),
    ],
)
def test_a_people_word_resolves_to_its_sector(resolver: ActorResolver, phrase: str, expected: tuple[object, object]) -> None:
    assert _code(resolver, phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the adjective "terrorist" names no one: an attack, a trial, a list
        ("the terrorist attack", None),
        ("a terrorism trial", None),
        ("counter-terrorism police", (None, "COP")),
        # an agency that is no public body: travel, advertising, a news agency is the media
        ("the travel agency", None),
        ("an advertising agency", None),
        ("a news agency", (None, "MED")),
        # a volunteer of another sector keeps that sector: a fire department, an army
        ("a volunteer fire department", (None, "GOV")),
        ("army volunteers", (None, "MIL")),
        # a civil office whose title holds a medical word is the government's
        ("the Surgeon General", (None, "GOV")),
        # a verb is no people word
        ("volunteered", None),
        # volunteers are no civilians by the word alone (fighters, campaigners, aid workers of another country): only
        # their own nationality word places them
        ("volunteers", None),
        ("Peruvian volunteers", ("PER", None)),
        # one attacker is a football position as often as an assailant (and is named next when he is one)
        ("the attacker", None),
        ("the Brazil attacker", ("BRA", None)),
    ],
)
def test_other_senses_of_the_new_words_are_not_people(resolver: ActorResolver, phrase: str, expected: object) -> None:
    assert _code(resolver, phrase) == expected


def _actor_at(nlp, coding_context, text: str, phrase: str, nth: int = 0) -> dict:
    from tidings.code._event_support import resolve_actor

    doc = nlp(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return dict(resolve_actor(doc, start, start + len(phrase), context=coding_context, date="2015-05-01") or {})


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # "the university" after a named university of a country: that university (a guess, marked)
        ("Researchers at the University of Toronto sued two drug makers over a vaccine patent in March. "
         "The university said on Friday that it would drop the suit.", "The university", "CAN"),
        ("Students of the University of Nairobi marched on Monday against higher fees. "
         "The university suspended 40 of them on Tuesday.", "The university", "KEN"),
    ],
)
def test_the_university_is_the_one_the_text_named_before(nlp, coding_context, text: str, phrase: str, country: str) -> None:
    actor = _actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("sector"), actor.get("country_from")) == (country, "EDU", "document")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # no university named before, and no country the article is about: nothing to take
        ("The university said on Friday that it would raise fees for foreign students.", "The university"),
        # a university named AFTER the phrase says nothing of it
        ("The university suspended 40 students on Tuesday. A professor from Oxford University criticised the suspensions.",
         "The university"),
        # an article about several countries with no home, a university of none of them named before
        ("French and German ministers met Italian officials in Brussels on Monday. Spanish and Dutch envoys joined them. "
         "The university hosted the talks.", "The university"),
    ],
)
def test_the_university_takes_no_country_the_text_does_not_give(nlp, coding_context, text: str, phrase: str) -> None:
    assert _actor_at(nlp, coding_context, text, phrase).get("country") is None


def test_the_university_of_another_country_does_not_override_the_articles_home(nlp, coding_context) -> None:
    # a Kenyan story that names a British university in passing: "the university" is no British one by that alone
    # when the text's own universities are unplaced; the home guess (Kenya) is kept, as for any domestic actor
    text = ("NAIROBI - Kenyan police arrested 12 students in Nairobi on Monday. Kenyan officials said the protest was "
            "illegal. One student had studied at a college in Ghana before. The university closed its gates on Tuesday.")
    actor = _actor_at(nlp, coding_context, text, "The university")
    assert actor.get("country") == "KEN"


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        # a word of position before a city names a part of the city, not a person called "Upper" from there
        ("Upper Edmonton", "CAN"),
        ("Greater Manchester", "GBR"),
        ("Lower Manhattan", "USA"),
        ("Downtown Chicago", "USA"),
    ],
)
def test_a_part_of_a_city_is_a_place(resolver: ActorResolver, phrase: str, country: str) -> None:
    actor = resolver.resolve(phrase, date="2015-05-01") or {}
    assert (actor.get("kind"), actor.get("country"), actor.get("sector")) == ("place", country, None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the body of such a place keeps its role word: police of Greater Manchester, of Upper Edmonton
        ("Greater Manchester Police", ("group", "GBR", "COP")),
        ("Upper Edmonton police", ("group", "CAN", "COP")),
        # a country whose name begins with a word of position is that country
        ("North Korea", ("country", "PRK", None)),
        # a word of position is no part of a place when no city follows: a bank, an airline, a person's family name
        ("Central Bank", ("group", None, "GOV")),
        ("Southwest Airlines", ("group", None, "BUS")),
        ("Kanye West", None),
    ],
)
def test_a_word_of_position_elsewhere_makes_no_place(resolver: ActorResolver, phrase: str, expected: object) -> None:
    actor = resolver.resolve(phrase, date="2015-05-01")
    assert (None if actor is None else (actor.get("kind"), actor.get("country"), actor.get("sector"))) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # "Georgia" alone after "Georgia Miller" is the girl as often as not: it does not make the story Georgia's
        ("Georgia Miller won the junior figure skating title on Sunday. Georgia is twelve. Georgia began skating at four. "
         "Georgia trains six days a week. Her coach said Georgia had worked hard. Police closed the road near the rink "
         "in Calgary.", "Police", "CAN"),
        # a country named by its name, and no person of that given name: its story
        ("Georgia held local elections on Sunday. Georgia's ruling party won most seats. Observers said Georgia had "
         "improved its voting rules. Police detained two activists in Tbilisi.", "Police", "GEO"),
        # a person whose given name is a country, in a story of that country told by its demonym: still that country's
        ("Israeli Foreign Minister Israel Katz met Israeli lawmakers on Monday. Israeli officials said the talks went "
         "well. Israel Katz later left for Haifa. Police closed two roads in Jerusalem.", "Police", "ISR"),
    ],
)
def test_a_country_name_that_is_a_persons_given_name_does_not_make_the_home(nlp, coding_context, text: str, phrase: str,
                                                                           country: str) -> None:
    actor = _actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("country_from")) == (country, "document")


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # a country before an office and a name is the officeholder's country, no given name: it keeps counting
        ("Pakistan Prime Minister Shehbaz Sharif said Pakistan would respond to any attack. Pakistan accused India of "
         "backing militants, and Indian officials denied it. Police said they had arrested five suspects.", "Police", "PAK"),
        ("Ukraine President Volodymyr Zelensky said on Monday that Ukraine would never give up its eastern regions. "
         "Ukraine has lost thousands of soldiers, but Moscow has also suffered heavy losses, and the Russian army is "
         "short of shells. Police said two people were killed in shelling overnight.", "Police", "UKR"),
        ("Kenya President William Ruto said Kenya would send more officers abroad. Kenya has trained 400 of them, and "
         "Ugandan officials praised the plan while Uganda offered trainers. Police said two men were arrested on Monday.",
         "Police", "KEN"),
        ("India Prime Minister Narendra Modi said India would build more dams. India signed a power deal with China, "
         "and Chinese officials welcomed it. Police said they had detained three protesters.", "Police", "IND"),
        # a sportsman whose given name is a country, in a story placed by its city: the city's country, as before
        ("Jordan Smith scored twice for the club on Saturday. Jordan has now scored ten goals. Jordan said the team "
         "deserved the win. Police arrested two fans outside the stadium in Leeds.", "Police", "GBR"),
    ],
)
def test_a_country_before_an_officeholders_title_still_makes_the_home(nlp, coding_context, text: str, phrase: str,
                                                                       country: str) -> None:
    actor = _actor_at(nlp, coding_context, text, phrase)
    assert (actor.get("country"), actor.get("country_from")) == (country, "document")


def _event_actors(nlp, coding_context, body: str) -> list[tuple[object, ...]]:
    """(code, source country, source sector, target country, target sector) of the events of ``body`` after a neutral lead
    (one sentence alone is read as a headline)."""
    from tidings.code.mentions import events_from_doc

    text = "The report below appeared on Monday.\n\n" + body
    doc = nlp(text)
    evs = events_from_doc(doc, {"id": "x", "text": text, "published": "2020-03-02", "outlet": None}, context=coding_context)
    out = []
    for e in evs:
        src, tgt = e.get("source") or {}, e.get("target") or {}
        out.append(((e.get("type") or {}).get("cameo"), src.get("country"), src.get("sector"), tgt.get("country"), tgt.get("sector")))
    return out


@pytest.mark.parametrize(
    "body",
    [
        # a football attacker, named by the team or nationality word before it
        "The Brazil attacker was arrested in Barcelona on suspicion of sexual assault, Spanish police said.",
        "Arsenal signed the Ecuadorian attacker from Brighton for 40 million pounds.",
        "The France attacker scored twice as Lyon beat Nice 3-1 on Sunday.",
        "The Portugal attacker was fined by a court in Madrid for tax fraud.",
        "Chelsea sold the Nigerian attacker to a Saudi club for 30 million pounds.",
    ],
)
def test_one_attacker_is_no_unidentified_armed_force(nlp, coding_context, body: str) -> None:
    assert all("UAF" not in ev for ev in _event_actors(nlp, coding_context, body))


@pytest.mark.parametrize(
    ("body", "code", "country"),
    [
        # the appositive names the attacker: its country is the actor's
        ("The attacker, a 25-year-old student from Syria, stabbed three people in Solingen, German police said.", "1823", "SYR"),
        ("The attacker, a 30-year-old man from Iraq, shot two guards outside the embassy in Stockholm, Swedish police "
         "said.", "182", "IRQ"),
    ],
)
def test_an_attacker_named_by_an_appositive_takes_its_country(nlp, coding_context, body: str, code: str, country: str) -> None:
    assert [ev[1] for ev in _event_actors(nlp, coding_context, body) if ev[0] == code] == [country]


def test_several_attackers_stay_unidentified_armed_men(nlp, coding_context) -> None:
    evs = _event_actors(nlp, coding_context, "Unknown attackers shot dead two policemen in Peshawar on Sunday.")
    assert [(ev[0], ev[2]) for ev in evs] == [("182", "UAF")]


@pytest.mark.parametrize(
    ("body", "code", "expected"),
    [
        # volunteers from abroad who bring aid: the event stays, their country is their nationality word
        ("British volunteers delivered aid to Ukrainian villages near Kharkiv.", "073", ("GBR", None, "UKR", None)),
        ("Dutch volunteers delivered food to flooded villages in Slovenia.", "073", ("NLD", None, None, None)),
        ("Polish volunteers distributed blankets to refugees in Moldova.", "070", ("POL", None, "MDA", "REF")),
        # volunteers who fight are no civilians, nor of the country they fight in or for
        ("Foreign volunteers fighting for Ukraine were killed in a Russian missile strike on a base near Lviv.", "190",
         (None, None, None, None)),
        ("Volunteers from Chechnya are fighting alongside Russian troops in Donetsk, Ukraine's military said.", "190",
         (None, None, None, None)),
        # local volunteers are not of the country the refugees come from
        ("Local volunteers handed out food to refugees arriving from Sudan.", "070", (None, None, None, "REF")),
    ],
)
def test_volunteers_take_no_civilian_home_country(nlp, coding_context, body: str, code: str, expected: tuple) -> None:
    assert [ev[1:] for ev in _event_actors(nlp, coding_context, body) if ev[0] == code] == [expected]


@pytest.mark.parametrize(
    ("body", "code", "side"),
    [
        # the perpetrators of an attack, abductors: of no country the story's places suggest
        ("Russian investigators said the perpetrators of the concert hall attack had travelled from Turkey. The "
         "perpetrators were charged with terrorism.", "173", 3),
        ("The perpetrator of the synagogue attack in Halle was sentenced to life, a German court ruled.", "116", 3),
        ("Russian investigators said the perpetrators were Tajik citizens. The perpetrators were detained near the border "
         "with Ukraine.", "173", 3),
        ("Kenyan police said the abductors of the two aid workers had crossed from Somalia. The abductors were arrested "
         "on Friday.", "173", 3),
        ("French prosecutors said the perpetrators were Belgian nationals. The perpetrators were detained near the "
         "border with Germany.", "173", 3),
    ],
)
def test_perpetrators_and_abductors_take_no_home_country(nlp, coding_context, body: str, code: str, side: int) -> None:
    evs = [ev for ev in _event_actors(nlp, coding_context, body) if ev[0] == code]
    assert evs and all(ev[side] is None and ev[side + 1] == "CRM" for ev in evs)


@pytest.mark.parametrize(
    ("body", "code", "expected"),
    [
        # their own nationality word still places them; other criminals keep the story's country
        ("Syrian abductors released the journalist near Aleppo.", "0841", ("SYR", "CRM")),
        ("Police in Manila arrested the suspects on Sunday.", "173", ("PHL", "CRM")),
        ("Philippine police arrested five kidnappers in Manila. The kidnappers were charged on Monday.", "173", ("PHL", "CRM")),
        # the police who hunt the perpetrators are the story's police
        ("Police hunting the perpetrators of the bombing arrested two men in Manila on Sunday.", "173", ("PHL", "COP")),
    ],
)
def test_other_criminals_keep_their_country(nlp, coding_context, body: str, code: str, expected: tuple) -> None:
    evs = [ev for ev in _event_actors(nlp, coding_context, body) if ev[0] == code]
    actors = {ev[1:3] for ev in evs} | {ev[3:5] for ev in evs}
    assert expected in actors
