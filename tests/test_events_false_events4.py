"""Classes of false events found by auditing fresh articles (issue 10, round 31), each beside sentences of the same
grammar that stay events.

Sentences written for these tests (guidelines, sections 1 and 2, rules of thumb): an act one has the right or the
power to do, or is liable to undergo, is a capacity or a rule, not a happening; a bare plural of acts that rises or
falls is a count (generic); a clause told with "whenever", "used to", "throughout his career" or "over the years" is
a habit or a record; a statement, appeal, vow or warning by private-life roles only (a team, forecasters, a firm, a
coach) with no one on its other side is `other`.
"""

from __future__ import annotations

import pytest
from coding_factory import roots_after_lead as roots

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Countries have the right to defend themselves and their citizens against terrorism.", "defend"),
        ("The United States had the right to defend its citizens, New Zealand said.", "defend"),
        ("The union has the power to strike under the new law.", "strike"),
        ("The land plots are subject to withdrawal for public needs.", "withdrawal"),
        ("Tenants who fall behind on rent are liable to eviction under the contract.", "eviction"),
    ],
)
def test_an_act_one_may_do_or_undergo_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Police arrested the man who had the right to remain silent.", "17", "arrested"),
        ("The army defended the town against the rebels on Sunday.", "05", "defended"),
        ("Workers at the car plant struck on Monday over unpaid wages.", "14", "struck"),
        ("The court sentenced the former mayor to five years in prison for fraud.", "11", "sentenced"),
    ],
)
def test_acts_beside_a_right_or_a_power_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ambush attacks on officers increased sharply last year.", "attacks"),
        ("The report noted a rise in kidnappings along the border.", "kidnappings"),
        ("Officials recorded a surge in burglaries over the holidays.", "burglaries"),
    ],
)
def test_acts_counted_in_a_trend_are_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The attacks on the capital increased after the ceasefire collapsed.", "18", "attacks"),
        ("Rebels attacked the town on Tuesday.", "18", "attacked"),
        ("Police arrested four men after a rise in tension at the stadium.", "17", "arrested"),
        ("Regulators fined the bank after a surge in complaints from customers.", "17", "fined"),  # a regulator's fine is 172
    ],
)
def test_acts_beside_a_trend_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police used to arrest protesters outside the embassy.", "arrest"),
        ("He worked to support refugees throughout his career.", "support"),
        ("She met several presidents throughout her long life.", "met"),
        ("Whenever the rebels shelled the town, the villagers hid in the cellars.", "shelled"),
    ],
)
def test_a_habit_or_a_record_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Police used tear gas to disperse the protesters on Friday.", "17", "disperse"),  # the means told with the act: one event
        ("Witnesses said Durr pulled out a knife that he used to stab Davis four times.", "18", "stab"),
        ("Troops have killed 40 people over the past two years.", "18", "killed"),
        ("When the rebels shelled the town on Monday, the villagers fled.", "19", "shelled"),
        ("Throughout the day, police arrested dozens of protesters.", "17", "arrested"),
        # jailed for a crime: sentenced (116, as the gold codes "were jailed for affray")
        ("The former boxer, who was jailed for assault in 1998, died on Sunday at the age of 70.", "11", "jailed"),
    ],
)
def test_one_act_beside_habit_words_stays(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The team vowed they will return next year to defend their title.", "vowed"),
        ("The airline said it was sorry for the delays.", "said"),
        ('"We played our best football of the season," said Smith, the team\'s coach.', "said"),
        ("The company announced a new line of electric scooters on Monday.", "announced"),
        ("Fans threatened to boycott the final match of the season.", "threatened"),
    ],
)
def test_private_roles_speaking_to_no_one_are_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The company asked the ministry to approve the merger.", "02", "asked"),
        ("The family of the victim accused police of covering up the killing.", "11", "accused"),
        ('"We will not negotiate with terrorists," the minister said.', "04", "negotiate"),
        ("The club's owner condemned the government's decision to close the stadium.", "11", "condemned"),
        ("The coach was arrested by police after the match.", "17", "arrested"),
        ("The team's captain was charged with assault after the crash on the motorway.", "17", "charged"),
    ],
)
def test_words_with_a_public_side_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The players met with their families after the game.", "met"),
        ("The club's coach met the squad's captain on Monday to discuss the new season.", "met"),
    ],
)
def test_players_among_themselves_are_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("The victim's mother accused police of negligence.", "11", "accused"),
        ("Her father met the prime minister on Tuesday to plead for her release.", "04", "met"),
        ("The president's wife visited the flood victims in Dhaka.", "04", "visited"),
        ("The mother of the soldier appealed to the government to bring him home.", "02", "appealed"),
        ("Her mother said the police had beaten her son in custody.", "18", "beaten"),
        ("His sister met the South Korean president in Seoul on Friday.", "04", "met"),
    ],
)
def test_relatives_facing_a_public_side_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Williams shares closed at $23.25, off 12.5 cents.", "closed"),
        ("Bond yields retreated from their highs.", "retreated"),
        ("Oil prices surged after the storm shut refineries in the Gulf.", "surged"),
    ],
)
def test_a_market_quantity_moving_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("Market traders protested outside parliament against the new tax.", "14", "protested"),
        ("Shareholders sued the company for fraud.", "11", "sued"),
        ("Police closed the border crossing after the attack.", "17", "closed"),
        ("The army retreated from the town on Friday.", "08", "retreated"),
    ],
)
def test_acts_of_traders_and_armies_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("When a driver refuses a breath test, officers may arrest him.", "arrest"),
        ("If an employee steals from the till, the manager can fire him and call the police.", "steals"),
        ("When a player insults a referee, the league suspends him for three games.", "suspends"),
    ],
)
def test_a_rule_for_anyone_of_a_kind_is_no_event(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]


@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        ("If Iran attacks Israel, the United States will respond, the president said.", "19", "attacks"),  # a state attacking is armed force (19)
        ("When the driver refused a breath test, officers arrested him.", "17", "arrested"),
        ("If a deal is not reached by Friday, the union will strike, its leader said.", "14", "strike"),
        ("Police said they would arrest the driver if he returns to the country.", "17", "arrest"),
        ("When a gunman opened fire on the crowd, police shot him dead.", "18", "shot"),
    ],
)
def test_conditions_about_someone_known_or_past_stay(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


# Review of the audit branch (issue 10): rules narrowed so that the same words in other grammar stay events.
@pytest.mark.parametrize(
    ("text", "root", "word"),
    [
        # "open to talks" is an intent, not a liability
        ("Iran said it was open to talks with the United States.", "04", "talks"),
        ("Opposition parties said they were open to talks with the government.", "04", "talks"),
        # "over his tenure" is a cause, not a record
        ("Opposition lawmakers criticised the minister over his tenure at the defence ministry.", "11", "criticised"),
        ("Parliament condemned the president over his tenure as army chief.", "11", "condemned"),
        ("Police arrested him over his life of crime, prosecutors said.", "17", "arrested"),
        ("The senator accused the general over his years in command.", "11", "accused"),
        # a bounded series counted to a number or dated to a day
        ("Arrests climbed to more than 300 as police cleared the square on Sunday.", "17", "Arrests"),
        ("Detentions rose to 120 after troops raided the camp on Monday.", "17", "Detentions"),
        ("The increase in airstrikes on Idlib killed 30 civilians on Sunday.", "19", "airstrikes"),
        ("The surge in shelling killed 12 villagers on Tuesday.", "19", "shelling"),
        # a trend verb with no measure is no count
        ("Talks between the two parties fell through on Monday.", "04", "Talks"),
        ("Peace talks with the rebels fell apart last week.", "04", "talks"),
        # an if-clause under a threat or a vow is its condition, not a rule
        ("The rebels threatened to kill the hostages if a soldier enters the town.", "18", "kill"),
        ("The kidnappers vowed to execute the journalist if any government pays no ransom.", "18", "execute"),
        ("Militants warned they will bomb the bridge if a convoy crosses it.", "18", "bomb"),
        # acts under way or done that one has been subject to
        ("The labs have been subject to ongoing investigations since the discovery of a new outbreak on Friday.", "09",
         "investigations"),
        ("The company has been subject to repeated raids by tax police since March.", "17", "raids"),
        ("The activists have been subject to arrests by the secret police.", "17", "arrests"),
        # markets that act on an object are buyers, not prices
        ("It is too early to tell whether or not export markets would ban Canadian cows and beef.", "17", "ban"),
        ("Foreign markets would boycott Israeli goods, the minister said.", "14", "boycott"),
        # a public appositive of a private role
        ("The club's coach, a former army general, vowed to lead a march on the capital.", "14", "lead a march"),
        ("The team's captain, an army officer, vowed to lead a march on parliament.", "13", "vowed"),
        ("His son, a rebel commander, vowed to fight on.", "13", "vowed"),
    ],
)
def test_narrowed_rules_leave_events_in_other_grammar(nlp, coding_context, text: str, root: str, word: str) -> None:
    assert (root, word) in roots(nlp, coding_context, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He fought for the poor over the years.", "fought"),
        ("She visited the region many times over the decades.", "visited"),
        ("Burglaries rose to record levels last year.", "Burglaries"),
        ("Burglaries fell 10 percent in 2019.", "Burglaries"),
        ("Kidnappings doubled last year.", "Kidnappings"),
        ("Attacks on police increased sharply last year.", "Attacks"),
        ("Police recorded a sharp drop in kidnappings this year.", "kidnappings"),
        ("If a tenant fails to pay, the landlord can evict him.", "evict"),
        ("When an officer is attacked, police routinely arrest the attacker.", "arrest"),
        ("Journalists who reveal state secrets are subject to arrest.", "arrest"),
        ("The plots were subject to seizure under the law.", "seizure"),
        ("The port is vulnerable to attack.", "attack"),
        ("Stock markets closed higher on Monday.", "closed"),
        ("Asian markets fell sharply.", "fell"),
        ("The coach, a former player, vowed to win the title.", "vowed"),
        ("The team, a group of local schoolboys, vowed to win the cup.", "vowed"),
    ],
)
def test_narrowed_rules_still_drop_their_own_kind(nlp, coding_context, text: str, word: str) -> None:
    assert not [w for _, w in roots(nlp, coding_context, text) if word in w]
