"""What the rest of a document says about an actor: states that no longer exist, places that say the country,
place names several countries share, possessive pronouns, and institutions referred back to (texts written for these tests)."""

from __future__ import annotations

import datetime as _dt

import pytest
import spacy
from coding_factory import coded

from tidings.code.actors import ActorResolver, document_actors
from tidings.knowledge import Country, Knowledge, load_knowledge
from tidings.knowledge.files import load_file


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(load_knowledge())


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def actor_at(blank, resolver: ActorResolver, text: str, phrase: str, nth: int = -1) -> dict | None:
    """The actor of the ``nth`` occurrence of ``phrase`` in ``text`` read as one document (no parse)."""
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    at = starts[nth]
    return document_actors(blank(text), resolver=resolver, published="2019-05-02").at(at, at + len(phrase))


@pytest.mark.parametrize(
    ("phrase", "date", "code", "country"),
    [
        ("the Soviet Union", "1985-03-01", "SUN", "SUN"),
        ("the USSR", "1985-03-01", "SUN", "SUN"),
        ("Soviet troops", "1980-01-05", "SUNMIL", "SUN"),
        ("the Yugoslav army", "1991-07-01", "YUGMIL", "YUG"),
        ("East German border guards", "1975-06-01", "DDRCOP", "DDR"),
        ("West German officials", "1975-06-01", "DEUGOV", "DEU"),
        ("Czechoslovakia", "1968-08-21", "CSK", "CSK"),
    ],
)
def test_states_that_no_longer_exist_have_their_own_code(resolver, phrase, date, code, country) -> None:
    actor = resolver.resolve(phrase, date=date)
    assert actor is not None and (actor["code"], actor["country"]) == (code, country)


def test_a_state_that_no_longer_exists_knows_its_years_and_has_no_capital(resolver) -> None:
    soviet = resolver.kb.countries["SUN"]
    assert (soviet.start, soviet.end) == (_dt.date(1922, 1, 1), _dt.date(1991, 12, 26))
    assert soviet.capital is None
    assert resolver.resolve("Moscow", as_agent=True)["country"] == "RUS"  # its former capital names today's state ...
    assert resolver.resolve("Moscow", date="1975-04-03", as_agent=True)["country"] == "SUN"  # ... and the Soviet Union then


@pytest.mark.parametrize(
    ("phrase", "code", "kind"),
    [
        ("an Ohio man", "USACVL", "person"),
        ("Alberta farmers", "CANAGR", "group"),
        ("Queensland police", "AUSCOP", "group"),
        ("Ontario", "CAN", "place"),  # a province never acts as a government
    ],
)
def test_states_and_provinces_say_the_country(resolver, phrase, code, kind) -> None:
    actor = resolver.resolve(phrase)
    assert actor is not None and (actor["code"], actor["kind"]) == (code, kind)


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        # the place after the comma says which London
        ("Two men were stabbed in London, Ontario, on Friday. London police arrested a suspect.", "London police", "CAN"),
        # a text naming Canada and never the United Kingdom means Canada's London
        ("Organizers of a London rally thanked Canada for its help. London police watched the march.", "London police", "CAN"),
        # otherwise the better-known place stays
        ("London police arrested two men after the match.", "London police", "GBR"),
        ("London police said British and Canadian fans were arrested.", "London police", "GBR"),
        # Victoria is an Australian state as well as a Canadian and a Seychellois capital
        ("Victoria Police arrested two men in Melbourne. The men were charged in Australia.", "Victoria Police", "AUS"),
        # a foreign office is the government of the article's country unless it says whose
        ("Germany protested on Monday. Officials said the Foreign Office summoned the Russian ambassador in Berlin.", "the Foreign Office", "DEU"),
        ("The British Foreign Office summoned the Iranian ambassador.", "The British Foreign Office", "GBR"),
    ],
)
def test_a_place_name_several_countries_share_is_the_one_the_document_means(blank, resolver, text, phrase, country) -> None:
    actor = actor_at(blank, resolver, text, phrase)
    assert actor is not None and actor["country"] == country


def test_a_person_named_like_a_state_is_no_place(blank, resolver) -> None:
    text = "Virginia Lopez said the council met."
    doc = blank(text)
    doc.ents = [doc.char_span(0, len("Virginia Lopez"), label="PERSON")]
    mentions = document_actors(doc, resolver=resolver).mentions
    assert not any(m.get("country") == "USA" for m in mentions)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # "his": the person most mentioned before, whose country the government is
        ("Cuban President Fidel Castro spoke on Tuesday. Castro said his government had written to Washington.", "government", "CUBGOV"),
        ("Peruvian Foreign Minister Ana Ortega arrived. Ortega said her ministry would protest.", "ministry", "PERGOV"),
        # "its" and "their": the last organisation, country or group named
        ("Kenya expelled the envoy, and its police closed the border.", "police", "KENCOP"),
    ],
)
def test_a_possessive_pronoun_gives_its_owner_s_country(blank, resolver, text, phrase, code) -> None:
    actor = actor_at(blank, resolver, text, phrase)
    assert actor is not None and actor["code"] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # "the ministry" is the ministry named before, though the article is about two countries
        ("The Egyptian Foreign Ministry summoned the Israeli envoy. Israeli officials said the ministry had not called.",
         "the ministry", "EGYGOV"),
        ("Greek police arrested six Turkish smugglers. The police said the boat had sunk.", "The police", "GRCCOP"),
        # ... and "the company" the company
        ("A Finnish company bought the French shipyard. French unions protested, and the company said it would hire.",
         "the company", "FINBUS"),
    ],
)
def test_an_institution_referred_back_to_is_the_one_named_before(blank, resolver, text, phrase, code) -> None:
    actor = actor_at(blank, resolver, text, phrase)
    assert actor is not None and actor["code"] == code


@pytest.mark.parametrize(
    "text",
    [
        # a person is not an institution: "the president" is not the last government's
        "Russian officials met U.S. diplomats in Geneva. The president said the talks were useful.",
        # people are not referred back to by their sector
        "French protesters marched. Later, Belgian protesters marched too. People said the march was calm.",
    ],
)
def test_people_and_crowds_are_not_referred_back_to_by_sector(blank, resolver, text) -> None:
    phrase = "The president" if "president" in text else "People"
    actor = actor_at(blank, resolver, text, phrase)
    assert actor is None or actor.get("country") is None


def test_a_photo_credit_lends_no_country(blank, resolver) -> None:
    text = "(Muhammad Hamed/Reuters)\nGunmen attacked a castle on Sunday."
    start = text.index("ers)")  # a span reaching into the credit line
    actor = document_actors(blank(text), resolver=resolver).at(start, text.index(" attacked"))
    assert actor is not None and actor["sector"] == "UAF" and actor.get("country") is None


def test_a_country_file_s_places_and_years_are_read(tmp_path) -> None:
    path = tmp_path / "states.toml"
    path.write_text('version = "1"\n[[country]]\niso3 = "XRU"\nname = "Ruritania"\naliases = ["Ruritania"]\n'
                    'demonyms = ["Ruritanian"]\nplaces = ["Strelsau Province"]\nstart = "1850"\nend = "1919"\n', encoding="utf-8")
    kb = Knowledge()
    load_file(kb, path)
    country: Country = kb.countries["XRU"]
    assert country.places == ["Strelsau Province"]
    assert (country.start, country.end) == (_dt.date(1850, 1, 1), _dt.date(1919, 12, 31))
    assert [h.type for h in kb.hits("Strelsau Province")] == ["city"]


@pytest.mark.parametrize(
    ("text", "pronoun", "code"),
    [
        # a subject pronoun stands for what its own sentence names
        ("Russia has kept a moratorium since 1996, when it joined the Council of Europe.", "it", "RUS"),
        ("Kenyan police stopped the march after they fired tear gas.", "they", "KENCOP"),
        # an object pronoun may reach two sentences back: the person mentioned most so far
        ("Peruvian President Ana Ortega met the Chilean envoy Luis Soto. Ortega thanked the envoy. Protesters jeered her.",
         "her", "PERGOV"),
        # ... though another person was named since
        ("Peruvian President Ana Ortega arrived in Quito. Ortega met Luis Soto on Monday, and protesters jeered her.",
         "her", "PERGOV"),
        # "I", "me", "we", "us" in a quotation are its speaker, named after it or before it
        ("“Nobody will silence us,” said Kenyan opposition leader Amina Njoroge.", "us", "KENOPP"),
        ("Peruvian Foreign Minister Ana Ortega said: “They insulted me.”", "me", "PERGOV"),
    ],
)
def test_a_pronoun_is_the_actor_it_stands_for(blank, resolver, text, pronoun, code) -> None:
    actor = actor_at(blank, resolver, text, pronoun)
    assert actor is not None and actor["code"] == code
    at = text.rindex(pronoun)
    assert (actor["text"], actor["start"], actor["end"]) == (pronoun, at, at + len(pronoun))  # the pronoun's own place
    assert actor["pronoun"] is True  # who it stands for is a guess, and says so


def test_an_actor_named_in_the_text_is_not_marked_as_a_pronoun(blank, resolver) -> None:
    actor = actor_at(blank, resolver, "Peruvian President Ana Ortega arrived in Quito.", "Peruvian President Ana Ortega")
    assert actor is not None and "pronoun" not in actor


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # a subject pronoun whose sentence names nobody stays unresolved (precision first)
        ("Peruvian Foreign Minister Ana Ortega arrived on Monday. She said the talks had failed.", "She"),
        # a first-person pronoun outside a quotation has no speaker to stand for
        ("Peruvian Foreign Minister Ana Ortega arrived. Then we left.", "we"),
        # nobody named before
        ("He said the talks had failed.", "He"),
    ],
)
def test_a_pronoun_without_a_clear_antecedent_names_nobody(blank, resolver, text, pronoun) -> None:
    assert actor_at(blank, resolver, text, pronoun) is None


@pytest.mark.parametrize(
    ("text", "trigger", "side", "code"),
    [
        ("The Soviet Union invaded Afghanistan in 1979.", "invaded", "source", "SUN"),
        ("Yugoslav troops shelled Vukovar in 1991.", "shelled", "source", "YUGMIL"),
        ("Two men were stabbed in London, Ontario, on Friday. London police arrested a suspect on Saturday.", "arrested",
         "source", "CANCOP"),
        ("Toronto police arrested two men on Friday.", "arrested", "source", "CANCOP"),
        ("Putin's spokesman denied the report on Monday.", "denied", "source", "RUSGOV"),
        ("Moscow rejected the proposal on Tuesday.", "rejected", "source", "RUSGOV"),
        ("Cuban President Fidel Castro spoke on Tuesday. Castro said his government had protested to the United States.",
         "protested", "source", "CUBGOV"),
        ("Russia has kept a moratorium on executions since 1996, when it joined the Council of Europe.", "joined", "source", "RUS"),
        ("The Syrian army command accused Turkey of shelling its border posts on Monday.", "accused", "source", "SYRMIL"),
        ("Washington accused Moscow of violating the treaty.", "accused", "source", "USAGOV"),
        ("Washington accused Moscow of violating the treaty.", "accused", "target", "RUSGOV"),
        ("Putin's spokesman accused Ukraine of provocations.", "accused", "source", "RUSGOV"),
    ],
)
def test_whole_sentences_code_their_actors_countries(nlp, coding_context, text, trigger, side, code) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2016-06-01") if e["type"].get("trigger") == trigger]
    assert events and (events[0].get(side) or {}).get("code") == code


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("two murder suspects", "CRM"),
        ("the suspect", "CRM"),
        ("investigators", "COP"),
        ("a new county task force", "COP"),
        ("a security patrol", "COP"),
        ("the politician", "GOV"),
    ],
)
def test_words_for_suspects_investigators_and_politicians_give_their_sector(resolver, phrase, sector) -> None:
    actor = resolver.resolve(phrase)
    assert actor is not None and actor["sector"] == sector


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # twice as many mentions as any other country, though not half of all: Puerto Rico
        ("Puerto Rican police searched San Juan. Puerto Rico has seen kidnappings, as have Mexico, Colombia and Peru, "
         "a Puerto Rican official said. U.S. agents helped.", "PRI"),
        # no country twice as named as the next: none
        ("Puerto Rican police searched San Juan. U.S. agents and U.S. marshals helped, with Mexican officials.", None),
        # two of six is no home, though no other has two
        ("Belgian police met in Brussels with French, German, Italian and Dutch officials.", None),
    ],
)
def test_a_home_country_is_one_named_twice_as_often_as_any_other(blank, resolver, text, home) -> None:
    assert document_actors(blank(text), resolver=resolver).home_country == home


def test_a_store_owner_is_a_private_person(resolver) -> None:
    actor = resolver.resolve("a store owner")
    assert actor is not None and (actor["sector"], actor["kind"]) == ("CVL", "person")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Rakhine rebels", "MMRREB"),
        ("South Ossetia", "GEO"),  # a breakaway region: the state it belongs to by international recognition
        ("Transnistria officials", "MDAGOV"),
        ("Borno police", "NGACOP"),
        ("a Sinaloa cartel", "MEXCRM"),
        ("Xinjiang authorities", "CHNGOV"),
    ],
)
def test_regions_and_provinces_say_the_country(resolver, phrase, code) -> None:
    actor = resolver.resolve(phrase)
    assert actor is not None and actor["code"] == code
