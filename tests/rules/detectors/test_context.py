"""ContextDetector and outside_school_time: the rules that read a message's metadata (when
it was sent, who it is to, a photo) and requests for staff's private contact details."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from wordfreq import zipf_frequency

from rules.detectors.base import ParsedMessage
from rules.detectors.context import ContextDetector, addresses_staff, outside_school_time
from rules.findings import Finding
from rules.labels import (
    FREQUENT_STAFF_CONTACT,
    OUT_OF_HOURS_CONTACT,
    PHOTO_POSTED,
    PRIVATE_CONTACT_REQUEST,
)
from rules.message import Message
from rules.people import PeopleMatcher
from rules.school import SchoolConfig, load_school
from tests.helpers.parsed import blank_nlp, example_school, make_parsed

LONDON = ZoneInfo("Europe/London")
DETECTOR = ContextDetector()

# Example school hours are 08:30-16:30, Monday to Friday, no term dates.
TUESDAY = (2026, 3, 3)
SATURDAY = (2026, 3, 7)
SUNDAY = (2026, 3, 8)

TERM_SCHOOL_YAML = """
school: Term Primary
working_hours: "08:30-16:30"
term_dates:
  - {name: Spring 1, start: 2026-01-05, end: 2026-02-13}
  - {name: Spring 2, start: 2026-02-23, end: 2026-03-27}
"""
FOUR_DAY_SCHOOL_YAML = """
school: Four Day Primary
working_days: [Monday, Tuesday, Wednesday, Thursday]
thresholds:
  frequent_staff_messages_per_day: 5
"""


def term_school() -> SchoolConfig:
    return load_school(TERM_SCHOOL_YAML, "term_school")


def four_day_school() -> SchoolConfig:
    return load_school(FOUR_DAY_SCHOOL_YAML, "four_day_school")


def local(day: tuple[int, int, int], hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(*day, hour, minute, second, tzinfo=LONDON)


@pytest.fixture(scope="module")
def matcher() -> PeopleMatcher:
    return PeopleMatcher(example_school(), blank_nlp(), lambda w: zipf_frequency(w, "en"))


def parse(matcher: PeopleMatcher, text: str, school: SchoolConfig | None = None,
          **meta) -> ParsedMessage:
    return make_parsed(text, school=school, message=Message(text=text, **meta),
                       mentions=matcher.find(blank_nlp()(text)))


def out_of_hours(why: str) -> Finding:
    return Finding(OUT_OF_HOURS_CONTACT, "context", 1.0, 1.0, None, None,
                   f"addressed to staff {why}")


def private_contact(start: int, end: int) -> Finding:
    return Finding(PRIVATE_CONTACT_REQUEST, "context", 1.0, 1.0, start, end,
                   "asks for private or social-media contact with staff")


PHOTO = Finding(PHOTO_POSTED, "context", 1.0, 1.0, None, None, "a photo was shared in the group")


@pytest.mark.parametrize(("sent_at", "expected"), [
    # working hours, school-local: start inclusive, end exclusive
    (local(TUESDAY, 10), None),
    (local(TUESDAY, 8, 30), None),
    (local(TUESDAY, 16, 29, 59), None),
    (local(TUESDAY, 8, 29, 59), "at 08:29, outside working hours"),
    (local(TUESDAY, 16, 30), "at 16:30, outside working hours"),
    (local(TUESDAY, 22, 40), "at 22:40, outside working hours"),
    # weekends
    (local(SATURDAY, 10), "on a Saturday"),
    (local(SUNDAY, 10), "on a Sunday"),
    # naive datetimes are school-local (16:00 in July would be 17:00 BST if read as UTC)
    (datetime(2026, 7, 1, 16, 0), None),  # noqa: DTZ001
    (datetime(2026, 3, 3, 22, 40), "at 22:40, outside working hours"),  # noqa: DTZ001
    # UTC is converted: BST in summer, GMT in winter
    (datetime(2026, 7, 1, 16, 30, tzinfo=UTC), "at 17:30, outside working hours"),
    (datetime(2026, 7, 1, 7, 45, tzinfo=UTC), None),
    (datetime(2026, 1, 14, 16, 15, tzinfo=UTC), None),
    (datetime(2026, 1, 14, 16, 45, tzinfo=UTC), "at 16:45, outside working hours"),
    # other offsets too, including across midnight into Saturday
    (datetime(2026, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=2))),
     "at 08:00, outside working hours"),
    (datetime(2026, 3, 6, 23, 30, tzinfo=timezone(timedelta(hours=-5))), "on a Saturday"),
])
def test_when_time_is_checked_then_outside_school_time_says_why(sent_at, expected):
    assert outside_school_time(example_school(), sent_at) == expected


@pytest.mark.parametrize(("sent_at", "expected"), [
    # inside a term, including its first and last days
    (local((2026, 2, 13), 10), None),
    (local((2026, 2, 23), 10), None),
    # half-term, by day or by night
    (local((2026, 2, 16), 10), "outside term time"),
    (local((2026, 2, 17), 22), "outside term time"),
    # a weekend is named as the weekend, even in half-term
    (local((2026, 2, 21), 10), "on a Saturday"),
    # term time still has working hours
    (local((2026, 3, 3), 20), "at 20:00, outside working hours"),
    # before the first listed term or after the last: term status unknown, so only
    # working days and hours decide (an old chat replayed against this year's terms)
    (local((2025, 11, 18), 10), None),
    (local((2025, 12, 29), 10), None),
    (local((2026, 4, 14), 10), None),
    (local((2025, 11, 18), 20), "at 20:00, outside working hours"),
    (local((2026, 4, 18), 10), "on a Saturday"),
    # the first and last days of the listed span are in term
    (local((2026, 1, 5), 10), None),
    (local((2026, 3, 27), 10), None),
])
def test_when_term_dates_are_configured_then_holidays_are_outside_school_time(
        sent_at, expected):
    assert outside_school_time(term_school(), sent_at) == expected


def test_when_working_days_are_configured_then_other_days_are_outside_school_time():
    assert outside_school_time(four_day_school(), local((2026, 3, 6), 10)) == "on a Friday"


@pytest.mark.parametrize(("text", "meta", "expected"), [
    # addressed to staff by name or by the chat's reply/mention flag
    ("Mrs Rose, is PE tomorrow?", {"sent_at": local(TUESDAY, 22, 40)},
     [out_of_hours("at 22:40, outside working hours")]),
    ("Hi Mr B, is PE tomorrow?", {"sent_at": local(SATURDAY, 9)},
     [out_of_hours("on a Saturday")]),
    ("is PE tomorrow?", {"sent_at": local(TUESDAY, 22, 40), "to_staff": True},
     [out_of_hours("at 22:40, outside working hours")]),
    ("is PE tomorrow?", {"sent_at": datetime(2026, 7, 1, 16, 30, tzinfo=UTC), "to_staff": True},
     [out_of_hours("at 17:30, outside working hours")]),
    # inside hours
    ("Mrs Rose, is PE tomorrow?", {"sent_at": local(TUESDAY, 10)}, []),
    # not to staff: parents talking to each other late at night
    ("is PE tomorrow?", {"sent_at": local(TUESDAY, 22, 40)}, []),
    ("Sam T was brilliant in assembly", {"sent_at": local(TUESDAY, 22, 40)}, []),
    # staff named in passing: talking about them, not to them
    ("the head said no", {"sent_at": local(SATURDAY, 9)}, []),
    # no timestamp, nothing to judge
    ("Mrs Rose, is PE tomorrow?", {}, []),
])
def test_when_staff_are_contacted_then_out_of_hours_contact_fires_outside_school_time(
        matcher, text, meta, expected):
    assert DETECTOR.detect(parse(matcher, text, **meta)) == expected


def test_when_term_school_is_contacted_in_half_term_then_it_says_so(matcher):
    parsed = parse(matcher, "quick question for the teacher", school=term_school(),
                   to_staff=True, sent_at=local((2026, 2, 16), 10))

    assert DETECTOR.detect(parsed) == [out_of_hours("outside term time")]


@pytest.mark.parametrize("text", [
    # the message opens with the name: a comma, colon, dash, question mark, or nothing else
    "Mrs Rose, can you call me tonight",
    "Mrs Rose: is PE tomorrow?",
    "Mrs Rose - quick one about the trip",
    "Miss Hope?",
    "Sorry it's late. Mrs Rose, is PE tomorrow?",
    # a greeting just before the name
    "Hi Mr Baker, is PE tomorrow?",
    "Dear Miss Hope I wanted to ask about spellings",
    "Good evening Mrs K hope you're well",
    # a question to "you" straight after the opening name
    "Mr Baker can you ring me",
    "Mr B can u ring me",
    "Mrs Rose please could you check the trip letter",
    "Miss Hope when are you back from the course",
    # a request to "you" that ends with the name
    "could you let me know Miss Hope",
    "Please could you call me back Mr B?",
])
def test_when_a_message_speaks_to_a_named_member_of_staff_then_it_counts_as_to_staff(
        matcher, text):
    parsed = parse(matcher, text, sent_at=local(TUESDAY, 21, 45))
    assert addresses_staff(parsed)
    assert DETECTOR.detect(parsed) == [out_of_hours("at 21:45, outside working hours")]


@pytest.mark.parametrize("text", [
    # praise, news and questions about a teacher, to the other parents
    "Miss Baker did a lovely job with the nativity tonight",
    "Mrs Rose did a lovely job with the nativity tonight",
    "Thank you Miss Hope for the lovely assembly!",
    "Thanks Mrs Rose!",
    "Does anyone know if Mrs Rose is in tomorrow?",
    "Did you see what Mr Baker wrote on the class page?",
    # the name is the object of the request, which is put to another parent
    "could you ask Mrs Rose",
    "Can you pass this on to Mr Baker?",
    "Will you be at pickup, I need to give something to Miss Hope",
    # a list of names is not a greeting
    "Miss Hope, Mrs Rose and Mr Baker were brilliant tonight",
    # a greeting to the group, then a teacher named
    "Hi all, Mrs Rose says the trip is still on",
])
def test_when_staff_are_only_named_then_an_evening_message_is_clean(matcher, text):
    parsed = parse(matcher, text, sent_at=local(TUESDAY, 20, 15))
    assert parsed.staff_mentions()  # named, so only the addressing decides
    assert not addresses_staff(parsed)
    assert DETECTOR.detect(parsed) == []


def test_when_the_chat_marks_a_reply_to_staff_then_it_is_to_staff_whatever_the_words(matcher):
    parsed = parse(matcher, "Miss Baker did a lovely job", to_staff=True,
                   sent_at=local(TUESDAY, 20, 15))
    assert DETECTOR.detect(parsed) == [out_of_hours("at 20:15, outside working hours")]


def test_when_a_request_names_staff_in_passing_then_private_contact_still_fires(matcher):
    text = "Mrs Rose is lovely, message her privately on facebook"
    assert DETECTOR.detect(parse(matcher, text)) == [private_contact(20, 53)]


def frequent(count: int, limit: int) -> Finding:
    return Finding(FREQUENT_STAFF_CONTACT, "context", 1.0, 1.0, None, None,
                   f"{count} messages to staff today, above {limit}")


@pytest.mark.parametrize(("school", "meta", "expected"), [
    # default limit of three a day: the fourth message is one too many
    (None, {"to_staff": True, "recent_staff_messages": 2}, []),
    (None, {"to_staff": True, "recent_staff_messages": 3}, [frequent(4, 3)]),
    (None, {"to_staff": True, "recent_staff_messages": 9}, [frequent(10, 3)]),
    # the school's own limit
    (four_day_school(), {"to_staff": True, "recent_staff_messages": 4}, []),
    (four_day_school(), {"to_staff": True, "recent_staff_messages": 5}, [frequent(6, 5)]),
    # only messages addressed to staff count
    (None, {"recent_staff_messages": 9}, []),
], ids=["under", "at-limit", "well-over", "school-under", "school-over", "not-to-staff"])
def test_when_a_parent_messages_staff_often_then_frequent_staff_contact_fires(
        matcher, school, meta, expected):
    assert DETECTOR.detect(parse(matcher, "any news on the trip?", school, **meta)) == expected


@pytest.mark.parametrize(("meta", "expected"), [
    # a photo on its own
    ({"has_photo": True}, [PHOTO]),
    # a photo sent to staff late at night: both reminders, in order
    ({"has_photo": True, "to_staff": True, "sent_at": local(TUESDAY, 21)},
     [out_of_hours("at 21:00, outside working hours"), PHOTO]),
    # no photo
    ({}, []),
])
def test_when_a_photo_is_shared_then_photo_posted_fires(matcher, meta, expected):
    assert DETECTOR.detect(parse(matcher, "sports day!", **meta)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # adding or following staff on social media
    ("can someone add Mrs Rose on facebook", [private_contact(12, 36)]),
    ("follow Mrs Rose on instagram", [private_contact(0, 28)]),
    ("can I add the teacher on insta", [private_contact(6, 30)]),
    ("friend the head on facebook", [private_contact(0, 27)]),
    # asking for a personal number
    ("anyone got Miss Hope's personal number", [private_contact(0, 38)]),
    ("does anyone have Mr Baker's mobile", [private_contact(0, 34)]),
    ("Does anyone have Mrs. Rose's number", [private_contact(0, 35)]),
    # "her" alone may be another parent: only staff context makes it a request about staff
    ("what's her personal number", []),
    # the school's published contacts, and other look-alikes
    ("the office number is on the website", []),
    ("follow the school's instagram", []),
    ("anyone got the office number?", []),
    ("add me on facebook", []),
    ("add her to the class list for the party", []),
    ("I'll text him later about football", []),
])
def test_when_private_contact_with_staff_is_asked_for_then_it_fires(matcher, text, expected):
    assert DETECTOR.detect(parse(matcher, text)) == expected
