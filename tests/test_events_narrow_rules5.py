"""Rules a review found too wide on missed kinds, narrowed (fifth round, part B): signs held by sports crowds, threats a
thing or a firm "faces", intimidation a law makes a crime, chases by others than the law, likening a thing, agreeing to a
job or an appearance, and victims of no one attack (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import coded_codes, coded_rows

_events = coded_rows
_codes = coded_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # sports crowds holding banners and flags are no demonstration (141)
        ("Fans held banners in support of the manager during Saturday's match.", "141"),
        ("Supporters of the club held flags as the team bus arrived.", "141"),
        ("Fans held banners against the club's owners outside the stadium.", "141"),
        ("The team held flags in support of the referendum.", "141"),
        # "faces threats": a thing, a firm or a state weighing a danger, not threats received (130)
        ("Coral reefs face threats from warming seas.", "130"),
        ("The company faces threats from cheaper rivals.", "130"),
        ("Pakistan faces a growing threat from militants.", "130"),
        ("Farmers face threats from drought and pests this summer.", "130"),
        # intimidation a law makes an offence is a kind of act, no happening (130)
        ("The bill would make voter intimidation a felony.", "130"),
        ("The law makes intimidation of election workers a crime.", "130"),
        ("Lawmakers voted to make voter intimidation illegal.", "130"),
        # chasing by others than the law is no arrest (173)
        ("Demonstrators chased the police officers from the square.", "173"),
        ("Rioters chased journalists out of the square on Sunday.", "173"),
        ("The farmer chased the boys out of his orchard.", "173"),
        # likening a thing to a thing is no criticism (111)
        ("The minister likened the new stadium to a palace.", "111"),
        ("The coach likened the new training ground to a five-star hotel.", "111"),
        ("Critics likened the novel's ending to a fairy tale.", "111"),
        # agreeing to a job or an appearance is no political intent (03)
        ("Barcelona agreed to sign the Brazilian forward for 40 million euros.", "03"),
        ("The governor agreed to speak at the graduation ceremony.", "03"),
        ("Real Madrid agreed to hire a new coach on Monday.", "03"),
        ("The singer agreed to perform at the festival in August.", "03"),
        # victims of no one attack: a class of people (18)
        ("The new law gives bombing victims the right to compensation.", "18"),
        ("The fund offers bombing victims free counselling.", "18"),
        ("Shooting victims often wait years for compensation.", "18"),
        # a custody ruling in a family case hands no one over (0841)
        ("The judge gave the mother custody of the children.", "0841"),
        ("A family court gave the father custody of the twins in March.", "0841"),
        ("The magistrate gave the grandparents custody of the girl.", "0841"),
    ],
)
def test_narrowed_rules_do_not_fire_on_other_kinds(nlp, coding_context, text: str, code: str) -> None:
    assert not any(c.startswith(code) for c in _codes(nlp, coding_context, text)), _events(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # demonstrators and political supporters with signs still demonstrate (141)
        ("Protesters held signs against the war outside parliament.", "141"),
        ("Opposition supporters held placards outside the election commission in Nairobi.", "141"),
        ("About 15 demonstrators drove to the courthouse, holding signs against the amendment.", "141"),
        ("The mayor held a sign in favor of the amendment near the elections office.", "141"),
        # threats received by people (130)
        ("The journalist has faced threats from drug gangs since her report.", "130"),
        ("The councillor has faced abuse and threats since the vote last week.", "130"),
        ("The embassy has received threats from several militant groups, the ambassador said.", "130"),
        ("Opposition leaders accused the ruling party of intimidation of voters.", "130"),
        ("The inspector said there was evidence of past intimidation of witnesses.", "130"),
        # chases by the law (173)
        ("Police chased the suspect through the streets of Lagos.", "173"),
        ("Two deputies chased the suspect through a housing estate before arresting him.", "173"),
        ("State troopers chased him down on the interstate late on Friday.", "173"),
        # likening people, or an act, to a villain or a wrong (111)
        ("Critics have likened the crackdown to martial law.", "111"),
        ("The opposition leader likened the president to a dictator in a speech on Sunday.", "111"),
        ("The foreign minister was condemned for likening the refugees to an invading army.", "111"),
        ("The director was criticised for likening the plight of migrants to that of Jews under Nazi rule.", "111"),
        # agreeing to a side's act (03)
        ("The governor agreed to speak at the peace conference in Geneva.", "03"),
        ("The rebels agreed to sign the ceasefire accord.", "03"),
        ("The government agreed to release 200 prisoners.", "03"),
        # victims of one attack (18)
        ("The bombing victims were flown to Germany for treatment.", "18"),
        ("The Boston bombing victims met the president.", "18"),
        # the authorities handing a child over (0841)
        ("The authorities would give him custody of his son.", "0841"),
        ("The ambassador met with bombing victims at the city hospital on Friday.", "18"),
        ("Police said a man identified as a kidnapping victim had been found in Ohio.", "18"),
    ],
)
def test_narrowed_rules_keep_their_own_cases(nlp, coding_context, text: str, code: str) -> None:
    assert any(c.startswith(code) for c in _codes(nlp, coding_context, text)), _events(nlp, coding_context, text)
