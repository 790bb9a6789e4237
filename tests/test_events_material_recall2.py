"""Recall of material events, second round (issue 10): acts the coder used to miss (sentences written for these tests).

Releases and returns of a person (0841), a killing named by "slain" before its victim (1823), what a search turns up
(located, discovered, unearthed: 1711 or 091), abuse of a person and abuse named in a charge or a sentence (182),
grabbing, dragging or harming a person and blows exchanged (182), forged papers (180), a hyphenated crime noun read as
a verb ("car break-ins"), police stops (173), a search warrant carried out (091), forced returns (174), a passive analysis by the law joined to another verb (091), a raised guard or force (151, 153, 154, 150), a break with a side or
frozen relations (160) and protesters gathering (141); each beside wordings of other senses that stay no event.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded, shown


def _lead(text: str) -> str:
    return "Local news. " + text  # read as a sentence of an article body, not as a headline


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # a person set free or given back (0841)
        ("The aid worker said she was released by her kidnappers near the border.", "0841", "released"),
        ("The judge ruled that the girl must be returned to her mother by Friday.", "0841", "returned"),
        ("The rebels returned the two boys to their family on Sunday.", "0841", "returned"),
        ("The engineer thanked the embassy staff upon his release in the capital.", "0841", "release"),
        # a killing named by its victim's participle
        ("A pistol was found near the house of a slain shop owner on Monday.", "1823", "slain"),
        # what a search turns up
        ("Deputies searched the farm and located thousands of dollars worth of stolen property.", "1711", "located"),
        ("The rifle was unearthed during a search of the riverbank on Thursday.", "1711", "unearthed"),
        ("Detectives discovered the missing truck behind a warehouse.", "091", "discovered"),
        # abuse and blows
        ("The stepfather was accused of abusing his stepson for two years.", "182", "abusing"),
        ("The former coach is serving a six-year sentence for abuse.", "182", "abuse"),
        ("The cashier was grabbed from behind as she left the shop, police said.", "182", "grabbed"),
        ("She was kicked by a man outside the bar, police said.", "182", "kicked"),
        ("The robber dragged her across the car park, police said.", "182", "dragged"),
        ("The robber dragged her into a van, police said.", "182", "dragged"),
        ("The gunmen threatened to harm him if the ransom was not paid.", "182", "harm"),
        ("The two men exchanged blows with the bouncers outside the club.", "182", "exchanged"),
        ("The senator said the defendants forged signatures on the loan papers.", "180", "forged"),
        ("Two men were charged with the car break-ins, police said.", "180", "break-ins"),  # a noun the tagger read as a verb
        # a stop by the law
        ("Police stopped him on the highway near the county line.", "173", "stopped"),
        ("A trooper tried to stop two teenagers for speeding on Route 9.", "173", "stop"),
        # a search warrant carried out is the search; people sent back by force are deported
        ("Deputies conducted a search warrant at the couple's home on Friday.", "091", "conducted"),
        ("The agency condemned the forced returns of refugees across the border.", "174", "forced returns"),
        # a passive investigative step joined to another verb takes no doer from it
        ("The hair samples reached the state laboratory on Friday and are being analyzed, police said.", "091", "analyzed"),
        # force posture and reduced relations
        ("Police have stepped up patrols in the park since the robberies.", "153", "stepped"),
        ("Police tightened security around the courthouse before the verdict.", "151", "tightened"),
        ("The Kremlin is bolstering its military presence near the border.", "154", "bolstering"),
        ("Kenyan opposition leader Raila Odinga broke with President Uhuru Kenyatta last year.", "160", "broke"),
        # a demonstration told by its crowd
        ("About 500 protesters gathered outside the parliament on Tuesday.", "141", "gathered"),
    ],
)
def test_a_material_act_is_coded(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, _lead(text))
    assert (code, trigger) in code_triggers(events), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "codes"),
    [
        ("The club released him from his contract in May.", "released", {"0841"}),  # no captivity
        ("Voters returned the mayor to office for a third term.", "returned", {"0841"}),
        ("The climber was returned to the village by helicopter.", "returned", {"0841"}),  # brought back to a place
        ("The band said her new release would come out in June.", "release", {"0841"}),  # a record, no one freed
        ("The browser maker released Firefox 3.05 to its users on Tuesday.", "released", {"0841"}),  # a product
        ("Hikers discovered an old rifle in the woods.", "discovered", {"09", "17"}),  # no law, no search
        ("Drug abuse is a growing problem in the county.", "abuse", {"18"}),  # abuse named in no charge
        ("The striker grabbed the ball and scored.", "grabbed", {"18"}),  # no person grabbed
        ("The coach stopped him in the hallway after practice.", "stopped", {"17"}),  # no law, no offence
        ("Police stopped the car on the highway.", "stopped", {"17"}),  # a thing stopped, no person
        ("The firm forged a partnership with a Dutch bank.", "forged", {"18"}),  # no papers forged
        ("The storm harmed crops across the valley.", "harmed", {"18"}),  # no person harmed
        # "he" or "she" undergoes a blow only in its plain sense
        ("He was kicked out of the party last year.", "kicked", {"18"}),
        ("She was struck by the beauty of the old town.", "struck", {"18"}),
        ("He was choked with emotion as he thanked the council.", "choked", {"18"}),
        ("She was grabbed by the idea of a new career.", "grabbed", {"18"}),
        ("The council dragged its feet on the new bridge.", "dragged", {"18"}),
        ("The senator dragged him into the dispute over the budget.", "dragged", {"18"}),  # into no place
        ("The scandal harmed him badly in the polls.", "harmed", {"18"}),  # a thing did it, no one's blow
        ("The mayor said the new ruling would harm residents.", "harm", {"18"}),
        ("The two leaders exchanged gifts at the summit.", "exchanged", {"18"}),
        ("The singer broke with tradition at the awards.", "broke", {"16"}),  # no side parted from
        ("The fight then breaks out, with the guard pushing a child away.", "breaks", {"16"}),
        ("Police obtained a search warrant for the flat.", "obtained", {"09"}),  # no search done yet
        ("The soil samples reached the college on Friday and were analyzed by the students.", "analyzed", {"09"}),
        ("The shop returns goods within a month.", "returns", {"17"}),  # no one forced back
        ("The governor said the state will maintain its work force at current levels.", "maintain", {"15"}),  # staff
        ("Families gathered in the church for the funeral.", "gathered", {"14"}),  # no protesters
        ("Investigators gathered evidence at the scene.", "gathered", {"14"}),
    ],
)
def test_the_near_miss_is_no_material_act(nlp, coding_context, text: str, trigger: str, codes: set[str]) -> None:
    # each code given is a root or a full code the trigger must not get ("0841": a plain 084 may stay)
    events = coded(nlp, coding_context, _lead(text))
    assert not any(c[: len(p)] == p and t == trigger for c, t in code_triggers(events) for p in codes), shown(events)
