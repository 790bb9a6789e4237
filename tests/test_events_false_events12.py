"""Senses, settings and actors found wrong on fresh local and health news (LGL and GeoVirus articles outside the gold
set), each paired with a sentence of the same shape that must keep its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_factory import code_triggers as _codes
from coding_factory import coded

pytestmark = pytest.mark.model


def _roots(events: list[dict]) -> set[str]:
    return {e["type"]["cameo"][:2] for e in events}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # one speaker before the press is a statement, whatever the conference is called; a joint one is a meeting
        ("The health secretary said in a media conference on Friday that the virus had reached the region.", None),
        ("The governor said at a news conference on Monday that the state had run out of money.", None),
        ("The two ministers held a joint media conference in Canberra on Friday.", "040"),
    ],
)
def test_a_conference_for_the_press_is_no_meeting(nlp, coding_context, text: str, code) -> None:
    meetings = [c for c, _t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if c.startswith("04")]
    assert meetings == ([code] if code else []), meetings


@pytest.mark.parametrize(
    "text",
    [
        # what is made public is no one set free
        "The identities of Wallace and Greer were released on Monday.",
        "Results of the autopsies should be released later this week.",
        # a disease kills no one in the CAMEO sense, however the tagger reads its name
        "H5N1 has killed two more women in the delta this week.",
        "Ebola has killed more than 300 people in the province since April.",
    ],
)
def test_no_one_freed_and_no_one_killed_by_an_actor(nlp, coding_context, text: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert not {"08", "18"} & _roots(events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The prison authorities released the two journalists on Monday.", "084"),
        ("Rebels killed two more women in the delta this week.", "18"),
    ],
)
def test_freeing_and_killing_by_an_actor_stay(nlp, coding_context, text: str, code: str) -> None:
    assert any(c.startswith(code) for c, _t in _codes(coded(nlp, coding_context, text, published="2009-03-10")))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # telling the public what to do for its own good is an appeal (settling rule 20)
        ("The health ministry warned residents to boil their water.", "020"),
        ("The state pollution control board had warned people not to drink the water.", "020"),
        ("The UN also warned that civilians in these countries should be given more information.", "020"),
        # a warning to a side is a threat (as the gold codes "had warned Mr Putin of serious consequences"); a warning
        # of what is stays a warning
        ("Israel warned Hamas not to resume its rocket fire.", "130"),
        ("Police warned that the suspect is armed and dangerous.", "012"),
    ],
)
def test_a_warning_to_the_public_to_act_is_an_appeal(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if t.startswith("warn")]
    assert codes == [code], codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # civilians sent to a scene are no armed force
        ("The FDA deployed a team of ten investigators to the farm on Monday.", "090"),
        ("The World Health Organization has deployed doctors and nurses to the affected areas.", "073"),
        ("Russia deployed troops to the border on Monday.", "154"),
    ],
)
def test_who_is_deployed_decides_the_code(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if t == "deployed"]
    assert codes == [code], codes


def test_barriers_deployed_against_a_flood_are_no_mobilisation(nlp, coding_context) -> None:
    events = coded(nlp, coding_context, "The city is deploying a portable wall system along the river.", published="2009-03-10")
    assert "15" not in _roots(events), _codes(events)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        # a body's own session that a sentence sets its act in is no encounter
        ("At a tense meeting on Thursday night, the school board approved the plan.", False),
        ("The consultants told visitors at a special meeting that the road would cost $2 million.", False),
        ("Residents approached the commissioners after the meeting on Monday.", False),
        # a meeting between sides stays one (the gold's "warned Putin ... at a summit", "said after the talks")
        ("The president said he had warned Putin of serious consequences at a summit in September.", True),
        ("In a joint statement issued after the talks, Putin and Erdogan called for a ceasefire.", True),
        # a legislator's town hall meeting is a consultation with the public
        ("Senator Dunn promised that at the next town hall meeting, he will bring in a panel of scientists.", True),
    ],
)
def test_a_bodys_own_session_is_no_meeting(nlp, coding_context, text: str, meeting: bool) -> None:
    codes = _codes(coded(nlp, coding_context, text, published="2009-03-10"))
    assert any(c.startswith("04") and t in {"meeting", "summit", "talks"} for c, t in codes) is meeting, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a death in fighting is fighting (settling rule 11)
        ("He was killed March 22 while supporting combat operations in Helmand province.", "190"),
        ("The sergeant was killed in action in Iraq last year.", "190"),
        ("The shopkeeper was killed by a neighbour on Sunday.", "1823"),
    ],
)
def test_a_death_in_combat_is_fighting(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-25")) if t == "killed"]
    assert codes == [code], codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a gunman's break-in is an assault; an army's is fighting
        ("Her mother called moments after the gunman stormed into her room.", "180"),
        ("Troops stormed the rebel stronghold on Friday.", "190"),
    ],
)
def test_who_storms_decides_assault_or_fighting(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-25")) if t == "stormed"]
    assert codes == [code], codes


@pytest.mark.parametrize(
    ("text", "published", "start", "status"),
    [
        # an undated day told in the simple past is the last one before the report
        ("On February 23, the district attorney indicted the funeral director.", "2016-01-01", "2015-02-23", "reported"),
        ("Police arrested the driver on Dec. 28, the sheriff said.", "2016-12-20", "2015-12-28", "reported"),
        # told as coming, or already past, it keeps the grammar's reading
        ("Police will arrest the suspect on February 23.", "2016-01-01", "2016-02-23", "forecast"),
        ("On February 23, the district attorney indicted the funeral director.", "2016-03-10", "2016-02-23", "reported"),
        # a part of a month, a passive and the tagger's participle for a past verb count the same
        ("At the end of July, an armed man carried out a robbery at the exhibition.", "2020-05-01", "2019-07-22", "reported"),
        ("The two men were arrested at the end of July.", "2020-05-01", "2019-07-22", "reported"),
        ("Police will carry out a raid at the end of July.", "2020-05-01", "2020-07-22", "forecast"),
        # a month the report falls in, told in the past, is no forecast
        ("In May, thieves stole jewellery from an employee of the firm.", "2020-05-01", "2020-05-01", "reported"),
    ],
)
def test_an_undated_day_told_in_the_past_is_last_years(nlp, coding_context, text: str, published: str, start: str,
                                                     status: str) -> None:
    events = [e for e in coded(nlp, coding_context, text, published=published) if e["type"]["cameo"][:2] in {"17", "18"}]
    assert [(e["date"]["start"], e["status"]) for e in events] == [(start, status)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # experts on a field speak on no public matter (guidelines, statements rule 2); those of a public body do
        ("Health experts have warned that the epidemic could spread to neighbouring countries.", False),
        ("Experts warned that the outbreak would get worse before the rainy season.", False),
        ("Government scientists warned that the outbreak would get worse.", True),
    ],
)
def test_a_field_experts_warning_is_no_event(nlp, coding_context, text: str, kept: bool) -> None:
    codes = _codes(coded(nlp, coding_context, text, published="2009-03-10"))
    assert any(t == "warned" for _c, t in codes) is kept, codes


@pytest.mark.parametrize(
    ("text", "injuries"),
    [
        # two tolls of one attack that names no doer are one event, the killing (settling rule 1)
        ("Some 14 people were killed and scores were injured as pilgrims gathered at the mosque.", 0),
        # a toll with a doer of its own is another happening
        ("Two soldiers were killed by rebels and three were injured by a mine.", 1),
    ],
)
def test_the_tolls_of_one_attack_are_one_event(nlp, coding_context, text: str, injuries: int) -> None:
    codes = _codes(coded(nlp, coding_context, text, published="2009-03-10"))
    assert len([t for _c, t in codes if t == "injured"]) == injuries, codes
    assert any(t == "killed" for _c, t in codes), codes


@pytest.mark.parametrize(
    ("text", "charges"),
    [
        # the charges a court act is taken on are part of it (settling rule 17)
        ("A year later, he was convicted in Manhattan on federal charges of heroin trafficking.", 0),
        ("Police arrest woman on drug charges.", 0),
        ("He was sentenced to life in prison for two counts of aggravated assault.", 0),
        ("The mobster was acquitted in 1958 on charges of attempted murder.", 0),
        # charges brought or faced are the law's act of charging
        ("Prosecutors filed charges against the two men on Monday.", 1),
        ("The two men face charges of murder.", 1),
    ],
)
def test_the_charges_of_a_court_act_are_part_of_it(nlp, coding_context, text: str, charges: int) -> None:
    codes = _codes(coded(nlp, coding_context, text, published="2009-03-10"))
    assert len([c for c, t in codes if c == "173" and ("charges" in t or "counts" in t)]) == charges, codes


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # keepsakes signed, a danger to stability, a good time: no agreement, threat or bombing
        ("She would make public appearances to sign photographs of herself.", "05"),
        ("The clashes triggered riots that are threatening the stability of the government.", "13"),
        ("He is going to have a blast at the fair.", "18"),
    ],
)
def test_an_everyday_sense_names_no_act(nlp, coding_context, text: str, root: str) -> None:
    events = coded(nlp, coding_context, text, published="2009-03-10")
    assert root not in _roots(events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # looting is theft (settling rule 8); a crowd's looting is rioting
        ("Hundreds of stores have been smashed and looted, and more than 200 people have been arrested.", "180"),
        ("Thieves looted the warehouse on Sunday night.", "180"),
        ("Rioters looted shops in the capital on Sunday night.", "145"),
    ],
)
def test_looting_is_theft_and_a_crowds_looting_a_riot(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if t.startswith("loot")]
    assert codes == [code], codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a defendant's plea in court is no appeal; a plea with a verdict word answers the charge
        ("As part of the plea, three more years were added to his prison term.", set()),
        ("The judge accepted the plea and set the sentencing for June 2.", set()),
        ("A bailiff led Clark out of the courtroom following his guilty plea on Monday.", {"015"}),
        # a plea to someone is an appeal
        ("The families made a plea to the court for mercy.", {"020"}),
    ],
)
def test_a_plea_in_court_is_the_defendants(nlp, coding_context, text: str, codes: set[str]) -> None:
    found = {c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if "plea" in t}
    assert found == codes, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # what is offered decides the act: an explanation is said, an apology made
        ("His lawyer offered the explanation that the man had grown too old.", "010"),
        ("The mayor offered an apology to the pastor on Saturday.", "055"),
        # a crowd's rocks and storming are a violent protest, officials' raid enforces the law
        ("The protesters launched rocks at the officers.", "145"),
        ("About 200 communists stormed the Acropolis on Tuesday, unfurling banners.", "145"),
        ("Texas officials raided the ranch last April.", "170"),
        ("Troops raided the village at dawn.", "190"),
        # the acts of the words whose everyday senses name none stay
        ("The two leaders signed a peace accord on Monday.", "057"),
        ("The rebels threatened the government with new attacks.", "130"),
        ("A bomb blast killed three people at the fair.", "183"),
    ],
)
def test_what_is_done_and_by_whom_decides_the_code(nlp, coding_context, text: str, code: str) -> None:
    assert code in {c for c, _t in _codes(coded(nlp, coding_context, text, published="2009-03-10"))}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the purpose of a past act under way is carried out with it
        ("The European Union was providing 9 million euros in emergency funding to assist Zimbabwe.", "reported"),
        ("The European Union is providing 9 million euros in emergency funding to assist Zimbabwe.", "hypothetical"),
    ],
)
def test_the_purpose_of_a_past_act_under_way_is_carried_out(nlp, coding_context, text: str, status: str) -> None:
    events = [e for e in coded(nlp, coding_context, text, published="2009-03-10") if e["type"]["trigger"] == "assist"]
    assert [e["status"] for e in events] == [status], events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an inquiry weighing causes investigates; a government weighing a policy considers it
        ("Investigators were considering arson and other possible causes.", "091"),
        ("The government is considering new sanctions on Iran.", "014"),
    ],
)
def test_who_considers_decides_inquiry_or_policy(nlp, coding_context, text: str, code: str) -> None:
    codes = [c for c, t in _codes(coded(nlp, coding_context, text, published="2009-03-10")) if t == "considering"]
    assert codes == [code], codes
