"""WhatsApp timestamps in the formats Android and iOS write in different locales."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.replay.whatsapp_time import (
    DAY_FIRST,
    HEADER,
    MONTH_FIRST,
    YEAR_FIRST,
    DateOrderVote,
    header_time,
    strip_marks,
)

LONDON = ZoneInfo("Europe/London")
NNBSP = "\u202f"


@pytest.mark.parametrize(("line", "order", "expected", "rest"), [
    # Android, UK, 24h
    ("15/01/2024, 09:30 - Dan: hi", DAY_FIRST, (2024, 1, 15, 9, 30, 0), "Dan: hi"),
    # Android, US, 12h with a narrow no-break space before PM
    (f"1/15/24, 9:30{NNBSP}PM - Dan: hi", MONTH_FIRST, (2024, 1, 15, 21, 30, 0), "Dan: hi"),
    # Spanish-style "p. m." and no comma after the date
    ("9/24/2019 11:30 p. m. - Dan: hi", MONTH_FIRST, (2019, 9, 24, 23, 30, 0), "Dan: hi"),
    # "p.\u202fm." as newer Android writes it
    (f"09/10/22, 10:37 p.{NNBSP}m. - Dan: hi", DAY_FIRST, (2022, 10, 9, 22, 37, 0), "Dan: hi"),
    # 12 a.m. is midnight, 12 p.m. is noon
    ("01/02/2024, 12:05 a.m. - Dan: hi", DAY_FIRST, (2024, 2, 1, 0, 5, 0), "Dan: hi"),
    ("01/02/2024, 12:05 p.m. - Dan: hi", DAY_FIRST, (2024, 2, 1, 12, 5, 0), "Dan: hi"),
    # iOS: brackets, seconds
    ("[15/01/2024, 09:30:12] Dan: hi", DAY_FIRST, (2024, 1, 15, 9, 30, 12), "Dan: hi"),
    (f"[1/15/24, 9:30:12{NNBSP}AM] Dan: hi", MONTH_FIRST, (2024, 1, 15, 9, 30, 12), "Dan: hi"),
    # iOS, Finnish: dots in the date and the time
    ("[1.1.2019, 12.00.00] John Doe: hi", DAY_FIRST, (2019, 1, 1, 12, 0, 0), "John Doe: hi"),
    # year first, with the trailing dot some locales write
    ("2022/12/14, 13:34. - Dan: hi", YEAR_FIRST, (2022, 12, 14, 13, 34, 0), "Dan: hi"),
    ("2019-01-01 12:00 - Dan: hi", YEAR_FIRST, (2019, 1, 1, 12, 0, 0), "Dan: hi"),
    # a 24h hour with a stray p.m. keeps its hour
    ("[11/10/22 13:37:00 p.m.] Dan: hi", DAY_FIRST, (2022, 10, 11, 13, 37, 0), "Dan: hi"),
    # Chinese: the afternoon marker comes before the time
    ("2024/1/15 下午3:05 - Dan: hi", YEAR_FIRST, (2024, 1, 15, 15, 5, 0), "Dan: hi"),
])
def test_when_a_header_is_read_then_its_local_time_and_rest_come_out(line, order, expected,
                                                                     rest):
    m = HEADER.match(line)
    assert m is not None
    assert header_time(m, order, LONDON) == datetime(*expected, tzinfo=LONDON)
    assert m["rest"] == rest


@pytest.mark.parametrize("line", [
    "15/01 works for me",                          # a date in a message, no time
    "Dan: 15/01/2024 is the deadline",             # a date after text
    "[15/01/2024, 09:30 - Dan: hi",                # bracket opened, never closed
    "15/01/2024, 09:30 Dan: hi",                   # no separator after the time
])
def test_when_a_line_is_not_a_header_then_it_does_not_match(line):
    assert HEADER.match(line) is None


def test_when_the_date_is_impossible_then_the_reason_names_it():
    m = HEADER.match("32/01/2024, 14:00 - Dan: hi")
    assert m is not None
    reason = header_time(m, DAY_FIRST, LONDON)
    assert reason == ("timestamp 32/01/2024 14:00 is not a valid day-first date "
                      "(day is out of range for month)")


@pytest.mark.parametrize(("dates", "order", "why"), [
    ([("15", "01"), ("03", "02")], DAY_FIRST, "1 dates have a first field above 12"),
    ([("01", "15"), ("02", "03")], MONTH_FIRST, "1 dates have a second field above 12"),
    ([("2024", "01")], YEAR_FIRST, "dates start with a four-digit year"),
    # all ambiguous: the field that changes more often is the day
    ([("09", "10"), ("10", "10"), ("11", "10")], DAY_FIRST,
     "every date is ambiguous; the first field changes more often"),
    ([("10", "09"), ("10", "10"), ("10", "11")], MONTH_FIRST,
     "every date is ambiguous; the second field changes more often"),
    # no evidence at all: UK day-first
    ([("03", "04")], DAY_FIRST, "every date is ambiguous; UK day-first assumed"),
    # mixed evidence: the majority wins and the disagreement is reported
    ([("15", "01"), ("16", "01"), ("01", "17")], DAY_FIRST,
     "2 dates have a first field above 12; 1 dates disagree"),
])
def test_when_dates_are_voted_then_the_order_and_reason_follow(dates, order, why):
    vote = DateOrderVote()
    for a, b in dates:
        vote.add(a, b)
    assert vote.decide() == (order, why)


def test_when_a_line_starts_with_marks_then_they_are_stripped():
    assert strip_marks("\ufeff\u200e[1/1/24, 9:00:00] x") == "[1/1/24, 9:00:00] x"
