"""Relative clauses that tell what a kind of people do or undergo, or describe their head by an act not done, give no
event record (guidelines, section 1: `generic`, `background`).

Sentences written for these tests, from several domains (borders, courts, sport, business, crime, politics). Each
rule has cases it must drop and cases of the same shape it must keep (a head the text has in view, a past, a
progressive, a date, a main clause), so that a rule cannot pass by coding nothing. Each text starts with a short
first line: the first line of an article is its headline, told in the present.
"""

from __future__ import annotations

import pytest
from coding_factory import coded, triggers_after_lead

pytestmark = pytest.mark.model



@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a simple present relative clause on a bare plural: what members of a kind do or undergo
        ("Migrants who are detained at the border are held in crowded camps.", "detained"),
        ("Journalists who criticize the mayor are often threatened by his supporters.", "criticize"),
        ("Companies that are accused of fraud lose the trust of investors.", "accused"),
        ("Farmers who protest the new tax risk losing their subsidies.", "protest"),
        ("Prisoners who are released on parole must report to an officer every week.", "released"),
        ("Players who are sent off by the referee miss the next match.", "sent off"),
        # a singular with "a": any one of a kind (a role in a film, a job described)
        ("The actor plays a police officer who arrests his own son.", "arrests"),
        ("The film is about a general who invades a neighbouring country.", "invades"),
        ("He plays a rebel leader who kidnaps a diplomat.", "kidnaps"),
    ],
)
def test_a_present_relative_clause_on_a_kind_gives_no_event(nlp, coding_context, text, word):
    assert not any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the head is a group the text has in view
        ("The migrants who are detained at the border went on hunger strike on Monday.", "went"),  # "go on strike" (142 here)
        ("Three journalists who criticized the mayor were arrested on Friday.", "arrested"),
        # a past, a progressive or a perfect in the relative clause tells one happening
        ("Police who raided the house seized three rifles on Friday.", "raided"),
        ("Protesters who gathered outside the embassy demanded the release of the journalist.", "demanded"),
        ("Rebels who are holding the town have threatened to kill the hostages.", "threatened"),
        ("Soldiers who were sent to the border killed two smugglers.", "killed"),
        ("Investors who have sued the bank accuse it of hiding its losses.", "sued"),
        ("A man who was arrested on Monday appeared in court on Tuesday.", "arrested"),
        ("A gunman who is holding two hostages has threatened to kill them.", "threatened"),
        # the main clause of a report
        ("Police arrested two men in connection with the robbery on Tuesday.", "arrested"),
    ],
)
def test_a_relative_clause_of_one_happening_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a negated present or present perfect relative clause describes its head
        ("He was the only player who has not signed the new contract.", "signed"),
        ("Russia is the last member of the council that has not ratified the two amendments.", "ratified"),
        ("He was the only senator who has not condemned the attack.", "condemned"),
        ("It is one of the few firms that have not sued the regulator.", "sued"),
    ],
)
def test_a_negated_describing_clause_gives_no_event(nlp, coding_context, text, word):
    assert not any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the act negated in a main clause, in a past or dated relative clause, or not negated at all
        ("The ministry has not signed the agreement with Iran.", "signed"),
        ("Russia did not ratify the two amendments, officials said on Monday.", "ratify"),
        ("The senator, who did not condemn the attack on Monday, was criticized by his party.", "condemn"),
        ("He was the only senator who has condemned the attack.", "condemned"),
        ("The court did not grant the defendant bail.", "grant"),
    ],
)
def test_a_negated_act_of_a_main_or_past_clause_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the act a rule told in the present lets or makes a kind of actor do to a kind of people
        ("The new law allows police to detain suspects for 48 hours without charge.", "detain"),
        ("The treaty permits member states to expel diplomats who spy.", "expel"),
        ("League rules allow referees to fine players who insult them.", "fine"),
        ("The code forbids doctors to arrest patients.", "arrest"),
    ],
)
def test_an_act_a_present_rule_allows_a_kind_gives_no_event(nlp, coding_context, text, word):
    assert not any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a past, an act on people the text has in view, or the act itself
        ("The new law allowed police to detain the journalist for 48 hours.", "detain"),
        ("The court ordered police to release the man.", "release"),
        ("The judge allows prosecutors to question the three suspects.", "question"),
        ("Police detained the suspects for 48 hours without charge.", "detained"),
    ],
)
def test_an_act_a_rule_allowed_once_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kind of act named as the subject of a present description
        ("Attacks on aid workers are a war crime under international law.", "Attacks"),
        ("Kidnappings for ransom are common in the region.", "Kidnappings"),
        ("Arrests of journalists have become routine in the country.", "Arrests"),
        ("Fighting between rival gangs is a constant worry for shop owners.", "Fighting"),
        ("To attack a hospital is a war crime.", "attack"),
        # a "when" clause of a rule, an act on anyone at all under a modal
        ("When police arrest a minor, they must call the parents.", "arrest"),
        ("Police can arrest anyone who breaks the curfew.", "arrest"),
        ("Stewards may expel whoever throws a flare onto the pitch.", "expel"),
    ],
)
def test_a_kind_of_act_told_as_a_rule_gives_no_event(nlp, coding_context, text, word):
    assert not any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one happening: a definite subject, a past, a date, an aspect ("ongoing"), a passive report
        ("The attack on the embassy was the deadliest in years.", "attack"),
        ("Fighting between the army and rebels was heavy in the northern suburbs on Monday.", "Fighting"),
        ("Talks between the two governments are ongoing.", "Talks"),
        ("Officials said the attacks on aid workers were carried out by a rebel group.", "attacks"),
        ("When police arrested the man, he resisted.", "arrested"),
        ("When the president arrives on Monday, he will meet the prime minister.", "meet"),
        ("Police can arrest him as soon as the warrant is signed.", "arrest"),
    ],
)
def test_one_act_told_as_a_subject_or_in_a_when_clause_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what someone did not wish another to do or undergo
        ("He didn't want him to get shot.", "shot"),
        ("The coach did not want his players to get hurt in a brawl.", "brawl"),
        ("She does not want her son to be arrested for a prank.", "arrested"),
    ],
)
def test_an_act_someone_did_not_wish_on_another_gives_no_event(nlp, coding_context, text, word):
    assert not any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the wisher's own act, negated; a wish not negated; an act told beside the wish
        ("The minister said he did not want to meet the rebel leaders.", "meet"),
        ("The rebels want the army to withdraw from the town.", "withdraw"),
        ("He didn't want him to get shot, but police shot the man twice on Friday.", "shot"),
    ],
)
def test_a_wish_of_ones_own_act_or_a_told_act_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an act asked about is an event with factuality "question" (guidelines, section 4: "Will the army withdraw?")
        ("Will the army attack the city?", "attack"),
        # (ending the fighting is the act asked about: de-escalation, 087)
        ("How will the two sides end the fighting?", "end"),
        ("Should police arrest the protesters?", "arrest"),
        ("Will the club sue the league over the ban?", "sue"),
        ("Will the army withdraw from the city?", "withdraw"),
        ("Will the rebels release the hostages?", "release"),
        ("Will the two presidents meet in Vienna next month?", "meet"),
        # a wh-question takes the act as given
        ("Why are police arresting peaceful protesters?", "arresting"),
        ("Who is funding the rebels in the north?", "funding"),
        ("Why is the government arresting journalists?", "arresting"),
        ("Are the two leaders meeting in Geneva this week?", "meeting"),
        ("Residents want to know: who is behind the attack on the mosque?", "attack"),
    ],
)
def test_an_act_asked_about_in_a_question_is_coded_as_a_question(nlp, coding_context, text, word):
    events = [e for e in coded(nlp, coding_context, "Local news. " + text) if word in e["type"]["trigger"]]
    assert events
    assert all("question" in (e["mentions"][0].get("modality") or {}).get("labels", []) for e in events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a question quoted under a say/ask verb: the asking and the act asked about are both coded
        ('The mother asks: "Why are soldiers shooting our children?"', "asks"),
        ('The mother asks: "Why are soldiers shooting our children?"', "shooting"),
        ('The striker asks: "Why do the fans attack our bus?"', "attack"),
    ],
)
def test_a_quoted_question_keeps_its_events(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a question about the past takes the act as given; a told act with a question tag stays
        ("Why did police arrest him?", "arrest"),
        ("Did the army attack the city on Monday?", "attack"),
        ("Police arrested him on Monday, but why?", "arrested"),
        ("The army will attack the city, officials said.", "attack"),
    ],
)
def test_a_past_question_or_a_told_act_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


# --- narrowed after review (s28-spur): each case below was dropped before, and is an event of the news ---------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an intensity predicate ("fierce", "heavy", "intense") tells how strong one happening is, not what kind of act
        ("Fighting remains fierce in the eastern suburbs of the city, residents said.", "Fighting"),
        ("Shelling has become intense along the front line, the governor said.", "Shelling"),
        # an object in view: one target, one campaign
        ("Airstrikes on the city remain heavy, residents said.", "Airstrikes"),
        ("Shelling of Donetsk has become routine, residents said.", "Shelling"),
        ("Protests against the mayor have become common in the old town.", "Protests"),
    ],
)
def test_a_strong_act_or_an_act_on_one_in_view_as_subject_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kind of act judged by how often it happens or by the law: still no event
        ("Kidnappings of foreigners are rare in the capital.", "Kidnappings"),
        ("Strikes by dock workers are illegal under the new law.", "Strikes"),
        ("Attacks on journalists are a crime under the constitution.", "Attacks"),
        ("Bombings of markets are a war crime, the judge said.", "Bombings"),
    ],
)
def test_a_kind_of_act_judged_as_subject_still_gives_no_event(nlp, coding_context, text, word):
    assert not any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the main clause tells one happening (past, progressive) about members of the kind in view
        ("The army is hunting gunmen who are accused of killing three villagers.", "accused"),
        ("The army is hunting gunmen who are accused of killing three villagers.", "killing"),
        ("Police detained activists who are accused of plotting a coup.", "accused"),
        ("Police released footage of a man who punches a shop worker in the face.", "punches"),
        ("Troops fired on demonstrators who demand the resignation of the president.", "demand"),
        ("Police are searching for men who are suspected of robbing a bank in Leeds.", "robbing"),
        ("Police were chasing youths who throw stones at the station built by the city.", "throw"),
        # an act nested below a relative clause of a kind: the junta's curfew, the union's strike
        ("Troops will shoot anyone who breaks the curfew imposed by the junta.", "curfew"),
        ("Troops will shoot anyone who breaks the curfew imposed by the junta.", "imposed"),
        ("Anyone who joins the strike called by the union will be fired.", "strike"),
    ],
)
def test_a_relative_clause_in_a_told_happening_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a clause set off by commas on a named or definite actor, or a passive: the act negated (guidelines 1, 4)
        ("Hungary, which has not ratified Sweden's NATO membership, summoned the Swedish ambassador.", "ratified"),
        ("Hamas, which has not released the remaining hostages, rejected the proposal.", "released"),
        ("The suspect, who has not been charged, remains in police custody.", "charged"),
        ("Israel, which has not commented on the strike, is believed to be behind it.", "commented"),
        ("Israel, which has not commented on the strike, is believed to be behind it.", "strike"),
        ("The senator, who has not endorsed the treaty, met the president.", "endorsed"),
        ("The coach, who has not signed the new contract, left the club.", "signed"),
        ("France, which has not recognized the new government, recalled its ambassador.", "recognized"),
        ("He is the only minister who has not been questioned by police.", "questioned"),
    ],
)
def test_a_negated_act_of_an_actor_in_view_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an actor or a deal of the story lets or makes others act: not a standing rule
        ("The government lets protesters march through the capital, officials said.", "march"),
        ("The ceasefire agreement requires rebels to withdraw from the city.", "withdraw"),
        ("The agreement requires troops to withdraw from the border.", "withdraw"),
        ("The president lets rebels attack the capital.", "attack"),
    ],
)
def test_an_act_an_actor_or_a_deal_allows_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


def test_an_act_a_constitution_forbids_a_kind_still_gives_no_event(nlp, coding_context):
    assert not any("attack" in t for t in triggers_after_lead(nlp, coding_context, "The constitution forbids troops to attack civilians."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "like" + a finite that-clause is factive: the act happened
        ("The mayor did not like that police arrested the protesters.", "arrested"),
        ("She did not like that the army shelled the village.", "shelled"),
        ("The minister did not like that troops arrested the journalist.", "arrested"),
    ],
)
def test_an_act_someone_did_not_like_keeps_its_event(nlp, coding_context, text, word):
    assert any(word in t for t in triggers_after_lead(nlp, coding_context, text))


def test_an_infinitive_someone_did_not_want_still_gives_no_event(nlp, coding_context):
    text = "The union does not want its members to be arrested for a strike."
    assert not any("arrested" in t for t in triggers_after_lead(nlp, coding_context, text))
