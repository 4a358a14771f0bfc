"""PeopleMatcher: staff and pupils found the many ways parents write them, and ordinary
words that happen to be surnames left alone."""

import pytest
from wordfreq import zipf_frequency

from rules.people import PeopleMatcher, role_phrases
from rules.school import load_school
from tests.helpers.parsed import blank_nlp, example_school

# Staff from the contract's school whose names exercise initials, multi-word given names
# and a first name ("Grace") that is also an ordinary word.
LARKFIELD_YAML = """
school: Larkfield Primary School
staff:
  - name: "Mrs Helen Whitcombe"
    role: "Headteacher"
    aliases: ["Mrs W", "the head", "Helen"]
  - name: "Mrs Farah Qureshi"
    role: "Year 2 class teacher"
    aliases: ["Mrs Q"]
  - name: "Mrs Mei Lin Chen"
    role: "Year 4 class teacher"
  - name: "Mrs Grace Mensah"
    role: "Teaching Assistant, Year 3"
    aliases: ["Miss Grace"]
pupils: ["Harley-Rose T", "Mason D"]
"""

# A job share: two Year 4 teachers whose surnames share an initial and who share a
# first name, so "Mrs C", "Priya" and "the year 4 teacher" could mean either.
JOB_SHARE_YAML = """
school: Job Share Primary
staff:
  - name: "Mrs Priya Chen"
    role: "Year 4 class teacher"
  - name: "Mrs Priya Cole"
    role: "Year 4 class teacher"
"""


def english_zipf(word: str) -> float:
    return zipf_frequency(word, "en")


@pytest.fixture(scope="module")
def brookfield() -> PeopleMatcher:
    return PeopleMatcher(example_school(), blank_nlp(), english_zipf)


@pytest.fixture(scope="module")
def larkfield() -> PeopleMatcher:
    return PeopleMatcher(load_school(LARKFIELD_YAML), blank_nlp(), english_zipf)


@pytest.fixture(scope="module")
def job_share() -> PeopleMatcher:
    return PeopleMatcher(load_school(JOB_SHARE_YAML), blank_nlp(), english_zipf)


def found(matcher: PeopleMatcher, text: str) -> list[tuple[str, str, str, int, int]]:
    return [(m.kind, m.key, m.via, m.start, m.end) for m in matcher.find(blank_nlp()(text))]


ROSE = "Mrs Joanna Rose"
BAKER = "Mr Daniel Baker"
HOPE = "Miss Clare Hope"
KOWALCZYK = "Ms Anita Kowalczyk"


@pytest.mark.parametrize(("text", "expected"), [
    # title + surname, any case
    ("Mrs Rose said PE is on Tuesday", [("staff", ROSE, "title+surname", 0, 8)]),
    ("MRS ROSE", [("staff", ROSE, "title+surname", 0, 8)]),
    ("mrs rose", [("staff", ROSE, "title+surname", 0, 8)]),
    ("MISS HOPE!!", [("staff", HOPE, "title+surname", 0, 9)]),
    # Mrs/Ms/Miss are interchangeable; other-language and long-form titles count
    ("Ms Hope", [("staff", HOPE, "title+surname", 0, 7)]),
    ("Mister Baker", [("staff", BAKER, "title+surname", 0, 12)]),
    ("Pani Rose", [("staff", ROSE, "title+surname", 0, 9)]),
    # title with a full stop
    ("mrs. rose", [("staff", ROSE, "title+surname", 0, 9)]),
    pytest.param("Mrs. Rose is lovely", [("staff", ROSE, "title+surname", 0, 9)]),
    pytest.param("Mr. Baker", [("staff", BAKER, "title+surname", 0, 9)]),
    # title + initial
    ("Mrs R is here", [("staff", ROSE, "title+initial", 0, 5)]),
    ("Miss H", [("staff", HOPE, "title+initial", 0, 6)]),
    # possessives: the name without the 's
    ("Mrs Rose's class", [("staff", ROSE, "title+surname", 0, 8)]),
    ("Mrs R's class", [("staff", ROSE, "title+initial", 0, 5)]),
    # full name, with or without title
    ("Mrs Joanna Rose", [("staff", ROSE, "full name", 0, 15)]),
    ("Joanna Rose", [("staff", ROSE, "full name", 0, 11)]),
    # title + first name, and a first name alone
    ("Miss Clare", [("staff", HOPE, "title+first name", 0, 10)]),
    ("clare said", [("staff", HOPE, "first name", 0, 5)]),
    ("I asked Daniel", [("staff", BAKER, "first name", 8, 14)]),
    # aliases
    ("Mrs K", [("staff", KOWALCZYK, "alias", 0, 5)]),
    ("Mr B", [("staff", BAKER, "alias", 0, 4)]),
    # a rare surname on its own, any case
    ("kowalczyk is off", [("staff", KOWALCZYK, "surname", 0, 9)]),
    # a less common surname on its own, only capitalised and mid-sentence
    ("I saw Baker", [("staff", BAKER, "surname", 6, 11)]),
    # roles
    ("the head", [("staff", ROSE, "role", 0, 8)]),
    ("The Head said no", [("staff", ROSE, "role", 0, 8)]),
    ("ask the year 2 teacher", [("staff", HOPE, "role", 8, 22)]),
    ("the SENCo", [("staff", KOWALCZYK, "role", 0, 9)]),
    ("the dsl", [("staff", BAKER, "role", 0, 7)]),
    # pupils
    ("Sam T", [("pupil", "Sam T", "pupil name", 0, 5)]),
    ("sam t", [("pupil", "Sam T", "pupil name", 0, 5)]),
    ("Ava", [("pupil", "Ava R", "pupil first name", 0, 3)]),
    ("I saw Ava", [("pupil", "Ava R", "pupil first name", 6, 9)]),
    ("Noah-James P", [("pupil", "Noah-James P", "pupil name", 0, 12)]),
    # several people, in order
    ("Mrs Rose told Sam T off", [("staff", ROSE, "title+surname", 0, 8),
                                 ("pupil", "Sam T", "pupil name", 14, 19)]),
    # ordinary words that are surnames or first names: no match
    ("a rose", []),
    ("the baker was shut", []),
    ("Hope you're all well", []),
    ("Ok. Hope you're well", []),
    ("I hope so", []),
    ("Rose is my favourite flower", []),
    ("Daniel said so", []),
])
def test_when_example_school_text_is_matched_then_people_are_found(brookfield, text, expected):
    assert found(brookfield, text) == expected


WHITCOMBE = "Mrs Helen Whitcombe"
QURESHI = "Mrs Farah Qureshi"
CHEN = "Mrs Mei Lin Chen"
MENSAH = "Mrs Grace Mensah"


@pytest.mark.parametrize(("text", "expected"), [
    # initials, any case, possessive
    ("mrs q", [("staff", QURESHI, "title+initial", 0, 5)]),
    ("Mrs Q's", [("staff", QURESHI, "title+initial", 0, 5)]),
    pytest.param("Mrs. Q", [("staff", QURESHI, "title+initial", 0, 6)]),
    # two given names
    ("Mrs Mei Lin Chen", [("staff", CHEN, "full name", 0, 16)]),
    ("Mei Lin Chen", [("staff", CHEN, "full name", 0, 12)]),
    ("Mrs Mei Lin", [("staff", CHEN, "title+first name", 0, 11)]),
    ("chen", [("staff", CHEN, "surname", 0, 4)]),
    # rare surname and aliases
    ("whitcombe", [("staff", WHITCOMBE, "surname", 0, 9)]),
    ("Mrs W", [("staff", WHITCOMBE, "title+initial", 0, 5)]),
    ("Miss Grace", [("staff", MENSAH, "title+first name", 0, 10)]),
    # roles
    ("the year 3 ta", [("staff", MENSAH, "role", 4, 13)]),
    ("the year 4 teacher", [("staff", CHEN, "role", 4, 18)]),
    # hyphenated pupil names
    ("Harley-Rose T", [("pupil", "Harley-Rose T", "pupil name", 0, 13)]),
    ("harley-rose", [("pupil", "Harley-Rose T", "pupil first name", 0, 11)]),
    # "grace" as an ordinary word, "Grace" at a sentence start: no match
    ("grace period", []),
    ("Grace said so", []),
])
def test_when_larkfield_text_is_matched_then_people_are_found(larkfield, text, expected):
    assert found(larkfield, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # shared initial, first name and role: dropped
    ("Mrs C", []),
    ("priya said", []),
    ("the year 4 teacher", []),
    # surnames still tell them apart
    ("Mrs Chen", [("staff", "Mrs Priya Chen", "title+surname", 0, 8)]),
    ("Mrs Cole", [("staff", "Mrs Priya Cole", "title+surname", 0, 8)]),
])
def test_when_a_phrase_could_mean_two_staff_then_it_is_dropped(job_share, text, expected):
    assert found(job_share, text) == expected


HEAD = ["the head", "headteacher", "head teacher", "headmistress", "headmaster",
        "the headteacher", "our head", "the heid", "heidie", "the heidie", "heady"]


@pytest.mark.parametrize(("role", "expected"), [
    # head and deputy
    ("Headteacher", HEAD),
    ("Deputy Headteacher and Designated Safeguarding Lead",
     ["the deputy", "deputy head", "deputy headteacher", "deputy head teacher", "the dsl",
      "safeguarding lead", "the designated safeguarding lead"]),
    # SEN and office
    ("SENCo", ["the senco", "senco", "the sendco", "sendco"]),
    ("School Office Manager",
     ["office manager", "the office manager", "office lady", "office woman", "office staff",
      "woman in the office", "lady in the office", "man in the office",
      "bloke in the office", "one in the office", "cow in the office",
      "receptionist in the office", "the school office manager"]),
    # class teachers and teaching assistants
    ("Year 2 class teacher",
     ["year 2 teacher", "y2 teacher", "yr 2 teacher", "year 2 class teacher",
      "year 2s teacher"]),
    ("Year 3 class teacher (class 3L)",
     ["year 3 teacher", "y3 teacher", "yr 3 teacher", "year 3 class teacher",
      "year 3s teacher", "3l teacher", "3l's teacher"]),
    ("Teaching Assistant, Year 3", ["year 3 ta", "y3 ta", "year 3 teaching assistant"]),
    ("Reception class teacher",
     ["reception teacher", "the reception teacher", "reception class teacher"]),
    # named posts
    ("Teaching Assistant and after-school club lead",
     ["the after-school club lead", "the after school club lead"]
     + [f"{club} {who}" for club in ("after-school club", "after school club")
        for who in ("lady", "woman", "man", "bloke", "guy", "fella")]
     + [f"the {who} who runs {club}" for club in ("after-school club", "after school club")
        for who in ("lady", "woman", "man", "bloke", "guy", "fella")]),
    # nothing to go on
    ("Assistant Head", []),
    ("", []),
    # unique posts parents name by their job
    ("Site manager / caretaker", ["the caretaker", "caretaker", "the site manager",
                                  "site manager", "the janitor", "the school caretaker"]),
    ("Sports coach", ["the sports coach", "the football coach",
                      "the pe coach", "pe coach", "the pe teacher", "pe teacher",
                      "sports coach"]),
    ("Teaching assistant (Kestrels class)", ["the kestrels ta", "kestrels ta",
                                             "kestrels class ta",
                                             "the kestrels teaching assistant"]),
])
def test_when_role_is_given_then_role_phrases_lists_how_parents_say_it(role, expected):
    # Order and repeats do not matter to the matcher.
    assert sorted(set(role_phrases(role))) == sorted(expected)


def test_when_role_is_head_of_a_department_then_it_is_not_the_head():
    assert "the head" not in role_phrases("Head of Early Years")


def test_when_a_lead_runs_two_clubs_then_parents_can_name_either() -> None:
    phrases = role_phrases("Breakfast and after-school club lead")
    assert "the woman who runs breakfast club" in phrases
    assert "the lady who runs after-school club" in phrases
    assert not any("assistant" in p for p in role_phrases("Teaching assistant and after-school "
                                                           "club lead") if "club" in p)
