"""Court decisions the coder used to miss or misread (issue 10, recall): a court or a judge that "rules that" or
"rules against / in favour of" a side gives a ruling (116), the noun "ruling" is one (116), a court's or a judge's
order is imposed (172, as "court order" is) rather than demanded (100), and a visa, permit or licence revoked or
rescinded is an administrative sanction (172).

Sentences written for these tests. Each rule has its near misses: a king rules a country, a commission rules out a
change, a party's executive rules on its own members, a ruling party is a party, a general's or a customer's order
stays what it was, and an ordinance revoked is no sanction on anyone.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

pytestmark = pytest.mark.model


def codes(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    """(CAMEO code, trigger) of each event record of ``text``."""
    return list(code_triggers(coded(nlp, coding_context, text)))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A federal appeals court ruled on Tuesday that the state's voting law discriminated against minority voters.", "ruled"),
        ("The Supreme Court ruled in favor of the tribal council in its dispute with the state.", "ruled"),
        ("The high court ruled against the ministry in the long dispute over the land.", "ruled"),
        # a judge named in full before, with the title, and then by the surname alone
        ("Judge Helen Marsh presided over the hearing in the county courthouse. "
         "Marsh ruled that the statements taken at the farm could not be used at trial.", "ruled"),
        # a second verb of the judge's, its subject shared
        ("The magistrate heard the two lawyers and ruled that the trial would go ahead in March.", "ruled"),
        ("The district judge issued a ruling on the motion late on Friday.", "issued a ruling"),
        ("The magistrate's ruling drew an angry response from the defence.", "ruling"),
    ],
)
def test_a_courts_ruling_is_coded_as_a_legal_decision(nlp, coding_context, text, trigger):
    assert ("116", trigger) in codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "The commission ruled out any change to the tax before the election.",
        "The old king ruled the country for forty years before his death.",
        "The party's executive ruled that members may vote freely on the bill.",
        "The ruling coalition lost two seats in the vote on Sunday.",
        # rulings of no court: an administration's regulations
        "President George W. Bush left office in January. Obama moved to reverse some older Bush rulings on emissions.",
    ],
)
def test_ruling_in_other_senses_is_no_legal_decision(nlp, coding_context, text):
    assert not [c for c, _ in codes(nlp, coding_context, text) if c == "116"]


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered that the defendant remain in custody until the trial.",
        "The appeals court ordered the company to pay damages to the families.",
        "Judge Laura Perez heard the case and ordered the county to reopen the polling station.",
    ],
)
def test_a_courts_order_is_imposed_not_demanded(nlp, coding_context, text):
    coded_here = codes(nlp, coding_context, text)
    assert ("172", "ordered") in coded_here
    assert ("100", "ordered") not in coded_here


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered the ministry to prepare new rules.",
        "The governor ordered the agency to publish the report.",
    ],
)
def test_an_order_by_anyone_else_stays_a_demand(nlp, coding_context, text):
    coded_here = codes(nlp, coding_context, text)
    assert ("100", "ordered") in coded_here
    assert ("172", "ordered") not in coded_here


def test_a_courts_order_keeps_the_one_ordered_as_its_target(nlp, coding_context):
    events = coded(nlp, coding_context, "The appeals court ordered the company to pay damages to the families.")
    order = [e for e in events if e["type"]["cameo"] == "172"]
    assert order and order[0]["target"] and "company" in order[0]["target"]["text"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The interior ministry revoked the journalist's press accreditation on Monday.", "revoked"),
        ("The consulate rescinded the visas of the two activists last week.", "rescinded"),
        ("The state board revoked the doctor's licence after the inquiry.", "revoked"),
    ],
)
def test_a_grant_taken_back_by_an_authority_is_a_sanction(nlp, coding_context, text, trigger):
    assert ("172", trigger) in codes(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "The city council revoked the ordinance on parking fees.",
        "The publisher rescinded its offer to buy the magazine.",
    ],
)
def test_a_rule_or_an_offer_taken_back_is_no_sanction(nlp, coding_context, text):
    assert not [c for c, t in codes(nlp, coding_context, text) if t in {"revoked", "rescinded"} and c == "172"]
