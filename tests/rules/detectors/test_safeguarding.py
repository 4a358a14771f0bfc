"""SafeguardingDetector: signs that a child may be at risk fire, with the kind of risk, the
evidence span and the child (or staff member) concerned; ordinary chatter that borrows the
same words (a football bruise, "I nearly died laughing", the school's policy) does not.

Mentions are passed explicitly: `people(text)` marks every roster phrase from `ROSTER` as
the engine's people matcher would (case-insensitively).
"""

import re
import time

import pytest

from rules.detectors.base import Detector, Mention
from rules.detectors.safeguarding import (
    ADULT_THREAT,
    CHALLENGE,
    CONCERN_FACT,
    DOMESTIC,
    EXPLOITATION,
    GROOMING,
    KNOWN_RISK,
    NEGLECT,
    PHYSICAL,
    SELF_HARM,
    SEXUAL,
    SIGNALS,
    THRESHOLD,
    SafeguardingDetector,
    word_keys,
)
from rules.findings import Finding
from rules.labels import SAFEGUARDING
from rules.scorer import ToxicityScores
from tests.helpers.parsed import example_school, make_parsed

SAM = "pupil:Sam T"
AVA = "pupil:Ava R"
NOAH = "pupil:Noah-James P"
BAKER = "staff:Mr Daniel Baker"
ROSTER = {"Sam": SAM, "Ava": AVA, "Noah-James": NOAH, "Mr Baker": BAKER,
          "Mrs Rose": "staff:Mrs Joanna Rose", "the head": "staff:Mrs Joanna Rose"}
_ROSTER_RE = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)"
                                 for p in sorted(ROSTER, key=len, reverse=True)), re.I)
_BY_LOWER = {k.lower(): v for k, v in ROSTER.items()}

DETECTOR = SafeguardingDetector(example_school())


def people(text: str) -> list[Mention]:
    """Every roster phrase in `text`, as the people matcher would report it."""
    out = []
    for m in _ROSTER_RE.finditer(text):
        kind, key = _BY_LOWER[m.group(0).lower()].split(":", 1)
        out.append(Mention(kind, key, m.start(), m.end(), "test"))  # type: ignore[arg-type]
    return out


def detect(text: str, **kwargs: object) -> list[Finding]:
    return DETECTOR.detect(make_parsed(text, mentions=people(text), **kwargs))  # type: ignore[arg-type]


# -- messages that must reach the DSL: (text, category, evidence, target) ------------------
FIRES = [
    # physical harm by an adult: injuries, hitting, fear of home, confinement
    ("Anyone else seen Ava's arms? Bruises all up them and she flinched when I went to give "
     "her a hug", PHYSICAL, "flinched", AVA),
    ("My daughter says a boy in her class told her his dad hits him with a belt when he's "
     "naughty", PHYSICAL, "hits him with a belt", None),
    ("Sam came in with bruises on his neck again today", PHYSICAL, "bruises on his neck", SAM),
    ("Sam told my son his mum's boyfriend locks him in his room with no food as a punishment",
     PHYSICAL, "locks him in his room", SAM),
    ("I think Ava is scared to go home, she cried when her mum's boyfriend picked her up",
     PHYSICAL, "scared to go home", AVA),
    ("my son told me his teacher Mr Baker hits him on the hand", PHYSICAL,
     "teacher Mr Baker hits him", BAKER),
    ("Sam had a black eye on Monday and can't say how he got it", PHYSICAL, "black eye", SAM),
    # neglect: basic needs unmet, left alone, carers unable to care, nobody collecting
    ("Ava came to breakfast club in the same clothes again and said she hadn't had any tea "
     "last night", NEGLECT, "same clothes again", AVA),
    ("Little girl from Year 1 was wandering round the estate on her own at 9pm, mum was drunk",
     NEGLECT, "on her own at 9pm", None),
    ("nobody came to collect Noah-James again yesterday, the office kept him till 6", NEGLECT,
     "nobody came to collect Noah-James again", NOAH),
    ("Ava has to look after her baby brother all night when her mum goes out. She's 7.",
     NEGLECT, "has to look after her baby brother", AVA),
    # self-harm and suicidal talk about a child
    ("Has anyone noticed one of the Year 4 girls has cut marks on her wrists? Saw them at "
     "swimming", SELF_HARM, "cut marks", None),
    ("My lad keeps saying he wants to die since the bullying started. He's 9", SELF_HARM,
     "wants to die", None),
    ("A girl in Y6 posted last night saying nobody would miss her if she was gone", SELF_HARM,
     "nobody would miss her", None),
    ("The Year 5 girl who was off was in hospital after taking an overdose, poor love",
     SELF_HARM, "taking an overdose", None),
    # a child known to child protection
    ("Sam's on the child protection register, don't ask how I know", CONCERN_FACT,
     "on the child protection register", SAM),
    # sexual abuse indicators
    ("he said his uncle touched him in his private parts", SEXUAL,
     "touched him in his private parts", None),
    ("my daughter told me her friend's dad gets into bed with her when she stays over", SEXUAL,
     "gets into bed with her", None),
    # grooming and unsafe adult contact: secrets, favourites, private messages, strangers
    ("My daughter said Mr Baker told her she's his favourite and asked her to keep a secret "
     "between them", GROOMING, "asked her to keep a secret", BAKER),
    ("The after school club lead keeps DMing my son on Instagram and telling him not to tell me",
     GROOMING, "telling him not to tell", None),
    ("Someone on Roblox has been asking my 8 year old for pictures and to move to Snapchat",
     GROOMING, "asking my 8 year old for pictures", None),
    ("A man tried to get my son into his car on Mill Lane after school. Police called",
     GROOMING, "tried to get my son", None),
    ("there's a man in a grey van parked by the back gate every afternoon watching the kids",
     GROOMING, "man in a grey van parked by the back gate every afternoon watching the kids",
     None),
    ("the year 5 girl who walks past ours keeps getting into a car with a much older guy",
     GROOMING, "into a car with a much older", None),
    # domestic violence at home
    ("Sam said his dad hit his mum last night and he hid under the bed", DOMESTIC,
     "dad hit his mum", SAM),
    # exploitation
    ("Kids are saying a big lad from the secondary is selling vapes to the Year 6s at the park",
     EXPLOITATION, "selling vapes to the Year 6s", None),
    # an adult threatening a child
    ("Honestly if someone doesn't sort Noah-James out I will, and I won't be gentle",
     ADULT_THREAT, "sort Noah-James", NOAH),
    ("I'll slap that kid if he goes near my son again", ADULT_THREAT, "I'll slap that kid", None),
    ("Whoever's kid shoved my daughter this morning, I'll be waiting at the gate tomorrow",
     ADULT_THREAT, "Whoever's kid shoved my daughter this morning, I'll be waiting", None),
    ("That Sam needs a good slap, the mouth on him", ADULT_THREAT, "That Sam needs a good slap",
     SAM),
    ("My 10yo told me tonight she wants to die and won't say why", SELF_HARM, "wants to die",
     None),
    # other languages parents write in: Polish, Romanian
    ("Moja córka mówi, że jej koleżanka ma siniaki, a ojczym ją bije", PHYSICAL,
     "ojczym ją bije", None),
    ("Fiul meu zice că un coleg vrea să moară", SELF_HARM, "vrea să moară", None),
    # style: lower case, no apostrophes, curly quotes
    ("my nephew says an older boy in the toilets made him do stuff he didnt want to and said "
     "hed hurt him if he told", GROOMING, "hurt him if he told", None),
    ("she’s only 8 and she said she wants to die", SELF_HARM, "wants to die", None),
    ("the yr 4 kid was walkin home alone at like 8pm in the dark again", NEGLECT,
     "alone at like 8pm", None),
    ("Mi hear seh dem lock her inna her room an nuh give her food", PHYSICAL,
     "lock her inna her room", None),
    # online exploitation: rewards for pictures or contact, meeting children met online
    ("A man on Fortnite keeps offering the Year 5 boys V-bucks if they add him on Snapchat",
     GROOMING, "V-bucks if they add", None),
    ("Someone on TikTok has been asking girls in Ava's class to send him pics for gift cards",
     GROOMING, "pics for gift cards", AVA),
    # dangerous online challenges
    ("Half of Year 6 are copying a pass-out challenge from TikTok, one girl fainted in the "
     "toilets", CHALLENGE, "copying a pass-out challenge", None),
    # adults loitering by toilets and railings, calling children over
    ("There's a weirdo who hangs about outside the girls' changing rooms during swimming "
     "lessons", GROOMING, "weirdo who hangs about outside the girls' changing rooms", None),
    ("A woman in a blue car keeps calling the kids over to her car at home time", GROOMING,
     "calling the kids over to her car", None),
    ("A man was chatting to the Reception children through the railings at lunch and asking "
     "their names", GROOMING, "chatting to the Reception children through the railings", None),
    # children left alone, nobody collecting them
    ("Sam was stood on his own outside the office until gone half 5 again last night", NEGLECT,
     "stood on his own outside the office until gone half", SAM),
    ("Nobody came for Noah-James at pick-up again, third time this month", NEGLECT,
     "Nobody came for Noah-James at pick-up again, third time", NOAH),
    # adults known to be a risk: the register, court orders
    ("Ava's new stepdad is on the sex offenders register and nobody at school seems to know",
     KNOWN_RISK, "sex offenders register", AVA),
    ("Sam's mum has a non-molestation order against his dad but he keeps turning up at the "
     "gate", KNOWN_RISK, "non-molestation order", SAM),
    # drugs and vapes handed to children, errands for older lads
    ("A couple of teenagers are handing vapes out to Year 5 kids behind the library",
     EXPLOITATION, "handing vapes out to Year 5", None),
    ("Some lads are getting the Year 6 boys to hold packages for them, it looks like county "
     "lines", EXPLOITATION, "hold packages for", None),
    # hungry because there is no food at home; a child caring for a parent; a drunk carer
    ("Ava is always hungry because there's nothing to eat at her house, she told my daughter",
     NEGLECT, "hungry because there's nothing", AVA),
    ("Sam is basically his mum's carer, he gives her her medication before school", NEGLECT,
     "basically his mum's carer", SAM),
    ("Ava's mum was slurring at pick-up and then drove off with her in the car", NEGLECT,
     "slurring at pick-up and then drove", AVA),
    # second-hand disclosures of hitting, locking up, intrusion; noises from a child's home
    ("A girl in my son's class says her stepdad locks her in the shed when she's naughty",
     PHYSICAL, "locks her in the shed", None),
    ("One of the Year 3 boys said his dad beats him and he's scared to go home", PHYSICAL,
     "dad beats him", None),
    ("Sam told my son his mum's boyfriend comes into the bathroom when he's in the bath",
     SEXUAL, "mum's boyfriend comes into the bathroom when he's in", SAM),
    ("A girl in Year 4 says her uncle touches her at night and calls it their secret", SEXUAL,
     "touches her at night", None),
    ("My daughter's friend says she doesn't want to be alive anymore and was stood on the edge "
     "of the bridge", SELF_HARM, "on the edge of the bridge", None),
    ("Neighbours heard screaming through the wall from Ava's flat last night, then it all went "
     "quiet", DOMESTIC, "then it all went quiet", AVA),
    # an adult promising to hurt another parent's child
    ("If that kid trips my son again I'll drag him out of the playground by his ear myself",
     ADULT_THREAT, "I'll drag him out", None),
    ("Those Year 6 lads need a proper hiding and if their parents won't do it I will",
     ADULT_THREAT, "Year 6 lads need a proper hiding", None),
    # the same in other languages: Polish, Romanian, Portuguese, Urdu and Bengali in Latin
    # script, Tagalog, Welsh, Italian
    ("Moja córka mówi, że koleżanka nie ma co jeść w domu, a wujek ją dotyka w nocy", SEXUAL,
     "wujek ją dotyka", None),
    ("Fiul meu zice că tatăl lui Sam îl bate și că îi e frică să meargă acasă", PHYSICAL,
     "tatăl lui Sam îl bate", SAM),
    ("Um homem desconhecido anda a oferecer doces às crianças no portão", GROOMING,
     "homem desconhecido anda a oferecer doces às crianças", None),
    ("Meri beti kehti hai ke uski saheli ko ghar pe khana nahi milta", NEGLECT,
     "khana nahi milta", None),
    ("Tar baba take mare, Ava's friend told my daughter", PHYSICAL, "baba take mare", AVA),
    ("May lalaki sa Roblox na nag-aalok ng robux sa mga bata kapalit ng litrato", GROOMING,
     "kapalit ng litrato", None),
    ("Dywedodd fy merch fod y ferch fach yn llwglyd achos does dim bwyd adre", NEGLECT,
     "does dim bwyd", None),
    ("Se quel bambino tocca ancora mio figlio, gli spacco la faccia", ADULT_THREAT,
     "gli spacco la faccia", None),
]

# -- chatter that borrows the words: nothing may fire ---------------------------------------
CLEAN = [
    # injuries with an everyday explanation
    "My son's got a bruised knee from football, he's fine",
    "Sam fell off his bike and has a black eye, looks like he's been in a boxing match 😂",
    # figurative dying, killing and hunger
    "I nearly died laughing at the nativity",
    "I want to die, I've sent the PE kit on the wrong day again 🙈",
    "My son wants to die his hair blue for World Book Day 😂",
    "I'll kill my son if he forgets his reading book one more time 😂",
    "My two are always starving after swimming",
    "My son's starving, he didn't have breakfast because we overslept",
    # the topic in general: policy, advice, news
    "Can someone remind me what the school's safeguarding policy says about photos?",
    "If you're ever worried about a child ring the school and ask for the DSL",
    "Did you see the news story about the coach who abused kids in Leeds? Awful",
    # adults and children in ordinary roles
    "Dad beat them at Mario Kart again 😂",
    "Mum pushed her on the swing all afternoon",
    "Could anyone give Noah-James a lift home on Friday? I'll return the favour",
    "The man who does the lollipop crossing was lovely to the kids in the rain today",
    "I'm leaving the kids with their nan overnight on Friday, first night off in ages",
    "My daughter loves her teacher, she says she's her favourite grown-up",
    # secrets and reporting that are not about a child at risk
    "Please don't tell my husband how much I spent at the fair 🤫",
    "Mr Baker asked the kids to keep the surprise party a secret from Mrs Rose, so shh!",
    # a child hurting a child is for other labels, not the DSL
    "the teacher said Sam hit her at lunch",
    "My son hit another child today and got sent to Mr Baker. Mortified",
    # own-child hunger, dropping off at the gate, things left at school
    "My son's starving and we've got no food in the house till the Tesco order comes",
    "I'll drop him at the gate at 8:40 and he can walk in on his own",
    "He left his lunchbox at school again, is lost property open tomorrow?",
    # games, apps and challenges mentioned neutrally
    "Bought my daughter Robux for her birthday, she's been building all day",
    "The school sent a reminder about TikTok challenges, worth a read before half-term",
    "The teacher asked the children to send photos of their holidays for the class display",
    # hyperbole about one's own child, threats to an adult, playful "lessons"
    "If my daughter leaves her wet towel on the floor again I'll strangle her 😂",
    "If Mr Baker grabs my son's bag one more time I'll break his fingers",
    "I'm going to teach him a lesson at Mario Kart tonight 😂",
    "The kids need a good run around after being stuck inside all week",
    # adults at the gate, empty events, babies crying, awareness evenings
    "The caretaker was hanging about by the gates helping with the buckets, lovely man",
    "Nobody came to the cake sale again, so disappointing",
    "We heard crying through the wall all night, the new baby next door has colic",
    "The youth club is running a county lines awareness evening for parents",
    "My daughter wants to jump in the deep end now, so proud of her",
]


@pytest.mark.parametrize(("text", "category", "evidence", "target"), FIRES)
def test_when_a_child_may_be_at_risk_then_it_fires_naming_the_risk(
        text: str, category: str, evidence: str, target: str | None) -> None:
    [finding] = detect(text)
    assert finding.fired, finding
    assert (finding.label, finding.detector, finding.threshold) == (
        SAFEGUARDING, "safeguarding", THRESHOLD)
    assert finding.reason.split(" (+")[0] == f"safeguarding: {category}"
    assert text[finding.start:finding.end] == evidence
    assert finding.target == target


@pytest.mark.parametrize("text", CLEAN)
def test_when_chatter_only_borrows_the_words_then_nothing_fires(text: str) -> None:
    assert not any(f.fired for f in detect(text))


def test_when_signs_add_up_then_the_whole_finding_says_so() -> None:
    text = ("Ava came to breakfast club in the same clothes again and said she hadn't had any "
            "tea last night")
    assert detect(text) == [Finding(
        label=SAFEGUARDING, detector="safeguarding", score=0.725, threshold=THRESHOLD,
        start=text.index("same"), end=text.index(" and said"),
        reason=f"safeguarding: {NEGLECT} (+1 more signs)", target=AVA)]


def test_when_one_weak_sign_then_a_near_miss_is_reported_unfired() -> None:
    text = "Ava is always hungry"
    [finding] = detect(text)
    assert not finding.fired
    assert (finding.score, text[finding.start:finding.end]) == (0.35, "always hungry")


def test_when_two_weak_signs_then_together_they_fire() -> None:
    assert not detect("Ava is always hungry")[0].fired
    assert detect("Ava is always hungry and goes through the bins at lunch")[0].fired


def test_when_an_injury_has_an_everyday_cause_then_its_weight_drops() -> None:
    bare = detect("Sam has a black eye")[0].score
    explained = detect("Sam has a black eye from rugby")[0].score
    assert explained < bare / 2


def test_when_no_child_is_involved_then_a_child_sign_counts_for_less() -> None:
    assert detect("a dad hits her")[0].score < detect("a dad hits her, she's 6")[0].score


def test_when_the_writer_describes_their_own_child_then_neglect_signs_count_for_less() -> None:
    own = detect("my son is always hungry")[0].score
    other = detect("a boy in my son's class is always hungry")[0].score
    assert own < other


def test_when_a_threat_is_about_the_writers_own_child_then_it_counts_for_less() -> None:
    own = detect("If my son does that again I'll give him a clip round the ear")[0].score
    other = detect("If that boy does that again I'll give him a clip round the ear")[0].score
    assert own < THRESHOLD <= other


def test_when_a_threat_is_aimed_at_a_staff_member_then_it_counts_for_less() -> None:
    staff = detect("If Mr Baker shouts at my son again I'll give him a slap")[0].score
    child = detect("If that lad shouts at my son again I'll give him a slap")[0].score
    assert staff < THRESHOLD <= child


def test_when_weak_threat_signs_come_together_then_they_fire() -> None:
    assert not detect("I'll be waiting for him at the gate, my son")[0].fired
    assert detect("If that boy hits my son again I'll be waiting for him at the gate and he'll "
                  "know about it")[0].fired


def test_when_talk_is_about_news_then_the_score_halves() -> None:
    assert detect("Did you see the news: a coach abused kids")[0].score == 0.3


def test_when_the_threat_model_scores_a_message_about_a_pupil_then_it_supports_a_flag() -> None:
    threat = ToxicityScores(values={"threat": 0.9})
    text = "Sam had better watch it, I won't be gentle"
    assert not detect(text)[0].fired
    assert detect(text, toxicity=threat)[0].fired


@pytest.mark.parametrize("text", [
    "", "   ", "😂😂😂", "\x00\x01 hi \u200b\u202e", "a" * 10_000, "word " * 2_000,
    "the man was watching and " * 400, "Sam told me his dad hits him. " * 330,
])
def test_when_text_is_odd_or_huge_then_it_answers_quickly(text: str) -> None:
    started = time.perf_counter()
    findings = detect(text)
    assert time.perf_counter() - started < 0.5
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)  # type: ignore[operator]


def test_when_a_signal_matches_then_one_of_its_anchors_is_in_the_message() -> None:
    # The anchor pre-check must never hide a match: every text above, for every signal.
    texts = [t for t, *_ in FIRES] + CLEAN
    for text in texts:
        norm = make_parsed(text).norm.text
        keys = word_keys(norm)
        for signal in SIGNALS:
            if signal.pattern.search(norm):
                assert signal.anchors & keys, (signal.group, text)


def test_when_built_then_it_meets_the_detector_contract() -> None:
    assert isinstance(DETECTOR, Detector)
    assert DETECTOR.labels == frozenset({SAFEGUARDING})


def test_when_the_writer_doubts_the_explanation_then_the_injury_keeps_its_weight() -> None:
    explained = detect("Sam has a black eye, he fell downstairs")[0].score
    doubted = detect("Sam has a black eye again, he says he 'fell downstairs'")[0].score
    assert explained < THRESHOLD <= doubted


@pytest.mark.parametrize(("text", "category"), [
    ("Some bloke's been stood by the school fence at playtime taking photos on his phone",
     GROOMING),
    ("Me and the kids aren't safe at home at the moment, I've got nowhere to go", DOMESTIC),
    ("Noticed cuts on Ava's arms at the sleepover, she said the cat did it but they were in "
     "lines", SELF_HARM),
])
def test_when_a_newer_sign_is_described_then_it_fires(text: str, category: str) -> None:
    [finding] = detect(text)
    assert finding.fired and finding.reason.startswith(f"safeguarding: {category}")


@pytest.mark.parametrize("text", [
    "Sam has a black eye, fell off his scooter again, clumsy boy",
    "someone was taking photos at the nativity, lovely ones",
    "My dad took photos by the gate on the first day",
    "We're safe at home now the storm has passed",
])
def test_when_photos_or_home_are_ordinary_then_nothing_fires(text: str) -> None:
    assert not any(f.fired for f in detect(text))
