"""False events found on web pages read from their HTML (soft news, advice, policies, tutorials, jokes), each paired
with a sentence of the same shape that must keep its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers as _codes
from coding_factory import coded

pytestmark = pytest.mark.model


def _roots_of(text: str, trigger: str, nlp, coding_context) -> list[str]:
    """The distinct CAMEO roots coded on ``trigger``."""
    return sorted({c[:2] for c, t in _codes(coded(nlp, coding_context, text, published="2020-10-06")) if trigger in t})


def _check(text: str, trigger: str, coded_as, nlp, coding_context) -> None:
    roots = _roots_of(text, trigger, nlp, coding_context)
    assert roots == ([coded_as] if coded_as else []), roots


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a question put to anyone, in the present, is no event; a question about what someone did keeps its event
        ("What do you call a dog that fights crime?", "call", None),
        ("How do you talk to a giant?", "talk", None),
        ("How did you meet the president last year?", "meet", "04"),
        ("Did the army attack the convoy on Monday?", "attack", "19"),
        # a rule for any reader: "when you request", "if you book"
        ("Our apps may use this permission to read your contacts when you request.", "request", None),
        ("If you book a journey with a mobility scooter, the bus company will provide a coach.", "journey", None),
        ("When the minister requested more funds on Monday, the council refused.", "requested", "02"),
        # the reader's own act, outside quotes
        ("Stay calm, be positive and pick your battles.", "battles", None),
        ("The game starts with your execution, which a dragon interrupts.", "execution", None),
        ('"Your attack on our village killed ten people," the elder told the commander.', "attack", "18"),
    ],
)
def test_what_any_reader_does_or_is_asked_is_no_event(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # software and machines do nothing an actor does
        ("When the interpreter shuts down, the module's variables are set to None.", "shuts", None),
        ("The app requests your location before it shows the map.", "requests", None),
        ("Some of our phone call apps may read your call log.", "phone call", None),
        ("The company shut down the plant in Ohio on Monday.", "shut", "17"),
        ("Hackers attacked the servers of the bank on Monday.", "attacked", "17"),  # a cyber attack (176)
        ("The driver refused to take the passengers to the station on Monday.", "refused", "12"),
    ],
)
def test_software_and_machines_are_no_actors(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # room taken on a bus, a post held or time spent is no ground occupied
        ("Yes, providing they occupy the appropriate space on the bus.", "occupy", None),
        ("She occupies the post of treasurer in the club.", "occupies", None),
        ("The dispute occupied much of his time last year.", "occupied", None),
        ("Protesters occupied the main square on Monday.", "occupied", "14"),
        ("Students occupied the office of the dean on Tuesday.", "occupied", "14"),
        ("Government troops occupied the northern half of the island on Monday.", "occupied", "19"),
    ],
)
def test_what_is_occupied_decides_whether_ground_is_taken(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a fight with an illness is no fighting
        ("Her brother lost his battle with the disease on Monday.", "battle", None),
        ("He lost his battle with cancer on Sunday.", "battle", None),
        ("She fought a long battle against breast cancer.", "fought", None),
        ("The singer fought leukemia for years.", "fought", None),
        ("The army lost its battle with the rebels on Monday.", "battle", "19"),
        ("Rebels fought government troops near the border on Monday.", "fought", "19"),
    ],
)
def test_a_fight_with_an_illness_is_no_fighting(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)


_PROGRAMMING = ("Python is a programming language with a clean syntax, and its interpreter runs each module. To avoid clashing "
                "with system packages, install it in a virtual environment. The closures of a function are looked up late.")


@pytest.mark.parametrize("trigger", ["clashing", "closures"])
def test_a_programming_page_tells_no_clash_or_closure(nlp, coding_context, trigger: str) -> None:
    _check(_PROGRAMMING, trigger, None, nlp, coding_context)


def test_a_state_attack_told_on_a_programming_page_stays(nlp, coding_context) -> None:
    text = ("Python is a programming language with a clean syntax, and its interpreter runs each module. On Monday Chinese "
            "military hackers attacked the servers of the Indian defence ministry, the government said.")
    _check(text, "attacked", "17", nlp, coding_context)  # hacking servers: a cyber attack (176)


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a journey no one is named to make is no trip told
        ("We may offer a range of choices including a taxi, a diverted journey, a bus or a coach.", "journey", None),
        ("We may be limited by the suppliers available at the time of the journey.", "journey", None),
        ("The minister's trip to Nairobi was cut short on Monday.", "trip", "04"),
        ("On Friday, when Albright set aside her plans for the hastily planned trip to East Africa, the embassy closed.", "trip", "04"),
    ],
)
def test_a_journey_needs_a_traveller(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # idioms of fights and blasts
        ("Trying your hardest is half the battle, even in a crisis.", "battle", None),
        ("Funny laundry bags turn any laundry day into a blast.", "blast", None),
        ("The blast killed three people at the market on Monday.", "blast", "18"),
        ("He met her in the spring and turned her world upside down.", "turned", None),
        ("The union turned down the offer on Monday.", "turned", "12"),
        ("Pubs would be closed, giving the nation breathing space in the ongoing pandemic battle.", "battle", None),
        ("Forests must be protected if we are to make gains in the fight against climate change, said the scientist.", "fight", None),
        # a business stopping is no closure imposed; a closure by inspectors or a passive closure stays
        ("But the mine shut down following the outbreak of the war.", "shut", None),
        ("The hospital is one of 16 hospitals that have shut down amid the war, the ministry said.", "shut", None),
        ("Soldiers shut down the hospital on Monday, the ministry said.", "shut", "17"),
        ("Fire inspectors suddenly shut down the two venues on Friday.", "shut", "17"),
        ("A newspaper office was shut down briefly on Friday because of a suspicious letter.", "shut", "17"),
        # animals rounded up are no one arrested
        ("In the end, a larger group of workers managed to round up the goats by hand.", "round", None),
        ("Police rounded up dozens of protesters on Monday.", "rounded", "17"),
    ],
)
def test_idioms_business_and_animals_tell_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a lockdown is a restriction a government imposes (172), like a curfew, not a military blockade
        ("The government imposed a strict lockdown on Dublin on Tuesday.", "172"),
        ("The three-week lockdown began on Monday, the health ministry said.", "172"),
    ],
)
def test_a_lockdown_is_a_restriction_imposed(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2020-10-06")) if "lockdown" in t]
    assert codes and set(codes) == {code}, codes


_JOKES = ("Kids love jokes. Why did the invisible man turn down the job offer? He could not see himself doing it. "
          "Why did the king go to the dentist? To get his teeth crowned. What did the salad say to the carrot after it lost "
          "the fight? Lettuce be friends. Why did the cookie go to the doctor? It felt crummy. Why did the scarecrow win an "
          "award? He was outstanding in his field. Why did the bicycle fall over? It was two tired.")


@pytest.mark.parametrize("trigger", ["turn", "go", "fight"])
def test_a_page_of_questions_reports_no_event_in_its_questions(nlp, coding_context, trigger: str) -> None:
    _check(_JOKES, trigger, None, nlp, coding_context)


def test_a_report_that_asks_a_question_keeps_its_event(nlp, coding_context) -> None:
    text = ("Residents of the village said soldiers fired on a convoy on Monday. Why did the army attack the convoy? "
            "The defence ministry declined to comment.")
    _check(text, "attack", "19", nlp, coding_context)


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # a rule's exception is no act
        ("Travel will be allowed unless denied by station staff.", "denied", None),
        ("The union said the strike will go ahead unless the government raises pay.", "strike", "14"),
    ],
)
def test_a_rules_exception_is_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)


@pytest.mark.parametrize(
    ("text", "trigger", "coded_as"),
    [
        # "demonstrates that" shows; demonstrators protest
        ("The school board snafu demonstrates that the district needs new leaders.", "demonstrates", None),
        ("Thousands demonstrated against the government on Monday.", "demonstrated", "14"),
        # ideas and trends do nothing an actor does
        ("But neoliberalism rejects both approaches.", "rejects", None),
        ("Rising inequality also threatens democracy.", "threatens", None),
        ("The government rejected the plan on Monday.", "rejected", "12"),
    ],
)
def test_what_shows_or_is_an_idea_does_no_act(nlp, coding_context, text: str, trigger: str, coded_as) -> None:
    _check(text, trigger, coded_as, nlp, coding_context)
