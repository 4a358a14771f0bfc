"""A real python-telegram-bot application receiving updates by long polling."""

import asyncio

import httpx
import pytest
from telegram import Update
from telegram.ext import ChatMemberHandler, ContextTypes, MessageHandler, filters

from bot.emulator import BotApiEmulator
from tests.emulator.helpers import builder, polling


@pytest.mark.asyncio
async def test_when_bot_calls_get_me_then_it_sees_its_user_and_privacy_mode(make_emulator) -> None:
    emu = make_emulator(bot_username="school_helper_bot", can_read_all_group_messages=False)
    async with builder(emu).build() as app:
        me = await app.bot.get_me()
    assert (me.id, me.username, me.is_bot) == (emu.bot.id, "school_helper_bot", True)
    assert me.can_read_all_group_messages is False


@pytest.mark.asyncio
async def test_when_people_write_then_bot_receives_every_message_in_order(
    emulator: BotApiEmulator,
) -> None:
    sarah, tom = emulator.create_user("Sarah"), emulator.create_user("Tom")
    group = emulator.create_group("Year 3 Parents", creator=sarah, members=[tom])
    emulator.add_bot(group, by=sarah)
    received: list[tuple[int, str]] = []

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        received.append((update.update_id, update.message.text))

    app = builder(emulator).build()
    app.add_handler(MessageHandler(filters.TEXT, record))
    async with polling(app):
        sent = [emulator.send_message(group, (sarah, tom)[n % 2], f"note {n}") for n in range(30)]
        await emulator.wait_for(lambda: len(received) == 30)
    assert [text for _, text in received] == [f"note {n}" for n in range(30)]
    update_ids = [update_id for update_id, _ in received]
    assert update_ids == sorted(update_ids)
    # Message ids count up from 1 in each chat (1 was the service message adding the bot).
    assert [message.message_id for message in sent] == list(range(2, 32))
    assert emulator.pending_updates == 0  # the last offset confirmed everything
    assert emulator.issued_updates == 32  # my_chat_member, the service message, 30 texts


@pytest.mark.asyncio
async def test_when_offset_passes_an_update_then_it_is_forgotten(emulator: BotApiEmulator) -> None:
    sarah = emulator.create_user("Sarah")
    group = emulator.create_group("Reception", creator=sarah)
    emulator.add_bot(group, by=sarah)
    first = emulator.send_message(group, sarah, "first")
    emulator.send_message(group, sarah, "second")
    async with builder(emulator).build() as app:
        updates = await app.bot.get_updates()
        kinds = [
            "my_chat_member" if update.my_chat_member else update.message.text or "service"
            for update in updates
        ]
        assert kinds == ["my_chat_member", "service", "first", "second"]
        again = await app.bot.get_updates(offset=updates[2].update_id + 1)
        assert [update.message.text for update in again] == ["second"]
        assert (await app.bot.get_updates(offset=updates[-1].update_id + 1)) == ()
    assert first.text == "first"


@pytest.mark.asyncio
async def test_when_long_poll_waits_then_a_new_message_ends_it_at_once(
    emulator: BotApiEmulator,
) -> None:
    sarah = emulator.create_user("Sarah")
    group = emulator.create_group("Year 6", creator=sarah)
    emulator.add_bot(group, by=sarah)
    async with builder(emulator).get_updates_read_timeout(15).build() as app:
        old = await app.bot.get_updates()
        poll = asyncio.create_task(app.bot.get_updates(offset=old[-1].update_id + 1, timeout=10))
        await asyncio.sleep(0.2)
        started = asyncio.get_running_loop().time()
        emulator.send_message(group, sarah, "wake up")
        updates = await poll
        waited = asyncio.get_running_loop().time() - started
    assert [update.message.text for update in updates] == ["wake up"]
    assert waited < 0.2


@pytest.mark.asyncio
async def test_when_a_second_poller_starts_then_the_first_gets_conflict(
    emulator: BotApiEmulator,
) -> None:
    url = f"{emulator.base_url}{emulator.token}/getUpdates"
    async with httpx.AsyncClient() as client:
        first = asyncio.create_task(client.post(url, data={"timeout": "5"}, timeout=10))
        await asyncio.sleep(0.2)
        second = await client.post(url, data={"timeout": "0"})
        answer = (await first).json()
    assert second.status_code == 200
    assert answer["error_code"] == 409
    assert "terminated by other getUpdates request" in answer["description"]


@pytest.mark.asyncio
async def test_when_privacy_mode_is_on_then_bot_sees_only_commands_and_replies(
    make_emulator,
) -> None:
    emu = make_emulator(can_read_all_group_messages=False)
    sarah = emu.create_user("Sarah")
    group = emu.create_group("Year 1", creator=sarah)
    emu.add_bot(group, by=sarah)
    async with builder(emu).build() as app:
        await app.bot.send_message(group.id, "Hello, I am the class helper")
        mine = emu.bot_messages(group)[0]
        emu.send_message(group, sarah, "chat the bot must not read")
        emu.send_command(group, sarah, "/rules")
        emu.send_message(group, sarah, "a reply to the bot", reply_to=mine)
        updates = await app.bot.get_updates()
    texts = [update.message.text for update in updates if update.message]
    assert texts == [None, "/rules", "a reply to the bot"]  # None: the bot-added service message
    command = updates[2].message
    assert command.entities[0].type == "bot_command"


@pytest.mark.asyncio
async def test_when_chat_member_updates_are_requested_then_admin_bot_gets_them(
    emulator: BotApiEmulator,
) -> None:
    sarah, tom, amy = (emulator.create_user(name) for name in ("Sarah", "Tom", "Amy"))
    group = emulator.create_group("Year 4", creator=sarah, members=[tom])
    emulator.add_bot(group, by=sarah, status="administrator")
    changes: list[tuple[str, str]] = []

    async def track(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change = update.chat_member
        changes.append((change.new_chat_member.user.first_name, change.new_chat_member.status))

    emulator.add_member(group, amy)  # before the bot asks for chat_member: not queued
    app = builder(emulator).build()
    app.add_handler(ChatMemberHandler(track, ChatMemberHandler.CHAT_MEMBER))
    async with polling(app, allowed_updates=["message", "chat_member"]):
        await emulator.wait_for(lambda: emulator.pending_updates == 0)
        emulator.remove_member(group, tom)
        emulator.promote(group, amy)
        await emulator.wait_for(lambda: len(changes) == 2)
    assert changes == [("Tom", "left"), ("Amy", "administrator")]
