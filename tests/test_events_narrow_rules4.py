"""Rules a review found too wide, narrowed (part A of fifth round): the means of a gift that is a named body, an occasion
attended by a state's leader, troops and envoys withdrawn, normalising with a state, the killer a relative pronoun stands
for, a government's offer, quoted capitals of the speaker's own words, the quoted name of a protest, and a few sense checks
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded_codes, coded_rows

_events = coded_rows
_codes = coded_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a named body whose name ends in a word for means is the donor (item 1)
        ("The International Monetary Fund provided a $3 billion loan to Egypt.", "071"),
        ("The World Food Programme gave food aid to refugees in Sudan.", "071"),
        ("The Arab Monetary Fund provided a loan to Jordan.", "071"),
        # a state's leader going to an occasion abroad visits its host (item 2)
        ("Putin will go to the Olympics in Beijing.", "042"),
        ("Obama came to the World Cup final in Johannesburg.", "042"),
        ("The Saudi crown prince went to the Formula One race in Bahrain.", "042"),
        ("The Iranian president came to the summit in Doha on Monday.", "04"),
        # fighters, warships and tanks withdrawn are a withdrawal, peacekeepers withdrawn are withdrawn from a mission
        # (1661); an ambassador withdrawn is a downgrade (item 3)
        ("The rebels withdrew their fighters from the town.", "087"),
        ("Russia withdrew its warships from the area.", "087"),
        ("The army withdrew their tanks from the border.", "087"),
        ("Turkey withdrew its peacekeepers from the island.", "1661"),
        ("France withdrew its ambassador from Mali.", "161"),
        ("Germany withdrew its envoy from Moscow after the poisoning.", "161"),
        # normalising with a state, no object (item 4)
        ("Sudan agreed on Friday to normalize with Israel.", "050"),
        ("Morocco will normalise with Israel, the White House said.", "050"),
        # the man a relative clause tells of is the killer, not the raid (item 5)
        ("Police carried out a raid on the home of a man who killed two officers.", "1823"),
        ("Troops launched an assault on the hideout of a militant who killed three soldiers last week.", "190"),
        # a government's or a leader's offer is a concession (item 6)
        ("The government offered a 5 percent pay rise to end the nurses' strike.", "030"),
        ("The president offered a referendum on the new constitution.", "030"),
        ("The cabinet offered early elections in a bid to calm the protests.", "030"),
        # the speaker's own words in capitals are quoted words (item 7)
        ('Trump said the report was "FAKE NEWS".', "010"),
        ('Trump said he would never accept "Foreign Interference In Our Elections".', "010"),
        ('The prime minister said the answer was a clear "No".', "010"),
        ('The senator said the plan was "Dead On Arrival".', "010"),
        # the quoted name of a protest is the protest (item 8)
        ("Tens of thousands took part in the 'Million Man March' in Washington.", "141"),
        ('Hundreds of farmers joined the "Save The Land March" on Sunday.', "141"),
        # armed sides' losses, a campus crackdown on people, a seat asked of a body (suspicious items)
        ("The army announced heavy losses.", "010"),
        ("The university cracked down on students who joined the protests.", "175"),
        ("Iran is seeking a seat on the UN Security Council.", "020"),
    ],
)
def test_a_narrowed_rule_keeps_the_event(nlp, coding_context, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in _codes(nlp, coding_context, text)), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # means with no donor stay no gift
        ("That money would provide tax credits to employers.", "07"),
        ("The new fund will provide grants to small farms.", "07"),
        # an occasion attended by fans, athletes or anyone stays no visit
        ("I want to go to the Olympics one day, said the skater.", "04"),
        ("The skater will go to the Olympics in Beijing.", "04"),
        ("Fans came to the World Cup final in Johannesburg.", "04"),
        ("Thousands of families went to the festival in Glastonbury.", "04"),
        # withdrawing from a race, cash, an offer: no withdrawal of forces
        ("The athlete withdrew from the race.", "087"),
        ("She withdrew cash from the machine.", "087"),
        ("The bank withdrew its offer.", "087"),
        ("The company withdrew the faulty units from sale.", "161"),
        # normalising with no state is no normalisation of relations
        ("Her blood pressure normalized with time.", "05"),
        ("Prices should normalise with the harvest.", "05"),
        ("Imagine if we let that poison become normalized.", "05"),
        # an offer of a price or a product stays no intent
        ("Apple offered $3 billion for the startup.", "03"),
        ("The company offered a 5 percent discount to end the dispute.", "03"),
        ("The shop offered free coffee on Sunday.", "03"),
        ("Ohio joins nine other states that offer the licence plate.", "03"),
        # a quoted name after a naming word stays a name
        ('The FBI says Bin Laden leads a group known as "The Base".', "01"),
        ('The paper said the new film is called "Killing The Messenger".', "01"),
        ('Officials say he leads a militia known as "The Black Hand".', "01"),
        # the title of a work that ends in an event noun stays a title
        ('His film "The Long March" won a prize.', "14"),
        # a firm's loss, a league's crackdown on doping, a candidate's seat: no event
        ("The airline announced losses of $2 billion.", "01"),
        ("The league is cracking down on doping.", "17"),
        ("The senator is seeking a seat in the House.", "02"),
    ],
)
def test_a_narrowed_rule_still_drops_the_other_senses(nlp, coding_context, text: str, code: str) -> None:
    assert not any(c.startswith(code) for c in _codes(nlp, coding_context, text)), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bombings at the embassies in Kenya and Tanzania, which killed 250 people, shocked the world.",
        "The attack at the market in Kabul, which killed 30, was claimed by the Taliban.",
    ],
)
def test_a_relative_pronoun_on_the_attack_place_stands_for_the_attack(nlp, coding_context, text: str) -> None:
    codes = _codes(nlp, coding_context, text)
    assert not any(c.startswith("18") for c in codes if c not in {"180", "183"}) or len([c for c in codes if c[:2] in {"18", "19"}]) == 1, codes
