"""The participants of events found on the parse paths from the trigger: the group a partitive or a count picks out
("three of the men were granted bail", "released a number of inmates"), and the one who undergoes an act named by a
bare noun in an "under" or "for" phrase ("were placed under arrest", "is under investigation", "held for questioning").

Sentences written for these tests; names of people and small places are made up.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, role_values, shown

pytestmark = pytest.mark.model

LEAD = "The report below appeared on Monday.\n\n"


def _values(nlp, coding_context, text: str, trigger: str, role: str, field: str) -> tuple[list[object], list[tuple]]:
    events = coded(nlp, coding_context, LEAD + text)
    return role_values(events, trigger, role, field), shown(events)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Three of the Kenyan students were expelled from the university last week.", "expelled", "KEN"),
        ("Most of the Turkish sailors were freed on Sunday.", "freed", "TUR"),
        ("Two of the French journalists were detained at the airport.", "detained", "FRA"),
        ("Several of the Peruvian fishermen were kidnapped by gunmen.", "kidnapped", "PER"),
    ],
)
def test_a_passive_subject_that_counts_part_of_a_group_names_the_group(nlp, coding_context, text: str, trigger: str,
                                                                       country: str) -> None:
    countries, seen = _values(nlp, coding_context, text, trigger, "target", "country")
    assert countries and all(c == country for c in countries), seen


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("The army freed dozens of Nigerian hostages.", "freed", "NGA"),
        ("Rebels released a handful of Colombian soldiers.", "released", "COL"),
        ("Israel agreed to release a large number of Palestinian inmates.", "release", "PSE"),
        ("Police released the Kenyan inmates on Friday.", "released", "KEN"),
    ],
)
def test_the_people_a_release_names_by_a_count_or_a_word_of_its_row_are_its_target(nlp, coding_context, text: str,
                                                                                     trigger: str, country: str) -> None:
    countries, seen = _values(nlp, coding_context, text, trigger, "target", "country")
    assert countries and all(c == country for c in countries), seen


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # an active verb's partitive subject or object stays as it is: acts inside one group are no events between
        # actors ("some of the suspects were discussing", "ordered ten of his men to search")
        ("Some of the Kenyan lawyers were discussing the case at lunch.", "discussing", "lawyers"),
        ("The general ordered ten of his Angolan soldiers to search the village.", "ordered", "soldiers"),
        # a report or a statement is no person acted on, whatever the row's objects say
        ("The Kenyan ministry released a number of French reports on Monday.", "released", "reports"),
        # a count with an indefinite of-phrase is no part of a named group
        ("One of a kind, the Kenyan festival was praised by critics.", "praised", "kind"),
    ],
)
def test_a_count_is_not_replaced_outside_a_passive_or_a_row_object(nlp, coding_context, text: str, trigger: str,
                                                                   not_target: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "target", "text")
    assert not any(t is not None and not_target in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Four Chilean miners were placed under arrest on Sunday.", "arrest", "CHL"),
        ("The Italian mayor remains under investigation.", "investigation", "ITA"),
        ("Two Brazilian men were held for questioning, police said.", "questioning", "BRA"),
        ("Officers took the Dutch driver in for questioning.", "questioning", "NLD"),
        ("Police placed the Irish driver under arrest.", "arrest", "IRL"),
        ("The Syrian convoy came under attack near the border.", "attack", "SYR"),
    ],
)
def test_who_is_under_an_act_or_held_for_it_undergoes_it(nlp, coding_context, text: str, trigger: str, country: str) -> None:
    countries, seen = _values(nlp, coding_context, text, trigger, "target", "country")
    assert countries and all(c == country for c in countries), seen


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Police placed the Irish driver under arrest.", "arrest", "Police"),
        ("Two Brazilian men were held for questioning, police said.", "questioning", "police"),
    ],
)
def test_who_puts_someone_under_arrest_or_reports_it_does_it(nlp, coding_context, text: str, trigger: str, source: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "source", "text")
    assert texts and all(t is not None and source in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # asking for an act is not undergoing it (courts, politics)
        ("The Kenyan senator called for investigation of the bank.", "investigation", "senator"),
        # a determiner makes it a phrase of its own: "under the arrest warrant" is under whose terms, not under arrest
        ("Under the arrest warrant, Kenyan police may detain him.", "arrest", "police"),
        # an active verb's subject does not undergo what it arrived for
        ("The Kenyan detective arrived for questioning of the suspects.", "questioning", "detective"),
        # sport: playing under protest is no protest against the team
        ("The Kenyan team played the second half under protest.", "protest", "team"),
        # business: a works phrase names no act done to anyone
        ("The Kenyan stadium is under construction in Nairobi.", "construction", "stadium"),
        # a possessor names the doer's act: "under his investigation" is not the subject's
        ("The Kenyan report was written under his investigation.", "investigation", "report"),
    ],
)
def test_no_one_undergoes_an_act_named_in_another_kind_of_phrase(nlp, coding_context, text: str, trigger: str,
                                                                 not_target: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "target", "text")
    assert not any(t is not None and not_target in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "role", "country"),
    [
        ("The Kenyan ministry continues to receive threats from Somali militants.", "threats", "source", "SOM"),
        ("The Chilean coach received threats from Argentine fans after the match.", "threats", "source", "ARG"),
        ("The Irish assembly could not override the British governor's veto.", "veto", "target", "IRL"),
        ("Madrid was heartened by cooperation from Portugal in the inquiry.", "cooperation", "source", "PRT"),
        ("The court heard objections from Irish prosecutors before the ruling.", "objections", "source", "IRL"),
    ],
)
def test_who_receives_or_answers_an_act_and_who_it_is_from(nlp, coding_context, text: str, trigger: str, role: str,
                                                         country: str) -> None:
    countries, seen = _values(nlp, coding_context, text, trigger, role, "country")
    assert countries and all(c == country for c in countries), seen


@pytest.mark.parametrize(
    ("text", "trigger", "role", "not_there"),
    [
        # the one who makes or issues it sends it, whatever preposition follows
        ("The Kenyan minister made a request to the Cuban embassy.", "request", "target", "minister"),
        ("The Kenyan firm issued threats to the Ugandan rivals.", "threats", "target", "firm"),
        # an attack's from-phrase is where it came from, no sender
        ("An attack from the north surprised the Kenyan army.", "attack", "source", "north"),
        # sport: facing a shootout is playing in it, not being its target
        ("The Kenyan team faced a penalty shootout in the final.", "shootout", "target", "team"),
        # a danger weighed is no threat received
        ("Kenyan coral reefs face the threat of warming seas.", "threat", "target", "reefs"),
        # a time is no sender
        ("The Kenyan ministry received a request from last year again.", "request", "source", "year"),
    ],
)
def test_no_sender_or_receiver_from_another_kind_of_phrase(nlp, coding_context, text: str, trigger: str, role: str,
                                                          not_there: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, role, "text")
    assert not any(t is not None and not_there in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("She told the envoys that she looked forward to visiting Kenya.", "visiting", "she"),
        ("The Irish judge was precluded from refusing bail to the men.", "refusing", "judge"),
        ("The Kenyan minister was praised for arresting the Somali smugglers.", "arresting", "minister"),
        ("The Greek coach is known for criticizing the Turkish federation.", "criticizing", "Greek"),
        ("The Kenyan police stopped the Somali rebels from attacking the town.", "attacking", "rebels"),
        ("The Kenyan police arrested the Somali man for attacking a guard.", "attacking", "man"),
    ],
)
def test_a_gerund_after_a_verbs_preposition_is_done_by_its_subject_or_object(nlp, coding_context, text: str, trigger: str,
                                                                            source: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "source", "text")
    assert texts and all(t is not None and source in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "not_source"),
    [
        # a gerund on a noun is no act of the clause's subject (prices, plans, interest)
        ("The cost of visiting Kenya rose sharply.", "visiting", "cost"),
        ("Kenyan officials discussed plans for attacking the Somali camps.", "attacking", "officials"),
        ("Interest in visiting Kenya has grown among Chinese tourists.", "visiting", "tourists"),
        # the one stopped does the act, not the one who stops it
        ("The Kenyan police stopped the Somali rebels from attacking the town.", "attacking", "police"),
    ],
)
def test_a_gerund_on_a_noun_or_after_an_object_is_not_the_subjects(nlp, coding_context, text: str, trigger: str,
                                                                  not_source: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "source", "text")
    assert not any(t is not None and not_source in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("French filmmaker slammed for likening migrants to refugees.", "slammed", "filmmaker"),
        ("Kenyan firefighters honored for heroism.", "honored", "firefighters"),
        ("Greek minister blasted over remarks on Turkey.", "blasted", "minister"),
        ("The Kenyan minister praised for his work on the peace deal resigned on Monday.", "praised", "minister"),
    ],
)
def test_a_verb_of_judging_without_object_but_with_a_reason_is_a_passive(nlp, coding_context, text: str, trigger: str,
                                                                         target: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "target", "text")
    assert texts and all(t is not None and target in t for t in texts), seen
    sources, seen = _values(nlp, coding_context, text, trigger, "source", "text")
    assert not any(s is not None and target in s for s in sources), seen


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a time or a side after "for": the verb is active (a parliament, a stadium)
        ("Jansen sat down while the Canadian MLAs applauded for more than 20 seconds.", "applauded", "MLAs"),
        # an object: active as ever (a review, a court)
        ("The Kenyan minister slammed the French film for its ending.", "slammed", "minister"),
        ("The Kenyan judge praised the jurors for their patience.", "praised", "judge"),
    ],
)
def test_a_verb_of_judging_with_a_time_or_an_object_stays_active(nlp, coding_context, text: str, trigger: str,
                                                                source: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "source", "text")
    assert texts and all(t is not None and source in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("The council will not lift the sweeping sanctions imposed on Iraq.", "lift", "IRQ"),
        ("The EU lifted the travel ban placed on Belarusian officials.", "lifted", "BLR"),
        ("Washington eased the embargo against Cuba on Monday.", "eased", "CUB"),
    ],
)
def test_a_measure_lifted_is_lifted_from_whom_its_participle_lays_it_on(nlp, coding_context, text: str, trigger: str,
                                                                       country: str) -> None:
    countries, seen = _values(nlp, coding_context, text, trigger, "target", "country")
    assert countries and all(c == country for c in countries), seen


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # a date after the participle is when, not whom (politics, sport)
        ("The Kenyan council lifted the ban announced on Monday.", "lifted", "Monday"),
        ("The Kenyan club lifted the trophy won on penalties.", "lifted", "penalties"),
        # a participle with its own agent tells who laid it, not on whom
        ("Kenya lifted the curfew imposed by the army on Friday.", "lifted", "army"),
    ],
)
def test_no_target_from_a_participles_time_or_agent(nlp, coding_context, text: str, trigger: str, not_target: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "target", "text")
    assert not any(t is not None and not_target in t for t in texts), seen


def test_no_doer_is_named_for_an_act_one_refrained_from(nlp, coding_context) -> None:
    """"refrained from visiting Beijing": the visit is not done, and the rule of gerunds names no doer for it."""
    text = "The Kenyan president refrained from visiting Uganda for six years."
    texts, seen = _values(nlp, coding_context, text, "visiting", "source", "text")
    assert not any(t is not None and "president" in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # one's own forces sent, deployed or withdrawn are no target of the move (found in review)
        ("The president said he would send more troops to the border.", "send", "troops"),
        ('"We will send more troops," the Secretary-General of the alliance said.', "send", "troops"),
        ("The minister said Ankara would dispatch more soldiers to the frontier.", "dispatch", "soldiers"),
        ("Kenya deployed more police officers to the coast on Friday.", "deployed", "officers"),
        # the act threatened is no target either
        ("The gang threatened further attacks on government offices.", "threatened", "attacks"),
        ("The cartel threatened new attacks on police stations in Sinaloa.", "threatened", "attacks"),
    ],
)
def test_own_forces_moved_or_an_act_threatened_are_no_target(nlp, coding_context, text: str, trigger: str,
                                                              not_target: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "target", "text")
    assert not any(t is not None and not_target in t for t in texts), seen


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the on-phrase of the act threatened keeps naming the target
        ("The gang threatened further attacks on government offices.", "threatened", "government"),
        ("The cartel threatened new attacks on police stations in Sinaloa.", "threatened", "police"),
        # a row of people acted on still takes them ("trained Malian soldiers", "released the Nigerian fishermen")
        ("The army trained Malian soldiers in the desert.", "trained", "soldiers"),
        ("Officials released the Nigerian fishermen on Tuesday.", "released", "fishermen"),
    ],
)
def test_the_target_of_a_threat_or_of_people_acted_on_stays(nlp, coding_context, text: str, trigger: str,
                                                            target: str) -> None:
    texts, seen = _values(nlp, coding_context, text, trigger, "target", "text")
    assert texts and all(t is not None and target in t for t in texts), seen
