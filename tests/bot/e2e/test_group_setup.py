"""Joining a group, checking rights, linking, modes, status, leaving and migration."""

from datetime import UTC, datetime
from pathlib import Path

from bot.demo import demo_data
from tests.bot.e2e.conftest import ClassGroup, class_group, sandbox


def group_row(g: ClassGroup, chat_id: int):  # noqa: ANN201
    from models import store
    with g.box.db.session() as s:
        return store.group_by_chat(s, chat_id)


async def test_joining_introduces_the_bot_with_the_privacy_notice(group: ClassGroup) -> None:
    first = group.emu.chat_log(group.chat)
    intro = next(m.text for m in first if m.from_id == group.emu.bot.id)
    assert "Kindly" in intro and "What I do with messages" in intro
    assert "headteacher" in intro


async def test_without_read_access_the_admins_are_told_what_to_change(
        tmp_path: Path, offline_scorer: object) -> None:
    async with sandbox(tmp_path, offline_scorer) as box:
        box.emu.can_read_all_group_messages = False
        rep = box.emu.create_user("Gemma")
        chat = box.emu.create_group("Year 2", creator=rep, members=[])
        box.emu.add_bot(chat, by=rep, status="member")
        await box.settle()
        texts = [m.text for m in box.emu.bot_messages(chat)]
        assert any("make me an admin" in t for t in texts)
        assert box.emu.violations == []


async def test_without_the_delete_right_the_admins_are_told(tmp_path: Path,
                                                           offline_scorer: object) -> None:
    async with sandbox(tmp_path, offline_scorer) as box:
        g = await class_group(box, can_delete=False)
        assert any("'Delete messages'" in t for t in g.bot_texts())
        # a serious breach still gets a reminder, and the missing right is recorded
        record = g.emu.send_message(g.chat, g.parent,
                                    "Someone should give that Baker woman a good kicking")
        await box.settle()
        assert ("cannot_delete", "ok") in g.actions()
        assert g.emu.deleted_messages(g.chat) == []
        assert [m for m in g.emu.bot_messages(g.chat)
                if m.reply_to_message_id == record.message_id]


async def test_a_wrong_link_code_is_refused_clearly(group: ClassGroup) -> None:
    group.emu.send_command(group.chat, group.rep, "/link not-a-real-code")
    await group.box.settle()
    assert "That code didn't work: " in group.bot_texts()[-1]


async def test_only_admins_may_change_the_mode(group: ClassGroup) -> None:
    group.emu.send_command(group.chat, group.parent, "/mode observe")
    await group.box.settle()
    assert group.bot_texts()[-1] == "Only the group's admins can do that."
    assert group_row(group, group.chat.id).mode == "remind"
    group.emu.send_command(group.chat, group.rep, "/mode observe")
    await group.box.settle()
    assert group_row(group, group.chat.id).mode == "observe"


async def test_observe_mode_records_but_posts_nothing(group: ClassGroup) -> None:
    group.emu.send_command(group.chat, group.rep, "/mode observe")
    await group.box.settle()
    before = group.bot_texts()
    group.emu.send_message(group.chat, group.parent, "Someone should give that Baker woman a "
                                                     "good kicking")
    await group.box.settle()
    assert group.bot_texts() == before
    assert group.emu.deleted_messages(group.chat) == []
    assert {("would_remind", "ok"), ("would_delete", "ok")} <= set(group.actions())


async def test_enforce_mode_removes_medium_breaches_too(group: ClassGroup) -> None:
    group.emu.send_command(group.chat, group.rep, "/mode enforce")
    await group.box.settle()
    record = group.emu.send_message(group.chat, group.parent,
                                    "Miss Baker is useless and everyone knows it")
    await group.box.settle()
    assert record.message_id in {m.message_id for m in group.emu.deleted_messages(group.chat)}


async def test_status_shows_rights_mode_school_rulebook_and_scorer(group: ClassGroup) -> None:
    group.emu.send_command(group.chat, group.rep, "/status")
    await group.box.settle()
    status = group.bot_texts()[-1]
    for expected in ("Can read all messages: yes", "Can delete messages: yes",
                     "School: Hollybrook Primary School", "Mode: remind", "Rulebook: uk-primary",
                     "Toxicity scorer:"):
        assert expected in status


async def test_removed_from_the_group_marks_it_inactive(group: ClassGroup) -> None:
    group.emu.remove_bot(group.chat, by=group.rep)
    await group.box.settle()
    assert group_row(group, group.chat.id).active is False


async def test_a_group_that_becomes_a_supergroup_keeps_everything(
        tmp_path: Path, offline_scorer: object) -> None:
    async with sandbox(tmp_path, offline_scorer) as box:
        g = await class_group_basic(box)
        g.emu.send_command(g.chat, g.rep, "/mode enforce")
        g.emu.send_message(g.chat, g.parent, "you lot are all idiots honestly")
        await box.settle()
        new_chat = g.emu.migrate_to_supergroup(g.chat)
        await box.settle()
        row = group_row(g, new_chat.id)
        assert row is not None and row.school_id == g.school_id and row.mode == "enforce"
        assert group_row(g, g.chat.id) is None  # one group, under its new id
        g.emu.send_message(new_chat, g.parent, "Miss Baker is useless, total waste of space")
        await box.settle()
        incidents = g.incidents()
        assert len(incidents) == 2 and {i.group_id for i in incidents} == {row.id}
        assert box.emu.violations == []


async def class_group_basic(box):  # noqa: ANN001, ANN201
    """A linked group that starts as a basic (non-super) group."""
    emu = box.emu
    rep, parent = emu.create_user("Gemma"), emu.create_user("Lou")
    school_id = box.register_school(demo_data("school.yaml"), "hollybrook")
    chat = await box.linked_group(school_id, "Year 2", rep, [parent], supergroup=False)
    return ClassGroup(box, school_id, chat, rep, parent, parent, None, None)


async def test_reminders_can_delete_themselves(tmp_path: Path, offline_scorer: object) -> None:
    async with sandbox(tmp_path, offline_scorer, reminder_lifetime_seconds=1) as box:
        g = await class_group(box)
        record = g.emu.send_message(g.chat, g.parent, "Miss Baker is useless and never replies")
        await box.settle()
        [reminder] = [m for m in g.emu.chat_log(g.chat)
                      if m.reply_to_message_id == record.message_id]
        await g.emu.wait_for(lambda: reminder.message_id in
                             {m.message_id for m in g.emu.deleted_messages(g.chat)}, timeout=5)


async def test_dry_run_decides_and_records_but_sends_nothing(tmp_path: Path,
                                                             offline_scorer: object) -> None:
    async with sandbox(tmp_path, offline_scorer, dry_run=True) as box:
        g = await class_group(box)
        before = g.bot_texts()
        g.emu.send_message(g.chat, g.parent, "Someone should give that Baker woman a good kicking")
        await box.settle()
        assert g.bot_texts() == before and g.emu.deleted_messages(g.chat) == []
        assert {("would_remind", "ok"), ("would_delete", "ok")} <= set(g.actions())


async def test_a_school_file_updated_while_running_takes_effect(group: ClassGroup) -> None:
    from bot.application import reload_changed_schools
    from bot.demo import demo_data
    from models import store

    text = demo_data("school.yaml").replace('working_hours: "08:00-17:00"',
                                            'working_hours: "08:00-22:00"')
    with group.box.db.session() as s:
        store.register_school(s, key="hollybrook", name="Hollybrook Primary School",
                              config_yaml=text, rulebook_id="uk-primary",
                              rulebook_version="sandbox", timezone="Europe/London",
                              now=datetime(2026, 11, 19, 10, 30, tzinfo=UTC))
    context = type("Ctx", (), {"application": group.box.app, "bot": group.box.app.bot})()
    await reload_changed_schools(context)
    group.box.at(datetime(2026, 11, 19, 21, 0, tzinfo=UTC))  # now inside working hours
    group.emu.send_message(group.chat, group.parent, "@MissBaker can you ring me about the folder")
    await group.box.settle()
    assert group.incidents() == []
