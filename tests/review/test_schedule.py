"""When digests are due: school days, terms, holidays, settings and daylight saving."""

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.review.schedule import (
    DigestSettings,
    Slot,
    digest_settings,
    is_school_day,
    job_days,
    latest_slot,
)
from rules.school import load_school

LONDON = ZoneInfo("Europe/London")
EXAMPLE = (Path(__file__).parents[1] / "fixtures" / "example_school.yaml").read_text()
SCHOOL = load_school(EXAMPLE)  # terms 2025-26: half-term 14-22 February 2026
NO_TERMS = load_school("school: Open All Year Primary\n")


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(("now", "start", "end"), [
    # a minute before Thursday's digest: Wednesday's is the latest
    (london(2026, 3, 12, 15, 59), london(2026, 3, 10, 16), london(2026, 3, 11, 16)),
    # on the minute
    (london(2026, 3, 12, 16, 0), london(2026, 3, 11, 16), london(2026, 3, 12, 16)),
    # Monday's covers the weekend, from Friday's
    (london(2026, 3, 16, 16, 30), london(2026, 3, 13, 16), london(2026, 3, 16, 16)),
    # in half-term the latest is the last school day's
    (london(2026, 2, 18, 12, 0), london(2026, 2, 12, 16), london(2026, 2, 13, 16)),
    # the first after half-term covers the whole holiday
    (london(2026, 2, 23, 16, 1), london(2026, 2, 13, 16), london(2026, 2, 23, 16)),
])
def test_when_a_daily_digest_is_due_then_it_covers_the_time_since_the_previous(now, start, end):
    assert latest_slot("daily", DigestSettings(), SCHOOL, now) == Slot("daily", start, end)


def test_when_the_week_has_school_days_then_the_weekly_summary_is_on_friday():
    slot = latest_slot("weekly", DigestSettings(), SCHOOL, london(2026, 3, 13, 17))
    assert slot == Slot("weekly", london(2026, 3, 6, 16), london(2026, 3, 13, 16))


def test_when_the_whole_week_is_a_holiday_then_no_weekly_summary_is_due_that_friday():
    slot = latest_slot("weekly", DigestSettings(), SCHOOL, london(2026, 2, 20, 17))
    assert slot is not None and slot.end == london(2026, 2, 13, 16)


def test_when_clocks_go_forward_then_the_digest_keeps_its_local_time():
    slot = latest_slot("daily", DigestSettings(), NO_TERMS, datetime(2026, 3, 30, 15, 0,
                                                                      tzinfo=UTC))
    assert slot is not None
    assert slot.end == datetime(2026, 3, 30, 15, 0, tzinfo=UTC)  # 16:00 BST
    assert slot.start == datetime(2026, 3, 27, 16, 0, tzinfo=UTC)  # 16:00 GMT on Friday


def test_when_a_kind_is_off_then_it_is_never_due():
    settings = digest_settings(load_school("school: X\ndigests: {weekly: off}\n"))
    assert settings.weekly is None
    assert latest_slot("weekly", settings, NO_TERMS, london(2026, 3, 13, 17)) is None


def test_when_the_school_sets_times_and_days_then_they_are_used():
    # unquoted 15:30 is the YAML 1.1 integer 930; it still means half past three
    config = load_school("school: X\ndigests:\n  daily: {at: 15:30, days: [Monday, wed]}\n"
                         "  weekly: {at: '09:00', day: thu}\n")
    settings = digest_settings(config)
    assert (settings.daily.at.hour, settings.daily.at.minute) == (15, 30)
    assert job_days("daily", settings, config) == (1, 3)  # PTB counts from Sunday = 0
    assert job_days("weekly", settings, config) == (4,)
    slot = latest_slot("daily", settings, config, london(2026, 3, 13, 12))  # a Friday
    assert slot == Slot("daily", london(2026, 3, 9, 15, 30), london(2026, 3, 11, 15, 30))


@pytest.mark.parametrize(("yaml", "message"), [
    ("digests: {daily: {at: 4pm}}", 'digests.daily.at: "4pm" is not a time of day like'),
    ("digests: {weekly: {day: funday}}", 'digests.weekly.day: unknown day "funday"'),
    ("digests: {monthly: {}}", "digests.monthly: Extra inputs are not permitted"),
])
def test_when_settings_are_wrong_then_the_error_names_the_field(yaml, message):
    with pytest.raises(ValueError, match=message):
        digest_settings(load_school(f"school: X\n{yaml}\n"))


def test_when_a_working_day_is_outside_every_term_then_it_is_not_a_school_day():
    assert is_school_day(SCHOOL, london(2026, 3, 12).date())
    assert not is_school_day(SCHOOL, london(2026, 2, 18).date())  # half-term
    assert not is_school_day(SCHOOL, london(2026, 3, 14).date())  # a Saturday
