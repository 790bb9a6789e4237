"""Which code a statement gets when the sentence is an event sentence: what is said, read through its grammar.

Sentences written for these tests, from several domains. A duty laid on one specific party ("the ministry must
publish the report") is a demand (100); a duty laid on a whole class, on all, or on the speaker's own side, and a
state wished for, is a policy line (settling rule 20 of the gold guidelines: 020); an imperative in a quotation is
an appeal to those addressed (020). What a thing should be or have, a duty inside a description, and talk about
talking ("Look, ...", "Let me be clear") call on no one.
"""

from __future__ import annotations

import pytest
from coding_factory import coded

from tidings.code.events import statement_code

pytestmark = pytest.mark.model


def _code_of(nlp, words: str) -> tuple[str, str | None]:
    doc = nlp(words)
    code, cue = statement_code(list(doc))
    return code, (cue.lower_ if cue is not None else None)


def _statements(nlp, coding_context, text: str) -> list[tuple[str, str]]:
    return [(e["type"]["cameo"], e["type"]["trigger"]) for e in coded(nlp, coding_context, text)]


@pytest.mark.parametrize(
    ("words", "code", "cue"),
    [
        # a whole class, all or any, or a coordinated group of peoples: a policy line
        ("wealthy nations should cut their emissions much faster", "020", "should"),
        ("all member states must share the burden of the refugees", "020", "must"),
        ("any new government should honour the agreements signed by its predecessors", "020", "should"),
        ("farmers and retailers need to agree on a fair price", "020", "need"),
        # the speaker's own side
        ("we must stand together against this hatred", "020", "must"),
        ("we should keep the door open to new members", "020", "should"),
        # a state wished for, even of a named place
        ("Marseille should become the cultural capital of the south", "020", "should"),
        # one specific party called on to act: a demand
        ("the contractor should repay the money at once", "100", "should"),
        ("the ministry must publish the full report by Friday", "100", "must"),
        ("they need to present some proof", "100", "need"),
        ("Ottawa should do more for the families", "100", "should"),
        # with its ultimatum
        ("the club must pay the fine or face expulsion from the league", "139", "must"),
    ],
)
def test_a_duty_is_a_demand_on_one_party_and_an_appeal_on_many(nlp, words: str, code: str, cue: str) -> None:
    assert _code_of(nlp, words) == (code, cue)


@pytest.mark.parametrize(
    "words",
    [
        # what a thing should be or have: a position, no call on anyone
        "the presidential sites should be off limits",
        "the old reports should not have any bearing on the custody case",
        "the stadium should remain a public asset",
        # a thing or a clause as subject
        "it should not take a court order to get the records",
        # the speaker's own need, told with "have to" or "need to"
        "we have to wait and see how the market moves",
        "I must say the season went well",
    ],
)
def test_a_duty_laid_on_no_one_is_no_appeal(nlp, words: str) -> None:
    assert _code_of(nlp, words)[0] not in {"020", "100", "139"}


@pytest.mark.parametrize(
    ("words", "cue"),
    [
        ('"Lock your doors at night and report anything unusual to the police."', "lock"),
        ('"Don\'t leave your keys hidden outside your home."', "leave"),
        ('"Please vote on Sunday, whoever you support."', "vote"),
        ('"Stay away from the river banks until the water goes down."', "stay"),
    ],
)
def test_an_imperative_in_a_quotation_is_an_appeal(nlp, words: str, cue: str) -> None:
    assert _code_of(nlp, words) == ("020", cue)


@pytest.mark.parametrize(
    "words",
    [
        # talk about talking, and thanks
        '"Look, the numbers speak for themselves."',
        '"Thank you all for coming tonight."',
        '"Let me be clear about the budget."',
        '"Believe me, the team gave everything."',
        # no imperative: a statement of fact, a question, an imperative not in quotation marks
        '"The water has gone down since Sunday."',
        '"Why did the council wait so long?"',
        "Stay tuned for the results of the match.",
    ],
)
def test_no_appeal_without_an_imperative_that_calls_on_someone(nlp, words: str) -> None:
    assert _code_of(nlp, words)[0] != "020"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('"Wealthy nations should cut their emissions much faster," the environment minister said.', "020"),
        ('"All member states must share the burden of the refugees," the interior minister said.', "020"),
        ('"Lock your doors at night and report anything unusual to the police," the county sheriff said.', "020"),
        ('"The ministry must publish the full report by Friday," the senator said.', "100"),
    ],
)
def test_the_statement_of_an_event_sentence_takes_the_code_of_what_is_said(nlp, coding_context, text: str, code: str) -> None:
    assert (code, "said") in _statements(nlp, coding_context, text)


@pytest.mark.parametrize(
    "text",
    [
        # private speakers on private matters: no statement at all
        '"Lock your bikes before the match," the club secretary said.',
        '"Fans should arrive early for the final," the stadium manager said.',
        # a position on what a thing should be
        '"The old stadium should remain a public park," the historian said.',
        # a duty inside a description
        'The president said: "That would give the rebels a victory they must never have."',
    ],
)
def test_no_appeal_from_private_speakers_or_positions(nlp, coding_context, text: str) -> None:
    assert [c for c, _ in _statements(nlp, coding_context, text) if c[:2] in {"02", "10"}] == []


def _codes_on(nlp, coding_context, text: str, trigger: str) -> list[str]:
    return [e["type"]["cameo"] for e in coded(nlp, coding_context, text) if e["type"]["trigger"] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a vow not to do a cooperative act is a refusal of it (settling rule 26)
        ("The rebel commander vowed not to resume peace talks with the government until the prisoners are freed.", "vowed", "125"),
        ("The opposition leader vowed not to resume negotiations with the ruling party.", "vowed", "125"),
        # the same vow without the negation is an intent
        ("The rebel commander vowed to resume peace talks with the government next week.", "vowed", "036"),
    ],
)
def test_a_vow_not_to_act_is_a_refusal(nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert _codes_on(nlp, coding_context, text, trigger) == [code]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a vow not to do harm threatens no one and refuses nothing
        ("The rebels vowed not to attack civilians in the town.", "vowed"),
        ("The prime minister promised not to send troops into the disputed region.", "promised"),
        # a vow in sport or a feature
        ("The coach vowed not to give up on the season.", "vowed"),
    ],
)
def test_a_vow_not_to_harm_is_no_threat_and_no_refusal(nlp, coding_context, text: str, trigger: str) -> None:
    assert [c for c in _codes_on(nlp, coding_context, text, trigger) if c[:2] in {"12", "13"}] == []


@pytest.mark.parametrize(
    ("words", "cue"),
    [
        # standing or right denied of someone or something named: criticism
        ("the militia is not a legitimate authority in the province", "legitimate"),
        ("the general had no legitimate right to stay in power", "legitimate"),
        ("the referendum was not fair", "fair"),
        ("the new tariffs are not fair to small farmers", "fair"),
        ("the court's ruling is not valid", "valid"),
    ],
)
def test_standing_denied_is_criticism(nlp, words: str, cue: str) -> None:
    assert _code_of(nlp, words) == ("111", cue)


@pytest.mark.parametrize(
    "words",
    [
        # granted, not denied
        "the vote was legal and fair",
        "the striker's goal was legitimate",
        # a rule or a way denies no one
        "it is not legal to park on the bridge",
        "there is no fair way to split the bill",
        # a negation elsewhere in the sentence
        "the lawyers did not say whether the contract was valid",
    ],
)
def test_no_criticism_without_standing_denied_of_someone(nlp, words: str) -> None:
    assert _code_of(nlp, words)[0] != "111"


@pytest.mark.parametrize(
    "text",
    [
        # welcoming an act or a measure endorses it
        "The opposition welcomed the arrest of the former minister.",
        "The foreign minister welcomed the decision to release the prisoners.",
        "Some government officials welcomed the failure of the negotiations between the two rebel groups.",
        "The European Union welcomed the new law on press freedom.",
        # ... and so does welcoming news, a finding or a resignation
        "The prime minister welcomed the news that the hostages were safe.",
        "The opposition welcomed the minister's resignation.",
    ],
)
def test_welcoming_an_act_endorses_it(nlp, coding_context, text: str) -> None:
    assert _codes_on(nlp, coding_context, text, "welcomed") == ["051"]


@pytest.mark.parametrize(
    "text",
    [
        # welcoming a person, a visitor, guests or animals
        "The president welcomed the Japanese prime minister at the airport.",
        "The mayor welcomed the new students to the city.",
        "The hotel welcomed its first guests on Friday.",
        "The zoo welcomed three swan cygnets this spring.",
    ],
)
def test_welcoming_a_person_or_an_animal_is_no_endorsement(nlp, coding_context, text: str) -> None:
    assert "051" not in _codes_on(nlp, coding_context, text, "welcomed")


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # reassurance about what is: a comment
        ("The governor assured voters that the state budget was balanced.", "assured", "013"),
        ("The health minister assured parents that the vaccine is safe.", "assured", "013"),
        # a promise of what will be done stays a promise
        ("The defence minister assured residents that the army would withdraw from the village by Friday.", "assured", "030"),
        ("The general assured the villagers that they will be protected.", "assured", "030"),
        ("The minister assured parliament of her full support.", "assured", "030"),
    ],
)
def test_an_assurance_about_what_is_is_a_comment_and_about_what_will_be_done_a_promise(
        nlp, coding_context, text: str, trigger: str, code: str) -> None:
    assert _codes_on(nlp, coding_context, text, trigger) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Two gunmen gunned down a shopkeeper outside his store on Monday.",
        "The suspect is charged with gunning down a judge in front of the courthouse.",
    ],
)
def test_gunning_someone_down_is_a_killing(nlp, coding_context, text: str) -> None:
    assert [e["type"]["cameo"] for e in coded(nlp, coding_context, text) if e["type"]["trigger"].startswith("gunn")] == ["1823"]


@pytest.mark.parametrize(
    ("words", "code", "cue"),
    [
        # someone named branded a menace: criticism
        ("he is today the number one threat to the country", "111", "threat"),
        ("Erdogan is a threat to democracy in Turkey", "111", "threat"),
        ("General Haftar posed a greater threat to the republic than the rebels", "111", "threat"),
        # pride in someone: praise
        ("America is very proud of you, all of you", "051", "proud"),
        ("the whole city is proud of them", "051", "proud"),
    ],
)
def test_branding_someone_a_threat_is_criticism_and_pride_in_someone_praise(nlp, words: str, code: str, cue: str) -> None:
    assert _code_of(nlp, words) == (code, cue)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # a thing, a force of nature or an illness is branded no one
        ("the storm is a threat to the coast", "010"),
        ("the virus poses a serious threat to the elderly", "010"),
        ("these gangs are a danger to everyone", "012"),
        # pride in a thing or in being somewhere is satisfaction
        ("we are proud of the new hospital", "013"),
        ("I am proud to be here tonight", "013"),
    ],
)
def test_a_threat_that_is_no_one_and_pride_in_things_are_no_judgment_of_anyone(nlp, words: str, code: str) -> None:
    assert _code_of(nlp, words)[0] == code


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # wanting another to act asks them to
        ("we just want the government to act now", "020"),
        ("the families want the army to find their sons", "020"),
        # not wanting something to happen asks no one to act
        ("I don't want this case to fall through the cracks", "010"),
        ("we do not want the season to end like this", "010"),
    ],
)
def test_a_wish_asks_someone_to_act_only_when_it_is_not_negated(nlp, words: str, code: str) -> None:
    assert _code_of(nlp, words)[0] == code


@pytest.mark.parametrize(
    "words",
    [
        # a threat denied is a defence of the one named, not criticism of them
        "he is no threat to anyone",
        "she is not a threat to national security",
        "they do not pose a threat to the neighbours",
        "the old man poses no threat to the public",
    ],
)
def test_a_threat_denied_is_no_criticism(nlp, words: str) -> None:
    assert _code_of(nlp, words)[0] != "111"


@pytest.mark.parametrize(
    "words",
    [
        # the speaker's own standing, or a thing that is not a party, an act or a measure: no one criticized
        "we have no legal right to stop them",
        "I have no legal right to enter the building",
        "the price is not fair for farmers",
        "the salary is not fair for the hours we work",
        "the weather was not fair on the final day of the tournament",
    ],
)
def test_standing_denied_to_oneself_or_to_a_thing_is_no_criticism(nlp, words: str) -> None:
    assert _code_of(nlp, words)[0] != "111"


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # a bare plural given an order with a near deadline: a demand on those in view
        ("protesters must leave the square by midnight", "100"),
        ("migrants must leave the camp within 48 hours", "100"),
        ("residents must evacuate their homes before Friday", "100"),
        # a bare plural without a deadline, or with a target year: a policy line
        ("wealthy nations must cut their emissions by 2030", "020"),
        ("drivers should slow down near schools", "020"),
        ("politicians should give up their privileges", "020"),
    ],
)
def test_an_order_with_a_deadline_is_a_demand_on_those_in_view(nlp, words: str, code: str) -> None:
    assert _code_of(nlp, words)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a vow not to return to talks refuses the talks, not the return
        ("The rebels vowed not to return to the negotiating table.", "125"),
        ("The rebel leaders vowed not to return to the negotiating table until the shelling stops.", "125"),
        # a vow not to meet or negotiate with a party refuses the meeting
        ("The government vowed not to negotiate with the kidnappers.", "125"),
        ("The prime minister vowed not to meet the rebel leaders.", "125"),
    ],
)
def test_a_vow_not_to_go_back_to_talks_or_meet_a_party_refuses_the_talks(nlp, coding_context, text: str, code: str) -> None:
    assert _codes_on(nlp, coding_context, text, "vowed") == [code]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a vow not to visit a place or travel there refuses no meeting with anyone
        ("The minister promised not to visit the disputed islands again.", "promised"),
        ("The president vowed not to travel to Moscow this year.", "vowed"),
        ("The prime minister promised not to visit the war shrine during his term.", "promised"),
    ],
)
def test_a_vow_not_to_visit_a_place_stays_a_promise(nlp, coding_context, text: str, trigger: str) -> None:
    codes = _codes_on(nlp, coding_context, text, trigger)
    assert codes and all(c[:2] == "03" and c != "036" for c in codes)


@pytest.mark.parametrize(
    "text",
    [
        # a visit, a trip or an arrival welcomed: a visitor received; a chance to do something decides nothing
        "The president welcomed the visit of the Chinese premier.",
        "The mayor welcomed the arrival of the troops.",
        "The government welcomed the trip by the Japanese delegation.",
        "The minister welcomed the chance to discuss trade with his counterpart.",
        "The coach welcomed the opportunity to play in front of a home crowd.",
        "The author welcomed the invitation to speak at the festival.",
    ],
)
def test_welcoming_a_visit_or_a_chance_is_no_endorsement(nlp, coding_context, text: str) -> None:
    assert "051" not in _codes_on(nlp, coding_context, text, "welcomed")


def test_welcoming_a_move_to_act_endorses_it(nlp, coding_context) -> None:
    assert _codes_on(nlp, coding_context, "The union welcomed the move to raise the minimum wage.", "welcomed") == ["051"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # gunned down, and the text says the victim lived: an assault
        ("A man was gunned down outside a bar on Friday and remains in critical condition.", "182"),
        ("Gunmen gunned down a police officer who survived with wounds to the legs.", "182"),
        ("A teenager was gunned down near his school and was taken to hospital with serious injuries.", "182"),
        # no word that the victim lived, or word of a death: a killing
        ("A journalist was gunned down in front of her home on Friday and died later in hospital.", "1823"),
        ("A farmer was gunned down in his field and was taken to hospital, where he died.", "1823"),
        ("Gunmen gunned down a taxi driver and fled in a car that remains missing.", "1823"),
    ],
)
def test_gunned_down_is_a_killing_unless_the_victim_lived(nlp, coding_context, text: str, code: str) -> None:
    assert [e["type"]["cameo"] for e in coded(nlp, coding_context, text) if e["type"]["trigger"].startswith("gunn")] == [code]


def _statement_rows(nlp, coding_context, text: str) -> list[tuple[str, str | None]]:
    lead = "The report below appeared on Monday.\n\n"  # one sentence alone is read as a headline
    return [(e["type"]["cameo"], (e.get("target") or {}).get("name")) for e in coded(nlp, coding_context, lead + text)
            if e["type"]["trigger"] in {"said", "told"}]


@pytest.mark.parametrize(
    "text",
    [
        # "let" with a pronoun: defiance or permission, not an appeal, and no one wanted to act is a target
        "\"Let them come,\" the rebel commander said of the advancing troops.",
        "\"Let them try,\" the general said.",
        "\"Let him talk all he wants,\" the minister said of the opposition leader.",
    ],
)
def test_let_them_is_defiance_not_an_appeal(nlp, coding_context, text: str) -> None:
    assert all(code[:2] != "02" and target is None for code, target in _statement_rows(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # "it must stop": a demand on whoever does it
        ("it must stop", "020"),
        ("this has to end now", "020"),
        ("that must cease immediately", "020"),
        # what a thing should be, or a non-act verb, calls on no one
        ("it should not take a genius to fix this", "010"),
        ("it must be cheaper", "010"),
        ("it should not come to that", "010"),
    ],
)
def test_it_must_stop_is_a_call_on_whoever_does_it(nlp, words: str, code: str) -> None:
    assert _code_of(nlp, words)[0] == code
