"""Gazetteer lookup and ranked resolution (no spaCy model needed)."""

from __future__ import annotations

import pytest

from tidings import KnowledgeError
from tidings.code.places import Gazetteer, get_gazetteer, haversine_km, normalise, region_of_town


@pytest.fixture(scope="module")
def gaz(coding_context) -> Gazetteer:
    return coding_context.gazetteer


@pytest.mark.parametrize(
    "toponym, country, name",
    [
        ("Beijing", "CHN", "Beijing"),
        ("Pyongyang", "PRK", "Pyongyang"),
        ("Pyeongchang", "KOR", "Pyeongchang"),
        ("Yongbyon", "PRK", "Yŏngbyŏn"),  # accents folded in the index
        ("Macau", "MAC", "Macau"),  # its own ISO 3166 code, not China
        ("Kuala Lumpur", "MYS", "Kuala Lumpur"),
        ("Kuala Lumpur airport", "MYS", "Kuala Lumpur International Airport"),
        ("the Yalu River Bridge", "CHN", "Sino-Korean Friendship Bridge"),
        ("the North Korean border city of Dandong", "CHN", "Dandong"),  # the demonym is the neighbour
        ("the Chinese capital", "CHN", "Beijing"),
        ("the North Korean capital", "PRK", "Pyongyang"),
        ("the Malaysian capital", "MYS", "Kuala Lumpur"),
        ("Chinese", "CHN", "China"),
        ("North Korea", "PRK", "North Korea"),
        ("U.S.", "USA", "United States"),
        ("Britain", "GBR", "United Kingdom"),
        ("Pyongyang's", "PRK", "Pyongyang"),
        ("La.", "USA", "Louisiana"),
        ("Ankara", "TUR", "Ankara"),
        ("Aleppo", "SYR", "Aleppo"),
        ("Dandong airport", "CHN", "Dandong"),  # unknown facility: the feature word is stripped
        ("Sinuiju city", "PRK", "Sinŭiju"),
        ("St. Petersburg", "RUS", "Saint Petersburg"),
        ("Africa", None, "Africa"),
    ],
)
def test_resolve_known_toponyms(gaz, toponym, country, name):
    loc = gaz.resolve(toponym)
    assert loc is not None
    assert (loc["country"], loc["name"]) == (country, name)
    assert loc["text"] == toponym  # the raw toponym is kept


@pytest.mark.parametrize("toponym", ["Xqzzyville", "", "the", "capital", "the Atlantean capital"])
def test_resolve_unknown_gives_none(gaz, toponym):
    assert gaz.resolve(toponym) is None


@pytest.mark.parametrize(
    "toponym, context, expected",
    [
        ("Georgia", (), "GEO"),
        ("Georgia", ("USA",), "USA"),
        ("Alexandria", (), "EGY"),
        ("Alexandria", ("USA",), "USA"),
        ("Paris", (), "FRA"),
    ],
)
def test_context_countries_change_the_ranking(gaz, toponym, context, expected):
    assert gaz.resolve(toponym, context_countries=context)["country"] == expected


@pytest.mark.parametrize(
    "toponym, country, feature",
    [
        ("Manchester", "GBR", "city"),   # the English city (570k), not Jamaica's Manchester parish (62k)
        ("Cordoba", "ARG", "city"),      # the city, not its province (the province's towns sum to more, same country)
        ("Victoria", "AUS", "admin1"),   # a state larger than any city of that name stays first
        ("Punjab", "PAK", "admin1"),
        ("Bavaria", "DEU", "admin1"),
        ("Queensland", "AUS", "admin1"),
    ],
)
def test_a_subdivision_yields_to_a_larger_city_of_the_same_name_anywhere(gaz, toponym, country, feature):
    place = gaz.resolve_place(toponym)
    assert place is not None and (place.country, place.feature) == (country, feature)


def test_admin1_picks_the_town_in_the_named_state(gaz):
    la = gaz.resolve("Alexandria", context_countries=("USA",), admin1="LA")
    va = gaz.resolve("Alexandria", context_countries=("USA",), admin1="VA")
    assert la["geonameid"] != va["geonameid"]
    assert la["lon"] < -90 < -80 < va["lon"]


def test_near_prefers_the_candidate_close_to_a_point(gaz):
    far = gaz.resolve("Paris")
    near_texas = gaz.resolve("Paris", near=(33.66, -95.55), context_countries=("USA",))
    assert far["country"] == "FRA" and near_texas["country"] == "USA"


@pytest.mark.parametrize("name", ["Beijing", "Washington", "Springfield", "Alexandria"])
def test_lookup_returns_every_candidate_and_resolve_picks_one_of_them(gaz, name):
    candidates = gaz.lookup(name)
    assert candidates
    chosen = gaz.resolve(name)
    assert chosen["geonameid"] in {p.geonameid for p in candidates}


def test_country_carries_geonames_id_and_a_point_inside(gaz):
    loc = gaz.resolve("Turkey")
    assert loc["geonameid"] == 298795
    assert haversine_km((loc["lat"], loc["lon"]), (39.0, 35.0)) < 161


def test_every_country_has_coordinates(gaz):
    missing = [iso for iso, p in gaz.countries.items() if p.lat is None]
    assert missing == []


@pytest.mark.parametrize(
    "raw, key",
    [("The Hague", "hague"), ("Yŏngbyŏn", "yongbyon"), ("U.S.", "us"), ("Punggye-ri", "punggye ri"), ("Xi'an", "xian")],
)
def test_normalise_folds_case_accents_and_punctuation(raw, key):
    assert normalise(raw) == key


@pytest.mark.parametrize(
    "a, b, km",
    [((39.9075, 116.39723), (39.03385, 125.75432), 810), ((0.0, 0.0), (0.0, 1.0), 111)],
)
def test_haversine_distance(a, b, km):
    assert haversine_km(a, b) == pytest.approx(km, rel=0.02)


def test_user_landmark_file_is_added(gaz, tmp_path):
    path = tmp_path / "my_places.tsv"
    path.write_text("name\taliases\tkind\tcountry\tlat\tlon\tgeonameid\nCamp Zulu\tZulu Base\tbase\tKEN\t-1.5\t37.0\t\n", encoding="utf-8")
    mine = get_gazetteer(extra_files=[path])
    loc = mine.resolve("Zulu Base")
    assert (loc["name"], loc["country"], loc["lat"]) == ("Camp Zulu", "KEN", -1.5)
    assert gaz.resolve("Zulu Base") is None  # the shared one is untouched


@pytest.mark.parametrize(
    "name, content",
    [("bad.tsv", "Camp\tx\tbase\tKEN\tnorth\teast\n"), ("short.tsv", "Camp\tx\n"), ("f.toml", "feature_words = 3\n")],
)
def test_malformed_user_files_raise_knowledge_error(gaz, tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError):
        get_gazetteer(extra_files=[path])


def test_invalid_population_threshold_is_refused():
    with pytest.raises(KnowledgeError):
        Gazetteer(min_population=7)


def test_reading_the_subdivision_points_closes_the_data_file():
    """The packaged city list is read through a file the reader closes itself (no ResourceWarning when it is collected)."""
    import gc
    import warnings

    from tidings.code._places_gazetteer import _subdivision_points

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        admin1, _admin2 = _subdivision_points()
        gc.collect()
    assert admin1
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # initials or a short word written with periods name a place only through the alias table
        ("D.A.", None),  # a district attorney, not the town of Da
        ("D.C.", "USA"),
        ("B.C.", "CAN"),
        ("Pa.", "USA"),  # Pennsylvania, not the town of Pa
        ("Ont.", "CAN"),
        # the town's own name still finds it
        ("Da", "CIV"),
    ],
)
def test_initials_with_periods_are_places_only_as_aliases(gaz, name, country):
    place = gaz.resolve_place(name)
    assert (place.country if place is not None else None) == country
    assert bool(gaz.lookup(name)) == (country is not None)


@pytest.mark.parametrize(
    ("town", "region", "country", "feature"),
    [
        # "Town, Region": the region that holds a town of that name, however its own name is read alone
        ("Wellington", "Somerset", "GBR", "admin2"),  # alone, "Somerset" is a town of New Jersey
        ("Taunton", "Somerset", "GBR", "admin2"),
        ("Paris", "Texas", "USA", "admin1"),
        ("London", "Ontario", "CAN", "admin1"),
        ("Alexandria", "Egypt", "EGY", "country"),
    ],
)
def test_the_region_of_a_town_pair_holds_the_town(gaz: Gazetteer, town: str, region: str, country: str, feature: str) -> None:
    place = region_of_town(gaz, town, region)
    assert place is not None and (place.country, place.feature) == (country, feature), place


@pytest.mark.parametrize(("town", "region"), [("Paris", "Berlin"), ("Wellington", "Kabul"), ("Ouagadougou", "Ontario")])
def test_no_region_when_the_second_name_holds_no_town_of_the_first(gaz: Gazetteer, town: str, region: str) -> None:
    assert region_of_town(gaz, town, region) is None
