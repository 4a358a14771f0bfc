"""NamedNegativeDetector: criticism, mockery and accusations aimed at a named member of
staff or pupil fire; neutral mentions, thanks, sympathy and a parent's own child do not.

Mentions come from the real PeopleMatcher on the example school, so each case also shows
the names being found the way the engine finds them.
"""

import pytest
from wordfreq import zipf_frequency

from rules.detectors.base import Mention, ParsedMessage
from rules.detectors.named_negative import NamedNegativeDetector
from rules.findings import Finding
from rules.labels import PUPIL_NAMED_NEGATIVELY, STAFF_NAMED_NEGATIVELY
from rules.people import PeopleMatcher
from rules.scorer import IDENTITY_ATTACK, INSULT, THREAT, ZERO_SCORES, ToxicityScores
from tests.helpers.parsed import blank_nlp, example_school, make_parsed

ROSE = "staff:Mrs Joanna Rose"
BAKER = "staff:Mr Daniel Baker"
HOPE = "staff:Miss Clare Hope"
KOWALCZYK = "staff:Ms Anita Kowalczyk"
SAM = "pupil:Sam T"
AVA = "pupil:Ava R"


PLAIN = NamedNegativeDetector()


@pytest.fixture(scope="module")
def matcher() -> PeopleMatcher:
    return PeopleMatcher(example_school(), blank_nlp(), lambda w: zipf_frequency(w, "en"))


def parse(matcher: PeopleMatcher, text: str,
          toxicity: ToxicityScores = ZERO_SCORES) -> ParsedMessage:
    return make_parsed(text, mentions=matcher.find(blank_nlp()(text)), toxicity=toxicity)


def staff(score: float, start: int, end: int, group: str, target: str) -> Finding:
    return Finding(STAFF_NAMED_NEGATIVELY, "named_negative", score, 0.6, start, end,
                   f"{group} aimed at a named staff member", target)


def pupil(score: float, start: int, end: int, group: str, target: str) -> Finding:
    return Finding(PUPIL_NAMED_NEGATIVELY, "named_negative", score, 0.6, start, end,
                   f"{group} aimed at a named pupil", target)


def insult_at(text: str, word: str, score: float = 0.9) -> ToxicityScores:
    """Scores as the offline lexicon gives them: an insult score with its evidence span."""
    start = text.index(word)
    return ToxicityScores(values={INSULT: score}, evidence={INSULT: (start, start + len(word))},
                          reasons={INSULT: "insult lexicon: mild insult"})


@pytest.mark.parametrize(("text", "expected"), [
    # criticism of how they do the job
    ("Mrs Rose is useless", [staff(0.8, 0, 19, "incompetence", ROSE)]),
    ("the SENCo is clueless", [staff(0.8, 0, 21, "incompetence", KOWALCZYK)]),
    ("Miss Clare can't control the class", [staff(0.8, 0, 24, "incompetence", HOPE)]),
    ("the head is a joke", [staff(0.8, 0, 18, "incompetence", ROSE)]),
    ("Mr Baker picks on my son", [staff(0.75, 0, 17, "unfairness", BAKER)]),
    ("Ms Kowalczyk never replies to my emails", [staff(0.7, 0, 26, "negligence", KOWALCZYK)]),
    ("Miss Hope shouts at the kids", [staff(0.8, 0, 16, "mistreatment", HOPE)]),
    # mockery and sarcasm
    ("Mrs Rose strikes again 🙄", [staff(0.65, 0, 24, "mocking emoji", ROSE)]),
    ("Mr Baker forgot the trip money yet again",
     [staff(0.65, 0, 40, "sarcastic phrase", BAKER)]),
    # accusations
    ("Mr Baker was suspended last year",
     [staff(0.75, 0, 22, "disciplinary accusation", BAKER)]),
    ("Mr Baker keeps messaging my daughter", [staff(0.8, 0, 27, "unsafe conduct", BAKER)]),
    # a pronoun in the next sentence refers back
    ("Mr Baker. He is useless", [staff(0.8, 0, 23, "incompetence", BAKER)]),
    # praise in one sentence does not cancel criticism of someone else in the next
    ("Mrs Rose is lovely. Mr Baker is useless", [staff(0.8, 20, 39, "incompetence", BAKER)]),
])
def test_when_staff_is_criticised_by_name_then_staff_named_negatively_fires(
        matcher, text, expected):
    assert PLAIN.detect(parse(matcher, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # labels and accusations
    ("Sam T is a little liar", [pupil(0.8, 0, 22, "labelled", SAM)]),
    ("Ava is such a brat", [pupil(0.8, 0, 18, "labelled", AVA)]),
    ("Ava keeps hitting my daughter", [pupil(0.75, 0, 17, "accused", AVA)]),
    ("sam t keeps pushing people", [pupil(0.75, 0, 19, "accused", SAM)]),
    # a staff member mentioned neutrally: the cue goes to the pupil it describes
    ("Mrs Rose said Sam T keeps hitting other kids", [pupil(0.75, 14, 33, "accused", SAM)]),
    ("Miss Hope said Ava is a nightmare", [pupil(0.8, 15, 33, "labelled", AVA)]),
    # staff and pupil both criticised: one finding each
    ("Mrs Rose is lazy and Sam T is a brat",
     [staff(0.8, 0, 16, "incompetence", ROSE), pupil(0.8, 21, 36, "labelled", SAM)]),
])
def test_when_pupil_is_accused_by_name_then_pupil_named_negatively_fires(
        matcher, text, expected):
    assert PLAIN.detect(parse(matcher, text)) == expected


@pytest.mark.parametrize("text", [
    # a mention alone
    "Mrs Rose said PE is on Tuesday",
    # thanks and affectionate teasing
    "thank you Mr Baker!",
    "Mr Baker's jokes are tragic 😂 love him",
    # sympathy
    "poor Miss Hope is off sick, hope she's ok",
    "poor Miss Hope has had an awful week, hope she's ok",
    # a parent's own child, even with an accusation cue
    "my Sam keeps losing his jumper",
    "my Sam keeps pushing his brother",
    # a cue with nobody named
    "the baker was shut again, useless",
    # negative tone only counts against staff
    "Sam T was awful today",
    # exasperation emoji near a child's name is not an attack on the child
    "Sam swears blind it's PE on Weds 🙄",
])
def test_when_named_person_is_not_attacked_then_nothing_fires(matcher, text):
    assert PLAIN.detect(parse(matcher, text)) == []


PILLOCK_STAFF = "Mr Baker is a total pillock"
PILLOCK_PUPIL = "Mrs Rose told me Sam T is a total pillock"
PILLOCK_LOVE = "Mrs Rose is a pillock, love her"
THREAT_TEXT = "Mr Baker had better watch his back"


@pytest.mark.parametrize(("text", "toxicity", "expected"), [
    # an insult with evidence goes to the nearest person
    (PILLOCK_STAFF, insult_at(PILLOCK_STAFF, "pillock"),
     [staff(0.85, 0, 27, "insult", BAKER)]),
    (PILLOCK_PUPIL, insult_at(PILLOCK_PUPIL, "pillock"),
     [pupil(0.85, 17, 41, "insult", SAM)]),
    # an insult is too strong for praise in the same sentence to cancel
    (PILLOCK_LOVE, insult_at(PILLOCK_LOVE, "pillock"), [staff(0.85, 0, 21, "insult", ROSE)]),
    # no evidence span: the whole message, which is about one person
    (PILLOCK_STAFF, ToxicityScores(values={INSULT: 0.9}), [staff(0.85, 0, 27, "insult", BAKER)]),
    (THREAT_TEXT, ToxicityScores(values={THREAT: 0.9}, evidence={THREAT: (9, 34)}),
     [staff(0.9, 0, 34, "threat", BAKER)]),
    ("Miss Hope is one of those people", ToxicityScores(values={IDENTITY_ATTACK: 0.9}),
     [staff(0.9, 0, 32, "identity attack", HOPE)]),
    # below the toxicity cue level: nothing
    (PILLOCK_STAFF, insult_at(PILLOCK_STAFF, "pillock", score=0.4), []),
])
def test_when_toxicity_scores_are_high_then_they_count_against_the_nearest_person(
        matcher, text, toxicity, expected):
    assert PLAIN.detect(parse(matcher, text, toxicity)) == expected


def test_when_mentions_are_given_explicitly_then_the_matcher_is_not_needed():
    parsed = make_parsed("Mrs Rose is useless",
                         mentions=[Mention("staff", "Mrs Joanna Rose", 0, 8, "title+surname")])

    assert PLAIN.detect(parsed) == [staff(0.8, 0, 19, "incompetence", ROSE)]


def test_when_title_has_a_full_stop_then_mockery_still_reaches_the_person():
    parsed = make_parsed("Mrs. Rose strikes again 🙄",
                         mentions=[Mention("staff", "Mrs Joanna Rose", 0, 9, "title+surname")])

    assert PLAIN.detect(parsed) == [staff(0.65, 0, 25, "mocking emoji", ROSE)]


def test_when_staff_reports_what_a_pupil_did_then_the_staff_member_is_not_blamed(matcher):
    findings = PLAIN.detect(parse(matcher, "Mr Baker said Sam T is useless at football"))

    assert [f for f in findings if f.target == BAKER] == []


def test_when_pupil_is_accused_of_stealing_in_the_past_tense_then_it_fires(matcher):
    findings = PLAIN.detect(parse(matcher, "Ava stole my son's lunch again"))

    assert [(f.label, f.target) for f in findings] == [(PUPIL_NAMED_NEGATIVELY, AVA)]


@pytest.mark.parametrize("text", [
    "Mrs Rose has been 'on a course' every Friday this half term",
    "Mrs Rose has 'lost' the forms again",
    "Well done Mr Baker for cancelling the party again, real man of the people",
    "Mrs Rose is always on her phone in the playground",
])
def test_when_staff_are_mocked_without_rude_words_then_it_fires(matcher, text):
    assert [f.label for f in PLAIN.detect(parse(matcher, text))] == ["staff_named_negatively"]


@pytest.mark.parametrize("text", [
    "Mrs Rose has 'The Gruffalo' in her classroom library",
    "Mr Baker said the class is 'working on fractions' this week",
    "Well done Sam T for losing his first tooth, so brave!",
    "Mr Baker said the kids were a credit to the school 👏👏",
    "Well done Mr Baker for organising the party, brilliant",
])
def test_when_quotes_or_clapping_are_sincere_then_nothing_fires(matcher, text):
    assert PLAIN.detect(parse(matcher, text)) == []


def test_when_an_emoji_joins_a_sarcastic_phrase_about_a_pupil_then_the_phrase_still_counts(
        matcher):
    with_emoji = PLAIN.detect(parse(matcher, "Sam T strikes again 🙄"))
    assert [f.label for f in with_emoji] == ["pupil_named_negatively"]
