"""The bot joining, being promoted, removed and migrated, as python-telegram-bot sees it."""

import pytest
from telegram import ChatMemberAdministrator, Update
from telegram.error import BadRequest, ChatMigrated, Forbidden
from telegram.ext import ChatMemberHandler, ContextTypes

from bot.emulator import BotApiEmulator
from tests.emulator.helpers import builder, polling


@pytest.mark.asyncio
async def test_when_bot_is_added_promoted_and_removed_then_it_gets_my_chat_member(
    emulator: BotApiEmulator,
) -> None:
    sarah = emulator.create_user("Sarah")
    group = emulator.create_group("Year 5", creator=sarah, supergroup=True)
    seen: list[tuple[str, str, bool | None]] = []

    async def track(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        new = update.my_chat_member.new_chat_member
        seen.append((update.my_chat_member.old_chat_member.status, new.status,
                     getattr(new, "can_delete_messages", None)))

    app = builder(emulator).build()
    app.add_handler(ChatMemberHandler(track, ChatMemberHandler.MY_CHAT_MEMBER))
    async with polling(app):
        emulator.add_bot(group, by=sarah)
        emulator.set_bot_rights(group, can_delete_messages=True)
        emulator.remove_bot(group, by=sarah)
        await emulator.wait_for(lambda: len(seen) == 3)
    assert seen == [
        ("left", "member", None),
        ("member", "administrator", True),
        ("administrator", "kicked", None),
    ]
    service = emulator.chat_log(group)[0]
    assert service.service["new_chat_members"][0]["id"] == emulator.bot.id


@pytest.mark.asyncio
async def test_when_bot_asks_about_members_then_statuses_and_rights_match(
    emulator: BotApiEmulator,
) -> None:
    sarah, tom, amy = (emulator.create_user(name) for name in ("Sarah", "Tom", "Amy"))
    group = emulator.create_group("Year 2", creator=sarah, members=[tom], admins=[amy])
    emulator.add_bot(group, by=sarah, status="administrator", can_delete_messages=True)
    async with builder(emulator).build() as app:
        bot_member = await app.bot.get_chat_member(group.id, emulator.bot.id)
        admins = await app.bot.get_chat_administrators(group.id)
        count = await app.bot.get_chat_member_count(group.id)
        chat = await app.bot.get_chat(group.id)
        stranger = emulator.create_user("Stranger")
        outsider = await app.bot.get_chat_member(group.id, stranger.id)
    assert isinstance(bot_member, ChatMemberAdministrator)
    assert bot_member.can_delete_messages and not bot_member.can_restrict_members
    assert sorted(m.status for m in admins) == ["administrator", "administrator", "creator"]
    assert count == 4
    assert (chat.type, chat.title) == ("group", "Year 2")
    assert outsider.status == "left"


@pytest.mark.asyncio
async def test_when_bot_was_removed_then_sending_is_forbidden(emulator: BotApiEmulator) -> None:
    sarah = emulator.create_user("Sarah")
    group = emulator.create_group("Year 6", creator=sarah)
    never = emulator.create_group("Staff room", creator=sarah)
    emulator.add_bot(group, by=sarah)
    emulator.remove_bot(group, by=sarah)
    parent = emulator.create_user("Parent")
    async with builder(emulator).build() as app:
        with pytest.raises(Forbidden, match="bot is not a member of the group chat"):
            await app.bot.send_message(group.id, "still here?")
        with pytest.raises(Forbidden, match="bot is not a member of the group chat"):
            await app.bot.send_message(never.id, "hello?")
        with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
            await app.bot.send_message(parent.id, "hello")
        emulator.send_private(parent, "/start")
        await app.bot.send_message(parent.id, "Welcome")
        emulator.block_bot(parent)
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await app.bot.send_message(parent.id, "are you there?")
        with pytest.raises(BadRequest, match="Chat not found"):
            await app.bot.send_message(-999, "nowhere")
    assert [m.text for m in emulator.private_messages(parent)] == ["Welcome"]


@pytest.mark.asyncio
async def test_when_group_migrates_then_old_id_raises_chat_migrated(
    emulator: BotApiEmulator,
) -> None:
    sarah, tom = emulator.create_user("Sarah"), emulator.create_user("Tom")
    group = emulator.create_group("Whole school", creator=sarah, members=[tom])
    emulator.add_bot(group, by=sarah, status="administrator", can_delete_messages=True)
    new = emulator.migrate_to_supergroup(group)
    async with builder(emulator).build() as app:
        updates = await app.bot.get_updates()
        with pytest.raises(ChatMigrated) as raised:
            await app.bot.send_message(group.id, "Reminder")
        assert raised.value.new_chat_id == new.id
        sent = await app.bot.send_message(new.id, "Reminder")
    migrations = [(u.message.migrate_to_chat_id, u.message.migrate_from_chat_id)
                  for u in updates if u.message and u.message.chat.id in (group.id, new.id)]
    assert (new.id, None) in migrations and (None, group.id) in migrations
    assert new.type == "supergroup" and str(new.id).startswith("-100")
    assert sent.chat.type == "supergroup"
    assert emulator.member_status(new, tom) == "member"
    assert [m.text for m in emulator.bot_messages(new)] == ["Reminder"]
    with pytest.raises(ValueError, match="migrated"):
        emulator.send_message(group, tom, "old group")


@pytest.mark.asyncio
async def test_when_bot_leaves_then_it_is_told_and_can_no_longer_post(
    emulator: BotApiEmulator,
) -> None:
    sarah = emulator.create_user("Sarah")
    group = emulator.create_group("Year 1", creator=sarah)
    emulator.add_bot(group, by=sarah)
    async with builder(emulator).build() as app:
        assert await app.bot.leave_chat(group.id)
        updates = await app.bot.get_updates()
        with pytest.raises(Forbidden):
            await app.bot.send_message(group.id, "bye")
    assert updates[-1].my_chat_member.new_chat_member.status == "left"
    assert emulator.member_status(group, emulator.bot) == "left"


def test_when_scenario_uses_unknown_rights_then_error_lists_the_real_ones(
    emulator: BotApiEmulator,
) -> None:
    sarah = emulator.create_user("Sarah")
    group = emulator.create_group("Year 1", creator=sarah)
    with pytest.raises(ValueError, match="can_delete_messages"):
        emulator.add_bot(group, by=sarah, status="administrator", can_remove_parents=True)
    with pytest.raises(ValueError, match="'member' or 'administrator'"):
        emulator.add_bot(group, by=sarah, status="creator")
    with pytest.raises(ValueError, match="admin rights need status='administrator'"):
        emulator.add_bot(group, by=sarah, can_delete_messages=True)
