"""What parents do: read the rules, acknowledge them, report a message."""

from tests.bot.e2e.conftest import ClassGroup


async def test_rules_lists_the_code_clause_by_clause(group: ClassGroup) -> None:
    group.emu.send_command(group.chat, group.parent, "/rules")
    await group.box.settle()
    rules = group.bot_texts()[-1]
    assert "parents' code of conduct" in rules
    assert "1. " in rules and "photo" in rules.lower()


async def test_a_new_member_is_welcomed_and_the_acknowledgement_recorded(
        group: ClassGroup) -> None:
    from models import store

    newcomer = group.emu.create_user("Alex", last_name="Green")
    group.emu.add_member(group.chat, newcomer)
    await group.box.settle()
    welcome = [m for m in group.emu.bot_messages(group.chat) if m.reply_markup][-1]
    assert "Alex" in welcome.text and "/rules" in welcome.text
    group.emu.press_button(welcome, newcomer, "ack")
    await group.box.settle()
    assert group.emu.answered_callbacks[-1][1] == "Thank you, that's recorded."
    with group.box.db.session() as s:
        member = store.member_by_telegram(s, group.school_id, newcomer.id)
        assert member.acknowledged_at is not None


async def test_a_report_reaches_the_school_without_revealing_the_reporter(
        group: ClassGroup) -> None:
    from sqlalchemy import select

    from models.report import Report

    group.emu.send_private(group.parent, "/start")  # so the bot may write to them privately
    target = group.emu.send_message(group.chat, group.other, "you lot are all idiots honestly")
    await group.box.settle()
    command = group.emu.send_command(group.chat, group.parent, "/report", reply_to=target)
    await group.box.settle()
    # the /report command is gone from the group and the bot said nothing there about it
    assert command.message_id in {m.message_id for m in group.emu.deleted_messages(group.chat)}
    assert not any("report" in t.lower() for t in group.bot_texts())
    assert any("review queue" in m.text for m in group.emu.private_messages(group.parent))
    with group.box.db.session() as s:
        [report] = s.scalars(select(Report)).all()
        assert report.message_id == target.message_id
        assert report.text == "you lot are all idiots honestly"


async def test_reports_are_limited_per_day(group: ClassGroup) -> None:
    group.emu.send_private(group.parent, "/start")
    target = group.emu.send_message(group.chat, group.other, "see you all at pick-up")
    await group.box.settle()
    limit = group.box.settings.reports_per_day
    for _ in range(limit + 1):
        group.emu.send_command(group.chat, group.parent, "/report", reply_to=target)
        await group.box.settle()
    last = group.emu.private_messages(group.parent)[-1].text
    assert "several reports today" in last


async def test_privacy_says_what_is_kept_and_for_how_long(group: ClassGroup) -> None:
    group.emu.send_command(group.chat, group.parent, "/privacy")
    await group.box.settle()
    notice = group.bot_texts()[-1]
    assert "I keep nothing of ordinary messages" in notice
    assert "until the end of the school year after the matter is closed" in notice


async def test_a_report_from_a_parent_who_never_opened_a_private_chat_is_still_recorded(
        group: ClassGroup) -> None:
    from sqlalchemy import select

    from models.report import Report

    target = group.emu.send_message(group.chat, group.other, "honestly you lot are useless")
    await group.box.settle()
    group.emu.send_command(group.chat, group.parent, "/report", reply_to=target)
    await group.box.settle()
    assert not any("report" in t.lower() for t in group.bot_texts())
    with group.box.db.session() as s:
        assert [r.message_id for r in s.scalars(select(Report))] == [target.message_id]


async def test_a_message_can_be_reported_privately_by_its_link(group: ClassGroup) -> None:
    from sqlalchemy import select

    from models.report import Report

    target = group.emu.send_message(group.chat, group.other, "see you all at pick-up")
    await group.box.settle()
    link = f"https://t.me/c/{str(group.chat.id).removeprefix('-100')}/{target.message_id}"
    group.emu.send_private(group.parent, f"/report {link}")
    await group.box.settle()
    assert "review queue" in group.emu.private_messages(group.parent)[-1].text
    outsider = group.emu.create_user("Nosy")
    group.emu.send_private(outsider, f"/report {link}")
    group.emu.send_private(group.parent, "/report not-a-link")
    await group.box.settle()
    assert "only take reports from members" in group.emu.private_messages(outsider)[-1].text
    assert "Copy Link" in group.emu.private_messages(group.parent)[-1].text
    with group.box.db.session() as s:
        reports = list(s.scalars(select(Report)))
        assert [(r.chat_id, r.message_id) for r in reports] == [(group.chat.id,
                                                                 target.message_id)]
