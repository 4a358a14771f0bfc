"""Each kind of breach, end to end: a parent posts, the bot replies, deletes or alerts."""

import asyncio
from datetime import UTC, datetime

from tests.bot.e2e.conftest import ClassGroup

STAFF_CRITICISM = "Miss Baker is useless, she's lost my son's reading folder AGAIN"
THREAT = "Someone should give that Baker woman a good kicking"
PHONE = "Miss Baker's mobile is 07700 900382 if you want to ask her directly"
SAFEGUARDING = ("My daughter says a boy in her class told her his dad hits him with a belt. "
                "Not sure who to tell?")


async def say(g: ClassGroup, text: str, who: object = None, **kw: object) -> object:
    record = g.emu.send_message(g.chat, who or g.parent, text, **kw)
    await g.box.settle()
    return record


async def test_ordinary_chatter_gets_no_reply_and_nothing_is_stored(group: ClassGroup) -> None:
    before = len(group.bot_texts())
    await say(group, "Morning all! Does anyone know if it's PE today or tomorrow?")
    await say(group, "Thanks for the cake sale yesterday, the lemon drizzle was lovely")
    assert len(group.bot_texts()) == before
    assert group.incidents() == []


async def test_a_named_teacher_criticised_gets_a_gentle_reply_that_quotes_nothing(
        group: ClassGroup) -> None:
    record = await say(group, STAFF_CRITICISM)
    replies = [m for m in group.emu.bot_messages(group.chat)
               if m.reply_to_message_id == record.message_id]
    assert len(replies) == 1
    reminder = replies[0].text
    assert "useless" not in reminder and "folder" not in reminder
    assert "meeting" in reminder.lower() or "teacher" in reminder.lower()
    [incident] = group.incidents()
    assert incident.clause_ids == ["respect.staff-named"]
    assert incident.text == STAFF_CRITICISM  # kept as evidence
    assert ("reminded", "ok") in group.actions()


async def test_a_threat_is_removed_with_a_neutral_note_and_opens_a_case(group: ClassGroup) -> None:
    from models import store

    record = await say(group, THREAT)
    assert record.message_id in {m.message_id for m in group.emu.deleted_messages(group.chat)}
    notes = [t for t in group.bot_texts() if t.startswith("I removed a message")]
    assert len(notes) == 1 and "kicking" not in notes[0]
    with group.box.db.session() as s:
        [case] = store.open_cases(s, group.school_id)
        assert case.severity == "high"


async def test_a_staff_phone_number_is_removed(group: ClassGroup) -> None:
    record = await say(group, PHONE)
    assert record.message_id in {m.message_id for m in group.emu.deleted_messages(group.chat)}
    assert group.incidents()[0].clause_ids == ["privacy.confidential"]


async def test_the_school_office_number_is_fine(group: ClassGroup) -> None:
    await say(group, "Absences go through the office, 01632 960100, option 1")
    assert group.incidents() == []


async def test_a_safeguarding_worry_goes_privately_to_the_lead_and_never_to_the_group(
        group: ClassGroup) -> None:
    await group.box.reviewer(group.school_id, group.dsl, "safeguarding_lead")
    before = group.bot_texts()
    await say(group, SAFEGUARDING)
    assert group.bot_texts() == before  # nothing public
    alerts = [m.text for m in group.emu.private_messages(group.dsl) if "Safeguarding" in m.text]
    assert len(alerts) == 1
    assert "belt" in alerts[0] and "Year 2 Parents" in alerts[0]


async def test_a_safeguarding_alert_waits_for_a_lead_to_register(group: ClassGroup) -> None:
    await say(group, SAFEGUARDING)
    await group.box.reviewer(group.school_id, group.dsl, "safeguarding_lead")
    alerts = [m.text for m in group.emu.private_messages(group.dsl) if "Safeguarding" in m.text]
    assert len(alerts) == 1
    # a later alert is delivered on its own; the first is not sent again
    await say(group, "I'm worried about a girl in Year 2, she keeps saying her uncle hurts her",
              who=group.other)
    alerts = [m.text for m in group.emu.private_messages(group.dsl) if "Safeguarding" in m.text]
    assert len(alerts) == 2 and "uncle" in alerts[1]


async def test_a_late_night_message_to_a_teacher_gets_a_working_hours_reminder(
        group: ClassGroup) -> None:
    group.box.at(datetime(2026, 11, 19, 22, 47, tzinfo=UTC))
    record = await say(group, "@MissBaker can you ring me tonight about the folder")
    [incident] = group.incidents()
    assert incident.clause_ids == ["contact.out-of-hours"]
    [reply] = [m for m in group.emu.bot_messages(group.chat)
               if m.reply_to_message_id == record.message_id]
    assert "school time" in reply.text


async def test_the_same_message_in_school_hours_is_fine(group: ClassGroup) -> None:
    await say(group, "@MissBaker could I have a quick word at pick-up about the folder?")
    assert group.incidents() == []


async def test_a_photo_gets_the_consent_reminder(group: ClassGroup) -> None:
    group.emu.send_photo(group.chat, group.parent, caption="Nativity rehearsal!")
    await group.box.settle()
    [incident] = group.incidents()
    assert incident.clause_ids == ["privacy.photo-consent"]


async def test_a_message_edited_into_a_breach_is_caught(group: ClassGroup) -> None:
    record = await say(group, "Miss Baker has been great with the reading folders")
    assert group.incidents() == []
    group.emu.edit_message(record, STAFF_CRITICISM)
    await group.box.settle()
    [incident] = group.incidents()
    assert incident.revision > 0 and incident.clause_ids == ["respect.staff-named"]


async def test_a_breach_edited_away_is_noted(group: ClassGroup) -> None:
    record = await say(group, STAFF_CRITICISM)
    group.emu.edit_message(record, "Sorry, I'll book a meeting with Miss Baker instead")
    await group.box.settle()
    [incident] = group.incidents()
    assert incident.edit_cleared_at is not None


async def test_a_forward_is_attributed_to_the_member_who_forwarded_it(group: ClassGroup) -> None:
    from models import store

    await say(group, THREAT, who=group.other, forward_from=group.rep)
    [incident] = group.incidents()
    with group.box.db.session() as s:
        member = store.member_by_id(s, group.school_id, incident.member_id)
        assert member.telegram_user_id == group.other.id


async def test_staff_are_exempt_once_an_admin_marks_them(group: ClassGroup) -> None:
    teacher_msg = await say(group, "Reminder: reading folders back on Monday please",
                            who=group.other)
    group.emu.send_command(group.chat, group.rep, "/staff", reply_to=teacher_msg)
    await group.box.settle()
    assert any("marked as school staff" in t for t in group.bot_texts())
    await say(group, "That comment about Miss Baker was out of order, she is useless though",
              who=group.other)
    assert group.incidents() == []


async def test_three_breaches_in_a_month_open_one_case_holding_all_three(
        group: ClassGroup) -> None:
    from models import store

    for text in (STAFF_CRITICISM, "shut up Gemma you absolute muppet",
                 "honestly some of you are pathetic"):
        await say(group, text)
    with group.box.db.session() as s:
        [case] = store.open_cases(s, group.school_id)
        incidents = store.case_incidents(s, group.school_id, case.id)
        assert len(incidents) == 3
        assert "3 weighted breaches within 30 days" in case.reason


async def test_a_cooldown_holds_back_the_second_reminder(tmp_path, offline_scorer) -> None:  # noqa: ANN001
    from tests.bot.e2e.conftest import class_group, sandbox

    async with sandbox(tmp_path, offline_scorer, member_cooldown_seconds=300) as box:
        g = await class_group(box)
        first = await say(g, STAFF_CRITICISM)
        second = await say(g, "shut up Gemma you absolute muppet")
        replied = {m.reply_to_message_id for m in g.emu.bot_messages(g.chat)}
        assert first.message_id in replied and second.message_id not in replied
        assert ("reminder_held_back", "ok") in g.actions()
        assert len(g.incidents()) == 2  # both still recorded


async def test_an_alert_that_could_not_be_delivered_is_sent_after_a_restart(
        group: ClassGroup) -> None:
    await group.box.reviewer(group.school_id, group.dsl, "safeguarding_lead")
    await asyncio.sleep(1.5)  # let the start-up delivery run (it has nothing to send yet)
    group.emu.inject("sendMessage", "server_error", times=3, chat_id=group.dsl.id)  # 3 tries
    await say(group, SAFEGUARDING)
    alerts = lambda: [m for m in group.emu.private_messages(group.dsl)  # noqa: E731
                      if "Safeguarding concern" in m.text]
    assert alerts() == []
    await group.box.restart_bot()
    await group.emu.wait_for(lambda: len(alerts()) == 1, timeout=10)


async def test_a_named_child_at_risk_is_removed_without_saying_why_in_public(
        group: ClassGroup) -> None:
    record = await say(group, "Olivia S came in with bruises again, I think her dad hits her")
    public = [m.text for m in group.emu.bot_messages(group.chat)
              if m.message_id > record.message_id]
    assert all("safeguarding" not in t.lower() and "safety" not in t.lower() for t in public)


async def test_when_a_deletion_fails_the_bot_replies_instead_of_claiming_removal(
        group: ClassGroup) -> None:
    group.emu.inject("deleteMessage", "cant_delete", times=1, chat_id=group.chat.id)
    record = await say(group, THREAT)
    assert record.message_id not in {m.message_id for m in group.emu.deleted_messages(group.chat)}
    assert not any(t.startswith("I removed a message") for t in group.bot_texts())
    assert [m for m in group.emu.bot_messages(group.chat)
            if m.reply_to_message_id == record.message_id]


async def test_a_late_reply_to_a_member_marked_as_staff_counts_as_contacting_staff(
        group: ClassGroup) -> None:
    teacher = group.emu.create_user("Leah", last_name="Baker")
    group.emu.add_member(group.chat, teacher)
    note = await say(group, "Reminder: reading folders back on Monday please", who=teacher)
    group.emu.send_command(group.chat, group.rep, "/staff", reply_to=note)
    await group.box.settle()
    group.box.at(datetime(2026, 11, 19, 21, 30, tzinfo=UTC))
    await say(group, "sorry which day did you say?", reply_to=note)
    [incident] = group.incidents()
    assert incident.clause_ids == ["contact.out-of-hours"]
