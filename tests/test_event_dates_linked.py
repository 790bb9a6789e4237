"""Which date phrase dates which event: complement clauses, nouns before the verb, "of" and "since" phrases, manner
and participle clauses, dated nouns (sentences written for these tests)."""

from __future__ import annotations

import pytest
from coding_factory import own_date_start, word_date_start

PUBLISHED = "1998-08-08"  # a Saturday


def _own_date(nlp, coding_context, text: str, trigger: str):
    return own_date_start(nlp, coding_context, text, trigger, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # after "that" the date is the complement clause's own
        ("The ministry said that on Tuesday rebels attacked the town of Gao.", "attacked", "1998-08-04"),
        # a participle clause set off after a dated clause happened then
        ("Gunmen attacked a police post in central Jordan on Sunday, killing four officers.", "attacked", "1998-08-02"),
        ("Police raided a warehouse in Rotterdam on Friday, seizing two tonnes of cocaine.", "seizing", "1998-08-07"),
        # a participle saying how a thing named by its date came about
        ("Inspectors may visit the sites named in the Feb. 23 accord signed by Annan and Aziz.", "signed", "1998-02-23"),
        ("The parliament debated the 1990 sanctions imposed on Iraq.", "imposed", "1990-01-01"),
        # ... unless it has a date of its own
        ("The 1997 treaty signed in Madrid in 1998 came into force.", "signed", "1998-01-01"),
        # an event that broke out at the date of its outbreak
        ("Seventy aid workers have died since the December 1993 outbreak of civil war.", "war", "1993-12-01"),
        # what the act went along with or by ("with") is at its time
        ("A company party in London turned deadly early Sunday with a stabbing outside the venue.", "stabbing", "1998-08-02"),
        ("The army answered the ambush on Monday with air strikes on rebel positions.", "air strikes", "1998-08-03"),
        ("Cuba's government marked the anniversary on Friday with rallies calling for the boy's return.", "rallies", "1998-08-07"),
        # the events a count or run subject is made of are the subject, at the clause's time
        ("A wave of bombings killed 30 people in Baghdad on Sunday, police said.", "bombings", "1998-08-02"),
        ("A wave of arrests swept the capital on Monday after the failed coup.", "arrests", "1998-08-03"),
        ("A string of attacks on police posts left 15 officers dead in the north on Friday.", "attacks", "1998-08-07"),
        ("Dozens of arrests were made in the capital on Monday, police said.", "arrests", "1998-08-03"),
        ("Hundreds of airstrikes hit the city on Tuesday, residents said.", "airstrikes", "1998-08-04"),
        ("A spate of kidnappings hit the border province on Saturday, officials said.", "kidnappings", "1998-08-08"),
        ("A series of protests shook the capital on Thursday.", "protests", "1998-08-06"),
        # "since" with a when-clause on it dates the clause
        ("Russia has kept a moratorium on executions since 1996, when it joined the Council of Europe.", "joined", "1996-01-01"),
        # ... and "until", with a when-clause on it
        ("The two men were held until Friday, when they were released on bail.", "released", "1998-08-07"),
        # a weekday beside "N months later": "later" has nothing to count from, the weekday dates the act
        ("On Monday, about three months later, a grand jury indicted the driver.", "indicted", "1998-08-03"),
        ("On Friday, two weeks later, police arrested a second suspect in Lyon.", "arrested", "1998-08-07"),
        # the year word after a date without one sets its year
        ("The brawl on 25 February last year left three men injured.", "brawl", "1997-02-25"),
    ],
)
def test_a_date_linked_to_the_event_dates_it(nlp, coding_context, text, trigger, day) -> None:
    assert _own_date(nlp, coding_context, text, trigger) == day


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a date between a verb and the subject of its complement is the verb's, not the complement event's
        ("Police in Mombasa said on Tuesday they had arrested 14 foreigners.", "arrested"),
        ("Kenyan police said on Tuesday they had detained six suspects in their hunt for the bombers.", "detained"),
        ("Indian police said on Wednesday they had arrested three men in their search for the killers.", "arrested"),
        ("The ministry said Friday that rebels had attacked the town of Gao.", "attacked"),
        ("The prosecutor told reporters on Monday the court had convicted two officers.", "convicted"),
        # a date after the verb is not that of a noun before it
        ("Evidence from the Nairobi bombing arrived at the FBI laboratory over the weekend.", "bombing"),
        ("Ahead of the minister's visit to Kenya, the embassy on Sunday issued a warning to travellers.", "visit"),
        ("Anger over the killing of the student spread across the city on Wednesday.", "killing"),
        # ... nor that of an event named inside what a count subject counts
        ("A series of reports on the bombing appeared in the press on Monday.", "bombing"),
        ("Hundreds of photos of the bombing were published on Monday.", "bombing"),
        ("Dozens of victims of the attack were buried on Monday.", "attack"),
        ("A number of witnesses to the shooting testified in court on Tuesday.", "shooting"),
        ("A wave of sympathy for the victims of the shooting swept the country on Monday.", "shooting"),
        # a noun's own "of" phrase is its date, not the verb's
        ("We will never negotiate the borders of 1967, the minister said.", "negotiate"),
        ('"The settlers know that we are not going to negotiate the line of 1949," the minister wrote.', "negotiate"),
        ("The union said it is not going to negotiate the contract of 1995 again.", "negotiate"),
        ("Police will investigate the killings of 1994 in a new inquiry.", "investigate"),
        ("Prosecutors charged the trader over the losses of 1995 in a court in London.", "charged"),
        ("The government said it would not negotiate the borders of 1967 with the rebels.", "negotiate"),
        # "since" starts a stretch up to now: no single event's date
        ("Eight of the 14 killings since 1993 remain unsolved, police said.", "killings"),
        ("The airline has cancelled 300 flights since Monday because of the strike.", "strike"),
        ("Inspectors have not been allowed to carry out an inspection since Jan. 13.", "carry out an inspection"),
        # ... nor a detention held up to now: its start is no date of the act (the gold leaves "has been detained in
        # Turkey since October" undated)
        ("He has been held in Attock jail since August.", "held"),
        ("The journalist has been detained in Ankara since October.", "detained"),
        ("The two men have been in custody since last week.", "custody"),
        # a "with" that ties one thing to another is no time
        ("Police on Monday linked the suspect with the bombing of the market.", "bombing"),
        ("The court on Monday dealt with the killing of the journalist.", "killing"),
        ("The union on Thursday threatened the company with a strike.", "strike"),
        ("The minister on Tuesday agreed with the decision to strike.", "strike"),
        # a subjectless "as" clause tells a manner, not a time
        ("The official said these sites could only be visited by a special team of U.N. monitors and diplomats as laid down by "
         "the Feb. 23 accord.", "visited"),
        # a participle with an auxiliary of its own, or not set off by a comma, is not at the clause's time
        ("Troops withdrew from the valley on Monday, having captured the town.", "captured"),
        ("The newspaper published a letter Thursday from the boy's grandmothers asking for his return.", "asking"),
        # the participle of a verb that does not make the dated thing
        ("Lawyers cited the 1967 borders recognised by the United Nations.", "recognised"),
        # a complement clause after a participle clause
        ("The minister said on Monday, citing a report, that rebels had attacked the town.", "attacked"),
        # "later" with no earlier date in the sentence to count from dates nothing (not the report's date plus a month)
        ("A month later, the ministry accused the rebels of breaking the truce.", "accused"),
        ("Two years later the company sued its former chairman.", "sued"),
        # the end of a stretch is a bound, not the event's date (guidelines, dates rule 6)
        ("Protesters occupied the main square until Sunday.", "occupied"),
        ("The army shelled the northern town until late Tuesday.", "shelled"),
        ("Police detained the activists till Friday evening.", "detained"),
    ],
)
def test_a_date_of_another_act_or_stretch_does_not_date_the_event(nlp, coding_context, text, trigger) -> None:
    assert _own_date(nlp, coding_context, text, trigger) is None


def _date_of_word(nlp, coding_context, text: str, word: str):
    return word_date_start(nlp, coding_context, text, word, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        # the "of" phrase of a part is the verb's time
        ("The delegation spent part of Sunday night at the border crossing.", "spent", "1998-08-02"),
        ("The hearing took up the rest of Tuesday.", "took", "1998-08-04"),
        # a date after a quotation that closed the sentence before is the next clause's own
        ('"If a bid comes, the question still remains."\n\nLast April, the two firms planned a merger of their mills.', "planned",
         "1998-04-01"),
        # a verb's object between it and the date does not stop the date from being the verb's
        ("The prosecutor told reporters on Monday the court had convicted two officers.", "told", "1998-08-03"),
    ],
)
def test_a_date_after_a_part_or_a_closed_quotation_dates_the_verb(nlp, coding_context, text, word, day) -> None:
    assert _date_of_word(nlp, coding_context, text, word) == day
