"""More kinds of events the coder used to miss on real news (fifth-round recall review): likening someone to a villain,
police chases, fights named as confrontations, material cooperation and debates between rivals.

Sentences written for these tests; each names the CAMEO code (or root) it must get, or a word that must not
start an event.
"""

from __future__ import annotations

import pytest
from coding_factory import code_triggers, coded

_codes = code_triggers


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        # likening someone to a villain is criticism (111)
        ("The foreign minister was condemned for likening the refugees to an invading army.", "111", "likening"),
        ("The opposition leader likened the president to a dictator in a speech on Sunday.", "111", "likened"),
        # chases by the law (173)
        ("Two deputies chased the suspect through a housing estate before arresting him.", "173", "chased"),
        ("State troopers chased him down on the interstate late on Friday.", "173", "chased"),
        ("The driver was arrested after a high-speed chase on Interstate 75, police said.", "173", "arrested"),  # one event (rule 42)
        ("The high-speed chase ended on Interstate 75 late on Friday, police said.", "173", "chase"),
        ("The robbery ended in a foot chase through the market, the sheriff's office said.", "173", "chase"),
        # a confrontation between people is a fight (182)
        ("Police said the violent confrontation outside the bar left one man with stab wounds.", "18", "confrontation"),
        ("Two rival gangs were involved in a violent confrontation in the town centre on Saturday.", "18", "confrontation"),
        # material cooperation (06) and a debate between rivals (040)
        ("The inspectors said they had worked with the full cooperation of the Iraqi authorities.", "06", "cooperation"),
        ("The FBI said the inquiry had made progress with the close cooperation of the Kenyan police.", "06", "cooperation"),
        ("In Tuesday's debate against the governor, the senator questioned his record on crime.", "040", "debate"),
        # a court sends a person to custody, jail or prison (173)
        ("A judge sent the two men to jail for contempt of court on Monday.", "173", "sent"),
        ("The court ruled to send ten men to a two-month pretrial custody pending investigation.", "173", "send"),
        ("Ten Sent to Pre-Trial Custody.", "173", "Sent"),
        # criminal charges named by the verb that brings them (173)
        ("Charges filed against the former mayor include bribery and fraud.", "173", "Charges"),
        ("The judge advised the defendant of the charge against her at the hearing.", "173", "charge"),
        # a blow struck at a person (182), what police recover from a theft (1711)
        ("He turned on the officer and struck him in the face with his fist.", "182", "struck"),
        ("The suspect struck a woman with a baseball bat, police said.", "182", "struck"),
        ("Deputies said all but one item has been recovered from the burglary.", "1711", "recovered"),
        # an attack named by the people it left behind (18)
        ("The bombing victims were flown to Germany for treatment.", "183", "bombing"),
        # a court order (172) and a ratification process (057)
        ("The court order compelled the company to pay the workers.", "172", "court order"),
        ("The ratification process of the treaty began in February.", "057", "ratification"),
        # threats made or received, and intimidation, are threats (130) with no actor named
        ("The embassy has received threats from several militant groups, the ambassador said.", "130", "threats"),
        ("The councillor has faced abuse and threats since the vote last week.", "130", "threats"),
        ("Some of the letters also contained threats.", "130", "threats"),
        ("The inspector said there was evidence of past intimidation of witnesses.", "130", "intimidation"),
        # crimes named in a charge or a hold: "held for theft", "charging A and B with fraud" (18)
        ("Smith was held in the county jail for theft, deputies said.", "180", "theft"),
        ("Prosecutors announced an indictment charging John Smith and Mary Jones with wire fraud.", "180", "fraud"),
        # the crime a charge names as what one did ("accused of plotting a coup and terrorist acts")
        ("Eight opposition supporters accused of plotting a coup and terrorist acts remain in custody.", "180", "acts"),
        ("The man is accused of committing murder in the town in 2005.", "1823", "murder"),
        # holding signs in a demonstration (141), stalling a ratification (120), giving custody of a child (0841)
        ("About 15 demonstrators drove to the courthouse, holding signs against the amendment.", "141", "holding"),
        ("Protesters held placards outside the embassy on Monday.", "141", "held"),
        ("The mayor held a sign in favor of the amendment near the elections office.", "141", "held"),
        ("Russia has stalled ratification of the treaty for two years.", "120", "stalled"),
        ("The authorities would give him custody of his son.", "0841", "give"),
        # agreeing to act is an intent to act (03, by the act announced)
        ("Pakistan agreed Monday to reinstate the dismissed chief justice.", "03", "agreed"),
        ("Foreign ministers agreed to set up a panel to investigate the crash.", "03", "agreed"),
        ("The provincial government agreed to give the nurse $1,000 to cover her costs.", "03", "agreed"),
    ],
)
def test_acts_the_coder_used_to_miss_get_their_codes(nlp, coding_context, text: str, code: str, trigger: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"].startswith(code) and trigger in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # chasing what is no person: a title, a dream, a ball, an animal
        ("The club is chasing its first league title since 1998.", "chasing"),
        ("She moved to Los Angeles to chase her dream of acting.", "chase"),
        ("The dog chased the ball across the park.", "chased"),
        ("Investors chased higher yields in emerging markets last year.", "chased"),
        # a chase in sport or business
        ("The Red Sox are still in the chase for the free agent first baseman.", "chase"),
        ("The company joined the chase for a share of the cloud market.", "chase"),
        # likeness is no likening
        ("The statue is a good likeness of the late king.", "likeness"),
        # a stand-off between states, parties or characters is no fight
        ("The president said he wanted to avoid a military confrontation with Iran.", "confrontation"),
        ("The prime minister warned that a confrontation with the unions was coming.", "confrontation"),
        ("The film ends with a confrontation between the hero and his father.", "confrontation"),
        # a debate as a topic argued over, not one held
        ("The debate over tax reform has dragged on for years.", "debate"),
        ("Economists say the debate on interest rates is far from settled.", "debate"),
        # cooperation wished for is no cooperation given
        ("The ministers called for more cooperation on climate change.", "cooperation"),
        # goods sent to a prison, and charges that are prices
        ("The charity sent food parcels to the prison before Christmas.", "sent"),
        ("Food parcels were sent to the prison before Christmas.", "sent"),
        ("The airline said the fuel charges added to tickets would be dropped next month.", "charges"),
        ("Museum entry is free of charge for children under twelve.", "charge"),
        # what strikes without anyone's hand, what a firm recovers, victims of no one crime
        ("Tragedy struck the Webster family last year when their son disappeared.", "struck"),
        ("Lightning struck a man on the golf course on Sunday.", "struck"),
        ("The storm struck the coast overnight.", "struck"),
        ("The two countries struck a deal on fishing rights.", "struck"),
        ("The pitcher struck out the batter in the ninth inning.", "struck"),
        ("The company recovered its losses in the third quarter.", "recovered"),
        ("Burglary victims are urged to call the police.", "Burglary"),
        # a danger weighed is no threat made; held for what is no crime
        ("The club faces the threat of relegation after another defeat.", "threat"),
        ("Farmers face the threat of drought this summer.", "threat"),
        ("The patient is being held for observation at the county hospital.", "held"),
        ("The meeting was held for two hours on Monday.", "held"),
        # what one is accused of doing that is no crime
        ("The coach was accused of plotting a comeback for his old team.", "comeback"),
        # signs and banners held at a game, a ceremony or for a photo
        ("The fans held banners during the final.", "held"),
        ("The Olympic champion held the flag at the opening ceremony.", "held"),
        ("The teacher held a sign with the children's names for the photo.", "held"),
        # talks that stall by themselves, an engine that stalls
        ("The talks stalled over the question of borders.", "stalled"),
        ("The car stalled on the bridge during the storm.", "stalled"),
        # agreeing among private people or firms, or agreeing that something is so
        ("She agreed to marry him in June.", "agreed"),
        ("The retailer's U.S. subsidiary has agreed to acquire a jewelry chain for $50 a share.", "agreed"),
        ("Both teams agreed that the referee had made a mistake.", "agreed"),
        # cooperation as the first word of a compound names a plan or a body, no act
        ("The two presidents signed an economic cooperation plan on Friday.", "cooperation"),
        ("The Gulf Cooperation Council met in Riyadh on Monday.", "Cooperation"),
    ],
)
def test_other_senses_of_these_words_are_no_events(nlp, coding_context, text: str, word: str) -> None:
    events = coded(nlp, coding_context, text)
    assert not any(word in e["type"]["trigger"] for e in events), _codes(events)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('"The new tax law is intolerable," the opposition leader said.', "111"),
        ('"This is government propaganda and nothing else," the opposition leader said.', "111"),
        ('"These firefighters are heroes," the mayor said at the ceremony.', "051"),
    ],
)
def test_a_statement_takes_the_code_its_words_carry(nlp, coding_context, text: str, code: str) -> None:
    events = coded(nlp, coding_context, text)
    assert any(e["type"]["cameo"] == code for e in events), _codes(events)


@pytest.mark.parametrize(
    "text",
    [
        '"The heat in the stadium was intolerable," the coach said.',  # a coach on the weather: no public statement
        '"Our players were heroes tonight," the coach said after the final.',
    ],
)
def test_such_words_in_a_private_remark_are_no_event(nlp, coding_context, text: str) -> None:
    assert not coded(nlp, coding_context, text)
