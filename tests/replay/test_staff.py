"""Telling staff from parents by display name, and messages addressed to staff."""

from datetime import datetime

import pytest

from bot.replay.pipeline import MessageFactory
from bot.replay.records import ChatRecord
from bot.replay.staff import StaffDirectory, normalise_name
from rules.school import load_school
from tests.replay.conftest import LONDON, SCHOOL

SCHOOL_CONFIG = load_school(SCHOOL.read_text(encoding="utf-8"), str(SCHOOL))
AT = datetime(2024, 1, 15, 9, 0, tzinfo=LONDON)


def record(text: str = "hello", sender: str = "Dan Price", sent_at: datetime = AT,
           **kw: str | None | tuple[str, ...]) -> ChatRecord:
    return ChatRecord(line=1, sent_at=sent_at, sender=sender, text=text, **kw)  # type: ignore


@pytest.mark.parametrize(("sender", "staff"), [
    ("Mrs Eleanor Rose", True), ("Eleanor Rose", True), ("mrs rose", True),
    ("Mrs Rose (Head) 🏫", True), ("Mrs R", True), ("missHopeY2", True),
    ("Sandra Hill", True),
    ("Dan Price", False), ("Eleanor", False), ("Rose", False), ("+44 7700 900123", False),
])
def test_when_a_display_name_is_checked_then_staff_forms_match(sender, staff):
    assert StaffDirectory(SCHOOL_CONFIG).is_staff(sender) is staff


def test_when_the_headteacher_names_a_display_name_then_it_counts_as_staff():
    directory = StaffDirectory(SCHOOL_CONFIG, extra_senders=["Mr B (DSL)", "Office Meadowbank"])
    assert directory.is_staff("Office Meadowbank")
    assert not StaffDirectory(SCHOOL_CONFIG).is_staff("Office Meadowbank")


@pytest.mark.parametrize(("text", "addressed"), [
    ("Mrs Rose, why has nobody replied?", True),
    ("Hi Miss Hope - is PE on Tuesday?", True),
    ("Good morning Mr Baker! Thanks for today", True),
    ("mrs rose: can I ask something", True),
    ("Mrs Rose is useless", False),            # about staff, not to them
    ("I asked Mrs Rose, no reply", False),
    ("Morning all!", False),
])
def test_when_a_message_opens_by_greeting_staff_then_it_is_addressed_to_them(text, addressed):
    assert StaffDirectory(SCHOOL_CONFIG).addresses_staff(record(text)) is addressed


def test_when_a_message_mentions_or_replies_to_staff_then_it_is_addressed_to_them():
    directory = StaffDirectory(SCHOOL_CONFIG)
    assert directory.addresses_staff(record("@Miss Hope is PE on?",
                                            mentions=("Miss Hope is PE on?",)))
    assert directory.addresses_staff(record("@missHopeY2 hi", mentions=("missHopeY2",)))
    assert not directory.addresses_staff(record("@Gemma hi", mentions=("Gemma hi",)))
    directory.remember(record("Reading books on Thursdays", "Miss Charlotte Hope",
                              source_id="3"))
    assert directory.addresses_staff(record("Why so late?", reply_to="3"))
    assert not directory.addresses_staff(record("Why so late?", reply_to="4"))


def test_when_messages_are_built_then_role_photo_and_daily_staff_count_follow():
    factory = MessageFactory(StaffDirectory(SCHOOL_CONFIG))
    staff = factory.build(record("Office is open", "Mrs Sandra Hill"), "1")
    assert staff.sender_role == "staff" and not staff.to_staff
    counts = [factory.build(record(f"Mrs Rose, question {i}", sent_at=AT.replace(hour=9 + i)),
                            str(i)).recent_staff_messages for i in range(3)]
    assert counts == [0, 1, 2]
    next_day = factory.build(record("Mrs Rose, again", sent_at=AT.replace(day=16)), "9")
    assert next_day.recent_staff_messages == 0
    photo = factory.build(record("", media="photo"), "10")
    assert photo.has_photo and photo.sent_at == AT


def test_when_names_are_normalised_then_brackets_emoji_and_case_go():
    assert normalise_name("  Mrs  Rose (Head) 🏫 ") == "mrs rose"
