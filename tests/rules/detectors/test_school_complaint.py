"""SchoolComplaintDetector: complaints aimed at the school as an institution fire, with the
kind of verdict and the span joining target and verdict; questions, disclaimers, jokes,
praise, other targets (the government, another school) and criticism of one named staff
member do not.

Mentions are passed explicitly: `people(text)` marks every roster phrase from `ROSTER` as
the engine's people matcher would (case-insensitively).
"""

import re
import time

import pytest

from rules.detectors.base import Detector, Mention
from rules.detectors.school_complaint import (
    FED_UP,
    HOSTILE,
    HYPOCRISY,
    OTHER_LANGUAGE,
    PROPERTY,
    SARCASM,
    SCORN,
    THRESHOLD,
    UNCARING,
    UNFAIR,
    SchoolComplaintDetector,
    school_short_forms,
)
from rules.findings import Finding
from rules.labels import SCHOOL_COMPLAINT
from rules.school import load_school
from tests.helpers.parsed import example_school, make_parsed

ROSE = "staff:Mrs Joanna Rose"
ROSTER = {"Mrs Rose": ROSE, "the head": ROSE, "Mr Baker": "staff:Mr Daniel Baker",
          "Mrs K": "staff:Ms Anita Kowalczyk", "the SENCo": "staff:Ms Anita Kowalczyk",
          "Sam": "pupil:Sam T"}
_ROSTER_RE = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)"
                                 for p in sorted(ROSTER, key=len, reverse=True)), re.I)
_BY_LOWER = {k.lower(): v for k, v in ROSTER.items()}

DETECTOR = SchoolComplaintDetector(example_school())  # Brookfield Primary School


def people(text: str) -> list[Mention]:
    """Every roster phrase in `text`, as the people matcher would report it."""
    out = []
    for m in _ROSTER_RE.finditer(text):
        kind, key = _BY_LOWER[m.group(0).lower()].split(":", 1)
        out.append(Mention(kind, key, m.start(), m.end(), "test"))  # type: ignore[arg-type]
    return out


def detect(text: str, detector: SchoolComplaintDetector = DETECTOR) -> list[Finding]:
    return detector.detect(make_parsed(text, mentions=people(text)))


# -- complaints about the institution: (text, category, evidence) --------------------------
FIRES = [
    # patronising, outdated, "they don't bother", "the school did nothing"
    ("The way they worded the nits letter was so patronising, like we're all filthy", SCORN,
     "the nits letter was so patronising"),
    ("Reading books coming home are way too easy, they obviously don't bother checking", UNCARING,
     "Reading books coming home are way too easy, they obviously don't bother"),
    ("A boy called my son names in the yard and the school did nothing. Again.", UNCARING,
     "the school did nothing"),
    # scorn with "this school", the school's name or its short form
    ("This school's homework policy is a joke, two pages of grammar a night for 7 year olds",
     SCORN, "This school's homework policy is a joke"),
    ("brookfield = worst school in the county, change my mind", SCORN,
     "brookfield = worst school"),
    ("Brookfield Primary's leadership are a bunch of clowns who couldn't run a bath", SCORN,
     "Brookfield Primary's leadership are a bunch of clowns"),
    ("Useless school, useless office, useless everything", SCORN, "Useless school"),
    ("This academy is all about league tables, the kids' wellbeing comes way down the list",
     HYPOCRISY, "This academy is all about league tables"),
    # a policy or decision judged, no institution named
    ("The new behaviour policy is ridiculous. Missing golden time for an untucked shirt?",
     SCORN, "behaviour policy is ridiculous"),
    # the school does not care, listen or act
    ("Honestly this school doesn't give a toss about SEN kids unless you shout", UNCARING,
     "this school doesn't give a toss"),
    ("the school doesnt care about the kids who arent top of the class", UNCARING,
     "the school doesnt care"),
    ("SLT clearly couldn't care less about what parents think", UNCARING,
     "SLT clearly couldn't care less"),
    # hypocrisy, box-ticking, money-making
    ("Chocolate banned from packed lunches but cakes on sale at every event. The hypocrisy is "
     "unreal", HYPOCRISY, "hypocrisy"),
    ("Term time holiday fines are a money-making racket and this school happily goes along "
     "with it", HYPOCRISY, "money-making racket and this school"),
    ("They bang on about wellbeing but my kid gets 20 minutes of break a day. It's all for "
     "show", HYPOCRISY, "all for show"),
    # fed up with the institution
    ("The school's attitude to phones is stuck in 1952", FED_UP,
     "The school's attitude to phones is stuck in 1952"),
    ("I've lost all faith in this school tbh", FED_UP, "lost all faith in this school"),
    # sarcasm
    ("Attendance fine for going to a family funeral abroad. That's Brookfield for you, zero "
     "compassion", SARCASM, "That's Brookfield for you"),
    ("'Good' school according to Ofsted 😂 the inspector must have only seen the reception "
     "area", SARCASM, "'Good' school"),
    ("The school said they'd 'look into' the broken toilets. That was three months ago. Don't "
     "hold your breath", SARCASM, "Don't hold your breath"),
    ("Is this a school or a prison? Silent corridors for 5 year olds", SARCASM,
     "Is this a school or a prison"),
    ("With the greatest respect, I wonder whether the decision to mix the classes was made "
     "with any thought for the children 😊", SARCASM,
     "With the greatest respect, I wonder whether the decision"),
    ("I'm sure the academy has its reasons for cancelling all the clubs with a week's notice",
     FED_UP, "the academy has its reasons for cancelling all the clubs with a week's notice"),
    ("Do we really need a new logo on every jumper? Last time I checked the old one was fine",
     SARCASM, "Do we really need a new logo"),
    # other languages parents write in
    ("Es una vergüenza que el colegio nunca avise cuando cambian los horarios", OTHER_LANGUAGE,
     "vergüenza que el colegio"),
    # the institution criticised alongside a named member of staff
    ("Reading support here is an afterthought, the whole system is broken, and the SENCo just "
     "shrugs", HYPOCRISY, "support here is an afterthought"),
    ("This school's SEN provision is a shambles from top to bottom, and Mrs K is the worst of "
     "the lot", SCORN, "This school's SEN provision is a shambles"),
    ("The homework policy is a farce, and Mr Baker enforcing it doesn't help", SCORN,
     "homework policy is a farce"),
    # decisions called senseless or unfair: collective punishment
    ("Keeping the whole of Year 3 in at break for what two boys did makes no sense whatsoever",
     UNFAIR, "whole of Year 3 in at break for what two boys"),
    ("Why should the whole year group lose their disco because of a few kids?", UNFAIR,
     "whole year group lose their disco because of a few kids"),
    # rules called archaic, a poor show, a money grab, robbery
    ("The new phone rule is medieval, they can't even carry one on the walk home", SCORN,
     "rule is medieval"),
    ("Really poor show from Brookfield, the trip was cancelled and we heard nothing", SCORN,
     "Really poor show from Brookfield"),
    ("The uniform policy is a money grab, the jumpers are double the supermarket price",
     HYPOCRISY, "uniform policy is a money grab"),
    ("Forty quid for a coach trip to the seaside, daylight robbery", HYPOCRISY,
     "trip to the seaside, daylight robbery"),
    # never told anything, no warning, apps instead of letters
    ("Brookfield never tells us anything, we find out everything from the children", UNCARING,
     "Brookfield never tells us"),
    ("Breakfast club went up again with zero warning. Disgraceful", SCORN,
     "Breakfast club went up again with zero warning. Disgraceful"),
    ("Give me a proper letter instead of these apps any day, half the messages never arrive",
     SARCASM, "letter instead of these apps"),
    # rhetorical questions about the school's thinking; "so-called"
    ("Does anyone at this school actually think about working parents before setting these "
     "times?", SARCASM, "Does anyone at this school actually think"),
    ("Who came up with this new pick-up system? It's chaos every single day", SARCASM,
     "Who came up with this new pick-up system"),
    ("So-called listening school, they ignored every answer in the parent survey", SARCASM,
     "So-called listening school"),
    # threats or hostility aimed at the school's property and decisions
    ("Somebody ought to burn down that prefab they call a classroom", PROPERTY,
     "burn down that prefab they call"),
    ("I'll set fire to that portakabin myself if they put my son in it again", PROPERTY,
     "set fire to that portakabin myself if they"),
    ("Spending money on translators for families who can't be bothered to learn English, "
     "madness", HOSTILE,
     "Spending money on translators for families who can't be bothered to learn"),
    ("Teaching seven year olds about gay parents is indoctrination, nothing else", HOSTILE,
     "Teaching seven year olds about gay parents is indoctrination"),
    # other languages: Italian, Turkish, Welsh, Polish, Romanian
    ("Questa scuola non comunica mai niente ai genitori", OTHER_LANGUAGE,
     "Questa scuola non comunica mai niente"),
    ("Bu okulun yeni kuralı saçma", OTHER_LANGUAGE, "okulun yeni kuralı saçma"),
    ("Mae yr ysgol yn warthus am godi prisiau eto", OTHER_LANGUAGE, "yr ysgol yn warthus"),
    ("Ta szkoła to jakiś żart, nikt nas nie informuje", OTHER_LANGUAGE, "szkoła to jakiś żart"),
    ("Școala asta nu comunică nimic cu părinții", OTHER_LANGUAGE,
     "Școala asta nu comunică nimic"),
]

# -- not a complaint about the institution: nothing may fire --------------------------------
CLEAN = [
    # the same words about the writer's own life
    "In golden time they do nothing but play lego, Sam loves it",
    "they don't bother with PE kit in reception, just trainers",
    "I was so patronising to my own kids today lol",
    "my phone is so outdated lol, need a new one",
    "we did nothing all weekend and it was bliss",
    # jokes about costs and chores, no blame
    "Honestly the amount of non-uniform days this term is killing my bank balance 😂",
    "Who else has spent £40 on craft stuff for a 'simple' Viking longship homework 😂",
    "Fish fingers three times a week on the new menu 😂 my two aren't complaining",
    # questions and disclaimers
    "Does anyone know why they changed the reading scheme? Not moaning, just curious",
    "Not a complaint, but does anyone know if they're sorting the puddle by the Year 1 door?",
    # reminders, apologies, praise, the proper channel
    "Can we keep this group for school stuff please? The complaints procedure is on the website",
    "Sorry I went off on one earlier about the parking, bad day",
    "Teachers work so hard, my sister's a teacher and she's still marking at 10pm",
    "The school have been brilliant with my son's anxiety, can't fault them",
    # one named member of staff criticised: that is another label
    "The head's new silent corridors rule is bonkers. They're children not prisoners",
    "Mrs Rose and her clown show of a leadership team 🤡",
    "Honestly the head is an absolute joke, she's ruined this place",
    # something else judged: the weather, traffic, another school, the government
    "Ridiculous weather for sports day 😂 the school did well to keep it going",
    "Shocking traffic on Mill Lane this morning, took 20 mins to get to school",
    "Our old school was a shambles, so glad we moved to Brookfield",
    "Schools are so underfunded, none of this is the teachers' fault, it's the government",
    "The head's strict on term-time holidays but to be fair it's the council that issues fines",
    # a threat, not a complaint
    "I'm going to burn that school down one day I swear 🔥",
    # the same words about something else: one's own homework troubles, the weather, a match
    "My son's homework makes no sense to me, can anyone explain column subtraction?",
    "It's so unfair that it rained on sports day, the kids were gutted",
    "The weather's medieval today, wrap them up warm",
    "Very poor show from the referee at Saturday's match",
    "We found out at the last minute that grandma can't babysit, any recommendations?",
    # thanks, app troubles, praise beside a hard week
    "Thanks Brookfield for a fantastic nativity, the kids were stars",
    "The school app keeps logging me out, does anyone know a fix?",
    "My daughter's anxiety has been awful lately but the school have been really supportive",
]


@pytest.mark.parametrize(("text", "category", "evidence"), FIRES)
def test_when_the_institution_is_criticised_then_it_fires_naming_the_verdict(
        text: str, category: str, evidence: str) -> None:
    [finding] = detect(text)
    assert finding.fired, finding
    assert (finding.label, finding.detector, finding.threshold, finding.target) == (
        SCHOOL_COMPLAINT, "school_complaint", THRESHOLD, None)
    assert finding.reason == f"school complaint: {category}"
    assert text[finding.start:finding.end] == evidence


@pytest.mark.parametrize("text", CLEAN)
def test_when_not_a_complaint_about_the_school_then_nothing_fires(text: str) -> None:
    assert not any(f.fired for f in detect(text))


def test_when_a_complaint_fires_then_the_whole_finding_says_why() -> None:
    text = "This school's homework policy is a joke"
    assert detect(text) == [Finding(
        label=SCHOOL_COMPLAINT, detector="school_complaint", score=0.9, threshold=THRESHOLD,
        start=0, end=len(text), reason=f"school complaint: {SCORN}")]


def test_when_a_verdict_is_softened_by_a_joke_then_a_near_miss_is_reported() -> None:
    [finding] = detect("Who else has spent £40 on craft stuff for a 'simple' Viking homework 😂")
    assert not finding.fired
    assert finding.reason == f"school complaint: {SARCASM}"


def test_when_a_complaint_is_disclaimed_then_its_score_drops() -> None:
    plain = detect("The new homework policy is ridiculous")[0].score
    disclaimed = detect("Not moaning but the new homework policy is ridiculous")[0].score
    assert disclaimed < THRESHOLD < plain


def test_when_a_short_fragment_sits_between_topic_and_verdict_then_they_still_pair() -> None:
    assert detect("Parents' evening slots are five minutes. FIVE. What are we meant to say in "
                  "five minutes?")[0].fired
    assert not detect("Parents' evening slots are five minutes. I asked my sister about it "
                      "yesterday. What are we meant to say in five minutes?")


def test_when_the_school_is_praised_then_a_scornful_word_counts_for_less() -> None:
    plain = detect("The week has been awful and the school is shocking")[0].score
    praised = detect("The week has been awful but the school have been really supportive")
    assert not praised or praised[0].score < THRESHOLD < plain


def test_when_they_is_the_only_target_then_it_is_not_enough() -> None:
    # "they" may be the kids or other parents; with a school topic it is the school.
    assert not detect("They don't care, honestly")[0].fired
    assert detect("They don't care about the homework load, honestly")[0].fired


def test_when_a_school_has_another_name_then_its_short_form_is_the_target() -> None:
    school = load_school("school: St Mary's CE VC Primary Academy\n", "st_marys")
    detector = SchoolComplaintDetector(school)
    assert detect("Typical St Marys, cancel the trip and keep the money", detector)[0].fired
    assert not detect("Typical Brookfield, cancel the trip and keep the money", detector)


@pytest.mark.parametrize(("name", "forms"), [
    ("Larkfield Primary School", ["larkfield primary school", "larkfield primary", "larkfield",
                                  "lps"]),
    ("St Mary's CE VC Primary Academy", ["st mary's ce vc primary academy",
                                         "st marys ce vc primary academy",
                                         "st mary's ce vc primary", "st marys ce vc primary",
                                         "st mary's ce vc", "st marys ce vc", "st mary's ce",
                                         "st marys ce", "st mary's", "st marys", "smcvpa"]),
    ("Riverside Federation — Northgate Infant School, Gateshead", [
        "riverside federation northgate infant school gateshead",
        "riverside federation northgate infant school", "riverside federation northgate infant",
        "riverside federation northgate", "northgate infant school", "riverside federation",
        "northgate infant", "northgate", "rfnis"]),
    # a federation's own word may be a place: never on its own
    ("The Green Federation - Park Lane Primary", [
        "the green federation park lane primary", "green federation park lane primary",
        "the green federation park lane", "green federation park lane", "the green federation",
        "park lane primary", "green federation", "park lane", "gfplp"]),
    ("The Grange", ["the grange", "grange"]),
    ("Oak Academy", ["oak academy", "oak"]),
])
def test_when_a_school_name_is_given_then_short_forms_drop_the_generic_words(
        name: str, forms: list[str]) -> None:
    assert school_short_forms(name) == forms


@pytest.mark.parametrize("text", [
    "", "   ", "🙄🙃😂", "\x00\x01 hi \u200b\u202e", "a" * 10_000,
    "this school is a joke they " * 370, "'abc' " * 1_600,
])
def test_when_text_is_odd_or_huge_then_it_answers_quickly(text: str) -> None:
    started = time.perf_counter()
    findings = detect(text)
    assert time.perf_counter() - started < 0.5
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)  # type: ignore[operator]


def test_when_a_cue_matches_then_its_anchor_is_in_the_message() -> None:
    # The anchor pre-check must never hide a cue, for every text above.
    for text in [t for t, *_ in FIRES] + CLEAN:
        norm = make_parsed(text).norm.text
        keys = {w[:4] for w in re.findall(r"\w+", norm)}
        for cue in DETECTOR._cues:
            if cue.pattern.search(norm):
                assert cue.anchors & keys or any(c in f" {norm}" for c in cue.literals), (
                    cue.category, text)


def test_when_built_then_it_meets_the_detector_contract() -> None:
    assert isinstance(DETECTOR, Detector)
    assert DETECTOR.labels == frozenset({SCHOOL_COMPLAINT})
