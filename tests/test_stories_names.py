"""Stories: the proper nouns two short reports share count for more than the same ones in two long reports (a cosine).

Records are built here and grouped with :func:`tidings.fuse.stories.build_stories`; no model is loaded.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_stories_situations import CITIES, CODES, CRIMES, GENERIC, NAMES, grouped, person, record

COUNTRY = {"name": "Portugal", "kind": "country", "sector": None, "code": "PRT", "country": "PRT"}

# (first report, second report): one actor (a country) and one name in common, few other names, several domains
SHORT_PAIRS = [
    ("Portugal confirmed the transfer of Tiago Mendes to Benfica.", "Portugal said Benfica had agreed terms for the winger."),
    ("Portugal approved the takeover of Galp by the buyer.", "Portugal cleared the Galp deal after a review."),
    ("Portugal appealed the ruling of the Lisbon court on Monday.", "Portugal said the Lisbon judges had erred in the case."),
]


def pair(first: str, second: str) -> list[dict]:
    day = "2024-05-06"
    out = []
    for k, (sentence, cameo) in enumerate(((first, "057"), (second, "111"))):  # two kinds of event: no family in common
        m = record(COUNTRY, None, document=f"rep-{k}", published=day, day=day, sentence=sentence, cameo=cameo, outlet=f"Outlet {k}")
        m["id"] = f"rep-{k}"
        out.append(m)
    return out


@pytest.mark.parametrize("first,second", SHORT_PAIRS)
def test_two_short_reports_sharing_an_actor_and_a_name_join(first, second):
    stories = grouped(pair(first, second))
    assert stories["rep-0"] == stories["rep-1"]


@pytest.mark.parametrize("first,second", SHORT_PAIRS)
def test_the_same_name_in_two_long_reports_full_of_other_names_does_not_join_them(first, second):
    others = ["Alvaro Costa", "Bruno Seixas", "Carla Dias", "Duarte Lobo", "Eva Matos", "Filipe Neves", "Gil Rocha", "Hugo Sa"]
    long_first = first[:-1] + ", said " + ", ".join(others[:4]) + " and Isaura Tome of Coimbra, Faro, Braga and Evora."
    long_second = second[:-1] + ", said " + ", ".join(others[4:]) + " and Joao Vaz of Porto, Aveiro, Viseu and Leiria."
    stories = grouped(pair(long_first, long_second))
    assert stories["rep-0"] != stories["rep-1"]


@pytest.mark.parametrize("first,second", SHORT_PAIRS)
def test_a_shared_name_without_a_shared_actor_place_or_event_joins_nothing(first, second):
    records = pair(first, second)
    records[1]["source"] = person("Ana Lopes", "PRT")  # the other report has another actor: only words are shared
    stories = grouped(records)
    assert stories["rep-0"] != stories["rep-1"]


@pytest.mark.parametrize("wording", [
    "Officers detained {name} in {city} on suspicion of {crime}, the Associated Press reported.",
    "{name} scored twice in the second half in {city}, the Associated Press reported.",
    "Shares of the firm fell sharply in {city} after {name} resigned, the Associated Press reported.",
])
@pytest.mark.parametrize("generic", ["police", "United States"])
def test_short_unrelated_reports_sharing_a_generic_actor_wording_and_a_wire_name_stay_apart(wording, generic):
    n = 8
    records = []
    for k in range(n):
        day = (date(2009, 3, 1) + timedelta(days=k)).isoformat()
        m = record(GENERIC[generic], person(NAMES[k]), document=f"local-{k}", published=day, day=day, place=CITIES[k], cameo=CODES[k],
                   sentence=wording.format(name=NAMES[k], city=CITIES[k], crime=CRIMES[k]))
        m["id"] = f"local-{k}"
        records.append(m)
    assert len(set(grouped(records).values())) == n
