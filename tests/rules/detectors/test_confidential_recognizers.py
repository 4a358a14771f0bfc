"""The confidential detector's parts: the person phrases in a message, whom a fact is about,
and how a contact detail is presented. The detector as a whole is tested in
`test_confidential.py`.
"""

import pytest

from rules.detectors.base import Mention
from rules.detectors.confidential_recognizers.person_phrases import (
    MENTION,
    NAMED,
    OWN,
    RELATIVE,
    SOMEONE,
    THING,
    find_person_phrases,
)
from rules.detectors.confidential_recognizers.public_contacts import (
    PublicContacts,
    handle_of,
    squash,
)
from rules.detectors.confidential_recognizers.subjects import Subject, Subjects
from tests.helpers.parsed import example_school

ROSE = Mention("staff", "Mrs Joanna Rose", 0, 8, "test")  # "Mrs Rose" opening the message
AVA = Mention("pupil", "Ava R", 0, 3, "test")  # "Ava" opening the message


# -- person phrases: (text, mentions, [(phrase, kind)]) -------------------------------------
PHRASE_CASES = [
    # someone else's child comes before the writer's own ("my son")
    ("My son's friend told Ava's mum", [Mention("pupil", "Ava R", 21, 24, "test")],
     [("My son's friend", SOMEONE), ("Ava's mum", MENTION)]),
    # a named adult outside the roster; "I think" only hedges
    ("I think Kerry's husband has left", [], [("Kerry's husband", NAMED)]),
    ("Jodie said her husband has left", [], [("her husband", RELATIVE)]),
    ("one of the Year 4 girls is pregnant", [], [("one of the Year 4 girls", SOMEONE)]),
    # the writer's own child by name, and a pet that is nobody
    ("Our Poppy and his dog", [], [("Our Poppy", OWN), ("his dog", THING)]),
    ("Mrs Rose is off with stress", [ROSE], [("Mrs Rose", MENTION)]),
]


@pytest.mark.parametrize(("text", "mentions", "phrases"), PHRASE_CASES)
def test_when_a_message_refers_to_people_then_each_phrase_is_found_once(
        text: str, mentions: list[Mention], phrases: list[tuple[str, str]]) -> None:
    found = find_person_phrases(text, text.lower(), mentions)
    assert [(text[r.start:r.end], r.kind) for r in found] == phrases


# -- whom a fact is about: (text, fact, mentions, child_first, subject) ---------------------
SUBJECT_CASES = [
    ("Mrs Rose is off with stress", "off with stress", [ROSE], False,
     Subject("staff", "staff:Mrs Joanna Rose")),
    ("my son has ADHD", "ADHD", [], False, Subject("own")),
    ("do they do EHCP assessments?", "EHCP", [], False, Subject("none")),
    ("they are suspending my lad", "suspending", [], False, Subject("own")),  # direct object
    # "she" after "Ava's mum told me": Ava for facts about children, else her mum
    ("Ava's mum told me she is being assessed for autism", "assessed for autism", [AVA], True,
     Subject("pupil", "pupil:Ava R")),
    ("Ava's mum told me she is being assessed for autism", "assessed for autism", [AVA], False,
     Subject("pupil_family", "pupil:Ava R")),
]


@pytest.mark.parametrize(("text", "fact", "mentions", "child_first", "subject"), SUBJECT_CASES)
def test_when_a_fact_is_placed_then_its_subject_is_the_nearest_person(
        text: str, fact: str, mentions: list[Mention], child_first: bool,
        subject: Subject) -> None:
    start = text.index(fact)
    found = Subjects(text, text.lower(), mentions).about(start, start + len(fact), child_first)
    assert found == subject


# -- how a contact detail is presented --------------------------------------------------------
@pytest.mark.parametrize(("text", "how"), [
    ("ring the office on 01632 960001", "public"),
    ("my number is 07700 900382", "own"),
    ("her number is 07700 900382", "personal"),
    ("07700 900382", "personal"),  # nothing says whose: someone else's
    # an organisation's line; someone's number after the office was mentioned
    ("the county council transport line is 01632 960001", "public"),
    ("Thanks to the school office for sorting the uniform swap, Dave is on 07700 900382",
     "personal"),
])
def test_when_a_contact_detail_is_introduced_then_its_presentation_is_read(
        text: str, how: str) -> None:
    start = text.index("0")
    public = PublicContacts.of(example_school())
    assert public.presentation(text, start, len(text)) == how


@pytest.mark.parametrize(("text", "handle"), [
    ("@Some.Name", "some.name"),
    ("https://instagram.com/Some.Name/", "some.name"),
])
def test_when_a_handle_is_compared_then_link_and_at_sign_are_dropped(
        text: str, handle: str) -> None:
    assert handle_of(text) == handle


def test_when_an_address_is_compared_then_only_letters_and_digits_count() -> None:
    assert squash("14 Beech Cres., LS1 4AB") == "14beechcresls14ab"
